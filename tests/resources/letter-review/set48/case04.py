"""FICTIONAL case 04 (set 48): Marketplace plan, IV ketamine pre-service, "ECT not considered" - record shows declined."""
SLUG = "marketplace-iv-ketamine-trd-ect-declined-documented-first-appeal-preservice-nonprofit-advocate"

CASE_YAML = """
# FICTIONAL CASE (set 48, case 04) - every person, plan, charity, clinic, number and address is invented.
# Individual Marketplace Silver plan, insured, North Carolina. Delphine Okwuosa-Barrett, 39, asked for a course of
# six IV ketamine infusions for treatment-resistant depression; the plan denied it before treatment under
# MP-KET-18 criterion 3, "No documentation that ECT was considered." Her psychiatrist's note of 08/20/2026 records
# an informed discussion of ECT, which she declined. A nonprofit patient advocate appeals with her authorization.
patient:
  name: Delphine Okwuosa-Barrett
  salutation: Ms. Okwuosa-Barrett
  date_of_birth: 1987-07-30
  member_id: FICT-PHC-77120485
  address: |-
    641 Tryon Ridge Drive
    Raleigh, NC 27609
  phone: (919) 555-0113
insurer:
  name: Piedmont Harbor Health Plans, Marketplace Silver 2026 (FICTIONAL)
  appeals_address: |-
    Piedmont Harbor Health Plans - Appeals and Grievances (FICTIONAL)
    PO Box 27150
    Durham, NC 27717
  fax: (919) 555-0170
claim:
  number: PHH-PA-26-1118-45902
  plan_type: individual_aca
  funding: insured
  state: NC
  notice_date: 2026-11-24
  appeal_deadline: 2027-05-23
  deadline_basis: >-
    Notice of 11/24/2026: "You have 180 days from the day you get this letter to ask for an appeal." Counted from
    the notice date, adding no mailing days.
  pending_services: 6
  procedure_codes: [96365, 96366, J3490]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    Not medically necessary. Medical Policy MP-KET-18 criterion 3 is not met: No documentation that
    electroconvulsive therapy (ECT) was considered.
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  action: none
  reviewer: {name: "Dr. Anneliese Crowder (FICTIONAL)", specialty: internal medicine}
  corrections:
    - said: No documentation that electroconvulsive therapy (ECT) was considered.
      record: >-
        Dr. Santiago's note of 08/20/2026 records an informed discussion of ECT (benefits, anesthesia, memory
        effects) and that Ms. Okwuosa-Barrett declined it; that note was sent with the request of 11/18/2026.
      file: clinical/psychiatry-note-2026-08-20.txt
      page: 1
prior_auth:
  requested_on: 2026-11-18
  reference: PHH-PA-26-1118-45902
  proof: other/request-fax-confirmation-2026-11-18.txt
plan_policy:
  name: Piedmont Harbor Health Plans Medical Policy MP-KET-18, Intravenous Ketamine for Treatment-Resistant Depression
  number: MP-KET-18
  quote: >-
    IV ketamine is considered medically necessary when all are met: 1. Major depressive disorder without psychotic
    features in an adult 18 or older; 2. Inadequate response to at least two antidepressants of two different
    classes, each at an adequate dose for at least 6 weeks, in the current episode; 3. ECT has been tried, or is
    contraindicated, or has been declined by the patient after an informed discussion documented in the record;
    4. No active substance use disorder, psychosis or uncontrolled hypertension.
  file: other/medical-policy-mp-ket-18-excerpt.txt
payer_criteria:
  - criterion: "1. Major depressive disorder without psychotic features in an adult 18 or older."
    how_met: Major depressive disorder, recurrent, severe without psychotic features (F33.2); age 39.
    met: true
    evidence: {file: clinical/psychiatry-note-2026-11-10.txt, page: 1}
  - criterion: >-
      2. Inadequate response to at least two antidepressants of two different classes, each at an adequate dose
      for at least 6 weeks, in the current episode.
    how_met: >-
      Sertraline 150 mg for 10 weeks (SSRI) and duloxetine 60 mg for 12 weeks (SNRI), both without response, in the
      episode that began 01/2025; bupropion XL 300 mg (partial response) continues.
    met: true
    evidence: {file: clinical/psychiatry-note-2026-11-10.txt, page: 1}
  - criterion: >-
      3. ECT has been tried, or is contraindicated, or has been declined by the patient after an informed
      discussion documented in the record.
    how_met: Informed discussion of ECT documented on 08/20/2026; she declined it.
    met: true
    evidence: {file: clinical/psychiatry-note-2026-08-20.txt, page: 1}
  - criterion: "4. No active substance use disorder, psychosis or uncontrolled hypertension."
    how_met: No substance use disorder; no psychotic symptoms; blood pressure 122/78 on 11/10/2026.
    met: true
    evidence: {file: clinical/psychiatry-note-2026-11-10.txt, page: 1}
treatment:
  name: Intravenous ketamine infusions, a course of six (96365, 96366, J3490)
  summary: >-
    A course of six IV ketamine infusions over three weeks for treatment-resistant depression after no response to
    adequate trials of sertraline and duloxetine and a partial response to bupropion, with ECT declined after an
    informed discussion.
  plan: >-
    Ketamine 0.5 mg/kg IV over 40 minutes, twice weekly for three weeks (six infusions); blood pressure, pulse
    oximetry and dissociation monitored during and for 60 minutes after each; PHQ-9 and MADRS before infusions 1,
    4 and 6; stop if MADRS falls by less than 25% after infusion 4.
  setting: Capital Ketamine Infusion Suite, an outpatient suite with an anesthesiologist on site
  alongside: bupropion XL 300 mg daily
clinical:
  severity: MADRS 36 and PHQ-9 23 on 11/10/2026
  severity_date: 2026-11-10
  suicidality: passive
  suicidality_date: 2026-11-10
  episode_onset: 2025-01
  treating_since: 2024-03
  exclusions: No substance use disorder, no psychosis, blood pressure 122/78
  history:
    - drug: Sertraline
      dose: 150 mg daily
      start: 2025-02
      end: 2025-05
      weeks: 10
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 10 weeks; stopped
      evidence: {file: clinical/psychiatry-note-2026-11-10.txt, page: 1}
    - drug: Duloxetine
      dose: 60 mg daily
      start: 2025-06
      end: 2025-09
      weeks: 12
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 12 weeks; stopped
      evidence: {file: clinical/psychiatry-note-2026-11-10.txt, page: 1}
    - drug: Bupropion XL
      dose: 300 mg daily
      start: 2025-10
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued
      evidence: {file: clinical/psychiatry-note-2026-11-10.txt, page: 1}
    - drug: Aripiprazole
      dose: 5 mg daily
      start: 2026-03
      end: 2026-03
      weeks: 3
      kind: augmentation
      adequate: false
      outcome: Stopped after 3 weeks for akathisia (intolerance)
      evidence: {file: clinical/psychiatry-note-2026-11-10.txt, page: 1}
    - drug: Mirtazapine
      dose: 7.5 mg at bedtime for sleep
      start: 2026-04
      ongoing: true
      kind: other
      outcome: Sleep dose only; not an antidepressant trial
      evidence: {file: clinical/psychiatry-note-2026-11-10.txt, page: 1}
impact:
  work: On unpaid medical leave from her job as a court reporter since 09/2026
author:
  name: Leontyne Marsh
  role: Patient advocate, Carolina Care Navigators (a nonprofit patient advocacy program), authorized representative
  relation: representative
  authorization: other/authorization-to-represent-2026-11-26.txt
  address: |-
    Carolina Care Navigators (FICTIONAL), 210 Fayetteville Street, Suite 900
    Raleigh, NC 27601
  phone: (919) 555-0131
  email: lmarsh@carecarolina.example
provider:
  name: Dr. Rafael Santiago
  credentials: MD, psychiatrist
  npi: "1390275844"
  address: |-
    Triangle Mood Disorders Clinic (FICTIONAL), 3100 Blue Ridge Road
    Raleigh, NC 27612
  phone: (919) 555-0144
peer_to_peer:
  availability: weekdays 12-1 pm
copies: [prescriber]
record_dates:
  - file: clinical/psychiatry-note-2026-08-20.txt
    date: 2026-08-20
    sent: 2026-11-18
    sent_proof: other/request-fax-confirmation-2026-11-18.txt
  - file: clinical/psychiatry-note-2026-11-10.txt
    date: 2026-11-10
bates_prefix: OKWUOSABARRETT
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/prior-authorization-denial-2026-11-24.txt": """
PIEDMONT HARBOR HEALTH PLANS (FICTIONAL) - NOTICE OF DENIAL OF PRIOR AUTHORIZATION        Date: 11/24/2026
Member: Delphine Okwuosa-Barrett   ID FICT-PHC-77120485   Marketplace Silver 2026
Request PHH-PA-26-1118-45902, received 11/18/2026: IV ketamine infusions x6 (96365, 96366, J3490), Dr. Rafael
Santiago.
Decision: Not medically necessary. Medical Policy MP-KET-18 criterion 3 is not met: No documentation that
electroconvulsive therapy (ECT) was considered.
Reviewer: Dr. Anneliese Crowder, internal medicine.
You have 180 days from the day you get this letter to ask for an appeal. Appeals and Grievances, PO Box 27150,
Durham, NC 27717; fax (919) 555-0170.
""",
    "other/medical-policy-mp-ket-18-excerpt.txt": """
PIEDMONT HARBOR HEALTH PLANS (FICTIONAL) - MEDICAL POLICY MP-KET-18 (effective 01/01/2026)         Page 2 of 6
IV ketamine is considered medically necessary when all are met: 1. Major depressive disorder without psychotic
features in an adult 18 or older; 2. Inadequate response to at least two antidepressants of two different
classes, each at an adequate dose for at least 6 weeks, in the current episode; 3. ECT has been tried, or is
contraindicated, or has been declined by the patient after an informed discussion documented in the record;
4. No active substance use disorder, psychosis or uncontrolled hypertension.
""",
    "clinical/psychiatry-note-2026-08-20.txt": """
TRIANGLE MOOD DISORDERS CLINIC (FICTIONAL) - PSYCHIATRY NOTE                   Date: 08/20/2026   Page 1 of 1
Patient: Delphine Okwuosa-Barrett   Clinician: Rafael Santiago, MD
Discussed ECT in detail: expected benefit, general anesthesia twice or three times a week, risk of memory loss
for recent events. Patient works as a court reporter and relies on verbatim memory; after the discussion she
declines ECT. Informed discussion documented; decision respected. Will consider IV ketamine.
""",
    "clinical/psychiatry-note-2026-11-10.txt": """
TRIANGLE MOOD DISORDERS CLINIC (FICTIONAL) - PSYCHIATRY NOTE                   Date: 11/10/2026   Page 1 of 1
Patient: Delphine Okwuosa-Barrett, 39   Clinician: Rafael Santiago, MD   Treating since 03/2024
Diagnosis: major depressive disorder, recurrent, severe without psychotic features (F33.2); current episode since
01/2025. MADRS 36, PHQ-9 23. Passive wish not to wake up; no plan or intent. BP 122/78. No substance use.
Trials this episode: sertraline 150 mg 02-05/2025, 10 weeks, no response; duloxetine 60 mg 06-09/2025, 12 weeks, no
response; bupropion XL 300 mg since 10/2025, partial response, continued; aripiprazole 5 mg added 03/2026,
stopped after 3 weeks for akathisia; mirtazapine 7.5 mg at bedtime for sleep since 04/2026.
Earlier episode (2016): escitalopram 10 mg, remission; stopped 2017.
Plan: request IV ketamine x6 (ECT declined 08/20/2026 after informed discussion).
""",
    "clinical/intake-note-2024-03-stale.txt": """
TRIANGLE MOOD DISORDERS CLINIC (FICTIONAL) - INTAKE NOTE                       Date: 03/12/2024
Patient: Delphine Okwuosa-Barrett. Mild depressive symptoms. "Open to ECT if ever needed."
[Written before the current episode and before the 08/20/2026 discussion.]
""",
    "other/request-fax-confirmation-2026-11-18.txt": """
TRIANGLE MOOD DISORDERS CLINIC (FICTIONAL) - FAX TRANSMISSION REPORT           11/18/2026 10:42
To: Piedmont Harbor Health Plans Utilization Management, (919) 555-0171   Pages: 9   Result: OK
Contents: prior authorization request (IV ketamine x6), notes of 08/20/2026 and 11/10/2026.
Also on this report: 11/18/2026 10:55 to another plan, patient M. Quarles (not part of this appeal).
""",
    "other/authorization-to-represent-2026-11-26.txt": """
AUTHORIZATION TO REPRESENT (FICTIONAL)                                          Date: 11/26/2026
I, Delphine Okwuosa-Barrett, authorize Leontyne Marsh of Carolina Care Navigators to appeal the denial of request
PHH-PA-26-1118-45902 for me and to receive my health information for that purpose.
Signed: Delphine Okwuosa-Barrett
""",
}

TRUTH = """
# 04 - Marketplace plan: IV ketamine denied before treatment as "ECT not considered" when the record shows it declined after an informed discussion; first appeal by a nonprofit advocate (FICTIONAL)

All people, plans, charities, clinics, numbers and addresses are invented (FICTIONAL).

## What is true
- Delphine Okwuosa-Barrett, 39, on an insured **Marketplace Silver** plan (`individual_aca`), NC. Request of
  **11/18/2026** for six IV ketamine infusions, denied **11/24/2026** under **MP-KET-18 criterion 3**: "No
  documentation that electroconvulsive therapy (ECT) was considered."
- Dr. Santiago's note of **08/20/2026** documents an informed discussion of ECT and that she **declined** it (memory
  risk; court reporter). It was faxed with the request on 11/18/2026 (fax report): it was before the reviewer.
- Criterion 2: sertraline 10 weeks and duloxetine 12 weeks, no response, in the episode since 01/2025 (SSRI + SNRI).
  Criteria 1 and 4 met. All four criteria are met.
- **Rule:** 45 CFR 147.136(b)(3); pre-service: decision within 30 days; **by 05/23/2027** to appeal; external review
  after. Parity (MHPAEA) applies to the individual market.
- **Author:** a nonprofit patient advocate with her written authorization of 11/26/2026.

## Deliberately unknown
- Whether the reviewer read the 08/20/2026 note: unknown; the letter may say it was sent, not that it was ignored
  on purpose.
- Cost of the course; whether ketamine will work.

## Traps
- **Decision's wrong statement:** "No documentation that ECT was considered" against the 08/20/2026 note.
- **Stale document:** the 2024 intake note ("open to ECT") predates the episode and the informed discussion; it
  does not show she would accept ECT now.
- **Bupropion continues** (partial): never "failed" or "stopped". **Aripiprazole** 3 weeks is an intolerance, not an
  adequate augmentation trial. **Mirtazapine 7.5 mg** is a sleep dose. **Escitalopram 2016** remitted an earlier
  episode: not a failure, and not in the current episode.
- **Suicidality:** passive, 11/10/2026; no plan or intent - never "active".
- **Another patient** on the fax report (M. Quarles).
- **Voice:** the advocate writes about Ms. Okwuosa-Barrett; never "I" as the patient or as a physician.
- **Wrong law:** no ERISA (not an employer plan), no Medicaid rules.

## Arguments a strong letter makes (strongest first)
1. Criterion 3 is met in its own words: ECT was declined after an informed discussion documented on 08/20/2026, and
   that note was sent with the request.
2. Criteria 1, 2 and 4 are met (sertraline and duloxetine, two classes, adequate; F33.2; exclusions checked), so
   every criterion of MP-KET-18 is met: approve the six infusions.
3. The reviewer is an internist; ask for a psychiatrist's review and offer a peer-to-peer call (weekdays 12-1 pm).
4. Parity: ask for the plan's comparable medical/surgical rule as a document relevant to the claim.

## What a letter must NOT say
- "ECT was tried", "ECT is contraindicated"; "failed ECT".
- "failed bupropion", "stopped bupropion"; aripiprazole or mirtazapine as an adequate trial; "escitalopram failed".
- "active suicidal ideation"; "Quarles".
- "ERISA", "29 CFR 2560.503-1" as the governing law; "employer plan".
"""

ANSWERS = [
    ("plan type", "plan_type: individual_aca", "case.yaml"),
    ("notice date", "Date: 11/24/2026", "denial/prior-authorization-denial-2026-11-24.txt"),
    ("ground", "No documentation that electroconvulsive therapy (ECT) was considered",
     "denial/prior-authorization-denial-2026-11-24.txt"),
    ("reviewer", "internal medicine", "denial/prior-authorization-denial-2026-11-24.txt"),
    ("criterion 3 words", "declined by the patient after an informed discussion documented in the record",
     "other/medical-policy-mp-ket-18-excerpt.txt"),
    ("record answers", "after the discussion she declines ECT", "clinical/psychiatry-note-2026-08-20.txt"),
    ("sent with request", "notes of 08/20/2026 and 11/10/2026", "other/request-fax-confirmation-2026-11-18.txt"),
    ("trial 1", "sertraline 150 mg 02-05/2025, 10 weeks, no response", "clinical/psychiatry-note-2026-11-10.txt"),
    ("trial 2", "duloxetine 60 mg 06-09/2025, 12 weeks, no", "clinical/psychiatry-note-2026-11-10.txt"),
    ("still taken", "bupropion XL 300 mg since 10/2025, partial response, continued",
     "clinical/psychiatry-note-2026-11-10.txt"),
    ("intolerance", "stopped after 3 weeks for akathisia", "clinical/psychiatry-note-2026-11-10.txt"),
    ("sleep dose", "mirtazapine 7.5 mg at bedtime for sleep", "clinical/psychiatry-note-2026-11-10.txt"),
    ("earlier episode", "Earlier episode (2016): escitalopram 10 mg, remission", "clinical/psychiatry-note-2026-11-10.txt"),
    ("stale", "Written before the current episode", "clinical/intake-note-2024-03-stale.txt"),
    ("deadline", "appeal_deadline: 2027-05-23", "case.yaml"),
    ("other person", "patient M. Quarles (not part of this appeal)", "other/request-fax-confirmation-2026-11-18.txt"),
]
