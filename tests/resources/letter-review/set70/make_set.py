#!/usr/bin/env python3
"""FICTIONAL test set 70 (issue 18, process emphasis). Writes eight case folders + truth files and self-checks.
Usage: make_set.py [--check] [NN ...]"""
import io, re, shutil, subprocess, sys
from pathlib import Path
from ruamel.yaml import YAML

HERE = Path(__file__).resolve().parent
HDR = "FICTIONAL DOCUMENT - appeal-kit letters test set 70, case {n}. Every person, plan, provider, number and address is invented."
FTR = "END OF FICTIONAL DOCUMENT (test set 70) - not a real patient, plan or provider."
TRUTH_HEADS = ["What is true", "Deliberately unknown", "Traps", "Arguments a strong letter makes", "What a letter must NOT say"]
C = []

# ---------------------------------------------------------------- 01
C.append(dict(slug="01-insured-employer-ppo-timely-filing-plan-own-365-day-limit-notice-received-late-180-days-from-receipt-billing-advocate",
yaml="""# FICTIONAL CASE (set 70, case 01) - every person, plan, provider, number and address is invented.
# Insured employer group PPO (ERISA), Ohio. Post-service timely-filing denial (CO-29) of psychotherapy claims the
# clinic's clearinghouse had accepted in time; the plan's own certificate allows 365 days. Notice dated 11/20/2026,
# received 11/25/2026 (envelope postmarked 11/23). First internal appeal: 180 days from receipt (29 CFR
# 2560.503-1(h)(3)(i)): 05/24/2027. A patient advocate writes with the patient's signed authorization.
patient:
  name: Odalys Fenwick-Tran
  salutation: Ms. Fenwick-Tran
  date_of_birth: 1988-02-14
  member_id: FICT-BKP-55102938
  address: |-
    77 Larchmere Court
    Dayton, OH 45409
  phone: (937) 555-0114
insurer:
  name: Buckeye Keystone Health Insurance Company (FICTIONAL)
  appeals_address: |-
    Buckeye Keystone Member Appeals (FICTIONAL)
    PO Box 40211
    Columbus, OH 43240
  fax: (614) 555-0152
claim:
  number: BKH-26-0612-771094
  plan_type: employer_erisa
  funding: insured
  employees: 640
  notice_date: 2026-11-20
  appeal_deadline: 2027-05-24
  deadline_basis: >-
    180 days following receipt of the notice (29 CFR 2560.503-1(h)(3)(i)); the notice, dated 11/20/2026, was
    received 11/25/2026 (envelope postmarked 11/23/2026). Counted from the notice date the last day would be
    05/19/2027, the safer date to file by.
  service_dates: [2026-06-12, 2026-06-19, 2026-06-26]
  procedure_codes: ["90837"]
  diagnosis_codes: [F43.10]
  carc_codes: [CO-29]
  denial_reason: >-
    The time limit for filing has expired. Claims must be received within 90 days of the date of service. This
    claim was received 10/02/2026.
  denial_category: timely_filing
  denial_reasons: [timely_filing]
  action: none
  coding_correct: true
plan_policy:
  name: Buckeye Keystone Group Certificate of Coverage, Section 9.1 (Filing a Claim)
  number: COC-9.1
  quote: >-
    Claims must be submitted within 365 days after the date of service. A claim is considered submitted on the
    date it is accepted by our designated electronic clearinghouse.
  file: other/certificate-section-9-1.txt
filing:
  first_submitted: 2026-07-02
  received: 2026-07-02
  proof: other/clearinghouse-acceptance-report.txt
  method: electronic claim through the plan's designated clearinghouse
  limit_deadline: 2027-06-12
  limit_from: 2026-06-12
  limit_from_what: the first date of service
treatment:
  name: Three one-hour trauma-focused therapy sessions (90837) in June 2026
  summary: Weekly trauma-focused psychotherapy for post-traumatic stress disorder.
author:
  name: Marguerite Oyelaran-Bassi
  role: Patient advocate, Miami Valley Claims Help (FICTIONAL)
  relation: representative
  authorization: other/authorized-representative-form.txt
  address: |-
    310 Wayne Avenue, Suite 4
    Dayton, OH 45410
  phone: (937) 555-0147
  email: moyelaran@mvclaimshelp.example
provider:
  name: Dr. Teodor Halvorsen-Ngata
  credentials: PsyD, licensed psychologist
  npi: "1642037711"
  address: |-
    1200 Far Hills Avenue
    Dayton, OH 45419
  phone: (937) 555-0131
record_dates:
  - file: denial/eob-denial-2026-11-20.txt
    date: 2026-11-20
    received: 2026-11-25
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
docs={
"denial/eob-denial-2026-11-20.txt": """BUCKEYE KEYSTONE HEALTH INSURANCE COMPANY (FICTIONAL) - EXPLANATION OF BENEFITS
Date of notice: 11/20/2026
Member: Odalys Fenwick-Tran   Member ID: FICT-BKP-55102938   Group: Vandalia Tool & Die (FICTIONAL), 640 employees
Claim number: BKH-26-0612-771094
Provider: Dr. Teodor Halvorsen-Ngata, PsyD
Dates of service: 06/12/2026, 06/19/2026, 06/26/2026   Code: 90837 x3   Diagnosis: F43.10
Billed: $555.00   Allowed: $0.00   Plan paid: $0.00
Adjustment: CO-29
Reason: The time limit for filing has expired. Claims must be received within 90 days of the date of service.
This claim was received 10/02/2026.

YOUR RIGHT TO APPEAL: You may appeal within 180 days after you receive this notice. Send your appeal to
Buckeye Keystone Member Appeals (FICTIONAL), PO Box 40211, Columbus, OH 43240, or fax (614) 555-0152.
After our final decision you may have the right to an external review.
""",
"other/envelope-and-mail-log.txt": """MIAMI VALLEY CLAIMS HELP (FICTIONAL) - MAIL RECEIPT LOG
Client: Odalys Fenwick-Tran
Item: Buckeye Keystone EOB dated 11/20/2026, claim BKH-26-0612-771094
Envelope postmark: 11/23/2026
Received by the member: 11/25/2026 (member's mail, logged the same evening; envelope scanned)
Logged by: Marguerite Oyelaran-Bassi, patient advocate
""",
"other/clearinghouse-acceptance-report.txt": """OHIO VALLEY CLAIMS EXCHANGE (FICTIONAL) - CLAIM ACCEPTANCE REPORT (277CA)
Payer: Buckeye Keystone Health Insurance Company (FICTIONAL), payer ID FKBK1
Submitter: Halvorsen-Ngata Psychology (FICTIONAL), NPI 1642037711
Patient: Odalys Fenwick-Tran   Member ID: FICT-BKP-55102938
Dates of service: 06/12/2026, 06/19/2026, 06/26/2026   Code 90837 x3
Transmitted: 07/02/2026 09:14   Status: ACCEPTED BY PAYER 07/02/2026   Payer claim control: BKH-26-0612-771094
Note: payer pended the claim 07/09/2026 requesting the member's other-insurance questionnaire; questionnaire returned
by the member 09/28/2026; payer re-keyed the claim 10/02/2026.
""",
"other/certificate-section-9-1.txt": """BUCKEYE KEYSTONE GROUP CERTIFICATE OF COVERAGE (FICTIONAL), 2026 PLAN YEAR
Section 9.1 Filing a Claim
Claims must be submitted within 365 days after the date of service. A claim is considered submitted on the
date it is accepted by our designated electronic clearinghouse.
Section 9.4 Appeals: You have 180 days after you receive a notice of adverse benefit determination to appeal.
""",
"other/authorized-representative-form.txt": """BUCKEYE KEYSTONE AUTHORIZED REPRESENTATIVE DESIGNATION (FICTIONAL)
I, Odalys Fenwick-Tran (Member ID FICT-BKP-55102938), name Marguerite Oyelaran-Bassi of Miami Valley Claims Help
as my authorized representative for the appeal of claim BKH-26-0612-771094.
Signed: Odalys Fenwick-Tran   Date: 12/01/2026
""",
"clinical/treatment-summary-2026-06.txt": """HALVORSEN-NGATA PSYCHOLOGY (FICTIONAL) - TREATMENT SUMMARY
Patient: Odalys Fenwick-Tran   DOB 02/14/1988
Diagnosis: F43.10. Weekly trauma-focused therapy, one-hour sessions on 06/12, 06/19 and 06/26/2026.
PCL-5 58 on 06/12/2026.
""",
},
truth="""# 01 - Insured employer PPO: timely-filing denial the plan's own certificate answers; notice received late (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Ms. Fenwick-Tran is in an **insured employer group PPO** (ERISA; employer of 640). The plan denied three 90837
  sessions (06/12, 06/19, 06/26/2026) as **timely filing (CO-29)**: "received within 90 days ... received 10/02/2026".
- The plan's own **Certificate Section 9.1** allows **365 days** and counts a claim submitted when the clearinghouse
  accepts it. The clearinghouse report shows acceptance by the payer on **07/02/2026** (20 days after the first
  date of service); the plan pended it for a COB questionnaire and re-keyed it 10/02/2026.
- **Level:** first internal appeal, post-service. **True deadline: 05/24/2027** - 180 days following **receipt**
  (29 CFR 2560.503-1(h)(3)(i); Certificate 9.4 says the same). Received 11/25/2026 (mail log). Conservative date
  counted from the notice date: 05/19/2027. The plan decides a post-service appeal within 60 days (2560.503-1(i)(1)).
- Author: a patient advocate with a signed authorized-representative designation dated 12/01/2026.

## Deliberately unknown
- Why the notice applied a 90-day rule (perhaps a provider-contract term): not in the record.
- Whether the plan has a second internal level: not stated.

## Traps
- The date that counts is **receipt**, not the notice date; the letter should not say the appeal is due 180 days
  "from the date of the notice" as the rule, nor invent a 60-day window.
- The re-key date 10/02/2026 is **not** the filing date; 07/02/2026 is.
- Not a medical-judgment denial: no clinical reviewer / peer-to-peer request.
- Advocate voice: writes about "Ms. Fenwick-Tran", not "I" as the patient.

## Arguments a strong letter makes
1. The plan's own terms: 365 days, and submitted = accepted by the clearinghouse; accepted 07/02/2026.
2. Even the notice's 90-day figure is met by 07/02/2026.
3. The appeal is timely (within 180 days of receipt 11/25/2026); ask that the claims be processed and paid.
4. Enclose the acceptance report, certificate section and representative form.

## What a letter must NOT say
- "the claim was filed late" or that 10/02/2026 was the filing date.
- "medical necessity", "peer-to-peer", "external review" requested now for a filing denial (external review,
  for this insured plan under Ohio law and 45 CFR 147.136(c)-(d), reaches medical-judgment and rescission denials,
  not a filing-limit dispute).
- Medicaid, Medicare or Marketplace citations (45 CFR 156, 42 CFR 438).
""",
answers=[
("Notice date", "Date of notice: 11/20/2026", "denial/eob-denial-2026-11-20.txt"),
("Claim number", "BKH-26-0612-771094", "denial/eob-denial-2026-11-20.txt"),
("CARC", "CO-29", "denial/eob-denial-2026-11-20.txt"),
("Filing limit the denial applied", "within 90 days of the date of service", "denial/eob-denial-2026-11-20.txt"),
("Received date the denial states", "This claim was received 10/02/2026", "denial/eob-denial-2026-11-20.txt"),
("Appeal window printed", "within 180 days after you receive this notice", "denial/eob-denial-2026-11-20.txt"),
("Day the member received the notice", "Received by the member: 11/25/2026", "other/envelope-and-mail-log.txt"),
("Postmark", "Envelope postmark: 11/23/2026", "other/envelope-and-mail-log.txt"),
("Plan's own filing limit", "within 365 days after the date of service", "other/certificate-section-9-1.txt"),
("When a claim counts as submitted", "accepted by our designated electronic clearinghouse", "other/certificate-section-9-1.txt"),
("Clearinghouse acceptance date", "ACCEPTED BY PAYER 07/02/2026", "other/clearinghouse-acceptance-report.txt"),
("Why the plan re-keyed", "re-keyed the claim 10/02/2026", "other/clearinghouse-acceptance-report.txt"),
("Representative form signed", "Date: 12/01/2026", "other/authorized-representative-form.txt"),
("Dates of service", "06/12/2026, 06/19/2026, 06/26/2026", "denial/eob-denial-2026-11-20.txt"),
("Employer size", "640 employees", "denial/eob-denial-2026-11-20.txt"),
("Appeals fax", "(614) 555-0152", "denial/eob-denial-2026-11-20.txt"),
]))

# ---------------------------------------------------------------- 02
C.append(dict(slug="02-medicare-advantage-hmo-urgently-needed-care-out-of-area-crisis-visit-denied-no-auth-payment-reconsideration-65-days-daughter-cms1696",
yaml="""# FICTIONAL CASE (set 70, case 02) - every person, plan, provider, number and address is invented.
# Medicare Advantage HMO, Michigan. A walk-in psychiatric crisis visit in Colorado while the member was visiting
# family (09/18-10/02/2026) was denied as out of network without authorization (PR-242). Urgently needed services out
# of the service area need no authorization and cost in-network cost sharing (42 CFR 422.113(b)(1)(iii), (b)(2)).
# Payment reconsideration: 65 days from the date of the notice 11/17/2026 (42 CFR 422.582(b)) = 01/21/2027; decided
# within 60 days (422.590(b)). The daughter writes with form CMS-1696.
patient:
  name: Walter Brzezinski-Amadi
  salutation: Mr. Brzezinski-Amadi
  date_of_birth: 1955-09-03
  member_id: FICT-GLM-20776154
  address: |-
    4418 Eastlawn Drive
    Lansing, MI 48910
  phone: (517) 555-0119
insurer:
  name: Great Lakes Meridian Medicare Advantage HMO (FICTIONAL)
  appeals_address: |-
    Great Lakes Meridian Appeals and Grievances (FICTIONAL)
    PO Box 33190
    Grand Rapids, MI 49501
  fax: (616) 555-0173
claim:
  number: GLM-26-0924-448210
  plan_type: medicare_advantage
  notice_date: 2026-11-17
  appeal_deadline: 2027-01-21
  deadline_basis: 65 days from the date of the notice of 11/17/2026 (42 CFR 422.582(b)).
  service_dates: [2026-09-24]
  procedure_codes: ["90792"]
  diagnosis_codes: [F33.2]
  carc_codes: [PR-242]
  denial_reason: >-
    Services were received from a provider outside the Great Lakes Meridian HMO network without a prior
    authorization. Non-emergency care outside the network is not covered.
  denial_category: out_of_network
  denial_reasons: [out_of_network, prior_authorization]
  action: none
urgently_needed:
  care: true
  away: {from: 2026-09-18, to: 2026-10-02, where: "Fort Collins, Colorado", proof: other/travel-itinerary.txt}
  why: >-
    Four days after his sertraline ran out during the trip he had not slept for three nights, had panic attacks
    and passive thoughts of death; the walk-in clinic saw him the same day and restarted his medication.
  file: clinical/walk-in-crisis-visit-2026-09-24.txt
  service_area: the Michigan counties listed in the Evidence of Coverage, Chapter 1
  cost_share: the in-network specialist copay of $40
plan_policy:
  name: Great Lakes Meridian Evidence of Coverage 2026, Chapter 4, Section 1.2 (urgently needed services)
  number: EOC-4.1.2
  quote: >-
    Urgently needed services are covered when you are temporarily outside the plan's service area, without prior
    authorization, and you pay the same cost sharing as for in-network care.
  file: other/evidence-of-coverage-excerpt.txt
treatment:
  name: Same-day walk-in psychiatric crisis assessment (90792) on 09/24/2026 in Fort Collins, Colorado
  summary: An unplanned psychiatric visit for a relapse of depression with panic, while away from the service area.
clinical:
  suicidality: passive
  suicidality_date: 2026-09-24
author:
  name: Renata Brzezinski-Amadi
  role: Daughter and appointed representative (form CMS-1696)
  relation: representative
  authorization: other/cms-1696-appointment.txt
  address: |-
    90 Cherry Hill Road
    Okemos, MI 48864
  phone: (517) 555-0128
  email: renata.ba@mailbox.example
provider:
  name: Poudre Valley Walk-In Behavioral Clinic (FICTIONAL)
  npi: "1328094556"
  address: |-
    410 Laurel Street
    Fort Collins, CO 80521
  phone: (970) 555-0126
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
docs={
"denial/payment-denial-notice-2026-11-17.txt": """GREAT LAKES MERIDIAN MEDICARE ADVANTAGE HMO (FICTIONAL)
NOTICE OF DENIAL OF PAYMENT
Date of this notice: 11/17/2026
Member: Walter Brzezinski-Amadi   Member ID: FICT-GLM-20776154
Claim: GLM-26-0924-448210   Provider: Poudre Valley Walk-In Behavioral Clinic, Fort Collins, CO (not in network)
Service: 90792 on 09/24/2026   Billed: $385.00
Adjustment: PR-242
Why we denied: Services were received from a provider outside the Great Lakes Meridian HMO network without a prior
authorization. Non-emergency care outside the network is not covered.
Your right to appeal: You may ask us for a reconsideration. Your request must be received within 65 days from the
date of this notice. We will decide a payment request within 60 days. Someone else may appeal for you if you name
them on form CMS-1696 (Appointment of Representative).
Appeals: Great Lakes Meridian Appeals and Grievances (FICTIONAL), PO Box 33190, Grand Rapids, MI 49501;
fax (616) 555-0173.
""",
"clinical/walk-in-crisis-visit-2026-09-24.txt": """POUDRE VALLEY WALK-IN BEHAVIORAL CLINIC (FICTIONAL) - CRISIS ASSESSMENT
Date: 09/24/2026   Patient: Walter Brzezinski-Amadi, age 71, visiting from Lansing, Michigan
Sertraline 100 mg ran out 09/20/2026 (supply left at home). No sleep for three nights, daily panic attacks, passive
thoughts of death, no plan or intent. PHQ-9 22.
Seen the same day as a walk-in. Sertraline restarted; 10-day supply; follow up with his Michigan psychiatrist on return.
""",
"other/travel-itinerary.txt": """NORTHSTAR AIR (FICTIONAL) - ITINERARY
Passenger: Walter Brzezinski-Amadi
Depart Lansing (LAN) 09/18/2026 -> Denver (DEN); return Denver 10/02/2026 -> Lansing.
Purpose noted by the member: visiting his son in Fort Collins, Colorado.
""",
"other/evidence-of-coverage-excerpt.txt": """GREAT LAKES MERIDIAN MEDICARE ADVANTAGE HMO (FICTIONAL) - EVIDENCE OF COVERAGE 2026
Chapter 1: The service area is the Michigan counties of Ingham, Eaton, Clinton and Kent.
Chapter 4, Section 1.2: Urgently needed services are covered when you are temporarily outside the plan's service area, without prior
authorization, and you pay the same cost sharing as for in-network care.
Chapter 4 benefit chart: specialist visit, in network: $40 copay.
""",
"other/cms-1696-appointment.txt": """APPOINTMENT OF REPRESENTATIVE (form CMS-1696) - FICTIONAL COPY
Beneficiary: Walter Brzezinski-Amadi   Medicare number: FICT-1EG4-TE5-MK72
I appoint Renata Brzezinski-Amadi, my daughter, to act as my representative in connection with my claim or
asserted right under Medicare.
Beneficiary signature date: 11/24/2026   Representative acceptance date: 11/24/2026
""",
},
truth="""# 02 - Medicare Advantage HMO: urgently needed psychiatric visit out of the service area denied for no authorization (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Mr. Brzezinski-Amadi (71) is in a **Medicare Advantage HMO** whose service area is four Michigan counties. On a
  trip to Colorado (09/18-10/02/2026, itinerary) his sertraline ran out; on **09/24/2026** a walk-in clinic saw him
  the same day (PHQ-9 22, panic, passive thoughts of death, no plan or intent).
- The plan denied payment (PR-242): out of network, no prior authorization, "non-emergency".
- Urgently needed services while temporarily out of the service area are covered **without prior authorization**
  at **in-network cost sharing** (42 CFR 422.113(b)(1)(iii), (b)(2)(ii); the plan's own EOC Chapter 4, Section 1.2).
  The in-network specialist copay is $40.
- **Level:** first level, a **reconsideration** of a payment denial by the plan (42 CFR 422.578, 422.580).
  **True deadline: 01/21/2027** - 65 days from the date of the notice (422.582(b)). Decision within 60 days
  (422.590(b)); an upheld denial goes to the IRE automatically (422.592).
- The daughter writes as **appointed representative** (CMS-1696 signed 11/24/2026).

## Deliberately unknown
- Whether the visit also met the emergency (prudent layperson) standard: the case argues urgently needed care only.
- The amount the plan will allow.

## Traps
- Not an emergency-department visit: do not call it emergency care or cite the emergency rules as the ground.
- Not "redetermination", not "second level", not "external review"; no ERISA, no parity.
- Passive thoughts of death only (no "active suicidal ideation").
- The daughter writes about "Mr. Brzezinski-Amadi", not "I" as the patient.

## Arguments a strong letter makes
1. He was temporarily outside the service area (itinerary); the care could not wait for his return (crisis note).
2. The plan's own EOC and 422.113 cover such care without prior authorization, at the $40 in-network copay.
3. Ask that the claim be paid at in-network cost sharing; the reconsideration is timely (by 01/21/2027).

## What a letter must NOT say
- "no authorization was needed because it was an emergency"; "medical necessity was not met"; "60 days from receipt";
  "ERISA"; "45 CFR 147.136"; that the plan must pay "out-of-network" cost sharing.
""",
answers=[
("Notice date", "Date of this notice: 11/17/2026", "denial/payment-denial-notice-2026-11-17.txt"),
("Claim", "GLM-26-0924-448210", "denial/payment-denial-notice-2026-11-17.txt"),
("CARC", "PR-242", "denial/payment-denial-notice-2026-11-17.txt"),
("Window printed", "within 65 days from the", "denial/payment-denial-notice-2026-11-17.txt"),
("Plan decision time printed", "within 60 days", "denial/payment-denial-notice-2026-11-17.txt"),
("Billed", "$385.00", "denial/payment-denial-notice-2026-11-17.txt"),
("Date of service", "90792 on 09/24/2026", "denial/payment-denial-notice-2026-11-17.txt"),
("Trip dates", "09/18/2026 -> Denver", "other/travel-itinerary.txt"),
("Return", "return Denver 10/02/2026", "other/travel-itinerary.txt"),
("Service area", "Ingham, Eaton, Clinton and Kent", "other/evidence-of-coverage-excerpt.txt"),
("EOC section", "Chapter 4, Section 1.2", "other/evidence-of-coverage-excerpt.txt"),
("In-network copay", "$40 copay", "other/evidence-of-coverage-excerpt.txt"),
("Why urgent", "No sleep for three nights, daily panic attacks", "clinical/walk-in-crisis-visit-2026-09-24.txt"),
("Suicidality", "no plan or intent", "clinical/walk-in-crisis-visit-2026-09-24.txt"),
("Medication ran out", "ran out 09/20/2026", "clinical/walk-in-crisis-visit-2026-09-24.txt"),
("CMS-1696 signed", "Beneficiary signature date: 11/24/2026", "other/cms-1696-appointment.txt"),
]))

# ---------------------------------------------------------------- 03
C.append(dict(slug="03-medicaid-managed-care-age-19-iop-end-notice-says-30-days-and-fair-hearing-now-plan-appeal-first-continuation-10-days-epsdt-mother",
yaml="""# FICTIONAL CASE (set 70, case 03) - every person, plan, provider, number and address is invented.
# Medicaid managed care, Kentucky, member aged 19. The plan ends an authorized IOP on 12/11/2026 (notice 12/01/2026).
# The notice wrongly prints "30 days" and "you may ask for a state fair hearing now". Rule: a plan appeal first,
# within 60 days of the notice date (42 CFR 438.402(c)(2)(ii)): 01/30/2027; benefits continue if filed within 10 days
# of the notice or by the effective date (438.420): by 12/11/2026. EPSDT reaches a member under 21.
# The mother writes as the adult member's authorized representative.
patient:
  name: Keziah Montclair-Obi
  salutation: Ms. Montclair-Obi
  date_of_birth: 2007-04-22
  member_id: FICT-BGC-80413372
  address: |-
    25 Rosewood Terrace
    Lexington, KY 40505
  phone: (859) 555-0117
insurer:
  name: Bluegrass Commonwealth Care Medicaid Plan (FICTIONAL)
  appeals_address: |-
    Bluegrass Commonwealth Care, Member Appeals (FICTIONAL)
    PO Box 22870
    Louisville, KY 40252
  fax: (502) 555-0168
claim:
  number: BCC-AUTH-26-1020-6615
  plan_type: medicaid
  delivery: managed_care
  notice_date: 2026-12-01
  appeal_deadline: 2027-01-30
  deadline_basis: >-
    60 days from the date on the notice of 12/01/2026 (42 CFR 438.402(c)(2)(ii)). The notice prints "30 days",
    which is wrong. To keep the IOP during the appeal, file within 10 days of the notice or by 12/11/2026, the
    effective date (42 CFR 438.420(a)).
  action: end
  action_date: 2026-12-11
  setting: intensive_outpatient
  pending_services: [remaining 12 IOP days authorized through 01/15/2027]
  procedure_codes: [S9480]
  diagnosis_codes: [F33.1]
  denial_reason: >-
    Continued intensive outpatient treatment is not medically necessary. Criterion 3 of policy BH-IOP-7 is not met:
    the member is attending school part time and can be treated in routine outpatient therapy.
  denial_category: medical_necessity
  denial_reasons: [level_of_care]
  reviewer: {name: Dr. Anselm Kowalczyk-Reyes, specialty: family medicine}
plan_policy:
  name: Bluegrass Commonwealth Care Behavioral Health Policy BH-IOP-7, Intensive Outpatient Programs
  number: BH-IOP-7
  quote: >-
    Criterion 3. The member's symptoms cause significant impairment in school, work or home functioning that
    cannot be managed in routine outpatient care.
  file: denial/notice-of-adverse-benefit-determination-2026-12-01.txt
payer_criteria:
  - criterion: 3. The member's symptoms cause significant impairment in school, work or home functioning that cannot be managed in routine outpatient care
    how_met: >-
      She attends college only two half-days a week as a medical accommodation after missing 6 weeks of classes,
      and weekly outpatient therapy from March to September 2026 did not prevent that decline (PHQ-9 19 on 11/24/2026)
    met: true
    evidence: [{file: other/school-attendance-letter.txt, page: 1}, {file: clinical/iop-progress-note-2026-11-24.txt, page: 1}]
alternatives:
  - treatment: routine outpatient therapy
    level: outpatient
    why_not: Weekly outpatient therapy from March to September 2026 was followed by six weeks out of school and admission to the IOP.
    proof: clinical/iop-progress-note-2026-11-24.txt
treatment:
  name: Adolescent and young adult intensive outpatient program (S9480), 3 days a week
  summary: Continued IOP for recurrent depression with school refusal and self-harm urges.
  plan: Three IOP days a week through 01/15/2027, PHQ-9 weekly, step down to weekly therapy when PHQ-9 is under 10 for two weeks.
clinical:
  severity: PHQ-9 19 on 11/24/2026
  severity_date: 2026-11-24
  suicidality: passive
  suicidality_date: 2026-11-24
  history:
    - {drug: Weekly outpatient psychotherapy (CBT), start: 2026-03-02, end: 2026-09-28, kind: psychotherapy, sessions: 26, outcome: worsened; six weeks out of school, evidence: {file: clinical/iop-progress-note-2026-11-24.txt, page: 1}}
    - {drug: Fluoxetine, dose: 40 mg daily, start: 2026-04-06, end: 2026-10-19, kind: antidepressant, weeks: 28, adequate: true, failed: true, outcome: partial response only; continued at the same dose, evidence: {file: clinical/iop-progress-note-2026-11-24.txt, page: 1}}
impact:
  daily_life: Attends school two half-days a week under a reduced schedule arranged by the school.
author:
  name: Lorraine Montclair-Obi
  role: Mother and authorized representative
  relation: representative
  authorization: other/authorized-representative-form.txt
  address: |-
    25 Rosewood Terrace
    Lexington, KY 40505
  phone: (859) 555-0117
  email: lmontclair@homemail.example
provider:
  name: Bluegrass Youth Bridges IOP (FICTIONAL)
  npi: "1775023165"
  address: |-
    800 Nicholasville Road
    Lexington, KY 40503
  phone: (859) 555-0145
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
docs={
"denial/notice-of-adverse-benefit-determination-2026-12-01.txt": """BLUEGRASS COMMONWEALTH CARE MEDICAID PLAN (FICTIONAL)
NOTICE OF ADVERSE BENEFIT DETERMINATION
Date: 12/01/2026
Member: Keziah Montclair-Obi   Member ID: FICT-BGC-80413372   Date of birth: 04/22/2007
Authorization: BCC-AUTH-26-1020-6615 (S9480, intensive outpatient, 10/20/2026 - 01/15/2027)
Action: We are ending the authorization. Services end on 12/11/2026.
Reason: Continued intensive outpatient treatment is not medically necessary. Criterion 3 of policy BH-IOP-7 is not met:
the member is attending school part time and can be treated in routine outpatient therapy.
Policy BH-IOP-7, Criterion 3. The member's symptoms cause significant impairment in school, work or home functioning that
cannot be managed in routine outpatient care.
Reviewer: Dr. Anselm Kowalczyk-Reyes, family medicine
YOUR RIGHTS: You have 30 days to appeal. You may ask for a state fair hearing now.
Appeals: Bluegrass Commonwealth Care, Member Appeals (FICTIONAL), PO Box 22870, Louisville, KY 40252; fax (502) 555-0168.
""",
"clinical/iop-progress-note-2026-11-24.txt": """BLUEGRASS YOUTH BRIDGES IOP (FICTIONAL) - PROGRESS NOTE
Date: 11/24/2026   Patient: Keziah Montclair-Obi, age 19
PHQ-9 19. Passive wish not to wake up; no plan or intent. Attends school two half-days a week on a reduced
schedule arranged by the school after 6 weeks of absence; not able to attend full days.
History: weekly outpatient CBT 03/02/2026 - 09/28/2026 (26 sessions), worsened; fluoxetine 40 mg since 04/06/2026, partial response.
Admitted to IOP 10/20/2026 from outpatient care.
Plan: continue IOP 3 days a week through 01/15/2027.
""",
"other/school-attendance-letter.txt": """LEXINGTON COMMUNITY COLLEGE (FICTIONAL) - DISABILITY SERVICES
Date: 11/20/2026
Keziah Montclair-Obi is enrolled on a reduced schedule of two half-days a week as a medical accommodation. She
missed 6 weeks of classes in September and October 2026.
""",
"other/authorized-representative-form.txt": """BLUEGRASS COMMONWEALTH CARE (FICTIONAL) - AUTHORIZED REPRESENTATIVE FORM
Member: Keziah Montclair-Obi (age 19)   Representative: Lorraine Montclair-Obi, mother
Signed by the member: 12/03/2026
""",
},
truth="""# 03 - Medicaid managed care, member 19: IOP ended; the notice names the wrong window and the wrong level (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Ms. Montclair-Obi is **19** (under 21: EPSDT, 42 USC 1396d(r)(5)) in **Medicaid managed care**. The plan ends an
  IOP authorized through 01/15/2027, effective **12/11/2026** (notice 12/01/2026: 10 days' notice, 42 CFR 431.211 met).
- **Level:** the plan's own appeal comes **first**; a state fair hearing only after the plan's resolution (or deemed
  exhaustion) (42 CFR 438.402(c)(1)(i), 438.408(f)). The notice wrongly says "You may ask for a state fair hearing now".
- **True deadline: 01/30/2027** - 60 days from the date on the notice (42 CFR 438.402(c)(2)(ii)); the notice's
  "30 days" is wrong. To keep the IOP during the appeal: file by **12/11/2026** (within 10 days of the notice /
  by the effective date, 438.420(a)-(b)).
- The policy criterion asks for significant impairment in school; the record shows a reduced schedule of two
  half-days a week after six weeks' absence. The reviewer is a family physician.
- Author: the mother, as authorized representative (the member is an adult; form signed 12/03/2026).

## Deliberately unknown
- Whether Kentucky offers an optional external review; the plan's resolution time if extended.

## Traps
- Not a state fair hearing request now; not "30 days"; not "second level".
- The member is 19, not a minor: the mother needs the form (she is not a "parent of a patient under 18").
- Passive ideation only.
- No ERISA / 147.136 / "name and qualifications" as a duty.

## Arguments a strong letter makes
1. Ask for the plan appeal now and **continuation of the IOP** during it (438.420), filed before 12/11/2026.
2. Criterion 3 is met: reduced school schedule (college letter), PHQ-9 19.
3. EPSDT: a member under 21 is entitled to medically necessary care to correct or ameliorate the condition.
4. Ask for a reviewer with behavioral-health expertise (438.406(b)(2)) and note the 60-day window.

## What a letter must NOT say
- "30 days" as the rule; a fair hearing request in place of the plan appeal; "active suicidal ideation";
  "29 CFR 2560.503-1"; "parent of a minor".
""",
answers=[
("Notice date", "Date: 12/01/2026", "denial/notice-of-adverse-benefit-determination-2026-12-01.txt"),
("Effective date of the end", "Services end on 12/11/2026", "denial/notice-of-adverse-benefit-determination-2026-12-01.txt"),
("Wrong window printed", "You have 30 days to appeal", "denial/notice-of-adverse-benefit-determination-2026-12-01.txt"),
("Wrong level printed", "You may ask for a state fair hearing now", "denial/notice-of-adverse-benefit-determination-2026-12-01.txt"),
("Authorization number", "BCC-AUTH-26-1020-6615", "denial/notice-of-adverse-benefit-determination-2026-12-01.txt"),
("Authorized period", "10/20/2026 - 01/15/2027", "denial/notice-of-adverse-benefit-determination-2026-12-01.txt"),
("Policy", "BH-IOP-7", "denial/notice-of-adverse-benefit-determination-2026-12-01.txt"),
("Reviewer specialty", "family medicine", "denial/notice-of-adverse-benefit-determination-2026-12-01.txt"),
("Date of birth", "04/22/2007", "denial/notice-of-adverse-benefit-determination-2026-12-01.txt"),
("Severity", "PHQ-9 19", "clinical/iop-progress-note-2026-11-24.txt"),
("Suicidality", "no plan or intent", "clinical/iop-progress-note-2026-11-24.txt"),
("School schedule", "two half-days a week", "other/school-attendance-letter.txt"),
("Absence", "missed 6 weeks of classes", "other/school-attendance-letter.txt"),
("Representative form signed", "Signed by the member: 12/03/2026", "other/authorized-representative-form.txt"),
("Member's age on form", "(age 19)", "other/authorized-representative-form.txt"),
("Appeals fax", "(502) 555-0168", "denial/notice-of-adverse-benefit-determination-2026-12-01.txt"),
]))

# ---------------------------------------------------------------- 04
C.append(dict(slug="04-tricare-prime-pcm-referral-on-file-claim-processed-point-of-service-reconsideration-90-days-sponsor",
yaml="""# FICTIONAL CASE (set 70, case 04) - every person, plan, provider, number and address is invented.
# TRICARE Prime, active-duty family member, Virginia. Psychiatric evaluation and medication visits processed under
# the point-of-service option ("no referral on file"); the PCM's referral was approved 08/26/2026. Reconsideration
# by the regional contractor: 90 days from the date of the initial determination 10/30/2026 (32 CFR 199.10):
# 01/28/2027. The sponsor (spouse) writes.
patient:
  name: Ines Haverford-Quaye
  salutation: Mrs. Haverford-Quaye
  date_of_birth: 1993-12-05
  member_id: FICT-DBN-6620417795
  address: |-
    1408 Harbor Watch Drive
    Virginia Beach, VA 23455
  phone: (757) 555-0121
insurer:
  name: East Region TRICARE Contractor, Tidewater Federal Health Services (FICTIONAL)
  appeals_address: |-
    Tidewater Federal Health Services, TRICARE Appeals (FICTIONAL)
    PO Box 870044
    Norfolk, VA 23510
  fax: (757) 555-0165
claim:
  number: TFH-26-0911-205533
  plan_type: tricare
  notice_date: 2026-10-30
  appeal_deadline: 2027-01-28
  deadline_basis: 90 days from the date of the initial determination (TRICARE Summary Payment Voucher) of 10/30/2026 (32 CFR 199.10).
  service_dates: [2026-09-11, 2026-10-09]
  procedure_codes: ["90792", "99214"]
  diagnosis_codes: [F43.12]
  carc_codes: [PR-243]
  denial_reason: >-
    Services were processed under the point-of-service option because no referral from your primary care manager
    was on file. Point-of-service deductible and 50% cost share apply.
  denial_category: prior_authorization
  denial_reasons: [prior_authorization]
  action: none
prior_auth:
  approved:
    number: referral R-26-0826-44917
    date: 2026-08-26
    covers: outpatient psychiatry evaluation and up to 6 follow-up visits with Dr. Yusuf Lindqvist-Abara, 08/26/2026 - 02/26/2027
    quote: "Referral R-26-0826-44917 APPROVED. Specialty: psychiatry. Visits: evaluation + 6. Valid 08/26/2026 - 02/26/2027."
    file: other/referral-approval-2026-08-26.txt
    what_went_wrong: the claims were processed without matching the referral on file
treatment:
  name: A first psychiatric assessment (90792) and a medication follow-up visit (99214)
  summary: Outpatient psychiatric care on a PCM referral for chronic PTSD.
author:
  name: Lt. Cmdr. Desmond Haverford-Quaye
  role: Sponsor (spouse), active duty
  relation: representative
  authorization: other/appointment-of-representative.txt
  address: |-
    1408 Harbor Watch Drive
    Virginia Beach, VA 23455
  phone: (757) 555-0121
provider:
  name: Dr. Yusuf Lindqvist-Abara
  credentials: MD, psychiatry (TRICARE network)
  npi: "1488602933"
  address: |-
    520 First Colonial Road
    Virginia Beach, VA 23454
  phone: (757) 555-0139
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
docs={
"denial/summary-payment-voucher-2026-10-30.txt": """TIDEWATER FEDERAL HEALTH SERVICES - TRICARE EAST (FICTIONAL)
TRICARE SUMMARY PAYMENT VOUCHER / EXPLANATION OF BENEFITS
Date: 10/30/2026
Beneficiary: Ines Haverford-Quaye (active-duty family member, TRICARE Prime)   DBN: FICT-DBN-6620417795
Claim: TFH-26-0911-205533   Provider: Dr. Yusuf Lindqvist-Abara (network)
09/11/2026 90792   10/09/2026 99214
Adjustment: PR-243
Remark: Services were processed under the point-of-service option because no referral from your primary care manager
was on file. Point-of-service deductible and 50% cost share apply.
Appeal rights: You may request a reconsideration. Your request must be postmarked or received within 90 days of the
date of this notice. Send it to Tidewater Federal Health Services, TRICARE Appeals (FICTIONAL), PO Box 870044,
Norfolk, VA 23510, or fax (757) 555-0165.
""",
"other/referral-approval-2026-08-26.txt": """TRICARE EAST REFERRAL AND AUTHORIZATION (FICTIONAL)
Date: 08/26/2026
Referral R-26-0826-44917 APPROVED. Specialty: psychiatry. Visits: evaluation + 6. Valid 08/26/2026 - 02/26/2027.
Referred by: PCM Lt. Dr. Hana Okonkwo-Berg, Naval Medical Clinic Oceana (FICTIONAL)
Referred to: Dr. Yusuf Lindqvist-Abara, network provider
""",
"other/appointment-of-representative.txt": """APPOINTMENT OF REPRESENTATIVE FOR A TRICARE APPEAL (FICTIONAL)
I, Ines Haverford-Quaye, appoint my spouse, Desmond Haverford-Quaye, to represent me in the reconsideration of
claim TFH-26-0911-205533.
Signed: Ines Haverford-Quaye   Date: 11/30/2026
""",
"clinical/psychiatric-evaluation-2026-09-11.txt": """LINDQVIST-ABARA PSYCHIATRY (FICTIONAL)
Date: 09/11/2026   Patient: Ines Haverford-Quaye
Reason for visit: referral from PCM for chronic PTSD (F43.12), referral R-26-0826-44917.
Plan: sertraline titration; follow-up 10/09/2026.
""",
},
truth="""# 04 - TRICARE Prime: referral on file, claim paid under point-of-service (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Mrs. Haverford-Quaye, an **active-duty family member in TRICARE Prime**, saw a network psychiatrist on 09/11 and
  10/09/2026 on her PCM's **approved referral R-26-0826-44917** (valid 08/26/2026 - 02/26/2027).
- The contractor processed the claims under **point-of-service** (deductible, 50% cost share), PR-243, saying no
  referral was on file.
- **Level:** first level, a **reconsideration** by the regional contractor (32 CFR 199.10). **True deadline:
  01/28/2027** - postmarked or received within 90 days of the date of the notice (10/30/2026).
- The sponsor writes with the beneficiary's signed appointment (adult spouse).

## Deliberately unknown
- The dollar amounts; why the referral did not match (provider ID or date keying).
- Whether point-of-service cost shares are appealable as a factual error vs. an allowable-charge issue.

## Traps
- Not a medical-necessity denial; no peer-to-peer.
- Not ERISA, not Medicare, not "external review"; the next level after reconsideration is a formal review by the
  Defense Health Agency (amount in dispute rules), not an IRO.
- The referral predates both visits; do not say "retroactive authorization".

## Arguments a strong letter makes
1. The referral was on file before the first visit, for this psychiatrist, and covers both visits.
2. Ask that the claims be reprocessed as TRICARE Prime referred care, point-of-service charges removed.
3. Timely (by 01/28/2027); enclose the referral and the appointment of representative.

## What a letter must NOT say
- "medical necessity", "peer-to-peer", "ERISA", "42 CFR 422", "external review", "no referral was obtained".
""",
answers=[
("Notice date", "Date: 10/30/2026", "denial/summary-payment-voucher-2026-10-30.txt"),
("Claim", "TFH-26-0911-205533", "denial/summary-payment-voucher-2026-10-30.txt"),
("CARC", "PR-243", "denial/summary-payment-voucher-2026-10-30.txt"),
("Option applied", "point-of-service option", "denial/summary-payment-voucher-2026-10-30.txt"),
("Cost share applied", "50% cost share", "denial/summary-payment-voucher-2026-10-30.txt"),
("Window printed", "postmarked or received within 90 days", "denial/summary-payment-voucher-2026-10-30.txt"),
("Program", "TRICARE Prime", "denial/summary-payment-voucher-2026-10-30.txt"),
("Referral number", "R-26-0826-44917", "other/referral-approval-2026-08-26.txt"),
("Referral approved on", "Date: 08/26/2026", "other/referral-approval-2026-08-26.txt"),
("Referral validity", "Valid 08/26/2026 - 02/26/2027", "other/referral-approval-2026-08-26.txt"),
("Visits covered", "evaluation + 6", "other/referral-approval-2026-08-26.txt"),
("Referring PCM", "Hana Okonkwo-Berg", "other/referral-approval-2026-08-26.txt"),
("Appointment signed", "Date: 11/30/2026", "other/appointment-of-representative.txt"),
("Dates of service", "09/11/2026 90792", "denial/summary-payment-voucher-2026-10-30.txt"),
("Second visit", "10/09/2026 99214", "denial/summary-payment-voucher-2026-10-30.txt"),
("Diagnosis", "F43.12", "clinical/psychiatric-evaluation-2026-09-11.txt"),
]))

# ---------------------------------------------------------------- 05
C.append(dict(slug="05-original-medicare-part-b-sep-enrollment-effective-date-not-entitled-denial-redetermination-120-days-presumed-receipt-patient",
yaml="""# FICTIONAL CASE (set 70, case 05) - every person, plan, provider, number and address is invented.
# Original Medicare Part B, Arizona. A psychiatric visit on 09/10/2026 denied as "not entitled to Part B on the date
# of service"; Part B took effect 09/01/2026 through a special enrollment period (SSA notice). MAC redetermination:
# 120 days from receipt of the MSN, receipt presumed 5 days after its date 11/12/2026 (42 CFR 405.942(a)):
# 03/17/2027. The patient writes.
patient:
  name: Rosalind Achebe-Sorensen
  salutation: Ms. Achebe-Sorensen
  date_of_birth: 1959-03-30
  member_id: FICT-4TQ9-UA2-PP81
  address: |-
    3302 East Palo Verde Lane
    Phoenix, AZ 85016
  phone: (602) 555-0142
insurer:
  name: Medicare Part B, Sonoran Administrative Contractor, Jurisdiction F (FICTIONAL)
  appeals_address: |-
    Sonoran Administrative Contractor, Part B Redeterminations (FICTIONAL)
    PO Box 61050
    Phoenix, AZ 85082
  fax: (602) 555-0187
claim:
  number: SAC-26-0910-0033718
  plan_type: medicare
  notice_date: 2026-11-12
  appeal_deadline: 2027-03-17
  deadline_basis: >-
    120 days from receipt of the Medicare Summary Notice dated 11/12/2026, receipt presumed 5 days after its date
    (42 CFR 405.942(a)).
  service_dates: [2026-09-10]
  procedure_codes: ["90792"]
  diagnosis_codes: [F31.81]
  carc_codes: [CO-26]
  denial_reason: >-
    Medicare Part B was not in effect on the date you received this service. Our records show your Part B
    coverage begins 01/01/2027.
  denial_category: other
  denial_reasons: [coverage_ended]
  action: none
eligibility:
  why: >-
    Part B began 09/01/2026 under a special enrollment period after her employer coverage ended 07/31/2026; the
    Social Security notice of 08/19/2026 gives that date. The contractor's record shows the general-enrollment date.
  start: 2026-09-01
  record: {name: Social Security notice of Medicare enrollment, date: 2026-08-19, file: other/ssa-part-b-enrollment-notice-2026-08-19.txt, page: 1}
treatment:
  name: A first psychiatric assessment visit (90792) on 09/10/2026
  summary: A first psychiatric evaluation for bipolar II depression.
author:
  name: Rosalind Achebe-Sorensen
  role: Patient
  relation: patient
  address: |-
    3302 East Palo Verde Lane
    Phoenix, AZ 85016
  phone: (602) 555-0142
  email: rachebe@desertmail.example
provider:
  name: Dr. Mateo Quispe-Halloran
  credentials: MD, psychiatry
  npi: "1193740259"
  address: |-
    2400 North Central Avenue
    Phoenix, AZ 85004
  phone: (602) 555-0133
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
docs={
"denial/medicare-summary-notice-2026-11-12.txt": """MEDICARE SUMMARY NOTICE - PART B (FICTIONAL)
Notice date: November 12, 2026
Rosalind Achebe-Sorensen   Medicare number: FICT-4TQ9-UA2-PP81
Claim number: SAC-26-0910-0033718   Provider: Dr. Mateo Quispe-Halloran
09/10/2026   90792   Medicare approved: $0.00   Maximum you may be billed: $412.00
Claim adjustment: CO-26
Notes: Medicare Part B was not in effect on the date you received this service. Our records show your Part B
coverage begins 01/01/2027.
How to appeal: If you disagree, file a redetermination request. We must receive it within 120 days of the date you
get this notice (we assume you got it 5 days after the notice date). Send it to Sonoran Administrative Contractor,
Part B Redeterminations (FICTIONAL), PO Box 61050, Phoenix, AZ 85082.
""",
"other/ssa-part-b-enrollment-notice-2026-08-19.txt": """SOCIAL SECURITY ADMINISTRATION - NOTICE OF MEDICARE ENROLLMENT (FICTIONAL COPY)
Date: August 19, 2026
Rosalind Achebe-Sorensen   Medicare number: FICT-4TQ9-UA2-PP81
We approved your request to enroll in Medicare Part B during a Special Enrollment Period.
Your Medicare Part B coverage starts September 1, 2026.
Group health plan coverage based on current employment ended July 31, 2026 (form CMS-L564 received).
""",
"other/medicare-card-copy.txt": """MEDICARE HEALTH INSURANCE CARD (FICTIONAL COPY)
Name: Rosalind Achebe-Sorensen   Medicare number: FICT-4TQ9-UA2-PP81
Hospital (Part A): 04-01-2024   Medical (Part B): 09-01-2026
""",
"clinical/psychiatric-evaluation-2026-09-10.txt": """QUISPE-HALLORAN PSYCHIATRY (FICTIONAL)
Date: 09/10/2026   Patient: Rosalind Achebe-Sorensen
Diagnostic evaluation; bipolar II disorder, current episode depressed (F31.81). Plan: lamotrigine titration.
""",
},
truth="""# 05 - Original Medicare Part B: "not entitled" although Part B began 09/01/2026 under a special enrollment period (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Ms. Achebe-Sorensen has **Original Medicare**. Part A from 04/01/2024; **Part B from 09/01/2026** through a special
  enrollment period (SSA notice 08/19/2026; card shows 09-01-2026). Employer coverage ended 07/31/2026.
- The MAC denied a 09/10/2026 psychiatric evaluation (CO-26, expenses before coverage) saying Part B begins 01/01/2027.
- **Level:** first level, **redetermination** by the MAC (42 CFR 405.940). **True deadline: 03/17/2027** - 120 days
  from receipt of the MSN, receipt presumed 5 days after its date 11/12/2026 (405.942(a)). The MAC decides within
  60 days (405.950).
- The patient writes herself ("I").

## Deliberately unknown
- Whether SSA has already sent the corrected entitlement to CMS; whether an ABN was given (not relevant: entitlement).
- Where the wrong 01/01/2027 date came from (the general enrollment period's date, by its look): the entitlement
  record itself is kept by SSA; if the contractor's record still shows 01/01/2027, she must also ask SSA to correct
  it. A letter may say so; it must not say SSA made the error.

## Traps
- Not medical necessity; no "limitation on liability" argument needed; no ABN.
- Not "reconsideration" (the QIC is the second level), not "appeal to the plan", no plan terms ("the plan's own terms").
- Not ERISA, not Medicare Advantage citations (422.x).
- The patient speaks as "I".

## Arguments a strong letter makes
1. Part B was in effect on 09/10/2026: SSA notice and card show 09/01/2026.
2. Ask the contractor to correct the entitlement record (or confirm it with SSA/CMS) and pay the claim.
3. Timely (by 03/17/2027).

## What a letter must NOT say
- "medically necessary" arguments as the ground; "the plan's policy"; "42 CFR 422"; "Ms. Achebe-Sorensen has"
  (third-person self-reference); "Part B begins 01/01/2027" as true.
""",
answers=[
("MSN date", "Notice date: November 12, 2026", "denial/medicare-summary-notice-2026-11-12.txt"),
("Claim", "SAC-26-0910-0033718", "denial/medicare-summary-notice-2026-11-12.txt"),
("CARC", "CO-26", "denial/medicare-summary-notice-2026-11-12.txt"),
("Wrong Part B date on the MSN", "coverage begins 01/01/2027", "denial/medicare-summary-notice-2026-11-12.txt"),
("Window printed", "within 120 days of the date you", "denial/medicare-summary-notice-2026-11-12.txt"),
("Presumed receipt", "5 days after the notice date", "denial/medicare-summary-notice-2026-11-12.txt"),
("Maximum billed", "$412.00", "denial/medicare-summary-notice-2026-11-12.txt"),
("Level named", "redetermination", "denial/medicare-summary-notice-2026-11-12.txt"),
("True Part B start", "Part B coverage starts September 1, 2026", "other/ssa-part-b-enrollment-notice-2026-08-19.txt"),
("Enrollment route", "Special Enrollment Period", "other/ssa-part-b-enrollment-notice-2026-08-19.txt"),
("Employer coverage ended", "ended July 31, 2026", "other/ssa-part-b-enrollment-notice-2026-08-19.txt"),
("SSA notice date", "Date: August 19, 2026", "other/ssa-part-b-enrollment-notice-2026-08-19.txt"),
("Card Part B date", "Medical (Part B): 09-01-2026", "other/medicare-card-copy.txt"),
("Card Part A date", "Hospital (Part A): 04-01-2024", "other/medicare-card-copy.txt"),
("Date of service", "09/10/2026", "clinical/psychiatric-evaluation-2026-09-10.txt"),
("Diagnosis", "F31.81", "clinical/psychiatric-evaluation-2026-09-10.txt"),
]))

# ---------------------------------------------------------------- 06
C.append(dict(slug="06-short-term-limited-duration-policy-preexisting-lookback-24-vs-12-months-policy-own-60-day-appeal-no-federal-rule-patient",
yaml="""# FICTIONAL CASE (set 70, case 06) - every person, plan, provider, number and address is invented.
# Short-term limited-duration policy, Tennessee, in force 08/01/2026-11/30/2026. Psychiatric visits denied under a
# pre-existing-condition exclusion read as a 24-month look-back; the policy's own Section 6.4 looks back 12 months
# before the effective date, and the last earlier care was 03/11/2025. No federal appeal rule governs: the policy's
# Section 11.1 gives 60 days from the date of the written decision of 11/24/2026 = 01/23/2027. The patient writes.
patient:
  name: Delphine Okafor-Strand
  salutation: Ms. Okafor-Strand
  date_of_birth: 1979-01-27
  member_id: FICT-VBS-40582217
  address: |-
    918 Belmont Crest Road
    Nashville, TN 37212
  phone: (615) 555-0113
insurer:
  name: Volunteer Bridge Short-Term Medical, underwritten by Cumberland Ridge Life and Health (FICTIONAL)
  appeals_address: |-
    Cumberland Ridge Life and Health, Claim Review Unit (FICTIONAL)
    PO Box 150938
    Nashville, TN 37215
  fax: (615) 555-0171
claim:
  number: CRL-26-0915-207734
  plan_type: short_term
  notice_date: 2026-11-24
  appeal_deadline: 2027-01-23
  deadline_basis: >-
    The policy's own terms (Section 11.1): a written request within 60 days after the date of the written
    decision of 11/24/2026. No federal appeal rule governs short-term limited-duration insurance.
  service_dates: [2026-09-15, 2026-10-13]
  procedure_codes: ["90792", "99214"]
  diagnosis_codes: [F33.1]
  carc_codes: [CO-204]
  denial_reason: >-
    Pre-existing condition. Records show treatment for this condition within the 24 months before your
    effective date of 08/01/2026.
  denial_category: not_covered
  denial_reasons: [not_covered]
  action: none
plan_policy:
  name: Volunteer Bridge Short-Term Medical Policy VB-STM-26, Section 6.4 (Pre-Existing Conditions)
  number: VB-STM-26 6.4
  quote: >-
    A pre-existing condition is a condition for which medical advice, diagnosis, care or treatment was received
    or recommended within the 12 months immediately before your effective date. Charges for a pre-existing
    condition are not covered.
  file: other/policy-excerpt.txt
  exclusion:
    name: Policy VB-STM-26, Section 6.4 (Pre-Existing Conditions)
    reaches: false
    why: >-
      Her last care for depression before the policy was on 03/11/2025, 16 months before the 08/01/2026
      effective date, outside the 12-month look-back the section sets; nothing from 08/01/2025 to 07/31/2026.
    file: clinical/prior-records-summary.txt
treatment:
  name: A first psychiatric assessment (90792) on 09/15/2026 and a medication follow-up visit (99214) on 10/13/2026
  summary: Outpatient psychiatric care for a recurrence of depression that began in August 2026.
author:
  name: Delphine Okafor-Strand
  role: Patient
  relation: patient
  address: |-
    918 Belmont Crest Road
    Nashville, TN 37212
  phone: (615) 555-0113
  email: dokafor@cumberlandmail.example
provider:
  name: Dr. Anneliese Mbatha-Corrigan
  credentials: MD, psychiatry
  npi: "1729053185"
  address: |-
    2100 West End Avenue
    Nashville, TN 37203
  phone: (615) 555-0132
record_dates:
  - {file: clinical/prior-records-summary.txt, date: 2026-12-02}
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
docs={
"denial/claim-denial-letter-2026-11-24.txt": """CUMBERLAND RIDGE LIFE AND HEALTH (FICTIONAL) - CLAIM DECISION
Date: 11/24/2026
Insured: Delphine Okafor-Strand   Certificate: FICT-VBS-40582217   Plan: Volunteer Bridge Short-Term Medical
Policy period: 08/01/2026 - 11/30/2026
Claim: CRL-26-0915-207734   Dr. Anneliese Mbatha-Corrigan   09/15/2026 90792; 10/13/2026 99214
Adjustment: CO-204
Decision: Pre-existing condition. Records show treatment for this condition within the 24 months before your
effective date of 08/01/2026.
Review: You may ask us to review this decision in writing within 60 days after the date of this letter (Policy
Section 11.1). Send it to Cumberland Ridge Life and Health, Claim Review Unit (FICTIONAL), PO Box 150938,
Nashville, TN 37215; fax (615) 555-0171. You may also contact the Tennessee Department of Commerce and Insurance.
This coverage is not required to comply with federal requirements for health insurance.
""",
"other/policy-excerpt.txt": """VOLUNTEER BRIDGE SHORT-TERM MEDICAL POLICY VB-STM-26 (FICTIONAL)
Section 6.4 Pre-Existing Conditions: A pre-existing condition is a condition for which medical advice, diagnosis, care or treatment was received
or recommended within the 12 months immediately before your effective date. Charges for a pre-existing
condition are not covered.
Section 11.1 Claim Review: You may ask us in writing to review a claim decision within 60 days after the date of
our written decision. We will answer within 30 days of receiving your request.
""",
"clinical/prior-records-summary.txt": """MBATHA-CORRIGAN PSYCHIATRY (FICTIONAL) - PRIOR RECORDS SUMMARY
Patient: Delphine Okafor-Strand   Prepared 12/02/2026 from records received from her former clinic
Earlier care for depression: last visit 03/11/2025 (sertraline stopped, in remission). No visits, prescriptions or
referrals for any mental health condition from 03/12/2025 until 09/15/2026.
Current episode: onset August 2026; first seen here 09/15/2026.
""",
"other/pharmacy-history.txt": """HARPETH PHARMACY (FICTIONAL) - PRESCRIPTION HISTORY 01/2024 - 11/2026
Patient: Delphine Okafor-Strand
Sertraline 100 mg: last fill 02/14/2025
Sertraline 50 mg: first fill 09/15/2026
""",
},
truth="""# 06 - Short-term limited-duration policy: pre-existing exclusion read with a 24-month look-back the policy does not have (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Ms. Okafor-Strand holds a **short-term limited-duration** policy (Tennessee), in force **08/01/2026-11/30/2026**.
  Two psychiatric visits (09/15 and 10/13/2026) were denied (CO-204) as pre-existing, under a **24-month** look-back.
- The policy's own **Section 6.4** looks back **12 months** before the effective date (08/01/2025-07/31/2026). Her last
  earlier care was **03/11/2025** (last sertraline fill 02/14/2025): 16 months before, outside the look-back.
- **Level:** the insurer's own claim review under the policy (Section 11.1). **True deadline: 01/23/2027** - 60 days
  after the date of the written decision (11/24/2026), by the policy's terms; **no federal appeal rule** (ERISA claims
  rule, 45 CFR 147.136) governs this coverage; state insurance law and the policy decide; complaints go to the
  Tennessee Department of Commerce and Insurance. The insurer answers within 30 days (policy 11.1).
- The patient writes as "I".

## Deliberately unknown
- Which records the insurer relied on for "within the 24 months"; whether Tennessee law gives an external review for
  this coverage (not assumed).

## Traps
- No federal citations: no 29 CFR 2560.503-1, no 45 CFR 147.136, no external review "under federal law", no parity.
- The look-back runs back from the **effective date** (08/01/2026), not from the date of service or the notice.
- The exclusion's own words set 12 months: the letter argues it does not reach this care (it does not deny that
  pre-existing conditions are excluded).

## Arguments a strong letter makes
1. Quote Section 6.4: 12 months before 08/01/2026; no care from 03/12/2025 to 09/15/2026 (records summary, pharmacy).
2. The denial applied a 24-month period the policy does not contain; ask that the claims be paid.
3. Ask for the records the decision relied on; note the review is timely (by 01/23/2027); mention the state
   insurance department for a complaint.

## What a letter must NOT say
- "ERISA", "29 CFR 2560.503-1", "45 CFR 147.136", "Affordable Care Act requires", "parity", "external review"
  as a federal right; "medically necessary" as the ground; "Ms. Okafor-Strand has" (the patient writes "I").
""",
answers=[
("Decision date", "Date: 11/24/2026", "denial/claim-denial-letter-2026-11-24.txt"),
("Claim", "CRL-26-0915-207734", "denial/claim-denial-letter-2026-11-24.txt"),
("CARC", "CO-204", "denial/claim-denial-letter-2026-11-24.txt"),
("Look-back the denial applied", "within the 24 months before your", "denial/claim-denial-letter-2026-11-24.txt"),
("Effective date", "effective date of 08/01/2026", "denial/claim-denial-letter-2026-11-24.txt"),
("Policy period", "Policy period: 08/01/2026 - 11/30/2026", "denial/claim-denial-letter-2026-11-24.txt"),
("Review window printed", "within 60 days after the date of this letter", "denial/claim-denial-letter-2026-11-24.txt"),
("State regulator named", "Tennessee Department of Commerce and Insurance", "denial/claim-denial-letter-2026-11-24.txt"),
("Federal rules disclaimer", "not required to comply with federal requirements", "denial/claim-denial-letter-2026-11-24.txt"),
("Policy look-back", "within the 12 months immediately before your effective date", "other/policy-excerpt.txt"),
("Insurer's answer time", "We will answer within 30 days", "other/policy-excerpt.txt"),
("Last earlier visit", "last visit 03/11/2025", "clinical/prior-records-summary.txt"),
("Gap in care", "from 03/12/2025 until 09/15/2026", "clinical/prior-records-summary.txt"),
("Last earlier fill", "last fill 02/14/2025", "other/pharmacy-history.txt"),
("Onset", "onset August 2026", "clinical/prior-records-summary.txt"),
("Review fax", "(615) 555-0171", "denial/claim-denial-letter-2026-11-24.txt"),
]))

# ---------------------------------------------------------------- 07
C.append(dict(slug="07-marketplace-silver-tms-internal-appeal-never-decided-60-day-post-service-clock-deemed-exhaustion-external-review-4-months-psychiatrist",
yaml="""# FICTIONAL CASE (set 70, case 07) - every person, plan, provider, number and address is invented.
# Individual Marketplace Silver, insured, Missouri. Post-service TMS medical-necessity denial (06/15/2026); the
# first (only) internal appeal was faxed 09/28/2026; the plan had 60 days to decide (by 11/27/2026) and sent nothing.
# The internal appeal is deemed exhausted (45 CFR 147.136(b)(2)(ii)(F), applied by (b)(3)); external review may be
# requested within 4 months - counted, safely, from 11/27/2026: by 03/27/2027. The treating psychiatrist writes
# with the patient's signed authorization.
patient:
  name: Tobias Renwick-Adeyemi
  salutation: Mr. Renwick-Adeyemi
  date_of_birth: 1986-08-09
  member_id: FICT-GRH-62093318
  address: |-
    4711 Holly Street
    Kansas City, MO 64112
  phone: (816) 555-0127
insurer:
  name: Gateway Ridge Health Plans Silver 2500 (FICTIONAL)
  appeals_address: |-
    Gateway Ridge Health Plans, Appeals (FICTIONAL)
    PO Box 419882
    St. Louis, MO 63141
  fax: (314) 555-0166
claim:
  number: GRH-26-0504-880412
  plan_type: individual_aca
  student: false
  notice_date: 2026-07-20
  service_dates: [2026-05-04, 2026-06-15]
  sessions: 30
  procedure_codes: ["90867", "90868"]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-50]
  denial_reason: >-
    Not medically necessary. Medical policy MP-TMS-9, criterion 2, requires failure of four antidepressant trials
    from at least two classes. The records show three trials.
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  reviewer: {name: Dr. Garrick Solberg-Nwosu, specialty: internal medicine}
  action: none
  corrections:
    - said: The records show three trials.
      record: >-
        The intake note sent with the claim lists four failed antidepressant trials in two classes: sertraline,
        escitalopram, duloxetine and venlafaxine XR, each at least 8 weeks.
      file: clinical/tms-intake-2026-04-27.txt
      page: 1
plan_policy:
  name: Gateway Ridge Medical Policy MP-TMS-9, Transcranial Magnetic Stimulation
  number: MP-TMS-9
  quote: >-
    Criterion 2. Failure of four antidepressant trials from at least two different classes, each at an adequate
    dose for at least six weeks, or intolerance.
  file: denial/eob-denial-2026-07-20.txt
payer_criteria:
  - criterion: 2. Failure of four antidepressant trials from at least two different classes, each at an adequate dose for at least six weeks, or intolerance
    how_met: Sertraline and escitalopram (SSRIs), duloxetine and venlafaxine XR (SNRIs), each 8 weeks or more, none effective
    met: true
    evidence: {file: clinical/tms-intake-2026-04-27.txt, page: 1}
clinical:
  severity: PHQ-9 23 on 04/27/2026
  severity_date: 2026-04-27
  suicidality: none
  suicidality_date: 2026-04-27
  response: PHQ-9 23 before TMS, 8 after session 30 (06/15/2026)
  response_level: response
  history:
    - {drug: Sertraline, dose: 200 mg daily, start: 2023-01-09, end: 2023-04-03, kind: antidepressant, weeks: 12, adequate: true, failed: true, outcome: no response, evidence: {file: clinical/tms-intake-2026-04-27.txt, page: 1}}
    - {drug: Escitalopram, dose: 20 mg daily, start: 2023-05-01, end: 2023-07-10, kind: antidepressant, weeks: 10, adequate: true, failed: true, outcome: no response, evidence: {file: clinical/tms-intake-2026-04-27.txt, page: 1}}
    - {drug: Duloxetine, dose: 120 mg daily, start: 2024-02-05, end: 2024-04-15, kind: antidepressant, weeks: 10, adequate: true, failed: true, outcome: partial response then relapse, evidence: {file: clinical/tms-intake-2026-04-27.txt, page: 1}}
    - {drug: Venlafaxine XR, dose: 225 mg daily, start: 2025-09-08, end: 2025-11-03, kind: antidepressant, weeks: 8, adequate: true, failed: true, outcome: no response, evidence: {file: clinical/tms-intake-2026-04-27.txt, page: 1}}
treatment:
  name: TMS course of 30 sessions (90867, 90868), 05/04/2026 through 06/15/2026
  summary: A standard TMS course for recurrent severe depression after four failed antidepressant trials.
submissions:
  - date: 2026-09-28
    method: fax
    to: Gateway Ridge Health Plans, Appeals (FICTIONAL), (314) 555-0166
    stage: internal appeal (first level)
    confirmation: fax report 20260928-1142, 14 pages, OK
    decision_due: 2026-11-27
    decision_basis: 60 days for a post-service appeal (45 CFR 147.136(b)(3), 29 CFR 2560.503-1(i))
external_review:
  agency: Missouri Department of Commerce and Insurance, independent external review (FICTIONAL ADDRESS FOR THIS TEST SET)
  address: |-
    External Review Unit (FICTIONAL ADDRESS FOR THIS TEST SET)
    PO Box 690
    Jefferson City, MO 65102
author:
  name: Dr. Imogen Vasquez-Thorland
  role: Treating psychiatrist, MD
  relation: physician
  authorization: other/patient-authorization.txt
  address: |-
    4400 Main Street, Suite 210
    Kansas City, MO 64111
  phone: (816) 555-0135
  fax: (816) 555-0136
provider:
  name: Dr. Imogen Vasquez-Thorland
  credentials: MD, psychiatry
  npi: "1544708260"
  address: |-
    4400 Main Street, Suite 210
    Kansas City, MO 64111
  phone: (816) 555-0135
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
docs={
"denial/eob-denial-2026-07-20.txt": """GATEWAY RIDGE HEALTH PLANS (FICTIONAL) - EXPLANATION OF BENEFITS
Date: 07/20/2026
Member: Tobias Renwick-Adeyemi   Member ID: FICT-GRH-62093318   Plan: Silver 2500 (Marketplace)
Claim: GRH-26-0504-880412   90867 x1, 90868 x29, 05/04/2026 - 06/15/2026
Adjustment: CO-50
Reason: Not medically necessary. Medical policy MP-TMS-9, criterion 2, requires failure of four antidepressant trials
from at least two classes. The records show three trials.
MP-TMS-9 Criterion 2. Failure of four antidepressant trials from at least two different classes, each at an adequate
dose for at least six weeks, or intolerance.
Reviewer: Dr. Garrick Solberg-Nwosu, internal medicine
Appeal: You may file an internal appeal within 180 days after you receive this notice. We decide appeals about
services already received within 60 days. After our final decision you may ask for an independent external review.
""",
"other/fax-confirmation-2026-09-28.txt": """FAX TRANSMISSION REPORT (FICTIONAL)
From: Vasquez-Thorland Psychiatry, (816) 555-0136
To: Gateway Ridge Health Plans, Appeals, (314) 555-0166
Date/time: 09/28/2026 11:42   Pages: 14   Result: OK   Job: 20260928-1142
Cover: Internal appeal, claim GRH-26-0504-880412, Tobias Renwick-Adeyemi
""",
"other/call-log-appeal-status.txt": """CALL LOG - Vasquez-Thorland Psychiatry (FICTIONAL)
10/19/2026 Gateway Ridge appeals line, rep "Morgan": appeal received 09/28/2026, appeal number GRA-26-0928-5521.
12/01/2026 Gateway Ridge appeals line, rep "Lee": appeal GRA-26-0928-5521 still "in review"; no decision letter sent.
""",
"other/patient-authorization.txt": """AUTHORIZATION (FICTIONAL)
I, Tobias Renwick-Adeyemi, authorize Dr. Imogen Vasquez-Thorland to appeal and to request external review for claim
GRH-26-0504-880412 on my behalf. Signed 09/25/2026.
""",
"clinical/tms-intake-2026-04-27.txt": """VASQUEZ-THORLAND PSYCHIATRY (FICTIONAL) - TMS INTAKE
Date: 04/27/2026   Patient: Tobias Renwick-Adeyemi   Diagnosis F33.2   PHQ-9 23. Denies suicidal ideation.
Failed antidepressant trials:
1. Sertraline 200 mg, 01/09/2023 - 04/03/2023 (12 weeks): no response.
2. Escitalopram 20 mg, 05/01/2023 - 07/10/2023 (10 weeks): no response.
3. Duloxetine 120 mg, 02/05/2024 - 04/15/2024 (10 weeks): partial response, then relapse.
4. Venlafaxine XR 225 mg, 09/08/2025 - 11/03/2025 (8 weeks): no response.
Course summary added 06/15/2026: 30 sessions completed; PHQ-9 8 after session 30.
""",
},
truth="""# 07 - Marketplace Silver: TMS internal appeal never decided; deemed exhaustion opens external review (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Mr. Renwick-Adeyemi has an **individual Marketplace Silver** plan (insured, Missouri). A completed TMS course
  (30 sessions, 05/04-06/15/2026) was denied **07/20/2026** (CO-50) under **MP-TMS-9 criterion 2**: "the records show
  three trials". The intake note lists **four** failed trials in two classes (sertraline, escitalopram, duloxetine,
  venlafaxine XR).
- The internal appeal (the individual market has one level) was **faxed 09/28/2026** (fax report OK; plan confirmed
  receipt, appeal GRA-26-0928-5521). A post-service appeal must be decided within **60 days** - by **11/27/2026**.
  No decision was sent (status call 12/01/2026).
- **Level:** **external review**, the internal appeal being **deemed exhausted** because the plan did not follow the
  claims rules (45 CFR 147.136(b)(2)(ii)(F), applied to individual coverage by (b)(3)). **True deadline:** no final
  decision was ever issued, so the 4-month window (147.136(c)-(d); the state process) has not begun; the safe date
  counts from the day the plan's time ran out: **03/27/2027**.
- The psychiatrist writes (physician voice) with the patient's authorization signed 09/25/2026.

## Deliberately unknown
- Whether the plan will claim a "good cause" exception to deemed exhaustion (de minimis violation); whether it
  would still issue a late decision.
- The state's exact external-review form and address (the address in the case is FICTIONAL).

## Traps
- Do not quote a decision on the appeal: there is none; do not print a "final denial date" or a "notice of final
  adverse determination".
- Not a second internal level; not ERISA (individual coverage); not Medicare/Medicaid rules.
- Suicidal ideation denied: no harm paragraph about it.
- The course is complete: nothing pending, no expedited request.

## Arguments a strong letter makes
1. The appeal was filed 09/28/2026 (fax report, call log), the 60-day decision time ran out 11/27/2026, no decision:
   the internal appeal is deemed exhausted and external review is available now.
2. Criterion 2 is met: four failed trials, two classes, each 8-12 weeks (intake note); correct "three trials".
3. The course worked: PHQ-9 23 to 8; ask the reviewer to overturn the denial and have the claim paid.

## What a letter must NOT say
- "the plan upheld the denial on ..."; "second-level appeal"; "29 CFR 2560.503-1" as the governing rule without
  147.136; "suicidal ideation" as present; "three trials" as true; "urgent" or "expedited".
""",
answers=[
("Denial date", "Date: 07/20/2026", "denial/eob-denial-2026-07-20.txt"),
("Claim", "GRH-26-0504-880412", "denial/eob-denial-2026-07-20.txt"),
("CARC", "CO-50", "denial/eob-denial-2026-07-20.txt"),
("Policy and criterion", "MP-TMS-9, criterion 2", "denial/eob-denial-2026-07-20.txt"),
("Denial's count", "The records show three trials", "denial/eob-denial-2026-07-20.txt"),
("Plan's decision time printed", "within 60 days", "denial/eob-denial-2026-07-20.txt"),
("Reviewer specialty", "internal medicine", "denial/eob-denial-2026-07-20.txt"),
("Appeal faxed", "09/28/2026 11:42", "other/fax-confirmation-2026-09-28.txt"),
("Fax result", "Result: OK", "other/fax-confirmation-2026-09-28.txt"),
("Appeal number", "GRA-26-0928-5521", "other/call-log-appeal-status.txt"),
("Still undecided", "no decision letter sent", "other/call-log-appeal-status.txt"),
("Authorization signed", "Signed 09/25/2026", "other/patient-authorization.txt"),
("Fourth trial", "Venlafaxine XR 225 mg, 09/08/2025 - 11/03/2025", "clinical/tms-intake-2026-04-27.txt"),
("Baseline severity", "PHQ-9 23", "clinical/tms-intake-2026-04-27.txt"),
("Result", "PHQ-9 8 after session 30", "clinical/tms-intake-2026-04-27.txt"),
("Suicidality", "Denies suicidal ideation", "clinical/tms-intake-2026-04-27.txt"),
]))

# ---------------------------------------------------------------- 08
C.append(dict(slug="08-county-employees-plan-insured-second-level-network-gap-ocd-erp-level-one-upheld-60-days-from-receipt-plan-document-therapist",
yaml="""# FICTIONAL CASE (set 70, case 08) - every person, plan, provider, number and address is invented.
# County employees' plan, insured, New Mexico (governmental, non-federal). Out-of-network OCD exposure therapy denied;
# the first-level appeal was upheld 11/18/2026, received 11/21/2026. The plan document gives 60 days from receipt of
# the first-level decision for the second level: 01/20/2027. Three in-network providers tried. The treating
# therapist (LPCC, non-prescriber) writes with the member's consent.
patient:
  name: Caspian Villanueva-Ferreira
  salutation: Mr. Villanueva-Ferreira
  date_of_birth: 1984-05-17
  member_id: FICT-RGC-11928460
  address: |-
    2205 Calle Alameda
    Santa Fe, NM 87505
  phone: (505) 555-0123
insurer:
  name: Rio Grande County Employee Health Plan, insured by Mesa Verde Health Insurance (FICTIONAL)
  appeals_address: |-
    Mesa Verde Health Insurance, Second Level Appeals (FICTIONAL)
    PO Box 27730
    Albuquerque, NM 87125
  fax: (505) 555-0159
claim:
  number: MVH-26-0804-612207
  plan_type: governmental
  funding: insured
  employees: 1150
  stage: second level
  notice_date: 2026-09-10
  service_dates: [2026-08-04, 2026-08-25]
  procedure_codes: ["90837"]
  diagnosis_codes: [F42.2]
  carc_codes: [PR-242]
  denial_reason: >-
    Services from a non-network provider are not covered under your EPO plan except for emergencies or an approved
    network exception.
  denial_category: out_of_network
  denial_reasons: [out_of_network]
  action: none
decisions:
  - date: 2026-11-18
    outcome: denied
    stage: internal appeal (first level)
    opens: second level
    next_deadline: 2027-01-20
    reason: >-
      The first-level appeal is upheld. Network psychotherapists are available within your service area.
plan_policy:
  name: Rio Grande County Employee Health Plan Document, Section 6.3 (Network Exceptions) and Section 11.2 (Appeals)
  number: PD-6.3
  quote: >-
    6.3 If no network provider with the expertise needed for a covered service can see you within 30 days or 45
    miles, we will approve a network exception and pay the non-network provider at the network benefit level.
    11.2 You may request a second-level appeal within 60 days after you receive the first-level decision.
  file: other/plan-document-excerpt.txt
network:
  - {name: Sangre Behavioral Health (FICTIONAL), date: 2026-07-08, outcome: no clinician trained in exposure and response prevention; waitlist 14 weeks, evidence: {file: other/network-search-log.txt, page: 1}}
  - {name: Dr. Elke Marchetti-Yazzie (FICTIONAL), date: 2026-07-09, outcome: does not treat OCD, evidence: {file: other/network-search-log.txt, page: 1}}
  - {name: Mesa Verde member services (FICTIONAL), date: 2026-07-10, outcome: "reference MS-26-0710-5518: no ERP provider within 45 miles", evidence: {file: other/network-search-log.txt, page: 1}}
treatment:
  name: Exposure and response prevention psychotherapy for OCD (90837), weekly
  summary: Weekly ERP for severe OCD (Y-BOCS 31), which no network clinician within 45 miles offered.
author:
  name: Thea Lindholm-Begay
  role: Licensed professional clinical counselor (LPCC), treating therapist
  relation: clinician
  authorization: other/member-consent.txt
  address: |-
    310 Old Santa Fe Trail
    Santa Fe, NM 87501
  phone: (505) 555-0141
  email: tlindholm@adobetherapy.example
provider:
  name: Thea Lindholm-Begay, LPCC
  credentials: LPCC
  npi: "1407652183"
  address: |-
    310 Old Santa Fe Trail
    Santa Fe, NM 87501
  phone: (505) 555-0141
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
docs={
"denial/initial-eob-2026-09-10.txt": """MESA VERDE HEALTH INSURANCE (FICTIONAL) - EXPLANATION OF BENEFITS
Date: 09/10/2026
Member: Caspian Villanueva-Ferreira   Member ID: FICT-RGC-11928460   Group: Rio Grande County (EPO), 1,150 employees
Claim: MVH-26-0804-612207   Provider: Thea Lindholm-Begay, LPCC (non-network)   90837 on 08/04/2026 and 08/25/2026
Adjustment: PR-242
Reason: Services from a non-network provider are not covered under your EPO plan except for emergencies or an approved
network exception.
""",
"denial/first-level-appeal-decision-2026-11-18.txt": """MESA VERDE HEALTH INSURANCE (FICTIONAL) - FIRST-LEVEL APPEAL DECISION
Date: 11/18/2026
Member: Caspian Villanueva-Ferreira   Claim: MVH-26-0804-612207
Decision: The first-level appeal is upheld. Network psychotherapists are available within your service area.
Next step: You may request a second-level appeal within 60 days after you receive this decision. Send it to
Mesa Verde Health Insurance, Second Level Appeals (FICTIONAL), PO Box 27730, Albuquerque, NM 87125; fax (505) 555-0159.
""",
"other/mail-receipt-note.txt": """NOTE BY CASPIAN VILLANUEVA-FERREIRA (FICTIONAL)
The first-level appeal decision dated 11/18/2026 arrived by mail on 11/21/2026 (envelope postmarked 11/19/2026).
""",
"other/plan-document-excerpt.txt": """RIO GRANDE COUNTY EMPLOYEE HEALTH PLAN DOCUMENT (FICTIONAL), 2026
6.3 If no network provider with the expertise needed for a covered service can see you within 30 days or 45
miles, we will approve a network exception and pay the non-network provider at the network benefit level.
11.2 You may request a second-level appeal within 60 days after you receive the first-level decision.
""",
"other/network-search-log.txt": """NETWORK SEARCH LOG (FICTIONAL) - kept by Caspian Villanueva-Ferreira
07/08/2026 Sangre Behavioral Health: no clinician trained in exposure and response prevention; waitlist 14 weeks.
07/09/2026 Dr. Elke Marchetti-Yazzie: does not treat OCD.
07/10/2026 Mesa Verde member services, reference MS-26-0710-5518: no ERP provider within 45 miles.
""",
"other/member-consent.txt": """CONSENT TO APPEAL (FICTIONAL)
I, Caspian Villanueva-Ferreira, authorize my therapist Thea Lindholm-Begay, LPCC, to file my second-level appeal
for claim MVH-26-0804-612207. Signed 12/02/2026.
""",
"clinical/erp-intake-2026-08-04.txt": """ADOBE THERAPY (FICTIONAL) - INTAKE
Date: 08/04/2026   Patient: Caspian Villanueva-Ferreira   Diagnosis F42.2. Y-BOCS 31 (severe).
Plan: weekly exposure and response prevention.
""",
},
truth="""# 08 - County employees' plan (insured): second-level appeal of a network-gap denial; window from receipt of level 1 (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Mr. Villanueva-Ferreira is in an **insured county employees' EPO** (governmental, non-federal; 1,150 employees:
  PHSA rules through 45 CFR 147.136; no ERISA). ERP sessions 08/04 and 08/25/2026 with a non-network LPCC were denied
  (PR-242); the **first-level appeal was upheld 11/18/2026** ("network psychotherapists are available").
- **Level:** the plan's **second-level** internal appeal. **True deadline: 01/20/2027** - 60 days after **receipt**
  of the first-level decision (Plan Document 11.2); received 11/21/2026 (conservative from its date: 01/17/2027).
- Plan Document **6.3** promises a network exception when no network provider with the needed expertise is within
  30 days or 45 miles. Three network sources tried 07/08-07/10/2026; member services said no ERP provider within 45
  miles (reference MS-26-0710-5518).
- The author is a **non-prescribing therapist** (LPCC) with the member's consent.

## Deliberately unknown
- Which "network psychotherapists" the level-1 decision meant (not named); whether NM external review reaches a
  network-exception denial (likely as a medical-judgment question of needed expertise, not certain).

## Traps
- Answer the **first-level decision of 11/18/2026**, say it is a second-level appeal.
- Not ERISA (governmental plan); not 45 CFR 156.230 (not individual market).
- The therapist is not "Dr." or "physician".
- The window runs from receipt of the first-level decision, not from the first EOB.

## Arguments a strong letter makes
1. The plan's own 6.3: no network ERP provider within 45 miles/30 days; ask for the network exception and payment
   at the network level.
2. Answer "network psychotherapists are available": the member tried three network sources, which had none with
   the expertise; ask the plan to name any.
3. Timely by 01/20/2027.

## What a letter must NOT say
- "ERISA", "29 CFR 2560.503-1" as governing, "45 CFR 156.230", "first-level appeal" as this level,
  "Dr. Lindholm-Begay", "physician".
""",
answers=[
("First EOB date", "Date: 09/10/2026", "denial/initial-eob-2026-09-10.txt"),
("CARC", "PR-242", "denial/initial-eob-2026-09-10.txt"),
("Plan option", "(EPO)", "denial/initial-eob-2026-09-10.txt"),
("Employer size", "1,150 employees", "denial/initial-eob-2026-09-10.txt"),
("Level-1 decision date", "Date: 11/18/2026", "denial/first-level-appeal-decision-2026-11-18.txt"),
("Level-1 ground", "Network psychotherapists are available within your service area", "denial/first-level-appeal-decision-2026-11-18.txt"),
("Second-level window", "within 60 days after you receive this decision", "denial/first-level-appeal-decision-2026-11-18.txt"),
("Receipt of level-1", "arrived by mail on 11/21/2026", "other/mail-receipt-note.txt"),
("Plan network exception rule", "within 30 days or 45", "other/plan-document-excerpt.txt"),
("Plan section for appeals", "11.2 You may request a second-level appeal", "other/plan-document-excerpt.txt"),
("First network source", "Sangre Behavioral Health", "other/network-search-log.txt"),
("Member services reference", "MS-26-0710-5518", "other/network-search-log.txt"),
("Waitlist", "waitlist 14 weeks", "other/network-search-log.txt"),
("Severity", "Y-BOCS 31", "clinical/erp-intake-2026-08-04.txt"),
("Consent date", "Signed 12/02/2026", "other/member-consent.txt"),
("Second-level fax", "(505) 555-0159", "denial/first-level-appeal-decision-2026-11-18.txt"),
]))

# ---------------------------------------------------------------- machinery
def norm(s): return re.sub(r"\s+", " ", s).strip().lower()

def luhn_ok(npi):
    s = "80840" + npi; tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2; d = d - 9 if d > 9 else d
        tot += d
    return tot % 10 == 0

PHONE = re.compile(r"\(?\d{3}\)?[ -]555-\d{4}|555-\d{4}")
def phone_problems(text, where):
    out = []
    for m in re.finditer(r"(?:1-\d{3}-|\(\d{3}\) |\d{3}-)?555-(\d{4})", text):
        full = m.group(0)
        if not re.fullmatch(r"(\(\d{3}\) |1-\d{3}-)555-01\d\d", full):
            out.append(f"{where}: bad phone {full!r}")
    for m in re.finditer(r"[\w.+-]+@([\w.-]+)", text):
        if not m.group(1).endswith(".example"):
            out.append(f"{where}: e-mail not on .example: {m.group(0)}")
    return out

def build(case, n):
    probs = []
    d = HERE / case["slug"]
    if d.exists(): shutil.rmtree(d)
    d.mkdir()
    (d / "case.yaml").write_text(case["yaml"])
    for rel, body in case["docs"].items():
        assert rel.split("/")[0] in ("denial", "clinical", "other"), rel
        p = d / rel; p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(HDR.format(n=n) + "\n\n" + body.rstrip() + "\n\n" + FTR + "\n")
    (HERE / (case["slug"] + ".truth.md")).write_text(case["truth"].replace("# ", "# FICTIONAL TRUTH FILE - ", 1))
    # checks
    y = YAML(typ="safe")
    try:
        data = y.load(case["yaml"])
    except Exception as e:
        probs.append(f"{n}: case.yaml does not parse: {e}"); data = {}
    if "FICTIONAL" not in case["yaml"].splitlines()[0]: probs.append(f"{n}: case.yaml first line lacks FICTIONAL")
    t = (HERE / (case["slug"] + ".truth.md")).read_text()
    if "FICTIONAL" not in t.splitlines()[0]: probs.append(f"{n}: truth first line lacks FICTIONAL")
    pos = [t.find("## " + h) for h in TRUTH_HEADS]
    if -1 in pos or pos != sorted(pos): probs.append(f"{n}: truth headings missing or out of order {pos}")
    if len(case["answers"]) != 16: probs.append(f"{n}: {len(case['answers'])} answers, not 16")
    for q, a, doc in case["answers"]:
        p = d / doc
        if not p.exists(): probs.append(f"{n}: answer doc missing {doc}"); continue
        if norm(a) not in norm(p.read_text()): probs.append(f"{n}: answer {q!r} = {a!r} not in {doc}")
    for p in [d / "case.yaml"] + sorted(d.rglob("*.txt")) + [HERE / (case["slug"] + ".truth.md")]:
        txt = p.read_text()
        probs += phone_problems(txt, p.name)
        if p.suffix == ".txt" and not (txt.startswith("FICTIONAL") and FTR in txt): probs.append(f"{n}: {p.name} lacks FICTIONAL header/footer")
    for m in re.finditer(r'npi: "(\d{10})"', case["yaml"]):
        if not luhn_ok(m.group(1)): probs.append(f"{n}: NPI {m.group(1)} fails Luhn")
    for m in re.finditer(r"NPI (\d{10})", "".join(case["docs"].values())):
        if not luhn_ok(m.group(1)): probs.append(f"{n}: NPI {m.group(1)} in a document fails Luhn")
    for m in re.finditer(r"\b((?:denial|clinical|other)/[\w.-]+\.txt)", case["yaml"]):
        if not (d / m.group(1)).exists(): probs.append(f"{n}: case.yaml names missing {m.group(1)}")
    return probs

def main(argv):
    check = "--check" in argv
    only = [a for a in argv if a.isdigit()]
    probs = []
    keep = {c["slug"] for c in C}
    for i, c in enumerate(C, 1):
        n = f"{i:02d}"
        assert c["slug"].startswith(n)
        if only and n not in only: continue
        probs += build(c, n)
    for p in HERE.iterdir():
        if p.is_dir() and re.match(r"\d\d-", p.name) and p.name not in keep: probs.append(f"stray folder {p.name}")
    print(f"{len(C)} cases, {sum(len(c['answers']) for c in C)} expected answers, {len(probs)} problems")
    for p in probs: print("PROBLEM", p)
    rc = 1 if probs else 0
    if check:
        out = io.StringIO()
        for i, c in enumerate(C, 1):
            n = f"{i:02d}"
            if only and n not in only: continue
            r = subprocess.run(["/work/main/.venv/bin/appeal-kit", "check", str(HERE / c["slug"])], capture_output=True, text=True)
            out.write(f"===== {c['slug']} (exit {r.returncode})\n{r.stdout}{r.stderr}\n")
            print(f"check {n}: exit {r.returncode}")
            if r.returncode != 0: rc = 1
        (HERE / ("check-output.txt" if not only else "check-output-partial.txt")).write_text(out.getvalue())
    return rc

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
