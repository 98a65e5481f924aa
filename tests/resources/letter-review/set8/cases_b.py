# FICTIONAL test data for letter-review blind set 8 (cases 05-08). Every person, plan, clinic and number is invented.
# Read by make_set.py; same shape as cases_a.py.

CASES = []

# ---------------------------------------------------------------------------------------------------------------
# 05 Medicare Part D: non-formulary cariprazine (augmentation) denied; formulary alternatives were tried and paid
#    outside the plan (discount card); the requested drug worked on samples. The member writes her redetermination.
# ---------------------------------------------------------------------------------------------------------------
CASES.append(dict(
slug="05-part-d-cariprazine-formulary-exception-patient",
yaml="""\
# FICTIONAL CASE (set 8, case 05) - every person, plan, number and address is invented.
# Medicare Part D plan refused a formulary exception for cariprazine (Vraylar), an add-on to duloxetine: "formulary
# alternatives aripiprazole and quetiapine ER; no claims history". Both were tried, paid with a discount card outside
# the plan; cariprazine samples brought a response. The member writes the redetermination request herself.
patient:
  name: Harriet Solveig Amundsen-Pryce
  salutation: Mrs. Amundsen-Pryce
  date_of_birth: April 30, 1956
  member_id: LKR-FICT-S5512-60448
  address: |-
    2207 Foxglove Terrace
    Larkspur Falls, MN 55999
  phone: (218) 555-0151
  email: hsap@lakesmail.example
insurer:
  name: Lakeridge Rx Medicare Prescription Drug Plan (PDP) (FICTIONAL)
  appeals_address: |-
    Lakeridge Rx, Part D Redeterminations
    PO Box 91530
    St. Paul, MN 55191-1530
  fax: (651) 555-0166
claim:
  number: LKR-CD-2026-1106-10933
  plan_type: medicare_part_d
  notice_date: November 6, 2026
  diagnosis_codes: [F33.1]
  denial_reason: >-
    Vraylar (cariprazine) is not on our Drug List (formulary). We cover the formulary alternatives aripiprazole
    and quetiapine extended-release. Your prescriber's statement did not explain why the formulary alternatives
    would not be as effective for you or would cause adverse effects. Our records show no claims for aripiprazole
    or quetiapine extended-release under your plan.
  denial_category: not_covered
  action: none
  appeal_deadline: January 10, 2027
  deadline_basis: >-
    Stated in the notice: "You must request a redetermination within 65 days from the date of this notice."
plan_policy:
  name: Lakeridge Rx 2026 Evidence of Coverage, Chapter 9, section 6 (formulary exceptions)
  quote: >-
    If a drug is not on our Drug List, you can ask us to make an exception and cover it. Your prescriber must give
    us a statement that explains the medical reasons for the exception: that the drugs on our Drug List for your
    condition would not be as effective for you, would have adverse effects for you, or both.
  exception: >-
    We will approve your request for an exception when the alternative drugs on our Drug List would not be as
    effective for you or would cause you adverse effects, and the drug is otherwise covered under Part D.
  file: other/lakeridge-evidence-of-coverage-2026-excerpt.txt
record_dates:
  - file: other/prescriber-supporting-statement-2026-11-20.txt
    date: 2026-11-20
  - file: clinical/pharmacy-discount-card-fill-history.txt
    date: 2026-11-18
treatment:
  name: Vraylar (cariprazine)
  summary: >-
    Cariprazine 1.5 mg daily added to duloxetine for recurrent major depression, after two formulary add-on drugs
    could not be continued.
  alongside: duloxetine 90 mg daily, continued
author:
  name: Harriet Solveig Amundsen-Pryce
  role: Member (the patient)
  relation: patient
provider:
  name: Ansel Kristoffersen-Diaz
  credentials: MD, psychiatrist
  npi: "1730216649"
  phone: (218) 555-0158
  address: |-
    North Shore Geriatric Psychiatry, 40 Lighthouse Point Road
    Larkspur Falls, MN 55999
clinical:
  episode_onset: July 2024
  severity: PHQ-9 21 on September 14, 2026; PHQ-9 12 on October 12, 2026 (on cariprazine); PHQ-9 17 on November 16, 2026 (off it)
  severity_date: 2026-11-16
  suicidality: none
  suicidality_date: 2026-11-16
  history:
    - drug: Quetiapine (for sleep)
      kind: other
      dose: 25 mg at bedtime
      start: 2023-01
      end: 2023-06
      outcome: Hypnotic dose for insomnia before this episode; not an antidepressant or add-on trial
      adequate: false
    - drug: Escitalopram
      dose: 10 to 20 mg daily
      start: 2024-08-05
      end: 2024-12-16
      outcome: Partial response only after 19 weeks
      response: partial
      evidence: {file: other/prescriber-supporting-statement-2026-11-20.txt, page: 1}
    - drug: Duloxetine
      dose: 60 to 90 mg daily
      start: 2025-01-06
      end: 2025-05-19
      ongoing: true
      outcome: Partial response only; continued as the base antidepressant
      response: partial
      evidence: {file: other/prescriber-supporting-statement-2026-11-20.txt, page: 1}
    - drug: Aripiprazole (augmenting duloxetine)
      kind: augmentation
      dose: 2 to 5 mg daily
      start: 2025-06-02
      end: 2025-06-24
      outcome: Stopped after about three weeks for akathisia; not tolerated
      adequate: false
      failed: true
      paid_outside: SaveWell Rx discount card (FICTIONAL), not billed to the plan
      evidence: {file: clinical/pharmacy-discount-card-fill-history.txt, page: 1}
    - drug: Quetiapine extended-release (augmenting duloxetine)
      kind: augmentation
      dose: 150 mg at bedtime
      start: 2026-02-09
      end: 2026-04-20
      outcome: Partial response only after 10 weeks; stopped for 6 kg weight gain and HbA1c rising from 5.9 to 6.4 percent
      response: partial
      paid_outside: SaveWell Rx discount card (FICTIONAL), not billed to the plan
      evidence: {file: clinical/pharmacy-discount-card-fill-history.txt, page: 1}
    - drug: Cariprazine (samples)
      kind: augmentation
      dose: 1.5 mg daily
      start: 2026-09-14
      end: 2026-10-12
      outcome: Response (PHQ-9 21 to 12) on four weeks of samples; stopped when the samples ran out
      response: response
      failed: false
      paid_outside: prescriber's samples
      evidence: {file: other/prescriber-supporting-statement-2026-11-20.txt, page: 1}
bates_prefix: AMUNDSENPRYCE
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
docs={
"denial/notice-of-denial-of-medicare-prescription-drug-coverage-2026-11-06.txt": """\
LAKERIDGE RX MEDICARE PRESCRIPTION DRUG PLAN (FICTIONAL)   S5512-004
NOTICE OF DENIAL OF MEDICARE PRESCRIPTION DRUG COVERAGE

Date: November 6, 2026
Enrollee: Harriet S. Amundsen-Pryce          Member ID: LKR-FICT-S5512-60448
Case number: LKR-CD-2026-1106-10933
Drug: Vraylar (cariprazine) 1.5 mg capsule, 30 per 30 days
Prescriber: Ansel Kristoffersen-Diaz, MD

We denied your request for the drug listed above because:
Vraylar (cariprazine) is not on our Drug List (formulary). We cover the formulary alternatives aripiprazole and
quetiapine extended-release. Your prescriber's statement did not explain why the formulary alternatives would
not be as effective for you or would cause adverse effects. Our records show no claims for aripiprazole or
quetiapine extended-release under your plan.

You have the right to ask us to review (redetermine) our decision. You must request a redetermination within
65 days from the date of this notice. Standard requests are decided within 7 days; if waiting could seriously
harm your health, you or your prescriber can ask for a fast (expedited) decision within 72 hours.
Mail: Part D Redeterminations, PO Box 91530, St. Paul, MN 55191-1530. Fax: (651) 555-0166.
""",
"clinical/pharmacy-discount-card-fill-history.txt": """\
BIRCHWOOD COMMUNITY PHARMACY (FICTIONAL)  -  Patient fill history printed 11/18/2026
Patient: AMUNDSEN-PRYCE, HARRIET S   DOB 04/30/1956

Page 1
Fill date   Drug                         Qty  Days  Paid by                           Patient paid
06/02/2025  ARIPIPRAZOLE 2 MG TAB         14   14   SAVEWELL RX DISCOUNT CARD         $9.40
06/16/2025  ARIPIPRAZOLE 5 MG TAB         14   14   SAVEWELL RX DISCOUNT CARD         $11.10
  06/24/2025 RPh note: pt reports restlessness/akathisia; prescriber stopped aripiprazole.
02/09/2026  QUETIAPINE ER 150 MG TAB      30   30   SAVEWELL RX DISCOUNT CARD         $18.75
03/09/2026  QUETIAPINE ER 150 MG TAB      30   30   SAVEWELL RX DISCOUNT CARD         $18.75
04/06/2026  QUETIAPINE ER 150 MG TAB      14   14   SAVEWELL RX DISCOUNT CARD         $9.80
  Discount-card claims are not sent to the Part D plan and do not appear in its claims history.
Ongoing: DULOXETINE 30 MG CAP x3 daily - billed to Lakeridge Rx (Part D).
FICTIONAL DOCUMENT.
""",
"other/prescriber-supporting-statement-2026-11-20.txt": """\
NORTH SHORE GERIATRIC PSYCHIATRY (FICTIONAL)
PRESCRIBER SUPPORTING STATEMENT FOR A FORMULARY EXCEPTION          November 20, 2026
Patient: Harriet S. Amundsen-Pryce, DOB 04/30/1956, Lakeridge Rx ID LKR-FICT-S5512-60448
Drug requested: cariprazine (Vraylar) 1.5 mg daily, adjunct to duloxetine 90 mg, recurrent MDD (F33.1)

Page 1
The formulary alternatives have both been tried and would not be as effective and/or would cause adverse effects:
1. Aripiprazole 2 -> 5 mg, 06/02/2025-06/24/2025: akathisia within three weeks; stopped. Not tolerated.
2. Quetiapine ER 150 mg, 02/09/2026-04/20/2026 (10 weeks): partial response only; weight gain of 6 kg and HbA1c
   5.9 -> 6.4% (prediabetes). Stopped; re-trial is contraindicated by her metabolic risk.
Both were paid with a discount card, so the plan has no claims for them; the pharmacy history is enclosed.
Antidepressants in this episode (onset 07/2024): escitalopram 10 -> 20 mg 08/05/2024-12/16/2024, partial response
only; duloxetine 60 -> 90 mg since 01/06/2025, partial response, continued.
Cariprazine 1.5 mg from samples 09/14/2026-10/12/2026: PHQ-9 21 -> 12. Samples ran out; PHQ-9 17 on 11/16/2026.
No suicidal ideation (11/16/2026). Earlier: quetiapine 25 mg at bedtime in 2023 for sleep only (not a trial).
The first exception request of 10/30/2026 used the plan's check-box form without these details.
Signed: Ansel Kristoffersen-Diaz, MD
FICTIONAL DOCUMENT.
""",
"other/lakeridge-evidence-of-coverage-2026-excerpt.txt": """\
LAKERIDGE RX (FICTIONAL) - 2026 EVIDENCE OF COVERAGE, CHAPTER 9 (excerpt, section 6)

If a drug is not on our Drug List, you can ask us to make an exception and cover it. Your prescriber must give us
a statement that explains the medical reasons for the exception: that the drugs on our Drug List for your
condition would not be as effective for you, would have adverse effects for you, or both.

We will approve your request for an exception when the alternative drugs on our Drug List would not be as
effective for you or would cause you adverse effects, and the drug is otherwise covered under Part D.
FICTIONAL DOCUMENT.
""",
},
truth="""\
# 05 - Part D, non-formulary cariprazine; alternatives tried outside the plan; the member writes (FICTIONAL)

All people, plans, numbers and addresses are invented.

## What is true
- Harriet Amundsen-Pryce, 70, stand-alone Medicare Part D plan. Coverage determination of 2026-11-06 refused a
  **formulary exception** for cariprazine 1.5 mg (add-on to duloxetine): "formulary alternatives aripiprazole and
  quetiapine ER; the prescriber's statement did not explain...; no claims history".
- Both alternatives were tried, **paid with a discount card outside the plan** (pharmacy history printed
  2026-11-18): aripiprazole stopped in three weeks for akathisia (not tolerated); quetiapine ER 150 mg for 10 weeks,
  partial response, stopped for weight gain and rising HbA1c. The detailed prescriber supporting statement is
  dated **2026-11-20, after the denial**: the plan never saw it.
- Cariprazine samples (4 weeks) brought a response (PHQ-9 21 -> 12); off it, PHQ-9 17 (2026-11-16).
- Rule: a formulary exception is granted when the prescriber's statement shows the formulary alternatives would
  not be as effective or would have adverse effects (42 CFR 423.578(b), statement (b)(5)). Redetermination
  window **65 days from the notice date** (423.582(b)): 2027-01-10. Standard redetermination decided within 7 days
  (423.590(a)); expedited 72 hours on request (423.584/423.590(d)). Next level: the IRE (423.600).
- Author: the member herself ("I").

## Deliberately unknown
- Whether a tiering exception would also be needed once the drug is covered (cost sharing tier is not stated).
- Whether the plan would ask for a new prescription quantity (not raised).

## Traps
- Voice: the patient signs; the letter says "I", never "Mrs. Amundsen-Pryce has failed...".
- Trials paid outside the plan (discount card) are trials: "no claims history" is not evidence they did not happen.
- Aripiprazole (3 weeks) is **not** an adequate trial; it was **not tolerated**. The letter must not call it an
  adequate failed trial; intolerance ("adverse effects") is exactly the exception ground.
- Cariprazine samples are a **response** to the requested drug, not a failed trial.
- Quetiapine 25 mg at bedtime in 2023 is a sleep dose before this episode, not the quetiapine ER trial.
- No parity argument (MHPAEA does not apply to Part D); no ERISA; no "medical necessity reviewer" duty; no
  state external review; not "60 days after receipt".
- "No suicidal ideation": no suicidality paragraph.
- This is not step therapy and not an exclusion of the drug from Part D: the drug is simply non-formulary.

## Arguments a strong letter makes
1. The formulary alternatives were both tried and caused adverse effects or were not effective (pharmacy history
   and the prescriber's statement, which is dated after the decision and was never before the reviewer); this is
   the ground for a formulary exception under the plan's Evidence of Coverage and 42 CFR 423.578(b).
2. The requested drug already worked (samples): PHQ-9 21 -> 12, and relapse to 17 off it.
3. Ask for a redetermination approving the exception (standard 7 days, or expedited if the prescriber asks).

## What a letter must NOT say
- "Mrs. Amundsen-Pryce has failed" (third person by the signer), "aripiprazole was an adequate trial",
  "cariprazine failed", "quetiapine 25 mg trial", "mental health parity"/"MHPAEA", "ERISA", "60 days after
  receipt", "step therapy", "suicidal ideation", "the plan never tried" / "no trials were made".
""",
checks=[
  ("denial/notice-of-denial-of-medicare-prescription-drug-coverage-2026-11-06.txt", "Our records show no claims for aripiprazole or\nquetiapine extended-release under your plan."),
  ("denial/notice-of-denial-of-medicare-prescription-drug-coverage-2026-11-06.txt", "You must request a redetermination within\n65 days from the date of this notice."),
  ("clinical/pharmacy-discount-card-fill-history.txt", "Discount-card claims are not sent to the Part D plan"),
  ("clinical/pharmacy-discount-card-fill-history.txt", "pt reports restlessness/akathisia"),
  ("other/prescriber-supporting-statement-2026-11-20.txt", "Cariprazine 1.5 mg from samples 09/14/2026-10/12/2026: PHQ-9 21 -> 12."),
  ("other/prescriber-supporting-statement-2026-11-20.txt", "5.9 -> 6.4%"),
  ("other/prescriber-supporting-statement-2026-11-20.txt", "quetiapine 25 mg at bedtime in 2023 for sleep only"),
  ("other/prescriber-supporting-statement-2026-11-20.txt", "No suicidal ideation (11/16/2026)."),
  ("other/lakeridge-evidence-of-coverage-2026-excerpt.txt", "would not be as\neffective for you or would cause you adverse effects"),
],
))

# ---------------------------------------------------------------------------------------------------------------
# 06 Medicaid managed care, adult, IV ketamine denied as investigational (the policy names it); plan appeal upheld;
#    legal-aid representative requests the state fair hearing (120 days from the notice of resolution).
# ---------------------------------------------------------------------------------------------------------------
CASES.append(dict(
slug="06-medicaid-mco-adult-ketamine-experimental-fair-hearing",
yaml="""\
# FICTIONAL CASE (set 8, case 06) - every person, plan, number and address is invented.
# Medicaid managed care plan denied IV ketamine for an adult as investigational under a policy that names it; the
# plan appeal was upheld on September 28, 2026; a legal-aid paralegal, his authorized representative, requests
# the state fair hearing.
template: external-review-request
patient:
  name: Marcus Delacroix-Ybarra
  salutation: Mr. Delacroix-Ybarra
  date_of_birth: October 3, 1992
  member_id: SCH-FICT-WA-0077318
  address: |-
    1514 Kelp Landing Road, Unit 6
    Port Alder, WA 98999
  phone: (360) 555-0119
insurer:
  name: Salish Coast Health Plan, a Medicaid managed care plan (FICTIONAL)
  appeals_address: |-
    Salish Coast Health Plan, Appeals
    PO Box 4410
    Tacoma, WA 98401-4410
  fax: (253) 555-0190
claim:
  number: SCH-PA-26-0811-K0192
  plan_type: medicaid
  delivery: managed_care
  notice_date: August 14, 2026
  procedure_codes: [96365, J3490]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    Your provider asked for intravenous ketamine infusions (6 infusions) for depression. This service is denied.
    Salish Coast Medical Policy MP-BH-031 considers intravenous ketamine for depression and other psychiatric
    conditions experimental and investigational because it is not approved by the FDA for these uses.
  denial_category: experimental_investigational
  action: none
decisions:
  - date: 2026-09-28
    outcome: denied
    stage: plan appeal (notice of appeal resolution)
    opens: state fair hearing
    next_deadline: 2027-01-26
    reason: >-
      After review by a board-certified psychiatrist, we are upholding our decision. Intravenous ketamine remains
      investigational for treatment-resistant depression under Medical Policy MP-BH-031.
external_review:
  agency: Office of Administrative Hearings (state Medicaid fair hearings) (FICTIONAL address)
  address: |-
    Office of Administrative Hearings - Medicaid Hearings
    PO Box 42489 (FICTIONAL)
    Olympia, WA 98504
  final_denial_date: 2026-09-28
plan_policy:
  name: Salish Coast Medical Policy MP-BH-031, Ketamine and Esketamine for Psychiatric Conditions
  number: MP-BH-031
  quote: >-
    3.1 Intravenous ketamine infusion for depression, including treatment-resistant depression, and for other
    psychiatric conditions is considered experimental and investigational and is not covered.
  medical_necessity_definition: >-
    Medically necessary: a requested service that is reasonably calculated to prevent, diagnose, correct, cure,
    alleviate or prevent worsening of conditions that endanger life, cause suffering or pain, or threaten to cause
    or aggravate a handicap, and there is no other equally effective, more conservative or substantially less
    costly course of treatment available or suitable for the client.
  comparator:
    name: Salish Coast Medical Policy MP-RX-002, Off-Label Use of FDA-Approved Drugs
    quote: >-
      An FDA-approved drug used for an indication not on its label is covered when the use is supported by a
      recognized compendium or by at least two articles from major peer-reviewed journals.
    file: other/salish-coast-policies-excerpt.txt
  file: other/salish-coast-policies-excerpt.txt
treatment:
  name: IV ketamine infusions
  summary: Six intravenous ketamine infusions over three weeks for treatment-resistant depression.
  setting: Sound Harbor Interventional Psychiatry, an outpatient infusion clinic (FICTIONAL)
  monitoring: continuous pulse oximetry and blood pressure every 15 minutes; 60 minutes of observation after each infusion
  alongside: nortriptyline 75 mg daily, continued
  plan: 0.5 mg/kg over 40 minutes, twice weekly for three weeks; MADRS at baseline and after infusion 6
author:
  name: Naomi Featherstone-Okeke
  role: Paralegal and authorized hearing representative, Northsound Legal Aid Collaborative (FICTIONAL)
  relation: representative
  authorization: other/hearing-representative-authorization.txt
  address: |-
    Northsound Legal Aid Collaborative
    220 Pier Street, Suite 5
    Port Alder, WA 98999
  phone: (360) 555-0124
  email: nfeatherstone@northsound-legal.example
provider:
  name: Viktor Amaral-Sundqvist
  credentials: MD, psychiatrist
  npi: "1922053313"
  phone: (360) 555-0127
clinical:
  episode_onset: January 2025
  severity: MADRS 36 on August 5, 2026; MADRS 35 on November 12, 2026
  severity_date: 2026-11-12
  suicidality: passive
  suicidality_date: 2026-08-05
  exclusions: >-
    August 5, 2026: opioid use disorder in sustained remission since 2021 on buprenorphine 8 mg daily (the infusion
    clinic's protocol accepts it with its prescriber's agreement); no psychosis; BP 124/78; no uncontrolled
    hypertension
  history:
    - drug: Fluoxetine
      dose: 40 mg daily
      start: 2025-01-20
      end: 2025-04-07
      outcome: No response after 11 weeks
      response: none
      evidence: {file: clinical/psychiatry-records-2025-2026.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 225 mg daily
      start: 2025-04-14
      end: 2025-07-07
      outcome: Partial response only after 12 weeks
      response: partial
      evidence: {file: clinical/psychiatry-records-2025-2026.txt, page: 1}
    - drug: Bupropion XL (augmenting venlafaxine)
      kind: augmentation
      dose: 300 mg daily
      start: 2025-05-12
      end: 2025-07-07
      outcome: No response after 8 weeks
      response: none
      evidence: {file: clinical/psychiatry-records-2025-2026.txt, page: 1}
    - drug: Cognitive behavioral therapy
      kind: psychotherapy
      dose: 12 sessions
      sessions: 12
      adequate: true
      start: 2025-03
      end: 2025-06
      outcome: Completed 12 sessions without meaningful improvement
      response: none
      evidence: {file: clinical/psychiatry-records-2025-2026.txt, page: 1}
    - drug: Nortriptyline
      dose: 75 mg daily (level 95 ng/mL)
      start: 2025-08-04
      end: 2025-10-06
      ongoing: true
      outcome: No response after 9 weeks at a therapeutic level; continued at the prescriber's advice
      response: none
      evidence: {file: clinical/psychiatry-records-2025-2026.txt, page: 1}
    - drug: Spravato (esketamine), three sessions
      kind: other
      dose: 56 mg, three sessions
      start: 2026-02-10
      end: 2026-02-17
      outcome: Stopped after three sessions when the only REMS clinic reachable by transit closed; not an adequate trial and no failure
      adequate: false
      evidence: {file: clinical/psychiatry-records-2025-2026.txt, page: 2}
alternatives:
  - treatment: ECT
    why_not: >-
      Offered in March 2026; declined after an informed discussion because of the memory demands of his job as a
      warehouse inventory lead (records, page 2)
bates_prefix: DELACROIXYBARRA
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
literature:
  - id: anand-2023
  - id: murrough-2013
""",
docs={
"denial/notice-of-adverse-benefit-determination-2026-08-14.txt": """\
SALISH COAST HEALTH PLAN (FICTIONAL) - Apple-green card Medicaid managed care
NOTICE OF ADVERSE BENEFIT DETERMINATION                 August 14, 2026

To: Marcus Delacroix-Ybarra     ProviderOne/plan ID: SCH-FICT-WA-0077318     Ref: SCH-PA-26-0811-K0192

Your provider asked for intravenous ketamine infusions (6 infusions) for depression. This service is denied.
Salish Coast Medical Policy MP-BH-031 considers intravenous ketamine for depression and other psychiatric
conditions experimental and investigational because it is not approved by the FDA for these uses.

You may appeal to the plan within 60 calendar days of the date of this notice.
""",
"denial/notice-of-appeal-resolution-2026-09-28.txt": """\
Salish Coast Health Plan - Appeals (FICTIONAL)
NOTICE OF APPEAL RESOLUTION

Date of notice: September 28, 2026        (envelope postmarked October 1, 2026)
Member: Marcus Delacroix-Ybarra, ID SCH-FICT-WA-0077318      Appeal #: SCH-AP-26-0902-0441

After review by a board-certified psychiatrist, we are upholding our decision. Intravenous ketamine remains
investigational for treatment-resistant depression under Medical Policy MP-BH-031.

YOUR RIGHT TO A STATE FAIR HEARING: If you disagree, you may ask for a hearing with the Office of Administrative
Hearings no later than 120 calendar days from the date of this notice. You may have a lawyer, a friend or other
representative help you.
""",
"clinical/psychiatry-records-2025-2026.txt": """\
SOUND HARBOR COMMUNITY MENTAL HEALTH (FICTIONAL) - psychiatry record excerpts
Pt: Delacroix-Ybarra, Marcus   DOB 10/03/1992

Page 1
Hx: MDD recurrent. 2019 episode: suicide attempt (overdose) 2019, inpatient; remitted on sertraline (2019-2021).
OUD in sustained remission since 2021 on buprenorphine 8 mg/day. No other SUD.
Current episode since 01/2025:
  fluoxetine 40 mg 01/20/25-04/07/25 ........ no response (11 wks)
  venlafaxine XR 225 mg 04/14/25-07/07/25 ... partial response only (12 wks)
  + bupropion XL 300 mg 05/12/25-07/07/25 ... no response (8 wks)
  CBT 03/2025-06/2025, 12 sessions .......... no meaningful change
  nortriptyline 75 mg 08/04/25-10/06/25 ..... level 95 ng/mL, no response (9 wks); continued.

Page 2
02/10-02/17/2026: Spravato 56 mg x 3 sessions; clinic (only REMS site reachable by bus) closed 02/20/2026.
  Not an adequate course; no judgment of response possible.
03/2026: ECT offered; declined after informed discussion (memory demands of work). Documented capacity.
08/05/2026: MADRS 36. Passive SI ("wish I could sleep for a year"), no plan/intent. No psychosis. BP 124/78.
  Referral: IV ketamine (Sound Harbor Interventional Psychiatry), buprenorphine prescriber agrees.
11/12/2026: MADRS 35. Denies SI. Working reduced hours.
FICTIONAL DOCUMENT.
""",
"other/salish-coast-policies-excerpt.txt": """\
SALISH COAST HEALTH PLAN (FICTIONAL) - MEDICAL POLICY EXCERPTS

MP-BH-031 Ketamine and Esketamine for Psychiatric Conditions (rev. 03/2026)
3.1 Intravenous ketamine infusion for depression, including treatment-resistant depression, and for other
psychiatric conditions is considered experimental and investigational and is not covered.

MP-RX-002 Off-Label Use of FDA-Approved Drugs (rev. 01/2026)
An FDA-approved drug used for an indication not on its label is covered when the use is supported by a
recognized compendium or by at least two articles from major peer-reviewed journals.

Member handbook, definition: Medically necessary: a requested service that is reasonably calculated to prevent,
diagnose, correct, cure, alleviate or prevent worsening of conditions that endanger life, cause suffering or
pain, or threaten to cause or aggravate a handicap, and there is no other equally effective, more conservative or
substantially less costly course of treatment available or suitable for the client.
FICTIONAL DOCUMENT.
""",
"other/hearing-representative-authorization.txt": """\
AUTHORIZATION TO REPRESENT AT A FAIR HEARING (FICTIONAL)
I, Marcus Delacroix-Ybarra, authorize Naomi Featherstone-Okeke of Northsound Legal Aid Collaborative to represent
me in a state fair hearing about Salish Coast Health Plan appeal SCH-AP-26-0902-0441 and to see my records.
Signed 11/24/2026.
FICTIONAL DOCUMENT.
""",
},
truth="""\
# 06 - Medicaid managed care adult, IV ketamine "investigational" by name; legal aid requests the fair hearing (FICTIONAL)

All people, plans, numbers and addresses are invented.

## What is true
- Marcus Delacroix-Ybarra, 34, Medicaid managed care (plan type `medicaid`, `delivery: managed_care`). IV ketamine
  (6 infusions, pre-service) denied 2026-08-14 under MP-BH-031 3.1, which **names** IV ketamine for depression as
  investigational. Plan appeal upheld in the **notice of appeal resolution dated 2026-09-28** (postmarked 10/01).
- State fair hearing: **120 calendar days from the notice of resolution** (42 CFR 438.408(f)(2)): 2027-01-26.
- Evidence: randomized trials of ketamine in TRD (Murrough 2013) and a randomized non-inferiority trial against ECT
  (Anand 2023); the plan's own off-label policy (MP-RX-002) covers off-label uses with compendium support or two
  peer-reviewed articles, while MP-BH-031 excludes IV ketamine for psychiatric use outright: a stricter limit on a
  mental health benefit than on medical ones (Medicaid managed care parity, 42 CFR 438.910(d)).
- Record: three adequate failed antidepressant trials in the current episode (fluoxetine, venlafaxine XR,
  nortriptyline at a therapeutic level), one failed augmentation (bupropion XL), 12 sessions of CBT; ECT offered
  and declined.
- Suicidality: **passive** SI on 2026-08-05 (more than 90 days before today: history, with its date); "Denies SI"
  on 2026-11-12. 2019 suicide attempt is from an earlier episode.
- Author: a legal-aid paralegal with the member's written authorization.

## Deliberately unknown
- Whether the state's Medicaid fee schedule has a rate for the clinic (network status of the clinic).
- Whether the state Medicaid agency itself has a coverage policy on IV ketamine.

## Traps
- The policy names the treatment: never "MP-BH-031 does not apply to IV ketamine"; argue it is wrong/stricter,
  and that the definition of medical necessity is met.
- "Not approved by the FDA for these uses": ketamine is FDA-approved (as an anesthetic); off-label use is the issue.
- Adult (34): **no EPSDT** (42 USC 1396d(r)(5) is for under-21s). No continued benefits (438.420): nothing was
  being given (`action: none`).
- Count the hearing window from the notice date (09/28), not the postmark (10/01).
- Spravato, three sessions, stopped when the clinic closed: **not** a failed trial. Bupropion XL is augmentation,
  CBT is psychotherapy: not antidepressant trials. Sertraline 2019-2021 remission is an earlier episode.
- Buprenorphine for OUD in remission: the letter must not say "no substance use history".
- Not "passive suicidal ideation currently" (it is from 08/05, more than 90 days old); not "active"; the 2019
  attempt is not current.
- Stage: a fair hearing request (quote the 09/28 resolution); no "external review by an IRO", no ERISA, no
  "name and qualifications" as a duty.
- Representative voice: third person for the member.

## Arguments a strong letter makes
1. The evidence (randomized trials, including against ECT) and the plan's own definition of medical necessity:
   refractory severe depression after three adequate antidepressants, augmentation and CBT; ECT declined.
2. Parity (438.910(d)): the plan covers off-label drug uses for medical conditions on compendium or two-article
   evidence (MP-RX-002) but excludes this mental health use outright.
3. The fair hearing is timely (120 days from 2026-09-28); ask the hearing officer to order coverage.

## What a letter must NOT say
- "EPSDT", "under 21", "continue benefits during the hearing", "ketamine is not FDA-approved", "MP-BH-031 does
  not cover/reach IV ketamine", "Spravato failed", "no substance use", "current suicidal ideation", "external
  review organization", "90 days" for the hearing, "ERISA".
""",
checks=[
  ("denial/notice-of-appeal-resolution-2026-09-28.txt", "no later than 120 calendar days from the date of this notice"),
  ("denial/notice-of-appeal-resolution-2026-09-28.txt", "envelope postmarked October 1, 2026"),
  ("denial/notice-of-appeal-resolution-2026-09-28.txt", "Intravenous ketamine remains\ninvestigational"),
  ("denial/notice-of-adverse-benefit-determination-2026-08-14.txt", "because it is not approved by the FDA for these uses"),
  ("other/salish-coast-policies-excerpt.txt", "is considered experimental and investigational and is not covered"),
  ("other/salish-coast-policies-excerpt.txt", "at least two articles from major peer-reviewed journals"),
  ("clinical/psychiatry-records-2025-2026.txt", "level 95 ng/mL, no response (9 wks)"),
  ("clinical/psychiatry-records-2025-2026.txt", "Not an adequate course; no judgment of response possible."),
  ("clinical/psychiatry-records-2025-2026.txt", "OUD in sustained remission since 2021 on buprenorphine 8 mg/day."),
  ("clinical/psychiatry-records-2025-2026.txt", "Denies SI."),
  ("clinical/psychiatry-records-2025-2026.txt", "ECT offered; declined after informed discussion"),
],
))

# ---------------------------------------------------------------------------------------------------------------
# 07 Self-funded employer plan: a ketamine infusion day denied for coding (E/M without modifier 25, J3490 without
#    NDC), then the clinic's resubmission denied as a duplicate; first-level appeal upheld; the member writes the
#    second-level appeal with the clinic's corrected replacement claim.
# ---------------------------------------------------------------------------------------------------------------
CASES.append(dict(
slug="07-self-funded-ketamine-modifier-duplicate-second-level",
yaml="""\
# FICTIONAL CASE (set 8, case 07) - every person, plan, number and address is invented.
# Self-funded employer plan: the August 18, 2026 ketamine infusion visit was denied for coding (99214 without
# modifier 25; J3490 without an NDC); the clinic's resubmission as a new claim was denied as a duplicate; the
# first-level appeal was upheld on October 29, 2026. The member writes the second-level appeal with the clinic's
# corrected replacement claim (frequency code 7).
patient:
  name: Oren Castellane Whitlock
  salutation: Mr. Whitlock
  date_of_birth: May 19, 1988
  member_id: MBA-FICT-TGL-30917-01
  address: |-
    88 Bluestem Crossing
    Sable Prairie, KS 66999
  phone: (785) 555-0133
  email: owhitlock@prairiemail.example
insurer:
  name: Tallgrass Logistics Employee Health Plan, administered by Meridell Benefit Administrators (FICTIONAL)
  appeals_address: |-
    Meridell Benefit Administrators, Second-Level Appeals
    PO Box 11902
    Wichita, KS 67201-1902
  fax: (316) 555-0148
claim:
  number: MBA-26-0818-4471
  plan_type: employer_erisa
  funding: self_funded
  notice_date: August 28, 2026
  service_dates: [2026-08-18]
  procedure_codes: [99214, 96365, J3490]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    99214: CARC 97, the benefit for this service is included in the payment for another service (no modifier
    indicating a separately identifiable service). 96365 and J3490: CARC 16 with remark M119, missing or invalid
    NDC. Resubmitted claim MBA-26-0911-5902: CARC 18, exact duplicate claim/service.
  denial_category: coding_billing
  coding_correct: false
  action: none
  appeal_deadline: December 28, 2026
  deadline_basis: >-
    Stated in the first-level decision: "You may request a second-level appeal within 60 days of the date of this
    letter."
decisions:
  - date: 2026-10-29
    outcome: denied
    stage: first-level appeal
    opens: second-level appeal
    next_deadline: 2026-12-28
    reason: >-
      The services billed on 08/18/2026 duplicate claim MBA-26-0818-4471, which was previously processed. Corrected
      claims must be submitted with frequency code 7 and the original claim number. The evaluation and management
      service 99214 is incidental to the infusion when billed without a modifier for a significant, separately
      identifiable service. The denial is upheld.
plan_policy:
  name: Tallgrass Logistics Employee Health Plan, Summary Plan Description 2026, Sections 9.4 and 11.2
  quote: >-
    9.4 Corrected claims. A provider may correct a claim within 365 days of the date of service by submitting a
    replacement claim (claim frequency code 7) that references the original claim number. An office visit on the
    same day as an infusion is payable when it is a significant, separately identifiable service billed with
    modifier 25.
  other_terms: >-
    11.2 Appeals. If your first-level appeal is denied, you may request a second-level appeal within 60 days of the
    first-level decision. The second-level appeal is decided by persons who did not decide the first level.
  file: other/tallgrass-spd-2026-excerpt.txt
corrected_claim:
  error: >-
    The original claim billed 99214 without modifier 25 and J3490 without the ketamine NDC; the clinic then sent
    the corrected claim as a new claim (frequency code 1) instead of a replacement (frequency code 7), so it was
    read as a duplicate.
  resubmission_code: 7
  lines:
    - code: 99214-25
      units: 1
    - code: "96365"
      units: 1
    - code: J3490
      units: 1
      ndc: 72887-0418-25
      ndc_unit: ML
      ndc_quantity: 0.85
  file: other/corrected-claim-cms1500-2026-11-24.txt
treatment:
  name: IV ketamine infusion
  summary: A ketamine infusion (0.5 mg/kg over 40 minutes) and a separate medication-management visit on August 18, 2026.
author:
  name: Oren Castellane Whitlock
  role: Plan participant (the patient)
  relation: patient
provider:
  name: Beatrix Lindgren-Osei
  credentials: MD, psychiatrist
  npi: "1609993021"
  phone: (785) 555-0136
  address: |-
    Prairie Light Ketamine and Mood Clinic, 410 Kaw Valley Drive
    Sable Prairie, KS 66999
clinical:
  episode_onset: March 2025
  severity: MADRS 31 on August 4, 2026; MADRS 19 on August 18, 2026
  severity_date: 2026-08-18
  suicidality: none
  suicidality_date: 2026-08-18
bates_prefix: WHITLOCK
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
docs={
"denial/eob-2026-08-28-and-2026-09-15.txt": """\
MERIDELL BENEFIT ADMINISTRATORS (FICTIONAL) for TALLGRASS LOGISTICS EMPLOYEE HEALTH PLAN (self-funded)
EXPLANATION OF BENEFITS
Participant: OREN C WHITLOCK   ID MBA-FICT-TGL-30917-01   Provider: PRAIRIE LIGHT KETAMINE AND MOOD CLINIC

Processed 08/28/2026 - Claim MBA-26-0818-4471 (frequency 1)
DOS        Code   Mod  Units  Billed     Paid    Group/CARC  RARC
08/18/26   99214       1      $245.00    $0.00   CO-97       M15
08/18/26   96365       1      $650.00    $0.00   CO-16       M119
08/18/26   J3490       1      $1,250.00  $0.00   CO-16       M119
CO-97: The benefit for this service is included in the payment for another service (no modifier indicating a
separately identifiable service). CO-16/M119: missing or invalid NDC.

Processed 09/15/2026 - Claim MBA-26-0911-5902 (frequency 1)
08/18/26   99214       1      $245.00    $0.00   CO-18
08/18/26   96365       1      $650.00    $0.00   CO-18
08/18/26   J3490       1      $1,250.00  $0.00   CO-18
CO-18: Exact duplicate claim/service.
""",
"denial/first-level-appeal-decision-2026-10-29.txt": """\
Meridell Benefit Administrators - Appeals (FICTIONAL)          October 29, 2026
FIRST-LEVEL APPEAL DECISION   Appeal MBA-AP1-26-1003   Claims MBA-26-0818-4471 / MBA-26-0911-5902

Dear Mr. Whitlock:
The services billed on 08/18/2026 duplicate claim MBA-26-0818-4471, which was previously processed. Corrected
claims must be submitted with frequency code 7 and the original claim number. The evaluation and management
service 99214 is incidental to the infusion when billed without a modifier for a significant, separately
identifiable service. The denial is upheld.

This decision concerns billing only; the infusion itself was authorized (PA-2026-77104). You may request a
second-level appeal within 60 days of the date of this letter.
""",
"clinical/clinic-visit-and-infusion-record-2026-08-18.txt": """\
PRAIRIE LIGHT KETAMINE AND MOOD CLINIC (FICTIONAL)        Date of service: 08/18/2026
Patient: Whitlock, Oren C.   DOB 05/19/1988

A. PSYCHIATRIC MEDICATION-MANAGEMENT VISIT (B. Lindgren-Osei, MD) - 09:10-09:35, before the infusion
Problem: worsening insomnia and morning akathisia-like restlessness on aripiprazole 5 mg (added 07/2026).
Exam/ROS documented. Decision: stop aripiprazole; start trazodone 50 mg at bedtime for sleep (not an
antidepressant trial). MADRS 19 (31 on 08/04). No SI. Time 25 minutes; separate from infusion monitoring.

B. KETAMINE INFUSION (infusion 3 of 6, PA-2026-77104) - 09:45-10:25
Ketamine 50 mg/mL, vial NDC 72887-418-25 (as printed on the vial, 5-3-2), dose 0.5 mg/kg x 85 kg = 42.5 mg
= 0.85 mL, in 100 mL NS over 40 minutes. BP/SpO2 q15 min; observed 60 min. Discharged with driver.
FICTIONAL DOCUMENT.
""",
"other/corrected-claim-cms1500-2026-11-24.txt": """\
CMS-1500 (02/12) REPLACEMENT CLAIM - text copy prepared by the clinic (FICTIONAL)      Prepared 11/24/2026
Box 22: Resubmission code 7     Original ref. no. MBA-26-0818-4471
Box 1a: MBA-FICT-TGL-30917-01   Box 21: A. F33.2
Box 24  DOS        POS  CPT/HCPCS  Mod  Ptr  Charges     Units   Shaded area (supplemental)
1       08/18/26   11   99214      25   A    $245.00     1
2       08/18/26   11   96365           A    $650.00     1
3       08/18/26   11   J3490           A    $1,250.00   1       N472887041825 ML0.85 ketamine HCl 42.5 mg
Billing note: the clinic's ledger shows DOS 8/17/26 for this visit; that is a typing error, the correct date is
08/18/2026 (infusion record).
FICTIONAL DOCUMENT.
""",
"other/tallgrass-spd-2026-excerpt.txt": """\
TALLGRASS LOGISTICS EMPLOYEE HEALTH PLAN (FICTIONAL) - SUMMARY PLAN DESCRIPTION 2026 (excerpt)
The Plan is self-funded by Tallgrass Logistics, Inc.; Meridell Benefit Administrators processes claims. The Plan
Administrator has discretionary authority to interpret the Plan.

9.4 Corrected claims. A provider may correct a claim within 365 days of the date of service by submitting a
replacement claim (claim frequency code 7) that references the original claim number. An office visit on the same
day as an infusion is payable when it is a significant, separately identifiable service billed with modifier 25.

11.2 Appeals. If your first-level appeal is denied, you may request a second-level appeal within 60 days of the
first-level decision. The second-level appeal is decided by persons who did not decide the first level.
FICTIONAL DOCUMENT.
""",
},
truth="""\
# 07 - Self-funded employer plan, ketamine day denied for coding and as a duplicate; the member's second-level appeal (FICTIONAL)

All people, plans, numbers and addresses are invented.

## What is true
- Oren Whitlock, 38, self-funded ERISA plan. On 2026-08-18 he had a separate medication-management visit (99214)
  and ketamine infusion 3 of 6 (96365, J3490), all authorized (PA-2026-77104). Claim MBA-26-0818-4471 (EOB
  2026-08-28): 99214 denied CO-97 (no modifier 25), 96365 and J3490 CO-16/M119 (no NDC). The clinic resent a
  corrected claim as a **new** claim (frequency 1), MBA-26-0911-5902, denied CO-18 duplicate (2026-09-15).
- First-level appeal upheld **2026-10-29**; second-level appeal within 60 days of that decision (SPD 11.2):
  2026-12-28. ERISA: post-service appeal decision within 60 days total (2560.503-1(i)(2)(iii)(A)); with two
  levels each within 30 days, but the letter need not say so.
- The claim as billed **was wrong** (`coding_correct: false`). The corrected replacement claim (2026-11-24) has
  frequency code 7, original reference MBA-26-0818-4471, 99214 with modifier 25, and the ketamine NDC in 11-digit
  form with the N4 qualifier: `N472887041825 ML0.85` (vial prints 72887-418-25; 0.85 mL = 42.5 mg).
- The 99214 visit is separately identifiable (09:10-09:35, aripiprazole stopped, trazodone started; documented
  before and apart from the infusion): SPD 9.4 pays it with modifier 25.
- Author: the member himself ("I").

## Deliberately unknown
- The plan's allowed amounts; whether the claims administrator will accept the replacement claim after the
  appeal or require the clinic to send it itself (the letter may ask for either).
- Whether the 365-day corrected-claim window has any other condition (the SPD says none).

## Traps
- Never "the claim was correctly coded"; say it was corrected.
- Not a medical-judgment denial: no medical-necessity argument as the answer, no clinical reviewer or
  peer-to-peer request, and **no external review** (a coding/duplicate denial does not involve medical judgment).
- Stage: **second-level** appeal; it must say so and quote the 10/29 decision (not only the August EOB).
- NDC: 10-digit on the vial (72887-418-25) vs 11-digit 5-4-2 on the claim (72887-0418-25); the N4 string has no
  hyphens. Units: J3490 1 unit; NDC quantity 0.85 mL.
- Date conflict: the clinic ledger's 8/17/26 is a typo; DOS is 08/18/2026.
- Trazodone 50 mg (sleep) and aripiprazole (stopped for restlessness) are not trials the letter should count;
  there is no trial count in this letter at all.
- "No SI": no suicidality paragraph.
- SPD gives the administrator discretion: no contra proferentem stated as law.
- Voice: "I", not "Mr. Whitlock has...".

## Arguments a strong letter makes
1. The corrected replacement claim fixes both errors: frequency code 7 with the original claim number (so it is
   not a duplicate), modifier 25 on 99214, and the NDC `N472887041825 ML0.85` on J3490; SPD 9.4 provides for
   exactly this within 365 days.
2. The 99214 visit was significant and separately identifiable (record of 2026-08-18, part A).
3. Ask the second level to reverse and process the replacement claim (the infusion was authorized); ask for the
   claim file if it upholds.

## What a letter must NOT say
- "correctly coded", "not medically necessary" as the plan's reason, "peer-to-peer", "external review",
  "independent review organization", "08/17/2026", "first-level appeal" as this letter's level,
  "ambiguities are construed against the plan" as law, "Mr. Whitlock has" (third person by the signer).
""",
checks=[
  ("denial/eob-2026-08-28-and-2026-09-15.txt", "CO-18: Exact duplicate claim/service."),
  ("denial/eob-2026-08-28-and-2026-09-15.txt", "CO-16/M119: missing or invalid NDC."),
  ("denial/first-level-appeal-decision-2026-10-29.txt", "Corrected\nclaims must be submitted with frequency code 7 and the original claim number."),
  ("denial/first-level-appeal-decision-2026-10-29.txt", "You may request a\nsecond-level appeal within 60 days of the date of this letter."),
  ("other/corrected-claim-cms1500-2026-11-24.txt", "N472887041825 ML0.85"),
  ("other/corrected-claim-cms1500-2026-11-24.txt", "Resubmission code 7     Original ref. no. MBA-26-0818-4471"),
  ("other/corrected-claim-cms1500-2026-11-24.txt", "99214      25"),
  ("other/corrected-claim-cms1500-2026-11-24.txt", "the clinic's ledger shows DOS 8/17/26"),
  ("clinical/clinic-visit-and-infusion-record-2026-08-18.txt", "vial NDC 72887-418-25"),
  ("clinical/clinic-visit-and-infusion-record-2026-08-18.txt", "separate from infusion monitoring"),
  ("other/tallgrass-spd-2026-excerpt.txt", "billed with modifier 25"),
],
))

# ---------------------------------------------------------------------------------------------------------------
# 08 Dependent adolescent on a parent's insured small-group plan: intensive outpatient program denied as not
#    medically necessary ("no failed outpatient trial"); the mother writes the first-level appeal.
# ---------------------------------------------------------------------------------------------------------------
CASES.append(dict(
slug="08-insured-small-group-adolescent-iop-parent",
yaml="""\
# FICTIONAL CASE (set 8, case 08) - every person, plan, number and address is invented.
# Insured small-group employer plan: an adolescent intensive outpatient program (IOP) for a 15-year-old dependant
# was denied before it started as not medically necessary under MCG ("has not failed routine outpatient care");
# her mother, the subscriber, writes the first-level internal appeal.
patient:
  name: Wilhelmina Ostrowski-Baptiste
  salutation: Wilhelmina
  date_of_birth: April 9, 2011
  member_id: CRH-FICT-552091-03
  address: |-
    1717 Sagebrush Bend
    Juniper Mesa, CO 81999
insurer:
  name: Cobalt Ridge Health Insurance Company (FICTIONAL)
  appeals_address: |-
    Cobalt Ridge Health, Member Appeals
    PO Box 5530
    Denver, CO 80217-5530
  fax: (303) 555-0179
claim:
  number: CRH-UM-26-1112-IOP-7713
  plan_type: employer_erisa
  funding: insured
  state: CO
  notice_date: November 17, 2026
  pending_services: 27
  procedure_codes: [S9480]
  diagnosis_codes: [F32.2]
  denial_reason: >-
    The request for adolescent intensive outpatient program services (S9480) is not medically necessary. Using
    MCG Behavioral Health Care guidelines, Intensive Outpatient Program, Adolescent, the information received does
    not show that the member has failed a trial of routine outpatient treatment of appropriate intensity, or that
    her symptoms cannot be managed at a lower level of care.
  denial_category: medical_necessity
  action: none
  appeal_deadline: May 16, 2027
  deadline_basis: >-
    Stated in the notice: "You have 180 days after you receive this notice to file an appeal." Counted from the
    notice date.
  reviewer:
    name: Harold Ng-Bastien, MD
    specialty: psychiatry
plan_policy:
  name: MCG Behavioral Health Care guidelines, Intensive Outpatient Program, Adolescent (as applied by Cobalt Ridge)
payer_criteria:
  - criterion: "Failed a trial of routine outpatient treatment of appropriate intensity"
    how_met: >-
      Sixteen weekly therapy sessions (June 9 to October 27, 2026) with family sessions, and fluoxetine since July
      6, 2026 raised to 40 mg: PHQ-A rose from 18 to 22, with self-harm and suicidal ideation with a plan on
      October 30, 2026
    met: true
    evidence: {file: clinical/outpatient-therapy-and-psychiatry-records.txt, page: 1}
  - criterion: "Symptoms cannot be managed at a lower level of care"
    how_met: >-
      Emergency department visit on October 30, 2026 for self-harm while in weekly outpatient care; the emergency
      clinician and the treating psychiatrist referred her to IOP as the step below inpatient care
    met: true
    evidence: {file: clinical/emergency-department-visit-2026-10-30.txt, page: 1}
treatment:
  name: Adolescent intensive outpatient program (IOP)
  summary: >-
    An adolescent intensive outpatient program, three hours a day, three days a week, for about nine weeks.
  setting: Foothill Youth Behavioral Health, Adolescent IOP (in network; FICTIONAL)
  plan: >-
    3 hours a day, 3 days a week for about 9 weeks (27 program days): group skills (DBT), individual and weekly
    family therapy, psychiatric medication management; reviewed every 2 weeks with the PHQ-A and C-SSRS
author:
  name: Therese Ostrowski-Baptiste
  role: Mother and policyholder
  relation: parent
  address: |-
    1717 Sagebrush Bend
    Juniper Mesa, CO 81999
  phone: (970) 555-0112
  email: t.ostrowski-baptiste@mesamail.example
employer:
  name: Fennwick Cabinetry LLC, Human Resources (FICTIONAL)
  address: |-
    55 Millwork Road
    Juniper Mesa, CO 81999
provider:
  name: Samuel Achterberg-Nwosu
  credentials: MD, child and adolescent psychiatrist
  npi: "1154482107"
  phone: (970) 555-0116
clinical:
  episode_onset: May 2026
  severity: PHQ-A 22 on November 10, 2026 (18 in June 2026)
  severity_date: 2026-11-10
  suicidality: active
  suicidality_date: 2026-10-30
  history:
    - drug: Sertraline
      dose: 50 mg daily
      start: 2024-02
      end: 2024-11
      outcome: Remission in the 2024 episode (age 12-13); tapered off in November 2024
      response: remission
      evidence: {file: clinical/outpatient-therapy-and-psychiatry-records.txt, page: 1}
    - drug: Outpatient therapy (DBT-informed CBT, weekly, with family sessions)
      kind: psychotherapy
      dose: 16 weekly sessions
      sessions: 16
      adequate: true
      start: 2026-06-09
      end: 2026-10-27
      outcome: No improvement; PHQ-A 18 to 22; self-harm resumed in October
      response: none
      evidence: {file: clinical/outpatient-therapy-and-psychiatry-records.txt, page: 1}
    - drug: Fluoxetine
      dose: 10 to 40 mg daily (40 mg since October 5, 2026)
      start: 2026-07-06
      end: 2026-11-10
      ongoing: true
      outcome: Partial response only; continued
      response: partial
      evidence: {file: clinical/outpatient-therapy-and-psychiatry-records.txt, page: 1}
    - drug: Hydroxyzine (as needed)
      kind: other
      dose: 10 mg as needed for anxiety and sleep
      start: 2026-08
      end: 2026-11
      outcome: As-needed use for sleep and anxiety; not a treatment trial
      adequate: false
impact:
  daily_life: >-
    Attending school half days under a 504 plan since October 2026; stopped club volleyball in September 2026
  hospitalizations: Emergency department visit on October 30, 2026 for self-harm (not admitted)
bates_prefix: OSTROWSKIBAPTISTE
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
docs={
"denial/iop-denial-2026-11-17.txt": """\
Cobalt Ridge Health Insurance Company (FICTIONAL)
Behavioral Health Utilization Management
                                                        November 17, 2026
To the parent/guardian of: WILHELMINA OSTROWSKI-BAPTISTE
Member ID: CRH-FICT-552091-03 (dependent)     Subscriber: Therese Ostrowski-Baptiste
Group: Fennwick Cabinetry LLC (small group, insured)      Reference: CRH-UM-26-1112-IOP-7713
Requested: Adolescent IOP, S9480, 27 days, Foothill Youth Behavioral Health (in network), start 11/16/2026

DECISION: DENIED (pre-service)
The request for adolescent intensive outpatient program services (S9480) is not medically necessary. Using MCG
Behavioral Health Care guidelines, Intensive Outpatient Program, Adolescent, the information received does not
show that the member has failed a trial of routine outpatient treatment of appropriate intensity, or that her
symptoms cannot be managed at a lower level of care.
Physician reviewer: Harold Ng-Bastien, MD, Psychiatry (general adult).
Information received: IOP intake assessment 11/10/2026 (4 pages). No outpatient therapy records were received.

You have 180 days after you receive this notice to file an appeal. You can ask for a fast (expedited) appeal if
waiting could seriously harm her health. Colorado residents may also ask for an independent external review
after the internal appeal.
""",
"clinical/outpatient-therapy-and-psychiatry-records.txt": """\
JUNIPER MESA FAMILY COUNSELING & CHILD PSYCHIATRY (FICTIONAL)
Patient: Wilhelmina ("Mina") Ostrowski-Baptiste   DOB 04/09/2011

Page 1 - SUMMARY FOR APPEAL (S. Achterberg-Nwosu, MD; L. Perrault, LPC), 11/19/2026
Prior episode 2024 (age 12-13): sertraline 50 mg 02/2024-11/2024, full remission; tapered 11/2024.
Current episode since 05/2026.
Therapy: DBT-informed CBT, weekly, 06/09/2026-10/27/2026, 16 sessions attended of 17 offered, plus 3 family
sessions. PHQ-A 18 (06/09) -> 22 (11/10). Self-harm (superficial cutting) resumed 10/2026.
Fluoxetine 10 mg 07/06/2026 -> 20 mg 08/03 -> 40 mg 10/05: partial response only. Continue.
Hydroxyzine 10 mg PRN anxiety/sleep since 08/2026 (PRN only).
School: attending half days under a 504 plan since 10/2026 (NOT out of school). Stopped club volleyball 09/2026.
Recommendation: adolescent IOP (step-up from weekly care after ED visit); outpatient alone has not held her.
FICTIONAL DOCUMENT.
""",
"clinical/emergency-department-visit-2026-10-30.txt": """\
SAN ISIDRO VALLEY HOSPITAL - EMERGENCY DEPARTMENT (FICTIONAL)     Visit 10/30/2026 21:40
Patient: Ostrowski-Baptiste, Wilhelmina   Age 15

Page 1
CC: self-harm. Superficial forearm lacerations (cutting) tonight; wound care, no sutures.
C-SSRS: POSITIVE - active suicidal ideation with a plan (overdose), no preparatory acts, no attempt.
Crisis evaluation: not admitted (bed unavailable; protective factors: engaged mother, means secured).
Disposition: home with safety plan; lethal means counseling; referral to adolescent IOP; follow up with outpatient
psychiatrist within 72 h.
FICTIONAL DOCUMENT.
""",
"clinical/iop-intake-assessment-2026-11-10.txt": """\
FOOTHILL YOUTH BEHAVIORAL HEALTH - ADOLESCENT IOP INTAKE (FICTIONAL)     11/10/2026
Mina O.-B., 15. PHQ-A 22. Denies SI today; safety plan in place since 10/30. No psychosis. No substance use.
Meets program admission: yes. Proposed start 11/16/2026, M/W/F 15:30-18:30, est. 9 weeks.
FICTIONAL DOCUMENT.
""",
},
truth="""\
# 08 - Dependent adolescent, IOP denied "no failed outpatient trial"; the mother writes the first-level appeal (FICTIONAL)

All people, plans, numbers and addresses are invented.

## What is true
- Wilhelmina (Mina) Ostrowski-Baptiste, 15, dependant on her mother's **insured small-group** employer plan
  (ERISA; insured, Colorado). Pre-service denial 2026-11-17 of an in-network adolescent IOP (S9480, 27 program
  days) under **MCG** ("has not failed routine outpatient treatment...; can be managed at a lower level").
- The reviewer received only the IOP intake: **no outpatient records**. Those show 16 weekly therapy sessions
  (06/09-10/27/2026) plus family sessions and fluoxetine up to 40 mg, with worsening (PHQ-A 18 -> 22) and an ED
  visit on **2026-10-30** for self-harm with **active suicidal ideation with a plan** (C-SSRS positive), while in
  weekly care. Both MCG points the denial names are answered by the records.
- Appeal: 180 days from receipt (counted from 11/17: 2027-05-16); pre-service appeal decision within 30 days
  (29 CFR 2560.503-1(i)(2)(ii)); expedited (72 h) is available if the treating physician says waiting is harmful
  (not asserted in the case). Next: Colorado external review (insured plan, 45 CFR 147.136(c)).
- Parity: the "fail outpatient first" requirement is a non-quantitative treatment limitation (29 CFR
  2590.712(c)(4)); the letter may ask for the plan's comparison with medical/surgical step-up rules as a document
  relevant to the claim (not as a member's statutory right).
- Author: the mother, a parent of a minor (no authorization needed).

## Deliberately unknown
- The MCG criteria text (proprietary; not enclosed): the letter should ask for them, not quote them.
- Whether a bed was ever found for inpatient care (it was not needed after the ED visit).
- Whether the IOP is holding her place.

## Traps
- "Denies SI today" (11/10 intake) is a negation on that day; the ED record of **10/30** is positive for active SI
  with a plan. The suicidality sentence must carry the 10/30 date, not 11/10.
- The reviewer is a **psychiatrist** (general adult): do not say "not a psychiatrist"; ask for a child and
  adolescent psychiatrist.
- Sertraline 2024 remission is an **earlier episode** (not a failure). Hydroxyzine PRN is not a trial.
- Psychotherapy is judged by sessions (16 weekly, completed), not weeks; it is not an "antidepressant".
- School: **half days under a 504 plan**, not "out of school".
- Not admitted on 10/30: "emergency department visit", not "hospitalization" / "inpatient admission".
- Criteria are named (MCG): never "the plan did not identify its criteria".
- Voice: the mother writes about her daughter in the third person ("my daughter", "Wilhelmina"), signs as parent.

## Arguments a strong letter makes
1. The reviewer lacked the outpatient records: 16 weekly therapy sessions plus family sessions and fluoxetine to
   40 mg failed (PHQ-A 18 -> 22; self-harm resumed); the MCG "failed outpatient" point is met.
2. "Managed at a lower level" is contradicted by the 10/30 ED visit for self-harm with active SI and a plan while
   in weekly care; IOP is the step between outpatient and inpatient the ED and psychiatrist prescribed.
3. Ask for a child and adolescent psychiatrist reviewer, the MCG criteria used and the claim file, a decision in
   the pre-service time, and a peer-to-peer with Dr. Achterberg-Nwosu.

## What a letter must NOT say
- "no suicidal ideation", "denies SI" as current status, "hospitalized"/"inpatient admission", "out of school",
  "sertraline failed", "hydroxyzine trial", "the reviewer is not a psychiatrist", "the plan named no criteria",
  "she has failed two antidepressants" (only fluoxetine in this episode, partial and continuing).
""",
checks=[
  ("denial/iop-denial-2026-11-17.txt", "does not\nshow that the member has failed a trial of routine outpatient treatment of appropriate intensity"),
  ("denial/iop-denial-2026-11-17.txt", "No outpatient therapy records were received."),
  ("denial/iop-denial-2026-11-17.txt", "Harold Ng-Bastien, MD, Psychiatry (general adult)"),
  ("denial/iop-denial-2026-11-17.txt", "You have 180 days after you receive this notice to file an appeal."),
  ("clinical/outpatient-therapy-and-psychiatry-records.txt", "16 sessions attended of 17 offered"),
  ("clinical/outpatient-therapy-and-psychiatry-records.txt", "attending half days under a 504 plan since 10/2026 (NOT out of school)"),
  ("clinical/outpatient-therapy-and-psychiatry-records.txt", "sertraline 50 mg 02/2024-11/2024, full remission"),
  ("clinical/emergency-department-visit-2026-10-30.txt", "active suicidal ideation with a plan (overdose)"),
  ("clinical/emergency-department-visit-2026-10-30.txt", "not admitted"),
  ("clinical/iop-intake-assessment-2026-11-10.txt", "Denies SI today"),
],
))
