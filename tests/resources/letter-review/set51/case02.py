"""Set 51 case 02 - FICTIONAL. Part D PDP: tapentadol ER step therapy; the plan's own rule counts an intolerance."""
SLUG = "part-d-pdp-tapentadol-dpn-step-intolerance-counts-redetermination-patient"

CASE_YAML = """
# FICTIONAL CASE (letters set 51, case 02) - every person, plan, provider, number and address is invented.
# Stand-alone Part D plan, Maine. Marisol Quintanilla-Hart, 69, painful diabetic neuropathy. Tapentadol ER was denied
# on 11/24/2026 under step therapy ST-NP-11 because duloxetine (2 weeks) and pregabalin (3 weeks) were "not 8-week
# trials"; the plan's own ST-NP-11 counts a drug stopped early for an adverse effect as an intolerance, and both were.
# She asks for a redetermination herself.
patient:
  name: Marisol Quintanilla-Hart
  salutation: Ms. Quintanilla-Hart
  date_of_birth: 1957-02-03
  member_id: FICT-PRX-7730148812
  address: |-
    58 Juniper Ledge Road
    Augusta, ME 04330
  phone: (207) 555-0118
  email: marisol.qh@mail.example
insurer:
  name: Pinecrest Rx Standard (PDP) (FICTIONAL)
  appeals_address: |-
    Pinecrest Rx - Part D Redeterminations (FICTIONAL)
    PO Box 61207
    Portland, ME 04104
  fax: (207) 555-0163
claim:
  number: CD-26-1119-88214
  plan_type: medicare_part_d
  notice_date: 2026-11-24
  appeal_deadline: 2027-01-28
  deadline_basis: >-
    Notice of denial of Medicare prescription drug coverage of 11/24/2026: "You have 65 days from the date of this
    notice to ask for a redetermination."
  diagnosis_codes: [E11.42]
  denial_reason: >-
    Tapentadol ER is subject to step therapy (ST-NP-11). You must have tried two of duloxetine, pregabalin and
    gabapentin for at least 8 weeks each. Our records show duloxetine for 2 weeks and pregabalin for 3 weeks. These do
    not meet the 8-week requirement. Request denied.
  denial_category: step_therapy
  denial_reasons: [step_therapy]
  action: none
  corrections:
    - said: Our records show duloxetine for 2 weeks and pregabalin for 3 weeks. These do not meet the 8-week requirement.
      record: >-
        Each was stopped early for an adverse effect: duloxetine on 03/16/2026 for a rise in ALT to 142 U/L (three
        times the upper limit), pregabalin on 05/25/2026 for leg swelling and dizziness with a fall. ST-NP-11 itself
        says a drug stopped earlier because of an adverse effect counts as an intolerance.
      file: [clinical/pain-clinic-note-2026-11-18.txt, clinical/liver-panel-2026-03-16.txt]
      page: 1
      leaves_out: true
plan_policy:
  name: Pinecrest Rx 2026 Step Therapy Criteria ST-NP-11, tapentadol extended-release
  number: ST-NP-11
  quote: >-
    Tapentadol ER is covered when the member has tried and failed, or had a documented intolerance or
    contraindication to, at least two of the following: duloxetine, pregabalin, gabapentin. A trial is at least 8
    weeks at a therapeutic dose unless the drug was stopped earlier because of an adverse effect, which counts as an
    intolerance.
  file: other/step-therapy-criteria-st-np-11-2026.txt
payer_criteria:
  - criterion: "Tried and failed, or had a documented intolerance or contraindication to, at least two of duloxetine, pregabalin and gabapentin"
    how_met: >-
      Intolerance to duloxetine (ALT 142 U/L after 2 weeks, stopped 03/16/2026) and to pregabalin (leg edema,
      dizziness and a fall after 3 weeks, stopped 05/25/2026): two documented intolerances. Gabapentin 600 mg three
      times daily since 03/2025 continues with a partial response.
    met: true
    evidence:
      - {file: clinical/pain-clinic-note-2026-11-18.txt, page: 1}
      - {file: clinical/liver-panel-2026-03-16.txt, page: 1}
prescriber_statement:
  date: 2026-11-30
  quote: >-
    Ms. Quintanilla-Hart stopped duloxetine after two weeks because her ALT rose to 142 and stopped pregabalin after
    three weeks because of leg swelling and a fall. Both are documented intolerances under ST-NP-11; the alternatives
    would not be as effective and would harm her.
  file: clinical/prescriber-supporting-statement-2026-11-30.txt
treatment:
  name: Tapentadol ER (Nucynta ER) 50 mg twice daily
  summary: >-
    An extended-release analgesic for painful diabetic peripheral neuropathy after intolerance to duloxetine and
    pregabalin, taken with gabapentin.
  plan: Tapentadol ER 50 mg twice daily, reviewed at 4 weeks; opioid agreement, prescription monitoring checks and naloxone on hand; stop if pain and function do not improve by 8 weeks.
  alongside: gabapentin 600 mg three times daily
clinical:
  severity: Pain 8/10 (numeric scale) and Brief Pain Inventory interference 7.1 on 11/18/2026
  severity_date: 2026-11-18
  suicidality: none
  suicidality_date: 2026-11-18
  history:
    - drug: Duloxetine
      dose: 30 mg daily, raised to 60 mg
      start: 2026-03-02
      end: 2026-03-16
      kind: other
      adequate: false
      failed: false
      outcome: Stopped after 2 weeks for ALT 142 U/L (intolerance)
      evidence: {file: clinical/liver-panel-2026-03-16.txt, page: 1}
    - drug: Pregabalin
      dose: 75 mg twice daily
      start: 2026-05-04
      end: 2026-05-25
      kind: other
      adequate: false
      failed: false
      outcome: Stopped after 3 weeks for leg edema and dizziness with a fall (intolerance)
      evidence: {file: clinical/pain-clinic-note-2026-11-18.txt, page: 1}
    - drug: Gabapentin
      dose: 600 mg three times daily
      start: 2025-03
      ongoing: true
      kind: other
      response: partial
      outcome: Partial relief (pain 9 to 8); continued with tapentadol ER
      evidence: {file: clinical/pain-clinic-note-2026-11-18.txt, page: 1}
    - drug: Amitriptyline
      dose: 10 mg at bedtime for sleep
      start: 2024-10
      ongoing: true
      kind: other
      outcome: Sleep dose only; not an analgesic trial
      evidence: {file: clinical/pain-clinic-note-2026-11-18.txt, page: 1}
impact:
  daily_life: She stopped walking to the mailbox and gave up her volunteer shifts at the library; she sleeps in a recliner.
author:
  name: Marisol Quintanilla-Hart
  role: Patient (the plan's member)
  relation: patient
  address: |-
    58 Juniper Ledge Road
    Augusta, ME 04330
  phone: (207) 555-0118
provider:
  name: Dr. Teodora Banerjee
  credentials: MD, pain medicine
  npi: "1588302947"
  address: |-
    Kennebec Valley Pain Center (FICTIONAL), 12 Water Street
    Augusta, ME 04330
  phone: (207) 555-0172
record_dates:
  - file: clinical/pain-clinic-note-2026-11-18.txt
    date: 2026-11-18
  - file: clinical/liver-panel-2026-03-16.txt
    date: 2026-03-16
  - file: clinical/prescriber-supporting-statement-2026-11-30.txt
    date: 2026-11-30
copies: [prescriber]
bates_prefix: QUINTANILLAHART
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/coverage-determination-denial-2026-11-24.txt": """
PINECREST RX STANDARD (PDP) (FICTIONAL)
NOTICE OF DENIAL OF MEDICARE PRESCRIPTION DRUG COVERAGE          Date of notice: 11/24/2026
Member: Marisol Quintanilla-Hart   Member ID FICT-PRX-7730148812   Case CD-26-1119-88214
Drug: tapentadol ER 50 mg tablets, 60 per 30 days. Prescriber: Teodora Banerjee, MD

Why we denied: Tapentadol ER is subject to step therapy (ST-NP-11). You must have tried two of duloxetine,
pregabalin and gabapentin for at least 8 weeks each. Our records show duloxetine for 2 weeks and pregabalin for 3
weeks. These do not meet the 8-week requirement. Request denied.

You have 65 days from the date of this notice to ask for a redetermination. Your prescriber can support your
request with a statement. Mail Part D Redeterminations, PO Box 61207, Portland, ME 04104, or fax (207) 555-0163.
""",
    "clinical/pain-clinic-note-2026-11-18.txt": """
KENNEBEC VALLEY PAIN CENTER (FICTIONAL) - FOLLOW-UP NOTE                     Date: 11/18/2026
Patient: Marisol Quintanilla-Hart   DOB 02/03/1957   Page 1 of 1   Teodora Banerjee, MD
Painful diabetic peripheral neuropathy, both feet (E11.42). Pain 8/10; BPI interference 7.1. No suicidal thoughts.
Tried: duloxetine 30 -> 60 mg 03/02/2026-03/16/2026, stopped for ALT 142 (see 03/16 panel).
       pregabalin 75 mg twice daily 05/04/2026-05/25/2026, stopped for leg edema and dizziness; fell 05/23/2026.
       gabapentin 600 mg three times daily since 03/2025: partial relief (9 -> 8), continuing.
Sleep: amitriptyline 10 mg at bedtime since 10/2024 for sleep only.
Plan: tapentadol ER 50 mg twice daily added to gabapentin; opioid agreement signed; PDMP checked; naloxone prescribed.
""",
    "clinical/liver-panel-2026-03-16.txt": """
AUGUSTA REGIONAL LAB (FICTIONAL) - HEPATIC FUNCTION PANEL                    Collected: 03/16/2026
Patient: Marisol Quintanilla-Hart   DOB 02/03/1957   Page 1 of 1
ALT 142 U/L (reference 7-45) HIGH.  AST 98 U/L HIGH.  Baseline ALT 02/20/2026: 24 U/L.
Note: duloxetine stopped 03/16/2026 by Dr. Banerjee. Repeat 04/13/2026: ALT 31 U/L.
""",
    "clinical/prescriber-supporting-statement-2026-11-30.txt": """
KENNEBEC VALLEY PAIN CENTER (FICTIONAL) - PRESCRIBER SUPPORTING STATEMENT (Part D exception)   Date: 11/30/2026
Patient: Marisol Quintanilla-Hart   Drug: tapentadol ER 50 mg twice daily   Page 1 of 1
Ms. Quintanilla-Hart stopped duloxetine after two weeks because her ALT rose to 142 and stopped pregabalin after
three weeks because of leg swelling and a fall. Both are documented intolerances under ST-NP-11; the alternatives
would not be as effective and would harm her.
Teodora Banerjee, MD, NPI 1588302947
""",
    "other/step-therapy-criteria-st-np-11-2026.txt": """
PINECREST RX (FICTIONAL) - 2026 STEP THERAPY CRITERIA            ST-NP-11 tapentadol extended-release     Page 1 of 1
Tapentadol ER is covered when the member has tried and failed, or had a documented intolerance or contraindication
to, at least two of the following: duloxetine, pregabalin, gabapentin. A trial is at least 8 weeks at a
therapeutic dose unless the drug was stopped earlier because of an adverse effect, which counts as an intolerance.
Posted on the plan's website, formulary page 44, effective 01/01/2026.
""",
    "other/medication-list-2026-03-05-stale.txt": """
KENNEBEC VALLEY PAIN CENTER (FICTIONAL) - MEDICATION LIST              Printed: 03/05/2026
Patient: Marisol Quintanilla-Hart
Active: duloxetine 60 mg daily (started 03/02/2026); gabapentin 600 mg three times daily; metformin 1000 mg
twice daily; amitriptyline 10 mg at bedtime.
[Printed before duloxetine was stopped on 03/16/2026; kept in her own file.]
""",
    "other/pharmacy-fill-history-2026.txt": """
HARBORSIDE PHARMACY (FICTIONAL) - HOUSEHOLD FILL HISTORY                  Printed 11/20/2026
Account: Quintanilla-Hart household
03/02/2026  Marisol Quintanilla-Hart   duloxetine 30 mg #7, then 60 mg #30 (03/09)
05/04/2026  Marisol Quintanilla-Hart   pregabalin 75 mg #60
05/04/2026  Rafael Hart                atorvastatin 40 mg #90
11/03/2026  Marisol Quintanilla-Hart   gabapentin 600 mg #90
""",
}

TRUTH = """
# 02 - Part D PDP: tapentadol ER step therapy; the plan's own ST-NP-11 counts an early stop for an adverse effect as an intolerance; redetermination by the patient (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Marisol Quintanilla-Hart, 69 (DOB 02/03/1957), in **Pinecrest Rx Standard (PDP)** (`medicare_part_d`, Maine), has
  painful diabetic peripheral neuropathy (E11.42), pain 8/10 and BPI interference 7.1 on 11/18/2026; no suicidal
  thoughts.
- The notice of **11/24/2026** (case CD-26-1119-88214) denied tapentadol ER 50 mg twice daily under step therapy
  ST-NP-11 because duloxetine (2 weeks) and pregabalin (3 weeks) "do not meet the 8-week requirement".
- **ST-NP-11's own words:** "tried and failed, or had a documented intolerance or contraindication to, at least two";
  "A trial is at least 8 weeks ... unless the drug was stopped earlier because of an adverse effect, which counts as
  an intolerance." Duloxetine was stopped on 03/16/2026 for ALT 142 U/L; pregabalin on 05/25/2026 for leg edema and
  dizziness with a fall (05/23/2026). **Two documented intolerances: the step is met by the plan's own rule.**
- Gabapentin 600 mg three times daily since 03/2025 continues with a partial response and will be taken with
  tapentadol ER.
- The prescriber's supporting statement is dated **11/30/2026, after the notice**: it was not before the plan's
  reviewer.
- **Rule and stage:** redetermination, 42 CFR 423.580-423.590, 65 days from the notice date: **by 01/28/2027**
  (423.582(b)); a coverage exception rests on the prescriber's supporting statement (423.578(b)). Next level: the
  independent review entity.
- **Author:** the patient herself ("I").

## Deliberately unknown
- Why the plan's reviewer did not read the intolerance clause: not known.
- Whether an opioid safety edit also applies to this fill: the notice names none; a letter must not invent one.
- The drug's tier and cost sharing: not in the case.

## Traps
- **The decision's words are true as far as they go** (2 and 3 weeks); what they leave out is why each stopped. A
  letter must not say "she took duloxetine for 8 weeks" or that the weeks are wrong.
- **Drugs stopped for side effects are intolerances, not failed trials:** never "failed duloxetine", never "failed
  pregabalin".
- **Drug still taken:** gabapentin continues (partial response); never "failed" or "stopped" gabapentin.
- **Sleep dose:** amitriptyline 10 mg at bedtime is for sleep, not an analgesic or tricyclic trial.
- **Stale document:** the 03/05/2026 medication list shows duloxetine "active"; it was stopped 11 days later.
- **Another person on a document:** the household fill history lists her husband's atorvastatin (Rafael Hart).
- **Record after the decision:** the 11/30/2026 prescriber statement postdates the notice.
- **Wrong law and wrong remedy:** no ERISA, no 45 CFR 147.136, no MHPAEA, no external review by a state; no peer-to-peer
  with a "clinical reviewer" demand as the ground; no depression or Spravato language.
- **Voice:** the patient writes "I"; never "Ms. Quintanilla-Hart has failed ..." in her own letter.

## Arguments a strong letter makes, strongest first
1. By ST-NP-11's own words, a drug stopped early for an adverse effect counts as an intolerance; duloxetine (ALT 142)
   and pregabalin (edema, dizziness, fall) are two documented intolerances, so the step is satisfied.
2. In the alternative, a step-therapy exception under 42 CFR 423.578(b) on the prescriber's supporting statement of
   11/30/2026.
3. Gabapentin continues with only a partial response; tapentadol ER is added to it, with monitoring and a stop rule.

## What a letter must NOT say
- "failed duloxetine", "failed pregabalin", "8 weeks of duloxetine", "stopped gabapentin", "failed gabapentin".
- amitriptyline as a "tricyclic trial"; "Rafael Hart"; duloxetine as a current medicine.
- "ERISA", "45 CFR 147.136", "MHPAEA", "external review", "state insurance department".
- "depression", "Spravato", "suicidal".
"""

ANSWERS = [
    ("plan type", "plan_type: medicare_part_d", "case.yaml"),
    ("notice date", "Date of notice: 11/24/2026", "denial/coverage-determination-denial-2026-11-24.txt"),
    ("deadline", "by 01/28/2027", "truth"),
    ("policy's intolerance clause", "unless the drug was stopped earlier because of an adverse effect, which counts as an intolerance", "other/step-therapy-criteria-st-np-11-2026.txt"),
    ("duloxetine stop reason", "stopped for ALT 142", "clinical/pain-clinic-note-2026-11-18.txt"),
    ("ALT value", "ALT 142 U/L (reference 7-45) HIGH", "clinical/liver-panel-2026-03-16.txt"),
    ("pregabalin stop reason", "stopped for leg edema and dizziness; fell 05/23/2026", "clinical/pain-clinic-note-2026-11-18.txt"),
    ("gabapentin status", "partial relief (9 -> 8), continuing", "clinical/pain-clinic-note-2026-11-18.txt"),
    ("sleep dose", "amitriptyline 10 mg at bedtime since 10/2024 for sleep only", "clinical/pain-clinic-note-2026-11-18.txt"),
    ("statement date", "Date: 11/30/2026", "clinical/prescriber-supporting-statement-2026-11-30.txt"),
    ("exception rule", "423.578(b)", "truth"),
    ("stale list", "Printed before duloxetine was stopped on 03/16/2026", "other/medication-list-2026-03-05-stale.txt"),
    ("other person", "Rafael Hart", "other/pharmacy-fill-history-2026.txt"),
    ("diagnosis", "E11.42", "case.yaml"),
    ("voice", "the patient herself (\"I\")", "truth"),
    ("must not say", "\"failed duloxetine\"", "truth"),
]
