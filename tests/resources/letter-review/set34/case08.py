"""Set 34, case 08 (FICTIONAL): insured church plan, milnacipran for fibromyalgia under step therapy; the steps were
taken under her former plan and one ended in intolerance; external review by the treating pain physician."""

SLUG = "08-church-plan-insured-milnacipran-fibromyalgia-step-therapy-trials-under-former-plan-external-review-physician"

CASE_YAML = r"""
# FICTIONAL CASE (set 34, case 08) - every person, plan, church body, insurer, provider, number and address is
# invented. Insured church plan (not under ERISA), Indiana. Lucinda Ellison-Varga, 52, a teacher at a church school,
# joined the plan on 01/01/2026. Her pain physician prescribed milnacipran for fibromyalgia; the plan's step therapy
# RX-ST-FM-2 asks for duloxetine and a gabapentinoid first. She took both in 2025 under her husband's former employer
# plan: duloxetine stopped at 3 weeks for a liver-enzyme rise, pregabalin 300 mg a day for 10 weeks without benefit.
# The plan saw only gabapentin 100 mg at bedtime in its own claims and upheld the denial on 11/02/2026. Her physician
# asks for external review with her written consent.
patient:
  name: Lucinda Ellison-Varga
  salutation: Mrs. Ellison-Varga
  date_of_birth: 1974-10-02
  member_id: FICT-CMH-6620-1187
  address: |-
    1508 Wabash Avenue
    Terre Haute, IN 47807
  phone: (812) 555-0117
insurer:
  name: Crossroads Mutual Health Insurance Company, for the Wabash Valley Covenant Schools Health Plan (FICTIONAL)
  appeals_address: |-
    Crossroads Mutual Health - Pharmacy Appeals (FICTIONAL)
    PO Box 7719
    Indianapolis, IN 46207
  fax: (317) 555-0163
claim:
  number: CMH-RX-26-0914-30652
  plan_type: church
  funding: insured
  employees: 1180
  notice_date: 2026-09-24
  diagnosis_codes: [M79.7]
  denial_reason: >-
    Savella (milnacipran) requires step therapy under RX-ST-FM-2. Pharmacy claims show gabapentin 100 mg. There is no
    trial of duloxetine or pregabalin. Criteria not met.
  denial_category: step_therapy
  denial_reasons: [step_therapy]
  reviewer:
    name: Dr. Harlan Quist-Amadi
    specialty: internal medicine
  action: none
decisions:
  - date: 2026-11-02
    outcome: denied
    stage: internal appeal
    opens: external review
    next_deadline: 2027-03-02
    reason: >-
      The denial is upheld. Our pharmacy claims show gabapentin 100 mg only. No trial of duloxetine or pregabalin is
      documented. You may request an external review within 4 months.
    corrections:
      - said: Our pharmacy claims show gabapentin 100 mg only. No trial of duloxetine or pregabalin is documented.
        record: >-
          The plan's claims begin with her coverage on 01/01/2026; her 2025 trials were paid by her husband's former
          employer plan. Its pharmacy claims statement and Dr. Abernathy-Obi's notes, both sent with the internal
          appeal on 10/06/2026, show duloxetine 60 mg (stopped after 3 weeks for ALT three times the upper limit)
          and pregabalin 150 mg twice daily for 10 weeks without benefit.
        file: clinical/pain-clinic-notes-2025-03-to-2026-09.txt
        page: 1
        leaves_out: true
external_review:
  agency: Indiana Department of Insurance, External Review Unit (FICTIONAL ADDRESS)
  address: |-
    External Review Unit (FICTIONAL ADDRESS)
    PO Box 44190
    Indianapolis, IN 46244
  final_denial_date: 2026-11-02
plan_policy:
  name: Crossroads Mutual step therapy criteria RX-ST-FM-2, milnacipran (FICTIONAL)
  number: RX-ST-FM-2
  quote: >-
    Milnacipran is covered for fibromyalgia after: (a) a trial of duloxetine of at least 8 weeks at 60 mg daily,
    unless it was not tolerated or is contraindicated; and (b) a trial of pregabalin (at least 300 mg daily) or
    gabapentin (at least 1,800 mg daily) of at least 8 weeks, unless not tolerated or contraindicated. Trials may be
    shown by pharmacy claims or by the prescriber's records.
  file: other/step-therapy-criteria-rx-st-fm-2.txt
payer_criteria:
  - criterion: "(a) Duloxetine for at least 8 weeks at 60 mg daily, unless it was not tolerated"
    how_met: Duloxetine 60 mg daily from 03/03/2025, stopped after 3 weeks when ALT rose to three times the upper limit of normal; not tolerated
    met: true
    evidence: {file: clinical/pain-clinic-notes-2025-03-to-2026-09.txt, page: 1}
  - criterion: "(b) Pregabalin at least 300 mg daily for at least 8 weeks, unless not tolerated"
    how_met: Pregabalin 150 mg twice daily (300 mg a day) for 10 weeks, 05/2025-08/2025, without meaningful benefit and with ankle swelling
    met: true
    evidence:
      - {file: clinical/pain-clinic-notes-2025-03-to-2026-09.txt, page: 1}
      - {file: other/former-plan-pharmacy-claims-statement-2025.txt, page: 1}
  - criterion: "Trials may be shown by pharmacy claims or by the prescriber's records"
    how_met: The prescriber's notes and the former plan's pharmacy claims statement show both trials
    met: true
    evidence: {file: other/former-plan-pharmacy-claims-statement-2025.txt, page: 1}
treatment:
  name: Milnacipran (Savella) 50 mg twice daily
  summary: >-
    An SNRI approved for fibromyalgia, after duloxetine raised her liver enzymes and pregabalin at 300 mg a day gave
    no benefit in 10 weeks.
  plan: >-
    Titrate to 50 mg twice daily over a week; liver enzymes at 4 and 12 weeks; FIQR and pain scores at 8 and 12
    weeks; stop if FIQR has not improved by 20 percent at 12 weeks.
clinical:
  severity: FIQR 68 and average pain 7/10 on 09/08/2026; PHQ-9 8
  severity_date: 2026-09-08
  suicidality: none
  suicidality_date: 2026-09-08
  history:
    - drug: Duloxetine
      dose: 60 mg daily
      start: 2025-03
      end: 2025-03
      weeks: 3
      adequate: false
      failed: false
      paid_outside: another plan
      outcome: Stopped after 3 weeks for ALT three times the upper limit of normal; not tolerated
      evidence: {file: clinical/pain-clinic-notes-2025-03-to-2026-09.txt, page: 1}
    - drug: Pregabalin
      dose: 150 mg twice daily
      start: 2025-05
      end: 2025-08
      weeks: 10
      adequate: true
      failed: true
      response: none
      paid_outside: another plan
      outcome: No meaningful benefit after 10 weeks at 300 mg a day; ankle swelling; stopped
      evidence: {file: clinical/pain-clinic-notes-2025-03-to-2026-09.txt, page: 1}
    - drug: Gabapentin
      dose: 100 mg at bedtime for sleep
      start: 2026-02
      ongoing: true
      kind: other
      outcome: Low bedtime dose for sleep; not a gabapentinoid trial for pain
      evidence: {file: clinical/pain-clinic-notes-2025-03-to-2026-09.txt, page: 1}
    - drug: Physical therapy and graded aquatic exercise
      dose: 12 visits, then home program
      start: 2025-01
      end: 2025-04
      kind: other
      outcome: Continued as a home program; modest benefit
      evidence: {file: clinical/pain-clinic-notes-2025-03-to-2026-09.txt, page: 1}
impact:
  work: She cut her teaching load to half time in 08/2026.
  daily_life: She cannot stand through a full class period and stops household tasks after an hour.
author:
  name: Dr. Tomasz Abernathy-Obi
  role: Treating physician (MD), physical medicine and rehabilitation, pain medicine
  relation: physician
  authorization: other/patient-consent-to-representation-2026-11-10.txt
  address: |-
    Wabash Valley Pain and Rehabilitation (FICTIONAL), 2200 South Third Street
    Terre Haute, IN 47802
  phone: (812) 555-0174
  email: tabernathy@wvpainrehab.example
provider:
  name: Dr. Tomasz Abernathy-Obi
  credentials: MD, board-certified in physical medicine and rehabilitation and in pain medicine
  npi: "1927351480"
  address: |-
    2200 South Third Street
    Terre Haute, IN 47802
  phone: (812) 555-0174
record_dates:
  - file: clinical/pain-clinic-notes-2025-03-to-2026-09.txt
    date: 2026-09-08
    sent: 2026-10-06
  - file: other/former-plan-pharmacy-claims-statement-2025.txt
    date: 2026-01-15
    sent: 2026-10-06
  - file: clinical/rheumatology-note-2024-stale.txt
    date: 2024-11-19
template: external-review-request
bates_prefix: ELLISONVARGA
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/step-therapy-denial-2026-09-24.txt": """
CROSSROADS MUTUAL HEALTH INSURANCE COMPANY (FICTIONAL) - PHARMACY COVERAGE DECISION       Date: 09/24/2026
Member: Lucinda Ellison-Varga   DOB 10/02/1974   ID FICT-CMH-6620-1187
Group: Wabash Valley Covenant Schools Health Plan (church plan)   Page 1 of 1
Request CMH-RX-26-0914-30652: Savella (milnacipran) 50 mg twice daily, from Dr. Tomasz Abernathy-Obi.
Savella (milnacipran) requires step therapy under RX-ST-FM-2. Pharmacy claims show gabapentin 100 mg. There is no
trial of duloxetine or pregabalin. Criteria not met. Reviewer: Dr. Harlan Quist-Amadi, internal medicine.
You may appeal within 180 days of receiving this notice.
""",
    "denial/internal-appeal-decision-2026-11-02.txt": """
CROSSROADS MUTUAL HEALTH INSURANCE COMPANY (FICTIONAL) - APPEAL DECISION (FINAL INTERNAL)   Date: 11/02/2026
Member: Lucinda Ellison-Varga   Request CMH-RX-26-0914-30652   Appeal received 10/06/2026   Page 1 of 1
The denial is upheld. Our pharmacy claims show gabapentin 100 mg only. No trial of duloxetine or pregabalin is
documented. You may request an external review within 4 months. Send your request to the External Review Unit,
PO Box 44190, Indianapolis, IN 46244.
""",
    "clinical/pain-clinic-notes-2025-03-to-2026-09.txt": """
WABASH VALLEY PAIN AND REHABILITATION (FICTIONAL) - TREATMENT NOTES (SUMMARY)           Latest visit: 09/08/2026
Patient: Lucinda Ellison-Varga   DOB 10/02/1974   Page 1 of 1
Fibromyalgia (M79.7), diagnosed 2024. Physical therapy and aquatic exercise 01/2025-04/2025, 12 visits, then a
home program: modest benefit.
03/03/2025: duloxetine 60 mg daily started. 03/24/2025: ALT 3 times the upper limit of normal; duloxetine stopped
after 3 weeks; ALT normal by 05/2025.
05/2025-08/2025: pregabalin 150 mg twice daily (300 mg a day) for 10 weeks: no meaningful benefit, ankle swelling;
stopped. (Both filled under her husband's former employer plan.)
02/2026: gabapentin 100 mg at bedtime for sleep.
09/08/2026: FIQR 68; average pain 7/10; PHQ-9 8; no suicidal thoughts. Plan: milnacipran 50 mg twice daily, liver
enzymes at 4 and 12 weeks, stop if FIQR not 20 percent better at 12 weeks.
Earlier depressive episode (2019): sertraline 100 mg, recovered; off medication since 2021.
Tomasz Abernathy-Obi, MD
""",
    "clinical/rheumatology-note-2024-stale.txt": """
TERRE HAUTE RHEUMATOLOGY (FICTIONAL) - CONSULTATION                                    Date: 11/19/2024
Patient: Lucinda Ellison-Varga   Page 1 of 1
Fibromyalgia. No medication trials yet. Recommend physical therapy; consider duloxetine; amitriptyline 10 mg at
bedtime for sleep for now.
""",
    "other/former-plan-pharmacy-claims-statement-2025.txt": """
PRAIRIELAND FREIGHT EMPLOYEE BENEFIT PLAN (FICTIONAL) - PHARMACY CLAIMS STATEMENT, 2025   Printed 01/15/2026
Subscriber: Mark Ellison-Varga   Coverage ended 12/31/2025   Page 1 of 1
Ellison-Varga, Lucinda (spouse)   duloxetine 60 mg #30   filled 03/03/2025
Ellison-Varga, Lucinda (spouse)   pregabalin 150 mg #60   filled 05/12/2025, 06/10/2025, 07/09/2025
Ellison-Varga, Mark               atorvastatin 20 mg #90  filled 02/2025, 05/2025, 08/2025, 11/2025
""",
    "other/step-therapy-criteria-rx-st-fm-2.txt": """
CROSSROADS MUTUAL HEALTH (FICTIONAL) - STEP THERAPY CRITERIA RX-ST-FM-2, MILNACIPRAN      Page 1 of 1
Milnacipran is covered for fibromyalgia after: (a) a trial of duloxetine of at least 8 weeks at 60 mg daily,
unless it was not tolerated or is contraindicated; and (b) a trial of pregabalin (at least 300 mg daily) or
gabapentin (at least 1,800 mg daily) of at least 8 weeks, unless not tolerated or contraindicated. Trials may be
shown by pharmacy claims or by the prescriber's records.
""",
    "other/patient-consent-to-representation-2026-11-10.txt": """
CONSENT TO REPRESENTATION IN AN EXTERNAL REVIEW (FICTIONAL FORM)                         Signed 11/10/2026
I, Lucinda Ellison-Varga, ask Dr. Tomasz Abernathy-Obi to request external review of Crossroads Mutual's decision
on milnacipran for me, and consent to the release of my records for it.   Signed: Lucinda Ellison-Varga
""",
}

TRUTH = r"""
# 08 - Insured church plan: milnacipran for fibromyalgia denied under step therapy; the steps were taken under her former plan and one ended in intolerance; external review by the treating pain physician (FICTIONAL)

All people, plans, church bodies, insurers, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Lucinda Ellison-Varga, 52, a church-school teacher, is covered from **01/01/2026** by an **insured church plan**
  (Crossroads Mutual for the Wabash Valley Covenant Schools Health Plan, 1,180 employees, Indiana; not under ERISA).
- Her pain physician asked for **milnacipran 50 mg twice daily** for **fibromyalgia (M79.7)**: FIQR **68**, pain
  7/10 (09/08/2026). Denied **09/24/2026** under **RX-ST-FM-2** ("no trial of duloxetine or pregabalin"); the final
  internal decision of **11/02/2026** repeated that the plan's claims show only gabapentin 100 mg.
- RX-ST-FM-2 accepts a step "not tolerated" and trials shown "by pharmacy claims **or by the prescriber's
  records**". In 2025, under her husband's former plan (ended 12/31/2025): **duloxetine 60 mg, stopped at 3 weeks
  for ALT 3x the upper limit** (not tolerated: step (a) met); **pregabalin 150 mg twice daily (300 mg/day) for 10
  weeks, no benefit** (step (b) met). Both records went with the internal appeal on 10/06/2026.
- The decision's words are true of the plan's own claims and leave out what the prescriber's records and the
  former plan's statement show.
- **Rule and stage:** church plan: **26 CFR 54.9815-2719** (the ERISA claims standards by reference; external
  review for denials that turn on medical judgment); insured, so the state's external review ((c)); request within
  **4 months of the final internal denial: by 03/02/2027**.
- **Author:** the treating physician (MD, PM&R and pain medicine), in his own voice, with the patient's consent.

## Deliberately unknown
- The drug's price or her cost share; whether the plan has a step-therapy exception form: not in the case.
- Whether Indiana's external review reaches this church plan's insurer by state law as well: not stated; the
  letter may rely on the decision's own notice of external review.

## Traps
- **Trials paid by another plan are trials:** the plan's claims start 01/01/2026; the former plan paid both 2025
  trials. The letter shows them as trials and says why the plan's claims do not show them.
- **Duloxetine is an intolerance (3 weeks), not an 8-week failure;** the policy accepts "not tolerated".
- **Gabapentin 100 mg at bedtime** is a sleep dose, not the gabapentinoid step (1,800 mg/day).
- **Stale note:** the 2024 rheumatology note ("no medication trials yet"; amitriptyline 10 mg for sleep) predates
  both trials.
- **Other person:** the former plan's statement lists **Mark** Ellison-Varga's atorvastatin.
- **Earlier episode:** sertraline 100 mg in 2019 for depression, recovered: not part of this pain case, not a
  failure; no depression treatment is requested.
- **Not mental health:** fibromyalgia is a medical condition; **no MHPAEA/parity argument** (the parity rule compares
  mental health to medical benefits; this is a medical benefit).
- **Wrong law:** not ERISA as governing law (no 29 CFR 2560.503-1 cited alone, no EBSA/Labor Department); no
  Medicare 423.578(b) coverage exception (that is Part D); no Medicaid.
- No suicidal thoughts.

## Arguments a strong letter makes, strongest first
1. Both steps of RX-ST-FM-2 are met on its own terms: duloxetine "not tolerated" (ALT 3x ULN at 3 weeks) and
   pregabalin 300 mg/day for 10 weeks without benefit, shown by the prescriber's records and the former plan's
   pharmacy claims - the policy accepts either. The decision looked only at its own claims from 01/01/2026.
2. Those records were sent with the internal appeal on 10/06/2026 and the decision did not address them.
3. Gabapentin 100 mg is a bedtime sleep dose and no step; the treatment plan with liver monitoring and a stopping
   rule answers the safety question.
4. External review under 26 CFR 54.9815-2719 through the state's process, within 4 months (by 03/02/2027); the
   reviewer was an internist, not a pain physician.

## What a letter must NOT say
- "failed duloxetine after 8 weeks", "gabapentin trial", "amitriptyline trial", "no trials yet".
- "MHPAEA", "parity", "mental health" as the benefit; "failed sertraline".
- "ERISA plan", "29 CFR 2560.503-1" alone, "Department of Labor", "EBSA", "423.578", "Medicare".
- "atorvastatin", "Mark" as the patient.
"""

_P = "clinical/pain-clinic-notes-2025-03-to-2026-09.txt"
_F = "other/former-plan-pharmacy-claims-statement-2025.txt"
_C = "other/step-therapy-criteria-rx-st-fm-2.txt"
ANSWERS = [
    ("policy", "RX-ST-FM-2", "denial/step-therapy-denial-2026-09-24.txt"),
    ("decision's statement", "Our pharmacy claims show gabapentin 100 mg only", "denial/internal-appeal-decision-2026-11-02.txt"),
    ("final internal denial date", "Date: 11/02/2026", "denial/internal-appeal-decision-2026-11-02.txt"),
    ("external review deadline", "by 03/02/2027", "truth"),
    ("policy accepts intolerance", "unless it was not tolerated or is contraindicated", _C),
    ("policy accepts prescriber's records", "Trials may be\nshown by pharmacy claims or by the prescriber's records", _C),
    ("duloxetine intolerance", "ALT 3 times the upper limit of normal; duloxetine stopped\nafter 3 weeks", _P),
    ("pregabalin trial", "pregabalin 150 mg twice daily (300 mg a day) for 10 weeks: no meaningful benefit", _P),
    ("gabapentin purpose", "gabapentin 100 mg at bedtime for sleep", _P),
    ("former plan ended", "Coverage ended 12/31/2025", _F),
    ("former plan fills", "pregabalin 150 mg #60   filled 05/12/2025, 06/10/2025, 07/09/2025", _F),
    ("appeal received", "Appeal received 10/06/2026", "denial/internal-appeal-decision-2026-11-02.txt"),
    ("severity", "FIQR 68; average pain 7/10", _P),
    ("other person on the statement", "Ellison-Varga, Mark", _F),
    ("stale note", "No medication trials yet", "clinical/rheumatology-note-2024-stale.txt"),
    ("reviewer", "Dr. Harlan Quist-Amadi, internal medicine", "denial/step-therapy-denial-2026-09-24.txt"),
]
