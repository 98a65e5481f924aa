"""Set 23, case 04 (FICTIONAL): individual Marketplace Gold PPO (Kentucky); an acute ECT course denied under the
plan's ECT policy (criterion 2(a), no augmentation trial); criterion 2 is "one of" (a)-(c), and 2(b), a prior
episode that responded to ECT, is met by the 2019 discharge summary the husband faxed with the internal appeal;
state external review requested by the husband."""

SLUG = "04-marketplace-ect-prior-response-arm-external-review-husband"

CASE_YAML = """
# FICTIONAL CASE (set 23, case 04) - every person, plan, provider, number and address is invented.
# Individual Marketplace Gold PPO, insured (Kentucky). A 12-treatment acute ECT course for a severe recurrent
# depression was denied before treatment (09/22/2026) under policy MP-ECT-07 criterion 2(a) (no 4-week augmentation
# trial). Criterion 2 is met by any ONE of (a)-(c); (b), a prior episode that responded to ECT, is met: 10 ECT
# treatments in 2019 brought remission (discharge summary faxed with the internal appeal on 10/09/2026). The final
# internal denial (10/28/2026) says "No prior ECT is documented". Her husband asks for external review.
patient:
  name: Corinne Easterbrook
  salutation: Mrs. Easterbrook
  date_of_birth: 1966-01-14
  member_id: FICT-BMH-60418827-01
  address: |-
    3306 Tollgate Hollow Road
    Elk Shoals, KY 40347
  phone: (859) 555-0131
insurer:
  name: Bluegrass Meridian Health (FICTIONAL), Gold PPO
  appeals_address: |-
    Bluegrass Meridian Health, Appeals and Grievances
    PO Box 21907
    Elk Shoals, KY 40340
  fax: (859) 555-0177
claim:
  number: BMH-PA-26-0915-07712
  plan_type: individual_aca
  funding: insured
  state: KY
  notice_date: 2026-09-22
  pending_services: 12
  procedure_codes: ["90870", "00104"]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    The request for electroconvulsive therapy (ECT), 12 treatments, is denied. Medical Policy MP-ECT-07 criterion
    2(a) is not met: the records do not document a trial of an augmentation strategy (lithium, a second-generation
    antipsychotic or thyroid hormone) at an adequate dose for at least 4 weeks. ECT is not medically necessary.
  denial_category: medical_necessity
  reviewer:
    name: Samuel Okafor-Reyes, MD
    specialty: Internal Medicine
  action: none
plan_policy:
  name: Bluegrass Meridian Health Medical Policy MP-ECT-07, Electroconvulsive Therapy
  number: MP-ECT-07
  quote: >-
    ECT is medically necessary for major depressive disorder when criteria 1, 2 and 3 are all met. 1. A diagnosis
    of major depressive disorder, severe, or of bipolar depression. 2. One of the following: (a) failure of, or
    intolerance to, at least two antidepressants from different classes, each at an adequate dose for at least 6
    weeks, and failure of, or intolerance to, one augmentation strategy (lithium, a second-generation antipsychotic
    or thyroid hormone) at an adequate dose for at least 4 weeks; or (b) a prior episode of depression that
    responded to ECT; or (c) psychotic features, catatonia, or a need for a rapid response because of acute suicide
    risk or inanition. 3. A pre-ECT evaluation that includes an anesthesia assessment, and informed consent.
  file: other/medical-policy-mp-ect-07.txt
payer_criteria:
  - criterion: 1. A diagnosis of major depressive disorder, severe, or of bipolar depression
    how_met: Major depressive disorder, recurrent, severe, without psychotic features (F33.2); MADRS 36 on 11/18/2026
    met: true
    evidence: {file: clinical/psychiatric-evaluation-2026-11-18.txt, page: 1}
  - criterion: >-
      2(a) Failure of, or intolerance to, at least two antidepressants from different classes (6 weeks each) and one
      augmentation strategy at an adequate dose for at least 4 weeks
    how_met: >-
      Escitalopram 20 mg for 9 weeks brought no response and venlafaxine XR 225 mg since 06/01/2026 only a partial
      one; the only augmentation tried, aripiprazole 2 mg, was stopped after 9 days for akathisia, so no 4-week
      augmentation trial is documented
    met: false
    evidence: {file: clinical/psychiatric-evaluation-2026-11-18.txt, page: 1}
  - criterion: 2(b) A prior episode of depression that responded to ECT
    how_met: >-
      Ten ECT treatments from 10/14/2019 to 11/22/2019 brought remission of the 2019 episode (MADRS 38 to 8), as the
      2019 discharge summary records
    met: true
    evidence: {file: clinical/discharge-summary-2019-11-22.txt, page: 1}
  - criterion: 2(c) Psychotic features, catatonia, or a need for a rapid response because of acute suicide risk or inanition
    how_met: No psychotic features or catatonia; passive death wish without plan or intent; she is eating, though less
    met: false
    evidence: {file: clinical/psychiatric-evaluation-2026-11-18.txt, page: 1}
  - criterion: 3. A pre-ECT evaluation that includes an anesthesia assessment, and informed consent
    how_met: Pre-ECT evaluation with anesthesia assessment on 09/10/2026 and signed informed consent on 09/11/2026
    met: true
    evidence: {file: clinical/pre-ect-evaluation-2026-09-10.txt, page: 1}
decisions:
  - date: 2026-10-28
    outcome: denied
    stage: internal appeal
    opens: external review
    reason: >-
      We reviewed your appeal of the denial of electroconvulsive therapy. Criterion 2(a) of Medical Policy MP-ECT-07
      is not met: no augmentation trial of at least 4 weeks is documented. No prior ECT is documented. The denial is
      upheld. This is our final internal decision.
    corrections:
      - said: No prior ECT is documented
        record: >-
          The discharge summary of 11/22/2019, faxed to the plan with the internal appeal on 10/09/2026 (fax report),
          records ten ECT treatments from 10/14/2019 to 11/22/2019 with remission (MADRS 38 to 8)
        file: clinical/discharge-summary-2019-11-22.txt
        page: 1
external_review:
  agency: Kentucky Department of Insurance, External Review (independent review organization assigned by the state)
  address: |-
    Kentucky Department of Insurance, External Review
    PO Box 40911 (address FICTIONAL)
    Frankfort, KY 40601
  final_denial_date: 2026-10-28
record_dates:
  - {file: clinical/discharge-summary-2019-11-22.txt, date: 2019-11-22, released: 2026-10-02, sent: 2026-10-09, sent_proof: other/fax-report-2026-10-09.txt}
  - {file: clinical/psychiatric-evaluation-2026-11-18.txt, date: 2026-11-18}
treatment:
  name: Electroconvulsive therapy (ECT), acute course
  summary: >-
    An acute course of 12 ECT treatments for severe recurrent major depression that has not remitted on two
    antidepressants in this episode (one without response, one continuing with a partial response); ECT brought
    remission of her 2019 episode.
  plan: >-
    12 treatments, three a week for four weeks, right unilateral ultrabrief pulse, changing to bilateral electrode
    placement if MADRS has not fallen by 25% after treatment 6; MADRS weekly and MoCA before the course and after every
    fourth treatment; stop at remission (MADRS 10 or less) or after 12 treatments.
  setting: Outpatient ECT suite, Elk Shoals Regional Medical Center, with anesthesia staff
clinical:
  severity: MADRS 36 and PHQ-9 23 on 11/18/2026; 6 kg weight loss since August 2026
  severity_date: 2026-11-18
  suicidality: passive
  suicidality_date: 2026-11-18
  episode_onset: 2026-02
  exclusions: No psychotic features; no recent myocardial infarction or intracranial lesion; anesthesia assessment 09/10/2026 without contraindication
  history:
    - drug: Sertraline
      dose: 150 mg daily
      start: 2019-03
      end: 2022-08
      kind: antidepressant
      response: remission
      outcome: Did not help alone in 2019; after the 2019 ECT course it kept her well (maintenance) until it was stopped in 2022
      evidence: {file: clinical/discharge-summary-2019-11-22.txt, page: 1}
    - drug: Electroconvulsive therapy (ECT)
      dose: 10 treatments, right unilateral
      start: 2019-10-14
      end: 2019-11-22
      kind: neuromodulation
      sessions: 10
      response: remission
      outcome: Remission of the 2019 episode (MADRS 38 to 8)
      evidence: {file: clinical/discharge-summary-2019-11-22.txt, page: 1}
    - drug: Escitalopram
      dose: 20 mg daily
      start: 2026-03-02
      end: 2026-05-08
      kind: antidepressant
      response: none
      outcome: No response after 9 weeks
      evidence: {file: clinical/psychiatric-evaluation-2026-11-18.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 225 mg daily
      start: 2026-06-01
      ongoing: true
      kind: antidepressant
      response: partial
      outcome: Continues; partial response
      evidence: {file: clinical/psychiatric-evaluation-2026-11-18.txt, page: 1}
    - drug: Aripiprazole
      dose: 2 mg daily (added to venlafaxine XR)
      start: 2026-08-10
      end: 2026-08-19
      kind: augmentation
      adequate: false
      outcome: Stopped after 9 days for akathisia
      evidence: {file: clinical/psychiatric-evaluation-2026-11-18.txt, page: 1}
    - drug: Trazodone
      dose: 50 mg at bedtime for sleep
      start: 2026-04
      ongoing: true
      kind: other
      outcome: For sleep only
      evidence: {file: clinical/psychiatric-evaluation-2026-11-18.txt, page: 1}
alternatives:
  - treatment: Lithium augmentation
    why_not: Relatively contraindicated by her chronic kidney disease, stage 3a (eGFR 52 on 08/03/2026); never started
impact:
  work: On unpaid leave from her job as a school bookkeeper since 09/01/2026
  daily_life: Stays in bed most of the day; her husband prepares her meals; 6 kg weight loss since August 2026
author:
  name: Paul Easterbrook
  role: Husband of the patient, her authorized representative
  relation: representative
  address: |-
    3306 Tollgate Hollow Road
    Elk Shoals, KY 40347
  phone: (859) 555-0131
  email: paul.easterbrook@homemail.example
  authorization: other/authorized-representative-form-2026-11-20.txt
provider:
  name: Meredith Saltonstall
  credentials: MD
  npi: "1550382711"
  address: |-
    Elk Shoals Regional Medical Center, Department of Psychiatry, 1 Infirmary Road
    Elk Shoals, KY 40347
  phone: (859) 555-0149
template: external-review-request
bates_prefix: EASTERBROOK
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/prior-authorization-denial-2026-09-22.txt": """
BLUEGRASS MERIDIAN HEALTH (FICTIONAL) - NOTICE OF ADVERSE BENEFIT DETERMINATION       Date: 09/22/2026    Page 1

Member: Corinne Easterbrook     Member ID: FICT-BMH-60418827-01     Plan: Gold PPO (individual, Marketplace)
Reference: BMH-PA-26-0915-07712     Requested by: Meredith Saltonstall, MD, on 09/15/2026
Service: electroconvulsive therapy (90870) with anesthesia (00104), 12 treatments, Elk Shoals Regional Medical Center

Decision: The request for electroconvulsive therapy (ECT), 12 treatments, is denied. Medical Policy MP-ECT-07
criterion 2(a) is not met: the records do not document a trial of an augmentation strategy (lithium, a
second-generation antipsychotic or thyroid hormone) at an adequate dose for at least 4 weeks. ECT is not medically
necessary.
Reviewer: Samuel Okafor-Reyes, MD, Internal Medicine.

You may appeal within 180 days of receiving this notice. If your internal appeal is denied, you may ask for an
external review by an independent review organization through the Kentucky Department of Insurance within 4 months
of our final decision.
""",
    "denial/final-internal-appeal-decision-2026-10-28.txt": """
BLUEGRASS MERIDIAN HEALTH (FICTIONAL) - FINAL INTERNAL ADVERSE BENEFIT DETERMINATION   Date: 10/28/2026    Page 1

Member: Corinne Easterbrook     Member ID: FICT-BMH-60418827-01     Reference: BMH-PA-26-0915-07712
Appeal received: 10/09/2026, from Paul Easterbrook (authorized representative)

We reviewed your appeal of the denial of electroconvulsive therapy. Criterion 2(a) of Medical Policy MP-ECT-07 is
not met: no augmentation trial of at least 4 weeks is documented. No prior ECT is documented. The denial is upheld.
This is our final internal decision.
Reviewer: Samuel Okafor-Reyes, MD, Internal Medicine.

Your right to external review: you may ask for an external review by an independent review organization within 4
months of the date of this notice. Send the request to the Kentucky Department of Insurance, External Review,
PO Box 40911 (address FICTIONAL), Frankfort, KY 40601 (form enclosed with this notice). If your situation is urgent, you may ask for an expedited external review.
""",
    "other/medical-policy-mp-ect-07.txt": """
BLUEGRASS MERIDIAN HEALTH (FICTIONAL) - MEDICAL POLICY MP-ECT-07: ELECTROCONVULSIVE THERAPY      Page 1
Effective 01/01/2026

ECT is medically necessary for major depressive disorder when criteria 1, 2 and 3 are all met.
1. A diagnosis of major depressive disorder, severe, or of bipolar depression.
2. One of the following:
   (a) failure of, or intolerance to, at least two antidepressants from different classes, each at an adequate
       dose for at least 6 weeks, and failure of, or intolerance to, one augmentation strategy (lithium, a
       second-generation antipsychotic or thyroid hormone) at an adequate dose for at least 4 weeks; or
   (b) a prior episode of depression that responded to ECT; or
   (c) psychotic features, catatonia, or a need for a rapid response because of acute suicide risk or inanition.
3. A pre-ECT evaluation that includes an anesthesia assessment, and informed consent.
Continuation beyond 12 acute treatments requires documented improvement on a standardized scale.
""",
    "other/fax-report-2026-10-09.txt": """
FAX TRANSMISSION REPORT (FICTIONAL)                  Printed: 10/09/2026 11:06 am       Page 1

From: Easterbrook household, (859) 555-0131
To: Bluegrass Meridian Health, Appeals and Grievances, fax (859) 555-0177
Pages: 9 - cover letter (appeal, reference BMH-PA-26-0915-07712, 2 pages); authorized representative form (1 page);
Elk Shoals Regional Medical Center discharge summary of 11/22/2019 (2 pages); psychiatry notes 03/2026-09/2026 (4
pages)
Result: OK - all pages sent 10/09/2026 11:05 am
""",
    "other/prior-authorization-request-form-2026-09-15.txt": """
ELK SHOALS REGIONAL MEDICAL CENTER (FICTIONAL) - ECT SERVICE
PRIOR AUTHORIZATION REQUEST (as faxed to the plan)                Date: 09/15/2026            Page 1

Patient: Corinne Easterbrook    DOB 01/14/1966    Member ID: FICT-BMH-60418827-01
Requested: ECT (90870) with anesthesia (00104), 12 treatments, outpatient
Diagnosis: F33.2
Medications tried this episode: escitalopram 20 mg (9 weeks, no response); venlafaxine XR 225 mg (current);
aripiprazole 2 mg (stopped, side effects)
Prior ECT: not known - records requested from the 2019 hospital
Requesting physician: Meredith Saltonstall, MD
""",
    "other/authorized-representative-form-2026-11-20.txt": """
KENTUCKY EXTERNAL REVIEW - AUTHORIZATION OF A REPRESENTATIVE (content; FICTIONAL COPY FOR A TEST CASE)   Page 1

I, Corinne Easterbrook (member ID FICT-BMH-60418827-01, Bluegrass Meridian Health Gold PPO), authorize my husband,
Paul Easterbrook, to request and pursue an external review of the denial of electroconvulsive therapy (reference
BMH-PA-26-0915-07712) for me, and to receive my medical records and health information for that purpose.
Signed: Corinne Easterbrook (signature on file)        Date: 11/20/2026
""",
    "clinical/discharge-summary-2019-11-22.txt": """
ELK SHOALS REGIONAL MEDICAL CENTER (FICTIONAL) - DISCHARGE SUMMARY           Date: 11/22/2019          Page 1
Released from the medical records department on 10/02/2026

Patient: Corinne Easterbrook    DOB 01/14/1966    Attending: Harold Vinterberg, MD (psychiatry)
Diagnosis: major depressive disorder, recurrent, severe, without psychotic features.
History of this episode: onset January 2019; sertraline titrated to 150 mg daily from March 2019 without
improvement by September 2019.
ECT: 10 right unilateral treatments from 10/14/2019 to 11/22/2019 (the first 6 during the admission, the rest as
an outpatient). MADRS 38 before the course, 8 after treatment 10: remission.
Cognition: MoCA 28 before and 27 after the course.
Plan at discharge: continue sertraline 150 mg daily as maintenance; follow-up with her psychiatrist.
""",
    "clinical/pre-ect-evaluation-2026-09-10.txt": """
ELK SHOALS REGIONAL MEDICAL CENTER (FICTIONAL) - PRE-ECT EVALUATION           Date: 09/10/2026          Page 1

Patient: Corinne Easterbrook    DOB 01/14/1966
Psychiatry (Meredith Saltonstall, MD): recurrent severe depression without psychotic features; ECT recommended.
Anesthesia assessment (Reuben Castillo, MD): ASA class II; blood pressure controlled; ECG normal; no
contraindication to general anesthesia.
Labs: eGFR 52 (chronic kidney disease stage 3a, stable); sodium and potassium normal.
Informed consent for an acute course of ECT: discussed 09/10/2026; consent form signed 09/11/2026.
""",
    "clinical/psychiatric-evaluation-2026-11-18.txt": """
ELK SHOALS REGIONAL MEDICAL CENTER (FICTIONAL) - PSYCHIATRY FOLLOW-UP         Date: 11/18/2026          Page 1

Patient: Corinne Easterbrook    DOB 01/14/1966    Psychiatrist: Meredith Saltonstall, MD
Diagnosis: F33.2 major depressive disorder, recurrent, severe, without psychotic features. Current episode since
February 2026.
Measures: MADRS 36, PHQ-9 23. Weight 61 kg (67 kg in August 2026).
Safety: passive death wish ("I would not mind not waking up"), no plan or intent; no psychotic features; not
catatonic. Eating smaller meals her husband prepares.
Medications this episode:
- Escitalopram 20 mg, 03/02/2026 to 05/08/2026: no response after 9 weeks.
- Venlafaxine XR 225 mg since 06/01/2026: continues; partial response.
- Aripiprazole 2 mg added to venlafaxine XR, 08/10/2026 to 08/19/2026: stopped after 9 days for akathisia.
- Trazodone 50 mg at bedtime for sleep since April 2026.
- Lithium not started: chronic kidney disease stage 3a (eGFR 52 on 08/03/2026).
Earlier episode: 2019, remission with 10 ECT treatments (discharge summary 11/22/2019), then sertraline
maintenance until 2022.
Work: on unpaid leave from her job as a school bookkeeper since 09/01/2026.
Plan: ECT as soon as it is approved, 12 treatments (see the ECT plan of 09/10/2026).
""",
}

TRUTH = """
# 04 - Marketplace Gold PPO: acute ECT denied on criterion 2(a); criterion 2 is "one of", and 2(b) (prior response to ECT) is met; state external review (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Corinne Easterbrook, 60 (DOB 01/14/1966), individual **Marketplace Gold PPO**, insured, Bluegrass Meridian Health
  (Kentucky). Recurrent major depression, severe, without psychotic features (F33.2); current episode since
  **February 2026**.
- Request: an acute course of **12 ECT treatments** (90870 with anesthesia 00104), asked for on 09/15/2026;
  **denied 09/22/2026** under **MP-ECT-07 criterion 2(a)** (no 4-week augmentation trial); the reviewer is an
  **internist**. Internal appeal filed **10/09/2026** by fax, with the **2019 discharge summary**; upheld
  **10/28/2026** (final internal decision): "criterion 2(a) ... not met ... No prior ECT is documented."
- **MP-ECT-07 criterion 2 is met by ONE of (a), (b) or (c).** **2(b), "a prior episode of depression that responded
  to ECT", is met:** 10 ECT treatments 10/14-11/22/2019 brought remission (MADRS 38 -> 8), per the 2019 discharge
  summary, which the fax report of 10/09/2026 shows was sent with the appeal - the decision's "No prior ECT is
  documented" is contradicted by the record it had. Criteria 1 (F33.2, MADRS 36) and 3 (pre-ECT evaluation with
  anesthesia assessment 09/10; consent signed 09/11) are met. So every criterion of the policy is met.
- **2(a) is honestly NOT met:** escitalopram 9 weeks (no response) and venlafaxine XR since 06/01 (continuing,
  partial) are two antidepressants of different classes, but the only augmentation, aripiprazole 2 mg, lasted 9 days
  (akathisia); lithium was never started (CKD 3a). **2(c) is not met** either: no psychosis or catatonia; passive
  death wish only; she is eating (less).
- Severity now: MADRS 36, PHQ-9 23 (11/18/2026); 6 kg lost since August; on unpaid leave since 09/01/2026.
- Stage: **external review** through the state (insured individual plan: 45 CFR 147.136(c)), within **4 months** of
  the final internal decision of 10/28/2026: **by 02/28/2027**. Standard review (no clinician has certified
  urgency). Author: her **husband**, Paul Easterbrook, her authorized representative (signed 11/20/2026); not a
  clinician.

## Deliberately unknown
- Whether a physician would certify urgency for an expedited external review (not in the record): the letter may
  mention that an expedited review can be asked for if her psychiatrist certifies it; it must not claim it has been.
- The ECT service's charges and what the plan would pay.
- Whether the IRO will apply MP-ECT-07 or its own standards.

## Traps
- **"One of the following":** a letter that argues only 2(a), or says the policy requires the augmentation step
  whatever else is met, misses the point; one that claims **2(a) is met** ("an adequate augmentation trial",
  "failed aripiprazole") is FALSE (9 days, stopped for akathisia). Saying "every criterion is met" is true only with
  criterion 2 met through 2(b).
- **The earlier-episode response is the winning point, not a failure:** ECT in 2019 brought remission; sertraline
  in 2019 did not help alone and then kept her well after ECT until 2022. Never "failed ECT"; sertraline's 2019
  non-response belongs to an earlier episode and is not a trial of this episode.
- **Drug still taken:** venlafaxine XR continues with a partial response: never "failed" or "stopped"; it may count
  toward two antidepressant trials only as an inadequate response.
- **Sleep dose:** trazodone 50 mg at bedtime is not an antidepressant trial.
- **Lithium was never taken:** never "failed lithium"; it is an alternative ruled out by her kidney disease.
- **Stale form:** the ECT service's PA request of 09/15/2026 says "Prior ECT: not known" (records had been requested);
  the 2019 summary was released 10/02 and faxed 10/09. The decision's "no prior ECT documented" cannot rest on it.
- **Suicidality:** passive death wish (11/18/2026), no plan or intent: never "active suicidal ideation", "acute
  suicide risk" or the 2(c) arm.
- **Reviewer:** an internist decided both levels; asking the IRO for a psychiatrist reviewer is right; citing an
  internal-appeal consultation rule (29 CFR 2560.503-1(h)(3)) against the IRO is wrong.
- **Wrong law / stage:** an insured individual Marketplace plan: external review under 45 CFR 147.136 through the
  state; not ERISA as the governing law, not the Labor Department's federal process (29 CFR 2590.715-2719(d)), not
  Medicare, not a second internal appeal. The request goes to the state (Kentucky Department of Insurance), not the
  plan "to forward".
- **Voice:** the husband writes about "my wife" / "Mrs. Easterbrook"; never "I have treated", never as her physician,
  never in her first person.

## Arguments a strong letter makes (strongest first)
1. MP-ECT-07 criterion 2 is met by any one of (a)-(c); **2(b) is met**: her 2019 episode remitted with 10 ECT
   treatments (MADRS 38 -> 8; discharge summary of 11/22/2019). With criteria 1 and 3 met, the plan's own policy is
   met, and 2(a) does not need to be.
2. The final decision's "No prior ECT is documented" is contradicted by the record it had: the summary was faxed
   with the appeal on **10/09/2026** (fax report, 9 pages, "OK"). Both levels answered only 2(a).
3. Severity and what waiting costs: MADRS 36, PHQ-9 23, 6 kg weight loss, unpaid leave; two antidepressants this
   episode without remission (one continuing with a partial response); augmentation not tolerated; lithium
   contraindicated by CKD 3a. Both decisions were made by an internist; ask for a psychiatrist reviewer.
4. Ask the IRO to reverse the denial and direct the plan to authorize the 12 treatments.

## What a letter must NOT say
- "criterion 2(a) is met", "adequate augmentation trial", "failed aripiprazole/lithium", "tried lithium".
- "failed ECT", "failed venlafaxine", "venlafaxine was stopped", "failed trazodone", "three failed antidepressants in
  this episode" (sertraline 2019 is not of this episode).
- "active suicidal ideation", "acute suicide risk", "psychotic features", "catatonia", "inanition" as facts.
- "no prior ECT" as true; "the plan never received the 2019 records".
- "ERISA", "29 CFR 2560.503-1" as governing law, "29 CFR 2590.715-2719(d)", "Department of Labor"/"EBSA",
  "Medicare"; "second-level appeal".
- "as her treating physician", "I have treated", "Dr. Easterbrook".
"""

ANSWERS = [
    ("denial/prior-authorization-denial-2026-09-22.txt", "Medical Policy MP-ECT-07 criterion 2(a) is not met"),
    ("denial/prior-authorization-denial-2026-09-22.txt", "Samuel Okafor-Reyes, MD, Internal Medicine"),
    ("denial/final-internal-appeal-decision-2026-10-28.txt", "No prior ECT is documented"),
    ("denial/final-internal-appeal-decision-2026-10-28.txt", "This is our final internal decision"),
    ("denial/final-internal-appeal-decision-2026-10-28.txt", "within 4 months of the date of this notice"),
    ("denial/final-internal-appeal-decision-2026-10-28.txt", "Kentucky Department of Insurance, External Review"),
    ("other/medical-policy-mp-ect-07.txt", "2. One of the following:"),
    ("other/medical-policy-mp-ect-07.txt", "(b) a prior episode of depression that responded to ECT"),
    ("other/fax-report-2026-10-09.txt", "Elk Shoals Regional Medical Center discharge summary of 11/22/2019 (2 pages)"),
    ("other/fax-report-2026-10-09.txt", "Result: OK - all pages sent 10/09/2026"),
    ("other/prior-authorization-request-form-2026-09-15.txt", "Prior ECT: not known"),
    ("other/authorized-representative-form-2026-11-20.txt", "authorize my husband"),
    ("clinical/discharge-summary-2019-11-22.txt", "10 right unilateral treatments from 10/14/2019 to 11/22/2019"),
    ("clinical/discharge-summary-2019-11-22.txt", "MADRS 38 before the course, 8 after treatment 10: remission"),
    ("clinical/discharge-summary-2019-11-22.txt", "sertraline titrated to 150 mg daily from March 2019 without"),
    ("clinical/pre-ect-evaluation-2026-09-10.txt", "no contraindication to general anesthesia"),
    ("clinical/pre-ect-evaluation-2026-09-10.txt", "consent form signed 09/11/2026"),
    ("clinical/psychiatric-evaluation-2026-11-18.txt", "MADRS 36, PHQ-9 23"),
    ("clinical/psychiatric-evaluation-2026-11-18.txt", "no response after 9 weeks"),
    ("clinical/psychiatric-evaluation-2026-11-18.txt", "Venlafaxine XR 225 mg since 06/01/2026: continues; partial response"),
    ("clinical/psychiatric-evaluation-2026-11-18.txt", "stopped after 9 days for akathisia"),
    ("clinical/psychiatric-evaluation-2026-11-18.txt", "Trazodone 50 mg at bedtime for sleep"),
    ("clinical/psychiatric-evaluation-2026-11-18.txt", "Lithium not started: chronic kidney disease stage 3a"),
    ("clinical/psychiatric-evaluation-2026-11-18.txt", "passive death wish"),
    ("clinical/psychiatric-evaluation-2026-11-18.txt", "on unpaid leave from her job as a school bookkeeper"),
]
