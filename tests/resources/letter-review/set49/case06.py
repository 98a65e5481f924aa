# FICTIONAL case 06, letters set 49.
SLUG = "06-medicare-advantage-ppo-spravato-sent-to-part-d-plan-own-part-b-list-pre-service-patient"

CASE_YAML = """
# FICTIONAL CASE (letters set 49, case 06) - every person, plan, provider, number and address is invented.
# Medicare Advantage PPO (with Part D). Spravato in a certified clinic, asked for before care, was denied on
# 11/20/2026: "covered under your Part D benefit, not your medical (Part B) benefit; ask your pharmacy plan". The
# plan's own 2026 Part B Drug Prior Authorization List names esketamine nasal spray given in a certified
# healthcare setting. The member asks for a standard pre-service reconsideration herself.
patient:
  name: Beatriz Holloway-Nakamura
  salutation: Ms. Holloway-Nakamura
  date_of_birth: 1954-08-19
  member_id: GLP-55108236-00
  address: |-
    61 Orchard Hill Lane
    Ann Arbor, MI 48104
  phone: (734) 555-0124
insurer:
  name: Great Lakes Pinnacle Medicare Advantage PPO (FICTIONAL)
  appeals_address: |-
    Great Lakes Pinnacle - Medicare Appeals (FICTIONAL)
    PO Box 30917
    Lansing, MI 48909
  fax: (517) 555-0163
claim:
  number: GLP-OD-26-1117-60294
  plan_type: medicare_advantage
  notice_date: 2026-11-20
  appeal_deadline: 2027-01-24
  deadline_basis: >-
    Notice of denial of medical coverage of 11/20/2026: "You have 65 days from the date of this notice to ask for
    a reconsideration."
  procedure_codes: [G2083, J0013]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    Esketamine nasal spray is a self-administered drug. It is covered under your Part D prescription drug benefit,
    not your medical (Part B) benefit. Ask your pharmacy plan for coverage.
  denial_category: not_covered
  denial_reasons: [not_covered]
  action: none
  pending_services: 24
plan_policy:
  name: Great Lakes Pinnacle 2026 Evidence of Coverage, Chapter 4 (Medicare Part B prescription drugs)
  number: EOC Chapter 4
  quote: >-
    Medicare Part B prescription drugs: drugs you do not usually give yourself and that are given in a doctor's
    office or clinic as part of the service, including drugs on our Part B Drug Prior Authorization List. Prior
    authorization is required for drugs on that list.
  file: other/evidence-of-coverage-2026-chapter-4-part-b-drugs.txt
  listed:
    name: Great Lakes Pinnacle 2026 Part B Drug Prior Authorization List
    entry: "Esketamine nasal spray (Spravato), administered and monitored in a REMS-certified healthcare setting - G2082/G2083 - Part B"
    file: other/part-b-drug-prior-authorization-list-2026.txt
    page: 3
    as: a Part B drug
    part_b: true
treatment:
  name: Spravato (esketamine nasal spray) 84 mg, twice weekly then weekly, given in a certified clinic (G2083)
  summary: >-
    Esketamine nasal spray for treatment-resistant depression, given and monitored for two hours in a REMS-certified
    clinic, after escitalopram and duloxetine gave no response, aripiprazole augmentation gave none, and sertraline,
    still taken, gave only a partial response.
  plan: 84 mg twice weekly for 4 weeks, then weekly for 4 weeks, then every 1-2 weeks to 24 sessions in all; MADRS at each phase; stop if no response by week 4.
  setting: Huron Valley Interventional Psychiatry, a REMS-certified treatment center
  monitoring: Blood pressure before and 40 and 120 minutes after each dose; observation for two hours by clinic staff
  alongside: sertraline 200 mg daily
clinical:
  severity: MADRS 36 on 11/06/2026
  severity_date: 2026-11-06
  suicidality: none
  suicidality_date: 2026-11-06
  episode_onset: 2025-01
  treating_since: 2019-06
  history:
    - drug: Escitalopram
      dose: 20 mg daily
      start: 2025-02
      end: 2025-05
      weeks: 12
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 12 weeks
      evidence: {file: clinical/psychiatry-evaluation-2026-11-06.txt, page: 1}
    - drug: Duloxetine
      dose: 90 mg daily
      start: 2025-06
      end: 2025-09
      weeks: 10
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 10 weeks
      evidence: {file: clinical/psychiatry-evaluation-2026-11-06.txt, page: 1}
    - drug: Aripiprazole (augmentation)
      dose: 5 mg daily
      start: 2025-10
      end: 2025-12
      weeks: 8
      kind: augmentation
      adequate: true
      failed: true
      response: none
      outcome: No response after 8 weeks; akathisia
      evidence: {file: clinical/psychiatry-evaluation-2026-11-06.txt, page: 1}
    - drug: Sertraline
      dose: 200 mg daily
      start: 2026-01
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued with esketamine
      evidence: {file: clinical/psychiatry-evaluation-2026-11-06.txt, page: 1}
    - drug: Trazodone
      dose: 50 mg at bedtime for sleep
      start: 2025-03
      ongoing: true
      kind: other
      outcome: Sleep dose only; not an antidepressant trial
      evidence: {file: clinical/psychiatry-evaluation-2026-11-06.txt, page: 1}
    - drug: Venlafaxine (earlier episode)
      dose: 150 mg daily
      start: 2019-06
      end: 2020-08
      kind: antidepressant
      response: remission
      outcome: Remission of the 2019 episode; not a failure
      evidence: {file: clinical/psychiatry-evaluation-2026-11-06.txt, page: 1}
author:
  name: Beatriz Holloway-Nakamura
  role: Patient (the plan member)
  relation: patient
  address: |-
    61 Orchard Hill Lane
    Ann Arbor, MI 48104
  phone: (734) 555-0124
  email: bea.hn@lakemail.example
provider:
  name: Dr. Simone Achterhof
  credentials: MD, psychiatry
  npi: "@NPI:192837465@"
  address: |-
    Huron Valley Interventional Psychiatry (FICTIONAL), 3300 Packard Street
    Ann Arbor, MI 48108
  phone: (734) 555-0147
copies:
  - prescriber
record_dates:
  - file: clinical/psychiatry-evaluation-2026-11-06.txt
    date: 2026-11-06
bates_prefix: HOLLOWAYNAKAMURA
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/notice-of-denial-of-medical-coverage-2026-11-20.txt": """
GREAT LAKES PINNACLE MEDICARE ADVANTAGE PPO (FICTIONAL) - NOTICE OF DENIAL OF MEDICAL COVERAGE
Date of this notice: 11/20/2026                                                  Page 1 of 2
Member: Beatriz Holloway-Nakamura   Member ID GLP-55108236-00   Request GLP-OD-26-1117-60294
Requested by: Dr. Simone Achterhof, Huron Valley Interventional Psychiatry   Received 11/17/2026
Service requested: esketamine nasal spray 84 mg (G2083) with observation, 24 sessions.
Why we denied: Esketamine nasal spray is a self-administered drug. It is covered under your Part D prescription
drug benefit, not your medical (Part B) benefit. Ask your pharmacy plan for coverage.
Your right to appeal: You have 65 days from the date of this notice to ask for a reconsideration. Write to
Medicare Appeals, PO Box 30917, Lansing, MI 48909, or fax (517) 555-0163.
""",
    "other/part-b-drug-prior-authorization-list-2026.txt": """
GREAT LAKES PINNACLE (FICTIONAL) - 2026 PART B DRUG PRIOR AUTHORIZATION LIST                     Page 3 of 9
Drug | Codes | Benefit
Esketamine nasal spray (Spravato), administered and monitored in a REMS-certified healthcare setting - G2082/G2083 - Part B
Ketamine, when billed as a drug - J3490 - not covered
""",
    "other/evidence-of-coverage-2026-chapter-4-part-b-drugs.txt": """
GREAT LAKES PINNACLE MEDICARE ADVANTAGE PPO (FICTIONAL) - 2026 EVIDENCE OF COVERAGE, CHAPTER 4 (excerpt)   Page 88
Medicare Part B prescription drugs: drugs you do not usually give yourself and that are given in a doctor's office
or clinic as part of the service, including drugs on our Part B Drug Prior Authorization List. Prior authorization
is required for drugs on that list.
""",
    "other/part-d-pharmacy-rejection-2026-11-24.txt": """
GREAT LAKES PINNACLE (FICTIONAL) - PHARMACY CLAIM MESSAGE                              Date: 11/24/2026
Member: Beatriz Holloway-Nakamura   Drug: Spravato 28 mg device x3
Claim rejected: Drug is covered under Part B when administered in a certified healthcare setting; bill the medical
benefit. (Message from the plan's own pharmacy side.)
""",
    "clinical/psychiatry-evaluation-2026-11-06.txt": """
HURON VALLEY INTERVENTIONAL PSYCHIATRY (FICTIONAL) - ESKETAMINE EVALUATION                  Date: 11/06/2026
Patient: Beatriz Holloway-Nakamura   DOB 08/19/1954   Page 1 of 2
Diagnosis: major depressive disorder, recurrent, severe without psychotic features (F33.2); episode since 01/2025.
MADRS 36. Denies suicidal ideation.
This episode: escitalopram 20 mg 02/2025-05/2025, 12 weeks, no response; duloxetine 90 mg 06/2025-09/2025, 10
weeks, no response; aripiprazole 5 mg added 10/2025-12/2025, 8 weeks, no response, akathisia; sertraline 200 mg
since 01/2026, partial response, to continue with esketamine. Trazodone 50 mg at bedtime for sleep since 03/2025.
Earlier episode: venlafaxine 150 mg 06/2019-08/2020 brought remission.
Blood pressure controlled (128/76). No psychosis; no substance use disorder.
Plan: esketamine 84 mg in clinic under REMS; two-hour observation.
""",
    "other/clinic-rems-certificate.txt": """
HURON VALLEY INTERVENTIONAL PSYCHIATRY (FICTIONAL) - REMS HEALTHCARE SETTING ENROLLMENT (copy)
Enrolled as a certified healthcare setting for esketamine administration. Enrollment confirmed 03/14/2024.
""",
    "other/medication-list-2023-stale.txt": """
PRIMARY CARE (FICTIONAL) - MEDICATION LIST                                       Printed: 04/11/2023
Beatriz Holloway-Nakamura: no psychiatric medications. (Printed during remission, before the 2025 episode.)
""",
}

TRUTH = """
# 06 - Medicare Advantage PPO: clinic-given Spravato denied as "a Part D drug"; the plan's own Part B list names it; standard pre-service reconsideration asked by the patient (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Beatriz Holloway-Nakamura, 72 (DOB 08/19/1954), in the **Great Lakes Pinnacle Medicare Advantage PPO**, was denied
  **Spravato 84 mg given in a REMS-certified clinic (G2083), 24 sessions**, before care, on **11/20/2026**: "a
  self-administered drug ... covered under your Part D prescription drug benefit, not your medical (Part B) benefit".
- The plan's own **2026 Part B Drug Prior Authorization List**, page 3, lists "Esketamine nasal spray (Spravato),
  administered and monitored in a REMS-certified healthcare setting - G2082/G2083 - **Part B**". Its EOC Chapter 4
  covers Part B drugs on that list. The plan's **own pharmacy side** rejected the Part D claim on 11/24/2026 saying
  it is covered under Part B. A Medicare Advantage plan must cover what Original Medicare Part B covers (42 CFR
  422.101(a)-(b)).
- Clinically: four medication trials this episode (escitalopram 12 weeks, duloxetine 10 weeks, aripiprazole augmentation 8
  weeks, all without response; sertraline continuing with partial response); MADRS 36; no suicidal ideation.
  Spravato's label covers TRD with or without an oral antidepressant; sertraline continues with it here.
- **Rule and stage:** Medicare Advantage **standard pre-service reconsideration**, 42 CFR 422.578-422.590: **65 days
  from the notice: by 01/24/2027**; a Part B drug request is decided within **7 calendar days** (422.590(c)); an
  upheld denial goes to the IRE automatically. No urgency is recorded, so no expedited request.
- **Author:** the patient herself ("I").

## Deliberately unknown
- Whether the plan will then apply clinical criteria: not known; the denial did not judge medical necessity (a
  letter may show the record meets usual criteria, but must not say the plan found it necessary).
- Her cost share under Part B: not in the case.
- Who at the plan decided (no reviewer named).

## Traps
- **Plan document, not clinical:** the winning point is the plan's own Part B list naming the drug in a certified
  setting; never concede that Spravato is a Part D drug, and never ask the Part D plan to pay it.
- **Another payer said to pay:** the denial points to "your pharmacy plan"; the pharmacy message shows the plan's Part
  D side refuses it as Part B - the same plan sends her in a circle.
- **Ketamine J3490** on the same list page is "not covered": it is not this request.
- **Drug still taken:** sertraline continues (partial response): never "failed" or "stopped". **Trazodone 50 mg** is a
  sleep dose. **Venlafaxine** brought remission in the 2019 episode: not a failure. Aripiprazole was augmentation.
- **Stale document:** the 2023 medication list predates this episode.
- No suicidal ideation: no sentence about a suicidality indication.
- **Wrong law:** no ERISA, no MHPAEA or parity (Medicare), no 45 CFR 147.136, no Part D exception rule (423.578).
- **Voice:** "I", never "Ms. Holloway-Nakamura has failed".

## Arguments a strong letter makes (strongest first)
1. By the plan's **own 2026 Part B Drug Prior Authorization List** (page 3) and EOC Chapter 4, Spravato given in a
   REMS-certified setting **is a Part B drug** under this plan; decide the request on that footing (and Medicare
   Advantage must cover what Part B covers, 42 CFR 422.101(a)-(b)).
2. The plan's own pharmacy benefit rejected it as Part B (11/24/2026): the denial's redirection to Part D leaves her
   with no route.
3. On the merits, four trials this episode without response, MADRS 36; ask for a decision within 7 days (422.590(c)).

## What a letter must NOT say
- "Spravato is a Part D drug"; "I will ask my Part D plan"; "ketamine infusions".
- "failed sertraline", "stopped sertraline"; trazodone as a trial; "failed venlafaxine".
- "suicidal ideation", "the suicidality indication".
- "ERISA", "MHPAEA", "parity", "45 CFR 147.136", "42 CFR 423.578".
"""

ANSWERS = [
    ("plan type", "plan_type: medicare_advantage", "case.yaml"),
    ("deadline", "You have 65 days from the date of this notice to ask for a reconsideration.", "denial/notice-of-denial-of-medical-coverage-2026-11-20.txt"),
    ("computed date", "by 01/24/2027", "truth"),
    ("denial's ground", "It is covered under your Part D prescription drug benefit, not your medical (Part B) benefit.", "denial/notice-of-denial-of-medical-coverage-2026-11-20.txt"),
    ("list entry", "administered and monitored in a REMS-certified healthcare setting - G2082/G2083 - Part B", "other/part-b-drug-prior-authorization-list-2026.txt"),
    ("EOC words", "including drugs on our Part B Drug Prior Authorization List", "other/evidence-of-coverage-2026-chapter-4-part-b-drugs.txt"),
    ("pharmacy side says Part B", "Drug is covered under Part B when administered in a certified healthcare setting", "other/part-d-pharmacy-rejection-2026-11-24.txt"),
    ("decision time", "7 calendar days", "truth"),
    ("drug still taken", "sertraline 200 mg since 01/2026, partial response, to continue with esketamine", "clinical/psychiatry-evaluation-2026-11-06.txt"),
    ("sleep dose", "Trazodone 50 mg at bedtime for sleep", "clinical/psychiatry-evaluation-2026-11-06.txt"),
    ("earlier-episode response", "venlafaxine 150 mg 06/2019-08/2020 brought remission", "clinical/psychiatry-evaluation-2026-11-06.txt"),
    ("augmentation", "aripiprazole 5 mg added 10/2025-12/2025, 8 weeks, no response, akathisia", "clinical/psychiatry-evaluation-2026-11-06.txt"),
    ("severity", "MADRS 36. Denies suicidal ideation.", "clinical/psychiatry-evaluation-2026-11-06.txt"),
    ("not this request", "Ketamine, when billed as a drug - J3490 - not covered", "other/part-b-drug-prior-authorization-list-2026.txt"),
    ("stale document", "Printed: 04/11/2023", "other/medication-list-2023-stale.txt"),
    ("author", "relation: patient", "case.yaml"),
]
