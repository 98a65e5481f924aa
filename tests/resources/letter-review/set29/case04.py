"""Set 29 case 04 (FICTIONAL): Part D PDP, mirtazapine for depression denied as an excluded weight-gain agent."""
SLUG = "04-part-d-pdp-mirtazapine-for-depression-denied-as-excluded-weight-gain-agent-redetermination-daughter"

CASE_YAML = """
# FICTIONAL CASE (set 29, case 04) - every person, plan, provider, pharmacy, number and address is invented.
# Stand-alone Part D plan, Louisiana. Agnes Thibodeaux-Marsh, 81, was prescribed mirtazapine 30 mg on 10/28/2026 by
# her geriatric psychiatrist for recurrent major depression, added to escitalopram. The plan denied coverage on
# 11/10/2026 as a drug "used for weight gain", excluded from Part D, taking the use from a 2024 prescription of
# mirtazapine 7.5 mg for appetite and sleep. Mirtazapine is on the plan's Drug List (Tier 1); the exclusion reaches
# a drug only "when used for" weight gain. Her daughter asks for the redetermination with a CMS-1696.
patient:
  name: Agnes Thibodeaux-Marsh
  salutation: Mrs. Thibodeaux-Marsh
  date_of_birth: 1945-02-11
  member_id: FICT-BCR-61190274
  address: |-
    3318 Magnolia Bend Road
    Lafayette, LA 70503
  phone: (337) 555-0121
insurer:
  name: Bayou Crescent Rx Prescription Drug Plan (FICTIONAL)
  appeals_address: |-
    Bayou Crescent Rx - Part D Redeterminations (address FICTIONAL)
    PO Box 51903
    Baton Rouge, LA 70821
  fax: (225) 555-0174
claim:
  number: CD-26-1106-88317
  plan_type: medicare_part_d
  notice_date: 2026-11-10
  appeal_deadline: 2027-01-14
  deadline_basis: >-
    Notice of 11/10/2026: "You must ask for a redetermination within 65 days from the date of this notice."
  diagnosis_codes: [F33.2]
  denial_reason: >-
    Mirtazapine is not covered. Medicare Part D does not cover drugs used for anorexia, weight loss or weight gain.
    Our records show this drug is prescribed for poor appetite and weight gain. This is a Part D excluded drug.
  denial_category: not_covered
  action: none
  corrections:
    - said: Our records show this drug is prescribed for poor appetite and weight gain.
      record: >-
        The prescription of 10/28/2026 is mirtazapine 30 mg daily (after 15 mg for 7 days) for major depressive
        disorder, recurrent, severe (F33.2), added to escitalopram; "poor appetite" is the pharmacy profile's entry
        for a 2024 prescription of mirtazapine 7.5 mg from another prescriber.
      file: clinical/e-prescription-2026-10-28.txt
      page: 1
plan_policy:
  name: Evidence of Coverage 2026, Chapter 5, Section 7.1, "Types of drugs we do not cover"
  quote: >-
    By law, these types of drugs are not covered by Medicare drug plans: ... drugs when used for anorexia, weight
    loss, or weight gain ...
  file: other/evidence-of-coverage-2026-ch5-excerpt.txt
  exclusion:
    name: Evidence of Coverage 2026, Chapter 5, Section 7.1 (drugs when used for anorexia, weight loss, or weight gain)
    reaches: false
    why: >-
      The exclusion reaches a drug only when it is used for weight gain. Mirtazapine was prescribed on 10/28/2026 at
      30 mg to treat major depressive disorder (F33.2), added to escitalopram; her weight loss is a symptom of the
      depression, not the use the drug is prescribed for.
    file: clinical/e-prescription-2026-10-28.txt
  listed:
    name: Bayou Crescent Rx 2026 Drug List (formulary)
    entry: >-
      mirtazapine tablets 7.5 mg, 15 mg, 30 mg, 45 mg - Tier 1 (preferred generic); no prior authorization, no step
      therapy; quantity limit 1 tablet per day.
    file: other/drug-list-2026-excerpt.txt
    page: 1
    as: a covered Part D drug on the plan's own formulary (Tier 1), needing no exception
prescriber_statement:
  date: 2026-11-13
  quote: >-
    I prescribed mirtazapine 30 mg daily to treat Mrs. Thibodeaux-Marsh's recurrent major depressive disorder, added
    to escitalopram after a partial response. It is not prescribed as an appetite stimulant; her weight loss is one
    of the symptoms of her depression.
  file: clinical/prescriber-statement-2026-11-13.txt
treatment:
  name: Mirtazapine 30 mg daily (Part D drug), added to escitalopram
  summary: >-
    Mirtazapine 30 mg daily, prescribed by her geriatric psychiatrist on 10/28/2026 for recurrent severe major
    depression with a partial response to escitalopram.
  plan: Mirtazapine 15 mg at bedtime for 7 days, then 30 mg at bedtime; PHQ-9 and weight every 4 weeks.
  alongside: escitalopram 10 mg daily
clinical:
  severity: PHQ-9 19 and GDS-15 12 on 10/28/2026; weight 51 kg (56.5 kg in 04/2026)
  severity_date: 2026-10-28
  suicidality: passive
  suicidality_date: 2026-10-28
  episode_onset: 2025-02
  treating_since: 2025-08
  history:
    - drug: Mirtazapine (2024, primary care)
      dose: 7.5 mg at bedtime for sleep and appetite
      start: 2024-05
      end: 2024-09
      kind: other
      adequate: false
      outcome: Low dose for sleep and appetite in 2024, before this episode; not an antidepressant trial
      evidence: {file: other/pharmacy-profile-printout-2026-11-06.txt, page: 1}
    - drug: Sertraline
      dose: 100 mg daily
      start: 2025-03
      end: 2025-06
      kind: antidepressant
      adequate: false
      outcome: Stopped for low sodium (128 mmol/L); an intolerance, not an adequate trial
      evidence: {file: clinical/geriatric-psychiatry-note-2026-10-28.txt, page: 1}
    - drug: Escitalopram
      dose: 10 mg daily (the highest dose advised over age 60)
      start: 2025-09
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued, with mirtazapine added
      evidence: {file: clinical/geriatric-psychiatry-note-2026-10-28.txt, page: 1}
    - drug: Trazodone
      dose: 25 mg at bedtime as needed for sleep
      start: 2026-03
      end: 2026-10
      kind: other
      adequate: false
      outcome: Sleep aid only; stopped when mirtazapine began
      evidence: {file: clinical/geriatric-psychiatry-note-2026-10-28.txt, page: 1}
author:
  name: Claudette Marsh-Fontenot
  role: Daughter of the member, appointed representative (CMS-1696)
  relation: representative
  authorization: other/cms-1696-appointment-of-representative.txt
  address: |-
    905 Jefferson Highway, Apt. 12
    Baton Rouge, LA 70806
  phone: (225) 555-0126
  email: claudette.mf@mail.example
provider:
  name: Étienne Broussard-Lacaze
  credentials: MD (geriatric psychiatry)
  npi: "1803334857"
  address: |-
    Acadiana Senior Behavioral Health (FICTIONAL), 1420 Kaliste Saloom Road, Suite 6
    Lafayette, LA 70508
  phone: (337) 555-0141
record_dates:
  - file: clinical/geriatric-psychiatry-note-2026-10-28.txt
    date: 2026-10-28
  - file: clinical/e-prescription-2026-10-28.txt
    date: 2026-10-28
  - file: clinical/prescriber-statement-2026-11-13.txt
    date: 2026-11-13
bates_prefix: THIBODEAUX
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/coverage-determination-denial-2026-11-10.txt": """
BAYOU CRESCENT RX PRESCRIPTION DRUG PLAN (FICTIONAL)
NOTICE OF DENIAL OF MEDICARE PRESCRIPTION DRUG COVERAGE              Date of this notice: 11/10/2026
Member: Agnes Thibodeaux-Marsh   Member ID FICT-BCR-61190274   Request: CD-26-1106-88317 (received 11/06/2026)
Drug: mirtazapine 30 mg tablet, #30 per 30 days   Prescriber: Étienne Broussard-Lacaze, MD
Page 1 of 1

Why we denied: Mirtazapine is not covered. Medicare Part D does not cover drugs used for anorexia, weight loss or
weight gain. Our records show this drug is prescribed for poor appetite and weight gain. This is a Part D excluded
drug.

You have the right to ask us for a redetermination. You must ask for a redetermination within 65 days from the date
of this notice. Write to Part D Redeterminations, PO Box 51903, Baton Rouge, LA 70821, or fax (225) 555-0174.
""",
    "clinical/e-prescription-2026-10-28.txt": """
ACADIANA SENIOR BEHAVIORAL HEALTH (FICTIONAL) - ELECTRONIC PRESCRIPTION (copy)             Sent: 10/28/2026 15:42
Patient: Agnes Thibodeaux-Marsh   DOB 02/11/1945
Prescriber: Étienne Broussard-Lacaze, MD (NPI 1803334857)
Page 1 of 1

Rx: mirtazapine 15 mg tablet, 1 at bedtime for 7 days, then mirtazapine 30 mg tablet, 1 at bedtime. #7 + #30.
Diagnosis: F33.2 major depressive disorder, recurrent, severe without psychotic features.
Note to pharmacy: added to escitalopram 10 mg for depression (partial response).
""",
    "clinical/geriatric-psychiatry-note-2026-10-28.txt": """
ACADIANA SENIOR BEHAVIORAL HEALTH (FICTIONAL)
GERIATRIC PSYCHIATRY FOLLOW-UP                                         Date: 10/28/2026
Patient: Agnes Thibodeaux-Marsh   DOB 02/11/1945   Psychiatrist: Étienne Broussard-Lacaze, MD (NPI 1803334857)
Page 1 of 1

Diagnosis: major depressive disorder, recurrent, severe without psychotic features (F33.2); episode since 02/2025;
under my care since 08/2025. PHQ-9 19, GDS-15 12. Weight 51 kg (56.5 kg in 04/2026): poor appetite and weight loss as
symptoms of the depression. Passive wish not to wake up; no plan, no intent; daughter visits daily.
History: sertraline 100 mg 03-06/2025, stopped for sodium 128 (intolerance). Escitalopram 10 mg since 09/2025 (the
highest dose advised over 60), partial response, continue. Trazodone 25 mg as needed for sleep 03-10/2026, stop.
Plan: add mirtazapine 15 mg at bedtime x 7 days, then 30 mg, to treat the depression (antidepressant combination);
its sedation and appetite effects are welcome side benefits. PHQ-9 and weight every 4 weeks.
""",
    "clinical/prescriber-statement-2026-11-13.txt": """
ACADIANA SENIOR BEHAVIORAL HEALTH (FICTIONAL) - PRESCRIBER'S STATEMENT                     Date: 11/13/2026
Re: Agnes Thibodeaux-Marsh, DOB 02/11/1945, Bayou Crescent Rx request CD-26-1106-88317

I prescribed mirtazapine 30 mg daily to treat Mrs. Thibodeaux-Marsh's recurrent major depressive disorder, added
to escitalopram after a partial response. It is not prescribed as an appetite stimulant; her weight loss is one
of the symptoms of her depression.
Étienne Broussard-Lacaze, MD, geriatric psychiatry (NPI 1803334857)
""",
    "other/pharmacy-profile-printout-2026-11-06.txt": """
GULF PARISH PHARMACY (FICTIONAL) - PATIENT PROFILE PRINTOUT                                Printed: 11/06/2026
Household: Thibodeaux-Marsh, 3318 Magnolia Bend Road, Lafayette, LA
Page 1 of 1

Patient: Agnes Thibodeaux-Marsh   DOB 02/11/1945
  05/2024-09/2024  mirtazapine 7.5 mg at bedtime   prescriber: R. Delacroix, MD (primary care)   indication on file:
                   "poor appetite / sleep"
  09/2025-         escitalopram 10 mg daily         prescriber: E. Broussard-Lacaze, MD
  11/06/2026       mirtazapine 30 mg - claim rejected: "excluded drug - weight gain" (indication field carried over
                   from the 2024 prescription)
Patient: Walter Thibodeaux-Marsh (spouse)   DOB 06/03/1942
  donepezil 10 mg daily   (not part of this request)
""",
    "other/evidence-of-coverage-2026-ch5-excerpt.txt": """
BAYOU CRESCENT RX PDP (FICTIONAL) - 2026 EVIDENCE OF COVERAGE, CHAPTER 5 (excerpt)                 Page 88 of 190
Section 7.1 - Types of drugs we do not cover

By law, these types of drugs are not covered by Medicare drug plans: ... drugs when used for anorexia, weight
loss, or weight gain ...
""",
    "other/drug-list-2026-excerpt.txt": """
BAYOU CRESCENT RX PDP (FICTIONAL) - 2026 DRUG LIST (FORMULARY) (excerpt)                       Page 22 of 140
Antidepressants
mirtazapine tablets 7.5 mg, 15 mg, 30 mg, 45 mg - Tier 1 (preferred generic); no prior authorization, no step
therapy; quantity limit 1 tablet per day.
escitalopram tablets - Tier 1.
""",
    "other/cms-1696-appointment-of-representative.txt": """
APPOINTMENT OF REPRESENTATIVE (form CMS-1696 content, typed copy for this test set)
Beneficiary: Agnes Thibodeaux-Marsh   Medicare plan member ID FICT-BCR-61190274
I appoint my daughter, Claudette Marsh-Fontenot, to act as my representative in connection with my request for
mirtazapine (CD-26-1106-88317) and its appeals.
Signed: Agnes Thibodeaux-Marsh, 11/14/2026.   Accepted: Claudette Marsh-Fontenot, 11/14/2026.
""",
}

TRUTH = """
# 04 - Part D PDP: mirtazapine for depression denied as an excluded weight-gain agent; redetermination by the daughter (FICTIONAL)

All people, plans, providers, pharmacies, numbers and addresses are invented (FICTIONAL).

## What is true
- Agnes Thibodeaux-Marsh, **81** (DOB 02/11/1945), Lafayette, LA, is in a **stand-alone Part D plan**.
- Her geriatric psychiatrist prescribed **mirtazapine 15 mg x 7 days, then 30 mg at bedtime** on **10/28/2026** for
  **recurrent severe major depression (F33.2)**, **added to escitalopram 10 mg** (partial response).
- The plan denied coverage on **11/10/2026** (CD-26-1106-88317) as a drug "used for ... weight gain", excluded from
  Part D, saying its "records show this drug is prescribed for poor appetite and weight gain".
- The exclusion (EOC Ch. 5 s. 7.1; by law, 42 USC 1395w-102(e)(2)(A) with 1396r-8(d)(2)(A)) reaches drugs **"when used
  for"** anorexia, weight loss or weight gain: it turns on the **use**, not the drug. The e-prescription names F33.2 and
  "for depression"; the psychiatrist's statement of 11/13/2026 says it is not prescribed as an appetite stimulant.
- The "poor appetite" came from the **pharmacy profile's 2024 entry** (mirtazapine 7.5 mg from her primary care
  physician for sleep and appetite), carried over to the 2026 claim.
- Mirtazapine is on the plan's **2026 Drug List at Tier 1**, no PA, no step, 1 tablet a day: no exception is needed.
- **Stage and rule:** Part D redetermination, 42 CFR 423.580-423.590; 65 days from the notice: **by 01/14/2027**
  (423.582(b)). Standard redetermination; no expedited request is made.
- **Author:** her **daughter**, appointed on form **CMS-1696**; she writes "my mother".

## Deliberately unknown
- Whether the plan decides indications from the pharmacy's field or from its own records: not known; the letter may
  ask the plan to correct its record, not say how it got it.
- Whether a 45 mg dose will be needed later: not prescribed.
- Whether she has paid cash for any fills since 11/06: not in the case.

## Traps
- **The record of the use decides, not medicine in general.** The winning point is the prescription's diagnosis and the
  prescriber's statement against the exclusion's "when used for" words. The weight loss is real and is a symptom:
  never say appetite plays no part (the note calls the appetite effect a "welcome side benefit").
- **Not a formulary exception:** mirtazapine is on the Drug List (Tier 1). Never call it non-formulary or ask for a
  formulary or tiering exception as the main ask; 423.578 is not the route.
- **Stale record:** the 2024 mirtazapine 7.5 mg prescription was for sleep and appetite, from another prescriber, before
  this episode: a low sleep dose, not an antidepressant trial, and not this prescription's use.
- **Other person on a document:** the pharmacy printout lists her husband's donepezil.
- **Escitalopram continues** (partial response): never "failed" or "stopped". **Sertraline** stopped for low sodium:
  an intolerance, not an adequate trial. **Trazodone 25 mg** was for sleep.
- **Passive** wish not to wake up (10/28/2026), no plan: never "active suicidal ideation".
- **Wrong law:** no ERISA, no 45 CFR 147.136, no MHPAEA/parity (not for Medicare), no Medicare Advantage 422 rules, no
  state insurance department; no "name and qualifications" duty.
- **Voice:** the daughter writes "I" for herself and "my mother"; never her mother's "I".

## Arguments a strong letter makes (strongest first)
1. The exclusion reaches drugs only **when used for** weight gain; this prescription (10/28/2026, e-prescription,
   F33.2, "for depression") is for **recurrent severe major depression**, added to escitalopram; the prescriber's
   statement of 11/13/2026 says so. The exclusion does not reach it.
2. The notice's "records" are the pharmacy profile's **2024** entry for a different prescription (7.5 mg, another
   prescriber): ask the plan to correct its record of the use.
3. Mirtazapine is on the **2026 Drug List, Tier 1**, no PA or step, within the quantity limit: cover the prescription
   as written.

## What a letter must NOT say
- "appetite stimulant"; "prescribed for weight gain"; "appetite plays no role".
- "non-formulary", "formulary exception", "tiering exception", "423.578" as the route.
- "failed escitalopram", "stopped escitalopram"; sertraline "failed"; trazodone or mirtazapine 7.5 mg as a trial.
- "active suicidal ideation"; "donepezil" or her husband as part of this request.
- "ERISA", "29 CFR 2560.503-1", "45 CFR 147.136", "MHPAEA", "parity", "422.", "insurance department".
"""

ANSWERS = [
    ("denial/coverage-determination-denial-2026-11-10.txt", "prescribed for poor appetite and weight gain"),
    ("denial/coverage-determination-denial-2026-11-10.txt", "within 65 days from the date of this notice"),
    ("clinical/e-prescription-2026-10-28.txt", "Diagnosis: F33.2 major depressive disorder"),
    ("clinical/e-prescription-2026-10-28.txt", "added to escitalopram 10 mg for depression"),
    ("clinical/prescriber-statement-2026-11-13.txt", "It is not prescribed as an appetite stimulant"),
    ("clinical/geriatric-psychiatry-note-2026-10-28.txt", "welcome side benefits"),
    ("clinical/geriatric-psychiatry-note-2026-10-28.txt", "stopped for sodium 128 (intolerance)"),
    ("clinical/geriatric-psychiatry-note-2026-10-28.txt", "partial response, continue"),
    ("clinical/geriatric-psychiatry-note-2026-10-28.txt", "Passive wish not to wake up; no plan"),
    ("other/pharmacy-profile-printout-2026-11-06.txt", "carried over from the 2024 prescription"),
    ("other/pharmacy-profile-printout-2026-11-06.txt", "donepezil 10 mg daily"),
    ("other/evidence-of-coverage-2026-ch5-excerpt.txt", "drugs when used for anorexia, weight loss, or weight gain"),
    ("other/drug-list-2026-excerpt.txt", "Tier 1 (preferred generic); no prior authorization, no step"),
    ("other/cms-1696-appointment-of-representative.txt", "I appoint my daughter, Claudette Marsh-Fontenot"),
    ("case.yaml", "reaches: false"),
    ("truth", "by 01/14/2027"),
]
