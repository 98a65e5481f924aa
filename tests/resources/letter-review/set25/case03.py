"""Set 25, case 03 (FICTIONAL): Medicare Advantage HMO; a psychiatric evaluation and a crisis psychotherapy session
from a non-contracted clinic in Arizona while the Oregon member was there on a two-week trip, denied as out of
network and not authorized. The plan's own EOC covers urgently needed services out of the service area without
prior authorization; its nurse line sent him there. Reconsideration of the payment denial; his wife writes."""

SLUG = "03-medicare-advantage-urgently-needed-out-of-area-crisis-care-reconsideration-wife"

CASE_YAML = r"""
# FICTIONAL CASE (set 25, case 03) - every person, plan, provider, number and address is invented.
# Medicare Advantage HMO (Oregon). On a trip to Tucson (09/10-09/24/2026) the member, 72, had a sudden severe
# worsening of depression and anxiety after his brother's death; the plan's own nurse line told his wife to take him
# to a behavioral health urgent care the same day. A psychiatric evaluation (90792, 09/14) and a crisis psychotherapy
# session (90839, 09/16) from that non-contracted clinic were denied as out of network and not authorized. EOC
# Chapter 3, Section 3.2: urgently needed services out of the service area are covered from any provider without
# prior authorization. Not an emergency (no emergency department). His wife writes (CMS-1696).
patient:
  name: Gerald Tomasek
  salutation: Mr. Tomasek
  date_of_birth: 1954-05-09
  member_id: FICT-CCM-H7781-0042196
  address: |-
    2290 Willamette Bluff Road
    Eugene, OR 97405
  phone: (541) 555-0153
insurer:
  name: Cascade Crest Medicare Advantage HMO (FICTIONAL)
  appeals_address: |-
    Cascade Crest Medicare Advantage, Appeals and Grievances Department
    PO Box 22871
    Portland, OR 97208
  fax: (503) 555-0124
claim:
  number: CC-26-0921-550318
  plan_type: medicare_advantage
  notice_date: 2026-10-19
  service_dates: [2026-09-14, 2026-09-16]
  setting: outpatient
  procedure_codes: [90792, 90839]
  diagnosis_codes: [F33.2, F43.0]
  carc_codes: [CO-242]
  denial_reason: >-
    You received services from a provider who does not have a contract with Cascade Crest. Your plan is an HMO.
    Services from non-contracted providers are covered only for emergency care, urgently needed services, or when
    approved by the plan in advance. These services were not approved in advance. We will not pay for them.
  denial_category: out_of_network
  denial_reasons: [out_of_network, prior_authorization]
  urgent: false
plan_policy:
  name: Evidence of Coverage 2026, Chapter 3, Section 3.2 (Getting care when you have an urgent need for services)
  quote: >-
    Urgently needed services are services you need right away for an unforeseen illness, injury or condition that is
    not an emergency, including a sudden worsening of a mental health condition. If you are temporarily outside the
    plan's service area, we cover urgently needed services you get from any provider, whether or not the provider
    has a contract with us. You do not need prior authorization for urgently needed services.
  file: other/eoc-2026-chapter-3-excerpt.txt
  other_terms: >-
    Service area: Lane, Linn and Benton Counties, Oregon (Chapter 1, Section 2.2). Cost sharing for urgently needed
    services: $45 per visit (Chapter 4, Medical Benefits Chart).
  other_terms_file: other/eoc-2026-chapter-3-excerpt.txt
prior_auth:
  required: false
treatment:
  name: Urgent psychiatric evaluation and crisis psychotherapy while temporarily out of the service area
  summary: >-
    A same-day psychiatric diagnostic evaluation (09/14/2026) and one crisis psychotherapy session (09/16/2026) at a
    behavioral health urgent care clinic in Tucson, Arizona, for a sudden severe worsening of recurrent depression
    with anxiety after his brother's death, while on a two-week trip.
clinical:
  severity: >-
    PHQ-9 23 and GAD-7 18 at the urgent care evaluation on 09/14/2026 (his PHQ-9 was 6 at his Oregon psychiatrist's
    visit on 08/03/2026); PHQ-9 11 at the Oregon follow-up visit on 09/28/2026
  severity_date: 2026-09-28
  suicidality: passive
  suicidality_date: 2026-09-14
  history:
    - drug: Escitalopram
      dose: 10 mg daily
      start: 2021-06
      ongoing: true
      kind: antidepressant
      response: remission
      outcome: Continues; in remission on it until September 2026
      evidence: {file: clinical/oregon-psychiatry-follow-up-2026-09-28.txt, page: 1}
    - drug: Sertraline (2011-2012 episode)
      dose: 100 mg daily
      start: 2011-03
      end: 2012-09
      kind: antidepressant
      response: remission
      outcome: Remission of an earlier episode; tapered off as planned in 2012
      evidence: {file: clinical/oregon-psychiatry-follow-up-2026-09-28.txt, page: 1}
    - drug: Hydroxyzine
      dose: 25 mg as needed for acute anxiety, up to twice daily
      start: 2026-09-14
      end: 2026-09-28
      kind: other
      outcome: Started at the urgent care evaluation for the crisis; stopped at the Oregon follow-up
      evidence: {file: clinical/urgent-care-evaluation-2026-09-14.txt, page: 1}
author:
  name: Lorraine Tomasek
  role: Wife of the patient and his appointed representative
  relation: representative
  authorization: other/cms-1696-appointment-2026-10-25.txt
  address: |-
    2290 Willamette Bluff Road
    Eugene, OR 97405
  phone: (541) 555-0153
  email: lorraine.tomasek@mail.example
provider:
  name: Ignacio Barrientos-Hale
  credentials: MD
  npi: "1183652043"
  address: |-
    Saguaro Behavioral Health Urgent Care, 4410 East Grant Road
    Tucson, AZ 85712
  phone: (520) 555-0181
call_log:
  - date: 2026-09-14
    who: Cascade Crest 24/7 Nurse Line (nurse "R. Ibarra, RN")
    reference: NL-26-0914-08817
    summary: >-
      I called at 10:12 am Pacific time from Tucson. I said Gerry was in Tucson until 09/24, had not slept for two
      nights since his brother's death, was shaking and crying and had said he wished he would not wake up, with no
      plan. The nurse said this was urgent, that he should be seen the same day by a behavioral health urgent care,
      not wait until we were home, and go to an emergency room only if he was in danger of acting on it. She gave
      Saguaro Behavioral Health Urgent Care as the nearest one.
expenses:
  - date: 2026-09-14
    item: Psychiatric evaluation, Saguaro Behavioral Health Urgent Care (paid by card at the visit)
    amount: "$420.00"
    paid: "$420.00"
  - date: 2026-09-16
    item: Crisis psychotherapy session, Saguaro Behavioral Health Urgent Care (paid by card at the visit)
    amount: "$310.00"
    paid: "$310.00"
reimbursement:
  amount_billed: "$730.00"
  amount_paid: "$0.00"
bates_prefix: TOMASEK
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/notice-of-denial-of-payment-2026-10-19.txt": """
CASCADE CREST MEDICARE ADVANTAGE HMO (FICTIONAL)
NOTICE OF DENIAL OF PAYMENT            Date: 10/19/2026            Page 1

Member: Gerald Tomasek     Member ID: FICT-CCM-H7781-0042196
Claim: CC-26-0921-550318     Provider: Saguaro Behavioral Health Urgent Care, Tucson, AZ (non-contracted)
Services: 90792 on 09/14/2026 ($420.00); 90839 on 09/16/2026 ($310.00)

Why we denied payment: You received services from a provider who does not have a contract with Cascade Crest.
Your plan is an HMO. Services from non-contracted providers are covered only for emergency care, urgently needed
services, or when approved by the plan in advance. These services were not approved in advance. We will not pay
for them. (CO-242)

Your right to appeal: You may ask us for a reconsideration. Your request must be made within 65 days of the date
of this notice. Send it to Cascade Crest Medicare Advantage, Appeals and Grievances Department, PO Box 22871,
Portland, OR 97208, or fax (503) 555-0124. We will decide a request for payment within 60 days. If we uphold our
decision, we will send your case to an Independent Review Entity automatically.
""",
    "other/eoc-2026-chapter-3-excerpt.txt": """
CASCADE CREST MEDICARE ADVANTAGE HMO (FICTIONAL) - 2026 EVIDENCE OF COVERAGE (EXCERPTS)          Page 1

Chapter 1, Section 2.2 Service area: Lane, Linn and Benton Counties, Oregon.

Chapter 3, Section 3.1 Getting care in a medical emergency: an emergency is when you believe your health is in
serious danger and you need care right away. Call 911 or go to the nearest emergency room.

Chapter 3, Section 3.2 Getting care when you have an urgent need for services
Urgently needed services are services you need right away for an unforeseen illness, injury or condition that is
not an emergency, including a sudden worsening of a mental health condition. If you are temporarily outside the
plan's service area, we cover urgently needed services you get from any provider, whether or not the provider has a
contract with us. You do not need prior authorization for urgently needed services. Inside the service area, use
our network urgent care centers.

Chapter 4, Medical Benefits Chart: Urgently needed services: $45 copay per visit, in or out of the service area.
""",
    "other/travel-itinerary-2026.txt": """
WESTWIND AIRWAYS (FICTIONAL) - ITINERARY RECEIPT          Issued: 08/02/2026          Page 1

Booked by: Celeste Tomasek-Ruiz (celeste.ruiz@mail.example)
Passengers: Gerald Tomasek; Lorraine Tomasek
Outbound: 09/10/2026  Eugene (EUG) 07:05 -> Phoenix (PHX) -> Tucson (TUS) 12:48
Return:   09/24/2026  Tucson (TUS) 13:20 -> Phoenix (PHX) -> Eugene (EUG) 18:41
Passenger: Celeste Tomasek-Ruiz - not traveling on this booking.
""",
    "other/cms-1696-appointment-2026-10-25.txt": """
APPOINTMENT OF REPRESENTATIVE (FORM CMS-1696 CONTENT, FICTIONAL COPY)          Signed: 10/25/2026          Page 1

Beneficiary: Gerald Tomasek, Medicare Advantage member ID FICT-CCM-H7781-0042196
I appoint Lorraine Tomasek, my wife, to act as my representative in connection with my claim or asserted right
under Medicare: the denial of payment for services of 09/14/2026 and 09/16/2026 (claim CC-26-0921-550318).
Signature of beneficiary: Gerald Tomasek (on file), 10/25/2026
Acceptance of appointment: Lorraine Tomasek (on file), 10/25/2026; relationship: spouse; no fee.
""",
    "clinical/urgent-care-evaluation-2026-09-14.txt": """
SAGUARO BEHAVIORAL HEALTH URGENT CARE (FICTIONAL) - PSYCHIATRIC EVALUATION          Date: 09/14/2026          Page 1

Patient: Gerald Tomasek     DOB 05/09/1954     Home: Eugene, OR (visiting family in Tucson until 09/24/2026)
Psychiatrist: Ignacio Barrientos-Hale, MD     Referred by: his Medicare Advantage plan's nurse line, same day
Presenting problem: since news of his brother's sudden death on 09/12/2026, no sleep for two nights, tremor,
constant crying, hopelessness. Recurrent depression in remission on escitalopram 10 mg daily since 2021.
Measures: PHQ-9 23; GAD-7 18.
Safety: passive wish not to wake up; no plan, intent or preparatory behavior; no access to firearms; wife present.
Not an emergency-department level of risk. Safety plan written with him and his wife.
Diagnoses: F33.2 major depressive disorder, recurrent, severe, without psychotic features; F43.0 acute stress
reaction.
Plan: continue escitalopram 10 mg; hydroxyzine 25 mg as needed for acute anxiety, up to twice daily (new, short-term);
crisis psychotherapy here on 09/16/2026; his Oregon psychiatrist's office contacted (visit booked 09/28/2026, the
first opening after his return).
""",
    "clinical/crisis-psychotherapy-note-2026-09-16.txt": """
SAGUARO BEHAVIORAL HEALTH URGENT CARE (FICTIONAL) - CRISIS PSYCHOTHERAPY NOTE          Date: 09/16/2026          Page 1

Patient: Gerald Tomasek     Clinician: Ignacio Barrientos-Hale, MD     Time: 62 minutes (90839)
Slept 4 hours last night with hydroxyzine. Still tearful, better able to talk about his brother. Passive death
wish now "mostly gone"; no plan or intent. Safety plan reviewed. Grief and crisis-focused psychotherapy.
Follow-up: with his Oregon psychiatrist on 09/28/2026 after his return on 09/24/2026.
""",
    "clinical/oregon-psychiatry-follow-up-2026-09-28.txt": """
WILLAMETTE VALLEY PSYCHIATRY (FICTIONAL) - FOLLOW-UP VISIT          Date: 09/28/2026          Page 1

Patient: Gerald Tomasek     DOB 05/09/1954     Psychiatrist: Helga Marchetti-Boyd, MD
Returned from Tucson 09/24/2026. Reviewed the Tucson urgent care records (09/14 and 09/16).
PHQ-9 11 today (PHQ-9 6 at the 08/03/2026 visit). No suicidal ideation today.
Medications: escitalopram 10 mg daily since June 2021 (in remission on it until September 2026), continue.
Hydroxyzine stopped today. Earlier episode 2011-2012: sertraline 100 mg, remission; tapered off in 2012.
Plan: grief counseling referral; visit in 4 weeks.
""",
}

TRUTH = r"""
# 03 - Medicare Advantage HMO: urgent psychiatric evaluation and crisis psychotherapy in Arizona, out of the Oregon service area, denied as out of network and not authorized; reconsideration by the wife (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Gerald Tomasek, 72, is enrolled in **Cascade Crest Medicare Advantage HMO**; its **service area is Lane, Linn and
  Benton Counties, Oregon** (EOC Chapter 1, 2.2). He and his wife were **in Tucson, Arizona, from 09/10 to
  09/24/2026** (airline itinerary): a temporary absence from the service area.
- After his brother's sudden death on 09/12/2026, his depression worsened suddenly (PHQ-9 23 and GAD-7 18 on 09/14; it
  was 6 on 08/03). His wife called the **plan's own 24/7 nurse line on 09/14/2026 at 10:12 am PT (NL-26-0914-08817)**;
  the nurse said he should be seen **the same day** at a behavioral health urgent care and named **Saguaro Behavioral
  Health Urgent Care**.
- Denied services (claim CC-26-0921-550318): **90792 on 09/14/2026 ($420)** and **90839 on 09/16/2026 ($310)**, from
  that non-contracted clinic; the wife **paid $730** by card at the visits. The **Notice of Denial of Payment of
  10/19/2026** denies them as non-contracted and "not approved in advance" (CO-242), and itself lists "urgently
  needed services" among what the HMO covers out of network.
- **EOC 2026, Chapter 3, Section 3.2:** urgently needed services (needed right away for an unforeseen condition that is
  not an emergency, **including a sudden worsening of a mental health condition**) are covered **from any provider,
  contracted or not, when the member is temporarily outside the service area, without prior authorization**; cost
  sharing $45 a visit (Chapter 4). The same rule is Medicare's: 42 CFR 422.113(b)(1)(iii) defines urgently needed
  services and 422.113(b)(2) makes the plan financially responsible for them whatever the provider's contract.
- Both visits were in Tucson before the return flight; the Oregon psychiatrist's first opening was 09/28/2026.
- It was **not an emergency**: no emergency department; the evaluation says "not an emergency-department level of
  risk" (passive death wish, no plan or intent).
- Stage: **reconsideration** of a payment denial, **65 days from 10/19/2026: by 12/23/2026** (42 CFR 422.582(b));
  decision within **60 days** (422.590(b)); an upheld denial goes to the IRE automatically (422.592).
- Author: **Lorraine Tomasek, his wife**, appointed on form CMS-1696 (10/25/2026).

## Deliberately unknown
- What the plan will reimburse (Medicare-based amount less the $45 copays): no figure may be promised; whether the
  clinic will refund anything is unknown.
- Whether the plan's claims system recorded the nurse-line call (only the wife's record and the reference number
  are in the case).
- The clinic's Medicare participation or opt-out status (not in the case; not argued).

## Traps
- **Not an emergency.** A letter must not call the visits emergency services, invoke the prudent-layperson emergency
  standard as the ground, or say he went to an emergency room. The EOC term is **urgently needed services**.
- **Not a network gap and not a retro-authorization.** He was temporarily out of the area; a letter must not say no
  Oregon network provider was available, ask for a network gap exception or a single-case agreement, or ask for a
  retroactive authorization (none is needed: Section 3.2).
- **Not a medical-necessity denial:** no count of failed trials, no evidence paragraph, no ketamine/TMS literature,
  no peer-to-peer. If the history is mentioned: escitalopram is **continuing** and had kept him **in remission**
  (never "failed"); sertraline was a **remission in the 2011-2012 episode**; hydroxyzine was **started at the care
  appealed** (not a prior trial).
- **Suicidality:** a **passive** wish on 09/14/2026 with no plan or intent, "mostly gone" 09/16, none on 09/28. Never
  "active suicidal ideation", "suicide attempt" or "imminent danger".
- **Other people:** the daughter booked the flights (she did not travel); nobody else's claim is involved.
- **Wrong law:** Medicare Advantage: no ERISA, no ACA rules (45 CFR 147.136, 147.138, 156.230), no No Surprises Act
  (45 CFR 149), no state insurance department, no parity, no external review request (the IRE review is automatic),
  no "Part B drug" 7-day clock, no 72-hour expedited route (payment for care already given).
- **Voice:** the wife writes as "I", about "my husband" / "Mr. Tomasek"; never his first person.

## Arguments a strong letter makes (strongest first)
1. **EOC Chapter 3, Section 3.2** covers urgently needed services **from any provider, contracted or not, when the
   member is temporarily outside the service area, without prior authorization**, expressly **including a sudden
   worsening of a mental health condition**. He was in Tucson from 09/10 to 09/24/2026 (itinerary), outside Lane,
   Linn and Benton Counties; both visits (09/14, 09/16) fall within that absence. Neither reason given applies: the
   contract status does not matter, and no advance approval is required. (Medicare's rule is the same: 42 CFR
   422.113(b).)
2. The care was needed right away and could not wait for his return: the **plan's own nurse line** told them on
   09/14/2026 to have him seen the same day and named the clinic (NL-26-0914-08817); PHQ-9 23, GAD-7 18, two nights
   without sleep, a passive death wish; first Oregon opening 09/28/2026.
3. Ask the plan to reverse the denial and pay the claim as urgently needed services at the $45 cost sharing
   (reimbursing what she paid, $730, less that cost sharing), within 60 days; enclose the EOC excerpt, the
   itinerary, the call record, the clinic's two notes, the receipts and the CMS-1696.

## What a letter must NOT say
- "emergency", "emergency services", "emergency room", "prudent layperson" as the ground; "imminent danger";
  "active suicidal ideation".
- "no in-network provider was available", "network gap exception", "single-case agreement", "retroactive
  authorization", "the plan failed to maintain an adequate network".
- "failed escitalopram", "failed sertraline", a count of failed trials, "medically necessary" as the only ground.
- "ERISA", "45 CFR 147", "No Surprises Act", "state insurance department", "external review", "parity", "7 days",
  "72 hours".
- the daughter as a patient or traveler; any exact amount the plan "will pay".
- Mr. Tomasek's first person ("I was in Tucson").
"""

ANSWERS = [
    ("EOC urgently needed services", "other/eoc-2026-chapter-3-excerpt.txt",
     "If you are temporarily outside the plan's service area, we cover urgently needed services you get from any provider, whether or not the provider has a contract with us."),
    ("no prior authorization", "other/eoc-2026-chapter-3-excerpt.txt",
     "You do not need prior authorization for urgently needed services."),
    ("mental health included", "other/eoc-2026-chapter-3-excerpt.txt", "including a sudden worsening of a mental health condition"),
    ("service area", "other/eoc-2026-chapter-3-excerpt.txt", "Lane, Linn and Benton Counties, Oregon"),
    ("cost sharing", "other/eoc-2026-chapter-3-excerpt.txt", "$45 copay per visit"),
    ("trip out", "other/travel-itinerary-2026.txt", "Outbound: 09/10/2026"),
    ("trip back", "other/travel-itinerary-2026.txt", "Return:   09/24/2026"),
    ("nurse line reference", "case.yaml", "NL-26-0914-08817"),
    ("nurse line advice", "case.yaml", "he should be seen the same day by a behavioral health urgent care"),
    ("referred by the nurse line", "clinical/urgent-care-evaluation-2026-09-14.txt", "Referred by: his Medicare Advantage plan's nurse line, same day"),
    ("dates and codes", "denial/notice-of-denial-of-payment-2026-10-19.txt", "90792 on 09/14/2026 ($420.00); 90839 on 09/16/2026 ($310.00)"),
    ("denial's own list", "denial/notice-of-denial-of-payment-2026-10-19.txt",
     "covered only for emergency care, urgently needed services, or when approved by the plan in advance"),
    ("notice date", "denial/notice-of-denial-of-payment-2026-10-19.txt", "Date: 10/19/2026"),
    ("65 days", "denial/notice-of-denial-of-payment-2026-10-19.txt", "within 65 days of the date of this notice"),
    ("severity at the crisis", "clinical/urgent-care-evaluation-2026-09-14.txt", "PHQ-9 23; GAD-7 18."),
    ("not an emergency", "clinical/urgent-care-evaluation-2026-09-14.txt", "Not an emergency-department level of risk."),
    ("passive, no plan", "clinical/urgent-care-evaluation-2026-09-14.txt", "passive wish not to wake up; no plan, intent or preparatory behavior"),
    ("first Oregon opening", "clinical/urgent-care-evaluation-2026-09-14.txt", "visit booked 09/28/2026, the first opening after his return"),
    ("escitalopram continuing in remission", "clinical/oregon-psychiatry-follow-up-2026-09-28.txt", "in remission on it until September 2026"),
    ("CMS-1696", "other/cms-1696-appointment-2026-10-25.txt", "I appoint Lorraine Tomasek, my wife"),
]
