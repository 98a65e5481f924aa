"""Case 07 (FICTIONAL): Part D PDP calls a drug it paid for five months a "new start"; expedited redetermination by the
prescribing physician assistant."""

SLUG = "07-part-d-pdp-brexpiprazole-new-start-despite-plan-paid-fills-expedited-redetermination-pa-c"

CASE_YAML = r"""
# FICTIONAL CASE (letters set 58, case 07) - every person, plan, pharmacy, provider, number and address is invented.
# Stand-alone Part D plan. Brexpiprazole 2 mg (added to escitalopram) was paid by this plan five times 07/06-10/31/2026
# under an exception that ended 11/30/2026. The renewal was denied on 12/01/2026 as a "new start" without an
# aripiprazole trial. She has two tablets left. Her prescriber, a physician assistant, asks for an expedited
# redetermination and certifies the urgency.
patient:
  name: Consuelo Marwick-Idowu
  salutation: Ms. Marwick-Idowu
  date_of_birth: 1960-09-08
  member_id: FICT-SRX-88217046
  address: |-
    1406 Shallcross Avenue
    Wilmington, DE 19806
  phone: (302) 555-0115
insurer:
  name: SummitRx Medicare Prescription Drug Plan (PDP) (FICTIONAL)
  appeals_address: |-
    SummitRx Part D Appeals and Redeterminations (FICTIONAL)
    PO Box 91205
    Dover, DE 19903
  fax: (302) 555-0128
claim:
  number: CD-26-1127-60914
  plan_type: medicare_part_d
  notice_date: 2026-12-01
  denial_reason: >-
    Step therapy ST-AA-3 is not met. This is a new start: our records show no paid claim for brexpiprazole in the past
    120 days, and there is no trial of aripiprazole for at least 4 weeks.
  denial_category: step_therapy
  denial_reasons: [step_therapy]
  diagnosis_codes: [F33.1]
  urgent: true
  pending_services: "[brexpiprazole 2 mg, one tablet daily, 30 tablets every 30 days from 12/2026]"
  action: none
  corrections:
    - said: our records show no paid claim for brexpiprazole in the past 120 days
      record: >-
        The pharmacy's fill history shows five fills of brexpiprazole 2 mg, 30 tablets each, paid by SummitRx on
        07/06, 08/04, 09/03, 10/02 and 10/31/2026, the last 27 days before the request of 11/27/2026.
      file: other/pharmacy-fill-history-2026-12-02.txt
      page: 1
template: expedited-appeal
urgency:
  reason: >-
    She has two tablets left. Stopping brexpiprazole abruptly after five months of response risks a relapse of severe
    depression within weeks; waiting for a standard decision would seriously jeopardize her health.
  certified_by: Rafael Okonkwo-Lindqvist, PA-C
plan_policy:
  name: SummitRx 2026 Step Therapy Criteria ST-AA-3 (brexpiprazole)
  number: ST-AA-3
  quote: >-
    Step therapy applies to new starts only. A member with a paid claim for brexpiprazole under this plan in the 120
    days before the request is not a new start. For a new start: 1. a trial of aripiprazole for at least 4 weeks; or
    2. a documented intolerance or contraindication to aripiprazole.
  file: other/step-therapy-criteria-st-aa-3-2026.txt
  step_lookback_days: 120
payer_criteria:
  - criterion: "Step therapy applies to new starts only (a paid claim for brexpiprazole under this plan in the 120 days before the request)"
    how_met: Five fills paid by this plan, the last on 10/31/2026, 27 days before the request of 11/27/2026.
    met: true
    evidence: {file: other/pharmacy-fill-history-2026-12-02.txt, page: 1}
  - criterion: "2. a documented intolerance or contraindication to aripiprazole"
    how_met: Akathisia within 10 days of aripiprazole 5 mg in 05/2023, recorded by her psychiatrist at the time.
    met: true
    instead_of: 1
    evidence: {file: clinical/psychiatry-note-2023-05-22.txt, page: 1}
treatment:
  name: Brexpiprazole (Rexulti) 2 mg daily, added to escitalopram
  summary: >-
    An augmentation agent she has taken since 07/2026, paid by this plan, with a response; the renewal of its coverage
    is in question, not a new start.
  alongside: escitalopram 20 mg daily
  earlier_doses:
    - {date: 2026-07-06, dose: 2 mg daily (30 tablets), paid_by_plan: true, claim: RX-0706-22817, file: other/pharmacy-fill-history-2026-12-02.txt}
    - {date: 2026-08-04, dose: 2 mg daily (30 tablets), paid_by_plan: true, claim: RX-0804-23950, file: other/pharmacy-fill-history-2026-12-02.txt}
    - {date: 2026-09-03, dose: 2 mg daily (30 tablets), paid_by_plan: true, claim: RX-0903-25106, file: other/pharmacy-fill-history-2026-12-02.txt}
    - {date: 2026-10-02, dose: 2 mg daily (30 tablets), paid_by_plan: true, claim: RX-1002-26233, file: other/pharmacy-fill-history-2026-12-02.txt}
    - {date: 2026-10-31, dose: 2 mg daily (30 tablets), paid_by_plan: true, claim: RX-1031-27391, file: other/pharmacy-fill-history-2026-12-02.txt}
prior_auth:
  requested_on: 2026-11-27
  approved:
    number: exception EX-26-0702-1142
    date: 2026-07-02
    from: 2026-07-02
    through: 2026-11-30
    covers: brexpiprazole 2 mg daily, 07/02/2026 through 11/30/2026
    quote: "Approved: brexpiprazole 2 mg, 1 tablet daily, 07/02/2026 through 11/30/2026."
    file: other/exception-approval-2026-07-02.txt
prescriber_statement:
  date: 2026-12-04
  quote: >-
    Ms. Marwick-Idowu has taken brexpiprazole 2 mg daily, paid by SummitRx, since July 2026, with PHQ-9 falling from 18
    to 7. Aripiprazole 5 mg caused akathisia within 10 days in May 2023 and was stopped. Stopping brexpiprazole now
    would risk relapse; aripiprazole would likely not be as effective and would cause adverse effects.
  file: clinical/prescriber-supporting-statement-2026-12-04.txt
clinical:
  severity: PHQ-9 18 on 06/24/2026; PHQ-9 7 on 12/04/2026
  severity_date: 2026-12-04
  suicidality: none
  suicidality_date: 2026-12-04
  response: PHQ-9 18 (06/24/2026) to 7 (12/04/2026) with brexpiprazole added
  response_level: response
  history:
    - drug: Sertraline
      dose: 150 mg daily
      start: 2012-02
      end: 2013-08
      kind: antidepressant
      response: remission
      outcome: Remission in an earlier episode (2012)
      evidence: {file: clinical/prescriber-supporting-statement-2026-12-04.txt, page: 1}
    - drug: Aripiprazole (added to escitalopram)
      dose: 5 mg daily
      start: 2023-05
      end: 2023-05
      weeks: 1
      kind: augmentation
      adequate: false
      outcome: Stopped after 10 days for akathisia (intolerance)
      evidence: {file: clinical/psychiatry-note-2023-05-22.txt, page: 1}
    - drug: Escitalopram
      dose: 20 mg daily
      start: 2023-01
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response alone; continuing with brexpiprazole
      evidence: {file: clinical/prescriber-supporting-statement-2026-12-04.txt, page: 1}
    - drug: Brexpiprazole (added to escitalopram)
      dose: 2 mg daily
      start: 2026-07
      ongoing: true
      kind: augmentation
      response: response
      outcome: Response (PHQ-9 18 to 7); continuing
      evidence: {file: clinical/prescriber-supporting-statement-2026-12-04.txt, page: 1}
    - drug: Trazodone
      dose: 50 mg at bedtime for sleep
      start: 2023-01
      ongoing: true
      kind: other
      outcome: Sleep aid only; not an antidepressant trial
      evidence: {file: clinical/prescriber-supporting-statement-2026-12-04.txt, page: 1}
author:
  name: Rafael Okonkwo-Lindqvist, PA-C
  role: Treating physician assistant (psychiatry), the prescriber
  relation: prescriber
  address: |-
    Brandywine Psychiatric Associates (FICTIONAL), 3105 Limestone Road, Suite 201
    Wilmington, DE 19808
  phone: (302) 555-0133
  fax: (302) 555-0134
  email: rokonkwo@brandywine-psych.example
provider:
  name: Rafael Okonkwo-Lindqvist, PA-C
  credentials: PA-C, psychiatry
  npi: "1317405862"
  address: |-
    3105 Limestone Road, Suite 201
    Wilmington, DE 19808
  phone: (302) 555-0133
record_dates:
  - file: clinical/prescriber-supporting-statement-2026-12-04.txt
    date: 2026-12-04
bates_prefix: MARWICKIDOWU
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/coverage-determination-notice-2026-12-01.txt": """
SUMMITRX MEDICARE PRESCRIPTION DRUG PLAN (FICTIONAL)
NOTICE OF DENIAL OF MEDICARE PRESCRIPTION DRUG COVERAGE                                  Date: 12/01/2026
Member: Consuelo Marwick-Idowu   ID FICT-SRX-88217046   Request CD-26-1127-60914 (received 11/27/2026)
Drug: brexpiprazole (Rexulti) 2 mg tablets, 30 per 30 days   Prescriber: Rafael Okonkwo-Lindqvist, PA-C

We denied your request. Step therapy ST-AA-3 is not met. This is a new start: our records show no paid claim for
brexpiprazole in the past 120 days, and there is no trial of aripiprazole for at least 4 weeks.

You have the right to ask for a redetermination within 65 days of the date of this notice. If your health could be
seriously harmed by waiting, ask for a fast (expedited) redetermination; we will decide within 72 hours. Your
prescriber may ask for you. Send to Part D Appeals and Redeterminations, PO Box 91205, Dover, DE 19903, or fax
(302) 555-0128.
""",
    "clinical/prescriber-supporting-statement-2026-12-04.txt": """
BRANDYWINE PSYCHIATRIC ASSOCIATES (FICTIONAL) - PRESCRIBER'S SUPPORTING STATEMENT        Date: 12/04/2026
Patient: Consuelo Marwick-Idowu   DOB 09/08/1960   Page 1 of 1
Diagnosis: major depressive disorder, recurrent, moderate (F33.1).
Ms. Marwick-Idowu has taken brexpiprazole 2 mg daily, paid by SummitRx, since July 2026, with PHQ-9 falling from 18
to 7. Aripiprazole 5 mg caused akathisia within 10 days in May 2023 and was stopped. Stopping brexpiprazole now
would risk relapse; aripiprazole would likely not be as effective and would cause adverse effects.
Current medicines: escitalopram 20 mg daily since 01/2023, partial response alone, continuing; brexpiprazole 2 mg
daily since 07/2026, continuing; trazodone 50 mg at bedtime for sleep. Past: sertraline 150 mg 2012-2013, remission in
an earlier episode. No suicidal ideation. She has two tablets left.
I certify that applying the standard timeframe could seriously jeopardize her health.
Signed: Rafael Okonkwo-Lindqvist, PA-C
""",
    "clinical/psychiatry-note-2023-05-22.txt": """
BRANDYWINE PSYCHIATRIC ASSOCIATES (FICTIONAL) - PROGRESS NOTE                               Date: 05/22/2023
Patient: Consuelo Marwick-Idowu   Page 1 of 1
Aripiprazole 5 mg added to escitalopram on 05/10/2023. Since about day 8: inner restlessness, pacing, unable to sit
through meals - akathisia. Aripiprazole stopped today after 12 days; restlessness resolving. Record as intolerance.
Signed: Helen Voss-Achebe, MD
""",
    "other/pharmacy-fill-history-2026-12-02.txt": """
CHRISTIANA COMMUNITY PHARMACY (FICTIONAL) - HOUSEHOLD FILL HISTORY 06/01/2026-12/02/2026    Printed 12/02/2026
Page 1 of 1
MARWICK-IDOWU, CONSUELO   brexpiprazole 2 mg #30   07/06/2026  paid SummitRx  claim RX-0706-22817
MARWICK-IDOWU, CONSUELO   brexpiprazole 2 mg #30   08/04/2026  paid SummitRx  claim RX-0804-23950
MARWICK-IDOWU, CONSUELO   brexpiprazole 2 mg #30   09/03/2026  paid SummitRx  claim RX-0903-25106
MARWICK-IDOWU, CONSUELO   brexpiprazole 2 mg #30   10/02/2026  paid SummitRx  claim RX-1002-26233
MARWICK-IDOWU, CONSUELO   brexpiprazole 2 mg #30   10/31/2026  paid SummitRx  claim RX-1031-27391
MARWICK-IDOWU, CONSUELO   escitalopram 20 mg #30   monthly     paid SummitRx
MARWICK-IDOWU, CONSUELO   brexpiprazole 2 mg #30   11/29/2026  REJECTED: step therapy - new start
IDOWU, OLUMIDE            atorvastatin 40 mg #90   09/15/2026  paid Keystone Retiree Rx
IDOWU, OLUMIDE            metformin 500 mg #180    09/15/2026  paid Keystone Retiree Rx
""",
    "other/exception-approval-2026-07-02.txt": """
SUMMITRX MEDICARE PRESCRIPTION DRUG PLAN (FICTIONAL) - COVERAGE DETERMINATION APPROVAL     Date: 07/02/2026
Member: Consuelo Marwick-Idowu   Number: EX-26-0702-1142   Page 1 of 1
Approved: brexpiprazole 2 mg, 1 tablet daily, 07/02/2026 through 11/30/2026.
""",
    "other/step-therapy-criteria-st-aa-3-2026.txt": """
SUMMITRX (FICTIONAL) - 2026 STEP THERAPY CRITERIA ST-AA-3 (brexpiprazole)                     Page 1 of 1
Step therapy applies to new starts only. A member with a paid claim for brexpiprazole under this plan in the 120 days
before the request is not a new start. For a new start: 1. a trial of aripiprazole for at least 4 weeks; or 2. a
documented intolerance or contraindication to aripiprazole.
""",
    "other/medication-list-2023-05-10.txt": """
BRANDYWINE PSYCHIATRIC ASSOCIATES (FICTIONAL) - MEDICATION LIST                            Date: 05/10/2023
Patient: Consuelo Marwick-Idowu
Current: escitalopram 20 mg daily; aripiprazole 5 mg daily (new today); trazodone 50 mg at bedtime.
""",
}

TRUTH = r"""
# 07 - Part D PDP: brexpiprazole the plan paid five times called a "new start"; expedited redetermination by the prescribing physician assistant (FICTIONAL)

All people, plans, pharmacies, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Consuelo Marwick-Idowu, 66, in a **stand-alone Part D plan** (SummitRx PDP), has taken **brexpiprazole 2 mg daily
  added to escitalopram 20 mg** since 07/2026 under **exception EX-26-0702-1142 (07/02-11/30/2026)**, with a response
  (PHQ-9 18 to 7).
- **SummitRx paid five fills**: 07/06, 08/04, 09/03, 10/02 and **10/31/2026**. The renewal request (**received
  11/27/2026**, CD-26-1127-60914) was denied on **12/01/2026** as a **new start** with "no paid claim ... in the past 120
  days" and no aripiprazole trial. The 11/29 refill was rejected. She has **two tablets left** (12/04).
- **ST-AA-3's own words:** step therapy applies to **new starts only**; a paid claim under this plan in the 120 days
  before the request means she is **not a new start** (last paid fill 10/31/2026, 27 days before the request).
  Even for a new start, **criterion 2** (documented intolerance to aripiprazole) is met: **akathisia within 10 days**,
  stopped after 12 days, 05/22/2023 note.
- **Rule and stage:** Part D redetermination, 42 CFR 423.580-423.590: within **65 days of the notice: by
  02/04/2027**; **expedited** (423.584) - a physician **or other prescriber** may ask and certify; decided within **72
  hours** (423.590). The prescriber's supporting statement (12/04/2026) supports an exception under 423.578(b) in the
  alternative. Next level: the IRE.
- **Author:** the treating physician assistant, the prescriber (`relation: prescriber`), who may request a
  redetermination for the enrollee; he writes "I" as her treating physician assistant.
- Expected answers (16): notice "Date: 12/01/2026" (notice); request CD-26-1127-60914 (notice); "received 11/27/2026"
  (notice); "no paid claim for brexpiprazole in the past 120 days" (notice); the notice's "we will decide within 72
  hours" (notice); last paid fill "10/31/2026  paid SummitRx" (fill history); claim RX-1031-27391 (fill history);
  "Step therapy applies to new starts only" (criteria); exception EX-26-0702-1142 (approval); "07/02/2026 through
  11/30/2026" (approval); "akathisia" / "Aripiprazole stopped today after 12 days" (2023 note); "two tablets left"
  (statement); deadline by 02/04/2027 (truth); escitalopram "partial response alone, continuing" (statement); trazodone
  "50 mg at bedtime for sleep" (statement); the husband on the history, "IDOWU, OLUMIDE" (fill history).

## Deliberately unknown
- Why the plan's records missed its own paid claims: not in the case; a letter may ask.
- The cost of a month's brexpiprazole or her cost share: not in the case; no figure.
- Whether SummitRx will also treat the request as a renewal of EX-26-0702-1142: not known.

## Traps
- **Rule and date, not medicine.** The winning point is ST-AA-3's own "new starts only" with the plan's own paid fills
  within 120 days; the aripiprazole intolerance is the second, independent ground; a 423.578(b) exception the
  alternative.
- **The decision's wrong statement:** "no paid claim ... in the past 120 days" against five paid fills.
- **Stale document:** the 05/10/2023 medication list shows aripiprazole as "current" - it was stopped 12 days later
  for akathisia; never say she takes aripiprazole or "failed an adequate trial" of it.
- **Other person on a document:** the household fill history lists her husband's drugs (atorvastatin, metformin).
- **Drugs still taken:** escitalopram and brexpiprazole continue - never "failed"/"stopped"; brexpiprazole is
  augmentation (not a new antidepressant); trazodone 50 mg is a sleep dose; sertraline was a **remission in the 2012
  episode**.
- **Voice and rule for a PA:** the author is a physician assistant - never "physician", "Dr." for himself; Part D's
  expedited rule names "a physician or other prescriber", so his certification counts under 423.584.
- **Wrong law:** no ERISA, no 45 CFR 147.136, no MHPAEA (Medicare), no Medicare Advantage rules (422.xxx), no state
  insurance department; the 65 days run from the notice date (not "60 days after receipt").

## Arguments a strong letter makes (strongest first)
1. By ST-AA-3's own words the step does not reach her: **she is not a new start** - SummitRx itself paid brexpiprazole
   on 10/31/2026, 27 days before the request, and four times before. Approve the renewal.
2. Even for a new start, criterion 2 is met: a **documented intolerance to aripiprazole** (akathisia, 05/2023).
3. In the alternative, grant an exception under 42 CFR 423.578(b) on the prescriber's supporting statement.
4. Decide it **expedited, within 72 hours** (423.584, 423.590): two tablets left; stopping risks relapse.

## What a letter must NOT say
- "new start"; "she has never taken brexpiprazole"; "failed aripiprazole" as an adequate trial; "she takes
  aripiprazole".
- "Olumide", "atorvastatin", "metformin".
- "failed escitalopram", "stopped escitalopram"; trazodone as a trial; "failed sertraline"; "suicidal ideation".
- "as her physician", "Dr. Okonkwo-Lindqvist".
- "ERISA", "45 CFR 147.136", "MHPAEA", "422.", "60 days after receipt".
"""

ANSWERS = [
    ("notice date", "Date: 12/01/2026", "denial/coverage-determination-notice-2026-12-01.txt"),
    ("request number", "CD-26-1127-60914", "denial/coverage-determination-notice-2026-12-01.txt"),
    ("request received", "received 11/27/2026", "denial/coverage-determination-notice-2026-12-01.txt"),
    ("wrong statement", "no paid claim for brexpiprazole in the past 120 days", "denial/coverage-determination-notice-2026-12-01.txt"),
    ("expedited clock", "we will decide within 72 hours", "denial/coverage-determination-notice-2026-12-01.txt"),
    ("last paid fill", "10/31/2026  paid SummitRx", "other/pharmacy-fill-history-2026-12-02.txt"),
    ("last claim", "RX-1031-27391", "other/pharmacy-fill-history-2026-12-02.txt"),
    ("new starts only", "Step therapy applies to new starts only", "other/step-therapy-criteria-st-aa-3-2026.txt"),
    ("exception number", "EX-26-0702-1142", "other/exception-approval-2026-07-02.txt"),
    ("exception period", "07/02/2026 through 11/30/2026", "other/exception-approval-2026-07-02.txt"),
    ("intolerance", "Aripiprazole stopped today after 12 days", "clinical/psychiatry-note-2023-05-22.txt"),
    ("supply left", "two tablets left", "clinical/prescriber-supporting-statement-2026-12-04.txt"),
    ("appeal deadline", "by 02/04/2027", "truth"),
    ("escitalopram", "partial response alone, continuing", "clinical/prescriber-supporting-statement-2026-12-04.txt"),
    ("trazodone", "trazodone 50 mg at bedtime for sleep", "clinical/prescriber-supporting-statement-2026-12-04.txt"),
    ("other person", "IDOWU, OLUMIDE", "other/pharmacy-fill-history-2026-12-02.txt"),
]
