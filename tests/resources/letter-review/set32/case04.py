"""Set 32 case 04 (FICTIONAL): FEHB, family-based treatment denied as "family counseling"; OPM review by the mother."""
SLUG = "fehb-family-based-treatment-anorexia-family-counseling-exclusion-opm-review-mother"

CASE_YAML = r'''
# FICTIONAL CASE (set 32, case 04) - every person, plan, provider, number and address is invented.
# FEHB, Standard Option, Washington. Saoirse Lindqvist-Obi, 14, has anorexia nervosa treated with family-based
# treatment (family therapy sessions that include her, 90847), 12 weekly sessions 06/03-08/19/2026. The carrier denied
# them as "marriage and family counseling" (brochure Section 6) and upheld that on reconsideration (10/27/2026). The
# exclusion's own words except family therapy that treats a covered member's diagnosed condition (Section 5(e)). Her
# mother, the enrollee, asks OPM to review.
patient:
  name: Saoirse Lindqvist-Obi
  salutation: Saoirse
  date_of_birth: 2012-02-11
  member_id: FICT-KFE-R61230447-02
  address: |-
    5512 Ravenna Avenue NE
    Seattle, WA 98105
  phone: (206) 555-0124
insurer:
  name: Keystone Federal Employees Health Plan, Standard Option (FICTIONAL)
  appeals_address: |-
    Keystone Federal Employees Health Plan - Reconsiderations (address FICTIONAL)
    PO Box 30419
    Tacoma, WA 98401
  fax: (253) 555-0166
claim:
  number: KFE-26-0908-774120
  plan_type: fehb
  notice_date: 2026-09-08
  service_dates: [2026-06-03, 2026-06-10, 2026-06-17, 2026-06-24, 2026-07-01, 2026-07-08, 2026-07-15, 2026-07-22, 2026-07-29, 2026-08-05, 2026-08-12, 2026-08-19]
  sessions: 12
  setting: outpatient
  procedure_codes: [90847]
  diagnosis_codes: [F50.011]
  carc_codes: [CO-204]
  denial_reason: >-
    Not covered. Marriage and family counseling is excluded under your brochure, Section 6, General exclusions.
    (CARC 204: this service is not covered under the patient's current benefit plan.)
  denial_category: not_covered
  denial_reasons: [not_covered]
  action: none
decisions:
  - date: 2026-10-27
    outcome: denied
    stage: carrier reconsideration
    opens: OPM review
    next_deadline: 2027-01-25
    reason: >-
      We have reconsidered and affirm our decision. The services billed under 90847 are family counseling, which
      the brochure excludes in Section 6. Medical necessity was not at issue.
external_review:
  agency: U.S. Office of Personnel Management, Federal Employee Insurance Operations (address FICTIONAL)
  address: |-
    OPM FEIO Health Insurance Group 3 (FICTIONAL)
    PO Box 44188
    Washington, DC 20026
  final_denial_date: 2026-10-27
plan_policy:
  name: 2026 FEHB brochure, Section 6, General exclusions
  quote: >-
    We do not cover: ... Marriage and family counseling, except family therapy provided to treat a covered member's
    diagnosed mental health or substance use condition (see Section 5(e)).
  file: other/brochure-2026-excerpts.txt
  other_terms: >-
    Section 5(e) Mental health and substance use disorder benefits, professional services: diagnostic evaluation;
    individual, group and family psychotherapy to treat a covered member's diagnosed condition, including family
    therapy in which the covered member is the patient. In-network: $25 copayment per visit.
  other_terms_file: other/brochure-2026-excerpts.txt
  other_terms_apply: >-
    Each of the 12 sessions was family-based treatment of Saoirse's diagnosed anorexia nervosa, with Saoirse
    present as the patient, so the exclusion's own exception and Section 5(e) cover them at the $25 copayment.
  exclusion:
    name: Brochure Section 6, "Marriage and family counseling"
    reaches: false
    why: >-
      The exclusion itself excepts family therapy provided to treat a covered member's diagnosed mental health
      condition; the sessions treated Saoirse's anorexia nervosa (F50.011), with her present as the patient, as the
      therapy notes record for every date.
    file: clinical/fbt-session-summary-2026-08-26.txt
treatment:
  name: Family-based treatment (FBT) for anorexia nervosa, family therapy sessions that include Saoirse herself (90847), weekly
  summary: >-
    Weekly family-based treatment of a 14-year-old's anorexia nervosa, restricting type; weight restored from 82% to
    94% of expected body weight between 06/03 and 08/19/2026.
clinical:
  severity: 82% of expected body weight (BMI 15.9) on 06/03/2026; 94% (BMI 18.2) on 08/19/2026
  severity_date: 2026-08-19
  suicidality: none
  suicidality_date: 2026-08-19
  response: 82% to 94% of expected body weight (06/03-08/19/2026); meals completed at home since July
  response_level: partial
  history:
    - drug: Fluoxetine
      dose: 20 mg daily (for co-occurring anxiety)
      start: 2025-11
      ongoing: true
      kind: antidepressant
      outcome: Taken for anxiety; continued
      evidence: {file: clinical/fbt-session-summary-2026-08-26.txt, page: 1}
    - drug: Individual CBT for anxiety (earlier episode)
      dose: 14 sessions
      start: 2024-02
      end: 2024-06
      kind: psychotherapy
      response: response
      outcome: Anxiety improved in 2024 (an earlier episode; not a failed treatment)
      evidence: {file: clinical/fbt-session-summary-2026-08-26.txt, page: 1}
author:
  name: Annika Lindqvist
  role: Mother of the patient and the FEHB enrollee (parent of a minor)
  relation: parent
  address: |-
    5512 Ravenna Avenue NE
    Seattle, WA 98105
  phone: (206) 555-0124
  email: annika.lindqvist@mail.example
provider:
  name: Oluwaseun Brandt-Adeyemi
  credentials: PhD, licensed psychologist
  npi: "1722833419"
  address: |-
    Puget Sound Eating Disorders Clinic (FICTIONAL), 4225 Roosevelt Way NE
    Seattle, WA 98105
  phone: (206) 555-0139
record_dates:
  - file: clinical/fbt-session-summary-2026-08-26.txt
    date: 2026-08-26
template: external-review-request
bates_prefix: LINDQVISTOBI
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''

DOCS = {
    "denial/explanation-of-benefits-2026-09-08.txt": """
KEYSTONE FEDERAL EMPLOYEES HEALTH PLAN, STANDARD OPTION (FICTIONAL) - EXPLANATION OF BENEFITS
Date: 09/08/2026   Enrollee: Annika Lindqvist   Patient: Saoirse Lindqvist-Obi (daughter)   Claim KFE-26-0908-774120
Page 1 of 1

Provider: Oluwaseun Brandt-Adeyemi, PhD (Preferred)   90847 x 12, 06/03/2026-08/19/2026 (weekly)   Dx F50.011
Billed $2,280.00   Paid $0.00
Reason: Not covered. Marriage and family counseling is excluded under your brochure, Section 6, General exclusions.
(CARC 204: this service is not covered under the patient's current benefit plan.)
You may ask us to reconsider within 6 months of the date of this notice.
""",
    "denial/reconsideration-decision-2026-10-27.txt": """
KEYSTONE FEDERAL EMPLOYEES HEALTH PLAN (FICTIONAL) - RECONSIDERATION DECISION           Date: 10/27/2026
To: Annika Lindqvist   Re: Saoirse Lindqvist-Obi, claim KFE-26-0908-774120
Page 1 of 1

We have reconsidered and affirm our decision. The services billed under 90847 are family counseling, which the
brochure excludes in Section 6. Medical necessity was not at issue.
If you disagree, you may ask the U.S. Office of Personnel Management to review our decision. You must write to OPM
within 90 days of the date of this letter: OPM FEIO Health Insurance Group 3, PO Box 44188, Washington, DC 20026.
""",
    "other/brochure-2026-excerpts.txt": """
KEYSTONE FEDERAL EMPLOYEES HEALTH PLAN (FICTIONAL) - 2026 BROCHURE, EXCERPTS

Section 5(e) Mental health and substance use disorder benefits, professional services (page 61):
diagnostic evaluation; individual, group and family psychotherapy to treat a covered member's diagnosed condition,
including family therapy in which the covered member is the patient. In-network: $25 copayment per visit.

Section 6 General exclusions (page 98):
We do not cover: ... Marriage and family counseling, except family therapy provided to treat a covered member's
diagnosed mental health or substance use condition (see Section 5(e)).
""",
    "clinical/fbt-session-summary-2026-08-26.txt": """
PUGET SOUND EATING DISORDERS CLINIC (FICTIONAL) - FAMILY-BASED TREATMENT SUMMARY        Date: 08/26/2026
Patient: Saoirse Lindqvist-Obi   DOB 02/11/2012   Clinician: Oluwaseun Brandt-Adeyemi, PhD (NPI 1722833419)
Page 1 of 1

Diagnosis: anorexia nervosa, restricting type, moderate (F50.011). The identified patient at every session.
Treatment: family-based treatment (FBT, phase 1-2), weekly family therapy sessions that include Saoirse (90847),
12 sessions 06/03-08/19/2026; each session began with Saoirse's weigh-in and addressed her eating and weight.
Present at sessions: Saoirse, her mother, her father; her brother (11) at 3 sessions as a family member, not a
patient.
Course: 82% of expected body weight (BMI 15.9) on 06/03/2026; 94% (BMI 18.2) on 08/19/2026. No suicidal ideation.
Medication (pediatrician): fluoxetine 20 mg daily for anxiety since 11/2025, continued. Earlier: individual CBT for
anxiety, 14 sessions, 02/2024-06/2024, improved.
Plan: continue FBT phase 2, then phase 3.
""",
    "other/clinic-phone-note-2023.txt": """
PUGET SOUND EATING DISORDERS CLINIC (FICTIONAL) - FRONT DESK PHONE NOTE, 05/09/2023
Another family, another plan (Evergreen Group PPO, FICTIONAL): "rep says family therapy not covered."
(Filed in this chart by mistake; it is about another family's plan.)
""",
}

TRUTH = r'''
# 04 - FEHB: family-based treatment for a 14-year-old's anorexia denied as "family counseling"; OPM review by the mother (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Saoirse Lindqvist-Obi, **14** (DOB 02/11/2012), Seattle, WA, is covered as a family member under her mother
  **Annika Lindqvist's FEHB Self and Family** enrollment (Keystone Federal Employees Health Plan, Standard Option).
- She has **anorexia nervosa, restricting type, moderate (F50.011)**; **family-based treatment** with her present,
  **12 weekly sessions 06/03-08/19/2026 (90847)**, with a preferred provider (psychologist).
- Denied **09/08/2026** (CO-204) as "marriage and family counseling" (brochure Section 6); the carrier **affirmed on
  10/27/2026** ("Medical necessity was not at issue").
- The **2026 brochure, Section 6**, excludes marriage and family counseling "**except family therapy provided to treat
  a covered member's diagnosed mental health or substance use condition (see Section 5(e))**"; **Section 5(e)** covers
  family psychotherapy "in which the covered member is the patient", **$25 copayment**.
- Weight 82% -> 94% of expected body weight.
- **Stage and rule:** OPM review under **5 CFR 890.105**, within **90 days of the carrier's decision: by 01/25/2027**;
  the letter goes to OPM, not the carrier.
- **Author:** her mother, the enrollee, parent of a minor ("my daughter").

## Deliberately unknown
- Whether OPM will decide within a set time: not in the case; a letter must not promise one.
- The allowed amount per session: not in the case (billed $2,280.00 in all).

## Traps
- **Plan document:** the exclusion quoted by the carrier carries its own exception; the letter must quote the whole
  sentence, never argue that the exclusion is invalid or that it does not say "family counseling".
- **Not a medical-necessity denial** ("not at issue"): no reviewer-specialty request, no peer-to-peer; weight
  restoration is support only.
- **Other people on documents:** her father and 11-year-old **brother** attend sessions (not patients); the **2023
  phone note** is about **another family's plan** (Evergreen Group PPO).
- **Fluoxetine** continues, for anxiety: not a failed trial, never "stopped". The **2024 CBT** for anxiety was an
  earlier episode with improvement, never a failed treatment.
- **Suicidality none.**
- **Wrong law:** no ERISA, no 45 CFR 147.136, no state external review or insurance commissioner, no MHPAEA as a
  statute that governs FEHB; stage: not a first appeal to the carrier.

## Arguments a strong letter makes (strongest first)
1. The brochure's **Section 6 exclusion excepts family therapy that treats a covered member's diagnosed mental health
   condition**, and **Section 5(e)** covers family psychotherapy in which the member is the patient: every session
   treated **Saoirse's anorexia nervosa (F50.011)** with her present, so the sessions are covered at the $25 copay.
2. The carrier's decisions quote the exclusion without its exception; ask OPM to direct the carrier to pay the 12
   sessions (90847, 06/03-08/19/2026).
3. Timeliness: within 90 days of the 10/27/2026 decision.

## What a letter must NOT say
- "medically necessary" as the ground; "peer-to-peer"; "psychiatrist reviewer".
- That the brochure has no family-counseling exclusion; "marriage counseling" as what was given.
- The brother or father as patients; "Evergreen"; the 2023 note as about this plan.
- "failed fluoxetine", "stopped fluoxetine"; "failed CBT"; "suicidal ideation".
- "ERISA", "45 CFR 147.136", "external review organization", "insurance commissioner", "first appeal".
'''

ANSWERS = [
    ("denial/explanation-of-benefits-2026-09-08.txt", "Marriage and family counseling is excluded under your brochure, Section 6"),
    ("denial/explanation-of-benefits-2026-09-08.txt", "90847 x 12, 06/03/2026-08/19/2026"),
    ("denial/reconsideration-decision-2026-10-27.txt", "Medical necessity was not at issue"),
    ("denial/reconsideration-decision-2026-10-27.txt", "within 90 days of the date of this letter"),
    ("other/brochure-2026-excerpts.txt", "except family therapy provided to treat a covered member's diagnosed mental health"),
    ("other/brochure-2026-excerpts.txt", "including family therapy in which the covered member is the patient"),
    ("other/brochure-2026-excerpts.txt", "$25 copayment per visit"),
    ("clinical/fbt-session-summary-2026-08-26.txt", "anorexia nervosa, restricting type, moderate (F50.011)"),
    ("clinical/fbt-session-summary-2026-08-26.txt", "her brother (11) at 3 sessions as a family member, not a"),
    ("clinical/fbt-session-summary-2026-08-26.txt", "fluoxetine 20 mg daily for anxiety since 11/2025, continued"),
    ("clinical/fbt-session-summary-2026-08-26.txt", "82% of expected body weight (BMI 15.9) on 06/03/2026"),
    ("other/clinic-phone-note-2023.txt", "Another family, another plan"),
    ("case.yaml", "next_deadline: 2027-01-25"),
    ("case.yaml", "relation: parent"),
    ("truth", "5 CFR 890.105"),
    ("truth", "by 01/25/2027"),
]
