"""Set 34, case 02 (FICTIONAL): Medicaid managed care, IOP, authorization request pended and never decided."""

SLUG = "02-medicaid-mco-member-20-iop-no-auth-said-request-pended-never-decided-fair-hearing-grandmother"

CASE_YAML = r"""
# FICTIONAL CASE (set 34, case 02) - every person, plan, agency office, provider, number and address is invented.
# Medicaid managed care, Pennsylvania. Dariela Montoya-Quispe, 20, attended a mental-health intensive outpatient
# program 09/08-10/16/2026 (24 program days). The program asked for authorization on 09/02/2026; the plan pended
# the request for records on 09/04, got them the same day, and never decided. The claims were denied "no
# authorization" (CO-197); the plan's appeal decision of 11/20/2026 says no request was ever received. Her
# grandmother, her authorized representative, asks for a state fair hearing.
patient:
  name: Dariela Montoya-Quispe
  salutation: Ms. Montoya-Quispe
  date_of_birth: 2006-06-03
  birth_record: {file: other/medicaid-eligibility-notice-2026-01-09.txt, page: 1}
  member_id: FICT-KUH-77120465
  address: |-
    2318 Mifflin Street, Apt 2
    Reading, PA 19604
  phone: (610) 555-0119
insurer:
  name: Keystone Unity Health Partners, Medical Assistance managed care (FICTIONAL)
  appeals_address: |-
    Keystone Unity Health Partners - Member Appeals (FICTIONAL)
    PO Box 41176
    Harrisburg, PA 17106
  fax: (717) 555-0152
claim:
  number: KUH-CL-26-1021-66810
  plan_type: medicaid
  delivery: managed_care
  notice_date: 2026-10-29
  service_dates: [2026-09-08, 2026-10-16]
  sessions: 24
  setting: intensive_outpatient
  procedure_codes: [S9480]
  diagnosis_codes: [F33.1, F41.1]
  carc_codes: [CO-197]
  denial_reason: >-
    Precertification/authorization absent. No authorization on file for intensive outpatient services
    09/08/2026-10/16/2026. (CARC 197)
  denial_category: prior_authorization
  denial_reasons: [prior_authorization]
  action: none
decisions:
  - date: 2026-11-20
    outcome: denied
    stage: plan appeal
    opens: state fair hearing
    next_deadline: 2027-03-20
    reason: >-
      We reviewed your appeal and uphold the denial. No request for prior authorization was received for these
      services before or during the dates of service. Intensive outpatient services require prior authorization.
    corrections:
      - said: No request for prior authorization was received for these services before or during the dates of service.
        record: >-
          The plan's own provider portal shows authorization request KUH-PA-26-0902-5517, received 09/02/2026 for
          24 intensive outpatient days from 09/08/2026, status "Pended - clinical information requested
          09/04/2026", with no decision entered; the program's fax report shows the clinical records sent to the
          plan's utilization management fax on 09/04/2026.
        file: other/plan-portal-authorization-status-2026-10-30.txt
        page: 1
external_review:
  agency: Commonwealth Medical Assistance Hearings Office (FICTIONAL)
  address: |-
    Commonwealth Medical Assistance Hearings Office (FICTIONAL)
    PO Box 20915
    Harrisburg, PA 17105
  final_denial_date: 2026-11-20
prior_auth:
  requested_on: 2026-09-02
  reference: KUH-PA-26-0902-5517
  never_decided: true
  pended_on: 2026-09-04
  pended_for: clinical records, faxed to the plan the same day
  proof:
    - other/plan-portal-authorization-status-2026-10-30.txt
    - other/fax-confirmation-2026-09-04.txt
treatment:
  name: Mental-health intensive outpatient program, 24 program days (S9480)
  summary: >-
    A six-week intensive outpatient program, three hours a day four days a week, for recurrent major depression
    with anxiety after a year of weekly therapy and two antidepressants left her unable to attend classes.
  plan: >-
    Twelve hours a week of group and individual therapy for six weeks (24 program days), psychiatric review every
    two weeks, PHQ-9 weekly, discharge to weekly outpatient therapy.
clinical:
  severity: PHQ-9 19 on 08/28/2026 (intake); PHQ-9 9 on 10/16/2026 (discharge)
  severity_date: 2026-10-16
  suicidality: passive
  suicidality_date: 2026-08-28
  response: PHQ-9 19 at intake (08/28/2026) to 9 at discharge (10/16/2026)
  response_level: response
  episode_onset: 2025-01
  history:
    - drug: Fluoxetine
      dose: 40 mg daily
      start: 2025-03
      end: 2025-08
      weeks: 20
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 20 weeks at 40 mg; stopped
      evidence: {file: clinical/iop-intake-assessment-2026-08-28.txt, page: 1}
    - drug: Escitalopram
      dose: 20 mg daily
      start: 2025-09
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued through and after the program
      evidence: {file: clinical/iop-intake-assessment-2026-08-28.txt, page: 1}
    - drug: Hydroxyzine
      dose: 25 mg at bedtime as needed for sleep and anxiety
      start: 2025-09
      ongoing: true
      kind: other
      outcome: Taken as needed for sleep; not an antidepressant trial
      evidence: {file: clinical/iop-intake-assessment-2026-08-28.txt, page: 1}
    - drug: Weekly outpatient psychotherapy
      dose: 45-minute sessions
      start: 2025-01
      ongoing: true
      kind: psychotherapy
      sessions: 52
      adequate: true
      response: partial
      outcome: About 52 weekly sessions since 01/2025; partial response; continues after the program
      evidence: {file: clinical/iop-intake-assessment-2026-08-28.txt, page: 1}
impact:
  work: She withdrew from her community college classes in August 2026.
  daily_life: She had stopped leaving the house except for therapy appointments.
author:
  name: Rosalind Quispe-Arana
  role: Grandmother and authorized representative
  relation: representative
  authorization: other/authorized-representative-form-2026-11-01.txt
  address: |-
    2318 Mifflin Street, Apt 1
    Reading, PA 19604
  phone: (610) 555-0123
provider:
  name: Schuylkill Valley Behavioral Health Intensive Outpatient Program (FICTIONAL)
  npi: "1588204135"
  address: |-
    640 Penn Street
    Reading, PA 19601
  phone: (610) 555-0140
record_dates:
  - file: clinical/iop-intake-assessment-2026-08-28.txt
    date: 2026-08-28
  - file: clinical/iop-discharge-summary-2026-10-16.txt
    date: 2026-10-16
  - file: clinical/adolescent-clinic-phq-a-2022-stale.txt
    date: 2022-04-11
template: external-review-request
copies: [prescriber]
bates_prefix: MONTOYAQUISPE
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/remittance-denial-2026-10-29.txt": """
KEYSTONE UNITY HEALTH PARTNERS (FICTIONAL) - NOTICE OF DENIAL OF PAYMENT              Date: 10/29/2026
Member: Dariela Montoya-Quispe   DOB 06/03/2006   Member ID FICT-KUH-77120465   Page 1 of 1
Claim KUH-CL-26-1021-66810   Provider: Schuylkill Valley Behavioral Health IOP
Services 09/08/2026-10/16/2026   S9480 x 24 days   Billed $6,480.00   Paid $0.00
CARC 197. Precertification/authorization absent. No authorization on file for intensive outpatient services
09/08/2026-10/16/2026.
You may appeal to the plan within 60 days of the date of this notice.
""",
    "denial/plan-appeal-decision-2026-11-20.txt": """
KEYSTONE UNITY HEALTH PARTNERS (FICTIONAL) - NOTICE OF APPEAL RESOLUTION              Date: 11/20/2026
Member: Dariela Montoya-Quispe   Member ID FICT-KUH-77120465   Appeal AP-26-1103-0448   Page 1 of 1
Claim KUH-CL-26-1021-66810, intensive outpatient services 09/08/2026-10/16/2026.
Decision: We reviewed your appeal and uphold the denial. No request for prior authorization was received for
these services before or during the dates of service. Intensive outpatient services require prior
authorization.
Your right to a state fair hearing: You may ask for a state fair hearing no later than 120 calendar days from
the date of this notice. Send your request to the Commonwealth Medical Assistance Hearings Office, PO Box 20915,
Harrisburg, PA 17105.
""",
    "clinical/iop-intake-assessment-2026-08-28.txt": """
SCHUYLKILL VALLEY BEHAVIORAL HEALTH (FICTIONAL) - INTENSIVE OUTPATIENT PROGRAM INTAKE   Date: 08/28/2026
Patient: Dariela Montoya-Quispe   DOB 06/03/2006   Page 1 of 1
Referred by her outpatient therapist. Major depressive disorder, recurrent, moderate (F33.1); generalized anxiety
disorder (F41.1). Current episode since 01/2025. PHQ-9 19. Passive thoughts that she would be better off asleep
and not waking; no plan, no intent, no attempts.
Medications: fluoxetine 40 mg daily 03/2025-08/2025, no response after 20 weeks, stopped; escitalopram 20 mg
daily since 09/2025, partial response, continues; hydroxyzine 25 mg at bedtime as needed for sleep and anxiety.
Weekly outpatient psychotherapy since 01/2025 (about 52 sessions), partial response; continues.
Earlier episode at 15 (2021): sertraline 50 mg with school counseling; recovered within 4 months.
Function: withdrew from community college classes 08/2026; leaves the house only for therapy.
Plan: IOP 12 hours a week (4 days x 3 hours) for 6 weeks, start 09/08/2026. Authorization requested from
Keystone Unity 09/02/2026.
""",
    "clinical/iop-discharge-summary-2026-10-16.txt": """
SCHUYLKILL VALLEY BEHAVIORAL HEALTH (FICTIONAL) - IOP DISCHARGE SUMMARY                Date: 10/16/2026
Patient: Dariela Montoya-Quispe   Page 1 of 1
Attended 24 of 24 program days, 09/08/2026-10/16/2026. PHQ-9 19 at intake, 9 at discharge. No suicidal
thoughts in the last three weeks of the program. Escitalopram 20 mg continues. Discharged to weekly outpatient
therapy; re-enrolled in two college classes for the spring term.
""",
    "clinical/adolescent-clinic-phq-a-2022-stale.txt": """
BERKS COUNTY TEEN HEALTH CLINIC (FICTIONAL) - PHQ-A SCREENING                         Date: 04/11/2022
Patient: Dariela Montoya-Quispe (age 15)   Page 1 of 1
PHQ-A 6 (mild), after recovery from the 2021 episode. No medication at this time.
""",
    "other/plan-portal-authorization-status-2026-10-30.txt": """
KEYSTONE UNITY HEALTH PARTNERS (FICTIONAL) - PROVIDER PORTAL, AUTHORIZATION STATUS     Printed 10/30/2026
Provider: Schuylkill Valley Behavioral Health IOP   Page 1 of 1
Request KUH-PA-26-0902-5517   Member: MONTOYA-QUISPE, DARIELA   Received 09/02/2026 10:14
Service: S9480 intensive outpatient, 24 days from 09/08/2026
Status: Pended - clinical information requested 09/04/2026.   Decision: (none entered)
Request KUH-PA-26-0902-5522   Member: REYES-OTERO, MARISOL   Received 09/02/2026 10:31   Status: Approved
""",
    "other/fax-confirmation-2026-09-04.txt": """
SCHUYLKILL VALLEY BEHAVIORAL HEALTH (FICTIONAL) - FAX TRANSMISSION REPORT              09/04/2026 15:42
To: Keystone Unity Utilization Management, (717) 555-0158   Pages: 14   Result: OK
Cover: "Clinical records for authorization request KUH-PA-26-0902-5517, Dariela Montoya-Quispe, as requested
09/04/2026."
""",
    "other/medicaid-eligibility-notice-2026-01-09.txt": """
COMMONWEALTH MEDICAL ASSISTANCE PROGRAM (FICTIONAL) - NOTICE OF ELIGIBILITY            Date: 01/09/2026
Name: Dariela Montoya-Quispe   Date of birth: 06/03/2006   Page 1 of 1
You are eligible for Medical Assistance from 01/01/2026. Your managed care plan: Keystone Unity Health Partners.
""",
    "other/authorized-representative-form-2026-11-01.txt": """
KEYSTONE UNITY HEALTH PARTNERS (FICTIONAL) - APPOINTMENT OF AUTHORIZED REPRESENTATIVE   Signed 11/01/2026
Member: Dariela Montoya-Quispe   Member ID FICT-KUH-77120465
I appoint my grandmother, Rosalind Quispe-Arana, to act for me in appeals and state fair hearings about my care
and to receive my health information for that purpose.   Signed: Dariela Montoya-Quispe
""",
}

TRUTH = r"""
# 02 - Medicaid managed care, member aged 20: an IOP denied "no authorization" although the plan pended the request and never decided it; state fair hearing by her grandmother (FICTIONAL)

All people, plans, agency offices, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Dariela Montoya-Quispe, **20** on every date of service (DOB **06/03/2006**, eligibility notice), a member of
  **Keystone Unity Health Partners** (Medicaid managed care, Pennsylvania), attended a mental-health **intensive
  outpatient program**, **24 program days, 09/08/2026-10/16/2026** (S9480; F33.1, F41.1).
- The program asked for authorization on **09/02/2026** (request **KUH-PA-26-0902-5517**); the plan **pended it on
  09/04/2026** for clinical information; the program **faxed 14 pages the same day** (fax report 09/04/2026 15:42).
  The plan **never decided** the request (portal: "Decision: (none entered)").
- Denial of payment **10/29/2026**, **CO-197**. The plan's **notice of appeal resolution of 11/20/2026** upheld it,
  saying **"No request for prior authorization was received"** - its own portal shows the request received.
- **Rule:** a service authorization not decided within the time 42 CFR 438.210(d) allows is itself an adverse
  benefit determination on the day the time runs out (**42 CFR 438.404(c)(5)**): the plan owed a decision on the
  merits; the denial "no authorization" rests on its own failure to decide. Under 21: **EPSDT** (42 USC
  1396d(r)(5)) reaches medically necessary mental-health care.
- **Stage:** state fair hearing, **42 CFR 438.408(f)(2)**: no later than 120 calendar days from the notice of
  resolution: by **03/20/2027**. Addressed to the hearings office, not the plan.
- Clinically: PHQ-9 **19 -> 9**; fluoxetine 40 mg failed (20 weeks); escitalopram 20 mg partial, **continues**.
- **Author:** her grandmother, appointed representative (form signed 11/01/2026); writes about "Ms.
  Montoya-Quispe" / "my granddaughter", never "I" as the patient.

## Deliberately unknown
- Why the plan did not decide the request: not known; the letter may ask for the plan's utilization-management file.
- The exact number of days 438.210(d) gave the plan in 2026: not stated in the case; a letter should not print a
  day count it cannot source (saying the time passed without a decision is enough: more than two months passed).
- The plan's IOP medical-necessity criteria: never applied, never quoted.

## Traps
- **A decision's wrong statement:** "No request ... was received" - the portal and fax report contradict it.
- **Not a retro-authorization plea:** the request was made in time; the letter must not ask forgiveness for a
  missing authorization or say the program "failed to obtain" one.
- **Never decided is not "approved":** ask the plan/hearing officer to decide on the merits and order payment; do not
  say the request was deemed granted.
- **Other person on a document:** the portal's second line is **Marisol Reyes-Otero**'s request (approved).
- **Stale form:** the 2022 PHQ-A (6, age 15) is not current.
- **Earlier episode:** sertraline 50 mg in 2021 with recovery: not a failed trial.
- **Escitalopram continues** (partial): never "failed" or "stopped"; **hydroxyzine** is for sleep/anxiety, not a
  trial; psychotherapy is not an antidepressant.
- **Stage and law:** Medicaid: no ERISA, no 45 CFR 147.136, no external review by an IRO, no MHPAEA (Medicaid's own
  parity rule is 438.910, not needed here); no continued-benefits request (438.420: care is over, `action: none`).
- "filed within 60 days" concerns the plan appeal, already done; the request now is the fair hearing.

## Arguments a strong letter makes, strongest first
1. The plan received authorization request KUH-PA-26-0902-5517 on 09/02/2026, pended it 09/04/2026, got the records
   the same day and never decided it (portal, fax report); under 438.404(c)(5) its silence was a denial it never
   explained. The 11/20/2026 decision's statement that no request was received is contradicted by its own record.
2. Ask the hearing officer to decide the care on its merits and order the claim paid: the record shows the need
   (PHQ-9 19, passive ideation, withdrawal from college, a failed SSRI and partial response to a second, a year of
   weekly therapy) and the response (PHQ-9 9).
3. EPSDT: as a member under 21, she is owed medically necessary care to correct or ameliorate her condition.
4. Ask for the plan's case file and utilization-management notes for the request.

## What a letter must NOT say
- "no authorization was requested", "failed to obtain authorization", "retroactive authorization" as the ask,
  "deemed approved"/"treated as granted".
- "Reyes-Otero", "PHQ-A 6" as current, "failed escitalopram", "stopped escitalopram", "hydroxyzine trial", "failed
  sertraline".
- "ERISA", "29 CFR 2560.503-1", "45 CFR 147.136", "external review", "MHPAEA", "continue benefits during the
  appeal" (438.420).
- "the state sets between 90 and 120 days"; any deadline other than 03/20/2027 for the hearing.
"""

_I = "clinical/iop-intake-assessment-2026-08-28.txt"
_P = "other/plan-portal-authorization-status-2026-10-30.txt"
ANSWERS = [
    ("authorization request number", "KUH-PA-26-0902-5517", _P),
    ("when the plan received it", "Received 09/02/2026 10:14", _P),
    ("the plan's pend", "Pended - clinical information requested 09/04/2026", _P),
    ("decision entered", "Decision: (none entered)", _P),
    ("records sent", "09/04/2026 15:42", "other/fax-confirmation-2026-09-04.txt"),
    ("decision's wrong statement", "No request for prior authorization was received", "denial/plan-appeal-decision-2026-11-20.txt"),
    ("fair hearing window", "no later than 120 calendar days from the date of this notice", "denial/plan-appeal-decision-2026-11-20.txt"),
    ("fair hearing deadline", "by **03/20/2027**", "truth"),
    ("rule on undecided requests", "438.404(c)(5)", "truth"),
    ("date of birth record", "Date of birth: 06/03/2006", "other/medicaid-eligibility-notice-2026-01-09.txt"),
    ("program days", "Attended 24 of 24 program days", "clinical/iop-discharge-summary-2026-10-16.txt"),
    ("response", "PHQ-9 19 at intake, 9 at discharge", "clinical/iop-discharge-summary-2026-10-16.txt"),
    ("fluoxetine trial", "no response after 20 weeks, stopped", _I),
    ("escitalopram status", "escitalopram 20 mg daily since 09/2025, partial response, continues", _I),
    ("other person on the portal", "REYES-OTERO, MARISOL", _P),
    ("earlier episode", "sertraline 50 mg with school counseling; recovered within 4 months", _I),
]
