"""Set 51 case 05 - FICTIONAL. FEHB: IV ketamine for CRPS denied as experimental after the carrier's own prior
approval, under a medical policy its brochure says does not limit a brochure benefit. Carrier reconsideration by
the patient."""
SLUG = "fehb-ketamine-crps-prior-approval-brochure-benefit-carrier-reconsideration-patient"

CASE_YAML = """
# FICTIONAL CASE (letters set 51, case 05) - every person, plan, provider, number and address is invented.
# FEHB Standard Option, Alaska. Ingrid Solberg-Mayfield, 47, a federal employee, complex regional pain syndrome of the
# left leg. The carrier gave prior approval (PA-26-0831-7120) for 6 ketamine infusions 09/08-10/31/2026 under its 2026
# brochure's ketamine benefit for CRPS; after the 6 infusions it denied the claim on 10/27/2026 as experimental under
# medical policy MP-ANES-14. She asks the carrier to reconsider.
patient:
  name: Ingrid Solberg-Mayfield
  salutation: Ms. Solberg-Mayfield
  date_of_birth: 1979-09-30
  member_id: FICT-NLF-R60318844
  address: |-
    3310 Spenard Bluff Drive
    Anchorage, AK 99503
  phone: (907) 555-0112
  email: ingrid.sm@mail.example
insurer:
  name: Northern Lights Federal Benefit Plan, Standard Option (FICTIONAL FEHB carrier)
  appeals_address: |-
    Northern Lights Federal Benefit Plan - Reconsiderations (FICTIONAL)
    PO Box 100482
    Anchorage, AK 99510
  fax: (907) 555-0151
claim:
  number: NLF-26-0922-338104
  plan_type: fehb
  notice_date: 2026-10-27
  appeal_deadline: 2027-04-27
  deadline_basis: >-
    Explanation of benefits of 10/27/2026: "You may ask us to reconsider within 6 months of the date of this notice."
  service_dates: [2026-09-08, 2026-09-10, 2026-09-12, 2026-09-15, 2026-09-17, 2026-09-19]
  setting: outpatient
  procedure_codes: [96365, 96366, J3490]
  diagnosis_codes: [G90.522]
  carc_codes: [CO-55]
  denial_reason: >-
    CO-55. Ketamine infusion for pain is considered experimental/investigational under Medical Policy MP-ANES-14.
    Not covered.
  denial_category: experimental_investigational
  denial_reasons: [experimental_investigational]
  action: none
plan_policy:
  name: Northern Lights Medical Policy MP-ANES-14, Ketamine infusion for pain
  number: MP-ANES-14
  quote: >-
    Intravenous ketamine infusion for the treatment of chronic pain is considered experimental/investigational.
  file: other/medical-policy-mp-anes-14.txt
  other_terms: >-
    Section 5(a), Infusion therapy: "We cover ketamine infusion therapy for complex regional pain syndrome when we
    give prior approval, up to 6 infusions per approval."
  other_terms_file: other/brochure-2026-excerpts.txt
  other_terms_apply: >-
    The infusions were ketamine infusion therapy for complex regional pain syndrome, the carrier gave prior approval
    PA-26-0831-7120 for 6 infusions from 09/08/2026 through 10/31/2026, and the 6 infusions were given within those
    dates: the brochure's own benefit covers them.
  precedence:
    name: 2026 Brochure, Section 1, How this brochure works
    quote: >-
      This brochure is the official statement of benefits. Our medical policies describe how we review care; they do
      not take away a benefit this brochure describes.
    file: other/brochure-2026-excerpts.txt
    page: 1
    governs: the 2026 brochure
    over: Medical Policy MP-ANES-14
    ground: ketamine infusion for pain is experimental/investigational
prior_auth:
  approved:
    number: prior approval PA-26-0831-7120
    date: 2026-09-02
    covers: outpatient ketamine infusions for complex regional pain syndrome, 6 infusions, 09/08/2026 through 10/31/2026, at Cascade Pain & Infusion Center
    quote: "Approved: ketamine infusion therapy for complex regional pain syndrome, 6 infusions, 09/08/2026 through 10/31/2026."
    file: other/prior-approval-2026-09-02.txt
    from: 2026-09-08
    through: 2026-10-31
    lines:
      - {code: 96365, units: 6, given: 6}
treatment:
  name: Intravenous ketamine infusions for complex regional pain syndrome, 6 infusions
  summary: >-
    A series of 6 low-dose ketamine infusions for complex regional pain syndrome of the left leg, under the brochure's
    ketamine benefit for CRPS and the carrier's prior approval.
  plan: Ketamine 0.5 mg/kg per hour over 4 hours, 6 infusions over 2 weeks, with continuous pulse oximetry and blood pressure every 15 minutes; reassess at 4 weeks.
clinical:
  severity: Pain 8/10 before the series (09/08/2026); Budapest criteria met
  severity_date: 2026-09-08
  suicidality: none
  suicidality_date: 2026-09-08
  response: Pain 8/10 before the series to 4/10 on 11/09/2026; walking 20 minutes, up from 5
  response_level: response
  history:
    - drug: Gabapentin
      dose: 900 mg three times daily
      start: 2025-09
      ongoing: true
      kind: other
      response: partial
      outcome: Partial relief; continued
      evidence: {file: clinical/pain-clinic-history-2026-09-08.txt, page: 1}
    - drug: Nortriptyline
      dose: 25 mg at bedtime
      start: 2025-12-01
      end: 2025-12-29
      kind: other
      adequate: false
      failed: false
      outcome: Stopped after 4 weeks for urinary retention (intolerance)
      evidence: {file: clinical/pain-clinic-history-2026-09-08.txt, page: 1}
    - drug: Lumbar sympathetic blocks
      dose: 3 blocks
      start: 2026-04
      end: 2026-06
      kind: other
      failed: true
      response: lost
      outcome: Relief for 2 to 3 days after each block, then none
      evidence: {file: clinical/pain-clinic-history-2026-09-08.txt, page: 1}
    - drug: Physical therapy (graded motor imagery and desensitization)
      dose: weekly
      start: 2026-02
      ongoing: true
      kind: other
      response: partial
      outcome: Continuing with some benefit; not a failed trial
      evidence: {file: clinical/pain-clinic-history-2026-09-08.txt, page: 1}
    - drug: Trazodone
      dose: 25 mg at bedtime for sleep
      start: 2026-01
      ongoing: true
      kind: other
      outcome: Sleep aid only
      evidence: {file: clinical/pain-clinic-history-2026-09-08.txt, page: 1}
impact:
  work: She used 180 hours of sick leave in 2026 and moved to a desk position.
  daily_life: She could not walk her dog or drive more than 15 minutes before the series.
author:
  name: Ingrid Solberg-Mayfield
  role: Patient (the enrollee)
  relation: patient
  address: |-
    3310 Spenard Bluff Drive
    Anchorage, AK 99503
  phone: (907) 555-0112
provider:
  name: Dr. Henrik Aalto-Brennan
  credentials: MD, anesthesiology and pain medicine
  npi: "1630774150"
  address: |-
    Cascade Pain & Infusion Center (FICTIONAL), 1200 Tudor Road
    Anchorage, AK 99508
  phone: (907) 555-0176
record_dates:
  - file: clinical/pain-clinic-history-2026-09-08.txt
    date: 2026-09-08
  - file: clinical/follow-up-note-2026-11-09.txt
    date: 2026-11-09
literature_tags: [chronic-pain]
copies: [prescriber]
bates_prefix: SOLBERGMAYFIELD
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/explanation-of-benefits-2026-10-27.txt": """
NORTHERN LIGHTS FEDERAL BENEFIT PLAN (FICTIONAL FEHB CARRIER) - EXPLANATION OF BENEFITS   Date: 10/27/2026
Enrollee: Ingrid Solberg-Mayfield   ID FICT-NLF-R60318844   Standard Option   Claim NLF-26-0922-338104
Provider: Cascade Pain & Infusion Center   Services 09/08/2026-09/19/2026: 96365 x6, 96366 x18, J3490 x6
Billed $7,920.00   Allowed $0.00   Paid $0.00
CO-55. Ketamine infusion for pain is considered experimental/investigational under Medical Policy MP-ANES-14. Not
covered.
You may ask us to reconsider within 6 months of the date of this notice. If we deny your request, you may ask the
U.S. Office of Personnel Management to review it. Reconsiderations, PO Box 100482, Anchorage, AK 99510.
""",
    "other/prior-approval-2026-09-02.txt": """
NORTHERN LIGHTS FEDERAL BENEFIT PLAN (FICTIONAL) - PRIOR APPROVAL                   Date: 09/02/2026
Enrollee: Ingrid Solberg-Mayfield   Number: PA-26-0831-7120   Provider: Cascade Pain & Infusion Center
Approved: ketamine infusion therapy for complex regional pain syndrome, 6 infusions, 09/08/2026 through 10/31/2026.
""",
    "other/brochure-2026-excerpts.txt": """
NORTHERN LIGHTS FEDERAL BENEFIT PLAN (FICTIONAL) - 2026 BROCHURE (excerpts)
Page 1 - Section 1, How this brochure works: This brochure is the official statement of benefits. Our medical
policies describe how we review care; they do not take away a benefit this brochure describes.
Page 47 - Section 5(a), Infusion therapy: We cover ketamine infusion therapy for complex regional pain syndrome
when we give prior approval, up to 6 infusions per approval.
""",
    "other/medical-policy-mp-anes-14.txt": """
NORTHERN LIGHTS (FICTIONAL) - MEDICAL POLICY MP-ANES-14 Ketamine infusion for pain     Last reviewed 02/2023
Intravenous ketamine infusion for the treatment of chronic pain is considered experimental/investigational.
""",
    "clinical/pain-clinic-history-2026-09-08.txt": """
CASCADE PAIN & INFUSION CENTER (FICTIONAL) - PRE-INFUSION HISTORY              Date: 09/08/2026
Patient: Ingrid Solberg-Mayfield   DOB 09/30/1979   Page 1 of 1   Henrik Aalto-Brennan, MD
Complex regional pain syndrome type I, left lower limb (G90.522), after an ankle fracture 03/2025; Budapest
criteria met. Pain 8/10. No suicidal thoughts.
Tried: gabapentin 900 mg three times daily since 09/2025, partial relief, continuing.
nortriptyline 25 mg 12/01/2025-12/29/2025, stopped for urinary retention.
lumbar sympathetic blocks x3 04/2026-06/2026: 2-3 days of relief each, then none.
physical therapy (graded motor imagery, desensitization) weekly since 02/2026, continuing with some benefit.
Sleep: trazodone 25 mg at bedtime.
Prior approval PA-26-0831-7120 on file (6 infusions).
""",
    "clinical/follow-up-note-2026-11-09.txt": """
CASCADE PAIN & INFUSION CENTER (FICTIONAL) - FOLLOW-UP NOTE                  Date: 11/09/2026
Patient: Ingrid Solberg-Mayfield   DOB 09/30/1979   Page 1 of 1
Seven weeks after the 6th infusion (09/19/2026): pain 4/10 (was 8/10); walking 20 minutes (was 5); back to
driving. Allodynia of the left foot reduced. No adverse effects beyond transient dissociation during infusions.
""",
}

TRUTH = """
# 05 - FEHB: IV ketamine for CRPS denied as experimental after the carrier's own prior approval under its brochure's ketamine benefit; carrier reconsideration by the patient (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Ingrid Solberg-Mayfield, 47 (DOB 09/30/1979), a federal employee in **Northern Lights Federal Benefit Plan,
  Standard Option** (`fehb`, Alaska), has CRPS type I of the left leg (G90.522). She had **6 ketamine infusions
  09/08-09/19/2026** at Cascade Pain & Infusion Center.
- The carrier's **prior approval PA-26-0831-7120 (09/02/2026)** approved "ketamine infusion therapy for complex
  regional pain syndrome, 6 infusions, 09/08/2026 through 10/31/2026"; every infusion fell within it; 6 approved,
  6 given.
- The **2026 brochure, Section 5(a)** (page 47) covers "ketamine infusion therapy for complex regional pain syndrome
  when we give prior approval, up to 6 infusions per approval"; **Section 1** says medical policies "do not take away
  a benefit this brochure describes".
- The EOB of **10/27/2026** denied the claim (CO-55) as experimental under MP-ANES-14 (last reviewed 02/2023).
- Response: pain 8/10 to 4/10 on 11/09/2026 (a record dated after the EOB), walking 20 minutes.
- **Rule and stage:** FEHB disputed claims, 5 CFR 890.105: ask the carrier to reconsider within 6 months of the
  denial (**by 04/27/2027**); then OPM review within 90 days of the carrier's decision.
- **Author:** the patient herself ("I").

## Deliberately unknown
- Why the claims system applied MP-ANES-14 despite the approval: not known; a letter may ask.
- The allowed amount and her cost share: not in the case; never state a payment figure beyond what the EOB billed.
- The ketamine NDC and dose billed under J3490: not in the case (no NDC is invented).

## Traps
- **The plan's own documents grant the care:** brochure Section 5(a) plus the prior approval; the winning point is
  plan documents, not literature. A letter must not concede the treatment is experimental or argue mainly from
  studies.
- **Precedence:** the brochure governs over MP-ANES-14; the "experimental" ground is not in the brochure.
- **A drug stopped for side effects:** nortriptyline 25 mg (4 weeks, urinary retention) is an intolerance, not a failed trial.
- **Still taken:** gabapentin (partial) and physical therapy (some benefit) continue; never "failed".
- **Sleep dose:** trazodone 25 mg.
- **Record after the decision:** the 11/09/2026 follow-up note.
- **Wrong law:** no ERISA, no 45 CFR 147.136, no external review, no state insurance department, no MHPAEA (and this
  is pain care, not mental health); FEHB goes to OPM.
- **Not depression:** no antidepressant-trial count, no Spravato, no suicidality.
- **Voice:** the patient writes "I".

## Arguments a strong letter makes, strongest first
1. The brochure, the official statement of benefits, covers ketamine infusion therapy for CRPS with prior approval,
   up to 6 infusions; the carrier approved exactly these 6 (PA-26-0831-7120) and all fell within 09/08-10/31/2026.
   Honor the approval and pay the claim.
2. Under brochure Section 1, MP-ANES-14 cannot take away that benefit; its "experimental" ground is not a brochure term.
3. The infusions worked (pain 8 to 4 by 11/09/2026). Then: OPM review within 90 days if the carrier upholds.

## What a letter must NOT say
- "experimental" as conceded; "retroactive authorization"; "no prior approval".
- "failed nortriptyline", "failed gabapentin", "failed physical therapy".
- "ERISA", "29 CFR 2560.503-1", "45 CFR 147.136", "external review", "MHPAEA", "state insurance department".
- "depression", "antidepressant trials", "Spravato", "suicidal".
"""

ANSWERS = [
    ("plan type", "plan_type: fehb", "case.yaml"),
    ("EOB date", "EXPLANATION OF BENEFITS   Date: 10/27/2026", "denial/explanation-of-benefits-2026-10-27.txt"),
    ("CARC", "CO-55", "denial/explanation-of-benefits-2026-10-27.txt"),
    ("approval number", "Number: PA-26-0831-7120", "other/prior-approval-2026-09-02.txt"),
    ("approval dates", "6 infusions, 09/08/2026 through 10/31/2026", "other/prior-approval-2026-09-02.txt"),
    ("brochure benefit", "We cover ketamine infusion therapy for complex regional pain syndrome", "other/brochure-2026-excerpts.txt"),
    ("precedence", "they do not take away a benefit this brochure describes", "other/brochure-2026-excerpts.txt"),
    ("policy age", "Last reviewed 02/2023", "other/medical-policy-mp-anes-14.txt"),
    ("nortriptyline", "stopped for urinary retention", "clinical/pain-clinic-history-2026-09-08.txt"),
    ("gabapentin", "partial relief, continuing", "clinical/pain-clinic-history-2026-09-08.txt"),
    ("response", "pain 4/10 (was 8/10)", "clinical/follow-up-note-2026-11-09.txt"),
    ("deadline", "by 04/27/2027", "truth"),
    ("next level", "OPM review within 90 days", "truth"),
    ("diagnosis", "G90.522", "case.yaml"),
    ("voice", "the patient herself (\"I\")", "truth"),
    ("must not", "\"failed nortriptyline\"", "truth"),
]
