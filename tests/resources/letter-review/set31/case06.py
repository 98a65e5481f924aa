SLUG = "06-self-funded-erisa-emdr-for-ptsd-judged-under-depression-section-second-level-adult-daughter"

CASE_YAML = r'''
# FICTIONAL CASE (set 31, case 06) - every person, plan, provider, number and address is invented.
# Self-funded employer plan (ERISA), Ohio. Sandra Kowalczyk-Reyes, 58, has chronic PTSD after a 2025 robbery at
# the bank branch she manages, with recurrent depression. Her therapist gives weekly EMDR psychotherapy (90837). The
# plan denied 8 sessions as experimental (CO-55) and the first-level appeal was upheld on 10/22/2026 under Section 4
# of its policy BH-PSY-12 ("EMDR for depression: unproven") because F33.1 was listed first on the claim. Section 2 of
# the same policy lists EMDR as proven and covered for PTSD, which the records show it treats. Her daughter, an
# authorized representative, writes the second-level appeal.
patient:
  name: Sandra Kowalczyk-Reyes
  salutation: Ms. Kowalczyk-Reyes
  date_of_birth: 1968-06-02
  member_id: FICT-MVB-661204598
  address: |-
    3315 Brookpark Road
    Parma, OH 44134
  phone: (216) 555-0124
insurer:
  name: Miami Valley Bancorp Employee Health Plan (FICTIONAL self-funded plan), claims administered by Cardinal Benefit Administrators (FICTIONAL)
  appeals_address: |-
    Cardinal Benefit Administrators - Second Level Appeals (address FICTIONAL)
    PO Box 36077
    Columbus, OH 43236
  fax: (614) 555-0179
claim:
  number: CBA-26-0902-418830
  plan_type: employer_erisa
  funding: self_funded
  notice_date: 2026-09-02
  stage: second level
  service_dates: [2026-07-08, 2026-07-15, 2026-07-22, 2026-07-29, 2026-08-05, 2026-08-12, 2026-08-19, 2026-08-26]
  sessions: 8
  pending_services: [about 8 further weekly EMDR sessions]
  setting: outpatient
  procedure_codes: [90837]
  diagnosis_codes: [F43.12, F33.1]
  carc_codes: [CO-55]
  denial_reason: >-
    Eye movement desensitization and reprocessing (EMDR) is considered experimental/investigational for the
    diagnosis billed under Clinical Policy BH-PSY-12. (CARC 55)
  denial_category: experimental_investigational
  action: none
decisions:
  - date: 2026-10-22
    outcome: denied
    stage: first level
    opens: second level
    next_deadline: 2026-12-21
    reason: >-
      The primary diagnosis billed is F33.1, major depressive disorder. Under Clinical Policy BH-PSY-12, Section 4,
      EMDR for depressive disorders is unproven and not covered. The denial is upheld.
    corrections:
      - said: "The primary diagnosis billed is F33.1, major depressive disorder."
        record: "The EMDR sessions treat chronic PTSD (F43.12), which is on the same claim and is the focus of every session note and of the treatment plan; F33.1 was listed first by the office's billing order, not because EMDR targets depression."
        file: clinical/emdr-treatment-plan-and-progress-2026-09-30.txt
        page: 1
plan_policy:
  name: Cardinal Benefit Administrators Clinical Policy BH-PSY-12, "Psychotherapy modalities" (2026)
  number: BH-PSY-12
  quote: >-
    Section 2. Proven and covered: eye movement desensitization and reprocessing (EMDR) for the treatment of
    post-traumatic stress disorder (F43.1x), when given by a licensed clinician trained in EMDR. Section 4. Unproven
    and not covered: EMDR for depressive disorders, anxiety disorders other than PTSD, and other conditions.
  file: other/clinical-policy-bh-psy-12-2026.txt
  section:
    applied: Section 4 (EMDR for depressive disorders)
    requested: Section 2
    use: EMDR for post-traumatic stress disorder (F43.12)
    proof: [clinical/emdr-treatment-plan-and-progress-2026-09-30.txt, other/original-claim-form-2026-08-28.txt]
payer_criteria:
  - criterion: "Section 2: EMDR for the treatment of post-traumatic stress disorder (F43.1x)"
    how_met: Chronic PTSD (F43.12) after a workplace robbery on 02/11/2025, diagnosed with the CAPS-5; every EMDR session targets the robbery memories
    met: true
    evidence: {file: clinical/emdr-treatment-plan-and-progress-2026-09-30.txt, page: 1}
  - criterion: "Section 2: given by a licensed clinician trained in EMDR"
    how_met: Licensed professional clinical counselor (Ohio LPCC) with EMDR basic training completed 2019 and certification 2022
    met: true
    evidence: {file: clinical/emdr-treatment-plan-and-progress-2026-09-30.txt, page: 1}
treatment:
  name: EMDR psychotherapy for chronic PTSD, weekly 60-minute sessions (90837)
  summary: >-
    Weekly EMDR for chronic PTSD after a workplace robbery; PCL-5 fell from 58 to 31 over the 8 denied sessions.
clinical:
  severity: PCL-5 58 and PHQ-9 16 on 07/08/2026; PCL-5 31 and PHQ-9 9 on 09/23/2026
  severity_date: 2026-09-23
  suicidality: none
  suicidality_date: 2026-09-23
  response: PCL-5 58 (07/08/2026) to 31 (09/23/2026)
  response_level: partial
  history:
    - drug: Citalopram with CBT
      dose: 20 mg daily, with 16 CBT sessions
      start: 2015-03
      end: 2016-01
      kind: antidepressant
      response: remission
      outcome: Remission of the 2015 depressive episode (an earlier episode, not a failed trial)
      evidence: {file: clinical/emdr-treatment-plan-and-progress-2026-09-30.txt, page: 1}
    - drug: Sertraline
      dose: 150 mg daily
      start: 2025-04
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued alongside EMDR
      evidence: {file: clinical/emdr-treatment-plan-and-progress-2026-09-30.txt, page: 1}
    - drug: Prazosin
      dose: 2 mg at bedtime for nightmares
      start: 2025-06
      ongoing: true
      kind: other
      outcome: For trauma nightmares; not an antidepressant trial
      evidence: {file: clinical/emdr-treatment-plan-and-progress-2026-09-30.txt, page: 1}
    - drug: Cognitive processing therapy
      dose: 10 sessions
      start: 2025-05
      end: 2025-08
      kind: psychotherapy
      sessions: 10
      adequate: true
      response: partial
      outcome: Partial response; stopped when avoidance kept her from the written work
      evidence: {file: clinical/emdr-treatment-plan-and-progress-2026-09-30.txt, page: 1}
impact:
  work: On reduced hours (24 a week) since 03/2025; cannot open the branch alone
author:
  name: Teresa Kowalczyk-Reyes
  role: Daughter of the member, authorized representative
  relation: representative
  authorization: other/authorized-representative-form-2026-09-15.txt
  address: |-
    1780 West 65th Street, Apt 3
    Cleveland, OH 44102
  phone: (216) 555-0153
  email: teresa.kr@mail.example
provider:
  name: Gideon Marsh-Abubakar
  credentials: MA, LPCC (EMDR certified)
  npi: "1511287439"
  address: |-
    Lakewood Trauma Counseling (FICTIONAL), 14900 Detroit Avenue, Suite 210
    Lakewood, OH 44107
  phone: (216) 555-0166
employer:
  name: Miami Valley Bancorp (FICTIONAL), Benefits Office
  address: |-
    Miami Valley Bancorp - Benefits Office (FICTIONAL)
    100 Main Street
    Dayton, OH 45402
record_dates:
  - file: clinical/emdr-treatment-plan-and-progress-2026-09-30.txt
    date: 2026-09-30
bates_prefix: KOWALCZYKREYES
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''

DOCS = {
"denial/explanation-of-benefits-2026-09-02.txt": """
CARDINAL BENEFIT ADMINISTRATORS (FICTIONAL) for MIAMI VALLEY BANCORP EMPLOYEE HEALTH PLAN (self-funded)
EXPLANATION OF BENEFITS                                                           Date: 09/02/2026
Member: Sandra Kowalczyk-Reyes   ID FICT-MVB-661204598   Claim CBA-26-0902-418830
Provider: Gideon Marsh-Abubakar, MA, LPCC (in network)
Page 1 of 1
07/08, 07/15, 07/22, 07/29, 08/05, 08/12, 08/19, 08/26/2026   90837   8 sessions   billed $1,360.00   paid $0.00
Remark: Eye movement desensitization and reprocessing (EMDR) is considered experimental/investigational for the
diagnosis billed under Clinical Policy BH-PSY-12. (CARC 55)
You may appeal within 180 days. The plan has two levels of internal appeal.
""",
"denial/first-level-appeal-decision-2026-10-22.txt": """
CARDINAL BENEFIT ADMINISTRATORS (FICTIONAL) - FIRST LEVEL APPEAL DECISION                 Date: 10/22/2026
To: Teresa Kowalczyk-Reyes, authorized representative of Sandra Kowalczyk-Reyes   Claim CBA-26-0902-418830
Page 1 of 1
The primary diagnosis billed is F33.1, major depressive disorder. Under Clinical Policy BH-PSY-12, Section 4,
EMDR for depressive disorders is unproven and not covered. The denial is upheld.
Reviewer: Alan Whitcombe, MD, family medicine.
SECOND LEVEL: You may ask for a second-level appeal within 60 days of this decision. After the plan's final
decision you may ask for external review by an independent review organization within 4 months.
You may ask for copies of all documents relevant to your claim free of charge.
""",
"other/clinical-policy-bh-psy-12-2026.txt": """
CARDINAL BENEFIT ADMINISTRATORS (FICTIONAL) - CLINICAL POLICY BH-PSY-12, PSYCHOTHERAPY MODALITIES
Effective 01/01/2026 (replaces the 2023 version)                                        Page 1 of 2
Section 2. Proven and covered: eye movement desensitization and reprocessing (EMDR) for the treatment of
post-traumatic stress disorder (F43.1x), when given by a licensed clinician trained in EMDR.
Section 3. Proven and covered: cognitive processing therapy and prolonged exposure for PTSD.
Section 4. Unproven and not covered: EMDR for depressive disorders, anxiety disorders other than PTSD, and other
conditions.
""",
"other/clinical-policy-bh-psy-12-2023.txt": """
CARDINAL BENEFIT ADMINISTRATORS (FICTIONAL) - CLINICAL POLICY BH-PSY-12 (2023 version, superseded 01/01/2026)
Page 1 of 1
Section 4. Unproven: EMDR for all conditions.
""",
"other/original-claim-form-2026-08-28.txt": """
CLAIM FORM (CMS-1500 content, FICTIONAL copy) - Lakewood Trauma Counseling      Sent 08/28/2026
Patient: Sandra Kowalczyk-Reyes   ID FICT-MVB-661204598
Page 1 of 1
Box 21 diagnoses: A. F33.1   B. F43.12
Lines 1-8: 90837, dates 07/08-08/26/2026, diagnosis pointer "AB".
""",
"other/authorized-representative-form-2026-09-15.txt": """
CARDINAL BENEFIT ADMINISTRATORS (FICTIONAL) - AUTHORIZED REPRESENTATIVE DESIGNATION        09/15/2026
Member: Sandra Kowalczyk-Reyes   ID FICT-MVB-661204598
I designate my daughter, Teresa Kowalczyk-Reyes, to act for me in all appeals of claim CBA-26-0902-418830 and related
claims, including external review.   Signed: Sandra Kowalczyk-Reyes
""",
"clinical/emdr-treatment-plan-and-progress-2026-09-30.txt": """
LAKEWOOD TRAUMA COUNSELING (FICTIONAL)
EMDR TREATMENT PLAN AND PROGRESS SUMMARY                                      Date: 09/30/2026
Client: Sandra Kowalczyk-Reyes   DOB 06/02/1968   Therapist: Gideon Marsh-Abubakar, MA, LPCC (NPI 1511287439)
Page 1 of 1
Diagnoses: post-traumatic stress disorder, chronic (F43.12), after an armed robbery at her branch on 02/11/2025
(CAPS-5 at intake, 06/2026); major depressive disorder, recurrent, moderate (F33.1).
Therapist: Ohio LPCC; EMDR basic training 2019, EMDR certification 2022.
Treatment: weekly EMDR (90837), 8 phases; targets: the robbery, the drive to the branch, the vault door. Sessions
07/08-09/23/2026 (12); about 8 more planned.
Course: PCL-5 58 (07/08/2026) to 31 (09/23/2026); PHQ-9 16 to 9. No suicidal ideation at any session.
Before EMDR: cognitive processing therapy, 10 sessions 05/2025-08/2025, partial response, stopped when avoidance
kept her from the written work.
Medication (primary care): sertraline 150 mg since 04/2025, partial response, continued; prazosin 2 mg at bedtime for
nightmares since 06/2025. Past: citalopram 20 mg with 16 CBT sessions 03/2015-01/2016, remission of the 2015
depressive episode.
Work: reduced to 24 hours a week since 03/2025; cannot open the branch alone.
""",
}

TRUTH = """# 06 - Self-funded ERISA plan: EMDR for PTSD judged under the policy's depression section; second level by the adult daughter (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Sandra Kowalczyk-Reyes, **58**, Parma, OH, is covered by her employer's **self-funded ERISA plan** (Miami Valley Bancorp;
  administrator Cardinal Benefit Administrators). She has **chronic PTSD (F43.12)** after an armed robbery at her branch
  on 02/11/2025, with recurrent depression (F33.1).
- Her in-network LPCC (EMDR certified) gives weekly **EMDR (90837)**. The plan denied **8 sessions (07/08-08/26/2026)** on
  **09/02/2026** (CO-55, experimental "for the diagnosis billed"). The **first-level decision of 10/22/2026** upheld under
  **BH-PSY-12 Section 4** (EMDR for depression: unproven) because **F33.1 was listed first** on the claim.
- The same policy's **Section 2** lists **EMDR for PTSD (F43.1x)** as **proven and covered** when given by a licensed
  clinician trained in EMDR. The claim carried **F43.12** (pointer "AB"); every record shows EMDR treats the PTSD.
- PCL-5 58 -> 31, PHQ-9 16 -> 9. About 8 sessions remain.
- **Stage and rule:** **second-level** internal appeal of an ERISA plan, 29 CFR 2560.503-1; **60 days from 10/22/2026:
  by 12/21/2026** (the decision's own words). Post-service. After the final internal decision: **external review**
  under **29 CFR 2590.715-2719** (self-funded), 4 months; an experimental denial is eligible. The reviewer at level 1
  was a family physician. ERISA gives the right to the documents relevant to the claim and to the names of experts
  consulted ((h)(3)(iv)).
- **Author:** her daughter, authorized representative (plan form of 09/15/2026): "my mother".

## Deliberately unknown
- Whether the plan's medical policy or the SPD governs where they differ: not in the case.
- Whether the office will send a corrected claim with F43.12 first: not in the case; a letter may offer it, not say
  it was sent.
- Whether the plan gives its administrator discretion: not in the case; no contra proferentem as law.

## Traps
- **Plan document, not evidence.** The winning point is **BH-PSY-12 Section 2**: EMDR for PTSD is proven and covered;
  the denial applied **Section 4** (depression). No need to argue EMDR's evidence base or attack the policy.
- **A decision's stated fact the record contradicts:** "The primary diagnosis billed is F33.1" - true of the order
  on the form, but the claim also carried F43.12 and the care treats PTSD. The letter must not say the claim was
  coded wrong nor that F33.1 was not billed; it says the order does not change what the care treats.
- **Stale document:** the **2023 BH-PSY-12** (EMDR unproven for all conditions) was superseded 01/01/2026.
- **Sertraline continues** with a partial response (never "failed"/"stopped"); **prazosin** is for nightmares, not a
  trial; **citalopram + CBT 2015** brought remission of an earlier episode; **CPT** is psychotherapy (partial
  response), not a drug trial.
- **Suicidality:** none; no risk paragraph.
- **Stage:** a **second-level** appeal that answers the **10/22/2026** decision and says so; not a first appeal.
- **Law:** ERISA is right here; external review by the **federal route, 29 CFR 2590.715-2719** (not a state insurance
  department, not 45 CFR 147.136 alone); no Medicaid, no Medicare.
- **Voice:** the daughter writes "I" for herself and "my mother"; never the member's "I".

## Arguments a strong letter makes (strongest first)
1. The plan's own **BH-PSY-12 Section 2** covers **EMDR for PTSD**; the sessions treat **chronic PTSD (F43.12)**, on the
   claim and in every record; the first-level decision applied **Section 4** (depression) instead. Decide the claim
   under Section 2 and pay the 8 sessions.
2. Section 2's conditions are met: PTSD diagnosed (CAPS-5); an Ohio LPCC with EMDR certification.
3. The diagnosis order on the form does not change what the care treats; offer a corrected claim with F43.12 first if
   the plan wants it; the 8 remaining sessions should be covered the same way.
4. Ask for the documents relied on and the name and qualifications of the reviewer (a family physician reviewed a
   PTSD psychotherapy question); note external review after the final decision (29 CFR 2590.715-2719).

## What a letter must NOT say
- "EMDR is proven for depression"; attacks on Section 4; "the claim was coded incorrectly"; "F33.1 was not billed".
- Quoting the **2023** policy as the rule.
- "failed sertraline", "stopped sertraline"; prazosin as a trial; "failed citalopram"; "suicidal".
- "first-level appeal" as this appeal's stage; "state insurance department external review"; "Medicaid";
  "contra proferentem" stated as law.
- The member's "I".
"""

ANSWERS = [
    ("other/clinical-policy-bh-psy-12-2026.txt", "Section 2. Proven and covered: eye movement desensitization and reprocessing (EMDR) for the treatment of\npost-traumatic stress disorder (F43.1x)"),
    ("other/clinical-policy-bh-psy-12-2023.txt", "superseded 01/01/2026"),
    ("denial/first-level-appeal-decision-2026-10-22.txt", "The primary diagnosis billed is F33.1"),
    ("denial/first-level-appeal-decision-2026-10-22.txt", "within 60 days of this decision"),
    ("denial/first-level-appeal-decision-2026-10-22.txt", "family medicine"),
    ("other/original-claim-form-2026-08-28.txt", "B. F43.12"),
    ("other/original-claim-form-2026-08-28.txt", "diagnosis pointer \"AB\""),
    ("clinical/emdr-treatment-plan-and-progress-2026-09-30.txt", "post-traumatic stress disorder, chronic (F43.12)"),
    ("clinical/emdr-treatment-plan-and-progress-2026-09-30.txt", "EMDR certification 2022"),
    ("clinical/emdr-treatment-plan-and-progress-2026-09-30.txt", "sertraline 150 mg since 04/2025, partial response, continued"),
    ("clinical/emdr-treatment-plan-and-progress-2026-09-30.txt", "prazosin 2 mg at bedtime for\nnightmares"),
    ("clinical/emdr-treatment-plan-and-progress-2026-09-30.txt", "remission of the 2015\ndepressive episode"),
    ("clinical/emdr-treatment-plan-and-progress-2026-09-30.txt", "PCL-5 58 (07/08/2026) to 31 (09/23/2026)"),
    ("clinical/emdr-treatment-plan-and-progress-2026-09-30.txt", "No suicidal ideation at any session."),
    ("other/authorized-representative-form-2026-09-15.txt", "my daughter, Teresa Kowalczyk-Reyes"),
    ("truth", "by 12/21/2026"),
]
