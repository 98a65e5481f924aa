"""Set 34, case 04 (FICTIONAL): insured employer plan, adult PHP continued stay, "IOP appropriate", IOP waitlisted."""

SLUG = "04-insured-erisa-adult-php-continued-stay-iop-said-available-waitlist-expedited-appeal-sister"

CASE_YAML = r"""
# FICTIONAL CASE (set 34, case 04) - every person, plan, employer, provider, number and address is invented.
# Insured employer group PPO, South Dakota. Tobias Eriksen-Mbeki, 34, stepped down from an inpatient stay to a
# partial hospitalization program on 11/23/2026. On 12/01/2026 the plan denied PHP days from 12/02/2026: "can be
# treated at the intensive outpatient level; no suicidal ideation in the past 7 days". The only in-network adult
# IOP within 60 miles has no opening until 12/21/2026, and the nursing note of 11/29/2026 records thoughts of
# overdose. His sister, his authorized representative, asks for an expedited first internal appeal; his attending
# psychiatrist certifies the urgency.
patient:
  name: Tobias Eriksen-Mbeki
  salutation: Mr. Eriksen-Mbeki
  date_of_birth: 1992-03-11
  member_id: FICT-PCH-5520731948
  address: |-
    909 South Cliff Avenue, Apt 12
    Sioux Falls, SD 57105
  phone: (605) 555-0128
insurer:
  name: Prairie Crest Health Insurance Company, Group PPO (FICTIONAL)
  appeals_address: |-
    Prairie Crest Health - Expedited Appeals (FICTIONAL)
    PO Box 88214
    Sioux Falls, SD 57186
  fax: (605) 555-0160
claim:
  number: PCH-UR-26-1123-40877
  plan_type: employer_erisa
  funding: insured
  employees: 640
  notice_date: 2026-12-01
  urgent: true
  service_dates: [2026-12-02, 2026-12-18]
  setting: partial_hospitalization
  pending_services: PHP days 12/07/2026 through 12/18/2026 (10 program days)
  procedure_codes: [H0035]
  revenue_codes: ["0913"]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    Continued partial hospitalization from 12/02/2026 is not medically necessary under Prairie Crest Level of Care
    Guideline LOC-PHP-2. The member can be treated at the intensive outpatient level of care. No suicidal ideation
    has been documented in the past 7 days.
  denial_category: medical_necessity
  denial_reasons: [level_of_care]
  reviewer:
    name: Dr. Garrison Vollmer
    specialty: family medicine
  corrections:
    - said: No suicidal ideation has been documented in the past 7 days.
      record: >-
        The PHP nursing note of 11/29/2026 records that he had thoughts of taking an overdose of his medications
        the evening before, without intent; a safety plan was reviewed and his sister holds his medications.
      file: clinical/php-nursing-note-2026-11-29.txt
      page: 1
  action: none
  appeal_deadline: 2027-05-30
  deadline_basis: >-
    Notice of 12/01/2026: "You may appeal within 180 days of receiving this notice"; counted from the notice date.
urgency:
  reason: >-
    He had thoughts of overdosing on 11/28/2026 after a suicide attempt that led to his admission on 11/14/2026;
    lithium was started on 11/18/2026 and is not yet at a therapeutic level; without daily program care and
    medication monitoring until the IOP opening on 12/21/2026 he would have no structured treatment for three
    weeks, which could seriously jeopardize his life.
  certified_by: Dr. Lucia Hargreaves-Ochoa, MD
plan_policy:
  name: Prairie Crest Level of Care Guideline LOC-PHP-2, Partial Hospitalization, Continued Stay
  number: LOC-PHP-2
  quote: >-
    Continued stay at the partial hospitalization level requires both: 1. Symptoms persist that would require
    inpatient care without daily structured treatment; and 2. The member cannot be safely treated at a less
    intensive level of care that is available to the member.
  file: other/level-of-care-guideline-loc-php-2.txt
payer_criteria:
  - criterion: "1. Symptoms persist that would require inpatient care without daily structured treatment"
    how_met: Thoughts of overdose on 11/28/2026, two weeks after an intentional overdose; PHQ-9 20 on 11/30/2026; lithium started 11/18/2026 with a level of 0.4 on 11/27/2026
    met: true
    evidence:
      - {file: clinical/php-nursing-note-2026-11-29.txt, page: 1}
      - {file: clinical/php-psychiatrist-progress-note-2026-11-30.txt, page: 1}
  - criterion: "2. The member cannot be safely treated at a less intensive level of care that is available to the member"
    how_met: The only in-network adult IOP within 60 miles has no opening until 12/21/2026; the next in-network IOP is 140 miles away
    met: true
    evidence: {file: clinical/discharge-planning-note-2026-12-01.txt, page: 1}
alternatives:
  - level: intensive outpatient
    name: Big Sioux Behavioral Health Adult IOP (FICTIONAL), in network
    first_opening: 2026-12-21
    why_not: Waitlist; first opening 12/21/2026, after the last PHP day denied (12/18/2026).
    proof: clinical/discharge-planning-note-2026-12-01.txt
  - level: intensive outpatient
    name: Missouri River Counseling IOP (FICTIONAL), in network, Pierre
    why_not: 140 miles from his home; he does not drive while his medications are adjusted and has no daily transport.
    proof: clinical/discharge-planning-note-2026-12-01.txt
treatment:
  name: Adult partial hospitalization program, continued stay (H0035)
  summary: >-
    Daily structured treatment after an inpatient stay for an intentional overdose, while lithium is brought to a
    therapeutic level, until the in-network intensive outpatient program can take him on 12/21/2026.
  plan: >-
    PHP five days a week, six hours a day, through 12/18/2026; lithium level twice weekly; psychiatrist daily;
    step down to the Big Sioux IOP on 12/21/2026, with a bridge visit on 12/19/2026.
  alongside: venlafaxine XR 150 mg daily
clinical:
  severity: PHQ-9 20 on 11/30/2026
  severity_date: 2026-11-30
  suicidality: active
  suicidality_date: 2026-11-29
  episode_onset: 2025-10
  treating_since: 2026-11
  history:
    - drug: Sertraline
      dose: 200 mg daily
      start: 2025-11
      end: 2026-03
      weeks: 16
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 16 weeks; stopped
      evidence: {file: clinical/php-psychiatrist-progress-note-2026-11-30.txt, page: 1}
    - drug: Bupropion XL
      dose: 450 mg daily
      start: 2026-04
      end: 2026-10
      weeks: 24
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response; stopped on admission 11/14/2026 (used in the overdose)
      evidence: {file: clinical/php-psychiatrist-progress-note-2026-11-30.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 150 mg daily
      start: 2026-11-16
      ongoing: true
      kind: antidepressant
      outcome: Started in hospital 11/16/2026; too early to judge; continues
      evidence: {file: clinical/php-psychiatrist-progress-note-2026-11-30.txt, page: 1}
    - drug: Lithium carbonate
      dose: 600 mg daily
      start: 2026-11-18
      ongoing: true
      kind: augmentation
      outcome: Started 11/18/2026; level 0.4 on 11/27/2026, below the target; continues
      evidence: {file: clinical/php-psychiatrist-progress-note-2026-11-30.txt, page: 1}
    - drug: Quetiapine
      dose: 25 mg at bedtime as needed for sleep
      start: 2026-11-16
      ongoing: true
      kind: other
      outcome: Sleep dose only; not an antipsychotic augmentation trial
      evidence: {file: clinical/php-psychiatrist-progress-note-2026-11-30.txt, page: 1}
impact:
  work: He has been on short-term disability from his job as a parts manager since 11/14/2026.
  hospitalizations: Inpatient psychiatric stay 11/14/2026-11/22/2026 after an intentional overdose.
author:
  name: Annika Eriksen-Mbeki
  role: Sister and authorized representative
  relation: representative
  authorization: other/authorized-representative-form-2026-12-02.txt
  address: |-
    2716 West 33rd Street
    Sioux Falls, SD 57105
  phone: (605) 555-0134
  email: annika.em@homemail.example
provider:
  name: Dr. Lucia Hargreaves-Ochoa
  credentials: MD, attending psychiatrist, Sioux Valley Partial Hospitalization Program (FICTIONAL)
  npi: "1205598711"
  address: |-
    1400 West 22nd Street
    Sioux Falls, SD 57105
  phone: (605) 555-0171
employer:
  name: Halvorsen Agricultural Equipment, Benefits Office (FICTIONAL)
  address: |-
    4800 North Cliff Avenue
    Sioux Falls, SD 57104
record_dates:
  - file: clinical/php-nursing-note-2026-11-29.txt
    date: 2026-11-29
  - file: clinical/php-psychiatrist-progress-note-2026-11-30.txt
    date: 2026-11-30
  - file: clinical/discharge-planning-note-2026-12-01.txt
    date: 2026-12-01
  - file: clinical/iop-discharge-summary-2024-earlier-episode.txt
    date: 2024-06-14
template: expedited-appeal
copies: [prescriber]
bates_prefix: ERIKSENMBEKI
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/concurrent-review-denial-2026-12-01.txt": """
PRAIRIE CREST HEALTH INSURANCE COMPANY (FICTIONAL) - CONCURRENT REVIEW DETERMINATION      Date: 12/01/2026
Member: Tobias Eriksen-Mbeki   DOB 03/11/1992   ID FICT-PCH-5520731948   Group: Halvorsen Agricultural Equipment
Reference PCH-UR-26-1123-40877   Facility: Sioux Valley Partial Hospitalization Program   Page 1 of 1
Partial hospitalization approved 11/23/2026 through 12/01/2026. Continued partial hospitalization from
12/02/2026 is not medically necessary under Prairie Crest Level of Care Guideline LOC-PHP-2. The member can be
treated at the intensive outpatient level of care. No suicidal ideation has been documented in the past 7 days.
Reviewer: Dr. Garrison Vollmer, family medicine.
You may appeal within 180 days of receiving this notice. If your doctor says your situation is urgent, ask for an
expedited appeal; we will decide it within 72 hours. You may ask for an external review at the same time.
""",
    "clinical/php-nursing-note-2026-11-29.txt": """
SIOUX VALLEY PARTIAL HOSPITALIZATION PROGRAM (FICTIONAL) - NURSING NOTE               Date: 11/29/2026
Patient: Tobias Eriksen-Mbeki   Page 1 of 1
Reports that last evening (11/28) he had thoughts of taking an overdose of his medications; no intent, "I
didn't want to act on it". Safety plan reviewed; his sister keeps his medications and gives daily doses.
Attending notified.
""",
    "clinical/php-psychiatrist-progress-note-2026-11-30.txt": """
SIOUX VALLEY PARTIAL HOSPITALIZATION PROGRAM (FICTIONAL) - PSYCHIATRIST PROGRESS NOTE   Date: 11/30/2026
Patient: Tobias Eriksen-Mbeki   DOB 03/11/1992   Page 1 of 1
Admitted to PHP 11/23/2026 after inpatient stay 11/14-11/22/2026 for intentional overdose (bupropion). PHQ-9 20.
Thoughts of overdose 11/28, no intent (nursing note 11/29).
Medications: sertraline 200 mg 11/2025-03/2026, no response after 16 weeks, stopped; bupropion XL 450 mg
04/2026-10/2026, no response, stopped on admission; venlafaxine XR 150 mg since 11/16/2026, continues; lithium
600 mg since 11/18/2026, level 0.4 on 11/27/2026 (target 0.6-0.8), continues; quetiapine 25 mg at bedtime as
needed for sleep.
Plan: continue PHP daily through 12/18/2026; lithium level twice weekly; step down to IOP when a place opens.
Lucia Hargreaves-Ochoa, MD
""",
    "clinical/discharge-planning-note-2026-12-01.txt": """
SIOUX VALLEY PARTIAL HOSPITALIZATION PROGRAM (FICTIONAL) - DISCHARGE PLANNING NOTE      Date: 12/01/2026
Patient: Tobias Eriksen-Mbeki   Page 1 of 1
In-network adult IOPs called 12/01/2026: Big Sioux Behavioral Health Adult IOP, Sioux Falls - waitlist, first
opening 12/21/2026 (intake booked). Missouri River Counseling IOP, Pierre - 140 miles; patient not driving during
medication changes; no transport. No other in-network adult IOP within 60 miles.
""",
    "clinical/iop-discharge-summary-2024-earlier-episode.txt": """
BIG SIOUX BEHAVIORAL HEALTH (FICTIONAL) - IOP DISCHARGE SUMMARY                        Date: 06/14/2024
Patient: Tobias Eriksen-Mbeki   Page 1 of 1
Completed 6 weeks of adult IOP 05/2024-06/2024 for a depressive episode after a divorce; PHQ-9 17 -> 6.
Discharged well. (Earlier episode; remitted by 09/2024.)
""",
    "other/level-of-care-guideline-loc-php-2.txt": """
PRAIRIE CREST HEALTH (FICTIONAL) - LEVEL OF CARE GUIDELINE LOC-PHP-2, PARTIAL HOSPITALIZATION   Page 1 of 1
Continued stay at the partial hospitalization level requires both: 1. Symptoms persist that would require
inpatient care without daily structured treatment; and 2. The member cannot be safely treated at a less
intensive level of care that is available to the member.
""",
    "other/php-group-sign-in-2026-11-30.txt": """
SIOUX VALLEY PARTIAL HOSPITALIZATION PROGRAM (FICTIONAL) - GROUP SIGN-IN               Date: 11/30/2026
Page 1 of 1
Process group 9:00: T. Eriksen-Mbeki; R. Lindqvist ("no thoughts of self-harm this week"); M. Okonjo-Hart;
D. Feather.
""",
    "other/authorized-representative-form-2026-12-02.txt": """
PRAIRIE CREST HEALTH (FICTIONAL) - AUTHORIZED REPRESENTATIVE DESIGNATION               Signed 12/02/2026
Member: Tobias Eriksen-Mbeki   ID FICT-PCH-5520731948
I name my sister, Annika Eriksen-Mbeki, to act for me in this appeal and any external review, and to receive my
health information for it.   Signed: Tobias Eriksen-Mbeki
""",
}

TRUTH = r"""
# 04 - Insured employer PPO: adult PHP continued stay denied as "IOP appropriate" while the only IOP is waitlisted; expedited appeal by his sister (FICTIONAL)

All people, plans, employers, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Tobias Eriksen-Mbeki, 34, in **Prairie Crest Health's insured group PPO** (employer plan under ERISA, 640
  employees, South Dakota), was in hospital **11/14-11/22/2026** after an **intentional overdose**, then in a
  **partial hospitalization program from 11/23/2026** (approved through 12/01/2026).
- The concurrent-review notice of **12/01/2026** (PCH-UR-26-1123-40877) denied PHP from **12/02/2026** under
  **LOC-PHP-2**: "can be treated at the intensive outpatient level"; "**No suicidal ideation ... in the past 7
  days**". Reviewer: a family physician.
- The nursing note of **11/29/2026** records **thoughts of overdose on 11/28/2026** (no intent) - within the 7 days.
- LOC-PHP-2's criterion 2 asks whether a lower level is **available to the member**: the only in-network adult IOP
  within 60 miles (Big Sioux) has **no opening until 12/21/2026**, after the last PHP day asked (12/18/2026); the
  other is **140 miles** away and he has no transport.
- Lithium (started 11/18/2026) was at **0.4** on 11/27/2026, below target; venlafaxine started 11/16/2026.
- **Rule and stage:** expedited first internal appeal; ERISA claims rule **29 CFR 2560.503-1**: urgent when the
  treating physician says so ((m)(1)(iii)), decided within **72 hours**; expedited external review may run at the
  same time (**45 CFR 147.136(d)(3)**; insured plan: the state's process). Deadline to appeal: 180 days
  (**05/30/2027**), but the point is speed.
- **Author:** his sister, authorized representative (form 12/02/2026); urgency certified by **Dr. Lucia
  Hargreaves-Ochoa, MD**, the attending psychiatrist. The sister writes about "Mr. Eriksen-Mbeki" / "my brother".

## Deliberately unknown
- Whether a PHP day count or rate is in dispute: not in the case; no payment figure may be stated.
- Whether the plan would pay days already given since 12/02/2026 pending the appeal: not known; ERISA's
  continued-coverage point is not argued (further days were denied; no approved course was cut short).
- Whether the reviewer consulted a psychiatrist: not known; ask.

## Traps
- **A decision's wrong statement:** "No suicidal ideation ... in the past 7 days" - the 11/29 note contradicts it.
- **Availability, not a network gap:** the IOP's waitlist answers the level-of-care criterion; never an
  out-of-network exception or "network gap".
- **Earlier episode:** the **2024 IOP** (PHQ-9 17 -> 6) worked in an earlier, milder episode; it is neither a
  failure nor proof that IOP suffices now.
- **Other people on a document:** the group sign-in lists R. Lindqvist ("no thoughts of self-harm this week") and
  others: not his record.
- **Drugs still taken:** venlafaxine (too early to judge) and lithium (sub-therapeutic) continue: never "failed".
  **Quetiapine 25 mg** is a sleep dose, not an antipsychotic augmentation.
- Suicidality: **active ideation without intent**, dated 11/29/2026 (the event 11/28); not an attempt in the PHP.
- **Wrong law/route:** no Medicaid 438.420 continued benefits, no Medicare; parity may be raised (employer plan,
  640 employees) but is not the winning point.
- **Voice:** the sister writes; "I have determined" belongs only to the physician's certification.

## Arguments a strong letter makes, strongest first
1. The plan's own criterion 2 asks for a lower level **available to the member**; none is available before
   12/21/2026 (waitlist, record of 12/01/2026), after the last day asked (12/18/2026); the other IOP is 140 miles
   away. Criterion 2 is met.
2. Criterion 1 is met, and the notice's stated fact is wrong: thoughts of overdose on 11/28/2026 (note of 11/29),
   two weeks after an intentional overdose; PHQ-9 20; lithium below target.
3. Expedited handling: the attending psychiatrist certifies urgency; decide within 72 hours; ask for expedited
   external review at the same time.
4. The reviewer was a family physician; ask for a psychiatrist reviewer and a peer-to-peer with Dr.
   Hargreaves-Ochoa.

## What a letter must NOT say
- "no suicidal ideation", "denies suicidal thoughts" as current; "Lindqvist".
- "network gap", "out-of-network exception", "no IOP exists" (one exists; it has no opening).
- "IOP failed in 2024", "failed venlafaxine", "failed lithium", "quetiapine trial".
- "Medicaid", "438.420", "Medicare", "OPM".
- "reduction of an approved course" / "continue coverage during the appeal" as his right.
"""

_D = "clinical/discharge-planning-note-2026-12-01.txt"
_N = "denial/concurrent-review-denial-2026-12-01.txt"
_R = "clinical/php-psychiatrist-progress-note-2026-11-30.txt"
ANSWERS = [
    ("guideline applied", "LOC-PHP-2", _N),
    ("decision's wrong statement", "No suicidal ideation has been documented in the past 7 days", _N),
    ("last day approved", "approved 11/23/2026 through 12/01/2026", _N),
    ("what the record shows", "thoughts of taking an overdose of his medications", "clinical/php-nursing-note-2026-11-29.txt"),
    ("criterion 2's words", "a less\nintensive level of care that is available to the member", "other/level-of-care-guideline-loc-php-2.txt"),
    ("IOP first opening", "first\nopening 12/21/2026", _D),
    ("other IOP distance", "140 miles", _D),
    ("last PHP day asked", "through 12/18/2026", _R),
    ("lithium level", "level 0.4 on 11/27/2026", _R),
    ("severity", "PHQ-9 20", _R),
    ("reviewer", "Dr. Garrison Vollmer, family medicine", _N),
    ("decision clock", "we will decide it within 72 hours", _N),
    ("who certifies urgency", "Dr. Lucia Hargreaves-Ochoa, MD", "truth"),
    ("earlier episode IOP", "PHQ-9 17 -> 6", "clinical/iop-discharge-summary-2024-earlier-episode.txt"),
    ("other person on the sign-in", "R. Lindqvist", "other/php-group-sign-in-2026-11-30.txt"),
    ("sleep dose", "quetiapine 25 mg at bedtime as\nneeded for sleep", _R),
]
