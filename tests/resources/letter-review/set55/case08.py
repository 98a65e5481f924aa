"""Set 55, case 08 (FICTIONAL): university student health insurance plan (individual_aca, insured, CT), Spravato
denied because "the current episode began 06/2026 per the records" - the date of a new clinic's intake, which itself
dates the episode from about 04/2025; first internal appeal, pre-service, by the treating psychiatrist."""

SLUG = "08-student-health-plan-ct-spravato-current-episode-date-misread-first-appeal-psychiatrist"

CASE_YAML = """
# FICTIONAL CASE (set 55, case 08) - every person, plan, provider, number and address is invented.
# University student health insurance plan (insured, Connecticut). Ezra Whitcombe, 24, a graduate student, has
# treatment-resistant depression. Spravato was denied on 11/16/2026: "The current episode began 06/2026 per the
# records; the only trial since then is escitalopram." 06/18/2026 is the date of his intake at the university's
# student health psychiatry clinic, whose note dates the episode from about 04/2025; his Ohio psychiatrist's records,
# sent with the request, show sertraline and bupropion failed and venlafaxine not tolerated in that episode. His
# psychiatrist files the first internal appeal.
patient:
  name: Ezra Whitcombe
  salutation: Mr. Whitcombe
  date_of_birth: 2002-06-12
  member_id: FICT-PUS-60921174
  address: |-
    88 Lawn Avenue, Apt 3B
    Middletown, CT 06457
  phone: (860) 555-0127
insurer:
  name: Pinecrest University Student Health Insurance Plan, underwritten by Cardinal Mutual Life (FICTIONAL)
  appeals_address: |-
    Cardinal Mutual Life - Student Plan Appeals (FICTIONAL)
    PO Box 51802
    Hartford, CT 06151
  fax: (860) 555-0171
claim:
  number: PA-26-1109-22904
  plan_type: individual_aca
  funding: insured
  notice_date: 2026-11-16
  procedure_codes: [J0013, 99214]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    Spravato is not approved. Medical Policy MP-ESK-22 criterion 2 requires failure of at least two antidepressants of
    adequate dose and duration in the current episode. The current episode began 06/2026 per the records; the only
    trial since then is escitalopram.
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  action: none
  reviewer:
    name: Harriet Lund, MD
    specialty: Internal Medicine
  corrections:
    - said: The current episode began 06/2026 per the records; the only trial since then is escitalopram.
      record: >-
        06/18/2026 is the date of his intake at Pinecrest Student Health psychiatry; that note records the current
        episode as beginning about 04/2025 and continuing without remission. In this episode his Ohio psychiatrist's
        records show sertraline 150 mg for 12 weeks and bupropion XL 300 mg for 20 weeks without response, and
        venlafaxine XR stopped after 3 weeks for sweating and raised blood pressure.
      file: [clinical/student-health-psychiatry-intake-2026-06-18.txt, clinical/ohio-psychiatry-records-2025-2026.txt]
      page: 1
plan_policy:
  name: Cardinal Mutual Life Medical Policy MP-ESK-22, Esketamine Nasal Spray
  number: MP-ESK-22
  quote: >-
    1. Age 18 or older with major depressive disorder. 2. Failure of at least two antidepressants of adequate dose
    (at least the minimum labeled dose) and duration (at least 6 weeks) in the current episode. 3. Administered in a
    Spravato REMS-certified setting. 4. No active substance use disorder in the past 6 months.
  file: other/medical-policy-mp-esk-22.txt
payer_criteria:
  - criterion: 1. Age 18 or older with major depressive disorder
    how_met: Age 24; major depressive disorder, recurrent, severe (F33.2)
    met: true
    evidence: {file: clinical/student-health-psychiatry-intake-2026-06-18.txt, page: 1}
  - criterion: 2. Failure of at least two antidepressants of adequate dose and duration in the current episode
    how_met: >-
      Current episode since about 04/2025: sertraline 150 mg for 12 weeks (05/2025-08/2025) and bupropion XL 300 mg
      for 20 weeks (10/2025-03/2026), both without response; escitalopram 20 mg since 06/25/2026 with a partial
      response only (continued)
    met: true
    evidence:
      - {file: clinical/ohio-psychiatry-records-2025-2026.txt, page: 1}
      - {file: clinical/student-health-psychiatry-intake-2026-06-18.txt, page: 1}
  - criterion: 3. Administered in a Spravato REMS-certified setting
    how_met: Pinecrest Student Health Psychiatry is a certified Spravato REMS treatment center
    met: true
    evidence: {file: clinical/psychiatry-note-2026-11-02.txt, page: 1}
  - criterion: 4. No active substance use disorder in the past 6 months
    how_met: Cannabis use disorder, mild, in sustained remission since 09/2024; urine drug screen negative 11/02/2026
    met: true
    evidence: {file: clinical/psychiatry-note-2026-11-02.txt, page: 1}
treatment:
  name: Esketamine nasal spray (Spravato), induction (J0013 with an office visit)
  summary: >-
    Esketamine with his continuing escitalopram for a depressive episode that began about April 2025, after
    sertraline and bupropion failed and venlafaxine was not tolerated.
  plan: >-
    56 mg on day 1, then 56 or 84 mg twice weekly for 4 weeks, weekly for weeks 5-8; MADRS every two weeks; stop if
    MADRS has not fallen by at least 25% by week 4.
  alongside: escitalopram 20 mg daily
  setting: Pinecrest Student Health Psychiatry, a certified Spravato REMS treatment center
  monitoring: Blood pressure before and 40 minutes and 2 hours after each dose; observed for at least 2 hours
clinical:
  severity: MADRS 34 (11/02/2026)
  severity_date: 2026-11-02
  suicidality: passive
  suicidality_date: 2026-11-02
  episode_onset: 2025-04
  treating_since: 2026-06
  exclusions: No psychosis; cannabis use disorder in sustained remission since 09/2024; blood pressure 118/74
  history:
    - drug: Sertraline
      dose: 150 mg daily
      start: 2025-05
      end: 2025-08
      weeks: 12
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 12 weeks; stopped
      evidence: {file: clinical/ohio-psychiatry-records-2025-2026.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 75 mg daily
      start: 2025-09-01
      end: 2025-09-20
      kind: antidepressant
      adequate: false
      outcome: Stopped after 3 weeks for drenching sweats and blood pressure 150/96 (intolerance)
      evidence: {file: clinical/ohio-psychiatry-records-2025-2026.txt, page: 1}
    - drug: Bupropion XL
      dose: 300 mg daily
      start: 2025-10
      end: 2026-03
      weeks: 20
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 20 weeks; stopped
      evidence: {file: clinical/ohio-psychiatry-records-2025-2026.txt, page: 1}
    - drug: Escitalopram
      dose: 20 mg daily
      start: 2026-06-25
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued, and to continue with esketamine
      evidence: {file: clinical/psychiatry-note-2026-11-02.txt, page: 1}
    - drug: Trazodone
      dose: 50 mg at bedtime for sleep
      start: 2025-06
      ongoing: true
      kind: other
      outcome: Sleep aid only; not an antidepressant trial
      evidence: {file: clinical/ohio-psychiatry-records-2025-2026.txt, page: 1}
    - drug: Fluoxetine
      dose: 20 mg daily
      start: 2020-02
      end: 2021-01
      kind: antidepressant
      response: remission
      failed: false
      outcome: Remission in an earlier episode (2020); not a failed trial
      evidence: {file: clinical/student-health-psychiatry-intake-2026-06-18.txt, page: 1}
impact:
  work: He took a medical leave from his doctoral program for the fall 2026 term and lost his teaching assistantship.
author:
  name: Adebayo Lindqvist, MD
  role: Treating psychiatrist, Pinecrest Student Health Psychiatry
  relation: physician
  authorization: other/member-consent-2026-11-20.txt
  address: |-
    Pinecrest Student Health Psychiatry (FICTIONAL), 327 High Street
    Middletown, CT 06459
  phone: (860) 555-0139
  email: alindqvist@pinecrest-health.example
provider:
  name: Adebayo Lindqvist, MD
  credentials: MD, psychiatry
  npi: "1163598422"
  address: |-
    Pinecrest Student Health Psychiatry (FICTIONAL), 327 High Street
    Middletown, CT 06459
  phone: (860) 555-0139
peer_to_peer:
  availability: weekdays 12-1 pm
record_dates:
  - file: clinical/student-health-psychiatry-intake-2026-06-18.txt
    date: 2026-06-18
    sent: 2026-11-09
    sent_proof: other/prior-authorization-fax-report-2026-11-09.txt
  - file: clinical/ohio-psychiatry-records-2025-2026.txt
    date: 2026-03-30
    sent: 2026-11-09
    sent_proof: other/prior-authorization-fax-report-2026-11-09.txt
  - file: clinical/psychiatry-note-2026-11-02.txt
    date: 2026-11-02
bates_prefix: WHITCOMBE
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/prior-authorization-denial-2026-11-16.txt": """
CARDINAL MUTUAL LIFE (FICTIONAL) - PINECREST UNIVERSITY STUDENT HEALTH INSURANCE PLAN
NOTICE OF ADVERSE BENEFIT DETERMINATION                                                  Date: 11/16/2026
Member: Ezra Whitcombe   ID FICT-PUS-60921174   Reference PA-26-1109-22904   Request received 11/09/2026
Prescriber: Adebayo Lindqvist, MD   Service: esketamine nasal spray (Spravato)
Spravato is not approved. Medical Policy MP-ESK-22 criterion 2 requires failure of at least two antidepressants of
adequate dose and duration in the current episode. The current episode began 06/2026 per the records; the only
trial since then is escitalopram.
Reviewed by Harriet Lund, MD (Internal Medicine).
You may appeal within 180 days of receiving this notice. Your doctor may ask for a peer-to-peer review. After our
final decision you may ask for an external review.
FICTIONAL notice.
""",
    "other/medical-policy-mp-esk-22.txt": """
CARDINAL MUTUAL LIFE (FICTIONAL) - MEDICAL POLICY MP-ESK-22, ESKETAMINE NASAL SPRAY - effective 03/01/2026
1. Age 18 or older with major depressive disorder. 2. Failure of at least two antidepressants of adequate dose
(at least the minimum labeled dose) and duration (at least 6 weeks) in the current episode. 3. Administered in a
Spravato REMS-certified setting. 4. No active substance use disorder in the past 6 months.
FICTIONAL policy.
""",
    "clinical/student-health-psychiatry-intake-2026-06-18.txt": """
PINECREST STUDENT HEALTH PSYCHIATRY (FICTIONAL) - NEW PATIENT INTAKE                     Date of intake: 06/18/2026
Patient: Ezra Whitcombe   DOB 06/12/2002   Psychiatrist: Adebayo Lindqvist, MD
Moved to Connecticut for graduate school in 06/2026; transferring care from his psychiatrist in Columbus, Ohio
(records requested). Major depressive disorder, recurrent, severe (F33.2). Current episode began about 04/2025
and has continued without remission. Earlier episode: 2020, fluoxetine 20 mg, remission.
In this episode (per patient; records to follow): sertraline, venlafaxine (side effects), bupropion.
Plan: start escitalopram 10 mg, raise to 20 mg.
FICTIONAL record.
""",
    "clinical/ohio-psychiatry-records-2025-2026.txt": """
SCIOTO VALLEY PSYCHIATRY (FICTIONAL), COLUMBUS, OHIO - TREATMENT SUMMARY                 Date: 03/30/2026
Patient: Ezra Whitcombe   DOB 06/12/2002   Psychiatrist: Renée Fairbanks-Cole, MD
Episode onset 04/2025 (recurrent MDD).
Sertraline 150 mg daily 05/2025-08/2025 (12 weeks): no response.
Venlafaxine XR 75 mg 09/01/2025-09/20/2025: stopped for drenching sweats and BP 150/96.
Bupropion XL 300 mg daily 10/2025-03/2026 (20 weeks): no response.
Trazodone 50 mg at bedtime for sleep since 06/2025.
FICTIONAL record.
""",
    "clinical/psychiatry-note-2026-11-02.txt": """
PINECREST STUDENT HEALTH PSYCHIATRY (FICTIONAL) - FOLLOW-UP                                 Date: 11/02/2026
Patient: Ezra Whitcombe   Psychiatrist: Adebayo Lindqvist, MD
MADRS 34. Passive thoughts that he would be better off not waking up; no plan, no intent; safety plan updated.
On medical leave from his doctoral program for the fall term; lost his teaching assistantship.
Escitalopram 20 mg since 06/25/2026: partial response; continues. Trazodone 50 mg at bedtime for sleep.
Cannabis use disorder, mild, in sustained remission since 09/2024; urine drug screen negative today. BP 118/74.
This clinic is a certified Spravato REMS treatment center.
Plan: esketamine nasal spray with escitalopram continued; request to the plan with the Ohio records.
FICTIONAL record.
""",
    "other/prior-authorization-fax-report-2026-11-09.txt": """
PINECREST STUDENT HEALTH PSYCHIATRY (FICTIONAL) - FAX TRANSMISSION REPORT
11/09/2026 9:48 am   To: (860) 555-0172 (Cardinal Mutual prior authorization)   Pages: 11   Result: OK
Contents: Spravato request; intake of 06/18/2026; note of 11/02/2026; Scioto Valley Psychiatry summary of
03/30/2026 - E. Whitcombe
FICTIONAL report.
""",
    "other/pharmacy-transfer-record-2026-06.txt": """
CAMPUS PHARMACY (FICTIONAL) - PRESCRIPTION TRANSFER RECORD, 06/2026
Ezra Whitcombe: trazodone 50 mg (transferred from Columbus, OH).
Caleb Whitcombe (his brother; another person, not part of this appeal): methylphenidate ER 36 mg.
FICTIONAL record.
""",
    "other/athletics-physical-2022-stale.txt": """
PINECREST UNIVERSITY ATHLETICS (FICTIONAL) - PRE-PARTICIPATION PHYSICAL, 08/2022
Ezra Whitcombe: no current medications; cleared for intramural soccer.
Out of date. FICTIONAL.
""",
    "other/member-consent-2026-11-20.txt": """
CONSENT (FICTIONAL)
I, Ezra Whitcombe (ID FICT-PUS-60921174), ask Dr. Adebayo Lindqvist to appeal Cardinal Mutual Life's decision on
esketamine for me and consent to his sending my health records with the appeal. Signed: Ezra Whitcombe, 11/20/2026.
FICTIONAL.
""",
}

TRUTH = """# 08 - University student health plan: Spravato denied on a misdated current episode (06/2026, the intake date; the episode began about 04/2025); first internal appeal by the treating psychiatrist (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Ezra Whitcombe, 24, a graduate student in the **Pinecrest University Student Health Insurance Plan** (insured,
  Cardinal Mutual Life, Connecticut; individual-market rules), has recurrent severe depression (F33.2), MADRS 34 on
  11/02/2026, **passive** thoughts of not waking up, no plan or intent.
- The **11/16/2026** notice (PA-26-1109-22904) denied Spravato under **MP-ESK-22 criterion 2**: "The current episode
  began 06/2026 per the records; the only trial since then is escitalopram." Reviewer: an internist.
- **06/18/2026 is the date of his intake** at the student health clinic; the intake itself says the **current
  episode began about 04/2025** and has continued without remission; the Ohio psychiatrist's summary (03/30/2026)
  says "Episode onset 04/2025". Both went to the plan with the request (fax 11/09/2026, 11 pages, OK).
- In this episode: **sertraline 150 mg 12 weeks** and **bupropion XL 300 mg 20 weeks**, no response (two adequate
  failed trials, criterion 2 met); venlafaxine XR stopped after 3 weeks for sweats and BP 150/96 (intolerance);
  escitalopram 20 mg since 06/25/2026, partial response, continuing. Criteria 1, 3 and 4 are met (cannabis use
  disorder in sustained remission since 09/2024).
- **Rule and stage:** individual-market coverage (student health insurance is individual health insurance coverage):
  45 CFR 147.136(b)(3), which applies the ERISA claims rule's standards; **first internal appeal within 180 days of
  receipt: by 05/15/2027** (counted from the notice); pre-service decision within 30 days; then external review (the
  state's process for an insured plan). Parity (45 CFR 146.136, through 147.160) applies to individual coverage.
- **Author:** his treating psychiatrist, with his written consent (11/20/2026); writes "I" as the physician and about
  "Mr. Whitcombe".

## Deliberately unknown
- Whether the plan has a second internal level: the notice does not say; a letter must not promise one.
- Connecticut's external review details: not in the case.
- Whether esketamine will work: unknown.

## Traps
- **A date decides:** the episode's onset (about 04/2025), from the plan's own records, not clinical argument; the
  denial took the intake date for the onset.
- **Counting in the current episode:** the 2020 fluoxetine remission is an earlier episode: never a failed trial,
  never counted; only trials begun on or after 04/2025 count.
- **Intolerance:** venlafaxine 3 weeks is not an adequate trial.
- **Drug still taken:** escitalopram continues: never "failed" or "stopped".
- **Sleep dose:** trazodone 50 mg at bedtime.
- **Suicidality:** passive only: never "active", never Spravato's suicidality use; TRD is the use.
- **Substance use:** cannabis use disorder in sustained remission since 09/2024: not "active" (criterion 4 met).
- **Stale document:** the 2022 athletics physical ("no current medications") predates the episode.
- **Other person on a document:** his brother Caleb's methylphenidate on the transfer record.
- **Wrong law:** ERISA is not the governing law (no EBSA); the ACA rule for individual coverage is 45 CFR
  147.136(b)(3); no Medicare or Medicaid rules.
- **Voice:** the psychiatrist writes as the treating physician, never as the patient.

## Arguments a strong letter makes (strongest first)
1. The current episode began about 04/2025, as the plan's own records say (the intake of 06/18/2026 and the Ohio
   summary, both sent with the request); 06/2026 is the intake date. In this episode sertraline (12 weeks) and
   bupropion XL (20 weeks) failed: criterion 2 is met.
2. Correct the notice's statement that the episode began 06/2026 and that escitalopram is the only trial since.
3. Every other MP-ESK-22 criterion is met (table with exhibits); esketamine is given with the continuing
   escitalopram at a REMS-certified center.
4. Ask for a psychiatrist reviewer (the decision was an internist's) and offer a peer-to-peer call; harm of delay:
   medical leave, lost assistantship, passive death wish.
5. External review after the final internal decision.

## What a letter must NOT say
- "the current episode began in June 2026"; "fluoxetine failed"; counting fluoxetine as a trial.
- venlafaxine as an adequate trial; "failed escitalopram"; trazodone as a trial.
- "active suicidal ideation"; "approved for suicidal ideation"; "active substance use".
- "Caleb"; "methylphenidate"; "no current medications".
- "ERISA" as the governing law; "EBSA"; "29 CFR 2590.715-2719"; "Medicaid".
"""

ANSWERS = [
    ("Date of the notice", "Date: 11/16/2026", "denial/prior-authorization-denial-2026-11-16.txt"),
    ("The notice's stated onset", "The current episode began 06/2026 per the records",
     "denial/prior-authorization-denial-2026-11-16.txt"),
    ("The reviewer", "Harriet Lund, MD (Internal Medicine)", "denial/prior-authorization-denial-2026-11-16.txt"),
    ("Appeal window", "within 180 days of receiving this notice", "denial/prior-authorization-denial-2026-11-16.txt"),
    ("Criterion 2's words", "Failure of at least two antidepressants of adequate dose\n(at least the minimum labeled dose) and duration (at least 6 weeks) in the current episode",
     "other/medical-policy-mp-esk-22.txt"),
    ("What 06/18/2026 is", "Date of intake: 06/18/2026", "clinical/student-health-psychiatry-intake-2026-06-18.txt"),
    ("The intake's onset", "Current episode began about 04/2025", "clinical/student-health-psychiatry-intake-2026-06-18.txt"),
    ("The Ohio summary's onset", "Episode onset 04/2025", "clinical/ohio-psychiatry-records-2025-2026.txt"),
    ("Sertraline", "Sertraline 150 mg daily 05/2025-08/2025 (12 weeks): no response", "clinical/ohio-psychiatry-records-2025-2026.txt"),
    ("Bupropion", "Bupropion XL 300 mg daily 10/2025-03/2026 (20 weeks): no response", "clinical/ohio-psychiatry-records-2025-2026.txt"),
    ("Why venlafaxine was stopped", "stopped for drenching sweats and BP 150/96", "clinical/ohio-psychiatry-records-2025-2026.txt"),
    ("Earlier-episode response", "Earlier episode: 2020, fluoxetine 20 mg, remission", "clinical/student-health-psychiatry-intake-2026-06-18.txt"),
    ("What went to the plan and when", "11/09/2026 9:48 am", "other/prior-authorization-fax-report-2026-11-09.txt"),
    ("Suicidality", "Passive thoughts that he would be better off not waking up; no plan, no intent",
     "clinical/psychiatry-note-2026-11-02.txt"),
    ("Substance use", "Cannabis use disorder, mild, in sustained remission since 09/2024", "clinical/psychiatry-note-2026-11-02.txt"),
    ("Last day for the first internal appeal", "by 05/15/2027", "truth"),
]
