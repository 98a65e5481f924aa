"""Cases 01-04 of letters review set 21 (FICTIONAL: every person, plan, provider, number and address is invented)."""

# ---------------------------------------------------------------------------------------------------------------
# 01 TRICARE Prime, family member aged 15: coordination of benefits (other health insurance said to pay first),
#    formal review by the Defense Health Agency after the regional contractor's reconsideration; the mother writes.
# ---------------------------------------------------------------------------------------------------------------
C01_DATES = [
    "2026-08-03", "2026-08-04", "2026-08-05", "2026-08-06", "2026-08-07",
    "2026-08-10", "2026-08-11", "2026-08-12", "2026-08-13", "2026-08-14",
    "2026-08-17", "2026-08-18", "2026-08-19", "2026-08-20", "2026-08-21",
]

C01_YAML = """
# FICTIONAL CASE (set 21, case 01) - every person, plan, provider, number and address is invented.
# TRICARE Prime (active duty family member, 15): a 15-day adolescent partial hospitalization program, authorized
# by the regional contractor, denied CO-22 because an employer plan of the mother's is still "on file" as other
# health insurance. That coverage ended 06/30/2026. The contractor's reconsideration (10/14/2026) upheld the denial
# for want of the other insurer's own notice; the mother now asks the Defense Health Agency for a formal review.
patient:
  name: Theodore Okonkwo-Lind
  salutation: Theo
  date_of_birth: 2011-03-19
  member_id: FICT-DBN-30417762915
  address: |-
    88 Gullwing Court
    Marrow Point, VA 23325
  phone: (757) 555-0134
  email: renata.ol@familymail.example
insurer:
  name: Atlantic Shield Health Solutions, TRICARE East Region contractor (FICTIONAL)
  appeals_address: |-
    Atlantic Shield Health Solutions, TRICARE East Appeals
    PO Box 77120
    Harlan Gap, SC 29215
  fax: (803) 555-0171
claim:
  number: ASH-26-0828-771043
  plan_type: tricare
  notice_date: 2026-09-10
  service_dates: [%s]
  procedure_codes: [H0035]
  revenue_codes: ["0913"]
  diagnosis_codes: [F32.2]
  carc_codes: [CO-22]
  denial_reason: >-
    This care may be covered by another payer per coordination of benefits. Other health insurance (OHI) is on
    file: Bluegate Health Insurance Company, policy BGH-KL-448120, effective 01/01/2024, no end date on file. Submit
    the claim to the other health insurance first.
  denial_category: coordination_of_benefits
  coding_correct: true
  action: none
plan_policy:
  name: TRICARE Prime Handbook, Other Health Insurance (contractor's 2026 edition, excerpt)
  quote: >-
    TRICARE pays after all other health insurance, except Medicaid, TRICARE supplements and a few other programs.
    If your other health insurance ends, tell us: we update our records from the date the other coverage ended,
    and claims for care on or after that date are processed with TRICARE as the primary payer.
  file: other/tricare-prime-handbook-ohi-excerpt.txt
other_coverage:
  plan: Bluegate Health Insurance Company group policy BGH-KL-448120 (Kestrel Logistics, Inc. employee plan)
  member_is: dependent
  covered_here_as: dependent
  ended: 2026-06-30
  reported: 2026-09-14
  proof:
    - other/bluegate-termination-letter-2026-10-27.txt
    - other/bluegate-eob-2026-09-25.txt
    - other/kestrel-hr-letter-2026-09-16.txt
prior_auth:
  approved:
    number: PHP-26-0731-58214
    date: 2026-07-31
    covers: adolescent partial hospitalization, 15 program days, 08/03/2026 through 08/21/2026
    quote: >-
      Approved: partial hospitalization program (H0035, revenue code 0913), 15 days, 08/03/2026 through
      08/21/2026. This authorization is not a guarantee of payment. Benefits are subject to eligibility and to
      other health insurance (OHI) rules at the time the claim is processed.
    file: other/php-authorization-2026-07-31.txt
    from: 2026-08-03
    through: 2026-08-21
    lines:
      - {code: H0035, units: 15, given: 15}
decisions:
  - date: 2026-10-14
    outcome: denied
    stage: reconsideration
    opens: formal review
    next_deadline: 2026-12-13
    reason: >-
      The letter you sent from Kestrel Logistics, Inc. (dated 09/16/2026) states that your employment ended on
      06/12/2026. It does not state the date the health coverage ended. To update OHI we need a notice from the
      other insurer showing the end date of coverage, or an explanation of benefits from the other insurer.
external_review:
  agency: Defense Health Agency, Appeals, Hearings and Claims Collection Division
  address: |-
    Defense Health Agency, Appeals, Hearings and Claims Collection Division
    (address FICTIONAL) 16401 East Centretech Loop, Suite 9
    Aurora, CO 80011
  final_denial_date: 2026-10-14
record_dates:
  - {file: other/bluegate-termination-letter-2026-10-27.txt, date: 2026-10-27}
  - {file: other/bluegate-eob-2026-09-25.txt, date: 2026-09-25}
call_log:
  - date: 2026-09-14
    who: Atlantic Shield member services (agent "Marcus")
    reference: CALL-0914-22817
    summary: >-
      Told them the Bluegate coverage ended 06/30/2026 when I left Kestrel; agent said to send proof and an OHI
      questionnaire with a reconsideration request.
treatment:
  name: Adolescent partial hospitalization program
  summary: >-
    Fifteen weekday program days of adolescent partial hospitalization (group, family and individual therapy with
    daily psychiatric care), authorized in advance by the contractor.
author:
  name: Renata Okonkwo-Lind
  role: Mother of the patient (parent of a minor); spouse of the sponsor
  relation: parent
  address: |-
    88 Gullwing Court
    Marrow Point, VA 23325
  phone: (757) 555-0134
  email: renata.ol@familymail.example
provider:
  name: Aurelio Mendes-Park
  credentials: MD, child and adolescent psychiatry
  npi: "1639254873"
  phone: (757) 555-0188
  address: |-
    Tidewater Youth Day Program, Bayhaven Behavioral Hospital, 400 Shoal Street
    Marrow Point, VA 23325
clinical:
  severity: PHQ-A 22 at admission (08/03/2026); PHQ-A 11 at discharge (08/21/2026)
  severity_date: 2026-08-21
  suicidality: passive
  suicidality_date: 2026-07-30
  history:
    - drug: Fluoxetine
      dose: 10 mg, then 20 mg daily
      start: 2025-01
      end: 2025-02
      outcome: Stopped after about 3 weeks for agitation and insomnia
      adequate: false
      evidence: {file: clinical/php-discharge-summary-2026-08-21.txt, page: 1}
    - drug: Sertraline
      dose: 50 mg, then 100 mg daily
      start: 2026-05
      ongoing: true
      outcome: Continued; partial response so far
      response: partial
      evidence: {file: clinical/php-discharge-summary-2026-08-21.txt, page: 1}
    - drug: Hydroxyzine
      dose: 25 mg at bedtime as needed
      start: 2026-06
      ongoing: true
      kind: other
      outcome: For sleep
      evidence: {file: clinical/php-discharge-summary-2026-08-21.txt, page: 1}
template: external-review-request
bates_prefix: OKONKWOLIND
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""" % ", ".join(C01_DATES)

C01_FILES = {
    "denial/tricare-eob-2026-09-10.txt": """
ATLANTIC SHIELD HEALTH SOLUTIONS (FICTIONAL) - TRICARE East Region
TRICARE EXPLANATION OF BENEFITS                    Date: 09/10/2026

Sponsor: SFC Daniel Okonkwo-Lind          Beneficiary: Theodore Okonkwo-Lind   DOB 03/19/2011
DoD Benefits Number: FICT-DBN-30417762915  Plan: TRICARE Prime (active duty family member)
Claim number: ASH-26-0828-771043          Received: 08/28/2026
Provider: Bayhaven Behavioral Hospital - Tidewater Youth Day Program (network)

Dates of service          Service                          Billed        Allowed  Paid    Code
08/03/2026-08/21/2026     H0035 / rev 0913  x 15 days      $13,500.00    $0.00    $0.00   CO-22

CO-22: This care may be covered by another payer per coordination of benefits.
Remark: Other health insurance (OHI) is on file: Bluegate Health Insurance Company, policy BGH-KL-448120,
effective 01/01/2024, no end date on file. Submit the claim to the other health insurance first. If the other
insurance has ended, send us proof of the end date.

Your cost share as an active duty family member in TRICARE Prime for this care: $0.00.
Your right to ask for reconsideration: write to us within 90 days of the date of this notice.
""",
    "denial/reconsideration-decision-2026-10-14.txt": """
ATLANTIC SHIELD HEALTH SOLUTIONS (FICTIONAL) - TRICARE East Region
RECONSIDERATION DECISION                          Date: 10/14/2026

To: Renata Okonkwo-Lind (parent of the beneficiary)
Sponsor: SFC Daniel Okonkwo-Lind    Beneficiary: Theodore Okonkwo-Lind   DOB 03/19/2011
Claim: ASH-26-0828-771043    Provider: Bayhaven Behavioral Hospital - Tidewater Youth Day Program
Dates: 08/03/2026-08/21/2026    Billed: $13,500.00    Your request received: 09/21/2026

Also reviewed at your request: claim ASH-26-0722-530118 for Mila Okonkwo-Lind, date of service 07/15/2026
(office visit 99213). That claim was processed correctly with the other insurance paying first; no change.

Issue: whether TRICARE is the primary payer for claim ASH-26-0828-771043.
Decision: the initial determination is UPHELD.

Reason: TRICARE pays after other health insurance (OHI). Our records show OHI with Bluegate Health Insurance
Company, policy BGH-KL-448120, effective 01/01/2024, with no end date. The letter you sent from Kestrel Logistics,
Inc. (dated 09/16/2026) states that your employment ended on 06/12/2026. It does not state the date the health
coverage ended. To update OHI we need a notice from the other insurer showing the end date of coverage, or an
explanation of benefits from the other insurer.

Your right to further review: this is a factual determination, not a medical necessity determination. If you
disagree, you may ask for a formal review by the Defense Health Agency. Your request must be postmarked or
received within 60 days of the date of this decision, and the amount in dispute must be $50 or more. Include a
copy of this decision and any new documents. Send it to: Defense Health Agency, Appeals, Hearings and Claims
Collection Division, (address FICTIONAL) 16401 East Centretech Loop, Suite 9, Aurora, CO 80011.
""",
    "clinical/php-discharge-summary-2026-08-21.txt": """
BAYHAVEN BEHAVIORAL HOSPITAL (FICTIONAL) - TIDEWATER YOUTH DAY PROGRAM
PARTIAL HOSPITALIZATION DISCHARGE SUMMARY          Page 1

Patient: Theodore (Theo) Okonkwo-Lind   DOB 03/19/2011   Age 15
Admitted: 08/03/2026   Discharged: 08/21/2026   Program days attended: 15 of 15
Attending: Aurelio Mendes-Park, MD (child and adolescent psychiatry)
Authorization: PHP-26-0731-58214 (Atlantic Shield, approved 07/31/2026)

Referral: outpatient psychiatrist after an urgent assessment on 07/30/2026: worsening depression since spring,
superficial cutting of the forearm in July 2026, passive wish to be dead ("sometimes I wish I would not wake up"),
no plan or intent; stopped attending summer school.
Diagnosis: F32.2 major depressive disorder, single episode, severe, without psychotic features.

Medications:
 - Fluoxetine 10 mg then 20 mg, January-February 2025, about 3 weeks: agitation and insomnia, stopped.
 - Sertraline 50 mg since May 2026, increased to 100 mg on 08/06/2026: CONTINUES; partial response so far.
 - Hydroxyzine 25 mg at bedtime as needed for sleep (since June 2026): continues.

Course: daily group CBT and DBT skills, three family sessions, daily psychiatric review. No self-harm during the
program. PHQ-A 22 at admission, 11 at discharge. Denies suicidal ideation at discharge (C-SSRS screen negative
08/21/2026). Safety plan reviewed with mother.
Discharge plan: weekly outpatient therapy and monthly medication management; return to school 08/24/2026.
""",
    "other/php-authorization-2026-07-31.txt": """
ATLANTIC SHIELD HEALTH SOLUTIONS (FICTIONAL) - TRICARE East Region
AUTHORIZATION APPROVAL                             Date: 07/31/2026

Beneficiary: Theodore Okonkwo-Lind   Sponsor: SFC Daniel Okonkwo-Lind
Authorization number: PHP-26-0731-58214
Requesting provider: Bayhaven Behavioral Hospital - Tidewater Youth Day Program

Approved: partial hospitalization program (H0035, revenue code 0913), 15 days, 08/03/2026 through 08/21/2026.
This authorization is not a guarantee of payment. Benefits are subject to eligibility and to other health
insurance (OHI) rules at the time the claim is processed.
""",
    "other/bluegate-termination-letter-2026-10-27.txt": """
BLUEGATE HEALTH INSURANCE COMPANY (FICTIONAL)
NOTICE OF END OF COVERAGE                          Date: 10/27/2026

Subscriber: Renata Okonkwo-Lind
Group: Kestrel Logistics, Inc. (FICTIONAL)    Policy: BGH-KL-448120
Covered persons: Renata Okonkwo-Lind (subscriber); Theodore Okonkwo-Lind (dependent child);
Mila Okonkwo-Lind (dependent child)

This letter confirms that medical coverage under the group policy above for every person listed ended at
11:59 p.m. on June 30, 2026, when the subscriber's employment with the group ended. Continuation coverage
(COBRA) was offered on 07/08/2026 and was not elected by the election deadline of 09/06/2026, so no coverage
exists under this policy for any date after June 30, 2026.
Bluegate Health Insurance Company, Eligibility and Enrollment
""",
    "other/bluegate-eob-2026-09-25.txt": """
BLUEGATE HEALTH INSURANCE COMPANY (FICTIONAL)
EXPLANATION OF BENEFITS - THIS IS NOT A BILL        Date: 09/25/2026

Member: Theodore Okonkwo-Lind (dependent)    Policy: BGH-KL-448120
Provider: Bayhaven Behavioral Hospital       Claim: BG-26-0915-004471

Dates of service          Billed        Paid    Reason
08/03/2026-08/21/2026     $13,500.00    $0.00   CARC 27

CARC 27: Expenses incurred after coverage terminated. Coverage for this member ended 06/30/2026.
""",
    "other/kestrel-hr-letter-2026-09-16.txt": """
KESTREL LOGISTICS, INC. (FICTIONAL) - HUMAN RESOURCES
Date: 09/16/2026

To whom it may concern,
Renata Okonkwo-Lind was employed by Kestrel Logistics, Inc. from 03/02/2020 to 06/12/2026 (last day worked).
For benefits questions, contact our insurer, Bluegate Health Insurance Company.
Dana Whitcombe, HR Generalist
""",
    "other/tricare-prime-handbook-ohi-excerpt.txt": """
ATLANTIC SHIELD HEALTH SOLUTIONS (FICTIONAL) - TRICARE PRIME HANDBOOK, 2026 EDITION (EXCERPT)
Other Health Insurance

TRICARE pays after all other health insurance, except Medicaid, TRICARE supplements and a few other programs.
If your other health insurance ends, tell us: we update our records from the date the other coverage ended,
and claims for care on or after that date are processed with TRICARE as the primary payer.
To report a change, call member services or send an Other Health Insurance questionnaire with a copy of the
other insurer's notice of the end of coverage or its explanation of benefits.
""",
    "other/cobra-election-notice-2026-07-08.txt": """
BLUEGATE HEALTH INSURANCE COMPANY (FICTIONAL) for KESTREL LOGISTICS, INC.
COBRA CONTINUATION COVERAGE ELECTION NOTICE        Date: 07/08/2026

Qualified beneficiaries: Renata Okonkwo-Lind, Theodore Okonkwo-Lind, Mila Okonkwo-Lind
Qualifying event: termination of employment (06/12/2026). Coverage under the plan ends 06/30/2026.
You may elect continuation coverage by 09/06/2026. If you elect it and pay the premium, continuation coverage
begins on 07/01/2026, so there is no gap. If you do not elect it, you will have no coverage under this plan
after 06/30/2026.
Election form: [ ] Elect   [ ] Decline     (form not returned)
""",
    "other/tricare-ohi-questionnaire-2025-03.txt": """
ATLANTIC SHIELD HEALTH SOLUTIONS (FICTIONAL) - OTHER HEALTH INSURANCE QUESTIONNAIRE
Completed by: Renata Okonkwo-Lind          Date signed: 03/11/2025

Does any family member have other health insurance?  [x] Yes
Insurer: Bluegate Health Insurance Company   Policy: BGH-KL-448120   Through employer: Kestrel Logistics, Inc.
Effective: 01/01/2024    End date: (none)
Persons covered: Renata, Theodore, Mila
""",
}

C01_TRUTH = """
# 01 - TRICARE Prime: adolescent PHP denied because "other health insurance" ended 06/30/2026 is still on file; formal review by DHA (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Theo Okonkwo-Lind, 15 (DOB 03/19/2011), active duty family member in **TRICARE Prime** (sponsor: his father,
  SFC Daniel Okonkwo-Lind). The regional contractor is Atlantic Shield Health Solutions (TRICARE East).
- Adolescent **partial hospitalization**, 15 weekday program days **08/03-08/21/2026** (H0035, revenue code 0913,
  $13,500 billed), **authorized in advance** (PHP-26-0731-58214, 07/31/2026). Post-service. Cost share $0.
- Denied **09/10/2026** CO-22: other health insurance on file (Bluegate group policy BGH-KL-448120, the mother's
  employer plan, "no end date on file").
- The mother's employment ended **06/12/2026**; the Bluegate coverage of all three family members **ended at 11:59
  p.m. on 06/30/2026**; COBRA was offered and **not elected** (deadline 09/06/2026). Every program day is after
  06/30/2026, so no other coverage was in force on any date of this care: TRICARE is the only payer.
- Proof: Bluegate's **end-of-coverage letter of 10/27/2026** and Bluegate's **own EOB of 09/25/2026** (CARC 27,
  "coverage for this member ended 06/30/2026") - exactly the two documents the reconsideration said it needed
  ("a notice from the other insurer ... or an explanation of benefits from the other insurer"). Neither was before
  the contractor (the letter is dated after the decision; the family did not send the EOB).
- The mother reported the end of coverage by phone on **09/14/2026** (CALL-0914-22817) and sent the Kestrel HR
  letter with her reconsideration request (received 09/21/2026).
- Reconsideration decision **10/14/2026**, upheld, a **factual (not medical-necessity) determination**. Next level:
  **formal review by the Defense Health Agency**, postmarked or received **within 60 days** of the decision (by
  **12/13/2026**), amount in dispute $50 or more ($13,500). Rule: 32 CFR 199.10. The contractor's handbook: claims for
  care on or after the date the other coverage ended are processed with TRICARE as primary.
- Author: the **mother**, parent of a minor (needs no separate authorization); she writes about "my son" / Theo.

## Deliberately unknown
- The Bluegate policy's own coordination rules (irrelevant: it had ended).
- Whether the father's unit or the contractor had any other OHI record (none shown).
- The formal review's decision time (no rule in the case gives one).

## Traps
- **The authorization is not the answer.** PHP-26-0731-58214 says benefits are subject to OHI rules; the dispute is
  the payer order, not whether the care was approved or needed. A letter may mention the approval (medical necessity
  is not in dispute) but must not lead with "honor the authorization" as the reason TRICARE must pay.
- **COBRA notice**: COBRA was offered, with retroactive coverage if elected; it was **not elected**. Never say the
  family had COBRA or that the Bluegate coverage "continued".
- **Employment end 06/12 vs coverage end 06/30**: the coverage end date (06/30) is the one that matters; both are
  before 08/03. Don't say coverage ended 06/12.
- **Stale 2025 OHI questionnaire** lists Bluegate with no end date: it is why the record is wrong, not proof of
  coverage.
- **Another patient on the decision**: Mila's claim ASH-26-0722-530118 (07/15/2026, before the coverage ended) was
  rightly processed with Bluegate first. It is not part of this appeal; don't ask for it to be reprocessed.
- **Clinical facts are not the argument**: passive wish to be dead (07/30) and self-harm in July belong to the
  history; no SI at discharge. No harm paragraph, no trial count, no "medically necessary" lead; sertraline is
  continuing (never "failed"); hydroxyzine is for sleep; fluoxetine (3 weeks) was not an adequate trial.
- **Stage**: this is a formal review by DHA, not a first reconsideration and not a TQMC second reconsideration
  (that route is for medical-necessity denials). The request goes to DHA, not "to the contractor to forward".
- **Wrong law**: TRICARE is not ERISA, not ACA (45 CFR 147.136), not MHPAEA, not state insurance law, not Medicaid
  (no EPSDT), not Medicare's secondary-payer rules.

## Arguments a strong letter makes (strongest first)
1. The other coverage **ended on 06/30/2026**, before the first program day (08/03/2026): no other health insurance
   was in force on any date of this care, so TRICARE pays first; the **other insurer's own notice (10/27/2026) and
   its EOB (09/25/2026, CARC 27)** are the documents the reconsideration said were missing, and neither was before
   the contractor.
2. The family reported the end of coverage (call 09/14/2026, HR letter with the reconsideration request); the
   contractor's own handbook says claims for care on or after the end date are processed with TRICARE as primary.
   Ask DHA to direct the contractor to end the OHI record at 06/30/2026 and reprocess the claim as primary payer.
3. Supporting: the care was authorized in advance (PHP-26-0731-58214, same dates), so nothing else stands between
   the claim and payment once the payer order is corrected.

## What a letter must NOT say
- "COBRA coverage", "the Bluegate coverage continued", "coverage ended 06/12/2026", "Bluegate must pay first".
- Anything about Mila's claim as part of this appeal; "medically necessary" as the reason for the appeal; "failed
  sertraline"; "suicidal ideation" as a present risk.
- "ERISA", "29 CFR 2560.503-1", "45 CFR 147.136", "external review", "MHPAEA"/"parity", "EPSDT", "state insurance
  department", "TQMC"/"second reconsideration" as this level, "Medicare secondary payer".
"""

C01_EXPECTED = [
    ("denial/tricare-eob-2026-09-10.txt", "CO-22"),
    ("denial/tricare-eob-2026-09-10.txt", "no end date on file"),
    ("denial/reconsideration-decision-2026-10-14.txt", "within 60 days of the date of this decision"),
    ("denial/reconsideration-decision-2026-10-14.txt", "formal review by the Defense Health Agency"),
    ("denial/reconsideration-decision-2026-10-14.txt", "or an explanation of benefits from the other insurer"),
    ("denial/reconsideration-decision-2026-10-14.txt", "Mila Okonkwo-Lind"),
    ("other/bluegate-termination-letter-2026-10-27.txt", "ended at 11:59 p.m. on June 30, 2026"),
    ("other/bluegate-termination-letter-2026-10-27.txt", "was not elected"),
    ("other/bluegate-eob-2026-09-25.txt", "Coverage for this member ended 06/30/2026"),
    ("other/php-authorization-2026-07-31.txt", "PHP-26-0731-58214"),
    ("other/kestrel-hr-letter-2026-09-16.txt", "06/12/2026"),
    ("other/tricare-ohi-questionnaire-2025-03.txt", "End date: (none)"),
    ("clinical/php-discharge-summary-2026-08-21.txt", "Program days attended: 15 of 15"),
    ("clinical/php-discharge-summary-2026-08-21.txt", "Sertraline 50 mg since May 2026"),
    ("other/tricare-prime-handbook-ohi-excerpt.txt", "processed with TRICARE as the primary payer"),
]

CASE_01 = {
    "slug": "01-tricare-adolescent-php-ohi-ended-dha-formal-review-mother",
    "yaml": C01_YAML,
    "files": C01_FILES,
    "truth": C01_TRUTH,
    "expected": C01_EXPECTED,
}


# ---------------------------------------------------------------------------------------------------------------
# 02 Original Medicare Part B: outpatient ECT denied because Part B was said not to be in effect; SSA later put
#    Part B from 07/01/2026 (special enrollment period). QIC reconsideration; the adult son writes (CMS-1696).
# ---------------------------------------------------------------------------------------------------------------
C02_ECT = ["2026-07-13", "2026-07-15", "2026-07-17", "2026-07-20", "2026-07-22",
           "2026-07-24", "2026-07-27", "2026-07-29", "2026-07-31", "2026-08-03"]

C02_YAML = """
# FICTIONAL CASE (set 21, case 02) - every person, plan, provider, number and address is invented.
# Original Medicare Part B: ten outpatient ECT treatments (07/13-08/03/2026) denied because CMS records showed Part B
# from 10/01/2026. He delayed Part B while working with employer coverage and enrolled in a special enrollment
# period for 07/01/2026; SSA keyed the wrong date and corrected it on 11/18/2026, after the MAC's redetermination
# (10/22/2026). His son asks the QIC to reconsider.
patient:
  name: Walter Eugene Brannock
  salutation: Mr. Brannock
  date_of_birth: 1959-05-02
  member_id: FICT-9FX2-QR7-WT41
  address: |-
    512 Quarry Lane
    Ardenfield, OH 43231
  phone: (614) 555-0127
insurer:
  name: Great Lakes Medicare Administrative Services, Part B (FICTIONAL)
  appeals_address: |-
    Great Lakes Medicare Administrative Services, Part B Redeterminations
    PO Box 31877
    Ardenfield, OH 43231
claim:
  number: 26-2481-0077315
  plan_type: medicare
  notice_date: 2026-09-03
  service_dates: [%s]
  procedure_codes: [90870]
  diagnosis_codes: [F33.2]
  carc_codes: [PR-26]
  denial_reason: >-
    Medicare Part B did not cover these services because you were not entitled to Part B on the dates of service.
    Our records show your Part B coverage starts 10/01/2026.
  denial_category: other
  denial_reasons: [coverage_ended]
  coding_correct: true
eligibility:
  why: >-
    He kept working, with group health coverage through his employer (140 employees), after he turned 65 and
    enrolled in Part B in a special enrollment period, asking for Part B from 07/01/2026, the day after that
    coverage ended. SSA's letter of 08/20/2026 gave 10/01/2026 by mistake; SSA corrected his record on 11/18/2026:
    Part B from July 1, 2026, with the Part B premium taken from his benefit from July.
  proof:
    - other/ssa-notice-of-change-2026-11-18.txt
    - other/cms-l564-employment-information-2026-05-22.txt
decisions:
  - date: 2026-10-22
    outcome: denied
    stage: redetermination
    opens: reconsideration
    reason: >-
      Medicare entitlement is determined by the Social Security Administration. CMS records show Part B
      entitlement beginning 10/01/2026. Services furnished before that date cannot be paid under Part B.
    corrections:
      - said: CMS records show Part B entitlement beginning 10/01/2026.
        record: >-
          SSA's notice of change of 11/18/2026 states that his Part B (medical insurance) starts July 1, 2026, and
          that the earlier date of 10/01/2026 was wrong.
        file: other/ssa-notice-of-change-2026-11-18.txt
        page: 1
external_review:
  agency: Plains-Atlantic Reconsideration Services, Part B QIC (FICTIONAL)
  address: |-
    Plains-Atlantic Reconsideration Services, Part B QIC (FICTIONAL)
    PO Box 40966
    Kellam City, MO 63017
  final_denial_date: 2026-10-22
record_dates:
  - {file: other/ssa-notice-of-change-2026-11-18.txt, date: 2026-11-18}
treatment:
  name: Outpatient electroconvulsive therapy (ECT)
  summary: >-
    An acute course of ten outpatient ECT treatments for severe recurrent major depression, given three times a
    week at Ardenfield General Hospital.
author:
  name: Curtis Brannock
  role: Son of the beneficiary, appointed representative (form CMS-1696)
  relation: representative
  authorization: other/cms-1696-appointment-2026-09-12.txt
  address: |-
    77 Tinder Street, Apt 3
    Ardenfield, OH 43232
  phone: (614) 555-0163
  email: curtis.brannock@mailbox.example
provider:
  name: Yvette Marchetti-Osei
  credentials: MD, psychiatry
  npi: "1458739210"
  phone: (614) 555-0149
  address: |-
    Ardenfield Psychiatric Associates, 900 Calder Avenue
    Ardenfield, OH 43231
clinical:
  severity: MADRS 36 before the course (07/10/2026); MADRS 8 after the tenth treatment (08/05/2026)
  severity_date: 2026-08-05
  suicidality: none
  suicidality_date: 2026-08-05
  response: MADRS 36 to 8 after ten treatments
  response_level: remission
  history:
    - drug: Sertraline
      dose: 100 mg, then 200 mg daily
      start: 2025-10
      end: 2026-01
      outcome: No response after about 13 weeks
      response: none
      evidence: {file: clinical/ect-course-summary-2026-08-05.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 150 mg, then 225 mg daily
      start: 2026-02
      ongoing: true
      outcome: Continued through and after ECT; partial response before ECT
      response: partial
      evidence: {file: clinical/ect-course-summary-2026-08-05.txt, page: 1}
    - drug: Mirtazapine
      dose: 7.5 mg at bedtime
      start: 2026-03
      ongoing: true
      kind: other
      outcome: For sleep
      evidence: {file: clinical/ect-course-summary-2026-08-05.txt, page: 1}
template: external-review-request
bates_prefix: BRANNOCK
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""" % ", ".join(C02_ECT)

C02_FILES = {
    "denial/medicare-summary-notice-2026-09-03.txt": """
MEDICARE SUMMARY NOTICE - PART B (FICTIONAL)                 Date: 09/03/2026
Processed by: Great Lakes Medicare Administrative Services (FICTIONAL)
Beneficiary: Walter E. Brannock     Medicare Number: FICT-9FX2-QR7-WT41
Claim number: 26-2481-0077315     Provider: Ardenfield Psychiatric Associates (Dr. Y. Marchetti-Osei)

Service date   Code     Description                                   Approved?  You may be billed
06/29/2026     99205    new patient office visit                      No  (a)    $310.00
07/13/2026 - 08/03/2026
               90870 x10  electroconvulsive therapy, 10 treatments    No  (a)    $2,450.00

(a) Medicare Part B did not cover these services because you were not entitled to Part B on the dates of
    service. Our records show your Part B coverage starts 10/01/2026. Claim adjustment reason PR-26 (expenses
    incurred before coverage).
Your Part A coverage (hospital insurance) began 05/01/2024.
If you disagree, you may ask for a redetermination within 120 days of the date you get this notice.
""",
    "denial/redetermination-decision-2026-10-22.txt": """
GREAT LAKES MEDICARE ADMINISTRATIVE SERVICES (FICTIONAL) - MEDICARE PART B REDETERMINATION
Date of this notice: 10/22/2026
Beneficiary: Walter E. Brannock    Appellant: Curtis Brannock (appointed representative)
Claim: 26-2481-0077315    Dates of service: 06/29/2026 - 08/03/2026    Request received: 09/16/2026

Decision: UNFAVORABLE.
Explanation: Medicare entitlement is determined by the Social Security Administration. CMS records show Part B
entitlement beginning 10/01/2026. Services furnished before that date cannot be paid under Part B. The employer
letter and the form CMS-L564 you sent do not change the entitlement date in CMS records. If the Social Security
Administration changes your entitlement date, send us its notice.
The medical necessity of the services was not reviewed.

If you disagree: you may ask for a reconsideration by a Qualified Independent Contractor (QIC) within 180 days
of the date you receive this notice (we assume you receive it 5 days after the date above). Send your request
to: Plains-Atlantic Reconsideration Services, Part B QIC (FICTIONAL), PO Box 40966, Kellam City, MO 63017.
Important: you should send all evidence you want considered with your reconsideration request. Evidence not
submitted at the reconsideration level may be excluded from consideration at later levels unless you show good
cause for submitting it late.
""",
    "clinical/ect-course-summary-2026-08-05.txt": """
ARDENFIELD PSYCHIATRIC ASSOCIATES (FICTIONAL) - ECT COURSE SUMMARY            Page 1
Patient: Walter E. Brannock   DOB 05/02/1959    Psychiatrist: Yvette Marchetti-Osei, MD
Location of treatments: Ardenfield General Hospital, outpatient ECT suite (FICTIONAL)

06/29/2026 consultation: recurrent major depression (F33.2), current episode since 09/2025; 14 kg weight loss,
stopped eating regular meals, withdrawn. No psychotic features. No suicidal ideation.
Medications: sertraline 100 -> 200 mg 10/2025-01/2026, about 13 weeks, no response, stopped. Venlafaxine XR
150 -> 225 mg since 02/2026, continues, partial response. Mirtazapine 7.5 mg at bedtime for sleep since 03/2026.
Plan: acute ECT course, right unilateral ultrabrief, three times a week.
Treatments given: 07/13, 07/15, 07/17, 07/20, 07/22, 07/24, 07/27, 07/29, 07/31 and 08/03/2026 (ten).
MADRS 36 on 07/10/2026 -> 8 on 08/05/2026 (remission). No suicidal ideation at any visit.
Continue venlafaxine; follow-up monthly; no maintenance ECT planned now.
""",
    "other/ssa-notice-of-change-2026-11-18.txt": """
SOCIAL SECURITY ADMINISTRATION (FICTIONAL COPY FOR A TEST SET) - NOTICE OF CHANGE IN MEDICARE ENTITLEMENT
Date: 11/18/2026                                                  Page 1
Walter E. Brannock, 512 Quarry Lane, Ardenfield, OH 43231    Medicare Number: FICT-9FX2-QR7-WT41

We have corrected your Medicare record. Your Part B (medical insurance) starts July 1, 2026.
We made this change because you enrolled during a Special Enrollment Period after your group health plan
coverage based on current employment ended. The form CMS-L564 completed by Tamarack Tool & Die, Inc. shows that
coverage through 06/30/2026. Our letter dated 08/20/2026 said your Part B would start 10/01/2026. That date was
wrong.
Your Part B premium for July through November 2026 has been taken from your November benefit payment.
Your Part A (hospital insurance) start date, 05/01/2024, has not changed.
""",
    "other/cms-l564-employment-information-2026-05-22.txt": """
REQUEST FOR EMPLOYMENT INFORMATION (FORM CMS-L564 CONTENT, FICTIONAL COPY)
Completed by employer: Tamarack Tool & Die, Inc. (FICTIONAL)    Date: 05/22/2026    Employees: 140
Employee: Walter E. Brannock
Employee covered by the group health plan based on current employment: from 05/01/2024 to 06/30/2026.
Employment ends: 06/30/2026 (retirement).  Signed: Helen Ostrowski, Benefits Administrator
Filed with SSA with the application for Part B (CMS-40B) on 05/28/2026, asking for Part B from 07/01/2026.
""",
    "other/ssa-letter-2026-08-20.txt": """
SOCIAL SECURITY ADMINISTRATION (FICTIONAL COPY FOR A TEST SET)            Date: 08/20/2026
Walter E. Brannock
Your Medicare Part B (medical insurance) will start 10/01/2026. Your Part B premium will be deducted from your
monthly benefit starting with your October payment.
""",
    "other/cms-1696-appointment-2026-09-12.txt": """
APPOINTMENT OF REPRESENTATIVE (FORM CMS-1696 CONTENT, FICTIONAL COPY)
Beneficiary: Walter E. Brannock, Medicare Number FICT-9FX2-QR7-WT41
I appoint Curtis Brannock (son) to act as my representative in connection with my claims and appeals under
Medicare. Signed: Walter E. Brannock, 09/12/2026.  Accepted: Curtis Brannock, 09/12/2026.
""",
}

C02_TRUTH = """
# 02 - Original Medicare Part B: ten ECT treatments denied as "not entitled to Part B"; SSA's corrected date puts Part B from 07/01/2026; QIC reconsideration (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Walter Brannock, 67 (DOB 05/02/1959), **Original Medicare**. Part A since **05/01/2024**. He kept working with
  group coverage through his employer (Tamarack Tool & Die, 140 employees) until **06/30/2026** and enrolled in Part
  B in a **special enrollment period**, asking for Part B from **07/01/2026** (CMS-40B and CMS-L564 filed
  05/28/2026).
- Ten outpatient **ECT** treatments, **07/13-08/03/2026** (90870 x10, F33.2), professional claim 26-2481-0077315
  of Ardenfield Psychiatric Associates. Post-service. The same claim also carries a **06/29/2026 consultation
  (99205)**.
- MSN **09/03/2026**: denied PR-26, "not entitled to Part B on the dates of service ... Part B coverage starts
  10/01/2026" (from SSA's wrong letter of 08/20/2026).
- MAC redetermination **10/22/2026**: unfavorable; "entitlement is determined by SSA ... if SSA changes your
  entitlement date, send us its notice"; **medical necessity was not reviewed**.
- SSA's **notice of change, 11/18/2026** (after the redetermination): Part B **starts July 1, 2026**; the 10/01/2026
  date "was wrong"; Part B premiums for July-November have been taken. So Part B was in force on every ECT date.
- Next level: **QIC reconsideration**, within **180 days of receipt** of the redetermination (receipt presumed 5 days
  after 10/22/2026, so by about **04/25/2027**), 42 CFR 405.962; the QIC decides within 60 days (405.970(a));
  evidence should be submitted now (405.966): the SSA notice must be enclosed with this request.
- Author: the **son**, appointed representative (CMS-1696 signed 09/12/2026). Mr. Brannock is in remission
  (MADRS 36 -> 8); no suicidal ideation at any visit.

## Deliberately unknown
- Whether the hospital's own facility claim for the ECT suite was denied the same way (not in the case).
- The amount Medicare will allow (only the billed $2,450 for the ten treatments is known).
- Whether the MAC would reopen on its own once CMS records are updated (the letter should not promise it).

## Traps
- **The 06/29/2026 consultation is truly outside Part B**: it was before 07/01/2026, while he was still covered by
  the employer plan (which was in force that day). A letter must ask only for the ten ECT dates, not for the
  06/29 visit, and never say Part B covered June.
- **Stale SSA letter of 08/20/2026** (Part B from 10/01/2026) - superseded by the 11/18/2026 notice.
- **Part A since 2024** does not cover these outpatient professional services; the question is Part B.
- **Not medical necessity**: the MAC did not review it; no criteria table, no trial count, no harm paragraph as
  the argument. Sertraline did fail (13 weeks, no response); venlafaxine is **continuing** (never "failed");
  mirtazapine 7.5 mg is a **sleep dose**.
- **Not coordination of benefits**: the employer plan had ended before every ECT date; Medicare Secondary Payer
  does not come into it. Don't argue the employer plan should pay.
- **Original Medicare has no plan**: no "plan terms", "the plan", "plan document", no peer-to-peer, no ERISA, no
  ACA, no MHPAEA, no Medicare Advantage rules (422.x), no expedited 72-hour route for a claim.
- **Addressee**: the request goes to the **QIC** named in the redetermination, not to the MAC "to forward".

## Arguments a strong letter makes (strongest first)
1. SSA, which decides entitlement, has corrected the record: **Part B began 07/01/2026** (notice of 11/18/2026, dated
   after the redetermination and enclosed now as 405.966 asks); every ECT date (07/13-08/03/2026) is after it, so
   the only reason for the denial is gone. The redetermination's own words invite exactly this notice.
2. Supporting: the CMS-L564 shows group coverage based on current employment through 06/30/2026 (the basis of the
   special enrollment period), and the premiums from July have been collected.
3. Ask the QIC to reverse the denial of the ten ECT lines and have them processed under Part B (leaving the
   06/29/2026 line aside), and to note that medical necessity was never questioned.

## What a letter must NOT say
- "Part B covered 06/29/2026", "the plan", "plan terms", "peer-to-peer", "external review", "Medicare Advantage",
  "42 CFR 422", "ERISA", "45 CFR 147.136", "MHPAEA"/"parity", "Medicare Secondary Payer" as an argument.
- "Part B began 10/01/2026" as a fact; "venlafaxine failed"; "suicidal ideation".
- A request addressed to the MAC to be forwarded; "redetermination" as the level being asked for.
"""

C02_EXPECTED = [
    ("denial/medicare-summary-notice-2026-09-03.txt", "Our records show your Part B coverage starts 10/01/2026"),
    ("denial/medicare-summary-notice-2026-09-03.txt", "06/29/2026"),
    ("denial/medicare-summary-notice-2026-09-03.txt", "PR-26"),
    ("denial/redetermination-decision-2026-10-22.txt", "within 180 days of the date you receive this notice"),
    ("denial/redetermination-decision-2026-10-22.txt", "The medical necessity of the services was not reviewed"),
    ("denial/redetermination-decision-2026-10-22.txt", "If the Social Security Administration changes your entitlement date"),
    ("other/ssa-notice-of-change-2026-11-18.txt", "Your Part B (medical insurance) starts July 1, 2026"),
    ("other/ssa-notice-of-change-2026-11-18.txt", "That date was wrong"),
    ("other/cms-l564-employment-information-2026-05-22.txt", "from 05/01/2024 to 06/30/2026"),
    ("other/ssa-letter-2026-08-20.txt", "will start 10/01/2026"),
    ("other/cms-1696-appointment-2026-09-12.txt", "Curtis Brannock (son)"),
    ("clinical/ect-course-summary-2026-08-05.txt", "07/13, 07/15, 07/17, 07/20, 07/22, 07/24, 07/27, 07/29, 07/31 and 08/03/2026 (ten)"),
    ("clinical/ect-course-summary-2026-08-05.txt", "Mirtazapine 7.5 mg at bedtime for sleep"),
]

CASE_02 = {
    "slug": "02-original-medicare-ect-part-b-start-date-qic-son",
    "yaml": C02_YAML,
    "files": C02_FILES,
    "truth": C02_TRUTH,
    "expected": C02_EXPECTED,
}


# ---------------------------------------------------------------------------------------------------------------
# 03 Medicaid fee-for-service, member aged 20: IV ketamine "not a covered service for members 21 and older"; the
#    notice printed the wrong year of birth. State fair hearing (the first step); her mother writes with her
#    written authorization.
# ---------------------------------------------------------------------------------------------------------------
C03_YAML = """
# FICTIONAL CASE (set 21, case 03) - every person, plan, provider, number and address is invented.
# Medicaid fee-for-service: a request for six IV ketamine infusions (January 2027) denied under the state's
# non-covered services rule 90.05-7(g), which reaches members aged 21 and older, with "Member age: 21 (DOB
# 03/14/2005)". She was born 03/14/2006 and is 20 on every date requested; the same rule sends a request for an
# under-21 member to EPSDT review. She asks for a fair hearing through her mother, her authorized representative.
patient:
  name: Aurelie Marguerite Thibodeau
  salutation: Ms. Thibodeau
  date_of_birth: 2006-03-14
  member_id: FICT-MEMCD-7718204
  address: |-
    17 Sable Ridge Road
    Norrock, ME 04217
  phone: (207) 555-0118
insurer:
  name: Maine Medicaid fee-for-service program, Prior Authorization Unit (FICTIONAL)
  appeals_address: |-
    Medicaid Fair Hearings (FICTIONAL address)
    11 State House Station Annex, Room 4
    Hallowell Mills, ME 04347
  fax: (207) 555-0192
claim:
  number: PA-ME-26-1109-3307
  plan_type: medicaid
  delivery: fee_for_service
  notice_date: 2026-11-20
  appeal_deadline: 2027-01-19
  deadline_basis: >-
    The notice: "You may ask for a fair hearing within 60 days of the date of this notice."
  service_dates: [2027-01-05, 2027-01-08, 2027-01-12, 2027-01-15, 2027-01-19, 2027-01-22]
  pending_services: 6
  procedure_codes: [96365, J3490]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    Ketamine infusion for a psychiatric condition is not a covered service for members age 21 and older
    (Medicaid Coverage Manual, Chapter II, Section 90.05-7(g)). Member age: 21 (DOB 03/14/2005). Ketamine is not
    approved by the FDA for the treatment of depression.
  denial_category: not_covered
  action: none
plan_policy:
  name: Medicaid Coverage Manual, Chapter II, Section 90.05-7, Non-covered services
  number: 90.05-7(g)
  quote: >-
    The following are not covered for members age 21 and older: ... (g) intravenous ketamine infusion for the
    treatment of a psychiatric condition. For members under age 21, a request for any service listed in this
    subsection is reviewed under Section 94 (Early and Periodic Screening, Diagnostic and Treatment Services) for
    medical necessity on a case-by-case basis and may not be denied solely because the service is listed here.
  file: other/coverage-manual-90-05-7-excerpt.txt
  exclusion:
    name: Section 90.05-7(g)
    reaches: false
    why: >-
      The section's own words reach members age 21 and older. She was born on 03/14/2006 and is 20 on every date
      requested (January 5 through January 22, 2027); for a member under 21 the same section requires EPSDT review
      case by case and forbids a denial solely because the service is listed.
    file: other/medicaid-eligibility-notice-2026-01-06.txt
decisions:
  - date: 2026-11-20
    outcome: denied
    stage: prior authorization request
    reason: >-
      Ketamine infusion for a psychiatric condition is not a covered service for members age 21 and older. Member
      age: 21 (DOB 03/14/2005).
    corrections:
      - said: "Member age: 21 (DOB 03/14/2005)"
        record: >-
          Her Medicaid eligibility notice gives her date of birth as 03/14/2006: she is 20, and will be 20 on every
          date requested.
        file: other/medicaid-eligibility-notice-2026-01-06.txt
        page: 1
external_review:
  agency: Medicaid Fair Hearings, state Medicaid agency (FICTIONAL)
  address: |-
    Medicaid Fair Hearings (FICTIONAL address)
    11 State House Station Annex, Room 4
    Hallowell Mills, ME 04347
treatment:
  name: IV ketamine infusions
  summary: >-
    Six IV ketamine infusions over three weeks for treatment-resistant major depression, after two adequate
    antidepressant trials failed in the current episode and a third antidepressant has brought only a partial
    response.
  setting: Casco Narrows Ketamine and Psychiatry infusion suite, physician on site, airway equipment (FICTIONAL)
  monitoring: blood pressure, pulse oximetry and ECG during each infusion and for 60 minutes after
  plan: >-
    Ketamine 0.5 mg/kg IV over 40 minutes, twice weekly for three weeks (six infusions, January 5-22, 2027);
    MADRS before infusions 1, 4 and 6; stop if no 25 percent fall in MADRS after infusion 4. No maintenance
    infusions are requested.
  alongside: vortioxetine 20 mg daily
author:
  name: Colette Thibodeau
  role: Mother of the member, her authorized representative (the member is an adult)
  relation: representative
  authorization: other/authorized-representative-form-2026-11-24.txt
  address: |-
    17 Sable Ridge Road
    Norrock, ME 04217
  phone: (207) 555-0119
  email: colette.thibodeau@mailbox.example
provider:
  name: Ingrid Solberg-Ames
  credentials: MD, psychiatry
  npi: "1720463599"
  phone: (207) 555-0174
  address: |-
    Casco Narrows Ketamine and Psychiatry, 6 Ferry Landing
    Norrock, ME 04217
clinical:
  severity: PHQ-9 21 and MADRS 33 on October 28, 2026
  severity_date: 2026-10-28
  suicidality: passive
  suicidality_date: 2026-10-28
  episode_onset: 2025-01
  treating_since: 2025-02
  exclusions: no psychosis; no substance use (urine drug screen negative 10/28/2026); blood pressure 112/70
  history:
    - drug: Fluoxetine
      dose: 20 mg, then 40 mg daily
      start: 2022-04
      end: 2023-06
      outcome: Remission within 10 weeks; stopped in June 2023 after a year well (earlier episode)
      response: remission
      evidence: {file: clinical/casco-narrows-psychiatry-notes-2025-2026.txt, page: 1}
    - drug: Cognitive behavioral therapy
      kind: psychotherapy
      dose: 16 weekly sessions
      sessions: 16
      start: 2025-02
      end: 2025-06
      outcome: Completed; partial benefit only
      adequate: true
      response: partial
      evidence: {file: clinical/casco-narrows-psychiatry-notes-2025-2026.txt, page: 1}
    - drug: Sertraline
      dose: 50 mg, then 150 mg daily
      start: 2025-03-04
      end: 2025-06-10
      outcome: Partial response (PHQ-9 22 to 16), then no further gain; stopped
      response: partial
      adequate: true
      failed: true
      evidence: {file: clinical/casco-narrows-psychiatry-notes-2025-2026.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 75 mg, then 225 mg daily
      start: 2025-07-01
      end: 2025-10-07
      outcome: No response after 14 weeks; stopped
      response: none
      adequate: true
      failed: true
      evidence: {file: clinical/casco-narrows-psychiatry-notes-2025-2026.txt, page: 1}
    - drug: Trazodone
      dose: 50 mg at bedtime
      start: 2025-09
      ongoing: true
      kind: other
      outcome: For sleep
      evidence: {file: clinical/casco-narrows-psychiatry-notes-2025-2026.txt, page: 2}
    - drug: Aripiprazole (added to venlafaxine)
      kind: augmentation
      dose: 2 mg, then 5 mg daily
      start: 2025-09-15
      end: 2025-10-06
      outcome: Stopped after 3 weeks for akathisia
      adequate: false
      evidence: {file: clinical/casco-narrows-psychiatry-notes-2025-2026.txt, page: 2}
    - drug: Vortioxetine
      dose: 10 mg, then 20 mg daily
      start: 2026-01-12
      ongoing: true
      outcome: Continued; partial response (MADRS 38 to 33)
      response: partial
      adequate: true
      evidence: {file: clinical/casco-narrows-psychiatry-notes-2025-2026.txt, page: 2}
impact:
  work: Withdrew from her community college courses in October 2026.
  daily_life: Spends most of the day in bed; has stopped driving.
alternatives:
  - treatment: ECT
    why_not: >-
      Discussed on 09/22/2026; she declined because of the risk to memory while she hopes to return to her studies.
  - treatment: Spravato (esketamine)
    why_not: >-
      The nearest certified site that takes Medicaid is about 140 miles away, twice a week for a month, and she
      may not drive herself home after a dose.
literature:
  - id: murrough-2013
  - id: sanacora-2017
  - id: anand-2023
template: external-review-request
bates_prefix: THIBODEAU
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

C03_FILES = {
    "denial/prior-authorization-denial-2026-11-20.txt": """
STATE MEDICAID FEE-FOR-SERVICE PROGRAM (FICTIONAL NOTICE) - PRIOR AUTHORIZATION UNIT
NOTICE OF DENIAL OF A REQUEST FOR SERVICES                    Date of this notice: 11/20/2026

Member: Aurelie M. Thibodeau      Member ID: FICT-MEMCD-7718204      Member age: 21 (DOB 03/14/2005)
Request number: PA-ME-26-1109-3307    Received: 11/09/2026
Provider: Casco Narrows Ketamine and Psychiatry (Ingrid Solberg-Ames, MD)
Service requested: IV ketamine infusion (96365, J3490), 6 infusions, 01/05/2027 - 01/22/2027

Decision: DENIED.
Reason: Ketamine infusion for a psychiatric condition is not a covered service for members age 21 and older
(Medicaid Coverage Manual, Chapter II, Section 90.05-7(g)). Ketamine is not approved by the FDA for the treatment
of depression.

Your right to a fair hearing: if you disagree, you may ask for a fair hearing within 60 days of the date of this
notice. You may ask by phone, in writing or online. You may represent yourself or have someone, such as a family
member or a lawyer, speak for you with your written permission. Because this was a new request, there are no
services to continue while you wait for the hearing.
Send written requests to: Medicaid Fair Hearings (FICTIONAL address), 11 State House Station Annex, Room 4,
Hallowell Mills, ME 04347. Fax (207) 555-0192.
""",
    "other/coverage-manual-90-05-7-excerpt.txt": """
MEDICAID COVERAGE MANUAL (FICTIONAL TEXT FOR A TEST SET) - CHAPTER II, SECTION 90.05-7 NON-COVERED SERVICES
Effective 07/01/2025

The following are not covered for members age 21 and older:
  (a) ... (f) [other items omitted from this excerpt]
  (g) intravenous ketamine infusion for the treatment of a psychiatric condition.
For members under age 21, a request for any service listed in this subsection is reviewed under Section 94
(Early and Periodic Screening, Diagnostic and Treatment Services) for medical necessity on a case-by-case basis
and may not be denied solely because the service is listed here.
""",
    "other/medicaid-eligibility-notice-2026-01-06.txt": """
STATE MEDICAID PROGRAM (FICTIONAL NOTICE) - NOTICE OF ELIGIBILITY                Date: 01/06/2026   Page 1
Aurelie M. Thibodeau, 17 Sable Ridge Road, Norrock, ME 04217
Date of birth: 03/14/2006        Member ID: FICT-MEMCD-7718204
You are eligible for full Medicaid benefits from 01/01/2026 (fee-for-service; you have no managed care plan).
Members under age 21 receive Early and Periodic Screening, Diagnostic and Treatment (EPSDT) services.
Your next renewal: 12/2026.
""",
    "clinical/casco-narrows-psychiatry-notes-2025-2026.txt": """
CASCO NARROWS KETAMINE AND PSYCHIATRY (FICTIONAL) - PSYCHIATRY NOTES, SUMMARY          Page 1
Patient: Aurelie M. Thibodeau   DOB 03/14/2006    Psychiatrist: Ingrid Solberg-Ames, MD (since 02/2025)

History: first depressive episode at 16 (2022): fluoxetine 20 -> 40 mg 04/2022-06/2023, remission within about
10 weeks, stopped after a year well. Current episode since 01/2025 (F33.2, recurrent, severe, no psychotic
features).
Current episode:
 - CBT, 16 weekly sessions 02/2025-06/2025, completed, partial benefit.
 - Sertraline 50 -> 150 mg 03/04/2025-06/10/2025 (14 weeks): PHQ-9 22 -> 16, then no further gain; stopped.
 - Venlafaxine XR 75 -> 225 mg 07/01/2025-10/07/2025 (14 weeks): no response; stopped.
                                                                                        Page 2
 - Aripiprazole 2 -> 5 mg added to venlafaxine 09/15/2025-10/06/2025: akathisia; stopped after 3 weeks.
 - Trazodone 50 mg at bedtime for sleep since 09/2025.
 - Vortioxetine 10 -> 20 mg since 01/12/2026: CONTINUES; MADRS 38 -> 33, partial only.
09/22/2026: ECT discussed; patient declines (memory; wants to return to school). Spravato discussed: nearest
certified site accepting Medicaid about 140 miles; not feasible twice weekly.
10/28/2026: PHQ-9 21, MADRS 33. Passive death wish ("it would be easier not to wake up"); no plan, no intent;
C-SSRS screen: passive ideation only. Withdrew from community college courses this month. Spends most of the
day in bed; has stopped driving. UDS negative.
BP 112/70. No psychosis. Plan: request IV ketamine x6 (0.5 mg/kg over 40 min, twice weekly), continue
vortioxetine 20 mg.
""",
    "other/authorized-representative-form-2026-11-24.txt": """
AUTHORIZED REPRESENTATIVE FOR A FAIR HEARING (FICTIONAL FORM)
I, Aurelie M. Thibodeau (member ID FICT-MEMCD-7718204), give my mother, Colette Thibodeau, permission to ask for
a fair hearing for me, to see my records and to speak for me about request PA-ME-26-1109-3307.
Signed: Aurelie M. Thibodeau, 11/24/2026.
""",
}

C03_TRUTH = """
# 03 - Medicaid fee-for-service, member aged 20: IV ketamine "not covered for members 21 and older", with the wrong year of birth; state fair hearing (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL). The coverage manual's text is
invented for this test; it is not the real state's rule.

## What is true
- Aurelie Thibodeau, **20** (DOB **03/14/2006**, per her Medicaid eligibility notice), **fee-for-service Medicaid**
  (no managed care plan). Recurrent severe major depression (F33.2), current episode since 01/2025.
- Request PA-ME-26-1109-3307 for **six IV ketamine infusions** (96365, J3490), **01/05-01/22/2027**. Pre-service.
- Denied **11/20/2026** under **Section 90.05-7(g)**, which lists IV ketamine for a psychiatric condition among
  services "not covered for members **age 21 and older**". The notice says "Member age: 21 (DOB 03/14/2005)": the
  year is wrong. She turns 21 on 03/14/2027, after every date requested.
- The same section says that for members **under 21** a request for a listed service "is reviewed under Section 94
  (EPSDT) ... case by case and may not be denied solely because the service is listed here". No such review was
  done. Federal law: EPSDT, **42 USC 1396d(r)(5)** (services necessary to correct or ameliorate a condition, for a
  member under 21).
- Route: fee-for-service, so the **state fair hearing is the first step** (42 CFR 431.220(a)); the notice gives
  **60 days** (to **01/19/2027**), within the 90-day ceiling of 42 CFR 431.221(d). A new request: no services to
  continue.
- Current episode: **two adequate failed antidepressant trials** (sertraline 14 weeks partial then stopped;
  venlafaxine 14 weeks none); **vortioxetine ongoing** with partial response; aripiprazole 3 weeks (akathisia) not
  an adequate augmentation trial; CBT 16 sessions completed (psychotherapy, partial). PHQ-9 21, MADRS 33
  (10/28/2026); passive death wish, no plan (10/28/2026).
- Author: her **mother**, as **authorized representative of an adult** (signed form 11/24/2026).

## Deliberately unknown
- Section 94's own criteria (not in the case): the letter should ask for the EPSDT review, not recite them.
- Whether the state would cover maintenance infusions after 03/14/2027 (not requested).
- The state's hearing decision time (none in the case).

## Traps
- **Age**: she is 20, not 21; a letter must not repeat "21" or "DOB 03/14/2005" as fact, and must not say the
  exclusion does not name ketamine (it does). The honest answer is the rule's **age words** (21 and older) and its
  **under-21 clause**, not a denial of what it lists.
- **FDA**: the notice's "ketamine is not approved by the FDA for depression" is true for IV ketamine (Spravato,
  esketamine nasal spray, is the approved product; ketamine is approved as an anesthetic). Never say IV ketamine is
  FDA-approved for depression.
- **Earlier episode**: fluoxetine 2022-2023 brought remission in an earlier episode: not a failed trial.
- **Vortioxetine is still taken** (partial response): never "failed" or "stopped"; it continues alongside.
- **Trazodone 50 mg** is a sleep dose; **aripiprazole 3 weeks** is not an adequate trial; **CBT** is psychotherapy,
  not a drug trial. "Failed three antidepressants" or "four medication trials" is false.
- **Suicidality**: passive only; no plan or intent; not an emergency; don't claim acute suicidal ideation.
- **Parent of an adult**: the mother writes with her daughter's written authorization; never "parent of a minor",
  never "my minor daughter".
- **Wrong law**: fee-for-service, so none of the managed-care rules (42 CFR 438.x: plan appeal, 60 days to the plan,
  120 days after a notice of resolution, 438.420 continued benefits, 438.210); no ERISA, no ACA, no MHPAEA for
  commercial plans, no Medicare.
- **Spravato as the plan's alternative**: she is an adult (Spravato's label is for adults); the records say why it
  is not feasible (distance); don't claim it is contraindicated.

## Arguments a strong letter makes (strongest first)
1. The denial rests on a wrong date of birth: she was born 03/14/2006 (eligibility notice) and is **20 on every
   date requested**, so Section 90.05-7(g), which reaches members **21 and older**, does not apply to her by its own
   words; the same section requires an **EPSDT review under Section 94** for a member under 21 and forbids denial
   "solely because the service is listed here".
2. **EPSDT** (42 USC 1396d(r)(5)): for a member under 21 the state must cover services necessary to correct or
   ameliorate her condition; the request should be decided on medical necessity.
3. Medical necessity, for that review: two failed adequate antidepressant trials in this episode plus a partial
   response to vortioxetine (continuing), psychotherapy completed, aripiprazole not tolerated, ECT declined, Spravato
   not reachable; PHQ-9 21 / MADRS 33; the published evidence (Murrough 2013, consensus statement, ketamine vs ECT
   trial). Ask the hearing officer to reverse the denial, or order the Section 94 review, for the six infusions.

## What a letter must NOT say
- "Member is 21", "born in 2005"; "Section 90.05-7(g) does not mention ketamine"; "ketamine is FDA-approved for
  depression".
- "failed fluoxetine", "failed vortioxetine", "three failed antidepressants", "trazodone trial", "aripiprazole
  failed after an adequate trial".
- "acute suicidal ideation", "emergency".
- "42 CFR 438", "120 days", "continuation of benefits"/"438.420", "ERISA", "45 CFR 147.136", "external review",
  "my minor daughter".
- Any request for maintenance infusions after March 2027.
"""

C03_EXPECTED = [
    ("denial/prior-authorization-denial-2026-11-20.txt", "Member age: 21 (DOB 03/14/2005)"),
    ("denial/prior-authorization-denial-2026-11-20.txt", "within 60 days of the date of this notice"),
    ("denial/prior-authorization-denial-2026-11-20.txt", "there are no services to continue"),
    ("denial/prior-authorization-denial-2026-11-20.txt", "01/05/2027 - 01/22/2027"),
    ("other/medicaid-eligibility-notice-2026-01-06.txt", "Date of birth: 03/14/2006"),
    ("other/medicaid-eligibility-notice-2026-01-06.txt", "fee-for-service; you have no managed care plan"),
    ("other/coverage-manual-90-05-7-excerpt.txt", "not covered for members age 21 and older"),
    ("other/coverage-manual-90-05-7-excerpt.txt", "may not be denied solely because the service is listed here"),
    ("clinical/casco-narrows-psychiatry-notes-2025-2026.txt", "Vortioxetine 10 -> 20 mg since 01/12/2026: CONTINUES"),
    ("clinical/casco-narrows-psychiatry-notes-2025-2026.txt", "remission within about\n10 weeks"),
    ("clinical/casco-narrows-psychiatry-notes-2025-2026.txt", "akathisia; stopped after 3 weeks"),
    ("clinical/casco-narrows-psychiatry-notes-2025-2026.txt", "C-SSRS screen: passive ideation only"),
    ("clinical/casco-narrows-psychiatry-notes-2025-2026.txt", "Trazodone 50 mg at bedtime for sleep"),
    ("other/authorized-representative-form-2026-11-24.txt", "give my mother, Colette Thibodeau, permission"),
]

CASE_03 = {
    "slug": "03-medicaid-ffs-ketamine-age-21-rule-wrong-birth-year-fair-hearing-mother-of-adult",
    "yaml": C03_YAML,
    "files": C03_FILES,
    "truth": C03_TRUTH,
    "expected": C03_EXPECTED,
}


# ---------------------------------------------------------------------------------------------------------------
# 04 Medicare Part D PDP: lurasidone for bipolar I depression denied by a quetiapine step; the redetermination
#    upheld it on a 2025 sleep dose and "no prescriber statement received". IRE reconsideration; the wife writes
#    as appointed representative (CMS-1696).
# ---------------------------------------------------------------------------------------------------------------
C04_YAML = """
# FICTIONAL CASE (set 21, case 04) - every person, plan, provider, number and address is invented.
# Part D step therapy ST-PSY-22: lurasidone needs a quetiapine trial of 300 mg a day or documented intolerance.
# He took quetiapine XR up to 300 mg in 2024 under a previous Part D plan and stopped after an orthostatic fall
# with a wrist fracture. The plan's redetermination (10/23/2026) counted a 2025 sleep dose of 25 mg instead and
# said no prescriber statement came (it was faxed 10/09/2026). His wife asks the IRE to reconsider.
patient:
  name: Lionel Ashby Pruitt
  salutation: Mr. Pruitt
  date_of_birth: 1957-08-22
  member_id: FICT-SRX-55120437
  address: |-
    2218 Windlass Drive
    Corriganville, PA 17021
  phone: (717) 555-0136
insurer:
  name: Silverline Rx Secure (PDP) (FICTIONAL)
  appeals_address: |-
    Silverline Rx Secure, Part D Appeals
    PO Box 88214
    Lantern Hill, PA 17110
  fax: (717) 555-0180
claim:
  number: CD-26-0922-118340
  plan_type: medicare_part_d
  notice_date: 2026-09-25
  diagnosis_codes: [F31.32]
  denial_reason: >-
    Lurasidone is covered for bipolar depression after a trial of quetiapine or quetiapine ER at a dose of at
    least 300 mg per day, or documented intolerance or contraindication to quetiapine (step therapy ST-PSY-22).
    Your claims history does not show this. The request is denied.
  denial_category: step_therapy
  action: none
plan_policy:
  name: Step Therapy Criteria ST-PSY-22, Lurasidone
  number: ST-PSY-22
  quote: >-
    Lurasidone for bipolar depression: covered when the member has had a trial of quetiapine or quetiapine ER at a
    dose of at least 300 mg per day, or has a documented intolerance or contraindication to quetiapine. Claims
    history for the past 365 days is reviewed; prescriber documentation of an earlier trial or of intolerance is
    accepted.
  file: other/st-psy-22-lurasidone-criteria.txt
payer_criteria:
  - criterion: Trial of quetiapine or quetiapine ER at 300 mg per day or more, or documented intolerance or contraindication to quetiapine
    how_met: >-
      Quetiapine XR titrated to 300 mg at bedtime from 01/08/2024 (300 mg from 02/05/2024), filled under his
      previous Part D plan; stopped 03/11/2024 after orthostatic syncope with a fall and a left wrist fracture
      (emergency department record). Documented intolerance, in the prescriber's statement of 10/09/2026.
    met: true
    evidence:
      - {file: other/harborlight-pharmacy-claims-2024.txt, page: 1}
      - {file: clinical/ed-record-2024-03-11.txt, page: 1}
      - {file: other/prescriber-statement-2026-10-09.txt, page: 1}
prescriber_statement:
  date: 2026-10-09
  quote: >-
    Quetiapine XR at 300 mg caused orthostatic hypotension with syncope, a fall and a fractured left wrist in March
    2024. Re-trying quetiapine at an effective dose would put this 69-year-old patient at serious risk of another
    fall; lurasidone is the appropriate drug, and he has responded to it.
  file: other/prescriber-statement-2026-10-09.txt
decisions:
  - date: 2026-10-23
    outcome: denied
    stage: redetermination
    opens: independent review entity
    next_deadline: 2026-12-27
    reason: >-
      Our records show quetiapine 25 mg filled in June and July 2025 with no reported adverse effects. ST-PSY-22
      requires a trial of at least 300 mg per day or documented intolerance. We did not receive a supporting
      statement from your prescriber.
    corrections:
      - said: We did not receive a supporting statement from your prescriber.
        record: >-
          Dr. Oyelaran-Vance faxed her supporting statement to the plan's appeals fax on 10/09/2026; the fax
          confirmation shows it delivered, 3 pages, at 2:14 p.m.
        file: other/fax-confirmation-2026-10-09.txt
        page: 1
external_review:
  agency: Meridian Part D Reconsideration Services, independent review entity (FICTIONAL)
  address: |-
    Meridian Part D Reconsideration Services (FICTIONAL)
    PO Box 60412
    Gellert, MD 21707
  final_denial_date: 2026-10-23
record_dates:
  - {file: other/harborlight-pharmacy-claims-2024.txt, date: 2026-11-06}
treatment:
  name: Lurasidone 60 mg daily
  summary: >-
    Lurasidone 60 mg daily for a depressive episode of bipolar I disorder, taken with his lithium, after
    quetiapine caused a fall with a fracture.
  alongside: lithium carbonate 600 mg daily
author:
  name: Dolores Pruitt
  role: Wife of the enrollee, appointed representative (form CMS-1696)
  relation: representative
  authorization: other/cms-1696-appointment-2026-09-30.txt
  address: |-
    2218 Windlass Drive
    Corriganville, PA 17021
  phone: (717) 555-0137
provider:
  name: Harriet Oyelaran-Vance
  credentials: MD, geriatric psychiatry
  npi: "1385206473"
  phone: (717) 555-0152
  address: |-
    Lantern Hill Geriatric Psychiatry, 35 Orchard Row
    Lantern Hill, PA 17110
clinical:
  severity: MADRS 28 on 08/20/2026 before lurasidone; MADRS 17 on 10/01/2026 on lurasidone samples
  severity_date: 2026-10-01
  suicidality: none
  suicidality_date: 2026-10-01
  response: MADRS 28 to 17 in six weeks on lurasidone samples (40 mg, then 60 mg)
  response_level: partial
  history:
    - drug: Lithium carbonate
      dose: 600 mg daily (level 0.7 mmol/L, 10/2026)
      start: 2019
      ongoing: true
      kind: other
      outcome: Maintenance mood stabilizer, continued; no mania since 2019, but depression persists
      evidence: {file: clinical/geriatric-psychiatry-notes-2026.txt, page: 1}
    - drug: Quetiapine XR
      dose: 50 mg, titrated to 300 mg at bedtime
      start: 2024-01-08
      end: 2024-03-11
      outcome: Stopped after orthostatic syncope, a fall and a left wrist fracture (intolerance)
      adequate: false
      failed: true
      paid_outside: previous Part D plan (Harborlight Rx Basic, 2024)
      evidence: {file: clinical/ed-record-2024-03-11.txt, page: 1}
    - drug: Lamotrigine
      dose: 25 mg, titrated to 100 mg daily
      start: 2025-04
      end: 2025-06
      kind: other
      outcome: Stopped after about 8 weeks for a rash
      adequate: false
      evidence: {file: clinical/geriatric-psychiatry-notes-2026.txt, page: 1}
    - drug: Quetiapine
      dose: 25 mg at bedtime (prescribed by his primary care physician for sleep)
      start: 2025-06
      end: 2025-07
      kind: other
      outcome: Sleep aid for about six weeks; not a treatment trial for depression
      adequate: false
      evidence: {file: clinical/geriatric-psychiatry-notes-2026.txt, page: 1}
    - drug: Lurasidone (samples)
      dose: 40 mg, then 60 mg daily
      start: 2026-08-20
      ongoing: true
      kind: other
      outcome: Improving (MADRS 28 to 17 by 10/01/2026); continued on samples while the plan decides
      response: partial
      paid_outside: manufacturer samples from the clinic
      evidence: {file: clinical/geriatric-psychiatry-notes-2026.txt, page: 2}
bates_prefix: PRUITT
template: external-review-request
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

C04_FILES = {
    "denial/coverage-determination-denial-2026-09-25.txt": """
SILVERLINE RX SECURE (PDP) (FICTIONAL) - NOTICE OF DENIAL OF MEDICARE PRESCRIPTION DRUG COVERAGE
Date: 09/25/2026
Enrollee: Lionel A. Pruitt     Member ID: FICT-SRX-55120437     Request: CD-26-0922-118340 (received 09/22/2026)
Drug: lurasidone 60 mg tablet, 1 daily (formulary, tier 2, step therapy applies)
Prescriber: Harriet Oyelaran-Vance, MD

We denied this request because: Lurasidone is covered for bipolar depression after a trial of quetiapine or
quetiapine ER at a dose of at least 300 mg per day, or documented intolerance or contraindication to quetiapine
(step therapy ST-PSY-22). Your claims history does not show this. The request is denied.
You may ask for a redetermination (appeal) within 65 days of the date of this notice.
""",
    "denial/redetermination-notice-2026-10-23.txt": """
SILVERLINE RX SECURE (PDP) (FICTIONAL) - REDETERMINATION NOTICE
Date: 10/23/2026
Enrollee: Lionel A. Pruitt    Appeal filed by: Dolores Pruitt (appointed representative), received 10/05/2026
Drug: lurasidone 60 mg tablet     Original request: CD-26-0922-118340

Decision: we UPHELD our decision.
Reason: Our records show quetiapine 25 mg filled in June and July 2025 with no reported adverse effects.
ST-PSY-22 requires a trial of at least 300 mg per day or documented intolerance. We did not receive a supporting
statement from your prescriber. Reviewed by a physician (internal medicine).

Your right to ask for an independent review: you may ask the Independent Review Entity (IRE) to reconsider our
decision. Your request must be in writing and received within 65 days of the date of this notice. Send it to:
Meridian Part D Reconsideration Services (FICTIONAL), PO Box 60412, Gellert, MD 21707. Do not send it to us.
""",
    "other/st-psy-22-lurasidone-criteria.txt": """
SILVERLINE RX SECURE (PDP) (FICTIONAL) - STEP THERAPY CRITERIA ST-PSY-22, LURASIDONE      2026
Lurasidone for bipolar depression: covered when the member has had a trial of quetiapine or quetiapine ER at a
dose of at least 300 mg per day, or has a documented intolerance or contraindication to quetiapine. Claims
history for the past 365 days is reviewed; prescriber documentation of an earlier trial or of intolerance is
accepted.
""",
    "other/prescriber-statement-2026-10-09.txt": """
LANTERN HILL GERIATRIC PSYCHIATRY (FICTIONAL) - SUPPORTING STATEMENT FOR A PART D EXCEPTION      Page 1
Date: 10/09/2026       Enrollee: Lionel A. Pruitt, DOB 08/22/1957      Drug: lurasidone 60 mg daily
Diagnosis: bipolar I disorder, current episode depressed, moderate (F31.32)

Quetiapine XR at 300 mg caused orthostatic hypotension with syncope, a fall and a fractured left wrist in March
2024. Re-trying quetiapine at an effective dose would put this 69-year-old patient at serious risk of another
fall; lurasidone is the appropriate drug, and he has responded to it.
Other history: lithium since 2019 (continues); lamotrigine 2025 stopped for rash; quetiapine 25 mg in 2025 was
prescribed by his primary care physician for sleep, not as treatment for bipolar depression.
Harriet Oyelaran-Vance, MD
""",
    "other/fax-confirmation-2026-10-09.txt": """
FAX TRANSMISSION REPORT (FICTIONAL)                                                  Page 1
From: Lantern Hill Geriatric Psychiatry (717) 555-0153
To: (717) 555-0180 (Silverline Rx Secure - Part D Appeals)
Date/time: 10/09/2026 2:14 PM    Pages: 3    Result: OK - delivered
Cover: "Supporting statement - L. Pruitt - lurasidone - redetermination filed 10/05/2026"
""",
    "other/harborlight-pharmacy-claims-2024.txt": """
HARBORLIGHT RX BASIC (PDP) (FICTIONAL) - PRESCRIPTION CLAIMS HISTORY, 2024         Page 1
Printed for the member on request: 11/06/2026
Member: Lionel A. Pruitt    Former member ID: FICT-HRX-2210498 (coverage ended 12/31/2024)

Fill date    Drug                          Qty   Days   Prescriber
01/08/2024   quetiapine ER 50 mg tab        14    14    H. Oyelaran-Vance
01/22/2024   quetiapine ER 150 mg tab       14    14    H. Oyelaran-Vance
02/05/2024   quetiapine ER 300 mg tab       30    30    H. Oyelaran-Vance
03/06/2024   quetiapine ER 300 mg tab       30    30    H. Oyelaran-Vance
01/10/2024   lithium carbonate 300 mg cap   60    30    H. Oyelaran-Vance
""",
    "clinical/ed-record-2024-03-11.txt": """
LANTERN HILL COMMUNITY HOSPITAL (FICTIONAL) - EMERGENCY DEPARTMENT NOTE        03/11/2024   Page 1
Patient: Lionel A. Pruitt, 66    Arrived by ambulance after a fall at home on standing from bed at night.
Meds: quetiapine ER 300 mg at bedtime (since 02/05), lithium 600 mg.
Orthostatic vitals: BP 132/78 lying, 94/60 standing with presyncope. X-ray: left distal radius fracture, closed
reduction and splint.
Impression: orthostatic syncope, likely medication related (quetiapine). Advised to stop quetiapine; psychiatrist
informed.
""",
    "clinical/geriatric-psychiatry-notes-2026.txt": """
LANTERN HILL GERIATRIC PSYCHIATRY (FICTIONAL) - NOTES SUMMARY      Page 1
Patient: Lionel A. Pruitt   DOB 08/22/1957    Psychiatrist: Harriet Oyelaran-Vance, MD (since 2019)
Bipolar I disorder (mania 2019, hospitalized); lithium carbonate 600 mg daily since 2019, CONTINUES, level
0.7 mmol/L (10/2026); no mania since, recurrent depressions.
2024: quetiapine ER to 300 mg 01-03/2024, stopped 03/11/2024 after orthostatic syncope and wrist fracture (ED).
2025: lamotrigine 25 -> 100 mg 04-06/2025, about 8 weeks, rash, stopped.
2025: quetiapine 25 mg at bedtime 06-07/2025 from his primary care physician for sleep; stopped by him.
Current depressive episode since 06/2026: MADRS 28 on 08/20/2026. No suicidal ideation (C-SSRS negative).
                                                                                               Page 2
08/20/2026: lurasidone samples 40 mg with evening meal; 09/03/2026 increased to 60 mg.
10/01/2026: MADRS 17. Sleeping better, back to his woodworking. No akathisia. Weight stable. No suicidal
ideation. Continue lurasidone 60 mg and lithium. Samples will run out in December.
""",
    "other/cms-1696-appointment-2026-09-30.txt": """
APPOINTMENT OF REPRESENTATIVE (FORM CMS-1696 CONTENT, FICTIONAL COPY)
Beneficiary: Lionel A. Pruitt, Medicare Number FICT-1QW4-ER8-TY22
I appoint Dolores Pruitt (wife) to act as my representative in my Medicare prescription drug appeals.
Signed: Lionel A. Pruitt, 09/30/2026.  Accepted: Dolores Pruitt, 09/30/2026.
""",
}

C04_TRUTH = """
# 04 - Part D: lurasidone denied by a quetiapine step; the plan counted a sleep dose and missed the prescriber's statement; IRE reconsideration (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Lionel Pruitt, 69 (DOB 08/22/1957), stand-alone **Part D plan** (Silverline Rx Secure PDP). Bipolar I disorder,
  current episode depressed, moderate (F31.32).
- Coverage determination CD-26-0922-118340 for **lurasidone 60 mg** (formulary, tier 2, **step therapy**
  ST-PSY-22) denied **09/25/2026**. Redetermination (filed by his wife 10/05) **upheld 10/23/2026** by an internal
  medicine physician: "quetiapine 25 mg filled in June and July 2025 with no reported adverse effects ... We did not
  receive a supporting statement from your prescriber."
- ST-PSY-22: a quetiapine trial of **300 mg a day or more, or documented intolerance**; the plan looks at 365 days
  of its claims, and "**prescriber documentation of an earlier trial or of intolerance is accepted**".
- **Quetiapine XR up to 300 mg** (01/08-03/11/2024) under his **previous Part D plan** (Harborlight, claims
  printout dated 11/06/2026), stopped after **orthostatic syncope, a fall and a left wrist fracture** (ED
  03/11/2024). That is documented intolerance: the step is met by its own words.
- The prescriber's **supporting statement** is dated **10/09/2026** and was **faxed to the plan's appeals fax**
  that day (delivered, 3 pages, 2:14 p.m.) - the redetermination's "not received" is contradicted by the fax report.
- Rule: an exception to a utilization-management requirement such as step therapy, on the prescriber's statement
  that the required drug would not be as effective or would have adverse effects, **42 CFR 423.578(b)**; next level
  **IRE reconsideration** (42 CFR 423.600), requested in writing to the IRE, **received within 65 days** of the
  redetermination notice per the notice (by **12/27/2026**; filing by 12/22/2026 also meets a 60-day reading).
- **Lurasidone samples** since 08/20/2026: MADRS 28 -> 17 by 10/01/2026, no akathisia: the drug asked for is
  working (partial response). **Lithium continues** (maintenance; not a failed trial). No suicidal ideation.
- Author: his **wife**, appointed representative (**CMS-1696**, 09/30/2026).

## Deliberately unknown
- The IRE's decision time for this request (not stated in the case).
- Whether the plan has the 2024 Harborlight claims (it does not: different sponsor, outside its 365 days).
- Whether an expedited review is warranted (samples run out in December; no one has certified urgency).

## Traps
- **Quetiapine 25 mg in 2025** was a sleep dose from his primary care physician: neither a trial at 300 mg nor
  evidence that he tolerates quetiapine at an effective dose. A letter must not accept "tolerated quetiapine" nor
  call the 25 mg a trial.
- **Trial paid outside this plan**: the 2024 quetiapine was paid by a previous Part D plan; it counts.
- **Lurasidone samples = response**, not a failed trial; never "failed lurasidone".
- **Lithium is continuing** (never "failed"/"stopped"); it is a mood stabilizer, not an antidepressant.
  **Lamotrigine** (8 weeks, rash) was stopped for an adverse effect.
- **Not a formulary exception for a non-formulary drug**: lurasidone is on the formulary (tier 2); the exception
  is to the step-therapy requirement (still 423.578(b)); not a tiering exception.
- **Not TRD**: bipolar depression; no antidepressant-trial count, no Spravato/ketamine evidence, no "treatment-
  resistant depression".
- **Stage and addressee**: this is the IRE reconsideration; the request goes to the IRE named in the notice ("Do not
  send it to us"), not to the plan and not "to be forwarded".
- **Wrong law**: no Medicare Advantage rules (42 CFR 422.x), no ERISA, no ACA (45 CFR 147.136), no MHPAEA/parity (not
  for Medicare), no state insurance department, no external review under 147.136.

## Arguments a strong letter makes (strongest first)
1. ST-PSY-22 is **met on its own terms**: documented **intolerance** of quetiapine at 300 mg (syncope, fall,
   fracture; ED record) after a trial filled under his previous Part D plan; the policy accepts prescriber
   documentation of an earlier trial or intolerance. The 2025 25 mg fills were a sleep dose and say nothing about
   the step.
2. A **coverage exception under 42 CFR 423.578(b)**: the prescriber's supporting statement (10/09/2026) says the
   required drug would cause adverse effects (a fall risk at 69); it **was sent and delivered** on 10/09/2026, so the
   redetermination's "not received" is wrong (fax report).
3. He is **responding to lurasidone** (MADRS 28 -> 17 on samples, no adverse effects), continued with lithium; ask
   the IRE to reverse and order coverage of lurasidone 60 mg daily.

## What a letter must NOT say
- "non-formulary", "formulary exception for a drug not on the formulary", "tiering exception".
- "tolerated quetiapine", "quetiapine 25 mg trial", "failed lurasidone", "failed lithium", "stopped lithium".
- "treatment-resistant depression", "suicidal ideation", ketamine or Spravato literature.
- "42 CFR 422", "Medicare Advantage", "ERISA", "45 CFR 147.136", "MHPAEA"/"parity", "state insurance department".
- A request addressed to Silverline to be forwarded; "redetermination" as the level asked for.
"""

C04_EXPECTED = [
    ("denial/coverage-determination-denial-2026-09-25.txt", "formulary, tier 2, step therapy applies"),
    ("denial/redetermination-notice-2026-10-23.txt", "quetiapine 25 mg filled in June and July 2025"),
    ("denial/redetermination-notice-2026-10-23.txt", "We did not receive a supporting\nstatement from your prescriber"),
    ("denial/redetermination-notice-2026-10-23.txt", "received within 65 days of the date of this notice"),
    ("denial/redetermination-notice-2026-10-23.txt", "Do not send it to us"),
    ("other/st-psy-22-lurasidone-criteria.txt", "prescriber documentation of an earlier trial or of intolerance is\naccepted"),
    ("other/fax-confirmation-2026-10-09.txt", "10/09/2026 2:14 PM"),
    ("other/fax-confirmation-2026-10-09.txt", "OK - delivered"),
    ("other/harborlight-pharmacy-claims-2024.txt", "quetiapine ER 300 mg tab"),
    ("clinical/ed-record-2024-03-11.txt", "left distal radius fracture"),
    ("clinical/geriatric-psychiatry-notes-2026.txt", "from his primary care physician for sleep"),
    ("clinical/geriatric-psychiatry-notes-2026.txt", "MADRS 17"),
    ("clinical/geriatric-psychiatry-notes-2026.txt", "lithium carbonate 600 mg daily since 2019, CONTINUES"),
    ("other/cms-1696-appointment-2026-09-30.txt", "Dolores Pruitt (wife)"),
]

CASE_04 = {
    "slug": "04-part-d-lurasidone-step-therapy-quetiapine-fall-ire-wife",
    "yaml": C04_YAML,
    "files": C04_FILES,
    "truth": C04_TRUTH,
    "expected": C04_EXPECTED,
}

CASES = [CASE_01, CASE_02, CASE_03, CASE_04]
