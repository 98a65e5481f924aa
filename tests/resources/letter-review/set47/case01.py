"""Set 47, case 01 (FICTIONAL): Part D PDP, quantity limit from the 2025 formulary applied to 2026 fills of
buprenorphine-naloxone; IRE reconsideration asked by the treating addiction physician."""

SLUG = "01-part-d-pdp-buprenorphine-quantity-limit-2025-formulary-ire-addiction-physician"

CASE_YAML = """
# FICTIONAL CASE (set 47, case 01) - every person, plan, reviewer, clinic, number and address is invented.
# Stand-alone Part D plan (PDP), Kansas. Gideon Ashby-Vance, 61, on Medicare through disability, has taken
# buprenorphine-naloxone 24 mg-6 mg daily (three 8 mg-2 mg films) since 09/2024. The plan rejected the 90-film fill
# of 09/22/2026 under a quantity limit of 60 films per 30 days that was in its 2025 formulary; its 2026 formulary
# sets 90. Coverage determination denied 09/30/2026, redetermination denied 10/28/2026. His treating addiction
# physician asks the independent review entity (IRE) to reconsider.
patient:
  name: Gideon Ashby-Vance
  salutation: Mr. Ashby-Vance
  date_of_birth: 1965-02-11
  member_id: FICT-PMR-40218837
  address: |-
    1407 Cottonwood Terrace
    Wichita, KS 67208
  phone: (316) 555-0142
insurer:
  name: Prairie Meridian Rx (PDP) (FICTIONAL)
  appeals_address: |-
    Prairie Meridian Rx - Part D Appeals (FICTIONAL)
    PO Box 60418
    Topeka, KS 66601
  fax: (785) 555-0163
claim:
  number: CD-26-0924-81140
  plan_type: medicare_part_d
  notice_date: 2026-09-30
  service_dates: [2026-09-22, 2026-10-22]
  diagnosis_codes: [F11.20]
  denial_reason: >-
    The quantity requested exceeds the plan's quantity limit for buprenorphine-naloxone film of 60 films per 30 days
    (2 films per day). Coverage is limited to the quantity limit.
  denial_category: benefit_limit
  denial_reasons: [benefit_limit]
  action: none
plan_policy:
  name: Prairie Meridian Rx 2026 Comprehensive Formulary
  quote: >-
    buprenorphine-naloxone sublingual film 2 mg-0.5 mg, 4 mg-1 mg, 8 mg-2 mg, 12 mg-3 mg - Tier 2 - QL (90 films per
    30 days)
  file: other/formulary-2026-excerpt.txt
  limit:
    applied: 60
    current: 90
    course: 90
    unit: films per 30 days
    source:
      name: Prairie Meridian Rx 2025 Comprehensive Formulary
      year: 2025
      through: 2025-12-31
      file: other/formulary-2025-excerpt.txt
      page: 1
prescriber_statement:
  date: 2026-10-05
  quote: >-
    Mr. Ashby-Vance has taken 24 mg daily since September 2024. At 16 mg daily from March to September 2024 he had
    daily cravings and returned to fentanyl use in August 2024; since the increase his urine tests have been negative
    for fentanyl for 24 months. Lowering the dose to 16 mg would likely bring back cravings and put him at risk of
    relapse and overdose.
  file: other/prescriber-supporting-statement-2026-10-05.txt
decisions:
  - date: 2026-10-28
    outcome: denied
    stage: redetermination
    opens: IRE reconsideration
    next_deadline: 2027-01-01
    reason: >-
      The quantity requested (90 films per 30 days) exceeds the plan's quantity limit of 60 films per 30 days (2 films
      per day). There is no documentation that the member tried a dose of 16 mg daily. The denial is upheld.
    corrections:
      - said: There is no documentation that the member tried a dose of 16 mg daily.
        record: >-
          The clinic's treatment summary records buprenorphine-naloxone 16 mg-4 mg daily from 03/2024 to 09/2024, with
          daily cravings and a return to fentanyl use in 08/2024; the prescriber's statement of 10/05/2026, sent with
          the redetermination request, says the same.
        file: [clinical/treatment-summary-2026-10-01.txt, other/prescriber-supporting-statement-2026-10-05.txt]
        page: 1
external_review:
  agency: Keystone Part D Review Partners, the Part D independent review entity named in the redetermination notice (FICTIONAL)
  address: |-
    Keystone Part D Review Partners - Reconsiderations (FICTIONAL)
    PO Box 31907
    Harrisburg, PA 17105
  final_denial_date: 2026-10-28
treatment:
  name: Buprenorphine-naloxone 8 mg-2 mg sublingual film, three films daily (90 films per 30 days)
  summary: >-
    Maintenance treatment of severe opioid use disorder at the dose that ended his return to fentanyl use; he has
    taken it since 09/2024 and the plan's own 2026 formulary allows 90 films per 30 days.
  plan: >-
    Continue buprenorphine-naloxone 24 mg-6 mg daily (three 8 mg-2 mg films), 90 films per 30 days, with monthly
    visits, urine drug tests and a prescription monitoring check at each visit; review the dose every 6 months.
clinical:
  severity: >-
    Opioid use disorder, severe, on maintenance treatment; urine drug tests negative for fentanyl since 10/2024;
    craving 1 of 10 on 10/01/2026
  severity_date: 2026-10-01
  suicidality: none
  suicidality_date: 2026-10-01
  response: No fentanyl on any urine drug test since 10/2024 at 24 mg daily
  response_level: remission
  treating_since: 2024-03
  history:
    - drug: Methadone
      dose: 90 mg daily (opioid treatment program)
      start: 2015-06
      end: 2017-11
      kind: other
      response: remission
      failed: false
      outcome: Earlier episode; remission for more than two years, tapered off by choice in 2017; not a failed trial
      evidence: {file: clinical/treatment-summary-2026-10-01.txt, page: 1}
    - drug: Buprenorphine-naloxone
      dose: 16 mg-4 mg daily
      start: 2024-03
      end: 2024-09
      kind: other
      adequate: true
      response: partial
      outcome: Daily cravings; returned to fentanyl use in 08/2024; dose raised to 24 mg-6 mg
      evidence: {file: clinical/treatment-summary-2026-10-01.txt, page: 1}
    - drug: Buprenorphine-naloxone
      dose: 24 mg-6 mg daily (three 8 mg-2 mg films)
      start: 2024-09
      ongoing: true
      kind: other
      response: remission
      outcome: Continuing; no fentanyl on urine drug tests since 10/2024
      evidence: {file: clinical/treatment-summary-2026-10-01.txt, page: 1}
    - drug: Sertraline
      dose: 100 mg daily
      start: 2023-01
      ongoing: true
      kind: antidepressant
      outcome: For depression; continuing
      evidence: {file: clinical/treatment-summary-2026-10-01.txt, page: 1}
    - drug: Trazodone
      dose: 50 mg at bedtime for sleep
      start: 2024-11
      ongoing: true
      kind: other
      outcome: Sleep aid only; not a treatment trial
      evidence: {file: clinical/treatment-summary-2026-10-01.txt, page: 1}
impact:
  relapse: Returned to fentanyl use in 08/2024 while taking 16 mg daily.
  hospitalizations: Emergency department visit for a nonfatal overdose in 04/2023, before this treatment began.
expenses:
  - {date: 2026-09-22, item: 30 buprenorphine-naloxone 8 mg-2 mg films bought with a discount card after the plan's quantity-limit reject, amount: 96.40, paid: 96.40}
  - {date: 2026-10-22, item: 30 buprenorphine-naloxone 8 mg-2 mg films bought with a discount card after the plan's quantity-limit reject, amount: 96.40, paid: 96.40}
author:
  name: Priya Halvorsen-Ruiz, MD
  role: Treating physician (addiction medicine), Sunflower Bridge Recovery Clinic
  relation: physician
  address: |-
    Sunflower Bridge Recovery Clinic (FICTIONAL), 3300 East Douglas Avenue, Suite 210
    Wichita, KS 67208
  phone: (316) 555-0157
  email: dr.halvorsen@sunflowerbridge.example
  fax: (316) 555-0158
  authorization: other/enrollee-consent-2026-10-03.txt
provider:
  name: Priya Halvorsen-Ruiz, MD
  credentials: MD, board certified in addiction medicine
  npi: "1472039589"
  address: |-
    3300 East Douglas Avenue, Suite 210
    Wichita, KS 67208
  phone: (316) 555-0157
record_dates:
  - file: clinical/treatment-summary-2026-10-01.txt
    date: 2026-10-01
  - file: other/prescriber-supporting-statement-2026-10-05.txt
    date: 2026-10-05
template: external-review-request
bates_prefix: ASHBYVANCE
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/coverage-determination-notice-2026-09-30.txt": """
PRAIRIE MERIDIAN RX (PDP) (FICTIONAL) - NOTICE OF DENIAL OF MEDICARE PRESCRIPTION DRUG COVERAGE
Date of notice: 09/30/2026      Page 1 of 1
Member: Gideon Ashby-Vance   DOB 02/11/1965   Member ID FICT-PMR-40218837
Request CD-26-0924-81140, received 09/24/2026 from Priya Halvorsen-Ruiz, MD
Drug: buprenorphine-naloxone 8 mg-2 mg sublingual film, quantity 90 per 30 days

We denied your request. The quantity requested exceeds the plan's quantity limit for buprenorphine-naloxone film of
60 films per 30 days (2 films per day). Coverage is limited to the quantity limit.

You may ask for a redetermination within 65 days from the date of this notice.
""",
    "denial/redetermination-notice-2026-10-28.txt": """
PRAIRIE MERIDIAN RX (PDP) (FICTIONAL) - REDETERMINATION NOTICE
Date of notice: 10/28/2026      Page 1 of 1
Member: Gideon Ashby-Vance   Member ID FICT-PMR-40218837   Redetermination RD-26-1006-22719
Request received 10/06/2026 from the prescriber, Priya Halvorsen-Ruiz, MD, with a supporting statement.

Decision: The quantity requested (90 films per 30 days) exceeds the plan's quantity limit of 60 films per 30 days
(2 films per day). There is no documentation that the member tried a dose of 16 mg daily. The denial is upheld.
Reviewed by: Harlan Pruett, PharmD (clinical pharmacist).

If you disagree you, your representative or your prescriber may ask for a reconsideration by the Part D
independent review entity, Keystone Part D Review Partners, PO Box 31907, Harrisburg, PA 17105 (FICTIONAL),
within 65 days from the date of this notice.
""",
    "clinical/treatment-summary-2026-10-01.txt": """
SUNFLOWER BRIDGE RECOVERY CLINIC (FICTIONAL) - TREATMENT SUMMARY                   Date: 10/01/2026
Patient: Gideon Ashby-Vance   DOB 02/11/1965   Page 1 of 1
Diagnosis: opioid use disorder, severe (F11.20). Treated here since 03/2024.
History: methadone 90 mg daily at an opioid treatment program 06/2015-11/2017 (earlier episode) - remission, tapered
off by choice. Nonfatal overdose 04/2023 (emergency department). Buprenorphine-naloxone 16 mg-4 mg daily
03/2024-09/2024: daily cravings, returned to fentanyl use 08/2024. Raised to 24 mg-6 mg daily (three 8 mg-2 mg
films) 09/2024; urine drug tests negative for fentanyl every month since 10/2024.
Other medicines: sertraline 100 mg daily for depression since 01/2023 (continuing); trazodone 50 mg at bedtime for
sleep since 11/2024; naloxone 4 mg nasal spray kit carried for rescue.
Today: craving 1 of 10; no suicidal ideation. Plan: continue 24 mg-6 mg daily, 90 films per 30 days.
""",
    "other/formulary-2026-excerpt.txt": """
PRAIRIE MERIDIAN RX (PDP) (FICTIONAL) - 2026 COMPREHENSIVE FORMULARY (excerpt)     Updated 09/01/2026, page 47
Drugs to treat substance use disorders
buprenorphine-naloxone sublingual film 2 mg-0.5 mg, 4 mg-1 mg, 8 mg-2 mg, 12 mg-3 mg - Tier 2 - QL (90 films per
30 days)
QL = quantity limit. This formulary applies from January 1 through December 31, 2026.
""",
    "other/formulary-2025-excerpt.txt": """
PRAIRIE MERIDIAN RX (PDP) (FICTIONAL) - 2025 COMPREHENSIVE FORMULARY (excerpt)     page 44
[Stale: this formulary applied from January 1 through December 31, 2025.]
buprenorphine-naloxone sublingual film 2 mg-0.5 mg, 4 mg-1 mg, 8 mg-2 mg, 12 mg-3 mg - Tier 2 - QL (60 films per
30 days)
""",
    "other/prescriber-supporting-statement-2026-10-05.txt": """
SUPPORTING STATEMENT FOR A PART D EXCEPTION (prescriber)                            Date: 10/05/2026
Enrollee: Gideon Ashby-Vance   Member ID FICT-PMR-40218837
Prescriber: Priya Halvorsen-Ruiz, MD, NPI 1472039589, Sunflower Bridge Recovery Clinic (FICTIONAL)

Mr. Ashby-Vance has taken 24 mg daily since September 2024. At 16 mg daily from March to September 2024 he had
daily cravings and returned to fentanyl use in August 2024; since the increase his urine tests have been negative
for fentanyl for 24 months. Lowering the dose to 16 mg would likely bring back cravings and put him at risk of
relapse and overdose.
Sent with the redetermination request by fax 10/06/2026.
""",
    "other/pharmacy-fill-history-2026-10-23.txt": """
PLAINSVIEW PHARMACY (FICTIONAL) - FILL HISTORY, household account                 Printed 10/23/2026
09/22/2026  Gideon Ashby-Vance  buprenorphine-naloxone 8-2 mg film  #60  plan paid (reject for #90: QL 60/30)
09/22/2026  Gideon Ashby-Vance  buprenorphine-naloxone 8-2 mg film  #30  discount card, patient paid $96.40
10/05/2026  Marisol Ashby-Vance  atorvastatin 20 mg  #30  other plan
10/22/2026  Gideon Ashby-Vance  buprenorphine-naloxone 8-2 mg film  #60  plan paid (reject for #90: QL 60/30)
10/22/2026  Gideon Ashby-Vance  buprenorphine-naloxone 8-2 mg film  #30  discount card, patient paid $96.40
""",
    "other/enrollee-consent-2026-10-03.txt": """
ENROLLEE'S WRITTEN CONSENT                                                         Date: 10/03/2026
I, Gideon Ashby-Vance (Member ID FICT-PMR-40218837), ask Dr. Priya Halvorsen-Ruiz to request coverage, a
redetermination and any further reconsideration of my buprenorphine-naloxone prescription on my behalf, and agree
that my records may be sent for it.
Signed: Gideon Ashby-Vance
""",
}

TRUTH = """
# 01 - Part D PDP: buprenorphine-naloxone cut to 60 films by the 2025 formulary's limit; IRE reconsideration by the treating addiction physician (FICTIONAL)

All people, plans, reviewers, clinics, numbers and addresses are invented (FICTIONAL).

## What is true
- Gideon Ashby-Vance, 61 (DOB 02/11/1965), Medicare through disability, in a **stand-alone Part D plan** (Prairie
  Meridian Rx, Kansas). Severe opioid use disorder (F11.20), treated at Sunflower Bridge since 03/2024.
- He takes **buprenorphine-naloxone 24 mg-6 mg daily** (three 8 mg-2 mg films, **90 films per 30 days**) since
  **09/2024** and continues it. The plan paid 60 films on 09/22/2026 and 10/22/2026; he bought the other 30 each
  time with a discount card (**$96.40** each).
- Coverage determination **09/30/2026** and redetermination **10/28/2026** both applied a quantity limit of **60
  films per 30 days**. That is the **2025 formulary's** limit; the plan's own **2026 formulary** (updated 09/01/2026,
  page 47) sets **QL (90 films per 30 days)**. The dose asked for is within the terms in force.
- The redetermination says "There is no documentation that the member tried a dose of 16 mg daily"; the record and
  the prescriber's statement of **10/05/2026** (sent with the request) show **16 mg daily 03/2024-09/2024**, daily
  cravings and a return to fentanyl use in **08/2024**.
- **Rule and stage:** Part D, the level after the plan's redetermination is a reconsideration by the **independent
  review entity**, asked within **65 days of the redetermination notice: by 01/01/2027** (42 CFR 423.600(a); the
  prescriber may ask on the enrollee's behalf). In the alternative, a coverage exception to the quantity limit under
  **42 CFR 423.578(b)** rests on the prescriber's supporting statement.
- **Author:** the treating addiction physician, in her own voice ("I"), writing about "Mr. Ashby-Vance"; the
  enrollee's written consent of 10/03/2026 is enclosed.

## Deliberately unknown
- Why the plan's claims system still carried the 2025 limit: not known; a letter may ask.
- Whether the IRE will decide within a standard or an expedited time: no urgency was certified; the case does not
  say it is urgent.
- Any payment figure other than the two discount-card purchases of $96.40.

## Traps
- **Plan document, not medicine:** the winning point is the 2026 formulary's QL of 90 films per 30 days; the
  denials applied the 2025 limit of 60.
- **Stale document:** the 2025 formulary excerpt (QL 60) is enclosed; it is not the term in force for 2026 fills.
- **A decision's wrong statement:** "no documentation that the member tried a dose of 16 mg daily".
- **Drug still taken:** 24 mg daily continues; never "will start", never "failed", never "stopped". The 16 mg period
  was the same drug at a lower dose, not a different drug.
- **Earlier-episode response:** methadone 2015-2017 brought remission and was tapered by choice; it is not a failed
  trial.
- **Sleep dose:** trazodone 50 mg at bedtime is for sleep; sertraline is for depression; naloxone spray is a rescue
  kit. None is a trial of treatment for the opioid use disorder.
- **Other person on a document:** the pharmacy history's 10/05/2026 line is Marisol Ashby-Vance (atorvastatin,
  another plan); not part of this appeal.
- **Wrong law:** Medicare Part D - no ERISA, no 45 CFR 147.136, no MHPAEA (parity does not reach Medicare), no
  state external review, no "60 days after receipt".
- **Stage:** this is the IRE level after the 10/28/2026 redetermination, not a redetermination; the request goes to
  the IRE, not to the plan "to be forwarded".

## Arguments a strong letter makes (strongest first)
1. The plan's own **2026 formulary** sets **90 films per 30 days**; the 60-film limit both decisions applied is the
   **2025 formulary's**, which governed only through 12/31/2025. The fills of 09/22/2026 and 10/22/2026 are within
   the 2026 terms: cover 90 films per 30 days.
2. Correct the redetermination's statement: the record shows **16 mg daily 03/2024-09/2024** with a return to
   fentanyl use in 08/2024 (treatment summary; prescriber's statement of 10/05/2026).
3. In the alternative, grant an **exception to the quantity limit** under **42 CFR 423.578(b)**, on the prescriber's
   supporting statement: a lower dose would likely bring back cravings and put him at risk of relapse and overdose.
4. Reimburse the **$96.40** paid twice for the 30 films the plan would not cover.

## What a letter must NOT say
- "not medically necessary" as the ground; "the 2025 formulary governs"; "QL 60" as the current limit.
- "failed buprenorphine", "stopped buprenorphine", "will start buprenorphine"; "failed methadone"; trazodone or
  naloxone as a trial.
- "Marisol", "atorvastatin".
- "ERISA", "29 CFR 2560.503-1", "45 CFR 147.136", "MHPAEA", "parity", "state insurance department", "external review"
  under state law, "60 days after receipt".
- "suicidal ideation" as present.
"""

ANSWERS = [
    ("plan type", "medicare_part_d", "case.yaml"),
    ("level asked for", "reconsideration by the Part D independent review entity", "denial/redetermination-notice-2026-10-28.txt"),
    ("deadline for the IRE", "by 01/01/2027", "truth"),
    ("limit applied", "60 films per 30 days", "denial/redetermination-notice-2026-10-28.txt"),
    ("limit in the 2026 formulary", "QL (90 films per 30 days)", "other/formulary-2026-excerpt.txt"),
    ("formulary in force", "This formulary applies from January 1 through December 31, 2026", "other/formulary-2026-excerpt.txt"),
    ("stale document", "Stale: this formulary applied from January 1 through December 31, 2025", "other/formulary-2025-excerpt.txt"),
    ("16 mg period", "16 mg-4 mg daily 03/2024-09/2024", "clinical/treatment-summary-2026-10-01.txt"),
    ("return to use", "returned to fentanyl use 08/2024", "clinical/treatment-summary-2026-10-01.txt"),
    ("urine tests negative since", "negative for fentanyl every month since 10/2024", "clinical/treatment-summary-2026-10-01.txt"),
    ("prescriber statement date", "Date: 10/05/2026", "other/prescriber-supporting-statement-2026-10-05.txt"),
    ("exception rule", "42 CFR 423.578(b)", "truth"),
    ("amount paid out of pocket each fill", "$96.40", "other/pharmacy-fill-history-2026-10-23.txt"),
    ("other person on a document", "Marisol Ashby-Vance", "other/pharmacy-fill-history-2026-10-23.txt"),
    ("sleep dose", "trazodone 50 mg at bedtime for sleep", "clinical/treatment-summary-2026-10-01.txt"),
    ("earlier-episode response", "methadone 2015-2017 brought remission", "truth"),
]
