"""Set 40, case 01 (FICTIONAL): self-funded employer plan, Spravato, federal external review, patient writes."""

SLUG = "01-self-funded-erisa-spravato-three-classes-current-episode-federal-external-review-patient"

CASE_YAML = r'''
# FICTIONAL CASE (set 40, case 01) - every person, plan, administrator, provider, number and address is invented.
# Self-funded employer plan (Desert Loom Manufacturing, 3,400 employees), AZ. Teodora Vance-Halloway, 41, was
# denied Spravato under policy RX-ESK-14 criterion 2 (two antidepressant classes in the current episode). The
# final internal (second-level) denial of 11/02/2026 says the record shows "two SSRI trials (escitalopram and
# sertraline)"; sertraline was a 2019 episode that remitted, and the current episode holds escitalopram (SSRI),
# bupropion (NDRI) and venlafaxine (SNRI, still taken). She asks for federal external review herself.
patient:
  name: Teodora Vance-Halloway
  salutation: Ms. Vance-Halloway
  date_of_birth: 1985-02-11
  member_id: FICT-DLM-40217735
  address: |-
    2917 East Paloma Verde Drive
    Tempe, AZ 85281
  phone: (480) 555-0131
  email: teodora.vh@mail.example
insurer:
  name: Desert Loom Manufacturing Employee Health Plan, administered by Saguaro Benefit Administrators (FICTIONAL)
  appeals_address: |-
    Saguaro Benefit Administrators - External Review Requests (FICTIONAL)
    PO Box 41188
    Phoenix, AZ 85072
  fax: (602) 555-0148
claim:
  number: SBA-PA-26-0902-11873
  plan_type: employer_erisa
  funding: self_funded
  employees: 3400
  state: AZ
  notice_date: 2026-09-08
  service_dates: []
  procedure_codes: [J0013, 99213]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    Esketamine nasal spray (Spravato) is not medically necessary. Policy RX-ESK-14 criterion 2 requires an
    inadequate response to at least two antidepressants from two different classes in the current episode. The
    records show two SSRI trials (escitalopram and sertraline), which are the same class. Criterion 2 is not met.
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  reviewer:
    name: Dr. Warren Ostby (FICTIONAL)
    specialty: family medicine
  action: none
  pending_services: "[induction course of 8 treatments, then weekly treatments]"
  corrections:
    - said: The records show two SSRI trials (escitalopram and sertraline), which are the same class.
      record: >-
        The sertraline trial was in 2019-2020, an earlier episode that remitted on it; the current episode, which
        began in January 2025, holds escitalopram (an SSRI), bupropion XL (an NDRI) and venlafaxine XR (an SNRI,
        still taken), as the psychiatrist's treatment history shows.
      file: clinical/psychiatry-treatment-history-2026-10-20.txt
      page: 1
treatment:
  name: Spravato (esketamine) nasal spray, given and observed in a certified treatment center
  summary: >-
    Esketamine nasal spray for treatment-resistant major depression after three antidepressants of three classes
    in the current episode; it is taken alongside venlafaxine XR, which continues.
  plan: >-
    Induction: 56 mg at the first treatment, then 84 mg, twice a week for 4 weeks (8 treatments); then 84 mg weekly
    for 4 weeks; reassess with MADRS at weeks 4 and 8 and stop if MADRS has not fallen by at least 25 percent from
    baseline. Two hours of observation after each dose with blood pressure checks, under the REMS program.
  alongside: venlafaxine XR 225 mg daily
clinical:
  severity: MADRS 34 and PHQ-9 22 on 10/20/2026
  severity_date: 2026-10-20
  suicidality: passive
  suicidality_date: 2026-10-20
  episode_onset: 2025-01
  treating_since: 2025-02
  exclusions: No psychosis, no uncontrolled hypertension (BP 122/78 on 10/20/2026), no substance use disorder.
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
      outcome: No response after 12 weeks at 20 mg; stopped
      evidence: {file: clinical/psychiatry-treatment-history-2026-10-20.txt, page: 1}
    - drug: Aripiprazole
      dose: 2 mg daily (added to escitalopram)
      start: 2025-05
      end: 2025-05
      weeks: 2
      kind: augmentation
      adequate: false
      outcome: Stopped after 2 weeks for akathisia; intolerance, not an adequate trial
      evidence: {file: clinical/psychiatry-treatment-history-2026-10-20.txt, page: 1}
    - drug: Bupropion XL
      dose: 300 mg daily
      start: 2025-06
      end: 2025-09
      weeks: 14
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: Minimal change after 14 weeks at 300 mg; stopped
      evidence: {file: clinical/psychiatry-treatment-history-2026-10-20.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 225 mg daily
      start: 2025-10
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response at 225 mg for over 12 months; continued
      evidence: {file: clinical/psychiatry-treatment-history-2026-10-20.txt, page: 1}
    - drug: Trazodone
      dose: 50 mg at bedtime for sleep
      start: 2025-03
      ongoing: true
      kind: other
      outcome: Sleep dose only; not an antidepressant trial
      evidence: {file: clinical/psychiatry-treatment-history-2026-10-20.txt, page: 1}
    - drug: Sertraline
      dose: 100 mg daily
      start: 2019-04
      end: 2020-08
      kind: antidepressant
      response: remission
      outcome: Earlier episode (2019); remission on sertraline, tapered off in 08/2020; not a failed trial
      evidence: {file: clinical/psychiatry-treatment-history-2026-10-20.txt, page: 1}
    - drug: Cognitive behavioral therapy
      dose: weekly, 16 sessions
      start: 2025-03
      end: 2025-07
      kind: psychotherapy
      sessions: 16
      adequate: true
      response: partial
      outcome: 16 weekly sessions; some help with sleep and routine, depression unchanged
      evidence: {file: clinical/psychiatry-treatment-history-2026-10-20.txt, page: 1}
impact:
  work: On intermittent leave under the Family and Medical Leave Act since 08/2026; working 20 hours a week.
  daily_life: Stopped driving her children to school in 09/2026; her sister helps with the household.
payer_criteria:
  - criterion: "1. Adult aged 18 or older with major depressive disorder"
    how_met: "Aged 41, major depressive disorder, recurrent, severe, without psychotic features (F33.2)"
    met: true
    evidence: {file: clinical/psychiatry-treatment-history-2026-10-20.txt, page: 1}
  - criterion: >-
      2. Inadequate response to at least two antidepressants from two different classes, each at an adequate dose
      for at least 6 weeks, in the current episode
    how_met: >-
      Escitalopram 20 mg for 12 weeks (SSRI) and bupropion XL 300 mg for 14 weeks (NDRI), no response; venlafaxine
      XR 225 mg for over 12 months (SNRI), partial response, continued; all in the episode that began 01/2025
    met: true
    evidence: {file: clinical/psychiatry-treatment-history-2026-10-20.txt, page: 1}
  - criterion: "3. Given in a treatment center certified under the Spravato REMS"
    how_met: "Sonoran Mind Health Center is REMS-certified (certificate on the clinic's letter)"
    met: true
    evidence: {file: other/treatment-center-rems-letter-2026-08-28.txt, page: 1}
  - criterion: "4. No active substance use disorder in the past 6 months"
    how_met: "None; screened 10/20/2026"
    met: true
    evidence: {file: clinical/psychiatry-treatment-history-2026-10-20.txt, page: 1}
plan_policy:
  name: Saguaro Benefit Administrators Pharmacy and Medical Policy RX-ESK-14, Esketamine nasal spray
  number: RX-ESK-14
  quote: >-
    Esketamine nasal spray is considered medically necessary when all of the following are met: 1. The member is
    18 years of age or older with a diagnosis of major depressive disorder; 2. The member has had an inadequate
    response to at least two antidepressants from two different classes, each at an adequate dose for at least 6
    weeks, in the current episode; 3. It is administered in a treatment center certified under the Spravato REMS;
    4. The member has no active substance use disorder in the past 6 months.
  file: other/policy-rx-esk-14-excerpt.txt
decisions:
  - date: 2026-10-01
    outcome: denied
    stage: first level
    opens: second level
    reason: Criterion 2 of RX-ESK-14 is not met. Only SSRIs have been tried.
  - date: 2026-11-02
    outcome: denied
    stage: second level
    opens: external review
    next_deadline: 2027-03-02
    reason: >-
      The records show two SSRI trials (escitalopram and sertraline), which are the same class. Criterion 2 is not
      met. This is the plan's final internal decision.
external_review:
  agency: >-
    Independent review organization assigned under the federal external review process (request filed with Saguaro
    Benefit Administrators, External Review Requests, as the final decision directs)
  address: |-
    Saguaro Benefit Administrators - External Review Requests (FICTIONAL)
    PO Box 41188
    Phoenix, AZ 85072
  final_denial_date: 2026-11-02
author:
  name: Teodora Vance-Halloway
  role: Patient
  relation: patient
  address: |-
    2917 East Paloma Verde Drive
    Tempe, AZ 85281
  phone: (480) 555-0131
  email: teodora.vh@mail.example
provider:
  name: Dr. Annika Breslow-Tran
  credentials: MD, psychiatrist
  npi: "1628493078"
  address: |-
    Sonoran Mind Health Center, 880 West University Drive, Suite 210
    Tempe, AZ 85281
  phone: (480) 555-0152
template: external-review-request
copies: [prescriber]
record_dates:
  - file: clinical/psychiatry-treatment-history-2026-10-20.txt
    date: 2026-10-20
    sent: 2026-10-21
    sent_proof: other/portal-upload-receipt-2026-10-21.txt
  - file: clinical/medication-list-2024-stale.txt
    date: 2024-06-12
  - file: other/pharmacy-fill-history-2026-10-15.txt
    date: 2026-10-15
bates_prefix: VANCEHALLOWAY
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''

DOCS = {
    "denial/final-internal-appeal-decision-2026-11-02.txt": """
SAGUARO BENEFIT ADMINISTRATORS (FICTIONAL) for the DESERT LOOM MANUFACTURING EMPLOYEE HEALTH PLAN
NOTICE OF FINAL INTERNAL APPEAL DECISION (SECOND LEVEL)                          Date: 11/02/2026
Member: Teodora Vance-Halloway   DOB 02/11/1985   ID FICT-DLM-40217735   Page 1 of 2
Request: SBA-PA-26-0902-11873, esketamine nasal spray (Spravato), J0013 with office visits, prescriber Dr. Annika Breslow-Tran
Decision: UPHELD. Reviewer: Dr. Warren Ostby, family medicine (FICTIONAL).

Reason: Esketamine nasal spray (Spravato) is not medically necessary. Policy RX-ESK-14 criterion 2 requires an
inadequate response to at least two antidepressants from two different classes in the current episode. The
records show two SSRI trials (escitalopram and sertraline), which are the same class. Criterion 2 is not met.
This is the plan's final internal decision.

Page 2 of 2
Your right to external review: This plan is self-funded and follows the federal external review process. You may
ask for external review by an independent review organization within 4 months of the date of this notice. Send
your request to Saguaro Benefit Administrators, External Review Requests, PO Box 41188, Phoenix, AZ 85072, fax
(602) 555-0148. We will assign an accredited independent review organization.
First decision: 09/08/2026. First-level appeal decision: 10/01/2026 ("Only SSRIs have been tried").
""",
    "denial/initial-denial-2026-09-08.txt": """
SAGUARO BENEFIT ADMINISTRATORS (FICTIONAL) - PRIOR AUTHORIZATION DECISION          Date: 09/08/2026
Member: Teodora Vance-Halloway   ID FICT-DLM-40217735   Request SBA-PA-26-0902-11873 received 09/02/2026
Service: esketamine nasal spray (Spravato) 56 mg / 84 mg, J0013 (per 1 mg) with office visits. Decision: DENIED.
Reason: Not medically necessary under Policy RX-ESK-14, criterion 2 (two antidepressant classes in the current
episode). Only SSRIs are documented.
You may appeal within 180 days of receiving this notice.
""",
    "clinical/psychiatry-treatment-history-2026-10-20.txt": """
SONORAN MIND HEALTH CENTER (FICTIONAL) - PSYCHIATRIC TREATMENT HISTORY AND CURRENT STATUS   Date: 10/20/2026
Patient: Teodora Vance-Halloway   DOB 02/11/1985   Page 1 of 1
Treating psychiatrist: Dr. Annika Breslow-Tran, MD (treating since 02/2025)
Diagnosis: major depressive disorder, recurrent, severe, without psychotic features (F33.2).
Current episode: began 01/2025.
Current status 10/20/2026: MADRS 34, PHQ-9 22. Passive death wishes, no plan or intent. BP 122/78. No psychosis,
no substance use disorder (screened today).

Antidepressant trials, current episode:
- Escitalopram 20 mg daily 02/2025-05/2025 (12 weeks at 20 mg): no response. Class: SSRI.
- Aripiprazole 2 mg added 05/2025: stopped after 2 weeks for akathisia (intolerance).
- Bupropion XL 300 mg daily 06/2025-09/2025 (14 weeks): minimal change, stopped. Class: NDRI.
- Venlafaxine XR 225 mg daily since 10/2025 (over 12 months): partial response; continues. Class: SNRI.
- Trazodone 50 mg at bedtime since 03/2025: for sleep only.
- CBT, 16 weekly sessions 03/2025-07/2025: some help with sleep and routine, depression unchanged.
Earlier episode: sertraline 100 mg 04/2019-08/2020, remission; tapered off 08/2020. Not part of this episode.
Plan: esketamine nasal spray with venlafaxine XR continued.
""",
    "clinical/medication-list-2024-stale.txt": """
DESERT FAMILY MEDICINE (FICTIONAL) - MEDICATION LIST                              Printed: 06/12/2024
Patient: Teodora Vance-Halloway
Active medications: none for mood. Past: sertraline 100 mg (2019-2020, completed).
[Printed before the current episode began in 01/2025; kept in the primary care file.]
""",
    "other/pharmacy-fill-history-2026-10-15.txt": """
CANYON STATE PHARMACY (FICTIONAL) - FAMILY ACCOUNT FILL HISTORY 01/2025-10/2026    Printed: 10/15/2026
Account: Vance-Halloway household                                                 Page 1 of 1
VANCE-HALLOWAY, TEODORA   escitalopram 20 mg #30   02/2025, 03/2025, 04/2025
VANCE-HALLOWAY, TEODORA   bupropion XL 300 mg #30  06/2025, 07/2025, 08/2025, 09/2025
VANCE-HALLOWAY, TEODORA   venlafaxine XR 75 mg #90 monthly from 10/2025 (3 capsules daily = 225 mg)
VANCE-HALLOWAY, TEODORA   trazodone 50 mg #30      monthly from 03/2025
VANCE-HALLOWAY, GIDEON    sertraline 50 mg #30     monthly from 01/2025
VANCE-HALLOWAY, GIDEON    lisinopril 10 mg #30     monthly from 01/2025
""",
    "other/policy-rx-esk-14-excerpt.txt": """
SAGUARO BENEFIT ADMINISTRATORS (FICTIONAL) - POLICY RX-ESK-14 ESKETAMINE NASAL SPRAY   Effective 01/01/2026
Page 1 of 1
Esketamine nasal spray is considered medically necessary when all of the following are met: 1. The member is
18 years of age or older with a diagnosis of major depressive disorder; 2. The member has had an inadequate
response to at least two antidepressants from two different classes, each at an adequate dose for at least 6
weeks, in the current episode; 3. It is administered in a treatment center certified under the Spravato REMS;
4. The member has no active substance use disorder in the past 6 months.
Classes include: SSRI, SNRI, NDRI (bupropion), tricyclic, MAOI, mirtazapine, and others.
""",
    "other/treatment-center-rems-letter-2026-08-28.txt": """
SONORAN MIND HEALTH CENTER (FICTIONAL) - LETTER                                  Date: 08/28/2026
To whom it may concern: Sonoran Mind Health Center, 880 West University Drive, Suite 210, Tempe, AZ, is a
healthcare setting certified under the Spravato REMS (certification number REMS-FICT-55210).
Contact: (480) 555-0152. Dr. Annika Breslow-Tran, MD, NPI 1628493078.
""",
    "other/portal-upload-receipt-2026-10-21.txt": """
SAGUARO BENEFIT ADMINISTRATORS (FICTIONAL) - MEMBER PORTAL UPLOAD RECEIPT           10/21/2026 09:14
Member: Teodora Vance-Halloway   Case: SBA-PA-26-0902-11873 (second-level appeal)
File received: psychiatry-treatment-history-2026-10-20.pdf (1 page). Confirmation UPL-1021-66042.
""",
}

TRUTH = r'''
# 01 - Self-funded employer plan: Spravato denied as "two SSRIs"; the current episode holds three classes; federal external review asked by the patient (FICTIONAL)

All people, plans, administrators, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Teodora Vance-Halloway, 41 (DOB 02/11/1985), is in the **Desert Loom Manufacturing Employee Health Plan**, a
  **self-funded** ERISA plan (3,400 employees) administered by Saguaro Benefit Administrators, Arizona.
- Spravato (esketamine) was requested 09/02/2026 (SBA-PA-26-0902-11873) and denied 09/08/2026 under **RX-ESK-14
  criterion 2**; the first-level appeal was denied 10/01/2026 and the **second-level (final internal) appeal on
  11/02/2026**: "The records show two SSRI trials (escitalopram and sertraline), which are the same class."
- The **current episode began 01/2025**. In it: **escitalopram 20 mg, 12 weeks, no response (SSRI)**; **bupropion XL
  300 mg, 14 weeks, minimal change (NDRI)**; **venlafaxine XR 225 mg since 10/2025, partial response, still taken
  (SNRI)**. Three classes; criterion 2 asks for two.
- **Sertraline 100 mg 04/2019-08/2020 was an earlier episode that remitted**: not part of the current episode and not
  a failure.
- The treatment history (10/20/2026) was uploaded to the plan's portal on **10/21/2026** (UPL-1021-66042), before the
  final decision: it was in the plan's file.
- Severity 10/20/2026: MADRS 34, PHQ-9 22; **passive death wishes, no plan or intent**.
- **Rule and stage:** federal external review for a self-funded plan, **29 CFR 2590.715-2719(d)**; within **4 months
  of the final internal denial: by 03/02/2027**. The final decision says the plan assigns the IRO; the request goes to
  Saguaro's External Review Requests address.
- **Author:** the patient herself, writing "I".

## Deliberately unknown
- Why the reviewers counted the 2019 sertraline: not known; a letter may say the record shows it was an earlier
  episode, not why the reviewer erred.
- Which IRO will be assigned: not known.
- Whether the plan's administrator has discretionary authority under the plan document: not in the case.

## Traps
- **A decision's wrong statement:** "two SSRI trials (escitalopram and sertraline)" - sertraline was 2019-2020, another
  episode, remission. Bupropion (NDRI) and venlafaxine (SNRI) in the current episode were left out.
- **Earlier-episode response:** sertraline is a remission in 2019, never a failed trial.
- **Drug still taken:** venlafaxine XR continues with Spravato (partial response): never "failed", never "stopped".
- **Sleep dose:** trazodone 50 mg at bedtime is not an antidepressant trial.
- **Intolerance:** aripiprazole 2 mg, 2 weeks, akathisia: not an adequate trial, not an augmentation failure.
- **Psychotherapy is not a drug:** CBT (16 sessions) must not be listed among antidepressants or classes.
- **Other person's record:** the pharmacy fill history lists **Gideon** Vance-Halloway's sertraline 50 mg and
  lisinopril; not hers.
- **Stale document:** the 2024 medication list (before this episode) shows no mood medicine.
- **Suicidality:** passive only; never "active suicidal ideation", never Spravato's suicidal-ideation indication.
- **Stage:** external review after the plan's final internal decision, not another internal appeal; the decision
  quoted is the 11/02/2026 one.
- **Wrong law:** no state external review (self-funded: the federal process, 29 CFR 2590.715-2719, not 45 CFR
  147.136(c)); "contra proferentem" is not stated as law.

## Arguments a strong letter makes (strongest first)
1. The current episode holds **three antidepressants of three classes** (escitalopram SSRI, bupropion NDRI,
   venlafaxine SNRI), each at an adequate dose for more than 6 weeks; criterion 2 asks for two classes and is met.
2. The final decision's statement is wrong: sertraline was a 2019 episode that remitted; the treatment history that
   shows it was uploaded on 10/21/2026, before the decision, and was in the plan's file.
3. Criteria 1, 3 and 4 are met (age and diagnosis; REMS-certified center; no substance use disorder); the reviewer
   was a family physician, not a psychiatrist.
4. Severity (MADRS 34) and function (reduced work, FMLA leave) show the cost of delay; the plan sets a stopping
   rule at weeks 4 and 8.

## What a letter must NOT say
- "failed sertraline", "two SSRIs", "only SSRIs"; sertraline as part of the current episode.
- "failed venlafaxine", "stopped venlafaxine", "discontinued venlafaxine".
- trazodone as a trial; aripiprazole as an adequate augmentation trial; CBT as an antidepressant.
- "Gideon", lisinopril, "sertraline 50 mg".
- "active suicidal ideation", "suicidal ideation with intent", "approved for ... acute suicidal ideation".
- "45 CFR 147.136(c)", "state external review", "Arizona Department of Insurance" as the reviewer; "second-level
  appeal" as the request made now.
- "Ms. Vance-Halloway has failed" (the patient writes as "I").
'''

ANSWERS = [
    ("Who writes the letter?", "the patient herself, writing \"I\"", "truth"),
    ("Plan type?", "plan_type: employer_erisa", "case.yaml"),
    ("Funding?", "funding: self_funded", "case.yaml"),
    ("Date of the final internal decision?", "Date: 11/02/2026", "denial/final-internal-appeal-decision-2026-11-02.txt"),
    ("Policy and criterion applied?", "Policy RX-ESK-14 criterion 2", "denial/final-internal-appeal-decision-2026-11-02.txt"),
    ("What does the final decision wrongly state?", "The records show two SSRI trials (escitalopram and sertraline)", "denial/final-internal-appeal-decision-2026-11-02.txt"),
    ("When did the current episode begin?", "Current episode: began 01/2025", "clinical/psychiatry-treatment-history-2026-10-20.txt"),
    ("Bupropion's class and trial?", "Bupropion XL 300 mg daily 06/2025-09/2025 (14 weeks): minimal change, stopped. Class: NDRI", "clinical/psychiatry-treatment-history-2026-10-20.txt"),
    ("Venlafaxine's status?", "partial response; continues. Class: SNRI", "clinical/psychiatry-treatment-history-2026-10-20.txt"),
    ("What was sertraline?", "Earlier episode: sertraline 100 mg 04/2019-08/2020, remission", "clinical/psychiatry-treatment-history-2026-10-20.txt"),
    ("Trazodone?", "Trazodone 50 mg at bedtime since 03/2025: for sleep only", "clinical/psychiatry-treatment-history-2026-10-20.txt"),
    ("Whose sertraline 50 mg is in the fill history?", "VANCE-HALLOWAY, GIDEON    sertraline 50 mg", "other/pharmacy-fill-history-2026-10-15.txt"),
    ("Suicidality now?", "Passive death wishes, no plan or intent", "clinical/psychiatry-treatment-history-2026-10-20.txt"),
    ("Was the history in the plan's file before the final decision?", "Confirmation UPL-1021-66042", "other/portal-upload-receipt-2026-10-21.txt"),
    ("External review rule?", "29 CFR 2590.715-2719(d)", "truth"),
    ("External review deadline?", "by 03/02/2027", "truth"),
]
