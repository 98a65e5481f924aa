"""Set 35, case 08 (FICTIONAL): self-funded ERISA plan, deep TMS for OCD denied as investigational under a 2017 policy; federal external review."""

SLUG = "08-self-funded-erisa-deep-tms-ocd-investigational-2017-policy-fda-de-novo-federal-external-review-mother"

CASE_YAML = """
# FICTIONAL CASE (set 35, case 08) - every person, plan, administrator, review organization, provider, number and
# address is invented. Self-funded employer plan (ERISA), Massachusetts. Elias Brandvold, 24, covered as his mother's
# dependent, has severe OCD after fluvoxamine, clomipramine (not tolerated), sertraline (continuing), aripiprazole
# augmentation and 20 sessions of ERP. His psychiatrist asked for deep TMS (the device has FDA De Novo authorization
# as an adjunct for adult OCD, 08/2018). The administrator denied it as investigational under a policy last reviewed
# 03/2017; both internal levels upheld, the second (11/04/2026) saying it is not FDA-cleared for OCD. His mother, the
# plan participant, authorized by him, asks for federal external review.
patient:
  name: Elias Brandvold
  salutation: Mr. Brandvold
  date_of_birth: 2002-04-09
  member_id: FICT-HVX-73310694-02
  address: |-
    61 Chadwick Street
    Worcester, MA 01605
  phone: (508) 555-0116
insurer:
  name: Harrow Valley Precision Castings Employee Health Plan (FICTIONAL), administered by Meridian Crest Benefit Administrators
  appeals_address: |-
    Meridian Crest Benefit Administrators - Appeals (FICTIONAL)
    PO Box 7720
    Worcester, MA 01613
  fax: (508) 555-0147
claim:
  number: MCB-PA-26-0814-29903
  plan_type: employer_erisa
  funding: self_funded
  employees: 1240
  notice_date: 2026-08-21
  procedure_codes: [90867, 90868]
  diagnosis_codes: [F42.2]
  denial_reason: >-
    Transcranial magnetic stimulation for obsessive-compulsive disorder is experimental and investigational.
    Meridian Crest Clinical Policy BH-TMS-02 (last reviewed 03/2017): TMS is considered investigational for any
    indication other than major depressive disorder.
  denial_category: experimental_investigational
  denial_reasons: [experimental_investigational]
  reviewer:
    name: Harold Quennell, MD
    specialty: family medicine
  action: none
decisions:
  - date: 2026-09-30
    outcome: denied
    stage: first level
    opens: second level
    next_deadline: 2026-11-29
    reason: Upheld. Policy BH-TMS-02 considers TMS investigational for obsessive-compulsive disorder.
  - date: 2026-11-04
    outcome: denied
    stage: second level
    opens: external review
    next_deadline: 2027-03-04
    reason: >-
      Upheld. TMS is not FDA-cleared for obsessive-compulsive disorder and remains investigational under Policy
      BH-TMS-02.
    corrections:
      - said: TMS is not FDA-cleared for obsessive-compulsive disorder
        record: >-
          The FDA granted De Novo marketing authorization on 08/17/2018 to a deep TMS system (H7 coil) as an adjunct
          for the treatment of adults with obsessive-compulsive disorder, and the clinic's device record shows that
          system is the one to be used.
        file: clinical/device-record-deep-tms-2026-08-10.txt
        page: 1
external_review:
  agency: Keystone Ridge Independent Review (FICTIONAL), the independent review organization assigned under the federal external review process
  address: |-
    Keystone Ridge Independent Review - Federal External Review (FICTIONAL)
    PO Box 40218
    Harrisburg, PA 17105
  final_denial_date: 2026-11-04
plan_policy:
  name: Meridian Crest Clinical Policy BH-TMS-02, Transcranial Magnetic Stimulation
  number: BH-TMS-02
  quote: >-
    TMS is considered medically necessary for major depressive disorder when criteria 1-4 are met. TMS is considered
    investigational for any indication other than major depressive disorder. Last reviewed: 03/2017.
  file: other/clinical-policy-bh-tms-02-2017.txt
  definition:
    name: Summary Plan Description 2026, Section 12.1 "Experimental or investigational"
    quote: >-
      A service is experimental or investigational if: (a) it is a drug or device that cannot lawfully be marketed
      without approval or clearance of the U.S. Food and Drug Administration for the use proposed and that approval or
      clearance has not been given; (b) it is given under the protocol of a phase I, II or III clinical trial; or (c)
      reliable evidence shows that the consensus of experts is that further studies are needed to determine its
      safety or effectiveness for the use proposed.
    file: other/spd-2026-section-12-1-excerpt.txt
    page: 1
    tests:
      - label: a
        words: >-
          it is a drug or device that cannot lawfully be marketed without approval or clearance of the U.S. Food and
          Drug Administration for the use proposed and that approval or clearance has not been given
        answer: fda_use
        file: clinical/device-record-deep-tms-2026-08-10.txt
        page: 1
      - label: b
        words: it is given under the protocol of a phase I, II or III clinical trial
        answer: not_in_trial
        file: clinical/deep-tms-treatment-plan-2026-08-10.txt
        page: 1
      - label: c
        words: >-
          reliable evidence shows that the consensus of experts is that further studies are needed to determine its
          safety or effectiveness for the use proposed
treatment:
  name: Deep transcranial magnetic stimulation (deep TMS) for obsessive-compulsive disorder, 29 sessions (90867, 90868)
  summary: >-
    Deep TMS as an adjunct to sertraline for severe obsessive-compulsive disorder, after an adequate SSRI trial with
    only a partial response, a second SSRI continued with a partial response, an antipsychotic augmentation without
    response, clomipramine not tolerated, and 20 sessions of exposure and response prevention.
  plan: >-
    29 sessions over 6 weeks, 5 a week, each after individualized symptom provocation, with the cleared device;
    sertraline 200 mg continues; Y-BOCS at sessions 10, 20 and 29; stop if the Y-BOCS has not fallen by 20% by session
    20.
  alongside: sertraline 200 mg daily
  setting: Blackstone Valley Neuromodulation, Worcester
  fda:
    action: de_novo
    date: 2018-08-17
    what: a deep TMS system (H7 coil)
    use: as an adjunct for the treatment of adults with obsessive-compulsive disorder
    file: clinical/device-record-deep-tms-2026-08-10.txt
    page: 1
clinical:
  severity: Y-BOCS 31 on 11/02/2026
  severity_date: 2026-11-02
  suicidality: none
  suicidality_date: 2026-11-02
  treating_since: 2023-09
  exclusions: No implanted metal in or near the head, no seizure history, no psychosis, no substance use.
  history:
    - drug: Fluvoxamine
      dose: 300 mg daily
      start: 2023-10
      end: 2024-02
      weeks: 16
      kind: antidepressant
      adequate: true
      failed: true
      response: partial
      outcome: Partial response at 300 mg after 16 weeks (Y-BOCS 33 to 29); switched
      evidence: {file: clinical/psychiatric-evaluation-2026-11-02.txt, page: 1}
    - drug: Clomipramine
      dose: 150 mg daily
      start: 2024-03
      end: 2024-04
      weeks: 4
      kind: antidepressant
      adequate: false
      failed: false
      outcome: Stopped after 4 weeks for tremor and constipation (intolerance)
      evidence: {file: clinical/psychiatric-evaluation-2026-11-02.txt, page: 1}
    - drug: Sertraline
      dose: 200 mg daily
      start: 2024-05
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continues, and will continue with deep TMS
      evidence: {file: clinical/psychiatric-evaluation-2026-11-02.txt, page: 1}
    - drug: Aripiprazole
      dose: 5 mg daily (added to sertraline)
      start: 2026-03
      end: 2026-05
      weeks: 8
      kind: augmentation
      adequate: true
      failed: true
      response: none
      outcome: No response after 8 weeks; stopped
      evidence: {file: clinical/psychiatric-evaluation-2026-11-02.txt, page: 1}
    - drug: Hydroxyzine
      dose: 25 mg at bedtime for sleep
      start: 2025-02
      ongoing: true
      kind: other
      outcome: Sleep aid only; not a trial for OCD
      evidence: {file: clinical/psychiatric-evaluation-2026-11-02.txt, page: 1}
    - drug: Exposure and response prevention (ERP)
      dose: 20 weekly sessions
      start: 2025-01
      end: 2025-06
      kind: psychotherapy
      sessions: 20
      adequate: true
      response: partial
      outcome: Partial response after 20 sessions
      evidence: {file: clinical/psychiatric-evaluation-2026-11-02.txt, page: 1}
    - drug: Cognitive behavioral therapy (childhood episode)
      dose: 14 sessions
      start: 2016-01
      end: 2016-05
      kind: psychotherapy
      sessions: 14
      response: response
      failed: false
      outcome: Earlier episode at age 13 - good response
      evidence: {file: clinical/psychiatric-evaluation-2026-11-02.txt, page: 1}
impact:
  work: Left his graduate program in 02/2026; rituals take 5 to 6 hours a day.
  daily_life: Cannot use public transport or cook because of checking and contamination rituals.
author:
  name: Ingrid Brandvold
  role: mother, the plan participant (employee), authorized representative of her adult son
  relation: representative
  authorization: other/patient-authorization-2026-11-10.txt
  address: |-
    61 Chadwick Street
    Worcester, MA 01605
  phone: (508) 555-0117
  email: ingrid.brandvold@mailbox.example
provider:
  name: Tobias Engstrom-Adeyemi, MD
  credentials: MD, psychiatrist
  npi: "1916055332"
  address: |-
    Blackstone Valley Neuromodulation (FICTIONAL), 300 Grove Street, Suite 4
    Worcester, MA 01605
  phone: (508) 555-0186
template: external-review-request
copies: [prescriber]
record_dates:
  - file: clinical/device-record-deep-tms-2026-08-10.txt
    date: 2026-08-10
  - file: clinical/deep-tms-treatment-plan-2026-08-10.txt
    date: 2026-08-10
  - file: clinical/psychiatric-evaluation-2026-11-02.txt
    date: 2026-11-02
bates_prefix: BRANDVOLD
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
"denial/initial-denial-2026-08-21.txt": """
MERIDIAN CREST BENEFIT ADMINISTRATORS (FICTIONAL) for the Harrow Valley Precision Castings Employee Health Plan
NOTICE OF ADVERSE BENEFIT DETERMINATION                                                             Date: 08/21/2026
Participant: Ingrid Brandvold   Patient: Elias Brandvold (dependent), DOB 04/09/2002   ID FICT-HVX-73310694-02
Request MCB-PA-26-0814-29903, received 08/14/2026: TMS 90867, 90868, 29 sessions, Tobias Engstrom-Adeyemi, MD
Decision: denied. Transcranial magnetic stimulation for obsessive-compulsive disorder is experimental and
investigational. Meridian Crest Clinical Policy BH-TMS-02 (last reviewed 03/2017): TMS is considered investigational
for any indication other than major depressive disorder. Reviewer: Harold Quennell, MD (family medicine).
You may appeal within 180 days of receiving this notice.
""",
"denial/second-level-appeal-decision-2026-11-04.txt": """
MERIDIAN CREST BENEFIT ADMINISTRATORS (FICTIONAL) - SECOND-LEVEL APPEAL DECISION (FINAL INTERNAL)   Date: 11/04/2026
Patient: Elias Brandvold   Request MCB-PA-26-0814-29903   Appeal A2-26-1012-0457
Decision: Upheld. TMS is not FDA-cleared for obsessive-compulsive disorder and remains investigational under Policy
BH-TMS-02. This is the plan's final internal decision.
External review: you may ask for an independent external review within 4 months after you receive this notice. The
plan uses the federal external review process; send the request to Keystone Ridge Independent Review, PO Box 40218,
Harrisburg, PA 17105 (FICTIONAL).
""",
"other/first-level-appeal-decision-2026-09-30.txt": """
MERIDIAN CREST BENEFIT ADMINISTRATORS (FICTIONAL) - FIRST-LEVEL APPEAL DECISION                    Date: 09/30/2026
Page 1 of 1
Patient: Elias Brandvold   Request MCB-PA-26-0814-29903
Upheld. Policy BH-TMS-02 considers TMS investigational for obsessive-compulsive disorder. You may request a second-level
appeal within 60 days.
""",
"other/clinical-policy-bh-tms-02-2017.txt": """
MERIDIAN CREST BENEFIT ADMINISTRATORS (FICTIONAL) - CLINICAL POLICY BH-TMS-02, TRANSCRANIAL MAGNETIC STIMULATION
Page 1 of 1
TMS is considered medically necessary for major depressive disorder when criteria 1-4 are met. TMS is considered
investigational for any indication other than major depressive disorder. Last reviewed: 03/2017.
""",
"other/spd-2026-section-12-1-excerpt.txt": """
HARROW VALLEY PRECISION CASTINGS EMPLOYEE HEALTH PLAN (FICTIONAL) - SUMMARY PLAN DESCRIPTION 2026 (excerpt)
Page 88 of 120
Section 12.1 Experimental or investigational
A service is experimental or investigational if: (a) it is a drug or device that cannot lawfully be marketed without
approval or clearance of the U.S. Food and Drug Administration for the use proposed and that approval or clearance has
not been given; (b) it is given under the protocol of a phase I, II or III clinical trial; or (c) reliable evidence
shows that the consensus of experts is that further studies are needed to determine its safety or effectiveness for
the use proposed.
The Plan Administrator has discretionary authority to interpret the terms of the Plan.
""",
"other/patient-authorization-2026-11-10.txt": """
AUTHORIZATION OF REPRESENTATIVE (FICTIONAL)                                                         Date: 11/10/2026
Page 1 of 1
I, Elias Brandvold (DOB 04/09/2002), authorize my mother, Ingrid Brandvold, to request external review of the plan's
decision of 11/04/2026 for me and to receive my health information for that purpose.
Signed: Elias Brandvold 11/10/2026
""",
"other/eob-participant-2026-10.txt": """
MERIDIAN CREST BENEFIT ADMINISTRATORS (FICTIONAL) - EXPLANATION OF BENEFITS, family statement         10/2026
Participant: Ingrid Brandvold
Ingrid Brandvold   10/06/2026  screening mammogram   Plan paid
Elias Brandvold    10/13/2026  psychiatry visit (99214)   Plan paid
""",
"other/college-counseling-note-2022-stale.txt": """
WORCESTER HILLS COLLEGE COUNSELING CENTER (FICTIONAL) - INTAKE NOTE                               Date: 09/19/2022
Student: Elias Brandvold
Checking rituals; referred to psychiatry. "No current OCD treatment."
[2022 note, before his OCD treatment began in 2023; kept in the family's papers.]
""",
"clinical/device-record-deep-tms-2026-08-10.txt": """
BLACKSTONE VALLEY NEUROMODULATION (FICTIONAL) - DEVICE RECORD                                      Date: 08/10/2026
Page 1 of 1
Device to be used: deep TMS system with the H7 coil (the clinic's unit, serial on file).
Regulatory status as the clinic records it: FDA De Novo marketing authorization granted 08/17/2018 for the H7 coil
system as an adjunct for the treatment of adults with obsessive-compulsive disorder. The clinic uses the authorized
protocol (29 sessions with individualized symptom provocation).
""",
"clinical/deep-tms-treatment-plan-2026-08-10.txt": """
BLACKSTONE VALLEY NEUROMODULATION (FICTIONAL) - TREATMENT PLAN                                     Date: 08/10/2026
Patient: Elias Brandvold   DOB 04/09/2002   Page 1 of 1
Deep TMS for OCD as clinical treatment, not as part of any research study or trial protocol.
29 sessions over 6 weeks, 5 a week, each after individualized symptom provocation; sertraline 200 mg continues.
Y-BOCS at sessions 10, 20 and 29; stop if the Y-BOCS has not fallen by 20% by session 20.
Tobias Engstrom-Adeyemi, MD, NPI 1916055332
""",
"clinical/psychiatric-evaluation-2026-11-02.txt": """
BLACKSTONE VALLEY NEUROMODULATION (FICTIONAL) - PSYCHIATRIC EVALUATION                             Date: 11/02/2026
Patient: Elias Brandvold   DOB 04/09/2002   Page 1 of 1
Diagnosis: obsessive-compulsive disorder, mixed obsessional thoughts and acts (F42.2). Y-BOCS 31. Rituals 5-6 hours a day; left
his graduate program 02/2026. No suicidal ideation. In treatment since 09/2023.
Medicines: fluvoxamine 300 mg 10/2023-02/2024, 16 weeks, partial response (Y-BOCS 33 to 29), switched; clomipramine
150 mg 03/2024, stopped after 4 weeks for tremor and constipation; sertraline 200 mg daily since 05/2024, partial
response, continues; aripiprazole 5 mg added 03/2026-05/2026, 8 weeks, no response; hydroxyzine 25 mg at bedtime for
sleep. ERP: 20 weekly sessions 01/2025-06/2025, partial response.
Earlier episode at 13 (2016): 14 sessions of CBT, good response.
Screening: no implanted metal, no seizure history, no psychosis, no substance use.
""",
}

TRUTH = """
# 08 - Self-funded ERISA plan: deep TMS for OCD denied as investigational under a 2017 policy although the device has FDA De Novo authorization for that use; federal external review asked by the mother (FICTIONAL)

All people, plans, administrators, review organizations, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Elias Brandvold, 24 (DOB 04/09/2002), is covered as a dependent under his mother's **self-funded** employer plan
  (Harrow Valley Precision Castings, 1,240 employees; administered by Meridian Crest), which is governed by **ERISA**.
- His psychiatrist asked on 08/14/2026 for **deep TMS, 29 sessions** (90867, 90868; F42.2) with the H7-coil system as
  an adjunct to sertraline. Denied **08/21/2026** as investigational under **Clinical Policy BH-TMS-02, last reviewed
  03/2017** ("investigational for any indication other than major depressive disorder"). First level upheld
  **09/30/2026**; second level (final internal) upheld **11/04/2026**: "not FDA-cleared for obsessive-compulsive
  disorder".
- The device record: **FDA De Novo marketing authorization, 08/17/2018**, for the H7-coil system **as an adjunct for the
  treatment of adults with OCD** - after the policy's last review. The treatment plan: clinical treatment, **not under
  any trial protocol**.
- **SPD Section 12.1** defines experimental by three tests: (a) FDA approval or clearance for the use not given - not met;
  (b) given under a trial protocol - not met; (c) expert consensus that further studies are needed - the case holds no
  evidence either way (a letter asks the plan what evidence it relied on; it must not claim (c) is answered).
- Record: fluvoxamine 300 mg 16 weeks, partial (switched); clomipramine 4 weeks (intolerance); sertraline 200 mg since
  05/2024, partial, continuing; aripiprazole augmentation 8 weeks, no response; ERP 20 sessions, partial. **Y-BOCS 31**
  on 11/02/2026; no suicidal ideation.
- **Rule and stage:** federal external review for a self-funded plan, **29 CFR 2590.715-2719(d)** (the Labor Department's
  rule), within **4 months** of receiving the final internal denial: **by 03/04/2027**. An experimental denial is within
  its scope.
- **Author:** his mother, the plan participant, authorized by him in writing (he is an adult); she writes about
  "Elias"/"my son", never as the patient.

{ANSWERS}

## Deliberately unknown
- Published expert consensus and trial evidence for deep TMS in OCD: the case encloses no literature; test (c) stays
  unanswered, and a letter must not cite studies the case does not hold.
- Whether the plan has any other TMS policy newer than 2017: not known; a letter may ask.
- The review organization's decision time: not in the case.

## Traps
- **Plan document and a regulatory date, not only medicine.** The SPD's own definition decides; the 2017 policy
  predates the 2018 authorization.
- **A decision's stated fact the record contradicts:** "not FDA-cleared for obsessive-compulsive disorder".
- **FDA wording:** De Novo marketing authorization as an adjunct for adults with OCD - not "FDA-approved", and not for
  OCD alone without medication.
- **Sertraline continues** (partial; never "failed"/"stopped"); clomipramine is an intolerance; hydroxyzine a sleep
  dose; childhood CBT (2016) was an earlier episode's good response, never a failure.
- **Other person on a document:** the family EOB's mammogram line is his mother's.
- **Stale document:** the 2022 college note ("no current OCD treatment").
- **Law:** ERISA plan, self-funded: cite 29 CFR 2590.715-2719(d) for external review, not a state process; the plan gives
  the administrator discretion, so no contra proferentem stated as law. MHPAEA applies (1,240 employees), but the
  comparative analysis is asked for as a claim document, not as a member's right under 1185a(a)(8).
- **Voice:** the mother writes as representative and participant; never "I" as the patient.

## Arguments a strong letter makes (strongest first)
1. Under the SPD's own definition (Section 12.1) deep TMS for adult OCD is not experimental: test (a) is not met - the
   device has FDA De Novo marketing authorization (08/17/2018) for exactly this use; test (b) is not met - it is given as
   treatment, not under a trial protocol; the plan must show evidence for test (c) if it relies on it.
2. Correct the final decision's "not FDA-cleared for OCD"; the policy applied was last reviewed in 03/2017, before that
   authorization, and a medical policy cannot add grounds the SPD does not contain.
3. The clinical record: severe OCD (Y-BOCS 31) after an adequate SSRI trial, a second SSRI continued with a partial
   response, a failed augmentation, an intolerance and 20 ERP sessions; deep TMS is added to sertraline.
4. Ask the reviewer to be a psychiatrist, and ask for the claim file and the plan's parity comparative analysis as
   documents relevant to the claim.

## What a letter must NOT say
- "FDA-approved" for the device; "cleared for OCD without medication"; "cleared for major depression only".
- "45 CFR 147.136(c)" or "the state's external review" as the route; "contra proferentem" as law.
- "failed sertraline", "stopped sertraline"; clomipramine or hydroxyzine as adequate failed trials; "CBT failed" (2016).
- "mammogram"; his mother's care.
- citations to studies not in the case; "test (c) is not met" as established.
- "suicidal".
"""

ANSWERS = [
    ("plan type", "plan_type: employer_erisa", "case.yaml"),
    ("funding", "funding: self_funded", "case.yaml"),
    ("date of the first denial", "Date: 08/21/2026", "denial/initial-denial-2026-08-21.txt"),
    ("policy's last review", "Last reviewed: 03/2017", "other/clinical-policy-bh-tms-02-2017.txt"),
    ("policy's words", "investigational for any indication other than major depressive disorder", "other/clinical-policy-bh-tms-02-2017.txt"),
    ("date of the final internal denial", "(FINAL INTERNAL)   Date: 11/04/2026", "denial/second-level-appeal-decision-2026-11-04.txt"),
    ("its wrong statement", "not FDA-cleared for obsessive-compulsive disorder", "denial/second-level-appeal-decision-2026-11-04.txt"),
    ("external review window", "within 4 months after you receive this notice", "denial/second-level-appeal-decision-2026-11-04.txt"),
    ("FDA action and date", "De Novo marketing authorization granted 08/17/2018", "clinical/device-record-deep-tms-2026-08-10.txt"),
    ("authorized use", "as an adjunct for the treatment of adults with obsessive-compulsive disorder", "clinical/device-record-deep-tms-2026-08-10.txt"),
    ("plan's definition", "Section 12.1 Experimental or investigational", "other/spd-2026-section-12-1-excerpt.txt"),
    ("not in a trial", "not as part of any research study or trial protocol", "clinical/deep-tms-treatment-plan-2026-08-10.txt"),
    ("severity", "Y-BOCS 31", "clinical/psychiatric-evaluation-2026-11-02.txt"),
    ("sertraline", "sertraline 200 mg daily since 05/2024, partial response, continues", "clinical/psychiatric-evaluation-2026-11-02.txt"),
    ("clomipramine", "stopped after 4 weeks for tremor and constipation", "clinical/psychiatric-evaluation-2026-11-02.txt"),
    ("course", "29 sessions over 6 weeks", "clinical/deep-tms-treatment-plan-2026-08-10.txt"),
]
