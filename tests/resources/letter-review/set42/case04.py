SLUG = "04-marketplace-iv-ketamine-lithium-augmentation-overlooked-external-review-psychiatrist"

CASE_YAML = r'''
# FICTIONAL CASE (set 42, case 04) - every person, plan, insurer, provider, number and address is invented.
# Individual Marketplace Silver plan, insured, Wisconsin. Yolanda Ferreira-Oduya, 39, was denied an induction course
# of six IV ketamine infusions under MP-KET-22 criterion 3 ("no adequate augmentation trial"); the final internal
# denial (10/22/2026) counted only aripiprazole, stopped after 10 days for akathisia, and missed eight weeks of
# lithium at a therapeutic level. Her treating psychiatrist asks for external review.
patient:
  name: Yolanda Ferreira-Oduya
  salutation: Ms. Ferreira-Oduya
  date_of_birth: 1987-07-08
  member_id: FICT-LIH-7730156-01
  address: |-
    418 Jenifer Street
    Madison, WI 53703
  phone: (608) 555-0121
insurer:
  name: Lakeshore Individual Health Plans (FICTIONAL)
  appeals_address: |-
    Lakeshore Individual Health Plans - Appeals (FICTIONAL)
    PO Box 88120
    Milwaukee, WI 53288
  fax: (414) 555-0166
claim:
  number: LIH-PA-26-0905-22871
  plan_type: individual_aca
  funding: insured
  notice_date: 2026-09-10
  procedure_codes: [96365, J3490]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    IV ketamine for depression is not medically necessary. Medical Policy MP-KET-22 criterion 3 requires an adequate
    trial of augmentation with lithium or an atypical antipsychotic for at least 6 weeks. Aripiprazole was stopped
    after 10 days; no other augmentation is documented.
  denial_category: medical_necessity
  reviewer: {specialty: family medicine}
  pending_services: 6
  action: none
decisions:
  - date: 2026-10-22
    outcome: denied
    stage: final internal appeal
    opens: external review
    next_deadline: 2027-02-22
    reason: >-
      Your appeal is denied. Criterion 3 is not met: aripiprazole was stopped after 10 days and no other augmentation
      trial is documented. This is our final internal decision. You may request an external review within 4 months.
    corrections:
      - said: no other augmentation trial is documented
        record: >-
          The psychiatric note of 05/20/2026 and the lithium level of 04/28/2026 document lithium 900 mg added to
          bupropion from 03/2026 to 05/2026, eight weeks, level 0.7 mEq/L, without response.
        file: clinical/psychiatry-note-2026-05-20.txt
        page: 1
external_review:
  agency: the independent review organization assigned by the Wisconsin Office of the Commissioner of Insurance, as named in the final decision (FICTIONAL wording)
  final_denial_date: 2026-10-22
plan_policy:
  name: Lakeshore Medical Policy MP-KET-22 "Ketamine infusion for treatment-resistant depression" (effective 01/01/2026)
  number: MP-KET-22
  quote: >-
    1. Major depressive disorder, current episode, moderate or severe. 2. Inadequate response to at least two
    antidepressants from different classes at adequate dose for at least 6 weeks each. 3. An adequate trial of
    augmentation with lithium or an atypical antipsychotic for at least 6 weeks, or intolerance of both. 4. No active
    psychosis or substance use disorder.
  file: other/medical-policy-mp-ket-22-2026.txt
payer_criteria:
  - criterion: "1. Major depressive disorder, current episode, moderate or severe"
    how_met: Recurrent major depressive disorder, severe (F33.2); PHQ-9 22 and MADRS 34 on 08/25/2026
    met: true
    evidence: {file: clinical/psychiatry-note-2026-08-25.txt, page: 1}
  - criterion: "2. Inadequate response to at least two antidepressants from different classes at adequate dose for at least 6 weeks each"
    how_met: Duloxetine 60 mg 12 weeks (SNRI) and venlafaxine XR 225 mg 12 weeks (SNRI) without response; bupropion XL 300 mg (another class) since 01/2026 with partial response, continued
    met: true
    evidence: {file: clinical/psychiatry-note-2026-08-25.txt, page: 1}
  - criterion: "3. An adequate trial of augmentation with lithium or an atypical antipsychotic for at least 6 weeks"
    how_met: Lithium 900 mg, 03/2026-05/2026, 8 weeks, level 0.7 mEq/L, no response; aripiprazole 2 mg stopped after 10 days for akathisia
    met: true
    evidence:
      - {file: clinical/psychiatry-note-2026-05-20.txt, page: 1}
      - {file: clinical/lithium-level-2026-04-28.txt, page: 1}
  - criterion: "4. No active psychosis or substance use disorder"
    how_met: No psychotic symptoms; no substance use disorder; AUDIT-C 1
    met: true
    evidence: {file: clinical/psychiatry-note-2026-08-25.txt, page: 1}
treatment:
  name: IV ketamine infusions for treatment-resistant depression, induction course of 6
  summary: >-
    Six IV ketamine infusions over three weeks for severe treatment-resistant depression after adequate trials of
    three antidepressants and lithium augmentation.
  plan: 0.5 mg/kg over 40 minutes, twice a week for 3 weeks; MADRS before infusions 1, 4 and 6; stop if MADRS falls by less than 25% after infusion 4.
  setting: outpatient infusion suite with continuous monitoring and airway equipment
  monitoring: blood pressure, pulse oximetry and heart rhythm during and for 60 minutes after each infusion
  alongside: bupropion XL 300 mg daily
clinical:
  severity: PHQ-9 22 and MADRS 34 on 08/25/2026
  severity_date: 2026-08-25
  suicidality: passive
  suicidality_date: 2026-08-25
  episode_onset: 2025-03
  treating_since: 2025-04
  exclusions: no psychosis; no substance use disorder; blood pressure 118/76
  history:
    - drug: Sertraline
      dose: 150 mg daily
      start: 2016-09
      end: 2017-12
      kind: antidepressant
      response: remission
      outcome: Remission of an earlier episode (2016-2017)
      evidence: {file: clinical/psychiatry-note-2026-08-25.txt, page: 1}
    - drug: Duloxetine
      dose: 60 mg daily
      start: 2025-04
      end: 2025-07
      weeks: 12
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 12 weeks
      evidence: {file: clinical/psychiatry-note-2026-08-25.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 225 mg daily
      start: 2025-08
      end: 2025-12
      weeks: 12
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 12 weeks
      evidence: {file: clinical/psychiatry-note-2026-08-25.txt, page: 1}
    - drug: Bupropion XL
      dose: 300 mg daily
      start: 2026-01
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued
      evidence: {file: clinical/psychiatry-note-2026-08-25.txt, page: 1}
    - drug: Lithium
      dose: 900 mg daily (level 0.7 mEq/L)
      start: 2026-03
      end: 2026-05
      weeks: 8
      kind: augmentation
      adequate: true
      failed: true
      response: none
      outcome: No response after 8 weeks at a therapeutic level
      evidence: {file: clinical/psychiatry-note-2026-05-20.txt, page: 1}
    - drug: Aripiprazole
      dose: 2 mg daily
      start: 2026-06
      end: 2026-06
      kind: augmentation
      adequate: false
      outcome: Stopped after 10 days for akathisia (intolerance, not an adequate trial)
      evidence: {file: clinical/psychiatry-note-2026-08-25.txt, page: 1}
    - drug: Trazodone
      dose: 50 mg at bedtime for sleep
      start: 2025-04
      ongoing: true
      kind: other
      outcome: Sleep aid only; not an antidepressant trial
      evidence: {file: clinical/psychiatry-note-2026-08-25.txt, page: 1}
author:
  name: Anselm Kowalczyk-Reyes, MD
  role: Treating psychiatrist
  relation: physician
  authorization: other/patient-consent-2026-11-02.txt
  address: |-
    Isthmus Psychiatry Associates (FICTIONAL), 25 West Main Street, Suite 500
    Madison, WI 53703
  phone: (608) 555-0140
  email: akr@isthmus-psych.example
provider:
  name: Anselm Kowalczyk-Reyes, MD
  credentials: Board-certified psychiatrist
  npi: "1995292236"
  address: |-
    25 West Main Street, Suite 500
    Madison, WI 53703
  phone: (608) 555-0140
template: external-review-request
copies: [prescriber]
record_dates:
  - file: clinical/psychiatry-note-2026-08-25.txt
    date: 2026-08-25
  - file: clinical/psychiatry-note-2026-05-20.txt
    date: 2026-05-20
  - file: clinical/lithium-level-2026-04-28.txt
    date: 2026-04-28
bates_prefix: FERREIRAODUYA
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''

DOCS = {
"denial/prior-authorization-denial-2026-09-10.txt": '''
LAKESHORE INDIVIDUAL HEALTH PLANS (FICTIONAL) - PRIOR AUTHORIZATION DENIAL                Date: 09/10/2026
Member: Yolanda Ferreira-Oduya   DOB 07/08/1987   ID FICT-LIH-7730156-01   Silver 4500 (individual, Marketplace)
Reference LIH-PA-26-0905-22871   Requested: IV ketamine infusions (96365, J3490), 6 infusions
IV ketamine for depression is not medically necessary. Medical Policy MP-KET-22 criterion 3 requires an adequate
trial of augmentation with lithium or an atypical antipsychotic for at least 6 weeks. Aripiprazole was stopped after
10 days; no other augmentation is documented. Reviewer: family medicine physician.
You may appeal within 180 days of receiving this notice.
''',
"denial/final-internal-appeal-decision-2026-10-22.txt": '''
LAKESHORE INDIVIDUAL HEALTH PLANS (FICTIONAL) - FINAL INTERNAL APPEAL DECISION            Date: 10/22/2026
Member: Yolanda Ferreira-Oduya   Reference LIH-PA-26-0905-22871
Your appeal is denied. Criterion 3 is not met: aripiprazole was stopped after 10 days and no other augmentation trial
is documented. This is our final internal decision. You may request an external review within 4 months of this
notice through the Wisconsin Office of the Commissioner of Insurance, which assigns an independent review
organization.
''',
"other/medical-policy-mp-ket-22-2026.txt": '''
LAKESHORE MEDICAL POLICY MP-KET-22 (FICTIONAL) - Ketamine infusion for treatment-resistant depression
Effective 01/01/2026. Criteria (all required):
1. Major depressive disorder, current episode, moderate or severe. 2. Inadequate response to at least two
antidepressants from different classes at adequate dose for at least 6 weeks each. 3. An adequate trial of
augmentation with lithium or an atypical antipsychotic for at least 6 weeks, or intolerance of both. 4. No active
psychosis or substance use disorder.
''',
"clinical/psychiatry-note-2026-05-20.txt": '''
ISTHMUS PSYCHIATRY ASSOCIATES (FICTIONAL) - MEDICATION MANAGEMENT                        Date: 05/20/2026
Patient: Yolanda Ferreira-Oduya   DOB 07/08/1987   Page 1 of 1
Lithium 900 mg daily added to bupropion XL 300 mg on 03/25/2026; level 0.7 mEq/L on 04/28/2026. After 8 weeks no
change: PHQ-9 21 (03/25) and 22 (05/20). Lithium tapered off. Plan: trial of aripiprazole.
''',
"clinical/lithium-level-2026-04-28.txt": '''
CAPITOL REFERENCE LABORATORY (FICTIONAL) - RESULT                                      Collected 04/28/2026
Patient: FERREIRA-ODUYA, YOLANDA   DOB 07/08/1987
Lithium, serum (12-hour trough): 0.7 mEq/L   Reference therapeutic range 0.6-1.2
''',
"clinical/psychiatry-note-2026-08-25.txt": '''
ISTHMUS PSYCHIATRY ASSOCIATES (FICTIONAL) - PSYCHIATRIC EVALUATION FOR KETAMINE            Date: 08/25/2026
Patient: Yolanda Ferreira-Oduya   DOB 07/08/1987   Page 1 of 1
Major depressive disorder, recurrent, severe (F33.2); episode since 03/2025. PHQ-9 22, MADRS 34. Passive wish not to
wake up, no plan or intent. No psychosis; no substance use disorder (AUDIT-C 1). BP 118/76.
Trials this episode: duloxetine 60 mg 04-07/2025, 12 weeks, no response; venlafaxine XR 225 mg 08-12/2025, 12 weeks,
no response; bupropion XL 300 mg since 01/2026, partial response, continued; lithium augmentation 03-05/2026,
8 weeks, level 0.7, no response; aripiprazole 2 mg 06/2026, stopped after 10 days for akathisia. Trazodone 50 mg at
bedtime for sleep. Earlier episode: sertraline 150 mg 2016-2017, remission.
Plan: IV ketamine 0.5 mg/kg over 40 minutes, 6 infusions over 3 weeks; continue bupropion.
''',
"clinical/phq9-2024-03-stale.txt": '''
ISTHMUS PSYCHIATRY ASSOCIATES (FICTIONAL) - PHQ-9 SCREEN                              Date: 03/12/2024
Patient: Yolanda Ferreira-Oduya   PHQ-9 4 (minimal). [Between episodes; before the current episode began 03/2025.]
''',
"other/patient-consent-2026-11-02.txt": '''
CONSENT TO APPEAL (FICTIONAL)                                                            Date: 11/02/2026
I, Yolanda Ferreira-Oduya, ask Dr. Anselm Kowalczyk-Reyes to request external review of Lakeshore's denial of IV
ketamine for me, and consent to release of my records for it.   Signed: Yolanda Ferreira-Oduya
Fax cover page attached in error: lab result for "FERREIRA, YOLANDA M., DOB 11/30/1961" - another patient.
''',
}

TRUTH = r'''
# 04 - Marketplace plan: IV ketamine denied for "no augmentation trial" although eight weeks of lithium at a therapeutic level are documented; external review asked by the treating psychiatrist (FICTIONAL)

All people, plans, insurers, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Yolanda Ferreira-Oduya, 39 (DOB 07/08/1987), in an individual **Marketplace Silver** plan (insured, Wisconsin), was
  denied **six IV ketamine infusions** (96365, J3490; F33.2) on **09/10/2026** under **MP-KET-22 criterion 3**; the
  **final internal decision of 10/22/2026** upheld it: "no other augmentation trial is documented".
- The record: **lithium 900 mg added to bupropion 03/25/2026-05/2026, 8 weeks, level 0.7 mEq/L (04/28/2026), no
  response**; aripiprazole 2 mg stopped after 10 days for akathisia. Criterion 3 is met by lithium alone.
- Criteria 1, 2 and 4 are met too: PHQ-9 22 / MADRS 34 (08/25/2026); duloxetine and venlafaxine XR 12 weeks each
  without response; bupropion continues with partial response; no psychosis or substance use.
- **Rule and stage:** external review, 45 CFR 147.136(c) (insured individual plan: the state's process), within
  **4 months of the final internal denial: by 02/22/2027**. Expedited external review is not claimed.
- **Author:** the treating psychiatrist (a physician), with her written consent; he writes about "Ms. Ferreira-Oduya".

## Deliberately unknown
- The NDC, dose in mg and units of the ketamine to be billed: not in the case (no NDC invented).
- Whether the family physician reviewer saw the 05/20 note: not known.
- Infusion dates: none scheduled; no service date may be stated.

## Traps
- **Decision's wrong statement:** "no other augmentation trial": lithium is documented, with a level.
- **Intolerance:** aripiprazole (10 days, akathisia) is not an adequate trial; it must not be counted as one.
- **Drug still taken:** bupropion continues (partial response): never "failed" or "stopped".
- **Two SNRIs:** duloxetine and venlafaxine are the same class; "different classes" is met by bupropion beside them,
  not by the two SNRIs; a letter must not call duloxetine and venlafaxine different classes.
- **Sleep dose:** trazodone 50 mg is not a trial. **Earlier-episode response:** sertraline 2016-2017 (remission).
- **Stale document:** the 2024 PHQ-9 of 4 predates the current episode. **Other person:** the lab result faxed in
  error ("FERREIRA, YOLANDA M.", DOB 1961) is another patient.
- **Suicidality:** passive (08/25/2026), no plan or intent; not "active".
- **Wrong law:** no ERISA, no 29 CFR 2590.715-2719, no Medicare or Medicaid rule.

## Arguments a strong letter makes (strongest first)
1. Criterion 3 is met: lithium 900 mg for 8 weeks at 0.7 mEq/L without response (05/20/2026 note; 04/28/2026 level);
   the decision's "no other augmentation trial is documented" is wrong, and the denial's sole ground falls.
2. Every criterion of MP-KET-22 is met, each with its exhibit and page.
3. The reviewer was a family medicine physician; ask for review by a psychiatrist.
4. Harm of delay: severe episode since 03/2025, MADRS 34, passive death wishes.

## What a letter must NOT say
- "no augmentation trial"; aripiprazole as an adequate trial; "failed bupropion", "stopped bupropion".
- "duloxetine and venlafaxine are different classes"; trazodone as a trial; "failed sertraline".
- "PHQ-9 4" as current; any lab result of another patient; "active suicidal ideation".
- "ERISA", "29 CFR 2590.715-2719", an NDC or a dose in mg for the claim line, any infusion date.
'''

ANSWERS = [
    ("plan", "Silver 4500 (individual, Marketplace)", "denial/prior-authorization-denial-2026-09-10.txt"),
    ("criterion applied", "MP-KET-22 criterion 3", "denial/prior-authorization-denial-2026-09-10.txt"),
    ("reviewer specialty", "family medicine physician", "denial/prior-authorization-denial-2026-09-10.txt"),
    ("final internal decision date", "10/22/2026", "denial/final-internal-appeal-decision-2026-10-22.txt"),
    ("decision's wrong statement", "no other augmentation trial is documented", "denial/final-internal-appeal-decision-2026-10-22.txt"),
    ("external review deadline", "by 02/22/2027", "truth"),
    ("lithium dose and start", "Lithium 900 mg daily added to bupropion XL 300 mg on 03/25/2026", "clinical/psychiatry-note-2026-05-20.txt"),
    ("lithium level", "0.7 mEq/L", "clinical/lithium-level-2026-04-28.txt"),
    ("lithium duration", "After 8 weeks no change", "clinical/psychiatry-note-2026-05-20.txt"),
    ("intolerance", "stopped after 10 days for akathisia", "clinical/psychiatry-note-2026-08-25.txt"),
    ("drug still taken", "bupropion XL 300 mg since 01/2026, partial response, continued", "clinical/psychiatry-note-2026-08-25.txt"),
    ("severity", "PHQ-9 22, MADRS 34", "clinical/psychiatry-note-2026-08-25.txt"),
    ("suicidality", "Passive wish not to wake up, no plan or intent", "clinical/psychiatry-note-2026-08-25.txt"),
    ("sleep dose", "Trazodone 50 mg at bedtime for sleep", "clinical/psychiatry-note-2026-08-25.txt"),
    ("stale document", "before the current episode began 03/2025", "clinical/phq9-2024-03-stale.txt"),
    ("other person", "another patient", "other/patient-consent-2026-11-02.txt"),
]
