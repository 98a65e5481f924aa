"""FICTIONAL data for letters review set 62 (issue 18). Every person, plan, provider, number and address is invented.
Read by make_set.py. Each case: SLUG, CASE_YAML, DOCS {relative path: body}, TRUTH, ANSWERS [(question, answer,
source)] where source is a document path, "case.yaml" or "truth"."""

FOOTER = "footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.\n"

# ---------------------------------------------------------------------------------------------------------------
C01 = dict(SLUG="01-tricare-prime-spravato-84mg-authorization-entered-as-g2082-only-reconsideration-patient")
C01["CASE_YAML"] = """
# FICTIONAL CASE (set 62, case 01) - every person, plan, contractor, provider, number and address is invented.
# TRICARE Prime, active-duty family member. Spravato sessions at 84 mg (G2083) denied CO-197: "the authorization on
# file is for G2082 only". The approval letter itself names G2082 or G2083. The patient asks for reconsideration.
patient:
  name: Lucinda Harrowgate
  salutation: Mrs. Harrowgate
  date_of_birth: 1988-02-11
  member_id: FICT-DBN-207755319
  address: |-
    1204 Larkspur Trace
    Chesapeake, VA 23320
  phone: (757) 555-0132
  email: lucinda.harrowgate@mail.example
insurer:
  name: Bayline Federal Health Partners, TRICARE East Region contractor (FICTIONAL)
  appeals_address: |-
    Bayline Federal Health Partners - Reconsiderations (FICTIONAL)
    PO Box 55120
    Richmond, VA 23285
  fax: (804) 555-0148
claim:
  number: BFH-26-1103-220418
  plan_type: tricare
  notice_date: 2026-11-12
  appeal_deadline: 2027-02-10
  deadline_basis: >-
    Explanation of benefits of 11/12/2026: "You may request a reconsideration within 90 days from the date of this
    notice."
  service_dates: [2026-09-10, 2026-09-14, 2026-09-17, 2026-09-21, 2026-09-24, 2026-09-28, 2026-10-01]
  setting: outpatient
  procedure_codes: [G2083]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-197]
  denial_reason: >-
    Precertification/authorization absent for the service billed. The authorization on file, ATH-26-0804-61733, is
    for HCPCS G2082 only. G2083 was not authorized. (CARC 197)
  denial_category: prior_authorization
  denial_reasons: [prior_authorization]
  coding_correct: true
  action: none
  not_appealed:
    - date: 2026-09-08
      code: G2082
      why: the first session, at 56 mg, was billed as G2082 and paid
  corrections:
    - said: The authorization on file, ATH-26-0804-61733, is for HCPCS G2082 only.
      record: >-
        The contractor's approval letter of 08/04/2026 for ATH-26-0804-61733 approves esketamine sessions billed as
        G2082 or G2083 as the dose requires, up to 24 sessions, 08/04/2026-02/03/2027.
      file: other/authorization-approval-2026-08-04.txt
      page: 1
treatment:
  name: Spravato (esketamine) nasal spray, 84 mg treatment sessions in the office (G2083)
  summary: >-
    Supervised esketamine sessions for recurrent major depression that did not remit on two adequate antidepressant
    trials; the contractor approved the course, and only the code it entered is in question.
  alongside: venlafaxine XR 225 mg daily
  setting: Elkhorn Point Psychiatry, a clinic certified in the Spravato REMS
clinical:
  severity: MADRS 36 on 09/08/2026; MADRS 22 on 10/01/2026
  severity_date: 2026-10-01
  suicidality: none
  suicidality_date: 2026-10-01
  response: MADRS 36 (09/08/2026) to 22 (10/01/2026) after eight sessions
  response_level: partial
  episode_onset: 2023-10
  history:
    - drug: Bupropion XL
      dose: 300 mg daily
      start: 2019-03
      end: 2020-02
      kind: antidepressant
      response: remission
      failed: false
      outcome: Remission in an earlier episode (2019); tapered off in 02/2020 while well
      evidence: {file: clinical/spravato-session-record-2026-10-01.txt, page: 1}
    - drug: Sertraline
      dose: 200 mg daily
      start: 2024-01
      end: 2024-05
      weeks: 16
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 16 weeks at 200 mg
      evidence: {file: clinical/spravato-session-record-2026-10-01.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 225 mg daily
      start: 2024-07
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued with esketamine
      evidence: {file: clinical/spravato-session-record-2026-10-01.txt, page: 1}
    - drug: Aripiprazole
      dose: 5 mg daily
      start: 2025-03
      end: 2025-03
      weeks: 2
      kind: augmentation
      adequate: false
      outcome: Stopped after 12 days for akathisia (intolerance)
      evidence: {file: clinical/spravato-session-record-2026-10-01.txt, page: 1}
    - drug: Trazodone
      dose: 50 mg at bedtime for sleep
      start: 2024-07
      ongoing: true
      kind: other
      outcome: Sleep aid only; not an antidepressant trial
      evidence: {file: clinical/spravato-session-record-2026-10-01.txt, page: 1}
author:
  name: Lucinda Harrowgate
  role: Patient (TRICARE Prime beneficiary, active-duty family member)
  relation: patient
  address: |-
    1204 Larkspur Trace
    Chesapeake, VA 23320
  phone: (757) 555-0132
  email: lucinda.harrowgate@mail.example
provider:
  name: Elkhorn Point Psychiatry
  credentials: TRICARE network provider
  npi: "1638204713"
  address: |-
    455 Battlefield Boulevard, Suite 210
    Chesapeake, VA 23322
  phone: (757) 555-0171
prior_auth:
  approved:
    number: authorization ATH-26-0804-61733
    date: 2026-08-04
    covers: >-
      esketamine nasal spray sessions in the office, 56 mg or 84 mg (G2082 or G2083), up to 24 sessions, 08/04/2026
      through 02/03/2027
    quote: >-
      Approved: esketamine nasal spray treatment sessions, HCPCS G2082 or G2083 as the dose requires, up to 24
      sessions, valid 08/04/2026-02/03/2027.
    file: other/authorization-approval-2026-08-04.txt
    from: 2026-08-04
    through: 2027-02-03
    what_went_wrong: entered in the contractor's authorization system for G2082 only
    entered: other/provider-portal-authorization-view-2026-11-18.txt
    lines:
      - {code: [G2082, G2083], units: 24, given: 8}
record_dates:
  - file: clinical/spravato-session-record-2026-10-01.txt
    date: 2026-10-01
copies: [prescriber]
bates_prefix: HARROWGATE
""" + FOOTER
C01["DOCS"] = {
    "denial/explanation-of-benefits-2026-11-12.txt": """
BAYLINE FEDERAL HEALTH PARTNERS (FICTIONAL) - TRICARE EAST REGION
TRICARE EXPLANATION OF BENEFITS                                   Date of notice: 11/12/2026
Beneficiary: Lucinda Harrowgate   DOB 02/11/1988   DBN FICT-DBN-207755319   Plan: TRICARE Prime (ADFM)
Provider: Elkhorn Point Psychiatry, NPI 1638204713
Claim BFH-26-1103-220418   Received 11/03/2026

09/08/2026  G2082 x1   Billed $1,150.00   Allowed $842.00   Paid $842.00
09/10/2026-10/01/2026  G2083 x7   Billed $9,100.00   Allowed $0.00   Paid $0.00
CARC 197. Precertification/authorization absent for the service billed. The authorization on file,
ATH-26-0804-61733, is for HCPCS G2082 only. G2083 was not authorized.

Your right to appeal: You may request a reconsideration within 90 days from the date of this notice. Send a
written request with a copy of this notice to Reconsiderations, PO Box 55120, Richmond, VA 23285, or fax
(804) 555-0148.
""",
    "other/authorization-approval-2026-08-04.txt": """
BAYLINE FEDERAL HEALTH PARTNERS (FICTIONAL) - REFERRAL AND AUTHORIZATION APPROVAL          Date: 08/04/2026
Beneficiary: Lucinda Harrowgate   DOB 02/11/1988   Page 1 of 1
Requesting provider: Elkhorn Point Psychiatry (NPI 1638204713)
Number: ATH-26-0804-61733
Approved: esketamine nasal spray treatment sessions, HCPCS G2082 or G2083 as the dose requires, up to 24
sessions, valid 08/04/2026-02/03/2027.
Diagnosis: F33.2. Reviewer note: induction twice weekly for 4 weeks, then weekly; dose 56 mg or 84 mg per label.
""",
    "other/provider-portal-authorization-view-2026-11-18.txt": """
BAYLINE FEDERAL HEALTH PARTNERS (FICTIONAL) - PROVIDER PORTAL, AUTHORIZATION SEARCH   Printed 11/18/2026 09:12
Search: provider Elkhorn Point Psychiatry, status ACTIVE                                Page 1 of 1

Auth ATH-26-0804-61733   HARROWGATE, LUCINDA   Service: G2082   Units: 24   08/04/2026-02/03/2027   ACTIVE
Auth ATH-26-0911-64020   QUINTERO, PAULO       Service: 90837   Units: 12   09/11/2026-03/10/2027   ACTIVE
""",
    "other/tms-authorization-2025-expired.txt": """
BAYLINE FEDERAL HEALTH PARTNERS (FICTIONAL) - REFERRAL AND AUTHORIZATION APPROVAL          Date: 01/06/2025
Beneficiary: Lucinda Harrowgate
Number: ATH-25-0106-10288
Approved: transcranial magnetic stimulation, 90867/90868, up to 36 sessions, valid 01/06/2025-06/30/2025.
Status (clinic stamp): NOT USED - EXPIRED 06/30/2025.
""",
    "clinical/spravato-session-record-2026-10-01.txt": """
ELKHORN POINT PSYCHIATRY (FICTIONAL) - ESKETAMINE TREATMENT RECORD, SESSIONS 1-8        Date: 10/01/2026
Patient: Lucinda Harrowgate   DOB 02/11/1988   Page 1 of 1
Prescriber: Dr. Tomasz Verhoeven, MD (psychiatry)   REMS-certified treatment site
Diagnosis: major depressive disorder, recurrent, severe without psychotic features (F33.2); current episode since
10/2023.

Session 1  09/08/2026  56 mg   MADRS 36. Passive wish not to wake up, no plan or intent (09/08/2026 only).
Sessions 2-8  09/10, 09/14, 09/17, 09/21, 09/24, 09/28, 10/01/2026  84 mg (dose raised per label at session 2).
Each session: 2 hours of observation, blood pressure before and at 40 and 120 minutes, pulse oximetry.
10/01/2026: MADRS 22; denies suicidal thoughts; partial response, plan continue 84 mg weekly from 10/08.

Medication history: bupropion XL 300 mg 03/2019-02/2020, remission in an earlier episode; sertraline 200 mg
01/2024-05/2024, no response after 16 weeks; venlafaxine XR 225 mg since 07/2024, partial response, continued
with esketamine; aripiprazole 5 mg 03/2025, stopped after 12 days for akathisia; trazodone 50 mg at bedtime for
sleep since 07/2024.
""",
}
C01["TRUTH"] = """
# 01 - TRICARE Prime: Spravato 84 mg sessions denied because the authorization was entered as G2082 only; reconsideration by the patient (FICTIONAL)

All people, plans, contractors, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Lucinda Harrowgate, 38 (DOB 02/11/1988), an active-duty family member in **TRICARE Prime**, had esketamine
  (Spravato) sessions at Elkhorn Point Psychiatry: session 1 on **09/08/2026 at 56 mg (G2082, paid)**, and **seven
  sessions at 84 mg (G2083) on 09/10, 09/14, 09/17, 09/21, 09/24, 09/28 and 10/01/2026**, which are denied.
- The contractor's **approval of 08/04/2026, ATH-26-0804-61733**, says in its own words: "HCPCS G2082 or G2083 as the
  dose requires, up to 24 sessions, valid 08/04/2026-02/03/2027". Eight sessions were given, all within its dates.
- The EOB of **11/12/2026** (claim BFH-26-1103-220418, **CO-197**) says the authorization "is for HCPCS G2082 only".
  The contractor's provider portal (printed 11/18/2026) shows the authorization **entered** as "Service: G2082" - the
  entry, not the approval, is wrong.
- Clinical: MADRS 36 (09/08/2026) to 22 (10/01/2026), a partial response; venlafaxine XR 225 mg continues with
  esketamine. Sertraline 200 mg failed (16 weeks, no response); aripiprazole 5 mg stopped after 12 days (akathisia).
- **Rule and stage:** TRICARE, 32 CFR 199.10: reconsideration by the regional contractor within **90 days of the
  notice: by 02/10/2027**. An authorization-entry dispute is not a medical-necessity denial: the level after is a
  formal review by the Defense Health Agency.
- **Author:** the patient herself, writing "I".

### Expected answers (16)
1. Plan type: `tricare`. 2. Notice date: 11/12/2026. 3. Deadline: 02/10/2027. 4. Authorization number:
ATH-26-0804-61733. 5. Codes the approval names: G2082 or G2083. 6. Approval dates: 08/04/2026-02/03/2027.
7. Sessions approved: up to 24. 8. Sessions given: 8 (1 at 56 mg, 7 at 84 mg). 9. Code denied: G2083.
10. CARC: 197. 11. Session paid and not appealed: 09/08/2026, G2082. 12. What the portal entry shows: Service: G2082.
13. Drug continued: venlafaxine XR 225 mg. 14. Intolerance: aripiprazole, akathisia after 12 days.
15. Current MADRS: 22 on 10/01/2026. 16. Earlier-episode response: bupropion XL, remission 2019.

## Deliberately unknown
- Why the contractor entered only G2082: not known (a data-entry error is likely but not shown); a letter may ask.
- Whether the clinic telephoned the contractor before 11/18/2026: not in the case.
- The allowed amount for G2083: not in the case; no payment figure for the denied lines may be stated.

## Traps
- **Document, not medicine.** The approval's own words name G2083; no medical-necessity argument is needed, and
  no retroactive authorization should be asked for - the care was authorized.
- **A decision's wrong statement:** "is for HCPCS G2082 only" - the approval letter says otherwise.
- **Other person on a document:** the portal printout's second line is another patient (Paulo Quintero, 90837).
- **Stale document:** the 2025 TMS authorization (expired unused, 06/30/2025) has nothing to do with this claim.
- **Drug still taken:** venlafaxine XR continues (partial response) - never "failed" or "stopped". **Trazodone 50 mg**
  is a sleep dose, not a trial. **Aripiprazole** is an intolerance (12 days), not an adequate trial. **Bupropion** was
  a remission in an earlier episode, never a failure.
- **Suicidality:** a passive wish recorded on 09/08/2026 only; none on 10/01/2026. Never "active" or present.
- **Wrong law:** no ERISA, 45 CFR 147.136, external review, state insurance department or MHPAEA.
- **Voice:** the patient writes "I" and "my treatment", never "Mrs. Harrowgate has ..." in the third person.

## Arguments a strong letter makes (strongest first)
1. The approval ATH-26-0804-61733 (08/04/2026) approves sessions billed as **G2082 or G2083**, up to 24, from
   08/04/2026 to 02/03/2027; the seven G2083 sessions fall within its dates and the 8 sessions given are within 24.
   Honor it and reprocess the claim.
2. Correct the EOB's statement and the contractor's record of the authorization (the portal shows G2082 only), so
   later weekly 84 mg sessions under it are not denied the same way.
3. The dose change from 56 to 84 mg at session 2 follows the label and the approval's own reviewer note.

## What a letter must NOT say
- "retroactive authorization"; "no authorization was obtained"; "medically necessary" as the ground; "peer-to-peer".
- "Quality Monitoring Contractor" as the next level; "external review"; "ERISA"; "45 CFR 147.136"; "MHPAEA".
- "failed venlafaxine"; "stopped venlafaxine"; trazodone or aripiprazole as an adequate trial; "failed bupropion".
- "active suicidal ideation"; "suicidal ideation" as present.
- "Quintero"; "TMS" as the treatment appealed; the 2025 authorization as relevant.
- "Mrs. Harrowgate has ..." (third person from the signer).
"""
C01["ANSWERS"] = [
    ("plan type", "plan_type: tricare", "case.yaml"),
    ("notice date", "Date of notice: 11/12/2026", "denial/explanation-of-benefits-2026-11-12.txt"),
    ("deadline", "appeal_deadline: 2027-02-10", "case.yaml"),
    ("authorization number", "Number: ATH-26-0804-61733", "other/authorization-approval-2026-08-04.txt"),
    ("codes approved", "HCPCS G2082 or G2083 as the dose requires", "other/authorization-approval-2026-08-04.txt"),
    ("approval dates", "valid 08/04/2026-02/03/2027", "other/authorization-approval-2026-08-04.txt"),
    ("sessions approved", "up to 24 sessions", "other/authorization-approval-2026-08-04.txt"),
    ("sessions given", "given: 8", "case.yaml"),
    ("code denied", "G2083 x7", "denial/explanation-of-benefits-2026-11-12.txt"),
    ("CARC", "CARC 197", "denial/explanation-of-benefits-2026-11-12.txt"),
    ("line not appealed", "09/08/2026  G2082 x1", "denial/explanation-of-benefits-2026-11-12.txt"),
    ("portal entry", "Service: G2082", "other/provider-portal-authorization-view-2026-11-18.txt"),
    ("drug continued", "venlafaxine XR 225 mg since 07/2024, partial response, continued",
     "clinical/spravato-session-record-2026-10-01.txt"),
    ("intolerance", "stopped after 12 days for akathisia", "clinical/spravato-session-record-2026-10-01.txt"),
    ("current MADRS", "10/01/2026: MADRS 22", "clinical/spravato-session-record-2026-10-01.txt"),
    ("earlier-episode response", "remission in an earlier episode", "clinical/spravato-session-record-2026-10-01.txt"),
]

# ---------------------------------------------------------------------------------------------------------------
C02 = dict(SLUG="02-medicare-advantage-ppo-tms-denied-under-former-hmo-plan-reconsideration-wife")
C02["CASE_YAML"] = """
# FICTIONAL CASE (set 62, case 02) - every person, plan, provider, number and address is invented.
# Medicare Advantage. Walter Ebberly moved from the plan's HMO to its PPO on 01/01/2026. A 30-session TMS course
# from a non-contracted provider who takes Medicare was denied as out of network under "Member plan on file: Classic
# HMO". His wife, appointed on form CMS-1696, asks for reconsideration of the payment denial.
patient:
  name: Walter Ebberly
  salutation: Mr. Ebberly
  date_of_birth: 1955-06-23
  member_id: FICT-MA-40218876
  address: |-
    2271 Camino Pajarito
    Santa Fe, NM 87507
  phone: (505) 555-0119
insurer:
  name: Mesa Verde Senior Health Plans (FICTIONAL Medicare Advantage organization)
  appeals_address: |-
    Mesa Verde Senior Health Plans - Appeals and Grievances (FICTIONAL)
    PO Box 3390
    Albuquerque, NM 87190
  fax: (505) 555-0166
claim:
  number: MV-26-1020-118842
  plan_type: medicare_advantage
  notice_date: 2026-11-20
  appeal_deadline: 2027-01-24
  deadline_basis: >-
    Notice of denial of payment of 11/20/2026: "You must ask for a reconsideration within 65 calendar days from the
    date of this notice."
  service_dates: [2026-08-03, 2026-09-11]
  sessions: 30
  setting: outpatient
  procedure_codes: [90867, 90868]
  diagnosis_codes: [F33.2]
  carc_codes: [PR-242]
  denial_reason: >-
    The provider is not in your plan's network. Your plan does not pay for care from out-of-network providers except
    for emergency or urgently needed care, or when we approve it in advance. (Member plan on file: Mesa Verde Classic
    HMO.)
  denial_category: out_of_network
  denial_reasons: [out_of_network]
  coding_correct: true
  action: none
  corrections:
    - said: "Member plan on file: Mesa Verde Classic HMO."
      record: >-
        The plan's own enrollment confirmation of 12/09/2025 confirms his change to Mesa Verde Choice PPO
        (H9990-002) effective 01/01/2026, and his 2026 member card names the Choice PPO.
      file: other/enrollment-confirmation-2025-12-09.txt
      page: 1
plan_option:
  name: Mesa Verde Choice PPO (H9990-002)
  out_of_network: true
  since: 2026-01-01
  applied: Mesa Verde Classic HMO (H9990-001)
  proof:
    - other/enrollment-confirmation-2025-12-09.txt
    - other/member-id-card-2026-ppo.txt
plan_policy:
  name: 2026 Evidence of Coverage, Mesa Verde Choice PPO, Chapter 3, Section 2.4
  number: Chapter 3, Section 2.4
  quote: >-
    As a member of our PPO plan, you can get covered services from out-of-network providers. You do not need a
    referral or our approval in advance to see an out-of-network provider, but the provider must be eligible to take
    part in Medicare. Your share of the cost for covered out-of-network services is shown in the Medical Benefits
    Chart (Chapter 4).
  file: other/eoc-2026-choice-ppo-chapter-3-excerpt.txt
treatment:
  name: Transcranial magnetic stimulation (TMS), 30 sessions (90867, 90868)
  summary: >-
    A course of 30 TMS sessions for recurrent major depression, given by a provider who takes part in Medicare but
    has no contract with the plan; the plan raised only the network.
  alongside: duloxetine 60 mg daily
clinical:
  severity: PHQ-9 22 on 08/03/2026; PHQ-9 9 on 09/11/2026
  severity_date: 2026-09-11
  suicidality: none
  suicidality_date: 2026-09-11
  response: PHQ-9 22 (08/03/2026) to 9 (09/11/2026)
  response_level: response
  history:
    - drug: Escitalopram
      dose: 20 mg daily
      start: 2022-05
      end: 2023-02
      weeks: 12
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response at 20 mg; stopped
      evidence: {file: clinical/tms-course-summary-2026-09-11.txt, page: 1}
    - drug: Vortioxetine
      dose: 10 mg daily
      start: 2024-02
      end: 2024-02
      weeks: 2
      kind: antidepressant
      adequate: false
      outcome: Stopped after 2 weeks for persistent nausea (intolerance)
      evidence: {file: clinical/tms-course-summary-2026-09-11.txt, page: 1}
    - drug: Duloxetine
      dose: 60 mg daily
      start: 2024-04
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued through the TMS course
      evidence: {file: clinical/tms-course-summary-2026-09-11.txt, page: 1}
    - drug: Mirtazapine
      dose: 7.5 mg at bedtime for sleep
      start: 2024-04
      ongoing: true
      kind: other
      outcome: Sleep dose only; not an antidepressant trial
      evidence: {file: clinical/tms-course-summary-2026-09-11.txt, page: 1}
author:
  name: Ines Ebberly
  role: Wife and appointed representative (form CMS-1696)
  relation: representative
  authorization: other/appointment-of-representative-cms-1696.txt
  address: |-
    2271 Camino Pajarito
    Santa Fe, NM 87507
  phone: (505) 555-0119
provider:
  name: Sangre Ridge Neuromodulation
  credentials: Medicare-participating provider, not contracted with the plan
  npi: "1473920589"
  address: |-
    1600 Cerrillos Road, Suite 4
    Santa Fe, NM 87505
  phone: (505) 555-0173
record_dates:
  - file: clinical/tms-course-summary-2026-09-11.txt
    date: 2026-09-11
bates_prefix: EBBERLY
""" + FOOTER
C02["DOCS"] = {
    "denial/notice-of-denial-of-payment-2026-11-20.txt": """
MESA VERDE SENIOR HEALTH PLANS (FICTIONAL) - NOTICE OF DENIAL OF PAYMENT              Date: 11/20/2026
Member: Walter Ebberly   Member ID FICT-MA-40218876   Page 1 of 1
Claim MV-26-1020-118842   Provider: Sangre Ridge Neuromodulation   Services 08/03/2026-09/11/2026
90867 x1, 90868 x29   Billed $8,400.00   Paid $0.00   PR-242

Why we denied payment: The provider is not in your plan's network. Your plan does not pay for care from
out-of-network providers except for emergency or urgently needed care, or when we approve it in advance. (Member
plan on file: Mesa Verde Classic HMO.)

Your right to appeal: You must ask for a reconsideration within 65 calendar days from the date of this notice.
Write to Appeals and Grievances, PO Box 3390, Albuquerque, NM 87190, or fax (505) 555-0166. If we uphold our
decision, we will send your case to an independent review entity.
""",
    "other/enrollment-confirmation-2025-12-09.txt": """
MESA VERDE SENIOR HEALTH PLANS (FICTIONAL) - CONFIRMATION OF PLAN CHANGE                Date: 12/09/2025
Page 1 of 1
Walter Ebberly, Member ID FICT-MA-40218876: your change from Mesa Verde Classic HMO (H9990-001) to Mesa Verde
Choice PPO (H9990-002) is confirmed, effective 01/01/2026.
Household: Ines Ebberly - no change (enrolled in a separate stand-alone prescription drug plan with another
company).
""",
    "other/member-id-card-2026-ppo.txt": """
MEMBER ID CARD (copy, front)                                            Issued 12/15/2025
MESA VERDE CHOICE PPO (H9990-002) (FICTIONAL)   Medicare Advantage
Member: WALTER EBBERLY   ID FICT-MA-40218876   Effective 01/01/2026
In and out of network coverage. Member services (505) 555-0160.
""",
    "other/member-id-card-2025-hmo.txt": """
MEMBER ID CARD (copy, front)                                            Issued 12/12/2024
MESA VERDE CLASSIC HMO (H9990-001) (FICTIONAL)   Medicare Advantage
Member: WALTER EBBERLY   ID FICT-MA-40218876   Effective 01/01/2025
Network providers only except emergencies. PCP: Dr. Lena Aubertin.
""",
    "other/eoc-2026-choice-ppo-chapter-3-excerpt.txt": """
MESA VERDE CHOICE PPO (FICTIONAL) - 2026 EVIDENCE OF COVERAGE (excerpt)                  Page 41 of 212
Chapter 3, Section 2.4 Getting care from out-of-network providers
As a member of our PPO plan, you can get covered services from out-of-network providers. You do not need a
referral or our approval in advance to see an out-of-network provider, but the provider must be eligible to take
part in Medicare. Your share of the cost for covered out-of-network services is shown in the Medical Benefits
Chart (Chapter 4).
""",
    "other/appointment-of-representative-cms-1696.txt": """
APPOINTMENT OF REPRESENTATIVE - Form CMS-1696 (copy of the completed form; names FICTIONAL)
Beneficiary: Walter Ebberly   Medicare number: FICT-MBI-9QR7-TX4-PL22
I appoint Ines Ebberly, my wife, to act as my representative in connection with my claim or asserted right under
Medicare (Mesa Verde Senior Health Plans, claim MV-26-1020-118842).
Signed: Walter Ebberly 11/24/2026     Accepted: Ines Ebberly 11/24/2026
""",
    "clinical/tms-course-summary-2026-09-11.txt": """
SANGRE RIDGE NEUROMODULATION (FICTIONAL) - TMS COURSE SUMMARY                           Date: 09/11/2026
Patient: Walter Ebberly   DOB 06/23/1955   Page 1 of 1
Diagnosis: major depressive disorder, recurrent, severe without psychotic features (F33.2).
Course: 30 sessions 08/03/2026-09/11/2026 (motor threshold 08/03/2026, 29 treatment sessions). PHQ-9 22 at start,
9 at session 30. No suicidal ideation at any session.
Medication: escitalopram 20 mg 05/2022-02/2023, no response after 12 weeks; vortioxetine 10 mg 02/2024, stopped
after 2 weeks for persistent nausea; duloxetine 60 mg since 04/2024, partial response, continued; mirtazapine 7.5
mg at bedtime for sleep since 04/2024.
Billing: Sangre Ridge takes part in Medicare and billed the member's Medicare Advantage plan directly.
""",
}
C02["TRUTH"] = """
# 02 - Medicare Advantage PPO: a TMS course denied as out of network under the HMO he left; reconsideration by his wife (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Walter Ebberly, 71 (DOB 06/23/1955), moved from **Mesa Verde Classic HMO (H9990-001)** to **Mesa Verde Choice PPO
  (H9990-002) effective 01/01/2026** (the plan's own confirmation of 12/09/2025; 2026 member card).
- He had **30 TMS sessions 08/03/2026-09/11/2026** (90867 x1, 90868 x29) at Sangre Ridge Neuromodulation, a provider
  that takes part in Medicare and has no contract with the plan.
- The notice of **11/20/2026** (claim MV-26-1020-118842, **PR-242**) denies payment as out of network and states
  "Member plan on file: Mesa Verde Classic HMO" - the HMO's rule, not his plan's.
- The PPO's **2026 Evidence of Coverage, Chapter 3, Section 2.4**: covered services from out-of-network providers,
  no referral or approval in advance, provider eligible for Medicare; out-of-network cost share per Chapter 4.
- PHQ-9 22 to 9 (a response); duloxetine 60 mg continues.
- **Rule and stage:** Medicare Advantage reconsideration of a payment denial, **65 days from the notice: by
  01/24/2027** (42 CFR 422.582(b)); the plan decides a payment reconsideration within 60 days; an upheld denial goes
  to the independent review entity without a request (422.592).
- **Author:** his wife Ines, appointed on **form CMS-1696**; she writes about "Mr. Ebberly".

### Expected answers (16)
1. Plan type: `medicare_advantage`. 2. Notice date: 11/20/2026. 3. Deadline: 01/24/2027. 4. Plan applied: Classic
HMO (H9990-001). 5. His plan: Choice PPO (H9990-002). 6. Effective: 01/01/2026. 7. Confirmation date: 12/09/2025.
8. EOC section: Chapter 3, Section 2.4. 9. CARC: PR-242. 10. Sessions: 30. 11. Dates: 08/03/2026-09/11/2026.
12. Provider status: takes part in Medicare, no plan contract. 13. Representative form: CMS-1696. 14. Drug
continued: duloxetine 60 mg. 15. Intolerance: vortioxetine, nausea after 2 weeks. 16. Outcome: PHQ-9 22 to 9.

## Deliberately unknown
- His out-of-network cost share for TMS (Chapter 4 is not enclosed): a letter must not state a figure.
- Why the plan's claims system still carries the HMO: not known; a letter may ask for the record to be corrected.
- Whether Sangre Ridge billed Mr. Ebberly: not in the case.

## Traps
- **Plan document and date, not a network gap.** No network gap exception, no list of in-network providers tried,
  no "no in-network provider was available": the PPO pays out of network by its own terms.
- **Stale document:** the 2025 HMO member card (network only, PCP named) describes the plan he left.
- **A decision's wrong statement:** "Member plan on file: Mesa Verde Classic HMO".
- **Other person on a document:** the confirmation's household line (his wife's separate drug plan) is not his
  coverage and not part of the appeal.
- **Drug still taken:** duloxetine continues (partial response), never "failed"; **mirtazapine 7.5 mg** is a sleep
  dose; **vortioxetine** was an intolerance (2 weeks), not an adequate trial. No suicidal ideation.
- **Wrong law:** no MHPAEA or parity (Medicare), no ERISA, no 45 CFR 147.136, no state external review; "name and
  qualifications" of experts asked for, not cited as a duty.

## Arguments a strong letter makes (strongest first)
1. Since 01/01/2026 he is enrolled in the **Choice PPO**, as the plan's own confirmation shows; the denial applied the
   HMO's rule. Under EOC Chapter 3, Section 2.4 the PPO covers services from out-of-network providers who may take
   part in Medicare, without approval in advance: pay the claim at the PPO's out-of-network cost share.
2. Correct the plan's enrollment record (HMO on file), so later claims are not denied the same way.
3. Nothing else was raised: the course itself (PHQ-9 22 to 9) is not in question.

## What a letter must NOT say
- "network gap exception"; "no in-network provider"; "single case agreement"; "retroactive authorization".
- "enrolled in the Classic HMO" as true; "HMO" as his plan in 2026.
- "MHPAEA"; "parity"; "ERISA"; "45 CFR 147.136"; "external review" by the state.
- "failed duloxetine"; "stopped duloxetine"; mirtazapine as a trial; "suicidal ideation".
- an out-of-network cost share or dollar figure the case does not give.
"""
C02["ANSWERS"] = [
    ("plan type", "plan_type: medicare_advantage", "case.yaml"),
    ("notice date", "NOTICE OF DENIAL OF PAYMENT              Date: 11/20/2026",
     "denial/notice-of-denial-of-payment-2026-11-20.txt"),
    ("deadline", "appeal_deadline: 2027-01-24", "case.yaml"),
    ("plan applied", "Member plan on file: Mesa Verde Classic HMO", "denial/notice-of-denial-of-payment-2026-11-20.txt"),
    ("his plan", "Mesa Verde Choice PPO (H9990-002)", "other/enrollment-confirmation-2025-12-09.txt"),
    ("effective", "effective 01/01/2026", "other/enrollment-confirmation-2025-12-09.txt"),
    ("confirmation date", "CONFIRMATION OF PLAN CHANGE                Date: 12/09/2025",
     "other/enrollment-confirmation-2025-12-09.txt"),
    ("EOC section", "Chapter 3, Section 2.4", "other/eoc-2026-choice-ppo-chapter-3-excerpt.txt"),
    ("CARC", "PR-242", "denial/notice-of-denial-of-payment-2026-11-20.txt"),
    ("sessions", "Course: 30 sessions", "clinical/tms-course-summary-2026-09-11.txt"),
    ("dates", "Services 08/03/2026-09/11/2026", "denial/notice-of-denial-of-payment-2026-11-20.txt"),
    ("provider status", "Sangre Ridge takes part in Medicare", "clinical/tms-course-summary-2026-09-11.txt"),
    ("representative form", "Form CMS-1696", "other/appointment-of-representative-cms-1696.txt"),
    ("drug continued", "duloxetine 60 mg since 04/2024, partial response, continued",
     "clinical/tms-course-summary-2026-09-11.txt"),
    ("intolerance", "stopped after 2 weeks for persistent nausea", "clinical/tms-course-summary-2026-09-11.txt"),
    ("outcome", "PHQ-9 22 at start,\n9 at session 30", "clinical/tms-course-summary-2026-09-11.txt"),
]

# ---------------------------------------------------------------------------------------------------------------
C03 = dict(SLUG="03-fehb-tms-treatments-31-36-limit-from-2025-brochure-carrier-reconsideration-psychiatrist")
C03["CASE_YAML"] = """
# FICTIONAL CASE (set 62, case 03) - every person, plan, provider, number and address is invented.
# FEHB, Standard Option, Self and Family. A precertified 36-treatment TMS course (October-November 2026); the
# carrier paid 30 and denied treatments 31-36 as over "30 treatments per course", the 2025 brochure's limit. The
# 2026 brochure allows 36 (6 taper treatments). The treating psychiatrist asks the carrier to reconsider.
patient:
  name: Delphine Arkwright
  salutation: Ms. Arkwright
  date_of_birth: 1979-09-30
  member_id: FICT-R48822173-01
  address: |-
    3318 Wyoming Street
    Dayton, OH 45410
  phone: (937) 555-0124
insurer:
  name: Keystone Federal Employee Benefit Plan, Standard Option (FICTIONAL FEHB carrier)
  appeals_address: |-
    Keystone Federal Employee Benefit Plan - Reconsiderations (FICTIONAL)
    PO Box 80412
    Columbus, OH 43218
  fax: (614) 555-0152
claim:
  number: KFB-26-1125-330716
  plan_type: fehb
  notice_date: 2026-12-01
  appeal_deadline: 2027-06-01
  deadline_basis: >-
    Explanation of benefits of 12/01/2026: "You may ask us in writing to reconsider our decision within 6 months
    from the date of this notice."
  service_dates: [2026-11-13, 2026-11-16, 2026-11-17, 2026-11-18, 2026-11-19, 2026-11-20]
  sessions: 6
  setting: outpatient
  procedure_codes: [90868]
  diagnosis_codes: [F33.2]
  carc_codes: [PR-119]
  denial_reason: >-
    Benefit maximum reached. Your plan covers up to 30 TMS treatments per course (Brochure Section 5(a),
    Transcranial magnetic stimulation). Treatments 31 through 36 exceed this limit.
  denial_category: benefit_limit
  denial_reasons: [benefit_limit]
  coding_correct: true
  action: none
plan_policy:
  name: 2026 Keystone Federal Employee Benefit Plan brochure, Section 5(a), Transcranial magnetic stimulation (TMS)
  number: Section 5(a)
  quote: >-
    We cover a course of up to 36 TMS treatments, including up to 6 taper treatments, when we have precertified the
    course. Each treatment session counts as one treatment.
  file: other/brochure-2026-section-5a-excerpt.txt
  other_terms: >-
    Section 8, step 2: We have 30 days from the date we receive your request to pay or provide the care, write to you
    and maintain our denial, or ask you or your provider for more information.
  other_terms_file: other/brochure-2026-section-8-excerpt.txt
  other_terms_apply: >-
    The carrier has 30 days from receiving this request to pay the six treatments or write with its decision.
  limit:
    applied: 30
    current: 36
    course: 36
    unit: treatments
    source:
      name: 2025 Keystone Federal Employee Benefit Plan brochure, Section 5(a)
      year: 2025
      through: 2025-12-31
      file: other/brochure-2025-section-5a-excerpt.txt
      page: 1
prior_auth:
  approved:
    number: precertification PC-26-0928-4471
    date: 2026-09-28
    covers: TMS, 36 treatments including 6 taper treatments, 10/01/2026 through 12/31/2026
    quote: >-
      Precertified: transcranial magnetic stimulation, 36 treatments (30 acute and 6 taper), 10/01/2026-12/31/2026.
    file: other/precertification-2026-09-28.txt
    from: 2026-10-01
    through: 2026-12-31
    lines:
      - {code: [90867, 90868], units: 36, given: 36}
treatment:
  name: Transcranial magnetic stimulation (TMS), taper treatments 31-36 (90868)
  summary: >-
    The six taper treatments that end a precertified 36-treatment TMS course for recurrent major depression.
  plan: >-
    36 treatments: 30 daily acute treatments 10/05/2026-11/12/2026, then 6 taper treatments 11/13/2026-11/20/2026;
    PHQ-9 at every fifth treatment; the course ends with treatment 36.
  alongside: escitalopram 20 mg daily
clinical:
  severity: PHQ-9 23 on 10/05/2026; PHQ-9 7 on 11/20/2026
  severity_date: 2026-11-20
  suicidality: none
  suicidality_date: 2026-11-20
  response: PHQ-9 23 (10/05/2026) to 7 (11/20/2026)
  response_level: remission
  history:
    - drug: Sertraline
      dose: 150 mg daily
      start: 2012-04
      end: 2013-06
      kind: antidepressant
      response: remission
      failed: false
      outcome: Remission in an earlier episode (2012-2013)
      evidence: {file: clinical/tms-treatment-log-2026-11-20.txt, page: 1}
    - drug: Escitalopram
      dose: 20 mg daily
      start: 2024-09
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued through the TMS course
      evidence: {file: clinical/tms-treatment-log-2026-11-20.txt, page: 1}
    - drug: Bupropion XL
      dose: 300 mg daily (added to escitalopram)
      start: 2025-02
      end: 2025-06
      weeks: 14
      kind: augmentation
      adequate: true
      failed: true
      response: none
      outcome: No added benefit after 14 weeks; stopped
      evidence: {file: clinical/tms-treatment-log-2026-11-20.txt, page: 1}
    - drug: Lithium
      dose: 600 mg daily
      start: 2025-08
      end: 2025-08
      weeks: 3
      kind: augmentation
      adequate: false
      outcome: Stopped after 3 weeks for tremor (intolerance)
      evidence: {file: clinical/tms-treatment-log-2026-11-20.txt, page: 1}
    - drug: Quetiapine
      dose: 25 mg at bedtime for sleep
      start: 2025-08
      ongoing: true
      kind: other
      outcome: Sleep dose only; not an antipsychotic augmentation trial
      evidence: {file: clinical/tms-treatment-log-2026-11-20.txt, page: 1}
author:
  name: Dr. Anselm Okonjo-Reyes
  role: Treating psychiatrist (MD)
  relation: physician
  authorization: other/member-consent-2026-12-02.txt
  address: |-
    Miami Valley TMS and Psychiatry (FICTIONAL), 1450 Far Hills Avenue
    Dayton, OH 45419
  phone: (937) 555-0178
  email: aokonjo@mvtms.example
provider:
  name: Dr. Anselm Okonjo-Reyes
  credentials: MD, psychiatry
  npi: "1209483761"
  address: |-
    1450 Far Hills Avenue
    Dayton, OH 45419
  phone: (937) 555-0178
record_dates:
  - file: clinical/tms-treatment-log-2026-11-20.txt
    date: 2026-11-20
bates_prefix: ARKWRIGHT
""" + FOOTER
C03["DOCS"] = {
    "denial/explanation-of-benefits-2026-12-01.txt": """
KEYSTONE FEDERAL EMPLOYEE BENEFIT PLAN (FICTIONAL) - EXPLANATION OF BENEFITS     Date of notice: 12/01/2026
Enrollment: Self and Family   Enrollee ID FICT-R48822173   Page 1 of 1

Member 01 Delphine Arkwright   Claim KFB-26-1125-330716   Dr. Anselm Okonjo-Reyes
  11/13/2026-11/20/2026  90868 x6   Billed $1,620.00   Paid $0.00   PR-119
  Benefit maximum reached. Your plan covers up to 30 TMS treatments per course (Brochure Section 5(a),
  Transcranial magnetic stimulation). Treatments 31 through 36 exceed this limit.
Member 02 Corwin Arkwright   Claim KFB-26-1119-318802   Valley Physical Therapy
  11/10/2026  97110 x2   Billed $180.00   Paid $126.00
Member 03 Ezra Arkwright   Claim KFB-26-1121-320944   Dayton Pediatric Dental
  11/12/2026  D1120 x1   Billed $95.00   Paid $95.00

You may ask us in writing to reconsider our decision within 6 months from the date of this notice. If we do not
change our decision, you may ask OPM to review it.
""",
    "other/brochure-2026-section-5a-excerpt.txt": """
KEYSTONE FEDERAL EMPLOYEE BENEFIT PLAN (FICTIONAL) - 2026 BROCHURE (excerpt)              Page 62 of 140
Section 5(a) Transcranial magnetic stimulation (TMS)
We cover a course of up to 36 TMS treatments, including up to 6 taper treatments, when we have precertified the
course. Each treatment session counts as one treatment.
Changes for 2026 (Section 2): TMS - we now cover up to 36 treatments per course, including taper treatments
(previously 30).
""",
    "other/brochure-2025-section-5a-excerpt.txt": """
KEYSTONE FEDERAL EMPLOYEE BENEFIT PLAN (FICTIONAL) - 2025 BROCHURE (excerpt)              Page 60 of 136
Plan year: January 1, 2025 through December 31, 2025
Section 5(a) Transcranial magnetic stimulation (TMS)
We cover up to 30 TMS treatments per course when we have precertified the course.
""",
    "other/brochure-2026-section-8-excerpt.txt": """
KEYSTONE FEDERAL EMPLOYEE BENEFIT PLAN (FICTIONAL) - 2026 BROCHURE (excerpt)             Page 118 of 140
Section 8 The disputed claims process
Step 1: Ask us in writing to reconsider our initial decision within 6 months from the date of our decision.
Step 2: We have 30 days from the date we receive your request to pay or provide the care, write to you and
maintain our denial, or ask you or your provider for more information.
Step 3: If you do not agree with our decision, you may ask OPM to review it within 90 days after the date of our
letter upholding our initial decision.
""",
    "other/precertification-2026-09-28.txt": """
KEYSTONE FEDERAL EMPLOYEE BENEFIT PLAN (FICTIONAL) - PRECERTIFICATION APPROVAL            Date: 09/28/2026
Member: Delphine Arkwright   Enrollee ID FICT-R48822173-01   Number: PC-26-0928-4471   Page 1 of 1
Provider: Dr. Anselm Okonjo-Reyes, NPI 1209483761
Precertified: transcranial magnetic stimulation, 36 treatments (30 acute and 6 taper), 10/01/2026-12/31/2026.
""",
    "other/member-consent-2026-12-02.txt": """
MEMBER'S WRITTEN CONSENT TO A PROVIDER'S REQUEST FOR RECONSIDERATION (names FICTIONAL)       Date: 12/02/2026
I, Delphine Arkwright (enrollee ID FICT-R48822173-01), consent to Dr. Anselm Okonjo-Reyes asking Keystone Federal
Employee Benefit Plan to reconsider claim KFB-26-1125-330716 for me, and to the release of my records for it.
Signed: Delphine Arkwright
""",
    "clinical/tms-treatment-log-2026-11-20.txt": """
MIAMI VALLEY TMS AND PSYCHIATRY (FICTIONAL) - TMS TREATMENT LOG AND COURSE SUMMARY         Date: 11/20/2026
Patient: Delphine Arkwright   DOB 09/30/1979   Page 1 of 1
Diagnosis: major depressive disorder, recurrent, severe without psychotic features (F33.2).
Precertification PC-26-0928-4471: 36 treatments (30 acute, 6 taper).
Treatments 1-30: daily, 10/05/2026-11/12/2026 (motor threshold 10/05/2026). Treatments 31-36 (taper):
11/13, 11/16, 11/17, 11/18, 11/19, 11/20/2026. PHQ-9 23 at treatment 1; 11 at treatment 30; 7 at treatment 36.
No suicidal ideation at any treatment.
Medication: sertraline 150 mg 04/2012-06/2013, remission in an earlier episode; escitalopram 20 mg since 09/2024,
partial response, continued; bupropion XL 300 mg added 02/2025-06/2025, no added benefit after 14 weeks; lithium
600 mg 08/2025, stopped after 3 weeks for tremor; quetiapine 25 mg at bedtime for sleep since 08/2025.
""",
}
C03["TRUTH"] = """
# 03 - FEHB: TMS taper treatments 31-36 denied under the 2025 brochure's 30-treatment limit; carrier reconsideration by the treating psychiatrist (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Delphine Arkwright, 47 (DOB 09/30/1979), is enrolled (Self and Family) in the **Keystone Federal Employee Benefit
  Plan, Standard Option**, an FEHB plan. The carrier **precertified 36 TMS treatments (30 acute, 6 taper),
  10/01/2026-12/31/2026** (PC-26-0928-4471, 09/28/2026).
- Treatments 1-30 ran 10/05/2026-11/12/2026 and were paid; **treatments 31-36 (taper) on 11/13, 11/16, 11/17, 11/18,
  11/19 and 11/20/2026** (90868 x6) were denied on the EOB of **12/01/2026** (claim KFB-26-1125-330716, **PR-119**)
  as over "30 TMS treatments per course".
- The **2026 brochure, Section 5(a)**, in force on every date of service, covers **up to 36 treatments including up
  to 6 taper treatments**; its "Changes for 2026" says the limit was 30 before. The 30 comes from the **2025
  brochure**, whose plan year ended **12/31/2025**.
- Brochure **Section 8**: the carrier has **30 days** from receiving the request to pay, maintain the denial or ask
  for information; then OPM review within 90 days of the carrier's letter.
- PHQ-9 23 to 7 (remission by treatment 36); escitalopram 20 mg continues.
- **Rule and stage:** FEHB disputed claims, 5 CFR 890.105: carrier reconsideration within **6 months: by
  06/01/2027**; OPM review next.
- **Author:** the treating psychiatrist, with the member's written consent of 12/02/2026; he writes about
  "Ms. Arkwright".

### Expected answers (16)
1. Plan type: `fehb`. 2. Notice date: 12/01/2026. 3. Deadline: 06/01/2027. 4. Limit applied: 30. 5. Limit in force:
36, including up to 6 taper. 6. Course: 36 treatments. 7. Treatments denied: 31-36. 8. Source of the 30: 2025
brochure. 9. Its plan year ended: December 31, 2025. 10. Precertification: PC-26-0928-4471, 10/01/2026-12/31/2026.
11. CARC: PR-119. 12. Carrier's decision time: 30 days. 13. Next level: OPM within 90 days. 14. Drug continued:
escitalopram 20 mg. 15. Intolerance: lithium, tremor, 3 weeks. 16. Sleep dose: quetiapine 25 mg.

## Deliberately unknown
- Why the carrier's system still held the 2025 limit: not known.
- What the carrier would pay per treatment: not in the case; no dollar figure other than the billed amount.
- Whether the carrier will count the motor-threshold session as a treatment: the 2026 brochure counts "each
  treatment session"; the case does not say more.

## Traps
- **Plan document and date, not medicine.** The dates of service are all in 2026; the 2026 brochure allows 36.
  No benefit-limit exception is needed and none should be asked for as the ground: no limit of the 2026 terms is
  exceeded.
- **Stale document:** the 2025 brochure (30) is enclosed only to show where the denial's number came from.
- **Other people on the EOB:** members 02 and 03 (Corwin and Ezra Arkwright) have claims on the same family EOB;
  they are not part of this appeal.
- **Drug still taken:** escitalopram continues (partial response), never "failed". **Quetiapine 25 mg** is a sleep
  dose, not an augmentation trial. **Lithium** is an intolerance (3 weeks), not an adequate trial. **Sertraline**
  was a remission in an earlier episode.
- **Wrong law:** FEHB: no ERISA, no 45 CFR 147.136, no MHPAEA cited as governing, no state insurance department, no
  state external review; no 72-hour rule.
- **Voice:** the psychiatrist writes "I" as the treating physician about "Ms. Arkwright".

## Arguments a strong letter makes (strongest first)
1. Every date of service (11/13-11/20/2026) falls in 2026; the 2026 brochure, Section 5(a), covers up to 36
   treatments including up to 6 taper treatments; the course is 36. The limit of 30 came from the 2025 brochure,
   whose plan year ended 12/31/2025: it does not govern this care. Pay treatments 31-36.
2. The carrier itself precertified 36 treatments (30 acute, 6 taper) for 10/01/2026-12/31/2026; all 36 given fall
   within it.
3. Ask for a decision within the 30 days Section 8 gives, and correct the limit in the carrier's system.

## What a letter must NOT say
- "exception to the limit" as the ground; "the plan's limit of 30 treatments" as the 2026 terms.
- "medically necessary" as the ground; "retroactive authorization".
- "ERISA"; "45 CFR 147.136"; "MHPAEA"; "external review"; "state insurance department"; "72 hours".
- "failed escitalopram"; "stopped escitalopram"; quetiapine or lithium as an adequate trial; "suicidal ideation".
- "Corwin"; "Ezra"; "97110"; "D1120".
"""
C03["ANSWERS"] = [
    ("plan type", "plan_type: fehb", "case.yaml"),
    ("notice date", "Date of notice: 12/01/2026", "denial/explanation-of-benefits-2026-12-01.txt"),
    ("deadline", "appeal_deadline: 2027-06-01", "case.yaml"),
    ("limit applied", "up to 30 TMS treatments per course", "denial/explanation-of-benefits-2026-12-01.txt"),
    ("limit in force", "up to 36 TMS treatments, including up to 6 taper treatments",
     "other/brochure-2026-section-5a-excerpt.txt"),
    ("course", "course: 36", "case.yaml"),
    ("treatments denied", "Treatments 31 through 36", "denial/explanation-of-benefits-2026-12-01.txt"),
    ("source of 30", "2025 BROCHURE", "other/brochure-2025-section-5a-excerpt.txt"),
    ("plan year end", "through December 31, 2025", "other/brochure-2025-section-5a-excerpt.txt"),
    ("precertification", "Number: PC-26-0928-4471", "other/precertification-2026-09-28.txt"),
    ("CARC", "PR-119", "denial/explanation-of-benefits-2026-12-01.txt"),
    ("decision time", "We have 30 days from the date we receive your request",
     "other/brochure-2026-section-8-excerpt.txt"),
    ("next level", "ask OPM to review it within 90 days", "other/brochure-2026-section-8-excerpt.txt"),
    ("drug continued", "escitalopram 20 mg since 09/2024,\npartial response, continued",
     "clinical/tms-treatment-log-2026-11-20.txt"),
    ("intolerance", "stopped after 3 weeks for tremor", "clinical/tms-treatment-log-2026-11-20.txt"),
    ("sleep dose", "quetiapine 25 mg at bedtime for sleep", "clinical/tms-treatment-log-2026-11-20.txt"),
]

# ---------------------------------------------------------------------------------------------------------------
C04 = dict(SLUG="04-church-self-funded-iop-timely-filing-first-sent-to-former-administrator-first-appeal-program")
C04["CASE_YAML"] = """
# FICTIONAL CASE (set 62, case 04) - every person, plan, administrator, provider, number and address is invented.
# Church plan, self-funded, not ERISA. An 18-day adult IOP (03/02-04/10/2026) was billed on 04/20/2026 to the
# administrator printed on the member's card, which the plan had replaced on 04/01/2026. The new administrator
# received the claim on 10/19/2026 and denied it as filed after 180 days. The plan document keeps the date the prior
# administrator received a claim. The program's business office appeals its own claim.
patient:
  name: Tobias Wendelkirk
  salutation: Mr. Wendelkirk
  date_of_birth: 1988-07-14
  member_id: FICT-CFH-5520917-00
  address: |-
    915 Alder Street
    Eugene, OR 97401
  phone: (541) 555-0137
insurer:
  name: Cumberland Fellowship Health Plan (FICTIONAL church plan), claims administered by Northgate Claims Services
  appeals_address: |-
    Northgate Claims Services - Appeals, for Cumberland Fellowship Health Plan (FICTIONAL)
    PO Box 6620
    Portland, OR 97228
  fax: (503) 555-0149
employer:
  name: Cumberland Fellowship of Churches Benefits Board (FICTIONAL)
  address: |-
    200 Chapel Hill Road
    Salem, OR 97301
claim:
  number: NCS-26-1019-55207
  plan_type: church
  funding: self_funded
  employees: 410
  notice_date: 2026-11-10
  appeal_deadline: 2027-05-09
  deadline_basis: >-
    Explanation of benefits of 11/10/2026: "You or your provider may appeal within 180 days after you receive this
    notice." Counted from the notice date.
  service_dates: [2026-03-02, 2026-04-10]
  sessions: 18
  setting: intensive_outpatient
  procedure_codes: [S9480]
  diagnosis_codes: [F33.1]
  carc_codes: [CO-29]
  denial_reason: >-
    The time limit for filing has expired. Claim received 10/19/2026. Claims must be filed within 180 days of the
    date of service (Plan Document Section 9.1).
  denial_category: timely_filing
  denial_reasons: [timely_filing]
  coding_correct: true
  action: none
plan_policy:
  name: Cumberland Fellowship Health Plan Document (2026 restatement), Section 9.1 Filing a claim
  number: Section 9.1
  quote: >-
    A claim must be filed within 180 days after the date of service. If the Plan changes claims administrators, a
    claim filed within that time with the Plan's prior claims administrator is treated as filed with the Plan on the
    date the prior claims administrator received it.
  file: other/plan-document-2026-section-9-1-excerpt.txt
filing:
  first_submitted: 2026-04-20
  received: 2026-04-21
  method: electronic claim through the program's clearinghouse
  sent_to: Lakemont Benefit Administrators, the Plan's claims administrator through 03/31/2026
  proof:
    - other/clearinghouse-acceptance-report-2026-04-21.txt
    - other/lakemont-return-letter-2026-06-02.txt
  limit_deadline: 2026-08-29
  returned: 2026-06-02
  resent: 2026-10-19
treatment:
  name: Adult intensive outpatient program for depression, 18 program days (S9480)
  summary: >-
    An 18-day intensive outpatient program for recurrent depression; the care is not in question, only the filing
    date of its claim.
clinical:
  severity: PHQ-9 19 on 03/02/2026; PHQ-9 8 on 04/10/2026
  severity_date: 2026-04-10
  suicidality: none
  suicidality_date: 2026-04-10
  response: PHQ-9 19 (03/02/2026) to 8 (04/10/2026)
  response_level: response
  history:
    - drug: Cognitive behavioral therapy
      dose: 16 weekly sessions
      start: 2019-01
      end: 2019-05
      kind: psychotherapy
      sessions: 16
      response: remission
      failed: false
      outcome: Remission in an earlier episode (2019)
      evidence: {file: clinical/iop-discharge-summary-2026-04-10.txt, page: 1}
    - drug: Sertraline
      dose: 150 mg daily
      start: 2025-06
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued during and after the program
      evidence: {file: clinical/iop-discharge-summary-2026-04-10.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 75 mg daily
      start: 2025-03
      end: 2025-04
      weeks: 3
      kind: antidepressant
      adequate: false
      outcome: Stopped after 3 weeks for raised blood pressure and sweating (intolerance)
      evidence: {file: clinical/iop-discharge-summary-2026-04-10.txt, page: 1}
    - drug: Hydroxyzine
      dose: 25 mg at bedtime as needed for sleep
      start: 2025-06
      ongoing: true
      kind: other
      outcome: Sleep aid only; not an antidepressant trial
      evidence: {file: clinical/iop-discharge-summary-2026-04-10.txt, page: 1}
author:
  name: Wren Halvorsen
  role: Business office manager, Cascadia Bridge Intensive Outpatient Program (the treating program)
  relation: provider
  address: |-
    Cascadia Bridge Intensive Outpatient Program (FICTIONAL), 2480 Willamette Street
    Eugene, OR 97405
  phone: (541) 555-0182
  email: billing@cascadiabridge.example
provider:
  name: Cascadia Bridge Intensive Outpatient Program
  credentials: licensed outpatient behavioral health program
  npi: "1583710946"
  address: |-
    2480 Willamette Street
    Eugene, OR 97405
  phone: (541) 555-0182
record_dates:
  - file: clinical/iop-discharge-summary-2026-04-10.txt
    date: 2026-04-10
bates_prefix: WENDELKIRK
""" + FOOTER
C04["DOCS"] = {
    "denial/explanation-of-benefits-2026-11-10.txt": """
NORTHGATE CLAIMS SERVICES (FICTIONAL) for CUMBERLAND FELLOWSHIP HEALTH PLAN - EXPLANATION OF BENEFITS
Date of notice: 11/10/2026   Subscriber: Tobias Wendelkirk   ID FICT-CFH-5520917   Page 1 of 1

Patient 00 Tobias Wendelkirk   Claim NCS-26-1019-55207   Cascadia Bridge Intensive Outpatient Program
  03/02/2026-04/10/2026  S9480 x18   Billed $7,560.00   Paid $0.00   CO-29
  The time limit for filing has expired. Claim received 10/19/2026. Claims must be filed within 180 days of the
  date of service (Plan Document Section 9.1).
Patient 01 Priya Wendelkirk    Claim NCS-26-1021-55988   Willamette Women's Health
  10/08/2026  99395 x1   Billed $310.00   Paid $310.00
Patient 02 Juniper Wendelkirk  Claim NCS-26-1024-56310   South Hills Pediatrics
  10/15/2026  99213 x1   Billed $145.00   Paid $120.00

You or your provider may appeal within 180 days after you receive this notice. Send appeals to Northgate Claims
Services - Appeals, PO Box 6620, Portland, OR 97228, or fax (503) 555-0149.
""",
    "other/plan-document-2026-section-9-1-excerpt.txt": """
CUMBERLAND FELLOWSHIP HEALTH PLAN (FICTIONAL) - PLAN DOCUMENT, 2026 RESTATEMENT (excerpt)     Page 47 of 96
Section 9.1 Filing a claim
A claim must be filed within 180 days after the date of service. If the Plan changes claims administrators, a
claim filed within that time with the Plan's prior claims administrator is treated as filed with the Plan on the
date the prior claims administrator received it.
Section 1.4: Northgate Claims Services is the Plan's claims administrator from April 1, 2026. Lakemont Benefit
Administrators was the Plan's claims administrator through March 31, 2026.
""",
    "other/summary-2024-claim-filing-stale.txt": """
CUMBERLAND FELLOWSHIP HEALTH PLAN (FICTIONAL) - 2024 MEMBER SUMMARY (excerpt)             Page 9 of 30
Filing claims: file your claim within 12 months of the date of service with Lakemont Benefit Administrators.
[Superseded: the 2026 restatement of the Plan Document replaced this summary.]
""",
    "other/clearinghouse-acceptance-report-2026-04-21.txt": """
RIVERBEND CLAIMS EXCHANGE (FICTIONAL CLEARINGHOUSE) - PAYER ACCEPTANCE REPORT (277CA)
Submitter: Cascadia Bridge Intensive Outpatient Program   Batch sent 04/20/2026 17:05   Report date 04/21/2026
Page 1 of 1
Line 1  Patient: WENDELKIRK, TOBIAS   DOS 03/02/2026-04/10/2026   S9480 x18   $7,560.00
        Payer: Lakemont Benefit Administrators (payer ID 71123)   Status: ACCEPTED 04/21/2026
        Payer claim control number: LBA-26-0421-88017
Line 2  Patient: OYELARAN, MARCUS   DOS 04/01/2026-04/17/2026   S9480 x9   $3,780.00
        Payer: Cascade Mutual Health   Status: ACCEPTED 04/21/2026
""",
    "other/lakemont-return-letter-2026-06-02.txt": """
LAKEMONT BENEFIT ADMINISTRATORS (FICTIONAL) - CLAIM RETURNED                              Date: 06/02/2026
To: Cascadia Bridge Intensive Outpatient Program   Page 1 of 1
Claim LBA-26-0421-88017 (Tobias Wendelkirk, received 04/21/2026) is returned unprocessed. Lakemont Benefit
Administrators stopped administering claims for Cumberland Fellowship Health Plan on 03/31/2026. We do not know
the new administrator's claims address. Please contact the plan sponsor.
[Program note: member's new card naming Northgate received 10/05/2026; claim sent to Northgate 10/19/2026. - W.H.]
""",
    "other/member-id-card-2025-lakemont.txt": """
MEMBER ID CARD (copy, back)                                                   Issued 01/02/2025
Cumberland Fellowship Health Plan (FICTIONAL)   Send claims to: Lakemont Benefit Administrators, payer ID 71123
Member: TOBIAS WENDELKIRK   ID FICT-CFH-5520917-00   (card presented at intake 03/02/2026)
""",
    "clinical/iop-discharge-summary-2026-04-10.txt": """
CASCADIA BRIDGE INTENSIVE OUTPATIENT PROGRAM (FICTIONAL) - DISCHARGE SUMMARY               Date: 04/10/2026
Patient: Tobias Wendelkirk   DOB 07/14/1988   Page 1 of 1
Diagnosis: major depressive disorder, recurrent, moderate (F33.1).
Program: 18 days (3 days a week, 3 hours a day), 03/02/2026-04/10/2026. PHQ-9 19 at admission, 8 at discharge.
No suicidal ideation at admission or discharge.
History: CBT, 16 sessions, 01/2019-05/2019, remission in an earlier episode; venlafaxine XR 75 mg 03/2025-04/2025,
stopped after 3 weeks for raised blood pressure and sweating; sertraline 150 mg since 06/2025, partial response,
continued; hydroxyzine 25 mg at bedtime as needed for sleep.
""",
}
C04["TRUTH"] = """
# 04 - Church plan, self-funded: an IOP claim denied as late although first filed in time with the administrator on the member's card; first appeal by the program (FICTIONAL)

All people, plans, administrators, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Tobias Wendelkirk, 38 (DOB 07/14/1988), is covered by the **Cumberland Fellowship Health Plan**, a self-funded
  church plan outside ERISA (410 employees). He attended **18 IOP days, 03/02/2026-04/10/2026** (S9480, F33.1) at
  Cascadia Bridge Intensive Outpatient Program.
- The plan changed claims administrators: **Lakemont Benefit Administrators through 03/31/2026, Northgate Claims
  Services from 04/01/2026** (Plan Document Section 1.4). His card (issued 2025, shown at intake) still named Lakemont.
- The program sent the claim on **04/20/2026**; **Lakemont accepted it on 04/21/2026** (277CA, control
  LBA-26-0421-88017), then **returned it unprocessed on 06/02/2026** without the new address. After the new card
  arrived (10/05/2026) the program sent it to Northgate on **10/19/2026**.
- The EOB of **11/10/2026** (claim NCS-26-1019-55207, **CO-29**) counts only the 10/19/2026 receipt.
- **Plan Document Section 9.1**: 180 days from the date of service; a claim filed in that time with the prior
  administrator "is treated as filed with the Plan on the date the prior claims administrator received it". The
  04/21/2026 receipt is within 180 days of every date of service (the first date's limit ran to 08/29/2026).
- **Rule and stage:** church plan: 26 CFR 54.9815-2719(b)(2)(i), applying the claims-procedure standards of 29 CFR
  2560.503-1 by reference (not ERISA as governing law); first internal appeal within **180 days: by 05/09/2027**.
  External review under 54.9815-2719 reaches denials that turn on medical judgment; a timely-filing denial does not.
- **Author:** the program's business office manager, for the program (a party to its own claim); she writes about
  "Mr. Wendelkirk".

### Expected answers (16)
1. Plan type: `church`, self-funded. 2. Notice date: 11/10/2026. 3. Deadline: 05/09/2027. 4. Filing limit: 180 days.
5. First sent: 04/20/2026. 6. First received: 04/21/2026 by Lakemont. 7. Control number: LBA-26-0421-88017.
8. Returned: 06/02/2026. 9. Resent/received by Northgate: 10/19/2026. 10. Administrator change: 04/01/2026.
11. Rule that keeps the date: Section 9.1's prior-administrator sentence. 12. CARC: CO-29. 13. Days: 18, 03/02-04/10.
14. Drug continued: sertraline 150 mg. 15. Intolerance: venlafaxine XR 75 mg, 3 weeks. 16. Outcome: PHQ-9 19 to 8.

## Deliberately unknown
- Why Lakemont did not forward the claim: not known.
- Whether the plan sponsor told members or providers of the change before 10/05/2026: not in the case.
- The allowed amount for the program: not in the case.

## Traps
- **Date and plan document, not medicine.** No medical necessity, no clinical reviewer, no peer-to-peer.
- **Stale document:** the 2024 member summary's "12 months" was replaced; a letter must not argue a 12-month limit.
- **Other people on documents:** the EOB lists the member's wife Priya and daughter Juniper (other claims, paid);
  the clearinghouse report's line 2 is another patient (Marcus Oyelaran).
- **Drug still taken:** sertraline continues (partial response), never "failed". **Hydroxyzine** is a sleep aid.
  **Venlafaxine** is an intolerance (3 weeks). **CBT 2019** was a remission in an earlier episode.
- **Dates counted from the wrong day:** the 180 days run from each date of service to **04/21/2026**, not to
  10/19/2026.
- **Wrong law:** no ERISA as governing law, no Labor Department/EBSA, no external review promised for this denial,
  no state insurance department (self-funded), no MHPAEA argument (not a parity question).
- **Voice:** the program writes for itself, about "Mr. Wendelkirk"; never "I attended".

## Arguments a strong letter makes (strongest first)
1. Under Plan Document Section 9.1, the claim filed with **Lakemont, the prior claims administrator**, is treated as
   filed with the Plan on **04/21/2026**, the day Lakemont received it (277CA): within 180 days of every date of
   service (03/02-04/10/2026). Reprocess and pay it.
2. The dates in order: sent 04/20, accepted 04/21, returned 06/02 without the new address, sent to Northgate 10/19
   after the new card arrived 10/05.
3. As a fallback only: the card the member presented named Lakemont; filing sooner with Northgate was not possible.

## What a letter must NOT say
- "medically necessary"; "peer-to-peer"; "clinical reviewer"; "external review" as available for this denial.
- "12 months" as the limit; "filed late"; "first filed on 10/19/2026".
- "ERISA" as governing law; "Employee Benefits Security Administration"; "state insurance department"; "MHPAEA".
- "Priya"; "Juniper"; "Oyelaran".
- "failed sertraline"; hydroxyzine or venlafaxine as an adequate trial; "suicidal ideation".
"""
C04["ANSWERS"] = [
    ("plan type", "plan_type: church", "case.yaml"),
    ("notice date", "Date of notice: 11/10/2026", "denial/explanation-of-benefits-2026-11-10.txt"),
    ("deadline", "appeal_deadline: 2027-05-09", "case.yaml"),
    ("filing limit", "within 180 days after the date of service", "other/plan-document-2026-section-9-1-excerpt.txt"),
    ("first sent", "Batch sent 04/20/2026", "other/clearinghouse-acceptance-report-2026-04-21.txt"),
    ("first received", "Status: ACCEPTED 04/21/2026", "other/clearinghouse-acceptance-report-2026-04-21.txt"),
    ("control number", "LBA-26-0421-88017", "other/clearinghouse-acceptance-report-2026-04-21.txt"),
    ("returned", "CLAIM RETURNED                              Date: 06/02/2026",
     "other/lakemont-return-letter-2026-06-02.txt"),
    ("received by Northgate", "Claim received 10/19/2026", "denial/explanation-of-benefits-2026-11-10.txt"),
    ("administrator change", "claims administrator from April 1, 2026", "other/plan-document-2026-section-9-1-excerpt.txt"),
    ("rule keeping the date", "is treated as filed with the Plan on the\ndate the prior claims administrator received it",
     "other/plan-document-2026-section-9-1-excerpt.txt"),
    ("CARC", "CO-29", "denial/explanation-of-benefits-2026-11-10.txt"),
    ("days", "S9480 x18", "denial/explanation-of-benefits-2026-11-10.txt"),
    ("drug continued", "sertraline 150 mg since 06/2025, partial response,\ncontinued",
     "clinical/iop-discharge-summary-2026-04-10.txt"),
    ("intolerance", "stopped after 3 weeks for raised blood pressure and sweating",
     "clinical/iop-discharge-summary-2026-04-10.txt"),
    ("outcome", "PHQ-9 19 at admission, 8 at discharge", "clinical/iop-discharge-summary-2026-04-10.txt"),
]


# ---------------------------------------------------------------------------------------------------------------
C05 = dict(SLUG="05-student-plan-php-ended-mid-approval-notice-next-day-expedited-appeal-mother")
C05["CASE_YAML"] = """
# FICTIONAL CASE (set 62, case 05) - every person, plan, provider, number and address is invented.
# University student health insurance plan (insured). The plan approved 15 partial-hospitalization days through
# 12/11/2026, then on 12/03/2026 (after 6 pm) ended coverage after that day. The adult IOP the plan named has no
# opening until 01/04/2027. The student's mother, with her written authorization, files an expedited appeal; the
# treating psychiatrist certifies the urgency.
patient:
  name: Soraya Velikova-Dunn
  salutation: Ms. Velikova-Dunn
  date_of_birth: 2006-03-14
  member_id: FICT-LSU-26-0041877
  address: |-
    410 Langdon Street, Room 512
    Madison, WI 53703
  phone: (608) 555-0115
insurer:
  name: Prairie Mutual Life (FICTIONAL), Lakeshore State University Student Health Insurance Plan
  appeals_address: |-
    Prairie Mutual Life - Student Plan Appeals (FICTIONAL)
    PO Box 12870
    Milwaukee, WI 53212
  fax: (414) 555-0158
claim:
  number: PM-26-1123-77410
  plan_type: individual_aca
  student: true
  funding: insured
  notice_date: 2026-12-03
  appeal_deadline: 2027-06-01
  deadline_basis: >-
    Notice of 12/03/2026: "You may appeal within 180 days of receiving this notice. If waiting could seriously harm
    your health, you may ask for an expedited appeal." Counted from the notice date.
  urgent: true
  action: end
  action_date: 2026-12-04
  setting: partial_hospitalization
  service_dates: [2026-12-04, 2026-12-11]
  pending_services: remaining 4 program days (12/08/2026 through 12/11/2026)
  revenue_codes: ["0912"]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    Continued partial hospitalization is not medically necessary after 12/03/2026. Your mood has improved (PHQ-9 14)
    and you can be treated at a lower level of care, intensive outpatient. Coverage for partial hospitalization ends
    after 12/03/2026 (criteria BH-PHP-5, continued stay criterion 2).
  denial_category: medical_necessity
  denial_reasons: [medical_necessity, level_of_care]
  reviewer:
    name: Dr. Gale Sorensen
    specialty: family medicine
plan_policy:
  name: Prairie Mutual Life behavioral health criteria BH-PHP-5, partial hospitalization, continued stay
  number: BH-PHP-5
  quote: >-
    Continued stay criterion 2: the member's symptoms still require daily structured treatment that cannot be given
    safely at a less intensive level of care that is available to the member.
  file: other/criteria-bh-php-5-excerpt.txt
  other_terms: >-
    Certificate Section 10.3, Concurrent care: If we have approved an ongoing course of treatment for a period of
    time or number of treatments, we will not reduce or end it before its end unless we first notify you in time for
    you to appeal and get a decision on the appeal before the benefit is reduced or ended.
  other_terms_file: other/certificate-2026-2027-section-10-3-excerpt.txt
  other_terms_apply: >-
    The plan approved 15 program days through 12/11/2026; its notice was posted after 6 pm on 12/03/2026 and ended
    coverage the next day, leaving no time to appeal and get a decision before the cut.
prior_auth:
  approved:
    number: authorization PM-26-1123-77410
    date: 2026-11-23
    covers: partial hospitalization, up to 15 program days, 11/23/2026 through 12/11/2026
    quote: >-
      Approved: partial hospitalization program (revenue code 0912), up to 15 program days, 11/23/2026-12/11/2026.
    file: other/authorization-2026-11-23.txt
    from: 2026-11-23
    through: 2026-12-11
    lines:
      - {code: "0912", units: 15, given: 9}
payer_criteria:
  - criterion: >-
      Continued stay criterion 2: symptoms still require daily structured treatment that cannot be given safely at
      a less intensive level of care that is available to the member.
    how_met: >-
      PHQ-9 14 with passive death wishes on 12/02/2026 after a suicide attempt on 11/19/2026; the only intensive
      outpatient program in reach has no opening until 01/04/2027.
    met: true
    evidence:
      - {file: clinical/php-progress-note-2026-12-02.txt, page: 1}
      - {file: clinical/discharge-planning-note-2026-12-04.txt, page: 1}
alternatives:
  - level: intensive outpatient
    name: Lakeshore Behavioral Health adult intensive outpatient program
    first_opening: 2027-01-04
    why_not: waitlist; first opening 01/04/2027
    proof: clinical/discharge-planning-note-2026-12-04.txt
treatment:
  name: Partial hospitalization program (revenue code 0912)
  summary: >-
    Daily structured treatment after a suicide attempt, through the 15 program days the plan approved.
  plan: >-
    Partial hospitalization 5 days a week, 6 hours a day, through 12/11/2026 (the approved days); then step down to
    intensive outpatient when a place opens, with weekly psychiatry visits in between.
clinical:
  severity: PHQ-9 24 on 11/23/2026; PHQ-9 14 on 12/02/2026
  severity_date: 2026-12-02
  suicidality: passive
  suicidality_date: 2026-12-02
  response: PHQ-9 24 (11/23/2026) to 14 (12/02/2026)
  response_level: partial
  history:
    - drug: Fluoxetine
      dose: 20 mg daily
      start: 2022-02
      end: 2023-01
      kind: antidepressant
      response: remission
      failed: false
      outcome: Remission in an earlier episode at age 16 (2022)
      evidence: {file: clinical/php-progress-note-2026-12-02.txt, page: 1}
    - drug: Sertraline
      dose: 150 mg daily
      start: 2026-04
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued
      evidence: {file: clinical/php-progress-note-2026-12-02.txt, page: 1}
    - drug: Aripiprazole
      dose: 2 mg daily (added to sertraline)
      start: 2026-09
      end: 2026-10
      weeks: 2
      kind: augmentation
      adequate: false
      outcome: Stopped after 10 days for akathisia (intolerance)
      evidence: {file: clinical/php-progress-note-2026-12-02.txt, page: 1}
    - drug: Hydroxyzine
      dose: 25 mg at bedtime for sleep
      start: 2026-11
      ongoing: true
      kind: other
      outcome: Sleep aid only; not an antidepressant trial
      evidence: {file: clinical/php-progress-note-2026-12-02.txt, page: 1}
impact:
  hospitalizations: Inpatient psychiatric stay 11/19/2026-11/23/2026 after a suicide attempt (overdose)
  relapse: Her last step down from more intensive care, in 2023, was followed by a relapse within six weeks.
urgency:
  reason: >-
    She is 12 days from a suicide attempt and still has passive death wishes; ending daily treatment now, with no
    intensive outpatient opening until 01/04/2027, would leave her with weekly visits only.
  certified_by: Dr. Marguerite Osei-Lindqvist, MD
author:
  name: Katarina Velikova
  role: Mother, authorized representative
  relation: representative
  authorization: other/authorization-to-represent-2026-12-04.txt
  address: |-
    77 Birchwood Court
    Green Bay, WI 54301
  phone: (920) 555-0126
  email: k.velikova@mail.example
provider:
  name: Dr. Marguerite Osei-Lindqvist
  credentials: MD, psychiatry, medical director, Isthmus Partial Hospitalization Program
  npi: "1762048357"
  address: |-
    1200 East Washington Avenue
    Madison, WI 53703
  phone: (608) 555-0181
record_dates:
  - file: clinical/php-progress-note-2026-12-02.txt
    date: 2026-12-02
  - file: clinical/discharge-planning-note-2026-12-04.txt
    date: 2026-12-04
copies: [prescriber]
bates_prefix: VELIKOVADUNN
""" + FOOTER
C05["DOCS"] = {
    "denial/concurrent-review-notice-2026-12-03.txt": """
PRAIRIE MUTUAL LIFE (FICTIONAL) - LAKESHORE STATE UNIVERSITY STUDENT HEALTH INSURANCE PLAN
NOTICE OF CONCURRENT REVIEW DECISION     Date: 12/03/2026   Posted to member portal 12/03/2026 6:42 PM
Member: Soraya Velikova-Dunn   ID FICT-LSU-26-0041877   Reference PM-26-1123-77410   Page 1 of 1
Reviewer: Dr. Gale Sorensen, family medicine

Continued partial hospitalization is not medically necessary after 12/03/2026. Your mood has improved (PHQ-9 14)
and you can be treated at a lower level of care, intensive outpatient. Coverage for partial hospitalization ends
after 12/03/2026 (criteria BH-PHP-5, continued stay criterion 2).

You may appeal within 180 days of receiving this notice. If waiting could seriously harm your health, you may ask
for an expedited appeal; we will decide it within 72 hours. Fax (414) 555-0158.
""",
    "other/authorization-2026-11-23.txt": """
PRAIRIE MUTUAL LIFE (FICTIONAL) - AUTHORIZATION APPROVAL                                     Date: 11/23/2026
Member: Soraya Velikova-Dunn   Reference PM-26-1123-77410   Page 1 of 1
Facility: Isthmus Partial Hospitalization Program (NPI 1762048357 group)
Approved: partial hospitalization program (revenue code 0912), up to 15 program days, 11/23/2026-12/11/2026.
""",
    "other/certificate-2026-2027-section-10-3-excerpt.txt": """
PRAIRIE MUTUAL LIFE (FICTIONAL) - STUDENT HEALTH INSURANCE PLAN CERTIFICATE 2026-2027 (excerpt)   Page 58 of 80
Section 10.3 Concurrent care
If we have approved an ongoing course of treatment for a period of time or number of treatments, we will not
reduce or end it before its end unless we first notify you in time for you to appeal and get a decision on the
appeal before the benefit is reduced or ended.
""",
    "other/criteria-bh-php-5-excerpt.txt": """
PRAIRIE MUTUAL LIFE (FICTIONAL) - BEHAVIORAL HEALTH CRITERIA BH-PHP-5 (excerpt)                  Page 2 of 4
Partial hospitalization, continued stay
Continued stay criterion 2: the member's symptoms still require daily structured treatment that cannot be given
safely at a less intensive level of care that is available to the member.
""",
    "other/authorization-to-represent-2026-12-04.txt": """
AUTHORIZATION TO REPRESENT (names FICTIONAL)                                               Date: 12/04/2026
I, Soraya Velikova-Dunn (member ID FICT-LSU-26-0041877), authorize my mother, Katarina Velikova, to appeal
Prairie Mutual Life's decision of 12/03/2026 for me and to receive my health information for it.
Signed: Soraya Velikova-Dunn
""",
    "other/university-counseling-intake-2024-stale.txt": """
LAKESHORE STATE UNIVERSITY COUNSELING CENTER (FICTIONAL) - INTAKE SUMMARY                  Date: 09/12/2024
Student: Soraya Velikova-Dunn   Page 1 of 1
Presenting concern: adjustment to college. PHQ-9 7. No history of self-harm reported. Plan: 4 sessions.
""",
    "clinical/php-progress-note-2026-12-02.txt": """
ISTHMUS PARTIAL HOSPITALIZATION PROGRAM (FICTIONAL) - PSYCHIATRY PROGRESS NOTE              Date: 12/02/2026
Patient: Soraya Velikova-Dunn   DOB 03/14/2006   Page 1 of 1
Attending: Dr. Marguerite Osei-Lindqvist, MD
Admitted to PHP 11/23/2026 after inpatient stay 11/19-11/23/2026 following an overdose (suicide attempt).
Diagnosis: major depressive disorder, recurrent, severe without psychotic features (F33.2).
PHQ-9 24 on 11/23/2026; 14 on 12/02/2026 - partial response, not remission. Passive death wishes most days this
week; no plan or intent; safety plan reviewed. Needs daily structure; not ready for step-down.
Medication: fluoxetine 20 mg 02/2022-01/2023, remission in an earlier episode (age 16); sertraline 150 mg since
04/2026, partial response, continued; aripiprazole 2 mg added 09/2026, stopped after 10 days for akathisia;
hydroxyzine 25 mg at bedtime for sleep since 11/2026.
""",
    "clinical/discharge-planning-note-2026-12-04.txt": """
ISTHMUS PARTIAL HOSPITALIZATION PROGRAM (FICTIONAL) - DISCHARGE PLANNING NOTE               Date: 12/04/2026
Patient: Soraya Velikova-Dunn   Page 1 of 1
12/04/2026 09:30: called Lakeshore Behavioral Health adult intensive outpatient program (the in-network IOP the
plan named). Intake: waitlist; first opening 01/04/2027. No other in-network adult IOP within 60 miles.
Patient continues to attend PHP while the expedited appeal is filed.
""",
    "clinical/php-group-attendance-2026-12-02.txt": """
ISTHMUS PARTIAL HOSPITALIZATION PROGRAM (FICTIONAL) - GROUP ATTENDANCE, 12/02/2026            Page 1 of 1
Morning process group: S. Velikova-Dunn (present), R. Amundsen (present), T. Kowalczyk (present),
D. Farouk (absent).
Afternoon DBT skills: S. Velikova-Dunn (present), R. Amundsen (present), T. Kowalczyk (left early).
""",
}
C05["TRUTH"] = """
# 05 - Student health plan: partial hospitalization ended mid-approval by a notice posted the evening before; expedited appeal by the mother (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Soraya Velikova-Dunn, 20 (DOB 03/14/2006), a student covered by the **Lakeshore State University Student Health
  Insurance Plan** (Prairie Mutual Life, insured; student coverage, individual-market appeal rules), entered partial
  hospitalization on **11/23/2026** after an inpatient stay (11/19-11/23/2026) for a suicide attempt.
- The plan **approved up to 15 program days, 11/23/2026-12/11/2026** (PM-26-1123-77410).
- Its concurrent-review notice dated **12/03/2026, posted 6:42 PM**, ends coverage **after 12/03/2026** (so from
  12/04/2026), saying she "can be treated at a lower level of care, intensive outpatient" (PHQ-9 14). The reviewer is
  a family physician.
- **Certificate Section 10.3** (and the ERISA claims rule the individual-market rule adopts, 29 CFR
  2560.503-1(f)(2)(ii)(A) through 45 CFR 147.136(b)(3)): an approved course is not ended early unless the member is
  notified in time to appeal and get a decision first. A notice posted the evening before the cut gave no such time.
- PHQ-9 24 to 14: a **partial response, not remission**; passive death wishes on 12/02/2026. The only in-network IOP
  has **no opening until 01/04/2027** (discharge planning note, 12/04/2026).
- Nine program days have been given (seven to 12/03, then 12/04 and 12/07, attended while the appeal is filed),
  within the 15 approved; **4 program days remain (12/08-12/11/2026)**.
- **Rule and stage:** expedited first internal appeal, decided within **72 hours**; an expedited external review may
  run at the same time (45 CFR 147.136(d)(3)); standard appeal window 180 days: by 06/01/2027.
- **Author:** her mother, with Soraya's written authorization (an adult); the psychiatrist certifies the urgency.

### Expected answers (16)
1. Plan type: `individual_aca`, student coverage. 2. Notice date: 12/03/2026. 3. Posted: 6:42 PM. 4. Approved
days: up to 15. 5. Approval dates: 11/23/2026-12/11/2026. 6. Coverage ends after: 12/03/2026. 7. Days left: 4
(12/08-12/11). 8. Certificate section: 10.3. 9. Criterion: BH-PHP-5 continued stay criterion 2. 10. IOP first
opening: 01/04/2027. 11. PHQ-9: 24 to 14. 12. Suicidality: passive death wishes, 12/02/2026. 13. Reviewer
specialty: family medicine. 14. Decision time asked: 72 hours. 15. Drug continued: sertraline 150 mg.
16. Intolerance: aripiprazole 2 mg, akathisia after 10 days.

## Deliberately unknown
- Whether the plan will pay 12/04 and 12/07 if the appeal succeeds: not decided; the letter asks.
- Whether Wisconsin's external review body has a faster route for students: not in the case.
- The cost of the program days: not in the case.

## Traps
- **Rule and date first.** The plan approved the days through 12/11; its own Section 10.3 forbids ending them
  without time to appeal. This comes before the clinical answer.
- **"Lower level of care"** was not available: the IOP's first opening is 01/04/2027 - a level-of-care answer, not a
  network-gap exception.
- **Partial response is not remission**; PHQ-9 14 is not "improved enough".
- **Stale document:** the 2024 counseling intake ("no history of self-harm", PHQ-9 7) predates the attempt.
- **Other people on a document:** the group attendance sheet names other patients (Amundsen, Kowalczyk, Farouk).
- **Drug still taken:** sertraline continues (partial), never "failed"; **aripiprazole** is an intolerance (10 days);
  **hydroxyzine** is a sleep aid; **fluoxetine 2022** was a remission in an earlier episode.
- **Suicidality:** passive on 12/02/2026, an attempt on 11/19/2026: never "active ideation" now, never "no risk".
- **Student plan:** never the Marketplace network rule (45 CFR 156.230); not ERISA as governing law (insured
  individual-market coverage).
- **Voice:** the mother writes about "Ms. Velikova-Dunn"/"my daughter", never "I" as the patient; the urgency is the
  psychiatrist's, not the mother's.

## Arguments a strong letter makes (strongest first)
1. The plan approved 15 program days through 12/11/2026. Under Certificate Section 10.3 it may not end them before
   then without notice in time to appeal and get a decision; a notice posted at 6:42 PM on 12/03 ending coverage on
   12/04 gave none. Keep the approved days covered (12/04 through 12/11) while this appeal is decided.
2. Expedited appeal: certified by the treating psychiatrist; decide within 72 hours; expedited external review at the
   same time.
3. Criterion 2 is met: daily structure still needed (PHQ-9 14, partial; passive death wishes 12/02; attempt 11/19)
   and the lower level named is not available until 01/04/2027.
4. The reviewer is a family physician, not a psychiatrist; ask for review by one.

## What a letter must NOT say
- "remission"; "fully recovered"; "no suicidal ideation"; "active suicidal ideation" as current.
- "network gap exception"; "45 CFR 156.230"; "ERISA" as governing law.
- "failed sertraline"; aripiprazole as an adequate trial; hydroxyzine as a trial.
- "Amundsen"; "Kowalczyk"; "Farouk"; "PHQ-9 7" as current; "no history of self-harm".
- "I was admitted" (the mother is not the patient); "pay the claim" for care still to come.
"""
C05["ANSWERS"] = [
    ("plan type", "student: true", "case.yaml"),
    ("notice date", "Date: 12/03/2026   Posted to member portal", "denial/concurrent-review-notice-2026-12-03.txt"),
    ("posted", "12/03/2026 6:42 PM", "denial/concurrent-review-notice-2026-12-03.txt"),
    ("approved days", "up to 15 program days", "other/authorization-2026-11-23.txt"),
    ("approval dates", "11/23/2026-12/11/2026", "other/authorization-2026-11-23.txt"),
    ("coverage ends", "Coverage for partial hospitalization ends\nafter 12/03/2026",
     "denial/concurrent-review-notice-2026-12-03.txt"),
    ("days left", "remaining 4 program days (12/08/2026 through 12/11/2026)", "case.yaml"),
    ("certificate section", "Section 10.3 Concurrent care", "other/certificate-2026-2027-section-10-3-excerpt.txt"),
    ("criterion", "continued stay criterion 2", "denial/concurrent-review-notice-2026-12-03.txt"),
    ("IOP opening", "first opening 01/04/2027", "clinical/discharge-planning-note-2026-12-04.txt"),
    ("PHQ-9", "PHQ-9 24 on 11/23/2026; 14 on 12/02/2026", "clinical/php-progress-note-2026-12-02.txt"),
    ("suicidality", "Passive death wishes most days", "clinical/php-progress-note-2026-12-02.txt"),
    ("reviewer specialty", "Dr. Gale Sorensen, family medicine", "denial/concurrent-review-notice-2026-12-03.txt"),
    ("decision time", "we will decide it within 72 hours", "denial/concurrent-review-notice-2026-12-03.txt"),
    ("drug continued", "sertraline 150 mg since\n04/2026, partial response, continued",
     "clinical/php-progress-note-2026-12-02.txt"),
    ("intolerance", "stopped after 10 days for akathisia", "clinical/php-progress-note-2026-12-02.txt"),
]


# ---------------------------------------------------------------------------------------------------------------
C06 = dict(SLUG="06-original-medicare-maintenance-ect-pr-50-no-abn-redetermination-patient")
C06["CASE_YAML"] = """
# FICTIONAL CASE (set 62, case 06) - every person, contractor, provider, number and address is invented.
# Original Medicare Part B, hospital outpatient. Three monthly maintenance ECT treatments denied as not reasonable
# and necessary, with "You may be billed". No Advance Beneficiary Notice was given for ECT (the only ABN on file is
# a 2024 one for a lab test). The patient asks the MAC for a redetermination himself.
patient:
  name: Harold Quimby-Ashe
  salutation: Mr. Quimby-Ashe
  date_of_birth: 1955-01-08
  member_id: FICT-7TW4-KD2-XN83
  address: |-
    1740 Sunflower Lane
    Salina, KS 67401
  phone: (785) 555-0121
insurer:
  name: Heartland Plains Medicare Services, Jurisdiction 5 Part A/B Medicare Administrative Contractor (FICTIONAL)
  appeals_address: |-
    Heartland Plains Medicare Services - Redeterminations (FICTIONAL)
    PO Box 44190
    Omaha, NE 68144
  fax: (402) 555-0144
claim:
  number: HPM-26-290-448701
  plan_type: medicare
  notice_date: 2026-11-02
  appeal_deadline: 2027-03-07
  deadline_basis: >-
    Medicare Summary Notice of 11/02/2026: "If you disagree with a decision, file an appeal by March 7, 2027."
  service_dates: [2026-08-12, 2026-09-09, 2026-10-07]
  setting: outpatient
  procedure_codes: [90870]
  revenue_codes: ["0901"]
  diagnosis_codes: [F33.2]
  carc_codes: [PR-50]
  denial_reason: >-
    Medicare does not pay for this service because it is not reasonable and necessary: the information provided does
    not support the need for this many services in this period of time. You may be billed for this service.
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  coding_correct: true
  action: none
  abn_given: false
treatment:
  name: Maintenance electroconvulsive therapy (ECT), one treatment every 4 weeks (90870)
  summary: >-
    Monthly maintenance ECT after an acute course that brought remission, for recurrent depression that relapsed
    within three months each time ECT stopped.
  plan: >-
    One ECT treatment every 4 weeks for 6 months from 08/12/2026 (six treatments), MADRS before each; reassess at
    6 months and stop or space out if MADRS stays under 10.
  alongside: venlafaxine XR 225 mg daily and lithium 600 mg daily
clinical:
  severity: MADRS 38 on 04/06/2026 (before the acute course); MADRS 8 on 05/29/2026; MADRS 9 on 10/07/2026
  severity_date: 2026-10-07
  suicidality: none
  suicidality_date: 2026-10-07
  response: MADRS 38 (04/06/2026) to 8 (05/29/2026) after 12 acute treatments; 9 on 10/07/2026 on maintenance
  response_level: remission
  episode_onset: 2025-12
  history:
    - drug: Electroconvulsive therapy (earlier episode)
      dose: 10 acute treatments
      start: 2019-02
      end: 2019-03
      kind: neuromodulation
      sessions: 10
      response: remission
      failed: false
      outcome: Remission in 2019; relapsed within 3 months of stopping (no maintenance)
      evidence: {file: clinical/ect-treatment-summary-2026-10-07.txt, page: 1}
    - drug: Bupropion XL
      dose: 150 mg daily
      start: 2023-05
      end: 2023-05
      weeks: 2
      kind: antidepressant
      adequate: false
      outcome: Stopped after 2 weeks for anxiety and insomnia (intolerance)
      evidence: {file: clinical/ect-treatment-summary-2026-10-07.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 225 mg daily
      start: 2023-06
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued with maintenance ECT
      evidence: {file: clinical/ect-treatment-summary-2026-10-07.txt, page: 1}
    - drug: Lithium
      dose: 600 mg daily (level 0.7)
      start: 2024-01
      ongoing: true
      kind: augmentation
      adequate: true
      response: partial
      outcome: Partial response as augmentation; continued
      evidence: {file: clinical/ect-treatment-summary-2026-10-07.txt, page: 1}
    - drug: Electroconvulsive therapy (acute course)
      dose: 12 treatments
      start: 2026-04
      end: 2026-05
      kind: neuromodulation
      sessions: 12
      response: remission
      failed: false
      outcome: Remission (MADRS 38 to 8); relapse in 2023 within 3 months after an acute course without maintenance
      evidence: {file: clinical/ect-treatment-summary-2026-10-07.txt, page: 1}
    - drug: Quetiapine
      dose: 25 mg at bedtime for sleep
      start: 2024-01
      ongoing: true
      kind: other
      outcome: Sleep dose only; not an antipsychotic augmentation trial
      evidence: {file: clinical/ect-treatment-summary-2026-10-07.txt, page: 1}
impact:
  relapse: >-
    After acute ECT in 2019 and again in 2023, stopped without maintenance, the depression returned within three
    months each time; the 2023 relapse led to a hospital stay.
  hospitalizations: Inpatient psychiatric stay 08/2023 after the relapse
author:
  name: Harold Quimby-Ashe
  role: Patient (Medicare beneficiary)
  relation: patient
  address: |-
    1740 Sunflower Lane
    Salina, KS 67401
  phone: (785) 555-0121
provider:
  name: Smoky Hill Regional Hospital, outpatient ECT service
  credentials: hospital outpatient department; attending Dr. Philippa Norgaard, MD (psychiatry)
  npi: "1928473606"
  address: |-
    600 East Iron Avenue
    Salina, KS 67401
  phone: (785) 555-0175
record_dates:
  - file: clinical/ect-treatment-summary-2026-10-07.txt
    date: 2026-10-07
bates_prefix: QUIMBYASHE
""" + FOOTER
C06["DOCS"] = {
    "denial/medicare-summary-notice-2026-11-02.txt": """
MEDICARE SUMMARY NOTICE (FICTIONAL copy) - Part B Medical Insurance, outpatient facility claims
Notice date: 11/02/2026   Harold Quimby-Ashe   Medicare number FICT-7TW4-KD2-XN83   Page 1 of 1
Contractor: Heartland Plains Medicare Services (FICTIONAL)   Claim HPM-26-290-448701
Smoky Hill Regional Hospital
  08/12/2026  90870 / rev 0901  Amount billed $1,320.00  Medicare paid $0.00  You may be billed $1,320.00  (A)
  09/09/2026  90870 / rev 0901  Amount billed $1,320.00  Medicare paid $0.00  You may be billed $1,320.00  (A)
  10/07/2026  90870 / rev 0901  Amount billed $1,320.00  Medicare paid $0.00  You may be billed $1,320.00  (A)
(A) Medicare does not pay for this service because it is not reasonable and necessary: the information provided
does not support the need for this many services in this period of time. You may be billed for this service.
Group/reason: PR-50.

If you disagree with a decision, file an appeal by March 7, 2027. Send it to Heartland Plains Medicare Services -
Redeterminations, PO Box 44190, Omaha, NE 68144.
""",
    "other/hospital-statement-2026-11-20.txt": """
SMOKY HILL REGIONAL HOSPITAL (FICTIONAL) - PATIENT STATEMENT                              Date: 11/20/2026
Harold Quimby-Ashe   Account 2026-ECT-55821   Page 1 of 1
Outpatient ECT 08/12, 09/09, 10/07/2026. Medicare denied. Balance now your responsibility: $3,960.00.
No Advance Beneficiary Notice is on file for these services (billing office note, 11/20/2026).
""",
    "other/abn-2024-laboratory-stale.txt": """
ADVANCE BENEFICIARY NOTICE OF NONCOVERAGE (copy; FICTIONAL)                           Signed: 03/11/2024
Patient: Harold Quimby-Ashe   Notifier: Smoky Hill Regional Hospital laboratory
Item: vitamin D level (screening). Reason Medicare may not pay: screening frequency. Option 1 chosen.
""",
    "other/ect-suite-schedule-2026-09-09.txt": """
SMOKY HILL REGIONAL HOSPITAL (FICTIONAL) - ECT SUITE SCHEDULE, 09/09/2026                 Page 1 of 1
07:00  H. Quimby-Ashe   maintenance (every 4 weeks)   Dr. Norgaard
07:30  M. Delacroix     acute, treatment 5            Dr. Norgaard
08:00  S. Whitlow       acute, treatment 9            Dr. Brannan
""",
    "clinical/ect-treatment-summary-2026-10-07.txt": """
SMOKY HILL REGIONAL HOSPITAL (FICTIONAL) - ECT TREATMENT SUMMARY                           Date: 10/07/2026
Patient: Harold Quimby-Ashe   DOB 01/08/1955   Page 1 of 1
Attending: Dr. Philippa Norgaard, MD (psychiatry)
Diagnosis: major depressive disorder, recurrent, severe without psychotic features (F33.2); episode since 12/2025.
Acute course: 12 treatments 04/06/2026-05/29/2026, MADRS 38 to 8 (remission).
Maintenance: every 4 weeks from 08/12/2026 (08/12, 09/09, 10/07); MADRS 9 on 10/07/2026. No suicidal ideation.
Why maintenance: ECT in 02/2019-03/2019 (10 treatments) brought remission, then relapse within 3 months of stopping;
again after an acute course in 2023, relapse within 3 months and an inpatient stay in 08/2023.
Medication: bupropion XL 150 mg 05/2023, stopped after 2 weeks for anxiety and insomnia; venlafaxine XR 225 mg since
06/2023, partial response, continued; lithium 600 mg since 01/2024 (level 0.7), partial response, continued;
quetiapine 25 mg at bedtime for sleep since 01/2024.
Plan: maintenance every 4 weeks for 6 months (six treatments), then reassess.
""",
}
C06["TRUTH"] = """
# 06 - Original Medicare: monthly maintenance ECT denied with "You may be billed" and no ABN; redetermination by the patient (FICTIONAL)

All people, contractors, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Harold Quimby-Ashe, 71 (DOB 01/08/1955), has **Original Medicare Part B**. After an acute ECT course (12
  treatments, 04/06-05/29/2026, MADRS 38 to 8) he had **maintenance ECT every 4 weeks: 08/12, 09/09 and 10/07/2026**
  (90870, revenue 0901) at Smoky Hill Regional Hospital.
- The **Medicare Summary Notice of 11/02/2026** (claim HPM-26-290-448701, **PR-50**) denies all three as not reasonable
  and necessary ("this many services in this period of time") and says "You may be billed"; the hospital billed him
  **$3,960.00**.
- **No ABN was given for ECT**: the hospital's own billing note says none is on file; the only ABN he signed is from
  **03/11/2024, for a vitamin D test**.
- **Limitation on liability**, Social Security Act section 1879 (42 U.S.C. 1395pp(a); 42 CFR 411.404): a beneficiary
  who did not know, and could not reasonably have known, that Medicare would not pay is not liable; written notice
  (an ABN) is how a provider shows he knew. Without one, the liability falls on the provider.
- Maintenance is supported: ECT in 2019 and an acute course in 2023 were each followed by relapse within three
  months; MADRS 9 on 10/07/2026 on maintenance. Venlafaxine XR and lithium continue.
- **Rule and stage:** MAC **redetermination**, 120 days from receipt (42 CFR 405.942); the MSN prints **03/07/2027**;
  next a QIC reconsideration. No 72-hour route for a claim.
- **Author:** the patient, writing "I".

### Expected answers (16)
1. Plan type: `medicare`. 2. MSN date: 11/02/2026. 3. Deadline: 03/07/2027. 4. Dates: 08/12, 09/09, 10/07/2026.
5. Code: 90870. 6. Group/reason: PR-50. 7. Billed to him: $3,960.00. 8. ABN for ECT: none on file. 9. The only ABN:
03/11/2024, vitamin D. 10. Acute course: 12 treatments, MADRS 38 to 8. 11. MADRS on maintenance: 9 on 10/07/2026.
12. Relapse history: within 3 months after 2019 and 2023. 13. Hospital stay: 08/2023. 14. Drugs continued:
venlafaxine XR 225 mg, lithium 600 mg. 15. Intolerance: bupropion XL, 2 weeks. 16. Sleep dose: quetiapine 25 mg.

## Deliberately unknown
- Whether the contractor applied a local coverage determination, and which: the MSN names none; a letter may ask.
- Whether the hospital will refund or hold the bill: not known.
- The Medicare-approved amount per treatment: not in the case.

## Traps
- **Rule first:** no ABN for ECT, so under section 1879 he is not liable; ask for that finding whatever the
  contractor decides on necessity.
- **Stale document:** the 2024 ABN is for a lab test; a letter must never say an ABN was signed for ECT.
- **Other people on a document:** the ECT suite schedule names two other patients.
- **Drugs still taken:** venlafaxine XR and lithium continue (partial), never "failed" or "stopped". **Quetiapine 25
  mg** is a sleep dose. **Bupropion** is an intolerance (2 weeks). **ECT 2019** and the 2026 acute course are
  remissions, never failures.
- **Wrong law:** Original Medicare has no plan terms: no "plan policy", no "the plan's own terms", no ERISA,
  147.136, MHPAEA, external review or state insurance department; no 72-hour expedited appeal of a claim.
- **Voice:** the patient writes "I", never "Mr. Quimby-Ashe has ..." about himself.

## Arguments a strong letter makes (strongest first)
1. No Advance Beneficiary Notice was given for the ECT (the hospital's note; the only ABN is a 2024 lab form):
   under section 1879 (42 U.S.C. 1395pp(a); 42 CFR 411.404) I am not liable; ask for the limitation-on-liability
   finding and the correction of "You may be billed".
2. Maintenance ECT every 4 weeks is reasonable and necessary: remission after the acute course, relapse within three
   months twice before when ECT stopped (one leading to a hospital stay), MADRS 9 on maintenance, a 6-month plan
   with reassessment.
3. Ask which coverage rule the contractor applied and for the records it relied on.

## What a letter must NOT say
- "an ABN was signed" for ECT; "I agreed to pay"; "I was told Medicare might not pay".
- "the plan"; "plan policy"; "ERISA"; "45 CFR 147.136"; "MHPAEA"; "external review"; "72 hours".
- "failed venlafaxine"; "failed lithium"; "failed ECT"; quetiapine or bupropion as an adequate trial.
- "suicidal ideation"; "Delacroix"; "Whitlow".
"""
C06["ANSWERS"] = [
    ("plan type", "plan_type: medicare", "case.yaml"),
    ("MSN date", "Notice date: 11/02/2026", "denial/medicare-summary-notice-2026-11-02.txt"),
    ("deadline", "file an appeal by March 7, 2027", "denial/medicare-summary-notice-2026-11-02.txt"),
    ("dates", "Outpatient ECT 08/12, 09/09, 10/07/2026", "other/hospital-statement-2026-11-20.txt"),
    ("code", "90870 / rev 0901", "denial/medicare-summary-notice-2026-11-02.txt"),
    ("group/reason", "Group/reason: PR-50", "denial/medicare-summary-notice-2026-11-02.txt"),
    ("billed to him", "$3,960.00", "other/hospital-statement-2026-11-20.txt"),
    ("ABN for ECT", "No Advance Beneficiary Notice is on file for these services", "other/hospital-statement-2026-11-20.txt"),
    ("only ABN", "Item: vitamin D level (screening)", "other/abn-2024-laboratory-stale.txt"),
    ("acute course", "12 treatments 04/06/2026-05/29/2026, MADRS 38 to 8", "clinical/ect-treatment-summary-2026-10-07.txt"),
    ("MADRS on maintenance", "MADRS 9 on 10/07/2026", "clinical/ect-treatment-summary-2026-10-07.txt"),
    ("relapse history", "relapse within 3 months of stopping", "clinical/ect-treatment-summary-2026-10-07.txt"),
    ("hospital stay", "an inpatient stay in 08/2023", "clinical/ect-treatment-summary-2026-10-07.txt"),
    ("drugs continued", "lithium 600 mg since 01/2024 (level 0.7), partial response, continued",
     "clinical/ect-treatment-summary-2026-10-07.txt"),
    ("intolerance", "stopped after 2 weeks for anxiety and insomnia", "clinical/ect-treatment-summary-2026-10-07.txt"),
    ("sleep dose", "quetiapine 25 mg at bedtime for sleep", "clinical/ect-treatment-summary-2026-10-07.txt"),
]


# ---------------------------------------------------------------------------------------------------------------
C07 = dict(SLUG="07-part-d-pdp-trintellix-20mg-approval-entered-for-10mg-expedited-redetermination-np")
C07["CASE_YAML"] = """
# FICTIONAL CASE (set 62, case 07) - every person, plan, provider, number and address is invented.
# Stand-alone Part D plan. The plan approved vortioxetine (Trintellix) "5 mg, 10 mg or 20 mg" through 06/10/2027,
# but its pharmacy system holds the approval for the 10 mg tablet only; the 20 mg fill after a dose increase was
# rejected and a coverage determination denied it. The prescribing nurse practitioner asks for an expedited
# redetermination.
patient:
  name: Beatriz Holloway-Tran
  salutation: Ms. Holloway-Tran
  date_of_birth: 1957-05-19
  member_id: FICT-PD-66310284
  address: |-
    58 Quail Street
    Albany, NY 12206
  phone: (518) 555-0129
insurer:
  name: Evergreen Crest Rx (FICTIONAL Medicare Part D prescription drug plan)
  appeals_address: |-
    Evergreen Crest Rx - Part D Redeterminations (FICTIONAL)
    PO Box 90155
    Syracuse, NY 13221
  fax: (315) 555-0147
claim:
  number: ECR-CD-26-1202-09117
  plan_type: medicare_part_d
  notice_date: 2026-12-02
  appeal_deadline: 2027-02-05
  deadline_basis: >-
    Notice of denial of Medicare prescription drug coverage of 12/02/2026: "You must ask for a redetermination
    within 65 days from the date of this notice."
  urgent: true
  action: none
  denial_reason: >-
    Prior authorization required. The approval on file is for Trintellix (vortioxetine) 10 mg tablets. No approval is
    on file for Trintellix 20 mg tablets. Your prescriber may ask for a new prior authorization.
  denial_category: prior_authorization
  denial_reasons: [prior_authorization]
  diagnosis_codes: [F33.1]
  corrections:
    - said: The approval on file is for Trintellix (vortioxetine) 10 mg tablets.
      record: >-
        The plan's approval letter of 06/11/2026 (PA-26-0611-20455) approves Trintellix 5 mg, 10 mg or 20 mg tablets,
        quantity 30 per 30 days, 06/11/2026-06/10/2027.
      file: other/prior-authorization-approval-2026-06-11.txt
      page: 1
prior_auth:
  approved:
    number: prior authorization PA-26-0611-20455
    date: 2026-06-11
    covers: Trintellix (vortioxetine) 5 mg, 10 mg or 20 mg tablets, one daily, 06/11/2026 through 06/10/2027
    quote: >-
      Approved: Trintellix (vortioxetine) 5 mg, 10 mg or 20 mg tablets, quantity 30 per 30 days. Approval dates:
      06/11/2026 - 06/10/2027.
    file: other/prior-authorization-approval-2026-06-11.txt
    from: 2026-06-11
    through: 2027-06-10
    what_went_wrong: entered in the plan's pharmacy claims system for the 10 mg tablet only
    entered: other/pharmacy-rejection-2026-11-28.txt
prescriber_statement:
  date: 2026-12-03
  quote: >-
    Ms. Holloway-Tran had a partial response to vortioxetine 10 mg over 22 weeks; on 11/24/2026 I raised the dose to
    20 mg, the labeled maximum. Two other antidepressants caused intolerable effects, and an interruption now risks
    relapse of a depression that led to a hospital stay in 2023.
  file: other/prescriber-supporting-statement-2026-12-03.txt
urgency:
  reason: >-
    She has no 20 mg tablets; going back to 10 mg or stopping now risks relapse of a depression that needed a hospital
    stay in 2023.
  certified_by: Renata Falkowski, DNP, PMHNP-BC
treatment:
  name: Trintellix (vortioxetine) 20 mg tablets, one daily
  summary: >-
    A dose increase of the antidepressant she already takes, within the plan's own approval.
  plan: Vortioxetine 20 mg daily from 11/24/2026; PHQ-9 every 4 weeks; review at 8 weeks.
clinical:
  severity: PHQ-9 15 on 11/24/2026
  severity_date: 2026-11-24
  suicidality: none
  suicidality_date: 2026-11-24
  history:
    - drug: Citalopram
      dose: 20 mg daily
      start: 2011-03
      end: 2012-04
      kind: antidepressant
      response: remission
      failed: false
      outcome: Remission in an earlier episode (2011)
      evidence: {file: clinical/psychiatric-progress-note-2026-11-24.txt, page: 1}
    - drug: Paroxetine
      dose: 20 mg daily
      start: 2023-01
      end: 2023-02
      weeks: 3
      kind: antidepressant
      adequate: false
      outcome: Stopped after 3 weeks for sedation and dizziness (intolerance)
      evidence: {file: clinical/psychiatric-progress-note-2026-11-24.txt, page: 1}
    - drug: Duloxetine
      dose: 30 mg daily
      start: 2025-10
      end: 2025-10
      weeks: 2
      kind: antidepressant
      adequate: false
      outcome: Stopped after 2 weeks for nausea (intolerance)
      evidence: {file: clinical/psychiatric-progress-note-2026-11-24.txt, page: 1}
    - drug: Vortioxetine
      dose: 10 mg daily
      start: 2026-06
      end: 2026-11
      weeks: 22
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; dose raised to 20 mg on 11/24/2026 (taking 10 mg until the 20 mg is filled)
      evidence: {file: clinical/psychiatric-progress-note-2026-11-24.txt, page: 1}
    - drug: Trazodone
      dose: 25 mg at bedtime for sleep
      start: 2023-03
      ongoing: true
      kind: other
      outcome: Sleep dose only; not an antidepressant trial
      evidence: {file: clinical/psychiatric-progress-note-2026-11-24.txt, page: 1}
impact:
  hospitalizations: Inpatient psychiatric stay 02/2023 during the episode before this one
author:
  name: Renata Falkowski
  role: Treating psychiatric nurse practitioner (DNP, PMHNP-BC), the prescriber
  relation: prescriber
  address: |-
    Capital Region Mental Health Associates (FICTIONAL), 22 New Scotland Avenue
    Albany, NY 12208
  phone: (518) 555-0176
  fax: (518) 555-0177
  email: rfalkowski@crmha.example
provider:
  name: Renata Falkowski
  credentials: DNP, PMHNP-BC
  npi: "1340582976"
  address: |-
    22 New Scotland Avenue
    Albany, NY 12208
  phone: (518) 555-0176
record_dates:
  - file: clinical/psychiatric-progress-note-2026-11-24.txt
    date: 2026-11-24
  - file: other/prescriber-supporting-statement-2026-12-03.txt
    date: 2026-12-03
bates_prefix: HOLLOWAYTRAN
""" + FOOTER
C07["DOCS"] = {
    "denial/notice-of-denial-of-drug-coverage-2026-12-02.txt": """
EVERGREEN CREST RX (FICTIONAL) - NOTICE OF DENIAL OF MEDICARE PRESCRIPTION DRUG COVERAGE    Date: 12/02/2026
Member: Beatriz Holloway-Tran   Member ID FICT-PD-66310284   Case ECR-CD-26-1202-09117   Page 1 of 1
Drug requested: Trintellix (vortioxetine) 20 mg tablets, #30
We denied this request: Prior authorization required. The approval on file is for Trintellix (vortioxetine) 10 mg
tablets. No approval is on file for Trintellix 20 mg tablets. Your prescriber may ask for a new prior
authorization.

You must ask for a redetermination within 65 days from the date of this notice. If your health could be seriously
harmed by waiting, ask for a fast (expedited) redetermination; we will decide within 72 hours. Your prescriber may
ask for you. Fax (315) 555-0147.
""",
    "other/prior-authorization-approval-2026-06-11.txt": """
EVERGREEN CREST RX (FICTIONAL) - COVERAGE DETERMINATION: APPROVED                           Date: 06/11/2026
Member: Beatriz Holloway-Tran   Member ID FICT-PD-66310284   Number: PA-26-0611-20455   Page 1 of 1
Prescriber: Renata Falkowski, DNP, PMHNP-BC
Approved: Trintellix (vortioxetine) 5 mg, 10 mg or 20 mg tablets, quantity 30 per 30 days. Approval dates:
06/11/2026 - 06/10/2027.
""",
    "other/pharmacy-rejection-2026-11-28.txt": """
HUDSON ROW PHARMACY (FICTIONAL) - CLAIM REJECTION PRINTOUT                         11/28/2026 14:16
Patient: HOLLOWAY-TRAN, BEATRIZ   Plan: Evergreen Crest Rx   Page 1 of 1
Rx 7730415  Trintellix 20 mg tab #30   REJECT 75: prior authorization required
Plan message: PA on file PA-26-0611-20455 limited to vortioxetine 10 mg tablet (NDC on file). Submit new PA.
""",
    "other/prescriber-supporting-statement-2026-12-03.txt": """
CAPITAL REGION MENTAL HEALTH ASSOCIATES (FICTIONAL) - PRESCRIBER SUPPORTING STATEMENT        Date: 12/03/2026
Re: Beatriz Holloway-Tran, Trintellix 20 mg   Page 1 of 1
Ms. Holloway-Tran had a partial response to vortioxetine 10 mg over 22 weeks; on 11/24/2026 I raised the dose to
20 mg, the labeled maximum. Two other antidepressants caused intolerable effects, and an interruption now risks
relapse of a depression that led to a hospital stay in 2023.
Renata Falkowski, DNP, PMHNP-BC
""",
    "other/household-pharmacy-history-2026.txt": """
HUDSON ROW PHARMACY (FICTIONAL) - HOUSEHOLD PRESCRIPTION HISTORY, 06/01/2026-11/30/2026       Page 1 of 1
HOLLOWAY-TRAN, BEATRIZ   vortioxetine 10 mg #30   fills 06/12, 07/11, 08/10, 09/09, 10/09, 11/07/2026
HOLLOWAY-TRAN, BEATRIZ   trazodone 50 mg #15 (1/2 tab)   fills 06/12, 08/10, 10/09/2026
TRAN, MINH               atorvastatin 40 mg #90   fills 07/02, 10/01/2026
TRAN, MINH               tamsulosin 0.4 mg #90    fills 07/02, 10/01/2026
""",
    "other/medication-list-2024-stale.txt": """
CAPITAL REGION MENTAL HEALTH ASSOCIATES (FICTIONAL) - MEDICATION LIST                        Date: 04/15/2024
Patient: Beatriz Holloway-Tran
Current: citalopram 20 mg daily (restarted 03/2024); trazodone 25 mg at bedtime. [Superseded list.]
""",
    "clinical/psychiatric-progress-note-2026-11-24.txt": """
CAPITAL REGION MENTAL HEALTH ASSOCIATES (FICTIONAL) - PROGRESS NOTE                          Date: 11/24/2026
Patient: Beatriz Holloway-Tran   DOB 05/19/1957   Page 1 of 1
Clinician: Renata Falkowski, DNP, PMHNP-BC
Diagnosis: major depressive disorder, recurrent, moderate (F33.1).
PHQ-9 15 today (PHQ-9 21 in 06/2026 before vortioxetine). No suicidal ideation.
Vortioxetine 10 mg since 06/2026: partial response after 22 weeks; raise to 20 mg daily today. Continue 10 mg until
the 20 mg is filled.
History: citalopram 20 mg 03/2011-04/2012, remission in an earlier episode; paroxetine 20 mg 01/2023-02/2023,
stopped after 3 weeks for sedation and dizziness; inpatient stay 02/2023; duloxetine 30 mg 10/2025, stopped after
2 weeks for nausea; trazodone 25 mg at bedtime for sleep since 03/2023.
""",
}
C07["TRUTH"] = """
# 07 - Part D: vortioxetine 20 mg denied although the plan's own approval names 20 mg; expedited redetermination by the nurse practitioner (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Beatriz Holloway-Tran, 69 (DOB 05/19/1957), in the stand-alone Part D plan **Evergreen Crest Rx**, has taken
  **vortioxetine 10 mg since 06/2026** (partial response after 22 weeks). On **11/24/2026** her nurse practitioner
  raised the dose to **20 mg**, the labeled maximum.
- The plan's **coverage determination PA-26-0611-20455 (06/11/2026)** approved "Trintellix (vortioxetine) 5 mg, 10 mg
  or 20 mg tablets, quantity 30 per 30 days", **06/11/2026 - 06/10/2027**.
- The pharmacy fill of 20 mg was rejected on **11/28/2026** ("PA on file ... limited to vortioxetine 10 mg tablet");
  the plan's notice of **12/02/2026** (ECR-CD-26-1202-09117) says the approval on file is for 10 mg only.
- The prescriber's supporting statement of **12/03/2026** (42 CFR 423.578(b) style) gives the reasons.
- **Rule and stage:** Part D redetermination, **65 days from the notice: by 02/05/2027** (42 CFR 423.582(b));
  **expedited**, decided within **72 hours** (423.584, 423.590); a prescriber may ask for it for the enrollee
  without an appointment (423.580) and may certify the urgency (423.584). Next: the independent review entity.
- **Author:** the treating nurse practitioner, the prescriber, writing "I" as the treating nurse practitioner.

### Expected answers (16)
1. Plan type: `medicare_part_d`. 2. Notice date: 12/02/2026. 3. Deadline: 02/05/2027. 4. Approval number:
PA-26-0611-20455. 5. Strengths approved: 5 mg, 10 mg or 20 mg. 6. Approval dates: 06/11/2026 - 06/10/2027.
7. Quantity: 30 per 30 days. 8. Rejection date: 11/28/2026. 9. What the system holds: 10 mg tablet only.
10. Dose raised: 11/24/2026 to 20 mg. 11. Decision time: 72 hours. 12. Statement date: 12/03/2026. 13. Intolerances:
paroxetine (3 weeks), duloxetine (2 weeks). 14. Earlier-episode response: citalopram, remission 2011. 15. PHQ-9:
15 on 11/24/2026. 16. Hospital stay: 02/2023.

## Deliberately unknown
- Why the plan's system held one NDC: not known.
- How many 10 mg tablets remain: not in the case (the note says to continue 10 mg until the 20 mg is filled).
- Whether the plan will accept a new request instead: the letter need not file one; it asks that the existing
  approval be honored.

## Traps
- **Plan document, not a new request.** The approval's own words cover 20 mg through 06/10/2027: honor it and
  correct the pharmacy system; do not argue step therapy, a formulary exception or medical necessity as the ground.
- **Drug still taken:** vortioxetine 10 mg is being taken (partial response) while 20 mg is awaited: never "failed"
  or "stopped"; the request is the same drug at a higher dose.
- **Sleep dose:** trazodone 25 mg (half of a 50 mg tablet) is not an antidepressant trial.
- **Intolerances:** paroxetine (3 weeks) and duloxetine (2 weeks) are intolerances, not adequate trials.
- **Earlier episode:** citalopram 2011 was a remission, not a failure; the 2024 medication list (citalopram) is
  stale.
- **Other person on a document:** the household pharmacy history includes Minh Tran's fills.
- **Voice:** the nurse practitioner writes "I" as the treating nurse practitioner, never "Dr.", "physician" or
  "psychiatrist"; the urgency is a prescriber's, which Part D's expedited rule accepts.
- **Wrong law:** no ERISA, 147.136, MHPAEA, state insurance department or external review; no Medicaid rules.

## Arguments a strong letter makes (strongest first)
1. The plan's own approval PA-26-0611-20455 covers Trintellix **5 mg, 10 mg or 20 mg**, 30 per 30 days, through
   06/10/2027; the 20 mg request falls within it. Honor it and correct the pharmacy system's record (10 mg only).
2. Decide on an expedited basis, within 72 hours: the prescriber certifies that waiting risks relapse of a
   depression that needed a hospital stay.
3. The supporting statement: partial response on 10 mg over 22 weeks, dose raised to the labeled maximum, two other
   antidepressants not tolerated.

## What a letter must NOT say
- "step therapy"; "formulary exception" or "tiering exception" as the ground; "new prior authorization" as needed.
- "failed vortioxetine"; "stopped vortioxetine"; trazodone, paroxetine or duloxetine as an adequate trial;
  "failed citalopram".
- "Dr. Falkowski"; "physician"; "psychiatrist" for the author.
- "Minh Tran"; "atorvastatin"; "tamsulosin"; "suicidal ideation".
- "ERISA"; "45 CFR 147.136"; "MHPAEA"; "external review".
"""
C07["ANSWERS"] = [
    ("plan type", "plan_type: medicare_part_d", "case.yaml"),
    ("notice date", "COVERAGE    Date: 12/02/2026", "denial/notice-of-denial-of-drug-coverage-2026-12-02.txt"),
    ("deadline", "appeal_deadline: 2027-02-05", "case.yaml"),
    ("approval number", "Number: PA-26-0611-20455", "other/prior-authorization-approval-2026-06-11.txt"),
    ("strengths", "5 mg, 10 mg or 20 mg tablets", "other/prior-authorization-approval-2026-06-11.txt"),
    ("approval dates", "06/11/2026 - 06/10/2027", "other/prior-authorization-approval-2026-06-11.txt"),
    ("quantity", "quantity 30 per 30 days", "other/prior-authorization-approval-2026-06-11.txt"),
    ("rejection", "CLAIM REJECTION PRINTOUT                         11/28/2026", "other/pharmacy-rejection-2026-11-28.txt"),
    ("system holds", "limited to vortioxetine 10 mg tablet", "other/pharmacy-rejection-2026-11-28.txt"),
    ("dose raised", "on 11/24/2026 I raised the dose to\n20 mg", "other/prescriber-supporting-statement-2026-12-03.txt"),
    ("decision time", "we will decide within 72 hours", "denial/notice-of-denial-of-drug-coverage-2026-12-02.txt"),
    ("statement date", "PRESCRIBER SUPPORTING STATEMENT        Date: 12/03/2026",
     "other/prescriber-supporting-statement-2026-12-03.txt"),
    ("intolerance", "stopped after 3 weeks for sedation and dizziness", "clinical/psychiatric-progress-note-2026-11-24.txt"),
    ("earlier episode", "remission in an earlier episode", "clinical/psychiatric-progress-note-2026-11-24.txt"),
    ("PHQ-9", "PHQ-9 15 today", "clinical/psychiatric-progress-note-2026-11-24.txt"),
    ("hospital stay", "inpatient stay 02/2023", "clinical/psychiatric-progress-note-2026-11-24.txt"),
]


# ---------------------------------------------------------------------------------------------------------------
C08 = dict(SLUG="08-county-plan-self-funded-psychotherapy-cob-subscriber-rule-daughters-eob-second-level-lpc")
C08["CASE_YAML"] = """
# FICTIONAL CASE (set 62, case 08) - every person, plan, provider, number and address is invented.
# County employees' plan, self-funded. Camille Dunstan-Reyes is a county employee (subscriber); her husband's
# employer plan also covers her as a dependent. Eight psychotherapy sessions were denied CO-22 ("spouse's plan
# primary"); the first level upheld, citing the other plan's EOB - which is her daughter's. The treating LPC files
# the second-level appeal with her written consent.
patient:
  name: Camille Dunstan-Reyes
  salutation: Ms. Dunstan-Reyes
  date_of_birth: 1984-10-02
  member_id: FICT-PCE-30071465
  address: |-
    2290 Magnolia Bend
    Macon, GA 31204
  phone: (478) 555-0133
insurer:
  name: Pinecrest County Employee Health Plan (FICTIONAL, self-funded), administered by Summit Ridge Administrators
  appeals_address: |-
    Summit Ridge Administrators - Second Level Appeals, for Pinecrest County Employee Health Plan (FICTIONAL)
    PO Box 7740
    Atlanta, GA 30357
  fax: (404) 555-0153
employer:
  name: Pinecrest County Human Resources, Benefits Office (FICTIONAL)
  address: |-
    700 Poplar Street
    Macon, GA 31201
claim:
  number: SRA-26-0930-40212
  plan_type: governmental
  funding: self_funded
  employees: 2600
  stage: second level
  notice_date: 2026-10-06
  service_dates: [2026-08-04, 2026-08-11, 2026-08-18, 2026-08-25, 2026-09-01, 2026-09-08, 2026-09-15, 2026-09-22]
  setting: outpatient
  procedure_codes: [90837]
  diagnosis_codes: [F43.10]
  carc_codes: [CO-22]
  denial_reason: >-
    This care may be covered by another payer per coordination of benefits. Our records show other coverage:
    Bellweather Logistics Employee PPO (spouse's plan). Submit the other plan's explanation of benefits.
  denial_category: coordination_of_benefits
  denial_reasons: [coordination_of_benefits]
  coding_correct: true
  action: none
decisions:
  - date: 2026-11-16
    outcome: denied
    stage: first level
    opens: second level
    next_deadline: 2027-01-15
    reason: >-
      Upheld. The other plan's explanation of benefits dated 08/29/2026 shows that plan processed a claim as primary
      for your family. Under Section 11.2 of the Plan Document, this Plan pays second.
    corrections:
      - said: >-
          The other plan's explanation of benefits dated 08/29/2026 shows that plan processed a claim as primary for
          your family.
        record: >-
          That explanation of benefits is for the member's daughter, Iris Dunstan-Reyes, a dependent on her father's
          plan; it holds no claim for the member and no line for any date of this care.
        file: other/bellweather-eob-2026-08-29.txt
        page: 1
        leaves_out: true
other_coverage:
  plan: Bellweather Logistics Employee PPO
  member_is: dependent
  covered_here_as: subscriber
  reported: 2026-10-20
  proof:
    - other/other-coverage-questionnaire-2026-10-20.txt
    - other/county-enrollment-record-2026.txt
plan_policy:
  name: Pinecrest County Employee Health Plan Document, Section 11.2 Order of benefit determination
  number: Section 11.2
  quote: >-
    When a person is covered by this Plan and by another plan, the plan that covers the person as an employee, member
    or subscriber pays before the plan that covers the person as a dependent. This Plan pays second only where these
    rules make the other plan primary for that person.
  file: other/plan-document-section-11-2-excerpt.txt
treatment:
  name: Weekly trauma-focused psychotherapy, 60-minute sessions (90837), 8 sessions
  summary: >-
    Weekly trauma-focused psychotherapy for posttraumatic stress disorder; the care is not in question, only which
    plan pays first.
clinical:
  severity: PCL-5 58 on 08/04/2026; PCL-5 41 on 09/22/2026
  severity_date: 2026-09-22
  suicidality: none
  suicidality_date: 2026-09-22
  response: PCL-5 58 (08/04/2026) to 41 (09/22/2026)
  response_level: partial
  history:
    - drug: Prolonged exposure therapy
      dose: 12 weekly sessions
      start: 2018-02
      end: 2018-05
      kind: psychotherapy
      sessions: 12
      response: response
      failed: false
      outcome: Good response after an earlier trauma (2018)
      evidence: {file: clinical/treatment-summary-2026-09-22.txt, page: 1}
    - drug: Paroxetine
      dose: 20 mg daily
      start: 2025-11
      end: 2025-12
      weeks: 3
      kind: antidepressant
      adequate: false
      outcome: Stopped after 3 weeks for sedation and weight gain (intolerance)
      evidence: {file: clinical/treatment-summary-2026-09-22.txt, page: 1}
    - drug: Sertraline
      dose: 150 mg daily
      start: 2026-01
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued with psychotherapy
      evidence: {file: clinical/treatment-summary-2026-09-22.txt, page: 1}
    - drug: Prazosin
      dose: 2 mg at bedtime for nightmares
      start: 2026-03
      ongoing: true
      kind: other
      outcome: Taken for trauma nightmares; not an antidepressant trial
      evidence: {file: clinical/treatment-summary-2026-09-22.txt, page: 1}
author:
  name: Jonah Whitcombe
  role: Treating therapist, licensed professional counselor (LPC)
  relation: clinician
  authorization: other/patient-consent-2026-11-20.txt
  address: |-
    Ocmulgee Counseling Group (FICTIONAL), 415 Walnut Street, Suite 3
    Macon, GA 31201
  phone: (478) 555-0179
  email: jwhitcombe@ocmulgeecounseling.example
provider:
  name: Jonah Whitcombe
  credentials: LPC
  npi: "1156729489"
  address: |-
    415 Walnut Street, Suite 3
    Macon, GA 31201
  phone: (478) 555-0179
record_dates:
  - file: clinical/treatment-summary-2026-09-22.txt
    date: 2026-09-22
bates_prefix: DUNSTANREYES
""" + FOOTER
C08["DOCS"] = {
    "denial/explanation-of-benefits-2026-10-06.txt": """
SUMMIT RIDGE ADMINISTRATORS (FICTIONAL) for PINECREST COUNTY EMPLOYEE HEALTH PLAN - EXPLANATION OF BENEFITS
Date of notice: 10/06/2026   Employee: Camille Dunstan-Reyes   ID FICT-PCE-30071465   Page 1 of 1
Claim SRA-26-0930-40212   Jonah Whitcombe, LPC
  08/04/2026-09/22/2026  90837 x8   Billed $1,280.00   Paid $0.00   CO-22
  This care may be covered by another payer per coordination of benefits. Our records show other coverage:
  Bellweather Logistics Employee PPO (spouse's plan). Submit the other plan's explanation of benefits.
You may appeal within 180 days of receiving this notice.
""",
    "denial/first-level-decision-2026-11-16.txt": """
SUMMIT RIDGE ADMINISTRATORS (FICTIONAL) - FIRST LEVEL APPEAL DECISION                    Date: 11/16/2026
Employee: Camille Dunstan-Reyes   Claim SRA-26-0930-40212   Page 1 of 1
Upheld. The other plan's explanation of benefits dated 08/29/2026 shows that plan processed a claim as primary for
your family. Under Section 11.2 of the Plan Document, this Plan pays second.
You may file a second level appeal within 60 days of this decision (by 01/15/2027) with Summit Ridge
Administrators - Second Level Appeals, PO Box 7740, Atlanta, GA 30357, fax (404) 555-0153.
""",
    "other/plan-document-section-11-2-excerpt.txt": """
PINECREST COUNTY EMPLOYEE HEALTH PLAN (FICTIONAL) - PLAN DOCUMENT (excerpt)                    Page 72 of 110
Section 11.2 Order of benefit determination
When a person is covered by this Plan and by another plan, the plan that covers the person as an employee, member
or subscriber pays before the plan that covers the person as a dependent. This Plan pays second only where these
rules make the other plan primary for that person.
""",
    "other/bellweather-eob-2026-08-29.txt": """
BELLWEATHER LOGISTICS EMPLOYEE PPO (FICTIONAL) - EXPLANATION OF BENEFITS                  Date: 08/29/2026
Subscriber: Rafael Dunstan-Reyes   Page 1 of 1
Patient: Iris Dunstan-Reyes (dependent child)   Claim BLP-26-0822-66031   Macon Pediatric Associates
  08/20/2026  99213 x1   Billed $160.00   Paid as primary $118.00
Other coverage on file for this patient: Pinecrest County Employee Health Plan (secondary).
""",
    "other/other-coverage-questionnaire-2026-10-20.txt": """
SUMMIT RIDGE ADMINISTRATORS (FICTIONAL) - OTHER COVERAGE QUESTIONNAIRE                 Signed: 10/20/2026
Member: Camille Dunstan-Reyes   Page 1 of 1
Other coverage: Bellweather Logistics Employee PPO, through my husband's employment. I am covered there as a
dependent (spouse). I am covered by the Pinecrest County plan as an employee (subscriber) since 02/01/2024.
Faxed to Summit Ridge 10/20/2026 (confirmation 10/20/2026 11:02).
""",
    "other/county-enrollment-record-2026.txt": """
PINECREST COUNTY HUMAN RESOURCES (FICTIONAL) - BENEFITS ENROLLMENT RECORD            Printed: 10/19/2026
Employee: Camille Dunstan-Reyes   Position: permit technician, full time, active   Hire date 01/08/2024
Medical: Pinecrest County Employee Health Plan, Employee + Children, effective 02/01/2024 (employee coverage).
""",
    "other/other-coverage-form-2023-stale.txt": """
BELLWEATHER LOGISTICS EMPLOYEE PPO (FICTIONAL) - DEPENDENT OTHER COVERAGE FORM              Signed: 06/05/2023
Dependent spouse: Camille Dunstan-Reyes   Employed: No   Other coverage: None
[Form from before her county employment began in 01/2024.]
""",
    "other/patient-consent-2026-11-20.txt": """
PATIENT'S WRITTEN CONSENT (names FICTIONAL)                                                Date: 11/20/2026
I, Camille Dunstan-Reyes, consent to Jonah Whitcombe, LPC, appealing claim SRA-26-0930-40212 for me with the
Pinecrest County Employee Health Plan, and to the release of my records for it.
Signed: Camille Dunstan-Reyes
""",
    "clinical/treatment-summary-2026-09-22.txt": """
OCMULGEE COUNSELING GROUP (FICTIONAL) - TREATMENT SUMMARY                                 Date: 09/22/2026
Client: Camille Dunstan-Reyes   DOB 10/02/1984   Page 1 of 1
Clinician: Jonah Whitcombe, LPC
Diagnosis: posttraumatic stress disorder, unspecified (F43.10), after a workplace assault in 03/2026.
Weekly trauma-focused psychotherapy, 60 minutes: 08/04, 08/11, 08/18, 08/25, 09/01, 09/08, 09/15, 09/22/2026.
PCL-5 58 on 08/04/2026; 41 on 09/22/2026 (partial response). No suicidal ideation.
History: prolonged exposure therapy, 12 sessions, 02/2018-05/2018, good response after an earlier trauma;
paroxetine 20 mg 11/2025-12/2025, stopped after 3 weeks for sedation and weight gain; sertraline 150 mg since
01/2026 (prescribed by her primary care physician), partial response, continued; prazosin 2 mg at bedtime for
nightmares since 03/2026.
""",
}
C08["TRUTH"] = """
# 08 - County plan, self-funded: psychotherapy denied for coordination of benefits; the first level cited her daughter's EOB; second-level appeal by the treating LPC (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Camille Dunstan-Reyes, 42 (DOB 10/02/1984), is a full-time **Pinecrest County employee** covered by the county's
  self-funded plan **as the employee (subscriber) since 02/01/2024**. Her husband's **Bellweather Logistics Employee
  PPO** covers her **as a dependent (spouse)**.
- Eight 60-minute psychotherapy sessions (90837, F43.10) on **08/04-09/22/2026** were denied on the EOB of
  **10/06/2026** (claim SRA-26-0930-40212, **CO-22**), naming the spouse's plan.
- The **first-level decision of 11/16/2026** upheld, saying the other plan's EOB of 08/29/2026 "shows that plan
  processed a claim as primary for your family". That EOB is for her **daughter Iris**, a dependent child on her
  father's plan; it holds no claim for Camille.
- **Plan Document Section 11.2**: the plan covering the person as an employee/subscriber pays before the plan
  covering the person as a dependent. For Camille, **this Plan pays first**.
- She returned the other-coverage questionnaire on **10/20/2026**.
- PCL-5 58 to 41 (partial response); sertraline 150 mg continues.
- **Rule and stage:** governmental plan: 45 CFR 147.136(b)(2)(i), applying the ERISA claims-procedure standards by
  reference (not ERISA as governing law); **second level**, by **01/15/2027** as the decision prints. External review
  under 147.136 reaches medical-judgment denials; a coordination-of-benefits denial is not one.
- **Author:** the treating LPC, with her written consent; he writes "I" as her treating therapist.

### Expected answers (16)
1. Plan type: `governmental`, self-funded. 2. First notice: 10/06/2026. 3. Decision appealed: 11/16/2026.
4. Second-level deadline: 01/15/2027. 5. Her status here: employee (subscriber) since 02/01/2024. 6. Status on
the other plan: dependent (spouse). 7. Rule: Section 11.2, subscriber before dependent. 8. EOB the decision cited:
08/29/2026. 9. Whose EOB: Iris Dunstan-Reyes, dependent child. 10. CARC: CO-22. 11. Sessions: 8, 90837.
12. Questionnaire returned: 10/20/2026. 13. PCL-5: 58 to 41. 14. Drug continued: sertraline 150 mg.
15. Intolerance: paroxetine, 3 weeks. 16. Earlier-episode response: prolonged exposure therapy, 2018.

## Deliberately unknown
- Whether the Bellweather plan ever received a claim for her sessions: not in the case (nothing says it did).
- Whether the county plan opted out of parity: not relevant and not stated.
- The allowed amount: not in the case.

## Traps
- **Plan document, not medicine.** Section 11.2's subscriber rule decides; the care is not in question.
- **A decision's wrong statement:** the 08/29/2026 EOB is her daughter's, not hers - a child's order of benefits
  (with its own rules) says nothing about the employee's.
- **Other people on documents:** the Bellweather EOB is Iris's claim (and names Rafael as subscriber); a letter may
  name it only to say it is not the member's; it must not discuss the child's care.
- **Stale document:** the 2023 Bellweather form ("Employed: No") predates her county job; never say she is not
  employed or is covered only as a dependent.
- **Drug still taken:** sertraline continues (partial), never "failed"; **prazosin** is for nightmares, not a trial;
  **paroxetine** is an intolerance (3 weeks); **prolonged exposure 2018** was a good response after an earlier trauma.
- **Wrong law:** no ERISA as governing law, no EBSA/Labor Department, no external review promised for this denial,
  no state insurance department (self-funded); no Medicare secondary payer rule (she is 42).
- **Voice:** the LPC writes as her treating therapist/counselor: never "Dr.", "physician" or "prescriber".

## Arguments a strong letter makes (strongest first)
1. Under Plan Document Section 11.2 the plan covering her as the employee pays before the plan covering her as a
   dependent: she is the county plan's subscriber (enrollment record; questionnaire of 10/20/2026) and the
   Bellweather plan's dependent spouse. This Plan pays first: reprocess the eight sessions as primary.
2. Correct the first-level decision: the 08/29/2026 EOB it relied on is for a dependent child and holds no claim for
   the member; it shows nothing about her order of benefits.
3. Correct the coordination-of-benefits record so later sessions are not denied the same way.

## What a letter must NOT say
- "medically necessary" as the ground; "peer-to-peer"; "external review" as available for this denial.
- "the spouse's plan is primary"; "she is covered only as a dependent"; "not employed".
- anything about Iris's visit beyond that the EOB is not the member's; "99213" as her care.
- "failed sertraline"; prazosin or paroxetine as an adequate trial; "suicidal ideation".
- "ERISA" as governing law; "29 CFR 2560.503-1" as binding of its own force; "Medicare".
- "Dr. Whitcombe"; "physician".
"""
C08["ANSWERS"] = [
    ("plan type", "plan_type: governmental", "case.yaml"),
    ("first notice", "Date of notice: 10/06/2026", "denial/explanation-of-benefits-2026-10-06.txt"),
    ("decision appealed", "FIRST LEVEL APPEAL DECISION                    Date: 11/16/2026",
     "denial/first-level-decision-2026-11-16.txt"),
    ("second-level deadline", "(by 01/15/2027)", "denial/first-level-decision-2026-11-16.txt"),
    ("status here", "effective 02/01/2024 (employee coverage)", "other/county-enrollment-record-2026.txt"),
    ("status there", "I am covered there as a\ndependent (spouse)", "other/other-coverage-questionnaire-2026-10-20.txt"),
    ("rule", "the plan that covers the person as an employee, member\nor subscriber pays before",
     "other/plan-document-section-11-2-excerpt.txt"),
    ("EOB cited", "explanation of benefits dated 08/29/2026", "denial/first-level-decision-2026-11-16.txt"),
    ("whose EOB", "Patient: Iris Dunstan-Reyes (dependent child)", "other/bellweather-eob-2026-08-29.txt"),
    ("CARC", "CO-22", "denial/explanation-of-benefits-2026-10-06.txt"),
    ("sessions", "90837 x8", "denial/explanation-of-benefits-2026-10-06.txt"),
    ("questionnaire", "Signed: 10/20/2026", "other/other-coverage-questionnaire-2026-10-20.txt"),
    ("PCL-5", "PCL-5 58 on 08/04/2026; 41 on 09/22/2026", "clinical/treatment-summary-2026-09-22.txt"),
    ("drug continued", "sertraline 150 mg since\n01/2026 (prescribed by her primary care physician), partial response, continued",
     "clinical/treatment-summary-2026-09-22.txt"),
    ("intolerance", "stopped after 3 weeks for sedation and weight gain", "clinical/treatment-summary-2026-09-22.txt"),
    ("earlier episode", "good response after an earlier trauma", "clinical/treatment-summary-2026-09-22.txt"),
]

CASES = [C01, C02, C03, C04, C05, C06, C07, C08]
