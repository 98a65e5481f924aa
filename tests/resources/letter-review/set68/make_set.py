#!/usr/bin/env python3
"""FICTIONAL test-set generator: letters review set 68 (issue 18), process emphasis.

Every person, plan, provider, number and address in this file is invented. Run with
/work/main/.venv/bin/python make_set.py [--check] [NN ...]
It deletes and rewrites each case folder and truth file, then self-checks. Exit 1 on any problem.
"""
import io
import re
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
HEAD = "FICTIONAL - invented for a blind test set (set 68); not a real person, plan, clinic or number."
FOOT = "FICTIONAL DOCUMENT - end."
HEADINGS = ["What is true", "Deliberately unknown", "Traps", "Arguments a strong letter makes",
            "What a letter must NOT say"]

CASES = []


def case(**kw):
    CASES.append(kw)


# ---------------------------------------------------------------------------------------------------------------
# 01 Medicare Advantage PPO: expedited pre-service reconsideration; the notice prints the old window
# ---------------------------------------------------------------------------------------------------------------
case(
    num="01",
    slug="medicare-advantage-ppo-ect-preservice-notice-says-60-days-from-receipt-expedited-reconsideration-psychiatrist",
    yaml="""\
# FICTIONAL CASE (set 68, case 01) - every person, plan, provider, number and address is invented.
# Medicare Advantage PPO, South Carolina. Pre-service denial of an ECT course (notice 12/02/2026) under the plan's
# internal criteria MA-ECT-7. The notice prints "60 days from the date you receive this notice"; the rule is 65 days
# from the date of the notice (42 CFR 422.582(b)): 02/05/2027. The treating psychiatrist asks for an expedited
# reconsideration (42 CFR 422.584), decided within 72 hours.
patient:
  name: Harlan Ostrowski-Reyes
  salutation: Mr. Ostrowski-Reyes
  date_of_birth: 1954-06-11
  member_id: FICT-PLM-40817726
  address: |-
    212 Marsh Hen Lane
    Beaufort, SC 29902
  phone: (843) 555-0126
insurer:
  name: Palmetto Lowcountry Medicare Advantage PPO (FICTIONAL)
  appeals_address: |-
    Palmetto Lowcountry Health Plans, Appeals and Grievances (FICTIONAL)
    PO Box 77120
    Columbia, SC 29202
  fax: (803) 555-0177
claim:
  number: PLM-PA-26-1202-5561
  plan_type: medicare_advantage
  notice_date: 2026-12-02
  appeal_deadline: 2027-02-05
  deadline_basis: >-
    65 days from the date of the notice of 12/02/2026 (42 CFR 422.582(b), from 2025-01-01). The notice itself
    prints "60 days from the date you receive this notice", the rule in force before 2025; the rule's 65 days
    from the notice date governs.
  urgent: true
  pending_services: [12 ECT treatments]
  setting: outpatient
  procedure_codes: ["90870"]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    Your request for electroconvulsive therapy (90870 x12) is denied. Our Medical Policy MA-ECT-7, criterion 2,
    requires an adequate trial of at least two antidepressants of different classes in the current episode. The
    records show only one antidepressant trial (escitalopram) in the current episode.
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  reviewer: {name: Dr. Colm Vasquez-Ferrell, specialty: internal medicine}
  action: none
  corrections:
    - said: The records show only one antidepressant trial (escitalopram) in the current episode.
      record: >-
        The progress note of 09/14/2026, sent with the request, records venlafaxine XR titrated to 225 mg daily
        from 07/20/2026 to 09/14/2026, eight weeks, without response: a second antidepressant, of another class
        (SNRI), in the current episode that began in May 2026.
      file: clinical/progress-notes-2026-05-to-11.txt
      page: 1
plan_policy:
  name: Palmetto Lowcountry Medical Policy MA-ECT-7, Electroconvulsive Therapy
  number: MA-ECT-7
  quote: >-
    Criterion 2. The member has had an adequate trial (at least six weeks at a therapeutic dose) of at least two
    antidepressants of different classes during the current episode, or could not tolerate them.
  file: denial/pre-service-denial-notice-2026-12-02.txt
payer_criteria:
  - criterion: 2. An adequate trial (at least six weeks at a therapeutic dose) of at least two antidepressants of different classes during the current episode
    how_met: >-
      Escitalopram 20 mg (SSRI) 05/20-07/15/2026, 8 weeks, and venlafaxine XR 225 mg (SNRI) 07/20-09/14/2026,
      8 weeks, both without response, in the episode that began in May 2026
    met: true
    evidence: {file: clinical/progress-notes-2026-05-to-11.txt, page: 1}
treatment:
  name: Electroconvulsive therapy, acute course of 12 treatments (90870)
  summary: >-
    An acute ECT course, three treatments a week, for severe recurrent major depression with weight loss and poor
    oral intake after two antidepressants and an augmentation failed in the current episode.
  plan: >-
    Right unilateral ultrabrief ECT three times a week for 12 treatments, MADRS before every third treatment,
    stopping early at remission (MADRS 10 or less) or for cognitive side effects.
  setting: Hospital outpatient ECT suite with anesthesia, Beaufort Tidewater Hospital (FICTIONAL)
clinical:
  severity: MADRS 38 on 11/25/2026; weight 142 lb on 11/25/2026, down from 151 lb on 09/14/2026
  severity_date: 2026-11-25
  suicidality: passive
  suicidality_date: 2026-11-25
  episode_onset: 2026-05
  treating_since: 2019-03
  history:
    - drug: Escitalopram
      dose: 20 mg daily
      start: 2026-05-20
      end: 2026-07-15
      kind: antidepressant
      weeks: 8
      adequate: true
      failed: true
      response: none
      outcome: No response after 8 weeks at 20 mg
      evidence: {file: clinical/progress-notes-2026-05-to-11.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 225 mg daily
      start: 2026-07-20
      end: 2026-09-14
      kind: antidepressant
      weeks: 8
      adequate: true
      failed: true
      response: none
      outcome: No response after 8 weeks at 225 mg
      evidence: {file: clinical/progress-notes-2026-05-to-11.txt, page: 1}
    - drug: Aripiprazole
      dose: 5 mg daily (added to venlafaxine XR)
      start: 2026-09-15
      end: 2026-10-27
      kind: augmentation
      weeks: 6
      failed: true
      response: none
      outcome: Stopped for akathisia after 6 weeks, no response
      evidence: {file: clinical/progress-notes-2026-05-to-11.txt, page: 1}
urgency:
  reason: >-
    Mr. Ostrowski-Reyes has lost 9 pounds since mid-September, eats less than half of his meals and now has
    passive thoughts of death; waiting up to 30 days for a standard decision could seriously jeopardize his
    health.
  certified_by: Dr. Priya Castellanos-Mbeki, MD
author:
  name: Dr. Priya Castellanos-Mbeki
  role: Treating psychiatrist, MD
  relation: physician
  address: |-
    Sea Island Psychiatric Associates (FICTIONAL), 40 Robert Smalls Parkway, Suite 3
    Beaufort, SC 29906
  phone: (843) 555-0138
  fax: (843) 555-0139
  email: pcastellanos@seaislandpsych.example
provider:
  name: Dr. Priya Castellanos-Mbeki
  credentials: MD, psychiatry
  npi: "1682045731"
  address: |-
    40 Robert Smalls Parkway, Suite 3
    Beaufort, SC 29906
  phone: (843) 555-0138
record_dates:
  - file: clinical/progress-notes-2026-05-to-11.txt
    date: 2026-11-25
template: expedited-appeal
bates_prefix: OSTROWSKIREYES
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/pre-service-denial-notice-2026-12-02.txt": """\
PALMETTO LOWCOUNTRY HEALTH PLANS (FICTIONAL) - MEDICARE ADVANTAGE PPO
NOTICE OF DENIAL OF MEDICAL COVERAGE                       Date of notice: 12/02/2026
Member: Harlan Ostrowski-Reyes   Member ID FICT-PLM-40817726   Reference PLM-PA-26-1202-5561
Requested by: Dr. Priya Castellanos-Mbeki, MD, NPI 1682045731
Service requested: 90870 x12 (electroconvulsive therapy), Beaufort Tidewater Hospital outpatient ECT suite

We denied the request. Your request for electroconvulsive therapy (90870 x12) is denied. Our Medical Policy
MA-ECT-7, criterion 2, requires an adequate trial of at least two antidepressants of different classes in the
current episode. The records show only one antidepressant trial (escitalopram) in the current episode.
MA-ECT-7 Criterion 2. The member has had an adequate trial (at least six weeks at a therapeutic dose) of at least
two antidepressants of different classes during the current episode, or could not tolerate them.
Reviewed by: Dr. Colm Vasquez-Ferrell (internal medicine).

Your right to appeal: You must file within 60 days from the date you receive this notice. Ask for a standard
or fast (expedited) reconsideration at PO Box 77120, Columbia, SC 29202, fax (803) 555-0177. If your doctor
says waiting could seriously harm your health, we will decide a fast appeal within 72 hours.
""",
        "clinical/progress-notes-2026-05-to-11.txt": """\
SEA ISLAND PSYCHIATRIC ASSOCIATES (FICTIONAL) - PROGRESS NOTES (EXCERPT)   Page 1 of 1
Patient: Harlan Ostrowski-Reyes   DOB 06/11/1954   Treating since 03/2019 (Dr. Priya Castellanos-Mbeki, MD)

05/20/2026  Recurrence of major depression, current episode began early May 2026. Start escitalopram 20 mg.
07/15/2026  Escitalopram 20 mg for 8 weeks: no response. Cross to venlafaxine XR; started 07/20/2026.
09/14/2026  Venlafaxine XR 225 mg daily for 8 weeks (07/20-09/14): no response. Weight 151 lb. Add aripiprazole
            5 mg from 09/15/2026.
10/27/2026  Aripiprazole stopped: akathisia after 6 weeks, no response. Venlafaxine XR continued meanwhile.
11/25/2026  MADRS 38. Weight 142 lb (down 9 lb since 09/14). Eats less than half of meals. Passive thoughts of
            death, no plan or intent. Recommend acute ECT course, 12 treatments, right unilateral ultrabrief.
            Records of 05/20 through 11/25 faxed to the plan with the ECT request on 11/26/2026.
""",
    },
    truth="""\
# 01 - Medicare Advantage PPO: pre-service ECT denial; the notice prints the pre-2025 window; expedited reconsideration by the treating psychiatrist (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Harlan Ostrowski-Reyes, 72 (DOB 06/11/1954), is in a **Medicare Advantage PPO** (Palmetto Lowcountry, FICTIONAL).
- The plan denied a **pre-service** request for an acute **ECT course (90870 x12)** on **12/02/2026** under its own
  internal policy **MA-ECT-7 criterion 2** ("two antidepressants of different classes in the current episode"),
  saying the records show only escitalopram.
- The progress notes sent with the request (faxed 11/26/2026) show **two** antidepressants of different classes in
  the current episode (began May 2026): **escitalopram 20 mg, 8 weeks** and **venlafaxine XR 225 mg, 8 weeks**, plus
  aripiprazole augmentation stopped for akathisia after 6 weeks.
- **Level:** first level of appeal for Medicare Advantage, a **reconsideration** by the plan; **expedited**
  (42 CFR 422.584) because the treating physician says waiting could seriously jeopardize health; the plan decides
  an expedited reconsideration within **72 hours** (42 CFR 422.590). A physician may request the expedited
  pre-service reconsideration without an appointment of representative (42 CFR 422.578(c) / 422.584).
- **True deadline: 02/05/2027** - 65 days from the **date of the notice** (42 CFR 422.582(b), as amended from
  01/01/2025). The notice wrongly prints "60 days from the date you receive this notice" (the old rule).
- If the plan upholds the denial, the case goes to the **independent review entity automatically** (42 CFR 422.592).
- The plan applied its **own internal criteria**; the limits on such criteria are in 42 CFR 422.101(b)(6).

## Deliberately unknown
- Whether Medicare has a national or local coverage determination for ECT that fully establishes criteria: not in
  the case; a letter may say the plan must show its criteria meet 422.101(b)(6), not state what Medicare's are.
- The reviewer's reason for missing the 09/14 note: unknown.
- Whether the plan will extend its time: unknown.

## Traps
- **Wrong window printed on the notice:** "60 days from receipt" is wrong; the deadline is 02/05/2027 (65 days from
  the notice date). A letter must not repeat "60 days" as the rule.
- **Stage:** this is an expedited **reconsideration**, not a "second level", not "external review", not a
  "redetermination" (that is Original Medicare / Part D wording).
- **Voice:** the psychiatrist writes ("I"), about "Mr. Ostrowski-Reyes".
- **Aripiprazole** is an augmentation stopped for akathisia, not a third antidepressant; venlafaxine XR was
  continued during it.
- **Passive** thoughts of death only: no plan or intent; not "active suicidal ideation".
- Medicare Advantage: no ERISA, no 45 CFR 147.136, no parity (MHPAEA), no state external review.

## Arguments a strong letter makes
1. Criterion 2 is met on the record the plan had: escitalopram (SSRI) and venlafaxine XR (SNRI), each 8 weeks at a
   therapeutic dose, in the current episode (progress notes, 07/15 and 09/14 entries); correct the notice's "only
   one antidepressant trial".
2. Ask for an expedited reconsideration decided within 72 hours (422.584, 422.590): weight loss, poor intake,
   passive death wish (MADRS 38 on 11/25/2026).
3. The plan applied internal criteria: ask it to show they meet 42 CFR 422.101(b)(6) (publicly accessible, based on
   evidence) and to decide by a physician with appropriate expertise.
4. Note that the appeal is timely (deadline 02/05/2027) and that an upheld denial must go to the IRE automatically.

## What a letter must NOT say
- "within 60 days of receipt" as the rule; "second-level appeal"; "redetermination"; "external review".
- "29 CFR 2560.503-1", "ERISA", "45 CFR 147.136", "parity", "MHPAEA".
- "active suicidal ideation"; "three failed antidepressants" (aripiprazole is an augmentation).
- "the plan named no criteria" (it quoted MA-ECT-7 criterion 2).
""",
    answers=[
        ("What date is printed on the denial notice?", "Date of notice: 12/02/2026", "denial/pre-service-denial-notice-2026-12-02.txt"),
        ("What window does the notice print (wrongly)?", "60 days from the date you receive this notice", "denial/pre-service-denial-notice-2026-12-02.txt"),
        ("What is the true appeal deadline?", "02/05/2027", "truth"),
        ("Which rule sets it?", "42 CFR 422.582(b)", "truth"),
        ("What level of appeal is this?", "expedited reconsideration", "truth"),
        ("How fast must the plan decide the expedited reconsideration?", "within 72 hours", "denial/pre-service-denial-notice-2026-12-02.txt"),
        ("Which policy and criterion did the plan apply?", "MA-ECT-7, criterion 2", "denial/pre-service-denial-notice-2026-12-02.txt"),
        ("What does the notice wrongly state about the trials?", "The records show only one antidepressant trial (escitalopram) in the current episode", "denial/pre-service-denial-notice-2026-12-02.txt"),
        ("What second antidepressant does the record show?", "venlafaxine XR 225 mg daily for 8 weeks", "clinical/progress-notes-2026-05-to-11.txt"),
        ("When did the current episode begin?", "early May 2026", "clinical/progress-notes-2026-05-to-11.txt"),
        ("Why was aripiprazole stopped?", "akathisia after 6 weeks", "clinical/progress-notes-2026-05-to-11.txt"),
        ("Latest MADRS and its date?", "11/25/2026  MADRS 38", "clinical/progress-notes-2026-05-to-11.txt"),
        ("How much weight was lost?", "down 9 lb since 09/14", "clinical/progress-notes-2026-05-to-11.txt"),
        ("When were the records sent to the plan?", "faxed to the plan with the ECT request on 11/26/2026", "clinical/progress-notes-2026-05-to-11.txt"),
        ("What happens if the plan upholds the denial?", "independent review entity automatically", "truth"),
        ("Reviewer's specialty?", "Dr. Colm Vasquez-Ferrell (internal medicine)", "denial/pre-service-denial-notice-2026-12-02.txt"),
    ],
)

# ---------------------------------------------------------------------------------------------------------------
# 02 Original Medicare: ALJ hearing after the QIC; daughter appointed on CMS-1696
# ---------------------------------------------------------------------------------------------------------------
case(
    num="02",
    slug="original-medicare-tms-qic-upheld-alj-hearing-request-daughter-cms1696-no-abn",
    yaml="""\
# FICTIONAL CASE (set 68, case 02) - every person, plan, provider, number and address is invented.
# Original Medicare Part B, New Mexico. A 36-session TMS course (03/02-04/17/2026) denied CO-50; MAC
# redetermination 08/12/2026 and QIC reconsideration 11/20/2026 both unfavourable. Next level: a hearing before an
# Administrative Law Judge (OMHA), asked for within 60 days after receipt of the QIC decision, receipt presumed
# 5 days after its date (42 CFR 405.1002(a)): 01/24/2027. The QIC says psychotherapy was not tried; the record shows
# 24 CBT sessions. No ABN was given. The daughter writes under a CMS-1696 appointment.
patient:
  name: Eudora Finchley-Batista
  salutation: Mrs. Finchley-Batista
  date_of_birth: 1947-01-23
  member_id: FICT-MBI-7QX2-RD4-KM81
  address: |-
    918 Camino del Pueblo
    Bernalillo, NM 87004
  phone: (505) 555-0113
insurer:
  name: Original Medicare Part B - Mesa Federal Claims Services, Medicare Administrative Contractor (FICTIONAL)
claim:
  number: FICT-MAC-26-0520-448812
  plan_type: medicare
  notice_date: 2026-05-20
  service_dates: [2026-03-02, 2026-04-17]
  sessions: 36
  setting: outpatient
  procedure_codes: ["90868"]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-50]
  abn_given: false
  denial_reason: >-
    Medicare does not pay for this service because it is not reasonable and necessary (CO-50).
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  action: none
  coding_correct: true
decisions:
  - date: 2026-08-12
    outcome: denied
    stage: redetermination
    opens: QIC reconsideration
    next_deadline: 2027-02-08
  - date: 2026-11-20
    outcome: denied
    stage: QIC reconsideration
    opens: ALJ hearing
    next_deadline: 2027-01-24
    reason: >-
      The records do not show a trial of evidence-based psychotherapy before TMS, as local coverage determination
      L99647 requires. The beneficiary is liable because she should have known the service would not be covered.
    corrections:
      - said: The records do not show a trial of evidence-based psychotherapy before TMS
        record: >-
          The therapist's summary records 24 sessions of cognitive behavioral therapy from 06/2025 to 12/2025,
          before the first TMS session on 03/02/2026.
        file: clinical/cbt-summary-2025-12-19.txt
        page: 1
external_review:
  agency: Office of Medicare Hearings and Appeals, Central Operations (as named in the QIC decision; FICTIONAL address)
  address: |-
    OMHA Central Operations (FICTIONAL ADDRESS FOR THIS TEST SET)
    1000 Example Plaza, Suite 400
    Arlington, VA 22209
  final_denial_date: 2026-11-20
medicare_coverage:
  name: Local coverage determination L99647, Transcranial Magnetic Stimulation (FICTIONAL)
  number: L99647
  quote: >-
    3. The patient has had a trial of evidence-based psychotherapy of adequate frequency and duration, without
    significant improvement in depressive symptoms.
  file: other/lcd-l99647-excerpt.txt
payer_criteria:
  - criterion: 3. A trial of evidence-based psychotherapy of adequate frequency and duration without significant improvement
    how_met: 24 sessions of cognitive behavioral therapy, 06/2025-12/2025; PHQ-9 20 at the start, 19 at the end
    met: true
    evidence: {file: clinical/cbt-summary-2025-12-19.txt, page: 1}
treatment:
  name: Transcranial magnetic stimulation, 36 sessions (90868)
  summary: A standard course of TMS for severe recurrent depression after medications and psychotherapy failed.
clinical:
  severity: PHQ-9 19 on 12/19/2025; PHQ-9 8 on 04/17/2026
  severity_date: 2026-04-17
  suicidality: none
  suicidality_date: 2026-04-17
  response: PHQ-9 from 19 before the course to 8 at its end
  response_level: response
  history:
    - drug: Sertraline
      dose: 150 mg daily
      start: 2024-02
      end: 2024-05
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response
      evidence: {file: clinical/cbt-summary-2025-12-19.txt, page: 1}
    - drug: Duloxetine
      dose: 60 mg daily
      start: 2024-06
      end: 2024-09
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response
      evidence: {file: clinical/cbt-summary-2025-12-19.txt, page: 1}
    - drug: Cognitive behavioral therapy
      dose: weekly, 24 sessions
      start: 2025-06
      end: 2025-12
      kind: psychotherapy
      sessions: 24
      adequate: true
      failed: true
      response: none
      outcome: PHQ-9 20 at the start, 19 at the end
      evidence: {file: clinical/cbt-summary-2025-12-19.txt, page: 1}
author:
  name: Renata Finchley-Batista
  role: Daughter and appointed representative (form CMS-1696)
  relation: representative
  address: |-
    4410 Rio Grande Boulevard NW
    Albuquerque, NM 87107
  phone: (505) 555-0147
  email: renata.fb@mailbox.example
  authorization: other/cms-1696-appointment-of-representative-2026-06-01.txt
provider:
  name: High Desert Neuromodulation Clinic (FICTIONAL)
  credentials: Dr. Tomas Ahearn-Velde, MD
  npi: "1273910467"
  address: |-
    7700 Jefferson Street NE
    Albuquerque, NM 87109
  phone: (505) 555-0161
record_dates:
  - file: clinical/cbt-summary-2025-12-19.txt
    date: 2025-12-19
template: external-review-request
bates_prefix: FINCHLEYBATISTA
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/qic-reconsideration-2026-11-20.txt": """\
CANYON QUALIFIED INDEPENDENT CONTRACTOR (FICTIONAL) - MEDICARE RECONSIDERATION DECISION
Date of this notice: 11/20/2026     Page 1 of 1
Beneficiary: Eudora Finchley-Batista   Medicare number FICT-MBI-7QX2-RD4-KM81
Representative: Renata Finchley-Batista (appointment on file, form CMS-1696 dated 06/01/2026)
Claim FICT-MAC-26-0520-448812   Services 03/02/2026-04/17/2026, 90868 x36   Provider NPI 1273910467

Decision: UNFAVORABLE. The records do not show a trial of evidence-based psychotherapy before TMS, as local coverage
determination L99647 requires. The beneficiary is liable because she should have known the service would not be
covered.

If you disagree: you may ask for a hearing before an Administrative Law Judge. Your request must be filed within
60 days after you receive this notice. We assume you received it 5 days after the date of this notice unless you
show otherwise. Send it to the Office of Medicare Hearings and Appeals as the enclosed instructions say. (Previous
decisions: initial determination on the Medicare Summary Notice of 05/20/2026; redetermination by the Medicare
Administrative Contractor dated 08/12/2026.)
""",
        "denial/mac-redetermination-2026-08-12.txt": """\
MESA FEDERAL CLAIMS SERVICES, MEDICARE ADMINISTRATIVE CONTRACTOR (FICTIONAL) - REDETERMINATION NOTICE
Date: 08/12/2026   Beneficiary: Eudora Finchley-Batista   Claim FICT-MAC-26-0520-448812
Decision: unfavorable. Medicare does not pay for this service because it is not reasonable and necessary (CO-50).
No Advance Beneficiary Notice was found in the records. You may ask a Qualified Independent Contractor for a
reconsideration within 180 days after you receive this notice.
""",
        "clinical/cbt-summary-2025-12-19.txt": """\
HIGH DESERT COUNSELING GROUP (FICTIONAL) - PSYCHOTHERAPY SUMMARY      Date: 12/19/2025   Page 1 of 1
Client: Eudora Finchley-Batista   DOB 01/23/1947
Cognitive behavioral therapy, weekly: 24 sessions from 06/2025 to 12/2025. PHQ-9 20 at the start, 19 at the end.
Medications before therapy (from referral): sertraline 150 mg (02/2024-05/2024), no response; duloxetine 60 mg
(06/2024-09/2024), no response. No suicidal ideation. Referred for TMS evaluation.
Therapist: Lucinda Orozco-Pyle, LPCC.
""",
        "other/lcd-l99647-excerpt.txt": """\
LOCAL COVERAGE DETERMINATION L99647 - TRANSCRANIAL MAGNETIC STIMULATION (FICTIONAL RENDITION, EXCERPT)
Indications, criterion 3. The patient has had a trial of evidence-based psychotherapy of adequate frequency and
duration, without significant improvement in depressive symptoms.
""",
        "other/cms-1696-appointment-of-representative-2026-06-01.txt": """\
APPOINTMENT OF REPRESENTATIVE (FICTIONAL RENDITION OF FORM CMS-1696)
Name of party: Eudora Finchley-Batista   Medicare number FICT-MBI-7QX2-RD4-KM81
I appoint Renata Finchley-Batista, my daughter, to act as my representative in connection with my claim or
asserted right under Title XVIII of the Social Security Act (claim FICT-MAC-26-0520-448812).
Signed by the party: Eudora Finchley-Batista, 06/01/2026. Accepted by the representative: Renata Finchley-Batista,
06/01/2026, 4410 Rio Grande Boulevard NW, Albuquerque, NM 87107, (505) 555-0147. The representative charges no fee.
""",
    },
    truth="""\
# 02 - Original Medicare: TMS denied through the QIC; request for an ALJ hearing by the daughter under CMS-1696 (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Eudora Finchley-Batista, 79, has **Original Medicare Part B** (no plan). 36 TMS sessions (90868), 03/02-04/17/2026,
  were denied CO-50 on the MSN of 05/20/2026.
- **Redetermination** by the MAC, 08/12/2026: unfavourable. **QIC reconsideration**, 11/20/2026: unfavourable,
  saying no psychotherapy trial (LCD L99647 criterion 3) and that she is liable.
- The record shows **24 sessions of CBT** (06/2025-12/2025, PHQ-9 20 to 19) before TMS.
- **No Advance Beneficiary Notice** was given (the MAC's own notice says none was found).
- **Level now: a hearing before an Administrative Law Judge** (OMHA), the third level.
- **True deadline: 01/24/2027** - 60 days after receipt of the QIC decision, receipt presumed 5 days after its date
  of 11/20/2026 (42 CFR 405.1002(a)(1), (3)). Counted conservatively from the notice date it would be 01/19/2027.
- The daughter is the appointed representative on **form CMS-1696** signed 06/01/2026; the QIC's own notice shows it
  on file.

## Deliberately unknown
- The amount-in-controversy threshold for 2026 and whether the billed amount meets it: not in the case.
- The billed amount: not in the documents.
- Whether a hearing will be by video or phone: unknown.

## Traps
- **Level:** not a redetermination, not a QIC reconsideration again; the request goes to **OMHA** for an **ALJ**,
  not to the MAC or the QIC.
- **Deadline:** 60 days after receipt (presumed 11/25/2026) = 01/24/2027; not 120 days, not 180 days.
- **Original Medicare has no plan terms**: never "the plan's own terms", "the plan's policy"; L99647 is Medicare's
  (a local coverage determination).
- **Voice:** the daughter writes about "Mrs. Finchley-Batista"; the patient did not sign.
- CBT is **psychotherapy**, not an antidepressant trial.
- Nothing 72-hour or expedited: Original Medicare has no expedited claim appeal.

## Arguments a strong letter makes
1. Correct the QIC: criterion 3 of L99647 is met by 24 CBT sessions (06/2025-12/2025) without improvement
   (psychotherapy summary of 12/19/2025).
2. Limitation on liability: no ABN was given (42 U.S.C. 1395pp(a); 42 CFR 411.404), so she is not liable even if
   the denial stands; the QIC's "should have known" has no written notice behind it.
3. The request for an ALJ hearing is timely (by 01/24/2027) and is made by an appointed representative (CMS-1696).
4. Response: PHQ-9 19 to 8 by the end of the course.

## What a letter must NOT say
- "redetermination" as what is asked now; "reconsideration" as what is asked now; "external review".
- "the plan's own terms"; "ERISA"; "45 CFR 147.136"; "parity".
- "expedited"; "72 hours".
- "my treatment" (the daughter is not the patient); "suicidal ideation" as present.
""",
    answers=[
        ("Date of the QIC decision?", "Date of this notice: 11/20/2026", "denial/qic-reconsideration-2026-11-20.txt"),
        ("What level comes next?", "a hearing before an Administrative Law Judge", "denial/qic-reconsideration-2026-11-20.txt"),
        ("Window for the ALJ request?", "within 60 days after you receive this notice", "denial/qic-reconsideration-2026-11-20.txt"),
        ("Presumed receipt rule?", "5 days after the date of this notice", "denial/qic-reconsideration-2026-11-20.txt"),
        ("True deadline?", "01/24/2027", "truth"),
        ("Rule for the deadline?", "42 CFR 405.1002(a)", "truth"),
        ("Date of the redetermination?", "Date: 08/12/2026", "denial/mac-redetermination-2026-08-12.txt"),
        ("What did the QIC wrongly say?", "The records do not show a trial of evidence-based psychotherapy before TMS", "denial/qic-reconsideration-2026-11-20.txt"),
        ("How many CBT sessions?", "24 sessions from 06/2025 to 12/2025", "clinical/cbt-summary-2025-12-19.txt"),
        ("PHQ-9 across CBT?", "PHQ-9 20 at the start, 19 at the end", "clinical/cbt-summary-2025-12-19.txt"),
        ("Was an ABN given?", "No Advance Beneficiary Notice was found in the records", "denial/mac-redetermination-2026-08-12.txt"),
        ("Representative form and date?", "CMS-1696 dated 06/01/2026", "denial/qic-reconsideration-2026-11-20.txt"),
        ("Which LCD criterion?", "criterion 3", "other/lcd-l99647-excerpt.txt"),
        ("Where does the request go?", "Office of Medicare Hearings and Appeals", "denial/qic-reconsideration-2026-11-20.txt"),
        ("Response to the TMS course?", "PHQ-9 from 19 before the course to 8 at its end", "case.yaml"),
        ("Initial determination date?", "Medicare Summary Notice of 05/20/2026", "denial/qic-reconsideration-2026-11-20.txt"),
    ],
)

# ---------------------------------------------------------------------------------------------------------------
# 03 FEHB: OPM review; the carrier's decision prints 60 days; the rule is 90 days
# ---------------------------------------------------------------------------------------------------------------
case(
    num="03",
    slug="fehb-iop-precert-reference-on-file-carrier-says-60-days-opm-review-90-nonprofit-advocate",
    yaml="""\
# FICTIONAL CASE (set 68, case 03) - every person, plan, provider, number and address is invented.
# FEHB Standard Option, Maryland. IOP days 05/04-06/12/2026 denied CO-197 "no precertification"; the program phoned
# the precertification line on 05/01/2026 and got reference PCR-26-0501-7730. The brochure's own penalty for
# missing precertification is a $500 reduction, not a denial. The carrier upheld on reconsideration 10/05/2026 and
# printed "60 days" for OPM; the rule is 90 days from the carrier's decision (5 CFR 890.105(e)(1)): 01/03/2027.
patient:
  name: Constance Adeyemi-Hartwell
  salutation: Ms. Adeyemi-Hartwell
  date_of_birth: 1982-09-30
  member_id: FICT-FEMB-R20448193
  address: |-
    77 Crestwood Drive
    Greenbelt, MD 20770
  phone: (301) 555-0152
insurer:
  name: Federal Employees Mutual Benefit Association, Standard Option (FICTIONAL FEHB carrier)
  appeals_address: |-
    FEMBA Reconsiderations (FICTIONAL)
    PO Box 30512
    Baltimore, MD 21203
  fax: (410) 555-0181
claim:
  number: FEMBA-26-0615-20931
  plan_type: fehb
  notice_date: 2026-07-09
  service_dates: [2026-05-04, 2026-06-12]
  sessions: 24
  setting: intensive_outpatient
  procedure_codes: [S9480]
  revenue_codes: ["0905"]
  diagnosis_codes: [F43.12]
  carc_codes: [CO-197]
  denial_reason: >-
    Precertification/authorization absent (CO-197). No precertification was obtained for intensive outpatient
    program services.
  denial_category: prior_authorization
  denial_reasons: [prior_authorization]
  action: none
decisions:
  - date: 2026-10-05
    outcome: denied
    stage: carrier reconsideration
    opens: OPM review
    next_deadline: 2027-01-03
    reason: >-
      We have no record of a precertification request for these services. Our denial stands. You may ask OPM to
      review our decision within 60 days of the date of this letter.
    corrections:
      - said: We have no record of a precertification request for these services.
        record: >-
          The program's call record shows it phoned the carrier's precertification line on 05/01/2026, before the
          first day, and was given reference PCR-26-0501-7730 by the carrier's representative.
        file: other/program-precert-call-record-2026-05-01.txt
        page: 1
      - said: You may ask OPM to review our decision within 60 days of the date of this letter.
        record: >-
          OPM review may be asked within 90 days after the carrier's reconsideration decision (5 CFR 890.105(e)(1));
          the brochure excerpt says the same.
        file: other/brochure-excerpt-2026.txt
        page: 1
external_review:
  agency: U.S. Office of Personnel Management, FEHB review (as named in the brochure; FICTIONAL address)
  address: |-
    OPM Health Insurance Review Unit (FICTIONAL ADDRESS FOR THIS TEST SET)
    PO Box 1000
    Washington, DC 20044
  final_denial_date: 2026-10-05
plan_policy:
  name: FEMBA 2026 Brochure, Section 3 "You need prior Plan approval for certain services"
  number: Section 3
  quote: >-
    Precertification is required for intensive outpatient programs. The provider, you or your family member may
    call us. If no one contacted us for precertification, we will reduce our benefits for the services by $500.
  file: other/brochure-excerpt-2026.txt
  other_terms: >-
    You may ask OPM to review our decision. You must write to OPM within 90 days after the date of our letter
    upholding our initial decision.
  other_terms_file: other/brochure-excerpt-2026.txt
prior_auth:
  requested_on: 2026-05-01
  reason_missing: >-
    None was missing on the program's side: it called the carrier's precertification line on 05/01/2026, before
    the first program day, and was given reference PCR-26-0501-7730; the carrier's clinical review never followed.
treatment:
  name: Trauma intensive outpatient program, 24 program days (S9480, revenue code 0905)
  summary: Three-hour program days, four a week, for chronic PTSD after outpatient therapy was not enough.
clinical:
  severity: PCL-5 61 on 04/28/2026; PCL-5 38 on 06/12/2026
  severity_date: 2026-06-12
  suicidality: none
  suicidality_date: 2026-06-12
author:
  name: Malik Oyelowo-Brandt
  role: Patient advocate, Chesapeake Federal Workers Health Advocacy Project (authorized representative)
  relation: representative
  address: |-
    Chesapeake Federal Workers Health Advocacy Project (FICTIONAL), 6 Metro Center Place, Suite 210
    Greenbelt, MD 20770
  phone: (301) 555-0166
  email: moyelowo@cfwhap.example
  authorization: other/authorization-to-represent-2026-11-02.txt
provider:
  name: Bayside Trauma Recovery Program (FICTIONAL)
  credentials: Dr. Helena Varga-Osei, PsyD, program director
  npi: "1458203977"
  address: |-
    1200 Harbor Point Road
    Annapolis, MD 21401
  phone: (410) 555-0124
call_log:
  - date: 2026-05-01
    who: FEMBA precertification line (representative "Dana")
    reference: PCR-26-0501-7730
    summary: The program requested precertification for IOP starting 05/04/2026 and was given a reference number.
template: external-review-request
bates_prefix: ADEYEMIHARTWELL
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/carrier-reconsideration-2026-10-05.txt": """\
FEDERAL EMPLOYEES MUTUAL BENEFIT ASSOCIATION (FICTIONAL FEHB CARRIER) - RECONSIDERATION DECISION
Date: 10/05/2026   Page 1 of 1
Enrollee: Constance Adeyemi-Hartwell   ID FICT-FEMB-R20448193   Claim FEMBA-26-0615-20931
Services: intensive outpatient program, 05/04/2026-06/12/2026, Bayside Trauma Recovery Program, NPI 1458203977

We have no record of a precertification request for these services. Our denial stands. You may ask OPM to review
our decision within 60 days of the date of this letter.
""",
        "denial/explanation-of-benefits-2026-07-09.txt": """\
FEMBA (FICTIONAL) - EXPLANATION OF BENEFITS      Date: 07/09/2026
Patient: Constance Adeyemi-Hartwell   Claim FEMBA-26-0615-20931   S9480 / revenue code 0905, 24 days
CO-197 Precertification/authorization absent. No precertification was obtained for intensive outpatient program
services. Billed $9,600.00   Paid $0.00. You may ask us to reconsider within 6 months of the date of this notice.
""",
        "clinical/iop-discharge-summary-2026-06-12.txt": """\
BAYSIDE TRAUMA RECOVERY PROGRAM (FICTIONAL) - IOP DISCHARGE SUMMARY     Date: 06/12/2026   Page 1 of 1
Patient: Constance Adeyemi-Hartwell   DOB 09/30/1982   Diagnosis F43.12
Admitted to IOP 05/04/2026 after weekly outpatient therapy since 2024 did not control symptoms. 24 program days
completed 05/04-06/12/2026. PCL-5 61 on 04/28/2026, 38 on 06/12/2026. No suicidal ideation. Step down to weekly
therapy.
""",
        "other/program-precert-call-record-2026-05-01.txt": """\
BAYSIDE TRAUMA RECOVERY PROGRAM (FICTIONAL) - INTAKE CALL RECORD        Page 1 of 1
05/01/2026 10:42 am. Called FEMBA precertification line, 1-800-555-0190. Spoke with "Dana". Requested
precertification for IOP, 4 days a week starting 05/04/2026, patient Constance Adeyemi-Hartwell. Given reference
PCR-26-0501-7730; told clinical review would follow. Staff: J. Pruitt, intake coordinator.
""",
        "other/brochure-excerpt-2026.txt": """\
FEMBA STANDARD OPTION 2026 BROCHURE (FICTIONAL RENDITION, EXCERPT)                Page 1 of 1
Section 3. Precertification is required for intensive outpatient programs. The provider, you or your family
member may call us. If no one contacted us for precertification, we will reduce our benefits for the services by
$500.
Section 8. You may ask OPM to review our decision. You must write to OPM within 90 days after the date of our
letter upholding our initial decision.
""",
        "other/authorization-to-represent-2026-11-02.txt": """\
AUTHORIZATION TO REPRESENT (FICTIONAL)
I, Constance Adeyemi-Hartwell (FEHB ID FICT-FEMB-R20448193), authorize Malik Oyelowo-Brandt of the Chesapeake
Federal Workers Health Advocacy Project to represent me in my disputed claim FEMBA-26-0615-20931 before FEMBA and
the Office of Personnel Management, and to receive my health information for it. Signed 11/02/2026.
""",
    },
    truth="""\
# 03 - FEHB: IOP denied for "no precertification" although the program called; OPM review; the carrier printed 60 days, the rule is 90 (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Constance Adeyemi-Hartwell, 44, a federal employee, is enrolled in an **FEHB** plan (FEMBA Standard Option,
  FICTIONAL). 24 IOP days, 05/04-06/12/2026, denied CO-197 on the EOB of 07/09/2026.
- The program **called the precertification line on 05/01/2026** and was given reference **PCR-26-0501-7730**.
- The brochure (Section 3): if no one contacted the carrier, benefits are **reduced by $500** - not denied.
- **Carrier reconsideration** (first level) upheld on **10/05/2026**, saying "no record of a precertification request"
  and "within 60 days of the date of this letter".
- **Level now: OPM review** (5 CFR 890.105(e)); the request goes to **OPM**, not the carrier.
- **True deadline: 01/03/2027** - 90 days after the carrier's reconsideration decision (5 CFR 890.105(e)(1)); the
  brochure's Section 8 says 90 days too. The carrier's "60 days" (12/04/2026) is wrong; a request on 12/07/2026 is
  timely.
- The advocate is the authorized representative (signed 11/02/2026).

## Deliberately unknown
- Whether the carrier ever did a clinical review after the call: unknown.
- The allowed amount: not in the case.
- Why the carrier has no record of the call: unknown; a letter may ask OPM to get the carrier's call records.

## Traps
- **Wrong window in the carrier's letter:** a letter must not say the OPM request is late, ask for late filing or
  good cause; it is timely under the 90-day rule.
- **Level:** not a second reconsideration by the carrier, not "external review", not a "fair hearing".
- FEHB: no ERISA, no 45 CFR 147.136, no state insurance department external review, no MHPAEA citation.
- **Voice:** the advocate writes about "Ms. Adeyemi-Hartwell".
- No medical necessity was decided: no clinical-reviewer or peer-to-peer request.

## Arguments a strong letter makes
1. The program did contact the carrier for precertification on 05/01/2026 (reference PCR-26-0501-7730), before the
   first day; correct the reconsideration's "no record".
2. Even if no contact were found, the brochure's own term is a $500 reduction, not a total denial.
3. The OPM request is timely: 90 days from 10/05/2026 (01/03/2027), 5 CFR 890.105(e)(1) and the brochure's Section 8.
4. Ask OPM to direct the carrier to pay the 24 days (less at most the $500 reduction).

## What a letter must NOT say
- "within 60 days" as the rule; "late"; "good cause".
- "ERISA"; "29 CFR 2560.503-1"; "45 CFR 147.136"; "external review"; "medically necessary" as the ground.
- "peer-to-peer"; "my treatment".
""",
    answers=[
        ("Date of the carrier's reconsideration decision?", "Date: 10/05/2026", "denial/carrier-reconsideration-2026-10-05.txt"),
        ("Window the carrier printed?", "within 60 days of the date of this letter", "denial/carrier-reconsideration-2026-10-05.txt"),
        ("True window in the brochure?", "within 90 days after the date of our letter", "other/brochure-excerpt-2026.txt"),
        ("True deadline?", "01/03/2027", "truth"),
        ("Rule?", "5 CFR 890.105(e)(1)", "truth"),
        ("Level now?", "OPM review", "case.yaml"),
        ("Precertification reference?", "PCR-26-0501-7730", "other/program-precert-call-record-2026-05-01.txt"),
        ("When did the program call?", "05/01/2026 10:42 am", "other/program-precert-call-record-2026-05-01.txt"),
        ("Brochure consequence of no precertification?", "we will reduce our benefits for the services by $500", "other/brochure-excerpt-2026.txt"),
        ("What did the carrier wrongly state?", "We have no record of a precertification request for these services", "denial/carrier-reconsideration-2026-10-05.txt"),
        ("CARC?", "CO-197", "denial/explanation-of-benefits-2026-07-09.txt"),
        ("Billed amount?", "Billed $9,600.00", "denial/explanation-of-benefits-2026-07-09.txt"),
        ("Program days?", "24 program days completed 05/04-06/12/2026", "clinical/iop-discharge-summary-2026-06-12.txt"),
        ("PCL-5 change?", "PCL-5 61 on 04/28/2026, 38 on 06/12/2026", "clinical/iop-discharge-summary-2026-06-12.txt"),
        ("Authorization date?", "Signed 11/02/2026", "other/authorization-to-represent-2026-11-02.txt"),
        ("First-level window on the EOB?", "within 6 months of the date of this notice", "denial/explanation-of-benefits-2026-07-09.txt"),
    ],
)

# ---------------------------------------------------------------------------------------------------------------
# 04 Medicaid managed care: plan appeal never decided; deemed exhaustion; state fair hearing by legal aid
# ---------------------------------------------------------------------------------------------------------------
case(
    num="04",
    slug="medicaid-managed-care-tms-plan-appeal-never-decided-deemed-exhaustion-fair-hearing-legal-aid",
    yaml="""\
# FICTIONAL CASE (set 68, case 04) - every person, plan, provider, number and address is invented.
# Medicaid managed care, New Jersey, adult 41. TMS prior authorization denied 08/20/2026. Plan appeal faxed
# 09/28/2026 (acknowledged 10/02/2026); the plan never resolved it and sent no extension notice. Standard appeals
# are resolved within 30 days (42 CFR 438.408(b)(2)): due 10/28/2026. The member is deemed to have exhausted the
# plan's process (42 CFR 438.408(c)(3)) and may ask for a state fair hearing now. The 120 days of 438.408(f)(2) run
# from a notice of resolution that was never sent; counted from the day the resolution was due they end 02/25/2027.
patient:
  name: Teodoro Quillan-Achebe
  salutation: Mr. Quillan-Achebe
  date_of_birth: 1985-02-14
  member_id: FICT-GCH-88210457
  address: |-
    35 Lafayette Street, Apt 2B
    Trenton, NJ 08608
  phone: (609) 555-0117
insurer:
  name: Garden Crescent Health Plan, Medicaid managed care (FICTIONAL)
  appeals_address: |-
    Garden Crescent Health Plan, Member Appeals (FICTIONAL)
    PO Box 6610
    Trenton, NJ 08650
  fax: (609) 555-0188
claim:
  number: GCH-PA-26-0820-3374
  plan_type: medicaid
  delivery: managed_care
  notice_date: 2026-08-20
  procedure_codes: ["90867", "90868"]
  diagnosis_codes: [F33.2]
  pending_services: [36 TMS sessions]
  denial_reason: >-
    Your request for transcranial magnetic stimulation is denied. Our clinical guideline BH-TMS-2 requires four
    antidepressant trials; the records show three.
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  action: none
  appeal_deadline: 2027-02-25
  deadline_basis: >-
    No notice of resolution was ever sent, so the 120 days of 42 CFR 438.408(f)(2) have not begun. The plan's
    resolution was due 10/28/2026 (30 days after the appeal of 09/28/2026, 438.408(b)(2)); the member is deemed to
    have exhausted the plan's appeal (438.408(c)(3)). Counted conservatively, 120 days from 10/28/2026.
external_review:
  agency: New Jersey Medicaid fair hearing office (as named in the plan's notice; FICTIONAL office)
  address: |-
    State Medicaid Fair Hearing Unit (FICTIONAL ADDRESS FOR THIS TEST SET)
    PO Box 712
    Trenton, NJ 08625
submissions:
  - date: 2026-09-28
    method: fax
    to: Garden Crescent Health Plan, Member Appeals, (609) 555-0188
    confirmation: fax report 09/28/2026 14:06, 9 pages, OK
    stage: plan appeal (first level)
prior_auth:
  requested_on: 2026-08-10
plan_policy:
  other_terms: >-
    We received your appeal on 09/28/2026. We will send you our decision in writing within 30 calendar days.
  other_terms_file: other/plan-appeal-acknowledgment-2026-10-02.txt
  other_terms_apply: >-
    The plan promised and owed a written resolution by 10/28/2026 (42 CFR 438.408(b)(2)); none came and no extension
    notice was sent, so the member is deemed to have exhausted the plan's appeal (438.408(c)(3)).
call_log:
  - date: 2026-12-04
    who: Garden Crescent Member Appeals, 1-800-555-0172
    reference: CALL-26-1204-88
    summary: Appeal GCH-AP-26-0928-1190 "still in review"; no decision and no extension letter sent.
treatment:
  name: Transcranial magnetic stimulation, 36 sessions (90867, 90868)
  summary: A standard TMS course for severe recurrent depression after four medication trials failed.
  plan: 36 sessions, five a week, with PHQ-9 weekly; stop if no improvement by session 20.
clinical:
  severity: PHQ-9 22 on 08/04/2026
  severity_date: 2026-08-04
  suicidality: none
  suicidality_date: 2026-08-04
  history:
    - drug: Fluoxetine
      dose: 40 mg daily
      start: 2023-01
      end: 2023-04
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response
      evidence: {file: clinical/psychiatry-evaluation-2026-08-04.txt, page: 1}
    - drug: Bupropion XL
      dose: 300 mg daily
      start: 2023-06
      end: 2023-09
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response
      evidence: {file: clinical/psychiatry-evaluation-2026-08-04.txt, page: 1}
    - drug: Desvenlafaxine
      dose: 100 mg daily
      start: 2024-02
      end: 2024-05
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response
      evidence: {file: clinical/psychiatry-evaluation-2026-08-04.txt, page: 1}
    - drug: Mirtazapine
      dose: 45 mg nightly
      start: 2025-09
      end: 2025-12
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response (prescribed at a community clinic; record enclosed)
      evidence: {file: clinical/community-clinic-medication-record-2025-12-15.txt, page: 1}
author:
  name: Beatriz Kowalczyk-Iwu
  role: Staff attorney, Delaware Valley Legal Aid (authorized representative)
  relation: representative
  address: |-
    Delaware Valley Legal Aid (FICTIONAL), 120 East State Street, 4th Floor
    Trenton, NJ 08608
  phone: (609) 555-0109
  email: bkowalczyk@dvlegalaid.example
  authorization: other/representative-authorization-2026-11-16.txt
provider:
  name: Capital City Neuromodulation (FICTIONAL)
  credentials: Dr. Anand Seferian-Lowe, MD
  npi: "1903662181"
  address: |-
    800 Brunswick Avenue
    Trenton, NJ 08638
  phone: (609) 555-0130
record_dates:
  - file: clinical/psychiatry-evaluation-2026-08-04.txt
    date: 2026-08-04
  - file: clinical/community-clinic-medication-record-2025-12-15.txt
    date: 2025-12-15
bates_prefix: QUILLANACHEBE
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/adverse-benefit-determination-2026-08-20.txt": """\
GARDEN CRESCENT HEALTH PLAN (FICTIONAL) - NOTICE OF ADVERSE BENEFIT DETERMINATION    Date: 08/20/2026
Member: Teodoro Quillan-Achebe   ID FICT-GCH-88210457   Reference GCH-PA-26-0820-3374
Your request for transcranial magnetic stimulation is denied. Our clinical guideline BH-TMS-2 requires four
antidepressant trials; the records show three.
Your rights: You may appeal to us within 60 days of the date of this notice. We will decide a standard appeal
within 30 calendar days. If we do not decide in time, you may ask for a State fair hearing. After our decision you
may ask for a State fair hearing within 120 days of the date of our appeal decision.
""",
        "other/plan-appeal-acknowledgment-2026-10-02.txt": """\
GARDEN CRESCENT HEALTH PLAN (FICTIONAL) - ACKNOWLEDGMENT OF APPEAL        Date: 10/02/2026
Member: Teodoro Quillan-Achebe   Appeal number GCH-AP-26-0928-1190
We received your appeal on 09/28/2026. We will send you our decision in writing within 30 calendar days.
""",
        "other/fax-confirmation-2026-09-28.txt": """\
FAX TRANSMISSION REPORT (FICTIONAL)   Delaware Valley Legal Aid
09/28/2026 14:06   To (609) 555-0188   Pages 9   Result OK
Document: Appeal for Teodoro Quillan-Achebe, reference GCH-PA-26-0820-3374, with community clinic record.
""",
        "other/representative-authorization-2026-11-16.txt": """\
AUTHORIZATION OF REPRESENTATIVE (FICTIONAL)
I, Teodoro Quillan-Achebe (Medicaid ID FICT-GCH-88210457), authorize Beatriz Kowalczyk-Iwu, attorney at Delaware
Valley Legal Aid, to act for me in my appeal to Garden Crescent Health Plan and in the State fair hearing, and to
see my health records for them. Signed 11/16/2026. (An earlier authorization of 09/20/2026 covered the plan appeal.)
""",
        "other/case-notes-no-decision-2026-12-04.txt": """\
DELAWARE VALLEY LEGAL AID (FICTIONAL) - FILE NOTE        12/04/2026
Checked with Garden Crescent Member Appeals, 1-800-555-0172, reference CALL-26-1204-88: appeal GCH-AP-26-0928-1190
"still in review". No decision and no extension letter has been sent. Member has received nothing since the
acknowledgment of 10/02/2026.
""",
        "clinical/psychiatry-evaluation-2026-08-04.txt": """\
CAPITAL CITY NEUROMODULATION (FICTIONAL) - TMS EVALUATION     Date: 08/04/2026   Page 1 of 1
Patient: Teodoro Quillan-Achebe   DOB 02/14/1985
PHQ-9 22. No suicidal ideation. Trials: fluoxetine 40 mg (01-04/2023), bupropion XL 300 mg (06-09/2023),
desvenlafaxine 100 mg (02-05/2024), each without response. Patient reports a fourth trial, mirtazapine 45 mg, at a
community clinic in late 2025; record requested. Plan: 36 TMS sessions.
""",
        "clinical/community-clinic-medication-record-2025-12-15.txt": """\
MERCER COMMUNITY HEALTH CENTER (FICTIONAL) - MEDICATION RECORD    Date: 12/15/2025   Page 1 of 1
Patient: Teodoro Quillan-Achebe   DOB 02/14/1985
Mirtazapine 15 mg started 09/2025, raised to 45 mg nightly 10/2025; stopped 12/15/2025: no response.
""",
    },
    truth="""\
# 04 - Medicaid managed care: TMS appeal the plan never decided; deemed exhaustion; state fair hearing requested by legal aid (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Teodoro Quillan-Achebe, 41, **Medicaid managed care** (Garden Crescent, FICTIONAL, NJ). Prior authorization for 36
  TMS sessions denied **08/20/2026** (BH-TMS-2: four trials; "records show three").
- The plan appeal was faxed **09/28/2026** (fax report OK), within 60 days (42 CFR 438.402(c)(2)(ii)); the plan
  **acknowledged** it 10/02/2026 (appeal GCH-AP-26-0928-1190).
- A standard appeal must be resolved within **30 calendar days** (42 CFR 438.408(b)(2)): by **10/28/2026**. No
  decision and **no extension notice** came (file note 12/04/2026).
- **Deemed exhaustion:** a plan that fails the timing rules leaves the member deemed to have exhausted its appeal
  process, and the member may ask for a **state fair hearing** (42 CFR 438.408(c)(3); 438.402(c)(1)(i)(A)).
- **Level now: state fair hearing**, requested from the state, not from the plan.
- **Deadline:** the 120 days of 42 CFR 438.408(f)(2) run from a notice of resolution, which was never sent, so no
  window has started; counted conservatively from the day the resolution was due (10/28/2026): **02/25/2027**.
- The fourth trial (mirtazapine 45 mg, 09-12/2025) is in the community clinic's record, sent with the appeal.
- The attorney is the authorized representative (11/16/2026; an earlier authorization of 09/20/2026 covered the
  plan appeal).

## Deliberately unknown
- What the plan's reviewer will decide, if ever: unknown.
- Whether the state will also order an expedited hearing: not asked; the case is not urgent on its record.
- The state fair hearing office's real name and address: fictional here.

## Traps
- **Never decided:** a letter must not quote or answer an "appeal decision" or "notice of resolution"; there is none.
- **Level:** not a second plan appeal; not "external review"; not ERISA.
- **Deadline:** not "120 days from the notice of 08/20/2026" (that would be 12/18/2026); not "already late".
- **Benefits during appeal** (438.420) do not apply: this is a new request (no care authorized was cut).
- Medicaid: no ERISA, no 45 CFR 147.136; the expert-names right is ERISA-only (ask, cite no duty).
- **Voice:** the attorney writes about "Mr. Quillan-Achebe".

## Arguments a strong letter makes
1. The plan never resolved the appeal filed 09/28/2026 (acknowledged 10/02/2026) within 30 days, sent no extension
   notice: the member is deemed to have exhausted the plan's process (438.408(c)(3)) and asks for a state fair
   hearing now.
2. The criterion is met: four adequate antidepressant trials, the fourth (mirtazapine 45 mg) in the community
   clinic record of 12/15/2025, enclosed with the appeal.
3. The request is timely: no notice of resolution started the 120 days; even counted from 10/28/2026, by 02/25/2027.
4. Ask the hearing office to order the plan to authorize the 36 sessions.

## What a letter must NOT say
- "the plan's appeal decision"; "notice of resolution dated"; "second-level appeal"; "external review".
- "ERISA"; "29 CFR 2560.503-1"; "45 CFR 147.136"; "within 90 days".
- "continue during the appeal" (438.420: nothing was cut).
- "my treatment".
""",
    answers=[
        ("Date of the adverse benefit determination?", "Date: 08/20/2026", "denial/adverse-benefit-determination-2026-08-20.txt"),
        ("Plan appeal window on the notice?", "within 60 days of the date of this notice", "denial/adverse-benefit-determination-2026-08-20.txt"),
        ("When was the plan appeal faxed?", "09/28/2026 14:06", "other/fax-confirmation-2026-09-28.txt"),
        ("When did the plan acknowledge it?", "We received your appeal on 09/28/2026", "other/plan-appeal-acknowledgment-2026-10-02.txt"),
        ("Plan appeal number?", "GCH-AP-26-0928-1190", "other/plan-appeal-acknowledgment-2026-10-02.txt"),
        ("Resolution time promised?", "within 30 calendar days", "other/plan-appeal-acknowledgment-2026-10-02.txt"),
        ("Was a decision or extension sent?", "No decision and no extension letter has been sent", "other/case-notes-no-decision-2026-12-04.txt"),
        ("What the notice says if the plan does not decide in time?", "If we do not decide in time, you may ask for a State fair hearing", "denial/adverse-benefit-determination-2026-08-20.txt"),
        ("Level now?", "state fair hearing", "truth"),
        ("Deemed exhaustion rule?", "42 CFR 438.408(c)(3)", "truth"),
        ("Latest safe deadline?", "02/25/2027", "truth"),
        ("Fourth trial?", "raised to 45 mg nightly 10/2025; stopped 12/15/2025: no response", "clinical/community-clinic-medication-record-2025-12-15.txt"),
        ("Guideline cited?", "BH-TMS-2", "denial/adverse-benefit-determination-2026-08-20.txt"),
        ("PHQ-9 at evaluation?", "PHQ-9 22", "clinical/psychiatry-evaluation-2026-08-04.txt"),
        ("Authorization date?", "Signed 11/16/2026", "other/representative-authorization-2026-11-16.txt"),
        ("Call reference of 12/04?", "CALL-26-1204-88", "other/case-notes-no-decision-2026-12-04.txt"),
    ],
)

# ---------------------------------------------------------------------------------------------------------------
# 05 Self-funded ERISA plan: federal external review after the final internal denial (4 months, not 180 days)
# ---------------------------------------------------------------------------------------------------------------
case(
    num="05",
    slug="self-funded-erisa-accelerated-tms-experimental-final-denial-voluntary-level-offered-external-review-patient",
    yaml="""\
# FICTIONAL CASE (set 68, case 05) - every person, plan, provider, number and address is invented.
# Self-funded employer plan (ERISA), Colorado, 2,900 employees. An accelerated TMS course (50 sessions over 5 days,
# 06/08-06/12/2026) denied as experimental on the claim notice of 07/01/2026 (post-service); first-level appeal
# upheld 07/29/2026; second (final) internal level upheld 08/14/2026. The final denial also offers a "voluntary
# third-level review by the Plan Sponsor". External review under the federal process (29 CFR 2590.715-2719(d))
# must be asked within 4 months of receipt of the final denial: 12/14/2026, counted from its date.
patient:
  name: Marguerite Solberg-Nakamura
  salutation: Ms. Solberg-Nakamura
  date_of_birth: 1988-04-19
  member_id: FICT-AHW-33019284
  address: |-
    2250 Pearl Street, Unit 5
    Boulder, CO 80302
  phone: (303) 555-0144
  email: msolberg@mailbox.example
insurer:
  name: Alpine Harbor Workforce Health Plan (self-funded), administered by Summit Ridge Benefit Administrators (FICTIONAL)
  appeals_address: |-
    Summit Ridge Benefit Administrators, External Review Requests (FICTIONAL)
    PO Box 18830
    Denver, CO 80218
  fax: (303) 555-0186
claim:
  number: SRB-26-0701-55120
  plan_type: employer_erisa
  funding: self_funded
  employees: 2900
  notice_date: 2026-07-01
  service_dates: [2026-06-08, 2026-06-12]
  sessions: 50
  setting: outpatient
  procedure_codes: ["90867", "90868"]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-55]
  denial_reason: >-
    Accelerated (multiple sessions per day) transcranial magnetic stimulation is experimental/investigational under
    Medical Policy MP-TMS-14, Section 4. (CARC 55)
  denial_category: experimental_investigational
  denial_reasons: [experimental_investigational]
  action: none
  coding_correct: true
decisions:
  - date: 2026-07-29
    outcome: denied
    stage: first level
    opens: second level
    next_deadline: 2027-01-25
  - date: 2026-08-14
    outcome: denied
    stage: second level (final internal)
    opens: external review
    next_deadline: 2026-12-14
    reason: >-
      The second-level committee upholds the denial. Accelerated TMS remains investigational under MP-TMS-14,
      Section 4. This is the Plan's final internal decision. You may request external review within four months
      after you receive this letter. You may also file a voluntary third-level review with the Plan Sponsor within
      60 days; you are not required to do so before seeking external review.
external_review:
  agency: Independent review organization assigned by the plan under the federal external review process
  address: |-
    Summit Ridge Benefit Administrators, External Review Requests (FICTIONAL)
    PO Box 18830
    Denver, CO 80218
  final_denial_date: 2026-08-14
plan_policy:
  name: Summit Ridge Medical Policy MP-TMS-14, Transcranial Magnetic Stimulation, Section 4
  number: MP-TMS-14
  quote: >-
    Section 4. Accelerated or intensive protocols that deliver more than one TMS session per day are considered
    experimental/investigational.
  file: denial/final-internal-denial-2026-08-14.txt
  other_terms: >-
    Article 12.4: After the Plan's final internal adverse benefit determination that involves medical judgment,
    including a determination that a treatment is experimental or investigational, you may request external review
    by an independent review organization within four months after receipt of the final determination. Article
    12.5: You need not use [the voluntary review by the Plan Sponsor] before external review or a lawsuit.
  other_terms_file: other/spd-excerpt-claims-and-appeals.txt
treatment:
  name: Accelerated transcranial magnetic stimulation, 50 sessions over 5 days (90867, 90868)
  summary: >-
    Ten sessions a day for five days, guided by imaging, after a standard once-daily TMS course in 2024 gave only a
    partial response and four medications failed.
clinical:
  severity: MADRS 35 on 06/05/2026; MADRS 9 on 07/10/2026
  severity_date: 2026-07-10
  suicidality: passive
  suicidality_date: 2026-06-05
  response: MADRS 35 before the course, 9 four weeks after it
  response_level: remission
  history:
    - drug: Escitalopram
      dose: 20 mg daily
      start: 2021-03
      end: 2021-07
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response
      evidence: {file: clinical/tms-clinic-summary-2026-07-10.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 225 mg daily
      start: 2021-08
      end: 2022-01
      kind: antidepressant
      adequate: true
      failed: true
      response: partial
      outcome: Partial response, then relapse
      evidence: {file: clinical/tms-clinic-summary-2026-07-10.txt, page: 1}
    - drug: Lithium augmentation
      dose: 600 mg daily (level 0.6)
      start: 2022-02
      end: 2022-05
      kind: augmentation
      failed: true
      response: none
      outcome: No response
      evidence: {file: clinical/tms-clinic-summary-2026-07-10.txt, page: 1}
    - drug: Vortioxetine
      dose: 20 mg daily
      start: 2023-01
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued
      evidence: {file: clinical/tms-clinic-summary-2026-07-10.txt, page: 1}
    - drug: Standard TMS course
      dose: 36 once-daily sessions
      start: 2024-04
      end: 2024-05
      kind: neuromodulation
      sessions: 36
      adequate: true
      response: partial
      outcome: Partial response
      evidence: {file: clinical/tms-clinic-summary-2026-07-10.txt, page: 1}
author:
  name: Marguerite Solberg-Nakamura
  role: Patient
  relation: patient
  address: |-
    2250 Pearl Street, Unit 5
    Boulder, CO 80302
  phone: (303) 555-0144
  email: msolberg@mailbox.example
provider:
  name: Front Range Rapid TMS Center (FICTIONAL)
  credentials: Dr. Odile Brannigan-Saito, MD
  npi: "1329077543"
  address: |-
    4800 Baseline Road, Suite 110
    Boulder, CO 80303
  phone: (303) 555-0127
record_dates:
  - file: clinical/tms-clinic-summary-2026-07-10.txt
    date: 2026-07-10
template: external-review-request
bates_prefix: SOLBERGNAKAMURA
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/final-internal-denial-2026-08-14.txt": """\
SUMMIT RIDGE BENEFIT ADMINISTRATORS (FICTIONAL) for ALPINE HARBOR WORKFORCE HEALTH PLAN (self-funded)
SECOND-LEVEL APPEAL DECISION - FINAL INTERNAL ADVERSE BENEFIT DETERMINATION      Date: 08/14/2026
Member: Marguerite Solberg-Nakamura   ID FICT-AHW-33019284   Claim SRB-26-0701-55120
Services 06/08/2026-06/12/2026, 90867/90868, 50 sessions, Front Range Rapid TMS Center, NPI 1329077543

The second-level committee upholds the denial. Accelerated TMS remains investigational under MP-TMS-14, Section 4.
Section 4. Accelerated or intensive protocols that deliver more than one TMS session per day are considered
experimental/investigational.
This is the Plan's final internal decision. You may request external review within four months after you receive
this letter. You may also file a voluntary third-level review with the Plan Sponsor within 60 days; you are not
required to do so before seeking external review.
""",
        "denial/first-level-decision-2026-07-29.txt": """\
SUMMIT RIDGE BENEFIT ADMINISTRATORS (FICTIONAL) - FIRST-LEVEL APPEAL DECISION     Date: 07/29/2026
Member: Marguerite Solberg-Nakamura   Claim SRB-26-0701-55120
Upheld: experimental/investigational (MP-TMS-14, Section 4). You may file a second-level appeal within 180 days.
(Original claim notice: 07/01/2026, CARC 55.)
""",
        "clinical/tms-clinic-summary-2026-07-10.txt": """\
FRONT RANGE RAPID TMS CENTER (FICTIONAL) - TREATMENT SUMMARY     Date: 07/10/2026   Page 1 of 1
Patient: Marguerite Solberg-Nakamura   DOB 04/19/1988
History: escitalopram 20 mg (03-07/2021) no response; venlafaxine XR 225 mg (08/2021-01/2022) partial response
then relapse; lithium augmentation (02-05/2022) no response; vortioxetine 20 mg since 01/2023, partial response,
continued; standard once-daily TMS, 36 sessions (04-05/2024), partial response.
06/05/2026: MADRS 35, passive death wish without plan.
06/08-06/12/2026: accelerated TMS, 10 sessions a day for 5 days (50 sessions), imaging-guided target.
07/10/2026: MADRS 9 (remission). No suicidal ideation.
""",
        "other/spd-excerpt-claims-and-appeals.txt": """\
ALPINE HARBOR WORKFORCE HEALTH PLAN - SUMMARY PLAN DESCRIPTION (FICTIONAL RENDITION, EXCERPT)
Article 12.4 External review. After the Plan's final internal adverse benefit determination that involves medical
judgment, including a determination that a treatment is experimental or investigational, you may request external
review by an independent review organization within four months after receipt of the final determination.
Article 12.5 Voluntary level. The Plan offers a voluntary review by the Plan Sponsor. You need not use it before
external review or a lawsuit.
""",
    },
    truth="""\
# 05 - Self-funded ERISA plan: accelerated TMS denied as experimental through both internal levels; external review within 4 months; the patient writes (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Marguerite Solberg-Nakamura, 38, in a **self-funded ERISA** plan (2,900 employees). 50 accelerated TMS sessions,
  06/08-06/12/2026, denied as **experimental** (MP-TMS-14 Section 4; CARC 55) on 07/01/2026.
- First-level appeal upheld **07/29/2026**; **second-level (final internal)** upheld **08/14/2026**.
- **Level now: external review** by an independent review organization under the **federal** process for
  self-funded plans, **29 CFR 2590.715-2719(d)** (not a state process; not a third internal appeal).
- **True deadline: 12/14/2026** - 4 months after receipt of the final internal denial (29 CFR 2590.715-2719(d)(2)(i);
  SPD Article 12.4), counted from the notice date 08/14/2026. Not 180 days; a week remains on 12/07/2026.
- The final denial offers a **voluntary** third-level review by the Plan Sponsor; it need not be used before
  external review (SPD 12.5; 29 CFR 2560.503-1(c)(3)).
- The denial is experimental/investigational, so it is a **medical judgment** eligible for external review.
- Outcome: **MADRS 35 to 9** (remission) four weeks after the course; vortioxetine continues.

## Deliberately unknown
- FDA clearance of the specific accelerated protocol and device: not in the case record; a letter must not assert it.
- Which IRO the plan will assign: unknown.
- The billed amount: not in the case.

## Traps
- **Deadline:** 12/14/2026 (4 months), not "180 days"; a letter must not say there is time until 2027.
- **Level:** not a third internal appeal; the voluntary level is optional and not what is asked.
- **Rule:** cite 29 CFR 2590.715-2719 for the self-funded plan's external review, not the state's process; 45 CFR
  147.136 alone is the insured/individual rule.
- **Vortioxetine** continues (partial response): never "failed" or "stopped". The 2024 TMS course was a partial
  response, not a failure.
- **Voice:** the patient writes, "I".
- Passive death wish was in June; none now.

## Arguments a strong letter makes
1. Ask for external review now, timely by 12/14/2026, of a medical-judgment denial (experimental), under 29 CFR
   2590.715-2719(d); expedited is not needed (care already given).
2. The record: remission (MADRS 9) after the course, after four medication trials and a standard TMS course with only
   partial response.
3. Ask the IRO to decide without deference to the plan (de novo) and ask for the claim file and the criteria.

## What a letter must NOT say
- "180 days" as the window; "third-level appeal" as what is asked; "second-level appeal" as what is asked.
- "failed vortioxetine"; "FDA cleared" (unknown); "active suicidal ideation".
- "Medicare"; "Medicaid"; "state insurance department" as the external reviewer.
""",
    answers=[
        ("Date of the final internal denial?", "Date: 08/14/2026", "denial/final-internal-denial-2026-08-14.txt"),
        ("External review window?", "within four months after you receive this letter", "denial/final-internal-denial-2026-08-14.txt"),
        ("True deadline?", "12/14/2026", "truth"),
        ("Rule for self-funded external review?", "29 CFR 2590.715-2719(d)", "truth"),
        ("Is the voluntary level required?", "you are not required to do so before seeking external review", "denial/final-internal-denial-2026-08-14.txt"),
        ("Date of the first-level decision?", "Date: 07/29/2026", "denial/first-level-decision-2026-07-29.txt"),
        ("Policy and section?", "MP-TMS-14, Section 4", "denial/final-internal-denial-2026-08-14.txt"),
        ("Original claim notice date?", "Original claim notice: 07/01/2026, CARC 55", "denial/first-level-decision-2026-07-29.txt"),
        ("SPD article for external review?", "Article 12.4 External review", "other/spd-excerpt-claims-and-appeals.txt"),
        ("Sessions and days?", "10 sessions a day for 5 days (50 sessions)", "clinical/tms-clinic-summary-2026-07-10.txt"),
        ("MADRS before?", "06/05/2026: MADRS 35", "clinical/tms-clinic-summary-2026-07-10.txt"),
        ("MADRS after?", "07/10/2026: MADRS 9 (remission)", "clinical/tms-clinic-summary-2026-07-10.txt"),
        ("Earlier TMS?", "standard once-daily TMS, 36 sessions (04-05/2024), partial response", "clinical/tms-clinic-summary-2026-07-10.txt"),
        ("Drug still taken?", "vortioxetine 20 mg since 01/2023, partial response", "clinical/tms-clinic-summary-2026-07-10.txt"),
        ("Funding?", "self_funded", "case.yaml"),
        ("Employees?", "employees: 2900", "case.yaml"),
    ],
)

# ---------------------------------------------------------------------------------------------------------------
# 06 TRICARE Select: corrected claim denied as late; reconsideration names the wrong next level
# ---------------------------------------------------------------------------------------------------------------
case(
    num="06",
    slug="tricare-select-psychotherapy-corrected-claim-timely-filing-wrong-next-level-named-dha-formal-review-sponsor",
    yaml="""\
# FICTIONAL CASE (set 68, case 06) - every person, plan, provider, number and address is invented.
# TRICARE Select, retiree's spouse, Texas. 12 psychotherapy visits 06/09-09/15/2025. Original claim received
# 10/14/2025 (within one year of every visit, 32 CFR 199.7(d)), denied for a missing rendering provider NPI; the
# corrected (replacement, frequency code 7) claim of 08/03/2026 was denied as filed late (CO-29). The contractor's
# reconsideration of 10/20/2026 upheld and pointed to a "second reconsideration by the TRICARE Quality Monitoring
# Contractor within 90 days" - the route for medical-necessity denials. A timely-filing denial is factual: the next
# level is a formal review by the Defense Health Agency, 60 days from the reconsideration: 12/19/2026.
patient:
  name: Rosalind Obuya-Kettering
  salutation: Mrs. Obuya-Kettering
  date_of_birth: 1968-08-02
  member_id: FICT-DBN-6620418837
  address: |-
    3107 Fort Sam Trail
    San Antonio, TX 78234
  phone: (210) 555-0121
insurer:
  name: TRICARE Select - Lone Star Regional Contractor (FICTIONAL)
  appeals_address: |-
    Lone Star Regional Contractor, Reconsiderations (FICTIONAL)
    PO Box 90218
    San Antonio, TX 78209
  fax: (210) 555-0183
claim:
  number: LSR-26-0803-71025
  other_numbers: [LSR-25-1014-40877]
  plan_type: tricare
  notice_date: 2026-08-27
  service_dates: [2025-06-09, 2025-09-15]
  sessions: 12
  setting: outpatient
  procedure_codes: ["90837"]
  diagnosis_codes: [F41.1]
  carc_codes: [CO-29]
  denial_reason: >-
    The time limit for filing has expired (CO-29). Claims must be filed within one year of the date of service.
    Claim received 08/03/2026.
  denial_category: timely_filing
  denial_reasons: [timely_filing]
  coding_correct: false
  action: none
decisions:
  - date: 2026-10-20
    outcome: denied
    stage: reconsideration by the regional contractor
    opens: formal review by the Defense Health Agency
    next_deadline: 2026-12-19
    reason: >-
      The reconsideration upholds the denial: the claim received 08/03/2026 was filed more than one year after the
      dates of service. You may request a second reconsideration by the TRICARE Quality Monitoring Contractor
      within 90 days of this decision.
    corrections:
      - said: the claim received 08/03/2026 was filed more than one year after the dates of service
        record: >-
          The claim of 08/03/2026 is a corrected (replacement) claim of the original claim LSR-25-1014-40877, which the
          contractor received on 10/14/2025, within one year of every visit; the contractor's own remittance shows it.
        file: other/remittance-original-claim-2025-10-30.txt
        page: 1
external_review:
  agency: Defense Health Agency, Appeals, Hearings and Claims Collection Division (FICTIONAL address)
  address: |-
    Defense Health Agency Formal Review (FICTIONAL ADDRESS FOR THIS TEST SET)
    16401 Example Parkway
    Aurora, CO 80011
  final_denial_date: 2026-10-20
plan_policy:
  name: Lone Star Regional Contractor Provider Handbook, Section 8.3 "Corrected claims" (FICTIONAL RENDITION)
  number: Section 8.3
  quote: >-
    Claims must be filed within one year of the date of service. A corrected claim (frequency code 7) that replaces
    a claim received within the filing limit is considered timely.
  file: other/provider-handbook-section-8-3-excerpt.txt
filing:
  first_submitted: 2025-10-13
  received: 2025-10-14
  proof: [other/remittance-original-claim-2025-10-30.txt]
  limit_deadline: 2026-06-09
  method: electronic claim through the practice's clearinghouse
  resent: 2026-08-03
corrected_claim:
  error: The original claim left out the rendering provider's NPI in box 24J; the corrected claim adds it.
  resubmission_code: "7"
  file: other/corrected-claim-summary-2026-08-03.txt
  lines:
    - code: "90837"
      units: 12
      documented: twelve 60-minute psychotherapy visits
      evidence: {file: other/corrected-claim-summary-2026-08-03.txt, page: 1}
treatment:
  name: Individual psychotherapy, 12 visits (90837)
  summary: Weekly psychotherapy for generalized anxiety disorder; coverage of the visits is not disputed.
clinical:
  severity: GAD-7 17 on 06/09/2025; GAD-7 8 on 09/15/2025
  severity_date: 2025-09-15
  suicidality: none
author:
  name: Gideon Kettering
  role: Retired sponsor (husband) and authorized representative
  relation: representative
  address: |-
    3107 Fort Sam Trail
    San Antonio, TX 78234
  phone: (210) 555-0122
  email: g.kettering@mailbox.example
  authorization: other/authorization-of-representative-2026-11-03.txt
provider:
  name: Alamo Heights Counseling (FICTIONAL)
  credentials: Yvette Raskin-Oduro, LCSW
  npi: "1760438212"
  address: |-
    5100 Broadway, Suite 204
    San Antonio, TX 78209
  phone: (210) 555-0135
template: external-review-request
bates_prefix: OBUYAKETTERING
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/reconsideration-decision-2026-10-20.txt": """\
LONE STAR REGIONAL CONTRACTOR (FICTIONAL) - TRICARE SELECT - RECONSIDERATION DECISION     Date: 10/20/2026
Beneficiary: Rosalind Obuya-Kettering   DBN FICT-DBN-6620418837   Sponsor: Gideon Kettering (retired)
Claim LSR-26-0803-71025   Services 06/09/2025-09/15/2025, 90837 x12   Provider NPI 1760438212
The reconsideration upholds the denial: the claim received 08/03/2026 was filed more than one year after the dates
of service. You may request a second reconsideration by the TRICARE Quality Monitoring Contractor within 90 days of
this decision. Amount in dispute: $1,740.00.
""",
        "denial/explanation-of-benefits-2026-08-27.txt": """\
LONE STAR REGIONAL CONTRACTOR (FICTIONAL) - TRICARE EXPLANATION OF BENEFITS      Date: 08/27/2026
Claim LSR-26-0803-71025 (frequency code 7, replaces LSR-25-1014-40877)   Received 08/03/2026
CO-29 The time limit for filing has expired. Claims must be filed within one year of the date of service.
You may ask us to reconsider within 90 days of the date of this notice.
""",
        "other/remittance-original-claim-2025-10-30.txt": """\
LONE STAR REGIONAL CONTRACTOR (FICTIONAL) - PROVIDER REMITTANCE     Date: 10/30/2025   Page 1 of 1
Payee: Alamo Heights Counseling   Claim LSR-25-1014-40877   Received 10/14/2025
Patient: Rosalind Obuya-Kettering   90837 x12, 06/09/2025-09/15/2025
Denied CO-16 / N290: missing rendering provider identifier. Submit a corrected claim.
""",
        "other/corrected-claim-summary-2026-08-03.txt": """\
ALAMO HEIGHTS COUNSELING (FICTIONAL) - CORRECTED CLAIM SUMMARY     Sent 08/03/2026   Page 1 of 1
Frequency code 7 (replacement of prior claim), original reference LSR-25-1014-40877.
Correction: rendering provider NPI 1760438212 added in box 24J. Lines unchanged: 90837 x12, 06/09-09/15/2025.
""",
        "other/provider-handbook-section-8-3-excerpt.txt": """\
LONE STAR REGIONAL CONTRACTOR PROVIDER HANDBOOK (FICTIONAL RENDITION, EXCERPT)     Section 8.3
Claims must be filed within one year of the date of service. A corrected claim (frequency code 7) that replaces a
claim received within the filing limit is considered timely.
""",
        "other/authorization-of-representative-2026-11-03.txt": """\
APPOINTMENT OF REPRESENTATIVE FOR A TRICARE APPEAL (FICTIONAL)
I, Rosalind Obuya-Kettering, appoint my husband Gideon Kettering to represent me in the appeal of claim
LSR-26-0803-71025 and its original LSR-25-1014-40877. Signed 11/03/2026.
""",
        "clinical/therapy-summary-2025-09-15.txt": """\
ALAMO HEIGHTS COUNSELING (FICTIONAL) - THERAPY SUMMARY      Date: 09/15/2025   Page 1 of 1
Client: Rosalind Obuya-Kettering   DOB 08/02/1968   Diagnosis F41.1
12 weekly 60-minute sessions, 06/09-09/15/2025. GAD-7 17 at the start, 8 at the end. No suicidal ideation.
""",
    },
    truth="""\
# 06 - TRICARE Select: corrected claim denied as late; the reconsideration names the medical-necessity route; formal review by the DHA, requested by the sponsor (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Rosalind Obuya-Kettering, 58, **TRICARE Select**, spouse of a retired sponsor. 12 psychotherapy visits (90837),
  06/09-09/15/2025.
- Original claim **LSR-25-1014-40877 received 10/14/2025** - within one year of every visit (32 CFR 199.7(d); the
  earliest visit's year ran to 06/09/2026) - denied for a missing rendering NPI (CO-16/N290).
- Corrected claim (**frequency code 7**) sent **08/03/2026**, denied **CO-29** on 08/27/2026. The contractor's own
  handbook (fictional rendition, Section 8.3): a corrected claim replacing a timely claim **is timely**.
- **Reconsideration** by the regional contractor upheld **10/20/2026**, naming a "second reconsideration by the TRICARE
  Quality Monitoring Contractor within 90 days" - the route for **medical-necessity** denials only.
- **Level now:** a timely-filing denial is a **factual** appeal: **formal review by the Defense Health Agency**,
  requested within **60 days** of the reconsideration decision (32 CFR 199.10), amount in dispute $1,740 (over $50).
- **True deadline: 12/19/2026.** Not 01/18/2027 (the wrong 90 days).
- The sponsor writes under the patient's signed appointment (11/03/2026).

## Deliberately unknown
- Whether DHA will accept a request addressed by the contractor's wrong instructions to the TQMC: unknown; filing
  with DHA by 12/19/2026 avoids the question.
- The paragraph letter of 32 CFR 199.10 for the 60 days: not checked (cite the section).

## Traps
- **Wrong level named by the decision:** the letter must not request a "second reconsideration" by the TQMC nor rely
  on "90 days".
- **Coding:** the original claim had an error (`coding_correct: false`); never "correctly coded" for the original.
- TRICARE: no ERISA, no 45 CFR 147.136, no MHPAEA, no state insurance department, no external review.
- No medical necessity: no peer-to-peer, no clinical reviewer.
- **Voice:** the husband writes about "Mrs. Obuya-Kettering".

## Arguments a strong letter makes
1. The claim was filed in time: the original LSR-25-1014-40877 was received 10/14/2025, within one year of every
   visit (remittance of 10/30/2025); the claim of 08/03/2026 is its replacement (frequency code 7), timely under
   the contractor's Section 8.3.
2. This is a formal review by the DHA, requested within 60 days of the reconsideration of 10/20/2026 (by
   12/19/2026); amount in dispute $1,740.
3. Ask that the corrected claim be processed and paid as a replacement of the timely original.

## What a letter must NOT say
- "second reconsideration"; "Quality Monitoring Contractor" as the addressee; "within 90 days" as the window now.
- "ERISA"; "45 CFR 147.136"; "parity"; "external review"; "medically necessary" as the ground.
- "correctly coded" (of the original claim); "peer-to-peer".
""",
    answers=[
        ("Reconsideration date?", "RECONSIDERATION DECISION     Date: 10/20/2026", "denial/reconsideration-decision-2026-10-20.txt"),
        ("What wrong level does it name?", "second reconsideration by the TRICARE Quality Monitoring Contractor", "denial/reconsideration-decision-2026-10-20.txt"),
        ("True next level?", "formal review by the Defense Health Agency", "truth"),
        ("True deadline?", "12/19/2026", "truth"),
        ("Rule?", "32 CFR 199.10", "truth"),
        ("Amount in dispute?", "Amount in dispute: $1,740.00", "denial/reconsideration-decision-2026-10-20.txt"),
        ("Original claim received?", "Received 10/14/2025", "other/remittance-original-claim-2025-10-30.txt"),
        ("Original claim number?", "LSR-25-1014-40877", "other/remittance-original-claim-2025-10-30.txt"),
        ("Why was the original denied?", "missing rendering provider identifier", "other/remittance-original-claim-2025-10-30.txt"),
        ("Corrected claim frequency code?", "Frequency code 7 (replacement of prior claim)", "other/corrected-claim-summary-2026-08-03.txt"),
        ("Corrected claim sent?", "Sent 08/03/2026", "other/corrected-claim-summary-2026-08-03.txt"),
        ("Handbook rule on corrected claims?", "A corrected claim (frequency code 7) that replaces a claim received within the filing limit is considered timely", "other/provider-handbook-section-8-3-excerpt.txt"),
        ("EOB date?", "EXPLANATION OF BENEFITS      Date: 08/27/2026", "denial/explanation-of-benefits-2026-08-27.txt"),
        ("CARC?", "CO-29", "denial/explanation-of-benefits-2026-08-27.txt"),
        ("Authorization date?", "Signed 11/03/2026", "other/authorization-of-representative-2026-11-03.txt"),
        ("GAD-7 change?", "GAD-7 17 at the start, 8 at the end", "clinical/therapy-summary-2025-09-15.txt"),
    ],
)

# ---------------------------------------------------------------------------------------------------------------
# 07 Part D: notice mailed to an old address, reissued; 65 days from the corrected notice; coverage exception
# ---------------------------------------------------------------------------------------------------------------
case(
    num="07",
    slug="part-d-pdp-auvelity-step-therapy-reissued-notice-65-days-from-corrected-notice-discount-card-trial-patient",
    yaml="""\
# FICTIONAL CASE (set 68, case 07) - every person, plan, provider, number and address is invented.
# Stand-alone Part D plan, Oregon. Coverage determination denying Auvelity (step therapy ST-AD-44) dated 10/02/2026
# was mailed to an old address and returned; the plan reissued it as a corrected notice dated 10/30/2026, which
# says it replaces the first and gives 65 days from its own date (42 CFR 423.582(b)): 01/03/2027. Counted from
# 10/02/2026 the window would have ended 12/06/2026. Claims show one antidepressant; the second (bupropion) was
# bought with a discount card outside the plan. The patient asks for a standard redetermination (coverage exception,
# 42 CFR 423.578(b)).
patient:
  name: Winifred Ansah-Lindqvist
  salutation: Ms. Ansah-Lindqvist
  date_of_birth: 1958-03-27
  member_id: FICT-CRX-71140296
  address: |-
    61 Cedar Hollow Road
    Corvallis, OR 97330
  phone: (541) 555-0148
insurer:
  name: Cascade Crest Rx, Medicare Part D prescription drug plan (FICTIONAL)
  appeals_address: |-
    Cascade Crest Rx, Part D Redeterminations (FICTIONAL)
    PO Box 4471
    Portland, OR 97208
  fax: (503) 555-0175
claim:
  number: CCRX-CD-26-1002-6613
  plan_type: medicare_part_d
  notice_date: 2026-10-30
  appeal_deadline: 2027-01-03
  deadline_basis: >-
    Corrected notice of 10/30/2026: "This notice replaces our notice dated 10/02/2026, which was sent to an old
    address. You have 65 days from the date of this notice to ask for a redetermination." 42 CFR 423.582(b).
  diagnosis_codes: [F33.1]
  denial_reason: >-
    Auvelity (dextromethorphan-bupropion) requires step therapy under ST-AD-44: a trial of two formulary generic
    antidepressants in the past 365 days. Our claims show one (sertraline).
  denial_category: step_therapy
  denial_reasons: [step_therapy]
  action: none
  corrections:
    - said: Our claims show one (sertraline).
      record: >-
        The pharmacy's receipt history shows bupropion XL 300 mg filled monthly from 03/2026 to 06/2026 with a
        discount card, outside the plan, so the plan's claims could not show it.
      file: other/pharmacy-discount-card-receipts-2026.txt
      page: 1
plan_policy:
  name: Cascade Crest Rx Step Therapy Criteria ST-AD-44
  number: ST-AD-44
  quote: >-
    Auvelity is covered after a trial of two formulary generic antidepressants within the past 365 days.
  file: denial/corrected-coverage-determination-2026-10-30.txt
payer_criteria:
  - criterion: A trial of two formulary generic antidepressants within the past 365 days
    how_met: >-
      Sertraline 150 mg 01/05-03/16/2026 (plan-paid) and bupropion XL 300 mg 03/18-06/24/2026 (discount card,
      outside the plan), both without response
    met: true
    evidence:
      - {file: clinical/prescriber-supporting-statement-2026-11-18.txt, page: 1}
      - {file: other/pharmacy-discount-card-receipts-2026.txt, page: 1}
prescriber_statement:
  date: 2026-11-18
  quote: >-
    Ms. Ansah-Lindqvist took sertraline 150 mg for 10 weeks and bupropion XL 300 mg for 14 weeks this year without
    response; a further formulary step would not be as effective and would delay treatment of a recurrent severe
    episode.
  file: clinical/prescriber-supporting-statement-2026-11-18.txt
treatment:
  name: Auvelity (dextromethorphan-bupropion) 45 mg/105 mg tablets, twice daily
  summary: An antidepressant of another mechanism after two antidepressants failed this year.
clinical:
  severity: PHQ-9 18 on 11/12/2026
  severity_date: 2026-11-12
  suicidality: none
  suicidality_date: 2026-11-12
  history:
    - drug: Sertraline
      dose: 150 mg daily
      start: 2026-01-05
      end: 2026-03-16
      kind: antidepressant
      weeks: 10
      adequate: true
      failed: true
      response: none
      outcome: No response after 10 weeks (paid by the plan)
      evidence: {file: clinical/prescriber-supporting-statement-2026-11-18.txt, page: 1}
    - drug: Bupropion XL
      dose: 300 mg daily
      start: 2026-03-18
      end: 2026-06-24
      kind: antidepressant
      weeks: 14
      adequate: true
      failed: true
      response: none
      outcome: No response after 14 weeks (bought with a discount card, outside the plan)
      evidence: {file: other/pharmacy-discount-card-receipts-2026.txt, page: 1}
author:
  name: Winifred Ansah-Lindqvist
  role: Patient
  relation: patient
  address: |-
    61 Cedar Hollow Road
    Corvallis, OR 97330
  phone: (541) 555-0148
provider:
  name: Dr. Soren Mbatha-Quill
  credentials: MD, psychiatry
  npi: "1588129035"
  address: |-
    950 NW Kings Boulevard
    Corvallis, OR 97330
  phone: (541) 555-0133
record_dates:
  - file: clinical/prescriber-supporting-statement-2026-11-18.txt
    date: 2026-11-18
bates_prefix: ANSAHLINDQVIST
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/corrected-coverage-determination-2026-10-30.txt": """\
CASCADE CREST RX (FICTIONAL) - MEDICARE PART D - NOTICE OF DENIAL OF MEDICARE PRESCRIPTION DRUG COVERAGE
CORRECTED NOTICE      Date of this notice: 10/30/2026
Member: Winifred Ansah-Lindqvist   ID FICT-CRX-71140296   Case CCRX-CD-26-1002-6613
This notice replaces our notice dated 10/02/2026, which was sent to an old address.
Drug: Auvelity (dextromethorphan-bupropion). Prescriber: Dr. Soren Mbatha-Quill, NPI 1588129035.
Auvelity (dextromethorphan-bupropion) requires step therapy under ST-AD-44: a trial of two formulary generic
antidepressants in the past 365 days. Our claims show one (sertraline).
ST-AD-44: Auvelity is covered after a trial of two formulary generic antidepressants within the past 365 days.
You have 65 days from the date of this notice to ask for a redetermination. You or your prescriber may ask for an
exception; your prescriber must give a supporting statement. Fast decision: 72 hours if your prescriber says
waiting could seriously harm your health. Standard decision: 7 days.
""",
        "other/returned-mail-envelope-note-2026-10.txt": """\
CASCADE CREST RX (FICTIONAL) - MAIL RETURN LOG (copy given to member)      Page 1 of 1
Notice dated 10/02/2026 to 14 Old Mill Lane, Albany, OR 97321: returned undeliverable 10/21/2026.
Address on file updated to 61 Cedar Hollow Road, Corvallis, OR 97330 (member moved 08/2026; change reported to Social
Security 08/14/2026). Notice reissued 10/30/2026.
""",
        "other/pharmacy-discount-card-receipts-2026.txt": """\
WILLAMETTE VALLEY PHARMACY (FICTIONAL) - PATIENT RECEIPT HISTORY      Page 1 of 1
Patient: Winifred Ansah-Lindqvist   DOB 03/27/1958
Bupropion XL 300 mg #30: filled 03/18/2026, 04/17/2026, 05/18/2026, 06/17/2026 - paid with ValleySave discount card
(not billed to Part D plan). Prescriber: Dr. Soren Mbatha-Quill.
""",
        "clinical/prescriber-supporting-statement-2026-11-18.txt": """\
DR. SOREN MBATHA-QUILL, MD (FICTIONAL) - SUPPORTING STATEMENT FOR A PART D EXCEPTION     Date: 11/18/2026
Patient: Winifred Ansah-Lindqvist   DOB 03/27/1958   Diagnosis F33.1   PHQ-9 18 on 11/12/2026
Ms. Ansah-Lindqvist took sertraline 150 mg for 10 weeks and bupropion XL 300 mg for 14 weeks this year without
response; a further formulary step would not be as effective and would delay treatment of a recurrent severe
episode. Sertraline 01/05-03/16/2026 (plan-paid); bupropion XL 03/18-06/24/2026 (discount card). No suicidal
ideation.
""",
    },
    truth="""\
# 07 - Part D: Auvelity step therapy; the notice was reissued after going to an old address; 65 days from the corrected notice; the patient asks for a redetermination (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Winifred Ansah-Lindqvist, 68, in a **stand-alone Part D plan** (Cascade Crest Rx, FICTIONAL).
- A coverage determination denying **Auvelity** (ST-AD-44: two formulary generic antidepressants in 365 days) was
  dated **10/02/2026**, sent to an old address and **returned 10/21/2026**; the plan **reissued** it as a **corrected
  notice dated 10/30/2026** that "replaces" the first.
- **Level:** a **standard redetermination** by the plan (first level of Part D appeal), with a **coverage exception**
  (42 CFR 423.578(b)) supported by the prescriber's statement of 11/18/2026. Decision: 7 days (standard).
- **True deadline: 01/03/2027** - 65 days from the date of the corrected notice (42 CFR 423.582(b); the notice's own
  sentence). If counted from 10/02/2026 it would have run 12/06/2026; the plan's reissue makes that moot, and a
  good-cause extension (423.582(c)) is the fallback only.
- Claims show one trial (sertraline 150 mg, 10 weeks, plan-paid). The second, **bupropion XL 300 mg, 14 weeks**, was
  bought with a **discount card** outside the plan (pharmacy receipts).
- Next level if upheld: the independent review entity, asked within the time the redetermination prints.

## Deliberately unknown
- Whether the plan will accept the pharmacy receipts as a "trial" under ST-AD-44: unknown.
- The tier or cost of Auvelity: not in the case.

## Traps
- **Deadline date:** do not count 65 days from 10/02/2026 (12/06/2026, the day before the letter) and call the
  request late or ask for good cause first; it is timely by 01/03/2027.
- **Rule:** 65 days from the date of the notice (423.582(b)), not "60 days after receipt".
- **Level:** a redetermination, not a "reconsideration" (that is the IRE's), not "external review", not expedited
  (no prescriber certification of harm from waiting).
- Part D: no ERISA, no 45 CFR 147.136, no parity.
- **Voice:** the patient writes ("I").
- Auvelity contains bupropion: the bupropion XL trial is a trial of a formulary generic, not of Auvelity.

## Arguments a strong letter makes
1. The step is met: two formulary generics within 365 days - sertraline (plan claims) and bupropion XL (discount-card
   receipts, 03/18-06/17/2026 fills); correct "Our claims show one".
2. In any case, a coverage exception under 42 CFR 423.578(b), resting on the prescriber's supporting statement.
3. The request is timely: the corrected notice of 10/30/2026 replaced the first; 65 days run to 01/03/2027.

## What a letter must NOT say
- "late"; "good cause" as the main ground; "within 60 days of receipt"; "12/06/2026" as the deadline.
- "reconsideration" as what is asked; "external review"; "expedited"; "72 hours" as what is asked.
- "ERISA"; "45 CFR 147.136"; "parity"; "Ms. Ansah-Lindqvist has failed" (the patient writes in the first person).
""",
    answers=[
        ("Date of the corrected notice?", "Date of this notice: 10/30/2026", "denial/corrected-coverage-determination-2026-10-30.txt"),
        ("What does the corrected notice replace?", "This notice replaces our notice dated 10/02/2026", "denial/corrected-coverage-determination-2026-10-30.txt"),
        ("Window printed?", "65 days from the date of this notice", "denial/corrected-coverage-determination-2026-10-30.txt"),
        ("True deadline?", "01/03/2027", "truth"),
        ("Rule?", "42 CFR 423.582(b)", "truth"),
        ("When was the first notice returned?", "returned undeliverable 10/21/2026", "other/returned-mail-envelope-note-2026-10.txt"),
        ("Level asked?", "standard redetermination", "truth"),
        ("Exception rule?", "42 CFR 423.578(b)", "truth"),
        ("Step criteria?", "two formulary generic antidepressants within the past 365 days", "denial/corrected-coverage-determination-2026-10-30.txt"),
        ("What does the plan wrongly say?", "Our claims show one (sertraline)", "denial/corrected-coverage-determination-2026-10-30.txt"),
        ("How was bupropion paid?", "paid with ValleySave discount card", "other/pharmacy-discount-card-receipts-2026.txt"),
        ("Bupropion fills?", "filled 03/18/2026, 04/17/2026, 05/18/2026, 06/17/2026", "other/pharmacy-discount-card-receipts-2026.txt"),
        ("Prescriber statement date?", "SUPPORTING STATEMENT FOR A PART D EXCEPTION     Date: 11/18/2026", "clinical/prescriber-supporting-statement-2026-11-18.txt"),
        ("Sertraline trial?", "sertraline 150 mg for 10 weeks", "clinical/prescriber-supporting-statement-2026-11-18.txt"),
        ("Standard decision time?", "Standard decision: 7 days", "denial/corrected-coverage-determination-2026-10-30.txt"),
        ("PHQ-9?", "PHQ-9 18 on 11/12/2026", "clinical/prescriber-supporting-statement-2026-11-18.txt"),
    ],
)

# ---------------------------------------------------------------------------------------------------------------
# 08 Marketplace HMO: adolescent ED PHP out of network, referral on file, expedited appeal + expedited external review
# ---------------------------------------------------------------------------------------------------------------
case(
    num="08",
    slug="marketplace-hmo-teen-eating-disorder-php-out-of-network-referral-on-file-expedited-appeal-concurrent-external-mother",
    yaml="""\
# FICTIONAL CASE (set 68, case 08) - every person, plan, provider, number and address is invented.
# Individual Marketplace HMO, insured, Wisconsin. Pre-service denial 12/03/2026 of an out-of-network adolescent
# eating-disorder PHP "in-network PHP available; no referral on file". The PCP's referral REF-26-1124-0931 is on the
# plan's own portal; the in-network program named takes adults only, the other has no opening until 02/15/2027.
# Urgent: an expedited internal appeal (72 hours) and, at the same time, an expedited external review
# (45 CFR 147.136(d)(3)). The standard window is 180 days after receipt (45 CFR 147.136(b)(3)): 06/01/2027 counted
# from the notice date. The mother writes; no authorization is needed for a parent of a 16-year-old.
patient:
  name: Juniper Marchetti-Oyelaran
  salutation: Juniper
  date_of_birth: 2010-05-08
  member_id: FICT-NLH-50293318
  address: |-
    1408 Elmwood Avenue
    Madison, WI 53705
  phone: (608) 555-0115
insurer:
  name: North Lakes Health Cooperative, Marketplace Silver HMO (FICTIONAL)
  appeals_address: |-
    North Lakes Health Cooperative, Appeals (FICTIONAL)
    PO Box 8802
    Madison, WI 53708
  fax: (608) 555-0179
claim:
  number: NLH-PA-26-1203-2284
  plan_type: individual_aca
  student: false
  notice_date: 2026-12-03
  appeal_deadline: 2027-06-01
  deadline_basis: >-
    180 days after receipt of the notice of 12/03/2026 (45 CFR 147.136(b)(3)), counted from the notice date. The
    appeal is urgent and is filed now as an expedited appeal.
  urgent: true
  pending_services: [PHP, 5 days a week, estimated 6 weeks]
  setting: partial_hospitalization
  revenue_codes: ["0912"]
  diagnosis_codes: [F50.019]
  carc_codes: [CO-242]
  denial_reason: >-
    Out-of-network services are not covered under your HMO except by referral and approved exception. An
    in-network partial hospitalization program is available (Lakeshore Behavioral Health). No referral is on file.
  denial_category: out_of_network
  denial_reasons: [out_of_network]
  action: none
  corrections:
    - said: No referral is on file.
      record: >-
        The plan's own member portal shows referral REF-26-1124-0931 from the primary care physician to Cedar Hollow
        Eating Disorder Center, entered 11/24/2026, status "Received".
      file: other/member-portal-referral-printout-2026-12-04.txt
      page: 1
    - said: An in-network partial hospitalization program is available (Lakeshore Behavioral Health).
      record: >-
        Lakeshore Behavioral Health's PHP admits adults 18 and older only and has no eating-disorder track; the only
        other in-network eating-disorder PHP has no opening until 02/15/2027.
      file: other/network-search-call-log-2026-11.txt
      page: 1
network:
  - name: Lakeshore Behavioral Health PHP
    date: 2026-11-20
    outcome: Adults 18 and older only; no eating-disorder track
    miles: 6
    evidence: {file: other/network-search-call-log-2026-11.txt, page: 1}
  - name: Fox River Adolescent Eating Disorder PHP
    date: 2026-11-21
    outcome: Accepts adolescents; first opening 02/15/2027
    miles: 94
    first_opening: 2027-02-15
    evidence: {file: other/network-search-call-log-2026-11.txt, page: 1}
plan_policy:
  name: North Lakes Silver HMO 2026 Evidence of Coverage, Section 4.6 "Network exceptions"
  number: Section 4.6
  quote: >-
    If no network provider can provide a covered service within 60 miles or within 14 days for urgent care, we
    will approve care from a non-network provider at the network cost share, when you have a referral from your
    primary care physician.
  file: other/eoc-section-4-6-excerpt.txt
urgency:
  reason: >-
    Juniper weighs 79% of her median body weight, had a resting heart rate of 44 on 12/01/2026 and is losing about
    one pound a week; waiting for a standard decision could seriously jeopardize her life and health.
  certified_by: Dr. Ingrid Thorsby-Nwachukwu, MD
treatment:
  name: Adolescent eating-disorder partial hospitalization program (revenue code 0912)
  summary: Family-based PHP for restrictive anorexia nervosa after outpatient care failed to stop weight loss.
clinical:
  severity: 79% median BMI on 12/01/2026; resting heart rate 44
  severity_date: 2026-12-01
  suicidality: none
  suicidality_date: 2026-12-01
  history:
    - drug: Weekly outpatient therapy with dietitian support
      dose: weekly
      start: 2026-10
      ongoing: true
      kind: psychotherapy
      response: none
      outcome: Weight still falling about 1 lb a week for 6 weeks
      evidence: {file: clinical/pcp-visit-and-referral-2026-12-01.txt, page: 1}
author:
  name: Lorenza Marchetti
  role: Mother of the patient (a minor, age 16)
  relation: parent
  address: |-
    1408 Elmwood Avenue
    Madison, WI 53705
  phone: (608) 555-0116
  email: lorenza.marchetti@mailbox.example
provider:
  name: Cedar Hollow Eating Disorder Center (FICTIONAL, non-network)
  credentials: Dr. Ingrid Thorsby-Nwachukwu, MD, medical director
  npi: "1194506725"
  address: |-
    700 Regent Street
    Madison, WI 53715
  phone: (608) 555-0137
record_dates:
  - file: clinical/pcp-visit-and-referral-2026-12-01.txt
    date: 2026-12-01
template: expedited-appeal
bates_prefix: MARCHETTIOYELARAN
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/pre-service-denial-2026-12-03.txt": """\
NORTH LAKES HEALTH COOPERATIVE (FICTIONAL) - MARKETPLACE SILVER HMO - NOTICE OF ADVERSE BENEFIT DETERMINATION
Date: 12/03/2026    Reference NLH-PA-26-1203-2284
Member: Juniper Marchetti-Oyelaran   ID FICT-NLH-50293318
Request: partial hospitalization program, Cedar Hollow Eating Disorder Center (non-network), NPI 1194506725
CO-242. Out-of-network services are not covered under your HMO except by referral and approved exception. An
in-network partial hospitalization program is available (Lakeshore Behavioral Health). No referral is on file.
Your rights: you may appeal within 180 days after you receive this notice. If your situation is urgent, ask for an
expedited appeal; we will decide within 72 hours. In urgent situations you may ask for an expedited external review
at the same time as your expedited appeal.
""",
        "clinical/pcp-visit-and-referral-2026-12-01.txt": """\
ELMWOOD FAMILY MEDICINE (FICTIONAL) - VISIT NOTE     Date: 12/01/2026   Page 1 of 1
Patient: Juniper Marchetti-Oyelaran   DOB 05/08/2010   Diagnosis F50.019
Weight down 1 lb a week for 6 weeks despite weekly outpatient therapy and dietitian. 79% median BMI. Resting heart
rate 44. No suicidal ideation. Referral REF-26-1124-0931 to Cedar Hollow Eating Disorder Center entered 11/24/2026
is renewed. Dr. Ingrid Thorsby-Nwachukwu (Cedar Hollow) agrees PHP is needed now; urgent.
PCP: Dr. Amos Feldkamp-Rios, MD.
""",
        "other/member-portal-referral-printout-2026-12-04.txt": """\
NORTH LAKES HEALTH COOPERATIVE (FICTIONAL) - MEMBER PORTAL - REFERRALS    Printed 12/04/2026
Member: Juniper Marchetti-Oyelaran
Referral REF-26-1124-0931   From: Dr. Amos Feldkamp-Rios (PCP)   To: Cedar Hollow Eating Disorder Center
Entered 11/24/2026   Status: Received
""",
        "other/network-search-call-log-2026-11.txt": """\
CALL LOG KEPT BY LORENZA MARCHETTI (FICTIONAL)      Page 1 of 1
11/20/2026  Lakeshore Behavioral Health PHP (in-network), 6 miles: adults 18 and older only; no eating-disorder
            track.
11/21/2026  Fox River Adolescent Eating Disorder PHP (in-network), 94 miles: accepts adolescents; first opening
            02/15/2027.
11/21/2026  North Lakes member services, 1-800-555-0158, ref MS-26-1121-447: no other in-network adolescent ED PHP.
""",
        "other/eoc-section-4-6-excerpt.txt": """\
NORTH LAKES SILVER HMO 2026 EVIDENCE OF COVERAGE (FICTIONAL RENDITION, EXCERPT)    Section 4.6 Network exceptions
If no network provider can provide a covered service within 60 miles or within 14 days for urgent care, we will
approve care from a non-network provider at the network cost share, when you have a referral from your primary
care physician.
""",
    },
    truth="""\
# 08 - Marketplace HMO: adolescent eating-disorder PHP denied as out of network with "no referral"; referral on the plan's portal; expedited appeal with concurrent expedited external review; the mother writes (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Juniper Marchetti-Oyelaran, 16, on an **individual Marketplace Silver HMO** (insured; not a student plan), WI.
- Pre-service denial **12/03/2026** (CO-242) of a non-network adolescent eating-disorder PHP: "in-network PHP
  available (Lakeshore)", "no referral on file".
- The plan's **own portal** shows referral **REF-26-1124-0931**, entered 11/24/2026, status "Received".
- **Lakeshore** takes adults only, no ED track; **Fox River** (94 miles) has no opening until **02/15/2027**. The EOC
  Section 4.6 promises non-network care at network cost share when no network provider is within **60 miles or
  14 days** for urgent care, with a PCP referral: both conditions are met.
- **Level:** **expedited internal appeal** (decided within **72 hours**; 45 CFR 147.136(b)(3) applying 29 CFR
  2560.503-1(i)(2)(i)), and the family may ask for an **expedited external review at the same time**
  (45 CFR 147.136(d)(3)).
- **Deadline:** 180 days after receipt (45 CFR 147.136(b)(3)): **06/01/2027** counted from the notice date - but
  the case is urgent and is filed now.
- The **mother** writes as parent of a minor: no authorization form needed.
- Urgency certified by **Dr. Ingrid Thorsby-Nwachukwu, MD** (physician with knowledge of the condition).

## Deliberately unknown
- The PHP's daily charge and the network cost share: not in the case.
- Whether the state's external review body will run the expedited review in parallel: the notice says it may.
- Whether the plan will keep the exception past 6 weeks: unknown.

## Traps
- **Referral:** a letter must not concede "no referral"; it is on the plan's own portal.
- **Network:** do not say "no in-network provider exists"; say none could give the care within the EOC's 60 miles or
  14 days. Lakeshore is in network but does not treat adolescents or eating disorders.
- **Level:** expedited first-level appeal (not "second level"); concurrent expedited external review is allowed,
  not required to wait.
- **Voice:** the mother writes about Juniper; never "I have anorexia".
- Marketplace plan: 45 CFR 156.230(a)(1)(ii) applies but promises no out-of-network coverage by itself; not ERISA as
  governing law; not Medicaid.

## Arguments a strong letter makes
1. The plan's own EOC Section 4.6: no network adolescent ED PHP within 60 miles or 14 days (Lakeshore: adults only;
   Fox River: 94 miles, first opening 02/15/2027), and the PCP referral REF-26-1124-0931 is on the plan's portal:
   approve at network cost share.
2. Expedited appeal within 72 hours: 79% median BMI, heart rate 44, weight falling, physician-certified; ask for an
   expedited external review at the same time (147.136(d)(3)).
3. Correct both statements of the notice ("no referral", "in-network PHP available").

## What a letter must NOT say
- "no referral" as true; "no in-network provider exists"; "second-level appeal".
- "ERISA" as governing law; "Medicaid"; "Medicare"; "45 CFR 156.230 requires out-of-network coverage".
- "my eating disorder"; "suicidal ideation" as present.
""",
    answers=[
        ("Notice date?", "Date: 12/03/2026", "denial/pre-service-denial-2026-12-03.txt"),
        ("Standard window?", "within 180 days after you receive this notice", "denial/pre-service-denial-2026-12-03.txt"),
        ("Standard deadline?", "06/01/2027", "truth"),
        ("Expedited decision time?", "we will decide within 72 hours", "denial/pre-service-denial-2026-12-03.txt"),
        ("Concurrent external review?", "expedited external review at the same time as your expedited appeal", "denial/pre-service-denial-2026-12-03.txt"),
        ("Rule for concurrent expedited external review?", "45 CFR 147.136(d)(3)", "truth"),
        ("Referral number?", "REF-26-1124-0931", "other/member-portal-referral-printout-2026-12-04.txt"),
        ("Referral status on portal?", "Status: Received", "other/member-portal-referral-printout-2026-12-04.txt"),
        ("What does the notice wrongly say?", "No referral is on file", "denial/pre-service-denial-2026-12-03.txt"),
        ("Lakeshore's limit?", "adults 18 and older only; no eating-disorder track", "other/network-search-call-log-2026-11.txt"),
        ("Fox River's first opening?", "first opening\n            02/15/2027", "other/network-search-call-log-2026-11.txt"),
        ("Fox River distance?", "94 miles", "other/network-search-call-log-2026-11.txt"),
        ("EOC access standard?", "within 60 miles or within 14 days for urgent care", "other/eoc-section-4-6-excerpt.txt"),
        ("Median BMI?", "79% median BMI", "clinical/pcp-visit-and-referral-2026-12-01.txt"),
        ("Resting heart rate?", "Resting heart\nrate 44", "clinical/pcp-visit-and-referral-2026-12-01.txt"),
        ("Who certifies urgency?", "Dr. Ingrid Thorsby-Nwachukwu, MD", "case.yaml"),
    ],
)


# ---------------------------------------------------------------------------------------------------------------
# generator and self-checks
# ---------------------------------------------------------------------------------------------------------------
def norm(s):
    return " ".join(s.split()).lower()


def luhn_npi(npi):
    s = "80840" + npi
    tot = 0
    for i, ch in enumerate(reversed(s)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return tot % 10 == 0


PHONE_RE = re.compile(r"(?<![\d.])(?:1-)?(?:\(\d{3}\)\s?|\d{3}[-.])(\d{3})[-.](\d{4})")
BARE_RE = re.compile(r"(?<![\d)\-.\s])\s?555-01\d\d")
EMAIL_RE = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
NPI_RE = re.compile(r"(?:NPI[:\s]+|npi:\s*\")(\d{10})")


def check_text(name, text, problems):
    for m in PHONE_RE.finditer(text):
        if m.group(1) != "555" or not m.group(2).startswith("01"):
            problems.append(f"{name}: phone not 555-01xx: {m.group(0)}")
    for line in text.splitlines():
        for m in re.finditer(r"555-01\d\d", line):
            before = line[:m.start()]
            if not re.search(r"(\(\d{3}\)\s?|\d{3}-)$", before):
                problems.append(f"{name}: bare 555 number: {line.strip()}")
    for m in EMAIL_RE.finditer(text):
        if not m.group(1).endswith(".example"):
            problems.append(f"{name}: e-mail not on .example: {m.group(0)}")
    for m in NPI_RE.finditer(text):
        if not luhn_npi(m.group(1)):
            problems.append(f"{name}: NPI fails Luhn: {m.group(1)}")


def build(c, problems):
    from ruamel.yaml import YAML
    folder = HERE / f"{c['num']}-{c['slug']}"
    truth_path = HERE / f"{c['num']}-{c['slug']}.truth.md"
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir()
    (folder / "case.yaml").write_text(c["yaml"])
    for rel, body in c["docs"].items():
        top = rel.split("/")[0]
        if top not in ("denial", "clinical", "other") or not rel.endswith(".txt"):
            problems.append(f"{c['num']}: bad document path {rel}")
        p = folder / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(HEAD + "\n\n" + body.rstrip("\n") + "\n\n" + FOOT + "\n")
    truth_path.write_text(c["truth"])
    # case.yaml parses, FICTIONAL first line
    try:
        data = YAML(typ="safe").load(io.StringIO(c["yaml"]))
    except Exception as e:  # noqa: BLE001
        problems.append(f"{c['num']}: case.yaml does not parse: {e}")
        data = {}
    if "FICTIONAL" not in c["yaml"].splitlines()[0]:
        problems.append(f"{c['num']}: case.yaml first line lacks FICTIONAL")
    if "FICTIONAL" not in c["truth"].splitlines()[0]:
        problems.append(f"{c['num']}: truth first line lacks FICTIONAL")
    heads = [line[3:].strip() for line in c["truth"].splitlines() if line.startswith("## ")]
    if heads != HEADINGS:
        problems.append(f"{c['num']}: truth headings {heads}")
    # every file path the case names exists
    for m in re.finditer(r"((?:denial|clinical|other)/[\w.\-]+\.txt)", c["yaml"]):
        if m.group(1) not in c["docs"]:
            problems.append(f"{c['num']}: case.yaml names missing file {m.group(1)}")
    # texts: phones, e-mail, NPIs, FICTIONAL header/footer
    check_text(f"{c['num']}/case.yaml", c["yaml"], problems)
    check_text(f"{c['num']}/truth", c["truth"], problems)
    for rel in c["docs"]:
        t = (folder / rel).read_text()
        if not t.startswith("FICTIONAL") or not t.rstrip().endswith(FOOT):
            problems.append(f"{c['num']}/{rel}: FICTIONAL header/footer missing")
        check_text(f"{c['num']}/{rel}", t, problems)
    # answers
    if len(c["answers"]) != 16:
        problems.append(f"{c['num']}: {len(c['answers'])} answers, not 16")
    for q, a, doc in c["answers"]:
        if doc == "truth":
            text = c["truth"]
        elif doc == "case.yaml":
            text = c["yaml"]
        elif doc in c["docs"]:
            text = (folder / doc).read_text()
        else:
            problems.append(f"{c['num']}: answer names unknown document {doc}")
            continue
        if norm(a) not in norm(text):
            problems.append(f"{c['num']}: answer to {q!r} not found in {doc}: {a!r}")
    if not isinstance(data, dict) or "patient" not in data:
        problems.append(f"{c['num']}: case.yaml has no patient")
    return folder


def main(argv):
    do_check = "--check" in argv
    wanted = [a for a in argv if a.isdigit() or re.fullmatch(r"\d\d", a)]
    cases = [c for c in CASES if not wanted or c["num"] in wanted]
    problems = []
    folders = []
    for c in cases:
        folders.append(build(c, problems))
    # no stray case folders or files from older runs
    known = {f"{c['num']}-{c['slug']}" for c in CASES}
    for p in HERE.iterdir():
        if re.match(r"\d\d-", p.name):
            stem = p.name[:-len(".truth.md")] if p.name.endswith(".truth.md") else p.name
            if stem not in known:
                problems.append(f"stray {p.name}")
    n_answers = sum(len(c["answers"]) for c in cases)
    for pr in problems:
        print("PROBLEM:", pr)
    print(f"{len(cases)} cases, {n_answers} expected answers, {len(problems)} problems")
    bad = bool(problems)
    if do_check:
        out = []
        for f in folders:
            r = subprocess.run(["/work/main/.venv/bin/appeal-kit", "check", str(f)], capture_output=True, text=True)
            out.append(f"===== {f.name} (exit {r.returncode})\n{r.stdout}{r.stderr}")
            print(f"check {f.name[:2]}: exit {r.returncode}")
            if r.returncode != 0:
                bad = True
        name = "check-output.txt" if not wanted else "check-output-partial.txt"
        (HERE / name).write_text("\n".join(out))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
