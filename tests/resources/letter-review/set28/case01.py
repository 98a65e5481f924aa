"""Set 28, case 01 (FICTIONAL): Marketplace HMO, rehabilitation visit limit applied to psychotherapy."""

SLUG = "01-marketplace-hmo-rehab-visit-limit-applied-to-dbt-psychotherapy-first-appeal-mother"

CASE_YAML = """
# FICTIONAL CASE (set 28, case 01) - every person, plan, provider, number and address is invented.
# Individual Marketplace Silver HMO, insured, Colorado. Juniper Halvorsen, 15, is in weekly individual DBT
# psychotherapy (90837). The plan paid 20 visits (01/07-05/20/2026) and denied the 8 visits of 07/01-08/19/2026
# (CO-119) as over "20 outpatient therapy visits per calendar year". Its own 2026 Schedule of Benefits puts that
# limit on rehabilitation and habilitation (physical, occupational, speech therapy); outpatient mental health has no
# visit limit. Her mother, the subscriber, writes the first internal appeal.
patient:
  name: Juniper Halvorsen
  salutation: Juniper
  date_of_birth: 2011-03-02
  member_id: FICT-FRH-22093170-03
  address: |-
    2716 South Clarkson Street
    Englewood, CO 80113
  phone: (303) 555-0112
insurer:
  name: Front Range Health Partners Silver HMO (FICTIONAL)
  appeals_address: |-
    Front Range Health Partners - Member Appeals (address FICTIONAL)
    PO Box 40217
    Denver, CO 80204
  fax: (303) 555-0177
claim:
  number: FRH-26-1014-558201
  plan_type: individual_aca
  funding: insured
  notice_date: 2026-10-14
  appeal_deadline: 2027-04-12
  deadline_basis: >-
    Notice of 10/14/2026: "You have 180 days from the date you receive this notice to file an internal appeal";
    counted here from the notice date, without mailing days.
  service_dates: [2026-07-01, 2026-07-08, 2026-07-15, 2026-07-22, 2026-07-29, 2026-08-05, 2026-08-12, 2026-08-19]
  sessions: 8
  setting: outpatient
  procedure_codes: [90837]
  diagnosis_codes: [F33.1, R45.88]
  carc_codes: [CO-119]
  denial_reason: >-
    Benefit maximum reached. Your plan covers 20 outpatient therapy visits per calendar year. Our records show 20
    visits paid from 01/07/2026 through 05/20/2026. Visits 21 and later in calendar year 2026 are not covered.
    (CARC 119: benefit maximum for this time period has been reached.)
  denial_category: benefit_limit
  denial_reasons: [benefit_limit]
  action: none
plan_policy:
  name: 2026 Schedule of Benefits, Silver HMO, "Outpatient mental health and substance use disorder services"
  quote: >-
    Outpatient mental health and substance use disorder services, office visits (including individual, family and
    group psychotherapy): $30 copay per visit. No visit limit.
  file: other/schedule-of-benefits-2026-excerpt.txt
  other_terms: >-
    Outpatient rehabilitation and habilitation services (physical therapy, occupational therapy and speech therapy):
    $30 copay per visit; limited to 20 visits per calendar year, rehabilitation and habilitation combined.
  other_terms_file: other/schedule-of-benefits-2026-excerpt.txt
  other_terms_apply: >-
    The 20-visit limit the denial applied is the limit on physical, occupational and speech therapy; Juniper's visits
    are individual psychotherapy, which the Schedule places under outpatient mental health services, with no visit
    limit, so visits 21 through 28 are covered at the $30 copay.
  limit:
    applied: 20
    current: none
    course: 28
    unit: visits
treatment:
  name: Individual dialectical behavior therapy (DBT) psychotherapy, weekly (90837)
  summary: >-
    Weekly individual DBT psychotherapy for recurrent depression with nonsuicidal self-harm; self-harm episodes fell
    from 3 a week in January 2026 to none since June 2026.
clinical:
  severity: PHQ-A 19 on 01/07/2026; PHQ-A 9 on 09/23/2026
  severity_date: 2026-09-23
  suicidality: passive
  suicidality_date: 2026-01-07
  response: PHQ-A 19 (01/07/2026) to 9 (09/23/2026); no self-harm since 06/02/2026
  response_level: partial
  history:
    - drug: Fluoxetine
      dose: 30 mg daily
      start: 2025-09
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued alongside DBT
      evidence: {file: clinical/dbt-treatment-summary-2026-09-30.txt, page: 1}
    - drug: Melatonin
      dose: 3 mg at bedtime for sleep
      start: 2025-11
      ongoing: true
      kind: other
      outcome: Sleep aid only; not an antidepressant trial
      evidence: {file: clinical/dbt-treatment-summary-2026-09-30.txt, page: 1}
author:
  name: Ingrid Halvorsen
  role: Mother of the member (parent of a minor) and the policy's subscriber
  relation: parent
  address: |-
    2716 South Clarkson Street
    Englewood, CO 80113
  phone: (303) 555-0112
  email: ingrid.halvorsen@mail.example
provider:
  name: Teodora Vance-Illig
  credentials: MA, LPC
  npi: "1288405636"
  address: |-
    Platte Valley Adolescent DBT Center (FICTIONAL), 1550 South Broadway, Suite 4
    Denver, CO 80210
  phone: (303) 555-0139
record_dates:
  - file: clinical/dbt-treatment-summary-2026-09-30.txt
    date: 2026-09-30
bates_prefix: HALVORSEN
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/explanation-of-benefits-2026-10-14.txt": """
FRONT RANGE HEALTH PARTNERS (FICTIONAL) - INDIVIDUAL MARKETPLACE SILVER HMO
EXPLANATION OF BENEFITS AND NOTICE OF ADVERSE BENEFIT DETERMINATION        Date of this notice: 10/14/2026
Subscriber: Ingrid Halvorsen     Claim: FRH-26-1014-558201
Page 1 of 1

Member: Juniper Halvorsen (dependent, DOB 03/02/2011)   Member ID FICT-FRH-22093170-03
Provider: Teodora Vance-Illig, MA, LPC (in network)
  07/01, 07/08, 07/15, 07/22, 07/29, 08/05, 08/12, 08/19/2026   90837   8 visits   billed $1,440.00   paid $0.00
  Reason: Benefit maximum reached. Your plan covers 20 outpatient therapy visits per calendar year. Our records show
  20 visits paid from 01/07/2026 through 05/20/2026. Visits 21 and later in calendar year 2026 are not covered.
  (CARC 119: benefit maximum for this time period has been reached.)

Member: Anders Halvorsen (dependent)   Member ID FICT-FRH-22093170-04
Provider: Mile High Pediatric Physical Therapy (in network)
  08/11/2026   97110   1 visit   billed $140.00   paid $110.00 (after $30 copay)   PT visit 6 of 20

YOUR RIGHT TO APPEAL: You have 180 days from the date you receive this notice to file an internal appeal. Write to
Front Range Health Partners - Member Appeals, PO Box 40217, Denver, CO 80204, or fax (303) 555-0177.
""",
    "other/schedule-of-benefits-2026-excerpt.txt": """
FRONT RANGE HEALTH PARTNERS SILVER HMO (FICTIONAL) - 2026 SCHEDULE OF BENEFITS (excerpt)
Individual and family coverage bought through the state's health insurance Marketplace.      Page 4 of 12

Outpatient mental health and substance use disorder services, office visits (including individual, family and
group psychotherapy): $30 copay per visit. No visit limit.

Outpatient rehabilitation and habilitation services (physical therapy, occupational therapy and speech therapy):
$30 copay per visit; limited to 20 visits per calendar year, rehabilitation and habilitation combined.

Primary care office visit: $30 copay. Specialist office visit: $60 copay.
""",
    "clinical/dbt-treatment-summary-2026-09-30.txt": """
PLATTE VALLEY ADOLESCENT DBT CENTER (FICTIONAL)
TREATMENT SUMMARY                                             Date: 09/30/2026
Client: Juniper Halvorsen   DOB 03/02/2011   Therapist: Teodora Vance-Illig, MA, LPC (NPI 1288405636)
Page 1 of 1

Diagnoses: major depressive disorder, recurrent, moderate (F33.1); nonsuicidal self-harm (R45.88).
Treatment: weekly individual DBT psychotherapy (90837), started 01/07/2026; 20 visits 01/07-05/20/2026; program break
in June (clinic summer schedule); visits resumed 07/01/2026 and continue weekly. Parent coaching monthly (not billed).
Course: PHQ-A 19 on 01/07/2026 with passive wish to be dead and self-cutting about 3 times a week; PHQ-A 9 on
09/23/2026; no self-harm since 06/02/2026; no suicidal ideation at the last four visits.
Medication (prescribed by her pediatrician): fluoxetine 30 mg daily since 09/2025, partial response, continued;
melatonin 3 mg at bedtime for sleep since 11/2025.
Plan: continue weekly individual DBT through the end of the 2026-27 school year, then review.
""",
    "other/clinic-intake-insurance-note-2024.txt": """
PLATTE VALLEY ADOLESCENT DBT CENTER (FICTIONAL) - INSURANCE NOTE FROM AN EARLIER INTAKE (2024)
Family: Halvorsen. Insurance at that time: Summit Peak Employer Group PPO (FICTIONAL), through the father's former
employer. Note by the front desk, 03/12/2024: "Plan allows 20 therapy sessions per year - tell family."
(This note describes a plan the family no longer has.)
""",
}

TRUTH = """
# 01 - Marketplace Silver HMO: a rehabilitation visit limit applied to psychotherapy; first appeal by the mother (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Juniper Halvorsen, **15** (DOB 03/02/2011), Englewood, CO, is a dependent on her mother's **individual Marketplace
  Silver HMO** (Front Range Health Partners, insured). Her mother, **Ingrid Halvorsen**, is the subscriber.
- Juniper has **weekly individual DBT psychotherapy (90837)** with an in-network LPC, for F33.1 with nonsuicidal
  self-harm (R45.88). The plan paid **20 visits (01/07-05/20/2026)** and denied the **8 visits of 07/01, 07/08, 07/15,
  07/22, 07/29, 08/05, 08/12 and 08/19/2026** (claim FRH-26-1014-558201, **CO-119**, notice **10/14/2026**) as over
  "20 outpatient therapy visits per calendar year".
- The plan's **2026 Schedule of Benefits** (page 4): outpatient mental health services "including individual, family
  and group psychotherapy": **$30 copay, "No visit limit"**. The **20-visit limit** is on "Outpatient rehabilitation
  and habilitation services (physical therapy, occupational therapy and speech therapy)".
- PHQ-A 19 -> 9; no self-harm since 06/02/2026. Necessity is not disputed.
- **Stage and rule:** first (only) internal appeal of an individual-market plan, 45 CFR 147.136(b)(3) (adopting the
  claims rule's procedures); 180 days from receipt of the notice: **by 04/12/2027** counted from the notice date.
  Post-service: decided within 60 days.
- **Author:** her mother, a parent of a minor (no authorization needed); she writes "my daughter" / "Juniper".

## Deliberately unknown
- Whether Colorado law or a state parity rule adds anything: not in the case; a letter should not cite state law.
- How the plan's claims system coded 90837 into the rehabilitation benefit: not known; the letter may ask, not say why.
- Whether external review reaches a benefit-interpretation denial: not settled in the case (it is not a medical
  judgment); a letter must not promise it.

## Traps
- **Plan document, not medicine.** The winning point is the Schedule of Benefits: psychotherapy sits under mental
  health with **no visit limit**; the 20-visit limit is the rehabilitation (PT/OT/speech) limit. No medical-necessity
  argument, no peer-to-peer, no clinical reviewer request.
- **Other person on the document:** the same EOB shows her brother **Anders's physical-therapy visit** ("PT visit 6 of
  20"); it is not part of this appeal and is the real rehabilitation limit at work.
- **Stale document:** the clinic's **2024 intake note** ("Plan allows 20 therapy sessions per year") describes the
  father's former employer PPO; it says nothing about this plan.
- **Fluoxetine continues** with a partial response: never "failed" or "stopped". **Melatonin** is a sleep aid, not a
  trial. DBT is psychotherapy, never listed as a failed drug trial.
- **Suicidality** was passive in January 2026 and absent at the last four visits: never "active suicidal ideation"
  now; never the Spravato suicidality indication.
- **Wrong law:** no ERISA (29 CFR 2560.503-1 by name as the governing rule), no EPSDT or Medicaid, no Medicare;
  parity (MHPAEA reaches individual-market coverage, 45 CFR 146.136 via 147.160) may be raised only as a second
  point (a limit on mental health visits the plan does not place on medical office visits); the plan's own document
  decides first.
- **Voice:** the mother writes "I" for herself and "my daughter"; never Juniper's "I".

## Arguments a strong letter makes (strongest first)
1. The plan's own **2026 Schedule of Benefits** covers outpatient psychotherapy with **no visit limit** ($30 copay);
   the 20-visit limit the denial applied is the limit on physical, occupational and speech therapy. Visits 21-28
   are covered; reprocess the 8 visits at the $30 copay.
2. Ask the plan to correct how it counts 90837 against the rehabilitation limit so the rest of 2026's weekly visits are
   not denied the same way.
3. Second point only: applying a visit limit to mental health visits that medical office visits do not carry would
   be a treatment limitation parity forbids; ask for the plan documents relied on.

## What a letter must NOT say
- "medically necessary" as the ground; "peer-to-peer"; "clinical reviewer".
- "the plan allows 20 psychotherapy visits" / conceding the limit; "exception to the limit" as the main ask.
- Anders's visit or "97110" as part of this appeal; "Summit Peak"; "2024" plan terms as this plan's.
- "failed fluoxetine", "stopped fluoxetine"; melatonin as a trial; "active suicidal ideation".
- "ERISA", "29 CFR 2560.503-1" as governing, "EPSDT", "Medicaid", "42 CFR", "external review" promised as of right.
"""

ANSWERS = [
    ("other/schedule-of-benefits-2026-excerpt.txt", "No visit limit."),
    ("other/schedule-of-benefits-2026-excerpt.txt", "limited to 20 visits per calendar year, rehabilitation and habilitation combined"),
    ("denial/explanation-of-benefits-2026-10-14.txt", "Your plan covers 20 outpatient therapy visits per calendar year"),
    ("denial/explanation-of-benefits-2026-10-14.txt", "Date of this notice: 10/14/2026"),
    ("denial/explanation-of-benefits-2026-10-14.txt", "PT visit 6 of 20"),
    ("denial/explanation-of-benefits-2026-10-14.txt", "You have 180 days from the date you receive this notice"),
    ("clinical/dbt-treatment-summary-2026-09-30.txt", "fluoxetine 30 mg daily since 09/2025, partial response, continued"),
    ("clinical/dbt-treatment-summary-2026-09-30.txt", "melatonin 3 mg at bedtime for sleep"),
    ("clinical/dbt-treatment-summary-2026-09-30.txt", "no suicidal ideation at the last four visits"),
    ("clinical/dbt-treatment-summary-2026-09-30.txt", "PHQ-A 9 on"),
    ("other/clinic-intake-insurance-note-2024.txt", "This note describes a plan the family no longer has."),
    ("truth", "by 04/12/2027"),
    ("truth", 'limit** is on "Outpatient rehabilitation and habilitation services'),
    ("truth", 'never "active suicidal ideation"'),
    ("case.yaml", "relation: parent"),
    ("case.yaml", "current: none"),
]
