"""Set 45, case 08 (FICTIONAL): school district employees' plan, self-funded (governmental); out-of-network
psychotherapy paid by the member, seven 60-minute sessions paid as 45-minute ones (CO-150); the plan's own
reimbursement policy uses the 53-minute threshold. First internal appeal by the treating psychologist."""
SLUG = "08-governmental-self-funded-psychotherapy-90837-downcoded-53-minute-rule-superbill-first-appeal-psychologist"

CASE_YAML = """
# FICTIONAL CASE (set 45, case 08) - every person, plan, provider, number and address is invented.
# School district employees' plan, self-funded (CO), 3,100 employees. Mirela Thorsby-Nwosu, 34, PTSD, paid an
# out-of-network psychologist for eight sessions (08/06-09/24/2026) and sent the superbill. The plan paid the seven
# sessions billed 90837 as 90834 (CO-150: "documentation does not support 60 minutes"); one session (09/10, 50 minutes)
# was billed 90834 and paid as billed. The plan's own reimbursement policy RP-BH-3 says 90837 is for 53 minutes or
# more with start and stop times, which each note shows. Her psychologist appeals with her written consent.
patient:
  name: Mirela Thorsby-Nwosu
  salutation: Ms. Thorsby-Nwosu
  date_of_birth: 1992-06-15
  member_id: FICT-FRS-90266158
  address: |-
    3318 West 29th Avenue
    Denver, CO 80211
  phone: (303) 555-0111
insurer:
  name: Front Range School District Employee Benefit Plan, administered by Summit Plan Services (FICTIONAL)
  appeals_address: |-
    Summit Plan Services - Appeals (FICTIONAL)
    PO Box 46210
    Denver, CO 80201
  fax: (303) 555-0153
claim:
  number: SPS-26-1009-338417
  plan_type: governmental
  funding: self_funded
  employees: 3100
  notice_date: 2026-10-30
  appeal_deadline: 2027-04-28
  deadline_basis: >-
    Explanation of benefits of 10/30/2026: "You may appeal within 180 days of receiving this notice" (counted from the
    notice date).
  service_dates: [2026-08-06, 2026-08-13, 2026-08-20, 2026-08-27, 2026-09-03, 2026-09-17, 2026-09-24]
  setting: outpatient
  procedure_codes: [90837]
  diagnosis_codes: [F43.10]
  carc_codes: [CO-150]
  denial_reason: >-
    Payment adjusted because the information submitted does not support this level of service. Documentation does not
    support 60 minutes of psychotherapy; processed as 90834. (CARC 150)
  denial_category: coding_billing
  denial_reasons: [coding_billing]
  coding_correct: true
  action: none
  not_appealed:
    - date: 2026-09-10
      code: "90834"
      why: A 50-minute session billed as 90834 and paid as billed
  corrections:
    - said: Documentation does not support 60 minutes of psychotherapy; processed as 90834.
      record: >-
        The plan's own reimbursement policy RP-BH-3 reports 90837 for 53 minutes or more of psychotherapy with start
        and stop times documented; each of the seven notes records start and stop times of 55 to 60 minutes.
      file: clinical/session-notes-time-record-2026.txt
      page: 1
plan_policy:
  name: Summit Plan Services reimbursement policy RP-BH-3, Psychotherapy time (for the Front Range School District plan)
  number: RP-BH-3
  quote: >-
    Psychotherapy codes are selected by the time spent with the patient. 90834 is reported for 38 to 52 minutes and
    90837 for 53 minutes or more. Start and stop times must be documented in the record.
  file: other/reimbursement-policy-rp-bh-3.txt
service_lines:
  - {date: 2026-08-06, place_of_service: "11", code: "90837", units: 1, charge: 200.00, paid: 200.00, description: "60 minutes (2:00-3:00 pm)"}
  - {date: 2026-08-13, place_of_service: "11", code: "90837", units: 1, charge: 200.00, paid: 200.00, description: "57 minutes (2:00-2:57 pm)"}
  - {date: 2026-08-20, place_of_service: "11", code: "90837", units: 1, charge: 200.00, paid: 200.00, description: "56 minutes (2:02-2:58 pm)"}
  - {date: 2026-08-27, place_of_service: "11", code: "90837", units: 1, charge: 200.00, paid: 200.00, description: "58 minutes (2:00-2:58 pm)"}
  - {date: 2026-09-03, place_of_service: "11", code: "90837", units: 1, charge: 200.00, paid: 200.00, description: "55 minutes (2:05-3:00 pm)"}
  - {date: 2026-09-10, place_of_service: "11", code: "90834", units: 1, charge: 150.00, paid: 150.00, description: "50 minutes (2:00-2:50 pm); paid as billed, not appealed"}
  - {date: 2026-09-17, place_of_service: "11", code: "90837", units: 1, charge: 200.00, paid: 200.00, description: "59 minutes (2:00-2:59 pm)"}
  - {date: 2026-09-24, place_of_service: "11", code: "90837", units: 1, charge: 200.00, paid: 200.00, description: "56 minutes (2:00-2:56 pm)"}
expenses:
  - {date: 2026-09-24, item: "Eight psychotherapy sessions, 08/06-09/24/2026 (seven 90837 at $200.00, one 90834 at $150.00)", amount: 1550.00, paid: 1550.00}
reimbursement:
  amount_billed: $1,550.00
  amount_paid: $1,550.00
treatment:
  name: Trauma-focused outpatient psychotherapy, seven 53-minute-or-longer sessions (90837)
  summary: >-
    Weekly trauma-focused psychotherapy for PTSD with a psychologist outside the plan's network; the plan does not
    question the care, only the length billed for seven of the sessions.
clinical:
  severity: PCL-5 58 on 08/06/2026; PCL-5 41 on 09/24/2026
  severity_date: 2026-09-24
  suicidality: passive
  suicidality_date: 2026-08-06
  response: PCL-5 58 to 41 over eight sessions
  response_level: partial
  history:
    - drug: Sertraline
      dose: 150 mg daily
      start: 2025-11
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued
      evidence: {file: clinical/session-notes-time-record-2026.txt, page: 1}
    - drug: Prazosin
      dose: 2 mg at bedtime for nightmares
      start: 2026-02
      ongoing: true
      kind: other
      outcome: For trauma nightmares; not an antidepressant trial
      evidence: {file: clinical/session-notes-time-record-2026.txt, page: 1}
    - drug: Prolonged exposure therapy (earlier episode)
      dose: 12 sessions
      start: 2021-01
      end: 2021-04
      kind: psychotherapy
      sessions: 12
      adequate: true
      response: response
      outcome: Good response in 2021 after an earlier trauma; not a failed treatment
      evidence: {file: clinical/session-notes-time-record-2026.txt, page: 1}
author:
  name: Aurelia Lindqvist-Barros, PsyD
  role: Licensed psychologist; the treating clinician
  relation: clinician
  authorization: other/patient-consent-to-appeal-2026-11-09.txt
  address: |-
    Cherry Creek Trauma Therapy (FICTIONAL), 270 Saint Paul Street, Suite 205
    Denver, CO 80206
  phone: (303) 555-0136
  email: dr.lindqvist-barros@cctt.example
provider:
  name: Aurelia Lindqvist-Barros, PsyD
  credentials: Licensed psychologist (out of network)
  npi: "1770318453"
  address: |-
    270 Saint Paul Street, Suite 205
    Denver, CO 80206
  phone: (303) 555-0136
record_dates:
  - file: clinical/session-notes-time-record-2026.txt
    date: 2026-09-24
bates_prefix: THORSBYNWOSU
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/explanation-of-benefits-2026-10-30.txt": """
SUMMIT PLAN SERVICES (FICTIONAL) for the Front Range School District Employee Benefit Plan (self-funded)
EXPLANATION OF BENEFITS                                                            Date: 10/30/2026
Member: Mirela Thorsby-Nwosu   ID FICT-FRS-90266158   Claim SPS-26-1009-338417, received 10/09/2026 (member submitted)
Provider: Aurelia Lindqvist-Barros, PsyD (out of network)
08/06, 08/13, 08/20, 08/27, 09/03, 09/17, 09/24/2026   90837 billed $200.00 each   Processed as 90834
  CARC 150. Payment adjusted because the information submitted does not support this level of service.
  Documentation does not support 60 minutes of psychotherapy; processed as 90834.
09/10/2026   90834 billed $150.00   Processed as billed.
You may appeal within 180 days of receiving this notice.
""",
    "clinical/session-notes-time-record-2026.txt": """
CHERRY CREEK TRAUMA THERAPY (FICTIONAL) - SESSION TIME RECORD AND NOTES SUMMARY            Printed 10/20/2026
Client: Mirela Thorsby-Nwosu   DOB 06/15/1992   Clinician: Aurelia Lindqvist-Barros, PsyD   Page 1 of 1
Diagnosis: posttraumatic stress disorder (F43.10). Trauma-focused psychotherapy, weekly.
08/06  2:00-3:00 pm  60 min  90837      08/13  2:00-2:57 pm  57 min  90837      08/20  2:02-2:58 pm  56 min  90837
08/27  2:00-2:58 pm  58 min  90837      09/03  2:05-3:00 pm  55 min  90837      09/10  2:00-2:50 pm  50 min  90834
09/17  2:00-2:59 pm  59 min  90837      09/24  2:00-2:56 pm  56 min  90837
PCL-5 58 (08/06) to 41 (09/24). Passive death wishes at intake 08/06 without plan or intent; none since 08/20.
Medication (her primary care): sertraline 150 mg daily since 11/2025, partial response, continued; prazosin 2 mg at
bedtime for nightmares since 02/2026. Earlier: 12 sessions of prolonged exposure in 2021 after a different trauma,
good response.
""",
    "other/reimbursement-policy-rp-bh-3.txt": """
SUMMIT PLAN SERVICES (FICTIONAL) - REIMBURSEMENT POLICY RP-BH-3, PSYCHOTHERAPY TIME            Effective 01/01/2026
Applies to the Front Range School District Employee Benefit Plan.
Psychotherapy codes are selected by the time spent with the patient. 90834 is reported for 38 to 52 minutes and
90837 for 53 minutes or more. Start and stop times must be documented in the record.
""",
    "other/superbill-2026-09-24.txt": """
CHERRY CREEK TRAUMA THERAPY (FICTIONAL) - SUPERBILL                                            Date: 09/24/2026
Provider: Aurelia Lindqvist-Barros, PsyD, licensed psychologist, NPI 1770318453, out of network with Summit Plan
Services. Client: Mirela Thorsby-Nwosu. Diagnosis F43.10. Place of service 11.
Seven sessions 90837 at $200.00 (08/06, 08/13, 08/20, 08/27, 09/03, 09/17, 09/24); one session 90834 at $150.00
(09/10). Total $1,550.00, paid in full by the client.
""",
    "other/patient-consent-to-appeal-2026-11-09.txt": """
CONSENT TO APPEAL AND RELEASE OF RECORDS (FICTIONAL)                                            Date: 11/09/2026
I, Mirela Thorsby-Nwosu, ask Aurelia Lindqvist-Barros, PsyD, to appeal claim SPS-26-1009-338417 for me and allow her
to send the plan my session times and a summary of my treatment.   Signed: Mirela Thorsby-Nwosu
""",
    "other/group-schedule-2025-09-stale.txt": """
CHERRY CREEK TRAUMA THERAPY (FICTIONAL) - GROUP SCHEDULE, September 2025
Thursday skills group 2:00-3:30 pm: K.L., P.D., S.V. (other clients). [Last year's schedule; Ms. Thorsby-Nwosu was
not in the group.]
""",
}

TRUTH = """
# 08 - School district plan, self-funded: seven 60-minute psychotherapy sessions paid as 45-minute ones; first internal appeal by the treating psychologist (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Mirela Thorsby-Nwosu, 34, in the **Front Range School District Employee Benefit Plan**, **self-funded**, a
  **non-federal governmental plan** (3,100 employees), PTSD (F43.10). She paid an out-of-network psychologist
  **$1,550.00** for eight sessions 08/06-09/24/2026 and submitted the superbill (received 10/09/2026).
- **Seven** sessions were billed **90837** (08/06, 08/13, 08/20, 08/27, 09/03, 09/17, 09/24), each **55-60 minutes**
  with start and stop times; **09/10** was **50 minutes, billed 90834 and paid as billed** (not appealed).
- EOB **10/30/2026** (SPS-26-1009-338417, **CO-150**): "Documentation does not support 60 minutes; processed as
  90834." The plan's own **RP-BH-3 (effective 01/01/2026)**: 90837 is for **53 minutes or more**, with start and stop
  times documented - met on all seven dates. Nothing requires 60 minutes.
- **Rule and stage:** a governmental plan is **not ERISA**; first internal appeal within **180 days** per the EOB
  (**by 04/28/2027**, counted from the notice date); the PHS Act claims and appeals rules (45 CFR 147.136) reach
  non-federal governmental plans; external review may follow (for a self-funded governmental plan, the HHS-
  administered federal process), though a coding dispute may not be eligible - not promised.
- **Author:** Aurelia Lindqvist-Barros, **PsyD**, the treating psychologist (a clinician who does not prescribe), with
  the patient's written consent (11/09/2026): "I write as Ms. Thorsby-Nwosu's treating psychologist".

## Deliberately unknown
- The plan's allowed amounts for 90834 and 90837 out of network: the difference owed is not in the case; a letter
  must not state a figure.
- Whether the plan opted out of any parity requirements: not in the case (not needed).

## Traps
- **Rule/plan document, not medicine.** The win is RP-BH-3's 53-minute threshold against the EOB's "60 minutes".
- **Seven, not eight:** 09/10 was 50 minutes, billed 90834 and paid as billed - never "all eight sessions were
  downcoded" or "eight sessions of 90837".
- **Coding is correct:** no corrected claim.
- **Suicidality:** passive death wishes at intake only (08/06), none since 08/20 - history with its date, never a
  present risk or "active".
- **Drugs:** sertraline continues (partial) - never "failed"; prazosin is for nightmares; prolonged exposure in 2021
  worked (earlier trauma) - never failed.
- **Stale / other people:** the September 2025 group schedule lists other clients; she was not in the group.
- **Voice:** a psychologist: never "physician", "prescriber", "MD"; "Dr." is acceptable only as a PsyD title if the
  letter writes it, but not "as her physician".
- **Wrong law:** no ERISA (29 CFR 2560.503-1) as the governing rule, no Department of Labor complaint, no Medicare or
  Medicaid; no 29 CFR 2590.715-2719.

## Arguments a strong letter makes (strongest first)
1. The plan's own **RP-BH-3**: 90837 is reported for **53 minutes or more** with start and stop times documented; the
   seven sessions ran **55-60 minutes** with times recorded. The EOB applied a 60-minute test the policy does not
   contain. Reprocess the seven lines as 90837.
2. Correct the EOB's statement that documentation does not support the level billed; the coding was correct.
3. Reimburse the member under the plan's out-of-network benefit for 90837 on those seven dates (no figure stated);
   09/10 is not part of the appeal.

## What a letter must NOT say
- "eight sessions of 90837"; "all sessions were downcoded"; "09/10 was 60 minutes".
- "60 minutes required"; "corrected claim"; "the claim contained an error".
- "medically necessary" as the ground; "peer-to-peer".
- "active suicidal ideation", "she is suicidal" now; "failed sertraline"; prolonged exposure as failed.
- "ERISA", "29 CFR 2560.503-1", "Department of Labor", "29 CFR 2590.715-2719", "Medicare", "Medicaid".
- "as her physician", "as her prescriber", "MD"; K.L., P.D., S.V.
"""

ANSWERS = [
    ("plan", "Front Range School District Employee Benefit Plan (self-funded)", "denial/explanation-of-benefits-2026-10-30.txt"),
    ("notice date", "Date: 10/30/2026", "denial/explanation-of-benefits-2026-10-30.txt"),
    ("window", "within 180 days of receiving this notice", "denial/explanation-of-benefits-2026-10-30.txt"),
    ("deadline", "appeal_deadline: 2027-04-28", "case.yaml"),
    ("CARC", "CARC 150", "denial/explanation-of-benefits-2026-10-30.txt"),
    ("wrong test", "Documentation does not support 60 minutes", "denial/explanation-of-benefits-2026-10-30.txt"),
    ("plan's rule", "90837 for 53 minutes or more", "other/reimbursement-policy-rp-bh-3.txt"),
    ("times documented", "Start and stop times must be documented", "other/reimbursement-policy-rp-bh-3.txt"),
    ("shortest 90837", "09/03  2:05-3:00 pm  55 min  90837", "clinical/session-notes-time-record-2026.txt"),
    ("not appealed", "09/10  2:00-2:50 pm  50 min  90834", "clinical/session-notes-time-record-2026.txt"),
    ("paid as billed", "Processed as billed", "denial/explanation-of-benefits-2026-10-30.txt"),
    ("amount paid", "Total $1,550.00, paid in full by the client", "other/superbill-2026-09-24.txt"),
    ("suicidality history", "Passive death wishes at intake 08/06 without plan or intent; none since 08/20", "clinical/session-notes-time-record-2026.txt"),
    ("earlier episode", "12 sessions of prolonged exposure in 2021", "clinical/session-notes-time-record-2026.txt"),
    ("consent", "ask Aurelia Lindqvist-Barros, PsyD, to appeal", "other/patient-consent-to-appeal-2026-11-09.txt"),
    ("not ERISA", "a governmental plan is **not ERISA**", "truth"),
]
