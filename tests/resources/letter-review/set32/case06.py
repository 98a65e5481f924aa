"""Set 32 case 06 (FICTIONAL): insured county plan, TMS "investigational under 18", external review; psychiatrist."""
SLUG = "county-plan-insured-adolescent-tms-investigational-under-18-external-review-psychiatrist"

CASE_YAML = r'''
# FICTIONAL CASE (set 32, case 06) - every person, plan, provider, number and address is invented.
# County employees' plan, insured, Michigan. Ezra Kaplan-Moreau, 16, has major depression with a partial response to
# sertraline. His child and adolescent psychiatrist asked for TMS as an adjunct; the insurer denied it under policy
# MP-TMS-07 (last reviewed 03/2023): "investigational for members under 18", and upheld it on the one internal appeal
# (10/19/2026), adding "no trial of psychotherapy documented". A TMS device was cleared by the FDA in 2024 as an
# adjunct for major depression in patients aged 15 to 21, and he has been in CBT since 2025. The psychiatrist asks
# for external review.
patient:
  name: Ezra Kaplan-Moreau
  salutation: Ezra
  date_of_birth: 2010-03-22
  member_id: FICT-GLM-62004418-03
  address: |-
    1419 Westchester Way
    Birmingham, MI 48009
  phone: (248) 555-0116
  birth_record: {file: other/member-id-card-and-eligibility-2026.txt, page: 1}
insurer:
  name: Great Lakes Mutual Health, for the Tamarack County Employees Health Plan (FICTIONAL)
  appeals_address: |-
    Great Lakes Mutual Health - Appeals (address FICTIONAL)
    PO Box 33190
    Detroit, MI 48232
  fax: (313) 555-0161
claim:
  number: GLM-PA-26-0811-20934
  plan_type: governmental
  funding: insured
  employees: 1200
  notice_date: 2026-08-27
  service_dates: [2027-01-04]
  sessions: 36
  pending_services: 36
  setting: outpatient
  procedure_codes: [90867, 90868]
  diagnosis_codes: [F32.2]
  denial_reason: >-
    Prior authorization denied. Transcranial magnetic stimulation is considered investigational for members under 18
    (medical policy MP-TMS-07). Experimental or investigational services are excluded (Certificate, Section 9.1).
  denial_category: experimental_investigational
  denial_reasons: [experimental_investigational]
  action: none
decisions:
  - date: 2026-10-19
    outcome: denied
    stage: internal appeal (final)
    opens: external review
    next_deadline: 2027-02-19
    reason: >-
      The appeal is denied. TMS remains investigational for members under 18 under MP-TMS-07. In addition, no trial
      of psychotherapy is documented.
    corrections:
      - said: No trial of psychotherapy is documented.
        record: >-
          Weekly individual CBT since 03/2025 (about 70 sessions), continuing, with the same clinic's therapist; the
          treatment plan and progress note record it.
        file: clinical/tms-evaluation-2026-08-05.txt
        page: 1
external_review:
  agency: State insurance department, external review unit (FICTIONAL office)
  address: |-
    External Review Unit (FICTIONAL)
    PO Box 30220
    Lansing, MI 48909
  final_denial_date: 2026-10-19
plan_policy:
  name: Medical policy MP-TMS-07, Transcranial magnetic stimulation (last reviewed 03/2023)
  number: MP-TMS-07
  quote: >-
    TMS is considered investigational for members under 18 years of age.
  file: other/policy-mp-tms-07.txt
  definition:
    name: Certificate of Coverage, Section 1 (Definitions), "Experimental or investigational"
    file: other/certificate-2026-excerpts.txt
    page: 1
    tests:
      - label: a
        words: it has not received FDA approval or clearance for marketing for the use proposed
        answer: fda_use
        file: other/fda-clearance-summary-2024.txt
        page: 1
      - label: b
        words: it is the subject of an ongoing phase I or phase II clinical trial for the use proposed
      - label: c
        words: reliable evidence shows that the consensus of experts is that further studies are needed to determine its safety or effectiveness for the use proposed
treatment:
  name: Transcranial magnetic stimulation (TMS), 36 sessions, as an adjunct to sertraline (90867, 90868)
  summary: >-
    TMS as an adjunct to sertraline for a 16-year-old's severe major depression after an adequate fluoxetine trial
    without response, a partial response to sertraline and 18 months of weekly CBT.
  plan: 36 sessions, five a week, with sertraline continued and CBT weekly; PHQ-A every week; stop if no response by session 20.
  alongside: sertraline 150 mg daily
  fda:
    action: cleared
    date: 2024-03
    what: a TMS device
    use: as an adjunct for major depressive disorder in patients aged 15 to 21
    ages: [15, 21]
    file: other/fda-clearance-summary-2024.txt
    page: 1
clinical:
  severity: PHQ-A 21 and CDRS-R 68 on 08/05/2026
  severity_date: 2026-08-05
  suicidality: passive
  suicidality_date: 2026-08-05
  episode_onset: 2025-01
  treating_since: 2025-02
  exclusions: No seizure history, no metal in the head, no psychosis, no substance use
  history:
    - drug: Fluoxetine
      dose: 40 mg daily
      start: 2025-02
      end: 2025-05
      weeks: 10
      kind: antidepressant
      adequate: true
      response: none
      outcome: No response after 10 weeks at 40 mg; stopped
      evidence: {file: clinical/tms-evaluation-2026-08-05.txt, page: 1}
    - drug: Sertraline
      dose: 150 mg daily
      start: 2025-07
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued
      evidence: {file: clinical/tms-evaluation-2026-08-05.txt, page: 1}
    - drug: Individual CBT, weekly
      dose: about 70 sessions
      start: 2025-03
      ongoing: true
      kind: psychotherapy
      response: partial
      outcome: Continuing; partial benefit
      evidence: {file: clinical/tms-evaluation-2026-08-05.txt, page: 1}
    - drug: Melatonin
      dose: 3 mg at bedtime for sleep
      start: 2025-10
      ongoing: true
      kind: other
      outcome: Sleep aid only; not a trial
      evidence: {file: clinical/tms-evaluation-2026-08-05.txt, page: 1}
author:
  name: Beatrix Halloran-Osei
  role: Treating child and adolescent psychiatrist
  relation: physician
  authorization: other/parent-consent-2026-10-26.txt
  address: |-
    Oakland Youth Neuromodulation Clinic (FICTIONAL), 30800 Telegraph Road, Suite 200
    Bingham Farms, MI 48025
  phone: (248) 555-0132
provider:
  name: Beatrix Halloran-Osei
  credentials: MD, child and adolescent psychiatry
  npi: "1588201164"
  address: |-
    Oakland Youth Neuromodulation Clinic (FICTIONAL), 30800 Telegraph Road, Suite 200
    Bingham Farms, MI 48025
  phone: (248) 555-0132
template: external-review-request
record_dates:
  - file: clinical/tms-evaluation-2026-08-05.txt
    date: 2026-08-05
bates_prefix: KAPLANMOREAU
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''

DOCS = {
    "denial/prior-authorization-denial-2026-08-27.txt": """
GREAT LAKES MUTUAL HEALTH (FICTIONAL) - TAMARACK COUNTY EMPLOYEES HEALTH PLAN
NOTICE OF ADVERSE BENEFIT DETERMINATION                                   Date: 08/27/2026
Member: Ezra Kaplan-Moreau (dependent)   Member ID FICT-GLM-62004418-03   Reference GLM-PA-26-0811-20934
Page 1 of 1

Request: TMS, 36 sessions (90867, 90868), F32.2, Oakland Youth Neuromodulation Clinic.
Decision: Prior authorization denied. Transcranial magnetic stimulation is considered investigational for members
under 18 (medical policy MP-TMS-07). Experimental or investigational services are excluded (Certificate, Section 9.1).
You may file one internal appeal within 180 days.
""",
    "denial/final-internal-appeal-decision-2026-10-19.txt": """
GREAT LAKES MUTUAL HEALTH (FICTIONAL) - FINAL INTERNAL APPEAL DECISION             Date: 10/19/2026
Member: Ezra Kaplan-Moreau   Reference GLM-PA-26-0811-20934
Page 1 of 1

The appeal is denied. TMS remains investigational for members under 18 under MP-TMS-07. In addition, no trial of
psychotherapy is documented. Reviewed by a physician board-certified in psychiatry.
You have exhausted the internal appeal. You may request an external review within 4 months of the date of this
notice through the state insurance department's external review unit, PO Box 30220, Lansing, MI 48909.
""",
    "other/policy-mp-tms-07.txt": """
GREAT LAKES MUTUAL HEALTH (FICTIONAL) - MEDICAL POLICY MP-TMS-07, TRANSCRANIAL MAGNETIC STIMULATION
Last reviewed: 03/2023
TMS is considered investigational for members under 18 years of age.
""",
    "other/certificate-2026-excerpts.txt": """
TAMARACK COUNTY EMPLOYEES HEALTH PLAN - CERTIFICATE OF COVERAGE 2026 (insured by Great Lakes Mutual Health; FICTIONAL)
Section 1, Definitions (page 1): "Experimental or investigational" means a service for which (a) it has not received
FDA approval or clearance for marketing for the use proposed; or (b) it is the subject of an ongoing phase I or
phase II clinical trial for the use proposed; or (c) reliable evidence shows that the consensus of experts is that
further studies are needed to determine its safety or effectiveness for the use proposed.
Section 9.1: Experimental or investigational services are excluded.
""",
    "other/fda-clearance-summary-2024.txt": """
SUMMARY OF FDA CLEARANCE (prepared by the clinic from the FDA's public 510(k) record; FICTIONAL copy)      Page 1
In March 2024 the FDA cleared a TMS device, through a 510(k), as an adjunct for major depressive disorder in
patients aged 15 to 21. The clinic's TMS system is that device.
""",
    "other/member-id-card-and-eligibility-2026.txt": """
GREAT LAKES MUTUAL HEALTH (FICTIONAL) - ELIGIBILITY PRINTOUT, 2026                         Page 1
Subscriber: Noor Kaplan (Tamarack County employee)   Dependent: Ezra Kaplan-Moreau, DOB 03/22/2010
""",
    "clinical/tms-evaluation-2026-08-05.txt": """
OAKLAND YOUTH NEUROMODULATION CLINIC (FICTIONAL) - TMS EVALUATION                     Date: 08/05/2026
Patient: Ezra Kaplan-Moreau   DOB 03/22/2010 (16)   Psychiatrist: Beatrix Halloran-Osei, MD (NPI 1588201164)
Page 1 of 1

Diagnosis: major depressive disorder, single episode, severe without psychotic features (F32.2), since 01/2025.
PHQ-A 21, CDRS-R 68. Passive thoughts of death, no intent or plan; safety plan in place.
Treatments: fluoxetine 40 mg daily 02/2025-05/2025, 10 weeks, no response, stopped; sertraline 150 mg daily since
07/2025, partial response, continues; weekly individual CBT with the clinic's therapist since 03/2025 (about 70
sessions), continues; melatonin 3 mg at bedtime for sleep since 10/2025.
Earlier: a 6-session school counseling group in 2022 for anxiety (a different problem, helped).
Screening: no seizures, no metal in the head, no psychosis, no substance use.
Plan: TMS 36 sessions as an adjunct to sertraline; CBT continues.
""",
    "other/parent-consent-2026-10-26.txt": """
PARENT CONSENT (FICTIONAL)                                              Signed: 10/26/2026
I, Noor Kaplan, parent of Ezra Kaplan-Moreau (DOB 03/22/2010), consent to Dr. Beatrix Halloran-Osei requesting
external review of reference GLM-PA-26-0811-20934 for my son. Signed: Noor Kaplan.
""",
    "other/tms-schedule-2026-12.txt": """
OAKLAND YOUTH NEUROMODULATION CLINIC (FICTIONAL) - TMS CHAIR SCHEDULE, DRAFT FOR 01/2027
Chair 1: 8:00 "E. K-M." (pending authorization); 8:45 "L.V." (another patient, age 19, authorized)
""",
}

TRUTH = r'''
# 06 - Insured county plan: adolescent TMS "investigational under 18" against a 2024 FDA clearance; external review by the psychiatrist (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Ezra Kaplan-Moreau, **16** (DOB 03/22/2010), Michigan, is a dependent on his mother's **county employees' plan,
  insured** by Great Lakes Mutual Health (`governmental`, insured; 1,200 employees).
- Diagnosis **F32.2**; PHQ-A 21, CDRS-R 68 (08/05/2026); passive thoughts of death, no intent or plan.
- TMS, 36 sessions, as an **adjunct to sertraline**, was denied (08/27/2026) under **MP-TMS-07 (last reviewed
  03/2023)**, "investigational for members under 18", and the exclusion of Certificate 9.1; the **final internal
  appeal** (10/19/2026) upheld it and added "**no trial of psychotherapy is documented**".
- The **Certificate's own definition** is three "or" tests; test (a) turns on FDA approval or clearance "for the use
  proposed". In **March 2024** the FDA **cleared a TMS device as an adjunct for MDD in patients aged 15 to 21**;
  Ezra (16) and the use (adjunct to sertraline for MDD) are within it. Tests (b) and (c) are not answered by the case.
- **Weekly CBT since 03/2025 (~70 sessions)** is in the record.
- **Stage and rule:** external review after the final internal denial; insured non-federal governmental plan:
  45 CFR 147.136 (c) (the state's process) within **4 months of 10/19/2026: by 02/19/2027**.
- **Author:** the treating child and adolescent psychiatrist (physician), with the mother's consent (10/26/2026).

## Deliberately unknown
- Whether any phase I/II trial of adolescent TMS is ongoing (test (b)) or what experts' consensus is (test (c)): not
  in the case; the letter must ask how the plan applied them, never claim they are not met.
- Whether the county plan ever opted out of parity: the case does not say (parity may be raised only as a request).
- The state's decision time for the external review: not in the case.

## Traps
- **Document, then record:** the FDA clearance (2024) postdates the policy's last review (03/2023); the
  Certificate's definition decides, not the policy's one line.
- **A decision's stated fact the record contradicts:** "no trial of psychotherapy" - 18 months of weekly CBT.
- **Psychotherapy beside drugs:** CBT is never a failed drug trial; it **continues**.
- **Sertraline continues** (partial): never "failed" or "stopped"; **melatonin** is not a trial; the **2022 school
  counseling group** (anxiety, helped) is an earlier, different problem, never a failure.
- **Other patient on a document:** the draft chair schedule lists **"L.V."**, another patient.
- **Suicidality passive:** never "active suicidal ideation", no Spravato suicidality use.
- **Wrong law:** no ERISA as governing (29 CFR 2560.503-1 alone, EBSA), no 29 CFR 2590.715-2719 (that is for
  self-funded ERISA plans), no Medicaid/EPSDT, no Medicare; the FDA clearance is a **clearance**, not an "approval".
- **Stage:** the request is addressed to the external review unit, not to the plan "to be forwarded".

## Arguments a strong letter makes (strongest first)
1. The plan's **own definition** of experimental, test (a): a TMS device was **cleared by the FDA in March 2024 as an
   adjunct for MDD in patients aged 15 to 21**; Ezra is 16 and TMS is proposed as an adjunct to sertraline: within
   the cleared use. MP-TMS-07 (last reviewed 03/2023) predates it.
2. The final decision's "no trial of psychotherapy" is contradicted by 18 months of weekly CBT (Exhibit: evaluation).
3. The clinical case: fluoxetine 10 weeks without response, partial response to sertraline, PHQ-A 21; ask how tests
   (b) and (c) were applied and on what evidence; ask the reviewer to be a child and adolescent psychiatrist.

## What a letter must NOT say
- "FDA-approved" for TMS; that TMS is cleared "for adolescents" without the 15-21 adjunct terms.
- "no psychotherapy", "failed CBT", "failed sertraline", "stopped sertraline"; melatonin or the 2022 group as trials.
- "L.V."; "active suicidal ideation".
- "ERISA", "EBSA", "29 CFR 2590.715-2719", "EPSDT", "Medicaid", "Medicare"; that tests (b) and (c) are not met.
'''

ANSWERS = [
    ("denial/prior-authorization-denial-2026-08-27.txt", "considered investigational for members under 18 (medical policy MP-TMS-07)"),
    ("denial/final-internal-appeal-decision-2026-10-19.txt", "no trial of psychotherapy is documented"),
    ("denial/final-internal-appeal-decision-2026-10-19.txt", "within 4 months of the date of this notice"),
    ("other/policy-mp-tms-07.txt", "Last reviewed: 03/2023"),
    ("other/certificate-2026-excerpts.txt", "(a) it has not received FDA approval or clearance for marketing for the use proposed; or"),
    ("other/fda-clearance-summary-2024.txt", "as an adjunct for major depressive disorder in patients aged 15 to 21"),
    ("other/fda-clearance-summary-2024.txt", "In March 2024 the FDA cleared a TMS device"),
    ("other/member-id-card-and-eligibility-2026.txt", "DOB 03/22/2010"),
    ("clinical/tms-evaluation-2026-08-05.txt", "weekly individual CBT with the clinic's therapist since 03/2025"),
    ("clinical/tms-evaluation-2026-08-05.txt", "sertraline 150 mg daily since 07/2025, partial response, continues"),
    ("clinical/tms-evaluation-2026-08-05.txt", "Passive thoughts of death, no intent or plan"),
    ("clinical/tms-evaluation-2026-08-05.txt", "fluoxetine 40 mg daily 02/2025-05/2025, 10 weeks, no response"),
    ("other/tms-schedule-2026-12.txt", "L.V.\" (another patient"),
    ("other/parent-consent-2026-10-26.txt", "I, Noor Kaplan, parent of Ezra Kaplan-Moreau"),
    ("case.yaml", "next_deadline: 2027-02-19"),
    ("truth", "by 02/19/2027"),
]
