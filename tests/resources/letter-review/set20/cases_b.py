"""Cases 05-08 of letters set 20b (FICTIONAL)."""

C05_YAML = r"""
# FICTIONAL CASE (set 20b, case 05) - every person, plan, number and address is invented.
# State employees' plan, insured (governmental): an outpatient ECT course (done) denied as out of network under the
# HMO option's rule, but the member elected the POS option (out-of-network benefits) for 2026. Her husband, the
# state employee, writes as her authorized representative.
patient:
  name: Corinne Ashdown-Velez
  salutation: Ms. Ashdown-Velez
  date_of_birth: September 9, 1968
  member_id: HPH-FICT-IA-6602914-02
  address: |-
    1120 Bur Oak Drive
    Gravesend Mills, IA 52310
  phone: (319) 555-0147
insurer:
  name: Heartland Prairie Health (FICTIONAL), insurer of the State of Iowa Employee Benefits Program POS option
  appeals_address: |-
    Heartland Prairie Health, Member Appeals
    PO Box 5109
    Dunmore Center, IA 50309
  fax: (515) 555-0182
claim:
  number: HPH-26-0921-338104
  plan_type: governmental
  funding: insured
  notice_date: September 21, 2026
  service_dates: [2026-08-03, 2026-08-05, 2026-08-07, 2026-08-10, 2026-08-12, 2026-08-14, 2026-08-17, 2026-08-19, 2026-08-24, 2026-09-04]
  sessions: 10
  procedure_codes: ['90870', '00104']
  diagnosis_codes: [F33.2]
  carc_codes: [CO-242]
  denial_reason: >-
    Services were provided by a provider who is not in your plan's network. Your HMO plan does not cover services
    from out-of-network providers except for emergency care or when approved in advance by the plan.
  denial_category: out_of_network
  action: none
  coding_correct: true
plan_policy:
  name: Heartland Prairie Health Certificate of Coverage, State of Iowa Employee Benefits Program, 2026, section 3.4 (POS option)
  quote: >-
    POS option: You may receive covered services from out-of-network providers without a referral. Out-of-network
    covered services are paid at the out-of-network benefit level: 60% of the allowed amount after the
    out-of-network deductible. Precertification is required for inpatient admissions; outpatient services do not
    require precertification.
  file: other/certificate-of-coverage-2026-section-3-4-excerpt.txt
plan_option:
  name: POS (Point of Service)
  out_of_network: true
  since: 2026-01-01
  applied: HMO
  proof:
    - other/state-benefits-enrollment-confirmation-2025-11-20.txt
    - other/payroll-statement-2026-08-pos-deduction.txt
treatment:
  name: outpatient electroconvulsive therapy (ECT), acute course
  summary: An acute course of ten outpatient ECT treatments for severe recurrent depression, after ECT brought remission in 2019.
author:
  name: Rafael Velez
  role: Husband of the patient, state employee and plan subscriber, authorized representative
  relation: representative
  authorization: other/authorization-to-represent-2026-10-02.txt
  address: |-
    1120 Bur Oak Drive
    Gravesend Mills, IA 52310
  phone: (319) 555-0148
  email: rvelez@homemail.example
provider:
  name: Marisol Dunleavy
  credentials: MD, psychiatrist, Riverbend University Hospital ECT Service (FICTIONAL)
  npi: "1908372653"
  phone: (319) 555-0166
  address: |-
    Riverbend University Hospital, 400 Levee Street
    Rockport Bend, IA 52240
clinical:
  severity: MADRS 38 on July 28, 2026; MADRS 8 after the tenth treatment (September 4, 2026)
  severity_date: 2026-07-28
  suicidality: passive
  suicidality_date: 2026-07-28
  response: MADRS 38 before the course, 8 after ten treatments (remission)
  response_level: remission
  history:
    - drug: ECT (2019 episode)
      kind: neuromodulation
      dose: 9 treatments
      sessions: 9
      start: 2019
      end: 2019
      outcome: Remission in the 2019 episode
      response: remission
      evidence: {file: clinical/riverbend-ect-summary-2026.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 225 mg daily
      start: 2019
      ongoing: true
      outcome: Continued; the current episode began in March 2026 while taking it
      response: lost
      evidence: {file: clinical/riverbend-ect-summary-2026.txt, page: 1}
    - drug: Lithium (added to venlafaxine)
      kind: augmentation
      dose: to a level of 0.7 mmol/L
      start: 2026-04
      ongoing: true
      outcome: Continued; the episode persisted despite it
      response: none
      evidence: {file: clinical/riverbend-ect-summary-2026.txt, page: 1}
employer:
  name: State of Iowa Employee Benefits Office (FICTIONAL)
  address: |-
    Employee Benefits Office, 1 Capitol Mall (FICTIONAL)
    Dunmore Center, IA 50319
bates_prefix: ASHDOWNVELEZ
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

C05_DOCS = {
"denial/explanation-of-benefits-2026-09-21.txt": """
HEARTLAND PRAIRIE HEALTH (FICTIONAL) - EXPLANATION OF BENEFITS        Statement date: 09/21/2026
Subscriber: Rafael Velez      Patient: Corinne Ashdown-Velez (spouse)      ID: HPH-FICT-IA-6602914-02
Group: State of Iowa Employee Benefits Program - Plan: HMO                  Claim: HPH-26-0921-338104
Provider: Riverbend University Hospital ECT Service (OUT OF NETWORK)

Dates 08/03/2026 - 09/04/2026   90870 x10   Billed $14,200.00   Allowed $0.00   Paid $0.00   CO-242
Dates 08/03/2026 - 09/04/2026   00104 x10   Billed $4,180.00    Allowed $0.00   Paid $0.00   CO-242
Patient responsibility: $18,380.00

CO-242: Services not provided by network/primary care providers.
Why: Services were provided by a provider who is not in your plan's network. Your HMO plan does not cover services
from out-of-network providers except for emergency care or when approved in advance by the plan.

Your appeal rights: You may file an appeal within 180 days of receiving this notice. We will decide a post-service
appeal within 60 days. After our final decision you may request an external review by an independent review
organization through the Iowa Insurance Division.
""",
"other/certificate-of-coverage-2026-section-3-4-excerpt.txt": """
HEARTLAND PRAIRIE HEALTH (FICTIONAL) - CERTIFICATE OF COVERAGE, STATE OF IOWA EMPLOYEE BENEFITS PROGRAM, 2026
Section 3.3 HMO option: Services from out-of-network providers are not covered except emergency care, or care the
Plan approves in advance because no network provider can provide it.
Section 3.4 POS option: You may receive covered services from out-of-network providers without a referral.
Out-of-network covered services are paid at the out-of-network benefit level: 60% of the allowed amount after the
out-of-network deductible. Precertification is required for inpatient admissions; outpatient services do not
require precertification.
Section 5.9 Electroconvulsive therapy is a covered outpatient mental health service.
""",
"other/state-benefits-enrollment-confirmation-2025-11-20.txt": """
STATE OF IOWA EMPLOYEE BENEFITS OFFICE (FICTIONAL) - OPEN ENROLLMENT CONFIRMATION        11/20/2025
Employee: Rafael Velez     Employee no. FICT-44071
2026 medical election: Heartland Prairie Health POS option - Employee + Spouse      Effective 01/01/2026
(2025 election: HMO option - Employee + Spouse)
Covered: Rafael Velez; Corinne Ashdown-Velez (spouse)
""",
"other/payroll-statement-2026-08-pos-deduction.txt": """
STATE OF IOWA PAYROLL (FICTIONAL) - EARNINGS STATEMENT, pay date 08/14/2026 - Rafael Velez
Pre-tax deductions: MED POS EE+SP  $212.60     DENTAL EE+SP $18.40
""",
"other/authorization-to-represent-2026-10-02.txt": """
AUTHORIZATION TO REPRESENT (FICTIONAL)
I, Corinne Ashdown-Velez, authorize my husband, Rafael Velez, to appeal claim HPH-26-0921-338104 on my behalf and
to receive my health information for that purpose.    Signed: Corinne Ashdown-Velez    10/02/2026
""",
"other/call-log-2026-09-29.txt": """
CALL LOG kept by Rafael Velez (FICTIONAL)
09/29/2026 2:10 pm, Heartland Prairie member services, rep "Dana", ref CALL-FICT-0929-5521: I said we are in the POS
plan since January. She said "our system shows HMO for both of you"; told me to contact the state benefits office
and to appeal. 10/01/2026: State benefits office (Ms. Orr) confirmed by e-mail that POS was sent to the insurer on
the 11/2025 enrollment file and they will send a correction to the insurer.
""",
"clinical/riverbend-ect-summary-2026.txt": """
RIVERBEND UNIVERSITY HOSPITAL ECT SERVICE (FICTIONAL) - COURSE SUMMARY
Patient: Corinne Ashdown-Velez, DOB 09/09/1968     Attending: Marisol Dunleavy, MD
Indication: MDD, recurrent, severe (F33.2); current episode since 03/2026 despite venlafaxine XR 225 mg (since
2019) and lithium augmentation added 04/2026 (level 0.7 mmol/L); both continue. Prior ECT 2019 at this service: remission after 9 treatments.
07/28/2026 consult: MADRS 38, passive death wishes, not eating well, weight -6 kg. Referred here by her outpatient
psychiatrist because of the 2019 response. An in-network ECT program exists at Cedar Prairie Behavioral Hospital
(about 40 miles); patient and family chose Riverbend, where she was treated before.
Course: 10 outpatient treatments, 08/03 - 09/04/2026 (right unilateral, then bitemporal from #6). Anesthesia by
Riverbend anesthesiology (00104). Treatment 10 was delayed to 09/04 by a urinary infection.
09/04/2026: MADRS 8. Remission. Plan: continuation pharmacotherapy; no maintenance ECT planned.
""",
}

C05_TRUTH = r"""
# 05 - State employees' plan (insured): outpatient ECT denied under the HMO option's network rule; the member is in the POS option; her husband appeals (FICTIONAL)

## What is true
- Corinne Ashdown-Velez, 58, is covered as the **spouse** of a State of Iowa employee (Rafael Velez) under the state
  employees' program, **insured** by Heartland Prairie Health (`governmental`, insured). For 2026 the family elected
  the **POS option** (open enrollment confirmation 11/20/2025, effective 01/01/2026); payroll shows the POS
  deduction. The insurer's file still shows the **2025 HMO option**.
- Ten outpatient ECT treatments at Riverbend (out of network), 08/03-09/04/2026 (90870 x10, 00104 x10), were denied
  **09/21/2026**, **CO-242**, under the HMO rule. Under the certificate's **section 3.4 (POS)**: out-of-network
  covered services are paid at 60% after the out-of-network deductible, with no referral; outpatient services need
  no precertification. ECT is a covered outpatient service (5.9).
- Rule: a governmental plan is **not ERISA**; claims and appeals follow **45 CFR 147.136(b)(2)(i)**, applying the
  standards of 29 CFR 2560.503-1 (appeal within 180 days of receipt: to about **2027-03-20**; post-service decision
  within 60 days). Insured: the next level is external review through the **Iowa Insurance Division** (the notice
  says so); complaints go to the state insurance regulator, not EBSA.
- Medical necessity is not in question; ECT brought remission (MADRS 38 -> 8).
- Author: her **husband**, as her authorized representative (signed 10/02/2026); he is the subscriber.

## Deliberately unknown
- Whether the state benefits office's correction reached the insurer (promised 10/01/2026).
- The out-of-network allowed amount and the deductible met; so the amount the plan will pay.
- Whether the anesthesia group bills separately as another claim (here on the same claim).

## Traps
- **Not a network gap case**: an **in-network ECT program existed about 40 miles away**; the family chose Riverbend
  because of the 2019 response. A letter must not say no in-network provider was available, must not ask for a
  network gap exception or in-network cost sharing, and must not lead with the medical need.
- **Not an emergency**: no emergency argument.
- The payment asked is at the **POS out-of-network level (60% after deductible)**, not "in full".
- Lithium and venlafaxine **continue**; no trial count is needed (the network/option is the question).
- Governmental: no "ERISA", no "EBSA"/"Department of Labor", no 29 CFR 2560.503-1 as governing law (it applies only
  through 147.136(b)(2)(i)). The **2019 ECT** was a remission, not a failure.
- Voice: the husband writes about his wife in the third person ("my wife", "Ms. Ashdown-Velez"), not "I" as patient.

## Arguments a strong letter makes (strongest first)
1. The member is enrolled in the **POS option since 01/01/2026** (enrollment confirmation, payroll deduction): the
   denial applied the **HMO** rule. Ask the plan to correct its enrollment record to POS and reprocess the claim
   under the certificate's section 3.4 out-of-network benefits.
2. Under section 3.4, out-of-network care needs **no referral** and outpatient care **no precertification**; ECT is a
   covered outpatient service (5.9): nothing else stands in the way of payment at the out-of-network level.
3. Ask for the claim file and a decision within 60 days; note the call reference CALL-FICT-0929-5521 and the state
   benefits office's correction.

## What a letter must NOT say
- "no in-network provider", "network gap exception", "network inadequacy", "pay at the in-network level".
- "emergency"; "failed medications"; "failed ECT".
- "ERISA", "EBSA", "Department of Labor", "29 CFR 2560.503-1" as the law that governs the plan.
- "HMO" as her option for 2026.
"""

C05 = dict(
    slug="05-state-employees-insured-ect-wrong-option-pos-husband",
    yaml=C05_YAML, docs=C05_DOCS, truth=C05_TRUTH,
    expect=[
        ("denial/explanation-of-benefits-2026-09-21.txt", "Plan: HMO"),
        ("denial/explanation-of-benefits-2026-09-21.txt", "Your HMO plan does not cover services"),
        ("other/state-benefits-enrollment-confirmation-2025-11-20.txt", "2026 medical election: Heartland Prairie Health POS option"),
        ("other/payroll-statement-2026-08-pos-deduction.txt", "MED POS EE+SP"),
        ("other/certificate-of-coverage-2026-section-3-4-excerpt.txt", "outpatient services do not require precertification"),
        ("other/authorization-to-represent-2026-10-02.txt", "10/02/2026"),
        ("clinical/riverbend-ect-summary-2026.txt", "about 40 miles"),
        ("clinical/riverbend-ect-summary-2026.txt", "MADRS 8. Remission"),
    ],
)

C06_YAML = r"""
# FICTIONAL CASE (set 20b, case 06) - every person, plan, number and address is invented.
# Individual Marketplace EPO (insured, Arizona): continued residential eating-disorder treatment from 08/28/2026
# denied as "lower level of care (PHP)" under MCG; the one internal appeal upheld it on 10/20/2026. The member
# herself requests external review.
patient:
  name: Noor Elisabeth Castellanos-Brandt
  salutation: Ms. Castellanos-Brandt
  date_of_birth: January 23, 2002
  member_id: CSH-FICT-AZ-7731058
  address: |-
    3318 Palo Verde Loop
    Pinecrest Wash, AZ 85622
  phone: (520) 555-0139
  email: noor.cb@mailbox.example
insurer:
  name: Cascade Summit Health EPO Silver (FICTIONAL)
  appeals_address: |-
    Cascade Summit Health, Appeals and Grievances
    PO Box 33870
    Saguaro Junction, AZ 85004
  fax: (602) 555-0115
claim:
  number: CSH-UM-2026-0827-5512
  plan_type: individual_aca
  funding: insured
  notice_date: August 27, 2026
  service_dates: [2026-08-28, 2026-09-15]
  inpatient: true
  procedure_codes: [H0018]
  revenue_codes: ['1001']
  diagnosis_codes: [F50.022]
  denial_reason: >-
    Continued residential treatment from 08/28/2026 is not medically necessary. Per MCG Behavioral Health Care
    Guidelines, Residential Behavioral Health Level of Care, Eating Disorders, the member's vital signs have been
    stable since 08/24/2026 and she can be treated safely at a lower level of care (partial hospitalization).
  denial_category: medical_necessity
  denial_reasons: [level_of_care]
  reviewer: {name: "Harlan Voss, DO", specialty: Psychiatry}
  action: end
template: external-review-request
decisions:
  - date: 2026-10-20
    outcome: denied
    stage: internal appeal
    opens: external review
    reason: >-
      The denial of continued residential treatment from 08/28/2026 through 09/15/2026 is upheld. The member was
      medically stable, with stable vital signs since 08/24/2026, and partial hospitalization was appropriate.
    corrections:
      - said: The member was medically stable, with stable vital signs since 08/24/2026
        record: Resting heart rate 41-46 from 08/26 through 09/02/2026, an orthostatic pulse rise of 34 on 08/29, and phosphorus 2.1 mg/dL on 08/29 needing replacement (refeeding); the internist cleared her as medically stable only on 09/03/2026
        file: clinical/mesa-rosa-residential-medical-flowsheet-2026.txt
        page: 1
external_review:
  final_denial_date: 2026-10-20
  agency: Arizona Department of Insurance and Financial Institutions, external review (as the plan's final notice names it)
alternatives:
  - level: partial hospitalization
    name: Sonoran Bloom Eating Disorder PHP (the only in-network eating-disorder PHP in the EPO's Arizona network)
    first_opening: 2026-09-21
    why_not: Waitlisted on 08/27/2026; first opening 09/21/2026, after the last day denied (09/15/2026).
    proof:
      - other/sonoran-bloom-php-waitlist-letter-2026-08-27.txt
      - other/mesa-rosa-discharge-planning-notes-2026.txt
treatment:
  name: residential eating disorder treatment
  summary: >-
    Continued residential treatment for severe anorexia nervosa, binge-eating/purging type, while her heart rate
    and electrolytes were unstable during refeeding and no partial hospitalization program could admit her.
  setting: Mesa Rosa Residential Eating Disorder Program, in network (FICTIONAL)
author:
  name: Noor Elisabeth Castellanos-Brandt
  role: Patient (the member)
  relation: patient
  address: |-
    3318 Palo Verde Loop
    Pinecrest Wash, AZ 85622
  phone: (520) 555-0139
  email: noor.cb@mailbox.example
provider:
  name: Priya Anand-Kowalczyk
  credentials: MD, attending psychiatrist, Mesa Rosa Residential Eating Disorder Program (FICTIONAL)
  npi: "1329567485"
  phone: (520) 555-0151
  address: |-
    Mesa Rosa Residential Eating Disorder Program, 77 Ocotillo Ridge
    Pinecrest Wash, AZ 85622
clinical:
  severity: BMI 15.2 on admission (08/17/2026), 15.9 on 08/27/2026, 16.8 at discharge (09/16/2026); purging 3 times a week in the week before admission
  severity_date: 2026-08-27
  suicidality: none
  suicidality_date: 2026-08-27
  response: BMI 15.2 to 16.8; no purging after 08/30/2026; medically stable from 09/03/2026
  response_level: partial
  history:
    - drug: CBT-E (enhanced cognitive behavioral therapy for eating disorders), outpatient
      kind: psychotherapy
      dose: 20 sessions
      sessions: 20
      adequate: true
      start: 2025-03
      end: 2025-08
      outcome: Completed; weight kept falling
      response: none
      evidence: {file: clinical/mesa-rosa-admission-and-discharge-2026.txt, page: 1}
    - drug: Eating-disorder intensive outpatient program
      kind: other
      dose: 3 days a week for 6 weeks
      adequate: true
      start: 2026-05
      end: 2026-06
      outcome: Completed; lost 2.5 kg and purging increased; referred to residential care
      response: none
      evidence: {file: clinical/mesa-rosa-admission-and-discharge-2026.txt, page: 1}
    - drug: Fluoxetine
      dose: 40 mg, then 60 mg daily
      start: 2025-05
      ongoing: true
      outcome: Partial response of purging urges only; continued
      response: partial
      evidence: {file: clinical/mesa-rosa-admission-and-discharge-2026.txt, page: 1}
    - drug: Olanzapine
      kind: other
      dose: 2.5 mg at bedtime
      start: 2026-08-20
      ongoing: true
      outcome: Started during the residential stay; too early to judge
      evidence: {file: clinical/mesa-rosa-admission-and-discharge-2026.txt, page: 1}
bates_prefix: CASTELLANOSBRANDT
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

C06_DOCS = {
"denial/concurrent-review-denial-2026-08-27.txt": """
CASCADE SUMMIT HEALTH (FICTIONAL) - NOTICE OF ADVERSE BENEFIT DETERMINATION (CONCURRENT REVIEW)    08/27/2026
Member: Noor E. Castellanos-Brandt   ID: CSH-FICT-AZ-7731058   Reference: CSH-UM-2026-0827-5512
Facility: Mesa Rosa Residential Eating Disorder Program (in network)    Admitted 08/17/2026
Authorized: residential days 08/17 - 08/27/2026.  Denied: continued residential treatment from 08/28/2026.
Reason: Continued residential treatment from 08/28/2026 is not medically necessary. Per MCG Behavioral Health Care
Guidelines, Residential Behavioral Health Level of Care, Eating Disorders, the member's vital signs have been stable
since 08/24/2026 and she can be treated safely at a lower level of care (partial hospitalization).
Reviewer: Harlan Voss, DO (Psychiatry). You may request the criteria free of charge.
Appeal: within 180 days. Urgent appeals are decided within 72 hours.
""",
"denial/internal-appeal-decision-2026-10-20.txt": """
CASCADE SUMMIT HEALTH (FICTIONAL) - FINAL INTERNAL APPEAL DECISION        10/20/2026
Member: Noor E. Castellanos-Brandt      Reference: CSH-UM-2026-0827-5512 / Appeal CSH-AP-26-40917
Appeal received 09/30/2026 from the member (post-service; she was discharged 09/16/2026).
Decision: The denial of continued residential treatment from 08/28/2026 through 09/15/2026 is upheld. The member
was medically stable, with stable vital signs since 08/24/2026, and partial hospitalization was appropriate.
Criteria: MCG Behavioral Health Care Guidelines, 29th edition, Residential Behavioral Health Level of Care, Eating
Disorders. Reviewer: Lorraine Tibbets, MD (Psychiatry).
This is our final internal decision. You may request an external review within 4 months of receiving this notice,
through the Arizona Department of Insurance and Financial Institutions (address enclosed), or ask us to forward
your request.
""",
"other/sonoran-bloom-php-waitlist-letter-2026-08-27.txt": """
SONORAN BLOOM EATING DISORDER PARTIAL HOSPITALIZATION PROGRAM (FICTIONAL)        08/27/2026
To: Mesa Rosa discharge planning (J. Whitcomb, LCSW)
Re: Noor Castellanos-Brandt - referral received 08/27/2026
Thank you for the referral. Our program is full. Ms. Castellanos-Brandt is on our waitlist; the first available
admission date is 09/21/2026. We cannot accept patients with resting heart rate below 50 or uncorrected
electrolyte abnormalities.
""",
"other/mesa-rosa-discharge-planning-notes-2026.txt": """
MESA ROSA RESIDENTIAL (FICTIONAL) - DISCHARGE PLANNING NOTES (J. Whitcomb, LCSW)
08/27: plan denied residential from 08/28; suggests PHP. Called Cascade Summit member services: in-network ED PHPs
  in AZ: Sonoran Bloom only. Referral faxed. Sonoran Bloom: full; waitlist, first date 09/21.
08/27: asked plan for single-case agreement with an out-of-network PHP: "not available under EPO" (ref SCA-FICT-227).
09/10: Sonoran Bloom confirms 09/21 admission date.
09/16: discharged to Sonoran Bloom waitlist with daily outpatient dietitian check-ins; PHP admission 09/21/2026.
""",
"clinical/mesa-rosa-residential-medical-flowsheet-2026.txt": """
MESA ROSA RESIDENTIAL (FICTIONAL) - MEDICAL FLOWSHEET (internist: Gabriel Fenn, MD)
Patient: Castellanos-Brandt, Noor E.     DOB 01/23/2002
Date    Resting HR  Orthostatic HR rise  BP        Phos (mg/dL)  K    Notes
08/24   52          18                   98/62     3.0           3.6  "vitals acceptable today"
08/26   46          24                   94/58     2.6           3.4
08/27   44          28                   92/60     2.4           3.5  weight 41.6 kg, BMI 15.9
08/29   41          34                   90/56     2.1           3.3  phosphate replacement started (refeeding)
08/31   43          30                   92/58     2.5           3.5  telemetry overnight
09/02   46          22                   96/60     2.9           3.7
09/03   52          14                   100/64    3.2           3.9  medically stable per internist
09/10   56          12                   104/66    3.4           4.0
Target criteria for step-down: resting HR >= 50, orthostatic rise < 20, electrolytes normal without replacement.
""",
"clinical/mesa-rosa-admission-and-discharge-2026.txt": """
MESA ROSA RESIDENTIAL (FICTIONAL) - ADMISSION 08/17/2026 AND DISCHARGE 09/16/2026 SUMMARY
Attending: Priya Anand-Kowalczyk, MD (psychiatry)
Dx: anorexia nervosa, binge-eating/purging type, severe (F50.022).
History: CBT-E outpatient 20 sessions 03-08/2025, weight kept falling. ED IOP 3 days/week 05-06/2026 (6 weeks):
  lost 2.5 kg, purging increased -> referred to residential. Fluoxetine 40 -> 60 mg since 05/2025, partial effect on
  purging urges, continues. Olanzapine 2.5 mg qhs started 08/20/2026 (here).
Admission: BMI 15.2, HR 48, purging 3x/week. Denies SI; no self-harm.
Course: supervised meals, 1:1 post-meal observation until 09/05; last purge 08/30. Refeeding hypophosphatemia
  08/29. Internist cleared medically stable 09/03.
Discharge 09/16/2026: BMI 16.8. Partial response. To Sonoran Bloom PHP 09/21 (first opening).
""",
}

C06_TRUTH = r"""
# 06 - Individual Marketplace EPO: residential eating-disorder days denied as "PHP appropriate"; the member requests external review (FICTIONAL)

## What is true
- Noor Castellanos-Brandt, 24, an individual **Marketplace EPO** (insured, Arizona). Residential eating-disorder
  treatment at an in-network program, admitted 08/17/2026. Concurrent review **08/27/2026** denied continued
  residential care **from 08/28/2026** (MCG residential eating-disorder guideline: "vital signs stable since 08/24";
  "PHP"). She stayed; discharged **09/16/2026**; the days denied are **08/28-09/15/2026**.
- Her one internal appeal (individual market: one level) was denied **10/20/2026** (final). This letter is the
  **external review request**, within **4 months** of receipt (45 CFR 147.136), through the **Arizona Department of
  Insurance and Financial Institutions** as the notice says (state process for insured individual coverage).
  A level-of-care denial turns on medical judgment, so external review is open.
- The record contradicts the decision's "stable vital signs since 08/24": resting HR **41-46** from 08/26 to 09/02,
  orthostatic rise **34** on 08/29, **phosphorus 2.1** with replacement (refeeding) on 08/29; the internist cleared
  her as medically stable only on **09/03/2026**. 08/24 itself was a one-day "acceptable" reading (HR 52).
- The lower level the plan named was **not available**: the only in-network eating-disorder PHP (Sonoran Bloom) was
  full, with a **first opening on 09/21/2026**, after the last day denied, and it **could not accept** a resting HR
  below 50 or uncorrected electrolytes. The plan refused a single-case agreement for an out-of-network PHP.
- Earlier levels tried: outpatient CBT-E (20 sessions, 2025) and an eating-disorder IOP (6 weeks, 2026), both
  without success. Fluoxetine 60 mg continues (partial); olanzapine started **during** the stay.
- Author: the **patient**, "I". Suicidality: none.

## Deliberately unknown
- The MCG criteria themselves (licensed, not enclosed): the letter should ask for them, not quote them.
- Whether any day after 09/03 (medically stable) would meet residential criteria on its own; the strongest answer
  for 09/03-09/15 is that no PHP could admit her until 09/21.
- The billed amount.

## Note on the stay
- Residential treatment is a 24-hour stay in a non-hospital program. `claim.inpatient: true` is set only so the two
  dates read as a span (08/28 through 09/15); a letter that calls it "residential treatment" or "the stay" is right,
  one that calls it a **hospital** admission or hospitalization is false (see README "Tool gaps").

## Traps
- **Fluoxetine is still taken**, partial response: never "failed" or "stopped". **Olanzapine** was started during the
  stay: not a prior trial.
- CBT-E and IOP are **psychotherapy / a lower level of care**, not drug trials; no "failed N medication trials" lead.
- Not a network-gap request: the PHP's lack of an opening is a level-of-care fact (alternatives), not a request for
  out-of-network coverage.
- Only one internal appeal exists in the individual market: no "second-level" appeal.
- The denial was a **concurrent** review; the stay is over, so nothing "continues during the appeal" and no
  expedited review is needed now.
- No ERISA (individual coverage): 45 CFR 147.136 governs; no EBSA.
- Voice: "I", not "Ms. Castellanos-Brandt has ...".

## Arguments a strong letter makes (strongest first)
1. The lower level named was not available: the only in-network eating-disorder PHP had **no opening until
   09/21/2026**, after the last day denied, and would not take her with HR < 50 or uncorrected electrolytes
   (waitlist letter, discharge-planning notes); the plan refused an out-of-network PHP.
2. The decision's premise is wrong on its own record: vital signs were **not** stable from 08/24 (HR 41-46,
   orthostatic rise 34, refeeding hypophosphatemia on 08/29); medical stability came only on 09/03.
3. Outpatient CBT-E and IOP had already failed to stop weight loss; ask the IRO for an eating-disorder-experienced
   psychiatrist, the MCG criteria the plan applied, and coverage of 08/28-09/15/2026.

## What a letter must NOT say
- "fluoxetine failed", "stopped fluoxetine", "olanzapine failed"; "failed N medication trials".
- "vital signs were stable" (as fact); "no in-network provider exists"; "network gap exception".
- "second-level appeal", "ERISA", "29 CFR 2560.503-1" as governing law, "EBSA"; "continue coverage during the appeal".
- "suicidal".
"""

C06 = dict(
    slug="06-marketplace-epo-residential-eating-disorder-level-of-care-external-review-patient",
    yaml=C06_YAML, docs=C06_DOCS, truth=C06_TRUTH,
    expect=[
        ("denial/concurrent-review-denial-2026-08-27.txt", "vital signs have been stable since 08/24/2026"),
        ("denial/internal-appeal-decision-2026-10-20.txt", "This is our final internal decision"),
        ("denial/internal-appeal-decision-2026-10-20.txt", "Arizona Department of Insurance and Financial Institutions"),
        ("other/sonoran-bloom-php-waitlist-letter-2026-08-27.txt", "the first available admission date is 09/21/2026"),
        ("other/sonoran-bloom-php-waitlist-letter-2026-08-27.txt", "resting heart rate below 50"),
        ("other/mesa-rosa-discharge-planning-notes-2026.txt", "not available under EPO"),
        ("clinical/mesa-rosa-residential-medical-flowsheet-2026.txt", "08/29   41          34"),
        ("clinical/mesa-rosa-residential-medical-flowsheet-2026.txt", "medically stable per internist"),
        ("clinical/mesa-rosa-admission-and-discharge-2026.txt", "Olanzapine 2.5 mg qhs started 08/20/2026 (here)"),
    ],
)

C07_YAML = r"""
# FICTIONAL CASE (set 20b, case 07) - every person, plan, number and address is invented.
# Insured employer PPO (ERISA), Delaware: a pre-authorized out-of-network TMS course (done) denied CO-29 for
# timely filing after the plan "closed" the first claim; the first-level appeal was upheld on 11/12/2026. A
# nonprofit patient advocate files the second-level appeal.
patient:
  name: Bernard Okonkwo-Lisle
  salutation: Mr. Okonkwo-Lisle
  date_of_birth: June 14, 1987
  member_id: KMH-FICT-DE-4419026
  address: |-
    57 Heron Marsh Court
    Marlow Ferry, DE 19963
  phone: (302) 555-0124
insurer:
  name: Keystone Meadow Health Insurance Company (FICTIONAL)
  appeals_address: |-
    Keystone Meadow Health, Second-Level Appeals
    PO Box 19027
    Cranston Hollow, DE 19801
  fax: (302) 555-0190
claim:
  number: KMH-26-1005-90233
  plan_type: employer_erisa
  funding: insured
  stage: second level
  notice_date: October 14, 2026
  service_dates: [2026-04-06, 2026-05-22]
  sessions: 36
  procedure_codes: [90867, 90868]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-29]
  denial_reason: >-
    The time limit for filing has expired. Claims must be received within 120 days of the date of service.
  denial_category: timely_filing
  action: none
  coding_correct: true
plan_policy:
  name: Keystone Meadow Health Group Certificate (Tidewater Tool and Die Company PPO), 2026, section 7.2 (Filing claims)
  quote: >-
    Claims must be submitted within 120 days after the date of service. If we ask for more information to process
    a claim, the claim keeps the date we first received it as long as we receive the information within 45 days of
    our request. A claim filed late will be accepted if it was not reasonably possible to file it on time and it is
    filed as soon as reasonably possible.
  file: other/group-certificate-2026-section-7-2-excerpt.txt
filing:
  first_submitted: 2026-06-01
  received: 2026-06-01
  method: electronic claim through the provider's clearinghouse
  proof:
    - other/clearinghouse-acceptance-report-2026-06-01.txt
    - other/provider-fax-confirmation-2026-07-02.txt
  limit_deadline: 2026-08-04
  asked: 2026-06-10
  answered: 2026-07-02
  resent: 2026-10-05
decisions:
  - date: 2026-11-12
    outcome: denied
    stage: first level
    opens: second level
    next_deadline: 2027-01-11
    reason: >-
      We reviewed your appeal. Our records show the claim was first received on 10/05/2026, more than 120 days after
      the dates of service (04/06/2026 - 05/22/2026). The denial for timely filing is upheld.
    corrections:
      - said: Our records show the claim was first received on 10/05/2026
        record: The plan accepted the first claim for these services on 06/01/2026 as claim KMH-26-0601-77120, and its own letter of 06/10/2026 asked for records on that claim; the records were faxed on 07/02/2026, 22 days later
        file: other/plan-records-request-2026-06-10.txt
        page: 1
prior_auth:
  approved:
    number: PA-KMH-26-0319-448
    date: 2026-03-19
    covers: 36 TMS sessions (90867 x1, 90868 x35) at Brandywine Neuromodulation Center, out-of-network benefits
    from: 2026-03-30
    through: 2026-06-30
    file: other/prior-authorization-approval-2026-03-19.txt
    lines:
      - {code: '90867', units: 1, given: 1}
      - {code: '90868', units: 35, given: 35}
treatment:
  name: transcranial magnetic stimulation (TMS)
  summary: A pre-authorized course of 36 TMS sessions for severe recurrent depression, completed with remission.
author:
  name: Theodora Blakemore-Ruiz
  role: Patient advocate, Mid-Atlantic Patient Advocacy Network (FICTIONAL), authorized representative
  relation: representative
  authorization: other/authorized-representative-form-2026-11-18.txt
  address: |-
    Mid-Atlantic Patient Advocacy Network, 12 Foundry Row, Suite 210
    Cranston Hollow, DE 19801
  phone: (302) 555-0107
  email: tblakemore@mapan.example
provider:
  name: Brandywine Neuromodulation Center (FICTIONAL)
  npi: "1872640390"
  phone: (302) 555-0161
  address: |-
    Brandywine Neuromodulation Center, 900 Shipyard Lane
    Cranston Hollow, DE 19801
clinical:
  severity: PHQ-9 21 before TMS (March 2026); PHQ-9 6 after session 36 (May 22, 2026)
  severity_date: 2026-05-22
  response: PHQ-9 21 to 6 over 36 sessions
  response_level: remission
employer:
  name: Tidewater Tool and Die Company (FICTIONAL), Benefits Office
  address: |-
    Tidewater Tool and Die Company, 400 Wharf Road
    Marlow Ferry, DE 19963
bates_prefix: OKONKWOLISLE
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

C07_DOCS = {
"denial/eob-timely-filing-denial-2026-10-14.txt": """
KEYSTONE MEADOW HEALTH INSURANCE COMPANY (FICTIONAL) - EXPLANATION OF BENEFITS        10/14/2026
Member: Bernard Okonkwo-Lisle     ID: KMH-FICT-DE-4419026     Group: Tidewater Tool and Die Company PPO
Claim: KMH-26-1005-90233   Received 10/05/2026   Provider: Brandywine Neuromodulation Center (out of network)
04/06/2026          90867 x1    Billed $450.00      Paid $0.00   CO-29
04/07-05/22/2026    90868 x35   Billed $12,250.00   Paid $0.00   CO-29
CO-29: The time limit for filing has expired.
Why: The time limit for filing has expired. Claims must be received within 120 days of the date of service.
Out-of-network provider: you may be billed for the amount not paid.
Appeal rights: you may appeal within 180 days of receiving this notice.
""",
"denial/first-level-appeal-decision-2026-11-12.txt": """
KEYSTONE MEADOW HEALTH (FICTIONAL) - FIRST-LEVEL APPEAL DECISION        11/12/2026
Member: Bernard Okonkwo-Lisle      Claim: KMH-26-1005-90233      Appeal: KMH-AP-26-66310 (received 10/20/2026)
We reviewed your appeal. Our records show the claim was first received on 10/05/2026, more than 120 days after the
dates of service (04/06/2026 - 05/22/2026). The denial for timely filing is upheld.
Your plan has two levels of internal appeal. You may file a second-level appeal within 60 days of the date of this
letter, to Second-Level Appeals, PO Box 19027, Cranston Hollow, DE 19801. After the second level you may have the
right to an external review. You also have the right to bring a civil action under section 502(a) of ERISA.
""",
"other/group-certificate-2026-section-7-2-excerpt.txt": """
KEYSTONE MEADOW HEALTH - GROUP CERTIFICATE, TIDEWATER TOOL AND DIE COMPANY PPO, 2026 (FICTIONAL)
7.2 Filing claims. Claims must be submitted within 120 days after the date of service. If we ask for more
information to process a claim, the claim keeps the date we first received it as long as we receive the
information within 45 days of our request. A claim filed late will be accepted if it was not reasonably possible to
file it on time and it is filed as soon as reasonably possible.
7.3 Out-of-network benefits: 70% of the allowed amount after the out-of-network deductible; precertification required
for TMS.
""",
"other/clearinghouse-acceptance-report-2026-06-01.txt": """
CLEARPATH CLAIMS EXCHANGE (FICTIONAL) - PAYER ACCEPTANCE REPORT (277CA summary)   Batch FICT-B-220571   06/01/2026
Submitter: Brandywine Neuromodulation Center
Line  Patient (initials)  Payer                     DOS range               Charge      Status    Payer claim no.
1     R.T.                Coastal Mutual (FICT)     05/26/2026              $350.00     Accepted  CM-88120
2     B.O.                Keystone Meadow Health    04/06/2026-05/22/2026   $12,700.00  Accepted  KMH-26-0601-77120
3     L.M.                Keystone Meadow Health    05/29/2026              $350.00     Accepted  KMH-26-0601-77121
""",
"other/plan-records-request-2026-06-10.txt": """
KEYSTONE MEADOW HEALTH (FICTIONAL) - REQUEST FOR ADDITIONAL INFORMATION        06/10/2026
To: Brandywine Neuromodulation Center        Re: claim KMH-26-0601-77120, member B. Okonkwo-Lisle
We received this claim on 06/01/2026. To process it we need the TMS treatment records (session log with motor
threshold and dosing). Please send them within 45 days of the date of this letter, referencing the claim number.
""",
"other/provider-fax-confirmation-2026-07-02.txt": """
BRANDYWINE NEUROMODULATION CENTER (FICTIONAL) - FAX TRANSMISSION REPORT
07/02/2026 14:22   To: Keystone Meadow Health claims (302) 555-0193   Pages: 41   Result: OK
Cover: "Records requested 06/10/2026 for claim KMH-26-0601-77120 - B. Okonkwo-Lisle"
""",
"other/provider-billing-notes-2026.txt": """
BRANDYWINE NEUROMODULATION CENTER (FICTIONAL) - BILLING NOTES, Okonkwo-Lisle
09/22/2026: KMH-26-0601-77120 not on payer portal as pending; called payer - "claim closed 06/25/2026, no response
  to records request". Told them records were faxed 07/02 (report on file). Rep: "resubmit as new claim".
10/05/2026: resubmitted as new claim (KMH-26-1005-90233). 10/14: denied CO-29.
Note: patient balance $12,700 held pending appeal.
""",
"other/prior-authorization-approval-2026-03-19.txt": """
KEYSTONE MEADOW HEALTH (FICTIONAL) - PRIOR AUTHORIZATION APPROVAL        03/19/2026
Authorization PA-KMH-26-0319-448: TMS, 36 sessions (90867 x1, 90868 x35), Brandywine Neuromodulation Center
(out-of-network benefits), valid 03/30/2026 - 06/30/2026. Member: B. Okonkwo-Lisle.
""",
"other/authorized-representative-form-2026-11-18.txt": """
KEYSTONE MEADOW HEALTH AUTHORIZED REPRESENTATIVE DESIGNATION (FICTIONAL)
I, Bernard Okonkwo-Lisle, designate Theodora Blakemore-Ruiz of Mid-Atlantic Patient Advocacy Network as my
authorized representative for appeal of claim KMH-26-1005-90233.   Signed 11/18/2026.
""",
"clinical/brandywine-tms-course-summary-2026.txt": """
BRANDYWINE NEUROMODULATION CENTER (FICTIONAL) - TMS COURSE SUMMARY
Patient: Bernard Okonkwo-Lisle, DOB 06/14/1987     Dx F33.2
Course: 36 sessions 04/06/2026 - 05/22/2026 (motor threshold mapping 04/06; 35 treatment sessions).
PHQ-9 21 (03/2026) -> 6 (05/22/2026). Remission. Sertraline 150 mg continued throughout.
""",
}

C07_TRUTH = r"""
# 07 - Insured employer PPO: a pre-authorized TMS course denied for timely filing; the second-level appeal by a patient advocate (FICTIONAL)

## What is true
- Bernard Okonkwo-Lisle, 39, insured **ERISA** employer PPO (Delaware). A TMS course of **36 sessions,
  04/06-05/22/2026**, at an out-of-network center, **pre-authorized** (PA-KMH-26-0319-448, 03/30-06/30/2026).
- The first claim was **accepted by the plan on 06/01/2026** as **KMH-26-0601-77120** (clearinghouse report). The
  plan's **06/10/2026** letter asked for records "within 45 days"; they were **faxed 07/02/2026** (22 days later).
  The plan "closed" the claim on 06/25 (15 days after its request). Resubmitted 10/05/2026 as KMH-26-1005-90233;
  denied **CO-29** on **10/14/2026**. First-level appeal upheld **11/12/2026**: "first received on 10/05/2026".
- The plan's own **section 7.2**: 120 days from service (the earliest date, 04/06, gives **08/04/2026**); a claim
  **keeps its first receipt date** if requested information arrives **within 45 days**: so the claim was received
  **06/01/2026**, **in time**. Fallback: the late-filing clause ("not reasonably possible", "as soon as reasonably
  possible").
- This is the **second-level** appeal (the plan has two levels), due within 60 days of 11/12/2026: **2027-01-11**.
  ERISA: 29 CFR 2560.503-1; with **two levels, each post-service level is decided within 30 days**
  (2560.503-1(i)(2)(iii)(B)). External review may follow the final level (a timely-filing denial generally does not
  turn on medical judgment, so external review may not be open: see README "Unsure").
- Author: a **nonprofit patient advocate**, the member's authorized representative (designation 11/18/2026).

## Deliberately unknown
- Why the plan closed the claim at 15 days (no document explains it).
- The out-of-network allowed amount; what the plan will pay at 70%.
- Whether the 41 faxed pages were logged by the plan.

## Traps
- **Other patients on the clearinghouse report** (R.T., L.M.) are not this claim.
- **The decision's "first received 10/05/2026"** is contradicted by the plan's own 06/10 letter ("We received this
  claim on 06/01/2026").
- **Not a medical-necessity case**: no clinical reviewer, no peer-to-peer, no evidence paragraph, no trial count;
  sertraline continues (never "failed").
- **Stage**: a second-level appeal that names its level and answers the **11/12/2026** decision, not the 10/14 EOB
  alone. The second-level clock is 30 days, not 60.
- **Two claim numbers**: the original KMH-26-0601-77120 and the resubmission KMH-26-1005-90233; the dates are the
  same services.
- "Good cause" is the fallback, not the lead: the claim was timely on the plan's own rule.

## Arguments a strong letter makes (strongest first)
1. Under the plan's own section 7.2 the claim **keeps its first receipt date, 06/01/2026**: the plan asked for records
   on 06/10 and received them 07/02, **22 days later, within the 45 days**; 06/01 is within 120 days of every date of
   service (the earliest limit, 08/04/2026). The claim was filed on time.
2. The first-level decision's "first received on 10/05/2026" is contradicted by the plan's own letter of 06/10/2026
   and the clearinghouse acceptance (claim KMH-26-0601-77120); the resubmission on 10/05 was made at the plan's
   instruction after it closed the first claim early.
3. Fallback: the section 7.2 late-filing clause (not reasonably possible; resubmitted promptly when found closed).
   The course was pre-authorized (PA-KMH-26-0319-448) and its dates fall within the approval: ask that the claim be
   processed under the out-of-network benefit, with a decision within 30 days.

## What a letter must NOT say
- "not medically necessary", "failed medications", "peer-to-peer", "independent external review" as the next step
  for this denial without qualification.
- "R.T.", "L.M.", "CM-88120", "KMH-26-0601-77121".
- "first received on 10/05/2026" as fact; "the claim was filed late"; "we ask for an exception to the filing limit"
  as the lead argument.
- "60 days" as the plan's decision time for this second-level appeal.
"""

C07 = dict(
    slug="07-insured-employer-tms-timely-filing-second-level-advocate",
    yaml=C07_YAML, docs=C07_DOCS, truth=C07_TRUTH,
    expect=[
        ("denial/first-level-appeal-decision-2026-11-12.txt", "first received on 10/05/2026"),
        ("denial/first-level-appeal-decision-2026-11-12.txt", "Your plan has two levels of internal appeal"),
        ("denial/eob-timely-filing-denial-2026-10-14.txt", "Claims must be received within 120 days of the date of service"),
        ("other/plan-records-request-2026-06-10.txt", "We received this claim on 06/01/2026"),
        ("other/plan-records-request-2026-06-10.txt", "within 45 days of the date of this letter"),
        ("other/provider-fax-confirmation-2026-07-02.txt", "07/02/2026 14:22"),
        ("other/clearinghouse-acceptance-report-2026-06-01.txt", "KMH-26-0601-77120"),
        ("other/group-certificate-2026-section-7-2-excerpt.txt", "the claim keeps the date we first received it"),
        ("other/provider-billing-notes-2026.txt", "claim closed 06/25/2026"),
        ("other/prior-authorization-approval-2026-03-19.txt", "valid 03/30/2026 - 06/30/2026"),
    ],
)

C08_YAML = r"""
# FICTIONAL CASE (set 20b, case 08) - every person, plan, number and address is invented.
# Medicare Advantage HMO, Missouri: an emergency psychiatric admission (10/04-10/13/2026) at a non-contracted
# hospital denied for "no prior authorization" (CO-197). The attending psychiatrist, appointed by the member on a
# CMS-1696, asks for reconsideration of the payment denial.
patient:
  name: Eustace Marlowe-Adeyemi
  salutation: Mr. Marlowe-Adeyemi
  date_of_birth: February 27, 1956
  member_id: RLM-FICT-H4410-583021
  address: |-
    702 Sycamore Bend
    Halstead Crossing, MO 64093
  phone: (816) 555-0131
insurer:
  name: Riverlight Medicare Advantage HMO (FICTIONAL)
  appeals_address: |-
    Riverlight Medicare Advantage, Appeals and Grievances
    PO Box 27740
    Bellhaven, MO 64105
  fax: (816) 555-0186
claim:
  number: RLM-26-1030-118473
  plan_type: medicare_advantage
  notice_date: October 30, 2026
  service_dates: [2026-10-04, 2026-10-13]
  inpatient: true
  revenue_codes: ['0124']
  diagnosis_codes: [F33.2, R45.851, E11.9]
  carc_codes: [CO-197]
  denial_reason: >-
    The inpatient psychiatric admission from 10/04/2026 to 10/13/2026 at St. Aurelian Regional Hospital is denied.
    Prior authorization is required for non-emergency inpatient admissions, and St. Aurelian Regional Hospital is
    not a contracted facility. No authorization was obtained.
  denial_category: prior_authorization
  denial_reasons: [prior_authorization, out_of_network]
  action: none
emergency:
  care: true
  presented: the emergency department of St. Aurelian Regional Hospital, Halstead Crossing, brought by his daughter at 10:40 pm on October 3, 2026
  symptoms: >-
    He told the emergency psychiatrist he planned to take all of his insulin; he had not eaten or slept for three
    days and was agitated and pacing. He was placed on a 96-hour emergency hold.
  file: clinical/st-aurelian-ed-record-2026-10-03.txt
  admitted: 2026-10-04 02:10
  transfer_safe: false
  transfer_why: >-
    He was on an emergency hold with one-to-one observation for suicide risk; the plan's contracted psychiatric unit
    (Bellhaven Behavioral, 58 miles) had no bed until October 7, 2026.
  consent_signed: false
prior_auth:
  requested_on: 2026-10-05
  notified: 2026-10-05 10:30
  reference: RL-UM-FICT-1005-0192
  never_decided: true
  pended_on: 2026-10-05
  pended_for: clinical records, faxed the same day at 11:05
  proof:
    - other/st-aurelian-utilization-review-log-2026-10.txt
    - other/transfer-log-2026-10-04.txt
treatment:
  name: inpatient psychiatric admission
  summary: An emergency inpatient psychiatric admission after the emergency department found active suicidal intent with a plan.
author:
  name: Ruth Kagame-Stroud
  role: Attending psychiatrist, St. Aurelian Regional Hospital, appointed representative (CMS-1696)
  relation: physician
  authorization: other/cms-1696-appointment-of-representative-2026-11-06.txt
  address: |-
    St. Aurelian Regional Hospital, Department of Psychiatry, 1500 Prairie Gate Road
    Halstead Crossing, MO 64093
  phone: (816) 555-0175
  email: rkagamestroud@staurelian.example
provider:
  name: Ruth Kagame-Stroud
  credentials: MD, psychiatrist
  npi: "1152839464"
  phone: (816) 555-0175
  address: |-
    St. Aurelian Regional Hospital, Department of Psychiatry, 1500 Prairie Gate Road
    Halstead Crossing, MO 64093
clinical:
  severity: PHQ-9 26 and C-SSRS positive for intent with a plan on October 3, 2026; PHQ-9 12 at discharge (October 13, 2026)
  severity_date: 2026-10-13
  suicidality: active
  suicidality_date: 2026-10-03
  response: PHQ-9 26 to 12; denied suicidal intent at discharge on October 13, 2026
  response_level: partial
  history:
    - drug: Sertraline
      dose: 100 mg daily since 2025, raised to 150 mg on admission
      start: 2025
      ongoing: true
      outcome: Continued and increased during the stay; response not yet known
      evidence: {file: clinical/st-aurelian-inpatient-discharge-summary-2026-10-13.txt, page: 1}
    - drug: Mirtazapine
      dose: 15 mg at bedtime
      start: 2026-10-05
      ongoing: true
      outcome: Added during the stay
      evidence: {file: clinical/st-aurelian-inpatient-discharge-summary-2026-10-13.txt, page: 1}
bates_prefix: MARLOWEADEYEMI
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

C08_DOCS = {
"denial/notice-of-denial-of-payment-2026-10-30.txt": """
RIVERLIGHT MEDICARE ADVANTAGE HMO (FICTIONAL)   H4410
NOTICE OF DENIAL OF PAYMENT        Date: October 30, 2026
Member: Eustace Marlowe-Adeyemi     Member number: RLM-FICT-H4410-583021     Claim: RLM-26-1030-118473
Provider: St. Aurelian Regional Hospital (non-contracted)

We have denied payment for: inpatient psychiatric admission 10/04/2026 - 10/13/2026 (revenue code 0124, 9 days).
Why: The inpatient psychiatric admission from 10/04/2026 to 10/13/2026 at St. Aurelian Regional Hospital is denied.
Prior authorization is required for non-emergency inpatient admissions, and St. Aurelian Regional Hospital is not a
contracted facility. No authorization was obtained.  (CARC CO-197)

Paid on a separate claim: emergency department visit 10/03/2026 (99285), RLM-26-1012-102266, paid as emergency care.

You have the right to ask us to reconsider this decision. You must ask within 65 calendar days of the date of this
notice. We will decide within 60 calendar days. If we do not decide fully in your favor, we will automatically send
your case to an independent review organization. You may appoint a representative with form CMS-1696.
""",
"clinical/st-aurelian-ed-record-2026-10-03.txt": """
ST. AURELIAN REGIONAL HOSPITAL (FICTIONAL) - EMERGENCY DEPARTMENT RECORD
Patient: Marlowe-Adeyemi, Eustace    DOB 02/27/1956    Arrival 10/03/2026 22:40 (brought by daughter)
22:40 Triage (RN): "not feeling right", not eating. Pt denies SI when asked at triage; guarded. Daughter reports he
      said he "would not be a burden much longer". BP 152/88, glucose 61.
23:50 Emergency psychiatry evaluation (R. Kagame-Stroud, MD): states a plan to take all of his insulin; has not
      eaten or slept for 3 days; agitated, pacing. C-SSRS: ideation with intent and plan. PHQ-9 26.
      96-hour emergency hold. 1:1 observation. Dx: MDD recurrent severe (F33.2); suicidal ideation (R45.851);
      T2DM on insulin (E11.9).
10/04/2026 02:10 Admitted to the inpatient psychiatric unit (bed available at St. Aurelian).
""",
"other/transfer-log-2026-10-04.txt": """
ST. AURELIAN REGIONAL HOSPITAL (FICTIONAL) - TRANSFER CENTER LOG
10/04/2026 08:00 Called Bellhaven Behavioral (Riverlight contracted psych unit, 58 mi): no adult bed; earliest
  10/07/2026. Patient on 96-h hold, 1:1 observation: not appropriate for non-medical transport.
10/05/2026 09:45 Bellhaven Behavioral: still no bed.
""",
"other/st-aurelian-utilization-review-log-2026-10.txt": """
ST. AURELIAN REGIONAL HOSPITAL (FICTIONAL) - UTILIZATION REVIEW LOG, Marlowe-Adeyemi
10/05/2026 (Mon) 10:30 Called Riverlight UM line to notify of emergency admission 10/04 02:10 and request
  authorization for continued stay; ref RL-UM-FICT-1005-0192. Rep: "pended for clinicals".
10/05/2026 11:05 Clinicals faxed to Riverlight UM (816) 555-0199, 18 pages, confirmation OK.
10/06/2026 09:00 Follow-up call: "still pending clinical review".
10/08/2026 14:30 Follow-up call: "pending". No decision received before discharge 10/13/2026.
""",
"other/cms-1696-appointment-of-representative-2026-11-06.txt": """
FORM CMS-1696 APPOINTMENT OF REPRESENTATIVE (content only, FICTIONAL)
I, Eustace Marlowe-Adeyemi (member RLM-FICT-H4410-583021), appoint Ruth Kagame-Stroud, MD, to act as my representative
in connection with my claim under Medicare Part C, claim RLM-26-1030-118473.  Signed 11/06/2026.
Representative accepted: R. Kagame-Stroud, MD, 11/06/2026. No fee will be charged.
""",
"other/waiver-of-liability-2026-11-06.txt": """
ST. AURELIAN REGIONAL HOSPITAL (FICTIONAL) - WAIVER OF LIABILITY STATEMENT
For claim RLM-26-1030-118473, St. Aurelian Regional Hospital and its physicians waive any right to collect payment
from the enrollee, Eustace Marlowe-Adeyemi, for the services at issue, whatever the outcome of this appeal, except
the in-network cost sharing the plan determines.   Signed: Director of Patient Financial Services, 11/06/2026
""",
"clinical/st-aurelian-inpatient-discharge-summary-2026-10-13.txt": """
ST. AURELIAN REGIONAL HOSPITAL (FICTIONAL) - DISCHARGE SUMMARY   Admit 10/04/2026 02:10   Discharge 10/13/2026
Attending: R. Kagame-Stroud, MD
Course: 1:1 observation 10/04-10/07; insulin held by nursing, glucose managed by medicine consult. Sertraline
 increased 100 -> 150 mg (on 100 mg since 2025, continues); mirtazapine 15 mg added 10/05. Hold converted to
 voluntary 10/06. PHQ-9 12 at discharge; denies SI, intent or plan; safety plan with daughter; insulin supervised.
Follow-up: outpatient psychiatry 10/16/2026.
""",
}

C08_TRUTH = r"""
# 08 - Medicare Advantage HMO: an emergency psychiatric admission at a non-contracted hospital denied for no prior authorization; the attending psychiatrist (appointed) asks for reconsideration (FICTIONAL)

## What is true
- Eustace Marlowe-Adeyemi, 70, **Medicare Advantage HMO**. Brought to the ED of a **non-contracted** hospital at
  **22:40 on 10/03/2026**; emergency psychiatry found **intent and a plan** (his insulin), no food or sleep for three
  days, agitation; 96-hour emergency hold; **admitted 10/04/2026 02:10**; discharged **10/13/2026**. The plan **paid
  the ED visit as emergency care** (separate claim) but denied the **admission** on **10/30/2026**: "Prior
  authorization is required for non-emergency inpatient admissions ... not a contracted facility" (CO-197).
- Rules: emergency services are covered **without prior authorization** and **whatever the provider's network**, at
  in-network cost sharing (**42 CFR 422.113(b)(2)**); an emergency medical condition is judged as a **prudent
  layperson** would, by the symptoms (**422.113(b)(1)**). Post-stabilization care not pre-approved is the plan's
  responsibility when the plan **does not respond to a request for pre-approval within 1 hour**
  (**42 CFR 422.113(c)(2)(iii)**): the hospital asked on **10/05 at 10:30**, faxed records at 11:05, and the plan
  **never decided**.
- Transfer was not safe (1:1 observation on a hold) and the plan's contracted unit had **no bed until 10/07**.
- Stage: **reconsideration of a payment denial**, within **65 days of the notice** (42 CFR 422.582(b)): by
  **2027-01-03**; decided **within 60 days** (422.590(b)); an unfavorable decision goes to the IRE **automatically**.
  A payment appeal needs an **appointed representative**: the CMS-1696 is signed (11/06/2026); a non-contracted
  provider's waiver of liability is enclosed.
- Author: the **treating (attending) psychiatrist**, as appointed representative.
- Suicidality: **active**, recorded **10/03/2026**; at discharge (10/13) he denied SI. Sertraline continues
  (increased); mirtazapine was added during the stay.

## Deliberately unknown
- His MA inpatient cost sharing (not in the file).
- Whether a non-contracted hospital's own appeal would have needed other forms beyond the waiver (see README
  "Unsure").
- Whether the plan ever recorded the 10/05 request (the hospital's log is the only record).

## Traps
- **Triage "denies SI"** at 22:40 vs the psychiatrist's finding of intent and plan at 23:50: the symptoms that
  brought him and the evaluation decide; a letter must not say he denied SI at presentation as the whole story, nor
  that he is suicidal **now** (he denied SI at discharge).
- The denial calls it "**non-emergency**": the plan's own payment of the ED visit as emergency care contradicts it.
- **Not** a retro-authorization request or a network gap exception: the argument is emergency coverage.
- Medicare: no ERISA, no parity/MHPAEA, no state external review, no "name and qualifications" as a legal duty; the
  IRE review is automatic (no request by the member).
- The physician writes about the patient in the third person; as appointed representative for a **payment**
  appeal (422.578(c) spares the appointment only for pre-service requests).
- Sertraline is **continuing** (not "failed"); mirtazapine was **started during** the stay.

## Arguments a strong letter makes (strongest first)
1. This was an **emergency**: by the symptoms that brought him (a plan to overdose on insulin, three days without
   food or sleep, agitation; emergency hold), a prudent layperson would expect serious harm without immediate care;
   emergency services need no prior authorization and are covered out of network (422.113(b)); the plan itself paid
   the ED visit as emergency care.
2. Transfer to a contracted unit was neither safe nor possible (1:1 observation, hold; no bed until 10/07), and the
   hospital asked the plan for authorization on 10/05 at 10:30 (ref RL-UM-FICT-1005-0192) and the plan **never
   answered**: post-stabilization care is the plan's responsibility (422.113(c)(2)(iii)).
3. Ask for payment of 10/04-10/13/2026 at in-network cost sharing, a decision within 60 days, and psychiatric review.

## What a letter must NOT say
- "non-emergency", "elective"; "retroactive authorization" as what is asked; "network gap exception".
- "he is currently suicidal", "ongoing suicidal ideation"; "sertraline failed"; "failed mirtazapine".
- "ERISA", "29 CFR 2560.503-1", "MHPAEA"/"parity", "external review" requested by the member, "45 CFR 147.136".
- "as a treating physician I may appeal without appointment" (not for a payment appeal).
"""

C08 = dict(
    slug="08-medicare-advantage-emergency-psych-admission-no-prior-auth-attending-psychiatrist",
    yaml=C08_YAML, docs=C08_DOCS, truth=C08_TRUTH,
    expect=[
        ("denial/notice-of-denial-of-payment-2026-10-30.txt", "Prior authorization is required for non-emergency inpatient admissions"),
        ("denial/notice-of-denial-of-payment-2026-10-30.txt", "paid as emergency care"),
        ("denial/notice-of-denial-of-payment-2026-10-30.txt", "within 65 calendar days of the date of this"),
        ("clinical/st-aurelian-ed-record-2026-10-03.txt", "Pt denies SI when asked at triage"),
        ("clinical/st-aurelian-ed-record-2026-10-03.txt", "states a plan to take all of his insulin"),
        ("other/transfer-log-2026-10-04.txt", "earliest 10/07/2026"),
        ("other/st-aurelian-utilization-review-log-2026-10.txt", "pended for clinicals"),
        ("other/st-aurelian-utilization-review-log-2026-10.txt", "No decision received before discharge"),
        ("other/cms-1696-appointment-of-representative-2026-11-06.txt", "Signed 11/06/2026"),
        ("clinical/st-aurelian-inpatient-discharge-summary-2026-10-13.txt", "denies SI, intent or plan"),
    ],
)

CASES = [C05, C06, C07, C08]
