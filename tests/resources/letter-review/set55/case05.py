"""Set 55, case 05 (FICTIONAL): FEHB Standard Option, Spravato denied and upheld on criterion 4 as "prescribed by a
psychiatrist" while the carrier's own criterion reads "prescribed by, or in consultation with, a psychiatrist" and
a psychiatrist's consultation was in the file; OPM review asked by the prescribing PMHNP."""

SLUG = "05-fehb-spravato-criterion-psychiatrist-or-consultation-misread-opm-review-pmhnp"

CASE_YAML = """
# FICTIONAL CASE (set 55, case 05) - every person, plan, provider, number and address is invented.
# FEHB, Standard Option, Kentucky. Annette Pruitt, 52, a federal employee with treatment-resistant depression, was
# denied Spravato on 09/15/2026 and again on reconsideration on 11/05/2026 because her prescriber is a psychiatric
# nurse practitioner. The carrier's criterion 4 (CC-ESK-5, 2026) reads "Prescribed by, or in consultation with, a
# psychiatrist"; a psychiatrist saw her in consultation on 08/20/2026 and his note went with the request. The
# prescribing PMHNP asks OPM to review the carrier's decision, with her written authorization.
patient:
  name: Annette Pruitt
  salutation: Ms. Pruitt
  date_of_birth: 1974-02-19
  member_id: FICT-FAB-R61402277
  address: |-
    5120 Hickory Hollow Road
    Louisville, KY 40219
  phone: (502) 555-0123
insurer:
  name: Federal Allied Benefit Plan, Standard Option (FICTIONAL), an FEHB plan
  appeals_address: |-
    Allied Federal Health Association - Reconsiderations (FICTIONAL)
    PO Box 90214
    Louisville, KY 40290
  fax: (502) 555-0165
claim:
  number: PA-26-0828-66013
  plan_type: fehb
  notice_date: 2026-09-15
  procedure_codes: [J0013, 99214]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    Esketamine nasal spray (Spravato) is not approved. Clinical Criteria CC-ESK-5 criterion 4 (prescribed by a
    psychiatrist) is not met. The prescriber is a nurse practitioner.
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  action: none
  corrections:
    - said: Clinical Criteria CC-ESK-5 criterion 4 (prescribed by a psychiatrist) is not met.
      record: >-
        Criterion 4 of CC-ESK-5 (effective 01/01/2026) reads "Prescribed by, or in consultation with, a psychiatrist";
        Malcolm Oyelaran-Briggs, MD, a psychiatrist, saw Ms. Pruitt in consultation on 08/20/2026 and recommended
        esketamine, and his note went to the carrier with the request on 08/28/2026.
      file: [other/clinical-criteria-cc-esk-5-2026.txt, clinical/psychiatry-consultation-2026-08-20.txt]
      page: 1
decisions:
  - date: 2026-11-05
    outcome: denied
    stage: carrier reconsideration
    opens: OPM review
    next_deadline: 2027-02-03
    reason: >-
      We have reconsidered and uphold our decision. Criterion 4 requires that esketamine be prescribed by a
      psychiatrist. The prescriber is a psychiatric nurse practitioner. Criterion 4 is not met.
    corrections:
      - said: Criterion 4 requires that esketamine be prescribed by a psychiatrist.
        record: >-
          Criterion 4 reads "Prescribed by, or in consultation with, a psychiatrist"; the psychiatrist's consultation
          of 08/20/2026, recommending esketamine, was in the carrier's file from 08/28/2026.
        file: [other/clinical-criteria-cc-esk-5-2026.txt, other/prior-authorization-fax-report-2026-08-28.txt]
        page: 1
external_review:
  agency: U.S. Office of Personnel Management, Healthcare and Insurance, Federal Employee Insurance Operations
  address: |-
    OPM Health Insurance Review (FICTIONAL address for this test case)
    PO Box 00415
    Washington, DC 20044
  final_denial_date: 2026-11-05
plan_policy:
  name: Allied Federal Health Association Clinical Criteria CC-ESK-5, Esketamine Nasal Spray (effective 01/01/2026)
  number: CC-ESK-5
  quote: >-
    Esketamine nasal spray is covered when all of the following are met: 1. The member is 18 or older with major
    depressive disorder. 2. Inadequate response to at least two antidepressants of adequate dose and duration in the
    current episode. 3. Given in a health care setting certified in the Spravato REMS, with monitoring for at least
    two hours after each dose. 4. Prescribed by, or in consultation with, a psychiatrist.
  file: other/clinical-criteria-cc-esk-5-2026.txt
payer_criteria:
  - criterion: 1. The member is 18 or older with major depressive disorder
    how_met: Age 52; major depressive disorder, recurrent, severe, without psychotic features (F33.2)
    met: true
    evidence: {file: clinical/pmhnp-note-2026-10-22.txt, page: 1}
  - criterion: 2. Inadequate response to at least two antidepressants of adequate dose and duration in the current episode
    how_met: >-
      Sertraline 200 mg for 12 weeks and bupropion XL 300 mg for 9 weeks without response; escitalopram 20 mg since
      05/2026 with a partial response only (continued), with aripiprazole augmentation for 8 weeks without response
    met: true
    evidence: {file: clinical/pmhnp-note-2026-10-22.txt, page: 1}
  - criterion: 3. Given in a Spravato REMS-certified setting with at least two hours of monitoring
    how_met: Bluegrass Behavioral Wellness is a certified Spravato REMS treatment center; two-hour monitoring protocol
    met: true
    evidence: {file: other/rems-certification-bluegrass-2025.txt, page: 1}
  - criterion: 4. Prescribed by, or in consultation with, a psychiatrist
    how_met: Psychiatric consultation by Malcolm Oyelaran-Briggs, MD, on 08/20/2026, recommending esketamine
    met: true
    evidence: {file: clinical/psychiatry-consultation-2026-08-20.txt, page: 1}
treatment:
  name: Esketamine nasal spray (Spravato), induction and optimization (J0013 with an office visit)
  summary: >-
    Esketamine with her continuing oral antidepressant for treatment-resistant depression after sertraline, bupropion
    and aripiprazole augmentation gave no response and venlafaxine was not tolerated.
  plan: >-
    56 mg on day 1, then 56 or 84 mg twice weekly for weeks 1-4 and weekly for weeks 5-8; MADRS every two weeks;
    stop if MADRS has not fallen by at least 25% by week 4.
  alongside: escitalopram 20 mg daily
  setting: Bluegrass Behavioral Wellness, a certified Spravato REMS treatment center
  monitoring: Blood pressure before and at 40 minutes and 2 hours after each dose; observed for at least 2 hours
clinical:
  severity: MADRS 36; PHQ-9 22 (10/22/2026)
  severity_date: 2026-10-22
  suicidality: passive
  suicidality_date: 2026-10-22
  episode_onset: 2025-09
  treating_since: 2025-10
  exclusions: No psychosis, no aneurysmal vascular disease, blood pressure controlled (124/80), no substance use disorder
  history:
    - drug: Sertraline
      dose: 200 mg daily
      start: 2025-10
      end: 2026-01
      weeks: 12
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 12 weeks at 200 mg; stopped
      evidence: {file: clinical/pmhnp-note-2026-10-22.txt, page: 1}
    - drug: Bupropion XL
      dose: 300 mg daily
      start: 2026-02
      end: 2026-04
      weeks: 9
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 9 weeks; stopped
      evidence: {file: clinical/pmhnp-note-2026-10-22.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 75 mg, raised to 150 mg daily
      start: 2026-05-01
      end: 2026-05-15
      kind: antidepressant
      adequate: false
      outcome: Stopped after 2 weeks for blood pressure 168/102 (intolerance)
      evidence: {file: clinical/pmhnp-note-2026-10-22.txt, page: 1}
    - drug: Escitalopram
      dose: 20 mg daily
      start: 2026-05-20
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued, and to continue with esketamine
      evidence: {file: clinical/pmhnp-note-2026-10-22.txt, page: 1}
    - drug: Aripiprazole
      dose: 5 mg daily (added to escitalopram)
      start: 2026-06
      end: 2026-08
      weeks: 8
      kind: augmentation
      adequate: true
      failed: true
      response: none
      outcome: No added benefit after 8 weeks; stopped
      evidence: {file: clinical/pmhnp-note-2026-10-22.txt, page: 1}
    - drug: Trazodone
      dose: 50 mg at bedtime for sleep
      start: 2025-11
      ongoing: true
      kind: other
      outcome: Sleep aid only; not an antidepressant trial
      evidence: {file: clinical/pmhnp-note-2026-10-22.txt, page: 1}
    - drug: Citalopram
      dose: 20 mg daily
      start: 2015-03
      end: 2016-06
      kind: antidepressant
      response: remission
      failed: false
      outcome: Remission in an earlier episode (2015-2016); not a failed trial
      evidence: {file: clinical/pmhnp-note-2026-10-22.txt, page: 1}
impact:
  work: She has been on leave without pay from her federal job since 09/2026.
author:
  name: Rowan Delacroix, DNP, PMHNP-BC
  role: Treating psychiatric nurse practitioner (prescriber), authorized by the member in writing
  relation: prescriber
  authorization: other/member-authorization-2026-11-12.txt
  address: |-
    Bluegrass Behavioral Wellness (FICTIONAL), 2300 Bardstown Road, Suite 5
    Louisville, KY 40205
  phone: (502) 555-0136
  email: rdelacroix@bluegrassbw.example
provider:
  name: Rowan Delacroix, DNP, PMHNP-BC
  credentials: DNP, PMHNP-BC
  npi: "1710355284"
  address: |-
    Bluegrass Behavioral Wellness (FICTIONAL), 2300 Bardstown Road, Suite 5
    Louisville, KY 40205
  phone: (502) 555-0136
record_dates:
  - file: clinical/psychiatry-consultation-2026-08-20.txt
    date: 2026-08-20
    sent: 2026-08-28
    sent_proof: other/prior-authorization-fax-report-2026-08-28.txt
  - file: clinical/pmhnp-note-2026-10-22.txt
    date: 2026-10-22
template: external-review-request
bates_prefix: PRUITT
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/prior-authorization-denial-2026-09-15.txt": """
ALLIED FEDERAL HEALTH ASSOCIATION (FICTIONAL) - FEDERAL ALLIED BENEFIT PLAN, STANDARD OPTION (FEHB)
PRIOR AUTHORIZATION DECISION                                                          Date: 09/15/2026
Member: Annette Pruitt   ID FICT-FAB-R61402277   Reference PA-26-0828-66013   Request received 08/28/2026
Prescriber: Rowan Delacroix, DNP, PMHNP-BC   Service: esketamine nasal spray (Spravato), J0013 with office visit 99214
Esketamine nasal spray (Spravato) is not approved. Clinical Criteria CC-ESK-5 criterion 4 (prescribed by a
psychiatrist) is not met. The prescriber is a nurse practitioner.
You may ask us to reconsider within 6 months of this decision (see Section 8 of the FEHB brochure).
FICTIONAL decision.
""",
    "denial/reconsideration-decision-2026-11-05.txt": """
ALLIED FEDERAL HEALTH ASSOCIATION (FICTIONAL) - RECONSIDERATION DECISION                       Date: 11/05/2026
Member: Annette Pruitt   ID FICT-FAB-R61402277   Reference PA-26-0828-66013
We have reconsidered and uphold our decision. Criterion 4 requires that esketamine be prescribed by a
psychiatrist. The prescriber is a psychiatric nurse practitioner. Criterion 4 is not met.
If you disagree, you may ask the U.S. Office of Personnel Management to review our decision. You must write to OPM
within 90 days of the date of this letter: OPM Health Insurance Review (FICTIONAL address for this test case),
PO Box 00415, Washington, DC 20044.
FICTIONAL decision.
""",
    "other/clinical-criteria-cc-esk-5-2026.txt": """
ALLIED FEDERAL HEALTH ASSOCIATION (FICTIONAL) - CLINICAL CRITERIA CC-ESK-5, ESKETAMINE NASAL SPRAY
Effective 01/01/2026 (replaces the 2023 version)
Esketamine nasal spray is covered when all of the following are met: 1. The member is 18 or older with major
depressive disorder. 2. Inadequate response to at least two antidepressants of adequate dose and duration in the
current episode. 3. Given in a health care setting certified in the Spravato REMS, with monitoring for at least
two hours after each dose. 4. Prescribed by, or in consultation with, a psychiatrist.
FICTIONAL criteria.
""",
    "other/clinical-criteria-cc-esk-5-2023-stale.txt": """
ALLIED FEDERAL HEALTH ASSOCIATION (FICTIONAL) - CLINICAL CRITERIA CC-ESK-5, 2023 VERSION (replaced 01/01/2026)
... 4. Prescribed by a psychiatrist.
Printed from an old bookmark; out of date. FICTIONAL.
""",
    "clinical/psychiatry-consultation-2026-08-20.txt": """
LOUISVILLE PSYCHIATRIC ASSOCIATES (FICTIONAL) - PSYCHIATRIC CONSULTATION                  Date: 08/20/2026
Patient: Annette Pruitt   DOB 02/19/1974   Consultant: Malcolm Oyelaran-Briggs, MD, psychiatry
Referred by: Rowan Delacroix, DNP, PMHNP-BC, for treatment-resistant depression.
Assessment: major depressive disorder, recurrent, severe, without psychotic features. Adequate trials of
sertraline and bupropion without response, venlafaxine not tolerated (blood pressure), aripiprazole augmentation
without benefit. Recommendation: esketamine nasal spray with escitalopram continued, at a REMS-certified center;
I remain available to Ms. Delacroix for consultation during the course.
Malcolm Oyelaran-Briggs, MD
FICTIONAL record.
""",
    "other/prior-authorization-fax-report-2026-08-28.txt": """
BLUEGRASS BEHAVIORAL WELLNESS (FICTIONAL) - FAX TRANSMISSION REPORT
08/28/2026 3:02 pm   To: (502) 555-0167 (Allied Federal prior authorization)   Pages: 9   Result: OK
Contents: Spravato prior authorization request; PMHNP note; psychiatric consultation of 08/20/2026 (M. Oyelaran-Briggs,
MD) - A. Pruitt
FICTIONAL report.
""",
    "clinical/pmhnp-note-2026-10-22.txt": """
BLUEGRASS BEHAVIORAL WELLNESS (FICTIONAL) - PSYCHIATRIC FOLLOW-UP                           Date: 10/22/2026
Patient: Annette Pruitt   DOB 02/19/1974   Clinician: Rowan Delacroix, DNP, PMHNP-BC
MDD, recurrent, severe, without psychotic features (F33.2); current episode since 09/2025. MADRS 36, PHQ-9 22.
Passive death wish ("I wouldn't mind not waking up"); no plan or intent; safety plan reviewed. On leave without pay
since 09/2026.
Current episode: sertraline 200 mg 10/2025-01/2026 (12 weeks), no response. Bupropion XL 300 mg 02/2026-04/2026
(9 weeks), no response. Venlafaxine XR 05/01-05/15/2026, stopped for BP 168/102. Escitalopram 20 mg since
05/20/2026, partial response, continues. Aripiprazole 5 mg added 06/2026-08/2026 (8 weeks), no added benefit.
Trazodone 50 mg at bedtime for sleep. Earlier episode: citalopram 20 mg 2015-2016, remission.
BP 124/80. No psychosis, no substance use disorder.
Plan: esketamine with escitalopram continued, per Dr. Oyelaran-Briggs's consultation.
FICTIONAL record.
""",
    "other/rems-certification-bluegrass-2025.txt": """
SPRAVATO REMS - HEALTHCARE SETTING CERTIFICATION (contents typed for a FICTIONAL test case)
Bluegrass Behavioral Wellness, 2300 Bardstown Road, Suite 5, Louisville, KY: certified treatment center since 03/2025.
FICTIONAL.
""",
    "other/member-authorization-2026-11-12.txt": """
AUTHORIZATION (FICTIONAL)
I, Annette Pruitt (FEHB ID FICT-FAB-R61402277), authorize Rowan Delacroix, DNP, PMHNP-BC, to ask OPM to review
Allied Federal Health Association's decision on esketamine and to receive my health information for that purpose.
Signed: Annette Pruitt, 11/12/2026.
FICTIONAL.
""",
}

TRUTH = """# 05 - FEHB: Spravato denied because the prescriber is a PMHNP, although the carrier's criterion reads "prescribed by, or in consultation with, a psychiatrist"; OPM review by the PMHNP (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Annette Pruitt, 52, a federal employee in the **Federal Allied Benefit Plan, Standard Option (FEHB)**, has
  recurrent severe major depression (F33.2), MADRS 36 on 10/22/2026, **passive** death wish without plan or intent.
- The carrier denied Spravato on **09/15/2026** ("criterion 4 (prescribed by a psychiatrist) is not met. The
  prescriber is a nurse practitioner") and upheld it on reconsideration on **11/05/2026**.
- **CC-ESK-5 (effective 01/01/2026), criterion 4: "Prescribed by, or in consultation with, a psychiatrist."**
  Malcolm Oyelaran-Briggs, MD, a psychiatrist, saw her in consultation on **08/20/2026** and recommended esketamine;
  his note went to the carrier with the request on **08/28/2026** (fax report, 9 pages, OK). Both decisions
  paraphrase the 2023 wording ("Prescribed by a psychiatrist"), which the 2026 criteria replaced.
- Criteria 1-3 are met too: age 52 with MDD; sertraline 12 weeks and bupropion 9 weeks without response (plus
  aripiprazole augmentation 8 weeks, escitalopram partial and continuing; venlafaxine not tolerated); a
  REMS-certified center with 2-hour monitoring. No decision disputed 1-3.
- **Rule and stage:** FEHB disputed claim, 5 CFR 890.105: OPM review **within 90 days of the carrier's 11/05/2026
  decision: by 02/03/2027**. Not ERISA, not the ACA's 45 CFR 147.136, no state external review, no state insurance
  department.
- **Author:** the prescribing PMHNP, Rowan Delacroix, with the member's written authorization (11/12/2026); writes in
  the clinician's voice about "Ms. Pruitt" - never "Dr." or "physician".

## Deliberately unknown
- Why the carrier applied the 2023 wording: unknown; a letter may ask which version it applied.
- Whether esketamine will work: unknown.
- OPM's decision time: not stated in the case.

## Traps
- **A plan document decides:** the criterion's own words, not clinical argument, are the winning point; "psychiatrist
  prescriber" is a payer criterion, not a label requirement, and this criterion is met by consultation.
- **A decision's wrong statement:** both decisions misquote criterion 4; the prescriber being a PMHNP is true and
  must not be denied.
- **Stale document:** the 2023 CC-ESK-5 ("Prescribed by a psychiatrist") is out of date; never quote it as the
  criterion.
- **Suicidality:** passive only: never "active suicidal ideation", never Spravato's labelled suicidality use; TRD is
  the use (the label allows it with or without an oral antidepressant since January 2025; here escitalopram
  continues).
- **Drug still taken:** escitalopram 20 mg continues (partial response): never "failed" or "stopped".
- **Intolerance:** venlafaxine 2 weeks, blood pressure: not an adequate trial.
- **Sleep dose:** trazodone 50 mg.
- **Earlier-episode response:** citalopram 2015-2016 remission: never a failure.
- **Wrong law:** no ERISA, 29 CFR 2560.503-1, 45 CFR 147.136, "external review" by an IRO, MHPAEA regulations, state
  insurance department; no "name and qualifications" duty.
- **Voice:** the PMHNP writes "I" as her treating nurse practitioner; never "Dr. Delacroix", never "physician".

## Arguments a strong letter makes (strongest first)
1. The carrier's own criterion 4 (CC-ESK-5, effective 01/01/2026) reads "Prescribed by, or in consultation with, a
   psychiatrist"; a psychiatrist saw her in consultation on 08/20/2026 and recommended esketamine, and that note was
   in the carrier's file from 08/28/2026. Both decisions rest on words the criterion no longer has.
2. Every other criterion is met, with exhibits (no decision disputed them).
3. Ask OPM to direct the carrier to approve the esketamine course as prescribed.
4. Harm of delay: MADRS 36, passive death wish, leave without pay since 09/2026.

## What a letter must NOT say
- "the prescriber is a psychiatrist"; "Dr. Delacroix"; "as her physician".
- "active suicidal ideation"; "approved for suicidal ideation"; "suicidality use".
- "failed escitalopram"; venlafaxine as an adequate trial; trazodone as a trial; "failed citalopram".
- "ERISA", "29 CFR 2560.503-1", "45 CFR 147.136", "independent review organization", "MHPAEA", "state insurance
  department"; "Prescribed by a psychiatrist." as the criterion in force.
"""

ANSWERS = [
    ("Date of the first denial", "Date: 09/15/2026", "denial/prior-authorization-denial-2026-09-15.txt"),
    ("The first denial's paraphrase", "criterion 4 (prescribed by a psychiatrist) is not met",
     "denial/prior-authorization-denial-2026-09-15.txt"),
    ("Date of the reconsideration", "Date: 11/05/2026", "denial/reconsideration-decision-2026-11-05.txt"),
    ("The reconsideration's stated ground", "Criterion 4 requires that esketamine be prescribed by a psychiatrist",
     "denial/reconsideration-decision-2026-11-05.txt"),
    ("Time to ask OPM", "within 90 days of the date of this letter", "denial/reconsideration-decision-2026-11-05.txt"),
    ("Criterion 4's own words", "4. Prescribed by, or in consultation with, a psychiatrist.",
     "other/clinical-criteria-cc-esk-5-2026.txt"),
    ("When the 2026 criteria took effect", "Effective 01/01/2026 (replaces the 2023 version)",
     "other/clinical-criteria-cc-esk-5-2026.txt"),
    ("The consulting psychiatrist", "Malcolm Oyelaran-Briggs, MD, psychiatry", "clinical/psychiatry-consultation-2026-08-20.txt"),
    ("The consultation's recommendation", "esketamine nasal spray with escitalopram continued",
     "clinical/psychiatry-consultation-2026-08-20.txt"),
    ("When the consultation reached the carrier", "08/28/2026 3:02 pm", "other/prior-authorization-fax-report-2026-08-28.txt"),
    ("Suicidality", "Passive death wish", "clinical/pmhnp-note-2026-10-22.txt"),
    ("Why venlafaxine was stopped", "stopped for BP 168/102", "clinical/pmhnp-note-2026-10-22.txt"),
    ("Escitalopram now", "Escitalopram 20 mg since\n05/20/2026, partial response, continues", "clinical/pmhnp-note-2026-10-22.txt"),
    ("Earlier-episode response", "citalopram 20 mg 2015-2016, remission", "clinical/pmhnp-note-2026-10-22.txt"),
    ("REMS status of the setting", "certified treatment center since 03/2025", "other/rems-certification-bluegrass-2025.txt"),
    ("Last day to ask OPM", "by 02/03/2027", "truth"),
]
