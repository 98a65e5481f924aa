# FICTIONAL case 08: insured small-group employer plan overturned a TMS denial on appeal and paid; five months
# later a post-payment review "recouped" the payment under a policy revised after the treatment. The patient writes.
SLUG = "08-insured-small-group-tms-approved-on-appeal-then-recouped-patient"

YAML = """
# FICTIONAL CASE (set 11, case 08) - every person, plan, number and address is invented.
# Insured small-group plan (Ohio): TMS was denied, then approved on the member's first-level appeal (05/14/2026) and
# paid. On 10/28/2026 a post-payment review reversed the payment ("criteria not met: fewer than four antidepressant
# trials") under policy BH-031 as revised 09/01/2026; the version in force on the dates of service asked for two.
# The clinic (in network) has been told the payment will be recovered. The patient appeals herself ("I").
patient:
  name: Corinne Dufresne-Malik
  salutation: Ms. Dufresne-Malik
  date_of_birth: 1974-11-02
  member_id: LMH-FICT-SG-7704418-01
  address: |-
    86 Kettle Run Road
    Ashbury Falls, OH 43999
  phone: (614) 555-0163
  email: corinne.dm@mail.example
insurer:
  name: Lakeridge Mutual Health Insurance Company (FICTIONAL)
  appeals_address: |-
    Lakeridge Mutual Health - Member Appeals
    PO Box 2207
    Ashbury Falls, OH 43998
  fax: (614) 555-0188
employer:
  name: Quill & Anvil Print Shop, LLC (FICTIONAL)
  address: |-
    14 Foundry Street
    Ashbury Falls, OH 43999
claim:
  number: LMH-CLM-26-0428-11902
  plan_type: employer_erisa
  funding: insured
  notice_date: 2026-10-28
  service_dates: [2026-03-02, 2026-04-21]
  sessions: 36
  procedure_codes: ["90867", "90868"]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    Post-payment review determination. The TMS services paid under claim LMH-CLM-26-0428-11902 do not meet medical
    policy BH-031 (Transcranial Magnetic Stimulation), which requires failure of at least four antidepressant
    trials in the current episode; three are documented. The payment of $11,240.00 is reversed and will be
    recovered from the provider.
  denial_category: medical_necessity
  action: none
  appeal_deadline: 2027-04-26
  deadline_basis: >-
    Stated in the notice: "You or your provider may appeal within 180 days of receiving this notice"; counted from
    the notice date, October 28, 2026.
prior_auth:
  approved:
    number: first-level appeal decision APL-FICT-2026-0514-221
    date: 2026-05-14
    covers: TMS course of 36 sessions (90867, 90868), March 2 through April 21, 2026
    quote: >-
      After review of your appeal and the records submitted, the denial is overturned. The TMS services of
      03/02/2026 through 04/21/2026 meet medical policy BH-031 and will be covered under your plan's benefits.
    file: other/appeal-decision-overturned-2026-05-14.txt
    what_went_wrong: >-
      A post-payment review five months later re-decided the medical-necessity question the appeal decision had
      already decided, on the same records, applying the version of policy BH-031 revised on September 1, 2026
      instead of the version in force on the dates of service.
    lines:
      - {code: "90867", units: 1, given: 1}
      - {code: "90868", units: 35, given: 35}
plan_policy:
  name: Lakeridge medical policy, Transcranial Magnetic Stimulation (version effective January 1, 2026) (FICTIONAL)
  number: BH-031
  quote: >-
    TMS is medically necessary for adults with severe major depressive disorder who have had an inadequate response
    to at least two antidepressant medication trials of adequate dose and duration in the current episode, or who
    could not tolerate them, and who have no contraindication to TMS. Up to 30 treatments and 6 taper treatments.
  file: other/lakeridge-bh-031-version-2026-01-01.txt
  other_terms: >-
    Policy BH-031 as revised September 1, 2026: "inadequate response to at least four antidepressant medication
    trials ... in the current episode." The revision notice says: "Applies to requests received on or after
    09/01/2026."
payer_criteria:
  - criterion: Severe major depressive disorder in an adult (BH-031, version of January 1, 2026)
    how_met: Recurrent major depressive disorder, severe (F33.2); PHQ-9 23 on February 16, 2026
    met: true
    evidence: {file: clinical/tms-clinic-records-2026.txt, page: 1}
  - criterion: Inadequate response to at least two antidepressant trials of adequate dose and duration in the current episode
    how_met: Sertraline 150 mg for 8 weeks (no response) and venlafaxine XR 225 mg for 10 weeks (partial response), with bupropion XL added for 6 weeks (no added benefit)
    met: true
    evidence: {file: clinical/tms-clinic-records-2026.txt, page: 1}
  - criterion: No contraindication to TMS
    how_met: No seizure history, no implanted metal or devices in the head
    met: true
    evidence: {file: clinical/tms-clinic-records-2026.txt, page: 1}
  - criterion: Up to 30 treatments and 6 taper treatments
    how_met: 30 treatments and 6 taper treatments, March 2 to April 21, 2026
    met: true
    evidence: {file: clinical/tms-clinic-records-2026.txt, page: 1}
treatment:
  name: Transcranial magnetic stimulation (TMS)
  summary: >-
    A completed 36-session TMS course (30 treatments and 6 taper treatments) in March and April 2026, approved on
    appeal and paid, now reversed by a post-payment review.
  setting: Scioto Valley TMS Center (FICTIONAL), in network
author:
  name: Corinne Dufresne-Malik
  role: Plan member
  relation: patient
  address: |-
    86 Kettle Run Road
    Ashbury Falls, OH 43999
  phone: (614) 555-0163
provider:
  name: Declan Achterberg-Nwosu
  credentials: MD, psychiatrist
  npi: "1437062981"
  phone: (614) 555-0174
  address: |-
    Scioto Valley TMS Center, 250 Canal Street, Suite 2
    Ashbury Falls, OH 43999
clinical:
  episode_onset: 2025-04
  severity: PHQ-9 23 on February 16, 2026 (before TMS); PHQ-9 7 on April 21, 2026
  severity_date: 2026-04-21
  suicidality: none
  response: PHQ-9 23 before TMS (February 16, 2026) and 7 after the course (April 21, 2026); back at work full time
  history:
    - drug: Escitalopram
      dose: 20 mg daily
      start: 2019-01
      end: 2019-12
      outcome: Remission in an earlier episode (2019)
      response: remission
    - drug: Sertraline
      dose: 100 to 150 mg daily
      start: 2025-05-05
      end: 2025-06-30
      outcome: No response after eight weeks
      response: none
      adequate: true
      evidence: {file: clinical/tms-clinic-records-2026.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 150 to 225 mg daily
      start: 2025-07-07
      end: 2025-09-15
      outcome: Partial response only after ten weeks
      response: partial
      adequate: true
      evidence: {file: clinical/tms-clinic-records-2026.txt, page: 1}
    - drug: Bupropion XL (added to venlafaxine)
      kind: augmentation
      dose: 150 to 300 mg daily
      start: 2025-09-15
      end: 2025-10-27
      outcome: No added benefit after six weeks
      response: none
      adequate: true
      evidence: {file: clinical/tms-clinic-records-2026.txt, page: 1}
    - drug: Mirtazapine
      kind: other
      dose: 7.5 mg at bedtime
      start: 2025-11
      end: 2026-02
      outcome: Sleep dose only; not an antidepressant trial
      adequate: false
impact:
  work: Was on short-term disability from January 12 to April 27, 2026; back at work full time since.
record_dates:
  - {file: clinical/tms-clinic-records-2026.txt, date: 2026-04-21}
  - {file: other/clinic-letter-about-recovery-2026-11-09.txt, date: 2026-11-09}
bates_prefix: DUFRESNEMALIK
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/post-payment-review-notice-2026-10-28.txt": """
LAKERIDGE MUTUAL HEALTH INSURANCE COMPANY (FICTIONAL)              Group: Quill & Anvil Print Shop (small group)
NOTICE OF POST-PAYMENT REVIEW DETERMINATION                         October 28, 2026
Member: Corinne Dufresne-Malik   ID: LMH-FICT-SG-7704418-01   Claim: LMH-CLM-26-0428-11902
Provider: Scioto Valley TMS Center (in network)   Dates of service: 03/02/2026 - 04/21/2026 (36)

Post-payment review determination. The TMS services paid under claim LMH-CLM-26-0428-11902 do not meet medical
policy BH-031 (Transcranial Magnetic Stimulation), which requires failure of at least four antidepressant
trials in the current episode; three are documented. The payment of $11,240.00 is reversed and will be
recovered from the provider.
Policy applied: BH-031, revised 09/01/2026.
Reviewer: Special Investigations / Payment Integrity clinical review (nurse reviewer: K. Ostrowski, RN).

You or your provider may appeal within 180 days of receiving this notice. Send your appeal to Member Appeals,
PO Box 2207, Ashbury Falls OH 43998, or fax (614) 555-0188. You may ask for an external review after our final
decision. For help, contact the Ohio Department of Insurance consumer services line.
""",
    "other/appeal-decision-overturned-2026-05-14.txt": """
LAKERIDGE MUTUAL HEALTH (FICTIONAL) - APPEAL DECISION                          May 14, 2026
Member: Corinne Dufresne-Malik   Appeal: APL-FICT-2026-0514-221   Claim: LMH-CLM-26-0428-11902
After review of your appeal and the records submitted, the denial is overturned. The TMS services of
03/02/2026 through 04/21/2026 meet medical policy BH-031 and will be covered under your plan's benefits.
Reviewed by: Gideon Marsh-Iwata, MD, board-certified psychiatrist.
""",
    "other/lakeridge-bh-031-version-2026-01-01.txt": """
LAKERIDGE MUTUAL HEALTH (FICTIONAL) - MEDICAL POLICY BH-031, TRANSCRANIAL MAGNETIC STIMULATION
Version effective: 01/01/2026  (superseded 09/01/2026)
TMS is medically necessary for adults with severe major depressive disorder who have had an inadequate response
to at least two antidepressant medication trials of adequate dose and duration in the current episode, or who
could not tolerate them, and who have no contraindication to TMS. Up to 30 treatments and 6 taper treatments.

REVISION NOTICE (09/01/2026): Criterion 2 now reads "inadequate response to at least four antidepressant
medication trials ... in the current episode." Applies to requests received on or after 09/01/2026.
""",
    "other/clinic-letter-about-recovery-2026-11-09.txt": """
SCIOTO VALLEY TMS CENTER (FICTIONAL) - BILLING OFFICE                         November 9, 2026
Dear Ms. Dufresne-Malik,
Lakeridge has told us it will recover the $11,240.00 it paid for your TMS course by offsetting future payments.
We have appealed as your provider as well. We are not billing you at this time. If the recovery stands, our
contract with Lakeridge will decide whether any amount can be billed to you; we will write to you before then.
""",
    "clinical/tms-clinic-records-2026.txt": """
SCIOTO VALLEY TMS CENTER (FICTIONAL) - Dr. D. Achterberg-Nwosu - intake and course summary
Pt: Dufresne-Malik, Corinne   DOB 11/02/1974   Dx F33.2   Intake 02/16/2026
Past: 2019 episode, escitalopram 20 mg -> remission; off meds by 2020.
Current episode since April 2025: sertraline 100 -> 150 mg 05/05-06/30/25, no response (8 wks).
Venlafaxine XR 150 -> 225 mg 07/07-09/15/25: partial only (10 wks); bupropion XL 150 -> 300 mg added
09/15-10/27/25: no added benefit (6 wks); both tapered.
Nov 2025 - Feb 2026 mirtazapine 7.5 mg hs for sleep only.
02/16/2026: PHQ-9 23. Denies SI. No seizure hx, no implanted metal/devices. On STD since 01/12/2026.
Course: 30 treatments 03/02-04/10/2026, taper 6 treatments 04/13-04/21/2026. Total 36.
04/21/2026: PHQ-9 7. Returned to work 04/27/2026.
""",
}

TRUTH = """
# 08 - Insured small-group plan: TMS approved on appeal and paid, then recouped by a post-payment review; the patient writes (FICTIONAL)

All people, plans, numbers and addresses are invented. This truth file is FICTIONAL.

## What is true
- Corinne Dufresne-Malik, 52, **insured small-group** employer plan (`employer_erisa`, `insured`), Ohio. A 36-session
  TMS course (03/02-04/21/2026) was denied, then **approved on her first-level appeal on 2026-05-14** by a
  psychiatrist ("meet medical policy BH-031 and will be covered") and paid ($11,240).
- On **2026-10-28** a post-payment (payment integrity) review by a **nurse** reversed the payment: "requires
  failure of at least four antidepressant trials; three are documented", applying **BH-031 revised 09/01/2026**.
  The **revision notice says it applies to requests received on or after 09/01/2026**; the version in force on the
  dates of service asked for **two** trials, which she met (sertraline 8 wks, venlafaxine 225 mg 10 wks; bupropion
  augmentation 6 wks). Even the reviewer counts three.
- The treatment worked: PHQ-9 23 -> 7; back at work 04/27.
- Appeal: ERISA internal appeal, 180 days (29 CFR 2560.503-1(h)(3)(i)) -> 2027-04-26; she writes ("I").
  After the final internal decision, external review through Ohio (insured; 45 CFR 147.136(c)).

## Deliberately unknown
- Whether she will owe anything: the clinic is in network, "not billing you at this time"; its contract decides.
  A letter must not say she owes $11,240, nor that she can never be billed.
- Whether Ohio law limits retroactive claim reversals (not in the record): no state statute may be cited.
- Whether the reversal counts as a rescission (it is about one claim, not her coverage): don't call it one.

## Traps
- **Do not claim four trials.** The current episode has three medication trials (two antidepressants plus one
  augmentation); escitalopram 2019 is an earlier-episode remission; mirtazapine 7.5 mg is a sleep dose. Counting
  them to reach four is false.
- The winning points are the **approval on appeal** (same claim, same records) and the **policy version**
  (the revision applies only to requests from 09/01/2026), not a new count of trials.
- The payment was recovered **from the provider**; the patient appeals as the member (the notice allows it).
- The reviewer was a **nurse**, the appeal decider a psychiatrist: the letter may ask that a psychiatrist decide.
- The course is over: no pending sessions, no expedited route.
- Voice: "I", not "Ms. Dufresne-Malik has failed ...".
- Insured ERISA plan with no discretion clause in the record: still, no contra proferentem stated as law.

## Arguments a strong letter makes
1. The plan already decided this claim: its 05/14/2026 appeal decision found the services met BH-031 and would be
   covered; nothing new was learned. Honor that decision and reinstate the payment.
2. The reversal applied the 09/01/2026 revision, which by its own notice applies only to requests received on or
   after 09/01/2026; under the version in force (two trials) every criterion is met, point by point.
3. The course worked (PHQ-9 23 -> 7; back at work). Ask for the claim file, the review notes and the policy
   version used, and a psychiatrist reviewer.

## What a letter must NOT say
- "four failed antidepressant trials", "escitalopram failed", "mirtazapine trial".
- "I owe $11,240", "Ohio law prohibits", "rescission", "the plan named no criteria".
- "expedited", "remaining sessions", Medicare/Medicaid rules, "the plan is self-funded" / federal external review only.
"""

CHECKS = [
    ("denial/post-payment-review-notice-2026-10-28.txt", "three are documented"),
    ("denial/post-payment-review-notice-2026-10-28.txt", "Policy applied: BH-031, revised 09/01/2026"),
    ("denial/post-payment-review-notice-2026-10-28.txt", "nurse reviewer: K. Ostrowski, RN"),
    ("denial/post-payment-review-notice-2026-10-28.txt", "You or your provider may appeal within 180 days of receiving this notice"),
    ("other/appeal-decision-overturned-2026-05-14.txt", "the denial is overturned"),
    ("other/appeal-decision-overturned-2026-05-14.txt", "meet medical policy BH-031 and will be covered under your plan's benefits"),
    ("other/lakeridge-bh-031-version-2026-01-01.txt", "at least two antidepressant medication trials"),
    ("other/lakeridge-bh-031-version-2026-01-01.txt", "Applies to requests received on or after 09/01/2026"),
    ("other/clinic-letter-about-recovery-2026-11-09.txt", "We are not billing you at this time"),
    ("clinical/tms-clinic-records-2026.txt", "2019 episode, escitalopram 20 mg -> remission"),
    ("clinical/tms-clinic-records-2026.txt", "mirtazapine 7.5 mg hs for sleep only"),
    ("clinical/tms-clinic-records-2026.txt", "04/21/2026: PHQ-9 7"),
]

CASE = {"slug": SLUG, "yaml": YAML, "docs": DOCS, "truth": TRUTH, "checks": CHECKS}
