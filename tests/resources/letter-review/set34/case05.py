"""Set 34, case 05 (FICTIONAL): Part D PDP, non-formulary vortioxetine for a new enrollee: transition fill + exception."""

SLUG = "05-part-d-pdp-new-enrollee-vortioxetine-nonformulary-transition-fill-redetermination-niece"

CASE_YAML = r"""
# FICTIONAL CASE (set 34, case 05) - every person, plan, provider, pharmacy, number and address is invented.
# Stand-alone Part D plan, Tennessee. Marguerite Dellacroix-Yoon, 74, moved from Florida and joined the plan on
# 10/01/2026. Her vortioxetine (in remission on it since 2024) is not on the plan's drug list; the pharmacy claim of
# 10/03/2026, two days into her membership, was rejected with no transition fill, and she paid cash twice. The
# plan denied her prescriber's formulary exception on 11/06/2026 ("sertraline, escitalopram, duloxetine not tried").
# Her niece, appointed on CMS-1696, asks for a redetermination.
patient:
  name: Marguerite Dellacroix-Yoon
  salutation: Mrs. Dellacroix-Yoon
  date_of_birth: 1952-05-09
  member_id: FICT-VSR-91D44730
  address: |-
    318 Hickory Bend Lane
    Knoxville, TN 37919
  phone: (865) 555-0116
insurer:
  name: Volunteer Summit Rx, Medicare Prescription Drug Plan (FICTIONAL)
  appeals_address: |-
    Volunteer Summit Rx - Part D Redeterminations (FICTIONAL)
    PO Box 52290
    Nashville, TN 37202
  fax: (615) 555-0143
claim:
  number: VSR-CD-26-1020-8841
  plan_type: medicare_part_d
  notice_date: 2026-11-06
  appeal_deadline: 2027-01-10
  deadline_basis: >-
    Notice of Denial of Medicare Prescription Drug Coverage of 11/06/2026: "You must ask for a redetermination
    within 65 days from the date of this notice."
  service_dates: [2026-10-03, 2026-11-01]
  pending_services: monthly fills of vortioxetine 20 mg from December 2026
  diagnosis_codes: [F33.42]
  denial_reason: >-
    Trintellix (vortioxetine) 20 mg is not on our formulary. Your prescriber did not show that the formulary
    alternatives sertraline, escitalopram and duloxetine have been tried or would not be as effective or would
    cause adverse effects. The formulary exception request does not meet our criteria.
  denial_category: not_covered
  denial_reasons: [formulary_exception]
  action: none
treatment:
  name: Vortioxetine (Trintellix) 20 mg tablets, one daily
  summary: >-
    The antidepressant that has kept her recurrent depression in remission since 2024, after two SSRIs caused low
    sodium or a prolonged QT interval; duloxetine is to be avoided with her severe kidney disease.
  plan: Continue vortioxetine 20 mg once daily, 30 tablets a month; sodium and kidney function every three months.
prescriber_statement:
  date: 2026-10-20
  quote: >-
    Sertraline (2019) and escitalopram (2021) each had to be stopped, for a sodium of 127 and a QTc of 498 ms;
    duloxetine should be avoided because her creatinine clearance is below 30 mL/min. The formulary alternatives
    would be unsafe or less effective for her, and changing a drug that has kept her in remission since 2024 would
    risk relapse.
  file: other/prescriber-supporting-statement-2026-10-20.txt
plan_policy:
  name: Volunteer Summit Rx 2026 Evidence of Coverage, Chapter 5 (Drug List, exceptions and transition)
  number: Chapter 5
  quote: >-
    Section 2.1: We generally cover a drug only if it is on our Drug List. Section 6.2: You or your prescriber may
    ask us to make an exception and cover a drug that is not on the Drug List. Your prescriber must give a
    statement of the medical reasons for the exception.
  file: other/evidence-of-coverage-2026-chapter-5-excerpt.txt
  exception: >-
    You or your prescriber may ask us to make an exception and cover a drug that is not on the Drug List. Your
    prescriber must give a statement of the medical reasons for the exception.
  other_terms: >-
    Section 5.2, Transition supply: If you are new to our plan and you take a drug that is not on our Drug List,
    we will cover a temporary supply of your drug during your first 90 days of membership. The temporary supply is
    at least a 30-day supply, or less if your prescription is written for fewer days. We will send you a letter
    within 3 business days after a temporary fill.
  other_terms_file: other/evidence-of-coverage-2026-chapter-5-excerpt.txt
  other_terms_apply: >-
    Her membership began on 10/01/2026, so her first 90 days ran through 12/29/2026; the fill of 10/03/2026 (30
    tablets, 30 days) was her first fill of vortioxetine in the plan, two days into her membership, and the plan had
    to pay it as a transition supply instead of rejecting it; no transition letter was ever sent.
clinical:
  severity: PHQ-9 4 on 10/14/2026 (in remission)
  severity_date: 2026-10-14
  suicidality: none
  suicidality_date: 2026-10-14
  response: In remission on vortioxetine since 2024 (PHQ-9 18 before it in 02/2024; 4 on 10/14/2026)
  response_level: remission
  history:
    - drug: Sertraline
      dose: 50 mg daily
      start: 2019-03
      end: 2019-04
      weeks: 5
      kind: antidepressant
      adequate: false
      outcome: Stopped after 5 weeks for a sodium of 127 mmol/L (hyponatremia); an intolerance
      evidence: {file: clinical/geriatric-psychiatry-summary-2026-10-14.txt, page: 1}
    - drug: Escitalopram
      dose: 10 mg daily
      start: 2021-06
      end: 2021-07
      weeks: 4
      kind: antidepressant
      adequate: false
      outcome: Stopped after 4 weeks for a QTc of 498 ms; an intolerance
      evidence: {file: clinical/geriatric-psychiatry-summary-2026-10-14.txt, page: 1}
    - drug: Mirtazapine
      dose: 7.5 mg at bedtime for sleep
      start: 2023-01
      end: 2023-11
      kind: other
      outcome: Sleep dose only, stopped for weight gain; not an antidepressant trial
      evidence: {file: clinical/geriatric-psychiatry-summary-2026-10-14.txt, page: 1}
    - drug: Vortioxetine
      dose: 20 mg daily
      start: 2024-02
      ongoing: true
      kind: antidepressant
      adequate: true
      response: remission
      outcome: Remission by 06/2024; continues
      evidence: {file: clinical/geriatric-psychiatry-summary-2026-10-14.txt, page: 1}
expenses:
  - {date: 2026-10-03, item: "vortioxetine 20 mg #30, paid at the pharmacy after the plan rejected the claim", amount: "$478.00", paid: "$478.00"}
  - {date: 2026-11-01, item: "vortioxetine 20 mg #30, paid at the pharmacy after the plan rejected the claim", amount: "$478.00", paid: "$478.00"}
author:
  name: Celestine Oduya
  role: Niece and appointed representative (CMS-1696)
  relation: representative
  authorization: other/cms-1696-appointment-2026-11-10.txt
  address: |-
    77 Kingston Pike Court
    Knoxville, TN 37919
  phone: (865) 555-0139
  email: c.oduya@postbox.example
provider:
  name: Dr. Bernadette Achebe-Lund
  credentials: MD, geriatric psychiatry
  npi: "1338472065"
  address: |-
    1924 Alcoa Highway, Suite 300
    Knoxville, TN 37920
  phone: (865) 555-0172
record_dates:
  - file: clinical/geriatric-psychiatry-summary-2026-10-14.txt
    date: 2026-10-14
  - file: other/prescriber-supporting-statement-2026-10-20.txt
    date: 2026-10-20
    sent: 2026-10-20
template: medical-necessity
copies: [prescriber]
bates_prefix: DELLACROIXYOON
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/notice-of-denial-part-d-2026-11-06.txt": """
VOLUNTEER SUMMIT RX (FICTIONAL) - NOTICE OF DENIAL OF MEDICARE PRESCRIPTION DRUG COVERAGE   Date: 11/06/2026
Member: Marguerite Dellacroix-Yoon   DOB 05/09/1952   Member ID FICT-VSR-91D44730   Page 1 of 1
Coverage determination VSR-CD-26-1020-8841   Drug: Trintellix (vortioxetine) 20 mg, #30 per 30 days
Requested by: Dr. Bernadette Achebe-Lund, received 10/20/2026
We denied your request. Trintellix (vortioxetine) 20 mg is not on our formulary. Your prescriber did not show that
the formulary alternatives sertraline, escitalopram and duloxetine have been tried or would not be as effective
or would cause adverse effects. The formulary exception request does not meet our criteria.
You must ask for a redetermination within 65 days from the date of this notice. You, your representative or your
prescriber may ask. Fax (615) 555-0143 or write to Part D Redeterminations, PO Box 52290, Nashville, TN 37202.
""",
    "other/pharmacy-rejection-and-receipt-2026-10-03.txt": """
RIVERSIDE COMMUNITY PHARMACY (FICTIONAL) - CLAIM RESPONSE AND RECEIPT                    Date: 10/03/2026
Page 1 of 1
Dellacroix-Yoon, Marguerite   vortioxetine 20 mg #30 (30 days)   Plan: Volunteer Summit Rx
Claim response: REJECTED 70 - product/service not covered (non-formulary). No transition override returned.
Paid by patient: $478.00 (cash).
Yoon, Harold   tamsulosin 0.4 mg #30   Plan: Volunteer Summit Rx   PAID, copay $2.00
Second receipt, 11/01/2026: Dellacroix-Yoon, Marguerite, vortioxetine 20 mg #30, REJECTED 70; paid $478.00.
""",
    "other/plan-enrollment-confirmation-2026-09-18.txt": """
VOLUNTEER SUMMIT RX (FICTIONAL) - CONFIRMATION OF ENROLLMENT                            Date: 09/18/2026
Member: Marguerite Dellacroix-Yoon   Member ID FICT-VSR-91D44730   Page 1 of 1
Your membership in Volunteer Summit Rx begins 10/01/2026 (special enrollment period: permanent move to Tennessee).
""",
    "other/evidence-of-coverage-2026-chapter-5-excerpt.txt": """
VOLUNTEER SUMMIT RX (FICTIONAL) - 2026 EVIDENCE OF COVERAGE, CHAPTER 5 (EXCERPTS)          Pages 61-66
Section 2.1: We generally cover a drug only if it is on our Drug List.
Section 5.2, Transition supply: If you are new to our plan and you take a drug that is not on our Drug List, we
will cover a temporary supply of your drug during your first 90 days of membership. The temporary supply is at
least a 30-day supply, or less if your prescription is written for fewer days. We will send you a letter within
3 business days after a temporary fill.
Section 6.2: You or your prescriber may ask us to make an exception and cover a drug that is not on the Drug
List. Your prescriber must give a statement of the medical reasons for the exception.
""",
    "other/prescriber-supporting-statement-2026-10-20.txt": """
PRESCRIBER'S SUPPORTING STATEMENT FOR A FORMULARY EXCEPTION (FICTIONAL)                  Date: 10/20/2026
Patient: Marguerite Dellacroix-Yoon   Drug: vortioxetine 20 mg daily   Page 1 of 1
Sertraline (2019) and escitalopram (2021) each had to be stopped, for a sodium of 127 and a QTc of 498 ms;
duloxetine should be avoided because her creatinine clearance is below 30 mL/min. The formulary alternatives
would be unsafe or less effective for her, and changing a drug that has kept her in remission since 2024 would
risk relapse.
Bernadette Achebe-Lund, MD   Faxed to the plan 10/20/2026 with the exception request.
""",
    "clinical/geriatric-psychiatry-summary-2026-10-14.txt": """
TENNESSEE VALLEY GERIATRIC PSYCHIATRY (FICTIONAL) - TREATMENT SUMMARY                    Date: 10/14/2026
Patient: Marguerite Dellacroix-Yoon   DOB 05/09/1952   Page 1 of 1
Major depressive disorder, recurrent, in full remission (F33.42). Chronic kidney disease stage 4; creatinine
clearance 24 mL/min (09/2026).
- Sertraline 50 mg 03/2019-04/2019: stopped after 5 weeks for sodium 127 mmol/L.
- Escitalopram 10 mg 06/2021-07/2021: stopped after 4 weeks for QTc 498 ms.
- Mirtazapine 7.5 mg at bedtime for sleep 01/2023-11/2023: stopped for weight gain.
- Vortioxetine 20 mg daily since 02/2024 (PHQ-9 18 before): remission by 06/2024; continues. PHQ-9 4 today.
Earlier episode (2015): bupropion 150 mg with remission; tapered in 2016.
No suicidal thoughts.
""",
    "other/florida-plan-2025-formulary-page-stale.txt": """
GULF HARBOR RX (FICTIONAL) - 2025 FORMULARY (PAGE 14, her former Florida plan)
Trintellix (vortioxetine) - Tier 3 - no prior authorization. [This is her former plan's 2025 list; it does not
bind Volunteer Summit Rx.]
""",
    "other/cms-1696-appointment-2026-11-10.txt": """
APPOINTMENT OF REPRESENTATIVE (form CMS-1696, completed copy, FICTIONAL)                 Signed 11/10/2026
Beneficiary: Marguerite Dellacroix-Yoon   Medicare number FICT-1EG4-TE5-MK72
Representative: Celestine Oduya (niece), 77 Kingston Pike Court, Knoxville, TN 37919.  Both signatures present.
""",
}

TRUTH = r"""
# 05 - Part D plan: a new enrollee's vortioxetine rejected with no transition fill, then a formulary exception denied; redetermination asked by her niece (FICTIONAL)

All people, plans, providers, pharmacies, numbers and addresses are invented (FICTIONAL).

## What is true
- Marguerite Dellacroix-Yoon, 74, joined **Volunteer Summit Rx** (stand-alone Part D, Tennessee) on **10/01/2026**
  after a move (enrollment confirmation 09/18/2026). She has taken **vortioxetine 20 mg since 02/2024** and has
  been **in remission** (PHQ-9 18 -> 4; F33.42).
- On **10/03/2026**, two days into membership, the pharmacy claim was **rejected (non-formulary), with no
  transition override**; she paid **$478.00**, and again on **11/01/2026** ($478.00).
- The plan's **EOC Chapter 5, Section 5.2**: a new member on a non-formulary drug gets **a temporary supply of at
  least 30 days during the first 90 days** (10/01-12/29/2026) and a letter within 3 business days. The 10/03 fill
  was exactly that case (Medicare's transition rule, **42 CFR 423.120(b)(3)**).
- Her prescriber's **supporting statement of 10/20/2026** (42 CFR **423.578(b)**): sertraline (**sodium 127**) and
  escitalopram (**QTc 498 ms**) stopped for adverse effects; duloxetine to be avoided (**creatinine clearance
  below 30 mL/min**, 24 in 09/2026). The notice of **11/06/2026** nonetheless says the prescriber "did not show"
  the alternatives would cause adverse effects.
- **Rule and stage:** Part D redetermination, **42 CFR 423.580-423.590**: within **65 days from the notice date:
  by 01/10/2027**. Next level: the independent review entity.
- **Author:** her niece, appointed on CMS-1696 (11/10/2026), writing about "Mrs. Dellacroix-Yoon".

## Deliberately unknown
- The plan's price for vortioxetine and what she would have paid as cost sharing: unknown; only $478.00 x 2 paid.
- Whether the plan's system had her as a new enrollee on 10/03/2026: not known; ask.
- Whether duloxetine was ever tried: it was **not**; the case says why it should not be.

## Traps
- **Date and plan document first:** the transition supply, not the clinical exception, wins the 10/03 fill.
- **Duloxetine was never tried:** a letter must not call it a failed trial; it is avoided for kidney function.
- **Intolerances, not adequate trials:** sertraline (5 weeks) and escitalopram (4 weeks) were stopped for
  adverse effects; never "failed after adequate trials".
- **Mirtazapine 7.5 mg** was a sleep dose.
- **Earlier episode:** bupropion 150 mg in 2015 brought remission; not a failure.
- **Vortioxetine continues, in remission:** the request is to keep a working drug, not to start one; no "new
  start" language.
- **Other person on a document:** the pharmacy receipt's **Harold Yoon** (tamsulosin).
- **Stale document:** her former Florida plan's 2025 formulary lists Trintellix; it does not bind this plan.
- **Wrong law:** Part D only: no ERISA, no 45 CFR 147.136, no MHPAEA (not for Medicare), no Medicare Advantage
  422 rules, no "60 days after receipt" (65 days from the notice's date).
- No suicidal ideation.

## Arguments a strong letter makes, strongest first
1. The 10/03/2026 fill was in her first 90 days of membership (from 10/01/2026); under the plan's own EOC Section
   5.2 (and Medicare's transition rule) it had to be covered as a temporary supply; reimburse $478.00 less her cost
   sharing.
2. Grant the formulary exception (423.578(b)): the prescriber's 10/20/2026 statement shows two formulary SSRIs
   caused hyponatremia and QTc prolongation and duloxetine is to be avoided at her kidney function; the notice's
   statement that the prescriber did not show adverse effects is contradicted by that statement.
3. She is in remission on vortioxetine since 2024; a switch risks relapse. Cover the 11/01/2026 fill and future fills.

## What a letter must NOT say
- "failed duloxetine", "tried duloxetine", "failed sertraline/escitalopram after adequate trials", "mirtazapine
  trial", "failed bupropion".
- "new start", "Harold", "tamsulosin", "Gulf Harbor" formulary as binding.
- "ERISA", "29 CFR 2560.503-1", "45 CFR 147.136", "MHPAEA", "external review" (the next level is the IRE),
  "60 days after receipt".
- "suicidal".
"""

_E = "other/evidence-of-coverage-2026-chapter-5-excerpt.txt"
_S = "clinical/geriatric-psychiatry-summary-2026-10-14.txt"
_R = "other/pharmacy-rejection-and-receipt-2026-10-03.txt"
ANSWERS = [
    ("membership start", "begins 10/01/2026", "other/plan-enrollment-confirmation-2026-09-18.txt"),
    ("first fill", "Date: 10/03/2026", _R),
    ("rejection", "REJECTED 70 - product/service not covered (non-formulary). No transition override returned.", _R),
    ("amount paid each time", "$478.00", _R),
    ("transition rule in the EOC", "during your first 90 days of membership", _E),
    ("transition supply length", "at least a 30-day supply", _E),
    ("notice date", "Date: 11/06/2026", "denial/notice-of-denial-part-d-2026-11-06.txt"),
    ("deadline", "by 01/10/2027", "truth"),
    ("sertraline intolerance", "stopped after 5 weeks for sodium 127 mmol/L", _S),
    ("escitalopram intolerance", "stopped after 4 weeks for QTc 498 ms", _S),
    ("kidney function", "creatinine\nclearance 24 mL/min", _S),
    ("remission", "remission by 06/2024; continues", _S),
    ("sleep dose", "Mirtazapine 7.5 mg at bedtime for sleep", _S),
    ("statement date", "Date: 10/20/2026", "other/prescriber-supporting-statement-2026-10-20.txt"),
    ("other person on the receipt", "Yoon, Harold", _R),
    ("earlier episode", "bupropion 150 mg with remission", _S),
]
