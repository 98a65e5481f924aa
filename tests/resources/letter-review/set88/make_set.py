#!/usr/bin/env python3
"""FICTIONAL test-set generator: appeal-kit letters set 88 (issue 18), process emphasis.
Rewrites the eight case folders and truth files, then self-checks. --check also runs appeal-kit check."""
import io, re, shutil, subprocess, sys
from pathlib import Path
from ruamel.yaml import YAML

HERE = Path(__file__).resolve().parent
HDR = "FICTIONAL DOCUMENT - appeal-kit letters test set 88, case {n}. Every person, plan, provider, number and address is invented.\n\n"
FTR = "\n\nEND OF FICTIONAL DOCUMENT (test set 88) - not a real patient, plan or provider.\n"
HEADINGS = ["What is true", "Deliberately unknown", "Traps", "Arguments a strong letter makes",
            "What a letter must NOT say"]


def npi(base9):
    """Complete a 9-digit NPI base with the Luhn check digit over prefix 80840."""
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


NPIS = {"NPI1": npi("174028815"), "NPI2": npi("128305562"), "NPI3": npi("154419907"), "NPI4": npi("110273346"),
        "NPI5": npi("193367201"), "NPI6": npi("166730084"), "NPI7": npi("147209318"), "NPI8": npi("120938857")}

CASES = []

# ---------------------------------------------------------------- case 01
CASES.append(dict(
    n="01", slug="original-medicare-council-review-after-alj-60-days-from-presumed-receipt-12-24-notice-says-from-date-daughter-cms1696",
    yaml="""# FICTIONAL CASE (set 88, case 01) - every person, plan, provider, number and address is invented.
# Original Medicare Part B, Arizona. TMS course denied; MAC redetermination, QIC reconsideration and an ALJ decision
# (10/20/2026) all unfavorable. This letter is the request for Medicare Appeals Council review: 60 days after
# receipt of the ALJ decision, receipt presumed 5 days after its date (42 CFR 405.1102(a)) -> 12/24/2026. The ALJ
# notice's cover page wrongly says "60 days from the date of this decision" (12/19/2026: the safe date).
patient:
  name: Harold Venkataraman-Briggs
  salutation: Mr. Venkataraman-Briggs
  date_of_birth: 1951-02-11
  member_id: FICT-MBI-7TQ4-HX2-MR61
  address: |-
    1840 East Camelback Road, Apt 12
    Phoenix, AZ 85016
  phone: (602) 555-0131
insurer:
  name: Original Medicare (Part B), Medicare Appeals Council (FICTIONAL routing)
  appeals_address: |-
    Medicare Appeals Council, Departmental Appeals Board (FICTIONAL address for this test)
    PO Box 40177
    Washington, DC 20044
  fax: (202) 555-0148
claim:
  number: FICT-ALJ-3-26-1177-4410
  other_numbers: [FICT-MAC-26-0211-884190]
  plan_type: medicare
  notice_date: 2026-01-28
  appeal_deadline: 2026-12-24
  deadline_basis: >-
    Request for Medicare Appeals Council review: 60 days after receipt of the ALJ decision dated 10/20/2026;
    receipt is presumed 5 days after the date of the notice (10/25/2026) (42 CFR 405.1102(a)). The ALJ notice's
    cover page says 60 days from its date (12/19/2026): file by 12/19/2026 to be safe.
  service_dates: [2025-11-03, 2025-12-12]
  sessions: 30
  procedure_codes: ["90868"]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-50]
  denial_reason: >-
    The documentation does not show that the coverage indications in the contractor's LCD for TMS were met: no
    trial of evidence-based psychotherapy of adequate duration is documented.
  denial_category: medical_necessity
  setting: outpatient
decisions:
  - date: 2026-04-14
    outcome: denied
    stage: redetermination (Medicare Administrative Contractor)
    opens: reconsideration by the QIC
  - date: 2026-07-09
    outcome: denied
    stage: reconsideration (QIC)
    opens: ALJ hearing
  - date: 2026-10-20
    outcome: denied
    stage: ALJ hearing decision (OMHA)
    opens: Medicare Appeals Council review
    next_deadline: 2026-12-24
    reason: >-
      The record does not establish that the beneficiary completed a trial of evidence-based psychotherapy before
      TMS. The beneficiary's testimony that he attended counseling is not corroborated by treatment records.
    corrections:
      - said: "The beneficiary's testimony that he attended counseling is not corroborated by treatment records."
        record: >-
          The psychologist's discharge summary records 16 sessions of cognitive behavioral therapy from 03/05/2025
          to 07/16/2025; it was filed with the QIC on 06/02/2026 (QIC exhibit list, item 9).
        file: [clinical/cbt-discharge-summary-2025-07-16.txt, other/qic-exhibit-list-2026-07-09.txt]
        page: 1
treatment:
  name: A 30-session course of transcranial magnetic stimulation (November 3 through December 12, 2025)
  summary: Daily TMS for recurrent major depression after 16 sessions of cognitive behavioral therapy.
clinical:
  severity: PHQ-9 19 on 07/16/2025 (end of CBT)
  severity_date: 2025-07-16
  suicidality: none
  history:
    - drug: cognitive behavioral therapy
      kind: psychotherapy
      sessions: 16
      start: 2025-03-05
      end: 2025-07-16
      adequate: true
      failed: true
      response: none
      outcome: minimal response (PHQ-9 22 to 19)
      evidence: {file: clinical/cbt-discharge-summary-2025-07-16.txt, page: 1}
author:
  name: Priya Venkataraman-Briggs
  relation: daughter, appointed representative (CMS-1696 signed 04/02/2026)
  role: Appointed representative
  authorization: other/cms-1696-appointment-2026-04-02.txt
  address: |-
    77 West Roosevelt Street
    Phoenix, AZ 85003
  phone: (602) 555-0139
provider:
  name: Dr. Marisol Achebe-Lindqvist
  credentials: MD, psychiatrist
  npi: "@NPI1@"
  address: |-
    3300 North Central Avenue, Suite 500
    Phoenix, AZ 85012
  phone: (602) 555-0122
record_dates:
  - file: denial/alj-decision-2026-10-20.txt
    date: 2026-10-20
  - file: clinical/cbt-discharge-summary-2025-07-16.txt
    date: 2025-07-16
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/alj-decision-2026-10-20.txt": """OFFICE OF MEDICARE HEARINGS AND APPEALS (FICTIONAL) - NOTICE OF DECISION
Date of this notice: 10/20/2026
ALJ appeal number: FICT-ALJ-3-26-1177-4410
Beneficiary: Harold Venkataraman-Briggs   Medicare number: FICT-MBI-7TQ4-HX2-MR61
Appointed representative: Priya Venkataraman-Briggs (CMS-1696 signed 04/02/2026)
Claim: FICT-MAC-26-0211-884190   Services: 90868 x 30, 11/03/2025 through 12/12/2025
Decision: UNFAVORABLE.
Findings: The record does not establish that the beneficiary completed a trial of evidence-based psychotherapy
before TMS. The beneficiary's testimony that he attended counseling is not corroborated by treatment records.

Your right to appeal (cover page): If you disagree, you may ask the Medicare Appeals Council to review this
decision. You must file your request within 60 days from the date of this decision.
Send it to: Medicare Appeals Council, Departmental Appeals Board (FICTIONAL address), PO Box 40177,
Washington, DC 20044. Fax (202) 555-0148.""",
        "denial/qic-reconsideration-2026-07-09.txt": """QUALIFIED INDEPENDENT CONTRACTOR (FICTIONAL) - MEDICARE RECONSIDERATION
Date: 07/09/2026   Appeal: FICT-QIC-26-0602-31877
Beneficiary: Harold Venkataraman-Briggs   Claim: FICT-MAC-26-0211-884190
Decision: Unfavorable. The LCD requires a trial of evidence-based psychotherapy; none was found.
Next level: ALJ hearing (request within 60 days of receipt).""",
        "clinical/cbt-discharge-summary-2025-07-16.txt": """DESERT PALMS PSYCHOLOGY (FICTIONAL) - DISCHARGE SUMMARY
Date: 07/16/2025   Patient: Harold Venkataraman-Briggs   DOB 02/11/1951
Psychologist: Tobias Nwachukwu-Ferreira, PhD (NPI @NPI2@)
Treatment: cognitive behavioral therapy for recurrent major depression, 16 sessions, 03/05/2025 to 07/16/2025.
PHQ-9: 22 at intake, 19 at discharge. Outcome: minimal response; referred back to psychiatry.""",
        "other/qic-exhibit-list-2026-07-09.txt": """QIC RECONSIDERATION FILE (FICTIONAL) - EXHIBIT LIST
Appeal FICT-QIC-26-0602-31877
Item 9: Psychology discharge summary, Desert Palms Psychology, 07/16/2025, received 06/02/2026.""",
        "other/cms-1696-appointment-2026-04-02.txt": """APPOINTMENT OF REPRESENTATIVE (FORM CMS-1696, FICTIONAL COPY)
Beneficiary: Harold Venkataraman-Briggs   Medicare number: FICT-MBI-7TQ4-HX2-MR61
I appoint Priya Venkataraman-Briggs (daughter) to act as my representative in connection with my claim or
asserted right under Medicare. Signed by the beneficiary on 04/02/2026; accepted by the representative on
04/02/2026. Filed with the QIC request of 06/02/2026 (the redetermination was asked by the beneficiary himself).""",
    },
    truth="""## What is true
- Original Medicare Part B. TMS 11/03-12/12/2025 (90868 x 30) denied under the contractor's LCD ("no
  psychotherapy trial"). Redetermination denied 04/14/2026; QIC reconsideration denied 07/09/2026; **ALJ decision
  unfavorable, dated 10/20/2026**.
- **Level of this letter: request for review by the Medicare Appeals Council** (the fourth level), not a new
  redetermination, reconsideration or hearing.
- **True deadline: 12/24/2026** - 60 days after receipt of the ALJ decision, receipt presumed 5 days after the
  notice date (10/25/2026) (42 CFR 405.1102(a)). The notice's cover page says "within 60 days from the date of
  this decision" (12/19/2026): wrong count, but the safe date; file by 12/19/2026.
- The CBT summary (16 sessions, 03/05-07/16/2025) was filed with the QIC on 06/02/2026 (QIC exhibit list item 9):
  the ALJ's "not corroborated by treatment records" is contradicted by the record.
- The daughter's CMS-1696 (signed 04/02/2026) was filed with the QIC request; it remains valid for this appeal
  (42 CFR 405.910).

## Deliberately unknown
- Whether the ALJ hearing file included QIC item 9 (the ALJ decision does not list exhibits).
- The real Council address (fictional here); whether the Council will review on its own motion.
- The LCD's exact wording (only as quoted in the decisions).

## Traps
- Stage: quoting the 01/28/2026 initial notice as "the decision appealed" or asking for a "redetermination".
- Deadline: 60 days from the date (notice) vs from presumed receipt (rule); not 120 or 180 days.
- The redetermination was asked by the patient himself; the daughter represents him from the QIC on: the
  letter is hers, about him (third person), never "I" as the patient.
- Original Medicare has no "plan terms", no external review, no ERISA, no parity law.

## Arguments a strong letter makes
1. Names itself a request for Council review of the ALJ decision of 10/20/2026, filed within 60 days of
   presumed receipt (42 CFR 405.1102(a)).
2. States the parts of the ALJ decision disagreed with and why (42 CFR 405.1112(b)): the finding that
   counseling was "not corroborated", against the 16-session CBT summary (QIC item 9).
3. Asks for a decision that the LCD's psychotherapy indication was met and the 30 sessions paid.

## What a letter must NOT say
- That the deadline is 12/19/2026 by rule, or that it has passed; "plan's own terms"; "external review".
- That no psychotherapy was tried; that the daughter is the patient; 29 CFR 2560.503-1; 45 CFR 147.136.
""",
    answers=[
        ("Date of the decision appealed?", "Date of this notice: 10/20/2026", "denial/alj-decision-2026-10-20.txt"),
        ("Outcome of the ALJ decision?", "Decision: UNFAVORABLE.", "denial/alj-decision-2026-10-20.txt"),
        ("Who reviews next?", "Medicare Appeals Council to review", "denial/alj-decision-2026-10-20.txt"),
        ("What window does the notice print?", "within 60 days from the date of this decision", "denial/alj-decision-2026-10-20.txt"),
        ("ALJ appeal number?", "FICT-ALJ-3-26-1177-4410", "denial/alj-decision-2026-10-20.txt"),
        ("Underlying claim number?", "FICT-MAC-26-0211-884190", "denial/alj-decision-2026-10-20.txt"),
        ("ALJ's finding on counseling?", "is not corroborated by treatment records", "denial/alj-decision-2026-10-20.txt"),
        ("Services and units?", "90868 x 30, 11/03/2025 through 12/12/2025", "denial/alj-decision-2026-10-20.txt"),
        ("QIC decision date?", "Date: 07/09/2026", "denial/qic-reconsideration-2026-07-09.txt"),
        ("CBT sessions documented?", "16 sessions, 03/05/2025 to 07/16/2025", "clinical/cbt-discharge-summary-2025-07-16.txt"),
        ("CBT outcome?", "minimal response", "clinical/cbt-discharge-summary-2025-07-16.txt"),
        ("When did the QIC receive the CBT summary?", "received 06/02/2026", "other/qic-exhibit-list-2026-07-09.txt"),
        ("QIC exhibit item number of the CBT summary?", "Item 9", "other/qic-exhibit-list-2026-07-09.txt"),
        ("Representative and relation?", "Priya Venkataraman-Briggs (daughter)", "other/cms-1696-appointment-2026-04-02.txt"),
        ("When was the CMS-1696 signed?", "Signed by the beneficiary on 04/02/2026", "other/cms-1696-appointment-2026-04-02.txt"),
        ("With which request was the CMS-1696 filed?", "Filed with the QIC request of 06/02/2026", "other/cms-1696-appointment-2026-04-02.txt"),
    ]))

# ---------------------------------------------------------------- case 02
CASES.append(dict(
    n="02", slug="medicaid-managed-care-child-9-expedited-plan-appeal-60-days-notice-says-30-continue-benefits-by-12-13-grandmother-custodian",
    yaml="""# FICTIONAL CASE (set 88, case 02) - every person, plan, provider, number and address is invented.
# Medicaid managed care, Kentucky; member aged 9. Notice of 12/03/2026 reduces intensive in-home therapy from 12
# to 4 hours a week from 12/11/2026. The notice says "30 days" to appeal; the rule gives 60 days from the notice
# (42 CFR 438.402(c)(2)(ii)) -> 02/01/2027. To keep services during the appeal, file by 12/13/2026 (438.420).
# Expedited plan appeal (438.410; 72 hours, 438.408(b)(3)). The grandmother, legal custodian, writes.
patient:
  name: Mateo Okonkwo-Ruiz
  salutation: Mateo
  date_of_birth: 2017-05-22
  member_id: FICT-KYM-55081934
  address: |-
    415 Oak Hollow Lane
    Bowling Green, KY 42101
  phone: (270) 555-0114
insurer:
  name: Bluegrass Horizon Health Plan, Medicaid managed care (FICTIONAL)
  appeals_address: |-
    Bluegrass Horizon Health Plan Appeals (FICTIONAL)
    PO Box 22840
    Louisville, KY 40252
  fax: (502) 555-0176
claim:
  number: FICT-BHH-UM-26-1203-5512
  plan_type: medicaid
  delivery: managed_care
  notice_date: 2026-12-03
  appeal_deadline: 2027-02-01
  deadline_basis: >-
    60 calendar days from the date on the notice (42 CFR 438.402(c)(2)(ii)); the notice says 30 days, which is
    shorter than the rule allows. To keep services at 12 hours a week during the appeal, file by 12/13/2026
    (10 days after the notice was sent, later than the 12/11/2026 effective date; 42 CFR 438.420).
  urgent: true
  diagnosis_codes: [F34.81, F90.2]
  denial_reason: >-
    Mateo's behaviors are improving. Four hours per week of in-home therapy meets his needs. The request for 12
    hours per week does not meet medical necessity criteria.
  denial_category: medical_necessity
  setting: outpatient
  pending_services: [12 hours a week of intensive in-home therapy from 12/11/2026]
  action: reduce
  action_date: 2026-12-11
urgency:
  reason: >-
    Two school suspensions and one elopement from school in November 2026; the therapist states that cutting
    the hours now risks a crisis admission (Exhibit: therapist letter of 12/04/2026).
  certified_by: Keziah Obradovic-Tran, LCSW, treating therapist
treatment:
  name: Intensive in-home child and family therapy, 12 hours a week
  summary: Intensive in-home therapy for a 9-year-old with disruptive mood dysregulation disorder and ADHD.
clinical:
  suicidality: none
author:
  name: Dolores Ruiz-Haverford
  relation: grandmother and legal custodian (Warren Family Court order of 02/14/2024)
  role: Legal custodian
  authorization: other/custody-order-excerpt-2024-02-14.txt
  address: |-
    415 Oak Hollow Lane
    Bowling Green, KY 42101
  phone: (270) 555-0114
provider:
  name: Keziah Obradovic-Tran
  credentials: LCSW, intensive in-home therapist
  npi: "@NPI3@"
  address: |-
    900 Fairview Avenue, Suite 4
    Bowling Green, KY 42101
  phone: (270) 555-0125
record_dates:
  - file: denial/notice-of-adverse-benefit-determination-2026-12-03.txt
    date: 2026-12-03
  - file: clinical/therapist-letter-2026-12-04.txt
    date: 2026-12-04
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/notice-of-adverse-benefit-determination-2026-12-03.txt": """BLUEGRASS HORIZON HEALTH PLAN (FICTIONAL) - NOTICE OF ADVERSE BENEFIT DETERMINATION
Date of notice: 12/03/2026   Date mailed: 12/03/2026
Member: Mateo Okonkwo-Ruiz   Member ID: FICT-KYM-55081934   Date of birth: 05/22/2017
Reference: FICT-BHH-UM-26-1203-5512
Service: intensive in-home therapy. Requested: 12 hours per week. Approved: 4 hours per week.
Effective date of this reduction: 12/11/2026.
Reason: Mateo's behaviors are improving. Four hours per week of in-home therapy meets his needs. The request for
12 hours per week does not meet medical necessity criteria.
Your appeal rights: You have 30 days from the date of this notice to ask for an appeal. If you want your services
to stay the same while we review your appeal, you must appeal within 10 days of the date this notice was mailed
or before the effective date, whichever is later. You may ask for a fast (expedited) appeal if waiting could
seriously harm the member's health. Appeals: PO Box 22840, Louisville, KY 40252; fax (502) 555-0176.""",
        "clinical/therapist-letter-2026-12-04.txt": """HILLTOP FAMILY SERVICES (FICTIONAL) - LETTER OF MEDICAL NECESSITY
Date: 12/04/2026   Re: Mateo Okonkwo-Ruiz, DOB 05/22/2017
Therapist: Keziah Obradovic-Tran, LCSW (NPI @NPI3@)
Diagnoses: F34.81, F90.2. November 2026: two school suspensions (11/09 and 11/20) and one elopement from school
(11/24). The 11/02 improvement the plan cites lasted one week. Reducing to 4 hours a week now risks a crisis
admission. I ask for an expedited appeal and for services to continue at 12 hours a week.""",
        "other/custody-order-excerpt-2024-02-14.txt": """WARREN FAMILY COURT (FICTIONAL) - ORDER OF PERMANENT CUSTODY (EXCERPT)
Date: 02/14/2024   Child: Mateo Okonkwo-Ruiz, born 05/22/2017
Permanent legal custody is granted to the maternal grandmother, Dolores Ruiz-Haverford, with authority to
consent to medical care and to act for the child with any health insurer.""",
    },
    truth="""## What is true
- Kentucky Medicaid managed care; member aged 9 (under 21: EPSDT applies, 42 USC 1396d(r)(5)). Notice of adverse
  benefit determination dated and mailed **12/03/2026** reduces intensive in-home therapy from 12 to 4 hours a week,
  effective **12/11/2026**.
- **Level: the plan's own appeal (first and only plan level), asked as expedited** (42 CFR 438.410; resolved
  within 72 hours, 438.408(b)(3)). A state fair hearing comes only after the plan's resolution (120 days from it,
  438.408(f)(2)).
- **True deadline: 02/01/2027** - 60 calendar days from the notice date (42 CFR 438.402(c)(2)(ii)). The notice's
  "30 days" (01/02/2027) is wrong but is the safe date.
- **Continuation of benefits: file by 12/13/2026** (within 10 days of mailing, later than 12/11; 42 CFR 438.420);
  today is 12/07/2026.
- The grandmother is legal custodian by court order (02/14/2024) and acts for the child.

## Deliberately unknown
- The plan's criteria set (not named in the notice); the reviewer's name and specialty.
- Whether the plan will grant expedited handling (the therapist asks for it).

## Traps
- "30 days" from the notice is not the rule; "60 days" must not be counted from receipt or from 12/11.
- The benefits-continuation date (12/13) is not the appeal deadline.
- No fair hearing yet (no notice of resolution); no ERISA, no 45 CFR 147.136, no external review via the
  state insurance department for this plan appeal.
- The custodian writes about Mateo (third person); she is not the patient.

## Arguments a strong letter makes
1. Expedited appeal: the treating therapist says waiting risks serious harm; ask for a decision in 72 hours.
2. Ask that services continue at 12 hours a week during the appeal (filed by 12/13/2026, 42 CFR 438.420).
3. The record contradicts "improving": two suspensions and an elopement in November.
4. EPSDT: for a member under 21 the plan must cover services necessary to correct or ameliorate the condition.
5. Ask for the criteria used and the case file (438.406(b)(5)).

## What a letter must NOT say
- That the appeal deadline is 01/02/2027 by rule, or counts from receipt; that a fair hearing is being requested now.
- ERISA, 29 CFR 2560.503-1, 45 CFR 147.136; that the reviewer's name is a duty to disclose.
- That Mateo is writing, or that he had no behavioral incidents.
""",
    answers=[
        ("Notice date?", "Date of notice: 12/03/2026", "denial/notice-of-adverse-benefit-determination-2026-12-03.txt"),
        ("Date mailed?", "Date mailed: 12/03/2026", "denial/notice-of-adverse-benefit-determination-2026-12-03.txt"),
        ("Hours requested?", "Requested: 12 hours per week", "denial/notice-of-adverse-benefit-determination-2026-12-03.txt"),
        ("Hours approved?", "Approved: 4 hours per week", "denial/notice-of-adverse-benefit-determination-2026-12-03.txt"),
        ("Effective date of reduction?", "Effective date of this reduction: 12/11/2026", "denial/notice-of-adverse-benefit-determination-2026-12-03.txt"),
        ("Window the notice (wrongly) prints?", "You have 30 days from the date of this notice", "denial/notice-of-adverse-benefit-determination-2026-12-03.txt"),
        ("Continuation rule printed?", "within 10 days of the date this notice was mailed", "denial/notice-of-adverse-benefit-determination-2026-12-03.txt"),
        ("Reference number?", "FICT-BHH-UM-26-1203-5512", "denial/notice-of-adverse-benefit-determination-2026-12-03.txt"),
        ("Member date of birth?", "Date of birth: 05/22/2017", "denial/notice-of-adverse-benefit-determination-2026-12-03.txt"),
        ("Plan's reason?", "Mateo's behaviors are improving", "denial/notice-of-adverse-benefit-determination-2026-12-03.txt"),
        ("Suspensions in November?", "two school suspensions (11/09 and 11/20)", "clinical/therapist-letter-2026-12-04.txt"),
        ("Elopement date?", "one elopement from school\n(11/24)", "clinical/therapist-letter-2026-12-04.txt"),
        ("Risk the therapist names?", "risks a crisis\nadmission", "clinical/therapist-letter-2026-12-04.txt"),
        ("Therapist's letter date?", "Date: 12/04/2026", "clinical/therapist-letter-2026-12-04.txt"),
        ("Custody order date?", "Date: 02/14/2024", "other/custody-order-excerpt-2024-02-14.txt"),
        ("Custodian's authority?", "act for the child with any health insurer", "other/custody-order-excerpt-2024-02-14.txt"),
    ]))

# ---------------------------------------------------------------- case 03
CASES.append(dict(
    n="03", slug="self-funded-erisa-external-review-4-months-from-receipt-02-06-final-letter-wrongly-says-state-60-days-son-authorized-rep",
    yaml="""# FICTIONAL CASE (set 88, case 03) - every person, plan, provider, number and address is invented.
# Self-funded employer plan, Oregon, 1,900 employees. Partial hospitalization for an eating disorder denied as not
# medically necessary; first level upheld 07/22, second (final) level upheld 09/30/2026, received 10/06/2026
# (certified mail receipt). This letter is the request for external review under the federal process for
# self-funded plans (29 CFR 2590.715-2719(d)): 4 months after receipt -> 02/06/2027 (safe: 01/30/2027 from the
# letter's date). The final letter wrongly says "state Division of Insurance within 60 days".
patient:
  name: Corinne Delacroix-Amadi
  salutation: Ms. Delacroix-Amadi
  date_of_birth: 1974-08-30
  member_id: FICT-CRW-30771852
  address: |-
    2290 Northwest Everett Street
    Portland, OR 97210
insurer:
  name: Cascade Rail Works Employee Health Plan, self-funded (FICTIONAL); claims administrator Northfir Benefit Services (FICTIONAL)
  appeals_address: |-
    Northfir Benefit Services, Appeals Unit (FICTIONAL)
    PO Box 8841
    Portland, OR 97208
  fax: (503) 555-0157
claim:
  number: FICT-NBS-26-0412-77310
  plan_type: employer_erisa
  funding: self_funded
  employees: 1900
  notice_date: 2026-05-04
  notice_received:
    date: 2026-10-06
    proof: other/certified-mail-receipt-2026-10-06.txt
  service_dates: [2026-04-13, 2026-04-30]
  setting: partial_hospitalization
  diagnosis_codes: [F50.012]
  revenue_codes: ["0912"]
  denial_reason: >-
    Partial hospitalization is not medically necessary. The member could be treated safely at the intensive
    outpatient level.
  denial_category: medical_necessity
  denial_reasons: [level_of_care]
  reviewer:
    name: Dr. Landon Pruitt-Ashby
    specialty: family medicine
decisions:
  - date: 2026-07-22
    outcome: denied
    stage: first-level appeal
    opens: second level
  - date: 2026-09-30
    outcome: denied
    stage: second-level appeal (final internal)
    opens: external review
    reason: >-
      Upon review, the denial is upheld. Intensive outpatient treatment would have been appropriate. This is the
      final level of internal appeal.
external_review:
  agency: Independent review organization assigned by the plan (federal external review process, 29 CFR 2590.715-2719(d))
  final_denial_date: 2026-09-30
plan_policy:
  name: Cascade Rail Works Employee Health Plan SPD, Section 11.6 (External review)
  quote: >-
    If your appeal is denied at the final level on a question of medical judgment, you may request external
    review. Send your written request to the Claims Administrator within four months after the date you receive
    the final adverse benefit determination. The Plan will assign an accredited independent review organization.
  file: other/spd-section-11-6-excerpt.txt
treatment:
  name: Partial hospitalization for anorexia nervosa (April 13 through April 30, 2026)
  summary: Eating-disorder partial hospitalization program, 5 days a week.
clinical:
  severity: BMI 15.6 with a 9 kg loss in 10 weeks on 04/13/2026
  severity_date: 2026-04-13
  suicidality: none
  history:
    - drug: intensive outpatient eating-disorder treatment
      kind: other
      start: 2026-02-09
      end: 2026-04-03
      weeks: 8
      failed: true
      response: none
      outcome: continued weight loss
      evidence: {file: clinical/php-admission-summary-2026-04-13.txt, page: 1}
author:
  name: Julien Delacroix-Amadi
  relation: representative
  role: Son, authorized representative (plan's form signed 10/12/2026)
  authorization: other/authorized-representative-form-2026-10-12.txt
  address: |-
    88 Southeast Alder Street, Unit 3
    Portland, OR 97214
  phone: (503) 555-0146
provider:
  name: Rosewater Eating Disorder Program (FICTIONAL)
  npi: "@NPI4@"
  address: |-
    1500 Southwest Jefferson Street
    Portland, OR 97201
  phone: (503) 555-0128
record_dates:
  - file: denial/final-appeal-decision-2026-09-30.txt
    date: 2026-09-30
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/final-appeal-decision-2026-09-30.txt": """NORTHFIR BENEFIT SERVICES (FICTIONAL), claims administrator for the Cascade Rail Works Employee Health Plan
SECOND-LEVEL APPEAL DECISION   Date: 09/30/2026   Sent by certified mail
Member: Corinne Delacroix-Amadi   Member ID: FICT-CRW-30771852   Claim: FICT-NBS-26-0412-77310
Services: partial hospitalization, 04/13/2026 through 04/30/2026, revenue code 0912
Reviewer: Landon Pruitt-Ashby, MD, family medicine
Decision: Upon review, the denial is upheld. Intensive outpatient treatment would have been appropriate. This is
the final level of internal appeal.
Further review: You may contact the Oregon Division of Financial Regulation, Insurance Division, within 60 days
of this letter to request external review.""",
        "denial/first-level-decision-2026-07-22.txt": """NORTHFIR BENEFIT SERVICES (FICTIONAL) - FIRST-LEVEL APPEAL DECISION
Date: 07/22/2026   Claim: FICT-NBS-26-0412-77310
Decision: upheld. You may request a second-level appeal within 60 days of receiving this letter.""",
        "clinical/php-admission-summary-2026-04-13.txt": """ROSEWATER EATING DISORDER PROGRAM (FICTIONAL) - ADMISSION SUMMARY
Date: 04/13/2026   Patient: Corinne Delacroix-Amadi   DOB 08/30/1974
BMI 15.6 (weight loss of 9 kg in 10 weeks); restricting at every meal without supervision; failed 8 weeks of
intensive outpatient treatment (02/09/2026 to 04/03/2026): no response, with continued weight loss.
Attending: Wren Castellanos-Obi, MD, psychiatrist (NPI @NPI5@).""",
        "other/certified-mail-receipt-2026-10-06.txt": """UNITED STATES POSTAL SERVICE - DOMESTIC RETURN RECEIPT (FICTIONAL COPY)
Article: Northfir Benefit Services, second-level appeal decision
Addressee: Corinne Delacroix-Amadi   Date of delivery: 10/06/2026   Signature: C. Delacroix-Amadi""",
        "other/spd-section-11-6-excerpt.txt": """CASCADE RAIL WORKS EMPLOYEE HEALTH PLAN (FICTIONAL) - SUMMARY PLAN DESCRIPTION, SECTION 11.6
The Plan is self-funded. The Plan is not grandfathered.
External review. If your appeal is denied at the final level on a question of medical judgment, you may request
external review. Send your written request to the Claims Administrator within four months after the date you
receive the final adverse benefit determination. The Plan will assign an accredited independent review
organization.""",
        "other/authorized-representative-form-2026-10-12.txt": """CASCADE RAIL WORKS EMPLOYEE HEALTH PLAN (FICTIONAL) - AUTHORIZED REPRESENTATIVE DESIGNATION
Member: Corinne Delacroix-Amadi   Claim: FICT-NBS-26-0412-77310
I designate my son, Julien Delacroix-Amadi, as my authorized representative for all appeals and external review
of this claim. Signed by the member on 10/12/2026.""",
    },
    truth="""## What is true
- Self-funded ERISA plan (1,900 employees, not grandfathered). PHP 04/13-04/30/2026 for anorexia nervosa denied
  as not medically necessary ("IOP appropriate"); first level upheld 07/22/2026; **second and final internal level
  upheld 09/30/2026**, delivered **10/06/2026** (return receipt).
- **Level: request for external review** under the federal process for self-funded plans (29 CFR
  2590.715-2719(d)), sent to the claims administrator, which assigns an accredited IRO (SPD 11.6).
- **True deadline: 02/06/2027** - four months after receipt of the final denial (29 CFR 2590.715-2719(d)(2)(i);
  SPD 11.6). Safe date counted from the letter's own date: 01/30/2027. The letter's "state Division, within 60
  days of this letter" (11/29/2026, already past) names the wrong body and the wrong window for a self-funded plan.
- The reviewer is a family physician; the record shows 8 weeks of failed IOP before PHP.
- The son is authorized by the plan's form signed 10/12/2026.

## Deliberately unknown
- Which criteria the reviewer applied (not named in any decision).
- Whether Oregon offers a voluntary state route for self-funded plans (not in the record; not needed).

## Traps
- Stage: not a third internal appeal; the decision appealed is the 09/30 final decision, not the 05/04 EOB.
- Deadline: not 60 days, not "passed"; 4 months from receipt (10/06), not from 09/30 unless being safe.
- Self-funded: cite 29 CFR 2590.715-2719 (not only 45 CFR 147.136); no state insurance department route.
- "IOP would have been appropriate" although IOP had been tried and failed for 8 weeks.

## Arguments a strong letter makes
1. Requests external review of the 09/30/2026 final internal denial, in time (received 10/06/2026; 4 months).
2. Says the final letter named the wrong body and window; the SPD and the federal rule govern.
3. IOP had failed (02/09-04/03/2026, continued weight loss; BMI 15.6): the lower level was tried.
4. The reviewer was not an eating-disorder or psychiatric specialist; ask the IRO for appropriate expertise and
   ask the plan for the criteria and the claim file (29 CFR 2560.503-1(h)(2)(iii)).

## What a letter must NOT say
- That the deadline passed or is 11/29/2026; that it is a second-level or third internal appeal.
- That the request goes to the Oregon insurance regulator; that IOP was never tried.
- That the son is the patient.
""",
    answers=[
        ("Date of the final decision?", "SECOND-LEVEL APPEAL DECISION   Date: 09/30/2026", "denial/final-appeal-decision-2026-09-30.txt"),
        ("Is it final?", "This is\nthe final level of internal appeal.", "denial/final-appeal-decision-2026-09-30.txt"),
        ("Wrong route the letter names?", "Oregon Division of Financial Regulation", "denial/final-appeal-decision-2026-09-30.txt"),
        ("Wrong window?", "within 60 days\nof this letter", "denial/final-appeal-decision-2026-09-30.txt"),
        ("Reviewer specialty?", "Landon Pruitt-Ashby, MD, family medicine", "denial/final-appeal-decision-2026-09-30.txt"),
        ("Revenue code?", "revenue code 0912", "denial/final-appeal-decision-2026-09-30.txt"),
        ("First-level date?", "Date: 07/22/2026", "denial/first-level-decision-2026-07-22.txt"),
        ("Delivery of the final decision?", "Date of delivery: 10/06/2026", "other/certified-mail-receipt-2026-10-06.txt"),
        ("SPD window?", "within four months after the date you\nreceive the final adverse benefit determination", "other/spd-section-11-6-excerpt.txt"),
        ("Funding?", "The Plan is self-funded.", "other/spd-section-11-6-excerpt.txt"),
        ("Grandfathered?", "The Plan is not grandfathered.", "other/spd-section-11-6-excerpt.txt"),
        ("Who assigns the IRO?", "The Plan will assign an accredited independent review\norganization.", "other/spd-section-11-6-excerpt.txt"),
        ("IOP tried?", "failed 8 weeks of\nintensive outpatient treatment (02/09/2026 to 04/03/2026)", "clinical/php-admission-summary-2026-04-13.txt"),
        ("BMI at admission?", "BMI 15.6", "clinical/php-admission-summary-2026-04-13.txt"),
        ("Representative?", "my son, Julien Delacroix-Amadi", "other/authorized-representative-form-2026-10-12.txt"),
        ("Form signed?", "Signed by the member on 10/12/2026", "other/authorized-representative-form-2026-10-12.txt"),
    ]))

# ---------------------------------------------------------------- case 04
CASES.append(dict(
    n="04", slug="marketplace-member-claim-timely-filing-resubmission-relates-back-to-03-10-first-internal-180-days-05-24-patient",
    yaml="""# FICTIONAL CASE (set 88, case 04) - every person, plan, provider, number and address is invented.
# Individual Marketplace plan, North Carolina. Member-submitted claim for three out-of-network psychotherapy
# visits (06/2025) first received 03/10/2026 (in the 12-month limit); plan asked for an itemized bill 03/24; member
# resubmitted 08/27/2026 (within the 180 days the policy allows). Plan denied 11/25/2026 as untimely, counting from
# 08/27. First internal appeal: 180 days after receipt (45 CFR 147.136(b)(3)) -> 05/24/2027. Patient writes ("I").
patient:
  name: Yusuf Lindgren-Oyelaran
  salutation: Mr. Lindgren-Oyelaran
  date_of_birth: 1990-01-17
  member_id: FICT-PMC-91846220
  address: |-
    612 Glenwood Avenue, Apt 4B
    Raleigh, NC 27603
  phone: (919) 555-0117
  email: ylindgren@mail.example
insurer:
  name: Piedmont Mutual Care, Individual Silver 3500 (FICTIONAL)
  appeals_address: |-
    Piedmont Mutual Care Member Appeals (FICTIONAL)
    PO Box 30418
    Durham, NC 27702
  fax: (919) 555-0162
claim:
  number: FICT-PMC-MC-26-0827-40915
  plan_type: individual_aca
  student: false
  notice_date: 2026-11-25
  service_dates: [2025-06-16, 2025-06-23, 2025-06-30]
  procedure_codes: ["90837"]
  diagnosis_codes: [F41.1]
  carc_codes: [OA-29]
  denial_reason: >-
    The time limit for filing has expired. Claim received 08/27/2026. Dates of service are more than 12 months
    before the date we received the claim.
  denial_category: timely_filing
filing:
  first_submitted: 2026-03-10
  received: 2026-03-10
  proof: other/portal-receipt-2026-03-10.txt
  method: member portal
  asked: 2026-03-24
  answered: 2026-08-27
  limit_deadline: 2026-06-16
plan_policy:
  name: Piedmont Mutual Care 2026 Individual Policy, Section 9.2 (Filing a claim)
  quote: >-
    Claims must be submitted within 12 months after the date of service. If we return a claim or ask for more
    information, the claim will be treated as received on the date we first received it, provided the
    information we requested is furnished within 180 days of our request.
  file: other/policy-section-9-2-excerpt.txt
record_dates:
  - file: denial/eob-2026-11-25.txt
    date: 2026-11-25
  - file: other/portal-receipt-2026-03-10.txt
    date: 2026-03-10
    received: 2026-03-10
  - file: other/request-for-information-2026-03-24.txt
    date: 2026-03-24
  - file: other/portal-receipt-2026-08-27.txt
    date: 2026-08-27
    received: 2026-08-27
expenses:
  - {date: 2025-06-16, item: psychotherapy visit (90837), amount: "$210.00", paid: "$210.00"}
  - {date: 2025-06-23, item: psychotherapy visit (90837), amount: "$210.00", paid: "$210.00"}
  - {date: 2025-06-30, item: psychotherapy visit (90837), amount: "$210.00", paid: "$210.00"}
treatment:
  name: Three individual psychotherapy visits (June 16, 23 and 30, 2025)
  summary: Out-of-network psychotherapy for generalized anxiety disorder; I paid for each visit and filed the claim myself.
clinical:
  suicidality: none
author:
  name: Yusuf Lindgren-Oyelaran
  relation: patient
  role: Patient
provider:
  name: Dr. Annika Szabo-Mwangi
  credentials: PsyD, psychologist
  npi: "@NPI6@"
  address: |-
    4101 Lake Boone Trail, Suite 208
    Raleigh, NC 27607
  phone: (919) 555-0129
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/eob-2026-11-25.txt": """PIEDMONT MUTUAL CARE (FICTIONAL) - EXPLANATION OF BENEFITS
Date: 11/25/2026 (posted to your member portal; e-mail alert sent the same day)
Member: Yusuf Lindgren-Oyelaran   Member ID: FICT-PMC-91846220   Claim: FICT-PMC-MC-26-0827-40915
Provider: Annika Szabo-Mwangi, PsyD (out of network)   Submitted by: member
Lines: 06/16/2025, 06/23/2025, 06/30/2025 - 90837 - billed $210.00 each - allowed $0.00 - adjustment OA-29
Reason: The time limit for filing has expired. Claim received 08/27/2026. Dates of service are more than 12
months before the date we received the claim.
Appeals: You may appeal within 180 days of receiving this notice. Piedmont Mutual Care Member Appeals, PO Box
30418, Durham, NC 27702; fax (919) 555-0162.""",
        "other/portal-receipt-2026-03-10.txt": """PIEDMONT MUTUAL CARE MEMBER PORTAL (FICTIONAL) - CLAIM SUBMISSION RECEIPT
Received: 03/10/2026 09:41   Confirmation: SUB-26-0310-118204
Member: Yusuf Lindgren-Oyelaran   Dates of service: 06/16/2025, 06/23/2025, 06/30/2025   Amount: $630.00""",
        "other/request-for-information-2026-03-24.txt": """PIEDMONT MUTUAL CARE (FICTIONAL) - WE NEED MORE INFORMATION
Date: 03/24/2026   Re: submission SUB-26-0310-118204
We are returning your claim. Please send an itemized bill that shows the provider's NPI and the diagnosis code
for each visit. Send it within 180 days of the date of this letter.""",
        "other/portal-receipt-2026-08-27.txt": """PIEDMONT MUTUAL CARE MEMBER PORTAL (FICTIONAL) - CLAIM SUBMISSION RECEIPT
Received: 08/27/2026 20:15   Confirmation: SUB-26-0827-402771
Note entered by member: Itemized bill sent as requested in your letter of 03/24/2026 (SUB-26-0310-118204).""",
        "other/policy-section-9-2-excerpt.txt": """PIEDMONT MUTUAL CARE 2026 INDIVIDUAL POLICY (FICTIONAL) - SECTION 9.2 FILING A CLAIM
Claims must be submitted within 12 months after the date of service. If we return a claim or ask for more
information, the claim will be treated as received on the date we first received it, provided the information
we requested is furnished within 180 days of our request.""",
        "clinical/superbill-itemized-2026-08-20.txt": """ANNIKA SZABO-MWANGI, PsyD (FICTIONAL) - ITEMIZED BILL
Date: 08/20/2026   Patient: Yusuf Lindgren-Oyelaran   Provider NPI: @NPI6@
06/16/2025 90837 F41.1 $210.00 paid; 06/23/2025 90837 F41.1 $210.00 paid; 06/30/2025 90837 F41.1 $210.00 paid.""",
    },
    truth="""## What is true
- Individual Marketplace plan (not a student plan). Member-submitted claim for three OON psychotherapy visits
  (06/16, 06/23, 06/30/2025; 90837; $630 paid by him).
- **First received 03/10/2026** (portal SUB-26-0310-118204): within 12 months of every date of service (the
  earliest limit is 06/16/2026). The plan returned it 03/24/2026 asking for an itemized bill; he sent it
  **08/27/2026**, within 180 days of the request (limit 09/20/2026). Under policy Section 9.2 the claim is
  **treated as received 03/10/2026**: timely.
- **Level: first internal appeal** (post-service).
- **True deadline: 05/24/2027** - 180 days after receipt of the 11/25/2026 notice, posted to the portal and
  alerted the same day (45 CFR 147.136(b)(3), adopting 29 CFR 2560.503-1(h)(3)(i)); counted from the notice
  date it is the same day.

## Deliberately unknown
- Whether the plan's system linked the two submissions (no record says).
- The allowed amount the plan would pay out of network (not in the record).

## Traps
- Not a medical-judgment denial: no peer-to-peer, no clinical reviewer; not eligible for external review.
- The 12-month limit counted from 08/27 is the plan's error; the policy's own return-and-resubmit clause decides.
- The patient writes: "I", not "Mr. Lindgren-Oyelaran".
- OA-29, not a provider's contractual write-off: he paid and asks reimbursement.

## Arguments a strong letter makes
1. Quote Section 9.2; first receipt 03/10/2026 (portal receipt); requested information sent 08/27/2026, 156 days
   after the 03/24 request: the claim counts as received 03/10/2026, within 12 months of each date.
2. Ask that the claim be reprocessed and the covered amount reimbursed ($630 paid).

## What a letter must NOT say
- That the claim was first filed 08/27/2026, or late; "medical necessity"; "external review".
- That the care was in network; that the provider filed the claim.
""",
    answers=[
        ("Notice date?", "Date: 11/25/2026 (posted to your member portal", "denial/eob-2026-11-25.txt"),
        ("Plan's reason?", "The time limit for filing has expired.", "denial/eob-2026-11-25.txt"),
        ("Receipt date the plan used?", "Claim received 08/27/2026", "denial/eob-2026-11-25.txt"),
        ("CARC?", "adjustment OA-29", "denial/eob-2026-11-25.txt"),
        ("Who submitted?", "Submitted by: member", "denial/eob-2026-11-25.txt"),
        ("Appeal window printed?", "within 180 days of receiving this notice", "denial/eob-2026-11-25.txt"),
        ("First receipt?", "Received: 03/10/2026 09:41", "other/portal-receipt-2026-03-10.txt"),
        ("First confirmation?", "SUB-26-0310-118204", "other/portal-receipt-2026-03-10.txt"),
        ("Amount claimed?", "Amount: $630.00", "other/portal-receipt-2026-03-10.txt"),
        ("Date of the request for information?", "Date: 03/24/2026", "other/request-for-information-2026-03-24.txt"),
        ("What was asked?", "itemized bill that shows the provider's NPI and the diagnosis code", "other/request-for-information-2026-03-24.txt"),
        ("Resubmission receipt?", "Received: 08/27/2026 20:15", "other/portal-receipt-2026-08-27.txt"),
        ("Resubmission confirmation?", "SUB-26-0827-402771", "other/portal-receipt-2026-08-27.txt"),
        ("Filing limit?", "within 12 months after the date of service", "other/policy-section-9-2-excerpt.txt"),
        ("Relation-back clause?", "treated as received on the date we first received it", "other/policy-section-9-2-excerpt.txt"),
        ("Resubmission window?", "furnished within 180 days of our request", "other/policy-section-9-2-excerpt.txt"),
    ]))

# ---------------------------------------------------------------- case 05
CASES.append(dict(
    n="05", slug="fehb-opm-review-90-days-from-carrier-letter-01-31-carrier-wrongly-offers-iro-precert-requested-never-decided-patient",
    yaml="""# FICTIONAL CASE (set 88, case 05) - every person, plan, provider, number and address is invented.
# FEHB Basic Option, Maryland. The clinic faxed a precertification request for TMS on 05/04/2026; the carrier
# never decided it. Claim denied CO-197 (08/20/2026); the member's reconsideration (10/05) was upheld 11/02/2026
# with a paragraph offering "external review by an IRO within 4 months" - wrong for FEHB. This letter is the
# request for OPM review: 90 days after the date of the carrier's letter (brochure Section 8 Step 3; 5 CFR
# 890.105) -> 01/31/2027. The patient writes ("I").
patient:
  name: Thandiwe Marchetti-Osei
  salutation: Ms. Marchetti-Osei
  date_of_birth: 1979-12-04
  member_id: FICT-CFH-R77402913
  address: |-
    3310 Saint Paul Street
    Baltimore, MD 21218
  phone: (410) 555-0115
  email: tmarchetti@mail.example
insurer:
  name: Chesapeake Federal Health Plan, Basic Option (FICTIONAL)
  appeals_address: |-
    Chesapeake Federal Health Plan Reconsiderations (FICTIONAL)
    PO Box 17730
    Baltimore, MD 21297
  fax: (410) 555-0169
claim:
  number: FICT-CFH-26-0518-662104
  plan_type: fehb
  notice_date: 2026-08-20
  service_dates: [2026-05-18, 2026-06-26]
  sessions: 30
  procedure_codes: ["90868"]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-197]
  denial_reason: >-
    Precertification/authorization absent. No precertification is on file for these services.
  denial_category: prior_authorization
prior_auth:
  requested_on: 2026-05-04
  never_decided: true
decisions:
  - date: 2026-11-02
    outcome: denied
    stage: carrier reconsideration
    opens: OPM review
    next_deadline: 2027-01-31
    reason: >-
      Precertification was not obtained before services were provided. Our denial is upheld.
    corrections:
      - said: "Precertification was not obtained before services were provided."
        record: >-
          The clinic faxed a precertification request on 05/04/2026, two weeks before the first session; the fax
          report shows 7 pages sent OK. The carrier never decided it.
        file: other/precert-request-and-fax-report-2026-05-04.txt
        page: 1
external_review:
  agency: United States Office of Personnel Management, FEHB disputed claims review (FICTIONAL address)
  address: |-
    OPM FEHB Disputed Claims Review (FICTIONAL address for this test)
    PO Box 40915
    Washington, DC 20044
  final_denial_date: 2026-11-02
submissions:
  - date: 2026-10-05
    method: fax
    to: Chesapeake Federal Health Plan Reconsiderations (FICTIONAL), (410) 555-0169
    stage: carrier reconsideration
    confirmation: fax transmission report, 9 pages, OK, 10/05/2026 11:08
plan_policy:
  name: Chesapeake Federal Health Plan 2026 Brochure, Section 8 (The disputed claims process)
  quote: >-
    Step 3: If you do not agree with our decision, you may ask OPM to review it. You must write to OPM within 90
    days after the date of our letter upholding our initial decision.
  file: other/brochure-section-8-excerpt.txt
treatment:
  name: A 30-session course of transcranial magnetic stimulation (May 18 through June 26, 2026)
  summary: Daily TMS for recurrent major depression.
clinical:
  severity: PHQ-9 23 on 04/27/2026
  severity_date: 2026-04-27
  suicidality: none
  history:
    - {drug: escitalopram, dose: 20 mg, start: 2025-01-06, end: 2025-04-14, kind: antidepressant, failed: true, response: none, evidence: {file: clinical/precert-clinical-summary-2026-05-04.txt, page: 1}}
    - {drug: bupropion XL, dose: 450 mg, start: 2025-05-01, end: 2025-08-18, kind: antidepressant, failed: true, response: partial, evidence: {file: clinical/precert-clinical-summary-2026-05-04.txt, page: 1}}
author:
  name: Thandiwe Marchetti-Osei
  relation: patient
  role: Patient
provider:
  name: Dr. Ignatius Velasquez-Holm
  credentials: MD, psychiatrist
  npi: "@NPI7@"
  address: |-
    1000 North Charles Street, Suite 300
    Baltimore, MD 21201
  phone: (410) 555-0124
record_dates:
  - file: denial/carrier-reconsideration-decision-2026-11-02.txt
    date: 2026-11-02
  - file: other/precert-request-and-fax-report-2026-05-04.txt
    date: 2026-05-04
    sent: 2026-05-04
    sent_proof: other/precert-request-and-fax-report-2026-05-04.txt
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/carrier-reconsideration-decision-2026-11-02.txt": """CHESAPEAKE FEDERAL HEALTH PLAN (FICTIONAL) - RECONSIDERATION DECISION
Date: 11/02/2026   Member: Thandiwe Marchetti-Osei   Member ID: FICT-CFH-R77402913
Claim: FICT-CFH-26-0518-662104   Services: 90868 x 30, 05/18/2026 through 06/26/2026
We received your request for reconsideration on 10/05/2026.
Decision: Precertification was not obtained before services were provided. Our denial is upheld.
Further review: You may request an external review by an independent review organization within 4 months of
this letter.""",
        "denial/eob-2026-08-20.txt": """CHESAPEAKE FEDERAL HEALTH PLAN (FICTIONAL) - EXPLANATION OF BENEFITS
Date: 08/20/2026   Claim: FICT-CFH-26-0518-662104   90868 x 30   Adjustment: CO-197
Reason: Precertification/authorization absent. No precertification is on file for these services.
You may ask us to reconsider within 6 months of the date of this notice (brochure Section 8).""",
        "other/precert-request-and-fax-report-2026-05-04.txt": """LAKESIDE NEUROMODULATION CLINIC (FICTIONAL) - PRECERTIFICATION REQUEST
Date: 05/04/2026   To: Chesapeake Federal Health Plan Utilization Management, fax (410) 555-0171
Member: Thandiwe Marchetti-Osei   Requested: 90868, 30 sessions, start 05/18/2026
Prescriber: Ignatius Velasquez-Holm, MD (NPI @NPI7@)
FAX TRANSMISSION REPORT: 05/04/2026 15:32 to (410) 555-0171 - 7 pages - Result: OK""",
        "other/brochure-section-8-excerpt.txt": """CHESAPEAKE FEDERAL HEALTH PLAN 2026 BROCHURE (FICTIONAL) - SECTION 8 THE DISPUTED CLAIMS PROCESS
Step 1: Ask us in writing to reconsider our initial decision within 6 months from the date of our decision.
Step 3: If you do not agree with our decision, you may ask OPM to review it. You must write to OPM within 90
days after the date of our letter upholding our initial decision.
OPM review is the last level of the disputed claims process; this plan is not subject to state external review.""",
        "clinical/precert-clinical-summary-2026-05-04.txt": """LAKESIDE NEUROMODULATION CLINIC (FICTIONAL) - CLINICAL SUMMARY SENT WITH THE PRECERTIFICATION REQUEST
Date: 05/04/2026   Patient: Thandiwe Marchetti-Osei   Diagnosis: F33.2   PHQ-9 23 on 04/27/2026
Escitalopram 20 mg 01/06/2025-04/14/2025: no response. Bupropion XL 450 mg 05/01/2025-08/18/2025: partial, stopped.
Psychiatrist: Ignatius Velasquez-Holm, MD (NPI @NPI7@)""",
        "other/call-log-2026-06-01.txt": """MEMBER'S CALL NOTES (FICTIONAL)
06/01/2026 - called member services, rep "Dana", reference CALL-26-0601-5521: "the precertification request of
05/04 is in pending status; no decision yet".""",
    },
    truth="""## What is true
- FEHB Basic Option. The clinic faxed a **precertification request on 05/04/2026** (fax report OK, 7 pages); the
  carrier never decided it (member services on 06/01: "pending"). TMS 05/18-06/26/2026 (90868 x 30) denied
  CO-197 on 08/20/2026. Reconsideration faxed 10/05/2026; **carrier upheld 11/02/2026**.
- **Level: OPM review** (FEHB's second and last level), filed with OPM, not the carrier.
- **True deadline: 01/31/2027** - 90 days after the date of the carrier's letter upholding the denial
  (brochure Section 8 Step 3; 5 CFR 890.105). The carrier's paragraph ("external review by an IRO within 4
  months") is wrong for FEHB; the brochure says so itself.
- The reconsideration (10/05) was within 6 months of 08/20/2026.

## Deliberately unknown
- Why the carrier never decided the request (lost fax? not loaded?). Whether the carrier received the fax: the
  call note says "pending", so it was on file on 06/01.
- The carrier's criteria for TMS: medical necessity was never reviewed.

## Traps
- "Precertification was not obtained" is contradicted by the fax and the call note.
- No IRO, no state external review, no ERISA, no 45 CFR 147.136, no parity as a member right.
- Not a medical-necessity denial: no peer-to-peer. The patient writes "I".
- Not 120 days "after first writing": the carrier answered.

## Arguments a strong letter makes
1. Request for OPM review of the 11/02/2026 decision, filed within 90 days (by 01/31/2027).
2. A precertification request was made on 05/04/2026, before care; the carrier never decided it; ask OPM to
   direct the carrier to review medical necessity on the merits and pay.
3. Correct the decision's statement with the fax report and the 06/01 call reference.

## What a letter must NOT say
- That the deadline is 4 months, or that an IRO decides; that care began without a request.
- That the carrier reviewed and denied medical necessity.
""",
    answers=[
        ("Carrier decision date?", "RECONSIDERATION DECISION\nDate: 11/02/2026", "denial/carrier-reconsideration-decision-2026-11-02.txt"),
        ("Carrier's stated reason?", "Precertification was not obtained before services were provided.", "denial/carrier-reconsideration-decision-2026-11-02.txt"),
        ("Outcome?", "Our denial is upheld.", "denial/carrier-reconsideration-decision-2026-11-02.txt"),
        ("Wrong route offered?", "external review by an independent review organization within 4 months", "denial/carrier-reconsideration-decision-2026-11-02.txt"),
        ("When received the reconsideration?", "request for reconsideration on 10/05/2026", "denial/carrier-reconsideration-decision-2026-11-02.txt"),
        ("Initial EOB date?", "Date: 08/20/2026", "denial/eob-2026-08-20.txt"),
        ("Initial CARC?", "Adjustment: CO-197", "denial/eob-2026-08-20.txt"),
        ("Precert request date?", "Date: 05/04/2026", "other/precert-request-and-fax-report-2026-05-04.txt"),
        ("Fax result?", "7 pages - Result: OK", "other/precert-request-and-fax-report-2026-05-04.txt"),
        ("Sessions requested?", "Requested: 90868, 30 sessions, start 05/18/2026", "other/precert-request-and-fax-report-2026-05-04.txt"),
        ("OPM window?", "within 90\ndays after the date of our letter upholding", "other/brochure-section-8-excerpt.txt"),
        ("Brochure on state review?", "this plan is not subject to state external review", "other/brochure-section-8-excerpt.txt"),
        ("Carrier window?", "within 6 months from the date of our decision", "other/brochure-section-8-excerpt.txt"),
        ("Call reference?", "CALL-26-0601-5521", "other/call-log-2026-06-01.txt"),
        ("What member services said?", "is in pending status; no decision yet", "other/call-log-2026-06-01.txt"),
        ("Services on the decision?", "90868 x 30, 05/18/2026 through 06/26/2026", "denial/carrier-reconsideration-decision-2026-11-02.txt"),
    ]))

# ---------------------------------------------------------------- case 06
CASES.append(dict(
    n="06", slug="medicare-advantage-physician-expedited-pre-service-reconsideration-ect-network-inadequate-65-days-02-05-psychiatrist",
    yaml="""# FICTIONAL CASE (set 88, case 06) - every person, plan, provider, number and address is invented.
# Medicare Advantage HMO, New Mexico. Standard pre-service organization determination of 12/02/2026 denies ECT at an
# out-of-network hospital: "in-network providers are available". One listed provider closed its ECT service on
# 09/30/2026; the other is 190 miles away with a first opening 03/15/2027. The treating psychiatrist files an
# expedited reconsideration himself (42 CFR 422.578(c), 422.584): 72 hours. Window: 65 days from the notice
# (422.582(b)) -> 02/05/2027. Out of network at in-network cost sharing when the network is inadequate (422.112(a)(1)(iii)).
patient:
  name: Ernesto Valdivia-Kowalczyk
  salutation: Mr. Valdivia-Kowalczyk
  date_of_birth: 1958-03-09
  member_id: FICT-RGA-H4410-02917
  address: |-
    7720 Montgomery Boulevard NE
    Albuquerque, NM 87109
  phone: (505) 555-0112
insurer:
  name: Rio Grande Advantage HMO (FICTIONAL)
  appeals_address: |-
    Rio Grande Advantage Appeals and Grievances (FICTIONAL)
    PO Box 92610
    Albuquerque, NM 87199
  fax: (505) 555-0174
claim:
  number: FICT-RGA-OD-26-1202-30558
  plan_type: medicare_advantage
  notice_date: 2026-12-02
  urgent: true
  procedure_codes: ["90870"]
  diagnosis_codes: [F33.3]
  denial_reason: >-
    Electroconvulsive therapy at Sandia Regional Medical Center is not approved because the provider is out of
    network. In-network providers are available for this service.
  denial_category: out_of_network
  pending_services: [an index course of 12 ECT sessions]
urgency:
  reason: >-
    Severe recurrent depression with psychotic features: 11 kg weight loss since September, refusing most meals,
    nihilistic delusions; waiting for a standard decision could seriously jeopardize his life and health.
  certified_by: Dr. Osric Bellamy-Nakashima, MD, psychiatrist
network:
  - name: Mesa Behavioral Health (listed in-network ECT provider)
    date: 2026-11-16
    outcome: ECT program closed on 09/30/2026; no ECT offered
    evidence: {file: other/mesa-ect-closure-letter-2026-10-01.txt, page: 1}
  - name: Llano Estacado Psychiatric Hospital (listed in-network ECT provider)
    date: 2026-11-17
    outcome: first available ECT consultation 03/15/2027
    miles: 190
    first_opening: 2027-03-15
    evidence: {file: other/network-search-log-2026-11-18.txt, page: 1}
  - name: Rio Grande Advantage care coordination
    date: 2026-11-18
    outcome: "care coordinator could name no other in-network ECT provider (reference CC-26-1118-0442)"
    evidence: {file: other/network-search-log-2026-11-18.txt, page: 1}
plan_policy:
  name: Rio Grande Advantage 2026 Evidence of Coverage, Chapter 3, Section 2.4
  quote: >-
    If our network does not have a provider who can give you a covered service within 60 miles or within 30 days,
    we will arrange for you to get the service from an out-of-network provider at in-network cost sharing. Prior
    authorization is required.
  file: other/eoc-chapter-3-section-2-4-excerpt.txt
treatment:
  name: An index course of electroconvulsive therapy (12 sessions) at Sandia Regional Medical Center
  summary: ECT for severe recurrent major depression with psychotic features after a failed antidepressant trial and a failed augmentation trial.
clinical:
  severity: 11 kg weight loss since September 2026; eats less than a third of meals; nihilistic delusions (11/30/2026)
  severity_date: 2026-11-30
  suicidality: passive
  suicidality_date: 2026-11-30
  history:
    - {drug: sertraline, dose: 200 mg, weeks: 10, kind: antidepressant, failed: true, response: none, evidence: {file: clinical/psychiatric-evaluation-2026-11-30.txt, page: 1}}
    - {drug: venlafaxine with aripiprazole, dose: 225 mg and 10 mg, weeks: 8, kind: augmentation, failed: true, response: none, evidence: {file: clinical/psychiatric-evaluation-2026-11-30.txt, page: 1}}
author:
  name: Dr. Osric Bellamy-Nakashima
  relation: physician
  role: Treating psychiatrist
  authorization: other/patient-consent-2026-12-03.txt
  address: |-
    Sandia Regional Medical Center, Department of Psychiatry
    1100 University Boulevard NE
    Albuquerque, NM 87102
  phone: (505) 555-0121
provider:
  name: Dr. Osric Bellamy-Nakashima
  credentials: MD, psychiatrist
  npi: "@NPI8@"
  address: |-
    1100 University Boulevard NE
    Albuquerque, NM 87102
  phone: (505) 555-0121
record_dates:
  - file: denial/organization-determination-2026-12-02.txt
    date: 2026-12-02
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/organization-determination-2026-12-02.txt": """RIO GRANDE ADVANTAGE HMO (FICTIONAL) - NOTICE OF DENIAL OF MEDICAL COVERAGE
Date: 12/02/2026   Member: Ernesto Valdivia-Kowalczyk   Member ID: FICT-RGA-H4410-02917
Reference: FICT-RGA-OD-26-1202-30558   Request: 90870, 12 sessions, Sandia Regional Medical Center
Type of decision: standard (pre-service)
Decision: Electroconvulsive therapy at Sandia Regional Medical Center is not approved because the provider is out
of network. In-network providers are available for this service.
Your right to appeal: You may ask us for a reconsideration within 65 calendar days from the date of this notice.
You, your representative or your doctor may ask for a fast (expedited) decision; if your doctor says waiting
could seriously harm your health, we will decide within 72 hours.""",
        "clinical/psychiatric-evaluation-2026-11-30.txt": """SANDIA REGIONAL MEDICAL CENTER (FICTIONAL) - PSYCHIATRIC EVALUATION
Date: 11/30/2026   Patient: Ernesto Valdivia-Kowalczyk   DOB 03/09/1958
Diagnosis: F33.3. Weight loss 11 kg since September; eats less than a third of meals; nihilistic delusions.
Trials: sertraline 200 mg x 10 weeks - no response; venlafaxine 225 mg with aripiprazole 10 mg x 8 weeks - no response.
Passive death wish, no plan. Recommendation: index ECT, 12 sessions, to start as soon as authorized.
Psychiatrist: Osric Bellamy-Nakashima, MD (NPI @NPI8@)""",
        "other/mesa-ect-closure-letter-2026-10-01.txt": """MESA BEHAVIORAL HEALTH (FICTIONAL) - NOTICE TO REFERRING PHYSICIANS
Date: 10/01/2026
Our electroconvulsive therapy service closed on 09/30/2026. We are not accepting ECT referrals.""",
        "other/network-search-log-2026-11-18.txt": """SANDIA REGIONAL PSYCHIATRY INTAKE (FICTIONAL) - IN-NETWORK ECT SEARCH LOG
11/16/2026 Mesa Behavioral Health: ECT program closed 09/30/2026.
11/17/2026 Llano Estacado Psychiatric Hospital (190 miles): first available ECT consultation 03/15/2027.
11/18/2026 Rio Grande Advantage care coordination, reference CC-26-1118-0442: could name no other in-network ECT
provider.""",
        "other/eoc-chapter-3-section-2-4-excerpt.txt": """RIO GRANDE ADVANTAGE 2026 EVIDENCE OF COVERAGE (FICTIONAL) - CHAPTER 3, SECTION 2.4
If our network does not have a provider who can give you a covered service within 60 miles or within 30 days, we
will arrange for you to get the service from an out-of-network provider at in-network cost sharing. Prior
authorization is required.""",
        "other/patient-consent-2026-12-03.txt": """CONSENT (FICTIONAL)
Date: 12/03/2026. I, Ernesto Valdivia-Kowalczyk, agree that Dr. Osric Bellamy-Nakashima may appeal Rio Grande
Advantage's decision of 12/02/2026 for me and receive its decision. Signed: E. Valdivia-Kowalczyk""",
    },
    truth="""## What is true
- Medicare Advantage HMO. **Standard pre-service organization determination dated 12/02/2026** denies ECT (90870 x
  12) at an out-of-network hospital: "in-network providers are available".
- Network facts: Mesa Behavioral Health's ECT service **closed 09/30/2026**; Llano Estacado is **190 miles**
  away with a **first opening 03/15/2027**; the plan's care coordinator (11/18, CC-26-1118-0442) could name no
  other. EOC Ch. 3 Sec. 2.4: OON at in-network cost sharing when no network provider within 60 miles or 30 days.
- **Level: expedited pre-service reconsideration** filed by the treating physician (42 CFR 422.578(c),
  422.584): the plan must expedite on a physician's statement and decide within 72 hours (422.590).
- **True deadline: 02/05/2027** - 65 days from the date of the notice (42 CFR 422.582(b)), as the notice says.
  Not from receipt.
- Plan duty: arrange out-of-network care at in-network cost sharing when the network is unavailable or
  inadequate (42 CFR 422.112(a)(1)(iii)).

## Deliberately unknown
- Whether Sandia Regional would accept a single-case agreement (not in the record).
- The plan's own provider directory page (not enclosed).

## Traps
- It is not a payment appeal; no service date; no "pay the claim".
- Medicare Advantage: no ERISA, no 45 CFR 147.136, no parity law, no "state external review"; the IRE comes
  automatically only if the plan upholds.
- The physician may file the pre-service reconsideration himself; the consent is enclosed but no CMS-1696 is
  required for this.
- Passive death wish only: not "active suicidal ideation".

## Arguments a strong letter makes
1. Expedited reconsideration, certified by the treating psychiatrist; decide within 72 hours.
2. The network is inadequate for this care under the EOC's own access standard (60 miles / 30 days): one
   provider closed, one 190 miles and 3+ months away; the plan's coordinator found none.
3. Ask for authorization at Sandia Regional at in-network cost sharing (EOC 2.4; 422.112(a)(1)(iii)).

## What a letter must NOT say
- That no in-network ECT provider exists anywhere; that the deadline is 60 days or counts from receipt.
- That the patient is actively suicidal; that the claim should be paid.
""",
    answers=[
        ("Notice date?", "NOTICE OF DENIAL OF MEDICAL COVERAGE\nDate: 12/02/2026", "denial/organization-determination-2026-12-02.txt"),
        ("Decision type?", "Type of decision: standard (pre-service)", "denial/organization-determination-2026-12-02.txt"),
        ("Plan's reason?", "In-network providers are available for this service.", "denial/organization-determination-2026-12-02.txt"),
        ("Window printed?", "within 65 calendar days from the date of this notice", "denial/organization-determination-2026-12-02.txt"),
        ("Expedited clock?", "we will decide within 72 hours", "denial/organization-determination-2026-12-02.txt"),
        ("Request?", "Request: 90870, 12 sessions", "denial/organization-determination-2026-12-02.txt"),
        ("Weight loss?", "Weight loss 11 kg since September", "clinical/psychiatric-evaluation-2026-11-30.txt"),
        ("Suicidality?", "Passive death wish, no plan.", "clinical/psychiatric-evaluation-2026-11-30.txt"),
        ("Failed trials?", "venlafaxine 225 mg with aripiprazole 10 mg x 8 weeks - no response", "clinical/psychiatric-evaluation-2026-11-30.txt"),
        ("Mesa closure date?", "closed on 09/30/2026", "other/mesa-ect-closure-letter-2026-10-01.txt"),
        ("Llano Estacado distance?", "Llano Estacado Psychiatric Hospital (190 miles)", "other/network-search-log-2026-11-18.txt"),
        ("First opening?", "first available ECT consultation 03/15/2027", "other/network-search-log-2026-11-18.txt"),
        ("Care coordination reference?", "CC-26-1118-0442", "other/network-search-log-2026-11-18.txt"),
        ("EOC access standard?", "within 60 miles or within 30 days", "other/eoc-chapter-3-section-2-4-excerpt.txt"),
        ("EOC cost sharing?", "at in-network cost sharing", "other/eoc-chapter-3-section-2-4-excerpt.txt"),
        ("Consent date?", "Date: 12/03/2026", "other/patient-consent-2026-12-03.txt"),
    ]))

# ---------------------------------------------------------------- case 07
CASES.append(dict(
    n="07", slug="state-employee-plan-second-level-age-26-coverage-to-end-of-month-60-days-from-receipt-01-23-mother-with-adult-childs-authorization",
    yaml="""# FICTIONAL CASE (set 88, case 07) - every person, plan, provider, number and address is invented.
# Governmental plan (state employees), self-funded, Kansas, not grandfathered. Adult daughter turned 26 on
# 07/14/2026; the plan ended her coverage that day, but its own document keeps a child covered to the end of the
# month in which she turns 26 (07/31). IOP visits 07/20, 07/22, 07/27 denied CO-27; first level upheld 11/20/2026,
# e-mailed 11/24. Second level: 60 days after receipt (plan document 14.3) -> 01/23/2027 (safe 01/19/2027).
# The mother (the employee) writes with her daughter's signed authorization.
patient:
  name: Nadia Fairbanks-Olawale
  salutation: Ms. Fairbanks-Olawale
  date_of_birth: 2000-07-14
  member_id: FICT-SSE-4471093-03
  address: |-
    1215 Southwest Lane Street
    Topeka, KS 66604
insurer:
  name: Sunflower State Employee Health Plan, self-funded (FICTIONAL)
  appeals_address: |-
    Sunflower State Employee Health Plan, Second-Level Appeals (FICTIONAL)
    PO Box 2770
    Topeka, KS 66601
  fax: (785) 555-0165
claim:
  number: FICT-SSE-26-0720-118842
  plan_type: governmental
  funding: self_funded
  grandfathered: false
  employees: 24000
  stage: second level
  notice_date: 2026-08-12
  service_dates: [2026-07-20, 2026-07-22, 2026-07-27]
  setting: intensive_outpatient
  diagnosis_codes: [F33.1]
  revenue_codes: ["0905"]
  carc_codes: [CO-27]
  denial_reason: >-
    Expenses incurred after coverage terminated. Dependent coverage terminated 07/14/2026.
  denial_category: other
  denial_reasons: [coverage_ended]
  notice_received:
    date: 2026-11-24
    proof: other/appeals-unit-email-2026-11-24.txt
decisions:
  - date: 2026-11-20
    outcome: denied
    stage: first-level appeal
    opens: second level
    next_deadline: 2027-01-23
    reason: >-
      Dependent children are eligible to age 26. Nadia reached age 26 on 07/14/2026 and her coverage ended on
      that date. The denial is upheld.
    corrections:
      - said: "Nadia reached age 26 on 07/14/2026 and her coverage ended on that date."
        record: >-
          Plan Document Section 3.2(c): coverage for a child ends on the last day of the month in which the child
          reaches age 26, so her coverage ran through 07/31/2026.
        file: other/plan-document-sections-3-2-and-14-3.txt
        page: 1
eligibility:
  why: >-
    The plan's own document keeps a child covered through the last day of the month in which she turns 26;
    she turned 26 on 07/14/2026, so she was covered through 07/31/2026 and on every date of service.
  start: 2024-01-01
  end: 2026-07-31
  coverage: dependent coverage under her mother's state employee plan
  record: {name: "Plan Document, Section 3.2(c)", date: 2026-01-01, file: other/plan-document-sections-3-2-and-14-3.txt, page: 1}
  proof: other/plan-document-sections-3-2-and-14-3.txt
plan_policy:
  name: Sunflower State Employee Health Plan Document (2026), Section 3.2(c)
  quote: >-
    Coverage for a child ends on the last day of the month in which the child reaches age 26.
  file: other/plan-document-sections-3-2-and-14-3.txt
treatment:
  name: Intensive outpatient program visits on July 20, 22 and 27, 2026
  summary: Intensive outpatient treatment for recurrent major depression.
clinical:
  suicidality: none
author:
  name: Gwendolyn Fairbanks-Olawale
  relation: representative
  role: Mother, plan subscriber (state employee), authorized representative
  authorization: other/authorization-signed-by-nadia-2026-12-01.txt
  address: |-
    1215 Southwest Lane Street
    Topeka, KS 66604
  phone: (785) 555-0113
provider:
  name: Prairie Sky Behavioral Health IOP (FICTIONAL)
  npi: "@NPI5@"
  address: |-
    3600 Southwest Topeka Boulevard
    Topeka, KS 66611
  phone: (785) 555-0126
record_dates:
  - file: denial/first-level-decision-2026-11-20.txt
    date: 2026-11-20
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/first-level-decision-2026-11-20.txt": """SUNFLOWER STATE EMPLOYEE HEALTH PLAN (FICTIONAL) - FIRST-LEVEL APPEAL DECISION
Date: 11/20/2026   Subscriber: Gwendolyn Fairbanks-Olawale   Patient: Nadia Fairbanks-Olawale (dependent, 03)
Claim: FICT-SSE-26-0720-118842   Dates of service: 07/20/2026, 07/22/2026, 07/27/2026   Adjustment: CO-27
Decision: Dependent children are eligible to age 26. Nadia reached age 26 on 07/14/2026 and her coverage ended on
that date. The denial is upheld.
You may request a second-level appeal within 60 days after you receive this decision (Plan Document Section 14.3).""",
        "denial/eob-2026-08-12.txt": """SUNFLOWER STATE EMPLOYEE HEALTH PLAN (FICTIONAL) - EXPLANATION OF BENEFITS
Date: 08/12/2026   Claim: FICT-SSE-26-0720-118842   Patient: Nadia Fairbanks-Olawale
Revenue code 0905 on 07/20/2026, 07/22/2026, 07/27/2026 - Adjustment CO-27
Reason: Expenses incurred after coverage terminated. Dependent coverage terminated 07/14/2026.""",
        "other/appeals-unit-email-2026-11-24.txt": """E-MAIL (FICTIONAL COPY)
From: appeals@sunflower-seh.example   To: gfairbanks@mail.example   Sent: 11/24/2026 10:02
Subject: First-level appeal decision, claim FICT-SSE-26-0720-118842
Attached is the decision dated 11/20/2026. Our mailing of 11/20 was returned for an incomplete address.""",
        "other/plan-document-sections-3-2-and-14-3.txt": """SUNFLOWER STATE EMPLOYEE HEALTH PLAN DOCUMENT 2026 (FICTIONAL) - EXCERPTS
Section 3.2(c): Coverage for a child ends on the last day of the month in which the child reaches age 26.
Section 14.3: You may request a second-level appeal within 60 days after you receive the first-level decision.
The second-level decision is the Plan's final internal decision. This Plan is not grandfathered.""",
        "other/authorization-signed-by-nadia-2026-12-01.txt": """AUTHORIZATION OF REPRESENTATIVE (FICTIONAL)
Date: 12/01/2026. I, Nadia Fairbanks-Olawale (born 07/14/2000), authorize my mother, Gwendolyn Fairbanks-Olawale,
to appeal claim FICT-SSE-26-0720-118842 for me and to receive my health information for that purpose.""",
    },
    truth="""## What is true
- Governmental (state employee) plan, self-funded, not grandfathered; no ERISA. Adult daughter born
  07/14/2000 turned 26 on **07/14/2026**. Plan Document 3.2(c): coverage ends on the **last day of the month**
  she turns 26 -> covered **through 07/31/2026**. IOP dates 07/20, 07/22, 07/27/2026 all fall within it.
- EOB 08/12/2026 CO-27; **first-level appeal upheld 11/20/2026**; the mailing was returned and the decision was
  e-mailed on **11/24/2026** (received that day).
- **Level: second-level appeal** (Plan Document 14.3; the plan's final internal level).
- **True deadline: 01/23/2027** - 60 days after receipt (11/24/2026) of the first-level decision (Plan Document
  14.3). Counted from the decision's date: 01/19/2027 (safe).
- Rules: the plan's own document; as a non-grandfathered governmental plan, the internal-appeal and
  external-review rules of 45 CFR 147.136 apply (not ERISA).
- The daughter (26, an adult) signed an authorization for her mother on 12/01/2026.

## Deliberately unknown
- Why the first mailing had an incomplete address (the e-mail says only that).
- Whether the employer's HR office reported the end date as 07/14 (not in the record).

## Traps
- Stage: quotes the 11/20 decision, not only the 08/12 EOB; says it is a second-level appeal.
- Not medical judgment: no peer-to-peer, no clinical reviewer; no parity argument needed.
- ERISA (29 CFR 2560.503-1) does not govern a governmental plan.
- IOP is not inpatient and not a "stay"; three separate dates.
- The mother writes about Nadia (third person); Nadia is an adult, so her authorization is needed.

## Arguments a strong letter makes
1. Second-level appeal of the 11/20/2026 decision, in time (received 11/24/2026; 60 days).
2. Quote Section 3.2(c): coverage ran through 07/31/2026; every date of service is within it.
3. Correct the decision's "coverage ended on that date"; ask the plan to correct its record and reprocess.

## What a letter must NOT say
- That coverage ended 07/14/2026; ERISA citations; "medical necessity".
- That the deadline counts from 08/12/2026 or is 180 days.
""",
    answers=[
        ("First-level decision date?", "FIRST-LEVEL APPEAL DECISION\nDate: 11/20/2026", "denial/first-level-decision-2026-11-20.txt"),
        ("Decision's statement?", "Nadia reached age 26 on 07/14/2026 and her coverage ended on\nthat date.", "denial/first-level-decision-2026-11-20.txt"),
        ("Outcome?", "The denial is upheld.", "denial/first-level-decision-2026-11-20.txt"),
        ("Second-level window?", "within 60 days after you receive this decision", "denial/first-level-decision-2026-11-20.txt"),
        ("Dates of service?", "07/20/2026, 07/22/2026, 07/27/2026", "denial/first-level-decision-2026-11-20.txt"),
        ("CARC?", "Adjustment: CO-27", "denial/first-level-decision-2026-11-20.txt"),
        ("EOB date?", "Date: 08/12/2026", "denial/eob-2026-08-12.txt"),
        ("EOB reason?", "Expenses incurred after coverage terminated.", "denial/eob-2026-08-12.txt"),
        ("Revenue code?", "Revenue code 0905", "denial/eob-2026-08-12.txt"),
        ("When received?", "Sent: 11/24/2026 10:02", "other/appeals-unit-email-2026-11-24.txt"),
        ("Why by e-mail?", "returned for an incomplete address", "other/appeals-unit-email-2026-11-24.txt"),
        ("Plan's age-26 rule?", "ends on the last day of the month in which the child reaches age 26", "other/plan-document-sections-3-2-and-14-3.txt"),
        ("Final level?", "The second-level decision is the Plan's final internal decision.", "other/plan-document-sections-3-2-and-14-3.txt"),
        ("Grandfathered?", "This Plan is not grandfathered.", "other/plan-document-sections-3-2-and-14-3.txt"),
        ("Patient's date of birth?", "born 07/14/2000", "other/authorization-signed-by-nadia-2026-12-01.txt"),
        ("Authorization date?", "Date: 12/01/2026", "other/authorization-signed-by-nadia-2026-12-01.txt"),
    ]))

# ---------------------------------------------------------------- case 08
CASES.append(dict(
    n="08", slug="insured-erisa-network-gap-exception-requested-06-15-never-decided-then-pr242-first-internal-180-days-04-28-wife-rep",
    yaml="""# FICTIONAL CASE (set 88, case 08) - every person, plan, provider, number and address is invented.
# Insured employer plan (ERISA), Colorado, 400 employees. Member's wife faxed a network-exception request for
# exposure and response prevention (ERP) on 06/15/2026, before care began 07/07; the plan never decided it (15
# days for a pre-service claim, 29 CFR 2560.503-1(f)(2)(iii)(A)). Thirteen visits denied PR-242 on 10/30/2026.
# First internal appeal: 180 days after receipt (2560.503-1(h)(3)(i)) -> 04/28/2027. The wife writes as the
# plan-designated authorized representative.
patient:
  name: Bartholomew Ngata-Lindqvist
  salutation: Mr. Ngata-Lindqvist
  date_of_birth: 1986-10-02
  member_id: FICT-FRH-88104377
  address: |-
    2045 Pearl Street
    Boulder, CO 80302
insurer:
  name: Front Range Health Insurance Company, group PPO-Select (FICTIONAL)
  appeals_address: |-
    Front Range Health Insurance Company Appeals (FICTIONAL)
    PO Box 46110
    Denver, CO 80201
  fax: (303) 555-0166
claim:
  number: FICT-FRH-26-0707-551902
  plan_type: employer_erisa
  funding: insured
  employees: 400
  notice_date: 2026-10-30
  service_dates: [2026-07-07, 2026-09-29]
  sessions: 13
  procedure_codes: ["90837"]
  diagnosis_codes: [F42.2]
  carc_codes: [PR-242]
  denial_reason: >-
    Provider out of network. Your plan does not cover services from out-of-network providers except for
    emergencies.
  denial_category: out_of_network
prior_auth:
  requested_on: 2026-06-15
  never_decided: true
network:
  - name: Dr. Felicity Harrow-Baptiste, in-network psychologist
    date: 2026-06-08
    outcome: does not provide exposure and response prevention
    evidence: {file: other/network-search-and-call-log-2026-06.txt, page: 1}
  - name: Boulder Valley Anxiety Center, in-network
    date: 2026-06-09
    outcome: ERP waitlist 16 weeks
    evidence: {file: other/network-search-and-call-log-2026-06.txt, page: 1}
  - name: Front Range Health member services
    date: 2026-06-12
    outcome: "no other in-network ERP provider within 30 miles; told to request a network exception (reference MS-26-0612-7731)"
    evidence: {file: other/network-search-and-call-log-2026-06.txt, page: 1}
plan_policy:
  name: Front Range Health Group Certificate of Coverage (2026), Section 6.4 (Network exceptions)
  quote: >-
    If no network provider with the expertise you need is available within 30 miles or within 15 business days,
    you may ask us for a network exception before you receive care. If we approve it, covered services from the
    out-of-network provider are paid at the in-network benefit level.
  file: other/certificate-section-6-4-excerpt.txt
treatment:
  name: Thirteen weekly sessions of exposure and response prevention (July 7 through September 29, 2026)
  summary: ERP, the first-line psychotherapy for obsessive-compulsive disorder, with an out-of-network psychologist.
clinical:
  severity: Y-BOCS 31 at the start of ERP (07/07/2026), 17 at session 13 (09/29/2026)
  severity_date: 2026-09-29
  suicidality: none
author:
  name: Ingrid Ngata-Lindqvist
  relation: representative
  role: Wife, authorized representative (plan form signed 11/09/2026)
  authorization: other/authorized-representative-form-2026-11-09.txt
  address: |-
    2045 Pearl Street
    Boulder, CO 80302
  phone: (303) 555-0119
provider:
  name: Dr. Cassius Okafor-Lindahl
  credentials: PhD, psychologist
  npi: "@NPI2@"
  address: |-
    1650 38th Street, Suite 102
    Boulder, CO 80301
  phone: (303) 555-0132
record_dates:
  - file: denial/eob-2026-10-30.txt
    date: 2026-10-30
  - file: other/network-exception-request-and-fax-report-2026-06-15.txt
    date: 2026-06-15
    sent: 2026-06-15
    sent_proof: other/network-exception-request-and-fax-report-2026-06-15.txt
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/eob-2026-10-30.txt": """FRONT RANGE HEALTH INSURANCE COMPANY (FICTIONAL) - EXPLANATION OF BENEFITS
Date: 10/30/2026 (posted to the member portal the same day)
Member: Bartholomew Ngata-Lindqvist   Member ID: FICT-FRH-88104377   Claim: FICT-FRH-26-0707-551902
Provider: Cassius Okafor-Lindahl, PhD (out of network)   90837 x 13, 07/07/2026 through 09/29/2026
Adjustment: PR-242. Reason: Provider out of network. Your plan does not cover services from out-of-network
providers except for emergencies.
You may appeal within 180 days after you receive this notice.""",
        "other/network-exception-request-and-fax-report-2026-06-15.txt": """NETWORK EXCEPTION REQUEST (FICTIONAL)
Date: 06/15/2026   To: Front Range Health Utilization Management, fax (303) 555-0167
Member: Bartholomew Ngata-Lindqvist   Requested: network exception for ERP with Cassius Okafor-Lindahl, PhD,
weekly from 07/07/2026, because no in-network ERP provider is available within 30 miles or 15 business days.
FAX TRANSMISSION REPORT: 06/15/2026 09:47 to (303) 555-0167 - 5 pages - Result: OK""",
        "other/network-search-and-call-log-2026-06.txt": """IN-NETWORK SEARCH AND CALL LOG (FICTIONAL), kept by Ingrid Ngata-Lindqvist
06/08/2026 Dr. Felicity Harrow-Baptiste (in network): does not provide exposure and response prevention.
06/09/2026 Boulder Valley Anxiety Center (in network): ERP waitlist 16 weeks.
06/12/2026 Front Range Health member services, reference MS-26-0612-7731: no other in-network ERP provider within
30 miles; told to request a network exception.
07/01/2026 Front Range Health member services, reference MS-26-0701-8120: exception request "received, under
review".""",
        "other/certificate-section-6-4-excerpt.txt": """FRONT RANGE HEALTH GROUP CERTIFICATE OF COVERAGE 2026 (FICTIONAL) - SECTION 6.4 NETWORK EXCEPTIONS
If no network provider with the expertise you need is available within 30 miles or within 15 business days, you
may ask us for a network exception before you receive care. If we approve it, covered services from the
out-of-network provider are paid at the in-network benefit level.""",
        "clinical/erp-treatment-summary-2026-09-29.txt": """CASSIUS OKAFOR-LINDAHL, PhD (FICTIONAL) - TREATMENT SUMMARY
Date: 09/29/2026   Patient: Bartholomew Ngata-Lindqvist   Diagnosis: F42.2
Exposure and response prevention, 13 weekly sessions, 07/07/2026 to 09/29/2026. Y-BOCS 31 at start, 17 at session 13.""",
        "other/authorized-representative-form-2026-11-09.txt": """FRONT RANGE HEALTH (FICTIONAL) - AUTHORIZED REPRESENTATIVE FORM
Member: Bartholomew Ngata-Lindqvist. I designate my wife, Ingrid Ngata-Lindqvist, to act for me in the appeal of
claim FICT-FRH-26-0707-551902. Signed by the member on 11/09/2026.""",
    },
    truth="""## What is true
- Insured ERISA group plan (400 employees). On **06/15/2026**, before care began (07/07), a network-exception
  request was faxed to utilization management (fax OK); on 07/01 member services said it was "received, under
  review"; **it was never decided** (the plan had 15 days for a pre-service claim, to 06/30/2026; 29 CFR
  2560.503-1(f)(2)(iii)(A)).
- In-network search: one in-network psychologist does not do ERP; the other had a 16-week waitlist; member
  services (06/12) found no other within 30 miles. Certificate 6.4's standard: 30 miles / 15 business days.
- 13 ERP sessions 07/07-09/29/2026 denied **PR-242** on **10/30/2026** (portal, same day).
- **Level: first internal appeal** (post-service).
- **True deadline: 04/28/2027** - 180 days after receipt of the 10/30/2026 notice (29 CFR 2560.503-1(h)(3)(i)).
- The wife is the plan-designated authorized representative (form signed 11/09/2026).

## Deliberately unknown
- Why the exception request was never decided; whether the plan has a written decision in its file.
- Whether the plan would treat the undecided pre-service request as exhausting (29 CFR 2560.503-1(l)); the safe
  course is this internal appeal.

## Traps
- The EOB says OON is not covered "except emergencies", but the certificate's own Section 6.4 gives an exception.
- The request was made **before** care; not a "retroactive" request.
- Not a medical-necessity denial: no peer-to-peer; ERP is first-line, but the plan did not question it.
- The wife writes about her husband (third person).

## Arguments a strong letter makes
1. Quote Section 6.4; the network had no ERP provider within 30 miles or 15 business days (search log).
2. The exception was asked before care, on 06/15/2026, and never decided; ask the plan to decide it now on
   its merits and pay the 13 sessions at the in-network level.
3. Ask for the claim file, including any record of the 06/15 request (2560.503-1(h)(2)(iii)).

## What a letter must NOT say
- That no in-network ERP provider exists anywhere; that care began without contacting the plan.
- That the plan denied the exception request; that the deadline is 60 days or 4 months.
""",
    answers=[
        ("EOB date?", "Date: 10/30/2026 (posted to the member portal the same day)", "denial/eob-2026-10-30.txt"),
        ("CARC?", "Adjustment: PR-242", "denial/eob-2026-10-30.txt"),
        ("EOB reason?", "except for emergencies", "denial/eob-2026-10-30.txt"),
        ("Sessions?", "90837 x 13, 07/07/2026 through 09/29/2026", "denial/eob-2026-10-30.txt"),
        ("Appeal window printed?", "within 180 days after you receive this notice", "denial/eob-2026-10-30.txt"),
        ("Exception request date?", "Date: 06/15/2026", "other/network-exception-request-and-fax-report-2026-06-15.txt"),
        ("Fax result?", "5 pages - Result: OK", "other/network-exception-request-and-fax-report-2026-06-15.txt"),
        ("Start date requested?", "weekly from 07/07/2026", "other/network-exception-request-and-fax-report-2026-06-15.txt"),
        ("First in-network contact?", "does not provide exposure and response prevention", "other/network-search-and-call-log-2026-06.txt"),
        ("Waitlist?", "ERP waitlist 16 weeks", "other/network-search-and-call-log-2026-06.txt"),
        ("Member services reference?", "MS-26-0612-7731", "other/network-search-and-call-log-2026-06.txt"),
        ("Status on 07/01?", "received, under\nreview", "other/network-search-and-call-log-2026-06.txt"),
        ("Certificate standard?", "within 30 miles or within 15 business days", "other/certificate-section-6-4-excerpt.txt"),
        ("Benefit level if approved?", "paid at the in-network benefit level", "other/certificate-section-6-4-excerpt.txt"),
        ("Y-BOCS change?", "Y-BOCS 31 at start, 17 at session 13", "clinical/erp-treatment-summary-2026-09-29.txt"),
        ("Representative form signed?", "Signed by the member on 11/09/2026", "other/authorized-representative-form-2026-11-09.txt"),
    ]))


# ---------------------------------------------------------------- build and self-check
PHONE_ANY = re.compile(r"(?<![\d.])(?:\(\d{3}\)\s?|\b1-\d{3}-|\b\d{3}[-.])?\d{3}[-.]\d{4}\b")
PHONE_OK = re.compile(r"^(?:\(\d{3}\) 555-01\d\d|1-\d{3}-555-01\d\d)$")
EMAIL = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
URL = re.compile(r"\b(?:https?://|www\.)([\w.-]+)")


def norm(t):
    return re.sub(r"\s+", " ", t).strip().lower()


def fill(text):
    for k, v in NPIS.items():
        text = text.replace("@" + k + "@", v)
    return text


def build(case):
    d = HERE / f"{case['n']}-{case['slug']}"
    if d.exists():
        shutil.rmtree(d)
    d.mkdir()
    (d / "case.yaml").write_text(fill(case["yaml"]))
    for rel, body in case["docs"].items():
        f = d / rel
        f.parent.mkdir(parents=True, exist_ok=True)
        f.write_text(HDR.format(n=case["n"]) + fill(body) + FTR)
    title = case["slug"].replace("-", " ")
    truth = (f"# FICTIONAL TRUTH FILE - {case['n']} - {title} (FICTIONAL)\n\n"
             "All people, plans, providers, numbers and addresses are invented (FICTIONAL). \"Today\" is 2026-12-07.\n\n"
             + fill(case["truth"]))
    truth += "\n## Expected answers (question | answer | document that prints it)\n"
    for q, a, doc in case["answers"]:
        truth += f"- {q} | {' '.join(a.split())} | {doc}\n"
    (HERE / f"{case['n']}-{case['slug']}.truth.md").write_text(truth)
    return d


def selfcheck(case, d):
    probs = []
    yaml = YAML(typ="safe")
    text = (d / "case.yaml").read_text()
    try:
        data = yaml.load(text)
    except Exception as e:  # noqa
        return [f"case.yaml does not parse: {e}"]
    if "FICTIONAL" not in text.splitlines()[0]:
        probs.append("case.yaml first line lacks FICTIONAL")
    tpath = HERE / f"{case['n']}-{case['slug']}.truth.md"
    ttext = tpath.read_text()
    if "FICTIONAL" not in ttext.splitlines()[0]:
        probs.append("truth first line lacks FICTIONAL")
    pos = [ttext.find("## " + h) for h in HEADINGS]
    if -1 in pos or pos != sorted(pos):
        probs.append(f"truth headings missing or out of order: {pos}")
    if len(case["answers"]) != 16:
        probs.append(f"{len(case['answers'])} answers, not 16")
    files = [p for p in d.rglob("*") if p.is_file()]
    for f in files:
        rel = f.relative_to(d).as_posix()
        if rel == "case.yaml":
            continue
        if not (rel.split("/")[0] in ("denial", "clinical", "other") and rel.endswith(".txt")):
            probs.append(f"unexpected file {rel}")
        body = f.read_text()
        if not body.startswith("FICTIONAL DOCUMENT") or "END OF FICTIONAL DOCUMENT" not in body:
            probs.append(f"{rel}: FICTIONAL header/footer missing")
    for q, a, doc in case["answers"]:
        p = d / doc
        if not p.exists():
            probs.append(f"answer doc missing: {doc}")
        elif norm(a) not in norm(p.read_text()):
            probs.append(f"answer not printed: {q!r} -> {a!r} in {doc}")
    alltext = [("case.yaml", text), ("truth", ttext)] + [(f.relative_to(d).as_posix(), f.read_text()) for f in files]
    for name, body in alltext:
        for m in PHONE_ANY.finditer(body):
            tok = m.group(0)
            if re.fullmatch(r"\d{3}[-.]\d{4}", tok):
                continue  # not a phone shape we print (e.g. parts of IDs); bare 555-01xx caught below
            if not PHONE_OK.match(tok):
                probs.append(f"{name}: phone not allowed: {tok}")
        for m in re.finditer(r"(?<![\d()\-] )(?<![\d)-])\b555-01\d\d\b", body):
            pre = body[max(0, m.start() - 6):m.start()]
            if not re.search(r"\(\d{3}\) $|-\d{3}-$", pre):
                probs.append(f"{name}: bare 555 number near {pre!r}")
        for m in EMAIL.finditer(body):
            if not m.group(1).endswith(".example"):
                probs.append(f"{name}: e-mail not on .example: {m.group(0)}")
        for m in URL.finditer(body):
            if not m.group(1).rstrip(".").endswith(".example"):
                probs.append(f"{name}: web address not on .example: {m.group(0)}")
        for m in re.finditer(r"NPI[^\d]{0,3}(\d{10})", body):
            if not luhn_ok(m.group(1)):
                probs.append(f"{name}: NPI fails Luhn: {m.group(1)}")
    for key in ("provider",):
        n = str((data.get(key) or {}).get("npi", ""))
        if n and not luhn_ok(n):
            probs.append(f"case.yaml {key}.npi fails Luhn: {n}")
    def walk(o):
        if isinstance(o, dict):
            for k, v in o.items():
                if k in ("file", "proof", "authorization", "sent_proof") and isinstance(v, str) and "/" in v:
                    if not (d / v).exists():
                        probs.append(f"case.yaml names a missing file: {v}")
                walk(v)
        elif isinstance(o, list):
            for v in o:
                if isinstance(v, str) and v.endswith(".txt") and "/" in v and not (d / v).exists():
                    probs.append(f"case.yaml names a missing file: {v}")
                walk(v)
    walk(data)
    return probs


def main(argv):
    check = "--check" in argv
    only = [a for a in argv if not a.startswith("--")]
    cases = [c for c in CASES if not only or c["n"] in only]
    total_probs = 0
    out = []
    bad_exit = 0
    for c in cases:
        d = build(c)
        probs = selfcheck(c, d)
        total_probs += len(probs)
        print(f"case {c['n']}: {len(c['answers'])} answers, {len(probs)} problems")
        for p in probs:
            print("   PROBLEM", p)
        if check:
            r = subprocess.run(["/work/main/.venv/bin/appeal-kit", "check", str(d)], capture_output=True, text=True)
            out.append(f"===== case {c['n']} ({d.name}) exit {r.returncode}\n{r.stdout}{r.stderr}")
            print(f"   appeal-kit check exit {r.returncode}")
            if r.returncode != 0:
                bad_exit += 1
    if check:
        name = "check-output.txt" if not only else "check-output-partial.txt"
        (HERE / name).write_text("\n".join(out))
    print(f"TOTAL: {len(cases)} cases, {sum(len(c['answers']) for c in cases)} answers, {total_probs} problems"
          + (f", {bad_exit} check exits not 0" if check else ""))
    return 1 if (total_probs or bad_exit) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
