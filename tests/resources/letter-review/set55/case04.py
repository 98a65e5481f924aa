"""Set 55, case 04 (FICTIONAL): separate CHIP (Florida), member aged 16 with juvenile fibromyalgia; duloxetine denied
under step therapy "8 weeks of amitriptyline"; amitriptyline was stopped at 3 weeks for a prolonged QTc, which the
policy itself accepts; the ECG came out of the hospital after the decision; first plan appeal by the mother."""

SLUG = "04-chip-fl-16-duloxetine-fibromyalgia-step-amitriptyline-qtc-ecg-released-after-first-appeal-mother"

CASE_YAML = """
# FICTIONAL CASE (set 55, case 04) - every person, plan, provider, number and address is invented.
# Separate CHIP (Florida Healthy Kids managed care). Lila Ferreira-Haugen, 16, has juvenile fibromyalgia. Her pediatric
# rheumatologist prescribed duloxetine; the plan denied it on 11/18/2026 under step policy RX-FM-P4 (8 weeks of
# amitriptyline, or intolerance or contraindication), saying one amitriptyline fill and "no intolerance documented".
# Amitriptyline was stopped at 3 weeks for a prolonged QTc (478 ms); the ECG and the cardiology consult, released by
# the hospital on 11/24/2026, were never before the reviewer. Her mother files the first plan appeal.
patient:
  name: Lila Ferreira-Haugen
  salutation: Lila
  date_of_birth: 2010-05-03
  member_id: FICT-SKH-30917465
  address: |-
    3318 Magnolia Ridge Drive
    Tallahassee, FL 32308
  phone: (850) 555-0122
insurer:
  name: Sunbelt Kids Health Plan (FICTIONAL), a Florida Healthy Kids (CHIP) plan
  appeals_address: |-
    Sunbelt Kids Health Plan - Member Appeals (FICTIONAL)
    PO Box 10277
    Tallahassee, FL 32302
  fax: (850) 555-0164
claim:
  number: RX-26-1113-55820
  plan_type: chip
  delivery: managed_care
  notice_date: 2026-11-18
  appeal_deadline: 2027-01-17
  deadline_basis: >-
    Notice of adverse benefit determination of 11/18/2026: "You may ask for an appeal within 60 days of the date of
    this notice."
  action: none
  diagnosis_codes: [M79.7]
  denial_reason: >-
    Duloxetine 30 mg delayed-release capsules: denied. Step Therapy Policy RX-FM-P4 requires a trial of amitriptyline
    for at least 8 weeks, or documented intolerance or contraindication. Our records show amitriptyline filled once
    (08/04/2026). No intolerance is documented.
  denial_category: step_therapy
  denial_reasons: [step_therapy]
  corrections:
    - said: No intolerance is documented.
      record: >-
        The rheumatology note of 10/29/2026, sent with the request, records that amitriptyline was stopped on
        08/26/2026 after 3 weeks for a prolonged QTc interval; the ECG of 08/25/2026 (QTc 478 ms) and the cardiology
        consult of 09/10/2026 ("avoid tricyclic antidepressants") show it.
      file: [clinical/rheumatology-note-2026-10-29.txt, clinical/ecg-and-cardiology-consult-2026-08-25.txt]
      page: 1
plan_policy:
  name: Sunbelt Kids Health Plan Step Therapy Policy RX-FM-P4 (fibromyalgia, members under 19)
  number: RX-FM-P4
  quote: >-
    For fibromyalgia in members under 19, duloxetine is covered after a trial of amitriptyline of at least 8 weeks,
    unless amitriptyline was not tolerated or is contraindicated (for example, a prolonged QTc interval). An ECG
    report or cardiology record is accepted as documentation.
  file: other/step-therapy-policy-rx-fm-p4.txt
payer_criteria:
  - criterion: A trial of amitriptyline of at least 8 weeks, unless amitriptyline was not tolerated or is contraindicated
    how_met: >-
      Amitriptyline 10 mg, then 25 mg, 08/04/2026-08/26/2026, stopped for a prolonged QTc (478 ms on the ECG of
      08/25/2026); the cardiology consult of 09/10/2026 advises avoiding tricyclic antidepressants
    met: true
    evidence:
      - {file: clinical/ecg-and-cardiology-consult-2026-08-25.txt, page: 1}
      - {file: clinical/rheumatology-note-2026-10-29.txt, page: 1}
treatment:
  name: Duloxetine 30 mg delayed-release capsules, then 60 mg daily
  summary: >-
    Duloxetine for juvenile fibromyalgia after gabapentin and naproxen did not help and amitriptyline had to be stopped
    for a prolonged QTc; her cardiologist finds duloxetine acceptable with a baseline ECG.
  plan: >-
    Duloxetine 30 mg daily for 2 weeks, then 60 mg daily; ECG before the start and at 4 weeks; mood and suicidal
    thoughts asked about at every visit (monthly for 3 months); stop if pain and function have not improved by 12
    weeks.
  monitoring: Baseline and 4-week ECG; monthly visits with a depression and suicidality screen for 3 months
clinical:
  severity: FIQR 64; pain NRS 7/10; on a half-day school schedule since 10/2026 (10/29/2026)
  severity_date: 2026-10-29
  suicidality: none
  suicidality_date: 2026-10-29
  treating_since: 2026-01
  history:
    - drug: Naproxen
      dose: 375 mg twice daily
      start: 2026-01
      end: 2026-03
      weeks: 9
      adequate: true
      failed: true
      response: none
      outcome: No benefit after 9 weeks; stopped
      evidence: {file: clinical/rheumatology-note-2026-10-29.txt, page: 1}
    - drug: Gabapentin
      dose: 300 mg three times daily
      start: 2026-04
      end: 2026-06
      weeks: 10
      adequate: true
      failed: true
      response: none
      outcome: No benefit after 10 weeks; stopped
      evidence: {file: clinical/rheumatology-note-2026-10-29.txt, page: 1}
    - drug: Amitriptyline
      dose: 10 mg at bedtime, raised to 25 mg on 08/18/2026
      start: 2026-08-04
      end: 2026-08-26
      weeks: 3
      adequate: false
      outcome: Stopped after 3 weeks for a prolonged QTc (478 ms) - intolerance and contraindication
      evidence: {file: clinical/ecg-and-cardiology-consult-2026-08-25.txt, page: 1}
    - drug: Cyclobenzaprine
      dose: 5 mg at bedtime for sleep
      start: 2026-09
      ongoing: true
      kind: other
      outcome: Sleep aid only; not a trial
      evidence: {file: clinical/rheumatology-note-2026-10-29.txt, page: 1}
    - drug: Aquatic physical therapy
      dose: 12 visits
      start: 2026-03
      end: 2026-05
      weeks: 10
      kind: other
      failed: false
      outcome: Some benefit; home program continues
      evidence: {file: clinical/rheumatology-note-2026-10-29.txt, page: 1}
    - drug: Cognitive behavioral therapy for pain
      dose: every two weeks
      start: 2026-02
      ongoing: true
      sessions: 18
      kind: psychotherapy
      outcome: Continues; some benefit for coping
      evidence: {file: clinical/rheumatology-note-2026-10-29.txt, page: 1}
impact:
  work: >-
    She has missed 19 school days since August 2026 and has been on a half-day schedule since October 2026.
  daily_life: She stopped swim team and needs help with stairs on bad days.
author:
  name: Ana Ferreira-Haugen
  role: Mother
  relation: parent
  address: |-
    3318 Magnolia Ridge Drive
    Tallahassee, FL 32308
  phone: (850) 555-0122
  email: ana.fh@mail.example
provider:
  name: Oluwaseun Bright, MD
  credentials: MD, pediatric rheumatology
  npi: "1398462170"
  address: |-
    Capital Children's Specialty Clinic (FICTIONAL), 1400 Centerville Road, Suite 300
    Tallahassee, FL 32308
  phone: (850) 555-0135
record_dates:
  - file: clinical/ecg-and-cardiology-consult-2026-08-25.txt
    date: 2026-08-25
    released: 2026-11-24
  - file: clinical/rheumatology-note-2026-10-29.txt
    date: 2026-10-29
    sent: 2026-11-13
    sent_proof: other/prior-authorization-fax-report-2026-11-13.txt
copies: [prescriber]
bates_prefix: FERREIRAHAUGEN
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/notice-of-adverse-benefit-determination-2026-11-18.txt": """
SUNBELT KIDS HEALTH PLAN (FICTIONAL) - FLORIDA HEALTHY KIDS - NOTICE OF ADVERSE BENEFIT DETERMINATION  Date: 11/18/2026
Member: Lila Ferreira-Haugen   Member ID FICT-SKH-30917465   DOB 05/03/2010   Reference RX-26-1113-55820
Prescriber: Oluwaseun Bright, MD   Request received 11/13/2026
Drug: duloxetine 30 mg delayed-release capsules

Duloxetine 30 mg delayed-release capsules: denied. Step Therapy Policy RX-FM-P4 requires a trial of amitriptyline
for at least 8 weeks, or documented intolerance or contraindication. Our records show amitriptyline filled once
(08/04/2026). No intolerance is documented.

You may ask for an appeal within 60 days of the date of this notice. If the plan upholds its decision, you may ask
the state for a review. Mail: Member Appeals, PO Box 10277, Tallahassee, FL 32302. Fax (850) 555-0164.
FICTIONAL notice.
""",
    "other/step-therapy-policy-rx-fm-p4.txt": """
SUNBELT KIDS HEALTH PLAN (FICTIONAL) - STEP THERAPY POLICY RX-FM-P4 (FIBROMYALGIA, MEMBERS UNDER 19)  Effective 01/01/2026
For fibromyalgia in members under 19, duloxetine is covered after a trial of amitriptyline of at least 8 weeks,
unless amitriptyline was not tolerated or is contraindicated (for example, a prolonged QTc interval). An ECG
report or cardiology record is accepted as documentation.
FICTIONAL policy.
""",
    "clinical/ecg-and-cardiology-consult-2026-08-25.txt": """
TALLAHASSEE REGIONAL CHILDREN'S HOSPITAL (FICTIONAL) - PEDIATRIC CARDIOLOGY
Released to the parent from the hospital's records on 11/24/2026 (request of 11/19/2026).
ECG 08/25/2026 - Lila Ferreira-Haugen, DOB 05/03/2010: sinus rhythm, rate 78; QTc 478 ms (prolonged). Prior ECG
07/2026 (before amitriptyline): QTc 431 ms.
Consult 09/10/2026 - Adaeze Morrow, MD, pediatric cardiology: QTc prolonged on amitriptyline 25 mg, normal again
(QTc 433 ms) two weeks after stopping. Advise: avoid tricyclic antidepressants and other QT-prolonging drugs. An SNRI
such as duloxetine is acceptable with a baseline ECG and a repeat ECG at 4 weeks.
FICTIONAL record.
""",
    "clinical/rheumatology-note-2026-10-29.txt": """
CAPITAL CHILDREN'S SPECIALTY CLINIC (FICTIONAL) - PEDIATRIC RHEUMATOLOGY                 Date: 10/29/2026
Patient: Lila Ferreira-Haugen   DOB 05/03/2010   Physician: Oluwaseun Bright, MD
Juvenile fibromyalgia (M79.7). FIQR 64; pain NRS 7/10. Missed 19 school days since August; on a half-day schedule
since October. Stopped swim team. No suicidal ideation (asked alone and with her mother).
Medicines: naproxen 375 mg twice daily 01/2026-03/2026, no benefit; gabapentin 300 mg three times daily
04/2026-06/2026, no benefit; amitriptyline 10 mg then 25 mg from 08/04/2026, stopped on 08/26/2026 after 3 weeks for
a prolonged QTc interval (cardiology following). Cyclobenzaprine 5 mg at bedtime for sleep since 09/2026.
Other: aquatic physical therapy 12 visits over 10 weeks, 03/2026-05/2026, some benefit, home program continues; cognitive
behavioral therapy for pain every two weeks since 02/2026 (18 sessions so far), continues.
Plan: duloxetine 30 mg daily for 2 weeks, then 60 mg; ECG before starting and at 4 weeks; monthly visits with a
mood and suicidality screen for 3 months. Request to the plan to follow.
FICTIONAL record.
""",
    "other/prior-authorization-fax-report-2026-11-13.txt": """
CAPITAL CHILDREN'S SPECIALTY CLINIC (FICTIONAL) - FAX TRANSMISSION REPORT
11/13/2026 10:41 am   To: (850) 555-0166 (Sunbelt Kids pharmacy prior authorization)   Pages: 4   Result: OK
Contents: prior authorization form (duloxetine) and rheumatology note of 10/29/2026 - L. Ferreira-Haugen
FICTIONAL report.
""",
    "other/pharmacy-printout-2026.txt": """
SEMINOLE PHARMACY (FICTIONAL) - FAMILY PRESCRIPTION PRINTOUT, printed 11/20/2026
Lila Ferreira-Haugen: 08/04/2026 amitriptyline 10 mg #30 (Sunbelt Kids, paid); 09/02/2026 cyclobenzaprine 5 mg #30.
Mariana Ferreira-Haugen (her sister; another person, not part of this appeal): 10/02/2026 amoxicillin 500 mg #20.
FICTIONAL printout.
""",
    "other/school-nurse-note-2025-stale.txt": """
LEON COUNTY HIGH SCHOOL (FICTIONAL) - SCHOOL NURSE NOTE, 03/2025
Lila Ferreira-Haugen: full attendance this term; no restrictions for physical education.
(Written before her illness began; out of date.) FICTIONAL.
""",
}

TRUTH = """# 04 - Separate CHIP, member aged 16: duloxetine for juvenile fibromyalgia, step "8 weeks of amitriptyline" when amitriptyline was stopped for a prolonged QTc; first plan appeal by the mother (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Lila Ferreira-Haugen, 16 (DOB 05/03/2010), in **Sunbelt Kids Health Plan**, a Florida Healthy Kids plan (a
  **separate CHIP**, managed care), has **juvenile fibromyalgia (M79.7)**: FIQR 64, pain 7/10, 19 school days missed,
  half-day schedule since October 2026. No suicidal ideation.
- Her pediatric rheumatologist asked (fax 11/13/2026, with the 10/29 note) for **duloxetine**. The **11/18/2026**
  notice denied it under **RX-FM-P4**: amitriptyline "filled once (08/04/2026). No intolerance is documented."
- RX-FM-P4's own words: after 8 weeks of amitriptyline "**unless amitriptyline was not tolerated or is
  contraindicated (for example, a prolonged QTc interval)**. An ECG report or cardiology record is accepted."
- Amitriptyline 08/04-08/26/2026 was **stopped after 3 weeks for a prolonged QTc (478 ms, ECG 08/25/2026)**; the
  cardiologist (09/10/2026) advised avoiding tricyclics and found duloxetine acceptable with ECG monitoring. The
  10/29 note the plan received says so; the **ECG and consult were released by the hospital on 11/24/2026**, after
  the decision, so the reviewer never saw them.
- Also tried: naproxen 9 weeks and gabapentin 10 weeks, no benefit.
- **Rule and stage:** separate CHIP managed care: 42 CFR 457.1260 applies the Medicaid managed care appeal rules
  (438 subpart F); first plan appeal within **60 days: by 01/17/2027**; expedited available (72 hours) but not asked;
  the next level is the **state's review** (42 CFR 457.1130(b)), not a fair hearing.
- **Author:** her mother (parent of a minor; no authorization needed); writes about "Lila".

## Deliberately unknown
- Whether duloxetine's label covers fibromyalgia at her age: the case holds no label record; a letter should not
  rest on it.
- Why the plan's reviewer did not read the note's line on the QTc: unknown.
- Whether duloxetine will help: unknown.

## Traps
- **The plan's own policy grants the care:** its exception for a drug "not tolerated or ... contraindicated (for
  example, a prolonged QTc interval)" is met; no need to argue that 8 weeks is too long.
- **A record that came after the decision:** the ECG and consult were released 11/24/2026; the letter may say they
  were not before the reviewer, never that they are dated after the decision (they are dated 08/25 and 09/10/2026).
- **A decision's wrong statement:** "No intolerance is documented" - the 10/29 note the plan received documents it.
- **Intolerance, not a trial:** amitriptyline 3 weeks; never "an 8-week trial" or "failed amitriptyline" for lack of
  effect.
- **Sleep dose:** cyclobenzaprine 5 mg at bedtime.
- **Therapy still of benefit:** aquatic PT (home program) and CBT for pain continue: never failed treatments; CBT is
  not a drug trial.
- **Stale document:** the 2025 school nurse note (full attendance) predates her illness.
- **Other person's record:** her sister Mariana's amoxicillin on the family printout.
- **Wrong law:** no EPSDT (not Medicaid), no state fair hearing, no continued benefits (438.420 does not apply to
  CHIP), no Medicaid parity rule cited as Medicaid's, no ERISA or 45 CFR 147.136, no MHPAEA.
- **Voice:** the mother writes about her daughter; never "I have fibromyalgia".

## Arguments a strong letter makes (strongest first)
1. RX-FM-P4 itself covers duloxetine when amitriptyline "was not tolerated or is contraindicated (for example, a
   prolonged QTc interval)": the ECG of 08/25/2026 shows QTc 478 ms on amitriptyline, and the cardiologist advises
   avoiding tricyclics - the documentation the policy names.
2. Correct "No intolerance is documented": the 10/29/2026 note sent with the request (fax 11/13/2026) records the
   stop for a prolonged QTc; the ECG and consult, released 11/24/2026, were not before the reviewer - weigh them now.
3. Naproxen and gabapentin gave no benefit; the plan of care includes ECG and mood monitoring.
4. Ask the plan to decide within the CHIP appeal time and name the state's review as the next level.

## What a letter must NOT say
- "8-week trial of amitriptyline"; "failed amitriptyline"; cyclobenzaprine as a trial; "failed physical therapy";
  "failed CBT".
- "the ECG dated after the decision"; "full attendance"; "Mariana".
- "EPSDT"; "fair hearing"; "continue benefits during the appeal"; "438.420"; "ERISA"; "45 CFR 147.136"; "MHPAEA".
- "I have" / "my pain" in the mother's letter.
"""

ANSWERS = [
    ("Date of the notice", "Date: 11/18/2026", "denial/notice-of-adverse-benefit-determination-2026-11-18.txt"),
    ("The decision's stated fact", "No intolerance is documented.", "denial/notice-of-adverse-benefit-determination-2026-11-18.txt"),
    ("Appeal window", "within 60 days of the date of this notice", "denial/notice-of-adverse-benefit-determination-2026-11-18.txt"),
    ("Next level the notice names", "you may ask the state for a review", "denial/notice-of-adverse-benefit-determination-2026-11-18.txt"),
    ("The policy's own exception", "unless amitriptyline was not tolerated or is contraindicated (for example, a prolonged QTc interval)",
     "other/step-therapy-policy-rx-fm-p4.txt"),
    ("What the policy accepts as documentation", "An ECG report or cardiology record is accepted as documentation.",
     "other/step-therapy-policy-rx-fm-p4.txt"),
    ("QTc on amitriptyline", "QTc 478 ms (prolonged)", "clinical/ecg-and-cardiology-consult-2026-08-25.txt"),
    ("When the hospital released the ECG", "Released to the parent from the hospital's records on 11/24/2026",
     "clinical/ecg-and-cardiology-consult-2026-08-25.txt"),
    ("Cardiology's advice", "avoid tricyclic antidepressants and other QT-prolonging drugs",
     "clinical/ecg-and-cardiology-consult-2026-08-25.txt"),
    ("Cardiology on duloxetine", "An SNRI such as duloxetine is acceptable with a baseline ECG",
     "clinical/ecg-and-cardiology-consult-2026-08-25.txt"),
    ("When amitriptyline was stopped", "stopped on 08/26/2026 after 3 weeks for a prolonged QTc interval",
     "clinical/rheumatology-note-2026-10-29.txt"),
    ("What the plan received and when", "11/13/2026 10:41 am", "other/prior-authorization-fax-report-2026-11-13.txt"),
    ("Cyclobenzaprine's purpose", "Cyclobenzaprine 5 mg at bedtime for sleep", "clinical/rheumatology-note-2026-10-29.txt"),
    ("School now", "on a half-day schedule since October", "clinical/rheumatology-note-2026-10-29.txt"),
    ("Whose amoxicillin", "her sister; another person, not part of this appeal", "other/pharmacy-printout-2026.txt"),
    ("Last day to appeal", "by 01/17/2027", "truth"),
]
