# FICTIONAL case 03, letters set 49.
SLUG = "03-part-d-pdp-milnacipran-fibromyalgia-step-therapy-intolerance-former-plan-ire-patient"

CASE_YAML = """
# FICTIONAL CASE (letters set 49, case 03) - every person, plan, pharmacy, provider, number and address is invented.
# Stand-alone Part D PDP. Milnacipran for fibromyalgia, step rule ST-FM-07 (duloxetine and pregabalin, each 8 weeks
# or stopped for intolerance, in claims or prescriber records). The redetermination of 11/10/2026 upheld the denial:
# "pregabalin 14 days only; no claim for duloxetine". Duloxetine was 12 weeks in 2025 under her former retiree plan;
# pregabalin was stopped for intolerance. She asks the IRE herself.
patient:
  name: Odalys Penhallow
  salutation: Ms. Penhallow
  date_of_birth: 1957-11-02
  member_id: KRX-7730196-02
  address: |-
    88 Birchwood Terrace
    Spokane, WA 99203
  phone: (509) 555-0119
insurer:
  name: Keystone Crest Rx Part D Prescription Drug Plan (FICTIONAL)
  appeals_address: |-
    Keystone Crest Rx - Part D Redeterminations (FICTIONAL)
    PO Box 51877
    Harrisburg, PA 17106
  fax: (717) 555-0148
claim:
  number: KCR-CD-26-1014-55730
  plan_type: medicare_part_d
  notice_date: 2026-10-16
  diagnosis_codes: [M79.7]
  denial_reason: >-
    Milnacipran requires step therapy. Our step therapy rule ST-FM-07 requires a trial of duloxetine and a trial
    of pregabalin before milnacipran. Our records do not show that you have tried both.
  denial_category: step_therapy
  denial_reasons: [step_therapy]
  action: none
external_review:
  agency: Independent Review Entity for Medicare Part D (FICTIONAL contractor name as printed on the notice - Crestline Part D Reconsiderations)
  address: |-
    Crestline Part D Reconsiderations (FICTIONAL)
    PO Box 20481
    Columbus, OH 43220
  final_denial_date: 2026-11-10
decisions:
  - date: 2026-11-10
    outcome: denied
    stage: redetermination
    opens: IRE reconsideration
    next_deadline: 2027-01-14
    reason: >-
      Our pharmacy claims show pregabalin 75 mg filled once on 03/02/2026 (14 days). We have no claim for
      duloxetine. Criteria not met.
    corrections:
      - said: We have no claim for duloxetine.
        record: >-
          Duloxetine 60 mg daily was filled 01/06/2025, 02/04/2025 and 03/05/2025 (12 weeks) under her former
          Harborline Retiree Rx plan, before she joined this plan on 01/01/2026; the rule accepts trials shown in
          the prescriber's records.
        file: [other/harborline-retiree-rx-fill-history-2025.txt, clinical/rheumatology-note-2026-09-22.txt]
        page: 1
      - said: pregabalin 75 mg filled once on 03/02/2026 (14 days)
        leaves_out: true
        record: >-
          Pregabalin was stopped on day 14 for leg swelling and dizziness; the rule counts a drug stopped for
          intolerance as a trial.
        file: clinical/rheumatology-note-2026-03-18.txt
        page: 1
plan_policy:
  name: Keystone Crest Rx 2026 Step Therapy Criteria ST-FM-07 (milnacipran)
  number: ST-FM-07
  quote: >-
    Milnacipran is approved when the member has tried (1) duloxetine and (2) pregabalin, each for at least 8 weeks
    or stopped because of an adverse effect or contraindication. A trial may be shown by our claims or by the
    prescriber's records, including trials paid by a prior plan.
  file: other/step-therapy-criteria-st-fm-07-2026.txt
payer_criteria:
  - criterion: (1) duloxetine for at least 8 weeks or stopped because of an adverse effect
    how_met: Duloxetine 60 mg daily 01-03/2025, 12 weeks, no meaningful relief; paid by her former plan
    met: true
    evidence: {file: other/harborline-retiree-rx-fill-history-2025.txt, page: 1}
  - criterion: (2) pregabalin for at least 8 weeks or stopped because of an adverse effect
    how_met: Pregabalin 75 mg twice daily from 03/02/2026, stopped on day 14 for leg swelling and dizziness
    met: true
    evidence: {file: clinical/rheumatology-note-2026-03-18.txt, page: 1}
prescriber_statement:
  date: 2026-11-24
  quote: >-
    Ms. Penhallow took duloxetine 60 mg daily for 12 weeks in 2025 without meaningful relief and had to stop
    pregabalin after 14 days because of leg swelling and dizziness. Both steps of ST-FM-07 are met; milnacipran is
    medically necessary for her fibromyalgia.
  file: clinical/prescriber-supporting-statement-2026-11-24.txt
treatment:
  name: Milnacipran (Savella) 50 mg twice daily
  summary: >-
    Milnacipran for fibromyalgia after duloxetine (12 weeks, no meaningful relief) and pregabalin (stopped for
    intolerance).
  plan: Titrate to 50 mg twice daily over one week; review pain and function at 8 weeks; stop if no benefit.
clinical:
  severity: FIQR 68 on 09/22/2026; widespread pain index 14
  severity_date: 2026-09-22
  suicidality: none
  suicidality_date: 2026-09-22
  history:
    - drug: Duloxetine
      dose: 60 mg daily
      start: 2025-01
      end: 2025-03
      weeks: 12
      adequate: true
      failed: true
      response: none
      paid_outside: another plan
      outcome: No meaningful relief after 12 weeks; paid by her former retiree plan
      evidence: {file: other/harborline-retiree-rx-fill-history-2025.txt, page: 1}
    - drug: Pregabalin
      dose: 75 mg twice daily
      start: 2026-03-02
      end: 2026-03-16
      adequate: false
      outcome: Stopped on day 14 for leg swelling and dizziness (intolerance)
      evidence: {file: clinical/rheumatology-note-2026-03-18.txt, page: 1}
    - drug: Sertraline
      dose: 100 mg daily
      start: 2023-06
      ongoing: true
      kind: antidepressant
      outcome: Taken for depression since 2023 and continued; not a fibromyalgia step
      evidence: {file: clinical/rheumatology-note-2026-09-22.txt, page: 1}
    - drug: Amitriptyline
      dose: 10 mg at bedtime for sleep
      start: 2024-02
      end: 2025-12
      kind: other
      outcome: Low bedtime dose for sleep; not a trial
      evidence: {file: clinical/rheumatology-note-2026-09-22.txt, page: 1}
author:
  name: Odalys Penhallow
  role: Patient (the plan member)
  relation: patient
  address: |-
    88 Birchwood Terrace
    Spokane, WA 99203
  phone: (509) 555-0119
  email: odalys.penhallow@northmail.example
provider:
  name: Dr. Wendell Okimoto-Grier
  credentials: MD, rheumatology
  npi: "@NPI:163059248@"
  address: |-
    Inland Rheumatology Associates (FICTIONAL), 1020 Division Street
    Spokane, WA 99202
  phone: (509) 555-0155
template: external-review-request
copies:
  - prescriber
record_dates:
  - file: clinical/prescriber-supporting-statement-2026-11-24.txt
    date: 2026-11-24
  - file: other/harborline-retiree-rx-fill-history-2025.txt
    date: 2026-11-19
bates_prefix: PENHALLOW
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/redetermination-notice-2026-11-10.txt": """
KEYSTONE CREST RX (FICTIONAL) - REDETERMINATION NOTICE (MEDICARE PART D)   Date of this notice: 11/10/2026
Member: Odalys Penhallow   Member ID KRX-7730196-02   Drug: milnacipran 50 mg tablets   Page 1 of 2
Case KCR-CD-26-1014-55730
Decision: We upheld our decision. Our pharmacy claims show pregabalin 75 mg filled once on 03/02/2026 (14 days).
We have no claim for duloxetine. Criteria not met.
Next step: You may ask the Independent Review Entity to review our decision. Your request must be received within
65 days from the date of this notice. Send it to Crestline Part D Reconsiderations, PO Box 20481, Columbus, OH
43220 (FICTIONAL).
""",
    "denial/coverage-determination-notice-2026-10-16.txt": """
KEYSTONE CREST RX (FICTIONAL) - NOTICE OF DENIAL OF MEDICARE PRESCRIPTION DRUG COVERAGE   Date: 10/16/2026
Member: Odalys Penhallow   Drug: milnacipran 50 mg twice daily
Milnacipran requires step therapy. Our step therapy rule ST-FM-07 requires a trial of duloxetine and a trial of
pregabalin before milnacipran. Our records do not show that you have tried both.
You may ask for a redetermination within 65 days from the date of this notice.
""",
    "other/step-therapy-criteria-st-fm-07-2026.txt": """
KEYSTONE CREST RX (FICTIONAL) - 2026 STEP THERAPY CRITERIA ST-FM-07 (milnacipran)               Page 1 of 1
Milnacipran is approved when the member has tried (1) duloxetine and (2) pregabalin, each for at least 8 weeks or
stopped because of an adverse effect or contraindication. A trial may be shown by our claims or by the
prescriber's records, including trials paid by a prior plan.
Approval period: 12 months.
""",
    "other/harborline-retiree-rx-fill-history-2025.txt": """
HARBORLINE RETIREE RX (FICTIONAL) - MEMBER PRESCRIPTION HISTORY, printed 11/19/2026                 Page 1 of 1
Member: Odalys Penhallow   Coverage 01/01/2022-12/31/2025 (ended; member moved to another Part D plan)
01/06/2025 duloxetine 60 mg #30   02/04/2025 duloxetine 60 mg #30   03/05/2025 duloxetine 60 mg #30
Same household account, other member: 02/11/2025 atorvastatin 20 mg #90 - Ramon Penhallow
""",
    "clinical/rheumatology-note-2026-03-18.txt": """
INLAND RHEUMATOLOGY ASSOCIATES (FICTIONAL) - PROGRESS NOTE                              Date: 03/18/2026
Patient: Odalys Penhallow   DOB 11/02/1957   Page 1 of 1
Fibromyalgia (M79.7). Pregabalin 75 mg twice daily started 03/02/2026; stopped 03/16/2026 (day 14) for bilateral
leg swelling and dizziness with a near-fall. Adverse effect recorded; do not rechallenge.
""",
    "clinical/rheumatology-note-2026-09-22.txt": """
INLAND RHEUMATOLOGY ASSOCIATES (FICTIONAL) - PROGRESS NOTE                              Date: 09/22/2026
Patient: Odalys Penhallow   DOB 11/02/1957   Page 1 of 1
Fibromyalgia (M79.7): FIQR 68, widespread pain index 14; sleep poor; walking limited to 10 minutes.
Prior: duloxetine 60 mg daily 01/2025-03/2025, 12 weeks, no meaningful relief (former plan); pregabalin stopped
for intolerance 03/2026; amitriptyline 10 mg at bedtime for sleep 02/2024-12/2025, stopped.
Current: sertraline 100 mg daily for depression since 06/2023 (primary care), continued. Denies suicidal ideation.
Plan: milnacipran, titrate to 50 mg twice daily.
""",
    "clinical/prescriber-supporting-statement-2026-11-24.txt": """
INLAND RHEUMATOLOGY ASSOCIATES (FICTIONAL) - PRESCRIBER SUPPORTING STATEMENT            Date: 11/24/2026
Ms. Penhallow took duloxetine 60 mg daily for 12 weeks in 2025 without meaningful relief and had to stop
pregabalin after 14 days because of leg swelling and dizziness. Both steps of ST-FM-07 are met; milnacipran is
medically necessary for her fibromyalgia.
Dr. Wendell Okimoto-Grier, MD, NPI @NPI:163059248@
""",
    "other/medication-list-2024-stale.txt": """
INLAND RHEUMATOLOGY ASSOCIATES (FICTIONAL) - MEDICATION LIST                           Printed: 02/20/2024
Odalys Penhallow: amitriptyline 10 mg at bedtime; pregabalin 75 mg twice daily - PLANNED (not started in 2024:
not covered by the former plan without prior authorization).
""",
}

TRUTH = """
# 03 - Part D PDP: milnacipran for fibromyalgia under step therapy; duloxetine paid by a former plan and pregabalin stopped for intolerance; IRE reconsideration asked by the patient (FICTIONAL)

All people, plans, pharmacies, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Odalys Penhallow, 69 (DOB 11/02/1957), in a **stand-alone Part D plan** (Keystone Crest Rx) since **01/01/2026**,
  was denied **milnacipran 50 mg twice daily** for **fibromyalgia (M79.7)** on **10/16/2026** under step rule
  **ST-FM-07**; the redetermination of **11/10/2026** upheld it: "pregabalin ... once on 03/02/2026 (14 days). We
  have no claim for duloxetine."
- **ST-FM-07** (the plan's own 2026 criteria) asks for duloxetine and pregabalin, "each for at least 8 weeks **or
  stopped because of an adverse effect**", shown "by our claims **or by the prescriber's records, including trials
  paid by a prior plan**".
- **Duloxetine 60 mg daily**, filled 01/06, 02/04 and 03/05/2025: **12 weeks**, no meaningful relief, **paid by her
  former plan** (Harborline Retiree Rx, ended 12/31/2025). **Pregabalin** 75 mg twice daily was **stopped on day 14
  (03/16/2026) for leg swelling and dizziness** - an intolerance the rule accepts.
- The prescriber's supporting statement of **11/24/2026** says both steps are met.
- **Rule and stage:** Part D, IRE reconsideration after the redetermination, 42 CFR 423.600; the notice gives
  **65 days from its date: by 01/14/2027**. A step-therapy denial is answered with an exception request under 42 CFR
  423.578(b) on the prescriber's statement. Expedited review is not asked (no urgency recorded).
- **Author:** the patient herself: the letter says "I".

## Deliberately unknown
- Whether the IRE will accept a statement dated after the redetermination without a new one: not known.
- Her cost sharing for milnacipran: not in the case.
- Why the plan did not look at prescriber records: not known (a letter may ask).

## Traps
- **Plan document and records, not a new clinical argument:** the rule's own words accept intolerance and trials
  in the prescriber's records or paid by a prior plan; both steps are met.
- **"14 days" is true as far as it goes:** pregabalin was stopped for intolerance; never call it an 8-week or
  "failed adequate" trial, and never deny that it lasted 14 days.
- **Trial paid outside the plan:** duloxetine is a trial although this plan's claims cannot show it.
- **Sertraline continues** (for depression, prescribed by primary care): not a fibromyalgia step, never "failed" or
  "stopped". **Amitriptyline 10 mg** was a sleep dose, not a trial.
- **Stale document:** the 2024 medication list shows pregabalin "PLANNED"; it was not started until 03/2026.
- **Another person:** the 2025 fill history has her husband's atorvastatin (Ramon Penhallow).
- **Wrong law:** no ERISA, no MHPAEA (Part D), no 45 CFR 147.136; no "external review" in the commercial sense; no
  Medicare Advantage or Medicaid rules.
- **Voice:** "I", never "Ms. Penhallow has failed".

## Arguments a strong letter makes (strongest first)
1. By **ST-FM-07's own words** both steps are met: duloxetine 12 weeks (paid by her former plan, shown by its fill
   history and the prescriber's records) and pregabalin stopped for an adverse effect (note of 03/18/2026).
2. The redetermination's statements are incomplete or wrong: "no claim for duloxetine" (the rule accepts prior-plan
   trials); "14 days" leaves out that it was stopped for intolerance.
3. In the alternative, a step-therapy exception under 42 CFR 423.578(b) on the prescriber's supporting statement of
   11/24/2026.

## What a letter must NOT say
- "pregabalin for 8 weeks"; "failed pregabalin after an adequate trial".
- "failed sertraline", "stopped sertraline"; amitriptyline as a tricyclic trial.
- "ERISA", "MHPAEA", "parity", "45 CFR 147.136", "42 CFR 422", "Medicaid".
- "Ramon Penhallow"; "Ms. Penhallow has tried" in the third person when she signs.
"""

ANSWERS = [
    ("plan type", "plan_type: medicare_part_d", "case.yaml"),
    ("stage", "opens: IRE reconsideration", "case.yaml"),
    ("deadline", "within 65 days from the date of this notice", "denial/redetermination-notice-2026-11-10.txt"),
    ("rule's words on intolerance", "stopped because of an adverse effect or contraindication", "other/step-therapy-criteria-st-fm-07-2026.txt"),
    ("rule's words on prior plans", "including trials paid by a prior plan", "other/step-therapy-criteria-st-fm-07-2026.txt"),
    ("duloxetine fills", "03/05/2025 duloxetine 60 mg #30", "other/harborline-retiree-rx-fill-history-2025.txt"),
    ("former plan ended", "Coverage 01/01/2022-12/31/2025", "other/harborline-retiree-rx-fill-history-2025.txt"),
    ("pregabalin stopped", "stopped 03/16/2026 (day 14) for bilateral leg swelling and dizziness", "clinical/rheumatology-note-2026-03-18.txt"),
    ("decision's wrong statement", "We have no claim for duloxetine.", "denial/redetermination-notice-2026-11-10.txt"),
    ("prescriber statement date", "PRESCRIBER SUPPORTING STATEMENT            Date: 11/24/2026", "clinical/prescriber-supporting-statement-2026-11-24.txt"),
    ("drug still taken", "sertraline 100 mg daily for depression since 06/2023 (primary care), continued", "clinical/rheumatology-note-2026-09-22.txt"),
    ("sleep dose", "amitriptyline 10 mg at bedtime for sleep", "clinical/rheumatology-note-2026-09-22.txt"),
    ("stale document", "PLANNED (not started in 2024", "other/medication-list-2024-stale.txt"),
    ("other person", "Ramon Penhallow", "other/harborline-retiree-rx-fill-history-2025.txt"),
    ("exception rule", "42 CFR 423.578(b)", "truth"),
    ("author", "relation: patient", "case.yaml"),
]
