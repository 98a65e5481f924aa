"""Set 35, case 07 (FICTIONAL): governmental (transit district) insured plan, emergency psychiatric admission at a non-network hospital; second level."""

SLUG = "07-governmental-insured-emergency-psychiatric-admission-out-of-network-not-safe-to-transfer-second-level-daughter"

CASE_YAML = """
# FICTIONAL CASE (set 35, case 07) - every person, plan, provider, number and address is invented.
# A regional transit district's employee plan, insured (FICTIONAL), Oregon. Dwayne Ostrowski, 52, a bus operator, was
# brought by his daughter to the nearest emergency department (a non-network hospital) on 09/12/2026 with suicidal
# intent and a plan; admitted 09/13/2026 02:15, discharged 09/20/2026. The plan paid the ED visit as emergency care but
# denied the stay (out of network, no authorization); the first-level decision of 10/29/2026 said he was stabilized
# and could have been transferred. The ED record says transfer was not safe and no network bed was free. His
# daughter, authorized in writing, files the second-level appeal.
patient:
  name: Dwayne Ostrowski
  salutation: Mr. Ostrowski
  date_of_birth: 1974-01-30
  member_id: FICT-WRT-88304512
  address: |-
    1540 Chemeketa Street NE
    Salem, OR 97301
  phone: (503) 555-0124
insurer:
  name: Cascade Summit Health (FICTIONAL), insurer of the Willamette Regional Transit District Employee Health Plan
  appeals_address: |-
    Cascade Summit Health - Appeals Unit (FICTIONAL)
    PO Box 14420
    Portland, OR 97293
  fax: (503) 555-0151
claim:
  number: CSH-26-0925-55120
  plan_type: governmental
  funding: insured
  employees: 780
  stage: second level
  notice_date: 2026-09-28
  service_dates: [2026-09-13, 2026-09-20]
  setting: inpatient
  revenue_codes: ["0114"]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-242, CO-197]
  denial_reason: >-
    Services were provided by a non-participating facility. Inpatient admission requires prior authorization; no
    authorization is on file. (CARC 242, 197)
  denial_category: out_of_network
  denial_reasons: [out_of_network, prior_authorization]
  action: none
decisions:
  - date: 2026-10-29
    outcome: denied
    stage: first level
    opens: second level
    next_deadline: 2026-12-28
    reason: >-
      Upheld. The emergency department visit of 09/12/2026 was paid as emergency care. The member was stabilized in
      the emergency department and could have been transferred to an in-network facility; the inpatient stay at a
      non-participating facility without authorization is not covered.
    corrections:
      - said: The member was stabilized in the emergency department and could have been transferred to an in-network facility
        record: >-
          The emergency physician's note of 09/13/2026 at 03:10 records that he remained at imminent risk under 1:1
          observation, that transfer by private vehicle or other non-medical transport was not safe, and that the two
          in-network psychiatric units called at 03:00 and 08:30 had no bed.
        file: clinical/emergency-department-record-2026-09-12.txt
        page: 1
plan_policy:
  name: Willamette Regional Transit District Employee Health Plan 2026 Certificate of Coverage, Section 4.6 "Emergency services"
  number: Section 4.6
  quote: >-
    We cover emergency services without prior authorization, at any hospital, whether or not it is a participating
    provider, at the cost share for participating providers. If you are admitted to a hospital as an emergency, the
    hospital must notify us within 48 hours of the admission. Care after you are stabilized at a non-participating
    hospital is covered as emergency services until you can safely be moved to a participating hospital.
  file: other/certificate-2026-section-4-6-excerpt.txt
emergency:
  care: true
  presented: the emergency department of Columbia Bluff Medical Center, Portland
  plan_paid:
    what: the emergency department visit of 09/12/2026
    date: 2026-10-02
    file: other/eob-emergency-department-2026-10-02.txt
    page: 1
  symptoms: >-
    thoughts of killing himself with a plan to drive his car into the river, after three weeks of worsening
    depression and almost no sleep; brought in by his daughter
  file: clinical/emergency-department-record-2026-09-12.txt
  admitted: 2026-09-13 02:15
  transfer_safe: false
  transfer_why: >-
    he remained at imminent risk under 1:1 observation, so transfer by non-medical transport was not safe, and the
    two in-network psychiatric units called at 03:00 and 08:30 on 09/13/2026 had no bed
  consent_signed: false
prior_auth:
  notified: 2026-09-13 09:15
  reference: UM-26-0913-2207
  proof: [other/hospital-ur-call-log-2026-09-13.txt]
treatment:
  name: Emergency inpatient psychiatric admission, 09/13/2026 through 09/20/2026
  summary: >-
    An emergency admission to a hospital's psychiatric unit for severe depression with suicidal intent and a plan,
    from the emergency department where he was brought, until discharge on 09/20/2026.
clinical:
  severity: PHQ-9 24 at admission (09/13/2026); PHQ-9 11 at discharge (09/20/2026); PHQ-9 8 on 11/30/2026
  severity_date: 2026-11-30
  suicidality: none
  suicidality_date: 2026-11-30
  history:
    - drug: Escitalopram
      dose: 20 mg daily
      start: 2025-04
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued through and after the stay
      evidence: {file: clinical/inpatient-discharge-summary-2026-09-20.txt, page: 1}
    - drug: Bupropion XL
      dose: 150 mg daily
      start: 2025-01
      end: 2025-02
      weeks: 3
      kind: antidepressant
      adequate: false
      failed: false
      outcome: Stopped after 3 weeks for agitation (intolerance)
      evidence: {file: clinical/inpatient-discharge-summary-2026-09-20.txt, page: 1}
    - drug: Zolpidem
      dose: 5 mg at bedtime for sleep
      start: 2025-06
      end: 2026-09
      kind: other
      outcome: Sleep aid only; stopped at admission for safety
      evidence: {file: clinical/inpatient-discharge-summary-2026-09-20.txt, page: 1}
    - drug: Psychotherapy (earlier episode)
      dose: 12 sessions
      start: 2016-03
      end: 2016-06
      kind: psychotherapy
      sessions: 12
      response: response
      failed: false
      outcome: Earlier episode (2016) - improved with 12 sessions of psychotherapy
      evidence: {file: clinical/inpatient-discharge-summary-2026-09-20.txt, page: 1}
impact:
  hospitalizations: Emergency psychiatric admission 09/13/2026-09/20/2026.
  work: Off work as a bus operator from 09/12/2026 to 10/19/2026; back at work since.
author:
  name: Natalie Ostrowski
  role: daughter, authorized representative
  relation: representative
  authorization: other/authorization-2026-11-06.txt
  address: |-
    233 Liberty Street SE, Apt 5
    Salem, OR 97301
  phone: (503) 555-0129
  email: natalie.ostrowski@mailbox.example
provider:
  name: Columbia Bluff Medical Center - Inpatient Psychiatry
  credentials: acute care hospital, non-participating with the plan in 2026
  npi: "1277483057"
  address: |-
    4100 SE Bluffside Drive
    Portland, OR 97202
  phone: (503) 555-0188
employer:
  name: Willamette Regional Transit District - Benefits Office (FICTIONAL)
  address: |-
    555 Court Street NE (FICTIONAL address)
    Salem, OR 97301
record_dates:
  - file: clinical/emergency-department-record-2026-09-12.txt
    date: 2026-09-13
  - file: clinical/inpatient-discharge-summary-2026-09-20.txt
    date: 2026-09-20
  - file: clinical/outpatient-follow-up-2026-11-30.txt
    date: 2026-11-30
bates_prefix: OSTROWSKI
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
"denial/eob-inpatient-denial-2026-09-28.txt": """
CASCADE SUMMIT HEALTH (FICTIONAL) - EXPLANATION OF BENEFITS                                        Date: 09/28/2026
Member: Dwayne Ostrowski   DOB 01/30/1974   ID FICT-WRT-88304512
Plan: Willamette Regional Transit District Employee Health Plan (insured by Cascade Summit Health)
Claim CSH-26-0925-55120   Columbia Bluff Medical Center   Inpatient psychiatric care 09/13/2026-09/20/2026
Revenue code 0114 x7 days   Billed $19,880.00   Paid $0.00
CO-242, CO-197: Services were provided by a non-participating facility. Inpatient admission requires prior
authorization; no authorization is on file.
You may appeal within 180 days of receiving this notice.
""",
"denial/first-level-appeal-decision-2026-10-29.txt": """
CASCADE SUMMIT HEALTH (FICTIONAL) - FIRST-LEVEL APPEAL DECISION                                     Date: 10/29/2026
Member: Dwayne Ostrowski   Claim CSH-26-0925-55120   Appeal A1-26-1006-3318
Decision: Upheld. The emergency department visit of 09/12/2026 was paid as emergency care. The member was stabilized
in the emergency department and could have been transferred to an in-network facility; the inpatient stay at a
non-participating facility without authorization is not covered.
You may request a second-level appeal within 60 days of the date of this letter. After the second level you may ask
for external review. Appeals Unit, PO Box 14420, Portland, OR 97293; fax (503) 555-0151.
""",
"other/eob-emergency-department-2026-10-02.txt": """
CASCADE SUMMIT HEALTH (FICTIONAL) - EXPLANATION OF BENEFITS                                        Date: 10/02/2026
Page 1 of 1
Member: Dwayne Ostrowski   Claim CSH-26-0919-54087   Columbia Bluff Medical Center, emergency department
09/12/2026 emergency department visit (99285, revenue code 0450)   Processed at the participating-provider cost
share: paid as emergency care. Member pays the $150.00 emergency room copay.
""",
"other/certificate-2026-section-4-6-excerpt.txt": """
WILLAMETTE REGIONAL TRANSIT DISTRICT EMPLOYEE HEALTH PLAN (FICTIONAL) - 2026 CERTIFICATE OF COVERAGE (excerpt)
Insured by Cascade Summit Health                                                                   Page 22 of 90
Section 4.6 Emergency services
We cover emergency services without prior authorization, at any hospital, whether or not it is a participating
provider, at the cost share for participating providers. If you are admitted to a hospital as an emergency, the
hospital must notify us within 48 hours of the admission. Care after you are stabilized at a non-participating
hospital is covered as emergency services until you can safely be moved to a participating hospital.
""",
"other/provider-directory-2025-page-stale.txt": """
CASCADE SUMMIT HEALTH (FICTIONAL) - 2025 PROVIDER DIRECTORY, page 118
Columbia Bluff Medical Center, 4100 SE Bluffside Drive, Portland - participating hospital (behavioral health)
[Printed 2025. The hospital was participating through 12/31/2025 and non-participating from 01/01/2026.]
""",
"other/hospital-ur-call-log-2026-09-13.txt": """
COLUMBIA BLUFF MEDICAL CENTER (FICTIONAL) - UTILIZATION REVIEW CALL LOG                            Date: 09/13/2026
Page 1 of 1
Patient: OSTROWSKI, DWAYNE   Admitted 09/13/2026 02:15 (emergency, from ED)
09/13/2026 09:15  Called Cascade Summit Health UM, (503) 555-0155. Emergency admission reported; clinicals faxed
09:40. Plan reference UM-26-0913-2207. Plan nurse: "non-participating facility; notify us when a network bed opens."
09/14-09/19  Daily calls to the two network units: no bed until 09/21 (Riverside Behavioral), none at Hollyfield.
""",
"other/authorization-2026-11-06.txt": """
AUTHORIZATION OF REPRESENTATIVE (FICTIONAL)                                                         Date: 11/06/2026
Page 1 of 1
I, Dwayne Ostrowski (ID FICT-WRT-88304512), authorize my daughter, Natalie Ostrowski, to appeal Cascade Summit
Health's decisions on claim CSH-26-0925-55120 for me and to receive my health information for that purpose.
Signed: Dwayne Ostrowski 11/06/2026
""",
"clinical/emergency-department-record-2026-09-12.txt": """
COLUMBIA BLUFF MEDICAL CENTER (FICTIONAL) - EMERGENCY DEPARTMENT RECORD                 Arrival: 09/12/2026 21:40
Patient: Dwayne Ostrowski   DOB 01/30/1974   Page 1 of 1
[Chart alert: an 08/2026 ED visit (ankle sprain) filed here belongs to Dwayne Ostrowski Jr., DOB 2001 - unmerged.]
Brought by daughter. Three weeks of worsening depression, almost no sleep; tonight thoughts of killing himself with a
plan to drive his car into the river. PHQ-9 24. 1:1 observation started 21:55.
09/13/2026 02:15 Admitted to inpatient psychiatry (emergency).
09/13/2026 03:10 ED physician: remains at imminent risk, 1:1 observation continues; transfer by private vehicle or
other non-medical transport is not safe. In-network psychiatric units called 03:00 (Riverside Behavioral) and 08:30
(Hollyfield Hospital): no bed. No notice-and-consent form for out-of-network care was offered or signed.
""",
"clinical/inpatient-discharge-summary-2026-09-20.txt": """
COLUMBIA BLUFF MEDICAL CENTER (FICTIONAL) - INPATIENT PSYCHIATRY DISCHARGE SUMMARY                  Date: 09/20/2026
Patient: Dwayne Ostrowski   DOB 01/30/1974   Page 1 of 1
Stay: 09/13/2026-09/20/2026. Diagnosis: major depressive disorder, recurrent, severe without psychotic features
(F33.2). PHQ-9 24 at admission, 11 at discharge; no suicidal ideation at discharge.
Medicines: escitalopram 20 mg daily since 04/2025, partial response, continued; bupropion XL 150 mg 01/2025-02/2025
stopped after 3 weeks for agitation; zolpidem 5 mg at bedtime (sleep) stopped at admission.
Earlier episode 2016: 12 sessions of psychotherapy, improved.
Discharged home with his daughter to outpatient psychiatry and therapy.
""",
"clinical/outpatient-follow-up-2026-11-30.txt": """
SALEM RIVERFRONT PSYCHIATRY (FICTIONAL) - FOLLOW-UP                                                 Date: 11/30/2026
Patient: Dwayne Ostrowski   Page 1 of 1
PHQ-9 8. No suicidal ideation. Back at work since 10/19/2026. Escitalopram 20 mg continues.
""",
}

TRUTH = """
# 07 - Governmental (transit district) insured plan: an emergency psychiatric admission at a non-network hospital denied as out of network and unauthorized; second-level appeal by the daughter (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Dwayne Ostrowski, 52 (DOB 01/30/1974), a bus operator, is covered by the **Willamette Regional Transit District
  Employee Health Plan**, a **governmental** plan insured by Cascade Summit Health (780 employees).
- **09/12/2026 21:40**: brought by his daughter to the nearest ED (Columbia Bluff Medical Center, **non-participating
  since 01/01/2026**) with three weeks of worsening depression, almost no sleep and **thoughts of killing himself with a
  plan**; 1:1 observation. **Admitted 09/13/2026 02:15**; discharged **09/20/2026** (PHQ-9 24 -> 11).
- At 03:10 the ED physician recorded he remained at imminent risk, **transfer by non-medical transport was not safe**,
  and the two network units had **no bed** (they had none until 09/21). **No notice-and-consent** form was signed.
- The hospital **notified the plan 09/13/2026 09:15** (reference UM-26-0913-2207), **7 hours** after admission - within
  the **48 hours** of Certificate Section 4.6.
- The plan **paid the ED visit as emergency care** (EOB 10/02/2026) but denied the stay (EOB **09/28/2026**, CO-242,
  CO-197). First-level decision **10/29/2026**: "stabilized ... could have been transferred".
- **Plan document and rule:** Certificate **Section 4.6** covers emergency services at any hospital without prior
  authorization at the participating cost share, and post-stabilization care at a non-participating hospital "until you
  can safely be moved". Federal law says the same for a non-grandfathered group plan, governmental included: 45 CFR
  147.138(b) and, for plan years from 2022, 45 CFR 149.110 with the notice-and-consent conditions of 149.410(b).
- **Stage:** second-level internal appeal, **within 60 days of 10/29/2026: by 12/28/2026**; then external review (45 CFR
  147.136(c)-(d), Oregon's process for an insured plan).
- **Author:** his daughter, authorized in writing (11/06/2026); she writes about "Mr. Ostrowski" / "my father".

{ANSWERS}

## Deliberately unknown
- Whether the plan has a grandfathered status: not stated; the certificate's own Section 4.6 decides either way.
- The amount the hospital may bill him: not in the case; no balance-billing figure or promise.
- Why the plan's nurse did not authorize the stay on 09/13: not known.

## Traps
- **Rule and plan document, not a network gap.** A letter must not ask for a network gap exception, a single-case
  agreement or a retroactive authorization: it is emergency care.
- **A decision's stated fact the record contradicts:** "stabilized ... could have been transferred" against the 03:10
  note and the bed search.
- **Stage:** a second-level appeal that answers the 10/29/2026 decision and says it is the second level.
- **Stale document:** the 2025 directory lists the hospital as participating; it was not in 2026. A letter must not
  claim it was in network.
- **Other person in a record:** the chart alert's 08/2026 ankle visit belongs to his son, Dwayne Ostrowski Jr.
- **Suicidality:** active with a plan **at presentation (09/12/2026)**, none at discharge and on 11/30/2026: the letter
  says it of the emergency, never as a present risk.
- **Drugs:** escitalopram continues (partial); bupropion was an intolerance; zolpidem was a sleep aid; 2016
  psychotherapy was an earlier episode's improvement.
- **Wrong law:** a governmental plan is not ERISA (no 29 CFR 2560.503-1 as governing law, no EBSA/Labor Department);
  45 CFR 147.136 applies. No Medicare or Medicaid rule (422.113, 438.114).
- **Voice:** the daughter writes; never "I" as the patient.

## Arguments a strong letter makes (strongest first)
1. It was an emergency by the prudent-layperson standard (his symptoms when he came in), and the plan itself paid the
   ED visit as emergency care; under Certificate Section 4.6 and 45 CFR 147.138(b)/149.110 emergency services are
   covered at any hospital without prior authorization at the participating cost share.
2. The stay was still emergency care after stabilization: transfer by non-medical transport was not safe, no network
   bed was open, and no notice-and-consent was signed (Section 4.6's own "until you can safely be moved"; 149.410(b)).
3. The hospital notified the plan 7 hours after admission, within Section 4.6's 48 hours.
4. Correct the first-level decision's "stabilized ... could have been transferred"; pay the stay at the participating
   cost share.

## What a letter must NOT say
- "network gap exception", "single-case agreement", "retroactive authorization", "in-network hospital".
- "ERISA" as the governing law, "29 CFR 2560.503-1" as governing, "EBSA", "Department of Labor"; "Medicare", "422.113".
- "he is at risk of suicide now", "current suicidal ideation".
- "ankle"; "Dwayne Ostrowski Jr." as the patient.
- "failed escitalopram", "stopped escitalopram"; zolpidem as a trial.
- a balance-billing amount or promise.
"""

ANSWERS = [
    ("plan type", "plan_type: governmental", "case.yaml"),
    ("date of the denial", "EXPLANATION OF BENEFITS                                        Date: 09/28/2026", "denial/eob-inpatient-denial-2026-09-28.txt"),
    ("codes", "CO-242, CO-197", "denial/eob-inpatient-denial-2026-09-28.txt"),
    ("date of the first-level decision", "Date: 10/29/2026", "denial/first-level-appeal-decision-2026-10-29.txt"),
    ("second-level window", "within 60 days of the date of this letter", "denial/first-level-appeal-decision-2026-10-29.txt"),
    ("what the plan paid", "paid as emergency care", "other/eob-emergency-department-2026-10-02.txt"),
    ("arrival", "Arrival: 09/12/2026 21:40", "clinical/emergency-department-record-2026-09-12.txt"),
    ("admission", "09/13/2026 02:15 Admitted", "clinical/emergency-department-record-2026-09-12.txt"),
    ("transfer", "transfer by private vehicle or other non-medical transport is not safe", "clinical/emergency-department-record-2026-09-12.txt"),
    ("consent", "No notice-and-consent form for out-of-network care was offered or signed", "clinical/emergency-department-record-2026-09-12.txt"),
    ("plan notified", "09/13/2026 09:15  Called Cascade Summit Health UM", "other/hospital-ur-call-log-2026-09-13.txt"),
    ("the plan's notice rule", "within 48 hours of the admission", "other/certificate-2026-section-4-6-excerpt.txt"),
    ("post-stabilization term", "until you can safely be moved to a participating hospital", "other/certificate-2026-section-4-6-excerpt.txt"),
    ("stay", "Stay: 09/13/2026-09/20/2026", "clinical/inpatient-discharge-summary-2026-09-20.txt"),
    ("network status in 2026", "non-participating from 01/01/2026", "other/provider-directory-2025-page-stale.txt"),
    ("author", "relation: representative", "case.yaml"),
]
