"""Set 39, case 02 (FICTIONAL): Part D PDP, milnacipran for fibromyalgia, step therapy + transition supply refused."""

SLUG = "02-part-d-pdp-milnacipran-fibromyalgia-step-therapy-transition-date-wrong-expedited-redetermination-practice-pa-specialist"

CASE_YAML = r"""
# FICTIONAL CASE (set 39, case 02) - every person, plan, pharmacy, provider, number and address is invented.
# Stand-alone Part D plan, Missouri. Dorothea Kallas, 66, has taken milnacipran for fibromyalgia since 01/2024 under
# her former employer plan. She joined this PDP on 10/01/2026 after retiring. Her first fill (11/20/2026) was refused:
# step therapy (no duloxetine or pregabalin claims in this plan's records) and "no transition supply: enrollment
# began 07/01/2026" - an enrollment she cancelled before it took effect. The rheumatology practice's prior
# authorization specialist, appointed on CMS-1696, asks for an expedited redetermination.
patient:
  name: Dorothea Kallas
  salutation: Mrs. Kallas
  date_of_birth: 1960-05-19
  member_id: FICT-HRX-40918273
  address: |-
    1188 Cherry Blossom Lane
    Springfield, MO 65804
  phone: (417) 555-0121
insurer:
  name: Meridale Prescription Plans - Heartland Rx Choice (PDP) (FICTIONAL)
  appeals_address: |-
    Meridale Prescription Plans - Part D Redeterminations (FICTIONAL)
    PO Box 61204
    Kansas City, MO 64161
  fax: (816) 555-0139
claim:
  number: CD-26-1121-30554
  plan_type: medicare_part_d
  notice_date: 2026-11-24
  appeal_deadline: 2027-01-28
  deadline_basis: >-
    Notice of Denial of Medicare Prescription Drug Coverage of 11/24/2026: "You have 65 days from the date of this
    notice to ask for a redetermination."
  service_dates: [2026-11-20]
  diagnosis_codes: [M79.7]
  denial_reason: >-
    (1) Step therapy: milnacipran (Savella) is covered only after a trial of duloxetine and a trial of pregabalin
    or gabapentin (ST-FM-04). Our records show no claims for these drugs in the past 365 days. (2) Transition
    supply: you are not eligible for a transition supply. Your enrollment in this plan began 07/01/2026, and the
    90-day transition period ended 09/28/2026.
  denial_category: step_therapy
  denial_reasons: [step_therapy, other]
  urgent: true
  action: none
  corrections:
    - said: Your enrollment in this plan began 07/01/2026, and the 90-day transition period ended 09/28/2026.
      record: >-
        The plan's own enrollment confirmation of 09/18/2026 gives the coverage start date as 10/01/2026; the
        enrollment request for 07/01/2026 was cancelled at her request on 06/24/2026, before it took effect.
      file: other/enrollment-confirmation-2026-09-18.txt
      page: 1
plan_policy:
  name: Heartland Rx Choice Step Therapy Criteria ST-FM-04, milnacipran
  number: ST-FM-04
  quote: >-
    Milnacipran is covered for fibromyalgia when the member has tried duloxetine and has tried pregabalin or
    gabapentin, or has a documented intolerance or contraindication to them.
  file: other/step-therapy-criteria-st-fm-04-excerpt.txt
  other_terms: >-
    Evidence of Coverage 2026, Chapter 5, Section 5.3 (transition supply): "During the first 90 days of your
    membership in the plan, if you were taking a drug that is not on our list or that has a restriction such as
    step therapy, we will cover a temporary supply of at least 30 days, unless the prescription is written for
    fewer days."
  other_terms_file: other/evidence-of-coverage-2026-chapter-5-excerpt.txt
  other_terms_apply: >-
    Her membership began 10/01/2026, so the fill of 11/20/2026 came on day 51 of her membership, within the first
    90 days, for a drug she had taken since 01/2024: the plan's own transition terms give her at least a 30-day
    supply while the exception is decided.
payer_criteria:
  - criterion: has tried duloxetine, or has a documented intolerance to it
    how_met: Duloxetine 30 mg then 60 mg, 03/2023-04/2023, stopped after 4 weeks for persistent nausea and drenching sweats (documented intolerance), paid by her former plan.
    met: true
    evidence:
      - {file: other/former-plan-pharmacy-claims-2023-2026.txt, page: 1}
      - {file: clinical/prescriber-supporting-statement-2026-11-22.txt, page: 1}
  - criterion: has tried pregabalin or gabapentin, or has a documented intolerance to them
    how_met: Pregabalin 300 mg a day, 06/2023-11/2023 (5 months), partial relief, stopped for leg edema and a 7 kg weight gain, paid by her former plan.
    met: true
    evidence:
      - {file: other/former-plan-pharmacy-claims-2023-2026.txt, page: 1}
      - {file: clinical/prescriber-supporting-statement-2026-11-22.txt, page: 1}
prescriber_statement:
  date: 2026-11-22
  quote: >-
    Duloxetine caused persistent nausea and drenching sweats within 4 weeks in 2023, and pregabalin 300 mg daily for
    5 months gave only partial relief and caused leg edema and a 7 kg weight gain. Milnacipran has controlled her
    fibromyalgia since 01/2024. The step drugs would be ineffective or harmful for her, and stopping milnacipran
    abruptly has already caused discontinuation symptoms and a flare.
  file: clinical/prescriber-supporting-statement-2026-11-22.txt
treatment:
  name: Milnacipran (Savella) 50 mg twice daily
  summary: >-
    Milnacipran has controlled her fibromyalgia since 01/2024 (FIQR 68 to 41); the step drugs were tried under her
    former plan, one not tolerated and one only partly effective and then not tolerated.
  plan: Milnacipran 50 mg twice daily, 60 tablets a month, continued; reviewed every 3 months.
clinical:
  severity: FIQR 41 on milnacipran (08/2026); pain 8/10 and dizziness after 2 days without it (11/22/2026)
  severity_date: 2026-11-22
  suicidality: none
  suicidality_date: 2026-11-22
  response: FIQR 68 before milnacipran (12/2023) to 41 on it (08/2026)
  response_level: response
  treating_since: 2021-06
  history:
    - drug: Duloxetine
      dose: 30 mg then 60 mg daily
      start: 2023-03
      end: 2023-04
      weeks: 4
      adequate: false
      outcome: Stopped after 4 weeks for persistent nausea and drenching sweats (intolerance)
      paid_outside: another plan
      evidence: {file: other/former-plan-pharmacy-claims-2023-2026.txt, page: 1}
    - drug: Pregabalin
      dose: 150 mg twice daily (300 mg a day)
      start: 2023-06
      end: 2023-11
      kind: other
      adequate: true
      response: partial
      failed: true
      outcome: Partial relief after 5 months; stopped for leg edema and a 7 kg weight gain
      paid_outside: another plan
      evidence: {file: other/former-plan-pharmacy-claims-2023-2026.txt, page: 1}
    - drug: Milnacipran
      dose: 50 mg twice daily
      start: 2024-01
      end: 2026-11
      kind: other
      response: response
      outcome: Controlled fibromyalgia (FIQR 68 to 41); supply ran out 11/20/2026 when the fill was refused
      paid_outside: another plan
      evidence: {file: other/former-plan-pharmacy-claims-2023-2026.txt, page: 1}
    - drug: Cyclobenzaprine
      dose: 5 mg at bedtime for sleep
      start: 2022-02
      ongoing: true
      kind: other
      outcome: Taken for sleep; not a step drug and not a trial
      evidence: {file: clinical/rheumatology-note-2026-11-22.txt, page: 1}
    - drug: Fluoxetine
      dose: 20 mg daily
      start: 2015-04
      end: 2016-05
      kind: antidepressant
      response: remission
      outcome: Earlier depressive episode after a bereavement; remission; not a fibromyalgia trial
      evidence: {file: clinical/rheumatology-note-2026-11-22.txt, page: 1}
urgency:
  reason: >-
    She has been without milnacipran since 11/20/2026; abrupt withdrawal of this drug has caused dizziness and
    irritability, and her fibromyalgia pain has risen to 8/10. Waiting up to 7 days for a standard decision could
    seriously jeopardize her health and her ability to function.
  certified_by: Samuel Achebe-Ritter, MD
author:
  name: Renée Obuya-Castell
  role: Prior authorization specialist, Ozark Rheumatology Associates (appointed representative)
  relation: representative
  authorization: other/appointment-of-representative-cms-1696-2026-11-22.txt
  address: |-
    Ozark Rheumatology Associates (FICTIONAL), 3300 South National Avenue, Suite 210
    Springfield, MO 65807
  phone: (417) 555-0164
  fax: (417) 555-0165
  email: priorauth@ozarkrheum.example
provider:
  name: Samuel Achebe-Ritter, MD
  credentials: MD, rheumatology
  npi: "1844172035"
  address: |-
    3300 South National Avenue, Suite 210
    Springfield, MO 65807
  phone: (417) 555-0164
record_dates:
  - file: clinical/prescriber-supporting-statement-2026-11-22.txt
    date: 2026-11-22
  - file: clinical/rheumatology-note-2026-11-22.txt
    date: 2026-11-22
copies: [prescriber]
bates_prefix: KALLAS
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/notice-of-denial-of-drug-coverage-2026-11-24.txt": """
MERIDALE PRESCRIPTION PLANS (FICTIONAL) - HEARTLAND RX CHOICE (PDP)
NOTICE OF DENIAL OF MEDICARE PRESCRIPTION DRUG COVERAGE                      Date of this notice: 11/24/2026
Member: Dorothea Kallas   Member ID FICT-HRX-40918273   Coverage determination CD-26-1121-30554
Drug: milnacipran (Savella) 50 mg tablets, 60 per 30 days. Prescriber: Samuel Achebe-Ritter, MD.
We denied your request. Reasons:
(1) Step therapy: milnacipran (Savella) is covered only after a trial of duloxetine and a trial of pregabalin or
gabapentin (ST-FM-04). Our records show no claims for these drugs in the past 365 days.
(2) Transition supply: you are not eligible for a transition supply. Your enrollment in this plan began 07/01/2026,
and the 90-day transition period ended 09/28/2026.
You have 65 days from the date of this notice to ask for a redetermination. If your doctor says waiting could
seriously harm your health, ask for a fast decision (72 hours). Fax (816) 555-0139.
""",
    "clinical/prescriber-supporting-statement-2026-11-22.txt": """
OZARK RHEUMATOLOGY ASSOCIATES (FICTIONAL) - PRESCRIBER SUPPORTING STATEMENT (Part D exception)   Date: 11/22/2026
Patient: Dorothea Kallas   DOB 05/19/1960   Prescriber: Samuel Achebe-Ritter, MD   Page 1 of 1
Request: exception to step therapy ST-FM-04 for milnacipran 50 mg twice daily; expedited.
Duloxetine caused persistent nausea and drenching sweats within 4 weeks in 2023, and pregabalin 300 mg daily for 5
months gave only partial relief and caused leg edema and a 7 kg weight gain. Milnacipran has controlled her
fibromyalgia since 01/2024. The step drugs would be ineffective or harmful for her, and stopping milnacipran abruptly
has already caused discontinuation symptoms and a flare. Applying the standard timeframe could seriously jeopardize
her health.
""",
    "clinical/rheumatology-note-2026-11-22.txt": """
OZARK RHEUMATOLOGY ASSOCIATES (FICTIONAL) - URGENT VISIT                                 Date: 11/22/2026
Patient: Dorothea Kallas   DOB 05/19/1960   Physician: Samuel Achebe-Ritter, MD   Page 1 of 1
Fibromyalgia (M79.7) since 2021. On milnacipran 50 mg twice daily since 01/2024 (FIQR 68 in 12/2023, 41 in
08/2026). Last supply, a 90-day mail-order fill of 08/22/2026 under her former employer plan, ran out 11/20/2026;
the new plan refused the fill. Two days off it: dizziness, irritability, pain 8/10. No suicidal ideation.
Other medicines: cyclobenzaprine 5 mg at bedtime for sleep since 02/2022.
Past: duloxetine 2023 (4 weeks, nausea and sweats); pregabalin 06/2023-11/2023 (partial, edema, weight gain);
fluoxetine 20 mg 2015-2016 for a depressive episode after her sister's death, remission.
""",
    "denial/pharmacy-rejection-2026-11-20.txt": """
PRAIRIE STREET PHARMACY (FICTIONAL) - CLAIM REJECTION PRINTOUT                           Date: 11/20/2026
Patient: Dorothea Kallas   Plan: Heartland Rx Choice (PDP)   Rx milnacipran 50 mg #60
Reject 75: prior authorization required (step therapy). Transition fill: not eligible (plan message).
""",
    "other/enrollment-confirmation-2026-09-18.txt": """
MERIDALE PRESCRIPTION PLANS (FICTIONAL) - CONFIRMATION OF ENROLLMENT                      Date: 09/18/2026
To: Dorothea Kallas, 1188 Cherry Blossom Lane, Springfield, MO 65804   Page 1 of 1
Welcome to Heartland Rx Choice (PDP). Your coverage is effective 10/01/2026. Member ID FICT-HRX-40918273.
Enrollment period: special enrollment period, loss of employer coverage (employer coverage ended 09/30/2026).
""",
    "other/enrollment-cancellation-2026-06-24.txt": """
MERIDALE PRESCRIPTION PLANS (FICTIONAL) - CANCELLATION OF ENROLLMENT REQUEST             Date: 06/24/2026
To: Dorothea Kallas   Page 1 of 1
Your enrollment request for coverage beginning 07/01/2026 has been cancelled at your request. You will not be
enrolled in Heartland Rx Choice (PDP) on 07/01/2026.
""",
    "other/evidence-of-coverage-2026-chapter-5-excerpt.txt": """
HEARTLAND RX CHOICE (PDP) (FICTIONAL) - EVIDENCE OF COVERAGE 2026, CHAPTER 5 (excerpt)          Page 74
Section 5.3 Transition supply
During the first 90 days of your membership in the plan, if you were taking a drug that is not on our list or that
has a restriction such as step therapy, we will cover a temporary supply of at least 30 days, unless the
prescription is written for fewer days.
""",
    "other/step-therapy-criteria-st-fm-04-excerpt.txt": """
HEARTLAND RX CHOICE (PDP) (FICTIONAL) - STEP THERAPY CRITERIA ST-FM-04 (2026)                  Page 1 of 1
Milnacipran is covered for fibromyalgia when the member has tried duloxetine and has tried pregabalin or
gabapentin, or has a documented intolerance or contraindication to them.
""",
    "other/former-plan-pharmacy-claims-2023-2026.txt": """
OZARK MUTUAL EMPLOYEE HEALTH PLAN (FICTIONAL) - PHARMACY CLAIMS HISTORY (household account)   Printed 11/23/2026
Subscriber: Dorothea Kallas (coverage ended 09/30/2026)   Page 1 of 1
03/08/2023  Dorothea Kallas   duloxetine 30 mg #7, then 60 mg #30 (04/02/2023)      paid by plan
06/05/2023  Dorothea Kallas   pregabalin 150 mg #60, monthly through 10/30/2023       paid by plan
01/09/2024  Dorothea Kallas   milnacipran 50 mg #60, monthly, then 90-day mail order  paid by plan
08/22/2026  Dorothea Kallas   milnacipran 50 mg #180 (90 days, mail order)            paid by plan
09/02/2026  Leonidas Kallas   lisinopril 10 mg #90 (spouse)                            paid by plan
""",
    "other/appointment-of-representative-cms-1696-2026-11-22.txt": """
APPOINTMENT OF REPRESENTATIVE (form CMS-1696, as completed; FICTIONAL)                    Signed 11/22/2026
Beneficiary: Dorothea Kallas   Medicare number: FICT-MBI-4KX7-RT2-PQ81
I appoint Renée Obuya-Castell, prior authorization specialist, Ozark Rheumatology Associates, to act for me in my
Part D coverage determination and appeals about milnacipran. Signed: Dorothea Kallas. Accepted: Renée Obuya-Castell.
""",
    "other/medication-list-2022-stale.txt": """
OZARK FAMILY MEDICINE (FICTIONAL) - MEDICATION LIST                                       Date: 03/14/2022
Patient: Dorothea Kallas
gabapentin 300 mg three times daily (sciatica, started 02/2022); cyclobenzaprine 5 mg at bedtime.
[Old list: gabapentin was taken for sciatica for about two months in 2022, not for fibromyalgia.]
""",
}

TRUTH = """# 02 - Part D PDP: milnacipran for fibromyalgia refused by step therapy and a transition supply "expired" on a cancelled enrollment date; expedited redetermination by the rheumatology practice's PA specialist (FICTIONAL)

All people, plans, pharmacies, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Dorothea Kallas, 66 (DOB 05/19/1960), fibromyalgia (M79.7), has taken **milnacipran 50 mg twice daily since
  01/2024** (FIQR 68 -> 41), paid by her former employer plan (Ozark Mutual), which ended **09/30/2026**. She joined
  **Heartland Rx Choice (PDP)** effective **10/01/2026** (confirmation of 09/18/2026). A 07/01/2026 enrollment was
  **cancelled at her request on 06/24/2026** and never took effect.
- Her last supply (90-day mail order of 08/22/2026) ran out 11/20/2026; the pharmacy fill of **11/20/2026** was
  rejected. Coverage determination **CD-26-1121-30554**, notice of **11/24/2026**: (1) step therapy ST-FM-04, "no
  claims for these drugs in the past 365 days"; (2) "enrollment ... began 07/01/2026 ... transition period ended
  09/28/2026" - wrong: the fill came on **day 51** of her membership.
- Trials outside this plan (paid by her former plan): **duloxetine 2023, 4 weeks, stopped for nausea and drenching
  sweats** (intolerance); **pregabalin 300 mg/day for 5 months, partial, stopped for edema and a 7 kg gain**. ST-FM-04
  itself accepts "a documented intolerance or contraindication". The prescriber's supporting statement of 11/22/2026
  is enclosed.
- **Rules:** Part D redetermination within 65 days of the notice (423.582(b)): **by 01/28/2027**; expedited (423.584)
  decided within 72 hours because the prescriber says waiting could seriously jeopardize her health; standard would
  be 7 days. Exception to step therapy on the prescriber's statement: **42 CFR 423.578(b)**. Transition supply in a
  new enrollee's first 90 days: **42 CFR 423.120(b)(3)** and the plan's own EOC Chapter 5, Section 5.3. Next level:
  the independent review entity.
- **Author:** the practice's prior authorization specialist, appointed on CMS-1696; writes about "Mrs. Kallas".

### Expected answers
{ANSWERS}

## Deliberately unknown
- Why the plan's system kept the cancelled 07/01/2026 date: unknown; the letter may ask it to correct the record.
- Whether she has samples or paid cash since 11/20/2026: not in the case; a letter must not say she has a supply.
- The price of the drug: not in the case.

## Traps
- **Date, not medicine:** the transition period is counted from 10/01/2026 (the confirmation), not 07/01/2026.
- **Trials paid outside the plan** are trials; "no claims in our records" is true of this plan only.
- **Intolerance vs. failure:** duloxetine (4 weeks) was not tolerated - not an adequate failed trial; pregabalin was
  adequate with partial relief, then stopped for side effects.
- **Stale document:** the 2022 medication list shows gabapentin - for sciatica, two months; not a fibromyalgia trial.
- **Other person on a document:** the household claims list shows her husband's lisinopril.
- **Sleep dose:** cyclobenzaprine 5 mg at bedtime is not a step drug.
- **Earlier episode:** fluoxetine 2015-2016 for depression (remission) is not a fibromyalgia trial or failure.
- **Milnacipran worked** (response): never "failed milnacipran"; it is the drug requested.
- **Wrong law:** no ERISA, no 45 CFR 147.136, no MHPAEA, no external review by a state; no Medicare Advantage
  citations (422.x).

## Arguments a strong letter makes (strongest first)
1. The transition ground rests on a wrong date: coverage began 10/01/2026 (enrollment confirmation; the 07/01/2026
   request was cancelled 06/24/2026); the 11/20/2026 fill was on day 51, inside the first 90 days, for a drug she
   was already taking. Under EOC 5.3 and 42 CFR 423.120(b)(3) a temporary supply of at least 30 days is owed now;
   correct the enrollment record.
2. Grant the step-therapy exception (42 CFR 423.578(b)) on the prescriber's statement: duloxetine not tolerated,
   pregabalin only partly effective and then not tolerated - which ST-FM-04's own words accept - shown by the former
   plan's claims history (trials paid outside this plan).
3. Decide within 72 hours: the prescriber certifies harm from waiting (withdrawal symptoms, flare).

## What a letter must NOT say
- "enrolled 07/01/2026"; "the transition period ended"; "no trials".
- "failed duloxetine after an adequate trial"; "gabapentin trial" for fibromyalgia; "failed milnacipran";
  cyclobenzaprine or fluoxetine as a step; "lisinopril"/"Leonidas".
- "ERISA", "45 CFR 147.136", "MHPAEA"/"parity", "42 CFR 422", "external review" by the state.
- "she has a supply", any price.
"""

ANSWERS = [
    ("Plan type", "medicare_part_d", "case.yaml"),
    ("Date of the notice", "Date of this notice: 11/24/2026", "denial/notice-of-denial-of-drug-coverage-2026-11-24.txt"),
    ("When her coverage began", "Your coverage is effective 10/01/2026", "other/enrollment-confirmation-2026-09-18.txt"),
    ("The date the plan used", "Your enrollment in this plan began 07/01/2026", "denial/notice-of-denial-of-drug-coverage-2026-11-24.txt"),
    ("What happened to the 07/01/2026 enrollment", "has been cancelled at your request", "other/enrollment-cancellation-2026-06-24.txt"),
    ("Date of the refused fill", "Date: 11/20/2026", "denial/pharmacy-rejection-2026-11-20.txt"),
    ("Which day of membership the fill fell on", "day 51", "truth"),
    ("The plan's own transition terms", "During the first 90 days of your membership in the plan", "other/evidence-of-coverage-2026-chapter-5-excerpt.txt"),
    ("Transition regulation", "42 CFR 423.120(b)(3)", "truth"),
    ("Why duloxetine stopped", "persistent nausea and drenching sweats", "clinical/prescriber-supporting-statement-2026-11-22.txt"),
    ("Length of the pregabalin trial", "pregabalin 300 mg daily for 5 months", "clinical/prescriber-supporting-statement-2026-11-22.txt"),
    ("Who paid the earlier trials", "OZARK MUTUAL EMPLOYEE HEALTH PLAN", "other/former-plan-pharmacy-claims-2023-2026.txt"),
    ("Exception rule", "42 CFR 423.578(b)", "truth"),
    ("Last day to ask", "by 01/28/2027", "truth"),
    ("Another person on the claims list", "Leonidas Kallas   lisinopril", "other/former-plan-pharmacy-claims-2023-2026.txt"),
    ("Sleep dose, not a step", "cyclobenzaprine 5 mg at bedtime for sleep", "clinical/rheumatology-note-2026-11-22.txt"),
]
