"""Set 25, case 06 (FICTIONAL): TRICARE Select; acute outpatient ECT for severe depression with psychotic features
denied before care as "no psychotic features documented; one antidepressant trial". The request form carried a stale
diagnosis code and the psychiatric evaluation of 11/10/2026 was never sent. Standard reconsideration by the regional
contractor (the 3-day expedited window has passed), written by the treating psychiatrist."""

SLUG = "06-tricare-select-ect-psychotic-depression-unsent-evaluation-reconsideration-psychiatrist"

CASE_YAML = r"""
# FICTIONAL CASE (set 25, case 06) - every person, plan, provider, number and address is invented.
# TRICARE Select, retiree's spouse aged 63 (Texas address). Prior authorization for 12 outpatient ECT treatments was
# denied on 11/20/2026 under the contractor's guideline MN-ECT-01: "no psychotic features documented; only one
# antidepressant trial (sertraline)". Criterion 1 is "(a) OR (b)": (a) major depression with psychotic features is met
# by the psychiatric evaluation of 11/10/2026 (nihilistic delusions, food refusal, 7 kg lost), which the clinic never
# sent; its request form carried the old code F33.2. (b) is honestly NOT met (venlafaxine XR still taken; the
# aripiprazole augmentation lasted 10 days). The denial was received 11/24; the 3-day expedited window has passed, so
# this is a standard reconsideration. The treating psychiatrist writes, with the patient's written authorization.
patient:
  name: Beatriz Solano-Whitcombe
  salutation: Mrs. Solano-Whitcombe
  date_of_birth: 1963-08-11
  member_id: FICT-DBN-3308194452
  address: |-
    7719 Cibolo Creek Drive
    San Antonio, TX 78209
  phone: (210) 555-0114
insurer:
  name: Eastgate Health Partners (FICTIONAL), TRICARE regional contractor
  appeals_address: |-
    Eastgate Health Partners, TRICARE Reconsiderations (address FICTIONAL)
    PO Box 740162
    Louisville, KY 40201
  fax: (502) 555-0193
claim:
  number: TPA-26-1112-90314
  plan_type: tricare
  notice_date: 2026-11-20
  procedure_codes: [90870]
  diagnosis_codes: [F33.3]
  pending_services: 12
  denial_reason: >-
    The request for electroconvulsive therapy (ECT), 12 treatments, is not medically necessary under guideline
    MN-ECT-01. The records do not document psychotic features, catatonia or acute suicidality (criterion 1(a)).
    Only one antidepressant trial (sertraline) is documented, and no augmentation trial (criterion 1(b)).
  denial_category: medical_necessity
  reviewer: {name: "Harold Pembrook, MD", specialty: internal medicine}
  corrections:
    - said: "The records do not document psychotic features"
      record: >-
        The psychiatric evaluation of November 10, 2026 records mood-congruent nihilistic delusions (she believes her
        intestines are rotting and that food will poison her), refusal of most food and a weight loss from 59 kg to
        52 kg in six weeks, with the diagnosis F33.3 (recurrent major depression, severe, with psychotic symptoms)
      file: clinical/psychiatric-evaluation-2026-11-10.txt
      page: 1
record_dates:
  - file: clinical/psychiatric-evaluation-2026-11-10.txt
    date: 2026-11-10
    submitted: false
  - file: clinical/anesthesia-preop-and-consent-2026-11-13.txt
    date: 2026-11-13
    submitted: false
payer_criteria:
  - criterion: >-
      1(a) Major depressive disorder, severe, with psychotic features, catatonia, or acute suicidality requiring a
      rapid response
    how_met: >-
      Mood-congruent nihilistic delusions, refusal of most food and 7 kg lost in six weeks; diagnosis F33.3 (severe,
      with psychotic symptoms)
    met: true
    evidence: {file: clinical/psychiatric-evaluation-2026-11-10.txt, page: 1}
  - criterion: >-
      1(b) Failure of at least two adequate antidepressant trials in the current episode, including one with an
      augmenting agent
    how_met: >-
      Sertraline 150 mg for 12 weeks brought only a partial response and was stopped; venlafaxine XR 225 mg since
      06/01/2026 continues with a partial response; aripiprazole 5 mg was stopped after 10 days for akathisia, so no
      augmentation trial was adequate
    met: false
    evidence: {file: clinical/psychiatric-evaluation-2026-11-10.txt, page: 1}
  - criterion: 2. Anesthesia evaluation completed, with no contraindication to general anesthesia
    how_met: Anesthesia pre-procedure evaluation on 11/13/2026 (ASA II; no contraindication)
    met: true
    evidence: {file: clinical/anesthesia-preop-and-consent-2026-11-13.txt, page: 1}
  - criterion: 3. Informed consent by the patient or her legal representative
    how_met: Written consent signed by the patient on 11/13/2026 after a documented capacity assessment
    met: true
    evidence: {file: clinical/anesthesia-preop-and-consent-2026-11-13.txt, page: 1}
plan_policy:
  name: Eastgate Health Partners medical necessity guideline
  number: MN-ECT-01 (FICTIONAL)
  quote: >-
    1. ECT is medically necessary for major depressive disorder when (a) OR (b) is met: (a) the episode is severe,
    with psychotic features, catatonia, or acute suicidality requiring a rapid response; or (b) there has been
    failure of at least two adequate antidepressant trials in the current episode, including one with an augmenting
    agent. 2. An anesthesia evaluation has been completed with no contraindication to general anesthesia. 3.
    Informed consent has been obtained from the patient or the patient's legal representative.
  file: other/mn-ect-01-guideline-excerpt.txt
treatment:
  name: Electroconvulsive therapy (ECT), acute outpatient course
  summary: >-
    An acute course of up to 12 outpatient ECT treatments, three a week, for severe recurrent major depression with
    psychotic features (nihilistic delusions, food refusal, 7 kg weight loss), with olanzapine and venlafaxine.
  plan: >-
    Right unilateral ultrabrief ECT three times a week, up to 12 treatments, MADRS and weight before every third
    treatment; switch to bilateral if there is no improvement after six; admit if her weight falls below 50 kg or
    she stops drinking.
  setting: Alamo Heights Behavioral Hospital (FICTIONAL) outpatient ECT suite, with an anesthesiologist present
alternatives:
  - treatment: an antipsychotic added to the antidepressant, without ECT
    why_not: >-
      Olanzapine 5 mg was started on 11/10/2026 with venlafaxine and continues; with food refusal and 7 kg lost in
      six weeks, waiting six weeks or more for a drug response is unsafe, and ECT is the faster treatment for
      psychotic depression
clinical:
  severity: MADRS 41 on 11/10/2026; weight 52 kg (59 kg on 09/28/2026)
  severity_date: 2026-11-10
  suicidality: passive
  suicidality_date: 2026-11-10
  episode_onset: 2026-02
  treating_since: 2015-03
  history:
    - drug: Sertraline
      dose: 150 mg daily
      start: 2026-03-02
      end: 2026-05-25
      kind: antidepressant
      response: partial
      outcome: Partial response after 12 weeks; switched to venlafaxine XR
      evidence: {file: clinical/psychiatric-evaluation-2026-11-10.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 225 mg daily
      start: 2026-06-01
      ongoing: true
      kind: antidepressant
      response: partial
      outcome: Continues; partial response in July and August, worse since October
      evidence: {file: clinical/psychiatric-evaluation-2026-11-10.txt, page: 1}
    - drug: Aripiprazole (added to venlafaxine XR)
      dose: 5 mg daily
      start: 2026-09-14
      end: 2026-09-24
      kind: augmentation
      adequate: false
      outcome: Stopped after 10 days for akathisia; not an adequate trial
      evidence: {file: clinical/psychiatric-evaluation-2026-11-10.txt, page: 1}
    - drug: Olanzapine (added to venlafaxine XR)
      dose: 5 mg at bedtime
      start: 2026-11-10
      ongoing: true
      kind: augmentation
      outcome: Started 11/10/2026 for the psychotic features; too recent to judge
      evidence: {file: clinical/psychiatric-evaluation-2026-11-10.txt, page: 1}
    - drug: Mirtazapine
      dose: 7.5 mg at bedtime for sleep
      start: 2026-04
      ongoing: true
      kind: other
      outcome: For sleep only
      evidence: {file: clinical/psychiatric-evaluation-2026-11-10.txt, page: 1}
    - drug: ECT (2015 episode)
      dose: 10 treatments, right unilateral
      start: 2015-03
      end: 2015-04
      kind: neuromodulation
      sessions: 10
      response: remission
      outcome: Remission of an earlier psychotic depressive episode
      evidence: {file: clinical/psychiatric-evaluation-2026-11-10.txt, page: 1}
impact:
  daily_life: >-
    Since October 2026 she has stopped driving and leaving the house; her husband prepares food and she eats a few
    bites at each meal.
urgency:
  reason: >-
    Psychotic depression with refusal of most food and 7 kg lost in six weeks; each week without effective
    treatment risks further weight loss, dehydration and admission.
  certified_by: Olamide Brandt-Kessler, MD
author:
  name: Olamide Brandt-Kessler
  role: Treating psychiatrist
  relation: physician
  authorization: other/patient-authorization-2026-11-25.txt
  address: |-
    Brandt-Kessler Psychiatry, 5300 Broadway, Suite 410
    San Antonio, TX 78209
  phone: (210) 555-0161
  email: office@brandtkessler-psychiatry.example
provider:
  name: Olamide Brandt-Kessler
  credentials: MD
  npi: "1588034128"
  address: |-
    Brandt-Kessler Psychiatry, 5300 Broadway, Suite 410
    San Antonio, TX 78209
  phone: (210) 555-0161
peer_to_peer:
  availability: weekdays 12-1 pm Central
bates_prefix: SOLANOWHITCOMBE
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/prior-authorization-denial-2026-11-20.txt": """
EASTGATE HEALTH PARTNERS (FICTIONAL) - TRICARE REGIONAL CONTRACTOR
PRIOR AUTHORIZATION DETERMINATION: DENIED            Date: 11/20/2026            Page 1

Beneficiary: Beatriz Solano-Whitcombe     DoD Benefits Number: FICT-DBN-3308194452     Plan: TRICARE Select
Sponsor: retired     Requesting provider: Olamide Brandt-Kessler, MD     Reference: TPA-26-1112-90314
Service requested: electroconvulsive therapy (90870), 12 treatments, outpatient. Diagnosis on request: F33.2.
Received: 11/12/2026

Determination: The request for electroconvulsive therapy (ECT), 12 treatments, is not medically necessary under
guideline MN-ECT-01. The records do not document psychotic features, catatonia or acute suicidality (criterion
1(a)). Only one antidepressant trial (sertraline) is documented, and no augmentation trial (criterion 1(b)).
Records reviewed: request form of 11/12/2026; office note of 09/28/2026.
Reviewed by: Harold Pembrook, MD (internal medicine).

Your right to a reconsideration: You may ask for a reconsideration. Your request must be postmarked or received
within 90 days of the date of this notice. If you ask within 3 calendar days of receiving this notice, we will
handle it as an expedited reconsideration; a later request is handled as a standard reconsideration. Send it to
Eastgate Health Partners, TRICARE Reconsiderations, PO Box 740162, Louisville, KY 40201, or fax (502) 555-0193.
A participating provider may request reconsideration for the beneficiary.
""",
    "other/mn-ect-01-guideline-excerpt.txt": """
EASTGATE HEALTH PARTNERS (FICTIONAL) - MEDICAL NECESSITY GUIDELINE MN-ECT-01: ELECTROCONVULSIVE THERAPY
Effective 01/01/2026          Page 1

1. ECT is medically necessary for major depressive disorder when (a) OR (b) is met: (a) the episode is severe, with
psychotic features, catatonia, or acute suicidality requiring a rapid response; or (b) there has been failure of at
least two adequate antidepressant trials in the current episode, including one with an augmenting agent.
2. An anesthesia evaluation has been completed with no contraindication to general anesthesia.
3. Informed consent has been obtained from the patient or the patient's legal representative.
An acute course is authorized for up to 12 treatments; further treatments need a new request.
""",
    "other/pa-request-form-2026-11-12.txt": """
BRANDT-KESSLER PSYCHIATRY (FICTIONAL) - PRIOR AUTHORIZATION REQUEST AS FAXED          Date: 11/12/2026          Page 1

Fax batch 11/12/2026 10:05 - 3 requests: (1) Solano-Whitcombe, B.; (2) Ostrander, K. (TMS); (3) Delacroix-Ruiz, M.
(Spravato).
Request 1: Beatriz Solano-Whitcombe, DOB 08/11/1963. Service: ECT 90870 x12, outpatient.
Diagnosis: F33.2 (entered by the front desk from the 09/28/2026 visit).
Attachments sent: office note 09/28/2026. (The 11/10/2026 evaluation was not attached.)
""",
    "other/patient-authorization-2026-11-25.txt": """
AUTHORIZATION (FICTIONAL)          Signed: 11/25/2026          Page 1

I, Beatriz Solano-Whitcombe, authorize Dr. Olamide Brandt-Kessler to request reconsideration of the denial of my ECT
(reference TPA-26-1112-90314) and any further review, and to share my health information with TRICARE and its
contractors for that purpose.
Signature: Beatriz Solano-Whitcombe (on file)     Witness: Gordon Whitcombe, husband (on file)
""",
    "other/notice-receipt-log-2026-11-24.txt": """
BRANDT-KESSLER PSYCHIATRY (FICTIONAL) - INCOMING MAIL AND FAX LOG          Page 1
11/24/2026 (Tuesday): mailed copy of Eastgate determination of 11/20/2026 (TPA-26-1112-90314), received; the patient's
husband reports receiving the member copy the same day.
""",
    "clinical/office-note-2026-09-28.txt": """
BRANDT-KESSLER PSYCHIATRY (FICTIONAL) - OFFICE NOTE          Date: 09/28/2026          Page 1

Patient: Beatriz Solano-Whitcombe     Diagnosis: F33.2 major depressive disorder, recurrent, severe, without psychotic
features. MADRS 33. Weight 59 kg. Aripiprazole 5 mg stopped 09/24/2026 after 10 days for akathisia. Continue
venlafaxine XR 225 mg. Sertraline 150 mg earlier this year (12 weeks), partial response. Mirtazapine 7.5 mg at
bedtime for sleep. No psychotic symptoms today. Discussed ECT (good response in 2015); she wishes to wait.
""",
    "clinical/psychiatric-evaluation-2026-11-10.txt": """
BRANDT-KESSLER PSYCHIATRY (FICTIONAL) - URGENT PSYCHIATRIC EVALUATION          Date: 11/10/2026          Page 1

Patient: Beatriz Solano-Whitcombe     DOB 08/11/1963     Psychiatrist: Olamide Brandt-Kessler, MD (her psychiatrist
since March 2015)     Present: patient and husband
Current episode since February 2026. Worse since October: believes her intestines are rotting and that food will
poison her (mood-congruent nihilistic delusions); eats a few bites per meal; stopped driving and leaving the house.
Weight 52 kg (59 kg on 09/28/2026). MADRS 41. Passive wish to die ("I am already rotting away"); no plan or intent.
Labs 11/10: sodium and kidney function normal.
Diagnosis: F33.3 major depressive disorder, recurrent, severe, with psychotic symptoms.
Treatment in this episode: sertraline 150 mg 03/02/2026 - 05/25/2026, partial response after 12 weeks, switched;
venlafaxine XR 225 mg since 06/01/2026, continues, partial response in July-August, worse since October;
aripiprazole 5 mg 09/14 - 09/24/2026, stopped after 10 days for akathisia; mirtazapine 7.5 mg at bedtime for sleep
since April 2026.
Earlier episode: psychotic depression in 2015; 10 right unilateral ECT treatments (March-April 2015), remission.
Plan: start olanzapine 5 mg at bedtime today with venlafaxine XR; request ECT, 12 treatments, three a week; admit if
weight falls below 50 kg or she stops drinking.
""",
    "clinical/anesthesia-preop-and-consent-2026-11-13.txt": """
ALAMO HEIGHTS BEHAVIORAL HOSPITAL (FICTIONAL) - ECT PRE-PROCEDURE EVALUATION AND CONSENT          Date: 11/13/2026
Page 1

Patient: Beatriz Solano-Whitcombe. Anesthesia evaluation: ASA II (treated hypertension); no contraindication to
general anesthesia for ECT. Capacity assessment: understands the procedure, risks and alternatives; able to decide.
Written informed consent for up to 12 ECT treatments signed by the patient on 11/13/2026.
""",
}

TRUTH = r"""
# 06 - TRICARE Select: acute ECT for psychotic depression denied "no psychotic features; one antidepressant trial"; the evaluation showing psychosis was never sent; standard reconsideration by the treating psychiatrist (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Beatriz Solano-Whitcombe, 63, spouse of a retired sponsor, is covered by **TRICARE Select**; Eastgate Health Partners
  is the regional contractor. Her psychiatrist since 03/2015, Dr. Olamide Brandt-Kessler, asked on 11/12/2026 to
  authorize **12 outpatient ECT treatments** (90870). **Denied 11/20/2026** under guideline **MN-ECT-01** by an
  **internal medicine** reviewer who saw only the request form and the **09/28/2026** office note.
- **MN-ECT-01 criterion 1 is "(a) OR (b)".** (a): severe episode with **psychotic features**, catatonia or acute
  suicidality. (b): failure of two adequate antidepressant trials in the current episode, one with augmentation.
- **(a) is met:** the **evaluation of 11/10/2026** records **mood-congruent nihilistic delusions** (intestines rotting,
  food will poison her), eating a few bites per meal, **weight 59 -> 52 kg in six weeks**, MADRS 41, diagnosis
  **F33.3**. It was **never sent** (the request form says so); the request form carried the **old code F33.2** from
  the 09/28 visit, when she had no psychotic symptoms. So the denial's "do not document psychotic features" is
  contradicted by a record dated before the decision that the reviewer never had.
- **(b) is honestly NOT met:** sertraline 150 mg, 12 weeks, partial response (one adequate failed trial); venlafaxine
  XR 225 mg **still taken** (partial response, worse since October); aripiprazole lasted **10 days** (akathisia: not
  an adequate augmentation trial); olanzapine was started **11/10/2026** (too recent to judge). One alternative is
  enough: (a) suffices.
- Criteria 2 and 3 are met (anesthesia evaluation ASA II, no contraindication; written consent with a capacity
  assessment, both 11/13/2026).
- Earlier episode: **10 ECT treatments in 2015 brought remission** (a good response, not a failure).
- **Stage:** the denial (11/20, a Friday) reached the office and the family on **Tuesday 11/24/2026**; the notice's
  **3-day expedited window has passed**, so this is a **standard reconsideration** by the contractor, within **90 days
  of 11/20/2026 (by 02/18/2027)** (32 CFR 199.10 / 199.15; the notice). If upheld, the next level for a
  medical-necessity denial is a second reconsideration by the TRICARE Quality Monitoring Contractor.
- Author: **the treating psychiatrist** (a participating provider may request reconsideration; the patient's written
  authorization of 11/25/2026 is enclosed). First person as the treating physician.

## Deliberately unknown
- Whether her weight has fallen further since 11/10/2026 or whether she has been admitted (the case has nothing after
  11/25/2026): a letter must not say she was hospitalized.
- How fast the contractor will decide a standard reconsideration (no time is in the case or the notice).
- Whether olanzapine is helping (started 11/10/2026; no later record).

## Traps
- **Do not claim criterion 1(b).** "She has failed two adequate antidepressant trials and an augmentation trial" is
  FALSE: venlafaxine XR continues (partial response; never "failed"), aripiprazole lasted 10 days, olanzapine is new.
  "Every criterion is met" must be read with the "or": 1(a), 2 and 3 are met, and that is enough.
- **Not expedited by right.** The 3-day window ran from receipt on 11/24; a letter must not say the request is timely
  for an expedited reconsideration or demand a 72-hour decision; it may ask for the fastest handling the contractor
  can give and explain why (food refusal, weight loss).
- **Earlier-episode ECT is a response:** the 2015 course brought remission; never "failed ECT" or "ECT did not work".
- **Sleep dose:** mirtazapine 7.5 mg is for sleep, not an antidepressant trial.
- **Stale diagnosis code:** F33.2 on the request form and the 09/28 note was correct on 09/28; a letter must not say
  she had psychotic features on 09/28 nor that F33.2 is her current diagnosis.
- **Other patients:** two other patients' requests in the same fax batch (Ostrander, Delacroix-Ruiz).
- **Suicidality:** a **passive** wish to die (11/10), no plan or intent; never "active suicidal ideation", "suicide
  attempt" or "catatonia" (she is not catatonic).
- **Not yet given:** the ECT is pending (12 requested); never "the treatments she received".
- **Wrong law:** TRICARE: no ERISA, no ACA rules, no state external review or insurance department, no MHPAEA parity,
  no Medicare rules; no "Qualified Independent Contractor".

## Arguments a strong letter makes (strongest first)
1. **Criterion 1(a) is met**, which alone satisfies criterion 1 ("(a) OR (b)"): the **11/10/2026 evaluation**
   documents severe recurrent depression **with psychotic features** (nihilistic delusions, food refusal, 7 kg lost,
   F33.3). The reviewer never had it (only the request form and the 09/28 note, before the psychosis); the form's
   F33.2 was a stale code. Enclose the evaluation and correct the record.
2. **Criteria 2 and 3 are met** (anesthesia evaluation and written consent with capacity, 11/13/2026). Under the
   guideline's own terms the request is medically necessary; ask for authorization of the 12 treatments.
3. **Why ECT now, not a longer drug trial:** food refusal and weight loss make a six-week wait unsafe; olanzapine was
   added on 11/10 but ECT is the faster treatment; she remitted with ECT in 2015. Ask for a psychiatrist reviewer
   (the reviewer was an internist) and offer a peer-to-peer call (weekdays 12-1 pm Central), and ask for the fastest
   handling available although the expedited window has passed.

## What a letter must NOT say
- "two failed antidepressant trials and a failed augmentation trial", "failed venlafaxine", "failed aripiprazole",
  "failed olanzapine", "failed ECT", "every criterion is met" without the (a)-or-(b) reading.
- "expedited reconsideration within 72 hours" as her right, "this request is within the 3-day window".
- "active suicidal ideation", "suicide attempt", "catatonia", "she was hospitalized", "the ECT she received".
- "ERISA", "external review", "state insurance department", "parity", "Medicare", "QIC".
- the other patients in the fax batch; "psychotic features on 09/28/2026".
"""

ANSWERS = [
    ("criterion 1 is (a) or (b)", "other/mn-ect-01-guideline-excerpt.txt", "when (a) OR (b) is met"),
    ("psychotic features documented", "clinical/psychiatric-evaluation-2026-11-10.txt", "mood-congruent nihilistic delusions"),
    ("weight loss", "clinical/psychiatric-evaluation-2026-11-10.txt", "Weight 52 kg (59 kg on 09/28/2026)"),
    ("diagnosis F33.3", "clinical/psychiatric-evaluation-2026-11-10.txt", "F33.3 major depressive disorder, recurrent, severe, with psychotic symptoms"),
    ("evaluation not sent", "other/pa-request-form-2026-11-12.txt", "(The 11/10/2026 evaluation was not attached.)"),
    ("stale code on the form", "other/pa-request-form-2026-11-12.txt", "Diagnosis: F33.2 (entered by the front desk from the 09/28/2026 visit)"),
    ("records the reviewer saw", "denial/prior-authorization-denial-2026-11-20.txt", "Records reviewed: request form of 11/12/2026; office note of 09/28/2026."),
    ("denial's words", "denial/prior-authorization-denial-2026-11-20.txt", "The records do not document psychotic features, catatonia or acute suicidality"),
    ("internist reviewer", "denial/prior-authorization-denial-2026-11-20.txt", "Harold Pembrook, MD (internal medicine)"),
    ("notice date", "denial/prior-authorization-denial-2026-11-20.txt", "Date: 11/20/2026"),
    ("90-day window", "denial/prior-authorization-denial-2026-11-20.txt", "within 90 days of the date of this notice"),
    ("3-day expedited rule", "denial/prior-authorization-denial-2026-11-20.txt", "If you ask within 3 calendar days of receiving this notice"),
    ("received 11/24", "other/notice-receipt-log-2026-11-24.txt", "11/24/2026 (Tuesday)"),
    ("anesthesia ok", "clinical/anesthesia-preop-and-consent-2026-11-13.txt", "no contraindication to general anesthesia for ECT"),
    ("consent", "clinical/anesthesia-preop-and-consent-2026-11-13.txt", "Written informed consent for up to 12 ECT treatments signed by the patient on 11/13/2026."),
    ("venlafaxine continuing", "clinical/psychiatric-evaluation-2026-11-10.txt", "venlafaxine XR 225 mg since 06/01/2026, continues"),
    ("aripiprazole 10 days", "clinical/psychiatric-evaluation-2026-11-10.txt", "aripiprazole 5 mg 09/14 - 09/24/2026, stopped after 10 days for akathisia"),
    ("mirtazapine sleep", "clinical/psychiatric-evaluation-2026-11-10.txt", "mirtazapine 7.5 mg at bedtime for sleep"),
    ("2015 ECT remission", "clinical/psychiatric-evaluation-2026-11-10.txt", "10 right unilateral ECT treatments (March-April 2015), remission"),
    ("passive only", "clinical/psychiatric-evaluation-2026-11-10.txt", "no plan or intent"),
    ("peer-to-peer time", "case.yaml", "weekdays 12-1 pm Central"),
]
