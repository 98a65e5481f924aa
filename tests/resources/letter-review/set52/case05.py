SLUG = "05-county-plan-maintenance-ect-revised-policy-in-force-second-level-adult-son"

CASE_YAML = """\
# FICTIONAL CASE (letters set 52, case 05) - every person, plan, administrator, provider, number and address is invented.
# County employees' plan, self-funded, Minnesota, 2,300 employees (governmental). Harold Kwiatkowski-Bell, 64, a county
# highway engineer, has had maintenance ECT every 4 weeks since 07/2025. His psychiatrist asked on 10/14/2026 for 6
# more sessions. The denial and the first-level decision applied the 03/2024 version of policy MP-ECT-05 ("beyond 12
# months ... not medically necessary"); the revision in force from 09/01/2026 allows it when he relapsed after an
# attempt to lengthen the interval and his psychiatrist reviews the need every 3 months - both documented. His adult
# son, his authorized representative, files the second-level appeal.
patient:
  name: Harold Kwiatkowski-Bell
  salutation: Mr. Kwiatkowski-Bell
  date_of_birth: 1962-11-28
  member_id: FICT-BCE-7719304
  address: |-
    5120 Juniper Lake Road
    Brainerd, MN 56401
  phone: (218) 555-0128
insurer:
  name: Bramwell County Employee Health Plan, administered by Northstar Plan Services (FICTIONAL)
  appeals_address: |-
    Northstar Plan Services - Second Level Appeals (FICTIONAL)
    PO Box 9207
    St. Cloud, MN 56302
  fax: (320) 555-0153
claim:
  number: NPS-PA-26-1014-40877
  plan_type: governmental
  funding: self_funded
  employees: 2300
  notice_date: 2026-10-21
  stage: second level
  service_dates: [2026-11-24, 2026-12-22, 2027-01-19, 2027-02-16, 2027-03-16, 2027-04-13]
  pending_services: 6
  setting: outpatient
  procedure_codes: [90870]
  diagnosis_codes: [F33.3]
  denial_reason: >-
    Maintenance ECT beyond 12 months after the acute course is not medically necessary (Medical Policy MP-ECT-05,
    Section 4). Maintenance ECT began 07/2025.
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  action: none
  reviewer: {name: "Paul Renner, MD", specialty: internal medicine}
plan_policy:
  name: Northstar Plan Services Medical Policy MP-ECT-05 "Electroconvulsive Therapy", revision effective 09/01/2026, Section 4
  number: MP-ECT-05
  quote: >-
    Section 4. Maintenance ECT beyond 12 months after the acute course is medically necessary when (a) the member
    relapsed within 6 months after an earlier attempt to stop maintenance ECT or to lengthen its interval beyond 4
    weeks, and (b) the treating psychiatrist documents a review of the need for continued maintenance at least every
    3 months.
  file: other/mp-ect-05-revision-2026-09-01.txt
  other_terms: >-
    Revision history: "Revision effective 09/01/2026 replaces the version of 03/01/2024 for requests received on or
    after 09/01/2026. The 03/01/2024 version stated: Maintenance ECT beyond 12 months after the acute course is not
    medically necessary."
  other_terms_file: other/mp-ect-05-revision-2026-09-01.txt
  other_terms_apply: >-
    The request was received on 10/14/2026, after 09/01/2026, so the revision of 09/01/2026 decides it; both decisions
    quoted the 03/01/2024 version it replaced.
payer_criteria:
  - criterion: "Section 4(a): relapse within 6 months after an earlier attempt to stop maintenance ECT or to lengthen its interval beyond 4 weeks"
    how_met: >-
      The interval was lengthened to 6 weeks on 02/03/2026; by 03/17/2026 he had relapsed (MADRS 12 to 31) and the
      4-week interval was restored.
    met: true
    evidence: {file: clinical/ect-maintenance-reviews-2026.txt, page: 1}
  - criterion: "Section 4(b): review of the need for continued maintenance at least every 3 months by the treating psychiatrist"
    how_met: Reviews documented on 01/06/2026, 04/07/2026, 07/07/2026 and 10/06/2026.
    met: true
    evidence: {file: clinical/ect-maintenance-reviews-2026.txt, page: 1}
decisions:
  - date: 2026-11-18
    outcome: denied
    stage: first level
    opens: second level
    next_deadline: 2027-01-17
    reason: >-
      The member has received maintenance ECT for more than 12 months. MP-ECT-05 does not allow maintenance ECT beyond
      12 months. The denial is upheld.
    corrections:
      - said: MP-ECT-05 does not allow maintenance ECT beyond 12 months.
        record: >-
          The revision of MP-ECT-05 in force from 09/01/2026, which governs a request received on 10/14/2026, allows
          maintenance ECT beyond 12 months under Section 4(a) and (b); the decision quoted the 03/01/2024 version.
        file: other/mp-ect-05-revision-2026-09-01.txt
        page: 1
prior_auth:
  requested_on: 2026-10-14
treatment:
  name: Maintenance electroconvulsive therapy (ECT), one session every 4 weeks, 6 sessions
  summary: >-
    Maintenance ECT every 4 weeks for recurrent severe depression with psychotic features, after an acute course in
    2025; an attempt to lengthen the interval in 02/2026 was followed by relapse within six weeks.
  plan: >-
    One session every 4 weeks, 11/24/2026 through 04/13/2027 (6 sessions), nortriptyline and lithium continued; the
    need reviewed every 3 months, the next review in 01/2027.
clinical:
  severity: MADRS 12 on 10/06/2026 (on maintenance); MADRS 31 on 03/17/2026 (relapse after the interval was lengthened)
  severity_date: 2026-10-06
  suicidality: none
  suicidality_date: 2026-10-06
  response: MADRS 38 before the 2025 acute course; 12 on 10/06/2026
  response_level: response
  treating_since: 2013-05-20
  history:
    - drug: Nortriptyline
      dose: 75 mg daily
      start: 2025-08
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued with maintenance ECT
      evidence: {file: clinical/ect-maintenance-reviews-2026.txt, page: 1}
    - drug: Lithium
      dose: 600 mg daily
      start: 2025-08
      ongoing: true
      kind: augmentation
      adequate: true
      response: partial
      outcome: Continued with maintenance ECT
      evidence: {file: clinical/ect-maintenance-reviews-2026.txt, page: 1}
    - drug: Quetiapine
      dose: 25 mg at bedtime for sleep
      start: 2025-09
      ongoing: true
      kind: other
      outcome: Sleep dose only; not an antipsychotic trial
      evidence: {file: clinical/ect-maintenance-reviews-2026.txt, page: 1}
    - drug: ECT (2014, an earlier episode)
      dose: 10 sessions
      start: 2014-03
      end: 2014-04
      kind: neuromodulation
      sessions: 10
      adequate: true
      response: remission
      outcome: Remission in the 2014 episode; not a failed trial
      evidence: {file: clinical/ect-maintenance-reviews-2026.txt, page: 1}
impact:
  relapse: >-
    Relapsed within six weeks when the interval was lengthened to 6 weeks in 02/2026 (MADRS 31 on 03/17/2026, with
    guilt of delusional intensity).
  work: Working full time as a county highway engineer while on maintenance ECT.
author:
  name: Tobias Kwiatkowski-Bell
  role: Son of the patient, authorized representative
  relation: representative
  authorization: other/authorized-representative-form-2026-11-25.txt
  address: |-
    88 Lakeview Terrace
    Duluth, MN 55803
  phone: (218) 555-0171
  email: tobias.kb@mail.example
provider:
  name: Ingrid Solvang-Reyes, MD
  credentials: MD, psychiatrist
  npi: "1411702933"
  address: |-
    North Pines Behavioral Health (FICTIONAL), 300 Laurel Street
    Brainerd, MN 56401
  phone: (218) 555-0186
copies: [prescriber]
bates_prefix: KWIATKOWSKIBELL
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
"denial/denial-letter-2026-10-21.txt": """\
NORTHSTAR PLAN SERVICES (FICTIONAL) for the Bramwell County Employee Health Plan
NOTICE OF ADVERSE BENEFIT DETERMINATION - PRIOR AUTHORIZATION                   Date: 10/21/2026
Member: Harold Kwiatkowski-Bell   ID FICT-BCE-7719304   Reference NPS-PA-26-1014-40877   Received 10/14/2026
Requested: maintenance ECT (90870), 6 sessions, 11/24/2026-04/13/2027. Requesting: Ingrid Solvang-Reyes, MD.
Decision: denied. Maintenance ECT beyond 12 months after the acute course is not medically necessary (Medical Policy
MP-ECT-05, Section 4). Maintenance ECT began 07/2025. Reviewer: Paul Renner, MD (internal medicine).
You may appeal within 180 days.""",
"denial/first-level-decision-2026-11-18.txt": """\
NORTHSTAR PLAN SERVICES (FICTIONAL) - FIRST LEVEL APPEAL DECISION                 Date: 11/18/2026
Member: Harold Kwiatkowski-Bell   Reference NPS-PA-26-1014-40877
The member has received maintenance ECT for more than 12 months. MP-ECT-05 does not allow maintenance ECT beyond 12
months. The denial is upheld.
You may request a second level appeal within 60 days of this decision: Second Level Appeals, PO Box 9207, St. Cloud,
MN 56302, fax (320) 555-0153.""",
"other/mp-ect-05-revision-2026-09-01.txt": """\
NORTHSTAR PLAN SERVICES (FICTIONAL) - MEDICAL POLICY MP-ECT-05 "ELECTROCONVULSIVE THERAPY"
Revision effective 09/01/2026                                                          Page 1 of 3
Section 4. Maintenance ECT beyond 12 months after the acute course is medically necessary when (a) the member
relapsed within 6 months after an earlier attempt to stop maintenance ECT or to lengthen its interval beyond 4
weeks, and (b) the treating psychiatrist documents a review of the need for continued maintenance at least every
3 months.
Revision history: Revision effective 09/01/2026 replaces the version of 03/01/2024 for requests received on or
after 09/01/2026. The 03/01/2024 version stated: Maintenance ECT beyond 12 months after the acute course is not
medically necessary.""",
"other/mp-ect-05-version-2024-03-01-superseded.txt": """\
NORTHSTAR PLAN SERVICES (FICTIONAL) - MEDICAL POLICY MP-ECT-05, version of 03/01/2024
Section 4. Maintenance ECT beyond 12 months after the acute course is not medically necessary.
[Printed 2025 from the administrator's website; replaced on 09/01/2026.]""",
"clinical/ect-maintenance-reviews-2026.txt": """\
NORTH PINES BEHAVIORAL HEALTH (FICTIONAL) - MAINTENANCE ECT REVIEWS 2026                Page 1 of 1
Patient: Harold Kwiatkowski-Bell   DOB 11/28/1962   Psychiatrist: Ingrid Solvang-Reyes, MD
F33.3 recurrent major depression, severe, with psychotic features. Acute ECT 05/2025-06/2025 (12 sessions), MADRS 38 ->
10; maintenance every 4 weeks since 07/2025.
01/06/2026 review: stable, MADRS 11; plan to try a longer interval.
02/03/2026: interval lengthened to 6 weeks.
03/17/2026: relapse - MADRS 31, early-morning waking, guilt with delusional intensity; 4-week interval restored.
04/07/2026 review: MADRS 16, improving. 07/07/2026 review: MADRS 13. 10/06/2026 review: MADRS 12; no suicidal
ideation; continue every 4 weeks.
Medications: nortriptyline 75 mg daily since 08/2025 and lithium 600 mg daily since 08/2025, both continued;
quetiapine 25 mg at bedtime for sleep. Earlier episode: ECT 10 sessions 03/2014-04/2014, remission.
Last maintenance session 10/27/2026; next due 11/24/2026.
[Family history page lists his brother Walter's bipolar disorder; not this patient's diagnosis.]""",
"other/authorized-representative-form-2026-11-25.txt": """\
NORTHSTAR PLAN SERVICES (FICTIONAL) - AUTHORIZED REPRESENTATIVE DESIGNATION            Date: 11/25/2026
I, Harold Kwiatkowski-Bell, name my son Tobias Kwiatkowski-Bell to act for me in this appeal.
Signed: Harold Kwiatkowski-Bell""",
}

TRUTH = """\
# 05 - County employees' plan: maintenance ECT denied under a superseded policy version; second-level appeal by his son (FICTIONAL)

All people, plans, administrators, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Harold Kwiatkowski-Bell, 64 (DOB 11/28/1962), a county highway engineer covered by the **Bramwell County Employee
  Health Plan** (a governmental plan, self-funded, 2,300 employees; administrator Northstar), has **F33.3**. Acute ECT
  05-06/2025; **maintenance ECT every 4 weeks since 07/2025**.
- Request received **10/14/2026** for **6 maintenance sessions, 11/24/2026-04/13/2027** (pre-service). Denied
  **10/21/2026** (reference NPS-PA-26-1014-40877) and upheld at the first level **11/18/2026**, both under the
  **03/01/2024 version** of MP-ECT-05 ("beyond 12 months ... not medically necessary"). Reviewer: an internist.
- The **revision of MP-ECT-05 effective 09/01/2026** replaces that version "for requests received on or after
  09/01/2026" and allows maintenance beyond 12 months when (a) he **relapsed within 6 months after an attempt to
  lengthen the interval** - lengthened to 6 weeks on 02/03/2026, relapse 03/17/2026 (MADRS 31) - and (b) the
  psychiatrist **reviews the need every 3 months** - 01/06, 04/07, 07/07, 10/06/2026. Both met.
- The session due **11/24/2026** has been missed while the appeal is pending (last session 10/27/2026).
- **Rule and stage:** governmental plan: 45 CFR 147.136(b)(2)(i), applying 29 CFR 2560.503-1. **Second-level** appeal,
  answering the 11/18/2026 decision, within **60 days: by 01/17/2027** (the decision's words). External review after a
  final internal denial: 45 CFR 147.136(c)-(d). Parity: 45 CFR 146.136.
- **Author:** his son Tobias, authorized representative; writes about "Mr. Kwiatkowski-Bell" / "my father".
- Expected answers:

## Deliberately unknown
- Whether the plan opted out of parity before the opt-out ended: not in the case; a letter must not assert parity as
  a violation, only ask.
- When the administrator's claims staff loaded the 09/01/2026 revision: unknown.
- Whether his psychiatrist will certify urgency: not in the case; no urgency certification is enclosed.

## Traps
- **Policy version, not a new clinical argument.** The winning point is the revision in force on the date the request
  was received, whose two conditions the record meets; the 03/01/2024 version does not govern.
- **Stale document:** the 2024 version printout (superseded) in other/.
- **Other person:** the family-history line on his brother Walter's bipolar disorder is not his diagnosis.
- **Drugs still taken:** nortriptyline and lithium continue with maintenance ECT: never "failed" or "stopped".
  **Quetiapine 25 mg** is a sleep dose, not an antipsychotic trial. **ECT in 2014** was an earlier episode's remission.
- **Stage:** a second-level appeal that answers the 11/18/2026 decision, not the first denial alone.
- **Wrong law:** no ERISA as the governing law, no Labor Department/EBSA; no Medicare.
- **Voice:** the son writes about his father, never "I had ECT".

## Arguments a strong letter makes (strongest first)
1. The request was received 10/14/2026; the **09/01/2026 revision** of MP-ECT-05 governs it and allows maintenance
   beyond 12 months when (a) and (b) are met. Both decisions quoted the replaced 03/01/2024 version.
2. (a) met: interval lengthened 02/03/2026, relapse 03/17/2026 (MADRS 31), within 6 months. (b) met: reviews every 3
   months. Approve the 6 sessions through 04/13/2027.
3. The reviewer is an internist; ask for review by a psychiatrist; the risk of delay (a missed 11/24 session; relapse
   with psychotic features in 03/2026).

## What a letter must NOT say
- "MP-ECT-05 does not allow maintenance beyond 12 months" as the plan's rule in force; conceding the 12-month limit.
- "failed nortriptyline", "stopped lithium"; quetiapine as a trial; the 2014 ECT as a failure; "bipolar disorder".
- "ERISA" as the law governing this plan; "Department of Labor"; "EBSA"; "Medicare".
- "first-level appeal" for this letter; "I had ECT" (voice).
"""

ANSWERS = [
    ("Plan type", "plan_type: governmental", "case.yaml"),
    ("Reference number", "NPS-PA-26-1014-40877", "denial/denial-letter-2026-10-21.txt"),
    ("Date request received", "Received 10/14/2026", "denial/denial-letter-2026-10-21.txt"),
    ("Decision appealed", "FIRST LEVEL APPEAL DECISION                 Date: 11/18/2026", "denial/first-level-decision-2026-11-18.txt"),
    ("Stage", "stage: second level", "case.yaml"),
    ("Second-level deadline", "2027-01-17", "case.yaml"),
    ("Policy version in force", "Revision effective 09/01/2026", "other/mp-ect-05-revision-2026-09-01.txt"),
    ("Which requests it governs", "for requests received on or\nafter 09/01/2026", "other/mp-ect-05-revision-2026-09-01.txt"),
    ("Version the decisions applied", "version of 03/01/2024", "other/mp-ect-05-revision-2026-09-01.txt"),
    ("Criterion (a) record", "03/17/2026: relapse - MADRS 31", "clinical/ect-maintenance-reviews-2026.txt"),
    ("Interval lengthened", "02/03/2026: interval lengthened to 6 weeks", "clinical/ect-maintenance-reviews-2026.txt"),
    ("Criterion (b) record", "01/06/2026, 04/07/2026, 07/07/2026 and 10/06/2026", "case.yaml"),
    ("Reviewer's specialty", "Paul Renner, MD (internal medicine)", "denial/denial-letter-2026-10-21.txt"),
    ("Drugs still taken", "nortriptyline 75 mg daily since 08/2025 and lithium 600 mg daily since 08/2025, both continued", "clinical/ect-maintenance-reviews-2026.txt"),
    ("Sleep dose", "quetiapine 25 mg at bedtime for sleep", "clinical/ect-maintenance-reviews-2026.txt"),
    ("Other person on a document", "his brother Walter's bipolar disorder", "clinical/ect-maintenance-reviews-2026.txt"),
]
