"""Cases 01-04 of letters set 18 (FICTIONAL)."""

C01 = dict(slug="01-marketplace-ppo-ketamine-crps-timely-filing-patient")
C01["yaml"] = r'''
# FICTIONAL CASE (set 18, case 01) - every person, plan, number and address is invented.
# Individual Marketplace PPO (insured, Arizona): the member's own out-of-network claim for a five-day IV ketamine
# series for CRPS type I was denied as filed too late (CO-29). She mailed it by certified mail in April; the plan
# lost it and dates the claim from her October resubmission. First internal appeal, post-service, by the patient.
patient:
  name: Delphine Amara Okafor-Reyes
  salutation: Ms. Okafor-Reyes
  date_of_birth: July 19, 1981
  member_id: SDH-FICT-40417729-01
  address: |-
    2817 West Ocotillo Lane
    Palo Seco, AZ 85391
  phone: (602) 555-0134
  email: delphine.okr@mailbox.example
insurer:
  name: Saguaro Desert Health Plans (FICTIONAL)
  appeals_address: |-
    Saguaro Desert Health Plans, Member Appeals Unit
    PO Box 52990
    Phoenix, AZ 85072
  fax: (602) 555-0170
claim:
  number: CLM-26-1029-884127
  plan_type: individual_aca
  funding: insured
  notice_date: November 13, 2026
  service_dates: [2026-01-12, 2026-01-13, 2026-01-14, 2026-01-15, 2026-01-16]
  sessions: 5
  procedure_codes: [96365, 96366, J3490]
  diagnosis_codes: [G90.512]
  carc_codes: [CO-29]
  denial_reason: >-
    The time limit for filing has expired. Claims for services from non-participating providers must be received
    within 180 days of the date of service. This claim was received on 10/29/2026 for services on 01/12/2026
    through 01/16/2026.
  denial_category: timely_filing
  denial_reasons: [timely_filing]
  coding_correct: true
filing:
  first_submitted: 2026-04-02
  received: 2026-04-06
  limit_deadline: 2026-07-11
  proof: other/usps-certified-mail-receipt-and-tracking-2026-04.txt
  method: certified mail
  sent_to: Saguaro Desert Health Plans, Claims, PO Box 52110, Phoenix, AZ 85072
  returned: 2026-06-18
  resent: 2026-06-22
plan_policy:
  name: Saguaro Silver PPO 4500 Evidence of Coverage 2026, Section 9.3 (Claims for services from non-participating providers)
  number: EOC Section 9.3
  quote: >-
    If you receive covered services from a non-participating provider who does not send us a claim, you must send
    us the claim, with an itemized bill, within 180 days after the date of service. We will not deny or reduce a
    claim filed late if you show that it was not reasonably possible to file it on time and that you filed it as
    soon as reasonably possible.
  file: other/eoc-2026-section-9-3-excerpt.txt
treatment:
  name: IV ketamine infusions for complex regional pain syndrome
  summary: >-
    A five-day outpatient series of low-dose IV ketamine infusions (four hours a day) for complex regional pain
    syndrome type I of the left arm, given January 12-16, 2026 and paid by the patient.
author:
  name: Delphine Amara Okafor-Reyes
  role: Patient (member)
  relation: patient
  address: |-
    2817 West Ocotillo Lane
    Palo Seco, AZ 85391
  phone: (602) 555-0134
  email: delphine.okr@mailbox.example
provider:
  name: Ravi Antholz
  credentials: MD, anesthesiology and pain medicine
  npi: "1847203969"
  tax_id: 86-5550142
  phone: (480) 555-0152
  address: |-
    Clear Mesa Pain and Infusion Center, 940 North Saguaro Bend, Suite 210
    Cholla Heights, AZ 85299
clinical:
  severity: Pain 8/10 (NRS) with allodynia and swelling of the left hand on January 5, 2026
  severity_date: 2026-01-05
  history:
    - drug: Gabapentin
      dose: 300 mg, titrated to 1,800 mg daily
      start: 2024-11
      end: 2025-03
      outcome: Stopped for sedation and dizziness; pain unchanged
      adequate: true
      response: none
      evidence: {file: clinical/clear-mesa-infusion-records-2026-01.txt, page: 1}
    - drug: Duloxetine
      dose: 60 mg daily
      start: 2025-04
      ongoing: true
      outcome: Partial benefit for sleep and pain; continued
      response: partial
      evidence: {file: clinical/clear-mesa-infusion-records-2026-01.txt, page: 1}
    - drug: Stellate ganglion blocks (two)
      kind: other
      dose: two blocks, left side
      start: 2025-06
      end: 2025-07
      outcome: Relief for a few days after each, then pain returned
      response: lost
      evidence: {file: clinical/clear-mesa-infusion-records-2026-01.txt, page: 1}
call_log:
  - date: 2026-06-18
    who: Saguaro member services, representative "Tanya"
    reference: CR-0618-77310
    summary: >-
      Asked about my claim mailed April 2. The representative found no claim on file and said to send it again
      with a copy of my proof of mailing. I resent it on June 22 by regular mail.
  - date: 2026-10-26
    who: Saguaro member portal
    reference: upload confirmation UP-26-1026-5521
    summary: Uploaded the superbill, receipts and the certified-mail receipt after a second call found no claim on file.
expenses:
  - {date: 2026-01-16, item: "IV ketamine series, 5 days (Clear Mesa)", amount: "$3,250.00", paid: "$3,250.00", reimbursed: "$0.00"}
reimbursement:
  amount_billed: "$3,250.00"
  amount_paid: "$0.00"
bates_prefix: OKAFOR
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''
C01["docs"] = {
"denial/eob-and-denial-2026-11-13.txt": """
SAGUARO DESERT HEALTH PLANS (FICTIONAL)  -  EXPLANATION OF BENEFITS AND NOTICE OF CLAIM DENIAL
Notice date: November 13, 2026
Member: Delphine A. Okafor-Reyes     Member ID: SDH-FICT-40417729-01     Plan: Saguaro Silver PPO 4500 (individual)
Claim number: CLM-26-1029-884127     Date received: 10/29/2026     Submitted by: member
Provider: Clear Mesa Pain and Infusion Center (non-participating)

Date of service   Code    Units   Billed     Allowed   Paid    Code
01/12/2026        96365   1       $180.00    $0.00     $0.00   CO-29
01/12/2026        96366   3       $270.00    $0.00     $0.00   CO-29
01/12/2026        J3490   1       $200.00    $0.00     $0.00   CO-29
(same three lines repeated for 01/13, 01/14, 01/15 and 01/16/2026)
Total billed: $3,250.00     Plan paid: $0.00     You may owe: $3,250.00

CO-29: The time limit for filing has expired.
Why we denied this claim: The time limit for filing has expired. Claims for services from non-participating
providers must be received within 180 days of the date of service. This claim was received on 10/29/2026 for
services on 01/12/2026 through 01/16/2026.

Your right to appeal: You may ask us to review this decision within 180 days of receiving this notice. Send your
appeal to Member Appeals Unit, PO Box 52990, Phoenix, AZ 85072, or fax (602) 555-0170. We will decide an appeal of a
claim already paid for or received within 60 days. You may also ask for an external review after our final decision
if your claim involves medical judgment. Diagnosis and procedure codes and their meanings are available on request.
""",
"denial/cover-letter-2026-11-14.txt": """
SAGUARO DESERT HEALTH PLANS (FICTIONAL) - Member correspondence            November 14, 2026
Dear Ms. Okafor-Reyes,
We received your claim for services at Clear Mesa Pain and Infusion Center on 10/30/2026. Because it reached us
more than 180 days after the dates of service, it was denied for timely filing. Please see your Explanation of
Benefits for details. Reference CLM-26-1029-884127.
Member Services, Saguaro Desert Health Plans
""",
"other/usps-certified-mail-receipt-and-tracking-2026-04.txt": """
COPY OF CERTIFIED MAIL RECEIPT (PS Form 3800 content, FICTIONAL) AND TRACKING HISTORY PRINTOUT
Sent to: Saguaro Desert Health Plans, Claims, PO Box 52110, Phoenix, AZ 85072
Article number: 9407 1000 0000 5550 0141 88 (FICTIONAL)
Postmark: PALO SECO AZ 85391, APR 02 2026     Postage and fees paid: $9.35
Contents noted by sender: claim form, superbill Clear Mesa 01/12-01/16/2026, receipts ($3,250.00)

Tracking history (printed 06/20/2026):
April 2, 2026, 11:42 am   Accepted at USPS origin facility, Palo Seco, AZ 85391
April 4, 2026              In transit, Phoenix AZ distribution center
April 6, 2026, 9:17 am     Delivered, PO Box, PHOENIX, AZ 85072
""",
"other/eoc-2026-section-9-3-excerpt.txt": """
SAGUARO SILVER PPO 4500 - EVIDENCE OF COVERAGE 2026 (FICTIONAL) - excerpt
Section 9.3  Claims for services from non-participating providers
If you receive covered services from a non-participating provider who does not send us a claim, you must send us
the claim, with an itemized bill, within 180 days after the date of service. We will not deny or reduce a claim
filed late if you show that it was not reasonably possible to file it on time and that you filed it as soon as
reasonably possible.
Mail member claims to: Saguaro Desert Health Plans, Claims, PO Box 52110, Phoenix, AZ 85072.
[Member notice dated June 1, 2026: from July 1, 2026 member claims and appeals go to PO Box 52990, Phoenix, AZ
85072. Mail sent to PO Box 52110 will be forwarded until December 31, 2026.]
""",
"other/superbill-clear-mesa-2026-01.txt": """
CLEAR MESA PAIN AND INFUSION CENTER (FICTIONAL) - SUPERBILL        Out-of-network; paid in full by patient
Patient: Delphine A. Okafor-Reyes   DOB 07/19/1981   Member ID SDH-FICT-40417729-01
Provider: Ravi Antholz, MD   NPI 1847203969   Tax ID 86-5550142   Place of service 11
Diagnosis: G90.512 Complex regional pain syndrome I of left upper limb
Dates 01/12, 01/13, 01/14, 01/15, 01/16/2026, each: 96365 x1 $180.00; 96366 x3 $270.00;
J3490 x1 $200.00 (ketamine HCl 50 mg/mL, NDC 00000-0000-00 FICTIONAL placeholder, 0.5 mg/kg/h over 4 h)
Total: $3,250.00   Paid: $3,250.00 (card, 01/16/2026)
""",
"clinical/clear-mesa-infusion-records-2026-01.txt": """
CLEAR MESA PAIN AND INFUSION CENTER (FICTIONAL) - Ravi Antholz, MD
Okafor-Reyes, Delphine A., DOB 07/19/1981
01/05/2026 consult: CRPS type I of the left hand and forearm after a wrist fracture (03/2024), Budapest criteria
met. NRS 8/10, allodynia, edema, color change. Gabapentin up to 1,800 mg/day 11/2024-03/2025: sedation, no benefit.
Duloxetine 60 mg since 04/2025: partial help with sleep, continues. Two left stellate ganglion blocks (06/2025 and
07/2025): a few days' relief each time. Physical therapy ongoing. Plan: 5-day ketamine series, 4 h/day.
01/12-01/16/2026: five infusions completed without complication; BP and SpO2 monitored throughout.
02/20/2026 follow-up: NRS 4/10; allodynia reduced; back at part-time work.
""",
}
C01["truth"] = r'''
# 01 - Marketplace PPO: a member's own claim for IV ketamine (CRPS) denied as filed late, though her certified mail reached the plan in April; first internal appeal by the patient (FICTIONAL)

All people, plans, numbers and addresses are invented (FICTIONAL).

## What is true
- Delphine Okafor-Reyes has an **individual Marketplace PPO** (insured, Arizona). She paid an out-of-network
  clinic $3,250 for a five-day IV ketamine series for **CRPS type I, left upper limb (G90.512)** on
  **January 12-16, 2026**, and filed the claim herself.
- The plan's rule (Evidence of Coverage **Section 9.3**): a member's claim for a non-participating provider is
  due **within 180 days after the date of service**, and a late claim is not denied when filing on time was not
  reasonably possible and it was filed as soon as reasonably possible. The earliest deadline is **July 11, 2026**
  (180 days after January 12); the others run to July 15.
- She sent it by **certified mail on April 2, 2026** to the claims address the EOC printed (PO Box 52110); USPS
  tracking shows it **delivered April 6, 2026**: within 180 days of every date of service. The plan had no record
  of it on June 18 (call reference CR-0618-77310) and told her to resend; she resent on June 22 by regular mail
  and uploaded it on October 26. The plan dated the claim from that last upload (10/29) and denied it **CO-29**
  on **November 13, 2026**.
- Rules: first internal appeal within 180 days of receipt of the notice (45 CFR 147.136(b)(3), applying 29 CFR
  2560.503-1(h)(3)(i)); a post-service appeal is decided within 60 days (the notice says so too). The plan is
  insured and individual: not ERISA; state external review exists only for medical-judgment denials, and this
  denial does not turn on medical judgment.
- Duloxetine is still taken (partial benefit). Gabapentin was stopped for sedation. The stellate ganglion blocks
  gave a few days' relief each.

## Deliberately unknown
- What happened to the April envelope inside the plan (misfiled, scanned to another member, lost). Do not guess.
- Whether the June 22 regular-mail copy arrived: no proof exists.
- The allowed amount the plan would pay out of network: not known; the letter asks that the claim be processed.

## Traps
- **Not a medical-necessity denial.** No "not medically necessary" to rebut, no peer-to-peer, no clinical
  reviewer, no request for the plan's medical criteria; the strongest point is the date of receipt.
- **Two dates for the resubmission.** The EOB says received 10/29/2026, the cover letter 10/30/2026. Neither is the
  date that counts; a letter may mention the plan's 10/29 but must not build on the 10/30 slip.
- **The address changed on July 1, 2026.** She mailed in April to the address then in force (PO Box 52110); a
  letter must not suggest she used the wrong address.
- **Which deadline.** July 11, 2026 is the first deadline (180 days after January 12), not 180 days after the notice
  and not "one year".
- **Duloxetine is ongoing**: never "failed" or "stopped"; the blocks are procedures, not drug trials.
- Voice: the patient signs; the letter says "I", not "Ms. Okafor-Reyes has ...".

## Arguments a strong letter makes
1. The claim was filed on time: the plan received it **April 6, 2026** (USPS delivery record, mailed certified
   April 2), within the **180 days** of Section 9.3 for every date of service (the first deadline was July 11,
   2026). The October upload is a copy of a claim the plan already had. Ask that the claim be processed on its
   merits as received April 6.
2. Alternatively, Section 9.3's own exception: filing on time was done, and once the plan said it had nothing
   (June 18 call, reference CR-0618-77310) she resent within days and again as soon as the second call found
   nothing; she acted as soon as reasonably possible.
3. Ask for the claim file (the plan's mail log for PO Box 52110 in April 2026) and a decision within 60 days.

## What a letter must NOT say
- "not medically necessary", "peer-to-peer", "medical director review of the criteria", any count of failed trials
  as the reason to pay, "duloxetine failed".
- "the claim was received on October 29/30" as the date the plan should use, "filed late", "good cause for late
  filing" as the only ground (the claim was on time).
- "ERISA", "29 CFR 2560.503-1" cited as if the plan were under ERISA (it may be cited only as applied by 45 CFR
  147.136(b)(3)), "EBSA"/"Department of Labor", "external review" as the next step for this denial.
- "I mailed it to the wrong address" or anything that concedes a late filing.
'''
C01["expected"] = [
    ("other/usps-certified-mail-receipt-and-tracking-2026-04.txt", "April 6, 2026, 9:17 am     Delivered"),
    ("other/usps-certified-mail-receipt-and-tracking-2026-04.txt", "APR 02 2026"),
    ("other/eoc-2026-section-9-3-excerpt.txt", "within 180 days after the date of service"),
    ("denial/eob-and-denial-2026-11-13.txt", "Date received: 10/29/2026"),
    ("denial/cover-letter-2026-11-14.txt", "on 10/30/2026"),
    ("other/eoc-2026-section-9-3-excerpt.txt", "PO Box 52110"),
    ("clinical/clear-mesa-infusion-records-2026-01.txt", "Duloxetine 60 mg since 04/2025: partial help"),
]

# ---------------------------------------------------------------------------------------------------------------
C02 = dict(slug="02-medicaid-mco-spravato-step-therapy-nurse-practitioner")
C02["yaml"] = r'''
# FICTIONAL CASE (set 18, case 02) - every person, plan, number and address is invented.
# Medicaid managed care (Michigan), adult aged 34: prior authorization for Spravato denied on the plan's step
# criteria because its pharmacy claims history shows no augmentation trial. The trials before Medicaid (another
# plan, a discount card) are in the chart. First plan appeal, written by the treating psychiatric nurse
# practitioner with the member's written consent.
patient:
  name: Tobias Wendell Arkwright
  salutation: Mr. Arkwright
  date_of_birth: March 8, 1992
  member_id: GLH-FICT-700318842
  address: |-
    55 Cedar Narrows Road, Apt 3
    Fennimore Bay, MI 49799
  phone: (231) 555-0119
insurer:
  name: Great Lakes Harbor Health Plan (FICTIONAL)
  appeals_address: |-
    Great Lakes Harbor Health Plan, Appeals and Grievances
    PO Box 30877
    Lansing, MI 48909
  fax: (517) 555-0163
claim:
  number: PA-26-1112-40931
  plan_type: medicaid
  delivery: managed_care
  notice_date: November 18, 2026
  procedure_codes: [J0013]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    Your provider asked us to approve Spravato (esketamine) nasal spray. We denied this request. Our Clinical
    Criteria RX-BH-17 require at least two different antidepressants and at least one augmentation trial
    (aripiprazole, brexpiprazole, quetiapine extended-release or lithium), each for at least 6 weeks. Your pharmacy
    claims for the past 12 months show sertraline and bupropion. We did not find an augmentation trial.
  denial_category: step_therapy
  action: none
  pending_services: 8
  reviewer: {name: "Gerald Tomczak, PharmD", specialty: Clinical pharmacy}
plan_policy:
  name: Great Lakes Harbor Clinical Criteria RX-BH-17 (Esketamine nasal spray)
  number: RX-BH-17
  quote: >-
    Esketamine nasal spray is approved for 4 weeks when all of the following are met: 1. The member is 18 years
    or older with major depressive disorder. 2. Inadequate response to at least two antidepressants from at least
    two classes, each at an adequate dose for at least 6 weeks, in the current episode. 3. Inadequate response to
    at least one augmentation trial (aripiprazole, brexpiprazole, quetiapine extended-release or lithium) for at
    least 6 weeks, or a contraindication to all of them. 4. Prescribed by a psychiatrist or psychiatric nurse
    practitioner and given at a REMS-certified site. Trials may be documented by pharmacy claims or by chart
    notes submitted with the request.
  file: other/rx-bh-17-criteria-excerpt.txt
payer_criteria:
  - criterion: 1. The member is 18 years or older with major depressive disorder
    how_met: Age 34; major depressive disorder, recurrent, severe without psychotic features (F33.2)
    met: true
    evidence: {file: clinical/birchline-progress-notes-2024-2026.txt, page: 1}
  - criterion: 2. Inadequate response to at least two antidepressants from at least two classes, each at an adequate dose for at least 6 weeks, in the current episode
    how_met: >-
      Escitalopram 20 mg about 12 weeks (no response); bupropion XL 300 mg added to sertraline for about 17 weeks
      (no clear benefit, stopped); sertraline 200 mg since June 2025, continued, with only a partial response.
    met: true
    evidence: {file: clinical/birchline-progress-notes-2024-2026.txt, page: 1}
  - criterion: 3. Inadequate response to at least one augmentation trial (aripiprazole, brexpiprazole, quetiapine extended-release or lithium) for at least 6 weeks
    how_met: >-
      Aripiprazole 5 mg added to escitalopram February 3 to April 14, 2025 (10 weeks), no meaningful response;
      paid with a pharmacy discount card while uninsured, so it is not in the plan's claims.
    met: true
    evidence: {file: other/pharmacy-discount-card-fill-history-2025.txt, page: 1}
  - criterion: 4. Prescribed by a psychiatrist or psychiatric nurse practitioner and given at a REMS-certified site
    how_met: Prescribed by Renata Solberg-Ihejirika, DNP, PMHNP-BC; Birchline Behavioral Health is REMS-certified
    met: true
    evidence: {file: clinical/birchline-progress-notes-2024-2026.txt, page: 2}
treatment:
  name: Spravato (esketamine nasal spray)
  summary: >-
    Induction with esketamine nasal spray twice weekly for four weeks (eight sessions) at a REMS-certified clinic,
    with sertraline continued.
  setting: Birchline Behavioral Health, a REMS-certified outpatient clinic (FICTIONAL)
  monitoring: blood pressure before dosing, at 40 minutes and before discharge; at least two hours of observation
  alongside: sertraline 200 mg daily, continued
  plan: 56 mg at the first session, then 56 or 84 mg twice weekly for weeks 1-4 (eight sessions); MADRS at week 4
author:
  name: Renata Solberg-Ihejirika
  role: Treating psychiatric nurse practitioner (DNP, PMHNP-BC)
  relation: prescriber
  authorization: other/member-written-consent-provider-appeal.txt
  address: |-
    Birchline Behavioral Health, 210 Lakeshore Drive, Suite 4
    Fennimore Bay, MI 49799
  phone: (231) 555-0147
  fax: (231) 555-0148
  email: rsolberg@birchline.example
provider:
  name: Renata Solberg-Ihejirika
  credentials: DNP, PMHNP-BC
  npi: "1938572041"
  phone: (231) 555-0147
  address: |-
    Birchline Behavioral Health, 210 Lakeshore Drive, Suite 4
    Fennimore Bay, MI 49799
peer_to_peer:
  availability: Tuesdays and Thursdays 12-1 pm
clinical:
  episode_onset: September 2024
  treating_since: June 2025
  severity: MADRS 31 and PHQ-9 19 on November 5, 2026
  severity_date: 2026-11-05
  suicidality: passive
  suicidality_date: 2026-11-05
  exclusions: >-
    November 5, 2026: no aneurysmal vascular disease, AVM or intracerebral hemorrhage; BP 122/76; no psychosis; no
    substance use disorder (AUDIT-C 1)
  history:
    - drug: Escitalopram
      dose: 10 mg, then 20 mg daily
      start: 2024-10
      end: 2025-01
      outcome: No response after about 12 weeks (paid by his former employer's plan)
      response: none
      paid_outside: former employer plan (before Medicaid)
      evidence: {file: clinical/birchline-progress-notes-2024-2026.txt, page: 1}
    - drug: Aripiprazole (added to escitalopram)
      kind: augmentation
      dose: 5 mg daily
      start: 2025-02-03
      end: 2025-04-14
      outcome: No meaningful response after 10 weeks; stopped
      response: none
      paid_outside: pharmacy discount card while uninsured
      evidence: {file: other/pharmacy-discount-card-fill-history-2025.txt, page: 1}
    - drug: Sertraline
      dose: 50 mg, titrated to 200 mg daily
      start: 2025-06-20
      ongoing: true
      outcome: Partial response only (PHQ-9 21 to 15); continued
      response: partial
      evidence: {file: clinical/birchline-progress-notes-2024-2026.txt, page: 1}
    - drug: Bupropion XL (added to sertraline)
      kind: antidepressant
      dose: 150 mg, then 300 mg daily
      start: 2025-11-03
      end: 2026-03-02
      outcome: No clear benefit after about 17 weeks; stopped for anxiety
      response: none
      evidence: {file: clinical/birchline-progress-notes-2024-2026.txt, page: 1}
    - drug: Quetiapine (immediate release, for sleep)
      kind: other
      dose: 25 mg at bedtime
      start: 2025-07
      end: 2025-09
      outcome: Given for sleep only; not an augmentation trial
      adequate: false
      evidence: {file: clinical/birchline-progress-notes-2024-2026.txt, page: 1}
    - drug: Cognitive behavioral therapy
      kind: psychotherapy
      dose: 14 sessions
      sessions: 14
      start: 2025-07
      end: 2025-12
      outcome: Completed; some help with activity scheduling, depression persisted
      response: partial
      evidence: {file: clinical/birchline-progress-notes-2024-2026.txt, page: 1}
impact:
  work: Lost his warehouse job in January 2025 after repeated absences; not working since
  daily_life: Spends most days in bed; his sister does his shopping
literature:
  - id: popova-2019
bates_prefix: ARKWRIGHT
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''
C02["docs"] = {
"denial/notice-of-adverse-benefit-determination-2026-11-18.txt": """
GREAT LAKES HARBOR HEALTH PLAN (FICTIONAL) - Medicaid Health Plan
NOTICE OF ADVERSE BENEFIT DETERMINATION                                  Date: November 18, 2026
Member: Tobias W. Arkwright      Member ID: GLH-FICT-700318842      Reference: PA-26-1112-40931
Requested by: Renata Solberg-Ihejirika, PMHNP-BC, Birchline Behavioral Health (received 11/12/2026)
Service: Spravato (esketamine) nasal spray, J0013, 8 sessions

Your provider asked us to approve Spravato (esketamine) nasal spray. We denied this request. Our Clinical Criteria
RX-BH-17 require at least two different antidepressants and at least one augmentation trial (aripiprazole,
brexpiprazole, quetiapine extended-release or lithium), each for at least 6 weeks. Your pharmacy claims for the
past 12 months show sertraline and bupropion. We did not find an augmentation trial.
Reviewed by: Gerald Tomczak, PharmD.

YOUR RIGHT TO APPEAL: You have 60 calendar days from the date of this notice to ask for an appeal. Your provider
may appeal for you with your written consent. We will decide a standard appeal within 30 calendar days, or within
72 hours if waiting could seriously harm your health. After our appeal decision you may ask for a State Fair
Hearing. Free help: call the Medicaid ombudsman line (FICTIONAL) (800) 555-0102.
""",
"other/rx-bh-17-criteria-excerpt.txt": """
GREAT LAKES HARBOR HEALTH PLAN (FICTIONAL) - CLINICAL CRITERIA RX-BH-17  Esketamine nasal spray  Rev. 07/2026
Esketamine nasal spray is approved for 4 weeks when all of the following are met:
1. The member is 18 years or older with major depressive disorder.
2. Inadequate response to at least two antidepressants from at least two classes, each at an adequate dose for at
   least 6 weeks, in the current episode.
3. Inadequate response to at least one augmentation trial (aripiprazole, brexpiprazole, quetiapine extended-release
   or lithium) for at least 6 weeks, or a contraindication to all of them.
4. Prescribed by a psychiatrist or psychiatric nurse practitioner and given at a REMS-certified site.
Trials may be documented by pharmacy claims or by chart notes submitted with the request.
Continuation: MADRS improvement of 25% or more at week 4.
""",
"other/pharmacy-discount-card-fill-history-2025.txt": """
NORTHWOODS PHARMACY #118 (FICTIONAL) - PRESCRIPTION FILL HISTORY      Printed 11/20/2026
Patient: Tobias Arkwright   DOB 03/08/1992
Payment: cash with pharmacy discount card (no insurance on file 02/2025-05/2025)
02/03/2025  aripiprazole 5 mg tab  #30  Rx: Dr. Helen Marchetti (FICTIONAL)   paid $14.20 discount card
03/04/2025  aripiprazole 5 mg tab  #30                                        paid $14.20 discount card
04/02/2025  aripiprazole 5 mg tab  #30                                        paid $14.20 discount card
02/03/2025  escitalopram 20 mg tab #30                                        paid $9.80 discount card
03/04/2025  escitalopram 20 mg tab #30                                        paid $9.80 discount card
04/02/2025  escitalopram 20 mg tab #30                                        paid $9.80 discount card
""",
"other/member-written-consent-provider-appeal.txt": """
WRITTEN CONSENT FOR MY PROVIDER TO APPEAL FOR ME (FICTIONAL)
I, Tobias W. Arkwright, Great Lakes Harbor member GLH-FICT-700318842, give my consent for Renata
Solberg-Ihejirika, PMHNP-BC, of Birchline Behavioral Health, to file an appeal for me of the decision dated
November 18, 2026 (reference PA-26-1112-40931) and to receive the plan's appeal decision.
Signed: Tobias W. Arkwright    Date: 11/24/2026
""",
"clinical/birchline-progress-notes-2024-2026.txt": """
BIRCHLINE BEHAVIORAL HEALTH (FICTIONAL) - Renata Solberg-Ihejirika, DNP, PMHNP-BC
Arkwright, Tobias W., DOB 03/08/1992                                    page 1
History (intake 06/20/2025, with records of Dr. Helen Marchetti, family medicine): recurrent MDD; first episode
2016, remitted on fluoxetine (maybe; patient unsure of the drug). Current episode since 09/2024.
 - Escitalopram 10 -> 20 mg 10/2024-01/2025 (former employer plan): no response at ~12 weeks.
 - Aripiprazole 5 mg added to escitalopram 02/03/2025-04/14/2025 (uninsured; discount card): no meaningful
   response; both stopped 04/2025.
 - Medicaid from 06/01/2025. Sertraline started 06/20/2025, titrated to 200 mg by 08/2025: partial response only
   (PHQ-9 21 -> 15); continue.
 - Quetiapine 25 mg qhs 07/2025-09/2025 for sleep only (not an antipsychotic trial); stopped.
 - CBT 14 sessions 07/2025-12/2025: helped with activity scheduling; depression persisted.
 - Bupropion XL 150 -> 300 mg added to sertraline 11/03/2025; 02/2026 no clear benefit; stopped 03/02/2026
   (anxiety).
11/05/2026: MADRS 31, PHQ-9 19. Passive death wishes ("wouldn't mind not waking up"); no plan or intent; C-SSRS
screen positive for passive ideation only. No psychosis. BP 122/76. No AVM/aneurysm/ICH. AUDIT-C 1.
                                                                        page 2
Plan: Spravato induction at this REMS-certified site (REMS enrollment on file), two hours' observation;
continue sertraline 200 mg. PA request sent 11/12/2026.
""",
}
C02["truth"] = r'''
# 02 - Medicaid managed care: Spravato denied on step criteria because the claims history shows no augmentation; the trials before Medicaid are in the chart; first plan appeal by the psychiatric nurse practitioner (FICTIONAL)

All people, plans, numbers and addresses are invented (FICTIONAL).

## What is true
- Tobias Arkwright, **34**, is in a **Medicaid managed care** plan in Michigan (since June 1, 2025). His PMHNP asked
  on 11/12/2026 for Spravato induction (8 sessions, J0013). Denied **November 18, 2026** under the plan's
  **Clinical Criteria RX-BH-17**: its **pharmacy claims for the past 12 months** show sertraline and bupropion and
  no augmentation trial. Reviewer: a **PharmD**.
- RX-BH-17 itself says: "Trials may be documented by pharmacy claims **or by chart notes** submitted with the
  request." Its criteria ask for the current episode, not the last 12 months.
- Current episode since **September 2024**. Antidepressant trials: escitalopram 20 mg (~12 weeks, none; paid by
  his former employer's plan); **bupropion XL 300 mg added to sertraline** (~17 weeks, none, stopped): an
  **antidepressant** trial, because bupropion is itself an antidepressant; **sertraline 200 mg, still taken**,
  partial response only (counts toward the trials as an **inadequate response**, never as "failed").
  Augmentation: **aripiprazole 5 mg added to escitalopram**, 02/03-04/14/2025 (10 weeks, none), paid with a
  **pharmacy discount card** while he was uninsured: a trial all the same.
- So RX-BH-17 criteria 1-4 are all met. Spravato's labelled use (TRD in adults: two or more antidepressants failed
  in the current episode) is met (escitalopram and bupropion failed; sertraline an inadequate response).
- Suicidality on 11/05/2026: **passive** death wishes, no plan or intent: not the labelled "acute suicidal ideation
  or behaviour" indication.
- Rules: appeal to the plan within **60 days** of the notice (42 CFR 438.402(c)(2)(ii)), i.e. by January 17, 2027;
  a provider may appeal with the enrollee's written consent (signed 11/24/2026); standard resolution within 30 days
  (42 CFR 438.408(b)(2)), expedited 72 hours (438.410) if waiting could seriously harm him. A state fair hearing
  follows an upheld appeal. A new request: no continuation of benefits (438.420) arises.
- The author is a **nurse practitioner**: a prescriber, not a physician.

## Deliberately unknown
- The drug that brought remission in 2016 ("fluoxetine (maybe; patient unsure)"): unknown, not counted, not named
  as a trial.
- Whether the plan's reviewer saw the chart notes at all (the notice cites claims only).
- Whether the aripiprazole dose was ever raised above 5 mg: the fills show 5 mg only.

## Traps
- **Quetiapine 25 mg at bedtime** was for sleep; it is **not** the "quetiapine extended-release" augmentation the
  criteria name, and must not be counted as an augmentation trial.
- **Bupropion added to sertraline** is an antidepressant trial (convention of this set), not augmentation; a letter
  that offers bupropion as the augmentation step is wrong.
- **Sertraline is ongoing** with a partial response: never "failed", never "stopped", no end date.
- **Trials paid outside the plan** (former employer plan, discount card) are trials: a letter must not concede that
  an absence from the plan's claims means no trial.
- **Passive** ideation: no "acute suicidal ideation" indication, no "suicidal behaviour"; it may be stated as passive
  death wishes without plan on 11/05/2026.
- Medicaid, adult: **no EPSDT** (he is 34), no ERISA, no parity statute for employer plans (MHPAEA's Medicaid rule is
  438.910; it is not the winning point), no "name and qualifications" duty, no external review.
- Voice: a PMHNP writes as the treating nurse practitioner: never "Dr." or "physician".

## Arguments a strong letter makes
1. RX-BH-17 accepts trials "documented by pharmacy claims or by chart notes submitted with the request": the chart
   and the pharmacy's discount-card fill history show the augmentation trial (aripiprazole 5 mg with escitalopram,
   10 weeks, no response), paid outside the plan. Every criterion, 1-4, is met, point by point with exhibits.
2. Two antidepressants from different classes failed in the current episode (escitalopram; bupropion added to
   sertraline), and sertraline, still taken, has brought only a partial response: more than criterion 2 asks.
3. Ask for a decision within 30 days (or sooner), a reviewer with psychiatric expertise (the decision was a
   pharmacist's), the criteria and claim file, and offer a peer-to-peer call.

## What a letter must NOT say
- "sertraline failed", "sertraline was stopped", "quetiapine augmentation", "bupropion augmentation" as the
  augmentation step, "fluoxetine" as a trial.
- "acute suicidal ideation", "suicidal behavior", "approved for depressive symptoms with suicidal ideation".
- "EPSDT", "ERISA", "29 CFR 2560.503-1", "45 CFR 147.136", "external review", "MHPAEA" as if this were an employer
  plan, "the plan named no criteria" (it named RX-BH-17).
- "Dr. Solberg-Ihejirika", "as his physician".
'''
C02["expected"] = [
    ("other/rx-bh-17-criteria-excerpt.txt", "Trials may be documented by pharmacy claims or by chart notes submitted with the request."),
    ("other/pharmacy-discount-card-fill-history-2025.txt", "02/03/2025  aripiprazole 5 mg tab"),
    ("clinical/birchline-progress-notes-2024-2026.txt", "Quetiapine 25 mg qhs 07/2025-09/2025 for sleep only"),
    ("clinical/birchline-progress-notes-2024-2026.txt", "partial response only (PHQ-9 21 -> 15); continue"),
    ("clinical/birchline-progress-notes-2024-2026.txt", "Bupropion XL 150 -> 300 mg added to sertraline"),
    ("clinical/birchline-progress-notes-2024-2026.txt", "Passive death wishes"),
    ("denial/notice-of-adverse-benefit-determination-2026-11-18.txt", "60 calendar days from the date of this notice"),
]

# ---------------------------------------------------------------------------------------------------------------
C03 = dict(slug="03-medicaid-mco-teen-prtf-continued-stay-fair-hearing-mother")
C03["yaml"] = r'''
# FICTIONAL CASE (set 18, case 03) - every person, plan, number and address is invented.
# Medicaid managed care (Pennsylvania), member aged 15: continued stay in a psychiatric residential treatment
# facility denied from 09/29/2026 as "can be treated at a lower level of care (IOP)"; the plan upheld it on appeal
# on 10/21/2026. His mother asks for a state fair hearing for the 21 days denied (he was discharged 10/20).
patient:
  name: Jonah Elias Abernathy-Cruz
  salutation: Jonah
  date_of_birth: May 22, 2011
  member_id: KRF-FICT-5520917
  address: |-
    88 Furnace Hill Road
    Millstream, PA 17099
  phone: (717) 555-0128
insurer:
  name: Keystone Ridge Family Health (FICTIONAL)
  appeals_address: |-
    Keystone Ridge Family Health, Complaints, Grievances and Appeals
    PO Box 61420
    Harrisburg, PA 17106
  fax: (717) 555-0175
claim:
  number: UM-26-0928-31177
  plan_type: medicaid
  delivery: managed_care
  notice_date: September 28, 2026
  service_dates: [2026-09-29, 2026-10-19]
  inpatient: true
  diagnosis_codes: [F32.2, F41.1]
  denial_reason: >-
    Continued stay at the psychiatric residential treatment facility is not approved from 09/29/2026. Based on MCG
    Residential Behavioral Health Level of Care, Child or Adolescent, the member's symptoms have improved and he can
    be safely treated at a lower level of care, such as an intensive outpatient program (IOP).
  denial_category: medical_necessity
  denial_reasons: [level_of_care]
  action: end
  reviewer: {name: "Dennis Ahlgren, MD", specialty: Family Medicine}
template: external-review-request
decisions:
  - date: 2026-10-21
    outcome: denied
    stage: first-level plan appeal
    opens: state fair hearing
    next_deadline: 2027-02-18
    reason: >-
      We upheld our decision. The member no longer met MCG criteria for continued residential treatment after
      09/28/2026 and could have been treated in an intensive outpatient program. The member was discharged on
      10/14/2026.
    corrections:
      - said: The member was discharged on 10/14/2026.
        record: Jonah was discharged on October 20, 2026, so the days denied run through October 19, 2026
        file: clinical/laurel-hollow-discharge-summary-2026-10-20.txt
        page: 1
external_review:
  final_denial_date: 2026-10-21
plan_policy:
  name: MCG Residential Behavioral Health Level of Care, Child or Adolescent
treatment:
  name: Psychiatric residential treatment (PRTF), continued stay
  summary: >-
    Continued residential psychiatric treatment at a PRTF for a 15-year-old admitted after a suicide attempt, for
    the 21 days from September 29 through October 19, 2026, until an intensive outpatient program could take him.
  setting: Laurel Hollow Youth Treatment Center, a psychiatric residential treatment facility (FICTIONAL)
author:
  name: Lourdes Marisol Cruz-Abernathy
  role: Mother and legal guardian of the member (age 15)
  relation: parent
  address: |-
    88 Furnace Hill Road
    Millstream, PA 17099
  phone: (717) 555-0128
  email: lourdes.cruzab@homemail.example
provider:
  name: Priya Venkataraman-Holt
  credentials: MD, child and adolescent psychiatrist
  npi: "1503968277"
  phone: (570) 555-0141
  address: |-
    Laurel Hollow Youth Treatment Center, 1200 Quarry Ridge Road
    Laurel Hollow, PA 17899
clinical:
  severity: PHQ-A 22 on September 26, 2026; PHQ-A 17 on October 16, 2026
  severity_date: 2026-10-16
  suicidality: active
  suicidality_date: 2026-10-04
  history:
    - drug: Fluoxetine
      dose: 20 mg, then 40 mg daily
      start: 2025-09-15
      ongoing: true
      outcome: Partial response only; continued through and after the stay
      response: partial
      evidence: {file: clinical/laurel-hollow-discharge-summary-2026-10-20.txt, page: 1}
    - drug: Weekly outpatient therapy (CBT)
      kind: psychotherapy
      dose: about 30 sessions
      sessions: 30
      start: 2025-10
      end: 2026-07
      outcome: Attended irregularly; suicide attempt on July 30, 2026 during this care
      evidence: {file: clinical/laurel-hollow-discharge-summary-2026-10-20.txt, page: 1}
alternatives:
  - treatment: Intensive outpatient program
    level: intensive outpatient program
    name: Crestview Teen IOP (in network)
    first_opening: 2026-10-19
    why_not: Waitlist; first opening October 19, 2026 (intake) with program start October 21
    proof: clinical/laurel-hollow-discharge-planning-log-2026-09.txt
  - treatment: Intensive outpatient program
    level: intensive outpatient program
    name: Millbrook Adolescent IOP (in network)
    why_not: Declined the referral on 09/30/2026 - its admission rules exclude youth with self-harm in the past 30 days
    proof: clinical/laurel-hollow-discharge-planning-log-2026-09.txt
impact:
  hospitalizations: Inpatient psychiatric unit July 30 - August 11, 2026 after an overdose; PRTF August 11 - October 20, 2026
  daily_life: Out of school from late July until October 26, 2026
bates_prefix: ABERNATHYCRUZ
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''
C03["docs"] = {
"denial/concurrent-review-denial-2026-09-28.txt": """
KEYSTONE RIDGE FAMILY HEALTH (FICTIONAL) - Medical Assistance Managed Care
NOTICE OF DENIAL - CONCURRENT REVIEW                                       Date: September 28, 2026
Member: Jonah E. Abernathy-Cruz   DOB 05/22/2011   Member ID KRF-FICT-5520917   Reference UM-26-0928-31177
Facility: Laurel Hollow Youth Treatment Center (PRTF), admitted 08/11/2026; approved through 09/28/2026.
Level of care: psychiatric residential treatment, revenue code 1001.
Decision: Continued stay at the psychiatric residential treatment facility is not approved from 09/29/2026. Based
on MCG Residential Behavioral Health Level of Care, Child or Adolescent, the member's symptoms have improved and he
can be safely treated at a lower level of care, such as an intensive outpatient program (IOP).
Reviewer: Dennis Ahlgren, MD (Family Medicine).
You may appeal to us within 60 days of this notice. If you appeal within 10 days, the services may continue during
your appeal. After our appeal decision, you may ask for a Fair Hearing.
""",
"denial/appeal-resolution-notice-2026-10-21.txt": """
KEYSTONE RIDGE FAMILY HEALTH (FICTIONAL)
NOTICE OF APPEAL DECISION                                                   Date: October 21, 2026
Member: Jonah E. Abernathy-Cruz    Reference UM-26-0928-31177    Appeal APL-26-1002-0884
We upheld our decision. The member no longer met MCG criteria for continued residential treatment after
09/28/2026 and could have been treated in an intensive outpatient program. The member was discharged on
10/14/2026.
Your right to a Fair Hearing: you may ask the Department of Human Services (FICTIONAL contact) for a Fair Hearing
within 120 days of the date of this notice. Free legal help: (800) 555-0109.
""",
"clinical/laurel-hollow-discharge-summary-2026-10-20.txt": """
LAUREL HOLLOW YOUTH TREATMENT CENTER (FICTIONAL) - DISCHARGE SUMMARY
Patient: Jonah E. Abernathy-Cruz, 15    Admitted 08/11/2026    Discharged 10/20/2026 to home with IOP
Attending: Priya Venkataraman-Holt, MD (child and adolescent psychiatry)
Reason for admission: step-down from inpatient unit after overdose (suicide attempt) on 07/30/2026.
Medications: fluoxetine 20 mg since 09/15/2025, raised to 40 mg 06/2026: partial response only; continued at
discharge. Outpatient CBT weekly 10/2025-07/2026, attended irregularly.
Course: PHQ-A 22 on 09/26/2026. 10/04/2026: self-harm (superficial cuts to the forearm) on the unit; stated active
suicidal thoughts without a plan; 1:1 observation 10/04-10/06. 10/09/2026: attempted to leave the unit at night.
From 10/12 no self-harm; PHQ-A 17 on 10/16/2026; safety plan rehearsed with mother.
Discharge 10/20/2026: to Crestview Teen IOP (program start 10/21/2026); return to school 10/26/2026.
""",
"clinical/laurel-hollow-discharge-planning-log-2026-09.txt": """
LAUREL HOLLOW YOUTH TREATMENT CENTER (FICTIONAL) - DISCHARGE PLANNING LOG (social work)
09/29/2026  Referral faxed to Crestview Teen IOP (in network). Reply 09/30: waitlist, first intake slot 10/19/2026.
09/29/2026  Referral faxed to Millbrook Adolescent IOP (in network). Reply 09/30: declined - program excludes youth
            with self-harm in the past 30 days.
10/05/2026  Crestview re-contacted after the 10/04 incident: no earlier slot.
10/19/2026  Crestview intake completed; program start 10/21/2026.
""",
}
C03["truth"] = r'''
# 03 - Medicaid managed care, member aged 15: PRTF continued stay denied as "IOP appropriate"; the plan upheld it; his mother asks for a state fair hearing (FICTIONAL)

All people, plans, numbers and addresses are invented (FICTIONAL).

## What is true
- Jonah Abernathy-Cruz, **15**, is in a **Medicaid managed care** plan (Pennsylvania). After an overdose on
  07/30/2026 he went from an inpatient unit to a **PRTF** on 08/11/2026. The plan denied continued stay from
  **09/29/2026** (concurrent review, 09/28) as treatable at a **lower level of care (IOP)** under MCG (licensed
  criteria, not published). The plan **upheld** it on appeal on **10/21/2026**. He stayed until discharge on
  **10/20/2026**: the days denied are **September 29 through October 19, 2026** (21 days).
- Next level: **state fair hearing**, asked within **120 days of the plan's notice of resolution** (42 CFR
  438.408(f)(2)): by **February 18, 2027**.
- **EPSDT** (42 U.S.C. 1396d(r)(5)): a Medicaid member under 21 is entitled to the care necessary to correct or
  ameliorate a mental illness, whatever the plan's own criteria say.
- The lower level was **not available**: Crestview Teen IOP (in network) had **no opening until 10/19/2026** (program
  start 10/21); Millbrook Adolescent IOP **declined** him on 09/30 (self-harm in the past 30 days). Discharge
  planning started the first day denied (09/29).
- On the denied days: **10/04 self-harm on the unit with active suicidal thoughts**, 1:1 observation 10/04-10/06;
  **10/09 attempt to leave the unit at night**. PHQ-A 22 (09/26) then 17 (10/16).
- Fluoxetine 40 mg is **still taken** with a partial response. The denial was by a **family medicine** physician.
- The stay is over: nothing is left to continue (no 438.420 request).
- The facility bills the stay under revenue code **1001** (psychiatric residential treatment); `check` refuses that
  code (it takes 0100-0999 only), so it is printed in the concurrent-review notice and not in case.yaml (Tool gaps).
- The author is his **mother** (parent of a minor): no authorization form needed.

## Deliberately unknown
- The MCG criteria text the plan applied (licensed): ask for it; do not quote or paraphrase it as if known.
- Whether the facility will bill the family for the denied days (Medicaid provider rules): do not state.
- Whether the hearing office will hear it by phone or in person.

## Traps
- **Discharge date contradiction.** The plan's appeal decision says he was discharged **10/14/2026**; the discharge
  summary says **10/20/2026**. The denied days run through 10/19. A letter must not use 10/14.
- **Level of care, not a drug-trial count.** The letter must not lead with "failed trials" or say outpatient care
  failed as a reason; the question is whether the lower level could safely take him on the days denied.
- **Fluoxetine is ongoing**: never "failed" or "stopped". The CBT was attended irregularly: not an adequate failed
  course.
- **"Improved"**: he was improving after 10/12, but the denied period began with self-harm and active SI on 10/04.
- The lower level is not a network question: no "network gap", no "out-of-network exception".
- **Stage**: this is a fair hearing request after the plan's appeal, not a first appeal to the plan; the decision to
  answer is the 10/21 one. No continuation-of-benefits request (the stay ended). No ERISA, no external review by an
  IRO, no "name and qualifications" duty.
- Voice: the mother writes about her son ("my son", "Jonah"), not "I was admitted".

## Arguments a strong letter makes
1. The lower level the plan named was not available: Crestview's first opening was 10/19 (start 10/21), after almost
   every day denied, and Millbrook refused him (self-harm within 30 days), with the planning log as the record;
   he went to IOP the day a place existed.
2. The record of the denied days themselves: self-harm and active suicidal thoughts on 10/04 with 1:1 observation,
   an attempt to leave on 10/09; residential care was needed for his safety until 10/20.
3. EPSDT: as a Medicaid member under 21 he is entitled to the care necessary to correct or ameliorate his illness
   (42 U.S.C. 1396d(r)(5)); MCG cannot narrow that. Ask the hearing to order payment for 09/29-10/19/2026, and ask
   for the MCG criteria and the case file; note the reviewer was a family physician, not a child psychiatrist.

## What a letter must NOT say
- "discharged on October 14", "from September 29 through October 14".
- "fluoxetine failed", "outpatient treatment failed", "failed X adequate trials".
- "network gap", "out-of-network exception", "continue his services during the appeal" / "438.420" as a request.
- "ERISA", "29 CFR 2560.503-1", "45 CFR 147.136", "independent external review organization", "MHPAEA".
- "the plan named no criteria" (it named MCG).
'''
C03["expected"] = [
    ("denial/appeal-resolution-notice-2026-10-21.txt", "The member was discharged on 10/14/2026."),
    ("clinical/laurel-hollow-discharge-summary-2026-10-20.txt", "Discharged 10/20/2026"),
    ("clinical/laurel-hollow-discharge-planning-log-2026-09.txt", "first intake slot 10/19/2026"),
    ("clinical/laurel-hollow-discharge-planning-log-2026-09.txt", "excludes youth"),
    ("clinical/laurel-hollow-discharge-summary-2026-10-20.txt", "10/04/2026: self-harm"),
    ("denial/appeal-resolution-notice-2026-10-21.txt", "within 120 days of the date of this notice"),
    ("denial/concurrent-review-denial-2026-09-28.txt", "Dennis Ahlgren, MD (Family Medicine)"),
]

# ---------------------------------------------------------------------------------------------------------------
C04 = dict(slug="04-church-plan-ect-benefit-limit-second-level-psychiatrist")
C04["yaml"] = r'''
# FICTIONAL CASE (set 18, case 04) - every person, plan, number and address is invented.
# Church plan, self-funded, not under ERISA (Indiana): treatments 13-18 of an acute ECT course denied under the
# benefit booklet's 12-treatments-a-year limit (CO-119); the first-level appeal was upheld on 11/05/2026 without a
# medical review. Second-level appeal by the treating psychiatrist, with the member's written consent: the plan's
# own exception for a course in progress, and parity.
patient:
  name: Annaliese Marguerite Vormbrock
  salutation: Ms. Vormbrock
  date_of_birth: November 2, 1969
  member_id: CFH-FICT-33017-02
  address: |-
    614 Chapel Ridge Court
    Harlow Springs, IN 46799
  phone: (260) 555-0137
insurer:
  name: Covenant Fellowship Health Benefit Trust (FICTIONAL)
  appeals_address: |-
    Covenant Fellowship Health Benefit Trust, Appeals Committee
    c/o Wabash Valley Benefit Services (FICTIONAL), PO Box 7720
    Fort Wayne, IN 46801
  fax: (260) 555-0179
claim:
  number: WVB-26-0930-118842
  plan_type: church
  funding: self_funded
  stage: second level
  notice_date: October 2, 2026
  service_dates: [2026-08-31, 2026-09-02, 2026-09-04, 2026-09-09, 2026-09-16, 2026-09-25]
  sessions: 6
  procedure_codes: [90870]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-119]
  denial_reason: >-
    Benefit maximum for this time period or occurrence has been reached. Electroconvulsive therapy is limited to 12
    treatments per calendar year.
  denial_category: benefit_limit
  coding_correct: true
decisions:
  - date: 2026-11-05
    outcome: denied
    stage: first-level appeal
    opens: second level
    next_deadline: 2027-01-04
    reason: >-
      The Benefit Booklet (Section 5.12) limits electroconvulsive therapy to 12 treatments per calendar year.
      Treatments 13 through 18 exceed this limit and are not covered. This decision is based on plan provisions;
      medical necessity was not reviewed.
    corrections:
      - said: The Benefit Booklet (Section 5.12) limits electroconvulsive therapy to 12 treatments per calendar year.
        record: Section 5.12 of the Benefit Booklet 2026 is outpatient rehabilitation; the ECT limit is in Section 5.14
        file: other/benefit-booklet-2026-excerpts.txt
        page: 1
plan_policy:
  name: Covenant Fellowship Health Benefit Trust, Benefit Booklet 2026, Section 5.14 (Electroconvulsive therapy)
  number: Section 5.14
  quote: >-
    Electroconvulsive therapy (ECT) is covered when medically necessary, up to 12 treatments per calendar year.
  file: other/benefit-booklet-2026-excerpts.txt
  exception: >-
    Section 7.6: The Plan's Medical Director may approve benefits beyond a stated visit or treatment limit when the
    attending physician documents that additional services are medically necessary to complete a course of
    treatment in progress.
  limit:
    applied: 12
    current: 12
    course: 18
    unit: treatments
  comparator:
    name: Benefit Booklet 2026, Section 5.2 (Outpatient medical and surgical services)
    quote: >-
      Chemotherapy and infusion therapy, dialysis, and radiation therapy are covered when medically necessary. No
      visit or treatment limit applies.
    file: other/benefit-booklet-2026-excerpts.txt
  other_terms: >-
    Section 1.4: The Plan complies with the mental health parity requirements of the Internal Revenue Code that
    apply to church plans.
treatment:
  name: Electroconvulsive therapy (ECT), acute course
  summary: >-
    An acute course of 18 right unilateral ultrabrief ECT treatments (August 3 - September 25, 2026) for severe
    recurrent depression; treatments 13-18 completed the course after a partial response at treatment 12.
  plan: >-
    Three treatments a week to 12, then six more at a reduced frequency to remission (MADRS 10 or less), then
    venlafaxine continued for relapse prevention.
author:
  name: Ophelia Nwachukwu-Berg
  role: Treating psychiatrist (attending physician for the ECT course)
  relation: physician
  authorization: other/member-authorization-2026-11-12.txt
  address: |-
    St. Brendan Behavioral Health, 3300 Riverbend Parkway
    Fort Wayne, IN 46805
  phone: (260) 555-0155
  fax: (260) 555-0156
  email: onberg@stbrendan.example
provider:
  name: Ophelia Nwachukwu-Berg
  credentials: MD, psychiatrist
  npi: "1762049389"
  phone: (260) 555-0155
  address: |-
    St. Brendan Behavioral Health, 3300 Riverbend Parkway
    Fort Wayne, IN 46805
employer:
  name: Covenant Fellowship Health Ministries, Benefits Office (FICTIONAL)
  address: |-
    1 Fellowship Square
    Fort Wayne, IN 46802
clinical:
  episode_onset: November 2025
  treating_since: March 2026
  severity: MADRS 38 before ECT (July 28, 2026), 22 after treatment 12 (August 28, 2026), 9 after treatment 18 (September 28, 2026)
  severity_date: 2026-09-28
  response: MADRS 38 before the course, 22 after treatment 12 (partial), 9 after treatment 18
  response_level: remission
  suicidality: passive
  suicidality_date: 2026-07-28
  history:
    - drug: Venlafaxine XR
      dose: 150 mg, then 225 mg daily
      start: 2025-12
      ongoing: true
      outcome: Partial response only; continued through and after ECT
      response: partial
      evidence: {file: clinical/st-brendan-ect-course-record-2026.txt, page: 1}
    - drug: Lithium (added to venlafaxine)
      kind: augmentation
      dose: 600 mg daily (level 0.7)
      start: 2026-03-09
      end: 2026-05-04
      outcome: No response after 8 weeks; stopped for tremor
      response: none
      evidence: {file: clinical/st-brendan-ect-course-record-2026.txt, page: 1}
    - drug: Nortriptyline
      dose: 50 mg, then 75 mg daily
      start: 2026-05-11
      end: 2026-06-29
      outcome: Stopped after 7 weeks for orthostatic dizziness and a fall; minimal change
      response: none
      evidence: {file: clinical/st-brendan-ect-course-record-2026.txt, page: 1}
    - drug: Behavioral activation therapy
      kind: psychotherapy
      dose: 12 sessions
      sessions: 12
      start: 2026-02
      end: 2026-05
      outcome: Completed; depression persisted
      response: none
      evidence: {file: clinical/st-brendan-ect-course-record-2026.txt, page: 1}
    - drug: Sertraline
      dose: 150 mg daily
      start: 2021
      end: 2023
      outcome: Remission in the 2021 episode; tapered off in 2023
      response: remission
      evidence: {file: clinical/st-brendan-ect-course-record-2026.txt, page: 1}
bates_prefix: VORMBROCK
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''
C04["docs"] = {
"denial/eob-2026-10-02.txt": """
WABASH VALLEY BENEFIT SERVICES (FICTIONAL), administrator for COVENANT FELLOWSHIP HEALTH BENEFIT TRUST
EXPLANATION OF BENEFITS                     Date: October 2, 2026      Claim WVB-26-0930-118842
Member: Annaliese M. Vormbrock   ID CFH-FICT-33017-02   Provider: St. Brendan Behavioral Health
Date        Code    Treatment #   Billed     Paid      Code
08/31/2026  90870   13            $610.00    $0.00     CO-119
09/02/2026  90870   14            $610.00    $0.00     CO-119
09/04/2026  90870   15            $610.00    $0.00     CO-119
09/09/2026  90870   16            $610.00    $0.00     CO-119
09/16/2026  90870   17            $610.00    $0.00     CO-119
09/16/2026  90870   17            $610.00    $0.00     CO-18  (duplicate of the line above)
09/25/2026  90870   18            $610.00    $0.00     CO-119
CO-119: Benefit maximum for this time period or occurrence has been reached. Electroconvulsive therapy is limited
to 12 treatments per calendar year.
CO-18: Exact duplicate claim/service.
Appeals: within 180 days of this notice, to the Appeals Committee, PO Box 7720, Fort Wayne, IN 46801.
""",
"denial/first-level-appeal-decision-2026-11-05.txt": """
COVENANT FELLOWSHIP HEALTH BENEFIT TRUST (FICTIONAL) - APPEALS COMMITTEE
FIRST-LEVEL APPEAL DECISION                                  November 5, 2026     Claim WVB-26-0930-118842
Member: Annaliese M. Vormbrock
Decision: upheld. The Benefit Booklet (Section 5.12) limits electroconvulsive therapy to 12 treatments per calendar
year. Treatments 13 through 18 exceed this limit and are not covered. This decision is based on plan provisions;
medical necessity was not reviewed.
Second-level appeal: you may ask for a second-level review within 60 days of this decision (by January 4, 2027).
The second-level decision is final under the Plan. The Plan is a church plan and is not subject to ERISA.
""",
"other/benefit-booklet-2026-excerpts.txt": """
COVENANT FELLOWSHIP HEALTH BENEFIT TRUST - BENEFIT BOOKLET 2026 (FICTIONAL) - excerpts
Section 1.4  The Plan complies with the mental health parity requirements of the Internal Revenue Code that apply
to church plans. The Plan covers about 2,300 employees of Covenant Fellowship Health Ministries and its members.
Section 5.2  Outpatient medical and surgical services. Chemotherapy and infusion therapy, dialysis, and radiation
therapy are covered when medically necessary. No visit or treatment limit applies.
Section 5.12 Outpatient rehabilitation: physical and occupational therapy, 40 visits per calendar year combined.
Section 5.14 Electroconvulsive therapy (ECT) is covered when medically necessary, up to 12 treatments per calendar
year.
Section 7.6  The Plan's Medical Director may approve benefits beyond a stated visit or treatment limit when the
attending physician documents that additional services are medically necessary to complete a course of treatment
in progress.
""",
"other/member-authorization-2026-11-12.txt": """
AUTHORIZATION TO APPEAL AND RELEASE OF INFORMATION (FICTIONAL)
I, Annaliese M. Vormbrock (ID CFH-FICT-33017-02), authorize Dr. Ophelia Nwachukwu-Berg of St. Brendan Behavioral
Health to appeal for me, at every level, the denial of claim WVB-26-0930-118842, and to send my records to the Plan.
Signed: Annaliese M. Vormbrock     Date: 11/12/2026
""",
"clinical/st-brendan-ect-course-record-2026.txt": """
ST. BRENDAN BEHAVIORAL HEALTH (FICTIONAL) - ECT SERVICE - Ophelia Nwachukwu-Berg, MD
Vormbrock, Annaliese M., DOB 11/02/1969                                                   page 1
History: recurrent MDD. 2021 episode remitted on sertraline 150 mg (tapered off 2023). Current episode since
11/2025. Venlafaxine XR 150 -> 225 mg from 12/2025: partial response; continued. Lithium 600 mg added
03/09/2026-05/04/2026 (level 0.7): no response, tremor; stopped. Nortriptyline 50 -> 75 mg 05/11/2026-06/29/2026: stopped
at 7 weeks after orthostatic dizziness and a fall. Behavioral activation, 12 sessions 02-05/2026: completed.
07/28/2026: MADRS 38; passive wish to be dead, no plan. Referred for ECT.
Course (right unilateral ultrabrief): treatments 1-12 on 08/03-08/28/2026 (3 per week).
08/28/2026 after #12: MADRS 22 - partial response. Plan: continue to remission; six more treatments at reduced
frequency (#13 08/31, #14 09/02, #15 09/04, #16 09/09, #17 09/16, #18 09/25).
09/28/2026: MADRS 9 - remission. Orientation intact; mild transient word-finding complaints resolved.
Plan: venlafaxine XR 225 mg continued; no maintenance ECT planned at present.
""",
}
C04["truth"] = r'''
# 04 - Church plan (self-funded, not ERISA): ECT treatments 13-18 denied under a 12-a-year limit; second-level appeal by the treating psychiatrist (FICTIONAL)

All people, plans, numbers and addresses are invented (FICTIONAL).

## What is true
- Annaliese Vormbrock is covered by a **church plan**, self-funded, **not under ERISA** (the plan says so), about
  2,300 employees (parity applies to it: 26 CFR 54.9812-1, and its own Section 1.4 says it complies).
- She had an acute course of **18 ECT treatments** (08/03-09/25/2026). Treatments **13-18** (six dates: 08/31,
  09/02, 09/04, 09/09, 09/16, 09/25) were denied **CO-119** under Booklet **Section 5.14**: "up to 12 treatments per
  calendar year". The first-level appeal was upheld on **November 5, 2026** ("medical necessity was not reviewed").
  The second level must be asked within **60 days of that decision: January 4, 2027**; it is the plan's final level.
- The plan's own **Section 7.6**: the Medical Director may approve benefits beyond a stated limit when the attending
  physician documents that more are medically necessary **to complete a course of treatment in progress**. The
  record shows exactly that: MADRS 38 -> 22 after #12 (partial), -> 9 after #18 (remission).
- **Parity (quantitative treatment limit)**: Section 5.2 sets **no visit or treatment limit** on outpatient
  chemotherapy, infusion therapy, dialysis and radiation therapy; the ECT cap is a treatment limit on a mental
  health benefit the plan does not place on those medical and surgical services (26 CFR 54.9812-1(c)(2)(i)).
- Rules: a church plan's appeals follow 26 CFR 54.9815-2719(b)(2)(i), applying the standards of 29 CFR 2560.503-1;
  a post-service appeal is decided within 60 days.
- Venlafaxine XR 225 mg is **still taken** (partial response). Lithium was an augmentation trial (8 weeks, none).
  Nortriptyline stopped at ~7 weeks for orthostasis and a fall. Sertraline brought **remission in 2021** (earlier
  episode).
- Author: the treating psychiatrist, with the member's signed authorization (11/12/2026).

## Deliberately unknown
- Whether the plan's other outpatient mental health services carry limits (not in the excerpt).
- The plan's parity comparative analysis: not enclosed; the letter may ask for it as a claim document (not as a
  member's statutory right).
- Whether external review is open for a benefit-limit denial of this plan: do not promise it.

## Traps
- **Section number slip.** The first-level decision cites "Section 5.12"; the ECT limit is **Section 5.14** (5.12 is
  rehabilitation). A letter should cite 5.14 (it may point out the slip), never argue from 5.12's 40 visits.
- **The duplicate line.** The 09/16 line denied **CO-18** is a true duplicate; only **six** treatments are appealed,
  not seven, and the amount is six times $610.00.
- **Stage.** Second level: it must say so and answer the **November 5** decision, not only the October 2 EOB.
- **Not a medical-necessity denial.** The plan never reviewed necessity; the letter documents necessity only for the
  exception of Section 7.6; no "the plan's reviewer was not a psychiatrist" (there was none), no count of failed
  trials as the ground.
- **The limit is still in force** (2026 booklet): a letter must not say the plan's current terms set no limit; the
  course (18) is beyond it; the routes are the exception and parity.
- **Venlafaxine is ongoing**: never "failed". Sertraline 2021 was a remission, not a failure.
- **Wrong law**: no ERISA as governing law, no EBSA/Department of Labor, no "29 CFR 2590.712" (church plans: 26 CFR
  54.9812-1); no 45 CFR 147.136 for a church plan's internal appeal.

## Arguments a strong letter makes
1. The plan's own exception, Section 7.6: the attending physician documents that treatments 13-18 were medically
   necessary to complete a course in progress (partial response at 12, remission at 18, with the MADRS scores);
   ask the Medical Director to approve them.
2. Parity: the 12-a-year ECT cap is a quantitative treatment limit on a mental health benefit, while Section 5.2
   sets no limit on outpatient chemotherapy, infusions, dialysis or radiation (26 CFR 54.9812-1(c)(2)(i); the
   plan's own Section 1.4). Ask for the plan's comparative analysis as a document relevant to the claim.
3. Second level, answering the 11/05 decision (which cited the wrong section and reviewed no necessity); decide the
   six treatments, $3,660.00.

## What a letter must NOT say
- "Section 5.12 limits ECT", "40 visits", "seven treatments", "$4,270".
- "ERISA", "EBSA", "Department of Labor", "29 CFR 2590.712", "45 CFR 147.136" for this plan's internal appeal.
- "venlafaxine failed", "sertraline failed".
- "the plan's current terms set no limit on ECT", "first-level appeal" as what this letter is.
'''
C04["expected"] = [
    ("other/benefit-booklet-2026-excerpts.txt", "to complete a course of treatment in progress"),
    ("other/benefit-booklet-2026-excerpts.txt", "No visit or treatment limit applies."),
    ("denial/first-level-appeal-decision-2026-11-05.txt", "The Benefit Booklet (Section 5.12) limits electroconvulsive therapy"),
    ("denial/eob-2026-10-02.txt", "CO-18  (duplicate of the line above)"),
    ("clinical/st-brendan-ect-course-record-2026.txt", "MADRS 22 - partial response"),
    ("clinical/st-brendan-ect-course-record-2026.txt", "MADRS 9 - remission"),
    ("denial/first-level-appeal-decision-2026-11-05.txt", "by January 4, 2027"),
    ("other/benefit-booklet-2026-excerpts.txt", "about 2,300 employees"),
]

CASES = [C01, C02, C03, C04]
