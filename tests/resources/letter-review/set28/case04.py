"""Set 28, case 04 (FICTIONAL): Medicaid managed care, ECT out of network, the handbook's own access standard."""

SLUG = "04-medicaid-mco-adult-ect-out-of-network-access-standard-state-fair-hearing-psychiatrist"

CASE_YAML = """
# FICTIONAL CASE (set 28, case 04) - every person, plan, provider, number and address is invented.
# Medicaid managed care, Missouri. Darnell Whitcomb, 52, of Kirksville, needs an acute ECT course. No network
# provider gives ECT within the handbook's 60-mile standard: the plan's two listed ECT services are 73 miles away
# (ECT closed 06/2026) and 91 miles away (no new ECT patients before 02/2027). His psychiatrist, 4 miles away and not
# in the network, asked for out-of-network approval; the plan denied it (10/05/2026) as "network providers
# available" and upheld that on appeal (11/02/2026). The psychiatrist, with his written authorization, asks for a
# state fair hearing.
patient:
  name: Darnell Whitcomb
  salutation: Mr. Whitcomb
  date_of_birth: 1974-02-21
  member_id: FICT-SMH-77120456
  address: |-
    604 East Harrison Street
    Kirksville, MO 63501
  phone: (660) 555-0119
insurer:
  name: Show-Me Heartland Health Plan (FICTIONAL Medicaid managed care plan)
  appeals_address: |-
    Show-Me Heartland Health Plan - Appeals (address FICTIONAL)
    PO Box 7730
    Jefferson City, MO 65102
  fax: (573) 555-0168
claim:
  number: SMH-PA-26-0930-11842
  plan_type: medicaid
  delivery: managed_care
  notice_date: 2026-10-05
  appeal_deadline: 2027-03-02
  deadline_basis: >-
    Notice of appeal resolution of 11/02/2026: "You may ask for a State Fair Hearing within 120 calendar days from
    the date of this notice."
  procedure_codes: [90870]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    Out-of-network request denied. Network providers are available to provide this service: Mid-Missouri Psychiatric
    Center, Columbia, MO, within our access standards. Please use a network provider.
  denial_category: out_of_network
  denial_reasons: [out_of_network]
  action: none
  pending_services: [acute ECT course of up to 12 treatments]
decisions:
  - date: 2026-11-02
    outcome: denied
    stage: plan appeal
    opens: state fair hearing
    next_deadline: 2027-03-02
    reason: >-
      The denial is upheld. The plan's provider directory lists two network providers of ECT: Mid-Missouri Psychiatric
      Center (Columbia) and Riverbend Behavioral Health (Hannibal). The member may obtain ECT from either.
    corrections:
      - said: "Riverbend Behavioral Health (Hannibal)"
        record: >-
          Riverbend Behavioral Health closed its ECT service in June 2026 (its letter of 10/13/2026), so it gave no ECT
          on any date of this request; Hannibal is 73 miles from Mr. Whitcomb's home, beyond the handbook's 60 miles
        file: other/network-contacts-log-2026-10.txt
        page: 1
      - said: "The member may obtain ECT from either"
        record: >-
          Mid-Missouri Psychiatric Center, 91 miles from his home, told the clinic on 10/14/2026 that it takes no new
          ECT patients before February 2027
        file: other/network-contacts-log-2026-10.txt
        page: 1
external_review:
  agency: Missouri state fair hearing office for Medicaid managed care (named in the notice; address FICTIONAL)
  address: |-
    State Hearings Unit - Medicaid Managed Care (address FICTIONAL)
    PO Box 2960
    Jefferson City, MO 65102
  final_denial_date: 2026-11-02
prior_auth:
  requested_on: 2026-09-30
plan_policy:
  name: 2026 Member Handbook, Section 6.2 (how far and how long you should have to travel and wait)
  quote: >-
    We will have a network provider of behavioral health specialty services, including ECT, within 60 miles of your
    home and able to see you within 30 days. If we do not have a network provider who can give you a covered service
    within these standards, we will cover the service from an out-of-network provider, at no more cost to you than in
    network, for as long as no network provider can. Ask us for an out-of-network approval.
  file: other/member-handbook-2026-section-6-2.txt
network:
  - name: Riverbend Behavioral Health, Hannibal, MO (listed in the plan's directory)
    date: 2026-10-13
    miles: 73
    in_network: true
    outcome: ECT service closed in June 2026; no ECT given there since
    evidence: {file: other/network-contacts-log-2026-10.txt, page: 1}
  - name: Mid-Missouri Psychiatric Center, Columbia, MO (listed in the plan's directory)
    date: 2026-10-14
    miles: 91
    first_opening: 2027-02-08
    outcome: No new ECT patients before 02/08/2027
    evidence: {file: other/network-contacts-log-2026-10.txt, page: 1}
  - name: Show-Me Heartland member services (asked for any other network ECT provider)
    date: 2026-10-15
    outcome: Named only the two providers above; reference MS-26-1015-2290
    evidence: {file: other/network-contacts-log-2026-10.txt, page: 1}
treatment:
  name: Acute course of electroconvulsive therapy (ECT), up to 12 treatments, outpatient
  summary: >-
    An acute ECT course for severe recurrent depression with weight loss after two antidepressants failed and lithium
    augmentation gave a partial response; ECT brought remission in his 2019 episode.
  plan: >-
    Right unilateral ECT three times a week, up to 12 treatments, with anesthesia; MADRS weekly; stop at remission or
    after 12 treatments; continue lithium at a lower level during the course.
  setting: Northeast Missouri Behavioral Hospital ECT suite, Kirksville (4 miles from home)
clinical:
  severity: MADRS 38 on 11/20/2026; weight loss 8 kg since August 2026
  severity_date: 2026-11-20
  suicidality: passive
  suicidality_date: 2026-11-20
  episode_onset: 2026-03
  treating_since: 2019-05
  history:
    - drug: Sertraline
      dose: 200 mg daily
      start: 2024-01
      end: 2024-05
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 16 weeks at 200 mg; stopped
      evidence: {file: clinical/psychiatrist-note-2026-11-20.txt, page: 1}
    - drug: Mirtazapine
      dose: 45 mg daily
      start: 2026-04
      end: 2026-07
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 12 weeks at 45 mg (an antidepressant dose); stopped
      evidence: {file: clinical/psychiatrist-note-2026-11-20.txt, page: 1}
    - drug: Lithium (augmentation)
      dose: 900 mg daily (level 0.7)
      start: 2026-07
      ongoing: true
      kind: augmentation
      adequate: true
      response: partial
      outcome: Partial response; continued
      evidence: {file: clinical/psychiatrist-note-2026-11-20.txt, page: 1}
    - drug: Quetiapine
      dose: 25 mg at bedtime for sleep
      start: 2026-08
      ongoing: true
      kind: other
      outcome: Sleep dose only; not a trial
      evidence: {file: clinical/psychiatrist-note-2026-11-20.txt, page: 1}
    - drug: ECT (2019 episode)
      start: 2019-05
      end: 2019-06
      sessions: 10
      kind: neuromodulation
      failed: false
      response: remission
      outcome: Remission after 10 treatments in the 2019 episode
      evidence: {file: clinical/psychiatrist-note-2026-11-20.txt, page: 1}
author:
  name: Ines Carvalho
  role: Treating psychiatrist (not in the plan's network), writing with the member's written authorization
  relation: physician
  authorization: other/member-authorization-2026-11-24.txt
  address: |-
    Northeast Missouri Behavioral Hospital (FICTIONAL), 1900 North Baltimore Street
    Kirksville, MO 63501
  phone: (660) 555-0145
  email: icarvalho@nemo-behavioral.example
provider:
  name: Ines Carvalho
  credentials: MD
  npi: "1395702461"
  address: |-
    Northeast Missouri Behavioral Hospital (FICTIONAL), 1900 North Baltimore Street
    Kirksville, MO 63501
  phone: (660) 555-0145
record_dates:
  - file: clinical/psychiatrist-note-2026-11-20.txt
    date: 2026-11-20
template: external-review-request
bates_prefix: WHITCOMB
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/out-of-network-denial-2026-10-05.txt": """
SHOW-ME HEARTLAND HEALTH PLAN (FICTIONAL) - MISSOURI MEDICAID MANAGED CARE
NOTICE OF ADVERSE BENEFIT DETERMINATION                        Date of this notice: 10/05/2026
Member: Darnell Whitcomb   Member ID FICT-SMH-77120456   Reference: SMH-PA-26-0930-11842
Page 1 of 1

Requested 09/30/2026 by Ines Carvalho, MD (out of network): ECT (90870), up to 12 treatments.
Out-of-network request denied. Network providers are available to provide this service: Mid-Missouri Psychiatric
Center, Columbia, MO, within our access standards. Please use a network provider.
You may appeal to us within 60 days of this notice.
""",
    "denial/notice-of-appeal-resolution-2026-11-02.txt": """
SHOW-ME HEARTLAND HEALTH PLAN (FICTIONAL)
NOTICE OF APPEAL RESOLUTION                                    Date of this notice: 11/02/2026
Member: Darnell Whitcomb   Reference: SMH-PA-26-0930-11842   Page 1 of 1

The denial is upheld. The plan's provider directory lists two network providers of ECT: Mid-Missouri Psychiatric
Center (Columbia) and Riverbend Behavioral Health (Hannibal). The member may obtain ECT from either.
You may ask for a State Fair Hearing within 120 calendar days from the date of this notice: State Hearings Unit -
Medicaid Managed Care, PO Box 2960, Jefferson City, MO 65102 (address FICTIONAL).
""",
    "other/member-handbook-2026-section-6-2.txt": """
SHOW-ME HEARTLAND HEALTH PLAN (FICTIONAL) - 2026 MEMBER HANDBOOK, Section 6.2                   Page 31
We will have a network provider of behavioral health specialty services, including ECT, within 60 miles of your home
and able to see you within 30 days. If we do not have a network provider who can give you a covered service within
these standards, we will cover the service from an out-of-network provider, at no more cost to you than in network,
for as long as no network provider can. Ask us for an out-of-network approval.
""",
    "other/member-handbook-2024-section-6-2.txt": """
SHOW-ME HEARTLAND HEALTH PLAN (FICTIONAL) - 2024 MEMBER HANDBOOK, Section 6.2 (superseded)          Page 29
Behavioral health specialty providers: within 90 miles of your home. (Replaced by the 2026 handbook.)
""",
    "other/network-contacts-log-2026-10.txt": """
NORTHEAST MISSOURI BEHAVIORAL HOSPITAL (FICTIONAL) - NETWORK CONTACTS LOG for Darnell Whitcomb          Page 1 of 1
Distances from 604 East Harrison Street, Kirksville (driving, map service).
10/13/2026  Riverbend Behavioral Health, Hannibal (73 miles): ECT service closed June 2026 (their letter of 10/13/2026
            on file). Called by L. Dunmore, intake.
10/14/2026  Mid-Missouri Psychiatric Center, Columbia (91 miles): no new ECT patients before 02/08/2027.
10/15/2026  Show-Me Heartland member services: no other network ECT provider; ref. MS-26-1015-2290.
10/15/2026  (Different patient, Ms. R. Okonkwo: TMS referral status - not related to Mr. Whitcomb.)
""",
    "clinical/psychiatrist-note-2026-11-20.txt": """
NORTHEAST MISSOURI BEHAVIORAL HOSPITAL (FICTIONAL) - OUTPATIENT PSYCHIATRY NOTE          Date: 11/20/2026
Patient: Darnell Whitcomb   DOB 02/21/1974   Psychiatrist: Ines Carvalho, MD (NPI 1395702461)
Page 1 of 1

Major depressive disorder, recurrent, severe without psychotic features (F33.2); episode since 03/2026.
MADRS 38; 8 kg weight loss since August; passive wish to die, no plan or intent; lives with his sister.
Medication: sertraline 200 mg 01-05/2024, no response at 16 weeks; mirtazapine 45 mg 04-07/2026, no response at 12
weeks; lithium 900 mg (level 0.7) added 07/2026, partial response, continued; quetiapine 25 mg at bedtime for sleep.
2019 episode: 10 right unilateral ECT treatments, remission.
Plan: acute ECT course, up to 12 treatments, three a week, here (4 miles from home); awaiting coverage.
""",
    "other/member-authorization-2026-11-24.txt": """
MEMBER'S WRITTEN AUTHORIZATION (FICTIONAL)                                   Signed: 11/24/2026
I, Darnell Whitcomb, authorize Ines Carvalho, MD, my psychiatrist, to ask for a State Fair Hearing for me about
Show-Me Heartland reference SMH-PA-26-0930-11842 and to act for me in it. Signed: Darnell Whitcomb.
""",
}

TRUTH = """
# 04 - Medicaid managed care: ECT out of network under the handbook's own access standard; state fair hearing by the psychiatrist (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Darnell Whitcomb, **52** (DOB 02/21/1974), Kirksville, MO, is in **Show-Me Heartland Health Plan**, a Medicaid
  managed care plan.
- He needs an **acute ECT course (up to 12 treatments)**: F33.2, MADRS **38** (11/20/2026), 8 kg weight loss, passive
  wish to die. ECT brought **remission in 2019**.
- The plan's **2026 Member Handbook, Section 6.2**: a network provider of behavioral health specialty services,
  **including ECT, within 60 miles and able to see him within 30 days**; otherwise the plan **covers an
  out-of-network provider at no more cost** for as long as no network provider can.
- The plan's two listed ECT services: **Riverbend, Hannibal, 73 miles, ECT closed June 2026**; **Mid-Missouri,
  Columbia, 91 miles, no new ECT patients before 02/08/2027**. Member services named no other (10/15/2026, ref.
  MS-26-1015-2290). The treating psychiatrist is 4 miles away, out of network.
- Out-of-network request 09/30/2026; denied **10/05/2026**; plan appeal upheld by the **notice of appeal resolution of
  11/02/2026**, which names both providers.
- **Stage and rule:** **state fair hearing**, requested within **120 calendar days of the notice of appeal
  resolution: by 03/02/2027** (42 CFR 438.408(f)(2); the notice says the same). The managed care rule that the plan
  must cover out-of-network care adequately and timely when its network cannot provide it is **42 CFR
  438.206(b)(4)**. New service: nothing to continue (no 438.420).
- **Author:** Ines Carvalho, MD, the treating psychiatrist, with the member's written authorization (11/24/2026).

## Deliberately unknown
- Whether the state will hold an expedited hearing: not in the case (no request or certification of urgency recorded);
  a letter may ask, not say it is granted.
- Whether a single-case agreement rate exists: not in the case.
- Any other network ECT provider in Missouri farther away: not in the case; the letter says no network provider could
  give it within the standard, **never that none exists**.

## Traps
- **Plan document first.** The winning point is Section 6.2 with the distances and the openings; it is an access
  question, not medical necessity (the plan never disputed necessity).
- **A decision's stated fact the record contradicts:** "network providers are available ... within our access
  standards" and "may obtain ECT from either": Hannibal closed its ECT service; Columbia is 91 miles away and has no
  opening before 02/08/2027 - beyond both 60 miles and 30 days.
- **Stale document:** the **2024 handbook page (90 miles)** is superseded; a letter must not use 90 miles.
- **Other person on a document:** the contacts log's last line is **another patient (Ms. R. Okonkwo, TMS)**.
- **Mirtazapine 45 mg** is an antidepressant dose and a failed adequate trial (12 weeks); **quetiapine 25 mg** is a
  sleep dose, not a trial. **Lithium continues** (partial): never "failed" or "stopped". **2019 ECT** was a remission,
  never a failure.
- **Wrong law:** no ERISA, no ACA/45 CFR 147.136 or 156.230 (Marketplace network adequacy), no external review by an
  IRO, no Medicare, no EPSDT (he is 52), no continued benefits (438.420) - nothing was being provided.
- **Voice:** the psychiatrist writes as the treating physician about "Mr. Whitcomb"; never the patient's "I".

## Arguments a strong letter makes (strongest first)
1. **Handbook Section 6.2**: no network provider could give ECT within 60 miles and 30 days - Riverbend (73 miles) closed
   its ECT service in June 2026; Mid-Missouri (91 miles) has no opening before 02/08/2027; member services named no
   other. By the plan's own terms it covers the out-of-network psychiatrist at no more cost to him.
2. The notice of appeal resolution's statement that he "may obtain ECT from either" is contradicted by the contacts log.
3. 42 CFR 438.206(b)(4): when the network cannot provide a covered service adequately and timely, the plan must cover
   it out of network for as long as that lasts.
4. Severity and the 2019 remission with ECT explain why waiting until February 2027 harms him.

## What a letter must NOT say
- "no network ECT provider exists"; "90 miles"; Ms. Okonkwo's referral.
- "failed lithium", "stopped lithium"; quetiapine as a trial; mirtazapine as a sleep dose; "ECT failed in 2019".
- "ERISA", "29 CFR 2560.503-1", "45 CFR 147.136", "45 CFR 156.230", "independent review organization",
  "Medicare", "EPSDT", "continued benefits"/"438.420".
- "I" as the patient; "medical necessity was denied" (it was not the ground).
"""

ANSWERS = [
    ("other/member-handbook-2026-section-6-2.txt", "within 60 miles of your home and able to see you within 30 days"),
    ("other/member-handbook-2026-section-6-2.txt", "we will cover the service from an out-of-network provider, at no more cost to you than in network"),
    ("other/network-contacts-log-2026-10.txt", "Hannibal (73 miles): ECT service closed June 2026"),
    ("other/network-contacts-log-2026-10.txt", "Columbia (91 miles): no new ECT patients before 02/08/2027"),
    ("other/network-contacts-log-2026-10.txt", "ref. MS-26-1015-2290"),
    ("other/network-contacts-log-2026-10.txt", "not related to Mr. Whitcomb"),
    ("other/member-handbook-2024-section-6-2.txt", "Replaced by the 2026 handbook."),
    ("denial/notice-of-appeal-resolution-2026-11-02.txt", "The member may obtain ECT from either."),
    ("denial/notice-of-appeal-resolution-2026-11-02.txt", "within 120 calendar days from the date of this notice"),
    ("denial/out-of-network-denial-2026-10-05.txt", "Network providers are available to provide this service"),
    ("clinical/psychiatrist-note-2026-11-20.txt", "lithium 900 mg (level 0.7) added 07/2026, partial response, continued"),
    ("clinical/psychiatrist-note-2026-11-20.txt", "mirtazapine 45 mg 04-07/2026, no response at 12"),
    ("clinical/psychiatrist-note-2026-11-20.txt", "2019 episode: 10 right unilateral ECT treatments, remission."),
    ("clinical/psychiatrist-note-2026-11-20.txt", "quetiapine 25 mg at bedtime for sleep"),
    ("truth", "by 03/02/2027"),
    ("truth", "42 CFR 438.206(b)(4)"),
    ("case.yaml", "delivery: managed_care"),
]
