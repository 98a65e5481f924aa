"""Set 40, case 03 (FICTIONAL): church plan (self-funded, not ERISA), adolescent PHP; plan document requires CALOCUS; second level; mother."""

SLUG = "03-church-self-funded-teen-php-plan-requires-calocus-vendor-criteria-applied-second-level-mother"

CASE_YAML = r'''
# FICTIONAL CASE (set 40, case 03) - every person, plan, reviewer, provider, number and address is invented.
# Church plan that has not elected ERISA, self-funded (Cumberland Valley Synod Benefit Plan, 1,900 employees), TN.
# Eliza Brandvold, 15, attended a partial hospitalization program 10/05-10/30/2026 (20 program days). The plan's
# review vendor denied it under its own criteria CR-PHP-Y2 ("outpatient appropriate; no self-harm in 30 days");
# the first-level appeal was upheld 11/16/2026. Plan Document Section 7.4 requires CALOCUS for level-of-care
# decisions for members under 18; the program's CALOCUS at admission recommended level 4. Self-harm was 09/28.
# Her mother (the plan's member, a parish school teacher) files the second-level appeal.
patient:
  name: Eliza Brandvold
  salutation: Eliza
  date_of_birth: 2011-07-09
  member_id: FICT-CVS-552081-03
  address: |-
    77 Old Hickory Lane
    Cookeville, TN 38501
  phone: (931) 555-0124
insurer:
  name: Cumberland Valley Synod Benefit Plan, claims administered by Highland Church Benefits Services (FICTIONAL)
  appeals_address: |-
    Highland Church Benefits Services - Appeals (FICTIONAL)
    PO Box 30872
    Nashville, TN 37230
  fax: (615) 555-0143
claim:
  number: HCB-26-1104-207716
  plan_type: church
  funding: self_funded
  employees: 1900
  notice_date: 2026-11-03
  service_dates: [2026-10-05, 2026-10-30]
  sessions: 20
  setting: partial_hospitalization
  procedure_codes: [H0035]
  revenue_codes: ["0913"]
  diagnosis_codes: [F32.2, F41.1]
  carc_codes: [CO-50]
  denial_reason: >-
    Partial hospitalization is not medically necessary under Clinical Review Criteria CR-PHP-Y2. Outpatient care
    is appropriate. There was no self-harm in the 30 days before admission and the member was not at imminent risk.
  denial_category: medical_necessity
  denial_reasons: [level_of_care]
  reviewer:
    name: Dr. Lowell Pike (FICTIONAL)
    specialty: internal medicine
  stage: second level
  action: none
  corrections:
    - said: There was no self-harm in the 30 days before admission.
      record: >-
        The crisis evaluation of 10/02/2026 records cutting on her forearm on 09/28/2026, 7 days before admission, and
        the program's admission assessment of 10/05/2026 repeats it.
      file: clinical/crisis-evaluation-2026-10-02.txt
      page: 1
plan_policy:
  name: Highland Church Benefits Services Clinical Review Criteria CR-PHP-Y2, Partial hospitalization, youth
  number: CR-PHP-Y2
  quote: >-
    Partial hospitalization (youth) is indicated when: (a) self-harm or a suicide attempt within the 30 days before
    admission, or imminent risk of harm; and (b) failure of outpatient treatment. If neither is shown, outpatient
    care is appropriate.
  file: other/vendor-criteria-cr-php-y2-excerpt.txt
  required_criteria:
    name: The Child and Adolescent Level of Care Utilization System (CALOCUS)
    source: Cumberland Valley Synod Benefit Plan Document (2026), Section 7.4
    quote: >-
      Level-of-care decisions for the treatment of mental health conditions of members under age 18 are made using
      the Child and Adolescent Level of Care Utilization System (CALOCUS). Other criteria may not be used in place of
      CALOCUS.
    file: other/plan-document-2026-section-7-excerpt.txt
    page: 1
    for: the level of care for the mental health treatment of a member under 18
    applied: Highland Church Benefits Services Clinical Review Criteria CR-PHP-Y2
  medical_necessity_definition: >-
    Services a provider gives to diagnose or treat an illness that are consistent with generally accepted standards
    of medical practice, clinically appropriate in type, frequency, extent, site and duration, and not mainly for the
    convenience of the member or provider.
decisions:
  - date: 2026-11-16
    outcome: denied
    stage: first level
    opens: second level
    next_deadline: 2027-01-15
    reason: >-
      Upheld. Criteria CR-PHP-Y2 are not met: no self-harm in the 30 days before admission, and outpatient therapy
      was available. The member could have been treated in weekly outpatient therapy.
payer_criteria:
  - criterion: "CALOCUS (Plan Document Section 7.4): the level of care the CALOCUS assessment recommends"
    how_met: >-
      CALOCUS at admission 10/05/2026: composite score 25, recommended level 4 (intensive integrated services
      without 24-hour psychiatric monitoring), the level that includes partial hospitalization
    met: true
    evidence: {file: clinical/php-admission-assessment-2026-10-05.txt, page: 1}
  - criterion: "CR-PHP-Y2 (a): self-harm within the 30 days before admission, or imminent risk"
    how_met: "Cutting on 09/28/2026, 7 days before admission; crisis evaluation 10/02/2026"
    met: true
    evidence: {file: clinical/crisis-evaluation-2026-10-02.txt, page: 1}
  - criterion: "CR-PHP-Y2 (b): failure of outpatient treatment"
    how_met: "Weekly outpatient therapy since 03/2026 (28 visits) and sertraline since 04/2026; worsening through 09/2026"
    met: true
    evidence: {file: clinical/outpatient-therapy-summary-2026-10-01.txt, page: 1}
treatment:
  name: Adolescent partial hospitalization program, 20 program days (H0035)
  summary: >-
    A partial hospitalization program for a 15-year-old with severe depression and self-harm after weekly
    outpatient therapy and sertraline did not hold her; the CALOCUS assessment recommended level 4.
clinical:
  severity: PHQ-A 23 on 10/05/2026; PHQ-A 12 on 10/30/2026
  severity_date: 2026-10-30
  suicidality: active
  suicidality_date: 2026-10-02
  response: PHQ-A 23 (10/05/2026) to 12 (10/30/2026); no self-harm during the program
  response_level: partial
  history:
    - drug: Weekly outpatient psychotherapy (CBT)
      dose: weekly, 28 visits
      start: 2026-03
      end: 2026-09
      kind: psychotherapy
      sessions: 28
      adequate: true
      response: none
      outcome: 28 weekly visits 03/2026-09/2026; depression and self-harm worsened
      evidence: {file: clinical/outpatient-therapy-summary-2026-10-01.txt, page: 1}
    - drug: Sertraline
      dose: 100 mg daily
      start: 2026-04
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued through and after the program
      evidence: {file: clinical/outpatient-therapy-summary-2026-10-01.txt, page: 1}
    - drug: Hydroxyzine
      dose: 25 mg at bedtime as needed for sleep
      start: 2026-06
      ongoing: true
      kind: other
      outcome: For sleep and anxiety as needed; not an antidepressant trial
      evidence: {file: clinical/outpatient-therapy-summary-2026-10-01.txt, page: 1}
    - drug: School-based counseling
      dose: every other week
      start: 2023-09
      end: 2024-05
      kind: psychotherapy
      response: remission
      outcome: Earlier episode (2023-2024, after a move); recovered; not a failed treatment
      evidence: {file: clinical/outpatient-therapy-summary-2026-10-01.txt, page: 1}
impact:
  daily_life: Stopped attending school in person from 09/21/2026; did not leave her room most days in late September.
author:
  name: Karin Brandvold
  role: Mother (the plan's member) and parent of a minor
  relation: parent
  address: |-
    77 Old Hickory Lane
    Cookeville, TN 38501
  phone: (931) 555-0124
  email: karin.brandvold@mail.example
provider:
  name: Upper Cumberland Behavioral Hospital, Adolescent Partial Hospitalization Program
  credentials: network facility
  npi: "1309582645"
  address: |-
    1200 Willow Avenue
    Cookeville, TN 38501
  phone: (931) 555-0166
copies: [prescriber]
record_dates:
  - file: clinical/crisis-evaluation-2026-10-02.txt
    date: 2026-10-02
  - file: clinical/php-admission-assessment-2026-10-05.txt
    date: 2026-10-05
  - file: clinical/outpatient-therapy-summary-2026-10-01.txt
    date: 2026-10-01
  - file: clinical/php-discharge-summary-2026-10-30.txt
    date: 2026-10-30
bates_prefix: BRANDVOLD
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''

DOCS = {
    "denial/first-level-appeal-decision-2026-11-16.txt": """
HIGHLAND CHURCH BENEFITS SERVICES (FICTIONAL) for the CUMBERLAND VALLEY SYNOD BENEFIT PLAN
FIRST-LEVEL APPEAL DECISION                                                       Date: 11/16/2026
Member: Eliza Brandvold (dependent of Karin Brandvold)   ID FICT-CVS-552081-03   Page 1 of 1
Claim HCB-26-1104-207716, Upper Cumberland Behavioral Hospital, partial hospitalization 10/05-10/30/2026
Reviewer: Dr. Lowell Pike, internal medicine (FICTIONAL).
Upheld. Criteria CR-PHP-Y2 are not met: no self-harm in the 30 days before admission, and outpatient therapy was
available. The member could have been treated in weekly outpatient therapy.
You may request a second-level appeal within 60 days of receiving this decision. This plan is a church plan.
After the second level you may request external review of a decision based on medical judgment.
""",
    "denial/claim-denial-2026-11-03.txt": """
HIGHLAND CHURCH BENEFITS SERVICES (FICTIONAL) - EXPLANATION OF BENEFITS          Date: 11/03/2026
Patient: Eliza Brandvold   Claim HCB-26-1104-207716   H0035, revenue code 0913, 20 days   Billed $14,800.00
Paid $0.00   CO-50. Partial hospitalization is not medically necessary under Clinical Review Criteria CR-PHP-Y2.
Outpatient care is appropriate. There was no self-harm in the 30 days before admission and the member was not at
imminent risk.
""",
    "clinical/crisis-evaluation-2026-10-02.txt": """
UPPER CUMBERLAND BEHAVIORAL HOSPITAL (FICTIONAL) - CRISIS EVALUATION               Date: 10/02/2026
Patient: Eliza Brandvold   DOB 07/09/2011   Page 1 of 1
Brought by her mother after cutting on her left forearm on 09/28/2026 (superficial, cleaned at home). Suicidal
thoughts daily, with a wish to die and a thought of taking pills; no attempt. Safety plan made; medicines locked.
Recommendation: adolescent partial hospitalization program; admission 10/05/2026 (first opening).
Accompanying: mother. [A younger brother, 9, waited in the lobby; not evaluated.]
""",
    "clinical/php-admission-assessment-2026-10-05.txt": """
UPPER CUMBERLAND BEHAVIORAL HOSPITAL (FICTIONAL) - ADOLESCENT PHP ADMISSION ASSESSMENT  Date: 10/05/2026
Patient: Eliza Brandvold   Page 1 of 1
Self-harm (cutting) 09/28/2026. PHQ-A 23. Diagnoses: major depressive disorder, single episode, severe without
psychotic features (F32.2); generalized anxiety disorder (F41.1).
CALOCUS at admission: composite score 25; recommended level 4 (intensive integrated services without 24-hour
psychiatric monitoring), which includes partial hospitalization.
Program: 6 hours a day, 5 days a week, with school services on site.
""",
    "clinical/outpatient-therapy-summary-2026-10-01.txt": """
CEDAR BLUFF COUNSELING (FICTIONAL) - OUTPATIENT THERAPY SUMMARY                   Date: 10/01/2026
Client: Eliza Brandvold   Therapist: Maren Ostrowski, LPC (FICTIONAL)   Page 1 of 1
Weekly CBT since 03/2026: 28 visits through 09/2026. Mood and self-harm urges worsened from 08/2026.
Medication (pediatrician): sertraline 100 mg daily since 04/2026, partial response, continuing; hydroxyzine 25 mg
at bedtime as needed for sleep since 06/2026.
History: school-based counseling 09/2023-05/2024 after a family move; recovered.
""",
    "clinical/php-discharge-summary-2026-10-30.txt": """
UPPER CUMBERLAND BEHAVIORAL HOSPITAL (FICTIONAL) - PHP DISCHARGE SUMMARY           Date: 10/30/2026
Patient: Eliza Brandvold   20 program days 10/05-10/30/2026. PHQ-A 23 to 12. No self-harm during the program.
Step-down: intensive outpatient program from 11/02/2026; sertraline 100 mg continued.
""",
    "other/plan-document-2026-section-7-excerpt.txt": """
CUMBERLAND VALLEY SYNOD BENEFIT PLAN (FICTIONAL) - PLAN DOCUMENT 2026 (excerpt)           Page 1 of 1
Section 7.4 Level-of-care criteria for mental health and substance use disorders
Level-of-care decisions for the treatment of mental health conditions of members under age 18 are made using
the Child and Adolescent Level of Care Utilization System (CALOCUS). Other criteria may not be used in place of
CALOCUS. For members 18 and older, the Level of Care Utilization System (LOCUS) is used.
Section 1.2: This plan is a church plan that has not elected to be governed by ERISA.
""",
    "other/vendor-criteria-cr-php-y2-excerpt.txt": """
HIGHLAND CHURCH BENEFITS SERVICES (FICTIONAL) - CLINICAL REVIEW CRITERIA CR-PHP-Y2 (excerpt)   Rev. 02/2026
Partial hospitalization (youth) is indicated when: (a) self-harm or a suicide attempt within the 30 days before
admission, or imminent risk of harm; and (b) failure of outpatient treatment. If neither is shown, outpatient
care is appropriate.
""",
    "other/school-counselor-note-2024-stale.txt": """
PUTNAM MIDDLE SCHOOL (FICTIONAL) - COUNSELOR NOTE                               Date: 05/17/2024
Student: Eliza Brandvold. Adjusting well after the move; no concerns; counseling closed.
[From the 2023-2024 episode; kept by the family.]
""",
}

TRUTH = r'''
# 03 - Church plan (self-funded, not ERISA): a 15-year-old's partial hospitalization denied under vendor criteria although the plan document requires CALOCUS; second-level appeal by her mother (FICTIONAL)

All people, plans, reviewers, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Eliza Brandvold, 15 (DOB 07/09/2011), is a dependent in the **Cumberland Valley Synod Benefit Plan**, a **church
  plan that has not elected ERISA**, self-funded, 1,900 employees, Tennessee.
- She attended an adolescent **partial hospitalization program 10/05/2026-10/30/2026** (20 program days, H0035,
  revenue code 0913; F32.2, F41.1). Denied **CO-50** on 11/03/2026 under the vendor's **CR-PHP-Y2**; first-level
  appeal upheld **11/16/2026** by an internist.
- **Plan Document Section 7.4** requires **CALOCUS** for level-of-care decisions for members under 18 and says other
  criteria "may not be used in place of CALOCUS". The program's CALOCUS at admission: **composite 25, level 4**,
  which includes partial hospitalization.
- **Self-harm on 09/28/2026** (cutting), 7 days before admission (crisis evaluation 10/02/2026; admission assessment).
  The decisions' "no self-harm in the 30 days before admission" is false.
- **Outpatient care had been tried:** 28 weekly CBT visits 03/2026-09/2026 and sertraline since 04/2026; she worsened.
- PHQ-A 23 to 12 during the program; no self-harm in it; stepped down to IOP 11/02/2026 (response partial).
- **Rule and stage:** church plan: claims and appeals under **26 CFR 54.9815-2719** (applying the ERISA claims rule's
  standards by reference); parity **26 CFR 54.9812-1** (more than 50 employees). Second-level appeal **within 60
  days of 11/16/2026: by 01/15/2027**; external review after it (the plan says so).
- **Author:** her mother, the plan's member, parent of a minor; she writes about "Eliza".

## Deliberately unknown
- The CALOCUS dimension scores: only the composite and the level are in the record; a letter must not invent them.
- Whether the vendor's CR-PHP-Y2 was ever adopted into the plan document: not shown; the plan document says other
  criteria may not replace CALOCUS.
- The amount the plan would allow: not in the case.

## Traps
- **Plan document, not only clinical:** the strongest point is that the plan's own document requires CALOCUS and the
  denial applied other criteria.
- **A decision's wrong statement:** "no self-harm in the 30 days before admission" - cutting on 09/28/2026.
- **"Outpatient was available":** it had been given for 7 months (28 visits) and failed.
- **Drug still taken:** sertraline continues (partial response): never "failed" or "stopped". **Sleep/anxiety PRN:**
  hydroxyzine is not a trial. **Earlier episode:** school counseling 2023-2024 recovered: not a failure.
- **Other person:** a younger brother on the crisis note (waited in the lobby; not evaluated).
- **Stale document:** the 2024 school counselor note ("no concerns") is from the earlier episode.
- **Setting:** a partial hospitalization program is not inpatient or hospital care, not a "stay"; 20 program days
  from 10/05 through 10/30/2026.
- **Wrong law:** no ERISA as governing law (no 29 CFR 2560.503-1 cited alone, no EBSA, no Department of Labor); no
  Tennessee Department of Commerce and Insurance (self-funded).
- **Voice:** the mother writes about her daughter; never "I attended".

## Arguments a strong letter makes (strongest first)
1. The plan document (Section 7.4) requires CALOCUS for a member under 18 and bars other criteria in its place; the
   denial applied CR-PHP-Y2. Decide under CALOCUS: the assessment recommended level 4, which includes partial
   hospitalization.
2. Even under CR-PHP-Y2 both parts are met: self-harm 09/28/2026, 7 days before admission (the decisions' statement
   is wrong), and 28 weekly outpatient visits plus sertraline had failed.
3. The reviewer was an internist; ask for a reviewer with child and adolescent psychiatry expertise.
4. Parity (26 CFR 54.9812-1): ask for the criteria and comparative analysis as claim documents.

## What a letter must NOT say
- "no self-harm in the 30 days"; "outpatient therapy was not tried"; "she could have been treated as an outpatient".
- "inpatient", "hospital stay", "admitted to the hospital" for the program.
- "failed sertraline", "stopped sertraline"; hydroxyzine as a trial; the 2023-2024 counseling as a failure.
- "her brother"; "no concerns" from the 2024 note as current.
- "ERISA governs", "29 CFR 2560.503-1" cited alone as governing, "Department of Labor", "EBSA", "Tennessee
  Department of Commerce and Insurance".
- CALOCUS dimension scores not in the record.
'''

ANSWERS = [
    ("Plan type?", "plan_type: church", "case.yaml"),
    ("Governing rule for claims and appeals?", "26 CFR 54.9815-2719", "truth"),
    ("What does the plan document require?", "Level-of-care decisions for the treatment of mental health conditions of members under age 18 are made using the Child and Adolescent Level of Care Utilization System (CALOCUS)", "other/plan-document-2026-section-7-excerpt.txt"),
    ("May other criteria replace it?", "Other criteria may not be used in place of CALOCUS", "other/plan-document-2026-section-7-excerpt.txt"),
    ("Criteria the denial applied?", "CR-PHP-Y2", "denial/first-level-appeal-decision-2026-11-16.txt"),
    ("CALOCUS result?", "composite score 25; recommended level 4", "clinical/php-admission-assessment-2026-10-05.txt"),
    ("Date of self-harm?", "cutting on her left forearm on 09/28/2026", "clinical/crisis-evaluation-2026-10-02.txt"),
    ("Wrong statement in the decisions?", "no self-harm in the 30 days before admission", "denial/first-level-appeal-decision-2026-11-16.txt"),
    ("Outpatient therapy given?", "Weekly CBT since 03/2026: 28 visits through 09/2026", "clinical/outpatient-therapy-summary-2026-10-01.txt"),
    ("Sertraline status?", "sertraline 100 mg daily since 04/2026, partial response, continuing", "clinical/outpatient-therapy-summary-2026-10-01.txt"),
    ("Program dates?", "20 program days 10/05-10/30/2026", "clinical/php-discharge-summary-2026-10-30.txt"),
    ("Reviewer's specialty?", "Dr. Lowell Pike, internal medicine", "denial/first-level-appeal-decision-2026-11-16.txt"),
    ("Decision appealed and date?", "FIRST-LEVEL APPEAL DECISION                                                       Date: 11/16/2026", "denial/first-level-appeal-decision-2026-11-16.txt"),
    ("Second-level deadline?", "by 01/15/2027", "truth"),
    ("Who else is on the crisis note?", "A younger brother, 9, waited in the lobby; not evaluated", "clinical/crisis-evaluation-2026-10-02.txt"),
    ("Author?", "relation: parent", "case.yaml"),
]
