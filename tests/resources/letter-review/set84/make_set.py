#!/usr/bin/env python3
"""FICTIONAL test set 84 generator (appeal-kit letters, issue 18, process emphasis).

Every person, plan, provider, number and address in this file is invented.
Usage: make_set.py [--check] [NN ...]
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
HEAD = "FICTIONAL DOCUMENT - appeal-kit letters test set 84, case {n}. Every person, plan, provider, number and address is invented.\n\n"
FOOT = "\n\nEND OF FICTIONAL DOCUMENT (test set 84) - not a real patient, plan or provider.\n"
HEADINGS = ["What is true", "Deliberately unknown", "Traps", "Arguments a strong letter makes",
            "What a letter must NOT say"]


def npi(base9):
    """NPI with the Luhn check digit over the prefix 80840."""
    digits = "80840" + base9
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return base9 + str((10 - total % 10) % 10)


def luhn_ok(n10):
    digits = "80840" + n10
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


NPIS = {"NPI1": npi("174512983"), "NPI2": npi("128834017"), "NPI3": npi("166270345"),
        "NPI4": npi("151908362"), "NPI5": npi("139947021"), "NPI6": npi("182206539"),
        "NPI7": npi("110483276"), "NPI8": npi("197351604"), "NPI9": npi("143370958")}

CASES = []


def case(n, slug, yaml, docs, truth, answers):
    CASES.append(dict(n=n, slug=slug, yaml=yaml, docs=docs, truth=truth, answers=answers))


# ---------------------------------------------------------------- case 01
case("01", "erisa-self-funded-cob-decree-rule-notice-forwarded-180-days-from-receipt-parent",
"""# FICTIONAL CASE (set 84, case 01) - every person, plan, provider, number and address is invented.
# Self-funded employer plan, Michigan. Child's psychological testing denied CO-22 "custodial parent's plan is primary".
# The divorce decree makes the mother (this plan's subscriber) responsible for the child's health coverage: the SPD's
# own first rule (a court decree) makes this plan primary. Notice mailed to the father's address, forwarded, received
# 11/09/2026 -> first internal appeal by 05/08/2027 (180 days after receipt, 29 CFR 2560.503-1(h)(3)(i)); safe 05/01/2027.
patient:
  name: Theo Vandermolen-Asante
  salutation: Theo
  date_of_birth: 2017-03-22
  member_id: FICT-HBW-T55120873
  address: |-
    418 Maple Ridge Court
    Ann Arbor, MI 48104
insurer:
  name: Halvorsen Bearing Works Employee Health Plan (FICTIONAL), administered by Lakeshore Benefit Administrators
  appeals_address: |-
    Lakeshore Benefit Administrators, Appeals Unit (FICTIONAL)
    PO Box 40218
    Grand Rapids, MI 49501
  fax: (616) 555-0172
claim:
  number: LBA-26-0914-771204
  plan_type: employer_erisa
  funding: self_funded
  employees: 1850
  notice_date: 2026-11-02
  notice_received:
    date: 2026-11-09
    proof: other/envelope-and-forwarding-note.txt
  appeal_deadline: 2027-05-08
  deadline_basis: >-
    180 days after receipt of the notice (received 11/09/2026 after forwarding), per the notice and 29 CFR
    2560.503-1(h)(3)(i); counted from the notice date the safe day is 05/01/2027.
  service_dates: [2026-09-14, 2026-09-21]
  procedure_codes: ["96130", "96131", "96136", "96137"]
  diagnosis_codes: [F90.2]
  carc_codes: [CO-22]
  denial_reason: >-
    This care may be covered by another payer per coordination of benefits. Our records show the child resides
    with the father. Under the custodial parent rule, Copperline Logistics Employee PPO is primary. Submit the
    primary plan's explanation of benefits.
  denial_category: coordination_of_benefits
  denial_reasons: [coordination_of_benefits]
  action: none
other_coverage:
  plan: Copperline Logistics Employee PPO
  member_is: dependent
  covered_here_as: dependent
  proof: [other/divorce-decree-excerpt.txt, other/spd-section-11-3-excerpt.txt]
plan_policy:
  name: Summary Plan Description, Section 11.3 (Order of benefit determination for dependent children)
  quote: >-
    (a) If a court decree states that one of the parents is responsible for the dependent child's health care
    expenses or health care coverage, and the plan of that parent has actual knowledge of those terms, that plan
    is primary. (b) If there is no such court decree and the parents are divorced or separated: first, the plan
    of the custodial parent; then the plan of the spouse of the custodial parent; then the plan of the
    non-custodial parent.
  file: other/spd-section-11-3-excerpt.txt
treatment:
  name: psychological testing (neuropsychological evaluation)
  summary: >-
    Testing to assess attention and learning problems reported by the school and parents, to plan treatment.
author:
  name: Priya Ramanathan-Vandermolen
  relation: parent
  role: Theo's mother and the plan's subscriber
  address: |-
    418 Maple Ridge Court
    Ann Arbor, MI 48104
  phone: (734) 555-0126
  email: priya.rv@mail.example
provider:
  name: Helena Osei-Lindqvist
  credentials: PsyD
  npi: "{NPI1}"
  address: |-
    Huron Child Assessment Center (FICTIONAL), 2200 Packard Street
    Ann Arbor, MI 48104
  phone: (734) 555-0148
""",
{
"denial/eob-2026-11-02.txt": """LAKESHORE BENEFIT ADMINISTRATORS (FICTIONAL) - EXPLANATION OF BENEFITS
for the Halvorsen Bearing Works Employee Health Plan (self-funded)
Date of notice: 11/02/2026
Mailed to: Theo Vandermolen-Asante, c/o Marcus Vandermolen, 77 Birchwood Lane, Ypsilanti, MI 48197
Subscriber: Priya Ramanathan-Vandermolen   Patient: Theo Vandermolen-Asante (dependent child)
Member ID: FICT-HBW-T55120873   Claim number: LBA-26-0914-771204
Provider: Helena Osei-Lindqvist, PsyD (NPI {NPI1})
Dates of service: 09/14/2026 and 09/21/2026   Codes: 96130, 96131, 96136, 96137   Diagnosis: F90.2
Billed: $2,860.00   Allowed: $0.00   Plan paid: $0.00
Adjustment: CO-22
Reason: This care may be covered by another payer per coordination of benefits. Our records show the child resides
with the father. Under the custodial parent rule, Copperline Logistics Employee PPO is primary. Submit the primary
plan's explanation of benefits.

Your right to appeal: You may appeal this decision in writing within 180 days of receipt of this notice.
Send appeals to Lakeshore Benefit Administrators, Appeals Unit, PO Box 40218, Grand Rapids, MI 49501,
fax (616) 555-0172. After our decision on appeal you may have the right to external review.""",
"other/spd-section-11-3-excerpt.txt": """HALVORSEN BEARING WORKS EMPLOYEE HEALTH PLAN (FICTIONAL) - SUMMARY PLAN DESCRIPTION 2026 (excerpt)
The Plan is self-funded by Halvorsen Bearing Works and administered by Lakeshore Benefit Administrators.

Section 11.3 Order of benefit determination for dependent children
(a) If a court decree states that one of the parents is responsible for the dependent child's health care
expenses or health care coverage, and the plan of that parent has actual knowledge of those terms, that plan is
primary. (b) If there is no such court decree and the parents are divorced or separated: first, the plan of the
custodial parent; then the plan of the spouse of the custodial parent; then the plan of the non-custodial parent.

Section 11.6 Facts needed: The Plan may ask a member for the facts it needs to apply these rules.""",
"other/divorce-decree-excerpt.txt": """CIRCUIT COURT, WASHTENAW COUNTY (FICTIONAL CASE NUMBER 24-0517-DM) - JUDGMENT OF DIVORCE (excerpt)
Entered: 05/17/2024
In re the marriage of Priya Ramanathan-Vandermolen and Marcus Vandermolen
Paragraph 7. Custody: the father shall have primary physical custody of the minor child, Theo Vandermolen-Asante.
Paragraph 9. Health care: the mother shall provide health care coverage for the minor child through her employer's
group health plan for as long as it is available, and shall be responsible for the child's health care coverage.

Certified copy sent to Lakeshore Benefit Administrators by the mother on 11/12/2026 (fax confirmation attached:
sent to (616) 555-0172, 4 pages, result OK).""",
"other/envelope-and-forwarding-note.txt": """COPY OF ENVELOPE AND NOTE (described and transcribed by the mother)
Envelope from Lakeshore Benefit Administrators, postmarked 11/03/2026, addressed to Theo Vandermolen-Asante
c/o Marcus Vandermolen, 77 Birchwood Lane, Ypsilanti, MI 48197.
Handwritten note from Marcus Vandermolen on the envelope: "This came to my house - passing it on. M.V. 11/8"
Received by the mother at 418 Maple Ridge Court, Ann Arbor, on 11/09/2026.""",
"clinical/testing-report-2026-09-28.txt": """HURON CHILD ASSESSMENT CENTER (FICTIONAL) - PSYCHOLOGICAL EVALUATION REPORT
Report date: 09/28/2026
Patient: Theo Vandermolen-Asante   DOB: 03/22/2017
Examiner: Helena Osei-Lindqvist, PsyD (NPI {NPI1})
Referred by the pediatrician for attention and reading problems reported by school and both parents.
Testing sessions: 09/14/2026 and 09/21/2026 (cognitive, attention and academic measures; scoring and
interpretation by the examiner; test administration by the examiner).
Findings: a pattern consistent with attention-deficit/hyperactivity disorder, combined presentation (F90.2).
Recommendations: parent training, school accommodations, and a medication consultation with the pediatrician.""",
},
"""# FICTIONAL TRUTH FILE - 01 - self-funded employer plan: coordination of benefits decided by the court decree (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Theo (9) is a dependent on his mother's self-funded employer plan (Halvorsen Bearing Works, 1,850 employees,
  administered by Lakeshore Benefit Administrators) and on his father's Copperline Logistics Employee PPO.
- The plan denied testing on 09/14 and 09/21/2026 (96130, 96131, 96136, 96137) as CO-22: "custodial parent rule",
  father's plan primary.
- The plan's own SPD Section 11.3(a) puts a court decree FIRST: the decree (05/17/2024, paragraph 9) makes the
  mother responsible for the child's health care coverage, so this plan (the mother's) is primary. The custodial
  parent rule (11.3(b)) applies only "if there is no such court decree". The mother faxed the decree 11/12/2026.
- **Level:** first internal appeal (post-service).
- **True deadline: 05/08/2027** - 180 days after receipt (received 11/09/2026 after forwarding; envelope and note),
  the notice's own words ("within 180 days of receipt") and 29 CFR 2560.503-1(h)(3)(i). Safe day counted from the
  notice date: 05/01/2027. Decision due within 60 days of receipt of the appeal (post-service, 2560.503-1(i)).
- Author: the mother, as parent of a minor; no separate authorization form is needed for a parent of a minor
  covered as her dependent (the letter may say she is the subscriber).

## Deliberately unknown
- Whether the plan had "actual knowledge" of the decree before 11/12/2026 (nothing shows it did).
- Whether the father's plan has ever paid or been billed (no Copperline EOB exists).
- The plan's address record: why the notice went to the father's house.

## Traps
- Not a medical-necessity denial: no peer-to-peer, no clinical-reviewer demand, no experts' names.
- The custodial parent rule is the plan's SECOND rule; quoting it as if it decides is wrong.
- Deadline: not 180 days from the notice date as "the" deadline without saying receipt; never "60 days".
- The patient is a child: the mother writes as parent ("my son"), not as the patient; never "I was tested".
- Self-funded: no state insurance department complaint route; parity is irrelevant to COB.

## Arguments a strong letter makes
1. Quote SPD 11.3(a): a court decree decides first; enclose the decree (paragraph 9) and its fax confirmation.
2. The plan now has actual knowledge (11/12/2026); ask that the COB record be corrected to make this plan primary
   and the claim reprocessed and paid as primary.
3. State the appeal is timely: received 11/09/2026 (envelope/note), within 180 days of receipt.
4. Ask that the plan's address record send notices to the mother, the subscriber.

## What a letter must NOT say
- That the father's plan denied or paid anything; that the child lives with the mother.
- That medical necessity or coding is in dispute; that an external review is available now.
- That the deadline is 01/2027 or "60 days"; that the decree was sent before the denial.
""",
[
("Claim number", "LBA-26-0914-771204", "denial/eob-2026-11-02.txt"),
("Date of the denial notice", "11/02/2026", "denial/eob-2026-11-02.txt"),
("CARC on the notice", "CO-22", "denial/eob-2026-11-02.txt"),
("Rule the denial applied", "custodial parent rule", "denial/eob-2026-11-02.txt"),
("Plan the denial called primary", "Copperline Logistics Employee PPO", "denial/eob-2026-11-02.txt"),
("Appeal window the notice gives", "within 180 days of receipt of this notice", "denial/eob-2026-11-02.txt"),
("Where the notice was mailed", "77 Birchwood Lane, Ypsilanti", "denial/eob-2026-11-02.txt"),
("Day the mother received the notice", "11/09/2026", "other/envelope-and-forwarding-note.txt"),
("Postmark", "postmarked 11/03/2026", "other/envelope-and-forwarding-note.txt"),
("SPD rule that comes first", "If a court decree states that one of the parents is responsible", "other/spd-section-11-3-excerpt.txt"),
("When the custodial parent rule applies", "If there is no such court decree", "other/spd-section-11-3-excerpt.txt"),
("Decree paragraph on health coverage", "Paragraph 9. Health care: the mother shall provide health care coverage", "other/divorce-decree-excerpt.txt"),
("Who has physical custody", "the father shall have primary physical custody", "other/divorce-decree-excerpt.txt"),
("Day the decree was sent to the plan", "11/12/2026", "other/divorce-decree-excerpt.txt"),
("Testing dates", "09/14/2026 and 09/21/2026", "clinical/testing-report-2026-09-28.txt"),
("Plan funding", "self-funded", "other/spd-section-11-3-excerpt.txt"),
])

# ---------------------------------------------------------------- case 02
case("02", "medicare-advantage-preservice-tms-delegated-group-notice-wrong-address-and-60-days-physician-files",
"""# FICTIONAL CASE (set 84, case 02) - every person, plan, provider, number and address is invented.
# Medicare Advantage HMO, Arizona. Pre-service TMS denied 11/20/2026 by the plan's delegated medical group, which
# tells her to appeal to the group "within 60 days". True: standard pre-service reconsideration by the MA plan
# (EOC Chapter 9 address), 65 days from the notice date: 01/24/2027 (a Sunday: send by Friday 01/22/2027).
# The treating psychiatrist files; a physician needs no appointment for a pre-service reconsideration.
patient:
  name: Dolores Achebe-Whitcombe
  salutation: Mrs. Achebe-Whitcombe
  date_of_birth: 1955-06-30
  member_id: FICT-SSA-H30991427
  address: |-
    6120 East Calle Arroyo
    Tucson, AZ 85750
  phone: (520) 555-0133
insurer:
  name: Saguaro Senior Advantage HMO (FICTIONAL)
  appeals_address: |-
    Saguaro Senior Advantage, Appeals and Grievances Department (FICTIONAL)
    PO Box 81907
    Phoenix, AZ 85071
  fax: (602) 555-0181
claim:
  number: DCMG-UM-26-1118-04471
  plan_type: medicare_advantage
  notice_date: 2026-11-20
  appeal_deadline: 2027-01-24
  deadline_basis: >-
    65 days from the date of the notice (42 CFR 422.582(b)); the notice's "60 days" is the old window. 01/24/2027
    is a Sunday: send by Friday 01/22/2027.
  procedure_codes: ["90867", "90868"]
  diagnosis_codes: [F33.2]
  pending_services: 36
  denial_reason: >-
    Your request for transcranial magnetic stimulation (TMS) is denied. Desert Crest Medical Group guideline
    DC-TMS-2, criterion 4, requires a trial of evidence-based psychotherapy. The records received do not show a
    trial of psychotherapy.
  denial_category: medical_necessity
  action: none
  reviewer:
    name: Corwin Haldane-Ruiz, MD
    specialty: family medicine
plan_policy:
  name: Desert Crest Medical Group guideline DC-TMS-2
  number: DC-TMS-2
  quote: >-
    Criterion 4: The member has had a trial of evidence-based psychotherapy of adequate frequency and duration
    without significant improvement.
  file: denial/notice-of-denial-2026-11-20.txt
payer_criteria:
  - criterion: "4. A trial of evidence-based psychotherapy of adequate frequency and duration without significant improvement"
    how_met: 18 sessions of cognitive behavioral therapy, weekly, 02/04/2026 to 06/10/2026; PHQ-9 21 before and 20 after
    met: true
    evidence: {file: clinical/therapy-summary-2026-06-15.txt, page: 1}
treatment:
  name: transcranial magnetic stimulation (TMS)
  plan: 36 sessions over about 9 weeks, with PHQ-9 every 5 sessions.
clinical:
  severity: PHQ-9 22 on 11/09/2026
  severity_date: 2026-11-09
  history:
    - {drug: sertraline, dose: 200 mg daily, start: 2024-01, end: 2024-06, outcome: no response}
    - {drug: bupropion XL, dose: 450 mg daily, start: 2024-08, end: 2025-02, outcome: no response}
    - {drug: venlafaxine XR, dose: 225 mg daily, start: 2025-03, end: 2025-10, outcome: intolerance (blood pressure rise)}
    - {drug: cognitive behavioral therapy, kind: psychotherapy, dose: 18 weekly sessions, start: 2026-02-04, end: 2026-06-10, outcome: no significant improvement}
author:
  name: Rafael Quintanilla-Moss
  relation: physician
  role: treating psychiatrist (MD)
  address: |-
    Sonoran Mind Clinic (FICTIONAL), 3300 North Campbell Avenue
    Tucson, AZ 85719
  phone: (520) 555-0159
  fax: (520) 555-0160
  email: rqm@sonoranmind.example
provider:
  name: Rafael Quintanilla-Moss
  credentials: MD
  npi: "{NPI2}"
  phone: (520) 555-0159
""",
{
"denial/notice-of-denial-2026-11-20.txt": """DESERT CREST MEDICAL GROUP (FICTIONAL) - a contracted medical group of Saguaro Senior Advantage HMO
NOTICE OF DENIAL OF MEDICAL COVERAGE
Date: 11/20/2026
Member: Dolores Achebe-Whitcombe   Member ID: FICT-SSA-H30991427   Reference: DCMG-UM-26-1118-04471
Requested by: Rafael Quintanilla-Moss, MD (NPI {NPI2})   Service: TMS, 36 sessions (90867, 90868)   Diagnosis: F33.2
Decision: Your request for transcranial magnetic stimulation (TMS) is denied. Desert Crest Medical Group guideline
DC-TMS-2, criterion 4, requires a trial of evidence-based psychotherapy. The records received do not show a trial of
psychotherapy.
Criterion 4: The member has had a trial of evidence-based psychotherapy of adequate frequency and duration without
significant improvement.
Reviewed by: Corwin Haldane-Ruiz, MD (family medicine)

If you disagree, you may appeal to Desert Crest Medical Group Utilization Management, 1450 West Grant Road,
Tucson, AZ 85745, within 60 days of the date of this notice.""",
"other/evidence-of-coverage-chapter-9-excerpt.txt": """SAGUARO SENIOR ADVANTAGE HMO (FICTIONAL) - 2026 EVIDENCE OF COVERAGE, CHAPTER 9 (excerpt)
Section 5.3 Step 1: You ask our plan to reconsider a coverage decision (an "appeal"). A decision made by one of our
contracted medical groups is a coverage decision by our plan. Send your appeal to Saguaro Senior Advantage,
Appeals and Grievances Department, PO Box 81907, Phoenix, AZ 85071, or fax (602) 555-0181.
You must make your appeal request within 65 calendar days from the date on the written notice we sent.
Your doctor may ask us for a standard appeal about medical care you have not yet received on your behalf.
We will give you our answer for a standard appeal about medical care within 30 calendar days.""",
"clinical/therapy-summary-2026-06-15.txt": """SAGE HOLLOW COUNSELING (FICTIONAL) - PSYCHOTHERAPY TREATMENT SUMMARY
Date: 06/15/2026
Client: Dolores Achebe-Whitcombe   DOB: 06/30/1955
Therapist: Mireille Sandoval-Brecht, LCSW
Treatment: cognitive behavioral therapy, 18 weekly sessions, 02/04/2026 to 06/10/2026.
PHQ-9: 21 at intake, 20 at session 18. No significant improvement; referred back to psychiatry.""",
"clinical/psychiatry-note-2026-11-09.txt": """SONORAN MIND CLINIC (FICTIONAL) - PSYCHIATRIC FOLLOW-UP
Date: 11/09/2026
Patient: Dolores Achebe-Whitcombe   Clinician: Rafael Quintanilla-Moss, MD (NPI {NPI2})
PHQ-9 22. Trials: sertraline 200 mg (no response), bupropion XL 450 mg (no response), venlafaxine XR 225 mg (stopped
for blood pressure rise). CBT 18 sessions in 2026 without improvement (summary of 06/15/2026 in chart; it was not
included in the records the group requested on 11/16/2026, which asked only for medication notes).
Plan: TMS, 36 sessions.""",
},
"""# FICTIONAL TRUTH FILE - 02 - Medicare Advantage: pre-service reconsideration of a delegated group's denial (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Mrs. Achebe-Whitcombe (71) is in Saguaro Senior Advantage HMO. The plan's contracted medical group (Desert Crest)
  denied pre-service TMS on 11/20/2026 under the group's guideline DC-TMS-2 criterion 4 ("no psychotherapy trial").
- The record shows 18 weekly CBT sessions 02/04-06/10/2026, PHQ-9 21 -> 20 (therapy summary 06/15/2026); the group's
  records request asked only for medication notes.
- **Level:** standard pre-service reconsideration by the Medicare Advantage plan (42 CFR 422.578-422.590); the group's
  decision is the plan's organization determination (EOC Ch. 9 s5.3). Send to the plan's Appeals and Grievances
  address, not (only) to the group.
- **True deadline: 01/24/2027** - 65 days from the notice date (42 CFR 422.582(b), EOC "65 calendar days"); it is a
  Sunday, so send by Friday 01/22/2027. The notice's "60 days" is wrong (old rule).
- Decision time: 30 days (standard pre-service, 422.590(a)); TMS is not a Part B drug, so not 7 days. Expedited
  (72 h, 422.584) only if the physician says waiting could seriously jeopardize health - not claimed here.
- Author: the treating psychiatrist; a physician may request a standard pre-service reconsideration without being
  appointed (422.578(c); EOC). No CMS-1696 needed.

## Deliberately unknown
- Whether DC-TMS-2 is more restrictive than Medicare's coverage rules (no LCD is in the case).
- The reviewer's qualifications beyond "family medicine".

## Traps
- "Appeal to Desert Crest within 60 days" - wrong place to rely on and wrong window.
- Not a payment appeal; no claim was filed; no "amount billed".
- Medicare Advantage: no ERISA, no ACA external review, no state insurance department, no parity law. An upheld
  denial goes to the IRE automatically (422.592).
- Not a Part B drug: never "7 days".

## Arguments a strong letter makes
1. Criterion 4 is met: 18 CBT sessions with no significant improvement (therapy summary, Exhibit).
2. The records the group asked for omitted psychotherapy; the plan must now weigh them.
3. Name the level: standard pre-service reconsideration by the plan, filed by the treating physician, within 65 days.
4. Ask for a physician reviewer with appropriate expertise in psychiatry (42 CFR 422.590) who took no part in the denial.

## What a letter must NOT say
- "within 60 days"; that the patient signed an appointment of representative; that TMS is a Part B drug.
- That psychotherapy was not tried; that the letter is a second-level or payment appeal.
- ERISA, 45 CFR 147.136, parity citations.
""",
[
("Reference number", "DCMG-UM-26-1118-04471", "denial/notice-of-denial-2026-11-20.txt"),
("Notice date", "11/20/2026", "denial/notice-of-denial-2026-11-20.txt"),
("Guideline applied", "DC-TMS-2, criterion 4", "denial/notice-of-denial-2026-11-20.txt"),
("Who decided", "Desert Crest Medical Group", "denial/notice-of-denial-2026-11-20.txt"),
("Reviewer specialty", "family medicine", "denial/notice-of-denial-2026-11-20.txt"),
("Window the notice gives (wrong)", "within 60 days of the date of this notice", "denial/notice-of-denial-2026-11-20.txt"),
("Window in the EOC", "within 65 calendar days from the date on the written notice", "other/evidence-of-coverage-chapter-9-excerpt.txt"),
("Where appeals go per EOC", "PO Box 81907, Phoenix, AZ 85071", "other/evidence-of-coverage-chapter-9-excerpt.txt"),
("Group decision is the plan's", "A decision made by one of our contracted medical groups is a coverage decision by our plan", "other/evidence-of-coverage-chapter-9-excerpt.txt"),
("Doctor may file", "Your doctor may ask us for a standard appeal", "other/evidence-of-coverage-chapter-9-excerpt.txt"),
("Decision time", "within 30 calendar days", "other/evidence-of-coverage-chapter-9-excerpt.txt"),
("CBT sessions", "18 weekly sessions", "clinical/therapy-summary-2026-06-15.txt"),
("CBT dates", "02/04/2026 to 06/10/2026", "clinical/therapy-summary-2026-06-15.txt"),
("PHQ-9 before/after CBT", "21 at intake, 20 at session 18", "clinical/therapy-summary-2026-06-15.txt"),
("Current PHQ-9", "PHQ-9 22", "clinical/psychiatry-note-2026-11-09.txt"),
("What the records request asked for", "asked only for medication notes", "clinical/psychiatry-note-2026-11-09.txt"),
])

# ---------------------------------------------------------------- case 03
case("03", "medicaid-managed-care-fair-hearing-network-gap-iop-notice-says-30-days-true-120-from-resolution-advocate",
"""# FICTIONAL CASE (set 84, case 03) - every person, plan, provider, number and address is invented.
# Medicaid managed care, Pennsylvania, adult 45. Out-of-network eating-disorder IOP denied "in-network providers
# available"; plan appeal upheld in the notice of resolution dated 10/01/2026 (postmarked 10/20), which says "30 days"
# for a State Fair Hearing. True: 120 calendar days from the notice of resolution, 42 CFR 438.408(f)(2): 01/29/2027.
# A legal-aid advocate writes with the state's authorized representative form.
patient:
  name: Yesenia Marrero-Kowalczyk
  salutation: Ms. Marrero-Kowalczyk
  date_of_birth: 1981-02-11
  member_id: FICT-KVH-M70214455
  address: |-
    1907 Tilghman Street, Apt 3
    Allentown, PA 18104
  phone: (610) 555-0117
insurer:
  name: Keystone Valley Health Partners (FICTIONAL), a Medicaid managed care plan
  appeals_address: |-
    Keystone Valley Health Partners, Member Appeals (FICTIONAL)
    PO Box 22710
    Bethlehem, PA 18016
  fax: (610) 555-0175
claim:
  number: KVH-PA-26-0806-19233
  plan_type: medicaid
  delivery: managed_care
  notice_date: 2026-08-12
  setting: intensive_outpatient
  diagnosis_codes: [F50.9]
  denial_reason: >-
    Your request for out-of-network services at Laurel Ridge Eating Disorder Center is denied. In-network
    providers are available to provide this service.
  denial_category: out_of_network
  denial_reasons: [out_of_network]
  action: none
external_review:
  agency: Department of Human Services, Bureau of Hearings and Appeals (FICTIONAL address)
  address: |-
    Bureau of Hearings and Appeals (FICTIONAL)
    PO Box 60551
    Harrisburg, PA 17106
  final_denial_date: 2026-10-01
decisions:
  - date: 2026-10-01
    outcome: denied
    stage: plan appeal
    opens: state fair hearing
    next_deadline: 2027-01-29
    reason: >-
      Two in-network intensive outpatient eating disorder programs are available: Lehigh Valley Nourish IOP and
      Susquehanna Eating Disorder Program. Your appeal is denied.
    corrections:
      - said: Two in-network intensive outpatient eating disorder programs are available
        record: >-
          Lehigh Valley Nourish IOP wrote on 08/20/2026 that it is closed to new patients until March 2027;
          Susquehanna Eating Disorder Program is 138 miles from the member's home, beyond the handbook's 60 miles.
        file: [other/network-contacts-log.txt, other/member-handbook-access-standards.txt]
network:
  - name: Lehigh Valley Nourish IOP
    date: 2026-08-20
    outcome: closed to new patients until March 2027
    evidence: {file: other/network-contacts-log.txt, page: 1}
  - name: Susquehanna Eating Disorder Program
    date: 2026-08-21
    outcome: accepting patients; 138 miles from home (about 2 hours 40 minutes each way)
    evidence: {file: other/network-contacts-log.txt, page: 1}
  - name: Keystone Valley member services (care coordinator)
    date: 2026-08-24
    outcome: no other in-network eating disorder IOP; suggested the two above
    evidence: {file: other/network-contacts-log.txt, page: 1}
plan_policy:
  name: Member Handbook, Section 4.2 (How far you have to travel)
  quote: >-
    We will make sure you can get behavioral health outpatient care within 60 miles of your home. If we cannot
    give you a provider in our network who can treat you within these standards, we will cover the care from a
    provider outside our network at no extra cost to you.
  file: other/member-handbook-access-standards.txt
treatment:
  name: eating disorder intensive outpatient program (IOP)
  summary: Three-hour sessions four days a week for restrictive eating with medical complications.
template: external-review-request
author:
  name: Danielle Okonkwo-Hartley
  relation: representative
  role: staff attorney, Lehigh Legal Aid Project (FICTIONAL)
  address: |-
    Lehigh Legal Aid Project (FICTIONAL), 520 Hamilton Street, Suite 400
    Allentown, PA 18101
  phone: (610) 555-0139
  email: dokonkwo@lehighlegalaid.example
  authorization: other/authorized-representative-form-2026-11-30.txt
""",
{
"denial/notice-of-resolution-2026-10-01.txt": """KEYSTONE VALLEY HEALTH PARTNERS (FICTIONAL) - NOTICE OF APPEAL RESOLUTION
Date: 10/01/2026
Member: Yesenia Marrero-Kowalczyk   Member ID: FICT-KVH-M70214455   Reference: KVH-PA-26-0806-19233
Your appeal received 08/25/2026 about our 08/12/2026 denial of out-of-network services at Laurel Ridge Eating
Disorder Center has been decided.
Decision: Two in-network intensive outpatient eating disorder programs are available: Lehigh Valley Nourish IOP and
Susquehanna Eating Disorder Program. Your appeal is denied.
Your right to a State Fair Hearing: If you disagree, you may ask for a State Fair Hearing within 30 days of the
date of this letter. Write to the Bureau of Hearings and Appeals, PO Box 60551, Harrisburg, PA 17106.

[Envelope, kept by the member: postmarked 10/20/2026.]""",
"denial/initial-denial-2026-08-12.txt": """KEYSTONE VALLEY HEALTH PARTNERS (FICTIONAL) - NOTICE OF ADVERSE BENEFIT DETERMINATION
Date: 08/12/2026
Member: Yesenia Marrero-Kowalczyk   Member ID: FICT-KVH-M70214455   Reference: KVH-PA-26-0806-19233
Requested: eating disorder intensive outpatient program at Laurel Ridge Eating Disorder Center (out of network),
requested by Corinne Abernathy-Sole, MD (NPI {NPI3}).
Decision: Your request for out-of-network services at Laurel Ridge Eating Disorder Center is denied. In-network
providers are available to provide this service.
You may appeal to us within 60 days of the date of this notice.""",
"other/network-contacts-log.txt": """NETWORK CONTACTS LOG - kept by Lehigh Legal Aid Project (FICTIONAL) from the member's notes and letters
08/20/2026 Lehigh Valley Nourish IOP (in network): letter - "closed to new patients until March 2027".
08/21/2026 Susquehanna Eating Disorder Program (in network): accepting; 138 miles from the member's home, about 2 hours
40 minutes each way by car; the member has no car; no transit route.
08/24/2026 Keystone Valley care coordinator (call reference KV-CC-0824-3318): no other in-network eating disorder IOP;
named the same two programs.
Laurel Ridge Eating Disorder Center (out of network): 9 miles from home; can start within 2 weeks; willing to sign a
single-case agreement.""",
"other/member-handbook-access-standards.txt": """KEYSTONE VALLEY HEALTH PARTNERS (FICTIONAL) - MEMBER HANDBOOK 2026, SECTION 4.2 (excerpt)
How far you have to travel: We will make sure you can get behavioral health outpatient care within 60 miles of your
home. If we cannot give you a provider in our network who can treat you within these standards, we will cover the care
from a provider outside our network at no extra cost to you.""",
"other/authorized-representative-form-2026-11-30.txt": """COMMONWEALTH FAIR HEARING AUTHORIZED REPRESENTATIVE FORM (FICTIONAL VERSION)
I, Yesenia Marrero-Kowalczyk (Member ID FICT-KVH-M70214455), name Danielle Okonkwo-Hartley, staff attorney, Lehigh
Legal Aid Project, as my authorized representative for my appeal and State Fair Hearing about Keystone Valley
Health Partners reference KVH-PA-26-0806-19233.
Signed: Yesenia Marrero-Kowalczyk   Date: 11/30/2026""",
"clinical/physician-letter-2026-08-06.txt": """LEHIGH FAMILY PRACTICE (FICTIONAL) - REFERRAL FOR EATING DISORDER IOP
Date: 08/06/2026
Patient: Yesenia Marrero-Kowalczyk   Physician: Corinne Abernathy-Sole, MD (NPI {NPI3})
Restrictive eating with weight loss of 14% in five months, bradycardia (heart rate 48), and low potassium in July.
Outpatient therapy alone has not stopped the weight loss. I recommend an eating disorder intensive outpatient
program now; delay risks hospital admission.""",
},
"""# FICTIONAL TRUTH FILE - 03 - Medicaid managed care: State Fair Hearing, network gap (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Ms. Marrero-Kowalczyk (45) is in Keystone Valley Health Partners, a Medicaid managed care plan (PA). The plan
  denied out-of-network eating-disorder IOP on 08/12/2026 ("in-network providers are available"); her plan appeal
  (received 08/25) was denied in the notice of resolution dated 10/01/2026 (envelope postmarked 10/20/2026).
- One in-network program is closed to new patients until March 2027; the other is 138 miles away, beyond the
  handbook's 60-mile standard; the coordinator found no other. Handbook 4.2 promises out-of-network care at no
  extra cost when no network provider meets the standard (and 42 CFR 438.206(b)(4)).
- **Level:** State Fair Hearing (the plan appeal is exhausted).
- **True deadline: 01/29/2027** - 120 calendar days from the date of the notice of resolution, 42 CFR 438.408(f)(2).
  The notice's "30 days" (10/31/2026) is wrong; the postmark does not move the count (counted from the notice date).
- Author: legal-aid attorney with the member's signed authorized representative form (11/30/2026).

## Deliberately unknown
- Whether Pennsylvania would extend the date for the late mailing (not needed: 01/29/2027 is still open).
- Whether the plan ever considered a single-case agreement with Laurel Ridge.
- Whether an expedited hearing could be granted (the physician warns of hospital risk but certifies no urgency).

## Traps
- Do not treat 10/31/2026 as passed-and-fatal or ask for "good cause": the hearing request is timely.
- Do not file another plan appeal; not a second-level plan appeal; no "external review" under 45 CFR 147.136.
- No continuation of benefits: this was a new request (no care was reduced or ended).
- ERISA rights (experts' names) are not cited as duties; Medicaid is not under MHPAEA's ERISA provisions.

## Arguments a strong letter makes
1. Name the level: request for a State Fair Hearing after the plan's notice of resolution of 10/01/2026, filed within
   120 days (438.408(f)(2)); the notice's 30 days misstates the window.
2. Correct the resolution's statement: one program closed to new patients, the other 138 miles away (log, handbook).
3. Handbook 4.2 and 42 CFR 438.206(b)(4): the plan must cover the out-of-network program while its network cannot.
4. Clinical stakes: 14% weight loss, bradycardia, low potassium (physician letter).

## What a letter must NOT say
- That the hearing is due within 30 days or is late; that the notice was received 10/01.
- That the member can drive to Susquehanna; that no in-network program exists at all (two are listed, neither usable).
- That the care was authorized and is being cut.
""",
[
("Reference number", "KVH-PA-26-0806-19233", "denial/notice-of-resolution-2026-10-01.txt"),
("Date of the notice of resolution", "Date: 10/01/2026", "denial/notice-of-resolution-2026-10-01.txt"),
("Postmark", "postmarked 10/20/2026", "denial/notice-of-resolution-2026-10-01.txt"),
("Hearing window the notice states (wrong)", "within 30 days of the date of this letter", "denial/notice-of-resolution-2026-10-01.txt"),
("Programs the plan named", "Lehigh Valley Nourish IOP and Susquehanna Eating Disorder Program", "denial/notice-of-resolution-2026-10-01.txt"),
("Plan appeal received", "received 08/25/2026", "denial/notice-of-resolution-2026-10-01.txt"),
("Initial denial date", "08/12/2026", "denial/initial-denial-2026-08-12.txt"),
("Initial denial reason", "In-network providers are available to provide this service", "denial/initial-denial-2026-08-12.txt"),
("Nourish IOP status", "closed to new patients until March 2027", "other/network-contacts-log.txt"),
("Distance to Susquehanna", "138 miles", "other/network-contacts-log.txt"),
("Coordinator call reference", "KV-CC-0824-3318", "other/network-contacts-log.txt"),
("Handbook distance standard", "within 60 miles of your home", "other/member-handbook-access-standards.txt"),
("Handbook out-of-network promise", "we will cover the care from a provider outside our network at no extra cost to you", "other/member-handbook-access-standards.txt"),
("Representative form signed", "Date: 11/30/2026", "other/authorized-representative-form-2026-11-30.txt"),
("Weight loss", "14% in five months", "clinical/physician-letter-2026-08-06.txt"),
("Heart rate", "heart rate 48", "clinical/physician-letter-2026-08-06.txt"),
])

# ---------------------------------------------------------------- case 04
case("04", "fehb-emergency-admission-precert-business-days-reprocessed-eob-clock-from-first-decision-patient",
"""# FICTIONAL CASE (set 84, case 04) - every person, plan, provider, number and address is invented.
# FEHB High Option, Virginia. Emergency psychiatric admission Saturday 05/02/2026-05/09/2026; hospital called for
# precertification Tuesday 05/05 (the 2nd business day, as the brochure requires). EOB 06/10/2026 denied "not within
# 2 business days"; corrected claim reprocessed, denied again 09/01/2026. Carrier reconsideration: 6 months from the
# first decision (5 CFR 890.105(b)(1)) -> 12/10/2026 (safe); even late, the brochure sets a $500 reduction, not denial.
patient:
  name: Gareth Nwachukwu-Ferreira
  salutation: Mr. Nwachukwu-Ferreira
  date_of_birth: 1974-01-19
  member_id: FICT-CFE-R61450028
  address: |-
    2904 Willow Oak Drive
    Richmond, VA 23225
  phone: (804) 555-0121
  email: gnferreira@mail.example
insurer:
  name: Chesapeake Federal Employees Health Plan, High Option (FICTIONAL)
  appeals_address: |-
    Chesapeake Federal Employees Health Plan, Reconsideration Unit (FICTIONAL)
    PO Box 33019
    Norfolk, VA 23510
  fax: (757) 555-0164
claim:
  number: CFE-26-0502-540117
  other_numbers: [CFE-26-0502-540117-C1]
  plan_type: fehb
  notice_date: 2026-06-10
  appeal_deadline: 2026-12-10
  deadline_basis: >-
    6 months from the carrier's initial decision of 06/10/2026 (brochure Section 8, Step 1; 5 CFR 890.105(b)(1)).
    The reprocessed denial of 09/01/2026 may give a later date; the earlier one is the safe one.
  service_dates: [2026-05-02, 2026-05-09]
  inpatient: true
  setting: inpatient
  revenue_codes: ["0114"]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-197]
  denial_reason: >-
    Precertification was not requested within 2 business days following the emergency admission. Admission
    05/02/2026; precertification request received 05/05/2026.
  denial_category: prior_authorization
  denial_reasons: [prior_authorization]
  action: none
prior_auth:
  requested_on: 2026-05-05
  reason_missing: >-
    It was not missing: the hospital telephoned for precertification on Tuesday 05/05/2026 (reference
    PC-26-0505-7781), the second business day following the Saturday 05/02/2026 emergency admission.
  missed_notice:
    quote: >-
      If no one contacts us for precertification, we will reduce the benefits for the inpatient hospital stay by
      $500.
    penalty: $500 reduction of the inpatient benefit
plan_policy:
  name: Chesapeake Federal Employees Health Plan 2026 Brochure, Section 3 (Emergency inpatient admission)
  quote: >-
    If you have an emergency admission, you, your representative, the physician or the hospital must telephone us
    within two business days following the day of the emergency admission, even if you have been discharged from
    the hospital. If no one contacts us for precertification, we will reduce the benefits for the inpatient
    hospital stay by $500.
  file: other/brochure-section-3-excerpt.txt
treatment:
  name: emergency inpatient psychiatric admission
author:
  name: Gareth Nwachukwu-Ferreira
  relation: patient
""",
{
"denial/eob-2026-06-10.txt": """CHESAPEAKE FEDERAL EMPLOYEES HEALTH PLAN (FICTIONAL) - EXPLANATION OF BENEFITS
Date of notice: 06/10/2026
Member: Gareth Nwachukwu-Ferreira   Member ID: FICT-CFE-R61450028   Enrollment: Self Only, High Option
Claim number: CFE-26-0502-540117
Provider: Rivermont Behavioral Hospital (FICTIONAL) (NPI {NPI4})
Dates of service: 05/02/2026 through 05/09/2026 (inpatient)   Revenue code: 0114   Diagnosis: F33.2
Billed: $16,240.00   Allowed: $0.00   Plan paid: $0.00
Adjustment: CO-197
Reason: Precertification was not requested within 2 business days following the emergency admission. Admission
05/02/2026; precertification request received 05/05/2026.
If you disagree with our decision, see Section 8 of your brochure. You may ask us to reconsider within 6 months
from the date of our decision.""",
"denial/eob-reprocessed-2026-09-01.txt": """CHESAPEAKE FEDERAL EMPLOYEES HEALTH PLAN (FICTIONAL) - EXPLANATION OF BENEFITS (REPROCESSED)
Date of notice: 09/01/2026
Member: Gareth Nwachukwu-Ferreira   Member ID: FICT-CFE-R61450028
Claim number: CFE-26-0502-540117-C1 (corrected claim, frequency code 7, replacing CFE-26-0502-540117)
Dates of service: 05/02/2026 through 05/09/2026 (inpatient)
Plan paid: $0.00   Adjustment: CO-197
Reason: Original denial upheld on reprocessing. Precertification was not requested within 2 business days.
If you disagree with our decision, see Section 8 of your brochure.""",
"other/brochure-section-3-excerpt.txt": """CHESAPEAKE FEDERAL EMPLOYEES HEALTH PLAN (FICTIONAL) - 2026 BROCHURE (excerpts)
Section 3, Emergency inpatient admission: If you have an emergency admission, you, your representative, the physician
or the hospital must telephone us within two business days following the day of the emergency admission, even if
you have been discharged from the hospital. If no one contacts us for precertification, we will reduce the benefits
for the inpatient hospital stay by $500.
Section 8, Step 1: Ask us in writing to reconsider our initial decision. You must write to us within 6 months from
the date of our decision. Step 3: If we uphold our decision, you may ask OPM to review it within 90 days after the
date of our letter upholding our initial decision.""",
"other/hospital-precert-call-record-2026-05-05.txt": """RIVERMONT BEHAVIORAL HOSPITAL (FICTIONAL) - UTILIZATION REVIEW CALL RECORD
Patient: Gareth Nwachukwu-Ferreira   Admitted: Saturday 05/02/2026, 11:40 pm, through the emergency department
Call to Chesapeake Federal precertification line, 1-800-555-0166: Tuesday 05/05/2026, 9:12 am.
Carrier reference: PC-26-0505-7781. Representative: "notification logged; clinical review to follow."
Business days after the day of admission: Monday 05/04/2026 (1), Tuesday 05/05/2026 (2).
Concurrent review call 05/07/2026: carrier reviewer asked for the discharge plan; no denial of days was issued.""",
"clinical/discharge-summary-2026-05-09.txt": """RIVERMONT BEHAVIORAL HOSPITAL (FICTIONAL) - DISCHARGE SUMMARY
Patient: Gareth Nwachukwu-Ferreira   Admission 05/02/2026 (emergency, suicidal intent with a plan)   Discharge 05/09/2026
Attending: Nadia Ferreira-Lukas, MD (NPI {NPI5})
Course: safety monitoring, medication change, discharge to intensive outpatient care.""",
},
"""# FICTIONAL TRUTH FILE - 04 - FEHB: emergency admission precertified on time; clock from the first decision (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Mr. Nwachukwu-Ferreira (FEHB High Option) was admitted through the emergency department on Saturday 05/02/2026
  (11:40 pm) and discharged 05/09/2026. The hospital called the carrier on Tuesday 05/05/2026 (reference
  PC-26-0505-7781).
- Brochure Section 3: call "within two business days following the day of the emergency admission". Business days
  following Saturday 05/02: Monday 05/04 (1), Tuesday 05/05 (2). The call was on time. The carrier counted wrongly.
- Even if no one had called, the brochure's consequence is a **$500 reduction**, not a denial of the stay.
- Initial EOB 06/10/2026 (CO-197); the hospital's corrected claim (frequency 7, -C1) was reprocessed and denied again
  09/01/2026 - a reprocessing, not a reconsideration decision.
- **Level:** carrier reconsideration (FEHB Step 1); OPM review comes only after the carrier upholds.
- **True deadline: 12/10/2026** - 6 months from the date of the carrier's decision of 06/10/2026 (brochure Section 8,
  Step 1; 5 CFR 890.105(b)(1)). Counting from 09/01/2026 (03/01/2027) is not safe. Today is 12/07: send now (fax).

## Deliberately unknown
- Whether the carrier treats the 09/01 reprocessing as a new initial decision (not stated).
- Why the concurrent review of 05/07 produced no approval letter.

## Traps
- Not OPM review yet; not a "second-level" appeal; the 09/01 EOB is not a reconsideration decision.
- FEHB: no ERISA, no 45 CFR 147.136 external review, no state insurance department, no parity "right".
- Not a medical-necessity denial: no peer-to-peer, no reviewer demand.
- The patient writes: "I".

## Arguments a strong letter makes
1. The call on 05/05/2026 was within two business days following the day of admission (Saturday); enclose the call
   record with reference PC-26-0505-7781.
2. The brochure's own remedy for no call is a $500 reduction, never a denial of the whole stay.
3. Ask for reconsideration of both claim numbers (original and corrected) and payment.
4. State that the request is within 6 months of the 06/10/2026 decision.

## What a letter must NOT say
- That precertification was late or "requested on day 3 by mistake"; that the stay was approved in writing.
- That the deadline is 03/01/2027; that OPM should review now.
- Any ERISA/ACA citation.
""",
[
("Claim number", "CFE-26-0502-540117", "denial/eob-2026-06-10.txt"),
("First decision date", "Date of notice: 06/10/2026", "denial/eob-2026-06-10.txt"),
("Denial reason", "Precertification was not requested within 2 business days", "denial/eob-2026-06-10.txt"),
("Day precert request received", "precertification request received 05/05/2026", "denial/eob-2026-06-10.txt"),
("Window the notice gives", "within 6 months from the date of our decision", "denial/eob-2026-06-10.txt"),
("Reprocessed decision date", "Date of notice: 09/01/2026", "denial/eob-reprocessed-2026-09-01.txt"),
("Corrected claim number", "CFE-26-0502-540117-C1", "denial/eob-reprocessed-2026-09-01.txt"),
("Brochure precert time", "within two business days following the day of the emergency admission", "other/brochure-section-3-excerpt.txt"),
("Brochure consequence", "reduce the benefits for the inpatient hospital stay by $500", "other/brochure-section-3-excerpt.txt"),
("OPM window", "within 90 days after the date of our letter upholding", "other/brochure-section-3-excerpt.txt"),
("Admission day of week", "Saturday 05/02/2026", "other/hospital-precert-call-record-2026-05-05.txt"),
("Call reference", "PC-26-0505-7781", "other/hospital-precert-call-record-2026-05-05.txt"),
("Second business day", "Tuesday 05/05/2026 (2)", "other/hospital-precert-call-record-2026-05-05.txt"),
("Concurrent review", "no denial of days was issued", "other/hospital-precert-call-record-2026-05-05.txt"),
("Discharge date", "Discharge 05/09/2026", "clinical/discharge-summary-2026-05-09.txt"),
("Billed", "$16,240.00", "denial/eob-2026-06-10.txt"),
])

# ---------------------------------------------------------------- case 05
case("05", "tricare-select-ohi-excludes-php-co22-reconsideration-90-days-auth-on-file-parent",
"""# FICTIONAL CASE (set 84, case 05) - every person, plan, provider, number and address is invented.
# TRICARE Select, retired sponsor's daughter aged 16, Colorado. PHP 08/03-08/28/2026 (authorized AUTH-26-0731-5520)
# denied CO-22 "other health insurance must process first". The OHI (mother's small-employer HMO) later denied it as an
# excluded benefit (EOB 10/30/2026, after TRICARE's denial). Contractor reconsideration within 90 days of the
# notice date 10/14/2026 (32 CFR 199.10): 01/12/2027. The mother writes as parent.
patient:
  name: Anneliese Okafor-Brandt
  salutation: Anneliese
  date_of_birth: 2010-04-07
  member_id: FICT-DBN-A28876140
  address: |-
    1412 Red Cliff Way
    Colorado Springs, CO 80919
insurer:
  name: TRICARE West Region contractor, Frontier Range Health Services (FICTIONAL)
  appeals_address: |-
    Frontier Range Health Services, TRICARE Reconsiderations (FICTIONAL)
    PO Box 77205
    Denver, CO 80217
  fax: (303) 555-0142
claim:
  number: FRH-26-0803-881620
  plan_type: tricare
  notice_date: 2026-10-14
  appeal_deadline: 2027-01-12
  deadline_basis: >-
    90 days from the date of the initial determination (10/14/2026), 32 CFR 199.10 and the notice.
  service_dates: [2026-08-03, 2026-08-28]
  setting: partial_hospitalization
  revenue_codes: ["0912"]
  diagnosis_codes: [F32.2]
  carc_codes: [CO-22]
  denial_reason: >-
    This care may be covered by another payer per coordination of benefits. Other health insurance (OHI) on file:
    Granite Peak Outfitters Employee HMO. Submit the OHI explanation of benefits.
  denial_category: coordination_of_benefits
  denial_reasons: [coordination_of_benefits]
  action: none
other_coverage:
  plan: Granite Peak Outfitters Employee HMO
  member_is: dependent
  covered_here_as: dependent
  reported: 2026-08-10
  proof: [other/ohi-eob-2026-10-30.txt, other/ohi-questionnaire-sent-2026-08-10.txt]
record_dates:
  - file: other/ohi-eob-2026-10-30.txt
    date: 2026-10-30
prior_auth:
  approved:
    number: AUTH-26-0731-5520
    date: 2026-07-31
    covers: partial hospitalization program, 20 program days, 08/03/2026 through 08/28/2026
    quote: >-
      Authorization AUTH-26-0731-5520 is approved: partial hospitalization, 20 days, 08/03/2026 through
      08/28/2026, Aspen Crest Adolescent Program.
    file: other/authorization-2026-07-31.txt
    from: 2026-08-03
    through: 2026-08-28
treatment:
  name: adolescent partial hospitalization program (PHP)
author:
  name: Ingrid Okafor-Brandt
  relation: parent
  role: Anneliese's mother (the sponsor's spouse)
  address: |-
    1412 Red Cliff Way
    Colorado Springs, CO 80919
  phone: (719) 555-0114
  email: ingrid.ob@mail.example
provider:
  name: Aspen Crest Adolescent Program (FICTIONAL)
  npi: "{NPI6}"
""",
{
"denial/tricare-eob-2026-10-14.txt": """FRONTIER RANGE HEALTH SERVICES (FICTIONAL), TRICARE WEST REGION - TRICARE EXPLANATION OF BENEFITS
Date of notice: 10/14/2026
Beneficiary: Anneliese Okafor-Brandt (family member of retired sponsor)   DoD benefits number: FICT-DBN-A28876140
Program: TRICARE Select   Claim number: FRH-26-0803-881620
Provider: Aspen Crest Adolescent Program (FICTIONAL) (NPI {NPI6})
Dates of service: 08/03/2026 through 08/28/2026 (partial hospitalization, 20 days)   Revenue code: 0912
Billed: $18,400.00   TRICARE paid: $0.00   Adjustment: CO-22
Reason: This care may be covered by another payer per coordination of benefits. Other health insurance (OHI) on
file: Granite Peak Outfitters Employee HMO. Submit the OHI explanation of benefits.
Appeal rights: You may request a reconsideration. Your request must be postmarked or received within 90 days of
the date of this notice.""",
"other/ohi-eob-2026-10-30.txt": """GRANITE PEAK OUTFITTERS EMPLOYEE HMO (FICTIONAL) - EXPLANATION OF BENEFITS
Date: 10/30/2026
Subscriber: Ingrid Okafor-Brandt   Patient: Anneliese Okafor-Brandt (dependent)
Dates of service: 08/03/2026 through 08/28/2026   Provider: Aspen Crest Adolescent Program
Amount paid: $0.00
Reason: Excluded benefit. Partial hospitalization programs are not a covered benefit under this plan (Certificate
Section 7.4(m)). This is not a denial for missing information.""",
"other/authorization-2026-07-31.txt": """FRONTIER RANGE HEALTH SERVICES (FICTIONAL) - AUTHORIZATION APPROVAL
Date: 07/31/2026
Beneficiary: Anneliese Okafor-Brandt
Authorization AUTH-26-0731-5520 is approved: partial hospitalization, 20 days, 08/03/2026 through 08/28/2026, Aspen
Crest Adolescent Program.""",
"other/ohi-questionnaire-sent-2026-08-10.txt": """OTHER HEALTH INSURANCE QUESTIONNAIRE (copy kept by the family)
Sent to Frontier Range Health Services by upload 08/10/2026, confirmation UPL-0810-55291.
OHI: Granite Peak Outfitters Employee HMO, subscriber Ingrid Okafor-Brandt, dependent Anneliese.
Note written by the mother: "Their booklet says partial hospitalization is excluded - they will not pay." """,
"clinical/php-discharge-2026-08-28.txt": """ASPEN CREST ADOLESCENT PROGRAM (FICTIONAL) - PHP DISCHARGE SUMMARY
Date: 08/28/2026   Patient: Anneliese Okafor-Brandt, 16
Admitted to PHP 08/03/2026 after an emergency visit for self-harm; 20 program days; discharged to weekly therapy.""",
},
"""# FICTIONAL TRUTH FILE - 05 - TRICARE Select: other insurance excludes the care; reconsideration (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Anneliese (16) is a TRICARE Select family member of a retired sponsor, and a dependent on her mother's
  Granite Peak Outfitters Employee HMO (other health insurance, OHI).
- TRICARE's contractor authorized the PHP (AUTH-26-0731-5520, 20 days 08/03-08/28/2026) and then denied the claim
  10/14/2026, CO-22: "submit the OHI explanation of benefits".
- The OHI's EOB of 10/30/2026 (after TRICARE's denial) pays $0: PHP is an excluded benefit (Certificate 7.4(m)). With
  the OHI's denial in hand, TRICARE can process the claim (the OHI has paid what it will pay: nothing).
- **Level:** reconsideration by the regional contractor (first level; formal review by DHA comes after).
- **True deadline: 01/12/2027** - postmarked or received within 90 days of the date of the notice, 10/14/2026
  (32 CFR 199.10; the notice's own words).
- Author: the mother, as parent of a minor (16).

## Deliberately unknown
- Whether TRICARE will pay the full allowed amount or apply cost-shares (not in the case).
- Whether the OHI's exclusion is lawful (a small-employer plan; not at issue here).
- The sponsor's name and details (not needed).

## Traps
- Not a formal review or hearing; not DHA; not an OHI appeal (the OHI is not denying for missing information).
- The OHI EOB is dated after TRICARE's denial: it was never before the contractor; enclose it and say so.
- No ERISA, no 45 CFR 147.136, no state insurance department for TRICARE; no parity.
- The authorization was approved: never say "no authorization".
- The mother writes about her daughter ("my daughter"); the patient does not sign.

## Arguments a strong letter makes
1. The OHI has now processed the claim and paid nothing: the care is excluded under the OHI; enclose its EOB.
2. Ask the contractor to reprocess the claim with the OHI EOB and pay under TRICARE.
3. The care was authorized in advance (AUTH-26-0731-5520); the family reported the OHI on 08/10/2026.
4. Request is within 90 days of 10/14/2026.

## What a letter must NOT say
- That TRICARE is primary by law in every case; that the OHI coverage ended.
- That the OHI EOB was sent before 10/14/2026; that the deadline is 60 days or counts from receipt.
- Medical-necessity arguments or peer-to-peer requests.
""",
[
("Claim number", "FRH-26-0803-881620", "denial/tricare-eob-2026-10-14.txt"),
("Notice date", "Date of notice: 10/14/2026", "denial/tricare-eob-2026-10-14.txt"),
("CARC", "CO-22", "denial/tricare-eob-2026-10-14.txt"),
("OHI named", "Granite Peak Outfitters Employee HMO", "denial/tricare-eob-2026-10-14.txt"),
("Reconsideration window", "postmarked or received within 90 days of the date of this notice", "denial/tricare-eob-2026-10-14.txt"),
("Program", "TRICARE Select", "denial/tricare-eob-2026-10-14.txt"),
("Billed", "$18,400.00", "denial/tricare-eob-2026-10-14.txt"),
("OHI EOB date", "Date: 10/30/2026", "other/ohi-eob-2026-10-30.txt"),
("OHI reason", "Partial hospitalization programs are not a covered benefit under this plan", "other/ohi-eob-2026-10-30.txt"),
("OHI certificate section", "Section 7.4(m)", "other/ohi-eob-2026-10-30.txt"),
("OHI paid", "Amount paid: $0.00", "other/ohi-eob-2026-10-30.txt"),
("Authorization number", "AUTH-26-0731-5520", "other/authorization-2026-07-31.txt"),
("Authorized days", "20 days, 08/03/2026 through 08/28/2026", "other/authorization-2026-07-31.txt"),
("OHI reported", "UPL-0810-55291", "other/ohi-questionnaire-sent-2026-08-10.txt"),
("Day OHI reported", "08/10/2026", "other/ohi-questionnaire-sent-2026-08-10.txt"),
("Admission reason", "after an emergency visit for self-harm", "clinical/php-discharge-2026-08-28.txt"),
])

# ---------------------------------------------------------------- case 06
case("06", "marketplace-individual-one-internal-level-decision-offers-second-level-external-review-now-patient",
"""# FICTIONAL CASE (set 84, case 06) - every person, plan, provider, number and address is invented.
# Marketplace Silver plan, insured, Oregon. IV ketamine denied (MP-KET-40 crit. 3); internal appeal upheld 10/22/2026
# (received 10/26) and the letter offers a "second-level appeal with us within 60 days". An individual plan has ONE
# internal level (45 CFR 147.136(b)(3)): the 10/22 decision is final; external review within 4 months after receipt
# (by 02/26/2027; safe 02/22/2027 from the letter's date). The patient writes.
patient:
  name: Ibrahim Castellanos-Veit
  salutation: Mr. Castellanos-Veit
  date_of_birth: 1992-08-14
  member_id: FICT-CSH-I83306215
  address: |-
    5531 Southeast Division Street
    Portland, OR 97206
  phone: (503) 555-0119
  email: icveit@mail.example
insurer:
  name: Cascade Summit Health, Silver 3500 (FICTIONAL)
  appeals_address: |-
    Cascade Summit Health Appeals (FICTIONAL)
    PO Box 14480
    Portland, OR 97293
  fax: (503) 555-0177
claim:
  number: CSH-PA-26-0811-30581
  plan_type: individual_aca
  funding: insured
  student: false
  notice_date: 2026-08-18
  procedure_codes: ["96365", "96366", "J3490"]
  diagnosis_codes: [F33.2]
  pending_services: 6
  denial_reason: >-
    Medical policy MP-KET-40, criterion 3, requires failure of electroconvulsive therapy or a documented reason it
    is not appropriate. The records do not document either.
  denial_category: medical_necessity
  action: none
external_review:
  agency: Oregon Division of Financial Regulation, external review (FICTIONAL address)
  address: |-
    External Review Coordinator (FICTIONAL)
    PO Box 14580
    Salem, OR 97309
  final_denial_date: 2026-10-22
decisions:
  - date: 2026-10-22
    outcome: denied
    stage: internal appeal (first level)
    opens: external review
    next_deadline: 2027-02-22
    reason: >-
      We reviewed your appeal. Criterion 3 of MP-KET-40 is not met: the records do not document a trial of ECT or a
      reason it is not appropriate.
    corrections:
      - said: the records do not document a trial of ECT or a reason it is not appropriate
        record: >-
          The psychiatrist's note of 07/29/2026 (sent with the appeal on 09/03/2026) documents that I declined
          ECT after informed consent and that my work as a software developer depends on memory; the plan's
          criterion accepts a documented reason.
        file: clinical/psychiatry-note-2026-07-29.txt
plan_policy:
  name: Cascade Summit Health medical policy MP-KET-40 (Ketamine infusion for depression)
  number: MP-KET-40
  quote: >-
    Criterion 3: The member has not responded to an adequate course of electroconvulsive therapy (ECT), or ECT is
    not appropriate for the member for a documented reason, including informed refusal.
  file: other/mp-ket-40-excerpt.txt
treatment:
  name: IV ketamine infusions
  plan: six infusions over three weeks, 0.5 mg/kg over 40 minutes, with blood pressure and oxygen monitoring.
clinical:
  severity: MADRS 35 on 07/29/2026
  severity_date: 2026-07-29
  history:
    - {drug: escitalopram, dose: 20 mg daily, start: 2023-02, end: 2023-09, outcome: no response}
    - {drug: duloxetine, dose: 120 mg daily, start: 2023-10, end: 2024-06, outcome: "partial response, then relapse"}
    - {drug: aripiprazole, dose: 10 mg daily with duloxetine, kind: augmentation, start: 2024-03, end: 2024-06, outcome: no response}
    - {drug: mirtazapine, dose: 45 mg daily, start: 2024-09, end: 2025-05, outcome: no response}
template: external-review-request
author:
  name: Ibrahim Castellanos-Veit
  relation: patient
provider:
  name: Saoirse Delacroix-Yamamoto
  credentials: MD
  npi: "{NPI7}"
""",
{
"denial/appeal-decision-2026-10-22.txt": """CASCADE SUMMIT HEALTH (FICTIONAL) - INTERNAL APPEAL DECISION
Date: 10/22/2026
Member: Ibrahim Castellanos-Veit   Member ID: FICT-CSH-I83306215   Reference: CSH-PA-26-0811-30581
Plan: Silver 3500, individual coverage purchased through the Marketplace
Your appeal received 09/03/2026 about our denial of 08/18/2026 (IV ketamine infusions) has been reviewed.
Decision: We reviewed your appeal. Criterion 3 of MP-KET-40 is not met: the records do not document a trial of ECT or
a reason it is not appropriate.
Reviewer: Lorcan Whitfield-Baptiste, MD (psychiatry)
Your options: If you disagree, you may file a second-level appeal with us within 60 days of this letter. After our
second-level decision you may request an independent external review.""",
"denial/initial-denial-2026-08-18.txt": """CASCADE SUMMIT HEALTH (FICTIONAL) - PRIOR AUTHORIZATION DENIAL
Date: 08/18/2026
Member: Ibrahim Castellanos-Veit   Reference: CSH-PA-26-0811-30581
Requested by: Saoirse Delacroix-Yamamoto, MD (NPI {NPI7})   Service: IV ketamine infusions, six (96365, 96366, J3490)
Decision: Medical policy MP-KET-40, criterion 3, requires failure of electroconvulsive therapy or a documented reason
it is not appropriate. The records do not document either.
You may appeal within 180 days of receiving this notice.""",
"other/policy-booklet-appeals-excerpt.txt": """CASCADE SUMMIT HEALTH (FICTIONAL) - 2026 INDIVIDUAL POLICY BOOKLET, SECTION 10 (excerpt)
10.2 Internal appeal: You may file one internal appeal within 180 days after you receive our decision.
10.4 External review: After our internal appeal decision you may ask for an independent external review within 4
months after you receive our internal appeal decision.""",
"other/mp-ket-40-excerpt.txt": """CASCADE SUMMIT HEALTH (FICTIONAL) - MEDICAL POLICY MP-KET-40 (excerpt)
Criterion 3: The member has not responded to an adequate course of electroconvulsive therapy (ECT), or ECT is not
appropriate for the member for a documented reason, including informed refusal.""",
"other/mail-receipt-2026-10-26.txt": """USPS DELIVERY RECORD (copy kept by the member)
Item from Cascade Summit Health, Portland, OR - delivered to 5531 Southeast Division Street on 10/26/2026.""",
"clinical/psychiatry-note-2026-07-29.txt": """ROSE CITY PSYCHIATRY (FICTIONAL) - NOTE
Date: 07/29/2026   Patient: Ibrahim Castellanos-Veit   Clinician: Saoirse Delacroix-Yamamoto, MD (NPI {NPI7})
MADRS 35. Four trials failed (escitalopram, duloxetine, aripiprazole augmentation, mirtazapine).
ECT discussed in detail, including memory effects; the patient declined ECT after informed consent. His work as a
software developer depends on memory. Plan: IV ketamine, six infusions.
(Sent to the plan with the internal appeal on 09/03/2026.)""",
},
"""# FICTIONAL TRUTH FILE - 06 - Marketplace individual plan: external review now, not a "second level" (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Mr. Castellanos-Veit has an insured individual Marketplace Silver plan (Oregon). IV ketamine was denied pre-service
  08/18/2026 (MP-KET-40 crit. 3); his internal appeal (received 09/03/2026) was upheld 10/22/2026, delivered 10/26.
- Criterion 3 accepts "a documented reason, including informed refusal"; the 07/29/2026 note documents informed
  refusal of ECT and why - and it was sent with the appeal. The decision misstates the record.
- **Level:** external review. Individual coverage has one level of internal appeal (45 CFR 147.136(b)(3); the
  booklet 10.2 "one internal appeal"): the 10/22 decision is the final internal adverse benefit determination; the
  "second-level appeal with us" it offers is not required.
- **True deadline: 02/26/2027** - 4 months after receipt (10/26/2026) of the final internal decision (45 CFR
  147.136(c)/(d); booklet 10.4). Safe date counted from the letter's date: 02/22/2027.
- Medical judgment denial: external review is available. Care still pending (six infusions).

## Deliberately unknown
- Whether Oregon's external review process or the federal one applies (assume the state's for insured coverage).
- Whether the patient's condition qualifies for expedited external review (no physician certification in file).

## Traps
- Do not file a "second-level appeal" or wait for one; do not count 60 days from 10/22.
- Not ERISA (individual coverage): no 29 CFR 2560.503-1 citations; no employer.
- The reviewer was a psychiatrist: do not say the reviewer lacked the specialty.
- The patient writes: "I".

## Arguments a strong letter makes
1. This is a request for external review of the final internal decision of 10/22/2026, filed within 4 months of
   receipt (10/26/2026); the plan's offer of a second level does not delay or block it.
2. Criterion 3 is met by documented informed refusal (note of 07/29/2026), which the plan had since 09/03/2026.
3. Four failed trials, MADRS 35: the care is medically necessary under the plan's own policy.

## What a letter must NOT say
- That the note was new or never sent; that ECT was tried.
- That a second-level appeal is required before external review; "60 days".
- That the plan's reviewer was not a psychiatrist.
""",
[
("Reference number", "CSH-PA-26-0811-30581", "denial/appeal-decision-2026-10-22.txt"),
("Final internal decision date", "Date: 10/22/2026", "denial/appeal-decision-2026-10-22.txt"),
("What the decision offers (not required)", "second-level appeal with us within 60 days", "denial/appeal-decision-2026-10-22.txt"),
("Reviewer specialty", "(psychiatry)", "denial/appeal-decision-2026-10-22.txt"),
("Plan type", "individual coverage purchased through the Marketplace", "denial/appeal-decision-2026-10-22.txt"),
("Appeal received", "received 09/03/2026", "denial/appeal-decision-2026-10-22.txt"),
("Initial denial date", "Date: 08/18/2026", "denial/initial-denial-2026-08-18.txt"),
("Booklet: one internal appeal", "You may file one internal appeal", "other/policy-booklet-appeals-excerpt.txt"),
("Booklet: external review window", "within 4 months after you receive our internal appeal decision", "other/policy-booklet-appeals-excerpt.txt"),
("Criterion 3 accepts refusal", "including informed refusal", "other/mp-ket-40-excerpt.txt"),
("Day decision received", "10/26/2026", "other/mail-receipt-2026-10-26.txt"),
("ECT refusal", "declined ECT after informed consent", "clinical/psychiatry-note-2026-07-29.txt"),
("Why", "software developer depends on memory", "clinical/psychiatry-note-2026-07-29.txt"),
("MADRS", "MADRS 35", "clinical/psychiatry-note-2026-07-29.txt"),
("Note sent with appeal", "Sent to the plan with the internal appeal on 09/03/2026", "clinical/psychiatry-note-2026-07-29.txt"),
("Infusions requested", "six", "denial/initial-denial-2026-08-18.txt"),
])

# ---------------------------------------------------------------- case 07
case("07", "erisa-insured-appeal-closed-for-missing-plan-rep-form-patient-refiles-within-180-days-of-receipt-coding",
"""# FICTIONAL CASE (set 84, case 07) - every person, plan, provider, number and address is invented.
# Insured employer PPO, Minnesota, 420 employees. Six 90837 psychotherapy visits denied CO-150 (07/20/2026, received
# 07/24). The psychologist appealed 08/14 on his practice's own authorization; the plan closed the appeal 09/28 "no
# Form NM-AR on file", never deciding it. The patient now appeals herself: first internal, 180 days after receipt ->
# 01/20/2027 (29 CFR 2560.503-1(h)(3)(i)); safe 01/16/2027. Sessions documented 53-60 minutes.
patient:
  name: Marguerite Lindahl-Oduya
  salutation: Ms. Lindahl-Oduya
  date_of_birth: 1987-11-03
  member_id: FICT-NMG-L40572291
  address: |-
    3814 Bryant Avenue South
    Minneapolis, MN 55409
  phone: (612) 555-0125
  email: mlindahl@mail.example
insurer:
  name: Northwind Mutual Group PPO (FICTIONAL)
  appeals_address: |-
    Northwind Mutual, Member Appeals (FICTIONAL)
    PO Box 59017
    Minneapolis, MN 55459
  fax: (612) 555-0188
claim:
  number: NWM-26-0602-227145
  plan_type: employer_erisa
  funding: insured
  employees: 420
  notice_date: 2026-07-20
  notice_received:
    date: 2026-07-24
    proof: other/portal-message-record-2026-07-24.txt
  appeal_deadline: 2027-01-20
  deadline_basis: >-
    180 days after receipt of the notice on 07/24/2026 (29 CFR 2560.503-1(h)(3)(i) and the certificate); safe date
    from the notice date 01/16/2027.
  service_dates: [2026-06-02, 2026-06-09, 2026-06-16, 2026-06-23, 2026-06-30, 2026-07-07]
  procedure_codes: ["90837"]
  diagnosis_codes: [F43.10]
  carc_codes: [CO-150]
  denial_reason: >-
    Payer deems the information submitted does not support this level of service. Psychotherapy of 60 minutes
    (90837) is not supported by the documentation.
  denial_category: coding_billing
  coding_correct: true
  action: none
submissions:
  - date: 2026-08-14
    method: fax
    to: Northwind Mutual, Member Appeals
    stage: internal appeal (first level) by the treating psychologist
    confirmation: fax report 08/14/2026, 11 pages, OK
plan_policy:
  name: Northwind Mutual Group Certificate, Section 9.1 (Appeals) and 9.6 (Authorized representatives)
  quote: >-
    9.1 You or your authorized representative may appeal within 180 days after you receive our notice. 9.6 To name
    an authorized representative, send us a signed written statement or our Form NM-AR. If we need more
    information to confirm a representative, we will tell you what is needed.
  file: other/certificate-section-9-excerpt.txt
treatment:
  name: individual psychotherapy (60-minute sessions)
author:
  name: Marguerite Lindahl-Oduya
  relation: patient
provider:
  name: Tobias Engqvist-Amadi
  credentials: PsyD, LP
  npi: "{NPI8}"
""",
{
"denial/eob-2026-07-20.txt": """NORTHWIND MUTUAL (FICTIONAL) - EXPLANATION OF BENEFITS
Date of notice: 07/20/2026
Member: Marguerite Lindahl-Oduya   Member ID: FICT-NMG-L40572291   Group: Brightwater Ceramics (FICTIONAL)
Claim number: NWM-26-0602-227145
Provider: Tobias Engqvist-Amadi, PsyD, LP (NPI {NPI8})
Dates of service: 06/02, 06/09, 06/16, 06/23, 06/30 and 07/07/2026   Code: 90837 x 6   Diagnosis: F43.10
Billed: $1,260.00   Paid: $0.00   Adjustment: CO-150
Reason: Payer deems the information submitted does not support this level of service. Psychotherapy of 60 minutes
(90837) is not supported by the documentation.
You may appeal within 180 days after you receive this notice.""",
"denial/appeal-closure-letter-2026-09-28.txt": """NORTHWIND MUTUAL (FICTIONAL) - APPEAL NOT PROCESSED
Date: 09/28/2026
To: Tobias Engqvist-Amadi, PsyD, LP   Copy: Marguerite Lindahl-Oduya
Re: claim NWM-26-0602-227145, appeal received 08/14/2026
We cannot process this appeal because we do not have Form NM-AR (Authorized Representative Designation) on file for
this member. Your appeal has been closed. No decision has been made on the claim.""",
"other/practice-authorization-2026-03-02.txt": """NORTH LOOP PSYCHOLOGY (FICTIONAL) - ASSIGNMENT OF BENEFITS AND AUTHORIZATION TO APPEAL
I authorize North Loop Psychology and Tobias Engqvist-Amadi, PsyD, LP, to file claims and appeals with my health plan
on my behalf and to receive decisions about them.
Signed: Marguerite Lindahl-Oduya   Date: 03/02/2026
(Sent with the 08/14/2026 appeal.)""",
"other/certificate-section-9-excerpt.txt": """NORTHWIND MUTUAL GROUP CERTIFICATE 2026 (FICTIONAL) - SECTION 9 (excerpt)
9.1 You or your authorized representative may appeal within 180 days after you receive our notice.
9.6 To name an authorized representative, send us a signed written statement or our Form NM-AR. If we need more
information to confirm a representative, we will tell you what is needed.""",
"other/portal-message-record-2026-07-24.txt": """NORTHWIND MUTUAL MEMBER PORTAL (FICTIONAL) - MESSAGE RECORD
EOB for claim NWM-26-0602-227145 posted 07/24/2026; first opened by the member 07/24/2026 8:41 pm.
(The EOB dated 07/20/2026 was not available in the portal before 07/24/2026.)""",
"clinical/session-times-2026.txt": """NORTH LOOP PSYCHOLOGY (FICTIONAL) - PSYCHOTHERAPY SESSION TIMES (from signed progress notes)
Patient: Marguerite Lindahl-Oduya   Therapist: Tobias Engqvist-Amadi, PsyD, LP (NPI {NPI8})
06/02/2026 start 9:00 end 9:55 - 55 minutes
06/09/2026 start 9:00 end 9:58 - 58 minutes
06/16/2026 start 9:02 end 9:58 - 56 minutes
06/23/2026 start 9:00 end 10:00 - 60 minutes
06/30/2026 start 9:05 end 9:58 - 53 minutes
07/07/2026 start 9:00 end 9:57 - 57 minutes
Trauma-focused cognitive processing therapy for posttraumatic stress after a workplace injury.""",
},
"""# FICTIONAL TRUTH FILE - 07 - insured employer plan: appeal closed over a form; the patient refiles (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Ms. Lindahl-Oduya's insured employer PPO (Brightwater Ceramics, 420 employees; ERISA) denied six 90837 visits
  (06/02-07/07/2026) CO-150 on 07/20/2026; she first saw the EOB in the portal on 07/24/2026.
- The psychologist appealed 08/14/2026 with her signed authorization of 03/02/2026 (a "signed written statement",
  which Certificate 9.6 accepts). The plan closed the appeal 09/28/2026 without deciding it and without telling her
  what more was needed (9.6 says it will).
- Progress notes show 53-60 minutes each session: the code billed meets the time for the 60-minute code (53 minutes
  or more). `coding_correct: true`.
- **Level:** first internal appeal, now filed by the member herself.
- **True deadline: 01/20/2027** - 180 days after receipt on 07/24/2026 (Certificate 9.1; 29 CFR 2560.503-1(h)(3)(i));
  safe from the notice date: 01/16/2027. Decision within 60 days (post-service, 2560.503-1(i)).

## Deliberately unknown
- Whether the plan would treat the 08/14 filing date as the appeal date (argue it; do not assert it).
- Whether the 08/14 appeal's closure could count as deemed exhaustion (do not claim external review now).

## Traps
- Not a second-level appeal: no first-level decision on the merits exists ("No decision has been made").
- Not a medical-necessity denial: no peer-to-peer, no clinical-reviewer demand; no external review request now.
- The patient writes: "I", not "Ms. Lindahl-Oduya".
- The authorization was a signed written statement, accepted by 9.6; do not say none was sent.

## Arguments a strong letter makes
1. I appeal myself (no representative form needed), within 180 days of receipt; the 08/14 appeal was already timely.
2. The notes record 53-60 minutes for every session; 90837 was correctly billed; ask payment of all six.
3. The plan's closure ignored its own 9.6 (a signed written statement suffices; it must say what is needed).
4. Ask for the claim file, including the documentation reviewed (2560.503-1(h)(2)(iii)).

## What a letter must NOT say
- That the plan decided an appeal on the merits or "upheld" the denial; "second level".
- That any session was under 53 minutes; that the claim was miscoded or a corrected claim was filed.
- That the deadline counts from 09/28/2026.
""",
[
("Claim number", "NWM-26-0602-227145", "denial/eob-2026-07-20.txt"),
("Notice date", "Date of notice: 07/20/2026", "denial/eob-2026-07-20.txt"),
("CARC", "CO-150", "denial/eob-2026-07-20.txt"),
("Window", "within 180 days after you receive this notice", "denial/eob-2026-07-20.txt"),
("Employer", "Brightwater Ceramics", "denial/eob-2026-07-20.txt"),
("Day first available/received", "posted 07/24/2026", "other/portal-message-record-2026-07-24.txt"),
("Closure letter date", "Date: 09/28/2026", "denial/appeal-closure-letter-2026-09-28.txt"),
("Why closed", "we do not have Form NM-AR (Authorized Representative Designation) on file", "denial/appeal-closure-letter-2026-09-28.txt"),
("Decision made?", "No decision has been made on the claim", "denial/appeal-closure-letter-2026-09-28.txt"),
("First appeal received", "appeal received 08/14/2026", "denial/appeal-closure-letter-2026-09-28.txt"),
("Authorization signed", "Date: 03/02/2026", "other/practice-authorization-2026-03-02.txt"),
("Certificate: signed statement accepted", "send us a signed written statement or our Form NM-AR", "other/certificate-section-9-excerpt.txt"),
("Certificate: plan must say what is needed", "we will tell you what is needed", "other/certificate-section-9-excerpt.txt"),
("Shortest session", "53 minutes", "clinical/session-times-2026.txt"),
("Session on 06/23", "60 minutes", "clinical/session-times-2026.txt"),
("Billed", "$1,260.00", "denial/eob-2026-07-20.txt"),
])

# ---------------------------------------------------------------- case 08
case("08", "part-d-pharmacy-reject-is-not-a-coverage-determination-transition-fill-exception-request-prescriber",
"""# FICTIONAL CASE (set 84, case 08) - every person, plan, provider, number and address is invented.
# Stand-alone Part D PDP, Iowa. New enrollee from 10/01/2026 (moved); lumateperone rejected at the pharmacy 11/30
# "not on formulary". Member services said "you have 65 days to appeal". No coverage determination exists yet: the
# letter is a request for a coverage determination (formulary exception, 42 CFR 423.578(b)) with the prescriber's
# statement, and for a transition fill (first 90 days: through 12/29/2026, 42 CFR 423.120(b)(3)). No deadline runs.
# The prescriber writes (a prescriber may request a coverage determination for the enrollee, 42 CFR 423.566(c)).
request: prior_authorization
patient:
  name: Bernard Fitzwilliam-Adeyemi
  salutation: Mr. Fitzwilliam-Adeyemi
  date_of_birth: 1958-05-26
  member_id: FICT-HRX-B90027364
  address: |-
    1120 Grand Avenue
    Des Moines, IA 50309
  phone: (515) 555-0131
insurer:
  name: Heartland Rx Secure PDP (FICTIONAL)
  appeals_address: |-
    Heartland Rx Secure, Coverage Determinations (FICTIONAL)
    PO Box 90311
    Omaha, NE 68109
  fax: 1-800-555-0158
claim:
  number: REJ-1130-CBP-44817
  plan_type: medicare_part_d
  diagnosis_codes: [F31.76]
  action: none
treatment:
  name: lumateperone 42 mg capsules, one daily
  summary: Continuing a drug that has kept bipolar depression in remission for 14 months.
prescriber_statement:
  date: 2026-12-02
  quote: >-
    The formulary alternatives (quetiapine and lurasidone) were tried: quetiapine caused 11 kg weight gain and
    prediabetes in 2024, and lurasidone caused akathisia in 2025. Any formulary drug would not be as effective
    and would have adverse effects for this patient.
  file: clinical/prescriber-statement-2026-12-02.txt
clinical:
  history:
    - {drug: quetiapine, dose: 300 mg nightly, start: 2024-01, end: 2024-08, outcome: stopped for weight gain of 11 kg and prediabetes}
    - {drug: lurasidone, dose: 60 mg daily, start: 2025-01, end: 2025-03, outcome: stopped for akathisia}
    - {drug: lumateperone, dose: 42 mg daily, start: 2025-09, end: ongoing, outcome: remission}
author:
  name: Odalys Brennan-Achterberg
  relation: physician
  role: treating psychiatrist (MD), the prescriber
  address: |-
    Des Moines Mood Clinic (FICTIONAL), 700 Locust Street, Suite 210
    Des Moines, IA 50309
  phone: (515) 555-0146
  fax: (515) 555-0147
  email: obrennan@dsmmood.example
provider:
  name: Odalys Brennan-Achterberg
  credentials: MD
  npi: "{NPI9}"
prior_auth:
  fax: 1-800-555-0158
""",
{
"other/pharmacy-reject-notice-2026-11-30.txt": """CEDAR BLUFF PHARMACY (FICTIONAL) - NOTICE GIVEN AT THE COUNTER
Date: 11/30/2026
Patient: Bernard Fitzwilliam-Adeyemi   Plan: Heartland Rx Secure PDP   Member ID: FICT-HRX-B90027364
Prescription: lumateperone 42 mg, #30   Claim reference: REJ-1130-CBP-44817
Plan response: rejected - product not on formulary.
Medicare Prescription Drug Coverage and Your Rights: your prescription could not be filled as written. You have the
right to ask your plan for a coverage determination, including an exception. Contact your plan at 1-800-555-0157.""",
"other/enrollment-confirmation-2026-09-12.txt": """HEARTLAND RX SECURE PDP (FICTIONAL) - ENROLLMENT CONFIRMATION
Date: 09/12/2026
Member: Bernard Fitzwilliam-Adeyemi   Member ID: FICT-HRX-B90027364
Your coverage begins 10/01/2026. (Special enrollment: move to Iowa from Wisconsin.)
Transition: in your first 90 days with us, if you take a drug that is not on our formulary, you may get a temporary
supply while you ask for an exception.""",
"other/call-notes-2026-12-01.txt": """CALL NOTES (written by the member)
12/01/2026, Heartland Rx Secure member services, call reference HRX-1201-60358.
The representative said: "This is a denial; you have 65 days to appeal." She did not offer a temporary supply.""",
"other/prior-plan-claims-2026.txt": """BADGER STATE RX PDP (FICTIONAL) - CLAIMS HISTORY (member's former Part D plan)
Member: Bernard Fitzwilliam-Adeyemi   Coverage ended: 09/30/2026
lumateperone 42 mg #30 filled 07/03/2026, 08/02/2026, 09/01/2026 - paid.""",
"clinical/prescriber-statement-2026-12-02.txt": """DES MOINES MOOD CLINIC (FICTIONAL) - PRESCRIBER SUPPORTING STATEMENT FOR A FORMULARY EXCEPTION
Date: 12/02/2026   Patient: Bernard Fitzwilliam-Adeyemi   Prescriber: Odalys Brennan-Achterberg, MD (NPI {NPI9})
Diagnosis: bipolar I disorder, most recent episode depressed, in full remission (F31.76) on lumateperone since 2025.
The formulary alternatives (quetiapine and lurasidone) were tried: quetiapine caused 11 kg weight gain and
prediabetes in 2024, and lurasidone caused akathisia in 2025. Any formulary drug would not be as effective and would
have adverse effects for this patient.
Last dose on hand: 12/09/2026. Stopping risks relapse; I ask for a decision as soon as possible.""",
},
"""# FICTIONAL TRUTH FILE - 08 - Part D: a pharmacy rejection is not a coverage determination (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Mr. Fitzwilliam-Adeyemi (68) joined Heartland Rx Secure PDP on 10/01/2026 (special enrollment, a move). His former
  plan paid lumateperone through 09/30/2026. On 11/30/2026 the pharmacy claim was rejected "not on formulary".
- A pharmacy rejection is not a coverage determination (42 CFR 423.566): the counter notice itself says he may ask for
  one. Member services' "65 days to appeal" is wrong - no written coverage determination exists, so no redetermination
  clock (423.582) has started.
- **Level:** request for a coverage determination: a formulary exception (42 CFR 423.578(b)) supported by the
  prescriber's statement of 12/02/2026; decision within 72 hours of receiving the statement (423.568), or 24 hours if
  expedited (423.572) - the prescriber asks for speed; 7 days of drug remain (last dose 12/09).
- Transition: first 90 days of enrollment run through 12/29/2026; a temporary supply of a non-formulary drug he was
  already taking is due under the plan's transition process (42 CFR 423.120(b)(3); enrollment letter).
- **True deadline: none** for this request. (Once a written denial is issued, a redetermination is due within 65
  days from its date.)

## Deliberately unknown
- Whether the plan's formulary has another drug of the class not yet tried (the statement names two).
- The plan's tier for an approved exception; costs.

## Traps
- Not a redetermination, not an appeal of a "denial", not IRE. No "65 days" deadline.
- Part D: no ERISA, no 45 CFR 147.136, no parity law, no state insurance department route.
- The prescriber writes, for the patient (42 CFR 423.566(c) lets a prescriber request a coverage determination on
  the enrollee's behalf; no CMS-1696 is needed for this request). The letter speaks of "Mr. Fitzwilliam-Adeyemi",
  and the prescriber's statement of 12/02/2026 is the exception's basis and must be quoted.

## Arguments a strong letter makes
1. Request a coverage determination and formulary exception; quote the prescriber statement (423.578(b)).
2. Ask for an expedited decision: the prescriber asks for speed and supply ends 12/09/2026.
3. Ask for a transition supply now: new enrollee within 90 days, drug paid by the prior plan (claims history).

## What a letter must NOT say
- That the plan denied coverage in writing or that this is a redetermination/appeal.
- That quetiapine or lurasidone were never tried; that he is within 65 days of anything.
""",
[
("Reject reference", "REJ-1130-CBP-44817", "other/pharmacy-reject-notice-2026-11-30.txt"),
("Reject date", "Date: 11/30/2026", "other/pharmacy-reject-notice-2026-11-30.txt"),
("Reject reason", "rejected - product not on formulary", "other/pharmacy-reject-notice-2026-11-30.txt"),
("What the notice says to do", "right to ask your plan for a coverage determination, including an exception", "other/pharmacy-reject-notice-2026-11-30.txt"),
("Coverage start", "Your coverage begins 10/01/2026", "other/enrollment-confirmation-2026-09-12.txt"),
("Transition promise", "you may get a temporary supply while you ask for an exception", "other/enrollment-confirmation-2026-09-12.txt"),
("Wrong advice", "you have 65 days to appeal", "other/call-notes-2026-12-01.txt"),
("Call reference", "HRX-1201-60358", "other/call-notes-2026-12-01.txt"),
("Prior plan coverage ended", "Coverage ended: 09/30/2026", "other/prior-plan-claims-2026.txt"),
("Last prior fill", "09/01/2026", "other/prior-plan-claims-2026.txt"),
("Statement date", "Date: 12/02/2026", "clinical/prescriber-statement-2026-12-02.txt"),
("Quetiapine harm", "11 kg weight gain and prediabetes", "clinical/prescriber-statement-2026-12-02.txt"),
("Lurasidone harm", "lurasidone caused akathisia in 2025", "clinical/prescriber-statement-2026-12-02.txt"),
("Exception standard words", "would not be as effective and would have adverse effects", "clinical/prescriber-statement-2026-12-02.txt"),
("Last dose on hand", "12/09/2026", "clinical/prescriber-statement-2026-12-02.txt"),
("Diagnosis code", "F31.76", "clinical/prescriber-statement-2026-12-02.txt"),
])


# ---------------------------------------------------------------- build and self-check
PHONE_RE = re.compile(r"(?:\(\d{3}\) |1-800-|1-8\d\d-)?\b\d{3}-\d{4}\b")
EMAIL_RE = re.compile(r"[\w.+-]+@([\w-]+\.)+([a-z]+)")
WEB_RE = re.compile(r"\b(?:https?://|www\.)\S+")


def fill(text):
    for k, v in NPIS.items():
        text = text.replace("{" + k + "}", v)
    return text


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def check_contacts(text, where, problems):
    for m in re.finditer(r"(\(\d{3}\) |1-\d{3}-)?(\d{3})-(\d{4})", text):
        prefix, exch, line = m.group(1), m.group(2), m.group(3)
        if exch == "555" and not prefix:
            problems.append(f"{where}: bare 555 number {m.group(0)}")
        elif exch == "555" and not line.startswith("01"):
            problems.append(f"{where}: 555 line not 01xx {m.group(0)}")
        elif exch != "555" and prefix:
            problems.append(f"{where}: phone not 555 {m.group(0)}")
    for m in EMAIL_RE.finditer(text):
        if not m.group(0).endswith(".example"):
            problems.append(f"{where}: e-mail not .example {m.group(0)}")
    for m in WEB_RE.finditer(text):
        if ".example" not in m.group(0):
            problems.append(f"{where}: web not .example {m.group(0)}")


def build(c, problems):
    folder = HERE / f"{c['n']}-{c['slug']}"
    truth = HERE / f"{c['n']}-{c['slug']}.truth.md"
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir()
    yaml_text = fill(c["yaml"])
    (folder / "case.yaml").write_text(yaml_text)
    texts = {}
    for rel, body in c["docs"].items():
        if not rel.endswith(".txt") or rel.split("/")[0] not in ("denial", "clinical", "other"):
            problems.append(f"{c['n']}: bad document path {rel}")
        p = folder / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        full = HEAD.format(n=c["n"]) + fill(body).rstrip() + FOOT
        p.write_text(full)
        texts[rel] = full
        check_contacts(full, f"{c['n']}/{rel}", problems)
        if not full.startswith("FICTIONAL") or "END OF FICTIONAL DOCUMENT" not in full:
            problems.append(f"{c['n']}/{rel}: FICTIONAL header/footer")
    truth.write_text(c["truth"])
    # case.yaml
    if not yaml_text.startswith("# FICTIONAL"):
        problems.append(f"{c['n']}: case.yaml first line not FICTIONAL")
    try:
        data = YAML(typ="safe").load(io.StringIO(yaml_text))
    except Exception as e:  # noqa: BLE001
        problems.append(f"{c['n']}: case.yaml does not parse: {e}")
        data = {}
    check_contacts(yaml_text, f"{c['n']}/case.yaml", problems)
    for m in re.finditer(r"\b((?:denial|clinical|other)/[\w.-]+\.txt)", yaml_text):
        if m.group(1) not in texts:
            problems.append(f"{c['n']}: case.yaml names missing {m.group(1)}")
    for m in re.finditer(r"NPI (\d{10})|npi: \"(\d{10})\"", yaml_text + "\n".join(texts.values())):
        v = m.group(1) or m.group(2)
        if not luhn_ok(v):
            problems.append(f"{c['n']}: NPI {v} fails Luhn")
    # truth
    if not c["truth"].startswith("# FICTIONAL"):
        problems.append(f"{c['n']}: truth first line not FICTIONAL")
    pos = [c["truth"].find("## " + h) for h in HEADINGS]
    if -1 in pos or pos != sorted(pos):
        problems.append(f"{c['n']}: truth headings missing or out of order {pos}")
    if "True deadline" not in c["truth"]:
        problems.append(f"{c['n']}: truth states no true deadline")
    check_contacts(c["truth"], f"{c['n']}/truth", problems)
    # answers
    if len(c["answers"]) != 16:
        problems.append(f"{c['n']}: {len(c['answers'])} answers, not 16")
    for q, a, doc in c["answers"]:
        if doc not in texts:
            problems.append(f"{c['n']}: answer '{q}' names missing {doc}")
        elif norm(a) not in norm(texts[doc]):
            problems.append(f"{c['n']}: answer '{q}' = '{a}' not printed in {doc}")
    return folder, data


def main(argv):
    do_check = "--check" in argv
    only = [a for a in argv if a != "--check"]
    problems = []
    folders = []
    for c in CASES:
        if only and c["n"] not in only:
            continue
        folder, _ = build(c, problems)
        folders.append(folder)
        print(f"case {c['n']}: {len(c['docs'])} documents, {len(c['answers'])} answers -> {folder.name}")
    bad_check = 0
    if do_check:
        out = []
        for f in folders:
            r = subprocess.run([APPEAL_KIT, "check", str(f)], capture_output=True, text=True)
            out.append(f"===== {f.name} (exit {r.returncode})\n{r.stdout}{r.stderr}")
            if r.returncode != 0:
                bad_check += 1
        name = "check-output.txt" if not only else "check-output-partial.txt"
        (HERE / name).write_text("\n".join(out))
        print(f"appeal-kit check: {len(folders) - bad_check} of {len(folders)} exit 0 (see {name})")
    for p in problems:
        print("PROBLEM:", p)
    print(f"{len(folders)} cases, {sum(len(c['answers']) for c in CASES if not only or c['n'] in only)} expected answers, "
          f"{len(problems)} problems")
    return 1 if problems or bad_check else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
