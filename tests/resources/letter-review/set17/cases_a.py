"""Cases 01-04 of letters set 17 (FICTIONAL)."""

CASES = []

# ---------------------------------------------------------------------------------------------------------------
# 01  governmental self-funded plan | timely filing | first internal, post-service | TMS 36+6 (done) | patient "I"
# ---------------------------------------------------------------------------------------------------------------
CASES.append(dict(
    slug="01-university-plan-tms-timely-filing-patient",
    yaml=r"""
# FICTIONAL CASE (letters set 17, case 01) - every person, plan, number and address is invented.
# Public university system employees' plan (state instrumentality: not ERISA), self-funded, new claims
# administrator since 01/01/2026. Out-of-network TMS course (authorized) denied for late filing under a
# 180-day figure; the plan's own SPD gives 12 months. The member appeals herself.
patient:
  name: Marisol Anne Teague
  salutation: Ms. Teague
  date_of_birth: May 22, 1979
  member_id: CPU-FICT-448120-01
  address: |-
    2210 Larkspur Lane
    Cedar Hollow, WA 98362
  phone: (360) 555-0114
  email: m.teague@mailbox.example
insurer:
  name: Cascadia Public University System Employee Health Plan (FICTIONAL), administered by Northbridge Benefit Administrators
  appeals_address: |-
    Northbridge Benefit Administrators, Appeals Unit
    PO Box 40918
    Tacoma Flats, WA 98402
  fax: (253) 555-0147
claim:
  number: NBA-EOB-2026-0918-4410
  plan_type: governmental
  funding: self_funded
  notice_date: September 18, 2026
  service_dates: [2026-01-12, 2026-03-20]
  sessions: 42
  inpatient: false
  procedure_codes: [90867, 90868]
  diagnosis_codes: [F33.2]
  carc_codes: [PR-29]
  denial_reason: >-
    29 - The time limit for filing has expired. Claim received 08/14/2026 for dates of service 01/12/2026
    through 03/20/2026. Claims must be filed within 180 days of the date of service.
  denial_category: timely_filing
  action: none
plan_policy:
  name: Summary Plan Description, Section 9.1 (Filing a claim)
  number: SPD 9.1
  quote: >-
    A claim must be submitted no later than 12 months after the date the service was provided. A claim filed
    later will not be paid unless you show that it was not reasonably possible to file within that time and the
    claim was filed as soon as reasonably possible. Network providers file claims for you within the time their
    agreements with the Plan require.
  file: other/spd-2026-section-9-claims-excerpt.txt
filing:
  first_submitted: 2026-02-02
  received: 2026-08-14
  proof:
    - other/clearinghouse-acceptance-report-2026-08-14.txt
    - other/evergreen-rejection-letter-2026-06-30.txt
  limit_deadline: 2027-01-12
prior_auth:
  requested_on: 2025-12-22
  approved:
    number: Harborlight authorization HBH-25-1230-0761
    date: 2025-12-30
    covers: TMS, 36 treatment sessions plus 6 taper sessions (90867 x1, 90868 x41), 01/05/2026 through 04/30/2026
    quote: >-
      Approved: transcranial magnetic stimulation, 90867 x 1 and 90868 x 41, dates of service 01/05/2026 through
      04/30/2026, provider Sound Mind TMS (out of network; out-of-network benefit level applies).
    file: other/harborlight-tms-authorization-2025-12-30.txt
    lines:
      - {code: "90867", units: 1, given: 1}
      - {code: "90868", units: 41, given: 41}
treatment:
  name: Transcranial magnetic stimulation (TMS)
  summary: >-
    A completed course of TMS, 36 daily sessions and 6 taper sessions, authorized in advance by the plan's
    behavioral health reviewer; PHQ-9 fell from 21 to 8.
author:
  name: Marisol Teague
  role: Patient and plan member
  relation: patient
  address: |-
    2210 Larkspur Lane
    Cedar Hollow, WA 98362
  phone: (360) 555-0114
  email: m.teague@mailbox.example
provider:
  name: Graham Oduya
  credentials: MD, psychiatrist
  npi: "1528394061"
  address: |-
    Sound Mind TMS, 19 Fircrest Avenue, Suite 4
    Cedar Hollow, WA 98362
  phone: (360) 555-0139
clinical:
  episode_onset: 2024-06
  severity: PHQ-9 21 on January 8, 2026 before TMS; PHQ-9 8 on April 2, 2026 after the course
  severity_date: 2026-04-02
  suicidality: none
  suicidality_date: 2026-04-02
  response: PHQ-9 21 before the course, 8 after it (April 2, 2026)
  response_level: response
  history:
    - drug: Sertraline
      dose: 100 mg daily
      start: "2019"
      end: "2020"
      outcome: Remission in the 2019 episode; tapered off in 2020
      response: remission
      evidence: {file: clinical/sound-mind-tms-course-summary-2026-04-02.txt, page: 1}
    - drug: Escitalopram
      dose: 20 mg daily
      start: 2024-07
      end: 2024-10
      outcome: Partial response only
      response: partial
      evidence: {file: clinical/sound-mind-tms-course-summary-2026-04-02.txt, page: 1}
    - drug: Duloxetine
      dose: 60 mg daily
      start: 2024-11
      end: 2025-04
      outcome: No response
      response: none
      evidence: {file: clinical/sound-mind-tms-course-summary-2026-04-02.txt, page: 1}
    - drug: Bupropion XL (added to duloxetine)
      kind: antidepressant
      dose: 300 mg daily
      start: 2025-02
      end: 2025-04
      outcome: Partial response; stopped with duloxetine
      response: partial
      evidence: {file: clinical/sound-mind-tms-course-summary-2026-04-02.txt, page: 1}
    - drug: Vilazodone
      dose: 40 mg daily
      start: 2025-05
      ongoing: true
      outcome: Partial response; continued through and after TMS
      response: partial
      evidence: {file: clinical/sound-mind-tms-course-summary-2026-04-02.txt, page: 1}
    - drug: Quetiapine
      kind: other
      dose: 25 mg at bedtime, for sleep
      start: 2025-05
      ongoing: true
      outcome: Sleep aid only, not an antidepressant trial
      evidence: {file: clinical/sound-mind-tms-course-summary-2026-04-02.txt, page: 1}
    - drug: Cognitive behavioral therapy
      kind: psychotherapy
      dose: 16 weekly sessions
      sessions: 16
      start: 2025-01
      end: 2025-05
      outcome: Completed; some help with sleep routine, depression unchanged
      response: none
      evidence: {file: clinical/sound-mind-tms-course-summary-2026-04-02.txt, page: 1}
literature:
  - id: perera-2016
bates_prefix: TEAGUE
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/northbridge-eob-2026-09-18.txt": r"""
NORTHBRIDGE BENEFIT ADMINISTRATORS (FICTIONAL)
Claims administrator for the Cascadia Public University System Employee Health Plan (self-funded)

EXPLANATION OF BENEFITS - THIS IS NOT A BILL
Statement date: 09/18/2026          EOB reference: NBA-EOB-2026-0918-4410
Member: MARISOL A TEAGUE            Member ID: CPU-FICT-448120-01
Provider: SOUND MIND TMS (out of network)    Received: 08/14/2026 (electronic)

Claim 26226-00417   DOS 01/12/2026-01/30/2026  90867 x1, 90868 x14   billed $4,650.00  paid $0.00  PR-29
Claim 26226-00418   DOS 02/02/2026-02/27/2026  90868 x20             billed $6,000.00  paid $0.00  PR-29
Claim 26226-00419   DOS 03/02/2026-03/20/2026  90868 x7              billed $2,100.00  paid $0.00  PR-29

Remark PR-29: 29 - The time limit for filing has expired. Claim received 08/14/2026 for dates of service
01/12/2026 through 03/20/2026. Claims must be filed within 180 days of the date of service.

You may owe the provider the amounts billed. To appeal, write to the Appeals Unit within 180 days of receiving
this notice: Northbridge Benefit Administrators, Appeals Unit, PO Box 40918, Tacoma Flats, WA 98402,
fax (253) 555-0147. You may ask for copies of all documents relevant to your claim free of charge.
""",
        "other/spd-2026-section-9-claims-excerpt.txt": r"""
CASCADIA PUBLIC UNIVERSITY SYSTEM EMPLOYEE HEALTH PLAN (FICTIONAL)
Summary Plan Description, plan year 2026 - excerpt, pages 61-62

9.1 Filing a claim
A claim must be submitted no later than 12 months after the date the service was provided. A claim filed later
will not be paid unless you show that it was not reasonably possible to file within that time and the claim was
filed as soon as reasonably possible. Network providers file claims for you within the time their agreements with
the Plan require.

9.2 Where to send claims
For services on or after January 1, 2026, send claims to Northbridge Benefit Administrators. Claims for earlier
services go to the prior administrator, Evergreen Claims Services, until June 30, 2026.

9.5 Appeals
You may appeal a denied claim within 180 days after you receive the notice. ...
""",
        "other/clearinghouse-acceptance-report-2026-08-14.txt": r"""
PINEGATE CLAIMS CLEARINGHOUSE (FICTIONAL) - 277CA CLAIM ACKNOWLEDGMENT REPORT
Submitter: Sound Mind TMS     Batch: 0814-22907     Report date: 08/14/2026 16:02

Payer: NORTHBRIDGE BENEFIT ADMIN (payer ID NBA44)
Patient TEAGUE, MARISOL   DOS 01/12/2026-01/30/2026   A2:20 Accepted for processing   payer claim 26226-00417
Patient TEAGUE, MARISOL   DOS 02/02/2026-02/27/2026   A2:20 Accepted for processing   payer claim 26226-00418
Patient TEAGUE, MARISOL   DOS 03/02/2026-03/20/2026   A2:20 Accepted for processing   payer claim 26226-00419
Patient [another patient - removed by clinic]           A2:20 Accepted for processing

Earlier transmissions of these dates of service (clinic note on the report):
  02/02/2026 batch 0202-18311 to EVERGREEN CLAIMS SVCS (payer ID EVG07) - accepted 02/02/2026 (DOS 01/12-01/30)
  03/27/2026 batch 0327-19054 to EVERGREEN CLAIMS SVCS (payer ID EVG07) - accepted 03/27/2026 (DOS 02/02-03/20)
""",
        "other/evergreen-rejection-letter-2026-06-30.txt": r"""
EVERGREEN CLAIMS SERVICES (FICTIONAL)
June 30, 2026

Sound Mind TMS, 19 Fircrest Avenue, Suite 4, Cedar Hollow, WA 98362
Re: Marisol Teague, claims received 02/02/2026 and 03/27/2026

These claims are returned unprocessed. Evergreen Claims Services stopped administering the Cascadia Public
University System Employee Health Plan on December 31, 2025. Services from January 1, 2026 must be sent to the
plan's current administrator. We regret the delay in returning these claims.
""",
        "other/harborlight-tms-authorization-2025-12-30.txt": r"""
HARBORLIGHT BEHAVIORAL HEALTH REVIEW (FICTIONAL)
Utilization management for the Cascadia Public University System Employee Health Plan

Authorization HBH-25-1230-0761     Date: 12/30/2025     Request received 12/22/2025
Member: Marisol Teague, CPU-FICT-448120-01
Approved: transcranial magnetic stimulation, 90867 x 1 and 90868 x 41, dates of service 01/05/2026 through
04/30/2026, provider Sound Mind TMS (out of network; out-of-network benefit level applies).
Reviewer: H. Castellano, MD, psychiatry.
""",
        "clinical/sound-mind-tms-course-summary-2026-04-02.txt": r"""
SOUND MIND TMS (FICTIONAL) - Graham Oduya, MD
Course summary, 04/02/2026 - Teague, Marisol A., DOB 05/22/1979

Diagnosis: major depressive disorder, recurrent, severe without psychotic features (F33.2).
Earlier episode 2019: remission on sertraline 100 mg; tapered off 2020.
Current episode since June 2024:
 - escitalopram 20 mg, Jul-Oct 2024: partial response only
 - duloxetine 60 mg, Nov 2024 - Apr 2025: no response; bupropion XL 300 mg added Feb 2025, partial; both stopped Apr 2025
 - vilazodone 40 mg from May 2025: partial response; continuing
 - quetiapine 25 mg at bedtime for sleep (not an antidepressant trial)
 - CBT, 16 weekly sessions Jan-May 2025: completed; depression unchanged
TMS: 36 daily sessions 01/12/2026-03/02/2026, then 6 taper sessions 03/04-03/20/2026 (42 in all), left DLPFC,
120% MT. PHQ-9 21 on 01/08/2026; PHQ-9 8 on 04/02/2026. Denies suicidal ideation. Returned to full-time work
03/23/2026.
Billing note: claims sent 02/02 and 03/27/2026 to Evergreen (card on file from 2025 intake); returned 06/30;
re-sent to Northbridge 08/14/2026.
""",
    },
    expect=[
        ("other/spd-2026-section-9-claims-excerpt.txt", "no later than 12 months after the date the service was provided"),
        ("denial/northbridge-eob-2026-09-18.txt", "Claims must be filed within 180 days of the date of service"),
        ("denial/northbridge-eob-2026-09-18.txt", "Received: 08/14/2026"),
        ("other/clearinghouse-acceptance-report-2026-08-14.txt", "A2:20 Accepted for processing   payer claim 26226-00417"),
        ("other/clearinghouse-acceptance-report-2026-08-14.txt", "02/02/2026 batch 0202-18311 to EVERGREEN"),
        ("other/evergreen-rejection-letter-2026-06-30.txt", "stopped administering"),
        ("other/harborlight-tms-authorization-2025-12-30.txt", "01/05/2026 through\n04/30/2026"),
        ("clinical/sound-mind-tms-course-summary-2026-04-02.txt", "PHQ-9 8 on 04/02/2026"),
    ],
    truth=r"""
# 01 - Public university employees' plan (self-funded, `governmental`): authorized TMS course denied for late filing; the member's own first appeal (FICTIONAL)

All people, plans, numbers and addresses are invented (FICTIONAL).

## What is true
- Marisol Teague, 47, is covered by the **Cascadia Public University System Employee Health Plan**, a state
  university system's self-funded plan (not ERISA: 29 USC 1003(b)(1)); since **01/01/2026** its claims
  administrator is Northbridge; until 12/31/2025 it was Evergreen.
- Her out-of-network TMS course, **authorized in advance** (HBH-25-1230-0761, 12/30/2025: 90867 x1, 90868 x41,
  01/05/2026-04/30/2026), was given **01/12/2026-03/20/2026**: 36 sessions and 6 taper sessions, 42 in all.
- The clinic sent the claims on **02/02/2026** and **03/27/2026** to **Evergreen** (the old card on file);
  Evergreen returned them unprocessed on **06/30/2026**; the clinic re-sent them to Northbridge, which
  **received them 08/14/2026** (clearinghouse 277CA, batch 0814-22907).
- EOB **09/18/2026** denied all three claims, PR-29: "Claims must be filed within 180 days of the date of
  service."
- The plan's own rule, **SPD 9.1**: a claim must be submitted **no later than 12 months after the date of
  service**. Counted from the first date of service, 01/12/2026, that is **01/12/2027**; every date of service is
  later, so each claim's limit is later still. Northbridge received the claims on 08/14/2026: **within the plan's
  own limit for every date**. The 180-day figure appears nowhere in the SPD; its last sentence refers to
  *network* providers' agreements, and Sound Mind TMS is out of network.
- Rule for the plan type: a non-federal governmental plan's claims and appeals follow 45 CFR 147.136(b)(2)(i),
  which applies the ERISA claims rule's standards by reference; appeal within 180 days of receipt (the EOB says
  so), post-service decision within 60 days. External review (45 CFR 147.136(c)-(d)) is only for denials that
  turn on medical judgment (or rescission): **not** a timely-filing denial.
- Clinical facts (context only; the denial did not question them): F33.2; PHQ-9 21 -> 8; vilazodone continuing;
  suicidality none.

## Deliberately unknown
- Where the 180-day figure came from (perhaps a network provider agreement); the letter may ask, not assert.
- Whether Northbridge holds any record of the February/March submissions (they went to Evergreen).
- The amount the plan will pay at the out-of-network level; the amount billed is $12,750.00 over three claims.
- How long bupropion XL was taken: its dates are given by month (February-April 2025), so whether it reached six
  weeks is not shown (the tool's check says so); it is background only here.

## Traps
- **Do not say Northbridge received the claims in February.** First submitted 02/02/2026, but to the prior
  administrator. The winning point does not need it: the 08/14 receipt is within 12 months.
- **No medical-necessity lead**, no reviewer/peer-to-peer request, no treatment-history argument: the denial is
  administrative. The authorization is relevant only to say the care was approved.
- **No external review request** for a timely-filing denial; no "because the denial rests on a medical
  judgment".
- **Not ERISA**: no 29 CFR 2560.503-1 cited as governing (the tool may cite it only as "applied by" 45 CFR
  147.136(b)(2)(i)), no EBSA, no ERISA section 502.
- Quetiapine 25 mg is a sleep dose; CBT is psychotherapy; sertraline 2019 was a remission in an earlier episode;
  vilazodone is ongoing (no end date).
- The treatment is done: nothing pending, nothing "still to come", no expedited route.
- Voice: the patient signs; the letter says "I", never "Ms. Teague has ...".

## Arguments a strong letter makes (strongest first)
1. The plan's own SPD 9.1 gives 12 months from the date of service; the claims were received 08/14/2026, within
   12 months of every date of service (the earliest limit is 01/12/2027). The 180-day figure is not the plan's
   rule for this claim; reprocess the claims on their merits, at the out-of-network level, under authorization
   HBH-25-1230-0761.
2. Even on a shorter rule, it was not reasonably possible to file with Northbridge sooner: the claims were sent
   on time to the prior administrator (02/02 and 03/27), returned only on 06/30, and re-sent within about six
   weeks (SPD 9.1's own exception).
3. Ask for the document the 180-day figure comes from and for the claim file, free of charge.

## What a letter must NOT say
- "the claim was received by the plan on February 2, 2026"; "filed late"; "good cause" as the only argument.
- "not medically necessary", "peer-to-peer", "the clinical reviewer", "external review" (as a next step for
  this denial), "the denial rests on a medical judgment".
- "ERISA", "EBSA", "29 CFR 2560.503-1" as the law governing the plan.
- "quetiapine ... antidepressant trial", "sertraline failed", an end date for vilazodone, "suicidal ideation",
  "sessions still to come".
""",
))

# ---------------------------------------------------------------------------------------------------------------
# 02  Medicaid managed care, adult | prior authorization requested, never decided | first plan appeal, post-service
#     | IV ketamine 5-day series for CRPS I left arm (chronic pain) | treating physician, with written consent
# ---------------------------------------------------------------------------------------------------------------
CASES.append(dict(
    slug="02-medicaid-mco-ketamine-crps-pa-never-decided-physician",
    yaml=r"""
# FICTIONAL CASE (letters set 17, case 02) - every person, plan, number and address is invented.
# Medicaid managed care (PA), adult aged 34. The pain clinic asked for prior authorization on 08/05/2026; the
# plan pended it, got the records, and never decided. The infusions were given 09/14-09/18/2026 and denied for
# "no authorization" (CO-197). The treating pain physician appeals with the member's written consent.
patient:
  name: Tobias James Wrenfield
  salutation: Mr. Wrenfield
  date_of_birth: March 9, 1992
  member_id: KVH-FICT-77120435
  address: |-
    88 Foundry Street, Apt 3
    Harlow Bend, PA 15902
  phone: (814) 555-0121
insurer:
  name: Keystone Valley Health Plan (FICTIONAL), Medical Assistance managed care
  appeals_address: |-
    Keystone Valley Health Plan, Member Appeals
    PO Box 7715
    Harlow Bend, PA 15907
  fax: (814) 555-0158
claim:
  number: KVH-NABD-2026-1016-22874
  plan_type: medicaid
  delivery: managed_care
  notice_date: October 16, 2026
  service_dates: [2026-09-14, 2026-09-15, 2026-09-16, 2026-09-17, 2026-09-18]
  sessions: 5
  inpatient: false
  procedure_codes: [96365, 96366, J3490]
  diagnosis_codes: [G90.512]
  carc_codes: [CO-197]
  denial_reason: >-
    Keystone Valley denied payment for ketamine infusion services on 09/14/2026 through 09/18/2026 because prior
    authorization was not obtained. Ketamine infusion therapy requires prior authorization under Medical Policy
    MP-PN-112.
  denial_category: prior_authorization
  action: none
prior_auth:
  requested_on: 2026-08-05
  never_decided: true
  reference: PA-26-0805-3391
  pended_on: 2026-08-07
  pended_for: for clinical records, which the pain center faxed the same day (14 pages)
  proof:
    - other/pa-portal-status-printout-2026-09-10.txt
    - other/fax-confirmation-2026-08-07.txt
plan_policy:
  name: Keystone Valley Medical Policy MP-PN-112, Intravenous ketamine for complex regional pain syndrome
  number: MP-PN-112
  quote: >-
    Intravenous ketamine infusion for complex regional pain syndrome (CRPS) requires prior authorization and may
    be approved when all of the following are met: (1) CRPS diagnosed by the Budapest clinical criteria by a pain
    medicine specialist or neurologist; (2) symptoms for at least 6 months; (3) inadequate response,
    intolerance or contraindication to at least two of: a gabapentinoid, a tricyclic antidepressant or SNRI, a
    topical agent, a bisphosphonate, a corticosteroid burst; (4) participation in physical or occupational
    therapy; (5) at least one sympathetic nerve block, or documentation of why it is not appropriate; (6) no
    uncontrolled hypertension, psychosis, pregnancy or active substance use disorder. Initial approval: up to 5
    infusions within 30 days.
  file: other/keystone-valley-mp-pn-112-excerpt.txt
payer_criteria:
  - criterion: (1) CRPS diagnosed by the Budapest clinical criteria by a pain medicine specialist or neurologist
    how_met: Budapest criteria documented (all four categories) by Dr. Venkataraman, pain medicine, October 2024 and again July 2026
    met: true
    evidence: {file: clinical/allegheny-ridge-pain-notes-2024-2026.txt, page: 1}
  - criterion: (2) Symptoms for at least 6 months
    how_met: Symptoms since the left wrist fracture of June 2024, more than two years
    met: true
    evidence: {file: clinical/allegheny-ridge-pain-notes-2024-2026.txt, page: 1}
  - criterion: (3) Inadequate response, intolerance or contraindication to at least two listed drug classes
    how_met: Gabapentin (sedation, partial) and pregabalin (no response, edema); duloxetine partial and continuing; prednisone burst without effect
    met: true
    evidence: {file: clinical/allegheny-ridge-pain-notes-2024-2026.txt, page: 1}
  - criterion: (4) Participation in physical or occupational therapy
    how_met: 24 hand-therapy visits November 2024 to May 2025, home program continuing
    met: true
    evidence: {file: clinical/allegheny-ridge-pain-notes-2024-2026.txt, page: 1}
  - criterion: (5) At least one sympathetic nerve block
    how_met: Left stellate ganglion blocks January 14 and February 11, 2025, relief for hours only
    met: true
    evidence: {file: clinical/allegheny-ridge-pain-notes-2024-2026.txt, page: 1}
  - criterion: (6) No uncontrolled hypertension, psychosis, pregnancy or active substance use disorder
    how_met: BP 124/78; no psychosis; no substance use disorder (urine drug screen negative 07/2026)
    met: true
    evidence: {file: clinical/allegheny-ridge-pain-notes-2024-2026.txt, page: 1}
  - criterion: Initial approval of up to 5 infusions within 30 days
    how_met: Five infusions given on five consecutive days, September 14-18, 2026
    met: true
    evidence: {file: clinical/ketamine-infusion-record-2026-09.txt, page: 1}
treatment:
  name: Intravenous ketamine infusions for complex regional pain syndrome
  plural: true
  summary: >-
    A five-day outpatient series of low-dose intravenous ketamine infusions (four hours a day) for complex regional
    pain syndrome type I of the left arm, given September 14-18, 2026.
  setting: Allegheny Ridge Pain Center infusion suite (FICTIONAL), anesthesiologist on site
  monitoring: continuous pulse oximetry, ECG and blood pressure every 15 minutes; recovery observation 60 minutes
  plan: 0.5 mg/kg/h rising to 0.8 mg/kg/h over four hours on each of five consecutive days; reassess at 6 weeks
author:
  name: Priya Venkataraman
  role: Treating physician (anesthesiology and pain medicine)
  relation: physician
  authorization: other/member-written-consent-to-appeal-2026-11-02.txt
  address: |-
    Allegheny Ridge Pain Center, 400 Incline Road, Suite 210
    Harlow Bend, PA 15905
  phone: (814) 555-0133
  fax: (814) 555-0134
provider:
  name: Priya Venkataraman
  credentials: MD, anesthesiology and pain medicine
  npi: "1672039181"
  address: |-
    Allegheny Ridge Pain Center, 400 Incline Road, Suite 210
    Harlow Bend, PA 15905
  phone: (814) 555-0133
clinical:
  severity: pain 7-9/10 (NRS) in the left hand and forearm; PHQ-9 12 on July 22, 2026
  severity_date: 2026-07-22
  suicidality: none
  suicidality_date: 2026-07-22
  response: pain 8/10 before the series, 4/10 at the 6-week visit on October 27, 2026; grip strength improved
  history:
    - drug: Prednisone burst
      kind: other
      dose: 40 mg tapered over 10 days
      start: 2024-11
      end: 2024-11
      outcome: No change in pain or swelling
      response: none
      evidence: {file: clinical/allegheny-ridge-pain-notes-2024-2026.txt, page: 1}
    - drug: Gabapentin
      dose: up to 1800 mg daily
      start: 2024-11
      end: 2025-03
      outcome: Partial relief; stopped for sedation
      response: partial
      evidence: {file: clinical/allegheny-ridge-pain-notes-2024-2026.txt, page: 1}
    - drug: Hand therapy (physical and occupational therapy)
      kind: other
      dose: 24 visits, then a home program
      start: 2024-11
      end: 2025-05
      outcome: Completed; range of motion improved slightly, pain unchanged
      response: none
      evidence: {file: clinical/allegheny-ridge-pain-notes-2024-2026.txt, page: 1}
    - drug: Left stellate ganglion blocks (two)
      kind: other
      dose: two blocks, January 14 and February 11, 2025
      start: 2025-01-14
      end: 2025-02-11
      outcome: Relief for a few hours after each, then pain back to baseline
      response: none
      adequate: true
      evidence: {file: clinical/allegheny-ridge-pain-notes-2024-2026.txt, page: 1}
    - drug: Pregabalin
      dose: up to 300 mg daily
      start: 2025-04
      end: 2025-08
      outcome: No response; ankle edema
      response: none
      evidence: {file: clinical/allegheny-ridge-pain-notes-2024-2026.txt, page: 1}
    - drug: Duloxetine
      dose: 60 mg daily
      start: 2025-09
      ongoing: true
      outcome: Partial relief of pain, mood steadier; continued
      response: partial
      evidence: {file: clinical/allegheny-ridge-pain-notes-2024-2026.txt, page: 1}
    - drug: Nortriptyline
      dose: 25 mg at bedtime
      start: 2025-09
      end: 2026-01
      outcome: '"Possibly helped sleep"; effect on pain not recorded; stopped for dry mouth'
      evidence: {file: clinical/allegheny-ridge-pain-notes-2024-2026.txt, page: 1}
impact:
  work: Lost his job as a machinist in March 2025; cannot grip tools with the left hand
  daily_life: Needs help with dressing and cooking; sleeps three to four hours a night
call_log:
  - date: 2026-08-20
    who: Keystone Valley provider services (rep "Dana")
    reference: CALL-0820-118
    summary: PA-26-0805-3391 is "in clinical review"; records received 08/07; no decision yet
  - date: 2026-09-10
    who: Keystone Valley provider services (rep "Marcus")
    reference: CALL-0910-207
    summary: No determination on PA-26-0805-3391; request remains open; no date given for a decision
literature:
  - id: cohen-2018
bates_prefix: WRENFIELD
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/keystone-valley-notice-of-adverse-benefit-determination-2026-10-16.txt": r"""
KEYSTONE VALLEY HEALTH PLAN (FICTIONAL) - Medical Assistance managed care
NOTICE OF ADVERSE BENEFIT DETERMINATION

Date: October 16, 2026         Reference: KVH-NABD-2026-1016-22874
Member: Tobias J. Wrenfield     Member ID: KVH-FICT-77120435
Provider: Allegheny Ridge Pain Center

What we decided: Keystone Valley denied payment for ketamine infusion services on 09/14/2026 through 09/18/2026
because prior authorization was not obtained. Ketamine infusion therapy requires prior authorization under
Medical Policy MP-PN-112.

Our records show no prior authorization on file for these services.

Your right to appeal: You or someone you name in writing (including your provider, with your written consent)
may file an appeal with Keystone Valley within 60 days from the date of this notice. We will decide a standard
appeal within 30 days. If you are not satisfied with our appeal decision you may ask for a State Fair Hearing.
You will not be billed for these services by a participating provider.
""",
        "denial/remittance-advice-2026-10-02-excerpt.txt": r"""
KEYSTONE VALLEY HEALTH PLAN (FICTIONAL) - PROVIDER REMITTANCE ADVICE (excerpt)
Payee: Allegheny Ridge Pain Center     Check/EFT date: 10/02/2026

Patient [another member - removed]      DOS 09/08/2026  64479       paid      $212.40
Patient WRENFIELD, TOBIAS  claim 26262-118804
   DOS 09/14/2026  96365 x1  96366 x3  J3490 x1   paid $0.00   CO-197  RARC M62
   DOS 09/15/2026  96365 x1  96366 x3  J3490 x1   paid $0.00   CO-197  RARC M62
   DOS 09/16/2026  96365 x1  96366 x3  J3490 x1   paid $0.00   CO-197  RARC M62
   DOS 09/17/2026  96365 x1  96366 x3  J3490 x1   paid $0.00   CO-197  RARC M62
   DOS 09/18/2026  96365 x1  96366 x3  J3490 x1   paid $0.00   CO-197  RARC M62
Patient [another member - removed]      DOS 09/09/2026  99214       paid       $71.15

CO-197: Precertification/authorization/notification absent.
M62: Missing/incomplete/invalid treatment authorization code.
""",
        "other/pa-portal-status-printout-2026-09-10.txt": r"""
KEYSTONE VALLEY PROVIDER PORTAL (FICTIONAL) - Authorization status, printed 09/10/2026 09:14
Request PA-26-0805-3391     Submitted 08/05/2026 11:20 by Allegheny Ridge Pain Center
Member: WRENFIELD, TOBIAS (KVH-FICT-77120435)
Service: 96365 x5, 96366 x15, J3490 x5 (ketamine) - Dx G90.512
Requested dates: 08/24/2026 - 09/30/2026
Status history:
  08/05/2026  Received
  08/07/2026  Pended - clinical information requested (notes, blocks, medication trials)
  08/07/2026  Documents received (fax, 14 pages)
  08/10/2026  In clinical review
Current status: IN CLINICAL REVIEW
Determination: (none)
""",
        "other/fax-confirmation-2026-08-07.txt": r"""
FAX TRANSMISSION REPORT (FICTIONAL)
From: Allegheny Ridge Pain Center (814) 555-0134
To: Keystone Valley Utilization Management (814) 555-0166
Date/time: 08/07/2026 15:42     Pages: 14     Result: OK
Cover: "PA-26-0805-3391 Wrenfield - clinical records as requested"
""",
        "other/keystone-valley-mp-pn-112-excerpt.txt": r"""
KEYSTONE VALLEY HEALTH PLAN (FICTIONAL) - MEDICAL POLICY MP-PN-112
Intravenous ketamine for complex regional pain syndrome     Effective 01/01/2026

Intravenous ketamine infusion for complex regional pain syndrome (CRPS) requires prior authorization and may be
approved when all of the following are met: (1) CRPS diagnosed by the Budapest clinical criteria by a pain
medicine specialist or neurologist; (2) symptoms for at least 6 months; (3) inadequate response, intolerance or
contraindication to at least two of: a gabapentinoid, a tricyclic antidepressant or SNRI, a topical agent, a
bisphosphonate, a corticosteroid burst; (4) participation in physical or occupational therapy; (5) at least one
sympathetic nerve block, or documentation of why it is not appropriate; (6) no uncontrolled hypertension,
psychosis, pregnancy or active substance use disorder. Initial approval: up to 5 infusions within 30 days.

Decision time: standard requests are decided within 7 calendar days of receipt.
""",
        "other/member-written-consent-to-appeal-2026-11-02.txt": r"""
MEMBER CONSENT TO A PROVIDER APPEAL (FICTIONAL)
I, Tobias J. Wrenfield (Keystone Valley member KVH-FICT-77120435), give my written consent for Dr. Priya
Venkataraman and Allegheny Ridge Pain Center to file an appeal for me about the denial of my ketamine infusions
of September 14-18, 2026 (reference KVH-NABD-2026-1016-22874), and to receive the plan's decision.
Signed: Tobias J. Wrenfield      Date: 11/02/2026
""",
        "clinical/allegheny-ridge-pain-notes-2024-2026.txt": r"""
ALLEGHENY RIDGE PAIN CENTER (FICTIONAL) - Priya Venkataraman, MD (anesthesiology, pain medicine)
Wrenfield, Tobias J., DOB 03/09/1992 - summary of notes 10/2024 to 07/2026

06/2024 left distal radius fracture (work), cast 6 weeks. From 08/2024 burning pain, swelling, color and
temperature change, allodynia, reduced motion of the left hand.
10/2024 first visit: Budapest clinical criteria met (sensory, vasomotor, sudomotor/edema, motor/trophic symptoms
and signs). Dx CRPS type I, left upper limb (G90.512).
Treatment to date:
 - prednisone 40 mg taper over 10 days, 11/2024: no change
 - gabapentin to 1800 mg/day, 11/2024-03/2025: partial relief, stopped for sedation
 - hand therapy (PT/OT) 24 visits 11/2024-05/2025; home program continues; pain unchanged
 - left stellate ganglion blocks 01/14/2025 and 02/11/2025: relief for a few hours each time
 - pregabalin to 300 mg/day, 04/2025-08/2025: no response, ankle edema
 - duloxetine 60 mg from 09/2025: partial relief, mood steadier - continue
 - nortriptyline 25 mg qhs 09/2025-01/2026: "possibly helped sleep"; stopped, dry mouth
07/22/2026: NRS 7-9/10; allodynia to light touch; PHQ-9 12; denies suicidal ideation. BP 124/78. No psychosis.
UDS negative. Not pregnant (male). Plan: 5-day outpatient IV ketamine series; PA submitted 08/05/2026.
Intake form (patient-completed 07/22/2026) says "pain 9/10 always"; nursing triage the same day recorded 7/10.
""",
        "clinical/ketamine-infusion-record-2026-09.txt": r"""
ALLEGHENY RIDGE PAIN CENTER (FICTIONAL) - INFUSION RECORD
Wrenfield, Tobias J.   Series 09/14/2026 - 09/18/2026 (5 consecutive days)
Each day: ketamine 0.5 mg/kg/h rising to 0.8 mg/kg/h over 4 hours; midazolam 1 mg PRN x0-1; ondansetron 4 mg.
Monitoring: continuous SpO2 and ECG, BP q15 min; anesthesiologist on site; recovery 60 min.
NRS before day 1: 8/10. Day 5: 5/10. Follow-up 10/27/2026 (6 weeks): NRS 4/10, grip improved; may consider a
booster infusion if pain returns - none scheduled.
Note: the series was given while PA-26-0805-3391 was still "in clinical review" (provider services call
09/10/2026, ref CALL-0910-207).
""",
    },
    expect=[
        ("other/pa-portal-status-printout-2026-09-10.txt", "Submitted 08/05/2026"),
        ("other/pa-portal-status-printout-2026-09-10.txt", "Determination: (none)"),
        ("other/fax-confirmation-2026-08-07.txt", "08/07/2026 15:42"),
        ("other/keystone-valley-mp-pn-112-excerpt.txt", "standard requests are decided within 7 calendar days of receipt"),
        ("denial/keystone-valley-notice-of-adverse-benefit-determination-2026-10-16.txt", "Our records show no prior authorization on file"),
        ("denial/remittance-advice-2026-10-02-excerpt.txt", "CO-197"),
        ("clinical/allegheny-ridge-pain-notes-2024-2026.txt", "Budapest clinical criteria met"),
        ("clinical/allegheny-ridge-pain-notes-2024-2026.txt", "left stellate ganglion blocks 01/14/2025 and 02/11/2025"),
        ("clinical/allegheny-ridge-pain-notes-2024-2026.txt", "denies suicidal ideation"),
        ("clinical/ketamine-infusion-record-2026-09.txt", "none scheduled"),
        ("other/member-written-consent-to-appeal-2026-11-02.txt", "Date: 11/02/2026"),
    ],
    truth=r"""
# 02 - Medicaid managed care (adult): IV ketamine for CRPS denied "no prior authorization" after the plan left the request undecided; the treating pain physician appeals (FICTIONAL)

All people, plans, numbers and addresses are invented (FICTIONAL).

## What is true
- Tobias Wrenfield, **34**, is a Medicaid managed care member (Keystone Valley, Pennsylvania). CRPS type I of
  the left arm (G90.512) since a June 2024 fracture: a **chronic-pain** case.
- The clinic **asked for prior authorization on 08/05/2026** (PA-26-0805-3391). The plan pended it on 08/07 for
  records, received them the same day (fax confirmation, 14 pages), and has **never decided** it (portal
  09/10/2026: "Determination: (none)"; calls 08/20 and 09/10). Its own policy says standard requests are decided
  within **7 calendar days**; 42 CFR 438.210(d)(1) sets the same from 2026-01-01. Under 42 CFR 438.404(c)(5) a
  service authorization not decided in time is itself a denial (an adverse benefit determination) on the date the
  time runs out.
- The five infusions were given **09/14-09/18/2026**; remittance 10/02 CO-197/M62; member notice **10/16/2026**
  "prior authorization was not obtained ... no prior authorization on file".
- Medical Policy **MP-PN-112** criteria (1)-(6) are all met on the record (Budapest criteria by a pain
  specialist; >2 years; gabapentin and pregabalin failed; 24 PT/OT visits; two stellate ganglion blocks; no
  exclusion), and five infusions within 30 days fits the initial approval.
- Appeal: to the plan within **60 days of 10/16/2026** (42 CFR 438.402(c)(2)(ii)) = 12/15/2026; a provider may
  file for the member with written consent (signed 11/02/2026). Standard plan decision: 30 days. The state fair
  hearing comes after the plan's decision (120 days from it, 438.408(f)(2)).
- Counting for a pain case: gabapentin, pregabalin and duloxetine are medication trials (duloxetine ongoing and
  partial counts as failed by convention); prednisone is an "other" drug trial; the two blocks are procedures
  (adequate once given, weeks measure nothing); hand therapy is therapy, not a drug trial.

## Deliberately unknown
- Why the plan never decided (lost in review, staffing); do not assert a reason.
- Nortriptyline's effect on pain: "possibly helped sleep" is **unknown**, never partial or failed.
- Whether a booster infusion will be needed: none is scheduled.
- The exact pain score on 07/22/2026: the patient's form says 9/10, triage 7/10 (the notes say 7-9/10).

## Traps
- **The plan says no request was on file**; the portal printout and fax confirmation show it was, with the
  plan's own reference number. A letter must not concede that authorization "was not obtained" through the
  provider's fault, nor ask to excuse a "failure to request".
- **Not an emergency**; no emergency-services argument.
- **Adult: no EPSDT** (42 USC 1396d(r)(5) is for members under 21).
- **No continued benefits** (42 CFR 438.420): the care is over and nothing authorized is being reduced.
- **Not mental health care**: no MHPAEA/parity and no Medicaid parity rule (438.910) for CRPS infusions; the
  PHQ-9 and duloxetine's mood effect do not make it so.
- **No suicidality**: "denies suicidal ideation".
- **Not ERISA**: no 29 CFR 2560.503-1; the experts' "name and qualifications" may be asked, not claimed as a right.
- The author is the **treating physician**: she writes about Mr. Wrenfield in the third person and encloses
  his written consent.

## Arguments a strong letter makes (strongest first)
1. Authorization was requested on 08/05/2026 and the plan never decided it, though its own policy and 42 CFR
   438.210(d)(1) gave it 7 days; the missing authorization is the plan's own undecided request
   (PA-26-0805-3391), not a failure to ask. Decide the request on its merits now and pay the claim.
2. On the merits, MP-PN-112 is met criterion by criterion (1)-(6), and five infusions within 30 days is the
   initial approval the policy allows; the response (NRS 8 -> 4 at six weeks) bears it out.
3. Ask that the appeal be decided by a reviewer in pain medicine or anesthesiology who took no part in the
   denial, and for the case file free of charge (438.406(b)(5)).

## What a letter must NOT say
- "authorization was not requested", "the provider failed to obtain authorization", "retroactive
  authorization because of an emergency".
- "EPSDT", "under 21", "continue the services during the appeal", "438.420".
- "MHPAEA", "parity", "mental health parity", "438.910".
- "nortriptyline failed" or "partial response to nortriptyline"; an end date for duloxetine; "a booster is
  scheduled".
- "suicidal ideation", "ERISA", "29 CFR 2560.503-1", "external review".
""",
))

# ---------------------------------------------------------------------------------------------------------------
# 03  church plan, insured (IA) | step therapy (augmentation step) | external review after the final internal
#     denial of 10/28/2026 | Spravato induction | patient "I"
# ---------------------------------------------------------------------------------------------------------------
CASES.append(dict(
    slug="03-church-insured-spravato-step-therapy-external-review-patient",
    yaml=r"""
# FICTIONAL CASE (letters set 17, case 03) - every person, plan, number and address is invented.
# Church plan (a church-affiliated health system's plan that has not elected ERISA), insured in Iowa. Spravato
# induction denied under step criterion 3 (augmentation). The augmentation trial was paid by her previous
# employer's plan, before this coverage began on 07/01/2026. The final internal denial was 10/28/2026; the
# member asks for external review herself, with records dated after that decision.
patient:
  name: Colleen Ruth Marek
  salutation: Ms. Marek
  date_of_birth: October 30, 1986
  member_id: PMH-FICT-5521907
  address: |-
    415 Walnut Terrace
    Elmford, IA 50314
  phone: (515) 555-0117
  email: colleen.marek@postbox.example
insurer:
  name: Prairie Mutual Health Insurance Company (FICTIONAL), insurer of the Mercy Plains Health System Employee Health Plan
  appeals_address: |-
    Prairie Mutual Health, Appeals and Grievances
    PO Box 3302
    Elmford, IA 50306
  fax: (515) 555-0162
claim:
  number: PMH-UM-2026-0922-61408
  plan_type: church
  funding: insured
  state: IA
  notice_date: September 22, 2026
  procedure_codes: [J0013, "99415"]
  diagnosis_codes: [F33.2]
  pending_services: 8
  denial_reason: >-
    Your request for Spravato (esketamine) nasal spray is denied. Policy RX-ST-41 criterion 3 requires failure
    of, intolerance of, or a contraindication to at least one augmentation trial (a second-generation
    antipsychotic, lithium or thyroid hormone) at an adequate dose for at least 6 weeks in the current episode.
    Our pharmacy claims show no augmentation agent.
  denial_category: step_therapy
  reviewer: {name: "Douglas Fenn, MD", specialty: Family Medicine}
decisions:
  - date: 2026-10-28
    outcome: denied
    stage: first level internal appeal (final internal adverse benefit determination)
    opens: external review
    reason: >-
      The chart note of 09/15/2026 states that aripiprazole "was tried this spring" without dose, dates or
      response. No pharmacy claim for aripiprazole is on file. Criterion 3 of RX-ST-41 remains unmet. Criteria 1,
      2, 4 and 5 are met. This is our final internal decision.
external_review:
  final_denial_date: 2026-10-28
  agency: Iowa Insurance Division
  address: |-
    Iowa Insurance Division, External Review Requests
    PO Box 10116 (FICTIONAL test address, as printed on the plan's form)
    Des Moines, IA 50306
template: external-review-request
plan_policy:
  name: Prairie Mutual Pharmacy and Medical Policy RX-ST-41, Esketamine nasal spray (step therapy)
  number: RX-ST-41
  quote: >-
    Esketamine nasal spray is approved when all of the following are met: (1) age 18 or older with major
    depressive disorder without psychotic features; (2) failure of at least two antidepressants from different
    classes, each at an adequate dose for at least 6 weeks, in the current episode; (3) failure of, intolerance
    of, or a contraindication to at least one augmentation trial (a second-generation antipsychotic, lithium or
    thyroid hormone) at an adequate dose for at least 6 weeks in the current episode; (4) prescribed by or in
    consultation with a psychiatrist; (5) given in a setting certified under the Spravato REMS. Trials may be
    documented by pharmacy claims or by chart notes that give the drug, dose, dates and response.
  file: other/prairie-mutual-rx-st-41-excerpt.txt
payer_criteria:
  - criterion: (1) Age 18 or older with major depressive disorder without psychotic features
    how_met: Age 39; MDD, recurrent, severe without psychotic features (F33.2); accepted by the plan on 10/28/2026
    met: true
    evidence: {file: clinical/riverside-psychiatry-notes-2025-2026.txt, page: 1}
  - criterion: (2) Two antidepressants from different classes, each 6 weeks or more at an adequate dose, in the current episode
    how_met: Sertraline to 150 mg (about 13 weeks, partial) and venlafaxine XR 225 mg (since January 2026, partial, continuing); accepted by the plan on 10/28/2026
    met: true
    evidence: {file: clinical/riverside-psychiatry-notes-2025-2026.txt, page: 1}
  - criterion: (3) Failure of, intolerance of, or a contraindication to one augmentation trial of 6 weeks or more in the current episode
    how_met: >-
      Aripiprazole added to venlafaxine, 2 mg from March 4, 2026 and 5 mg from March 18 to May 27, 2026 (about 12
      weeks): MADRS 31 to 29 and akathisia; stopped. Documented in the prescribing psychiatrist's notes and in the
      previous plan's pharmacy claims (fills of March 4, March 18, April 17 and May 15, 2026).
    met: true
    evidence:
      - {file: clinical/ashgrove-behavioral-health-notes-2026-03-to-05.txt, page: 1}
      - {file: other/linden-ridge-pharmacy-claims-history-2026-11-09.txt, page: 1}
  - criterion: (4) Prescribed by or in consultation with a psychiatrist
    how_met: Prescribed by Anand Kessler, MD, psychiatrist; accepted by the plan on 10/28/2026
    met: true
    evidence: {file: clinical/riverside-psychiatry-notes-2025-2026.txt, page: 1}
  - criterion: (5) Given in a setting certified under the Spravato REMS
    how_met: Riverside Interventional Psychiatry is REMS-certified; accepted by the plan on 10/28/2026
    met: true
    evidence: {file: clinical/riverside-psychiatry-notes-2025-2026.txt, page: 1}
record_dates:
  - {file: other/linden-ridge-pharmacy-claims-history-2026-11-09.txt, date: 2026-11-09}
  - {file: clinical/ashgrove-behavioral-health-notes-2026-03-to-05.txt, date: 2026-11-12}
  - {file: clinical/kessler-addendum-2026-11-16.txt, date: 2026-11-16}
treatment:
  name: Spravato (esketamine nasal spray)
  summary: >-
    Induction with esketamine nasal spray twice weekly for four weeks (eight sessions) in a REMS-certified clinic,
    with venlafaxine continued.
  setting: Riverside Interventional Psychiatry (FICTIONAL), a REMS-certified outpatient clinic
  monitoring: blood pressure before dosing, at 40 minutes and before discharge; two hours of observation
  alongside: venlafaxine XR 225 mg daily, continued
  plan: 56 mg at the first session, then 56 or 84 mg twice weekly for weeks 1-4; MADRS at week 4
author:
  name: Colleen Marek
  role: Patient and plan member
  relation: patient
  address: |-
    415 Walnut Terrace
    Elmford, IA 50314
  phone: (515) 555-0117
  email: colleen.marek@postbox.example
provider:
  name: Anand Kessler
  credentials: MD, psychiatrist
  npi: "1184520777"
  address: |-
    Riverside Interventional Psychiatry, 1200 Fleur Court, Suite 5
    Elmford, IA 50315
  phone: (515) 555-0175
clinical:
  episode_onset: 2025-10
  severity: MADRS 34 and PHQ-9 20 on November 16, 2026
  severity_date: 2026-11-16
  suicidality: passive
  suicidality_date: 2026-11-16
  exclusions: >-
    November 16, 2026: no aneurysmal vascular disease, no arteriovenous malformation, no intracerebral hemorrhage;
    BP 118/76; no psychosis; no substance use disorder
  history:
    - drug: Escitalopram
      dose: 10-20 mg daily
      start: "2021"
      end: "2022"
      outcome: Remission in the 2021 episode; stopped in 2022
      response: remission
      evidence: {file: clinical/riverside-psychiatry-notes-2025-2026.txt, page: 1}
    - drug: Sertraline
      dose: 50 mg, then 150 mg daily
      start: 2025-10
      end: 2026-01
      outcome: Partial response only after about 13 weeks
      response: partial
      evidence: {file: clinical/ashgrove-behavioral-health-notes-2026-03-to-05.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 150 mg, then 225 mg daily
      start: 2026-01
      ongoing: true
      outcome: Partial response only; continued
      response: partial
      evidence: {file: clinical/riverside-psychiatry-notes-2025-2026.txt, page: 1}
    - drug: Aripiprazole (augmenting venlafaxine)
      kind: augmentation
      dose: 2 mg, then 5 mg daily from March 18, 2026
      start: 2026-03-04
      end: 2026-05-27
      outcome: MADRS 31 to 29 after about 12 weeks, with akathisia; stopped
      response: none
      paid_outside: previous employer's plan (Linden Ridge Health Plan), before this coverage began on July 1, 2026
      evidence: {file: clinical/ashgrove-behavioral-health-notes-2026-03-to-05.txt, page: 1}
    - drug: Mirtazapine
      kind: other
      dose: 7.5 mg at bedtime, for sleep
      start: 2026-06
      ongoing: true
      outcome: Sleep aid only, not an antidepressant trial
      evidence: {file: clinical/riverside-psychiatry-notes-2025-2026.txt, page: 1}
    - drug: Cognitive behavioral therapy
      kind: psychotherapy
      dose: weekly, about 20 sessions so far
      start: 2025-11
      ongoing: true
      outcome: '"Helps with coping"; mood scores unchanged; continuing'
      evidence: {file: clinical/riverside-psychiatry-notes-2025-2026.txt, page: 1}
impact:
  work: On intermittent medical leave from her job as a hospital pharmacy technician since September 2026
  daily_life: Stopped driving her children to school; her sister stays with her three days a week
literature:
  - id: popova-2019
  - id: daly-2019
bates_prefix: MAREK
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/prairie-mutual-pa-denial-2026-09-22.txt": r"""
PRAIRIE MUTUAL HEALTH INSURANCE COMPANY (FICTIONAL)
Insurer of the Mercy Plains Health System Employee Health Plan (a church plan)

NOTICE OF ADVERSE BENEFIT DETERMINATION - PRIOR AUTHORIZATION
Date: September 22, 2026        Reference: PMH-UM-2026-0922-61408
Member: Colleen R. Marek        ID: PMH-FICT-5521907      Coverage effective: 07/01/2026
Requested: Spravato (esketamine) nasal spray, J0013, 8 induction sessions; requested by Anand Kessler, MD

Your request for Spravato (esketamine) nasal spray is denied. Policy RX-ST-41 criterion 3 requires failure of,
intolerance of, or a contraindication to at least one augmentation trial (a second-generation antipsychotic,
lithium or thyroid hormone) at an adequate dose for at least 6 weeks in the current episode. Our pharmacy claims
show no augmentation agent.

Reviewer: Douglas Fenn, MD (Family Medicine).
You may appeal within 180 days. After our final internal decision you may ask for an independent external
review through the Iowa Insurance Division within 4 months.
""",
        "denial/prairie-mutual-final-appeal-decision-2026-10-28.txt": r"""
PRAIRIE MUTUAL HEALTH INSURANCE COMPANY (FICTIONAL)
FINAL INTERNAL ADVERSE BENEFIT DETERMINATION
Date: October 28, 2026     Appeal reference: PMH-APL-2026-1006-0913 (re PMH-UM-2026-0922-61408)

The chart note of 09/15/2026 states that aripiprazole "was tried this spring" without dose, dates or response.
No pharmacy claim for aripiprazole is on file. Criterion 3 of RX-ST-41 remains unmet. Criteria 1, 2, 4 and 5 are
met. This is our final internal decision.

Appeal reviewer: Lorraine Batts, MD (Internal Medicine).
External review: you may ask for an independent external review within 4 months of receiving this notice. Send
the request to the Iowa Insurance Division, External Review Requests, PO Box 10116 (FICTIONAL test address),
Des Moines, IA 50306. An expedited external review is
available if waiting could seriously jeopardize your life or health.
""",
        "other/prairie-mutual-rx-st-41-excerpt.txt": r"""
PRAIRIE MUTUAL HEALTH (FICTIONAL) - PHARMACY AND MEDICAL POLICY RX-ST-41
Esketamine nasal spray (Spravato) - step therapy      Effective 04/01/2026

Esketamine nasal spray is approved when all of the following are met: (1) age 18 or older with major depressive
disorder without psychotic features; (2) failure of at least two antidepressants from different classes, each at
an adequate dose for at least 6 weeks, in the current episode; (3) failure of, intolerance of, or a
contraindication to at least one augmentation trial (a second-generation antipsychotic, lithium or thyroid
hormone) at an adequate dose for at least 6 weeks in the current episode; (4) prescribed by or in consultation
with a psychiatrist; (5) given in a setting certified under the Spravato REMS. Trials may be documented by
pharmacy claims or by chart notes that give the drug, dose, dates and response.
""",
        "other/linden-ridge-pharmacy-claims-history-2026-11-09.txt": r"""
LINDEN RIDGE HEALTH PLAN (FICTIONAL) - MEMBER PHARMACY CLAIMS HISTORY
Printed 11/09/2026 at the former member's request     Member: MAREK, COLLEEN R (coverage ended 06/30/2026)

Fill date   Drug                         Qty  Days  Prescriber
10/14/2025  sertraline 50 mg tab         30   30    R. Ochoa, MD
11/12/2025  sertraline 100 mg tab        45   30    R. Ochoa, MD
12/11/2025  sertraline 100 mg tab        45   30    R. Ochoa, MD
01/20/2026  venlafaxine ER 150 mg cap    30   30    R. Ochoa, MD
02/18/2026  venlafaxine ER 75 mg cap     90   30    R. Ochoa, MD
03/04/2026  aripiprazole 2 mg tab        14   14    R. Ochoa, MD
03/18/2026  aripiprazole 5 mg tab        30   30    R. Ochoa, MD
04/17/2026  aripiprazole 5 mg tab        30   30    R. Ochoa, MD
05/15/2026  aripiprazole 5 mg tab        30   30    R. Ochoa, MD
05/19/2026  venlafaxine ER 75 mg cap     90   30    R. Ochoa, MD
""",
        "clinical/ashgrove-behavioral-health-notes-2026-03-to-05.txt": r"""
ASHGROVE BEHAVIORAL HEALTH (FICTIONAL) - Rafael Ochoa, MD, psychiatrist
Records released 11/12/2026 - Marek, Colleen R., DOB 10/30/1986

10/14/2025 new episode since early October 2025. Start sertraline 50 mg -> 150 mg (150 mg from 11/12/2025).
01/13/2026 partial response only (MADRS 30). Cross-taper to venlafaxine XR, 225 mg by 02/18/2026.
03/04/2026 MADRS 31 on venlafaxine 225 mg. Add aripiprazole 2 mg (augmentation); 5 mg from 03/18/2026.
04/15/2026 MADRS 30. Mild restlessness. Continue 5 mg.
05/27/2026 MADRS 29 after ~12 weeks of aripiprazole; akathisia (BARS global 2). Stop aripiprazole. Continue
venlafaxine. Patient moving to a new job and new insurance 07/01/2026; transfer of care to Riverside.
""",
        "clinical/riverside-psychiatry-notes-2025-2026.txt": r"""
RIVERSIDE INTERVENTIONAL PSYCHIATRY (FICTIONAL) - Anand Kessler, MD, psychiatrist - REMS-certified site
Marek, Colleen R., DOB 10/30/1986

07/21/2026 intake (transfer from Dr. Ochoa). Recurrent MDD, severe, no psychotic features (F33.2). 2021
episode remitted on escitalopram 10-20 mg (stopped 2022). Current episode since 10/2025: sertraline (partial),
venlafaxine XR 225 mg (partial, continuing); aripiprazole tried this spring (per patient; records requested);
CBT weekly since 11/2025. Start mirtazapine 7.5 mg qhs for sleep (not an antidepressant trial at this dose).
09/15/2026 MADRS 33. Plan Spravato induction; PA sent. "Aripiprazole was tried this spring."
11/16/2026 MADRS 34, PHQ-9 20. Passive wishes to be dead on some days; no plan, no intent; C-SSRS ideation
level 1. BP 118/76. No AVM/aneurysm, no ICH history, no psychosis, no SUD. CBT continuing: "helps with coping",
mood scores unchanged.
Medication list printed by the PCP office 10/02/2026 (enclosed by the patient) still shows "aripiprazole 5 mg -
active": out of date; not taken since 05/27/2026.
""",
        "clinical/kessler-addendum-2026-11-16.txt": r"""
RIVERSIDE INTERVENTIONAL PSYCHIATRY (FICTIONAL) - addendum, 11/16/2026
Re: Colleen R. Marek - augmentation trial (RX-ST-41 criterion 3)
I have now received Dr. Ochoa's records (released 11/12/2026) and the Linden Ridge pharmacy history (printed
11/09/2026). Aripiprazole was added to venlafaxine XR 225 mg: 2 mg from 03/04/2026, 5 mg from 03/18/2026 to
05/27/2026, about 12 weeks, filled 03/04, 03/18, 04/17 and 05/15/2026. MADRS 31 -> 29; akathisia. Stopped.
This is an adequate augmentation trial that failed and was not tolerated. Anand Kessler, MD
""",
    },
    expect=[
        ("other/linden-ridge-pharmacy-claims-history-2026-11-09.txt", "03/18/2026  aripiprazole 5 mg tab"),
        ("other/linden-ridge-pharmacy-claims-history-2026-11-09.txt", "coverage ended 06/30/2026"),
        ("clinical/ashgrove-behavioral-health-notes-2026-03-to-05.txt", "MADRS 29 after ~12 weeks of aripiprazole"),
        ("other/prairie-mutual-rx-st-41-excerpt.txt", "Trials may be documented by\npharmacy claims or by chart notes"),
        ("denial/prairie-mutual-final-appeal-decision-2026-10-28.txt", "Criteria 1, 2, 4 and 5 are\nmet"),
        ("denial/prairie-mutual-final-appeal-decision-2026-10-28.txt", "within 4 months"),
        ("denial/prairie-mutual-pa-denial-2026-09-22.txt", "Coverage effective: 07/01/2026"),
        ("clinical/riverside-psychiatry-notes-2025-2026.txt", "no plan, no intent"),
        ("clinical/riverside-psychiatry-notes-2025-2026.txt", "not taken since 05/27/2026"),
        ("clinical/riverside-psychiatry-notes-2025-2026.txt", "mirtazapine 7.5 mg qhs for sleep"),
    ],
    truth=r"""
# 03 - Church plan (insured, Iowa): Spravato denied at the augmentation step; the member asks for external review with the records of a trial her previous plan paid for (FICTIONAL)

All people, plans, numbers and addresses are invented (FICTIONAL).

## What is true
- Colleen Marek, 40 (39 at the request), works for a church-affiliated health system; its plan is a **church
  plan that has not elected ERISA**, **insured** by Prairie Mutual in **Iowa**. Coverage began **07/01/2026**;
  until 06/30/2026 she had her previous employer's plan (Linden Ridge).
- Spravato induction (8 sessions, pending) was denied **09/22/2026** under **RX-ST-41 criterion 3** (augmentation
  step): "Our pharmacy claims show no augmentation agent." The internal appeal was denied on **10/28/2026**, the
  **final internal** decision, which **accepts criteria 1, 2, 4 and 5** and rests only on criterion 3.
- The augmentation trial happened: **aripiprazole added to venlafaxine 225 mg**, 2 mg from 03/04/2026, 5 mg from
  03/18 to 05/27/2026 (**about 12 weeks**, above the policy's 6), MADRS 31 -> 29, akathisia, stopped. It was
  **paid by the previous plan** (fills 03/04, 03/18, 04/17, 05/15/2026), so Prairie Mutual's claims could not
  show it. RX-ST-41 itself says trials **may be documented by chart notes** giving drug, dose, dates and response.
- The proof is **dated after the 10/28 decision**: Linden Ridge pharmacy history printed 11/09, Dr. Ochoa's
  notes released 11/12, Dr. Kessler's addendum 11/16. The reviewers never saw them.
- Next level: **external review** through the state (insured church plan: 26 CFR 54.9815-2719(c), the state
  process), within **4 months** of the 10/28/2026 notice. Step therapy here turns on medical judgment (whether a
  trial was adequate and failed), so external review is open. Both plan reviewers were non-psychiatrists
  (family medicine; internal medicine).
- Current severity MADRS 34, PHQ-9 20 (11/16/2026); **passive** ideation (no plan, no intent) on 11/16/2026.
- Counting: current episode since 10/2025: sertraline (about 13 weeks, partial: failed) and venlafaxine
  (ongoing, partial: failed by convention) = **two antidepressant trials**; aripiprazole = **one augmentation
  trial** (failed and not tolerated). Escitalopram 2021 was a **remission in an earlier episode**. Mirtazapine
  7.5 mg is a **sleep dose**. CBT is psychotherapy and its outcome is unclear ("helps with coping", scores
  unchanged): **unknown**, not failed.

## Deliberately unknown
- Whether Iowa's step-therapy exception statute reaches this policy; the letter should not cite a state statute.
- The plan's parity comparative analysis for step therapy; the employer has over 50 employees, so 26 CFR
  54.9812-1 can apply, but nothing in the case shows how medical drugs are stepped.
- Whether the external reviewer will decide on an expedited basis; the case is standard (no physician
  certification of urgency).

## Traps
- **The PCP medication list says "aripiprazole 5 mg - active"**: stale; it was stopped 05/27/2026. Aripiprazole
  must not be shown as continuing.
- **"Was tried this spring"** (the 09/15 note) is what the plan answered; the new records give dose, dates and
  response. A letter that only repeats "was tried" loses.
- **Not the suicidality indication**: passive ideation is not "acute suicidal ideation or behavior"; no
  "approved use for suicidal ideation". The TRD indication fits (two failed antidepressants in the episode).
- **Not ERISA**: no 29 CFR 2560.503-1 as the governing law, no EBSA/Labor Department; no 29 CFR 2590.715-2719
  federal process (insured: the state's process).
- The plan **named** its criteria (RX-ST-41 (1)-(5)); never "the plan named no criteria". Do not re-argue
  criteria 1, 2, 4, 5 as disputed: the plan accepted them.
- Voice: the patient signs; "I", never "Ms. Marek has".

## Arguments a strong letter makes (strongest first)
1. Criterion 3 is met: aripiprazole 2-5 mg added to venlafaxine for about 12 weeks (more than 6) in the current
   episode, failed (MADRS 31 -> 29) and not tolerated (akathisia). It was paid by her previous plan before this
   coverage began, which is why Prairie Mutual's claims do not show it; RX-ST-41 accepts chart notes, and the
   chart notes and the previous plan's pharmacy history now give drug, dose, dates and response. These records
   are dated after the 10/28 decision and were never before the reviewers.
2. The plan itself found criteria 1, 2, 4 and 5 met; with criterion 3 met, every criterion of RX-ST-41 is met and
   the denial has no remaining ground.
3. Ask for an external reviewer who is a psychiatrist (both plan reviewers were not), and set out the harm of
   delay (medical leave, current MADRS 34, passive ideation).

## What a letter must NOT say
- "aripiprazole ... continuing/ongoing", "escitalopram failed", "mirtazapine antidepressant trial",
  "three antidepressant trials", "CBT failed".
- "acute suicidal ideation", "active suicidal ideation", "approved for depressive symptoms with suicidal
  thoughts" as her indication.
- "ERISA", "EBSA", "Department of Labor", "29 CFR 2560.503-1" (as governing), "29 CFR 2590.715-2719(d)".
- "the plan did not identify its criteria"; "criteria 1, 2, 4 and 5 are in dispute".
""",
))

# ---------------------------------------------------------------------------------------------------------------
# 04  separate CHIP, managed care (GA), member aged 11 | out of network (network cannot provide pediatric ERP)
#     | first plan appeal, pre-service | exposure and response prevention for OCD | mother (parent of a minor)
# ---------------------------------------------------------------------------------------------------------------
CASES.append(dict(
    slug="04-chip-child-ocd-erp-out-of-network-mother",
    yaml=r"""
# FICTIONAL CASE (letters set 17, case 04) - every person, plan, number and address is invented.
# Separate CHIP (not Medicaid), managed care, Georgia. An 11-year-old with severe OCD needs exposure and response
# prevention (ERP); no in-network clinician within the handbook's access standard offers it to a child. The plan
# denied the out-of-network request, naming an in-network group that does not do ERP for children. His mother
# appeals.
patient:
  name: Mateo Luis Quintero-Hale
  salutation: Mateo
  date_of_birth: February 17, 2015
  member_id: MKH-FICT-30915562
  address: |-
    63 Pecan Row
    Laurel Springs, GA 31794
  phone: (229) 555-0142
insurer:
  name: Magnolia Kids Health Plan (FICTIONAL), a separate CHIP managed care plan
  appeals_address: |-
    Magnolia Kids Health Plan, Appeals Department
    PO Box 11620
    Macon Ridge, GA 31208
  fax: (478) 555-0119
claim:
  number: MKH-UM-2026-1106-04471
  plan_type: chip
  delivery: managed_care
  notice_date: November 6, 2026
  procedure_codes: ["90837", "90847"]
  diagnosis_codes: [F42.2]
  pending_services: 20
  denial_reason: >-
    Your request for outpatient therapy with Naomi Feld, PsyD, is denied. Dr. Feld is not in the Magnolia Kids
    network. Covered outpatient behavioral health services are available from network providers, including
    Brightpath Behavioral Health in Laurel Springs. Out-of-network services are covered only for emergencies or
    when Magnolia Kids approves them in advance. We did not review whether the services are medically necessary.
  denial_category: out_of_network
  action: none
plan_policy:
  name: Magnolia Kids Member Handbook 2026, sections 7.1 and 7.3
  number: Handbook 7.3
  quote: >-
    7.1 Access to care. Routine outpatient behavioral health care: an appointment within 14 calendar days of your
    request, with a provider within 45 miles of your home. 7.3 Getting care outside our network. If our network
    cannot give you a covered service within these standards, we will cover it from an out-of-network provider for
    as long as our network cannot provide it, at no more cost to you than in network. You or your provider must
    ask us first.
  file: other/magnolia-kids-member-handbook-2026-excerpt.txt
network:
  - name: Brightpath Behavioral Health, Laurel Springs (in network)
    date: 2026-10-02
    miles: 4
    outcome: >-
      Offers general child therapy and CBT only; no clinician trained in exposure and response prevention for
      children under 13; referred the family elsewhere (e-mail)
    evidence: {file: other/brightpath-email-2026-10-02.txt, page: 1}
  - name: Howard Lisle, PhD (listed in the plan's online directory as an in-network OCD specialist)
    date: 2026-10-05
    miles: 38
    in_network: false
    outcome: Left the Magnolia Kids network in June 2026; the directory is out of date (office letter)
    evidence: {file: other/lisle-office-letter-2026-10-05.txt, page: 1}
  - name: Coastal Child Anxiety Center, Brunswick Point (in network)
    date: 2026-10-06
    miles: 97
    first_opening: 2027-04-12
    outcome: Offers pediatric ERP; first intake opening April 12, 2027
    evidence: {file: other/family-call-notes-2026-10.txt, page: 1}
  - name: Magnolia Kids member services
    date: 2026-10-08
    outcome: Could not name another in-network provider of ERP for a child within 45 miles (call reference MS-1008-5527)
    evidence: {file: other/family-call-notes-2026-10.txt, page: 1}
treatment:
  name: Exposure and response prevention (ERP) therapy for obsessive-compulsive disorder
  summary: >-
    Sixteen weekly sessions of exposure and response prevention with a child psychologist trained in it, and
    four family sessions, for severe obsessive-compulsive disorder (CY-BOCS 29).
  plan: 16 weekly 60-minute ERP sessions (90837) and 4 family sessions (90847); CY-BOCS every 4 weeks
  setting: Tidewater OCD and Anxiety Clinic (FICTIONAL), 22 miles from home; willing to sign a single-case agreement
author:
  name: Lucia Quintero
  role: Mother of the patient (parent of a minor)
  relation: parent
  address: |-
    63 Pecan Row
    Laurel Springs, GA 31794
  phone: (229) 555-0142
  email: lucia.quintero@homemail.example
provider:
  name: Naomi Feld
  credentials: PsyD, licensed psychologist
  npi: "1349066252"
  address: |-
    Tidewater OCD and Anxiety Clinic, 2 Bayline Plaza, Suite 300
    Sandhill, GA 31791
  phone: (229) 555-0176
clinical:
  severity: CY-BOCS 29 (severe) on November 10, 2026
  severity_date: 2026-11-10
  suicidality: none
  suicidality_date: 2026-11-10
  history:
    - drug: Fluoxetine
      dose: 10 mg daily
      start: 2025-03
      end: 2025-04
      outcome: Stopped after about 3 weeks for agitation and insomnia (activation)
      adequate: false
      evidence: {file: clinical/pediatric-psychiatry-notes-2025-2026.txt, page: 1}
    - drug: Sertraline
      dose: 25 mg, then 100 mg daily
      start: 2025-05
      ongoing: true
      outcome: Partial response (CY-BOCS 33 to 29); continued
      response: partial
      evidence: {file: clinical/pediatric-psychiatry-notes-2025-2026.txt, page: 1}
    - drug: Cognitive behavioral therapy without exposure (Brightpath)
      kind: psychotherapy
      dose: 10 sessions
      sessions: 10
      start: 2026-01
      end: 2026-04
      outcome: Completed; little change (CY-BOCS 30 to 29)
      response: none
      evidence: {file: clinical/pediatric-psychiatry-notes-2025-2026.txt, page: 1}
impact:
  daily_life: Washes his hands 40-60 times a day; cannot touch door handles or eat at school
  work: Missed 19 school days this fall semester (through November 10, 2026)
alternatives:
  - treatment: Brightpath Behavioral Health (the in-network group the denial names)
    why_not: It offers general CBT only, which he completed without benefit; no clinician there does ERP for children under 13
bates_prefix: QUINTEROHALE
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/magnolia-kids-denial-2026-11-06.txt": r"""
MAGNOLIA KIDS HEALTH PLAN (FICTIONAL) - a Children's Health Insurance Program plan
NOTICE OF ADVERSE BENEFIT DETERMINATION

Date: November 6, 2026        Reference: MKH-UM-2026-1106-04471
Member: Mateo L. Quintero-Hale, age 11       Member ID: MKH-FICT-30915562
Requested: outpatient psychotherapy 90837 x16, family therapy 90847 x4 - Naomi Feld, PsyD (out of network)

Your request for outpatient therapy with Naomi Feld, PsyD, is denied. Dr. Feld is not in the Magnolia Kids
network. Covered outpatient behavioral health services are available from network providers, including
Brightpath Behavioral Health in Laurel Springs. Out-of-network services are covered only for emergencies or when
Magnolia Kids approves them in advance. We did not review whether the services are medically necessary.

Your right to appeal: you, or your child's provider with your written permission, may ask us for an appeal
within 60 days of the date of this notice. We will decide within 30 days (72 hours if waiting could seriously harm
your child's health). If we keep our decision, you may ask for a review by the state within the time shown in
our appeal decision.
""",
        "other/magnolia-kids-member-handbook-2026-excerpt.txt": r"""
MAGNOLIA KIDS HEALTH PLAN (FICTIONAL) - MEMBER HANDBOOK 2026 (excerpt, pages 22-24)

7.1 Access to care. Routine outpatient behavioral health care: an appointment within 14 calendar days of your
request, with a provider within 45 miles of your home.

7.3 Getting care outside our network. If our network cannot give you a covered service within these standards,
we will cover it from an out-of-network provider for as long as our network cannot provide it, at no more cost to
you than in network. You or your provider must ask us first.
""",
        "other/brightpath-email-2026-10-02.txt": r"""
From: intake@brightpathbh.example
To: lucia.quintero@homemail.example
Date: October 2, 2026
Subject: Re: OCD therapy for Mateo

Hi Ms. Quintero, thank you for reaching out again. Our clinicians provide general child therapy and CBT, which
Mateo had with us earlier this year. We do not currently have a clinician trained in exposure and response
prevention for children under 13. We recommend a specialty OCD program. Best wishes, Brightpath intake team.
""",
        "other/lisle-office-letter-2026-10-05.txt": r"""
HOWARD LISLE, PhD - CHILD AND ADOLESCENT PSYCHOLOGY (FICTIONAL)
October 5, 2026
To whom it may concern: Dr. Lisle left the Magnolia Kids Health Plan network effective June 30, 2026 and is not
accepting new patients with that coverage. We have asked the plan to update its directory.
""",
        "other/family-call-notes-2026-10.txt": r"""
CALL NOTES KEPT BY LUCIA QUINTERO (FICTIONAL)
10/06/2026 Coastal Child Anxiety Center (in network, Brunswick Point, 97 miles each way): they do pediatric ERP;
  first intake opening April 12, 2027; could add to cancellation list.
10/08/2026 Magnolia Kids member services, rep "Tasha", reference MS-1008-5527: searched for ERP / OCD therapy for
  age 11 within 45 miles; "Brightpath and Dr. Lisle are listed." Told her Dr. Lisle left the network; rep could
  not find anyone else; said to have Dr. Feld send an out-of-network request.
10/12/2026 Dr. Feld's office: can start within a week of approval; will accept a single-case agreement.
""",
        "clinical/pediatric-psychiatry-notes-2025-2026.txt": r"""
SOUTH GEORGIA CHILDREN'S CLINIC (FICTIONAL) - Marguerite Osei, MD, child and adolescent psychiatry
Quintero-Hale, Mateo L., DOB 02/17/2015

03/2025 OCD, contamination and checking (F42.2). CY-BOCS 33. Fluoxetine 10 mg started; stopped after ~3 weeks
(agitation, insomnia: activation).
05/2025 Sertraline 25 mg, titrated to 100 mg by 08/2025. Partial response.
01/2026-04/2026 CBT at Brightpath, 10 sessions, no exposure work; CY-BOCS 30 -> 29.
11/10/2026 CY-BOCS 29 (severe). Handwashing 40-60 times a day, skin cracked; avoids door handles; cannot eat at
school; missed 19 school days this semester. Denies suicidal thoughts. Continue sertraline 100 mg.
Recommendation: ERP with a trained child clinician is the first-line psychotherapy for pediatric OCD and has
not been tried. Referred to Naomi Feld, PsyD (Tidewater OCD and Anxiety Clinic).
""",
    },
    expect=[
        ("other/magnolia-kids-member-handbook-2026-excerpt.txt", "within 45 miles of your home"),
        ("other/magnolia-kids-member-handbook-2026-excerpt.txt", "we will cover it from an out-of-network provider"),
        ("other/brightpath-email-2026-10-02.txt", "We do not currently have a clinician trained in exposure and response\nprevention for children under 13"),
        ("other/lisle-office-letter-2026-10-05.txt", "effective June 30, 2026"),
        ("other/family-call-notes-2026-10.txt", "first intake opening April 12, 2027"),
        ("other/family-call-notes-2026-10.txt", "MS-1008-5527"),
        ("denial/magnolia-kids-denial-2026-11-06.txt", "We did not review whether the services are medically necessary"),
        ("clinical/pediatric-psychiatry-notes-2025-2026.txt", "CY-BOCS 29 (severe)"),
        ("clinical/pediatric-psychiatry-notes-2025-2026.txt", "Denies suicidal thoughts"),
    ],
    truth=r"""
# 04 - Separate CHIP (Georgia), child aged 11: out-of-network ERP for OCD denied though the network cannot provide it; his mother appeals to the plan (FICTIONAL)

All people, plans, numbers and addresses are invented (FICTIONAL).

## What is true
- Mateo Quintero-Hale, **11**, is enrolled in **Magnolia Kids**, a **separate CHIP** managed care plan in
  Georgia (not Medicaid). Severe OCD (F42.2), CY-BOCS **29** on 11/10/2026; missed 19 school days this semester.
- His psychiatrist referred him for **ERP** with Naomi Feld, PsyD (out of network, 22 miles away, can start
  within a week; will sign a single-case agreement): 16 x 90837 + 4 x 90847, **20 sessions pending**.
- Denied **11/06/2026**: out of network; "services are available from network providers, including
  Brightpath"; "We did not review whether the services are medically necessary."
- The plan's own handbook: **7.1** routine outpatient behavioral health within **14 calendar days** and **45
  miles**; **7.3** if the network cannot provide a covered service within these standards, the plan **covers it
  out of network at in-network cost** for as long as that lasts, if asked first (the request was made first).
- The network rows: **Brightpath** (4 miles) does no ERP for children under 13 (e-mail 10/02); **Dr. Lisle**
  (38 miles) left the network 06/30/2026 though still in the directory; **Coastal Child Anxiety Center**
  (**97 miles**, first opening **04/12/2027**, about six months after the 10/06 call) fails both standards;
  member services (10/08, MS-1008-5527) could name no one else.
- Rules for the plan type: CHIP managed care appeals follow 42 CFR 457.1260 (applying 438 subpart F): appeal to
  the plan within **60 days** of 11/06/2026 (by 01/05/2027), standard decision 30 days, expedited 72 hours. The
  network rule 438.206(b)(4) (cover out of network when the network cannot provide a covered service) applies to
  CHIP through **42 CFR 457.1230(a)**. After the plan, the **state's review** (457.1130(b)), within the time the
  plan's decision prints.
- History: fluoxetine ~3 weeks (activation: **not adequate**, intolerance); sertraline to 100 mg since 05/2025,
  partial, **continuing** (failed by convention); CBT without exposure, 10 sessions, little change (a completed
  psychotherapy course that failed). ERP has **never** been tried.

## Deliberately unknown
- Whether ERP would be medically necessary in the plan's view: the plan did not review it. The letter may state
  the psychiatrist's recommendation but must not say the plan agreed.
- Dr. Feld's rates and whether the plan will use a single-case agreement; ask, do not assert.
- Whether Coastal's waitlist might shorten (cancellation list).

## Traps
- **CHIP is not Medicaid**: no EPSDT (42 USC 1396d(r)(5)), no "state fair hearing", no continued benefits
  (438.420 is excluded for CHIP), no Medicaid parity rule cited as Medicaid's. The next level is the state's
  review.
- **The denial names Brightpath** as available; the e-mail shows it is not, for this service and age. A letter
  must not accept "services are available in network".
- **The directory lists Dr. Lisle**; he left 06/30/2026.
- Say the network **could not provide** ERP within the standards; never that no in-network ERP provider exists
  (Coastal exists, 97 miles away with an April 2027 opening).
- **Not an emergency**; no emergency-services argument, and no expedited request (nothing in the case certifies
  urgency; the plan offers it, the letter may mention it only as available).
- Fluoxetine was not an adequate trial; sertraline is ongoing (no end date); CBT was not ERP.
- Voice: the mother writes about her son ("Mateo", "my son"), as parent of a minor; no authorization form needed.

## Arguments a strong letter makes (strongest first)
1. Handbook 7.3 (with 7.1): the network cannot give pediatric ERP within 45 miles and 14 days: Brightpath does
   not offer it for under-13s, Dr. Lisle left the network, Coastal is 97 miles away with a first opening on
   April 12, 2027, and member services found no one else. The plan's own terms therefore require out-of-network
   coverage at in-network cost (a single-case agreement with Dr. Feld), as does 42 CFR 438.206(b)(4) through
   457.1230(a).
2. The care is a covered outpatient behavioral health service and the first-line treatment his psychiatrist
   recommends; the alternatives tried (sertraline, partial; CBT without exposure, no change) have not been
   enough, and ERP has not been tried. The denial did not question necessity.
3. What delay costs: CY-BOCS 29, 19 school days missed, skin damage from handwashing. Ask for approval of the 20
   sessions and correction of the directory.

## What a letter must NOT say
- "EPSDT", "Medicaid", "state fair hearing", "continue benefits during the appeal", "438.420".
- "there are no in-network providers of ERP"; "Brightpath can provide ERP"; "Dr. Lisle is in network".
- "emergency"; "fluoxetine failed after an adequate trial"; an end date for sertraline; "suicidal".
- "ERISA", "29 CFR 2560.503-1", "external review" under 45 CFR 147.136.
- "the plan found the therapy medically necessary".
""",
))
