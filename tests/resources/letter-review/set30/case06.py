"""Case 06 (FICTIONAL): FEHB, Spravato step therapy "SSRIs only"; carrier reconsideration by the husband."""

SLUG = "fehb-spravato-step-therapy-ssri-only-misread-carrier-reconsideration-husband"

CASE_YAML = r'''
# FICTIONAL CASE (set 30, case 06) - every person, plan, provider, number and address is invented.
# FEHB, Standard Option, Colorado. Yvonne Akintola-Brandt, 52, a federal employee (the enrollee), needs Spravato
# induction for treatment-resistant depression. The carrier denied prior approval (10/23/2026) under its step rule
# RX-ST-ESK-2 ("two classes"), saying the records show only SSRIs (sertraline, escitalopram). Its own pharmacy
# claims show duloxetine (an SNRI, 10 weeks at 120 mg) and bupropion XL (ongoing); escitalopram was an earlier
# episode that remitted. Her husband, with her written authorization, asks the carrier to reconsider.
patient:
  name: Yvonne Akintola-Brandt
  salutation: Mrs. Akintola-Brandt
  date_of_birth: 1974-08-27
  member_id: FICT-FFB-R41178203
  address: |-
    3817 Constellation Drive
    Colorado Springs, CO 80906
  phone: (719) 555-0116
insurer:
  name: Federal Frontier Benefit Plan, Standard Option (FEHB carrier) (FICTIONAL)
  appeals_address: |-
    Federal Frontier Benefit Plan - Reconsiderations (address FICTIONAL)
    PO Box 18420
    Denver, CO 80218
  fax: (303) 555-0178
claim:
  number: FFB-RX-26-1019-08834
  plan_type: fehb
  notice_date: 2026-10-23
  appeal_deadline: 2027-04-23
  deadline_basis: >-
    Notice of 10/23/2026: "ask us in writing to reconsider our decision within 6 months from the date of this letter"
  pending_services: 8
  procedure_codes: [J0013]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    Prior approval for Spravato (esketamine) nasal spray is denied. Step therapy policy RX-ST-ESK-2, criterion 2,
    requires an inadequate response to at least two oral antidepressants from two different classes in the current
    episode. The records show trials of SSRIs only (sertraline, escitalopram).
  denial_category: step_therapy
  denial_reasons: [step_therapy]
  action: none
  corrections:
    - said: The records show trials of SSRIs only (sertraline, escitalopram).
      record: >-
        The carrier's own pharmacy claims show duloxetine, an SNRI, 60 mg from 11/2025 and 120 mg from 01/2026 to
        03/2026, and bupropion XL 300 mg, an NDRI, since 04/2026; escitalopram was taken 2020-2021 in an earlier
        episode that remitted, not in this one.
      file: other/carrier-pharmacy-claims-history-2026-11-02.txt
      page: 1
plan_policy:
  name: Federal Frontier Benefit Plan step therapy policy RX-ST-ESK-2 (esketamine nasal spray)
  quote: >-
    Criteria for approval: 1. Adult (18 or older) with major depressive disorder. 2. Inadequate response to at least
    two oral antidepressants from two different classes, each at an adequate dose for at least 6 weeks, in the current
    episode. 3. Prescribed by or in consultation with a psychiatrist. 4. Given in a healthcare setting certified in the
    Spravato REMS. Approval period: 6 months.
  file: other/step-therapy-policy-rx-st-esk-2.txt
  other_terms: >-
    We have 30 days from the date we receive your request to pay the claim, or to approve the request for prior
    approval, or to write to you and maintain our denial.
  other_terms_file: other/fehb-brochure-2026-section-8-excerpt.txt
  other_terms_apply: >-
    The brochure's own Section 8 gives the carrier 30 days from receipt of this request to approve the Spravato
    induction or write again.
payer_criteria:
  - criterion: 1. Adult (18 or older) with major depressive disorder
    how_met: Age 52; major depressive disorder, recurrent, severe (F33.2)
    met: true
    evidence: {file: clinical/psychiatric-evaluation-2026-11-30.txt, page: 1}
  - criterion: >-
      2. Inadequate response to at least two oral antidepressants from two different classes, each at an adequate
      dose for at least 6 weeks, in the current episode
    how_met: >-
      Sertraline (SSRI) 200 mg for 12 weeks, 07-10/2025, no response; duloxetine (SNRI) 120 mg for 10 weeks, 01-03/2026
      after 60 mg from 11/2025, partial response, stopped; bupropion XL (NDRI) 300 mg since 04/2026, partial response,
      continued: three classes in the episode that began 06/2025
    met: true
    evidence: {file: clinical/psychiatric-evaluation-2026-11-30.txt, page: 1}
  - criterion: 3. Prescribed by or in consultation with a psychiatrist
    how_met: Prescribed by her treating psychiatrist, Halvard Mbeki-Strand, MD
    met: true
    evidence: {file: clinical/psychiatric-evaluation-2026-11-30.txt, page: 1}
  - criterion: 4. Given in a healthcare setting certified in the Spravato REMS
    how_met: Pikes Peak Interventional Psychiatry is certified in the Spravato REMS
    met: true
    evidence: {file: clinical/psychiatric-evaluation-2026-11-30.txt, page: 1}
treatment:
  name: Spravato (esketamine) nasal spray, induction (8 sessions over 4 weeks)
  summary: >-
    Spravato induction for treatment-resistant depression in the current episode, with bupropion XL continued.
  alongside: bupropion XL 300 mg daily
  setting: Pikes Peak Interventional Psychiatry, a REMS-certified outpatient clinic
  monitoring: blood pressure before and at 40 minutes and 2 hours; observation for at least 2 hours after each dose
  plan: >-
    Spravato 56 mg at the first session, then 56 or 84 mg twice weekly for 4 weeks (8 sessions), with bupropion XL
    continued; MADRS at baseline and week 4; weekly maintenance considered after week 4.
clinical:
  severity: MADRS 33 on 11/30/2026; PHQ-9 20
  severity_date: 2026-11-30
  suicidality: passive
  suicidality_date: 2026-11-30
  episode_onset: 2025-06
  treating_since: 2025-07
  history:
    - drug: Escitalopram
      dose: 20 mg daily
      start: 2020-09
      end: 2021-10
      kind: antidepressant
      response: remission
      outcome: Remission of the 2020 episode; tapered off while well (earlier episode, not a failed trial)
      evidence: {file: clinical/psychiatric-evaluation-2026-11-30.txt, page: 1}
    - drug: Sertraline
      dose: 200 mg daily
      start: 2025-07
      end: 2025-10
      weeks: 12
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 12 weeks; stopped
      evidence: {file: clinical/psychiatric-evaluation-2026-11-30.txt, page: 1}
    - drug: Duloxetine
      dose: 60 mg daily, 120 mg daily from 01/2026
      start: 2025-11
      end: 2026-03
      weeks: 16
      kind: antidepressant
      adequate: true
      failed: true
      response: partial
      outcome: Partial response only after 10 weeks at 120 mg; stopped
      evidence: {file: clinical/psychiatric-evaluation-2026-11-30.txt, page: 1}
    - drug: Bupropion XL
      dose: 300 mg daily
      start: 2026-04
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued, and to be taken with Spravato
      evidence: {file: clinical/psychiatric-evaluation-2026-11-30.txt, page: 1}
    - drug: Amitriptyline
      dose: 10 mg at bedtime for sleep and migraine prevention
      start: 2023-05
      ongoing: true
      kind: other
      outcome: Low dose for sleep and migraine; not an antidepressant trial
      evidence: {file: clinical/psychiatric-evaluation-2026-11-30.txt, page: 1}
    - drug: Cognitive behavioral therapy
      dose: weekly
      start: 2025-09
      ongoing: true
      sessions: 52
      kind: psychotherapy
      outcome: Continuing; psychotherapy, not a medication trial
      evidence: {file: clinical/psychiatric-evaluation-2026-11-30.txt, page: 1}
impact:
  work: On leave from her federal job since 09/2026
author:
  name: Gunnar Akintola-Brandt
  role: Husband of the patient, her authorized representative
  relation: representative
  authorization: other/authorization-2026-11-03.txt
  address: |-
    3817 Constellation Drive
    Colorado Springs, CO 80906
  phone: (719) 555-0126
  email: gunnar.ab@mail.example
provider:
  name: Halvard Mbeki-Strand
  credentials: MD
  npi: "1844673396"
  address: |-
    Pikes Peak Interventional Psychiatry (FICTIONAL), 2150 Academy Circle, Suite 300
    Colorado Springs, CO 80909
  phone: (719) 555-0153
record_dates:
  - file: clinical/psychiatric-evaluation-2026-11-30.txt
    date: 2026-11-30
bates_prefix: AKINTOLABRANDT
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''

DOCS = {
    "denial/prior-approval-denial-2026-10-23.txt": """
FEDERAL FRONTIER BENEFIT PLAN, STANDARD OPTION (FICTIONAL) - FEHB PROGRAM
NOTICE OF DENIAL OF PRIOR APPROVAL                                                    Date: 10/23/2026
Enrollee/patient: Yvonne Akintola-Brandt   Member ID FICT-FFB-R41178203   Request: FFB-RX-26-1019-08834
Page 1 of 1

Request received 10/19/2026 from Halvard Mbeki-Strand, MD: Spravato (esketamine) nasal spray, J0013, induction.
Decision: Prior approval for Spravato (esketamine) nasal spray is denied. Step therapy policy RX-ST-ESK-2, criterion 2,
requires an inadequate response to at least two oral antidepressants from two different classes in the current
episode. The records show trials of SSRIs only (sertraline, escitalopram).
Reviewed by: clinical pharmacist.

If you disagree, ask us in writing to reconsider our decision within 6 months from the date of this letter. If we
maintain our denial, you may ask OPM to review it.
""",
    "other/step-therapy-policy-rx-st-esk-2.txt": """
FEDERAL FRONTIER BENEFIT PLAN (FICTIONAL) - STEP THERAPY POLICY RX-ST-ESK-2 (esketamine nasal spray), rev. 01/2026
Page 1 of 1

Criteria for approval: 1. Adult (18 or older) with major depressive disorder. 2. Inadequate response to at least two
oral antidepressants from two different classes, each at an adequate dose for at least 6 weeks, in the current
episode. 3. Prescribed by or in consultation with a psychiatrist. 4. Given in a healthcare setting certified in the
Spravato REMS. Approval period: 6 months.
Classes: SSRI (for example sertraline, escitalopram); SNRI (duloxetine, venlafaxine, desvenlafaxine); bupropion;
mirtazapine; tricyclics at antidepressant doses.
""",
    "other/carrier-pharmacy-claims-history-2026-11-02.txt": """
FEDERAL FRONTIER BENEFIT PLAN (FICTIONAL) - PHARMACY CLAIMS HISTORY (member portal printout, Self and Family)
Printed 11/02/2026   Page 1 of 1

Yvonne Akintola-Brandt   SERTRALINE 100 MG     2 tabs daily   07/08/2025-10/02/2025   paid by plan
Yvonne Akintola-Brandt   DULOXETINE 60 MG      1 cap daily    11/04/2025-12/30/2025   paid by plan
Yvonne Akintola-Brandt   DULOXETINE 60 MG      2 caps daily   01/02/2026-03/27/2026   paid by plan
Yvonne Akintola-Brandt   BUPROPION XL 300 MG   1 tab daily    04/06/2026-10/28/2026   paid by plan
Yvonne Akintola-Brandt   AMITRIPTYLINE 10 MG   1 tab bedtime  since 05/2023           paid by plan
Gunnar Akintola-Brandt   ATORVASTATIN 20 MG    1 tab daily    since 2022              paid by plan  (spouse)
(Escitalopram 2020-2021 was filled under a previous carrier and does not appear.)
""",
    "other/fehb-brochure-2026-section-8-excerpt.txt": """
FEDERAL FRONTIER BENEFIT PLAN (FICTIONAL) - 2026 FEHB BROCHURE, SECTION 8 (excerpt)
Page 1 of 1 (brochure page 112)

Step 1: Ask us in writing to reconsider our initial decision. You must write to us within 6 months from the date of
our decision.
Step 2: We have 30 days from the date we receive your request to pay the claim, or to approve the request for prior
approval, or to write to you and maintain our denial.
Step 3: If we maintain our denial, you may ask OPM to review it within 90 days after the date of our letter.
""",
    "other/prior-authorization-form-2024.txt": """
FRONT RANGE PSYCHIATRIC ASSOCIATES (FICTIONAL) - SPRAVATO PRIOR AUTHORIZATION FORM, 03/2024 (not sent)
Patient: Yvonne Akintola-Brandt
Page 1 of 1
"Trials: sertraline only. One antidepressant trial." (Draft by a former psychiatrist in 2024, between episodes;
never submitted. It does not describe the current episode.)
""",
    "clinical/psychiatric-evaluation-2026-11-30.txt": """
PIKES PEAK INTERVENTIONAL PSYCHIATRY (FICTIONAL) - PSYCHIATRIC EVALUATION                Date: 11/30/2026
Patient: Yvonne Akintola-Brandt   DOB 08/27/1974   Psychiatrist: Halvard Mbeki-Strand, MD (NPI 1844673396)
Page 1 of 1

Diagnosis: major depressive disorder, recurrent, severe without psychotic features (F33.2). Current episode since
06/2025; in my care since 07/2025. MADRS 33, PHQ-9 20 today. Passive wish not to wake up; no plan or intent.
On leave from her federal job since 09/2026.
Current episode: sertraline 200 mg 07-10/2025 (12 weeks), no response, stopped. Duloxetine 60 mg from 11/2025,
120 mg 01-03/2026 (10 weeks at 120 mg), partial response only, stopped. Bupropion XL 300 mg since 04/2026, partial
response, continued. Weekly CBT since 09/2025, continuing.
Other: amitriptyline 10 mg at bedtime for sleep and migraine prevention since 05/2023 (low dose; not an
antidepressant trial).
Earlier episode: escitalopram 20 mg 09/2020-10/2021, remission.
Plan: Spravato induction, 8 sessions over 4 weeks, with bupropion XL continued; this clinic is REMS-certified;
blood pressure and 2-hour observation each session. No uncontrolled hypertension, no psychosis, no aneurysmal
vascular disease.
""",
    "other/authorization-2026-11-03.txt": """
AUTHORIZATION (FICTIONAL FORM)
I, Yvonne Akintola-Brandt (Member ID FICT-FFB-R41178203), authorize my husband, Gunnar Akintola-Brandt, to ask
Federal Frontier Benefit Plan to reconsider its decision on my Spravato request, to act for me with OPM if needed,
and to receive my health information for it.
Signed: Yvonne Akintola-Brandt      Date: 11/03/2026
Page 1 of 1
""",
}

TRUTH = r'''
# 06 - FEHB: Spravato step therapy denied as "SSRIs only"; carrier reconsideration by the husband (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Yvonne Akintola-Brandt, **52** (DOB 08/27/1974), Colorado Springs, CO, is a federal employee, the **enrollee** of
  Federal Frontier Benefit Plan, Standard Option (**FEHB**), Self and Family.
- Her psychiatrist asked on **10/19/2026** for prior approval of **Spravato induction** (8 sessions, J0013) with
  bupropion XL continued. Denied **10/23/2026** under step policy **RX-ST-ESK-2 criterion 2** ("two different
  classes"): "The records show trials of SSRIs only (sertraline, escitalopram)."
- Current episode since **06/2025**: **sertraline** (SSRI) 200 mg, 12 weeks, no response; **duloxetine** (SNRI) 60 mg
  from 11/2025 and **120 mg 01-03/2026 (10 weeks)**, partial only, stopped; **bupropion XL** (its own class) 300 mg
  since 04/2026, **partial, continuing**. All three were **paid by this carrier** (its own pharmacy claims printout).
- **Escitalopram** (2020-2021) was an **earlier episode with remission**, filled under a previous carrier.
- Criteria 1, 3 and 4 are met (age 52, MDD; psychiatrist; REMS-certified clinic). MADRS 33, PHQ-9 20 (11/30/2026).
- **Stage and rule:** FEHB disputed claim: ask the carrier to reconsider within **6 months** (5 CFR 890.105(b)(1);
  the notice: **by 04/23/2027**); the brochure's Section 8: the carrier has **30 days** from receipt to approve or
  write again; then **OPM review** within 90 days of the carrier's letter.
- **Author:** her **husband**, with her written authorization; he writes "my wife". He is **not** the enrollee.

## Deliberately unknown
- Why the reviewer read escitalopram as a current trial and missed duloxetine: not known; a letter may point out the
  error, not say why.
- Whether the carrier would approve weekly maintenance after induction: not asked; the request is the induction.
- Whether the pharmacist reviewer saw the clinic's records: not in the case.

## Traps
- **Clinical, from the plan's own records.** The winning point is the carrier's **own pharmacy claims**: an SNRI
  (duloxetine, 10 weeks at 120 mg) and bupropion XL in addition to sertraline - three classes, two of them stopped for
  no or partial response, in the current episode. Criterion 2 is met.
- **A notice's stated fact the record contradicts:** "SSRIs only (sertraline, escitalopram)".
- **Earlier-episode response:** escitalopram **remitted** the 2020 episode - never a failed trial, never a current-
  episode trial.
- **Drug still taken:** bupropion XL continues with a partial response - counts as an inadequate response, never
  "failed"/"stopped"; it will be taken **with** Spravato.
- **Low dose:** amitriptyline 10 mg is for sleep and migraine - **not** a tricyclic antidepressant trial (the policy
  counts tricyclics only "at antidepressant doses").
- **Psychotherapy** (weekly CBT) is not a medication trial; never counted among the antidepressants.
- **Stale form:** the **2024** draft PA form ("sertraline only") was never sent and is about an earlier time.
- **Other person on a document:** the family claims printout lists the **husband's atorvastatin**.
- **Suicidality:** passive wish not to wake up (11/30/2026), no plan - never "active", never Spravato's
  suicidal-ideation indication; the use here is TRD.
- **Wrong law:** FEHB - no ERISA, no 45 CFR 147.136, no state external review or state insurance law, no MHPAEA
  regulations cited as governing; only 5 CFR 890.105 and the brochure.
- **Voice:** the husband writes "I" for himself and "my wife"; never her "I", never "I am the enrollee".

## Arguments a strong letter makes (strongest first)
1. Criterion 2 is met from the carrier's **own pharmacy claims**: sertraline (SSRI, 12 weeks, no response), duloxetine
   (SNRI, 10 weeks at 120 mg, partial, stopped) - two classes - and bupropion XL (a third class, partial response,
   continuing), all in the episode that began 06/2025.
2. Correct the notice: escitalopram was 2020-2021, a remitted earlier episode; the "SSRIs only" reading leaves out two
   classes the carrier paid for.
3. Criteria 1, 3 and 4 are met (REMS clinic, psychiatrist); approve the induction (8 sessions) for the policy's
   6-month approval period; decide within the brochure's 30 days.

## What a letter must NOT say
- "failed escitalopram"; "failed bupropion"/"stopped bupropion"; amitriptyline as a tricyclic trial; CBT as a drug
  trial; "four failed antidepressants".
- "atorvastatin"; "Gunnar is the enrollee".
- "active suicidal ideation"; "approved for suicidal ideation".
- "ERISA", "2560.503-1", "147.136", "external review", "state insurance department", "MHPAEA" as the governing law.
'''

ANSWERS = [
    ("other/carrier-pharmacy-claims-history-2026-11-02.txt", "DULOXETINE 60 MG      2 caps daily   01/02/2026-03/27/2026   paid by plan"),
    ("other/carrier-pharmacy-claims-history-2026-11-02.txt", "BUPROPION XL 300 MG   1 tab daily    04/06/2026-10/28/2026   paid by plan"),
    ("other/carrier-pharmacy-claims-history-2026-11-02.txt", "ATORVASTATIN 20 MG"),
    ("denial/prior-approval-denial-2026-10-23.txt", "The records show trials of SSRIs only (sertraline, escitalopram)."),
    ("denial/prior-approval-denial-2026-10-23.txt", "within 6 months from the date of this letter"),
    ("other/step-therapy-policy-rx-st-esk-2.txt", "tricyclics at antidepressant doses"),
    ("other/step-therapy-policy-rx-st-esk-2.txt", "Inadequate response to at least two oral antidepressants from two different classes"),
    ("other/fehb-brochure-2026-section-8-excerpt.txt", "We have 30 days from the date we receive your request"),
    ("clinical/psychiatric-evaluation-2026-11-30.txt", "escitalopram 20 mg 09/2020-10/2021, remission"),
    ("clinical/psychiatric-evaluation-2026-11-30.txt", "120 mg 01-03/2026 (10 weeks at 120 mg), partial response only, stopped"),
    ("clinical/psychiatric-evaluation-2026-11-30.txt", "Bupropion XL 300 mg since 04/2026, partial response, continued"),
    ("clinical/psychiatric-evaluation-2026-11-30.txt", "amitriptyline 10 mg at bedtime for sleep and migraine prevention"),
    ("clinical/psychiatric-evaluation-2026-11-30.txt", "Passive wish not to wake up; no plan or intent."),
    ("other/prior-authorization-form-2024.txt", "never submitted"),
    ("case.yaml", "appeal_deadline: 2027-04-23"),
    ("truth", "5 CFR 890.105(b)(1)"),
]
