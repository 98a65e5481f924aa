"""Set 27, case 05 (FICTIONAL): Part D PDP, "not enrolled on the fill date"; redetermination asked by the patient."""
SLUG = "05-part-d-pdp-not-enrolled-on-fill-date-sep-effective-date-auvelity-redetermination-patient"

CASE_YAML = r'''
# FICTIONAL CASE (set 27, case 05) - every person, plan, pharmacy, number and address is invented.
# Stand-alone Medicare Part D plan, Arizona. Mrs. Tennant-Ruiz, 67, lost her employer's drug coverage on 06/30/2026 and
# enrolled in the PDP in a special enrollment period. Her first online application (06/28) asked for 09/01; on 07/08 she
# changed it to 08/01 by phone, and the plan's enrollment confirmation of 07/12 and her ID card say coverage began
# 08/01/2026. She paid cash for Auvelity at a network pharmacy on 08/04 after a "not eligible" rejection. The plan
# refused to pay her back (10/27): "not enrolled on 08/04/2026; coverage began 09/01/2026". She writes the
# redetermination herself (65 days: by 12/31/2026).
patient:
  name: Gloria Tennant-Ruiz
  salutation: Mrs. Tennant-Ruiz
  date_of_birth: 1959-05-30
  member_id: FICT-SSR-6620981154
  address: |-
    4417 East Copper Street
    Tucson, AZ 85712
  phone: (520) 555-0119
  email: gloria.tr@mail.example
insurer:
  name: Saguaro Senior Rx (PDP) (FICTIONAL)
  appeals_address: |-
    Saguaro Senior Rx - Part D Redeterminations (address FICTIONAL)
    PO Box 50391
    Phoenix, AZ 85076
  fax: (602) 555-0168
claim:
  number: CD-26-1027-330716
  plan_type: medicare_part_d
  notice_date: 2026-10-27
  appeal_deadline: 2026-12-31
  deadline_basis: >-
    Notice of 10/27/2026: "You must ask for a redetermination within 65 days from the date of this notice."
  service_dates: [2026-08-04]
  diagnosis_codes: [F33.1]
  action: none
  denial_reason: >-
    We cannot pay you back for this prescription. You were not enrolled in our plan on the date it was filled
    (08/04/2026). Your coverage with Saguaro Senior Rx began on 09/01/2026, the effective date on your enrollment
    application of 06/28/2026.
  denial_category: other
  denial_reasons: [coverage_ended]
  corrections:
    - said: "Your coverage with Saguaro Senior Rx began on 09/01/2026, the effective date on your enrollment application of 06/28/2026"
      record: >-
        The plan's own enrollment confirmation of July 12, 2026 says "Your coverage with Saguaro Senior Rx begins
        08/01/2026", after the member asked on July 8, 2026 (call reference EN-0708-5512) to change the start date of her
        June 28 application to August 1; her member ID card shows "Effective 08/01/2026"
      file: other/enrollment-confirmation-2026-07-12.txt
      page: 1
eligibility:
  why: >-
    She enrolled in a special enrollment period after losing her employer's creditable drug coverage on June 30, 2026,
    and changed the requested start date to August 1, 2026 by phone on July 8; the plan confirmed August 1 in writing.
  start: 2026-08-01
  coverage: Medicare Part D coverage with Saguaro Senior Rx
  record: {name: the plan's enrollment confirmation, date: 2026-07-12, file: other/enrollment-confirmation-2026-07-12.txt, page: 1}
  proof:
    - other/enrollment-confirmation-2026-07-12.txt
    - other/member-id-card-2026.txt
    - other/creditable-coverage-end-letter-2026-06-15.txt
plan_policy:
  name: Evidence of Coverage 2026, Chapter 7, Section 2.1 (asking us to pay you back)
  quote: >-
    If you paid the full cost of a covered drug at a network pharmacy because your membership could not be confirmed at
    the pharmacy, send us your receipt and we will pay you back our share of the cost of the drug.
  file: other/eoc-2026-chapter7-excerpt.txt
treatment:
  name: Auvelity (dextromethorphan-bupropion) 45 mg/105 mg tablets, 30-day supply filled on August 4, 2026
  summary: >-
    Auvelity twice daily has brought Mrs. Tennant-Ruiz's recurrent depression to remission since early 2026; it is on the
    plan's Drug List (Tier 3, no prior authorization).
  fda:
    action: approved
    date: 2022-08-18
    what: Auvelity (dextromethorphan-bupropion) extended-release tablets
    use: for major depressive disorder in adults
    file: clinical/prescriber-letter-2026-10-05.txt
    page: 1
clinical:
  severity: PHQ-9 5 on 09/30/2026 (remission on Auvelity)
  severity_date: 2026-09-30
  suicidality: none
  suicidality_date: 2026-09-30
  history:
    - drug: Auvelity
      dose: 45 mg/105 mg twice daily
      start: 2025-11
      ongoing: true
      kind: antidepressant
      failed: false
      response: remission
      outcome: Remission since early 2026; continues (the drug of this claim)
      evidence: {file: clinical/prescriber-letter-2026-10-05.txt, page: 1}
    - drug: Sertraline
      dose: 150 mg daily
      start: 2024-02
      end: 2024-09
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 7 months; stopped
      evidence: {file: clinical/prescriber-letter-2026-10-05.txt, page: 1}
    - drug: Trazodone
      dose: 50 mg at bedtime for sleep
      start: 2024-02
      ongoing: true
      kind: other
      outcome: Sleep dose only; not an antidepressant trial
      evidence: {file: clinical/prescriber-letter-2026-10-05.txt, page: 1}
author:
  name: Gloria Tennant-Ruiz
  role: Member (patient)
  relation: patient
  address: |-
    4417 East Copper Street
    Tucson, AZ 85712
  phone: (520) 555-0119
  email: gloria.tr@mail.example
provider:
  name: Naveen Aldridge
  credentials: MD
  npi: "1406723951"
  address: |-
    Catalina Foothills Psychiatry (FICTIONAL), 6200 North Swan Road, Suite 110
    Tucson, AZ 85718
  phone: (520) 555-0135
call_log:
  - date: 2026-07-08
    who: Saguaro Senior Rx enrollment line
    reference: EN-0708-5512
    summary: >-
      Asked to change the start date of my June 28 application from September 1 to August 1, because my employer's drug
      coverage ends June 30; the representative made the change and said a confirmation would be mailed.
reimbursement:
  amount_billed: "$1,186.40"
  amount_paid: "$0.00"
record_dates:
  - file: clinical/prescriber-letter-2026-10-05.txt
    date: 2026-10-05
bates_prefix: TENNANTRUIZ
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''

DOCS = {
    "denial/coverage-determination-2026-10-27.txt": """
SAGUARO SENIOR RX (PDP) (FICTIONAL) - A MEDICARE PRESCRIPTION DRUG PLAN
NOTICE OF DENIAL OF MEDICARE PRESCRIPTION DRUG COVERAGE (request for payment)      Date of this notice: 10/27/2026
Page 1 of 1

Member: Gloria Tennant-Ruiz     Member ID: FICT-SSR-6620981154     Case number: CD-26-1027-330716
Drug: Auvelity 45 mg/105 mg ER tablets, quantity 60, filled 08/04/2026 at Desert Bloom Pharmacy (network), Tucson
Amount you paid: $1,186.40.   This drug is on our Drug List (Tier 3); no prior authorization applies.

We denied your request. We cannot pay you back for this prescription. You were not enrolled in our plan on the date
it was filled (08/04/2026). Your coverage with Saguaro Senior Rx began on 09/01/2026, the effective date on your
enrollment application of 06/28/2026.

YOUR RIGHT TO APPEAL: You may ask us for a redetermination. You must ask for a redetermination within 65 days from
the date of this notice. Write to Saguaro Senior Rx - Part D Redeterminations, PO Box 50391, Phoenix, AZ 85076, or fax
(602) 555-0168. Because you already have the drug, a fast (expedited) redetermination is not available.
""",
    "clinical/prescriber-letter-2026-10-05.txt": """
CATALINA FOOTHILLS PSYCHIATRY (FICTIONAL)                                   Date: 10/05/2026
To whom it may concern - re: Gloria Tennant-Ruiz, DOB 05/30/1959
Page 1 of 1

I treat Mrs. Tennant-Ruiz for recurrent major depressive disorder (F33.1). Sertraline 150 mg (02/2024-09/2024) gave no
response after 7 months and was stopped. Auvelity 45/105 mg twice daily since 11/2025 brought her to remission (PHQ-9
5 on 09/30/2026); she must not miss doses. Trazodone 50 mg at bedtime is for sleep. No suicidal ideation.
Auvelity was approved by the FDA on 08/18/2022 for major depressive disorder in adults.
- Naveen Aldridge, MD
""",
    "other/enrollment-confirmation-2026-07-12.txt": """
SAGUARO SENIOR RX (PDP) (FICTIONAL) - CONFIRMATION OF ENROLLMENT                     Date: 07/12/2026
Page 1 of 1
Dear Gloria Tennant-Ruiz: Thank you for joining. Medicare has accepted your enrollment.
Your coverage with Saguaro Senior Rx begins 08/01/2026. Member ID FICT-SSR-6620981154.
Enrollment period: special enrollment period (loss of creditable drug coverage on 06/30/2026). Start date changed at
your request on 07/08/2026 (reference EN-0708-5512).
""",
    "other/enrollment-acknowledgment-2026-07-02.txt": """
SAGUARO SENIOR RX (PDP) (FICTIONAL) - WE RECEIVED YOUR APPLICATION                   Date: 07/02/2026
We received your online application of 06/28/2026. Requested effective date: 09/01/2026. We will write again when
Medicare has reviewed it. (Superseded by the confirmation of 07/12/2026.)
""",
    "other/member-id-card-2026.txt": """
SAGUARO SENIOR RX (PDP) (FICTIONAL) - MEMBER ID CARD (copy)
Gloria Tennant-Ruiz   Member ID FICT-SSR-6620981154   RxBIN 610999   RxPCN SSRXPD   RxGRP AZ26   Effective 08/01/2026
""",
    "other/creditable-coverage-end-letter-2026-06-15.txt": """
SONORAN UTILITIES EMPLOYEE BENEFITS (FICTIONAL) - NOTICE OF END OF COVERAGE          Date: 06/15/2026
Your group medical and prescription drug coverage, which is creditable coverage for Medicare Part D, ends on
06/30/2026 because you are retiring.
""",
    "other/pharmacy-receipt-2026-08-04.txt": """
DESERT BLOOM PHARMACY (FICTIONAL; in the Saguaro Senior Rx network) - RECEIPT            08/04/2026 10:17 am
Rx 4471092  Auvelity 45/105 mg ER tab #60   Patient: Gloria Tennant-Ruiz   Claim to Saguaro Senior Rx: rejected,
"patient not eligible on date of service"   Paid cash $1,186.40
Rx 4471115  Levothyroxine 50 mcg #30   Patient: Teresa Ruiz-Alder   Paid copay $4.00
""",
    "other/eoc-2026-chapter7-excerpt.txt": """
SAGUARO SENIOR RX (PDP) (FICTIONAL) - 2026 EVIDENCE OF COVERAGE, CHAPTER 7, SECTION 2.1 (excerpt)
If you paid the full cost of a covered drug at a network pharmacy because your membership could not be confirmed at
the pharmacy, send us your receipt and we will pay you back our share of the cost of the drug.
""",
}

TRUTH = r'''
# 05 - Part D PDP: "not enrolled on the fill date" against the plan's own confirmation; redetermination by the patient (FICTIONAL)

All people, plans, pharmacies, numbers and addresses are invented (FICTIONAL).

## What is true
- Gloria Tennant-Ruiz, 67 (DOB 05/30/1959), Tucson, AZ, lost her employer's **creditable drug coverage on
  06/30/2026** and enrolled in **Saguaro Senior Rx (PDP)** in a **special enrollment period**.
- Her online application (06/28) asked for **09/01**; she **changed it to 08/01 by phone on 07/08/2026** (ref.
  **EN-0708-5512**). The plan's **confirmation of 07/12/2026**: "Your coverage with Saguaro Senior Rx **begins
  08/01/2026**"; her ID card: "Effective 08/01/2026".
- On **08/04/2026** a network pharmacy rejected the claim ("not eligible"); she paid **$1,186.40** cash for **Auvelity
  45/105 mg #60** (30 days). Auvelity is on the Drug List, **Tier 3, no prior authorization** (the notice says so).
- EOC 2026, Ch. 7, s. 2.1: when membership cannot be confirmed at a network pharmacy, the plan pays back **its share**.
- The plan denied payment by a **notice dated 10/27/2026** (case **CD-26-1027-330716**): "not enrolled on 08/04/2026;
  coverage began 09/01/2026, the effective date on your enrollment application of 06/28/2026". The plan's own later
  confirmation contradicts it.
- Auvelity has kept her **in remission** (PHQ-9 5 on 09/30/2026).
- **Stage and rule:** a Part D **redetermination** (42 CFR 423.580), due **65 days from the date of the notice: by
  12/31/2026** (423.582(b)); payment request, **no expedited route** (the notice says so). Next: the Part D IRE on her
  request.
- **Author:** the patient herself: "I".

## Deliberately unknown
- The plan's share of the cost (network price less her Tier 3 cost sharing): not in the case; never "$1,186.40 owed".
- How the plan's record came to show 09/01 (a change not entered): not in the case.
- Whether Medicare's own enrollment record (MARx) shows 08/01: not in the case; the letter may ask the plan to correct
  its record with Medicare, not state what Medicare's record shows.

## Traps
- **Date and document, not medicine.** The winning point is the plan's own **07/12 confirmation** (08/01), the ID card,
  and the 07/08 call. Not medical necessity, formulary, step therapy or tiering: no trial count, no literature.
- **Stale form:** the **07/02 acknowledgment** shows the requested date 09/01 of the first application, superseded by the
  07/08 change and the 07/12 confirmation. A letter must not treat 09/01 as her start date.
- **The drug works:** Auvelity is never "failed". Sertraline failed (7 months). Trazodone 50 mg is a **sleep dose**.
- **Other person on a document:** the receipt shows **Teresa Ruiz-Alder's levothyroxine ($4.00)**: not hers; the
  amount is $1,186.40, never $1,190.40.
- **FDA approval** is not in dispute; no "off-label", no evidence paragraph needed.
- **Wrong law:** no ERISA, no ACA (45 CFR 147.136), no external review, no parity (MHPAEA does not reach Medicare), no
  Medicare Advantage rules (422.x), no "60 days after receipt", no expedited/72 hours, no COBRA (her employer coverage
  simply ended).
- **Voice:** the patient writes "I", never "Mrs. Tennant-Ruiz has ..." about herself.

## Arguments a strong letter makes (strongest first)
1. The plan's own **enrollment confirmation of 07/12/2026** says coverage **began 08/01/2026** (ID card the same), so
   she was enrolled on **08/04/2026**; the notice's "09/01/2026, the effective date on your application of 06/28" is
   contradicted: she changed the date on **07/08** (ref. EN-0708-5512) after her creditable coverage ended **06/30**.
2. Under **EOC Ch. 7, s. 2.1** the plan pays back its share when membership could not be confirmed at a network
   pharmacy; the drug is on the Drug List, Tier 3, no prior authorization.
3. Ask the plan to correct its enrollment record (effective 08/01/2026), reverse the denial and pay its share of the
   08/04 fill. Timely: by 12/31/2026.

## What a letter must NOT say
- "coverage began 09/01/2026" as true; "I was not enrolled"; "$1,186.40 is owed" / "$1,190.40"; Teresa Ruiz-Alder's
  drug.
- "failed Auvelity"; trazodone as a trial; "formulary exception", "step therapy", "tiering exception", "medically
  necessary" as the ground.
- "ERISA", "29 CFR 2560.503-1", "45 CFR 147.136", "external review", "parity", "MHPAEA", "42 CFR 422", "expedited",
  "72 hours", "COBRA".
- "Mrs. Tennant-Ruiz has ..." in the patient's own letter (third person about the signer).
'''

D = "denial/coverage-determination-2026-10-27.txt"
ANSWERS = [
    (D, "Your coverage with Saguaro Senior Rx began on 09/01/2026"),
    (D, "filled 08/04/2026 at Desert Bloom Pharmacy (network)"),
    (D, "Tier 3); no prior authorization applies"),
    (D, "within 65 days from the date of this notice"),
    ("other/enrollment-confirmation-2026-07-12.txt", "Your coverage with Saguaro Senior Rx begins 08/01/2026"),
    ("other/enrollment-confirmation-2026-07-12.txt", "EN-0708-5512"),
    ("other/enrollment-confirmation-2026-07-12.txt", "loss of creditable drug coverage on 06/30/2026"),
    ("other/enrollment-acknowledgment-2026-07-02.txt", "Requested effective date: 09/01/2026"),
    ("other/member-id-card-2026.txt", "Effective 08/01/2026"),
    ("other/creditable-coverage-end-letter-2026-06-15.txt", "ends on 06/30/2026"),
    ("other/pharmacy-receipt-2026-08-04.txt", "Paid cash $1,186.40"),
    ("other/pharmacy-receipt-2026-08-04.txt", "Teresa Ruiz-Alder"),
    ("other/eoc-2026-chapter7-excerpt.txt", "we will pay you back our share of the cost of the drug"),
    ("clinical/prescriber-letter-2026-10-05.txt", "PHQ-9\n5 on 09/30/2026"),
    ("clinical/prescriber-letter-2026-10-05.txt", "Trazodone 50 mg at bedtime is for sleep"),
    ("truth", "by 12/31/2026"),
]
