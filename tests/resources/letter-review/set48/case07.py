"""FICTIONAL case 07 (set 48): Medicaid managed care, IOP out of network "in-network available"; fair hearing by a care coordinator."""
SLUG = "medicaid-mco-iop-out-of-network-access-standard-state-fair-hearing-care-coordinator"

CASE_YAML = """
# FICTIONAL CASE (set 48, case 07) - every person, plan, county, program, number and address is invented.
# Medicaid managed care, Oregon, adult 31. Kestrel Abernathy-Njoku was referred to an out-of-network adult intensive
# outpatient program (IOP) 14 miles from home; the plan denied it as "in-network IOP providers are available" and
# its notice of resolution of 10/27/2026 upheld that. The plan's member handbook promises an IOP within 30 miles
# and a first appointment within 14 days; the in-network programs tried were 71 miles away, 9 weeks out, or not
# in the network. A county care coordinator asks for a state fair hearing with her authorization.
patient:
  name: Kestrel Abernathy-Njoku
  salutation: Ms. Abernathy-Njoku
  date_of_birth: 1995-08-11
  member_id: FICT-OHP-33097164
  address: |-
    412 Alder Street
    Coos Bay, OR 97420
  phone: (541) 555-0119
insurer:
  name: Coastal Range Coordinated Care (Medicaid managed care plan, FICTIONAL)
  appeals_address: |-
    Coastal Range Coordinated Care - Appeals (FICTIONAL)
    PO Box 1180
    Coos Bay, OR 97420
  fax: (541) 555-0168
claim:
  number: CRCC-UM-26-0921-8834
  plan_type: medicaid
  delivery: managed_care
  state: OR
  notice_date: 2026-09-28
  service_dates: [2026-12-14, 2027-01-29]
  sessions: 21
  setting: intensive_outpatient
  pending_services: 21
  procedure_codes: [S9480]
  diagnosis_codes: [F43.10, F33.1]
  denial_reason: >-
    Out-of-network services are not covered. In-network intensive outpatient providers are available to the
    member.
  denial_category: out_of_network
  denial_reasons: [out_of_network]
  action: none
decisions:
  - date: 2026-10-27
    outcome: denied
    stage: plan appeal (notice of resolution)
    opens: state fair hearing
    next_deadline: 2027-02-24
    reason: >-
      The denial is upheld. In-network intensive outpatient providers are available: Harborview Recovery IOP and
      South Valley Trauma IOP.
    corrections:
      - said: "In-network intensive outpatient providers are available: Harborview Recovery IOP and South Valley Trauma IOP."
        record: >-
          Harborview Recovery IOP is 71 miles from her home and South Valley Trauma IOP's first opening was
          11/30/2026, 9 weeks after it was asked on 09/23/2026; Bayfront Counseling IOP, on the plan's directory,
          told her on 09/24/2026 that it had left the plan's network in 08/2026.
        file: other/coordinator-contact-log-2026-09-22-to-10-01.txt
        page: 1
external_review:
  agency: Oregon Health Authority, Office of Contested Case Hearings (FICTIONAL address, as the notice names it)
  address: |-
    Hearings Unit (FICTIONAL)
    PO Box 14020
    Salem, OR 97309
  final_denial_date: 2026-10-27
plan_policy:
  name: "Coastal Range Coordinated Care 2026 Member Handbook, Section 5.2, Getting care - time and distance"
  number: Section 5.2
  quote: >-
    Behavioral health intensive outpatient services: we will make sure you can get care within 30 miles of your
    home, with a first appointment within 14 calendar days of your request. If we cannot, we will cover the care
    from a provider outside our network at no extra cost to you.
  file: other/member-handbook-2026-section-5-2.txt
network:
  - name: Harborview Recovery IOP (in network)
    date: 2026-09-22
    outcome: In network; opening 10/05/2026, but 71 miles from home by the coast highway; she has no car
    miles: 71
    first_opening: 2026-10-05
    evidence: {file: other/coordinator-contact-log-2026-09-22-to-10-01.txt, page: 1}
  - name: South Valley Trauma IOP (in network)
    date: 2026-09-23
    outcome: In network, 22 miles; first opening 11/30/2026 (waitlist)
    miles: 22
    first_opening: 2026-11-30
    evidence: {file: other/coordinator-contact-log-2026-09-22-to-10-01.txt, page: 1}
  - name: Bayfront Counseling IOP (listed in the plan directory)
    date: 2026-09-24
    outcome: Left the plan's network 08/31/2026; no longer accepts the plan
    in_network: false
    evidence: {file: other/coordinator-contact-log-2026-09-22-to-10-01.txt, page: 1}
  - name: Coastal Range Coordinated Care member services
    date: 2026-09-25
    outcome: Asked for help finding an in-network IOP within 30 miles; told none with an opening; reference MS-0925-4471
    evidence: {file: other/coordinator-contact-log-2026-09-22-to-10-01.txt, page: 1}
treatment:
  name: Adult intensive outpatient program (trauma track), 21 program days, three days a week for seven weeks (S9480)
  summary: >-
    A trauma-focused adult intensive outpatient program three days a week for seven weeks for PTSD with recurrent
    depression after weekly therapy was not enough; the program is 14 miles from her home and out of network.
  plan: >-
    Three-hour sessions three days a week for seven weeks (21 program days): trauma-focused group therapy (cognitive
    processing therapy), weekly individual therapy, psychiatric review every two weeks; PCL-5 and PHQ-9 every two
    weeks; step down to weekly therapy when PCL-5 falls below 33.
  setting: Sunset Bay Counseling Center, an outpatient program 14 miles from her home (out of network)
clinical:
  severity: PCL-5 58 and PHQ-9 18 on 09/15/2026
  severity_date: 2026-09-15
  suicidality: passive
  suicidality_date: 2026-09-15
  history:
    - drug: Weekly trauma-focused psychotherapy (outpatient)
      dose: weekly
      start: 2025-10
      end: 2026-09
      sessions: 40
      kind: psychotherapy
      adequate: true
      response: partial
      outcome: Partial response; moved to IOP referral
      evidence: {file: clinical/therapist-referral-2026-09-15.txt, page: 1}
    - drug: Sertraline
      dose: 150 mg daily
      start: 2025-11
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued
      evidence: {file: clinical/therapist-referral-2026-09-15.txt, page: 1}
    - drug: Prazosin
      dose: 2 mg at bedtime for nightmares
      start: 2026-02
      ongoing: true
      kind: other
      outcome: For trauma nightmares and sleep; not an antidepressant trial
      evidence: {file: clinical/therapist-referral-2026-09-15.txt, page: 1}
author:
  name: Delphine Arroway
  role: Care coordinator, Coos County Behavioral Health (authorized representative)
  relation: representative
  authorization: other/authorization-to-represent-2026-11-02.txt
  address: |-
    Coos County Behavioral Health (FICTIONAL), 281 LaClair Street
    Coos Bay, OR 97420
  phone: (541) 555-0133
  email: darroway@coosbh.example
provider:
  name: Sunset Bay Counseling Center (FICTIONAL)
  credentials: licensed outpatient behavioral health program (out of network)
  npi: "1209384761"
  address: |-
    1750 Thompson Road
    Coos Bay, OR 97420
  phone: (541) 555-0149
record_dates:
  - file: clinical/therapist-referral-2026-09-15.txt
    date: 2026-09-15
prior_auth:
  requested_on: 2026-09-21
  reference: CRCC-UM-26-0921-8834
template: external-review-request
bates_prefix: ABERNATHYNJOKU
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/notice-of-adverse-benefit-determination-2026-09-28.txt": """
COASTAL RANGE COORDINATED CARE (FICTIONAL) - NOTICE OF ADVERSE BENEFIT DETERMINATION      Date: 09/28/2026
Member: Kestrel Abernathy-Njoku   ID FICT-OHP-33097164   Request CRCC-UM-26-0921-8834
Requested: adult IOP (S9480), Sunset Bay Counseling Center (out of network).
Decision: Out-of-network services are not covered. In-network intensive outpatient providers are available to
the member. You may appeal to us within 60 days.
""",
    "denial/notice-of-resolution-2026-10-27.txt": """
COASTAL RANGE COORDINATED CARE (FICTIONAL) - NOTICE OF APPEAL RESOLUTION                  Date: 10/27/2026
Member: Kestrel Abernathy-Njoku   Request CRCC-UM-26-0921-8834
The denial is upheld. In-network intensive outpatient providers are available: Harborview Recovery IOP and South
Valley Trauma IOP.
You may ask for a state fair hearing within 120 days of the date of this notice. Send your request to the Oregon
Health Authority, Hearings Unit, PO Box 14020, Salem, OR 97309.
""",
    "other/member-handbook-2026-section-5-2.txt": """
COASTAL RANGE COORDINATED CARE (FICTIONAL) - 2026 MEMBER HANDBOOK                          Page 23 of 64
Section 5.2 Getting care: time and distance
Behavioral health intensive outpatient services: we will make sure you can get care within 30 miles of your
home, with a first appointment within 14 calendar days of your request. If we cannot, we will cover the care from
a provider outside our network at no extra cost to you.
""",
    "other/coordinator-contact-log-2026-09-22-to-10-01.txt": """
COOS COUNTY BEHAVIORAL HEALTH (FICTIONAL) - CARE COORDINATION CONTACT LOG        Page 1 of 1
Client: Kestrel Abernathy-Njoku   Coordinator: Delphine Arroway
09/22/2026  Harborview Recovery IOP (in network): opening 10/05/2026; 71 miles each way; client has no car; no
            transport the plan offers runs daily on that route.
09/23/2026  South Valley Trauma IOP (in network, 22 miles): waitlist; first opening 11/30/2026.
09/24/2026  Bayfront Counseling IOP (on plan directory): says it left the plan's network 08/31/2026.
09/25/2026  Plan member services: asked for an in-network IOP within 30 miles; "none with an opening";
            reference MS-0925-4471.
10/01/2026  Sunset Bay Counseling Center (14 miles): can start 12/14/2026 if the plan approves; out of network.
""",
    "clinical/therapist-referral-2026-09-15.txt": """
COOS COUNTY BEHAVIORAL HEALTH (FICTIONAL) - REFERRAL FOR INTENSIVE OUTPATIENT CARE   Date: 09/15/2026   Page 1 of 1
Client: Kestrel Abernathy-Njoku, 31   Therapist: Jonah Prewitt, LCSW
Diagnoses: PTSD (F43.10); major depressive disorder, recurrent, moderate (F33.1). PCL-5 58, PHQ-9 18. Passive
thoughts of death; no plan or intent.
Weekly trauma-focused therapy since 10/2025 (40 sessions): partial response. Sertraline 150 mg since 11/2025,
partial response, continued (prescribed by her primary care clinician). Prazosin 2 mg at bedtime for nightmares.
In 2019, after an earlier episode, weekly counseling helped and ended.
Recommendation: trauma-track IOP, three days a week.
""",
    "other/plan-directory-printout-2026-06.txt": """
COASTAL RANGE COORDINATED CARE (FICTIONAL) - PROVIDER DIRECTORY PRINTOUT         Printed 06/02/2026
Intensive outpatient (adult): Bayfront Counseling IOP, Coos Bay; Harborview Recovery IOP, Florence;
South Valley Trauma IOP, Coquille.   [Printed before Bayfront left the network on 08/31/2026.]
""",
    "other/authorization-to-represent-2026-11-02.txt": """
AUTHORIZATION TO REPRESENT (FICTIONAL)                                          Date: 11/02/2026
I, Kestrel Abernathy-Njoku, authorize Delphine Arroway of Coos County Behavioral Health to request a state fair
hearing about request CRCC-UM-26-0921-8834 for me and to receive my health information for it.
Signed: Kestrel Abernathy-Njoku
""",
}

TRUTH = """
# 07 - Medicaid managed care: an out-of-network IOP refused as "in-network available" against the plan's own 30-mile, 14-day promise; state fair hearing by a county care coordinator (FICTIONAL)

All people, plans, counties, programs, numbers and addresses are invented (FICTIONAL).

## What is true
- Kestrel Abernathy-Njoku, 31, Oregon Medicaid through a **managed care plan**. Request for an out-of-network
  trauma-track **IOP** (Sunset Bay, 14 miles; could start 12/14/2026) denied **09/28/2026**; the plan's notice of
  resolution of **10/27/2026** upheld it naming Harborview (in network) and South Valley (in network).
- The **2026 Member Handbook, Section 5.2**: IOP within **30 miles**, first appointment within **14 calendar days**,
  else out-of-network care at no extra cost. Harborview: **71 miles**; South Valley: first opening **11/30/2026**,
  68 days after 09/23/2026; Bayfront: **left the network 08/31/2026**; the plan's member services on **09/25/2026**
  (ref MS-0925-4471) found none with an opening.
- **Rule and stage:** 42 CFR 438.206(b)(4): the plan must cover out-of-network care when its network cannot provide
  it adequately and timely; state fair hearing within **120 days of 10/27/2026: by 02/24/2027** (438.408(f)(2)),
  sent to the state hearing office, not the plan. The care is still to come (scheduled from 12/14/2026).
- **Author:** a county care coordinator with her written authorization (representative).

## Deliberately unknown
- Whether South Valley has an earlier cancellation opening now: unknown.
- What the plan pays Sunset Bay; whether a single-case agreement exists: none in the record.

## Traps
- **Plan document and record, not medicine:** the denial does not question need; the winning point is the
  handbook's access standard set against each program tried.
- **A decision's wrong statement:** "In-network ... providers are available" (one is 71 miles, one 9 weeks out).
- **Stale document:** the 06/2026 directory still lists Bayfront; it is not "an in-network source" now.
- **Care still to come:** dates from 12/14/2026 are scheduled, not given; no "continued benefits" request (no care
  authorized is being cut: `action: none`).
- **Sertraline continues** (partial); **prazosin** is for nightmares, not a trial; **2019 counseling** helped an
  earlier episode - not a failure. Passive thoughts only.
- **Wrong law:** no ERISA, no 45 CFR 147.136, no MHPAEA (Medicaid parity is 438.910), no "network gap exception" under
  a commercial rule; not an external review.

## Arguments a strong letter makes (strongest first)
1. The plan's own Section 5.2: within 30 miles and 14 days, or out-of-network care at no extra cost. Harborview is 71
   miles; South Valley's first opening was 68 days out; Bayfront had left the network; member services found none.
   The condition for out-of-network coverage is met.
2. 42 CFR 438.206(b)(4): an inadequate network obliges the plan to cover the out-of-network IOP.
3. Correct the resolution's statement that in-network providers are available.
4. Ask the hearing to order authorization of the 21 program days at Sunset Bay from 12/14/2026.

## What a letter must NOT say
- "no in-network provider exists"; "Bayfront is in network".
- "ERISA", "45 CFR 147.136", "MHPAEA", "external review", "Department of Insurance".
- "continue benefits during the appeal" as if care were being reduced; "was given" for dates from 12/14/2026.
- "failed sertraline"; prazosin as a trial; "active suicidal ideation".
"""

ANSWERS = [
    ("plan type", "plan_type: medicaid", "case.yaml"),
    ("delivery", "delivery: managed_care", "case.yaml"),
    ("first notice", "Date: 09/28/2026", "denial/notice-of-adverse-benefit-determination-2026-09-28.txt"),
    ("resolution date", "Date: 10/27/2026", "denial/notice-of-resolution-2026-10-27.txt"),
    ("wrong statement", "In-network intensive outpatient providers are available: Harborview Recovery IOP and South",
     "denial/notice-of-resolution-2026-10-27.txt"),
    ("hearing window", "within 120 days of the date of this notice", "denial/notice-of-resolution-2026-10-27.txt"),
    ("deadline", "next_deadline: 2027-02-24", "case.yaml"),
    ("access standard", "within 30 miles of your home, with a first appointment within 14 calendar days",
     "other/member-handbook-2026-section-5-2.txt"),
    ("consequence", "we will cover the care from a provider outside our network at no extra cost",
     "other/member-handbook-2026-section-5-2.txt"),
    ("distance", "71 miles each way", "other/coordinator-contact-log-2026-09-22-to-10-01.txt"),
    ("wait", "first opening 11/30/2026", "other/coordinator-contact-log-2026-09-22-to-10-01.txt"),
    ("left network", "left the plan's network 08/31/2026", "other/coordinator-contact-log-2026-09-22-to-10-01.txt"),
    ("plan contacted", "reference MS-0925-4471", "other/coordinator-contact-log-2026-09-22-to-10-01.txt"),
    ("still taken", "Sertraline 150 mg since 11/2025,\npartial response, continued", "clinical/therapist-referral-2026-09-15.txt"),
    ("not a trial", "Prazosin 2 mg at bedtime for nightmares", "clinical/therapist-referral-2026-09-15.txt"),
    ("stale directory", "Printed before Bayfront left the network", "other/plan-directory-printout-2026-06.txt"),
]
