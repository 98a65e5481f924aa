"""Set 26, case 02 (FICTIONAL): Medicaid fee-for-service denies maintenance ECT at a hospital across the state line
as "out-of-state, no prior approval"; the hospital is an enrolled border provider. Fair hearing asked by the treating
psychiatrist as authorized representative."""

SLUG = "02-medicaid-ffs-border-provider-maintenance-ect-out-of-state-approval-fair-hearing-psychiatrist"

CASE_YAML = r"""
# FICTIONAL CASE (set 26, case 02) - every person, plan, provider, number and address is invented.
# Medicaid fee-for-service (Wyoming address), adult aged 58. Five maintenance ECT treatments (08/04-10/27/2026) at a
# hospital in Scottsbluff, Nebraska, 18 miles from the state line, were denied "out-of-state, non-emergency service
# without prior approval". The hospital has been enrolled with the state as a BORDER provider since 07/01/2023, and the
# state's provider manual treats border providers as in-state: no out-of-state prior approval. The claims system read
# the hospital's billing office address in Omaha. Fee-for-service: the fair hearing is the first step. The treating
# psychiatrist, named authorized representative on the state's form, writes the hearing request.
patient:
  name: Raymond Kessling
  salutation: Mr. Kessling
  date_of_birth: 1968-05-22
  member_id: FICT-WY-MCD-40917733
  address: |-
    1127 West C Street
    Torrington, WY 82240
  phone: (307) 555-0121
insurer:
  name: Wyoming Medicaid fee-for-service program (FICTIONAL notice)
  appeals_address: |-
    Office of Administrative Hearings - Medicaid Hearings (address FICTIONAL)
    2020 Carey Avenue, Suite 400
    Cheyenne, WY 82002
  fax: (307) 555-0183
external_review:
  agency: Office of Administrative Hearings, Medicaid Hearings (FICTIONAL)
  address: |-
    Office of Administrative Hearings - Medicaid Hearings (address FICTIONAL)
    2020 Carey Avenue, Suite 400
    Cheyenne, WY 82002
claim:
  number: ICN 2026306-5510087-01
  other_numbers: [ICN 2026306-5510088-01, ICN 2026306-5510089-01, ICN 2026306-5510090-01, ICN 2026306-5510091-01]
  plan_type: medicaid
  delivery: fee_for_service
  action: none
  notice_date: 2026-11-06
  appeal_deadline: 2027-01-05
  deadline_basis: >-
    Notice of Action of 11/06/2026: "To ask for a fair hearing, your request must be received within 60 days of the
    date of this notice."
  service_dates: [2026-08-04, 2026-08-25, 2026-09-15, 2026-10-06, 2026-10-27]
  sessions: 5
  setting: outpatient
  procedure_codes: [90870]
  revenue_codes: ["0901"]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-197]
  denial_reason: >-
    CO-197: Precertification/authorization absent. Out-of-state, non-emergency service. Prior approval from the
    Out-of-State Services Unit is required and was not obtained. Provider type: out-of-state, non-border (billing
    address Omaha, NE).
  denial_category: prior_authorization
  corrections:
    - said: "Provider type: out-of-state, non-border (billing address Omaha, NE)"
      record: >-
        The hospital has been enrolled with Wyoming Medicaid as a border provider since July 1, 2023; the treatments
        were given at its Scottsbluff, Nebraska campus, 18 miles from the Wyoming state line. Omaha is only the
        address of its billing office
      file: other/border-provider-enrollment-approval-2023-06-12.txt
      page: 1
prior_auth:
  required: false
  reason_missing: >-
    No out-of-state prior approval was asked for because the state's provider manual (General, Section 4.3(c)) says a
    border provider is treated as an in-state provider and needs none, and the behavioral health chapter (Section
    9.6) needs no prior authorization for electroconvulsive therapy given by an enrolled provider.
  requested_on: 2026-11-10
  proof:
    - other/out-of-state-unit-email-2026-11-13.txt
    - other/border-provider-enrollment-approval-2023-06-12.txt
plan_policy:
  name: Wyoming Medicaid Provider Manual, General Section 4.3 (Out-of-State Services)
  quote: >-
    (a) Services given outside Wyoming are covered only in an emergency, or with prior approval from the Out-of-State
    Services Unit, except as stated in (c). (b) ... (c) Border providers. A provider whose service location is within
    50 miles of the Wyoming state line and who is enrolled with Wyoming Medicaid as a border provider is treated as an
    in-state provider. Services given by a border provider do not need prior approval from the Out-of-State Services
    Unit; they follow the same prior authorization rules as services given by in-state providers.
  file: other/provider-manual-excerpts-2026.txt
  other_terms: >-
    Section 9.6, Electroconvulsive therapy (ECT): Prior authorization is not required for ECT (CPT 90870) given by an
    enrolled provider, for an acute course or for maintenance treatment.
  other_terms_file: other/provider-manual-excerpts-2026.txt
  listed:
    name: Wyoming Medicaid Provider Manual, Behavioral Health Section 9.6 (Electroconvulsive therapy)
    entry: >-
      Prior authorization is not required for ECT (CPT 90870) given by an enrolled provider, for an acute course or
      for maintenance treatment.
    as: a service that needs no prior authorization when an enrolled provider gives it
    file: other/provider-manual-excerpts-2026.txt
    page: 1
provider_enrollment:
  provider: Panhandle Regional Medical Center, Scottsbluff, Nebraska (Wyoming Medicaid border provider)
  effective: 2023-07-01
  record:
    name: Border provider enrollment approval
    date: 2023-06-12
    file: other/border-provider-enrollment-approval-2023-06-12.txt
    page: 1
treatment:
  name: Maintenance electroconvulsive therapy (ECT), one treatment every three weeks
  summary: >-
    Maintenance ECT every three weeks after an acute course that brought remission in March 2026; when the interval
    was stretched to five weeks in June 2026 the depression returned.
clinical:
  severity: >-
    MADRS 9 on 10/27/2026 (remission on maintenance ECT); MADRS 26 on 06/30/2026 after a five-week gap between
    treatments; MADRS 38 on 01/14/2026 before the acute course
  severity_date: 2026-10-27
  suicidality: none
  suicidality_date: 2026-10-27
  episode_onset: 2025-09
  response: MADRS 38 (01/14/2026) before the acute course; 8 after it (03/20/2026); 9 on maintenance (10/27/2026)
  response_level: remission
  history:
    - drug: Bupropion XL (2019 episode)
      dose: 300 mg daily
      start: 2019-02
      end: 2020-01
      kind: antidepressant
      response: remission
      outcome: Remission of the 2019 episode; tapered off as planned in January 2020
      evidence: {file: clinical/maintenance-ect-summary-2026-10-27.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 225 mg daily
      start: 2025-09-22
      ongoing: true
      kind: antidepressant
      response: partial
      outcome: Partial response only; continues alongside maintenance ECT
      evidence: {file: clinical/maintenance-ect-summary-2026-10-27.txt, page: 1}
    - drug: Lithium carbonate (added to venlafaxine)
      dose: 600 mg daily
      start: 2025-11-10
      end: 2025-12-15
      kind: augmentation
      adequate: false
      outcome: Stopped after 5 weeks for toxicity (level 1.4 mmol/L with tremor and confusion)
      evidence: {file: clinical/maintenance-ect-summary-2026-10-27.txt, page: 1}
    - drug: Mirtazapine
      dose: 15 mg at bedtime for sleep
      start: 2025-10
      ongoing: true
      kind: other
      outcome: For sleep only
      evidence: {file: clinical/maintenance-ect-summary-2026-10-27.txt, page: 1}
    - drug: Acute ECT course
      dose: 12 treatments, right unilateral ultrabrief
      start: 2026-02-09
      end: 2026-03-20
      kind: neuromodulation
      sessions: 12
      response: remission
      outcome: Remission (MADRS 38 to 8); followed by maintenance ECT
      evidence: {file: clinical/maintenance-ect-summary-2026-10-27.txt, page: 1}
impact:
  hospitalizations: Inpatient psychiatric stay 01/14/2026-02/02/2026 (suicidal thoughts with a plan) before the acute ECT course
  relapse: When maintenance ECT was spaced to five weeks in June 2026, MADRS rose from 10 to 26 within the gap
author:
  name: Dr. Lucinda Marrow
  role: Treating psychiatrist (Panhandle Regional Medical Center ECT Service) and authorized representative
  relation: physician
  authorization: other/authorized-representative-form-2026-11-16.txt
  address: |-
    Panhandle Regional Medical Center, ECT Service, 4021 Avenue B
    Scottsbluff, NE 69361
  phone: (308) 555-0166
  email: lmarrow@panhandle-regional.example
provider:
  name: Lucinda Marrow
  credentials: MD
  npi: "1673059287"
  address: |-
    Panhandle Regional Medical Center, ECT Service, 4021 Avenue B
    Scottsbluff, NE 69361
  phone: (308) 555-0166
reimbursement:
  amount_billed: "$9,850.00"
  amount_paid: "$0.00"
template: external-review-request
bates_prefix: KESSLING
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {}

DOCS["denial/notice-of-action-2026-11-06.txt"] = """
WYOMING DEPARTMENT OF HEALTH - MEDICAID FEE-FOR-SERVICE CLAIMS (FICTIONAL)
NOTICE OF ACTION: MEDICAL CLAIMS DENIED            Date of this notice: 11/06/2026            Page 1

To: Raymond Kessling, 1127 West C Street, Torrington, WY 82240          Medicaid ID: FICT-WY-MCD-40917733
Provider: Panhandle Regional Medical Center - outpatient (billing address: 8800 Dodge Street, Omaha, NE)
Claims (ICN): 2026306-5510087-01 (08/04/2026), 2026306-5510088-01 (08/25/2026), 2026306-5510089-01 (09/15/2026),
2026306-5510090-01 (10/06/2026), 2026306-5510091-01 (10/27/2026)
Services: electroconvulsive therapy (90870, revenue code 0901), one treatment on each date
Billed: $9,850.00 in all          Paid: $0.00

Why: CO-197: Precertification/authorization absent. Out-of-state, non-emergency service. Prior approval from the
Out-of-State Services Unit is required and was not obtained. Provider type: out-of-state, non-border (billing address
Omaha, NE).

Your right to a fair hearing: If you disagree, you may ask for a fair hearing. To ask for a fair hearing, your request
must be received within 60 days of the date of this notice. Send it to the Office of Administrative Hearings -
Medicaid Hearings, 2020 Carey Avenue, Suite 400, Cheyenne, WY 82002, or fax (307) 555-0183. You may have a relative,
friend, lawyer or your doctor speak for you if you name them in writing.
No services you were already approved for are being stopped by this notice.
"""

DOCS["other/provider-manual-excerpts-2026.txt"] = """
WYOMING MEDICAID PROVIDER MANUAL (FICTIONAL) - excerpts          Revised: 01/01/2026          Page 1

GENERAL, SECTION 4.3 - OUT-OF-STATE SERVICES
(a) Services given outside Wyoming are covered only in an emergency, or with prior approval from the Out-of-State
    Services Unit, except as stated in (c).
(b) A request for prior approval must show why the service cannot be given in Wyoming.
(c) Border providers. A provider whose service location is within 50 miles of the Wyoming state line and who is
    enrolled with Wyoming Medicaid as a border provider is treated as an in-state provider. Services given by a border
    provider do not need prior approval from the Out-of-State Services Unit; they follow the same prior authorization
    rules as services given by in-state providers.

BEHAVIORAL HEALTH, SECTION 9.6 - ELECTROCONVULSIVE THERAPY (ECT)
Prior authorization is not required for ECT (CPT 90870) given by an enrolled provider, for an acute course or for
maintenance treatment. The record must show the indication and, for maintenance treatment, the interval and the plan
for review.
"""

DOCS["other/border-provider-enrollment-approval-2023-06-12.txt"] = """
WYOMING DEPARTMENT OF HEALTH - PROVIDER ENROLLMENT (FICTIONAL)          Date: 06/12/2023          Page 1

To: Panhandle Regional Medical Center, 4021 Avenue B, Scottsbluff, NE 69361
Re: Application for enrollment as a BORDER PROVIDER

Your application is APPROVED. Wyoming Medicaid provider number: FICT-WYP-88214-B
Enrollment type: Border provider (General Section 4.3(c))          Effective: 07/01/2023
Service location on file: 4021 Avenue B, Scottsbluff, NE 69361 - 18 miles from the Wyoming state line
Billing (pay-to) address on file: 8800 Dodge Street, Omaha, NE 68114
Services of a border provider are treated as services of an in-state provider. Keep your enrollment current; it is
revalidated every five years.
"""

DOCS["other/border-status-letter-2022-03-08.txt"] = """
WYOMING DEPARTMENT OF HEALTH - PROVIDER ENROLLMENT (FICTIONAL)          Date: 03/08/2022          Page 1

To: Panhandle Regional Medical Center, Scottsbluff, NE
Re: Application for enrollment as a border provider - RETURNED

Your application cannot be processed: the ownership disclosure (section 6) and the W-9 are missing. You may apply
again at any time. Until an application is approved, services in Nebraska need prior approval from the Out-of-State
Services Unit, except in an emergency.
"""

DOCS["other/out-of-state-unit-email-2026-11-13.txt"] = """
E-MAIL (printed) - FICTIONAL
From: Out-of-State Services Unit, Wyoming Medicaid <oos.unit@wymedicaid-fict.example>
To: ECT Service coordinator, Panhandle Regional Medical Center <ect.coord@panhandle-regional.example>
Date: 11/13/2026 10:42          Subject: RE: Prior approval request - Raymond Kessling, maintenance ECT       Page 1

We received your request of 11/10/2026 for prior approval of maintenance ECT for Raymond Kessling. Your facility is
enrolled as a border provider (FICT-WYP-88214-B, effective 07/01/2023). Under General Section 4.3(c), border providers
do not need prior approval from this unit, so we are closing the request without a decision: none is needed. The
claims denied on 11/06 appear to have been processed against your Omaha billing address. Please ask the member to
request a fair hearing or send the claims for review.
"""

DOCS["other/remittance-advice-2026-11-06.txt"] = """
WYOMING MEDICAID (FICTIONAL) - REMITTANCE ADVICE to Panhandle Regional Medical Center          11/06/2026          Page 3 of 9

ICN                  Member                 Service date   Code   Billed      Paid     Reason
2026306-5510087-01   KESSLING, RAYMOND      08/04/2026     90870  $1,970.00   $0.00    CO-197
2026306-5510088-01   KESSLING, RAYMOND      08/25/2026     90870  $1,970.00   $0.00    CO-197
2026306-5510089-01   KESSLING, RAYMOND      09/15/2026     90870  $1,970.00   $0.00    CO-197
2026306-5510090-01   KESSLING, RAYMOND      10/06/2026     90870  $1,970.00   $0.00    CO-197
2026306-5510091-01   KESSLING, RAYMOND      10/27/2026     90870  $1,970.00   $0.00    CO-197
2026306-5510112-01   ALVAREZ-TRUJILLO, N    10/19/2026     99284  $1,240.00   $0.00    CO-197
2026306-5510140-01   BIGHORSE, DELPHINE     10/22/2026     70450  $980.00     $0.00    CO-197
"""

DOCS["other/authorized-representative-form-2026-11-16.txt"] = """
WYOMING MEDICAID (FICTIONAL) - AUTHORIZED REPRESENTATIVE FOR A FAIR HEARING          Signed: 11/16/2026          Page 1

I, Raymond Kessling (Medicaid ID FICT-WY-MCD-40917733), name Dr. Lucinda Marrow, my psychiatrist at Panhandle Regional
Medical Center, 4021 Avenue B, Scottsbluff, NE 69361, (308) 555-0166, to ask for and take part in a fair hearing for
me about the denial of my ECT claims (notice of 11/06/2026), and to see my records for that purpose.
Signature: Raymond Kessling (signed)          Representative: Lucinda Marrow, MD (signed)
"""

DOCS["clinical/maintenance-ect-summary-2026-10-27.txt"] = """
PANHANDLE REGIONAL MEDICAL CENTER (FICTIONAL) - ECT SERVICE
MAINTENANCE ECT SUMMARY          Date: 10/27/2026          Page 1

Patient: Raymond Kessling     DOB 05/22/1968     Home: Torrington, WY (34 miles from this hospital)
Psychiatrist: Lucinda Marrow, MD
Diagnosis: F33.2 major depressive disorder, recurrent, severe without psychotic features; current episode from
September 2025; now in remission on maintenance ECT.
Course: inpatient 01/14-02/02/2026 for suicidal thoughts with a plan (MADRS 38); acute ECT, 12 treatments, 02/09 to
03/20/2026: remission (MADRS 8). Maintenance ECT every 3 weeks from 04/2026. In June 2026 the interval was stretched to
5 weeks: MADRS rose from 10 to 26 (06/30/2026); the 3-week interval was restored and remission returned.
Maintenance treatments this period: 08/04, 08/25, 09/15, 10/06, 10/27/2026. MADRS 9 today; no suicidal thoughts.
Medications: venlafaxine XR 225 mg daily since 09/22/2025 (partial response only; continues); mirtazapine 15 mg at
bedtime for sleep since 10/2025. Lithium 600 mg was added 11/10/2025 and stopped 12/15/2025 for toxicity (level 1.4
mmol/L, tremor, confusion). Earlier episode: bupropion XL 300 mg 02/2019-01/2020, remission, tapered as planned.
Nearest ECT service in Wyoming: Cheyenne, 84 miles from his home.
Plan: continue every 3 weeks; review the interval in January 2027.
"""

TRUTH = r"""
# 02 - Medicaid fee-for-service: maintenance ECT at an enrolled border provider denied as "out-of-state, no prior approval"; fair hearing asked by the treating psychiatrist (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Raymond Kessling, 58 (DOB 05/22/1968), Torrington, WY, has **Wyoming Medicaid, fee-for-service** (no managed care
  plan).
- He received **maintenance ECT** (90870, revenue code 0901) at **Panhandle Regional Medical Center, Scottsbluff, NE**
  on **08/04, 08/25, 09/15, 10/06 and 10/27/2026** (five treatments, five claims, $9,850.00 billed).
- The **Notice of Action of 11/06/2026** denied all five: "CO-197 ... Out-of-state, non-emergency service. Prior
  approval ... required and was not obtained. Provider type: out-of-state, non-border (billing address Omaha, NE)."
- The state's own **Provider Manual, General Section 4.3(c)** (revised 01/01/2026): a provider within 50 miles of the
  state line **enrolled as a border provider is treated as an in-state provider** and needs **no** prior approval from
  the Out-of-State Services Unit. **Section 9.6:** ECT by an enrolled provider needs **no prior authorization**, acute
  or maintenance.
- The hospital **has been enrolled as a border provider since 07/01/2023** (approval letter of 06/12/2023, provider no.
  FICT-WYP-88214-B), service location Scottsbluff, **18 miles** from the state line; Omaha is only its **billing
  (pay-to) address**, which is what the claims system read.
- The state's own **Out-of-State Services Unit** confirmed on **11/13/2026** (answering the hospital's request of
  11/10) that no prior approval is needed and closed the request without a decision as unnecessary.
- **Fee-for-service Medicaid:** no plan appeal; the **state fair hearing** is the first step (42 CFR 431.220(a));
  the notice's window is **60 days from 11/06/2026: received by 01/05/2027** (431.221(d) sets 90 as a ceiling; the
  notice governs).
- **Author:** Dr. Lucinda Marrow, his **treating psychiatrist**, named authorized representative for the hearing on
  the state's form signed **11/16/2026**. She writes as his psychiatrist, about "Mr. Kessling".
- Clinically (background): recurrent severe MDD (F33.2); inpatient 01/14-02/02/2026 (suicidal thoughts with a plan);
  acute ECT (12) brought remission (MADRS 38 -> 8); relapse when spaced to 5 weeks in June 2026 (MADRS 10 -> 26);
  MADRS 9 on 10/27/2026.

## Deliberately unknown
- Whether the 11/17/2026 treatment's claim has been decided: not in the case; a letter must not say it was denied or
  paid.
- What Medicaid will pay per treatment (its fee schedule): no amount may be promised.
- Whether the anesthesia claims for the same dates were denied: not part of this notice.

## Traps
- **Document and status, not medicine.** The denial is about the provider's location status and out-of-state approval,
  not medical necessity. Clinical history may be mentioned as background, but the winning point is the manual and the
  enrollment. No count of failed trials is needed; if given it must be right (see below).
- **Not a retroactive authorization.** Under 4.3(c) and 9.6 **no** approval was required; a letter must not ask for a
  "retroactive prior approval" as the remedy, nor concede that approval was required.
- **The unit's e-mail is not an approval.** It closed the request because none is needed; a letter must not say prior
  approval was "granted" or "obtained".
- **Stale document:** the **2022 letter** returned an earlier border application (missing paperwork); the approval of
  06/12/2023 replaced it. A letter must not say the hospital was refused border status or was not a border provider.
- **Decision's stated fact contradicted:** "non-border (billing address Omaha, NE)" - the record shows border
  enrollment and the Scottsbluff service location.
- **What the notice says:** it denies for missing out-of-state approval and a "non-border" status; it does **not**
  say the hospital was not enrolled with Medicaid. A letter may say the hospital has been enrolled as a border
  provider since 07/01/2023, but must not say the notice denied the claims for lack of enrollment.
- **Other patients on a document:** the remittance advice lists **N. Alvarez-Trujillo** and **Delphine Bighorse**; they
  are not part of this hearing.
- **History, if mentioned:** venlafaxine XR is **continuing, partial response** (never "failed", never "stopped");
  lithium was stopped after 5 weeks for **toxicity** (not an adequate trial; an intolerance); mirtazapine 15 mg is for
  **sleep**; bupropion XL brought **remission in the 2019 episode** (never a failure); acute ECT brought **remission**
  (the treatment works; never "failed ECT").
- **Suicidality:** a plan in January 2026 (history, with its date); none on 10/27/2026. Never "current suicidal
  ideation".
- **Wrong law for the route:** fee-for-service: no managed care plan, no 42 CFR 438 (no plan appeal, 438.402,
  438.408, 438.420, 438.206 network adequacy), no EPSDT (he is 58), no ERISA, no ACA external review, no parity. No
  continued-benefits request: nothing previously authorized is being stopped (the notice says so).
- **Voice:** the psychiatrist writes as his treating psychiatrist; never the patient's "I".

## Arguments a strong letter makes (strongest first)
1. Under the state's own **Provider Manual 4.3(c)**, the hospital, **enrolled as a border provider since 07/01/2023**
   (approval of 06/12/2023; service location 18 miles from the state line), is treated as an in-state provider and
   needed **no out-of-state prior approval**; under **Section 9.6**, ECT by an enrolled provider needs **no prior
   authorization**. The ground of the denial does not apply to any of the five dates (all after 07/01/2023).
2. The notice's "non-border (billing address Omaha, NE)" is wrong: Omaha is the billing address; the service location
   is Scottsbluff. The state's Out-of-State Services Unit itself said so on 11/13/2026.
3. Ask the hearing officer to reverse the denial and direct that the five claims (ICNs listed) be reprocessed as
   in-state border-provider claims and paid, and that the provider record be corrected so future maintenance
   treatments are not denied the same way. Hearing requested in time (by 01/05/2027) by the authorized representative
   (form enclosed).

## What a letter must NOT say
- "prior approval was obtained/granted", "retroactive authorization" as the remedy, "approval was required".
- "the hospital is not a border provider", "border status was denied", "non-border".
- "medically necessary" as the ground of the denial; "failed venlafaxine", "failed bupropion", "failed ECT",
  "lithium failed" (as an adequate trial), "current suicidal ideation".
- "42 CFR 438", "managed care plan", "plan appeal", "EPSDT", "ERISA", "external review", "parity", "120 days",
  "continued benefits" / "aid paid pending".
- Other patients' claims; any amount Medicaid "will pay"; the patient's first person.
"""

ANSWERS = [
    ("denial/notice-of-action-2026-11-06.txt", "Date of this notice: 11/06/2026"),
    ("denial/notice-of-action-2026-11-06.txt", "Provider type: out-of-state, non-border (billing address Omaha, NE)"),
    ("denial/notice-of-action-2026-11-06.txt", "received within 60 days of the date of this notice"),
    ("denial/notice-of-action-2026-11-06.txt", "No services you were already approved for are being stopped"),
    ("denial/notice-of-action-2026-11-06.txt", "2026306-5510091-01 (10/27/2026)"),
    ("other/provider-manual-excerpts-2026.txt", "enrolled with Wyoming Medicaid as a border provider is treated as an in-state provider"),
    ("other/provider-manual-excerpts-2026.txt", "do not need prior approval from the Out-of-State Services Unit"),
    ("other/provider-manual-excerpts-2026.txt", "Prior authorization is not required for ECT (CPT 90870) given by an enrolled provider"),
    ("other/border-provider-enrollment-approval-2023-06-12.txt", "Effective: 07/01/2023"),
    ("other/border-provider-enrollment-approval-2023-06-12.txt", "18 miles from the Wyoming state line"),
    ("other/border-provider-enrollment-approval-2023-06-12.txt", "Billing (pay-to) address on file: 8800 Dodge Street, Omaha"),
    ("other/border-status-letter-2022-03-08.txt", "RETURNED"),
    ("other/out-of-state-unit-email-2026-11-13.txt", "border providers do not need prior approval from this unit"),
    ("other/out-of-state-unit-email-2026-11-13.txt", "closing the request without a decision"),
    ("other/remittance-advice-2026-11-06.txt", "ALVAREZ-TRUJILLO, N"),
    ("other/remittance-advice-2026-11-06.txt", "BIGHORSE, DELPHINE"),
    ("other/authorized-representative-form-2026-11-16.txt", "Signed: 11/16/2026"),
    ("clinical/maintenance-ect-summary-2026-10-27.txt", "venlafaxine XR 225 mg daily since 09/22/2025 (partial response only; continues)"),
    ("clinical/maintenance-ect-summary-2026-10-27.txt", "stopped 12/15/2025 for toxicity"),
    ("clinical/maintenance-ect-summary-2026-10-27.txt", "mirtazapine 15 mg at bedtime for sleep"),
    ("clinical/maintenance-ect-summary-2026-10-27.txt", "bupropion XL 300 mg 02/2019-01/2020, remission"),
    ("clinical/maintenance-ect-summary-2026-10-27.txt", "MADRS rose from 10 to 26 (06/30/2026)"),
    ("clinical/maintenance-ect-summary-2026-10-27.txt", "MADRS 9 today; no suicidal thoughts"),
]
