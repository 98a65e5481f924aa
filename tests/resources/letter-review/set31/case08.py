SLUG = "08-school-district-insured-maintenance-ect-relapse-after-2025-taper-first-appeal-nonprofit-advocate"

CASE_YAML = r'''
# FICTIONAL CASE (set 31, case 08) - every person, plan, provider, number and address is invented.
# School district employee plan, insured, South Carolina (a governmental plan; not ERISA). Gloria Nakamura-Ellison,
# 61, a school librarian, reached remission with a second acute ECT course (08-10/2026). Her psychiatrist asked for
# maintenance ECT (14 treatments over 6 months). The plan denied it under its policy BH-ECT-M3 criterion 2: "no
# history of relapse after ECT is documented". She relapsed in 06/2025, three months after her 2024-25 continuation
# ECT was stopped, and was hospitalized. A nonprofit advocate writes the first internal appeal with her
# authorization.
patient:
  name: Gloria Nakamura-Ellison
  salutation: Ms. Nakamura-Ellison
  date_of_birth: 1965-08-23
  member_id: FICT-PSH-2201937-01
  address: |-
    47 Meeting Street, Apt 2B
    Charleston, SC 29401
  phone: (843) 555-0129
insurer:
  name: Palmetto Shore Health Insurance Company (FICTIONAL), for the Charleston Harbor School District Employee Health Plan
  appeals_address: |-
    Palmetto Shore Health - Appeals Unit (address FICTIONAL)
    PO Box 100455
    Columbia, SC 29202
  fax: (803) 555-0187
claim:
  number: PSH-UM-26-1109-63312
  plan_type: governmental
  funding: insured
  notice_date: 2026-11-09
  appeal_deadline: 2027-05-08
  deadline_basis: >-
    Notice of 11/09/2026: "You have 180 days from receipt of this notice to file an appeal"; counted here from the
    notice date.
  setting: outpatient
  pending_services: [14 maintenance ECT treatments over 6 months]
  procedure_codes: [90870, "00104"]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    Maintenance electroconvulsive therapy does not meet Clinical Policy BH-ECT-M3. Criterion 2 is not met: no
    history of relapse after ECT is documented. The member is in remission and can be maintained on medication.
  denial_category: medical_necessity
  reviewer: {name: "Raymond Ostrowski, MD", specialty: psychiatry}
  action: none
  corrections:
    - said: "no history of relapse after ECT is documented"
      record: "After an acute ECT course (10-11/2024) and continuation ECT tapered to monthly and stopped in 03/2025, she relapsed in 06/2025 and was hospitalized 06/10/2025-06/24/2025; the discharge summary says so."
      file: clinical/discharge-summary-2025-06-24.txt
      page: 1
plan_policy:
  name: Palmetto Shore Health Clinical Policy BH-ECT-M3, continuation and maintenance ECT (2026)
  number: BH-ECT-M3
  quote: >-
    Continuation or maintenance ECT is medically necessary when all are met: 1. the most recent acute ECT course
    produced a response or remission; 2. the member relapsed after an earlier ECT course was stopped or tapered, or
    relapsed on medication alone after an acute course; 3. medication is continued with ECT; 4. a written schedule
    with reassessment at least every 3 months; 5. cognitive testing before the series and every 3 months.
  file: other/clinical-policy-bh-ect-m3-2026.txt
payer_criteria:
  - criterion: "1. the most recent acute ECT course produced a response or remission"
    how_met: Acute course 08/2026-10/2026, 12 treatments; HAM-D 29 to 8 (remission)
    met: true
    evidence: {file: clinical/psychiatrist-request-2026-11-02.txt, page: 1}
  - criterion: "2. relapse after an earlier ECT course was stopped or tapered, or on medication alone"
    how_met: Relapse in 06/2025, three months after continuation ECT was stopped (03/2025), with hospitalization 06/10-06/24/2025; nortriptyline and lithium afterwards did not restore remission
    met: true
    evidence:
      - {file: clinical/discharge-summary-2025-06-24.txt, page: 1}
      - {file: clinical/psychiatrist-request-2026-11-02.txt, page: 1}
  - criterion: "3. medication is continued with ECT"
    how_met: Lithium 600 mg daily (level 0.6) continued
    met: true
    evidence: {file: clinical/psychiatrist-request-2026-11-02.txt, page: 1}
  - criterion: "4. a written schedule with reassessment at least every 3 months"
    how_met: Weekly x4, every 2 weeks x4, then monthly x6 (14 treatments), reassessed at months 3 and 6
    met: true
    evidence: {file: clinical/psychiatrist-request-2026-11-02.txt, page: 1}
  - criterion: "5. cognitive testing before the series and every 3 months"
    how_met: MoCA 28 on 10/29/2026; to be repeated every 3 months
    met: true
    evidence: {file: clinical/psychiatrist-request-2026-11-02.txt, page: 1}
treatment:
  name: Maintenance electroconvulsive therapy (ECT), 14 treatments over 6 months (90870, anesthesia 00104)
  summary: >-
    Maintenance ECT to keep the remission reached with a second acute course, after a relapse in 2025 three months
    after earlier continuation ECT was stopped.
  plan: Weekly for 4 weeks, every 2 weeks for 4 treatments, then monthly for 6; HAM-D and MoCA every 3 months; lithium continued
  alongside: lithium 600 mg daily
clinical:
  severity: HAM-D 8 on 10/28/2026 (remission after the acute course; HAM-D 29 on 08/03/2026)
  severity_date: 2026-10-28
  suicidality: passive
  suicidality_date: 2026-08-03
  response: HAM-D 29 (08/03/2026) to 8 (10/28/2026)
  response_level: remission
  history:
    - drug: Acute ECT course and continuation ECT (2024-2025)
      dose: 12 acute treatments 10-11/2024, then continuation tapered to monthly, stopped 03/2025
      start: 2024-10
      end: 2025-03
      kind: neuromodulation
      sessions: 12
      response: remission
      outcome: Remission; relapse 06/2025, three months after continuation ECT was stopped
      evidence: {file: clinical/discharge-summary-2025-06-24.txt, page: 1}
    - drug: Nortriptyline
      dose: 100 mg daily (level 110 ng/mL)
      start: 2025-07
      end: 2025-10
      weeks: 12
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 12 weeks at a therapeutic level
      evidence: {file: clinical/psychiatrist-request-2026-11-02.txt, page: 1}
    - drug: Lithium
      dose: 600 mg daily (level 0.6 mEq/L)
      start: 2025-07
      ongoing: true
      kind: augmentation
      adequate: true
      response: partial
      outcome: Partial response; continued with ECT
      evidence: {file: clinical/psychiatrist-request-2026-11-02.txt, page: 1}
    - drug: Acute ECT course (2026)
      dose: 12 treatments
      start: 2026-08
      end: 2026-10
      kind: neuromodulation
      sessions: 12
      response: remission
      outcome: Remission (HAM-D 8 on 10/28/2026)
      evidence: {file: clinical/psychiatrist-request-2026-11-02.txt, page: 1}
    - drug: Hydroxyzine
      dose: 25 mg at bedtime for sleep
      start: 2025-07
      ongoing: true
      kind: other
      outcome: Sleep aid only; not a trial
      evidence: {file: clinical/psychiatrist-request-2026-11-02.txt, page: 1}
impact:
  hospitalizations: [06/10/2025-06/24/2025 after the relapse]
  relapse: Relapsed in 06/2025, three months after continuation ECT was stopped in 03/2025
  work: Returned to work as a school librarian on 11/02/2026
author:
  name: Denise Whitlow-Garrison
  role: Benefits advocate, Lowcountry Mental Health Advocacy Project (FICTIONAL nonprofit), the member's authorized representative
  relation: representative
  authorization: other/authorized-representative-2026-11-12.txt
  address: |-
    Lowcountry Mental Health Advocacy Project (FICTIONAL), 500 King Street, Suite 3
    Charleston, SC 29403
  phone: (843) 555-0165
  email: dwg@lowcountrymhap.example
provider:
  name: Franklin Osei-Maddox
  credentials: MD
  npi: "1488209317"
  address: |-
    Harborview Behavioral Medicine (FICTIONAL), 125 Doughty Street
    Charleston, SC 29403
  phone: (843) 555-0142
record_dates:
  - file: clinical/psychiatrist-request-2026-11-02.txt
    date: 2026-11-02
  - file: clinical/discharge-summary-2025-06-24.txt
    date: 2025-06-24
bates_prefix: NAKAMURAELLISON
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''

DOCS = {
"denial/notice-of-adverse-determination-2026-11-09.txt": """
PALMETTO SHORE HEALTH INSURANCE COMPANY (FICTIONAL) - CHARLESTON HARBOR SCHOOL DISTRICT EMPLOYEE HEALTH PLAN
NOTICE OF ADVERSE BENEFIT DETERMINATION (PRE-SERVICE)                       Date of this notice: 11/09/2026
Member: Gloria Nakamura-Ellison   ID FICT-PSH-2201937-01   Reference PSH-UM-26-1109-63312
Requested: maintenance ECT, 14 treatments (90870, 00104)   Requested by: Franklin Osei-Maddox, MD
Page 1 of 1
Decision: DENIED. Maintenance electroconvulsive therapy does not meet Clinical Policy BH-ECT-M3. Criterion 2 is not
met: no history of relapse after ECT is documented. The member is in remission and can be maintained on medication.
Reviewer: Raymond Ostrowski, MD, board-certified in psychiatry.
YOUR RIGHTS: You have 180 days from receipt of this notice to file an appeal. We decide pre-service appeals within 30
days. After our final decision you may ask for an external review through the South Carolina Department of
Insurance. Send appeals to Palmetto Shore Health - Appeals Unit, PO Box 100455, Columbia, SC 29202, fax
(803) 555-0187.
""",
"other/clinical-policy-bh-ect-m3-2026.txt": """
PALMETTO SHORE HEALTH (FICTIONAL) - CLINICAL POLICY BH-ECT-M3, CONTINUATION AND MAINTENANCE ECT
Effective 01/01/2026                                                                   Page 1 of 1
Continuation or maintenance ECT is medically necessary when all are met: 1. the most recent acute ECT course
produced a response or remission; 2. the member relapsed after an earlier ECT course was stopped or tapered, or
relapsed on medication alone after an acute course; 3. medication is continued with ECT; 4. a written schedule
with reassessment at least every 3 months; 5. cognitive testing before the series and every 3 months.
""",
"clinical/discharge-summary-2025-06-24.txt": """
HARBORVIEW BEHAVIORAL MEDICINE INPATIENT UNIT (FICTIONAL)
DISCHARGE SUMMARY                                                            Date: 06/24/2025
Patient: Gloria Nakamura-Ellison   DOB 08/23/1965   Attending: Franklin Osei-Maddox, MD (NPI 1488209317)
Page 1 of 1
Admitted 06/10/2025, discharged 06/24/2025. Reason: relapse of major depression (F33.2) with weight loss and
inability to work.
History: acute ECT 12 treatments 10/2024-11/2024 with remission; continuation ECT weekly, then every 2 weeks, then
monthly, stopped 03/2025 at her request; relapse began 05/2025, about 2-3 months after the last treatment.
Plan at discharge: nortriptyline and lithium; outpatient follow-up.
""",
"clinical/psychiatrist-request-2026-11-02.txt": """
HARBORVIEW BEHAVIORAL MEDICINE (FICTIONAL)
REQUEST FOR MAINTENANCE ECT                                                    Date: 11/02/2026
Patient: Gloria Nakamura-Ellison   DOB 08/23/1965   Psychiatrist: Franklin Osei-Maddox, MD (NPI 1488209317)
Page 1 of 1
Diagnosis: major depressive disorder, recurrent, severe without psychotic features (F33.2).
2024-2025: acute ECT with remission; continuation ECT stopped 03/2025; relapse and admission 06/10-06/24/2025.
After the relapse: nortriptyline 100 mg 07/2025-10/2025 (level 110 ng/mL), no response after 12 weeks; lithium
600 mg since 07/2025 (level 0.6), partial response, continued; hydroxyzine 25 mg at bedtime for sleep.
2026: HAM-D 29 on 08/03/2026 with passive thoughts of death; acute ECT 12 treatments 08/2026-10/2026; HAM-D 8 on
10/28/2026 (remission). MoCA 28 on 10/29/2026. Returned to work 11/02/2026.
Plan: maintenance ECT weekly x4, every 2 weeks x4, monthly x6 (14 treatments); HAM-D and MoCA every 3 months;
lithium continued. Without it, relapse is likely, as in 2025.
""",
"other/ect-treatment-schedule-2026-10.txt": """
HARBORVIEW BEHAVIORAL MEDICINE (FICTIONAL) - ECT SUITE SCHEDULE, week of 10/19/2026
Page 1 of 1
Mon 10/19  07:30  G.N-E. (acute #11)     08:00  R.T. (maintenance #6)
Wed 10/21  07:30  G.N-E. (acute #12)     08:00  P.A. (acute #3)
""",
"other/ect-consent-2024-10.txt": """
HARBORVIEW BEHAVIORAL MEDICINE (FICTIONAL) - INFORMED CONSENT FOR ECT               Signed 10/07/2024
Patient: Gloria Nakamura-Ellison. Course consented: acute ECT, up to 12 treatments, 2024.
""",
"other/authorized-representative-2026-11-12.txt": """
AUTHORIZATION OF REPRESENTATIVE (FICTIONAL)                                          11/12/2026
I, Gloria Nakamura-Ellison, authorize Denise Whitlow-Garrison of the Lowcountry Mental Health Advocacy Project to
appeal reference PSH-UM-26-1109-63312 for me and to receive my health information for it.
Signed: Gloria Nakamura-Ellison
""",
}

TRUTH = """# 08 - School district plan (insured, South Carolina): maintenance ECT denied as "no relapse documented"; first appeal by a nonprofit advocate (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Gloria Nakamura-Ellison, **61**, Charleston, SC, a school librarian, is covered by her **school district's employee
  plan, insured** by Palmetto Shore Health (a **governmental** plan: not ERISA; state-regulated insurance).
- **2024-2025:** acute ECT (12, 10-11/2024) -> remission; continuation ECT tapered to monthly, **stopped 03/2025**;
  **relapse from 05/2025**, **hospitalized 06/10-06/24/2025**. Then nortriptyline 100 mg (level 110) 12 weeks, no
  response; lithium 600 mg (level 0.6) since 07/2025, partial, continued.
- **2026:** HAM-D 29 (08/03) -> acute ECT 12 treatments (08-10/2026) -> **HAM-D 8 (10/28/2026), remission**; MoCA 28.
- The plan **denied maintenance ECT (14 treatments over 6 months) on 11/09/2026** under **BH-ECT-M3 criterion 2**: "no
  history of relapse after ECT is documented". The 2025 discharge summary documents exactly that relapse.
- All five criteria of BH-ECT-M3 are met (record rows in case.yaml).
- **Stage and rule:** first internal appeal, **pre-service**; **180 days: by 05/08/2027** (from the notice date); decided
  within 30 days. A non-federal governmental plan's insured coverage: 45 CFR 147.136(b)(2) internal appeals; then
  **state external review** (South Carolina Department of Insurance, as the notice says).
- The reviewer **is a psychiatrist** (board-certified).
- **Author:** a nonprofit advocate with the member's written authorization.

## Deliberately unknown
- Whether the plan is grandfathered: not in the case (the notice offers external review).
- South Carolina statutes on ECT or appeals: not in the case; cite none by number.
- Whether a relapse would need another hospital stay: a risk, not a fact; never a prediction as certain.

## Traps
- **A decision's stated fact the record contradicts:** "no history of relapse after ECT" - the 06/2025 relapse and
  admission after continuation ECT stopped in 03/2025.
- **Earlier-episode response:** the 2024 acute ECT brought **remission**: never "failed ECT". The 2026 course also
  brought remission.
- **Lithium continues** with a partial response: never "failed" or "stopped". **Hydroxyzine** is a sleep aid, not a
  trial. Nortriptyline is the failed adequate trial.
- **Remission is the goal of maintenance**, not a reason against it: the letter answers "in remission and can be
  maintained on medication" with the 2025 relapse on medication after ECT stopped (and nortriptyline's failure).
- **Other people on a document:** "R.T." and "P.A." on the ECT schedule.
- **Stale document:** the **2024 ECT consent** is for the 2024 course, not this series.
- **Reviewer:** a psychiatrist - a letter must **not** say the reviewer was not a psychiatrist.
- **Suicidality:** passive thoughts of death on 08/03/2026 (history, > 90 days before a letter in 12/2026; remission
  now); never "active".
- **Wrong law:** **no ERISA** (29 CFR 2560.503-1 as governing, EBSA, "Department of Labor") - a governmental plan; no
  29 CFR 2590.715-2719 (self-funded route); no Medicare/Medicaid. No "expedited" (not certified).
- **Voice:** the advocate writes about "Ms. Nakamura-Ellison"; not the member's "I"; not a clinician.

## Arguments a strong letter makes (strongest first)
1. **Criterion 2 is met**: she **relapsed after continuation ECT was stopped (03/2025)** and was hospitalized
   06/10-06/24/2025 (discharge summary); the notice's stated fact is contradicted by the record.
2. Every other criterion is met: remission with the 2026 acute course (HAM-D 29 -> 8); lithium continued; written
   schedule with 3-month reassessment; MoCA 28 and 3-monthly testing.
3. "Can be maintained on medication": medication alone after the 2024-25 remission did not hold it (2025 relapse),
   and nortriptyline then failed; ask the plan to approve the 14 treatments.

## What a letter must NOT say
- "no relapse", "never relapsed"; "failed ECT" (2024 or 2026); "ECT did not work".
- "failed lithium", "stopped lithium"; hydroxyzine as a trial.
- "the reviewer is not a psychiatrist".
- "ERISA", "29 CFR 2560.503-1", "Department of Labor", "EBSA", "29 CFR 2590.715-2719", "Medicaid", "Medicare".
- "active suicidal ideation"; "expedited" as certified; R.T./P.A. as the patient; the 2024 consent as current.
"""

ANSWERS = [
    ("clinical/discharge-summary-2025-06-24.txt", "Admitted 06/10/2025, discharged 06/24/2025."),
    ("clinical/discharge-summary-2025-06-24.txt", "stopped 03/2025 at her request; relapse began 05/2025"),
    ("denial/notice-of-adverse-determination-2026-11-09.txt", "no history of relapse after ECT is documented"),
    ("denial/notice-of-adverse-determination-2026-11-09.txt", "board-certified in psychiatry"),
    ("denial/notice-of-adverse-determination-2026-11-09.txt", "You have 180 days from receipt of this notice"),
    ("denial/notice-of-adverse-determination-2026-11-09.txt", "South Carolina Department of\nInsurance"),
    ("other/clinical-policy-bh-ect-m3-2026.txt", "the member relapsed after an earlier ECT course was stopped or tapered"),
    ("clinical/psychiatrist-request-2026-11-02.txt", "lithium\n600 mg since 07/2025 (level 0.6), partial response, continued"),
    ("clinical/psychiatrist-request-2026-11-02.txt", "hydroxyzine 25 mg at bedtime for sleep"),
    ("clinical/psychiatrist-request-2026-11-02.txt", "HAM-D 8 on\n10/28/2026 (remission)"),
    ("clinical/psychiatrist-request-2026-11-02.txt", "no response after 12 weeks"),
    ("clinical/psychiatrist-request-2026-11-02.txt", "passive thoughts of death"),
    ("other/ect-treatment-schedule-2026-10.txt", "R.T. (maintenance #6)"),
    ("other/ect-consent-2024-10.txt", "Signed 10/07/2024"),
    ("truth", "by 05/08/2027"),
    ("truth", "is a psychiatrist"),
]
