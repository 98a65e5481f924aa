"""Set 25, case 07 (FICTIONAL): insured church plan, paying second; the balance of a 2025 IV ketamine series, filed
26 days after the primary plan's final EOB of 08/20/2026 (issued after an external review), denied as filed more than
12 months after the dates of service. The certificate gives a secondary claim 12 months or 90 days after the primary
plan's EOB, whichever is later. First internal appeal by the husband, the plan's member."""

SLUG = "07-church-plan-secondary-claim-timely-filing-primary-eob-ketamine-first-appeal-husband"

CASE_YAML = r"""
# FICTIONAL CASE (set 25, case 07) - every person, plan, provider, number and address is invented.
# Insured church plan, not ERISA (Minnesota address). The patient, 58, is covered first by her own school-district
# employer plan and second, as a spouse, by this plan. Six IV ketamine infusions (04/07-04/18/2025) were paid by the
# primary plan only on 08/20/2026, after an external review overturned its denial; she sent the $780 balance to this
# plan on 09/15/2026. Denied 10/05/2026 CO-29 "more than 12 months after the dates of service". Certificate 11.2:
# when this plan pays second, 12 months after the service or 90 days after the primary plan's EOB, whichever is
# later: 08/20/2026 + 90 days = 11/18/2026. Her husband, the plan's member, writes with her authorization.
patient:
  name: Ruth Adeyemi-Lindgren
  salutation: Mrs. Adeyemi-Lindgren
  date_of_birth: 1968-04-22
  member_id: FICT-HCC-5120447-02
  address: |-
    1845 Lake Minnewaska Road
    Glenwood, MN 56334
  phone: (320) 555-0138
insurer:
  name: Heartland Conference Clergy Health Plan (FICTIONAL), insured by Covenant Mutual Life and Health Insurance Company
  appeals_address: |-
    Covenant Mutual Life and Health Insurance Company, Member Appeals
    PO Box 64420
    Saint Paul, MN 55164
  fax: (651) 555-0149
claim:
  number: HCC-26-0915-20817
  plan_type: church
  funding: insured
  notice_date: 2026-10-05
  service_dates: [2025-04-07, 2025-04-09, 2025-04-11, 2025-04-14, 2025-04-16, 2025-04-18]
  sessions: 6
  setting: outpatient
  procedure_codes: [96365, J3490]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-29]
  denial_reason: >-
    CO-29: The time limit for filing has expired. Claims must be filed within 12 months of the date of service. This
    claim was received 09/15/2026 for dates of service 04/07/2025 - 04/18/2025.
  denial_category: timely_filing
  coding_correct: true
filing:
  first_submitted: 2026-09-15
  received: 2026-09-15
  method: member portal upload, with the primary plan's explanation of benefits of 08/20/2026
  proof: other/portal-submission-confirmation-2026-09-15.txt
  limit_deadline: 2026-11-18
other_coverage:
  plan: Lakes Area Public Schools Employee Health Plan (FICTIONAL), her own employer plan, which pays first
  member_is: subscriber
  covered_here_as: dependent
  proof: other/primary-plan-eob-2026-08-20.txt
plan_policy:
  name: Certificate of Coverage 2025, Section 11.2 (Time limits for filing a claim)
  quote: >-
    We must receive a claim within 12 months after the date of service. When this Plan pays second, we must receive
    the claim within 12 months after the date of service or within 90 days after the date of the primary plan's
    explanation of benefits, whichever is later.
  file: other/certificate-2025-section-11-excerpt.txt
  other_terms: >-
    Section 10.4 When this Plan is secondary, it considers the balance left after the primary plan's payment, up to
    what it would have paid as primary. Section 12.1 You may appeal within 180 days after you receive a denial.
  other_terms_file: other/certificate-2025-section-11-excerpt.txt
treatment:
  name: IV ketamine infusions for treatment-resistant depression (series of six)
  summary: >-
    A series of six IV ketamine infusions in April 2025 for treatment-resistant recurrent major depression; the
    primary plan paid it after an external review; this claim is for the balance left to her.
clinical:
  severity: MADRS 34 on 04/02/2025 (before the series) and 12 on 04/21/2025
  severity_date: 2025-04-21
  response: MADRS 34 before the series (04/02/2025) and 12 three days after it (04/21/2025)
  response_level: response
  suicidality: none
  suicidality_date: 2025-04-21
  history:
    - drug: Bupropion XL
      dose: 300 mg daily
      start: 2024-11
      ongoing: true
      kind: antidepressant
      response: partial
      outcome: Continues; partial response
      evidence: {file: clinical/ketamine-series-summary-2025-04-21.txt, page: 1}
    - drug: Sertraline
      dose: 200 mg daily
      start: 2024-01
      end: 2024-04
      kind: antidepressant
      response: none
      outcome: No response after 10 weeks; stopped
      evidence: {file: clinical/ketamine-series-summary-2025-04-21.txt, page: 1}
    - drug: Duloxetine
      dose: 90 mg daily
      start: 2024-06
      end: 2024-09
      kind: antidepressant
      response: none
      outcome: No response after 9 weeks; stopped
      evidence: {file: clinical/ketamine-series-summary-2025-04-21.txt, page: 1}
    - drug: Quetiapine
      dose: 25 mg at bedtime for sleep
      start: 2024-06
      ongoing: true
      kind: other
      outcome: For sleep only
      evidence: {file: clinical/ketamine-series-summary-2025-04-21.txt, page: 1}
    - drug: Escitalopram (2015-2016 episode)
      dose: 20 mg daily
      start: 2015-02
      end: 2016-08
      kind: antidepressant
      response: remission
      outcome: Remission of an earlier episode; tapered off as planned
      evidence: {file: clinical/ketamine-series-summary-2025-04-21.txt, page: 1}
author:
  name: Samuel Lindgren
  role: Husband of the patient and the Plan's member (covered clergy)
  relation: representative
  authorization: other/authorization-2026-10-20.txt
  address: |-
    1845 Lake Minnewaska Road
    Glenwood, MN 56334
  phone: (320) 555-0138
  email: pastor.lindgren@mail.example
provider:
  name: Ingrid Holmquist-Baptiste
  credentials: MD
  npi: "1726490356"
  address: |-
    North Star Ketamine and Mood Clinic, 300 Minnesota Avenue
    Alexandria, MN 56308
  phone: (320) 555-0166
reimbursement:
  amount_billed: "$780.00"
  amount_paid: "$0.00"
bates_prefix: ADEYEMILINDGREN
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/eob-2026-10-05.txt": """
COVENANT MUTUAL LIFE AND HEALTH INSURANCE COMPANY (FICTIONAL)
for the Heartland Conference Clergy Health Plan
EXPLANATION OF BENEFITS - THIS IS NOT A BILL            Date: 10/05/2026            Page 1

Member: Samuel Lindgren     Group: HCCHP-CLERGY
PATIENT: RUTH ADEYEMI-LINDGREN     Member ID: FICT-HCC-5120447-02     Relationship: spouse
Claim: HCC-26-0915-20817     Received: 09/15/2026     Provider: North Star Ketamine and Mood Clinic
This Plan: secondary. Other coverage: Lakes Area Public Schools Employee Health Plan (primary).
04/07/2025 - 04/18/2025   96365, J3490   6 infusions   Balance after primary payment submitted: $780.00
Paid: $0.00   CO-29
CO-29: The time limit for filing has expired. Claims must be filed within 12 months of the date of service. This
claim was received 09/15/2026 for dates of service 04/07/2025 - 04/18/2025.

PATIENT: SAMUEL LINDGREN     Relationship: self
Claim: HCC-26-0922-21164   99396   09/22/2026   Paid (preventive)

You may appeal within 180 days after you receive this notice (Certificate Section 12.1).
""",
    "other/certificate-2025-section-11-excerpt.txt": """
HEARTLAND CONFERENCE CLERGY HEALTH PLAN (FICTIONAL) - CERTIFICATE OF COVERAGE 2025 (EXCERPTS)          Page 1
Insured by Covenant Mutual Life and Health Insurance Company. The Plan is a church plan and is not subject to ERISA.

10.4 When this Plan is secondary, it considers the balance left after the primary plan's payment, up to what it would
have paid as primary.
11.2 Time limits for filing a claim. We must receive a claim within 12 months after the date of service. When this
Plan pays second, we must receive the claim within 12 months after the date of service or within 90 days after the
date of the primary plan's explanation of benefits, whichever is later.
12.1 You may appeal within 180 days after you receive a denial. We decide an appeal about care already received
within 60 days.
(The 2026 certificate, Section 11.2, uses the same words.)
""",
    "other/primary-plan-eob-2026-08-20.txt": """
LAKES AREA PUBLIC SCHOOLS EMPLOYEE HEALTH PLAN (FICTIONAL) - EXPLANATION OF BENEFITS (REPROCESSED CLAIM)
Date: 08/20/2026          Page 1

Employee: Ruth Adeyemi-Lindgren     Claim: LAPS-25-0422-66190 (reprocessed after the external review decision of
07/30/2026)
04/07/2025 - 04/18/2025   96365 x6, J3490 x6   Billed $4,800.00   Allowed $3,900.00   Paid $3,120.00
Your share: $780.00 (coinsurance 20%). Provider write-off: $900.00.
This is the plan's final payment for this claim.
""",
    "other/primary-plan-eob-2025-05-12.txt": """
LAKES AREA PUBLIC SCHOOLS EMPLOYEE HEALTH PLAN (FICTIONAL) - EXPLANATION OF BENEFITS          Date: 05/12/2025
Page 1

Employee: Ruth Adeyemi-Lindgren     Claim: LAPS-25-0422-66190
04/07/2025 - 04/18/2025   96365 x6, J3490 x6   Billed $4,800.00   Paid $0.00   CO-55 (experimental/investigational)
You may appeal this decision within 180 days.
""",
    "other/external-review-decision-2026-07-30.txt": """
INDEPENDENT REVIEW ORGANIZATION (FICTIONAL) - EXTERNAL REVIEW DECISION          Date: 07/30/2026          Page 1

Claimant: Ruth Adeyemi-Lindgren     Plan: Lakes Area Public Schools Employee Health Plan
Decision: the plan's denial of IV ketamine infusions (04/07-04/18/2025) is OVERTURNED. The plan must pay the claim.
""",
    "other/portal-submission-confirmation-2026-09-15.txt": """
COVENANT MUTUAL (FICTIONAL) - MEMBER PORTAL: CLAIM SUBMITTED          09/15/2026 19:42 CT          Page 1

Confirmation: MP-26-0915-883172     Submitted by: Samuel Lindgren for Ruth Adeyemi-Lindgren
Attachments: itemized bill (North Star Ketamine and Mood Clinic, 6 infusions, 04/07-04/18/2025); primary plan's
explanation of benefits dated 08/20/2026.
Status: received 09/15/2026.
""",
    "other/authorization-2026-10-20.txt": """
AUTHORIZATION OF REPRESENTATIVE (FICTIONAL)          Signed: 10/20/2026          Page 1

I, Ruth Adeyemi-Lindgren, authorize my husband, Samuel Lindgren, to appeal the denial of claim HCC-26-0915-20817 for
me and to receive my health information for that purpose.
Signature: Ruth Adeyemi-Lindgren (on file)
""",
    "clinical/ketamine-series-summary-2025-04-21.txt": """
NORTH STAR KETAMINE AND MOOD CLINIC (FICTIONAL) - INFUSION SERIES SUMMARY          Date: 04/21/2025          Page 1

Patient: Ruth Adeyemi-Lindgren     DOB 04/22/1968     Physician: Ingrid Holmquist-Baptiste, MD
Diagnosis: F33.2 major depressive disorder, recurrent, severe, without psychotic features.
Series: six IV ketamine infusions, 0.5 mg/kg over 40 minutes, on 04/07, 04/09, 04/11, 04/14, 04/16 and 04/18/2025.
Measures: MADRS 34 (04/02/2025); MADRS 12 (04/21/2025).
Safety: no suicidal ideation before or after the series.
Medication history: bupropion XL 300 mg since November 2024, continues, partial response; sertraline 200 mg
January-April 2024, no response after 10 weeks; duloxetine 90 mg June-September 2024, no response after 9 weeks;
quetiapine 25 mg at bedtime for sleep since June 2024. Earlier episode: escitalopram 20 mg 2015-2016, remission.
""",
}

TRUTH = r"""
# 07 - Insured church plan, secondary: the balance of a 2025 IV ketamine series filed 26 days after the primary plan's final EOB, denied as "more than 12 months after the service"; first appeal by the husband (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Ruth Adeyemi-Lindgren, 58, is covered **first** by her own employer plan (Lakes Area Public Schools Employee Health
  Plan, as the employee) and **second**, as a spouse, by the **Heartland Conference Clergy Health Plan, an insured
  church plan not subject to ERISA** (certificate), through her husband, Rev. Samuel Lindgren.
- Six IV ketamine infusions, **04/07 through 04/18/2025**. The primary plan denied them (CO-55, 05/12/2025); an
  **external review overturned** that denial on **07/30/2026**, and the primary plan paid on its **EOB of
  08/20/2026** (allowed $3,900, paid $3,120, **her share $780**; "final payment").
- She filed the **$780 balance** with this plan on **09/15/2026** (portal confirmation MP-26-0915-883172, with the
  primary EOB attached). This plan's EOB of **10/05/2026** denied it **CO-29**: "claims must be filed within 12 months
  of the date of service".
- **Certificate 2025, Section 11.2** (the 2026 certificate has the same words): when this Plan pays second, the claim
  is due **within 12 months after the date of service or within 90 days after the date of the primary plan's EOB,
  whichever is later**. 90 days after **08/20/2026** is **11/18/2026**; the claim was received **09/15/2026, 26 days**
  after the primary EOB: **timely**. (The 12 months from 04/2025 ran out in April 2026, before the primary plan had
  paid; that is why the rule has its second limb.)
- Stage: **first internal appeal**, post-service, **180 days after receipt of the 10/05/2026 EOB (by 04/03/2027 counted
  from its date)** (Certificate 12.1; 26 CFR 54.9815-2719(b)(2)(i) applying 29 CFR 2560.503-1(h)(3)(i)); decided
  within 60 days (12.1).
- Author: **Samuel Lindgren, her husband and the plan's member**, with her written authorization (10/20/2026). She is
  an adult: he writes on her behalf, about "my wife".

## Deliberately unknown
- What this plan will pay as secondary (Section 10.4: the balance up to what it would have paid as primary): no amount
  may be promised; whether it will apply its own medical policy to ketamine is unknown (it has not decided coverage).
- Why the claim was not sent to this plan earlier as a pending claim (nothing says anyone was told to).

## Traps
- **Count from the right EOB.** The primary plan's **05/12/2025 denial EOB is stale**: 90 days from it (08/10/2025)
  is not the limit; the rule counts from the EOB that paid, **08/20/2026**. A letter that counts from 05/12/2025, or
  says the claim was late but asks for "good cause" only, misses the point.
- **Not a medical-necessity appeal to this plan.** No count of failed trials, no ketamine evidence paragraph, no
  "not experimental" argument, no peer-to-peer, no external review request (a filing-limit denial does not turn on
  medical judgment). The external review decision is background (why the primary paid late), not a ruling binding
  this plan on coverage.
- **Coordination, correctly:** this plan is **secondary** (she is the employee under her own plan); a letter must not
  say this plan is primary or ask it to pay the whole $4,800. The amount at issue is the **$780** balance.
- **History, if mentioned:** bupropion XL is **continuing** (partial response; never "failed"); quetiapine 25 mg is
  **for sleep**; escitalopram was a **remission in the 2015-2016 episode**; sertraline and duloxetine were adequate
  failed trials. No suicidal ideation.
- **Other person:** the husband's own preventive visit on this plan's EOB.
- **Wrong law:** a church plan not subject to ERISA: no ERISA as governing law, no EBSA/Department of Labor; no
  "deemed exhaustion" or external review request for this denial; no parity argument. (An insured plan's insurer
  also answers to the state's insurance law: a complaint could go to the state; not needed in the letter.)
- **Voice:** the husband writes as "I", about "my wife" / "Mrs. Adeyemi-Lindgren"; never her first person.

## Arguments a strong letter makes (strongest first)
1. **Certificate Section 11.2:** a claim this Plan pays second is due within 12 months after the service **or 90
   days after the primary plan's EOB, whichever is later**. The primary plan's EOB that paid the claim is dated
   **08/20/2026**; 90 days after it is **11/18/2026**; this plan received the claim on **09/15/2026** (portal
   confirmation), **26 days** after it. The claim was filed in time.
2. The primary EOB of 08/20/2026 (after the external review of 07/30/2026) is the one the rule refers to; the 2025
   denial EOB paid nothing. Enclose both EOBs, the portal confirmation and the certificate excerpt.
3. Ask the plan to withdraw the CO-29 denial and process claim HCC-26-0915-20817 as secondary under Section 10.4
   (the $780 balance), and to decide within 60 days (Section 12.1).

## What a letter must NOT say
- "the claim was filed within 12 months of the service", "90 days from the primary plan's first EOB", "good cause"
  as the only ground.
- "medically necessary", "not experimental", a count of failed trials, "failed bupropion", "failed quetiapine",
  "failed escitalopram", "suicidal ideation", "external review" (for this plan), "peer-to-peer".
- "this Plan is primary", "pay the $4,800", any amount the plan "will pay".
- "ERISA", "29 CFR 2560.503-1" as the governing law, "EBSA", "Department of Labor", "parity".
- the husband's visit as hers; the patient's first person.
"""

ANSWERS = [
    ("secondary filing rule", "other/certificate-2025-section-11-excerpt.txt",
     "When this Plan pays second, we must receive the claim within 12 months after the date of service or within 90 days after the date of the primary plan's explanation of benefits, whichever is later."),
    ("primary EOB date", "other/primary-plan-eob-2026-08-20.txt", "Date: 08/20/2026"),
    ("primary paid, final", "other/primary-plan-eob-2026-08-20.txt", "This is the plan's final payment for this claim."),
    ("her share", "other/primary-plan-eob-2026-08-20.txt", "Your share: $780.00 (coinsurance 20%)."),
    ("received 09/15/2026", "other/portal-submission-confirmation-2026-09-15.txt", "Status: received 09/15/2026."),
    ("portal confirmation number", "other/portal-submission-confirmation-2026-09-15.txt", "MP-26-0915-883172"),
    ("EOB attached", "other/portal-submission-confirmation-2026-09-15.txt", "primary plan's explanation of benefits dated 08/20/2026"),
    ("denial words", "denial/eob-2026-10-05.txt", "Claims must be filed within 12 months of the date of service."),
    ("denial date", "denial/eob-2026-10-05.txt", "Date: 10/05/2026"),
    ("this plan secondary", "denial/eob-2026-10-05.txt", "This Plan: secondary."),
    ("dates of service", "denial/eob-2026-10-05.txt", "04/07/2025 - 04/18/2025"),
    ("balance $780", "denial/eob-2026-10-05.txt", "Balance after primary payment submitted: $780.00"),
    ("external review overturned", "other/external-review-decision-2026-07-30.txt", "is OVERTURNED"),
    ("stale first EOB", "other/primary-plan-eob-2025-05-12.txt", "Date: 05/12/2025"),
    ("secondary considers balance", "other/certificate-2025-section-11-excerpt.txt", "it considers the balance left after the primary plan's payment"),
    ("appeal window", "other/certificate-2025-section-11-excerpt.txt", "You may appeal within 180 days after you receive a denial."),
    ("60-day decision", "other/certificate-2025-section-11-excerpt.txt", "We decide an appeal about care already received within 60 days."),
    ("not ERISA", "other/certificate-2025-section-11-excerpt.txt", "The Plan is a church plan and is not subject to ERISA."),
    ("bupropion continuing", "clinical/ketamine-series-summary-2025-04-21.txt", "bupropion XL 300 mg since November 2024, continues, partial response"),
    ("quetiapine sleep", "clinical/ketamine-series-summary-2025-04-21.txt", "quetiapine 25 mg at bedtime for sleep"),
    ("authorization", "other/authorization-2026-10-20.txt", "authorize my husband, Samuel Lindgren, to appeal"),
]
