"""Case 06 (FICTIONAL): Marketplace plan; PHP continued-stay days denied as "IOP appropriate" when the only network
IOP's first opening came after the last PHP day. External review, written by the wife."""

SLUG = "06-marketplace-php-continued-stay-iop-no-opening-until-after-external-review-wife"

CASE_YAML = r'''
# FICTIONAL CASE (set 46, case 06) - every person, plan, insurer, provider, number and address is invented.
# Individual Marketplace Silver plan, insured, Oklahoma. Jonah Whitcombe-Ilunga, 31, was in a partial hospitalization
# program from 10/05/2026. Concurrent review denied the days from 10/19/2026 ("IOP is appropriate"); the expedited
# internal appeal was upheld on 10/21/2026. The network IOPs: one had no opening until 11/30/2026, the other refused the
# referral. He stayed in the PHP through 11/06/2026 and stepped down to outpatient care. His wife asks for external
# review of the 15 program days 10/19-11/06/2026.
patient:
  name: Jonah Whitcombe-Ilunga
  salutation: Mr. Whitcombe-Ilunga
  date_of_birth: 1995-07-09
  member_id: FICT-PRH-83016452
  address: |-
    4410 Cimarron Bend
    Tulsa, OK 74105
  phone: (918) 555-0128
insurer:
  name: Prairie Horizon Health Plans, Silver 3500 (Marketplace, FICTIONAL)
  appeals_address: |-
    Prairie Horizon Health Plans - Appeals (FICTIONAL)
    PO Box 470212
    Tulsa, OK 74147
  fax: (918) 555-0166
claim:
  number: PRH-CR-26-1016-30977
  plan_type: individual_aca
  funding: insured
  notice_date: 2026-10-16
  service_dates: [2026-10-19, 2026-11-06]
  sessions: 15
  setting: partial_hospitalization
  procedure_codes: [H0035]
  revenue_codes: ["0912"]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-50]
  denial_reason: >-
    Continued partial hospitalization from 10/19/2026 is not medically necessary. The member's symptoms can be
    treated safely at a lower level of care: intensive outpatient program (IOP) is appropriate.
  denial_category: medical_necessity
  denial_reasons: [level_of_care]
  action: end
  action_date: 2026-10-19
external_review:
  agency: Oklahoma Insurance Department, External Review (as named in the plan's decision; FICTIONAL address)
  address: |-
    External Review Program (FICTIONAL)
    PO Box 53408
    Oklahoma City, OK 73152
  final_denial_date: 2026-10-21
template: external-review-request
decisions:
  - date: 2026-10-21
    outcome: denied
    stage: expedited internal appeal (final internal)
    opens: external review
    next_deadline: 2027-02-21
    reason: >-
      Upheld. IOP is appropriate and available in network. The member previously responded to IOP in 2021.
    corrections:
      - said: IOP is appropriate and available in network.
        record: >-
          The PHP's discharge-planning notes record that Red Earth Behavioral IOP (network) had no opening until
          11/30/2026 and Greenleaf Counseling IOP (network) declined the referral on 10/17/2026 because of self-harm
          within 30 days; he stayed in the PHP through 11/06/2026, before any network IOP could take him.
        file: clinical/php-discharge-planning-notes-2026-10-16-to-11-06.txt
        page: 1
      - said: The member previously responded to IOP in 2021.
        record: >-
          The 2021 IOP treated an earlier episode; it says nothing about whether an IOP place existed in October 2026.
        file: clinical/php-discharge-planning-notes-2026-10-16-to-11-06.txt
        page: 1
        leaves_out: true
alternatives:
  - level: intensive outpatient program
    name: Red Earth Behavioral IOP (network)
    first_opening: 2026-11-30
    why_not: waitlist; first opening 11/30/2026, after the last PHP day (11/06/2026)
    proof: clinical/php-discharge-planning-notes-2026-10-16-to-11-06.txt
  - level: intensive outpatient program
    name: Greenleaf Counseling IOP (network)
    why_not: declined the referral on 10/17/2026 (self-harm within 30 days)
    proof: clinical/php-discharge-planning-notes-2026-10-16-to-11-06.txt
treatment:
  name: Partial hospitalization program (PHP), continued stay 10/19/2026-11/06/2026 (15 program days)
  summary: >-
    Continued partial hospitalization for severe recurrent depression with recent self-harm, while no network
    intensive outpatient program could take him.
clinical:
  severity: PHQ-9 24 on PHP admission (10/05/2026); PHQ-9 21 on 10/16/2026; PHQ-9 12 on 11/06/2026
  severity_date: 2026-11-06
  suicidality: passive
  suicidality_date: 2026-10-15
  response: PHQ-9 24 (10/05/2026) to 12 (11/06/2026)
  response_level: partial
  history:
    - drug: Venlafaxine XR
      dose: 150 mg daily
      start: 2026-03
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued through and after the PHP
      evidence: {file: clinical/php-discharge-summary-2026-11-06.txt, page: 1}
    - drug: Vortioxetine
      dose: 10 mg daily
      start: 2025-12
      end: 2026-01
      weeks: 2
      kind: antidepressant
      adequate: false
      outcome: Stopped after 2 weeks for nausea and vomiting (intolerance, not an adequate trial)
      evidence: {file: clinical/php-discharge-summary-2026-11-06.txt, page: 1}
    - drug: Hydroxyzine
      dose: 25 mg at bedtime for sleep
      start: 2026-06
      ongoing: true
      kind: other
      adequate: false
      outcome: Sleep aid only; not an antidepressant trial
      evidence: {file: clinical/php-discharge-summary-2026-11-06.txt, page: 1}
    - drug: Intensive outpatient program (earlier episode)
      start: 2021-02
      end: 2021-04
      kind: psychotherapy
      response: response
      outcome: Responded in 2021 (an earlier episode after a job loss); not a failed trial
      evidence: {file: clinical/php-discharge-summary-2026-11-06.txt, page: 1}
impact:
  work: On short-term disability from his job as an electrician since 09/28/2026.
author:
  name: Adaeze Whitcombe-Ilunga
  role: Wife and authorized representative
  relation: representative
  authorization: other/appointment-of-representative-2026-11-12.txt
  address: |-
    4410 Cimarron Bend
    Tulsa, OK 74105
  phone: (918) 555-0128
  email: adaeze.wi@mail.example
provider:
  name: Arkansas River Behavioral Health Partial Hospitalization Program
  credentials: network partial hospitalization program
  npi: "1477301620"
  address: |-
    2250 South Riverside Drive
    Tulsa, OK 74107
  phone: (918) 555-0159
record_dates:
  - file: clinical/php-discharge-summary-2026-11-06.txt
    date: 2026-11-06
  - file: clinical/php-discharge-planning-notes-2026-10-16-to-11-06.txt
    date: 2026-11-06
copies: [prescriber]
bates_prefix: WHITCOMBEILUNGA
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''

DOCS = {
    "denial/concurrent-review-denial-2026-10-16.txt": """
PRAIRIE HORIZON HEALTH PLANS (FICTIONAL) - CONCURRENT REVIEW DETERMINATION                 Date: 10/16/2026
Member: Jonah Whitcombe-Ilunga   ID FICT-PRH-83016452   Plan: Silver 3500 (Marketplace)
Facility: Arkansas River Behavioral Health PHP, NPI 1477301620   Reference PRH-CR-26-1016-30977
Continued partial hospitalization from 10/19/2026 is not medically necessary. The member's symptoms can be treated
safely at a lower level of care: intensive outpatient program (IOP) is appropriate. CARC 50.
""",
    "denial/expedited-appeal-decision-2026-10-21.txt": """
PRAIRIE HORIZON HEALTH PLANS (FICTIONAL) - EXPEDITED APPEAL DECISION (FINAL INTERNAL)      Date: 10/21/2026
Member: Jonah Whitcombe-Ilunga   Reference PRH-CR-26-1016-30977
Upheld. IOP is appropriate and available in network. The member previously responded to IOP in 2021.
External review: you may ask for an independent external review within 4 months of this notice through the Oklahoma
Insurance Department, External Review Program, PO Box 53408, Oklahoma City, OK 73152.
""",
    "clinical/php-discharge-planning-notes-2026-10-16-to-11-06.txt": """
ARKANSAS RIVER BEHAVIORAL HEALTH PHP (FICTIONAL) - DISCHARGE PLANNING NOTES                Page 1 of 1
10/16/2026  Plan denied continued PHP. Called Red Earth Behavioral IOP (network): waitlist, first opening 11/30/2026.
10/17/2026  Greenleaf Counseling IOP (network): declined referral - self-harm (cutting) on 10/12/2026, within 30 days.
10/17/2026  Member services (ref MS-1017-8842) could name no other network adult IOP within 60 miles.
10/23/2026  Red Earth rechecked: still 11/30/2026.
11/06/2026  Stepped down to weekly therapy and medication management; Red Earth IOP start kept for 11/30/2026.
[The 2021 IOP (Tulsa Wellness, closed 2024) treated an earlier episode after a job loss.]
""",
    "clinical/php-discharge-summary-2026-11-06.txt": """
ARKANSAS RIVER BEHAVIORAL HEALTH PHP (FICTIONAL) - DISCHARGE SUMMARY                      Date: 11/06/2026
Patient: Jonah Whitcombe-Ilunga   DOB 07/09/1995   Page 1 of 1
PHP 10/05/2026-11/06/2026, 6 hours a day, 5 days a week. Continued stay 10/19-11/06/2026: 15 program days.
Major depressive disorder, recurrent, severe (F33.2). PHQ-9 24 on admission, 21 on 10/16, 12 at discharge.
Self-harm (superficial cutting) 10/12/2026; passive wish to be dead 10/15/2026, no plan; none since 10/20/2026.
Medication: venlafaxine XR 150 mg daily since 03/2026, partial response, continued. Vortioxetine 10 mg 12/2025-01/2026
stopped after 2 weeks for nausea and vomiting. Hydroxyzine 25 mg at bedtime for sleep.
History: responded to an IOP in 2021 (an earlier episode).
""",
    "other/appointment-of-representative-2026-11-12.txt": """
APPOINTMENT OF AUTHORIZED REPRESENTATIVE (FICTIONAL)                                       Date: 11/12/2026
I, Jonah Whitcombe-Ilunga, appoint my wife Adaeze Whitcombe-Ilunga to request external review of reference
PRH-CR-26-1016-30977 and to receive my health information for it.   Signed: Jonah Whitcombe-Ilunga
""",
    "other/php-group-roster-2026-10-19.txt": """
ARKANSAS RIVER BEHAVIORAL HEALTH PHP (FICTIONAL) - GROUP ROSTER 10/19/2026
J. Whitcombe-Ilunga   present
B. Castellano-Voigt   present   (discharged to IOP 10/23/2026)
""",
}

TRUTH = r'''
# 06 - Marketplace plan: PHP continued-stay days denied as "IOP appropriate" when no network IOP could take him until after the last PHP day; external review requested by his wife (FICTIONAL)

All people, plans, insurers, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Jonah Whitcombe-Ilunga, 31, in an **individual Marketplace** Silver plan (insured, OK), attended a **partial
  hospitalization program** from 10/05/2026. The concurrent review of **10/16/2026** (CO-50) ended coverage from
  **10/19/2026** ("IOP is appropriate"); the **expedited final internal decision of 10/21/2026** upheld it, saying
  IOP is "available in network" and that he "previously responded to IOP in 2021".
- The PHP's discharge-planning notes: **Red Earth Behavioral IOP (network): first opening 11/30/2026**; **Greenleaf
  Counseling IOP (network) declined** on 10/17/2026 (self-harm within 30 days); member services named no other
  network adult IOP within 60 miles (ref MS-1017-8842). He stayed in the PHP **10/19-11/06/2026 (15 program days)** and
  stepped down to weekly outpatient care on 11/06; the Red Earth start was kept for 11/30.
- The lower level the plan named was **not available** on any day denied: its first opening (11/30/2026) came after
  the last PHP day (11/06/2026).
- Clinical: PHQ-9 24 -> 21 (10/16) -> 12 (11/06), partial; cutting 10/12/2026; passive wish to be dead 10/15/2026, none
  since 10/20/2026.
- **Rule and stage:** 45 CFR 147.136: external review within **4 months of 10/21/2026: by 02/21/2027**, through the
  state (the decision names the Oklahoma Insurance Department).
- **Author:** his wife, his authorized representative (11/12/2026), writing about "Mr. Whitcombe-Ilunga".

## Deliberately unknown
- The criteria the plan applied (vendor or own): not named in the decision; a letter asks for them.
- What the PHP days cost or whether anything was paid: not in the case.
- Whether an out-of-network IOP had an opening: not in the case; a letter must not claim none existed anywhere.

## Traps
- **A date, not medicine, first.** The winning point is the IOP's first opening, 11/30/2026, after the last day
  denied (11/06/2026), and the second IOP's refusal: the lower level was not available. Never a network-gap or
  out-of-network exception (the PHP is in network).
- **An earlier-episode response turned against him:** the 2021 IOP response was another episode; a letter must not
  concede "he does well in IOP, so IOP was appropriate", nor call 2021 a failure.
- **"Available in network" is false for the dates**; never "no IOP exists" - say none could take him before 11/30.
- **Drugs:** venlafaxine continues (partial): never "failed" or "stopped". Vortioxetine (2 weeks, vomiting) is an
  intolerance. Hydroxyzine is a sleep aid.
- **Suicidality:** passive on 10/15/2026 with recent self-harm; none since 10/20; never "active" or "attempt"; the
  cutting was not a suicide attempt.
- **Partial response,** not remission; the step-down on 11/06 was the plan working, not proof PHP was never needed.
- **Level of care:** PHP is not inpatient or residential; never "hospitalized", "admitted to the hospital".
- **Other person on a document:** the roster's B. Castellano-Voigt went to an IOP on 10/23; not him.
- **Voice:** the wife writes about her husband.

## Arguments a strong letter makes (strongest first)
1. The lower level the plan named was not available: Red Earth Behavioral IOP had no opening until **11/30/2026**,
   after the last PHP day (**11/06/2026**); Greenleaf declined him on 10/17/2026; member services named no other network
   IOP. The decision's "available in network" is wrong for every day denied.
2. The PHP was the least intensive level that could safely treat him on those days: PHQ-9 21 on 10/16, self-harm on
   10/12, a passive wish to be dead on 10/15, no IOP place; he stepped down as soon as he could (11/06).
3. The 2021 IOP was an earlier episode and does not answer whether an IOP could take him in October 2026.
4. Ask the independent reviewer to overturn the denial for 10/19-11/06/2026 and ask the plan for the criteria it applied.

## What a letter must NOT say
- "network gap", "out-of-network exception", "single-case agreement".
- "IOP was available"; "no IOP exists in Oklahoma"; "he failed IOP in 2021".
- "failed venlafaxine", "stopped venlafaxine"; vortioxetine or hydroxyzine as adequate trials.
- "active suicidal ideation", "suicide attempt"; "remission"; "hospitalized", "inpatient", "residential".
- "Castellano-Voigt"; "ERISA" as the governing law (an individual plan).
'''

ANSWERS = [
    ("Plan type", "plan_type: individual_aca", "case.yaml"),
    ("Date of the denial", "CONCURRENT REVIEW DETERMINATION Date: 10/16/2026", "denial/concurrent-review-denial-2026-10-16.txt"),
    ("Final internal decision", "EXPEDITED APPEAL DECISION (FINAL INTERNAL) Date: 10/21/2026", "denial/expedited-appeal-decision-2026-10-21.txt"),
    ("External review deadline", "next_deadline: 2027-02-21", "case.yaml"),
    ("Days appealed", "Continued stay 10/19-11/06/2026: 15 program days", "clinical/php-discharge-summary-2026-11-06.txt"),
    ("The decision's wrong statement", "IOP is appropriate and available in network", "denial/expedited-appeal-decision-2026-10-21.txt"),
    ("First IOP opening", "first opening 11/30/2026", "clinical/php-discharge-planning-notes-2026-10-16-to-11-06.txt"),
    ("Second IOP", "declined referral - self-harm (cutting) on 10/12/2026, within 30 days", "clinical/php-discharge-planning-notes-2026-10-16-to-11-06.txt"),
    ("Member services call", "MS-1017-8842", "clinical/php-discharge-planning-notes-2026-10-16-to-11-06.txt"),
    ("Last PHP day", "11/06/2026 Stepped down to weekly therapy", "clinical/php-discharge-planning-notes-2026-10-16-to-11-06.txt"),
    ("Severity at the denial", "21 on 10/16", "clinical/php-discharge-summary-2026-11-06.txt"),
    ("Suicidality and date", "passive wish to be dead 10/15/2026, no plan", "clinical/php-discharge-summary-2026-11-06.txt"),
    ("Continuing antidepressant", "venlafaxine XR 150 mg daily since 03/2026, partial response, continued", "clinical/php-discharge-summary-2026-11-06.txt"),
    ("Intolerance", "stopped after 2 weeks for nausea and vomiting", "clinical/php-discharge-summary-2026-11-06.txt"),
    ("Earlier episode", "responded to an IOP in 2021 (an earlier episode)", "clinical/php-discharge-summary-2026-11-06.txt"),
    ("Another person on a document", "B. Castellano-Voigt", "other/php-group-roster-2026-10-19.txt"),
]
