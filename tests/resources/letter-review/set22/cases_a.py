"""Cases 01-04 of the FICTIONAL blind review set 22 (issue 18). Every person, plan, provider, number and address is
invented. Written blind: no template, argument block or letter of appeal-kit was read."""

# ---------------------------------------------------------------------------------------------------------------
# 01 - FEHB: timely filing; OPM review; outpatient psychotherapy; the treating counselor (LPC) writes
# ---------------------------------------------------------------------------------------------------------------
C01_YAML = """
# FICTIONAL CASE (set 22, case 01) - every person, plan, provider, number and address is invented.
# FEHB Standard Option: twelve weekly psychotherapy sessions (01/08-03/26/2026) with a non-preferred counselor,
# filed by mail on 06/29/2026 (delivered 07/02/2026) and denied PR-29 under a 90-day rule. The brochure gives
# members until December 31 of the year after the year of service. The carrier's reconsideration of 10/22/2026
# upheld the denial, calling the counselor a Preferred provider and dating receipt 08/03/2026. The counselor,
# as the member's representative, asks OPM to review it.
patient:
  name: Desmond Achterberg
  salutation: Mr. Achterberg
  date_of_birth: 1982-02-11
  member_id: FICT-CFB-R44718302
  address: |-
    2417 Quillfeather Lane
    Brookhaven Mills, MD 20879
  phone: (301) 555-0142
  email: d.achterberg@homemail.example
insurer:
  name: Cardinal Federal Health Benefit Plan (FICTIONAL), administered by Cardinal Benefit Administrators
  appeals_address: |-
    Cardinal Benefit Administrators, Reconsiderations
    PO Box 40917
    Linthicum Ridge, MD 21094
  fax: (410) 555-0163
claim:
  number: CFB-26-0703-118240
  plan_type: fehb
  notice_date: 2026-08-20
  service_dates: [2026-01-08, 2026-01-15, 2026-01-22, 2026-01-29, 2026-02-05, 2026-02-12, 2026-02-19, 2026-02-26, 2026-03-05, 2026-03-12, 2026-03-19, 2026-03-26]
  sessions: 12
  procedure_codes: ["90837"]
  diagnosis_codes: [F33.1, F41.1]
  carc_codes: [PR-29]
  denial_reason: >-
    PR-29: The time limit for filing has expired. Claims must be filed within 90 days of the date of service.
  denial_category: timely_filing
  coding_correct: true
  action: none
plan_policy:
  name: Cardinal Federal Health Benefit Plan 2026 brochure, Section 7 (Filing claims for covered services)
  quote: >-
    When you see a Non-PPO provider, you or the provider may file the claim. Send us the claim by December 31 of
    the year after the year in which you received the service. If something outside your control, such as an
    administrative action of the Government or your legal incapacity, kept you from filing on time, we will accept
    a later claim when it was filed as soon as you reasonably could.
  file: other/brochure-2026-excerpt.txt
filing:
  first_submitted: 2026-06-29
  received: 2026-07-02
  method: first-class mail with USPS tracking
  sent_to: Cardinal Benefit Administrators, Claims, PO Box 40911, Linthicum Ridge, MD 21094 (the claims address on the member's ID card)
  limit_deadline: 2027-12-31
  proof:
    - other/usps-tracking-2026-07-02.txt
    - other/carrier-acknowledgment-2026-07-08.txt
decisions:
  - date: 2026-10-22
    outcome: denied
    stage: reconsideration
    opens: OPM review
    next_deadline: 2027-01-20
    reason: >-
      Harborline Counseling LLC is a Preferred provider, and our Preferred Provider Agreement requires claims to be
      filed within 90 days of the date of service. Our records show the claims were received 08/03/2026, more than
      90 days after the last date of service (03/26/2026). The denial is upheld.
    corrections:
      - said: Harborline Counseling LLC is a Preferred provider
        record: >-
          The carrier's own explanation of benefits of 08/20/2026 lists Harborline Counseling LLC as a Non-Preferred
          provider, and its online directory (printed 10/30/2026) shows Noor Valdes-Brennan, LPC, as not a PPO
          provider
        file: denial/eob-2026-08-20.txt
        page: 1
      - said: Our records show the claims were received 08/03/2026
        record: >-
          The carrier's acknowledgment letter of 07/08/2026 says the claims were received on 07/02/2026, the day
          USPS tracking shows them delivered to the claims address
        file: other/carrier-acknowledgment-2026-07-08.txt
        page: 1
external_review:
  agency: United States Office of Personnel Management, Federal Employee Insurance Operations, Health Insurance Group 4
  address: |-
    Office of Personnel Management, Federal Employee Insurance Operations
    Health Insurance Group 4 (address FICTIONAL)
    1900 E Street NW
    Washington, DC 20415
  final_denial_date: 2026-10-22
record_dates:
  - {file: other/provider-directory-printout-2026-10-30.txt, date: 2026-10-30}
  - {file: other/member-authorization-2026-11-02.txt, date: 2026-11-02}
treatment:
  name: Outpatient psychotherapy
  summary: >-
    Twelve weekly 53-minute individual psychotherapy sessions (90837) with a licensed professional counselor who is
    not a preferred provider of the plan, paid by the member at each visit.
author:
  name: Noor Valdes-Brennan
  role: Licensed professional counselor (LPC), the member's treating counselor, writing as his authorized representative
  relation: clinician
  address: |-
    Harborline Counseling LLC, 19 Tidewell Court, Suite 3
    Brookhaven Mills, MD 20879
  phone: (301) 555-0157
  email: noor@harborline-counseling.example
  authorization: other/member-authorization-2026-11-02.txt
provider:
  name: Noor Valdes-Brennan
  credentials: LPC
  npi: "1487362596"
  address: |-
    Harborline Counseling LLC, 19 Tidewell Court, Suite 3
    Brookhaven Mills, MD 20879
  phone: (301) 555-0157
clinical:
  severity: PHQ-9 17 and GAD-7 15 on 01/08/2026; PHQ-9 9 and GAD-7 8 on 03/26/2026
  severity_date: 2026-03-26
  suicidality: none
  suicidality_date: 2026-03-26
  history:
    - drug: Sertraline
      dose: 100 mg daily (prescribed by his primary care physician)
      start: 2025-09
      ongoing: true
      response: partial
      outcome: Continues; partial response
      evidence: {file: clinical/psychotherapy-progress-summary-2026-03-26.txt, page: 1}
reimbursement:
  amount_billed: "$1,920.00"
  amount_paid: "$0.00"
template: external-review-request
bates_prefix: ACHTERBERG
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

C01_DOCS = {
    "denial/eob-2026-08-20.txt": """
CARDINAL BENEFIT ADMINISTRATORS (FICTIONAL) for the Cardinal Federal Health Benefit Plan - Standard Option
EXPLANATION OF BENEFITS - THIS IS NOT A BILL            Date: 08/20/2026                Page 1

Enrollee: Desmond Achterberg          Member ID: FICT-CFB-R44718302     Enrollment: Self and Family
Claim group: CFB-26-0703-118240       Received: see each claim

PATIENT: DESMOND ACHTERBERG
Provider: Harborline Counseling LLC (Noor Valdes-Brennan, LPC) - Non-Preferred provider
Dates of service                     Code     Billed     Allowed   Paid    Code
01/08/2026 - 03/26/2026 (12 visits)  90837    $1,920.00  $0.00     $0.00   PR-29
(one line for each of 01/08, 01/15, 01/22, 01/29, 02/05, 02/12, 02/19, 02/26, 03/05, 03/12, 03/19, 03/26/2026;
$160.00 billed on each)

PR-29: The time limit for filing has expired. Claims must be filed within 90 days of the date of service.

PATIENT: ELIAS ACHTERBERG (dependent)
Provider: Brookhaven Pediatrics (Preferred provider)
06/18/2026   99393   $210.00   $162.40   $162.40   Paid in full (preventive care)

Your right to ask us to reconsider: write to us within 6 months of the date of this notice. See Section 8 of
your brochure.
""",
    "denial/reconsideration-decision-2026-10-22.txt": """
CARDINAL BENEFIT ADMINISTRATORS (FICTIONAL) for the Cardinal Federal Health Benefit Plan
RECONSIDERATION DECISION                                 Date: 10/22/2026             Page 1

To: Desmond Achterberg, 2417 Quillfeather Lane, Brookhaven Mills, MD 20879
Member ID: FICT-CFB-R44718302     Claim group: CFB-26-0703-118240
Your request dated 09/10/2026 asked us to reconsider our denial of 12 claims for psychotherapy by Harborline
Counseling LLC, dates of service 01/08/2026 through 03/26/2026.

Decision: Harborline Counseling LLC is a Preferred provider, and our Preferred Provider Agreement requires claims
to be filed within 90 days of the date of service. Our records show the claims were received 08/03/2026, more
than 90 days after the last date of service (03/26/2026). The denial is upheld.

If you disagree with our decision, you may ask the Office of Personnel Management (OPM) to review it. You must
write to OPM within 90 days of the date of this letter. Send a copy of this letter, a copy of our initial
decision, and any other documents you want OPM to consider to: Office of Personnel Management, Federal Employee
Insurance Operations, Health Insurance Group 4 (address FICTIONAL), 1900 E Street NW, Washington, DC 20415.
""",
    "other/brochure-2026-excerpt.txt": """
CARDINAL FEDERAL HEALTH BENEFIT PLAN (FICTIONAL) - 2026 BROCHURE (excerpt)       Page 1
A fee-for-service plan with a preferred provider organization, for federal employees and annuitants.

Section 7. Filing claims for covered services
When you see a PPO provider, the provider files the claim for you.
When you see a Non-PPO provider, you or the provider may file the claim. Send us the claim by December 31 of the
year after the year in which you received the service. If something outside your control, such as an
administrative action of the Government or your legal incapacity, kept you from filing on time, we will accept a
later claim when it was filed as soon as you reasonably could.
Mail claims to the claims address printed on your ID card.

Section 8. The disputed claims process
Step 1: Ask us in writing to reconsider our initial decision within 6 months of the date of our decision.
Step 2: We will write to you with our decision within 30 days after we receive your request.
Step 3: If you disagree with our decision, you may ask OPM to review it within 90 days after the date of our
letter upholding our initial decision.

Section 5(e). Mental health and substance use disorder benefits
Outpatient professional services, including individual psychotherapy by a licensed professional counselor:
PPO: $25 copay per visit. Non-PPO: 35% of the Plan allowance after the calendar year deductible.
""",
    "other/carrier-acknowledgment-2026-07-08.txt": """
CARDINAL BENEFIT ADMINISTRATORS (FICTIONAL)
CLAIM ACKNOWLEDGMENT                                     Date: 07/08/2026             Page 1

To: Desmond Achterberg         Member ID: FICT-CFB-R44718302
We received on 07/02/2026 twelve (12) paper claims (CMS-1500) for services by Harborline Counseling LLC for
dates of service 01/08/2026 through 03/26/2026. They have been assigned claim group CFB-26-0703-118240. You
will receive an explanation of benefits when they are processed.
""",
    "other/usps-tracking-2026-07-02.txt": """
USPS TRACKING RESULT (printout, FICTIONAL tracking number)      Printed: 07/06/2026     Page 1

Tracking number: 9400 1000 0000 0000 2261 48 (FICTIONAL)
Mailed by: Harborline Counseling LLC, Brookhaven Mills, MD 20879 - 06/29/2026 4:12 pm (first-class mail)
Addressed to: Cardinal Benefit Administrators, Claims, PO Box 40911, Linthicum Ridge, MD 21094
Status: Delivered, PO Box - 07/02/2026 9:48 am, Linthicum Ridge, MD 21094
Contents (sender's note): 12 CMS-1500 claims for D. Achterberg, DOS 01/08/2026-03/26/2026
""",
    "other/provider-directory-printout-2026-10-30.txt": """
CARDINAL FEDERAL HEALTH BENEFIT PLAN (FICTIONAL) - FIND A PROVIDER (printout)     Printed: 10/30/2026    Page 1

Search: "Harborline Counseling" / "Valdes-Brennan", Brookhaven Mills, MD, within 25 miles
Result: No PPO providers match your search.
Noor Valdes-Brennan, LPC - not a PPO provider. Services are paid at the Non-PPO benefit level.
""",
    "other/member-authorization-2026-11-02.txt": """
AUTHORIZATION OF A REPRESENTATIVE FOR A DISPUTED CLAIM (FICTIONAL)                    Page 1

I, Desmond Achterberg (FEHB member ID FICT-CFB-R44718302), authorize Noor Valdes-Brennan, LPC, of Harborline
Counseling LLC, to act for me in the disputed claim about claim group CFB-26-0703-118240 before the Office of
Personnel Management and Cardinal Benefit Administrators, and to receive my health information for that purpose.

Signed: Desmond Achterberg (signature on file)            Date: 11/02/2026
""",
    "clinical/psychotherapy-progress-summary-2026-03-26.txt": """
HARBORLINE COUNSELING LLC (FICTIONAL) - PSYCHOTHERAPY PROGRESS SUMMARY      Date: 03/26/2026      Page 1

Client: Desmond Achterberg   DOB 02/11/1982   Counselor: Noor Valdes-Brennan, LPC
Diagnoses: F33.1 major depressive disorder, recurrent, moderate; F41.1 generalized anxiety disorder.
Sessions: 12 weekly individual sessions of 53 minutes or more (CBT and behavioral activation), 01/08/2026 through
03/26/2026.
Measures: PHQ-9 17 and GAD-7 15 on 01/08/2026; PHQ-9 9 and GAD-7 8 on 03/26/2026.
Safety: denies suicidal ideation at every session (last screened 03/26/2026).
Medication (by his primary care physician): sertraline 100 mg daily since September 2025; continues; partial
response by his report.
Plan: therapy continues every two weeks from April 2026.
""",
}

C01_TRUTH = """
# 01 - FEHB: psychotherapy claims denied as late under a 90-day rule; the brochure allows until 12/31/2027; OPM review (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Desmond Achterberg, 44 (DOB 02/11/1982), federal employee, enrolled Self and Family in the **Cardinal Federal
  Health Benefit Plan, Standard Option** (an FEHB plan; carrier's administrator Cardinal Benefit Administrators).
- Twelve weekly individual psychotherapy sessions (90837, $160 each, $1,920 in all) on Thursdays **01/08/2026
  through 03/26/2026** with Noor Valdes-Brennan, LPC (Harborline Counseling LLC), a **Non-Preferred** provider. The
  member paid at each visit; the counselor's office mailed the 12 claims for him.
- Mailed **06/29/2026**, delivered to the ID card's claims address **07/02/2026** (USPS tracking); the carrier's
  own acknowledgment of **07/08/2026** says it received them **on 07/02/2026**.
- EOB **08/20/2026**: all 12 lines denied **PR-29**, "Claims must be filed within 90 days of the date of service".
- The **2026 brochure, Section 7**: a Non-PPO claim must be sent "by December 31 of the year after the year in
  which you received the service": for 2026 services, **by 12/31/2027**. The claims were received about 18 months
  early. The 90-day rule the carrier quotes is from its Preferred Provider Agreement, which binds PPO providers.
- Reconsideration (asked 09/10/2026) decided **10/22/2026**, upheld on two stated facts the record contradicts:
  the counselor "is a Preferred provider" (the carrier's own EOB says **Non-Preferred**; its directory printout of
  10/30/2026 says "not a PPO provider") and the claims were "received 08/03/2026" (its own acknowledgment says
  07/02/2026). Even on the carrier's 08/03 date the claims are within the brochure's limit.
- Next level: **OPM review**, within **90 days** of the 10/22/2026 letter, by **01/20/2027** (5 CFR 890.105; the
  brochure's Section 8 step 3). Author: the treating counselor (an LPC: not a physician, not a prescriber) as the
  member's representative, with his signed authorization of 11/02/2026.

## Deliberately unknown
- Whether the member was ever told of a 90-day rule (nothing shows it).
- The Plan allowance for 90837 and what the plan would pay (35% coinsurance after the deductible; the deductible
  status is not in the case): no dollar amount owed may be promised.
- Whether the counselor's office can bill the member more than he paid (not in dispute).

## Traps
- **The decision's two stated facts** ("Preferred provider"; "received 08/03/2026") are contradicted by the
  carrier's own EOB, directory and acknowledgment. A letter that repeats either as true is FALSE.
- **No good-cause plea is needed**: the claims were timely under the brochure. A letter that concedes lateness and
  asks only for an exception for good cause misses the point (the brochure's "as soon as you reasonably could"
  clause is for late claims).
- **Other patient on the EOB**: Elias Achterberg's preventive visit (06/18/2026) was paid; it is not part of this
  appeal.
- **Not a medical judgment**: no medical-necessity argument, no evidence paragraph, no literature, no peer-to-peer,
  no treatment-history count. Therapy is helping (PHQ-9 17 -> 9) and continuing: never "failed". Sertraline is
  continuing (partial response): never "failed"; it is not at issue at all.
- **Voice**: the counselor writes about "Mr. Achterberg" and as his treating counselor; never "Dr.", "physician",
  "prescriber", and never in the member's first person.
- **Stage**: this is OPM's review after the carrier's reconsideration; the letter is addressed to OPM, not to the
  carrier "to forward", and it is not a first reconsideration, an "external review" by an IRO or a state review.
- **Wrong law**: FEHB is governed by 5 CFR 890.105 and the brochure (the OPM contract); not ERISA (29 CFR
  2560.503-1), not 45 CFR 147.136, not state insurance law, not MHPAEA as a member's claim, not the Labor
  Department.

## Arguments a strong letter makes (strongest first)
1. The brochure's own filing limit governs a Non-PPO claim: by **December 31 of the year after the year of
   service** (Section 7), i.e. **12/31/2027** for these 2026 sessions; the claims were received **07/02/2026**
   (carrier's acknowledgment; USPS delivery), well within it. The 90-day rule is the PPO provider agreement's and
   does not reach a Non-Preferred provider's claim filed for a member.
2. The reconsideration rests on two stated facts its own records contradict: the EOB of 08/20/2026 and the
   directory call the counselor Non-Preferred, and the acknowledgment dates receipt 07/02/2026, not 08/03/2026
   (and 08/03/2026 would also be timely).
3. Ask OPM to direct the carrier to process the 12 claims under the Non-PPO benefit (Section 5(e)) as timely filed.

## What a letter must NOT say
- "Harborline is a Preferred/PPO/in-network provider", "received 08/03/2026" as fact, "filed late", "we ask you to
  excuse the late filing" as the main request.
- "medically necessary" as the ground, trial counts, "failed psychotherapy", "failed sertraline", suicidal ideation.
- "ERISA", "29 CFR 2560.503-1", "45 CFR 147.136", "external review", "independent review organization", "state
  insurance department", "Department of Labor"/"EBSA"; anything about Elias's claim.
- "Dr. Valdes-Brennan", "as his physician", "as his prescriber".
"""

C01_EXPECT = [
    ("denial/eob-2026-08-20.txt", "PR-29"),
    ("denial/eob-2026-08-20.txt", "Non-Preferred provider"),
    ("denial/eob-2026-08-20.txt", "ELIAS ACHTERBERG"),
    ("denial/eob-2026-08-20.txt", "within 90 days of the date of service"),
    ("denial/reconsideration-decision-2026-10-22.txt", "is a Preferred provider"),
    ("denial/reconsideration-decision-2026-10-22.txt", "received 08/03/2026"),
    ("denial/reconsideration-decision-2026-10-22.txt", "within 90 days of the date of this letter"),
    ("other/brochure-2026-excerpt.txt", "by December 31 of the year after the year in which you received the service"),
    ("other/brochure-2026-excerpt.txt", "ask OPM to review it within 90 days"),
    ("other/carrier-acknowledgment-2026-07-08.txt", "We received on 07/02/2026"),
    ("other/usps-tracking-2026-07-02.txt", "Delivered, PO Box - 07/02/2026"),
    ("other/usps-tracking-2026-07-02.txt", "06/29/2026"),
    ("other/provider-directory-printout-2026-10-30.txt", "not a PPO provider"),
    ("other/member-authorization-2026-11-02.txt", "Office of Personnel Management"),
    ("clinical/psychotherapy-progress-summary-2026-03-26.txt", "PHQ-9 9"),
    ("clinical/psychotherapy-progress-summary-2026-03-26.txt", "denies suicidal ideation"),
    ("clinical/psychotherapy-progress-summary-2026-03-26.txt", "sertraline 100 mg daily since September 2025; continues"),
]

# ---------------------------------------------------------------------------------------------------------------
# 02 - self-funded employer plan: benefit limit counted by calendar year; the SPD counts by plan year (July 1);
#      IV ketamine maintenance; first internal appeal; the wife writes
# ---------------------------------------------------------------------------------------------------------------
C02_YAML = """
# FICTIONAL CASE (set 22, case 02) - every person, plan, provider, number and address is invented.
# Self-funded employer plan: IV ketamine for treatment-resistant depression, authorized through 01/31/2027. Six
# induction infusions in February 2026 were paid; four maintenance infusions (07/20, 08/17, 09/14, 10/12/2026)
# were denied CO-119 as over "6 per calendar year". The SPD's limit is 6 per Plan Year, and its Plan Year begins
# July 1: the four are the first four of the Plan Year that began 07/01/2026. First internal appeal, by his wife.
patient:
  name: Tobias Ferreira-Lindqvist
  salutation: Mr. Ferreira-Lindqvist
  date_of_birth: 1974-05-14
  member_id: FICT-CTG-60271548
  address: |-
    55 Larchmont Bend
    Eastfield Hollow, OH 43215
  phone: (614) 555-0118
  email: annelise.fl@homemail.example
insurer:
  name: Corvalis Tooling Group Employee Health Plan (FICTIONAL), administered by Meridian Pine Benefit Services
  appeals_address: |-
    Meridian Pine Benefit Services, Appeals Unit
    PO Box 88214
    Granville Heights, OH 43023
  fax: (614) 555-0171
claim:
  number: MPB-26-1028-440917
  plan_type: employer_erisa
  funding: self_funded
  notice_date: 2026-10-28
  service_dates: [2026-07-20, 2026-08-17, 2026-09-14, 2026-10-12]
  procedure_codes: ["96365", J3490]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-119]
  denial_reason: >-
    CO-119: Benefit maximum for this time period or occurrence has been reached. Intravenous ketamine infusions are
    limited to 6 per calendar year. Our records show 6 infusions paid in 2026 (dates of service 02/09/2026 through
    02/20/2026).
  denial_category: benefit_limit
  coding_correct: true
  action: none
plan_policy:
  name: Corvalis Tooling Group Employee Health Plan, Summary Plan Description (2026), Schedule of Benefits and Section 1.22
  quote: >-
    Schedule of Benefits: Intravenous ketamine infusion for treatment-resistant depression (prior authorization
    required): up to 6 infusions per Plan Year. Additional infusions in the same Plan Year are covered when approved
    in advance under Section 7.4. Section 1.22, Plan Year: the twelve-month period that begins each July 1 and ends
    the following June 30. A benefit maximum stated "per Plan Year" is counted within that period.
  file: other/spd-2026-excerpt.txt
  limit:
    applied: 6
    current: 6
    course: 4
    unit: infusions
  exception: >-
    Section 7.4: Infusions beyond a Plan Year maximum are covered when the Claims Administrator approves them in
    advance on the treating physician's statement that the member has responded to the treatment and is at risk of
    relapse without it.
  comparator:
    name: Summary Plan Description (2026), Schedule of Benefits, infusion therapy for other conditions
    quote: >-
      Infusion therapy in an office, outpatient facility or the home (including biologic and immune globulin
      infusions), all other conditions: covered at 80% after the deductible; no visit or infusion maximum.
    file: other/spd-2026-excerpt.txt
prior_auth:
  approved:
    number: PA-KET-26-0130-2271
    date: 2026-01-30
    covers: >-
      IV ketamine (96365, J3490) for F33.2: an induction series of up to 6 infusions and maintenance infusions as
      medically necessary, 02/01/2026 through 01/31/2027, subject to the Plan's benefit maximums
    quote: >-
      Approved: intravenous ketamine infusion (96365, J3490) for F33.2, induction series of up to 6 infusions and
      maintenance infusions as medically necessary, dates 02/01/2026 through 01/31/2027. Approval is subject to
      eligibility and to the Plan's benefit maximums.
    file: other/prior-authorization-2026-01-30.txt
    from: 2026-02-01
    through: 2027-01-31
treatment:
  name: IV ketamine maintenance infusions
  summary: >-
    Maintenance intravenous ketamine infusions (0.5 mg/kg over 40 minutes, with two hours of monitoring) given
    about every four weeks when symptoms return, after a six-infusion induction series in February 2026 brought a
    response.
  plural: true
  setting: Eastfield Interventional Psychiatry infusion suite, with continuous pulse oximetry and blood pressure monitoring
  plan: >-
    One infusion about every four weeks when the MADRS rises above 20, reviewed every three months; stop if the
    response is lost.
clinical:
  severity: MADRS 34 on 02/02/2026 (before induction); MADRS 11 on 02/23/2026; MADRS 22 on 07/13/2026; MADRS 12 on 10/19/2026
  severity_date: 2026-10-19
  suicidality: passive
  suicidality_date: 2026-01-26
  response: MADRS 34 before the induction series, 11 after it; 22 in July 2026 and 10-13 after each maintenance infusion
  response_level: response
  episode_onset: 2024-01
  history:
    - drug: Escitalopram
      dose: 20 mg daily
      start: 2024-02
      end: 2024-04
      outcome: No response after 10 weeks
      response: none
      evidence: {file: clinical/psychiatry-summary-2026-10-19.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 225 mg daily
      start: 2024-05
      end: 2024-08
      outcome: Partial response at 12 weeks, then stopped
      response: partial
      evidence: {file: clinical/psychiatry-summary-2026-10-19.txt, page: 1}
    - drug: Bupropion XL (added to venlafaxine XR)
      dose: 300 mg daily
      start: 2024-07
      end: 2024-09
      outcome: Partial response at 8 weeks, stopped with venlafaxine
      response: partial
      evidence: {file: clinical/psychiatry-summary-2026-10-19.txt, page: 1}
    - drug: Lithium (augmentation)
      dose: 600 mg daily, level 0.4 mmol/L
      start: 2024-10
      end: 2024-11
      outcome: Stopped after 5 weeks for tremor; level below the usual range
      adequate: false
      kind: augmentation
      evidence: {file: clinical/psychiatry-summary-2026-10-19.txt, page: 1}
    - drug: Vortioxetine
      dose: 20 mg daily
      start: 2025-01
      ongoing: true
      outcome: Continues; partial response
      response: partial
      evidence: {file: clinical/psychiatry-summary-2026-10-19.txt, page: 1}
    - drug: Trazodone
      dose: 50 mg at bedtime
      start: 2025-03
      ongoing: true
      kind: other
      outcome: For sleep
      evidence: {file: clinical/psychiatry-summary-2026-10-19.txt, page: 1}
    - drug: Sertraline
      dose: 150 mg daily
      start: 2015-03
      end: 2016-09
      outcome: Remission in an earlier episode (2015-2016)
      response: remission
      evidence: {file: clinical/psychiatry-summary-2026-10-19.txt, page: 1}
author:
  name: Annelise Ferreira-Lindqvist
  role: Wife of the patient, his authorized representative
  relation: representative
  address: |-
    55 Larchmont Bend
    Eastfield Hollow, OH 43215
  phone: (614) 555-0118
  email: annelise.fl@homemail.example
  authorization: other/authorized-representative-form-2026-11-04.txt
provider:
  name: Leontyne Abara-Westcott
  credentials: MD, psychiatry
  npi: "1582049379"
  phone: (614) 555-0126
  address: |-
    Eastfield Interventional Psychiatry, 700 Carrow Street
    Eastfield Hollow, OH 43215
employer:
  name: Corvalis Tooling Group, Inc., Benefits Office
  address: |-
    1200 Foundry Row
    Eastfield Hollow, OH 43215
template: ketamine-trd
bates_prefix: FERREIRALINDQVIST
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

C02_DOCS = {
    "denial/eob-2026-10-28.txt": """
MERIDIAN PINE BENEFIT SERVICES (FICTIONAL), claims administrator for the
Corvalis Tooling Group Employee Health Plan (self-funded)
EXPLANATION OF BENEFITS - THIS IS NOT A BILL               Date: 10/28/2026             Page 1

Participant: Tobias Ferreira-Lindqvist     Member ID: FICT-CTG-60271548     Claim: MPB-26-1028-440917
Provider: Eastfield Interventional Psychiatry (network)     Authorization: PA-KET-26-0130-2271

Date of service   Code            Billed     Allowed   Paid    Code
07/20/2026        96365 + J3490   $725.00    $0.00     $0.00   CO-119
08/17/2026        96365 + J3490   $725.00    $0.00     $0.00   CO-119
09/14/2026        96365 + J3490   $725.00    $0.00     $0.00   CO-119
10/12/2026        96365 + J3490   $725.00    $0.00     $0.00   CO-119

CO-119: Benefit maximum for this time period or occurrence has been reached. Intravenous ketamine infusions are
limited to 6 per calendar year. Our records show 6 infusions paid in 2026 (dates of service 02/09/2026 through
02/20/2026).

Your right to appeal: you may appeal within 180 days of receiving this notice. Write to Meridian Pine Benefit
Services, Appeals Unit, PO Box 88214, Granville Heights, OH 43023, or fax (614) 555-0171. The plan document and
other documents relevant to your claim are available free of charge on request.
""",
    "other/spd-2026-excerpt.txt": """
CORVALIS TOOLING GROUP EMPLOYEE HEALTH PLAN (FICTIONAL) - SUMMARY PLAN DESCRIPTION, 2026 (excerpt)   Page 1
The Plan is self-funded by Corvalis Tooling Group, Inc.; Meridian Pine Benefit Services is the Claims
Administrator.

Section 1.22 Plan Year. The twelve-month period that begins each July 1 and ends the following June 30. A benefit
maximum stated "per Plan Year" is counted within that period.

Schedule of Benefits (Plan Year beginning July 1, 2026)
- Intravenous ketamine infusion for treatment-resistant depression (prior authorization required): up to 6
  infusions per Plan Year. Additional infusions in the same Plan Year are covered when approved in advance under
  Section 7.4. Covered at 80% after the deductible.
- Infusion therapy in an office, outpatient facility or the home (including biologic and immune globulin
  infusions), all other conditions: covered at 80% after the deductible; no visit or infusion maximum.
- Outpatient office visits, mental health or medical: $30 copay; no visit maximum.

Section 7.4 Benefits beyond a maximum. Infusions beyond a Plan Year maximum are covered when the Claims
Administrator approves them in advance on the treating physician's statement that the member has responded to the
treatment and is at risk of relapse without it.

Section 9.2 Appeals. You may appeal an adverse benefit determination within 180 days after you receive it. The
Claims Administrator decides an appeal of a post-service claim within 60 days after receiving it. There is one
level of internal appeal.
""",
    "other/prior-authorization-2026-01-30.txt": """
MERIDIAN PINE BENEFIT SERVICES (FICTIONAL) - PRIOR AUTHORIZATION APPROVAL     Date: 01/30/2026     Page 1

Participant: Tobias Ferreira-Lindqvist    Member ID: FICT-CTG-60271548
Authorization: PA-KET-26-0130-2271    Requesting provider: Leontyne Abara-Westcott, MD
Approved: intravenous ketamine infusion (96365, J3490) for F33.2, induction series of up to 6 infusions and
maintenance infusions as medically necessary, dates 02/01/2026 through 01/31/2027. Approval is subject to
eligibility and to the Plan's benefit maximums.
""",
    "other/paid-claims-history-2026-11-02.txt": """
MERIDIAN PINE BENEFIT SERVICES (FICTIONAL) - MEMBER PORTAL, CLAIMS HISTORY (printout)  Printed: 11/02/2026  Page 1

Member: Tobias Ferreira-Lindqvist       Service type: IV ketamine infusion (96365, J3490)
Date of service   Status   Paid
02/09/2026        Paid     $580.00
02/11/2026        Paid     $580.00
02/13/2026        Paid     $580.00
02/16/2026        Paid     $580.00
02/18/2026        Paid     $580.00
02/20/2026        Paid     $580.00
07/20/2026        Denied   $0.00 (CO-119)
08/17/2026        Denied   $0.00 (CO-119)
09/14/2026        Denied   $0.00 (CO-119)
10/12/2026        Denied   $0.00 (CO-119)
""",
    "other/authorized-representative-form-2026-11-04.txt": """
CORVALIS TOOLING GROUP EMPLOYEE HEALTH PLAN (FICTIONAL) - AUTHORIZED REPRESENTATIVE DESIGNATION     Page 1

Participant: Tobias Ferreira-Lindqvist     Member ID: FICT-CTG-60271548
I designate my wife, Annelise Ferreira-Lindqvist, as my authorized representative for the appeal of claim
MPB-26-1028-440917 and any later review of it, and I authorize the Plan to share my health information with her.
Signed: Tobias Ferreira-Lindqvist (signature on file)        Date: 11/04/2026
""",
    "clinical/psychiatry-summary-2026-10-19.txt": """
EASTFIELD INTERVENTIONAL PSYCHIATRY (FICTIONAL) - TREATMENT SUMMARY        Date: 10/19/2026       Page 1

Patient: Tobias Ferreira-Lindqvist   DOB 05/14/1974   Psychiatrist: Leontyne Abara-Westcott, MD
Diagnosis: F33.2 major depressive disorder, recurrent, severe, without psychotic features. Current episode since
January 2024.

Medication history
- Sertraline 150 mg daily, March 2015 - September 2016: remission in an earlier episode; tapered off.
- Escitalopram 20 mg daily, February - April 2024: no response after 10 weeks.
- Venlafaxine XR 225 mg daily, May - August 2024: partial response at 12 weeks; stopped.
- Bupropion XL 300 mg daily, added to venlafaxine XR, July - September 2024: partial response at 8 weeks; stopped
  with venlafaxine.
- Lithium 600 mg daily (level 0.4 mmol/L), October - November 2024: stopped after 5 weeks for tremor, below the
  usual range.
- Vortioxetine 20 mg daily since January 2025: continues; partial response.
- Trazodone 50 mg at bedtime since March 2025, for sleep.

Ketamine: induction series of 6 infusions 02/09, 02/11, 02/13, 02/16, 02/18 and 02/20/2026: MADRS 34 (02/02/2026)
to 11 (02/23/2026). Passive wish to be dead on 01/26/2026; none since February 2026. Symptoms returned in early
July (MADRS 22 on 07/13/2026). Maintenance infusions 07/20, 08/17, 09/14 and 10/12/2026, MADRS 10-13 after each
(12 on 10/19/2026). Working full time again since March 2026.
Plan: one infusion about every four weeks when the MADRS rises above 20; review every three months; stop if the
response is lost.
""",
}

C02_TRUTH = """
# 02 - Self-funded employer plan: four ketamine maintenance infusions denied as over "6 per calendar year"; the SPD counts 6 per Plan Year from July 1 (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Tobias Ferreira-Lindqvist, 52 (DOB 05/14/1974), participant in the **self-funded** Corvalis Tooling Group
  Employee Health Plan (ERISA; claims administrator Meridian Pine Benefit Services). F33.2, current episode since
  January 2024.
- IV ketamine authorized **PA-KET-26-0130-2271** (01/30/2026): induction of up to 6 and maintenance infusions,
  **02/01/2026-01/31/2027**, "subject to ... the Plan's benefit maximums".
- Induction: 6 infusions 02/09-02/20/2026, **paid**; MADRS 34 -> 11 (response). Relapse signs July (MADRS 22 on
  07/13). Maintenance infusions **07/20, 08/17, 09/14, 10/12/2026** (MADRS 10-13 after each), **denied** on the EOB
  of **10/28/2026**, CO-119: "limited to 6 per **calendar year**".
- SPD: "up to 6 infusions per **Plan Year**"; Section 1.22: the Plan Year **begins each July 1** and a "per Plan
  Year" maximum is counted within it. The February infusions fell in the Plan Year 07/01/2025-06/30/2026; the four
  denied infusions are the **first four** of the Plan Year that began **07/01/2026**: the limit is not reached
  (4 of 6).
- The SPD places **no** maximum on infusion therapy for other conditions (comparator in the same Schedule).
- First (and only) internal appeal, post-service: 180 days from receipt (29 CFR 2560.503-1(h)(3)(i)); decided within
  60 days (SPD 9.2; 2560.503-1(i)(2)(iii)(A)). Author: his **wife**, authorized representative (designation signed
  11/04/2026).

## Deliberately unknown
- What the plan would pay per infusion (80% after the deductible; the deductible status is not in the case).
- Whether Section 7.4's advance approval was ever asked (it was not needed within the limit; nothing shows a
  request).
- Any medical-necessity review of the maintenance infusions (the plan did not question necessity; the PA covers
  them).

## Traps
- **Calendar year vs Plan Year**: "6 infusions paid in 2026" is true and beside the point. A letter must not accept
  that 6 were already used in the current Plan Year, nor say the February infusions were in the same Plan Year.
- **Within the limit, not beyond it**: the strong letter does not ask for an exception "beyond the limit" as its main
  request (Section 7.4 is at most an alternative); it argues the four are within the 6 of the current Plan Year.
- **The authorization is not the answer**: it is "subject to the Plan's benefit maximums"; it shows the dates are
  authorized, no more.
- **Trials** (only if the letter sets out history, which a benefit-limit letter need not): vortioxetine is still
  taken with a partial response (never "failed", never stopped); trazodone 50 mg is for sleep (no trial); lithium at
  0.4 for 5 weeks was not adequate; sertraline 2015-2016 is an earlier-episode remission (not a failure);
  bupropion "added to" venlafaxine is an antidepressant trial.
- **Passive wish to be dead on 01/26/2026** is history, resolved since February; no present suicide risk.
- **He is working full time** since March 2026: no "unable to work" harm.
- **Voice**: the wife writes "my husband" / Mr. Ferreira-Lindqvist, never "I" as the patient.
- **Wrong law / route**: self-funded ERISA plan: 29 CFR 2560.503-1; parity through 29 CFR 2590.712 (a supporting
  point); not state insurance law or the state insurance department (complaints go to EBSA). A benefit maximum is not
  a medical judgment: no external review request, no peer-to-peer as the route.

## Arguments a strong letter makes (strongest first)
1. The SPD's limit is **6 per Plan Year**, and its Plan Year **begins July 1** (Section 1.22): the four infusions of
   07/20, 08/17, 09/14 and 10/12/2026 are the first four of the Plan Year that began 07/01/2026; the six paid in
   February 2026 belong to the previous Plan Year. The calendar-year count on the EOB is not the Plan's term. Ask
   that the four lines be reprocessed and paid under PA-KET-26-0130-2271.
2. The claims are authorized (PA dates 02/01/2026-01/31/2027) and the response is documented (MADRS 34 -> 11; 10-13
   after each maintenance infusion), so nothing else stands against payment.
3. Supporting: a per-year infusion maximum applied only to a mental health treatment, while infusion therapy for all
   other conditions has none, is a quantitative treatment limitation MHPAEA does not allow (29 CFR 2590.712(c)(2)(i));
   in the alternative, Section 7.4 allows more when the physician states response and relapse risk.

## What a letter must NOT say
- "6 infusions have been used this Plan Year", "the limit has been reached", "we ask for an exception beyond the
  limit" as the main request.
- "failed vortioxetine", "vortioxetine was stopped", trazodone as an antidepressant trial, lithium as an adequate
  trial, "failed sertraline".
- "suicidal" as a present risk; "unable to work".
- "state insurance department", "45 CFR 147.136(c)", "external review" as this level, "Medicare", "Medicaid".
"""

C02_EXPECT = [
    ("denial/eob-2026-10-28.txt", "limited to 6 per calendar year"),
    ("denial/eob-2026-10-28.txt", "CO-119"),
    ("denial/eob-2026-10-28.txt", "07/20/2026"),
    ("denial/eob-2026-10-28.txt", "10/12/2026"),
    ("other/spd-2026-excerpt.txt", "begins each July 1 and ends the following June 30"),
    ("other/spd-2026-excerpt.txt", "up to 6 infusions per Plan Year"),
    ("other/spd-2026-excerpt.txt", "no visit or infusion maximum"),
    ("other/spd-2026-excerpt.txt", "within 60 days after receiving it"),
    ("other/prior-authorization-2026-01-30.txt", "02/01/2026 through 01/31/2027"),
    ("other/prior-authorization-2026-01-30.txt", "subject to eligibility and to the Plan's benefit maximums"),
    ("other/paid-claims-history-2026-11-02.txt", "02/20/2026        Paid"),
    ("other/authorized-representative-form-2026-11-04.txt", "my wife, Annelise Ferreira-Lindqvist"),
    ("clinical/psychiatry-summary-2026-10-19.txt", "Vortioxetine 20 mg daily since January 2025: continues; partial response"),
    ("clinical/psychiatry-summary-2026-10-19.txt", "Trazodone 50 mg at bedtime since March 2025, for sleep"),
    ("clinical/psychiatry-summary-2026-10-19.txt", "remission in an earlier episode"),
    ("clinical/psychiatry-summary-2026-10-19.txt", "MADRS 34 (02/02/2026)"),
    ("clinical/psychiatry-summary-2026-10-19.txt", "Working full time again since March 2026"),
    ("clinical/psychiatry-summary-2026-10-19.txt", "level 0.4 mmol/L"),
]

C01 = dict(slug="01-fehb-psychotherapy-timely-filing-opm-review-counselor", yaml=C01_YAML, docs=C01_DOCS,
           truth=C01_TRUTH, expect=C01_EXPECT)
C02 = dict(slug="02-selffunded-ketamine-maintenance-plan-year-limit-first-appeal-wife", yaml=C02_YAML,
           docs=C02_DOCS, truth=C02_TRUTH, expect=C02_EXPECT)

from cases_a2 import C03, C04  # noqa: E402  (cases 03-04 are in their own module to keep files short)

CASES = [C01, C02, C03, C04]
