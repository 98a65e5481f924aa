#!/usr/bin/env python3
"""FICTIONAL test-set generator: appeal-kit letters review set 82 (issue 18), process emphasis.

Every person, plan, provider, number and address below is invented. Rebuild:
    /work/main/.venv/bin/python make_set.py [--check] [NN ...]
It deletes and rewrites each case folder and truth file, then self-checks; --check also runs
`appeal-kit check` on every case and writes check-output.txt (exit 1 if any check exit is not 0).
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
SET = 82
HEADINGS = ["What is true", "Deliberately unknown", "Traps", "Arguments a strong letter makes",
            "What a letter must NOT say"]


def npi(base9):
    """NPI with its Luhn check digit computed over the prefix 80840."""
    payload = "80840" + base9
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return base9 + str((10 - total % 10) % 10)


def luhn_ok(n10):
    s = "80840" + n10
    total = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


NPIS = {"NPI1": npi("162873049"), "NPI2": npi("138452907"), "NPI3": npi("149307265"),
        "NPI4": npi("175620388"), "NPI5": npi("120948376"), "NPI6": npi("193057724"),
        "NPI7": npi("158204631"), "NPI8": npi("167390452")}


def fill(text):
    for k, v in NPIS.items():
        text = text.replace("{" + k + "}", v)
    return text


CASES = []

# ---------------------------------------------------------------------------------------------------------------
CASES.append(dict(
    num="01",
    slug="01-integrated-fide-snp-one-integrated-reconsideration-notice-names-two-appeals-60-days-after-receipt-iop-son-cms1696",
    yaml="""\
# FICTIONAL CASE (set 82, case 01) - every person, plan, provider, number and address is invented.
# Fully integrated dual eligible SNP (FIDE SNP), Idaho. Pre-service denial of a hospital intensive outpatient
# program. The notice wrongly tells her to file a Medicare reconsideration (65 days) AND a separate Medicaid
# appeal (60 days); the plan's own handbook gives ONE integrated reconsideration within 60 days after receipt.
# Received 11/12/2026 (envelope). Son writes with a signed CMS-1696.
patient:
  name: Harriet Okonkwo-Lindqvist
  salutation: Mrs. Okonkwo-Lindqvist
  date_of_birth: 1951-03-22
  member_id: FICT-SCC-H55102938
  address: |-
    418 Warm Springs Avenue, Apt 3
    Boise, ID 83712
  phone: (208) 555-0114
insurer:
  name: Syringa Complete Care (HMO D-SNP) (FICTIONAL)
  appeals_address: |-
    Syringa Complete Care Integrated Appeals Unit (FICTIONAL)
    PO Box 90417
    Boise, ID 83707
  fax: (208) 555-0162
claim:
  number: SCC-OD-26-1104-5521
  plan_type: medicare_advantage
  integrated: true
  notice_date: 2026-11-04
  notice_received:
    date: 2026-11-12
    proof: other/envelope-and-mail-log-2026-11-12.txt
  procedure_codes: []
  revenue_codes: ["0905"]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    Intensive outpatient program services are not medically necessary. The member can be treated with outpatient
    psychotherapy once a week. Internal guideline BH-IOP-DS-2 was used.
  denial_category: medical_necessity
  denial_reasons: [medical_necessity, level_of_care]
  setting: intensive_outpatient
  action: none
  pending_services: [the 4-week intensive outpatient program, 3 days a week]
  service_dates: [2026-12-14]
treatment:
  name: Hospital intensive outpatient program for depression (4 weeks, 3 days a week, 3 hours a day)
  summary: Step-down after an inpatient psychiatric stay of 09/28-10/16/2026, ordered at discharge.
  plan: 12 program days over 4 weeks, then weekly psychotherapy and medication visits.
clinical:
  severity: PHQ-9 21 on 11/02/2026
  severity_date: 2026-11-02
  suicidality: passive
  suicidality_date: 2026-11-02
  history:
    - drug: weekly outpatient psychotherapy
      kind: psychotherapy
      start: 2025-01
      end: 2026-09
      sessions: 70
      failed: true
      outcome: worsened to an inpatient admission on 09/28/2026 despite weekly sessions
      evidence: {file: clinical/discharge-summary-2026-10-16.txt, page: 1}
payer_criteria:
  - criterion: the member is stepping down from inpatient care
    how_met: inpatient psychiatric stay 09/28/2026 through 10/16/2026; IOP ordered at discharge as the step-down
    met: true
    evidence: {file: clinical/discharge-summary-2026-10-16.txt, page: 1}
  - criterion: weekly outpatient treatment has not been sufficient
    how_met: about 70 weekly psychotherapy sessions since January 2025 ended in the 09/28/2026 admission
    met: true
    evidence: {file: clinical/discharge-summary-2026-10-16.txt, page: 1}
alternatives:
  - treatment: outpatient psychotherapy once a week
    level: outpatient
    why_not: weekly psychotherapy for about 70 sessions did not prevent the inpatient admission of 09/28/2026
    proof: clinical/discharge-summary-2026-10-16.txt
plan_policy:
  name: Internal guideline BH-IOP-DS-2
  quote: >-
    Intensive outpatient program services are indicated when the member is stepping down from inpatient care or
    when weekly outpatient treatment has not been sufficient.
  file: denial/integrated-coverage-decision-2026-11-04.txt
  other_terms: >-
    Because we are a fully integrated dual eligible special needs plan, your Medicare and Medicaid benefits are
    handled together. If we deny a service, you file one integrated appeal with us (an integrated
    reconsideration). You must ask within 60 calendar days from the date you receive our notice.
  other_terms_file: other/member-handbook-chapter-9-excerpt.txt
author:
  name: Emeka Okonkwo-Lindqvist
  relation: representative
  role: Son and appointed representative
  phone: (208) 555-0131
  authorization: other/cms-1696-appointment-2026-11-14.txt
provider:
  name: Dr. Ruth Amadi-Kessler
  credentials: MD, psychiatrist
  npi: "{NPI1}"
  address: |-
    Treasure Valley Behavioral Hospital (FICTIONAL), 900 Emerald Street
    Boise, ID 83704
  phone: (208) 555-0177
record_dates:
  - file: denial/integrated-coverage-decision-2026-11-04.txt
    date: 2026-11-04
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/integrated-coverage-decision-2026-11-04.txt": """\
SYRINGA COMPLETE CARE (HMO D-SNP) (FICTIONAL) - NOTICE OF DENIAL OF MEDICAL COVERAGE
Date of notice: 11/04/2026
Member: Harriet Okonkwo-Lindqvist   Member ID: FICT-SCC-H55102938
Reference: SCC-OD-26-1104-5521
Service requested: hospital intensive outpatient program (revenue code 0905), 12 days, requested by
Dr. Ruth Amadi-Kessler on 10/30/2026.
Decision: DENIED.
Why: Intensive outpatient program services are not medically necessary. The member can be treated with outpatient
psychotherapy once a week. Internal guideline BH-IOP-DS-2 was used.
Guideline BH-IOP-DS-2 says: "Intensive outpatient program services are indicated when the member is stepping down
from inpatient care or when weekly outpatient treatment has not been sufficient."

YOUR APPEAL RIGHTS
Medicare services: you may ask for a Medicare reconsideration within 65 days of the date of this notice.
Medicaid services: you must file a separate appeal with your Medicaid plan within 60 days.
Integrated Appeals Unit fax: (208) 555-0162. Member Services: 1-800-555-0148.
""",
        "other/member-handbook-chapter-9-excerpt.txt": """\
SYRINGA COMPLETE CARE (FICTIONAL) 2026 MEMBER HANDBOOK - CHAPTER 9 (excerpt): PROBLEMS AND APPEALS
Syringa Complete Care is a fully integrated dual eligible special needs plan (FIDE SNP).
Because we are a fully integrated dual eligible special needs plan, your Medicare and Medicaid benefits are
handled together. If we deny a service, you file one integrated appeal with us (an integrated reconsideration).
You must ask within 60 calendar days from the date you receive our notice.
We decide a standard integrated reconsideration about a service you have not received within 30 calendar days.
If we do not decide fully in your favor, Medicare-covered services go to the Independent Review Entity
automatically; for services only Medicaid covers, you may ask for a State Fair Hearing.
""",
        "other/envelope-and-mail-log-2026-11-12.txt": """\
ENVELOPE COPY AND MAIL LOG (kept by the member's son)
Envelope from Syringa Complete Care (FICTIONAL), postmark 11/09/2026, addressed to the member.
Delivered to the building's mail room: 11/12/2026 (mail room log, page 14, entry signed by the desk clerk).
Opened by Emeka Okonkwo-Lindqvist on 11/12/2026. The notice inside is dated 11/04/2026.
""",
        "other/cms-1696-appointment-2026-11-14.txt": """\
APPOINTMENT OF REPRESENTATIVE - form CMS-1696 (copy)
Beneficiary: Harriet Okonkwo-Lindqvist   Medicare number: FICT-1EG4-TE5-MK72
I appoint Emeka Okonkwo-Lindqvist (son), 77 Hill Road, Boise, ID 83702, phone (208) 555-0131, to act as my
representative in connection with my claim or asserted right under Medicare and my Medicaid benefits.
Signed: Harriet Okonkwo-Lindqvist, 11/14/2026.   Accepted: Emeka Okonkwo-Lindqvist, 11/14/2026.
""",
        "clinical/discharge-summary-2026-10-16.txt": """\
TREASURE VALLEY BEHAVIORAL HOSPITAL (FICTIONAL) - DISCHARGE SUMMARY
Patient: Harriet Okonkwo-Lindqvist   DOB: 03/22/1951
Admitted: 09/28/2026   Discharged: 10/16/2026   Attending: Ruth Amadi-Kessler, MD (NPI {NPI1})
Diagnosis: F33.2. Admitted after weeks of not eating and passive wishes to die despite weekly outpatient
psychotherapy since January 2025 (about 70 sessions).
Discharge plan: step down to the hospital intensive outpatient program, 3 days a week for 4 weeks; request sent
to the plan 10/30/2026; first program day held for 12/14/2026. PHQ-9 21 on 11/02/2026 at the bridge visit; passive death wishes, no plan.
""",
    },
    truth="""\
# FICTIONAL TRUTH FILE - 01 - integrated D-SNP: one integrated reconsideration, 60 days after receipt (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Mrs. Okonkwo-Lindqvist is in a **fully integrated dual eligible SNP** (FIDE SNP; `integrated: true`). The plan
  denied a pre-service hospital IOP (revenue code 0905, 12 days) on **11/04/2026** as not medically necessary
  under internal guideline BH-IOP-DS-2.
- **Level:** one **integrated reconsideration** with the plan (42 CFR 422.633(a)), covering the Medicare and the
  Medicaid side together. Not a separate Medicare reconsideration plus a Medicaid plan appeal, as the notice says.
- **True deadline:** 60 days after receipt of the notice (42 CFR 422.633(d)(1); handbook chapter 9). Received
  **11/12/2026** (mail-room log) -> **01/11/2027**. Receipt presumed 5 days after the date -> 01/08/2027. Safest,
  counted from the notice date: **01/03/2027**. Today is 12/07/2026: in time on every count.
- Decision time the plan states: 30 days for a standard pre-service integrated reconsideration (handbook). After
  an upheld decision, the Medicare side goes to the IRE automatically; a Medicaid-only service goes to a state fair
  hearing on request (422.634).
- The guideline's own words cover this case: she is **stepping down from inpatient care** (discharged 10/16) and
  weekly outpatient treatment (about 70 sessions) **was not sufficient**.
- The son is appointed on a CMS-1696 signed 11/14/2026.

## Deliberately unknown
- Whether Idaho's Medicaid also covers this IOP (only Medicare's side matters for the IRE route); exact IRE name.
- Whether the denial was reviewed by a psychiatrist (the notice names no reviewer).

## Traps
- The notice names **two appeals and two windows** (65 days / 60 days): wrong for an integrated plan. The letter
  files one integrated reconsideration and never tells the patient to file separately with "the Medicaid plan".
- The 65-day Medicare Advantage window (422.582(b)) is not the rule here; nor is 438.402 (Medicaid plan appeal).
- Parity law (MHPAEA) does not reach Medicare; no ERISA, no 45 CFR 147.136, no state external review.
- Care not yet given: ask that it be authorized, not that a claim be paid.
- The son writes about "my mother" / "Mrs. Okonkwo-Lindqvist", never "I" as the patient.

## Arguments a strong letter makes
1. This is the integrated reconsideration the plan's own handbook describes (quote it, Exhibit: handbook), filed
   within 60 days after receipt (received 11/12/2026).
2. The guideline's own criterion is met twice: step-down from an inpatient stay ending 10/16/2026, and weekly
   outpatient therapy that was not sufficient (admission 09/28/2026 despite ~70 sessions).
3. Where Medicare's own coverage criteria are fully established the plan may not apply stricter internal criteria
   (42 CFR 422.101(b)(6)); ask for the guideline's evidence basis as a document relevant to the request.
4. Ask for the case file free of charge (422.633(c)) and for a decision within the plan's stated 30 days.

## What a letter must NOT say
- "within 65 days" as the rule; "file a separate Medicaid appeal"; "60 days from the date of the notice" as if
  receipt did not count (it may say it is filed well within either count).
- That she "failed" an IOP or never had outpatient care; that the care was given.
- 29 CFR 2560.503-1, 45 CFR 147.136, MHPAEA/29 USC 1185a as governing.
""",
    answers=[
        ("Date of the denial notice?", "Date of notice: 11/04/2026", "denial/integrated-coverage-decision-2026-11-04.txt"),
        ("Reference number?", "SCC-OD-26-1104-5521", "denial/integrated-coverage-decision-2026-11-04.txt"),
        ("What guideline did the denial use?", "Internal guideline BH-IOP-DS-2 was used", "denial/integrated-coverage-decision-2026-11-04.txt"),
        ("What does the guideline say indicates IOP?", "when the member is stepping down from inpatient care", "denial/integrated-coverage-decision-2026-11-04.txt"),
        ("Which wrong windows does the notice print?", "reconsideration within 65 days of the date of this notice", "denial/integrated-coverage-decision-2026-11-04.txt"),
        ("What separate appeal does the notice wrongly name?", "file a separate appeal with your Medicaid plan within 60 days", "denial/integrated-coverage-decision-2026-11-04.txt"),
        ("What kind of plan is it?", "fully integrated dual eligible special needs plan (FIDE SNP)", "other/member-handbook-chapter-9-excerpt.txt"),
        ("What appeal does the handbook give?", "you file one integrated appeal with us (an integrated reconsideration)", "other/member-handbook-chapter-9-excerpt.txt"),
        ("Handbook window?", "within 60 calendar days from the date you receive our notice", "other/member-handbook-chapter-9-excerpt.txt"),
        ("Plan's decision time for pre-service?", "within 30 calendar days", "other/member-handbook-chapter-9-excerpt.txt"),
        ("When was the notice received?", "Delivered to the building's mail room: 11/12/2026", "other/envelope-and-mail-log-2026-11-12.txt"),
        ("Envelope postmark?", "postmark 11/09/2026", "other/envelope-and-mail-log-2026-11-12.txt"),
        ("When was the CMS-1696 signed?", "Signed: Harriet Okonkwo-Lindqvist, 11/14/2026", "other/cms-1696-appointment-2026-11-14.txt"),
        ("Inpatient stay dates?", "Admitted: 09/28/2026   Discharged: 10/16/2026", "clinical/discharge-summary-2026-10-16.txt"),
        ("How much outpatient therapy before admission?", "weekly outpatient psychotherapy since January 2025 (about 70 sessions)", "clinical/discharge-summary-2026-10-16.txt"),
        ("Discharge plan?", "step down to the hospital intensive outpatient program, 3 days a week for 4 weeks", "clinical/discharge-summary-2026-10-16.txt"),
    ],
))

# ---------------------------------------------------------------------------------------------------------------
CASES.append(dict(
    num="02",
    slug="02-medicaid-managed-care-expedited-appeal-refused-despite-psychiatrist-certification-standard-due-12-20-php-age-16-physician",
    yaml="""\
# FICTIONAL CASE (set 82, case 02) - every person, plan, provider, number and address is invented.
# Nebraska Medicaid managed care, member aged 16. PHP denied 11/16/2026. Mother filed the plan appeal 11/20 by fax
# with the psychiatrist's written statement that waiting could seriously jeopardize him; on 11/23 the plan refused
# the expedited route and put the appeal on the standard 30-day clock (due 12/20/2026). Still undecided. The
# treating psychiatrist writes, asking again that the pending appeal be expedited (42 CFR 438.410(a)).
patient:
  name: Tobias Reyes-Haverford
  salutation: Tobias
  date_of_birth: 2010-05-14
  member_id: FICT-PVH-T30981746
  address: |-
    2716 South 48th Street
    Lincoln, NE 68506
  phone: (402) 555-0119
insurer:
  name: Platte Valley Health Plan (Medicaid managed care) (FICTIONAL)
  appeals_address: |-
    Platte Valley Health Plan Appeals and Grievances (FICTIONAL)
    PO Box 82240
    Lincoln, NE 68501
  fax: (402) 555-0166
claim:
  number: PVH-PA-26-1112-0918
  plan_type: medicaid
  delivery: managed_care
  notice_date: 2026-11-16
  service_dates: [2026-12-14]
  pending_services: [15 partial hospitalization program days]
  setting: partial_hospitalization
  procedure_codes: [H0035]
  diagnosis_codes: [F32.2]
  denial_reason: >-
    Partial hospitalization is not medically necessary. Criterion 2 of BH-PHP-Y4 is not met: the member has no
    self-harm in the past 30 days. Intensive outpatient services are appropriate.
  denial_category: medical_necessity
  denial_reasons: [level_of_care]
  urgent: true
  action: none
urgency:
  reason: >-
    Since the denial Tobias cut his forearm on 11/28/2026 and was seen in the emergency department on 12/02/2026
    for suicidal thoughts with a plan; he is home on a safety plan with no partial hospitalization place held.
  certified_by: Dr. Naomi Feldbrugge-Osei, MD
submissions:
  - date: 2026-11-20
    method: fax
    to: Platte Valley Health Plan Appeals and Grievances (FICTIONAL), (402) 555-0166
    stage: plan appeal (first level), expedited requested
    confirmation: fax report OK, 9 pages, 11/20/2026 10:41
    decision_due: 2026-12-20
    decision_basis: plan letter of 11/23/2026 (standard appeal, 30 calendar days; 42 CFR 438.408(b)(2))
    proof: [other/appeal-request-and-fax-report-2026-11-20.txt, other/plan-letter-expedited-request-refused-2026-11-23.txt]
payer_criteria:
  - criterion: self-harm or suicidal behavior within the past 30 days, or a failed trial of intensive outpatient care
    how_met: >-
      a failed 24-day IOP trial (09/08-10/30/2026, PHQ-A 22 to 23), before the decision; and, after it, self-harm
      on 11/28/2026 and an emergency visit for suicidal thoughts with a plan on 12/02/2026
    met: true
    evidence: {file: clinical/psychiatrist-note-2026-12-03.txt, page: 1}
alternatives:
  - treatment: intensive outpatient services
    level: intensive outpatient
    why_not: 24 IOP days from 09/08 to 10/30/2026 brought no improvement (PHQ-A 22 to 23)
    proof: clinical/psychiatrist-note-2026-12-03.txt
plan_policy:
  name: BH-PHP-Y4 (Partial hospitalization, members under 21)
  quote: >-
    Criterion 2: self-harm or suicidal behavior within the past 30 days, or a failed trial of intensive outpatient
    care.
  file: denial/notice-of-adverse-benefit-determination-2026-11-16.txt
treatment:
  name: Adolescent partial hospitalization program (15 program days)
  summary: Daily program for severe depression with recent self-harm, while IOP has already failed.
  plan: 15 program days, 6 hours a day, then step-down to IOP.
clinical:
  severity: PHQ-A 24 on 12/02/2026
  severity_date: 2026-12-02
  suicidality: active
  suicidality_date: 2026-12-02
  history:
    - drug: adolescent intensive outpatient program
      kind: other
      start: 2026-09-08
      end: 2026-10-30
      failed: true
      outcome: 24 IOP days with no improvement (PHQ-A 22 to 23); discharged to a higher level recommended
      evidence: {file: clinical/psychiatrist-note-2026-12-03.txt, page: 1}
    - drug: sertraline 150 mg
      start: 2026-03
      ongoing: true
      response: partial
      evidence: {file: clinical/psychiatrist-note-2026-12-03.txt, page: 1}
author:
  name: Dr. Naomi Feldbrugge-Osei
  relation: physician
  role: Treating child and adolescent psychiatrist
  phone: (402) 555-0128
  authorization: other/parent-consent-2026-11-19.txt
provider:
  name: Dr. Naomi Feldbrugge-Osei
  credentials: MD, child and adolescent psychiatrist
  npi: "{NPI2}"
  address: |-
    Salt Creek Youth Psychiatry (FICTIONAL), 1400 O Street, Suite 300
    Lincoln, NE 68508
  phone: (402) 555-0128
record_dates:
  - file: clinical/psychiatrist-note-2026-12-03.txt
    date: 2026-12-03
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/notice-of-adverse-benefit-determination-2026-11-16.txt": """\
PLATTE VALLEY HEALTH PLAN (FICTIONAL) - NOTICE OF ADVERSE BENEFIT DETERMINATION
Date of notice: 11/16/2026
Member: Tobias Reyes-Haverford   DOB: 05/14/2010   Member ID: FICT-PVH-T30981746
Reference: PVH-PA-26-1112-0918   Service: partial hospitalization program (H0035), 15 days, requested 11/12/2026
Decision: DENIED. Partial hospitalization is not medically necessary. Criterion 2 of BH-PHP-Y4 is not met: the
member has no self-harm in the past 30 days. Intensive outpatient services are appropriate.
BH-PHP-Y4 Criterion 2: "self-harm or suicidal behavior within the past 30 days, or a failed trial of intensive
outpatient care."
Your rights: You may appeal to us within 60 calendar days from the date of this notice. If your provider tells us
that waiting could seriously harm your health, we will decide within 72 hours. After our appeal decision you may
ask for a State Fair Hearing within 120 calendar days of our appeal decision.
""",
        "other/appeal-request-and-fax-report-2026-11-20.txt": """\
APPEAL REQUEST (sent by the member's mother) WITH PROVIDER STATEMENT, AND FAX TRANSMISSION REPORT
Date: 11/20/2026   To: Platte Valley Health Plan Appeals and Grievances (FICTIONAL), fax (402) 555-0166
Re: PVH-PA-26-1112-0918. I appeal the denial of partial hospitalization for my son and ask for an EXPEDITED appeal.
Carmen Reyes-Haverford (mother)
Attached provider statement, signed Naomi Feldbrugge-Osei, MD, 11/19/2026: "Taking the standard time to decide
this appeal could seriously jeopardize Tobias's life or health. He completed 24 days of intensive outpatient care
without improvement."
FAX TRANSMISSION REPORT: to (402) 555-0166, 9 pages, result OK, 11/20/2026 10:41.
""",
        "other/plan-letter-expedited-request-refused-2026-11-23.txt": """\
PLATTE VALLEY HEALTH PLAN (FICTIONAL) - LETTER ABOUT YOUR REQUEST FOR A FAST APPEAL
Date: 11/23/2026   Member: Tobias Reyes-Haverford   Appeal number: PVH-APL-26-1120-0331
We received your appeal on 11/20/2026. Your request for an expedited appeal does not meet the criteria for an
expedited review. We will decide your appeal within 30 calendar days of the day we received it (by 12/20/2026).
No phone call about this decision is recorded in your file.
""",
        "other/parent-consent-2026-11-19.txt": """\
CONSENT FOR A PROVIDER TO APPEAL FOR A MEMBER
Member: Tobias Reyes-Haverford (age 16)   Member ID: FICT-PVH-T30981746
I, Carmen Reyes-Haverford, parent of the member, consent to Dr. Naomi Feldbrugge-Osei filing and pursuing appeals
and State Fair Hearings for my son with Platte Valley Health Plan. Signed 11/19/2026.
""",
        "clinical/psychiatrist-note-2026-12-03.txt": """\
SALT CREEK YOUTH PSYCHIATRY (FICTIONAL) - PROGRESS NOTE
Date: 12/03/2026   Patient: Tobias Reyes-Haverford   DOB: 05/14/2010
Prescriber: Naomi Feldbrugge-Osei, MD (NPI {NPI2})
Diagnosis F32.2. Adolescent IOP 09/08/2026 through 10/30/2026: 24 IOP days with no improvement (PHQ-A 22 to 23).
Sertraline 150 mg since March 2026, partial response, continuing.
Cut his forearm on 11/28/2026. Emergency department visit 12/02/2026 for suicidal thoughts with a plan; discharged
home on a safety plan because no PHP place was authorized. PHQ-A 24 on 12/02/2026.
Plan: partial hospitalization, 15 program days, as soon as authorized (place offered from 12/14/2026).
""",
    },
    truth="""\
# FICTIONAL TRUTH FILE - 02 - Medicaid managed care: expedited appeal refused despite the provider's statement (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Tobias (16) has Nebraska Medicaid through a managed care plan. PHP (H0035, 15 days) was denied **11/16/2026**.
- The mother filed the **plan appeal on 11/20/2026** (fax report OK) and asked for an expedited appeal, with the
  psychiatrist's signed statement that the standard time could seriously jeopardize his life or health.
- On **11/23/2026** the plan refused the expedited route and set the standard clock: decision **by 12/20/2026**
  (30 days, 42 CFR 438.408(b)(2)). No decision yet (today 12/07/2026).
- **Level:** the first (plan) appeal is already filed and pending; this letter asks, within it, that it be
  decided as expedited now and gives the new facts (self-harm 11/28, ED visit 12/02). It is not a new appeal
  and not a fair hearing request.
- **Deadlines:** the plan appeal window (60 days from 11/16/2026 -> **01/15/2027**, 438.402(c)(2)(ii)) was met on
  11/20. A plan must expedite when the provider indicates the standard time could seriously jeopardize the
  member (42 CFR 438.410(a)) and resolve within 72 hours (438.408(b)(3)). If the plan misses its time, the appeal
  is deemed exhausted (438.408(c)(3)) and a state fair hearing may be asked within 120 days (438.408(f)(2)).
- The denial's own criterion 2 is met twice: self-harm 11/28/2026 (after the notice) and a failed IOP (24 days).
- EPSDT applies (under 21): 42 USC 1396d(r)(5).

## Deliberately unknown
- Whether the plan gave prompt oral notice of the refusal (438.410(c)); the letter says none is recorded.
- Whether the plan will take a 14-day extension (438.408(c)).

## Traps
- Not a new appeal: the appeal was filed 11/20; "I am appealing within 60 days" as if new is wrong; the letter
  should name the appeal number PVH-APL-26-1120-0331.
- The refusal was not the plan's to make once the provider certified: 438.410(a) says "must".
- The self-harm and ED visit came **after** the denial: not before the reviewer.
- Continued benefits (438.420) do not apply: nothing authorized is being cut (`action: none`).
- The physician writes as the treating psychiatrist about Tobias, not "I" as the patient.

## Arguments a strong letter makes
1. The provider indicated on 11/19/2026 that the standard time could seriously jeopardize him: the plan must
   expedite (438.410(a)) and decide within 72 hours (438.408(b)(3)); ask for that now.
2. Criterion 2 is met: self-harm on 11/28/2026 and a failed IOP trial (09/08-10/30/2026, PHQ-A 22 to 23).
3. EPSDT: medically necessary care to correct or ameliorate his condition (42 USC 1396d(r)(5)).
4. If not decided in time, the appeal is deemed exhausted and an expedited state fair hearing will be asked.

## What a letter must NOT say
- That the appeal is filed today or is late; that the plan "denied the appeal".
- That IOP was not tried, or that there was no self-harm.
- ERISA, 45 CFR 147.136, external review, parity as 29 CFR 2590.712.
""",
    answers=[
        ("Notice date?", "Date of notice: 11/16/2026", "denial/notice-of-adverse-benefit-determination-2026-11-16.txt"),
        ("Criterion the denial applied?", "Criterion 2 of BH-PHP-Y4 is not met", "denial/notice-of-adverse-benefit-determination-2026-11-16.txt"),
        ("Criterion 2 words?", "or a failed trial of intensive outpatient care", "denial/notice-of-adverse-benefit-determination-2026-11-16.txt"),
        ("Appeal window on the notice?", "within 60 calendar days from the date of this notice", "denial/notice-of-adverse-benefit-determination-2026-11-16.txt"),
        ("Expedited promise on the notice?", "we will decide within 72 hours", "denial/notice-of-adverse-benefit-determination-2026-11-16.txt"),
        ("When was the appeal faxed?", "9 pages, result OK, 11/20/2026 10:41", "other/appeal-request-and-fax-report-2026-11-20.txt"),
        ("What did the provider statement say?", "could seriously jeopardize Tobias's life or health", "other/appeal-request-and-fax-report-2026-11-20.txt"),
        ("Date of the provider statement?", "Naomi Feldbrugge-Osei, MD, 11/19/2026", "other/appeal-request-and-fax-report-2026-11-20.txt"),
        ("What did the plan do on 11/23?", "does not meet the criteria for an expedited review", "other/plan-letter-expedited-request-refused-2026-11-23.txt"),
        ("Standard decision date?", "(by 12/20/2026)", "other/plan-letter-expedited-request-refused-2026-11-23.txt"),
        ("Appeal number?", "PVH-APL-26-1120-0331", "other/plan-letter-expedited-request-refused-2026-11-23.txt"),
        ("Oral notice recorded?", "No phone call about this decision is recorded", "other/plan-letter-expedited-request-refused-2026-11-23.txt"),
        ("IOP result?", "24 IOP days with no improvement (PHQ-A 22 to 23)", "clinical/psychiatrist-note-2026-12-03.txt"),
        ("Self-harm date?", "Cut his forearm on 11/28/2026", "clinical/psychiatrist-note-2026-12-03.txt"),
        ("ED visit?", "Emergency department visit 12/02/2026", "clinical/psychiatrist-note-2026-12-03.txt"),
        ("Parent consent date?", "Signed 11/19/2026", "other/parent-consent-2026-11-19.txt"),
    ],
))

# ---------------------------------------------------------------------------------------------------------------
CASES.append(dict(
    num="03",
    slug="03-grandfathered-city-plan-no-federal-claims-rule-plan-document-90-days-after-receipt-tms-precert-not-required-patient",
    yaml="""\
# FICTIONAL CASE (set 82, case 03) - every person, plan, provider, number and address is invented.
# City of Cedar Bluff (ND) self-funded employee plan that states it is GRANDFATHERED: 45 CFR 147.136 does not reach
# it and ERISA does not govern a government plan, so the plan document's own appeal rule decides: 90 days after
# receipt (received 10/26/2026 by certified mail -> 01/24/2027). TMS denied CO-197, but the plan document requires
# precertification only for inpatient, residential and partial hospitalization care. Patient writes ("I").
patient:
  name: Dominic Achebe-Sorensen
  salutation: Mr. Achebe-Sorensen
  date_of_birth: 1983-07-09
  member_id: FICT-CCB-D77310452
  address: |-
    1120 Cottonwood Drive
    Cedar Bluff, ND 58102
  phone: (701) 555-0124
  email: dachebe@mail.example
insurer:
  name: City of Cedar Bluff Employee Health Plan (FICTIONAL)
  appeals_address: |-
    Plan Administrator, City of Cedar Bluff Employee Health Plan (FICTIONAL)
    Human Resources, 200 Main Avenue
    Cedar Bluff, ND 58102
  fax: (701) 555-0169
claim:
  number: CCB-26-0908-20417
  plan_type: governmental
  funding: self_funded
  grandfathered: true
  employees: 610
  notice_date: 2026-10-21
  notice_received:
    date: 2026-10-26
    proof: other/certified-mail-return-receipt-2026-10-26.txt
  appeal_deadline: 2027-01-24
  deadline_basis: >-
    Plan Document section 12.1: a written appeal within 90 days after you receive the notice of denial; received
    10/26/2026 (certified mail return receipt).
  service_dates: [2026-09-08, 2026-10-16]
  sessions: 30
  procedure_codes: ["90868"]
  diagnosis_codes: [F33.1]
  carc_codes: [CO-197]
  denial_reason: Precertification/authorization absent. Services require precertification.
  denial_category: prior_authorization
  action: none
prior_auth:
  required: false
plan_policy:
  name: City of Cedar Bluff Employee Health Plan Document, section 7.2 (Precertification)
  quote: >-
    Precertification is required only for: (a) inpatient hospital admissions; (b) residential treatment; and (c)
    partial hospitalization programs. No other service requires precertification.
  file: other/plan-document-excerpts-2026.txt
  other_terms: >-
    12.1 You may appeal a denied claim in writing within 90 days after you receive the notice of denial. The Plan
    Administrator will decide the appeal within 60 days after receiving it. The Plan Administrator's decision on
    appeal is final.
  other_terms_file: other/plan-document-excerpts-2026.txt
treatment:
  name: A 30-session course of transcranial magnetic stimulation (September 8 through October 16, 2026)
  summary: Outpatient TMS for recurrent depression after four antidepressant trials.
author:
  name: Dominic Achebe-Sorensen
  relation: patient
  role: Patient (city firefighter)
provider:
  name: Dr. Lena Vukovic-Tran
  credentials: MD, psychiatrist
  npi: "{NPI3}"
  address: |-
    Red River TMS Center (FICTIONAL), 44 Broadway North
    Cedar Bluff, ND 58102
  phone: (701) 555-0135
record_dates:
  - file: denial/explanation-of-benefits-2026-10-21.txt
    date: 2026-10-21
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/explanation-of-benefits-2026-10-21.txt": """\
CITY OF CEDAR BLUFF EMPLOYEE HEALTH PLAN (FICTIONAL) - EXPLANATION OF BENEFITS
Claims administered by Dakota Claims Services (FICTIONAL) for the City (self-funded).
Date: 10/21/2026   Member: Dominic Achebe-Sorensen   Member ID: FICT-CCB-D77310452
Claim: CCB-26-0908-20417   Provider: Lena Vukovic-Tran, MD (NPI {NPI3})
Dates of service: 09/08/2026 through 10/16/2026   Code: 90868 x 30   Diagnosis: F33.1
Billed: $8,700.00   Plan paid: $0.00   Adjustment: CO-197
Reason: Precertification/authorization absent. Services require precertification.
Appeals: see your Plan Document, section 12.
""",
        "other/plan-document-excerpts-2026.txt": """\
CITY OF CEDAR BLUFF EMPLOYEE HEALTH PLAN (FICTIONAL) - PLAN DOCUMENT, 2026 (excerpts)
1.4 Grandfathered status. The City believes this plan is a "grandfathered health plan" under the Patient
Protection and Affordable Care Act. As permitted by that Act, a grandfathered health plan can preserve certain
basic health coverage that was already in effect when that law was enacted. Questions: Human Resources,
(701) 555-0151.
7.2 Precertification. Precertification is required only for: (a) inpatient hospital admissions; (b) residential
treatment; and (c) partial hospitalization programs. No other service requires precertification.
12.1 You may appeal a denied claim in writing within 90 days after you receive the notice of denial. The Plan
Administrator will decide the appeal within 60 days after receiving it. The Plan Administrator's decision on
appeal is final.
""",
        "other/certified-mail-return-receipt-2026-10-26.txt": """\
CERTIFIED MAIL RETURN RECEIPT (copy)
Article sent by: Dakota Claims Services (FICTIONAL) for the City of Cedar Bluff Employee Health Plan
Addressed to: Dominic Achebe-Sorensen, 1120 Cottonwood Drive, Cedar Bluff, ND 58102
Date of delivery: 10/26/2026   Signature: D. Achebe-Sorensen
Contents (member's note): the Explanation of Benefits dated 10/21/2026 for claim CCB-26-0908-20417.
""",
        "clinical/tms-course-summary-2026-10-16.txt": """\
RED RIVER TMS CENTER (FICTIONAL) - TREATMENT SUMMARY
Date: 10/16/2026   Patient: Dominic Achebe-Sorensen   DOB: 07/09/1983
Course: 30 sessions of TMS (90868), 09/08/2026 through 10/16/2026. Outpatient, office setting.
Before TMS: sertraline, venlafaxine XR, bupropion XL and mirtazapine, each 8 weeks or more at adequate dose.
PHQ-9 19 on 09/08/2026; PHQ-9 9 on 10/16/2026. Returned to full duty 10/19/2026.
Billing office note: the plan's customer service line told us on 09/02/2026 (call ref DCS-0902-118) that
outpatient TMS needs no precertification under the City plan.
""",
    },
    truth="""\
# FICTIONAL TRUTH FILE - 03 - grandfathered city plan: the plan document's 90 days after receipt decide (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Mr. Achebe-Sorensen is covered by a **self-funded city employee plan** whose Plan Document (1.4) says it is a
  **grandfathered** health plan. A TMS course (90868 x 30, 09/08-10/16/2026) was denied **CO-197** on 10/21/2026.
- The Plan Document (7.2) requires precertification **only** for inpatient, residential and partial
  hospitalization care; "No other service requires precertification". Outpatient TMS needed none.
- **Level:** the plan's one internal appeal to the Plan Administrator (12.1), whose decision the plan calls final.
- **True deadline: 01/24/2027** - "within 90 days after you receive the notice of denial" (Plan Document 12.1);
  received **10/26/2026** (certified mail return receipt). Safer, from the EOB date: 01/19/2027.
- **Which law:** a government plan is not under ERISA (29 USC 1003(b)(1)); a grandfathered plan is outside 45 CFR
  147.136 (no federal claims-and-appeals or external review rule reaches it). The plan document is the rule.

## Deliberately unknown
- Whether North Dakota law gives this self-funded city plan any review after the Plan Administrator.
- Whether the plan truly kept grandfathered status (the document only says the City "believes" so).
- Whether the City had opted out of federal parity rules in past years: no parity argument is needed here.

## Traps
- Not 180 days; not 29 CFR 2560.503-1 or 45 CFR 147.136 or 29 CFR 2590.715-2719 cited as governing; no promise of
  federal or state external review.
- Not a request for retroactive authorization: the plan required none for this care (`prior_auth.required: false`).
- Not a medical-necessity denial: no peer-to-peer or clinical-reviewer request needed.
- The patient writes "I".

## Arguments a strong letter makes
1. The plan's own document (7.2) requires precertification only for three kinds of care; outpatient TMS is none
   of them, so CO-197 has no basis: reprocess and pay the 30 sessions.
2. The plan's customer service line said so on 09/02/2026 (call ref DCS-0902-118), before the course began.
3. The appeal is filed within 90 days after receipt (10/26/2026) under Plan Document 12.1; ask for the decision
   within the 60 days 12.1 gives.

## What a letter must NOT say
- "within 180 days", "ERISA", "external review" as a right, "45 CFR 147.136" or "29 CFR 2560.503-1" as governing.
- That precertification was missed, late, or should be granted retroactively.
""",
    answers=[
        ("EOB date?", "Date: 10/21/2026", "denial/explanation-of-benefits-2026-10-21.txt"),
        ("Claim number?", "CCB-26-0908-20417", "denial/explanation-of-benefits-2026-10-21.txt"),
        ("Adjustment code?", "Adjustment: CO-197", "denial/explanation-of-benefits-2026-10-21.txt"),
        ("Dates and code?", "09/08/2026 through 10/16/2026   Code: 90868 x 30", "denial/explanation-of-benefits-2026-10-21.txt"),
        ("Funding?", "for the City (self-funded)", "denial/explanation-of-benefits-2026-10-21.txt"),
        ("Grandfathered statement?", "The City believes this plan is a \"grandfathered health plan\"", "other/plan-document-excerpts-2026.txt"),
        ("What needs precertification?", "(a) inpatient hospital admissions; (b) residential treatment; and (c) partial hospitalization programs", "other/plan-document-excerpts-2026.txt"),
        ("Anything else?", "No other service requires precertification", "other/plan-document-excerpts-2026.txt"),
        ("Appeal window in the plan?", "within 90 days after you receive the notice of denial", "other/plan-document-excerpts-2026.txt"),
        ("Decision time?", "will decide the appeal within 60 days after receiving it", "other/plan-document-excerpts-2026.txt"),
        ("Is the appeal decision final?", "decision on appeal is final", "other/plan-document-excerpts-2026.txt"),
        ("When was the EOB received?", "Date of delivery: 10/26/2026", "other/certified-mail-return-receipt-2026-10-26.txt"),
        ("Setting of TMS?", "Outpatient, office setting", "clinical/tms-course-summary-2026-10-16.txt"),
        ("What did customer service say?", "outpatient TMS needs no precertification under the City plan", "clinical/tms-course-summary-2026-10-16.txt"),
        ("Call reference?", "DCS-0902-118", "clinical/tms-course-summary-2026-10-16.txt"),
        ("Outcome?", "PHQ-9 9 on 10/16/2026", "clinical/tms-course-summary-2026-10-16.txt"),
    ],
))

# ---------------------------------------------------------------------------------------------------------------
CASES.append(dict(
    num="04",
    slug="04-medicaid-fee-for-service-fair-hearing-90-days-from-mailing-postmark-09-14-due-12-13-not-from-notice-date-iop-friend-state-form",
    yaml="""\
# FICTIONAL CASE (set 82, case 04) - every person, plan, provider, number and address is invented.
# South Dakota Medicaid fee-for-service (no plan). Prior approval for an adult IOP denied by a notice DATED
# 09/01/2026 but MAILED 09/14/2026 (postmarked envelope kept). The notice itself: a fair hearing "within 90 days
# from the date this notice was mailed" -> 12/13/2026 (a Sunday); 90 days from the printed date (11/30) has
# passed. A friend writes as authorized representative on the state's form.
patient:
  name: Marisol Tuckett-Abara
  salutation: Ms. Tuckett-Abara
  date_of_birth: 1979-02-27
  member_id: FICT-SDM-M44019283
  address: |-
    615 East Sioux Avenue, Apt 12
    Pierre, SD 57501
  phone: (605) 555-0117
insurer:
  name: South Dakota Medicaid, Division of Medical Services (FICTIONAL)
  appeals_address: |-
    Office of Administrative Hearings, Medicaid Fair Hearings (FICTIONAL)
    PO Box 5077
    Pierre, SD 57501
  fax: (605) 555-0161
claim:
  number: SDM-PRA-26-0821-7730
  plan_type: medicaid
  delivery: fee_for_service
  notice_date: 2026-09-01
  appeal_deadline: 2026-12-13
  deadline_basis: >-
    The notice: a fair hearing may be asked "within 90 days from the date this notice was mailed"; the envelope is
    postmarked 09/14/2026 (42 CFR 431.221(d): from the date the notice is mailed).
  service_dates: [2027-01-04]
  pending_services: [20 intensive outpatient program days]
  setting: intensive_outpatient
  procedure_codes: [S9480]
  diagnosis_codes: [F43.12]
  denial_reason: >-
    Prior approval denied. Not medically necessary: the recipient has not attended outpatient therapy in the last
    90 days.
  denial_category: medical_necessity
  denial_reasons: [level_of_care]
  action: none
  corrections:
    - said: the recipient has not attended outpatient therapy in the last 90 days
      record: weekly trauma-focused therapy sessions on 11 dates from 06/03/2026 through 08/19/2026
      file: clinical/therapist-attendance-record-2026-08-20.txt
      page: 1
external_review:
  agency: Office of Administrative Hearings, Medicaid Fair Hearings (FICTIONAL)
  address: |-
    PO Box 5077
    Pierre, SD 57501
treatment:
  name: Adult intensive outpatient program for PTSD (20 program days)
  summary: Step up after weekly therapy did not control nightmares, dissociation and missed work.
  plan: 20 program days over 7 weeks, 3 hours a day, then weekly therapy.
clinical:
  severity: PCL-5 61 on 08/19/2026
  severity_date: 2026-08-19
  suicidality: none
  suicidality_date: 2026-08-19
  history:
    - drug: weekly trauma-focused psychotherapy
      kind: psychotherapy
      start: 2026-06-03
      end: 2026-08-19
      sessions: 11
      failed: true
      outcome: 11 weekly sessions; PCL-5 rose from 58 to 61; nightly nightmares and dissociation at work
      evidence: {file: clinical/therapist-attendance-record-2026-08-20.txt, page: 1}
alternatives:
  - treatment: weekly outpatient therapy
    level: outpatient
    why_not: attended weekly from 06/03 to 08/19/2026 without improvement (PCL-5 58 to 61)
    proof: clinical/therapist-attendance-record-2026-08-20.txt
author:
  name: Delphine Ochoa-Marsh
  relation: representative
  role: Friend and authorized representative (state form)
  phone: (605) 555-0142
  authorization: other/authorized-representative-form-2026-12-01.txt
provider:
  name: Ingrid Halvorsen-Beck
  credentials: LCSW
  npi: "{NPI4}"
  address: |-
    Missouri Slope Counseling (FICTIONAL), 210 Capitol Avenue
    Pierre, SD 57501
  phone: (605) 555-0133
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/notice-of-action-2026-09-01.txt": """\
SOUTH DAKOTA MEDICAID (FICTIONAL) - NOTICE OF ACTION ON A PRIOR APPROVAL REQUEST
Notice date: 09/01/2026
Recipient: Marisol Tuckett-Abara   Recipient ID: FICT-SDM-M44019283
Request: SDM-PRA-26-0821-7730   Service: intensive outpatient program (S9480), 20 days   Provider: Missouri Slope
Counseling (FICTIONAL)
Action: DENIED. Not medically necessary: the recipient has not attended outpatient therapy in the last 90 days.
YOUR RIGHT TO A FAIR HEARING: You may ask for a fair hearing within 90 days from the date this notice was mailed.
Write to the Office of Administrative Hearings, Medicaid Fair Hearings (FICTIONAL), PO Box 5077, Pierre, SD 57501,
or fax (605) 555-0161. You may have a friend, relative or lawyer speak for you.
""",
        "other/envelope-postmarked-2026-09-14.txt": """\
ENVELOPE (copy, front)
From: South Dakota Medicaid (FICTIONAL), PO Box 4200, Pierre, SD 57501
To: Marisol Tuckett-Abara, 615 East Sioux Avenue, Apt 12, Pierre, SD 57501
Postage meter and postmark: PIERRE SD 57501, SEP 14 2026
Member's note: this envelope held the notice dated 09/01/2026; it reached me on 09/16/2026.
""",
        "other/authorized-representative-form-2026-12-01.txt": """\
SOUTH DAKOTA MEDICAID (FICTIONAL) - AUTHORIZED REPRESENTATIVE FORM
Recipient: Marisol Tuckett-Abara   Recipient ID: FICT-SDM-M44019283
I name Delphine Ochoa-Marsh, 88 Euclid Avenue, Pierre, SD 57501, phone (605) 555-0142, as my authorized
representative for fair hearings about my Medicaid services. Signed: Marisol Tuckett-Abara, 12/01/2026.
Accepted: Delphine Ochoa-Marsh, 12/01/2026.
""",
        "clinical/therapist-attendance-record-2026-08-20.txt": """\
MISSOURI SLOPE COUNSELING (FICTIONAL) - ATTENDANCE RECORD AND REFERRAL
Date: 08/20/2026   Client: Marisol Tuckett-Abara   DOB: 02/27/1979
Therapist: Ingrid Halvorsen-Beck, LCSW (NPI {NPI4})   Diagnosis: F43.12
Weekly trauma-focused therapy sessions attended on 06/03, 06/10, 06/17, 06/24, 07/01, 07/08, 07/15, 07/29,
08/05, 08/12 and 08/19/2026 (11 sessions).
PCL-5 61 on 08/19/2026 (was 58 on 06/03/2026). Nightmares nightly, dissociative episodes at work.
Referral: intensive outpatient program, 20 days; prior approval request sent 08/21/2026.
""",
    },
    truth="""\
# FICTIONAL TRUTH FILE - 04 - Medicaid fee-for-service: hearing window counted from mailing, due 12/13/2026 (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Ms. Tuckett-Abara has **fee-for-service** South Dakota Medicaid (no managed care plan). Prior approval for an
  adult PTSD IOP (S9480, 20 days) was denied by a notice **dated 09/01/2026**.
- The envelope that held it is **postmarked 09/14/2026**; it reached her 09/16/2026.
- **Level:** a **state fair hearing**, the first step for fee-for-service Medicaid (42 CFR 431.220(a)): no plan
  appeal exists.
- **True deadline: 12/13/2026** - "within 90 days from the date this notice was mailed" (the notice), matching
  42 CFR 431.221(d) ("from the date that notice of action is mailed"); mailing shown by the postmark 09/14/2026.
  12/13/2026 is a Sunday: no extension is assumed - send by **Friday 12/11/2026** (today 12/07 is best), by fax.
- Counted from the printed date (09/01/2026) the 90 days ended **11/30/2026**: that count would make the request
  late; the letter must rest on the mailing date, with the envelope.
- The denial's factual ground is wrong: 11 weekly therapy sessions 06/03-08/19/2026, the last 13 days before the
  request (attendance record).

## Deliberately unknown
- The agency's own record of the mailing date (it may claim 09/01); whether the state treats a Sunday deadline as
  running to Monday.
- Whether the program slot (first day 01/04/2027) will be held.

## Traps
- No "plan appeal", no 42 CFR 438 (managed care) citations, no 120-day window, no 438.420 continuation.
- "Filed within 90 days of the notice date" is false.
- Not care already given: ask the hearing officer to reverse and approve the IOP.
- The friend writes about Ms. Tuckett-Abara, with the state's authorized representative form.

## Arguments a strong letter makes
1. The request is timely: the notice was mailed 09/14/2026 (postmark), and 90 days from mailing runs to
   12/13/2026 (the notice's own words; 42 CFR 431.221(d)).
2. The ground is contradicted by the record: 11 weekly sessions 06/03-08/19/2026, PCL-5 rising 58 -> 61.
3. Ask that the denial be reversed and the 20 IOP days approved; ask for the agency's file before the hearing.

## What a letter must NOT say
- That the request is within 90 days of 09/01/2026, or that it is late and needs good cause.
- "appeal to your health plan", "notice of resolution", 42 CFR 438.402/438.408.
- That she never had outpatient therapy.
""",
    answers=[
        ("Notice date printed?", "Notice date: 09/01/2026", "denial/notice-of-action-2026-09-01.txt"),
        ("Request number?", "SDM-PRA-26-0821-7730", "denial/notice-of-action-2026-09-01.txt"),
        ("Denial ground?", "has not attended outpatient therapy in the last 90 days", "denial/notice-of-action-2026-09-01.txt"),
        ("Hearing window?", "within 90 days from the date this notice was mailed", "denial/notice-of-action-2026-09-01.txt"),
        ("Where to send?", "Office of Administrative Hearings, Medicaid Fair Hearings (FICTIONAL), PO Box 5077", "denial/notice-of-action-2026-09-01.txt"),
        ("Hearing fax?", "fax (605) 555-0161", "denial/notice-of-action-2026-09-01.txt"),
        ("Postmark?", "SEP 14 2026", "other/envelope-postmarked-2026-09-14.txt"),
        ("When did it reach her?", "it reached me on 09/16/2026", "other/envelope-postmarked-2026-09-14.txt"),
        ("Which notice was inside?", "this envelope held the notice dated 09/01/2026", "other/envelope-postmarked-2026-09-14.txt"),
        ("Representative?", "I name Delphine Ochoa-Marsh", "other/authorized-representative-form-2026-12-01.txt"),
        ("Form signed?", "Signed: Marisol Tuckett-Abara, 12/01/2026", "other/authorized-representative-form-2026-12-01.txt"),
        ("Sessions attended?", "(11 sessions)", "clinical/therapist-attendance-record-2026-08-20.txt"),
        ("Last session?", "08/12 and 08/19/2026", "clinical/therapist-attendance-record-2026-08-20.txt"),
        ("PCL-5 trend?", "PCL-5 61 on 08/19/2026 (was 58 on 06/03/2026)", "clinical/therapist-attendance-record-2026-08-20.txt"),
        ("When was the request sent?", "prior approval request sent 08/21/2026", "clinical/therapist-attendance-record-2026-08-20.txt"),
        ("Diagnosis?", "Diagnosis: F43.12", "clinical/therapist-attendance-record-2026-08-20.txt"),
    ],
))

# ---------------------------------------------------------------------------------------------------------------
CASES.append(dict(
    num="05",
    slug="05-fehb-carrier-reconsideration-filed-late-6-months-ended-10-10-hospitalized-brochure-circumstances-beyond-control-lpc-covered-patient",
    yaml="""\
# FICTIONAL CASE (set 82, case 05) - every person, plan, provider, number and address is invented.
# FEHB High Option, Colorado. Counseling by a licensed professional counselor denied CO-96 "provider type not
# covered" on 04/10/2026, though the brochure covers LPCs. The 6 months to ask the carrier to reconsider ended
# 10/10/2026; she was in hospital 09/18-11/06 and in rehabilitation to 11/20/2026. The brochure lets the carrier
# extend the time for circumstances beyond the member's control. Carrier reconsideration, late. Patient ("I").
patient:
  name: Ingrid Vasquez-Moreau
  salutation: Ms. Vasquez-Moreau
  date_of_birth: 1969-11-30
  member_id: FICT-FRF-I20548817
  address: |-
    3307 West 29th Avenue
    Denver, CO 80211
  phone: (303) 555-0126
  email: ivasquezmoreau@mail.example
insurer:
  name: Front Range Federal Health Plan, High Option (FICTIONAL)
  appeals_address: |-
    Front Range Federal Health Plan Reconsiderations (FICTIONAL)
    PO Box 17730
    Denver, CO 80217
  fax: (303) 555-0167
claim:
  number: FRF-26-0115-447102
  plan_type: fehb
  notice_date: 2026-04-10
  service_dates: [2026-01-15, 2026-03-26]
  sessions: 11
  procedure_codes: ["90837"]
  diagnosis_codes: [F41.1]
  carc_codes: [CO-96]
  denial_reason: Non-covered charge. Services by this provider type are not covered.
  denial_category: not_covered
  action: none
late_filing:
  reason: >-
    I was admitted to hospital on 09/18/2026 for heart surgery with complications and stayed until 11/06/2026,
    then in a rehabilitation facility until 11/20/2026; I could not write to the plan before the 6 months ended on
    10/10/2026.
  proof: [other/hospital-and-rehabilitation-dates-letter-2026-11-24.txt]
plan_policy:
  name: Front Range Federal Health Plan 2026 Brochure, Section 5(e) (Mental health and substance use disorder benefits)
  quote: >-
    Professional services, including individual psychotherapy, by providers such as psychiatrists, psychologists,
    clinical social workers, licensed professional counselors and marriage and family therapists, acting within
    the scope of their license.
  file: other/brochure-excerpts-2026.txt
  other_terms: >-
    Ask us in writing to reconsider our initial decision. You must write to us within 6 months from the date of our
    decision. We may extend this time limit if you show that you were prevented by circumstances beyond your
    control from making your request within the time limit.
  other_terms_file: other/brochure-excerpts-2026.txt
  other_terms_apply: >-
    The 6 months ended on 10/10/2026 while I was in hospital (09/18-11/06/2026) and then in rehabilitation until
    11/20/2026, circumstances beyond my control, so the brochure lets the plan extend the time and decide this
    request.
treatment:
  name: Individual psychotherapy with a licensed professional counselor (11 sessions, January 15 through March 26, 2026)
  summary: Weekly therapy for generalized anxiety disorder.
author:
  name: Ingrid Vasquez-Moreau
  relation: patient
  role: Patient (federal employee, enrollee)
provider:
  name: Tomasz Reinholt-Addo
  credentials: LPC
  npi: "{NPI5}"
  address: |-
    Highlands Counseling (FICTIONAL), 1550 Platte Street, Suite 210
    Denver, CO 80202
  phone: (303) 555-0138
external_review:
  agency: United States Office of Personnel Management, FEHB disputed claims review (FICTIONAL address)
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/explanation-of-benefits-2026-04-10.txt": """\
FRONT RANGE FEDERAL HEALTH PLAN (FICTIONAL) - EXPLANATION OF BENEFITS
Date of notice: 04/10/2026
Member: Ingrid Vasquez-Moreau   Member ID: FICT-FRF-I20548817   Enrollment: Self Only, High Option
Claim: FRF-26-0115-447102   Provider: Tomasz Reinholt-Addo, LPC (NPI {NPI5})
Dates of service: 01/15/2026 through 03/26/2026   Code: 90837 x 11   Diagnosis: F41.1
Billed: $1,870.00   Plan paid: $0.00   Adjustment: CO-96
Reason: Non-covered charge. Services by this provider type are not covered.
If you disagree, see Section 8 of your brochure. You may ask us to reconsider within 6 months from the date of
this notice.
""",
        "other/brochure-excerpts-2026.txt": """\
FRONT RANGE FEDERAL HEALTH PLAN (FICTIONAL) 2026 BROCHURE (excerpts)
Section 5(e). Mental health and substance use disorder benefits. We cover: Professional services, including
individual psychotherapy, by providers such as psychiatrists, psychologists, clinical social workers, licensed
professional counselors and marriage and family therapists, acting within the scope of their license.
Section 8. The disputed claims process. Step 1: Ask us in writing to reconsider our initial decision. You must
write to us within 6 months from the date of our decision. We may extend this time limit if you show that you were
prevented by circumstances beyond your control from making your request within the time limit.
Step 2: We have 30 days from the date we receive your request to pay or provide the care, write to you and
maintain our denial, or ask for more information.
Step 3: If you do not agree with our decision, you may ask OPM to review it within 90 days after the date of our
letter upholding our initial decision.
""",
        "other/hospital-and-rehabilitation-dates-letter-2026-11-24.txt": """\
MILE HIGH HEART INSTITUTE (FICTIONAL) - LETTER CONFIRMING DATES OF CARE
Date: 11/24/2026   To whom it may concern
Ingrid Vasquez-Moreau (DOB 11/30/1969) was an inpatient at Mile High Heart Institute from 09/18/2026 through
11/06/2026 (valve surgery followed by complications, 19 days in intensive care). She was then in Cherry Creek
Rehabilitation Center (FICTIONAL) from 11/06/2026 through 11/20/2026.
Medical records department, phone (303) 555-0152.
""",
        "clinical/counselor-license-and-session-record-2026-03-26.txt": """\
HIGHLANDS COUNSELING (FICTIONAL) - SESSION RECORD AND LICENSE
Date: 03/26/2026   Client: Ingrid Vasquez-Moreau   DOB: 11/30/1969
Counselor: Tomasz Reinholt-Addo, Licensed Professional Counselor, Colorado license LPC-FICT-0049182 (active)
Sessions of individual psychotherapy (90837): 01/15, 01/22, 01/29, 02/05, 02/12, 02/19, 02/26, 03/05, 03/12,
03/19 and 03/26/2026 (11 sessions). Diagnosis: F41.1. GAD-7 17 on 01/15/2026; 9 on 03/26/2026.
""",
    },
    truth="""\
# FICTIONAL TRUTH FILE - 05 - FEHB: carrier reconsideration filed after the 6 months, brochure's extension (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Ms. Vasquez-Moreau has **FEHB** High Option. 11 sessions of 90837 with a **licensed professional counselor**
  (01/15-03/26/2026) were denied **CO-96** "provider type not covered" on **04/10/2026**.
- The brochure (Section 5(e)) covers professional services by licensed professional counselors. The counselor's
  Colorado license is active.
- **Level:** the first FEHB level, the **carrier's reconsideration** (brochure Section 8 Step 1; 5 CFR 890.105).
  OPM review only after the carrier's decision (90 days from its letter upholding).
- **True deadline:** the 6 months from 04/10/2026 ended **10/10/2026**: **passed**. The letter is late. The
  brochure itself lets the carrier extend the time "if you show that you were prevented by circumstances beyond
  your control"; she was an inpatient 09/18-11/06/2026 and in rehabilitation to 11/20/2026 (hospital letter).
  Send now: no other date applies.
- The hospitalization covered only the last 3 weeks of the 6 months; the letter should say so honestly (it began
  09/18, 3 weeks before the end) and rest on the brochure's clause, not claim she was prevented for 6 months.

## Deliberately unknown
- Why she did not write between 04/10 and 09/18/2026 (the record does not say).
- Whether OPM would review a carrier's refusal to extend the time.

## Traps
- Never "timely" or "within 6 months"; never a Medicare/Part D good-cause rule (405.942(b), 422.582(c),
  423.582(c)) - they do not govern FEHB.
- Not OPM review now: the carrier has not reconsidered.
- No ERISA, no 45 CFR 147.136, no external review, no state insurance department; parity not cited as a member
  right.
- Not a medical-necessity denial: no peer-to-peer, no clinical-reviewer demand. Patient writes "I".

## Arguments a strong letter makes
1. Ask the carrier to extend the time under Section 8 Step 1's own words, with the hospital's letter of dates.
2. The brochure covers individual psychotherapy by licensed professional counselors (Section 5(e)); his license
   is active: reprocess and pay the 11 sessions.
3. Ask for a decision within the 30 days Step 2 gives.

## What a letter must NOT say
- That the request is within 6 months, or that she was in hospital when the EOB came.
- "OPM review" as this letter's level; "external review".
- That the denial concerned medical necessity.
""",
    answers=[
        ("EOB date?", "Date of notice: 04/10/2026", "denial/explanation-of-benefits-2026-04-10.txt"),
        ("Claim?", "FRF-26-0115-447102", "denial/explanation-of-benefits-2026-04-10.txt"),
        ("Denial reason?", "Services by this provider type are not covered", "denial/explanation-of-benefits-2026-04-10.txt"),
        ("Code and count?", "Code: 90837 x 11", "denial/explanation-of-benefits-2026-04-10.txt"),
        ("Reconsideration window on the EOB?", "reconsider within 6 months from the date of this notice", "denial/explanation-of-benefits-2026-04-10.txt"),
        ("Which providers does the brochure cover?", "licensed professional counselors", "other/brochure-excerpts-2026.txt"),
        ("Extension clause?", "We may extend this time limit if you show that you were prevented by circumstances beyond your control", "other/brochure-excerpts-2026.txt"),
        ("Carrier decision time?", "We have 30 days from the date we receive your request", "other/brochure-excerpts-2026.txt"),
        ("OPM window?", "within 90 days after the date of our letter upholding", "other/brochure-excerpts-2026.txt"),
        ("Hospital dates?", "from 09/18/2026 through 11/06/2026", "other/hospital-and-rehabilitation-dates-letter-2026-11-24.txt"),
        ("Rehabilitation dates?", "from 11/06/2026 through 11/20/2026", "other/hospital-and-rehabilitation-dates-letter-2026-11-24.txt"),
        ("ICU days?", "19 days in intensive care", "other/hospital-and-rehabilitation-dates-letter-2026-11-24.txt"),
        ("License?", "Colorado license LPC-FICT-0049182 (active)", "clinical/counselor-license-and-session-record-2026-03-26.txt"),
        ("Sessions?", "(11 sessions)", "clinical/counselor-license-and-session-record-2026-03-26.txt"),
        ("GAD-7?", "GAD-7 17 on 01/15/2026; 9 on 03/26/2026", "clinical/counselor-license-and-session-record-2026-03-26.txt"),
        ("Enrollment?", "Self Only, High Option", "denial/explanation-of-benefits-2026-04-10.txt"),
    ],
))

# ---------------------------------------------------------------------------------------------------------------
CASES.append(dict(
    num="06",
    slug="06-separate-chip-fee-for-service-state-review-30-days-due-12-20-notice-wrongly-says-ask-your-health-plan-psych-testing-age-12-father",
    yaml="""\
# FICTIONAL CASE (set 82, case 06) - every person, plan, provider, number and address is invented.
# Arkansas separate CHIP paid FEE-FOR-SERVICE by the state (no health plan). Prior approval for psychological
# testing denied 11/20/2026. The notice's front wrongly says "ask your health plan to reconsider within 60 days";
# its back gives the true route: a State Review within 30 days of the notice's date -> 12/20/2026 (a Sunday).
# Father writes (parent of a minor).
patient:
  name: Lucas Ferreira-Odum
  salutation: Lucas
  date_of_birth: 2014-08-03
  member_id: FICT-AKH-L61830275
  address: |-
    1904 North Hills Boulevard
    North Little Rock, AR 72116
  phone: (501) 555-0121
insurer:
  name: Arkansas Kids Health Coverage, separate CHIP, fee-for-service (FICTIONAL)
  appeals_address: |-
    CHIP State Review Unit (FICTIONAL)
    PO Box 1437
    Little Rock, AR 72203
  fax: (501) 555-0165
claim:
  number: AKH-PA-26-1110-3054
  plan_type: chip
  delivery: fee_for_service
  notice_date: 2026-11-20
  appeal_deadline: 2026-12-20
  deadline_basis: >-
    The notice's State Review section: "within 30 days of the date of this notice" (11/20/2026).
  service_dates: [2027-01-12]
  pending_services: [psychological and neuropsychological testing, about 8 hours]
  procedure_codes: ["96130", "96131", "96136", "96137"]
  diagnosis_codes: [F90.2, Z55.3]
  denial_reason: >-
    Not medically necessary. A screening by the primary care provider is sufficient to plan treatment.
  denial_category: medical_necessity
  action: none
external_review:
  agency: CHIP State Review Unit (FICTIONAL)
  address: |-
    PO Box 1437
    Little Rock, AR 72203
treatment:
  name: Psychological and neuropsychological testing (about 8 hours)
  summary: Testing to tell a learning disorder from ADHD after two stimulant trials and failing grades.
  plan: One evaluation over two visits; report to the school team and the pediatrician.
clinical:
  severity: Vanderbilt screen positive; reading two grade levels behind (school report 10/2026)
  severity_date: 2026-10-30
  suicidality: none
  suicidality_date: 2026-10-30
  history:
    - drug: methylphenidate ER 36 mg
      kind: other
      start: 2025-09
      end: 2026-01
      failed: true
      outcome: no change in reading or grades; stopped for appetite loss
    - drug: guanfacine ER 2 mg
      kind: other
      start: 2026-02
      end: 2026-08
      failed: true
      outcome: no change; stopped
alternatives:
  - treatment: a screening by the primary care provider
    why_not: the pediatrician wrote on 10/30/2026 that her screening cannot tell a learning disorder from ADHD
author:
  name: Joaquim Ferreira-Odum
  relation: parent
  role: Father of the patient (a minor)
  phone: (501) 555-0121
provider:
  name: Dr. Abigail Stroud-Nakamura
  credentials: PhD, licensed psychologist
  npi: "{NPI6}"
  address: |-
    Arkansas River Child Psychology (FICTIONAL), 500 President Clinton Avenue
    Little Rock, AR 72201
  phone: (501) 555-0137
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/notice-of-denial-2026-11-20.txt": """\
ARKANSAS KIDS HEALTH COVERAGE (FICTIONAL) - NOTICE OF DENIAL OF PRIOR APPROVAL
Program: separate CHIP. Your child's services are paid by the State (fee-for-service).
Date of notice: 11/20/2026
Member: Lucas Ferreira-Odum   DOB: 08/03/2014   Member ID: FICT-AKH-L61830275
Request: AKH-PA-26-1110-3054   Service: psychological and neuropsychological testing (96130, 96131, 96136, 96137)
Requested by: Abigail Stroud-Nakamura, PhD (NPI {NPI6}) on 11/10/2026
Decision: DENIED. Not medically necessary. A screening by the primary care provider is sufficient to plan
treatment.
IF YOU DISAGREE: Ask your health plan to reconsider within 60 days.
(back of page) STATE REVIEW: You may ask the State for a review of this decision within 30 days of the date of
this notice. Send your request to the CHIP State Review Unit (FICTIONAL), PO Box 1437, Little Rock, AR 72203, or
fax (501) 555-0165. Help: 1-800-555-0146.
""",
        "other/program-handbook-review-rights-excerpt.txt": """\
ARKANSAS KIDS HEALTH COVERAGE (FICTIONAL) - FAMILY HANDBOOK 2026 (excerpt)
How your child gets care: Arkansas Kids Health Coverage does not use health plans. The State pays providers
directly for your child's covered services.
If we deny, delay, reduce or stop a service, you may ask for a State Review. The review is done by reviewers who
did not make the first decision. Ask within the time printed on your notice.
""",
        "clinical/referral-and-testing-request-2026-11-10.txt": """\
ARKANSAS RIVER CHILD PSYCHOLOGY (FICTIONAL) - TESTING REQUEST
Date: 11/10/2026   Patient: Lucas Ferreira-Odum   DOB: 08/03/2014   Referred by: Dr. Colette Pryor, pediatrics
Reason: failing reading and math despite two medication trials for suspected ADHD (methylphenidate ER 36 mg
09/2025-01/2026, no change, stopped for appetite loss; guanfacine ER 2 mg 02/2026-08/2026, no change).
Pediatrician's letter 10/30/2026: "My screening cannot tell a learning disorder from ADHD; I need formal testing
to plan treatment." School report 10/2026: reading two grade levels behind.
Plan: psychological and neuropsychological testing, about 8 hours over two visits; first date held 01/12/2027.
""",
    },
    truth="""\
# FICTIONAL TRUTH FILE - 06 - separate CHIP fee-for-service: State Review within 30 days, due 12/20/2026 (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Lucas (12) is covered by a **separate CHIP** that the State pays **fee-for-service**: there is no health plan
  (handbook: "does not use health plans").
- Prior approval for testing (96130, 96131, 96136, 96137) was denied on **11/20/2026**: "a screening by the
  primary care provider is sufficient".
- **Level:** the **State Review** (42 CFR 457.1130(b)), asked of the CHIP State Review Unit directly. There is no
  plan reconsideration, whatever the notice's front page says.
- **True deadline: 12/20/2026** - "within 30 days of the date of this notice" (the notice's State Review section);
  12/20/2026 is a Sunday: send by **Friday 12/18/2026**. The front's "60 days" to "your health plan" is wrong.
- The pediatrician who did the screening wrote on 10/30/2026 that the screening cannot answer the question and
  formal testing is needed; two medication trials failed.

## Deliberately unknown
- The State's decision time for the review (not printed); whether an expedited review applies (not asked).
- The full text of the pediatrician's letter (quoted in the testing request only).

## Traps
- No "health plan" appeal; never addressed to a plan; no 60-day window.
- No Medicaid rules: no fair hearing, no EPSDT (42 USC 1396d(r)(5)), no 42 CFR 438 citations, no continued
  benefits; no ERISA/147.136/external review.
- Care still to come: ask that the testing be approved.
- The father writes about his son ("my son Lucas").

## Arguments a strong letter makes
1. This is the State Review the notice's back page and the handbook describe, filed within 30 days of 11/20/2026.
2. The denial's own reason fails: the primary care provider says her screening is not sufficient (10/30/2026).
3. Two treatment trials failed and grades are falling: testing is needed to plan treatment.

## What a letter must NOT say
- "I ask the health plan to reconsider"; "within 60 days"; "state fair hearing"; "EPSDT".
- That the testing has been done.
""",
    answers=[
        ("Notice date?", "Date of notice: 11/20/2026", "denial/notice-of-denial-2026-11-20.txt"),
        ("How is the program paid?", "Your child's services are paid by the State (fee-for-service)", "denial/notice-of-denial-2026-11-20.txt"),
        ("Request number?", "AKH-PA-26-1110-3054", "denial/notice-of-denial-2026-11-20.txt"),
        ("Codes?", "(96130, 96131, 96136, 96137)", "denial/notice-of-denial-2026-11-20.txt"),
        ("Reason?", "A screening by the primary care provider is sufficient to plan treatment", "denial/notice-of-denial-2026-11-20.txt"),
        ("Wrong route printed?", "Ask your health plan to reconsider within 60 days", "denial/notice-of-denial-2026-11-20.txt"),
        ("State review window?", "within 30 days of the date of this notice", "denial/notice-of-denial-2026-11-20.txt"),
        ("Where to send?", "CHIP State Review Unit (FICTIONAL), PO Box 1437, Little Rock, AR 72203", "denial/notice-of-denial-2026-11-20.txt"),
        ("Fax?", "fax (501) 555-0165", "denial/notice-of-denial-2026-11-20.txt"),
        ("Does the program use plans?", "does not use health plans", "other/program-handbook-review-rights-excerpt.txt"),
        ("Who reviews?", "reviewers who did not make the first decision", "other/program-handbook-review-rights-excerpt.txt"),
        ("Pediatrician's words?", "My screening cannot tell a learning disorder from ADHD", "clinical/referral-and-testing-request-2026-11-10.txt"),
        ("First trial?", "methylphenidate ER 36 mg", "clinical/referral-and-testing-request-2026-11-10.txt"),
        ("Second trial?", "guanfacine ER 2 mg 02/2026-08/2026, no change", "clinical/referral-and-testing-request-2026-11-10.txt"),
        ("School?", "reading two grade levels behind", "clinical/referral-and-testing-request-2026-11-10.txt"),
        ("First date held?", "first date held 01/12/2027", "clinical/referral-and-testing-request-2026-11-10.txt"),
    ],
))

# ---------------------------------------------------------------------------------------------------------------
CASES.append(dict(
    num="07",
    slug="07-part-d-alj-hearing-after-ire-upheld-10-20-60-days-after-presumed-receipt-due-12-24-formulary-exception-gepirone-patient",
    yaml="""\
# FICTIONAL CASE (set 82, case 07) - every person, plan, provider, number and address is invented.
# Stand-alone Part D PDP, Nevada. Formulary exception for gepirone ER denied; redetermination upheld 08/26/2026;
# the Part D IRE upheld on 10/20/2026. Next level: an ALJ hearing at OMHA, asked within 60 days after receipt of
# the IRE's notice, receipt presumed 5 days after its date -> 12/24/2026 (42 CFR 423.2002); from the notice's
# date 12/19/2026. Not to the plan, not to the IRE. The patient writes ("I").
patient:
  name: Wendell Abernathy-Quince
  salutation: Mr. Abernathy-Quince
  date_of_birth: 1955-01-17
  member_id: FICT-SSR-W90264117
  address: |-
    77 Juniper Ridge Court
    Carson City, NV 89703
  phone: (775) 555-0113
insurer:
  name: Silver Sage Rx (PDP) (FICTIONAL)
  appeals_address: |-
    Silver Sage Rx Part D Appeals (FICTIONAL)
    PO Box 61009
    Reno, NV 89510
  fax: (775) 555-0168
claim:
  number: SSR-CD-26-0715-88120
  plan_type: medicare_part_d
  notice_date: 2026-07-22
  procedure_codes: []
  diagnosis_codes: [F33.1]
  denial_reason: >-
    Gepirone extended-release is not on our Drug List. Formulary alternatives (vilazodone, vortioxetine) have not
    been tried.
  denial_category: not_covered
  denial_reasons: [formulary_exception]
  action: none
decisions:
  - date: 2026-08-26
    outcome: denied
    stage: redetermination
    opens: independent review entity reconsideration
    reason: The prescriber did not show that the formulary alternatives would not be as effective or would cause harm.
  - date: 2026-10-20
    outcome: denied
    stage: independent review entity reconsideration
    opens: ALJ hearing (OMHA)
    next_deadline: 2026-12-24
    reason: >-
      The enrollee has not tried vilazodone or vortioxetine. The record does not show that these drugs would be
      less effective or cause adverse effects.
external_review:
  agency: Office of Medicare Hearings and Appeals, Central Operations (FICTIONAL address)
  address: |-
    OMHA Central Operations (FICTIONAL address for this test)
    PO Box 80440
    Falls Church, VA 22040
  final_denial_date: 2026-10-20
prescriber_statement:
  date: 2026-09-03
  quote: >-
    Both formulary alternatives act on serotonin reuptake like the SSRIs that caused his hyponatremia (sodium 124
    on escitalopram, hospitalized) and sexual dysfunction that led him to stop two trials; gepirone does not
    inhibit reuptake. In my judgment the alternatives would not be as effective for him and would likely cause
    adverse effects.
  file: clinical/prescriber-supporting-statement-2026-09-03.txt
treatment:
  name: Gepirone extended-release tablets, 54.5 mg once daily
  summary: An antidepressant that does not block serotonin reuptake, after SSRI-induced hyponatremia.
clinical:
  severity: PHQ-9 17 on 11/30/2026
  severity_date: 2026-11-30
  suicidality: none
  suicidality_date: 2026-11-30
  history:
    - drug: sertraline 150 mg
      start: 2019-04
      end: 2020-02
      response: partial
      outcome: partial response; stopped for sexual dysfunction
    - drug: escitalopram 20 mg
      start: 2021-05
      end: 2021-08
      failed: true
      outcome: hyponatremia (sodium 124), hospitalized 08/2021; stopped
    - drug: bupropion XL 300 mg
      start: 2022-01
      end: 2022-06
      failed: true
      outcome: no response after 20 weeks; insomnia
    - drug: mirtazapine 30 mg
      start: 2023-02
      end: 2023-09
      failed: true
      outcome: weight gain of 14 kg, no response
author:
  name: Wendell Abernathy-Quince
  relation: patient
  role: Patient (Medicare beneficiary)
provider:
  name: Dr. Farah Castellanos-Ibe
  credentials: MD, geriatric psychiatrist
  npi: "{NPI7}"
  address: |-
    Sierra Geriatric Psychiatry (FICTIONAL), 1200 North Carson Street
    Carson City, NV 89701
  phone: (775) 555-0139
record_dates:
  - file: clinical/prescriber-supporting-statement-2026-09-03.txt
    date: 2026-09-03
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/ire-reconsideration-decision-2026-10-20.txt": """\
PART D INDEPENDENT REVIEW ENTITY (FICTIONAL) - RECONSIDERATION DECISION
Date of this notice: 10/20/2026
Enrollee: Wendell Abernathy-Quince   Plan: Silver Sage Rx (PDP) (FICTIONAL)   Plan case: SSR-CD-26-0715-88120
IRE appeal number: IRE-D-26-1003-6617
Drug: gepirone extended-release 54.5 mg daily. Request: formulary exception.
Decision: UNFAVORABLE. We agree with the plan. The enrollee has not tried vilazodone or vortioxetine. The record does
not show that these drugs would be less effective or cause adverse effects.
YOUR RIGHT TO A HEARING: If you disagree, you may ask for a hearing before an Administrative Law Judge (ALJ). Your
request must be received within 60 days after you receive this notice. We presume you received it 5 days after
the date above unless you show otherwise. The amount in controversy must meet the minimum set for the year.
Send your request to: OMHA Central Operations (FICTIONAL address for this test), PO Box 80440, Falls Church,
VA 22040. Do not send it to your plan or to us.
""",
        "other/plan-redetermination-2026-08-26.txt": """\
SILVER SAGE RX (PDP) (FICTIONAL) - REDETERMINATION NOTICE
Date: 08/26/2026   Member: Wendell Abernathy-Quince   Member ID: FICT-SSR-W90264117
Case: SSR-CD-26-0715-88120 (coverage determination of 07/22/2026: gepirone ER not on our Drug List)
Decision: DENIED. The prescriber did not show that the formulary alternatives would not be as effective or would
cause harm. Your case may go to the Independent Review Entity if you ask.
""",
        "clinical/prescriber-supporting-statement-2026-09-03.txt": """\
SIERRA GERIATRIC PSYCHIATRY (FICTIONAL) - PRESCRIBER SUPPORTING STATEMENT FOR A FORMULARY EXCEPTION
Date: 09/03/2026   Patient: Wendell Abernathy-Quince   DOB: 01/17/1955
Prescriber: Farah Castellanos-Ibe, MD (NPI {NPI7})   Drug: gepirone ER 54.5 mg daily   Diagnosis: F33.1
Trials: sertraline 150 mg 04/2019-02/2020 (partial, sexual dysfunction); escitalopram 20 mg 05/2021-08/2021
(hyponatremia, sodium 124, hospitalized); bupropion XL 300 mg 01/2022-06/2022 (no response after 20 weeks);
mirtazapine 30 mg 02/2023-09/2023 (weight gain of 14 kg, no response).
Statement: "Both formulary alternatives act on serotonin reuptake like the SSRIs that caused his hyponatremia
(sodium 124 on escitalopram, hospitalized) and sexual dysfunction that led him to stop two trials; gepirone does
not inhibit reuptake. In my judgment the alternatives would not be as effective for him and would likely cause
adverse effects."
Sent to the IRE with the reconsideration request on 09/03/2026.
""",
        "other/drug-cost-estimate-2026-11-30.txt": """\
SIERRA PHARMACY (FICTIONAL) - CASH PRICE ESTIMATE
Date: 11/30/2026   Patient: Wendell Abernathy-Quince
Gepirone ER 54.5 mg, 30 tablets: $448.00 per month; 12 months: $5,376.00.
""",
    },
    truth="""\
# FICTIONAL TRUTH FILE - 07 - Part D: ALJ hearing after the IRE upheld; due 12/24/2026 (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Mr. Abernathy-Quince has a stand-alone **Part D** plan. A formulary exception for gepirone ER was denied
  07/22/2026; the plan's **redetermination** upheld on 08/26/2026; the **Part D IRE** upheld on **10/20/2026**.
- **Level:** a **hearing before an Administrative Law Judge** (OMHA), the level after the IRE (42 CFR 423.2002).
  Not the plan, not the IRE, not a new coverage determination.
- **True deadline: 12/24/2026** - 60 days after receipt of the IRE's notice, receipt presumed 5 days after its
  date (10/25/2026): 42 CFR 423.2002 and the IRE notice's own words. Counted from the notice's date: 12/19/2026
  (safer). Today 12/07/2026: in time.
- Amount in controversy: the drug's yearly cash price is $5,376.00 (pharmacy estimate); the year's minimum is
  not stated in the record.
- The prescriber's statement (09/03/2026) gives the reason 42 CFR 423.578(b) asks for: the alternatives would not
  be as effective and would likely cause adverse effects (SSRI hyponatremia, sodium 124, hospitalized).

## Deliberately unknown
- The year's amount-in-controversy minimum; the real OMHA address (the one given is fictional).
- Whether an expedited ALJ hearing would be granted.

## Traps
- Not addressed to the plan or the IRE, nor "to be forwarded"; the IRE notice says "Do not send it to your plan
  or to us".
- The 65-day window (423.582(b)) was the redetermination's; the IRE's (423.600) is over. Neither applies now.
- No ERISA, ACA, parity (Medicare), state insurance department.
- "Not on the Drug List": a formulary exception, not an exclusion; never say the drug is covered on the formulary.
- Patient writes "I".

## Arguments a strong letter makes
1. A request for an ALJ hearing, filed within 60 days after presumed receipt of the IRE's 10/20/2026 decision,
   with the IRE appeal number IRE-D-26-1003-6617.
2. The exception standard (42 CFR 423.578(b)) is met by the prescriber's statement: both alternatives act on
   serotonin reuptake like the SSRIs that caused hyponatremia; four prior trials failed or harmed.
3. The amount in controversy: $5,376.00 a year at cash price.

## What a letter must NOT say
- "I ask the plan to reconsider", "redetermination", "within 65 days of the notice".
- That he tried vilazodone or vortioxetine.
- 29 CFR 2560.503-1, 45 CFR 147.136, MHPAEA.
""",
    answers=[
        ("IRE decision date?", "Date of this notice: 10/20/2026", "denial/ire-reconsideration-decision-2026-10-20.txt"),
        ("IRE appeal number?", "IRE-D-26-1003-6617", "denial/ire-reconsideration-decision-2026-10-20.txt"),
        ("IRE outcome?", "Decision: UNFAVORABLE. We agree with the plan", "denial/ire-reconsideration-decision-2026-10-20.txt"),
        ("IRE's reason?", "The enrollee has not tried vilazodone or vortioxetine", "denial/ire-reconsideration-decision-2026-10-20.txt"),
        ("Next level?", "a hearing before an Administrative Law Judge (ALJ)", "denial/ire-reconsideration-decision-2026-10-20.txt"),
        ("Window?", "within 60 days after you receive this notice", "denial/ire-reconsideration-decision-2026-10-20.txt"),
        ("Presumed receipt?", "We presume you received it 5 days after the date above", "denial/ire-reconsideration-decision-2026-10-20.txt"),
        ("Where to send?", "OMHA Central Operations (FICTIONAL address for this test), PO Box 80440", "denial/ire-reconsideration-decision-2026-10-20.txt"),
        ("Not to whom?", "Do not send it to your plan or to us", "denial/ire-reconsideration-decision-2026-10-20.txt"),
        ("Redetermination date?", "Date: 08/26/2026", "other/plan-redetermination-2026-08-26.txt"),
        ("Coverage determination date?", "coverage determination of 07/22/2026", "other/plan-redetermination-2026-08-26.txt"),
        ("Hyponatremia?", "hyponatremia, sodium 124, hospitalized", "clinical/prescriber-supporting-statement-2026-09-03.txt"),
        ("Prescriber's conclusion?", "would not be as effective for him and would likely cause", "clinical/prescriber-supporting-statement-2026-09-03.txt"),
        ("Bupropion trial?", "bupropion XL 300 mg 01/2022-06/2022 (no response after 20 weeks)", "clinical/prescriber-supporting-statement-2026-09-03.txt"),
        ("Yearly cost?", "12 months: $5,376.00", "other/drug-cost-estimate-2026-11-30.txt"),
        ("Monthly cost?", "$448.00 per month", "other/drug-cost-estimate-2026-11-30.txt"),
    ],
))

# ---------------------------------------------------------------------------------------------------------------
CASES.append(dict(
    num="08",
    slug="08-insured-employer-hmo-tms-provider-left-network-08-31-mid-course-continuity-of-care-no-notice-pa-on-file-first-internal-180-days-from-receipt-wife",
    yaml="""\
# FICTIONAL CASE (set 82, case 08) - every person, plan, provider, number and address is invented.
# Insured employer HMO (ERISA), Minnesota, 900 employees. TMS course approved (PA-26-0803-5519, 36 sessions,
# 08/10-10/31/2026) with an in-network clinic whose contract the plan did not renew after 08/31/2026. The plan
# never told the member; sessions 17-36 (09/01-09/29) denied PR-242. The certificate's continuity-of-care clause
# (90 days after the plan's notice, in-network cost sharing). First internal appeal: 180 days after receipt
# of the EOB (received 10/30/2026 -> 04/28/2027). Wife writes with his authorization.
patient:
  name: Arjun Lindgren-Obi
  salutation: Mr. Lindgren-Obi
  date_of_birth: 1990-12-02
  member_id: FICT-BHP-A38120576
  address: |-
    5120 Chicago Avenue
    Minneapolis, MN 55417
  phone: (612) 555-0116
insurer:
  name: Boreal Health Partners HMO (FICTIONAL)
  appeals_address: |-
    Boreal Health Partners Member Appeals (FICTIONAL)
    PO Box 39011
    Minneapolis, MN 55439
  fax: (612) 555-0164
employer:
  name: Lakeshore Freight Systems (FICTIONAL)
  address: |-
    Benefits Office, 700 Harbor Drive
    Duluth, MN 55802
claim:
  number: BHP-26-0901-772604
  plan_type: employer_erisa
  funding: insured
  employees: 900
  notice_date: 2026-10-26
  notice_received:
    date: 2026-10-30
    proof: other/member-portal-document-log-2026-10-30.txt
  service_dates: [2026-09-01, 2026-09-29]
  sessions: 20
  procedure_codes: ["90868"]
  diagnosis_codes: [F33.2]
  carc_codes: [PR-242]
  denial_reason: Services not provided by network/primary care providers. Provider not in network on the date of service.
  denial_category: out_of_network
  action: none
prior_auth:
  approved:
    number: PA-26-0803-5519
    date: 2026-08-05
    covers: 36 sessions of TMS (90868) at Arrowhead TMS Clinic from 08/10/2026 through 10/31/2026
    quote: >-
      Approved: transcranial magnetic stimulation, 36 sessions, 08/10/2026 through 10/31/2026, Arrowhead TMS Clinic
      (network provider at the time of this approval).
    file: other/prior-authorization-approval-2026-08-05.txt
    from: 2026-08-10
    through: 2026-10-31
    lines:
      - code: "90868"
        units: 36
        given: 36
plan_policy:
  name: Boreal Health Partners Group Certificate 2026, section 4.9 (Continuity of care)
  quote: >-
    If your network provider's contract with us ends for a reason other than quality or fraud while you are a
    continuing care patient (including a course of treatment for a serious and complex condition), we will notify
    you in time and let you continue with that provider at in-network cost sharing for up to 90 days after the
    date of our notice.
  file: other/group-certificate-excerpts-2026.txt
  other_terms: >-
    You may appeal within 180 days after you receive notice of our decision. We decide post-service appeals within
    60 days. If we uphold our decision, you may ask for external review.
  other_terms_file: other/group-certificate-excerpts-2026.txt
  other_terms_apply: >-
    The clinic's contract ended 08/31/2026 by the plan's non-renewal, not for quality or fraud; he was mid-way
    through an authorized course; the plan sent him no notice, so the 90 days under section 4.9 had not even begun
    when sessions 17-36 were given.
treatment:
  name: A 36-session TMS course (sessions 17-36, September 1 through September 29, 2026, denied)
  summary: TMS for severe recurrent depression; sessions 1-16 in August were paid in network.
author:
  name: Saoirse Lindgren-Obi
  relation: representative
  role: Wife and authorized representative
  phone: (612) 555-0116
  authorization: other/authorization-to-appeal-2026-11-09.txt
provider:
  name: Dr. Kwame Halloran-Sato
  credentials: MD, psychiatrist
  npi: "{NPI8}"
  address: |-
    Arrowhead TMS Clinic (FICTIONAL), 2400 Nicollet Avenue
    Minneapolis, MN 55404
  phone: (612) 555-0136
record_dates:
  - file: denial/explanation-of-benefits-2026-10-26.txt
    date: 2026-10-26
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/explanation-of-benefits-2026-10-26.txt": """\
BOREAL HEALTH PARTNERS HMO (FICTIONAL) - EXPLANATION OF BENEFITS
Date: 10/26/2026   Member: Arjun Lindgren-Obi   Member ID: FICT-BHP-A38120576
Group: Lakeshore Freight Systems (FICTIONAL)   Claim: BHP-26-0901-772604
Provider: Arrowhead TMS Clinic / Kwame Halloran-Sato, MD (NPI {NPI8})
Dates of service: 09/01/2026 through 09/29/2026   Code: 90868 x 20   Diagnosis: F33.2
Billed: $5,800.00   Plan paid: $0.00   Member responsibility: $5,800.00   Adjustment: PR-242
Reason: Services not provided by network/primary care providers. Provider not in network on the date of service.
Appeal: within 180 days after you receive this notice (see your Certificate, section 9).
""",
        "other/group-certificate-excerpts-2026.txt": """\
BOREAL HEALTH PARTNERS (FICTIONAL) - GROUP CERTIFICATE OF COVERAGE 2026 (excerpts)
4.9 Continuity of care. If your network provider's contract with us ends for a reason other than quality or fraud
while you are a continuing care patient (including a course of treatment for a serious and complex condition), we
will notify you in time and let you continue with that provider at in-network cost sharing for up to 90 days after
the date of our notice.
9.1 You may appeal within 180 days after you receive notice of our decision. We decide post-service appeals within
60 days. If we uphold our decision, you may ask for external review.
""",
        "other/prior-authorization-approval-2026-08-05.txt": """\
BOREAL HEALTH PARTNERS (FICTIONAL) - PRIOR AUTHORIZATION APPROVAL
Date: 08/05/2026   Member: Arjun Lindgren-Obi   Reference: PA-26-0803-5519
Approved: transcranial magnetic stimulation, 36 sessions, 08/10/2026 through 10/31/2026, Arrowhead TMS Clinic
(network provider at the time of this approval).
""",
        "other/clinic-letter-contract-ended-2026-11-05.txt": """\
ARROWHEAD TMS CLINIC (FICTIONAL) - LETTER TO PATIENTS
Date: 11/05/2026
Boreal Health Partners did not renew our network agreement, which ended on 08/31/2026. The plan told us the
reason was its network redesign; it was not a quality or fraud matter. The plan's notice to us was dated 08/24/2026.
We were not told that the plan would notify patients in the middle of a course, and we continued Mr. Lindgren-Obi's
authorized course (sessions 17-36, 09/01/2026 through 09/29/2026). Sessions 1-16 (08/10-08/31/2026) were paid in
network.
""",
        "other/member-portal-document-log-2026-10-30.txt": """\
BOREAL HEALTH PARTNERS (FICTIONAL) - MEMBER PORTAL, DOCUMENT LOG (printed 11/09/2026)
Member: Arjun Lindgren-Obi
10/30/2026 - Explanation of Benefits, claim BHP-26-0901-772604, posted and first opened 10/30/2026.
08/05/2026 - Prior authorization approval PA-26-0803-5519.
No letter about a provider leaving the network appears between 08/01/2026 and 11/09/2026.
""",
        "other/authorization-to-appeal-2026-11-09.txt": """\
AUTHORIZATION OF REPRESENTATIVE
I, Arjun Lindgren-Obi, authorize my wife, Saoirse Lindgren-Obi, to file and pursue appeals about claim
BHP-26-0901-772604 with Boreal Health Partners and to receive my health information for that purpose.
Signed: Arjun Lindgren-Obi, 11/09/2026.
""",
        "clinical/tms-course-summary-2026-09-29.txt": """\
ARROWHEAD TMS CLINIC (FICTIONAL) - TMS COURSE SUMMARY
Date: 09/29/2026   Patient: Arjun Lindgren-Obi   DOB: 12/02/1990   Physician: Kwame Halloran-Sato, MD
Course: 36 sessions of 90868, 08/10/2026 through 09/29/2026, under PA-26-0803-5519. Diagnosis F33.2.
PHQ-9 23 at session 1; 16 at session 16; 7 at session 36. Stopping at session 16 would have risked relapse.
""",
    },
    truth="""\
# FICTIONAL TRUTH FILE - 08 - provider left the network mid-course; continuity of care; first internal appeal (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Mr. Lindgren-Obi has an **insured employer HMO** (ERISA; 900 employees). The plan approved **36 TMS sessions**
  (PA-26-0803-5519, 08/10-10/31/2026) at Arrowhead TMS Clinic, then a network provider.
- The plan did not renew the clinic's contract, which **ended 08/31/2026** (network redesign, not quality or
  fraud). The plan **never notified the member** (portal log: no such letter).
- Sessions 1-16 (08/10-08/31) were paid in network; **sessions 17-36 (09/01-09/29/2026, 20 x 90868)** were denied
  **PR-242** on 10/26/2026.
- **Level:** the **first (only) internal appeal** (Certificate 9.1); then external review.
- **True deadline: 04/28/2027** - 180 days after receipt of the EOB (29 CFR 2560.503-1(h)(3)(i); Certificate 9.1);
  EOB first opened in the portal **10/30/2026**. Safer, from the EOB date: 04/24/2027.
- Certificate 4.9 (continuity of care) reaches him: a continuing care patient in a course of treatment whose
  provider's contract ended for a reason other than quality or fraud; the 90 days run from the plan's notice,
  which never came. The same protection is in federal law for group plans (No Surprises Act continuity of care,
  ERISA section 718 / 29 USC 1185g), which the letter may mention but need not rely on.
- The 20 sessions are within the approval's dates (through 10/31/2026) and units (36 approved, 36 given).

## Deliberately unknown
- Whether depression here is a "serious and complex condition" in the plan's reading (the certificate does not
  define it); whether this dispute is eligible for Minnesota's external review.
- Whether the plan sent the clinic's patients list a notice that went astray.

## Traps
- Not a network gap exception: the argument is continuity of care plus the approval on file; no "no in-network
  provider exists" claim (no search was made).
- Not a medical-necessity denial: no peer-to-peer, no clinical-reviewer demand.
- Not care without authorization: PA-26-0803-5519 covers the dates.
- Not a second level or external review yet. The wife writes about "my husband" with his signed authorization.

## Arguments a strong letter makes
1. Certificate 4.9: the contract ended for non-quality reasons mid-course; the plan owed a notice and 90 days of
   in-network cost sharing after it; no notice was sent, so sessions 09/01-09/29 are owed at in-network cost
   sharing.
2. The plan's own authorization PA-26-0803-5519 covers all 36 sessions through 10/31/2026.
3. Ask that the claim be reprocessed at in-network cost sharing and the member's $5,800.00 responsibility removed.

## What a letter must NOT say
- That no in-network TMS provider existed; that authorization was missing.
- That the appeal is due 60 days from the EOB, or that it is a second-level appeal.
- That the clinic left for quality reasons.
""",
    answers=[
        ("EOB date?", "Date: 10/26/2026", "denial/explanation-of-benefits-2026-10-26.txt"),
        ("Claim?", "BHP-26-0901-772604", "denial/explanation-of-benefits-2026-10-26.txt"),
        ("Adjustment?", "Adjustment: PR-242", "denial/explanation-of-benefits-2026-10-26.txt"),
        ("Dates and code?", "09/01/2026 through 09/29/2026   Code: 90868 x 20", "denial/explanation-of-benefits-2026-10-26.txt"),
        ("Member responsibility?", "Member responsibility: $5,800.00", "denial/explanation-of-benefits-2026-10-26.txt"),
        ("Continuity clause?", "for a reason other than quality or fraud while you are a continuing care patient", "other/group-certificate-excerpts-2026.txt"),
        ("How long?", "for up to 90 days after the date of our notice", "other/group-certificate-excerpts-2026.txt"),
        ("Appeal window?", "You may appeal within 180 days after you receive notice of our decision", "other/group-certificate-excerpts-2026.txt"),
        ("Approval?", "36 sessions, 08/10/2026 through 10/31/2026, Arrowhead TMS Clinic", "other/prior-authorization-approval-2026-08-05.txt"),
        ("Approval reference?", "Reference: PA-26-0803-5519", "other/prior-authorization-approval-2026-08-05.txt"),
        ("Contract end?", "which ended on 08/31/2026", "other/clinic-letter-contract-ended-2026-11-05.txt"),
        ("Why it ended?", "it was not a quality or fraud matter", "other/clinic-letter-contract-ended-2026-11-05.txt"),
        ("Sessions paid in network?", "Sessions 1-16 (08/10-08/31/2026) were paid in", "other/clinic-letter-contract-ended-2026-11-05.txt"),
        ("When was the EOB received?", "posted and first opened 10/30/2026", "other/member-portal-document-log-2026-10-30.txt"),
        ("Any notice of the provider leaving?", "No letter about a provider leaving the network appears", "other/member-portal-document-log-2026-10-30.txt"),
        ("Outcome?", "PHQ-9 23 at session 1; 16 at session 16; 7 at session 36", "clinical/tms-course-summary-2026-09-29.txt"),
    ],
))


# ---------------------------------------------------------------------------------------------------------------
def header(num):
    return (f"FICTIONAL DOCUMENT - appeal-kit letters test set {SET}, case {num}. Every person, plan, provider, "
            "number and address is invented.\n\n")


def footer():
    return f"\nEND OF FICTIONAL DOCUMENT (test set {SET}) - not a real patient, plan or provider.\n"


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


PHONE_OK = re.compile(r"^(\(\d{3}\) 555-01\d\d|1-8\d\d-555-01\d\d)$")
PHONE_ANY = re.compile(r"(?:\(\d{3}\) |1-8\d\d-)?(?<![\d.-])\d{3}-\d{4}(?![\d-])")


def check_text(where, text, problems):
    for m in PHONE_ANY.finditer(text):
        if not PHONE_OK.match(m.group(0)):
            problems.append(f"{where}: phone not in the allowed form: {m.group(0)!r}")
    for m in re.finditer(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", text):
        if not m.group(0).endswith(".example"):
            problems.append(f"{where}: e-mail not on .example: {m.group(0)}")
    for m in re.finditer(r"(?:https?://|www\.)\S+", text):
        if ".example" not in m.group(0):
            problems.append(f"{where}: web address not on .example: {m.group(0)}")


def build(case, problems):
    folder = HERE / case["slug"]
    truth_path = HERE / (case["slug"] + ".truth.md")
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir()
    yaml_text = fill(case["yaml"])
    (folder / "case.yaml").write_text(yaml_text)
    docs = {}
    for rel, body in case["docs"].items():
        if not rel.endswith(".txt") or rel.split("/")[0] not in ("denial", "clinical", "other"):
            problems.append(f"{case['num']}: bad document path {rel}")
        p = folder / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        text = header(case["num"]) + fill(body) + footer()
        p.write_text(text)
        docs[rel] = text
    truth = fill(case["truth"])
    truth_path.write_text(truth)
    n = case["num"]
    # FICTIONAL headers
    if "FICTIONAL" not in yaml_text.splitlines()[0]:
        problems.append(f"{n}: case.yaml first line lacks FICTIONAL")
    if "FICTIONAL" not in truth.splitlines()[0]:
        problems.append(f"{n}: truth first line lacks FICTIONAL")
    for rel, text in docs.items():
        lines = text.strip().splitlines()
        if "FICTIONAL" not in lines[0] or "FICTIONAL" not in lines[-1]:
            problems.append(f"{n}: {rel} lacks FICTIONAL header/footer")
    # truth headings in order
    heads = re.findall(r"^## (.+)$", truth, re.M)
    if heads != HEADINGS:
        problems.append(f"{n}: truth headings {heads}")
    # yaml parses
    try:
        data = YAML(typ="safe").load(io.StringIO(yaml_text))
    except Exception as exc:  # noqa: BLE001
        problems.append(f"{n}: case.yaml does not parse: {exc}")
        data = {}
    # every path named in case.yaml exists
    for m in re.finditer(r"(?:denial|clinical|other)/[\w.\-]+\.txt", yaml_text):
        if not (folder / m.group(0)).exists():
            problems.append(f"{n}: case.yaml names a missing file {m.group(0)}")
    # phones, e-mail, web
    check_text(f"{n}/case.yaml", yaml_text, problems)
    check_text(f"{n}/truth", truth, problems)
    for rel, text in docs.items():
        check_text(f"{n}/{rel}", text, problems)
    # NPIs
    for m in re.finditer(r"NPI (\d{10})|npi: \"(\d{10})\"", yaml_text + "".join(docs.values())):
        val = m.group(1) or m.group(2)
        if not luhn_ok(val):
            problems.append(f"{n}: NPI fails Luhn: {val}")
    # answers
    if len(case["answers"]) != 16:
        problems.append(f"{n}: {len(case['answers'])} answers, not 16")
    for q, a, rel in case["answers"]:
        if rel not in docs:
            problems.append(f"{n}: answer document missing: {rel}")
        elif norm(a) not in norm(docs[rel]):
            problems.append(f"{n}: answer not printed in {rel}: {a!r} ({q})")
    return folder, data


def main(argv):
    do_check = "--check" in argv
    only = [a for a in argv if a.isdigit() or re.fullmatch(r"\d\d", a)]
    problems = []
    folders = []
    n_answers = 0
    for case in CASES:
        if only and case["num"] not in only:
            continue
        folder, _ = build(case, problems)
        folders.append(folder)
        n_answers += len(case["answers"])
    print(f"{len(folders)} cases, {n_answers} expected answers, {len(problems)} problems")
    for p in problems:
        print("PROBLEM:", p)
    bad = bool(problems)
    if do_check:
        out = []
        for folder in folders:
            r = subprocess.run([APPEAL_KIT, "check", str(folder)], capture_output=True, text=True)
            out.append(f"===== {folder.name} (exit {r.returncode})\n{r.stdout}{r.stderr}")
            print(f"check {folder.name[:2]}: exit {r.returncode}")
            if r.returncode != 0:
                bad = True
        name = "check-output.txt" if not only else "check-output-partial.txt"
        (HERE / name).write_text("\n".join(out))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
