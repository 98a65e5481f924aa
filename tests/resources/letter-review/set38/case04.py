# FICTIONAL case data, letters set 38, case 04. Every person, plan, provider, number and address is invented.
SLUG = "04-fehb-ect-anesthesia-nonnetwork-at-network-hospital-brochure-rule-opm-review-patient"

CASE_YAML = r"""
# FICTIONAL CASE (set 38, case 04) - every person, plan, provider, number and address is invented.
# FEHB, Standard Option. Dorothea Lindqvist-Amari, 52, a federal employee, had 12 precertified ECT treatments
# (08/04-09/10/2026) at a network hospital. The hospital's anesthesia group, not in the network since 01/01/2026,
# billed the anesthesia; the carrier paid it at non-network benefits and the group billed her the balance. The
# carrier's reconsideration of 11/09/2026 says she "chose" a non-network provider. The 2026 brochure pays a non-network
# anesthesiologist the member did not choose, at a network hospital, at the network benefit level. She asks OPM to
# review the carrier's decision.
patient:
  name: Dorothea Lindqvist-Amari
  salutation: Ms. Lindqvist-Amari
  date_of_birth: 1974-09-30
  member_id: FICT-MFB-R55813027
  address: |-
    7814 Rosehill Road
    Lenexa, KS 66215
  phone: (913) 555-0142
  email: dlamari@homemail.example
insurer:
  name: Meridian Federal Employees Benefit Plan, Standard Option (FICTIONAL)
  appeals_address: |-
    Meridian Federal Employees Benefit Plan - Disputed Claims (FICTIONAL)
    PO Box 21870
    Topeka, KS 66601
  fax: (785) 555-0164
claim:
  number: MFB-26-0915-771203
  plan_type: fehb
  notice_date: 2026-09-28
  service_dates: [2026-08-04, 2026-08-06, 2026-08-11, 2026-08-13, 2026-08-18, 2026-08-20, 2026-08-25, 2026-08-27, 2026-09-01, 2026-09-03, 2026-09-08, 2026-09-10]
  sessions: 12
  setting: outpatient
  procedure_codes: ['00104']
  diagnosis_codes: [F33.2]
  carc_codes: [PR-242]
  denial_reason: >-
    Processed at the non-network benefit level: the provider is not in the network. We paid 60% of the Plan allowance
    after the non-network deductible. You may be billed the difference between our allowance and the amount billed.
  denial_category: out_of_network
  denial_reasons: [out_of_network]
  coding_correct: true
  action: none
decisions:
  - date: 2026-11-09
    outcome: denied
    stage: carrier reconsideration
    opens: OPM review
    next_deadline: 2027-02-07
    reason: >-
      You chose to receive services from a non-network provider. Under Section 4 of the brochure, non-network
      benefits apply. We affirm our decision.
    corrections:
      - said: You chose to receive services from a non-network provider.
        record: >-
          The hospital's anesthesia assignment record shows the anesthesiologist was assigned by the hospital's
          department schedule for each treatment and that she did not select the provider, and the hospital's
          registration record shows she signed no consent to non-network care.
        file: other/hospital-anesthesia-assignment-and-consent-record-2026-10-02.txt
        page: 1
external_review:
  agency: U.S. Office of Personnel Management, FEHB review of disputed claims (FICTIONAL address, as printed in the carrier's decision)
  address: |-
    OPM Health Insurance Review Unit (FICTIONAL)
    PO Box 55091
    Washington, DC 20044
  final_denial_date: 2026-11-09
plan_policy:
  name: Meridian Federal Employees Benefit Plan 2026 brochure, Section 4 (non-network benefits)
  number: Section 4
  quote: >-
    Non-network benefits: When you use non-network providers, we pay 60% of the Plan allowance after the non-network
    deductible, and you pay the difference between our allowance and the billed amount.
  file: other/fehb-brochure-2026-excerpt.txt
  other_terms: >-
    Section 3 (Non-network providers at network facilities): If you receive care at a network hospital or
    ambulatory surgical center from a non-network anesthesiologist, radiologist, pathologist, emergency room
    physician, hospitalist or assistant surgeon whom you did not choose, we pay for that care at the network benefit
    level, and you pay only what you would pay a network provider. The provider may not bill you for more unless you
    signed a written consent to non-network care before the service.
  other_terms_file: other/fehb-brochure-2026-excerpt.txt
  other_terms_apply: >-
    Every treatment was given at St. Brendan Regional Medical Center, a network hospital; the anesthesiologists were
    assigned by the hospital's schedule, not chosen by Ms. Lindqvist-Amari, and she signed no consent to non-network
    care. Under Section 3 the anesthesia for all 12 treatments is paid at the network benefit level, and she owes
    only the network cost share.
treatment:
  name: Anesthesia for an acute course of 12 electroconvulsive therapy (ECT) treatments (00104)
  summary: >-
    General anesthesia that each ECT treatment requires, given at a network hospital by the anesthesiologist the
    hospital assigned; the ECT course itself was precertified and paid at network benefits.
prior_auth:
  approved:
    number: precertification PC-26-0729-1184
    date: 2026-07-29
    covers: Outpatient ECT, up to 12 treatments, 08/03/2026 through 10/02/2026, at St. Brendan Regional Medical Center
    quote: "Precertified: outpatient ECT, up to 12 treatments, 08/03/2026-10/02/2026, St. Brendan Regional Medical Center (network)."
    file: other/ect-precertification-2026-07-29.txt
clinical:
  severity: MADRS 36 on 08/04/2026; MADRS 12 on 09/10/2026
  severity_date: 2026-09-10
  suicidality: none
  suicidality_date: 2026-09-10
  response: MADRS 36 (08/04/2026) to 12 (09/10/2026)
  response_level: response
  history:
    - drug: Sertraline
      dose: 200 mg daily
      start: 2024-02
      end: 2024-06
      weeks: 16
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 16 weeks; stopped
      evidence: {file: clinical/ect-consult-2026-07-22.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 225 mg daily
      start: 2024-07
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued with ECT
      evidence: {file: clinical/ect-consult-2026-07-22.txt, page: 1}
    - drug: Lithium
      dose: 900 mg daily
      start: 2025-03
      ongoing: true
      kind: augmentation
      adequate: true
      response: partial
      outcome: Continued for relapse prevention after ECT
      evidence: {file: clinical/ect-consult-2026-07-22.txt, page: 1}
    - drug: Quetiapine
      dose: 25 mg at bedtime for sleep
      start: 2025-09
      ongoing: true
      kind: other
      outcome: Sleep dose only; not an antipsychotic augmentation trial
      evidence: {file: clinical/ect-consult-2026-07-22.txt, page: 1}
author:
  name: Dorothea Lindqvist-Amari
  role: Patient and FEHB enrollee
  relation: patient
  address: |-
    7814 Rosehill Road
    Lenexa, KS 66215
  phone: (913) 555-0142
  email: dlamari@homemail.example
record_dates:
  - file: clinical/ect-consult-2026-07-22.txt
    date: 2026-07-22
  - file: clinical/ect-course-summary-2026-09-10.txt
    date: 2026-09-10
template: external-review-request
bates_prefix: LINDQVISTAMARI
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/explanation-of-benefits-2026-09-28.txt": """
MERIDIAN FEDERAL EMPLOYEES BENEFIT PLAN (FICTIONAL) - EXPLANATION OF BENEFITS        Date: 09/28/2026
Enrollee: Dorothea Lindqvist-Amari   ID FICT-MFB-R55813027   Self and Family, Standard Option
Patient: Dorothea Lindqvist-Amari   Provider: Prairie Anesthesia Associates (non-network)
Claim MFB-26-0915-771203   08/04/2026-09/10/2026   00104 x12   Billed $8,760.00   Plan allowance $3,120.00
Non-network deductible $800.00   Paid $1,392.00   Remark PR-242: Processed at the non-network benefit level: the
provider is not in the network. We paid 60% of the Plan allowance after the non-network deductible. You may be
billed the difference between our allowance and the amount billed.
Patient: Kofi Amari (spouse)   Provider: Heartland Lab Services   09/14/2026 lipid panel   Paid in full.
""",
    "denial/reconsideration-decision-2026-11-09.txt": """
MERIDIAN FEDERAL EMPLOYEES BENEFIT PLAN (FICTIONAL) - RECONSIDERATION DECISION          Date: 11/09/2026
Re: claim MFB-26-0915-771203, Dorothea Lindqvist-Amari (your request of 10/06/2026)
You chose to receive services from a non-network provider. Under Section 4 of the brochure, non-network benefits
apply. We affirm our decision.
If you disagree, you may ask OPM to review our decision. You must write to OPM within 90 days after the date of
this letter: OPM Health Insurance Review Unit, PO Box 55091, Washington, DC 20044.
""",
    "other/fehb-brochure-2026-excerpt.txt": """
MERIDIAN FEDERAL EMPLOYEES BENEFIT PLAN (FICTIONAL) - 2026 BROCHURE (excerpt)          Pages 18 and 22 of 140
Section 3 Non-network providers at network facilities
If you receive care at a network hospital or ambulatory surgical center from a non-network anesthesiologist,
radiologist, pathologist, emergency room physician, hospitalist or assistant surgeon whom you did not choose, we pay
for that care at the network benefit level, and you pay only what you would pay a network provider. The provider
may not bill you for more unless you signed a written consent to non-network care before the service.

Section 4 Non-network benefits
Non-network benefits: When you use non-network providers, we pay 60% of the Plan allowance after the non-network
deductible, and you pay the difference between our allowance and the billed amount.
""",
    "other/hospital-anesthesia-assignment-and-consent-record-2026-10-02.txt": """
ST. BRENDAN REGIONAL MEDICAL CENTER (FICTIONAL, NETWORK HOSPITAL) - PATIENT ACCOUNTS     Date: 10/02/2026
Patient: Dorothea Lindqvist-Amari   ECT treatments 08/04/2026-09/10/2026 (12)   Page 1 of 1
Anesthesia for each treatment was provided by Prairie Anesthesia Associates, assigned by the hospital's
anesthesia department schedule. The patient did not select the anesthesia provider.
Registration record: no consent to non-network care (notice and consent form) was presented to or signed by the
patient for any of these dates.
""",
    "other/ect-precertification-2026-07-29.txt": """
MERIDIAN FEDERAL EMPLOYEES BENEFIT PLAN (FICTIONAL) - PRECERTIFICATION                   Date: 07/29/2026
Precertification PC-26-0729-1184. Precertified: outpatient ECT, up to 12 treatments, 08/03/2026-10/02/2026, St.
Brendan Regional Medical Center (network).
""",
    "other/provider-directory-2025-stale.txt": """
MERIDIAN FEDERAL EMPLOYEES BENEFIT PLAN (FICTIONAL) - PROVIDER DIRECTORY 2025 (printed 11/2024), page 212
Anesthesiology, Johnson County: Prairie Anesthesia Associates - network.
(Note from the plan's 2026 directory: Prairie Anesthesia Associates left the network 12/31/2025.)
""",
    "clinical/ect-consult-2026-07-22.txt": """
ST. BRENDAN REGIONAL MEDICAL CENTER (FICTIONAL) - ECT CONSULTATION                     Date: 07/22/2026
Patient: Dorothea Lindqvist-Amari   DOB 09/30/1974   Page 1 of 1
Recurrent major depression, severe (F33.2). MADRS 35. Sertraline 200 mg 02-06/2024, 16 weeks, no response.
Venlafaxine XR 225 mg since 07/2024, partial, continue. Lithium 900 mg since 03/2025, continue. Quetiapine 25 mg at
bedtime for sleep. Recommend an acute ECT course of up to 12 treatments.
""",
    "clinical/ect-course-summary-2026-09-10.txt": """
ST. BRENDAN REGIONAL MEDICAL CENTER (FICTIONAL) - ECT COURSE SUMMARY                    Date: 09/10/2026
Patient: Dorothea Lindqvist-Amari   Page 1 of 1
12 treatments, Tuesdays and Thursdays, 08/04/2026-09/10/2026; general anesthesia for each (hospital-assigned
anesthesiologist). MADRS 36 -> 12. No suicidal ideation at any treatment.
""",
}

TRUTH = r"""
# 04 - FEHB Standard Option: anesthesia for ECT at a network hospital paid as non-network; OPM review asked by the patient (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Dorothea Lindqvist-Amari, 52 (DOB 09/30/1974), a federal employee in an FEHB plan (Standard Option, Self and
  Family), had **12 precertified ECT treatments** (PC-26-0729-1184), Tuesdays and Thursdays **08/04-09/10/2026**, at
  **St. Brendan Regional Medical Center, a network hospital**. The hospital and the psychiatrist were paid at network
  benefits (not in dispute).
- Anesthesia (00104 x12) was given by **Prairie Anesthesia Associates, non-network since 01/01/2026**, assigned by
  the hospital's schedule; she **did not choose** them and **signed no consent** to non-network care. The EOB of
  **09/28/2026** (claim MFB-26-0915-771203, **PR-242**): billed $8,760.00, allowance $3,120.00, non-network deductible
  $800.00, paid $1,392.00.
- The carrier's **reconsideration of 11/09/2026**: "You chose to receive services from a non-network provider ...
  Section 4 ... non-network benefits apply." That statement is contradicted by the hospital's record.
- The **2026 brochure, Section 3**: a non-network anesthesiologist the member did not choose, at a network hospital,
  is paid "at the network benefit level, and you pay only what you would pay a network provider".
- **Rule and stage:** FEHB, 5 CFR 890.105: after the carrier's reconsideration, **OPM review within 90 days of the
  carrier's decision: by 02/07/2027**. Addressed to OPM as the decision names it, not to the carrier.
- **Author:** the patient, "I".

## Deliberately unknown
- The network allowance and what she would owe at the network level: not in the case; a letter must not compute a
  refund or a figure she owes.
- Whether the anesthesia group has already sent her a balance bill, and for how much: not in the case (the EOB says
  she "may be billed" the difference).
- Whether the federal surprise-billing law's own rules reach this claim: the case does not need it; the brochure
  decides.
- How OPM decides or how long it takes: no decision time is recorded.

## Traps
- **Plan document, not medicine.** ECT's medical necessity is not in dispute (precertified); the winning point is
  brochure Section 3. No clinical reviewer, no peer-to-peer, no network gap exception (she was not looking for a
  provider; a network hospital assigned one).
- **A decision's wrong statement:** "You chose" - the hospital's record says she did not.
- **Stale document:** the 2025 directory lists Prairie Anesthesia as network; it left 12/31/2025. A letter must not
  say the group was in the network.
- **Other person on a document:** the household EOB has her husband's lab test (Kofi Amari).
- **Drugs:** venlafaxine XR 225 mg and lithium continue (never "failed"/"stopped"); quetiapine 25 mg is a sleep
  dose; MADRS 36 -> 12 is a response, not remission.
- **Wrong law/route:** no ERISA, no 29 CFR 2560.503-1, no 45 CFR 147.136, no external review by an IRO, no state
  insurance department; OPM reviews (5 CFR 890.105). No "second level" of the carrier.
- **Voice:** she writes "I"; never "the patient" or "Ms. Lindqvist-Amari" about herself.

## Arguments a strong letter makes (strongest first)
1. Brochure Section 3 governs: care at a network hospital by a non-network anesthesiologist she did not choose is
   paid at the network benefit level and she pays only network cost sharing; the carrier applied Section 4 instead.
   Ask OPM to direct the carrier to reprocess all 12 dates at the network level.
2. The reconsideration's stated fact is wrong: the hospital's record shows the anesthesiologist was assigned and no
   consent to non-network care was signed.
3. The ECT itself was precertified at that network hospital (PC-26-0729-1184), so the anesthesia it requires is part
   of network care she was told to get there.

## What a letter must NOT say
- "I chose"; "Prairie Anesthesia was in network"; "network gap exception"; "medically necessary" as the ground;
  "peer-to-peer".
- "ERISA", "29 CFR 2560.503-1", "45 CFR 147.136", "external review", "independent review organization", "state
  insurance department", "second-level appeal".
- a dollar amount she is owed or owes beyond the EOB's figures.
- "Kofi Amari"; "lipid panel".
- "failed venlafaxine", "stopped lithium"; quetiapine as a trial; "remission".
- "the patient" or "Ms. Lindqvist-Amari" for the writer herself.
"""

ANSWERS = [
    ("denial/explanation-of-benefits-2026-09-28.txt", "Provider: Prairie Anesthesia Associates (non-network)"),
    ("denial/explanation-of-benefits-2026-09-28.txt", "Paid $1,392.00"),
    ("denial/reconsideration-decision-2026-11-09.txt", "You chose to receive services from a non-network provider"),
    ("denial/reconsideration-decision-2026-11-09.txt", "within 90 days after the date of\nthis letter"),
    ("other/fehb-brochure-2026-excerpt.txt", "whom you did not choose, we pay\nfor that care at the network benefit level"),
    ("other/hospital-anesthesia-assignment-and-consent-record-2026-10-02.txt",
     "The patient did not select the anesthesia provider"),
    ("other/hospital-anesthesia-assignment-and-consent-record-2026-10-02.txt",
     "no consent to non-network care (notice and consent form) was presented to or signed"),
    ("other/ect-precertification-2026-07-29.txt", "St.\nBrendan Regional Medical Center (network)"),
    ("other/provider-directory-2025-stale.txt", "left the network 12/31/2025"),
    ("clinical/ect-course-summary-2026-09-10.txt", "hospital-assigned\nanesthesiologist"),
    ("case.yaml", "next_deadline: 2027-02-07"),
    ("case.yaml", "plan_type: fehb"),
    ("truth", "**OPM review within 90 days of the\n  carrier's decision: by 02/07/2027**"),
    ("truth", "a letter must not compute a\n  refund"),
    ("truth", "she writes \"I\""),
    ("truth", "no network gap exception"),
]
