# FICTIONAL data for letters set 16, cases 05-08. Every person, plan, number and address is invented.
F = "FICTIONAL - MUESTRA FICTICIA - not a real patient, plan or provider."

CASES = []

# ---------------------------------------------------------------- 05
CASES.append(dict(
slug="05-insured-employer-ect-catatonia-second-level",
yaml="""# FICTIONAL CASE (set 16, case 05) - every person, plan, number and address is invented.
# Insured employer plan (NY): inpatient ECT for catatonia denied because "an adequate lorazepam trial" was not
# documented; first level upheld 11/12; the attending psychiatrist writes the second-level appeal.
patient:
  name: Cornelius Ibe Varga-Nakamura
  salutation: Mr. Varga-Nakamura
  date_of_birth: September 8, 1984
  member_id: EMP-FICT-NY-402218
  address: |-
    31 Harbor View Terrace, Apt 2B
    Millbrook Falls, NY 12545
insurer:
  name: Empire Lakes Health Insurance Company (FICTIONAL)
  appeals_address: |-
    Grievances and Appeals, PO Box 5544
    Albany, NY 12205
  fax: (518) 555-0137
claim:
  number: ELH-UR-2026-1027-7781
  plan_type: employer_erisa
  funding: insured
  state: NY
  stage: second level
  notice_date: November 12, 2026
  service_dates: [2026-10-28, 2026-10-30, 2026-11-02, 2026-11-04, 2026-11-06, 2026-11-09]
  pending_services: 6
  procedure_codes: [90870]
  diagnosis_codes: [F06.1, F33.3]
  denial_reason: >-
    First-level appeal upheld. ECT is not medically necessary. Guideline BH-ECT-C criterion 2 requires failure
    of an adequate benzodiazepine trial (lorazepam at least 6 mg/day for at least 72 hours); records show
    lorazepam 2 mg.
  denial_category: medical_necessity
  action: none
decisions:
  - date: 2026-11-12
    outcome: denied
    stage: first level
    opens: second level
    next_deadline: 2027-01-11
payer_criteria:
  - criterion: "2. Failure of an adequate benzodiazepine trial (lorazepam at least 6 mg/day for at least 72 hours)."
    how_met: >-
      Lorazepam 2 mg IV challenge 10/21, then 2 mg three times daily (6 mg/day) 10/22-10/25, raised to 8 mg/day
      10/25-10/27: more than 72 hours at 6 mg/day or more; Bush-Francis 19 -> 16. The reviewer read only the
      challenge dose.
    met: true
    evidence: {file: clinical/medication-administration-record.txt, page: 1}
  - criterion: "1. Catatonia by DSM-5-TR criteria, Bush-Francis Catatonia Rating Scale documented."
    how_met: BFCRS 19 on 10/21/2026; mutism, posturing, refusal of food and fluids.
    met: true
    evidence: {file: clinical/inpatient-psychiatry-notes.txt, page: 1}
plan_policy:
  name: ECT for catatonia
  number: BH-ECT-C
  quote: >-
    ECT is medically necessary for catatonia when: 1. Catatonia by DSM-5-TR criteria, Bush-Francis Catatonia
    Rating Scale documented; 2. Failure of an adequate benzodiazepine trial (lorazepam at least 6 mg/day for at
    least 72 hours), or benzodiazepines contraindicated; or 3. Malignant catatonia or life-threatening
    refusal of food or fluids, in which case ECT may start without criterion 2.
  file: denial/first-level-appeal-decision-2026-11-12.txt
treatment:
  name: electroconvulsive therapy (ECT), inpatient, for catatonia
  summary: >-
    Bilateral ECT three times a week, twelve treatments planned; six given 10/28-11/09, six pending.
  plan: Twelve treatments, bilateral, three a week; BFCRS after each; stop at resolution.
author:
  name: Halima Ostrowski
  role: Attending psychiatrist, the treating physician, writing with the patient's written consent
  relation: physician
  authorization: other/patient-consent-2026-11-16.txt
provider:
  name: Halima Ostrowski
  credentials: MD, psychiatry
  phone: (845) 555-0112
  address: |-
    Millbrook Falls General Hospital, Department of Psychiatry, 1 Hospital Drive
    Millbrook Falls, NY 12545
clinical:
  episode_onset: 2026-08
  severity: BFCRS 19 on October 21, 2026; BFCRS 16 on October 27; BFCRS 7 on November 9, 2026
  severity_date: 2026-11-09
  suicidality: none
  response: BFCRS 16 before ECT, 7 after six treatments; eating and drinking since 11/04
  response_level: partial
  history:
    - drug: Lorazepam
      kind: other
      dose: 2 mg IV challenge, then 6 mg/day, then 8 mg/day
      start: 2026-10-21
      end: 2026-10-27
      outcome: Partial only (BFCRS 19 to 16) after 6 days at 6-8 mg/day; continued during ECT
      response: partial
      adequate: true
      failed: true
      ongoing: true
      evidence: {file: clinical/medication-administration-record.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 225 mg daily
      start: 2026-08
      end: 2026-10-19
      outcome: Stopped on admission (not taking by mouth)
      adequate: false
    - drug: Aripiprazole
      kind: augmentation
      dose: 5 mg
      start: 2024-03
      end: 2024-09
      outcome: Earlier episode, response
      response: response
impact:
  hospitalizations: Admitted 10/19/2026; medical unit 10/19-10/21 for dehydration (IV fluids); psychiatry since 10/21.
bates_prefix: VARGANAKAMURA
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
docs={
"denial/first-level-appeal-decision-2026-11-12.txt": f"""{F}
EMPIRE LAKES HEALTH INSURANCE COMPANY (FICTIONAL) - FIRST-LEVEL APPEAL DECISION   11/12/2026
Member: Cornelius Varga-Nakamura  ID: EMP-FICT-NY-402218  Ref: ELH-UR-2026-1027-7781
Service: ECT 90870, inpatient, from 10/28/2026. Reviewer: Paul Ingersoll, MD, internal medicine.
Decision: First-level appeal upheld. ECT is not medically necessary. Guideline BH-ECT-C criterion 2 requires
failure of an adequate benzodiazepine trial (lorazepam at least 6 mg/day for at least 72 hours); records show
lorazepam 2 mg.
BH-ECT-C: ECT is medically necessary for catatonia when: 1. Catatonia by DSM-5-TR criteria, Bush-Francis
Catatonia Rating Scale documented; 2. Failure of an adequate benzodiazepine trial (lorazepam at least 6 mg/day
for at least 72 hours), or benzodiazepines contraindicated; or 3. Malignant catatonia or life-threatening
refusal of food or fluids, in which case ECT may start without criterion 2.
You may file a second-level appeal within 60 days, or request an external appeal from the New York State
Department of Financial Services within 4 months of this notice.
(Initial denial 10/29/2026.)
""",
"clinical/medication-administration-record.txt": f"""{F}
MILLBROOK FALLS GENERAL - MAR (excerpt)  Pt: Varga-Nakamura, C.
Page 1
10/21 14:10 lorazepam 2 mg IV (challenge)  - BFCRS 19 -> 17 at 1 h
10/22-10/25 lorazepam 2 mg IV q8h (6 mg/day) - all doses given
10/25 21:00 increased to lorazepam 2 mg q6h (8 mg/day) through 10/27
10/27 BFCRS 16. Partial only. Continue lorazepam 2 mg q8h during ECT.
""",
"clinical/inpatient-psychiatry-notes.txt": f"""{F}
INPATIENT PSYCHIATRY (excerpt)  Pt: Varga-Nakamura, C.  Attending: H. Ostrowski, MD
Page 1
10/21/2026 Catatonia (F06.1) with severe recurrent depression with psychotic features (F33.3). Mute,
posturing, negativism, refused food and fluids since ~10/17; medical unit 10/19-10/21 for IV fluids.
BFCRS 19. Venlafaxine stopped (not taking PO). No SI elicitable (mute) - collateral: none expressed.
10/27 After 6 days lorazepam 6-8 mg/day: BFCRS 16, still refusing oral fluids. Plan ECT.
11/04 After ECT 4: drinking, eating half of meals. 11/09 BFCRS 7 after ECT 6. Continue to 12.
Prior episode 2024: aripiprazole 5 mg augmentation, responded.
""",
"other/patient-consent-2026-11-16.txt": f"""{F}
I consent to Dr. Halima Ostrowski filing my second-level appeal and sharing my records for it.
Cornelius Varga-Nakamura, 11/16/2026.
""",
},
expect=[("clinical/medication-administration-record.txt", "lorazepam 2 mg IV q8h (6 mg/day)"),
        ("denial/first-level-appeal-decision-2026-11-12.txt", "First-level appeal upheld"),
        ("clinical/inpatient-psychiatry-notes.txt", "BFCRS 7 after ECT 6")],
truth="""# 05 - Insured employer plan (NY), inpatient ECT for catatonia, second-level appeal; the attending psychiatrist writes (FICTIONAL)

FICTIONAL: all people, plans, numbers and addresses are invented.

## What is true
- Cornelius Varga-Nakamura, 42, insured employer group plan in New York. Inpatient ECT for catatonia (F06.1,
  F33.3): 6 treatments given 10/28-11/09, 6 pending. Initial denial 10/29; **first-level appeal upheld
  11/12/2026** (reviewer internal medicine). This is the **second-level** appeal.
- BH-ECT-C criterion 2: lorazepam >= 6 mg/day for >= 72 h. The MAR shows 6 mg/day 10/22-10/25 and 8 mg/day to
  10/27 (about 6 days): met. The reviewer read only the 2 mg challenge. Criterion 3 (life-threatening refusal
  of food/fluids; medical unit for IV fluids) is an independent route that needs no criterion 2.
- Rule: ERISA insured plan, 29 CFR 2560.503-1; NY external appeal (state law) within 4 months of the final
  adverse determination; the notice offers both a second level (60 days) and external appeal.
- Response: BFCRS 16 -> 7 after six treatments; partial, not resolved.

## Deliberately unknown
- Suicidality: the patient was mute; none expressed per collateral - the case records `none`; do not argue risk.
- Whether the plan's second level will use a psychiatrist.

## Traps
- Lorazepam is a catatonia treatment (kind other), not an antidepressant; venlafaxine was stopped because he could
  not take it by mouth (not a failed trial); aripiprazole 2024 = response in an earlier episode.
- Answer the 11/12 decision, say it is a second-level appeal.
- Improvement (BFCRS 7) is not a reason to stop: partial response.

## Arguments a strong letter makes
1. Criterion 2 is met on the MAR: 6 mg/day from 10/22 and 8 mg/day through 10/27 (> 72 h); the decision misread
   the 2 mg challenge dose.
2. Criterion 3 independently: life-threatening refusal of food and fluids (medical admission for IV fluids).
3. Partial response so far; the remaining 6 treatments; reviewer should be a psychiatrist; NY external appeal next.

## What a letter must NOT say
- "lorazepam 2 mg only", "failed venlafaxine", "aripiprazole failed", "active suicidal ideation", "the plan named
  no criteria", "first-level appeal" (as this level), "fully recovered".
"""))

# ---------------------------------------------------------------- 06
CASES.append(dict(
slug="06-short-term-tms-mental-health-rider-not-applied",
yaml="""# FICTIONAL CASE (set 16, case 06) - every person, plan, number and address is invented.
# Short-term limited-duration policy (FL) with a purchased mental-health rider: TMS claims denied under the
# base policy's mental-health exclusion; his wife appeals as his representative.
patient:
  name: Reinaldo Tomas Abernathy
  salutation: Mr. Abernathy
  date_of_birth: June 3, 1969
  member_id: TBR-FICT-STM-66190
  address: |-
    903 Pelican Point Drive
    Coral Estero, FL 33901
insurer:
  name: Tidewater Bridge Short-Term Medical Insurance Company (FICTIONAL)
  appeals_address: |-
    Appeals, PO Box 21188
    Tampa, FL 33622
claim:
  number: TBR-CLM-2026-0930-1182
  plan_type: short_term
  funding: insured
  notice_date: October 22, 2026
  appeal_deadline: April 20, 2027
  deadline_basis: "Stated in the EOB: you may appeal in writing within 180 days."
  service_dates: [2026-08-10, 2026-09-18]
  sessions: 30
  procedure_codes: [90867, 90868]
  diagnosis_codes: [F33.1]
  carc_codes: [CO-204]
  denial_reason: >-
    This service is not covered under your policy. Exclusion 6(k): treatment of mental or nervous disorders.
  denial_category: not_covered
  action: none
plan_policy:
  name: Policy TBR-STM-2026, Exclusion 6(k)
  quote: >-
    Exclusion 6(k): Treatment of mental or nervous disorders, except as provided by a rider attached to this
    policy.
  file: denial/explanation-of-benefits-2026-10-22.txt
  exclusion:
    name: Exclusion 6(k)
    reaches: false
    why: >-
      The exclusion itself excepts care "provided by a rider attached to this policy"; Rider MHR-2, purchased
      with the policy effective 06/01/2026, covers outpatient mental health services including TMS up to $10,000
      a policy term.
    file: other/policy-schedule-and-rider-mhr-2.txt
  other_terms: >-
    Rider MHR-2: "We will pay outpatient mental health services, including transcranial magnetic stimulation,
    up to a maximum benefit of $10,000 per policy term, subject to the deductible. Pre-existing conditions
    provision, Section 3, applies."
treatment:
  name: transcranial magnetic stimulation (TMS)
  summary: 30 sessions of TMS, August 10 through September 18, 2026.
author:
  name: Lucinda Mae Abernathy
  role: Wife of the insured, his authorized representative
  relation: representative
  authorization: other/authorized-representative-form.txt
  phone: (239) 555-0147
provider:
  name: Tarek Lindqvist
  credentials: MD, psychiatry
  phone: (239) 555-0158
  address: |-
    Gulfside TMS and Psychiatry, 1500 Colonial Way
    Coral Estero, FL 33901
clinical:
  episode_onset: March 2026
  severity: PHQ-9 19 on August 3, 2026; PHQ-9 9 on September 18, 2026
  suicidality: none
  response: PHQ-9 19 before, 9 after 30 sessions
  response_level: response
  history:
    - drug: Sertraline
      dose: 100 mg daily
      start: 2026-03
      end: 2026-05
      outcome: No response
      response: none
    - drug: Vortioxetine
      dose: 20 mg daily
      start: 2026-05
      ongoing: true
      outcome: Partial; continued
      response: partial
bates_prefix: ABERNATHY
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
docs={
"denial/explanation-of-benefits-2026-10-22.txt": f"""{F}
TIDEWATER BRIDGE SHORT-TERM MEDICAL (FICTIONAL) - EXPLANATION OF BENEFITS  10/22/2026
Insured: Reinaldo T. Abernathy  ID: TBR-FICT-STM-66190  Claim: TBR-CLM-2026-0930-1182
Gulfside TMS and Psychiatry  DOS 08/10/2026-09/18/2026  90867 x1, 90868 x29  Billed $9,300  Paid $0
CO-204: This service is not covered under your policy. Exclusion 6(k): treatment of mental or nervous disorders.
Exclusion 6(k) reads: "Treatment of mental or nervous disorders, except as provided by a rider attached to this
policy."
THIS POLICY IS NOT REQUIRED TO COMPLY WITH FEDERAL REQUIREMENTS FOR COMPREHENSIVE COVERAGE. You may appeal in
writing within 180 days. You may contact the Florida Department of Financial Services / Office of Insurance
Regulation.
Also on this remittance (other insured): G. Pruitt, DOS 09/02/2026, 99214 - paid.
""",
"other/policy-schedule-and-rider-mhr-2.txt": f"""{F}
POLICY SCHEDULE - Policy TBR-STM-2026  Insured: Reinaldo T. Abernathy  Effective 06/01/2026, term 364 days
Riders attached: MHR-2 Mental Health Rider (premium $38.00/month)
Rider MHR-2: We will pay outpatient mental health services, including transcranial magnetic stimulation, up to
a maximum benefit of $10,000 per policy term, subject to the deductible. Pre-existing conditions provision,
Section 3, applies.
""",
"clinical/psychiatry-notes-2026.txt": f"""{F}
GULFSIDE TMS AND PSYCHIATRY (excerpt)  Pt: Abernathy, Reinaldo
Intake 08/03/2026: first depressive episode began ~03/2026 after job loss (his PCP note 04/2026: "low mood
since March"). No prior psychiatric history. Sertraline 100 mg 03-05/2026: no effect. Vortioxetine 20 mg since
05/2026, partial - continue. PHQ-9 19. No SI. TMS 30 sessions 08/10-09/18: PHQ-9 9.
""",
"other/authorized-representative-form.txt": f"""{F}
I, Reinaldo T. Abernathy, name my wife Lucinda M. Abernathy my authorized representative for claim
TBR-CLM-2026-0930-1182.  Signed 10/28/2026.
""",
},
expect=[("other/policy-schedule-and-rider-mhr-2.txt", "including transcranial magnetic stimulation"),
        ("denial/explanation-of-benefits-2026-10-22.txt", "except as provided by a rider"),
        ("clinical/psychiatry-notes-2026.txt", "began ~03/2026")],
truth="""# 06 - Short-term policy (FL), TMS denied under a mental-health exclusion despite a purchased rider; the wife writes (FICTIONAL)

FICTIONAL: all people, plans, numbers and addresses are invented.

## What is true
- Reinaldo Abernathy, 57, **short-term limited-duration** policy (Florida, effective 06/01/2026). TMS 30
  sessions (08/10-09/18/2026, done) denied 10/22/2026 under Exclusion 6(k) (mental or nervous disorders, CO-204).
- The exclusion's own words except care "provided by a rider attached to this policy"; the schedule shows
  **Rider MHR-2** attached and paid for, covering outpatient mental health **including TMS**, up to $10,000 per
  term (billed $9,300).
- Rule: STLDI is not subject to the federal ACA appeal rules; the policy's terms (appeal within 180 days, per
  the EOB) and Florida insurance law govern; complaints to the Florida DFS / OIR.
- The depressive episode began ~March 2026, **before** the 06/01/2026 effective date: the rider's pre-existing
  conditions provision (Section 3) may be raised by the plan.

## Deliberately unknown
- The wording of Section 3 (pre-existing conditions): not in the folder. The letter must not claim it does not
  apply, nor that it does; it may ask the plan to state any other basis.
- The deductible status.

## Traps
- Not a medical-necessity denial. No ACA / ERISA / 45 CFR 147.136 / external review citations.
- The remittance lists another insured (G. Pruitt): ignore.
- Wife writes about her husband (representative).

## Arguments a strong letter makes
1. Exclusion 6(k) excepts rider care; Rider MHR-2 is attached and expressly covers TMS: reprocess under it.
2. Amount within the $10,000 rider maximum; response PHQ-9 19 -> 9.
3. Ask the plan to state any other ground in writing; Florida regulator as the complaint route.

## What a letter must NOT say
- "the pre-existing conditions provision does not apply", "no pre-existing condition", "ERISA", "29 CFR",
  "45 CFR 147.136", "external review under the ACA", "mental health parity requires" (MHPAEA does not reach
  STLDI), "suicidal", "G. Pruitt".
"""))

# ---------------------------------------------------------------- 07
CASES.append(dict(
slug="07-county-plan-ketamine-crps-authorization-window",
yaml="""# FICTIONAL CASE (set 16, case 07) - every person, plan, number and address is invented.
# County employees' plan (self-funded, OR): IV ketamine for CRPS approved for 6 infusions 10/01-10/31; infusions
# 5 and 6 were moved to 11/03 and 11/05 (COVID illness) after an extension was asked for by phone on 10/29; the
# two claims were denied "no authorization for dates of service". The pain physician writes.
patient:
  name: Annika Josephine Threlkeld
  salutation: Ms. Threlkeld
  date_of_birth: December 14, 1986
  member_id: CLC-FICT-EE-118802
  address: |-
    77 Fernhollow Street
    Cascade Bend, OR 97401
insurer:
  name: Cascade Lane County Employees Health Plan (self-funded), administered by Northwest Claims Services (FICTIONAL)
  appeals_address: |-
    Appeals, Northwest Claims Services, PO Box 1290
    Portland, OR 97207
  fax: (503) 555-0171
claim:
  number: NWC-2026-11-220914
  plan_type: governmental
  funding: self_funded
  notice_date: November 20, 2026
  service_dates: [2026-11-03, 2026-11-05]
  procedure_codes: [96365, 96366, J3490]
  diagnosis_codes: [G90.512]
  carc_codes: [CO-197]
  denial_reason: >-
    Precertification/authorization absent for the dates of service. Authorization NWC-PA-44871 covered
    10/01/2026-10/31/2026.
  denial_category: prior_authorization
  action: none
prior_auth:
  approved:
    number: NWC-PA-44871
    date: September 24, 2026
    covers: Six outpatient IV ketamine infusions for CRPS, 10/01/2026-10/31/2026
    quote: "Approved: ketamine infusion, 6 visits, 10/01/2026 through 10/31/2026."
    file: other/authorization-approval-2026-09-24.txt
    what_went_wrong: >-
      Infusions 5 and 6 moved to 11/03 and 11/05 after the patient tested positive for COVID-19 on 10/27; the
      clinic called on 10/29 to extend the dates (call ref 2910-A); no extension was entered.
plan_policy:
  name: Plan document, Section 4.3 Precertification
  quote: >-
    4.3(c) An approved precertification is valid for the dates shown. If a service is delayed for a reason
    beyond the Member's control, the Provider may request an extension before the end date, and the Plan will
    not deny the extended service for lack of precertification.
  file: other/plan-document-section-4-3.txt
treatment:
  name: IV ketamine infusions for complex regional pain syndrome
  summary: >-
    Six outpatient infusions of ketamine, 4 hours each, over about five weeks; infusions 1-4 in October were paid,
    5 and 6 were denied.
author:
  name: Soren Achterberg
  role: Treating physician (anesthesiology and pain medicine), writing with the patient's written consent
  relation: physician
  authorization: other/patient-consent-2026-11-24.txt
provider:
  name: Soren Achterberg
  credentials: MD, anesthesiology and pain medicine
  phone: (541) 555-0139
  address: |-
    Willamette Ridge Pain Institute, 250 Oak Street
    Cascade Bend, OR 97401
clinical:
  severity: NRS pain 8/10 at baseline (09/15/2026); 5/10 after infusion 4 (10/20); 4/10 after infusion 6 (11/05)
  suicidality: none
  response: Pain NRS 8 -> 4; allodynia area reduced; back to part-time work
  response_level: response
  history:
    - drug: Gabapentin
      kind: other
      dose: up to 2400 mg daily
      start: 2025-04
      end: 2025-09
      outcome: Failed, dizziness
      failed: true
    - drug: Duloxetine
      dose: 60 mg daily
      start: 2025-10
      ongoing: true
      outcome: Partial; continued
      response: partial
    - drug: Lumbar sympathetic blocks (three)
      kind: other
      dose: three blocks
      start: 2025-11
      end: 2026-02
      outcome: Relief 2-3 days each, failed
      failed: true
    - drug: Physical therapy, graded motor imagery
      kind: other
      dose: 20 visits
      start: 2025-06
      end: 2026-03
      outcome: Ongoing home program
bates_prefix: THRELKELD
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
docs={
"denial/explanation-of-benefits-2026-11-20.txt": f"""{F}
NORTHWEST CLAIMS SERVICES for Cascade Lane County Employees Health Plan (FICTIONAL)  EOB  11/20/2026
Member: Annika J. Threlkeld  ID: CLC-FICT-EE-118802  Claim: NWC-2026-11-220914
DOS 11/03/2026 96365, 96366 x3, J3490   DOS 11/05/2026 96365, 96366 x3, J3490   Paid $0
CO-197: Precertification/authorization absent for the dates of service. Authorization NWC-PA-44871 covered
10/01/2026-10/31/2026.
Appeal in writing within 180 days of this notice.
""",
"other/authorization-approval-2026-09-24.txt": f"""{F}
Northwest Claims Services - precertification NWC-PA-44871 - 09/24/2026
Approved: ketamine infusion, 6 visits, 10/01/2026 through 10/31/2026. Diagnosis G90.512.
""",
"other/plan-document-section-4-3.txt": f"""{F}
Cascade Lane County Employees Health Plan - Plan Document (2026), Section 4.3 Precertification
4.3(c) An approved precertification is valid for the dates shown. If a service is delayed for a reason beyond
the Member's control, the Provider may request an extension before the end date, and the Plan will not deny
the extended service for lack of precertification.
""",
"clinical/pain-clinic-notes-2026.txt": f"""{F}
WILLAMETTE RIDGE PAIN INSTITUTE (excerpt)  Pt: Threlkeld, Annika  CRPS I right lower limb (G90.512)
09/15/2026 NRS 8. Budapest criteria met. Failed gabapentin, 3 SGB... (note: SGB for lower limb CRPS was
actually lumbar sympathetic blocks x3 - corrected 09/16). Duloxetine 60 continues. Plan: ketamine x6.
10/06, 10/08, 10/13, 10/20 infusions 1-4. NRS 5 on 10/20.
10/27 Patient COVID-positive; infusions 5-6 postponed. 10/29 front desk called NWC to extend auth, ref 2910-A,
  told "noted, will update". 11/03, 11/05 infusions 5-6. NRS 4. Part-time work resumed.
""",
"other/patient-consent-2026-11-24.txt": f"""{F}
I authorize Dr. Soren Achterberg to appeal claim NWC-2026-11-220914 for me. Annika J. Threlkeld 11/24/2026.
""",
},
expect=[("other/plan-document-section-4-3.txt", "request an extension before the end date"),
        ("clinical/pain-clinic-notes-2026.txt", "ref 2910-A"),
        ("other/authorization-approval-2026-09-24.txt", "6 visits, 10/01/2026 through 10/31/2026")],
truth="""# 07 - County employees' plan (self-funded), IV ketamine for CRPS, infusions after the authorization window; the pain physician writes (FICTIONAL)

FICTIONAL: all people, plans, numbers and addresses are invented.

## What is true
- Annika Threlkeld, 39, county employees' plan, **self-funded governmental** (Oregon; not ERISA). Six ketamine
  infusions for CRPS I, right leg, approved 10/01-10/31/2026 (NWC-PA-44871). Infusions 1-4 in October paid;
  5 and 6 (11/03, 11/05) denied CO-197 on 11/20/2026.
- COVID-19 positive 10/27; the clinic called on **10/29** (before the end date) for an extension, ref 2910-A.
- The plan document **4.3(c)**: delay beyond the member's control + extension requested before the end date ->
  "the Plan will not deny the extended service for lack of precertification". That is the winning point.
- Rule: a non-federal governmental plan: the ACA internal/external review rules apply through the PHSA
  (45 CFR 147.136); not ERISA (no 29 CFR 2560.503-1 as law, no Labor Department). Appeal within 180 days per EOB.
- Sympathetic blocks were **lumbar** (the note corrects "SGB"). Duloxetine 60 mg ongoing. NRS 8 -> 4.

## Deliberately unknown
- Whether NWC logged the call (the front desk was told "noted").

## Traps
- Not a medical-necessity denial; the plan already approved the course. Not experimental.
- Do not say "stellate ganglion blocks" (corrected to lumbar sympathetic blocks).
- Do not say ERISA applies or cite the Department of Labor as regulator.
- Not "the remainder of the course" pending: the course is done.

## Arguments a strong letter makes
1. Plan document 4.3(c): extension requested on 10/29 before the 10/31 end date for a delay beyond her control
   (COVID) - the plan "will not deny" these infusions for lack of precertification.
2. The course itself was approved (same six infusions); only the dates moved.
3. Response NRS 8 -> 4, back to part-time work.

## What a letter must NOT say
- "stellate ganglion", "ERISA", "29 CFR 2560.503-1" as binding, "not medically necessary" arguments, "no
  authorization was ever requested", "experimental", "suicidal", "pending infusions".
"""))

# ---------------------------------------------------------------- 08
CASES.append(dict(
slug="08-original-medicare-tms-msp-redetermination",
yaml="""# FICTIONAL CASE (set 16, case 08) - every person, plan, number and address is invented.
# Original Medicare Part B: TMS claims denied because Medicare's records show an employer group plan as primary;
# the beneficiary retired and the group coverage ended 06/30/2026. His son writes the redetermination with a
# CMS-1696.
patient:
  name: Winston Delacroix Mbeki-Hale
  salutation: Mr. Mbeki-Hale
  date_of_birth: February 19, 1959
  member_id: 7FJ4-FICT-KM82
  address: |-
    410 Orchard Crest Road
    Laurel Springs, NC 27601
insurer:
  name: Medicare Part B, Jurisdiction M Part B contractor (FICTIONAL MAC)
  appeals_address: |-
    Part B Redeterminations, PO Box 100199
    Columbia, SC 29202
claim:
  number: "2226330481772"
  plan_type: medicare
  notice_date: November 6, 2026
  service_dates: [2026-08-17, 2026-09-28]
  sessions: 30
  procedure_codes: [90867, 90868]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-22]
  denial_reason: >-
    This care may be covered by another payer per coordination of benefits. Medicare records show you have
    group health coverage that pays first.
  denial_category: coordination_of_benefits
  action: none
  appeal_deadline: March 8, 2027
  deadline_basis: "Stated in the MSN: if you disagree, you must file an appeal by March 8, 2027."
other_coverage:
  plan: Tarheel Fabrication Group Plan (FICTIONAL)
  member_is: subscriber
  ended: 2026-06-30
  proof: [other/employer-coverage-termination-letter.txt, other/group-plan-denial-2026-10-02.txt]
treatment:
  name: transcranial magnetic stimulation (TMS)
  summary: 30 sessions of TMS, August 17 through September 28, 2026.
author:
  name: Desmond Mbeki-Hale
  role: Son of the beneficiary, his appointed representative (CMS-1696)
  relation: representative
  authorization: other/cms-1696-appointment-of-representative.txt
provider:
  name: Yusra Calloway-Benn
  credentials: MD, psychiatry
  phone: (919) 555-0124
  address: |-
    Laurel Springs Neuromodulation, 88 Market Street
    Laurel Springs, NC 27601
clinical:
  severity: MADRS 30 on August 10, 2026; MADRS 14 on September 28, 2026
  suicidality: none
  response: MADRS 30 before, 14 after 30 sessions
  response_level: response
  history:
    - drug: Sertraline
      dose: 200 mg daily
      start: "2024"
      end: "2024"
      outcome: Failed
      failed: true
      evidence: {file: clinical/tms-treatment-summary.txt, page: 1}
    - drug: Venlafaxine
      dose: 225 mg daily
      start: "2025"
      end: "2025"
      outcome: Failed
      failed: true
      evidence: {file: clinical/tms-treatment-summary.txt, page: 1}
    - drug: Mirtazapine (for sleep)
      kind: other
      dose: 15 mg at bedtime
      ongoing: true
      outcome: Sleep dose, continuing; not an antidepressant trial
      adequate: false
bates_prefix: MBEKIHALE
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
docs={
"denial/medicare-summary-notice-2026-11-06.txt": f"""{F}
MEDICARE SUMMARY NOTICE (Part B) - FICTIONAL SAMPLE   Date: November 6, 2026
Winston D. Mbeki-Hale   Medicare Number 7FJ4-FICT-KM82
Claim 2226330481772  Laurel Springs Neuromodulation  Aug 17 - Sep 28, 2026  90867 x1, 90868 x29
Medicare approved $0.00  You may be billed $7,430.00   Notes: A
A  This care may be covered by another payer per coordination of benefits. Medicare records show you have
   group health coverage that pays first. (CO-22)
If you disagree with a coverage or payment decision, you must file an appeal by March 8, 2027.
""",
"other/employer-coverage-termination-letter.txt": f"""{F}
Tarheel Fabrication Co. (FICTIONAL) Benefits  07/06/2026
Dear Winston, your employment ended by retirement on 06/30/2026. Your group medical coverage under the
Tarheel Fabrication Group Plan ended 06/30/2026. You did not elect COBRA. (Our earlier letter of 06/12 said
coverage would end 07/31; that date was wrong - coverage ended with the month of retirement, 06/30.)
""",
"other/group-plan-denial-2026-10-02.txt": f"""{F}
Tarheel Fabrication Group Plan (FICTIONAL) EOB 10/02/2026: claim for DOS 08/17-09/28/2026 denied: CO-27
Expenses incurred after coverage terminated (terminated 06/30/2026).
""",
"other/cms-1696-appointment-of-representative.txt": f"""{F}
CMS-1696 (copy): Beneficiary Winston D. Mbeki-Hale appoints Desmond Mbeki-Hale (son) as representative.
Signed by both 11/10/2026.
""",
"clinical/tms-treatment-summary.txt": f"""{F}
LAUREL SPRINGS NEUROMODULATION - TMS summary  Pt: Mbeki-Hale, W.
Failed sertraline 200 mg (2024), venlafaxine 225 mg (2025), bupropion augmentation (2025); psychotherapy
ongoing. Mirtazapine 15 mg at bedtime for sleep, continuing. MADRS 30 on 08/10/2026, 14 on 09/28/2026. No SI.
""",
},
expect=[("other/employer-coverage-termination-letter.txt", "coverage ended with the month of retirement, 06/30"),
        ("other/group-plan-denial-2026-10-02.txt", "CO-27"),
        ("denial/medicare-summary-notice-2026-11-06.txt", "by March 8, 2027")],
truth="""# 08 - Original Medicare Part B, TMS denied as secondary payer (stale group-coverage record), redetermination; the son writes (FICTIONAL)

FICTIONAL: all people, plans, numbers and addresses are invented.

## What is true
- Winston Mbeki-Hale, 67, **Original Medicare** Part B. TMS 30 sessions (08/17-09/28/2026, done) denied on the
  MSN of 11/06/2026, CO-22: Medicare records show group coverage paying first.
- He **retired 06/30/2026**; the group coverage **ended 06/30/2026** (employer letter, which corrects its own
  earlier "07/31"); no COBRA; the group plan denied the same services CO-27 (coverage terminated). So Medicare
  is primary for August-September 2026.
- Rule: redetermination by the MAC within **120 days** of receiving the MSN (42 CFR 405.942; the MSN gives
  March 8, 2027). The MSP record itself is corrected through the Benefits Coordination & Recovery Center
  (BCRC); the letter can ask the MAC to reprocess and note the BCRC update. Original Medicare has no "plan
  terms"; no ERISA; the next level is the QIC.
- The son is the representative with a CMS-1696.

## Deliberately unknown
- Whether the BCRC record has been updated yet (no call record in the folder).
- Medical necessity was not reviewed; the folder has no LCD.

## Traps
- Coverage end date: 06/30 (not 07/31). Not "COBRA".
- A mirtazapine sleep dose is not an antidepressant trial; the letter need not list trials at all.
- Not a medical-necessity argument; no "the plan's own terms"; no peer-to-peer.

## Arguments a strong letter makes
1. Medicare was primary: group coverage ended 06/30/2026 (employer letter) and the group plan denied the claim
   for that reason (CO-27) - reprocess as primary.
2. Ask the MAC to update / have the BCRC correct the MSP record; redetermination within 120 days.
3. (Brief) the treatment worked: MADRS 30 -> 14.

## What a letter must NOT say
- "07/31/2026", "COBRA", "the plan's terms", "ERISA", "external review", "medical necessity reviewer",
  "mirtazapine failed", "suicidal".
"""))
