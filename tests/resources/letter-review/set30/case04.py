"""Case 04 (FICTIONAL): Medicaid managed care, ECT authorization denied as "other coverage primary"; fair hearing."""

SLUG = "medicaid-mco-adult-ect-other-coverage-ended-state-fair-hearing-legal-aid-advocate"

CASE_YAML = r'''
# FICTIONAL CASE (set 30, case 04) - every person, plan, provider, number and address is invented.
# Medicaid managed care, North Carolina, adult aged 47. Terrence Obuya-Fitch lost his job in May 2026; his employer
# plan ended 05/31/2026 and he did not elect COBRA. The Medicaid plan denied prior authorization for an acute ECT
# course (10/02/2026) because its third-party liability file still shows the employer plan as primary, and upheld
# on 10/30/2026 saying he "has not shown that the other coverage ended" - the termination letter was faxed with the
# plan appeal on 10/09. A legal-aid benefits advocate asks for a state fair hearing.
patient:
  name: Terrence Obuya-Fitch
  salutation: Mr. Obuya-Fitch
  date_of_birth: 1979-02-08
  member_id: FICT-PWM-904417736
  address: |-
    3308 Bragg Boulevard, Apt. 14
    Fayetteville, NC 28303
  phone: (910) 555-0121
insurer:
  name: Piedmont Wellness Medicaid Plan (FICTIONAL)
  appeals_address: |-
    Piedmont Wellness Medicaid Plan - Appeals (address FICTIONAL)
    PO Box 38815
    Raleigh, NC 27626
  fax: (919) 555-0168
claim:
  number: PWM-PA-26-0928-60291
  plan_type: medicaid
  delivery: managed_care
  notice_date: 2026-10-02
  setting: outpatient
  pending_services: 12
  procedure_codes: [90870, '00104']
  diagnosis_codes: [F33.3]
  denial_reason: >-
    Member has other health insurance that is primary (Brightline Logistics Employee Health Plan). Medicaid is the
    payer of last resort. Submit the request to the primary insurer; we will consider secondary payment after the
    primary insurer's decision.
  denial_category: coordination_of_benefits
  denial_reasons: [coordination_of_benefits]
  action: none
decisions:
  - date: 2026-10-30
    outcome: denied
    stage: plan appeal
    opens: state fair hearing
    next_deadline: 2027-02-27
    reason: >-
      We upheld our decision. Our third-party liability file shows Brightline Logistics Employee Health Plan as active
      primary coverage. The member has not shown that the other coverage ended.
    corrections:
      - said: The member has not shown that the other coverage ended.
        record: >-
          The employer plan's termination letter of 06/05/2026 (coverage ended 05/31/2026) and the COBRA election
          notice were faxed to the plan with the appeal on 10/09/2026; the fax confirmation shows 9 pages delivered.
        file: other/employer-plan-termination-letter-2026-06-05.txt
        page: 1
external_review:
  agency: Office of Administrative Hearings, Medicaid hearings unit (FICTIONAL office)
  address: |-
    Office of Administrative Hearings - Medicaid Hearings (address FICTIONAL)
    PO Box 27790
    Raleigh, NC 27611
  final_denial_date: 2026-10-30
plan_policy:
  name: Piedmont Wellness Medicaid Plan 2026 Member Handbook, Section 12 (If you have other health insurance)
  quote: >-
    If you have other health insurance, that insurance pays first and Medicaid pays last. We coordinate only with
    other coverage that is in effect on the date you get the service. If your other insurance ends, tell us and send
    proof; we will update our records within 10 business days.
  file: other/member-handbook-2026-excerpt.txt
other_coverage:
  plan: Brightline Logistics Employee Health Plan
  member_is: subscriber
  covered_here_as: Medicaid managed care member
  ended: 2026-05-31
  reported: 2026-10-09
  proof: [other/employer-plan-termination-letter-2026-06-05.txt, other/cobra-election-notice-2026-06-10.txt,
    other/fax-confirmation-2026-10-09.txt]
prior_auth:
  requested_on: 2026-09-28
treatment:
  name: Acute course of electroconvulsive therapy (ECT), up to 12 treatments (90870, anesthesia 00104)
  summary: >-
    Acute ECT for recurrent severe depression with psychotic features, after ECT brought remission of his 2017
    episode; requested 09/28/2026 and not yet begun.
  plan: >-
    Up to 12 bilateral or right unilateral ECT treatments three times a week at Cape Fear Regional Behavioral Health
    (outpatient, hospital ECT suite), with MADRS weekly; reassess after 6 treatments.
clinical:
  severity: MADRS 38 on 11/16/2026; nihilistic delusions; weight loss 9 kg since July 2026
  severity_date: 2026-11-16
  suicidality: passive
  suicidality_date: 2026-11-16
  episode_onset: 2026-03
  response: Venlafaxine XR with olanzapine has brought only a partial response (MADRS 41 to 38)
  response_level: partial
  history:
    - drug: Sertraline
      dose: 200 mg daily
      start: 2024-01
      end: 2024-04
      weeks: 10
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 10 weeks at 200 mg; stopped
      evidence: {file: clinical/psychiatric-evaluation-2026-11-16.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 225 mg daily
      start: 2025-03
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued
      evidence: {file: clinical/psychiatric-evaluation-2026-11-16.txt, page: 1}
    - drug: Aripiprazole
      dose: 5 mg daily (added to venlafaxine)
      start: 2025-09
      end: 2025-09
      weeks: 2
      kind: augmentation
      adequate: false
      outcome: Stopped after 2 weeks for akathisia (intolerance, not an adequate trial)
      evidence: {file: clinical/psychiatric-evaluation-2026-11-16.txt, page: 1}
    - drug: Olanzapine
      dose: 10 mg daily (for psychotic features)
      start: 2026-08
      ongoing: true
      kind: augmentation
      response: partial
      outcome: Partial response of the psychotic features; continued
      evidence: {file: clinical/psychiatric-evaluation-2026-11-16.txt, page: 1}
    - drug: Doxepin
      dose: 10 mg at bedtime for sleep
      start: 2026-04
      ongoing: true
      kind: other
      outcome: Sleep aid only; not an antidepressant trial
      evidence: {file: clinical/psychiatric-evaluation-2026-11-16.txt, page: 1}
    - drug: Electroconvulsive therapy (2017 episode)
      dose: 10 treatments
      start: 2017-05
      end: 2017-06
      sessions: 10
      kind: neuromodulation
      response: remission
      outcome: Remission of the 2017 episode (earlier episode, not a failed treatment)
      evidence: {file: clinical/psychiatric-evaluation-2026-11-16.txt, page: 1}
impact:
  work: Lost his job as a warehouse supervisor in May 2026 as the episode worsened
author:
  name: Marguerite Esposito-Vance
  role: Benefits advocate, Cape Fear Legal Aid (FICTIONAL), the member's authorized representative
  relation: representative
  authorization: other/authorized-representative-form-2026-10-06.txt
  address: |-
    Cape Fear Legal Aid (FICTIONAL), 225 Green Street, Suite 400
    Fayetteville, NC 28301
  phone: (910) 555-0147
  email: mesposito-vance@capefearlegalaid.example
provider:
  name: Priya Ramaswamy-Hollis
  credentials: MD
  npi: "1992837413"
  address: |-
    Cape Fear Regional Behavioral Health (FICTIONAL), 1638 Owen Drive
    Fayetteville, NC 28304
  phone: (910) 555-0152
record_dates:
  - file: other/employer-plan-termination-letter-2026-06-05.txt
    date: 2026-06-05
    sent: 2026-10-09
    sent_proof: other/fax-confirmation-2026-10-09.txt
  - file: clinical/psychiatric-evaluation-2026-11-16.txt
    date: 2026-11-16
bates_prefix: OBUYAFITCH
template: external-review-request
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''

DOCS = {
    "denial/prior-authorization-denial-2026-10-02.txt": """
PIEDMONT WELLNESS MEDICAID PLAN (FICTIONAL) - NOTICE OF ADVERSE BENEFIT DETERMINATION     Date: 10/02/2026
Member: Terrence Obuya-Fitch   Member ID FICT-PWM-904417736   Request: PWM-PA-26-0928-60291
Page 1 of 1

Service requested 09/28/2026 by Priya Ramaswamy-Hollis, MD: ECT (90870) with anesthesia (00104), up to 12 treatments.
Decision: Denied. Member has other health insurance that is primary (Brightline Logistics Employee Health Plan).
Medicaid is the payer of last resort. Submit the request to the primary insurer; we will consider secondary payment
after the primary insurer's decision.
You may appeal to the plan within 60 days of the date of this notice.
""",
    "denial/notice-of-appeal-resolution-2026-10-30.txt": """
PIEDMONT WELLNESS MEDICAID PLAN (FICTIONAL) - NOTICE OF APPEAL RESOLUTION            Date: 10/30/2026
Member: Terrence Obuya-Fitch   Member ID FICT-PWM-904417736   Appeal: PWM-AP-26-1009-3318
Page 1 of 1

Appeal received 10/09/2026 from Cape Fear Legal Aid (authorized representative).
Decision: We upheld our decision. Our third-party liability file shows Brightline Logistics Employee Health Plan as
active primary coverage. The member has not shown that the other coverage ended.

STATE FAIR HEARING: You may ask for a State Fair Hearing no later than 120 calendar days from the date of this
notice. Send your request to the Office of Administrative Hearings - Medicaid Hearings, PO Box 27790, Raleigh,
NC 27611.
""",
    "clinical/psychiatric-evaluation-2026-11-16.txt": """
CAPE FEAR REGIONAL BEHAVIORAL HEALTH (FICTIONAL) - PSYCHIATRIC EVALUATION FOR ECT      Date: 11/16/2026
Patient: Terrence Obuya-Fitch   DOB 02/08/1979   Psychiatrist: Priya Ramaswamy-Hollis, MD (NPI 1992837413)
Page 1 of 1

Diagnosis: major depressive disorder, recurrent, severe with psychotic features (F33.3). Current episode since
03/2026. MADRS 41 in 08/2026; 38 today. Nihilistic delusions ("my insides are rotting"); 9 kg weight loss since
07/2026. Passive wish to die; no plan or intent today.
Treatment: sertraline 200 mg 01-04/2024, no response after 10 weeks; venlafaxine XR 225 mg since 03/2025, partial,
continued; aripiprazole 5 mg added 09/2025, stopped after 2 weeks for akathisia; olanzapine 10 mg since 08/2026
for psychotic features, partial, continued; doxepin 10 mg at bedtime for sleep since 04/2026.
Earlier episode: ECT 05-06/2017, 10 treatments, remission.
Recommendation: acute ECT course, up to 12 treatments; anesthesia cleared.
""",
    "other/employer-plan-termination-letter-2026-06-05.txt": """
BRIGHTLINE LOGISTICS EMPLOYEE HEALTH PLAN (FICTIONAL) - NOTICE OF END OF COVERAGE      Date: 06/05/2026
To: Terrence Obuya-Fitch   Participant ID BLX-00418822
Page 1 of 1

Your employment ended on 05/15/2026. Your medical coverage under the Brightline Logistics Employee Health Plan ended
on 05/31/2026. You may be eligible to continue coverage under COBRA; a separate election notice will follow.
""",
    "other/cobra-election-notice-2026-06-10.txt": """
BRIGHTLINE LOGISTICS EMPLOYEE HEALTH PLAN (FICTIONAL) - COBRA CONTINUATION COVERAGE ELECTION NOTICE   Date: 06/10/2026
To: Terrence Obuya-Fitch
Page 1 of 1

You have 60 days from the later of the date of this notice or the date your coverage ended to elect COBRA
continuation coverage. If you do not elect by 08/09/2026, you will lose your right to continue coverage.
Administrator's note added 08/14/2026: no election received; coverage not continued.
""",
    "other/fax-confirmation-2026-10-09.txt": """
CAPE FEAR LEGAL AID (FICTIONAL) - FAX TRANSMISSION REPORT
Page 1 of 1

10/09/2026 14:22  To (919) 555-0168 (Piedmont Wellness Appeals)  9 pages  Result: OK
  Contents: appeal letter (2), employer plan termination letter 06/05/2026 (1), COBRA election notice (1),
  authorized representative form (1), clinical records (4)
10/09/2026 14:40  To (919) 555-0140  3 pages  Result: OK   (another client's matter)
""",
    "other/medicaid-application-2026-05-20.txt": """
STATE MEDICAID APPLICATION (FICTIONAL COPY) - section 7, other health insurance     Signed 05/20/2026
Applicant: Terrence Obuya-Fitch
Page 1 of 1

Do you have other health insurance now? YES - Brightline Logistics Employee Health Plan (through my job).
(Filed while he was still on the employer's payroll; the coverage ended 05/31/2026.)
""",
    "other/member-handbook-2026-excerpt.txt": """
PIEDMONT WELLNESS MEDICAID PLAN (FICTIONAL) - 2026 MEMBER HANDBOOK (excerpt)
Page 1 of 1 (handbook page 48)

Section 12. If you have other health insurance
If you have other health insurance, that insurance pays first and Medicaid pays last. We coordinate only with other
coverage that is in effect on the date you get the service. If your other insurance ends, tell us and send proof; we
will update our records within 10 business days.
""",
    "other/authorized-representative-form-2026-10-06.txt": """
AUTHORIZED REPRESENTATIVE DESIGNATION (FICTIONAL FORM)
I, Terrence Obuya-Fitch (Member ID FICT-PWM-904417736), authorize Marguerite Esposito-Vance and Cape Fear Legal Aid
to act for me in my appeal and any state fair hearing about my ECT request, and to receive my records.
Signed: Terrence Obuya-Fitch      Date: 10/06/2026
Page 1 of 1
""",
}

TRUTH = r'''
# 04 - Medicaid managed care: ECT denied as "other coverage primary" after that coverage ended; state fair hearing by a legal-aid advocate (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Terrence Obuya-Fitch, **47** (DOB 02/08/1979), Fayetteville, NC, is a member of **Piedmont Wellness Medicaid Plan**
  (Medicaid managed care).
- His **Brightline Logistics Employee Health Plan** coverage **ended 05/31/2026** (termination letter 06/05/2026); he
  did **not elect COBRA** (election deadline 08/09/2026; administrator's note 08/14/2026: no election).
- His psychiatrist asked on **09/28/2026** for prior authorization of **acute ECT, up to 12 treatments** (90870,
  anesthesia 00104). The plan denied it on **10/02/2026** because "Member has other health insurance that is primary".
  The plan appeal (filed 10/09/2026 by legal aid, with the termination letter and COBRA notice, fax confirmed 9 pages)
  was **upheld 10/30/2026**: "The member has not shown that the other coverage ended."
- The plan's own **Member Handbook Section 12**: "We coordinate only with other coverage that is in effect on the
  date you get the service. If your other insurance ends, tell us and send proof; we will update our records within 10
  business days."
- Clinical: F33.3; MADRS 38 (11/16/2026), nihilistic delusions, 9 kg weight loss; ECT brought **remission in 2017**.
  No ECT has been given in this episode.
- **Stage and rule:** state fair hearing after the plan's notice of resolution, **within 120 calendar days** (42 CFR
  438.408(f)(2)): **by 02/27/2027**.
- **Author:** a **legal-aid benefits advocate**, the member's authorized representative (form signed 10/06/2026); she
  writes about "Mr. Obuya-Fitch".

## Deliberately unknown
- Why the plan's third-party liability file was not updated after 10/09: not known; a letter may say the proof was
  sent and ask for the record to be corrected, not explain the failure.
- Whether an expedited hearing is available or requested: not in the case; a letter must not cite a time for the
  hearing decision.
- Whether ECT would be approved on clinical criteria: the plan never reviewed necessity; a letter may show the clinical
  record and ask that the request be decided promptly on its merits, not claim approval.

## Traps
- **A date, not medicine.** The winning point is that the employer coverage **ended 05/31/2026**, months before the
  request (09/28/2026); on no date of this care was there other coverage. The handbook itself coordinates only with
  coverage in effect on the date of service.
- **A decision's stated fact the record contradicts:** "has not shown that the other coverage ended" - the proof was
  faxed on 10/09/2026 with the appeal (fax report: 9 pages, OK).
- **Stale form:** the **Medicaid application of 05/20/2026** listed the employer plan as current - true then, filed
  before the coverage ended; it is probably the source of the TPL record.
- **Other person on a document:** the fax report's second line is **another client's matter**.
- **Never** tell him to submit the request to the employer plan or to elect COBRA now (the election period is over).
- **Wrong law:** no **continued benefits** (438.420: nothing was authorized; `action: none`), no EPSDT (he is 47), no
  Medicare secondary-payer rule, no ERISA or 45 CFR 147.136 for the Medicaid plan (ERISA governs the employer plan, not
  this dispute), no "external review".
- **Drugs:** venlafaxine XR and olanzapine continue with partial responses (never "failed"/"stopped"); aripiprazole 2
  weeks is an **intolerance**; doxepin 10 mg is a sleep dose; the only failed adequate drug trial is sertraline. **ECT
  2017 brought remission** (an earlier-episode response, never "failed ECT").
- **Suicidality:** passive wish to die on 11/16/2026, no plan or intent; never "active".
- **Voice:** the advocate writes about "Mr. Obuya-Fitch", never his "I".

## Arguments a strong letter makes (strongest first)
1. The other coverage **ended on 05/31/2026** (termination letter; COBRA not elected, notice of 08/14/2026), before the
   request of 09/28/2026 and any date of the care; there was no other coverage to pay first. Under the plan's own
   Handbook Section 12 it coordinates only with coverage in effect on the date of service.
2. The decision's "has not shown" is contradicted: the proof was faxed with the plan appeal on **10/09/2026** (fax
   report); the handbook promised to update its records within 10 business days.
3. Ask the hearing officer to reverse the denial, direct the plan to correct its third-party liability record and to
   decide the ECT request promptly as the only payer, on its clinical merits (not yet reviewed).

## What a letter must NOT say
- "submit the request to Brightline" / "elect COBRA"; "the employer plan is primary"; "Medicare".
- "continued benefits", "438.420", "EPSDT", "ERISA", "2560.503-1", "147.136", "external review".
- "failed venlafaxine", "failed olanzapine", "failed aripiprazole" as an adequate trial, "failed ECT"; doxepin as a trial.
- "active suicidal ideation"; the other client's fax as part of this case.
'''

ANSWERS = [
    ("other/employer-plan-termination-letter-2026-06-05.txt", "ended on 05/31/2026"),
    ("other/cobra-election-notice-2026-06-10.txt", "no election received; coverage not continued"),
    ("other/member-handbook-2026-excerpt.txt", "We coordinate only with other coverage that is in effect on the date you get the service."),
    ("other/member-handbook-2026-excerpt.txt", "we will update our records within 10 business days"),
    ("other/fax-confirmation-2026-10-09.txt", "9 pages  Result: OK"),
    ("other/fax-confirmation-2026-10-09.txt", "another client's matter"),
    ("denial/notice-of-appeal-resolution-2026-10-30.txt", "The member has not shown that the other coverage ended."),
    ("denial/notice-of-appeal-resolution-2026-10-30.txt", "no later than 120 calendar days from the date of this notice"),
    ("denial/prior-authorization-denial-2026-10-02.txt", "Member has other health insurance that is primary"),
    ("other/medicaid-application-2026-05-20.txt", "Signed 05/20/2026"),
    ("clinical/psychiatric-evaluation-2026-11-16.txt", "ECT 05-06/2017, 10 treatments, remission"),
    ("clinical/psychiatric-evaluation-2026-11-16.txt", "aripiprazole 5 mg added 09/2025, stopped after 2 weeks for akathisia"),
    ("clinical/psychiatric-evaluation-2026-11-16.txt", "venlafaxine XR 225 mg since 03/2025, partial"),
    ("clinical/psychiatric-evaluation-2026-11-16.txt", "Passive wish to die; no plan or intent today."),
    ("case.yaml", "next_deadline: 2027-02-27"),
    ("truth", "438.408(f)(2)"),
]
