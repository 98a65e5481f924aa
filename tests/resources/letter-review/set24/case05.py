"""Set 24, case 05 (FICTIONAL): FEHB step therapy for levomilnacipran; the brochure exempts a drug paid under any prior
health plan in the 120 days before coverage began; OPM review requested by the prescribing NP."""

SLUG = "05-fehb-levomilnacipran-step-therapy-prior-plan-exemption-opm-review-np"

CASE_YAML = """
# FICTIONAL CASE (set 24, case 05) - every person, plan, provider, number and address is invented.
# FEHB (Maryland). A new federal employee (FEHB coverage from 07/19/2026) had taken Fetzima (levomilnacipran ER)
# since 08/2025 under his former employer's plan, with fills every month through 07/24/2026. The carrier applied its
# step therapy rule ("two generic antidepressants in 365 days") and its reconsideration (10/06/2026) read the
# brochure's exemption as limited to members moving from another FEHB plan; the brochure says "any prior health
# plan". The prescribing psychiatric nurse practitioner asks OPM to review, with the member's written consent.
patient:
  name: Gideon Falkenrath-Oduya
  salutation: Mr. Falkenrath-Oduya
  date_of_birth: 1979-11-02
  member_id: FICT-EMB-R71204439
  address: |-
    5 Hollyberry Court
    Greenbelt, MD 20770
  phone: (301) 555-0157
insurer:
  name: Evergreen Mutual Benefit Association (FICTIONAL), an FEHB plan carrier
  appeals_address: |-
    Evergreen Mutual Benefit Association, FEHB Reconsiderations
    PO Box 12750
    Rockville, MD 20849
  fax: (301) 555-0175
claim:
  number: EMB-RX-26-0824-60317
  plan_type: fehb
  notice_date: 2026-08-27
  diagnosis_codes: [F33.1]
  denial_reason: >-
    Step therapy: levomilnacipran ER (Fetzima) is covered after paid claims for at least two different generic
    antidepressants within the past 365 days. Our records show no such claims. Your coverage with us began on
    07/19/2026.
  denial_category: step_therapy
decisions:
  - date: 2026-10-06
    outcome: denied
    stage: reconsideration
    opens: OPM review
    next_deadline: 2027-01-04
    reason: >-
      We have reconsidered and affirm our decision. The transition provision in Section 5(f) applies to members who
      changed from another FEHB plan during Open Season. Your prior coverage was not an FEHB plan, so step therapy
      applies.
    corrections:
      - said: "The transition provision in Section 5(f) applies to members who changed from another FEHB plan during Open Season"
        record: >-
          the brochure's own provision says "under any prior health plan" and names no Open Season and no FEHB plan;
          his former employer's plan paid levomilnacipran ER on 03/31, 04/29, 05/28, 06/26 and 07/24/2026, within the
          120 days before 07/19/2026 (from 03/21/2026)
        file: other/brochure-2026-section-5f-excerpt.txt
        page: 1
record_dates:
  - {file: clinical/np-progress-note-2026-10-26.txt, date: 2026-10-26}
external_review:
  agency: U.S. Office of Personnel Management (OPM), FEHB disputed claims review
  final_denial_date: 2026-10-06
plan_policy:
  name: 2026 FEHB Brochure, Section 5(f), Prescription drug benefits - Step therapy
  quote: >-
    Step therapy: levomilnacipran ER (Fetzima) is covered after you have paid claims for at least two different
    generic antidepressants (an SSRI, an SNRI, bupropion or mirtazapine) within the past 365 days. Step therapy does
    not apply to a drug for which you had a paid claim under any prior health plan within the 120 days before your
    coverage with us began; send us proof of that claim.
  file: other/brochure-2026-section-5f-excerpt.txt
  step_lookback_days: 120
  exception: >-
    Your prescriber may ask us for an exception to step therapy when the step drugs were tried before and did not
    work, or would be harmful to you. We decide exception requests within 72 hours of receiving your prescriber's
    statement.
payer_criteria:
  - criterion: "Paid claims for at least two different generic antidepressants (an SSRI, an SNRI, bupropion or mirtazapine) within the past 365 days"
    how_met: >-
      escitalopram (16 weeks, 01-05/2025) and duloxetine (8 weeks, 05-07/2025) were both tried and did not work, but
      both ended more than 365 days before the request of 08/24/2026
    met: false
    evidence: {file: other/prior-plan-pharmacy-claims-2026-08-03.txt, page: 1}
treatment:
  name: Fetzima (levomilnacipran ER) 80 mg daily
  summary: >-
    Levomilnacipran ER, a brand-name SNRI antidepressant, which has kept his recurrent depression in response since
    2025.
  plan: Levomilnacipran ER 80 mg once daily, continued; 30 capsules a month; visits every eight weeks.
  earlier_doses:
    - {date: 2026-03-31, dose: 80 mg daily (30 days), paid_by_plan: false, file: other/prior-plan-pharmacy-claims-2026-08-03.txt}
    - {date: 2026-04-29, dose: 80 mg daily (30 days), paid_by_plan: false, file: other/prior-plan-pharmacy-claims-2026-08-03.txt}
    - {date: 2026-05-28, dose: 80 mg daily (30 days), paid_by_plan: false, file: other/prior-plan-pharmacy-claims-2026-08-03.txt}
    - {date: 2026-06-26, dose: 80 mg daily (30 days), paid_by_plan: false, file: other/prior-plan-pharmacy-claims-2026-08-03.txt}
    - {date: 2026-07-24, dose: 80 mg daily (30 days), paid_by_plan: false, file: other/prior-plan-pharmacy-claims-2026-08-03.txt}
clinical:
  severity: >-
    PHQ-9 19 on 08/12/2025 before levomilnacipran; 7 on 07/14/2026; 14 on 08/31/2026 after nine days without it; 9 on
    10/26/2026
  severity_date: 2026-10-26
  suicidality: none
  suicidality_date: 2026-10-26
  response: >-
    PHQ-9 19 before levomilnacipran (08/2025) and 7 on it (07/2026); 14 after nine days without it (08/31/2026); 9
    back on it (10/26/2026)
  response_level: response
  episode_onset: 2024-11
  treating_since: 2025-01-14
  history:
    - drug: Sertraline
      dose: 100 mg daily
      start: 2017-04
      end: 2018-06
      kind: antidepressant
      response: remission
      outcome: Remission of an earlier episode
      evidence: {file: clinical/np-progress-note-2026-10-26.txt, page: 1}
    - drug: Escitalopram
      dose: 10 mg daily, 20 mg from 02/2025
      start: 2025-01-14
      end: 2025-05-06
      kind: antidepressant
      response: partial
      weeks: 16
      outcome: Partial response only after 16 weeks (12 at 20 mg); stopped
      evidence: {file: other/prior-plan-pharmacy-claims-2026-08-03.txt, page: 1}
    - drug: Duloxetine
      dose: 60 mg daily
      start: 2025-05-07
      end: 2025-07-02
      kind: antidepressant
      response: none
      weeks: 8
      outcome: No response after 8 weeks; stopped
      evidence: {file: other/prior-plan-pharmacy-claims-2026-08-03.txt, page: 1}
    - drug: Levomilnacipran ER (Fetzima)
      dose: 40 mg daily, 80 mg from 09/2025
      start: 2025-08-14
      ongoing: true
      kind: antidepressant
      response: response
      outcome: Continues; response (PHQ-9 19 to 7)
      evidence: {file: clinical/np-progress-note-2026-10-26.txt, page: 1}
    - drug: Trazodone
      dose: 50 mg at bedtime for sleep
      start: 2025-03
      ongoing: true
      kind: other
      outcome: For sleep only; not a treatment of the depression
      evidence: {file: clinical/np-progress-note-2026-10-26.txt, page: 1}
impact:
  relapse: >-
    Without levomilnacipran for nine days in August 2026 (08/22-08/30) his PHQ-9 rose from 7 to 14, with dizziness,
    irritability and two missed workdays.
expenses:
  - {date: 2026-08-31, item: "levomilnacipran ER 80 mg, 30 capsules (manufacturer savings card)", amount: "$98.00", paid: "$98.00"}
  - {date: 2026-09-29, item: "levomilnacipran ER 80 mg, 30 capsules (manufacturer savings card)", amount: "$98.00", paid: "$98.00"}
  - {date: 2026-10-28, item: "levomilnacipran ER 80 mg, 30 capsules (manufacturer savings card)", amount: "$98.00", paid: "$98.00"}
  - {date: 2026-11-26, item: "levomilnacipran ER 80 mg, 30 capsules (manufacturer savings card)", amount: "$98.00", paid: "$98.00"}
author:
  name: Lucia Abernethy-Sandoval
  role: Psychiatric nurse practitioner (PMHNP-BC), treating prescriber
  relation: prescriber
  address: |-
    Greenbelt Behavioral Health Associates, 7400 Lakecrest Drive, Suite 210
    Greenbelt, MD 20770
  phone: (301) 555-0139
  email: labernethy@greenbelt-bha.example
  authorization: other/member-authorization-2026-11-20.txt
provider:
  name: Lucia Abernethy-Sandoval
  credentials: DNP, PMHNP-BC
  npi: "1862059379"
  address: |-
    Greenbelt Behavioral Health Associates, 7400 Lakecrest Drive, Suite 210
    Greenbelt, MD 20770
  phone: (301) 555-0139
template: external-review-request
bates_prefix: FALKENRATHODUYA
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/step-therapy-denial-2026-08-27.txt": """
EVERGREEN MUTUAL BENEFIT ASSOCIATION (FICTIONAL) - FEHB PLAN, PHARMACY BENEFIT
NOTICE OF DENIAL: PRIOR APPROVAL / STEP THERAPY              Date: 08/27/2026              Page 1

Member: Gideon Falkenrath-Oduya     Member ID: FICT-EMB-R71204439     Enrollment: Self and Family
Request: EMB-RX-26-0824-60317, levomilnacipran ER (Fetzima) 80 mg, #30 per 30 days
Prescriber: Lucia Abernethy-Sandoval, DNP, PMHNP-BC     Received: 08/24/2026

Decision: DENIED. Step therapy: levomilnacipran ER (Fetzima) is covered after paid claims for at least two
different generic antidepressants within the past 365 days. Our records show no such claims. Your coverage with us
began on 07/19/2026.

Disputed claims: you may ask us in writing to reconsider within 6 months of the date of this notice. If we affirm
our decision, you may ask the U.S. Office of Personnel Management (OPM) to review it within 90 days of our decision.
""",
    "denial/reconsideration-decision-2026-10-06.txt": """
EVERGREEN MUTUAL BENEFIT ASSOCIATION (FICTIONAL) - FEHB PLAN
RECONSIDERATION DECISION                                     Date: 10/06/2026              Page 1

Member: Gideon Falkenrath-Oduya     Member ID: FICT-EMB-R71204439
Request: EMB-RX-26-0824-60317, levomilnacipran ER (Fetzima)     Reconsideration received: 09/08/2026 from the
prescriber, with the member's former plan's pharmacy claims

Decision: We have reconsidered and affirm our decision. The transition provision in Section 5(f) applies to members
who changed from another FEHB plan during Open Season. Your prior coverage was not an FEHB plan, so step therapy
applies.

OPM review: if you disagree, you may ask OPM to review this decision. Write to OPM within 90 days of the date of this
letter, as described in Section 8 of the brochure, and include a copy of this letter.
""",
    "clinical/np-progress-note-2026-10-26.txt": """
GREENBELT BEHAVIORAL HEALTH ASSOCIATES (FICTIONAL) - MEDICATION MANAGEMENT NOTE     Date: 10/26/2026     Page 1

Patient: Gideon Falkenrath-Oduya    DOB 11/02/1979    Clinician: Lucia Abernethy-Sandoval, DNP, PMHNP-BC
(treating since 01/14/2025)
Diagnosis: F33.1 major depressive disorder, recurrent, moderate. Current episode since November 2024; one earlier
episode (2017-2018) that remitted on sertraline 100 mg.
This episode:
- Escitalopram 10 mg from 01/14/2025, 20 mg from 02/2025, stopped 05/06/2025: partial response only after 16 weeks.
- Duloxetine 60 mg 05/07/2025 - 07/02/2025: no response after 8 weeks.
- Levomilnacipran ER 40 mg from 08/14/2025, 80 mg from 09/2025: response. PHQ-9 19 on 08/12/2025; 7 on 07/14/2026.
- Trazodone 50 mg at bedtime for sleep since March 2025 (a sleep dose, not an antidepressant trial).
Interruption: his new plan did not cover levomilnacipran; no doses 08/22-08/30/2026. Dizziness, irritability and
low mood; two missed workdays; PHQ-9 14 on 08/31/2026. Restarted 08/31/2026 with a manufacturer savings card ($98
a month, paid by him).
Today: PHQ-9 9. Denies suicidal ideation (never reported in this episode). BP 124/78.
Plan: continue levomilnacipran ER 80 mg daily and trazodone 50 mg at bedtime; visit every eight weeks. Returning to
escitalopram or duloxetine, which did not work, would risk relapse.
""",
    "other/brochure-2026-section-5f-excerpt.txt": """
EVERGREEN MUTUAL BENEFIT ASSOCIATION (FICTIONAL) - 2026 FEHB BROCHURE - EXCERPTS                    Page 1

Section 5(f) Prescription drug benefits - Step therapy
Step therapy: levomilnacipran ER (Fetzima) is covered after you have paid claims for at least two different generic
antidepressants (an SSRI, an SNRI, bupropion or mirtazapine) within the past 365 days. Step therapy does not apply to
a drug for which you had a paid claim under any prior health plan within the 120 days before your coverage with us
began; send us proof of that claim.
Your prescriber may ask us for an exception to step therapy when the step drugs were tried before and did not work,
or would be harmful to you. We decide exception requests within 72 hours of receiving your prescriber's statement.

Section 8 The disputed claims process
Ask us in writing to reconsider our initial decision within 6 months of the date of our decision. If we affirm it,
you may ask OPM to review it within 90 days after the date of our letter. Your representative may act for you with
your written consent.
""",
    "other/prior-plan-pharmacy-claims-2026-08-03.txt": """
KEYSTONE WORKPLACE HEALTH PLAN (FICTIONAL) - PHARMACY CLAIMS HISTORY      Printed: 08/03/2026      Page 1

Subscriber: Gideon Falkenrath-Oduya     Coverage: 01/01/2019 - 07/31/2026 (employment ended 07/02/2026)
Fill date    Member                   Drug                                  Qty   Days   Status
01/14/2025   Gideon Falkenrath-Oduya  escitalopram 10 mg                    30    30     Paid
02/13/2025   Gideon Falkenrath-Oduya  escitalopram 20 mg                    30    30     Paid
03/12/2025   Gideon Falkenrath-Oduya  escitalopram 20 mg                    30    30     Paid
03/12/2025   Gideon Falkenrath-Oduya  trazodone 50 mg                       30    30     Paid
04/10/2025   Gideon Falkenrath-Oduya  escitalopram 20 mg                    30    30     Paid
05/07/2025   Gideon Falkenrath-Oduya  duloxetine DR 60 mg                   30    30     Paid
06/05/2025   Gideon Falkenrath-Oduya  duloxetine DR 60 mg                   30    30     Paid
08/14/2025   Gideon Falkenrath-Oduya  levomilnacipran ER 40 mg (Fetzima)    30    30     Paid
09/12/2025   Gideon Falkenrath-Oduya  levomilnacipran ER 80 mg (Fetzima)    30    30     Paid
  (levomilnacipran ER 80 mg paid every 28-31 days from 09/12/2025; the last six:)
03/02/2026   Gideon Falkenrath-Oduya  levomilnacipran ER 80 mg (Fetzima)    30    30     Paid
03/31/2026   Gideon Falkenrath-Oduya  levomilnacipran ER 80 mg (Fetzima)    30    30     Paid
04/29/2026   Gideon Falkenrath-Oduya  levomilnacipran ER 80 mg (Fetzima)    30    30     Paid
05/28/2026   Gideon Falkenrath-Oduya  levomilnacipran ER 80 mg (Fetzima)    30    30     Paid
06/26/2026   Gideon Falkenrath-Oduya  levomilnacipran ER 80 mg (Fetzima)    30    30     Paid
07/24/2026   Gideon Falkenrath-Oduya  levomilnacipran ER 80 mg (Fetzima)    30    30     Paid
06/30/2026   Maren Falkenrath-Oduya   levothyroxine 75 mcg                  90    90     Paid
07/15/2026   Maren Falkenrath-Oduya   amoxicillin 500 mg                    21    7      Paid
""",
    "other/fehb-enrollment-confirmation-2026-07-10.txt": """
FEDERAL EMPLOYEE BENEFITS ENROLLMENT - CONFIRMATION (FICTIONAL)      Date: 07/10/2026      Page 1

Employee: Gideon Falkenrath-Oduya     Appointment date: 07/06/2026 (new federal employee)
Plan: Evergreen Mutual Benefit Association, Standard Option     Enrollment: Self and Family
Coverage effective: 07/19/2026 (first day of the first pay period after the enrollment was received)
""",
    "other/pharmacy-reject-2026-08-21.txt": """
CEDAR LANE PHARMACY (FICTIONAL) - CLAIM REJECTION PRINTOUT            Date: 08/21/2026            Page 1

Patient: Gideon Falkenrath-Oduya     Plan: Evergreen Mutual Benefit Association (FEHB)
Drug: levomilnacipran ER 80 mg #30     Reject 75: prior authorization required - step therapy
Plan message: NEW START - STEP THERAPY APPLIES. No history of required step drugs.
""",
    "other/member-authorization-2026-11-20.txt": """
AUTHORIZATION TO ACT FOR ME IN AN FEHB DISPUTED CLAIM (FICTIONAL)        Page 1

Member: Gideon Falkenrath-Oduya     Plan: Evergreen Mutual Benefit Association (FEHB)     ID: FICT-EMB-R71204439
I authorize Lucia Abernethy-Sandoval, DNP, PMHNP-BC, my nurse practitioner, to ask OPM to review the carrier's
decision of 10/06/2026 about levomilnacipran ER (Fetzima), to act for me in that review, and to share my health
information with the carrier and OPM for that purpose.
Signed: Gideon Falkenrath-Oduya (signature on file)      Date: 11/20/2026
""",
}

TRUTH = """
# 05 - FEHB: levomilnacipran ER (Fetzima) refused under step therapy for a new federal employee; the brochure exempts a drug paid under any prior health plan in the 120 days before coverage; OPM review requested by the prescribing nurse practitioner (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Gideon Falkenrath-Oduya, 47 (DOB 11/02/1979), became a federal employee on **07/06/2026**; his FEHB coverage with
  **Evergreen Mutual Benefit Association** (Standard Option, Self and Family) began **07/19/2026** (enrollment
  confirmation). Before that his former employer's plan, **Keystone Workplace Health Plan**, covered him through
  07/31/2026.
- Keystone **paid levomilnacipran ER 80 mg** every month, including **03/31, 04/29, 05/28, 06/26 and 07/24/2026**:
  five paid claims within the **120 days before 07/19/2026** (from 03/21/2026). (03/02 is outside the window.)
- **The brochure (2026, Section 5(f))**: step therapy for Fetzima requires paid claims for two generic antidepressants
  in 365 days, but "**does not apply to a drug for which you had a paid claim under any prior health plan within the
  120 days before your coverage with us began**; send us proof of that claim". The prescriber sent the proof (the
  Keystone claims history) with the 09/08 reconsideration request.
- The carrier denied on **08/27/2026** ("no such claims"; coverage began 07/19/2026) and affirmed on **10/06/2026**,
  reading the provision as limited to members who changed from another **FEHB plan during Open Season**. The
  brochure's words say **any prior health plan** and name neither Open Season nor FEHB.
- The step criterion itself (two generic antidepressants **within 365 days**) is **not met** on its words: escitalopram
  (16 weeks, partial response) and duloxetine (8 weeks, no response) were real trials but ended 05/06/2025 and
  07/02/2025, more than 365 days before the 08/24/2026 request. A second, honest route is the brochure's own
  **exception** ("step drugs were tried before and did not work"), which these two trials support.
- Harm already shown: no doses **08/22-08/30/2026**, PHQ-9 7 -> 14, dizziness, irritability, two missed workdays. Since
  08/31 he has paid **$98 a month** with a manufacturer savings card (08/31, 09/29, 10/28, 11/26). The drug is continuing
  (care still to come, monthly).
- Stage: **OPM review** of the carrier's reconsideration (5 CFR 890.105), within **90 days of 10/06/2026: by
  01/04/2027**; the request goes to OPM (not to the carrier), with a copy of the 10/06 decision.
- Author: the **prescribing psychiatric nurse practitioner** (DNP, PMHNP-BC), with the member's written authorization
  of 11/20/2026. Not a physician.

## Deliberately unknown
- What the plan will charge him as cost sharing for Fetzima, and whether OPM can order reimbursement of the $98 fills
  (ask; promise nothing).
- Whether the carrier ever processed an exception request as such (the 08/24 request was decided as step therapy).
- OPM's decision time (no rule in the case gives one).

## Traps
- **Do not say the step criterion is met:** the 365-day window is not met by the 2025 trials; the winning point is the
  exemption (prior plan's paid claims within 120 days before coverage), then the exception.
- **Not a "new start":** the pharmacy reject says "NEW START"; he has taken it since 08/14/2025 (a stale/wrong flag).
- **Another person on a document:** the Keystone printout lists Maren Falkenrath-Oduya's levothyroxine and amoxicillin:
  not his.
- **Drugs:** levomilnacipran is **working** (response) and continuing: never "failed"; escitalopram brought only a
  **partial** response after 16 weeks (an inadequate response, stopped), duloxetine **none** after 8 weeks; trazodone
  50 mg is **for sleep**; sertraline 2017-2018 brought **remission of an earlier episode** (never a failure).
- **Suicidality:** none in this episode: no harm paragraph about suicidal ideation.
- **Wrong law:** FEHB (5 CFR 890.105): no **Part D** coverage exception (42 CFR 423.578), no Medicare, no ERISA, no ACA
  external review by an IRO, no state insurance department, no MHPAEA as statute.
- **Stage:** this is the request for OPM review, not a new reconsideration by the carrier; it answers the 10/06/2026
  decision.
- **Voice:** the NP writes "I" as his treating psychiatric nurse practitioner; never "Dr.", "physician",
  "psychiatrist".

## Arguments a strong letter makes (strongest first)
1. The brochure's own Section 5(f): step therapy **does not apply** to a drug paid under **any prior health plan**
   within the **120 days before coverage began** (07/19/2026). Keystone paid levomilnacipran ER 80 mg on 03/31, 04/29,
   05/28, 06/26 and 07/24/2026 (claims history, enclosed and sent to the carrier). The carrier's reading ("another
   FEHB plan during Open Season") adds words the brochure does not contain. Ask OPM to direct the carrier to cover
   levomilnacipran ER 80 mg without step therapy.
2. Alternatively, the brochure's exception: the step drugs' classes were tried in this episode and did not work
   (escitalopram 16 weeks, partial; duloxetine 8 weeks, none); going back risks relapse, as nine days without it
   showed (PHQ-9 7 -> 14, missed work).
3. Ask that the fills he paid since 08/31/2026 ($98 each) be considered, and enclose the decision of 10/06/2026, the
   brochure excerpt, the claims history, the enrollment confirmation and his authorization.

## What a letter must NOT say
- "the step therapy criteria are met", "two generic antidepressants within 365 days" as met, "new start".
- "failed levomilnacipran", "failed trazodone", "failed sertraline", "currently suicidal".
- "Part D", "423.578", "Medicare", "ERISA", "29 CFR 2560.503-1", "45 CFR 147.136", "external review organization",
  "state insurance department", "MHPAEA" as binding law.
- "Open Season" as a condition of the exemption; "FEHB plan" as a condition of the exemption.
- Maren's prescriptions as his.
- "Dr. Abernethy-Sandoval", "as his physician", "psychiatrist".
"""

ANSWERS = [
    ("denial/step-therapy-denial-2026-08-27.txt", "Our records show no such claims. Your coverage with us began on 07/19/2026"),
    ("denial/step-therapy-denial-2026-08-27.txt", "EMB-RX-26-0824-60317"),
    ("denial/reconsideration-decision-2026-10-06.txt", "applies to members who changed from another FEHB plan during Open Season"),
    ("denial/reconsideration-decision-2026-10-06.txt", "within 90 days of the date of this letter"),
    ("other/brochure-2026-section-5f-excerpt.txt", "Step therapy does not apply to a drug for which you had a paid claim under any prior health plan within the 120 days before your coverage with us began"),
    ("other/brochure-2026-section-5f-excerpt.txt", "when the step drugs were tried before and did not work"),
    ("other/brochure-2026-section-5f-excerpt.txt", "you may ask OPM to review it within 90 days after the date of our letter"),
    ("other/fehb-enrollment-confirmation-2026-07-10.txt", "Coverage effective: 07/19/2026"),
    ("other/prior-plan-pharmacy-claims-2026-08-03.txt", "07/24/2026   Gideon Falkenrath-Oduya  levomilnacipran ER 80 mg (Fetzima)    30    30     Paid"),
    ("other/prior-plan-pharmacy-claims-2026-08-03.txt", "03/31/2026   Gideon Falkenrath-Oduya  levomilnacipran ER 80 mg (Fetzima)"),
    ("other/prior-plan-pharmacy-claims-2026-08-03.txt", "05/07/2025   Gideon Falkenrath-Oduya  duloxetine DR 60 mg"),
    ("other/prior-plan-pharmacy-claims-2026-08-03.txt", "Maren Falkenrath-Oduya   levothyroxine"),
    ("other/pharmacy-reject-2026-08-21.txt", "NEW START - STEP THERAPY APPLIES"),
    ("clinical/np-progress-note-2026-10-26.txt", "no doses 08/22-08/30/2026"),
    ("clinical/np-progress-note-2026-10-26.txt", "PHQ-9 14 on 08/31/2026"),
    ("clinical/np-progress-note-2026-10-26.txt", "PHQ-9 19 on 08/12/2025; 7 on 07/14/2026"),
    ("clinical/np-progress-note-2026-10-26.txt", "partial response only after 16 weeks"),
    ("clinical/np-progress-note-2026-10-26.txt", "Trazodone 50 mg at bedtime for sleep"),
    ("clinical/np-progress-note-2026-10-26.txt", "($98\na month, paid by him)"),
    ("other/member-authorization-2026-11-20.txt", "Date: 11/20/2026"),
]
