"""Cases 05-08 of letters set 18 (FICTIONAL)."""

C05 = dict(slug="05-self-funded-ketamine-trd-external-review-advocate")
C05["yaml"] = r'''
# FICTIONAL CASE (set 18, case 05) - every person, plan, number and address is invented.
# Self-funded employer plan under ERISA (Texas): IV ketamine for treatment-resistant depression denied before
# treatment under policy MP-PSY-052 (criterion 2: "two antidepressant trials"; criterion 5: alcohol use disorder);
# both internal levels upheld, the second on 10/14/2026. Records from his earlier psychiatrist arrived on
# 11/19/2026. A patient advocate, his authorized representative, asks for federal external review.
patient:
  name: Cormac Deverell-Osei
  salutation: Mr. Deverell-Osei
  date_of_birth: February 14, 1985
  member_id: BPW-FICT-0091736
  address: |-
    4410 Pecan Hollow Drive
    Lockridge, TX 75999
  phone: (903) 555-0114
insurer:
  name: Bluestem Petroleum Workers Health Plan (FICTIONAL), administered by Prairie Crest Benefit Administrators (FICTIONAL)
  appeals_address: |-
    Prairie Crest Benefit Administrators, Appeals Unit
    PO Box 140322
    Tyler, TX 75711
  fax: (903) 555-0172
claim:
  number: PCB-PA-26-0807-5512
  plan_type: employer_erisa
  funding: self_funded
  notice_date: August 12, 2026
  procedure_codes: [96365, 96366, J3490]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    Ketamine infusion is not medically necessary under Medical Policy MP-PSY-052. Criterion 2 is not met: the
    records show two antidepressant trials (sertraline and venlafaxine); the policy requires three. Criterion 5 is
    not met: the records show a history of alcohol use disorder.
  denial_category: medical_necessity
  pending_services: 6
  reviewer: {name: "Alan Whitcomb, MD", specialty: Family Medicine}
template: external-review-request
decisions:
  - date: 2026-09-02
    outcome: denied
    stage: first-level appeal
    opens: second level
    next_deadline: 2027-03-01
    reason: Upheld. MP-PSY-052 criteria 2 and 5 are not met.
  - date: 2026-10-14
    outcome: denied
    stage: second-level appeal
    opens: external review
    reason: >-
      Final internal decision: upheld. The records document two adequate antidepressant trials in the current
      episode, and a history of alcohol use disorder. MP-PSY-052 criteria 2 and 5 are not met.
external_review:
  final_denial_date: 2026-10-14
  agency: An accredited independent review organization assigned by the Plan (federal external review process)
  address: |-
    Bluestem Petroleum Workers Health Plan, c/o Prairie Crest Benefit Administrators, External Review Requests
    PO Box 140322
    Tyler, TX 75711
record_dates:
  - {file: clinical/prior-psychiatrist-records-2024.txt, date: 2026-11-19}
  - {file: clinical/addiction-medicine-letter-2026-11-23.txt, date: 2026-11-23}
plan_policy:
  name: Prairie Crest Medical Policy MP-PSY-052 (Intravenous ketamine for depression)
  number: MP-PSY-052
  quote: >-
    IV ketamine is considered medically necessary for major depressive disorder when all of the following are met:
    (1) age 18 or older with major depressive disorder without psychotic features; (2) inadequate response to at
    least three antidepressants from at least two classes, each at an adequate dose for at least 6 weeks, in the
    current episode; (3) inadequate response to an augmentation trial, or to a course of ECT, or ECT declined or
    contraindicated; (4) given in a setting with continuous monitoring by staff trained in airway management;
    (5) no active substance use disorder within the past 6 months.
  file: other/mp-psy-052-policy-excerpt.txt
payer_criteria:
  - criterion: (1) Age 18 or older with major depressive disorder without psychotic features
    how_met: Age 41; recurrent major depressive disorder, severe, without psychotic features (F33.2)
    met: true
    evidence: {file: clinical/lakeside-psychiatry-notes-2025-2026.txt, page: 1}
  - criterion: (2) Inadequate response to at least three antidepressants from at least two classes, each at an adequate dose for at least 6 weeks, in the current episode
    how_met: >-
      Escitalopram 20 mg (about 18 weeks, no response; in the 2024 records of his earlier psychiatrist), sertraline
      200 mg (about 20 weeks, partial response, stopped), venlafaxine XR 225 mg (about 22 weeks, no response), and
      vortioxetine 20 mg since September 2025, continued, with only a partial response: four antidepressants from
      three classes.
    met: true
    evidence:
      - {file: clinical/prior-psychiatrist-records-2024.txt, page: 1}
      - {file: clinical/lakeside-psychiatry-notes-2025-2026.txt, page: 1}
  - criterion: (3) Inadequate response to an augmentation trial, or to a course of ECT, or ECT declined or contraindicated
    how_met: Aripiprazole 5 mg added to venlafaxine for 9 weeks, no response; ECT declined after consultation (August 2025)
    met: true
    evidence: {file: clinical/lakeside-psychiatry-notes-2025-2026.txt, page: 1}
  - criterion: (4) Given in a setting with continuous monitoring by staff trained in airway management
    how_met: Pineywoods Infusion Therapy, anesthesiologist-supervised, continuous BP, ECG and pulse oximetry
    met: true
    evidence: {file: clinical/lakeside-psychiatry-notes-2025-2026.txt, page: 2}
  - criterion: (5) No active substance use disorder within the past 6 months
    how_met: Alcohol use disorder in sustained remission since March 2023 (no alcohol for more than three years), confirmed by his addiction medicine physician
    met: true
    evidence: {file: clinical/addiction-medicine-letter-2026-11-23.txt, page: 1}
treatment:
  name: IV ketamine infusions
  summary: >-
    Six IV ketamine infusions (0.5 mg/kg over 40 minutes) over three weeks for treatment-resistant depression, with
    vortioxetine continued.
  setting: Pineywoods Infusion Therapy, anesthesiologist-supervised outpatient suite (FICTIONAL)
  monitoring: continuous blood pressure, ECG and pulse oximetry; recovery observation for at least one hour
  plan: Six infusions over three weeks; MADRS before infusions 1, 4 and 6; continue only with a 50% reduction
  alongside: vortioxetine 20 mg daily, continued
author:
  name: Harriet Mbeki-Lund
  role: Patient advocate, Lone Star Patient Advocacy Network (FICTIONAL); authorized representative
  relation: representative
  authorization: other/authorized-representative-designation-2026-11-09.txt
  address: |-
    Lone Star Patient Advocacy Network, 700 Commerce Street, Suite 12
    Tyler, TX 75702
  phone: (903) 555-0158
  email: hmbeki-lund@lonestarpan.example
provider:
  name: Nathaniel Okwuosa
  credentials: MD, psychiatrist
  npi: "1285930461"
  phone: (903) 555-0149
  address: |-
    Lakeside Psychiatry Associates, 1900 Rose Garden Way
    Tyler, TX 75701
peer_to_peer:
  availability: weekdays 8-9 am
clinical:
  episode_onset: January 2024
  treating_since: August 2024
  severity: MADRS 33 and PHQ-9 20 on November 10, 2026
  severity_date: 2026-11-10
  suicidality: passive
  suicidality_date: 2026-11-10
  exclusions: >-
    No psychosis; BP 126/80; no aneurysm, AVM or intracerebral hemorrhage; alcohol use disorder in sustained
    remission since March 2023; urine drug screen negative (October 30, 2026)
  history:
    - drug: Escitalopram
      dose: 10 mg, then 20 mg daily
      start: 2024-03-04
      end: 2024-07-08
      outcome: No response after about 18 weeks (records of his earlier psychiatrist)
      response: none
      evidence: {file: clinical/prior-psychiatrist-records-2024.txt, page: 1}
    - drug: Sertraline
      dose: 100 mg, then 200 mg daily
      start: 2024-08
      end: 2025-01
      outcome: Partial response at about 20 weeks, then worse; stopped
      response: partial
      evidence: {file: clinical/lakeside-psychiatry-notes-2025-2026.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 150 mg, then 225 mg daily
      start: 2025-02
      end: 2025-07
      outcome: No response after about 22 weeks
      response: none
      evidence: {file: clinical/lakeside-psychiatry-notes-2025-2026.txt, page: 1}
    - drug: Aripiprazole (added to venlafaxine)
      kind: augmentation
      dose: 5 mg daily
      start: 2025-05-05
      end: 2025-07-07
      outcome: No response after 9 weeks
      response: none
      evidence: {file: clinical/lakeside-psychiatry-notes-2025-2026.txt, page: 1}
    - drug: Vortioxetine
      dose: 10 mg, then 20 mg daily
      start: 2025-09
      ongoing: true
      outcome: Partial response only; continued
      response: partial
      evidence: {file: clinical/lakeside-psychiatry-notes-2025-2026.txt, page: 1}
    - drug: Cognitive behavioral therapy
      kind: psychotherapy
      dose: 16 sessions
      sessions: 16
      start: 2024-04
      end: 2024-09
      outcome: Completed; depression persisted
      response: none
      evidence: {file: clinical/prior-psychiatrist-records-2024.txt, page: 1}
alternatives:
  - treatment: ECT
    why_not: Declined after an informed consultation in August 2025 (he is the sole driver for his work and family, and feared memory effects)
impact:
  work: On short-term disability from his refinery job since June 2026
literature:
  - id: murrough-2013
  - id: sanacora-2017
bates_prefix: DEVERELLOSEI
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''
C05["docs"] = {
"denial/precertification-denial-2026-08-12.txt": """
PRAIRIE CREST BENEFIT ADMINISTRATORS (FICTIONAL) for BLUESTEM PETROLEUM WORKERS HEALTH PLAN (self-funded)
NOTICE OF ADVERSE BENEFIT DETERMINATION - PRE-SERVICE                    Date: August 12, 2026
Member: Cormac Deverell-Osei    ID BPW-FICT-0091736    Reference PCB-PA-26-0807-5512
Requested: IV ketamine infusions x6 (96365, 96366, J3490), Pineywoods Infusion Therapy; requested by Nathaniel
Okwuosa, MD (received 08/07/2026)
Ketamine infusion is not medically necessary under Medical Policy MP-PSY-052. Criterion 2 is not met: the records
show two antidepressant trials (sertraline and venlafaxine); the policy requires three. Criterion 5 is not met: the
records show a history of alcohol use disorder.
Reviewer: Alan Whitcomb, MD (Family Medicine).
You may appeal within 180 days. The Plan has two levels of internal appeal. After the final internal decision you
may request external review under the federal external review process.
""",
"denial/final-internal-appeal-decision-2026-10-14.txt": """
PRAIRIE CREST BENEFIT ADMINISTRATORS (FICTIONAL)
SECOND-LEVEL (FINAL INTERNAL) APPEAL DECISION                            Date: October 14, 2026
Member: Cormac Deverell-Osei    Reference PCB-PA-26-0807-5512
Final internal decision: upheld. The records document two adequate antidepressant trials in the current episode,
and a history of alcohol use disorder. MP-PSY-052 criteria 2 and 5 are not met.
Reviewer: Alan Whitcomb, MD (Family Medicine).
External review: you may request an external review by an independent review organization within 4 months of
receiving this notice. Send the request to the Plan at the address above; the Plan will assign an accredited IRO.
If your situation is urgent you may ask for expedited external review.
""",
"other/mp-psy-052-policy-excerpt.txt": """
PRAIRIE CREST MEDICAL POLICY MP-PSY-052 (FICTIONAL)  Intravenous ketamine for depression   Effective 01/01/2026
IV ketamine is considered medically necessary for major depressive disorder when all of the following are met:
(1) age 18 or older with major depressive disorder without psychotic features;
(2) inadequate response to at least three antidepressants from at least two classes, each at an adequate dose for
    at least 6 weeks, in the current episode;
(3) inadequate response to an augmentation trial, or to a course of ECT, or ECT declined or contraindicated;
(4) given in a setting with continuous monitoring by staff trained in airway management;
(5) no active substance use disorder within the past 6 months.
""",
"other/authorized-representative-designation-2026-11-09.txt": """
BLUESTEM PETROLEUM WORKERS HEALTH PLAN - DESIGNATION OF AUTHORIZED REPRESENTATIVE (FICTIONAL)
Member: Cormac Deverell-Osei, ID BPW-FICT-0091736
I designate Harriet Mbeki-Lund, Lone Star Patient Advocacy Network, as my authorized representative for the
external review of reference PCB-PA-26-0807-5512, and authorize release of my health information to her and to
the independent review organization.   Signed: Cormac Deverell-Osei   Date: 11/09/2026
""",
"clinical/lakeside-psychiatry-notes-2025-2026.txt": """
LAKESIDE PSYCHIATRY ASSOCIATES (FICTIONAL) - Nathaniel Okwuosa, MD
Deverell-Osei, Cormac, DOB 02/14/1985                                     page 1
Intake 08/2024: recurrent MDD; current episode since 01/2024. Previously treated by Dr. Lorna Castellanos in
Oklahoma City (records requested 08/2024, 03/2026 and 10/2026; not yet received). Patient recalls escitalopram in
2024 "for a few months, did nothing"; also possibly fluoxetine in college (uncertain). AUD: sober since 03/2023,
attends mutual-help meetings.
Sertraline 100 -> 200 mg 08/2024-01/2025: partial response ~20 wks then worse; stopped.
Venlafaxine XR 150 -> 225 mg 02/2025-07/2025: no response (~22 wks).
Aripiprazole 5 mg added to venlafaxine 05/05/2025-07/07/2025: no response.
ECT consult 08/2025: declined (sole driver; fears memory effects).
Vortioxetine 10 -> 20 mg from 09/2025: partial response only; continue.
11/10/2026: MADRS 33, PHQ-9 20. Passive SI ("tired of living"), no plan/intent. No psychosis. BP 126/80.
                                                                          page 2
Plan: IV ketamine x6 over 3 weeks at Pineywoods Infusion Therapy (anesthesiologist-supervised, continuous BP/ECG/
SpO2). Continue vortioxetine. UDS 10/30/2026 negative.
""",
"clinical/prior-psychiatrist-records-2024.txt": """
CASTELLANOS PSYCHIATRY (FICTIONAL), Oklahoma City, OK - Lorna Castellanos, MD   Records released 11/19/2026
Patient: Cormac Deverell-Osei, DOB 02/14/1985
01/22/2024 new episode of MDD (recurrent). PHQ-9 21.
03/04/2024 start escitalopram 10 mg; 04/01/2024 increase to 20 mg.
04/2024-09/2024 CBT with clinic therapist, 16 sessions, completed; PHQ-9 unchanged.
07/08/2024 escitalopram 20 mg stopped: no response after ~18 weeks (PHQ-9 22). Patient moving to Texas; referred.
""",
"clinical/addiction-medicine-letter-2026-11-23.txt": """
EAST TEXAS RECOVERY MEDICINE (FICTIONAL) - Samuel Achterberg, MD, addiction medicine        November 23, 2026
Re: Cormac Deverell-Osei, DOB 02/14/1985
I have treated Mr. Deverell-Osei since 2023. His alcohol use disorder has been in sustained remission since March
2023: more than three years without alcohol, confirmed by negative PEth tests (most recent 10/30/2026). He has no
other substance use disorder. I see no addiction-medicine reason against supervised ketamine treatment.
""",
}
C05["truth"] = r'''
# 05 - Self-funded ERISA plan: IV ketamine for TRD denied under MP-PSY-052 (criteria 2 and 5); both internal levels upheld; a patient advocate asks for federal external review with records the plan never saw (FICTIONAL)

All people, plans, numbers and addresses are invented (FICTIONAL).

## What is true
- Cormac Deverell-Osei, 41, is in a **self-funded ERISA** plan (Texas), administered by a TPA. IV ketamine x6
  (pre-service) was denied on **08/12/2026** under **MP-PSY-052**: criterion 2 ("two antidepressant trials; the
  policy requires three") and criterion 5 (a history of alcohol use disorder). Both internal levels upheld it, the
  final on **10/14/2026**. Every reviewer was a **family physician**.
- Next level: **external review**, federal process for a self-funded plan (**29 CFR 2590.715-2719(d)**), within
  **4 months** of receiving the final denial (by about **February 14, 2027**). It turns on medical judgment, so it is
  eligible.
- Records the plan never saw: his earlier psychiatrist's records, **released 11/19/2026**, show **escitalopram 20 mg,
  03/04-07/08/2024, no response after ~18 weeks** (current episode since 01/2024) and 16 CBT sessions; the
  addiction-medicine letter of **11/23/2026** confirms AUD **in sustained remission since March 2023**.
- Antidepressants in the current episode: escitalopram (none), sertraline (partial, then worse; stopped), venlafaxine
  XR (none), and **vortioxetine 20 mg, still taken, partial response only** (counts as an inadequate response, never
  "failed"). That is **four** antidepressants from three classes (SSRI, SNRI, vortioxetine): criterion 2 needs three.
  Augmentation: aripiprazole 5 mg added to venlafaxine, 9 weeks, none; ECT declined after consultation (criterion 3
  met twice over).
- Criterion 5 asks for no **active** substance use disorder within 6 months: remission since March 2023 meets it.
- Passive SI on 11/10/2026 (no plan). MADRS 33, PHQ-9 20.
- The author is a **patient advocate**, his authorized representative (form signed 11/09/2026).

## Deliberately unknown
- "Possibly fluoxetine in college (uncertain)": unknown; never counted or named as a trial.
- Which IRO will be assigned; its decision time is not stated in the case.
- Whether the infusion center is in network (not at issue).

## Traps
- **Counting.** Sertraline stopped with a partial response is a failed trial; vortioxetine is ongoing: an inadequate
  response, not "failed", with no end date. A letter that says "four failed antidepressants" including vortioxetine
  as failed is false; "three failed and a fourth, still taken, with only a partial response" is right.
- **"History of AUD"** is not "active SUD within 6 months": the letter must not concede criterion 5.
- **New records**: they post-date the final denial (11/19 and 11/23): say the plan never had them; do not claim the
  plan ignored them.
- **Stage**: external review, not a third internal appeal; no "second-level"; no "please reconsider" to the TPA as
  the decider.
- **Wrong law**: self-funded, so no state external review and no 45 CFR 147.136(c) state process; no state insurance
  department; not "29 CFR 2560.503-1" as the external-review rule. No "contra proferentem" as law.
- Passive SI: not a Spravato matter; no "acute suicidal" language.
- Voice: the advocate writes about Mr. Deverell-Osei in the third person.

## Arguments a strong letter makes
1. Records the plan never saw (released 11/19 and 11/23/2026, after its final decision of 10/14) answer both
   grounds: escitalopram 20 mg for ~18 weeks with no response in the current episode makes three failed
   antidepressants (escitalopram, sertraline, venlafaxine), with vortioxetine, still taken, bringing only a partial
   response; and the AUD has been in sustained remission since March 2023.
2. MP-PSY-052 criteria (1)-(5) are all met, point by point with exhibits (augmentation with aripiprazole and ECT
   declined for (3); a monitored, anesthesiologist-supervised setting for (4)).
3. Ask the IRO for a psychiatrist reviewer (every plan reviewer was a family physician), to weigh the evidence for IV
   ketamine in TRD, and to decide under 29 CFR 2590.715-2719(d).

## What a letter must NOT say
- "vortioxetine failed", "four failed antidepressants", "fluoxetine" as a trial.
- "active alcohol use disorder", "he has a substance use disorder".
- "45 CFR 147.136(c)", "state external review", "Texas Department of Insurance" as the reviewer,
  "second-level appeal" for this request.
- "the plan named no criteria" (it named MP-PSY-052), "suicidal behavior".
'''
C05["expected"] = [
    ("clinical/prior-psychiatrist-records-2024.txt", "Records released 11/19/2026"),
    ("clinical/prior-psychiatrist-records-2024.txt", "escitalopram 20 mg stopped: no response after ~18 weeks"),
    ("clinical/addiction-medicine-letter-2026-11-23.txt", "sustained remission since March\n2023"),
    ("clinical/lakeside-psychiatry-notes-2025-2026.txt", "possibly fluoxetine in college (uncertain)"),
    ("clinical/lakeside-psychiatry-notes-2025-2026.txt", "Vortioxetine 10 -> 20 mg from 09/2025: partial response only; continue."),
    ("denial/final-internal-appeal-decision-2026-10-14.txt", "within 4 months of\nreceiving this notice"),
    ("other/mp-psy-052-policy-excerpt.txt", "(5) no active substance use disorder within the past 6 months."),
]

# ---------------------------------------------------------------------------------------------------------------
C06 = dict(slug="06-original-medicare-maintenance-ect-redetermination-daughter")
C06["yaml"] = r'''
# FICTIONAL CASE (set 18, case 06) - every person, plan, number and address is invented.
# Original Medicare Part B: four maintenance ECT treatments (every three weeks) denied as not reasonable and
# necessary (CO-50) after a records request the hospital answered with procedure notes only. Redetermination by
# the Medicare contractor, asked by the patient's daughter with a CMS-1696.
patient:
  name: Theodora Anastasia Papadakis-Hume
  salutation: Mrs. Papadakis-Hume
  date_of_birth: June 30, 1947
  member_id: MBI-FICT-4TQ9-WP27
  address: |-
    31 Linden Terrace
    Cottonwood Falls, KS 66899
  phone: (620) 555-0121
insurer:
  name: Heartland Plains Medicare Services (FICTIONAL), Medicare Administrative Contractor, Part B
  appeals_address: |-
    Heartland Plains Medicare Services, Part B Redeterminations
    PO Box 88310
    Topeka, KS 66601
  fax: (785) 555-0174
claim:
  number: 26-3110-44871-02
  plan_type: medicare
  notice_date: November 16, 2026
  service_dates: [2026-08-05, 2026-08-26, 2026-09-16, 2026-10-07]
  procedure_codes: [90870]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-50]
  denial_reason: >-
    Medicare does not pay for this service because it is not reasonable and necessary. The documentation received
    does not support the need for continued electroconvulsive therapy: it does not show the risk of relapse or a
    plan to reduce the frequency of treatment.
  denial_category: medical_necessity
record_dates:
  - {file: clinical/psychiatrist-summary-2026-11-25.txt, date: 2026-11-25}
treatment:
  name: Maintenance electroconvulsive therapy (ECT)
  summary: >-
    Maintenance ECT every three weeks, after an acute course that brought remission in November 2025, to prevent
    relapse of severe recurrent depression; nortriptyline continued alongside.
  plan: >-
    One treatment every three weeks; try a four-week interval from January 2027 if MADRS stays at 10 or less; stop
    if two intervals of four weeks hold remission.
author:
  name: Callista Hume-Reyes
  role: Daughter and appointed representative (CMS-1696)
  relation: representative
  authorization: other/cms-1696-appointment-of-representative.txt
  address: |-
    902 Prairie Wind Court
    Emporia, KS 66801
  phone: (620) 555-0186
  email: callista.hr@homemail.example
provider:
  name: Emeka Lindgren-Ashby
  credentials: MD, psychiatrist
  npi: "1438702650"
  phone: (785) 555-0144
  address: |-
    Flint Hills Regional Hospital, ECT Service, 400 Bluestem Avenue
    Emporia, KS 66801
clinical:
  episode_onset: March 2025
  treating_since: September 2025
  severity: MADRS 9 on November 18, 2026 (remission held on maintenance ECT); MADRS 27 on April 8, 2026 after a five-week gap
  severity_date: 2026-11-18
  response: MADRS 41 before the acute course (October 2025), 8 after it (November 2025), 8-11 on treatments every three weeks
  response_level: remission
  suicidality: none
  suicidality_date: 2026-11-18
  history:
    - drug: Sertraline
      dose: 100 mg, then 150 mg daily
      start: 2025-03
      end: 2025-07
      outcome: No response after about 16 weeks
      response: none
      evidence: {file: clinical/flint-hills-ect-and-psychiatry-notes-2025-2026.txt, page: 1}
    - drug: Mirtazapine
      kind: antidepressant
      dose: 30 mg daily
      start: 2025-07-07
      end: 2025-09-14
      outcome: No response after 10 weeks; stopped when she was admitted on September 14, 2025
      response: none
      evidence: {file: clinical/flint-hills-ect-and-psychiatry-notes-2025-2026.txt, page: 1}
    - drug: ECT, acute course
      kind: neuromodulation
      dose: 12 treatments
      sessions: 12
      start: 2025-10-06
      end: 2025-11-14
      outcome: Remission (MADRS 41 to 8)
      response: remission
      evidence: {file: clinical/flint-hills-ect-and-psychiatry-notes-2025-2026.txt, page: 1}
    - drug: Nortriptyline
      dose: 75 mg daily (level 98 ng/mL)
      start: 2025-11
      ongoing: true
      outcome: Continued with maintenance ECT for relapse prevention; remission held on the combination
      failed: false
      evidence: {file: clinical/flint-hills-ect-and-psychiatry-notes-2025-2026.txt, page: 1}
impact:
  hospitalizations: Inpatient psychiatric unit September 14 - October 3, 2025, after an overdose on September 14, 2025
  relapse: Relapsed within five weeks when a treatment was delayed in March 2026 (MADRS 10 to 27), needing three closer treatments
bates_prefix: PAPADAKISHUME
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''
C06["docs"] = {
"denial/medicare-summary-notice-2026-11-16.txt": """
MEDICARE SUMMARY NOTICE (content only; FICTIONAL) - Part B Medical Insurance     Notice date: November 16, 2026
Theodora A. Papadakis-Hume   Medicare number MBI-FICT-4TQ9-WP27
Claim 26-3110-44871-02   Provider: Emeka Lindgren-Ashby, MD (Flint Hills Regional Hospital)
Service                                   Date        Approved?   Amount you may be billed
Electroconvulsive therapy (90870)         08/05/2026  No (A)      $0.00
Electroconvulsive therapy (90870)         08/26/2026  No (A)      $0.00
Electroconvulsive therapy (90870)         09/16/2026  No (A)      $0.00
Electroconvulsive therapy (90870)         10/07/2026  No (A)      $0.00
(A) Medicare does not pay for this service because it is not reasonable and necessary. The documentation received
does not support the need for continued electroconvulsive therapy: it does not show the risk of relapse or a plan
to reduce the frequency of treatment. Your provider may not bill you for these services (no advance notice given).
How to appeal: ask for a redetermination within 120 days of the date you get this notice. Send your request to the
contractor above. You may name a representative (form CMS-1696).
""",
"denial/records-request-and-response-log-2026-10.txt": """
FLINT HILLS REGIONAL HOSPITAL (FICTIONAL) - HEALTH INFORMATION MANAGEMENT - record request log
10/12/2026  Additional documentation request from Heartland Plains Medicare Services, claim 26-3110-44871-02.
10/28/2026  Sent: ECT procedure notes for 08/05, 08/26, 09/16, 10/07/2026 (anesthesia and seizure records only).
            Psychiatry progress notes not included (stored in the outpatient clinic system).
""",
"other/cms-1696-appointment-of-representative.txt": """
FORM CMS-1696 APPOINTMENT OF REPRESENTATIVE (content only, FICTIONAL)
I, Theodora A. Papadakis-Hume (Medicare number MBI-FICT-4TQ9-WP27), appoint Callista Hume-Reyes, my daughter, to act
as my representative in connection with my claim or asserted right under Medicare Part B, claim
26-3110-44871-02. Signed 11/24/2026. Representative accepted: Callista Hume-Reyes, 11/24/2026. No fee.
""",
"clinical/flint-hills-ect-and-psychiatry-notes-2025-2026.txt": """
FLINT HILLS REGIONAL HOSPITAL (FICTIONAL) - ECT SERVICE AND OUTPATIENT PSYCHIATRY - Emeka Lindgren-Ashby, MD
Papadakis-Hume, Theodora A., DOB 06/30/1947                                   page 1
Recurrent MDD; she recalls "maybe" doing well on bupropion in the 1990s (no records). Current episode 03/2025.
Sertraline 100 -> 150 mg 03/2025-07/2025: no response (~16 wks). Mirtazapine 30 mg 07/07/2025-09/14/2025: no response.
09/14/2025 overdose; inpatient 09/14-10/03/2025. Lithium avoided: CKD stage 3a (eGFR 52).
Acute ECT 10/06-11/14/2025, 12 treatments (RUL ultrabrief): MADRS 41 -> 8, remission.
Nortriptyline 75 mg from 11/2025 (level 98): continued with ECT.
Continuation ECT weekly x4 (11-12/2025), every 2 weeks (01-02/2026), then every 3 weeks.
03/2026: treatment due 03/04 delayed to 04/08 (influenza). 04/08/2026 MADRS 27, early waking, not eating.
Re-accelerated: 04/08, 04/13, 04/20/2026; MADRS 10 by 04/27. Every 3 weeks since 05/2026: MADRS 8-11.
11/18/2026: MADRS 9. Denies suicidal ideation. MoCA 26/30, stable over the year.
""",
"clinical/psychiatrist-summary-2026-11-25.txt": """
FLINT HILLS REGIONAL HOSPITAL (FICTIONAL) - Emeka Lindgren-Ashby, MD                      November 25, 2026
Summary for Medicare redetermination - Theodora A. Papadakis-Hume
Why maintenance ECT: severe recurrent depression with a suicide attempt in 09/2025, two antidepressants without
response, lithium contraindicated by CKD 3a. Remission came only with ECT (11/2025).
Relapse risk shown, not assumed: when one interval stretched to five weeks in 03-04/2026 she relapsed (MADRS 10 to
27) and needed three treatments in two weeks.
Taper plan: we lengthened the interval from weekly to every 2 weeks to every 3 weeks over 5 months. We will try a
4-week interval from 01/2027 if MADRS stays at 10 or less, and stop if two 4-week intervals hold remission.
Cognition monitored each month (MoCA 26/30, stable).
""",
}
C06["truth"] = r'''
# 06 - Original Medicare Part B: maintenance ECT every three weeks denied as not reasonable and necessary; redetermination asked by the daughter with a CMS-1696 (FICTIONAL)

All people, plans, numbers and addresses are invented (FICTIONAL).

## What is true
- Theodora Papadakis-Hume, 79, has **Original Medicare** (Part B). Four **maintenance ECT** treatments (90870) on
  **08/05, 08/26, 09/16 and 10/07/2026** were denied on the MSN of **November 16, 2026** as not reasonable and
  necessary (CO-50): the documentation did not show **the risk of relapse** or **a plan to reduce the frequency**.
- The contractor asked for records (10/12); the hospital sent **only the ECT procedure notes** (10/28), not the
  psychiatry notes. The psychiatrist's summary of **11/25/2026** post-dates the decision.
- The record answers both points: a **relapse in March-April 2026** when one interval stretched to five weeks (MADRS
  10 -> 27, three closer treatments), and a **taper already done** (weekly -> every 2 weeks -> every 3 weeks) with a
  plan to try 4 weeks from January 2027 and stop after two 4-week intervals hold.
- Rules: redetermination within **120 days of receipt** of the MSN, receipt presumed 5 days after its date (42 CFR
  405.942(a)): by about **March 21, 2027**; decided in about 60 days (405.950(a)). Standard: reasonable and necessary,
  42 U.S.C. 1395y(a)(1)(A). Next: QIC reconsideration (405.962). No plan, no plan terms, no 72-hour appeal.
- The MSN says the provider **may not bill her** (no advance notice): she owes nothing for these dates.
- History: sertraline (none), mirtazapine 30 mg (none): two antidepressants failed; the **acute ECT course brought
  remission** (not a failure); **nortriptyline is ongoing** with maintenance ECT (not failed); lithium contraindicated
  (CKD 3a). Suicide attempt 09/14/2025 (history); on 11/18/2026 she **denies suicidal ideation**; MADRS 9.
- The author is her **daughter**, appointed on a CMS-1696 signed 11/24/2026.

## Deliberately unknown
- Whether the contractor has an LCD or billing article for ECT or psychiatric services: none is in the case; do not
  quote or claim one.
- The drug she "maybe" did well on in the 1990s (bupropion): unknown, not a trial.
- How many more maintenance treatments she will need.

## Traps
- **Current severity is low because the treatment works.** MADRS 9 is remission on maintenance ECT, not a reason to
  stop; a letter must not call her current depression severe, nor cite the 2025 MADRS 41 as current.
- **ECT worked.** The acute course is a remission; a letter must not list it among failed treatments.
- **Nortriptyline is ongoing** and part of the maintenance plan: never "failed".
- **Suicidality**: the attempt is history (09/2025) with its date; no current suicidal ideation.
- **No plan**: Original Medicare has no "plan", no plan criteria, no "medical policy" of an insurer, no peer-to-peer
  with a plan medical director, no 72-hour appeal, no ERISA, no parity (MHPAEA does not reach Medicare).
- **Liability**: she may not be billed; a letter must not say she paid or owes for these treatments.
- Voice: the daughter writes about her mother.

## Arguments a strong letter makes
1. The two things the decision said were missing are in the record the contractor never received (the hospital sent
   only procedure notes): the relapse when one interval stretched to five weeks (MADRS 10 -> 27, April 2026) and the
   taper already carried out, with the plan to try four weeks from January 2027 (psychiatrist's summary of 11/25/2026
   and the progress notes).
2. Maintenance ECT is reasonable and necessary for her (42 U.S.C. 1395y(a)(1)(A)): severe recurrent depression with a
   suicide attempt in 2025, no response to two antidepressants, lithium contraindicated, remission only with ECT,
   and relapse when it is delayed.
3. Ask for a redetermination of all four dates with the enclosed records weighed (and name the next level, QIC
   reconsideration, only as the route after this).

## What a letter must NOT say
- "the plan", "the plan's criteria", "medical policy", "peer-to-peer", "72 hours", "ERISA", "MHPAEA"/"parity",
  "LCD" quoted as if in the case.
- "ECT failed", "nortriptyline failed", "current MADRS 41", "she is currently suicidal".
- "she paid", "she owes", "reimburse her".
'''
C06["expected"] = [
    ("denial/records-request-and-response-log-2026-10.txt", "Psychiatry progress notes not included"),
    ("clinical/flint-hills-ect-and-psychiatry-notes-2025-2026.txt", "04/08/2026 MADRS 27"),
    ("clinical/psychiatrist-summary-2026-11-25.txt", "try a\n4-week interval from 01/2027"),
    ("clinical/flint-hills-ect-and-psychiatry-notes-2025-2026.txt", "MADRS 41 -> 8, remission"),
    ("clinical/flint-hills-ect-and-psychiatry-notes-2025-2026.txt", "Denies suicidal ideation"),
    ("denial/medicare-summary-notice-2026-11-16.txt", "Your provider may not bill you"),
    ("denial/medicare-summary-notice-2026-11-16.txt", "within 120 days of the date you get this notice"),
]

# ---------------------------------------------------------------------------------------------------------------
C07 = dict(slug="07-medicare-advantage-tms-taper-authorization-loaded-wrong-patient")
C07["yaml"] = r'''
# FICTIONAL CASE (set 18, case 07) - every person, plan, number and address is invented.
# Medicare Advantage HMO (New Mexico): the plan approved 36 TMS treatments (30 plus 6 taper) but loaded 30 in its
# claims system, and denied payment for treatments 31-36 as "authorization exceeded" (CO-198). The member asks for
# reconsideration of the payment denial himself.
patient:
  name: Wendell Okonkwo-Strand
  salutation: Mr. Okonkwo-Strand
  date_of_birth: September 9, 1956
  member_id: CRS-FICT-H4419-77102
  address: |-
    17 Piñon Mesa Road
    Alameda Wells, NM 87999
  phone: (505) 555-0131
  email: wendell.os@mailbox.example
insurer:
  name: Cimarron Ridge Senior Care HMO (FICTIONAL)
  appeals_address: |-
    Cimarron Ridge Senior Care, Appeals and Grievances
    PO Box 27140
    Albuquerque, NM 87125
  fax: (505) 555-0176
claim:
  number: CRS-CLM-26-1104-66218
  plan_type: medicare_advantage
  notice_date: November 10, 2026
  service_dates: [2026-10-13, 2026-10-15, 2026-10-20, 2026-10-22, 2026-10-27, 2026-10-29]
  sessions: 6
  procedure_codes: [90868]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-198]
  denial_reason: >-
    Payment denied. The services exceed the number of treatments authorized. Authorization
    AUTH-TMS-2026-0821-4471 allows 30 treatments.
  denial_category: prior_authorization
  action: none
  coding_correct: true
prior_auth:
  requested_on: 2026-08-14
  approved:
    number: AUTH-TMS-2026-0821-4471
    date: 2026-08-21
    covers: 36 TMS treatments (30 acute and 6 taper), 90867 x1 and 90868 x35, 08/31/2026 through 11/30/2026
    quote: >-
      Approved: transcranial magnetic stimulation, 36 treatments (30 acute treatments plus 6 taper treatments),
      CPT 90867 x 1 and 90868 x 35, for dates of service 08/31/2026 through 11/30/2026.
    file: denial/organization-determination-approval-2026-08-21.txt
    what_went_wrong: entered in the plan's claims system as 30 treatments (90867 x1 and 90868 x29) instead of the 36 approved
    entered: other/member-portal-authorization-screen-2026-11-12.txt
    from: 2026-08-31
    through: 2026-11-30
    lines:
      - {code: "90867", units: 1, given: 1}
      - {code: "90868", units: 35, given: 35}
treatment:
  name: Transcranial magnetic stimulation (TMS)
  summary: >-
    A course of 36 TMS treatments (30 daily acute treatments and 6 taper treatments) for recurrent severe depression,
    given August 31 - October 29, 2026 under the plan's approval.
author:
  name: Wendell Okonkwo-Strand
  role: Member
  relation: patient
  address: |-
    17 Piñon Mesa Road
    Alameda Wells, NM 87999
  phone: (505) 555-0131
  email: wendell.os@mailbox.example
provider:
  name: Marguerite Baca-Lindholm
  credentials: MD, psychiatrist
  npi: "1692405719"
  phone: (505) 555-0153
  address: |-
    High Desert TMS and Psychiatry, 2200 Sandia Vista Blvd NE, Suite 5
    Albuquerque, NM 87111
clinical:
  severity: PHQ-9 23 before TMS (August 24, 2026); PHQ-9 8 after treatment 36 (October 29, 2026)
  severity_date: 2026-10-29
  response: PHQ-9 23 before the course, 12 after treatment 30, 8 after treatment 36
  response_level: response
  suicidality: none
  suicidality_date: 2026-10-29
  history:
    - drug: Sertraline
      dose: 150 mg daily
      start: 2024-02
      end: 2024-08
      outcome: Partial response, then relapse; stopped
      response: partial
      evidence: {file: clinical/high-desert-tms-course-summary-2026-10-29.txt, page: 1}
    - drug: Duloxetine
      dose: 60 mg, then 90 mg daily
      start: 2024-09
      end: 2025-03
      outcome: No response after about 24 weeks
      response: none
      evidence: {file: clinical/high-desert-tms-course-summary-2026-10-29.txt, page: 1}
    - drug: Escitalopram
      dose: 20 mg daily
      start: 2025-04
      ongoing: true
      outcome: Partial response only; continued through TMS
      response: partial
      evidence: {file: clinical/high-desert-tms-course-summary-2026-10-29.txt, page: 1}
bates_prefix: OKONKWOSTRAND
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''
C07["docs"] = {
"denial/notice-of-denial-of-payment-2026-11-10.txt": """
CIMARRON RIDGE SENIOR CARE HMO (FICTIONAL)   H4419
NOTICE OF DENIAL OF PAYMENT (content only; FICTIONAL)                    Date: November 10, 2026
Member: Wendell Okonkwo-Strand     Member number CRS-FICT-H4419-77102     Claim CRS-CLM-26-1104-66218
Provider: High Desert TMS and Psychiatry (network provider)
Services: 90868 on 10/13, 10/15, 10/20, 10/22, 10/27 and 10/29/2026 (6 units)    Billed: $1,470.00
We have denied payment for these services. Payment denied. The services exceed the number of treatments
authorized. Authorization AUTH-TMS-2026-0821-4471 allows 30 treatments.  (CO-198)
What you owe: $0.00. A network provider may not bill you for services we deny for lack of authorization.
Your right to appeal: you may ask us to reconsider within 65 calendar days of the date of this notice. We will
decide an appeal about payment within 60 calendar days. If we do not decide fully in your favor, we will send your
case to an independent review entity automatically.
""",
"denial/organization-determination-approval-2026-08-21.txt": """
CIMARRON RIDGE SENIOR CARE HMO (FICTIONAL)
NOTICE OF APPROVAL - ORGANIZATION DETERMINATION                          Date: August 21, 2026
Member: Wendell Okonkwo-Strand    Requested by: Marguerite Baca-Lindholm, MD (received 08/14/2026)
Authorization: AUTH-TMS-2026-0821-4471
Approved: transcranial magnetic stimulation, 36 treatments (30 acute treatments plus 6 taper treatments), CPT 90867
x 1 and 90868 x 35, for dates of service 08/31/2026 through 11/30/2026.
""",
"other/member-portal-authorization-screen-2026-11-12.txt": """
CIMARRON RIDGE MEMBER PORTAL (FICTIONAL) - "My authorizations" - printed 11/12/2026
AUTH-TMS-2026-0821-4471   TMS   Status: Approved   Units approved: 30   Units used: 30   Dates 08/31/2026-11/30/2026
""",
"clinical/high-desert-tms-course-summary-2026-10-29.txt": """
HIGH DESERT TMS AND PSYCHIATRY (FICTIONAL) - Marguerite Baca-Lindholm, MD - TMS COURSE SUMMARY   10/29/2026
Okonkwo-Strand, Wendell, DOB 09/09/1956
Course: 36 treatments: #1 on 08/31/2026 with motor threshold mapping (90867); #2-#30 daily 09/01-10/12/2026
(session 10/01 missed, made up 10/02); taper #31-#36 on 10/13, 10/15, 10/20, 10/22, 10/27, 10/29/2026 (90868).
PHQ-9 23 (08/24) -> 12 after #30 -> 8 after #36: response. No suicidal ideation at any visit.
Prior: sertraline 150 mg 02-08/2024 partial then relapse; duloxetine 60-90 mg 09/2024-03/2025 no response;
escitalopram 20 mg since 04/2025, partial response, continued through TMS.
Authorization on file: AUTH-TMS-2026-0821-4471, 36 treatments.
""",
}
C07["truth"] = r'''
# 07 - Medicare Advantage HMO: the plan approved 36 TMS treatments, loaded 30, and denied payment for 31-36 as "authorization exceeded"; reconsideration asked by the member (FICTIONAL)

All people, plans, numbers and addresses are invented (FICTIONAL).

## What is true
- Wendell Okonkwo-Strand, 70, is in a **Medicare Advantage HMO** (New Mexico). The plan's approval of **August 21,
  2026** (AUTH-TMS-2026-0821-4471) covers **36 TMS treatments (30 acute plus 6 taper)**: 90867 x1 and 90868 x35,
  **08/31/2026 through 11/30/2026**.
- He had exactly that: #1 on 08/31 (90867), #2-#30 to 10/12, taper **#31-#36 on 10/13, 10/15, 10/20, 10/22, 10/27,
  10/29/2026** (90868 x6): all within the approval's dates and units.
- The plan denied payment for #31-#36 on **November 10, 2026** (CO-198): "authorization ... allows 30 treatments".
  Its own portal shows "Units approved: 30": the approval was entered as 30, not the 36 approved.
- Rules: reconsideration within **65 days of the notice** (42 CFR 422.582(b)): by **January 14, 2027**; a payment
  reconsideration is decided within **60 days** (422.590(b)); an upheld denial goes to the IRE automatically
  (422.592). The member is a party and files for himself (no CMS-1696).
- He owes **$0** (network provider; the notice says so): the appeal asks the plan to pay the provider.
- Response: PHQ-9 23 -> 12 after #30 -> 8 after #36. No suicidal ideation.
- History: sertraline (partial then relapse, stopped), duloxetine (none), escitalopram 20 mg **still taken**
  (partial).

## Deliberately unknown
- Who at the plan entered the approval as 30, and why.
- Whether the clinic also filed a provider dispute.

## Traps
- **Not a missing authorization.** A letter must not ask for a retroactive authorization or explain why no
  authorization was obtained: the plan approved these very treatments; ask that the approval be honored.
- **Two numbers in the plan's own papers**: 36 in the approval letter, 30 in the portal and the denial. The approval
  letter is the decision; the 30 is a data-entry figure.
- **Nothing was given beyond the approval**: 36 given, 36 approved; no "more than approved".
- **Not a medical-necessity denial**: no clinical reviewer, no peer-to-peer, no criteria, no count of failed trials
  as the ground; no 422.101(b)(6) argument (there are no internal criteria at issue).
- **Liability**: he owes nothing; no "reimburse me", no "I paid".
- **Wrong law**: no ERISA, no 45 CFR 147.136, no parity, no 72-hour/expedited (care already given), no 30-day
  pre-service clock, no "7 days" (not a Part B drug).
- **Escitalopram is ongoing**: never "failed".
- Voice: the member writes "I".

## Arguments a strong letter makes
1. The plan approved 36 treatments (30 plus 6 taper, 90868 x35) for 08/31-11/30/2026; treatments 31-36 were given
   on six dates inside those dates and within those units. The denial's "allows 30 treatments" contradicts the
   plan's own approval, which the portal shows was entered as 30. Ask that the approval be honored and the six
   lines paid to the provider.
2. Ask the plan to correct the authorization record (36 units) so no later claim is denied the same way.
3. Ask for a decision within 60 days (422.590(b)), and note that an upheld denial goes to the IRE.

## What a letter must NOT say
- "retroactive authorization", "authorization was not obtained", "the provider failed to request authorization".
- "more treatments than approved", "36 approved and 41 given" or any excess.
- "not medically necessary", "peer-to-peer", "escitalopram failed", "I paid", "reimburse me".
- "ERISA", "29 CFR 2560.503-1", "45 CFR 147.136", "MHPAEA", "72 hours", "within 7 days".
'''
C07["expected"] = [
    ("denial/organization-determination-approval-2026-08-21.txt", "36 treatments (30 acute treatments plus 6 taper treatments)"),
    ("other/member-portal-authorization-screen-2026-11-12.txt", "Units approved: 30"),
    ("denial/notice-of-denial-of-payment-2026-11-10.txt", "allows 30 treatments"),
    ("denial/notice-of-denial-of-payment-2026-11-10.txt", "What you owe: $0.00"),
    ("clinical/high-desert-tms-course-summary-2026-10-29.txt", "taper #31-#36 on 10/13, 10/15, 10/20, 10/22, 10/27, 10/29/2026"),
    ("denial/notice-of-denial-of-payment-2026-11-10.txt", "within 65 calendar days of the date of this notice"),
]

# ---------------------------------------------------------------------------------------------------------------
C08 = dict(slug="08-governmental-deep-tms-ocd-experimental-second-level-psychiatrist")
C08["yaml"] = r'''
# FICTIONAL CASE (set 18, case 08) - every person, plan, number and address is invented.
# Self-funded plan of a local government employer (a water district, Washington): deep TMS for OCD denied before
# treatment as investigational under a medical policy last reviewed in November 2017, before the FDA cleared deep
# TMS for OCD in August 2018; the first-level appeal was upheld on 10/30/2026. Second-level appeal by the treating
# psychiatrist, with the member's written authorization.
patient:
  name: Ingrid Solvang-Matsuda
  salutation: Ms. Solvang-Matsuda
  date_of_birth: December 3, 1990
  member_id: CMW-FICT-551204
  address: |-
    2208 Alder Bluff Lane
    Kestrel Harbor, WA 98399
  phone: (253) 555-0125
insurer:
  name: Cascadia Metro Water District Employee Health Plan (FICTIONAL), administered by Evergreen Summit Administrators (FICTIONAL)
  appeals_address: |-
    Evergreen Summit Administrators, Appeals
    PO Box 91733
    Tacoma, WA 98411
  fax: (253) 555-0177
claim:
  number: ESA-PA-26-0921-7734
  plan_type: governmental
  funding: self_funded
  stage: second level
  notice_date: September 29, 2026
  procedure_codes: [90867, 90868]
  diagnosis_codes: [F42.2]
  denial_reason: >-
    Deep transcranial magnetic stimulation for obsessive-compulsive disorder is considered investigational under
    Medical Policy MP-NEU-14 and is not covered.
  denial_category: experimental_investigational
  pending_services: 29
  reviewer: {name: "Carol Ingebretsen, MD", specialty: Internal Medicine}
decisions:
  - date: 2026-10-30
    outcome: denied
    stage: first-level appeal
    opens: second level
    next_deadline: 2026-12-29
    reason: >-
      Upheld. Medical Policy MP-NEU-14 considers TMS investigational for all indications other than major depressive
      disorder, including obsessive-compulsive disorder. The Plan excludes experimental or investigational services
      (SPD Section 6.2).
plan_policy:
  name: Evergreen Summit Medical Policy MP-NEU-14 (Transcranial magnetic stimulation), last reviewed November 2017
  number: MP-NEU-14
  quote: >-
    TMS is considered investigational for all indications other than major depressive disorder, including but not
    limited to obsessive-compulsive disorder, bipolar disorder, schizophrenia, PTSD and chronic pain. SPD Section
    10.1: A service is Experimental or Investigational if (a) it is a drug or device that cannot be lawfully marketed
    without approval or clearance of the U.S. Food and Drug Administration and that approval or clearance has not
    been given for the use; or (b) it is the subject of ongoing phase I, II or III clinical trials to determine its
    safety or efficacy for the use; or (c) reliable evidence shows that the prevailing opinion among experts is that
    further studies are needed to determine its safety or efficacy for the use.
  file: other/mp-neu-14-and-spd-excerpts.txt
  other_terms: >-
    SPD Section 1.3: The Plan has not elected to be exempt from the federal mental health parity requirements.
  comparator:
    name: Evergreen Summit Medical Policy MP-NEU-06 (Vagus nerve stimulation)
    quote: >-
      Vagus nerve stimulation is considered medically necessary for medically refractory partial-onset seizures, an
      FDA-approved indication, when at least two antiseizure medications have failed.
    file: other/mp-neu-06-vns-excerpt.txt
treatment:
  name: Deep transcranial magnetic stimulation (deep TMS) for obsessive-compulsive disorder
  summary: >-
    A course of 29 deep TMS sessions over six weeks with the H7 coil and individualized symptom provocation, as an
    adjunct to fluvoxamine, for severe obsessive-compulsive disorder; a use the FDA cleared in August 2018.
  plan: 29 sessions over six weeks (daily for five weeks, then four in week six); Y-BOCS at baseline, week 3 and week 6
  alongside: fluvoxamine 300 mg daily, continued
  fda:
    action: cleared
    date: 2018-08-17
    what: a deep TMS system with the H7 coil
    use: as an adjunct for the treatment of adult patients with obsessive-compulsive disorder
    file: other/fda-marketing-authorization-summary.txt
author:
  name: Tomasz Eberhardt-Nakamura
  role: Treating psychiatrist
  relation: physician
  authorization: other/member-authorization-2026-11-16.txt
  address: |-
    Sound Harbor Psychiatry, 1450 Tideflats Way, Suite 300
    Tacoma, WA 98402
  phone: (253) 555-0161
  fax: (253) 555-0162
  email: teberhardt@soundharbor.example
provider:
  name: Tomasz Eberhardt-Nakamura
  credentials: MD, psychiatrist
  npi: "1157382940"
  phone: (253) 555-0161
  address: |-
    Sound Harbor Psychiatry, 1450 Tideflats Way, Suite 300
    Tacoma, WA 98402
peer_to_peer:
  availability: Mondays and Wednesdays 4-5 pm
clinical:
  treating_since: January 2022
  severity: Y-BOCS 31 (severe) on October 8, 2026
  severity_date: 2026-10-08
  suicidality: none
  suicidality_date: 2026-10-08
  history:
    - drug: Fluoxetine
      dose: 40 mg, then 80 mg daily
      start: 2019-05
      end: 2019-09
      outcome: Partial response only after about 16 weeks; stopped for insomnia
      response: partial
      evidence: {file: clinical/sound-harbor-psychiatry-notes-2019-2026.txt, page: 1}
    - drug: Sertraline
      dose: 200 mg daily
      start: 2020-01
      end: 2020-05
      outcome: No response after about 16 weeks
      response: none
      evidence: {file: clinical/sound-harbor-psychiatry-notes-2019-2026.txt, page: 1}
    - drug: Clomipramine
      dose: 75 mg, then 150 mg daily
      start: 2021-03-01
      end: 2021-04-05
      outcome: Stopped after 5 weeks for tachycardia; not an adequate trial
      adequate: false
      evidence: {file: clinical/sound-harbor-psychiatry-notes-2019-2026.txt, page: 1}
    - drug: Fluvoxamine
      dose: 100 mg, titrated to 300 mg daily
      start: 2022-02
      ongoing: true
      outcome: Partial response only (Y-BOCS 35 to 29 at best); continued
      response: partial
      evidence: {file: clinical/sound-harbor-psychiatry-notes-2019-2026.txt, page: 1}
    - drug: Aripiprazole (added to fluvoxamine)
      kind: augmentation
      dose: 5 mg, then 10 mg daily
      start: 2023-08-07
      end: 2023-11-27
      outcome: No response after 16 weeks; stopped for weight gain
      response: none
      evidence: {file: clinical/sound-harbor-psychiatry-notes-2019-2026.txt, page: 1}
    - drug: Exposure and response prevention (ERP), outpatient
      kind: psychotherapy
      dose: 24 sessions
      sessions: 24
      start: 2022-03
      end: 2022-10
      outcome: Partial response; relapse within months
      response: partial
      evidence: {file: clinical/sound-harbor-psychiatry-notes-2019-2026.txt, page: 1}
    - drug: ERP intensive outpatient program
      kind: psychotherapy
      dose: 6 weeks, 3 days a week (18 sessions)
      sessions: 18
      start: 2024-03
      end: 2024-04
      outcome: Partial response, then relapse by autumn 2024
      response: partial
      evidence: {file: clinical/sound-harbor-psychiatry-notes-2019-2026.txt, page: 1}
impact:
  work: Reduced to half-time as a district engineer since March 2026; checking rituals take 4-5 hours a day
  daily_life: Cannot drive alone because of checking compulsions
literature:
  - title: >-
      Efficacy and safety of deep transcranial magnetic stimulation for obsessive-compulsive disorder: a prospective
      multicenter randomized double-blind placebo-controlled trial
    authors: Carmi L, Tendler A, Bystritsky A, et al.
    year: 2019
    journal: Am J Psychiatry
bates_prefix: SOLVANGMATSUDA
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''
C08["docs"] = {
"denial/pre-service-denial-2026-09-29.txt": """
EVERGREEN SUMMIT ADMINISTRATORS (FICTIONAL) for CASCADIA METRO WATER DISTRICT EMPLOYEE HEALTH PLAN (self-funded)
NOTICE OF ADVERSE BENEFIT DETERMINATION (PRE-SERVICE)                     Date: September 29, 2026
Member: Ingrid Solvang-Matsuda    ID CMW-FICT-551204    Reference ESA-PA-26-0921-7734
Requested: deep TMS, 29 sessions (90867, 90868), F42.2; requested by Tomasz Eberhardt-Nakamura, MD (09/21/2026)
Deep transcranial magnetic stimulation for obsessive-compulsive disorder is considered investigational under Medical
Policy MP-NEU-14 and is not covered.
Reviewer: Carol Ingebretsen, MD (Internal Medicine).
Appeals: the Plan has two levels of internal appeal. External review is available after the final internal decision
for denials based on medical judgment, including experimental or investigational determinations.
""",
"denial/first-level-appeal-decision-2026-10-30.txt": """
EVERGREEN SUMMIT ADMINISTRATORS (FICTIONAL)
FIRST-LEVEL APPEAL DECISION                                               Date: October 30, 2026
Member: Ingrid Solvang-Matsuda    Reference ESA-PA-26-0921-7734
Upheld. Medical Policy MP-NEU-14 considers TMS investigational for all indications other than major depressive
disorder, including obsessive-compulsive disorder. The Plan excludes experimental or investigational services (SPD
Section 6.2).
Reviewer: Carol Ingebretsen, MD (Internal Medicine).
You may request a second-level appeal within 60 days of this decision (by December 29, 2026).
""",
"other/mp-neu-14-and-spd-excerpts.txt": """
EVERGREEN SUMMIT MEDICAL POLICY MP-NEU-14 (FICTIONAL) Transcranial magnetic stimulation
Original 03/2012; last reviewed 11/2017; next review "TBD".
TMS is considered investigational for all indications other than major depressive disorder, including but not
limited to obsessive-compulsive disorder, bipolar disorder, schizophrenia, PTSD and chronic pain.

CASCADIA METRO WATER DISTRICT EMPLOYEE HEALTH PLAN - SUMMARY PLAN DESCRIPTION 2026 (FICTIONAL) - excerpts
Section 1.3  The Plan is a self-funded governmental plan. The Plan has not elected to be exempt from the federal
mental health parity requirements.
Section 6.2  Exclusions: (h) Experimental or investigational services, as defined in Section 10.1.
Section 10.1 A service is Experimental or Investigational if (a) it is a drug or device that cannot be lawfully
marketed without approval or clearance of the U.S. Food and Drug Administration and that approval or clearance has
not been given for the use; or (b) it is the subject of ongoing phase I, II or III clinical trials to determine its
safety or efficacy for the use; or (c) reliable evidence shows that the prevailing opinion among experts is that
further studies are needed to determine its safety or efficacy for the use.
""",
"other/mp-neu-06-vns-excerpt.txt": """
EVERGREEN SUMMIT MEDICAL POLICY MP-NEU-06 (FICTIONAL) Vagus nerve stimulation     last reviewed 04/2026
Vagus nerve stimulation is considered medically necessary for medically refractory partial-onset seizures, an
FDA-approved indication, when at least two antiseizure medications have failed.
""",
"other/fda-marketing-authorization-summary.txt": """
SUMMARY PREPARED FOR THIS APPEAL (own words; FICTIONAL packet copy) - FDA marketing authorization
On August 17, 2018 the U.S. Food and Drug Administration permitted marketing, through the De Novo pathway, of a
deep transcranial magnetic stimulation system with the H7 coil as an adjunct for the treatment of adult patients
with obsessive-compulsive disorder. The authorization followed a multicenter randomized, sham-controlled trial
(published in 2019 in the American Journal of Psychiatry).
""",
"other/member-authorization-2026-11-16.txt": """
AUTHORIZATION TO APPEAL (FICTIONAL)
I, Ingrid Solvang-Matsuda (ID CMW-FICT-551204), authorize Dr. Tomasz Eberhardt-Nakamura to file the second-level
appeal of reference ESA-PA-26-0921-7734 for me and to release my records to the Plan.
Signed: Ingrid Solvang-Matsuda    Date: 11/16/2026
""",
"clinical/sound-harbor-psychiatry-notes-2019-2026.txt": """
SOUND HARBOR PSYCHIATRY (FICTIONAL) - Tomasz Eberhardt-Nakamura, MD (treating since 01/2022; earlier records of
Dr. Ann Whitlow, same practice)
Solvang-Matsuda, Ingrid, DOB 12/03/1990                                     page 1
OCD since adolescence (contamination, checking). Y-BOCS 35 at intake 01/2022.
Fluoxetine 40 -> 80 mg 05/2019-09/2019: partial response ~16 wks; stopped, insomnia.
Sertraline 200 mg 01/2020-05/2020: no response.
Clomipramine 75 -> 150 mg 03/01/2021-04/05/2021: tachycardia (HR 118); stopped at 5 weeks. Not adequate.
Old pharmacy printout lists "risperidone 0.5 mg 2021" - patient does not remember taking it; unclear.
Fluvoxamine 100 -> 300 mg from 02/2022: partial response (Y-BOCS 35 -> 29 at best); continue.
ERP outpatient, 24 sessions 03-10/2022: partial; relapse within months.
Aripiprazole 5 -> 10 mg added to fluvoxamine 08/07/2023-11/27/2023: no response; weight gain 6 kg; stopped.
ERP IOP 03-04/2024 (6 weeks, 3 days/week): partial, relapse by autumn 2024.
10/08/2026: Y-BOCS 31. No suicidal ideation. Working half-time since 03/2026; checking 4-5 h/day; cannot drive
alone. Plan: deep TMS (H7 coil), 29 sessions over 6 weeks, with fluvoxamine continued.
""",
}
C08["truth"] = r'''
# 08 - Local government plan (self-funded): deep TMS for OCD denied as investigational under a 2017 policy; second-level appeal by the treating psychiatrist (FICTIONAL)

All people, plans, numbers and addresses are invented (FICTIONAL).

## What is true
- Ingrid Solvang-Matsuda, 36, is in a **self-funded governmental** plan (a water district in Washington: not ERISA).
  Deep TMS for **OCD (F42.2)**, 29 sessions, was denied pre-service on **09/29/2026** as investigational under
  **MP-NEU-14**; the first-level appeal was upheld on **10/30/2026**, citing the SPD's exclusion (Section 6.2). This
  is the **second level**, due by **December 29, 2026**. Reviewer at both levels: an **internist**.
- **MP-NEU-14 names OCD** as investigational. It was **last reviewed November 2017**. The **FDA permitted marketing
  (De Novo) of deep TMS with the H7 coil as an adjunct for adults with OCD on August 17, 2018**, after a multicenter
  randomized sham-controlled trial (Carmi et al., Am J Psychiatry 2019).
- The plan's own definition (SPD **Section 10.1**) has three "or" tests: (a) no FDA approval or clearance for the use:
  **not so** (authorized 2018); (b) ongoing phase I-III trials to determine safety or efficacy for the use: the
  pivotal trial is complete and published; (c) expert opinion that further studies are needed: the plan has shown no
  evidence of it. The policy predates the FDA action.
- Parity applies (SPD 1.3: no opt-out; 45 CFR 146.136 for a governmental plan): the plan covers an FDA-approved
  neurostimulation device for a medical condition (VNS for refractory epilepsy, MP-NEU-06, reviewed 2026) while it
  keeps a 2017 policy calling an FDA-authorized neurostimulation use for a mental health condition investigational.
- Rules: 45 CFR 147.136(b)(2)(i), applying the ERISA claims standards by reference; pre-service appeal decided within
  30 days; external review (45 CFR 147.136(c)-(d)) is open after the final internal decision, for an
  experimental/investigational denial.
- History: fluoxetine (partial, stopped), sertraline (none), clomipramine stopped at 5 weeks (**not adequate**),
  **fluvoxamine 300 mg still taken** (partial: inadequate response, never "failed"), aripiprazole augmentation (none),
  ERP twice (partial, relapse). Y-BOCS 31 (10/08/2026). No suicidal ideation.
- The author is the **treating psychiatrist**, with the member's authorization (11/16/2026).

## Deliberately unknown
- "Risperidone 0.5 mg 2021" on an old printout: unclear, not counted, not named as a trial.
- Whether the plan reviewed any literature since 2017.
- The device's exact label age range: not in the case; do not state ages.

## Traps
- **The policy names OCD.** A letter must never say MP-NEU-14 does not reach OCD; the point is that its conclusion
  is out of date and fails the plan's own definition.
- **FDA words.** The 2018 action was a De Novo marketing authorization ("permitted marketing"/"cleared" in common
  use); it is not an "FDA approval" of a drug, and it covers adults as an adjunct: a letter must not say it is
  approved as monotherapy.
- **Clomipramine** (5 weeks) is not an adequate trial; **fluvoxamine** is ongoing; ERP courses are psychotherapy,
  not drug trials; a count must not add them.
- **Stage**: second level, answering the **10/30** decision (which added SPD 6.2); not a first appeal, not external
  review yet.
- **Wrong law**: not ERISA (governmental): no "29 CFR 2560.503-1" cited as governing by itself, no EBSA/Department of
  Labor, no "29 CFR 2590.712" (parity cite for this plan is 45 CFR 146.136), no "contra proferentem" as law.
- No suicidality paragraph; no Spravato/ketamine evidence.

## Arguments a strong letter makes
1. The plan's own definition (SPD 10.1) is not met: test (a) fails because the FDA authorized deep TMS (H7 coil) as
   an adjunct for adult OCD on August 17, 2018; (b) the pivotal trial is complete and published (Carmi 2019); (c)
   ask the plan for the evidence of an expert consensus that more studies are needed. MP-NEU-14, last reviewed
   November 2017, predates the FDA action.
2. She fits the cleared use: an adult with severe OCD (Y-BOCS 31), as an adjunct to fluvoxamine (continued), after
   adequate SSRI trials, augmentation and two ERP courses with only partial, short-lived benefit.
3. Parity (45 CFR 146.136(c)(4)): the plan covers FDA-approved neurostimulation for a medical condition (MP-NEU-06)
   but keeps an outdated investigational label on an FDA-authorized mental health use; ask for a psychiatrist
   reviewer (both were internists), the evidence relied on, and a peer-to-peer call.

## What a letter must NOT say
- "MP-NEU-14 does not mention OCD", "the policy does not apply to OCD".
- "FDA-approved drug", "approved as monotherapy", an age range for the clearance.
- "fluvoxamine failed", "clomipramine failed", "risperidone", "four failed medication trials" counting clomipramine.
- "ERISA", "EBSA", "29 CFR 2590.712", "first-level appeal" as this letter, "suicidal ideation" as present.
'''
C08["expected"] = [
    ("other/mp-neu-14-and-spd-excerpts.txt", "last reviewed 11/2017"),
    ("other/mp-neu-14-and-spd-excerpts.txt", "including but not\nlimited to obsessive-compulsive disorder"),
    ("other/fda-marketing-authorization-summary.txt", "On August 17, 2018"),
    ("other/mp-neu-14-and-spd-excerpts.txt", "The Plan has not elected to be exempt from the federal\nmental health parity requirements."),
    ("clinical/sound-harbor-psychiatry-notes-2019-2026.txt", "stopped at 5 weeks. Not adequate."),
    ("clinical/sound-harbor-psychiatry-notes-2019-2026.txt", "partial response (Y-BOCS 35 -> 29 at best); continue."),
    ("denial/first-level-appeal-decision-2026-10-30.txt", "(by December 29, 2026)"),
    ("other/mp-neu-06-vns-excerpt.txt", "an\nFDA-approved indication"),
]

CASES = [C05, C06, C07, C08]
