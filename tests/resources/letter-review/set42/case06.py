SLUG = "06-church-self-funded-ect-catatonia-criterion-instead-of-trials-external-review-son"

CASE_YAML = r'''
# FICTIONAL CASE (set 42, case 06) - every person, plan, administrator, provider, number and address is invented.
# Church plan, self-funded, not ERISA (Minnesota-based denomination's benefits board; patient lives in South Dakota).
# Renata Szymanski-Bello, 52, a parochial school teacher, has depression with catatonia and poor intake; acute ECT was
# denied under BH-ECT-4 criterion 2 (two antidepressant trials), and the final internal decision said "no catatonia
# documented". The policy's own criterion 3 lets ECT start without criterion 2 for catatonia or refusal of food and
# fluids, and the record shows both. Her son, authorized, asks for expedited federal external review.
patient:
  name: Renata Szymanski-Bello
  salutation: Mrs. Szymanski-Bello
  date_of_birth: 1974-10-02
  member_id: FICT-LBB-301877-00
  address: |-
    1620 South Phillips Avenue
    Sioux Falls, SD 57105
  phone: (605) 555-0124
insurer:
  name: Lutheran Prairie Benefits Board Health Plan, administered by Northstar Claims Services (FICTIONAL)
  appeals_address: |-
    Northstar Claims Services - Appeals (FICTIONAL)
    PO Box 11940
    Minneapolis, MN 55411
  fax: (612) 555-0175
claim:
  number: NCS-PA-26-1020-77310
  plan_type: church
  funding: self_funded
  employees: 2300
  notice_date: 2026-10-27
  procedure_codes: ["90870"]
  diagnosis_codes: [F32.3, F06.1]
  denial_reason: >-
    Electroconvulsive therapy is not medically necessary. Policy BH-ECT-4 criterion 2 requires failure of two
    antidepressant trials of adequate dose and duration in the current episode. The records show one incomplete trial.
  denial_category: medical_necessity
  reviewer: {name: "Dr. Warren Feldkamp", specialty: internal medicine}
  urgent: true
  pending_services: 12
  action: none
decisions:
  - date: 2026-11-12
    outcome: denied
    stage: final internal appeal (expedited)
    opens: external review
    next_deadline: 2027-03-12
    reason: >-
      The expedited appeal is denied. Criterion 2 is not met. No catatonia is documented, so criterion 3 does not
      apply. This is the plan's final internal decision; you may request external review within four months.
    corrections:
      - said: No catatonia is documented, so criterion 3 does not apply.
        record: >-
          The inpatient psychiatry note of 11/05/2026 records catatonia with a Bush-Francis Catatonia Rating Scale score
          of 14 (11/02/2026), only partly improved with lorazepam (9 on 11/05/2026), and intake of less than a third of
          meals with a 6 kg weight loss since 10/01/2026.
        file: clinical/inpatient-psychiatry-note-2026-11-05.txt
        page: 1
external_review:
  agency: Federal external review process (HHS-administered), as named in the plan's final decision
  final_denial_date: 2026-11-12
plan_policy:
  name: Northstar Behavioral Health Policy BH-ECT-4 "Electroconvulsive therapy" (2026)
  number: BH-ECT-4
  quote: >-
    1. Major depressive disorder, severe. 2. Failure of two antidepressant trials of adequate dose and duration in the
    current episode. 3. Or: catatonia, acute suicidality, or refusal of food or fluids threatening health, in which
    case ECT may start without criterion 2. 4. A psychiatrist's evaluation and informed consent.
  file: other/policy-bh-ect-4-2026.txt
payer_criteria:
  - criterion: "1. Major depressive disorder, severe"
    how_met: Major depressive disorder, single episode, severe with psychotic features (F32.3); MADRS 44 on 11/05/2026
    met: true
    evidence: {file: clinical/inpatient-psychiatry-note-2026-11-05.txt, page: 1}
  - criterion: "2. Failure of two antidepressant trials of adequate dose and duration in the current episode"
    how_met: Not met; only sertraline 100 mg for 3 weeks, stopped when she stopped taking medicines by mouth; criterion 3 applies instead
    met: false
    evidence: {file: clinical/inpatient-psychiatry-note-2026-11-05.txt, page: 1}
  - criterion: "3. Or: catatonia, acute suicidality, or refusal of food or fluids threatening health, in which case ECT may start without criterion 2"
    how_met: Catatonia (Bush-Francis 14 on 11/02/2026, 9 on 11/05/2026 on lorazepam); eating less than a third of meals; 6 kg lost since 10/01/2026
    met: true
    instead_of: 2
    evidence: {file: clinical/inpatient-psychiatry-note-2026-11-05.txt, page: 1}
  - criterion: "4. A psychiatrist's evaluation and informed consent"
    how_met: ECT evaluation by Dr. Ingrid Halvorsen-Mbeki, psychiatrist, 11/05/2026; consent signed by the patient (assenting) and by her son, her health care agent
    met: true
    evidence: {file: clinical/ect-consult-2026-11-05.txt, page: 1}
treatment:
  name: Acute electroconvulsive therapy (ECT), up to 12 treatments
  summary: >-
    Acute ECT for severe depression with catatonia and poor intake, only partly improved with lorazepam.
  plan: Up to 12 treatments, three a week, right unilateral, moving to bilateral if catatonia does not lift after 6; Bush-Francis and MADRS weekly.
clinical:
  severity: MADRS 44 and Bush-Francis 9 on 11/05/2026 (Bush-Francis 14 on 11/02/2026)
  severity_date: 2026-11-05
  suicidality: none
  suicidality_date: 2026-11-05
  episode_onset: 2026-08
  history:
    - drug: Sertraline
      dose: 100 mg daily
      start: 2026-09
      end: 2026-10
      weeks: 3
      kind: antidepressant
      adequate: false
      outcome: Stopped after 3 weeks when she stopped taking medicines by mouth; not an adequate trial
      evidence: {file: clinical/inpatient-psychiatry-note-2026-11-05.txt, page: 1}
    - drug: Lorazepam
      dose: 2 mg three times daily (catatonia treatment)
      start: 2026-11
      ongoing: true
      kind: other
      outcome: Partial improvement of catatonia (Bush-Francis 14 to 9); continued; not an antidepressant trial
      evidence: {file: clinical/inpatient-psychiatry-note-2026-11-05.txt, page: 1}
    - drug: Mirtazapine
      dose: 7.5 mg at bedtime for sleep
      start: 2026-08
      end: 2026-10
      kind: other
      adequate: false
      outcome: Sleep dose only; not an antidepressant trial
      evidence: {file: clinical/inpatient-psychiatry-note-2026-11-05.txt, page: 1}
    - drug: Electroconvulsive therapy (2015)
      dose: 10 treatments
      start: 2015-03
      end: 2015-04
      sessions: 10
      kind: neuromodulation
      response: remission
      outcome: Remission of an earlier episode (2015)
      evidence: {file: clinical/ect-consult-2026-11-05.txt, page: 1}
urgency:
  reason: >-
    Catatonia with intake of less than a third of meals and a 6 kg weight loss; waiting for a standard decision risks
    dehydration, malnutrition and clots from immobility.
  certified_by: Ingrid Halvorsen-Mbeki, MD, psychiatrist
author:
  name: Mateusz Szymanski-Bello
  role: Son of the patient, authorized representative and health care agent
  relation: representative
  authorization: other/authorized-representative-form-2026-11-13.txt
  address: |-
    902 West 33rd Street
    Sioux Falls, SD 57105
  phone: (605) 555-0125
  email: mateusz.sb@mail.example
provider:
  name: Ingrid Halvorsen-Mbeki, MD
  credentials: Psychiatrist, ECT service
  npi: "1328688282"
  address: |-
    Big Sioux Regional Medical Center (FICTIONAL), 1300 South Cliff Avenue
    Sioux Falls, SD 57105
  phone: (605) 555-0139
template: external-review-request
copies: [prescriber]
record_dates:
  - file: clinical/inpatient-psychiatry-note-2026-11-05.txt
    date: 2026-11-05
  - file: clinical/ect-consult-2026-11-05.txt
    date: 2026-11-05
bates_prefix: SZYMANSKIBELLO
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''

DOCS = {
"denial/precertification-denial-2026-10-27.txt": '''
NORTHSTAR CLAIMS SERVICES (FICTIONAL) for the Lutheran Prairie Benefits Board Health Plan (church plan, self-funded)
PRECERTIFICATION DENIAL                                                            Date: 10/27/2026
Member: Renata Szymanski-Bello   DOB 10/02/1974   ID FICT-LBB-301877-00
Reference NCS-PA-26-1020-77310   Requested: ECT (90870), 12 treatments
Electroconvulsive therapy is not medically necessary. Policy BH-ECT-4 criterion 2 requires failure of two
antidepressant trials of adequate dose and duration in the current episode. The records show one incomplete trial.
Reviewer: Dr. Warren Feldkamp, internal medicine.
''',
"denial/final-internal-decision-2026-11-12.txt": '''
NORTHSTAR CLAIMS SERVICES (FICTIONAL) - FINAL INTERNAL APPEAL DECISION (EXPEDITED)        Date: 11/12/2026
Member: Renata Szymanski-Bello   Reference NCS-PA-26-1020-77310
The expedited appeal is denied. Criterion 2 is not met. No catatonia is documented, so criterion 3 does not apply.
This is the plan's final internal decision; you may request external review within four months. An expedited
external review may be requested if waiting would seriously jeopardize the member's life or health.
''',
"other/policy-bh-ect-4-2026.txt": '''
NORTHSTAR BEHAVIORAL HEALTH POLICY BH-ECT-4 (FICTIONAL) - Electroconvulsive therapy, 2026
1. Major depressive disorder, severe. 2. Failure of two antidepressant trials of adequate dose and duration in the
current episode. 3. Or: catatonia, acute suicidality, or refusal of food or fluids threatening health, in which case
ECT may start without criterion 2. 4. A psychiatrist's evaluation and informed consent.
''',
"other/policy-bh-ect-4-2024-stale.txt": '''
NORTHSTAR BEHAVIORAL HEALTH POLICY BH-ECT-4 (FICTIONAL) - 2024 version [retired 12/31/2025]
ECT requires failure of three antidepressant trials. No exceptions.
''',
"clinical/inpatient-psychiatry-note-2026-11-05.txt": '''
BIG SIOUX REGIONAL MEDICAL CENTER (FICTIONAL) - INPATIENT PSYCHIATRY PROGRESS NOTE         Date: 11/05/2026
Patient: Renata Szymanski-Bello   DOB 10/02/1974   Page 1 of 1
Major depressive disorder, single episode, severe with psychotic features (F32.3); catatonic disorder due to
the depressive illness coded per team (F06.1). Episode since 08/2026. MADRS 44.
Catatonia: Bush-Francis Catatonia Rating Scale 14 on 11/02/2026; lorazepam 2 mg three times daily started 11/02;
Bush-Francis 9 on 11/05 (partial). Mutism, posturing, staring. Eating less than a third of meals; weight down 6 kg
since 10/01/2026. No suicidal statements; she is largely mute.
Medication: sertraline 100 mg 09-10/2026, 3 weeks, stopped when she stopped taking medicines by mouth; mirtazapine
7.5 mg at bedtime for sleep 08-10/2026.
Roommate's diet order (A. Lindqvist) clipped to chart in error - not this patient.
''',
"clinical/ect-consult-2026-11-05.txt": '''
BIG SIOUX REGIONAL MEDICAL CENTER (FICTIONAL) - ECT CONSULTATION                          Date: 11/05/2026
Patient: Renata Szymanski-Bello   Consultant: Ingrid Halvorsen-Mbeki, MD, psychiatrist
Recommend acute ECT, up to 12 treatments, three a week. Past: 10 ECT treatments 03-04/2015 with remission of an earlier
episode. Informed consent: patient (assenting) and her son, health care agent, signed 11/05/2026.
Urgency: catatonia with poor intake; standard review time would seriously jeopardize her health.
''',
"other/authorized-representative-form-2026-11-13.txt": '''
AUTHORIZED REPRESENTATIVE DESIGNATION (FICTIONAL)                                        Date: 11/13/2026
Member: Renata Szymanski-Bello. Representative: Mateusz Szymanski-Bello (son; health care agent under her health care
directive of 2021). Scope: appeals and external review of reference NCS-PA-26-1020-77310.
Signed by the representative as health care agent; directive attached.
''',
}

TRUTH = r'''
# 06 - Church plan (self-funded, not ERISA): acute ECT for catatonic depression denied for too few drug trials, though the policy's own criterion 3 lets catatonia stand in for them; expedited federal external review asked by her son (FICTIONAL)

All people, plans, administrators, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Renata Szymanski-Bello, 52 (DOB 10/02/1974), a member of the **Lutheran Prairie Benefits Board Health Plan**, a
  **self-funded church plan that has not elected ERISA** (2,300 employees), was denied **acute ECT, up to 12
  treatments** (90870; F32.3, F06.1) on **10/27/2026** under **BH-ECT-4 criterion 2**; the **expedited final internal
  decision of 11/12/2026** upheld it, saying "No catatonia is documented, so criterion 3 does not apply".
- BH-ECT-4 **criterion 3**: catatonia, acute suicidality, or refusal of food or fluids threatening health lets ECT
  start **without criterion 2**. The 11/05/2026 note records **catatonia (Bush-Francis 14 on 11/02, 9 on 11/05 on
  lorazepam)**, intake under a third of meals and **6 kg lost since 10/01/2026**. Criteria 1, 3 and 4 are met;
  criterion 2 is not, and is not needed.
- **Rule and stage:** 26 CFR 54.9815-2719 (the Code's copy of the claims and external-review rules for a church
  plan): external review within **4 months of the final internal denial: by 03/12/2027**; **expedited** external
  review is asked, the treating psychiatrist certifying urgency.
- **Author:** her son, health care agent and authorized representative; he writes about "my mother" /
  "Mrs. Szymanski-Bello".

## Deliberately unknown
- Whether she can consent alone now: the record shows assent and the agent's consent; a letter must not say more.
- The dates ECT would start: none set.
- Which external review organization will be assigned: not known.

## Traps
- **Policy's own alternative criterion:** criterion 2 is unmet and a letter must never say it is met; it must say
  criterion 3 stands in for it.
- **Decision's wrong statement:** "No catatonia is documented".
- **Lorazepam** treats catatonia; it is not an antidepressant trial; it continues (partial improvement).
- **Sertraline 3 weeks** was not an adequate trial and not a "failure": she stopped taking medicines by mouth.
- **Sleep dose:** mirtazapine 7.5 mg. **Earlier-episode response:** ECT 2015, remission: never a failure.
- **Stale document:** the 2024 policy (three trials, "no exceptions") was retired 12/31/2025.
- **Other person:** the roommate's diet order (A. Lindqvist).
- **Suicidality:** none recorded (she is largely mute); no "acute suicidality" may be claimed.
- **Reviewer:** internal medicine, not a psychiatrist: ask for a psychiatrist reviewer.
- **Wrong law:** ERISA is not the governing law (no "ERISA", "EBSA", "Department of Labor"); no Medicare rule.

## Arguments a strong letter makes (strongest first)
1. BH-ECT-4 criterion 3 lets ECT start without criterion 2 for catatonia or refusal of food or fluids; the record
   shows both (Bush-Francis 14/9; under a third of meals; 6 kg lost). The decision's ground falls.
2. Correct the final decision's "No catatonia is documented", with the 11/05/2026 note.
3. Criteria 1 and 4 are met (MADRS 44; psychiatrist's evaluation, consent).
4. Expedited external review: the treating psychiatrist certifies that waiting would seriously jeopardize her health.
5. A psychiatrist should review; the reviewer was an internist.

## What a letter must NOT say
- "criterion 2 is met"; "two failed antidepressant trials"; "failed sertraline"; lorazepam or mirtazapine as a trial.
- "acute suicidality"; "suicidal ideation"; "failed ECT".
- "three trials" as the rule; "A. Lindqvist"; "ERISA" as governing law; "Department of Labor"; "EBSA".
'''

ANSWERS = [
    ("plan funding", "church plan, self-funded", "denial/precertification-denial-2026-10-27.txt"),
    ("first denial date", "10/27/2026", "denial/precertification-denial-2026-10-27.txt"),
    ("reviewer", "internal medicine", "denial/precertification-denial-2026-10-27.txt"),
    ("final decision date", "11/12/2026", "denial/final-internal-decision-2026-11-12.txt"),
    ("decision's wrong statement", "No catatonia is documented", "denial/final-internal-decision-2026-11-12.txt"),
    ("external review deadline", "by 03/12/2027", "truth"),
    ("alternative criterion", "in which case ECT may start without criterion 2", "other/policy-bh-ect-4-2026.txt"),
    ("catatonia score", "Bush-Francis Catatonia Rating Scale 14 on 11/02/2026", "clinical/inpatient-psychiatry-note-2026-11-05.txt"),
    ("partial lorazepam response", "Bush-Francis 9 on 11/05 (partial)", "clinical/inpatient-psychiatry-note-2026-11-05.txt"),
    ("intake", "Eating less than a third of meals", "clinical/inpatient-psychiatry-note-2026-11-05.txt"),
    ("weight loss", "weight down 6 kg", "clinical/inpatient-psychiatry-note-2026-11-05.txt"),
    ("incomplete trial", "3 weeks, stopped when she stopped taking medicines by mouth", "clinical/inpatient-psychiatry-note-2026-11-05.txt"),
    ("earlier-episode response", "10 ECT treatments 03-04/2015 with remission", "clinical/ect-consult-2026-11-05.txt"),
    ("stale document", "retired 12/31/2025", "other/policy-bh-ect-4-2024-stale.txt"),
    ("other person", "A. Lindqvist", "clinical/inpatient-psychiatry-note-2026-11-05.txt"),
    ("employees", "2300", "case.yaml"),
]
