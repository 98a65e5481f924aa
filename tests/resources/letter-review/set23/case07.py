"""Set 23, case 07 (FICTIONAL): university student health insurance plan; lisdexamfetamine for binge-eating
disorder denied under the stimulant policy's ADHD step (Section A), read from a stale pharmacy profile; the same
policy's Section B (binge-eating disorder) has no step and says Section A does not apply; first internal appeal
(pre-service) by the prescribing psychiatric nurse practitioner."""

SLUG = "07-student-plan-lisdexamfetamine-bed-wrong-section-step-first-appeal-np"

CASE_YAML = """
# FICTIONAL CASE (set 23, case 07) - every person, plan, provider, number and address is invented.
# University student health insurance plan, insured (Minnesota). Lisdexamfetamine 50 mg for severe binge-eating
# disorder (F50.812), asked 10/28/2026, was denied 11/04/2026 under Drug Policy RX-CNS-11 Section A, the ADHD
# step (30 days of methylphenidate ER or amphetamine salts ER). Section B (binge-eating disorder, adults) has no step,
# says Section A does not apply to it, and its four criteria are met. The ADHD label came from a stale pharmacy
# profile (a 2019 two-week methylphenidate trial at 13; ADHD ruled out in 2020). First internal appeal by the
# prescribing psychiatric nurse practitioner.
patient:
  name: Saoirse Delacroix-Nwosu
  salutation: Ms. Delacroix-Nwosu
  date_of_birth: 2005-11-02
  member_id: FICT-NSU-SHIP-4471820
  address: |-
    Birchwood Hall 412, North Star State University
    Lindenmere, MN 56301
  phone: (320) 555-0132
  email: sdelacroixnwosu@nssu-student.example
insurer:
  name: Lakeshore Student Health Insurance Company (FICTIONAL), North Star State University Student Health Insurance Plan
  appeals_address: |-
    Lakeshore Student Health Insurance Company, Pharmacy Appeals
    PO Box 60721
    Lindenmere, MN 56302
  fax: (320) 555-0175
claim:
  number: LSH-RX-26-1028-09315
  plan_type: individual_aca
  funding: insured
  state: MN
  notice_date: 2026-11-04
  diagnosis_codes: [F50.812]
  denial_reason: >-
    Lisdexamfetamine 50 mg capsule is denied. Step therapy (Drug Policy RX-CNS-11, Section A) requires a trial of at
    least 30 days of methylphenidate extended-release or mixed amphetamine salts extended-release before
    lisdexamfetamine is covered. Our pharmacy claims show no such trial.
  denial_category: step_therapy
  corrections:
    - said: "Diagnosis on our pharmacy profile: F90.0 attention-deficit hyperactivity disorder"
      record: >-
        The request of 10/28/2026 was for binge-eating disorder, severe (F50.812), "Not ADHD"; ADHD was ruled out by
        a full evaluation in 2020, and the F90.0 entry was carried over by the campus pharmacy from a 2019 pediatric
        record
      file: clinical/psychiatric-evaluation-2026-10-27.txt
      page: 1
  reviewer:
    name: Gwendolyn Ashby, PharmD
    specialty: Clinical Pharmacy
  action: none
plan_policy:
  name: Lakeshore Student Health Insurance Company Drug Policy RX-CNS-11, Central Nervous System Stimulants
  number: RX-CNS-11
  quote: >-
    Section A. Attention-deficit/hyperactivity disorder (ADHD): lisdexamfetamine is covered after a trial of at least
    30 days of methylphenidate extended-release or mixed amphetamine salts extended-release. Section B. Binge-eating
    disorder: lisdexamfetamine is approved for 12 months for members 18 and older when all of the following are met:
    B1. moderate to severe binge-eating disorder by DSM-5 criteria, documented by a licensed prescriber; B2. it is not
    prescribed for weight loss or obesity alone; B3. the member has received, or is receiving, psychotherapy for
    binge-eating disorder; B4. no use of a monoamine oxidase inhibitor in the past 14 days and no history of stimulant
    misuse. Section A does not apply to requests under Section B.
  file: other/drug-policy-rx-cns-11.txt
  section:
    applied: Section A (attention-deficit/hyperactivity disorder), the step through methylphenidate ER or amphetamine salts ER
    requested: Section B (binge-eating disorder)
    use: moderate to severe binge-eating disorder in an adult
    proof:
      - other/prior-authorization-request-2026-10-28.txt
      - clinical/psychiatric-evaluation-2026-10-27.txt
payer_criteria:
  - criterion: B1. Moderate to severe binge-eating disorder by DSM-5 criteria, documented by a licensed prescriber
    how_met: >-
      Binge-eating disorder, severe (F50.812): 9 binge episodes a week at diagnosis (06/09/2026), 5 a week on
      10/27/2026, with marked distress; DSM-5 criteria documented by the prescribing nurse practitioner
    met: true
    evidence: {file: clinical/psychiatric-evaluation-2026-10-27.txt, page: 1}
  - criterion: B2. Not prescribed for weight loss or obesity alone
    how_met: Prescribed to reduce binge episodes; her body mass index is 24
    met: true
    evidence: {file: clinical/psychiatric-evaluation-2026-10-27.txt, page: 1}
  - criterion: B3. Has received, or is receiving, psychotherapy for binge-eating disorder
    how_met: 16 sessions of cognitive behavioral therapy for binge-eating disorder, 06/16/2026 to 10/06/2026, and monthly booster sessions since
    met: true
    evidence: {file: clinical/cbt-summary-2026-10-06.txt, page: 1}
  - criterion: B4. No monoamine oxidase inhibitor in the past 14 days and no history of stimulant misuse
    how_met: No MAOI ever; state prescription monitoring program checked 10/27/2026 with no stimulant fills; no misuse history
    met: true
    evidence: {file: clinical/psychiatric-evaluation-2026-10-27.txt, page: 1}
treatment:
  name: Lisdexamfetamine 50 mg daily for binge-eating disorder
  summary: >-
    Lisdexamfetamine, approved by the FDA for moderate to severe binge-eating disorder in adults, for a 21-year-old
    student whose binge eating continued at 5 episodes a week after a full course of CBT.
  plan: >-
    Lisdexamfetamine 30 mg each morning for one week, then 50 mg (target 50-70 mg); binge episodes counted weekly;
    blood pressure and pulse at each monthly visit; continue only if episodes fall by half within 12 weeks.
clinical:
  severity: 5 binge episodes a week on 10/27/2026 (9 a week on 06/09/2026); PHQ-9 8
  severity_date: 2026-10-27
  suicidality: none
  suicidality_date: 2026-10-27
  history:
    - drug: Methylphenidate ER
      dose: 18 mg daily
      start: 2019-03-11
      end: 2019-03-25
      kind: other
      adequate: false
      outcome: Two weeks at 13 for suspected ADHD, stopped for appetite loss and anxiety; ADHD ruled out in 2020
      evidence: {file: clinical/psychiatric-evaluation-2026-10-27.txt, page: 1}
    - drug: Sertraline
      dose: 100 mg daily
      start: 2021-05
      end: 2022-08
      kind: antidepressant
      response: remission
      outcome: Remission of a depressive episode at 15; stopped in 2022
      evidence: {file: clinical/psychiatric-evaluation-2026-10-27.txt, page: 1}
    - drug: Fluoxetine
      dose: 40 mg daily
      start: 2025-09-08
      ongoing: true
      kind: antidepressant
      response: partial
      outcome: Continues; mood improved, binge eating only partly
      evidence: {file: clinical/psychiatric-evaluation-2026-10-27.txt, page: 1}
    - drug: Cognitive behavioral therapy for binge-eating disorder
      dose: 16 weekly sessions, then monthly boosters
      start: 2026-06-16
      end: 2026-10-06
      kind: psychotherapy
      sessions: 16
      adequate: true
      response: partial
      outcome: Completed; binge episodes from 9 to 5 a week
      evidence: {file: clinical/cbt-summary-2026-10-06.txt, page: 1}
    - drug: Topiramate
      dose: 25 mg, increased to 75 mg daily
      start: 2026-08-03
      end: 2026-08-24
      kind: other
      adequate: false
      outcome: Stopped after 3 weeks for cognitive slowing and tingling
      evidence: {file: clinical/psychiatric-evaluation-2026-10-27.txt, page: 1}
    - drug: Trazodone
      dose: 50 mg at bedtime for sleep
      start: 2025-09
      ongoing: true
      kind: other
      outcome: For sleep only
      evidence: {file: clinical/psychiatric-evaluation-2026-10-27.txt, page: 1}
impact:
  daily_life: Five binge episodes a week, most late at night; skips classes the morning after; withdrew from her dining-hall job
author:
  name: Rafael Oyenuga-Strand
  role: Psychiatric-mental health nurse practitioner (PMHNP-BC), the prescriber
  relation: prescriber
  address: |-
    Lindenmere Behavioral Health Associates, 77 Granite Falls Avenue
    Lindenmere, MN 56301
  phone: (320) 555-0156
  email: royenuga-strand@lindenmerebha.example
  authorization: other/member-consent-2026-11-09.txt
provider:
  name: Rafael Oyenuga-Strand
  credentials: PMHNP-BC
  npi: "1174650923"
  address: |-
    Lindenmere Behavioral Health Associates, 77 Granite Falls Avenue
    Lindenmere, MN 56301
  phone: (320) 555-0156
bates_prefix: DELACROIXNWOSU
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/pharmacy-coverage-denial-2026-11-04.txt": """
LAKESHORE STUDENT HEALTH INSURANCE COMPANY (FICTIONAL) - North Star State University Student Health Insurance Plan
NOTICE OF PHARMACY COVERAGE DENIAL                           Date: 11/04/2026                 Page 1

Member: Saoirse Delacroix-Nwosu     Member ID: FICT-NSU-SHIP-4471820     Reference: LSH-RX-26-1028-09315
Drug requested: lisdexamfetamine 50 mg capsule, 1 daily     Prescriber: Rafael Oyenuga-Strand, PMHNP-BC
Diagnosis on our pharmacy profile: F90.0 attention-deficit hyperactivity disorder

Decision: Lisdexamfetamine 50 mg capsule is denied. Step therapy (Drug Policy RX-CNS-11, Section A) requires a
trial of at least 30 days of methylphenidate extended-release or mixed amphetamine salts extended-release before
lisdexamfetamine is covered. Our pharmacy claims show no such trial.
Reviewer: Gwendolyn Ashby, PharmD.

Your right to appeal: you may ask for an internal appeal within 180 days of receiving this notice. We will decide
an appeal about a drug you have not yet received within 30 days. If you are not satisfied with our decision on
your appeal, you may ask for an external review.
""",
    "other/drug-policy-rx-cns-11.txt": """
LAKESHORE STUDENT HEALTH INSURANCE COMPANY (FICTIONAL) - DRUG POLICY RX-CNS-11                  Page 1
Central Nervous System Stimulants (effective 08/01/2026)

Section A. Attention-deficit/hyperactivity disorder (ADHD): lisdexamfetamine is covered after a trial of at least
30 days of methylphenidate extended-release or mixed amphetamine salts extended-release.
Section B. Binge-eating disorder: lisdexamfetamine is approved for 12 months for members 18 and older when all of
the following are met: B1. moderate to severe binge-eating disorder by DSM-5 criteria, documented by a licensed
prescriber; B2. it is not prescribed for weight loss or obesity alone; B3. the member has received, or is
receiving, psychotherapy for binge-eating disorder; B4. no use of a monoamine oxidase inhibitor in the past 14 days
and no history of stimulant misuse. Section A does not apply to requests under Section B.
Section C. Renewal: approval continues for 12 months when the prescriber documents a benefit.
""",
    "other/prior-authorization-request-2026-10-28.txt": """
LINDENMERE BEHAVIORAL HEALTH ASSOCIATES (FICTIONAL) - PHARMACY PRIOR AUTHORIZATION REQUEST   Date: 10/28/2026  Page 1
(sent by fax to Lakeshore Student Health Insurance Company, Pharmacy Prior Authorization, (320) 555-0179)

Member: Saoirse Delacroix-Nwosu    DOB 11/02/2005    Member ID: FICT-NSU-SHIP-4471820
Drug: lisdexamfetamine 50 mg capsule, 1 each morning (start 30 mg for 7 days)
Diagnosis: F50.812 binge-eating disorder, severe. Not ADHD.
Policy section requested: RX-CNS-11 Section B (binge-eating disorder). B1-B4: see the enclosed evaluation of
10/27/2026 and CBT summary of 10/06/2026.
Prescriber: Rafael Oyenuga-Strand, PMHNP-BC
""",
    "other/pharmacy-profile-printout-2026-11-06.txt": """
CAMPUS PHARMACY (FICTIONAL) - PATIENT PROFILE (printout)                 Printed: 11/06/2026        Page 1

Patient: Saoirse Delacroix-Nwosu    DOB 11/02/2005
Diagnoses on file (carried over from a 2019 transfer from Lindenmere Pediatrics): F90.0 attention-deficit
hyperactivity disorder (entered 03/11/2019)
Medications: fluoxetine 40 mg (active); trazodone 50 mg (active); topiramate 25 mg (inactive, 08/2026)
""",
    "other/member-consent-2026-11-09.txt": """
MEMBER'S WRITTEN CONSENT TO AN APPEAL BY HER PRESCRIBER (FICTIONAL)                          Page 1

I, Saoirse Delacroix-Nwosu (member ID FICT-NSU-SHIP-4471820), ask Rafael Oyenuga-Strand, PMHNP-BC, to appeal the
denial of lisdexamfetamine (reference LSH-RX-26-1028-09315) for me, and consent to his sharing my health records with
Lakeshore Student Health Insurance Company for the appeal.
Signed: Saoirse Delacroix-Nwosu (signature on file)      Date: 11/09/2026
""",
    "clinical/psychiatric-evaluation-2026-10-27.txt": """
LINDENMERE BEHAVIORAL HEALTH ASSOCIATES (FICTIONAL) - PSYCHIATRIC FOLLOW-UP     Date: 10/27/2026     Page 1

Patient: Saoirse Delacroix-Nwosu    DOB 11/02/2005    Prescriber: Rafael Oyenuga-Strand, PMHNP-BC
Diagnosis: F50.812 binge-eating disorder, severe (DSM-5 criteria met: recurrent binges with loss of control, eating
rapidly and alone, marked distress, no compensatory behaviors). Diagnosed 06/09/2026 with 9 binge episodes a week;
5 a week now after CBT. BMI 24. Prescribed to reduce binge episodes, not for weight loss.
Mood: PHQ-9 8 (major depression in partial remission on fluoxetine). No suicidal ideation.
ADHD: not present. Methylphenidate ER 18 mg was tried for two weeks at 13 (03/11/2019-03/25/2019) for suspected
ADHD and stopped for appetite loss and anxiety; a full evaluation in 2020 ruled ADHD out.
Medications:
- Fluoxetine 40 mg daily since 09/08/2025: continues; mood improved, binge eating only partly.
- Topiramate 25 mg increased to 75 mg, 08/03/2026-08/24/2026: stopped after 3 weeks for cognitive slowing and
  tingling.
- Trazodone 50 mg at bedtime for sleep since September 2025.
- Earlier: sertraline 100 mg, 05/2021-08/2022, remission of a depressive episode at 15.
No MAOI ever. State prescription monitoring program checked 10/27/2026: no stimulant fills; no history of misuse.
Lisdexamfetamine is approved by the FDA for moderate to severe binge-eating disorder in adults.
Plan: lisdexamfetamine 30 mg for one week, then 50 mg; weekly binge log; blood pressure and pulse monthly;
continue only if binges fall by half within 12 weeks.
""",
    "clinical/cbt-summary-2026-10-06.txt": """
NORTH STAR STATE UNIVERSITY COUNSELING SERVICES (FICTIONAL) - CBT SUMMARY     Date: 10/06/2026      Page 1

Client: Saoirse Delacroix-Nwosu    Therapist: Hollis Varga-Lindgren, LICSW
Cognitive behavioral therapy for binge-eating disorder: 16 weekly sessions, 06/16/2026 to 10/06/2026, all attended.
Binge episodes: 9 a week at the start, 5 a week at the end (self-monitoring records). Monthly booster sessions
continue.
""",
}

TRUTH = """
# 07 - Student health plan: lisdexamfetamine for binge-eating disorder denied on the ADHD step; the policy's own Section B applies; first internal appeal by the NP (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Saoirse Delacroix-Nwosu, 21 (DOB 11/02/2005), a student insured by the **North Star State University Student
  Health Insurance Plan** (Lakeshore Student Health Insurance Company; insured; Minnesota). A student health plan
  is individual coverage (45 CFR 147.145), so the individual-market appeal rules apply (45 CFR 147.136(b)(3)).
- **Binge-eating disorder, severe (F50.812)**, diagnosed 06/09/2026 (9 binges a week); after **16 sessions of CBT**
  (06/16-10/06/2026) still **5 a week**. BMI 24. Depression in partial remission on fluoxetine (PHQ-9 8).
- Request (10/28/2026): **lisdexamfetamine 50 mg** daily, under **RX-CNS-11 Section B** (binge-eating disorder),
  stated on the request form ("Not ADHD"). Lisdexamfetamine is FDA-approved for moderate to severe binge-eating
  disorder in adults.
- Denied **11/04/2026** under **Section A** (ADHD step: 30 days of methylphenidate ER or amphetamine salts ER), by a
  PharmD; the notice shows the plan's pharmacy profile diagnosis **F90.0 ADHD**, which came from a **2019 pediatric
  record** carried over by the campus pharmacy. ADHD was ruled out in 2020.
- **RX-CNS-11 Section B has no step, and says "Section A does not apply to requests under Section B."** B1-B4 are
  all met (severe BED documented by the prescriber; not for weight loss; 16 CBT sessions; no MAOI, PDMP clean).
- Stage: **first internal appeal**, pre-service; within **180 days** of receipt of the notice (**by 05/03/2027**
  counted from the notice date); decision within **30 days** (notice). External review may follow.
- Author: Rafael Oyenuga-Strand, **PMHNP-BC**, the prescriber (a nurse practitioner, not a physician), with her
  written consent (11/09/2026).

## Deliberately unknown
- The plan's tier and copay for lisdexamfetamine (brand or generic).
- Whether the plan will approve 12 months or a shorter first period (Section B says 12 months).
- Any weight or cardiovascular history beyond BMI 24 and normal monitoring plans (none recorded as a problem).

## Traps
- **Wrong section, not a step to be met:** the letter should ask for a decision under Section B and show B1-B4;
  claiming the **Section A step is met** by the **2019 methylphenidate** (two weeks, at 13, for suspected ADHD) is
  FALSE (it was 14 days, not 30, and not for this condition). Asking for a "step therapy exception" as the main
  request misses that no step applies.
- **Stale form:** the pharmacy profile's "F90.0 ADHD (entered 03/11/2019)" is wrong; she does **not** have ADHD. A
  letter that says she has ADHD, or treats the request as for ADHD, is FALSE.
- **Psychotherapy is not a drug trial:** the 16-session CBT course is criterion B3, completed with a partial response
  (never "failed CBT" as a drug trial, never counted with antidepressants).
- **Drug still taken:** fluoxetine continues (mood better, binges partly): never "failed" or "stopped". **Topiramate**
  3 weeks, stopped for side effects: not an adequate trial. **Trazodone** 50 mg: a sleep dose. **Sertraline**
  2021-22: remission of an earlier depressive episode at 15. None of these is a step under Section B; a count of
  "failed antidepressant trials" is beside the point (and no adequate antidepressant trial for BED failed).
- **Not for weight loss:** never "for obesity" or "weight management".
- **No suicidal ideation:** no harm paragraph about suicide.
- **Wrong law:** not Medicare/Part D (no 42 CFR 423.578), not Medicaid, not ERISA as governing law (not an employer
  plan); the state's insurance law and 45 CFR 147.136 apply.
- **Voice:** the NP writes as her treating nurse practitioner / prescriber ("I prescribed"); never "Dr.", never
  "physician", never in the student's first person.

## Arguments a strong letter makes (strongest first)
1. The denial applied **RX-CNS-11 Section A (ADHD)**; the request was made under **Section B (binge-eating
   disorder)**, which has no step and says in its own words that **Section A does not apply** to it. The ADHD code
   came from a stale 2019 pharmacy entry; she does not have ADHD (ruled out in 2020), and the request form said
   "Not ADHD".
2. Every Section B criterion is met, row by row: B1 severe BED (9 -> 5 binges a week, DSM-5 documented); B2 not for
   weight loss (BMI 24); B3 16 CBT sessions completed, boosters continuing; B4 no MAOI, PDMP clean.
3. Lisdexamfetamine is FDA-approved for moderate to severe binge-eating disorder in adults; the Section A drugs are
   not (so a Section A step has no bearing on this use).
4. Ask for approval for 12 months under Section B, a decision within 30 days, and that the plan correct the
   diagnosis on its pharmacy profile.

## What a letter must NOT say
- "she has ADHD", "ADHD (F90.0)" as her diagnosis; "the step therapy requirement has been met"; "she tried
  methylphenidate for 30 days" or "failed methylphenidate".
- "for weight loss", "obesity".
- "failed fluoxetine", "fluoxetine was stopped", "failed trazodone", "failed sertraline", "failed CBT", "failed
  topiramate after an adequate trial".
- "suicidal ideation".
- "Medicare", "Part D", "42 CFR 423", "Medicaid", "ERISA governs", "29 CFR 2560.503-1" cited as governing law without
  45 CFR 147.136.
- "Dr. Oyenuga-Strand", "as her physician".
"""

ANSWERS = [
    ("denial/pharmacy-coverage-denial-2026-11-04.txt", "Step therapy (Drug Policy RX-CNS-11, Section A) requires a"),
    ("denial/pharmacy-coverage-denial-2026-11-04.txt", "Diagnosis on our pharmacy profile: F90.0 attention-deficit hyperactivity disorder"),
    ("denial/pharmacy-coverage-denial-2026-11-04.txt", "within 180 days of receiving this notice"),
    ("denial/pharmacy-coverage-denial-2026-11-04.txt", "within 30 days"),
    ("other/drug-policy-rx-cns-11.txt", "Section A does not apply to requests under Section B"),
    ("other/drug-policy-rx-cns-11.txt", "B3. the member has received, or is"),
    ("other/prior-authorization-request-2026-10-28.txt", "F50.812 binge-eating disorder, severe. Not ADHD"),
    ("other/prior-authorization-request-2026-10-28.txt", "Policy section requested: RX-CNS-11 Section B"),
    ("other/pharmacy-profile-printout-2026-11-06.txt", "carried over from a 2019 transfer from Lindenmere Pediatrics"),
    ("other/member-consent-2026-11-09.txt", "to appeal the"),
    ("clinical/psychiatric-evaluation-2026-10-27.txt", "Diagnosed 06/09/2026 with 9 binge episodes a week"),
    ("clinical/psychiatric-evaluation-2026-10-27.txt", "5 a week now after CBT. BMI 24"),
    ("clinical/psychiatric-evaluation-2026-10-27.txt", "a full evaluation in 2020 ruled ADHD out"),
    ("clinical/psychiatric-evaluation-2026-10-27.txt", "Fluoxetine 40 mg daily since 09/08/2025: continues"),
    ("clinical/psychiatric-evaluation-2026-10-27.txt", "stopped after 3 weeks for cognitive slowing"),
    ("clinical/psychiatric-evaluation-2026-10-27.txt", "Trazodone 50 mg at bedtime for sleep"),
    ("clinical/psychiatric-evaluation-2026-10-27.txt", "remission of a depressive episode at 15"),
    ("clinical/psychiatric-evaluation-2026-10-27.txt", "No MAOI ever"),
    ("clinical/psychiatric-evaluation-2026-10-27.txt", "approved by the FDA for moderate to severe binge-eating disorder in adults"),
    ("clinical/psychiatric-evaluation-2026-10-27.txt", "No suicidal ideation"),
    ("clinical/cbt-summary-2026-10-06.txt", "16 weekly sessions, 06/16/2026 to 10/06/2026"),
]
