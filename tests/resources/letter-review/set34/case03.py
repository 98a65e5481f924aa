"""Set 34, case 03 (FICTIONAL): FEHB, IV ketamine "investigational" under a medical policy; the brochure lists it."""

SLUG = "03-fehb-iv-ketamine-investigational-policy-vs-brochure-listing-opm-review-patient"

CASE_YAML = r"""
# FICTIONAL CASE (set 34, case 03) - every person, plan, office address, provider, number and address is invented.
# FEHB, Standard Option, Missouri. Constance Adeyemi-Novak, 46, a federal employee, paid for six ketamine
# infusions (08/03-08/14/2026) after the carrier called them investigational under its 2023 medical policy
# MP-KET-19. The carrier's own 2026 brochure lists IV ketamine for treatment-resistant depression as a covered
# mental health benefit with prior approval, and says its medical policies do not remove a benefit it lists. The
# carrier upheld on reconsideration (11/12/2026), adding "no prior approval was obtained" (it was asked for and
# denied on the same ground). She asks OPM to review, in her own words.
patient:
  name: Constance Adeyemi-Novak
  salutation: Ms. Adeyemi-Novak
  date_of_birth: 1980-02-27
  member_id: FICT-FMB-R61408832
  address: |-
    5412 Wornall Terrace
    Kansas City, MO 64113
  phone: (816) 555-0137
  email: cadeyemi.novak@mailbox.example
insurer:
  name: Federal Meridian Benefit Plan, Standard Option (FICTIONAL FEHB carrier)
  appeals_address: |-
    Federal Meridian Benefit Plan - Reconsiderations (FICTIONAL)
    PO Box 93027
    St. Louis, MO 63193
  fax: (314) 555-0166
claim:
  number: FMB-26-0821-339104
  plan_type: fehb
  notice_date: 2026-09-10
  service_dates: [2026-08-03, 2026-08-05, 2026-08-07, 2026-08-10, 2026-08-12, 2026-08-14]
  setting: outpatient
  procedure_codes: [96365]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-55]
  denial_reason: >-
    Intravenous ketamine infusion for depression is considered experimental/investigational under Medical Policy
    MP-KET-19. Experimental or investigational services are excluded (brochure Section 6). (CARC 55)
  denial_category: experimental_investigational
  denial_reasons: [experimental_investigational]
  action: none
decisions:
  - date: 2026-11-12
    outcome: denied
    stage: carrier reconsideration
    opens: OPM review
    next_deadline: 2027-02-10
    reason: >-
      We have reconsidered our decision and affirm it. Intravenous ketamine for depression remains
      investigational under Medical Policy MP-KET-19, and the brochure excludes experimental or investigational
      services. In addition, no prior approval was obtained for these services.
    corrections:
      - said: In addition, no prior approval was obtained for these services.
        record: >-
          The clinic asked the carrier for prior approval on 07/20/2026 (request PRA-26-0720-1186), and the carrier
          denied it on 07/24/2026 as investigational under MP-KET-19, the same ground as this denial; approval was
          asked for and refused, not left unasked.
        file: other/prior-approval-denial-2026-07-24.txt
        page: 1
        leaves_out: true
external_review:
  agency: U.S. Office of Personnel Management, Federal Employee Insurance Operations, review group (address FICTIONAL)
  address: |-
    Office of Personnel Management - FEHB Disputed Claims Review, Group 4 (FICTIONAL ADDRESS)
    PO Box 70221
    Washington, DC 20024
  final_denial_date: 2026-11-12
plan_policy:
  name: Federal Meridian Medical Policy MP-KET-19, Ketamine for Psychiatric Conditions (last reviewed 05/2023)
  number: MP-KET-19
  quote: >-
    Intravenous ketamine for the treatment of depression or any other psychiatric condition is considered
    experimental/investigational.
  file: other/medical-policy-mp-ket-19-2023.txt
  precedence:
    name: 2026 Federal Meridian Benefit Plan brochure, Section 1 (How this plan works)
    quote: >-
      This brochure is the official statement of benefits. Our medical policies explain how we apply the benefits
      described in this brochure; a medical policy does not remove or limit a benefit this brochure lists.
    file: other/fehb-brochure-2026-excerpts.txt
    page: 1
    governs: the 2026 brochure
    over: Medical Policy MP-KET-19
    ground: intravenous ketamine for depression is experimental/investigational
  listed:
    name: 2026 Federal Meridian Benefit Plan brochure, Section 5(e) Mental health and substance use disorder benefits
    entry: >-
      Intravenous ketamine infusions for treatment-resistant major depressive disorder, when two or more
      antidepressants have not worked or could not be tolerated - prior approval required
    file: other/fehb-brochure-2026-excerpts.txt
    page: 2
    as: a covered mental health benefit, subject to prior approval
  other_terms: >-
    Section 6, General exclusions: We do not cover services, drugs or supplies that are experimental or
    investigational, except as this brochure lists them in Section 5.
  other_terms_file: other/fehb-brochure-2026-excerpts.txt
  other_terms_apply: >-
    The exclusion the carrier relies on itself yields to the Section 5 listing, and Section 5(e) lists
    intravenous ketamine for treatment-resistant depression by name.
treatment:
  name: Intravenous ketamine infusions for treatment-resistant depression, six infusions
  summary: >-
    Six infusions of ketamine 0.5 mg/kg over 40 minutes for severe recurrent major depression after adequate
    trials of escitalopram and venlafaxine failed, aripiprazole augmentation and esketamine nasal spray could not
    be tolerated, and vortioxetine has brought only a partial response.
  alongside: vortioxetine 20 mg daily
  plan: >-
    Six infusions of ketamine 0.5 mg/kg over 40 minutes across two weeks, MADRS before the first and after the
    last; further infusions only if MADRS fell by at least half.
  setting: Brookside Infusion and Psychiatry (FICTIONAL), an outpatient infusion suite with a physician present
  monitoring: Continuous pulse oximetry, blood pressure every 15 minutes during and for 60 minutes after each infusion
payer_criteria:
  - criterion: "Brochure Section 5(e): two or more antidepressants have not worked or could not be tolerated"
    how_met: Escitalopram 20 mg for 12 weeks and venlafaxine XR 225 mg for 14 weeks, no response to either; aripiprazole augmentation and esketamine nasal spray stopped for intolerance
    met: true
    evidence: {file: clinical/psychiatrist-treatment-summary-2026-07-14.txt, page: 1}
clinical:
  exclusions: >-
    Screened before treatment: no psychotic symptoms, no alcohol or drug use, blood pressure controlled at rest
    (124/78 on 07/14/2026).
  severity: MADRS 34 on 07/14/2026 (before infusions); MADRS 12 on 08/17/2026
  severity_date: 2026-08-17
  suicidality: passive
  suicidality_date: 2026-07-14
  response: MADRS 34 on 07/14/2026 to 12 on 08/17/2026, three days after the sixth infusion
  response_level: response
  episode_onset: 2024-06
  history:
    - drug: Escitalopram
      dose: 20 mg daily
      start: 2024-07
      end: 2024-10
      weeks: 12
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 12 weeks at 20 mg; stopped
      evidence: {file: clinical/psychiatrist-treatment-summary-2026-07-14.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 225 mg daily
      start: 2024-11
      end: 2025-03
      weeks: 14
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 14 weeks at 225 mg; stopped
      evidence: {file: clinical/psychiatrist-treatment-summary-2026-07-14.txt, page: 1}
    - drug: Aripiprazole (added to venlafaxine)
      dose: 5 mg daily
      start: 2025-02
      end: 2025-03
      weeks: 3
      kind: augmentation
      adequate: false
      outcome: Stopped after 3 weeks for akathisia; an intolerance
      evidence: {file: clinical/psychiatrist-treatment-summary-2026-07-14.txt, page: 1}
    - drug: Vortioxetine
      dose: 20 mg daily
      start: 2025-04
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued with the infusions
      evidence: {file: clinical/psychiatrist-treatment-summary-2026-07-14.txt, page: 1}
    - drug: Esketamine nasal spray (Spravato)
      dose: 56 mg, then 84 mg, twice weekly
      start: 2026-01
      end: 2026-02
      weeks: 4
      kind: other
      adequate: false
      outcome: Stopped after 7 sessions for blood pressure of 182/104 and 176/108 after dosing; an intolerance
      evidence: {file: clinical/psychiatrist-treatment-summary-2026-07-14.txt, page: 1}
    - drug: Trazodone
      dose: 50 mg at bedtime for sleep
      start: 2024-07
      ongoing: true
      kind: other
      outcome: Sleep aid only; not an antidepressant trial
      evidence: {file: clinical/psychiatrist-treatment-summary-2026-07-14.txt, page: 1}
impact:
  work: I was on leave without pay from my federal job from 05/2026 until 08/31/2026.
alternatives:
  - treatment: Esketamine nasal spray (Spravato)
    why_not: I had it in 01/2026-02/2026 and it was stopped after 7 sessions because my blood pressure reached 182/104.
  - treatment: ECT
    why_not: My psychiatrist offered it; I chose ketamine first because ECT would have meant weeks of no driving and memory risk while I was trying to return to work. ECT remains an option if ketamine stops helping.
expenses:
  - {date: 2026-08-03, item: IV ketamine infusion 1 of 6, amount: "$475.00", paid: "$475.00"}
  - {date: 2026-08-05, item: IV ketamine infusion 2 of 6, amount: "$475.00", paid: "$475.00"}
  - {date: 2026-08-07, item: IV ketamine infusion 3 of 6, amount: "$475.00", paid: "$475.00"}
  - {date: 2026-08-10, item: IV ketamine infusion 4 of 6, amount: "$475.00", paid: "$475.00"}
  - {date: 2026-08-12, item: IV ketamine infusion 5 of 6, amount: "$475.00", paid: "$475.00"}
  - {date: 2026-08-14, item: IV ketamine infusion 6 of 6, amount: "$475.00", paid: "$475.00"}
prior_auth:
  requested_on: 2026-07-20
  reference: PRA-26-0720-1186
  proof: other/prior-approval-denial-2026-07-24.txt
author:
  name: Constance Adeyemi-Novak
  role: Patient and FEHB enrollee
  relation: patient
  address: |-
    5412 Wornall Terrace
    Kansas City, MO 64113
  phone: (816) 555-0137
  email: cadeyemi.novak@mailbox.example
provider:
  name: Brookside Infusion and Psychiatry (FICTIONAL)
  npi: "1694033279"
  address: |-
    6320 Brookside Plaza, Suite 4
    Kansas City, MO 64113
  phone: (816) 555-0181
record_dates:
  - file: clinical/psychiatrist-treatment-summary-2026-07-14.txt
    date: 2026-07-14
  - file: clinical/infusion-records-2026-08-03-to-08-14.txt
    date: 2026-08-17
template: external-review-request
copies: [prescriber]
bates_prefix: ADEYEMINOVAK
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/explanation-of-benefits-2026-09-10.txt": """
FEDERAL MERIDIAN BENEFIT PLAN (FICTIONAL FEHB CARRIER) - EXPLANATION OF BENEFITS        Date: 09/10/2026
Enrollee: Constance Adeyemi-Novak   ID FICT-FMB-R61408832   Standard Option, Self Only   Page 1 of 1
Claim FMB-26-0821-339104 (member-submitted)   Provider: Brookside Infusion and Psychiatry
08/03, 08/05, 08/07, 08/10, 08/12, 08/14/2026   96365 x 6   Billed $2,850.00   Paid $0.00
CARC 55. Intravenous ketamine infusion for depression is considered experimental/investigational under Medical
Policy MP-KET-19. Experimental or investigational services are excluded (brochure Section 6).
You may ask us to reconsider within 6 months of the date of this notice.
""",
    "denial/reconsideration-decision-2026-11-12.txt": """
FEDERAL MERIDIAN BENEFIT PLAN (FICTIONAL FEHB CARRIER) - RECONSIDERATION DECISION        Date: 11/12/2026
Enrollee: Constance Adeyemi-Novak   Claim FMB-26-0821-339104   Page 1 of 1
We have reconsidered our decision and affirm it. Intravenous ketamine for depression remains investigational under
Medical Policy MP-KET-19, and the brochure excludes experimental or investigational services. In addition, no
prior approval was obtained for these services.
If you disagree, you may ask the U.S. Office of Personnel Management to review our decision. You must write to
OPM within 90 days after the date of this letter.
""",
    "clinical/psychiatrist-treatment-summary-2026-07-14.txt": """
BROOKSIDE INFUSION AND PSYCHIATRY (FICTIONAL) - TREATMENT SUMMARY AND INFUSION REFERRAL  Date: 07/14/2026
Patient: Constance Adeyemi-Novak   DOB 02/27/1980   Page 1 of 1
Major depressive disorder, recurrent, severe without psychotic features (F33.2); current episode since 06/2024.
MADRS 34 today. Passive wish to be dead on some days; no plan, no intent.
- Escitalopram 20 mg daily 07/2024-10/2024: no response after 12 weeks; stopped.
- Venlafaxine XR 225 mg daily 11/2024-03/2025: no response after 14 weeks; stopped.
- Aripiprazole 5 mg added to venlafaxine 02/2025: stopped after 3 weeks for akathisia.
- Vortioxetine 20 mg daily since 04/2025: partial response; continues.
- Esketamine nasal spray 01/2026-02/2026: stopped after 7 sessions, blood pressure 182/104 and 176/108 after dosing.
- Trazodone 50 mg at bedtime for sleep since 07/2024.
Screening: no psychotic symptoms, no alcohol or drug use; resting blood pressure 124/78.
Earlier episode (2015): sertraline 100 mg, remission in 10 weeks; tapered off in 2017.
Plan: IV ketamine 0.5 mg/kg over 40 minutes, six infusions over two weeks, with continuous pulse oximetry and blood
pressure every 15 minutes; continue vortioxetine. Prior approval requested from the carrier 07/20/2026.
""",
    "clinical/infusion-records-2026-08-03-to-08-14.txt": """
BROOKSIDE INFUSION AND PSYCHIATRY (FICTIONAL) - INFUSION RECORDS                        Date: 08/17/2026
Patient: Constance Adeyemi-Novak   Page 1 of 1
Six infusions, 08/03, 08/05, 08/07, 08/10, 08/12 and 08/14/2026, ketamine 0.5 mg/kg over 40 minutes, given as
treatment (not under a research protocol). Highest blood pressure 148/92; no other adverse events.
MADRS 34 on 07/14/2026; 12 on 08/17/2026. Returned to work 08/31/2026.
""",
    "other/medical-policy-mp-ket-19-2023.txt": """
FEDERAL MERIDIAN BENEFIT PLAN (FICTIONAL) - MEDICAL POLICY MP-KET-19, KETAMINE FOR PSYCHIATRIC CONDITIONS
Last reviewed 05/2023.   Page 1 of 1
Intravenous ketamine for the treatment of depression or any other psychiatric condition is considered
experimental/investigational.
""",
    "other/fehb-brochure-2026-excerpts.txt": """
FEDERAL MERIDIAN BENEFIT PLAN (FICTIONAL) - 2026 BROCHURE (EXCERPTS)
Page 1 of 2 - Section 1, How this plan works
This brochure is the official statement of benefits. Our medical policies explain how we apply the benefits
described in this brochure; a medical policy does not remove or limit a benefit this brochure lists.

Page 2 of 2 - Section 5(e), Mental health and substance use disorder benefits (Standard Option)
Intravenous ketamine infusions for treatment-resistant major depressive disorder, when two or more
antidepressants have not worked or could not be tolerated - prior approval required. You pay 15% of the Plan
allowance.
Section 6, General exclusions
We do not cover services, drugs or supplies that are experimental or investigational, except as this brochure
lists them in Section 5.
""",
    "other/prior-approval-denial-2026-07-24.txt": """
FEDERAL MERIDIAN BENEFIT PLAN (FICTIONAL) - PRIOR APPROVAL DECISION                      Date: 07/24/2026
Enrollee: Constance Adeyemi-Novak   Request PRA-26-0720-1186, received 07/20/2026 from Brookside Infusion and
Psychiatry   Page 1 of 1
Service: intravenous ketamine, six infusions. Decision: not approved. Intravenous ketamine for depression is
investigational under Medical Policy MP-KET-19.
""",
    "other/fehb-brochure-2024-excerpt-stale.txt": """
FEDERAL MERIDIAN BENEFIT PLAN (FICTIONAL) - 2024 BROCHURE (EXCERPT, superseded)
Page 1 of 1 - Section 5(e): no ketamine listing. Section 6: We do not cover services, drugs or supplies that are
experimental or investigational. (This is the 2024 plan year's brochure; the 2026 brochure governs 2026 care.)
""",
}

TRUTH = r"""
# 03 - FEHB: IV ketamine called investigational under a 2023 medical policy although the 2026 brochure lists it; OPM review asked by the patient (FICTIONAL)

All people, plans, office addresses, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Constance Adeyemi-Novak, 46, a federal employee in **Federal Meridian Benefit Plan, Standard Option** (FEHB),
  had **six IV ketamine infusions 08/03-08/14/2026** (96365 x 6, F33.2) and paid **$2,850.00** herself.
- The EOB of **09/10/2026** (CARC **55**) and the reconsideration of **11/12/2026** deny it as investigational under
  **Medical Policy MP-KET-19** (last reviewed **05/2023**) and the brochure's Section 6 exclusion.
- The **2026 brochure**, the official statement of benefits: Section 1 says a medical policy "does not remove or
  limit a benefit this brochure lists"; **Section 5(e) lists IV ketamine for treatment-resistant MDD** "when two or
  more antidepressants have not worked or could not be tolerated - prior approval required"; Section 6's exclusion
  applies "except as this brochure lists them in Section 5".
- She meets the listing: escitalopram 20 mg 12 weeks and venlafaxine XR 225 mg 14 weeks, no response;
  aripiprazole augmentation and esketamine stopped for intolerance; vortioxetine 20 mg partial, **continuing**.
- Prior approval **was asked for** (07/20/2026, PRA-26-0720-1186) and **denied 07/24/2026** on the same ground; the
  reconsideration's "no prior approval was obtained" is true as far as it goes and leaves that out.
- Response: MADRS **34 -> 12**; back at work 08/31/2026.
- **Rule and stage:** FEHB, **5 CFR 890.105**: OPM review within **90 days** of the carrier's reconsideration
  (11/12/2026): by **02/10/2027**. The brochure is the contract; OPM decides by its terms.
- **Author:** the patient, in the first person ("I", "my infusions").

## Deliberately unknown
- Whether MP-KET-19 was revised after 05/2023: not in the case.
- The Plan allowance for 96365 and what 15% coinsurance would be: not known; no reimbursement figure but $2,850.00
  paid may be stated.
- Whether the carrier's reviewer was a psychiatrist: not named.

## Traps
- **Plan document, not evidence.** The winning point is the 2026 brochure's own listing and its precedence clause;
  a literature argument is secondary.
- **Ongoing trials:** ketamine for depression is still studied; a letter must not claim no trials are under way.
- **Stale document:** the **2024 brochure** (no listing, a flat exclusion) does not govern 2026 care.
- **"No prior approval":** it was asked and refused on the same ground; do not concede that none was sought, and do
  not ask for a "retroactive authorization" as though the clinic had skipped it.
- **Esketamine** was stopped for hypertension: an intolerance, never an adequate "failed" trial; **aripiprazole** an
  intolerance (3 weeks).
- **Vortioxetine continues** (partial): never "failed" or "stopped". **Trazodone 50 mg** is a sleep dose.
- **Earlier episode:** sertraline 100 mg in 2015 brought remission; not a failure.
- **Wrong law:** no ERISA, no 45 CFR 147.136, no state external review, no state insurance department, no MHPAEA cited
  for FEHB (the rules table gives parity for employer group and individual market plans, not FEHB).
- **Voice:** first person throughout; never "Ms. Adeyemi-Novak has failed".

## Arguments a strong letter makes, strongest first
1. The 2026 brochure, which governs, lists IV ketamine for treatment-resistant MDD in Section 5(e); its Section 1
   says no medical policy removes a listed benefit, and Section 6's exclusion yields to Section 5. MP-KET-19's
   "investigational" ground is not a term of the brochure.
2. She meets the listing's own condition: two antidepressants did not work (escitalopram, venlafaxine) and two
   further treatments could not be tolerated.
3. Prior approval was asked for on 07/20/2026 and refused on the same investigational ground on 07/24/2026: the
   reconsideration's added reason leaves that out.
4. The infusions worked (MADRS 34 -> 12, return to work); ask OPM to direct the carrier to pay the claim.

## What a letter must NOT say
- "not the subject of ongoing clinical trials", "FDA-approved for depression" (IV ketamine is not approved for it).
- "no prior approval was requested", "retroactive authorization", "we forgot".
- "failed esketamine"/"failed Spravato" as an adequate trial, "failed vortioxetine", "stopped vortioxetine",
  "trazodone trial", "failed sertraline".
- "ERISA", "29 CFR 2560.503-1", "45 CFR 147.136", "state external review", "MHPAEA".
- The 2024 brochure's exclusion as the governing term.
"""

_B = "other/fehb-brochure-2026-excerpts.txt"
_S = "clinical/psychiatrist-treatment-summary-2026-07-14.txt"
ANSWERS = [
    ("policy the denial relies on", "Medical Policy MP-KET-19", "denial/explanation-of-benefits-2026-09-10.txt"),
    ("policy's review date", "Last reviewed 05/2023", "other/medical-policy-mp-ket-19-2023.txt"),
    ("brochure's precedence clause", "a medical policy does not remove or limit a benefit this brochure lists", _B),
    ("brochure's listing", "Intravenous ketamine infusions for treatment-resistant major depressive disorder", _B),
    ("exclusion's exception", "except as this brochure lists them in Section 5", _B),
    ("reconsideration date", "Date: 11/12/2026", "denial/reconsideration-decision-2026-11-12.txt"),
    ("OPM deadline", "by **02/10/2027**", "truth"),
    ("prior approval request", "Request PRA-26-0720-1186, received 07/20/2026", "other/prior-approval-denial-2026-07-24.txt"),
    ("reconsideration's added reason", "no\nprior approval was obtained", "denial/reconsideration-decision-2026-11-12.txt"),
    ("amount paid", "Billed $2,850.00", "denial/explanation-of-benefits-2026-09-10.txt"),
    ("escitalopram", "Escitalopram 20 mg daily 07/2024-10/2024: no response after 12 weeks", _S),
    ("esketamine intolerance", "stopped after 7 sessions, blood pressure 182/104", _S),
    ("vortioxetine status", "Vortioxetine 20 mg daily since 04/2025: partial response; continues", _S),
    ("response", "MADRS 34 on 07/14/2026; 12 on 08/17/2026", "clinical/infusion-records-2026-08-03-to-08-14.txt"),
    ("not in a study", "not under a research protocol", "clinical/infusion-records-2026-08-03-to-08-14.txt"),
    ("stale brochure", "2024 BROCHURE (EXCERPT, superseded)", "other/fehb-brochure-2024-excerpt-stale.txt"),
]
