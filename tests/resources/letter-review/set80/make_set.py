#!/usr/bin/env python3
"""FICTIONAL test set 80 for appeal-kit letters (issue 18): eight case folders with truth files.

Every person, plan, provider, number and address here is invented. Rebuild:
    /work/main/.venv/bin/python make_set.py [--check] [NN ...]
"""
import io
import re
import shutil
import subprocess
import sys
from pathlib import Path

from ruamel.yaml import YAML

HERE = Path(__file__).resolve().parent
SET = 80
APPEAL_KIT = "/work/main/.venv/bin/appeal-kit"
HEADINGS = ["What is true", "Deliberately unknown", "Traps", "Arguments a strong letter makes",
            "What a letter must NOT say"]


def npi(base9):
    """NPI from a 9-digit base: Luhn check digit computed over the prefix 80840 + base."""
    digits = [int(c) for c in "80840" + base9]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return base9 + str((10 - total % 10) % 10)


def luhn_ok(n):
    digits = [int(c) for c in "80840" + n]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def doc(case_no, text):
    head = (f"FICTIONAL DOCUMENT - appeal-kit letters test set {SET}, case {case_no}. "
            "Every person, plan, provider, number and address is invented.\n\n")
    foot = f"\n\nEND OF FICTIONAL DOCUMENT (test set {SET}) - not a real patient, plan or provider.\n"
    return head + text.strip("\n") + foot


CASES = []

# ---------------------------------------------------------------- case 01
CASES.append(dict(
    no="01",
    slug="01-employer-insured-birth-special-enrollment-spouse-covered-from-date-of-birth-plan-keyed-10-01-co26-postpartum-iop-first-internal-husband",
    npis={"@NPI1@": "174031862"},
    yaml="""\
# FICTIONAL CASE (set 80, case 01) - every person, plan, provider, number and address is invented.
# Insured employer plan (340 employees), KS. Perinatal IOP 08/27-09/18/2026 denied CO-26 "coverage begins
# 10/01/2026". Birth 08/14/2026; special enrollment asked 09/02/2026 (19 days later); the certificate makes
# coverage begin on the date of birth. First internal appeal, 180 days after receipt (safe: 04/18/2027).
patient:
  name: Tamsin Ferreira-Oduya
  salutation: Ms. Ferreira-Oduya
  date_of_birth: 1992-03-22
  member_id: FICT-HSL-40917733-02
  address: |-
    1418 West 87th Terrace
    Overland Park, KS 66212
  phone: (913) 555-0131
  email: tferreira@mail.example
insurer:
  name: Heartland Summit Life and Health (FICTIONAL)
  appeals_address: |-
    Heartland Summit Life and Health Appeals Unit (FICTIONAL)
    PO Box 41822
    Topeka, KS 66601
  fax: (785) 555-0149
claim:
  number: HSL-26-0930-551207
  plan_type: employer_erisa
  funding: insured
  employees: 340
  notice_date: 2026-10-20
  appeal_deadline: 2027-04-18
  deadline_basis: >-
    First internal appeal: the notice says "within 180 days after you receive this notice" (29 CFR
    2560.503-1(h)(3)(i)); counted from the notice date of 10/20/2026, adding no mailing days.
  service_dates: [2026-08-27, 2026-09-18]
  sessions: 12
  setting: intensive_outpatient
  procedure_codes: [S9480]
  revenue_codes: ["0905"]
  diagnosis_codes: [F53.0]
  carc_codes: [CO-26]
  denial_reason: >-
    Expenses incurred prior to coverage. Our enrollment records show coverage for this dependent begins
    10/01/2026.
  denial_category: other
  denial_reasons: [coverage_ended]
  action: none
eligibility:
  why: >-
    Her husband asked to enroll her and their newborn son under the plan's special enrollment for a birth on
    09/02/2026, 19 days after the birth on 08/14/2026; the certificate makes that coverage begin on the date of
    birth, and the employer recorded it from 08/14/2026.
  start: 2026-08-14
  coverage: coverage as the employee's spouse under the Halvorsen Freight Lines group plan
  record:
    name: Halvorsen Freight Lines benefits enrollment confirmation
    date: 2026-09-04
    file: other/enrollment-confirmation-2026-09-04.txt
    page: 1
  proof:
    - other/enrollment-confirmation-2026-09-04.txt
    - other/certificate-special-enrollment-excerpt.txt
plan_policy:
  name: Heartland Summit Group Certificate, Section 2.4 (Special enrollment)
  quote: >-
    Birth, adoption or placement for adoption: if the employee asks to enroll within 30 days after the birth,
    adoption or placement, the employee, the employee's spouse and the new child may enroll. Coverage for each of
    them begins on the date of the birth, adoption or placement.
  file: other/certificate-special-enrollment-excerpt.txt
employer:
  name: Halvorsen Freight Lines Benefits Office (FICTIONAL)
  address: |-
    900 Industrial Parkway
    Lenexa, KS 66215
treatment:
  name: Perinatal intensive outpatient program (12 program days, August 27 through September 18, 2026)
  summary: Intensive outpatient treatment for severe postpartum depression that began after the birth on 08/14/2026.
clinical:
  severity: EPDS 22 on 08/24/2026; EPDS 9 on 09/18/2026
  severity_date: 2026-09-18
  suicidality: passive
  suicidality_date: 2026-08-24
author:
  name: Daniel Oduya
  relation: representative
  role: Husband (the employee; authorized representative)
  address: |-
    1418 West 87th Terrace
    Overland Park, KS 66212
  phone: (913) 555-0132
  authorization: other/authorized-representative-form-2026-11-02.txt
provider:
  name: Dr. Helena Marsh-Adeyemi
  credentials: MD, psychiatrist
  npi: "@NPI1@"
  address: |-
    5100 College Boulevard, Suite 300
    Overland Park, KS 66211
  phone: (913) 555-0140
record_dates:
  - file: denial/eob-2026-10-20.txt
    date: 2026-10-20
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/eob-2026-10-20.txt": """\
HEARTLAND SUMMIT LIFE AND HEALTH (FICTIONAL) - EXPLANATION OF BENEFITS
Date of notice: 10/20/2026
Group: Halvorsen Freight Lines (FICTIONAL)   Subscriber: Daniel Oduya
Patient: Tamsin Ferreira-Oduya (spouse)   Member ID: FICT-HSL-40917733-02
Claim number: HSL-26-0930-551207
Provider: Prairie Bloom Perinatal IOP, Helena Marsh-Adeyemi, MD (NPI @NPI1@)
Dates of service: 08/27/2026 through 09/18/2026   Revenue code 0905   S9480 x 12   Diagnosis: F53.0
Billed: $7,800.00   Allowed: $0.00   Plan paid: $0.00
Adjustment: CO-26
Reason: Expenses incurred prior to coverage. Our enrollment records show coverage for this dependent begins
10/01/2026.
Your right to appeal: you may ask us to review this decision within 180 days after you receive this notice.
Write to Appeals Unit, PO Box 41822, Topeka, KS 66601, or fax (785) 555-0149. Questions: 1-800-555-0146.
""",
        "other/certificate-special-enrollment-excerpt.txt": """\
HEARTLAND SUMMIT GROUP CERTIFICATE (FICTIONAL) - SECTION 2.4 SPECIAL ENROLLMENT (excerpt)
Group: Halvorsen Freight Lines (FICTIONAL)
Birth, adoption or placement for adoption: if the employee asks to enroll within 30 days after the birth,
adoption or placement, the employee, the employee's spouse and the new child may enroll. Coverage for each of
them begins on the date of the birth, adoption or placement.
Marriage: coverage begins on the first day of the month after the request is received.
""",
        "other/enrollment-confirmation-2026-09-04.txt": """\
HALVORSEN FREIGHT LINES (FICTIONAL) - BENEFITS ENROLLMENT CONFIRMATION
Date: 09/04/2026
Employer size: 340 employees
Employee: Daniel Oduya   Event: birth of child on 08/14/2026
Special enrollment request received: 09/02/2026 (19 days after the event)
Enrolled: Tamsin Ferreira-Oduya (spouse); Nico Oduya (child)
Coverage effective date: 08/14/2026 (date of birth, Certificate Section 2.4)
Sent to the carrier by electronic enrollment file on 09/04/2026, file ID HFL-ENR-0904-22.
Benefits office note, 11/02/2026: the carrier's portal shows the spouse from 10/01/2026; a correction was asked
by phone on 11/02/2026 (carrier reference CR-26-1102-0871).
""",
        "other/authorized-representative-form-2026-11-02.txt": """\
HEARTLAND SUMMIT LIFE AND HEALTH (FICTIONAL) - AUTHORIZED REPRESENTATIVE DESIGNATION
Date signed: 11/02/2026
Member: Tamsin Ferreira-Oduya   Member ID: FICT-HSL-40917733-02
I name my husband, Daniel Oduya, to act for me in the appeal of claim HSL-26-0930-551207.
Signed: Tamsin Ferreira-Oduya
""",
        "clinical/iop-discharge-summary-2026-09-18.txt": """\
PRAIRIE BLOOM PERINATAL IOP (FICTIONAL) - DISCHARGE SUMMARY
Date: 09/18/2026   Patient: Tamsin Ferreira-Oduya   DOB: 03/22/1992
Attending: Helena Marsh-Adeyemi, MD
Delivery: 08/14/2026 (term, vaginal). Onset of depressive symptoms in the second postpartum week.
Admission 08/27/2026: EPDS 22 on 08/24/2026; passive death wishes on 08/24/2026, no plan or intent.
Course: 12 program days, 08/27/2026 through 09/18/2026; sertraline started 08/27/2026.
Discharge: EPDS 9; no suicidal ideation; weekly outpatient psychotherapy and psychiatry follow-up.
""",
    },
    truth="""\
# FICTIONAL TRUTH FILE - 01 - birth special enrollment: coverage from 08/14/2026, not 10/01/2026 (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Ms. Ferreira-Oduya is covered as the employee's spouse under an **insured** employer plan (ERISA; 340
  employees). Her 12-day perinatal IOP, 08/27-09/18/2026, was denied **CO-26** on 10/20/2026 because the
  carrier's record starts her coverage on **10/01/2026**.
- Her son was born **08/14/2026**; the employee asked for **special enrollment on 09/02/2026** (19 days later,
  inside the 30 days). The certificate (Section 2.4) makes coverage of the employee's spouse and the child begin
  **on the date of birth**; the employer's confirmation shows effective **08/14/2026**, sent to the carrier
  09/04/2026. Every date of service is after 08/14/2026. (Federal special enrollment for a birth, 29 USC 1181(f)(2),
  also dates the coverage from the birth; the certificate's own words are enough here.) The 10/01 date matches
  the certificate's marriage rule ("first day of the month after the request"); why the carrier used it is unknown.
- **Level:** first internal appeal, post-service.
- **True deadline:** 180 days after **receipt** of the 10/20/2026 notice (29 CFR 2560.503-1(h)(3)(i); the notice
  says the same). Receipt is not recorded, so the safe date is **04/18/2027** (counted from the notice date).
- The plan decides a post-service appeal within 60 days of receiving it (29 CFR 2560.503-1(i)).

## Deliberately unknown
- When the EOB was received (so the rule's later date cannot be fixed).
- Why the carrier keyed 10/01 (the file of 09/04 is in the employer's record only).
- Whether the claim meets medical-necessity criteria: the denial did not reach that question.

## Traps
- Not medical necessity: no clinical-reviewer demand, no peer-to-peer, no external-review request (an eligibility
  denial is not a medical judgment).
- Not "coverage ended": it is coverage **not yet begun** in the carrier's record (CO-26, not CO-27).
- The 30-day window is for the **enrollment request** (met: 19 days), not for this appeal.
- The author is the husband (authorized representative, form of 11/02/2026); the patient is "Ms. Ferreira-Oduya".

## Arguments a strong letter makes
1. The certificate's Section 2.4, quoted: enrollment asked within 30 days of the birth, coverage begins on the
   date of birth: 08/14/2026 (enrollment confirmation, Exhibit; certificate excerpt, Exhibit).
2. Every date of service (08/27-09/18/2026) falls after that date; ask the carrier to correct its enrollment
   record from 08/14/2026 and reprocess the claim.
3. Ask that any other claim for her or the child from 08/14 to 09/30/2026 be reviewed the same way.

## What a letter must NOT say
- That coverage began 10/01/2026, or that the enrollment was late.
- That the care was not medically necessary or was denied on clinical grounds; any external review request now.
- That the appeal is due 60 days from the notice, or any date before 04/18/2027 as the deadline.
""",
    answers=[
        ("Date of the denial notice", "10/20/2026", "denial/eob-2026-10-20.txt"),
        ("Claim number", "HSL-26-0930-551207", "denial/eob-2026-10-20.txt"),
        ("Adjustment code", "CO-26", "denial/eob-2026-10-20.txt"),
        ("Coverage start in the carrier's record", "coverage for this dependent begins 10/01/2026", "denial/eob-2026-10-20.txt"),
        ("Dates of service", "08/27/2026 through 09/18/2026", "denial/eob-2026-10-20.txt"),
        ("Appeal window the notice prints", "within 180 days after you receive this notice", "denial/eob-2026-10-20.txt"),
        ("Child's date of birth", "birth of child on 08/14/2026", "other/enrollment-confirmation-2026-09-04.txt"),
        ("Day the special enrollment request was received", "Special enrollment request received: 09/02/2026", "other/enrollment-confirmation-2026-09-04.txt"),
        ("Coverage effective date in the employer's record", "Coverage effective date: 08/14/2026", "other/enrollment-confirmation-2026-09-04.txt"),
        ("Day the enrollment was sent to the carrier", "09/04/2026", "other/enrollment-confirmation-2026-09-04.txt"),
        ("Time allowed to ask for special enrollment after a birth", "within 30 days after the birth", "other/certificate-special-enrollment-excerpt.txt"),
        ("When coverage begins after a birth", "begins on the date of the birth, adoption or placement", "other/certificate-special-enrollment-excerpt.txt"),
        ("Employer size", "340 employees", "other/enrollment-confirmation-2026-09-04.txt"),
        ("Authorized representative and date signed", "Date signed: 11/02/2026", "other/authorized-representative-form-2026-11-02.txt"),
        ("Program days and code", "S9480 x 12", "denial/eob-2026-10-20.txt"),
        ("Severity at admission", "EPDS 22 on 08/24/2026", "clinical/iop-discharge-summary-2026-09-18.txt"),
    ],
))

# ---------------------------------------------------------------- case 02
CASES.append(dict(
    no="02",
    slug="02-part-d-pdp-window-runs-from-written-coverage-determination-10-28-not-pharmacy-counter-rejection-09-01-redetermination-due-01-01-patient",
    npis={"@NPI2@": "150628734"},
    yaml="""\
# FICTIONAL CASE (set 80, case 02) - every person, plan, provider, number and address is invented.
# Stand-alone Part D PDP, ND. Brexpiprazole (adjunct) rejected at the pharmacy counter 09/01/2026 (not a coverage
# determination); the written coverage determination denying it is dated 10/28/2026. Redetermination: 65 days
# from the notice date -> 01/01/2027 (42 CFR 423.582(b)). The patient writes ("I").
patient:
  name: Wendell Ashgrove-Pike
  salutation: Mr. Ashgrove-Pike
  date_of_birth: 1957-06-11
  member_id: FICT-BRX-77304185
  address: |-
    611 North Fourth Street
    Bismarck, ND 58501
  phone: (701) 555-0124
  email: washgrove@mail.example
insurer:
  name: Bluestem Rx Prescription Drug Plan (FICTIONAL)
  appeals_address: |-
    Bluestem Rx Redeterminations (FICTIONAL)
    PO Box 90317
    Fargo, ND 58106
  fax: (701) 555-0158
claim:
  number: CD-26-1026-480913
  plan_type: medicare_part_d
  notice_date: 2026-10-28
  appeal_deadline: 2027-01-01
  deadline_basis: >-
    Redetermination: 65 days from the date of the written coverage determination notice of 10/28/2026
    (42 CFR 423.582(b); the notice prints the same). The pharmacy's rejection of 09/01/2026 was not a coverage
    determination and starts no clock.
  diagnosis_codes: [F33.1]
  denial_reason: >-
    Brexpiprazole requires prior authorization (criteria PA-ADJ-14). Criterion 2 is not met: the member must have
    tried two antidepressants at an adequate dose for at least 6 weeks in the current episode. Our pharmacy claims
    show one antidepressant (sertraline).
  denial_category: step_therapy
  action: none
prescriber_statement:
  date: 2026-10-26
  quote: >-
    Mr. Ashgrove-Pike took escitalopram 20 mg daily for 10 weeks (11/2025-01/2026) without response before
    sertraline; both fills were paid by his former employer's plan before he joined Bluestem Rx on 07/01/2026.
    A third antidepressant trial before augmentation would prolong a depressive episode now in its eleventh month.
  file: other/prescriber-supporting-statement-2026-10-26.txt
payer_criteria:
  - criterion: "1. Diagnosis of major depressive disorder, as adjunct to an antidepressant"
    how_met: Recurrent major depression (F33.1); sertraline 200 mg daily continues.
    met: true
    evidence: {file: clinical/psychiatry-note-2026-10-22.txt, page: 1}
  - criterion: "2. Two antidepressants at an adequate dose for at least 6 weeks in the current episode"
    how_met: >-
      Escitalopram 20 mg for 10 weeks (11/2025-01/2026), paid by my former employer's plan, without response,
      and sertraline 200 mg from 06/2026 (partial response, continuing), both in the current episode, which began
      in 10/2025.
    met: true
    evidence: {file: other/former-plan-pharmacy-claims-2025-2026.txt, page: 1}
treatment:
  name: Brexpiprazole 1 mg daily, added to sertraline
  summary: Augmentation after an adequate escitalopram trial without response and a partial response to sertraline, which continues.
  alongside: sertraline 200 mg daily
clinical:
  episode_onset: 2025-10
  severity: PHQ-9 19 on 10/22/2026
  severity_date: 2026-10-22
  suicidality: none
  suicidality_date: 2026-10-22
  history:
    - drug: escitalopram
      dose: 20 mg daily
      start: 2025-11
      end: 2026-01
      weeks: 10
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      paid_outside: another plan
      evidence: {file: other/former-plan-pharmacy-claims-2025-2026.txt, page: 1}
    - drug: sertraline
      dose: 200 mg daily
      start: 2026-06
      kind: antidepressant
      ongoing: true
      adequate: true
      response: partial
      evidence: {file: clinical/psychiatry-note-2026-10-22.txt, page: 1}
author:
  name: Wendell Ashgrove-Pike
  relation: patient
  role: Patient
provider:
  name: Dr. Oluwaseun Brandt-Kimura
  credentials: MD, psychiatrist
  npi: "@NPI2@"
  address: |-
    200 East Main Avenue, Suite 5
    Bismarck, ND 58501
  phone: (701) 555-0136
record_dates:
  - file: denial/coverage-determination-2026-10-28.txt
    date: 2026-10-28
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/coverage-determination-2026-10-28.txt": """\
BLUESTEM RX PRESCRIPTION DRUG PLAN (FICTIONAL) - NOTICE OF DENIAL OF MEDICARE PRESCRIPTION DRUG COVERAGE
Date of this notice: 10/28/2026
Member: Wendell Ashgrove-Pike   Member ID: FICT-BRX-77304185
Request number: CD-26-1026-480913 (received from your prescriber 10/26/2026)
Drug: brexpiprazole 1 mg tablet, 30 per 30 days
Decision: denied. Brexpiprazole requires prior authorization (criteria PA-ADJ-14). Criterion 2 is not met: the
member must have tried two antidepressants at an adequate dose for at least 6 weeks in the current episode. Our
pharmacy claims show one antidepressant (sertraline).
Your right to appeal: you may ask for a redetermination. Your request must be received within 65 days from the
date of this notice. Write to Bluestem Rx Redeterminations, PO Box 90317, Fargo, ND 58106, fax (701) 555-0158,
or call 1-800-555-0159. If waiting could seriously harm your health, ask for a fast (expedited) decision.
""",
        "other/pharmacy-rejection-receipt-2026-09-01.txt": """\
NORTHSIDE PHARMACY (FICTIONAL) - CLAIM REJECTION PRINTOUT
Date: 09/01/2026   Patient: Wendell Ashgrove-Pike   Plan: Bluestem Rx PDP
Drug: brexpiprazole 1 mg #30   Result: REJECTED - 75 prior authorization required
Pharmacist note: prescriber's office told the same day; the Medicare notice about asking for a coverage
determination was handed to the patient.
""",
        "other/former-plan-pharmacy-claims-2025-2026.txt": """\
PRAIRIE MILLWORKS EMPLOYEE HEALTH PLAN (FICTIONAL) - PHARMACY CLAIMS HISTORY
Member: Wendell Ashgrove-Pike   Coverage: 01/01/2019 through 06/30/2026 (retired 06/30/2026)
11/04/2025 escitalopram 20 mg #30   12/03/2025 escitalopram 20 mg #30   01/02/2026 escitalopram 20 mg #30
06/05/2026 sertraline 100 mg #60 (200 mg daily)
""",
        "other/prescriber-supporting-statement-2026-10-26.txt": """\
COVERAGE DETERMINATION REQUEST - PRESCRIBER'S SUPPORTING STATEMENT (FICTIONAL)
Date: 10/26/2026   Prescriber: Oluwaseun Brandt-Kimura, MD (NPI @NPI2@)   Fax (701) 555-0137
Patient: Wendell Ashgrove-Pike   Drug: brexpiprazole 1 mg daily, adjunct to sertraline
Mr. Ashgrove-Pike took escitalopram 20 mg daily for 10 weeks (11/2025-01/2026) without response before
sertraline; both fills were paid by his former employer's plan before he joined Bluestem Rx on 07/01/2026.
A third antidepressant trial before augmentation would prolong a depressive episode now in its eleventh month.
""",
        "clinical/psychiatry-note-2026-10-22.txt": """\
BISMARCK PSYCHIATRIC ASSOCIATES (FICTIONAL) - PROGRESS NOTE
Date: 10/22/2026   Patient: Wendell Ashgrove-Pike   Clinician: Oluwaseun Brandt-Kimura, MD
Diagnosis: major depressive disorder, recurrent, moderate (F33.1); current episode since 10/2025.
Escitalopram 20 mg 11/2025-01/2026: no response after 10 weeks. Sertraline titrated to 200 mg from 06/2026:
partial response (PHQ-9 24 -> 19). PHQ-9 19 today. No suicidal ideation.
Plan: add brexpiprazole 1 mg daily; continue sertraline 200 mg.
""",
    },
    truth="""\
# FICTIONAL TRUTH FILE - 02 - Part D: the 65 days run from the written notice of 10/28/2026, not the counter rejection (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Mr. Ashgrove-Pike (69) has a stand-alone **Part D PDP** since 07/01/2026. The pharmacy rejected brexpiprazole
  at the counter on **09/01/2026**; that is not a coverage determination. His psychiatrist asked for one on
  **10/26/2026**; the written **coverage determination denying it is dated 10/28/2026** (criterion 2 of PA-ADJ-14:
  "claims show one antidepressant").
- The record shows two adequate antidepressant trials in the current episode: escitalopram 20 mg, 10 weeks
  (11/2025-01/2026), no response, **paid by his former employer's plan**; sertraline 200 mg since 06/2026, partial
  response, continuing.
- **Level:** standard **redetermination** by the plan (first level of Part D appeal).
- **True deadline: 01/01/2027** - 65 days from the date of the 10/28/2026 notice (42 CFR 423.582(b), as amended
  from 2025-01-01; the notice says the same). A standard redetermination about a drug is decided within 7 days.

## Deliberately unknown
- The date the episode began beyond "10/2025" (month only).
- Whether an expedited redetermination would be granted (no prescriber certification of urgency is in the file).

## Traps
- Counting from the counter rejection of 09/01/2026 (which would give 11/05/2026 and call the appeal late).
- "60 days after receipt": wrong for Part D since 2025.
- Saying the trial "failed" because the plan's claims lack it is backwards: the trial was paid by another plan.
- Part D: no ERISA, no 45 CFR 147.136, no parity law, no state external review.
- The patient signs: "I", not "Mr. Ashgrove-Pike has ...".

## Arguments a strong letter makes
1. Criterion 2 is met: two adequate trials in the current episode, the first paid by his former employer's plan
   (claims history, Exhibit), which is why Bluestem's claims show only one.
2. In the alternative, a coverage exception under 42 CFR 423.578(b), resting on the prescriber's supporting
   statement of 10/26/2026.
3. The request is timely: within 65 days of the 10/28/2026 notice.

## What a letter must NOT say
- That the appeal is late, or that the deadline is 11/05/2026 or counted from 09/01/2026.
- That he tried only one antidepressant.
- External review, 29 CFR 2560.503-1, 45 CFR 147.136, MHPAEA.
""",
    answers=[
        ("Date of the coverage determination notice", "Date of this notice: 10/28/2026", "denial/coverage-determination-2026-10-28.txt"),
        ("Request number", "CD-26-1026-480913", "denial/coverage-determination-2026-10-28.txt"),
        ("Criteria named", "PA-ADJ-14", "denial/coverage-determination-2026-10-28.txt"),
        ("What the plan's claims show", "Our pharmacy claims show one antidepressant (sertraline)", "denial/coverage-determination-2026-10-28.txt"),
        ("Window printed for the redetermination", "within 65 days from the date of this notice", "denial/coverage-determination-2026-10-28.txt"),
        ("Day the prescriber's request was received", "received from your prescriber 10/26/2026", "denial/coverage-determination-2026-10-28.txt"),
        ("Day of the pharmacy counter rejection", "Date: 09/01/2026", "other/pharmacy-rejection-receipt-2026-09-01.txt"),
        ("Rejection code at the counter", "75 prior authorization required", "other/pharmacy-rejection-receipt-2026-09-01.txt"),
        ("Former plan's coverage end", "retired 06/30/2026", "other/former-plan-pharmacy-claims-2025-2026.txt"),
        ("First escitalopram fill", "11/04/2025 escitalopram 20 mg", "other/former-plan-pharmacy-claims-2025-2026.txt"),
        ("Escitalopram trial length", "no response after 10 weeks", "clinical/psychiatry-note-2026-10-22.txt"),
        ("Sertraline dose", "sertraline 200 mg", "clinical/psychiatry-note-2026-10-22.txt"),
        ("Current severity", "PHQ-9 19 today", "clinical/psychiatry-note-2026-10-22.txt"),
        ("Date the PDP began", "joined Bluestem Rx on 07/01/2026", "other/prescriber-supporting-statement-2026-10-26.txt"),
        ("Date of the prescriber's statement", "Date: 10/26/2026", "other/prescriber-supporting-statement-2026-10-26.txt"),
        ("Redeterminations fax", "(701) 555-0158", "denial/coverage-determination-2026-10-28.txt"),
    ],
))

# ---------------------------------------------------------------- case 03
CASES.append(dict(
    no="03",
    slug="03-original-medicare-redetermination-counted-from-msn-of-08-20-not-duplicate-printed-10-26-due-12-23-presumed-receipt-safe-12-18-tms-daughter-cms1696",
    npis={"@NPI3@": "161947205"},
    yaml="""\
# FICTIONAL CASE (set 80, case 03) - every person, plan, provider, number and address is invented.
# Original Medicare Part B, WA. TMS (90868 x 30) denied on the MSN dated 08/20/2026 (LCD L99958, criterion 3).
# The daughter holds a DUPLICATE MSN printed 10/26/2026: it does not restart the clock. Redetermination within
# 120 days of receipt, presumed 08/25/2026 -> 12/23/2026 (42 CFR 405.942(a)); safe date 12/18/2026.
patient:
  name: Loretta Vashchenko-Baird
  salutation: Mrs. Vashchenko-Baird
  date_of_birth: 1949-02-17
  member_id: FICT-MBI-7QK2HN4RT61
  address: |-
    2304 West Sharp Avenue
    Spokane, WA 99201
  phone: (509) 555-0117
insurer:
  name: Cascade Medicare Administrative Services, Part B Redeterminations (FICTIONAL)
  appeals_address: |-
    Cascade Medicare Administrative Services (FICTIONAL)
    Part B Redeterminations, PO Box 30881
    Seattle, WA 98113
  fax: (206) 555-0172
claim:
  number: "2226233044819"
  plan_type: medicare
  notice_date: 2026-08-20
  appeal_deadline: 2026-12-18
  deadline_basis: >-
    Redetermination: 120 days from receipt of the MSN dated 08/20/2026, receipt presumed 5 days after it
    (08/25/2026 -> 12/23/2026; 42 CFR 405.942(a)); counted here from the MSN date itself (12/18/2026), the safe
    date. The duplicate MSN printed 10/26/2026 does not restart the count.
  service_dates: [2026-06-15, 2026-07-24]
  sessions: 30
  procedure_codes: ["90868"]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-50]
  abn_given: true
  denial_reason: >-
    Medicare does not pay for this service because the documentation does not show it was reasonable and
    necessary. LCD L99958, criterion 3: a trial of evidence-based psychotherapy of adequate frequency and duration
    is not documented.
  denial_category: medical_necessity
  action: none
medicare_coverage:
  name: Local Coverage Determination, Transcranial Magnetic Stimulation for Major Depressive Disorder
  number: L99958
  quote: >-
    Criterion 3: the patient has had a trial of evidence-based psychotherapy known to be effective in the
    treatment of major depressive disorder, of adequate frequency and duration, without significant improvement
    in depressive symptoms as documented by standardized rating scales.
  file: other/lcd-l99958-excerpt.txt
payer_criteria:
  - criterion: >-
      3. A trial of evidence-based psychotherapy of adequate frequency and duration, without significant
      improvement documented by standardized rating scales
    how_met: >-
      16 weekly sessions of cognitive behavioral therapy, 01/07/2026 through 04/22/2026, PHQ-9 23 at the start
      and 21 at the end.
    met: true
    evidence: {file: clinical/cbt-course-summary-2026-04-22.txt, page: 1}
treatment:
  name: A 30-session course of transcranial magnetic stimulation (June 15 through July 24, 2026)
  summary: Daily TMS for severe recurrent major depression after medication trials and a course of CBT.
clinical:
  severity: PHQ-9 22 on 06/10/2026; PHQ-9 9 on 07/24/2026
  severity_date: 2026-07-24
  suicidality: none
  suicidality_date: 2026-07-24
  history:
    - drug: cognitive behavioral therapy
      kind: psychotherapy
      sessions: 16
      start: 2026-01-07
      end: 2026-04-22
      adequate: true
      failed: true
      response: none
      evidence: {file: clinical/cbt-course-summary-2026-04-22.txt, page: 1}
author:
  name: Renata Baird-Osei
  relation: representative
  role: Daughter (appointed representative, form CMS-1696)
  address: |-
    77 Northeast Bryant Street, Apt 4
    Portland, OR 97211
  phone: (503) 555-0183
  authorization: other/cms-1696-appointment-2026-11-20.txt
provider:
  name: Dr. Maksim Oyelaran-Hughes
  credentials: MD, psychiatrist
  npi: "@NPI3@"
  address: |-
    1200 North Division Street, Suite 410
    Spokane, WA 99202
  phone: (509) 555-0126
record_dates:
  - file: denial/msn-2026-08-20.txt
    date: 2026-08-20
  - file: other/duplicate-msn-printed-2026-10-26.txt
    date: 2026-10-26
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/msn-2026-08-20.txt": """\
MEDICARE SUMMARY NOTICE - PART B (FICTIONAL TEST COPY)
Notice date: 08/20/2026
Beneficiary: Loretta Vashchenko-Baird   Medicare number: FICT-MBI-7QK2HN4RT61
Claim number: 2226233044819   Provider: Maksim Oyelaran-Hughes, MD (NPI @NPI3@)
Services 06/15/2026 through 07/24/2026: 90868 x 30   Diagnosis F33.2   Amount charged $8,850.00
Medicare approved: $0.00   Maximum you may be billed: $8,850.00 (you signed an Advance Beneficiary Notice)
Reason: Medicare does not pay for this service because the documentation does not show it was reasonable and
necessary. LCD L99958, criterion 3: a trial of evidence-based psychotherapy of adequate frequency and duration
is not documented.
How to appeal: you have 120 days from the date you get this notice to file an appeal. Send the request to
Cascade Medicare Administrative Services, Part B Redeterminations, PO Box 30881, Seattle, WA 98113.
Questions: 1-800-555-0173.
""",
        "other/duplicate-msn-printed-2026-10-26.txt": """\
MEDICARE SUMMARY NOTICE - DUPLICATE COPY (FICTIONAL TEST COPY)
Date printed: 10/26/2026 (duplicate requested by phone on 10/19/2026)
This is a copy of the notice dated 08/20/2026 for claim 2226233044819. It is not a new decision.
Beneficiary: Loretta Vashchenko-Baird   Mailing address on file: 2304 West Sharp Avenue, Spokane, WA 99201
Services 06/15/2026 through 07/24/2026: 90868 x 30   Medicare approved: $0.00
""",
        "other/lcd-l99958-excerpt.txt": """\
LOCAL COVERAGE DETERMINATION L99958 (FICTIONAL) - TRANSCRANIAL MAGNETIC STIMULATION FOR MAJOR DEPRESSIVE DISORDER
Excerpt, revision effective 01/01/2026
Criterion 3: the patient has had a trial of evidence-based psychotherapy known to be effective in the
treatment of major depressive disorder, of adequate frequency and duration, without significant improvement
in depressive symptoms as documented by standardized rating scales.
""",
        "other/cms-1696-appointment-2026-11-20.txt": """\
APPOINTMENT OF REPRESENTATIVE - FORM CMS-1696 (FICTIONAL TEST COPY)
Beneficiary: Loretta Vashchenko-Baird   Medicare number: FICT-MBI-7QK2HN4RT61
I appoint Renata Baird-Osei (daughter) to act as my representative in connection with my claim or asserted right
under Title XVIII of the Social Security Act.
Beneficiary signature date: 11/20/2026   Representative acceptance date: 11/20/2026
""",
        "clinical/cbt-course-summary-2026-04-22.txt": """\
INLAND NORTHWEST BEHAVIORAL HEALTH (FICTIONAL) - PSYCHOTHERAPY COURSE SUMMARY
Date: 04/22/2026   Patient: Loretta Vashchenko-Baird   Therapist: Corinne Albescu, LICSW
Cognitive behavioral therapy for depression, 16 weekly sessions, 01/07/2026 through 04/22/2026.
PHQ-9 23 at session 1; PHQ-9 21 at session 16. No significant improvement. Referred for TMS evaluation.
""",
        "clinical/tms-course-summary-2026-07-24.txt": """\
SPOKANE TMS CENTER (FICTIONAL) - TREATMENT SUMMARY
Date: 07/24/2026   Patient: Loretta Vashchenko-Baird   Physician: Maksim Oyelaran-Hughes, MD
Major depressive disorder, recurrent, severe without psychotic features (F33.2).
30 sessions 06/15/2026 through 07/24/2026. PHQ-9 22 on 06/10/2026; PHQ-9 9 on 07/24/2026.
Prior care: sertraline, bupropion and mirtazapine trials (2023-2025); CBT 16 sessions 01/07-04/22/2026.
""",
    },
    truth="""\
# FICTIONAL TRUTH FILE - 03 - Original Medicare: the duplicate MSN does not restart the 120 days (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Mrs. Vashchenko-Baird has **Original Medicare Part B**. Her 30-session TMS course (06/15-07/24/2026) was denied
  on the **MSN dated 08/20/2026** under fictional LCD L99958 criterion 3 ("psychotherapy ... not documented"). She
  signed an ABN, so she is billed the $8,850.00.
- The record shows a 16-session CBT course (01/07-04/22/2026), PHQ-9 23 -> 21, no significant improvement.
- Her daughter holds a **duplicate MSN printed 10/26/2026**: it says it is a copy of the 08/20 notice, not a new
  decision.
- **Level:** MAC **redetermination** (first level of Original Medicare appeal). Next: QIC reconsideration.
- **True deadline: 12/23/2026** - 120 days from receipt of the MSN, receipt presumed 5 days after its date
  (08/25/2026) (42 CFR 405.942(a)). Safe date counted from the notice date: **12/18/2026**. Today 12/07/2026:
  send now. Counting from the duplicate (to 02/28/2027) is wrong.

## Deliberately unknown
- The day the original MSN actually arrived.
- The exact medication doses and lengths of the 2023-2025 trials (only named in the TMS summary).

## Traps
- Using 10/26/2026 (the duplicate) as the notice date, or telling the family they have until February 2027.
- Original Medicare has no plan terms: no "the plan's own terms", no ERISA/ACA/parity citations, no external
  review, no 72-hour expedited appeal of a claim.
- The LCD is Medicare's rule, not "the plan's policy".
- The daughter writes as representative (CMS-1696 of 11/20/2026); the patient is "Mrs. Vashchenko-Baird".

## Arguments a strong letter makes
1. Criterion 3 is met: CBT 16 weekly sessions, 01/07-04/22/2026, PHQ-9 23 -> 21 (course summary, Exhibit).
2. The redetermination is timely: MSN dated 08/20/2026, 120 days from presumed receipt (12/23/2026).
3. Ask that the claim be paid (she signed an ABN, so she is liable unless it is).

## What a letter must NOT say
- That the decision appealed is dated 10/26/2026, or that the deadline is in 2027.
- That the appeal is late or needs good cause.
- "the plan", "the plan's criteria", 29 CFR 2560.503-1, 45 CFR 147.136, MHPAEA, external review.
""",
    answers=[
        ("MSN notice date", "Notice date: 08/20/2026", "denial/msn-2026-08-20.txt"),
        ("Claim number", "2226233044819", "denial/msn-2026-08-20.txt"),
        ("LCD named", "LCD L99958, criterion 3", "denial/msn-2026-08-20.txt"),
        ("Window the MSN prints", "120 days from the date you get this notice", "denial/msn-2026-08-20.txt"),
        ("Amount she may be billed", "Maximum you may be billed: $8,850.00", "denial/msn-2026-08-20.txt"),
        ("ABN", "you signed an Advance Beneficiary Notice", "denial/msn-2026-08-20.txt"),
        ("Duplicate's print date", "Date printed: 10/26/2026", "other/duplicate-msn-printed-2026-10-26.txt"),
        ("What the duplicate says of itself", "It is not a new decision", "other/duplicate-msn-printed-2026-10-26.txt"),
        ("Date the duplicate was requested", "requested by phone on 10/19/2026", "other/duplicate-msn-printed-2026-10-26.txt"),
        ("CBT sessions and dates", "16 weekly sessions, 01/07/2026 through 04/22/2026", "clinical/cbt-course-summary-2026-04-22.txt"),
        ("PHQ-9 at the end of CBT", "PHQ-9 21 at session 16", "clinical/cbt-course-summary-2026-04-22.txt"),
        ("TMS sessions", "30 sessions 06/15/2026 through 07/24/2026", "clinical/tms-course-summary-2026-07-24.txt"),
        ("PHQ-9 after TMS", "PHQ-9 9 on 07/24/2026", "clinical/tms-course-summary-2026-07-24.txt"),
        ("CMS-1696 signature date", "Beneficiary signature date: 11/20/2026", "other/cms-1696-appointment-2026-11-20.txt"),
        ("Representative", "Renata Baird-Osei (daughter)", "other/cms-1696-appointment-2026-11-20.txt"),
        ("Redeterminations address", "PO Box 30881, Seattle, WA 98113", "denial/msn-2026-08-20.txt"),
    ],
))

# ---------------------------------------------------------------- case 04
CASES.append(dict(
    no="04",
    slug="04-medicaid-managed-care-age-19-fair-hearing-120-days-from-notice-of-resolution-11-16-notice-prints-30-days-tms-under-21-exclusion-epsdt-mother-state-form",
    npis={"@NPI4@": "138206457"},
    yaml="""\
# FICTIONAL CASE (set 80, case 04) - every person, plan, provider, number and address is invented.
# Medicaid managed care, MI, member aged 19. TMS prior authorization denied 09/10/2026 under a handbook exclusion
# for members under 21; plan appeal upheld by the notice of resolution of 11/16/2026, which prints "30 days" for
# a fair hearing. True: 120 days from that notice -> 03/16/2027 (42 CFR 438.408(f)(2)). EPSDT applies.
patient:
  name: Adriana Montoya-Reyes
  salutation: Ms. Montoya-Reyes
  date_of_birth: 2007-05-03
  member_id: FICT-LKM-20931574
  birth_record: {file: other/medicaid-eligibility-notice-2026-01-05.txt, page: 1}
  address: |-
    4410 Clyde Park Avenue SW
    Wyoming, MI 49509
  phone: (616) 555-0162
insurer:
  name: Lakeshore Medicaid Health Plan (FICTIONAL)
  appeals_address: |-
    Lakeshore Medicaid Health Plan Appeals (FICTIONAL)
    PO Box 22870
    Grand Rapids, MI 49501
  fax: (616) 555-0171
claim:
  number: PA-26-0903-771452
  plan_type: medicaid
  delivery: managed_care
  notice_date: 2026-09-10
  diagnosis_codes: [F33.2]
  procedure_codes: ["90868"]
  pending_services: 36
  denial_reason: >-
    Transcranial magnetic stimulation is not a covered benefit for members under age 21 (Member Handbook 2026,
    Section 6.2(t)).
  denial_category: not_covered
  action: none
decisions:
  - date: 2026-11-16
    outcome: denied
    stage: plan appeal (first level)
    opens: state fair hearing
    next_deadline: 2027-03-16
    reason: >-
      We upheld our decision. TMS is excluded for members under age 21 under Member Handbook Section 6.2(t).
external_review:
  agency: State Medicaid Fair Hearings Office (FICTIONAL)
  address: |-
    State Medicaid Fair Hearings Office (FICTIONAL)
    PO Box 30763
    Lansing, MI 48909
  final_denial_date: 2026-11-16
plan_policy:
  name: Lakeshore Medicaid Health Plan Member Handbook 2026, Section 6.2(t)
  quote: >-
    Services we do not cover: (t) transcranial magnetic stimulation for members under age 21.
  file: other/member-handbook-section-6-2-excerpt.txt
  exclusion:
    name: Member Handbook 2026, Section 6.2(t)
    under_age: 21
treatment:
  name: A course of 36 transcranial magnetic stimulation sessions
  summary: TMS for severe recurrent depression after three antidepressant trials and a course of psychotherapy.
  plan: 36 sessions, five days a week for six weeks, PHQ-9 weekly; stop if no 25% fall by session 20.
clinical:
  severity: PHQ-9 23 on 11/24/2026
  severity_date: 2026-11-24
  suicidality: passive
  suicidality_date: 2026-11-24
  history:
    - {drug: fluoxetine, dose: 40 mg daily, start: 2024-09, end: 2024-12, weeks: 12, kind: antidepressant, adequate: true, failed: true, response: none}
    - {drug: sertraline, dose: 150 mg daily, start: 2025-02, end: 2025-05, weeks: 10, kind: antidepressant, adequate: true, failed: true, response: partial}
    - {drug: bupropion XL, dose: 300 mg daily, start: 2025-08, end: 2025-11, weeks: 10, kind: antidepressant, adequate: true, failed: true, response: none}
author:
  name: Graciela Montoya-Reyes
  relation: representative
  role: Mother (authorized representative, state form)
  address: |-
    4410 Clyde Park Avenue SW
    Wyoming, MI 49509
  phone: (616) 555-0163
  authorization: other/authorized-representative-form-2026-11-30.txt
provider:
  name: Dr. Tobias Nwachukwu-Lind
  credentials: MD, psychiatrist
  npi: "@NPI4@"
  address: |-
    300 Michigan Street NE, Suite 600
    Grand Rapids, MI 49503
  phone: (616) 555-0165
record_dates:
  - file: denial/notice-of-resolution-2026-11-16.txt
    date: 2026-11-16
  - file: clinical/psychiatry-evaluation-2026-11-24.txt
    date: 2026-11-24
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/adverse-benefit-determination-2026-09-10.txt": """\
LAKESHORE MEDICAID HEALTH PLAN (FICTIONAL) - NOTICE OF ADVERSE BENEFIT DETERMINATION
Date: 09/10/2026   Member: Adriana Montoya-Reyes   Member ID: FICT-LKM-20931574
Reference: PA-26-0903-771452   Requested: transcranial magnetic stimulation, 90868, 36 sessions
Decision: denied. Transcranial magnetic stimulation is not a covered benefit for members under age 21 (Member
Handbook 2026, Section 6.2(t)).
You may appeal to us within 60 days of the date of this notice.
""",
        "denial/notice-of-resolution-2026-11-16.txt": """\
LAKESHORE MEDICAID HEALTH PLAN (FICTIONAL) - NOTICE OF APPEAL RESOLUTION
Date: 11/16/2026   Member: Adriana Montoya-Reyes   Reference: PA-26-0903-771452
Appeal received: 10/20/2026
Decision: We upheld our decision. TMS is excluded for members under age 21 under Member Handbook Section 6.2(t).
Medical necessity was not reviewed.
State fair hearing: you may ask for a state fair hearing within 30 days of the date of this notice. Write to the
State Medicaid Fair Hearings Office, PO Box 30763, Lansing, MI 48909, or call 1-800-555-0177.
""",
        "other/member-handbook-section-6-2-excerpt.txt": """\
LAKESHORE MEDICAID HEALTH PLAN (FICTIONAL) MEMBER HANDBOOK 2026 - SECTION 6.2 (excerpt)
Services we do not cover: (t) transcranial magnetic stimulation for members under age 21.
Section 6.4 Members under 21: you can get any medically necessary service covered by Medicaid, even if it is not
listed in this handbook, through the Early and Periodic Screening, Diagnostic and Treatment (EPSDT) benefit.
""",
        "other/medicaid-eligibility-notice-2026-01-05.txt": """\
STATE DEPARTMENT OF HEALTH SERVICES (FICTIONAL) - MEDICAID ELIGIBILITY NOTICE
Date: 01/05/2026   Name: Adriana Montoya-Reyes   Date of birth: 05/03/2007
Eligible for Medicaid from 01/01/2026; enrolled with Lakeshore Medicaid Health Plan from 02/01/2026.
""",
        "other/authorized-representative-form-2026-11-30.txt": """\
STATE DEPARTMENT OF HEALTH SERVICES (FICTIONAL) - AUTHORIZED REPRESENTATIVE FOR HEARINGS
Date signed: 11/30/2026
Member: Adriana Montoya-Reyes   Representative: Graciela Montoya-Reyes (mother)
I authorize my mother to request a fair hearing and act for me in it about reference PA-26-0903-771452.
""",
        "clinical/psychiatry-evaluation-2026-11-24.txt": """\
WEST MICHIGAN YOUTH AND YOUNG ADULT PSYCHIATRY (FICTIONAL) - EVALUATION
Date: 11/24/2026   Patient: Adriana Montoya-Reyes, age 19   Physician: Tobias Nwachukwu-Lind, MD
Major depressive disorder, recurrent, severe (F33.2). PHQ-9 23 today; passive death wishes, no plan or intent.
Fluoxetine 40 mg 12 weeks (2024), sertraline 150 mg 10 weeks (2025, partial), bupropion XL 300 mg 10 weeks (2025):
each adequate, none brought remission. CBT 20 sessions in 2025. Recommend TMS, 36 sessions.
""",
    },
    truth="""\
# FICTIONAL TRUTH FILE - 04 - Medicaid managed care: fair hearing within 120 days, not the 30 the notice prints (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Ms. Montoya-Reyes, **aged 19** (DOB 05/03/2007), has **Medicaid managed care**. TMS (36 sessions, not yet
  given) was denied 09/10/2026 under Handbook 6.2(t), "TMS ... for members under age 21". Her plan appeal
  (received 10/20/2026) was upheld by the **notice of resolution dated 11/16/2026**, which says medical necessity
  was **not reviewed**.
- **Level:** **state fair hearing** (the plan's one appeal level is exhausted).
- **True deadline: 03/16/2027** - 120 calendar days from the notice of resolution (42 CFR 438.408(f)(2)). The
  notice's "within 30 days" (12/16/2026) understates the federal right; filing by 12/16 is harmless, but a
  letter must not tell her she has only 30 days, and a hearing request after 12/16 is still timely.
- She is under 21, so Medicaid's **EPSDT** standard applies (42 USC 1396d(r)(5)); the plan's own Handbook 6.4
  says so. The exclusion names TMS and reaches her age group: it cannot be argued away, only overridden by EPSDT.

## Deliberately unknown
- Whether the state's own hearing rules give the same 120 days in its own text (the federal rule controls).
- Whether TMS is in the state plan for adults.

## Traps
- Saying the exclusion "does not apply" or does not name TMS: it does.
- Counting 30 days, or 90-120 "the state sets"; counting from the 09/10 notice.
- Addressing the hearing request to the plan "to forward": it goes to the hearing office.
- No benefits-continuation request (no care was authorized: `action: none`).
- ERISA/ACA/MHPAEA citations; "name and qualifications of experts" as a duty.
- The mother writes as authorized representative for an adult daughter, not as a parent of a minor.

## Arguments a strong letter makes
1. She is 19: under EPSDT the plan must cover medically necessary TMS whatever the handbook's exclusion; the
   handbook's own Section 6.4 says so.
2. Medical necessity was never reviewed: ask the hearing officer to decide it on the record (three adequate
   antidepressant trials, CBT, PHQ-9 23).
3. The request is timely: within 120 days of the 11/16/2026 notice of resolution.

## What a letter must NOT say
- That the hearing must be asked for by 12/16/2026 or within 30 days.
- That TMS is not named in the exclusion.
- That she is a minor or that a parent signs for a child.
""",
    answers=[
        ("Date of the first denial", "Date: 09/10/2026", "denial/adverse-benefit-determination-2026-09-10.txt"),
        ("Reference number", "PA-26-0903-771452", "denial/adverse-benefit-determination-2026-09-10.txt"),
        ("Exclusion's words", "transcranial magnetic stimulation for members under age 21", "other/member-handbook-section-6-2-excerpt.txt"),
        ("Date of the notice of resolution", "Date: 11/16/2026", "denial/notice-of-resolution-2026-11-16.txt"),
        ("Day the plan appeal was received", "Appeal received: 10/20/2026", "denial/notice-of-resolution-2026-11-16.txt"),
        ("Window the notice prints (wrong)", "within 30 days of the date of this notice", "denial/notice-of-resolution-2026-11-16.txt"),
        ("What the plan did not review", "Medical necessity was not reviewed", "denial/notice-of-resolution-2026-11-16.txt"),
        ("Hearing office address", "PO Box 30763, Lansing, MI 48909", "denial/notice-of-resolution-2026-11-16.txt"),
        ("Date of birth", "Date of birth: 05/03/2007", "other/medicaid-eligibility-notice-2026-01-05.txt"),
        ("Plan enrollment start", "enrolled with Lakeshore Medicaid Health Plan from 02/01/2026", "other/medicaid-eligibility-notice-2026-01-05.txt"),
        ("Handbook's EPSDT sentence", "Early and Periodic Screening, Diagnostic and Treatment (EPSDT)", "other/member-handbook-section-6-2-excerpt.txt"),
        ("Representative form date", "Date signed: 11/30/2026", "other/authorized-representative-form-2026-11-30.txt"),
        ("Current severity", "PHQ-9 23 today", "clinical/psychiatry-evaluation-2026-11-24.txt"),
        ("Age at evaluation", "age 19", "clinical/psychiatry-evaluation-2026-11-24.txt"),
        ("Sessions requested", "36 sessions", "denial/adverse-benefit-determination-2026-09-10.txt"),
        ("Plan appeal window printed on the first notice", "within 60 days of the date of this notice", "denial/adverse-benefit-determination-2026-09-10.txt"),
    ],
))

# ---------------------------------------------------------------- case 05
CASES.append(dict(
    no="05",
    slug="05-fehb-opm-review-90-days-from-carrier-reconsideration-10-09-due-01-07-carrier-letter-wrongly-offers-second-level-iop-precert-requested-never-decided-wife",
    npis={"@NPI5@": "145270396"},
    yaml="""\
# FICTIONAL CASE (set 80, case 05) - every person, plan, provider, number and address is invented.
# FEHB, MD. IOP 06/01-06/26/2026 denied CO-197; the program faxed a precertification request on 05/28/2026 that
# the carrier never decided. The carrier upheld on reconsideration 10/09/2026 and its letter wrongly offers "a
# second-level appeal with us within 60 days". True: OPM review within 90 days of 10/09/2026 -> 01/07/2027
# (5 CFR 890.105(e)(1); brochure Section 8, Step 3). The wife writes with his signed consent.
patient:
  name: Julian Carteret-Ebo
  salutation: Mr. Carteret-Ebo
  date_of_birth: 1978-12-02
  member_id: FICT-PFH-R55102937
  address: |-
    8123 Flower Avenue
    Takoma Park, MD 20912
  phone: (301) 555-0114
insurer:
  name: Potomac Federal Employees Health Association, High Option (FICTIONAL)
  appeals_address: |-
    Potomac Federal Employees Health Association Reconsiderations (FICTIONAL)
    PO Box 77210
    Rockville, MD 20849
  fax: (301) 555-0166
claim:
  number: PFH-26-0612-220384
  plan_type: fehb
  notice_date: 2026-07-02
  service_dates: [2026-06-01, 2026-06-26]
  sessions: 16
  setting: intensive_outpatient
  procedure_codes: [S9480]
  revenue_codes: ["0905"]
  diagnosis_codes: [F31.4]
  carc_codes: [CO-197]
  denial_reason: >-
    Precertification/authorization absent. Intensive outpatient program care requires precertification. No
    precertification request was received.
  denial_category: prior_authorization
  action: none
prior_auth:
  requested_on: 2026-05-28
  never_decided: true
  reference: fax transmission report, 5 pages, OK, 05/28/2026 10:14, to (301) 555-0168
  proof: other/precertification-request-and-fax-report-2026-05-28.txt
decisions:
  - date: 2026-10-09
    outcome: denied
    stage: carrier reconsideration
    opens: OPM review
    next_deadline: 2027-01-07
    reason: >-
      We have reviewed your request and uphold our denial. No precertification was on file for the dates of
      service.
    corrections:
      - said: No precertification was on file for the dates of service.
        record: >-
          The program faxed a precertification request on 05/28/2026, four days before the first date of service;
          the fax report shows it was sent to the carrier's precertification fax, and no decision on it ever came.
        file: other/precertification-request-and-fax-report-2026-05-28.txt
        page: 1
submissions:
  - date: 2026-08-14
    method: mail
    to: Potomac Federal Employees Health Association Reconsiderations (FICTIONAL)
    stage: carrier reconsideration
    confirmation: certified mail 9407 1118 9956 0000 4471 20, delivered 08/17/2026
external_review:
  agency: United States Office of Personnel Management, FEHB disputed claims review (FICTIONAL address)
  address: |-
    OPM FEHB Disputed Claims Review (FICTIONAL address for this test)
    PO Box 40916
    Washington, DC 20044
  final_denial_date: 2026-10-09
plan_policy:
  name: Potomac Federal Employees Health Association 2026 Brochure, Section 8 (The disputed claims process)
  quote: >-
    Step 1: Ask us in writing to reconsider our initial decision. You must write to us within 6 months from the
    date of our decision. Step 3: If you do not agree with our decision, you may ask OPM to review it. You must
    write to OPM within 90 days after the date of our letter upholding our initial decision.
  file: other/brochure-section-8-excerpt.txt
treatment:
  name: Intensive outpatient program (16 program days, June 1 through June 26, 2026)
  summary: IOP after a depressive episode of bipolar I disorder, stepping down from outpatient care that was not enough.
clinical:
  severity: MADRS 31 on 05/26/2026; MADRS 14 on 06/26/2026
  severity_date: 2026-06-26
  suicidality: none
  suicidality_date: 2026-06-26
author:
  name: Simone Carteret-Ebo
  relation: representative
  role: Wife (authorized by the member's signed consent)
  address: |-
    8123 Flower Avenue
    Takoma Park, MD 20912
  phone: (301) 555-0115
  authorization: other/member-consent-2026-11-12.txt
provider:
  name: Dr. Ingrid Paternoster-Ade
  credentials: MD, psychiatrist
  npi: "@NPI5@"
  address: |-
    9801 Georgia Avenue, Suite 220
    Silver Spring, MD 20902
  phone: (301) 555-0167
record_dates:
  - file: denial/eob-2026-07-02.txt
    date: 2026-07-02
  - file: denial/reconsideration-decision-2026-10-09.txt
    date: 2026-10-09
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/eob-2026-07-02.txt": """\
POTOMAC FEDERAL EMPLOYEES HEALTH ASSOCIATION (FICTIONAL) - EXPLANATION OF BENEFITS
Date of notice: 07/02/2026   Member: Julian Carteret-Ebo   Member ID: FICT-PFH-R55102937
Claim number: PFH-26-0612-220384   Provider: Montgomery Bridge IOP, Ingrid Paternoster-Ade, MD (NPI @NPI5@)
Dates of service: 06/01/2026 through 06/26/2026   Revenue code 0905   S9480 x 16   Diagnosis F31.4
Adjustment: CO-197. Precertification/authorization absent. Intensive outpatient program care requires
precertification. No precertification request was received.
You may ask us to reconsider within 6 months from the date of this notice (Brochure Section 8).
""",
        "denial/reconsideration-decision-2026-10-09.txt": """\
POTOMAC FEDERAL EMPLOYEES HEALTH ASSOCIATION (FICTIONAL) - RECONSIDERATION DECISION
Date: 10/09/2026   Member: Julian Carteret-Ebo   Claim: PFH-26-0612-220384
Your request received 08/17/2026. We have reviewed your request and uphold our denial. No precertification was
on file for the dates of service.
If you disagree, you may file a second-level appeal with us within 60 days of this letter.
""",
        "other/brochure-section-8-excerpt.txt": """\
POTOMAC FEDERAL EMPLOYEES HEALTH ASSOCIATION (FICTIONAL) 2026 BROCHURE - SECTION 8 (excerpt)
Step 1: Ask us in writing to reconsider our initial decision. You must write to us within 6 months from the
date of our decision. Step 2: We have 30 days from the date we receive your request to pay or provide the care,
write to you and maintain our denial, or ask for more information. Step 3: If you do not agree with our
decision, you may ask OPM to review it. You must write to OPM within 90 days after the date of our letter
upholding our initial decision.
Section 3: precertification is required for intensive outpatient program care. Fax requests to (301) 555-0168.
""",
        "other/precertification-request-and-fax-report-2026-05-28.txt": """\
MONTGOMERY BRIDGE IOP (FICTIONAL) - PRECERTIFICATION REQUEST
Date: 05/28/2026   To: Potomac Federal Employees Health Association precertification, fax (301) 555-0168
Member: Julian Carteret-Ebo   Member ID: FICT-PFH-R55102937
Requested: intensive outpatient program, S9480, revenue code 0905, 16 program days from 06/01/2026.
FAX TRANSMISSION REPORT: to (301) 555-0168, 5 pages, result OK, 05/28/2026 10:14.
Program note, 06/26/2026: no approval, denial or request for information was received on this request.
""",
        "other/member-consent-2026-11-12.txt": """\
CONSENT TO ACT FOR ME (FICTIONAL)
Date: 11/12/2026
I, Julian Carteret-Ebo (member ID FICT-PFH-R55102937), authorize my wife, Simone Carteret-Ebo, to ask OPM to
review claim PFH-26-0612-220384 and to receive my health information for that purpose.
Signed: Julian Carteret-Ebo
""",
        "clinical/iop-discharge-summary-2026-06-26.txt": """\
MONTGOMERY BRIDGE IOP (FICTIONAL) - DISCHARGE SUMMARY
Date: 06/26/2026   Patient: Julian Carteret-Ebo   Attending: Ingrid Paternoster-Ade, MD
Bipolar I disorder, current episode depressed, moderate (F31.4). MADRS 31 on 05/26/2026 at intake; MADRS 14 at
discharge. 16 program days, 06/01/2026 through 06/26/2026. Lithium continued; lurasidone added 06/03/2026.
""",
    },
    truth="""\
# FICTIONAL TRUTH FILE - 05 - FEHB: OPM review within 90 days of the carrier's 10/09/2026 letter (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Mr. Carteret-Ebo has **FEHB** coverage. His IOP (16 days, 06/01-06/26/2026) was denied **CO-197** on 07/02/2026:
  "No precertification request was received". The program **faxed a precertification request on 05/28/2026**
  (fax report OK, to the carrier's precertification fax printed in the brochure); the carrier **never decided it**.
- His wife asked the carrier to reconsider (certified mail, delivered 08/17/2026); the carrier **upheld on
  10/09/2026**, and its letter wrongly offers "a second-level appeal with us within 60 days".
- **Level:** **OPM review** (FEHB has one carrier level). A second carrier appeal is not in the brochure.
- **True deadline: 01/07/2027** - 90 days after the date of the carrier's letter upholding its decision
  (5 CFR 890.105(e)(1); brochure Section 8, Step 3). The letter's 60 days (12/08/2026) is not the rule.

## Deliberately unknown
- Whether the carrier received the 05/28 fax (only the sender's report exists).
- Why the carrier's letter names a second level (a form letter?).

## Traps
- Sending a "second-level appeal" to the carrier, or saying the deadline is 12/08/2026.
- Quoting the 07/02 EOB as the decision appealed instead of the 10/09 reconsideration.
- Arguing retro-authorization for care given without a request: the request was made before care began.
- FEHB: no ERISA, no 45 CFR 147.136, no external review, no state insurance department.
- Not a medical-judgment denial: no peer-to-peer or clinical-reviewer demands.

## Arguments a strong letter makes
1. This is a request for OPM review of the carrier's 10/09/2026 decision, made within 90 days.
2. The carrier's decision says no precertification was on file; the record shows a request faxed 05/28/2026,
   before care began, that the carrier never decided (fax report, Exhibit).
3. Ask OPM to direct the carrier to decide the care on its merits and pay the claim.

## What a letter must NOT say
- "second-level appeal", "within 60 days", "12/08/2026" as the deadline.
- That no precertification was requested, or that care began before a request.
- External review, 29 CFR 2560.503-1, 45 CFR 147.136, MHPAEA as a member right.
""",
    answers=[
        ("Date of the first denial", "Date of notice: 07/02/2026", "denial/eob-2026-07-02.txt"),
        ("Claim number", "PFH-26-0612-220384", "denial/eob-2026-07-02.txt"),
        ("Adjustment code", "CO-197", "denial/eob-2026-07-02.txt"),
        ("What the EOB says about the request", "No precertification request was received", "denial/eob-2026-07-02.txt"),
        ("Date of the carrier's reconsideration decision", "Date: 10/09/2026", "denial/reconsideration-decision-2026-10-09.txt"),
        ("Day the reconsideration request was received", "Your request received 08/17/2026", "denial/reconsideration-decision-2026-10-09.txt"),
        ("The wrong route the decision names", "second-level appeal with us within 60 days", "denial/reconsideration-decision-2026-10-09.txt"),
        ("OPM window in the brochure", "within 90 days after the date of our letter", "other/brochure-section-8-excerpt.txt"),
        ("Carrier's precertification fax", "(301) 555-0168", "other/brochure-section-8-excerpt.txt"),
        ("Day the precertification request was faxed", "05/28/2026 10:14", "other/precertification-request-and-fax-report-2026-05-28.txt"),
        ("Fax result", "5 pages, result OK", "other/precertification-request-and-fax-report-2026-05-28.txt"),
        ("Answer to the precertification request", "no approval, denial or request for information was received", "other/precertification-request-and-fax-report-2026-05-28.txt"),
        ("Dates of service", "06/01/2026 through 06/26/2026", "denial/eob-2026-07-02.txt"),
        ("Consent date", "Date: 11/12/2026", "other/member-consent-2026-11-12.txt"),
        ("Severity at intake", "MADRS 31 on 05/26/2026", "clinical/iop-discharge-summary-2026-06-26.txt"),
        ("Diagnosis code", "F31.4", "denial/eob-2026-07-02.txt"),
    ],
))

# ---------------------------------------------------------------- case 06
CASES.append(dict(
    no="06",
    slug="06-self-funded-county-plan-external-review-4-months-after-receipt-of-final-denial-09-24-notice-says-appeal-rights-exhausted-tms-criteria-patient",
    npis={"@NPI6@": "192634018"},
    yaml="""\
# FICTIONAL CASE (set 80, case 06) - every person, plan, provider, number and address is invented.
# Self-funded county employees' plan (governmental, not grandfathered), NV. TMS denied 06/18/2026 (criterion 2:
# four trials, "two documented"); internal appeal upheld 09/24/2026 (received 09/29); that notice says "you have
# exhausted all appeal rights" and names no external review. True: external review (federal process, 45 CFR
# 147.136(d)), 4 months after receipt of the final internal denial -> 01/29/2027; safe 01/24/2027.
patient:
  name: Marguerite Olabisi-Fenwick
  salutation: Ms. Olabisi-Fenwick
  date_of_birth: 1969-08-30
  member_id: FICT-DCE-61840273
  address: |-
    1550 Wyoming Avenue
    Elko, NV 89801
  phone: (775) 555-0128
  email: molabisi@mail.example
insurer:
  name: Dunmore County Employee Health Plan, administered by Sagebrush Benefit Administrators (FICTIONAL)
  appeals_address: |-
    Sagebrush Benefit Administrators Appeals (FICTIONAL)
    PO Box 12640
    Reno, NV 89510
  fax: (775) 555-0152
claim:
  number: SBA-26-0611-309875
  plan_type: governmental
  funding: self_funded
  grandfathered: false
  employees: 4200
  notice_date: 2026-06-18
  service_dates: [2026-05-04, 2026-06-12]
  sessions: 30
  procedure_codes: ["90868"]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-50]
  denial_reason: >-
    Not medically necessary. Medical Policy MP-TMS-4, criterion 2 requires failure of four antidepressant trials
    from at least two classes; the records show two.
  denial_category: medical_necessity
  action: none
decisions:
  - date: 2026-09-24
    outcome: denied
    stage: internal appeal (first level)
    opens: external review
    next_deadline: 2027-01-24
    reason: >-
      The reviewer upheld the denial: the records show two antidepressant trials; MP-TMS-4 requires four. You have
      exhausted all appeal rights under the Plan.
    corrections:
      - said: the records show two antidepressant trials
        record: >-
          The psychiatrist's treatment history lists four adequate trials from three classes (sertraline,
          venlafaxine, bupropion, mirtazapine), each with dose, dates and outcome.
        file: clinical/psychiatry-treatment-history-2026-04-28.txt
        page: 1
external_review:
  agency: Federal external review process for self-funded non-federal governmental plans (FICTIONAL intake address)
  address: |-
    External Review Intake (FICTIONAL address for this test)
    PO Box 50322
    Washington, DC 20091
  final_denial_date: 2026-09-24
plan_policy:
  name: Sagebrush Medical Policy MP-TMS-4 (Transcranial magnetic stimulation)
  number: MP-TMS-4
  quote: >-
    Criterion 2: failure of at least four antidepressant trials from at least two different classes, each at an
    adequate dose for at least six weeks, in the current or a previous episode.
  file: other/mp-tms-4-excerpt.txt
  other_terms: >-
    9.4 One level of internal appeal is available. After a final internal adverse benefit determination involving
    medical judgment, external review is available under the federal external review process; request it within
    four months after receipt of the final internal adverse benefit determination.
  other_terms_file: other/plan-document-section-9-excerpt.txt
  other_terms_apply: >-
    The final internal decision of 09/24/2026 was delivered on 09/29/2026 (certified mail tracking record), so
    external review may be requested through 01/29/2027, whatever that decision says about appeal rights being
    exhausted.
payer_criteria:
  - criterion: "2. Failure of at least four antidepressant trials from at least two different classes, each adequate"
    how_met: >-
      Four adequate trials from three classes: sertraline 200 mg 10 weeks, venlafaxine XR 225 mg 8 weeks,
      bupropion XL 450 mg 8 weeks, mirtazapine 45 mg 7 weeks; none brought remission.
    met: true
    evidence: {file: clinical/psychiatry-treatment-history-2026-04-28.txt, page: 1}
treatment:
  name: A 30-session course of transcranial magnetic stimulation (May 4 through June 12, 2026)
  summary: TMS for severe recurrent depression after four adequate antidepressant trials.
clinical:
  severity: PHQ-9 21 on 04/28/2026; PHQ-9 10 on 06/12/2026
  severity_date: 2026-06-12
  suicidality: none
  suicidality_date: 2026-06-12
  history:
    - {drug: sertraline, dose: 200 mg daily, start: 2023-02, end: 2023-05, weeks: 10, kind: antidepressant, adequate: true, failed: true, response: none, evidence: {file: clinical/psychiatry-treatment-history-2026-04-28.txt, page: 1}}
    - {drug: venlafaxine XR, dose: 225 mg daily, start: 2023-07, end: 2023-09, weeks: 8, kind: antidepressant, adequate: true, failed: true, response: partial, evidence: {file: clinical/psychiatry-treatment-history-2026-04-28.txt, page: 1}}
    - {drug: bupropion XL, dose: 450 mg daily, start: 2024-10, end: 2024-12, weeks: 8, kind: antidepressant, adequate: true, failed: true, response: none, evidence: {file: clinical/psychiatry-treatment-history-2026-04-28.txt, page: 1}}
    - {drug: mirtazapine, dose: 45 mg daily, start: 2025-09, end: 2025-11, weeks: 7, kind: antidepressant, adequate: true, failed: true, response: none, evidence: {file: clinical/psychiatry-treatment-history-2026-04-28.txt, page: 1}}
author:
  name: Marguerite Olabisi-Fenwick
  relation: patient
  role: Patient
provider:
  name: Dr. Casimir Delacroix-Tembo
  credentials: MD, psychiatrist
  npi: "@NPI6@"
  address: |-
    680 Sunset Boulevard, Suite 3
    Reno, NV 89509
  phone: (775) 555-0139
record_dates:
  - file: denial/eob-2026-06-18.txt
    date: 2026-06-18
  - file: denial/final-internal-appeal-decision-2026-09-24.txt
    date: 2026-09-24
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/eob-2026-06-18.txt": """\
SAGEBRUSH BENEFIT ADMINISTRATORS (FICTIONAL) for DUNMORE COUNTY EMPLOYEE HEALTH PLAN - EXPLANATION OF BENEFITS
Date of notice: 06/18/2026   Member: Marguerite Olabisi-Fenwick   Member ID: FICT-DCE-61840273
Claim number: SBA-26-0611-309875   Provider: Casimir Delacroix-Tembo, MD (NPI @NPI6@)
Dates of service: 05/04/2026 through 06/12/2026   90868 x 30   Diagnosis F33.2   Adjustment: CO-50
Reason: Not medically necessary. Medical Policy MP-TMS-4, criterion 2 requires failure of four antidepressant
trials from at least two classes; the records show two.
Appeal: you may appeal within 180 days after you receive this notice.
""",
        "denial/final-internal-appeal-decision-2026-09-24.txt": """\
SAGEBRUSH BENEFIT ADMINISTRATORS (FICTIONAL) for DUNMORE COUNTY EMPLOYEE HEALTH PLAN - APPEAL DECISION
Date: 09/24/2026   Member: Marguerite Olabisi-Fenwick   Claim: SBA-26-0611-309875
Appeal received 07/30/2026. Reviewer: internal medicine physician.
The reviewer upheld the denial: the records show two antidepressant trials; MP-TMS-4 requires four. You have
exhausted all appeal rights under the Plan.
Sent by certified mail 7022 3330 0000 9184 5516.
""",
        "other/certified-mail-delivery-record-2026-09-29.txt": """\
UNITED STATES POSTAL SERVICE - TRACKING PRINTOUT (FICTIONAL TEST COPY)
Tracking number 7022 3330 0000 9184 5516
Delivered, left with individual, Elko, NV 89801, 09/29/2026 2:41 pm.
""",
        "other/mp-tms-4-excerpt.txt": """\
SAGEBRUSH MEDICAL POLICY MP-TMS-4 (FICTIONAL) - TRANSCRANIAL MAGNETIC STIMULATION (excerpt)
Criterion 2: failure of at least four antidepressant trials from at least two different classes, each at an
adequate dose for at least six weeks, in the current or a previous episode.
""",
        "other/plan-document-section-9-excerpt.txt": """\
DUNMORE COUNTY EMPLOYEE HEALTH PLAN (FICTIONAL) - PLAN DOCUMENT SECTION 9 (excerpt)
9.1 The Plan is a self-funded plan of Dunmore County and is not a grandfathered health plan.
9.4 One level of internal appeal is available. After a final internal adverse benefit determination involving
medical judgment, external review is available under the federal external review process; request it within
four months after receipt of the final internal adverse benefit determination.
""",
        "clinical/psychiatry-treatment-history-2026-04-28.txt": """\
HIGH DESERT PSYCHIATRY (FICTIONAL) - TREATMENT HISTORY FOR TMS REFERRAL
Date: 04/28/2026   Patient: Marguerite Olabisi-Fenwick   Physician: Casimir Delacroix-Tembo, MD
Major depressive disorder, recurrent, severe (F33.2). PHQ-9 21 today.
1. sertraline 200 mg daily, 02/2023-05/2023, 10 weeks, no response (SSRI)
2. venlafaxine XR 225 mg daily, 07/2023-09/2023, 8 weeks, partial response (SNRI)
3. bupropion XL 450 mg daily, 10/2024-12/2024, 8 weeks, no response (NDRI)
4. mirtazapine 45 mg daily, 09/2025-11/2025, 7 weeks, no response
""",
    },
    truth="""\
# FICTIONAL TRUTH FILE - 06 - county self-funded plan: external review is open despite "exhausted all appeal rights" (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Ms. Olabisi-Fenwick is covered by a **self-funded county employees' plan** (governmental, not grandfathered:
  plan document 9.1). TMS (30 sessions, 05/04-06/12/2026) was denied 06/18/2026 as not medically necessary under
  MP-TMS-4 criterion 2 ("records show two" trials). The record shows **four** adequate trials from three classes.
- Her one internal appeal (received 07/30/2026) was upheld on **09/24/2026**, delivered **09/29/2026** (tracking).
  The decision says "You have exhausted all appeal rights" and names no external review.
- **Level:** **external review** (medical judgment; plan document 9.4; for a self-funded non-federal governmental
  plan the federal process of 45 CFR 147.136(d)).
- **True deadline: 01/29/2027** - four months after **receipt** (09/29/2026) of the final internal denial
  (45 CFR 147.136(d)(2)(i) via (d); plan document 9.4). Safe date from the notice date: **01/24/2027**.

## Deliberately unknown
- Whether the plan contracts its own IROs or uses the HHS-administered process (the intake address is fictional).
- The reviewer's name and psychiatric qualification (only "internal medicine physician").

## Traps
- Believing the notice: appeal rights are **not** exhausted; external review is open.
- Governmental plan: **no ERISA** (29 CFR 2560.503-1 applies only through 45 CFR 147.136), no Labor Department
  complaint, no 29 CFR 2590.715-2719 (that is for ERISA self-funded plans).
- No second internal appeal: the plan has one level.
- The patient writes: "I".

## Arguments a strong letter makes
1. The request is timely: within four months of receipt (09/29/2026) of the 09/24/2026 final decision; the
   decision's omission of external review does not close it (plan document 9.4).
2. Criterion 2 is met: four adequate trials, three classes, each with dose and weeks (treatment history, Exhibit);
   the decision's "two" is contradicted by the record.
3. The reviewer was an internist, not a psychiatrist.

## What a letter must NOT say
- That appeal rights are exhausted, or that this is a second internal appeal.
- ERISA as governing; a DOL complaint; 29 CFR 2590.715-2719.
- A deadline of 60 days or one counted from 06/18/2026.
""",
    answers=[
        ("Date of the first denial", "Date of notice: 06/18/2026", "denial/eob-2026-06-18.txt"),
        ("Claim number", "SBA-26-0611-309875", "denial/eob-2026-06-18.txt"),
        ("Policy and criterion", "MP-TMS-4, criterion 2", "denial/eob-2026-06-18.txt"),
        ("Trials the denial counted", "the records show two", "denial/eob-2026-06-18.txt"),
        ("Date of the final internal decision", "Date: 09/24/2026", "denial/final-internal-appeal-decision-2026-09-24.txt"),
        ("What the decision wrongly says", "You have exhausted all appeal rights under the Plan", "denial/final-internal-appeal-decision-2026-09-24.txt"),
        ("Reviewer's specialty", "internal medicine physician", "denial/final-internal-appeal-decision-2026-09-24.txt"),
        ("Day the internal appeal was received", "Appeal received 07/30/2026", "denial/final-internal-appeal-decision-2026-09-24.txt"),
        ("Day the final decision was delivered", "09/29/2026", "other/certified-mail-delivery-record-2026-09-29.txt"),
        ("Plan's own external review window", "within four months after receipt of the final internal adverse benefit determination", "other/plan-document-section-9-excerpt.txt"),
        ("Grandfathered status", "is not a grandfathered health plan", "other/plan-document-section-9-excerpt.txt"),
        ("Funding", "self-funded plan of Dunmore County", "other/plan-document-section-9-excerpt.txt"),
        ("Fourth trial", "mirtazapine 45 mg daily, 09/2025-11/2025, 7 weeks", "clinical/psychiatry-treatment-history-2026-04-28.txt"),
        ("Criterion 2 words", "at least four antidepressant trials from at least two different classes", "other/mp-tms-4-excerpt.txt"),
        ("Severity before TMS", "PHQ-9 21 today", "clinical/psychiatry-treatment-history-2026-04-28.txt"),
        ("Certified mail number", "7022 3330 0000 9184 5516", "other/certified-mail-delivery-record-2026-09-29.txt"),
    ],
))

# ---------------------------------------------------------------- case 07
CASES.append(dict(
    no="07",
    slug="07-marketplace-ppo-prior-auth-requested-09-08-never-decided-15-days-ran-out-care-from-10-05-co197-first-internal-180-days-safe-05-01-ketamine-son",
    npis={"@NPI7@": "128305649"},
    yaml="""\
# FICTIONAL CASE (set 80, case 07) - every person, plan, provider, number and address is invented.
# Individual Marketplace Silver PPO, NC. The clinic asked for prior authorization of six ketamine infusions on
# 09/08/2026 through the plan's portal; no decision came (15 days ran out 09/23/2026); the portal still said
# "pending" on 10/02. Infusions 10/05-10/21/2026 denied CO-197 "no authorization on file" on 11/02/2026.
# First internal appeal, 180 days after receipt (45 CFR 147.136(b)(3)): safe date 05/01/2027. Son writes.
patient:
  name: Beatriz Halloran-Quist
  salutation: Mrs. Halloran-Quist
  date_of_birth: 1968-04-09
  member_id: FICT-PCH-90372651
  address: |-
    5210 Sardis Road
    Charlotte, NC 28270
  phone: (704) 555-0119
insurer:
  name: Piedmont Crest Health Plans, Silver PPO (FICTIONAL)
  appeals_address: |-
    Piedmont Crest Health Plans Member Appeals (FICTIONAL)
    PO Box 36190
    Charlotte, NC 28236
  fax: (704) 555-0155
claim:
  number: PCH-26-1023-614380
  plan_type: individual_aca
  student: false
  notice_date: 2026-11-02
  appeal_deadline: 2027-05-01
  deadline_basis: >-
    First internal appeal: 180 days after receipt of the notice dated 11/02/2026 (45 CFR 147.136(b)(3), applying
    29 CFR 2560.503-1(h)(3)(i)); counted from the notice date, adding no mailing days.
  service_dates: [2026-10-05, 2026-10-07, 2026-10-09, 2026-10-14, 2026-10-16, 2026-10-21]
  procedure_codes: ["96365", J3490]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-197]
  denial_reason: >-
    Precertification/authorization absent. Ketamine infusion therapy requires prior authorization. No
    authorization is on file for these dates of service.
  denial_category: prior_authorization
  action: none
prior_auth:
  requested_on: 2026-09-08
  never_decided: true
  reference: portal request PR-26-0908-55417
  proof:
    - other/prior-authorization-portal-request-2026-09-08.txt
    - other/portal-status-screenshot-2026-10-02.txt
plan_policy:
  name: Piedmont Crest 2026 Evidence of Coverage, Section 7.2 (Prior authorization)
  quote: >-
    We will decide a non-urgent prior authorization request within 15 days after we receive it. If we need more
    information, we will tell you and your provider within those 15 days.
  file: other/evidence-of-coverage-section-7-2-excerpt.txt
treatment:
  name: Six intravenous ketamine infusions (October 5 through October 21, 2026)
  summary: An induction series of IV ketamine for treatment-resistant depression after four antidepressant trials.
clinical:
  severity: MADRS 35 on 09/02/2026; MADRS 16 on 10/21/2026
  severity_date: 2026-10-21
  suicidality: passive
  suicidality_date: 2026-09-02
author:
  name: Owen Halloran-Quist
  relation: representative
  role: Son (authorized representative)
  address: |-
    118 Laurel Avenue
    Charlotte, NC 28207
  phone: (704) 555-0120
  authorization: other/appointment-of-representative-2026-11-18.txt
provider:
  name: Dr. Yusuf Castellano-Brandt
  credentials: MD, anesthesiologist
  npi: "@NPI7@"
  address: |-
    1900 Randolph Road, Suite 140
    Charlotte, NC 28207
  phone: (704) 555-0144
record_dates:
  - file: denial/eob-2026-11-02.txt
    date: 2026-11-02
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/eob-2026-11-02.txt": """\
PIEDMONT CREST HEALTH PLANS (FICTIONAL) - EXPLANATION OF BENEFITS
Date of notice: 11/02/2026   Member: Beatriz Halloran-Quist   Member ID: FICT-PCH-90372651   Plan: Silver PPO
Claim number: PCH-26-1023-614380   Provider: Queen City Infusion Center, Yusuf Castellano-Brandt, MD (NPI @NPI7@)
Dates of service: 10/05, 10/07, 10/09, 10/14, 10/16 and 10/21/2026   96365 x 6, J3490 x 6   Diagnosis F33.2
Adjustment: CO-197. Precertification/authorization absent. Ketamine infusion therapy requires prior
authorization. No authorization is on file for these dates of service.
Appeal: you may file an appeal within 180 days after you receive this notice. External review may be available
after our final decision.
""",
        "other/prior-authorization-portal-request-2026-09-08.txt": """\
PIEDMONT CREST PROVIDER PORTAL (FICTIONAL) - PRIOR AUTHORIZATION REQUEST CONFIRMATION
Submitted: 09/08/2026 11:52 am   Request ID: PR-26-0908-55417
Member: Beatriz Halloran-Quist   Provider: Queen City Infusion Center
Service: IV ketamine infusion, 96365 and J3490, 6 infusions, planned start 10/05/2026
Attachments: psychiatric evaluation 09/02/2026 (6 pages); treatment history (2 pages)
Status at submission: received
""",
        "other/portal-status-screenshot-2026-10-02.txt": """\
PIEDMONT CREST PROVIDER PORTAL (FICTIONAL) - REQUEST STATUS (printed 10/02/2026)
Request ID: PR-26-0908-55417   Status: PENDING REVIEW   No request for information is open.
Clinic note: called 1-800-555-0153 on 09/25/2026 and 10/02/2026; told the request was "in queue"; call
references C-0925-118 and C-1002-406.
""",
        "other/evidence-of-coverage-section-7-2-excerpt.txt": """\
PIEDMONT CREST HEALTH PLANS (FICTIONAL) 2026 EVIDENCE OF COVERAGE - SECTION 7.2 PRIOR AUTHORIZATION (excerpt)
We will decide a non-urgent prior authorization request within 15 days after we receive it. If we need more
information, we will tell you and your provider within those 15 days.
""",
        "other/appointment-of-representative-2026-11-18.txt": """\
PIEDMONT CREST HEALTH PLANS (FICTIONAL) - APPOINTMENT OF AUTHORIZED REPRESENTATIVE
Date signed: 11/18/2026   Member: Beatriz Halloran-Quist
I appoint my son, Owen Halloran-Quist, to file and pursue my appeal of claim PCH-26-1023-614380.
""",
        "clinical/infusion-course-summary-2026-10-21.txt": """\
QUEEN CITY INFUSION CENTER (FICTIONAL) - KETAMINE SERIES SUMMARY
Date: 10/21/2026   Patient: Beatriz Halloran-Quist   Physician: Yusuf Castellano-Brandt, MD
Referred by her psychiatrist after four antidepressant trials without remission (F33.2).
Six infusions, 0.5 mg/kg over 40 minutes: 10/05, 10/07, 10/09, 10/14, 10/16, 10/21/2026.
MADRS 35 on 09/02/2026; MADRS 16 on 10/21/2026. Passive death wishes on 09/02/2026; none at the last visit.
""",
    },
    truth="""\
# FICTIONAL TRUTH FILE - 07 - Marketplace: prior authorization was asked for on 09/08/2026 and never decided (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Mrs. Halloran-Quist has an **individual Marketplace Silver PPO** (not a student plan). Six IV ketamine
  infusions (10/05-10/21/2026) were denied **CO-197** on 11/02/2026: "No authorization is on file".
- The clinic **asked for prior authorization on 09/08/2026** (portal request PR-26-0908-55417, with records). The
  plan's own EOC 7.2 promises a decision within 15 days: by **09/23/2026**. No decision and no request for
  information came; the portal still showed "PENDING REVIEW" on 10/02/2026. Care began 10/05/2026.
- **Level:** first internal appeal, post-service.
- **True deadline:** 180 days after receipt of the 11/02/2026 notice (45 CFR 147.136(b)(3), applying 29 CFR
  2560.503-1(h)(3)(i)); receipt not recorded, so the safe date is **05/01/2027**.

## Deliberately unknown
- Why the request sat pending.
- Whether the infusions meet the plan's ketamine criteria (not named; never reviewed).
- The ketamine NDC and units billed under J3490.

## Traps
- Calling this care given "without a request", or asking for "retroactive authorization" as if none had been
  asked: the request came four weeks before care.
- Medical-necessity arguments as the main ground (the denial never reached it); a clinical-reviewer demand.
- External review now: not before the internal appeal is decided (unless it is not decided in time).
- The son writes as authorized representative (form 11/18/2026); the patient is "Mrs. Halloran-Quist".

## Arguments a strong letter makes
1. The request of 09/08/2026 was made before care began, with records; the plan's own 15 days ran out 09/23/2026
   with no decision (portal confirmation and status printout, Exhibits; EOC 7.2 quoted).
2. Ask the plan to decide the request on its merits now and reprocess the six dates of service.
3. Timely: within 180 days of receipt of the 11/02/2026 notice.

## What a letter must NOT say
- That no prior authorization was requested, or that it was requested late.
- That the plan denied the prior authorization request (it never decided it).
- A deadline of 60 days, or any counted from 09/08 or 10/05/2026.
""",
    answers=[
        ("Date of the denial notice", "Date of notice: 11/02/2026", "denial/eob-2026-11-02.txt"),
        ("Claim number", "PCH-26-1023-614380", "denial/eob-2026-11-02.txt"),
        ("Adjustment code", "CO-197", "denial/eob-2026-11-02.txt"),
        ("Appeal window the notice prints", "within 180 days after you receive this notice", "denial/eob-2026-11-02.txt"),
        ("Dates of service", "10/05, 10/07, 10/09, 10/14, 10/16 and 10/21/2026", "denial/eob-2026-11-02.txt"),
        ("Day prior authorization was asked for", "Submitted: 09/08/2026", "other/prior-authorization-portal-request-2026-09-08.txt"),
        ("Prior authorization request ID", "PR-26-0908-55417", "other/prior-authorization-portal-request-2026-09-08.txt"),
        ("Planned start in the request", "planned start 10/05/2026", "other/prior-authorization-portal-request-2026-09-08.txt"),
        ("Portal status on 10/02", "PENDING REVIEW", "other/portal-status-screenshot-2026-10-02.txt"),
        ("Call references", "C-0925-118 and C-1002-406", "other/portal-status-screenshot-2026-10-02.txt"),
        ("Plan's own decision time", "within 15 days after we receive it", "other/evidence-of-coverage-section-7-2-excerpt.txt"),
        ("Representative form date", "Date signed: 11/18/2026", "other/appointment-of-representative-2026-11-18.txt"),
        ("Severity before the series", "MADRS 35 on 09/02/2026", "clinical/infusion-course-summary-2026-10-21.txt"),
        ("Severity after the series", "MADRS 16 on 10/21/2026", "clinical/infusion-course-summary-2026-10-21.txt"),
        ("Codes billed", "96365 x 6, J3490 x 6", "denial/eob-2026-11-02.txt"),
        ("Plan", "Silver PPO", "denial/eob-2026-11-02.txt"),
    ],
))

# ---------------------------------------------------------------- case 08
CASES.append(dict(
    no="08",
    slug="08-insured-employer-plan-second-level-after-partial-first-level-decision-11-03-sessions-21-36-only-60-days-from-receipt-due-01-02-tms-psychiatrist",
    npis={"@NPI8@": "110493827"},
    yaml="""\
# FICTIONAL CASE (set 80, case 08) - every person, plan, provider, number and address is invented.
# Insured employer plan (1,200 employees), OR. TMS 36 sessions denied 09/02/2026; the first-level appeal
# decision of 11/03/2026 (posted to the portal that day) paid sessions 1-20 and upheld the denial of sessions
# 21-36 (08/04-08/25/2026): "PHQ-9 24 -> 20, under 25%". The session-20 note shows PHQ-9 17 (29%). Second level
# (certificate 10.3): within 60 days after receipt of the first-level decision -> 01/02/2027. Psychiatrist writes.
patient:
  name: Keiko Brannigan-Sowande
  salutation: Ms. Brannigan-Sowande
  date_of_birth: 1983-01-14
  member_id: FICT-CLH-33820476
  address: |-
    2740 Northeast Alberta Street
    Portland, OR 97211
  phone: (503) 555-0141
insurer:
  name: Columbia Lighthouse Health Insurance Company (FICTIONAL)
  appeals_address: |-
    Columbia Lighthouse Health Second-Level Appeals (FICTIONAL)
    PO Box 48120
    Portland, OR 97208
  fax: (503) 555-0156
claim:
  number: CLH-26-0826-702215
  plan_type: employer_erisa
  funding: insured
  employees: 1200
  stage: second level
  notice_date: 2026-09-02
  service_dates: [2026-08-04, 2026-08-25]
  sessions: 16
  procedure_codes: ["90868"]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-50]
  denial_reason: >-
    Not medically necessary. Medical Policy MP-TMS-7, criterion 6: continued treatment beyond 20 sessions requires
    at least a 25% reduction in PHQ-9 from baseline.
  denial_category: medical_necessity
  action: none
decisions:
  - date: 2026-11-03
    outcome: partial
    stage: first-level appeal
    opens: second level
    next_deadline: 2027-01-02
    reason: >-
      Sessions 1-20 (07/06/2026-08/03/2026) are approved and will be paid. The denial of sessions 21-36 is upheld:
      PHQ-9 fell from 24 to 20 by session 20, a reduction of less than 25% (MP-TMS-7, criterion 6).
    corrections:
      - said: PHQ-9 fell from 24 to 20 by session 20
        record: >-
          PHQ-9 20 was the score at session 18 (07/30/2026); at session 20 (08/03/2026) it was 17, a 29% reduction
          from 24.
        file: clinical/tms-session-20-note-2026-08-03.txt
        page: 1
plan_policy:
  name: Columbia Lighthouse Medical Policy MP-TMS-7, criterion 6
  number: MP-TMS-7
  quote: >-
    6. Continued treatment beyond 20 sessions: at least a 25% reduction in PHQ-9 (or equivalent scale) from the
    baseline score, measured at or after session 20.
  file: other/mp-tms-7-excerpt.txt
  other_terms: >-
    Certificate Section 10.3: If you disagree with our first-level appeal decision, you may ask for a second-level
    appeal within 60 days after you receive our first-level decision. Decisions posted to the member portal are
    received on the day they are posted.
  other_terms_file: other/certificate-section-10-3-excerpt.txt
  other_terms_apply: >-
    The first-level decision was posted to the portal on 11/03/2026, so this second-level appeal is due by
    01/02/2027.
payer_criteria:
  - criterion: "6. At least a 25% reduction in PHQ-9 from baseline, measured at or after session 20"
    how_met: PHQ-9 24 at baseline (07/02/2026) and 17 at session 20 (08/03/2026), a 29% reduction.
    met: true
    evidence: {file: clinical/tms-session-20-note-2026-08-03.txt, page: 1}
treatment:
  name: TMS sessions 21 through 36 (August 4 through August 25, 2026)
  summary: Completion of a 36-session TMS course after a 29% PHQ-9 reduction by session 20.
clinical:
  severity: PHQ-9 24 on 07/02/2026; PHQ-9 17 on 08/03/2026; PHQ-9 9 on 08/25/2026
  severity_date: 2026-08-25
  suicidality: none
  suicidality_date: 2026-08-25
  response: PHQ-9 24 at baseline, 17 at session 20 (29% reduction), 9 at session 36
  response_level: response
author:
  name: Dr. Felipe Aronowitz-Mbeki
  relation: physician
  role: Treating psychiatrist
  address: |-
    1510 Southwest Morrison Street, Suite 800
    Portland, OR 97205
  phone: (503) 555-0147
  authorization: other/patient-consent-2026-11-20.txt
provider:
  name: Dr. Felipe Aronowitz-Mbeki
  credentials: MD, psychiatrist
  npi: "@NPI8@"
  address: |-
    1510 Southwest Morrison Street, Suite 800
    Portland, OR 97205
  phone: (503) 555-0147
peer_to_peer:
  availability: weekdays 12-1 pm Pacific
record_dates:
  - file: denial/denial-notice-2026-09-02.txt
    date: 2026-09-02
  - file: denial/first-level-appeal-decision-2026-11-03.txt
    date: 2026-11-03
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/denial-notice-2026-09-02.txt": """\
COLUMBIA LIGHTHOUSE HEALTH INSURANCE COMPANY (FICTIONAL) - NOTICE OF ADVERSE BENEFIT DETERMINATION
Date: 09/02/2026   Member: Keiko Brannigan-Sowande   Member ID: FICT-CLH-33820476
Claim number: CLH-26-0826-702215   Provider: Felipe Aronowitz-Mbeki, MD (NPI @NPI8@)
Services: TMS 90868, sessions 1-36, 07/06/2026 through 08/25/2026   Diagnosis F33.2   Adjustment: CO-50
Reason: Not medically necessary. Medical Policy MP-TMS-7, criterion 6: continued treatment beyond 20 sessions
requires at least a 25% reduction in PHQ-9 from baseline.
""",
        "denial/first-level-appeal-decision-2026-11-03.txt": """\
COLUMBIA LIGHTHOUSE HEALTH INSURANCE COMPANY (FICTIONAL) - FIRST-LEVEL APPEAL DECISION
Date: 11/03/2026 (posted to the member portal 11/03/2026)   Claim: CLH-26-0826-702215
Reviewer: board-certified family physician.
Sessions 1-20 (07/06/2026-08/03/2026) are approved and will be paid. The denial of sessions 21-36 is upheld:
PHQ-9 fell from 24 to 20 by session 20, a reduction of less than 25% (MP-TMS-7, criterion 6).
You may ask for a second-level appeal within 60 days after you receive this decision (Certificate 10.3).
""",
        "other/certificate-section-10-3-excerpt.txt": """\
COLUMBIA LIGHTHOUSE GROUP CERTIFICATE (FICTIONAL) - SECTION 10.3 (excerpt)
If you disagree with our first-level appeal decision, you may ask for a second-level appeal within 60 days after
you receive our first-level decision. Decisions posted to the member portal are received on the day they are
posted. After the second-level decision, external review is available for decisions involving medical judgment.
""",
        "other/mp-tms-7-excerpt.txt": """\
COLUMBIA LIGHTHOUSE MEDICAL POLICY MP-TMS-7 (FICTIONAL) - TRANSCRANIAL MAGNETIC STIMULATION (excerpt)
6. Continued treatment beyond 20 sessions: at least a 25% reduction in PHQ-9 (or equivalent scale) from the
baseline score, measured at or after session 20.
""",
        "other/patient-consent-2026-11-20.txt": """\
CONSENT FOR MY PSYCHIATRIST TO APPEAL (FICTIONAL)
Date: 11/20/2026
I, Keiko Brannigan-Sowande, ask Dr. Felipe Aronowitz-Mbeki to file the second-level appeal of claim
CLH-26-0826-702215 for me and consent to the release of my records for it.
""",
        "clinical/tms-session-20-note-2026-08-03.txt": """\
ROSE CITY TMS (FICTIONAL) - SESSION NOTES
Patient: Keiko Brannigan-Sowande   Physician: Felipe Aronowitz-Mbeki, MD
Baseline 07/02/2026: PHQ-9 24.
Session 18, 07/30/2026: PHQ-9 20.
Session 20, 08/03/2026: PHQ-9 17 (29% reduction from baseline). Plan: continue to 36 sessions.
Session 36, 08/25/2026: PHQ-9 9. Course complete.
""",
    },
    truth="""\
# FICTIONAL TRUTH FILE - 08 - second level after a partial first-level decision: only sessions 21-36 (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Ms. Brannigan-Sowande has an **insured employer plan** (ERISA, 1,200 employees). TMS sessions 1-36
  (07/06-08/25/2026) were denied 09/02/2026. The **first-level decision of 11/03/2026** (posted to the portal
  that day) **paid sessions 1-20** and upheld the denial of **sessions 21-36 (08/04-08/25/2026)**, saying PHQ-9
  "fell from 24 to 20 by session 20".
- The session notes show PHQ-9 20 at **session 18**; at **session 20 it was 17**, a **29%** reduction: criterion 6
  (25%) is met.
- **Level:** **second-level** internal appeal (certificate 10.3), of sessions 21-36 only.
- **True deadline: 01/02/2027** - 60 days after receipt of the first-level decision, received when posted on
  11/03/2026 (certificate 10.3). Not 180 days from 09/02/2026. External review comes after this level.

## Deliberately unknown
- The decision time of the second level (the certificate excerpt gives none; 29 CFR 2560.503-1(i) splits the
  total post-service time between two levels).
- Whether the family physician reviewer consulted a psychiatrist.

## Traps
- Appealing all 36 sessions, or asking again for sessions 1-20 that were approved.
- Quoting the 09/02 notice as the decision appealed; not saying this is a second-level appeal.
- Asking for external review now (it follows this level).
- The psychiatrist writes as the treating physician about "Ms. Brannigan-Sowande", with her consent.

## Arguments a strong letter makes
1. This is the second-level appeal of the 11/03/2026 decision, for sessions 21-36 only, within 60 days of
   receipt (certificate 10.3).
2. The decision's own figure is wrong: 20 was the session-18 score; at session 20 PHQ-9 was 17, 29% below
   baseline, so criterion 6 is met (session notes, Exhibit).
3. The reviewer was a family physician: ask for a psychiatrist; offer a peer-to-peer call.

## What a letter must NOT say
- That sessions 1-20 are in dispute or unpaid.
- That the patient fell short of 25%, or that PHQ-9 was 20 at session 20.
- A deadline of 180 days or from 09/02/2026; an external review request now.
""",
    answers=[
        ("Date of the first denial", "Date: 09/02/2026", "denial/denial-notice-2026-09-02.txt"),
        ("Claim number", "CLH-26-0826-702215", "denial/denial-notice-2026-09-02.txt"),
        ("Date of the first-level decision", "Date: 11/03/2026", "denial/first-level-appeal-decision-2026-11-03.txt"),
        ("Day the decision was posted", "posted to the member portal 11/03/2026", "denial/first-level-appeal-decision-2026-11-03.txt"),
        ("Sessions approved", "Sessions 1-20 (07/06/2026-08/03/2026) are approved", "denial/first-level-appeal-decision-2026-11-03.txt"),
        ("Sessions still denied", "The denial of sessions 21-36 is upheld", "denial/first-level-appeal-decision-2026-11-03.txt"),
        ("The decision's misread score", "PHQ-9 fell from 24 to 20 by session 20", "denial/first-level-appeal-decision-2026-11-03.txt"),
        ("Reviewer", "board-certified family physician", "denial/first-level-appeal-decision-2026-11-03.txt"),
        ("Second-level window", "within 60 days after you receive this decision", "denial/first-level-appeal-decision-2026-11-03.txt"),
        ("When portal decisions are received", "received on the day they are posted", "other/certificate-section-10-3-excerpt.txt"),
        ("Criterion 6 threshold", "at least a 25% reduction in PHQ-9", "other/mp-tms-7-excerpt.txt"),
        ("Baseline PHQ-9", "Baseline 07/02/2026: PHQ-9 24", "clinical/tms-session-20-note-2026-08-03.txt"),
        ("Session-18 score", "Session 18, 07/30/2026: PHQ-9 20", "clinical/tms-session-20-note-2026-08-03.txt"),
        ("Session-20 score", "Session 20, 08/03/2026: PHQ-9 17 (29% reduction from baseline)", "clinical/tms-session-20-note-2026-08-03.txt"),
        ("Score at the end", "Session 36, 08/25/2026: PHQ-9 9", "clinical/tms-session-20-note-2026-08-03.txt"),
        ("Consent date", "Date: 11/20/2026", "other/patient-consent-2026-11-20.txt"),
    ],
))


# ---------------------------------------------------------------- build and self-check
def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


PHONE_RE = re.compile(r"(\(\d{3}\) |1-800-|\b)555-(\d{4})")
NPI_RE = re.compile(r"NPI\D{0,3}(\d{10})|npi: \"(\d{10})\"")


def subst(text, npis):
    for k, v in npis.items():
        text = text.replace(k, npi(v))
    return text


def file_refs(node):
    """Every value under a key named file/authorization/proof/birth_record.file in case.yaml."""
    out = []
    if isinstance(node, dict):
        for k, v in node.items():
            if k in ("file", "authorization", "proof", "other_terms_file") and isinstance(v, str) and "/" in v:
                out.append(v)
            elif k in ("file", "proof") and isinstance(v, list):
                out.extend(x for x in v if isinstance(x, str))
            else:
                out.extend(file_refs(v))
    elif isinstance(node, list):
        for v in node:
            out.extend(file_refs(v))
    return out


def build(case):
    problems = []
    folder = HERE / case["slug"]
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir()
    yaml_text = subst(case["yaml"], case["npis"])
    (folder / "case.yaml").write_text(yaml_text)
    texts = {"case.yaml": yaml_text}
    for rel, body in case["docs"].items():
        p = folder / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        t = doc(case["no"], subst(body, case["npis"]))
        p.write_text(t)
        texts[rel] = t
    truth = subst(case["truth"], case["npis"])
    (HERE / (case["slug"] + ".truth.md")).write_text(truth)
    texts["truth"] = truth
    tag = case["no"]
    # case.yaml parses
    try:
        data = YAML(typ="safe").load(io.StringIO(yaml_text))
    except Exception as e:  # noqa: BLE001
        problems.append(f"{tag}: case.yaml does not parse: {e}")
        data = {}
    if "FICTIONAL" not in yaml_text.splitlines()[0]:
        problems.append(f"{tag}: case.yaml first line lacks FICTIONAL")
    if "FICTIONAL" not in truth.splitlines()[0]:
        problems.append(f"{tag}: truth first line lacks FICTIONAL")
    pos = [truth.find("## " + h) for h in HEADINGS]
    if -1 in pos or pos != sorted(pos):
        problems.append(f"{tag}: truth headings missing or out of order: {pos}")
    for rel in case["docs"]:
        t = texts[rel]
        if not t.startswith("FICTIONAL DOCUMENT") or "END OF FICTIONAL DOCUMENT" not in t:
            problems.append(f"{tag}: {rel} lacks FICTIONAL header/footer")
        if not rel.endswith(".txt") or rel.split("/")[0] not in ("denial", "clinical", "other"):
            problems.append(f"{tag}: {rel} not a .txt in denial/, clinical/ or other/")
    # referenced files exist
    for ref in file_refs(data):
        if not (folder / ref).is_file():
            problems.append(f"{tag}: case.yaml names {ref}, which does not exist")
    # answers
    if len(case["answers"]) != 16:
        problems.append(f"{tag}: {len(case['answers'])} answers, not 16")
    for q, a, d in case["answers"]:
        src = texts.get(d)
        if src is None:
            problems.append(f"{tag}: answer '{q}' names missing document {d}")
        elif norm(a) not in norm(src):
            problems.append(f"{tag}: answer '{q}' = '{a}' not printed in {d}")
    # phones, e-mail, web, NPIs
    for name, t in texts.items():
        for m in PHONE_RE.finditer(t):
            if m.group(1) not in ("1-800-",) and not m.group(1).startswith("("):
                problems.append(f"{tag}: {name}: bare phone 555-{m.group(2)}")
            if not m.group(2).startswith("01"):
                problems.append(f"{tag}: {name}: phone line {m.group(2)} not 01xx")
        for m in re.finditer(r"\(\d{3}\) (\d{3})-(\d{4})", t):
            if m.group(1) != "555":
                problems.append(f"{tag}: {name}: phone exchange {m.group(1)} not 555")
        for m in re.finditer(r"1-8\d\d-(\d{3})-(\d{4})", t):
            if m.group(1) != "555":
                problems.append(f"{tag}: {name}: toll-free exchange {m.group(1)} not 555")
        for m in re.finditer(r"[\w.+-]+@([\w.-]+)", t):
            if not m.group(1).endswith(".example"):
                problems.append(f"{tag}: {name}: e-mail domain {m.group(1)}")
        for m in re.finditer(r"(https?://|www\.)([\w.-]+)", t):
            if not m.group(2).rstrip(".").endswith(".example"):
                problems.append(f"{tag}: {name}: web address {m.group(0)}")
        for m in NPI_RE.finditer(t):
            n = m.group(1) or m.group(2)
            if not luhn_ok(n):
                problems.append(f"{tag}: {name}: NPI {n} fails Luhn over 80840")
        if "@NPI" in t:
            problems.append(f"{tag}: {name}: NPI placeholder left")
    return folder, problems


def main(argv):
    check = "--check" in argv
    only = [a for a in argv if a != "--check"]
    cases = [c for c in CASES if not only or c["no"] in only]
    all_problems = []
    folders = []
    for c in cases:
        folder, problems = build(c)
        folders.append(folder)
        all_problems.extend(problems)
    n_answers = sum(len(c["answers"]) for c in cases)
    print(f"{len(cases)} cases, {n_answers} expected answers, {len(all_problems)} problems")
    for p in all_problems:
        print("PROBLEM", p)
    bad_check = []
    if check:
        out = []
        for folder in folders:
            r = subprocess.run([APPEAL_KIT, "check", str(folder)], capture_output=True, text=True)
            out.append(f"===== {folder.name}\n$ appeal-kit check <folder>   (exit {r.returncode})\n"
                       f"{r.stdout}{r.stderr}\n")
            print(f"check {folder.name[:2]}: exit {r.returncode}")
            if r.returncode != 0:
                bad_check.append(folder.name)
        name = "check-output.txt" if not only else "check-output-partial.txt"
        (HERE / name).write_text("FICTIONAL test set 80 - output of appeal-kit check on each case\n\n" + "".join(out))
    return 1 if all_problems or bad_check else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
