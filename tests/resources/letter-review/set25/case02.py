"""Set 25, case 02 (FICTIONAL): FEHB; nine video psychotherapy sessions billed with place of service 10 and
modifier 95, denied as a place-of-service error under the carrier's 2024 telehealth policy, which its own revision
effective 01/01/2026 replaced. OPM review after the carrier's reconsideration; the practice's billing coordinator,
the member's authorized representative, writes."""

SLUG = "02-fehb-telehealth-psychotherapy-pos10-policy-revision-opm-review-billing-coordinator"

CASE_YAML = r"""
# FICTIONAL CASE (set 25, case 02) - every person, plan, provider, number and address is invented.
# FEHB plan (Maryland address). Nine video psychotherapy sessions (90837, place of service 10, modifier 95) from
# 07/07 to 09/01/2026, three claims, were denied CO-5/M77 (place of service). The carrier's reconsideration of
# 10/26/2026 says its policy TH-02 requires place of service 02 for a member at home: that is the 07/01/2024 version;
# TH-02 as revised effective 01/01/2026 requires place of service 10 and modifier 95, as billed. OPM review next.
# The member paid the non-PPO practice for each session; the practice's billing coordinator writes for her.
patient:
  name: Marguerite Ashdown
  salutation: Ms. Ashdown
  date_of_birth: 1988-06-02
  member_id: FICT-CFB-R55108822
  address: |-
    4127 Larchmont Terrace
    Hyattsville, MD 20782
  phone: (301) 555-0172
insurer:
  name: Chesapeake Federal Benefit Plan (FICTIONAL), a FEHB plan
  appeals_address: |-
    Chesapeake Federal Benefit Plan, Reconsiderations
    PO Box 61204
    Baltimore, MD 21264
  fax: (410) 555-0139
external_review:
  agency: U.S. Office of Personnel Management, FEHB disputed claims review (as named in the carrier's decision)
  address: |-
    Office of Personnel Management, FEHB Disputed Claims Review (address FICTIONAL)
    PO Box 40515
    Washington, DC 20044
  final_denial_date: 2026-10-26
claim:
  number: CFB-26-0805-118203
  other_numbers: [CFB-26-0903-121977, CFB-26-0910-122640]
  plan_type: fehb
  notice_date: 2026-09-18
  service_dates: [2026-07-07, 2026-07-14, 2026-07-21, 2026-07-28, 2026-08-04, 2026-08-11, 2026-08-18, 2026-08-25, 2026-09-01]
  sessions: 9
  setting: outpatient
  procedure_codes: [90837]
  diagnosis_codes: [F33.1, F41.1]
  carc_codes: [CO-5]
  denial_reason: >-
    CO-5: The procedure code or bill type is inconsistent with the place of service. M77: Missing, incomplete or
    invalid place of service.
  denial_category: coding_billing
  coding_correct: true
  not_appealed:
    - date: 2026-09-08
      code: "90837"
      why: an in-office session (place of service 11) on the third claim, which the plan paid
decisions:
  - date: 2026-10-26
    outcome: denied
    stage: carrier reconsideration
    opens: OPM review
    next_deadline: 2027-01-24
    reason: >-
      Our Telehealth Services Payment Policy TH-02 requires that telehealth services furnished to a member at home be
      billed with place of service 02. The claims were billed with place of service 10. We affirm our denial.
    corrections:
      - said: >-
          Our Telehealth Services Payment Policy TH-02 requires that telehealth services furnished to a member at home
          be billed with place of service 02.
        record: >-
          TH-02 as revised effective January 1, 2026, Section 3.1, requires place of service 10 and modifier 95 for a
          member at home for dates of service on or after January 1, 2026; the place of service 02 rule is the
          July 1, 2024 version, which that revision replaced. Every session appealed was given in July, August or
          September 2026
        file: other/th-02-telehealth-policy-rev-2026-01-01.txt
        page: 1
plan_policy:
  name: Telehealth Services Payment Policy
  number: TH-02 (revision effective 01/01/2026)
  quote: >-
    3.1 For dates of service on or after January 1, 2026, report telehealth services furnished to a member who is
    located in the member's home with place of service 10 (telehealth provided in patient's home) and modifier 95.
    Use place of service 02 only when the member is at a location other than the member's home.
  file: other/th-02-telehealth-policy-rev-2026-01-01.txt
  other_terms: >-
    Professional services by telehealth: covered at the same benefit level as the same service provided in person
    in a provider's office (2026 brochure, Section 5(e), mental health and substance use disorder benefits).
  other_terms_file: other/brochure-2026-excerpt.txt
treatment:
  name: Outpatient psychotherapy by video (telehealth)
  summary: >-
    Weekly 53-minute individual psychotherapy sessions by secure video with a licensed clinical social worker,
    the member at home, for recurrent major depression and generalized anxiety disorder.
clinical:
  severity: PHQ-9 16 and GAD-7 14 on 07/07/2026; PHQ-9 9 and GAD-7 8 on 09/01/2026
  severity_date: 2026-09-01
  suicidality: none
  suicidality_date: 2026-09-01
  history:
    - drug: Sertraline (prescribed by her primary care physician)
      dose: 100 mg daily
      start: 2026-03
      ongoing: true
      kind: antidepressant
      response: partial
      outcome: Continues; partial response
      evidence: {file: clinical/treatment-summary-2026-09-08.txt, page: 1}
    - drug: Cognitive behavioral therapy (2019 episode)
      dose: 14 weekly sessions
      start: 2019-02
      end: 2019-05
      kind: psychotherapy
      sessions: 14
      response: remission
      outcome: Remission of an earlier episode
      evidence: {file: clinical/treatment-summary-2026-09-08.txt, page: 1}
author:
  name: Tamsin Okonkwo-Reyes
  role: Billing coordinator, Harborlight Counseling Group, authorized representative of the member
  relation: representative
  authorization: other/member-authorization-2026-09-24.txt
  address: |-
    Harborlight Counseling Group, 6800 Riverdale Road, Suite 210
    Riverdale, MD 20737
  phone: (301) 555-0115
  email: billing@harborlight-counseling.example
provider:
  name: Joaquin Ferrante-Lowe
  credentials: LCSW-C
  npi: "1647309289"
  address: |-
    Harborlight Counseling Group, 6800 Riverdale Road, Suite 210
    Riverdale, MD 20737
  phone: (301) 555-0115
reimbursement:
  amount_billed: "$1,665.00"
  amount_paid: "$0.00"
template: external-review-request
bates_prefix: ASHDOWN
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/eob-statement-2026-09-18.txt": """
CHESAPEAKE FEDERAL BENEFIT PLAN (FICTIONAL) - A FEHB PLAN, STANDARD OPTION
EXPLANATION OF BENEFITS - THIS IS NOT A BILL            Date: 09/18/2026            Page 1

Enrollee: Marguerite Ashdown    Enrollment: Self and Family    Member ID: FICT-CFB-R55108822
Provider: Harborlight Counseling Group - Joaquin Ferrante-Lowe, LCSW-C (non-PPO provider; benefits paid to member)

PATIENT: MARGUERITE ASHDOWN
Claim CFB-26-0805-118203   90837  POS 10  mod 95   07/07, 07/14, 07/21, 07/28/2026   4 x $185.00   Paid $0.00  CO-5 M77
Claim CFB-26-0903-121977   90837  POS 10  mod 95   08/04, 08/11, 08/18, 08/25/2026   4 x $185.00   Paid $0.00  CO-5 M77
Claim CFB-26-0910-122640   90837  POS 10  mod 95   09/01/2026                         1 x $185.00   Paid $0.00  CO-5 M77
                           90837  POS 11           09/08/2026                         1 x $185.00   Allowed $160.00  Paid $112.00
CO-5: The procedure code or bill type is inconsistent with the place of service. M77: Missing, incomplete or
invalid place of service.

PATIENT: DESMOND ASHDOWN (spouse)
Claim CFB-26-0904-121880   97110  POS 11   08/27/2026   2 units   $170.00   Allowed $128.00   Paid $89.60

If you disagree with our decision, you may ask us to reconsider within 6 months of the date of this notice.
""",
    "denial/reconsideration-decision-2026-10-26.txt": """
CHESAPEAKE FEDERAL BENEFIT PLAN (FICTIONAL) - RECONSIDERATION DECISION          Date: 10/26/2026          Page 1

To: Marguerite Ashdown, 4127 Larchmont Terrace, Hyattsville, MD 20782
Copy: Tamsin Okonkwo-Reyes, Harborlight Counseling Group (authorized representative)
Re: your request of 09/28/2026 to reconsider claims CFB-26-0805-118203, CFB-26-0903-121977 and CFB-26-0910-122640
(90837, dates of service 07/07/2026 through 09/01/2026)

Decision: We have reviewed your request. Our Telehealth Services Payment Policy TH-02 requires that telehealth
services furnished to a member at home be billed with place of service 02. The claims were billed with place of
service 10. We affirm our denial. A copy of the policy is enclosed.

This decision does not concern whether the services were medically necessary.

If you disagree: you may ask the U.S. Office of Personnel Management (OPM) to review our decision. You must write to
OPM within 90 days of the date of this letter: Office of Personnel Management, FEHB Disputed Claims Review, PO Box
40515, Washington, DC 20044. Include a copy of this letter and of your request to us.
""",
    "denial/th-02-policy-copy-enclosed-with-decision.txt": """
CHESAPEAKE FEDERAL BENEFIT PLAN (FICTIONAL) - TELEHEALTH SERVICES PAYMENT POLICY TH-02
Version effective 07/01/2024 (copy enclosed with the reconsideration decision of 10/26/2026)          Page 1

3.1 Report all telehealth services with place of service 02 (telehealth) and the modifier required by Section 3.3.
3.3 Synchronous audio-video services: modifier 95.
""",
    "other/th-02-telehealth-policy-rev-2026-01-01.txt": """
CHESAPEAKE FEDERAL BENEFIT PLAN (FICTIONAL) - TELEHEALTH SERVICES PAYMENT POLICY TH-02
Revision effective 01/01/2026 (provider portal, printed 10/30/2026)          Page 1

3.1 For dates of service on or after January 1, 2026, report telehealth services furnished to a member who is
located in the member's home with place of service 10 (telehealth provided in patient's home) and modifier 95.
Use place of service 02 only when the member is at a location other than the member's home.
3.3 Synchronous audio-video services: modifier 95. Audio-only services: modifier 93.
3.5 Telehealth services are paid at the same rate as the same service in person.

Revision history: 01/01/2026 - Section 3.1 revised: place of service 10 for a member at home; replaces the version
effective 07/01/2024, which required place of service 02 for all telehealth.
""",
    "other/brochure-2026-excerpt.txt": """
CHESAPEAKE FEDERAL BENEFIT PLAN (FICTIONAL) - 2026 FEHB BROCHURE, STANDARD OPTION (EXCERPTS)          Page 1

Section 5(e) Mental health and substance use disorder benefits
Professional services by telehealth: covered at the same benefit level as the same service provided in person in
a provider's office. Non-PPO providers: we pay 70% of our Plan allowance after the calendar year deductible.

Section 8 The disputed claims process
If we deny your request for reconsideration, you may ask OPM to review it within 90 days after the date of our
letter. You may designate a representative to act for you; send us and OPM your written authorization.
""",
    "other/member-authorization-2026-09-24.txt": """
AUTHORIZATION OF REPRESENTATIVE (FICTIONAL)          Signed: 09/24/2026          Page 1

I, Marguerite Ashdown (Chesapeake Federal Benefit Plan member ID FICT-CFB-R55108822), authorize Tamsin
Okonkwo-Reyes, billing coordinator of Harborlight Counseling Group, to act for me in the reconsideration of my claims
for psychotherapy from July to September 2026 and in any review of them by the U.S. Office of Personnel Management,
and to receive my health information for that purpose.

Signature: Marguerite Ashdown (signature on file)
""",
    "other/claim-form-copies-2026.txt": """
HARBORLIGHT COUNSELING GROUP (FICTIONAL) - COPIES OF CLAIMS AS SENT (CMS-1500 LINE DATA)          Page 1

Claim CFB-26-0805-118203 (sent 08/03/2026)  Patient: Marguerite Ashdown
 24A 07/07/2026  24B POS 10  24D 90837 95  24E A,B  24F $185.00  24G 1  Rendering NPI 1647309289
 24A 07/14/2026  24B POS 10  24D 90837 95  24E A,B  24F $185.00  24G 1  Rendering NPI 1647309289
 24A 07/21/2026  24B POS 10  24D 90837 95  24E A,B  24F $185.00  24G 1  Rendering NPI 1647309289
 24A 07/28/2026  24B POS 10  24D 90837 95  24E A,B  24F $185.00  24G 1  Rendering NPI 1647309289
Claim CFB-26-0903-121977 (sent 09/01/2026): the same line data for 08/04, 08/11, 08/18 and 08/25/2026.
Claim CFB-26-0910-122640 (sent 09/09/2026): 09/01/2026 POS 10 90837 95; 09/08/2026 POS 11 90837 (in office).
Diagnosis codes: A F33.1, B F41.1.
""",
    "clinical/treatment-summary-2026-09-08.txt": """
HARBORLIGHT COUNSELING GROUP (FICTIONAL) - TREATMENT SUMMARY          Date: 09/08/2026          Page 1

Client: Marguerite Ashdown     DOB 06/02/1988     Clinician: Joaquin Ferrante-Lowe, LCSW-C
Diagnoses: F33.1 major depressive disorder, recurrent, moderate; F41.1 generalized anxiety disorder.
Sessions: weekly 53-minute individual psychotherapy (90837). 07/07 through 09/01/2026 by secure video; the client
was at home for every video session (recorded in each note). 09/08/2026 in the office.
Measures: PHQ-9 16, GAD-7 14 (07/07/2026); PHQ-9 9, GAD-7 8 (09/01/2026).
Safety: denies suicidal ideation at every session; C-SSRS screen negative 09/01/2026.
Medication (from her primary care physician): sertraline 100 mg daily since March 2026, continues, partial response.
Earlier treatment: 14 sessions of cognitive behavioral therapy in 2019 (February-May), remission of that episode.
Plan: weekly sessions, in the office or by video.
""",
}

TRUTH = r"""
# 02 - FEHB: video psychotherapy billed POS 10 + modifier 95 denied as a place-of-service error under the 2024 version of the carrier's telehealth policy; OPM review requested by the practice's billing coordinator (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Marguerite Ashdown, 38, is enrolled (Self and Family) in the **Chesapeake Federal Benefit Plan, a FEHB plan**. Her
  therapist, Joaquin Ferrante-Lowe, LCSW-C, of Harborlight Counseling Group, is a **non-PPO** provider; she paid for
  each session, and benefits are paid to her.
- **Nine 90837 sessions by video, the member at home**, on 07/07, 07/14, 07/21, 07/28, 08/04, 08/11, 08/18, 08/25 and
  09/01/2026, on three claims (CFB-26-0805-118203, CFB-26-0903-121977, CFB-26-0910-122640), each line billed with
  **place of service 10 and modifier 95** (claim copies). All nine were denied **CO-5 / M77** (EOB of 09/18/2026).
  $185 each, **$1,665** in all. The in-office session of **09/08/2026** (POS 11) on the third claim **was paid**: not
  part of the appeal.
- The carrier's **reconsideration decision of 10/26/2026** says TH-02 "requires ... place of service 02" and affirms.
  The copy it enclosed is the **version effective 07/01/2024**. **TH-02 as revised effective 01/01/2026, Section 3.1,**
  requires, **for dates of service on or after January 1, 2026**, place of service **10** and modifier **95** for a
  member at home, and POS 02 only for a member elsewhere; its revision history says it replaced the 2024 version.
  Every date appealed is in 2026, so the claims were billed **exactly as the policy in force requires**
  (`coding_correct: true`). The 2026 brochure (Section 5(e)) covers telehealth professional services at the same
  benefit as in person.
- **Stage: OPM review** (5 CFR 890.105), within **90 days of the 10/26/2026 decision: by 01/24/2027** (the decision and
  the brochure, Section 8, say so). The decision itself says it does not concern medical necessity.
- Author: **Tamsin Okonkwo-Reyes, the practice's billing coordinator**, the member's authorized representative
  (authorization signed 09/24/2026); not a clinician.

## Deliberately unknown
- What the plan will allow and pay (70% of the Plan allowance after the deductible for non-PPO care; whether the
  deductible is met is not in the case): no amount may be promised.
- Why the carrier applied the 2024 version (an outdated claim edit or an outdated copy): only that it did.
- Whether other members' claims were denied the same way.

## Traps
- **Not a corrected-claim case.** The claims were right as billed; no corrected or replacement claim is needed,
  none was sent, and a letter must not say the claims were wrong, "billed in error", or offer to rebill with POS 02.
- **The policy copy the carrier enclosed is stale** (07/01/2024). A letter must quote and apply the **2026
  revision**, Section 3.1, and must not say the policy requires POS 02 for a member at home.
- **Not medical necessity:** no count of trials, no evidence paragraph, no peer-to-peer, no request for a
  psychiatrist reviewer, no "medically necessary" as the ground. If the history is mentioned: sertraline is
  **continuing** with a partial response (never "failed"); the 2019 CBT was a **remission in an earlier episode**.
- **Other people and lines:** the spouse's physical therapy claim on the EOB; the paid office visit of 09/08/2026.
  Neither is appealed.
- **Three claims, one decision:** the appeal covers all three claim numbers; the dates are nine single sessions (not
  a stay, not "from ... through ..." every day).
- **Suicidality:** none recorded (C-SSRS negative 09/01/2026); never "suicidal ideation".
- **Wrong law:** FEHB: no ERISA, no ACA internal/external review rules (45 CFR 147.136), no state insurance
  department, no "independent external review", no parity citation; the route is OPM review under 5 CFR 890.105.
- **Voice:** the billing coordinator writes about "Ms. Ashdown" on her behalf; never "as her treating clinician",
  never "Dr.", never the member's "I".

## Arguments a strong letter makes (strongest first)
1. The carrier's own **TH-02, revision effective 01/01/2026, Section 3.1**, requires **place of service 10 and
   modifier 95** for a member at home for dates of service on or after January 1, 2026; the claims were billed so
   (claim copies; notes record she was at home). The decision applied the **07/01/2024 version**, which that revision
   replaced (its revision history). Ask OPM to direct the plan to process and pay the nine sessions on the three
   claims as billed.
2. The 2026 brochure covers telehealth professional services at the same benefit level as in-office care
   (Section 5(e)); the place-of-service code was the only ground.
3. The request is timely (decision of 10/26/2026; 90 days: by 01/24/2027) and made by an authorized representative
   (enclosed); enclose the decision, the EOB, both versions of TH-02, the claim copies and the brochure excerpt.

## What a letter must NOT say
- "TH-02 requires place of service 02 for a member at home", "the claims were billed incorrectly", "a corrected claim
  was submitted", "we will resubmit with POS 02".
- "medically necessary" as the ground, "failed sertraline", "failed therapy", a count of failed trials, "suicidal
  ideation", "peer-to-peer".
- "ERISA", "45 CFR 147.136", "external review", "state insurance department", "Department of Labor".
- the 09/08 office visit or the spouse's claim as denied; any amount the plan "will pay".
- "as Ms. Ashdown's treating clinician", "Dr. Okonkwo-Reyes", the member's first person.
"""

ANSWERS = [
    ("policy in force", "other/th-02-telehealth-policy-rev-2026-01-01.txt",
     "For dates of service on or after January 1, 2026, report telehealth services furnished to a member who is located in the member's home with place of service 10"),
    ("revision replaced 2024", "other/th-02-telehealth-policy-rev-2026-01-01.txt",
     "replaces the version effective 07/01/2024, which required place of service 02 for all telehealth"),
    ("policy revision date", "other/th-02-telehealth-policy-rev-2026-01-01.txt", "Revision effective 01/01/2026"),
    ("decision's wrong rule", "denial/reconsideration-decision-2026-10-26.txt",
     "billed with place of service 02. The claims were billed with place of service 10."),
    ("stale copy enclosed", "denial/th-02-policy-copy-enclosed-with-decision.txt", "Version effective 07/01/2024"),
    ("decision date", "denial/reconsideration-decision-2026-10-26.txt", "Date: 10/26/2026"),
    ("OPM window", "denial/reconsideration-decision-2026-10-26.txt", "within 90 days of the date of this letter"),
    ("not medical necessity", "denial/reconsideration-decision-2026-10-26.txt",
     "This decision does not concern whether the services were medically necessary."),
    ("claims billed POS 10 + 95", "other/claim-form-copies-2026.txt", "24B POS 10  24D 90837 95"),
    ("member at home", "clinical/treatment-summary-2026-09-08.txt", "the client was at home for every video session"),
    ("three claim numbers", "denial/reconsideration-decision-2026-10-26.txt",
     "CFB-26-0805-118203, CFB-26-0903-121977 and CFB-26-0910-122640"),
    ("denial code", "denial/eob-statement-2026-09-18.txt", "CO-5: The procedure code or bill type is inconsistent with the place of service."),
    ("nine dates (July)", "denial/eob-statement-2026-09-18.txt", "07/07, 07/14, 07/21, 07/28/2026"),
    ("nine dates (August)", "denial/eob-statement-2026-09-18.txt", "08/04, 08/11, 08/18, 08/25/2026"),
    ("office visit paid (not appealed)", "denial/eob-statement-2026-09-18.txt", "Allowed $160.00  Paid $112.00"),
    ("telehealth same benefit", "other/brochure-2026-excerpt.txt",
     "covered at the same benefit level as the same service provided in person"),
    ("representative allowed", "other/brochure-2026-excerpt.txt", "You may designate a representative to act for you"),
    ("authorization", "other/member-authorization-2026-09-24.txt", "in any review of them by the U.S. Office of Personnel Management"),
    ("sertraline continuing partial", "clinical/treatment-summary-2026-09-08.txt", "continues, partial response"),
    ("2019 CBT earlier remission", "clinical/treatment-summary-2026-09-08.txt", "remission of that episode"),
]
