# FICTIONAL case data, letters set 38, case 08. Every person, plan, provider, number and address is invented.
SLUG = "08-insured-small-employer-38-iop-bipolar-self-paid-therapy-unseen-state-external-review-psychiatrist"

CASE_YAML = r"""
# FICTIONAL CASE (set 38, case 08) - every person, plan, provider, number and address is invented.
# Insured employer group plan of a small employer (38 employees, so no federal parity argument). Cassius
# Thornbury-Osei, 31, with bipolar II depression, was denied an intensive outpatient program ("only 3 outpatient
# visits in 90 days; outpatient treatment not tried"). He had 11 weekly therapy visits in those 90 days, paid by
# himself on a sliding fee, which the plan's claims could not show. He attended the IOP 09/14-10/23/2026 (18 days).
# The final internal denial was 10/16/2026; his treating psychiatrist asks for state external review.
patient:
  name: Cassius Thornbury-Osei
  salutation: Mr. Thornbury-Osei
  date_of_birth: 1995-07-08
  member_id: FICT-CMH-62219043
  address: |-
    22 Pleasant Street
    Augusta, ME 04330
  phone: (207) 555-0146
insurer:
  name: Casco Mutual Health Insurance Company (FICTIONAL)
  appeals_address: |-
    Casco Mutual Health - Appeals (FICTIONAL)
    PO Box 1180
    Portland, ME 04104
  fax: (207) 555-0163
claim:
  number: CMH-PA-26-0910-40177
  plan_type: employer_erisa
  funding: insured
  employees: 38
  notice_date: 2026-09-11
  service_dates: [2026-09-14, 2026-10-23]
  sessions: 18
  setting: intensive_outpatient
  procedure_codes: [S9480]
  revenue_codes: ['0905']
  diagnosis_codes: [F31.81]
  denial_reason: >-
    Intensive outpatient treatment is not medically necessary. Criterion 2 of BH-IOP-3 is not met: the member has not
    had at least 8 weeks of outpatient treatment with therapy at least weekly and medication management. Records show
    3 outpatient visits in the past 90 days.
  denial_category: medical_necessity
  denial_reasons: [level_of_care]
  reviewer: {name: Dr. Glen Ashcombe, specialty: family medicine}
  action: none
decisions:
  - date: 2026-10-16
    outcome: denied
    stage: first level (final internal)
    opens: external review
    next_deadline: 2027-02-16
    reason: >-
      Our records show 3 outpatient behavioral health visits in the 90 days before the request (06/17, 07/22 and
      08/26/2026, medication management). Outpatient treatment has not been tried at the frequency criterion 2
      requires. The denial is upheld.
    corrections:
      - said: Outpatient treatment has not been tried at the frequency criterion 2 requires.
        record: >-
          His therapist's attendance letter shows weekly individual therapy since 03/2026, 11 visits in the 90 days
          before the request (06/10-09/09/2026), paid by Mr. Thornbury-Osei on a sliding fee and so not in the plan's
          claims, beside the three medication-management visits the plan counted.
        file: clinical/therapist-attendance-letter-2026-09-15.txt
        page: 1
        leaves_out: true
external_review:
  agency: State external review for insured plans, as named in the final decision (FICTIONAL address)
  address: |-
    External Review Unit (FICTIONAL)
    PO Box 4460
    Augusta, ME 04332
  final_denial_date: 2026-10-16
plan_policy:
  name: Casco Mutual Health behavioral health criteria BH-IOP-3 (intensive outpatient programs)
  number: BH-IOP-3
  quote: >-
    An intensive outpatient program is medically necessary when: 1. the member has a covered mental health
    diagnosis; 2. at least 8 weeks of outpatient treatment, with therapy at least weekly and medication management,
    has not brought sufficient improvement, or symptoms are worsening; 3. the member can be safe without 24-hour
    supervision; 4. the member can attend at least 3 days a week.
  file: other/criteria-bh-iop-3.txt
payer_criteria:
  - criterion: "1. a covered mental health diagnosis"
    how_met: Bipolar II disorder, current episode depressed (F31.81)
    met: true
    evidence: {file: clinical/psychiatry-note-2026-09-09.txt, page: 1}
  - criterion: "2. at least 8 weeks of outpatient treatment, with therapy at least weekly and medication management, has not brought sufficient improvement, or symptoms are worsening"
    how_met: >-
      Weekly therapy since 03/2026 (26 weeks; 11 visits in the 90 days before the request) and medication management
      (06/17, 07/22, 08/26, 09/09/2026); PHQ-9 rose from 14 in 06/2026 to 21 on 09/09/2026
    met: true
    evidence: [{file: clinical/therapist-attendance-letter-2026-09-15.txt, page: 1}, {file: clinical/psychiatry-note-2026-09-09.txt, page: 1}]
  - criterion: "3. the member can be safe without 24-hour supervision"
    how_met: Passive thoughts of death without plan or intent on 09/09/2026; safety plan; no ideation since 10/02/2026
    met: true
    evidence: {file: clinical/psychiatry-note-2026-09-09.txt, page: 1}
  - criterion: "4. the member can attend at least 3 days a week"
    how_met: Attended all 18 program days, Mondays, Wednesdays and Fridays, 09/14-10/23/2026
    met: true
    evidence: {file: clinical/iop-discharge-summary-2026-10-23.txt, page: 1}
alternatives:
  - treatment: Weekly outpatient therapy with medication management
    level: outpatient
    name: Northwoods Counseling (weekly therapy) and Kennebec Valley Psychiatry (medication management)
    why_not: >-
      Already in place since 03/2026 (26 weekly sessions; 11 in the 90 days before the request) and symptoms worsened
      on it (PHQ-9 14 to 21)
    proof: clinical/therapist-attendance-letter-2026-09-15.txt
treatment:
  name: Intensive outpatient program (IOP), 18 program days, 09/14/2026-10/23/2026
  summary: >-
    A six-week intensive outpatient program, three days a week, for a bipolar II depressive episode that worsened
    despite weekly therapy and medication management.
  plan: >-
    IOP three hours a day, Mondays, Wednesdays and Fridays, for six weeks; lamotrigine 200 mg continued; weekly
    therapy resumed after the program; medication management monthly.
  alongside: lamotrigine 200 mg daily
clinical:
  severity: PHQ-9 14 on 06/17/2026; PHQ-9 21 on 09/09/2026 (passive thoughts of death, no plan); PHQ-9 11 on 10/23/2026
  severity_date: 2026-10-23
  suicidality: none
  suicidality_date: 2026-10-23
  response: PHQ-9 21 (09/09/2026) to 11 (10/23/2026)
  response_level: partial
  episode_onset: 2026-02
  treating_since: 2024-05
  history:
    - drug: Lithium
      dose: 900 mg daily
      start: 2021-03
      end: 2022-08
      kind: other
      failed: false
      response: remission
      outcome: Remission in an earlier episode; stopped 08/2022 for rising creatinine (kidney), not for lack of effect
      evidence: {file: clinical/psychiatry-note-2026-09-09.txt, page: 1}
    - drug: Quetiapine
      dose: 300 mg at bedtime
      start: 2025-01
      end: 2025-05
      weeks: 16
      kind: other
      adequate: true
      failed: true
      response: none
      outcome: No improvement of depression after 16 weeks at 300 mg; stopped
      evidence: {file: clinical/psychiatry-note-2026-09-09.txt, page: 1}
    - drug: Lamotrigine
      dose: 200 mg daily
      start: 2024-05
      ongoing: true
      kind: other
      adequate: true
      response: partial
      outcome: Mood stabilizer, partial effect; continued
      evidence: {file: clinical/psychiatry-note-2026-09-09.txt, page: 1}
    - drug: Cariprazine
      dose: 1.5 mg daily
      start: 2026-04
      end: 2026-05
      weeks: 4
      kind: other
      adequate: false
      outcome: Stopped after 4 weeks for akathisia (intolerance), not an adequate trial
      evidence: {file: clinical/psychiatry-note-2026-09-09.txt, page: 1}
    - drug: Individual psychotherapy (weekly, LCSW)
      dose: weekly
      start: 2026-03
      ongoing: true
      kind: psychotherapy
      sessions: 26
      adequate: true
      response: partial
      paid_outside: self-pay on a sliding fee
      outcome: Weekly since 03/2026, continuing; symptoms worsened over the summer despite it
      evidence: {file: clinical/therapist-attendance-letter-2026-09-15.txt, page: 1}
    - drug: Trazodone
      dose: 50 mg at bedtime for sleep
      start: 2025-06
      ongoing: true
      kind: other
      outcome: Sleep dose only; not an antidepressant trial
      evidence: {file: clinical/psychiatry-note-2026-09-09.txt, page: 1}
impact:
  work: Missed 9 work days in 08-09/2026; on reduced hours at his job as a cabinetmaker until 10/26/2026
author:
  name: Dr. Philippa Szymanski-Adair
  role: Treating psychiatrist, MD, Kennebec Valley Psychiatry
  relation: physician
  address: |-
    Kennebec Valley Psychiatry (FICTIONAL), 61 Western Avenue, Suite 4
    Augusta, ME 04330
  phone: (207) 555-0129
  email: pszadair@kvpsych.example
  authorization: other/patient-consent-2026-11-10.txt
provider:
  name: Harborview Behavioral IOP
  credentials: Licensed outpatient mental health program
  npi: "1594073169"
  address: |-
    140 Riverside Drive
    Augusta, ME 04330
  phone: (207) 555-0174
employer:
  name: Kennebec Millwork Co., benefits office (FICTIONAL)
  address: |-
    9 Mill Road
    Hallowell, ME 04347
record_dates:
  - file: clinical/psychiatry-note-2026-09-09.txt
    date: 2026-09-09
  - file: clinical/therapist-attendance-letter-2026-09-15.txt
    date: 2026-09-15
  - file: clinical/iop-discharge-summary-2026-10-23.txt
    date: 2026-10-23
template: external-review-request
bates_prefix: THORNBURYOSEI
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/precertification-denial-2026-09-11.txt": """
CASCO MUTUAL HEALTH INSURANCE COMPANY (FICTIONAL) - NOTICE OF ADVERSE BENEFIT DETERMINATION   Date: 09/11/2026
Member: Cassius Thornbury-Osei   ID FICT-CMH-62219043   Group: Kennebec Millwork Co.   Reference CMH-PA-26-0910-40177
Requested: intensive outpatient program, Harborview Behavioral IOP, from 09/14/2026.   Decision: denied.
Reason: Intensive outpatient treatment is not medically necessary. Criterion 2 of BH-IOP-3 is not met: the member
has not had at least 8 weeks of outpatient treatment with therapy at least weekly and medication management. Records
show 3 outpatient visits in the past 90 days.
Reviewer: Dr. Glen Ashcombe, MD (family medicine). You may appeal within 180 days of receiving this notice.
""",
    "denial/final-internal-decision-2026-10-16.txt": """
CASCO MUTUAL HEALTH INSURANCE COMPANY (FICTIONAL) - APPEAL DECISION (FINAL INTERNAL)          Date: 10/16/2026
Member: Cassius Thornbury-Osei   Reference CMH-PA-26-0910-40177
Our records show 3 outpatient behavioral health visits in the 90 days before the request (06/17, 07/22 and
08/26/2026, medication management). Outpatient treatment has not been tried at the frequency criterion 2 requires.
The denial is upheld.
External review: you may ask for an independent external review within 4 months of receiving this letter. Send
your request to the External Review Unit, PO Box 4460, Augusta, ME 04332.
""",
    "other/criteria-bh-iop-3.txt": """
CASCO MUTUAL HEALTH (FICTIONAL) - BEHAVIORAL HEALTH CRITERIA BH-IOP-3                      Page 1 of 1
An intensive outpatient program is medically necessary when: 1. the member has a covered mental health diagnosis;
2. at least 8 weeks of outpatient treatment, with therapy at least weekly and medication management, has not
brought sufficient improvement, or symptoms are worsening; 3. the member can be safe without 24-hour supervision;
4. the member can attend at least 3 days a week.
""",
    "other/employer-headcount-letter-2026-01-12.txt": """
KENNEBEC MILLWORK CO. (FICTIONAL) - TO WHOM IT MAY CONCERN                                  Date: 01/12/2026
Kennebec Millwork Co. averaged 38 employees during calendar year 2025 and employs 38 today.
""",
    "other/group-renewal-2024-stale.txt": """
CASCO MUTUAL HEALTH (FICTIONAL) - GROUP RENEWAL SUMMARY 2024                                Printed: 10/2023
Kennebec Millwork Co.   Enrolled employees: 55   Group size band: 51-100.
""",
    "other/patient-consent-2026-11-10.txt": """
AUTHORIZATION TO APPEAL AND RELEASE RECORDS (FICTIONAL)                                     Signed: 11/10/2026
I, Cassius Thornbury-Osei, authorize Dr. Philippa Szymanski-Adair, MD, to request external review of reference
CMH-PA-26-0910-40177 for me and to release my records for it. Signed: Cassius Thornbury-Osei.
""",
    "clinical/psychiatry-note-2026-09-09.txt": """
KENNEBEC VALLEY PSYCHIATRY (FICTIONAL) - MEDICATION MANAGEMENT NOTE                        Date: 09/09/2026
Patient: Cassius Thornbury-Osei   DOB 07/08/1995   Treating since 05/2024   Page 1 of 1
Bipolar II disorder, current episode depressed (F31.81), since 02/2026. PHQ-9 21 (14 on 06/17/2026). Passive
thoughts of death, no plan or intent; safety plan reviewed.
History: lithium 900 mg 03/2021-08/2022, remission (earlier episode), stopped for rising creatinine. Quetiapine
300 mg 01-05/2025, 16 weeks, no improvement. Lamotrigine 200 mg since 05/2024, partial, continue. Cariprazine 1.5 mg
04-05/2026, stopped after 4 weeks for akathisia. Trazodone 50 mg at bedtime for sleep.
Weekly therapy with his LCSW since 03/2026 (self-pay). Medication visits 06/17, 07/22, 08/26 and today.
Plan: refer to Harborview IOP, three days a week for six weeks.
""",
    "clinical/therapist-attendance-letter-2026-09-15.txt": """
NORTHWOODS COUNSELING (FICTIONAL) - ATTENDANCE LETTER                                        Date: 09/15/2026
Client: Cassius Thornbury-Osei   Page 1 of 1
Individual therapy weekly since 03/04/2026 (26 sessions to 09/09/2026). In 06/10-09/09/2026: 11 sessions (06/10,
06/17, 06/24, 07/08, 07/15, 07/22, 08/05, 08/12, 08/19, 08/26, 09/09). Paid by the client on a sliding fee; not
billed to insurance. Symptoms worsened over the summer. Signed: Ines Maravilla, LCSW.
""",
    "clinical/iop-discharge-summary-2026-10-23.txt": """
HARBORVIEW BEHAVIORAL IOP (FICTIONAL) - DISCHARGE SUMMARY                                    Date: 10/23/2026
Patient: Cassius Thornbury-Osei   Page 1 of 1
18 program days, Mondays, Wednesdays and Fridays, 09/14/2026-10/23/2026, all attended. PHQ-9 21 -> 11. No thoughts of
death since 10/02/2026. Lamotrigine 200 mg continued. Back to weekly therapy; full work hours from 10/26/2026.
""",
    "clinical/iop-group-sign-in-2026-09-21.txt": """
HARBORVIEW BEHAVIORAL IOP (FICTIONAL) - GROUP SIGN-IN                                        Date: 09/21/2026
C. Thornbury-Osei; B. Lavoie; N. Pelletier (left early).
""",
}

TRUTH = r"""
# 08 - Insured plan of a 38-employee employer: an IOP denied as "only 3 outpatient visits"; weekly self-paid therapy the plan could not see; state external review asked by the treating psychiatrist (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Cassius Thornbury-Osei, 31 (DOB 07/08/1995), on his employer's **insured** group plan (Kennebec Millwork Co.,
  **38 employees**; averaged 38 in 2025), has **bipolar II disorder, current episode depressed** (F31.81). The IOP
  (18 days, M/W/F **09/14-10/23/2026**, S9480/0905) was denied before it began (**09/11/2026**, BH-IOP-3 criterion 2:
  "3 outpatient visits in the past 90 days"); the **final internal decision of 10/16/2026** upheld.
- In the 90 days before the request he had **11 weekly therapy sessions** (LCSW, **self-paid** on a sliding fee, not
  billed to the plan) **and** the 3 medication-management visits the plan counted (plus 09/09). Weekly therapy since
  03/2026 (26 sessions). PHQ-9 rose 14 -> 21 (06/17 -> 09/09/2026): all four BH-IOP-3 criteria were met.
- He attended all 18 days; PHQ-9 21 -> 11 (**partial** response); back to full work hours 10/26/2026.
- **Rule and stage:** ERISA plan, insured: **state external review** (45 CFR 147.136(c)), within **4 months** of the
  final internal denial: **by 02/16/2027**; addressed to the external review unit the decision names. The ERISA
  claims rule applies (29 CFR 2560.503-1). **No federal parity argument**: the employer has 50 or fewer employees
  (29 CFR 2590.712(f)).
- **Author:** his treating psychiatrist (MD), with his signed consent (11/10/2026), in the physician's voice, about
  "Mr. Thornbury-Osei". The first reviewer was a family physician.

## Deliberately unknown
- The IOP's billed amount, and whether the program has billed him: not in the case.
- Whether the state's own mental-health coverage law reaches this plan: not in the case; a letter must not argue it.
- Whether the plan asked for the therapist's records: not known.

## Traps
- **Payment outside the plan:** the therapy visits are treatment all the same; the plan's claims could not show them.
  The decision's words are true of its claims and leave out the self-paid therapy.
- **Small employer:** 38 employees: no MHPAEA / parity argument. **Stale document:** the 2024 renewal (55 enrolled,
  "51-100") is old; the 2025 average was 38.
- **Bipolar medicines:** lamotrigine continues (never "failed"/"stopped"); it is a mood stabilizer, not an
  antidepressant; quetiapine 300 mg was an adequate failed trial; cariprazine an intolerance (4 weeks); **trazodone
  50 mg is a sleep dose**; **lithium was a remission in an earlier episode, stopped for the kidneys**, never a failure.
- **Suicidality:** passive thoughts of death on 09/09/2026 without plan; none since 10/02/2026; no present ideation.
- **Level of care:** IOP is outpatient; not "partial hospitalization", not "inpatient".
- **Other people:** the IOP sign-in names two other patients (Lavoie, Pelletier).
- **Wrong law:** no "29 CFR 2590.715-2719" as the route (that is for self-funded plans; this plan is insured); no
  Medicare or Medicaid rules.
- **Voice:** the psychiatrist writes "I" as the treating physician about the patient; never the patient's "I".

## Arguments a strong letter makes (strongest first)
1. Criterion 2 was met: weekly therapy since 03/2026, 11 sessions in the 90 days before the request (attendance
   letter), with medication management, and symptoms worsening (PHQ-9 14 -> 21); the plan counted only what it paid.
2. Every BH-IOP-3 criterion is met, each with its exhibit; the IOP brought a partial response and a return to full
   work. Ask the reviewer to reverse and the plan to pay the 18 days.
3. The first reviewer was a family physician; ask for review by a psychiatrist (the external reviewer's expert).

## What a letter must NOT say
- "MHPAEA", "parity", "29 USC 1185a", "29 CFR 2590.712" as an argument; "51-100 employees" or "55 employees".
- "29 CFR 2590.715-2719" as the route; "federal external review" as the process.
- "only 3 visits", "outpatient treatment was not tried".
- "failed lamotrigine", "stopped lamotrigine"; trazodone as a trial; "failed lithium"; "current suicidal ideation".
- "partial hospitalization", "inpatient"; "Lavoie", "Pelletier".
- "my IOP" or the patient's "I".
"""

ANSWERS = [
    ("denial/precertification-denial-2026-09-11.txt", "Records\nshow 3 outpatient visits in the past 90 days"),
    ("denial/precertification-denial-2026-09-11.txt", "Dr. Glen Ashcombe, MD (family medicine)"),
    ("denial/final-internal-decision-2026-10-16.txt", "within 4 months of receiving this letter"),
    ("other/criteria-bh-iop-3.txt", "or symptoms are worsening"),
    ("other/employer-headcount-letter-2026-01-12.txt", "averaged 38 employees during calendar year 2025"),
    ("other/group-renewal-2024-stale.txt", "Enrolled employees: 55"),
    ("clinical/therapist-attendance-letter-2026-09-15.txt", "In 06/10-09/09/2026: 11 sessions"),
    ("clinical/therapist-attendance-letter-2026-09-15.txt", "not\nbilled to insurance"),
    ("clinical/psychiatry-note-2026-09-09.txt", "PHQ-9 21 (14 on 06/17/2026)"),
    ("clinical/iop-discharge-summary-2026-10-23.txt", "18 program days, Mondays, Wednesdays and Fridays"),
    ("case.yaml", "employees: 38"),
    ("case.yaml", "paid_outside: self-pay on a sliding fee"),
    ("truth", "**by 02/16/2027**"),
    ("truth", "**No federal parity argument**"),
    ("truth", "**trazodone\n  50 mg is a sleep dose**"),
    ("truth", "the psychiatrist writes \"I\" as the treating physician"),
]
