"""Case 03 (FICTIONAL): church plan applied last plan year's Spravato exclusion; first appeal by the psychiatrist."""

SLUG = "03-church-plan-spravato-exclusion-from-last-plan-year-precert-on-file-first-appeal-psychiatrist"

CASE_YAML = r"""
# FICTIONAL CASE (letters set 58, case 03) - every person, plan, provider, number and address is invented.
# Church plan, self-funded, not under ERISA (1,600 employees). 17 esketamine sessions 08/04-10/27/2026, precertified
# on 07/30/2026. The claim was denied under Plan Document Section 9.2(x) of Plan Year 2025-2026, an exclusion the
# Summary of Material Modifications deleted from 07/01/2026. The treating psychiatrist files the first appeal with
# the member's written consent.
patient:
  name: Aurelia Fenwick-Oduya
  salutation: Ms. Fenwick-Oduya
  date_of_birth: 1979-05-02
  member_id: FICT-CFB-44871203
  address: |-
    2814 Grove Avenue
    Richmond, VA 23220
  phone: (804) 555-0117
insurer:
  name: Covenant Fellowship Benefits Board Health Plan (FICTIONAL)
  appeals_address: |-
    Covenant Fellowship Benefits Board - Claim Appeals (FICTIONAL)
    PO Box 11408
    Richmond, VA 23230
  fax: (804) 555-0126
claim:
  number: CFB-26-1102-33017
  plan_type: church
  funding: self_funded
  employees: 1600
  notice_date: 2026-11-09
  service_dates: [2026-08-04, 2026-10-27]
  sessions: 17
  setting: outpatient
  procedure_codes: [J0013, 99214]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-96]
  denial_reason: >-
    Not covered. Esketamine nasal spray is excluded under Plan Document Section 9.2(x) (Plan Year 2025-2026).
  denial_category: not_covered
  denial_reasons: [not_covered]
  action: none
plan_policy:
  name: Covenant Fellowship Benefits Board Health Plan Document, Plan Year 2025-2026, Section 9.2(x)
  number: Section 9.2(x)
  quote: >-
    9.2 Exclusions. The Plan does not cover: ... (x) esketamine nasal spray.
  file: other/plan-document-2025-2026-section-9-excerpt.txt
  exclusion:
    name: Plan Document Section 9.2(x) (Plan Year 2025-2026)
    superseded:
      by: the Summary of Material Modifications of 05/15/2026 for Plan Year 2026-2027
      from: 2026-07-01
      quote: >-
        Effective July 1, 2026, Section 9.2(x) is deleted. Esketamine nasal spray given in a treatment center certified
        under its REMS program is covered under Section 6.14, Outpatient Mental Health Services, subject to
        precertification.
      file: other/summary-of-material-modifications-2026-05-15.txt
prior_auth:
  approved:
    number: precertification PC-26-0728-2291
    date: 2026-07-30
    from: 2026-08-01
    through: 2026-10-31
    covers: esketamine nasal spray with monitoring (J0013, 99214), up to 17 sessions, 08/01/2026 through 10/31/2026
    quote: >-
      Approved under Section 6.14: esketamine nasal spray with monitoring, up to 17 sessions, 08/01/2026 through
      10/31/2026, James River Interventional Psychiatry.
    file: other/precertification-approval-2026-07-30.txt
    lines:
      - {code: J0013, units: 17, given: 17}
treatment:
  name: Esketamine nasal spray (Spravato) with monitoring, 17 sessions (J0013, 99214)
  summary: >-
    An induction and weekly course of esketamine nasal spray for treatment-resistant depression, given in a
    REMS-certified clinic beside sertraline, precertified under the plan year in force.
  alongside: sertraline 200 mg daily
  setting: James River Interventional Psychiatry, certified in the Spravato REMS program
  monitoring: blood pressure before and after each dose and observation for two hours
clinical:
  severity: MADRS 36 on 07/21/2026; MADRS 17 on 10/27/2026
  severity_date: 2026-10-27
  suicidality: none
  suicidality_date: 2026-10-27
  response: MADRS 36 (07/21/2026) to 17 (10/27/2026)
  response_level: partial
  episode_onset: 2024-01
  treating_since: 2024-02
  history:
    - drug: Escitalopram
      dose: 20 mg daily
      start: 2016-04
      end: 2017-06
      kind: antidepressant
      response: remission
      outcome: Remission in an earlier episode (2016)
      evidence: {file: clinical/psychiatry-note-2026-10-27.txt, page: 1}
    - drug: Venlafaxine ER
      dose: 225 mg daily
      start: 2024-02
      end: 2024-10
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 8 months, 16 weeks at 225 mg
      evidence: {file: clinical/psychiatry-note-2026-10-27.txt, page: 1}
    - drug: Sertraline
      dose: 200 mg daily
      start: 2025-01
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued with esketamine
      evidence: {file: clinical/psychiatry-note-2026-10-27.txt, page: 1}
    - drug: Bupropion XL (added to sertraline)
      dose: 150 mg daily
      start: 2025-09
      end: 2025-09
      weeks: 2
      kind: augmentation
      adequate: false
      outcome: Stopped after 2 weeks for anxiety and insomnia (intolerance)
      evidence: {file: clinical/psychiatry-note-2026-10-27.txt, page: 1}
    - drug: Aripiprazole (added to sertraline)
      dose: 5 mg daily
      start: 2025-11
      end: 2026-03
      kind: augmentation
      adequate: true
      failed: true
      response: none
      outcome: No response after 16 weeks
      evidence: {file: clinical/psychiatry-note-2026-10-27.txt, page: 1}
    - drug: Mirtazapine
      dose: 7.5 mg at bedtime for sleep
      start: 2025-06
      ongoing: true
      kind: other
      outcome: Sleep dose only; not an antidepressant trial
      evidence: {file: clinical/psychiatry-note-2026-10-27.txt, page: 1}
author:
  name: Tobias Wen-Harrow, MD
  role: Treating psychiatrist
  relation: physician
  authorization: other/member-consent-2026-11-16.txt
  address: |-
    James River Interventional Psychiatry (FICTIONAL), 7110 Forest Avenue, Suite 300
    Richmond, VA 23226
  phone: (804) 555-0129
  email: twenharrow@jamesriver-psych.example
provider:
  name: James River Interventional Psychiatry
  credentials: Tobias Wen-Harrow, MD, board-certified psychiatrist
  npi: "1884163902"
  address: |-
    7110 Forest Avenue, Suite 300
    Richmond, VA 23226
  phone: (804) 555-0129
record_dates:
  - file: clinical/psychiatry-note-2026-10-27.txt
    date: 2026-10-27
bates_prefix: FENWICKODUYA
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/explanation-of-benefits-2026-11-09.txt": """
COVENANT FELLOWSHIP BENEFITS BOARD HEALTH PLAN (FICTIONAL)
EXPLANATION OF BENEFITS                                                  Date: 11/09/2026
Member: Aurelia Fenwick-Oduya   ID FICT-CFB-44871203   Employer: St. Brendan Parish School
Provider: James River Interventional Psychiatry   NPI 1884163902
Claim CFB-26-1102-33017

Services 08/04/2026-10/27/2026   J0013 (17 dates), 99214 (17 dates)   Billed $14,280.00   Paid $0.00
CO-96. Not covered. Esketamine nasal spray is excluded under Plan Document Section 9.2(x) (Plan Year 2025-2026).

Your right to appeal: You may appeal within 180 days of receiving this notice. Send your appeal to Claim Appeals,
PO Box 11408, Richmond, VA 23230, or fax (804) 555-0126.
""",
    "clinical/psychiatry-note-2026-10-27.txt": """
JAMES RIVER INTERVENTIONAL PSYCHIATRY (FICTIONAL) - PROGRESS NOTE                      Date: 10/27/2026
Patient: Aurelia Fenwick-Oduya   DOB 05/02/1979   Page 1 of 1
Diagnosis: major depressive disorder, recurrent, severe without psychotic features (F33.2); current episode since
01/2024; in my care since 02/2024.
Esketamine: 17 sessions 08/04/2026-10/27/2026 (twice weekly 08/04-08/28, weekly 09/01-10/27), 84 mg, observed two
hours each, blood pressure within limits. MADRS 36 on 07/21/2026 (passive wish not to wake up that day), 17 today.
No suicidal ideation today or since 08/2026.
Medications: sertraline 200 mg daily since 01/2025, partial response, continuing with esketamine; mirtazapine 7.5 mg
at bedtime for sleep since 06/2025. Past: escitalopram 20 mg 04/2016-06/2017, remission in the 2016 episode;
venlafaxine ER 225 mg 02/2024-10/2024, no response; bupropion XL 150 mg added 09/2025, stopped after 2 weeks for
anxiety and insomnia; aripiprazole 5 mg added 11/2025-03/2026, no response after 16 weeks.
Plan: continue weekly esketamine; reassess at 12/2026.
Signed: Tobias Wen-Harrow, MD
""",
    "other/plan-document-2025-2026-section-9-excerpt.txt": """
COVENANT FELLOWSHIP BENEFITS BOARD HEALTH PLAN (FICTIONAL) - PLAN DOCUMENT
Plan Year 2025-2026 (07/01/2025 through 06/30/2026) - excerpt                              Page 1 of 1
9.2 Exclusions. The Plan does not cover: ... (x) esketamine nasal spray.
""",
    "other/summary-of-material-modifications-2026-05-15.txt": """
COVENANT FELLOWSHIP BENEFITS BOARD HEALTH PLAN (FICTIONAL)
SUMMARY OF MATERIAL MODIFICATIONS - PLAN YEAR 2026-2027                         Date: 05/15/2026   Page 1 of 1
Plan Year 2026-2027 runs 07/01/2026 through 06/30/2027.
Effective July 1, 2026, Section 9.2(x) is deleted. Esketamine nasal spray given in a treatment center certified under
its REMS program is covered under Section 6.14, Outpatient Mental Health Services, subject to precertification.
""",
    "other/precertification-approval-2026-07-30.txt": """
COVENANT FELLOWSHIP BENEFITS BOARD HEALTH PLAN (FICTIONAL) - PRECERTIFICATION         Date: 07/30/2026
Member: Aurelia Fenwick-Oduya   ID FICT-CFB-44871203   Page 1 of 1
Number: PC-26-0728-2291
Approved under Section 6.14: esketamine nasal spray with monitoring, up to 17 sessions, 08/01/2026 through
10/31/2026, James River Interventional Psychiatry.
""",
    "other/precertification-denial-2026-04-14.txt": """
COVENANT FELLOWSHIP BENEFITS BOARD HEALTH PLAN (FICTIONAL) - PRECERTIFICATION DECISION   Date: 04/14/2026
Member: Aurelia Fenwick-Oduya
Request: esketamine nasal spray, 04/2026. Decision: denied. Esketamine nasal spray is excluded under Section 9.2(x).
""",
    "other/rems-monitoring-log-2026-08-04.txt": """
JAMES RIVER INTERVENTIONAL PSYCHIATRY (FICTIONAL) - SESSION ROOM MONITORING LOG          Date: 08/04/2026
Room B   Observer: K. Amankwah, RN
09:00  A. Fenwick-Oduya   84 mg   BP 124/78 pre, 138/84 at 40 min, 126/80 at 2 h   discharged 11:05 with husband
09:15  L. Brandvold       56 mg   BP 118/72 pre, 130/82 at 40 min, 120/76 at 2 h   discharged 11:20
09:30  P. Iheanacho       84 mg   BP 132/86 pre, 150/94 at 40 min, 134/84 at 2 h   discharged 11:40
""",
    "other/member-consent-2026-11-16.txt": """
MEMBER'S WRITTEN CONSENT                                                         Date: 11/16/2026
I, Aurelia Fenwick-Oduya (ID FICT-CFB-44871203), consent to Dr. Tobias Wen-Harrow appealing claim CFB-26-1102-33017
for me and sending my records to the Covenant Fellowship Benefits Board for it.
Signed: Aurelia Fenwick-Oduya
""",
}

TRUTH = r"""
# 03 - Church plan: Spravato denied under last plan year's exclusion, deleted from 07/01/2026 and precertified; first appeal by the treating psychiatrist (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Aurelia Fenwick-Oduya, 47, a teacher covered by the **Covenant Fellowship Benefits Board Health Plan**, a
  **self-funded church plan not under ERISA** (1,600 employees), had **17 esketamine sessions 08/04/2026-10/27/2026**
  (J0013, 99214; F33.2) at a REMS-certified clinic, beside sertraline 200 mg.
- The EOB of **11/09/2026** (claim CFB-26-1102-33017, **CO-96**) denies them under **Plan Document Section 9.2(x)
  (Plan Year 2025-2026)**, which names esketamine nasal spray. That plan year ended **06/30/2026**.
- The **Summary of Material Modifications of 05/15/2026** deletes 9.2(x) **effective 07/01/2026** and covers
  esketamine in a REMS-certified center under Section 6.14, subject to precertification. **Precertification
  PC-26-0728-2291** (07/30/2026) approved up to 17 sessions 08/01/2026-10/31/2026 under Section 6.14. Every date of
  service falls in Plan Year 2026-2027 and within the precertification; 17 of 17 given.
- **Rule and stage:** a church plan outside ERISA: claims and appeals under 26 CFR 54.9815-2719 (which applies the
  ERISA claims rule's standards by reference); first internal appeal within **180 days of receipt: by 05/08/2027**
  counted from the notice date; external review after a final internal denial where the denial turns on medical
  judgment. Parity through 26 CFR 54.9812-1 (1,600 employees).
- **Author:** the treating psychiatrist (`relation: physician`) with the member's written consent (11/16/2026); he
  writes "I" as her treating psychiatrist and about "Ms. Fenwick-Oduya".
- Expected answers (16): notice date 11/09/2026 (EOB); claim CFB-26-1102-33017 (EOB); CO-96 (EOB); the exclusion
  "Section 9.2(x) (Plan Year 2025-2026)" (EOB); that plan year "07/01/2025 through 06/30/2026" (plan document); the
  SMM's "Effective July 1, 2026, Section 9.2(x) is deleted" (SMM); coverage "under Section 6.14" (SMM);
  precertification PC-26-0728-2291 (approval); "up to 17 sessions, 08/01/2026 through 10/31/2026" (approval); the
  course "17 sessions 08/04/2026-10/27/2026" (note); deadline by 05/08/2027 (truth); sertraline "partial response,
  continuing with esketamine" (note); bupropion "stopped after 2 weeks for anxiety and insomnia" (note); mirtazapine
  "7.5 mg at bedtime for sleep" (note); escitalopram "remission in the 2016 episode" (note); the April decision
  "Decision: denied" (stale precertification denial).

## Deliberately unknown
- Why the claims system applied the old plan year's exclusion: not in the case.
- The plan's allowed amount: not in the case.
- Whether the plan is grandfathered: not stated (nothing suggests it); a letter should not assert it either way.

## Traps
- **Plan document and date, not medicine.** The winning point is that 9.2(x) was deleted from 07/01/2026, before
  every date of service, and the care was precertified under the terms in force. Not a medical-necessity appeal;
  no peer-to-peer request is needed.
- **The exclusion names the drug:** a letter must never say 9.2(x) "does not apply to esketamine" or "does not name
  Spravato": it names it; it is simply not the term in force.
- **Stale document:** the 04/14/2026 precertification denial was right under Plan Year 2025-2026; it is not the
  decision appealed and must not be called wrong or answered.
- **Other people on a document:** the monitoring log lists two other patients (L. Brandvold; P. Iheanacho).
- **Passive wish on 07/21/2026** is history; there is no current suicidal ideation.
- **Drugs:** sertraline continues (partial response) - never "failed"/"stopped"; bupropion augmentation was an
  intolerance at 2 weeks; mirtazapine 7.5 mg is a sleep dose; escitalopram was a **remission in the 2016 episode**,
  never a failure. Failed adequate trials in this episode: venlafaxine ER and aripiprazole augmentation (plus
  sertraline's inadequate response while continuing).
- **Wrong law:** ERISA (29 CFR 2560.503-1 cited alone as the governing law, ERISA section 502, EBSA, the Labor
  Department) does not govern a non-electing church plan; no state insurance department for a self-funded church plan.
- **Response level:** MADRS 36 to 17 is a partial response, not remission.

## Arguments a strong letter makes (strongest first)
1. Section 9.2(x) is not the term in force: the Summary of Material Modifications deleted it **effective
   07/01/2026**; every date of service (08/04-10/27/2026) is in Plan Year 2026-2027. Withdraw the ground and decide
   the claim under Section 6.14.
2. The plan itself **precertified** the course under Section 6.14 (PC-26-0728-2291, 17 sessions, 08/01-10/31/2026);
   all 17 given fall within it. Ask that the claims system apply the terms in force and pay.
3. Only as background: the course is a REMS-certified treatment beside sertraline after failed trials; partial
   response (MADRS 36 to 17).

## What a letter must NOT say
- "9.2(x) does not apply to esketamine", "the exclusion does not name Spravato".
- "ERISA" as the governing law, "ERISA section 502", "EBSA", "Department of Labor", "state insurance department".
- "Brandvold", "Iheanacho".
- "the April 14 decision was wrong"; "suicidal ideation" as present.
- "failed sertraline", "stopped sertraline"; bupropion as an adequate trial; mirtazapine as a trial; "failed
  escitalopram"; "remission" for the current course.
"""

ANSWERS = [
    ("notice date", "Date: 11/09/2026", "denial/explanation-of-benefits-2026-11-09.txt"),
    ("claim number", "CFB-26-1102-33017", "denial/explanation-of-benefits-2026-11-09.txt"),
    ("CARC", "CO-96", "denial/explanation-of-benefits-2026-11-09.txt"),
    ("exclusion applied", "Section 9.2(x) (Plan Year 2025-2026)", "denial/explanation-of-benefits-2026-11-09.txt"),
    ("old plan year", "07/01/2025 through 06/30/2026", "other/plan-document-2025-2026-section-9-excerpt.txt"),
    ("deletion", "Effective July 1, 2026, Section 9.2(x) is deleted", "other/summary-of-material-modifications-2026-05-15.txt"),
    ("where covered now", "covered under Section 6.14", "other/summary-of-material-modifications-2026-05-15.txt"),
    ("precertification number", "PC-26-0728-2291", "other/precertification-approval-2026-07-30.txt"),
    ("precertification scope", "up to 17 sessions, 08/01/2026 through 10/31/2026", "other/precertification-approval-2026-07-30.txt"),
    ("course", "17 sessions 08/04/2026-10/27/2026", "clinical/psychiatry-note-2026-10-27.txt"),
    ("appeal deadline", "by 05/08/2027", "truth"),
    ("sertraline", "partial response, continuing with esketamine", "clinical/psychiatry-note-2026-10-27.txt"),
    ("bupropion", "stopped after 2 weeks for anxiety and insomnia", "clinical/psychiatry-note-2026-10-27.txt"),
    ("mirtazapine", "mirtazapine 7.5 mg at bedtime for sleep", "clinical/psychiatry-note-2026-10-27.txt"),
    ("escitalopram", "remission in the 2016 episode", "clinical/psychiatry-note-2026-10-27.txt"),
    ("stale precertification decision", "Decision: denied", "other/precertification-denial-2026-04-14.txt"),
]
