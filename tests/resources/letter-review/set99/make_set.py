#!/usr/bin/env python3
"""FICTIONAL blind test set (letters set 99, issue 18, clinical emphasis) for appeal-kit `draft`.

Run: /work/main/.venv/bin/python make_set.py [--check] [NN ...]
Rewrites every case folder (case.yaml + .txt documents in denial/, clinical/, other/) and its NN-slug.truth.md,
then self-checks. --check also runs `appeal-kit check` on each folder and writes check-output.txt (exit 1 if any
check exit is not 0). All data is in this one file. Every person, plan, provider, number and address is invented.
"""
import io, os, re, shutil, subprocess, sys
from ruamel.yaml import YAML

HERE = os.path.dirname(os.path.abspath(__file__))
APPEAL_KIT = "/work/main/.venv/bin/appeal-kit"
HEAD = "FICTIONAL - invented for a blind test set (letters set 99); not a real person, plan, clinic or number.\n\n"
FOOT = "\n\nFICTIONAL DOCUMENT - end.\n"
CASES = []


def case(**kw):
    CASES.append(kw)


def luhn_npi_ok(npi):
    s = "80840" + npi
    total = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


# ---------------------------------------------------------------------------------------------------------------
# 01 Medicaid managed care, member aged 19 (EPSDT), TMS prior authorization denied as "one adequate trial";
#    plan appeal by her mother as authorized representative.
case(
    slug="01-medicaid-mco-age19-tms-denial-miscounts-fluoxetine-escitalopram-intolerance-plan-appeal-mother",
    yaml=r"""# FICTIONAL CASE (letters set 99, case 01) - every person, plan, provider, number and address is invented.
# Medicaid managed care (New Mexico), member aged 19: TMS denied before treatment as "only one adequate
# antidepressant trial". The record shows two adequate trials (fluoxetine 40 mg 8 weeks, sertraline 150 mg
# 10 weeks) and an escitalopram start stopped for intolerance. Her mother appeals with written authorization.
patient:
  name: Elena Quintero-Hale
  salutation: Ms. Quintero-Hale
  date_of_birth: 2007-06-14
  member_id: FICT-NMMC-30418876
  address: |-
    2217 Calle Ojo Feliz
    Santa Fe, NM 87505
  phone: (505) 555-0127
insurer:
  name: Sangre Valley Health Plan (FICTIONAL), a Medicaid managed care plan
  appeals_address: |-
    Sangre Valley Health Plan, Member Appeals (FICTIONAL)
    PO Box 27713
    Albuquerque, NM 87125
  fax: (505) 555-0163
claim:
  number: SVH-PA-26-1112-4471
  plan_type: medicaid
  delivery: managed_care
  notice_date: 2026-11-20
  appeal_deadline: 2027-01-19
  deadline_basis: >-
    Notice of adverse benefit determination of 11/20/2026: "You have 60 calendar days from the date of this
    notice to ask for a plan appeal." Counted from the notice date.
  procedure_codes: ["90867", "90868"]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    Criterion 1 of policy BH-TMS-04 is not met. The records show only one adequate antidepressant trial. The
    escitalopram trial lasted only 3 weeks, and fluoxetine was given at 20 mg, which is not an adequate dose.
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  reviewer: {name: Dr. Calvin Routh, specialty: family medicine}
  pending_services: 36
  action: none
  corrections:
    - said: fluoxetine was given at 20 mg, which is not an adequate dose.
      record: >-
        Fluoxetine was raised from 20 mg to 40 mg daily after 3 weeks and taken at 40 mg for 8 weeks
        (10/06/2025-12/01/2025) with no response (PHQ-9 23 to 22).
      file: clinical/psychiatry-note-2026-11-10.txt
      page: 1
    - said: The records show only one adequate antidepressant trial.
      record: >-
        Two adequate trials: fluoxetine 40 mg for 8 weeks (no response) and sertraline 150 mg for 10 weeks
        (01/05/2026-03/16/2026, partial response, then stopped). Escitalopram 10 mg was stopped after 3 weeks for
        vomiting: an intolerance, not counted as an adequate trial.
      file: clinical/psychiatry-note-2026-11-10.txt
      page: 1
plan_policy:
  name: Sangre Valley Health Plan Clinical Policy BH-TMS-04, Transcranial Magnetic Stimulation
  number: BH-TMS-04
  quote: >-
    1. Failure of at least two antidepressant trials, each at an adequate dose for at least 6 weeks, in the
    current episode. A trial stopped because of side effects before 6 weeks is not counted. 2. A trial of
    evidence-based psychotherapy. 3. PHQ-9 of 15 or more within 30 days before the request. 4. No seizure
    disorder and no metal implant in the head.
  file: denial/notice-of-adverse-benefit-determination-2026-11-20.txt
payer_criteria:
  - criterion: 1. Failure of at least two antidepressant trials, each at an adequate dose for at least 6 weeks, in the current episode.
    how_met: Fluoxetine 40 mg daily for 8 weeks (no response) and sertraline 150 mg daily for 10 weeks (partial response) in the current episode, which began in August 2025.
    met: true
    evidence: {file: clinical/psychiatry-note-2026-11-10.txt, page: 1}
  - criterion: 2. A trial of evidence-based psychotherapy.
    how_met: 18 sessions of cognitive behavioral therapy, 02/03/2026-07/28/2026.
    met: true
    evidence: {file: clinical/therapy-summary-2026-07-30.txt, page: 1}
  - criterion: 3. PHQ-9 of 15 or more within 30 days before the request.
    how_met: PHQ-9 21 on 11/10/2026; the request was sent 11/12/2026.
    met: true
    evidence: {file: clinical/psychiatry-note-2026-11-10.txt, page: 1}
  - criterion: 4. No seizure disorder and no metal implant in the head.
    how_met: No seizure history; no implanted metal (screening form of 11/10/2026).
    met: true
    evidence: {file: clinical/psychiatry-note-2026-11-10.txt, page: 1}
treatment:
  name: Transcranial magnetic stimulation (TMS), 36 sessions
  summary: >-
    A first course of TMS for recurrent major depression after two adequate antidepressant trials and a course of
    cognitive behavioral therapy did not bring remission.
  plan: >-
    36 sessions, five a week, at the left dorsolateral prefrontal cortex; PHQ-9 every week; stop if there is
    no improvement of at least 20 percent by session 20.
clinical:
  episode_onset: 2025-08
  treating_since: 2025-09-08
  severity: PHQ-9 21 on 11/10/2026 (23 at intake on 09/08/2025)
  severity_date: 2026-11-10
  suicidality: passive
  suicidality_date: 2026-11-10
  exclusions: No seizure disorder, no implanted metal, no psychosis, no bipolar disorder.
  history:
    - drug: Fluoxetine
      dose: 20 mg daily for 3 weeks, then 40 mg daily for 8 weeks
      start: 2025-09-15
      end: 2025-12-01
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      weeks: 11
      outcome: No response at 40 mg (PHQ-9 23 to 22); stopped
      evidence: {file: clinical/psychiatry-note-2026-11-10.txt, page: 1}
    - drug: Sertraline
      dose: 150 mg daily
      start: 2026-01-05
      end: 2026-03-16
      kind: antidepressant
      adequate: true
      failed: true
      response: partial
      weeks: 10
      outcome: Partial response (PHQ-9 16 at week 6, back to 20 at week 10); stopped
      evidence: {file: clinical/psychiatry-note-2026-11-10.txt, page: 1}
    - drug: Escitalopram
      dose: 10 mg daily
      start: 2026-06-08
      end: 2026-06-29
      kind: antidepressant
      adequate: false
      failed: false
      weeks: 3
      outcome: Stopped after 3 weeks for daily vomiting (intolerance); not an adequate trial
      evidence: {file: clinical/psychiatry-note-2026-11-10.txt, page: 1}
    - drug: Cognitive behavioral therapy
      dose: 18 weekly sessions
      start: 2026-02-03
      end: 2026-07-28
      kind: psychotherapy
      sessions: 18
      adequate: true
      response: partial
      outcome: Completed; some gain in activity, depression persisted
      evidence: {file: clinical/therapy-summary-2026-07-30.txt, page: 1}
    - drug: Mirtazapine
      dose: 7.5 mg at bedtime for sleep
      start: 2026-07-06
      ongoing: true
      kind: other
      outcome: Sleep dose, continuing; not an antidepressant trial
      evidence: {file: clinical/psychiatry-note-2026-11-10.txt, page: 1}
author:
  name: Marisela Quintero
  role: mother of the member, authorized representative
  relation: representative
  address: |-
    2217 Calle Ojo Feliz
    Santa Fe, NM 87505
  phone: (505) 555-0128
  authorization: other/authorization-representative-2026-11-24.txt
provider:
  name: Dr. Tomasina Ferrante-Holt
  credentials: MD, psychiatrist
  npi: "1748203910"
  address: |-
    Piñon Ridge Behavioral Health (FICTIONAL), 1440 Cerrillos Road, Suite 6
    Santa Fe, NM 87505
  phone: (505) 555-0140
record_dates:
  - file: clinical/psychiatry-note-2026-11-10.txt
    date: 2026-11-10
  - file: clinical/therapy-summary-2026-07-30.txt
    date: 2026-07-30
bates_prefix: QUINTEROHALE
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/notice-of-adverse-benefit-determination-2026-11-20.txt": """SANGRE VALLEY HEALTH PLAN (FICTIONAL) - MEDICAID MANAGED CARE
NOTICE OF ADVERSE BENEFIT DETERMINATION                         Date of this notice: 11/20/2026   Page 1 of 1
Member: Elena Quintero-Hale   Member ID FICT-NMMC-30418876   Date of birth 06/14/2007
Reference: SVH-PA-26-1112-4471   Request received 11/12/2026 from Dr. Tomasina Ferrante-Holt
Service requested: TMS, 90867 x1 and 90868 x35 (36 sessions)

Decision: DENIED. Criterion 1 of policy BH-TMS-04 is not met. The records show only one adequate
antidepressant trial. The escitalopram trial lasted only 3 weeks, and fluoxetine was given at 20 mg, which is not
an adequate dose.
Reviewed by: Dr. Calvin Routh, family medicine.

Policy BH-TMS-04, criteria:
1. Failure of at least two antidepressant trials, each at an adequate dose for at least 6 weeks, in the
current episode. A trial stopped because of side effects before 6 weeks is not counted. 2. A trial of
evidence-based psychotherapy. 3. PHQ-9 of 15 or more within 30 days before the request. 4. No seizure
disorder and no metal implant in the head.

Your rights: You have 60 calendar days from the date of this notice to ask for a plan appeal. Write to Member
Appeals, PO Box 27713, Albuquerque, NM 87125, fax (505) 555-0163, or call 1-800-555-0176. After the plan appeal
you may ask for a State fair hearing. Members under 21 also have rights to medically necessary care under EPSDT.""",
        "clinical/psychiatry-note-2026-11-10.txt": """PIÑON RIDGE BEHAVIORAL HEALTH (FICTIONAL) - PSYCHIATRY PROGRESS NOTE        Date: 11/10/2026   Page 1 of 1
Patient: Elena Quintero-Hale   DOB 06/14/2007   Clinician: Tomasina Ferrante-Holt, MD (psychiatrist)
Diagnosis: major depressive disorder, recurrent, severe, without psychotic features (F33.2). Current episode since
August 2025; first seen here 09/08/2025 (PHQ-9 23).
Medication history, current episode:
- Fluoxetine 20 mg daily from 09/15/2025, raised to 40 mg daily on 10/06/2025; 8 weeks at 40 mg, no response
  (PHQ-9 23 to 22). Stopped 12/01/2025.
- Sertraline 150 mg daily 01/05/2026-03/16/2026 (10 weeks): partial response, PHQ-9 16 at week 6, back to 20 at
  week 10. Stopped.
- Escitalopram 10 mg daily 06/08/2026-06/29/2026: stopped after 3 weeks for daily vomiting. Intolerance; not an
  adequate trial.
- Mirtazapine 7.5 mg at bedtime since 07/06/2026, for sleep only. Continuing.
Psychotherapy: 18 sessions of CBT with Rosalind Mirabal, LPCC, 02/03/2026-07/28/2026 (summary on file).
Today: PHQ-9 21. Passive death wishes, no plan or intent; safety plan reviewed with patient and her mother. Left her
community college courses in October. Her sister Inés drives her to visits.
TMS screening: no seizure history, no implanted metal, no psychosis, no bipolar disorder.
Plan: request TMS, 36 sessions, five a week; PHQ-9 weekly; stop if less than 20 percent improvement by session 20.""",
        "clinical/therapy-summary-2026-07-30.txt": """MIRABAL COUNSELING (FICTIONAL) - PSYCHOTHERAPY SUMMARY                     Date: 07/30/2026   Page 1 of 1
Client: Elena Quintero-Hale   DOB 06/14/2007   Therapist: Rosalind Mirabal, LPCC
Cognitive behavioral therapy, 18 weekly sessions, 02/03/2026 through 07/28/2026.
Behavioral activation and cognitive restructuring completed. Some gain in daily activity; depressed mood and
hopelessness persist. PHQ-9 20 at session 18. Recommend psychiatric follow-up for other treatment.""",
        "other/authorization-representative-2026-11-24.txt": """AUTHORIZATION OF REPRESENTATIVE                                                Date: 11/24/2026
I, Elena Quintero-Hale (DOB 06/14/2007, member ID FICT-NMMC-30418876), am 19 years old. I authorize my mother,
Marisela Quintero, to appeal reference SVH-PA-26-1112-4471 for me and to receive information about it from
Sangre Valley Health Plan.
Signed: Elena Quintero-Hale""",
    },
    truth="""# 01 - Medicaid managed care, member aged 19: TMS denied as "one adequate trial"; the record shows two; plan appeal by her mother (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Elena Quintero-Hale, **19** (DOB 06/14/2007), New Mexico Medicaid managed care member (Sangre Valley Health Plan).
  Recurrent severe MDD (F33.2), current episode since **August 2025**.
- TMS (36 sessions, 90867 + 90868) requested 11/12/2026 by Dr. Tomasina Ferrante-Holt (psychiatrist); denied
  **11/20/2026** (reference SVH-PA-26-1112-4471) by a **family medicine** reviewer, Dr. Calvin Routh.
- **Fluoxetine**: 20 mg for 3 weeks, then **40 mg for 8 weeks** (10/06/2025-12/01/2025), no response: adequate.
- **Sertraline 150 mg for 10 weeks** (01/05/2026-03/16/2026): partial response, then stopped: adequate.
- **Escitalopram 10 mg, 3 weeks, stopped for vomiting**: intolerance, not an adequate trial (and the policy itself
  says such a trial is not counted: the letter should not argue it as a failure).
- **Mirtazapine 7.5 mg at bedtime** for sleep since 07/06/2026, continuing: not an antidepressant trial.
- **CBT, 18 sessions** (02/03/2026-07/28/2026) with Rosalind Mirabal, LPCC.
- **PHQ-9 21 on 11/10/2026** (23 at intake 09/08/2025). **Passive** death wishes, no plan or intent (11/10/2026).
- Rule and stage: plan appeal (first level), 60 days from the notice: **by 01/19/2027** (42 CFR 438.402(c)(2)(ii));
  then a State fair hearing within 120 days of the plan's resolution (438.408(f)(2)). Under 21: **EPSDT**
  (42 USC 1396d(r)(5)). Pre-service; expedited not claimed.
- Author: her **mother**, as authorized representative (Elena is an adult: authorization of 11/24/2026 enclosed).

## Deliberately unknown
- Whether the plan had the therapy summary when it decided: not stated.
- The plan's network of TMS providers; cost: not in the case.

## Traps
- Escitalopram's 3 weeks is true but is an **intolerance**; the two adequate trials are fluoxetine and sertraline.
- "Fluoxetine 20 mg" is half true: 3 weeks at 20 mg, then 8 weeks at 40 mg.
- Mirtazapine 7.5 mg is a **sleep dose**, continuing: never a failed antidepressant trial.
- CBT is psychotherapy, never listed among failed antidepressants; it is judged by sessions, not weeks.
- Suicidality is **passive**, not active: no "acute suicidal ideation", no Spravato suicidality use.
- The mother is not the parent of a minor: she writes as a representative with authorization; "my daughter" is
  fine, "I" for the patient is not.
- Sister Inés and the therapist are named in the records; they are not parties.

## Arguments a strong letter makes (strongest first)
1. Criterion 1 is met: fluoxetine 40 mg for 8 weeks and sertraline 150 mg for 10 weeks, both adequate, both in the
   current episode; correct the notice's "20 mg" and "one adequate trial" sentences with the note's own lines.
2. Criteria 2-4 met: 18 CBT sessions; PHQ-9 21 two days before the request; no seizure disorder or implant.
3. EPSDT: she is under 21, so the plan must cover care necessary to correct or ameliorate her depression
   (42 USC 1396d(r)(5)), whatever the policy's limits.
4. Ask that a psychiatrist decide the appeal (a family-medicine reviewer decided); the State fair hearing route.

## What a letter must NOT say
- "failed escitalopram" / "three failed antidepressants"; "mirtazapine failed".
- "acute suicidal ideation"; "active suicidal ideation".
- "ERISA", "29 CFR 2560.503-1", "external review" as the next step, "Medicare".
- "the state sets between 90 and 120 days".
""",
    answers=[
        ("Patient's age", "19 years old", "other/authorization-representative-2026-11-24.txt"),
        ("Fluoxetine dose and time at it", "8 weeks at 40 mg, no response", "clinical/psychiatry-note-2026-11-10.txt"),
        ("Sertraline trial", "Sertraline 150 mg daily 01/05/2026-03/16/2026 (10 weeks)", "clinical/psychiatry-note-2026-11-10.txt"),
        ("Why escitalopram stopped", "stopped after 3 weeks for daily vomiting", "clinical/psychiatry-note-2026-11-10.txt"),
        ("Is escitalopram an adequate trial", "Intolerance; not an adequate trial", "clinical/psychiatry-note-2026-11-10.txt"),
        ("Mirtazapine purpose", "Mirtazapine 7.5 mg at bedtime since 07/06/2026, for sleep only", "clinical/psychiatry-note-2026-11-10.txt"),
        ("Psychotherapy", "18 sessions of CBT with Rosalind Mirabal, LPCC", "clinical/psychiatry-note-2026-11-10.txt"),
        ("Latest PHQ-9", "Today: PHQ-9 21", "clinical/psychiatry-note-2026-11-10.txt"),
        ("Suicidality", "Passive death wishes, no plan or intent", "clinical/psychiatry-note-2026-11-10.txt"),
        ("Reviewer's specialty", "Dr. Calvin Routh, family medicine", "denial/notice-of-adverse-benefit-determination-2026-11-20.txt"),
        ("Notice date", "Date of this notice: 11/20/2026", "denial/notice-of-adverse-benefit-determination-2026-11-20.txt"),
        ("Policy rule on side-effect trials", "A trial stopped because of side effects before 6 weeks is not counted", "denial/notice-of-adverse-benefit-determination-2026-11-20.txt"),
        ("Appeal window", "60 calendar days from the date of this notice", "denial/notice-of-adverse-benefit-determination-2026-11-20.txt"),
        ("Appeal deadline", "by 01/19/2027", "truth"),
        ("Under-21 right", "EPSDT", "denial/notice-of-adverse-benefit-determination-2026-11-20.txt"),
        ("Author and basis", "relation: representative", "case.yaml"),
    ],
)

# ---------------------------------------------------------------------------------------------------------------
# 02 FEHB, Spravato prior approval denied: "duloxetine only 4 weeks", "bupropion discontinued". The record: 12
#    weeks of duloxetine (8 at 120 mg); bupropion lowered from 450 to 300 mg, continuing. Carrier
#    reconsideration by the patient herself.
case(
    slug="02-fehb-spravato-duloxetine-weeks-miscounted-bupropion-lowered-not-stopped-reconsideration-patient",
    yaml=r"""# FICTIONAL CASE (letters set 99, case 02) - every person, plan, provider, number and address is invented.
# FEHB Standard Option (Maryland): Spravato prior approval denied under CC-ESK-9 criteria 2 and 3. The denial
# counts duloxetine as 4 weeks (it was 12: 4 at 60 mg, 8 at 120 mg) and calls bupropion discontinued (its dose
# was lowered from 450 to 300 mg in September; it continues). The patient asks the carrier to reconsider.
patient:
  name: Corinne Delacroix-Baird
  salutation: Ms. Delacroix-Baird
  date_of_birth: 1979-02-11
  member_id: FICT-FEHB-R4471902
  address: |-
    8813 Larkmeade Court
    Silver Spring, MD 20910
  phone: (301) 555-0134
  email: c.delacroix@mail.example
insurer:
  name: Federal Civil Service Mutual Benefit Plan, Standard Option (FICTIONAL)
  appeals_address: |-
    FCS Mutual Benefit Plan, Reconsiderations (FICTIONAL)
    PO Box 60218
    Baltimore, MD 21203
  fax: (410) 555-0172
claim:
  number: FCS-PA-26-1030-88214
  plan_type: fehb
  notice_date: 2026-11-16
  appeal_deadline: 2027-05-16
  deadline_basis: >-
    Denial letter of 11/16/2026: "You may ask us in writing to reconsider within 6 months of the date of this
    letter." Counted from the letter's date.
  procedure_codes: [J0013, "99214"]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    Criterion 2 is not met: duloxetine was taken for 4 weeks only, and sertraline was from a prior episode.
    Bupropion was discontinued in September 2026, so the request also does not meet criterion 3 (use with an
    oral antidepressant).
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  action: none
  pending_services: 8 induction sessions, then weekly maintenance
  corrections:
    - said: duloxetine was taken for 4 weeks only
      record: >-
        Duloxetine 60 mg daily 04/13/2026-05/11/2026 (4 weeks), then 120 mg daily 05/11/2026-07/06/2026 (8
        weeks): 12 weeks in all, no response.
      file: clinical/psychiatry-summary-2026-11-04.txt
      page: 1
    - said: sertraline was from a prior episode.
      record: >-
        Sertraline brought remission in the 2019 episode; in the current episode (since January 2026) it was
        restarted and taken at 200 mg daily 02/02/2026-04/06/2026 (9 weeks) with no response.
      file: clinical/psychiatry-summary-2026-11-04.txt
      page: 1
    - said: Bupropion was discontinued in September 2026
      record: >-
        Bupropion XL was lowered from 450 mg to 300 mg daily on 09/14/2026 for a tremor and continues at 300 mg;
        the pharmacy record shows fills of 300 mg on 09/14/2026, 10/13/2026 and 11/11/2026.
      file: [clinical/psychiatry-summary-2026-11-04.txt, other/pharmacy-fill-history-2026-11-20.txt]
      page: 1
plan_policy:
  name: FCS Mutual Benefit Plan Clinical Criteria CC-ESK-9, Esketamine nasal spray
  number: CC-ESK-9
  quote: >-
    1. Diagnosis of major depressive disorder in an adult. 2. Inadequate response to at least two oral
    antidepressants, each at an adequate dose for at least 8 weeks, in the current episode. 3. Esketamine will
    be used with an oral antidepressant. 4. Administered at a certified treatment center.
  file: denial/prior-approval-denial-2026-11-16.txt
payer_criteria:
  - criterion: 2. Inadequate response to at least two oral antidepressants, each at an adequate dose for at least 8 weeks, in the current episode.
    how_met: Sertraline 200 mg for 9 weeks (02/02/2026-04/06/2026) and duloxetine for 12 weeks, 8 of them at 120 mg (04/13/2026-07/06/2026), both with no response, both in the episode that began in January 2026.
    met: true
    evidence: {file: clinical/psychiatry-summary-2026-11-04.txt, page: 1}
  - criterion: 3. Esketamine will be used with an oral antidepressant.
    how_met: Bupropion XL 300 mg daily continues and will be taken with esketamine.
    met: true
    evidence: [{file: clinical/psychiatry-summary-2026-11-04.txt, page: 1}, {file: other/pharmacy-fill-history-2026-11-20.txt, page: 1}]
  - criterion: 4. Administered at a certified treatment center.
    how_met: Chesapeake Interventional Psychiatry is a certified treatment center under the REMS.
    met: true
    evidence: {file: clinical/psychiatry-summary-2026-11-04.txt, page: 1}
treatment:
  name: Spravato (esketamine) nasal spray
  alongside: bupropion XL 300 mg daily
  summary: >-
    Esketamine nasal spray with my continuing oral antidepressant, for my major depression, which did not respond
    to sertraline or duloxetine in this episode.
  plan: >-
    56 mg twice a week for 4 weeks, then 56 or 84 mg weekly; two hours of observation after each dose; MADRS
    every 4 weeks; stop if MADRS has not fallen by at least 25 percent by week 8.
  setting: Chesapeake Interventional Psychiatry, a certified Spravato treatment center
clinical:
  episode_onset: 2026-01
  treating_since: 2019-03-04
  severity: MADRS 34 and PHQ-9 20 on 11/04/2026
  severity_date: 2026-11-04
  suicidality: none
  suicidality_date: 2026-11-04
  history:
    - drug: Sertraline
      dose: 200 mg daily
      start: 2026-02-02
      end: 2026-04-06
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      weeks: 9
      outcome: No response in the current episode (it brought remission in 2019); stopped
      evidence: {file: clinical/psychiatry-summary-2026-11-04.txt, page: 1}
    - drug: Duloxetine
      dose: 60 mg daily for 4 weeks, then 120 mg daily for 8 weeks
      start: 2026-04-13
      end: 2026-07-06
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      weeks: 12
      outcome: No response; stopped
      evidence: {file: clinical/psychiatry-summary-2026-11-04.txt, page: 1}
    - drug: Bupropion XL
      dose: 450 mg daily from 07/13/2026, lowered to 300 mg daily on 09/14/2026
      start: 2026-07-13
      ongoing: true
      kind: antidepressant
      response: partial
      outcome: Partial response; lowered for tremor, continuing at 300 mg
      evidence: {file: clinical/psychiatry-summary-2026-11-04.txt, page: 1}
    - drug: Trazodone
      dose: 50 mg at bedtime for sleep
      start: 2026-03-02
      ongoing: true
      kind: other
      outcome: Sleep dose, continuing; not an antidepressant trial
      evidence: {file: clinical/psychiatry-summary-2026-11-04.txt, page: 1}
author:
  name: Corinne Delacroix-Baird
  relation: patient
provider:
  name: Dr. Nikhil Osei-Brennan
  credentials: MD, psychiatrist
  npi: "1305928461"
  address: |-
    Chesapeake Interventional Psychiatry (FICTIONAL), 1200 Wayne Avenue, Suite 410
    Silver Spring, MD 20910
  phone: (301) 555-0117
record_dates:
  - file: clinical/psychiatry-summary-2026-11-04.txt
    date: 2026-11-04
  - file: other/pharmacy-fill-history-2026-11-20.txt
    date: 2026-11-20
bates_prefix: DELACROIXBAIRD
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/prior-approval-denial-2026-11-16.txt": """FEDERAL CIVIL SERVICE MUTUAL BENEFIT PLAN (FICTIONAL) - STANDARD OPTION
PRIOR APPROVAL DECISION                                                   Date: 11/16/2026   Page 1 of 1
Member: Corinne Delacroix-Baird   ID FICT-FEHB-R4471902   Reference FCS-PA-26-1030-88214
Requested by: Dr. Nikhil Osei-Brennan   Service: esketamine nasal spray, J0013 with 99214

We cannot approve this request. Criterion 2 is not met: duloxetine was taken for 4 weeks only, and sertraline
was from a prior episode. Bupropion was discontinued in September 2026, so the request also does not meet
criterion 3 (use with an oral antidepressant).

Clinical Criteria CC-ESK-9: 1. Diagnosis of major depressive disorder in an adult. 2. Inadequate response to at
least two oral antidepressants, each at an adequate dose for at least 8 weeks, in the current episode.
3. Esketamine will be used with an oral antidepressant. 4. Administered at a certified treatment center.

If you disagree: You may ask us in writing to reconsider within 6 months of the date of this letter. Write to
Reconsiderations, PO Box 60218, Baltimore, MD 21203, or fax (410) 555-0172. If we do not change our decision you
may ask the U.S. Office of Personnel Management to review it.""",
        "clinical/psychiatry-summary-2026-11-04.txt": """CHESAPEAKE INTERVENTIONAL PSYCHIATRY (FICTIONAL) - TREATMENT SUMMARY           Date: 11/04/2026   Page 1 of 1
Patient: Corinne Delacroix-Baird   DOB 02/11/1979   Psychiatrist: Nikhil Osei-Brennan, MD (treating since 03/04/2019)
Diagnosis: major depressive disorder, recurrent, severe (F33.2). Earlier episode 2019: remission on sertraline
150 mg. Current episode began January 2026.
Current episode:
- Sertraline restarted; 200 mg daily 02/02/2026-04/06/2026 (9 weeks). No response. Stopped.
- Duloxetine 60 mg daily 04/13/2026-05/11/2026, then 120 mg daily 05/11/2026-07/06/2026: 12 weeks in all, no response.
- Bupropion XL 450 mg daily from 07/13/2026; lowered to 300 mg daily on 09/14/2026 because of a hand tremor.
  Partial response. Continuing at 300 mg.
- Trazodone 50 mg at bedtime since 03/02/2026, for sleep only.
Today: MADRS 34, PHQ-9 20. Denies suicidal ideation. On medical leave from her agency since 08/2026.
Plan: esketamine 56 mg twice weekly for 4 weeks, then 56 or 84 mg weekly, with bupropion XL 300 mg continued;
two hours of observation; MADRS every 4 weeks; stop if less than 25 percent improvement by week 8. This office is
a certified Spravato treatment center.""",
        "other/pharmacy-fill-history-2026-11-20.txt": """GREENMOUNT PHARMACY (FICTIONAL) - PRESCRIPTION FILL HISTORY (household printout)   Printed: 11/20/2026
Fills 08/01/2026-11/20/2026                                                                     Page 1 of 1
DELACROIX-BAIRD, CORINNE   Bupropion XL 450 mg   08/12/2026   30 tablets
DELACROIX-BAIRD, CORINNE   Bupropion XL 300 mg   09/14/2026   30 tablets
DELACROIX-BAIRD, CORINNE   Bupropion XL 300 mg   10/13/2026   30 tablets
DELACROIX-BAIRD, CORINNE   Bupropion XL 300 mg   11/11/2026   30 tablets
DELACROIX-BAIRD, CORINNE   Trazodone 50 mg       10/02/2026   30 tablets
BAIRD, GRAHAM              Atorvastatin 20 mg    10/20/2026   90 tablets""",
    },
    truth="""# 02 - FEHB: Spravato denied on miscounted duloxetine weeks and a bupropion "discontinued" that was only lowered; carrier reconsideration by the patient (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Corinne Delacroix-Baird, 47, FEHB Standard Option member (Federal Civil Service Mutual Benefit Plan).
  Recurrent severe MDD (F33.2); **current episode since January 2026**; earlier episode 2019 remitted on sertraline.
- Spravato prior approval denied **11/16/2026** (FCS-PA-26-1030-88214) under CC-ESK-9 criteria 2 and 3.
- **Sertraline 200 mg, 02/02-04/06/2026 (9 weeks), no response, in the current episode** (restarted; the 2019
  remission was on 150 mg). The denial's "from a prior episode" is wrong for this trial.
- **Duloxetine 12 weeks**: 60 mg for 4 weeks, then **120 mg for 8 weeks**; no response.
- **Bupropion XL**: 450 mg from 07/13/2026, **lowered to 300 mg on 09/14/2026 (tremor), continuing**, partial
  response; fills of 300 mg on 09/14, 10/13 and 11/11/2026. Not discontinued. It is the oral antidepressant
  Spravato will be used with.
- **Trazodone 50 mg at bedtime**: sleep only, continuing; not a trial.
- MADRS 34 / PHQ-9 20 on 11/04/2026; **no suicidal ideation**. Medical leave since 08/2026.
- Rule and stage: FEHB carrier reconsideration, within 6 months of the letter: **by 05/16/2027** (5 CFR 890.105);
  then OPM review within 90 days of the carrier's decision.
- Author: **the patient** ("I", "my").

## Deliberately unknown
- Whether the carrier had the pharmacy printout; whether a peer-to-peer was offered: not stated.
- The carrier's decision time for a pre-service reconsideration: not quoted in the case.

## Traps
- Bupropion is **continuing at a lower dose**: never "stopped", "failed" or "discontinued".
- Duloxetine's "4 weeks" is only the 60 mg step.
- Sertraline appears twice in her life: the 2019 remission and the 2026 trial. The current-episode trial counts.
- Trazodone 50 mg is a sleep dose.
- The household pharmacy printout names her husband **Graham Baird** (atorvastatin): not part of the appeal.
- No suicidal ideation: no "acute suicidal ideation" indication; TRD use.
- "Psychiatrist prescriber" is not a criterion here; do not invent one.

## Arguments a strong letter makes (strongest first)
1. Criterion 2 met: sertraline 200 mg 9 weeks and duloxetine 12 weeks (8 at 120 mg), both in the current episode,
   both without response; correct each misstatement with the summary's lines.
2. Criterion 3 met: bupropion XL 300 mg continues (fill history) and will be taken with Spravato.
3. Criteria 1 and 4 met (adult with MDD; certified center). Ask for approval of the course as planned.
4. Next step: OPM review if the carrier does not change its decision.

## What a letter must NOT say
- "bupropion was discontinued", "stopped bupropion", "failed bupropion".
- "three failed antidepressants" counting trazodone; "four".
- "suicidal ideation" as present.
- "ERISA", "29 CFR 2560.503-1", "45 CFR 147.136", "external review" as the FEHB route, "Graham".
""",
    answers=[
        ("Current episode onset", "Current episode began January 2026", "clinical/psychiatry-summary-2026-11-04.txt"),
        ("Earlier episode response", "Earlier episode 2019: remission on sertraline 150 mg", "clinical/psychiatry-summary-2026-11-04.txt"),
        ("Sertraline in current episode", "200 mg daily 02/02/2026-04/06/2026 (9 weeks). No response", "clinical/psychiatry-summary-2026-11-04.txt"),
        ("Duloxetine total length", "12 weeks in all, no response", "clinical/psychiatry-summary-2026-11-04.txt"),
        ("Duloxetine higher dose", "120 mg daily 05/11/2026-07/06/2026", "clinical/psychiatry-summary-2026-11-04.txt"),
        ("Bupropion change", "lowered to 300 mg daily on 09/14/2026 because of a hand tremor", "clinical/psychiatry-summary-2026-11-04.txt"),
        ("Bupropion now", "Continuing at 300 mg", "clinical/psychiatry-summary-2026-11-04.txt"),
        ("Bupropion fill after the denial's date", "Bupropion XL 300 mg   11/11/2026", "other/pharmacy-fill-history-2026-11-20.txt"),
        ("Trazodone", "Trazodone 50 mg at bedtime since 03/02/2026, for sleep only", "clinical/psychiatry-summary-2026-11-04.txt"),
        ("Severity", "MADRS 34, PHQ-9 20", "clinical/psychiatry-summary-2026-11-04.txt"),
        ("Suicidality", "Denies suicidal ideation", "clinical/psychiatry-summary-2026-11-04.txt"),
        ("What the denial misstates", "Bupropion was discontinued in September 2026", "denial/prior-approval-denial-2026-11-16.txt"),
        ("Reconsideration window", "within 6 months of the date of this letter", "denial/prior-approval-denial-2026-11-16.txt"),
        ("Next level", "U.S. Office of Personnel Management", "denial/prior-approval-denial-2026-11-16.txt"),
        ("Other person on a document", "BAIRD, GRAHAM", "other/pharmacy-fill-history-2026-11-20.txt"),
        ("Author", "relation: patient", "case.yaml"),
    ],
)

# ---------------------------------------------------------------------------------------------------------------
# 03 TRICARE Prime, active-duty family member, 24 weeks pregnant: ECT denied as "no lithium or antipsychotic
#    augmentation" and "not recommended during pregnancy". Aripiprazole stopped at 3 weeks for akathisia;
#    lithium advised against by maternal-fetal medicine; quetiapine 50 mg is a sleep dose. Expedited
#    reconsideration by her husband, the sponsor.
case(
    slug="03-tricare-prime-pregnant-ect-denied-pregnancy-and-augmentation-mfm-letter-expedited-reconsideration-husband",
    yaml=r"""# FICTIONAL CASE (letters set 99, case 03) - every person, plan, provider, number and address is invented.
# TRICARE Prime (North Carolina), active-duty family member 24 weeks pregnant with severe recurrent depression,
# food refusal and suicidal thoughts. ECT denied before treatment. Her husband (the sponsor) asks for an
# expedited reconsideration with her written authorization.
patient:
  name: Danielle Okafor-Pruitt
  salutation: Mrs. Okafor-Pruitt
  date_of_birth: 1994-08-30
  member_id: FICT-DBN-2049918837
  address: |-
    417 Longleaf Loop
    Jacksonville, NC 28546
  phone: (910) 555-0146
insurer:
  name: TRICARE Prime - Atlantic Federal Health Partners (FICTIONAL regional contractor)
  appeals_address: |-
    Atlantic Federal Health Partners, TRICARE Appeals (FICTIONAL)
    PO Box 8802
    Columbia, SC 29202
  fax: (803) 555-0159
claim:
  number: AFHP-26-1119-55310
  plan_type: tricare
  notice_date: 2026-11-23
  appeal_deadline: 2027-02-21
  deadline_basis: >-
    Denial of 11/23/2026: "You may request reconsideration within 90 days of the date of this notice."
    Counted from the notice date.
  procedure_codes: ["90870", "00104"]
  diagnosis_codes: [O99.342, F33.2, Z3A.24]
  denial_reason: >-
    Criterion 2 of guideline AFHP-ECT-3 is not met: the member has not had a trial of lithium or antipsychotic
    augmentation. In addition, ECT is not recommended during pregnancy.
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  action: none
  urgent: true
  pending_services: 12 ECT treatments
  corrections:
    - said: ECT is not recommended during pregnancy.
      record: >-
        Her maternal-fetal medicine physician writes that ECT may be given in pregnancy with obstetric
        monitoring (fetal heart checks before and after each treatment, left uterine displacement) and that she
        supports it for this patient; she advised against lithium in this pregnancy.
      file: clinical/maternal-fetal-medicine-letter-2026-11-19.txt
      page: 1
    - said: the member has not had a trial of lithium or antipsychotic augmentation.
      leaves_out: true
      record: >-
        Aripiprazole 5 mg was added 09/01/2026 and stopped 09/22/2026 for akathisia; lithium was not started
        because maternal-fetal medicine advised against it (hyperemesis with repeated dehydration).
      file: [clinical/psychiatry-consult-2026-11-18.txt, clinical/maternal-fetal-medicine-letter-2026-11-19.txt]
      page: 1
plan_policy:
  name: Atlantic Federal Health Partners guideline AFHP-ECT-3, Electroconvulsive therapy
  number: AFHP-ECT-3
  quote: >-
    1. Severe major depressive episode. 2. Inadequate response to, or intolerance of, an antidepressant and an
    augmentation with lithium or an antipsychotic, unless contraindicated. 3. Or: a need for rapid response
    because of suicidality, refusal of food or fluids, or catatonia, in which case ECT may be approved without
    criterion 2.
  file: denial/tricare-denial-2026-11-23.txt
payer_criteria:
  - criterion: 2. Inadequate response to, or intolerance of, an antidepressant and an augmentation with lithium or an antipsychotic, unless contraindicated.
    how_met: Sertraline 200 mg with partial response (continuing); aripiprazole 5 mg stopped at 3 weeks for akathisia (intolerance); lithium advised against by maternal-fetal medicine.
    met: true
    evidence: [{file: clinical/psychiatry-consult-2026-11-18.txt, page: 1}, {file: clinical/maternal-fetal-medicine-letter-2026-11-19.txt, page: 1}]
  - criterion: 3. Or a need for rapid response because of suicidality, refusal of food or fluids, or catatonia, in which case ECT may be approved without criterion 2.
    how_met: She refuses most meals (6 kg lost since October, during pregnancy) and has daily thoughts of suicide.
    met: true
    instead_of: 2
    evidence: {file: clinical/psychiatry-consult-2026-11-18.txt, page: 1}
treatment:
  name: Electroconvulsive therapy (ECT), 12 treatments
  summary: >-
    An acute course of ECT for a severe depressive episode in pregnancy with food refusal and suicidal thoughts,
    after sertraline gave only a partial response and aripiprazole could not be tolerated.
  plan: >-
    12 treatments, three a week, with obstetric monitoring at each (fetal heart before and after, left uterine
    displacement); EPDS and MADRS weekly; reassess after 6 treatments.
  alongside: sertraline 200 mg daily
clinical:
  episode_onset: 2026-05
  severity: EPDS 24 and MADRS 40 on 11/18/2026; weight 6 kg below early October
  severity_date: 2026-11-18
  suicidality: active
  suicidality_date: 2026-11-18
  history:
    - drug: Sertraline
      dose: 100 mg daily, raised to 200 mg daily on 07/13/2026
      start: 2026-06-15
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continuing
      evidence: {file: clinical/psychiatry-consult-2026-11-18.txt, page: 1}
    - drug: Aripiprazole
      dose: 5 mg daily (added to sertraline)
      start: 2026-09-01
      end: 2026-09-22
      kind: augmentation
      adequate: false
      weeks: 3
      outcome: Stopped after 3 weeks for akathisia (intolerance)
      evidence: {file: clinical/psychiatry-consult-2026-11-18.txt, page: 1}
    - drug: Quetiapine
      dose: 50 mg at bedtime for sleep
      start: 2026-10-05
      ongoing: true
      kind: other
      outcome: Sleep dose, continuing; not an augmentation trial
      evidence: {file: clinical/psychiatry-consult-2026-11-18.txt, page: 1}
urgency:
  reason: >-
    She is 24 weeks pregnant, refuses most meals (6 kg lost since early October) and has daily thoughts of
    suicide; waiting for a standard decision would seriously jeopardize her health and the pregnancy.
  certified_by: Dr. Helena Varga, MD
author:
  name: Marcus Pruitt
  role: husband of the patient and TRICARE sponsor (Staff Sergeant, USMC), authorized representative
  relation: representative
  address: |-
    417 Longleaf Loop
    Jacksonville, NC 28546
  phone: (910) 555-0147
  authorization: other/authorization-to-represent-2026-11-24.txt
provider:
  name: Dr. Helena Varga
  credentials: MD, perinatal psychiatrist
  npi: "1620837157"
  address: |-
    Onslow Women's Behavioral Health (FICTIONAL), 900 Western Boulevard
    Jacksonville, NC 28546
  phone: (910) 555-0131
record_dates:
  - file: clinical/psychiatry-consult-2026-11-18.txt
    date: 2026-11-18
  - file: clinical/maternal-fetal-medicine-letter-2026-11-19.txt
    date: 2026-11-19
template: expedited-appeal
bates_prefix: OKAFORPRUITT
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/tricare-denial-2026-11-23.txt": """TRICARE PRIME - ATLANTIC FEDERAL HEALTH PARTNERS (FICTIONAL REGIONAL CONTRACTOR)
NOTICE OF DENIAL                                                          Date: 11/23/2026   Page 1 of 1
Beneficiary: Danielle Okafor-Pruitt   DoD Benefits Number FICT-DBN-2049918837   Sponsor: Marcus Pruitt
Reference AFHP-26-1119-55310   Requested by Dr. Helena Varga   Service: ECT (90870) x12 with anesthesia (00104)

Decision: Not authorized. Criterion 2 of guideline AFHP-ECT-3 is not met: the member has not had a trial of
lithium or antipsychotic augmentation. In addition, ECT is not recommended during pregnancy.

Guideline AFHP-ECT-3: 1. Severe major depressive episode. 2. Inadequate response to, or intolerance of, an
antidepressant and an augmentation with lithium or an antipsychotic, unless contraindicated. 3. Or: a need for
rapid response because of suicidality, refusal of food or fluids, or catatonia, in which case ECT may be approved
without criterion 2.

Reconsideration: You may request reconsideration within 90 days of the date of this notice. If waiting could
seriously harm your health, ask for an expedited reconsideration by fax (803) 555-0159. Mail: TRICARE Appeals,
PO Box 8802, Columbia, SC 29202.""",
        "clinical/psychiatry-consult-2026-11-18.txt": """ONSLOW WOMEN'S BEHAVIORAL HEALTH (FICTIONAL) - PERINATAL PSYCHIATRY CONSULT    Date: 11/18/2026   Page 1 of 1
Patient: Danielle Okafor-Pruitt   DOB 08/30/1994   Psychiatrist: Helena Varga, MD
Pregnancy: 24 weeks today (estimated due date 03/10/2027). Obstetric care: Dr. Nomvula Asante (maternal-fetal medicine).
Diagnosis: major depressive disorder, recurrent, severe, in pregnancy. Episode since May 2026. Earlier episode
2021: remission on sertraline 100 mg.
Medication: sertraline 100 mg from 06/15/2026, 200 mg since 07/13/2026: partial response, continuing.
Aripiprazole 5 mg added 09/01/2026, stopped 09/22/2026 for akathisia (restless, could not sit): intolerance.
Quetiapine 50 mg at bedtime since 10/05/2026 for sleep only. Lithium not started: advised against by MFM.
Today: EPDS 24, MADRS 40. Refuses most meals; weight 6 kg below early October. Thoughts of suicide daily, no
plan; she agrees to safety plan with her husband present. No psychosis. No catatonia.
Plan: ECT, 12 treatments, three a week, with obstetric monitoring; EPDS and MADRS weekly; reassess after 6.
I certify that waiting for a standard decision would seriously jeopardize her health and the pregnancy.""",
        "clinical/maternal-fetal-medicine-letter-2026-11-19.txt": """COASTAL MATERNAL-FETAL MEDICINE (FICTIONAL)                                    Date: 11/19/2026   Page 1 of 1
Re: Danielle Okafor-Pruitt, DOB 08/30/1994, 24 weeks
To whom it may concern:
I follow Mrs. Okafor-Pruitt's pregnancy. She has had hyperemesis with three visits for intravenous fluids for
dehydration this pregnancy, so I advised against lithium: a safe level could not be kept. ECT may be given in
pregnancy with obstetric monitoring: fetal heart checks before and after each treatment and left uterine
displacement. I support ECT for her and will coordinate the monitoring.
Nomvula Asante, MD, Maternal-Fetal Medicine   (910) 555-0163""",
        "other/authorization-to-represent-2026-11-24.txt": """AUTHORIZATION TO REPRESENT                                                     Date: 11/24/2026
I, Danielle Okafor-Pruitt (DoD Benefits Number FICT-DBN-2049918837), authorize my husband, Marcus Pruitt, to ask
for reconsideration of reference AFHP-26-1119-55310 for me and to receive information about it.
Signed: Danielle Okafor-Pruitt""",
    },
    truth="""# 03 - TRICARE Prime: ECT in pregnancy denied as "not recommended in pregnancy" and "no augmentation"; expedited reconsideration by her husband (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Danielle Okafor-Pruitt, 32, active-duty family member (TRICARE Prime); **24 weeks pregnant** on 11/18/2026.
  Recurrent severe MDD, episode since **May 2026**; 2021 episode remitted on sertraline 100 mg.
- ECT (12 treatments) denied **11/23/2026** (AFHP-26-1119-55310) under guideline AFHP-ECT-3.
- **Sertraline 200 mg since 07/13/2026: partial response, continuing** (taken alongside ECT).
- **Aripiprazole 5 mg, 09/01-09/22/2026, stopped for akathisia**: an intolerance, and the guideline's criterion 2
  itself accepts "intolerance of" an augmentation.
- **Lithium never started**: MFM (Dr. Nomvula Asante) advised against it (hyperemesis, three IV-fluid visits).
- **Quetiapine 50 mg at bedtime**: sleep only, continuing; not an augmentation trial.
- EPDS 24, MADRS 40 on 11/18/2026; **refuses most meals, 6 kg lost**; **daily thoughts of suicide, no plan**; no
  psychosis, no catatonia.
- Criterion 3 (rapid response: suicidality, refusal of food) lets ECT be approved **without criterion 2**.
- MFM writes that ECT may be given in pregnancy with monitoring and supports it: the denial's pregnancy sentence is
  contradicted by her own obstetric specialist.
- Rule and stage: TRICARE reconsideration, within 90 days: **by 02/21/2027** (32 CFR 199.10); expedited, certified
  by Dr. Helena Varga, MD.
- Author: **her husband**, the sponsor, as authorized representative.

## Deliberately unknown
- The contractor's reviewer and specialty: not named.
- Exact expedited decision time the contractor promises: not quoted in the case.

## Traps
- Aripiprazole: 3 weeks, **intolerance** - not "failed an adequate trial of augmentation".
- Quetiapine 50 mg is a sleep dose, not an antipsychotic augmentation.
- Sertraline is **continuing** (partial), not failed and stopped.
- Lithium was never tried: say "advised against by her MFM physician", not "failed lithium".
- Suicidal thoughts **without a plan**: do not say "suicide attempt" or "plan".
- Earlier episode response (2021 sertraline remission) is not a current-episode failure.
- TRICARE: no ERISA, no ACA external review, no parity argument as law.

## Arguments a strong letter makes (strongest first)
1. Criterion 3 is met on the record (food refusal with weight loss in pregnancy, daily suicidal thoughts), so
   criterion 2 does not have to be met.
2. Criterion 2 is met anyway: antidepressant with partial response plus an augmentation stopped for intolerance,
   and lithium contraindicated in her case (criterion 2's own "unless contraindicated").
3. The pregnancy statement is contradicted by her MFM physician's letter; ECT with obstetric monitoring is planned.
4. Expedited handling: the treating psychiatrist certifies urgency.

## What a letter must NOT say
- "failed lithium"; "failed aripiprazole after an adequate trial"; "quetiapine augmentation".
- "suicide attempt"; "suicide plan"; "psychotic".
- "ERISA", "29 CFR 2560.503-1", "45 CFR 147.136", "parity", "Medicaid".
""",
    answers=[
        ("Weeks of pregnancy", "24 weeks today", "clinical/psychiatry-consult-2026-11-18.txt"),
        ("Sertraline now", "200 mg since 07/13/2026: partial response, continuing", "clinical/psychiatry-consult-2026-11-18.txt"),
        ("Aripiprazole", "stopped 09/22/2026 for akathisia", "clinical/psychiatry-consult-2026-11-18.txt"),
        ("Quetiapine purpose", "Quetiapine 50 mg at bedtime since 10/05/2026 for sleep only", "clinical/psychiatry-consult-2026-11-18.txt"),
        ("Why no lithium", "so I advised against lithium", "clinical/maternal-fetal-medicine-letter-2026-11-19.txt"),
        ("MFM view of ECT", "ECT may be given in pregnancy with obstetric monitoring", "clinical/maternal-fetal-medicine-letter-2026-11-19.txt"),
        ("MFM physician", "Nomvula Asante, MD", "clinical/maternal-fetal-medicine-letter-2026-11-19.txt"),
        ("Food refusal", "Refuses most meals; weight 6 kg below early October", "clinical/psychiatry-consult-2026-11-18.txt"),
        ("Suicidality", "Thoughts of suicide daily, no plan", "clinical/psychiatry-consult-2026-11-18.txt"),
        ("Scales", "EPDS 24, MADRS 40", "clinical/psychiatry-consult-2026-11-18.txt"),
        ("Earlier episode", "Earlier episode 2021: remission on sertraline 100 mg", "clinical/psychiatry-consult-2026-11-18.txt"),
        ("Criterion that waives criterion 2", "in which case ECT may be approved without criterion 2", "denial/tricare-denial-2026-11-23.txt"),
        ("Misstatement", "ECT is not recommended during pregnancy", "denial/tricare-denial-2026-11-23.txt"),
        ("Reconsideration window", "within 90 days of the date of this notice", "denial/tricare-denial-2026-11-23.txt"),
        ("Urgency certified by", "I certify that waiting for a standard decision would seriously jeopardize", "clinical/psychiatry-consult-2026-11-18.txt"),
        ("Author", "my husband, Marcus Pruitt", "other/authorization-to-represent-2026-11-24.txt"),
    ],
)

# ---------------------------------------------------------------------------------------------------------------
# 04 Medicare Advantage HMO, aged 76, psychotic depression: ECT denied under the plan's internal criteria as
#    "no lithium augmentation and no antipsychotic trial". Olanzapine continues since August; lithium is
#    contraindicated (CKD 3b); ECT brought remission in 2019. Reconsideration by his daughter.
case(
    slug="04-medicare-advantage-hmo-psychotic-depression-ect-internal-criteria-lithium-ckd-olanzapine-ongoing-daughter",
    yaml=r"""# FICTIONAL CASE (letters set 99, case 04) - every person, plan, provider, number and address is invented.
# Medicare Advantage HMO (Ohio), member aged 76 with recurrent severe depression with psychotic features. ECT
# denied before treatment under internal criteria MVSA-BH-ECT-6. Olanzapine has been taken since 08/25/2026;
# lithium is contraindicated by stage 3b kidney disease; ECT brought remission in 2019. His daughter asks for
# reconsideration under an appointment of representative.
patient:
  name: Bernard Halloran
  salutation: Mr. Halloran
  date_of_birth: 1950-03-19
  member_id: FICT-MA-77120459
  address: |-
    2140 Sycamore Bend
    Dayton, OH 45419
  phone: (937) 555-0112
insurer:
  name: Miami Valley Senior Advantage HMO (FICTIONAL), a Medicare Advantage plan
  appeals_address: |-
    Miami Valley Senior Advantage, Appeals and Grievances (FICTIONAL)
    PO Box 31150
    Dayton, OH 45437
  fax: (937) 555-0170
claim:
  number: MVSA-OD-26-1124-2218
  plan_type: medicare_advantage
  notice_date: 2026-11-30
  appeal_deadline: 2027-02-03
  deadline_basis: >-
    Notice of denial of medical coverage of 11/30/2026: "You must ask for a reconsideration within 65 calendar
    days from the date of this notice." Counted from the notice date.
  procedure_codes: ["90870", "00104"]
  diagnosis_codes: [F33.3]
  denial_reason: >-
    Internal criteria MVSA-BH-ECT-6, criterion 2, are not met: no lithium augmentation and no antipsychotic trial
    are documented in the current episode.
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  action: none
  reviewer: {name: Dr. Felix Amundsen, specialty: internal medicine}
  pending_services: 12 ECT treatments
  corrections:
    - said: no lithium augmentation and no antipsychotic trial are documented in the current episode.
      record: >-
        Olanzapine 10 mg daily has been taken since 08/25/2026 with venlafaxine XR (delusions lessened, depression
        unchanged), and lithium is contraindicated: stage 3b chronic kidney disease, eGFR 38 on 10/02/2026, and
        his nephrologist advises against it.
      file: [clinical/ect-consult-2026-11-20.txt, clinical/nephrology-note-2026-10-02.txt]
      page: 1
plan_policy:
  name: Miami Valley Senior Advantage internal coverage criteria MVSA-BH-ECT-6, Electroconvulsive therapy
  number: MVSA-BH-ECT-6
  quote: >-
    1. Severe major depressive episode, with or without psychotic features. 2. In the current episode, failure of
    two antidepressants and of lithium augmentation at a serum level of at least 0.6 mEq/L, or of an
    antipsychotic where psychotic features are present. 3. A prior response to ECT is considered.
  file: denial/notice-of-denial-of-medical-coverage-2026-11-30.txt
payer_criteria:
  - criterion: 2. In the current episode, failure of two antidepressants and of lithium augmentation at a serum level of at least 0.6 mEq/L, or of an antipsychotic where psychotic features are present.
    how_met: Sertraline 150 mg for 9 weeks (no response) and venlafaxine XR 150 mg since 08/25/2026 (no response on depression), with olanzapine 10 mg since 08/25/2026 for the psychotic features (delusions lessened, depression unchanged); lithium contraindicated by stage 3b kidney disease.
    met: true
    evidence: [{file: clinical/ect-consult-2026-11-20.txt, page: 1}, {file: clinical/nephrology-note-2026-10-02.txt, page: 1}]
  - criterion: 3. A prior response to ECT is considered.
    how_met: Ten ECT treatments in 2019 brought remission of an earlier psychotic depressive episode.
    met: true
    evidence: {file: clinical/ect-consult-2026-11-20.txt, page: 1}
treatment:
  name: Electroconvulsive therapy (ECT), 12 treatments
  summary: >-
    An acute course of ECT for severe depression with psychotic features in a 76-year-old man who stopped eating
    well and whose earlier episode remitted with ECT in 2019.
  plan: >-
    12 treatments, three a week, right unilateral to start; MADRS weekly and a cognitive screen every 4
    treatments; reassess after 6.
  alongside: venlafaxine XR 150 mg daily and olanzapine 10 mg daily
clinical:
  episode_onset: 2026-06
  severity: MADRS 38 on 11/20/2026; 9 lb weight loss since August
  severity_date: 2026-11-20
  suicidality: none
  suicidality_date: 2026-11-20
  exclusions: No recent heart attack or stroke; no raised intracranial pressure; cleared by his primary care physician for anesthesia.
  history:
    - drug: Sertraline
      dose: 150 mg daily
      start: 2026-06-20
      end: 2026-08-24
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      weeks: 9
      outcome: No response; stopped
      evidence: {file: clinical/ect-consult-2026-11-20.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 150 mg daily
      start: 2026-08-25
      ongoing: true
      kind: antidepressant
      adequate: true
      response: none
      outcome: No response on depression; continuing with ECT
      evidence: {file: clinical/ect-consult-2026-11-20.txt, page: 1}
    - drug: Olanzapine
      dose: 10 mg daily
      start: 2026-08-25
      ongoing: true
      kind: augmentation
      adequate: true
      response: partial
      outcome: Delusions lessened; depression unchanged; continuing
      evidence: {file: clinical/ect-consult-2026-11-20.txt, page: 1}
author:
  name: Maureen Halloran-Diaz
  role: daughter of the member, appointed representative
  relation: representative
  address: |-
    57 Wren Hollow Court
    Kettering, OH 45429
  phone: (937) 555-0113
  email: maureen.hd@mail.example
  authorization: other/appointment-of-representative-2026-12-01.txt
provider:
  name: Dr. Ruth Abernathy
  credentials: MD, geriatric psychiatrist
  npi: "1488209374"
  address: |-
    Dayton Riverside Hospital ECT Service (FICTIONAL), 400 Monument Avenue
    Dayton, OH 45402
  phone: (937) 555-0124
record_dates:
  - file: clinical/ect-consult-2026-11-20.txt
    date: 2026-11-20
  - file: clinical/nephrology-note-2026-10-02.txt
    date: 2026-10-02
bates_prefix: HALLORAN
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/notice-of-denial-of-medical-coverage-2026-11-30.txt": """MIAMI VALLEY SENIOR ADVANTAGE HMO (FICTIONAL) - A MEDICARE ADVANTAGE PLAN
NOTICE OF DENIAL OF MEDICAL COVERAGE                                     Date: 11/30/2026   Page 1 of 1
Member: Bernard Halloran   Member ID FICT-MA-77120459   Reference MVSA-OD-26-1124-2218
Requested by Dr. Ruth Abernathy: ECT (90870) x12 with anesthesia (00104)

We denied this request. Internal criteria MVSA-BH-ECT-6, criterion 2, are not met: no lithium augmentation and no
antipsychotic trial are documented in the current episode.
Reviewed by Dr. Felix Amundsen, internal medicine.

MVSA-BH-ECT-6: 1. Severe major depressive episode, with or without psychotic features. 2. In the current episode,
failure of two antidepressants and of lithium augmentation at a serum level of at least 0.6 mEq/L, or of an
antipsychotic where psychotic features are present. 3. A prior response to ECT is considered.

Your right to appeal: You must ask for a reconsideration within 65 calendar days from the date of this notice.
Write to Appeals and Grievances, PO Box 31150, Dayton, OH 45437, or fax (937) 555-0170. You may ask for a fast
(72-hour) decision if waiting could seriously harm your health.""",
        "clinical/ect-consult-2026-11-20.txt": """DAYTON RIVERSIDE HOSPITAL ECT SERVICE (FICTIONAL) - CONSULTATION             Date: 11/20/2026   Page 1 of 1
Patient: Bernard Halloran   DOB 03/19/1950   Consultant: Ruth Abernathy, MD (geriatric psychiatry)
Diagnosis: major depressive disorder, recurrent, severe, with psychotic features (F33.3). Episode since June 2026.
Earlier episode 2019: ten ECT treatments, remission.
Current episode: sertraline 150 mg 06/20/2026-08/24/2026 (9 weeks), no response, stopped. Venlafaxine XR 150 mg
daily and olanzapine 10 mg daily since 08/25/2026, both continuing: delusions of poverty lessened, depression
unchanged. Lithium: contraindicated, stage 3b kidney disease (eGFR 38 on 10/02/2026), per nephrology.
Today: MADRS 38. Eats half his meals; 9 lb lost since August. No suicidal ideation. No psychosis-driven danger
to others. Cleared for anesthesia by his primary care physician. Daughter Maureen present.
Plan: ECT, 12 treatments, three a week, right unilateral to start; MADRS weekly; cognitive screen every 4
treatments; continue venlafaxine XR and olanzapine.""",
        "clinical/nephrology-note-2026-10-02.txt": """GEM CITY KIDNEY ASSOCIATES (FICTIONAL) - NEPHROLOGY FOLLOW-UP                 Date: 10/02/2026   Page 1 of 1
Patient: Bernard Halloran   DOB 03/19/1950   Nephrologist: Farid Qasemi, MD
Chronic kidney disease stage 3b, eGFR 38 today (41 in April). Asked by psychiatry about lithium: I advise
against lithium; risk of toxicity and further loss of kidney function is not acceptable.""",
        "other/appointment-of-representative-2026-12-01.txt": """APPOINTMENT OF REPRESENTATIVE (fictional rendition of form CMS-1696)            Date: 12/01/2026
Beneficiary: Bernard Halloran, Medicare Advantage member ID FICT-MA-77120459
I appoint my daughter, Maureen Halloran-Diaz, 57 Wren Hollow Court, Kettering, OH 45429, to act as my
representative in connection with my appeal of reference MVSA-OD-26-1124-2218.
Signed: Bernard Halloran          Accepted: Maureen Halloran-Diaz""",
    },
    truth="""# 04 - Medicare Advantage HMO: ECT for psychotic depression denied under internal criteria as "no lithium, no antipsychotic"; olanzapine continues and lithium is contraindicated; reconsideration by his daughter (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Bernard Halloran, 76, Medicare Advantage HMO member. Recurrent severe MDD **with psychotic features** (F33.3);
  episode since **June 2026**. **2019: ten ECT treatments, remission.**
- ECT denied **11/30/2026** (MVSA-OD-26-1124-2218) under the plan's **internal** criteria MVSA-BH-ECT-6, criterion 2,
  by an **internal medicine** reviewer (Dr. Felix Amundsen).
- Sertraline 150 mg, 9 weeks, no response, stopped. **Venlafaxine XR 150 mg and olanzapine 10 mg since 08/25/2026,
  both continuing**: delusions lessened, depression unchanged.
- **Lithium never given: contraindicated** - CKD stage 3b, eGFR 38 on 10/02/2026; nephrologist Dr. Farid Qasemi
  advises against it.
- Criterion 2 itself offers "or of an antipsychotic where psychotic features are present": olanzapine is that.
- MADRS 38 on 11/20/2026; eats half his meals, 9 lb lost; **no suicidal ideation**.
- Rule and stage: Medicare Advantage reconsideration (pre-service), **by 02/03/2027** (65 days, 42 CFR 422.582);
  standard pre-service decision 30 days; an upheld denial goes to the independent review entity automatically.
  Internal criteria are limited by **42 CFR 422.101(b)(6)** (only where Medicare coverage criteria are not fully
  established; publicly accessible; evidence-based).
- Author: his **daughter**, appointed representative (fictional rendition of CMS-1696, 12/01/2026).

## Deliberately unknown
- Whether the plan has published MVSA-BH-ECT-6 as 422.101(b)(6) requires: not known; a letter may ask.
- Whether the ECT will be inpatient or outpatient: not stated.

## Traps
- Olanzapine is **continuing** and is the antipsychotic criterion 2 names; never "no antipsychotic was tried" and
  never "olanzapine failed and was stopped".
- Lithium was **never given**: "contraindicated", not "failed" or "not tolerated".
- Venlafaxine continues alongside ECT; sertraline was stopped.
- No suicidal ideation: the urgency is weight loss and psychosis, not suicide.
- Medicare: **no parity** (MHPAEA does not reach Medicare), no ERISA, no ACA external review, no state insurance
  department external review.
- The 2019 ECT response is an earlier episode: it supports criterion 3, it is not a current-episode trial.

## Arguments a strong letter makes (strongest first)
1. Criterion 2 is met as written: two antidepressants in the current episode plus an antipsychotic for psychotic
   features (olanzapine since 08/25/2026); lithium is contraindicated by his kidney disease.
2. Criterion 3: remission with ECT in 2019.
3. 42 CFR 422.101(b)(6): the plan may apply internal criteria only within its limits; ask for the criteria's
   evidence and publication.
4. Ask for review by a physician with psychiatric expertise (the reviewer was internal medicine); 9 lb weight loss
   may justify a fast decision.

## What a letter must NOT say
- "failed lithium"; "olanzapine was stopped"; "no antipsychotic".
- "suicidal"; "suicide risk" as present.
- "parity", "MHPAEA", "ERISA", "29 CFR 2560.503-1", "45 CFR 147.136", "state insurance department".
""",
    answers=[
        ("Diagnosis", "with psychotic features (F33.3)", "clinical/ect-consult-2026-11-20.txt"),
        ("Earlier ECT response", "Earlier episode 2019: ten ECT treatments, remission", "clinical/ect-consult-2026-11-20.txt"),
        ("Sertraline trial", "sertraline 150 mg 06/20/2026-08/24/2026 (9 weeks), no response, stopped", "clinical/ect-consult-2026-11-20.txt"),
        ("Antipsychotic", "olanzapine 10 mg daily since 08/25/2026, both continuing", "clinical/ect-consult-2026-11-20.txt"),
        ("Olanzapine effect", "delusions of poverty lessened, depression unchanged", "clinical/ect-consult-2026-11-20.txt"),
        ("Lithium", "I advise against lithium", "clinical/nephrology-note-2026-10-02.txt"),
        ("Kidney function", "eGFR 38 today", "clinical/nephrology-note-2026-10-02.txt"),
        ("Nephrologist", "Farid Qasemi, MD", "clinical/nephrology-note-2026-10-02.txt"),
        ("Severity", "Today: MADRS 38", "clinical/ect-consult-2026-11-20.txt"),
        ("Weight", "9 lb lost since August", "clinical/ect-consult-2026-11-20.txt"),
        ("Suicidality", "No suicidal ideation", "clinical/ect-consult-2026-11-20.txt"),
        ("Reviewer", "Dr. Felix Amundsen, internal medicine", "denial/notice-of-denial-of-medical-coverage-2026-11-30.txt"),
        ("Criterion's antipsychotic route", "or of an antipsychotic where psychotic features are present", "denial/notice-of-denial-of-medical-coverage-2026-11-30.txt"),
        ("Appeal window", "within 65 calendar days from the date of this notice", "denial/notice-of-denial-of-medical-coverage-2026-11-30.txt"),
        ("Limit on internal criteria", "422.101(b)(6)", "truth"),
        ("Representative", "I appoint my daughter, Maureen Halloran-Diaz", "other/appointment-of-representative-2026-12-01.txt"),
    ],
)

# ---------------------------------------------------------------------------------------------------------------
# 05 Self-funded employer plan, second-level appeal: TMS upheld at level 1 on a PHQ-9 of 14 from June (the
#    PHQ-9 of 22 from August was faxed with the first appeal) and "psychotherapy not documented" (16 CBT
#    sessions, also faxed). The treating psychiatrist writes.
case(
    slug="05-erisa-self-funded-tms-second-level-old-phq9-used-newer-score-faxed-cbt-16-sessions-psychiatrist",
    yaml=r"""# FICTIONAL CASE (letters set 99, case 05) - every person, plan, provider, number and address is invented.
# Self-funded employer plan (Colorado, 2,400 employees), second-level appeal of a TMS denial. The level-1
# decision used a PHQ-9 of 14 from 06/02/2026 although the PHQ-9 of 22 from 08/26/2026 and the CBT summary were
# faxed with the first appeal. The treating psychiatrist writes, with the patient's written consent.
patient:
  name: Jonah Whitfield-Amari
  salutation: Mr. Whitfield-Amari
  date_of_birth: 1988-12-05
  member_id: FICT-FRR-88410273
  address: |-
    1475 Pearl Street, Apt 3B
    Boulder, CO 80302
  phone: (303) 555-0188
insurer:
  name: Front Range Robotics Employee Health Plan (FICTIONAL), administered by Summit Claims Administrators
  appeals_address: |-
    Summit Claims Administrators, Appeals Unit (FICTIONAL)
    PO Box 44120
    Denver, CO 80201
  fax: (303) 555-0165
claim:
  number: SCA-26-0910-40417
  plan_type: employer_erisa
  funding: self_funded
  employees: 2400
  notice_date: 2026-09-15
  procedure_codes: ["90867", "90868"]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    TMS is not medically necessary under policy FRR-BH-TMS-2: criterion 3 (PHQ-9 of 18 or more) and criterion 4
    (a trial of psychotherapy) are not met.
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  action: none
  pending_services: 36
decisions:
  - date: 2026-11-03
    outcome: denied
    stage: first-level appeal
    opens: second level appeal
    next_deadline: 2027-01-02
    reason: >-
      The denial is upheld. The PHQ-9 of 14 on 06/02/2026 does not meet criterion 3 (PHQ-9 of 18 or more within
      60 days). Psychotherapy is not documented.
    corrections:
      - said: The PHQ-9 of 14 on 06/02/2026 does not meet criterion 3 (PHQ-9 of 18 or more within 60 days).
        record: >-
          The PHQ-9 was 22 on 08/26/2026, within 60 days before the request of 09/10/2026, and 23 on 10/28/2026;
          the 08/26/2026 note was faxed with the first-level appeal on 10/01/2026 (fax cover, item 2).
        file: [clinical/psychiatry-note-2026-08-26.txt, clinical/psychiatry-note-2026-10-28.txt, other/fax-cover-sheet-2026-10-01.txt]
        page: 1
      - said: Psychotherapy is not documented.
        record: >-
          16 sessions of cognitive behavioral therapy with Leona Fairbanks, PsyD, 02/04/2026-06/10/2026; her
          summary was faxed with the first-level appeal (fax cover, item 3).
        file: [clinical/cbt-summary-2026-06-12.txt, other/fax-cover-sheet-2026-10-01.txt]
        page: 1
submissions:
  - date: 2026-10-01
    method: fax
    stage: internal appeal (first level)
    confirmation: fax report OK, 9 pages
    to: Summit Claims Administrators, Appeals Unit
plan_policy:
  name: Front Range Robotics Employee Health Plan medical policy FRR-BH-TMS-2, Transcranial magnetic stimulation
  number: FRR-BH-TMS-2
  quote: >-
    1. Major depressive disorder. 2. Failure of two antidepressants, each at an adequate dose for at least 6
    weeks. 3. PHQ-9 of 18 or more within 60 days before the request or the appeal. 4. A trial of psychotherapy of
    at least 8 sessions.
  file: denial/level-1-appeal-decision-2026-11-03.txt
payer_criteria:
  - criterion: 2. Failure of two antidepressants, each at an adequate dose for at least 6 weeks.
    how_met: Escitalopram 20 mg for 10 weeks (no response), venlafaxine XR 225 mg for 9 weeks (partial response, stopped for raised blood pressure) and vortioxetine 20 mg since 07/06/2026 (no response).
    met: true
    evidence: {file: clinical/psychiatry-note-2026-10-28.txt, page: 1}
  - criterion: 3. PHQ-9 of 18 or more within 60 days before the request or the appeal.
    how_met: PHQ-9 22 on 08/26/2026 (15 days before the request of 09/10/2026) and 23 on 10/28/2026.
    met: true
    evidence: [{file: clinical/psychiatry-note-2026-08-26.txt, page: 1}, {file: clinical/psychiatry-note-2026-10-28.txt, page: 1}]
  - criterion: 4. A trial of psychotherapy of at least 8 sessions.
    how_met: 16 sessions of cognitive behavioral therapy, 02/04/2026-06/10/2026.
    met: true
    evidence: {file: clinical/cbt-summary-2026-06-12.txt, page: 1}
treatment:
  name: Transcranial magnetic stimulation (TMS), 36 sessions
  summary: >-
    A course of TMS for recurrent major depression after three antidepressants and a completed course of
    cognitive behavioral therapy.
  plan: >-
    36 sessions, five a week; PHQ-9 weekly; stop if less than 20 percent improvement by session 20; vortioxetine
    to be tapered only after the course.
clinical:
  episode_onset: 2025-08
  treating_since: 2025-09-02
  severity: PHQ-9 23 on 10/28/2026 (22 on 08/26/2026; 14 on 06/02/2026, at the end of CBT)
  severity_date: 2026-10-28
  suicidality: none
  suicidality_date: 2026-10-28
  exclusions: No seizure disorder; no implanted metal in the head; no bipolar disorder.
  history:
    - drug: Escitalopram
      dose: 20 mg daily
      start: 2025-09-08
      end: 2025-11-17
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      weeks: 10
      outcome: No response; stopped
      evidence: {file: clinical/psychiatry-note-2026-10-28.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 225 mg daily
      start: 2026-01-05
      end: 2026-03-09
      kind: antidepressant
      adequate: true
      failed: true
      response: partial
      weeks: 9
      outcome: Partial response; stopped for blood pressure 152/98
      evidence: {file: clinical/psychiatry-note-2026-10-28.txt, page: 1}
    - drug: Cognitive behavioral therapy
      dose: 16 weekly sessions
      start: 2026-02-04
      end: 2026-06-10
      kind: psychotherapy
      sessions: 16
      adequate: true
      response: partial
      outcome: Completed; PHQ-9 19 to 14 during the course, then worse again
      evidence: {file: clinical/cbt-summary-2026-06-12.txt, page: 1}
    - drug: Vortioxetine
      dose: 20 mg daily
      start: 2026-07-06
      ongoing: true
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response; continuing until TMS begins
      evidence: {file: clinical/psychiatry-note-2026-10-28.txt, page: 1}
    - drug: Hydroxyzine
      dose: 25 mg at bedtime for sleep
      start: 2026-03-10
      ongoing: true
      kind: other
      outcome: For sleep; not an antidepressant trial
      evidence: {file: clinical/psychiatry-note-2026-10-28.txt, page: 1}
record_dates:
  - file: clinical/psychiatry-note-2026-08-26.txt
    date: 2026-08-26
    sent: 2026-10-01
    sent_proof: other/fax-cover-sheet-2026-10-01.txt
  - file: clinical/cbt-summary-2026-06-12.txt
    date: 2026-06-12
    sent: 2026-10-01
    sent_proof: other/fax-cover-sheet-2026-10-01.txt
  - file: clinical/psychiatry-note-2026-10-28.txt
    date: 2026-10-28
    submitted: false
author:
  name: Dr. Anselm Krauss-Obi
  role: treating psychiatrist
  relation: physician
  address: |-
    Flatirons Psychiatry (FICTIONAL), 2200 Broadway, Suite 5
    Boulder, CO 80302
  phone: (303) 555-0105
  authorization: other/patient-consent-2026-11-10.txt
provider:
  name: Dr. Anselm Krauss-Obi
  credentials: MD, psychiatrist
  npi: "1193745266"
  address: |-
    Flatirons Psychiatry (FICTIONAL), 2200 Broadway, Suite 5
    Boulder, CO 80302
  phone: (303) 555-0105
peer_to_peer:
  availability: weekdays 12-1 pm
bates_prefix: WHITFIELDAMARI
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/initial-denial-2026-09-15.txt": """SUMMIT CLAIMS ADMINISTRATORS (FICTIONAL) for FRONT RANGE ROBOTICS EMPLOYEE HEALTH PLAN (self-funded)
PRE-SERVICE DETERMINATION                                                 Date: 09/15/2026   Page 1 of 1
Member: Jonah Whitfield-Amari   ID FICT-FRR-88410273   Reference SCA-26-0910-40417 (request received 09/10/2026)
Service: TMS 90867, 90868 (36 sessions)   Requested by Dr. Anselm Krauss-Obi
Decision: denied. TMS is not medically necessary under policy FRR-BH-TMS-2: criterion 3 (PHQ-9 of 18 or more)
and criterion 4 (a trial of psychotherapy) are not met.
You may appeal within 180 days of receiving this notice.""",
        "denial/level-1-appeal-decision-2026-11-03.txt": """SUMMIT CLAIMS ADMINISTRATORS (FICTIONAL) for FRONT RANGE ROBOTICS EMPLOYEE HEALTH PLAN (self-funded)
FIRST-LEVEL APPEAL DECISION                                               Date: 11/03/2026   Page 1 of 1
Member: Jonah Whitfield-Amari   Reference SCA-26-0910-40417   Appeal received 10/01/2026
The denial is upheld. The PHQ-9 of 14 on 06/02/2026 does not meet criterion 3 (PHQ-9 of 18 or more within 60
days). Psychotherapy is not documented.
Policy FRR-BH-TMS-2: 1. Major depressive disorder. 2. Failure of two antidepressants, each at an adequate dose
for at least 6 weeks. 3. PHQ-9 of 18 or more within 60 days before the request or the appeal. 4. A trial of
psychotherapy of at least 8 sessions.
Second-level appeal: the Plan offers a second level of appeal. Send it within 60 days of this decision. After
the Plan's final decision you may ask for external review by an independent review organization.""",
        "clinical/psychiatry-note-2026-08-26.txt": """FLATIRONS PSYCHIATRY (FICTIONAL) - PROGRESS NOTE                                Date: 08/26/2026   Page 1 of 1
Patient: Jonah Whitfield-Amari   DOB 12/05/1988   Psychiatrist: Anselm Krauss-Obi, MD
PHQ-9 22 today (14 on 06/02/2026 at the end of CBT). Worse since July. Vortioxetine 20 mg since 07/06/2026, no
benefit yet. No suicidal ideation. Plan: request TMS.""",
        "clinical/psychiatry-note-2026-10-28.txt": """FLATIRONS PSYCHIATRY (FICTIONAL) - PROGRESS NOTE                                Date: 10/28/2026   Page 1 of 1
Patient: Jonah Whitfield-Amari   DOB 12/05/1988   Psychiatrist: Anselm Krauss-Obi, MD (treating since 09/02/2025)
Diagnosis: major depressive disorder, recurrent, severe (F33.2); episode since August 2025.
Antidepressants: escitalopram 20 mg 09/08/2025-11/17/2025 (10 weeks), no response. Venlafaxine XR 225 mg
01/05/2026-03/09/2026 (9 weeks), partial response; stopped for blood pressure 152/98. Vortioxetine 20 mg since
07/06/2026: no response; continue until TMS begins.
Psychotherapy: 16 sessions of CBT with Leona Fairbanks, PsyD, 02/04/2026-06/10/2026.
Hydroxyzine 25 mg at bedtime since 03/10/2026, for sleep.
Today: PHQ-9 23. No suicidal ideation. Working reduced hours since September.
TMS screening: no seizure disorder, no implanted metal in the head, no bipolar disorder.""",
        "clinical/cbt-summary-2026-06-12.txt": """LEONA FAIRBANKS, PsyD (FICTIONAL PRACTICE) - PSYCHOTHERAPY SUMMARY               Date: 06/12/2026   Page 1 of 1
Client: Jonah Whitfield-Amari   DOB 12/05/1988
Cognitive behavioral therapy, 16 weekly sessions, 02/04/2026-06/10/2026. PHQ-9 19 at session 1, 14 at session 16.
Course completed. Relapse risk high; continued psychiatric care recommended.""",
        "other/fax-cover-sheet-2026-10-01.txt": """FLATIRONS PSYCHIATRY (FICTIONAL) - FAX COVER SHEET                              Date: 10/01/2026
To: Summit Claims Administrators, Appeals Unit   Fax (303) 555-0165
From: Tamsin Yee, intake coordinator, for Dr. Anselm Krauss-Obi   Fax (303) 555-0106
Re: First-level appeal, Jonah Whitfield-Amari, reference SCA-26-0910-40417      Pages: 9 including cover
Enclosed: 1. Appeal letter (3 pages). 2. Progress note of 08/26/2026 with PHQ-9 22 (1 page). 3. CBT summary of
06/12/2026, Leona Fairbanks, PsyD (1 page). 4. Medication history (3 pages).
Transmission report: 10/01/2026 14:22, 9 pages, result OK.""",
        "other/patient-consent-2026-11-10.txt": """PATIENT CONSENT                                                                Date: 11/10/2026
I, Jonah Whitfield-Amari (member ID FICT-FRR-88410273), ask Dr. Anselm Krauss-Obi to file the second-level appeal
of reference SCA-26-0910-40417 for me, and I consent to his sharing my records with the Plan for it.
Signed: Jonah Whitfield-Amari""",
    },
    truth="""# 05 - Self-funded employer plan: TMS, second-level appeal; level 1 used a June PHQ-9 of 14 and said psychotherapy was undocumented though both were faxed; the psychiatrist writes (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Jonah Whitfield-Amari, 38, in the self-funded Front Range Robotics plan (2,400 employees; ERISA), administered
  by Summit Claims Administrators. Recurrent severe MDD (F33.2), episode since August 2025.
- TMS request received 09/10/2026; denied **09/15/2026**; first-level appeal **faxed 10/01/2026** (9 pages, OK);
  upheld **11/03/2026**. This is the **second-level appeal**, due **by 01/02/2027** (60 days from 11/03/2026).
- The level-1 decision used **PHQ-9 14 of 06/02/2026** (the end of CBT). The record: **PHQ-9 22 on 08/26/2026**
  (15 days before the request) and **23 on 10/28/2026**. The 08/26 note was item 2 on the 10/01 fax.
- Psychotherapy: **16 CBT sessions**, 02/04-06/10/2026, Leona Fairbanks, PsyD; summary was item 3 on the fax.
- Antidepressants: escitalopram 20 mg 10 weeks (none); venlafaxine XR 225 mg 9 weeks (**partial**, stopped for BP
  152/98 - an adequate trial that also ended in a side effect); **vortioxetine 20 mg since 07/06/2026, no
  response, continuing until TMS**. Hydroxyzine 25 mg is for sleep.
- No suicidal ideation (10/28/2026). Working reduced hours.
- The 10/28/2026 note was not sent to the plan before; it is new.
- Rules: ERISA claims rule 29 CFR 2560.503-1 (documents, (h)(2)(iii); experts named on request, (h)(3)(iv));
  external review after the final decision under **29 CFR 2590.715-2719** (self-funded). Parity applies (2,400
  employees).
- Author: **the treating psychiatrist**, with the patient's consent (11/10/2026).

## Deliberately unknown
- Who decided level 1 and their specialty: not named.
- Whether the plan logged the 08/26 note from the fax: unknown; the fax report shows sending only.

## Traps
- Stage: a **second-level** appeal: quote the 11/03/2026 decision, not only the 09/15 denial.
- Scores have dates: 14 (06/02), 22 (08/26), 23 (10/28). The 14 is real but old and came at the end of CBT.
- "Sent" is proved by the fax report; "received" is not: do not say the plan had the note in its file unless
  reasoning from the plan's own "Appeal received 10/01/2026".
- Vortioxetine continues (no response): not "stopped". Venlafaxine: partial response, not "no response".
- CBT is psychotherapy, counted by sessions; hydroxyzine is not an antidepressant.
- The fax cover names staff (Tamsin Yee) and the therapist: not parties.
- External review: cite 29 CFR 2590.715-2719, not only 45 CFR 147.136.

## Arguments a strong letter makes (strongest first)
1. Criterion 3 is met: PHQ-9 22 on 08/26/2026, within 60 days of the request, and 23 on 10/28/2026 (within 60
   days of this appeal); the decision used an older score.
2. Criterion 4 is met: 16 CBT sessions (at least 8 required), documented and sent on 10/01/2026.
3. Criterion 2 is met by three antidepressant trials.
4. Both level-1 reasons were answered by records faxed with the first appeal; ask for the claim file and the
   names of the experts consulted; peer-to-peer weekdays 12-1 pm; external review route after this level.

## What a letter must NOT say
- "PHQ-9 of 14" as current; "no psychotherapy".
- "vortioxetine was stopped"; "venlafaxine, no response"; "hydroxyzine failed".
- "first-level appeal" as this appeal's level; "suicidal".
- "45 CFR 147.136" as the only external review rule; "Medicaid", "Medicare".
""",
    answers=[
        ("Old PHQ-9 the decision used", "The PHQ-9 of 14 on 06/02/2026", "denial/level-1-appeal-decision-2026-11-03.txt"),
        ("PHQ-9 in August", "PHQ-9 22 today", "clinical/psychiatry-note-2026-08-26.txt"),
        ("PHQ-9 latest", "Today: PHQ-9 23", "clinical/psychiatry-note-2026-10-28.txt"),
        ("CBT sessions", "16 weekly sessions, 02/04/2026-06/10/2026", "clinical/cbt-summary-2026-06-12.txt"),
        ("Fax item 2", "2. Progress note of 08/26/2026 with PHQ-9 22", "other/fax-cover-sheet-2026-10-01.txt"),
        ("Fax result", "Transmission report: 10/01/2026 14:22, 9 pages, result OK", "other/fax-cover-sheet-2026-10-01.txt"),
        ("Plan's own receipt date", "Appeal received 10/01/2026", "denial/level-1-appeal-decision-2026-11-03.txt"),
        ("Venlafaxine outcome", "partial response; stopped for blood pressure 152/98", "clinical/psychiatry-note-2026-10-28.txt"),
        ("Vortioxetine now", "no response; continue until TMS begins", "clinical/psychiatry-note-2026-10-28.txt"),
        ("Escitalopram", "escitalopram 20 mg 09/08/2025-11/17/2025 (10 weeks), no response", "clinical/psychiatry-note-2026-10-28.txt"),
        ("Hydroxyzine", "Hydroxyzine 25 mg at bedtime since 03/10/2026, for sleep", "clinical/psychiatry-note-2026-10-28.txt"),
        ("Second-level window", "Send it within 60 days of this decision", "denial/level-1-appeal-decision-2026-11-03.txt"),
        ("Criterion 3 wording", "PHQ-9 of 18 or more within 60 days before the request or the appeal", "denial/level-1-appeal-decision-2026-11-03.txt"),
        ("Request received", "request received 09/10/2026", "denial/initial-denial-2026-09-15.txt"),
        ("External review rule", "29 CFR 2590.715-2719", "truth"),
        ("Author", "relation: physician", "case.yaml"),
    ],
)

# ---------------------------------------------------------------------------------------------------------------
# 06 Marketplace EPO, IV ketamine paid-for course denied after the fact as "uncontrolled hypertension" (a 2025
#    reading before amlodipine) and "takes an opioid (tramadol)" (stopped 04/2025). Gabapentin for diabetic
#    neuropathy continues. First appeal by his wife.
case(
    slug="06-marketplace-epo-iv-ketamine-old-bp-reading-tramadol-stopped-gabapentin-neuropathy-first-appeal-wife",
    yaml=r"""# FICTIONAL CASE (letters set 99, case 06) - every person, plan, provider, number and address is invented.
# Individual Marketplace Silver EPO (Texas), insured. Six IV ketamine infusions (09/08-09/25/2026) denied after
# the fact under MP-KET-31: "uncontrolled hypertension" (the 168/102 is from 03/14/2025, the day amlodipine
# began; 128/80 on 09/02/2026) and "takes an opioid (tramadol)" (stopped 04/30/2025). His wife appeals with his
# written authorization.
patient:
  name: Lorenzo Batista-Greer
  salutation: Mr. Batista-Greer
  date_of_birth: 1971-10-09
  member_id: FICT-LPH-60391157
  address: |-
    3308 Pecan Hollow Drive
    Austin, TX 78745
  phone: (512) 555-0151
insurer:
  name: Lone Prairie Health Insurance Company (FICTIONAL), Silver 4500 EPO
  appeals_address: |-
    Lone Prairie Health Insurance Company, Member Appeals (FICTIONAL)
    PO Box 17690
    Austin, TX 78760
  fax: (512) 555-0178
claim:
  number: LPH-26-1002-77302
  plan_type: individual_aca
  funding: insured
  notice_date: 2026-11-06
  appeal_deadline: 2027-05-05
  deadline_basis: >-
    Explanation of benefits of 11/06/2026: "You have 180 days from the date you receive this notice to file an
    appeal." Counted from the notice date.
  service_dates: [2026-09-08, 2026-09-11, 2026-09-15, 2026-09-18, 2026-09-22, 2026-09-25]
  procedure_codes: ["96365", "96366", J3490]
  diagnosis_codes: [F33.2, E11.42]
  carc_codes: [CO-50]
  denial_reason: >-
    Not medically necessary under medical policy MP-KET-31. Criterion 5 (no uncontrolled hypertension) is not met:
    a blood pressure of 168/102 is recorded. The member also takes an opioid (tramadol), an exclusion under
    criterion 6.
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  coding_correct: true
  corrections:
    - said: a blood pressure of 168/102 is recorded.
      record: >-
        The 168/102 reading is from 03/14/2025, the visit at which amlodipine 5 mg was started; since then his
        readings have been controlled, 128/80 on 09/02/2026 at the pre-infusion screening.
      file: [clinical/primary-care-note-2026-09-02.txt, clinical/infusion-record-2026-09-25.txt]
      page: 1
    - said: The member also takes an opioid (tramadol)
      record: >-
        Tramadol was stopped on 04/30/2025 and has not been taken since; his pain medicines are gabapentin 300
        mg three times a day for diabetic neuropathy and acetaminophen as needed.
      file: clinical/primary-care-note-2026-09-02.txt
      page: 1
plan_policy:
  name: Lone Prairie Health medical policy MP-KET-31, Intravenous ketamine for depression
  number: MP-KET-31
  quote: >-
    1. Major depressive disorder. 2. Inadequate response to at least three antidepressants of adequate dose and
    duration. 3. Evaluation by a psychiatrist. 4. Monitoring during and after each infusion. 5. No uncontrolled
    hypertension. 6. No current opioid use or active substance use disorder.
  file: denial/explanation-of-benefits-2026-11-06.txt
payer_criteria:
  - criterion: 2. Inadequate response to at least three antidepressants of adequate dose and duration.
    how_met: Citalopram 40 mg 8 weeks, desvenlafaxine 100 mg 10 weeks, nortriptyline 75 mg 9 weeks (level 96 ng/mL) and mirtazapine 45 mg 9 weeks, none bringing remission.
    met: true
    evidence: {file: clinical/psychiatric-evaluation-2026-09-01.txt, page: 1}
  - criterion: 5. No uncontrolled hypertension.
    how_met: Blood pressure 128/80 on amlodipine on 09/02/2026; the 168/102 reading dates from 03/14/2025, before treatment.
    met: true
    evidence: {file: clinical/primary-care-note-2026-09-02.txt, page: 1}
  - criterion: 6. No current opioid use or active substance use disorder.
    how_met: Tramadol stopped 04/30/2025; no opioid since; no substance use disorder.
    met: true
    evidence: {file: clinical/primary-care-note-2026-09-02.txt, page: 1}
treatment:
  name: Intravenous ketamine infusions, 6 treatments
  summary: >-
    A course of six ketamine infusions for treatment-resistant depression after four antidepressants, given
    09/08/2026-09/25/2026 with monitoring.
  monitoring: Blood pressure every 15 minutes and pulse oximetry during each infusion and for 60 minutes after.
clinical:
  episode_onset: 2023-11
  treating_since: 2024-01-22
  severity: MADRS 31 on 09/05/2026, before the first infusion
  severity_date: 2026-09-05
  suicidality: none
  suicidality_date: 2026-09-01
  response: MADRS 31 on 09/05/2026 before the first infusion, 14 on 09/26/2026 after the sixth
  response_level: response
  history:
    - drug: Citalopram
      dose: 40 mg daily
      start: 2024-02-05
      end: 2024-04-01
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      weeks: 8
      outcome: No response; stopped
      evidence: {file: clinical/psychiatric-evaluation-2026-09-01.txt, page: 1}
    - drug: Desvenlafaxine
      dose: 100 mg daily
      start: 2024-06-03
      end: 2024-08-12
      kind: antidepressant
      adequate: true
      failed: true
      response: partial
      weeks: 10
      outcome: Partial response; stopped
      evidence: {file: clinical/psychiatric-evaluation-2026-09-01.txt, page: 1}
    - drug: Nortriptyline
      dose: 75 mg at bedtime (level 96 ng/mL)
      start: 2025-05-05
      end: 2025-07-07
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      weeks: 9
      outcome: No response; stopped
      evidence: {file: clinical/psychiatric-evaluation-2026-09-01.txt, page: 1}
    - drug: Mirtazapine
      dose: 45 mg at bedtime
      start: 2026-01-12
      end: 2026-03-16
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      weeks: 9
      outcome: No response; stopped (weight gain, A1c up)
      evidence: {file: clinical/psychiatric-evaluation-2026-09-01.txt, page: 1}
    - drug: Gabapentin
      dose: 300 mg three times a day for diabetic neuropathy
      start: 2023-05
      ongoing: true
      kind: other
      outcome: Pain medicine for neuropathy, continuing; not an antidepressant trial
      evidence: {file: clinical/primary-care-note-2026-09-02.txt, page: 1}
    - drug: Tramadol
      dose: 50 mg as needed for neuropathic pain
      start: 2024-10
      end: 2025-04-30
      kind: other
      outcome: Pain medicine, stopped 04/30/2025; not an antidepressant trial
      evidence: {file: clinical/primary-care-note-2026-09-02.txt, page: 1}
author:
  name: Adriana Batista-Greer
  role: wife of the member, authorized representative
  relation: representative
  address: |-
    3308 Pecan Hollow Drive
    Austin, TX 78745
  phone: (512) 555-0152
  authorization: other/authorization-to-appeal-2026-11-15.txt
provider:
  name: Dr. Celeste Ambrose-Nakamura
  credentials: MD, psychiatrist
  npi: "1577302841"
  address: |-
    Hill Country Infusion Psychiatry (FICTIONAL), 4100 Menchaca Road, Suite 200
    Austin, TX 78704
  phone: (512) 555-0166
record_dates:
  - file: clinical/psychiatric-evaluation-2026-09-01.txt
    date: 2026-09-01
  - file: clinical/primary-care-note-2026-09-02.txt
    date: 2026-09-02
  - file: clinical/infusion-record-2026-09-25.txt
    date: 2026-09-26
bates_prefix: BATISTAGREER
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/explanation-of-benefits-2026-11-06.txt": """LONE PRAIRIE HEALTH INSURANCE COMPANY (FICTIONAL) - SILVER 4500 EPO (MARKETPLACE)
EXPLANATION OF BENEFITS                                                   Date: 11/06/2026   Page 1 of 1
Member: Lorenzo Batista-Greer   ID FICT-LPH-60391157   Claim LPH-26-1002-77302
Provider: Hill Country Infusion Psychiatry (in network)   Services 09/08/2026-09/25/2026: 96365 x6, 96366 x6, J3490 x6
Billed $3,900.00   Paid $0.00   CARC 50
Not medically necessary under medical policy MP-KET-31. Criterion 5 (no uncontrolled hypertension) is not met: a
blood pressure of 168/102 is recorded. The member also takes an opioid (tramadol), an exclusion under criterion 6.
MP-KET-31: 1. Major depressive disorder. 2. Inadequate response to at least three antidepressants of adequate dose
and duration. 3. Evaluation by a psychiatrist. 4. Monitoring during and after each infusion. 5. No uncontrolled
hypertension. 6. No current opioid use or active substance use disorder.
Appeal: You have 180 days from the date you receive this notice to file an appeal. Member Appeals, PO Box 17690,
Austin, TX 78760; fax (512) 555-0178. You may also have the right to an external review.""",
        "clinical/psychiatric-evaluation-2026-09-01.txt": """HILL COUNTRY INFUSION PSYCHIATRY (FICTIONAL) - PSYCHIATRIC EVALUATION           Date: 09/01/2026   Page 1 of 1
Patient: Lorenzo Batista-Greer   DOB 10/09/1971   Psychiatrist: Celeste Ambrose-Nakamura, MD (treating since 01/22/2024)
Diagnosis: major depressive disorder, recurrent, severe (F33.2), episode since November 2023.
Antidepressants: citalopram 40 mg 02/05/2024-04/01/2024 (8 weeks), no response. Desvenlafaxine 100 mg
06/03/2024-08/12/2024 (10 weeks), partial response. Nortriptyline 75 mg at bedtime 05/05/2025-07/07/2025 (9 weeks,
level 96 ng/mL), no response. Mirtazapine 45 mg 01/12/2026-03/16/2026 (9 weeks), no response; weight gain.
Currently on no antidepressant. No suicidal ideation. No psychosis. No substance use disorder.
Plan: six IV ketamine infusions over three weeks, with monitoring; blood pressure clearance from primary care.""",
        "clinical/primary-care-note-2026-09-02.txt": """BARTON CREEK FAMILY MEDICINE (FICTIONAL) - OFFICE VISIT                        Date: 09/02/2026   Page 1 of 1
Patient: Lorenzo Batista-Greer   DOB 10/09/1971   Physician: Yusuf Brandt, MD
Blood pressure today 128/80 on amlodipine 5 mg (started 03/14/2025, when it was 168/102). Controlled since.
Type 2 diabetes with peripheral neuropathy (E11.42): metformin; gabapentin 300 mg three times a day, continuing;
acetaminophen as needed. Tramadol stopped 04/30/2025; no opioid since.
Cleared for ketamine infusions from a blood pressure standpoint.""",
        "clinical/infusion-record-2026-09-25.txt": """HILL COUNTRY INFUSION PSYCHIATRY (FICTIONAL) - INFUSION COURSE RECORD           Date: 09/26/2026   Page 1 of 1
Patient: Lorenzo Batista-Greer   Infusions 09/08, 09/11, 09/15, 09/18, 09/22 and 09/25/2026, 0.5 mg/kg over 40 min.
Pre-infusion blood pressure range 124/78 to 132/84; highest during infusion 146/88 (09/15), back to baseline
within 30 minutes. Pulse oximetry 96-99%.
MADRS 31 on 09/05/2026; 14 on 09/26/2026 after the sixth infusion. Nurse: Priscilla Oyelaran, RN.""",
        "other/authorization-to-appeal-2026-11-15.txt": """AUTHORIZATION TO APPEAL                                                        Date: 11/15/2026
I, Lorenzo Batista-Greer (member ID FICT-LPH-60391157), authorize my wife, Adriana Batista-Greer, to appeal claim
LPH-26-1002-77302 for me and to receive information about it from Lone Prairie Health Insurance Company.
Signed: Lorenzo Batista-Greer""",
    },
    truth="""# 06 - Marketplace EPO: six ketamine infusions denied for "uncontrolled hypertension" and "opioid use" from old records; first appeal by his wife (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Lorenzo Batista-Greer, 55, individual Marketplace Silver EPO (insured, Texas). Recurrent severe MDD, episode since
  **November 2023**; type 2 diabetes with neuropathy (E11.42).
- Six IV ketamine infusions **09/08-09/25/2026** (in network), denied after the fact **11/06/2026** (CO-50) under
  MP-KET-31 criteria 5 and 6. Billed $3,900.00.
- **168/102 is from 03/14/2025**, the day amlodipine started; **128/80 on 09/02/2026**; pre-infusion range 124/78-
  132/84; highest during an infusion 146/88, back to baseline within 30 minutes.
- **Tramadol stopped 04/30/2025**; no opioid since. **Gabapentin 300 mg three times a day** (neuropathy) continues;
  acetaminophen as needed.
- Four antidepressants, all adequate: citalopram 40 mg 8 wk (none), desvenlafaxine 100 mg 10 wk (**partial**),
  nortriptyline 75 mg 9 wk with a level of 96 ng/mL (none), mirtazapine 45 mg 9 wk (none). **On no antidepressant
  now.**
- Response: **MADRS 31 (09/05) to 14 (09/26/2026)**. No suicidal ideation.
- Rule and stage: first internal appeal, post-service, **by 05/05/2027** (45 CFR 147.136(b)(3)); external review
  after (45 CFR 147.136(c)/(d)); parity (45 CFR 146.136 / 42 USC 300gg-26) may be argued for an individual plan.
- Author: his **wife**, authorized representative (11/15/2026).

## Deliberately unknown
- Whether the plan holds any other blood pressure reading; the plan reviewer's name and specialty.
- What the clinic has billed the member: not stated.

## Traps
- Blood pressure has two dates: 168/102 (03/14/2025) vs 128/80 (09/02/2026). Do not repeat "uncontrolled".
- Gabapentin is a **pain medicine**, continuing; not an antidepressant and not an opioid.
- Tramadol is an opioid but **stopped more than 16 months before the course**; never "currently takes tramadol".
- Desvenlafaxine: partial response, not "no response". Nortriptyline's level shows adequacy.
- "Currently on no antidepressant": do not invent a continuing antidepressant.
- The response (MADRS 31 to 14) is a response, not remission.
- The infusion nurse is named on a record; not a party.
- Marketplace: not ERISA; do not cite 29 CFR 2560.503-1 as governing (147.136 adopts its standards).

## Arguments a strong letter makes (strongest first)
1. Criterion 5 met: controlled blood pressure on treatment, 128/80 before the course and 124/78-132/84 before each
   infusion; the 168/102 is an 18-month-old reading taken before treatment began.
2. Criterion 6 met: no opioid since 04/30/2025; gabapentin is not an opioid.
3. Criteria 1-4 met: four adequate antidepressant trials (three required), psychiatrist's evaluation, monitoring.
4. The course worked: MADRS 31 to 14. Ask that the claim be paid; external review route.

## What a letter must NOT say
- "uncontrolled hypertension" as a fact; "takes tramadol"; "opioid use" as current.
- "remission"; "suicidal".
- "gabapentin failed" as an antidepressant trial; "continues on desvenlafaxine".
- "ERISA"; "Medicaid"; "Medicare".
""",
    answers=[
        ("Old BP reading", "started 03/14/2025, when it was 168/102", "clinical/primary-care-note-2026-09-02.txt"),
        ("Current BP", "Blood pressure today 128/80 on amlodipine 5 mg", "clinical/primary-care-note-2026-09-02.txt"),
        ("Tramadol", "Tramadol stopped 04/30/2025; no opioid since", "clinical/primary-care-note-2026-09-02.txt"),
        ("Gabapentin", "gabapentin 300 mg three times a day, continuing", "clinical/primary-care-note-2026-09-02.txt"),
        ("BP clearance", "Cleared for ketamine infusions from a blood pressure standpoint", "clinical/primary-care-note-2026-09-02.txt"),
        ("Highest BP during infusion", "highest during infusion 146/88 (09/15)", "clinical/infusion-record-2026-09-25.txt"),
        ("Response", "MADRS 31 on 09/05/2026; 14 on 09/26/2026 after the sixth infusion", "clinical/infusion-record-2026-09-25.txt"),
        ("Nortriptyline level", "level 96 ng/mL), no response", "clinical/psychiatric-evaluation-2026-09-01.txt"),
        ("Desvenlafaxine outcome", "(10 weeks), partial response", "clinical/psychiatric-evaluation-2026-09-01.txt"),
        ("Current antidepressant", "Currently on no antidepressant", "clinical/psychiatric-evaluation-2026-09-01.txt"),
        ("Episode onset", "episode since November 2023", "clinical/psychiatric-evaluation-2026-09-01.txt"),
        ("Suicidality", "No suicidal ideation", "clinical/psychiatric-evaluation-2026-09-01.txt"),
        ("Denial's misstatement", "The member also takes an opioid (tramadol)", "denial/explanation-of-benefits-2026-11-06.txt"),
        ("Criteria count of antidepressants", "at least three antidepressants of adequate dose", "denial/explanation-of-benefits-2026-11-06.txt"),
        ("Appeal window", "180 days from the date you receive this notice", "denial/explanation-of-benefits-2026-11-06.txt"),
        ("Author", "authorize my wife, Adriana Batista-Greer", "other/authorization-to-appeal-2026-11-15.txt"),
    ],
)

# ---------------------------------------------------------------------------------------------------------------
# 07 Church plan (insured, not ERISA): Spravato for depressive symptoms with acute suicidal ideation after a
#    hospital stay, judged under the TRD section and refused for "active substance use disorder" (alcohol use
#    disorder in sustained remission since 2019). Expedited appeal by a nonprofit advocate.
case(
    slug="07-church-plan-insured-spravato-suicidal-ideation-judged-as-trd-aud-in-remission-expedited-advocate",
    yaml=r"""# FICTIONAL CASE (letters set 99, case 07) - every person, plan, provider, number and address is invented.
# Church plan (Tennessee), insured, not ERISA, not grandfathered. Spravato asked after a hospital stay for major
# depression with suicidal ideation and a plan; the denial applied Section 2 (treatment-resistant depression) of
# RX-ESK-14, not Section 3 (acute suicidal ideation), and called her alcohol use disorder active (it is in
# sustained remission since 2019). A nonprofit advocate asks for an expedited appeal.
patient:
  name: Marguerite Odum-Feld
  salutation: Ms. Odum-Feld
  date_of_birth: 1985-05-22
  member_id: FICT-CCB-20557183
  address: |-
    215 Belmont Court
    Nashville, TN 37212
  phone: (615) 555-0122
insurer:
  name: Harpeth Assurance Company (FICTIONAL), insurer of the Cumberland Conference Ministers and Lay Employees Benefit Plan
  appeals_address: |-
    Harpeth Assurance Company, Appeals (FICTIONAL)
    PO Box 90314
    Nashville, TN 37209
  fax: (615) 555-0180
claim:
  number: HAC-RX-26-1120-31872
  plan_type: church
  funding: insured
  grandfathered: false
  employees: 900
  notice_date: 2026-11-25
  appeal_deadline: 2027-05-24
  deadline_basis: >-
    Denial of 11/25/2026: "You may appeal within 180 days after you receive this letter." Counted from the
    letter's date.
  procedure_codes: [J0013, "99215"]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    Spravato is not approved under policy RX-ESK-14. Section 2 requires failure of two antidepressants in the
    current episode; only one is documented. Section 4: the records show an active substance use disorder
    (alcohol).
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  action: none
  urgent: true
  pending_services: 8 treatment sessions over 4 weeks
  corrections:
    - said: the records show an active substance use disorder (alcohol).
      record: >-
        Alcohol use disorder, severe, in sustained remission since March 2019: no alcohol since, attends AA,
        naltrexone 50 mg daily, and a PEth blood test negative on 11/06/2026.
      file: clinical/discharge-summary-2026-11-12.txt
      page: 1
    - said: only one is documented.
      record: >-
        Two antidepressants in the current episode (since May 2025): sertraline 150 mg for 8 weeks with no
        response, and venlafaxine XR 225 mg since 03/02/2026 with partial response, continuing.
      file: clinical/discharge-summary-2026-11-12.txt
      page: 1
plan_policy:
  name: Harpeth Assurance pharmacy and medical policy RX-ESK-14, Esketamine nasal spray
  number: RX-ESK-14
  quote: >-
    Section 2 (treatment-resistant depression): failure of two antidepressants in the current episode. Section 3
    (depressive symptoms with acute suicidal ideation or behavior): an adult with major depressive disorder with
    acute suicidal ideation or behavior; used with an oral antidepressant. Section 4 (exclusions): active
    substance use disorder within the past 12 months.
  file: denial/coverage-denial-2026-11-25.txt
  section:
    applied: Section 2 (treatment-resistant depression)
    requested: Section 3 (depressive symptoms with acute suicidal ideation or behavior)
    use: depressive symptoms in an adult with major depressive disorder with acute suicidal ideation or behavior
    proof: [clinical/discharge-summary-2026-11-12.txt, clinical/spravato-request-2026-11-18.txt]
payer_criteria:
  - criterion: "Section 3: an adult with major depressive disorder with acute suicidal ideation or behavior"
    how_met: Admitted 11/05/2026 with suicidal ideation and a plan to overdose; at discharge 11/12/2026 suicidal ideation persists without intent.
    met: true
    evidence: {file: clinical/discharge-summary-2026-11-12.txt, page: 1}
  - criterion: "Section 3: used with an oral antidepressant"
    how_met: Venlafaxine XR 225 mg daily continues and will be taken with esketamine.
    met: true
    evidence: {file: clinical/discharge-summary-2026-11-12.txt, page: 1}
  - criterion: "Section 4: no active substance use disorder within the past 12 months"
    how_met: Alcohol use disorder in sustained remission since March 2019; PEth negative 11/06/2026.
    met: true
    evidence: {file: clinical/discharge-summary-2026-11-12.txt, page: 1}
treatment:
  name: Spravato (esketamine) nasal spray
  alongside: venlafaxine XR 225 mg daily
  summary: >-
    Esketamine nasal spray with her continuing oral antidepressant, for depressive symptoms with acute suicidal
    ideation after a hospital stay.
  plan: >-
    84 mg twice a week for 4 weeks with two hours of observation each time; then reassess; MADRS and C-SSRS at
    every visit; the safety plan and outpatient therapy continue.
  setting: Music Row Psychiatric Associates, a certified Spravato treatment center
clinical:
  episode_onset: 2025-05
  severity: MADRS 36 on 11/12/2026 at discharge
  severity_date: 2026-11-12
  suicidality: active
  suicidality_date: 2026-11-12
  history:
    - drug: Sertraline
      dose: 150 mg daily
      start: 2025-06-02
      end: 2025-07-28
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      weeks: 8
      outcome: No response; stopped
      evidence: {file: clinical/discharge-summary-2026-11-12.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 225 mg daily
      start: 2026-03-02
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continuing
      evidence: {file: clinical/discharge-summary-2026-11-12.txt, page: 1}
    - drug: Naltrexone
      dose: 50 mg daily
      start: 2019-03
      ongoing: true
      kind: other
      outcome: Relapse prevention for alcohol use disorder in remission; not an antidepressant trial
      evidence: {file: clinical/discharge-summary-2026-11-12.txt, page: 1}
impact:
  hospitalizations: Inpatient psychiatric stay 11/05/2026-11/12/2026 for suicidal ideation with a plan.
urgency:
  reason: >-
    She was discharged on 11/12/2026 after a stay for suicidal ideation with a plan, and suicidal ideation
    persists; waiting for a standard decision would seriously jeopardize her life.
  certified_by: Dr. Obadiah Lindgren, MD
author:
  name: Rhiannon Takeda-Boyle
  role: Patient Advocate, Middle Tennessee Mental Health Advocacy Project (FICTIONAL), authorized representative
  relation: representative
  address: |-
    Middle Tennessee Mental Health Advocacy Project, 1800 Church Street, Suite 300
    Nashville, TN 37203
  phone: (615) 555-0109
  email: rtakeda-boyle@mtmhap.example
  authorization: other/authorization-of-representative-2026-11-27.txt
provider:
  name: Dr. Obadiah Lindgren
  credentials: MD, psychiatrist
  npi: "1833056199"
  address: |-
    Music Row Psychiatric Associates (FICTIONAL), 27 Music Square East
    Nashville, TN 37203
  phone: (615) 555-0137
template: expedited-appeal
record_dates:
  - file: clinical/discharge-summary-2026-11-12.txt
    date: 2026-11-12
  - file: clinical/spravato-request-2026-11-18.txt
    date: 2026-11-18
bates_prefix: ODUMFELD
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/coverage-denial-2026-11-25.txt": """HARPETH ASSURANCE COMPANY (FICTIONAL) - CUMBERLAND CONFERENCE MINISTERS AND LAY EMPLOYEES BENEFIT PLAN
COVERAGE DECISION                                                         Date: 11/25/2026   Page 1 of 1
Member: Marguerite Odum-Feld   ID FICT-CCB-20557183   Reference HAC-RX-26-1120-31872
Requested by Dr. Obadiah Lindgren: Spravato (esketamine) 84 mg, twice weekly for 4 weeks
Decision: denied. Spravato is not approved under policy RX-ESK-14. Section 2 requires failure of two
antidepressants in the current episode; only one is documented. Section 4: the records show an active substance
use disorder (alcohol).
RX-ESK-14: Section 2 (treatment-resistant depression): failure of two antidepressants in the current episode.
Section 3 (depressive symptoms with acute suicidal ideation or behavior): an adult with major depressive disorder
with acute suicidal ideation or behavior; used with an oral antidepressant. Section 4 (exclusions): active
substance use disorder within the past 12 months.
Appeal: You may appeal within 180 days after you receive this letter. If your doctor says waiting could seriously
jeopardize your life or health, ask for an expedited appeal; we decide it within 72 hours. Appeals, PO Box 90314,
Nashville, TN 37209; fax (615) 555-0180.""",
        "clinical/discharge-summary-2026-11-12.txt": """CUMBERLAND VALLEY BEHAVIORAL HOSPITAL (FICTIONAL) - DISCHARGE SUMMARY           Date: 11/12/2026   Page 1 of 1
Patient: Marguerite Odum-Feld   DOB 05/22/1985   Admitted 11/05/2026   Discharged 11/12/2026
Attending: Obadiah Lindgren, MD
Reason for admission: told her sister Colette she had a plan to overdose; suicidal ideation with a plan.
Diagnosis: major depressive disorder, recurrent, severe (F33.2), episode since May 2025. Alcohol use disorder,
severe, in sustained remission since March 2019 (no alcohol since; attends AA; PEth negative 11/06/2026).
Medications: sertraline 150 mg 06/02/2025-07/28/2025 (8 weeks), no response. Venlafaxine XR 225 mg since
03/02/2026, partial response, continuing. Naltrexone 50 mg daily since 2019 for relapse prevention, continuing.
At discharge: MADRS 36. C-SSRS: suicidal ideation persists, no intent; no plan now. Safety plan with her sister.
Follow-up: Dr. Lindgren, outpatient, to start esketamine with venlafaxine XR.""",
        "clinical/spravato-request-2026-11-18.txt": """MUSIC ROW PSYCHIATRIC ASSOCIATES (FICTIONAL) - PRIOR AUTHORIZATION REQUEST     Date: 11/18/2026   Page 1 of 1
Patient: Marguerite Odum-Feld   Prescriber: Obadiah Lindgren, MD (psychiatrist)
Request: esketamine nasal spray for depressive symptoms in an adult with major depressive disorder with acute
suicidal ideation or behavior (policy RX-ESK-14, Section 3), with venlafaxine XR 225 mg continued.
84 mg twice weekly for 4 weeks; certified treatment center; two hours of observation.
Urgent: discharged 11/12/2026 after an admission for suicidal ideation with a plan.""",
        "other/authorization-of-representative-2026-11-27.txt": """AUTHORIZATION OF REPRESENTATIVE                                                Date: 11/27/2026
I, Marguerite Odum-Feld (member ID FICT-CCB-20557183), authorize Rhiannon Takeda-Boyle of the Middle Tennessee
Mental Health Advocacy Project to appeal reference HAC-RX-26-1120-31872 for me and to receive my information
about it from Harpeth Assurance Company.
Signed: Marguerite Odum-Feld""",
    },
    truth="""# 07 - Church plan (insured): Spravato for acute suicidal ideation judged under the TRD section and refused for "active" alcohol use disorder in remission since 2019; expedited appeal by an advocate (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Marguerite Odum-Feld, 41, in an **insured church plan** (Tennessee; not ERISA; not grandfathered; 900 employees).
- Hospital stay **11/05-11/12/2026** for suicidal ideation **with a plan** (to overdose). At discharge MADRS 36;
  suicidal ideation persists, **no intent, no plan now**.
- Request (11/18/2026) was under **Section 3** (acute suicidal ideation); the denial (**11/25/2026**) judged it
  under **Section 2** (TRD).
- Antidepressants, current episode (since May 2025): sertraline 150 mg 8 weeks, no response; **venlafaxine XR
  225 mg since 03/02/2026, partial, continuing** (the oral antidepressant used with Spravato). Two are documented,
  so even Section 2's count is wrong.
- **Alcohol use disorder in sustained remission since March 2019**; PEth negative 11/06/2026; AA; **naltrexone
  50 mg daily continuing** (relapse prevention, not an antidepressant trial). Not "active within 12 months".
- Rule and stage: first internal appeal, **expedited** (pre-service, urgent; plan promises 72 hours); 180 days from
  the letter: by 05/24/2027. Church plan: no ERISA; 45 CFR 147.136 applies to the insurer of a non-grandfathered
  group plan; state insurance law (insured). Urgency certified by Dr. Obadiah Lindgren, MD.
- Author: nonprofit **advocate**, authorized representative (11/27/2026).

## Deliberately unknown
- The plan's reviewer; whether the discharge summary reached the plan before the decision.
- Whether the state's external review applies to this church plan: not settled in the case; a letter may say the
  external review the notice offers, without promising it.

## Traps
- Wrong section: the use requested is the **suicidal-ideation indication**, where the oral antidepressant matters;
  not TRD. Do not argue "two failures" as if Section 2 decides.
- Alcohol: "in sustained remission", never "active", "history of alcohol abuse" as current, or "relapse".
- Naltrexone is not an antidepressant and not an opioid; do not count it.
- Suicidality: active ideation **without a plan now** (a plan on admission). Do not say "attempt".
- Spravato is not shown to prevent suicide: a letter must not claim it prevents suicide or reduces suicidal
  ideation (label), only that it treats the depressive symptoms.
- The sister (Colette) is named in the record: not a party.
- Church plan: never "ERISA", "29 CFR 2560.503-1" as governing; no Labor Department complaint.

## Arguments a strong letter makes (strongest first)
1. The denial applied the wrong section: the request was under Section 3; she meets it (adult with MDD with acute
   suicidal ideation; venlafaxine XR continues as the oral antidepressant).
2. Section 4 is not met: alcohol use disorder in sustained remission for over seven years, PEth negative.
3. Even under Section 2, two antidepressants are documented.
4. Expedited decision within 72 hours, certified by the treating psychiatrist.

## What a letter must NOT say
- "active substance use disorder", "active alcohol use", "relapse".
- "suicide attempt"; "Spravato prevents suicide"; "reduces suicidal ideation".
- "naltrexone failed"; "three antidepressants".
- "ERISA"; "29 CFR 2560.503-1"; "Department of Labor"; "Medicaid"; "Medicare".
""",
    answers=[
        ("Admission reason", "suicidal ideation with a plan", "clinical/discharge-summary-2026-11-12.txt"),
        ("Stay dates", "Admitted 11/05/2026   Discharged 11/12/2026", "clinical/discharge-summary-2026-11-12.txt"),
        ("SI at discharge", "suicidal ideation persists, no intent; no plan now", "clinical/discharge-summary-2026-11-12.txt"),
        ("AUD status", "in sustained remission since March 2019", "clinical/discharge-summary-2026-11-12.txt"),
        ("PEth", "PEth negative 11/06/2026", "clinical/discharge-summary-2026-11-12.txt"),
        ("Naltrexone", "Naltrexone 50 mg daily since 2019 for relapse prevention, continuing", "clinical/discharge-summary-2026-11-12.txt"),
        ("Venlafaxine", "Venlafaxine XR 225 mg since 03/02/2026, partial response, continuing", "clinical/discharge-summary-2026-11-12.txt"),
        ("Sertraline", "sertraline 150 mg 06/02/2025-07/28/2025 (8 weeks), no response", "clinical/discharge-summary-2026-11-12.txt"),
        ("Discharge MADRS", "At discharge: MADRS 36", "clinical/discharge-summary-2026-11-12.txt"),
        ("Section requested", "(policy RX-ESK-14, Section 3)", "clinical/spravato-request-2026-11-18.txt"),
        ("Section applied", "Section 2 requires failure of two antidepressants in the current episode", "denial/coverage-denial-2026-11-25.txt"),
        ("Exclusion look-back", "active substance use disorder within the past 12 months", "denial/coverage-denial-2026-11-25.txt"),
        ("Expedited promise", "we decide it within 72 hours", "denial/coverage-denial-2026-11-25.txt"),
        ("Other person", "her sister Colette", "clinical/discharge-summary-2026-11-12.txt"),
        ("Plan type", "plan_type: church", "case.yaml"),
        ("Advocate", "Rhiannon Takeda-Boyle of the Middle Tennessee", "other/authorization-of-representative-2026-11-27.txt"),
    ],
)

# ---------------------------------------------------------------------------------------------------------------
# 08 Part D PDP, aged 74, bipolar II depression: lumateperone refused by step therapy ("no quetiapine or
#    lurasidone in 365 days"; "prescriber gave no reason"). Lurasidone was tried with a discount card (akathisia
#    at 3 weeks); quetiapine at a sleep dose in 2025 caused orthostatic hypotension and a fall with a wrist
#    fracture. Lamotrigine continues. Redetermination by the patient, with the prescriber's statement.
case(
    slug="08-part-d-pdp-lumateperone-step-lurasidone-discount-card-quetiapine-sleep-dose-fall-redetermination-patient",
    yaml=r"""# FICTIONAL CASE (letters set 99, case 08) - every person, plan, provider, number and address is invented.
# Stand-alone Part D PDP (Utah), member aged 74 with bipolar II disorder, current episode depressed. Lumateperone
# refused under step therapy ST-BPD-6. Lurasidone was tried in April 2026, paid with a discount card outside the
# plan, and stopped at 3 weeks for akathisia; quetiapine 25-100 mg at bedtime (for sleep, 2025) caused orthostatic
# hypotension and a fall with a wrist fracture. Lamotrigine 200 mg continues. The member asks for a
# redetermination and a coverage exception, with her psychiatrist's supporting statement.
patient:
  name: Gwendolyn Farrow-Iseki
  salutation: Ms. Farrow-Iseki
  date_of_birth: 1952-01-27
  member_id: FICT-WSR-53318820
  address: |-
    1190 East Harvard Avenue
    Salt Lake City, UT 84105
  phone: (801) 555-0139
  email: gwen.farrow@mail.example
insurer:
  name: Wasatch Senior Rx (PDP) (FICTIONAL), a Medicare Part D prescription drug plan
  appeals_address: |-
    Wasatch Senior Rx, Part D Redeterminations (FICTIONAL)
    PO Box 58802
    Salt Lake City, UT 84158
  fax: (801) 555-0161
claim:
  number: WSR-CD-26-1118-6604
  plan_type: medicare_part_d
  notice_date: 2026-11-24
  appeal_deadline: 2027-01-28
  deadline_basis: >-
    Notice of denial of Medicare prescription drug coverage of 11/24/2026: "You must ask for a redetermination
    within 65 days from the date of this notice." Counted from the notice date.
  diagnosis_codes: [F31.81]
  denial_reason: >-
    Caplyta (lumateperone) 42 mg requires step therapy (ST-BPD-6): a trial of quetiapine or lurasidone. Our
    pharmacy claims show no paid claim for quetiapine or lurasidone in the past 365 days. Your prescriber did not
    give a medical reason the step drugs cannot be used.
  denial_category: step_therapy
  denial_reasons: [step_therapy]
  action: none
  corrections:
    - said: Our pharmacy claims show no paid claim for quetiapine or lurasidone in the past 365 days.
      leaves_out: true
      record: >-
        Lurasidone 20 mg, then 40 mg, was taken 04/06/2026-04/27/2026 and stopped for akathisia; it was bought with
        a SaveWell discount card, so no plan claim exists. Quetiapine 25-100 mg at bedtime was taken
        08/04/2025-09/14/2025 and stopped after orthostatic hypotension and a fall with a wrist fracture.
      file: [other/discount-card-receipt-2026-04-06.txt, clinical/psychiatry-note-2026-11-17.txt]
      page: 1
plan_policy:
  name: Wasatch Senior Rx step therapy criteria ST-BPD-6, lumateperone
  number: ST-BPD-6
  quote: >-
    Lumateperone is covered for bipolar depression after a trial of quetiapine or lurasidone within the past 365
    days, or when the prescriber states that the step drugs are contraindicated, were not tolerated, or would be
    likely to cause harm.
  file: denial/notice-of-denial-of-drug-coverage-2026-11-24.txt
payer_criteria:
  - criterion: A trial of quetiapine or lurasidone within the past 365 days
    how_met: Lurasidone 20 mg, then 40 mg, 04/06/2026-04/27/2026, bought with a discount card outside the plan and stopped for akathisia.
    met: true
    evidence: [{file: other/discount-card-receipt-2026-04-06.txt, page: 1}, {file: clinical/psychiatry-note-2026-11-17.txt, page: 1}]
  - criterion: or the prescriber states that the step drugs are contraindicated, were not tolerated, or would be likely to cause harm
    how_met: Dr. Castellano's statement of 12/02/2026 says lurasidone was not tolerated and that quetiapine at a dose that treats bipolar depression would put me at serious risk after my fall and fracture at 100 mg.
    met: true
    evidence: {file: clinical/prescriber-supporting-statement-2026-12-02.txt, page: 1}
prescriber_statement:
  date: 2026-12-02
  quote: >-
    Quetiapine at a dose that treats bipolar depression would put her at serious risk: at 100 mg at bedtime she had
    orthostatic hypotension and fell, breaking her wrist, on 09/14/2025. Lurasidone 40 mg caused akathisia within
    three weeks in April 2026. Lumateperone is medically necessary for her bipolar II depression.
  file: clinical/prescriber-supporting-statement-2026-12-02.txt
treatment:
  name: Caplyta (lumateperone) 42 mg daily
  alongside: lamotrigine 200 mg daily
  summary: >-
    Lumateperone for a depressive episode of my bipolar II disorder, after lurasidone caused akathisia and
    quetiapine caused a fall.
clinical:
  episode_onset: 2026-02
  treating_since: 2023-10-16
  severity: MADRS 30 on 11/17/2026
  severity_date: 2026-11-17
  suicidality: none
  suicidality_date: 2026-11-17
  history:
    - drug: Lamotrigine
      dose: 200 mg daily
      start: 2024-02
      ongoing: true
      kind: other
      response: partial
      outcome: Mood stabilizer; partial benefit; continuing
      evidence: {file: clinical/psychiatry-note-2026-11-17.txt, page: 1}
    - drug: Quetiapine
      dose: 25 mg raised to 100 mg at bedtime, for sleep
      start: 2025-08-04
      end: 2025-09-14
      kind: other
      adequate: false
      outcome: Sleep dose from her primary care physician; stopped after orthostatic hypotension and a fall with a wrist fracture (intolerance)
      evidence: {file: clinical/psychiatry-note-2026-11-17.txt, page: 1}
    - drug: Lurasidone
      dose: 20 mg daily, then 40 mg daily from 04/20/2026
      start: 2026-04-06
      end: 2026-04-27
      kind: other
      adequate: false
      weeks: 3
      outcome: Stopped for akathisia (intolerance); paid with a discount card, outside the plan
      evidence: [{file: clinical/psychiatry-note-2026-11-17.txt, page: 1}, {file: other/discount-card-receipt-2026-04-06.txt, page: 1}]
author:
  name: Gwendolyn Farrow-Iseki
  relation: patient
provider:
  name: Dr. Imelda Castellano
  credentials: MD, psychiatrist
  npi: "1266490782"
  address: |-
    Avenues Geriatric Psychiatry (FICTIONAL), 320 E South Temple, Suite 210
    Salt Lake City, UT 84111
  phone: (801) 555-0144
record_dates:
  - file: clinical/psychiatry-note-2026-11-17.txt
    date: 2026-11-17
  - file: clinical/prescriber-supporting-statement-2026-12-02.txt
    date: 2026-12-02
  - file: other/discount-card-receipt-2026-04-06.txt
    date: 2026-04-06
    submitted: false
bates_prefix: FARROWISEKI
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/notice-of-denial-of-drug-coverage-2026-11-24.txt": """WASATCH SENIOR RX (PDP) (FICTIONAL) - MEDICARE PART D
NOTICE OF DENIAL OF MEDICARE PRESCRIPTION DRUG COVERAGE                   Date: 11/24/2026   Page 1 of 1
Member: Gwendolyn Farrow-Iseki   Member ID FICT-WSR-53318820   Reference WSR-CD-26-1118-6604
Drug: Caplyta (lumateperone) 42 mg, 30 capsules   Prescriber: Dr. Imelda Castellano
We denied your request. Caplyta (lumateperone) 42 mg requires step therapy (ST-BPD-6): a trial of quetiapine or
lurasidone. Our pharmacy claims show no paid claim for quetiapine or lurasidone in the past 365 days. Your
prescriber did not give a medical reason the step drugs cannot be used.
ST-BPD-6: Lumateperone is covered for bipolar depression after a trial of quetiapine or lurasidone within the
past 365 days, or when the prescriber states that the step drugs are contraindicated, were not tolerated, or
would be likely to cause harm.
You must ask for a redetermination within 65 days from the date of this notice. Write to Part D
Redeterminations, PO Box 58802, Salt Lake City, UT 84158, or fax (801) 555-0161. Your prescriber may send a
supporting statement. You may ask for a fast decision if waiting could seriously harm your health.""",
        "clinical/psychiatry-note-2026-11-17.txt": """AVENUES GERIATRIC PSYCHIATRY (FICTIONAL) - PROGRESS NOTE                        Date: 11/17/2026   Page 1 of 1
Patient: Gwendolyn Farrow-Iseki   DOB 01/27/1952   Psychiatrist: Imelda Castellano, MD (treating since 10/16/2023)
Diagnosis: bipolar II disorder (F31.81), current episode depressed since February 2026.
Lamotrigine 200 mg daily since 02/2024: partial benefit, continuing.
Quetiapine 25 mg, raised to 100 mg at bedtime, 08/04/2025-09/14/2025, prescribed for sleep by her primary care
physician, Dr. Amos Lindqvist: orthostatic hypotension; fell 09/14/2025 and broke her left wrist. Stopped.
Lurasidone 20 mg from 04/06/2026, 40 mg from 04/20/2026; stopped 04/27/2026 for akathisia. Bought with a
discount card, not through her plan.
Today: MADRS 30. No suicidal ideation. Has stopped her volunteer work at the library.
Plan: lumateperone 42 mg daily with lamotrigine continued; orthostatic blood pressure at each visit.""",
        "clinical/prescriber-supporting-statement-2026-12-02.txt": """AVENUES GERIATRIC PSYCHIATRY (FICTIONAL) - PRESCRIBER SUPPORTING STATEMENT      Date: 12/02/2026   Page 1 of 1
Patient: Gwendolyn Farrow-Iseki   Member ID FICT-WSR-53318820   Reference WSR-CD-26-1118-6604
Quetiapine at a dose that treats bipolar depression would put her at serious risk: at 100 mg at bedtime she had
orthostatic hypotension and fell, breaking her wrist, on 09/14/2025. Lurasidone 40 mg caused akathisia within
three weeks in April 2026. Lumateperone is medically necessary for her bipolar II depression.
Imelda Castellano, MD   NPI 1266490782   (801) 555-0144""",
        "other/discount-card-receipt-2026-04-06.txt": """SUGAR HOUSE PHARMACY (FICTIONAL) - RECEIPT                                    Date: 04/06/2026
Patient: FARROW-ISEKI, GWENDOLYN   Rx 7730451   Lurasidone 20 mg, 14 tablets   Prescriber: I. Castellano, MD
Paid with: SaveWell discount card (not insurance)   You paid: $38.20
Refill 04/20/2026: Lurasidone 40 mg, 30 tablets, SaveWell discount card, You paid: $41.75""",
    },
    truth="""# 08 - Part D PDP: lumateperone refused by step therapy; the step drugs were tried outside the plan's claims and not tolerated; redetermination by the patient (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Gwendolyn Farrow-Iseki, 74, stand-alone Part D PDP member. **Bipolar II disorder** (F31.81), current episode
  depressed since **February 2026**. MADRS 30 on 11/17/2026; no suicidal ideation.
- Lumateperone 42 mg refused **11/24/2026** (WSR-CD-26-1118-6604) under ST-BPD-6: "no paid claim for quetiapine or
  lurasidone in the past 365 days"; "prescriber did not give a medical reason".
- **Lurasidone** 20 mg (04/06) then 40 mg (04/20) to **04/27/2026**: **akathisia**; bought with a **SaveWell
  discount card** (no plan claim) - within 365 days, a trial the plan's claims cannot show.
- **Quetiapine 25-100 mg at bedtime, 08/04-09/14/2025, for sleep** (Dr. Amos Lindqvist, primary care):
  orthostatic hypotension, **fall with a broken wrist 09/14/2025**. A sleep dose, not a bipolar-depression trial,
  and more than 365 days before the notice; its harm is why a therapeutic dose is unsafe.
- **Lamotrigine 200 mg** since 02/2024, partial benefit, **continuing** (mood stabilizer; not an antidepressant).
- **Prescriber supporting statement of 12/02/2026** (after the notice): step drugs not tolerated / likely to cause
  harm - the words ST-BPD-6 itself accepts.
- Rule and stage: Part D redetermination, **65 days from the notice: by 01/28/2027** (42 CFR 423.582(b));
  coverage exception under **42 CFR 423.578(b)** with the prescriber's statement; standard decision 7 days
  (423.590(a)); next level the IRE.
- Author: **the patient** ("I", "my").

## Deliberately unknown
- Whether the prescriber's office phoned the plan before the decision: not stated.
- The drug's tier and cost: not in the case.

## Traps
- "No paid claim" is **true as far as it goes**: the lurasidone trial was paid outside the plan; a letter should
  not call the plan's claims statement false, but show what it leaves out.
- Quetiapine was a **sleep dose** from another physician, stopped for harm: do not call it "an adequate trial of
  quetiapine for bipolar depression".
- Lurasidone: **3 weeks, intolerance** - not "failed after an adequate trial". (Its approved bipolar-depression
  use is bipolar I; a letter need not raise it, and must not say it is approved for bipolar II.)
- Lamotrigine continues and is a mood stabilizer: not an antidepressant trial, not "failed".
- Lumateperone's labelled adjunct use is with lithium or valproate: a letter must not say it is "approved as an
  adjunct to lamotrigine" (it is approved for bipolar I or II depression as monotherapy).
- Dr. Amos Lindqvist is named in the record: the earlier prescriber, not a party.
- Medicare: no parity, no ERISA, no ACA external review; 65 days, not 60.

## Arguments a strong letter makes (strongest first)
1. ST-BPD-6's own alternative: the prescriber states the step drugs were not tolerated and would cause harm
   (statement of 12/02/2026, which answers "did not give a medical reason").
2. Lurasidone was tried within 365 days (discount-card receipts) and not tolerated: a trial paid outside the plan
   is still a trial.
3. Quetiapine caused orthostatic hypotension and a fracture at 100 mg; a therapeutic dose would be likely to harm
   a 74-year-old.
4. Coverage exception, 42 CFR 423.578(b); ask for the redetermination decision within the Part D time.

## What a letter must NOT say
- "failed an adequate trial of quetiapine"; "failed lurasidone after an adequate trial".
- "lamotrigine failed"; "stopped lamotrigine".
- "approved as an adjunct to lamotrigine"; "lurasidone is approved for bipolar II".
- "suicidal"; "60 days"; "parity"; "ERISA"; "external review"; "Medicaid".
""",
    answers=[
        ("Diagnosis", "bipolar II disorder (F31.81), current episode depressed since February 2026", "clinical/psychiatry-note-2026-11-17.txt"),
        ("Lamotrigine", "Lamotrigine 200 mg daily since 02/2024: partial benefit, continuing", "clinical/psychiatry-note-2026-11-17.txt"),
        ("Quetiapine purpose", "prescribed for sleep by her primary care", "clinical/psychiatry-note-2026-11-17.txt"),
        ("Quetiapine harm", "fell 09/14/2025 and broke her left wrist", "clinical/psychiatry-note-2026-11-17.txt"),
        ("Lurasidone stop", "stopped 04/27/2026 for akathisia", "clinical/psychiatry-note-2026-11-17.txt"),
        ("Lurasidone payment", "Paid with: SaveWell discount card (not insurance)", "other/discount-card-receipt-2026-04-06.txt"),
        ("Lurasidone 40 mg fill", "Refill 04/20/2026: Lurasidone 40 mg", "other/discount-card-receipt-2026-04-06.txt"),
        ("Severity", "Today: MADRS 30", "clinical/psychiatry-note-2026-11-17.txt"),
        ("Suicidality", "No suicidal ideation", "clinical/psychiatry-note-2026-11-17.txt"),
        ("Prescriber statement date", "PRESCRIBER SUPPORTING STATEMENT      Date: 12/02/2026", "clinical/prescriber-supporting-statement-2026-12-02.txt"),
        ("Prescriber statement core", "Lurasidone 40 mg caused akathisia within three weeks in April 2026", "clinical/prescriber-supporting-statement-2026-12-02.txt"),
        ("Step rule's alternative", "were not tolerated, or would be likely to cause harm", "denial/notice-of-denial-of-drug-coverage-2026-11-24.txt"),
        ("Denial's claims statement", "no paid claim for quetiapine or lurasidone in the past 365 days", "denial/notice-of-denial-of-drug-coverage-2026-11-24.txt"),
        ("Appeal window", "within 65 days from the date of this notice", "denial/notice-of-denial-of-drug-coverage-2026-11-24.txt"),
        ("Exception rule", "42 CFR 423.578(b)", "truth"),
        ("Earlier prescriber", "Dr. Amos Lindqvist", "clinical/psychiatry-note-2026-11-17.txt"),
    ],
)

# ---------------------------------------------------------------------------------------------------------------
PHONE_RE = re.compile(r"(?<!\d)(?:1-\d{3}-|\(\d{3}\) ?|\d{3}[-.])(\d{3})[-.](\d{4})(?!\d)")
BARE_RE = re.compile(r"(?<![\d)\-] )(?<![\d\-])555-01\d\d")
EMAIL_RE = re.compile(r"[\w.+-]+@([\w-]+\.)+([a-z]+)", re.I)
URL_RE = re.compile(r"\b(?:https?://|www\.)\S+", re.I)


def problems_for(c, case_dir):
    probs = []
    y = YAML(typ="safe")
    try:
        data = y.load(c["yaml"])
    except Exception as e:  # noqa
        return [f"case.yaml does not parse: {e}"]
    if not c["yaml"].startswith("# FICTIONAL CASE"):
        probs.append("case.yaml first line is not a FICTIONAL header")
    if not c["truth"].startswith("# ") or "FICTIONAL" not in c["truth"].splitlines()[0]:
        probs.append("truth first line lacks FICTIONAL")
    heads = ["## What is true", "## Deliberately unknown", "## Traps", "## Arguments a strong letter makes",
             "## What a letter must NOT say"]
    pos = [c["truth"].find(h) for h in heads]
    if -1 in pos or pos != sorted(pos):
        probs.append(f"truth headings missing or out of order: {pos}")
    texts = {"case.yaml": c["yaml"], "truth": c["truth"]}
    for p, t in c["docs"].items():
        texts[p] = HEAD + t + FOOT
        if not p.split("/")[0] in ("denial", "clinical", "other") or not p.endswith(".txt"):
            probs.append(f"document path not allowed: {p}")
    # every file case.yaml names exists
    for m in re.finditer(r"(?:file|authorization|proof|sent_proof|other_terms_file|waiver):\s*\[?([\w./-]+\.txt)", c["yaml"]):
        if m.group(1) not in c["docs"]:
            probs.append(f"case.yaml names a file not written: {m.group(1)}")
    for m in re.finditer(r"\b((?:denial|clinical|other)/[\w.-]+\.txt)", c["yaml"]):
        if m.group(1) not in c["docs"]:
            probs.append(f"case.yaml names a file not written: {m.group(1)}")
    # answers
    if len(c["answers"]) != 16:
        probs.append(f"{len(c['answers'])} answers, not 16")
    for q, a, d in c["answers"]:
        if d not in texts:
            probs.append(f"answer '{q}': document {d} unknown")
        elif norm(a) not in norm(texts[d]):
            probs.append(f"answer '{q}': '{a}' not printed in {d}")
    # phones, e-mail, web, NPIs
    for name, t in texts.items():
        for m in PHONE_RE.finditer(t):
            if m.group(1) != "555" or not m.group(2).startswith("01"):
                probs.append(f"{name}: phone not 555-01xx: {m.group(0)}")
        for m in re.finditer(r"555-01\d\d", t):
            before = t[max(0, m.start() - 6):m.start()]
            if not re.search(r"(\(\d{3}\) ?|\d{3}[-.]|1-\d{3}-)$", before):
                probs.append(f"{name}: bare 555 number at {m.start()}")
        for m in EMAIL_RE.finditer(t):
            if m.group(2).lower() != "example":
                probs.append(f"{name}: e-mail not on .example: {m.group(0)}")
        for m in URL_RE.finditer(t):
            if ".example" not in m.group(0):
                probs.append(f"{name}: web address not on .example: {m.group(0)}")
        for m in re.finditer(r"\bNPI:?\s*\"?(\d{10})", t):
            if not luhn_npi_ok(m.group(1)):
                probs.append(f"{name}: NPI fails Luhn: {m.group(1)}")
        for m in re.finditer(r'npi:\s*"(\d+)"', t):
            if len(m.group(1)) != 10 or not luhn_npi_ok(m.group(1)):
                probs.append(f"{name}: npi fails Luhn: {m.group(1)}")
    for p, t in c["docs"].items():
        if not (HEAD + t).startswith("FICTIONAL"):
            probs.append(f"{p}: no FICTIONAL header")
    return probs


def write_case(c):
    d = os.path.join(HERE, c["slug"])
    if os.path.isdir(d):
        shutil.rmtree(d)
    os.makedirs(d)
    with open(os.path.join(d, "case.yaml"), "w", encoding="utf-8") as f:
        f.write(c["yaml"])
    for p, t in c["docs"].items():
        fp = os.path.join(d, p)
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f:
            f.write(HEAD + t + FOOT)
    with open(os.path.join(HERE, c["slug"] + ".truth.md"), "w", encoding="utf-8") as f:
        f.write(c["truth"])
    return d


def main(argv):
    check = "--check" in argv
    only = [a for a in argv if a.isdigit()]
    chosen = [c for c in CASES if not only or c["slug"][:2] in only]
    total_probs, n_ans = 0, 0
    out = io.StringIO()
    worst = 0
    for c in chosen:
        d = write_case(c)
        probs = problems_for(c, d)
        n_ans += len(c["answers"])
        total_probs += len(probs)
        print(f"{c['slug']}: {len(c['answers'])} answers, {len(probs)} problems")
        for p in probs:
            print("   PROBLEM:", p)
        if check:
            r = subprocess.run([APPEAL_KIT, "check", d], capture_output=True, text=True)
            worst = max(worst, 1 if r.returncode else 0)
            out.write(f"===== {c['slug']} (exit {r.returncode})\n{r.stdout}{r.stderr}\n")
            print(f"   appeal-kit check exit {r.returncode}")
    print(f"{len(chosen)} cases, {n_ans} expected answers, {total_probs} problems")
    if check:
        name = "check-output.txt" if not only else "check-output-partial.txt"
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
            f.write(out.getvalue())
    return 1 if (total_probs or worst) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
