"""Case 01 (FICTIONAL): Part D PDP, Auvelity quantity limit from the 2025 formulary; IRE reconsideration by the NP."""

SLUG = "part-d-pdp-auvelity-quantity-limit-2025-formulary-ire-reconsideration-psychiatric-np"

CASE_YAML = r'''
# FICTIONAL CASE (set 30, case 01) - every person, plan, provider, number and address is invented.
# Stand-alone Part D plan (PDP), Florida. Delphine Okonkwo-Marsh, 68, takes Auvelity (dextromethorphan-bupropion
# 45 mg/105 mg ER) for major depression. The plan pays 30 tablets per 30 days ("quantity limit: 1 tablet per day")
# and denied 60 per 30 days (one tablet twice daily, the labelled maintenance dose). The redetermination of
# 10/14/2026 upheld it, saying the 2026 formulary limits the drug to 30 per 30 days; the plan's own 2026 formulary
# says 60 per 30 days (30 was the 2025 entry). Her psychiatric nurse practitioner asks the IRE to reconsider.
patient:
  name: Delphine Okonkwo-Marsh
  salutation: Ms. Okonkwo-Marsh
  date_of_birth: 1958-05-11
  member_id: FICT-GMR-60418273
  address: |-
    1442 Ninth Avenue North
    St. Petersburg, FL 33705
  phone: (727) 555-0114
insurer:
  name: Gulf Meridian Rx Standard (PDP) (FICTIONAL)
  appeals_address: |-
    Gulf Meridian Rx - Part D Appeals (address FICTIONAL)
    PO Box 77120
    Tampa, FL 33607
  fax: (813) 555-0166
claim:
  number: CD-26-0904-31158
  plan_type: medicare_part_d
  notice_date: 2026-09-04
  procedure_codes: []
  diagnosis_codes: [F33.1]
  denial_reason: >-
    Your request for Auvelity ER 45-105 mg, quantity 60 tablets per 30 days, is denied. This drug has a quantity
    limit on our formulary of 30 tablets per 30 days (1 tablet per day). The information from your prescriber does
    not show that the covered quantity would not be effective for you.
  denial_category: benefit_limit
  denial_reasons: [benefit_limit]
  action: none
decisions:
  - date: 2026-10-14
    outcome: denied
    stage: redetermination
    opens: IRE reconsideration
    next_deadline: 2026-12-18
    reason: >-
      We have upheld our decision. Our 2026 formulary limits Auvelity ER 45-105 mg to 30 tablets per 30 days. The
      member has been receiving 30 tablets per 30 days under this limit. A quantity above the formulary limit is
      not covered unless the prescriber shows the covered quantity would be ineffective.
    corrections:
      - said: Our 2026 formulary limits Auvelity ER 45-105 mg to 30 tablets per 30 days.
        record: >-
          The plan's 2026 Comprehensive Formulary (effective 01/01/2026), page 31, lists Auvelity ER 45-105 mg
          tablet with "QL (60 tablets per 30 days)"; 30 tablets per 30 days is the entry of the 2025 formulary.
        file: other/formulary-2026-excerpt.txt
        page: 1
external_review:
  agency: Part D Independent Review Entity - Keystone Review Partners (FICTIONAL contractor)
  address: |-
    Keystone Review Partners, Part D Reconsiderations (address FICTIONAL)
    PO Box 31907
    Harrisburg, PA 17105
  final_denial_date: 2026-10-14
plan_policy:
  name: Gulf Meridian Rx 2026 Comprehensive Formulary (List of Covered Drugs), page 31
  quote: >-
    AUVELITY ER 45-105 MG TABLET - Tier 4 - QL (60 tablets per 30 days)
  file: other/formulary-2026-excerpt.txt
  limit:
    applied: 30
    current: 60
    course: 60
    unit: tablets per 30 days
    source:
      name: Gulf Meridian Rx 2025 Comprehensive Formulary, page 29
      year: 2025
      file: other/formulary-2025-excerpt.txt
      page: 1
prescriber_statement:
  date: 2026-10-22
  quote: >-
    One tablet a day is the starting dose for the first three days only; the labelled dose after day 3 is one tablet
    twice daily. On one tablet a day for 17 days her PHQ-9 went only from 21 to 17; on two a day it is 11. Thirty
    tablets a month would return her to a dose that did not work.
  file: clinical/prescriber-supporting-statement-2026-10-22.txt
treatment:
  name: Auvelity (dextromethorphan-bupropion) ER 45 mg/105 mg, one tablet twice daily (60 tablets per 30 days)
  summary: >-
    Auvelity at its labelled maintenance dose, one tablet twice daily, for recurrent major depression; PHQ-9 21
    before it, 17 on one tablet a day, 11 on two a day.
  plan: >-
    Auvelity ER 45 mg/105 mg, one tablet twice daily (60 tablets per 30 days), continued; PHQ-9 and blood pressure
    at each monthly visit; review at six months.
clinical:
  severity: PHQ-9 11 on 10/20/2026 (21 on 08/24/2026 before Auvelity)
  severity_date: 2026-10-20
  suicidality: none
  suicidality_date: 2026-10-20
  episode_onset: 2025-08
  treating_since: 2019-02
  response: PHQ-9 21 (08/24/2026) to 17 (09/09/2026, one tablet a day) to 11 (10/20/2026, one tablet twice daily)
  response_level: partial
  history:
    - drug: Escitalopram
      dose: 20 mg daily
      start: 2019-02
      end: 2021-06
      kind: antidepressant
      response: remission
      outcome: Remission of the 2019 episode; tapered off in 2021 while well (earlier episode, not a failed trial)
      evidence: {file: clinical/progress-note-2026-10-20.txt, page: 1}
    - drug: Sertraline
      dose: 150 mg daily
      start: 2025-10
      end: 2026-01
      weeks: 12
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 12 weeks at 150 mg; stopped
      evidence: {file: clinical/progress-note-2026-10-20.txt, page: 1}
    - drug: Bupropion XL
      dose: 300 mg daily
      start: 2026-02
      end: 2026-06
      weeks: 16
      kind: antidepressant
      adequate: true
      failed: true
      response: partial
      outcome: Partial response only (PHQ-9 19) after 16 weeks; replaced by Auvelity
      evidence: {file: clinical/progress-note-2026-10-20.txt, page: 1}
    - drug: Auvelity (dextromethorphan-bupropion ER)
      dose: 45 mg/105 mg once daily, then twice daily from 09/10/2026
      start: 2026-08-24
      ongoing: true
      kind: antidepressant
      response: partial
      outcome: The drug requested, continuing; partial response so far (PHQ-9 11)
      evidence: {file: clinical/progress-note-2026-10-20.txt, page: 1}
    - drug: Trazodone
      dose: 50 mg at bedtime for sleep
      start: 2025-11
      ongoing: true
      kind: other
      outcome: Sleep aid only; not an antidepressant trial
      evidence: {file: clinical/progress-note-2026-10-20.txt, page: 1}
    - drug: Buspirone
      dose: 10 mg twice daily for anxiety
      start: 2024-03
      ongoing: true
      kind: other
      outcome: For anxiety; not an antidepressant trial
      evidence: {file: clinical/progress-note-2026-10-20.txt, page: 1}
author:
  name: Anneliese Brandvold
  role: Treating psychiatric nurse practitioner and prescriber (DNP, PMHNP-BC)
  relation: prescriber
  authorization: other/patient-consent-2026-10-21.txt
  address: |-
    Bayfront Mood and Memory Clinic (FICTIONAL), 220 Fourth Street South, Suite 310
    St. Petersburg, FL 33701
  phone: (727) 555-0131
  email: a.brandvold@bayfrontmood.example
provider:
  name: Anneliese Brandvold
  credentials: DNP, PMHNP-BC
  npi: "1762059131"
  address: |-
    Bayfront Mood and Memory Clinic (FICTIONAL), 220 Fourth Street South, Suite 310
    St. Petersburg, FL 33701
  phone: (727) 555-0131
record_dates:
  - file: clinical/progress-note-2026-10-20.txt
    date: 2026-10-20
  - file: clinical/prescriber-supporting-statement-2026-10-22.txt
    date: 2026-10-22
expenses:
  - date: 2026-09-10
    item: Auvelity ER 45-105 mg, 30 tablets (second daily tablet), cash price with a pharmacy discount card
    amount: 178.40
    paid: 178.40
  - date: 2026-10-09
    item: Auvelity ER 45-105 mg, 30 tablets (second daily tablet), cash price with a pharmacy discount card
    amount: 178.40
    paid: 178.40
  - date: 2026-11-07
    item: Auvelity ER 45-105 mg, 30 tablets (second daily tablet), cash price with a pharmacy discount card
    amount: 178.40
    paid: 178.40
template: external-review-request
bates_prefix: OKONKWOMARSH
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''

DOCS = {
    "denial/coverage-determination-denial-2026-09-04.txt": """
GULF MERIDIAN RX STANDARD (PDP) (FICTIONAL) - MEDICARE PRESCRIPTION DRUG PLAN
NOTICE OF DENIAL OF MEDICARE PRESCRIPTION DRUG COVERAGE                     Date of this notice: 09/04/2026
Member: Delphine Okonkwo-Marsh   Member ID FICT-GMR-60418273   Coverage determination: CD-26-0904-31158
Page 1 of 1

Drug requested: Auvelity ER 45-105 mg tablet, quantity 60 tablets per 30 days (prescriber: Anneliese Brandvold,
DNP, PMHNP-BC). Requested by the prescriber on 09/02/2026 (quantity limit exception).

Decision: Your request for Auvelity ER 45-105 mg, quantity 60 tablets per 30 days, is denied. This drug has a
quantity limit on our formulary of 30 tablets per 30 days (1 tablet per day). The information from your prescriber
does not show that the covered quantity would not be effective for you.

We will continue to cover 30 tablets per 30 days.

If you disagree, you may ask for a redetermination (appeal) within 65 days from the date of this notice.
Gulf Meridian Rx - Part D Appeals, PO Box 77120, Tampa, FL 33607; fax (813) 555-0166.
""",
    "denial/redetermination-notice-2026-10-14.txt": """
GULF MERIDIAN RX STANDARD (PDP) (FICTIONAL)
REDETERMINATION NOTICE - MEDICARE PRESCRIPTION DRUG COVERAGE                 Date of this notice: 10/14/2026
Member: Delphine Okonkwo-Marsh   Member ID FICT-GMR-60418273   Coverage determination: CD-26-0904-31158
Redetermination: RD-26-1014-40772   Page 1 of 1

Request received: 09/21/2026 from the prescriber.
Decision: We have upheld our decision. Our 2026 formulary limits Auvelity ER 45-105 mg to 30 tablets per 30 days.
The member has been receiving 30 tablets per 30 days under this limit. A quantity above the formulary limit is not
covered unless the prescriber shows the covered quantity would be ineffective.
Reviewed by: a pharmacist, Part D clinical review unit.

YOUR RIGHT TO AN INDEPENDENT REVIEW: You, your representative, or your prescriber on your behalf may ask the
Independent Review Entity (IRE) to review our decision. Your request must be received within 65 days from the date
of this notice. Send it to: Keystone Review Partners, Part D Reconsiderations, PO Box 31907, Harrisburg, PA 17105.
""",
    "clinical/progress-note-2026-10-20.txt": """
BAYFRONT MOOD AND MEMORY CLINIC (FICTIONAL) - MEDICATION MANAGEMENT NOTE           Date of visit: 10/20/2026
Patient: Delphine Okonkwo-Marsh   DOB 05/11/1958   Clinician: Anneliese Brandvold, DNP, PMHNP-BC (NPI 1762059131)
Page 1 of 1

Diagnosis: major depressive disorder, recurrent, moderate (F33.1). Current episode since 08/2025. In my care since
02/2019.

Medication history:
- Escitalopram 20 mg daily 02/2019-06/2021: remission of the 2019 episode; tapered off while well.
- Sertraline 150 mg daily 10/2025-01/2026 (12 weeks at 150 mg): no response; stopped.
- Bupropion XL 300 mg daily 02/2026-06/2026 (16 weeks): partial response only, PHQ-9 19; replaced by Auvelity.
- Auvelity ER 45-105 mg started 08/24/2026: one tablet daily (plan pays 30 per 30 days); on 09/10/2026 second
  daily tablet added, bought with a pharmacy discount card outside the plan. Continuing, one tablet twice daily.
- Trazodone 50 mg at bedtime for sleep since 11/2025 (sleep only). Buspirone 10 mg twice daily for anxiety since
  03/2024. Both continue.

PHQ-9: 21 on 08/24/2026 (before Auvelity); 17 on 09/09/2026 (one tablet daily); 11 today (one tablet twice daily).
Denies suicidal ideation today. BP 128/78. No adverse effects beyond mild dizziness the first week.
Plan: continue Auvelity one tablet twice daily; PHQ-9 and BP monthly; review at six months.
""",
    "clinical/prescriber-supporting-statement-2026-10-22.txt": """
BAYFRONT MOOD AND MEMORY CLINIC (FICTIONAL)
PRESCRIBER'S SUPPORTING STATEMENT FOR A QUANTITY LIMIT EXCEPTION (PART D)        Date: 10/22/2026
Enrollee: Delphine Okonkwo-Marsh   Member ID FICT-GMR-60418273   Drug: Auvelity ER 45-105 mg, 60 tablets/30 days
Prescriber: Anneliese Brandvold, DNP, PMHNP-BC (NPI 1762059131)
Page 1 of 1

One tablet a day is the starting dose for the first three days only; the labelled dose after day 3 is one tablet
twice daily. On one tablet a day for 17 days her PHQ-9 went only from 21 to 17; on two a day it is 11. Thirty
tablets a month would return her to a dose that did not work.

She has had no adequate response to sertraline 150 mg for 12 weeks or to bupropion XL 300 mg for 16 weeks in this
episode. She is not a CYP2D6 poor metabolizer by history and takes no strong CYP2D6 inhibitor, so no dose reduction
applies.

Signed: Anneliese Brandvold, DNP, PMHNP-BC
""",
    "other/formulary-2026-excerpt.txt": """
GULF MERIDIAN RX STANDARD (PDP) (FICTIONAL)
2026 COMPREHENSIVE FORMULARY (LIST OF COVERED DRUGS) - effective 01/01/2026, updated 08/2026 (excerpt)
Page 31 of 118

Drug name                                   Tier   Requirements/limits
AUVELITY ER 45-105 MG TABLET                 4     QL (60 tablets per 30 days)
BUPROPION HCL XL 150 MG TABLET               1     QL (90 tablets per 30 days)
BUPROPION HCL XL 300 MG TABLET               1     QL (30 tablets per 30 days)

QL = quantity limit: the plan covers up to the amount shown for each prescription or period.
""",
    "other/formulary-2025-excerpt.txt": """
GULF MERIDIAN RX STANDARD (PDP) (FICTIONAL)
2025 COMPREHENSIVE FORMULARY (LIST OF COVERED DRUGS) - effective 01/01/2025 (excerpt)
Page 29 of 112

Drug name                                   Tier   Requirements/limits
AUVELITY ER 45-105 MG TABLET                 4     PA; QL (30 tablets per 30 days)

(This is the 2025 plan year's list. It does not govern 2026 prescriptions.)
""",
    "other/pharmacy-reject-report-2026-09-01.txt": """
SUNCOAST COMMUNITY PHARMACY (FICTIONAL) - CLAIM REJECTION REPORT, 09/01/2026
Page 1 of 1

Rx 7718204  Okonkwo-Marsh, Delphine   AUVELITY ER 45-105 MG  qty 60 / 30 days  Gulf Meridian Rx
            Reject 76: plan limitations exceeded (max 30 per 30 days)
Rx 7718219  Pellegrini, Tomasz        QUETIAPINE 400 MG      qty 90 / 30 days  Harborline Rx
            Reject 76: plan limitations exceeded
(The second line is another customer's prescription and plan; it was printed on the same report.)
""",
    "other/discount-card-receipts-2026.txt": """
SUNCOAST COMMUNITY PHARMACY (FICTIONAL) - RECEIPTS, CASH PURCHASES WITH A PHARMACY DISCOUNT CARD
Customer: Delphine Okonkwo-Marsh
Page 1 of 1

09/10/2026  Auvelity ER 45-105 mg  qty 30  discount-card cash price $178.40  (not billed to Gulf Meridian Rx)
10/09/2026  Auvelity ER 45-105 mg  qty 30  discount-card cash price $178.40  (not billed to Gulf Meridian Rx)
11/07/2026  Auvelity ER 45-105 mg  qty 30  discount-card cash price $178.40  (not billed to Gulf Meridian Rx)
The plan's 30 tablets per 30 days were billed to Gulf Meridian Rx separately on 08/24, 09/22, 10/21 and 11/19/2026.
""",
    "other/patient-consent-2026-10-21.txt": """
CONSENT TO A REQUEST ON MY BEHALF
I, Delphine Okonkwo-Marsh (Member ID FICT-GMR-60418273), ask my nurse practitioner, Anneliese Brandvold, DNP,
PMHNP-BC, to request review of Gulf Meridian Rx's decision on my Auvelity by the Independent Review Entity on my
behalf, and consent to her sending my records for it.
Signed: Delphine Okonkwo-Marsh      Date: 10/21/2026
Page 1 of 1
""",
}

TRUTH = r'''
# 01 - Part D PDP: Auvelity quantity limit taken from the 2025 formulary; IRE reconsideration by the psychiatric NP (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Delphine Okonkwo-Marsh, **68** (DOB 05/11/1958), St. Petersburg, FL, is in a **stand-alone Part D plan** (Gulf
  Meridian Rx Standard PDP). She takes **Auvelity ER 45 mg/105 mg** for recurrent major depression (F33.1), started
  **08/24/2026**.
- Coverage determination **CD-26-0904-31158** (notice **09/04/2026**) denied **60 tablets per 30 days** ("quantity
  limit on our formulary of 30 tablets per 30 days"). The **redetermination of 10/14/2026** (RD-26-1014-40772)
  upheld it, stating "Our 2026 formulary limits Auvelity ER 45-105 mg to 30 tablets per 30 days".
- The plan's own **2026 Comprehensive Formulary, page 31**, lists Auvelity ER 45-105 mg: **Tier 4, "QL (60 tablets per
  30 days)"**. The **2025** formulary (page 29) had "PA; QL (30 tablets per 30 days)". The 30-tablet limit is the
  2025 plan year's, which does not govern 2026 prescriptions.
- One tablet daily is the starting dose for three days; the labelled dose after day 3 is one tablet twice daily
  (the prescriber's statement, 10/22/2026). PHQ-9: **21** (08/24) -> **17** (09/09, one tablet a day) -> **11**
  (10/20, one tablet twice daily).
- Since **09/10/2026** she has bought the second daily tablet with a **pharmacy discount card, outside the plan**,
  **$178.40** a month (09/10, 10/09, 11/07/2026); the plan pays 30 tablets per 30 days.
- **Stage and rule:** the next level after the Part D redetermination is reconsideration by the **Independent Review
  Entity**, 42 CFR 423.600; the notice says the request must be received **within 65 days from the date of the
  notice: by 12/18/2026**. The prescriber may ask for it on the enrollee's behalf (the notice says so). A quantity
  limit exception rests on the prescriber's supporting statement, 42 CFR 423.578(b).
- **Author:** the treating **psychiatric nurse practitioner** (DNP, PMHNP-BC), the prescriber; the patient's consent is
  enclosed. She writes "I" as the prescriber and about "Ms. Okonkwo-Marsh".

## Deliberately unknown
- Why the plan's system and the reviewer used the 2025 entry: not known; a letter may ask the plan or the IRE to note
  it, not say why.
- Whether the plan will repay the discount-card purchases: not settled (they were not billed to the plan); a letter
  may ask, never state she is owed them.
- CYP2D6 status by testing: not tested; the statement says "by history". A letter must not say she was tested.
- The IRE's decision time for this request: not stated in the case; a letter should not promise one.

## Traps
- **Plan document first, not medicine.** The winning point is the plan's **own 2026 formulary: QL 60 tablets per 30
  days**. The request is within the current limit, so no exception beyond a limit is needed; the exception under
  423.578(b) is the fallback only.
- **A decision's stated fact the record contradicts:** "Our 2026 formulary limits ... to 30 tablets per 30 days" - the
  2026 formulary says 60; 30 is the **2025** entry (a stale document, enclosed).
- **Auvelity is ongoing** with a partial response (PHQ-9 11): never "failed", never "stopped". The response on one
  tablet a day is a **dose** question, not a failed trial.
- **Earlier-episode response:** escitalopram 2019-2021 brought **remission** - never a failed trial.
- **Sleep dose / other class:** trazodone 50 mg at bedtime is a sleep aid, not a trial; buspirone is for anxiety,
  not an antidepressant trial. Adequate failed trials in this episode: **two** (sertraline, bupropion XL).
- **Trials paid outside the plan:** the second daily tablet is bought with a discount card; never say she "has gone
  without" the full dose, and never say the plan paid for it.
- **Other person on a document:** the pharmacy's reject report lists another customer (quetiapine, another plan).
- **Suicidality:** none on 10/20/2026; no harm paragraph about suicidal ideation; no Spravato indication talk.
- **Wrong law:** no ERISA, 45 CFR 147.136, external review by an IRO, state insurance law, parity (MHPAEA does not
  reach Medicare), 42 CFR 422 (Medicare Advantage); no "redetermination" request (that level is done).
- **Voice:** a nurse practitioner: never "physician", "Dr." or "treating physician".

## Arguments a strong letter makes (strongest first)
1. The plan's **own 2026 formulary** (page 31) sets the quantity limit for Auvelity ER 45-105 mg at **60 tablets per
   30 days**; the 60 per 30 days prescribed is within it. The 30-tablet limit the denial and the redetermination
   applied is the **2025** formulary's, which does not govern 2026. The IRE should reverse and order coverage of 60
   per 30 days.
2. The redetermination's statement about the 2026 formulary is contradicted by the formulary itself (enclosed).
3. In the alternative, a quantity-limit exception under **42 CFR 423.578(b)**: the prescriber's statement of
   10/22/2026 - one tablet daily is the three-day starting dose; PHQ-9 17 on it against 11 on the labelled dose.
4. Ask that the plan correct the limit in its claims system so later fills are not rejected the same way.

## What a letter must NOT say
- "the plan's limit of 30 tablets" as the 2026 limit; conceding the limit; an "exception beyond the limit" as the
  main ask.
- "failed Auvelity", "stopped Auvelity"; "failed escitalopram"; trazodone or buspirone as trials; "three failed
  trials" or more.
- "Pellegrini", "quetiapine" as hers.
- "Dr. Brandvold", "physician"; "suicidal ideation" as present.
- "ERISA", "29 CFR 2560.503-1", "45 CFR 147.136", "parity", "MHPAEA", "422.", "independent review organization" of a
  state, "redetermination" requested again.
'''

ANSWERS = [
    ("other/formulary-2026-excerpt.txt", "AUVELITY ER 45-105 MG TABLET                 4     QL (60 tablets per 30 days)"),
    ("other/formulary-2025-excerpt.txt", "PA; QL (30 tablets per 30 days)"),
    ("denial/redetermination-notice-2026-10-14.txt", "Our 2026 formulary limits Auvelity ER 45-105 mg to 30 tablets per 30 days."),
    ("denial/redetermination-notice-2026-10-14.txt", "within 65 days from the date of this notice"),
    ("denial/coverage-determination-denial-2026-09-04.txt", "Date of this notice: 09/04/2026"),
    ("clinical/prescriber-supporting-statement-2026-10-22.txt", "the labelled dose after day 3 is one tablet twice daily"),
    ("clinical/progress-note-2026-10-20.txt", "PHQ-9: 21 on 08/24/2026 (before Auvelity); 17 on 09/09/2026 (one tablet daily); 11 today"),
    ("clinical/progress-note-2026-10-20.txt", "Sertraline 150 mg daily 10/2025-01/2026 (12 weeks at 150 mg): no response"),
    ("clinical/progress-note-2026-10-20.txt", "Escitalopram 20 mg daily 02/2019-06/2021: remission of the 2019 episode"),
    ("clinical/progress-note-2026-10-20.txt", "Trazodone 50 mg at bedtime for sleep"),
    ("clinical/progress-note-2026-10-20.txt", "Denies suicidal ideation today."),
    ("other/discount-card-receipts-2026.txt", "discount-card cash price $178.40  (not billed to Gulf Meridian Rx)"),
    ("other/pharmacy-reject-report-2026-09-01.txt", "Pellegrini, Tomasz"),
    ("case.yaml", "next_deadline: 2026-12-18"),
    ("truth", "by 12/18/2026"),
    ("truth", "42 CFR 423.578(b)"),
]
