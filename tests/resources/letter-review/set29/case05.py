"""Set 29 case 05 (FICTIONAL): FEHB HMO option, child's psychotherapy with a non-Plan psychologist; father writes."""
SLUG = "05-fehb-hmo-option-non-plan-child-psychologist-selective-mutism-carrier-reconsideration-father"

CASE_YAML = """
# FICTIONAL CASE (set 29, case 05) - every person, plan, carrier, provider, number and address is invented.
# FEHB, an HMO option, Maryland. Wren Adebayo-Kessler, 10, has selective mutism. No Plan provider could treat it within
# the brochure's access standard (30 miles, 21 days): one does not treat it, one was 41 miles away with no opening for
# 20 weeks, one had left the network. Her father, the enrollee, called the carrier first (05/12/2026) and then paid a
# non-Plan psychologist for 14 weekly sessions (06/03-09/02/2026). The carrier denied the claim as non-Plan care
# (10/02/2026). Its own brochure, Section 3, covers non-Plan care it authorizes when no Plan provider can give the
# covered service within the standard. He asks the carrier to reconsider.
patient:
  name: Wren Adebayo-Kessler
  salutation: Wren
  date_of_birth: 2016-03-22
  member_id: FICT-PFH-R55218840-02
  address: |-
    9012 Sligo Creek Parkway
    Silver Spring, MD 20901
  phone: (301) 555-0123
insurer:
  name: Piedmont Federal Health Plan, HMO option, FEHB (FICTIONAL)
  appeals_address: |-
    Piedmont Federal Health Plan - FEHB Reconsiderations (address FICTIONAL)
    PO Box 64120
    Baltimore, MD 21264
  fax: (410) 555-0175
claim:
  number: PFH-26-1002-390551
  plan_type: fehb
  notice_date: 2026-10-02
  appeal_deadline: 2027-04-02
  deadline_basis: >-
    Explanation of benefits of 10/02/2026: "You may ask us in writing to reconsider our decision within 6 months from
    the date of this notice" (5 CFR 890.105(b)(1)).
  service_dates: [2026-06-03, 2026-06-10, 2026-06-17, 2026-06-24, 2026-07-01, 2026-07-08, 2026-07-15, 2026-07-22, 2026-07-29, 2026-08-05, 2026-08-12, 2026-08-19, 2026-08-26, 2026-09-02]
  sessions: 14
  setting: outpatient
  procedure_codes: [90837]
  diagnosis_codes: [F94.0, F40.10]
  carc_codes: [CO-242]
  denial_reason: >-
    Services from a non-Plan provider are not covered. Your HMO option covers care only from Plan providers, except in
    a medical emergency. No authorization on file. (CARC 242: services not provided by network/primary care
    providers.)
  denial_category: out_of_network
  action: none
prior_auth:
  requested_on: 2026-05-12
  never_decided: true
  reference: MS-26-0512-7741
  reason_missing: >-
    The enrollee asked the carrier for the authorization by phone on 05/12/2026, three weeks before the first
    session; the carrier gave three directory names and never decided the request.
  proof: other/fathers-call-notes-2026-05.txt
plan_policy:
  name: 2026 FEHB brochure, Section 3, "When a Plan provider cannot give you a covered service"
  quote: >-
    If no Plan provider can give you a covered service within 30 miles of your home and within 21 days of your
    request, call us before you receive the care. We will authorize the care from a non-Plan provider and pay for it
    as if a Plan provider gave it; you pay only your Plan copayment.
  file: other/fehb-brochure-2026-excerpts.txt
  other_terms: >-
    Section 8, the disputed claims process: "We have 30 days from the date we receive your request to: pay the claim,
    or write to you and maintain our denial, or ask you or your provider for more information."
  other_terms_file: other/fehb-brochure-2026-excerpts.txt
  other_terms_apply: >-
    The carrier has 30 days from receiving this request to pay the claim or write with its decision.
network:
  - name: Piedmont Federal Health Plan member services (call reference MS-26-0512-7741)
    date: 2026-05-12
    outcome: >-
      Asked for a Plan provider who treats selective mutism in a child, and for an authorization if none could; given
      three names from the directory and told to "submit the claims and we will review"; no decision on the request
      was ever sent.
    evidence: {file: other/fathers-call-notes-2026-05.txt, page: 1}
  - name: Northside Child Behavioral Group (Plan provider)
    date: 2026-05-13
    outcome: Does not treat selective mutism; referred the family to a specialist outside the Plan.
    miles: 6
    evidence: {file: other/fathers-call-notes-2026-05.txt, page: 1}
  - name: Dr. Lionel Abernathy-Cho, PhD (Plan provider, Frederick office)
    date: 2026-05-13
    outcome: Treats selective mutism; first new-patient opening 09/28/2026.
    miles: 41
    first_opening: 2026-09-28
    evidence: {file: other/fathers-call-notes-2026-05.txt, page: 1}
  - name: Dr. Sabine Okonkwo-Hart, PsyD (listed in the directory)
    date: 2026-05-14
    outcome: Left the Plan's network on 01/01/2026; no longer a Plan provider.
    in_network: false
    evidence: {file: other/fathers-call-notes-2026-05.txt, page: 1}
call_log:
  - date: 2026-05-12
    who: Piedmont Federal Health Plan member services (representative "Dana")
    reference: MS-26-0512-7741
    summary: >-
      Asked for a Plan provider who treats selective mutism and for an authorization of a non-Plan specialist if no
      Plan provider can see Wren within 30 miles and 21 days. Given three directory names; told to submit claims for
      review. No authorization decision given.
treatment:
  name: Outpatient psychotherapy for selective mutism (behavioral therapy, 90837), 14 weekly sessions
  summary: >-
    Weekly behavioral therapy for selective mutism with a child psychologist who specializes in it; Wren now speaks
    to her teacher and to two classmates.
clinical:
  severity: >-
    Selective Mutism Questionnaire total 8 of 51 on 05/28/2026; 24 of 51 on 09/02/2026 (higher is more speech)
  severity_date: 2026-09-02
  suicidality: none
  suicidality_date: 2026-09-02
  response: Selective Mutism Questionnaire 8 (05/28/2026) to 24 (09/02/2026); speaks to her teacher since 08/2026
  response_level: partial
  history:
    - drug: Play therapy (in-network counselor)
      dose: 12 sessions
      start: 2024-09
      end: 2024-12
      kind: psychotherapy
      sessions: 12
      adequate: true
      response: none
      outcome: No change in speech at school; the counselor advised a selective mutism specialist
      evidence: {file: clinical/psychologist-treatment-summary-2026-09-09.txt, page: 1}
author:
  name: Tobenna Adebayo-Kessler
  role: Father of the patient (parent of a minor) and the FEHB enrollee
  relation: parent
  address: |-
    9012 Sligo Creek Parkway
    Silver Spring, MD 20901
  phone: (301) 555-0123
  email: t.adebayokessler@mail.example
provider:
  name: Imogen Vasquez-Thorne
  credentials: PsyD, licensed psychologist
  npi: "1813009846"
  address: |-
    Chesapeake Selective Mutism Center (FICTIONAL), 10480 Little Patuxent Parkway, Suite 5
    Columbia, MD 21044
  phone: (410) 555-0142
expenses:
  - {date: 2026-09-02, item: "14 psychotherapy sessions 06/03-09/02/2026 at $220 (paid at each visit)", amount: "$3,080.00", paid: "$3,080.00", reimbursed: "$0.00"}
record_dates:
  - file: clinical/psychologist-treatment-summary-2026-09-09.txt
    date: 2026-09-09
bates_prefix: ADEBAYOKESSLER
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/explanation-of-benefits-2026-10-02.txt": """
PIEDMONT FEDERAL HEALTH PLAN (FICTIONAL) - FEHB HMO OPTION
EXPLANATION OF BENEFITS                                            Date of this notice: 10/02/2026
Enrollee: Tobenna Adebayo-Kessler (Self and Family)   Claim: PFH-26-1002-390551
Page 1 of 1

Patient: Wren Adebayo-Kessler (daughter)   ID FICT-PFH-R55218840-02
Provider: Imogen Vasquez-Thorne, PsyD (non-Plan provider)
  06/03/2026 - 09/02/2026   90837   14 sessions   billed $3,080.00   paid $0.00
  Reason: Services from a non-Plan provider are not covered. Your HMO option covers care only from Plan providers,
  except in a medical emergency. No authorization on file. (CARC 242: services not provided by network/primary care
  providers.)

Patient: Tobenna Adebayo-Kessler (enrollee)   ID FICT-PFH-R55218840-01
Provider: Rockville Family Medicine (Plan provider)
  09/15/2026   99213   1 visit   billed $180.00   paid $150.00 (after $30 copayment)

You may ask us in writing to reconsider our decision within 6 months from the date of this notice. If we maintain our
denial, you may ask OPM to review it.
""",
    "other/fehb-brochure-2026-excerpts.txt": """
PIEDMONT FEDERAL HEALTH PLAN (FICTIONAL) - 2026 FEHB BROCHURE, HMO OPTION (excerpts)

Section 3 - When a Plan provider cannot give you a covered service                               Page 19
If no Plan provider can give you a covered service within 30 miles of your home and within 21 days of your
request, call us before you receive the care. We will authorize the care from a non-Plan provider and pay for it
as if a Plan provider gave it; you pay only your Plan copayment.

Section 5(e) - Mental health and substance use disorder benefits                                  Page 58
Outpatient professional services, including individual and family psychotherapy: $30 copayment per visit.

Section 8 - The disputed claims process                                                           Page 97
We have 30 days from the date we receive your request to: pay the claim, or write to you and maintain our denial,
or ask you or your provider for more information.
""",
    "other/fathers-call-notes-2026-05.txt": """
CALL NOTES KEPT BY TOBENNA ADEBAYO-KESSLER (typed copy)                                          Page 1 of 1
05/12/2026 10:05 - Piedmont Federal member services, "Dana", ref. MS-26-0512-7741. Asked for a Plan provider who
  treats selective mutism in a child, and for an authorization of a non-Plan specialist if none can see Wren within
  30 miles and 21 days. Given three directory names. Told: "submit the claims and we will review." No decision sent.
05/13/2026 - Northside Child Behavioral Group (Plan), 6 miles: "we do not treat selective mutism"; referred us to a
  specialist outside the Plan.
05/13/2026 - Dr. Lionel Abernathy-Cho, PhD (Plan), Frederick office, 41 miles: treats it; first new-patient opening
  09/28/2026.
05/14/2026 - Dr. Sabine Okonkwo-Hart, PsyD: office says she left the Piedmont network on 01/01/2026.
05/18/2026 - Chesapeake Selective Mutism Center (non-Plan), 24 miles: first opening 06/03/2026. Booked.
""",
    "other/provider-directory-2025-page.txt": """
PIEDMONT FEDERAL HEALTH PLAN (FICTIONAL) - 2025 PROVIDER DIRECTORY (page printed by the family, 05/2026)
Behavioral health - child and adolescent, Montgomery County
  Sabine Okonkwo-Hart, PsyD - accepting new patients
(This is the 2025 directory; the 2026 directory no longer lists her.)
""",
    "clinical/psychologist-treatment-summary-2026-09-09.txt": """
CHESAPEAKE SELECTIVE MUTISM CENTER (FICTIONAL)
TREATMENT SUMMARY                                                      Date: 09/09/2026
Patient: Wren Adebayo-Kessler   DOB 03/22/2016   Psychologist: Imogen Vasquez-Thorne, PsyD (NPI 1813009846)
Page 1 of 1

Diagnoses: selective mutism (F94.0); social anxiety disorder (F40.10).
History: no speech at school since kindergarten; 12 sessions of play therapy with an in-network counselor
09-12/2024, no change in speech at school; the counselor advised a selective mutism specialist. No medication.
Treatment: weekly behavioral therapy for selective mutism (90837), 14 sessions 06/03-09/02/2026, with parent coaching
and school visits. Selective Mutism Questionnaire 8/51 on 05/28/2026, 24/51 on 09/02/2026. Speaks to her teacher
since 08/2026 and to two classmates; not yet to other adults at school. No safety concerns.
Plan: continue weekly through 12/2026, then taper.
""",
}

TRUTH = """
# 05 - FEHB HMO option: a child's psychotherapy with a non-Plan specialist; carrier reconsideration by the father (FICTIONAL)

All people, plans, carriers, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Wren Adebayo-Kessler, **10** (DOB 03/22/2016), Silver Spring, MD, is covered under her father's **FEHB Self and
  Family** enrollment in an **HMO option**. Her father, **Tobenna Adebayo-Kessler**, is the enrollee.
- She has **selective mutism** (F94.0) with social anxiety (F40.10). A non-Plan child psychologist (24 miles) gave
  **14 weekly sessions, 06/03-09/02/2026** (90837); the father paid **$3,080**. The carrier denied the claim
  (PFH-26-1002-390551, **CO-242**, EOB **10/02/2026**) as non-Plan care, "No authorization on file".
- **Brochure Section 3:** if no Plan provider can give a covered service **within 30 miles and within 21 days**, "call
  us before you receive the care. We will authorize the care from a non-Plan provider and pay for it as if a Plan
  provider gave it".
- He **called the carrier first (05/12/2026, ref. MS-26-0512-7741)** and asked for that authorization; he was given three
  names and told to "submit the claims"; no decision was sent. The three: one **does not treat selective mutism**
  (6 miles); one **41 miles** away with a **first opening 09/28/2026** (about 20 weeks after the call); one **had left
  the network 01/01/2026** (the family's printed 2025 directory still lists her).
- **Stage and rule:** the carrier's reconsideration, 5 CFR 890.105: within 6 months of the denial, **by 04/02/2027**;
  the brochure gives the carrier **30 days** to pay, maintain the denial or ask for more. If the carrier maintains its
  denial: OPM review within 90 days of its decision.
- **Author:** her **father**, the enrollee and parent of a minor (no authorization needed): "my daughter", "Wren".

## Deliberately unknown
- Whether the carrier opened an authorization request from the 05/12 call (only the reference number is known).
- Whether there is another Plan provider, not on the three names given, who treats selective mutism: the letter must
  say none of those the carrier gave could see her within the standard, never that none exists.
- What the carrier will pay the non-Plan psychologist; the letter asks that it pay as if a Plan provider gave the care
  (Plan copayment $30 a visit), not a specific dollar figure beyond what the brochure says.

## Traps
- **Plan document and dates, not medical necessity.** The winning point is Section 3 with the call before care and the
  three Plan providers against its 30 miles / 21 days. No medical-necessity argument as the ground, no peer-to-peer.
- **"HMO covers only Plan providers"** is true in general; the letter must not say an HMO must pay non-Plan care, only
  that this brochure's Section 3 covers it when no Plan provider can give it within the standard.
- **Stale document:** the 2025 directory page lists Dr. Okonkwo-Hart; she left the network 01/01/2026. She is never
  counted among the in-network providers tried.
- **Other person on the EOB:** the father's own Plan PCP visit (99213, paid) is not part of this appeal.
- **No medication** has been tried or is needed: never list failed drug trials. Play therapy 2024 is an earlier
  psychotherapy, not a drug. She now speaks to her teacher: never "still does not speak at school at all".
- **Wrong law:** no ERISA, no ACA 45 CFR 147.136, no external review (OPM review instead), no state insurance department,
  no 45 CFR 156.230 (not a Marketplace plan), no MHPAEA regulations as governing, no Medicaid 438.206.
- **Voice:** the father writes "I" and "my daughter"; never Wren's "I".

## Arguments a strong letter makes (strongest first)
1. **Brochure Section 3**: no Plan provider could give Wren the covered service within 30 miles and 21 days - one does not
   treat selective mutism, one was 41 miles away with no opening until 09/28/2026, one had left the network - and he
   **called the carrier before the care (05/12/2026)**, as Section 3 asks. Authorize the care and pay it as if a Plan
   provider gave it ($30 copayment a visit), reimbursing what he paid less the copayments.
2. The carrier's own member services never decided the 05/12 request; the denial's "No authorization on file" follows
   from that, not from anything the family failed to do.
3. The care is a covered benefit (Section 5(e) outpatient psychotherapy) and is working (SMQ 8 -> 24). Decide within the
   brochure's 30 days.

## What a letter must NOT say
- "medically necessary" as the ground; "peer-to-peer"; "external review"; "insurance department".
- "no Plan provider exists"; Dr. Okonkwo-Hart as an in-network provider tried.
- "HMOs must cover out-of-network care"; "156.230"; "438.206".
- "failed medication", any drug trial; "does not speak at school at all" now.
- "99213" or his own visit as part of the appeal.
- "ERISA", "29 CFR 2560.503-1", "45 CFR 147.136", "MHPAEA".
"""

ANSWERS = [
    ("denial/explanation-of-benefits-2026-10-02.txt", "No authorization on file"),
    ("denial/explanation-of-benefits-2026-10-02.txt", "within 6 months from the date of this notice"),
    ("denial/explanation-of-benefits-2026-10-02.txt", "Rockville Family Medicine (Plan provider)"),
    ("other/fehb-brochure-2026-excerpts.txt", "within 30 miles of your home and within 21 days of your request"),
    ("other/fehb-brochure-2026-excerpts.txt", "call us before you receive the care"),
    ("other/fehb-brochure-2026-excerpts.txt", "We have 30 days from the date we receive your request"),
    ("other/fathers-call-notes-2026-05.txt", "ref. MS-26-0512-7741"),
    ("other/fathers-call-notes-2026-05.txt", "we do not treat selective mutism"),
    ("other/fathers-call-notes-2026-05.txt", "first new-patient opening 09/28/2026"),
    ("other/fathers-call-notes-2026-05.txt", "left the Piedmont network on 01/01/2026"),
    ("other/provider-directory-2025-page.txt", "This is the 2025 directory"),
    ("clinical/psychologist-treatment-summary-2026-09-09.txt", "24/51 on 09/02/2026"),
    ("clinical/psychologist-treatment-summary-2026-09-09.txt", "No medication"),
    ("clinical/psychologist-treatment-summary-2026-09-09.txt", "Speaks to her teacher"),
    ("case.yaml", "first_opening: 2026-09-28"),
    ("truth", "by 04/02/2027"),
]
