"""Set 23, case 01 (FICTIONAL): separate CHIP managed care; PHP days denied CO-197 although the plan approved them
(the approval was loaded under the patient's younger brother's member ID); first plan appeal by the program's
utilization-review and billing coordinator."""

SLUG = "01-chip-adolescent-php-authorization-under-sibling-first-appeal-billing-coordinator"

CASE_YAML = """
# FICTIONAL CASE (set 23, case 01) - every person, plan, provider, number and address is invented.
# Separate CHIP, managed care (Colorado address): 16 partial-hospitalization program days (09/08-09/29/2026) for a
# 15-year-old were approved by the plan (BH-26-0904-77315: 10 days on 09/04, extended to 18 days through 10/02 on
# 09/18), but the plan entered the authorization under his 13-year-old brother's member ID, so the claim was denied
# CO-197 "no authorization on file" (EOB 10/20/2026). The program's utilization-review and billing coordinator
# files the plan appeal with the mother's written designation.
patient:
  name: Tobias Ferreira-Quill
  salutation: Tobias
  date_of_birth: 2011-04-19
  member_id: FICT-APK-557301942
  address: |-
    814 Larkspur Bend
    Cottonwood Falls, CO 80918
  phone: (719) 555-0114
insurer:
  name: Aspen Peak Kids Health Plan (FICTIONAL), a CHIP managed care plan
  appeals_address: |-
    Aspen Peak Kids Health Plan, Member Appeals
    PO Box 66120
    Cottonwood Falls, CO 80901
  fax: (719) 555-0171
claim:
  number: APK-26-1012-440918
  plan_type: chip
  delivery: managed_care
  notice_date: 2026-10-20
  service_dates: [2026-09-08, 2026-09-29]
  sessions: 16
  setting: partial_hospitalization
  procedure_codes: [H0035]
  diagnosis_codes: [F32.2]
  carc_codes: [CO-197]
  denial_reason: >-
    CO-197: Precertification/authorization/notification absent. No authorization on file for partial
    hospitalization services.
  denial_category: prior_authorization
  action: none
prior_auth:
  requested_on: 2026-09-04
  proof: other/ur-call-log-2026-09-04.txt
  approved:
    number: BH-26-0904-77315
    date: 2026-09-04
    covers: >-
      mental health partial hospitalization (H0035) at Ridgeview Adolescent Partial Hospitalization Program, 10
      program days from 09/08/2026 through 09/21/2026, extended on concurrent review on 09/18/2026 by 8 days through
      10/02/2026: 18 program days in all
    quote: >-
      Authorization BH-26-0904-77315 is extended. Additional days approved: 8, 09/22/2026 through 10/02/2026. Total
      approved under this authorization: 18 days, 09/08/2026 through 10/02/2026.
    file: other/concurrent-review-approval-2026-09-18.txt
    from: 2026-09-08
    through: 2026-10-02
    what_went_wrong: >-
      the plan entered the authorization under the member ID of Tobias's brother, Lucas Ferreira-Quill
      (FICT-APK-557301950), so the claims system found no authorization for Tobias
    entered: other/provider-portal-authorization-printout-2026-10-22.txt
    lines:
      - {code: H0035, units: 18, given: 16}
treatment:
  name: Adolescent partial hospitalization program
  summary: >-
    A partial hospitalization program for adolescents (group, family and individual therapy and psychiatric care on
    weekdays), 16 program days after a school referral for a severe depressive episode.
  setting: Ridgeview Adolescent Partial Hospitalization Program, Front Range Youth Behavioral Health, 6 hours each program day
clinical:
  severity: PHQ-A 21 at admission on 09/08/2026; PHQ-A 11 at discharge on 09/29/2026
  severity_date: 2026-09-29
  suicidality: none
  suicidality_date: 2026-09-29
  episode_onset: 2026-06
  history:
    - drug: Sertraline
      dose: 50 mg daily
      start: 2023-03
      end: 2024-05
      kind: antidepressant
      response: remission
      outcome: Remission of an earlier depressive episode; tapered off in May 2024 after a year well
      evidence: {file: clinical/php-discharge-summary-2026-09-29.txt, page: 1}
    - drug: Fluoxetine
      dose: 10 mg daily from 06/15/2026, 20 mg from 07/13/2026, 30 mg from 09/15/2026
      start: 2026-06-15
      ongoing: true
      kind: antidepressant
      response: partial
      outcome: Continues; partial response
      evidence: {file: clinical/php-discharge-summary-2026-09-29.txt, page: 1}
    - drug: Hydroxyzine
      dose: 25 mg at bedtime as needed for sleep
      start: 2026-08
      ongoing: true
      kind: other
      outcome: For sleep only; not a treatment of the depression
      evidence: {file: clinical/php-discharge-summary-2026-09-29.txt, page: 1}
author:
  name: Dana Whitlock-Osei
  role: Utilization review and billing coordinator, Front Range Youth Behavioral Health, writing as the member's authorized representative
  relation: representative
  address: |-
    Front Range Youth Behavioral Health, 2250 Quarry Mesa Road
    Cottonwood Falls, CO 80917
  phone: (719) 555-0126
  email: billing@frontrange-youth.example
  authorization: other/authorized-representative-designation-2026-10-26.txt
provider:
  name: Anselm Brightwater
  credentials: MD
  npi: "1982736450"
  address: |-
    Front Range Youth Behavioral Health, 2250 Quarry Mesa Road
    Cottonwood Falls, CO 80917
  phone: (719) 555-0126
reimbursement:
  amount_billed: "$7,200.00"
  amount_paid: "$0.00"
template: retro-authorization
bates_prefix: FERREIRAQUILL
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/eob-2026-10-20.txt": """
ASPEN PEAK KIDS HEALTH PLAN (FICTIONAL) - a CHIP managed care plan
EXPLANATION OF BENEFITS - THIS IS NOT A BILL            Date: 10/20/2026                Page 1

Sent to: Rosalind Ferreira-Quill, 814 Larkspur Bend, Cottonwood Falls, CO 80918

PATIENT: TOBIAS FERREIRA-QUILL     Member ID: FICT-APK-557301942     DOB: 04/19/2011
Claim: APK-26-1012-440918          Received: 10/12/2026
Provider: Front Range Youth Behavioral Health - Ridgeview Adolescent PHP (out of network: NO, network provider)
Dates of service            Code    Units   Billed      Allowed   Paid     Code
09/08/2026 - 09/29/2026     H0035   16      $7,200.00   $0.00     $0.00    CO-197
(one line for each program day: 09/08, 09/09, 09/10, 09/11, 09/14, 09/15, 09/16, 09/17, 09/18, 09/21, 09/22,
09/23, 09/24, 09/25, 09/28 and 09/29/2026; $450.00 billed on each)

CO-197: Precertification/authorization/notification absent. No authorization on file for partial hospitalization
services.

PATIENT: LUCAS FERREIRA-QUILL      Member ID: FICT-APK-557301950     DOB: 09/02/2013
Claim: APK-26-1007-438260          Provider: Cottonwood Pediatric Associates
10/06/2026                  99213   1       $165.00     $118.40   $118.40  Paid

Your right to appeal: You, or someone you choose to act for you, may ask us for an appeal within 60 days of the
date of this notice. Write to Aspen Peak Kids Health Plan, Member Appeals, PO Box 66120, Cottonwood Falls, CO
80901, or fax (719) 555-0171. We will decide a standard appeal within 30 days. If you disagree with our appeal
decision, you may ask for a review by the state's CHIP program as explained in your Member Handbook.
""",
    "other/ur-call-log-2026-09-04.txt": """
FRONT RANGE YOUTH BEHAVIORAL HEALTH (FICTIONAL) - UTILIZATION REVIEW CALL LOG        Page 1

Date/time: 09/04/2026 10:42 am (Friday)
Caller: Dana Whitlock-Osei, UR coordinator
Called: Aspen Peak Kids Health Plan, Behavioral Health Utilization Management, (719) 555-0188
Member given: Tobias Ferreira-Quill, DOB 04/19/2011, Member ID FICT-APK-557301942
Request: partial hospitalization (H0035), Ridgeview Adolescent PHP, start 09/08/2026; clinical summary read to the
plan's care manager (PHQ-A 21, school referral, passive suicidal thoughts without plan).
Outcome: approved on the call by care manager J. Marchetti, RN: 10 days, 09/08/2026-09/21/2026, authorization
BH-26-0904-77315; concurrent review due 09/18/2026. Approval letter to follow.
""",
    "other/authorization-approval-2026-09-04.txt": """
ASPEN PEAK KIDS HEALTH PLAN (FICTIONAL) - NOTICE OF AUTHORIZATION         Date: 09/04/2026        Page 1

To: Rosalind Ferreira-Quill, parent of Tobias Ferreira-Quill; copy to Front Range Youth Behavioral Health
Member: Tobias Ferreira-Quill     Member ID: FICT-APK-557301942     DOB: 04/19/2011
Authorization: BH-26-0904-77315
Service: Mental health partial hospitalization (H0035)
Provider: Front Range Youth Behavioral Health - Ridgeview Adolescent Partial Hospitalization Program
Approved: 10 days, 09/08/2026 through 09/21/2026. Concurrent review due by 09/18/2026.
This authorization is not a guarantee of payment. Payment depends on the member's eligibility on the dates of
service and the terms of the member's coverage.
""",
    "other/concurrent-review-approval-2026-09-18.txt": """
ASPEN PEAK KIDS HEALTH PLAN (FICTIONAL) - NOTICE OF CONTINUED AUTHORIZATION    Date: 09/18/2026     Page 1

To: Rosalind Ferreira-Quill, parent of Tobias Ferreira-Quill; copy to Front Range Youth Behavioral Health
Member: Tobias Ferreira-Quill     Member ID: FICT-APK-557301942     DOB: 04/19/2011
Service: Mental health partial hospitalization (H0035), Ridgeview Adolescent Partial Hospitalization Program
Authorization BH-26-0904-77315 is extended. Additional days approved: 8, 09/22/2026 through 10/02/2026. Total
approved under this authorization: 18 days, 09/08/2026 through 10/02/2026.
Reviewer: J. Marchetti, RN, Behavioral Health Care Manager.
""",
    "other/provider-portal-authorization-printout-2026-10-22.txt": """
ASPEN PEAK KIDS HEALTH PLAN (FICTIONAL) - PROVIDER PORTAL: AUTHORIZATION LOOKUP     Printed: 10/22/2026  Page 1
Printed by: Front Range Youth Behavioral Health (D. Whitlock-Osei)

Search 1 - by member ID FICT-APK-557301942 (Tobias Ferreira-Quill, DOB 04/19/2011):
  No authorizations found for this member.

Search 2 - by authorization number BH-26-0904-77315:
  Member: LUCAS FERREIRA-QUILL    Member ID: FICT-APK-557301950    DOB: 09/02/2013
  Service: H0035 partial hospitalization    Provider: Front Range Youth Behavioral Health
  Dates: 09/08/2026 - 10/02/2026    Units approved: 18    Units used: 0    Status: Approved
""",
    "clinical/php-discharge-summary-2026-09-29.txt": """
FRONT RANGE YOUTH BEHAVIORAL HEALTH (FICTIONAL)
RIDGEVIEW ADOLESCENT PARTIAL HOSPITALIZATION PROGRAM - DISCHARGE SUMMARY      Date: 09/29/2026      Page 1

Patient: Tobias Ferreira-Quill    DOB 04/19/2011    Attending: Anselm Brightwater, MD
Admitted: 09/08/2026    Discharged: 09/29/2026    Program days attended: 16 of 16 scheduled
Diagnosis: F32.2 major depressive disorder, single episode, severe, without psychotic features.
Referral: school counselor, after three weeks of missed classes and a journal entry about "not wanting to be
here". Current episode began in June 2026.
Measures: PHQ-A 21 at admission (09/08/2026); PHQ-A 11 at discharge (09/29/2026).
Safety: passive suicidal thoughts without plan or intent at admission; C-SSRS screen negative at discharge on
09/29/2026, denies suicidal ideation.
Medications:
- Fluoxetine: started 06/15/2026 at 10 mg by his pediatrician, 20 mg from 07/13/2026, increased to 30 mg on
  09/15/2026 in the program. Continues; partial response so far.
- Hydroxyzine 25 mg at bedtime as needed for sleep since August 2026. Continues.
- History: sertraline 50 mg from March 2023 to May 2024 for an earlier depressive episode, with remission; tapered
  off after a year well.
Course: attended every scheduled day; family sessions weekly with his mother.
Discharge plan: weekly individual therapy and monthly medication management; back at school full days from
10/01/2026.
""",
    "other/authorized-representative-designation-2026-10-26.txt": """
ASPEN PEAK KIDS HEALTH PLAN (FICTIONAL) - DESIGNATION OF AN AUTHORIZED REPRESENTATIVE          Page 1

Member: Tobias Ferreira-Quill    Member ID: FICT-APK-557301942    DOB: 04/19/2011
I, Rosalind Ferreira-Quill, parent and legal guardian of the member, who is a minor, name Front Range Youth
Behavioral Health, acting through its utilization review and billing coordinator Dana Whitlock-Osei, to file and
pursue an appeal for me about claim APK-26-1012-440918, and to receive the member's health information for that
purpose.
Signed: Rosalind Ferreira-Quill (signature on file)      Date: 10/26/2026
""",
}

TRUTH = """
# 01 - Separate CHIP: PHP days denied "no authorization on file"; the plan approved them and loaded the approval under the brother's ID; first plan appeal (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Tobias Ferreira-Quill, 15 (DOB 04/19/2011), member FICT-APK-557301942 of **Aspen Peak Kids Health Plan**, a
  managed care plan of the state's **separate CHIP** (Colorado address).
- He attended **16 program days** of the Ridgeview Adolescent Partial Hospitalization Program (Front Range Youth
  Behavioral Health, a network provider), **09/08/2026 through 09/29/2026** (weekdays; 09/07 was Labor Day), H0035,
  $450 a day, $7,200 in all. Discharged 09/29/2026; nothing is pending.
- The program asked for authorization on **09/04/2026** (UR call log, 10:42 am); the plan approved it on the call
  and by letter of **09/04/2026**: authorization **BH-26-0904-77315**, 10 days, 09/08-09/21/2026. On concurrent
  review, **09/18/2026**, it extended the same authorization by 8 days to **10/02/2026**: **18 days in all,
  09/08/2026 through 10/02/2026**. Both letters name Tobias and his member ID.
- The plan's own portal (printed 10/22/2026) finds **no authorization under Tobias's ID** and shows
  BH-26-0904-77315 under **Lucas Ferreira-Quill**, his brother (FICT-APK-557301950, DOB 09/02/2013), with 18 units
  approved and 0 used. The program gave Tobias's ID on the call (call log).
- The EOB of **10/20/2026** denied all 16 days **CO-197**, "No authorization on file". Every date of service is
  within the approval's dates, and 16 days given are within the 18 approved.
- Stage: the plan's own appeal (post-service), **60 days from the notice: by 12/19/2026** (42 CFR 457.1260,
  applying 438.402(c)(2)(ii); the EOB says the same); standard decision within 30 days. After it: the state's CHIP
  review (42 CFR 457.1130(b)), not a Medicaid fair hearing.
- Author: the program's utilization review and billing coordinator, Dana Whitlock-Osei, as the member's authorized
  representative by his mother's designation of 10/26/2026 (the patient is a minor). She is not a clinician.

## Deliberately unknown
- What the plan will pay per day (its CHIP rate) and whether the family owes any cost sharing: no amount owed may
  be promised beyond asking that the claim be paid under the authorization.
- Whether the plan has other claims wrongly pended against Lucas's ID (none shown).
- How the plan came to load the authorization under the wrong member (only that it did: portal printout).

## Traps
- **The plan approved the care.** This is not a missing authorization: a letter that explains why authorization
  was not obtained, asks for a *retroactive* authorization, or pleads urgency or an emergency is FALSE to the
  record. The request is to honor BH-26-0904-77315 and correct the plan's record of it.
- **Another patient on the documents:** Lucas Ferreira-Quill appears on the portal printout (the wrong entry) and on
  the EOB (a paid 10/06/2026 pediatric visit). His name belongs only in the sentence saying the plan entered the
  authorization under his ID; his visit, DOB or diagnosis must not be attributed to Tobias, and his paid claim is
  not part of the appeal.
- **Two approval letters, one authorization:** 10 days first (09/04), extended to 18 (09/18). A letter that says only
  10 days were approved, or that days after 09/21 were unapproved, is FALSE.
- **Dates of a program, not an inpatient stay:** 16 program days from 09/08 through 09/29 (not every calendar day,
  not "admitted to the hospital", not "inpatient"). 18 approved, 16 used: never "more days than approved".
- **Not a medical judgment:** no medical-necessity argument, no count of failed trials, no evidence paragraph, no
  peer-to-peer, no request for a psychiatrist reviewer as the main request. If the history is mentioned: fluoxetine
  is **continuing** with a partial response (never "failed" or stopped); hydroxyzine is a sleep medicine (not a
  trial); sertraline 2023-24 brought **remission** of an earlier episode (never a failure).
- **Suicidality:** passive thoughts at admission (09/08), none at discharge (C-SSRS negative 09/29): never "current
  suicidal ideation". He is back at school full days (never "out of school").
- **Wrong law:** a separate CHIP plan: 42 CFR 457.1260 (applying the Medicaid managed care appeal rules) and
  457.1130(b). Not EPSDT, not a Medicaid state fair hearing, no continuation of benefits under 438.420 (nothing to
  continue, and 457.1260 does not apply it), not ERISA, not the state insurance department's external review as the
  next level.
- **Voice:** the coordinator writes about "Tobias" as his authorized representative, for the program; never "I
  treated", never as his physician, never in the member's or the mother's first person.

## Arguments a strong letter makes (strongest first)
1. The plan approved this care: authorization **BH-26-0904-77315** (notice of 09/04/2026, extended on 09/18/2026)
   covers H0035 at Ridgeview from 09/08/2026 through 10/02/2026, 18 days; all 16 program days billed (09/08-09/29)
   fall within those dates and that count. Ask that the claim be reprocessed and paid under it.
2. The denial's "no authorization on file" comes from the plan's own data-entry error: its portal shows the
   authorization under Lucas Ferreira-Quill's ID (FICT-APK-557301950) with 0 units used, and none under Tobias's;
   the program gave Tobias's ID when it asked (call log), and both approval letters name Tobias. Ask the plan to
   move the authorization to Tobias's record so no later claim is denied the same way.
3. Enclose the two approval letters, the portal printout, the call log and the designation; ask for a decision within
   the plan's 30 days (42 CFR 457.1260, applying 438.408(b)(2)).

## What a letter must NOT say
- "authorization was not obtained / was missing / was not requested", "retroactive authorization", "emergency",
  "urgent", "we could not reach the plan before treatment".
- "10 days approved" as the whole approval; "more days than approved"; "inpatient", "hospital stay", "admitted to
  the hospital"; "remaining program days".
- "medically necessary" as the ground, "failed fluoxetine", "failed sertraline", "failed hydroxyzine", a count of
  failed trials; "currently suicidal"; "out of school".
- Lucas's visit, DOB or ID as Tobias's.
- "EPSDT", "42 U.S.C. 1396d(r)(5)", "state fair hearing", "438.420", "continued benefits", "ERISA", "29 CFR
  2560.503-1".
- "I treated Tobias", "as his physician", "Dr. Whitlock-Osei".
"""

ANSWERS = [
    ("denial/eob-2026-10-20.txt", "CO-197: Precertification/authorization/notification absent"),
    ("denial/eob-2026-10-20.txt", "09/08/2026 - 09/29/2026     H0035   16"),
    ("denial/eob-2026-10-20.txt", "within 60 days of the date of this notice"),
    ("denial/eob-2026-10-20.txt", "PATIENT: LUCAS FERREIRA-QUILL"),
    ("other/ur-call-log-2026-09-04.txt", "Member ID FICT-APK-557301942"),
    ("other/ur-call-log-2026-09-04.txt", "authorization BH-26-0904-77315"),
    ("other/authorization-approval-2026-09-04.txt", "Approved: 10 days, 09/08/2026 through 09/21/2026"),
    ("other/authorization-approval-2026-09-04.txt", "Member ID: FICT-APK-557301942"),
    ("other/concurrent-review-approval-2026-09-18.txt", "Total approved under this authorization: 18 days, 09/08/2026 through 10/02/2026"),
    ("other/provider-portal-authorization-printout-2026-10-22.txt", "No authorizations found for this member"),
    ("other/provider-portal-authorization-printout-2026-10-22.txt", "Member: LUCAS FERREIRA-QUILL    Member ID: FICT-APK-557301950"),
    ("other/provider-portal-authorization-printout-2026-10-22.txt", "Units approved: 18    Units used: 0"),
    ("clinical/php-discharge-summary-2026-09-29.txt", "Program days attended: 16 of 16 scheduled"),
    ("clinical/php-discharge-summary-2026-09-29.txt", "Continues; partial response so far"),
    ("clinical/php-discharge-summary-2026-09-29.txt", "as needed for sleep"),
    ("clinical/php-discharge-summary-2026-09-29.txt", "for an earlier depressive episode, with remission"),
    ("clinical/php-discharge-summary-2026-09-29.txt", "C-SSRS screen negative at discharge"),
    ("clinical/php-discharge-summary-2026-09-29.txt", "back at school full days from 10/01/2026"),
    ("other/authorized-representative-designation-2026-10-26.txt", "acting through its utilization review and billing coordinator Dana Whitlock-Osei"),
]
