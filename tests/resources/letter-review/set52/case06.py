SLUG = "06-marketplace-tms-escitalopram-dose-from-stale-list-external-review-pmhnp"

CASE_YAML = """\
# FICTIONAL CASE (letters set 52, case 06) - every person, plan, provider, number and address is invented.
# Individual Marketplace Silver plan, insured, Arizona. Ruben Castellanos-Pryor, 38, asked for 36 TMS sessions. The
# final internal denial (10/27/2026) says only one adequate antidepressant trial is documented and calls escitalopram
# "10 mg daily for 4 weeks" - the dose on a 01/2026 medication list and on his wife's fills in the pharmacy history.
# The record shows escitalopram 20 mg for 12 weeks with no response. His prescribing PMHNP asks for external review.
patient:
  name: Ruben Castellanos-Pryor
  salutation: Mr. Castellanos-Pryor
  date_of_birth: 1988-07-19
  member_id: FICT-SVH-44120987
  address: |-
    2719 East Mesquite Trail
    Tucson, AZ 85716
  phone: (520) 555-0141
insurer:
  name: Saguaro Valley Health Insurance (FICTIONAL)
  appeals_address: |-
    Saguaro Valley Health Insurance - Appeals and Grievances (FICTIONAL)
    PO Box 27740
    Phoenix, AZ 85038
  fax: (602) 555-0144
claim:
  number: SVH-PA-26-0908-22715
  plan_type: individual_aca
  funding: insured
  notice_date: 2026-09-15
  pending_services: 36
  setting: outpatient
  procedure_codes: [90867, 90868, 90869]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    Medical Policy MP-TMS-14 criterion 2 is not met. Only one adequate antidepressant trial is documented
    (sertraline). Escitalopram 10 mg daily for 4 weeks is below an adequate dose and duration.
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  action: none
  reviewer: {name: "Glenn Atwater, MD", specialty: family medicine}
  corrections:
    - said: Escitalopram 10 mg daily for 4 weeks is below an adequate dose and duration.
      record: >-
        Escitalopram was raised to 20 mg daily on 02/02/2026 and taken at 20 mg through 04/28/2026, 12 weeks, with no
        response (PHQ-9 21 to 20); 10 mg was the starting dose on the 01/12/2026 medication list, and the 10 mg fills
        in the pharmacy history after 02/2026 are his wife's.
      file: [clinical/clinic-note-2026-04-28.txt, other/pharmacy-fill-history-2026-09-30.txt]
      page: 1
decisions:
  - date: 2026-10-27
    outcome: denied
    stage: final internal appeal
    opens: external review
    reason: >-
      Upheld. Criterion 2 requires two adequate antidepressant trials in the current episode. Only one adequate trial
      is documented (sertraline). Escitalopram 10 mg daily for 4 weeks is below an adequate dose and duration.
    corrections:
      - said: Escitalopram 10 mg daily for 4 weeks is below an adequate dose and duration.
        record: >-
          Escitalopram 20 mg daily from 02/02/2026 through 04/28/2026 (12 weeks at 20 mg), no response; the 10 mg
          entries are the 01/12/2026 starting dose and his wife's fills.
        file: [clinical/clinic-note-2026-04-28.txt, other/pharmacy-fill-history-2026-09-30.txt]
        page: 1
external_review:
  final_denial_date: 2026-10-27
plan_policy:
  name: Saguaro Valley Health Insurance Medical Policy MP-TMS-14 "Transcranial Magnetic Stimulation"
  number: MP-TMS-14
  quote: >-
    1. Diagnosis of major depressive disorder, severe, without psychotic features. 2. Inadequate response to at least
    two antidepressant medications, each at an adequate dose for at least 6 weeks, in the current episode, or
    intolerance of them. 3. No contraindication to TMS (implanted metal in or near the head, seizure disorder).
  file: other/mp-tms-14-excerpt.txt
payer_criteria:
  - criterion: "1. Major depressive disorder, severe, without psychotic features"
    how_met: F33.2; PHQ-9 22 on 11/02/2026.
    met: true
    evidence: {file: clinical/tms-referral-evaluation-2026-09-02.txt, page: 1}
  - criterion: "2. Inadequate response to at least two antidepressants, adequate dose, at least 6 weeks, current episode"
    how_met: >-
      Sertraline 200 mg 09/2025-12/2025 (13 weeks), no response; escitalopram 20 mg 02/02/2026-04/28/2026 (12 weeks
      at 20 mg), no response; vortioxetine 20 mg since 05/2026, partial response only, continued.
    met: true
    evidence: {file: clinical/clinic-note-2026-04-28.txt, page: 1}
  - criterion: "3. No contraindication to TMS"
    how_met: No implanted metal, no seizure history (referral evaluation).
    met: true
    evidence: {file: clinical/tms-referral-evaluation-2026-09-02.txt, page: 1}
treatment:
  name: Transcranial magnetic stimulation (TMS), 36 sessions
  summary: >-
    A course of 36 TMS sessions for severe recurrent depression after inadequate responses to sertraline and
    escitalopram at full dose in the current episode, with only a partial response to vortioxetine.
  plan: >-
    36 sessions, five a week, left DLPFC; PHQ-9 weekly; vortioxetine continued; stop if no improvement by session 20.
clinical:
  severity: PHQ-9 22 on 11/02/2026
  severity_date: 2026-11-02
  suicidality: passive
  suicidality_date: 2026-11-02
  episode_onset: 2025-09
  treating_since: 2025-09-08
  exclusions: No implanted metal in or near the head; no seizure history; no psychosis.
  history:
    - drug: Sertraline
      dose: 200 mg daily
      start: 2025-09
      end: 2025-12
      weeks: 13
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 13 weeks (9 at 200 mg)
      evidence: {file: clinical/clinic-note-2026-04-28.txt, page: 1}
    - drug: Escitalopram
      dose: 20 mg daily (10 mg for the first 4 weeks)
      start: 2026-01-05
      end: 2026-04-28
      weeks: 16
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 12 weeks at 20 mg
      evidence: {file: clinical/clinic-note-2026-04-28.txt, page: 1}
    - drug: Vortioxetine
      dose: 20 mg daily
      start: 2026-05
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued
      evidence: {file: clinical/tms-referral-evaluation-2026-09-02.txt, page: 1}
    - drug: Mirtazapine
      dose: 7.5 mg at bedtime for sleep
      start: 2026-05
      ongoing: true
      kind: other
      outcome: Sleep dose only; not an antidepressant trial
      evidence: {file: clinical/tms-referral-evaluation-2026-09-02.txt, page: 1}
    - drug: Cognitive behavioral therapy
      dose: 16 weekly sessions
      start: 2026-01
      end: 2026-05
      kind: psychotherapy
      sessions: 16
      response: partial
      outcome: Partial benefit; psychotherapy, not a medication trial
      evidence: {file: clinical/tms-referral-evaluation-2026-09-02.txt, page: 1}
    - drug: Fluoxetine (2017, an earlier episode)
      dose: 40 mg daily
      start: 2017-03
      end: 2018-02
      kind: antidepressant
      response: remission
      outcome: Remission in the 2017 episode; not a failed trial
      evidence: {file: clinical/tms-referral-evaluation-2026-09-02.txt, page: 1}
author:
  name: Odalys Fuentes-Marr, DNP, PMHNP-BC
  role: Treating psychiatric nurse practitioner (prescriber)
  relation: prescriber
  authorization: other/member-consent-2026-11-04.txt
  address: |-
    Desert Willow Psychiatry (FICTIONAL), 5400 East Broadway Boulevard, Suite 110
    Tucson, AZ 85711
  phone: (520) 555-0183
  email: ofuentesmarr@desertwillow-psych.example
provider:
  name: Odalys Fuentes-Marr
  credentials: DNP, PMHNP-BC
  npi: "1677025847"
  address: |-
    5400 East Broadway Boulevard, Suite 110
    Tucson, AZ 85711
  phone: (520) 555-0183
template: external-review-request
record_dates:
  - file: clinical/clinic-note-2026-04-28.txt
    date: 2026-04-28
  - file: clinical/tms-referral-evaluation-2026-09-02.txt
    date: 2026-09-02
  - file: other/pharmacy-fill-history-2026-09-30.txt
    date: 2026-09-30
  - file: other/medication-list-2026-01-12-stale.txt
    date: 2026-01-12
bates_prefix: CASTELLANOSPRYOR
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
"denial/prior-authorization-denial-2026-09-15.txt": """\
SAGUARO VALLEY HEALTH INSURANCE (FICTIONAL) - NOTICE OF DENIAL                         Date: 09/15/2026
Member: Ruben Castellanos-Pryor   ID FICT-SVH-44120987   Plan: Silver 3500 (Marketplace)   Ref SVH-PA-26-0908-22715
Requested: TMS, 36 sessions (90867, 90868, 90869). Requesting: Odalys Fuentes-Marr, DNP, PMHNP-BC.
Decision: denied. Medical Policy MP-TMS-14 criterion 2 is not met. Only one adequate antidepressant trial is
documented (sertraline). Escitalopram 10 mg daily for 4 weeks is below an adequate dose and duration.
Reviewer: Glenn Atwater, MD (family medicine). You may appeal within 180 days.""",
"denial/final-internal-appeal-decision-2026-10-27.txt": """\
SAGUARO VALLEY HEALTH INSURANCE (FICTIONAL) - FINAL INTERNAL APPEAL DECISION           Date: 10/27/2026
Member: Ruben Castellanos-Pryor   Ref SVH-PA-26-0908-22715
Upheld. Criterion 2 requires two adequate antidepressant trials in the current episode. Only one adequate trial is
documented (sertraline). Escitalopram 10 mg daily for 4 weeks is below an adequate dose and duration.
Records reviewed: medication list dated 01/12/2026; pharmacy claims.
You may ask for an external review by an independent review organization within 4 months of this notice.""",
"clinical/clinic-note-2026-04-28.txt": """\
DESERT WILLOW PSYCHIATRY (FICTIONAL) - MEDICATION MANAGEMENT NOTE                      Date: 04/28/2026
Patient: Ruben Castellanos-Pryor   DOB 07/19/1988   Clinician: Odalys Fuentes-Marr, DNP, PMHNP-BC   Page 1 of 1
Current episode since 09/2025. Sertraline 50 -> 200 mg 09/2025-12/2025 (13 weeks, 9 at 200 mg): no response.
Escitalopram started 10 mg 01/05/2026; raised to 20 mg 02/02/2026; 20 mg daily through today, 12 weeks at 20 mg,
adherent (fills on time). PHQ-9 21 at 02/02, 20 today: no response. Plan: stop escitalopram; start vortioxetine.""",
"clinical/tms-referral-evaluation-2026-09-02.txt": """\
DESERT WILLOW PSYCHIATRY (FICTIONAL) - TMS REFERRAL EVALUATION                         Date: 09/02/2026
Patient: Ruben Castellanos-Pryor   DOB 07/19/1988   Page 1 of 1
F33.2 major depressive disorder, recurrent, severe without psychotic features. Vortioxetine 20 mg since 05/2026,
partial response, continued. Mirtazapine 7.5 mg at bedtime for sleep since 05/2026. CBT 16 sessions 01/2026-05/2026,
partial benefit. Earlier episode 2017: fluoxetine 40 mg with remission.
No implanted metal, no seizure history, no psychosis. Addendum 11/02/2026: PHQ-9 22; passive thoughts of not
wanting to wake up, no plan or intent; safety plan updated.""",
"other/pharmacy-fill-history-2026-09-30.txt": """\
SONORAN FAMILY PHARMACY (FICTIONAL) - FILL HISTORY, household account                  Printed: 09/30/2026
RUBEN CASTELLANOS-PRYOR: escitalopram 10 mg #30 01/05/2026; escitalopram 20 mg #30 02/02/2026, 03/03/2026,
04/01/2026; vortioxetine 20 mg #30 monthly from 05/04/2026.
LUCIA CASTELLANOS-PRYOR (spouse): escitalopram 10 mg #30 monthly from 02/10/2026.""",
"other/medication-list-2026-01-12-stale.txt": """\
DESERT WILLOW PSYCHIATRY (FICTIONAL) - MEDICATION LIST                                 Date: 01/12/2026
Ruben Castellanos-Pryor: escitalopram 10 mg daily (started 01/05/2026).
[A list printed one week into the trial, before the dose was raised; sent with the first request.]""",
"other/mp-tms-14-excerpt.txt": """\
SAGUARO VALLEY HEALTH INSURANCE (FICTIONAL) - MEDICAL POLICY MP-TMS-14 (excerpt)        Page 2 of 6
1. Diagnosis of major depressive disorder, severe, without psychotic features. 2. Inadequate response to at least
two antidepressant medications, each at an adequate dose for at least 6 weeks, in the current episode, or
intolerance of them. 3. No contraindication to TMS (implanted metal in or near the head, seizure disorder).""",
"other/member-consent-2026-11-04.txt": """\
MEMBER'S WRITTEN CONSENT (FICTIONAL FORM)                                               Date: 11/04/2026
I, Ruben Castellanos-Pryor, authorize Odalys Fuentes-Marr, DNP, PMHNP-BC, to request external review for me and to
share my records for it. Signed: Ruben Castellanos-Pryor""",
}

TRUTH = """\
# 06 - Marketplace plan: TMS denied as "escitalopram 10 mg for 4 weeks"; the record shows 20 mg for 12 weeks; external review by the prescribing PMHNP (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Ruben Castellanos-Pryor, 38 (DOB 07/19/1988), an individual **Marketplace Silver** plan, insured, Arizona; F33.2,
  current episode since **09/2025**; PHQ-9 22 on 11/02/2026, passive ideation without plan that day.
- TMS (36 sessions) denied **09/15/2026** and upheld **10/27/2026** (final internal), MP-TMS-14 criterion 2: "Only one
  adequate antidepressant trial ... Escitalopram 10 mg daily for 4 weeks is below an adequate dose and duration."
  The final decision names its sources: "medication list dated 01/12/2026; pharmacy claims."
- Record: **sertraline 200 mg**, 13 weeks, no response; **escitalopram 20 mg from 02/02/2026 through 04/28/2026 (12
  weeks at 20 mg)**, no response. 10 mg was the starting dose on the 01/12/2026 list; the 10 mg monthly fills from
  02/10/2026 are his wife's (Lucia). Criterion 2 needs two: **both are met**. **Vortioxetine** continues with a partial
  response.
- **Rule and stage:** external review after the final internal denial, 45 CFR 147.136(c)/(d), within **4 months of
  10/27/2026: by 02/27/2027**, through the state's process where it has one. Reviewer on the denial: family medicine.
- **Author:** the treating PMHNP (prescriber), with the member's written consent; writes "I" as his treating
  psychiatric nurse practitioner, about "Mr. Castellanos-Pryor"; never "physician" or "Dr.".
- Expected answers:

## Deliberately unknown
- Whether Arizona's external review or the federal one handles this plan's request: the letter names neither body
  by a name the case does not give.
- The exact escitalopram dose the plan's pharmacy claims show for him (its claim screen is not in the case).

## Traps
- **A decision's wrong statement:** "10 mg daily for 4 weeks" comes from a stale list (01/12/2026) and another
  person's fills (his wife's); the letter corrects it from the 04/28/2026 note and the fill history.
- **Drug still taken:** vortioxetine 20 mg continues with a partial response: never "failed" or "stopped"; the two
  trials that meet criterion 2 are sertraline and escitalopram.
- **Sleep dose:** mirtazapine 7.5 mg is not an antidepressant trial.
- **Psychotherapy:** CBT is not a medication trial; never listed among failed antidepressants.
- **Earlier episode:** fluoxetine 2017 remission is not a failed trial, and not in the current episode.
- **Suicidality:** passive, 11/02/2026; not active; no attempt.
- **Wrong law:** no ERISA (individual plan), no Medicare/Medicaid; the ERISA expert-identification right is not cited
  as a duty.
- **Voice:** a nurse practitioner: never "as his physician", "Dr. Fuentes-Marr".

## Arguments a strong letter makes (strongest first)
1. Criterion 2 is met by two adequate trials in the current episode: sertraline 200 mg (13 weeks) and **escitalopram
   20 mg for 12 weeks** (04/28/2026 note; fill history), each without response. The decision's "10 mg for 4 weeks"
   is the starting dose on a one-week-old list and his wife's fills.
2. Criteria 1 and 3 are met (F33.2 severe; no metal, no seizures): every criterion is met; overturn the denial.
3. Severity and risk now (PHQ-9 22, passive ideation 11/02/2026); the reviewer was a family physician.

## What a letter must NOT say
- "escitalopram 10 mg for 4 weeks" as a fact; "only one adequate trial".
- "failed vortioxetine", "stopped vortioxetine"; mirtazapine, CBT or the 2017 fluoxetine as failed trials.
- "active suicidal ideation", "suicide attempt".
- "ERISA", "29 CFR 2560.503-1(h)(3)(iv)" as a duty; "Medicaid"; "Medicare".
- "physician", "Dr. Fuentes-Marr"; "Lucia" or the spouse's fills as his.
"""

ANSWERS = [
    ("Plan type", "plan_type: individual_aca", "case.yaml"),
    ("Reference number", "SVH-PA-26-0908-22715", "denial/prior-authorization-denial-2026-09-15.txt"),
    ("Final internal denial date", "FINAL INTERNAL APPEAL DECISION           Date: 10/27/2026", "denial/final-internal-appeal-decision-2026-10-27.txt"),
    ("Decision's wrong statement", "Escitalopram 10 mg daily for 4 weeks is below an adequate dose and duration", "denial/final-internal-appeal-decision-2026-10-27.txt"),
    ("Sources the decision used", "medication list dated 01/12/2026; pharmacy claims", "denial/final-internal-appeal-decision-2026-10-27.txt"),
    ("Escitalopram as given", "raised to 20 mg 02/02/2026; 20 mg daily through today, 12 weeks at 20 mg", "clinical/clinic-note-2026-04-28.txt"),
    ("Sertraline trial", "Sertraline 50 -> 200 mg 09/2025-12/2025 (13 weeks, 9 at 200 mg): no response", "clinical/clinic-note-2026-04-28.txt"),
    ("Other person in the fill history", "LUCIA CASTELLANOS-PRYOR (spouse): escitalopram 10 mg", "other/pharmacy-fill-history-2026-09-30.txt"),
    ("Criterion 2 words", "two antidepressant medications, each at an adequate dose for at least 6 weeks, in the current episode", "other/mp-tms-14-excerpt.txt"),
    ("Episode onset", "episode_onset: 2025-09", "case.yaml"),
    ("Drug still taken", "Vortioxetine 20 mg since 05/2026,\npartial response, continued", "clinical/tms-referral-evaluation-2026-09-02.txt"),
    ("Sleep dose", "Mirtazapine 7.5 mg at bedtime for sleep", "clinical/tms-referral-evaluation-2026-09-02.txt"),
    ("Earlier-episode response", "fluoxetine 40 mg with remission", "clinical/tms-referral-evaluation-2026-09-02.txt"),
    ("Suicidality", "passive thoughts of not\nwanting to wake up, no plan or intent", "clinical/tms-referral-evaluation-2026-09-02.txt"),
    ("External review deadline", "by 02/27/2027", "truth"),
    ("Author relation", "relation: prescriber", "case.yaml"),
]
