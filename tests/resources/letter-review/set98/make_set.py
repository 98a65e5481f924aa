#!/usr/bin/env python3
"""FICTIONAL test set 98 for appeal-kit letters (issue 18), written blind. All data below is invented.

Run: /work/main/.venv/bin/python make_set.py [--check] [NN ...]
Rewrites each case folder and its NN-slug.truth.md, self-checks, and with --check runs
`appeal-kit check` on every case folder, writing check-output.txt (exit 1 on any problem or non-zero exit).
"""
import io, re, shutil, subprocess, sys
from pathlib import Path
from ruamel.yaml import YAML

HERE = Path(__file__).resolve().parent
AK = "/work/main/.venv/bin/appeal-kit"
HEAD = "FICTIONAL - invented for a blind test set (set 98); not a real person, plan, clinic or number.\n\n"
FOOT = "\n\nFICTIONAL DOCUMENT - end.\n"
HEADINGS = ["What is true", "Deliberately unknown", "Traps", "Arguments a strong letter makes",
            "What a letter must NOT say"]


def npi(base9):
    """NPI = 9 digits + Luhn check digit computed over the prefix 80840."""
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


NPIS = {"NPI1": npi("164382907"), "NPI2": npi("127750318"), "NPI3": npi("158862014"), "NPI4": npi("193307725"),
        "NPI5": npi("110948362"), "NPI6": npi("176623590"), "NPI7": npi("142219873"), "NPI8": npi("185530461")}


def fill(text):
    for k, v in NPIS.items():
        text = text.replace("@" + k + "@", v)
    return text


CASES = []

# ---------------------------------------------------------------- case 01
CASES.append(dict(
    num="01", slug="98-01-medicaid-mco-iop-aud-resolution-invents-second-level-fair-hearing-120-days-patient",
    yaml=r'''# FICTIONAL CASE (set 98, case 01) - every person, plan, provider, number and address is invented.
# Ohio Medicaid managed care, adult 34. Pre-service intensive outpatient program (IOP) for alcohol use disorder
# denied 09/03/2026 as not medically necessary; plan appeal upheld by the notice of resolution of 11/02/2026, which
# wrongly offers a "second level appeal" within 30 days. Medicaid plans have one level of appeal; the state fair
# hearing is requested within 120 calendar days of the notice of resolution: by 03/02/2027. The patient writes.
patient:
  name: Renata Vukovich-Ames
  salutation: Ms. Vukovich-Ames
  date_of_birth: 1992-04-17
  member_id: FICT-OHMC-40718832
  address: |-
    2217 Lockbourne Road, Apt 3
    Columbus, OH 43207
  phone: (614) 555-0121
  email: renata.va@mail.example
insurer:
  name: Buckeye Crossing Health Plan (FICTIONAL Medicaid managed care plan)
  appeals_address: |-
    Buckeye Crossing Health Plan, Appeals Unit (FICTIONAL)
    PO Box 18840
    Columbus, OH 43218
  fax: (614) 555-0177
claim:
  number: BCH-26-0903-51177
  plan_type: medicaid
  delivery: managed_care
  state: OH
  notice_date: 2026-09-03
  procedure_codes: [H0015]
  diagnosis_codes: [F10.20, F33.1]
  denial_reason: >-
    The requested service, intensive outpatient program (H0015), is not medically necessary. Your needs can be
    met with routine outpatient counseling.
  denial_category: medical_necessity
  denial_reasons: [level_of_care]
  action: none
  setting: intensive_outpatient
  pending_services: [intensive outpatient program, 3 days and 9 hours a week for 8 weeks]
  reviewer: {name: Dr. Lionel Basque, specialty: family medicine}
decisions:
  - date: 2026-11-02
    outcome: denied
    stage: plan appeal (first level)
    opens: state fair hearing
    next_deadline: 2027-03-02
    reason: >-
      We reviewed your appeal and are keeping our decision. Routine outpatient counseling is the right level of
      care. Your symptoms are stable and you have a safe home.
    corrections:
      - said: Routine outpatient counseling is the right level of care.
        record: >-
          Weekly outpatient counseling from 01/2026 through 08/2026 ended in relapse (AUDIT 29 on 08/28/2026, two
          emergency visits for intoxication in August 2026); the assessment recommends IOP.
        file: clinical/iop-assessment-2026-08-28.txt
        page: 1
submissions:
  - date: 2026-09-20
    method: fax
    stage: plan appeal (first level)
    confirmation: APL-0920-3318
    to: Buckeye Crossing Health Plan Appeals Unit
external_review:
  agency: State Hearings Office, Ohio Medicaid hearings unit (FICTIONAL name and address)
  address: |-
    State Hearings Office (FICTIONAL)
    PO Box 182825
    Columbus, OH 43218
  final_denial_date: 2026-11-02
treatment:
  name: Intensive outpatient program for alcohol use disorder (H0015)
  summary: >-
    Three-day-a-week, 9-hour-a-week intensive outpatient program for 8 weeks after relapse despite 8 months of
    weekly outpatient counseling and a trial of naltrexone.
  plan: >-
    IOP 3 days a week (Monday, Wednesday, Thursday), 3 hours a day, for 8 weeks; weekly breath alcohol testing;
    step down to weekly counseling when 4 weeks abstinent.
clinical:
  severity: AUDIT 29 and PHQ-9 14 on 08/28/2026
  severity_date: 2026-08-28
  suicidality: none
  suicidality_date: 2026-08-28
  history:
    - drug: Naltrexone
      dose: 50 mg daily
      start: 2025-10
      end: 2026-03
      kind: other
      failed: true
      response: none
      outcome: Stopped after 5 months for persistent nausea; drinking continued
      evidence: {file: clinical/iop-assessment-2026-08-28.txt, page: 1}
    - drug: Outpatient counseling (weekly)
      dose: weekly 50-minute sessions
      start: 2026-01
      end: 2026-08
      kind: psychotherapy
      failed: true
      response: lost
      outcome: Four months abstinent, then relapse in July 2026
      evidence: {file: clinical/iop-assessment-2026-08-28.txt, page: 1}
alternatives:
  - treatment: routine outpatient counseling
    level: routine outpatient counseling
    name: weekly outpatient counseling at Scioto Valley Recovery Services
    proof: clinical/iop-assessment-2026-08-28.txt
    why_not: >-
      Tried weekly from January through August 2026; relapse in July 2026 and two emergency visits for
      intoxication in August 2026 while in it.
impact:
  hospitalizations: Two emergency department visits for intoxication, 08/09/2026 and 08/23/2026.
author:
  name: Renata Vukovich-Ames
  relation: patient
provider:
  name: Scioto Valley Recovery Services (FICTIONAL)
  credentials: Hollis Amankwah, LICDC-CS, program director
  npi: "@NPI1@"
  address: |-
    480 Parsons Avenue
    Columbus, OH 43215
  phone: (614) 555-0134
plan_policy:
  other_terms: >-
    Member Handbook 2026, Section 11.2 "Appeals and State Hearings": You have one level of appeal with us. If we do
    not decide in your favor, you may ask for a State Hearing within 120 calendar days from the date on our appeal
    resolution notice.
  other_terms_file: other/member-handbook-2026-section-11-excerpt.txt
  other_terms_apply: >-
    The notice of resolution's "second level appeal" does not exist under the plan's own handbook (or 42 CFR
    438.402(b)); the State Hearing is the next step, within 120 calendar days of 11/02/2026.
bates_prefix: VUKOVICHAMES
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
    docs={
        "denial/notice-of-adverse-benefit-determination-2026-09-03.txt": '''BUCKEYE CROSSING HEALTH PLAN (FICTIONAL) - NOTICE OF ADVERSE BENEFIT DETERMINATION      Date: 09/03/2026
Member: Renata Vukovich-Ames   Member ID FICT-OHMC-40718832   Reference BCH-26-0903-51177   Page 1 of 1
Requested by: Scioto Valley Recovery Services, NPI @NPI1@
Service requested: intensive outpatient program (H0015), 8 weeks
Decision: DENIED. The requested service is not medically necessary. Your needs can be met with routine
outpatient counseling. Reviewed by Dr. Lionel Basque (family medicine).
You may appeal to us within 60 days from the date of this notice. Appeals Unit, PO Box 18840, Columbus, OH
43218, fax (614) 555-0177.''',
        "denial/notice-of-appeal-resolution-2026-11-02.txt": '''BUCKEYE CROSSING HEALTH PLAN (FICTIONAL) - NOTICE OF APPEAL RESOLUTION             Date: 11/02/2026
Member: Renata Vukovich-Ames   Member ID FICT-OHMC-40718832   Reference BCH-26-0903-51177   Page 1 of 1
Your appeal received 09/20/2026 (confirmation APL-0920-3318) about intensive outpatient program (H0015).
Decision: We reviewed your appeal and are keeping our decision. Routine outpatient counseling is the right
level of care. Your symptoms are stable and you have a safe home.
YOUR NEXT STEPS: You may file a second level appeal with Buckeye Crossing within 30 days of this notice. After
the second level appeal is decided, you may ask for a State Hearing within 90 days.''',
        "clinical/iop-assessment-2026-08-28.txt": '''SCIOTO VALLEY RECOVERY SERVICES (FICTIONAL) - LEVEL OF CARE ASSESSMENT             Date: 08/28/2026
Client: Renata Vukovich-Ames   DOB 04/17/1992   Assessor: Hollis Amankwah, LICDC-CS   Page 1 of 1
Diagnoses: alcohol use disorder, severe (F10.20); major depressive disorder, recurrent, moderate (F33.1).
AUDIT 29. PHQ-9 14. Denies suicidal ideation.
History: naltrexone 50 mg daily 10/2025-03/2026, stopped for persistent nausea, drinking continued. Weekly
outpatient counseling 01/2026-08/2026: four months abstinent, relapse in July 2026. Emergency department visits
for intoxication on 08/09/2026 and 08/23/2026.
Recommendation: intensive outpatient program, 3 days and 9 hours a week for 8 weeks; weekly breath alcohol
testing; step down to weekly counseling after 4 weeks abstinent.''',
        "other/member-handbook-2026-section-11-excerpt.txt": '''BUCKEYE CROSSING HEALTH PLAN (FICTIONAL) - MEMBER HANDBOOK 2026 (excerpt)                Page 38 of 60
Section 11.2 Appeals and State Hearings
You have one level of appeal with us. If we do not decide in your favor, you may ask for a State Hearing within
120 calendar days from the date on our appeal resolution notice. Send your hearing request to the State
Hearings Office, PO Box 182825, Columbus, OH 43218, or call 1-866-555-0109.''',
    },
    truth='''# 01 - Ohio Medicaid managed care: IOP for alcohol use disorder; the notice of resolution invents a second plan level; state fair hearing request by the patient (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Renata Vukovich-Ames, 34 (DOB 04/17/1992), Ohio Medicaid member enrolled in **Buckeye Crossing Health Plan**
  (managed care). Request (pre-service) for an **intensive outpatient program (H0015)**, 3 days / 9 hours a week
  for 8 weeks, for alcohol use disorder (F10.20) with recurrent depression (F33.1).
- Denied 09/03/2026 (reference BCH-26-0903-51177; "routine outpatient counseling"); reviewer Dr. Lionel Basque,
  family medicine. She appealed to the plan on **09/20/2026** (fax, APL-0920-3318), within the 60 days.
- **Notice of appeal resolution 11/02/2026** upheld and says "file a second level appeal ... within 30 days ...
  then a State Hearing within 90 days". That is wrong twice.
- **Rule and stage:** a Medicaid managed care plan has **one level of appeal** (42 CFR 438.402(b)); the plan's own
  handbook (Section 11.2) says the same. The next level is the **state fair hearing**, requested within **120
  calendar days of the notice of resolution** (42 CFR 438.408(f)(2)): **by 03/02/2027**. The 30-day "second level"
  deadline (12/02/2026) has passed and does not matter.
- Record: weekly counseling 01/2026-08/2026 (relapse July 2026), naltrexone 50 mg 10/2025-03/2026 stopped for
  nausea, two ED visits for intoxication (08/09 and 08/23/2026), AUDIT 29, PHQ-9 14, no suicidal ideation.
- New request (action: none): no aid-paid-pending issue; the care is still to come.
- **Author:** the patient herself, "I".

## Deliberately unknown
- Whether the plan would treat a "second level appeal" sent now as anything: unknown and irrelevant.
- The IOP's cost; the hearing officer's name; the hearing date.
- Whether the patient drinks now (after 08/28/2026): not recorded.

## Traps
- **Invented second level:** the letter must not be a "second level appeal" to Buckeye Crossing, and must not say
  the hearing window runs "90 days" after a second level. It is a request for a **state fair hearing**.
- **Wrong window:** 120 calendar days from 11/02/2026, not 90 days and not from receipt.
- **Expired 30 days:** the letter must not call the request late or ask for good cause.
- "Your symptoms are stable and you have a safe home" is the plan's claim; the record shows relapse and two ED
  visits.
- Naltrexone is not an antidepressant; counseling is psychotherapy, not a medication trial. No suicidal ideation.
- Voice: "I", never "Ms. Vukovich-Ames has ...".

## Arguments a strong letter makes
1. I request a state fair hearing; the plan's one level of appeal is exhausted by the 11/02/2026 resolution
   (42 CFR 438.402(b), 438.408(f)(2); handbook Section 11.2); the request is within 120 days (by 03/02/2027).
2. The lower level the plan names was tried: weekly counseling 01-08/2026 ended in relapse and two ED visits;
   the assessment of 08/28/2026 recommends IOP; the plan's reviewer is a family physician.
3. Ask that the plan's file and criteria be produced for the hearing; ask that the resolution's "second level"
   instruction be corrected.

## What a letter must NOT say
- "second level appeal" as what this letter is; "within 90 days" as the hearing window; "good cause".
- "stable" as fact; "failed three antidepressants"; "suicidal ideation" as present.
- "ERISA"; "29 CFR 2560.503-1"; "external review" as the next step; "Medicare".
''',
    answers=[
        ("Date of the notice of appeal resolution", "Date: 11/02/2026", "denial/notice-of-appeal-resolution-2026-11-02.txt"),
        ("Reference number", "BCH-26-0903-51177", "denial/notice-of-adverse-benefit-determination-2026-09-03.txt"),
        ("Member ID", "FICT-OHMC-40718832", "case.yaml"),
        ("Wrong level the resolution offers", "second level appeal with Buckeye Crossing within 30 days", "denial/notice-of-appeal-resolution-2026-11-02.txt"),
        ("Wrong hearing window the resolution prints", "State Hearing within 90 days", "denial/notice-of-appeal-resolution-2026-11-02.txt"),
        ("Plan's own rule on levels", "You have one level of appeal with us", "other/member-handbook-2026-section-11-excerpt.txt"),
        ("Hearing window in the handbook", "120 calendar days from the date on our appeal resolution notice", "other/member-handbook-2026-section-11-excerpt.txt"),
        ("True last day to request the hearing", "by 03/02/2027", "truth"),
        ("Regulation: one level of plan appeal", "42 CFR 438.402(b)", "truth"),
        ("Regulation: fair hearing window", "42 CFR 438.408(f)(2)", "truth"),
        ("Date the plan appeal was filed and its confirmation", "09/20/2026 (confirmation APL-0920-3318)", "denial/notice-of-appeal-resolution-2026-11-02.txt"),
        ("Service code requested", "H0015", "denial/notice-of-adverse-benefit-determination-2026-09-03.txt"),
        ("Plan reviewer and specialty", "Dr. Lionel Basque (family medicine)", "denial/notice-of-adverse-benefit-determination-2026-09-03.txt"),
        ("AUDIT score", "AUDIT 29", "clinical/iop-assessment-2026-08-28.txt"),
        ("Emergency visits", "08/09/2026 and 08/23/2026", "clinical/iop-assessment-2026-08-28.txt"),
        ("IOP schedule", "3 days and 9 hours a week for 8 weeks", "clinical/iop-assessment-2026-08-28.txt"),
    ],
))

# ---------------------------------------------------------------- case 02
CASES.append(dict(
    num="02", slug="98-02-original-medicare-tms-redetermination-dismissed-unsigned-cms1696-refiled-in-time-son",
    yaml=r'''# FICTIONAL CASE (set 98, case 02) - every person, plan, provider, number and address is invented.
# Original Medicare Part B, Pennsylvania, 75. TMS course 06/01-07/13/2026 (30 sessions) denied on the MSN of
# 08/14/2026 (CO-50). The son filed a redetermination on 09/10/2026 with an appointment form his father never
# signed; the contractor DISMISSED it on 10/02/2026 (no decision on the merits). This is a new redetermination
# request, within 120 days of the MSN's presumed receipt (08/19/2026): by 12/17/2026, now with a signed
# appointment (fictional rendition of Form CMS-1696). Not a QIC reconsideration.
patient:
  name: Harold Oyelaran-Fisk
  salutation: Mr. Oyelaran-Fisk
  date_of_birth: 1951-02-09
  member_id: FICT-7QX4MB2KL91
  address: |-
    118 Linden Hollow Road
    State College, PA 16801
  phone: (814) 555-0146
insurer:
  name: Keystone Medicare Administrative Services (FICTIONAL Medicare Part B contractor)
  appeals_address: |-
    Keystone Medicare Administrative Services, Part B Redeterminations (FICTIONAL)
    PO Box 890412
    Harrisburg, PA 17108
  fax: (717) 555-0183
claim:
  number: FICT-ICN-2621304877
  plan_type: medicare
  notice_date: 2026-08-14
  appeal_deadline: 2026-12-17
  deadline_basis: >-
    42 CFR 405.942(a): 120 days from receipt of the Medicare Summary Notice of 08/14/2026; receipt presumed 5 days
    after its date (08/19/2026).
  service_dates: [2026-06-01, 2026-07-13]
  sessions: 30
  setting: outpatient
  procedure_codes: ["90868"]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-50]
  denial_reason: >-
    Medicare won't cover these services because the information provided does not support the need for this many
    services or items. (CO-50)
  denial_category: medical_necessity
  abn_given: false
  action: none
decisions:
  - date: 2026-10-02
    outcome: dismissed
    stage: redetermination request dismissed (no valid appointment of representative; merits not reviewed)
    reason: >-
      The appointment of representative form with it was not signed by the beneficiary. A request filed by a
      person who is not a party or an appointed representative is dismissed. We did not review the medical
      necessity of the services.
submissions:
  - date: 2026-09-10
    method: mail
    stage: redetermination (dismissed 10/02/2026 - filed with an unsigned appointment form)
    to: Keystone Medicare Administrative Services
    confirmation: none
    proof: other/first-request-cover-letter-2026-09-10.txt
treatment:
  name: Transcranial magnetic stimulation (TMS), 30 sessions (90868)
  summary: >-
    A 30-session TMS course for severe recurrent major depression after four antidepressant trials failed; the
    course is complete.
clinical:
  severity: PHQ-9 23 on 05/20/2026; PHQ-9 9 on 07/13/2026
  severity_date: 2026-07-13
  suicidality: passive
  suicidality_date: 2026-05-20
  response: PHQ-9 23 before the course (05/20/2026), 9 after session 30 (07/13/2026)
  response_level: response
  history:
    - {drug: Sertraline, dose: 150 mg daily, start: 2023-01, end: 2023-05, kind: antidepressant, adequate: true, failed: true, response: none, evidence: {file: clinical/tms-treatment-summary-2026-07-13.txt, page: 1}}
    - {drug: Bupropion XL, dose: 300 mg daily, start: 2023-06, end: 2023-11, kind: antidepressant, adequate: true, failed: true, response: partial, evidence: {file: clinical/tms-treatment-summary-2026-07-13.txt, page: 1}}
    - {drug: Mirtazapine, dose: 45 mg nightly, start: 2024-02, end: 2024-08, kind: antidepressant, adequate: true, failed: true, response: none, evidence: {file: clinical/tms-treatment-summary-2026-07-13.txt, page: 1}}
    - {drug: Venlafaxine XR, dose: 225 mg daily, start: 2025-01, end: 2025-07, kind: antidepressant, adequate: true, failed: true, response: none, evidence: {file: clinical/tms-treatment-summary-2026-07-13.txt, page: 1}}
author:
  name: Marcus Oyelaran-Fisk
  role: son and appointed representative
  relation: representative
  address: |-
    44 Fieldstone Court
    Pittsburgh, PA 15217
  phone: (412) 555-0117
  email: marcus.of@mail.example
  authorization: other/appointment-of-representative-cms-1696-2026-11-30.txt
provider:
  name: Nittany Neuromodulation Clinic (FICTIONAL)
  credentials: Dr. Ruth Kessler-Amadi, MD, psychiatrist
  npi: "@NPI2@"
  address: |-
    900 Science Park Road
    State College, PA 16803
  phone: (814) 555-0138
bates_prefix: OYELARANFISK
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
    docs={
        "denial/medicare-summary-notice-2026-08-14.txt": '''MEDICARE SUMMARY NOTICE (FICTIONAL rendition) - Part B                       Notice date: 08/14/2026
Harold Oyelaran-Fisk   Medicare number FICT-7QX4MB2KL91   Page 1 of 1
Claim FICT-ICN-2621304877   Nittany Neuromodulation Clinic, NPI @NPI2@
06/01/2026-07/13/2026   90868 x30   Billed $6,900.00   Medicare approved $0.00   You may be billed $6,900.00
Note: CO-50. Medicare won't cover these services because the information provided does not support the need
for this many services or items.
If you disagree, you must file a redetermination request within 120 days from the date you get this notice.
Keystone Medicare Administrative Services, Part B Redeterminations, PO Box 890412, Harrisburg, PA 17108.''',
        "denial/dismissal-notice-2026-10-02.txt": '''KEYSTONE MEDICARE ADMINISTRATIVE SERVICES (FICTIONAL) - NOTICE OF DISMISSAL         Date: 10/02/2026
Beneficiary: Harold Oyelaran-Fisk   Claim FICT-ICN-2621304877   Page 1 of 1
We received a redetermination request on 09/14/2026 signed by Marcus Oyelaran-Fisk. The appointment of
representative form with it was not signed by the beneficiary. A request filed by a person who is not a party
or an appointed representative is dismissed. We did not review the medical necessity of the services.
You may file a new request with a properly signed appointment if the time to file has not expired, or ask us
to review this dismissal as described in 42 CFR 405.952.''',
        "clinical/tms-treatment-summary-2026-07-13.txt": '''NITTANY NEUROMODULATION CLINIC (FICTIONAL) - TMS TREATMENT SUMMARY                  Date: 07/13/2026
Patient: Harold Oyelaran-Fisk   DOB 02/09/1951   Physician: Dr. Ruth Kessler-Amadi, MD   Page 1 of 1
Diagnosis: major depressive disorder, recurrent, severe without psychotic features (F33.2).
Failed trials: sertraline 150 mg 01/2023-05/2023 (no response); bupropion XL 300 mg 06/2023-11/2023 (partial);
mirtazapine 45 mg 02/2024-08/2024 (no response); venlafaxine XR 225 mg 01/2025-07/2025 (no response).
05/20/2026: PHQ-9 23, passive death wishes without plan or intent.
Course: 30 sessions of TMS (90868), 06/01/2026 through 07/13/2026. 07/13/2026: PHQ-9 9.
No advance beneficiary notice was given for this course.''',
        "other/appointment-of-representative-cms-1696-2026-11-30.txt": '''APPOINTMENT OF REPRESENTATIVE - Form CMS-1696 (FICTIONAL rendition)                 Page 1 of 1
Section 1. I, Harold Oyelaran-Fisk (Medicare number FICT-7QX4MB2KL91), appoint Marcus Oyelaran-Fisk to act as
my representative in connection with my claim or asserted right under Title XVIII of the Social Security Act.
Signed: Harold Oyelaran-Fisk   Date: 11/30/2026   Address: 118 Linden Hollow Road, State College, PA 16801
Section 2. I, Marcus Oyelaran-Fisk, accept the above appointment. I am the beneficiary's son. I will not charge
a fee.   Signed: Marcus Oyelaran-Fisk   Date: 11/30/2026   Phone: (412) 555-0117''',
        "other/first-request-cover-letter-2026-09-10.txt": '''REDETERMINATION REQUEST (copy kept by the family)                                    Date: 09/10/2026
To: Keystone Medicare Administrative Services, Part B Redeterminations, PO Box 890412, Harrisburg, PA 17108
Re: Harold Oyelaran-Fisk, claim FICT-ICN-2621304877, TMS 06/01/2026-07/13/2026
I ask for a redetermination of the denial on my father's Medicare Summary Notice of 08/14/2026.
Enclosed: appointment form (my father's signature line left blank by mistake).
Marcus Oyelaran-Fisk, (412) 555-0117''',
    },
    truth='''# 02 - Original Medicare: TMS redetermination dismissed for an unsigned appointment; a new, timely redetermination request by the son (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Harold Oyelaran-Fisk, 75, Original Medicare Part B (Pennsylvania). TMS, **30 sessions (90868), 06/01/2026 -
  07/13/2026**, Nittany Neuromodulation Clinic (Dr. Ruth Kessler-Amadi, MD). MSN **08/14/2026**: CO-50.
- Son Marcus mailed a redetermination on 09/10/2026 (received 09/14/2026) with an appointment form his father had
  not signed. **Dismissal 10/02/2026**: not a party or appointed representative; **merits not reviewed**.
- **Rule and stage:** this is still the **first level, a redetermination** by the contractor. 42 CFR 405.942(a):
  120 days from receipt of the initial determination, receipt presumed 5 days after the notice date (08/19/2026):
  **by 12/17/2026**. The new request is in time; no good cause is needed. A representative needs an appointment
  signed by the beneficiary and the representative (42 CFR 405.910): now enclosed, dated **11/30/2026**.
  (Other routes after a dismissal, 42 CFR 405.952: QIC review of the dismissal within 60 days, or asking the
  contractor to vacate it; a new timely request is the simplest.)
- No ABN was given (the summary says so): limitation on liability (SSA 1879, 42 CFR 411.404) may be asked.
- Four failed antidepressant trials; PHQ-9 23 -> 9; passive death wishes on 05/20/2026 (history, not current).

## Deliberately unknown
- The LCD the contractor applied: the MSN names none. A letter may ask which rule was applied.
- Whether the 09/10 request could be reinstated: not needed.
- Whether the clinic has billed Mr. Oyelaran-Fisk yet: not stated.

## Traps
- **Level:** not a "reconsideration" and not to a QIC; the dismissal is not a redetermination decision, so nothing
  "upheld" anything on the merits.
- **Deadline:** 12/17/2026 (presumed receipt + 120), not 12/12/2026 (notice date + 120) and not 60 days from the
  dismissal. The letter must not call itself late.
- **Representative:** the son writes about "Mr. Oyelaran-Fisk"; the appointment is the fictional CMS-1696 rendition
  dated 11/30/2026 (its text names the form), not the unsigned one.
- Original Medicare has **no plan terms**: no "the plan's own policy"; no ERISA; no external review.
- Suicidality is passive and dated 05/20/2026: history, not a present risk.

## Arguments a strong letter makes
1. A new redetermination request, timely (by 12/17/2026, 42 CFR 405.942(a)), with a valid appointment (405.910);
   the prior request was dismissed without a merits review.
2. Medical necessity of the completed course: four failed adequate antidepressant trials, PHQ-9 23 -> 9.
3. No ABN: if denied, find the beneficiary not liable (SSA 1879; 42 CFR 411.404).

## What a letter must NOT say
- "reconsideration", "QIC" as this level; "upheld"; "late", "good cause".
- "the plan's policy", "Evidence of Coverage", "ERISA", "external review".
- "suicidal ideation" as current; "Medicare Advantage".
''',
    answers=[
        ("MSN date", "Notice date: 08/14/2026", "denial/medicare-summary-notice-2026-08-14.txt"),
        ("Claim number", "FICT-ICN-2621304877", "denial/medicare-summary-notice-2026-08-14.txt"),
        ("Window on the MSN", "within 120 days from the date you get this notice", "denial/medicare-summary-notice-2026-08-14.txt"),
        ("Dismissal date", "NOTICE OF DISMISSAL         Date: 10/02/2026", "denial/dismissal-notice-2026-10-02.txt"),
        ("Why dismissed", "was not signed by the beneficiary", "denial/dismissal-notice-2026-10-02.txt"),
        ("Merits reviewed?", "We did not review the medical necessity of the services", "denial/dismissal-notice-2026-10-02.txt"),
        ("Date first request received", "09/14/2026", "denial/dismissal-notice-2026-10-02.txt"),
        ("True last day", "by 12/17/2026", "truth"),
        ("Deadline rule", "42 CFR 405.942(a)", "case.yaml"),
        ("Appointment rule", "42 CFR 405.910", "truth"),
        ("Date of signed appointment", "Date: 11/30/2026", "other/appointment-of-representative-cms-1696-2026-11-30.txt"),
        ("Sessions and code", "30 sessions of TMS (90868)", "clinical/tms-treatment-summary-2026-07-13.txt"),
        ("PHQ-9 after the course", "07/13/2026: PHQ-9 9", "clinical/tms-treatment-summary-2026-07-13.txt"),
        ("ABN", "No advance beneficiary notice was given", "clinical/tms-treatment-summary-2026-07-13.txt"),
        ("CARC", "CO-50", "denial/medicare-summary-notice-2026-08-14.txt"),
        ("Treating physician", "Dr. Ruth Kessler-Amadi, MD", "clinical/tms-treatment-summary-2026-07-13.txt"),
    ],
))

# ---------------------------------------------------------------- case 03
CASES.append(dict(
    num="03", slug="98-03-fehb-residential-ed-network-gap-opm-review-carrier-letter-counts-from-receipt-mother-enrollee",
    yaml=r'''# FICTIONAL CASE (set 98, case 03) - every person, plan, provider, number and address is invented.
# FEHB, Self and Family, Virginia. Adult daughter (24) of the enrollee: residential eating-disorder treatment
# 06/02-07/14/2026 at a non-network program after the carrier's own care manager found no network bed before
# August. Carrier denied (CO-242) 07/30/2026; reconsideration upheld 10/28/2026, whose letter says "90 days from
# the date you receive this letter". OPM review is due within 90 days after the date of the carrier's letter
# (5 CFR 890.105(e)(1)): by 01/26/2027. The mother (enrollee) writes with her daughter's signed authorization.
patient:
  name: Celeste Marchetti-Obi
  salutation: Ms. Marchetti-Obi
  date_of_birth: 2002-05-30
  member_id: FICT-FHB-R77104529-02
  address: |-
    6310 Quander Ridge Lane
    Alexandria, VA 22307
  phone: (703) 555-0152
insurer:
  name: Federal Heartland Benefit Plan (FICTIONAL FEHB carrier)
  appeals_address: |-
    Federal Heartland Benefit Plan, Reconsiderations (FICTIONAL)
    PO Box 66120
    Richmond, VA 23261
  fax: (804) 555-0129
claim:
  number: FHB-26-0730-88214
  plan_type: fehb
  notice_date: 2026-07-30
  service_dates: [2026-06-02, 2026-07-14]
  setting: residential
  revenue_codes: ["1001"]
  diagnosis_codes: [F50.029]
  carc_codes: [CO-242]
  denial_reason: >-
    Services were provided by a non-network provider. Your plan does not cover non-network residential treatment
    without our prior approval. (CO-242)
  denial_category: out_of_network
  action: none
decisions:
  - date: 2026-10-28
    outcome: denied
    stage: carrier reconsideration
    opens: OPM review
    next_deadline: 2027-01-26
    reason: >-
      We affirm our denial. Network residential programs were available to you, including Lakeshore Recovery
      Residence.
    corrections:
      - said: Network residential programs were available to you, including Lakeshore Recovery Residence.
        record: >-
          On 05/28/2026 the carrier's own care manager (reference CM-0528-1142) told the family Lakeshore Recovery
          Residence had no opening before 08/24/2026 and no other network residential program for adults was within
          150 miles.
        file: other/family-call-log-2026.txt
        page: 1
submissions:
  - date: 2026-08-20
    method: mail
    stage: carrier reconsideration
    confirmation: certified mail 9407 1118 0000 5550 1422
external_review:
  agency: U.S. Office of Personnel Management, FEHB review (FICTIONAL address for this test)
  address: |-
    Office of Personnel Management, Health Insurance Review Group 9 (FICTIONAL address)
    PO Box 7021
    Washington, DC 20044
  final_denial_date: 2026-10-28
network:
  - name: Lakeshore Recovery Residence (network)
    date: 2026-05-28
    outcome: no residential opening until 08/24/2026
    first_opening: 2026-08-24
    miles: 96
    evidence: {file: other/family-call-log-2026.txt, page: 1}
  - name: Federal Heartland care management (member services)
    date: 2026-05-28
    outcome: no other network adult residential eating-disorder program within 150 miles; reference CM-0528-1142
    evidence: {file: other/family-call-log-2026.txt, page: 1}
plan_policy:
  name: Federal Heartland Benefit Plan 2026 Brochure, Section 3 "When no network provider is available"
  number: Section 3
  quote: >-
    If you need a covered service and no network provider can provide it within a reasonable time and distance,
    call us. We will consider paying non-network benefits at the network level.
  file: other/fehb-brochure-2026-section-3-and-8-excerpt.txt
  other_terms: >-
    You may ask OPM to review our decision. You must write to OPM within 90 days after the date of our letter
    upholding our initial decision.
  other_terms_file: other/fehb-brochure-2026-section-3-and-8-excerpt.txt
treatment:
  name: Residential eating-disorder treatment, 06/02/2026-07/14/2026
  summary: >-
    Residential treatment for anorexia nervosa, binge-purge type, after medical admission for bradycardia; no
    network bed was available before August.
clinical:
  severity: BMI 15.8 and heart rate 41 on 05/26/2026
  severity_date: 2026-05-26
  suicidality: none
  suicidality_date: 2026-05-26
author:
  name: Lorraine Marchetti-Obi
  role: mother, FEHB enrollee, authorized representative
  relation: representative
  address: |-
    6310 Quander Ridge Lane
    Alexandria, VA 22307
  phone: (703) 555-0153
  email: lmarchettiobi@mail.example
  authorization: other/authorization-celeste-2026-11-12.txt
provider:
  name: Cedar Hollow Eating Disorder Center (FICTIONAL, non-network)
  credentials: Dr. Anouk Tessaro, MD, medical director
  npi: "@NPI3@"
  address: |-
    2 Cedar Hollow Way
    Charlottesville, VA 22903
  phone: (434) 555-0140
record_dates:
  - file: clinical/discharge-summary-2026-07-14.txt
    date: 2026-07-14
bates_prefix: MARCHETTIOBI
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
    docs={
        "denial/eob-2026-07-30.txt": '''FEDERAL HEARTLAND BENEFIT PLAN (FICTIONAL FEHB CARRIER) - EXPLANATION OF BENEFITS    Date: 07/30/2026
Patient: Celeste Marchetti-Obi   ID FICT-FHB-R77104529-02   Enrollee: Lorraine Marchetti-Obi   Page 1 of 1
Claim FHB-26-0730-88214   Cedar Hollow Eating Disorder Center (non-network), NPI @NPI3@
06/02/2026-07/14/2026   Rev 1001 x42 days   Billed $63,000.00   Paid $0.00
CO-242: Services were provided by a non-network provider. Your plan does not cover non-network residential
treatment without our prior approval.
You may ask us to reconsider within 6 months of the date of this notice.''',
        "denial/reconsideration-decision-2026-10-28.txt": '''FEDERAL HEARTLAND BENEFIT PLAN (FICTIONAL) - RECONSIDERATION DECISION                   Date: 10/28/2026
Patient: Celeste Marchetti-Obi   Claim FHB-26-0730-88214   Your request received 08/24/2026   Page 1 of 1
We affirm our denial. Network residential programs were available to you, including Lakeshore Recovery
Residence.
If you disagree, you may ask the Office of Personnel Management to review our decision within 90 days from the
date you receive this letter.
[Envelope postmark 11/05/2026; received by the family 11/09/2026.]''',
        "clinical/discharge-summary-2026-07-14.txt": '''CEDAR HOLLOW EATING DISORDER CENTER (FICTIONAL) - DISCHARGE SUMMARY                   Date: 07/14/2026
Patient: Celeste Marchetti-Obi   DOB 05/30/2002   Attending: Dr. Anouk Tessaro, MD   Page 1 of 1
Diagnosis: anorexia nervosa, binge-eating/purging type (F50.029).
Admitted 06/02/2026 from a medical unit after bradycardia (heart rate 41) and BMI 15.8 on 05/26/2026.
Denies suicidal ideation. Discharged 07/14/2026 at BMI 18.4 to a partial hospitalization program.''',
        "other/family-call-log-2026.txt": '''CALL LOG KEPT BY LORRAINE MARCHETTI-OBI (FICTIONAL)                                   Page 1 of 1
05/28/2026 10:15  Federal Heartland care management, 1-800-555-0161, care manager "Dana", ref CM-0528-1142.
  Asked for a network residential eating-disorder program for an adult. Told: Lakeshore Recovery Residence
  (network, 96 miles) has no opening until 08/24/2026; no other network adult residential program within 150
  miles. Told to "use the best available program and appeal if needed".
05/29/2026 09:40  Lakeshore Recovery Residence, (757) 555-0166: confirmed first opening 08/24/2026.''',
        "other/fehb-brochure-2026-section-3-and-8-excerpt.txt": '''FEDERAL HEARTLAND BENEFIT PLAN (FICTIONAL) - 2026 FEHB BROCHURE (excerpt)              Pages 22 and 91
Section 3. When no network provider is available
If you need a covered service and no network provider can provide it within a reasonable time and distance,
call us. We will consider paying non-network benefits at the network level.
Section 8. The disputed claims process, step 4
You may ask OPM to review our decision. You must write to OPM within 90 days after the date of our letter
upholding our initial decision.''',
        "other/authorization-celeste-2026-11-12.txt": '''AUTHORIZATION                                                                       Date: 11/12/2026
I, Celeste Marchetti-Obi (DOB 05/30/2002), authorize my mother, Lorraine Marchetti-Obi, to pursue the disputed
claim FHB-26-0730-88214 with Federal Heartland Benefit Plan and the Office of Personnel Management for me, and to
receive my health information for that purpose.   Signed: Celeste Marchetti-Obi''',
    },
    truth='''# 03 - FEHB: residential eating-disorder care at a non-network program after a documented network gap; OPM review asked by the enrollee mother (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Celeste Marchetti-Obi, 24, covered as a family member under her mother Lorraine's FEHB Self and Family
  enrollment with **Federal Heartland Benefit Plan**. Residential treatment 06/02-07/14/2026 (42 days, rev 1001)
  at Cedar Hollow (non-network) for anorexia nervosa, binge-purge type (F50.029). Billed $63,000.00.
- 05/28/2026: the carrier's care manager (ref **CM-0528-1142**) said Lakeshore (network, 96 miles) had no opening
  until **08/24/2026** and no other network adult program within 150 miles.
- EOB 07/30/2026 (CO-242); reconsideration asked 08/20/2026 (received 08/24); **carrier's reconsideration
  decision 10/28/2026** affirmed, naming Lakeshore.
- **Rule and stage:** next is **OPM review** (5 CFR 890.105(e)(1)): within **90 days after the date of the carrier's
  letter** (brochure Section 8 says the same): **by 01/26/2027**. The carrier's letter says "from the date you
  receive this letter", which would give 02/07/2027: wrong, and a letter must not rely on it.
- The request goes to **OPM**, not the carrier; the brochure's Section 3 network-level benefits are the ground.
- **Author:** the mother as the daughter's authorized representative (adult daughter; signed 11/12/2026).

## Deliberately unknown
- Whether the carrier would have given prior approval if asked in writing: never asked in writing.
- What Lakeshore's 96 miles means against any access standard: the brochure sets none in miles.
- The non-network program's allowed amount.

## Traps
- **Deadline from the decision date**, not from receipt (11/09/2026) and not the EOB's 6 months.
- **Level:** not a second carrier reconsideration, not external review by an IRO; OPM review.
- **Network gap:** argued from the two contacts on record only; never "no network provider exists"; Lakeshore did
  exist and was in network, only full until 08/24/2026.
- Daughter is an adult: the mother is a representative (not "parent of a minor"); no suicidal ideation.
- FEHB: no ERISA, no state insurance external review.

## Arguments a strong letter makes
1. OPM review of the 10/28/2026 decision, filed within 90 days of its date (5 CFR 890.105(e)(1), brochure
   Section 8): by 01/26/2027.
2. The carrier's own care manager confirmed no network bed before 08/24/2026 (CM-0528-1142); Section 3 of the
   brochure pays non-network care at the network level when no network provider can give it in a reasonable time.
3. The decision's statement that Lakeshore was available is contradicted by the call log; correct it.

## What a letter must NOT say
- "within 90 days from receipt" as the rule; "by 02/07/2027"; "second reconsideration".
- "external review", "independent review organization", "ERISA", "29 CFR 2560.503-1".
- "no network provider exists"; "suicidal ideation"; "my daughter is a minor".
''',
    answers=[
        ("Date of the carrier's reconsideration decision", "RECONSIDERATION DECISION                   Date: 10/28/2026", "denial/reconsideration-decision-2026-10-28.txt"),
        ("Wrong count the carrier letter prints", "within 90 days from the\ndate you receive this letter", "denial/reconsideration-decision-2026-10-28.txt"),
        ("Brochure's rule for OPM review", "within 90 days after the date of our letter", "other/fehb-brochure-2026-section-3-and-8-excerpt.txt"),
        ("True deadline", "by 01/26/2027", "truth"),
        ("Regulation", "5 CFR 890.105(e)(1)", "truth"),
        ("Day the family received the decision", "received by the family 11/09/2026", "denial/reconsideration-decision-2026-10-28.txt"),
        ("Claim number", "FHB-26-0730-88214", "denial/eob-2026-07-30.txt"),
        ("CARC", "CO-242", "denial/eob-2026-07-30.txt"),
        ("Care manager reference", "CM-0528-1142", "other/family-call-log-2026.txt"),
        ("Lakeshore first opening", "08/24/2026", "other/family-call-log-2026.txt"),
        ("Distance to Lakeshore", "96 miles", "other/family-call-log-2026.txt"),
        ("Brochure section for network gap", "Section 3. When no network provider is available", "other/fehb-brochure-2026-section-3-and-8-excerpt.txt"),
        ("Amount billed", "$63,000.00", "denial/eob-2026-07-30.txt"),
        ("Diagnosis code", "F50.029", "clinical/discharge-summary-2026-07-14.txt"),
        ("Authorization date", "Date: 11/12/2026", "other/authorization-celeste-2026-11-12.txt"),
        ("Reconsideration received by carrier", "Your request received 08/24/2026", "denial/reconsideration-decision-2026-10-28.txt"),
    ],
))

# ---------------------------------------------------------------- case 04
CASES.append(dict(
    num="04", slug="98-04-part-d-pdp-lumateperone-step-therapy-notice-names-ire-expedited-redetermination-pmhnp",
    yaml=r'''# FICTIONAL CASE (set 98, case 04) - every person, plan, provider, number and address is invented.
# Stand-alone Part D plan, Arizona, 70. Lumateperone 42 mg for bipolar II depression denied 12/01/2026 under step
# therapy ST-BP-07 (quetiapine and lurasidone first; "no claims"). The notice wrongly sends her to the Independent
# Review Entity "within 60 days of receiving this notice". The first level is the plan's own redetermination
# (42 CFR 423.580), 65 days from the notice date (423.582(b)): by 02/04/2027; expedited on the prescriber's
# request (423.584, decision within 72 hours, 423.590(d)). The treating psychiatric nurse practitioner files it.
patient:
  name: Dolores Ainsworth-Reyes
  salutation: Ms. Ainsworth-Reyes
  date_of_birth: 1956-08-22
  member_id: FICT-SSRX-30991746
  address: |-
    7421 E Paseo Verde
    Tucson, AZ 85715
  phone: (520) 555-0124
insurer:
  name: Saguaro Senior Rx (PDP) (FICTIONAL Medicare Part D plan)
  appeals_address: |-
    Saguaro Senior Rx, Part D Redeterminations (FICTIONAL)
    PO Box 51270
    Phoenix, AZ 85076
  fax: 1-866-555-0131
claim:
  number: SSRX-CD-26-1201-0457
  plan_type: medicare_part_d
  notice_date: 2026-12-01
  appeal_deadline: 2027-02-04
  deadline_basis: >-
    42 CFR 423.582(b): 65 days from the date of the coverage determination notice of 12/01/2026. (The notice's
    own "60 days of receiving this notice" and its direction to the Independent Review Entity are wrong.)
  diagnosis_codes: [F31.81]
  denial_reason: >-
    Step therapy ST-BP-07: Caplyta (lumateperone) is covered after trials of quetiapine and lurasidone. Our claims
    show no fills of either drug.
  denial_category: step_therapy
  urgent: true
  action: none
urgency:
  reason: >-
    Her samples of lumateperone ran out on 11/28/2026; within 10 days off it her earlier depressive episodes
    returned with inability to eat or leave bed; she lives alone.
  certified_by: Tamsin Okafor-Reid, PMHNP-BC
treatment:
  name: Caplyta (lumateperone) 42 mg once daily
  summary: >-
    Lumateperone for bipolar II depression after quetiapine (paid by her former employer's retiree plan) and
    lurasidone (manufacturer samples) failed.
  plan: 42 mg once daily at bedtime, 30 capsules a month; review every 8 weeks.
clinical:
  severity: MADRS 31 on 11/24/2026 (before the samples ran out)
  severity_date: 2026-11-24
  suicidality: none
  suicidality_date: 2026-11-24
  history:
    - drug: Quetiapine
      dose: 300 mg nightly
      start: 2024-03
      end: 2024-09
      kind: other
      adequate: true
      failed: true
      response: none
      paid_outside: another plan
      outcome: No response after 6 months; weight gain of 9 kg
      evidence: {file: clinical/prescriber-statement-2026-12-03.txt, page: 1}
    - drug: Lurasidone
      dose: 80 mg with evening meal
      start: 2025-02
      end: 2025-06
      kind: other
      adequate: true
      failed: true
      response: none
      paid_outside: manufacturer samples
      outcome: No response; akathisia
      evidence: {file: clinical/prescriber-statement-2026-12-03.txt, page: 1}
    - drug: Lumateperone
      dose: 42 mg nightly
      start: 2026-09
      end: 2026-11-28
      kind: other
      response: partial
      paid_outside: manufacturer samples
      outcome: MADRS 38 to 22 by 11/10/2026 on samples; samples ran out 11/28/2026
      evidence: {file: clinical/prescriber-statement-2026-12-03.txt, page: 1}
prescriber_statement:
  date: 2026-12-03
  quote: >-
    Ms. Ainsworth-Reyes has had adequate trials of both quetiapine and lurasidone without response; trying either
    again would be ineffective and would expose her to the weight gain and akathisia she had on them.
  file: clinical/prescriber-statement-2026-12-03.txt
author:
  name: Tamsin Okafor-Reid, PMHNP-BC
  role: treating psychiatric nurse practitioner (prescriber)
  relation: prescriber
  address: |-
    Sonoran Foothills Psychiatry (FICTIONAL), 5050 N Oracle Road, Suite 210
    Tucson, AZ 85704
  phone: (520) 555-0135
  fax: (520) 555-0136
  email: tokafor-reid@sonoranfoothills.example
provider:
  name: Tamsin Okafor-Reid
  credentials: PMHNP-BC
  npi: "@NPI4@"
  address: |-
    5050 N Oracle Road, Suite 210
    Tucson, AZ 85704
  phone: (520) 555-0135
plan_policy:
  name: Saguaro Senior Rx 2026 Step Therapy Criteria ST-BP-07
  number: ST-BP-07
  quote: >-
    Caplyta is approved when the member has tried quetiapine and lurasidone, or when the prescriber states that
    those drugs would be ineffective or cause adverse effects.
  file: other/step-therapy-criteria-st-bp-07.txt
record_dates:
  - file: clinical/prescriber-statement-2026-12-03.txt
    date: 2026-12-03
bates_prefix: AINSWORTHREYES
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
    docs={
        "denial/coverage-determination-notice-2026-12-01.txt": '''SAGUARO SENIOR RX (PDP) (FICTIONAL) - NOTICE OF DENIAL OF MEDICARE PRESCRIPTION DRUG COVERAGE
Date: 12/01/2026   Member: Dolores Ainsworth-Reyes   ID FICT-SSRX-30991746   Case SSRX-CD-26-1201-0457   Page 1 of 1
Drug: Caplyta (lumateperone) 42 mg, #30. Prescriber: Tamsin Okafor-Reid, PMHNP-BC, NPI @NPI4@
Denied under step therapy ST-BP-07: Caplyta (lumateperone) is covered after trials of quetiapine and
lurasidone. Our claims show no fills of either drug.
Your appeal rights: You may request a review by the Independent Review Entity within 60 days of receiving this
notice.''',
        "clinical/prescriber-statement-2026-12-03.txt": '''SONORAN FOOTHILLS PSYCHIATRY (FICTIONAL) - PRESCRIBER SUPPORTING STATEMENT            Date: 12/03/2026
Patient: Dolores Ainsworth-Reyes   DOB 08/22/1956   Prescriber: Tamsin Okafor-Reid, PMHNP-BC   Page 1 of 1
Diagnosis: bipolar II disorder, current episode depressed (F31.81).
Quetiapine 300 mg nightly 03/2024-09/2024, paid by her former employer's retiree plan: no response, 9 kg gain.
Lurasidone 80 mg 02/2025-06/2025, manufacturer samples: no response, akathisia.
Lumateperone 42 mg from 09/2026 on samples: MADRS 38 to 22 by 11/10/2026; samples ran out 11/28/2026. MADRS 31
on 11/24/2026 as doses were skipped to stretch the samples. No suicidal ideation.
Ms. Ainsworth-Reyes has had adequate trials of both quetiapine and lurasidone without response; trying either
again would be ineffective and would expose her to the weight gain and akathisia she had on them.
I request an EXPEDITED redetermination: applying the standard time frame could seriously jeopardize her health.''',
        "other/step-therapy-criteria-st-bp-07.txt": '''SAGUARO SENIOR RX (FICTIONAL) - 2026 STEP THERAPY CRITERIA                             Page 1 of 1
ST-BP-07 Caplyta (lumateperone)
Caplyta is approved when the member has tried quetiapine and lurasidone, or when the prescriber states that
those drugs would be ineffective or cause adverse effects.
Redeterminations: 1-866-555-0131 (fax), Part D Redeterminations, PO Box 51270, Phoenix, AZ 85076.''',
    },
    truth='''# 04 - Part D: lumateperone blocked by step therapy; the notice names the wrong level and window; expedited redetermination by the treating PMHNP (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Dolores Ainsworth-Reyes, 70, stand-alone Part D plan **Saguaro Senior Rx (PDP)**, Arizona. Caplyta
  (lumateperone) 42 mg for bipolar II depression (F31.81) denied **12/01/2026** under ST-BP-07 ("no fills").
- Quetiapine 300 mg (03-09/2024, paid by a former employer's retiree plan) and lurasidone 80 mg (02-06/2025,
  samples) both failed; neither shows in the plan's claims. Lumateperone samples 09/2026-11/28/2026 helped
  (MADRS 38 -> 22), then ran out.
- **Rule and stage:** the first appeal is a **redetermination by the plan** (42 CFR 423.580), filed within **65 days
  of the notice date** (423.582(b)): **by 02/04/2027**. The notice's "Independent Review Entity ... within 60 days of
  receiving" is wrong on both counts. A prescriber may request the redetermination for the enrollee (423.580) and
  ask for it expedited; the plan must expedite when a prescriber says the standard time could seriously jeopardize
  health (423.584(c)), and decide within **72 hours** (423.590(d)). The step is an exception request under
  423.578(b), and ST-BP-07 itself accepts a prescriber statement.
- **Author:** the treating psychiatric nurse practitioner (prescriber), never "Dr." or "physician".

## Deliberately unknown
- Whether the plan has a transition-fill record for her: not in the case.
- Her current MADRS after 11/28/2026: not recorded.
- Cost of the drug; tier.

## Traps
- **Level:** not a request to the IRE; the IRE comes after the plan's redetermination.
- **Window:** 65 days from the notice date (02/04/2027), not 60 from receipt.
- **Trials paid outside the plan** are trials: the retiree plan's fills and samples; never "no trials".
- Quetiapine, lurasidone and lumateperone are not antidepressants; do not count them as antidepressant trials.
- "Failed lumateperone" is wrong: it helped; it stopped only because samples ran out.
- Prescriber voice; no ERISA, no Medicaid, no "external review".

## Arguments a strong letter makes
1. Expedited redetermination (423.580, 423.584), decision within 72 hours; timely by 02/04/2027.
2. ST-BP-07's own terms are met: both steps tried (paid outside the plan), and the prescriber states they would be
   ineffective and cause adverse effects; the exception standard of 423.578(b) is met by the same statement.
3. Lumateperone worked (MADRS 38 -> 22); a gap risks relapse.

## What a letter must NOT say
- "Independent Review Entity" as the addressee of this request; "within 60 days"; "reconsideration" for this level.
- "no prior trials"; "failed lumateperone"; "three antidepressants".
- "Dr. Okafor-Reid", "as her physician"; "ERISA"; "suicidal ideation".
''',
    answers=[
        ("Notice date", "Date: 12/01/2026", "denial/coverage-determination-notice-2026-12-01.txt"),
        ("Case number", "SSRX-CD-26-1201-0457", "denial/coverage-determination-notice-2026-12-01.txt"),
        ("Wrong level and window on the notice", "review by the Independent Review Entity within 60 days of receiving", "denial/coverage-determination-notice-2026-12-01.txt"),
        ("True level", "redetermination by the plan", "truth"),
        ("True deadline", "by 02/04/2027", "truth"),
        ("Deadline rule", "423.582(b)", "case.yaml"),
        ("Expedited decision time", "72 hours", "truth"),
        ("Step therapy policy", "ST-BP-07", "other/step-therapy-criteria-st-bp-07.txt"),
        ("Policy's prescriber-statement alternative", "or when the prescriber states that\nthose drugs would be ineffective", "other/step-therapy-criteria-st-bp-07.txt"),
        ("How quetiapine was paid", "paid by her former employer's retiree plan", "clinical/prescriber-statement-2026-12-03.txt"),
        ("How lurasidone was supplied", "manufacturer samples", "clinical/prescriber-statement-2026-12-03.txt"),
        ("Samples ran out", "samples ran out 11/28/2026", "clinical/prescriber-statement-2026-12-03.txt"),
        ("Response on lumateperone", "MADRS 38 to 22", "clinical/prescriber-statement-2026-12-03.txt"),
        ("Prescriber credentials", "PMHNP-BC", "clinical/prescriber-statement-2026-12-03.txt"),
        ("Diagnosis code", "F31.81", "clinical/prescriber-statement-2026-12-03.txt"),
        ("Statement date", "Date: 12/03/2026", "clinical/prescriber-statement-2026-12-03.txt"),
    ],
))

# ---------------------------------------------------------------- case 05
CASES.append(dict(
    num="05", slug="98-05-self-funded-erisa-tms-corrected-claim-timely-under-spd-9-4-second-level-billing-manager",
    yaml=r'''# FICTIONAL CASE (set 98, case 05) - every person, plan, provider, number and address is invented.
# Self-funded ERISA employer plan (1,850 employees), Minnesota. TMS 02/02-03/13/2026 (30 sessions). Original
# claim filed 02/20/2026, denied 03/12/2026 for a diagnosis error (CO-11: F32.A billed). Corrected claim
# (frequency 7, F33.2) accepted 08/28/2026, within the SPD 9.4 corrected-claim limit (180 days after the original
# EOB: by 09/08/2026). The plan denied it 09/15/2026 as untimely under the 90-days-from-service rule for new
# claims; the first-level appeal was upheld 11/02/2026 (received 11/06). Second-level appeal: SPD 10.2, 60 days
# after receipt; the safe date counted from the decision's date is 01/01/2027. The clinic's billing manager writes
# as the member's authorized representative (the plan's designation form).
patient:
  name: Tobias Lindqvist-Mora
  salutation: Mr. Lindqvist-Mora
  date_of_birth: 1985-01-19
  member_id: FICT-HFS-2208714
  address: |-
    1502 Hennepin Lane
    Minnetonka, MN 55345
  phone: (952) 555-0128
insurer:
  name: Halvard Freight Systems Employee Health Plan, administered by Meridian Plains Administrators (FICTIONAL)
  appeals_address: |-
    Meridian Plains Administrators, Second-Level Appeals (FICTIONAL)
    PO Box 30044
    Bloomington, MN 55438
  fax: (952) 555-0170
claim:
  number: MPA-26-0828-71903
  plan_type: employer_erisa
  funding: self_funded
  employees: 1850
  stage: second level
  notice_date: 2026-09-15
  service_dates: [2026-02-02, 2026-03-13]
  sessions: 30
  setting: outpatient
  procedure_codes: ["90868"]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-29]
  denial_reason: >-
    The time limit for filing has expired. Claims must be filed within 90 days of the date of service. (CO-29)
  denial_category: timely_filing
  denial_reasons: [timely_filing]
  coding_correct: false
  action: none
decisions:
  - date: 2026-11-02
    outcome: denied
    stage: first-level appeal
    opens: second level appeal (SPD Section 10.2)
    next_deadline: 2027-01-01
    reason: >-
      Your appeal is denied. The claim received 08/28/2026 was filed more than 90 days after the dates of service.
      The original claim was denied and is closed.
    corrections:
      - said: The claim received 08/28/2026 was filed more than 90 days after the dates of service.
        record: >-
          The 08/28/2026 claim is a corrected claim (frequency code 7) replacing claim MPA-26-0220-40117, which was
          received 02/20/2026; SPD Section 9.4 gives corrected claims 180 days after the original claim's EOB of
          03/12/2026, to 09/08/2026.
        file: [other/spd-2026-sections-9-10-excerpt.txt, other/clearinghouse-acceptance-report-2026-08-28.txt]
        page: 1
submissions:
  - date: 2026-10-05
    method: fax
    stage: first-level appeal
    confirmation: fax report 10/05/2026 14:22, 9 pages
filing:
  first_submitted: 2026-02-20
  received: 2026-02-20
  proof: [other/original-claim-eob-2026-03-12.txt, other/clearinghouse-acceptance-report-2026-08-28.txt]
  limit_deadline: 2026-05-03
corrected_claim:
  error: The original claim listed depression, unspecified (F32.A) instead of recurrent severe major depression (F33.2).
  resubmission_code: "7"
  replaces: MPA-26-0220-40117
  sent: 2026-08-27
  accepted: 2026-08-28
  reference: clearinghouse acceptance report, batch 60417
  proof: [other/clearinghouse-acceptance-report-2026-08-28.txt]
  deadline: 2026-09-08
  file: other/corrected-claim-form-2026-08-27.txt
  lines:
    - {code: "90868", units: 30, documented: 30 TMS sessions 02/02-03/13/2026 with motor threshold checks, evidence: {file: clinical/tms-course-summary-2026-03-13.txt, page: 1}}
plan_policy:
  name: Halvard Freight Systems Employee Health Plan Summary Plan Description 2026, Section 9.4 "Corrected claims"
  number: Section 9.4
  quote: >-
    A claim must be filed within 90 days after the date of service. A corrected or replacement claim for a claim
    that was filed on time must be received within 180 days after the date of the explanation of benefits for the
    original claim.
  file: other/spd-2026-sections-9-10-excerpt.txt
  other_terms: >-
    Section 10.2: If your first-level appeal is denied, you may file a second-level appeal within 60 days after you
    receive the first-level decision. The second-level decision is final under the Plan.
  other_terms_file: other/spd-2026-sections-9-10-excerpt.txt
treatment:
  name: Transcranial magnetic stimulation (TMS), 30 sessions (90868)
  summary: >-
    A completed course the plan authorized (PA-TMS-26-0114); only the filing date of the corrected claim is in
    dispute.
prior_auth:
  approved:
    number: PA-TMS-26-0114
    date: 2026-01-14
    covers: 30 sessions of TMS, 01/26/2026 through 03/31/2026
    from: 2026-01-26
    through: 2026-03-31
    file: other/prior-authorization-approval-2026-01-14.txt
clinical:
  severity: PHQ-9 21 on 01/20/2026; PHQ-9 8 on 03/13/2026
  severity_date: 2026-03-13
  suicidality: none
  suicidality_date: 2026-03-13
author:
  name: Greta Sundvall
  role: Billing Manager, Northstar Neuromodulation Psychiatry (authorized representative)
  relation: representative
  address: |-
    Northstar Neuromodulation Psychiatry (FICTIONAL), 7700 France Avenue S, Suite 300
    Edina, MN 55435
  phone: (952) 555-0112
  email: billing@northstarneuro.example
  authorization: other/authorized-representative-designation-2026-09-30.txt
provider:
  name: Northstar Neuromodulation Psychiatry (FICTIONAL)
  credentials: Dr. Ingrid Solheim-Achebe, MD
  npi: "@NPI5@"
  address: |-
    7700 France Avenue S, Suite 300
    Edina, MN 55435
  phone: (952) 555-0111
bates_prefix: LINDQVISTMORA
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
    docs={
        "denial/eob-corrected-claim-2026-09-15.txt": '''MERIDIAN PLAINS ADMINISTRATORS (FICTIONAL) for HALVARD FREIGHT SYSTEMS EMPLOYEE HEALTH PLAN
EXPLANATION OF BENEFITS   Date: 09/15/2026   Member: Tobias Lindqvist-Mora   ID FICT-HFS-2208714   Page 1 of 1
Claim MPA-26-0828-71903 (received 08/28/2026)   Northstar Neuromodulation Psychiatry, NPI @NPI5@
02/02/2026-03/13/2026   90868 x30   Billed $8,400.00   Paid $0.00
CO-29: The time limit for filing has expired. Claims must be filed within 90 days of the date of service.
You may appeal within 180 days after you receive this notice.''',
        "denial/first-level-appeal-decision-2026-11-02.txt": '''MERIDIAN PLAINS ADMINISTRATORS (FICTIONAL) - FIRST-LEVEL APPEAL DECISION             Date: 11/02/2026
Member: Tobias Lindqvist-Mora   Claim MPA-26-0828-71903   Appeal received 10/05/2026   Page 1 of 1
Your appeal is denied. The claim received 08/28/2026 was filed more than 90 days after the dates of service.
The original claim was denied and is closed.
You may file a second-level appeal as described in Section 10.2 of your Summary Plan Description.
[Mailed in an envelope postmarked 11/04/2026; date stamp of receipt at the clinic: 11/06/2026.]''',
        "clinical/tms-course-summary-2026-03-13.txt": '''NORTHSTAR NEUROMODULATION PSYCHIATRY (FICTIONAL) - TMS COURSE SUMMARY                Date: 03/13/2026
Patient: Tobias Lindqvist-Mora   DOB 01/19/1985   Physician: Dr. Ingrid Solheim-Achebe, MD   Page 1 of 1
Diagnosis: major depressive disorder, recurrent, severe without psychotic features (F33.2).
Authorization PA-TMS-26-0114. 30 sessions (90868), 02/02/2026 through 03/13/2026, motor threshold rechecked
weekly. PHQ-9 21 on 01/20/2026, 8 on 03/13/2026. No suicidal ideation.''',
        "other/original-claim-eob-2026-03-12.txt": '''MERIDIAN PLAINS ADMINISTRATORS (FICTIONAL) - EXPLANATION OF BENEFITS                  Date: 03/12/2026
Member: Tobias Lindqvist-Mora   Claim MPA-26-0220-40117 (received 02/20/2026)   Page 1 of 1
02/02/2026-03/13/2026   90868 x30   Billed $8,400.00   Paid $0.00
CO-11: The diagnosis is inconsistent with the procedure. Diagnosis billed: F32.A. Submit a corrected claim.''',
        "other/corrected-claim-form-2026-08-27.txt": '''CORRECTED CLAIM (FICTIONAL rendition of a professional claim form)                     Date: 08/27/2026
Item 22: resubmission code 7 (replacement of prior claim), original reference MPA-26-0220-40117
Patient: Tobias Lindqvist-Mora   ID FICT-HFS-2208714   Diagnosis A: F33.2
02/02/2026-03/13/2026   90868   30 units   pointer A   $8,400.00   NPI @NPI5@''',
        "other/clearinghouse-acceptance-report-2026-08-28.txt": '''LAKES CLAIMBRIDGE (FICTIONAL CLEARINGHOUSE) - PAYER ACCEPTANCE REPORT   Batch 60417   Page 1 of 1
Sent 08/27/2026 16:05. Payer Meridian Plains Administrators: ACCEPTED 08/28/2026.
LINDQVIST-MORA, TOBIAS   frequency 7, replaces MPA-26-0220-40117   90868 x30   $8,400.00
Payer claim number assigned: MPA-26-0828-71903''',
        "other/spd-2026-sections-9-10-excerpt.txt": '''HALVARD FREIGHT SYSTEMS EMPLOYEE HEALTH PLAN (FICTIONAL) - SUMMARY PLAN DESCRIPTION 2026 (excerpt)  Page 1
The Plan is self-funded by Halvard Freight Systems and administered by Meridian Plains Administrators.
Section 9.4 Corrected claims
A claim must be filed within 90 days after the date of service. A corrected or replacement claim for a claim
that was filed on time must be received within 180 days after the date of the explanation of benefits for the
original claim.
Section 10.2 Second-level appeals
If your first-level appeal is denied, you may file a second-level appeal within 60 days after you receive the
first-level decision. The second-level decision is final under the Plan.''',
        "other/prior-authorization-approval-2026-01-14.txt": '''MERIDIAN PLAINS ADMINISTRATORS (FICTIONAL) - PRIOR AUTHORIZATION APPROVAL             Date: 01/14/2026
Member: Tobias Lindqvist-Mora   Authorization PA-TMS-26-0114   Page 1 of 1
Approved: 30 sessions of TMS (90868), 01/26/2026 through 03/31/2026, Northstar Neuromodulation Psychiatry.''',
        "other/authorized-representative-designation-2026-09-30.txt": '''MERIDIAN PLAINS ADMINISTRATORS (FICTIONAL) - AUTHORIZED REPRESENTATIVE DESIGNATION FORM   Date: 09/30/2026
I, Tobias Lindqvist-Mora (ID FICT-HFS-2208714), designate Greta Sundvall, Billing Manager, Northstar
Neuromodulation Psychiatry, as my authorized representative for all levels of appeal of claim MPA-26-0828-71903
and the claim it replaces, MPA-26-0220-40117.   Signed: Tobias Lindqvist-Mora''',
    },
    truth='''# 05 - Self-funded ERISA plan: a timely corrected claim denied under the new-claim filing limit; second-level appeal by the clinic's billing manager (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Tobias Lindqvist-Mora, 41, member of the **self-funded** Halvard Freight Systems Employee Health Plan (ERISA;
  TPA Meridian Plains; 1,850 employees). TMS, 30 sessions (90868), 02/02-03/13/2026, **authorized** (PA-TMS-26-0114).
- Original claim **MPA-26-0220-40117** received **02/20/2026** (within 90 days), denied 03/12/2026 CO-11 (F32.A
  billed). Corrected claim (frequency **7**, F33.2) sent 08/27, **accepted 08/28/2026** (batch 60417), number
  MPA-26-0828-71903.
- **SPD Section 9.4:** a corrected claim for a timely claim is due **180 days after the original EOB (03/12/2026):
  by 09/08/2026**. 08/28/2026 is within it. The 09/15/2026 EOB and the 11/02/2026 first-level decision applied the
  90-day new-claim rule.
- **Rule and stage:** this is the **second-level** internal appeal (SPD 10.2: 60 days after **receipt** of the
  first-level decision). The decision reached the clinic 11/06/2026 (date stamp) -> 01/05/2027; counted from the
  decision's date (safe): **01/01/2027**. ERISA claims rule, 29 CFR 2560.503-1(h); after the final level, external
  review is not certain for a filing-limit denial that involves no medical judgment (29 CFR 2590.715-2719).
- The billing manager is the member's authorized representative (plan's designation form, 09/30/2026); she is
  not the patient and the clinic is not appealing as a party.

## Deliberately unknown
- Why the corrected claim took until August: not explained in the record.
- Whether the plan has a third level: SPD says the second is final.
- The allowed amount.

## Traps
- **Stage:** a second-level appeal answering the **11/02/2026 decision**, not the 09/15 EOB alone.
- **Which limit:** 180 days after the original EOB, not 90 days from service. "Coding correct" is false for the
  original claim (F32.A); the corrected claim fixed it.
- **Deadline:** SPD counts from receipt; don't state 01/05/2027 without the receipt record; 01/01/2027 is safe.
- No medical-necessity argument, no peer-to-peer; the care was authorized.
- Voice: the billing manager writes for Mr. Lindqvist-Mora, not "I received TMS".

## Arguments a strong letter makes
1. The plan's own SPD 9.4: the corrected claim (accepted 08/28/2026) was within 180 days of the 03/12/2026 EOB
   (by 09/08/2026); the original was filed 02/20/2026, within 90 days.
2. The decision's statement is contradicted: the 08/28 claim replaces a timely claim (frequency 7).
3. The care was authorized (PA-TMS-26-0114); pay the corrected claim.

## What a letter must NOT say
- "first-level appeal" as this letter; "medically necessary" as the ground; "peer-to-peer".
- "the claim was correctly coded" for the original; "good cause" as the main ground.
- "45 CFR 147.136" as the external review rule for this plan; "Medicaid"; "Medicare".
''',
    answers=[
        ("First-level decision date", "FIRST-LEVEL APPEAL DECISION             Date: 11/02/2026", "denial/first-level-appeal-decision-2026-11-02.txt"),
        ("Receipt of the first-level decision", "11/06/2026", "denial/first-level-appeal-decision-2026-11-02.txt"),
        ("SPD rule for corrected claims", "within 180 days after the date of the explanation of benefits for the\noriginal claim", "other/spd-2026-sections-9-10-excerpt.txt"),
        ("Second-level window", "within 60 days after you\nreceive the first-level decision", "other/spd-2026-sections-9-10-excerpt.txt"),
        ("Safe second-level deadline", "01/01/2027", "truth"),
        ("Corrected-claim deadline", "by 09/08/2026", "truth"),
        ("Original claim number", "MPA-26-0220-40117", "other/original-claim-eob-2026-03-12.txt"),
        ("Original claim received", "received 02/20/2026", "other/original-claim-eob-2026-03-12.txt"),
        ("Original EOB date", "Date: 03/12/2026", "other/original-claim-eob-2026-03-12.txt"),
        ("Original error", "Diagnosis billed: F32.A", "other/original-claim-eob-2026-03-12.txt"),
        ("Corrected claim accepted", "ACCEPTED 08/28/2026", "other/clearinghouse-acceptance-report-2026-08-28.txt"),
        ("Resubmission code", "resubmission code 7", "other/corrected-claim-form-2026-08-27.txt"),
        ("Batch", "Batch 60417", "other/clearinghouse-acceptance-report-2026-08-28.txt"),
        ("Denied claim number", "MPA-26-0828-71903", "denial/eob-corrected-claim-2026-09-15.txt"),
        ("Authorization", "PA-TMS-26-0114", "other/prior-authorization-approval-2026-01-14.txt"),
        ("Designation date", "Date: 09/30/2026", "other/authorized-representative-designation-2026-09-30.txt"),
    ],
))

# ---------------------------------------------------------------- case 06
CASES.append(dict(
    num="06", slug="98-06-marketplace-ect-preservice-appeal-never-decided-plan-asks-second-level-external-review-wife",
    yaml=r'''# FICTIONAL CASE (set 98, case 06) - every person, plan, provider, number and address is invented.
# Marketplace (individual, insured) plan, Georgia. Pre-service request for an acute ECT course denied 09/02/2026
# (medical necessity). Internal appeal faxed 09/14/2026; a pre-service appeal must be decided within 30 days
# (by 10/14/2026). No decision. On 11/20/2026 the plan wrote that the appeal "remains under review" and that he
# must file a "second-level appeal". Individual coverage has one internal level; the internal appeal is deemed
# exhausted, and external review may be asked now (conservative: 4 months from 10/14/2026 = 02/14/2027).
# His wife writes as authorized representative.
patient:
  name: Desmond Achterberg-Lowe
  salutation: Mr. Achterberg-Lowe
  date_of_birth: 1979-10-03
  member_id: FICT-PCH-61120457
  address: |-
    388 Briarcliff Commons
    Decatur, GA 30033
  phone: (404) 555-0144
insurer:
  name: Peachline Health Insurance Company - Peachline Silver 4500 (FICTIONAL Marketplace plan)
  appeals_address: |-
    Peachline Health, Member Appeals (FICTIONAL)
    PO Box 105522
    Atlanta, GA 30348
  fax: (404) 555-0178
claim:
  number: PCH-PA-26-0825-2291
  plan_type: individual_aca
  student: false
  notice_date: 2026-09-02
  procedure_codes: ["90870"]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    Electroconvulsive therapy is not medically necessary. There is no documentation that the member has tried
    an antidepressant combined with an augmenting agent.
  denial_category: medical_necessity
  action: none
  pending_services: [acute course of 12 ECT treatments]
  reviewer: {name: Dr. Wendell Pruitt, specialty: internal medicine}
  corrections:
    - said: There is no documentation that the member has tried an antidepressant combined with an augmenting agent.
      record: >-
        Escitalopram 20 mg with aripiprazole 5 mg, 03/2025-07/2025, no response; sent with the request on 08/25/2026.
      file: clinical/psychiatrist-ect-referral-2026-08-25.txt
      page: 1
submissions:
  - date: 2026-09-14
    method: fax
    stage: internal appeal (first level)
    confirmation: fax report 09/14/2026 11:02, 14 pages
    decision_due: 2026-10-14
    decision_basis: 30 days for a pre-service appeal, 29 CFR 2560.503-1(i)(2)(i) applied by 45 CFR 147.136(b)(3)
    proof: other/fax-report-2026-09-14.txt
external_review:
  agency: Georgia external review program for insured individual plans, as named in Peachline's notice (FICTIONAL address)
  address: |-
    External Review Unit (FICTIONAL address for this test)
    PO Box 38120
    Atlanta, GA 30334
treatment:
  name: Electroconvulsive therapy (ECT), acute course of 12 treatments (90870)
  summary: >-
    An acute ECT course for severe recurrent depression after three antidepressant trials and one augmentation
    failed; the course is still to come.
  plan: Right unilateral ultrabrief ECT three times a week, 12 treatments, reassessed after 6.
clinical:
  severity: MADRS 40 on 08/18/2026; lost 8 kg since June 2026
  severity_date: 2026-08-18
  suicidality: passive
  suicidality_date: 2026-08-18
  history:
    - {drug: Sertraline, dose: 200 mg daily, start: 2023-04, end: 2023-10, kind: antidepressant, adequate: true, failed: true, response: none, evidence: {file: clinical/psychiatrist-ect-referral-2026-08-25.txt, page: 1}}
    - {drug: Duloxetine, dose: 120 mg daily, start: 2024-01, end: 2024-07, kind: antidepressant, adequate: true, failed: true, response: partial, evidence: {file: clinical/psychiatrist-ect-referral-2026-08-25.txt, page: 1}}
    - {drug: Escitalopram, dose: 20 mg daily, start: 2025-03, end: 2025-07, kind: antidepressant, adequate: true, failed: true, response: none, evidence: {file: clinical/psychiatrist-ect-referral-2026-08-25.txt, page: 1}}
    - {drug: Aripiprazole (added to escitalopram), dose: 5 mg daily, start: 2025-03, end: 2025-07, kind: augmentation, adequate: true, failed: true, response: none, evidence: {file: clinical/psychiatrist-ect-referral-2026-08-25.txt, page: 1}}
author:
  name: Priya Achterberg-Lowe
  role: wife, authorized representative
  relation: representative
  address: |-
    388 Briarcliff Commons
    Decatur, GA 30033
  phone: (404) 555-0145
  email: priya.al@mail.example
  authorization: other/peachline-authorized-representative-form-2026-09-10.txt
provider:
  name: Dr. Samira Vantongeren, MD
  credentials: MD, psychiatrist
  npi: "@NPI6@"
  address: |-
    Druid Hills Psychiatric Associates (FICTIONAL), 1400 Clifton Road NE, Suite 5
    Atlanta, GA 30322
  phone: (404) 555-0139
plan_policy:
  other_terms: >-
    Evidence of Coverage 2026, Section 10 "Appeals": You have one level of internal appeal. We will decide an appeal
    about care you have not yet received within 30 days after we receive it. If we do not follow these rules you may
    ask for an external review without waiting for our decision.
  other_terms_file: other/evidence-of-coverage-2026-section-10-excerpt.txt
  other_terms_apply: >-
    The appeal faxed 09/14/2026 was not decided by 10/14/2026; the plan's 11/20/2026 "second-level appeal" does not
    exist under Section 10, and external review may be asked now.
bates_prefix: ACHTERBERGLOWE
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
    docs={
        "denial/prior-authorization-denial-2026-09-02.txt": '''PEACHLINE HEALTH INSURANCE COMPANY (FICTIONAL) - NOTICE OF ADVERSE BENEFIT DETERMINATION  Date: 09/02/2026
Member: Desmond Achterberg-Lowe   ID FICT-PCH-61120457   Reference PCH-PA-26-0825-2291   Page 1 of 1
Requested 08/25/2026: electroconvulsive therapy (90870) x12, Dr. Samira Vantongeren, NPI @NPI6@
Denied: Electroconvulsive therapy is not medically necessary. There is no documentation that the member has
tried an antidepressant combined with an augmenting agent. Reviewer: Dr. Wendell Pruitt (internal medicine).
You may appeal within 180 days after you receive this notice. Member Appeals, PO Box 105522, Atlanta, GA 30348,
fax (404) 555-0178. After our final decision you may ask for an external review.''',
        "denial/plan-letter-appeal-under-review-2026-11-20.txt": '''PEACHLINE HEALTH (FICTIONAL) - MEMBER APPEALS                                          Date: 11/20/2026
Member: Desmond Achterberg-Lowe   Reference PCH-PA-26-0825-2291   Page 1 of 1
Your appeal remains under review. If you wish to continue your appeal, you must submit a second-level appeal
within 60 days of this letter. No external review is available until the second-level appeal is decided.''',
        "clinical/psychiatrist-ect-referral-2026-08-25.txt": '''DRUID HILLS PSYCHIATRIC ASSOCIATES (FICTIONAL) - ECT REFERRAL                          Date: 08/25/2026
Patient: Desmond Achterberg-Lowe   DOB 10/03/1979   Psychiatrist: Dr. Samira Vantongeren, MD   Page 1 of 1
Diagnosis: major depressive disorder, recurrent, severe without psychotic features (F33.2).
Trials: sertraline 200 mg 04/2023-10/2023 (none); duloxetine 120 mg 01/2024-07/2024 (partial);
escitalopram 20 mg with aripiprazole 5 mg 03/2025-07/2025 (no response).
08/18/2026: MADRS 40; 8 kg weight loss since June 2026; passive wish not to wake up, no plan or intent.
Plan: right unilateral ultrabrief ECT three times a week, 12 treatments, reassessed after 6.''',
        "other/fax-report-2026-09-14.txt": '''FAX TRANSMISSION REPORT (FICTIONAL)                                                    Page 1 of 1
09/14/2026 11:02   To (404) 555-0178 Peachline Member Appeals   14 pages   Result: OK
Cover: Internal appeal, member Desmond Achterberg-Lowe, reference PCH-PA-26-0825-2291, from Priya Achterberg-Lowe.''',
        "other/evidence-of-coverage-2026-section-10-excerpt.txt": '''PEACHLINE HEALTH (FICTIONAL) - 2026 EVIDENCE OF COVERAGE (excerpt)                        Page 71 of 96
Section 10 Appeals
You have one level of internal appeal. We will decide an appeal about care you have not yet received within
30 days after we receive it. If we do not follow these rules you may ask for an external review without
waiting for our decision.''',
        "other/peachline-authorized-representative-form-2026-09-10.txt": '''PEACHLINE HEALTH (FICTIONAL) - AUTHORIZED REPRESENTATIVE FORM                           Date: 09/10/2026
I, Desmond Achterberg-Lowe (ID FICT-PCH-61120457), name my wife Priya Achterberg-Lowe as my authorized
representative for appeals and external review of reference PCH-PA-26-0825-2291.   Signed: Desmond Achterberg-Lowe''',
    },
    truth='''# 06 - Marketplace plan: pre-service ECT appeal never decided; the plan invents a second level; external review asked by the wife (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Desmond Achterberg-Lowe, 47, Marketplace plan **Peachline Silver 4500** (insured, individual; Georgia). Request
  08/25/2026 for an acute ECT course (90870 x12), **denied 09/02/2026** by an internist ("no augmentation"),
  although the request recorded escitalopram + aripiprazole 03-07/2025.
- Internal appeal **faxed 09/14/2026** (fax report OK, 14 pages). A pre-service appeal must be decided within **30
  days** (29 CFR 2560.503-1(i)(2)(i), applied to individual coverage by 45 CFR 147.136(b)(3); EOC Section 10 says
  the same): **by 10/14/2026**. **No decision** was ever sent.
- Plan letter **11/20/2026**: "remains under review ... submit a second-level appeal within 60 days ... No external
  review ... until the second-level appeal is decided". Wrong: individual coverage has **one** internal level
  (45 CFR 147.136(b)(3); EOC Section 10), and a plan that does not follow the rules is **deemed** to have
  exhausted the internal appeal (45 CFR 147.136(b)(2)(ii)(F), applied by (b)(3)); EOC Section 10 says external
  review may be asked without waiting.
- **Stage and deadline:** a request for **external review** now. No final decision exists, so no 4-month clock
  has surely started; counted conservatively from the day the time ran out: **by 02/14/2027**. The ECT is still to
  come; an expedited external review may be asked if the psychiatrist certifies urgency (not in the record).
- Author: the wife, authorized representative (plan form 09/10/2026).

## Deliberately unknown
- Whether the plan received the fax (only the fax report shows sending).
- Whether the situation is now urgent: no clinician has certified it.
- Current MADRS after 08/18/2026.

## Traps
- **No second level:** the letter must not be a "second-level appeal" and must not wait for one.
- **No decision:** never quote "the plan's decision on appeal"; never invent a final denial date.
- **Passive ideation dated 08/18/2026**: say it with its date; not "active".
- Augmentation (aripiprazole) counts as the trial the denial says is missing.
- Individual plan: no ERISA as governing law; cite 45 CFR 147.136, not 29 CFR 2590.715-2719.

## Arguments a strong letter makes
1. External review now: the internal appeal of 09/14/2026 was never decided within 30 days (by 10/14/2026), so it is
   deemed exhausted (45 CFR 147.136(b)(2)(ii)(F) via (b)(3); EOC Section 10); individual coverage has one level.
2. The denial's ground is contradicted by the record sent with the request: escitalopram + aripiprazole failed.
3. Three antidepressants and one augmentation failed; MADRS 40, weight loss; the reviewer was an internist.

## What a letter must NOT say
- "second-level appeal" as this request; "the plan upheld"; a "final denial date".
- "no augmentation was tried"; "active suicidal ideation".
- "29 CFR 2590.715-2719"; "ERISA" as governing; "Medicaid"; "Medicare".
''',
    answers=[
        ("Denial date", "Date: 09/02/2026", "denial/prior-authorization-denial-2026-09-02.txt"),
        ("Reference", "PCH-PA-26-0825-2291", "denial/prior-authorization-denial-2026-09-02.txt"),
        ("Appeal sent", "09/14/2026 11:02", "other/fax-report-2026-09-14.txt"),
        ("Pages faxed", "14 pages", "other/fax-report-2026-09-14.txt"),
        ("Decision due", "by 10/14/2026", "truth"),
        ("Plan's letter date", "Date: 11/20/2026", "denial/plan-letter-appeal-under-review-2026-11-20.txt"),
        ("Invented level", "submit a second-level appeal", "denial/plan-letter-appeal-under-review-2026-11-20.txt"),
        ("EOC on levels", "You have one level of internal appeal", "other/evidence-of-coverage-2026-section-10-excerpt.txt"),
        ("EOC on external review without waiting", "you may ask for an external review without\nwaiting for our decision", "other/evidence-of-coverage-2026-section-10-excerpt.txt"),
        ("Conservative external review deadline", "by 02/14/2027", "truth"),
        ("Deemed exhaustion rule", "45 CFR 147.136(b)(2)(ii)(F)", "truth"),
        ("Augmentation trial", "escitalopram 20 mg with aripiprazole 5 mg", "clinical/psychiatrist-ect-referral-2026-08-25.txt"),
        ("Reviewer", "Dr. Wendell Pruitt (internal medicine)", "denial/prior-authorization-denial-2026-09-02.txt"),
        ("MADRS", "MADRS 40", "clinical/psychiatrist-ect-referral-2026-08-25.txt"),
        ("Procedure code", "90870", "denial/prior-authorization-denial-2026-09-02.txt"),
        ("Representative form date", "Date: 09/10/2026", "other/peachline-authorized-representative-form-2026-09-10.txt"),
    ],
))

# ---------------------------------------------------------------- case 07
CASES.append(dict(
    num="07", slug="98-07-medicare-advantage-hmo-psychotherapy-enrollment-date-keyed-late-corrected-notice-daughter",
    yaml=r'''# FICTIONAL CASE (set 98, case 07) - every person, plan, provider, number and address is invented.
# Medicare Advantage HMO, Florida, 72. Four psychotherapy visits in July 2026 with a network therapist denied
# (CO-26) because the plan's record starts his enrollment 08/01/2026; the plan's own enrollment confirmation says
# 07/01/2026. Notice of denial of payment 10/05/2026; a corrected notice of 10/19/2026 fixed only the appeals
# address and says "65 days from the date of this corrected notice". 42 CFR 422.582(b) counts 65 days from the
# date of the notice: safe date 12/09/2026 (from 10/05), at latest 12/23/2026 (from 10/19). The letter is sent
# 12/08/2026. Payment reconsideration by the daughter with a signed appointment (fictional CMS-1696 rendition).
patient:
  name: Walter Ibsen-Castellanos
  salutation: Mr. Ibsen-Castellanos
  date_of_birth: 1954-03-11
  member_id: FICT-CHM-77310264
  address: |-
    915 Mangrove Bay Drive
    Sarasota, FL 34236
  phone: (941) 555-0127
insurer:
  name: Coral Harbor Medicare Advantage HMO (FICTIONAL)
  appeals_address: |-
    Coral Harbor Health Plans, Appeals and Grievances (FICTIONAL)
    PO Box 44150
    Tampa, FL 33631
  fax: 1-877-555-0142
claim:
  number: CHH-26-0812-55310
  plan_type: medicare_advantage
  notice_date: 2026-10-05
  appeal_deadline: 2026-12-09
  deadline_basis: >-
    42 CFR 422.582(b): 65 days from the date of the notice of denial of payment of 10/05/2026. A corrected notice
    of 10/19/2026 changed only the appeals address and says 65 days from its own date (12/23/2026); the earlier
    date is the safe one.
  service_dates: [2026-07-07, 2026-07-14, 2026-07-21, 2026-07-28]
  setting: outpatient
  procedure_codes: ["90834"]
  diagnosis_codes: [F43.21]
  carc_codes: [CO-26]
  denial_reason: >-
    Expenses incurred prior to coverage. Our records show your enrollment in Coral Harbor Medicare Advantage HMO
    began 08/01/2026. (CO-26)
  denial_category: other
  denial_reasons: [coverage_ended]
  action: none
  corrections:
    - said: Our records show your enrollment in Coral Harbor Medicare Advantage HMO began 08/01/2026.
      record: >-
        Coral Harbor's own enrollment confirmation of 06/12/2026 says his enrollment is effective 07/01/2026, and
        his ID card shows an effective date of 07/01/2026.
      file: other/enrollment-confirmation-2026-06-12.txt
      page: 1
eligibility:
  why: >-
    He enrolled during his Initial Enrollment Period; the plan confirmed an effective date of 07/01/2026 in writing
    and issued an ID card with that date; its claims record was keyed a month late.
  start: 2026-07-01
  coverage: Coral Harbor Medicare Advantage HMO
  proof: [other/enrollment-confirmation-2026-06-12.txt, other/member-id-card-copy.txt]
treatment:
  name: Individual psychotherapy, 4 visits (90834)
  summary: >-
    Four weekly psychotherapy visits with a network therapist after his wife's death; coverage, not necessity, is
    in dispute.
clinical:
  severity: PHQ-9 16 on 07/07/2026
  severity_date: 2026-07-07
  suicidality: none
  suicidality_date: 2026-07-07
author:
  name: Paloma Ibsen-Castellanos
  role: daughter and appointed representative
  relation: representative
  address: |-
    2270 Bayshore Terrace
    Bradenton, FL 34205
  phone: (941) 555-0118
  email: paloma.ic@mail.example
  authorization: other/appointment-of-representative-cms-1696-2026-10-24.txt
provider:
  name: Siesta Key Counseling Group (FICTIONAL, Coral Harbor network)
  credentials: Yolanda Ferreira-Stubbs, LCSW
  npi: "@NPI7@"
  address: |-
    3450 Tamiami Trail, Suite 4
    Sarasota, FL 34239
  phone: (941) 555-0132
bates_prefix: IBSENCASTELLANOS
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
    docs={
        "denial/notice-of-denial-of-payment-2026-10-05.txt": '''CORAL HARBOR MEDICARE ADVANTAGE HMO (FICTIONAL) - NOTICE OF DENIAL OF PAYMENT          Date: 10/05/2026
Member: Walter Ibsen-Castellanos   ID FICT-CHM-77310264   Claim CHH-26-0812-55310   Page 1 of 1
Siesta Key Counseling Group, NPI @NPI7@   90834 on 07/07, 07/14, 07/21 and 07/28/2026   Billed $560.00
CO-26: Expenses incurred prior to coverage. Our records show your enrollment in Coral Harbor Medicare Advantage
HMO began 08/01/2026.
You may ask us for a reconsideration within 65 days of the date of this notice. Write to Appeals, PO Box 44100,
Tampa, FL 33631.''',
        "denial/corrected-notice-of-denial-of-payment-2026-10-19.txt": '''CORAL HARBOR MEDICARE ADVANTAGE HMO (FICTIONAL) - CORRECTED NOTICE OF DENIAL OF PAYMENT   Date: 10/19/2026
Member: Walter Ibsen-Castellanos   Claim CHH-26-0812-55310   Page 1 of 1
This notice corrects our appeals address only. The reason for our decision has not changed.
You may ask for a reconsideration within 65 days of the date of this corrected notice. Write to Appeals and
Grievances, PO Box 44150, Tampa, FL 33631, or fax 1-877-555-0142.''',
        "clinical/therapy-intake-2026-07-07.txt": '''SIESTA KEY COUNSELING GROUP (FICTIONAL) - INTAKE                                         Date: 07/07/2026
Client: Walter Ibsen-Castellanos   DOB 03/11/1954   Therapist: Yolanda Ferreira-Stubbs, LCSW   Page 1 of 1
Adjustment disorder with depressed mood (F43.21) after his wife's death in April 2026. PHQ-9 16. Denies
suicidal ideation. Insurance verified by phone 07/06/2026: Coral Harbor MA HMO, active from 07/01/2026.
Plan: weekly 45-minute psychotherapy (90834).''',
        "other/enrollment-confirmation-2026-06-12.txt": '''CORAL HARBOR HEALTH PLANS (FICTIONAL) - CONFIRMATION OF ENROLLMENT                      Date: 06/12/2026
Dear Walter Ibsen-Castellanos: Medicare has accepted your enrollment in Coral Harbor Medicare Advantage HMO.
Your enrollment is effective 07/01/2026. Member ID FICT-CHM-77310264.   Page 1 of 1''',
        "other/member-id-card-copy.txt": '''CORAL HARBOR MEDICARE ADVANTAGE HMO (FICTIONAL) - MEMBER ID CARD (copy, front)
Walter Ibsen-Castellanos   ID FICT-CHM-77310264   Effective 07/01/2026   Member services 1-877-555-0140''',
        "other/appointment-of-representative-cms-1696-2026-10-24.txt": '''APPOINTMENT OF REPRESENTATIVE - Form CMS-1696 (FICTIONAL rendition)                      Page 1 of 1
Section 1. I, Walter Ibsen-Castellanos (ID FICT-CHM-77310264), appoint Paloma Ibsen-Castellanos to act as my
representative in connection with my claim or asserted right under Title XVIII of the Social Security Act.
Signed: Walter Ibsen-Castellanos   Date: 10/24/2026
Section 2. I, Paloma Ibsen-Castellanos, accept the appointment. I am his daughter. I will not charge a fee.
Signed: Paloma Ibsen-Castellanos   Date: 10/24/2026''',
    },
    truth='''# 07 - Medicare Advantage HMO: enrollment keyed a month late; a corrected notice moves the printed window; payment reconsideration by the daughter (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Walter Ibsen-Castellanos, 72, **Coral Harbor Medicare Advantage HMO** (Florida). Four psychotherapy visits
  (90834) on **07/07, 07/14, 07/21 and 07/28/2026** with a network LCSW; $560.00 billed.
- Denied CO-26: "enrollment ... began 08/01/2026". The plan's own confirmation (06/12/2026) and ID card say
  **effective 07/01/2026**; the therapist verified coverage 07/06/2026. Every visit is after 07/01/2026.
- Notice of denial of payment **10/05/2026**; **corrected notice 10/19/2026** changes only the appeals address
  (PO Box 44100 -> 44150) and prints "65 days of the date of this corrected notice".
- **Rule and stage:** first level, a **payment reconsideration** by the plan (42 CFR 422.578, 422.582); 65 days
  from the date of the notice (422.582(b)). Whether the corrected notice restarts the count is not settled by the
  record: **safe deadline 12/09/2026** (from 10/05); at most 12/23/2026. A letter dated 12/08/2026 is in time on
  either count; it must not rely on 12/23. Decision on a payment reconsideration: 60 days (422.590(b)).
  Late-filing good cause is not needed.
- **Author:** the daughter with a signed appointment (fictional CMS-1696 rendition, 10/24/2026).

## Deliberately unknown
- Why the plan keyed 08/01/2026: not known; a letter may ask for the enrollment record.
- Whether CMS's own enrollment record shows 07/01: not enclosed.
- The allowed amount.

## Traps
- **Eligibility, not necessity:** no medical-necessity argument, no clinical reviewer, no peer-to-peer.
- **Which notice:** answer the 10/05/2026 denial (the corrected notice changes no reason); use the corrected
  address (PO Box 44150), not PO Box 44100.
- **Deadline:** 12/09/2026 is the safe date; never "12/23/2026" alone, never "120 days", never "60 days after receipt".
- No suicidal ideation. MA: no ERISA, no state external review; the IRE follows automatically if upheld.

## Arguments a strong letter makes
1. Enrollment was effective 07/01/2026 by the plan's own confirmation and ID card; every visit falls after it;
   correct the enrollment record and pay.
2. Reconsideration is timely (filed 12/08/2026, within 65 days of the 10/05/2026 notice).
3. Ask for a decision within 60 days and for the plan's enrollment record for July 2026.

## What a letter must NOT say
- "not medically necessary" as the issue; "peer-to-peer".
- "by 12/23/2026" as the deadline; "good cause"; "redetermination" (Original Medicare's word).
- "ERISA"; "external review" by a state; "PO Box 44100" as the address to use.
''',
    answers=[
        ("Original notice date", "NOTICE OF DENIAL OF PAYMENT          Date: 10/05/2026", "denial/notice-of-denial-of-payment-2026-10-05.txt"),
        ("Corrected notice date", "Date: 10/19/2026", "denial/corrected-notice-of-denial-of-payment-2026-10-19.txt"),
        ("What the corrected notice changed", "This notice corrects our appeals address only", "denial/corrected-notice-of-denial-of-payment-2026-10-19.txt"),
        ("Window the corrected notice prints", "within 65 days of the date of this corrected notice", "denial/corrected-notice-of-denial-of-payment-2026-10-19.txt"),
        ("Safe deadline", "safe deadline 12/09/2026", "truth"),
        ("Latest possible deadline", "at most 12/23/2026", "truth"),
        ("Rule", "422.582(b)", "case.yaml"),
        ("Correct appeals address", "PO Box 44150", "denial/corrected-notice-of-denial-of-payment-2026-10-19.txt"),
        ("Plan's wrong enrollment date", "began 08/01/2026", "denial/notice-of-denial-of-payment-2026-10-05.txt"),
        ("Confirmed effective date", "Your enrollment is effective 07/01/2026", "other/enrollment-confirmation-2026-06-12.txt"),
        ("ID card effective date", "Effective 07/01/2026", "other/member-id-card-copy.txt"),
        ("Dates of service", "07/07, 07/14, 07/21 and 07/28/2026", "denial/notice-of-denial-of-payment-2026-10-05.txt"),
        ("CARC", "CO-26", "denial/notice-of-denial-of-payment-2026-10-05.txt"),
        ("Claim", "CHH-26-0812-55310", "denial/notice-of-denial-of-payment-2026-10-05.txt"),
        ("Appointment date", "Date: 10/24/2026", "other/appointment-of-representative-cms-1696-2026-10-24.txt"),
        ("Coverage verified by therapist", "Insurance verified by phone 07/06/2026", "clinical/therapy-intake-2026-07-07.txt"),
    ],
))

# ---------------------------------------------------------------- case 08
CASES.append(dict(
    num="08", slug="98-08-tricare-prime-teen-neuropsych-testing-referral-on-file-under-sponsor-id-reconsideration-father",
    yaml=r'''# FICTIONAL CASE (set 98, case 08) - every person, plan, provider, number and address is invented.
# TRICARE Prime, active-duty family member aged 16, North Carolina. Neuropsychological testing on 09/15 and
# 09/22/2026 by a network neuropsychologist, denied 11/10/2026 (CO-197, "no referral on file"). The PCM's referral
# RFL-FICT-2026-0611-4471 (06/11-12/08/2026) was entered under the sponsor's DoD benefits number, not the
# son's. Reconsideration by the regional contractor within 90 days of the date on the notice (32 CFR 199.10):
# by 02/08/2027. The EOB tells the provider to get a "retroactive referral" instead. The father writes.
patient:
  name: Elias Fairweather-Nunez
  salutation: Elias
  date_of_birth: 2010-04-27
  member_id: FICT-DBN-3320418876
  address: |-
    61 Longleaf Circle
    Jacksonville, NC 28546
  phone: (910) 555-0147
insurer:
  name: Atlantic Federal Health Services (FICTIONAL TRICARE regional contractor)
  appeals_address: |-
    Atlantic Federal Health Services, TRICARE Reconsiderations (FICTIONAL)
    PO Box 870140
    Columbia, SC 29287
  fax: (803) 555-0175
claim:
  number: AFHS-26-1110-30582
  plan_type: tricare
  notice_date: 2026-11-10
  appeal_deadline: 2027-02-08
  deadline_basis: >-
    32 CFR 199.10: reconsideration within 90 days from the date on the notice of 11/10/2026.
  service_dates: [2026-09-15, 2026-09-22]
  setting: outpatient
  procedure_codes: ["96132", "96133", "96136", "96137"]
  diagnosis_codes: [F90.2, F81.0]
  carc_codes: [CO-197]
  denial_reason: >-
    Precertification/authorization/notification/pre-treatment absent. No referral on file for this beneficiary.
    (CO-197)
  denial_category: prior_authorization
  action: none
prior_auth:
  requested_on: 2026-06-11
  approved:
    number: referral RFL-FICT-2026-0611-4471
    date: 2026-06-11
    covers: neuropsychological evaluation, up to 8 hours of testing and evaluation, Cape Fear Neuropsychology
    quote: >-
      Referral RFL-FICT-2026-0611-4471 APPROVED. Neuropsychological evaluation, up to 8 hours of testing and
      evaluation. Valid 06/11/2026 through 12/08/2026.
    from: 2026-06-11
    through: 2026-12-08
    file: other/referral-approval-2026-06-11.txt
    what_went_wrong: >-
      The referral was entered under the sponsor's DoD benefits number (FICT-DBN-3320418800) instead of Elias's.
    entered: other/provider-portal-referral-screen-2026-11-14.txt
treatment:
  name: Neuropsychological testing and evaluation (96132, 96133, 96136, 96137)
  summary: >-
    Testing for attention and reading difficulties ordered by his primary care manager; done on 09/15 and
    09/22/2026 under an approved referral.
clinical:
  severity: failing two classes; reading two grade levels behind (school report 05/2026)
  severity_date: 2026-06-11
  suicidality: none
  suicidality_date: 2026-09-22
author:
  name: Sgt. First Class Damien Fairweather-Nunez
  role: father (active-duty sponsor)
  relation: parent
  address: |-
    61 Longleaf Circle
    Jacksonville, NC 28546
  phone: (910) 555-0148
  email: d.fairweathernunez@mail.example
provider:
  name: Cape Fear Neuropsychology (FICTIONAL, TRICARE network)
  credentials: Dr. Miriam Oduya-Lindgren, PhD, ABPP-CN
  npi: "@NPI8@"
  address: |-
    2100 Western Boulevard, Suite 12
    Jacksonville, NC 28546
  phone: (910) 555-0133
plan_policy:
  name: TRICARE Prime referral rules, as stated in the contractor's EOB and referral letter
  quote: >-
    Prime enrollees need a referral from their primary care manager for specialty care. Referral valid 06/11/2026
    through 12/08/2026.
  file: other/referral-approval-2026-06-11.txt
bates_prefix: FAIRWEATHERNUNEZ
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
    docs={
        "denial/tricare-eob-2026-11-10.txt": '''ATLANTIC FEDERAL HEALTH SERVICES (FICTIONAL TRICARE CONTRACTOR) - EXPLANATION OF BENEFITS  Date: 11/10/2026
Beneficiary: Elias Fairweather-Nunez   DBN FICT-DBN-3320418876   Sponsor: Damien Fairweather-Nunez   Page 1 of 1
Claim AFHS-26-1110-30582   Cape Fear Neuropsychology, NPI @NPI8@
09/15/2026 96132 x1, 96133 x1, 96136 x1, 96137 x3   09/22/2026 96133 x1, 96137 x2   Billed $2,310.00   Paid $0.00
CO-197: Precertification/authorization/notification/pre-treatment absent. No referral on file for this
beneficiary. Provider: obtain a retroactive referral from the PCM and resubmit.
Appeal: You may request a reconsideration within 90 days from the date of this notice.''',
        "clinical/pcm-note-referral-2026-06-11.txt": '''NAVAL BRANCH HEALTH CLINIC, FICTIONAL UNIT 7 - PRIMARY CARE NOTE                      Date: 06/11/2026
Patient: Elias Fairweather-Nunez   DOB 04/27/2010   PCM: Lt. Cmdr. Renee Abernathy-Kwan, MD   Page 1 of 1
ADHD, combined type (F90.2); reading disorder suspected (F81.0). Failing two classes; reading two grade levels
behind (school report 05/2026). Referral placed: neuropsychological evaluation, Cape Fear Neuropsychology.''',
        "clinical/neuropsych-report-2026-09-22.txt": '''CAPE FEAR NEUROPSYCHOLOGY (FICTIONAL) - EVALUATION SUMMARY                             Date: 09/22/2026
Patient: Elias Fairweather-Nunez   DOB 04/27/2010   Dr. Miriam Oduya-Lindgren, PhD, ABPP-CN   Page 1 of 1
Referral RFL-FICT-2026-0611-4471 verified at scheduling 08/30/2026. Testing 09/15/2026 and 09/22/2026.
Findings support ADHD, combined type (F90.2) and a specific reading disorder (F81.0). No suicidal ideation.''',
        "other/referral-approval-2026-06-11.txt": '''ATLANTIC FEDERAL HEALTH SERVICES (FICTIONAL) - REFERRAL APPROVAL LETTER                Date: 06/11/2026
Beneficiary: Elias Fairweather-Nunez   Page 1 of 1
Prime enrollees need a referral from their primary care manager for specialty care.
Referral RFL-FICT-2026-0611-4471 APPROVED. Neuropsychological evaluation, up to 8 hours of testing and
evaluation. Valid 06/11/2026 through 12/08/2026. Provider: Cape Fear Neuropsychology.''',
        "other/provider-portal-referral-screen-2026-11-14.txt": '''ATLANTIC FEDERAL HEALTH SERVICES (FICTIONAL) - PROVIDER PORTAL, REFERRAL DETAIL (printed 11/14/2026)
Referral RFL-FICT-2026-0611-4471   Status: APPROVED   Valid 06/11/2026-12/08/2026
Beneficiary DBN on referral: FICT-DBN-3320418800 (sponsor)   Patient name on referral: FAIRWEATHER-NUNEZ, E.
Servicing provider: Cape Fear Neuropsychology''',
    },
    truth='''# 08 - TRICARE Prime: a teen's neuropsychological testing denied for no referral; the referral was keyed to the sponsor's number; reconsideration by the father (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Elias Fairweather-Nunez, **16**, TRICARE Prime active-duty family member (North Carolina). Testing 96132,
  96133, 96136, 96137 on **09/15 and 09/22/2026** by a network neuropsychologist; billed $2,310.00; CO-197.
- The PCM's referral **RFL-FICT-2026-0611-4471**, approved **06/11/2026**, valid **06/11-12/08/2026**, up to 8
  hours; both dates fall inside it. The portal shows it entered under the **sponsor's** number
  (FICT-DBN-3320418800), not Elias's (FICT-DBN-3320418876).
- **Rule and stage:** first level, **reconsideration by the regional contractor**, within **90 days from the date on
  the notice** (32 CFR 199.10): **by 02/08/2027**. The EOB's "retroactive referral" advice is not an appeal and is
  not needed: a valid referral existed.
- **Author:** the father (sponsor), parent of a minor: no authorization needed.

## Deliberately unknown
- Total hours of testing billed against the 8 approved: the units are on the EOB but hours per unit are not
  stated; a letter must not claim the hours.
- Whether the contractor has fixed the referral record since 11/14/2026.

## Traps
- **Approval on file:** argue the approved referral, by number and dates; never "no referral was obtained", never
  ask for a retroactive referral as the remedy.
- **Identity error:** the referral was keyed to the sponsor's number: ask that the record be corrected so the
  other claim lines are not denied the same way.
- **Deadline:** 90 days from the date on the notice (02/08/2027), not from receipt.
- No medical-necessity argument; no suicidal ideation. TRICARE: no ERISA, no state external review, no
  "Medicare".
- Voice: the father writes about his son ("Elias"), not "I received testing".

## Arguments a strong letter makes
1. Referral RFL-FICT-2026-0611-4471 was approved 06/11/2026, valid through 12/08/2026; both dates of service are
   within it; the provider verified it on 08/30/2026.
2. The denial stems from the referral entered under the sponsor's DBN; correct it and reprocess.
3. Timely reconsideration under 32 CFR 199.10 (by 02/08/2027).

## What a letter must NOT say
- "retroactive referral" as the remedy; "no referral was obtained"; "medically necessary" as the ground.
- "ERISA"; "external review"; "Medicare"; "Medicaid".
- "by 02/15/2027" or any count from receipt.
''',
    answers=[
        ("Notice date", "Date: 11/10/2026", "denial/tricare-eob-2026-11-10.txt"),
        ("Window on the notice", "within 90 days from the date of this notice", "denial/tricare-eob-2026-11-10.txt"),
        ("True deadline", "by 02/08/2027", "truth"),
        ("Rule", "32 CFR 199.10", "case.yaml"),
        ("Referral number", "RFL-FICT-2026-0611-4471", "other/referral-approval-2026-06-11.txt"),
        ("Referral validity", "Valid 06/11/2026 through 12/08/2026", "other/referral-approval-2026-06-11.txt"),
        ("Hours approved", "up to 8 hours of testing", "other/referral-approval-2026-06-11.txt"),
        ("Number the referral was keyed to", "FICT-DBN-3320418800 (sponsor)", "other/provider-portal-referral-screen-2026-11-14.txt"),
        ("Patient's number", "FICT-DBN-3320418876", "denial/tricare-eob-2026-11-10.txt"),
        ("EOB's wrong remedy", "obtain a retroactive referral", "denial/tricare-eob-2026-11-10.txt"),
        ("CARC", "CO-197", "denial/tricare-eob-2026-11-10.txt"),
        ("Claim", "AFHS-26-1110-30582", "denial/tricare-eob-2026-11-10.txt"),
        ("Billed", "$2,310.00", "denial/tricare-eob-2026-11-10.txt"),
        ("Referral verified at scheduling", "verified at scheduling 08/30/2026", "clinical/neuropsych-report-2026-09-22.txt"),
        ("Dates of testing", "Testing 09/15/2026 and 09/22/2026", "clinical/neuropsych-report-2026-09-22.txt"),
        ("Diagnosis", "F90.2", "clinical/pcm-note-referral-2026-06-11.txt"),
    ],
))


# ---------------------------------------------------------------- build and self-check
def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


PHONE = re.compile(r"(\(\d{3}\) ?|\b\d{3}[-.]|1-8\d\d-)555-(\d{4})")
BARE = re.compile(r"(?<![\d)\-. ])555-\d{4}|(?<=[^\d)\-]) 555-\d{4}")


def check_text(name, text, problems):
    for m in PHONE.finditer(text):
        if not m.group(2).startswith("01"):
            problems.append(f"{name}: phone line not 01xx: {m.group(0)}")
    for m in re.finditer(r"555-\d{4}", text):
        before = text[max(0, m.start() - 6):m.start()]
        if not re.search(r"(\(\d{3}\) ?|\d{3}-|\d{3}\.)$", before):
            problems.append(f"{name}: bare 555 number: {before + m.group(0)!r}")
    for m in re.finditer(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", text):
        if not m.group(1).endswith(".example"):
            problems.append(f"{name}: e-mail not on .example: {m.group(0)}")
    for m in re.finditer(r"NPI:? ?\"?(\d{10})", text):
        if not luhn_ok(m.group(1)):
            problems.append(f"{name}: NPI fails Luhn: {m.group(1)}")
    if "@NPI" in text:
        problems.append(f"{name}: unfilled NPI token")


def build(case, problems):
    folder = HERE / case["slug"]
    truth_path = HERE / (case["slug"] + ".truth.md")
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir()
    for sub in ("denial", "clinical", "other"):
        (folder / sub).mkdir()
    yaml_text = fill(case["yaml"])
    (folder / "case.yaml").write_text(yaml_text)
    texts = {"case.yaml": yaml_text}
    for rel, body in case["docs"].items():
        if rel.split("/")[0] not in ("denial", "clinical", "other") or not rel.endswith(".txt"):
            problems.append(f"{case['num']}: bad document path {rel}")
        text = HEAD + fill(body).rstrip() + FOOT
        (folder / rel).write_text(text)
        texts[rel] = text
    truth = fill(case["truth"])
    truth_path.write_text(truth)
    texts["truth"] = truth
    tag = case["num"]
    # case.yaml parses, FICTIONAL first lines
    try:
        data = YAML(typ="safe").load(io.StringIO(yaml_text))
    except Exception as e:  # noqa: BLE001
        problems.append(f"{tag}: case.yaml does not parse: {e}")
        data = {}
    if "FICTIONAL" not in yaml_text.splitlines()[0]:
        problems.append(f"{tag}: case.yaml first line lacks FICTIONAL")
    if "FICTIONAL" not in truth.splitlines()[0]:
        problems.append(f"{tag}: truth first line lacks FICTIONAL")
    heads = re.findall(r"^## (.+)$", truth, re.M)
    if heads != HEADINGS:
        problems.append(f"{tag}: truth headings {heads}")
    for rel, text in texts.items():
        if rel not in ("case.yaml", "truth"):
            if not text.startswith("FICTIONAL") or not text.rstrip().endswith("FICTIONAL DOCUMENT - end."):
                problems.append(f"{tag}: {rel} lacks FICTIONAL header/footer")
        check_text(f"{tag}:{rel}", text, problems)
    # every file named in case.yaml exists
    for m in re.finditer(r"((?:denial|clinical|other)/[\w.\-]+\.txt)", yaml_text):
        if m.group(1) not in case["docs"]:
            problems.append(f"{tag}: case.yaml names missing file {m.group(1)}")
    # answers
    if len(case["answers"]) != 16:
        problems.append(f"{tag}: {len(case['answers'])} answers, not 16")
    for q, a, doc in case["answers"]:
        src = texts.get(doc)
        if src is None:
            problems.append(f"{tag}: answer '{q}' names unknown document {doc}")
        elif norm(a) not in norm(src):
            problems.append(f"{tag}: answer '{q}' = {a!r} not printed in {doc}")
    return folder


def main(argv):
    do_check = "--check" in argv
    only = [a for a in argv if re.fullmatch(r"\d\d", a)]
    problems, folders = [], []
    n_answers = 0
    for case in CASES:
        if only and case["num"] not in only:
            continue
        folders.append(build(case, problems))
        n_answers += len(case["answers"])
    print(f"{len(folders)} cases, {n_answers} expected answers, {len(problems)} problems")
    for p in problems:
        print("PROBLEM:", p)
    bad_exit = False
    if do_check:
        out = []
        for f in folders:
            r = subprocess.run([AK, "check", str(f)], capture_output=True, text=True)
            out.append(f"===== {f.name}: exit {r.returncode}\n{r.stdout}{r.stderr}")
            print(f"check {f.name[:5]}: exit {r.returncode}")
            bad_exit |= r.returncode != 0
        name = "check-output-partial.txt" if only else "check-output.txt"
        (HERE / name).write_text("\n".join(out))
    return 1 if problems or bad_exit else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
