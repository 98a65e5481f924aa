"""Set 39, case 04 (FICTIONAL): separate CHIP, occipital nerve blocks for a 14-year-old; stale policy version + coding."""

SLUG = "04-chip-age-14-occipital-nerve-blocks-superseded-policy-version-and-bilateral-modifier-provider-appeal-billing-coordinator"

CASE_YAML = r"""
# FICTIONAL CASE (set 39, case 04) - every person, plan, practice, number and address is invented.
# Separate CHIP (New York Child Health Plus), managed care. Theo Vasquez-Lindgren, 14, chronic migraine, had bilateral
# greater occipital nerve blocks on 08/11/2026 and 09/15/2026. One remittance (10/20/2026) denied both on two
# grounds: "investigational under 18" from Version 3 of the plan's policy (2024), replaced on 03/01/2026 by Version 4
# (covered from age 12), and a coding error (2 units, no modifier 50), already fixed by corrected claims accepted
# 10/30/2026. The pediatric neurology practice's billing coordinator appeals the practice's own claims.
patient:
  name: Theo Vasquez-Lindgren
  salutation: Theo
  date_of_birth: 2012-06-15
  member_id: FICT-CHP-33019527
  address: |-
    48 Orchard Ridge Road
    Poughkeepsie, NY 12603
  phone: (845) 555-0109
insurer:
  name: Hudson Valley Kids Health Plan - Child Health Plus (FICTIONAL)
  appeals_address: |-
    Hudson Valley Kids Health Plan - Provider Claim Appeals (FICTIONAL)
    PO Box 2290
    Albany, NY 12220
  fax: (518) 555-0144
claim:
  number: HVK-26-0822-55104
  other_numbers: [HVK-26-0921-57730]
  plan_type: chip
  delivery: managed_care
  notice_date: 2026-10-20
  appeal_deadline: 2027-01-18
  deadline_basis: >-
    Provider Manual 2026, Section 9.4: "A provider may appeal a claim decision in writing within 90 days of the
    date of the remittance."
  service_dates: [2026-08-11, 2026-09-15]
  setting: outpatient
  procedure_codes: [64405]
  diagnosis_codes: [G43.719]
  carc_codes: [CO-55, CO-4]
  denial_reason: >-
    CO-55: Greater occipital nerve block is investigational for members under 18 years of age (Medical Policy
    MP-NB-11). CO-4: 64405 billed with 2 units; a bilateral procedure must be billed with modifier 50.
  denial_category: experimental_investigational
  denial_reasons: [experimental_investigational, coding_billing]
  coding_correct: false
  action: none
plan_policy:
  name: Hudson Valley Kids Health Plan Medical Policy MP-NB-11, Occipital Nerve Blocks, Version 3
  number: MP-NB-11
  quote: >-
    Version 3, effective 03/01/2024: Occipital nerve blocks are considered investigational for members under 18
    years of age.
  file: other/medical-policy-mp-nb-11-version-3-2024.txt
  other_terms: >-
    Provider Manual 2026, Section 7.4 Bilateral procedures: "bill one line with modifier 50 and 1 unit."
  other_terms_file: other/provider-manual-2026-sections-7-4-and-9-4-excerpt.txt
  other_terms_apply: >-
    The corrected claims of 10/29/2026 bill each date on one line, 64405 with modifier 50 and 1 unit, as Section
    7.4 asks; the plan accepted them on 10/30/2026.
  exclusion:
    name: Medical Policy MP-NB-11, Version 3 (investigational under 18)
    superseded:
      by: Medical Policy MP-NB-11, Version 4
      from: 2026-03-01
      quote: >-
        Version 4, effective 03/01/2026: Greater occipital nerve block is considered medically necessary for
        members 12 years and older with chronic migraine who have tried, or could not tolerate, at least two
        preventive medications. No more than 4 blocks in 12 months.
      file: other/medical-policy-mp-nb-11-version-4-2026.txt
payer_criteria:
  - criterion: member 12 years and older
    how_met: Theo was 14 on both dates of service (born 06/15/2012).
    met: true
    evidence: {file: clinical/neurology-note-2026-08-11.txt, page: 1}
  - criterion: chronic migraine
    how_met: Chronic migraine without aura, intractable (G43.719), 18 headache days a month for over 3 months.
    met: true
    evidence: {file: clinical/neurology-note-2026-08-11.txt, page: 1}
  - criterion: has tried, or could not tolerate, at least two preventive medications
    how_met: Topiramate 09/2025-11/2025, stopped for word-finding trouble and tingling; amitriptyline 25 mg at bedtime since 01/2026, partial benefit, continued.
    met: true
    evidence: {file: clinical/neurology-note-2026-08-11.txt, page: 1}
  - criterion: no more than 4 blocks in 12 months
    how_met: Two blocks, 08/11/2026 and 09/15/2026.
    met: true
    evidence: {file: clinical/procedure-notes-2026-08-11-and-09-15.txt, page: 1}
corrected_claim:
  error: >-
    Each date was billed as 64405 with 2 units and no modifier; the plan's Provider Manual, Section 7.4, asks for a
    bilateral procedure on one line with modifier 50 and 1 unit.
  resubmission_code: 7
  file: other/corrected-claims-2026-10-29.txt
  lines:
    - code: 64405
      units: 1
      modifiers: [50]
      documented: a bilateral greater occipital nerve block, one procedure on each date
      evidence: {file: clinical/procedure-notes-2026-08-11-and-09-15.txt, page: 1}
  sent: 2026-10-29
  accepted: 2026-10-30
  reference: clearinghouse report, batch 88120
  proof: other/clearinghouse-report-2026-10-30.txt
treatment:
  name: Bilateral greater occipital nerve blocks (64405), 08/11/2026 and 09/15/2026
  summary: >-
    Two bilateral greater occipital nerve blocks for chronic migraine in a 14-year-old after two preventive
    medicines, one not tolerated and one only partly effective; headache days fell from 18 to 9 a month.
clinical:
  severity: 18 headache days a month and PedMIDAS 52 before the blocks (08/11/2026); 9 headache days in October 2026
  severity_date: 2026-11-03
  suicidality: none
  suicidality_date: 2026-11-03
  response: 18 headache days a month before the blocks; 9 in September and 9 in October 2026
  response_level: response
  history:
    - drug: Topiramate
      dose: 25 mg then 50 mg twice daily
      start: 2025-09
      end: 2025-11
      weeks: 10
      kind: other
      adequate: false
      outcome: Stopped for word-finding trouble and tingling (could not tolerate)
      evidence: {file: clinical/neurology-note-2026-08-11.txt, page: 1}
    - drug: Amitriptyline
      dose: 10 mg then 25 mg at bedtime (migraine preventive)
      start: 2026-01
      ongoing: true
      kind: other
      adequate: true
      response: partial
      outcome: Partial benefit as a migraine preventive; continued
      evidence: {file: clinical/neurology-note-2026-08-11.txt, page: 1}
    - drug: Riboflavin
      dose: 400 mg daily (supplement)
      start: 2025-06
      ongoing: true
      kind: other
      outcome: Supplement; not counted as a preventive medication trial
      evidence: {file: clinical/neurology-note-2026-08-11.txt, page: 1}
    - drug: Cognitive behavioral therapy for headache
      dose: 8 sessions
      start: 2026-02
      end: 2026-05
      kind: psychotherapy
      sessions: 8
      response: partial
      outcome: Better coping; headache days unchanged
      evidence: {file: clinical/neurology-note-2026-08-11.txt, page: 1}
    - drug: Cyproheptadine
      dose: 4 mg at bedtime
      start: 2022-09
      end: 2023-06
      kind: other
      response: remission
      outcome: Earlier period of episodic migraine at age 10; worked; not a failed preventive
      evidence: {file: clinical/neurology-note-2026-08-11.txt, page: 1}
impact:
  daily_life: Missed 14 school days in the 2025-26 school year before the blocks.
author:
  name: Priscilla Haverkamp-Nguyen
  role: Billing coordinator, Mid-Hudson Pediatric Neurology (the treating practice)
  relation: provider
  address: |-
    Mid-Hudson Pediatric Neurology (FICTIONAL), 225 Innis Commons, Suite 4
    Poughkeepsie, NY 12601
  phone: (845) 555-0146
  email: billing@midhudsonpedsneuro.example
provider:
  name: Mid-Hudson Pediatric Neurology (Esteban Quillfeldt, MD, child neurology)
  credentials: MD, child neurology; Child Health Plus network provider
  npi: "1466882101"
  address: |-
    225 Innis Commons, Suite 4
    Poughkeepsie, NY 12601
  phone: (845) 555-0146
record_dates:
  - file: clinical/neurology-note-2026-08-11.txt
    date: 2026-08-11
  - file: clinical/procedure-notes-2026-08-11-and-09-15.txt
    date: 2026-09-15
  - file: clinical/headache-follow-up-2026-11-03.txt
    date: 2026-11-03
bates_prefix: VASQUEZLINDGREN
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/remittance-advice-2026-10-20.txt": """
HUDSON VALLEY KIDS HEALTH PLAN (FICTIONAL) - CHILD HEALTH PLUS - REMITTANCE ADVICE        Date: 10/20/2026
Payee: Mid-Hudson Pediatric Neurology, NPI 1466882101   Page 3 of 5
Member: Theo Vasquez-Lindgren   DOB 06/15/2012   ID FICT-CHP-33019527
Claim HVK-26-0822-55104   DOS 08/11/2026   64405 x2   Billed $780.00   Paid $0.00   CO-55, CO-4
Claim HVK-26-0921-57730   DOS 09/15/2026   64405 x2   Billed $780.00   Paid $0.00   CO-55, CO-4
CO-55: Greater occipital nerve block is investigational for members under 18 years of age (Medical Policy MP-NB-11).
CO-4: 64405 billed with 2 units; a bilateral procedure must be billed with modifier 50.
Appeals: see Provider Manual Section 9.4.
""",
    "clinical/neurology-note-2026-08-11.txt": """
MID-HUDSON PEDIATRIC NEUROLOGY (FICTIONAL) - CLINIC NOTE                                   Date: 08/11/2026
Patient: Theo Vasquez-Lindgren   DOB 06/15/2012 (age 14)   Physician: Esteban Quillfeldt, MD   Page 1 of 1
Chronic migraine without aura, intractable (G43.719): 18 headache days a month for over 3 months; PedMIDAS 52;
missed 14 school days in 2025-26. Neurological exam normal. No suicidal ideation.
Preventives: topiramate 25 then 50 mg twice daily 09/2025-11/2025, stopped after 10 weeks for word-finding trouble
and tingling; amitriptyline 25 mg at bedtime as a migraine preventive since 01/2026 (started at 10 mg), partial
benefit, continued. Riboflavin 400 mg daily. CBT for headache, 8 sessions 02/2026-05/2026.
Earlier: cyproheptadine 4 mg at bedtime 09/2022-06/2023 for episodic migraine at age 10, worked well.
Plan: bilateral greater occipital nerve block today; repeat in about 5 weeks if helpful.
""",
    "clinical/procedure-notes-2026-08-11-and-09-15.txt": """
MID-HUDSON PEDIATRIC NEUROLOGY (FICTIONAL) - PROCEDURE NOTES                               Page 1 of 1
Patient: Theo Vasquez-Lindgren   Physician: Esteban Quillfeldt, MD
08/11/2026: bilateral greater occipital nerve block (left and right), lidocaine 1%, landmark technique; tolerated.
09/15/2026: bilateral greater occipital nerve block (left and right), same technique; tolerated.
Procedure log 09/15/2026 (clinic list): 1. T. Vasquez-Lindgren - bilateral GON block. 2. A. Rasmussen - clinic
visit only (another patient).
""",
    "clinical/headache-follow-up-2026-11-03.txt": """
MID-HUDSON PEDIATRIC NEUROLOGY (FICTIONAL) - FOLLOW-UP                                     Date: 11/03/2026
Patient: Theo Vasquez-Lindgren   Page 1 of 1
Headache diary: 9 headache days in September and 9 headache days in October 2026 (18 a month before the blocks).
Back at school full time. Amitriptyline continued.
""",
    "other/medical-policy-mp-nb-11-version-3-2024.txt": """
HUDSON VALLEY KIDS HEALTH PLAN (FICTIONAL) - MEDICAL POLICY MP-NB-11 OCCIPITAL NERVE BLOCKS          Page 1 of 2
Version 3, effective 03/01/2024: Occipital nerve blocks are considered investigational for members under 18 years
of age. [Replaced by Version 4 on 03/01/2026.]
""",
    "other/medical-policy-mp-nb-11-version-4-2026.txt": """
HUDSON VALLEY KIDS HEALTH PLAN (FICTIONAL) - MEDICAL POLICY MP-NB-11 OCCIPITAL NERVE BLOCKS          Page 1 of 3
Version 4, effective 03/01/2026: Greater occipital nerve block is considered medically necessary for members 12
years and older with chronic migraine who have tried, or could not tolerate, at least two preventive medications.
No more than 4 blocks in 12 months. Version history: Version 3 (03/01/2024) retired 02/28/2026.
""",
    "other/provider-manual-2026-sections-7-4-and-9-4-excerpt.txt": """
HUDSON VALLEY KIDS HEALTH PLAN (FICTIONAL) - PROVIDER MANUAL 2026 (excerpt)                Pages 41 and 63
Section 7.4 Bilateral procedures: bill one line with modifier 50 and 1 unit.
Section 9.4 Claim appeals: A provider may appeal a claim decision in writing within 90 days of the date of the
remittance.
""",
    "other/corrected-claims-2026-10-29.txt": """
MID-HUDSON PEDIATRIC NEUROLOGY (FICTIONAL) - CORRECTED CLAIMS (resubmission code 7)        Sent 10/29/2026
Replaces HVK-26-0822-55104: DOS 08/11/2026   64405-50 x1   G43.719
Replaces HVK-26-0921-57730: DOS 09/15/2026   64405-50 x1   G43.719
""",
    "other/clearinghouse-report-2026-10-30.txt": """
RIVERTOWN CLAIMS NETWORK (FICTIONAL CLEARINGHOUSE) - PAYER ACCEPTANCE REPORT           Report date 10/30/2026
Batch 88120 sent 10/29/2026   Page 1 of 1
VASQUEZ-LINDGREN, THEO   DOS 08/11/2026   64405-50 x1   frequency 7   ACCEPTED 10/30/2026
VASQUEZ-LINDGREN, THEO   DOS 09/15/2026   64405-50 x1   frequency 7   ACCEPTED 10/30/2026
""",
    "other/headache-diary-2023-stale.txt": """
HEADACHE DIARY (family's copy; FICTIONAL)                                                  03/2023
Theo Vasquez-Lindgren: 3 headache days this month. [Old diary from the episodic period at age 10.]
""",
}

TRUTH = """# 04 - Separate CHIP (Child Health Plus), member aged 14: occipital nerve blocks denied under a retired policy version and for a missing bilateral modifier; provider claim appeal by the practice's billing coordinator (FICTIONAL)

All people, plans, practices, numbers and addresses are invented (FICTIONAL).

## What is true
- Theo Vasquez-Lindgren, **14** (DOB 06/15/2012), in **Hudson Valley Kids Health Plan - Child Health Plus** (a
  separate CHIP, managed care, NY), has **chronic migraine (G43.719)**: 18 headache days a month, PedMIDAS 52. He had
  **bilateral greater occipital nerve blocks (64405) on 08/11/2026 and 09/15/2026**; headache days fell to **9** a
  month (September, October).
- One **remittance of 10/20/2026** denied both claims (HVK-26-0822-55104, HVK-26-0921-57730): **CO-55** "investigational
  for members under 18" (MP-NB-11) and **CO-4** "2 units; ... must be billed with modifier 50".
- **The policy the denial used was retired:** MP-NB-11 **Version 3 (03/01/2024)** was replaced by **Version 4,
  effective 03/01/2026**: medically necessary for **members 12 years and older** with chronic migraine after two
  preventives tried or not tolerated, up to 4 blocks in 12 months. Both dates are after 03/01/2026; every Version 4
  criterion is met (14; chronic migraine; topiramate not tolerated, amitriptyline partial; 2 blocks).
- **The coding ground was right and is fixed:** the claims had 2 units and no modifier (`coding_correct: false`);
  corrected claims (64405-50 x1 each, resubmission code 7) were sent **10/29/2026** and accepted **10/30/2026**
  (batch **88120**), per Provider Manual 7.4.
- **Stage:** a provider claim appeal under Provider Manual 9.4, **90 days from the remittance: by 01/18/2027**. CHIP:
  42 CFR 457.1260 applies the Medicaid managed-care appeal rules to enrollee appeals; the enrollee's next level is
  the state's review (457.1130), not a fair hearing.
- **Author:** the practice's billing coordinator, for the practice (a party to its own claims); writes about "Theo".

### Expected answers
{ANSWERS}

## Deliberately unknown
- Why the claims system applied Version 3 after it was retired: unknown; the letter may ask.
- The allowed amount: not in the case.
- Whether New York gives Child Health Plus members a state external appeal for this: not settled in the case.

## Traps
- **Two grounds, opposite answers:** the experimental ground is wrong (retired version); the coding ground was RIGHT
  and is cured by the corrected claims. A letter must not say the claim was correctly coded.
- **Date:** both dates of service after 03/01/2026, the day Version 4 took effect.
- **Amitriptyline here is a preventive** (25 mg, migraine), not a sleep dose; still taken, partial - never "failed"
  or "stopped". **Topiramate** was not tolerated (10 weeks), which Version 4 accepts ("could not tolerate").
- **Riboflavin** is a supplement, not a counted preventive; **cyproheptadine 2022-2023** worked in an earlier
  episodic period - not a failure.
- **Other person:** the 09/15/2026 procedure log line 2 (A. Rasmussen). **Stale:** the 2023 diary (3 days a month).
- **Wrong law:** no EPSDT (not Medicaid), no Medicaid fair hearing, no continued benefits (438.420), no ERISA, no
  45 CFR 147.136, no MHPAEA employer rules.

## Arguments a strong letter makes (strongest first)
1. MP-NB-11 Version 3 was retired on 02/28/2026; Version 4, in force on both dates, covers the blocks for members 12
   and older - and Theo meets each Version 4 criterion, with exhibits.
2. The coding point is answered: corrected claims with modifier 50 and 1 unit were sent 10/29/2026 and accepted
   10/30/2026 (batch 88120); process them as corrected.
3. Pay both claims (HVK-26-0822-55104, HVK-26-0921-57730) and correct the policy version in the claims system.

## What a letter must NOT say
- "correctly coded", "billed correctly", "the modifier was not required".
- "investigational" conceded; "under 18" as the rule in force; "Version 3 applies".
- "failed amitriptyline", "stopped amitriptyline", amitriptyline as a sleep dose; "failed cyproheptadine";
  riboflavin as a trial; "Rasmussen".
- "EPSDT", "fair hearing", "ERISA", "45 CFR 147.136", "MHPAEA"; a payment figure beyond the billed charges.
"""

ANSWERS = [
    ("Plan type", "plan_type: chip", "case.yaml"),
    ("Date of the remittance", "REMITTANCE ADVICE        Date: 10/20/2026", "denial/remittance-advice-2026-10-20.txt"),
    ("The policy version the denial used", "Version 3, effective 03/01/2024", "other/medical-policy-mp-nb-11-version-3-2024.txt"),
    ("The policy version in force", "Version 4, effective 03/01/2026", "other/medical-policy-mp-nb-11-version-4-2026.txt"),
    ("Age threshold in force", "members 12 years and older", "other/medical-policy-mp-nb-11-version-4-2026.txt"),
    ("Age at the blocks", "DOB 06/15/2012 (age 14)", "clinical/neurology-note-2026-08-11.txt"),
    ("Dates of service", "08/11/2026 and 09/15/2026", "truth"),
    ("The bilateral billing rule", "bill one line with modifier 50 and 1 unit", "other/provider-manual-2026-sections-7-4-and-9-4-excerpt.txt"),
    ("When the corrected claims were sent", "Sent 10/29/2026", "other/corrected-claims-2026-10-29.txt"),
    ("Acceptance batch", "Batch 88120", "other/clearinghouse-report-2026-10-30.txt"),
    ("Why topiramate stopped", "word-finding trouble and tingling", "clinical/neurology-note-2026-08-11.txt"),
    ("What amitriptyline is for", "amitriptyline 25 mg at bedtime as a migraine preventive", "clinical/neurology-note-2026-08-11.txt"),
    ("Headache days before", "18 headache days a month", "clinical/neurology-note-2026-08-11.txt"),
    ("Headache days after", "9 headache days in September and 9 headache days in October", "clinical/headache-follow-up-2026-11-03.txt"),
    ("Appeal window", "within 90 days of the date of the remittance", "other/provider-manual-2026-sections-7-4-and-9-4-excerpt.txt"),
    ("Another patient on the log", "A. Rasmussen", "clinical/procedure-notes-2026-08-11-and-09-15.txt"),
]
