"""Set 24, case 06 (FICTIONAL): Original Medicare Part B, Spravato monotherapy denied under a billing article that
lists the 2019 label; QIC reconsideration requested by the patient's husband."""

SLUG = "06-original-medicare-spravato-monotherapy-stale-article-qic-husband"

CASE_YAML = """
# FICTIONAL CASE (set 24, case 06) - every person, plan, provider, number and address is invented.
# Original Medicare Part B (Minnesota). Eight Spravato induction sessions (06/01-06/25/2026, G2082 x2, G2083 x6) for
# a 72-year-old with treatment-resistant depression were denied as not reasonable and necessary: the contractor's
# billing article lists the indication "in conjunction with an oral antidepressant", and she takes none (sertraline
# stopped after a GI bleed on apixaban). The article ties coverage to the FDA-approved indications, "currently" listed
# as of its 2021 revision; since 01/21/2025 the label approves Spravato for TRD in adults as monotherapy. The
# redetermination (10/05/2026) also said the label requires an oral antidepressant. Her husband asks the QIC to
# reconsider, with her CMS-1696 appointment.
patient:
  name: Evelyn Strand-Okafor
  salutation: Mrs. Strand-Okafor
  date_of_birth: 1953-08-30
  member_id: FICT-7QX2-MB4-KD19
  address: |-
    3310 Basswood Terrace
    Northfield, MN 55057
  phone: (507) 555-0161
insurer:
  name: Medicare Part B - Northern Plains Medicare Administrative Contractor (FICTIONAL)
  appeals_address: |-
    Northern Plains MAC (FICTIONAL), Part B Redeterminations
    PO Box 6610
    Fargo, ND 58108
claim:
  number: FICT-MCR-26171-0048813
  plan_type: medicare
  notice_date: 2026-07-20
  service_dates: [2026-06-01, 2026-06-04, 2026-06-08, 2026-06-11, 2026-06-15, 2026-06-18, 2026-06-22, 2026-06-25]
  procedure_codes: [G2082, G2083]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-50]
  denial_reason: >-
    CO-50: These are non-covered services because this is not deemed a medical necessity by the payer. Billing and
    Coding Article A59902: esketamine is covered for treatment-resistant depression in conjunction with an oral
    antidepressant. No oral antidepressant is documented.
  denial_category: medical_necessity
decisions:
  - date: 2026-10-05
    outcome: denied
    stage: redetermination
    opens: QIC reconsideration
    reason: >-
      The redetermination is unfavorable. Esketamine nasal spray is FDA-approved only for use in conjunction with an
      oral antidepressant, and Article A59902 covers it on that condition. The records state that the beneficiary
      takes no oral antidepressant. The services are not reasonable and necessary.
    corrections:
      - said: "Esketamine nasal spray is FDA-approved only for use in conjunction with an oral antidepressant"
        record: >-
          since 01/21/2025 the FDA-approved labeling indicates Spravato for treatment-resistant depression in adults
          as monotherapy or in conjunction with an oral antidepressant; only the indication for depressive symptoms
          with acute suicidal ideation or behavior is with an oral antidepressant
        file: other/spravato-label-indications-summary-2025.txt
        page: 1
external_review:
  agency: Part B Qualified Independent Contractor, North Region (named in the redetermination notice)
  address: |-
    Part B QIC North Region (address FICTIONAL)
    PO Box 45208
    Omaha, NE 68145
  final_denial_date: 2026-10-05
medicare_coverage:
  name: Billing and Coding Article, Esketamine Nasal Spray (FICTIONAL)
  number: A59902
  quote: >-
    Coverage indications: esketamine nasal spray is considered reasonable and necessary for its FDA-approved
    indications, currently: (1) treatment-resistant depression in adults, in conjunction with an oral
    antidepressant; (2) depressive symptoms in adults with major depressive disorder with acute suicidal ideation or
    behavior, in conjunction with an oral antidepressant. Treatment-resistant depression means no adequate response
    to at least two antidepressants of adequate dose and duration in the current episode. The drug must be given in a
    REMS-certified setting, with observation for at least two hours. (Revision effective 03/01/2021.)
  file: other/billing-article-a59902-excerpt.txt
payer_criteria:
  - criterion: "Reasonable and necessary for its FDA-approved indications"
    how_met: >-
      treatment-resistant depression in an adult, which the FDA-approved labeling indicates as monotherapy or with an
      oral antidepressant since 01/21/2025
    met: true
    evidence: {file: other/spravato-label-indications-summary-2025.txt, page: 1}
  - criterion: "Treatment-resistant depression: no adequate response to at least two antidepressants of adequate dose and duration in the current episode"
    how_met: >-
      sertraline 100 mg for 9 months (partial response) and mirtazapine 30 mg for 22 weeks (no response) in the
      episode that began in March 2024
    met: true
    evidence: {file: clinical/psychiatry-note-2026-05-18.txt, page: 1}
  - criterion: "Given in a REMS-certified setting, with observation for at least two hours"
    how_met: "each session at the clinic's REMS-certified treatment room with two hours of observation, blood pressure checked before and after"
    met: true
    evidence: {file: clinical/spravato-session-record-2026-06.txt, page: 1}
  - criterion: "In conjunction with an oral antidepressant (the article's listing of the 2019 labeled indication)"
    how_met: >-
      she takes no oral antidepressant: sertraline was stopped after a gastrointestinal bleed with apixaban in
      January 2025; the current labeling allows monotherapy for this indication
    met: false
    evidence: {file: clinical/psychiatry-note-2026-05-18.txt, page: 1}
treatment:
  name: Spravato (esketamine) nasal spray, induction
  summary: >-
    Esketamine nasal spray under the REMS, twice weekly for four weeks (56 mg, then 84 mg), without an oral
    antidepressant.
  fda:
    action: approved
    date: 2025-01-21
    what: Spravato (esketamine) nasal spray
    use: as monotherapy or with an oral antidepressant for treatment-resistant depression in adults
    file: other/spravato-label-indications-summary-2025.txt
    page: 1
  setting: Cannon River Psychiatry's REMS-certified treatment room
  monitoring: blood pressure before and 40 minutes after each dose; observation for two hours
clinical:
  severity: >-
    MADRS 32 on 05/18/2026 before the first session and 16 on 06/25/2026 after the eighth
  severity_date: 2026-06-25
  suicidality: none
  suicidality_date: 2026-06-25
  episode_onset: 2024-03
  treating_since: 2024-04
  response: MADRS 32 before the first session (05/18/2026) and 16 after the eighth (06/25/2026), a 50% reduction
  response_level: response
  exclusions: >-
    no aneurysmal vascular disease, no arteriovenous malformation, no history of intracerebral hemorrhage; blood
    pressure controlled (128/76); no psychosis; no substance use disorder
  history:
    - drug: Citalopram
      dose: 20 mg daily
      start: 2009-05
      end: 2010-08
      kind: antidepressant
      response: remission
      outcome: Remission of an earlier episode
      evidence: {file: clinical/psychiatry-note-2026-05-18.txt, page: 1}
    - drug: Sertraline
      dose: 50 mg daily, 100 mg from 06/2024
      start: 2024-04
      end: 2025-01
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response after 9 months; stopped in January 2025 after a gastrointestinal bleed while also taking apixaban
      evidence: {file: clinical/psychiatry-note-2026-05-18.txt, page: 1}
    - drug: Bupropion XL
      dose: 150 mg daily
      start: 2025-03-03
      end: 2025-03-24
      kind: antidepressant
      adequate: false
      outcome: Stopped after 3 weeks for anxiety and insomnia; not an adequate trial
      evidence: {file: clinical/psychiatry-note-2026-05-18.txt, page: 1}
    - drug: Mirtazapine
      dose: 15 mg daily, 30 mg from 05/2025
      start: 2025-04
      end: 2025-09
      kind: antidepressant
      adequate: true
      response: none
      weeks: 22
      outcome: No response after 22 weeks; 6 kg weight gain; stopped
      evidence: {file: clinical/psychiatry-note-2026-05-18.txt, page: 1}
    - drug: Interpersonal psychotherapy
      dose: 16 weekly sessions
      start: 2025-06
      end: 2025-09
      kind: psychotherapy
      sessions: 16
      adequate: true
      response: partial
      outcome: Completed 16 sessions; partial benefit
      evidence: {file: clinical/psychiatry-note-2026-05-18.txt, page: 1}
    - drug: Trazodone
      dose: 25 mg at bedtime for sleep
      start: 2025-10
      ongoing: true
      kind: other
      outcome: For sleep only; not an antidepressant at this dose
      evidence: {file: clinical/psychiatry-note-2026-05-18.txt, page: 1}
alternatives:
  - treatment: Electroconvulsive therapy (ECT)
    why_not: >-
      discussed in October 2025; she declined it after the consultation, fearing memory loss; it remains an option
      she may reconsider
  - treatment: Another oral antidepressant with Spravato
    why_not: >-
      SSRIs and SNRIs raise bleeding risk with apixaban, which she needs for atrial fibrillation, and she bled on
      sertraline; bupropion was not tolerated and mirtazapine did not work
author:
  name: Anders Strand-Okafor
  role: Husband of the beneficiary, her appointed representative (form CMS-1696)
  relation: representative
  address: |-
    3310 Basswood Terrace
    Northfield, MN 55057
  phone: (507) 555-0161
  email: anders.so@mail.example
  authorization: other/cms-1696-appointment-2026-08-20.txt
provider:
  name: Beatrix Holmqvist-Adeyemi
  credentials: MD
  npi: "1630472912"
  address: |-
    Cannon River Psychiatry, 410 Division Street South
    Northfield, MN 55057
  phone: (507) 555-0133
template: external-review-request
bates_prefix: STRANDOKAFOR
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/medicare-summary-notice-2026-07-20.txt": """
MEDICARE SUMMARY NOTICE - PART B (FICTIONAL COPY)               Date: 07/20/2026                Page 1

Evelyn Strand-Okafor, 3310 Basswood Terrace, Northfield, MN 55057     Medicare number: FICT-7QX2-MB4-KD19
Claim number: FICT-MCR-26171-0048813     Provider: Cannon River Psychiatry (Beatrix Holmqvist-Adeyemi, MD)
Dates of service: 06/01, 06/04, 06/08, 06/11, 06/15, 06/18, 06/22 and 06/25/2026
Services: G2082 x2 (06/01, 06/04); G2083 x6 (06/08 - 06/25)     Medicare approved: $0.00     You may be billed: see
note
Reason: CO-50: These are non-covered services because this is not deemed a medical necessity by the payer. Billing
and Coding Article A59902: esketamine is covered for treatment-resistant depression in conjunction with an oral
antidepressant. No oral antidepressant is documented.
Note: the provider did not give you an Advance Beneficiary Notice for these services.

How to appeal: you have 120 days from the date you receive this notice to ask for a redetermination.
""",
    "denial/redetermination-decision-2026-10-05.txt": """
NORTHERN PLAINS MEDICARE ADMINISTRATIVE CONTRACTOR (FICTIONAL) - MEDICARE REDETERMINATION NOTICE
Date: 10/05/2026                                                                               Page 1

Beneficiary: Evelyn Strand-Okafor     Medicare number: FICT-7QX2-MB4-KD19
Claim: FICT-MCR-26171-0048813     Request received: 08/24/2026 from the beneficiary's husband (CMS-1696 on file)

Decision: The redetermination is unfavorable. Esketamine nasal spray is FDA-approved only for use in conjunction
with an oral antidepressant, and Article A59902 covers it on that condition. The records state that the beneficiary
takes no oral antidepressant. The services are not reasonable and necessary.

Next level: you may ask for a reconsideration by the Qualified Independent Contractor (QIC) within 180 days of
receiving this notice. Send it to: Part B QIC North Region (address FICTIONAL), PO Box 45208, Omaha, NE 68145.
Include any evidence you want considered: evidence not sent at this level may not be considered later unless you
show good cause.
""",
    "clinical/psychiatry-note-2026-05-18.txt": """
CANNON RIVER PSYCHIATRY (FICTIONAL) - PSYCHIATRY VISIT AND SPRAVATO PLAN        Date: 05/18/2026       Page 1

Patient: Evelyn Strand-Okafor    DOB 08/30/1953    Psychiatrist: Beatrix Holmqvist-Adeyemi, MD (since April 2024)
Diagnosis: F33.2 major depressive disorder, recurrent, severe, without psychotic features. Current episode since
March 2024; one earlier episode (2009-2010) that remitted on citalopram 20 mg.
Medical: atrial fibrillation on apixaban 5 mg twice daily; gastrointestinal bleed in January 2025 while taking
sertraline with apixaban (hospitalized 01/11-01/14/2025).
This episode:
- Sertraline 50 mg from April 2024, 100 mg from June 2024: partial response; stopped January 2025 after the bleed.
- Bupropion XL 150 mg 03/03-03/24/2025: stopped after three weeks for anxiety and insomnia.
- Mirtazapine 15 mg from April 2025, 30 mg from May 2025, stopped September 2025: no response after 22 weeks; 6 kg
  weight gain.
- Interpersonal psychotherapy, 16 weekly sessions, June-September 2025: partial benefit.
- Trazodone 25 mg at bedtime for sleep since October 2025 (not an antidepressant dose).
- ECT discussed October 2025: she declined after the consultation, fearing memory loss.
Today: MADRS 32. Denies suicidal ideation. BP 128/76. No aneurysmal vascular disease, no AV malformation, no
intracerebral hemorrhage; no psychosis; no substance use.
Plan: Spravato induction without an oral antidepressant (labeling since January 2025 allows monotherapy for TRD):
56 mg for the first two sessions, then 84 mg, twice weekly for four weeks, REMS-certified room, two hours'
observation. Another SSRI or SNRI would add bleeding risk with apixaban.
""",
    "clinical/spravato-session-record-2026-06.txt": """
CANNON RIVER PSYCHIATRY (FICTIONAL) - SPRAVATO SESSION RECORD, JUNE 2026 (REMS-certified setting)      Page 1

Patient: Evelyn Strand-Okafor    DOB 08/30/1953
Session  Date        Dose    Code    BP before / at 40 min    Observed    Notes
1        06/01/2026  56 mg   G2082   126/74 / 142/82          2 h 05 m    mild dissociation, resolved
2        06/04/2026  56 mg   G2082   124/76 / 138/80          2 h 00 m
3        06/08/2026  84 mg   G2083   128/78 / 146/84          2 h 10 m
4        06/11/2026  84 mg   G2083   122/74 / 140/82          2 h 00 m
5        06/15/2026  84 mg   G2083   126/76 / 144/80          2 h 00 m
6        06/18/2026  84 mg   G2083   124/74 / 136/78          2 h 00 m
7        06/22/2026  84 mg   G2083   120/72 / 134/80          2 h 00 m
8        06/25/2026  84 mg   G2083   122/74 / 138/78          2 h 00 m    MADRS 16 (32 on 05/18)
No oral antidepressant taken during the induction. Trazodone 25 mg at bedtime continued for sleep.
Plan after induction: weekly sessions from 07/02/2026 (those claims are billed separately).
""",
    "other/billing-article-a59902-excerpt.txt": """
NORTHERN PLAINS MAC (FICTIONAL) - BILLING AND CODING ARTICLE A59902: ESKETAMINE NASAL SPRAY - EXCERPT     Page 1
Revision effective 03/01/2021 (no later revision)

Coverage indications: esketamine nasal spray is considered reasonable and necessary for its FDA-approved
indications, currently: (1) treatment-resistant depression in adults, in conjunction with an oral antidepressant;
(2) depressive symptoms in adults with major depressive disorder with acute suicidal ideation or behavior, in
conjunction with an oral antidepressant. Treatment-resistant depression means no adequate response to at least two
antidepressants of adequate dose and duration in the current episode. The drug must be given in a REMS-certified
setting, with observation for at least two hours.
Coding: G2082 (up to 56 mg) and G2083 (more than 56 mg) include the drug; do not bill the drug separately.
""",
    "other/spravato-label-indications-summary-2025.txt": """
CANNON RIVER PSYCHIATRY (FICTIONAL) - SUMMARY OF THE SPRAVATO PRESCRIBING INFORMATION, INDICATIONS
(prepared by the clinic from the labeling revised January 2025; the clinic's own words)              Page 1

FDA approval history relevant here: approved 03/05/2019 for treatment-resistant depression in adults, with an oral
antidepressant; 01/21/2025: the FDA approved its use for treatment-resistant depression in adults as monotherapy.
Current indications (labeling revised January 2025):
1. Treatment-resistant depression in adults: as monotherapy or in conjunction with an oral antidepressant.
2. Depressive symptoms in adults with major depressive disorder with acute suicidal ideation or behavior: in
   conjunction with an oral antidepressant.
Administration: only under the REMS, in a certified healthcare setting, with observation for at least two hours.
""",
    "other/clinic-intake-form-2026-05-04.txt": """
CANNON RIVER PSYCHIATRY (FICTIONAL) - NEW PATIENT PAPERWORK UPDATE            Date: 05/04/2026         Page 1
Patient: Evelyn Strand-Okafor
Current medications (copied from the 2024 intake): sertraline 100 mg daily; apixaban 5 mg twice daily;
metoprolol 25 mg twice daily.
Staff note: not reviewed with the patient; see the psychiatry note for the current list.
""",
    "other/spravato-sign-in-sheet-2026-06-25.txt": """
CANNON RIVER PSYCHIATRY (FICTIONAL) - TREATMENT ROOM SIGN-IN, 06/25/2026                             Page 1
08:30  E. Strand-Okafor     session 8    84 mg    out 10:40
09:15  H. Lindgren-Baptiste session 3    56 mg    out 11:20
""",
    "other/cms-1696-appointment-2026-08-20.txt": """
APPOINTMENT OF REPRESENTATIVE (content of form CMS-1696; FICTIONAL)                                    Page 1

Beneficiary: Evelyn Strand-Okafor     Medicare number: FICT-7QX2-MB4-KD19
I appoint Anders Strand-Okafor, my husband, to act as my representative in connection with my claim or asserted
right under Title XVIII of the Social Security Act (Medicare) for claim FICT-MCR-26171-0048813 and its appeals.
Signed: Evelyn Strand-Okafor (signature on file)      Date: 08/20/2026
I accept this appointment. I will not charge a fee. Signed: Anders Strand-Okafor      Date: 08/20/2026
""",
}

TRUTH = """
# 06 - Original Medicare Part B: Spravato induction without an oral antidepressant denied under a 2021 billing article; the label has allowed monotherapy for TRD since 01/21/2025; QIC reconsideration requested by the patient's husband (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Evelyn Strand-Okafor, **73** (DOB 08/30/1953; 72 on every date of service), **Original Medicare Part B** (Minnesota; contractor: Northern Plains
  MAC). Diagnosis **F33.2**; current episode since **March 2024**.
- **Eight Spravato induction sessions**, **06/01 through 06/25/2026** (twice weekly): **G2082** x2 (56 mg, 06/01 and
  06/04) and **G2083** x6 (84 mg), in a REMS-certified room with two hours' observation each. MADRS **32 -> 16** (50%).
  **No oral antidepressant** was taken.
- Denied **CO-50** on the MSN of **07/20/2026** under billing and coding **Article A59902**. The redetermination of
  **10/05/2026** upheld it and stated that esketamine "is FDA-approved **only** for use in conjunction with an oral
  antidepressant".
- **The winning point is a date:** the article covers esketamine "for its **FDA-approved indications, currently**"
  and lists them as they stood at its **03/01/2021** revision (TRD with an oral antidepressant). Since **01/21/2025** the
  FDA-approved labeling indicates Spravato for **TRD in adults as monotherapy or with an oral antidepressant**; only the
  suicidal-ideation indication still requires one. Her use is the **labeled** TRD indication, so she meets the
  article's own test (its FDA-approved indications); the redetermination's statement of the label is wrong.
- The article's other criteria are met: TRD (no adequate response to **two** antidepressants of adequate dose and
  duration in this episode: **sertraline** 9 months, partial; **mirtazapine 30 mg** 22 weeks, none); REMS setting with
  two hours' observation.
- Why no oral antidepressant: a **GI bleed in January 2025 on sertraline with apixaban** (she needs apixaban for atrial
  fibrillation); bupropion not tolerated (3 weeks); mirtazapine did not work.
- No Advance Beneficiary Notice was given (MSN note).
- Stage: **QIC reconsideration** (42 CFR 405.960-405.978), within **180 days of receipt** of the redetermination (405.962;
  **04/03/2027** counted from the notice date without mailing days, the safe date; **04/08/2027** with the 5 days of
  presumed receipt), filed with the **QIC** the notice names (not the MAC);
  the QIC decides within 60 days (405.970(a)). Evidence should be submitted now (405.966). A QIC is not bound by a
  contractor's article, though it gives it substantial deference (42 CFR 405.968(b), from memory).
- Author: her **husband**, appointed representative by **CMS-1696** signed 08/20/2026 (no fee).

## Deliberately unknown
- What Medicare would pay for G2082/G2083 and what she may owe (no ABN was given; the liability rules are not argued
  here): no amount may be promised.
- The status of the weekly sessions from 07/02/2026 (billed separately; not part of this appeal).
- Whether she will reconsider ECT.

## Traps
- **Do not invent an oral antidepressant:** trazodone **25 mg at bedtime is for sleep**; a letter that calls it her
  oral antidepressant, or says Spravato was given "with an oral antidepressant", is FALSE. The stale intake paperwork
  (05/04/2026) lists **sertraline** as current: she stopped it in January 2025.
- **Do not say the article's oral-antidepressant condition is met**; say the article ties coverage to the FDA-approved
  indications and the label changed on 01/21/2025.
- **Drugs:** sertraline brought a **partial** response over 9 months and was stopped for a bleed (an adequate trial
  with an inadequate response; also an adverse event); **bupropion 3 weeks is not an adequate trial**; mirtazapine 30
  mg 22 weeks, no response; citalopram 2009-2010 brought **remission of an earlier episode** (never a failure);
  interpersonal psychotherapy (16 sessions) is psychotherapy, not a drug trial. "Two adequate antidepressant trials"
  is right; "three" or "four" is wrong.
- **ECT was declined**, not contraindicated and not failed.
- **Suicidality:** none; "prescribed for its approved use" is true only through the **TRD** indication (not the
  suicidal-ideation one); never cite the suicidality indication.
- **Another patient on a document:** the 06/25 sign-in sheet lists H. Lindgren-Baptiste (session 3, 56 mg): not hers.
- **Original Medicare has no plan:** no "plan terms", "the plan's own policy", "the plan's criteria", no peer-to-peer,
  no "medical director", no parity (MHPAEA does not apply to Medicare), no Medicare Advantage rules (422.x), no
  expedited 72-hour decision, no external review by an IRO, no ERISA.
- **Stage:** the request is to the **QIC**, answering the **10/05/2026** redetermination; not another redetermination.
- **Voice:** the husband writes "I" as her appointed representative, about "my wife" / "Mrs. Strand-Okafor"; never her
  first person and never as a clinician.

## Arguments a strong letter makes (strongest first)
1. Article A59902 covers esketamine for its **FDA-approved indications**; its list reflects the labeling of its
   03/01/2021 revision. Since **01/21/2025** the FDA-approved labeling indicates Spravato for **TRD in adults as
   monotherapy** (label summary enclosed). Her treatment is that labeled use; the redetermination's statement that it is
   approved "only" with an oral antidepressant is wrong. Ask the QIC to find the eight sessions reasonable and
   necessary (42 U.S.C. 1395y(a)(1)(A)) and covered.
2. The article's TRD definition and setting requirements are met: two adequate antidepressant trials in this episode
   (sertraline, partial; mirtazapine 30 mg, none), REMS setting, two hours' observation (session record); MADRS 32 -> 16.
3. An oral antidepressant is not a safe option: GI bleed on sertraline with apixaban (January 2025); bupropion not
   tolerated. Submit all evidence now (405.966); enclose the MSN, redetermination, article excerpt, label summary,
   psychiatry note, session record and the CMS-1696.

## What a letter must NOT say
- "with an oral antidepressant" about her Spravato; "trazodone is her oral antidepressant"; "she takes sertraline".
- "the oral antidepressant criterion is met"; "all of Medicare's criteria are met" (the listed oral-antidepressant
  condition is not met on its words).
- "failed citalopram", "failed bupropion" as an adequate trial, "failed trazodone", "failed ECT", "three/four failed
  antidepressant trials", "suicidal ideation", "approved use for suicidality".
- "the plan", "plan terms", "peer-to-peer", "medical director", "parity", "MHPAEA", "42 CFR 422", "expedited",
  "72 hours", "external review", "ERISA".
- H. Lindgren-Baptiste's session as hers.
- Mrs. Strand-Okafor's first person ("I received Spravato").
"""

ANSWERS = [
    ("denial/medicare-summary-notice-2026-07-20.txt", "No oral antidepressant is documented"),
    ("denial/medicare-summary-notice-2026-07-20.txt", "G2082 x2 (06/01, 06/04); G2083 x6 (06/08 - 06/25)"),
    ("denial/medicare-summary-notice-2026-07-20.txt", "the provider did not give you an Advance Beneficiary Notice"),
    ("denial/redetermination-decision-2026-10-05.txt", "FDA-approved only for use in conjunction with an oral antidepressant"),
    ("denial/redetermination-decision-2026-10-05.txt", "reconsideration by the Qualified Independent Contractor (QIC) within 180 days of receiving this notice"),
    ("denial/redetermination-decision-2026-10-05.txt", "Part B QIC North Region"),
    ("other/billing-article-a59902-excerpt.txt", "reasonable and necessary for its FDA-approved indications, currently"),
    ("other/billing-article-a59902-excerpt.txt", "Revision effective 03/01/2021 (no later revision)"),
    ("other/spravato-label-indications-summary-2025.txt", "01/21/2025: the FDA approved its use for treatment-resistant depression in adults as monotherapy"),
    ("other/spravato-label-indications-summary-2025.txt", "as monotherapy or in conjunction with an oral antidepressant"),
    ("clinical/psychiatry-note-2026-05-18.txt", "gastrointestinal bleed in January 2025 while taking sertraline with apixaban"),
    ("clinical/psychiatry-note-2026-05-18.txt", "no response after 22 weeks"),
    ("clinical/psychiatry-note-2026-05-18.txt", "03/03-03/24/2025: stopped after three weeks"),
    ("clinical/psychiatry-note-2026-05-18.txt", "Trazodone 25 mg at bedtime for sleep since October 2025 (not an antidepressant dose)"),
    ("clinical/psychiatry-note-2026-05-18.txt", "she declined after the consultation, fearing memory loss"),
    ("clinical/psychiatry-note-2026-05-18.txt", "remitted on citalopram 20 mg"),
    ("clinical/spravato-session-record-2026-06.txt", "MADRS 16 (32 on 05/18)"),
    ("clinical/spravato-session-record-2026-06.txt", "No oral antidepressant taken during the induction"),
    ("other/clinic-intake-form-2026-05-04.txt", "sertraline 100 mg daily"),
    ("other/spravato-sign-in-sheet-2026-06-25.txt", "H. Lindgren-Baptiste"),
    ("other/cms-1696-appointment-2026-08-20.txt", "Date: 08/20/2026"),
]
