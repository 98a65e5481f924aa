#!/usr/bin/env python3
"""Letters review set 64 (issue 18): FICTIONAL case folders, written blind.

Run with appeal-kit's venv python in this folder:
    /work/main/.venv/bin/python make_set.py            # rebuild every case folder and self-check
    /work/main/.venv/bin/python make_set.py --check    # also run `appeal-kit check` on each, write check-output.txt
    /work/main/.venv/bin/python make_set.py 03 05      # only those cases (check output: check-output-partial.txt)
Deletes and rewrites each case folder and its truth file. Edit this file, not the folders.
Everything here is FICTIONAL: people, plans, providers, numbers, addresses.
"""
import os
import re
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
APPEAL_KIT = "/work/main/.venv/bin/appeal-kit"
HEADER = "FICTIONAL - invented for a blind test set (set 64); not a real person, plan, clinic or number.\n\n"
FOOTER = "\n\nFICTIONAL DOCUMENT - end.\n"
HEADINGS = ["## What is true", "## Deliberately unknown", "## Traps",
            "## Arguments a strong letter makes (strongest first)", "## What a letter must NOT say"]
CASES = []


def case(**kw):
    CASES.append(kw)

# ---------------------------------------------------------------------------------------------------------------
# 01 Student health plan: timely filing judged by the next policy year's booklet; first accepted within the limit
case(
    num="01",
    slug="01-student-plan-psychotherapy-timely-filing-next-year-booklet-277ca-first-appeal-advocate",
    yaml='''
# FICTIONAL CASE (set 64, case 01) - every person, plan, provider, number and address is invented.
# University student health insurance plan (insured, individual coverage), Oregon. Out-of-network trauma therapy,
# 14 visits 01/13/2026-04/21/2026, denied as late (CO-29) under the 2026-2027 booklet's 90 days. The 2025-2026
# booklet in force on those dates allows 180 days; the clearinghouse report shows the plan accepted the claim
# 05/05/2026. The university's student insurance advocate writes with the student's written authorization.
patient:
  name: Marisol Tennant-Oduya
  salutation: Ms. Tennant-Oduya
  date_of_birth: 2005-03-02
  member_id: FICT-SHIP-55102844
  address: |-
    1840 SE Alder Street, Apt 12
    Portland, OR 97214
  phone: (503) 555-0142
  email: m.tennant-oduya@student.pmu.example
insurer:
  name: Willamette Mutual Life - Portland Metro University Student Health Insurance Plan (FICTIONAL)
  appeals_address: |-
    Willamette Mutual Life, Student Plan Appeals (FICTIONAL)
    PO Box 40917
    Salem, OR 97301
  fax: (503) 555-0168
claim:
  number: WM-26-0622-30917
  other_numbers: [WM-26-0505-11873]
  plan_type: individual_aca
  student: true
  notice_date: 2026-11-12
  appeal_deadline: 2027-05-11
  deadline_basis: >-
    Explanation of benefits of 11/12/2026: "You may appeal within 180 days after you receive this notice."
    Counted from the notice date.
  service_dates: [2026-01-13, 2026-04-21]
  sessions: 14
  setting: outpatient
  procedure_codes: ["90837"]
  diagnosis_codes: [F43.10]
  carc_codes: [CO-29]
  denial_reason: >-
    The time limit for filing has expired. Claim received 06/22/2026. Under the 2026-2027 Benefits Booklet,
    Section 9.1, claims must be filed within 90 days of the date of service. (CARC 29)
  denial_category: timely_filing
  denial_reasons: [timely_filing]
  coding_correct: true
  action: none
  corrections:
    - said: Claim received 06/22/2026.
      record: >-
        The clearinghouse report shows Willamette Mutual Life accepted the claim for the same 14 visits on
        05/05/2026 under control number WM-26-0505-11873; the claim of 06/22/2026 was the clinic's second
        submission after the plan's portal showed no claim.
      file: other/clearinghouse-payer-report-2026-05-05.txt
      page: 1
    - said: Under the 2026-2027 Benefits Booklet, Section 9.1, claims must be filed within 90 days of the date of service.
      record: >-
        The 2026-2027 booklet governs the policy year beginning August 15, 2026. Every visit was in the 2025-2026
        policy year, whose booklet (Section 9.1) allows 180 days after the date of service.
      file: other/benefits-booklet-2025-2026-section-9-excerpt.txt
      page: 1
plan_policy:
  name: Portland Metro University Student Health Insurance Plan, 2025-2026 Benefits Booklet, Section 9.1 "Filing a claim"
  number: Section 9.1
  quote: >-
    Claims must be filed within 180 days after the date of service. A claim is filed on the date we, or the
    clearinghouse we designate, first accept it.
  file: other/benefits-booklet-2025-2026-section-9-excerpt.txt
  other_terms: >-
    This Booklet describes the coverage in force for the policy year August 15, 2025 through August 14, 2026 and
    governs services received during that policy year.
  other_terms_file: other/benefits-booklet-2025-2026-section-9-excerpt.txt
  other_terms_apply: >-
    Every visit on the claim, 01/13/2026 through 04/21/2026, was received during the 2025-2026 policy year, so the
    2025-2026 booklet's 180-day rule governs the claim, not the 90 days of the 2026-2027 booklet, which begins
    August 15, 2026.
filing:
  first_submitted: 2026-05-04
  received: 2026-05-05
  proof: [other/clearinghouse-payer-report-2026-05-05.txt]
  limit_deadline: 2026-07-12
  method: electronic claim through the clinic's clearinghouse, payer ID 77104
  resent: 2026-06-22
treatment:
  name: Individual trauma-focused psychotherapy, 14 visits (90837)
  summary: >-
    Weekly trauma-focused psychotherapy for post-traumatic stress disorder; whether the visits are covered is not
    in question, only the date the claim was filed.
clinical:
  severity: PCL-5 58 on 01/13/2026; PCL-5 31 on 04/21/2026
  severity_date: 2026-04-21
  suicidality: none
  suicidality_date: 2026-04-21
  history:
    - drug: Sertraline
      dose: 100 mg daily
      start: 2025-09
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued throughout therapy
      evidence: {file: clinical/therapy-summary-2026-04-21.txt, page: 1}
    - drug: Prazosin
      dose: 2 mg at bedtime for nightmares
      start: 2025-11
      ongoing: true
      kind: other
      outcome: For trauma nightmares; not an antidepressant trial
      evidence: {file: clinical/therapy-summary-2026-04-21.txt, page: 1}
author:
  name: Deja Whitcombe
  role: Student Insurance Advocate, Portland Metro University Office of Student Affairs (authorized representative)
  relation: representative
  address: |-
    Office of Student Affairs, Portland Metro University (FICTIONAL), 600 SW College Way, Room 214
    Portland, OR 97201
  phone: (503) 555-0119
  email: studentinsurance@pmu.example
  authorization: other/authorization-to-represent-2026-11-18.txt
provider:
  name: Riverbend Trauma Counseling
  credentials: Noor Halvorsen, LCSW (out-of-network)
  npi: "1673902247"
  address: |-
    3321 N Williams Avenue
    Portland, OR 97227
  phone: (503) 555-0131
record_dates:
  - file: clinical/therapy-summary-2026-04-21.txt
    date: 2026-04-21
bates_prefix: TENNANTODUYA
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
    docs={
        "denial/explanation-of-benefits-2026-11-12.txt": '''
WILLAMETTE MUTUAL LIFE (FICTIONAL) - PORTLAND METRO UNIVERSITY STUDENT HEALTH INSURANCE PLAN
EXPLANATION OF BENEFITS                                            Date of notice: 11/12/2026   Page 1 of 1
Member: Marisol Tennant-Oduya   ID FICT-SHIP-55102844   Policy year on this notice: 2026-2027
Provider: Riverbend Trauma Counseling (out-of-network), NPI 1673902247
Claim WM-26-0622-30917   Received 06/22/2026

Services 01/13/2026-04/21/2026   90837 x14   Billed $2,660.00   Allowed $0.00   Paid $0.00
Patient responsibility: $2,660.00
CARC 29. The time limit for filing has expired. Claim received 06/22/2026. Under the 2026-2027 Benefits Booklet,
Section 9.1, claims must be filed within 90 days of the date of service.

Your right to appeal: You may appeal within 180 days after you receive this notice. Write to Student Plan Appeals,
PO Box 40917, Salem, OR 97301, or fax (503) 555-0168. After our decision you may have the right to an external
review.
''',
        "clinical/therapy-summary-2026-04-21.txt": '''
RIVERBEND TRAUMA COUNSELING (FICTIONAL) - TREATMENT SUMMARY                        Date: 04/21/2026
Client: Marisol Tennant-Oduya   DOB 03/02/2005   Clinician: Noor Halvorsen, LCSW   Page 1 of 1
Diagnosis: post-traumatic stress disorder (F43.10).
Visits: 14 individual sessions of 53 minutes or more (90837), 01/13/2026 through 04/21/2026.
PCL-5 58 at intake (01/13/2026), 31 at session 14 (04/21/2026). Denies suicidal ideation at every visit.
Medication (prescribed by student health): sertraline 100 mg daily since 09/2025, partial response, continued;
prazosin 2 mg at bedtime for nightmares since 11/2025.
Plan: step down to every other week; the client continues sertraline.
''',
        "other/clearinghouse-payer-report-2026-05-05.txt": '''
NORTHWEST CLAIMLINK (FICTIONAL CLEARINGHOUSE) - PAYER ACKNOWLEDGMENT REPORT (277CA)
Submitter: Riverbend Trauma Counseling   Batch sent 05/04/2026 17:20   Report date 05/05/2026   Page 1 of 1

Line 1  Patient: TENNANT-ODUYA, MARISOL   DOS 01/13/2026-04/21/2026   90837 x14   $2,660.00
        Payer: Willamette Mutual Life (payer ID 77104)   Status: ACCEPTED 05/05/2026
        Payer claim control number: WM-26-0505-11873
Line 2  Patient: HOLLOWAY, JASPER   DOS 04/02/2026-04/30/2026   90834 x5   $725.00
        Payer: Columbia Basin Health   Status: ACCEPTED 05/05/2026
''',
        "other/benefits-booklet-2025-2026-section-9-excerpt.txt": '''
PORTLAND METRO UNIVERSITY STUDENT HEALTH INSURANCE PLAN (FICTIONAL), underwritten by Willamette Mutual Life
2025-2026 BENEFITS BOOKLET (excerpt)                                                    Page 41 of 64
This Booklet describes the coverage in force for the policy year August 15, 2025 through August 14, 2026 and
governs services received during that policy year.
Section 9.1 Filing a claim
Claims must be filed within 180 days after the date of service. A claim is filed on the date we, or the
clearinghouse we designate, first accept it.
''',
        "other/benefits-booklet-2026-2027-section-9-excerpt.txt": '''
PORTLAND METRO UNIVERSITY STUDENT HEALTH INSURANCE PLAN (FICTIONAL), underwritten by Willamette Mutual Life
2026-2027 BENEFITS BOOKLET (excerpt)                                                    Page 43 of 66
This Booklet describes the coverage in force for the policy year August 15, 2026 through August 14, 2027.
Section 9.1 Filing a claim
Claims must be filed within 90 days of the date of service.
''',
        "other/ship-enrollment-roster-excerpt-2026.txt": '''
PORTLAND METRO UNIVERSITY (FICTIONAL) - STUDENT HEALTH INSURANCE ENROLLMENT ROSTER (excerpt)   Printed 11/16/2026
Student                     Student ID   2025-2026 (08/15/2025-08/14/2026)   2026-2027 (from 08/15/2026)
Tennant-Oduya, Marisol      P0417729     Enrolled                            Enrolled
Tran-Whitlock, Benedict     P0418310     Enrolled                            Waived
Uzoma, Chidinma             P0418455     Waived                              Enrolled
''',
        "other/authorization-to-represent-2026-11-18.txt": '''
AUTHORIZATION TO REPRESENT                                                         Date: 11/18/2026
I, Marisol Tennant-Oduya (DOB 03/02/2005, member ID FICT-SHIP-55102844), authorize Deja Whitcombe, Student
Insurance Advocate, Portland Metro University Office of Student Affairs, to appeal claim WM-26-0622-30917 for me
and to receive information about it from Willamette Mutual Life.
Signed: Marisol Tennant-Oduya
''',
    },
    truth='''
# 01 - Student health plan: trauma therapy denied as late under next year's booklet; the claim was accepted in time; first appeal by the university's advocate (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Marisol Tennant-Oduya, 21 (DOB 03/02/2005), a student enrolled in the **Portland Metro University Student Health
  Insurance Plan** (insured by Willamette Mutual Life; student coverage under the ACA's individual-market appeal
  rules, not a Marketplace plan) in both the 2025-2026 and 2026-2027 policy years.
- She had **14 trauma-focused psychotherapy visits (90837), 01/13/2026-04/21/2026**, with Riverbend Trauma Counseling
  (out-of-network), for PTSD (F43.10). Coverage of the visits is not in question.
- The clinic's clearinghouse sent the claim **05/04/2026**; the plan **accepted it 05/05/2026** (277CA, control number
  **WM-26-0505-11873**). The clinic sent it again on **06/22/2026** (claim WM-26-0622-30917).
- The EOB of **11/12/2026** (CO-29) says "Claim received 06/22/2026" and applies the **2026-2027 booklet's 90 days**.
- The **2025-2026 booklet** governs "services received during that policy year" (08/15/2025-08/14/2026); its
  **Section 9.1: 180 days after the date of service**, and a claim is filed on the date the plan or its clearinghouse
  **first accepts** it. The earliest visit's 180 days ran to **07/12/2026**: 05/05/2026 is within 180 days of every
  visit - and so, in fact, is 06/22/2026.
- EOB patient responsibility: **$2,660.00** (out-of-network provider; the student is billed).
- **Rule and stage:** first (only) internal appeal, post-service; individual coverage: 45 CFR 147.136(b)(3); 180
  days from the notice: **by 05/11/2027**. External review is not certain for a filing-date denial (not a medical
  judgment). No parity point is needed (the denial is about the date, not the benefit).
- **Author:** the university's student insurance advocate, an authorized representative (authorization of
  11/18/2026); she writes about "Ms. Tennant-Oduya", never "I" for the patient.

## Deliberately unknown
- Why the plan's system does not show the 05/05/2026 claim: not known; a letter may ask.
- The allowed amount and the plan's out-of-network payment: not in the case.
- Whether the clinic has billed the student yet: not stated.

## Traps
- **Wrong plan year:** the denial quotes the 2026-2027 booklet (90 days), which governs from 08/15/2026 only. A letter
  must not concede the 90-day limit nor argue "good cause" first.
- **Date, not medicine:** no medical necessity, no clinical reviewer, no peer-to-peer.
- **Two numbers:** WM-26-0505-11873 (first, accepted 05/05/2026) and WM-26-0622-30917 (the one denied).
- **Other people on documents:** line 2 of the 277CA (Jasper Holloway, another payer) and two other students on the
  enrollment roster are not part of this appeal.
- **Sertraline continues** (partial response): never "failed" or "stopped"; **prazosin** is for nightmares, not a
  trial. No suicidal ideation.
- **Student plan:** never cite the Marketplace network rule (45 CFR 156.230); never ERISA (29 CFR 2560.503-1 as the
  governing law).
- **Voice:** the advocate writes; not "my therapy".

## Arguments a strong letter makes (strongest first)
1. The booklet in force on every date of service is the **2025-2026 booklet**: 180 days, and a claim is filed when
   first accepted. The plan accepted the claim **05/05/2026** (277CA, WM-26-0505-11873), within 180 days of every
   visit; even the 06/22/2026 receipt the denial names is within 180 days of every visit (earliest: by 07/12/2026).
2. Correct the EOB: the claim was first received 05/05/2026, not 06/22/2026; the 2026-2027 booklet does not govern
   services received before 08/15/2026. Reprocess and pay both claim numbers as one claim.
3. Ask for the claim file. External review is not promised: a filing-date denial is not a medical judgment, so
   whether it reaches external review depends on the process that applies (the EOB itself says only "may").

## What a letter must NOT say
- "within 90 days" as the rule that governs; "filed late"; "good cause" as the main ground; conceding the limit.
- "medically necessary" as the ground; "peer-to-peer"; "clinical reviewer".
- "Holloway", "Tran-Whitlock", "Uzoma".
- "failed sertraline", "stopped sertraline"; prazosin as an antidepressant trial; "suicidal ideation" as present.
- "45 CFR 156.230"; "ERISA"; "29 CFR 2560.503-1" as governing law; "Medicaid"; "Medicare".
''',
    answers=[
        ("Date of the notice", "Date of notice: 11/12/2026", "denial/explanation-of-benefits-2026-11-12.txt"),
        ("Claim denied", "Claim WM-26-0622-30917", "denial/explanation-of-benefits-2026-11-12.txt"),
        ("CARC", "CARC 29", "denial/explanation-of-benefits-2026-11-12.txt"),
        ("Rule the denial applied", "within 90 days of the date of service", "denial/explanation-of-benefits-2026-11-12.txt"),
        ("Date the plan first accepted the claim", "ACCEPTED 05/05/2026", "other/clearinghouse-payer-report-2026-05-05.txt"),
        ("First claim's control number", "WM-26-0505-11873", "other/clearinghouse-payer-report-2026-05-05.txt"),
        ("Filing limit in force", "within 180 days after the date of service", "other/benefits-booklet-2025-2026-section-9-excerpt.txt"),
        ("When a claim is filed", "first accept it", "other/benefits-booklet-2025-2026-section-9-excerpt.txt"),
        ("Policy year the governing booklet covers", "August 15, 2025 through August 14, 2026", "other/benefits-booklet-2025-2026-section-9-excerpt.txt"),
        ("When the 90-day booklet begins", "August 15, 2026 through August 14, 2027", "other/benefits-booklet-2026-2027-section-9-excerpt.txt"),
        ("Visits and dates", "01/13/2026 through 04/21/2026", "clinical/therapy-summary-2026-04-21.txt"),
        ("Amount the student is held for", "$2,660.00", "denial/explanation-of-benefits-2026-11-12.txt"),
        ("Last day of the earliest visit's 180 days", "07/12/2026", "truth"),
        ("Appeal deadline", "by 05/11/2027", "truth"),
        ("Sertraline status", "sertraline 100 mg daily since 09/2025, partial response, continued", "clinical/therapy-summary-2026-04-21.txt"),
        ("Who signs, by authorization", "authorize Deja Whitcombe", "other/authorization-to-represent-2026-11-18.txt"),
    ],
)
# ---------------------------------------------------------------------------------------------------------------
# 02 Part D PDP: prior authorization said to have ended 12/31/2025; the renewal runs to 06/09/2027
case(
    num="02",
    slug="02-part-d-pdp-vortioxetine-pa-said-expired-renewal-on-file-expedited-redetermination-patient",
    yaml='''
# FICTIONAL CASE (set 64, case 02) - every person, plan, provider, number and address is invented.
# Stand-alone Part D plan, Washington. Vortioxetine 20 mg, taken since 06/2025 with a response; the refill of
# 11/20/2026 was rejected and the coverage determination of 11/25/2026 says the prior authorization "ended on
# 12/31/2025". The plan's own renewal, PA-26-0610-8820, runs 06/10/2026-06/09/2027. The patient writes ("I") and
# asks for an expedited redetermination; his prescriber supports the request.
patient:
  name: Harold Ostrowski-Baines
  salutation: Mr. Ostrowski-Baines
  date_of_birth: 1953-07-19
  member_id: FICT-PDP-771203948
  address: |-
    2207 Larkspur Lane
    Olympia, WA 98502
  phone: (360) 555-0153
insurer:
  name: Evergreen Sound Rx Choice (PDP), Puget Benefit Partners (FICTIONAL)
  appeals_address: |-
    Evergreen Sound Rx Choice - Part D Redeterminations (FICTIONAL)
    PO Box 88120
    Tacoma, WA 98401
  fax: (253) 555-0177
claim:
  number: CD-26-1123-60415
  plan_type: medicare_part_d
  notice_date: 2026-11-25
  appeal_deadline: 2027-01-29
  deadline_basis: >-
    Coverage determination of 11/25/2026: "You must ask for a redetermination within 65 days from the date of
    this notice."
  diagnosis_codes: [F33.1]
  denial_reason: >-
    Vortioxetine requires prior authorization. Our records show the prior authorization for this drug ended on
    12/31/2025. A new request must show trials of two formulary antidepressants in the past 365 days; our claims
    show none.
  denial_category: prior_authorization
  denial_reasons: [prior_authorization]
  urgent: true
  action: none
  pending_services: [monthly refills of 30 tablets]
  corrections:
    - said: Our records show the prior authorization for this drug ended on 12/31/2025.
      record: >-
        The plan renewed the prior authorization on 06/10/2026 as PA-26-0610-8820, valid 06/10/2026 through
        06/09/2027, and the pharmacy's fill history shows the plan paid my vortioxetine fills from June through
        October 2026 under it.
      file: [other/pa-renewal-approval-2026-06-10.txt, other/pharmacy-fill-history-2026-11-21.txt]
      page: 1
prior_auth:
  approved:
    number: prior authorization PA-26-0610-8820
    date: 2026-06-10
    covers: vortioxetine 20 mg, 30 tablets per 30 days, 06/10/2026 through 06/09/2027
    quote: "Approved: vortioxetine 20 mg tablet, quantity 30 per 30 days. Valid 06/10/2026 through 06/09/2027."
    file: other/pa-renewal-approval-2026-06-10.txt
    from: 2026-06-10
    through: 2027-06-09
    what_went_wrong: the coverage determination looked at the 2025 authorization, PA-25-0612-4471, not the renewal
treatment:
  name: Vortioxetine (Trintellix) 20 mg tablets, one daily
  summary: >-
    Vortioxetine, which I have taken since June 2025, brought my recurrent depression into response after two
    antidepressant trials failed and a third could not be tolerated; stopping it now risks relapse.
  plan: Continue vortioxetine 20 mg daily; review every 3 months.
clinical:
  severity: PHQ-9 18 on 06/02/2025; PHQ-9 7 on 11/17/2026
  severity_date: 2026-11-17
  suicidality: none
  suicidality_date: 2026-11-17
  response: PHQ-9 18 (06/02/2025) to 7 (11/17/2026) on vortioxetine
  response_level: response
  history:
    - drug: Sertraline
      dose: 200 mg daily
      start: 2023-01
      end: 2023-05
      weeks: 14
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 14 weeks at 200 mg
      evidence: {file: clinical/prescriber-note-2026-11-17.txt, page: 1}
    - drug: Escitalopram
      dose: 10 mg daily
      start: 2024-02
      end: 2024-03
      weeks: 3
      kind: antidepressant
      adequate: false
      outcome: Stopped after 3 weeks for hyponatremia (sodium 128); an intolerance, not an adequate trial
      evidence: {file: clinical/prescriber-note-2026-11-17.txt, page: 1}
    - drug: Duloxetine
      dose: 60 mg daily
      start: 2024-05
      end: 2024-08
      weeks: 10
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 10 weeks at 60 mg
      evidence: {file: clinical/prescriber-note-2026-11-17.txt, page: 1}
    - drug: Vortioxetine
      dose: 20 mg daily
      start: 2025-06
      ongoing: true
      kind: antidepressant
      response: response
      outcome: Response; taken without a gap until the rejected refill of 11/20/2026
      evidence: {file: clinical/prescriber-note-2026-11-17.txt, page: 1}
    - drug: Mirtazapine
      dose: 7.5 mg at bedtime for sleep
      start: 2024-09
      ongoing: true
      kind: other
      outcome: Sleep dose only; not an antidepressant trial
      evidence: {file: clinical/prescriber-note-2026-11-17.txt, page: 1}
urgency:
  reason: >-
    My last vortioxetine tablet was taken on 11/27/2026. Going without it risks a relapse of depression that took
    two failed trials and a year to bring into response; my prescriber says a standard 7-day wait could seriously
    jeopardize my health.
  certified_by: Dr. Lena Farrow-Ibsen, MD
prescriber_statement:
  date: 2026-11-30
  quote: >-
    Mr. Ostrowski-Baines has taken vortioxetine 20 mg daily since June 2025 with a response (PHQ-9 18 to 7). He
    did not respond to sertraline 200 mg for 14 weeks or duloxetine 60 mg for 10 weeks, and escitalopram caused
    hyponatremia. Interrupting vortioxetine would risk relapse.
  file: clinical/prescriber-supporting-statement-2026-11-30.txt
author:
  name: Harold Ostrowski-Baines
  role: Patient (plan member)
  relation: patient
  address: |-
    2207 Larkspur Lane
    Olympia, WA 98502
  phone: (360) 555-0153
provider:
  name: Dr. Lena Farrow-Ibsen
  credentials: MD, psychiatry
  npi: "1488226154"
  address: |-
    Capitol Lake Psychiatry (FICTIONAL), 515 Capitol Way S, Suite 3
    Olympia, WA 98501
  phone: (360) 555-0124
record_dates:
  - file: clinical/prescriber-note-2026-11-17.txt
    date: 2026-11-17
  - file: clinical/prescriber-supporting-statement-2026-11-30.txt
    date: 2026-11-30
bates_prefix: OSTROWSKIBAINES
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
    docs={
        "denial/coverage-determination-2026-11-25.txt": '''
EVERGREEN SOUND RX CHOICE (PDP) (FICTIONAL) - NOTICE OF DENIAL OF MEDICARE PRESCRIPTION DRUG COVERAGE
Date of this notice: 11/25/2026   Page 1 of 1
Member: Harold Ostrowski-Baines   Member ID FICT-PDP-771203948   Request CD-26-1123-60415 (received 11/23/2026)
Drug: vortioxetine 20 mg tablet, #30
We denied your request. Vortioxetine requires prior authorization. Our records show the prior authorization for
this drug ended on 12/31/2025. A new request must show trials of two formulary antidepressants in the past 365 days;
our claims show none.
You must ask for a redetermination within 65 days from the date of this notice. You or your prescriber may ask for a
fast (expedited) decision if waiting 7 days could seriously harm your health. Write to Part D Redeterminations,
PO Box 88120, Tacoma, WA 98401, or fax (253) 555-0177.
''',
        "other/pa-renewal-approval-2026-06-10.txt": '''
EVERGREEN SOUND RX CHOICE (PDP) (FICTIONAL) - COVERAGE DETERMINATION APPROVAL           Date: 06/10/2026
Member: Harold Ostrowski-Baines   Member ID FICT-PDP-771203948   Prescriber: Lena Farrow-Ibsen, MD
Number: PA-26-0610-8820 (renewal of PA-25-0612-4471)
Approved: vortioxetine 20 mg tablet, quantity 30 per 30 days. Valid 06/10/2026 through 06/09/2027.
''',
        "other/pa-approval-2025-06-12-superseded.txt": '''
EVERGREEN SOUND RX CHOICE (PDP) (FICTIONAL) - COVERAGE DETERMINATION APPROVAL           Date: 06/12/2025
Member: Harold Ostrowski-Baines   Member ID FICT-PDP-771203948
Number: PA-25-0612-4471
Approved: vortioxetine 20 mg tablet, quantity 30 per 30 days. Valid 06/12/2025 through 12/31/2025.
''',
        "other/pharmacy-fill-history-2026-11-21.txt": '''
SOUNDVIEW COMMUNITY PHARMACY (FICTIONAL) - FILL HISTORY, HOUSEHOLD ACCOUNT 40-2217     Printed 11/21/2026
Page 1 of 1
Date        Patient                    Drug                         Qty  Plan paid  Note
06/11/2026  Ostrowski-Baines, Harold   vortioxetine 20 mg           30   Yes        PA-26-0610-8820
07/09/2026  Ostrowski-Baines, Harold   vortioxetine 20 mg           30   Yes        PA-26-0610-8820
07/15/2026  Ostrowski-Baines, Joan     atorvastatin 20 mg           90   Yes
08/08/2026  Ostrowski-Baines, Harold   vortioxetine 20 mg           30   Yes        PA-26-0610-8820
09/06/2026  Ostrowski-Baines, Harold   vortioxetine 20 mg           30   Yes        PA-26-0610-8820
10/05/2026  Ostrowski-Baines, Harold   vortioxetine 20 mg           30   Yes        PA-26-0610-8820
10/05/2026  Ostrowski-Baines, Harold   mirtazapine 7.5 mg           30   Yes
11/20/2026  Ostrowski-Baines, Harold   vortioxetine 20 mg           30   REJECTED   75 - prior authorization required
''',
        "clinical/prescriber-note-2026-11-17.txt": '''
CAPITOL LAKE PSYCHIATRY (FICTIONAL) - MEDICATION MANAGEMENT NOTE                          Date: 11/17/2026
Patient: Harold Ostrowski-Baines   DOB 07/19/1953   Lena Farrow-Ibsen, MD   Page 1 of 1
Major depressive disorder, recurrent, moderate (F33.1). PHQ-9 7 today (18 on 06/02/2025 before vortioxetine).
No suicidal ideation.
Medication history: sertraline 200 mg 01/2023-05/2023, 14 weeks, no response; escitalopram 10 mg 02/2024-03/2024,
stopped after 3 weeks for hyponatremia (Na 128); duloxetine 60 mg 05/2024-08/2024, 10 weeks, no response;
vortioxetine 20 mg daily since 06/2025, response, continue. Mirtazapine 7.5 mg at bedtime for sleep since 09/2024.
Earlier episode (2012): remission on bupropion 300 mg; bupropion later stopped for insomnia (2014).
Plan: continue vortioxetine 20 mg daily; follow up in 3 months.
''',
        "clinical/prescriber-supporting-statement-2026-11-30.txt": '''
CAPITOL LAKE PSYCHIATRY (FICTIONAL) - PRESCRIBER SUPPORTING STATEMENT                    Date: 11/30/2026
To: Evergreen Sound Rx Choice, Part D Redeterminations. Re: Harold Ostrowski-Baines, request CD-26-1123-60415.
Mr. Ostrowski-Baines has taken vortioxetine 20 mg daily since June 2025 with a response (PHQ-9 18 to 7). He did
not respond to sertraline 200 mg for 14 weeks or duloxetine 60 mg for 10 weeks, and escitalopram caused
hyponatremia. Interrupting vortioxetine would risk relapse. I support an expedited redetermination: applying the
standard timeframe could seriously jeopardize his health. Your approval PA-26-0610-8820 is valid to 06/09/2027.
Lena Farrow-Ibsen, MD   NPI 1488226154   (360) 555-0124
''',
    },
    truth='''
# 02 - Part D: vortioxetine refill denied because a 2025 authorization "ended"; the plan's own renewal runs to 06/09/2027; expedited redetermination by the patient (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Harold Ostrowski-Baines, 73, in a stand-alone Part D plan (Evergreen Sound Rx Choice PDP), takes **vortioxetine
  20 mg daily since 06/2025** with a **response** (PHQ-9 18 -> 7 on 11/17/2026). No suicidal ideation.
- The plan approved **PA-25-0612-4471** (06/12/2025-12/31/2025) and **renewed it on 06/10/2026 as PA-26-0610-8820,
  valid 06/10/2026 through 06/09/2027** (30 tablets per 30 days). The plan paid his fills June-October 2026 under it.
- The refill of **11/20/2026** was rejected; the coverage determination of **11/25/2026** says the authorization
  "ended on 12/31/2025" and asks for two formulary antidepressants "in the past 365 days". The renewal is in force:
  no new request is needed, so the 365-day test does not arise.
- History: sertraline 200 mg 14 weeks, no response (2023); **escitalopram 10 mg, 3 weeks, stopped for hyponatremia**
  (an intolerance, not an adequate trial); duloxetine 60 mg 10 weeks, no response (2024). **Mirtazapine 7.5 mg is a
  sleep dose.** **Bupropion 2012: remission in an earlier episode.**
- His last tablet was taken **11/27/2026**; the prescriber supports an expedited decision (statement of 11/30/2026).
- **Rule and stage:** Part D redetermination, 42 CFR 423.580-423.590; **65 days from the notice: by 01/29/2027**;
  expedited (423.584), decided within 72 hours (423.590) when the prescriber says the standard time could seriously
  jeopardize health. An exception under 423.578(b) is only a fallback.
- **Author:** the patient, writing as "I".

## Deliberately unknown
- Why the plan's system read the 2025 authorization: not known; the letter may ask that the record be corrected.
- Whether he has been given any tablets since 11/27/2026 (samples, a cash fill): not stated.
- The drug's tier and his cost sharing: not in the case.

## Traps
- **Stale document:** the 2025 approval (ended 12/31/2025) is the one the denial read; the renewal governs.
- **Drug still taken:** vortioxetine is the drug requested and continuing; never "failed", never "new start".
- **Intolerance, sleep dose, earlier episode:** escitalopram 3 weeks is not an adequate trial; mirtazapine 7.5 mg is
  not an antidepressant trial; bupropion's 2012 remission is another episode, not a failure.
- **Other person on a document:** Joan Ostrowski-Baines's atorvastatin fill on the household fill history.
- **Wrong law:** no parity (MHPAEA does not reach Medicare), no ERISA, no 45 CFR 147.136, no external review by a
  state; no "peer-to-peer" demand as a right.
- **Voice:** "I", "my vortioxetine"; not "Mr. Ostrowski-Baines has failed ...".

## Arguments a strong letter makes (strongest first)
1. The plan's own **renewal PA-26-0610-8820 is valid 06/10/2026 through 06/09/2027** for exactly this drug, strength
   and quantity; the 11/20/2026 refill falls within it. The denial read the superseded 2025 authorization; honor the
   renewal, pay the refill and correct the plan's record.
2. **Expedited**: the last tablet was taken 11/27/2026; the prescriber's statement supports a 72-hour decision.
3. Fallback only: if a new determination were needed, a **coverage exception** (42 CFR 423.578(b)) on the
   prescriber's statement: two adequate failed trials (sertraline, duloxetine) and an escitalopram intolerance, and a
   response on vortioxetine that an interruption puts at risk.

## What a letter must NOT say
- "the authorization expired", "ended on 12/31/2025" as true; "new start"; "has not tried" formulary drugs.
- "failed escitalopram" as an adequate trial; mirtazapine as a trial; "failed bupropion".
- "Joan"; "atorvastatin".
- "MHPAEA", "parity", "ERISA", "45 CFR 147.136", "state insurance department" as the next level.
- "suicidal ideation" as present.
''',
    answers=[
        ("Date of the notice", "Date of this notice: 11/25/2026", "denial/coverage-determination-2026-11-25.txt"),
        ("What the denial says ended", "ended on 12/31/2025", "denial/coverage-determination-2026-11-25.txt"),
        ("Renewal number", "PA-26-0610-8820", "other/pa-renewal-approval-2026-06-10.txt"),
        ("Renewal's dates", "Valid 06/10/2026 through 06/09/2027", "other/pa-renewal-approval-2026-06-10.txt"),
        ("Superseded approval's end", "Valid 06/12/2025 through 12/31/2025", "other/pa-approval-2025-06-12-superseded.txt"),
        ("Rejected fill", "11/20/2026", "other/pharmacy-fill-history-2026-11-21.txt"),
        ("Rejection code", "75 - prior authorization required", "other/pharmacy-fill-history-2026-11-21.txt"),
        ("Other person on the fill history", "Ostrowski-Baines, Joan", "other/pharmacy-fill-history-2026-11-21.txt"),
        ("Response", "PHQ-9 7 today (18 on 06/02/2025 before vortioxetine)", "clinical/prescriber-note-2026-11-17.txt"),
        ("Escitalopram", "stopped after 3 weeks for hyponatremia", "clinical/prescriber-note-2026-11-17.txt"),
        ("Sleep dose", "Mirtazapine 7.5 mg at bedtime for sleep", "clinical/prescriber-note-2026-11-17.txt"),
        ("Earlier episode", "remission on bupropion 300 mg", "clinical/prescriber-note-2026-11-17.txt"),
        ("Prescriber supports expedited", "I support an expedited redetermination", "clinical/prescriber-supporting-statement-2026-11-30.txt"),
        ("Appeal window", "within 65 days from the date of this notice", "denial/coverage-determination-2026-11-25.txt"),
        ("Deadline", "by 01/29/2027", "truth"),
        ("Last tablet", "11/27/2026", "case.yaml"),
    ],
)
# ---------------------------------------------------------------------------------------------------------------
# 03 FEHB: Self Plus One keyed six weeks late; the agency's SF 2810 shows 08/02/2026
case(
    num="03",
    slug="03-fehb-php-coverage-start-keyed-late-sf2810-carrier-reconsideration-husband-enrollee",
    yaml='''
# FICTIONAL CASE (set 64, case 03) - every person, plan, provider, number and address is invented.
# FEHB Standard Option, Virginia. The enrollee changed Self Only to Self Plus One after his marriage on 07/11/2026;
# his agency's notice of change (SF 2810) gives the effective date 08/02/2026. The carrier's record says 09/13/2026
# and denied his wife's partial hospitalization 08/17/2026-09/04/2026 (CO-26). He asks the carrier to reconsider.
patient:
  name: Tamsin Achebe-Lorne
  salutation: Mrs. Achebe-Lorne
  date_of_birth: 1994-02-11
  member_id: FICT-BHF-R40218877-02
  address: |-
    47 Quarry Ridge Court
    Fredericksburg, VA 22405
  phone: (540) 555-0162
insurer:
  name: Blue Heron Federal Health Benefit Plan, Standard Option (FICTIONAL FEHB carrier)
  appeals_address: |-
    Blue Heron Federal Health Benefit Plan - Reconsiderations (FICTIONAL)
    PO Box 23118
    Richmond, VA 23218
  fax: (804) 555-0145
claim:
  number: BHF-26-0911-88204
  plan_type: fehb
  notice_date: 2026-10-19
  appeal_deadline: 2027-04-19
  deadline_basis: >-
    Explanation of benefits of 10/19/2026: "You may ask us to reconsider within 6 months of the date of this
    notice" (5 CFR 890.105(b)(1)).
  service_dates: [2026-08-17, 2026-09-04]
  sessions: 14
  setting: partial_hospitalization
  procedure_codes: [H0035]
  revenue_codes: ["0913"]
  diagnosis_codes: [F32.2]
  carc_codes: [CO-26]
  denial_reason: >-
    Expenses incurred prior to coverage. The patient was not covered on the dates of service. Our enrollment
    records show Self Plus One coverage for the patient effective 09/13/2026. (CARC 26)
  denial_category: other
  denial_reasons: [coverage_ended]
  action: none
  corrections:
    - said: Our enrollment records show Self Plus One coverage for the patient effective 09/13/2026.
      record: >-
        The agency's Notice of Change in Health Benefits Enrollment (SF 2810) of 07/24/2026 changes the enrollment
        to Self Plus One, enrollment code 1X2, effective 08/02/2026, and names Mrs. Achebe-Lorne as the covered
        family member.
      file: other/sf2810-notice-of-change-2026-07-24.txt
      page: 1
eligibility:
  why: >-
    Her husband, the enrollee, changed his enrollment from Self Only to Self Plus One after their marriage on
    07/11/2026; his agency processed the change effective 08/02/2026, the first day of the first pay period after
    his request, and sent it to the carrier. The carrier entered 09/13/2026.
  start: 2026-08-02
  coverage: Self Plus One enrollment covering Mrs. Achebe-Lorne
  record:
    name: Notice of Change in Health Benefits Enrollment (SF 2810)
    date: 2026-07-24
    file: other/sf2810-notice-of-change-2026-07-24.txt
    page: 1
  proof: [other/sf2810-notice-of-change-2026-07-24.txt, other/marriage-certificate-abstract-2026-07-11.txt]
treatment:
  name: Partial hospitalization program, 14 program days (08/17/2026-09/04/2026)
  summary: >-
    A partial hospitalization program for a severe depressive episode with panic after a week-long inpatient stay
    elsewhere was avoided; the only question is whether she was covered on those days.
clinical:
  severity: PHQ-9 24 on 08/17/2026; PHQ-9 11 on 09/04/2026
  severity_date: 2026-09-04
  suicidality: passive
  suicidality_date: 2026-08-17
  history:
    - drug: Escitalopram
      dose: 20 mg daily
      start: 2026-06
      ongoing: true
      kind: antidepressant
      response: partial
      outcome: Begun 06/2026; continued through and after the program
      evidence: {file: clinical/php-discharge-summary-2026-09-04.txt, page: 1}
    - drug: Hydroxyzine
      dose: 25 mg as needed for anxiety
      start: 2026-08
      ongoing: true
      kind: other
      outcome: As needed for anxiety; not an antidepressant trial
      evidence: {file: clinical/php-discharge-summary-2026-09-04.txt, page: 1}
author:
  name: Desmond Achebe-Lorne
  role: Husband and the FEHB enrollee (authorized representative)
  relation: representative
  address: |-
    47 Quarry Ridge Court
    Fredericksburg, VA 22405
  phone: (540) 555-0163
  authorization: other/authorization-2026-11-02.txt
provider:
  name: Rappahannock Valley Hospital Partial Hospitalization Program
  credentials: network facility
  npi: "1193750480"
  address: |-
    1200 Sam Perry Boulevard
    Fredericksburg, VA 22401
  phone: (540) 555-0138
employer:
  name: Federal agency human resources office (FICTIONAL), Benefits Section
  address: |-
    Benefits Section, 2100 Jefferson Davis Highway, Suite 400
    Arlington, VA 22202
record_dates:
  - file: clinical/php-discharge-summary-2026-09-04.txt
    date: 2026-09-04
bates_prefix: ACHEBELORNE
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
    docs={
        "denial/explanation-of-benefits-2026-10-19.txt": '''
BLUE HERON FEDERAL HEALTH BENEFIT PLAN (FICTIONAL FEHB CARRIER) - EXPLANATION OF BENEFITS
Date of notice: 10/19/2026   Page 1 of 1
Enrollee: Desmond Achebe-Lorne   Enrollment ID FICT-BHF-R40218877   Option: Standard, Self Plus One
Claim BHF-26-0911-88204   Patient: Tamsin Achebe-Lorne (-02)
Provider: Rappahannock Valley Hospital Partial Hospitalization Program, NPI 1193750480
Services 08/17/2026-09/04/2026   Rev 0913 / H0035 x14 days   Billed $11,200.00   Paid $0.00
CARC 26. Expenses incurred prior to coverage. The patient was not covered on the dates of service. Our
enrollment records show Self Plus One coverage for the patient effective 09/13/2026.

Claim BHF-26-0920-90117   Patient: Desmond Achebe-Lorne (-01)   Office visit 09/18/2026   Paid $96.00

Disputed claims: You may ask us to reconsider within 6 months of the date of this notice. Write to
Reconsiderations, PO Box 23118, Richmond, VA 23218, or fax (804) 555-0145. If we deny your request, you may ask the
U.S. Office of Personnel Management to review it.
''',
        "other/sf2810-notice-of-change-2026-07-24.txt": '''
NOTICE OF CHANGE IN HEALTH BENEFITS ENROLLMENT (SF 2810 - FICTIONAL RENDITION)           Date: 07/24/2026
Page 1 of 1
Enrollee: Desmond Achebe-Lorne   Agency payroll office: 4417 (FICTIONAL)
Carrier: Blue Heron Federal Health Benefit Plan, Standard Option
Change: Self Only (code 1X1) to Self Plus One (code 1X2). Reason: marriage (qualifying life event 07/11/2026).
Request received by the agency: 07/21/2026.
Effective date: 08/02/2026 (first day of the first pay period beginning after the request).
Family member covered: Tamsin Achebe-Lorne, spouse, DOB 02/11/1994.
Sent to carrier: 07/24/2026, electronic enrollment transmission batch 0724-4417.
''',
        "other/agency-transmittal-batch-0724-4417.txt": '''
AGENCY PAYROLL OFFICE 4417 (FICTIONAL) - ENROLLMENT TRANSMITTAL TO CARRIER, BATCH 0724-4417     07/24/2026
Carrier: Blue Heron Federal Health Benefit Plan
Enrollee                  Event          From   To     Effective
Achebe-Lorne, Desmond     marriage       1X1    1X2    08/02/2026
Delacroix-Finn, Margot    birth          1X2    1X3    08/02/2026
Sorensen, Paul            cancellation   1X1    -      08/02/2026
''',
        "other/enrollment-confirmation-2025-open-season-stale.txt": '''
BLUE HERON FEDERAL HEALTH BENEFIT PLAN (FICTIONAL) - ENROLLMENT CONFIRMATION           Date: 12/15/2025
Enrollee: Desmond Achebe-Lorne   Option: Standard, Self Only (1X1)   Effective 01/04/2026
Covered: Desmond Achebe-Lorne
''',
        "other/marriage-certificate-abstract-2026-07-11.txt": '''
COMMONWEALTH OF VIRGINIA - ABSTRACT OF MARRIAGE (FICTIONAL RENDITION)
Parties: Desmond Achebe-Lorne and Tamsin Lorne   Date of marriage: 07/11/2026   Place: Stafford County
''',
        "other/authorization-2026-11-02.txt": '''
AUTHORIZATION                                                                         Date: 11/02/2026
I, Tamsin Achebe-Lorne (DOB 02/11/1994), authorize my husband, Desmond Achebe-Lorne, to ask Blue Heron Federal
Health Benefit Plan to reconsider claim BHF-26-0911-88204 and to receive my health information for that purpose.
Signed: Tamsin Achebe-Lorne
''',
        "clinical/php-discharge-summary-2026-09-04.txt": '''
RAPPAHANNOCK VALLEY HOSPITAL (FICTIONAL) - PARTIAL HOSPITALIZATION PROGRAM DISCHARGE SUMMARY     Date: 09/04/2026
Patient: Tamsin Achebe-Lorne   DOB 02/11/1994   Page 1 of 1
Diagnosis: major depressive disorder, single episode, severe (F32.2), with panic attacks.
Program days: 14, from 08/17/2026 through 09/04/2026. PHQ-9 24 at admission, 11 at discharge.
Passive death wishes at admission (08/17/2026), none from 08/24/2026.
Medications: escitalopram 20 mg daily (started 06/2026 by her primary care physician), continued; hydroxyzine 25 mg
as needed for anxiety. Earlier episode (2021): full response to sertraline 100 mg, stopped after a year.
Discharge to weekly psychotherapy and psychiatry follow-up.
''',
    },
    truth='''
# 03 - FEHB: a spouse's partial hospitalization denied as before coverage; the agency's SF 2810 made her covered from 08/02/2026; reconsideration by the enrollee husband (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Desmond Achebe-Lorne, a federal employee, is enrolled in the **Blue Heron Federal Health Benefit Plan, Standard
  Option (FEHB)**. He married Tamsin on **07/11/2026**; his agency received his change request **07/21/2026** and its
  **SF 2810 of 07/24/2026** changes Self Only to **Self Plus One effective 08/02/2026**, naming her.
- Tamsin had a **partial hospitalization program, 14 days, 08/17/2026-09/04/2026** (H0035, rev 0913, F32.2). Every
  day falls on or after 08/02/2026.
- The carrier's EOB of **10/19/2026** (CO-26) says her coverage began **09/13/2026** - contradicted by the SF 2810.
- **Rule and stage:** FEHB, 5 CFR 890.105: ask the carrier to reconsider within **6 months: by 04/19/2027**; then OPM
  review within 90 days of the carrier's decision. No 72-hour route by rule; not urgent (care is over).
- **Author:** the husband, the enrollee, as her authorized representative (authorization 11/02/2026); he writes
  about "Mrs. Achebe-Lorne" / "my wife".

## Deliberately unknown
- Why the carrier entered 09/13/2026: not known; the letter asks it to correct its record.
- Whether the PHP's criteria were met: never reviewed (the denial is about coverage only); the letter must not
  claim a medical-necessity review occurred or argue it as the ground.
- The allowed amount: not in the case.

## Traps
- **Coverage start, not medicine:** the winning point is the SF 2810's effective date.
- **Stale document:** the 2025 Open Season confirmation (Self Only, only Desmond covered) predates the marriage.
- **Other people on documents:** Desmond's own paid office visit on the EOB; two other employees (Delacroix-Finn,
  Sorensen) on the agency transmittal.
- **Escitalopram continues** (started 06/2026, partial): never "failed"; **hydroxyzine** is not a trial;
  **sertraline 2021** was a response in an earlier episode, never a failure. Passive death wishes only at admission,
  none from 08/24/2026: not "active suicidal ideation", not a present risk.
- **Wrong law:** no ERISA, no 45 CFR 147.136, no state insurance department, no state external review, no MHPAEA
  citation as governing the carrier.
- **PHP is not inpatient:** never "inpatient stay" or "hospital admission".

## Arguments a strong letter makes (strongest first)
1. The agency's **SF 2810 (07/24/2026)** shows **Self Plus One effective 08/02/2026**, naming Mrs. Achebe-Lorne; every
   program day (08/17-09/04/2026) falls within it. The carrier's 09/13/2026 is wrong: correct the enrollment record
   and reprocess the claim.
2. The agency sent the change to the carrier on 07/24/2026 (batch 0724-4417); the marriage abstract shows the
   qualifying event.
3. Ask for the carrier's enrollment record and, if it upholds, note OPM review within 90 days.

## What a letter must NOT say
- "coverage began 09/13/2026" as true; "not covered"; "retroactive" enrollment granted as a favor.
- "ERISA", "29 CFR 2560.503-1", "45 CFR 147.136", "state insurance department", "external review" (as the state's).
- "Delacroix-Finn", "Sorensen"; Desmond's office visit as part of the appeal.
- "failed escitalopram", "failed sertraline"; "active suicidal ideation"; "inpatient".
- "peer-to-peer" as the remedy; a clinical reviewer's finding that never happened.
''',
    answers=[
        ("Date of the notice", "Date of notice: 10/19/2026", "denial/explanation-of-benefits-2026-10-19.txt"),
        ("CARC", "CARC 26", "denial/explanation-of-benefits-2026-10-19.txt"),
        ("Carrier's wrong start", "effective 09/13/2026", "denial/explanation-of-benefits-2026-10-19.txt"),
        ("SF 2810 effective date", "Effective date: 08/02/2026", "other/sf2810-notice-of-change-2026-07-24.txt"),
        ("Enrollment change", "Self Only (code 1X1) to Self Plus One (code 1X2)", "other/sf2810-notice-of-change-2026-07-24.txt"),
        ("Qualifying event", "qualifying life event 07/11/2026", "other/sf2810-notice-of-change-2026-07-24.txt"),
        ("Sent to carrier", "Sent to carrier: 07/24/2026", "other/sf2810-notice-of-change-2026-07-24.txt"),
        ("Program dates", "from 08/17/2026 through 09/04/2026", "clinical/php-discharge-summary-2026-09-04.txt"),
        ("Program days", "Program days: 14", "clinical/php-discharge-summary-2026-09-04.txt"),
        ("Other person's claim on the EOB", "Patient: Desmond Achebe-Lorne (-01)", "denial/explanation-of-benefits-2026-10-19.txt"),
        ("Stale document's coverage", "Standard, Self Only (1X1)", "other/enrollment-confirmation-2025-open-season-stale.txt"),
        ("Escitalopram", "escitalopram 20 mg daily (started 06/2026 by her primary care physician), continued", "clinical/php-discharge-summary-2026-09-04.txt"),
        ("Earlier episode", "full response to sertraline 100 mg", "clinical/php-discharge-summary-2026-09-04.txt"),
        ("Window", "within 6 months of the date of this notice", "denial/explanation-of-benefits-2026-10-19.txt"),
        ("Deadline", "by 04/19/2027", "truth"),
        ("Next level", "Office of Personnel Management", "denial/explanation-of-benefits-2026-10-19.txt"),
    ],
)
# ---------------------------------------------------------------------------------------------------------------
# 04 TRICARE Select: "other health insurance on file" that ended 03/31/2026, no COBRA election
case(
    num="04",
    slug="04-tricare-select-tms-cob-ohi-ended-no-cobra-reconsideration-clinic-billing-manager",
    yaml='''
# FICTIONAL CASE (set 64, case 04) - every person, plan, contractor, provider, number and address is invented.
# TRICARE Select, retired sponsor's spouse, Texas. A 36-session TMS course 06/08/2026-07/24/2026 on an approved
# authorization was denied CO-22: "other health insurance on file". Her employer plan ended 03/31/2026 when she left
# the job, and no COBRA was elected. The TMS clinic's billing manager asks for reconsideration for the clinic.
patient:
  name: Lucinda Varga-Pemberton
  salutation: Mrs. Varga-Pemberton
  date_of_birth: 1971-05-30
  member_id: FICT-DBN-220947113
  address: |-
    904 Cibolo Creek Drive
    San Antonio, TX 78258
  phone: (210) 555-0171
insurer:
  name: Lone Star Federal Health Partners, TRICARE West Region contractor (FICTIONAL)
  appeals_address: |-
    Lone Star Federal Health Partners - Reconsiderations (FICTIONAL)
    PO Box 61502
    Phoenix, AZ 85082
  fax: (602) 555-0188
claim:
  number: LSF-26-0806-51230
  plan_type: tricare
  notice_date: 2026-11-02
  appeal_deadline: 2027-01-31
  deadline_basis: >-
    Explanation of benefits of 11/02/2026: "You may request a reconsideration within 90 days from the date of this
    notice."
  service_dates: [2026-06-08, 2026-07-24]
  sessions: 36
  setting: outpatient
  procedure_codes: ["90867", "90868"]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-22]
  denial_reason: >-
    This care may be covered by another payer per coordination of benefits. Other health insurance on file: Gulf
    Coast Dental Labs Employee Health Plan. Submit to the primary payer first. (CARC 22)
  denial_category: coordination_of_benefits
  denial_reasons: [coordination_of_benefits]
  coding_correct: true
  action: none
  corrections:
    - said: "Other health insurance on file: Gulf Coast Dental Labs Employee Health Plan."
      record: >-
        That plan's termination notice shows her coverage ended 03/31/2026, when she left the job, and the COBRA
        administrator's letter shows no continuation coverage was elected; she had no other health insurance on
        any date from 06/08/2026 through 07/24/2026.
      file: [other/employer-plan-termination-notice-2026-04-03.txt, other/cobra-no-election-letter-2026-06-12.txt]
      page: 1
other_coverage:
  plan: Gulf Coast Dental Labs Employee Health Plan
  member_is: subscriber
  covered_here_as: spouse of a retired sponsor
  ended: 2026-03-31
  reported: 2026-10-21
  continued: false
  continued_proof: other/cobra-no-election-letter-2026-06-12.txt
  proof:
    - other/employer-plan-termination-notice-2026-04-03.txt
    - other/cobra-no-election-letter-2026-06-12.txt
    - other/ohi-questionnaire-2026-10-21.txt
prior_auth:
  approved:
    number: authorization LSF-PA-26-0519-3317
    date: 2026-05-19
    covers: TMS, up to 36 sessions, 05/19/2026 through 08/31/2026
    quote: "Approved: TMS 90867/90868, up to 36 sessions, 05/19/2026-08/31/2026."
    file: other/tms-authorization-2026-05-19.txt
    lines:
      - {code: ["90867", "90868"], units: 36, given: 36}
treatment:
  name: Transcranial magnetic stimulation (TMS), 36 sessions (90867, 90868)
  summary: >-
    A 36-session TMS course for recurrent major depression on an approved authorization; only which payer pays
    first is in question.
clinical:
  severity: PHQ-9 23 on 06/08/2026; PHQ-9 9 on 07/24/2026
  severity_date: 2026-07-24
  suicidality: none
  suicidality_date: 2026-07-24
  response: PHQ-9 23 (06/08/2026) to 9 (07/24/2026)
  response_level: response
  history:
    - drug: Sertraline
      dose: 150 mg daily
      start: 2023-02
      end: 2023-06
      weeks: 16
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response
      evidence: {file: clinical/tms-course-summary-2026-07-24.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 225 mg daily
      start: 2024-01
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued through the TMS course
      evidence: {file: clinical/tms-course-summary-2026-07-24.txt, page: 1}
    - drug: Trazodone
      dose: 50 mg at bedtime for sleep
      start: 2024-03
      ongoing: true
      kind: other
      outcome: Sleep dose only
      evidence: {file: clinical/tms-course-summary-2026-07-24.txt, page: 1}
author:
  name: Rosalind Ybarra-Quist
  role: Billing manager, Alamo Heights TMS Center (the treating clinic)
  relation: provider
  address: |-
    Alamo Heights TMS Center (FICTIONAL), 6402 Broadway, Suite 210
    San Antonio, TX 78209
  phone: (210) 555-0126
  email: billing@alamoheights-tms.example
provider:
  name: Alamo Heights TMS Center
  credentials: TRICARE network provider
  npi: "1366209470"
  address: |-
    6402 Broadway, Suite 210
    San Antonio, TX 78209
  phone: (210) 555-0126
record_dates:
  - file: clinical/tms-course-summary-2026-07-24.txt
    date: 2026-07-24
bates_prefix: VARGAPEMBERTON
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
    docs={
        "denial/explanation-of-benefits-2026-11-02.txt": '''
LONE STAR FEDERAL HEALTH PARTNERS (FICTIONAL) - TRICARE WEST REGION
TRICARE EXPLANATION OF BENEFITS                                   Date of notice: 11/02/2026   Page 1 of 1
Beneficiary: Lucinda Varga-Pemberton   DBN FICT-DBN-220947113   Plan: TRICARE Select (retiree family)
Provider: Alamo Heights TMS Center, NPI 1366209470
Claim LSF-26-0806-51230
Services 06/08/2026-07/24/2026   90867 x1, 90868 x35   Billed $10,800.00   Paid $0.00
CARC 22. This care may be covered by another payer per coordination of benefits. Other health insurance on file:
Gulf Coast Dental Labs Employee Health Plan. Submit to the primary payer first.
Your right to appeal: You may request a reconsideration within 90 days from the date of this notice. Send it to
Reconsiderations, PO Box 61502, Phoenix, AZ 85082, or fax (602) 555-0188.
''',
        "other/employer-plan-termination-notice-2026-04-03.txt": '''
GULF COAST DENTAL LABS EMPLOYEE HEALTH PLAN (FICTIONAL) - NOTICE OF END OF COVERAGE        Date: 04/03/2026
To: Lucinda Varga-Pemberton, 904 Cibolo Creek Drive, San Antonio, TX 78258
Your coverage as an employee ended on 03/31/2026 because your employment ended on 03/27/2026.
Persons whose coverage ended: Lucinda Varga-Pemberton (employee); Mateo Varga-Pemberton (son, age 19).
You will receive a separate notice of your right to elect COBRA continuation coverage.
''',
        "other/cobra-no-election-letter-2026-06-12.txt": '''
BAYSIDE BENEFIT SERVICES, COBRA ADMINISTRATOR (FICTIONAL) - NOTICE OF NO ELECTION          Date: 06/12/2026
Plan: Gulf Coast Dental Labs Employee Health Plan   Qualified beneficiaries: Lucinda Varga-Pemberton; Mateo
Varga-Pemberton
Your election period ended 06/05/2026. We received no election. Continuation coverage was not elected, and
coverage under the plan ended on 03/31/2026 for each qualified beneficiary.
''',
        "other/ohi-questionnaire-2026-10-21.txt": '''
TRICARE OTHER HEALTH INSURANCE QUESTIONNAIRE (contractor form, FICTIONAL)          Signed 10/21/2026
Beneficiary: Lucinda Varga-Pemberton   DOB 05/30/1971
Do you have other health insurance?  [X] No.  Previous: Gulf Coast Dental Labs Employee Health Plan, ended
03/31/2026; COBRA not elected.
Faxed by Alamo Heights TMS Center to the contractor 10/21/2026 (confirmation 10/21/2026 11:42, 4 pages).
''',
        "other/ohi-questionnaire-2025-stale.txt": '''
TRICARE OTHER HEALTH INSURANCE QUESTIONNAIRE (contractor form, FICTIONAL)          Signed 03/14/2025
Beneficiary: Lucinda Varga-Pemberton
Do you have other health insurance?  [X] Yes - Gulf Coast Dental Labs Employee Health Plan (own employment)
''',
        "other/tms-authorization-2026-05-19.txt": '''
LONE STAR FEDERAL HEALTH PARTNERS (FICTIONAL) - AUTHORIZATION APPROVAL                 Date: 05/19/2026
Beneficiary: Lucinda Varga-Pemberton   Provider: Alamo Heights TMS Center
Number: LSF-PA-26-0519-3317
Approved: TMS 90867/90868, up to 36 sessions, 05/19/2026-08/31/2026.
''',
        "clinical/tms-course-summary-2026-07-24.txt": '''
ALAMO HEIGHTS TMS CENTER (FICTIONAL) - TMS COURSE SUMMARY                               Date: 07/24/2026
Patient: Lucinda Varga-Pemberton   DOB 05/30/1971   Page 1 of 1
Diagnosis: major depressive disorder, recurrent, severe without psychotic features (F33.2).
Course: 36 sessions, 06/08/2026-07/24/2026 (motor threshold 90867 x1, treatment 90868 x35).
PHQ-9 23 at session 1, 9 at session 36. No suicidal ideation at any session.
Medications: sertraline 150 mg 02/2023-06/2023, 16 weeks, no response; venlafaxine XR 225 mg daily since 01/2024,
partial response, continued; trazodone 50 mg at bedtime for sleep. Earlier episode (2015): response to bupropion
300 mg.
''',
    },
    truth='''
# 04 - TRICARE Select: TMS denied for "other health insurance on file" that ended before the course; reconsideration by the clinic's billing manager (FICTIONAL)

All people, plans, contractors, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Lucinda Varga-Pemberton, 55, the spouse of a retired sponsor, in **TRICARE Select**, had **36 TMS sessions
  06/08/2026-07/24/2026** (90867 x1, 90868 x35, F33.2) on **authorization LSF-PA-26-0519-3317** (up to 36 sessions,
  05/19/2026-08/31/2026). All 36 are within it.
- Her own employer plan (Gulf Coast Dental Labs Employee Health Plan) **ended 03/31/2026** (termination notice
  04/03/2026); the COBRA administrator's letter of **06/12/2026**: **no election**, coverage ended 03/31/2026. She had
  no other health insurance on any date of the course.
- The clinic faxed a new OHI questionnaire ("No"; previous plan ended 03/31/2026) on **10/21/2026**, before the EOB
  of **11/02/2026** (CO-22) that still names the old plan.
- **Rule and stage:** TRICARE, 32 CFR 199.10: reconsideration by the regional contractor within **90 days of the
  notice: by 01/31/2027**. TRICARE pays after other health insurance only where there is some in force on the date
  of service (TRICARE's double-coverage rule); here there was none. A COB denial is a factual appeal: the next level
  is a formal review by the Defense Health Agency.
- **Author:** the clinic's billing manager, for the clinic (a network provider and a party to its claim); no patient
  authorization is needed.

## Deliberately unknown
- Whether the contractor had processed the 10/21/2026 OHI form before the EOB: not known; the letter may ask.
- The allowed amount: not in the case.

## Traps
- **Stale form:** the 2025 OHI questionnaire ("Yes - Gulf Coast Dental Labs") describes coverage that ended.
- **Other person on documents:** her son Mateo on the termination notice and COBRA letter - not a TRICARE
  beneficiary in this appeal.
- **Coverage ended before the first date of service:** no order-of-benefits argument is needed; never "the other plan
  denied" or "submit to the other plan".
- **Venlafaxine continues** (partial): never "failed" or "stopped"; **trazodone 50 mg** is a sleep dose; **bupropion
  2015** was a response in an earlier episode. No suicidal ideation.
- **Wrong law:** no ERISA, no 45 CFR 147.136, no MHPAEA, no state insurance department, no Medicare secondary payer.
- **Voice:** the billing manager writes for the clinic; not "my treatment".

## Arguments a strong letter makes (strongest first)
1. The other coverage **ended 03/31/2026**, before the first session (06/08/2026), and **no COBRA was elected**
   (06/12/2026 letter): on every date of the course TRICARE was her only coverage. Correct the OHI record and
   reprocess the claim as the primary payer.
2. The contractor was told on **10/21/2026** (OHI questionnaire, fax confirmation), before its 11/02/2026 EOB.
3. The course was authorized (LSF-PA-26-0519-3317) and all 36 sessions fall within it; no other ground is at issue.

## What a letter must NOT say
- "Gulf Coast Dental Labs" as current coverage; "primary payer" for it; "submit to the other plan first".
- "Mateo".
- "failed venlafaxine", "stopped venlafaxine"; trazodone as a trial; "failed bupropion"; suicidal ideation.
- "ERISA", "45 CFR 147.136", "MHPAEA", "state insurance department", "Medicare".
- "medically necessary" as the ground; "peer-to-peer"; "Quality Monitoring Contractor" as the next level.
''',
    answers=[
        ("Date of the notice", "Date of notice: 11/02/2026", "denial/explanation-of-benefits-2026-11-02.txt"),
        ("CARC", "CARC 22", "denial/explanation-of-benefits-2026-11-02.txt"),
        ("Plan the denial names", "Other health insurance on file: Gulf Coast Dental Labs Employee Health Plan", "denial/explanation-of-benefits-2026-11-02.txt"),
        ("Other coverage end", "ended on 03/31/2026", "other/employer-plan-termination-notice-2026-04-03.txt"),
        ("COBRA", "Continuation coverage was not elected", "other/cobra-no-election-letter-2026-06-12.txt"),
        ("Election period end", "Your election period ended 06/05/2026", "other/cobra-no-election-letter-2026-06-12.txt"),
        ("When the contractor was told", "confirmation 10/21/2026 11:42", "other/ohi-questionnaire-2026-10-21.txt"),
        ("Authorization", "LSF-PA-26-0519-3317", "other/tms-authorization-2026-05-19.txt"),
        ("Authorization's reach", "up to 36 sessions, 05/19/2026-08/31/2026", "other/tms-authorization-2026-05-19.txt"),
        ("Course", "36 sessions, 06/08/2026-07/24/2026", "clinical/tms-course-summary-2026-07-24.txt"),
        ("Response", "PHQ-9 23 at session 1, 9 at session 36", "clinical/tms-course-summary-2026-07-24.txt"),
        ("Venlafaxine", "venlafaxine XR 225 mg daily since 01/2024", "clinical/tms-course-summary-2026-07-24.txt"),
        ("Other person on documents", "Mateo Varga-Pemberton", "other/employer-plan-termination-notice-2026-04-03.txt"),
        ("Stale form", "Signed 03/14/2025", "other/ohi-questionnaire-2025-stale.txt"),
        ("Deadline", "by 01/31/2027", "truth"),
        ("Next level", "formal review by the Defense Health Agency", "truth"),
    ],
)
# ---------------------------------------------------------------------------------------------------------------
# 05 Medicare Advantage HMO: out-of-network IOP the plan's own care coordinator referred him to
case(
    num="05",
    slug="05-medicare-advantage-hmo-iop-out-of-network-plan-referred-payment-reconsideration-daughter",
    yaml='''
# FICTIONAL CASE (set 64, case 05) - every person, plan, provider, number and address is invented.
# Medicare Advantage HMO, Arizona. The plan's own behavioral health care coordinator found no network senior IOP
# with an opening and, on 09/15/2026, referred him in writing to a non-contracted senior IOP at in-network cost
# sharing (reference CC-26-0915-2207). The plan then denied the 18 program days, 09/21-10/30/2026, as out of network
# with no authorization (PR-242). His daughter, appointed on form CMS-1696, asks for reconsideration.
patient:
  name: Gilbert Nakamura-Frye
  salutation: Mr. Nakamura-Frye
  date_of_birth: 1950-09-03
  member_id: FICT-SSA-H8812-004417
  address: |-
    7750 E Saguaro Vista Road
    Mesa, AZ 85207
  phone: (480) 555-0157
insurer:
  name: Saguaro Senior Advantage HMO (FICTIONAL Medicare Advantage plan)
  appeals_address: |-
    Saguaro Senior Advantage - Appeals and Grievances (FICTIONAL)
    PO Box 52290
    Phoenix, AZ 85072
  fax: (602) 555-0193
claim:
  number: SSA-26-1103-27718
  plan_type: medicare_advantage
  notice_date: 2026-11-16
  appeal_deadline: 2027-01-20
  deadline_basis: >-
    Notice of denial of payment of 11/16/2026: "You must ask for a reconsideration within 65 calendar days from the
    date of this notice."
  service_dates: [2026-09-21, 2026-10-30]
  sessions: 18
  setting: intensive_outpatient
  diagnosis_codes: [F33.1]
  carc_codes: [PR-242]
  denial_reason: >-
    Services from a provider not in the plan network. No authorization on file. HMO members must use network
    providers except for emergency or urgently needed care. Member is responsible. (CARC 242)
  denial_category: out_of_network
  denial_reasons: [out_of_network, prior_authorization]
  action: none
  corrections:
    - said: No authorization on file.
      record: >-
        The plan's own care coordinator referred Mr. Nakamura-Frye in writing to Desert Bloom Senior Behavioral IOP
        on 09/15/2026 (reference CC-26-0915-2207), "at your in-network cost sharing", after finding no network
        senior IOP with an opening before November 2026.
      file: other/plan-care-coordination-referral-2026-09-15.txt
      page: 1
plan_policy:
  name: Saguaro Senior Advantage HMO 2026 Evidence of Coverage, Chapter 3, Section 2.4
  number: Chapter 3, Section 2.4
  quote: >-
    If our plan, or a network provider acting for us, refers you to a provider outside our network, we will cover
    that care and you pay the in-network cost sharing, even if the provider does not contract with us. This is
    true whether or not the referral is entered in our claims system.
  file: other/evidence-of-coverage-2026-chapter-3-excerpt.txt
prior_auth:
  approved:
    number: care coordination referral CC-26-0915-2207
    date: 2026-09-15
    covers: a senior intensive outpatient program at Desert Bloom Senior Behavioral IOP, at in-network cost sharing, 09/15/2026 through 12/31/2026
    quote: >-
      We are referring you to Desert Bloom Senior Behavioral IOP for its intensive outpatient program. This care is
      approved at your in-network cost sharing. Referral valid 09/15/2026 through 12/31/2026.
    file: other/plan-care-coordination-referral-2026-09-15.txt
    from: 2026-09-15
    through: 2026-12-31
    what_went_wrong: the referral was not entered in the plan's claims system
network:
  - name: Sonoran Valley Behavioral Health senior IOP (network)
    date: 2026-09-14
    outcome: in network; no opening before 11/16/2026
    first_opening: 2026-11-16
    miles: 14
    evidence: {file: other/plan-care-coordination-referral-2026-09-15.txt, page: 1}
  - name: Chandler Heights Senior Counseling IOP (network)
    date: 2026-09-14
    outcome: in network; waitlist closed, no date offered
    miles: 22
    evidence: {file: other/plan-care-coordination-referral-2026-09-15.txt, page: 1}
  - name: Saguaro Senior Advantage behavioral health care coordination (the plan)
    date: 2026-09-15
    outcome: the plan's care coordinator referred him to Desert Bloom Senior Behavioral IOP at in-network cost sharing
    evidence: {file: other/plan-care-coordination-referral-2026-09-15.txt, page: 1}
treatment:
  name: Senior intensive outpatient program, 18 program days (09/21/2026-10/30/2026)
  summary: >-
    A geriatric intensive outpatient program, three days a week, for recurrent depression after his wife's death,
    begun on the plan's own referral.
clinical:
  severity: GDS-15 12 on 09/21/2026; GDS-15 5 on 10/30/2026
  severity_date: 2026-10-30
  suicidality: none
  suicidality_date: 2026-10-30
  response: GDS-15 12 (09/21/2026) to 5 (10/30/2026)
  response_level: response
  history:
    - drug: Sertraline
      dose: 100 mg daily
      start: 2025-11
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued through the program
      evidence: {file: clinical/iop-discharge-summary-2026-10-30.txt, page: 1}
    - drug: Mirtazapine
      dose: 7.5 mg at bedtime for sleep
      start: 2026-03
      ongoing: true
      kind: other
      outcome: Sleep dose only
      evidence: {file: clinical/iop-discharge-summary-2026-10-30.txt, page: 1}
author:
  name: Emiko Frye-Castillo
  role: Daughter, appointed representative (form CMS-1696)
  relation: representative
  address: |-
    1185 W Calle del Norte
    Chandler, AZ 85224
  phone: (480) 555-0148
  authorization: other/cms-1696-appointment-2026-11-20.txt
provider:
  name: Desert Bloom Senior Behavioral IOP
  credentials: non-contracted (out-of-network) program, enrolled in Medicare
  npi: "1729543185"
  address: |-
    2450 S Power Road, Suite 101
    Mesa, AZ 85209
  phone: (480) 555-0135
record_dates:
  - file: clinical/iop-discharge-summary-2026-10-30.txt
    date: 2026-10-30
bates_prefix: NAKAMURAFRYE
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
    docs={
        "denial/notice-of-denial-of-payment-2026-11-16.txt": '''
SAGUARO SENIOR ADVANTAGE HMO (FICTIONAL) - NOTICE OF DENIAL OF PAYMENT             Date: 11/16/2026   Page 1 of 1
Member: Gilbert Nakamura-Frye   Member ID FICT-SSA-H8812-004417   Claim SSA-26-1103-27718
Provider: Desert Bloom Senior Behavioral IOP, NPI 1729543185
Services: intensive outpatient program, 18 days, 09/21/2026-10/30/2026   Billed $7,920.00   Paid $0.00
Member responsibility: $7,920.00
We denied payment. Services from a provider not in the plan network. No authorization on file. HMO members must
use network providers except for emergency or urgently needed care. Member is responsible. (CARC 242)
You must ask for a reconsideration within 65 calendar days from the date of this notice. Write to Appeals and
Grievances, PO Box 52290, Phoenix, AZ 85072, or fax (602) 555-0193. If we do not decide fully in your favor, we
will send your case to an independent review entity.
''',
        "other/plan-care-coordination-referral-2026-09-15.txt": '''
SAGUARO SENIOR ADVANTAGE HMO (FICTIONAL) - BEHAVIORAL HEALTH CARE COORDINATION          Date: 09/15/2026
To: Gilbert Nakamura-Frye (copy: Emiko Frye-Castillo, daughter)   Reference: CC-26-0915-2207   Page 1 of 1
Care coordinator: Marisa Quintero-Lott, RN (FICTIONAL)
Network senior IOPs contacted 09/14/2026: Sonoran Valley Behavioral Health (14 miles) - first opening 11/16/2026;
Chandler Heights Senior Counseling (22 miles) - waitlist closed.
We are referring you to Desert Bloom Senior Behavioral IOP for its intensive outpatient program. This care is
approved at your in-network cost sharing. Referral valid 09/15/2026 through 12/31/2026.
''',
        "other/evidence-of-coverage-2026-chapter-3-excerpt.txt": '''
SAGUARO SENIOR ADVANTAGE HMO (FICTIONAL) - 2026 EVIDENCE OF COVERAGE (excerpt)             Page 38 of 212
Chapter 3, Section 2.4 When our plan sends you to a provider outside our network
If our plan, or a network provider acting for us, refers you to a provider outside our network, we will cover
that care and you pay the in-network cost sharing, even if the provider does not contract with us. This is true
whether or not the referral is entered in our claims system.
''',
        "other/iop-group-sign-in-sheet-2026-09-21.txt": '''
DESERT BLOOM SENIOR BEHAVIORAL IOP (FICTIONAL) - GROUP SIGN-IN                            Date: 09/21/2026
Group: Morning Senior IOP (9:00-12:00)
G. Nakamura-Frye   9:02      R. Abernathy-Cole   8:55      L. Sandoval   9:10      T. Whitlow-Park   9:00
''',
        "other/evidence-of-coverage-2025-chapter-3-excerpt-stale.txt": '''
SAGUARO SENIOR ADVANTAGE HMO (FICTIONAL) - 2025 EVIDENCE OF COVERAGE (excerpt)             Page 36 of 204
Chapter 3, Section 2.4 Getting care from out-of-network providers
Except for emergency or urgently needed care, you must get care from network providers. Care from an
out-of-network provider requires our approval before you get it.
''',
        "other/cms-1696-appointment-2026-11-20.txt": '''
APPOINTMENT OF REPRESENTATIVE (FORM CMS-1696, FICTIONAL RENDITION)                    Date: 11/20/2026
Beneficiary: Gilbert Nakamura-Frye, Medicare Advantage member ID FICT-SSA-H8812-004417
I appoint Emiko Frye-Castillo, my daughter, to act as my representative in connection with my claim or asserted
right under Title XVIII of the Social Security Act.
Signed: Gilbert Nakamura-Frye (11/20/2026)   Accepted: Emiko Frye-Castillo (11/20/2026)
''',
        "clinical/iop-discharge-summary-2026-10-30.txt": '''
DESERT BLOOM SENIOR BEHAVIORAL IOP (FICTIONAL) - DISCHARGE SUMMARY                       Date: 10/30/2026
Patient: Gilbert Nakamura-Frye   DOB 09/03/1950   Page 1 of 1
Diagnosis: major depressive disorder, recurrent, moderate (F33.1), after bereavement (wife died 05/2026).
Program: 18 days, three days a week, 09/21/2026 through 10/30/2026, on the plan's referral CC-26-0915-2207.
GDS-15 12 at admission, 5 at discharge. No suicidal ideation reported at any visit.
Medications: sertraline 100 mg daily since 11/2025, partial response, continued; mirtazapine 7.5 mg at bedtime for
sleep. Earlier episode (2009): response to nortriptyline 75 mg, later stopped for constipation.
''',
    },
    truth='''
# 05 - Medicare Advantage HMO: an IOP the plan itself referred him to, denied as out of network; payment reconsideration by his daughter (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Gilbert Nakamura-Frye, 76, in **Saguaro Senior Advantage HMO (Medicare Advantage)**, attended a **senior
  intensive outpatient program, 18 days, 09/21/2026-10/30/2026**, at Desert Bloom Senior Behavioral IOP (not
  contracted with the plan).
- On **09/15/2026** the plan's own behavioral health care coordinator, after finding the two network senior IOPs
  without an opening (first opening 11/16/2026; waitlist closed), **referred him in writing** to Desert Bloom "at your
  in-network cost sharing", reference **CC-26-0915-2207**, valid **09/15/2026-12/31/2026**. Every program day falls
  within it.
- The plan's **2026 EOC, Chapter 3, Section 2.4**: care on the plan's referral outside the network is covered at the
  in-network cost sharing, "whether or not the referral is entered in our claims system".
- The notice of **11/16/2026** (PR-242) says "No authorization on file" and holds him responsible for $7,920.00.
- **Rule and stage:** Medicare Advantage reconsideration of a payment denial, 42 CFR 422.578-422.590: **65 days from
  the notice: by 01/20/2027**; decided within 60 days; an upheld denial goes to the independent review entity
  automatically (422.592). Not expedited (payment for care given).
- **Author:** his daughter, appointed on form CMS-1696 (11/20/2026); she writes about "Mr. Nakamura-Frye" / "my
  father".

## Deliberately unknown
- The plan's in-network cost sharing for an IOP day: not in the case; the letter must not state a figure.
- Why the referral was not entered: not known beyond the denial's own words.
- Whether the IOP met Medicare's IOP criteria: never questioned; not the ground.

## Traps
- **Plan document beats "no authorization":** the referral is the plan's own approval; a letter must not ask for a
  "retroactive authorization" or a "network gap exception" as if none existed.
- **Stale EOC:** the 2025 EOC's Section 2.4 (prior approval required) is last year's; the 2026 text governs.
- **Other people on a document:** the group sign-in sheet (Abernathy-Cole, Sandoval, Whitlow-Park).
- **IOP is not inpatient or PHP:** never "admission", "stay", "partial hospitalization".
- **Sertraline continues** (partial): never "failed"; **mirtazapine 7.5 mg** is a sleep dose; **nortriptyline 2009**
  was a response in an earlier episode. No suicidal ideation.
- **Wrong law:** no MHPAEA (parity does not reach Medicare), no ERISA, no 45 CFR 147.136, no state external review.

## Arguments a strong letter makes (strongest first)
1. The plan itself **referred him** on 09/15/2026 (CC-26-0915-2207) to this program at in-network cost sharing, valid
   through 12/31/2026; under **EOC Chapter 3, Section 2.4** that care is covered at in-network cost sharing whether or
   not the referral was entered in the claims system. Pay the claim so, reduce his responsibility to in-network cost
   sharing, and enter the referral.
2. Correct the notice's "No authorization on file" with the referral letter.
3. The referral followed the plan's own search: the network programs had no opening before 11/16/2026 (14 miles) or
   a closed waitlist (22 miles).

## What a letter must NOT say
- "No authorization" conceded; "retroactive authorization"; a network gap exception as the main ground.
- "$7,920.00" as what he owes; any in-network cost-sharing figure.
- "Abernathy-Cole", "Sandoval", "Whitlow-Park".
- "inpatient", "partial hospitalization", "admission".
- "MHPAEA", "parity", "ERISA", "45 CFR 147.136"; "failed sertraline"; "suicidal ideation".
''',
    answers=[
        ("Date of the notice", "Date: 11/16/2026", "denial/notice-of-denial-of-payment-2026-11-16.txt"),
        ("CARC", "(CARC 242)", "denial/notice-of-denial-of-payment-2026-11-16.txt"),
        ("Denial's wrong statement", "No authorization on file", "denial/notice-of-denial-of-payment-2026-11-16.txt"),
        ("Referral reference", "Reference: CC-26-0915-2207", "other/plan-care-coordination-referral-2026-09-15.txt"),
        ("Referral's terms", "This care is approved at your in-network cost sharing", "other/plan-care-coordination-referral-2026-09-15.txt"),
        ("Referral's dates", "Referral valid 09/15/2026 through 12/31/2026", "other/plan-care-coordination-referral-2026-09-15.txt"),
        ("Network program's first opening", "first opening 11/16/2026", "other/plan-care-coordination-referral-2026-09-15.txt"),
        ("EOC clause", "whether or not the referral is entered in our claims system", "other/evidence-of-coverage-2026-chapter-3-excerpt.txt"),
        ("Stale EOC", "2025 EVIDENCE OF COVERAGE", "other/evidence-of-coverage-2025-chapter-3-excerpt-stale.txt"),
        ("Program days", "18 days, three days a week, 09/21/2026 through 10/30/2026", "clinical/iop-discharge-summary-2026-10-30.txt"),
        ("Response", "GDS-15 12 at admission, 5 at discharge", "clinical/iop-discharge-summary-2026-10-30.txt"),
        ("Sleep dose", "mirtazapine 7.5 mg at bedtime for", "clinical/iop-discharge-summary-2026-10-30.txt"),
        ("Earlier episode", "response to nortriptyline 75 mg", "clinical/iop-discharge-summary-2026-10-30.txt"),
        ("Representative", "I appoint Emiko Frye-Castillo", "other/cms-1696-appointment-2026-11-20.txt"),
        ("Deadline", "by 01/20/2027", "truth"),
        ("Next level", "independent review entity", "denial/notice-of-denial-of-payment-2026-11-16.txt"),
    ],
)
# ---------------------------------------------------------------------------------------------------------------
# 06 Church plan (self-funded, not ERISA): precertification request never decided; level 1 says none was received
case(
    num="06",
    slug="06-church-plan-self-funded-ect-precert-never-decided-received-said-none-second-level-psychiatrist",
    yaml='''
# FICTIONAL CASE (set 64, case 06) - every person, plan, provider, number and address is invented.
# Church plan, self-funded, not ERISA, Indiana, 1,450 employees. The psychiatrist's office faxed a precertification
# request for acute ECT on 09/14/2026; the plan's portal pended it 09/16 for records, faxed the same day, and never
# decided it. The plan's own 15-day rule ran out 09/29/2026, before the first treatment 10/05/2026. The 12
# treatments were denied "no precertification" (CO-197); the first-level decision of 11/19/2026 says no request was
# received. The treating psychiatrist writes the second-level appeal.
patient:
  name: Beatrix Lindqvist-Mora
  salutation: Ms. Lindqvist-Mora
  date_of_birth: 1980-12-08
  member_id: FICT-CHB-30771452
  address: |-
    5126 Walnut Grove Drive
    Fort Wayne, IN 46815
  phone: (260) 555-0166
insurer:
  name: Covenant Hills Church Benefits Trust Health Plan (FICTIONAL church plan)
  appeals_address: |-
    Covenant Hills Church Benefits Trust - Second-Level Appeals (FICTIONAL)
    PO Box 11620
    Indianapolis, IN 46206
  fax: (317) 555-0184
claim:
  number: CHB-26-1102-44190
  plan_type: church
  funding: self_funded
  employees: 1450
  stage: second level
  notice_date: 2026-11-06
  service_dates: [2026-10-05, 2026-10-30]
  sessions: 12
  setting: outpatient
  procedure_codes: ["90870"]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-197]
  denial_reason: >-
    Precertification/authorization absent. Electroconvulsive therapy requires precertification. (CARC 197)
  denial_category: prior_authorization
  denial_reasons: [prior_authorization]
  coding_correct: true
  action: none
plan_policy:
  name: Covenant Hills Church Benefits Trust Plan Document (2026), Section 7.3 "Precertification decisions"
  number: Section 7.3
  quote: >-
    We will decide a precertification request within 15 days after we receive it. If we need more information, we
    will ask for it within that time, and the 15 days stop from the day we ask until the day we receive it.
  file: other/plan-document-2026-section-7-excerpt.txt
prior_auth:
  requested_on: 2026-09-14
  reference: PC-26-0914-5521
  pended_on: 2026-09-16
  pended_for: clinical records, faxed the same day (09/16/2026)
  never_decided: true
  proof:
    - other/fax-transmission-report-2026-09-14.txt
    - other/fax-transmission-report-2026-09-16.txt
    - other/plan-portal-request-status-2026-11-24.txt
decisions:
  - date: 2026-11-19
    outcome: denied
    stage: first level
    opens: second level
    next_deadline: 2027-01-18
    reason: >-
      Upheld. No precertification request for these services was received. Electroconvulsive therapy requires
      precertification before the first treatment.
    corrections:
      - said: No precertification request for these services was received.
        record: >-
          The plan's own portal shows request PC-26-0914-5521 for 12 ECT treatments received 09/14/2026, status
          "Pended - awaiting clinical records" from 09/16/2026, never decided; the fax reports show the request sent
          09/14/2026 and the records sent 09/16/2026.
        file: [other/plan-portal-request-status-2026-11-24.txt, other/fax-transmission-report-2026-09-14.txt]
        page: 1
treatment:
  name: Acute electroconvulsive therapy (ECT), 12 treatments (90870)
  summary: >-
    An acute course of 12 ECT treatments for severe recurrent depression that did not respond to two antidepressants
    and lithium augmentation; ECT brought remission in her 2019 episode.
  plan: Twelve right unilateral ultrabrief treatments, three a week, then review for continuation.
clinical:
  severity: MADRS 38 on 10/05/2026; MADRS 9 on 10/30/2026
  severity_date: 2026-10-30
  suicidality: passive
  suicidality_date: 2026-09-10
  response: MADRS 38 (10/05/2026) to 9 (10/30/2026)
  response_level: remission
  history:
    - drug: Bupropion XL
      dose: 450 mg daily
      start: 2025-09
      end: 2025-12
      weeks: 12
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 12 weeks at 450 mg
      evidence: {file: clinical/ect-consultation-2026-09-10.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 225 mg daily
      start: 2026-01
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued through the ECT course
      evidence: {file: clinical/ect-consultation-2026-09-10.txt, page: 1}
    - drug: Lithium carbonate
      dose: 900 mg daily (level 0.7)
      start: 2026-04
      ongoing: true
      kind: augmentation
      adequate: true
      response: partial
      outcome: Augmentation of venlafaxine; partial response; continued
      evidence: {file: clinical/ect-consultation-2026-09-10.txt, page: 1}
    - drug: Quetiapine
      dose: 25 mg at bedtime for sleep
      start: 2026-02
      ongoing: true
      kind: other
      outcome: Sleep dose only; not an antipsychotic augmentation trial
      evidence: {file: clinical/ect-consultation-2026-09-10.txt, page: 1}
    - drug: Electroconvulsive therapy (2019 episode)
      dose: 10 treatments
      start: 2019-03
      end: 2019-04
      kind: neuromodulation
      sessions: 10
      adequate: true
      response: remission
      outcome: Remission in an earlier episode (2019)
      evidence: {file: clinical/ect-consultation-2026-09-10.txt, page: 1}
author:
  name: Dr. Caspar Okonjo-Hale
  role: Treating psychiatrist (MD)
  relation: physician
  address: |-
    Lakeshore Neuropsychiatry (FICTIONAL), 7910 W Jefferson Boulevard, Suite 300
    Fort Wayne, IN 46804
  phone: (260) 555-0121
  fax: (260) 555-0122
  authorization: other/patient-consent-2026-11-09.txt
provider:
  name: Dr. Caspar Okonjo-Hale, Lakeshore Neuropsychiatry
  credentials: MD, psychiatry
  npi: "1844036610"
  address: |-
    7910 W Jefferson Boulevard, Suite 300
    Fort Wayne, IN 46804
  phone: (260) 555-0121
employer:
  name: Covenant Hills Church Benefits Trust, Benefits Office (FICTIONAL)
  address: |-
    PO Box 11600
    Indianapolis, IN 46206
record_dates:
  - file: clinical/ect-consultation-2026-09-10.txt
    date: 2026-09-10
  - file: clinical/ect-course-summary-2026-10-30.txt
    date: 2026-10-30
bates_prefix: LINDQVISTMORA
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
    docs={
        "denial/explanation-of-benefits-2026-11-06.txt": '''
COVENANT HILLS CHURCH BENEFITS TRUST HEALTH PLAN (FICTIONAL) - EXPLANATION OF BENEFITS
Date: 11/06/2026   Page 1 of 1
Member: Beatrix Lindqvist-Mora   ID FICT-CHB-30771452   Claim CHB-26-1102-44190
Provider: Caspar Okonjo-Hale, MD, NPI 1844036610
Services 10/05/2026-10/30/2026   90870 x12   Billed $4,680.00   Paid $0.00
CARC 197. Precertification/authorization absent. Electroconvulsive therapy requires precertification.
You may appeal within 180 days of receiving this notice to First-Level Appeals, PO Box 11620, Indianapolis, IN 46206.
''',
        "denial/first-level-appeal-decision-2026-11-19.txt": '''
COVENANT HILLS CHURCH BENEFITS TRUST HEALTH PLAN (FICTIONAL) - FIRST-LEVEL APPEAL DECISION     Date: 11/19/2026
Member: Beatrix Lindqvist-Mora   Claim CHB-26-1102-44190   Appeal received 11/10/2026   Page 1 of 1
Decision: Upheld. No precertification request for these services was received. Electroconvulsive therapy requires
precertification before the first treatment.
Second level: you may ask for a second-level review within 60 days after the date of this decision. Write to
Second-Level Appeals, PO Box 11620, Indianapolis, IN 46206, or fax (317) 555-0184.
''',
        "other/plan-portal-request-status-2026-11-24.txt": '''
COVENANT HILLS PROVIDER PORTAL (FICTIONAL) - PRECERTIFICATION REQUEST STATUS          Printed 11/24/2026 08:14
Request PC-26-0914-5521   Member: Lindqvist-Mora, Beatrix   Provider: Okonjo-Hale, Caspar (NPI 1844036610)
Service: electroconvulsive therapy, 12 treatments (90870), planned start 10/05/2026
Received: 09/14/2026 15:32 (fax)
Status history: 09/14/2026 Received | 09/16/2026 Pended - awaiting clinical records | no later entry
Current status: Pended
''',
        "other/fax-transmission-report-2026-09-14.txt": '''
LAKESHORE NEUROPSYCHIATRY (FICTIONAL) - FAX TRANSMISSION REPORT                       09/14/2026
Job  Time   To                                   Pages  Result  Subject
2231 15:29  (317) 555-0189 Covenant Hills UM      6      OK      Precert ECT - B. Lindqvist-Mora
2232 15:41  (317) 555-0106 Hoosier State Health   4      OK      Precert TMS - D. Farrington
''',
        "other/fax-transmission-report-2026-09-16.txt": '''
LAKESHORE NEUROPSYCHIATRY (FICTIONAL) - FAX TRANSMISSION REPORT                       09/16/2026
Job  Time   To                                   Pages  Result  Subject
2260 10:05  (317) 555-0189 Covenant Hills UM      14     OK      Records for PC-26-0914-5521 - B. Lindqvist-Mora
''',
        "other/plan-document-2026-section-7-excerpt.txt": '''
COVENANT HILLS CHURCH BENEFITS TRUST (FICTIONAL) - PLAN DOCUMENT, EFFECTIVE 01/01/2026 (excerpt)   Page 52 of 140
Section 7.3 Precertification decisions
We will decide a precertification request within 15 days after we receive it. If we need more information, we
will ask for it within that time, and the 15 days stop from the day we ask until the day we receive it.
Section 10.2 Second-level review: a member may ask for a second-level review within 60 days after the first-level
decision.
''',
        "other/plan-document-2024-section-7-excerpt-superseded.txt": '''
COVENANT HILLS CHURCH BENEFITS TRUST (FICTIONAL) - PLAN DOCUMENT, EFFECTIVE 01/01/2024 (excerpt)   Page 49 of 131
Section 7.3 Precertification decisions
We will decide a precertification request within 30 days after we receive it.
''',
        "other/patient-consent-2026-11-09.txt": '''
CONSENT                                                                               Date: 11/09/2026
I, Beatrix Lindqvist-Mora (DOB 12/08/1980), ask Dr. Caspar Okonjo-Hale to appeal claim CHB-26-1102-44190 for me,
at every level, and consent to his sharing my records with the plan for it.
Signed: Beatrix Lindqvist-Mora
''',
        "clinical/ect-consultation-2026-09-10.txt": '''
LAKESHORE NEUROPSYCHIATRY (FICTIONAL) - ECT CONSULTATION                                  Date: 09/10/2026
Patient: Beatrix Lindqvist-Mora   DOB 12/08/1980   Caspar Okonjo-Hale, MD   Page 1 of 1
Major depressive disorder, recurrent, severe without psychotic features (F33.2). MADRS 38. Passive wish not to wake
up; no plan or intent. On leave from teaching since 08/2026.
Trials this episode: bupropion XL 450 mg 09/2025-12/2025, 12 weeks, no response; venlafaxine XR 225 mg since
01/2026, partial response, continued; lithium 900 mg (level 0.7) added 04/2026, partial response, continued.
Quetiapine 25 mg at bedtime for sleep since 02/2026.
Earlier episode (2019): remission with 10 ECT treatments.
Plan: acute ECT, 12 treatments, three a week from 10/05/2026; precertification to be requested.
''',
        "clinical/ect-course-summary-2026-10-30.txt": '''
LAKESHORE NEUROPSYCHIATRY (FICTIONAL) - ECT COURSE SUMMARY                                Date: 10/30/2026
Patient: Beatrix Lindqvist-Mora   Page 1 of 1
Treatments: 12, 10/05/2026 through 10/30/2026 (right unilateral ultrabrief). MADRS 38 before the first, 9 after the
twelfth. No suicidal ideation from 10/16/2026. Venlafaxine and lithium continued.
''',
    },
    truth='''
# 06 - Church plan: ECT denied for "no precertification" when the request sat pended and undecided past the plan's 15 days; second-level appeal by the treating psychiatrist (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Beatrix Lindqvist-Mora, 45 (DOB 12/08/1980), in the **Covenant Hills Church Benefits Trust Health Plan**, a
  **self-funded church plan outside ERISA** (1,450 employees), had **12 acute ECT treatments 10/05/2026-10/30/2026**
  (90870, F33.2): MADRS 38 -> 9.
- Her psychiatrist's office **faxed the precertification request on 09/14/2026** (portal: received 09/14/2026 15:32,
  **PC-26-0914-5521**); the plan **pended it 09/16/2026** for records, which were **faxed the same day**. The plan
  never decided it (portal printout of 11/24/2026: "Pended", no later entry).
- **Plan Document 2026, Section 7.3:** decide within 15 days of receipt; the 15 days stop from the day the plan asks
  for information to the day it receives it. Counted: 2 days (09/14-09/16), stopped and resumed 09/16, 13 more days:
  the time ran out **09/29/2026**, before the first treatment (10/05/2026). So the care was given after a timely
  request the plan failed to decide - not care given without a request.
- EOB **11/06/2026** (CO-197). First-level decision **11/19/2026**: "No precertification request for these services
  was received" - contradicted by the plan's own portal and the fax reports.
- **Rule and stage:** church plan: 26 CFR 54.9815-2719 (claims and appeals by reference to the ERISA claims rule),
  parity 26 CFR 54.9812-1 (more than 50 employees). **Second level**, within **60 days of 11/19/2026: by
  01/18/2027** (Plan Document 10.2). Self-funded: any external review is the federal process, and it reaches
  medical-judgment denials; this denial is procedural, so a letter must not promise external review of it.
- **Author:** the treating psychiatrist, with her written consent (11/09/2026); he writes "I" as her treating
  psychiatrist and about "Ms. Lindqvist-Mora".

## Deliberately unknown
- Why the plan never decided the request: not known.
- Whether the plan's reviewer would have approved it: never decided; the record supports it, but no approval may be
  claimed.
- The facility's claim (if any): not part of this appeal.

## Traps
- **"Never decided" is not "approved":** a letter must not say the plan approved ECT or that the request is "deemed
  approved"; it asks the plan to decide the request on its merits now and pay.
- **Not a retro-authorization:** the request came three weeks before the first treatment.
- **Stale plan document:** the 2024 Section 7.3 (30 days) does not govern; counting 30 days would end 10/14/2026 and
  lose the point.
- **Other person on a document:** the 09/14 fax report's job 2232 (D. Farrington, another plan).
- **Drugs still taken:** venlafaxine and lithium continue (partial): never "failed" or "stopped"; lithium is
  augmentation; **quetiapine 25 mg** is a sleep dose, not an antipsychotic augmentation trial; **2019 ECT** was a
  remission in an earlier episode. Passive ideation in September only; none from 10/16/2026.
- **Stage:** it is a second-level appeal answering the 11/19/2026 decision.
- **Wrong law:** ERISA as governing law (29 CFR 2560.503-1 cited alone, ERISA 502, EBSA), a state insurance
  department complaint as the route.

## Arguments a strong letter makes (strongest first)
1. The plan **received the request on 09/14/2026** (its own portal, PC-26-0914-5521), pended it 09/16 and received the
   records the same day; under **Section 7.3** it had to decide by **09/29/2026**, before the first treatment, and
   never did. The care followed a timely request; decide it now on its merits and pay the 12 treatments.
2. Correct the first-level decision's statement that no request was received (portal printout, fax reports).
3. On the merits (briefly): two antidepressant trials this episode (bupropion failed; venlafaxine partial) and lithium
   augmentation (partial), severe illness (MADRS 38), remission with ECT in 2019; the course brought remission.

## What a letter must NOT say
- "approved", "deemed approved", "authorization was granted"; "retroactive authorization" as the ask.
- "no request was submitted"; "30 days" as the plan's time to decide.
- "Farrington"; "Hoosier State Health".
- "failed venlafaxine", "failed lithium", "stopped lithium"; quetiapine as an augmentation trial; "failed ECT".
- "ERISA" as governing law; "29 CFR 2560.503-1" alone; "EBSA"; "Department of Labor"; "state insurance department".
- "active suicidal ideation" or a present suicide risk.
''',
    answers=[
        ("Date of the EOB", "Date: 11/06/2026", "denial/explanation-of-benefits-2026-11-06.txt"),
        ("CARC", "CARC 197", "denial/explanation-of-benefits-2026-11-06.txt"),
        ("First-level decision's words", "No precertification request for these services was received", "denial/first-level-appeal-decision-2026-11-19.txt"),
        ("Second-level window", "within 60 days after the date of this decision", "denial/first-level-appeal-decision-2026-11-19.txt"),
        ("Request number", "Request PC-26-0914-5521", "other/plan-portal-request-status-2026-11-24.txt"),
        ("When the plan received it", "Received: 09/14/2026 15:32 (fax)", "other/plan-portal-request-status-2026-11-24.txt"),
        ("When it was pended", "09/16/2026 Pended - awaiting clinical records", "other/plan-portal-request-status-2026-11-24.txt"),
        ("Records sent", "Records for PC-26-0914-5521", "other/fax-transmission-report-2026-09-16.txt"),
        ("Plan's time to decide", "within 15 days after we receive it", "other/plan-document-2026-section-7-excerpt.txt"),
        ("Clock stops", "the 15 days stop from the day we ask until the day we receive it", "other/plan-document-2026-section-7-excerpt.txt"),
        ("Day the plan's time ran out", "09/29/2026", "truth"),
        ("Treatments", "12, 10/05/2026 through 10/30/2026", "clinical/ect-course-summary-2026-10-30.txt"),
        ("Earlier episode", "remission with 10 ECT treatments", "clinical/ect-consultation-2026-09-10.txt"),
        ("Other person on the fax report", "D. Farrington", "other/fax-transmission-report-2026-09-14.txt"),
        ("Deadline", "by 01/18/2027", "truth"),
        ("Stale rule", "within 30 days after we receive it", "other/plan-document-2024-section-7-excerpt-superseded.txt"),
    ],
)
# ---------------------------------------------------------------------------------------------------------------
# 07 Original Medicare: TMS denied "enrolled in a Medicare Advantage plan" after he had left it; QIC reconsideration
case(
    num="07",
    slug="07-original-medicare-tms-co24-said-ma-enrollee-after-disenrollment-qic-reconsideration-wife",
    yaml='''
# FICTIONAL CASE (set 64, case 07) - every person, plan, contractor, provider, number and address is invented.
# Original Medicare, Florida. He left a Medicare Advantage HMO on 07/31/2026 (moved out of its service area) and has
# had Original Medicare since 08/01/2026. His 30 TMS sessions, 09/08-10/19/2026, were denied CO-24 ("covered under a
# managed care plan"); the contractor's redetermination of 11/20/2026 says he was in a Medicare Advantage plan
# "through 12/31/2026". His wife, appointed on form CMS-1696, asks the QIC to reconsider.
patient:
  name: Ambrose Kittredge-Sol
  salutation: Mr. Kittredge-Sol
  date_of_birth: 1956-01-22
  member_id: FICT-5TW8GH3KP27
  address: |-
    3318 Palmetto Sound Way
    Sarasota, FL 34231
  phone: (941) 555-0172
insurer:
  name: Gulfline Medicare Administrative Contractor, Jurisdiction N Part B (FICTIONAL)
  appeals_address: |-
    Gulfline MAC - Part B Redeterminations (FICTIONAL)
    PO Box 45028
    Jacksonville, FL 32232
claim:
  number: "2226283044170"
  plan_type: medicare
  notice_date: 2026-10-30
  service_dates: [2026-09-08, 2026-10-19]
  sessions: 30
  setting: outpatient
  procedure_codes: ["90867", "90868"]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-24]
  denial_reason: >-
    Medicare does not pay for this service because you were enrolled in a Medicare Advantage plan on the date of
    service. The provider should bill your Medicare Advantage plan. (CARC 24)
  denial_category: other
  denial_reasons: [coverage_ended]
  coding_correct: true
  action: none
decisions:
  - date: 2026-11-20
    outcome: denied
    stage: redetermination
    opens: QIC reconsideration
    next_deadline: 2027-05-19
    reason: >-
      Unfavorable. CMS records show the beneficiary was enrolled in a Medicare Advantage plan through 12/31/2026,
      including the dates of service. Claims for these services must be sent to the Medicare Advantage plan.
    corrections:
      - said: CMS records show the beneficiary was enrolled in a Medicare Advantage plan through 12/31/2026, including the dates of service.
        record: >-
          The Medicare Advantage plan's confirmation of disenrollment says his membership ended 07/31/2026 and that
          he has Original Medicare from 08/01/2026; his Medicare account printout of 11/28/2026 shows Original
          Medicare since 08/01/2026 and the Advantage plan ending 07/31/2026.
        file: [other/ma-plan-disenrollment-confirmation-2026-07-20.txt, other/medicare-account-coverage-printout-2026-11-28.txt]
        page: 1
eligibility:
  why: >-
    He moved out of the Medicare Advantage plan's service area in July 2026; the plan confirmed his membership ended
    07/31/2026, and he has been in Original Medicare since 08/01/2026, before the first TMS session.
  start: 2026-08-01
  coverage: Original Medicare (Part B)
  record:
    name: Confirmation of disenrollment from Sunfield Medicare Advantage HMO
    date: 2026-07-20
    file: other/ma-plan-disenrollment-confirmation-2026-07-20.txt
    page: 1
  proof:
    - other/ma-plan-disenrollment-confirmation-2026-07-20.txt
    - other/medicare-account-coverage-printout-2026-11-28.txt
external_review:
  agency: Southeastern Qualified Independent Contractor, Part B (FICTIONAL)
  address: |-
    Southeastern QIC - Part B Reconsiderations (FICTIONAL)
    PO Box 183092
    Columbus, OH 43218
  final_denial_date: 2026-11-20
treatment:
  name: Transcranial magnetic stimulation (TMS), 30 sessions (90867, 90868)
  summary: >-
    A 30-session TMS course for recurrent severe depression; whether Medicare covers TMS for him is not in question,
    only whether Original Medicare was his coverage on the dates.
clinical:
  severity: MADRS 33 on 09/08/2026; MADRS 12 on 10/19/2026
  severity_date: 2026-10-19
  suicidality: none
  suicidality_date: 2026-10-19
  response: MADRS 33 (09/08/2026) to 12 (10/19/2026)
  response_level: response
  history:
    - drug: Escitalopram
      dose: 20 mg daily
      start: 2024-10
      end: 2025-01
      weeks: 12
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 12 weeks
      evidence: {file: clinical/tms-course-summary-2026-10-19.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 150 mg daily
      start: 2025-02
      end: 2025-03
      weeks: 4
      kind: antidepressant
      adequate: false
      outcome: Stopped after 4 weeks for raised blood pressure; an intolerance, not an adequate trial
      evidence: {file: clinical/tms-course-summary-2026-10-19.txt, page: 1}
    - drug: Mirtazapine
      dose: 30 mg daily
      start: 2025-04
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response at an antidepressant dose; continued through the TMS course
      evidence: {file: clinical/tms-course-summary-2026-10-19.txt, page: 1}
    - drug: Zolpidem
      dose: 5 mg at bedtime as needed for sleep
      start: 2025-06
      ongoing: true
      kind: other
      outcome: Sleep aid only
      evidence: {file: clinical/tms-course-summary-2026-10-19.txt, page: 1}
author:
  name: Marguerite Kittredge-Sol
  role: Wife, appointed representative (form CMS-1696)
  relation: representative
  address: |-
    3318 Palmetto Sound Way
    Sarasota, FL 34231
  phone: (941) 555-0173
  authorization: other/cms-1696-appointment-2026-11-02.txt
provider:
  name: Gulf Breeze TMS
  credentials: Medicare-enrolled practice
  npi: "1509172734"
  address: |-
    1950 Bee Ridge Road, Suite 4
    Sarasota, FL 34239
  phone: (941) 555-0139
record_dates:
  - file: clinical/tms-course-summary-2026-10-19.txt
    date: 2026-10-19
  - file: other/medicare-account-coverage-printout-2026-11-28.txt
    date: 2026-11-28
template: external-review-request
bates_prefix: KITTREDGESOL
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
    docs={
        "denial/medicare-summary-notice-2026-10-30.txt": '''
MEDICARE SUMMARY NOTICE FOR PART B (MEDICAL INSURANCE) - FICTIONAL RENDITION        Notice date: 10/30/2026
Ambrose Kittredge-Sol   Medicare number FICT-5TW8GH3KP27   Page 1 of 1
Gulf Breeze TMS, 1950 Bee Ridge Road, Suite 4, Sarasota, FL   Claim number 2226283044170
09/08/2026-10/19/2026   90867 x1, 90868 x29   Service approved? No   Maximum you may be billed: $0.00
Medicare does not pay for this service because you were enrolled in a Medicare Advantage plan on the date of
service. The provider should bill your Medicare Advantage plan. (CARC 24)
If you disagree, you must file an appeal by 02/27/2027 (120 days after you get this notice).
''',
        "denial/redetermination-decision-2026-11-20.txt": '''
GULFLINE MEDICARE ADMINISTRATIVE CONTRACTOR (FICTIONAL) - MEDICARE REDETERMINATION NOTICE      Date: 11/20/2026
Beneficiary: Ambrose Kittredge-Sol   Claim 2226283044170   Request received 11/03/2026   Page 1 of 1
Decision: Unfavorable. CMS records show the beneficiary was enrolled in a Medicare Advantage plan through 12/31/2026,
including the dates of service. Claims for these services must be sent to the Medicare Advantage plan.
Next step: you may ask for a reconsideration by the Qualified Independent Contractor within 180 days after you
receive this notice (we presume you received it 5 days after the date above). Send it to Southeastern QIC - Part B
Reconsiderations, PO Box 183092, Columbus, OH 43218.
''',
        "other/ma-plan-disenrollment-confirmation-2026-07-20.txt": '''
SUNFIELD MEDICARE ADVANTAGE HMO (FICTIONAL) - CONFIRMATION OF DISENROLLMENT              Date: 07/20/2026
To: Ambrose Kittredge-Sol, 3318 Palmetto Sound Way, Sarasota, FL 34231   Member ID FICT-SUN-H9920-11873
We received word that you moved out of our service area. Your membership in Sunfield Medicare Advantage HMO
ends 07/31/2026. Starting 08/01/2026 you will have Original Medicare. Use your red, white and blue Medicare card.
''',
        "other/medicare-account-coverage-printout-2026-11-28.txt": '''
MEDICARE ACCOUNT - MY COVERAGE (printout, FICTIONAL RENDITION)                        Printed 11/28/2026
Ambrose Kittredge-Sol
Health coverage: Original Medicare (Part A and Part B) since 08/01/2026
Past Medicare Advantage plan: Sunfield Medicare Advantage HMO, 01/01/2024 - 07/31/2026
Drug coverage: Gulf Sun Rx (PDP) since 08/01/2026
''',
        "other/sunfield-member-id-card-2026-stale.txt": '''
SUNFIELD MEDICARE ADVANTAGE HMO (FICTIONAL) - MEMBER ID CARD (copy kept in the clinic chart)
Member: Ambrose Kittredge-Sol   ID FICT-SUN-H9920-11873   Effective 01/01/2026   PCP: Harbor Family Medicine
''',
        "other/tms-daily-treatment-log-2026-09-08.txt": '''
GULF BREEZE TMS (FICTIONAL) - DAILY TREATMENT LOG                                        Date: 09/08/2026
Chair 1  08:00  A. Kittredge-Sol   session 1 (mapping)     Coverage: Medicare Part B
Chair 1  09:00  C. Okimoto         session 14              Coverage: Sunfield MA HMO
Chair 2  08:30  P. Brandvold       session 22              Coverage: Gulf Sun Health PPO
''',
        "other/cms-1696-appointment-2026-11-02.txt": '''
APPOINTMENT OF REPRESENTATIVE (FORM CMS-1696, FICTIONAL RENDITION)                    Date: 11/02/2026
Beneficiary: Ambrose Kittredge-Sol, Medicare number FICT-5TW8GH3KP27
I appoint Marguerite Kittredge-Sol, my wife, to act as my representative in connection with my claim or asserted
right under Title XVIII of the Social Security Act.
Signed: Ambrose Kittredge-Sol (11/02/2026)   Accepted: Marguerite Kittredge-Sol (11/02/2026)
''',
        "clinical/tms-course-summary-2026-10-19.txt": '''
GULF BREEZE TMS (FICTIONAL) - TMS COURSE SUMMARY                                        Date: 10/19/2026
Patient: Ambrose Kittredge-Sol   DOB 01/22/1956   Page 1 of 1
Diagnosis: major depressive disorder, recurrent, severe without psychotic features (F33.2).
Course: 30 sessions, 09/08/2026-10/19/2026. MADRS 33 at session 1, 12 at session 30. No suicidal ideation.
Medications: escitalopram 20 mg 10/2024-01/2025, 12 weeks, no response; venlafaxine XR 150 mg 02/2025-03/2025,
stopped after 4 weeks for raised blood pressure; mirtazapine 30 mg daily since 04/2025, partial response,
continued; zolpidem 5 mg at bedtime as needed for sleep.
''',
    },
    truth='''
# 07 - Original Medicare: TMS denied as "covered by a Medicare Advantage plan" after he had left it; QIC reconsideration asked by his wife (FICTIONAL)

All people, plans, contractors, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Ambrose Kittredge-Sol, 70, was in **Sunfield Medicare Advantage HMO until 07/31/2026**; he moved out of its service
  area and, by the plan's **confirmation of disenrollment (07/20/2026)**, has had **Original Medicare from
  08/01/2026**. His Medicare account printout (11/28/2026) shows the same.
- He had **30 TMS sessions 09/08/2026-10/19/2026** (90867 x1, 90868 x29, F33.2) at Gulf Breeze TMS, all after
  08/01/2026.
- MSN of **10/30/2026** (CO-24): "enrolled in a Medicare Advantage plan on the date of service". The contractor's
  **redetermination of 11/20/2026**: enrolled "through 12/31/2026" - contradicted by both records.
- **Rule and stage:** Original Medicare; the **QIC reconsideration** (42 CFR 405.960-405.978), filed with the QIC the
  notice names (405.964(a)), within **180 days of receipt (405.962)**: receipt presumed 11/25/2026, so by
  **05/24/2027**; counted conservatively from the notice date, **by 05/19/2027**. No plan terms exist; no 72-hour
  route.
- **Author:** his wife, appointed on form CMS-1696 (11/02/2026); she writes about "Mr. Kittredge-Sol" / "my husband".

## Deliberately unknown
- Why CMS's record (as the contractor read it) shows the Advantage plan through 12/31/2026: not known; the letter
  asks the QIC to have the record corrected or to rule on the enrollment records enclosed.
- Whether Sunfield paid or denied anything for these dates: nothing shows it billed there; not stated.
- The Medicare-approved amount: not in the case.

## Traps
- **Coverage, not medicine:** TMS coverage under Medicare's rule is not in question; no LCD argument needed.
- **Stale card:** the Sunfield 2026 ID card in the clinic chart (effective 01/01/2026) is why the record looks
  wrong; it does not show enrollment on the dates.
- **Other people on a document:** the treatment log (C. Okimoto, P. Brandvold).
- **Mirtazapine 30 mg is an antidepressant dose** (an adequate, continuing trial with partial response): not a sleep
  dose, never "failed" or "stopped". **Venlafaxine 4 weeks** stopped for blood pressure: intolerance, not an adequate
  trial. **Zolpidem** is a sleep aid. No suicidal ideation.
- **Addressee:** the QIC, not the contractor "to forward"; the level is the QIC reconsideration, not a second
  redetermination and not an ALJ hearing.
- **Wrong law:** no plan terms ("the plan's own terms"), no parity, no ERISA, no 45 CFR 147.136, no Medicare Advantage
  reconsideration rules (42 CFR 422.578-422.590).
- **Not "Maximum you may be billed"** argument: the MSN says $0.00; liability is not the point.

## Arguments a strong letter makes (strongest first)
1. The Advantage plan's own **confirmation of disenrollment** ends his membership **07/31/2026** and starts Original
   Medicare **08/01/2026**; every session (09/08-10/19/2026) came after. Original Medicare was his coverage; reverse
   and pay the claim.
2. Correct the redetermination's "through 12/31/2026" with that letter and the Medicare account printout.
3. Ask the QIC to have the enrollment record corrected so later claims are not denied the same way.

## What a letter must NOT say
- "enrolled in a Medicare Advantage plan" on the dates as true; "bill Sunfield".
- "the plan's own terms", "plan policy"; "MHPAEA"; "ERISA"; "45 CFR 147.136"; "422.578".
- "Okimoto", "Brandvold".
- "failed mirtazapine", "stopped mirtazapine", mirtazapine as a sleep dose; venlafaxine as an adequate failed trial.
- "Administrative Law Judge" as this level; "please forward to the QIC".
''',
    answers=[
        ("MSN date", "Notice date: 10/30/2026", "denial/medicare-summary-notice-2026-10-30.txt"),
        ("CARC", "(CARC 24)", "denial/medicare-summary-notice-2026-10-30.txt"),
        ("Redetermination's wrong statement", "through 12/31/2026", "denial/redetermination-decision-2026-11-20.txt"),
        ("Redetermination date", "Date: 11/20/2026", "denial/redetermination-decision-2026-11-20.txt"),
        ("QIC window", "within 180 days after you receive this notice", "denial/redetermination-decision-2026-11-20.txt"),
        ("QIC address", "PO Box 183092, Columbus, OH 43218", "denial/redetermination-decision-2026-11-20.txt"),
        ("Membership end", "ends 07/31/2026", "other/ma-plan-disenrollment-confirmation-2026-07-20.txt"),
        ("Original Medicare start", "Starting 08/01/2026 you will have Original Medicare", "other/ma-plan-disenrollment-confirmation-2026-07-20.txt"),
        ("Account printout", "Original Medicare (Part A and Part B) since 08/01/2026", "other/medicare-account-coverage-printout-2026-11-28.txt"),
        ("Course", "30 sessions, 09/08/2026-10/19/2026", "clinical/tms-course-summary-2026-10-19.txt"),
        ("Mirtazapine", "mirtazapine 30 mg daily since 04/2025, partial response", "clinical/tms-course-summary-2026-10-19.txt"),
        ("Venlafaxine", "stopped after 4 weeks for raised blood pressure", "clinical/tms-course-summary-2026-10-19.txt"),
        ("Other people on the log", "C. Okimoto", "other/tms-daily-treatment-log-2026-09-08.txt"),
        ("Representative", "I appoint Marguerite Kittredge-Sol", "other/cms-1696-appointment-2026-11-02.txt"),
        ("Conservative deadline", "05/19/2027", "truth"),
        ("Deadline from presumed receipt", "05/24/2027", "truth"),
    ],
)
# ---------------------------------------------------------------------------------------------------------------
# 08 Governmental (city, self-funded): approved TMS course ended by a notice dated three days after the end date
case(
    num="08",
    slug="08-city-plan-self-funded-teen-tms-course-ended-by-late-notice-expedited-first-appeal-father",
    yaml='''
# FICTIONAL CASE (set 64, case 08) - every person, plan, administrator, provider, number and address is invented.
# City employees' plan, self-funded, Ohio, 2,300 employees. A 17-year-old's approved course of 36 TMS sessions
# (10/26/2026-01/08/2027) was ended at concurrent review by a notice dated 12/03/2026 "effective 11/30/2026", saying
# he had not improved; the record shows CDRS-R 68 -> 49 by session 20. Three sessions given 11/30-12/02 are denied
# and 10 remain. His father asks for an expedited appeal and that the course stay covered meanwhile.
patient:
  name: Jonah Reyes-Ballantyne
  salutation: Jonah
  date_of_birth: 2009-04-15
  member_id: FICT-MBK-60218834-03
  address: |-
    219 Sycamore Hollow Lane
    Millbrook, OH 43701
  phone: (740) 555-0158
insurer:
  name: City of Millbrook Employee Health Plan, administered by Tri-County Benefit Administrators (FICTIONAL)
  appeals_address: |-
    Tri-County Benefit Administrators - Appeals Unit (FICTIONAL)
    PO Box 3381
    Columbus, OH 43216
  fax: (614) 555-0191
claim:
  number: UM-26-1019-6631
  plan_type: governmental
  funding: self_funded
  employees: 2300
  notice_date: 2026-12-03
  appeal_deadline: 2027-06-01
  deadline_basis: >-
    Concurrent review notice of 12/03/2026: "You may appeal within 180 days after you receive this notice." Counted
    from the notice date.
  service_dates: [2026-11-30, 2026-12-01, 2026-12-02]
  pending_services: 10
  setting: outpatient
  procedure_codes: ["90868"]
  diagnosis_codes: [F32.2]
  denial_reason: >-
    Concurrent review: the member has not shown improvement after 20 treatments (CDRS-R 68 at baseline). Continued
    TMS is not medically necessary. Authorization UM-26-1019-6631 is terminated effective 11/30/2026.
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  urgent: true
  action: end
  action_date: 2026-11-30
  corrections:
    - said: the member has not shown improvement after 20 treatments (CDRS-R 68 at baseline)
      record: >-
        The TMS progress note of 11/20/2026 records CDRS-R 49 at treatment 20, down from 68 at baseline (a 28%
        reduction), and 44 on 12/01/2026.
      file: clinical/tms-progress-note-2026-12-01.txt
      page: 1
plan_policy:
  name: Tri-County Benefit Administrators Medical Policy BH-TMS-11 (2026), criterion 4 (continued treatment)
  number: BH-TMS-11
  quote: >-
    4. Continued treatment after 20 sessions requires documented improvement from baseline on a standardized
    depression rating scale.
  file: other/medical-policy-bh-tms-11-2026-excerpt.txt
  other_terms: >-
    If we reduce or end a course of treatment we approved, we will tell you early enough that you can appeal and
    get a decision before the reduction or end takes effect. Care continues to be covered while that appeal is
    decided.
  other_terms_file: other/summary-plan-description-2026-section-8-excerpt.txt
  other_terms_apply: >-
    The plan ended the approved course on 11/30/2026 by a notice dated 12/03/2026, three days after the end took
    effect, so there was no time to appeal before it; under these terms the course stays covered, the three sessions
    of 11/30-12/02/2026 included, until this appeal is decided.
payer_criteria:
  - criterion: "4. Continued treatment after 20 sessions requires documented improvement from baseline on a standardized depression rating scale."
    how_met: CDRS-R 68 at baseline (10/26/2026), 49 at treatment 20 (11/20/2026), 44 on 12/01/2026
    met: true
    evidence: {file: clinical/tms-progress-note-2026-12-01.txt, page: 1}
prior_auth:
  approved:
    number: authorization UM-26-1019-6631
    date: 2026-10-19
    covers: 36 TMS sessions, 10/26/2026 through 01/08/2027
    quote: "Approved: TMS 90867/90868, 36 sessions, 10/26/2026 through 01/08/2027."
    file: other/tms-authorization-2026-10-19.txt
    from: 2026-10-26
    through: 2027-01-08
    lines:
      - {code: ["90867", "90868"], units: 36, given: 26}
treatment:
  name: Transcranial magnetic stimulation (TMS), the remainder of an approved 36-session course
  summary: >-
    An approved 36-session TMS course, as an adjunct to escitalopram and weekly therapy, for a severe depressive
    episode in a 17-year-old; 26 sessions are given and 10 remain.
  plan: >-
    Complete the 36 approved sessions, five a week, through about 12/17/2026; CDRS-R every five sessions; escitalopram
    and weekly CBT continue.
clinical:
  severity: CDRS-R 68 on 10/26/2026; CDRS-R 49 on 11/20/2026; CDRS-R 44 on 12/01/2026
  severity_date: 2026-12-01
  suicidality: passive
  suicidality_date: 2026-12-01
  response: CDRS-R 68 (10/26/2026) to 49 (11/20/2026, treatment 20) and 44 (12/01/2026)
  response_level: partial
  history:
    - drug: Fluoxetine
      dose: 40 mg daily
      start: 2025-03
      end: 2025-06
      weeks: 12
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 12 weeks at 40 mg
      evidence: {file: clinical/tms-progress-note-2026-12-01.txt, page: 1}
    - drug: Escitalopram
      dose: 20 mg daily
      start: 2025-08
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued with TMS
      evidence: {file: clinical/tms-progress-note-2026-12-01.txt, page: 1}
    - drug: Cognitive behavioral therapy, weekly
      dose: weekly sessions
      start: 2025-01
      ongoing: true
      kind: psychotherapy
      outcome: Continuing alongside medication and TMS
      evidence: {file: clinical/tms-progress-note-2026-12-01.txt, page: 1}
    - drug: Melatonin
      dose: 3 mg at bedtime
      start: 2025-09
      ongoing: true
      kind: other
      outcome: For sleep; not an antidepressant trial
      evidence: {file: clinical/tms-progress-note-2026-12-01.txt, page: 1}
  exclusions: no seizure history, no metal implants in the head, no psychosis, no substance use
impact:
  daily_life: Attends school half days since October 2026.
urgency:
  reason: >-
    Stopping an approved TMS course at treatment 26, in the middle of a partial response, risks losing the
    improvement gained; a standard decision would come after the course's remaining sessions should have ended.
  certified_by: Dr. Anika Sorensen-Vale, MD
author:
  name: Theodore Reyes-Ballantyne
  role: Father of the patient (a minor) and the plan's member
  relation: parent
  address: |-
    219 Sycamore Hollow Lane
    Millbrook, OH 43701
  phone: (740) 555-0159
provider:
  name: Dr. Anika Sorensen-Vale, Muskingum Youth Neuromodulation
  credentials: MD, child and adolescent psychiatry
  npi: "1633780451"
  address: |-
    600 Maple Avenue, Suite 12
    Zanesville, OH 43701
  phone: (740) 555-0133
record_dates:
  - file: clinical/tms-progress-note-2026-12-01.txt
    date: 2026-12-01
bates_prefix: REYESBALLANTYNE
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
    docs={
        "denial/concurrent-review-notice-2026-12-03.txt": '''
TRI-COUNTY BENEFIT ADMINISTRATORS (FICTIONAL) for the CITY OF MILLBROOK EMPLOYEE HEALTH PLAN
CONCURRENT REVIEW DETERMINATION                                             Date: 12/03/2026   Page 1 of 1
Member: Jonah Reyes-Ballantyne   ID FICT-MBK-60218834-03   Subscriber: Theodore Reyes-Ballantyne
Provider: Muskingum Youth Neuromodulation, Anika Sorensen-Vale, MD, NPI 1633780451
Authorization UM-26-1019-6631 (TMS, 36 sessions, 10/26/2026-01/08/2027)
Concurrent review: the member has not shown improvement after 20 treatments (CDRS-R 68 at baseline). Continued TMS
is not medically necessary. Authorization UM-26-1019-6631 is terminated effective 11/30/2026.
Reviewer: Glen Hartsough, MD, family medicine (FICTIONAL). Criteria: Medical Policy BH-TMS-11, criterion 4.
You may appeal within 180 days after you receive this notice. Write to Appeals Unit, PO Box 3381, Columbus, OH 43216.
''',
        "other/tms-authorization-2026-10-19.txt": '''
TRI-COUNTY BENEFIT ADMINISTRATORS (FICTIONAL) - PRIOR AUTHORIZATION APPROVAL            Date: 10/19/2026
Member: Jonah Reyes-Ballantyne   Provider: Muskingum Youth Neuromodulation
Number: UM-26-1019-6631
Approved: TMS 90867/90868, 36 sessions, 10/26/2026 through 01/08/2027.
''',
        "other/summary-plan-description-2026-section-8-excerpt.txt": '''
CITY OF MILLBROOK EMPLOYEE HEALTH PLAN (FICTIONAL) - SUMMARY PLAN DESCRIPTION, PLAN YEAR 2026 (excerpt)  Page 61
Section 8.4 Approved courses of treatment
If we reduce or end a course of treatment we approved, we will tell you early enough that you can appeal and get a
decision before the reduction or end takes effect. Care continues to be covered while that appeal is decided.
Section 5.9 Transcranial magnetic stimulation is covered for members 15 and older when medical policy criteria are
met.
''',
        "other/summary-plan-description-2025-section-5-excerpt-superseded.txt": '''
CITY OF MILLBROOK EMPLOYEE HEALTH PLAN (FICTIONAL) - SUMMARY PLAN DESCRIPTION, PLAN YEAR 2025 (excerpt)  Page 40
Section 5.9 Transcranial magnetic stimulation is not covered for members under 18.
''',
        "other/medical-policy-bh-tms-11-2026-excerpt.txt": '''
TRI-COUNTY BENEFIT ADMINISTRATORS (FICTIONAL) - MEDICAL POLICY BH-TMS-11, TMS (2026)        Page 3 of 7
4. Continued treatment after 20 sessions requires documented improvement from baseline on a standardized
depression rating scale.
''',
        "other/tms-weekly-schedule-2026-11-30.txt": '''
MUSKINGUM YOUTH NEUROMODULATION (FICTIONAL) - WEEKLY CHAIR SCHEDULE, week of 11/30/2026
Mon-Fri 15:30  J. R.-Ballantyne (tx 24-28)    Mon-Fri 16:15  K. Odhiambo (tx 8-12)    Mon-Fri 17:00  S. Lindgren (tx 31-35)
''',
        "clinical/tms-progress-note-2026-12-01.txt": '''
MUSKINGUM YOUTH NEUROMODULATION (FICTIONAL) - TMS PROGRESS NOTE                          Date: 12/01/2026
Patient: Jonah Reyes-Ballantyne   DOB 04/15/2009   Anika Sorensen-Vale, MD   Page 1 of 1
Major depressive disorder, single episode, severe without psychotic features (F32.2).
CDRS-R 68 at baseline (10/26/2026); 49 at treatment 20 (11/20/2026), a 28% reduction; 44 today (treatment 25).
Passive wish to be asleep and not wake up, less frequent than at baseline; no plan or intent; safety plan reviewed.
Attends school half days since October 2026.
History: fluoxetine 40 mg 03/2025-06/2025, 12 weeks, no response; escitalopram 20 mg since 08/2025, partial
response, continued; weekly CBT since 01/2025, continuing; melatonin 3 mg at bedtime for sleep. Earlier episode at
age 13 (2022): full response to 12 sessions of CBT.
Treatments given: 26 of 36 through 12/02/2026 (session 26 given 12/02 before the notice of 12/03 arrived).
Plan: complete the remaining 10 approved sessions; CDRS-R every five sessions.
''',
    },
    truth='''
# 08 - City employees' plan: a teen's approved TMS course ended by a notice dated after the end date; expedited first appeal by his father (FICTIONAL)

All people, plans, administrators, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Jonah Reyes-Ballantyne, **17** (DOB 04/15/2009), a dependent in the **City of Millbrook Employee Health Plan**, a
  **self-funded governmental plan** (2,300 employees; not ERISA), has a severe depressive episode (F32.2).
- **Authorization UM-26-1019-6631** approved **36 TMS sessions, 10/26/2026-01/08/2027**. The 2026 SPD covers TMS from
  age 15 (Section 5.9).
- The concurrent-review notice is **dated 12/03/2026** and ends the authorization **"effective 11/30/2026"** - three
  days **before** the notice. 26 sessions were given through 12/02/2026; the three of 11/30-12/02 are now unpaid and
  **10 remain**.
- The notice says "has not shown improvement after 20 treatments"; the record: **CDRS-R 68 -> 49 at treatment 20
  (28%)**, **44 on 12/01/2026**. Policy BH-TMS-11 criterion 4 asks for "documented improvement from baseline" - met.
  A partial response, not remission.
- **SPD 2026, Section 8.4:** the plan will give notice early enough to appeal and get a decision before a reduction or
  end, and care stays covered while that appeal is decided. The same rule for a governmental plan: 45 CFR
  147.136(b)(2)(i), applying 29 CFR 2560.503-1(f)(2)(ii)(A).
- The notice names no expedited appeal and no external review rights (a notice missing its rights).
- The reviewer named is a **family medicine** physician, not a child psychiatrist.
- **Rule and stage:** expedited (urgent) first internal appeal, decided within 72 hours; the treating child
  psychiatrist certifies urgency (a physician with knowledge of the condition); 180 days from the notice: **by
  06/01/2027**; external review (45 CFR 147.136(c)-(d); self-funded government plan) may run at the same time when
  urgent. Parity: 45 CFR 146.136 (plan of 2,300; opt-out not known).
- **Author:** his father, the member, as the parent of a minor (no authorization needed); he writes about "Jonah" /
  "my son".

## Deliberately unknown
- Whether the city plan ever opted out of parity: not stated; a letter may raise parity but must not say the plan is
  certainly under it. The plan's own 2026 terms are the stronger ground.
- The exact day the notice arrived: after 12/02/2026 (session 26 was given 12/02 before it arrived); no date given.
- Whether the plan will pay the three sessions of 11/30-12/02 without the appeal: not known.

## Traps
- **Rule beats medicine:** the first point is the timing (an end effective before its own notice), then the record.
- **Stale plan document:** the 2025 SPD ("not covered for members under 18") does not govern 2026; a letter must not
  concede an age exclusion.
- **Other people on a document:** the chair schedule (K. Odhiambo, S. Lindgren).
- **Partial response is not remission and is not "no improvement".**
- **Drugs still taken:** escitalopram continues (partial) - never "failed"; **CBT continues** and is psychotherapy, not
  a medication trial; **melatonin** is for sleep; **CBT at 13 (2022)** was a response in an earlier episode.
- **Suicidality:** passive, lessening, on 12/01/2026; never "active" or "plan".
- **Wrong law:** ERISA as the governing law (29 CFR 2560.503-1 cited alone, ERISA 502, EBSA); Medicaid's 10-day
  notice rule (42 CFR 431.211) or 438.420; "state insurance department" as regulator of a self-funded plan.
- **Care to come:** the letter appeals "the decision to end authorized care" and asks that it stay authorized, not
  only that a claim be paid.

## Arguments a strong letter makes (strongest first)
1. The plan ended an **approved course** by a notice **dated 12/03/2026, effective 11/30/2026** - after the fact, with
   no time to appeal. Under **SPD Section 8.4** (and 45 CFR 147.136(b)(2)(i) applying 29 CFR
   2560.503-1(f)(2)(ii)(A)) the course stays covered while this appeal is decided: pay 11/30-12/02 and keep the 10
   remaining sessions authorized.
2. **Criterion 4 is met:** CDRS-R 68 -> 49 at treatment 20 and 44 at treatment 25; correct the notice's "not shown
   improvement".
3. **Expedited:** the treating child psychiatrist certifies urgency; decide within 72 hours; a reviewer in child and
   adolescent psychiatry, not family medicine; the notice omitted expedited and external review rights.

## What a letter must NOT say
- "no improvement"; "remission"; "has failed TMS".
- "not covered for members under 18"; an age exclusion conceded.
- "Odhiambo", "Lindgren".
- "failed escitalopram"; CBT as a "failed medication"; melatonin as a trial; "failed CBT" (2022).
- "active suicidal ideation", "suicide plan".
- "ERISA" as governing law; "EBSA"; "42 CFR 431.211"; "438.420"; "Medicaid".
''',
    answers=[
        ("Notice date", "Date: 12/03/2026", "denial/concurrent-review-notice-2026-12-03.txt"),
        ("End date the notice sets", "terminated effective 11/30/2026", "denial/concurrent-review-notice-2026-12-03.txt"),
        ("The notice's stated fact", "has not shown improvement after 20 treatments", "denial/concurrent-review-notice-2026-12-03.txt"),
        ("Reviewer's specialty", "family medicine", "denial/concurrent-review-notice-2026-12-03.txt"),
        ("Authorization", "36 sessions, 10/26/2026 through 01/08/2027", "other/tms-authorization-2026-10-19.txt"),
        ("Plan's own advance-notice term", "before the reduction or end takes effect", "other/summary-plan-description-2026-section-8-excerpt.txt"),
        ("Continued coverage term", "Care continues to be covered while that appeal is decided", "other/summary-plan-description-2026-section-8-excerpt.txt"),
        ("2026 age rule", "covered for members 15 and older", "other/summary-plan-description-2026-section-8-excerpt.txt"),
        ("Stale age rule", "not covered for members under 18", "other/summary-plan-description-2025-section-5-excerpt-superseded.txt"),
        ("Score at treatment 20", "49 at treatment 20 (11/20/2026), a 28% reduction", "clinical/tms-progress-note-2026-12-01.txt"),
        ("Latest score", "44 today (treatment 25)", "clinical/tms-progress-note-2026-12-01.txt"),
        ("Sessions given and left", "26 of 36 through 12/02/2026", "clinical/tms-progress-note-2026-12-01.txt"),
        ("Escitalopram", "escitalopram 20 mg since 08/2025, partial", "clinical/tms-progress-note-2026-12-01.txt"),
        ("Earlier episode", "full response to 12 sessions of CBT", "clinical/tms-progress-note-2026-12-01.txt"),
        ("Other person on the schedule", "K. Odhiambo", "other/tms-weekly-schedule-2026-11-30.txt"),
        ("Deadline", "by 06/01/2027", "truth"),
    ],
)
# === ENGINE ===================================================================================================
def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def npi_ok(n):
    s = "80840" + n[:9]
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10) == n[9]


def build(c):
    problems = []
    d = os.path.join(HERE, c["slug"])
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(d)
    texts = {}
    yaml_text = c["yaml"].strip() + "\n"
    with open(os.path.join(d, "case.yaml"), "w") as f:
        f.write(yaml_text)
    texts["case.yaml"] = yaml_text
    for rel, body in sorted(c["docs"].items()):
        top = rel.split("/")[0]
        if top not in ("denial", "clinical", "other"):
            problems.append(f"{c['num']}: {rel} not in denial/, clinical/ or other/")
        p = os.path.join(d, rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        text = HEADER + body.strip() + FOOTER
        with open(p, "w") as f:
            f.write(text)
        texts[rel] = text
    truth = c["truth"].strip() + "\n"
    with open(os.path.join(HERE, c["slug"] + ".truth.md"), "w") as f:
        f.write(truth)
    texts["truth"] = truth
    # self-checks
    if "FICTIONAL" not in yaml_text.splitlines()[0]:
        problems.append(f"{c['num']}: case.yaml first line not marked FICTIONAL")
    if "FICTIONAL" not in truth.splitlines()[0]:
        problems.append(f"{c['num']}: truth file first line not marked FICTIONAL")
    pos = -1
    for h in HEADINGS:
        i = truth.find("\n" + h + "\n")
        if i <= pos:
            problems.append(f"{c['num']}: truth heading missing or out of order: {h}")
        pos = i
    if len(re.findall(r"^## ", truth, re.M)) != 5:
        problems.append(f"{c['num']}: truth file must have exactly five ## headings")
    for rel in sorted(set(re.findall(r"(?:denial|clinical|other)/[\w.\-]+\.txt", yaml_text))):
        if rel not in c["docs"]:
            problems.append(f"{c['num']}: case.yaml names {rel}, which is not written")
    if len(c["answers"]) != 16:
        problems.append(f"{c['num']}: {len(c['answers'])} expected answers, not 16")
    for q, a, where in c["answers"]:
        if where not in texts:
            problems.append(f"{c['num']}: answer '{q}' names unknown document {where}")
        elif norm(a) not in norm(texts[where]):
            problems.append(f"{c['num']}: answer '{q}' ({a}) not found in {where}")
    for name, t in texts.items():
        for ph in re.findall(r"\(\d{3}\) \d{3}-\d{4}", t):
            if not re.search(r"555-01\d\d", ph):
                problems.append(f"{c['num']}: phone {ph} in {name} is not 555-01xx")
        for em in re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", t):
            if not em.endswith(".example"):
                problems.append(f"{c['num']}: e-mail {em} in {name} is not on an .example domain")
        for n in re.findall(r"(?:NPI:? |npi: \")(\d{10})", t):
            if not npi_ok(n):
                problems.append(f"{c['num']}: NPI {n} in {name} fails its check digit")
    # parse the YAML
    try:
        from ruamel.yaml import YAML
        YAML(typ="safe").load(yaml_text)
    except ImportError:
        import yaml
        yaml.safe_load(yaml_text)
    except Exception as e:  # noqa: BLE001
        problems.append(f"{c['num']}: case.yaml does not parse: {e}")
    # stray files
    for root, _dirs, files in os.walk(d):
        for fn in files:
            rel = os.path.relpath(os.path.join(root, fn), d)
            if rel != "case.yaml" and rel not in c["docs"]:
                problems.append(f"{c['num']}: stray file {rel}")
    return problems


def main(argv):
    run_check = "--check" in argv
    sel = [a for a in argv if not a.startswith("-")]
    chosen = [c for c in CASES if not sel or c["num"] in sel]
    problems, answers = [], 0
    for c in chosen:
        problems += build(c)
        answers += len(c["answers"])
    for p in problems:
        print("PROBLEM:", p)
    rcs = {}
    if run_check:
        out = []
        for c in chosen:
            r = subprocess.run([APPEAL_KIT, "check", os.path.join(HERE, c["slug"])],
                               capture_output=True, text=True)
            rcs[c["num"]] = r.returncode
            out.append(f"===== {c['slug']} (exit {r.returncode})\n{r.stdout}{r.stderr}")
        name = "check-output.txt" if not sel else "check-output-partial.txt"
        with open(os.path.join(HERE, name), "w") as f:
            f.write("\n".join(out))
        print("check exit codes:", " ".join(f"{k}={v}" for k, v in rcs.items()))
    print(f"{len(chosen)} cases, {answers} expected answers, {len(problems)} problems")
    bad = problems or any(v != 0 for v in rcs.values())
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
