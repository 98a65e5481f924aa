# Cases 05-08 of set 6. FICTIONAL.
CASES = []

# ---------------------------------------------------------------- 05
CASES.append(dict(slug="05-self-funded-ketamine-timely-filing-second-level", files={
"denial/first-level-appeal-decision-2026-10-20.txt": """
KESTREL BENEFIT ADMINISTRATORS (FICTIONAL), third-party administrator for the
NORTHWIND COMPOSITES EMPLOYEE HEALTH PLAN (self-funded) (FICTIONAL)

October 20, 2026
RE: First-level appeal decision   Member: Priya Venkataraman-Lowe   ID: NWC-FICT-220371
Claims: KBA-26-0615-4410 through KBA-26-0615-4415 (dates of service 01/12/2026 - 01/28/2026, 6 infusions)

We have reviewed your appeal. The original denial is UPHELD.
Reason: "Claims submitted more than 90 days after the date of service are not eligible for payment. Your claims
were received on 06/15/2026, more than 90 days after the dates of service."

You may request a second-level appeal within 60 days of the date of this letter. Your plan is self-funded by
Northwind Composites and administered by Kestrel; Kestrel does not insure it. You may also have the right to bring
a civil action under section 502(a) of ERISA after you exhaust the plan's appeals.
Kestrel Appeals, PO Box 7730, Madison, WI 53707-7730. Fax 608-555-0147.
""",
"denial/original-eob-2026-06-22.txt": """
KESTREL BENEFIT ADMINISTRATORS (FICTIONAL) - Explanation of Benefits   06/22/2026
Patient: Priya Venkataraman-Lowe   Provider: Lumen Ketamine Center (out of network) (FICTIONAL)
01/12, 01/14, 01/16, 01/21, 01/23, 01/28/2026  96365 + J3490  billed $700.00 each  paid $0.00
Remark CO-29: The time limit for filing has expired.
""",
"other/spd-excerpt-claims-filing.txt": """
Northwind Composites Employee Health Plan (FICTIONAL) - Summary Plan Description, effective 01/01/2026
Article 9.2, Filing a Claim:
"Network providers file claims for you. If you receive care from an out-of-network provider, you or the provider
must submit the claim within 12 months after the date of service. Claims received later than 12 months after the
date of service will be denied unless you show it was not reasonably possible to file sooner."
(The 90-day limit in the Kestrel Network Provider Agreement applies to network providers' own claims.)
""",
"other/certified-mail-receipt-and-clearinghouse-report.txt": """
PROOF OF FIRST SUBMISSION (FICTIONAL)
1) USPS Certified Mail receipt 9407 1118 9876 5400 1234 56 (FICTIONAL): mailed 04/02/2026 from Madison, WI
   to Kestrel Claims, PO Box 7731, Madison, WI 53707. Delivered 04/04/2026 (tracking printout attached).
   Contents: six CMS-1500 superbills from Lumen Ketamine Center and a member claim form, signed 04/01/2026.
2) Kestrel member portal message 05/20/2026: "We have no record of these claims. Please resubmit."
3) Resubmitted by fax 06/15/2026 (fax confirmation, 14 pages, OK).
""",
"clinical/lumen-ketamine-center-infusion-notes.txt": """
Lumen Ketamine Center (FICTIONAL) - Infusion series summary   Patient: P. Venkataraman-Lowe, DOB 12/04/1984
Dx F33.1 -> F33.2 (severity updated at intake). Referred by Dr. Ilse Brandvold, psychiatrist.
Series: 6 infusions in January 2026 (0.5 mg/kg over 40 min). Dates: 1/12, 1/14, 1/16, 1/21, 1/23, 1/28.
PHQ-9 19 -> 7 after series. No booster planned at this time; no further infusions scheduled.
Prior: sertraline, bupropion, vortioxetine (see psychiatrist letter). Denies SI at every visit.
Payment: self-pay at time of service ($4,200.00 total), superbills given to patient for reimbursement.
""",
}, yaml="""
patient:
  name: Priya Venkataraman-Lowe
  salutation: Ms. Venkataraman-Lowe
  date_of_birth: 1984-12-04
  member_id: NWC-FICT-220371
  address: |-
    2906 Atwood Avenue
    Madison, WI 53704
  phone: (608) 555-0118
insurer:
  name: Kestrel Benefit Administrators, for the Northwind Composites Employee Health Plan (FICTIONAL)
  appeals_address: |-
    Kestrel Appeals
    PO Box 7730
    Madison, WI 53707-7730
  fax: (608) 555-0147
employer:
  name: Northwind Composites (FICTIONAL), Benefits Office
  address: |-
    1200 Fish Hatchery Road
    Madison, WI 53713
claim:
  number: KBA-26-0615-4410 through KBA-26-0615-4415
  plan_type: employer_erisa
  funding: self_funded
  action: none
  notice_date: 2026-06-22
  service_dates: [2026-01-12, 2026-01-14, 2026-01-16, 2026-01-21, 2026-01-23, 2026-01-28]
  procedure_codes: [96365, J3490]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    Claims submitted more than 90 days after the date of service are not eligible for payment. Your claims were
    received on 06/15/2026, more than 90 days after the dates of service.
  denial_category: timely_filing
decisions:
  - date: 2026-09-10
    outcome: denied
    stage: internal appeal (first level)
    opens: internal appeal (second level)
    next_deadline: 2026-12-19
    reason: >-
      Claims submitted more than 90 days after the date of service are not eligible for payment. Your claims were
      received on 06/15/2026, more than 90 days after the dates of service.
filing:
  first_submitted: 2026-04-02
  received: 2026-04-04
  proof: other/certified-mail-receipt-and-clearinghouse-report.txt
  limit_deadline: 2027-01-12
plan_policy:
  name: Summary Plan Description, Article 9.2 (Filing a Claim)
  quote: >-
    If you receive care from an out-of-network provider, you or the provider must submit the claim within 12 months
    after the date of service.
  file: other/spd-excerpt-claims-filing.txt
treatment:
  name: IV ketamine infusions
  plural: true
  setting: Lumen Ketamine Center (FICTIONAL), out of network
author:
  name: Priya Venkataraman-Lowe
  relation: patient
  address: |-
    2906 Atwood Avenue
    Madison, WI 53704
  phone: (608) 555-0118
reimbursement:
  amount_billed: $4,200.00
  amount_paid: $4,200.00
bates_prefix: VENKATARAMANLOWE
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""", truth="""
# 05 - Self-funded employer plan, IV ketamine claims denied for timely filing, SECOND-level appeal, patient writes (FICTIONAL)

All people, plans, numbers and addresses are invented.

## What is true
- Priya Venkataraman-Lowe, 41; Northwind Composites plan, **self-funded**, administered by Kestrel (TPA): ERISA
  (29 CFR 2560.503-1). Author: **the patient, as "I"**.
- Six out-of-network IV ketamine infusions in January 2026 (01/12-01/28), self-paid $4,200, superbills.
- EOB 2026-06-22 denied all six (CO-29, timely filing). **First-level decision 2026-10-20 upheld**: "more than 90
  days". This letter is the **second-level appeal**; it must say so and quote the 10/20 decision (window: 60 days
  from that letter, as the letter states = 2026-12-19; today 2026-12-03 is within it).
- The **SPD's own rule (Article 9.2) gives out-of-network claims 12 months** from the date of service; the 90-day
  limit is the network provider agreement's. Even the 06/15/2026 fax was within 12 months (deadline for the
  earliest service 2027-01-12). And the claims were first mailed **2026-04-02, delivered 2026-04-04** (certified
  mail) - delivered 66 to 82 days after the six dates of service, within even 90 days.
- Timely filing is not a medical judgment: external review (29 CFR 2590.715-2719) is not available for it; no
  peer-to-peer, no psychiatrist reviewer, no medical-necessity argument needed.

## Deliberately unknown
- Whether the infusions are otherwise covered (never decided: the plan denied only for filing).
- The prior drug trials' dates and outcomes (the case holds no `clinical.history`: the letter must not list any).

## Traps
- "Medically necessary" is not at issue; don't claim the plan "agreed" it was necessary.
- No booster/future infusions: no "remainder of the course", no pending care, no urgency.
- Out of network: not a gap-exception case; don't ask for in-network cost sharing via gap exception.
- F33.1 -> F33.2 updated at intake: code F33.2.
- The plan is self-funded: external review rule is 29 CFR 2590.715-2719, not 45 CFR 147.136; complaints go to the
  Labor Department (EBSA), not the Wisconsin insurance commissioner.
- Voice: "I mailed my claims", not "Ms. Venkataraman-Lowe mailed".

## Arguments a strong letter makes
1. The plan's own SPD Article 9.2 gives out-of-network claims **12 months**; the 90-day rule the decision applied is
   the network provider agreement's, not a plan term for members. The June 15 receipt was timely under it.
2. The claims were in fact first submitted on 2026-04-02 and delivered 2026-04-04 (certified-mail proof).
3. Pay the six claims under the plan's out-of-network benefit; ask for the claim file and the document the 90-day
   limit comes from (29 CFR 2560.503-1(h)(2)(iii)).

## What a letter must NOT say
- "external review" as the next step for this
  denial, "Because the denial rests on a medical judgment", "peer-to-peer", "psychiatrist reviewer", "the remainder
  of the course", "147.136" for external review, "Ms. Venkataraman-Lowe" as the writer's self-reference, "the
  plan agreed the infusions are medically necessary", "suicidal".
""", checks=[
("denial/first-level-appeal-decision-2026-10-20.txt", "The original denial is UPHELD"),
("denial/first-level-appeal-decision-2026-10-20.txt", "within 60 days of the date of this letter"),
("denial/first-level-appeal-decision-2026-10-20.txt", "self-funded by\nNorthwind Composites"),
("other/spd-excerpt-claims-filing.txt", "within 12 months after the\ndate of service"),
("other/certified-mail-receipt-and-clearinghouse-report.txt", "mailed 04/02/2026"),
("other/certified-mail-receipt-and-clearinghouse-report.txt", "Delivered 04/04/2026"),
("clinical/lumen-ketamine-center-infusion-notes.txt", "no further infusions scheduled"),
]))

# ---------------------------------------------------------------- 06
CASES.append(dict(slug="06-marketplace-spravato-ndc-coding-denial", files={
"denial/eob-2026-10-14.txt": """
BLUE MESA HEALTH OPTIONS (FICTIONAL) - Individual & Family Plan (HealthCare.gov Marketplace), Silver 2 HMO
EXPLANATION OF BENEFITS                          Date: 10/14/2026
Member: Delphine Achterberg   ID: BMH-FICT-6620418   Claim #: BMH-26-287-11052
Provider: Canyon Light Psychiatry (FICTIONAL), in network     Auth #: PA-26-5531 (approved 08/20/2026)
DOS        Code     Units  Billed     Paid   Remark
09/08/26   S0013    1      $910.00    $0.00  CO-16, M119, N56
09/08/26   G2083    1      $310.00    $0.00  CO-16, N56
09/10/26   S0013    1      $910.00    $0.00  CO-16, M119, N56
09/10/26   G2083    1      $310.00    $0.00  CO-16, N56
Total patient responsibility shown: $2,440.00 (pending appeal)
CO-16: Claim/service lacks information or has submission/billing error(s).
M119: Missing/incomplete/invalid/deactivated/withdrawn National Drug Code (NDC).
N56: Procedure code billed is not correct/valid for the services billed or the date of service billed.
You may appeal within 180 days of receiving this notice: Blue Mesa Appeals, PO Box 27001, Albuquerque, NM 87125-7001,
fax 505-555-0193.
""",
"other/clinic-billing-letter-corrected-claim.txt": """
Canyon Light Psychiatry (FICTIONAL) - Billing Office                     November 6, 2026
To: Delphine Achterberg
Re: Blue Mesa claim BMH-26-287-11052, Spravato sessions 09/08/2026 and 09/10/2026

Our original claim had three errors, which we own:
 1. We billed S0013, a code retired on 01/01/2026; the drug code for these dates is J0013 (esketamine, nasal
    spray, 1 mg). It was also billed as 1 unit: a 56 mg dose is 56 units.
 2. The NDC was reported in its 10-digit package form (61234-567-02) without the N4 qualifier. Two 28 mg devices
    = NDC quantity UN 2.
 3. G2083 (more than 56 mg) was billed; the dose both days was 56 mg, so the code is G2082.
Corrected claim (replacement, frequency code 7, original ref BMH-26-287-11052) sent 11/02/2026:
   J0013 x 56 units   N461234056702 UN2   (11-digit 5-4-2 NDC 61234-0567-02, FICTIONAL NDC)
   G2082 x 1
(Blue Mesa's 2026 Spravato billing guide lists J0013 with G2082/G2083 for the observation visit.)
Blue Mesa returned the corrected claim on 11/09/2026 as "duplicate of a denied claim - submit an appeal".
Prior authorization PA-26-5531 was approved 08/20/2026 for 8 sessions; 6 sessions remain under it (through 12/2026).
""",
"clinical/spravato-session-notes.txt": """
Canyon Light Psychiatry (FICTIONAL) - Spravato (esketamine) REMS monitoring notes  Pt: Delphine Achterberg, DOB 06/19/1979
09/08/2026  Session 1. Dose 56 mg (two 28 mg devices). BP 122/78 pre, 138/86 at 40 min, 124/80 at 2 h. Discharged 2h10m.
09/10/2026  Session 2. Dose 56 mg (two devices). BP stable. Mild dissociation resolved by 90 min.
Patient reports passive SI hx 2024 - none now ("no thoughts of death"); denies SI.
Concurrent: sertraline 150 mg continued.
""",
"other/authorization-approval-pa-26-5531.txt": """
Blue Mesa Health Options (FICTIONAL) - Prior authorization APPROVED   08/20/2026
PA-26-5531: esketamine nasal spray (Spravato) 56 mg, up to 8 sessions 09/01/2026 - 12/31/2026, Canyon Light Psychiatry.
""",
}, yaml="""
patient:
  name: Delphine Achterberg
  salutation: Ms. Achterberg
  date_of_birth: 1979-06-19
  member_id: BMH-FICT-6620418
  address: |-
    715 Calle Jacinto NE
    Albuquerque, NM 87110
  phone: (505) 555-0126
insurer:
  name: Blue Mesa Health Options (FICTIONAL)
  appeals_address: |-
    Blue Mesa Appeals
    PO Box 27001
    Albuquerque, NM 87125-7001
  fax: (505) 555-0193
claim:
  number: BMH-26-287-11052
  plan_type: individual_aca
  action: none
  notice_date: 2026-10-14
  service_dates: [2026-09-08, 2026-09-10]
  procedure_codes: [S0013, G2083]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    CO-16: Claim/service lacks information or has submission/billing error(s). M119: Missing/incomplete/invalid/
    deactivated/withdrawn National Drug Code (NDC). N56: Procedure code billed is not correct/valid for the services
    billed or the date of service billed.
  denial_category: coding_billing
  coding_correct: false
corrected_claim:
  error: >-
    The original claim billed S0013, retired on January 1, 2026, instead of J0013, as 1 unit instead of 56 (the code
    is per 1 mg; the dose was 56 mg), reported the NDC in its 10-digit form without the N4 qualifier, and billed
    G2083 (more than 56 mg) instead of G2082.
  lines:
    - {code: J0013, units: 56, ndc: 61234-0567-02, ndc_unit: UN, ndc_quantity: 2}
    - {code: G2082, units: 1}
  resubmission_code: 7
  file: other/clinic-billing-letter-corrected-claim.txt
treatment:
  name: Spravato (esketamine nasal spray)
  plural: false
  setting: Canyon Light Psychiatry (FICTIONAL), in network, REMS-certified
author:
  name: Delphine Achterberg
  relation: patient
  address: |-
    715 Calle Jacinto NE
    Albuquerque, NM 87110
  phone: (505) 555-0126
clinical:
  suicidality: none
bates_prefix: ACHTERBERG
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""", truth="""
# 06 - Marketplace (individual) HMO, Spravato claims denied for NDC/coding errors, patient writes (FICTIONAL)

All people, plans, numbers, NDCs and addresses are invented (NDC 61234-0567-02 is fictional).

## What is true
- Delphine Achterberg, 47, individual Marketplace Silver HMO (Blue Mesa, fictional; insured): 45 CFR 147.136(b)(3)
  applying the ERISA claims rule; internal appeal within 180 days of receipt (notice 2026-10-14 -> 2027-04-12).
- Author: **the patient, "I"**. In-network clinic; **prior authorization PA-26-5531 approved** (08/20/2026, 8
  sessions) - not at issue.
- Denial: **coding/billing** (CO-16, M119 invalid NDC; N56 wrong code). The claim **was wrong**
  (`coding_correct: false`): S0013 (retired 2026-01-01) billed instead of J0013, 1 unit instead of 56 (the
  code is per 1 mg), a 10-digit NDC without N4, and G2083 billed for a 56 mg dose (should be G2082).
- The corrected data: J0013 x 56, **N461234056702 UN2** (11-digit 5-4-2 with N4 qualifier), G2082 x 1; replacement
  claim frequency code 7 sent 11/02/2026, returned 11/09/2026 as a duplicate "submit an appeal".
- Ask: process the corrected (replacement) claim / reprocess with the corrected lines and pay under PA-26-5531.

## Deliberately unknown
- Severity scores, drug-trial history (not in the case and not needed). Amount the plan will allow.

## Traps
- NEVER "the claim was correctly coded" / "billed correctly".
- Coding denial is not medical judgment: no "Because the denial rests on a medical judgment", no external review
  request (external review covers medical-judgment denials; a coding dispute is not one), no psychiatrist reviewer,
  no peer-to-peer, no medical-necessity or TRD argument, no parity.
- Passive SI in 2024 is history; denies SI now: no suicidality paragraph.
- Six sessions remain under the PA (through 12/2026) - true, but the appeal is about two past dates; don't say
  the denial stops future care.
- Voice: "I", the patient; the clinic's error is the clinic's (don't blame the plan for the NDC format).

## Arguments a strong letter makes
1. The error was in the claim and is corrected: the corrected lines (J0013 x 56, N4 61234056702 UN 2, G2082) with
   the clinic's letter; ask the plan to accept the replacement claim (frequency code 7) and pay.
2. The service was authorized (PA-26-5531) and given as authorized (56 mg each day, REMS monitoring notes):
   nothing but the billing data stood in the way.
3. Ask that the member not be billed (in-network; patient responsibility shown pending appeal).

## What a letter must NOT say
- "correctly coded", "G2083 was correct", "S0013 was correct", "external review", "medical judgment", "medically necessary" as the
  dispute, "suicidal ideation", "failed antidepressants", "Ms. Achterberg" as self-reference, any ERISA-only
  citation without "applied by 45 CFR 147.136(b)(3)", "the plan's network is inadequate".
""", checks=[
("denial/eob-2026-10-14.txt", "M119: Missing/incomplete/invalid"),
("denial/eob-2026-10-14.txt", "approved 08/20/2026"),
("other/clinic-billing-letter-corrected-claim.txt", "N461234056702 UN2"),
("other/clinic-billing-letter-corrected-claim.txt", "so the code is G2082"),
("other/clinic-billing-letter-corrected-claim.txt", "a code retired on 01/01/2026"),
("other/clinic-billing-letter-corrected-claim.txt", "frequency code 7"),
("other/clinic-billing-letter-corrected-claim.txt", "duplicate of a denied claim"),
("clinical/spravato-session-notes.txt", "Dose 56 mg (two 28 mg devices)"),
("clinical/spravato-session-notes.txt", "denies SI"),
]))

# ---------------------------------------------------------------- 07
CASES.append(dict(slug="07-medicare-advantage-ketamine-crps-expedited", files={
"denial/organization-determination-denial-2026-11-30.txt": """
SAGUARO SILVER ADVANTAGE HMO (FICTIONAL) - a Medicare Advantage plan
NOTICE OF DENIAL OF MEDICAL COVERAGE (Integrated Denial Notice, FICTIONAL COPY)     Date: 11/30/2026
Enrollee: Wilhelmina Ostrowski-Tate   Member ID: SSA-FICT-30774521
Request: IV ketamine infusion series, 5 infusions (96365, 96366, J3490 ketamine HCl), ordered by
Dr. Cormac Idowu-Hale, Desert Pain Institute (FICTIONAL). Reference: SSA-OD-2611-88104

We denied this request because: "Ketamine infusion therapy is considered experimental and investigational for
the treatment of chronic pain, including complex regional pain syndrome (CRPS), per Saguaro Clinical Policy
CP-PH-0419, Ketamine Infusion Therapy. There is no National Coverage Determination or Local Coverage Determination
for this service; the plan applied its internal coverage criteria."
Reviewer: Anneliese Porter-Quaye, MD (Family Medicine)

You may ask for a reconsideration within 65 days of the date of this notice. If your doctor says waiting 30 days
could seriously harm your health, ask for a FAST (expedited) reconsideration: we will decide within 72 hours.
Saguaro Appeals & Grievances, PO Box 36640, Tucson, AZ 85740-6640; fax 1-877-555-0108.
""",
"other/saguaro-policy-cp-ph-0419-excerpt.txt": """
Saguaro Health Plans (FICTIONAL) Clinical Policy CP-PH-0419 Ketamine Infusion Therapy (rev. 02/2025)
Policy: "Intravenous ketamine infusion is considered experimental/investigational for all chronic pain
indications, including complex regional pain syndrome, fibromyalgia and neuropathic pain."
References listed: 3 (2011-2017). The policy does not state a summary of evidence or a public web location.
Note (Medicare members): applies when Medicare coverage criteria are not fully established.
""",
"clinical/desert-pain-institute-notes.txt": """
Desert Pain Institute (FICTIONAL) - Consult and progress notes, Wilhelmina Ostrowski-Tate, DOB 04/11/1959
Dx: CRPS type I, right lower limb (G90.521), after ankle ORIF 06/2025. Budapest criteria met 10/2025.
Progress 11/24/2026: pain 9/10, allodynia now spreading above knee; cannot bear weight, wheelchair for
distances; new trophic skin changes and edema; sleeping 3 h/night. PHQ-9 12 (depressive sx secondary to pain).
Denies suicidal ideation.
Treatments:
 - Gabapentin "trial" 100 mg qhs x 5 days (09/2025): stopped for dizziness; never titrated - NOT an adequate trial.
 - Pregabalin 150 mg BID, 10/2025 - 01/2026 (12 wks): no meaningful relief.
 - Duloxetine 60 mg, 02/2026 - 06/2026: no relief; nausea.
 - Lumbar sympathetic blocks x3 (03/2026, 04/2026, 05/2026): 1-2 days relief each.
 - Physical therapy (desensitization, graded motor imagery) 18 visits 2026: limited by pain.
 - Ketamine "test dose" 0.1 mg/kg IV in clinic 11/10/2026 - tolerability check only, not a treatment trial.
 - Prednisone burst 2025-07 ("early CRPS?") - unclear benefit, month only.
Plan: ketamine 5-day outpatient series (0.35 mg/kg/h x 4 h/day), then reassess. Urgent: spreading CRPS with
loss of function; each week of delay risks contracture and disuse atrophy. Dr. Cormac Idowu-Hale, MD
(anesthesiology, pain medicine).
""",
"other/physician-expedite-certification.txt": """
PHYSICIAN REQUEST FOR EXPEDITED RECONSIDERATION (FICTIONAL)
I am the enrollee's treating physician. Applying the standard 30-day timeframe could seriously jeopardize the
enrollee's ability to regain maximum function: her CRPS is spreading, with new trophic changes and loss of weight
bearing. - Cormac Idowu-Hale, MD, 12/01/2026
Enrollee's appointment of representative: CMS-1696 signed 12/01/2026 (attached in clinic chart).
""",
"other/cms-1696-appointment.txt": """
APPOINTMENT OF REPRESENTATIVE (Form CMS-1696, FICTIONAL COPY)
Beneficiary: Wilhelmina Ostrowski-Tate, Medicare plan ID SSA-FICT-30774521
I appoint Cormac Idowu-Hale, MD, Desert Pain Institute, to act as my representative in connection with my appeal
of reference SSA-OD-2611-88104.  Signed: W. Ostrowski-Tate, 12/01/2026. Accepted: C. Idowu-Hale, 12/01/2026.
Representative will not charge a fee.
""",
"literature/evidence-note-ketamine-crps.txt": """
Evidence note prepared by Desert Pain Institute (FICTIONAL SUMMARY - verify before citing)
- A randomized, placebo-controlled trial of 4-hour daily IV ketamine for 10 days in CRPS (Schwartzman and
  colleagues, Pain, 2009) reported lower pain scores with ketamine than placebo; small sample.
- A 2018 consensus guideline on IV ketamine for chronic pain (Cohen and colleagues, Regional Anesthesia & Pain
  Medicine) found moderate evidence supporting ketamine infusions for CRPS in the short term.
""",
}, yaml="""
patient:
  name: Wilhelmina Ostrowski-Tate
  salutation: Mrs. Ostrowski-Tate
  date_of_birth: 1959-04-11
  member_id: SSA-FICT-30774521
  address: |-
    6120 North Camino de la Tierra
    Tucson, AZ 85705
  phone: (520) 555-0131
insurer:
  name: Saguaro Silver Advantage HMO (FICTIONAL)
  appeals_address: |-
    Saguaro Appeals & Grievances
    PO Box 36640
    Tucson, AZ 85740-6640
  fax: (877) 555-0108
claim:
  number: SSA-OD-2611-88104
  plan_type: medicare_advantage
  action: none
  notice_date: 2026-11-30
  service_dates: [2026-12-14, 2026-12-18]
  sessions: 5
  pending_services: 5
  urgent: true
  procedure_codes: [96365, 96366, J3490]
  diagnosis_codes: [G90.521]
  denial_reason: >-
    Ketamine infusion therapy is considered experimental and investigational for the treatment of chronic pain,
    including complex regional pain syndrome (CRPS), per Saguaro Clinical Policy CP-PH-0419, Ketamine Infusion
    Therapy. There is no National Coverage Determination or Local Coverage Determination for this service; the plan
    applied its internal coverage criteria.
  denial_category: experimental_investigational
  reviewer: {name: "Anneliese Porter-Quaye, MD", specialty: "Family Medicine"}
plan_policy:
  name: Saguaro Clinical Policy CP-PH-0419, Ketamine Infusion Therapy
  number: CP-PH-0419
  quote: >-
    Intravenous ketamine infusion is considered experimental/investigational for all chronic pain indications,
    including complex regional pain syndrome, fibromyalgia and neuropathic pain.
  file: other/saguaro-policy-cp-ph-0419-excerpt.txt
template: expedited-appeal
urgency:
  reason: >-
    Her CRPS is spreading above the knee with new trophic skin changes and loss of weight bearing; each week of
    delay risks contracture and disuse atrophy, seriously jeopardizing her ability to regain maximum function.
  certified_by: Cormac Idowu-Hale, MD
treatment:
  name: IV ketamine infusions
  plural: true
  summary: A five-day outpatient IV ketamine series (0.35 mg/kg/h for 4 hours a day), then reassessment.
  setting: Desert Pain Institute (FICTIONAL)
author:
  name: Cormac Idowu-Hale
  role: Treating physician (anesthesiology and pain medicine), appointed representative
  relation: physician
  authorization: other/cms-1696-appointment.txt
  phone: (520) 555-0165
  address: |-
    Desert Pain Institute
    4400 East Grant Road, Suite 200
    Tucson, AZ 85712
provider:
  name: Cormac Idowu-Hale
  credentials: MD, anesthesiology and pain medicine
  phone: (520) 555-0165
clinical:
  severity: Pain 9/10 with allodynia spreading above the knee, unable to bear weight, PHQ-9 12, on November 24, 2026
  severity_date: 2026-11-24
  suicidality: none
  history:
    - drug: Gabapentin
      kind: other
      dose: 100 mg at bedtime for 5 days, never titrated
      start: 2025-09
      end: 2025-09
      outcome: Stopped after 5 days for dizziness; not an adequate trial
      adequate: false
    - drug: Pregabalin
      kind: other
      dose: 150 mg twice daily
      start: 2025-10
      end: 2026-01
      outcome: No meaningful relief after 12 weeks
      response: none
      adequate: true
      evidence: {file: clinical/desert-pain-institute-notes.txt, page: 1}
    - drug: Duloxetine
      dose: 60 mg daily
      start: 2026-02
      end: 2026-06
      outcome: No relief; nausea
      response: none
      evidence: {file: clinical/desert-pain-institute-notes.txt, page: 1}
    - drug: Lumbar sympathetic blocks (3)
      kind: other
      dose: three blocks
      start: 2026-03
      end: 2026-05
      outcome: Relief for 1-2 days after each block only
      response: partial
      adequate: true
      failed: true
    - drug: Physical therapy (desensitization, graded motor imagery)
      kind: other
      dose: 18 visits
      start: 2026
      end: 2026
      outcome: Limited by pain
      adequate: true
      failed: true
literature:
  - id: cohen-2018
  - title: "Outpatient intravenous ketamine for the treatment of complex regional pain syndrome: a double-blind placebo controlled study"
    authors: [Schwartzman RJ, Alexander GM, Grothusen JR, Paylor T, Reichenberger E, Perreault M]
    journal: Pain
    year: 2009
bates_prefix: OSTROWSKITATE
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""", truth="""
# 07 - Medicare Advantage HMO, IV ketamine for CRPS, "experimental" under an internal policy, EXPEDITED reconsideration, treating pain physician writes (FICTIONAL)

All people, plans, numbers and addresses are invented. The literature note is a summary to verify, not a source.

## What is true
- Wilhelmina Ostrowski-Tate, 67, Medicare Advantage HMO (Saguaro, fictional). Pre-service organization
  determination denied 2026-11-30 (5-day IV ketamine series for CRPS type I, G90.521).
- Author: **treating physician** Dr. Cormac Idowu-Hale (anesthesiology/pain medicine), appointed on **CMS-1696**
  (other/cms-1696-appointment.txt) and certifying urgency (other/physician-expedite-certification.txt).
- Reason: "experimental and investigational" per **CP-PH-0419, which names ketamine and CRPS**; the notice itself
  says **no NCD or LCD** applies and the plan applied **internal coverage criteria**.
- Rule for that: **42 CFR 422.101(b)(6)** - an MA plan may use internal criteria only when Medicare coverage
  criteria are not fully established, and they must be based on current evidence in widely used guidelines or
  clinical literature, with a publicly accessible summary of the evidence. The excerpt shows references from
  2011-2017 and **no evidence summary or public location** - ask for them and challenge the criteria.
- Stage: **expedited reconsideration**: physician-requested, so the plan must expedite (422.584; decision 72 h,
  422.590). Window: 65 days from the notice (422.582(b)) = 2027-02-03. An upheld denial goes to the IRE
  automatically (422.592). IV ketamine (J3490) is a Part B drug: the standard timeframe would be 7 days
  (422.590(c)) - but this is expedited (72 h).
- Current: pain 9/10, spreading allodynia, can't bear weight (2026-11-24); PHQ-9 12, **denies SI**.

## Deliberately unknown
- Whether the 2009 trial/2018 guideline say exactly what the clinic's note says (marked "verify before citing").
- Exact infusion dates (planned 12/14-12/18, proposed). Prednisone 2025-07 benefit (unclear).

## Traps
- The policy names IV ketamine and CRPS: never "the policy does not address ketamine/CRPS" or "no criteria".
- Gabapentin "trial" 5 days at 100 mg: not a trial. Ketamine "test dose" 0.1 mg/kg: tolerability check, not a
  treatment trial and not evidence of failure or success.
- Duloxetine here is a **pain medication trial**, not an antidepressant trial for depression; the case is pain.
- No parity (MHPAEA does not reach Medicare; also a pain indication), no ERISA, no 147.136 external review, no
  state insurance department route, no "name and qualifications" as a duty.
- Evidence: one randomized trial - "a trial", not "randomized, double-blind trials"; small.
- Not "FDA-approved for CRPS" (ketamine is approved as an anesthetic only).
- No suicidality paragraph.

## Arguments a strong letter makes
1. 422.101(b)(6): internal criteria are allowed only where Medicare criteria are not fully established, must rest
   on current evidence and have a public evidence summary; CP-PH-0419 (references to 2017, no summary) does not
   meet that: ask for the summary and the evidence, and decide on the medical evidence.
2. Medical need now: spreading CRPS, trophic changes, loss of weight bearing after adequate pregabalin, duloxetine,
   sympathetic blocks and PT; the series is the next step. Expedited: physician-certified, 72 hours.
3. Reviewer: family medicine; request a pain medicine/anesthesiology reviewer (422.590 requires appropriate
   expertise - as a request).

## What a letter must NOT say
- "the plan cited no policy/criteria", "CP-PH-0419 does not apply to CRPS", "gabapentin failed", "the ketamine
  test dose failed/worked", "failed antidepressants", "parity", "ERISA", "2560.503-1", "147.136", "randomized,
  double-blind trials", "FDA-approved for CRPS", "suicidal ideation", "Part D".
""", checks=[
("denial/organization-determination-denial-2026-11-30.txt", "There is no National Coverage Determination or Local Coverage Determination"),
("denial/organization-determination-denial-2026-11-30.txt", "applied its internal coverage criteria"),
("other/saguaro-policy-cp-ph-0419-excerpt.txt", "including complex regional pain syndrome"),
("other/saguaro-policy-cp-ph-0419-excerpt.txt", "does not state a summary of evidence"),
("clinical/desert-pain-institute-notes.txt", "NOT an adequate trial"),
("clinical/desert-pain-institute-notes.txt", "tolerability check only, not a treatment trial"),
("clinical/desert-pain-institute-notes.txt", "Denies suicidal ideation"),
("other/physician-expedite-certification.txt", "could seriously jeopardize"),
("other/cms-1696-appointment.txt", "Form CMS-1696"),
]))

# ---------------------------------------------------------------- 08
CASES.append(dict(slug="08-chip-adolescent-tms-state-review", files={
"denial/plan-appeal-decision-2026-11-12.txt": """
PALMETTO KIDS CARE PLAN (FICTIONAL) - a South Carolina separate CHIP health plan (not Medicaid)
NOTICE OF APPEAL RESOLUTION                                   Date: November 12, 2026
Member: Jonah Reyes-Whitfield (age 16)   Member ID: PKC-FICT-1120358    Appeal #: PKC-AP-26-0917
Service: Transcranial magnetic stimulation (TMS), 36 sessions, CPT 90867/90868, requested 09/2026

Decision: Our denial is UPHELD.
Reason: "TMS is considered investigational in members under 18 years of age (Palmetto Medical Policy MP-BH-22,
section 3). Safety and effectiveness in adolescents have not been established."
Reviewed by: Harriet Ngata-Sloane, MD, Pediatrics.

Your next step: You may ask for a STATE EXTERNAL REVIEW of this decision by the state's independent review
organization within 4 months of the date of this notice. Write to: SC CHIP External Review Unit (FICTIONAL),
PO Box 8206, Columbia, SC 29202-8206. Children in this plan are not eligible for a Medicaid fair hearing.
""",
"denial/original-denial-2026-09-29.txt": """
PALMETTO KIDS CARE PLAN (FICTIONAL) - Notice of Adverse Benefit Determination  09/29/2026
TMS (90867/90868) x36 for Jonah Reyes-Whitfield: DENIED - investigational under age 18 (MP-BH-22).
""",
"other/palmetto-mp-bh-22-excerpt.txt": """
Palmetto Kids Care Plan (FICTIONAL) Medical Policy MP-BH-22, Transcranial Magnetic Stimulation, last reviewed 11/2023
Section 3: "TMS is considered investigational in members under 18 years of age."
Section 2 (adults 18+): covered after failure of two antidepressants and a psychotherapy trial.
""",
"clinical/adolescent-psychiatry-letter.txt": """
Lowcountry Child & Adolescent Psychiatry (FICTIONAL)           October 30, 2026
Re: Jonah Reyes-Whitfield, DOB 03/03/2010. Dx F32.2 (major depressive disorder, single episode, severe).
Episode onset: around November 2024.
Trials: fluoxetine 20-40 mg 02/2025-06/2025 (partial response only); escitalopram 10-20 mg 07/2025-11/2025
(response, then lost in 10/2025 despite adherence); sertraline 50 mg 12/2025 - 3 weeks, stopped for activation
(not adequate). CBT 20 sessions 2025 (completed, no meaningful change). DBT skills group since 08/2026 - ongoing,
helping with distress tolerance (not a failed treatment).
Current (10/28/2026): PHQ-A 21; C-SSRS: wish to be dead, no plan, no intent, no behavior (passive ideation).
School: attends on a reduced (half-day) schedule with a 504 plan since 09/2026; grades falling.
Device: The NeuroStar TMS system received FDA 510(k) clearance in March 2024 as an adjunct treatment for MDD in
adolescents aged 15-21. Our clinic uses that device and protocol.
Dr. Teodora Lindqvist-Amadi, MD, child & adolescent psychiatry.
""",
}, yaml="""
patient:
  name: Jonah Reyes-Whitfield
  salutation: Jonah
  date_of_birth: 2010-03-03
  member_id: PKC-FICT-1120358
  address: |-
    17 Marsh Hen Lane
    Summerville, SC 29485
  phone: (843) 555-0112
insurer:
  name: Palmetto Kids Care Plan (FICTIONAL), a separate CHIP plan
  appeals_address: |-
    SC CHIP External Review Unit (FICTIONAL)
    PO Box 8206
    Columbia, SC 29202-8206
claim:
  number: PKC-AP-26-0917
  plan_type: chip
  action: none
  notice_date: 2026-09-29
  sessions: 36
  procedure_codes: [90867, 90868]
  diagnosis_codes: [F32.2]
  denial_reason: >-
    TMS is considered investigational in members under 18 years of age (Palmetto Medical Policy MP-BH-22, section
    3). Safety and effectiveness in adolescents have not been established.
  denial_category: experimental_investigational
  reviewer: {name: "Harriet Ngata-Sloane, MD", specialty: "Pediatrics"}
external_review:
  agency: SC CHIP External Review Unit (FICTIONAL)
  address: |-
    PO Box 8206
    Columbia, SC 29202-8206
  final_denial_date: 2026-11-12
decisions:
  - date: 2026-11-12
    outcome: denied
    stage: internal appeal (first level)
    opens: state review
    next_deadline: 2027-03-12
    reason: >-
      TMS is considered investigational in members under 18 years of age (Palmetto Medical Policy MP-BH-22, section
      3). Safety and effectiveness in adolescents have not been established.
plan_policy:
  name: Palmetto Medical Policy MP-BH-22, Transcranial Magnetic Stimulation
  number: MP-BH-22
  quote: TMS is considered investigational in members under 18 years of age.
  file: other/palmetto-mp-bh-22-excerpt.txt
template: external-review-request
treatment:
  name: Transcranial magnetic stimulation (TMS)
  plural: false
  summary: >-
    A 36-session course of TMS with an FDA-cleared device, as an add-on to his current treatment.
  setting: Lowcountry Child & Adolescent Psychiatry (FICTIONAL)
author:
  name: Celeste Reyes-Whitfield
  role: Mother and legal guardian
  relation: parent
  address: |-
    17 Marsh Hen Lane
    Summerville, SC 29485
  phone: (843) 555-0112
provider:
  name: Teodora Lindqvist-Amadi
  credentials: MD, child and adolescent psychiatrist
  phone: (843) 555-0185
clinical:
  episode_onset: 2024-11
  severity: PHQ-A 21 on October 28, 2026
  severity_date: 2026-10-28
  suicidality: passive
  history:
    - drug: Fluoxetine
      dose: 20-40 mg daily
      start: 2025-02
      end: 2025-06
      outcome: Partial response only
      response: partial
      evidence: {file: clinical/adolescent-psychiatry-letter.txt, page: 1}
    - drug: Escitalopram
      dose: 10-20 mg daily
      start: 2025-07
      end: 2025-11
      outcome: Response, then lost in October 2025 despite adherence
      response: lost
      evidence: {file: clinical/adolescent-psychiatry-letter.txt, page: 1}
    - drug: Sertraline
      dose: 50 mg daily
      start: 2025-12
      end: 2025-12
      outcome: Stopped after 3 weeks for activation; not adequate
      adequate: false
    - drug: Cognitive behavioral therapy
      kind: psychotherapy
      dose: 20 sessions
      sessions: 20
      start: 2025
      end: 2025
      outcome: Completed, no meaningful change
      response: none
      adequate: true
    - drug: DBT skills group
      kind: psychotherapy
      dose: weekly group
      start: 2026-08
      end: ongoing
      outcome: Ongoing, helping with distress tolerance
      failed: false
impact:
  daily_life: Attends school on a reduced half-day schedule with a 504 plan since September 2026; grades falling
bates_prefix: REYESWHITFIELD
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""", truth="""
# 08 - Separate CHIP plan, TMS for a 16-year-old called investigational, STATE REVIEW after the plan upheld, mother writes (FICTIONAL)

All people, plans, numbers and addresses are invented.

## What is true
- Jonah Reyes-Whitfield, **16**, in a **separate CHIP** plan (Palmetto Kids Care, fictional; "not Medicaid").
  Author: his mother Celeste, parent of a minor: no written authorization needed.
- Denied 2026-09-29; plan appeal **upheld 2026-11-12** (quote that decision). The next level is the **state's
  review** (42 CFR 457.1260, 457.1130(b)), here by the state's independent review organization, within **4 months of
  the 11/12 notice** as the decision prints (2027-03-12).
- Reason: MP-BH-22 s.3 "TMS is considered investigational in members under 18" - **names TMS**. The policy was last
  reviewed **11/2023**; the treating psychiatrist's letter states the NeuroStar device got FDA 510(k) clearance in
  **March 2024** as an adjunct for MDD in adolescents 15-21 (after the policy's last review) - the core argument.
- Trials: fluoxetine (partial), escitalopram (response then lost, in this episode: a failure), sertraline 3 weeks
  (not adequate), CBT 20 sessions (adequate, no change). DBT ongoing and helping: **not failed**.
- Severity PHQ-A 21 (2026-10-28). Suicidality: **passive** (wish to be dead, no plan/intent/behavior).
- School: **attends half days** (504 plan): not "out of school".
- Reviewer: pediatrics, not child psychiatry.

## Deliberately unknown
- The exact dates of the 2025 CBT (year only). Whether the state review is decided by an IRO under state law
  (the notice says so; no decision time is recorded: don't invent one).

## Traps
- Separate CHIP: **no EPSDT**, **no Medicaid fair hearing** (the notice says so), **no continued benefits
  (438.420)**, no Medicaid parity rule 438.910, no ERISA, no 147.136.
- The policy names TMS: never "the policy does not address TMS" or "no criteria"; answer it: the evidence and
  clearance changed after it was written.
- "FDA-cleared" (510(k)), not "FDA-approved".
- Escitalopram "response" -> lost: counts as failed in this episode (not a remission to cite as success).
- DBT: still helping, not a failure. Sertraline 3 weeks: not adequate.
- Passive ideation only: no "active suicidal ideation", no plan/intent.
- "Out of school" would be false.

## Arguments a strong letter makes
1. The plan's "investigational under 18" rests on a policy last reviewed 11/2023; an FDA-cleared adolescent
   indication (15-21, adjunct) came in March 2024 and the clinic uses that device: the investigational label is out
   of date for a 16-year-old.
2. Medical need: severe depression (PHQ-A 21) with passive ideation and school reduced to half days after two
   adequate failed antidepressants and an adequate CBT course.
3. Ask the state reviewer for a child and adolescent psychiatrist (the plan's reviewer was a pediatrician).

## What a letter must NOT say
- "EPSDT", "1396d(r)(5)", "fair hearing", "continue benefits during the appeal", "438.420", "ERISA", "147.136",
  "FDA-approved", "out of school", "active suicidal ideation", "DBT failed", "sertraline failed", "the plan cited
  no policy", "MP-BH-22 does not apply".
""", checks=[
("denial/plan-appeal-decision-2026-11-12.txt", "Our denial is UPHELD"),
("denial/plan-appeal-decision-2026-11-12.txt", "within 4 months of the date of this notice"),
("denial/plan-appeal-decision-2026-11-12.txt", "not eligible for a Medicaid fair hearing"),
("other/palmetto-mp-bh-22-excerpt.txt", "last reviewed 11/2023"),
("clinical/adolescent-psychiatry-letter.txt", "FDA 510(k) clearance in\nMarch 2024"),
("clinical/adolescent-psychiatry-letter.txt", "reduced (half-day) schedule"),
("clinical/adolescent-psychiatry-letter.txt", "not a failed treatment"),
("clinical/adolescent-psychiatry-letter.txt", "no plan, no intent"),
]))
