#!/usr/bin/env python3
"""FICTIONAL blind test set 102 (issue 18) for appeal-kit letters: process facts.

Run: /work/main/.venv/bin/python make_set.py [--check] [NN ...]
Rewrites each case folder and its truth file from the data below, then self-checks.
Everything here is invented (FICTIONAL)."""
import os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
HEAD = "FICTIONAL - invented for a blind test set (set 102); not a real person, plan, clinic or number.\n\n"
FOOT = "\n\nFICTIONAL DOCUMENT - end.\n"
HEADINGS = ["What is true", "Deliberately unknown", "Traps", "Arguments a strong letter makes",
            "What a letter must NOT say"]
CASES = []


def case(**kw):
    CASES.append(kw)


# ---------------------------------------------------------------- case 01
case(num="01", slug="tricare-prime-tms-preprocedure-expedited-reconsideration-forwarded-notice-wrong-level-husband",
yaml=r'''
# FICTIONAL CASE (set 102, case 01) - every person, plan, contractor, provider, number and address is invented.
# TRICARE Prime, active-duty family member (adult spouse), Washington. Preprocedure (prior authorization) denial of
# a 36-session TMS course, notice dated 12/01/2026, mailed to the family's old North Carolina address and
# forwarded: delivered 12/07/2026. The notice names the wrong level ("formal review by the Defense Health Agency
# within 60 days"): the first level is the contractor's reconsideration, 90 days from the notice date (by
# 03/01/2027), expedited when asked within 3 calendar days of receipt (by 12/10/2026). Her husband, the sponsor,
# writes with her signed appointment.
patient:
  name: Lorena Vasquez-Ambrose
  salutation: Mrs. Vasquez-Ambrose
  date_of_birth: 1991-07-19
  member_id: FICT-DBN-30418827611
  address: |-
    4417 Larchmont Loop SW
    Lakewood, WA 98499
  phone: (253) 555-0147
  email: lorena.va@mailbox.example
insurer:
  name: Cascade Federal Health Services, TRICARE West Region contractor (FICTIONAL)
  appeals_address: |-
    Cascade Federal Health Services, TRICARE Reconsiderations - Preauthorization (FICTIONAL)
    PO Box 71802
    Boise, ID 83707
  fax: (208) 555-0163
claim:
  number: PA-26-1201-77310
  plan_type: tricare
  notice_date: 2026-12-01
  notice_received:
    date: 2026-12-07
    proof: other/usps-forwarding-and-delivery-record-2026-12-07.txt
  appeal_deadline: 2027-03-01
  deadline_basis: >-
    32 CFR 199.10: a reconsideration postmarked or received within 90 days of the date on the notice (12/01/2026).
    The notice's "formal review by the Defense Health Agency within 60 days" names the wrong level and window.
  urgent: true
  service_dates: [2026-12-14, 2027-01-29]
  sessions: 36
  pending_services: 36
  setting: outpatient
  procedure_codes: ["90867", "90868"]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    Preauthorization denied. Not medically necessary under TRICARE clinical criteria CC-TMS-14, criterion 2: the
    beneficiary must have failed four antidepressant trials, from at least two classes, in the current episode.
    Records show two antidepressant trials (sertraline, bupropion).
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  action: none
  corrections:
    - said: Records show two antidepressant trials (sertraline, bupropion).
      record: >-
        Four adequate antidepressant trials in the current episode (onset 03/2025), from three classes: sertraline
        200 mg 10 weeks, bupropion XL 300 mg 8 weeks, venlafaxine XR 225 mg 9 weeks, mirtazapine 45 mg 8 weeks. The
        last two were prescribed at the family's former duty station and were not in the records the contractor had.
      file: [clinical/psychiatric-evaluation-2026-12-03.txt, clinical/prior-clinic-medication-record-2026-10-30.txt]
      page: 1
payer_criteria:
  - criterion: >-
      2. Failure of four antidepressant trials, from at least two different classes, of adequate dose and duration
      (at least 6 weeks) in the current episode.
    how_met: >-
      Sertraline (SSRI), bupropion XL (NDRI), venlafaxine XR (SNRI) and mirtazapine 45 mg (a tetracyclic), each at
      an adequate dose for 8 weeks or more since the episode began in March 2025, none with more than a partial
      response.
    met: true
    evidence:
      - {file: clinical/psychiatric-evaluation-2026-12-03.txt, page: 1}
      - {file: clinical/prior-clinic-medication-record-2026-10-30.txt, page: 1}
plan_policy:
  name: TRICARE clinical criteria CC-TMS-14, Transcranial Magnetic Stimulation
  number: CC-TMS-14
  quote: >-
    2. Failure of four antidepressant trials, from at least two different classes, of adequate dose and duration
    (at least 6 weeks) in the current episode.
  file: denial/preauthorization-determination-2026-12-01.txt
treatment:
  name: Transcranial magnetic stimulation (TMS), 36 sessions
  summary: >-
    A standard course of TMS for recurrent major depression after four antidepressant trials in this episode
    without remission.
  plan: >-
    36 sessions, five a week for six weeks then a taper, motor-threshold dosing, PHQ-9 every week; stop if no
    improvement by session 20.
clinical:
  severity: PHQ-9 21 on 12/03/2026
  severity_date: 2026-12-03
  suicidality: passive
  suicidality_date: 2026-12-03
  episode_onset: 2025-03
  history:
    - drug: Sertraline
      dose: 200 mg daily
      start: 2025-04
      end: 2025-07
      kind: antidepressant
      weeks: 10
      adequate: true
      response: partial
      outcome: Partial response only; stopped
      evidence: {file: clinical/prior-clinic-medication-record-2026-10-30.txt, page: 1}
    - drug: Bupropion XL
      dose: 300 mg daily
      start: 2025-08
      end: 2025-10
      kind: antidepressant
      weeks: 8
      adequate: true
      response: none
      outcome: No response; stopped
      evidence: {file: clinical/prior-clinic-medication-record-2026-10-30.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 225 mg daily
      start: 2025-11
      end: 2026-01
      kind: antidepressant
      weeks: 9
      adequate: true
      response: partial
      outcome: Partial response; stopped for persistent symptoms
      evidence: {file: clinical/prior-clinic-medication-record-2026-10-30.txt, page: 1}
    - drug: Mirtazapine
      dose: 45 mg at bedtime
      start: 2026-02
      ongoing: true
      kind: antidepressant
      weeks: 40
      adequate: true
      response: partial
      outcome: Partial response; continued
      evidence: {file: clinical/psychiatric-evaluation-2026-12-03.txt, page: 1}
urgency:
  reason: >-
    PHQ-9 has risen from 15 to 21 since October with passive thoughts of death; she has been unable to work since
    11/09/2026 and a standard decision would delay the course her psychiatrist has scheduled for 12/14/2026.
  certified_by: Dr. Miriam Okafor-Lind, MD
author:
  name: SSG Daniel Ambrose
  role: Husband and sponsor (active-duty), appointed representative
  relation: representative
  address: |-
    4417 Larchmont Loop SW
    Lakewood, WA 98499
  phone: (253) 555-0148
  email: d.ambrose@mailbox.example
  authorization: other/appointment-of-representative-2026-12-07.txt
provider:
  name: Dr. Miriam Okafor-Lind
  credentials: MD, psychiatrist, Madrona Point Behavioral Health (TRICARE network)
  npi: "1847203910"
  address: |-
    6120 Bridgeport Way W, Suite 210
    University Place, WA 98467
  phone: (253) 555-0122
record_dates:
  - file: clinical/psychiatric-evaluation-2026-12-03.txt
    date: 2026-12-03
  - file: clinical/prior-clinic-medication-record-2026-10-30.txt
    date: 2026-10-30
    released: 2026-12-02
template: expedited-appeal
bates_prefix: VASQUEZAMBROSE
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
docs={
"denial/preauthorization-determination-2026-12-01.txt": r'''
CASCADE FEDERAL HEALTH SERVICES (FICTIONAL) - TRICARE WEST REGION
PREAUTHORIZATION DETERMINATION                                   Date of notice: 12/01/2026   Page 1 of 1
Mailed to: Lorena Vasquez-Ambrose, 208 Pinecrest Court, Jacksonville, NC 28546 (address on file in DEERS)
Beneficiary: Lorena Vasquez-Ambrose   DBN FICT-DBN-30418827611   Program: TRICARE Prime (active-duty family member)
Sponsor: SSG Daniel Ambrose
Requesting provider: Dr. Miriam Okafor-Lind, Madrona Point Behavioral Health, NPI 1847203910
Reference: PA-26-1201-77310   Request received 11/24/2026
Service requested: TMS, 90867 x1 and 90868 x35, 12/14/2026 - 01/29/2027   Diagnosis F33.2

DETERMINATION: DENIED. Not medically necessary under TRICARE clinical criteria CC-TMS-14, criterion 2: the
beneficiary must have failed four antidepressant trials, from at least two classes, in the current episode.
Records show two antidepressant trials (sertraline, bupropion).
Criterion 2 reads: "2. Failure of four antidepressant trials, from at least two different classes, of adequate
dose and duration (at least 6 weeks) in the current episode."

IF YOU DISAGREE: You may request a formal review by the Defense Health Agency within 60 days of this notice.
Send your request to TRICARE Reconsiderations - Preauthorization, PO Box 71802, Boise, ID 83707, or fax
(208) 555-0163. Questions: 1-800-555-0171.
''',
"clinical/psychiatric-evaluation-2026-12-03.txt": r'''
MADRONA POINT BEHAVIORAL HEALTH (FICTIONAL) - PSYCHIATRIC EVALUATION AND TMS TREATMENT PLAN
Date: 12/03/2026   Patient: Lorena Vasquez-Ambrose   DOB 07/19/1991   Page 1 of 1
Clinician: Dr. Miriam Okafor-Lind, MD (psychiatrist), NPI 1847203910

History: recurrent major depressive disorder, severe, without psychotic features (F33.2). Current episode began
03/2025 at the family's former duty station (Camp Redhollow, NC). The family moved to Washington on a permanent
change of station in 10/2026; care transferred to this clinic 11/2026.

Antidepressant trials in this episode (prior clinic record of 10/30/2026 reviewed; pharmacy history confirms):
 1. Sertraline 200 mg daily, 04/2025-07/2025 (10 weeks at full dose): partial response; stopped.
 2. Bupropion XL 300 mg daily, 08/2025-10/2025 (8 weeks): no response; stopped.
 3. Venlafaxine XR 225 mg daily, 11/2025-01/2026 (9 weeks): partial response; stopped.
 4. Mirtazapine 45 mg at bedtime, 02/2026-present (40 weeks): partial response; continues.
Psychotherapy: weekly CBT at the former clinic 05/2025-09/2026 (continues by telehealth).

Mental status / scores: PHQ-9 21 today (15 on 10/30/2026). Passive thoughts of death, no plan or intent; no
history of attempts. Unable to work since 11/09/2026 (medical leave from her job as a dental hygienist).
Exclusions checked: no seizure history, no implanted metal, not pregnant.

Plan: TMS, 36 sessions (90867 once, 90868 x35) starting 12/14/2026, five a week for six weeks then a taper;
PHQ-9 weekly; stop if no improvement by session 20. Continue mirtazapine 45 mg.
I certify that waiting for a standard decision could seriously jeopardize her health: her scores are worsening
and she has passive thoughts of death.   - Dr. Miriam Okafor-Lind, MD, (253) 555-0122
''',
"clinical/prior-clinic-medication-record-2026-10-30.txt": r'''
CAMP REDHOLLOW FAMILY BEHAVIORAL HEALTH CLINIC (FICTIONAL) - MEDICATION RECORD, RELEASED FOR TRANSFER OF CARE
Record date: 10/30/2026   Released to Madrona Point Behavioral Health: 12/02/2026   Page 1 of 1
Patient: Lorena Vasquez-Ambrose   DOB 07/19/1991   Episode onset: 03/2025

Sertraline 200 mg daily         04/2025 - 07/2025   partial response, stopped
Bupropion XL 300 mg daily       08/2025 - 10/2025   no response, stopped
Venlafaxine XR 225 mg daily     11/2025 - 01/2026   partial response, stopped
Mirtazapine 45 mg at bedtime    02/2026 - ongoing   partial response
PHQ-9 15 on 10/30/2026. Prescriber: Dr. Owen Castellanos, DO, (910) 555-0139.
''',
"other/usps-forwarding-and-delivery-record-2026-12-07.txt": r'''
COPY OF ENVELOPE AND DELIVERY RECORD (FICTIONAL RENDITION)
Envelope from Cascade Federal Health Services, postmarked 12/01/2026, addressed to 208 Pinecrest Court,
Jacksonville, NC 28546.
Yellow forwarding label: "FORWARD TO 4417 LARCHMONT LOOP SW, LAKEWOOD WA 98499 - label applied 12/04/2026".
Tracking history printed 12/07/2026: Delivered, in/at mailbox, Lakewood, WA 98499, 12/07/2026 2:41 pm.
Note by SSG Daniel Ambrose: "We opened this letter on 12/07/2026. - D.A."
''',
"other/appointment-of-representative-2026-12-07.txt": r'''
APPOINTMENT OF REPRESENTATIVE FOR A TRICARE APPEAL (FICTIONAL FORM)
I, Lorena Vasquez-Ambrose (DOB 07/19/1991, DBN FICT-DBN-30418827611), appoint my husband, SSG Daniel Ambrose,
to act for me in my appeal of preauthorization determination PA-26-1201-77310 and to receive information about
it.   Signed: Lorena Vasquez-Ambrose   Date: 12/07/2026
I accept this appointment.   Signed: Daniel Ambrose   Date: 12/07/2026   Phone (253) 555-0148
''',
},
truth=r'''
# 01 - TRICARE Prime: TMS preauthorization denied; notice forwarded after a move and naming the wrong level; expedited reconsideration by the husband (FICTIONAL)

All people, plans, contractors, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Lorena Vasquez-Ambrose, 35 (DOB 07/19/1991), TRICARE Prime active-duty family member; sponsor her husband SSG
  Daniel Ambrose. The family moved from North Carolina to Washington in 10/2026 (permanent change of station).
- Preauthorization request PA-26-1201-77310 (received 11/24/2026) for **TMS, 36 sessions, 12/14/2026-01/29/2027**,
  denied on a notice **dated 12/01/2026** under CC-TMS-14 criterion 2: "Records show two antidepressant trials".
- The notice went to the old NC address; forwarded (label 12/04/2026); **delivered 12/07/2026** (tracking record).
- The record shows **four** adequate antidepressant trials in the current episode (onset 03/2025) from three classes:
  sertraline, bupropion XL, venlafaxine XR, mirtazapine 45 mg (continuing, partial response). The last two were
  in the former clinic's record, released 12/02/2026, after the decision.
- **Level and deadline (the rule):** the first level is a **reconsideration by the regional contractor**, postmarked
  or received within **90 days of the date on the notice: by 03/01/2027** (32 CFR 199.10; medical necessity under
  32 CFR 199.15). A preprocedure (preauthorization) denial may be reconsidered on an **expedited** basis when the
  request is made within **3 calendar days of receipt**: receipt documented 12/07/2026, so **by 12/10/2026** (docs/
  domain.md, TRICARE, summarizing 32 CFR 199.15). The letter (12/08/2026) is in time for both.
- The notice's "formal review by the Defense Health Agency within 60 days" is wrong on both counts: a DHA formal
  review follows a reconsideration of a non-medical-necessity ("factual") denial; a medical-necessity denial upheld
  on reconsideration goes to a second reconsideration by the TRICARE Quality Monitoring Contractor.
- Author: SSG Daniel Ambrose, husband, appointed representative (appointment signed 12/07/2026); the patient is an
  adult, so the appointment is needed. Urgency certified by Dr. Miriam Okafor-Lind, MD (treating psychiatrist).
- Passive thoughts of death on 12/03/2026, no plan or intent; PHQ-9 21 (15 on 10/30/2026).

## Deliberately unknown
- How fast the contractor must decide an expedited reconsideration: no time is recorded in the references; a letter
  may ask for a prompt decision but must not cite a number of hours as the rule.
- Whether the contractor will count mirtazapine toward its "classes" rule: the record shows three classes either way.
- Cost of the course: not in the case.

## Traps
- **Wrong level on the notice:** a letter must ask for a (expedited) **reconsideration** by the contractor, not a DHA
  formal review, and must not repeat "60 days".
- **Date counting:** the standard window counts from the **notice date** (12/01/2026), not receipt; only the
  3-day expedited window counts from receipt. Do not say the 90 days run from 12/07/2026.
- **Released later:** the prior clinic's record is dated 10/30/2026 but was released 12/02/2026, after the decision:
  it was not before the reviewer; it is not "dated after" the decision.
- **Mirtazapine 45 mg is an antidepressant dose**, continuing with partial response: never "failed" or "stopped".
- No state insurance department, no ERISA, no ACA 147.136, no parity (MHPAEA) for TRICARE; no "external review".
- **Voice:** the husband writes about "Mrs. Vasquez-Ambrose"; not "I have depression". Care is scheduled, not given.

## Arguments a strong letter makes (strongest first)
1. It is a request for **expedited reconsideration** of a preprocedure denial, made within 3 days of receipt
   (delivered 12/07/2026, forwarding record enclosed), and in any case within 90 days of 12/01/2026 (by 03/01/2027).
2. Correct the decision: the record shows **four** adequate trials from three classes in the current episode
   (two of them in the former duty station's record, released 12/02/2026, not before the reviewer); criterion 2 is met.
3. Urgency certified by the treating psychiatrist: PHQ-9 15 to 21, passive thoughts of death, off work.
4. Note the notice's wrong level and window, so the contractor handles it as a reconsideration.

## What a letter must NOT say
- "formal review by the Defense Health Agency" as the level requested; "within 60 days" as the window.
- "90 days from receipt"; "by 03/06/2027" or any deadline counted from 12/07/2026 for the standard window.
- "failed mirtazapine", "stopped mirtazapine"; "only two trials".
- "29 CFR 2560.503-1", "45 CFR 147.136", "ERISA", "MHPAEA", "mental health parity", "state insurance department",
  "external review".
- "active suicidal ideation", "suicide attempt"; "the TMS she received" (none given yet).
''',
answers=[
("Date of the denial notice", "Date of notice: 12/01/2026", "denial/preauthorization-determination-2026-12-01.txt"),
("Level the notice wrongly names", "formal review by the Defense Health Agency within 60 days", "denial/preauthorization-determination-2026-12-01.txt"),
("Day the forwarded notice was delivered", "Delivered, in/at mailbox, Lakewood, WA 98499, 12/07/2026", "other/usps-forwarding-and-delivery-record-2026-12-07.txt"),
("Address the notice was mailed to", "208 Pinecrest Court, Jacksonville, NC 28546", "denial/preauthorization-determination-2026-12-01.txt"),
("True standard reconsideration deadline", "within 90 days of the date on the notice: by 03/01/2027", "truth"),
("Last day for an expedited reconsideration", "so **by 12/10/2026**", "truth"),
("Reference number", "Reference: PA-26-1201-77310", "denial/preauthorization-determination-2026-12-01.txt"),
("Course requested", "TMS, 36 sessions (90867 once, 90868 x35) starting 12/14/2026", "clinical/psychiatric-evaluation-2026-12-03.txt"),
("What the decision says of the trials", "Records show two antidepressant trials (sertraline, bupropion).", "denial/preauthorization-determination-2026-12-01.txt"),
("Third trial", "Venlafaxine XR 225 mg daily, 11/2025-01/2026 (9 weeks): partial response; stopped.", "clinical/psychiatric-evaluation-2026-12-03.txt"),
("Fourth trial, still taken", "Mirtazapine 45 mg at bedtime, 02/2026-present (40 weeks): partial response; continues.", "clinical/psychiatric-evaluation-2026-12-03.txt"),
("When the former clinic's record was released", "Released to Madrona Point Behavioral Health: 12/02/2026", "clinical/prior-clinic-medication-record-2026-10-30.txt"),
("Current severity", "PHQ-9 21 today (15 on 10/30/2026)", "clinical/psychiatric-evaluation-2026-12-03.txt"),
("Suicidality", "Passive thoughts of death, no plan or intent", "clinical/psychiatric-evaluation-2026-12-03.txt"),
("Who appoints whom", "appoint my husband, SSG Daniel Ambrose", "other/appointment-of-representative-2026-12-07.txt"),
("Episode onset", "Current episode began\n03/2025", "clinical/psychiatric-evaluation-2026-12-03.txt"),
],
)


# ---------------------------------------------------------------- case 02
case(num="02", slug="part-d-pdp-tiering-exception-ire-request-notice-says-automatic-daughter-cms1696",
yaml=r'''
# FICTIONAL CASE (set 102, case 02) - every person, plan, provider, number and address is invented.
# Stand-alone Part D plan, Massachusetts. Tiering exception for levomilnacipran ER (Tier 4) denied 10/06/2026;
# the daughter's redetermination (received 11/10/2026) was upheld on 11/16/2026, within the plan's 7 days. The
# redetermination notice says on page 1 that the case "is automatically sent" to the IRE (a Medicare Advantage rule,
# false here) and on page 2 that the member must ask the IRE in writing within 60 days: by 01/15/2027. This letter
# is that written request for IRE reconsideration, by the daughter, an appointed representative.
patient:
  name: Harold Brennan-Yates
  salutation: Mr. Brennan-Yates
  date_of_birth: 1949-02-11
  member_id: FICT-MBI-7QX4-HN2-RT61
  address: |-
    27 Quarry Hill Road
    Leominster, MA 01453
  phone: (978) 555-0115
insurer:
  name: Harborlight Senior Rx (PDP) (FICTIONAL)
  appeals_address: |-
    Harborlight Senior Rx, Part D Appeals (FICTIONAL)
    PO Box 55210
    Worcester, MA 01615
  fax: (508) 555-0172
claim:
  number: CD-26-1006-40932
  plan_type: medicare_part_d
  notice_date: 2026-10-06
  denial_reason: >-
    Your request for a tiering exception for levomilnacipran ER 80 mg was denied. Your doctor did not show that
    the drugs on our preferred tiers for your condition (duloxetine, escitalopram) would not be as effective for
    you or would cause you harm.
  denial_category: other
  denial_reasons: [tiering_exception]
  diagnosis_codes: [F33.1]
  action: none
prescriber_statement:
  date: 2026-11-06
  quote: >-
    Mr. Brennan-Yates took escitalopram 10 mg in 2024 and developed hyponatremia (sodium 128) within three weeks; it
    was stopped. Duloxetine 60 mg for 12 weeks in 2025 gave only a partial response and raised his blood pressure.
    Both preferred-tier alternatives have been tried: one caused harm and the other was not as effective.
  file: other/prescriber-supporting-statement-2026-11-06.txt
decisions:
  - date: 2026-11-16
    outcome: denied
    stage: redetermination
    opens: IRE reconsideration
    next_deadline: 2027-01-15
    reason: >-
      We upheld our decision. The preferred-tier drugs duloxetine and escitalopram have not been tried.
    corrections:
      - said: The preferred-tier drugs duloxetine and escitalopram have not been tried.
        record: >-
          Both were tried: escitalopram 10 mg in 2024, stopped after three weeks for hyponatremia (sodium 128), and
          duloxetine 60 mg for 12 weeks in 2025, partial response with raised blood pressure.
        file: other/prescriber-supporting-statement-2026-11-06.txt
        page: 1
submissions:
  - date: 2026-11-10
    method: fax
    to: Harborlight Senior Rx, Part D Appeals
    stage: redetermination
    confirmation: RD-26-1110-2281
external_review:
  agency: Part D Independent Review Entity, Keystone Review Partners (FICTIONAL)
  address: |-
    Keystone Review Partners, Part D Reconsiderations (FICTIONAL)
    PO Box 30417
    Harrisburg, PA 17105
  final_denial_date: 2026-11-16
treatment:
  name: Levomilnacipran ER 80 mg daily at the preferred-tier cost sharing
  summary: >-
    Levomilnacipran ER has helped since 04/2026 (PHQ-9 18 to 8); at Tier 4 it costs him about $213.40 a month.
clinical:
  severity: PHQ-9 8 on 10/28/2026 (18 in 03/2026)
  severity_date: 2026-10-28
  suicidality: none
  suicidality_date: 2026-10-28
  response: PHQ-9 18 in 03/2026 before levomilnacipran; 8 on 10/28/2026
  response_level: response
  history:
    - drug: Escitalopram
      dose: 10 mg daily
      start: 2024-05
      end: 2024-05
      kind: antidepressant
      weeks: 3
      adequate: false
      outcome: Stopped after three weeks for hyponatremia (sodium 128)
      evidence: {file: other/prescriber-supporting-statement-2026-11-06.txt, page: 1}
    - drug: Duloxetine
      dose: 60 mg daily
      start: 2025-06
      end: 2025-09
      kind: antidepressant
      weeks: 12
      adequate: true
      response: partial
      outcome: Partial response; blood pressure rose; stopped
      evidence: {file: other/prescriber-supporting-statement-2026-11-06.txt, page: 1}
    - drug: Levomilnacipran ER
      dose: 80 mg daily
      start: 2026-04
      ongoing: true
      kind: antidepressant
      response: response
      outcome: Response (PHQ-9 18 to 8); continues
      evidence: {file: other/prescriber-supporting-statement-2026-11-06.txt, page: 1}
author:
  name: Colleen Brennan-Yates
  role: Daughter, appointed representative
  relation: representative
  address: |-
    9 Elm Terrace
    Fitchburg, MA 01420
  phone: (978) 555-0116
  email: colleen.by@homepost.example
  authorization: other/appointment-of-representative-cms-1696-2026-11-05.txt
provider:
  name: Dr. Anjali Thorsby-Reyes
  credentials: MD, geriatric psychiatrist
  npi: "1293847566"
  address: |-
    300 Nashua Street, Suite 4
    Leominster, MA 01453
  phone: (978) 555-0124
record_dates:
  - file: other/prescriber-supporting-statement-2026-11-06.txt
    date: 2026-11-06
    sent: 2026-11-10
    sent_proof: other/redetermination-request-fax-confirmation-2026-11-10.txt
template: external-review-request
bates_prefix: BRENNANYATES
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
docs={
"denial/coverage-determination-notice-2026-10-06.txt": r'''
HARBORLIGHT SENIOR RX (PDP) (FICTIONAL) - NOTICE OF DENIAL OF MEDICARE PRESCRIPTION DRUG COVERAGE
Date: 10/06/2026   Page 1 of 1   Request CD-26-1006-40932
Member: Harold Brennan-Yates   Member ID FICT-MBI-7QX4-HN2-RT61
Drug: levomilnacipran ER 80 mg capsules, #30 per 30 days   Request: tiering exception (Tier 4 to Tier 2)
Decision: DENIED. Your request for a tiering exception for levomilnacipran ER 80 mg was denied. Your doctor did
not show that the drugs on our preferred tiers for your condition (duloxetine, escitalopram) would not be as
effective for you or would cause you harm.
Your cost at Tier 4: 45% coinsurance (about $213.40 per 30 days). Tier 2 cost sharing: $15.00 per 30 days.
You have the right to ask us for a redetermination within 65 days of the date of this notice.
''',
"denial/redetermination-notice-2026-11-16.txt": r'''
HARBORLIGHT SENIOR RX (PDP) (FICTIONAL) - REDETERMINATION NOTICE
Date: 11/16/2026   Page 1 of 2   Redetermination RD-26-1110-2281 (request received 11/10/2026)
Member: Harold Brennan-Yates   Representative: Colleen Brennan-Yates (appointment on file)
Decision: We upheld our decision. The preferred-tier drugs duloxetine and escitalopram have not been tried.
What happens next: If we say no, your case is automatically sent to the Independent Review Entity.
--- page 2 of 2 ---
YOUR RIGHT TO ASK FOR AN INDEPENDENT REVIEW
To ask for a reconsideration by the Independent Review Entity, you must send a written request within 60 days of
the date of this notice to: Keystone Review Partners, Part D Reconsiderations, PO Box 30417, Harrisburg, PA 17105,
fax (717) 555-0183. You may include more information about your case.
''',
"other/prescriber-supporting-statement-2026-11-06.txt": r'''
PRESCRIBER SUPPORTING STATEMENT - PART D TIERING EXCEPTION (FICTIONAL)
Date: 11/06/2026   Page 1 of 1   Patient: Harold Brennan-Yates   DOB 02/11/1949
Prescriber: Dr. Anjali Thorsby-Reyes, MD, NPI 1293847566, (978) 555-0124
Diagnosis: major depressive disorder, recurrent, moderate (F33.1).
Mr. Brennan-Yates took escitalopram 10 mg in 2024 and developed hyponatremia (sodium 128) within three weeks; it
was stopped. Duloxetine 60 mg for 12 weeks in 2025 gave only a partial response and raised his blood pressure.
Both preferred-tier alternatives have been tried: one caused harm and the other was not as effective.
Levomilnacipran ER 80 mg since 04/2026: PHQ-9 18 before, 8 on 10/28/2026. No suicidal ideation.
''',
"other/redetermination-request-fax-confirmation-2026-11-10.txt": r'''
FAX TRANSMISSION REPORT (FICTIONAL)
Sent 11/10/2026 10:14   To: Harborlight Senior Rx Part D Appeals (508) 555-0172   Pages: 6   Result: OK
Contents listed on cover: redetermination request; CMS-1696 (fictional rendition); prescriber statement 11/06/2026.
''',
"other/appointment-of-representative-cms-1696-2026-11-05.txt": r'''
APPOINTMENT OF REPRESENTATIVE - FORM CMS-1696 (FICTIONAL RENDITION)
I, Harold Brennan-Yates (Medicare number FICT-MBI-7QX4-HN2-RT61), appoint Colleen Brennan-Yates, my daughter, to
act as my representative in connection with my claim or asserted right under Title XVIII (Medicare Part D
appeals for levomilnacipran ER).   Signed: Harold Brennan-Yates   Date: 11/05/2026
Acceptance: I accept this appointment.   Signed: Colleen Brennan-Yates   Date: 11/05/2026   (978) 555-0116
''',
},
truth=r'''
# 02 - Part D: tiering exception upheld at redetermination; the notice says the IRE review is automatic; the daughter asks the IRE (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Harold Brennan-Yates, 77 (DOB 02/11/1949), stand-alone Part D plan (Harborlight Senior Rx). Levomilnacipran ER 80 mg
  is on Tier 4 (45%, about $213.40 a month); he asks for Tier 2 cost sharing ($15.00): a **tiering exception**
  (42 CFR 423.578(a)), not a formulary exception (the drug is on the formulary).
- Coverage determination denied **10/06/2026**. Redetermination asked by the daughter, **received 11/10/2026**
  (fax report), decided **11/16/2026** (within the plan's 7 days), upheld: "duloxetine and escitalopram have not been
  tried".
- The record: escitalopram 10 mg 2024, stopped after three weeks for hyponatremia (sodium 128); duloxetine 60 mg 12
  weeks 2025, partial response and raised blood pressure. The prescriber's statement of 11/06/2026 was sent with the
  redetermination request on 11/10/2026, before the decision.
- **Level and deadline (the rule):** the next level is **reconsideration by the Part D Independent Review Entity**,
  which the **member (or representative) must request in writing** within the time the redetermination prints:
  60 days of its date (42 CFR 423.600(a); docs/domain.md): **by 01/15/2027**. Part D has no automatic forwarding of
  an upheld redetermination (automatic forwarding is the Medicare Advantage rule, 42 CFR 422.592; a Part D plan
  forwards only a redetermination it failed to decide in time, which did not happen here).
- The notice contradicts itself: page 1 "automatically sent to the Independent Review Entity"; page 2 "you must send
  a written request within 60 days".
- Author: the daughter, Colleen Brennan-Yates, appointed representative (CMS-1696 rendition signed 11/05/2026);
  the patient does not sign. The request goes to the IRE (Keystone Review Partners), not to the plan.
- Levomilnacipran works (PHQ-9 18 to 8); no suicidal ideation.

## Deliberately unknown
- How the IRE will weigh a tiering request for a drug that is working: not stated.
- The IRE's decision time: not in the references used here; a letter must not cite one.
- Whether he paid Tier 4 coinsurance from April on and how much in total: not in the case.

## Traps
- **Automatic review:** a letter must not wait for, or say it relies on, automatic forwarding; it is the request.
- **Wrong addressee:** the request goes to the IRE named on page 2, not "to the plan, to be forwarded".
- **Tiering, not formulary:** never "non-formulary" or "not on the drug list"; never "formulary exception" as the
  request; never step therapy.
- **Deadline:** 60 days from the redetermination's date (11/16/2026), not 65 days, not from receipt, not from
  10/06/2026.
- **Escitalopram was an intolerance** (three weeks), not an adequate trial that failed; duloxetine a partial response.
- **Stage:** answer the redetermination of 11/16/2026, not only the 10/06 notice.
- Never cite ERISA, 45 CFR 147.136, parity (MHPAEA does not reach Medicare), Medicare Advantage rules (422.xxx).
- Voice: the daughter writes about "Mr. Brennan-Yates"; not "I take".

## Arguments a strong letter makes (strongest first)
1. This is the written request for **IRE reconsideration** of the 11/16/2026 redetermination, made within 60 days
   (by 01/15/2027), by the appointed representative (CMS-1696 enclosed).
2. Correct the redetermination: both preferred-tier alternatives were tried; escitalopram caused hyponatremia and
   duloxetine was not as effective: the tiering exception standard (423.578(a)) is met by the prescriber's statement,
   which was before the plan (sent 11/10/2026).
3. Ask for Tier 2 cost sharing for levomilnacipran ER 80 mg for the rest of the plan year.

## What a letter must NOT say
- "automatically sent", "will be forwarded to the Independent Review Entity" as what happens without this request.
- "formulary exception", "non-formulary", "step therapy".
- "within 65 days" for this level; "by 01/20/2027"; "by 01/21/2027".
- "failed escitalopram" as an adequate trial; "no trial of duloxetine".
- "ERISA", "45 CFR 147.136", "MHPAEA", "parity", "42 CFR 422.592" as this plan's rule.
- "suicidal ideation" as present.
''',
answers=[
("Date of the redetermination notice", "Date: 11/16/2026   Page 1 of 2", "denial/redetermination-notice-2026-11-16.txt"),
("What page 1 wrongly says", "If we say no, your case is automatically sent to the Independent Review Entity.", "denial/redetermination-notice-2026-11-16.txt"),
("What page 2 requires", "you must send a written request within 60 days of\nthe date of this notice", "denial/redetermination-notice-2026-11-16.txt"),
("IRE deadline", "by 01/15/2027", "truth"),
("Kind of exception", "Request: tiering exception (Tier 4 to Tier 2)", "denial/coverage-determination-notice-2026-10-06.txt"),
("Tier 4 cost", "45% coinsurance (about $213.40 per 30 days)", "denial/coverage-determination-notice-2026-10-06.txt"),
("Tier 2 cost", "Tier 2 cost sharing: $15.00 per 30 days", "denial/coverage-determination-notice-2026-10-06.txt"),
("Redetermination received", "request received 11/10/2026", "denial/redetermination-notice-2026-11-16.txt"),
("Reason upheld", "The preferred-tier drugs duloxetine and escitalopram have not been tried.", "denial/redetermination-notice-2026-11-16.txt"),
("Escitalopram", "developed hyponatremia (sodium 128) within three weeks", "other/prescriber-supporting-statement-2026-11-06.txt"),
("Duloxetine", "Duloxetine 60 mg for 12 weeks in 2025 gave only a partial response and raised his blood pressure.", "other/prescriber-supporting-statement-2026-11-06.txt"),
("Response to the drug", "PHQ-9 18 before, 8 on 10/28/2026", "other/prescriber-supporting-statement-2026-11-06.txt"),
("Statement sent to the plan", "Sent 11/10/2026 10:14", "other/redetermination-request-fax-confirmation-2026-11-10.txt"),
("IRE address", "Keystone Review Partners, Part D Reconsiderations, PO Box 30417, Harrisburg, PA 17105", "denial/redetermination-notice-2026-11-16.txt"),
("Representative form", "appoint Colleen Brennan-Yates, my daughter", "other/appointment-of-representative-cms-1696-2026-11-05.txt"),
("Rule for the IRE window", "42 CFR 423.600(a)", "truth"),
],
)


# ---------------------------------------------------------------- case 03
case(num="03", slug="medicaid-mco-ptsd-iop-appeal-dismissed-untimely-counted-from-review-date-legal-aid",
yaml=r'''
# FICTIONAL CASE (set 102, case 03) - every person, plan, provider, number and address is invented.
# Kansas Medicaid managed care, adult 31. Pre-service prior authorization for a PTSD intensive outpatient program
# denied; the notice of adverse benefit determination is dated 09/15/2026 (its page 2 shows the reviewer's
# "decision date 09/08/2026"). The plan appeal, faxed 11/10/2026 and acknowledged as received that day, was within
# 60 days of the notice (by 11/14/2026), but the plan dismissed it on 11/20/2026 as untimely, counting 60 days from
# 09/08/2026. A legal aid paralegal asks the plan to withdraw the dismissal and decide the appeal; the state fair
# hearing stays open (safe date 03/20/2027, 120 days from the dismissal notice).
patient:
  name: Tavita Leiataua-Moss
  salutation: Ms. Leiataua-Moss
  date_of_birth: 1995-08-27
  member_id: FICT-KS-MCD-4418203
  address: |-
    1512 SW Fillmore Street, Apt 3
    Topeka, KS 66604
  phone: (785) 555-0133
insurer:
  name: Prairie Bridge Health Plan, Kansas Medicaid managed care (FICTIONAL)
  appeals_address: |-
    Prairie Bridge Health Plan, Member Appeals (FICTIONAL)
    PO Box 18840
    Wichita, KS 67218
  fax: (316) 555-0154
claim:
  number: UM-26-0908-66154
  plan_type: medicaid
  delivery: managed_care
  state: KS
  notice_date: 2026-09-15
  appeal_deadline: 2026-11-14
  deadline_basis: >-
    42 CFR 438.402(c)(2)(ii): 60 calendar days from the date on the notice of adverse benefit determination
    (09/15/2026); the notice itself says "60 calendar days from the date on this notice".
  service_dates: [2027-01-04, 2027-02-26]
  pending_services: 24
  sessions: 24
  setting: intensive_outpatient
  procedure_codes: [S9480]
  diagnosis_codes: [F43.12]
  denial_reason: >-
    Not medically necessary. Criterion 3 of BH-IOP-11 is not met: the member has not tried outpatient therapy at a
    lower level of care.
  denial_category: medical_necessity
  denial_reasons: [level_of_care]
  action: none
  corrections:
    - said: the member has not tried outpatient therapy at a lower level of care.
      record: >-
        Weekly outpatient trauma-focused therapy for 14 months (07/2025-09/2026, 52 sessions of prolonged exposure
        and CPT) with PCL-5 still 62.
      file: clinical/outpatient-therapy-summary-2026-10-22.txt
      page: 1
submissions:
  - date: 2026-11-10
    method: fax
    to: Prairie Bridge Health Plan, Member Appeals
    stage: plan appeal (first level)
    confirmation: APL-26-1110-0917
    proof: [other/fax-report-2026-11-10.txt, other/plan-appeal-acknowledgment-2026-11-12.txt]
decisions:
  - date: 2026-11-20
    outcome: dismissed
    stage: plan appeal (first level)
    reason: >-
      Your appeal was received 11/10/2026, which is more than 60 days after the decision date of 09/08/2026
      (deadline 11/07/2026). Your appeal is dismissed as untimely.
    corrections:
      - said: more than 60 days after the decision date of 09/08/2026 (deadline 11/07/2026)
        record: >-
          The notice of adverse benefit determination is dated 09/15/2026 and gives "60 calendar days from the date
          on this notice": 11/14/2026. The plan's own acknowledgment says the appeal was received 11/10/2026.
        file: [denial/notice-of-adverse-benefit-determination-2026-09-15.txt, other/plan-appeal-acknowledgment-2026-11-12.txt]
        page: 1
payer_criteria:
  - criterion: >-
      3. The member has not responded to outpatient treatment at a lower level of care of adequate intensity and
      duration, or such treatment is not safe.
    how_met: >-
      52 weekly sessions of trauma-focused outpatient therapy over 14 months (prolonged exposure, then CPT) with
      sertraline 150 mg; PCL-5 71 to 62 only, two ED visits for panic, job lost.
    met: true
    evidence: {file: clinical/outpatient-therapy-summary-2026-10-22.txt, page: 1}
alternatives:
  - level: outpatient
    name: weekly outpatient trauma-focused therapy
    why_not: >-
      Tried for 14 months (52 sessions, 07/2025-09/2026) with PCL-5 still 62, two ED visits for panic and her job lost.
    proof: clinical/outpatient-therapy-summary-2026-10-22.txt
plan_policy:
  name: Prairie Bridge Health Plan medical policy BH-IOP-11, Intensive Outpatient Program, criterion 3
  number: BH-IOP-11
  quote: >-
    3. The member has not responded to outpatient treatment at a lower level of care of adequate intensity and
    duration, or such treatment is not safe.
  file: denial/notice-of-adverse-benefit-determination-2026-09-15.txt
treatment:
  name: PTSD intensive outpatient program, three days a week for eight weeks (S9480)
  summary: >-
    A trauma-focused intensive outpatient program after 14 months of weekly outpatient therapy without enough
    improvement.
  plan: >-
    24 program days (three a week for eight weeks) from 01/04/2027, PCL-5 every two weeks, step down to weekly
    therapy at discharge.
clinical:
  severity: PCL-5 62 and PHQ-9 17 on 10/22/2026
  severity_date: 2026-10-22
  suicidality: none
  suicidality_date: 2026-10-22
  history:
    - drug: Trauma-focused psychotherapy (prolonged exposure, then CPT), weekly
      start: 2025-07
      end: 2026-09
      kind: psychotherapy
      sessions: 52
      adequate: true
      response: partial
      outcome: 52 weekly sessions; PCL-5 71 to 62
      evidence: {file: clinical/outpatient-therapy-summary-2026-10-22.txt, page: 1}
    - drug: Sertraline
      dose: 150 mg daily
      start: 2025-09
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continues
      evidence: {file: clinical/outpatient-therapy-summary-2026-10-22.txt, page: 1}
    - drug: Prazosin
      dose: 3 mg at bedtime
      start: 2025-11
      ongoing: true
      kind: other
      outcome: For trauma nightmares; not an antidepressant trial
      evidence: {file: clinical/outpatient-therapy-summary-2026-10-22.txt, page: 1}
author:
  name: Marguerite Osei
  role: Paralegal, Flint Hills Legal Aid (FICTIONAL), authorized representative
  relation: representative
  address: |-
    Flint Hills Legal Aid (FICTIONAL), 700 SW Jackson Street, Suite 500
    Topeka, KS 66603
  phone: (785) 555-0141
  email: mosei@flinthillslegalaid.example
  authorization: other/authorized-representative-form-2026-11-05.txt
provider:
  name: Kaw Valley Trauma Recovery Center
  credentials: Dr. Sela Brightwater, PsyD, program director
  npi: "1652039482"
  address: |-
    2300 SW 29th Street
    Topeka, KS 66611
  phone: (785) 555-0129
external_review:
  agency: Kansas Office of Administrative Hearings, Medicaid fair hearings (FICTIONAL)
  address: |-
    Office of Administrative Hearings, Medicaid Fair Hearings (FICTIONAL)
    1020 S Kansas Avenue
    Topeka, KS 66612
record_dates:
  - file: clinical/outpatient-therapy-summary-2026-10-22.txt
    date: 2026-10-22
bates_prefix: LEIATAUAMOSS
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
docs={
"denial/notice-of-adverse-benefit-determination-2026-09-15.txt": r'''
PRAIRIE BRIDGE HEALTH PLAN (FICTIONAL) - KANSAS MEDICAID MANAGED CARE
NOTICE OF ADVERSE BENEFIT DETERMINATION                     Date of this notice: 09/15/2026   Page 1 of 2
Member: Tavita Leiataua-Moss   Medicaid ID FICT-KS-MCD-4418203   Reference UM-26-0908-66154
Service requested: intensive outpatient program (S9480), 24 days, Kaw Valley Trauma Recovery Center
Decision: DENIED. Not medically necessary. Criterion 3 of BH-IOP-11 is not met: the member has not tried
outpatient therapy at a lower level of care.
BH-IOP-11 criterion 3: "3. The member has not responded to outpatient treatment at a lower level of care of
adequate intensity and duration, or such treatment is not safe."
YOUR RIGHT TO APPEAL: You have 60 calendar days from the date on this notice to ask us for an appeal. Write to
Member Appeals, PO Box 18840, Wichita, KS 67218, fax (316) 555-0154, or call 1-800-555-0158. After our appeal
decision you may ask for a State Fair Hearing.
--- page 2 of 2 ---
Utilization review case summary: reviewer Dr. L. Fenwick (family medicine); decision date 09/08/2026; letter
generated 09/15/2026.
''',
"clinical/outpatient-therapy-summary-2026-10-22.txt": r'''
KAW VALLEY TRAUMA RECOVERY CENTER (FICTIONAL) - OUTPATIENT TREATMENT SUMMARY
Date: 10/22/2026   Page 1 of 1   Client: Tavita Leiataua-Moss   DOB 08/27/1995
Diagnosis: post-traumatic stress disorder, chronic (F43.12).
Outpatient therapy: weekly trauma-focused therapy 07/2025-09/2026, 52 sessions (prolonged exposure, then
cognitive processing therapy). PCL-5 71 at intake; 62 on 10/22/2026. PHQ-9 17.
Medication (primary care): sertraline 150 mg daily since 09/2025, partial response, continues; prazosin 3 mg at
bedtime for nightmares since 11/2025.
Safety: denies suicidal ideation. Two ED visits for panic (03/2026, 08/2026). Lost her warehouse job 08/2026.
Recommendation: IOP three days a week for eight weeks from 01/04/2027, then weekly therapy.
- Dr. Sela Brightwater, PsyD, NPI 1652039482
''',
"other/fax-report-2026-11-10.txt": r'''
FAX TRANSMISSION REPORT (FICTIONAL)
Flint Hills Legal Aid   Sent 11/10/2026 15:02   To (316) 555-0154 Prairie Bridge Member Appeals   Pages 9   OK
Cover: "Appeal of UM-26-0908-66154, Tavita Leiataua-Moss, with authorized representative form."
''',
"other/plan-appeal-acknowledgment-2026-11-12.txt": r'''
PRAIRIE BRIDGE HEALTH PLAN (FICTIONAL) - APPEAL ACKNOWLEDGMENT
Date: 11/12/2026   Member: Tavita Leiataua-Moss   Appeal number APL-26-1110-0917
We received your appeal on 11/10/2026. We will send you our decision.
''',
"denial/appeal-dismissal-notice-2026-11-20.txt": r'''
PRAIRIE BRIDGE HEALTH PLAN (FICTIONAL) - NOTICE OF APPEAL DISMISSAL
Date: 11/20/2026   Page 1 of 1   Appeal APL-26-1110-0917   Member: Tavita Leiataua-Moss
Your appeal was received 11/10/2026, which is more than 60 days after the decision date of 09/08/2026
(deadline 11/07/2026). Your appeal is dismissed as untimely. We did not review the medical records.
You may request a State Fair Hearing within 120 days of the date of this notice.
''',
"other/authorized-representative-form-2026-11-05.txt": r'''
PRAIRIE BRIDGE HEALTH PLAN (FICTIONAL) - AUTHORIZED REPRESENTATIVE FORM
I, Tavita Leiataua-Moss (Medicaid ID FICT-KS-MCD-4418203), name Flint Hills Legal Aid and its staff, including
Marguerite Osei, paralegal, to act for me in my appeal and any State Fair Hearing about reference
UM-26-0908-66154.   Signed: Tavita Leiataua-Moss   Date: 11/05/2026
''',
},
truth=r'''
# 03 - Kansas Medicaid managed care: PTSD IOP appeal dismissed as untimely, counted from the reviewer's date instead of the notice date; legal aid asks the plan to decide it (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Tavita Leiataua-Moss, 31 (DOB 08/27/1995), Kansas Medicaid through Prairie Bridge Health Plan (managed care).
- Prior authorization for a PTSD IOP (S9480, 24 days from 01/04/2027) denied on a **notice dated 09/15/2026** (BH-IOP-11
  criterion 3, "has not tried outpatient therapy"). Page 2's case summary shows a reviewer "decision date 09/08/2026".
- **Rule:** a Medicaid managed care appeal is filed within **60 calendar days from the date on the notice** of adverse
  benefit determination (42 CFR 438.402(c)(2)(ii)); the notice itself says so. 09/15/2026 + 60 = **11/14/2026**.
- The appeal was faxed **11/10/2026** (fax report) and the plan's acknowledgment says "We received your appeal on
  11/10/2026": **timely**.
- The plan **dismissed** it on **11/20/2026**, counting from 09/08/2026 (deadline "11/07/2026"), and "did not review
  the medical records". That count is wrong.
- Record: 52 weekly sessions of trauma-focused therapy 07/2025-09/2026 (PCL-5 71 to 62): outpatient therapy was tried.
- Next steps: the plan must resolve a standard appeal within 30 calendar days of receipt (42 CFR 438.408(b)(2)),
  i.e. by 12/10/2026 counted from 11/10/2026. The State Fair Hearing: no later than **120 calendar days** from the
  plan's notice (42 CFR 438.408(f)(2)); the safe date counted from the dismissal notice is **03/20/2027**.
- Author: Marguerite Osei, paralegal, Flint Hills Legal Aid, authorized representative (form signed 11/05/2026).
- Pre-service: nothing has been given, nothing is being cut: no continuation of benefits (438.420) applies.

## Deliberately unknown
- Whether Kansas treats the dismissal as the plan's notice of resolution (so that a fair hearing may be asked now) or
  as a failure to follow the notice-and-timing rules (deemed exhaustion, 42 CFR 438.408(c)(1)): not settled by the
  case; a letter may say the member reserves the fair hearing and keeps the 03/20/2027 date, but must not state
  which it is as certain.
- Whether the plan will reopen without a hearing: unknown.

## Traps
- **Which date counts:** the notice's date (09/15/2026), never the reviewer's internal date (09/08/2026).
- **Stage:** the appeal already filed was never decided on its merits; this letter asks the plan to withdraw the
  dismissal and decide that appeal (it is not a new late appeal, and no "good cause" is needed).
- Do not call the 11/20/2026 dismissal a decision on medical necessity; it reviewed no records.
- **Fair hearing window:** 120 days (438.408(f)(2)); never "90 to 120 days, set by the state".
- No continuation of benefits (nothing authorized is being reduced or ended).
- **Sertraline continues** (partial response): not "failed"; **prazosin** is for nightmares, not a trial;
  psychotherapy is not a medication trial. No suicidal ideation.
- Never cite ERISA, 45 CFR 147.136, external review by an IRO; the expert's "name and qualifications" is not a
  Medicaid duty (ask, cite none).
- Voice: the paralegal writes about "Ms. Leiataua-Moss".

## Arguments a strong letter makes (strongest first)
1. The appeal was timely: the notice is dated 09/15/2026 and gives 60 calendar days from that date (11/14/2026); the
   plan's own acknowledgment shows receipt on 11/10/2026. Withdraw the dismissal and decide the appeal of
   APL-26-1110-0917 on its merits within the time the rules allow.
2. On the merits: criterion 3 is met: 52 weekly sessions of outpatient trauma therapy over 14 months, PCL-5 still 62.
3. Reserve the State Fair Hearing (by 03/20/2027 counted from the dismissal) if the plan does not reverse.

## What a letter must NOT say
- "filed late", "untimely", "good cause" as the member's own ground; "by 11/07/2026" as the deadline.
- "within 90 days" or "90 to 120 days" for the fair hearing.
- "continue benefits during the appeal", "aid paid pending".
- "has not tried outpatient therapy" as true; "failed sertraline"; prazosin as an antidepressant.
- "ERISA", "45 CFR 147.136", "independent review organization".
- "suicidal ideation" as present.
''',
answers=[
("Date on the notice", "Date of this notice: 09/15/2026", "denial/notice-of-adverse-benefit-determination-2026-09-15.txt"),
("Window the notice gives", "You have 60 calendar days from the date on this notice to ask us for an appeal.", "denial/notice-of-adverse-benefit-determination-2026-09-15.txt"),
("Internal date the plan counted from", "decision date 09/08/2026", "denial/notice-of-adverse-benefit-determination-2026-09-15.txt"),
("True last day to appeal", "09/15/2026 + 60 = 11/14/2026", "truth"),
("Plan's own receipt date", "We received your appeal on 11/10/2026.", "other/plan-appeal-acknowledgment-2026-11-12.txt"),
("Appeal number", "Appeal number APL-26-1110-0917", "other/plan-appeal-acknowledgment-2026-11-12.txt"),
("Dismissal's wrong deadline", "(deadline 11/07/2026). Your appeal is dismissed as untimely.", "denial/appeal-dismissal-notice-2026-11-20.txt"),
("Did the dismissal review the records", "We did not review the medical records.", "denial/appeal-dismissal-notice-2026-11-20.txt"),
("Fair hearing safe date", "03/20/2027", "truth"),
("Fair hearing rule", "42 CFR 438.408(f)(2)", "truth"),
("Outpatient therapy tried", "weekly trauma-focused therapy 07/2025-09/2026, 52 sessions", "clinical/outpatient-therapy-summary-2026-10-22.txt"),
("PCL-5 now", "PCL-5 71 at intake; 62 on 10/22/2026", "clinical/outpatient-therapy-summary-2026-10-22.txt"),
("Service requested", "intensive outpatient program (S9480), 24 days", "denial/notice-of-adverse-benefit-determination-2026-09-15.txt"),
("Fax of the appeal", "Sent 11/10/2026 15:02", "other/fax-report-2026-11-10.txt"),
("Who is authorized", "Marguerite Osei, paralegal", "other/authorized-representative-form-2026-11-05.txt"),
("Reviewer named", "reviewer Dr. L. Fenwick (family medicine)", "denial/notice-of-adverse-benefit-determination-2026-09-15.txt"),
],
)


# ---------------------------------------------------------------- case 04
case(num="04", slug="self-funded-erisa-epo-psychiatrist-network-gap-appeal-refused-without-plan-rep-form-sister",
yaml=r'''
# FICTIONAL CASE (set 102, case 04) - every person, plan, provider, number and address is invented.
# Self-funded ERISA employer plan (EPO option), Indiana, 1,200 employees. Four out-of-network psychiatry visits
# denied PR-242 on an EOB of 10/05/2026. He called member services before the first visit (06/20/2026) as SPD 6.4
# requires; no network psychiatrist within 45 miles could see him within 30 days. His sister's appeal of 10/21/2026
# was returned on 11/02/2026 because the plan requires its own representative form (ARD-1); he signed it on
# 11/24/2026. The appeal is refiled now, within 180 days (by 04/03/2027 counted conservatively from the EOB date).
patient:
  name: Joaquin Hartsell-Mena
  salutation: Mr. Hartsell-Mena
  date_of_birth: 1982-01-30
  member_id: FICT-TCM-220418-01
  address: |-
    11820 N County Road 450 E
    Washington, IN 47501
  phone: (812) 555-0137
insurer:
  name: Tri-County Manufacturing Employee Health Plan, administered by Meridian Claims Administrators (FICTIONAL)
  appeals_address: |-
    Meridian Claims Administrators, Appeals Unit (FICTIONAL)
    PO Box 66130
    Indianapolis, IN 46266
  fax: (317) 555-0166
claim:
  number: MCA-26-1005-30418
  plan_type: employer_erisa
  funding: self_funded
  employees: 1200
  notice_date: 2026-10-05
  appeal_deadline: 2027-04-03
  deadline_basis: >-
    29 CFR 2560.503-1(h)(3)(i) and SPD Section 11.2: 180 days after receipt of the notice; counted conservatively
    from the EOB date, 10/05/2026.
  service_dates: [2026-07-14, 2026-08-11, 2026-09-08, 2026-09-29]
  setting: outpatient
  procedure_codes: ["99214"]
  diagnosis_codes: [F31.81]
  carc_codes: [PR-242]
  denial_reason: >-
    Services from an out-of-network provider are not covered under the EPO option except for emergencies or an
    approved network exception. (PR-242)
  denial_category: out_of_network
  denial_reasons: [out_of_network]
  action: none
submissions:
  - date: 2026-10-21
    method: mail
    to: Meridian Claims Administrators, Appeals Unit
    stage: returned unprocessed - representative form required (not an appeal decision)
    confirmation: returned 11/02/2026, letter RET-26-1102-118
network:
  - name: Member Services (call reference MS-26-0620-4418)
    date: 2026-06-20
    outcome: >-
      Asked for a network psychiatrist or a network exception before care; told no network psychiatrist within 45
      miles had an opening before September and to "have the provider submit claims; the exception will be reviewed".
    evidence: {file: other/member-services-call-notes-2026-06-20.txt, page: 1}
  - name: Dr. Harlan Voss, psychiatrist (network, Evansville, 52 miles)
    date: 2026-06-22
    outcome: Not accepting new patients; waitlist to 01/2027
    evidence: {file: other/member-services-call-notes-2026-06-20.txt, page: 1}
  - name: Wabash Valley Psychiatric Associates (network, Terre Haute, 61 miles)
    date: 2026-06-22
    outcome: First new-patient appointment 10/19/2026
    evidence: {file: other/member-services-call-notes-2026-06-20.txt, page: 1}
plan_policy:
  name: Tri-County Manufacturing Employee Health Plan SPD, Section 6.4 "Network exception"
  number: Section 6.4
  quote: >-
    If no network provider of the needed specialty is available within 45 miles of your home, or none can offer an
    appointment within 30 days, call Member Services before you receive care. We will approve services from a
    non-network provider at the network level of benefits.
  file: other/spd-excerpt-sections-6-4-and-11.txt
  other_terms: >-
    11.5 Authorized representatives. You may name an authorized representative to act for you. The Plan will
    recognize a representative named on the Plan's Authorized Representative Designation form (ARD-1) signed by you.
  other_terms_file: other/spd-excerpt-sections-6-4-and-11.txt
  other_terms_apply: >-
    The 10/21/2026 appeal was returned only for want of Form ARD-1; the form, signed 11/24/2026, is enclosed, and the
    appeal is refiled within the 180 days.
treatment:
  name: Outpatient psychiatric medication management, four visits (99214)
  summary: >-
    Medication management for bipolar II depression with an out-of-network psychiatrist because no network
    psychiatrist within 45 miles could see him within 30 days.
clinical:
  severity: PHQ-9 16 on 07/14/2026; 9 on 09/29/2026
  severity_date: 2026-09-29
  suicidality: none
  suicidality_date: 2026-09-29
  history:
    - drug: Lamotrigine
      dose: titrated to 200 mg daily
      start: 2026-07
      ongoing: true
      kind: other
      response: partial
      outcome: Started 07/14/2026, titrated to 200 mg; improving; continues
      evidence: {file: clinical/psychiatry-visit-summary-2026-09-29.txt, page: 1}
author:
  name: Marisela Hartsell
  role: Sister, authorized representative (Plan Form ARD-1)
  relation: representative
  address: |-
    402 E Walnut Street
    Washington, IN 47501
  phone: (812) 555-0138
  email: marisela.hartsell@postbox.example
  authorization: other/authorized-representative-designation-ard-1-2026-11-24.txt
provider:
  name: Dr. Paul Ostrander
  credentials: MD, psychiatrist (out of network)
  npi: "1739204653"
  address: |-
    18 Main Street, Suite 2
    Loogootee, IN 47553
  phone: (812) 555-0127
record_dates:
  - file: clinical/psychiatry-visit-summary-2026-09-29.txt
    date: 2026-09-29
bates_prefix: HARTSELLMENA
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
docs={
"denial/explanation-of-benefits-2026-10-05.txt": r'''
MERIDIAN CLAIMS ADMINISTRATORS (FICTIONAL) for TRI-COUNTY MANUFACTURING EMPLOYEE HEALTH PLAN (self-funded)
EXPLANATION OF BENEFITS                                  Date: 10/05/2026   Page 1 of 1   Option: EPO
Member: Joaquin Hartsell-Mena   ID FICT-TCM-220418-01   Claim MCA-26-1005-30418
Provider: Dr. Paul Ostrander (out of network), NPI 1739204653
07/14/2026 99214 $260.00 | 08/11/2026 99214 $260.00 | 09/08/2026 99214 $260.00 | 09/29/2026 99214 $260.00
Paid $0.00   You owe: $1,040.00
PR-242: Services from an out-of-network provider are not covered under the EPO option except for emergencies or
an approved network exception.
Appeal: you may appeal within 180 days after you receive this notice (SPD Section 11.2). Write to Appeals Unit,
PO Box 66130, Indianapolis, IN 46266, fax (317) 555-0166.
''',
"denial/returned-appeal-letter-2026-11-02.txt": r'''
MERIDIAN CLAIMS ADMINISTRATORS (FICTIONAL) - RETURNED CORRESPONDENCE   Date: 11/02/2026   Letter RET-26-1102-118
To: Marisela Hartsell, 402 E Walnut Street, Washington, IN 47501   Re: Joaquin Hartsell-Mena, claim MCA-26-1005-30418
We received your letter of 10/21/2026 on 10/26/2026. We cannot process it as an appeal because the Plan requires an
Authorized Representative Designation form (ARD-1) signed by the participant. The general medical-records release
you sent is not that form. We have not reviewed the claim. The time limit to appeal continues to run.
''',
"other/spd-excerpt-sections-6-4-and-11.txt": r'''
TRI-COUNTY MANUFACTURING EMPLOYEE HEALTH PLAN (FICTIONAL) - SUMMARY PLAN DESCRIPTION 2026, EXCERPT
6.4 Network exception. If no network provider of the needed specialty is available within 45 miles of your home, or
none can offer an appointment within 30 days, call Member Services before you receive care. We will approve
services from a non-network provider at the network level of benefits.
11.2 Appeals. You may appeal within 180 days after you receive an adverse benefit determination. We decide a
post-service appeal within 60 days after we receive it.
11.5 Authorized representatives. You may name an authorized representative to act for you. The Plan will recognize a
representative named on the Plan's Authorized Representative Designation form (ARD-1) signed by you.
The Plan is self-funded by Tri-County Manufacturing Co. and is governed by ERISA.
''',
"other/member-services-call-notes-2026-06-20.txt": r'''
CALL NOTES KEPT BY JOAQUIN HARTSELL-MENA (FICTIONAL)
06/20/2026 10:05 am - Meridian Member Services, 1-800-555-0175, rep "Danielle", call reference MS-26-0620-4418.
Asked for a network psychiatrist within 45 miles or a network exception before my first visit with Dr. Ostrander
(07/14/2026). She said no network psychiatrist near me had an opening before September and to "have the provider
submit claims; the exception will be reviewed".
06/22/2026 - Dr. Harlan Voss, Evansville (52 miles, network): not accepting new patients; waitlist to 01/2027.
06/22/2026 - Wabash Valley Psychiatric Associates, Terre Haute (61 miles, network): first new-patient opening 10/19/2026.
''',
"clinical/psychiatry-visit-summary-2026-09-29.txt": r'''
DR. PAUL OSTRANDER, MD (FICTIONAL) - PSYCHIATRY VISIT SUMMARY
Date: 09/29/2026   Page 1 of 1   Patient: Joaquin Hartsell-Mena   DOB 01/30/1982
Diagnosis: bipolar II disorder, current episode depressed (F31.81). First seen 07/14/2026 (PHQ-9 16).
Lamotrigine started 07/14/2026 and titrated to 200 mg daily; PHQ-9 9 today. No suicidal ideation.
Visits: 07/14, 08/11, 09/08, 09/29/2026. Plan: monthly visits.
''',
"other/authorized-representative-designation-ard-1-2026-11-24.txt": r'''
TRI-COUNTY MANUFACTURING EMPLOYEE HEALTH PLAN (FICTIONAL) - FORM ARD-1, AUTHORIZED REPRESENTATIVE DESIGNATION
Participant: Joaquin Hartsell-Mena   ID FICT-TCM-220418-01
I designate Marisela Hartsell (sister), 402 E Walnut Street, Washington, IN 47501, (812) 555-0138, as my authorized
representative for claim MCA-26-1005-30418 and its appeals.   Signed: Joaquin Hartsell-Mena   Date: 11/24/2026
''',
},
truth=r'''
# 04 - Self-funded ERISA plan: out-of-network psychiatry denied though member services was called first; the sister's appeal was returned for want of the plan's form and is refiled (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Joaquin Hartsell-Mena, 44 (DOB 01/30/1982), EPO option of a **self-funded ERISA** plan (Tri-County Manufacturing,
  1,200 employees; TPA Meridian). Four visits 07/14, 08/11, 09/08, 09/29/2026 (99214, $1,040.00) with an
  out-of-network psychiatrist, denied PR-242 on the **EOB of 10/05/2026**.
- SPD 6.4 gives a network exception when no network provider of the specialty is available within 45 miles **or**
  within 30 days, if Member Services is called **before** care. He called **06/20/2026** (reference MS-26-0620-4418),
  before the first visit; network psychiatrists: 52 miles and closed to new patients; 61 miles and first opening
  10/19/2026.
- The sister's appeal of **10/21/2026** (received 10/26) was **returned 11/02/2026** unprocessed: the plan requires its
  **Form ARD-1**; he signed ARD-1 on **11/24/2026**. No appeal has been decided.
- **Rule and deadline:** first (only described) internal appeal, post-service: **180 days after receipt** of the
  notice (29 CFR 2560.503-1(h)(3)(i); SPD 11.2). Receipt is not documented, so the safe count is from 10/05/2026:
  **by 04/03/2027**. The refiled appeal is timely; it needs no good cause.
- A plan may set reasonable procedures for recognizing an authorized representative (29 CFR 2560.503-1(b)(4)); the
  form requirement is in the SPD (11.5), so the return was within the plan's terms. Post-service decision: 60 days
  after receipt (SPD 11.2; 29 CFR 2560.503-1(i)).
- External review (self-funded: 29 CFR 2590.715-2719) may be available after the final internal decision for a
  denial involving medical judgment or network adequacy questions; not the level now.

## Deliberately unknown
- Whether the plan will count the appeal as filed 10/26/2026 (its first receipt) for its decision clock: a letter
  may ask, but not claim a right to it.
- Whether Member Services ever opened an exception request after the 06/20/2026 call: unknown; a letter asks for the
  record of that call.
- The network level's cost sharing for the four visits: not in the case.

## Traps
- **Stage:** this is the **first** internal appeal; the 11/02/2026 letter is not a decision (never "the plan denied
  my appeal", never "second-level").
- **Representative:** the plan's form requirement is lawful as a reasonable procedure; do not say the plan broke the
  law by returning it. ARD-1 (11/24/2026) is enclosed; the general release was not the form.
- **Deadline:** not 60 days; not counted from 11/02/2026; not "late".
- **Network rule:** the SPD test is 45 miles **or** 30 days; the call came **before** care. Never cite 45 CFR 156.230
  (individual-market rule) or Medicaid 438.206.
- **Lamotrigine** is a mood stabilizer, continuing with improvement: not an antidepressant trial, not "failed".
- Voice: the sister writes about "Mr. Hartsell-Mena".

## Arguments a strong letter makes (strongest first)
1. SPD 6.4's own exception is met: he called Member Services before care (06/20/2026, MS-26-0620-4418); no network
   psychiatrist within 45 miles, and none within 30 days (openings 01/2027 and 10/19/2026). Reprocess the four visits
   at the network level.
2. The appeal is timely (180 days after receipt, by 04/03/2027 even counted from the EOB date), now with Form ARD-1;
   ask that it be treated as received when the plan first had it (10/26/2026), as a request.
3. Ask for the claim file, including the record of the 06/20/2026 call.

## What a letter must NOT say
- "second-level appeal"; "the plan denied the appeal on 11/02/2026".
- "filed late", "good cause"; "within 60 days".
- "unlawfully refused", "the plan may not require its own form".
- "45 CFR 156.230", "438.206", "Medicaid", "Medicare".
- "failed lamotrigine"; lamotrigine as an antidepressant.
- "suicidal ideation" as present.
''',
answers=[
("EOB date", "Date: 10/05/2026   Page 1 of 1   Option: EPO", "denial/explanation-of-benefits-2026-10-05.txt"),
("Amount owed", "You owe: $1,040.00", "denial/explanation-of-benefits-2026-10-05.txt"),
("Appeal window on the EOB", "you may appeal within 180 days after you receive this notice", "denial/explanation-of-benefits-2026-10-05.txt"),
("True deadline", "by 04/03/2027", "truth"),
("Why the first appeal was returned", "the Plan requires an\nAuthorized Representative Designation form (ARD-1) signed by the participant", "denial/returned-appeal-letter-2026-11-02.txt"),
("When the plan first received it", "We received your letter of 10/21/2026 on 10/26/2026.", "denial/returned-appeal-letter-2026-11-02.txt"),
("Was the claim reviewed", "We have not reviewed the claim.", "denial/returned-appeal-letter-2026-11-02.txt"),
("ARD-1 signed", "Signed: Joaquin Hartsell-Mena   Date: 11/24/2026", "other/authorized-representative-designation-ard-1-2026-11-24.txt"),
("Network exception test", "within 45 miles of your home, or\nnone can offer an appointment within 30 days", "other/spd-excerpt-sections-6-4-and-11.txt"),
("Call before care", "call reference MS-26-0620-4418", "other/member-services-call-notes-2026-06-20.txt"),
("Nearest network psychiatrist", "Dr. Harlan Voss, Evansville (52 miles, network): not accepting new patients", "other/member-services-call-notes-2026-06-20.txt"),
("Second network option", "first new-patient opening 10/19/2026", "other/member-services-call-notes-2026-06-20.txt"),
("Representative rule in SPD", "11.5 Authorized representatives.", "other/spd-excerpt-sections-6-4-and-11.txt"),
("Decision time for post-service appeal", "We decide a\npost-service appeal within 60 days after we receive it.", "other/spd-excerpt-sections-6-4-and-11.txt"),
("Dates of service", "07/14, 08/11, 09/08, 09/29/2026", "clinical/psychiatry-visit-summary-2026-09-29.txt"),
("Rule on reasonable representative procedures", "29 CFR 2560.503-1(b)(4)", "truth"),
],
)


# ---------------------------------------------------------------- case 05
case(num="05", slug="medicare-advantage-hmo-tms-payment-no-auth-said-approval-on-file-late-reconsideration-good-cause-patient",
yaml=r'''
# FICTIONAL CASE (set 102, case 05) - every person, plan, provider, number and address is invented.
# Medicare Advantage HMO, Arkansas. A 30-session TMS course (06/08-07/17/2026) was approved in advance
# (AUTH-OC-26-0605-1187), but the payment was denied on 08/28/2026 as "no prior authorization on file". The 65 days
# to ask for reconsideration ended 11/01/2026, while she was in hospital (08/31-10/16) and then in a crisis
# residential program (10/16-11/20); she first read the notice on 11/24/2026. She asks, herself, for the
# reconsideration and for the time to be extended for good cause (42 CFR 422.582(c)).
patient:
  name: Beatrice Lindqvist-Owens
  salutation: Ms. Lindqvist-Owens
  date_of_birth: 1958-05-03
  member_id: FICT-OCM-88130457
  address: |-
    2209 Cantrell Ridge Drive
    Little Rock, AR 72212
  phone: (501) 555-0112
  email: bea.lindqvist@letterbox.example
insurer:
  name: Ozark Crest Medicare Advantage HMO (FICTIONAL)
  appeals_address: |-
    Ozark Crest Health Plans, Medicare Appeals and Grievances (FICTIONAL)
    PO Box 250713
    Little Rock, AR 72225
  fax: (501) 555-0176
claim:
  number: OC-26-0828-57102
  plan_type: medicare_advantage
  notice_date: 2026-08-28
  appeal_deadline: 2026-11-01
  deadline_basis: >-
    42 CFR 422.582(b): 65 days from the date of the notice (08/28/2026); the notice says the same.
  service_dates: [2026-06-08, 2026-07-17]
  sessions: 30
  setting: outpatient
  procedure_codes: ["90867", "90868"]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-197]
  denial_reason: >-
    Payment denied: no prior authorization on file for TMS (90867, 90868). (CARC 197)
  denial_category: prior_authorization
  denial_reasons: [prior_authorization]
  action: none
  corrections:
    - said: no prior authorization on file for TMS (90867, 90868).
      record: >-
        Ozark Crest approved the course on 06/05/2026, authorization AUTH-OC-26-0605-1187: 90867 x1 and 90868 x35,
        06/08/2026 through 08/31/2026. All 30 sessions fall inside it.
      file: other/prior-authorization-approval-2026-06-05.txt
      page: 1
late_filing:
  reason: >-
    I was admitted to a psychiatric hospital on 08/31/2026, three days after the notice was dated, and stayed until
    10/16/2026; I went from there to a crisis residential program until 11/20/2026. My mail was held at home and I
    first read the notice on 11/24/2026. I am asking within two weeks of reading it.
  proof: [other/hospital-discharge-summary-2026-10-16.txt, other/crisis-residential-letter-2026-11-20.txt]
prior_auth:
  approved:
    number: AUTH-OC-26-0605-1187
    date: 2026-06-05
    covers: TMS, 90867 x1 and 90868 x35, 06/08/2026 through 08/31/2026, Delta TMS Center
    quote: >-
      Approved: 90867 x1, 90868 x35. Authorized dates 06/08/2026 through 08/31/2026.
    file: other/prior-authorization-approval-2026-06-05.txt
    what_went_wrong: >-
      The claim was denied as having no authorization on file although the plan's own approval covers every
      session billed.
treatment:
  name: Transcranial magnetic stimulation (TMS), 30 sessions
  summary: An approved TMS course for recurrent major depression, completed 07/17/2026.
clinical:
  severity: PHQ-9 22 on 06/08/2026; 14 on 07/17/2026
  severity_date: 2026-07-17
  suicidality: passive
  suicidality_date: 2026-08-30
  response: PHQ-9 22 before the course, 14 at its end (07/17/2026)
  response_level: partial
author:
  name: Beatrice Lindqvist-Owens
  relation: patient
provider:
  name: Delta TMS Center
  credentials: Dr. Rafael Imbert, MD, psychiatrist (network)
  npi: "1456983026"
  address: |-
    9100 Kanis Road, Suite 300
    Little Rock, AR 72205
  phone: (501) 555-0125
bates_prefix: LINDQVISTOWENS
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
docs={
"denial/notice-of-denial-of-payment-2026-08-28.txt": r'''
OZARK CREST MEDICARE ADVANTAGE HMO (FICTIONAL) - NOTICE OF DENIAL OF PAYMENT
Date: 08/28/2026   Page 1 of 1   Claim OC-26-0828-57102
Member: Beatrice Lindqvist-Owens   Member ID FICT-OCM-88130457
Provider: Delta TMS Center (network), NPI 1456983026   Services 06/08/2026 - 07/17/2026: 90867 x1, 90868 x29
Billed $6,150.00   Plan paid $0.00   Amount you may owe: $6,150.00
Why: Payment denied: no prior authorization on file for TMS (90867, 90868). (CARC 197)
Your right to appeal: ask us for a reconsideration within 65 days of the date of this notice. If you miss the
deadline, you may ask for more time and tell us why you were late. Write to Medicare Appeals and Grievances,
PO Box 250713, Little Rock, AR 72225, fax (501) 555-0176.
''',
"other/prior-authorization-approval-2026-06-05.txt": r'''
OZARK CREST MEDICARE ADVANTAGE HMO (FICTIONAL) - ORGANIZATION DETERMINATION: APPROVED
Date: 06/05/2026   Authorization AUTH-OC-26-0605-1187   Member: Beatrice Lindqvist-Owens
Provider: Delta TMS Center, NPI 1456983026
Approved: 90867 x1, 90868 x35. Authorized dates 06/08/2026 through 08/31/2026.
''',
"clinical/tms-course-summary-2026-07-17.txt": r'''
DELTA TMS CENTER (FICTIONAL) - TMS COURSE SUMMARY
Date: 07/17/2026   Patient: Beatrice Lindqvist-Owens   DOB 05/03/1958
Course: 30 sessions, 06/08/2026 - 07/17/2026, under authorization AUTH-OC-26-0605-1187.
PHQ-9 22 at session 1; 14 at session 30 (partial response). - Dr. Rafael Imbert, MD, NPI 1456983026
''',
"other/hospital-discharge-summary-2026-10-16.txt": r'''
PINNACLE HILLS BEHAVIORAL HOSPITAL (FICTIONAL) - DISCHARGE SUMMARY (EXCERPT RELEASED TO PATIENT)
Patient: Beatrice Lindqvist-Owens   DOB 05/03/1958   Admitted 08/31/2026   Discharged 10/16/2026
Reason for admission: worsening depression with passive wishes to be dead (08/30/2026), unable to care for herself.
Discharged to: Arbor House Crisis Residential Program.
''',
"other/crisis-residential-letter-2026-11-20.txt": r'''
ARBOR HOUSE CRISIS RESIDENTIAL PROGRAM (FICTIONAL)
Date: 11/20/2026   To whom it may concern:
Beatrice Lindqvist-Owens lived at Arbor House from 10/16/2026 to 11/20/2026. Residents' home mail is not forwarded
here. - Tamsin Greer, LCSW, program manager, (501) 555-0131
''',
},
truth=r'''
# 05 - Medicare Advantage HMO: TMS payment denied as unauthorized though approved; reconsideration asked after the 65 days, for good cause, by the patient (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Beatrice Lindqvist-Owens, 68 (DOB 05/03/1958), Ozark Crest Medicare Advantage HMO.
- The plan **approved** the TMS course on **06/05/2026** (AUTH-OC-26-0605-1187: 90867 x1, 90868 x35, 06/08-08/31/2026).
  She had 30 sessions 06/08-07/17/2026 at a network center. The notice of **08/28/2026** denied payment (CARC 197,
  "no prior authorization on file"); "Amount you may owe: $6,150.00".
- **Rule and deadline:** a Medicare Advantage reconsideration is asked within **65 days of the date of the notice**
  (42 CFR 422.582(b)): **11/01/2026 - passed**. The plan may extend the time for **good cause** (422.582(c)); the
  notice says so. A payment reconsideration is decided within 60 days (422.590).
- Good cause: psychiatric hospital 08/31-10/16/2026 (discharge summary), crisis residential 10/16-11/20/2026 (its
  letter: home mail not forwarded); she first read the notice 11/24/2026; the letter (12/08/2026) follows within two
  weeks.
- Author: the patient herself, "I".
- Response to the course: PHQ-9 22 to 14 (partial). Passive wishes to be dead on 08/30/2026 (history, not now
  argued as present risk in this payment appeal).

## Deliberately unknown
- Why the claim system did not match the authorization (a keying error, a provider number mismatch): unknown; ask.
- Whether Delta TMS Center, a network provider, may bill her at all after a plan error: not settled in the case; a
  letter may ask the plan to confirm she is not liable but must not state the contract's terms.
- Her current severity: not in the case.

## Traps
- **Timeliness:** the appeal is **late**: never call it timely or "within 65 days"; ask for the time to be extended
  for good cause with the records, then the reconsideration.
- **Wrong rule:** not 60 days (pre-2025), not "120 days" (Original Medicare), not counted from receipt.
- **Authorization on file:** quote the approval; 30 sessions are fewer than the 36 approved, all within the dates.
- **Not medical necessity:** no medical-judgment reviewer request, no peer-to-peer; no Part B drug 7-day clock (TMS is
  not a drug); no expedited appeal (care is over).
- **Never** ERISA, 45 CFR 147.136, MHPAEA (parity does not reach Medicare), state external review; the upheld denial
  goes to the independent review entity automatically (422.592).
- Voice: "I"; not "Ms. Lindqvist-Owens has".

## Arguments a strong letter makes (strongest first)
1. Extend the time for good cause (422.582(c)): hospital and crisis residential stays covering the whole window,
   records enclosed; filed within two weeks of first reading the notice.
2. The plan's own authorization AUTH-OC-26-0605-1187 covers every session (30 of 36 approved, 06/08-07/17 within
   06/08-08/31/2026): reprocess and pay; correct "no prior authorization on file".
3. Ask for confirmation that she owes nothing beyond her cost sharing.

## What a letter must NOT say
- "timely", "within the 65 days", "by 11/01/2026" as met.
- "no authorization was obtained"; "retroactive authorization" as the request.
- "medically necessary" as the ground; "peer-to-peer".
- "7 days", "72 hours"; "ERISA", "45 CFR 147.136", "MHPAEA", "parity".
- "suicidal ideation" as current.
''',
answers=[
("Notice date", "Date: 08/28/2026   Page 1 of 1   Claim OC-26-0828-57102", "denial/notice-of-denial-of-payment-2026-08-28.txt"),
("Reason", "no prior authorization on file for TMS (90867, 90868)", "denial/notice-of-denial-of-payment-2026-08-28.txt"),
("Authorization number", "Authorization AUTH-OC-26-0605-1187", "other/prior-authorization-approval-2026-06-05.txt"),
("Authorized dates", "Authorized dates 06/08/2026 through 08/31/2026.", "other/prior-authorization-approval-2026-06-05.txt"),
("Units approved", "Approved: 90867 x1, 90868 x35.", "other/prior-authorization-approval-2026-06-05.txt"),
("Amount she may owe", "Amount you may owe: $6,150.00", "denial/notice-of-denial-of-payment-2026-08-28.txt"),
("Deadline under the rule", "11/01/2026 - passed", "truth"),
("Good cause rule", "422.582(c)", "truth"),
("Notice's own words on late appeals", "If you miss the\ndeadline, you may ask for more time and tell us why you were late.", "denial/notice-of-denial-of-payment-2026-08-28.txt"),
("Hospital stay", "Admitted 08/31/2026   Discharged 10/16/2026", "other/hospital-discharge-summary-2026-10-16.txt"),
("Residential stay", "lived at Arbor House from 10/16/2026 to 11/20/2026", "other/crisis-residential-letter-2026-11-20.txt"),
("Mail", "Residents' home mail is not forwarded\nhere.", "other/crisis-residential-letter-2026-11-20.txt"),
("When she read the notice", "first read the notice on 11/24/2026", "case.yaml"),
("Sessions given", "Course: 30 sessions, 06/08/2026 - 07/17/2026", "clinical/tms-course-summary-2026-07-17.txt"),
("Response", "PHQ-9 22 at session 1; 14 at session 30 (partial response)", "clinical/tms-course-summary-2026-07-17.txt"),
("Units billed", "90867 x1, 90868 x29", "denial/notice-of-denial-of-payment-2026-08-28.txt"),
],
)


# ---------------------------------------------------------------- case 06
case(num="06", slug="marketplace-aptc-grace-period-claims-denied-coverage-ended-premium-paid-in-grace-patient",
yaml=r'''
# FICTIONAL CASE (set 102, case 06) - every person, plan, provider, number and address is invented.
# Individual Marketplace Silver plan with advance premium tax credit, Michigan. The October premium was missed; the
# plan's own letter put him in the three-month grace period 10/01-12/31/2026. On 11/05/2026 it denied three
# visits (10/06, 10/20, 11/03) CO-27 "coverage terminated 09/30/2026". He paid all premiums owed on 11/20/2026
# (and December's on 12/01/2026), within the grace period, so coverage never ended; even without payment it could
# only have ended on 10/31/2026 (45 CFR 156.270(g)). First internal appeal by the patient: 180 days (by 05/04/2027).
patient:
  name: Deshawn Pruitt-Caldera
  salutation: Mr. Pruitt-Caldera
  date_of_birth: 1988-10-14
  member_id: FICT-GLH-5520917-00
  address: |-
    318 Division Avenue S, Apt 5
    Grand Rapids, MI 49503
  phone: (616) 555-0145
  email: dpruittc@inboxmail.example
insurer:
  name: Great Lakes Harbor Health (FICTIONAL)
  appeals_address: |-
    Great Lakes Harbor Health, Member Appeals (FICTIONAL)
    PO Box 4410
    Lansing, MI 48909
  fax: (517) 555-0161
claim:
  number: GLH-26-1105-20731
  other_numbers: [GLH-26-1105-20732, GLH-26-1105-20733]
  plan_type: individual_aca
  student: false
  funding: insured
  notice_date: 2026-11-05
  appeal_deadline: 2027-05-04
  deadline_basis: >-
    45 CFR 147.136(b)(3): 180 days after receipt of the notice; counted from the notice date (11/05/2026).
  service_dates: [2026-10-06, 2026-10-20, 2026-11-03]
  setting: outpatient
  procedure_codes: ["90837", "99214"]
  diagnosis_codes: [F41.1]
  carc_codes: [CO-27]
  denial_reason: >-
    Expenses incurred after coverage terminated. Coverage ended 09/30/2026 for non-payment of premium. (CARC 27)
  denial_category: other
  denial_reasons: [coverage_ended]
  action: none
  corrections:
    - said: Coverage ended 09/30/2026 for non-payment of premium.
      record: >-
        The plan's own letter of 10/15/2026 placed me in the three-month grace period from 10/01/2026 through
        12/31/2026; I paid all premiums owed on 11/20/2026 (confirmation GLH-PAY-8841207) and December's on
        12/01/2026, so my coverage continued.
      file: [other/grace-period-letter-2026-10-15.txt, other/premium-payment-receipts-2026.txt]
      page: 1
eligibility:
  why: >-
    I receive advance payments of the premium tax credit. My October premium was missed; the plan's grace-period
    letter says the three-month grace period began 10/01/2026 and ends 12/31/2026, and that claims in the first month
    are paid. I paid everything owed on 11/20/2026, inside the grace period, so my coverage never terminated.
  grace_period:
    aptc: true
    paid_on: 2026-11-20
    ends: 2026-12-31
  proof: [other/grace-period-letter-2026-10-15.txt, other/premium-payment-receipts-2026.txt]
treatment:
  name: Outpatient psychotherapy (90837) and a psychiatry visit (99214)
  summary: Ongoing outpatient care for generalized anxiety disorder; coverage on these dates is the only question.
clinical:
  severity: GAD-7 15 on 10/06/2026
  severity_date: 2026-10-06
  suicidality: none
  suicidality_date: 2026-11-03
author:
  name: Deshawn Pruitt-Caldera
  relation: patient
provider:
  name: Heritage Hill Counseling and Psychiatry
  credentials: in-network group practice
  npi: "1902756133"
  address: |-
    150 Fulton Street E, Suite 410
    Grand Rapids, MI 49503
  phone: (616) 555-0128
bates_prefix: PRUITTCALDERA
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
docs={
"denial/explanation-of-benefits-2026-11-05.txt": r'''
GREAT LAKES HARBOR HEALTH (FICTIONAL) - MARKETPLACE SILVER 2 - EXPLANATION OF BENEFITS
Date: 11/05/2026   Page 1 of 1   Member: Deshawn Pruitt-Caldera   ID FICT-GLH-5520917-00
Provider: Heritage Hill Counseling and Psychiatry (in network), NPI 1902756133
Claim GLH-26-1105-20731  10/06/2026  90837  $185.00  Paid $0.00
Claim GLH-26-1105-20732  10/20/2026  90837  $185.00  Paid $0.00
Claim GLH-26-1105-20733  11/03/2026  99214  $240.00  Paid $0.00
CARC 27: Expenses incurred after coverage terminated. Coverage ended 09/30/2026 for non-payment of premium.
You may owe: $610.00
Appeal: you may file an internal appeal within 180 days after you receive this notice. Member Appeals, PO Box 4410,
Lansing, MI 48909, fax (517) 555-0161. You may also have the right to an external review.
''',
"other/grace-period-letter-2026-10-15.txt": r'''
GREAT LAKES HARBOR HEALTH (FICTIONAL) - NOTICE OF PREMIUM GRACE PERIOD
Date: 10/15/2026   To: Deshawn Pruitt-Caldera   Policy FICT-GLH-5520917-00
We have not received your premium of $84.00 for October 2026. Because you receive advance payments of the premium
tax credit, you are in a 3-month grace period that began 10/01/2026 and ends 12/31/2026. We will pay claims for
services you receive in the first month of the grace period (October 2026). Claims for services in November and
December 2026 may be pended. If you pay all premiums owed before the grace period ends, your coverage continues and
pended claims will be processed. If you do not, your coverage will end on 10/31/2026.
''',
"other/premium-payment-receipts-2026.txt": r'''
GREAT LAKES HARBOR HEALTH (FICTIONAL) - MEMBER PORTAL, PAYMENT HISTORY (PRINTED 12/02/2026)
09/01/2026  September 2026 premium   $84.00  Paid (autopay)
10/01/2026  October 2026 premium     $84.00  Autopay failed - card expired
11/20/2026  October and November 2026 premiums  $168.00  Paid online, confirmation GLH-PAY-8841207
12/01/2026  December 2026 premium    $84.00  Paid (autopay, new card)
Account status 12/02/2026: Active - paid through 12/31/2026
''',
"clinical/visit-record-2026-11-03.txt": r'''
HERITAGE HILL COUNSELING AND PSYCHIATRY (FICTIONAL) - VISIT RECORD
Date: 11/03/2026   Patient: Deshawn Pruitt-Caldera   DOB 10/14/1988   Diagnosis F41.1
Psychotherapy visits 10/06/2026 and 10/20/2026 (90837); psychiatry follow-up today (99214). GAD-7 15 on 10/06/2026.
No suicidal ideation.
''',
},
truth=r'''
# 06 - Marketplace plan with premium tax credit: visits denied "coverage terminated 09/30" during a grace period he paid within; first appeal by the patient (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Deshawn Pruitt-Caldera, 38 (DOB 10/14/1988), individual Marketplace Silver plan with **advance payments of the
  premium tax credit (APTC)**; net premium $84.00 a month.
- October's autopay failed. The plan's letter of **10/15/2026**: grace period **10/01-12/31/2026**; claims in the first
  month (October) paid; November and December claims may be pended; coverage continues if all premiums are paid
  before the grace period ends; otherwise coverage ends **10/31/2026**.
- He paid October and November on **11/20/2026** ($168.00, GLH-PAY-8841207) and December on 12/01/2026; the portal says
  "Active - paid through 12/31/2026".
- EOB of **11/05/2026** denied three in-network visits (10/06, 10/20 90837; 11/03 99214; $610.00) with CO-27
  "coverage ended 09/30/2026".
- **Rule:** for APTC enrollees, a three-consecutive-month grace period; the issuer pays claims in the first month and
  may pend claims in the second and third (45 CFR 156.270(d)); if coverage is terminated for non-payment, it ends on
  the last day of the **first** month of the grace period (45 CFR 156.270(g)), so never 09/30/2026. Since he paid in
  full within the grace period, coverage never ended.
- **Level and deadline:** first internal appeal; **180 days after receipt** (45 CFR 147.136(b)(3)); counted from the
  notice date: **by 05/04/2027**.
- Author: the patient, "I".

## Deliberately unknown
- Why the plan's claim system used 09/30/2026: unknown; ask.
- Whether the 11/03/2026 claim was first pended: the EOB shows only the denial.
- Clinical detail beyond the visit record: not needed and not in the case.

## Traps
- **Dates:** coverage ended neither 09/30 nor (since he paid) 10/31; October claims are payable in any case.
- **No medical question:** no medical necessity, no clinical reviewer, no peer-to-peer, no parity argument needed.
- **External review** of an eligibility/rescission question is not promised; a retroactive termination for non-payment
  of premium is not a rescission. Do not call it a rescission.
- Marketplace plan, not employer: never ERISA or 29 CFR 2560.503-1 as governing law; no employer.
- Three claim numbers: name all three.
- Voice: "I", not "Mr. Pruitt-Caldera".

## Arguments a strong letter makes (strongest first)
1. The plan's own grace-period letter and his payment on 11/20/2026 (within the grace period, before 12/31/2026) show
   coverage continued: reprocess and pay all three claims (156.270(d)).
2. Even if he had not paid, termination could only take effect 10/31/2026 (last day of the first month), so the
   October visits are payable on any view (156.270(g)); the EOB's 09/30/2026 is wrong.
3. Ask for the eligibility record the plan used and correction of the coverage dates.

## What a letter must NOT say
- "coverage ended 09/30/2026" as true; "coverage ended 10/31/2026" as what happened.
- "rescission"; "medically necessary"; "peer-to-peer"; "parity".
- "ERISA", "29 CFR 2560.503-1" as governing law; "employer".
- "filed late", "within 60 days".
- "suicidal ideation" as present.
''',
answers=[
("EOB date", "Date: 11/05/2026   Page 1 of 1   Member: Deshawn Pruitt-Caldera", "denial/explanation-of-benefits-2026-11-05.txt"),
("Denial words", "Coverage ended 09/30/2026 for non-payment of premium.", "denial/explanation-of-benefits-2026-11-05.txt"),
("Total denied", "You may owe: $610.00", "denial/explanation-of-benefits-2026-11-05.txt"),
("Grace period", "3-month grace period that began 10/01/2026 and ends 12/31/2026", "other/grace-period-letter-2026-10-15.txt"),
("First-month claims", "We will pay claims for\nservices you receive in the first month of the grace period (October 2026).", "other/grace-period-letter-2026-10-15.txt"),
("End date if unpaid", "your coverage will end on 10/31/2026", "other/grace-period-letter-2026-10-15.txt"),
("Payment within grace", "11/20/2026  October and November 2026 premiums  $168.00  Paid online, confirmation GLH-PAY-8841207", "other/premium-payment-receipts-2026.txt"),
("Account status", "Active - paid through 12/31/2026", "other/premium-payment-receipts-2026.txt"),
("Why October failed", "Autopay failed - card expired", "other/premium-payment-receipts-2026.txt"),
("Deadline", "by 05/04/2027", "truth"),
("Grace period rule", "45 CFR 156.270(d)", "truth"),
("Termination date rule", "45 CFR 156.270(g)", "truth"),
("Second claim number", "Claim GLH-26-1105-20732  10/20/2026  90837", "denial/explanation-of-benefits-2026-11-05.txt"),
("Third claim", "Claim GLH-26-1105-20733  11/03/2026  99214  $240.00", "denial/explanation-of-benefits-2026-11-05.txt"),
("Appeal window on EOB", "within 180 days after you receive this notice", "denial/explanation-of-benefits-2026-11-05.txt"),
("Net premium", "premium of $84.00 for October 2026", "other/grace-period-letter-2026-10-15.txt"),
],
)


# ---------------------------------------------------------------- case 07
case(num="07", slug="church-plan-self-funded-tms-first-appeal-never-decided-deemed-exhausted-external-review-psychiatrist",
yaml=r'''
# FICTIONAL CASE (set 102, case 07) - every person, plan, provider, number and address is invented.
# Church plan, self-funded, not ERISA, not grandfathered, Kentucky, 900 employees. TMS (36 sessions, 03/02-04/17/2026)
# denied 06/22/2026 as not medically necessary ("no psychotherapy trial"; she had 20 CBT sessions). The treating
# psychiatrist's first appeal, faxed and acknowledged 07/20/2026, was never decided: the plan's 60 days for a
# post-service appeal ran out 09/18/2026. The internal appeal is deemed exhausted (26 CFR 54.9815-2719(b)(2)(ii)(F));
# this is the request for external review, by the psychiatrist; safe date 01/18/2027 (4 months from 09/18/2026).
patient:
  name: Ruth Abernathy-Sole
  salutation: Mrs. Abernathy-Sole
  date_of_birth: 1974-09-09
  member_id: FICT-CCBT-771203-02
  address: |-
    640 Tates Creek Road
    Lexington, KY 40502
  phone: (859) 555-0119
insurer:
  name: Commonwealth Conference Benefit Trust Health Plan, administered by Bluegrass Benefit Services (FICTIONAL)
  appeals_address: |-
    Bluegrass Benefit Services, Appeals and External Review (FICTIONAL)
    PO Box 91140
    Louisville, KY 40291
  fax: (502) 555-0157
claim:
  number: BBS-26-0622-14880
  plan_type: church
  funding: self_funded
  grandfathered: false
  employees: 900
  notice_date: 2026-06-22
  service_dates: [2026-03-02, 2026-04-17]
  sessions: 36
  setting: outpatient
  procedure_codes: ["90867", "90868"]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-50]
  denial_reason: >-
    Not medically necessary. Medical policy MP-TMS-21, criterion 3, requires a trial of evidence-based
    psychotherapy in the current episode; none is documented. (CARC 50)
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  action: none
  corrections:
    - said: requires a trial of evidence-based psychotherapy in the current episode; none is documented.
      record: >-
        Twenty sessions of cognitive behavioral therapy, 02/2025-07/2025, in the current episode (onset 11/2024),
        documented in the therapist's summary that was faxed with the appeal on 07/20/2026.
      file: clinical/cbt-summary-2025-08-04.txt
      page: 1
submissions:
  - date: 2026-07-20
    method: fax
    to: Bluegrass Benefit Services, Appeals
    stage: internal appeal (first level)
    confirmation: APL-26-0720-5531
    decision_due: 2026-09-18
    decision_basis: >-
      60 days after the plan received a post-service appeal (29 CFR 2560.503-1(i), applied by 26 CFR
      54.9815-2719(b)(2)(i); Plan Document Section 9.3)
    proof: [other/fax-report-2026-07-20.txt, other/portal-appeal-acknowledgment-2026-07-20.txt]
call_log:
  - date: 2026-10-15
    who: Bluegrass Benefit Services appeals line, representative "Marcus"
    reference: CALL-26-1015-0442
    summary: Appeal APL-26-0720-5531 "still under review"; no decision has been issued.
external_review:
  agency: the federal external review process for self-funded church plans (26 CFR 54.9815-2719(d))
payer_criteria:
  - criterion: 3. A trial of evidence-based psychotherapy in the current episode.
    how_met: Twenty CBT sessions 02/2025-07/2025, current episode (onset 11/2024).
    met: true
    evidence: {file: clinical/cbt-summary-2025-08-04.txt, page: 1}
plan_policy:
  name: Bluegrass Benefit Services medical policy MP-TMS-21, criterion 3
  number: MP-TMS-21
  quote: 3. A trial of evidence-based psychotherapy in the current episode.
  file: denial/adverse-benefit-determination-2026-06-22.txt
  other_terms: >-
    9.3 We decide a post-service appeal within 60 days after we receive it. 9.6 External review. The Plan is a
    self-funded church plan and is not grandfathered. External review is conducted under the federal external review
    process. Send requests to Appeals and External Review, PO Box 91140, Louisville, KY 40291; the Plan will assign an
    accredited independent review organization.
  other_terms_file: other/plan-document-section-9-excerpt.txt
  other_terms_apply: >-
    The appeal received 07/20/2026 was due a decision by 09/18/2026 and none came, so external review is requested
    from the Plan, which assigns the independent review organization.
treatment:
  name: Transcranial magnetic stimulation (TMS), 36 sessions
  summary: A completed TMS course for recurrent major depression after failed medication trials and CBT.
clinical:
  severity: PHQ-9 23 on 03/02/2026; 11 on 04/17/2026
  severity_date: 2026-04-17
  suicidality: none
  suicidality_date: 2026-04-17
  episode_onset: 2024-11
  response: PHQ-9 23 before the course, 11 after it (04/17/2026)
  response_level: response
  history:
    - drug: Escitalopram
      dose: 20 mg daily
      start: 2024-12
      end: 2025-03
      kind: antidepressant
      weeks: 12
      adequate: true
      response: none
      outcome: No response; stopped
      evidence: {file: clinical/tms-treatment-summary-2026-04-17.txt, page: 1}
    - drug: Duloxetine
      dose: 120 mg daily
      start: 2025-04
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continues
      evidence: {file: clinical/tms-treatment-summary-2026-04-17.txt, page: 1}
    - drug: Cognitive behavioral therapy
      start: 2025-02
      end: 2025-07
      kind: psychotherapy
      sessions: 20
      adequate: true
      response: partial
      outcome: 20 sessions; partial response
      evidence: {file: clinical/cbt-summary-2025-08-04.txt, page: 1}
author:
  name: Dr. Felix Warrender
  role: Treating psychiatrist
  relation: physician
  address: |-
    Bluegrass Neuromodulation Clinic (FICTIONAL), 1780 Nicholasville Road, Suite 220
    Lexington, KY 40503
  phone: (859) 555-0123
  email: fwarrender@bgneuro.example
  authorization: other/patient-consent-2026-07-14.txt
provider:
  name: Dr. Felix Warrender
  credentials: MD, psychiatrist
  npi: "1520468798"
  address: |-
    1780 Nicholasville Road, Suite 220
    Lexington, KY 40503
  phone: (859) 555-0123
record_dates:
  - file: clinical/cbt-summary-2025-08-04.txt
    date: 2025-08-04
    sent: 2026-07-20
    sent_proof: other/fax-report-2026-07-20.txt
    received: 2026-07-20
template: external-review-request
bates_prefix: ABERNATHYSOLE
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
docs={
"denial/adverse-benefit-determination-2026-06-22.txt": r'''
BLUEGRASS BENEFIT SERVICES (FICTIONAL) for the COMMONWEALTH CONFERENCE BENEFIT TRUST HEALTH PLAN (a church plan)
NOTICE OF ADVERSE BENEFIT DETERMINATION                Date: 06/22/2026   Page 1 of 1   Claim BBS-26-0622-14880
Member: Ruth Abernathy-Sole   ID FICT-CCBT-771203-02   Provider: Dr. Felix Warrender, NPI 1520468798
Services 03/02/2026 - 04/17/2026: 90867 x1, 90868 x35   Billed $9,720.00   Paid $0.00
Reason (CARC 50): Not medically necessary. Medical policy MP-TMS-21, criterion 3, requires a trial of
evidence-based psychotherapy in the current episode; none is documented.
Criterion 3: "3. A trial of evidence-based psychotherapy in the current episode."
Appeals: you may appeal within 180 days after you receive this notice. We decide post-service appeals within 60
days of receipt (Plan Document Section 9.3). After a final decision you may request external review.
''',
"other/fax-report-2026-07-20.txt": r'''
FAX TRANSMISSION REPORT (FICTIONAL)
Bluegrass Neuromodulation Clinic   Sent 07/20/2026 09:41   To (502) 555-0157 Bluegrass Benefit Services Appeals
Pages 14   Result OK   Cover: "First-level appeal, claim BBS-26-0622-14880; CBT summary 08/04/2025; consent."
''',
"other/portal-appeal-acknowledgment-2026-07-20.txt": r'''
BLUEGRASS BENEFIT SERVICES PROVIDER PORTAL (FICTIONAL) - APPEAL STATUS (PRINTED 12/07/2026)
Appeal APL-26-0720-5531   Claim BBS-26-0622-14880   Received 07/20/2026   Level: First-level appeal
Status: In review   Decision date: (none)   Documents received: 14 pages
''',
"other/plan-document-section-9-excerpt.txt": r'''
COMMONWEALTH CONFERENCE BENEFIT TRUST HEALTH PLAN (FICTIONAL) - PLAN DOCUMENT 2026, EXCERPT
9.3 We decide a post-service appeal within 60 days after we receive it.
9.6 External review. The Plan is a self-funded church plan and is not grandfathered. External review is
conducted under the federal external review process. Send requests to Appeals and External Review, PO Box 91140,
Louisville, KY 40291; the Plan will assign an accredited independent review organization.
''',
"clinical/cbt-summary-2025-08-04.txt": r'''
HOPE STREET COUNSELING (FICTIONAL) - THERAPY SUMMARY
Date: 08/04/2025   Client: Ruth Abernathy-Sole   DOB 09/09/1974
Cognitive behavioral therapy, 20 sessions, 02/2025-07/2025, for major depression (episode onset 11/2024).
PHQ-9 24 to 19: partial response. - Corinne Lamb, LPC, (859) 555-0134
''',
"clinical/tms-treatment-summary-2026-04-17.txt": r'''
BLUEGRASS NEUROMODULATION CLINIC (FICTIONAL) - TMS TREATMENT SUMMARY
Date: 04/17/2026   Patient: Ruth Abernathy-Sole   DOB 09/09/1974   Diagnosis F33.2
Trials: escitalopram 20 mg 12/2024-03/2025, no response; duloxetine 120 mg since 04/2025, partial response,
continues; CBT 20 sessions 02/2025-07/2025, partial response.
TMS 36 sessions 03/02/2026-04/17/2026. PHQ-9 23 to 11. No suicidal ideation. - Dr. Felix Warrender, MD
''',
"other/patient-consent-2026-07-14.txt": r'''
PATIENT CONSENT TO APPEAL (FICTIONAL)
I, Ruth Abernathy-Sole, ask Dr. Felix Warrender to appeal claim BBS-26-0622-14880 for me, including any external
review, and to share my records for it.   Signed: Ruth Abernathy-Sole   Date: 07/14/2026
''',
},
truth=r'''
# 07 - Church plan (self-funded): TMS appeal faxed and acknowledged 07/20/2026, never decided; deemed exhausted; external review requested by the treating psychiatrist (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Ruth Abernathy-Sole, 52 (DOB 09/09/1974), member of a **self-funded church plan**, not ERISA, **not grandfathered**
  (Plan Document 9.6), employer of 900.
- TMS 36 sessions 03/02-04/17/2026 ($9,720.00) denied **06/22/2026** (CARC 50; MP-TMS-21 criterion 3: "no
  psychotherapy documented"). Record: **20 CBT sessions 02/2025-07/2025** in the current episode (onset 11/2024).
- The treating psychiatrist's **first-level appeal** was faxed **07/20/2026** (report OK) and the plan's portal shows
  **"Received 07/20/2026 ... Decision date: (none)"**; a call on 10/15/2026 was told "still under review".
- **Rule:** the plan must decide a post-service appeal within **60 days of receipt** (Plan Document 9.3; 29 CFR
  2560.503-1(i) as applied by 26 CFR 54.9815-2719(b)(2)(i)): by **09/18/2026**. It did not. A plan that fails to
  follow the claims and appeals rules is **deemed to have exhausted** the internal process (26 CFR
  54.9815-2719(b)(2)(ii)(F)); a missed decision deadline is not a de minimis error.
- **Next level and deadline:** **external review** under the federal process (26 CFR 54.9815-2719(d); Plan Document
  9.6: send to the plan, which assigns an accredited IRO). The 4-month window counts from a final decision that was
  never sent; the safe date counts from the day the time ran out: **by 01/18/2027**.
- Author: Dr. Felix Warrender, MD, treating psychiatrist, writing "I" as treating physician, with the patient's
  written consent (07/14/2026).
- Response: PHQ-9 23 to 11. Duloxetine 120 mg continues (partial response). No suicidal ideation.

## Deliberately unknown
- Whether the plan will now issue a late decision: unknown; a letter asks for external review now, not for another
  internal decision.
- The plan's reason for the delay: unknown.

## Traps
- **Stage:** the appeal was **never decided**: no "final denial of" any date, no "the plan upheld"; the first
  denial (06/22/2026) is the decision the appeal challenged.
- **Do not** ask the plan to decide the first-level appeal again or file a second level.
- **Law:** a church plan outside ERISA: cite 26 CFR 54.9815-2719 (and 29 CFR 2560.503-1 only as the standard it
  applies), never ERISA as governing law, the Labor Department/EBSA, or a state external review (self-funded).
- The CBT summary is dated 08/04/2025 (before the decision) and was **sent and received** with the appeal on
  07/20/2026; it was not before the first reviewer.
- **Duloxetine continues** (partial response): not "failed"; CBT is not a medication trial.
- Voice: the psychiatrist writes "I" as her treating psychiatrist, "Mrs. Abernathy-Sole" for the patient.

## Arguments a strong letter makes (strongest first)
1. The appeal APL-26-0720-5531, received 07/20/2026, was not decided by 09/18/2026: the internal process is deemed
   exhausted (54.9815-2719(b)(2)(ii)(F)); the request for external review is made within 4 months of that day.
2. Ask the plan to assign an accredited independent review organization under the federal process (Plan Document 9.6).
3. Criterion 3 was met: 20 CBT sessions in the current episode (the summary was in the plan's file from 07/20/2026).
4. The TMS worked: PHQ-9 23 to 11.

## What a letter must NOT say
- "final internal denial dated ..."; "the plan upheld its denial"; "second-level appeal".
- "ERISA" as the governing law; "Employee Benefits Security Administration", "Department of Labor" complaint;
  "Kentucky Department of Insurance external review".
- "no psychotherapy trial" as true; "failed duloxetine".
- "by 10/22/2026" or any deadline already passed; "within 60 days" for external review.
- "suicidal ideation" as present.
''',
answers=[
("Denial date", "Date: 06/22/2026   Page 1 of 1   Claim BBS-26-0622-14880", "denial/adverse-benefit-determination-2026-06-22.txt"),
("Criterion applied", "3. A trial of evidence-based psychotherapy in the current episode.", "denial/adverse-benefit-determination-2026-06-22.txt"),
("CBT in episode", "Cognitive behavioral therapy, 20 sessions, 02/2025-07/2025", "clinical/cbt-summary-2025-08-04.txt"),
("Appeal sent", "Sent 07/20/2026 09:41", "other/fax-report-2026-07-20.txt"),
("Plan's own receipt", "Received 07/20/2026   Level: First-level appeal", "other/portal-appeal-acknowledgment-2026-07-20.txt"),
("Decision status", "Decision date: (none)", "other/portal-appeal-acknowledgment-2026-07-20.txt"),
("Decision time", "9.3 We decide a post-service appeal within 60 days after we receive it.", "other/plan-document-section-9-excerpt.txt"),
("Day the time ran out", "by **09/18/2026**", "truth"),
("Deemed exhaustion rule", "54.9815-2719(b)(2)(ii)(F)", "truth"),
("External review safe date", "by 01/18/2027", "truth"),
("Where external review goes", "the Plan will assign an accredited independent review organization", "other/plan-document-section-9-excerpt.txt"),
("Grandfathered?", "The Plan is a self-funded church plan and is not grandfathered.", "other/plan-document-section-9-excerpt.txt"),
("Call", "\"still under review\"", "case.yaml"),
("Response", "PHQ-9 23 to 11", "clinical/tms-treatment-summary-2026-04-17.txt"),
("Duloxetine", "duloxetine 120 mg since 04/2025, partial response,\ncontinues", "clinical/tms-treatment-summary-2026-04-17.txt"),
("Consent", "ask Dr. Felix Warrender to appeal claim BBS-26-0622-14880 for me, including any external\nreview", "other/patient-consent-2026-07-14.txt"),
],
)


# ---------------------------------------------------------------- case 08
case(num="08", slug="separate-chip-fee-for-service-child-in-home-therapy-notice-says-ask-health-plan-state-review-mother",
yaml=r'''
# FICTIONAL CASE (set 102, case 08) - every person, plan, provider, number and address is invented.
# Separate CHIP, fee-for-service (no managed care plan), Utah; child aged 12. Prior authorization for intensive
# in-home family therapy denied on a notice dated 11/23/2026 by the state's review contractor. The notice's appeal
# section tells the family to "ask your health plan for an appeal within 60 days" and then ask for a State Review
# within 30 days; but the child has no health plan (fee-for-service), so the first and only step is the state's own
# review (42 CFR 457.1130(b)). The member handbook gives 30 days from the notice: by 12/23/2026. Her mother writes.
patient:
  name: Eliza Marchetti-Dunn
  salutation: Eliza
  date_of_birth: 2014-04-02
  member_id: FICT-CCH-30077152
  address: |-
    1245 E Sunnyside Avenue
    Salt Lake City, UT 84108
  phone: (801) 555-0146
insurer:
  name: Canyonlands Children's Health Program (separate CHIP, fee-for-service) (FICTIONAL)
  appeals_address: |-
    State Office of Children's Coverage, CHIP State Review Unit (FICTIONAL)
    PO Box 142290
    Salt Lake City, UT 84114
  fax: (801) 555-0169
claim:
  number: WRS-26-1123-08841
  plan_type: chip
  delivery: fee_for_service
  notice_date: 2026-11-23
  appeal_deadline: 2026-12-23
  deadline_basis: >-
    Member handbook section 9.2: "ask for a State Review within 30 days of the date of the notice of the decision";
    the notice's own 60 days "to ask your health plan" does not apply: there is no health plan (fee-for-service).
  urgent: false
  service_dates: [2027-01-04, 2027-03-26]
  pending_services: 72
  sessions: 72
  setting: outpatient
  procedure_codes: [H2019]
  diagnosis_codes: [F32.2]
  denial_reason: >-
    Not medically necessary. Outpatient therapy in the office is adequate for the child's needs.
  denial_category: medical_necessity
  denial_reasons: [level_of_care]
  action: none
  corrections:
    - said: Outpatient therapy in the office is adequate for the child's needs.
      record: >-
        Weekly office therapy since 02/2026 (36 sessions) with PHQ-A 14 rising to 19, an emergency department visit on
        11/02/2026 for passive thoughts of death and refusal to attend school since 10/2026.
      file: clinical/therapist-letter-2026-11-30.txt
      page: 1
external_review:
  agency: State Office of Children's Coverage, CHIP State Review Unit (FICTIONAL)
  address: |-
    State Office of Children's Coverage, CHIP State Review Unit (FICTIONAL)
    PO Box 142290
    Salt Lake City, UT 84114
alternatives:
  - level: outpatient
    name: weekly office therapy at Wasatch Family Therapy
    why_not: >-
      Tried weekly since 02/2026 (36 sessions); PHQ-A rose from 14 to 19, an emergency visit on 11/02/2026, and she has
      refused school since 10/2026.
    proof: clinical/therapist-letter-2026-11-30.txt
plan_policy:
  other_terms: >-
    9.2 State Review. If you do not agree with a decision to deny, delay, reduce or end a service, ask for a State
    Review within 30 days of the date of the notice of the decision. Members in fee-for-service do not have a health
    plan; send your request for State Review directly to the CHIP State Review Unit.
  other_terms_file: other/member-handbook-section-9-excerpt.txt
  other_terms_apply: >-
    Eliza is in fee-for-service and has no health plan (her ID card says so), so this request goes straight to the
    CHIP State Review Unit, within 30 days of the notice of 11/23/2026, not to a health plan as the notice's Step 1
    says.
treatment:
  name: Intensive in-home family therapy, 6 hours a week for 12 weeks (H2019)
  summary: >-
    Home-based family therapy for a 12-year-old whose depression has worsened despite nine months of weekly office
    therapy.
  plan: >-
    Six hours a week at home for 12 weeks from 01/04/2027 (H2019, 15-minute units), PHQ-A every two weeks, school
    re-entry plan with her school, step down to weekly office therapy.
clinical:
  severity: PHQ-A 19 on 11/30/2026 (14 in 02/2026)
  severity_date: 2026-11-30
  suicidality: passive
  suicidality_date: 2026-11-02
  history:
    - drug: Weekly office psychotherapy (CBT)
      start: 2026-02
      ongoing: true
      kind: psychotherapy
      sessions: 36
      response: none
      outcome: 36 sessions; PHQ-A 14 to 19
      evidence: {file: clinical/therapist-letter-2026-11-30.txt, page: 1}
    - drug: Fluoxetine
      dose: 20 mg daily
      start: 2026-09
      ongoing: true
      kind: antidepressant
      outcome: Started 09/2026; dose being adjusted; continues
      evidence: {file: clinical/therapist-letter-2026-11-30.txt, page: 1}
impact:
  daily_life: Refuses to attend school since 10/2026.
author:
  name: Gianna Marchetti-Dunn
  role: Mother
  relation: parent
  address: |-
    1245 E Sunnyside Avenue
    Salt Lake City, UT 84108
  phone: (801) 555-0146
  email: gianna.md@familymail.example
provider:
  name: Wasatch Family Therapy
  credentials: Noelle Hadley, LCSW
  npi: "1385602747"
  address: |-
    2180 S 1300 E, Suite 500
    Salt Lake City, UT 84106
  phone: (801) 555-0126
record_dates:
  - file: clinical/therapist-letter-2026-11-30.txt
    date: 2026-11-30
template: external-review-request
bates_prefix: MARCHETTIDUNN
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
docs={
"denial/prior-authorization-denial-2026-11-23.txt": r'''
CANYONLANDS CHILDREN'S HEALTH PROGRAM (FICTIONAL) - reviewed by Wasatch Review Services, state UR contractor
NOTICE OF DECISION ON A PRIOR AUTHORIZATION REQUEST        Date of notice: 11/23/2026   Page 1 of 1
Member: Eliza Marchetti-Dunn (age 12)   CHIP ID FICT-CCH-30077152   Delivery: Fee-for-service (no managed care plan)
Reference: WRS-26-1123-08841   Provider: Wasatch Family Therapy, NPI 1385602747
Service requested: intensive in-home family therapy, H2019, 6 hours a week for 12 weeks from 01/04/2027
Decision: DENIED. Not medically necessary. Outpatient therapy in the office is adequate for the child's needs.
HOW TO APPEAL: Step 1: Ask your health plan for an appeal within 60 days of the date of this notice. Step 2: If
your health plan says no, you may ask for a State Review within 30 days of the plan's decision.
Questions: CHIP Member Line 1-800-555-0186.
''',
"other/member-handbook-section-9-excerpt.txt": r'''
CANYONLANDS CHILDREN'S HEALTH PROGRAM (FICTIONAL) - MEMBER HANDBOOK 2026, SECTION 9 EXCERPT
9.2 State Review. If you do not agree with a decision to deny, delay, reduce or end a service, ask for a State
Review within 30 days of the date of the notice of the decision. Members in fee-for-service do not have a health
plan; send your request for State Review directly to the CHIP State Review Unit, PO Box 142290, Salt Lake City, UT
84114, fax (801) 555-0169. Members in a managed care plan first appeal to their plan.
''',
"other/member-id-card-2026.txt": r'''
CANYONLANDS CHILDREN'S HEALTH PROGRAM (FICTIONAL) - MEMBER ID CARD (COPY)
Member: Eliza Marchetti-Dunn   ID FICT-CCH-30077152   Coverage: 01/01/2026 - 12/31/2026
Health plan: NONE - FEE-FOR-SERVICE   Providers bill the State CHIP program directly.
''',
"clinical/therapist-letter-2026-11-30.txt": r'''
WASATCH FAMILY THERAPY (FICTIONAL) - LETTER IN SUPPORT OF IN-HOME FAMILY THERAPY
Date: 11/30/2026   Page 1 of 1   Client: Eliza Marchetti-Dunn   DOB 04/02/2014
Diagnosis: major depressive disorder, single episode, severe (F32.2).
Office therapy: weekly CBT since 02/2026, 36 sessions. PHQ-A 14 in 02/2026; 19 on 11/30/2026.
Emergency department visit 11/02/2026 for passive thoughts of death (no plan); discharged home with a safety plan.
She has refused to attend school since 10/2026. Fluoxetine 20 mg started 09/2026 by her pediatrician (continues).
In-home family therapy, 6 hours a week for 12 weeks, is needed because office therapy has not worked.
- Noelle Hadley, LCSW, NPI 1385602747, (801) 555-0126
''',
},
truth=r'''
# 08 - Separate CHIP, fee-for-service: child's in-home therapy denied; the notice says to appeal to a health plan she does not have; the mother asks for the State Review (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Eliza Marchetti-Dunn, 12 (DOB 04/02/2014), in a **separate CHIP** delivered **fee-for-service**: her ID card says
  "Health plan: NONE - FEE-FOR-SERVICE" and the notice itself says "Fee-for-service (no managed care plan)".
- Prior authorization for intensive in-home family therapy (H2019, 6 hours a week for 12 weeks from 01/04/2027)
  denied on a notice **dated 11/23/2026** by the state's review contractor: "office therapy is adequate".
- The notice's appeal section describes the managed-care route (appeal to "your health plan" within 60 days, then a
  State Review within 30 days of the plan's decision). That route does not exist for her.
- **Rule and deadline:** for fee-for-service CHIP there is **no plan appeal**; the state reviews the decision itself
  (42 CFR 457.1130(b); docs/domain.md), within the time the state sets: the **member handbook 9.2 gives 30 days of
  the date of the notice**: **by 12/23/2026**. The letter (12/08/2026) is in time.
- Record: 36 weekly office CBT sessions since 02/2026, PHQ-A 14 to 19, ED visit 11/02/2026 for passive thoughts of
  death (no plan), school refusal since 10/2026; fluoxetine 20 mg since 09/2026 (continues, being adjusted).
- Author: her mother, Gianna Marchetti-Dunn (parent of a minor; no authorization form needed).

## Deliberately unknown
- Whether the state would accept a request sent after 30 days on the strength of the notice's "60 days": unknown;
  the letter must not rely on it.
- How long the State Review takes: not recorded; do not state a number of days.
- Whether an expedited State Review exists: not in the case.

## Traps
- **Wrong route on the notice:** never address the request to a "health plan", never call it a plan appeal, never say
  "within 60 days"; address the CHIP State Review Unit.
- **Not Medicaid:** no "state fair hearing", no Medicaid continuation of benefits (438.420 does not apply to CHIP; and
  nothing is being cut here); no EPSDT (a Medicaid benefit; separate CHIP is not under it).
- **Not managed care:** cite none of the 42 CFR 438 managed-care appeal rules (through 457.1260) for this case.
- **Fluoxetine** is a new, continuing trial: never "failed fluoxetine". Office therapy is psychotherapy, not a
  medication trial.
- Passive thoughts of death (11/02/2026) are recent and real, but with no plan: never "active suicidal ideation".
- Voice: the mother writes about "Eliza", not "I have depression"; nothing has been given yet.

## Arguments a strong letter makes (strongest first)
1. This is the request for **State Review** (42 CFR 457.1130(b)), sent directly to the CHIP State Review Unit because
   she has no health plan (ID card; handbook 9.2), within 30 days of the 11/23/2026 notice (by 12/23/2026).
2. Correct the decision: office therapy has been tried for nine months (36 sessions) and she is worse (PHQ-A 14 to
   19, an emergency visit, school refusal): it is not adequate.
3. Set out the plan of care: 6 hours a week at home for 12 weeks, with measures and a step-down.

## What a letter must NOT say
- "ask the health plan", "plan appeal", "within 60 days", "after the plan's decision".
- "fair hearing", "Medicaid", "EPSDT", "42 CFR 438.420", "continue benefits".
- "ERISA", "45 CFR 147.136", "external review" by an IRO as the route.
- "failed fluoxetine"; "active suicidal ideation"; "suicide attempt".
''',
answers=[
("Notice date", "Date of notice: 11/23/2026", "denial/prior-authorization-denial-2026-11-23.txt"),
("Delivery system on the notice", "Delivery: Fee-for-service (no managed care plan)", "denial/prior-authorization-denial-2026-11-23.txt"),
("Wrong route the notice gives", "Step 1: Ask your health plan for an appeal within 60 days of the date of this notice.", "denial/prior-authorization-denial-2026-11-23.txt"),
("ID card", "Health plan: NONE - FEE-FOR-SERVICE", "other/member-id-card-2026.txt"),
("Handbook window", "ask for a State\nReview within 30 days of the date of the notice of the decision", "other/member-handbook-section-9-excerpt.txt"),
("Where FFS members send it", "send your request for State Review directly to the CHIP State Review Unit", "other/member-handbook-section-9-excerpt.txt"),
("Deadline", "by 12/23/2026", "truth"),
("Rule", "42 CFR 457.1130(b)", "truth"),
("Reason", "Outpatient therapy in the office is adequate for the child's needs.", "denial/prior-authorization-denial-2026-11-23.txt"),
("Office therapy tried", "weekly CBT since 02/2026, 36 sessions", "clinical/therapist-letter-2026-11-30.txt"),
("Scores", "PHQ-A 14 in 02/2026; 19 on 11/30/2026", "clinical/therapist-letter-2026-11-30.txt"),
("ED visit", "Emergency department visit 11/02/2026 for passive thoughts of death (no plan)", "clinical/therapist-letter-2026-11-30.txt"),
("School", "She has refused to attend school since 10/2026.", "clinical/therapist-letter-2026-11-30.txt"),
("Service requested", "intensive in-home family therapy, H2019, 6 hours a week for 12 weeks from 01/04/2027", "denial/prior-authorization-denial-2026-11-23.txt"),
("Age", "Eliza Marchetti-Dunn (age 12)", "denial/prior-authorization-denial-2026-11-23.txt"),
("Fluoxetine", "Fluoxetine 20 mg started 09/2026 by her pediatrician (continues)", "clinical/therapist-letter-2026-11-30.txt"),
],
)


# ---------------------------------------------------------------- generator and self-checks
def norm(s):
    return re.sub(r"\s+", " ", s.replace("*", "")).strip().lower()


def luhn_npi(npi):
    s = "80840" + npi
    total = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def text_problems(name, text):
    probs = []
    for m in re.finditer(r"(?:1-(\d{3})-|\((\d{3})\)\s?)(\d{3})-(\d{4})", text):
        if m.group(3) != "555" or not m.group(4).startswith("01"):
            probs.append(f"{name}: phone not 555-01xx: {m.group(0)}")
    for m in re.finditer(r"(?<![\d\-).])(\d{3})-(\d{4})(?!\d)", text):
        pre = text[max(0, m.start() - 6):m.start()]
        if not re.search(r"(\(\d{3}\)\s?|1-\d{3}-|\d{3}-)$", pre):
            probs.append(f"{name}: bare phone-like number {m.group(0)}")
    for m in re.finditer(r"[\w.+-]+@([\w-]+\.)+[\w-]+", text):
        if not m.group(0).lower().endswith(".example"):
            probs.append(f"{name}: e-mail not on .example: {m.group(0)}")
    for m in re.finditer(r"(?:NPI[:#]?\s*|npi:\s*)\"?(\d{10})\b", text):
        if not luhn_npi(m.group(1)):
            probs.append(f"{name}: NPI fails Luhn: {m.group(1)}")
    return probs


def build(c):
    from ruamel.yaml import YAML
    probs = []
    num, slug = c["num"], c["slug"]
    folder = os.path.join(HERE, f"{num}-{slug}")
    truth_path = os.path.join(HERE, f"{num}-{slug}.truth.md")
    if os.path.isdir(folder):
        shutil.rmtree(folder)
    os.makedirs(folder)
    yaml_text = c["yaml"].strip("\n") + "\n"
    with open(os.path.join(folder, "case.yaml"), "w") as f:
        f.write(yaml_text)
    docs = {}
    for path, body in c["docs"].items():
        if path.split("/")[0] not in ("denial", "clinical", "other") or not path.endswith(".txt"):
            probs.append(f"{num}: document outside denial/clinical/other or not .txt: {path}")
        full = os.path.join(folder, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        text = HEAD + body.strip("\n") + FOOT
        with open(full, "w") as f:
            f.write(text)
        docs[path] = text
    truth = c["truth"].strip("\n") + "\n"
    with open(truth_path, "w") as f:
        f.write(truth)
    # checks
    if "FICTIONAL" not in yaml_text.splitlines()[0]:
        probs.append(f"{num}: case.yaml first line lacks FICTIONAL")
    if "FICTIONAL" not in truth.splitlines()[0]:
        probs.append(f"{num}: truth first line lacks FICTIONAL")
    heads = re.findall(r"^## (.+?)\s*$", truth, re.M)
    if len(heads) != 5 or any(not h.startswith(e) for h, e in zip(heads, HEADINGS)):
        probs.append(f"{num}: truth headings {heads}")
    try:
        data = YAML(typ="safe").load(yaml_text)
    except Exception as e:  # noqa
        probs.append(f"{num}: case.yaml does not parse: {e}")
        data = {}
    for m in re.finditer(r"\b((?:denial|clinical|other)/[\w./-]+\.txt)\b", yaml_text):
        if m.group(1) not in docs:
            probs.append(f"{num}: case.yaml names a missing document {m.group(1)}")
    for name, text in [("case.yaml", yaml_text), ("truth", truth)] + list(docs.items()):
        probs += [f"{num}: {p}" for p in text_problems(name, text)]
    answers = c["answers"]
    if len(answers) != 16:
        probs.append(f"{num}: {len(answers)} expected answers, not 16")
    for q, a, where in answers:
        src = {"truth": truth, "case.yaml": yaml_text}.get(where, docs.get(where))
        if src is None:
            probs.append(f"{num}: answer source missing: {where}")
        elif norm(a) not in norm(src):
            probs.append(f"{num}: answer not printed in {where}: {q} -> {a}")
    return folder, probs, len(answers)


def main(argv):
    check = "--check" in argv
    only = [a for a in argv if a.isdigit() or re.fullmatch(r"\d\d", a)]
    probs, n_ans, folders = [], 0, []
    for c in CASES:
        if only and c["num"] not in only:
            continue
        folder, p, n = build(c)
        probs += p
        n_ans += n
        folders.append(folder)
    for p in probs:
        print("PROBLEM:", p)
    print(f"{len(folders)} cases, {n_ans} expected answers, {len(probs)} problems")
    bad = bool(probs)
    if check:
        out = []
        for folder in folders:
            r = subprocess.run(["/work/main/.venv/bin/appeal-kit", "check", folder], capture_output=True,
                               text=True)
            out.append(f"===== {os.path.basename(folder)}: exit {r.returncode}\n{r.stdout}{r.stderr}")
            print(f"check {os.path.basename(folder)[:2]}: exit {r.returncode}")
            if r.returncode != 0:
                bad = True
        name = "check-output.txt" if not only else "check-output-partial.txt"
        with open(os.path.join(HERE, name), "w") as f:
            f.write("\n".join(out))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
