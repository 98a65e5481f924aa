# FICTIONAL case data, letters set 43, case 02 (issue 18). Every person, plan, provider, number and address is invented.
SLUG = "02-part-d-pdp-buprenorphine-buccal-pain-sleep-apnea-criterion-redetermination-pain-physician"

CASE_YAML = r'''
# FICTIONAL CASE (set 43, case 02) - every person, plan, provider, number and address is invented.
# Stand-alone Part D plan, West Virginia. Loretta Pruett, 68, has chronic low back pain from lumbar spondylosis and
# severe obstructive sleep apnea. Her pain physician prescribed buprenorphine buccal film; the plan denied it under
# PA-BUP-2 criterion 2 ("two formulary long-acting opioids") although criterion 3 of the same criteria takes its place
# when a full-agonist opioid is unsafe because of moderate or severe sleep apnea. The pharmacy fill history shows
# morphine ER fills, but they are her husband's. The pain physician asks for redetermination (a Part D prescriber
# may, 42 CFR 423.580).
patient:
  name: Loretta Pruett
  salutation: Mrs. Pruett
  date_of_birth: 1958-07-14
  member_id: FICT-APX-730155820
  address: |-
    61 Laurel Fork Road
    Beckley, WV 25801
  phone: (304) 555-0118
insurer:
  name: Appalachian Crest Rx Plus (PDP), a Medicare Part D plan (FICTIONAL)
  appeals_address: |-
    Appalachian Crest Rx Plus - Part D Redeterminations (FICTIONAL)
    PO Box 8812
    Charleston, WV 25326
  fax: (304) 555-0166
claim:
  number: ACR-CD-26-1117-40552
  plan_type: medicare_part_d
  notice_date: 2026-11-20
  appeal_deadline: 2027-01-24
  deadline_basis: >-
    Notice of denial of Medicare prescription drug coverage of 11/20/2026: "You have 65 days from the date of this
    notice to ask for a redetermination."
  diagnosis_codes: [M47.816, G89.4, G47.33]
  denial_reason: >-
    We denied your request for buprenorphine buccal film 300 mcg every 12 hours. Our prior authorization criteria
    PA-BUP-2 require a trial of two formulary long-acting opioids (criterion 2). Our records show no claims for a
    long-acting opioid for you.
  denial_category: step_therapy
  denial_reasons: [step_therapy]
  action: none
treatment:
  name: Buprenorphine buccal film (Belbuca) 300 mcg every 12 hours
  summary: >-
    A partial-agonist opioid for chronic low back pain from lumbar spondylosis, chosen because severe obstructive
    sleep apnea makes a full-agonist long-acting opioid unsafe for her.
  plan: >-
    Start 150 mcg every 12 hours for 7 days, then 300 mcg every 12 hours; review pain, function and sedation at 2 and
    6 weeks; stop if function does not improve by 12 weeks; naloxone nasal spray prescribed; CPAP use checked at each
    visit.
  alongside: duloxetine 60 mg daily
clinical:
  severity: Pain 8/10 on average; PEG scale 8.0 on 11/09/2026; walks under one block; sleep apnea AHI 38 (severe) on 05/14/2025
  severity_date: 2026-11-09
  suicidality: none
  suicidality_date: 2026-11-09
  treating_since: 2023-02
  history:
    - drug: Tramadol
      dose: 50 mg three times daily
      start: 2024-03
      end: 2024-04
      kind: other
      adequate: false
      outcome: Stopped after 3 weeks for nausea and dizziness (intolerance)
      evidence: {file: clinical/pain-clinic-note-2026-11-09.txt, page: 1}
    - drug: Gabapentin
      dose: 600 mg three times daily
      start: 2023-04
      ongoing: true
      kind: other
      response: partial
      outcome: Partial relief; continued
      evidence: {file: clinical/pain-clinic-note-2026-11-09.txt, page: 1}
    - drug: Duloxetine
      dose: 60 mg daily
      start: 2023-09
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial relief of pain; continued
      evidence: {file: clinical/pain-clinic-note-2026-11-09.txt, page: 1}
    - drug: Cyclobenzaprine
      dose: 5 mg at bedtime
      start: 2025-01
      ongoing: true
      kind: other
      outcome: Taken at bedtime for muscle spasm and sleep; not a pain medicine trial
      evidence: {file: clinical/pain-clinic-note-2026-11-09.txt, page: 1}
    - drug: Physical therapy
      dose: 12 visits
      start: 2025-08
      end: 2025-10
      kind: other
      adequate: true
      failed: true
      response: partial
      outcome: Completed 12 visits; home program continued; pain unchanged at 8/10
      evidence: {file: clinical/pain-clinic-note-2026-11-09.txt, page: 1}
    - drug: Lumbar medial branch radiofrequency ablation
      dose: bilateral L3-L5
      start: 2025-12
      end: 2025-12
      kind: other
      adequate: true
      failed: true
      response: none
      outcome: No lasting relief at 3 months
      evidence: {file: clinical/pain-clinic-note-2026-11-09.txt, page: 1}
payer_criteria:
  - criterion: "1. Pain severe enough to require daily, around-the-clock, long-term opioid treatment, for which other treatments are inadequate."
    how_met: >-
      Pain 8/10 and PEG 8.0 after gabapentin, duloxetine, physical therapy and radiofrequency ablation; tramadol was
      not tolerated.
    met: true
    evidence: {file: clinical/pain-clinic-note-2026-11-09.txt, page: 1}
  - criterion: "2. Trial and failure of, or intolerance to, two formulary long-acting opioids (for example morphine sulfate extended-release)."
    how_met: >-
      Not required: criterion 3 is met, and the criteria say that when it is, criterion 2 is not required. The
      record shows no long-acting opioid was ever prescribed to her, by design.
    met: false
    evidence: {file: clinical/pain-clinic-note-2026-11-09.txt, page: 1}
  - criterion: "3. Or: the prescriber documents that a full-agonist opioid is not appropriate because of (a) moderate or severe sleep apnea, (b) earlier opioid-induced respiratory depression, or (c) opioid use disorder in remission; in which case criterion 2 is not required."
    how_met: >-
      Severe obstructive sleep apnea, AHI 38, on the sleep study of 05/14/2025; the prescriber's statement of
      11/24/2026 documents that a full-agonist long-acting opioid is not appropriate for that reason.
    met: true
    instead_of: 2
    evidence:
      - {file: clinical/sleep-study-report-2025-05-14.txt, page: 1}
      - {file: other/prescriber-supporting-statement-2026-11-24.txt, page: 1}
plan_policy:
  name: Appalachian Crest Rx Plus 2026 Prior Authorization Criteria, PA-BUP-2 (buprenorphine buccal film)
  number: PA-BUP-2
  quote: >-
    Buprenorphine buccal film is approved for 12 months when criteria 1 and 2 are met, or criteria 1 and 3. 1. Pain
    severe enough to require daily, around-the-clock, long-term opioid treatment, for which other treatments are
    inadequate. 2. Trial and failure of, or intolerance to, two formulary long-acting opioids (for example morphine
    sulfate extended-release). 3. Or: the prescriber documents that a full-agonist opioid is not appropriate because
    of (a) moderate or severe sleep apnea, (b) earlier opioid-induced respiratory depression, or (c) opioid use
    disorder in remission; in which case criterion 2 is not required.
  file: other/pa-bup-2-criteria-2026.txt
prescriber_statement:
  date: 2026-11-24
  quote: >-
    Mrs. Pruett has severe obstructive sleep apnea (AHI 38 on 05/14/2025). A full-agonist long-acting opioid such as
    morphine ER would put her at risk of respiratory depression, and is not appropriate; buprenorphine's ceiling on
    respiratory depression is the reason I chose it.
  file: other/prescriber-supporting-statement-2026-11-24.txt
author:
  name: Dr. Calvin Ashworth-Reyes
  role: Treating pain medicine physician (MD), prescriber
  relation: physician
  address: |-
    New River Pain and Spine (FICTIONAL), 300 Stanaford Road, Suite 210
    Beckley, WV 25801
  phone: (304) 555-0124
  email: c.ashworth@newriverpain.example
  fax: (304) 555-0125
provider:
  name: Dr. Calvin Ashworth-Reyes
  credentials: MD, pain medicine
  npi: "1283746505"
  address: |-
    300 Stanaford Road, Suite 210
    Beckley, WV 25801
  phone: (304) 555-0124
record_dates:
  - file: clinical/pain-clinic-note-2026-11-09.txt
    date: 2026-11-09
  - file: clinical/sleep-study-report-2025-05-14.txt
    date: 2025-05-14
  - file: other/prescriber-supporting-statement-2026-11-24.txt
    date: 2026-11-24
bates_prefix: PRUETT
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''

DOCS = {
    "denial/notice-of-denial-of-drug-coverage-2026-11-20.txt": '''
APPALACHIAN CREST RX PLUS (PDP) (FICTIONAL) - NOTICE OF DENIAL OF MEDICARE PRESCRIPTION DRUG COVERAGE
Date of notice: 11/20/2026     Coverage determination ACR-CD-26-1117-40552 (request received 11/17/2026)
Member: Loretta Pruett   Member ID FICT-APX-730155820   Prescriber: Calvin Ashworth-Reyes, MD
Drug: buprenorphine buccal film 300 mcg, 1 film every 12 hours, 60 films per 30 days

We denied your request for buprenorphine buccal film 300 mcg every 12 hours. Our prior authorization criteria
PA-BUP-2 require a trial of two formulary long-acting opioids (criterion 2). Our records show no claims for a
long-acting opioid for you.

You have 65 days from the date of this notice to ask for a redetermination. You, your representative or your
prescriber may ask. Fax (304) 555-0166 or write to Part D Redeterminations, PO Box 8812, Charleston, WV 25326. If
your health could be seriously harmed by waiting, ask for a fast (expedited) decision.
''',
    "clinical/pain-clinic-note-2026-11-09.txt": '''
NEW RIVER PAIN AND SPINE (FICTIONAL) - FOLLOW-UP NOTE                            Date: 11/09/2026
Patient: Loretta Pruett   DOB 07/14/1958   Page 1 of 1   Physician: Calvin Ashworth-Reyes, MD (treating since 02/2023)
Diagnoses: lumbar spondylosis (M47.816); chronic pain syndrome (G89.4); obstructive sleep apnea, severe (G47.33),
on CPAP. Pain 8/10 on average; PEG 8.0; walks under one block; no longer drives to church.
Treatments: gabapentin 600 mg three times daily since 04/2023, partial relief, continued; duloxetine 60 mg daily
since 09/2023, partial relief, continued; tramadol 50 mg three times daily 03/2024, stopped after 3 weeks for nausea
and dizziness; cyclobenzaprine 5 mg at bedtime since 01/2025 for spasm and sleep; physical therapy 12 visits
08/2025-10/2025, home program continued, pain unchanged; bilateral L3-L5 medial branch radiofrequency ablation
12/2025, no lasting relief at 3 months.
Opioid history: no long-acting opioid ever prescribed to her. Full agonist long-acting opioids avoided because of
severe sleep apnea. PDMP checked 11/09/2026: no controlled prescriptions other than those above.
Mood: no depression symptoms beyond pain-related frustration; no suicidal ideation.
Plan: buprenorphine buccal film 150 mcg every 12 hours for 7 days, then 300 mcg every 12 hours; naloxone nasal spray;
review at 2 and 6 weeks; stop if function has not improved by 12 weeks.
''',
    "clinical/sleep-study-report-2025-05-14.txt": '''
RALEIGH COUNTY SLEEP CENTER (FICTIONAL) - POLYSOMNOGRAPHY REPORT                 Date: 05/14/2025
Patient: Loretta Pruett   DOB 07/14/1958   Page 1 of 1
Apnea-hypopnea index 38 events per hour; lowest oxygen saturation 79%. Impression: severe obstructive sleep apnea.
CPAP titration recommended; CPAP started 06/2025.
''',
    "other/prescriber-supporting-statement-2026-11-24.txt": '''
NEW RIVER PAIN AND SPINE (FICTIONAL) - PRESCRIBER'S SUPPORTING STATEMENT (42 CFR 423.578(b))   Date: 11/24/2026
Patient: Loretta Pruett   Member ID FICT-APX-730155820   Page 1 of 1
Mrs. Pruett has severe obstructive sleep apnea (AHI 38 on 05/14/2025). A full-agonist long-acting opioid such as
morphine ER would put her at risk of respiratory depression, and is not appropriate; buprenorphine's ceiling on
respiratory depression is the reason I chose it.
She meets PA-BUP-2 criteria 1 and 3. She has never taken a long-acting opioid.
Calvin Ashworth-Reyes, MD   NPI 1283746505   (304) 555-0124
''',
    "other/pa-bup-2-criteria-2026.txt": '''
APPALACHIAN CREST RX PLUS (FICTIONAL) - 2026 PRIOR AUTHORIZATION CRITERIA        Page 14 of 96
PA-BUP-2 Buprenorphine buccal film
Buprenorphine buccal film is approved for 12 months when criteria 1 and 2 are met, or criteria 1 and 3.
1. Pain severe enough to require daily, around-the-clock, long-term opioid treatment, for which other treatments
   are inadequate.
2. Trial and failure of, or intolerance to, two formulary long-acting opioids (for example morphine sulfate
   extended-release).
3. Or: the prescriber documents that a full-agonist opioid is not appropriate because of (a) moderate or severe
   sleep apnea, (b) earlier opioid-induced respiratory depression, or (c) opioid use disorder in remission; in which
   case criterion 2 is not required.
''',
    "other/pharmacy-fill-history-household-2026-11-15.txt": '''
BECKLEY FAMILY PHARMACY (FICTIONAL) - HOUSEHOLD FILL HISTORY, 05/2026-11/2026      Printed 11/15/2026
Account: Pruett household, 61 Laurel Fork Road, Beckley, WV
06/02/2026  PRUETT, LORETTA   gabapentin 600 mg #90        Appalachian Crest Rx Plus
06/02/2026  PRUETT, LORETTA   duloxetine 60 mg #30         Appalachian Crest Rx Plus
06/18/2026  PRUETT, DWIGHT    morphine sulfate ER 15 mg #60  Mountain State Retiree Rx   [her husband]
07/17/2026  PRUETT, DWIGHT    morphine sulfate ER 15 mg #60  Mountain State Retiree Rx   [her husband]
10/30/2026  PRUETT, LORETTA   cyclobenzaprine 5 mg #30     Appalachian Crest Rx Plus
''',
}

TRUTH = r'''
# 02 - Part D PDP: buprenorphine buccal film denied for "no long-acting opioid trials" although the criteria's own alternative is met; redetermination by the pain physician (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Loretta Pruett, 68 (DOB 07/14/1958), stand-alone Part D plan; chronic low back pain from lumbar spondylosis
  (M47.816, G89.4) and **severe obstructive sleep apnea, AHI 38** (05/14/2025; G47.33), on CPAP.
- The notice of **11/20/2026** denied buprenorphine buccal film 300 mcg every 12 hours under **PA-BUP-2 criterion 2**
  ("two formulary long-acting opioids"). The plan's own PA-BUP-2 approves on **criteria 1 and 3**, and criterion 3
  (moderate or severe sleep apnea documented by the prescriber) says criterion 2 "is not required". She meets 1
  (pain 8/10, PEG 8.0 after gabapentin, duloxetine, PT, RFA; tramadol not tolerated) and 3 (sleep study; the
  prescriber's statement of 11/24/2026).
- She has **never taken a long-acting opioid**: the morphine ER fills on the household fill history are her
  husband Dwight's.
- **Rule and stage:** Part D redetermination, 42 CFR 423.580-423.590; a prescriber may ask on the enrollee's behalf
  (423.580); **65 days from the notice (423.582(b)): by 01/24/2027**; standard decision within 7 days (423.590(a));
  an exception rests on the prescriber's supporting statement (423.578(b)). Next level: the Part D IRE.
- **Author:** her treating pain physician, Dr. Calvin Ashworth-Reyes, MD, writing as "I", about "Mrs. Pruett".

## Deliberately unknown
- Whether the plan's reviewer read criterion 3 at all: not known; a letter may ask.
- Whether the plan would rather have an expedited decision: no physician statement of urgency; a letter must not
  claim one.
- The film's price, tier or cost share: not in the case.

## Traps
- **Plan document, not only medicine.** The winning point is PA-BUP-2's own "criteria 1 and 3" route: criterion 2
  is replaced, never "unmet" or "failed".
- **Another person's record:** the household fill history shows morphine ER 15 mg for **Dwight Pruett** (her
  husband, another plan); never a trial of hers, never "she tried morphine ER".
- **Intolerance, not a trial:** tramadol 3 weeks, stopped for nausea and dizziness (and it is not a long-acting
  opioid anyway).
- **Drugs still taken:** gabapentin and duloxetine continue (partial relief); never "failed" or "stopped".
  Duloxetine is taken for pain here; no depression claim.
- **Sleep/spasm dose:** cyclobenzaprine 5 mg at bedtime is not a pain-medicine trial.
- **Suicidality none;** no depression episode; no Spravato, no psychiatric indication.
- **Wrong law:** no ERISA, no 45 CFR 147.136, no MHPAEA/parity (Part D), no Medicare Advantage 422.x citations, no
  "60 days after receipt".
- **Voice:** the physician writes "I" as her treating physician, about Mrs. Pruett; encloses no CMS-1696 (a
  prescriber may request a Part D redetermination, 423.580).

## Arguments a strong letter makes (strongest first)
1. PA-BUP-2 approves on criteria 1 and 3; criterion 3 (severe sleep apnea, AHI 38, documented by the prescriber)
   is met, and the criteria themselves say criterion 2 is then not required. The denial applied a criterion the
   plan's own terms set aside for her. Approve the film for the 12 months the criteria give.
2. Criterion 1 is met from the record (pain 8/10, PEG 8.0 after two medicines, PT and RFA; tramadol intolerance).
3. In the alternative, a coverage exception under 42 CFR 423.578(b), on the prescriber's supporting statement of
   11/24/2026: a full-agonist long-acting opioid would put her at risk of respiratory depression.
4. The "no claims for a long-acting opioid" line is true and beside the point: she has never taken one, on purpose.

## What a letter must NOT say
- "failed morphine", "tried morphine ER", "two long-acting opioids"; "Dwight" as her record.
- "criterion 2 is not met" as a concession; "she has not met all criteria".
- "failed duloxetine", "stopped gabapentin"; cyclobenzaprine as a trial; tramadol as an adequate trial.
- "suicidal ideation"; "treatment-resistant depression"; "Spravato".
- "ERISA", "45 CFR 147.136", "MHPAEA", "parity", "422.578", "422.590", "60 days after receipt"; "expedited"
  as granted.
'''

ANSWERS = [
    ("criterion the denial applied", "require a trial of two formulary long-acting opioids (criterion 2)", "denial/notice-of-denial-of-drug-coverage-2026-11-20.txt"),
    ("approval route", "approved for 12 months when criteria 1 and 2 are met, or criteria 1 and 3", "other/pa-bup-2-criteria-2026.txt"),
    ("criterion 3 replaces 2", "in which case criterion 2 is not required", "other/pa-bup-2-criteria-2026.txt"),
    ("sleep apnea severity", "Apnea-hypopnea index 38 events per hour", "clinical/sleep-study-report-2025-05-14.txt"),
    ("prescriber statement", "is not appropriate; buprenorphine's ceiling on respiratory depression", "other/prescriber-supporting-statement-2026-11-24.txt"),
    ("no long-acting opioid ever", "no long-acting opioid ever prescribed to her", "clinical/pain-clinic-note-2026-11-09.txt"),
    ("other person", "PRUETT, DWIGHT    morphine sulfate ER 15 mg", "other/pharmacy-fill-history-household-2026-11-15.txt"),
    ("intolerance", "stopped after 3 weeks for nausea and dizziness", "clinical/pain-clinic-note-2026-11-09.txt"),
    ("still taken", "duloxetine 60 mg daily since 09/2023, partial relief, continued", "clinical/pain-clinic-note-2026-11-09.txt"),
    ("bedtime dose", "cyclobenzaprine 5 mg at bedtime since 01/2025 for spasm and sleep", "clinical/pain-clinic-note-2026-11-09.txt"),
    ("severity", "Pain 8/10 on average; PEG 8.0", "clinical/pain-clinic-note-2026-11-09.txt"),
    ("appeal window", "65 days from the date of this notice", "denial/notice-of-denial-of-drug-coverage-2026-11-20.txt"),
    ("deadline", "by 01/24/2027", "truth"),
    ("exception rule", "423.578(b)", "truth"),
    ("drug and dose", "buprenorphine buccal film 300 mcg, 1 film every 12 hours", "denial/notice-of-denial-of-drug-coverage-2026-11-20.txt"),
    ("author", "Dr. Calvin Ashworth-Reyes", "case.yaml"),
]
