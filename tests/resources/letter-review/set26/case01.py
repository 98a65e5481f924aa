"""Set 26, case 01 (FICTIONAL): Part D plan refuses to pay back a non-network pharmacy fill made while travelling
after the member's medication was lost with her checked bag; redetermination asked by her adult daughter."""

SLUG = "01-part-d-out-of-network-pharmacy-lost-medication-travel-redetermination-daughter"

CASE_YAML = r"""
# FICTIONAL CASE (set 26, case 01) - every person, plan, pharmacy, number and address is invented.
# Stand-alone Medicare Part D plan (PDP), Minnesota. Mrs. Osterhout, 72, takes lamotrigine ER 200 mg nightly for
# bipolar II disorder (stable since 2019). Her checked bag, with her medicines, was lost on a flight to Utah on
# 09/08/2026; on 09/10/2026 she filled 30 tablets at a non-network pharmacy in Moab, UT and paid $184.60. The plan
# refused to pay her back (coverage determination of 10/20/2026): "lost medication is not an emergency" and "a network
# pharmacy (Red Rock Drug, Moab) was available". Its own EOC covers out-of-network fills when a member travelling
# outside the service area loses her drugs; Red Rock Drug left the network on 01/01/2026. Her daughter, appointed on
# form CMS-1696, asks for the redetermination.
patient:
  name: Evelyn Osterhout
  salutation: Mrs. Osterhout
  date_of_birth: 1954-02-11
  member_id: FICT-LSR-7720418836
  address: |-
    2217 Woodland Avenue
    Duluth, MN 55803
  phone: (218) 555-0114
insurer:
  name: Lakeshore Senior Rx (PDP) (FICTIONAL)
  appeals_address: |-
    Lakeshore Senior Rx - Part D Appeals (address FICTIONAL)
    PO Box 64420
    St. Paul, MN 55164
  fax: (651) 555-0172
claim:
  number: CD-26-1020-558214
  plan_type: medicare_part_d
  notice_date: 2026-10-20
  appeal_deadline: 2026-12-24
  deadline_basis: >-
    Notice of 10/20/2026: "You must ask for a redetermination within 65 days from the date of this notice."
  service_dates: [2026-09-10]
  diagnosis_codes: [F31.81]
  denial_reason: >-
    We cannot pay you back for this prescription. The pharmacy where it was filled (Canyon Country Pharmacy, Moab,
    UT) is not in our network. We cover drugs filled at out-of-network pharmacies only in limited situations, such as
    a medical emergency. Replacing lost medication is not a medical emergency. In addition, a network pharmacy (Red
    Rock Drug, Moab, UT) was available to you.
  denial_category: out_of_network
  denial_reasons: [out_of_network]
  corrections:
    - said: "a network pharmacy (Red Rock Drug, Moab, UT) was available to you"
      record: >-
        Red Rock Drug left the plan's network on January 1, 2026 (the plan's own 2026 Annual Notice of Change lists it
        among the pharmacies leaving the network), and the plan's own pharmacy locator, searched on September 10, 2026
        at 5:22 pm, found no network pharmacy within 100 miles of Moab; the nearest was in Price, UT, 117 miles away
      file: other/annual-notice-of-change-2026-pharmacy-excerpt.txt
      page: 1
plan_policy:
  name: Evidence of Coverage 2026, Chapter 5, Section 2.5 (out-of-network pharmacies)
  quote: >-
    We cover prescriptions filled at an out-of-network pharmacy only when you are not able to use a network pharmacy.
    We will cover your prescription at an out-of-network pharmacy in these situations: (a) You are traveling within
    the United States but outside our service area, and you run out of or lose your covered drugs, or become ill and
    need a covered drug, and you cannot get the drug at a network pharmacy. (b) You are in an area under a federal or
    state declaration of disaster or public health emergency and cannot reach a network pharmacy. (c) You need a
    covered drug that no network pharmacy you can reach keeps in stock. (d) The prescription is filled at a pharmacy
    of a hospital emergency department or urgent care clinic where you were treated. Before you use an out-of-network
    pharmacy, please call Member Services to ask whether a network pharmacy is near you. Out-of-network fills under
    this section are limited to a 30-day supply of each drug. You will usually have to pay the full cost when you fill
    the prescription and then ask us to pay you back (Chapter 7). You may have to pay the difference between what you
    paid and what we would have paid at a network pharmacy, in addition to your usual cost sharing.
  file: other/eoc-2026-chapter5-excerpt.txt
  other_terms: >-
    Our service area is the State of Minnesota. (Evidence of Coverage 2026, Chapter 1, Section 2.3)
  other_terms_file: other/eoc-2026-chapter5-excerpt.txt
network:
  - name: Lakeshore Senior Rx online pharmacy locator (searched for Moab, UT 84532)
    date: 2026-09-10
    outcome: >-
      No network pharmacy within 100 miles of Moab, UT; the nearest listed network pharmacy was Carbon Family
      Pharmacy in Price, UT, 117 miles from Moab
    evidence: {file: other/pharmacy-locator-printout-2026-09-10.txt, page: 1}
  - name: Lakeshore Senior Rx Member Services pharmacy line (call reference PH-26-0910-4471)
    date: 2026-09-10
    outcome: >-
      The representative confirmed no network pharmacy near Moab, said the nearest was in Price, UT, and said Mrs.
      Osterhout could pay at a local pharmacy and send a request to be paid back with her receipt and a note about
      the lost bag
    evidence: {file: other/call-notes-2026-09-10.txt, page: 1}
treatment:
  name: Lamotrigine extended-release 200 mg tablets, 30-day supply filled on September 10, 2026
  summary: >-
    Lamotrigine ER 200 mg nightly has kept Mrs. Osterhout's bipolar II disorder in remission since 2019; it is on the
    plan's Drug List (Tier 2). The 30 tablets replaced the supply lost with her checked bag.
clinical:
  severity: Euthymic, PHQ-9 3 on 10/02/2026; no depressive or hypomanic episode since 2019
  severity_date: 2026-10-02
  suicidality: none
  suicidality_date: 2026-10-02
  history:
    - drug: Lamotrigine ER
      dose: 200 mg at bedtime
      start: 2019-03
      ongoing: true
      kind: other
      failed: false
      response: remission
      outcome: Remission since 2019; continues (the drug of this claim)
      evidence: {file: clinical/prescriber-letter-2026-10-02.txt, page: 1}
    - drug: Quetiapine
      dose: 25 mg at bedtime as needed for sleep
      start: 2021-06
      ongoing: true
      kind: other
      outcome: For sleep only, a few nights a month; not a treatment of the mood disorder
      evidence: {file: clinical/prescriber-letter-2026-10-02.txt, page: 1}
    - drug: Sertraline (2016 episode)
      dose: 50 mg daily
      start: 2016-10
      end: 2016-11
      kind: antidepressant
      adequate: false
      outcome: Stopped after 3 weeks when she became hypomanic (the episode that led to the bipolar II diagnosis)
      evidence: {file: clinical/prescriber-letter-2026-10-02.txt, page: 1}
author:
  name: Claire Osterhout-Lind
  role: Daughter of the member and her appointed representative (form CMS-1696)
  relation: representative
  authorization: other/cms-1696-appointment-2026-11-02.txt
  address: |-
    415 Kenwood Avenue
    Duluth, MN 55811
  phone: (218) 555-0152
  email: claire.ol@mail.example
provider:
  name: Harriet Sandoval-Reyes
  credentials: MD
  npi: "1839204751"
  address: |-
    Lake Superior Psychiatry Associates, 600 East Superior Street, Suite 310
    Duluth, MN 55802
  phone: (218) 555-0137
call_log:
  - date: 2026-09-10
    who: Lakeshore Senior Rx Member Services, pharmacy line (representative "Tom")
    reference: PH-26-0910-4471
    summary: >-
      Called from Moab, UT at 5:31 pm Mountain time: medicines lost with a checked bag on 09/08. The representative
      found no network pharmacy near Moab (nearest Price, UT) and said to pay at a local pharmacy and send the
      receipt with a request to be paid back.
reimbursement:
  amount_billed: "$184.60"
  amount_paid: "$0.00"
record_dates:
  - file: clinical/prescriber-letter-2026-10-02.txt
    date: 2026-10-02
bates_prefix: OSTERHOUT
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {}

DOCS["denial/coverage-determination-2026-10-20.txt"] = """
LAKESHORE SENIOR RX (PDP) (FICTIONAL) - A MEDICARE PRESCRIPTION DRUG PLAN
NOTICE OF DENIAL OF MEDICARE PRESCRIPTION DRUG COVERAGE (request for payment)      Date of this notice: 10/20/2026
Page 1 of 1

Member: Evelyn Osterhout          Member ID: FICT-LSR-7720418836          Case number: CD-26-1020-558214
Request received: 10/01/2026 (paper request to be paid back, with a receipt)
Drug: lamotrigine ER 200 mg tablets, quantity 30, filled 09/10/2026 at Canyon Country Pharmacy, Moab, UT
Amount you paid: $184.60
This drug is on our Drug List (Tier 2).

We denied your request. We cannot pay you back for this prescription. The pharmacy where it was filled (Canyon
Country Pharmacy, Moab, UT) is not in our network. We cover drugs filled at out-of-network pharmacies only in limited
situations, such as a medical emergency. Replacing lost medication is not a medical emergency. In addition, a network
pharmacy (Red Rock Drug, Moab, UT) was available to you.

Reviewed by: Pharmacy Benefit Review, Lakeshore Senior Rx.

YOUR RIGHT TO APPEAL: You have the right to ask us for a redetermination (appeal) of this decision. You must ask for a
redetermination within 65 days from the date of this notice. Mail or fax your request to: Lakeshore Senior Rx - Part
D Appeals, PO Box 64420, St. Paul, MN 55164; fax (651) 555-0172. Because this is a request to pay you back for a drug
you already received, a fast (expedited) redetermination is not available. Someone else may appeal for you if you
appoint them (for example on form CMS-1696).
"""

DOCS["other/eoc-2026-chapter5-excerpt.txt"] = """
LAKESHORE SENIOR RX (PDP) (FICTIONAL) - 2026 EVIDENCE OF COVERAGE (excerpts)          Plan year: 01/01/2026 - 12/31/2026
Page 1

Chapter 1, Section 2.3 - Service area
Our service area is the State of Minnesota. If you move out of the service area you must tell us; if you are away
on a trip, you stay a member.

Chapter 5, Section 2.5 - When can you use a pharmacy that is not in the plan's network?
We cover prescriptions filled at an out-of-network pharmacy only when you are not able to use a network pharmacy.
We will cover your prescription at an out-of-network pharmacy in these situations:
(a) You are traveling within the United States but outside our service area, and you run out of or lose your covered
    drugs, or become ill and need a covered drug, and you cannot get the drug at a network pharmacy.
(b) You are in an area under a federal or state declaration of disaster or public health emergency and cannot reach a
    network pharmacy.
(c) You need a covered drug that no network pharmacy you can reach keeps in stock.
(d) The prescription is filled at a pharmacy of a hospital emergency department or urgent care clinic where you were
    treated.
Before you use an out-of-network pharmacy, please call Member Services to ask whether a network pharmacy is near you.
Out-of-network fills under this section are limited to a 30-day supply of each drug.

Chapter 5, Section 2.6 - Paying for an out-of-network fill
You will usually have to pay the full cost when you fill the prescription and then ask us to pay you back (Chapter
7). You may have to pay the difference between what you paid and what we would have paid at a network pharmacy, in
addition to your usual cost sharing.

Chapter 7, Section 2.1 - Asking us to pay you back
Send us the request form or a letter with your receipt within 36 months of the date you filled the prescription.
"""

DOCS["other/pharmacy-locator-printout-2026-09-10.txt"] = """
LAKESHORE SENIOR RX (FICTIONAL) - FIND A PHARMACY (printout from the plan's website)
Search run: 09/10/2026 5:22 PM Mountain time        Printed: 09/10/2026          Page 1
Plan: Lakeshore Senior Rx (PDP) 2026        Search near: Moab, UT 84532        Distance: within 100 miles

Results: No network pharmacies were found within 100 miles of this location.
Nearest network pharmacy: Carbon Family Pharmacy, 88 East Main Street, Price, UT - 117 miles.
Mail-order pharmacy: available for refills; delivery in 5 to 8 business days.
"""

DOCS["other/call-notes-2026-09-10.txt"] = """
NOTES OF A CALL TO THE PLAN, written by Claire Osterhout-Lind the same evening          Date: 09/10/2026          Page 1

I called Lakeshore Senior Rx Member Services (pharmacy line) for my mother from Moab, UT at 5:31 pm Mountain time on
Thursday 09/10/2026, on speaker with her. Reference PH-26-0910-4471, representative "Tom".
- I said her checked bag with all her medicines was lost on the flight to Salt Lake City on 09/08 and she had
  lamotrigine left only through that night.
- Tom looked up pharmacies: nothing in the network near Moab; the nearest he found was in Price, UT. Mail order would
  take 5 to 8 business days.
- He said to fill it at a local pharmacy, pay, and send the receipt with a request to be paid back and a note about the
  lost bag.
Dr. Sandoval-Reyes's office phoned a new prescription to Canyon Country Pharmacy, Moab, at about 6 pm; we picked it up
at 6:40 pm.
"""

DOCS["other/pharmacy-receipt-and-reimbursement-request-2026-09-29.txt"] = """
REQUEST TO BE PAID BACK FOR A PRESCRIPTION (member form) - Lakeshore Senior Rx (FICTIONAL)     Signed: 09/29/2026
Page 1 of 2

Member: Evelyn Osterhout, ID FICT-LSR-7720418836
Drug: lamotrigine ER 200 mg, quantity 30 (30 days), filled 09/10/2026, Canyon Country Pharmacy, Moab, UT
Prescriber: Harriet Sandoval-Reyes, MD
Why an out-of-network pharmacy: I was traveling in Utah. My checked bag with my medicines was lost on 09/08/2026
(airline report enclosed). The plan's pharmacy line found no network pharmacy near Moab.
Amount paid: $184.60
Signature: Evelyn Osterhout (signed)

Page 2 of 2 - receipt attached to the form
CANYON COUNTRY PHARMACY (FICTIONAL), Moab, UT        09/10/2026 18:40        Receipt 0044817
Rx 6610395  OSTERHOUT, EVELYN    lamotrigine ER 200 mg tab  #30   cash        $184.60
Rx 6610396  OSTERHOUT, GERALD    atorvastatin 20 mg tab     #30   cash         $18.20
Total paid by card ending 4471:                                          $202.80
(Only the first line is Evelyn's. Gerald Osterhout, her husband, is on another plan; his fill is not part of this
request.)
"""

DOCS["other/airline-baggage-report-2026-09-08.txt"] = """
NORTHWIND AIRWAYS (FICTIONAL) - PROPERTY IRREGULARITY REPORT          Filed: 09/08/2026, Salt Lake City (SLC)
Page 1

File reference: SLCNW-48812          Flight: NW 1187 Minneapolis (MSP) to Salt Lake City (SLC), 09/08/2026
Passengers: OSTERHOUT/EVELYN MRS and OSTERHOUT/GERALD MR          Bags checked: 2; bags not arrived: 1
Missing bag: gray hard-sided suitcase, tag NW 884129
Contents declared: clothing; toiletries; prescription medications (several bottles) belonging to Evelyn Osterhout
Delivery address while travelling: Desert Sage Lodge, Moab, UT (09/08-09/15/2026)

Status 09/22/2026: bag not located; file closed; claim for contents paid.
"""

DOCS["other/travel-itinerary-2026.txt"] = """
TRIP ITINERARY (printed from the travel agency's e-mail) - FICTIONAL          Issued: 08/14/2026          Page 1

Travellers: Evelyn Osterhout, Gerald Osterhout
09/08/2026  Flight NW 1187 Minneapolis (MSP) 10:05 - Salt Lake City (SLC) 11:52; rental car
09/08-09/15  Desert Sage Lodge, Moab, UT
09/15-09/21  Canyon View Inn, Springdale, UT
09/22/2026  Flight NW 1190 Salt Lake City (SLC) 07:40 - Minneapolis (MSP) 11:25
"""

DOCS["other/annual-notice-of-change-2026-pharmacy-excerpt.txt"] = """
LAKESHORE SENIOR RX (PDP) (FICTIONAL) - ANNUAL NOTICE OF CHANGE FOR 2026 (excerpt)      Mailed: 09/2025      Page 4

Changes to our pharmacy network for 2026
These pharmacies are leaving our network on January 1, 2026. After that date we cover prescriptions filled there
only as described in Chapter 5, Section 2.5 of the Evidence of Coverage.
- Red Rock Drug, 40 North Main Street, Moab, UT
- Prairie Apothecary, 12 First Street, Ortonville, MN
- Valley Health Pharmacy, 301 Center Avenue, Moorhead, MN
"""

DOCS["other/pharmacy-directory-2025-excerpt.txt"] = """
LAKESHORE SENIOR RX (PDP) (FICTIONAL) - PHARMACY DIRECTORY 2025 (excerpt, printed by the family on 08/20/2026)
This directory lists network pharmacies for plan year 2025 (01/01/2025 - 12/31/2025).          Page 37

Utah (travel)
- Red Rock Drug, 40 North Main Street, Moab, UT 84532
- Carbon Family Pharmacy, 88 East Main Street, Price, UT 84501
"""

DOCS["other/cms-1696-appointment-2026-11-02.txt"] = """
APPOINTMENT OF REPRESENTATIVE (form CMS-1696, as completed - FICTIONAL copy)          Signed: 11/02/2026          Page 1

Name of party: Evelyn Osterhout          Medicare number: FICT-MBI-4TR7-KX2-PL18
Plan member ID: FICT-LSR-7720418836
I appoint Claire Osterhout-Lind, 415 Kenwood Avenue, Duluth, MN 55811, phone (218) 555-0152, to act as my
representative in connection with my claim or asserted right under title XVIII of the Social Security Act (Medicare),
including my request to be paid back for lamotrigine filled on 09/10/2026 (case CD-26-1020-558214).
Signature of party: Evelyn Osterhout (signed 11/02/2026)
Acceptance: I, Claire Osterhout-Lind, accept this appointment. Relationship: daughter. I will not charge a fee.
Signature of representative: Claire Osterhout-Lind (signed 11/02/2026)
"""

DOCS["clinical/prescriber-letter-2026-10-02.txt"] = """
LAKE SUPERIOR PSYCHIATRY ASSOCIATES (FICTIONAL)          Letter date: 10/02/2026          Page 1
To whom it may concern - re: Evelyn Osterhout, DOB 02/11/1954

I have treated Mrs. Osterhout since 2016 for bipolar II disorder (F31.81). Her first depressive episode was treated
with sertraline 50 mg in October 2016; after three weeks she became hypomanic and it was stopped, which led to the
diagnosis. Since March 2019 she has taken lamotrigine extended-release 200 mg at bedtime and has had no depressive or
hypomanic episode since; she is in remission (PHQ-9 3 today, no suicidal thoughts). She also takes quetiapine 25 mg at
bedtime, as needed, for sleep a few nights a month; that low dose is not a treatment of her mood disorder.

Lamotrigine should not be interrupted. If it is stopped for more than about five half-lives (several days at her
dose), the labeling calls for restarting at the low starting dose and building up again over weeks, because of the
risk of serious rash, and a relapse can come in that time. When her bag was lost in Utah on 09/08/2026 she had tablets
only through 09/10. My office phoned a new 30-day prescription to the nearest open pharmacy in Moab on 09/10/2026 so
that she would miss no dose, and she missed none.

Harriet Sandoval-Reyes, MD, NPI 1839204751, (218) 555-0137
"""

TRUTH = r"""
# 01 - Part D PDP: refund of a non-network pharmacy fill after medication lost in travel; redetermination asked by the daughter (FICTIONAL)

All people, plans, pharmacies, numbers and addresses are invented (FICTIONAL).

## What is true
- Evelyn Osterhout, 72 (DOB 02/11/1954), Duluth, MN, is enrolled in **Lakeshore Senior Rx (PDP)**, a stand-alone
  Medicare Part D plan whose **service area is Minnesota** (EOC 2026, Ch. 1, s. 2.3).
- She has **bipolar II disorder (F31.81)**, in remission since 2019 on **lamotrigine ER 200 mg** at bedtime. The drug
  is **on the plan's Drug List (Tier 2)** (the notice says so). Nothing about the drug or its need is disputed.
- On **09/08/2026** her checked bag, with her medicines, was lost on flight NW 1187 MSP-SLC (airline report
  SLCNW-48812; never found). She was on a trip in Utah from **09/08 to 09/22/2026** (itinerary), outside the service
  area, and had tablets only through 09/10.
- On **09/10/2026** (Thursday) the plan's own locator found **no network pharmacy within 100 miles of Moab; the nearest
  was in Price, UT, 117 miles**; its Member Services pharmacy line (call **PH-26-0910-4471**) said the same and told
  her to pay locally and ask to be paid back. Her psychiatrist phoned a new prescription to **Canyon Country Pharmacy,
  Moab** (non-network); she paid **$184.60 for 30 tablets (a 30-day supply)** and missed no dose.
- She asked to be paid back on **09/29/2026** (received 10/01). The plan denied it by a **notice dated 10/20/2026**
  (case **CD-26-1020-558214**): "lost medication is not a medical emergency" and "a network pharmacy (Red Rock Drug,
  Moab, UT) was available".
- The plan's **EOC 2026, Ch. 5, s. 2.5(a)** covers an out-of-network fill when the member is "traveling within the
  United States but outside our service area, and you run out of or lose your covered drugs ... and you cannot get the
  drug at a network pharmacy"; emergencies are a separate item (d), not a condition of (a). The fill meets (a): travel
  in the US, outside Minnesota, drugs lost, no network pharmacy reachable, and it is within the **30-day supply** limit.
  She called Member Services first, as the EOC asks.
- **Red Rock Drug left the network on 01/01/2026** (Annual Notice of Change for 2026); the decision relied on a
  network listing that was no longer true (the 2025 directory lists it).
- **Stage and rule:** this is a request for a **redetermination** by the Part D plan (42 CFR 423.580), due **65 days
  from the date of the notice: by 12/24/2026** (423.582(b); the notice says the same). A payment request has **no
  expedited route** (the notice says so); the plan decides a payment redetermination within 14 days (423.590(b)). If
  upheld, the next level is the Part D independent review entity, which the member asks for.
- **Author:** Claire Osterhout-Lind, her daughter, appointed on **form CMS-1696 signed 11/02/2026**; she writes about
  her mother ("my mother", "Mrs. Osterhout").

## Deliberately unknown
- How much the plan would have paid at a network pharmacy, and her Tier 2 cost sharing: the EOC says she may have to
  pay the difference; the amount to be paid back is **not** known and must not be stated as $184.60.
- Whether the plan will also ask for the airline's compensation record or a prescriber statement: not in the case.
- Her 2026 out-of-pocket total toward the Part D cap: not in the case.

## Traps
- **Document and date, not medicine.** The question is the EOC's out-of-network rule and the facts of the trip; it is
  not a medical-necessity, formulary, step-therapy or tiering question. No count of failed trials, no evidence
  paragraph, no literature, no peer-to-peer, no "clinical reviewer of the same specialty".
- **The drug works.** Lamotrigine has kept her in remission since 2019: never "failed", never an "inadequate
  response". Sertraline (2016) was stopped after 3 weeks for a hypomanic switch: not an adequate trial and not a
  failure of this treatment. Quetiapine 25 mg is a **sleep dose**, not a trial.
- **Not an emergency claim.** The plan's "not a medical emergency" misreads its own EOC: item (a) (travel + lost drugs)
  does not need an emergency. A letter must not rest on calling the loss an emergency or on emergency-services law.
- **Not a network gap / adequacy case.** 45 CFR 156.230 (Marketplace) and 42 CFR 438.206 (Medicaid) do not govern a
  Part D plan; the plan's network near her home is not in question.
- **Stale document:** the 2025 pharmacy directory the family printed lists Red Rock Drug; it is not the 2026 network.
  A letter must not say Red Rock Drug was a network pharmacy in 2026, nor that she should have used it.
- **Other person on a document:** the receipt also has **Gerald Osterhout's atorvastatin ($18.20)**; the request is
  for her line only ($184.60), never $202.80.
- **Wrong law:** no ERISA (29 CFR 2560.503-1), no ACA external review (45 CFR 147.136), no parity (MHPAEA does not reach
  Medicare), no state insurance department, no Medicare Advantage rules (422.x), no "60 days after receipt", no
  72-hour/expedited request.
- **Voice:** the daughter writes "I" for herself and about her mother; never the patient's "I".

## Arguments a strong letter makes (strongest first)
1. The plan's own **EOC 2026, Ch. 5, s. 2.5(a)** covers this fill: travelling in the US outside the Minnesota service
   area (09/08-09/22/2026, itinerary), her drugs lost with her bag on 09/08 (airline report), no network pharmacy she
   could reach (the plan's locator and its own Member Services on 09/10: nearest network pharmacy 117 miles away),
   a 30-day supply; she called Member Services first as the EOC asks. Item (a) does not require an emergency.
2. The decision's fact is wrong: **Red Rock Drug left the network on 01/01/2026** (the plan's own Annual Notice of
   Change); on 09/10/2026 the plan's locator showed no network pharmacy within 100 miles.
3. Ask that the denial be reversed and she be paid back for the 09/10/2026 fill under EOC s. 2.5-2.6 (what the plan
   would have paid at a network pharmacy, less her usual cost sharing), within the plan's time for a payment
   redetermination; enclose the notice, EOC excerpt, ANOC excerpt, locator printout, call notes, airline report,
   itinerary, receipt/request form, prescriber letter and CMS-1696. Timely: by 12/24/2026.

## What a letter must NOT say
- "medically necessary" as the ground; "failed" lamotrigine or any count of failed trials; "formulary exception",
  "step therapy", "tiering exception"; "the drug is not on the formulary".
- "Red Rock Drug was in network" / "she could have used Red Rock Drug"; "$202.80"; Gerald's drug as hers; "the plan
  must pay $184.60" (the full price as owed).
- "emergency" as the basis (or the emergency-services rules), "network gap exception", "network adequacy", "45 CFR
  156.230", "438.206".
- "ERISA", "29 CFR 2560.503-1", "45 CFR 147.136", "external review", "parity", "MHPAEA", "state insurance department",
  "42 CFR 422", "expedited", "72 hours".
- The patient's first person ("I lost my bag").
"""

ANSWERS = [
    ("denial/coverage-determination-2026-10-20.txt", "Date of this notice: 10/20/2026"),
    ("denial/coverage-determination-2026-10-20.txt", "Replacing lost medication is not a medical emergency"),
    ("denial/coverage-determination-2026-10-20.txt", "a network pharmacy (Red Rock Drug, Moab, UT) was available"),
    ("denial/coverage-determination-2026-10-20.txt", "within 65 days from the date of this notice"),
    ("denial/coverage-determination-2026-10-20.txt", "This drug is on our Drug List (Tier 2)"),
    ("denial/coverage-determination-2026-10-20.txt", "a fast (expedited) redetermination is not available"),
    ("other/eoc-2026-chapter5-excerpt.txt", "Our service area is the State of Minnesota"),
    ("other/eoc-2026-chapter5-excerpt.txt", "you run out of or lose your covered drugs"),
    ("other/eoc-2026-chapter5-excerpt.txt", "limited to a 30-day supply of each drug"),
    ("other/eoc-2026-chapter5-excerpt.txt", "You may have to pay the difference between what you paid and what we would have paid"),
    ("other/pharmacy-locator-printout-2026-09-10.txt", "No network pharmacies were found within 100 miles"),
    ("other/pharmacy-locator-printout-2026-09-10.txt", "Price, UT - 117 miles"),
    ("other/call-notes-2026-09-10.txt", "PH-26-0910-4471"),
    ("other/annual-notice-of-change-2026-pharmacy-excerpt.txt", "leaving our network on January 1, 2026"),
    ("other/annual-notice-of-change-2026-pharmacy-excerpt.txt", "Red Rock Drug, 40 North Main Street, Moab, UT"),
    ("other/pharmacy-directory-2025-excerpt.txt", "network pharmacies for plan year 2025"),
    ("other/airline-baggage-report-2026-09-08.txt", "prescription medications (several bottles) belonging to Evelyn Osterhout"),
    ("other/travel-itinerary-2026.txt", "09/22/2026  Flight NW 1190"),
    ("other/pharmacy-receipt-and-reimbursement-request-2026-09-29.txt", "lamotrigine ER 200 mg tab  #30   cash        $184.60"),
    ("other/pharmacy-receipt-and-reimbursement-request-2026-09-29.txt", "OSTERHOUT, GERALD    atorvastatin"),
    ("other/cms-1696-appointment-2026-11-02.txt", "Relationship: daughter"),
    ("clinical/prescriber-letter-2026-10-02.txt", "she became hypomanic and it was stopped"),
    ("clinical/prescriber-letter-2026-10-02.txt", "quetiapine 25 mg at bedtime, as needed, for sleep"),
]
