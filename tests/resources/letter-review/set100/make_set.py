#!/usr/bin/env python3
"""FICTIONAL test-set generator: letters set 100 (issue 18), process emphasis. Written blind.

Run: /work/main/.venv/bin/python make_set.py [--check] [NN ...]
Rewrites each case folder and its truth file, then self-checks. Exit 1 on any problem.
"""
import io
import re
import shutil
import subprocess
import sys
from pathlib import Path

from ruamel.yaml import YAML

HERE = Path(__file__).resolve().parent
APPEAL_KIT = "/work/main/.venv/bin/appeal-kit"
HEAD = "FICTIONAL - invented for a blind test set (letters set 100); not a real person, plan, clinic or number.\n\n"
FOOT = "\n\nFICTIONAL DOCUMENT - end.\n"
HEADINGS = ["What is true", "Deliberately unknown", "Traps", "Arguments a strong letter makes",
            "What a letter must NOT say"]


def npi(base9):
    """Return a 10-digit NPI: base9 plus the Luhn check digit computed over the 80840 prefix."""
    digits = "80840" + base9
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return base9 + str((10 - total % 10) % 10)


def npi_ok(s):
    if not re.fullmatch(r"\d{10}", s):
        return False
    digits = "80840" + s
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


NPI1 = npi("152340987")
NPI2 = npi("164820113")
NPI3 = npi("178205546")
NPI4 = npi("120994417")
NPI5 = npi("131557028")
NPI6 = npi("145063329")
NPI7 = npi("187742605")
NPI8 = npi("196310774")

CASES = []

# ---------------------------------------------------------------------------------------------------------------
CASES.append(dict(
    num="01",
    slug="100-01-medicaid-mco-tms-reduced-notice-says-30-days-from-receipt-aid-continuing-patient",
    yaml=f"""\
# FICTIONAL CASE (letters set 100, case 01) - every person, plan, provider, number and address is invented.
# Ohio Medicaid managed care. Authorized TMS course (36 sessions) cut to 20 from 12/10/2026 by a notice dated
# 11/30/2026 that wrongly says "30 days from the day you receive this letter". Rule: 60 days from the notice,
# 42 CFR 438.402(c)(2)(ii): 01/29/2027. Appeal filed 12/08/2026, within 10 days: benefits continue (438.420).
patient:
  name: Renata Okonkwo-Vale
  salutation: Ms. Okonkwo-Vale
  date_of_birth: 1987-04-19
  member_id: FICT-OHMCD-40718825
  address: |-
    2290 Linden Hollow Road
    Columbus, OH 43211
  phone: (614) 555-0147
insurer:
  name: Buckeye Crest Health Plan, a Medicaid managed care plan (FICTIONAL)
  appeals_address: |-
    Buckeye Crest Health Plan, Member Appeals (FICTIONAL)
    PO Box 71204
    Columbus, OH 43215
  fax: (614) 555-0162
claim:
  number: BCH-PA-26-1102-5531
  plan_type: medicaid
  delivery: managed_care
  notice_date: 2026-11-30
  appeal_deadline: 2027-01-29
  deadline_basis: >-
    Rule: a Medicaid managed care enrollee has 60 calendar days from the date on the adverse benefit
    determination notice, 42 CFR 438.402(c)(2)(ii); counted from the notice date 11/30/2026. The notice's own
    "30 days from the day you receive this letter" is wrong and shorter.
  service_dates: [2026-12-10]
  pending_services: 16
  procedure_codes: ["90868"]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    Your authorization for 36 TMS treatment sessions is being reduced to 20 sessions. Based on your progress
    notes, continued treatment after session 20 is not medically necessary. The change takes effect 12/10/2026.
  denial_category: medical_necessity
  action: reduce
  action_date: 2026-12-10
treatment:
  name: Transcranial magnetic stimulation (TMS), sessions 21-36 of an authorized 36-session course
  summary: >-
    The plan authorized 36 sessions on 10/19/2026; the notice of 11/30/2026 cuts the course to 20 from 12/10/2026.
prior_auth:
  approved:
    number: BCH-PA-26-1102-5531
    date: 2026-10-19
    covers: 36 TMS sessions, 10/26/2026 through 12/31/2026
    quote: "Approved: 90868, 36 units, 10/26/2026 - 12/31/2026."
    file: other/authorization-approval-2026-10-19.txt
clinical:
  severity: PHQ-9 24 on 10/26/2026; PHQ-9 17 on 11/23/2026
  severity_date: 2026-11-23
  suicidality: passive
  suicidality_date: 2026-11-23
  response_level: partial
  response: PHQ-9 24 at session 1 (10/26/2026); PHQ-9 17 at session 20 (11/23/2026)
  history:
    - drug: Escitalopram
      dose: 20 mg daily
      start: 2025-01-06
      end: 2025-04-14
      kind: antidepressant
      adequate: true
      response: none
      outcome: No response after 14 weeks
      evidence: {{file: clinical/tms-progress-note-2026-11-23.txt, page: 1}}
    - drug: Bupropion XL
      dose: 300 mg daily
      start: 2025-05-05
      end: 2026-08-31
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response, lost by summer 2026
      evidence: {{file: clinical/tms-progress-note-2026-11-23.txt, page: 1}}
author:
  name: Renata Okonkwo-Vale
  relation: patient
provider:
  name: Scioto Valley Neuromodulation (FICTIONAL)
  credentials: Imre Castellanos, MD
  npi: "{NPI1}"
  address: |-
    455 Olentangy Commons Drive
    Columbus, OH 43202
  phone: (614) 555-0138
record_dates:
  - file: clinical/tms-progress-note-2026-11-23.txt
    date: 2026-11-23
bates_prefix: OKONKWOVALE
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/notice-of-adverse-benefit-determination-2026-11-30.txt": """\
BUCKEYE CREST HEALTH PLAN (FICTIONAL) - OHIO MEDICAID MANAGED CARE
NOTICE OF ADVERSE BENEFIT DETERMINATION                 Date of this notice: 11/30/2026
Member: Renata Okonkwo-Vale   Member ID FICT-OHMCD-40718825
Authorization: BCH-PA-26-1102-5531   Provider: Scioto Valley Neuromodulation

What we decided: Your authorization for 36 TMS treatment sessions is being reduced to 20 sessions. Based on
your progress notes, continued treatment after session 20 is not medically necessary. The change takes effect
12/10/2026.

Your right to appeal: You may ask for a plan appeal within 30 days from the day you receive this letter.
Mail: Member Appeals, PO Box 71204, Columbus, OH 43215. Fax: (614) 555-0162.
If you want your services to continue while we decide, you must ask for a plan appeal within 10 days of the
date of this notice or before the change takes effect.""",
        "other/authorization-approval-2026-10-19.txt": """\
BUCKEYE CREST HEALTH PLAN (FICTIONAL) - AUTHORIZATION APPROVAL     Date: 10/19/2026
Member: Renata Okonkwo-Vale   Authorization BCH-PA-26-1102-5531
Approved: 90868, 36 units, 10/26/2026 - 12/31/2026.
Provider: Scioto Valley Neuromodulation, NPI {NPI1}""".replace("{NPI1}", NPI1),
        "clinical/tms-progress-note-2026-11-23.txt": """\
SCIOTO VALLEY NEUROMODULATION (FICTIONAL) - TMS PROGRESS NOTE        Date: 11/23/2026
Patient: Renata Okonkwo-Vale   DOB 04/19/1987
Session 20 of 36. PHQ-9 17 today (24 at session 1 on 10/26/2026): partial response, not remission.
Passive wish not to wake up, no plan or intent. Plan: complete the 36 authorized sessions.
Earlier trials: escitalopram 20 mg 01/06/2025-04/14/2025, no response after 14 weeks; bupropion XL 300 mg
05/05/2025-08/31/2026, partial response, lost by summer 2026.
Imre Castellanos, MD""",
    },
    truth="""\
# 01 - Ohio Medicaid managed care: authorized TMS course cut; the notice names the wrong window; aid continuing (FICTIONAL)

## What is true
- Renata Okonkwo-Vale (DOB 04/19/1987), Buckeye Crest Health Plan (Medicaid managed care, Ohio), writes her own
  first-level **plan appeal** (the first level; a state fair hearing comes only after the plan's resolution).
- The plan approved **36 TMS sessions (90868), 10/26/2026-12/31/2026** on 10/19/2026 (BCH-PA-26-1102-5531). The
  notice dated **11/30/2026** reduces the course to **20 sessions** effective **12/10/2026** (`action: reduce`).
- **True deadline: 01/29/2027** - 60 calendar days from the date of the notice, 42 CFR 438.402(c)(2)(ii). The
  notice's "within 30 days from the day you receive this letter" is wrong (shorter, and counted from receipt).
- The appeal is dated **12/08/2026** (today in this set), 8 days after the notice and before 12/10/2026 if sent today: within the 10 days, so the
  authorized sessions continue while the appeal is pending (42 CFR 438.420). The notice was 10 days before the
  action (11/30 -> 12/10): it meets the 10-day advance-notice rule (42 CFR 431.211), so no "late notice" argument.
- After the plan's resolution, a state fair hearing may be asked within **120 calendar days** of it, 42 CFR
  438.408(f)(2). PHQ-9 24 -> 17 at session 20: partial response, not remission. Passive death wish, no plan.

## Deliberately unknown
- Which plan criteria the reviewer applied (no policy named); the reviewer's name and specialty.
- Whether she asked for continued benefits in separate words: the letter itself should ask.

## Traps
- **Wrong window on the notice:** "30 days from receipt" must not be repeated as the rule; never "the state sets 90-120".
- **Stage:** this is the plan appeal, not a fair hearing; not external review.
- **Not a late notice:** 10 days' notice was given; do not claim 431.211 was violated.
- **Voice:** the patient signs: "I", "my treatment".
- Care is still to come: ask that the authorized sessions continue, not that a claim be paid.

## Arguments a strong letter makes
1. Filed in time (60 days, 438.402(c)(2)(ii)) and within 10 days of the notice: keep sessions 21-36 authorized
   during the appeal (438.420).
2. Partial response (PHQ-9 24 -> 17) is not remission; finish the approved 36-session course.
3. Ask the plan to name the criteria it applied and send the case file.

## What a letter must NOT say
- "30 days" as the appeal window; "90 to 120 days"; "external review"; "ERISA"; "29 CFR 2560.503-1".
- "late notice" or that 431.211 was broken; "pay the claim"; "in remission"; "active suicidal ideation".
""",
    answers=[
        ("Plan type", "medicaid", "case.yaml"),
        ("Notice date", "11/30/2026", "denial/notice-of-adverse-benefit-determination-2026-11-30.txt"),
        ("Window the notice wrongly gives", "within 30 days from the day you receive this letter", "denial/notice-of-adverse-benefit-determination-2026-11-30.txt"),
        ("True deadline", "01/29/2027", "truth"),
        ("Rule for the deadline", "42 CFR 438.402(c)(2)(ii)", "truth"),
        ("Effective date of the cut", "12/10/2026", "denial/notice-of-adverse-benefit-determination-2026-11-30.txt"),
        ("Sessions approved", "36 units", "other/authorization-approval-2026-10-19.txt"),
        ("Approval dates", "10/26/2026 - 12/31/2026", "other/authorization-approval-2026-10-19.txt"),
        ("Sessions the plan cut to", "reduced to 20 sessions", "denial/notice-of-adverse-benefit-determination-2026-11-30.txt"),
        ("Date of the appeal letter", "The appeal is dated **12/08/2026**", "truth"),
        ("Continuation rule", "42 CFR 438.420", "truth"),
        ("Next level and window", "120 calendar days", "truth"),
        ("PHQ-9 at session 20", "PHQ-9 17", "clinical/tms-progress-note-2026-11-23.txt"),
        ("Response level", "partial response, not remission", "clinical/tms-progress-note-2026-11-23.txt"),
        ("Authorization number", "BCH-PA-26-1102-5531", "denial/notice-of-adverse-benefit-determination-2026-11-30.txt"),
        ("Who signs", "relation: patient", "case.yaml"),
    ],
))

# ---------------------------------------------------------------------------------------------------------------
CASES.append(dict(
    num="02",
    slug="100-02-self-funded-erisa-oon-gap-exception-approved-notice-forwarded-60-vs-180-advocate",
    yaml=f"""\
# FICTIONAL CASE (letters set 100, case 02) - every person, plan, provider, number and address is invented.
# Self-funded ERISA employer plan (Minnesota employer, 2,300 employees). Out-of-network DBT program denied PR-242
# though the plan approved a network gap exception before care. EOB dated 09/02/2026 says "60 days"; it was
# mailed to a former address and received 09/21/2026 (forwarding sticker). SPD and 29 CFR 2560.503-1(h)(3)(i):
# 180 days after receipt: 03/20/2027. A patient-advocacy nonprofit's caseworker writes with written authorization.
patient:
  name: Tobias Wrenfield-Achebe
  salutation: Mr. Wrenfield-Achebe
  date_of_birth: 1996-12-03
  member_id: FICT-NPH-77120394
  address: |-
    818 Hennepin Ridge Avenue, Unit 4
    Minneapolis, MN 55408
insurer:
  name: Northpine Manufacturing Employee Health Plan, administered by Lakestar Benefit Administrators (FICTIONAL)
  appeals_address: |-
    Lakestar Benefit Administrators, Appeals Unit (FICTIONAL)
    PO Box 5530
    St. Paul, MN 55101
  fax: (651) 555-0177
claim:
  number: LBA-26-0811-90442
  plan_type: employer_erisa
  funding: self_funded
  employees: 2300
  notice_date: 2026-09-02
  notice_received:
    date: 2026-09-21
    proof: other/envelope-forwarding-sticker-2026-09-21.txt
  appeal_deadline: 2027-03-20
  deadline_basis: >-
    Rule: 180 days after receipt of the notice, 29 CFR 2560.503-1(h)(3)(i) and SPD Section 10.2; the EOB of
    09/02/2026 was received 09/21/2026 (forwarded from a former address). The EOB's "60 days" is wrong.
  service_dates: [2026-07-06, 2026-07-27]
  sessions: 8
  setting: intensive_outpatient
  procedure_codes: [S9480]
  diagnosis_codes: [F60.3]
  carc_codes: [PR-242]
  denial_reason: Services not provided by network/primary care providers. Non-network provider. (CARC 242)
  denial_category: out_of_network
  action: none
prior_auth:
  approved:
    number: network gap exception GX-26-0619-2207
    date: 2026-06-19
    covers: DBT intensive outpatient program at Lakeshore DBT Collaborative at in-network benefits, 07/01/2026-09/30/2026
    quote: "Network gap exception GX-26-0619-2207 is approved. Services will be paid at the in-network benefit level from 07/01/2026 through 09/30/2026."
    file: other/network-gap-exception-approval-2026-06-19.txt
    what_went_wrong: the exception was not applied when the claim was processed
plan_policy:
  name: Northpine Manufacturing Employee Health Plan, Summary Plan Description, Section 10.2 "Appealing a denied claim"
  number: Section 10.2
  quote: >-
    You may appeal a denied claim in writing within 180 days after you receive the notice of denial.
  file: other/spd-section-10-excerpt.txt
treatment:
  name: Dialectical behavior therapy intensive outpatient program (S9480), 8 program days
author:
  name: Priya Halloway-Strand
  role: Caseworker, Twin Lakes Patient Advocacy Network (authorized representative)
  relation: representative
  address: |-
    Twin Lakes Patient Advocacy Network (FICTIONAL), 40 Marquette Plaza, Suite 300
    Minneapolis, MN 55402
  phone: (612) 555-0124
  email: casework@twinlakesadvocacy.example
  authorization: other/authorized-representative-form-2026-11-20.txt
provider:
  name: Lakeshore DBT Collaborative (FICTIONAL)
  credentials: Greta Solvang, PsyD (out-of-network)
  npi: "{NPI2}"
  address: |-
    1200 Lake Street East
    Minneapolis, MN 55407
  phone: (612) 555-0133
bates_prefix: WRENFIELDACHEBE
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/explanation-of-benefits-2026-09-02.txt": """\
LAKESTAR BENEFIT ADMINISTRATORS (FICTIONAL) for the NORTHPINE MANUFACTURING EMPLOYEE HEALTH PLAN
EXPLANATION OF BENEFITS - THIS IS NOT A BILL             Date: 09/02/2026
Member: Tobias Wrenfield-Achebe   ID FICT-NPH-77120394
Mailed to: 3110 Cedar Avenue South, Minneapolis, MN 55407
Claim LBA-26-0811-90442   Provider: Lakeshore DBT Collaborative (non-network)
07/06/2026-07/27/2026   S9480 x8   Billed $3,520.00   Paid $0.00   You owe $3,520.00
PR-242: Services not provided by network/primary care providers. Non-network provider.
Appeal rights: You have 60 days from the date of this notice to appeal. Send appeals to Appeals Unit,
PO Box 5530, St. Paul, MN 55101, fax (651) 555-0177.""",
        "other/envelope-forwarding-sticker-2026-09-21.txt": """\
COPY OF ENVELOPE (FICTIONAL)
From: Lakestar Benefit Administrators, PO Box 5530, St. Paul, MN 55101   Postmark 09/03/2026
To: Tobias Wrenfield-Achebe, 3110 Cedar Avenue South, Minneapolis, MN 55407
Forwarding label: FORWARD TO 818 Hennepin Ridge Avenue Unit 4, Minneapolis MN 55408
Received by the member on 09/21/2026 (date written on the envelope by the member, with his initials TWA).""",
        "other/network-gap-exception-approval-2026-06-19.txt": """\
LAKESTAR BENEFIT ADMINISTRATORS (FICTIONAL) - NETWORK GAP EXCEPTION            Date: 06/19/2026
Member: Tobias Wrenfield-Achebe   Reference GX-26-0619-2207
Network gap exception GX-26-0619-2207 is approved. Services will be paid at the in-network benefit level from
07/01/2026 through 09/30/2026.
Provider: Lakeshore DBT Collaborative, NPI {NPI2}. Service: DBT intensive outpatient program.""".replace("{NPI2}", NPI2),
        "other/spd-section-10-excerpt.txt": """\
NORTHPINE MANUFACTURING EMPLOYEE HEALTH PLAN (FICTIONAL) - SUMMARY PLAN DESCRIPTION, 2026
Section 10.2 Appealing a denied claim
You may appeal a denied claim in writing within 180 days after you receive the notice of denial.
The plan is self-funded; Lakestar Benefit Administrators processes claims for the plan.""",
        "other/authorized-representative-form-2026-11-20.txt": """\
AUTHORIZED REPRESENTATIVE DESIGNATION (FICTIONAL)        Signed 11/20/2026
I, Tobias Wrenfield-Achebe, appoint Priya Halloway-Strand of Twin Lakes Patient Advocacy Network to act for me in
the appeal of claim LBA-26-0811-90442 with the Northpine Manufacturing Employee Health Plan.
Signature: Tobias Wrenfield-Achebe""",
    },
    truth="""\
# 02 - Self-funded ERISA plan: out-of-network denial despite an approved network gap exception; EOB gives the wrong window and reached him late (FICTIONAL)

## What is true
- Tobias Wrenfield-Achebe (DOB 12/03/1996), member of a **self-funded ERISA plan** (Northpine Manufacturing, 2,300
  employees; Lakestar Benefit Administrators is the TPA). First internal appeal, post-service.
- The plan approved **network gap exception GX-26-0619-2207** on 06/19/2026: in-network benefit level,
  **07/01/2026-09/30/2026**, for Lakeshore DBT Collaborative. The 8 DBT IOP days **07/06-07/27/2026** (S9480) fall
  inside it. The EOB of **09/02/2026** denied them **PR-242** (non-network) all the same.
- The EOB was mailed to a former address and **received 09/21/2026** (forwarding label on the envelope).
- **True deadline: 03/20/2027** - 180 days after receipt, 29 CFR 2560.503-1(h)(3)(i) and SPD Section 10.2.
  The EOB's "60 days from the date of this notice" is wrong (it would have been 11/01/2026). Even counted from the
  notice date, 180 days runs to 03/01/2027, so the appeal is timely either way.
- Next level: external review under the federal process for self-funded plans, 29 CFR 2590.715-2719, within 4
  months of the final internal denial. Decision time for a post-service appeal: 60 days (2560.503-1(i)).
- Author: a caseworker of a nonprofit, authorized representative (form signed 11/20/2026); writes about "Mr.
  Wrenfield-Achebe".

## Deliberately unknown
- Why the exception was not applied (system error is likely but not shown); the allowed amount.
- The clinical details of the program: not in dispute.

## Traps
- **Window:** never concede "60 days"; never call the appeal late; do not ask for good-cause extension.
- **Not a network adequacy argument from scratch:** the exception is already approved; no new gap request.
- **Self-funded:** external review under 29 CFR 2590.715-2719 (not only 45 CFR 147.136); no state insurance
  department complaint route as the main one.
- Not medical necessity: no peer-to-peer, no clinical reviewer request.

## Arguments a strong letter makes
1. The plan's own approved exception GX-26-0619-2207 covers every date: reprocess at in-network benefits.
2. The appeal is timely: received 09/21/2026, 180 days after receipt (SPD 10.2; 2560.503-1(h)(3)(i)).
3. Correct the plan's record of the exception so later claims are not denied the same way; ask for the claim file.

## What a letter must NOT say
- "60 days" as the rule; "untimely"; "good cause"; "medically necessary" as the ground; "peer-to-peer".
- "Medicaid"; "Medicare"; "45 CFR 156.230"; "fully insured".
""",
    answers=[
        ("Plan type and funding", "funding: self_funded", "case.yaml"),
        ("Notice date", "Date: 09/02/2026", "denial/explanation-of-benefits-2026-09-02.txt"),
        ("Window the notice wrongly gives", "60 days from the date of this notice", "denial/explanation-of-benefits-2026-09-02.txt"),
        ("Date received", "09/21/2026", "other/envelope-forwarding-sticker-2026-09-21.txt"),
        ("Address the EOB was mailed to", "3110 Cedar Avenue South", "denial/explanation-of-benefits-2026-09-02.txt"),
        ("True deadline", "03/20/2027", "truth"),
        ("Plan's own window", "within 180 days after you receive the notice of denial", "other/spd-section-10-excerpt.txt"),
        ("Regulation", "29 CFR 2560.503-1(h)(3)(i)", "truth"),
        ("Exception number", "GX-26-0619-2207", "other/network-gap-exception-approval-2026-06-19.txt"),
        ("Exception period", "07/01/2026 through 09/30/2026", "other/network-gap-exception-approval-2026-06-19.txt"),
        ("CARC", "PR-242", "denial/explanation-of-benefits-2026-09-02.txt"),
        ("Dates of service", "07/06/2026-07/27/2026", "denial/explanation-of-benefits-2026-09-02.txt"),
        ("Amount owed per EOB", "$3,520.00", "denial/explanation-of-benefits-2026-09-02.txt"),
        ("External review rule", "29 CFR 2590.715-2719", "truth"),
        ("Representative form date", "Signed 11/20/2026", "other/authorized-representative-form-2026-11-20.txt"),
        ("Author relation", "relation: representative", "case.yaml"),
    ],
))

# ---------------------------------------------------------------------------------------------------------------
CASES.append(dict(
    num="03",
    slug="100-03-part-d-formulary-exception-notice-says-60-days-np-prescriber-redetermination",
    yaml=f"""\
# FICTIONAL CASE (letters set 100, case 03) - every person, plan, provider, number and address is invented.
# Stand-alone Part D PDP, Nevada. Coverage determination of 11/02/2026 denied a formulary exception for
# brexpiprazole (adjunct). The notice says "60 days"; the rule since 2025-01-01 is 65 days from the notice date,
# 42 CFR 423.582(b): 01/06/2027. The prescribing nurse practitioner requests the standard redetermination (423.580).
patient:
  name: Harlan Moss-Ventimiglia
  salutation: Mr. Moss-Ventimiglia
  date_of_birth: 1954-02-11
  member_id: FICT-PDP-3318840
  address: |-
    77 Sagebrush Court
    Henderson, NV 89014
insurer:
  name: Silver Basin Rx Prescription Drug Plan (FICTIONAL)
  appeals_address: |-
    Silver Basin Rx, Part D Redeterminations (FICTIONAL)
    PO Box 2210
    Las Vegas, NV 89125
  fax: (702) 555-0181
claim:
  number: SBRX-CD-26-1102-0617
  plan_type: medicare_part_d
  notice_date: 2026-11-02
  appeal_deadline: 2027-01-06
  deadline_basis: >-
    Rule: 65 days from the date of the coverage determination notice, 42 CFR 423.582(b) (in force from
    01/01/2025); notice dated 11/02/2026. The notice's "within 60 days" is the old window.
  diagnosis_codes: [F33.1]
  denial_reason: >-
    Brexpiprazole is not on our formulary. Your prescriber did not provide a statement that the formulary
    alternatives would not be as effective or would have adverse effects.
  denial_category: not_covered
  denial_reasons: [formulary_exception]
  action: none
prescriber_statement:
  date: 2026-11-12
  quote: >-
    Aripiprazole 5 mg daily (06/2026-08/2026) caused akathisia severe enough to stop it, and quetiapine
    50-150 mg (2025) caused sedation and a 9 kg weight gain; both formulary alternatives had adverse effects.
  file: clinical/prescriber-supporting-statement-2026-11-12.txt
treatment:
  name: Brexpiprazole 1 mg daily (adjunct to sertraline)
  alongside: sertraline 200 mg daily
clinical:
  history:
    - drug: Sertraline
      dose: 200 mg daily
      start: 2025-01
      ongoing: true
      kind: antidepressant
      response: partial
      outcome: Partial response; continued
    - drug: Quetiapine
      dose: 50-150 mg daily
      start: 2025-03
      end: 2025-07
      kind: augmentation
      outcome: Stopped for sedation and 9 kg weight gain
    - drug: Aripiprazole
      dose: 5 mg daily
      start: 2026-06
      end: 2026-08
      kind: augmentation
      weeks: 8
      outcome: Stopped for akathisia after about 8 weeks
  suicidality: none
  suicidality_date: 2026-11-12
record_dates:
  - file: clinical/prescriber-supporting-statement-2026-11-12.txt
    date: 2026-11-12
author:
  name: Della Ferraro-Quint
  role: Psychiatric nurse practitioner (PMHNP-BC), prescriber
  relation: prescriber
  address: |-
    Desert Mesa Behavioral Health (FICTIONAL), 2400 Paseo Verde Parkway, Suite 110
    Henderson, NV 89074
  phone: (702) 555-0129
provider:
  name: Desert Mesa Behavioral Health (FICTIONAL)
  credentials: Della Ferraro-Quint, PMHNP-BC
  npi: "{NPI3}"
  address: |-
    2400 Paseo Verde Parkway, Suite 110
    Henderson, NV 89074
  phone: (702) 555-0129
bates_prefix: MOSSVENTIMIGLIA
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/coverage-determination-notice-2026-11-02.txt": """\
SILVER BASIN RX PRESCRIPTION DRUG PLAN (FICTIONAL) - MEDICARE PART D
NOTICE OF DENIAL OF MEDICARE PRESCRIPTION DRUG COVERAGE          Date: 11/02/2026
Member: Harlan Moss-Ventimiglia   ID FICT-PDP-3318840   Case SBRX-CD-26-1102-0617
Drug: brexpiprazole 1 mg tablet   Request: formulary exception
Why: Brexpiprazole is not on our formulary. Your prescriber did not provide a statement that the formulary
alternatives would not be as effective or would have adverse effects.
Your right to a redetermination: You must ask within 60 days from the date of this notice. Your prescriber may
ask for you. Fax (702) 555-0181 or write PO Box 2210, Las Vegas, NV 89125.""",
        "clinical/prescriber-supporting-statement-2026-11-12.txt": """\
DESERT MESA BEHAVIORAL HEALTH (FICTIONAL) - PRESCRIBER SUPPORTING STATEMENT        Date: 11/12/2026
Patient: Harlan Moss-Ventimiglia   DOB 02/11/1954
Aripiprazole 5 mg daily (06/2026-08/2026) caused akathisia severe enough to stop it, and quetiapine
50-150 mg (2025) caused sedation and a 9 kg weight gain; both formulary alternatives had adverse effects.
Aripiprazole was taken about 8 weeks. Sertraline 200 mg daily continues (partial response). No suicidal ideation.
Della Ferraro-Quint, PMHNP-BC, NPI {NPI3}""".replace("{NPI3}", NPI3),
    },
    truth="""\
# 03 - Part D PDP: formulary exception denied "no prescriber statement"; the notice gives 60 days; the NP asks for redetermination (FICTIONAL)

## What is true
- Harlan Moss-Ventimiglia (DOB 02/11/1954), Silver Basin Rx (stand-alone Part D PDP). Coverage determination
  dated **11/02/2026** denied a **formulary exception** for brexpiprazole 1 mg (adjunct to sertraline).
- This appeal is the **standard redetermination** (first level of Part D appeals), requested by the prescribing
  **nurse practitioner**, which Part D allows a prescriber to do for the enrollee (42 CFR 423.580).
- **True deadline: 01/06/2027** - 65 days from the date of the notice, 42 CFR 423.582(b) (from 01/01/2025). The
  notice's "within 60 days" is the pre-2025 window (it would give 01/01/2027). Either way the request is in time.
- The supporting statement (42 CFR 423.578(b)) dated **11/12/2026** answers the denial's ground: aripiprazole
  caused akathisia (06/2026-08/2026), quetiapine sedation and weight gain (2025). Sertraline continues.
- Next level: the independent review entity, within the time the redetermination prints (42 CFR 423.600).

## Deliberately unknown
- Whether a statement was ever faxed before 11/02/2026: not shown; do not claim it was.
- Plan's formulary alternatives beyond the two named.

## Traps
- **Window:** 65 days from the notice date, not 60, not "after receipt".
- **Voice:** a nurse practitioner writes: never "Dr." or "physician"; "I write as Mr. Moss-Ventimiglia's
  treating nurse practitioner".
- **Sertraline continues** (partial response): not a failed, stopped trial. Quetiapine and aripiprazole are
  augmentation agents stopped for adverse effects, not antidepressant trials.
- No parity, no ERISA, no external review by an IRO under 147.136; no "medical necessity" denial language.

## Arguments a strong letter makes
1. The prescriber's statement now supplies exactly what the notice said was missing (423.578(b)): both
   formulary alternatives caused adverse effects.
2. Ask for a formulary exception at the plan's cost sharing for non-formulary exceptions; filed within 65 days.

## What a letter must NOT say
- "60 days" as the rule; "Dr. Ferraro-Quint"; "physician" for the author; "failed sertraline".
- "ERISA"; "29 CFR 2560.503-1"; "external review"; "Medicaid".
""",
    answers=[
        ("Plan type", "medicare_part_d", "case.yaml"),
        ("Notice date", "Date: 11/02/2026", "denial/coverage-determination-notice-2026-11-02.txt"),
        ("Window on the notice", "within 60 days from the date of this notice", "denial/coverage-determination-notice-2026-11-02.txt"),
        ("True deadline", "01/06/2027", "truth"),
        ("Rule", "42 CFR 423.582(b)", "truth"),
        ("Level", "standard redetermination", "truth"),
        ("Request type", "formulary exception", "denial/coverage-determination-notice-2026-11-02.txt"),
        ("Drug", "brexpiprazole 1 mg", "denial/coverage-determination-notice-2026-11-02.txt"),
        ("Denial ground", "Your prescriber did not provide a statement", "denial/coverage-determination-notice-2026-11-02.txt"),
        ("Statement date", "11/12/2026", "clinical/prescriber-supporting-statement-2026-11-12.txt"),
        ("Aripiprazole adverse effect", "akathisia", "clinical/prescriber-supporting-statement-2026-11-12.txt"),
        ("Quetiapine adverse effect", "9 kg weight gain", "clinical/prescriber-supporting-statement-2026-11-12.txt"),
        ("Continuing antidepressant", "Sertraline 200 mg daily continues", "clinical/prescriber-supporting-statement-2026-11-12.txt"),
        ("Prescriber may request", "42 CFR 423.580", "truth"),
        ("Author credential", "PMHNP-BC", "case.yaml"),
        ("Exception rule", "423.578(b)", "truth"),
    ],
))

# ---------------------------------------------------------------------------------------------------------------
CASES.append(dict(
    num="04",
    slug="100-04-fehb-precert-on-file-not-linked-co197-carrier-reconsideration-enrollee-wife",
    yaml=f"""\
# FICTIONAL CASE (letters set 100, case 04) - every person, plan, provider, number and address is invented.
# FEHB Standard Option, Self and Family, Georgia. The carrier precertified the husband's partial hospitalization
# program (PC-26-0703-4418), then denied the claim CO-197 "no precertification". First step: ask the carrier to
# reconsider within 6 months of the denial (5 CFR 890.105(b)(1)): EOB 10/05/2026 -> 04/05/2027. The enrollee (his
# wife, a federal employee) writes with his signed consent.
patient:
  name: Marcus Delacroix-Hale
  salutation: Mr. Delacroix-Hale
  date_of_birth: 1979-08-30
  member_id: FICT-FEP-R55092718-02
  address: |-
    1406 Peachtree Battle Circle
    Atlanta, GA 30327
insurer:
  name: Federal Employees Commonwealth Benefit Plan, Standard Option (FICTIONAL FEHB carrier)
  appeals_address: |-
    Commonwealth Benefit Plan, Reconsiderations (FICTIONAL)
    PO Box 88120
    Atlanta, GA 30356
  fax: (404) 555-0153
claim:
  number: CBP-26-0922-77310
  plan_type: fehb
  notice_date: 2026-10-05
  appeal_deadline: 2027-04-05
  deadline_basis: >-
    Rule: ask the carrier to reconsider within 6 months from the date of the denial, 5 CFR 890.105(b)(1) and the
    brochure's Section 8; EOB dated 10/05/2026.
  service_dates: [2026-07-13, 2026-07-31]
  setting: partial_hospitalization
  revenue_codes: ["0912"]
  diagnosis_codes: [F31.4]
  carc_codes: [CO-197]
  denial_reason: Precertification/authorization/notification absent. No precertification on file for these services.
  denial_category: prior_authorization
  action: none
prior_auth:
  approved:
    number: PC-26-0703-4418
    date: 2026-07-03
    covers: partial hospitalization program, 07/13/2026 through 07/31/2026, at Magnolia Ridge Behavioral Hospital
    quote: "Precertification PC-26-0703-4418: partial hospitalization approved 07/13/2026 - 07/31/2026 (15 program days)."
    file: other/precertification-approval-2026-07-03.txt
    from: 2026-07-13
    through: 2026-07-31
    what_went_wrong: the claim was not linked to the precertification on file
treatment:
  name: Partial hospitalization program, 15 program days
author:
  name: Simone Delacroix-Hale
  role: FEHB enrollee (the patient's wife)
  relation: representative
  address: |-
    1406 Peachtree Battle Circle
    Atlanta, GA 30327
  phone: (404) 555-0116
  authorization: other/patient-consent-2026-11-15.txt
provider:
  name: Magnolia Ridge Behavioral Hospital (FICTIONAL)
  npi: "{NPI4}"
  address: |-
    900 Ridgewood Drive NE
    Atlanta, GA 30307
  phone: (404) 555-0140
bates_prefix: DELACROIXHALE
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/explanation-of-benefits-2026-10-05.txt": """\
COMMONWEALTH BENEFIT PLAN (FICTIONAL FEHB CARRIER) - EXPLANATION OF BENEFITS        Date: 10/05/2026
Enrollee: Simone Delacroix-Hale   Patient: Marcus Delacroix-Hale   ID FICT-FEP-R55092718-02
Claim CBP-26-0922-77310   Magnolia Ridge Behavioral Hospital   07/13/2026-07/31/2026   Rev 0912
Billed $9,750.00   Paid $0.00
CO-197: Precertification/authorization/notification absent. No precertification on file for these services.
If you disagree, write to us within 6 months of the date of this notice and ask us to reconsider (see your
brochure, Section 8). If we uphold our decision you may then ask OPM to review it.""",
        "other/precertification-approval-2026-07-03.txt": """\
COMMONWEALTH BENEFIT PLAN (FICTIONAL) - PRECERTIFICATION LETTER        Date: 07/03/2026
Patient: Marcus Delacroix-Hale
Precertification PC-26-0703-4418: partial hospitalization approved 07/13/2026 - 07/31/2026 (15 program days).
Facility: Magnolia Ridge Behavioral Hospital, NPI {NPI4}""".replace("{NPI4}", NPI4),
        "other/patient-consent-2026-11-15.txt": """\
CONSENT TO DISCLOSE AND TO ACT (FICTIONAL)        Signed 11/15/2026
I, Marcus Delacroix-Hale, agree that my wife Simone Delacroix-Hale may ask Commonwealth Benefit Plan and OPM to
reconsider claim CBP-26-0922-77310 for me and may receive my health information for that purpose.
Signature: Marcus Delacroix-Hale""",
    },
    truth="""\
# 04 - FEHB: PHP precertified, claim denied CO-197; carrier reconsideration by the enrollee (FICTIONAL)

## What is true
- Marcus Delacroix-Hale (DOB 08/30/1979) is covered as a family member under his wife Simone's **FEHB** Standard
  Option (Commonwealth Benefit Plan). Simone, the enrollee, writes with his signed consent (11/15/2026).
- The carrier's own precertification **PC-26-0703-4418** (07/03/2026) approved PHP **07/13/2026-07/31/2026**. The EOB
  of **10/05/2026** denied the same days CO-197 "No precertification on file".
- **Stage:** first step of the FEHB disputed-claims process - the **carrier reconsideration**. OPM review comes
  only after the carrier's decision (within 90 days of it, 5 CFR 890.105(e)(1)).
- **True deadline: 04/05/2027** - 6 months from the date of the denial, 5 CFR 890.105(b)(1) (and the EOB's own
  sentence). The carrier has 30 days from receipt to answer (890.105(b)(2)).

## Deliberately unknown
- Why the claim was not linked (facility NPI or dates keyed wrong?): not shown; ask.
- Clinical details of the stay: not in dispute.

## Traps
- **Level:** not OPM yet, not external review by an IRO, no state insurance department (FEHB is federal).
- Not medical necessity: no peer-to-peer; no ERISA citations.
- **Voice:** the wife writes about "Mr. Delacroix-Hale", not "I was admitted".
- PHP is not an inpatient stay.

## Arguments a strong letter makes
1. The carrier approved these exact days (PC-26-0703-4418): reprocess the claim against the precertification.
2. Correct the carrier's record so the precertification is linked; ask for the claim file; answer within 30 days.

## What a letter must NOT say
- "ERISA"; "29 CFR 2560.503-1"; "external review"; "independent review organization"; "state insurance department".
- "inpatient stay"; "medically necessary" as the ground; "90 days" as this step's window.
""",
    answers=[
        ("Plan type", "plan_type: fehb", "case.yaml"),
        ("EOB date", "Date: 10/05/2026", "denial/explanation-of-benefits-2026-10-05.txt"),
        ("Window on the EOB", "within 6 months of the date of this notice", "denial/explanation-of-benefits-2026-10-05.txt"),
        ("True deadline", "04/05/2027", "truth"),
        ("Rule", "5 CFR 890.105(b)(1)", "truth"),
        ("Level", "carrier reconsideration", "truth"),
        ("Next level", "ask OPM to review", "denial/explanation-of-benefits-2026-10-05.txt"),
        ("Precertification number", "PC-26-0703-4418", "other/precertification-approval-2026-07-03.txt"),
        ("Precert dates", "07/13/2026 - 07/31/2026", "other/precertification-approval-2026-07-03.txt"),
        ("Program days", "15 program days", "other/precertification-approval-2026-07-03.txt"),
        ("CARC", "CO-197", "denial/explanation-of-benefits-2026-10-05.txt"),
        ("Billed", "$9,750.00", "denial/explanation-of-benefits-2026-10-05.txt"),
        ("Consent date", "Signed 11/15/2026", "other/patient-consent-2026-11-15.txt"),
        ("Carrier decision time", "890.105(b)(2)", "truth"),
        ("Setting", "partial_hospitalization", "case.yaml"),
        ("Revenue code", "Rev 0912", "denial/explanation-of-benefits-2026-10-05.txt"),
    ],
))

# ---------------------------------------------------------------------------------------------------------------
CASES.append(dict(
    num="05",
    slug="100-05-tricare-prime-adfm-teen-referral-on-file-co197-reconsideration-mother",
    yaml=f"""\
# FICTIONAL CASE (letters set 100, case 05) - every person, plan, provider, number and address is invented.
# TRICARE Prime, active-duty family member aged 15, Virginia. The regional contractor approved a referral and
# authorization for 12 outpatient psychotherapy visits (REF-26-0610-3307, 06/15-12/15/2026); the EOB of
# 11/10/2026 denied 6 visits CO-197 "no referral". Reconsideration by the regional contractor within 90 days of the
# notice date, 32 CFR 199.10: 02/08/2027. Her mother (the sponsor's spouse) writes; a parent of a minor needs no form.
patient:
  name: Aaliyah Brennan-Tasker
  salutation: Aaliyah
  date_of_birth: 2011-05-22
  member_id: FICT-DBN-1093384720
  address: |-
    5512 Wythe Crossing Lane
    Virginia Beach, VA 23462
insurer:
  name: TRICARE Prime, East Region contractor Tidewater Federal Health Services (FICTIONAL)
  appeals_address: |-
    Tidewater Federal Health Services, TRICARE Reconsiderations (FICTIONAL)
    PO Box 60310
    Norfolk, VA 23501
  fax: (757) 555-0171
claim:
  number: TFH-26-1030-44815
  plan_type: tricare
  notice_date: 2026-11-10
  appeal_deadline: 2027-02-08
  deadline_basis: >-
    Rule: 90 days from the date on the notice, 32 CFR 199.10 (the EOB's own sentence says the same); notice
    dated 11/10/2026.
  service_dates: [2026-09-08, 2026-09-15, 2026-09-22, 2026-09-29, 2026-10-06, 2026-10-13]
  procedure_codes: ["90834"]
  diagnosis_codes: [F41.1]
  carc_codes: [CO-197]
  denial_reason: No referral or authorization on file for this provider. (CARC 197)
  denial_category: prior_authorization
  action: none
prior_auth:
  approved:
    number: REF-26-0610-3307
    date: 2026-06-10
    covers: 12 outpatient psychotherapy visits with Chesapeake Family Counseling, 06/15/2026 through 12/15/2026
    quote: "Referral REF-26-0610-3307 approved: 90834, 12 visits, 06/15/2026 - 12/15/2026, Chesapeake Family Counseling."
    file: other/referral-authorization-2026-06-10.txt
    from: 2026-06-15
    through: 2026-12-15
    lines:
      - {{code: "90834", units: 12, given: 12}}
treatment:
  name: Outpatient psychotherapy, 6 visits (90834)
author:
  name: Danielle Brennan-Tasker
  role: Mother of the patient (sponsor's spouse)
  relation: parent
  address: |-
    5512 Wythe Crossing Lane
    Virginia Beach, VA 23462
  phone: (757) 555-0109
provider:
  name: Chesapeake Family Counseling (FICTIONAL)
  credentials: Owen Villalobos, LPC
  npi: "{NPI5}"
  address: |-
    300 Independence Boulevard, Suite 8
    Virginia Beach, VA 23455
  phone: (757) 555-0135
bates_prefix: BRENNANTASKER
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/tricare-eob-2026-11-10.txt": """\
TRICARE EXPLANATION OF BENEFITS (FICTIONAL RENDITION) - Tidewater Federal Health Services, East Region
Date of notice: 11/10/2026
Beneficiary: Aaliyah Brennan-Tasker   DBN FICT-DBN-1093384720   Sponsor status: active duty   Plan: TRICARE Prime
Claim TFH-26-1030-44815   Chesapeake Family Counseling   90834 on 09/08, 09/15, 09/22, 09/29, 10/06, 10/13/2026
Billed $780.00   Allowed $0.00
CO-197: No referral or authorization on file for this provider.
Reconsideration: If you disagree, your request must be postmarked or received within 90 days of the date of
this notice. Write to TRICARE Reconsiderations, PO Box 60310, Norfolk, VA 23501.""",
        "other/referral-authorization-2026-06-10.txt": """\
TIDEWATER FEDERAL HEALTH SERVICES (FICTIONAL) - REFERRAL AND AUTHORIZATION LETTER        Date: 06/10/2026
Beneficiary: Aaliyah Brennan-Tasker   Referring PCM: Naval clinic family medicine (fictional)
Referral REF-26-0610-3307 approved: 90834, 12 visits, 06/15/2026 - 12/15/2026, Chesapeake Family Counseling.
Provider NPI {NPI5}. Visits used before 09/08/2026: 6 (06/22-08/31/2026, paid).""".replace("{NPI5}", NPI5),
    },
    truth="""\
# 05 - TRICARE Prime ADFM aged 15: visits denied "no referral" inside an approved referral; reconsideration by her mother (FICTIONAL)

## What is true
- Aaliyah Brennan-Tasker (DOB 05/22/2011, 15), active-duty family member in **TRICARE Prime**, East Region.
- The contractor approved referral **REF-26-0610-3307** on 06/10/2026: 12 visits of 90834 with Chesapeake Family
  Counseling, **06/15/2026-12/15/2026**. Six visits (06/22-08/31) were paid; the **six visits 09/08-10/13/2026**
  are visits 7-12, inside both the count and the dates. The EOB of **11/10/2026** denied them CO-197.
- **Stage:** first level, **reconsideration by the regional contractor** (32 CFR 199.10). Later: for a
  non-medical-necessity denial, a formal review by the Defense Health Agency (after the reconsideration).
- **True deadline: 02/08/2027** - 90 days from the date on the notice (postmarked or received), 32 CFR 199.10.
- Her mother writes as parent of a minor: no authorization form needed.

## Deliberately unknown
- Why the referral was not matched (provider NPI loaded wrong?); the contractor's internal notes.
- Clinical details: not in dispute.

## Traps
- **Count and dates:** 6 paid + 6 denied = 12 approved; all six denied dates are inside 06/15-12/15/2026.
- **Level:** not "external review", not ERISA, not a state insurance department, not OPM.
- Not medical necessity: no peer-to-peer; no TRICARE Quality Monitoring Contractor route.
- Voice: the mother writes about Aaliyah.

## Arguments a strong letter makes
1. The contractor's own referral REF-26-0610-3307 covers visits 7-12: reprocess and pay.
2. Correct the record so the referral is applied; filed within the 90 days of 32 CFR 199.10.

## What a letter must NOT say
- "ERISA"; "external review"; "45 CFR 147.136"; "OPM"; "Medicaid"; "60 days" as this window.
- "medically necessary" as the ground; "more visits than approved".
""",
    answers=[
        ("Plan type", "plan_type: tricare", "case.yaml"),
        ("Notice date", "Date of notice: 11/10/2026", "denial/tricare-eob-2026-11-10.txt"),
        ("Window on notice", "postmarked or received within 90 days of the date of", "denial/tricare-eob-2026-11-10.txt"),
        ("True deadline", "02/08/2027", "truth"),
        ("Rule", "32 CFR 199.10", "truth"),
        ("Level", "reconsideration by the regional contractor", "truth"),
        ("Referral number", "REF-26-0610-3307", "other/referral-authorization-2026-06-10.txt"),
        ("Referral period", "06/15/2026 - 12/15/2026", "other/referral-authorization-2026-06-10.txt"),
        ("Visits approved", "12 visits", "other/referral-authorization-2026-06-10.txt"),
        ("Visits used before", "Visits used before 09/08/2026: 6", "other/referral-authorization-2026-06-10.txt"),
        ("Denied dates", "09/08, 09/15, 09/22, 09/29, 10/06, 10/13/2026", "denial/tricare-eob-2026-11-10.txt"),
        ("CARC", "CO-197", "denial/tricare-eob-2026-11-10.txt"),
        ("Billed", "$780.00", "denial/tricare-eob-2026-11-10.txt"),
        ("Sponsor status", "Sponsor status: active duty", "denial/tricare-eob-2026-11-10.txt"),
        ("Author relation", "relation: parent", "case.yaml"),
        ("Patient age", "15", "truth"),
    ],
))

# ---------------------------------------------------------------------------------------------------------------
CASES.append(dict(
    num="06",
    slug="100-06-original-medicare-qic-reconsideration-redetermination-says-60-days-daughter-cms1696",
    yaml=f"""\
# FICTIONAL CASE (letters set 100, case 06) - every person, plan, provider, number and address is invented.
# Original Medicare Part B, New Mexico. Group psychotherapy (90853) in an IOP denied PR-50; the MAC's
# redetermination dated 08/20/2026 upheld it and wrongly says "within 60 days" (the ALJ window). Next level: QIC
# reconsideration, 180 days from receipt, presumed 5 days after the date (42 CFR 405.962): 02/21/2027.
# Her daughter writes with a signed CMS-1696 (fictional rendition).
patient:
  name: Eleanor Vasquez-Thornbury
  salutation: Mrs. Vasquez-Thornbury
  date_of_birth: 1949-10-07
  member_id: FICT-MBI-7QX2-HT4-WN81
  address: |-
    1019 Calle del Sol NE
    Albuquerque, NM 87110
insurer:
  name: Original Medicare - Rio Grande Medicare Administrative Services, Jurisdiction MAC (FICTIONAL)
  appeals_address: |-
    Rio Grande Medicare Administrative Services, Redeterminations (FICTIONAL)
    PO Box 45120
    Albuquerque, NM 87125
claim:
  number: RGM-26-0512-300918
  plan_type: medicare
  notice_date: 2026-05-12
  service_dates: [2026-04-06, 2026-04-08, 2026-04-10, 2026-04-13]
  procedure_codes: ["90853"]
  diagnosis_codes: [F33.1]
  carc_codes: [PR-50]
  denial_reason: These are non-covered services because this is not deemed a medical necessity by the payer.
  denial_category: medical_necessity
  abn_given: false
  setting: intensive_outpatient
  action: none
clinical:
  severity: PHQ-9 19 on 04/06/2026
  severity_date: 2026-04-06
  suicidality: none
  suicidality_date: 2026-04-06
  history:
    - drug: Inpatient psychiatric stay
      dose: hospital admission
      start: 2026-03-16
      end: 2026-03-30
      kind: other
      outcome: Discharged 03/30/2026 to the intensive outpatient program as a step down
template: external-review-request
decisions:
  - date: 2026-08-20
    outcome: denied
    stage: redetermination
    opens: reconsideration by a qualified independent contractor
    reason: >-
      The documentation does not show that group psychotherapy was reasonable and necessary. The decision to deny
      payment is unchanged.
external_review:
  agency: Pinon Qualified Independent Contractor, Part B West (FICTIONAL)
  address: |-
    Pinon QIC, Part B West (FICTIONAL)
    PO Box 91870
    Phoenix, AZ 85072
  final_denial_date: 2026-08-20
treatment:
  name: Group psychotherapy (90853), 4 sessions in an intensive outpatient program
author:
  name: Lucia Thornbury-Ames
  role: Daughter and appointed representative (CMS-1696)
  relation: representative
  address: |-
    4422 Montgomery Boulevard NE
    Albuquerque, NM 87109
  phone: (505) 555-0122
  authorization: other/cms-1696-appointment-2026-11-02.txt
provider:
  name: Sandia Senior Behavioral Health (FICTIONAL)
  npi: "{NPI6}"
  address: |-
    2100 Louisiana Boulevard NE
    Albuquerque, NM 87110
  phone: (505) 555-0144
bates_prefix: VASQUEZTHORNBURY
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/medicare-summary-notice-2026-05-12.txt": """\
MEDICARE SUMMARY NOTICE (FICTIONAL RENDITION) - Part B        Date: 05/12/2026
Eleanor Vasquez-Thornbury   Medicare number FICT-MBI-7QX2-HT4-WN81
Claim RGM-26-0512-300918   Sandia Senior Behavioral Health
04/06, 04/08, 04/10, 04/13/2026   90853 x4   Medicare approved $0.00
PR-50: These are non-covered services because this is not deemed a medical necessity by the payer.
To appeal, ask for a redetermination within 120 days of the date you get this notice.""",
        "denial/redetermination-decision-2026-08-20.txt": """\
RIO GRANDE MEDICARE ADMINISTRATIVE SERVICES (FICTIONAL) - MEDICARE REDETERMINATION NOTICE
Date: 08/20/2026
Beneficiary: Eleanor Vasquez-Thornbury   Claim RGM-26-0512-300918
Decision: Unfavorable. The documentation does not show that group psychotherapy was reasonable and necessary.
The decision to deny payment is unchanged.
Next step: If you disagree, you may ask for a reconsideration by a Qualified Independent Contractor within
60 days of receiving this notice. Send it to Pinon QIC, Part B West, PO Box 91870, Phoenix, AZ 85072.""",
        "other/cms-1696-appointment-2026-11-02.txt": """\
APPOINTMENT OF REPRESENTATIVE - Form CMS-1696 (FICTIONAL RENDITION)        Signed 11/02/2026
Beneficiary: Eleanor Vasquez-Thornbury, Medicare number FICT-MBI-7QX2-HT4-WN81
I appoint Lucia Thornbury-Ames (my daughter) to act as my representative in connection with my claim or
asserted right under Medicare. Representative accepts: Lucia Thornbury-Ames, signed 11/02/2026.""",
        "clinical/iop-attendance-and-notes-2026-04.txt": """\
SANDIA SENIOR BEHAVIORAL HEALTH (FICTIONAL) - IOP GROUP NOTES, APRIL 2026
Patient: Eleanor Vasquez-Thornbury   DOB 10/07/1949
Group psychotherapy attended 04/06, 04/08, 04/10 and 04/13/2026 (90 minutes each), after discharge from an
inpatient psychiatric stay 03/30/2026. PHQ-9 19 on 04/06/2026; no suicidal ideation. Inpatient stay 03/16-03/30/2026. No written notice of possible non-coverage
(no ABN) was given before these sessions.""",
    },
    truth="""\
# 06 - Original Medicare: QIC reconsideration after an unfavorable redetermination that names the wrong window; daughter with CMS-1696 (FICTIONAL)

## What is true
- Eleanor Vasquez-Thornbury (DOB 10/07/1949), **Original Medicare Part B**. Four group psychotherapy sessions
  (90853) 04/06-04/13/2026 in an IOP after an inpatient stay, denied PR-50 on the MSN of 05/12/2026.
- The MAC's **redetermination dated 08/20/2026** was unfavorable. This appeal is the **second level: QIC
  reconsideration** (42 CFR 405.960-405.962), not another redetermination and not an ALJ hearing.
- **True deadline: 02/21/2027** - 180 days after receipt of the redetermination, receipt presumed 5 days after its
  date (08/25/2026), 42 CFR 405.962. The notice's "within 60 days" is the ALJ window (405.1002), not this one.
- No ABN was given (clinic note): ask for the limitation-on-liability finding (SSA 1879, 42 USC 1395pp(a)).
- The daughter is the appointed representative on a signed CMS-1696 (11/02/2026). QIC decides within 60 days of
  receipt (405.970(a)).

## Deliberately unknown
- The actual date the redetermination arrived (only the presumption).
- Which LCD, if any, the MAC applied: none is named.

## Traps
- **Window:** never "60 days" for the QIC; never call the request late.
- **Original Medicare has no plan terms:** no "plan's own terms", no plan policy, no ERISA, no external review.
- **Level:** say QIC reconsideration; address the QIC.
- Not an expedited appeal (Original Medicare has no 72-hour appeal of a claim).

## Arguments a strong letter makes
1. The sessions were reasonable and necessary (step-down after an inpatient stay, PHQ-9 19).
2. Requested in time (180 days from presumed receipt, 405.962); the 60 days printed are the wrong level's.
3. No ABN: the beneficiary is not liable (1879).

## What a letter must NOT say
- "60 days" as the QIC window; "redetermination" as what is now asked; "ALJ hearing" as this request.
- "plan's own terms"; "ERISA"; "external review"; "peer-to-peer" with a plan; "Medicare Advantage".
""",
    answers=[
        ("Plan type", "plan_type: medicare", "case.yaml"),
        ("Redetermination date", "Date: 08/20/2026", "denial/redetermination-decision-2026-08-20.txt"),
        ("Window the redetermination wrongly gives", "within\n60 days of receiving this notice", "denial/redetermination-decision-2026-08-20.txt"),
        ("True deadline", "02/21/2027", "truth"),
        ("Rule", "42 CFR 405.962", "truth"),
        ("Presumed receipt", "08/25/2026", "truth"),
        ("Level", "QIC\n  reconsideration", "truth"),
        ("QIC address", "PO Box 91870", "denial/redetermination-decision-2026-08-20.txt"),
        ("MSN date", "Date: 05/12/2026", "denial/medicare-summary-notice-2026-05-12.txt"),
        ("Dates of service", "04/06, 04/08, 04/10, 04/13/2026", "denial/medicare-summary-notice-2026-05-12.txt"),
        ("CARC", "PR-50", "denial/medicare-summary-notice-2026-05-12.txt"),
        ("ABN", "(no ABN) was given", "clinical/iop-attendance-and-notes-2026-04.txt"),
        ("Representative form", "Form CMS-1696", "other/cms-1696-appointment-2026-11-02.txt"),
        ("Form signed", "Signed 11/02/2026", "other/cms-1696-appointment-2026-11-02.txt"),
        ("PHQ-9", "PHQ-9 19 on 04/06/2026", "clinical/iop-attendance-and-notes-2026-04.txt"),
        ("Limitation of liability", "1395pp(a)", "truth"),
    ],
))

# ---------------------------------------------------------------------------------------------------------------
CASES.append(dict(
    num="07",
    slug="100-07-church-plan-spouse-coverage-end-month-of-divorce-second-level-60-days-receipt-patient",
    yaml=f"""\
# FICTIONAL CASE (letters set 100, case 07) - every person, plan, provider, number and address is invented.
# Church plan outside ERISA, self-funded, not grandfathered, Tennessee (1,300 employees). Spouse coverage ended
# "06/30/2026" per the plan's record; the divorce decree was final 08/14/2026 and Plan Document 3.4 ends spouse
# coverage at the end of the month of the final decree (08/31/2026). Sessions 07/07-08/25/2026 denied CO-27;
# level 1 upheld 10/28/2026, received 11/02/2026. Second level within 60 days after receipt (Plan Doc 11.3): 01/01/2027.
patient:
  name: Corinne Ashby-Lindqvist
  salutation: Ms. Ashby-Lindqvist
  date_of_birth: 1983-01-25
  member_id: FICT-WMB-60451172-01
  address: |-
    62 Belle Meade Terrace
    Nashville, TN 37205
  phone: (615) 555-0158
  email: corinne.al@mail.example
insurer:
  name: Wesleyan Mission Benefits Trust Health Plan (FICTIONAL church plan)
  appeals_address: |-
    Wesleyan Mission Benefits Trust, Appeals Committee (FICTIONAL)
    PO Box 12050
    Nashville, TN 37212
  fax: (615) 555-0166
claim:
  number: WMB-26-0902-18840
  plan_type: church
  funding: self_funded
  grandfathered: false
  employees: 1300
  stage: second level
  notice_date: 2026-09-14
  service_dates: [2026-07-07, 2026-07-21, 2026-08-04, 2026-08-18, 2026-08-25]
  procedure_codes: ["90837"]
  diagnosis_codes: [F43.23]
  carc_codes: [CO-27]
  denial_reason: Expenses incurred after coverage terminated. Spouse coverage ended 06/30/2026. (CARC 27)
  denial_category: other
  denial_reasons: [coverage_ended]
  action: none
decisions:
  - date: 2026-10-28
    outcome: denied
    stage: first-level appeal
    opens: second level appeal
    next_deadline: 2027-01-01
    reason: >-
      Our records show your spouse coverage ended 06/30/2026 following your divorce. The denial is upheld.
    corrections:
      - said: Our records show your spouse coverage ended 06/30/2026 following your divorce.
        record: >-
          The divorce decree became final on 08/14/2026, and Plan Document Section 3.4 ends spouse coverage on the
          last day of the month in which the decree is final: 08/31/2026.
        file: [other/divorce-decree-final-2026-08-14.txt, other/plan-document-excerpt-sections-3-and-11.txt]
        page: 1
eligibility:
  why: >-
    Spouse coverage ends on the last day of the month in which the divorce decree is final (Plan Document 3.4);
    the decree was final 08/14/2026, so coverage ran through 08/31/2026 and every session falls inside it.
  start: 2019-01-01
  end: 2026-08-31
  proof: [other/divorce-decree-final-2026-08-14.txt, other/plan-document-excerpt-sections-3-and-11.txt]
plan_policy:
  name: Wesleyan Mission Benefits Trust Health Plan Document, Sections 3.4 and 11.3
  number: Sections 3.4 and 11.3
  quote: >-
    3.4 Coverage of a spouse ends on the last day of the month in which a decree of divorce becomes final.
    11.3 You may request a second-level appeal within 60 days after you receive the first-level decision.
  file: other/plan-document-excerpt-sections-3-and-11.txt
treatment:
  name: Individual psychotherapy, 5 visits (90837)
author:
  name: Corinne Ashby-Lindqvist
  relation: patient
provider:
  name: Harpeth Counseling Associates (FICTIONAL)
  credentials: Miriam Oyelaran, LCSW
  npi: "{NPI7}"
  address: |-
    3800 Hillsboro Pike, Suite 210
    Nashville, TN 37215
  phone: (615) 555-0137
bates_prefix: ASHBYLINDQVIST
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/explanation-of-benefits-2026-09-14.txt": """\
WESLEYAN MISSION BENEFITS TRUST (FICTIONAL) - EXPLANATION OF BENEFITS        Date: 09/14/2026
Member: Corinne Ashby-Lindqvist   ID FICT-WMB-60451172-01   Relationship: spouse
Claim WMB-26-0902-18840   Harpeth Counseling Associates   90837 on 07/07, 07/21, 08/04, 08/18, 08/25/2026
Billed $1,000.00   Paid $0.00
CO-27: Expenses incurred after coverage terminated. Spouse coverage ended 06/30/2026.""",
        "denial/first-level-appeal-decision-2026-10-28.txt": """\
WESLEYAN MISSION BENEFITS TRUST, APPEALS COMMITTEE (FICTIONAL) - FIRST-LEVEL APPEAL DECISION
Date: 10/28/2026
Member: Corinne Ashby-Lindqvist   Claim WMB-26-0902-18840
Our records show your spouse coverage ended 06/30/2026 following your divorce. The denial is upheld.
You may request a second-level appeal within 60 days after you receive this decision (Plan Document 11.3).""",
        "other/level-one-envelope-and-receipt-2026-11-02.txt": """\
COPY OF ENVELOPE AND USPS TRACKING PRINTOUT (FICTIONAL)
From: Wesleyan Mission Benefits Trust, PO Box 12050, Nashville, TN 37212   Postmark 10/30/2026
Delivered: 11/02/2026, 2:41 pm, 62 Belle Meade Terrace, Nashville, TN 37205.""",
        "other/divorce-decree-final-2026-08-14.txt": """\
CHANCERY COURT, DAVIDSON COUNTY (FICTIONAL RENDITION) - FINAL DECREE OF DIVORCE
In re the marriage of Corinne Ashby-Lindqvist and Peter Lindqvist (fictional)
Entered and final: 08/14/2026.""",
        "other/plan-document-excerpt-sections-3-and-11.txt": """\
WESLEYAN MISSION BENEFITS TRUST HEALTH PLAN DOCUMENT (FICTIONAL), 2026 - EXCERPT
The Plan is a church plan and is not subject to ERISA. The Plan is not a grandfathered health plan.
3.4 Coverage of a spouse ends on the last day of the month in which a decree of divorce becomes final.
11.3 You may request a second-level appeal within 60 days after you receive the first-level decision.""",
    },
    truth="""\
# 07 - Church plan: ex-spouse's coverage end keyed two months early; second-level appeal, 60 days from receipt (FICTIONAL)

## What is true
- Corinne Ashby-Lindqvist (DOB 01/25/1983) was covered as the **spouse** under a self-funded **church plan**
  (not ERISA, not grandfathered). Five visits 07/07-08/25/2026 denied CO-27 ("coverage ended 06/30/2026").
- The **divorce decree was final 08/14/2026**; Plan Document **3.4** ends spouse coverage on the last day of the
  month the decree is final: coverage ran **through 08/31/2026**. Every visit is inside it.
- The **first-level decision of 10/28/2026** upheld the denial; it was delivered **11/02/2026** (USPS tracking).
- **Stage: second-level internal appeal.** **True deadline: 01/01/2027** - 60 days after receipt of the
  first-level decision, Plan Document 11.3 (counted from receipt 11/02/2026; from its date it would be 12/27/2026,
  and the letter, dated 12/08/2026, is within both).
- Rules: 26 CFR 54.9815-2719 (church plan, not grandfathered), applying 29 CFR 2560.503-1; external review after
  the final internal decision, within 4 months.

## Deliberately unknown
- Who keyed 06/30/2026, and why; whether the employer reported the divorce date.
- COBRA-type continuation after 08/31/2026: not in issue.

## Traps
- **Stage:** second level; answer the 10/28/2026 decision, not only the EOB.
- **Not ERISA:** never "ERISA plan"; the church-plan rule is 26 CFR 54.9815-2719.
- **Voice:** the patient signs: "I", "my coverage".
- Do not say coverage continues past 08/31/2026.

## Arguments a strong letter makes
1. Plan Document 3.4 + the decree (final 08/14/2026): covered through 08/31/2026; all five visits covered.
2. Correct the enrollment record; reprocess the claim.
3. Timely second-level appeal (11.3, 60 days after receipt on 11/02/2026).

## What a letter must NOT say
- "ERISA plan"; "29 CFR 2590.715-2719" as the external review rule; "first-level appeal" as this one.
- "covered after 08/31/2026"; "medically necessary" as the ground; "Medicaid".
""",
    answers=[
        ("Plan type", "plan_type: church", "case.yaml"),
        ("Stage", "stage: second level", "case.yaml"),
        ("First-level decision date", "Date: 10/28/2026", "denial/first-level-appeal-decision-2026-10-28.txt"),
        ("Date received", "Delivered: 11/02/2026", "other/level-one-envelope-and-receipt-2026-11-02.txt"),
        ("True deadline", "01/01/2027", "truth"),
        ("Plan's window", "within 60 days after you receive the first-level decision", "other/plan-document-excerpt-sections-3-and-11.txt"),
        ("Coverage end rule", "last day of the month in which a decree of divorce becomes final", "other/plan-document-excerpt-sections-3-and-11.txt"),
        ("Decree final", "Entered and final: 08/14/2026", "other/divorce-decree-final-2026-08-14.txt"),
        ("True coverage end", "08/31/2026", "truth"),
        ("Date the plan used", "Spouse coverage ended 06/30/2026", "denial/explanation-of-benefits-2026-09-14.txt"),
        ("CARC", "CO-27", "denial/explanation-of-benefits-2026-09-14.txt"),
        ("Dates of service", "07/07, 07/21, 08/04, 08/18, 08/25/2026", "denial/explanation-of-benefits-2026-09-14.txt"),
        ("Not ERISA", "not subject to ERISA", "other/plan-document-excerpt-sections-3-and-11.txt"),
        ("Federal rule", "26 CFR 54.9815-2719", "truth"),
        ("Billed", "$1,000.00", "denial/explanation-of-benefits-2026-09-14.txt"),
        ("Who signs", "relation: patient", "case.yaml"),
    ],
))

# ---------------------------------------------------------------------------------------------------------------
CASES.append(dict(
    num="08",
    slug="100-08-marketplace-ppo-iop-final-internal-upheld-external-review-4-months-psychiatrist",
    yaml=f"""\
# FICTIONAL CASE (letters set 100, case 08) - every person, plan, provider, number and address is invented.
# Individual Marketplace Silver PPO, insured, Pennsylvania. Adult IOP for bipolar depression denied
# "not medically necessary"; the internal appeal was upheld 09/10/2026 (final internal adverse determination).
# Next level: external review within 4 months after receipt of the final notice, 45 CFR 147.136(c)/(d);
# counted safely from the notice date: 01/10/2027. The treating psychiatrist requests it with written consent.
patient:
  name: Jonah Przybylski-Ferreira
  salutation: Mr. Przybylski-Ferreira
  date_of_birth: 1990-06-14
  member_id: FICT-KSH-88213907
  address: |-
    2715 Penn Avenue, Apt 3
    Pittsburgh, PA 15222
insurer:
  name: Keystone Summit Health Silver PPO (FICTIONAL individual Marketplace plan)
  appeals_address: |-
    Keystone Summit Health, Appeals (FICTIONAL)
    PO Box 30440
    Harrisburg, PA 17105
  fax: (717) 555-0159
claim:
  number: KSH-26-0708-55021
  plan_type: individual_aca
  student: false
  notice_date: 2026-07-08
  service_dates: [2026-06-08, 2026-06-26]
  setting: intensive_outpatient
  procedure_codes: [S9480]
  diagnosis_codes: [F31.4]
  denial_reason: >-
    Intensive outpatient program services are not medically necessary. Symptoms could be managed with routine
    outpatient visits.
  denial_category: medical_necessity
  denial_reasons: [level_of_care]
  action: none
decisions:
  - date: 2026-09-10
    outcome: denied
    stage: internal appeal (first level)
    opens: external review
    reason: >-
      After review of your appeal, we uphold our decision. Routine outpatient care was appropriate. This is our
      final internal adverse benefit determination.
external_review:
  agency: Pennsylvania Insurance Department, Office of External Review (fictional rendition)
  address: |-
    Office of External Review (FICTIONAL ADDRESS)
    1326 Strawberry Square
    Harrisburg, PA 17120
  final_denial_date: 2026-09-10
alternatives:
  - level: routine outpatient visits
    treatment: Routine outpatient visits
    why_not: >-
      Weekly outpatient therapy and medication visits from 03/2026 to 05/2026 did not prevent worsening: PHQ-9 rose
      from 16 to 23 and he missed three weeks of work.
    proof: clinical/psychiatrist-summary-2026-06-05.txt
template: external-review-request
clinical:
  severity: PHQ-9 23 on 06/05/2026
  history:
    - drug: Lamotrigine
      dose: 200 mg daily
      start: 2024-09
      ongoing: true
      kind: other
      outcome: Mood stabilizer, continued
      evidence: {{file: clinical/psychiatrist-summary-2026-06-05.txt, page: 1}}
    - drug: Weekly outpatient psychotherapy and medication visits
      dose: weekly
      start: 2026-03
      end: 2026-05
      kind: psychotherapy
      sessions: 10
      adequate: true
      failed: true
      response: none
      outcome: PHQ-9 rose from 16 to 23 during routine outpatient care
      evidence: {{file: clinical/psychiatrist-summary-2026-06-05.txt, page: 1}}
  severity_date: 2026-06-05
  suicidality: passive
  suicidality_date: 2026-06-05
author:
  name: Anselm Kovacevic, MD
  role: Treating psychiatrist
  relation: physician
  address: |-
    Three Rivers Mood Disorders Program (FICTIONAL), 5100 Centre Avenue
    Pittsburgh, PA 15232
  phone: (412) 555-0127
  authorization: other/patient-consent-external-review-2026-11-30.txt
provider:
  name: Anselm Kovacevic, MD
  credentials: MD, psychiatry
  npi: "{NPI8}"
  address: |-
    5100 Centre Avenue
    Pittsburgh, PA 15232
  phone: (412) 555-0127
treatment:
  name: Intensive outpatient program (S9480), 14 program days 06/08/2026-06/26/2026
bates_prefix: PRZYBYLSKIFERREIRA
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/initial-denial-2026-07-08.txt": """\
KEYSTONE SUMMIT HEALTH (FICTIONAL) - NOTICE OF ADVERSE BENEFIT DETERMINATION        Date: 07/08/2026
Member: Jonah Przybylski-Ferreira   ID FICT-KSH-88213907   Claim KSH-26-0708-55021
Service: intensive outpatient program, 06/08/2026-06/26/2026 (S9480 x14)
Intensive outpatient program services are not medically necessary. Symptoms could be managed with routine
outpatient visits. You may appeal within 180 days after you receive this notice.""",
        "denial/final-internal-appeal-decision-2026-09-10.txt": """\
KEYSTONE SUMMIT HEALTH (FICTIONAL) - APPEAL DECISION        Date: 09/10/2026
Member: Jonah Przybylski-Ferreira   Claim KSH-26-0708-55021
After review of your appeal, we uphold our decision. Routine outpatient care was appropriate. This is our
final internal adverse benefit determination.
External review: You may ask for an independent external review within 4 months after you receive this
notice, through the Pennsylvania Insurance Department (fictional address on file).""",
        "clinical/psychiatrist-summary-2026-06-05.txt": """\
THREE RIVERS MOOD DISORDERS PROGRAM (FICTIONAL) - PSYCHIATRIC SUMMARY        Date: 06/05/2026
Patient: Jonah Przybylski-Ferreira   DOB 06/14/1990
Weekly outpatient therapy and medication visits 03/2026-05/2026 (10 therapy sessions): PHQ-9 rose from 16 to 23; missed three weeks of
work. Passive death wish, no plan. Lamotrigine 200 mg daily (since 09/2024) continues. Recommend IOP, 3 hours/day, 5 days/week.
Anselm Kovacevic, MD, NPI {NPI8}""".replace("{NPI8}", NPI8),
        "other/patient-consent-external-review-2026-11-30.txt": """\
CONSENT AND DESIGNATION FOR EXTERNAL REVIEW (FICTIONAL)        Signed 11/30/2026
I, Jonah Przybylski-Ferreira, authorize Dr. Anselm Kovacevic to request external review of claim
KSH-26-0708-55021 for me and to receive my health information for that purpose.
Signature: Jonah Przybylski-Ferreira""",
    },
    truth="""\
# 08 - Marketplace PPO: IOP denied as a level-of-care matter, upheld at the final internal level; external review by the treating psychiatrist (FICTIONAL)

## What is true
- Jonah Przybylski-Ferreira (DOB 06/14/1990), **individual Marketplace Silver PPO**, insured, Pennsylvania.
- IOP 06/08-06/26/2026 (S9480 x14) for bipolar depression (F31.4) denied 07/08/2026 as not medically necessary
  ("routine outpatient visits"). The **internal appeal was upheld 09/10/2026**, which the plan calls its **final
  internal adverse benefit determination**.
- **Stage: external review** (the level after the internal appeal), not another internal appeal.
- **True deadline: 01/10/2027** - 4 months after receipt of the final notice, 45 CFR 147.136(c)/(d) (the state's
  process where it meets the federal standards); the receipt date is not shown, so it is counted safely from the
  notice date 09/10/2026.
- Routine outpatient care was tried 03/2026-05/2026 and failed (PHQ-9 16 -> 23; three weeks of work missed).
  Lamotrigine continues. Passive death wish, no plan.
- Author: the treating psychiatrist, with the patient's signed consent (11/30/2026).

## Deliberately unknown
- The receipt date of the 09/10/2026 decision; the reviewer's name and specialty.
- The plan's criteria set (none named).

## Traps
- **Level:** never "second-level appeal"; address the external review body, not the plan's appeals unit as a
  new appeal.
- **Rules:** individual coverage: 45 CFR 147.136, not ERISA's 2560.503-1 as governing law, not 29 CFR
  2590.715-2719; no Medicaid.
- Lamotrigine continues: not a failed trial.

## Arguments a strong letter makes
1. The lower level the plan named was tried and failed (PHQ-9 16 -> 23, lost work): IOP was the right level.
2. Request is timely (within 4 months of the final internal decision of 09/10/2026).
3. Ask the reviewer to decide de novo on the full record.

## What a letter must NOT say
- "second-level appeal"; "ERISA"; "29 CFR 2590.715-2719"; "Medicaid"; "failed lamotrigine".
- "inpatient"; "active suicidal ideation".
""",
    answers=[
        ("Plan type", "plan_type: individual_aca", "case.yaml"),
        ("Initial denial date", "Date: 07/08/2026", "denial/initial-denial-2026-07-08.txt"),
        ("Final internal decision date", "Date: 09/10/2026", "denial/final-internal-appeal-decision-2026-09-10.txt"),
        ("Final notice wording", "final internal adverse benefit determination", "denial/final-internal-appeal-decision-2026-09-10.txt"),
        ("External review window on the notice", "within 4 months after you receive this", "denial/final-internal-appeal-decision-2026-09-10.txt"),
        ("True deadline", "01/10/2027", "truth"),
        ("Rule", "45 CFR 147.136", "truth"),
        ("Level", "external review", "truth"),
        ("Denial ground", "Symptoms could be managed with routine", "denial/initial-denial-2026-07-08.txt"),
        ("Outpatient period tried", "03/2026-05/2026", "clinical/psychiatrist-summary-2026-06-05.txt"),
        ("PHQ-9 change", "PHQ-9 rose from 16 to 23", "clinical/psychiatrist-summary-2026-06-05.txt"),
        ("Work missed", "missed three weeks of", "clinical/psychiatrist-summary-2026-06-05.txt"),
        ("Continuing drug", "Lamotrigine 200 mg daily (since 09/2024) continues", "clinical/psychiatrist-summary-2026-06-05.txt"),
        ("Consent date", "Signed 11/30/2026", "other/patient-consent-external-review-2026-11-30.txt"),
        ("Service dates", "06/08/2026-06/26/2026", "denial/initial-denial-2026-07-08.txt"),
        ("Author relation", "relation: physician", "case.yaml"),
    ],
))


# ---------------------------------------------------------------------------------------------------------------
def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def write_case(c):
    folder = HERE / c["slug"]
    if folder.exists():
        shutil.rmtree(folder)
    for sub in ("denial", "clinical", "other"):
        (folder / sub).mkdir(parents=True, exist_ok=True)
    (folder / "case.yaml").write_text(c["yaml"])
    for rel, text in c["docs"].items():
        (folder / rel).write_text(HEAD + text.rstrip() + FOOT)
    (HERE / f"{c['slug']}.truth.md").write_text(c["truth"])


def self_check(c):
    problems = []
    folder = HERE / c["slug"]
    yaml = YAML(typ="safe")
    try:
        data = yaml.load(c["yaml"])
    except Exception as e:  # noqa: BLE001
        problems.append(f"case.yaml does not parse: {e}")
        data = {}
    if "FICTIONAL" not in c["yaml"].splitlines()[0]:
        problems.append("case.yaml first line lacks FICTIONAL")
    truth = c["truth"]
    if "FICTIONAL" not in truth.splitlines()[0]:
        problems.append("truth first line lacks FICTIONAL")
    heads = [ln[3:].strip() for ln in truth.splitlines() if ln.startswith("## ")]
    if heads != HEADINGS:
        problems.append(f"truth headings {heads}")
    if len(c["answers"]) != 16:
        problems.append(f"{len(c['answers'])} answers, not 16")
    texts = {"case.yaml": c["yaml"], "truth": truth}
    for rel in c["docs"]:
        texts[rel] = (folder / rel).read_text()
    for q, a, doc in c["answers"]:
        if doc not in texts:
            problems.append(f"answer '{q}': no document {doc}")
        elif norm(a) not in norm(texts[doc]):
            problems.append(f"answer '{q}': '{a}' not printed in {doc}")
    for rel, t in texts.items():
        if rel in ("case.yaml", "truth"):
            pass
        elif not (t.startswith("FICTIONAL") and t.rstrip().endswith("FICTIONAL DOCUMENT - end.")):
            problems.append(f"{rel}: missing FICTIONAL header/footer")
        for m in re.finditer(r"(?:\(\d{3}\) |1-\d{3}-)?(\d{3})-(\d{4})\b", t):
            full = m.group(0)
            if m.group(1) == "555" and not (full.startswith("(") or full.startswith("1-")):
                problems.append(f"{rel}: bare phone {full}")
            if full.startswith("(") or full.startswith("1-"):
                if m.group(1) != "555" or not m.group(2).startswith("01"):
                    problems.append(f"{rel}: phone not 555-01xx: {full}")
        for m in re.finditer(r"[\w.+-]+@([\w-]+\.)+([a-z]+)", t):
            if m.group(2) != "example":
                problems.append(f"{rel}: e-mail not on .example: {m.group(0)}")
        for m in re.finditer(r"\bNPI:? \"?(\d{10})\b", t):
            if not npi_ok(m.group(1)):
                problems.append(f"{rel}: NPI {m.group(1)} fails Luhn")
    prov = (data or {}).get("provider") or {}
    if prov.get("npi") and not npi_ok(str(prov["npi"])):
        problems.append(f"provider.npi {prov['npi']} fails Luhn")
    # every file named in case.yaml exists
    for m in re.finditer(r"((?:denial|clinical|other)/[\w.-]+\.txt)", c["yaml"]):
        if not (folder / m.group(1)).exists():
            problems.append(f"case.yaml names missing file {m.group(1)}")
    for p in folder.rglob("*"):
        if p.is_file() and p.name != "case.yaml" and p.parent.name not in ("denial", "clinical", "other"):
            problems.append(f"stray file {p}")
    return problems


def main(argv):
    check = "--check" in argv
    only = [a for a in argv if re.fullmatch(r"\d\d", a)]
    cases = [c for c in CASES if not only or c["num"] in only]
    total_problems = 0
    out = io.StringIO()
    bad_exit = False
    for c in cases:
        write_case(c)
    for c in cases:
        probs = self_check(c)
        total_problems += len(probs)
        for p in probs:
            print(f"{c['num']}: PROBLEM {p}")
        if check:
            r = subprocess.run([APPEAL_KIT, "check", str(HERE / c["slug"])], capture_output=True, text=True)
            out.write(f"===== {c['slug']} (exit {r.returncode})\n{r.stdout}{r.stderr}\n")
            print(f"{c['num']}: appeal-kit check exit {r.returncode}")
            if r.returncode != 0:
                bad_exit = True
    if check:
        name = "check-output.txt" if not only else "check-output-partial.txt"
        (HERE / name).write_text(out.getvalue())
    print(f"{len(cases)} cases, {sum(len(c['answers']) for c in cases)} expected answers, {total_problems} problems")
    return 1 if (total_problems or bad_exit) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
