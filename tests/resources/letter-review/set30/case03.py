"""Case 03 (FICTIONAL): separate CHIP, PRTF admission denied under a residential-school exclusion; state review."""

SLUG = "separate-chip-prtf-residential-school-exclusion-state-review-child-psychiatrist"

CASE_YAML = r'''
# FICTIONAL CASE (set 30, case 03) - every person, plan, provider, number and address is invented.
# Separate CHIP (not Medicaid), managed care, Arizona. Noemi Castellanos-Burke, 14, needs psychiatric residential
# treatment after two hospital stays and an overdose. The plan denied admission to Cedar Hollow Behavioral Health
# Center, a state-licensed psychiatric residential treatment facility (PRTF), as a "residential school" excluded by
# Member Handbook Section 10(m); its own Section 6.4 covers PRTF services with prior approval. The plan upheld on
# 11/05/2026; her treating child and adolescent psychiatrist asks for the state's review, with her mother's consent.
patient:
  name: Noemi Castellanos-Burke
  salutation: Noemi
  date_of_birth: 2012-03-19
  member_id: FICT-DBK-33817204-02
  address: |-
    4127 East Pueblo Avenue
    Mesa, AZ 85206
  phone: (480) 555-0117
insurer:
  name: Desert Bloom Kids CHIP Health Plan (FICTIONAL)
  appeals_address: |-
    Desert Bloom Kids - Member Appeals (address FICTIONAL)
    PO Box 52291
    Phoenix, AZ 85072
  fax: (602) 555-0163
claim:
  number: DBK-PA-26-0922-11846
  plan_type: chip
  delivery: managed_care
  notice_date: 2026-09-29
  setting: residential
  pending_services: [admission to psychiatric residential treatment, expected 60 to 90 days]
  diagnosis_codes: [F33.2, F43.10]
  denial_reason: >-
    Your request for admission to Cedar Hollow Behavioral Health Center is denied. Cedar Hollow is a residential
    school. Residential schools, therapeutic boarding schools and wilderness programs are not covered (Member
    Handbook, Section 10(m)). We did not review medical necessity because the service is not a covered benefit.
  denial_category: not_covered
  denial_reasons: [not_covered]
  action: none
decisions:
  - date: 2026-11-05
    outcome: denied
    stage: plan appeal
    opens: state review
    next_deadline: 2027-03-05
    reason: >-
      We upheld our decision. The requested facility operates Cedar Hollow Academy, a residential school. Member
      Handbook Section 10(m) excludes residential schools even if they offer counseling.
    corrections:
      - said: The requested facility operates Cedar Hollow Academy, a residential school.
        record: >-
          Cedar Hollow Behavioral Health Center is licensed by the state as a psychiatric residential treatment
          facility for members under 21 (license PRTF-0419), directed by a child and adolescent psychiatrist; the
          Academy is its on-site school, which residents attend because they are of school age, not the service
          requested.
        file: other/cedar-hollow-prtf-license-and-program-2026.txt
        page: 1
external_review:
  agency: Arizona CHIP State Review Unit (FICTIONAL office)
  address: |-
    CHIP State Review Unit (address FICTIONAL)
    PO Box 25520
    Phoenix, AZ 85002
  final_denial_date: 2026-11-05
plan_policy:
  name: Desert Bloom Kids 2026 Member Handbook, Section 10 (What is not covered)
  quote: >-
    (m) Residential schools, therapeutic boarding schools, wilderness programs and other educational or recreational
    programs, even if they offer counseling.
  file: other/member-handbook-2026-excerpt.txt
  other_terms: >-
    Section 6.4 Behavioral health services. Covered: ... Psychiatric residential treatment facility (PRTF) services
    for members under 21, with prior approval.
  other_terms_file: other/member-handbook-2026-excerpt.txt
  other_terms_apply: >-
    Cedar Hollow is a licensed psychiatric residential treatment facility, the very service Section 6.4 covers with
    prior approval; prior approval is what was asked on 09/22/2026, so the request is for a covered benefit and
    10(m), which names schools and recreational programs, is not the term that governs it.
  exclusion:
    name: Member Handbook Section 10(m)
    reaches: false
    why: >-
      Cedar Hollow Behavioral Health Center is a state-licensed psychiatric residential treatment facility (license
      PRTF-0419), physician-directed, giving psychiatric treatment 24 hours a day; it is not a school, boarding school
      or wilderness program. Its on-site school is the schooling every resident of school age must receive.
    file: other/cedar-hollow-prtf-license-and-program-2026.txt
prior_auth:
  requested_on: 2026-09-22
treatment:
  name: Psychiatric residential treatment facility (PRTF) admission, Cedar Hollow Behavioral Health Center
  summary: >-
    Residential psychiatric treatment for a 14-year-old with recurrent severe depression and PTSD after two
    psychiatric hospital stays in 2026 and an overdose on 08/02/2026.
  plan: >-
    Admission to Cedar Hollow's adolescent PRTF unit, expected 60 to 90 days: trauma-focused therapy, DBT skills,
    family therapy weekly, medication management by the unit psychiatrist; discharge to intensive outpatient care.
clinical:
  severity: PHQ-A 22 on 11/18/2026; two psychiatric admissions in 2026 (03/09-03/20 and 08/02-08/14)
  severity_date: 2026-11-18
  suicidality: attempt
  suicidality_date: 2026-08-02
  response: No lasting response to IOP and in-home therapy since 08/2026 (PHQ-A 24 to 22)
  response_level: none
  history:
    - drug: Fluoxetine
      dose: 40 mg daily
      start: 2025-11
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued
      evidence: {file: clinical/psychiatric-summary-2026-11-18.txt, page: 1}
    - drug: Sertraline
      dose: 50 mg daily
      start: 2025-08
      end: 2025-09
      weeks: 3
      kind: antidepressant
      adequate: false
      outcome: Stopped after 3 weeks for agitation and insomnia (intolerance, not an adequate trial)
      evidence: {file: clinical/psychiatric-summary-2026-11-18.txt, page: 1}
    - drug: Hydroxyzine
      dose: 25 mg at bedtime for sleep
      start: 2026-03
      ongoing: true
      kind: other
      outcome: Sleep aid only; not an antidepressant trial
      evidence: {file: clinical/psychiatric-summary-2026-11-18.txt, page: 1}
    - drug: Intensive outpatient program, then in-home family therapy
      dose: IOP 3 days a week 08/17-10/16/2026 (27 program days); in-home therapy weekly since 10/2026
      start: 2026-08
      ongoing: true
      sessions: 27
      adequate: true
      kind: psychotherapy
      outcome: No lasting response; self-harm continued
      evidence: {file: clinical/psychiatric-summary-2026-11-18.txt, page: 1}
    - drug: Cognitive behavioral therapy (at age 10, for anxiety)
      dose: 14 weekly sessions
      start: 2022-01
      end: 2022-04
      sessions: 14
      kind: psychotherapy
      response: response
      outcome: Response of the 2022 anxiety episode (earlier episode, not a failed treatment)
      evidence: {file: clinical/psychiatric-summary-2026-11-18.txt, page: 1}
impact:
  hospitalizations: Psychiatric hospital stays 03/09-03/20/2026 and 08/02-08/14/2026 (after an overdose)
  daily_life: Out of school since 10/2026 on medical homebound instruction
author:
  name: Tobias Lindqvist-Amari
  role: Treating child and adolescent psychiatrist
  relation: physician
  authorization: other/parent-consent-2026-11-12.txt
  address: |-
    East Valley Child and Family Psychiatry (FICTIONAL), 1640 South Stapley Drive, Suite 208
    Mesa, AZ 85204
  phone: (480) 555-0145
  email: t.lindqvist@evcfp.example
provider:
  name: Tobias Lindqvist-Amari
  credentials: MD
  npi: "1433966029"
  address: |-
    East Valley Child and Family Psychiatry (FICTIONAL), 1640 South Stapley Drive, Suite 208
    Mesa, AZ 85204
  phone: (480) 555-0145
record_dates:
  - file: clinical/psychiatric-summary-2026-11-18.txt
    date: 2026-11-18
template: external-review-request
bates_prefix: CASTELLANOS
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''

DOCS = {
    "denial/notice-of-adverse-benefit-determination-2026-09-29.txt": """
DESERT BLOOM KIDS CHIP HEALTH PLAN (FICTIONAL) - NOTICE OF ADVERSE BENEFIT DETERMINATION   Date: 09/29/2026
Member: Noemi Castellanos-Burke (age 14)   Member ID FICT-DBK-33817204-02   Request: DBK-PA-26-0922-11846
Page 1 of 1

Request received 09/22/2026 from Tobias Lindqvist-Amari, MD: admission to Cedar Hollow Behavioral Health Center.
Decision: Your request for admission to Cedar Hollow Behavioral Health Center is denied. Cedar Hollow is a residential
school. Residential schools, therapeutic boarding schools and wilderness programs are not covered (Member Handbook,
Section 10(m)). We did not review medical necessity because the service is not a covered benefit.
You may appeal to the plan within 60 days of the date of this notice.
""",
    "denial/notice-of-appeal-resolution-2026-11-05.txt": """
DESERT BLOOM KIDS CHIP HEALTH PLAN (FICTIONAL) - NOTICE OF APPEAL RESOLUTION              Date: 11/05/2026
Member: Noemi Castellanos-Burke   Member ID FICT-DBK-33817204-02   Appeal: DBK-AP-26-1015-0772
Page 1 of 1

Appeal received 10/15/2026 from the member's mother.
Decision: We upheld our decision. The requested facility operates Cedar Hollow Academy, a residential school. Member
Handbook Section 10(m) excludes residential schools even if they offer counseling.
Reviewed by: appeals coordinator and plan medical director (pediatrics).

STATE REVIEW: If you disagree, you or someone you authorize may ask for a State Review of this decision within
120 days of the date of this notice. Write to the CHIP State Review Unit, PO Box 25520, Phoenix, AZ 85002.
""",
    "clinical/psychiatric-summary-2026-11-18.txt": """
EAST VALLEY CHILD AND FAMILY PSYCHIATRY (FICTIONAL) - PSYCHIATRIC SUMMARY           Date: 11/18/2026
Patient: Noemi Castellanos-Burke   DOB 03/19/2012   Psychiatrist: Tobias Lindqvist-Amari, MD (NPI 1433966029)
Page 1 of 1

Diagnoses: major depressive disorder, recurrent, severe without psychotic features (F33.2); post-traumatic stress
disorder (F43.10).
Hospital stays: 03/09-03/20/2026 (suicidal ideation with a plan); 08/02-08/14/2026 after an overdose of her
mother's medication on 08/02/2026 (suicide attempt).
Since 08/2026: IOP three days a week 08/17-10/16/2026, then weekly in-home family therapy; self-cutting continues
about twice a week. Out of school since 10/2026 (medical homebound instruction). PHQ-A 24 in 08/2026; 22 today.
Passive thoughts of death this month, no plan; safety plan in place; medications locked.
Medication: fluoxetine 40 mg daily since 11/2025, partial response, continued; sertraline 50 mg 08-09/2025 stopped
after 3 weeks for agitation and insomnia; hydroxyzine 25 mg at bedtime for sleep since 03/2026.
Earlier: CBT at age 10 (01-04/2022, 14 sessions) for anxiety, with a good response.
Recommendation: psychiatric residential treatment (PRTF); Cedar Hollow has accepted her and holds a bed.
""",
    "other/member-handbook-2026-excerpt.txt": """
DESERT BLOOM KIDS CHIP HEALTH PLAN (FICTIONAL) - 2026 MEMBER HANDBOOK (excerpt)
Page 1 of 1 (handbook pages 22 and 41)

Section 6.4 Behavioral health services. Covered: outpatient therapy; intensive outpatient and partial
hospitalization programs; inpatient psychiatric care; Psychiatric residential treatment facility (PRTF) services
for members under 21, with prior approval.

Section 10 What is not covered.
(m) Residential schools, therapeutic boarding schools, wilderness programs and other educational or recreational
programs, even if they offer counseling.
""",
    "other/cedar-hollow-prtf-license-and-program-2026.txt": """
CEDAR HOLLOW BEHAVIORAL HEALTH CENTER (FICTIONAL) - LICENSE AND PROGRAM DESCRIPTION
Page 1 of 1

State license: Psychiatric Residential Treatment Facility for individuals under 21, license PRTF-0419, valid
01/01/2026-12/31/2026 (issued by the state's behavioral health licensing office; FICTIONAL number).
Medical director: a board-certified child and adolescent psychiatrist. Nursing on site 24 hours a day.
Treatment: individual trauma-focused therapy, DBT skills groups, weekly family therapy, medication management.
Education: residents of school age attend Cedar Hollow Academy, the on-site school, as state law requires for
children in residential treatment; the Academy is not billed to health plans.
Network status: in network with Desert Bloom Kids CHIP Health Plan for PRTF services (contract 2026).
""",
    "other/cedar-hollow-academy-enrollment-form-2026.txt": """
CEDAR HOLLOW ACADEMY (FICTIONAL) - STUDENT ENROLLMENT FORM (residential campus)
Student: Noemi Castellanos-Burke   Grade 9   Entry date: pending admission
Page 1 of 1
"Cedar Hollow Academy is the accredited school of a residential campus." (Form for the school's own records.)
""",
    "other/prtf-bed-board-2026-11-20.txt": """
CEDAR HOLLOW BEHAVIORAL HEALTH CENTER (FICTIONAL) - ADOLESCENT UNIT BED BOARD, 11/20/2026
Page 1 of 1

Bed 4   N. Castellanos-Burke   accepted 10/02/2026; bed held through 12/18/2026 pending payer
Bed 6   J.W.                   admitted 11/16/2026 (another resident)
""",
    "other/parent-consent-2026-11-12.txt": """
CONSENT OF PARENT
I, Graciela Castellanos-Burke, mother of Noemi Castellanos-Burke (DOB 03/19/2012, Member ID FICT-DBK-33817204-02),
consent to Dr. Tobias Lindqvist-Amari asking for a State Review of Desert Bloom Kids' decision on her behalf, and to
the release of her records for it.
Signed: Graciela Castellanos-Burke      Date: 11/12/2026
Page 1 of 1
""",
}

TRUTH = r'''
# 03 - Separate CHIP: PRTF admission denied as a "residential school"; state review by the child psychiatrist (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Noemi Castellanos-Burke, **14** (DOB 03/19/2012), Mesa, AZ, is enrolled in **Desert Bloom Kids**, a managed-care
  plan of the state's **separate CHIP** (not Medicaid).
- Her psychiatrist asked on **09/22/2026** for prior approval of admission to **Cedar Hollow Behavioral Health
  Center**, a **state-licensed psychiatric residential treatment facility (license PRTF-0419)** in the plan's network.
  The plan denied it on **09/29/2026** as a "residential school" under **Member Handbook Section 10(m)**, saying it
  "did not review medical necessity". The plan appeal (filed by her mother 10/15) was **upheld 11/05/2026**
  ("operates Cedar Hollow Academy, a residential school").
- The plan's own **2026 Member Handbook Section 6.4** covers "Psychiatric residential treatment facility (PRTF)
  services for members under 21, with prior approval". Section 10(m) names "residential schools, therapeutic boarding
  schools, wilderness programs and other educational or recreational programs".
- The Academy is the facility's on-site school for residents of school age; it is not billed to health plans.
- Clinical: F33.2 and F43.10; hospital stays 03/09-03/20 and 08/02-08/14/2026; **suicide attempt (overdose)
  08/02/2026**; IOP 08/17-10/16/2026 then in-home therapy, self-cutting continues; PHQ-A 22 on 11/18/2026; passive
  thoughts of death in November, no plan. Cedar Hollow holds a bed through 12/18/2026.
- **Stage and rule:** the state's review of a separate CHIP plan's decision, 42 CFR 457.1130(b) (with 457.1260
  applying the managed-care appeal rules); the notice of resolution gives **120 days from 11/05/2026: by
  03/05/2027**.
- **Author:** the treating **child and adolescent psychiatrist** (MD), with the mother's written consent; he writes
  "I" as her psychiatrist and about "Noemi".

## Deliberately unknown
- Whether the state's review can be expedited and how fast it decides: not in the case; a letter may ask for a prompt
  decision (the bed is held only to 12/18), not cite a time.
- Whether the plan's medical-necessity criteria for PRTF care are met: the plan never reviewed them; a letter may
  show the clinical picture and ask that, once the exclusion is set aside, necessity be decided promptly; it must not
  claim the plan found necessity.
- The plan's PRTF criteria themselves: not in the case (no policy enclosed).

## Traps
- **Plan document first.** The winning point is the handbook's **Section 6.4**, which covers PRTF services with prior
  approval, and that Cedar Hollow **is a licensed PRTF**, not a school; 10(m) does not reach it. Not a request for an
  exception to an exclusion, and not a concession that 10(m) applies.
- **A decision's stated fact the record contradicts:** "operates Cedar Hollow Academy, a residential school" - the
  license and program description; the **Academy enrollment form** is the misleading document the plan read.
- **Wrong law (the big one): CHIP is not Medicaid.** No **EPSDT** (42 USC 1396d(r)(5)), no "state fair hearing", no
  continued benefits (438.420), no Medicaid parity rule (438.910), no ERISA or 45 CFR 147.136, no "Medicaid".
- **Drugs:** fluoxetine continues with a partial response (never "failed"/"stopped"); sertraline 3 weeks is an
  **intolerance**, not an adequate trial; hydroxyzine is a sleep aid; CBT at age 10 brought a **response** in an earlier
  episode (never a failure). IOP and in-home therapy are programs/psychotherapy, not drug trials.
- **Suicidality:** the attempt was **08/02/2026** (more than 90 days before the letter: history with its date);
  November: passive thoughts, no plan - never "active suicidal ideation with a plan" now.
- **Other person on a document:** the bed board lists **J.W.**, another resident.
- **Voice:** a physician writing about "Noemi"; never the mother's or Noemi's "I".

## Arguments a strong letter makes (strongest first)
1. The plan's own **Member Handbook Section 6.4** covers **PRTF services for members under 21 with prior approval**;
   Cedar Hollow is a **state-licensed PRTF** (PRTF-0419) in the plan's network, and prior approval was asked on
   09/22/2026. The request is for a covered benefit.
2. **Section 10(m) does not reach it:** it names schools, boarding schools, wilderness and recreational programs; a
   licensed, physician-directed PRTF is none of these. The on-site school is schooling residents must receive and is
   not billed. Correct the decision's "residential school" statement (license, program description).
3. Ask the state to reverse the exclusion ground and direct the plan to decide the admission on its clinical merits
   promptly (attempt 08/02/2026, two admissions, no lasting response to IOP and in-home care; the bed is held to
   12/18/2026).

## What a letter must NOT say
- "EPSDT", "1396d", "Medicaid", "fair hearing", "438.420", "438.910", "ERISA", "147.136".
- "Cedar Hollow is a residential school"; "an exception to Section 10(m)" as the main ask; "10(m) applies".
- "the plan found her care medically necessary"; "failed sertraline"; "failed fluoxetine"; hydroxyzine as a trial;
  CBT as a failure.
- "active suicidal ideation" or "a plan" as of now; "J.W." as a patient of this case.
'''

ANSWERS = [
    ("other/member-handbook-2026-excerpt.txt", "Psychiatric residential treatment facility (PRTF) services for members under 21, with prior approval."),
    ("other/member-handbook-2026-excerpt.txt", "(m) Residential schools, therapeutic boarding schools, wilderness programs"),
    ("other/cedar-hollow-prtf-license-and-program-2026.txt", "license PRTF-0419"),
    ("other/cedar-hollow-prtf-license-and-program-2026.txt", "the Academy is not billed to health plans"),
    ("denial/notice-of-appeal-resolution-2026-11-05.txt", "operates Cedar Hollow Academy, a residential school"),
    ("denial/notice-of-appeal-resolution-2026-11-05.txt", "within 120 days of the date of this notice"),
    ("denial/notice-of-adverse-benefit-determination-2026-09-29.txt", "We did not review medical necessity"),
    ("clinical/psychiatric-summary-2026-11-18.txt", "after an overdose of her mother's medication on 08/02/2026 (suicide attempt)"),
    ("clinical/psychiatric-summary-2026-11-18.txt", "sertraline 50 mg 08-09/2025 stopped after 3 weeks for agitation and insomnia"),
    ("clinical/psychiatric-summary-2026-11-18.txt", "fluoxetine 40 mg daily since 11/2025, partial response, continued"),
    ("clinical/psychiatric-summary-2026-11-18.txt", "Passive thoughts of death this month, no plan"),
    ("other/prtf-bed-board-2026-11-20.txt", "bed held through 12/18/2026"),
    ("other/prtf-bed-board-2026-11-20.txt", "J.W."),
    ("other/cedar-hollow-academy-enrollment-form-2026.txt", "accredited school of a residential campus"),
    ("case.yaml", "next_deadline: 2027-03-05"),
    ("truth", "457.1130(b)"),
]
