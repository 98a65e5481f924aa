# FICTIONAL case data, letters set 43, case 08 (issue 18). Every person, plan, provider, number and address is invented.
SLUG = "08-medicaid-mco-teen-17-tms-experimental-under-18-fda-15-21-epsdt-first-appeal-mother"

CASE_YAML = r'''
# FICTIONAL CASE (set 43, case 08) - every person, plan, provider, number and address is invented.
# Medicaid managed care, Maryland. Jaylen Okonkwo-Price, 17, recurrent severe depression. His psychiatrist asked for
# TMS added to fluoxetine; the plan denied it as experimental "for members under 18 ... not FDA cleared for
# adolescents" under a 2022 policy. The device the clinic uses was cleared in 2024 as an adjunct for major depression
# in patients aged 15 to 21, and the plan's own definition of experimental turns on FDA clearance for the use. His
# mother writes the first plan appeal, before the treatment.
patient:
  name: Jaylen Okonkwo-Price
  salutation: Jaylen
  date_of_birth: 2009-05-22
  member_id: FICT-CBH-270448159
  address: |-
    5127 Harford Road
    Baltimore, MD 21214
  phone: (410) 555-0116
  birth_record: {file: other/medicaid-eligibility-notice-2026-01-05.txt, page: 1}
insurer:
  name: Chesapeake Bay Health Partners, Medicaid managed care organization (FICTIONAL)
  appeals_address: |-
    Chesapeake Bay Health Partners - Member Appeals (FICTIONAL)
    PO Box 17760
    Baltimore, MD 21297
  fax: (410) 555-0165
claim:
  number: CBH-UM-26-1119-80471
  plan_type: medicaid
  delivery: managed_care
  notice_date: 2026-11-24
  appeal_deadline: 2027-01-23
  deadline_basis: >-
    Notice of adverse benefit determination of 11/24/2026: "You have 60 days from the date of this notice to ask us
    for an appeal."
  pending_services: 36
  procedure_codes: [90867, 90868]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    TMS is experimental and investigational for members under 18. It is not FDA cleared for adolescents. (Medical
    Policy MP-TMS-04, Section 3)
  denial_category: experimental_investigational
  denial_reasons: [experimental_investigational]
  action: none
  corrections:
    - said: It is not FDA cleared for adolescents.
      record: >-
        The TMS device the clinic uses was cleared by the FDA in March 2024 as an adjunct for major depressive
        disorder in patients aged 15 to 21; Jaylen is 17 and would receive TMS added to fluoxetine.
      file: other/device-fda-clearance-summary.txt
      page: 1
prior_auth:
  requested_on: 2026-11-19
treatment:
  name: Transcranial magnetic stimulation (TMS), 36 sessions, added to fluoxetine
  summary: >-
    TMS as an adjunct to fluoxetine for a 17-year-old with recurrent severe depression after sertraline failed,
    fluoxetine gave a partial response and aripiprazole augmentation was not tolerated, with a psychiatric admission
    in April 2026.
  plan: >-
    36 sessions, 5 a week for 6 weeks then 6 over 3 weeks, left DLPFC, with the device cleared for ages 15 to 21;
    fluoxetine continues; PHQ-A weekly; a parent present at the first session; stop if PHQ-A has not fallen by 20%
    after 20 sessions.
  alongside: fluoxetine 40 mg daily
  fda:
    action: cleared
    date: 2024-03-26
    what: the TMS device the clinic uses
    use: as an adjunct for major depressive disorder in patients aged 15 to 21
    ages: [15, 21]
    file: other/device-fda-clearance-summary.txt
    page: 1
clinical:
  severity: PHQ-A 21 on 11/10/2026; attending school half days since 09/2026
  severity_date: 2026-11-10
  suicidality: passive
  suicidality_date: 2026-11-10
  episode_onset: 2025-01
  treating_since: 2025-02
  history:
    - drug: Sertraline
      dose: 150 mg daily
      start: 2025-02-03
      end: 2025-07-14
      weeks: 23
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 23 weeks (12 weeks at 150 mg); stopped
      evidence: {file: clinical/child-psychiatry-note-2026-11-10.txt, page: 1}
    - drug: Fluoxetine
      dose: 40 mg daily
      start: 2025-08
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued, and to continue with TMS
      evidence: {file: clinical/child-psychiatry-note-2026-11-10.txt, page: 1}
    - drug: Aripiprazole
      dose: 2 mg daily (added to fluoxetine)
      start: 2026-05-04
      end: 2026-05-25
      weeks: 3
      kind: augmentation
      adequate: false
      outcome: Stopped after 3 weeks for akathisia (intolerance)
      evidence: {file: clinical/child-psychiatry-note-2026-11-10.txt, page: 1}
    - drug: Cognitive behavioral therapy
      dose: 24 weekly sessions
      start: 2025-03
      end: 2025-09
      kind: psychotherapy
      sessions: 24
      adequate: true
      response: partial
      outcome: Partial benefit; weekly therapy continues
      evidence: {file: clinical/child-psychiatry-note-2026-11-10.txt, page: 1}
    - drug: Escitalopram
      dose: 10 mg daily
      start: 2023-03
      end: 2023-12
      kind: antidepressant
      response: remission
      outcome: First episode (2023), full remission; not a trial of the current episode
      evidence: {file: clinical/child-psychiatry-note-2026-11-10.txt, page: 1}
    - drug: Melatonin
      dose: 3 mg at bedtime
      start: 2025-03
      ongoing: true
      kind: other
      outcome: For sleep; not a trial
      evidence: {file: clinical/child-psychiatry-note-2026-11-10.txt, page: 1}
impact:
  hospitalizations: Inpatient psychiatric admission 04/06/2026-04/12/2026.
  daily_life: Attending school half days since 09/2026; stopped playing in the school band.
plan_policy:
  name: Chesapeake Bay Health Partners Medical Policy MP-TMS-04, Transcranial Magnetic Stimulation (last reviewed 06/2022)
  number: MP-TMS-04
  quote: >-
    Section 3. TMS is considered experimental and investigational for members under 18 years of age, because no TMS
    device is cleared by the FDA for use in adolescents.
  file: other/mp-tms-04-policy-2022.txt
  definition:
    name: Chesapeake Bay Health Partners Member Handbook 2026, Section 12 "Experimental or investigational"
    file: other/member-handbook-2026-section-12-excerpt.txt
    page: 1
    tests:
      - label: a
        words: the drug or device has not been approved or cleared by the U.S. Food and Drug Administration for marketing
        answer: fda
        file: other/device-fda-clearance-summary.txt
        page: 1
      - label: b
        words: the drug or device is not approved or cleared for the use and age group for which it is proposed
        answer: fda_use
        file: other/device-fda-clearance-summary.txt
        page: 1
      - label: c
        words: the service is given under the protocol of a clinical trial
        answer: not_in_trial
        file: other/tms-treatment-consent-2026-11-12.txt
        page: 1
author:
  name: Adaeze Okonkwo-Price
  role: Mother (parent of a minor)
  relation: parent
  address: |-
    5127 Harford Road
    Baltimore, MD 21214
  phone: (410) 555-0116
  email: adaeze.op@mail.example
provider:
  name: Dr. Simone Achebe-Harrington
  credentials: MD, child and adolescent psychiatry
  npi: "1192847030"
  address: |-
    Northeast Baltimore Child and Adolescent Psychiatry (FICTIONAL), 6400 Belair Road
    Baltimore, MD 21206
  phone: (410) 555-0147
copies: [prescriber]
record_dates:
  - file: clinical/child-psychiatry-note-2026-11-10.txt
    date: 2026-11-10
bates_prefix: OKONKWOPRICE
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''

DOCS = {
    "denial/notice-of-adverse-benefit-determination-2026-11-24.txt": '''
CHESAPEAKE BAY HEALTH PARTNERS (FICTIONAL) - MEDICAID MANAGED CARE
NOTICE OF ADVERSE BENEFIT DETERMINATION                                    Date of notice: 11/24/2026
Member: Jaylen Okonkwo-Price   Member ID FICT-CBH-270448159   Age 17
Request CBH-UM-26-1119-80471 (received 11/19/2026): TMS, 36 sessions (90867, 90868)
Requesting provider: Simone Achebe-Harrington, MD
Decision: denied. TMS is experimental and investigational for members under 18. It is not FDA cleared for
adolescents. (Medical Policy MP-TMS-04, Section 3)
Reviewer: Dr. Gerald Finch, MD, internal medicine.
You have 60 days from the date of this notice to ask us for an appeal. After our appeal decision you may ask for a
State Fair Hearing. If your health is at serious risk, ask for a fast appeal.
''',
    "clinical/child-psychiatry-note-2026-11-10.txt": '''
NORTHEAST BALTIMORE CHILD AND ADOLESCENT PSYCHIATRY (FICTIONAL) - MEDICATION VISIT AND TMS REFERRAL   Date: 11/10/2026
Patient: Jaylen Okonkwo-Price   DOB 05/22/2009   Page 1 of 1   Psychiatrist: Simone Achebe-Harrington, MD (since 02/2025)
Diagnosis: major depressive disorder, recurrent, severe without psychotic features (F33.2). Current episode since
01/2025. PHQ-A 21. Passive wish not to wake up; no plan, no intent; safety plan updated with mother.
Inpatient psychiatric admission 04/06/2026-04/12/2026 (suicidal ideation with a plan, at that time).
This episode: sertraline up to 150 mg 02/03/2025-07/14/2025 (23 weeks, 12 at 150 mg), no response, stopped;
fluoxetine 40 mg daily since 08/2025, partial response, continued; aripiprazole 2 mg added 05/04/2026, stopped
05/25/2026 for akathisia. CBT 24 weekly sessions 03/2025-09/2025, partial benefit; weekly therapy continues.
Melatonin 3 mg at bedtime.
First episode: 2023, escitalopram 10 mg, full remission by 12/2023.
School: half days since 09/2026; stopped band.
Plan: TMS added to fluoxetine, 36 sessions, with the clinic's device cleared for ages 15-21 as an adjunct.
''',
    "other/device-fda-clearance-summary.txt": '''
NORTHEAST BALTIMORE CHILD AND ADOLESCENT PSYCHIATRY (FICTIONAL) - TMS DEVICE REGULATORY SUMMARY (clinic file)
Page 1 of 1
The TMS system used in this clinic was cleared by the U.S. Food and Drug Administration through the 510(k) process.
Its clearance was extended in March 2024 (decision dated 03/26/2024 on the clinic's copy) to use as an adjunct for
major depressive disorder in patients aged 15 to 21. Adult use (22 and older) for major depressive disorder has
been cleared since 2008.
[Clinic's summary of the manufacturer's clearance letter; the clearance letter itself is on file at the clinic.]
''',
    "other/tms-treatment-consent-2026-11-12.txt": '''
NORTHEAST BALTIMORE CHILD AND ADOLESCENT PSYCHIATRY (FICTIONAL) - TMS TREATMENT CONSENT (minor)   Date: 11/12/2026
Patient: Jaylen Okonkwo-Price   Parent: Adaeze Okonkwo-Price   Page 1 of 1
This is standard clinical treatment. It is not research, and Jaylen is not enrolled in any clinical trial.
Signed: Adaeze Okonkwo-Price (parent); Jaylen Okonkwo-Price (assent)
''',
    "other/mp-tms-04-policy-2022.txt": '''
CHESAPEAKE BAY HEALTH PARTNERS (FICTIONAL) - MEDICAL POLICY MP-TMS-04, last reviewed 06/2022     Page 3 of 7
Section 3. TMS is considered experimental and investigational for members under 18 years of age, because no TMS
device is cleared by the FDA for use in adolescents.
''',
    "other/member-handbook-2026-section-12-excerpt.txt": '''
CHESAPEAKE BAY HEALTH PARTNERS (FICTIONAL) - 2026 MEMBER HANDBOOK (excerpt)          Page 88 of 132
Section 12. Experimental or investigational means a drug, device or service for which any of these is true:
(a) the drug or device has not been approved or cleared by the U.S. Food and Drug Administration for marketing;
(b) the drug or device is not approved or cleared for the use and age group for which it is proposed; or
(c) the service is given under the protocol of a clinical trial.
Members under 21: we cover services needed to correct or ameliorate a condition, as required by the EPSDT benefit.
''',
    "other/medicaid-eligibility-notice-2026-01-05.txt": '''
STATE MEDICAID ELIGIBILITY NOTICE (FICTIONAL)                                      Date: 01/05/2026
Household of Adaeze Okonkwo-Price, 5127 Harford Road, Baltimore, MD 21214            Page 1 of 1
Jaylen Okonkwo-Price, date of birth 05/22/2009: eligible for Medicaid, enrolled with Chesapeake Bay Health Partners.
Adaeze Okonkwo-Price, date of birth 10/14/1983: eligible for Medicaid.
''',
    "other/school-counselor-letter-2023.txt": '''
PATTERSON PARK MIDDLE SCHOOL (FICTIONAL) - COUNSELOR LETTER                        Date: 10/02/2023
To whom it may concern: Jaylen met with me weekly during his 2023 depressive episode; his mood and attendance had
recovered by December 2023. [From the first episode; kept in the family's papers.]
Group check-in list for the same term: Jaylen O.-P., Marisa T., Kenji W.
''',
}

TRUTH = r'''
# 08 - Medicaid managed care: TMS for a 17-year-old denied as experimental "not FDA cleared for adolescents" although the device is cleared for 15-21; first plan appeal by his mother (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Jaylen Okonkwo-Price, 17 (DOB 05/22/2009, on the Medicaid eligibility notice), Medicaid managed care (Chesapeake
  Bay Health Partners), Maryland; recurrent major depression, severe (F33.2), episode since 01/2025; PHQ-A 21 on
  11/10/2026; passive wish not to wake up, no plan; an inpatient admission 04/06-04/12/2026.
- TMS, 36 sessions **added to fluoxetine**, requested 11/19/2026, denied **11/24/2026** under MP-TMS-04 Section 3
  (last reviewed **06/2022**): "not FDA cleared for adolescents".
- The clinic's device was **cleared in March 2024 as an adjunct for major depressive disorder in patients aged 15 to
  21** (clinic's regulatory summary); he is 17 and fluoxetine continues, so the proposed use is the cleared use.
- The plan's own **2026 Member Handbook, Section 12** defines experimental by three tests - (a) not FDA approved or
  cleared, (b) not cleared for the use and age group, (c) given under a clinical trial's protocol - none is met
  (clearance; clearance for 15-21 as adjunct; consent says standard care, not research). The handbook also promises
  EPSDT for members under 21.
- **Rule and stage:** first plan appeal, pre-service; **60 days from the notice (42 CFR 438.402(c)(2)(ii)): by
  01/23/2027**; then a state fair hearing (120 days from the resolution, 438.408(f)(2)). **EPSDT** (42 USC
  1396d(r)(5)): for a Medicaid member under 21, necessary care to correct or ameliorate a condition. An expedited
  appeal may be asked (438.410) if his psychiatrist says waiting is harmful - no such statement is in the case.
- **Author:** his mother (parent of a minor), about "Jaylen"; no authorization needed.

## Deliberately unknown
- The clearance's 510(k) number and the device's brand: not in the case; a letter must not invent them.
- Whether the plan has adult TMS criteria it would apply next: not stated.
- Whether his psychiatrist will certify urgency: not in the case; a letter must not claim a physician certified it.

## Traps
- **Rule and document, not only medicine.** The winning point is the 2024 clearance for ages 15-21 as an adjunct,
  measured against the plan's own definition and its 2022 policy's stated reason; plus EPSDT. Not "off-label".
- **A decision's wrong statement:** "not FDA cleared for adolescents".
- **Stale documents:** MP-TMS-04 (reviewed 06/2022) predates the clearance; the 2023 school counselor letter belongs
  to the first episode.
- **Earlier-episode response:** escitalopram 2023 remission is not a failure or a current-episode trial.
- **Drug still taken:** fluoxetine continues (partial) and TMS is added to it; never "failed" or "stopped".
- **Intolerance:** aripiprazole 3 weeks, akathisia - not an adequate trial. **Sleep:** melatonin.
- **Suicidality:** passive now (11/10/2026); the plan-level ideation was at the April admission - history with its
  date, never "active" now; no attempt.
- **Other people:** the counselor letter's list (Marisa T., Kenji W.); his mother's date of birth on the
  eligibility notice is not his.
- **Wrong law:** no ERISA, no 45 CFR 147.136, no external review, no MHPAEA for the plan's rule (Medicaid managed
  care parity is 42 CFR 438.910 if at all), no "name and qualifications" duty.
- **Voice:** the mother writes about Jaylen ("my son"), never as the patient.

## Arguments a strong letter makes (strongest first)
1. The denial's stated ground is wrong: the device was cleared by the FDA in March 2024 as an adjunct for major
   depression in patients aged 15 to 21; Jaylen is 17 and TMS would be added to fluoxetine. None of the Handbook's
   three tests of "experimental" is met; MP-TMS-04's 2022 reason no longer holds.
2. EPSDT: for a Medicaid member under 21 the plan must cover care necessary to correct or ameliorate his condition
   (42 USC 1396d(r)(5)); its own handbook says so.
3. The clinical need: recurrent severe depression, sertraline failed, fluoxetine partial, aripiprazole not
   tolerated, an admission in April 2026, half-day school; ask a child and adolescent psychiatrist to review it.

## What a letter must NOT say
- "off-label"; "not FDA cleared" for his age; "investigational" conceded.
- "failed fluoxetine", "stopped fluoxetine", "instead of fluoxetine"; "failed escitalopram"; aripiprazole as an
  adequate trial; melatonin as a trial.
- "active suicidal ideation" now; "suicide attempt".
- "Marisa", "Kenji"; 10/14/1983 as his birth date.
- "ERISA", "45 CFR 147.136", "external review", "name and qualifications" as a duty; a 510(k) number.
'''

ANSWERS = [
    ("denial words", "It is not FDA cleared for adolescents.", "denial/notice-of-adverse-benefit-determination-2026-11-24.txt"),
    ("clearance", "as an adjunct for major depressive disorder in patients aged 15 to 21", "other/device-fda-clearance-summary.txt"),
    ("clearance date", "March 2024", "other/device-fda-clearance-summary.txt"),
    ("policy age", "last reviewed 06/2022", "other/mp-tms-04-policy-2022.txt"),
    ("definition test b", "not approved or cleared for the use and age group for which it is proposed", "other/member-handbook-2026-section-12-excerpt.txt"),
    ("not research", "It is not research, and Jaylen is not enrolled in any clinical trial.", "other/tms-treatment-consent-2026-11-12.txt"),
    ("EPSDT in handbook", "as required by the EPSDT benefit", "other/member-handbook-2026-section-12-excerpt.txt"),
    ("birth date", "Jaylen Okonkwo-Price, date of birth 05/22/2009", "other/medicaid-eligibility-notice-2026-01-05.txt"),
    ("appeal window", "60 days from the date of this notice", "denial/notice-of-adverse-benefit-determination-2026-11-24.txt"),
    ("deadline", "by 01/23/2027", "truth"),
    ("still taken", "fluoxetine 40 mg daily since 08/2025, partial response, continued", "clinical/child-psychiatry-note-2026-11-10.txt"),
    ("failed", "sertraline up to 150 mg 02/03/2025-07/14/2025 (23 weeks, 12 at 150 mg), no response", "clinical/child-psychiatry-note-2026-11-10.txt"),
    ("intolerance", "stopped 05/25/2026 for akathisia", "clinical/child-psychiatry-note-2026-11-10.txt"),
    ("earlier episode", "escitalopram 10 mg, full remission by 12/2023", "clinical/child-psychiatry-note-2026-11-10.txt"),
    ("suicidality now", "Passive wish not to wake up; no plan, no intent", "clinical/child-psychiatry-note-2026-11-10.txt"),
    ("other people", "Marisa T., Kenji W.", "other/school-counselor-letter-2023.txt"),
]
