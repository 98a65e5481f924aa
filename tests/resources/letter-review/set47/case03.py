"""Set 47, case 03 (FICTIONAL): Medicaid managed care, out-of-network buprenorphine treatment visits; state fair
hearing after the plan upheld, asked by the patient."""

SLUG = "03-medicaid-mco-buprenorphine-out-of-network-no-opening-fair-hearing-patient"

CASE_YAML = """
# FICTIONAL CASE (set 47, case 03) - every person, plan, reviewer, clinic, number and address is invented.
# Medicaid managed care, West Virginia. Dustin Farraday-Quill, 33, started buprenorphine at an out-of-network
# clinic 3 miles from home after the in-network prescribers had no opening for months (or had closed) and the plan's
# member services found none. The plan denied the first two visits (CO-242) and upheld on appeal: "in-network
# providers are available ... the member did not contact the plan before". He asks for a state fair hearing.
patient:
  name: Dustin Farraday-Quill
  salutation: Mr. Farraday-Quill
  date_of_birth: 1993-08-14
  member_id: FICT-ARH-55093317
  address: |-
    219 Church Street, Apt 2
    Lewisburg, WV 24901
  phone: (304) 555-0133
insurer:
  name: Allegheny Ridge Health Plan (Medicaid managed care) (FICTIONAL)
  appeals_address: |-
    Allegheny Ridge Health Plan - Appeals (FICTIONAL)
    PO Box 2260
    Charleston, WV 25328
  fax: (304) 555-0177
claim:
  number: ARH-26-0801-118842
  other_numbers: [ARH-26-0828-121907]
  plan_type: medicaid
  delivery: managed_care
  notice_date: 2026-09-03
  service_dates: [2026-07-28, 2026-08-25]
  setting: outpatient
  procedure_codes: [99204, 99214, 80305]
  diagnosis_codes: [F11.20]
  carc_codes: [CO-242]
  denial_reason: >-
    Services were provided by a provider who is not in the Allegheny Ridge network. Out-of-network services are not
    covered without prior approval. (CARC 242)
  denial_category: out_of_network
  denial_reasons: [out_of_network]
  action: none
decisions:
  - date: 2026-10-30
    outcome: denied
    stage: plan appeal
    opens: state fair hearing
    next_deadline: 2027-02-27
    reason: >-
      In-network providers who prescribe buprenorphine are available, including Greenbrier Valley Family Medicine, 4
      miles from the member. The member did not contact the plan before receiving out-of-network care. The denial is
      upheld.
    corrections:
      - said: The member did not contact the plan before receiving out-of-network care.
        record: >-
          The plan's own member services record shows his call of 07/16/2026 (reference MS-0716-4471), twelve days
          before his first visit on 07/28/2026, asking for an in-network buprenorphine prescriber; the agent found
          none with an opening and said a case manager would call about an out-of-network approval. No call came.
        file: other/member-services-call-record-2026-07-16.txt
        page: 1
      - said: In-network providers who prescribe buprenorphine are available, including Greenbrier Valley Family Medicine, 4 miles from the member.
        leaves_out: true
        record: >-
          Greenbrier Valley Family Medicine is 4 miles away, but on 07/14/2026 its first opening for a new
          buprenorphine patient was 01/12/2027, six months later.
        file: other/network-call-log-2026-07-14.txt
        page: 1
external_review:
  agency: Office of Medicaid Fair Hearings named in the plan's notice of appeal resolution (FICTIONAL)
  address: |-
    Office of Medicaid Fair Hearings (FICTIONAL)
    PO Box 1736
    Charleston, WV 25326
  final_denial_date: 2026-10-30
plan_policy:
  name: Allegheny Ridge Health Plan Member Handbook 2026, Section 6.3 "Care outside our network"
  number: Section 6.3
  quote: >-
    If no provider in our network can give you a covered service within 45 miles of your home, or give you a first
    appointment within 14 days, we will cover the service from a provider outside our network at no cost to you.
    Call Member Services first so we can help you find care.
  file: other/member-handbook-2026-section-6-3.txt
network:
  - name: Greenbrier Valley Family Medicine
    date: 2026-07-14
    outcome: In network; buprenorphine waitlist, first opening for a new patient 01/12/2027
    miles: 4
    first_opening: 2027-01-12
    evidence: {file: other/network-call-log-2026-07-14.txt, page: 1}
  - name: Amos Threlkeld, MD (listed in the plan's 2025 directory)
    date: 2026-07-14
    outcome: Practice closed 03/2026; telephone disconnected
    in_network: false
    evidence: {file: other/network-call-log-2026-07-14.txt, page: 1}
  - name: Allegheny Highlands Recovery, Elkins
    date: 2026-07-14
    outcome: In network; accepting new patients; 96 miles from home; he has no car
    miles: 96
    first_opening: 2026-08-26
    evidence: {file: other/network-call-log-2026-07-14.txt, page: 1}
  - name: Allegheny Ridge Health Plan Member Services
    date: 2026-07-16
    outcome: >-
      No in-network buprenorphine prescriber with an opening found; told a case manager would call about an
      out-of-network approval; no call came
    evidence: {file: other/member-services-call-record-2026-07-16.txt, page: 1}
treatment:
  name: Office-based buprenorphine treatment visits (New River Bridge Recovery)
  summary: >-
    Buprenorphine treatment of severe opioid use disorder, begun after an emergency department visit, at the nearest
    clinic that could see him; the plan's network had no prescriber within its own standards.
  plan: >-
    Buprenorphine-naloxone 16 mg-4 mg daily, monthly visits with urine drug tests, counseling every two weeks.
clinical:
  severity: Opioid use disorder, severe; urine drug tests negative for fentanyl since 08/25/2026
  severity_date: 2026-10-20
  suicidality: none
  suicidality_date: 2026-10-20
  response: No fentanyl on urine drug tests on 08/25, 09/22 and 10/20/2026
  response_level: response
  history:
    - drug: Buprenorphine-naloxone
      dose: 16 mg-4 mg daily (tapered off 2021)
      start: 2019-02
      end: 2021-04
      kind: other
      response: remission
      failed: false
      outcome: Earlier episode, in Virginia; remission for two years; not a failed trial
      evidence: {file: clinical/visit-summary-2026-10-20.txt, page: 1}
    - drug: Naltrexone extended-release injection
      dose: 380 mg monthly, 2 injections
      start: 2022-09
      end: 2022-10
      kind: other
      adequate: false
      outcome: Stopped after two injections for an injection-site reaction (intolerance)
      evidence: {file: clinical/visit-summary-2026-10-20.txt, page: 1}
    - drug: Buprenorphine-naloxone
      dose: 16 mg-4 mg daily
      start: 2026-07
      ongoing: true
      kind: other
      response: response
      outcome: Continuing; urine drug tests negative for fentanyl since 08/25/2026
      evidence: {file: clinical/visit-summary-2026-10-20.txt, page: 1}
    - drug: Hydroxyzine
      dose: 25 mg at bedtime for sleep
      start: 2026-08
      ongoing: true
      kind: other
      outcome: Sleep aid only; not a treatment trial
      evidence: {file: clinical/visit-summary-2026-10-20.txt, page: 1}
impact:
  hospitalizations: Emergency department visit for a nonfatal overdose on 07/10/2026.
  work: Back at work part time at a hardware store since 09/2026.
author:
  name: Dustin Farraday-Quill
  relation: patient
  address: |-
    219 Church Street, Apt 2
    Lewisburg, WV 24901
  phone: (304) 555-0133
provider:
  name: New River Bridge Recovery
  credentials: outpatient addiction clinic (not in the Allegheny Ridge network)
  npi: "1629473053"
  address: |-
    88 Court Street
    Lewisburg, WV 24901
  phone: (304) 555-0139
record_dates:
  - file: clinical/visit-summary-2026-10-20.txt
    date: 2026-10-20
prior_auth:
  reason_missing: >-
    He asked the plan's Member Services for help on 07/16/2026, before the first visit; the plan referred him to
    case management for an out-of-network approval and no one called back.
  proof: other/member-services-call-record-2026-07-16.txt
copies: [prescriber]
template: external-review-request
bates_prefix: FARRADAYQUILL
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/notice-of-adverse-benefit-determination-2026-09-03.txt": """
ALLEGHENY RIDGE HEALTH PLAN (FICTIONAL) - NOTICE OF ADVERSE BENEFIT DETERMINATION
Date of notice: 09/03/2026      Page 1 of 1
Member: Dustin Farraday-Quill   DOB 08/14/1993   Member ID FICT-ARH-55093317   West Virginia Medicaid
Claims ARH-26-0801-118842 (07/28/2026: 99204, 80305) and ARH-26-0828-121907 (08/25/2026: 99214, 80305)
Provider: New River Bridge Recovery (not in network)

Services were provided by a provider who is not in the Allegheny Ridge network. Out-of-network services are not
covered without prior approval. (CARC 242)

You may appeal to us within 60 days from the date of this notice.
""",
    "denial/notice-of-appeal-resolution-2026-10-30.txt": """
ALLEGHENY RIDGE HEALTH PLAN (FICTIONAL) - NOTICE OF APPEAL RESOLUTION
Date of notice: 10/30/2026      Page 1 of 1
Member: Dustin Farraday-Quill   Member ID FICT-ARH-55093317   Appeal AP-26-0915-3308 (filed 09/15/2026)

Decision: In-network providers who prescribe buprenorphine are available, including Greenbrier Valley Family
Medicine, 4 miles from the member. The member did not contact the plan before receiving out-of-network care. The
denial is upheld. Reviewed by: Lionel Spratt, MD (family medicine).

You may ask for a State fair hearing no later than 120 calendar days from the date of this notice, by writing to
the Office of Medicaid Fair Hearings, PO Box 1736, Charleston, WV 25326 (FICTIONAL).
""",
    "clinical/visit-summary-2026-10-20.txt": """
NEW RIVER BRIDGE RECOVERY (FICTIONAL) - VISIT SUMMARY                              Date: 10/20/2026
Patient: Dustin Farraday-Quill   DOB 08/14/1993   Page 1 of 1
Diagnosis: opioid use disorder, severe (F11.20). First visit here 07/28/2026, after an emergency department visit
for a nonfatal overdose on 07/10/2026 (the ED gave a 7-day bridge supply).
History: buprenorphine-naloxone 16 mg-4 mg daily 02/2019-04/2021 in Virginia (earlier episode), remission two years,
tapered. Naltrexone ER 380 mg, two injections 09/2022-10/2022, stopped for an injection-site reaction.
Now: buprenorphine-naloxone 16 mg-4 mg daily since 07/28/2026, continuing. Urine drug tests negative for fentanyl
08/25, 09/22 and 10/20/2026. Hydroxyzine 25 mg at bedtime for sleep since 08/2026. No suicidal ideation.
Working part time since 09/2026. Our claims for the visits of 09/22 and 10/20/2026 are held until his hearing.
""",
    "clinical/lab-report-2026-08-25.txt": """
MOUNTAIN STATE REFERENCE LAB (FICTIONAL) - URINE DRUG TEST REPORT                  Collected 08/25/2026
Page 1 of 2  Patient: Farraday-Quill, Dustin   DOB 08/14/1993   Fentanyl: negative   Buprenorphine: positive
Page 2 of 2  [Misfiled: Patient: Farraday, Dawn   DOB 01/30/1979   ordered by another clinic - not this patient]
""",
    "other/network-call-log-2026-07-14.txt": """
CALL LOG KEPT BY DUSTIN FARRADAY-QUILL, with his sister's help                      Calls of 07/14/2026
Page 1 of 1  (numbers and names from the plan's online directory, printed 07/13/2026)
1. Greenbrier Valley Family Medicine, Lewisburg (4 miles) - in network; buprenorphine waitlist; first opening for a
   new patient 01/12/2027.
2. Amos Threlkeld, MD, Ronceverte - listed in the plan's 2025 directory; telephone disconnected; a neighbor's
   pharmacy said the practice closed in 03/2026.
3. Allegheny Highlands Recovery, Elkins (96 miles) - in network, first opening 08/26/2026; I have no car and no bus
   goes there.
4. New River Bridge Recovery, Lewisburg (3 miles) - not in network; first opening 07/28/2026.
""",
    "other/member-services-call-record-2026-07-16.txt": """
ALLEGHENY RIDGE HEALTH PLAN (FICTIONAL) - MEMBER SERVICES CONTACT RECORD (copy sent to member 09/20/2026)
Page 1 of 1   Member: Dustin Farraday-Quill   Call 07/16/2026 10:42   Reference MS-0716-4471
Reason: member asks for an in-network buprenorphine prescriber near Lewisburg.
Notes: searched network; Greenbrier Valley FM waitlist to January; no other in-network prescriber within 45 miles
with an opening. Advised member an out-of-network approval may be possible; referred to case management for a call
back. [No case management contact is recorded after this call.]
""",
    "other/member-handbook-2026-section-6-3.txt": """
ALLEGHENY RIDGE HEALTH PLAN (FICTIONAL) - MEMBER HANDBOOK 2026 (excerpt)                          Page 38
Section 6.3 Care outside our network
If no provider in our network can give you a covered service within 45 miles of your home, or give you a first
appointment within 14 days, we will cover the service from a provider outside our network at no cost to you. Call
Member Services first so we can help you find care.
""",
    "other/provider-directory-2025-page-stale.txt": """
ALLEGHENY RIDGE HEALTH PLAN (FICTIONAL) - PROVIDER DIRECTORY 2025 (page 212)   [Stale: the 2025 directory]
Amos Threlkeld, MD - Ronceverte, WV - family medicine; buprenorphine treatment; accepting new patients.
""",
}

TRUTH = """
# 03 - Medicaid managed care: buprenorphine visits out of network when the network had no opening; state fair hearing asked by the patient (FICTIONAL)

All people, plans, reviewers, clinics, numbers and addresses are invented (FICTIONAL).

## What is true
- Dustin Farraday-Quill, 33 (DOB 08/14/1993), **West Virginia Medicaid through a managed care plan** (Allegheny
  Ridge). Severe opioid use disorder (F11.20); nonfatal overdose 07/10/2026 (emergency department, 7-day bridge).
- On **07/14/2026** he called the plan's listed prescribers: Greenbrier Valley (in network, **4 miles**, first opening
  **01/12/2027**); Dr. Threlkeld (2025 directory; **practice closed 03/2026**); Allegheny Highlands (in network, **96
  miles**, no car). On **07/16/2026** he called the plan's **Member Services** (reference **MS-0716-4471**): no
  in-network prescriber within 45 miles with an opening; referred to case management; no call back.
- He started at **New River Bridge Recovery** (out of network, 3 miles) on **07/28/2026**; buprenorphine-naloxone
  16 mg-4 mg daily continues; urine tests negative for fentanyl since 08/25/2026.
- Notice of **09/03/2026** denied the visits of 07/28 and 08/25/2026 (claims ARH-26-0801-118842 and
  ARH-26-0828-121907, **CO-242**). The plan's **notice of appeal resolution of 10/30/2026** upheld: "in-network
  providers ... are available, including Greenbrier Valley ... 4 miles" and "did not contact the plan before".
- The plan's **Member Handbook 2026, Section 6.3**: out-of-network care is covered at no cost when no network
  provider is within **45 miles** or can give a first appointment within **14 days**; "Call Member Services first".
  Both conditions are met: no in-network opening within 14 days within 45 miles, and he called Member Services on
  07/16/2026, before 07/28/2026.
- **Rule and stage:** Medicaid managed care; the **state fair hearing** is asked within **120 calendar days of the
  notice of resolution: by 02/27/2027** (42 CFR 438.408(f)(2)). A plan must cover out-of-network care adequately and
  timely when its network cannot provide it (42 CFR 438.206(b)(4)).
- **Author:** the patient, "I".

## Deliberately unknown
- Why case management never called: not known.
- The amounts of the two claims: not in the case; a letter states no dollar figure.
- Whether the later visits (09/22, 10/20/2026) will be denied: the clinic is holding those claims; they are not part
  of this hearing request.

## Traps
- **Plan document and dates, not medicine:** the winning point is Section 6.3's 45 miles / 14 days and the call of
  07/16/2026 before the first visit of 07/28/2026.
- **A decision's statement that leaves out what matters:** Greenbrier Valley is 4 miles away, but its first opening
  was 01/12/2027. **A decision's wrong statement:** "did not contact the plan before".
- **Stale document:** the 2025 directory lists Dr. Threlkeld as accepting patients; his practice closed 03/2026. He
  is not an in-network source that could be tried.
- **Other person on a document:** the lab report's page 2 is Dawn Farraday (DOB 01/30/1979); not this patient.
- **Drug still taken:** buprenorphine-naloxone 16 mg-4 mg daily continues. **Earlier-episode response:** 2019-2021
  remission, not a failure. **Intolerance:** naltrexone ER stopped for an injection-site reaction. **Sleep dose:**
  hydroxyzine 25 mg.
- **No continued-benefits claim:** the care denied is past visits (`action: none`); 438.420 does not apply.
- **Wrong law:** no ERISA, no 45 CFR 147.136, no state external review, no MHPAEA as the governing rule (Medicaid's own
  parity rule is 42 CFR 438.910); not "90 days" for the hearing.
- **Voice:** he writes "I".

## Arguments a strong letter makes (strongest first)
1. The plan's own **Section 6.3** covers out-of-network care when no network provider can see the member within **45
   miles** and **14 days**: the only in-network prescriber within 45 miles had no opening until **01/12/2027**; the
   other was **96 miles** away. Its condition, "Call Member Services first", was met on **07/16/2026** (MS-0716-4471),
   before the first visit. Pay the two claims as Section 6.3 promises, at no cost to him.
2. Correct the resolution's statements: he did contact the plan first; Greenbrier Valley's first opening was six
   months away.
3. 42 CFR 438.206(b)(4): the plan must cover the service out of network, adequately and timely, while its network
   cannot provide it.
4. Ask that the plan approve continuing care at New River Bridge until an in-network prescriber can take him.

## What a letter must NOT say
- "no in-network provider exists"; "Dr. Threlkeld is in network"; "Dawn Farraday".
- "did not contact the plan"; "I did not call the plan first".
- "failed buprenorphine", "stopped buprenorphine" for the current treatment; naltrexone as an adequate trial;
  hydroxyzine as a trial.
- "continue my benefits during the appeal" under 438.420; "ERISA", "45 CFR 147.136", "external review", "MHPAEA".
- any dollar amount for the claims; "suicidal ideation" as present.
"""

ANSWERS = [
    ("plan type and delivery", "delivery: managed_care", "case.yaml"),
    ("stage", "state fair hearing", "denial/notice-of-appeal-resolution-2026-10-30.txt"),
    ("deadline", "by 02/27/2027", "truth"),
    ("rule for the hearing window", "42 CFR 438.408(f)(2)", "truth"),
    ("network rule", "42 CFR 438.206(b)(4)", "truth"),
    ("plan's access standard", "within 45 miles of your home, or give you a first appointment within 14 days", "other/member-handbook-2026-section-6-3.txt"),
    ("plan's condition", "Call Member Services first", "other/member-handbook-2026-section-6-3.txt"),
    ("member services call", "Call 07/16/2026 10:42   Reference MS-0716-4471", "other/member-services-call-record-2026-07-16.txt"),
    ("first visit", "First visit here 07/28/2026", "clinical/visit-summary-2026-10-20.txt"),
    ("Greenbrier first opening", "first opening for a new patient 01/12/2027", "other/network-call-log-2026-07-14.txt"),
    ("Elkins distance", "Elkins (96 miles)", "other/network-call-log-2026-07-14.txt"),
    ("closed practice", "the practice closed in 03/2026", "other/network-call-log-2026-07-14.txt"),
    ("other person", "Farraday, Dawn   DOB 01/30/1979", "clinical/lab-report-2026-08-25.txt"),
    ("intolerance", "stopped for an injection-site reaction", "clinical/visit-summary-2026-10-20.txt"),
    ("claims appealed", "ARH-26-0801-118842 (07/28/2026: 99204, 80305) and ARH-26-0828-121907 (08/25/2026: 99214, 80305)", "denial/notice-of-adverse-benefit-determination-2026-09-03.txt"),
    ("later claims held", "held until his hearing", "clinical/visit-summary-2026-10-20.txt"),
]
