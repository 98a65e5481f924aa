# FICTIONAL data for set 60, case 01 (TRICARE Prime, expedited reconsideration of a continued-stay denial).
SLUG = "tricare-prime-inpatient-continued-stay-php-no-opening-expedited-reconsideration-attending-psychiatrist"

CASE_YAML = r'''
# FICTIONAL CASE (set 60, case 01) - every person, plan, contractor, hospital, number and address is invented.
# TRICARE Prime, active-duty family member. Keiko Brandvold, 29, admitted 11/21/2026 after an overdose. The West
# region contractor (FICTIONAL) authorized 11/21-11/26; its decision of 12/04/2026 denies continued stay from
# 11/27 as "PHP appropriate". The PHP it names had no opening before 12/14/2026. The attending psychiatrist asks
# for an expedited reconsideration on 12/07/2026, the third calendar day after the fax receipt of 12/04.
patient:
  name: Keiko Brandvold
  salutation: Mrs. Brandvold
  date_of_birth: 1997-05-09
  member_id: FICT-DBN-604417289
  address: |-
    2217 Ridgeview Terrace
    Colorado Springs, CO 80913
  phone: (719) 555-0131
insurer:
  name: Front Range Federal Health Partners, TRICARE West Region contractor (FICTIONAL)
  appeals_address: |-
    Front Range Federal Health Partners - Reconsiderations (FICTIONAL)
    PO Box 60411
    Denver, CO 80206
  fax: (303) 555-0148
claim:
  number: CR-26-1204-30917
  plan_type: tricare
  notice_date: 2026-12-04
  appeal_deadline: 2027-03-04
  deadline_basis: >-
    Contractor's decision of 12/04/2026: "You may request a reconsideration within 90 days from the date of this
    letter." For an expedited reconsideration the same letter says: "within 3 calendar days after you receive
    this letter"; the hospital received it by fax on 12/04/2026.
  urgent: true
  service_dates: [2026-11-27, 2026-12-07]
  setting: inpatient
  pending_services: [inpatient days from 12/08/2026 until the partial hospitalization opening on 12/14/2026]
  revenue_codes: ['0114']
  diagnosis_codes: [F33.2]
  denial_reason: >-
    Continued inpatient psychiatric care from 11/27/2026 is not medically necessary. The member has had no
    suicidal ideation since 11/24/2026 and is taking medication as prescribed. Her needs can be met in a partial
    hospitalization program (PHP), such as Cedar Hollow Day Treatment, a network provider.
  denial_category: medical_necessity
  denial_reasons: [level_of_care]
  reviewer: {name: Dr. Roald Halvorsen, specialty: family medicine}
  action: end
  action_date: 2026-11-27
  corrections:
    - said: The member has had no suicidal ideation since 11/24/2026.
      record: >-
        The nursing note of 12/02/2026 records passive suicidal ideation ("I keep wishing I would not wake up"),
        and the attending psychiatrist's note of 12/02/2026 records it again with a plan for 15-minute checks.
      file: clinical/hospital-notes-2026-11-21-to-2026-12-05.txt
      page: 2
treatment:
  name: Inpatient psychiatric hospital care, continued stay from 11/27/2026 (revenue code 0114)
  summary: >-
    Continued inpatient care after an intentional overdose on 11/20/2026, until the first partial hospitalization
    opening on 12/14/2026, while a new antidepressant is started and passive suicidal ideation persists.
  plan: >-
    Inpatient stay with 15-minute checks while passive suicidal ideation persists; venlafaxine XR titrated to
    150 mg daily; daily psychiatrist visits; discharge directly to Cedar Hollow Day Treatment on 12/14/2026, with
    the last inpatient day 12/13/2026.
clinical:
  severity: PHQ-9 24 on 11/21/2026; PHQ-9 19 on 12/05/2026
  severity_date: 2026-12-05
  suicidality: attempt
  suicidality_date: 2026-11-20
  response: PHQ-9 24 (11/21/2026) to 19 (12/05/2026)
  response_level: partial
  episode_onset: 2025-01
  history:
    - drug: Fluoxetine
      dose: 40 mg daily
      start: 2019-04
      end: 2020-06
      kind: antidepressant
      response: remission
      outcome: Remission in an earlier episode (2019); stopped in 2020 while well
      evidence: {file: clinical/hospital-notes-2026-11-21-to-2026-12-05.txt, page: 1}
    - drug: Sertraline
      dose: 150 mg daily
      start: 2025-02
      end: 2026-11-22
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 21 months at 150 mg; stopped on admission
      evidence: {file: clinical/hospital-notes-2026-11-21-to-2026-12-05.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 75 mg, titrating to 150 mg daily
      start: 2026-11-23
      ongoing: true
      kind: antidepressant
      outcome: Started in hospital on 11/23/2026; too early to judge
      evidence: {file: clinical/hospital-notes-2026-11-21-to-2026-12-05.txt, page: 1}
    - drug: Trazodone
      dose: 50 mg at bedtime for sleep
      start: 2025-06
      ongoing: true
      kind: other
      outcome: Sleep aid only; not an antidepressant trial
      evidence: {file: clinical/hospital-notes-2026-11-21-to-2026-12-05.txt, page: 1}
impact:
  hospitalizations: Admitted 11/21/2026 after an intentional overdose on 11/20/2026.
alternatives:
  - treatment: Partial hospitalization
    level: partial hospitalization
    name: Cedar Hollow Day Treatment
    first_opening: 2026-12-14
    why_not: >-
      The program named in the decision; its intake coordinator wrote on 12/01/2026 that its first opening is
      12/14/2026.
    proof: other/cedar-hollow-intake-waitlist-2026-12-01.txt
  - treatment: Partial hospitalization
    level: partial hospitalization
    name: Monument Creek Partial Program
    first_opening: 2027-01-05
    why_not: The only other network partial hospitalization program; closed to new admissions until 01/05/2027.
    proof: other/discharge-planning-call-log-2026-12-02.txt
urgency:
  reason: >-
    Mrs. Brandvold made a suicide attempt on 11/20/2026 and still reports passive suicidal ideation (12/02/2026).
    Ending inpatient care before the partial hospitalization program can take her on 12/14/2026 would leave her
    with no structured care in between, which could seriously jeopardize her life.
  certified_by: Dr. Nadia Kowalczyk-Ferris, MD
author:
  name: Dr. Nadia Kowalczyk-Ferris
  role: Attending psychiatrist, Pikes Ridge Behavioral Hospital
  relation: physician
  address: |-
    Pikes Ridge Behavioral Hospital (FICTIONAL), 4100 Garden Loop Drive
    Colorado Springs, CO 80907
  phone: (719) 555-0140
  fax: (719) 555-0141
  email: nkferris@pikesridge-bh.example
  authorization: other/patient-consent-2026-12-05.txt
provider:
  name: Pikes Ridge Behavioral Hospital
  credentials: TRICARE network psychiatric hospital
  npi: "1413131230"
  address: |-
    4100 Garden Loop Drive
    Colorado Springs, CO 80907
  phone: (719) 555-0140
prior_auth:
  approved:
    number: authorization TW-26-1121-5582
    date: 2026-11-21
    covers: inpatient psychiatric care, 11/21/2026 through 11/26/2026
    quote: "Inpatient mental health admission approved: 11/21/2026 - 11/26/2026 (6 days). Concurrent review due 11/26/2026."
    file: other/authorization-2026-11-21.txt
    from: 2026-11-21
    through: 2026-11-26
template: expedited-appeal
record_dates:
  - file: clinical/hospital-notes-2026-11-21-to-2026-12-05.txt
    date: 2026-12-05
bates_prefix: BRANDVOLD
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''

DOCS = {
"denial/contractor-continued-stay-decision-2026-12-04.txt": r'''
FRONT RANGE FEDERAL HEALTH PARTNERS (FICTIONAL) - TRICARE WEST REGION
NOTICE OF DENIAL - CONTINUED STAY REVIEW                              Date of letter: 12/04/2026
[Fax header: received by Pikes Ridge Behavioral Hospital 12/04/2026 15:12, 2 pages]
Beneficiary: Keiko Brandvold   DOB 05/09/1997   DBN FICT-DBN-604417289   Plan: TRICARE Prime (ADFM)
Facility: Pikes Ridge Behavioral Hospital, NPI 1413131230      Reference: CR-26-1204-30917
Authorization TW-26-1121-5582: approved 11/21/2026 - 11/26/2026.

Decision: Continued inpatient psychiatric care from 11/27/2026 is not medically necessary. The member has had no
suicidal ideation since 11/24/2026 and is taking medication as prescribed. Her needs can be met in a partial
hospitalization program (PHP), such as Cedar Hollow Day Treatment, a network provider.
Physician reviewer: Dr. Roald Halvorsen, MD (family medicine).

Your right to reconsideration: You may request a reconsideration within 90 days from the date of this letter.
Because this is a denial of continued inpatient care, you may ask for an expedited reconsideration: your request
must be received within 3 calendar days after you receive this letter. Send it to Reconsiderations, PO Box
60411, Denver, CO 80206, or fax (303) 555-0148.
''',
"clinical/hospital-notes-2026-11-21-to-2026-12-05.txt": r'''
PIKES RIDGE BEHAVIORAL HOSPITAL (FICTIONAL) - SELECTED NOTES      Patient: Keiko Brandvold   DOB 05/09/1997
Page 1 of 2
11/21/2026 Admission (Dr. N. Kowalczyk-Ferris, MD): admitted from the emergency department of St. Aurelia
Medical Center after an intentional overdose of acetaminophen on the evening of 11/20/2026. Major depressive
disorder, recurrent, severe, without psychotic features (F33.2). PHQ-9 24. Current episode since 01/2025.
Medication history: fluoxetine 40 mg 04/2019-06/2020, remission in an earlier episode, stopped while well;
sertraline 150 mg daily since 02/2025, no response, stopped 11/22/2026; trazodone 50 mg at bedtime for sleep
since 06/2025, continued. Plan: venlafaxine XR from 11/23/2026, 75 mg, to 150 mg.
11/24/2026 (MD): denies suicidal ideation today. Sleep poor.
Page 2 of 2
12/02/2026 Nursing (R. Deschanel, RN): patient tearful after a phone call; states "I keep wishing I would not
wake up." Denies plan or intent. Charge nurse and MD notified.
12/02/2026 (MD): passive suicidal ideation again; 15-minute checks resumed. Venlafaxine XR 150 mg from today.
12/05/2026 (MD): PHQ-9 19. Passive thoughts of death "less often". Discharge plan: Cedar Hollow Day Treatment,
first opening 12/14/2026; last inpatient day 12/13/2026. Monument Creek Partial Program closed to new
admissions until 01/05/2027. IOP not adequate while suicidal ideation persists so soon after an attempt.
''',
"other/cedar-hollow-intake-waitlist-2026-12-01.txt": r'''
CEDAR HOLLOW DAY TREATMENT (FICTIONAL) - ADULT PARTIAL HOSPITALIZATION - INTAKE WAITLIST   Printed 12/01/2026
From: Intake coordinator, Cedar Hollow Day Treatment, (719) 555-0152, intake@cedarhollow-dt.example
To: Discharge planning, Pikes Ridge Behavioral Hospital

Our program is full. The first admission date we can offer is 12/14/2026.

Position  Referred    Name (as referred)          Referring site              Offered start
1         11/24/2026  Dunmore, Alaric P.          Peak View Clinic            12/08/2026
2         11/25/2026  Ostrowski, Lena             self                        12/09/2026
3         11/30/2026  Brandvold, Keiko            Pikes Ridge BH              12/14/2026
4         12/01/2026  Quintanilla, Rosa M.        St. Aurelia MC              12/15/2026
''',
"other/discharge-planning-call-log-2026-12-02.txt": r'''
PIKES RIDGE BEHAVIORAL HOSPITAL (FICTIONAL) - DISCHARGE PLANNING CALL LOG        Page 1 of 1
Patient: Keiko Brandvold   Social worker: Tobiah Mensah-Clarke, LCSW
11/30/2026 10:05  Cedar Hollow Day Treatment (network PHP): referral faxed; placed on waitlist.
12/01/2026 14:40  Cedar Hollow intake coordinator: first opening 12/14/2026 (waitlist printout received).
12/02/2026 09:20  Monument Creek Partial Program (network PHP): "closed to new admissions until 01/05/2027".
12/02/2026 09:45  TRICARE West contractor, behavioral health care coordination, ref BH-1202-7713: no other
                  network adult PHP within 50 miles; coordinator confirmed Cedar Hollow's 12/14 date.
''',
"other/authorization-2026-11-21.txt": r'''
FRONT RANGE FEDERAL HEALTH PARTNERS (FICTIONAL) - TRICARE WEST REGION - AUTHORIZATION    Date: 11/21/2026
Beneficiary: Keiko Brandvold   Facility: Pikes Ridge Behavioral Hospital
Number: TW-26-1121-5582
Inpatient mental health admission approved: 11/21/2026 - 11/26/2026 (6 days). Concurrent review due 11/26/2026.
''',
"other/outpatient-safety-plan-2024.txt": r'''
PEAK VIEW CLINIC (FICTIONAL) - SAFETY PLAN                                   Dated: 03/18/2024
Patient: Keiko Brandvold
Warning signs: withdrawing from friends. History: no suicide attempts. Current medicine: none.
Reviewed with patient; to be updated at each visit. [Not updated after 03/2024.]
''',
"other/patient-consent-2026-12-05.txt": r'''
CONSENT TO APPEAL                                                              Date: 12/05/2026
I, Keiko Brandvold (DOB 05/09/1997), ask Dr. Nadia Kowalczyk-Ferris and Pikes Ridge Behavioral Hospital to ask
TRICARE and Front Range Federal Health Partners to reconsider the denial of my hospital stay (reference
CR-26-1204-30917), and I allow them to share my medical records for that purpose.
Signed: Keiko Brandvold
''',
}

TRUTH = r'''
# 01 - TRICARE Prime: continued inpatient stay denied as "PHP appropriate" when no PHP had an opening; expedited reconsideration by the attending psychiatrist (FICTIONAL)

All people, plans, contractors, hospitals, numbers and addresses are invented (FICTIONAL).

## What is true
- Keiko Brandvold, 29 (DOB 05/09/1997), an active-duty family member in **TRICARE Prime**, was admitted to Pikes
  Ridge Behavioral Hospital on **11/21/2026** after an **intentional acetaminophen overdose on 11/20/2026** (F33.2).
  Authorization **TW-26-1121-5582** covered **11/21-11/26/2026**.
- The contractor's letter of **12/04/2026** (reference **CR-26-1204-30917**; reviewer Dr. Roald Halvorsen, family
  medicine) denies continued stay **from 11/27/2026**: "no suicidal ideation since 11/24/2026"; "can be met in a
  partial hospitalization program (PHP), such as Cedar Hollow Day Treatment".
- Cedar Hollow's first opening is **12/14/2026** (waitlist printed 12/01/2026); Monument Creek Partial Program, the
  other network PHP, is closed until **01/05/2027**; the contractor's own care coordinator (ref BH-1202-7713)
  confirmed no other network adult PHP within 50 miles.
- The notes record **passive suicidal ideation on 12/02/2026** (nursing and MD), so the decision's "no suicidal
  ideation since 11/24/2026" is wrong. PHQ-9 24 (11/21) to 19 (12/05): a partial response.
- Medicines: fluoxetine 2019-2020 remission (earlier episode); sertraline 150 mg 02/2025-11/22/2026, no response;
  venlafaxine XR since 11/23/2026 (ongoing, too early); trazodone 50 mg at bedtime (sleep only, ongoing).
- **Rule and stage:** TRICARE, 32 CFR 199.10 and 199.15: a denied continued stay may be reconsidered on an expedited
  basis when asked within **3 calendar days of receipt**; the fax shows receipt on 12/04/2026, so the request on
  **12/07/2026** is in time. The standard window is 90 days from the letter (by 03/04/2027). Next level for a
  medical-necessity denial: second reconsideration by the TRICARE Quality Monitoring Contractor.
- **Author:** the attending psychiatrist (physician), writing about "Mrs. Brandvold" with her written consent
  (12/05/2026), and certifying the urgency herself.
- Expected answers (16; make_set.py checks each in the document named): see ANSWERS in case01.py - the reference
  number, the authorized days, the first PHP opening, the 12/02 ideation, the 3-day expedited window, the reviewer's
  specialty, the earlier-episode fluoxetine remission, the sleep dose, and the other people on the waitlist.

## Deliberately unknown
- How long the days after 12/13/2026 would be needed: none are asked for; discharge to the PHP is planned.
- Whether TRICARE sets a time within which a concurrent-review denial must be issued: not in the case; a letter may
  say the letter came on 12/04/2026 about days from 11/27/2026, but must not cite a rule it broke.
- What the days cost or what the hospital billed: not in the case.
- Whether Mrs. Brandvold received the letter by mail, and when: unknown; the hospital's fax receipt is the date used.

## Traps
- **Wrong stated fact:** "no suicidal ideation since 11/24/2026" against the 12/02/2026 notes (page 2); the 11/24
  note alone says she denied it that day.
- **A level that was not available:** the PHP the decision names had no place until 12/14/2026; this is not a
  network-gap or out-of-network question.
- **Earlier-episode response:** fluoxetine 2019-2020 gave remission in another episode; never a failed trial.
- **Sleep dose:** trazodone 50 mg is not an antidepressant trial. **Venlafaxine** is ongoing and too new to judge;
  never "failed". Sertraline is the one failed adequate trial.
- **Stale document:** the 2024 Peak View safety plan says "no suicide attempts"; the 11/20/2026 attempt came later.
- **Other people:** the Cedar Hollow waitlist names three other people (Dunmore, Ostrowski, Quintanilla).
- **Stage and clock:** an expedited reconsideration counted from the fax receipt (12/04), not from a mailing date
  plus 5 days; the letter asks that the care stay authorized, not that a claim be paid.
- **Wrong law:** TRICARE only - no ERISA, 45 CFR 147.136, MHPAEA, state insurance department or external review.

## Arguments a strong letter makes (strongest first)
1. The only lower level the decision names could not take her: Cedar Hollow's first opening is 12/14/2026 and the
   other network PHP is closed until 01/05/2027 (waitlist, call log, the contractor's own coordinator). Ending the
   stay on 11/27/2026 sent her to no care at all; authorize the days through 12/13/2026.
2. Correct the decision: passive suicidal ideation is recorded on 12/02/2026, twelve days after a suicide attempt.
3. The plan of care at this level: venlafaxine XR titration begun 11/23 after sertraline failed, 15-minute checks,
   direct discharge to the PHP on 12/14/2026.
4. Ask for an expedited reconsideration: made within 3 calendar days of receipt; the attending psychiatrist
   certifies the risk; ask for review by a psychiatrist (the reviewer was a family physician).

## What a letter must NOT say
- "no suicidal ideation"; "PHP was available"; "failed fluoxetine"; trazodone as a trial; "failed venlafaxine".
- "network gap", "out-of-network exception", "retroactive authorization", "pay the claim" as the request.
- "ERISA", "29 CFR 2560.503-1", "45 CFR 147.136", "MHPAEA", "parity", "state insurance department",
  "external review".
- "Dunmore", "Ostrowski", "Quintanilla"; "no history of suicide attempts".
- "I" as the patient (the psychiatrist writes "I" only as the treating psychiatrist); "Ms. Keiko".
'''

ANSWERS = [
    ("Reference number of the decision", "CR-26-1204-30917", "denial/contractor-continued-stay-decision-2026-12-04.txt"),
    ("Days the authorization covered", "11/21/2026 - 11/26/2026", "other/authorization-2026-11-21.txt"),
    ("First day denied", "from 11/27/2026", "denial/contractor-continued-stay-decision-2026-12-04.txt"),
    ("Program the decision names", "Cedar Hollow Day Treatment", "denial/contractor-continued-stay-decision-2026-12-04.txt"),
    ("Its first opening", "The first admission date we can offer is 12/14/2026", "other/cedar-hollow-intake-waitlist-2026-12-01.txt"),
    ("Other network PHP's status", "closed to new admissions until 01/05/2027", "other/discharge-planning-call-log-2026-12-02.txt"),
    ("Contractor coordinator's reference", "BH-1202-7713", "other/discharge-planning-call-log-2026-12-02.txt"),
    ("Suicidal ideation after 11/24", "I keep wishing I would not wake up", "clinical/hospital-notes-2026-11-21-to-2026-12-05.txt"),
    ("Date of the attempt", "overdose of acetaminophen on the evening of 11/20/2026", "clinical/hospital-notes-2026-11-21-to-2026-12-05.txt"),
    ("When the hospital received the decision", "received by Pikes Ridge Behavioral Hospital 12/04/2026 15:12", "denial/contractor-continued-stay-decision-2026-12-04.txt"),
    ("Expedited window", "within 3 calendar days after you receive this letter", "denial/contractor-continued-stay-decision-2026-12-04.txt"),
    ("Reviewer's specialty", "Dr. Roald Halvorsen, MD (family medicine)", "denial/contractor-continued-stay-decision-2026-12-04.txt"),
    ("Earlier-episode response", "fluoxetine 40 mg 04/2019-06/2020, remission in an earlier episode", "clinical/hospital-notes-2026-11-21-to-2026-12-05.txt"),
    ("Sleep dose", "trazodone 50 mg at bedtime for sleep", "clinical/hospital-notes-2026-11-21-to-2026-12-05.txt"),
    ("Other people on the waitlist (must not appear)", "Quintanilla", "truth"),
    ("Stale safety plan's wrong history", "no suicide attempts", "other/outpatient-safety-plan-2024.txt"),
]
