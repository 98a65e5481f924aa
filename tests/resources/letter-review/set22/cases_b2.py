"""Cases 07-08 of the FICTIONAL blind review set 22 (issue 18). Every person, plan, provider, number and address is
invented. Written blind: no template, argument block or letter of appeal-kit was read."""

# ---------------------------------------------------------------------------------------------------------------
# 07 - insured employer plan: coding (psychotherapy add-on "bundled" into the E/M visit); second-level appeal;
#      psychotherapy with a medication-management visit; the clinic's billing manager writes
# ---------------------------------------------------------------------------------------------------------------
C07_YAML = """
# FICTIONAL CASE (set 22, case 07) - every person, plan, provider, number and address is invented.
# Insured employer plan: on three visit days (06/10, 07/08, 08/05/2026) the psychiatrist billed 99214 with the
# psychotherapy add-on 90833; the E/M was paid and 90833 denied CO-97 ("included in another service"). The
# first-level decision (10/16/2026) upheld: "incidental to 99214 ... without modifier 25" and "the records do not
# document the time spent in psychotherapy separately". The plan's own 2026 reimbursement policy RP-BH-017 pays the
# add-on with an E/M and says modifier 25 is not required; each note records separate psychotherapy time (30, 26,
# 33 minutes). The 09/02 visit (12 minutes of psychotherapy) was billed with 99214 alone and is not appealed.
# Second-level appeal, by the clinic's billing manager as the member's authorized representative.
patient:
  name: Dorian Vasquez-Ellingsen
  salutation: Mr. Vasquez-Ellingsen
  date_of_birth: 1988-01-30
  member_id: FICT-ASH-PA-55102843
  address: |-
    76 Slate Run Terrace
    Carrick Hollow, PA 15210
  phone: (412) 555-0117
  email: dorian.ve@homemail.example
insurer:
  name: Allegheny Summit Health Insurance Company (FICTIONAL), insurer of the Monongahela Valley Glassworks employee health plan
  appeals_address: |-
    Allegheny Summit Health Insurance Company, Appeals Unit
    PO Box 71804
    Harmony Station, PA 15230
  fax: (412) 555-0189
claim:
  number: ASH-APL-26-0917-3306
  plan_type: employer_erisa
  funding: insured
  notice_date: 2026-08-21
  stage: second level
  service_dates: [2026-06-10, 2026-07-08, 2026-08-05]
  procedure_codes: ["99214", "90833"]
  diagnosis_codes: [F31.81]
  carc_codes: [CO-97]
  denial_reason: >-
    CO-97: The benefit for this service is included in the payment or allowance for another service or procedure
    that has already been adjudicated. 90833 is not payable with 99214 billed on the same date.
  denial_category: coding_billing
  coding_correct: true
  action: none
plan_policy:
  name: Allegheny Summit Reimbursement Policy RP-BH-017, Psychotherapy add-on codes with evaluation and management services (effective 01/01/2026)
  number: RP-BH-017
  quote: >-
    The Plan reimburses the add-on psychotherapy codes 90833, 90836 and 90838 in addition to an evaluation and
    management (E/M) service reported on the same date by the same physician or other qualified practitioner when
    ALL of the following are documented: (a) the E/M service is significant and separately identifiable; (b) the
    psychotherapy time is recorded separately and does not include time spent on the E/M service; (c) the
    psychotherapy time meets the code's time threshold (90833: at least 16 minutes). Modifier 25 is not required on
    the E/M service for this combination. When psychotherapy is reported, the E/M level is chosen by medical
    decision making, not by time.
  file: other/reimbursement-policy-rp-bh-017-2026.txt
  other_terms: >-
    Section 9.3: A post-service claim may be appealed at two levels. A second-level appeal must be filed within 60
    days of the first-level decision. We decide each level within 30 days after we receive it. External review is
    available for a final adverse determination that involves medical judgment or a rescission of coverage.
  other_terms_file: other/certificate-of-coverage-appeals-excerpt.txt
payer_criteria:
  - criterion: "(a) The E/M service is significant and separately identifiable"
    how_met: >-
      Each note records a medication-management visit of its own: the lamotrigine response, rash and side-effect
      review, mood charting and a prescription decision, with the E/M level (99214) set by moderate medical decision
      making.
    met: true
    evidence: {file: clinical/progress-notes-2026-06-10-to-2026-09-02.txt, page: 1}
  - criterion: "(b) The psychotherapy time is recorded separately and does not include time spent on the E/M service"
    how_met: >-
      Each note records the psychotherapy's start and end times, after the E/M portion: 06/10/2026 10:22-10:52 (30
      minutes), 07/08/2026 14:05-14:31 (26 minutes), 08/05/2026 09:40-10:13 (33 minutes), each marked "separate
      from the E/M".
    met: true
    evidence: {file: clinical/progress-notes-2026-06-10-to-2026-09-02.txt, page: 1}
  - criterion: "(c) The psychotherapy time meets the code's time threshold (90833: at least 16 minutes)"
    how_met: 30, 26 and 33 minutes on the three dates appealed, each above 16 minutes.
    met: true
    evidence: {file: clinical/progress-notes-2026-06-10-to-2026-09-02.txt, page: 1}
decisions:
  - date: 2026-10-16
    outcome: denied
    stage: first level appeal
    opens: second level
    next_deadline: 2026-12-15
    reason: >-
      Upheld. Our claim editing system identifies CPT 90833 as incidental to CPT 99214 when both are billed on the
      same date without modifier 25 on the E/M service. In addition, the records submitted do not document the time
      spent in psychotherapy separately from the E/M service.
    corrections:
      - said: Our claim editing system identifies CPT 90833 as incidental to CPT 99214 when both are billed on the same date without modifier 25 on the E/M service
        record: >-
          The plan's own Reimbursement Policy RP-BH-017, effective 01/01/2026, pays 90833 in addition to a same-day
          E/M service when its three conditions are documented, and states that modifier 25 is not required for this
          combination
        file: other/reimbursement-policy-rp-bh-017-2026.txt
        page: 1
      - said: the records submitted do not document the time spent in psychotherapy separately from the E/M service
        record: >-
          Each progress note records the psychotherapy's start and end times, separate from the E/M: 30 minutes on
          06/10/2026, 26 minutes on 07/08/2026 and 33 minutes on 08/05/2026
        file: clinical/progress-notes-2026-06-10-to-2026-09-02.txt
        page: 1
treatment:
  name: Psychotherapy added to a medication-management visit (90833 with 99214)
  summary: >-
    Monthly visits with the treating psychiatrist combining medication management for bipolar II disorder with
    about half an hour of psychotherapy (cognitive behavioral and interpersonal work), recorded separately.
clinical:
  severity: PHQ-9 14 on 06/10/2026; PHQ-9 9 on 09/02/2026
  severity_date: 2026-09-02
  suicidality: none
  suicidality_date: 2026-09-02
  history:
    - drug: Sertraline
      dose: 50 mg daily
      start: 2021-02
      end: 2021-03
      outcome: Stopped after 5 weeks for a hypomanic switch
      adequate: false
      evidence: {file: clinical/progress-notes-2026-06-10-to-2026-09-02.txt, page: 1}
    - drug: Lamotrigine
      dose: 200 mg daily
      start: 2021-06
      ongoing: true
      outcome: Continues; partial response
      response: partial
      evidence: {file: clinical/progress-notes-2026-06-10-to-2026-09-02.txt, page: 1}
    - drug: Hydroxyzine
      dose: 25 mg at bedtime as needed
      start: 2025-11
      ongoing: true
      kind: other
      outcome: For sleep
      evidence: {file: clinical/progress-notes-2026-06-10-to-2026-09-02.txt, page: 1}
author:
  name: Marisol Trevino-Kaplan
  role: Billing and revenue cycle manager (CPC), Three Rivers Psychiatric Associates, the member's authorized representative
  relation: representative
  address: |-
    Three Rivers Psychiatric Associates, 510 Foundry Landing, Suite 300
    Carrick Hollow, PA 15219
  phone: (412) 555-0163
  email: billing@threeriverspsych.example
  authorization: other/authorized-representative-designation-2026-09-10.txt
provider:
  name: Hollis Adeyemi-Brandt
  credentials: MD, psychiatry
  npi: "1946203811"
  phone: (412) 555-0160
  address: |-
    Three Rivers Psychiatric Associates, 510 Foundry Landing, Suite 300
    Carrick Hollow, PA 15219
employer:
  name: Monongahela Valley Glassworks, Inc., Human Resources (benefits)
  address: |-
    1 Furnace Street
    Carrick Hollow, PA 15207
template: medical-necessity
bates_prefix: VASQUEZELLINGSEN
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

C07_DOCS = {
    "denial/eob-2026-08-21.txt": """
ALLEGHENY SUMMIT HEALTH INSURANCE COMPANY (FICTIONAL)
Monongahela Valley Glassworks employee health plan (insured group policy)
EXPLANATION OF BENEFITS - THIS IS NOT A BILL                    Date: 08/21/2026              Page 1

Member: Dorian Vasquez-Ellingsen       Member ID: FICT-ASH-PA-55102843
Provider: Three Rivers Psychiatric Associates (Hollis Adeyemi-Brandt, MD) - network

Claim                 Date of service   Code    Billed    Allowed   Paid      Code
ASH-26-0612-118804    06/10/2026        99214   $210.00   $148.40   $118.40   ($30 copay)
                                        90833   $120.00   $0.00     $0.00     CO-97
ASH-26-0710-120519    07/08/2026        99214   $210.00   $148.40   $118.40   ($30 copay)
                                        90833   $120.00   $0.00     $0.00     CO-97
ASH-26-0807-122978    08/05/2026        99214   $210.00   $148.40   $118.40   ($30 copay)
                                        90833   $120.00   $0.00     $0.00     CO-97

CO-97: The benefit for this service is included in the payment or allowance for another service or procedure that
has already been adjudicated. 90833 is not payable with 99214 billed on the same date.

Your right to appeal: you may appeal within 180 days after you receive this notice. See Section 9.3 of your
certificate. Write to Allegheny Summit Health Insurance Company, Appeals Unit, PO Box 71804, Harmony Station, PA
15230, or fax (412) 555-0189.
""",
    "denial/first-level-appeal-decision-2026-10-16.txt": """
ALLEGHENY SUMMIT HEALTH INSURANCE COMPANY (FICTIONAL) - APPEALS UNIT
FIRST-LEVEL APPEAL DECISION                                     Date: 10/16/2026              Page 1

Member: Dorian Vasquez-Ellingsen    Member ID: FICT-ASH-PA-55102843    Appeal: ASH-APL-26-0917-3306
Filed 09/17/2026 by Three Rivers Psychiatric Associates as the member's authorized representative.
Claims: ASH-26-0612-118804, ASH-26-0710-120519, ASH-26-0807-122978 (90833 on 06/10, 07/08 and 08/05/2026).

Decision: Upheld. Our claim editing system identifies CPT 90833 as incidental to CPT 99214 when both are billed on
the same date without modifier 25 on the E/M service. In addition, the records submitted do not document the time
spent in psychotherapy separately from the E/M service.
Reviewed by: Claims Appeals Specialist, Coding Review.

Your right to a second-level appeal: you may ask for a second-level appeal within 60 days of the date of this
letter (by 12/15/2026). Send it to the Appeals Unit at the address above.
""",
    "other/reimbursement-policy-rp-bh-017-2026.txt": """
ALLEGHENY SUMMIT HEALTH INSURANCE COMPANY (FICTIONAL) - REIMBURSEMENT POLICY                       Page 1
RP-BH-017  Psychotherapy add-on codes with evaluation and management services
Effective: 01/01/2026    Applies to: all commercial group and individual plans    Replaces: RP-BH-017 (2024)

Policy
The Plan reimburses the add-on psychotherapy codes 90833, 90836 and 90838 in addition to an evaluation and
management (E/M) service reported on the same date by the same physician or other qualified practitioner when ALL
of the following are documented: (a) the E/M service is significant and separately identifiable; (b) the
psychotherapy time is recorded separately and does not include time spent on the E/M service; (c) the
psychotherapy time meets the code's time threshold (90833: at least 16 minutes). Modifier 25 is not required on
the E/M service for this combination. When psychotherapy is reported, the E/M level is chosen by medical decision
making, not by time.

Not separately reimbursed: a psychotherapy add-on code without a same-day E/M service; psychotherapy under the
threshold time.
""",
    "other/certificate-of-coverage-appeals-excerpt.txt": """
ALLEGHENY SUMMIT HEALTH INSURANCE COMPANY (FICTIONAL) - GROUP CERTIFICATE OF COVERAGE (excerpt)     Page 1
Group: Monongahela Valley Glassworks, Inc.

Section 9.3 Appeals of post-service claims
A post-service claim may be appealed at two levels. A first-level appeal must be filed within 180 days after you
receive the adverse benefit determination. A second-level appeal must be filed within 60 days of the first-level
decision. We decide each level within 30 days after we receive it. You may name an authorized representative, such
as your provider, in writing. External review is available for a final adverse determination that involves medical
judgment or a rescission of coverage.
""",
    "other/authorized-representative-designation-2026-09-10.txt": """
ALLEGHENY SUMMIT HEALTH INSURANCE COMPANY (FICTIONAL) - DESIGNATION OF AUTHORIZED REPRESENTATIVE     Page 1

Member: Dorian Vasquez-Ellingsen     Member ID: FICT-ASH-PA-55102843
I designate Three Rivers Psychiatric Associates, through its billing and revenue cycle manager, Marisol
Trevino-Kaplan, as my authorized representative for all levels of appeal of the denial of 90833 on my claims for
06/10, 07/08 and 08/05/2026, and I authorize the release of my health information for that purpose.
Signed: Dorian Vasquez-Ellingsen (signature on file)        Date: 09/10/2026
""",
    "other/remittance-advice-2026-08-21.txt": """
ALLEGHENY SUMMIT HEALTH INSURANCE COMPANY (FICTIONAL) - PROVIDER REMITTANCE ADVICE (835 printout)   Page 1
Payee: Three Rivers Psychiatric Associates     Payment date: 08/21/2026     Check/EFT: EFT-26-0821-55718

Patient: VASQUEZ-ELLINGSEN, DORIAN   Claim ASH-26-0807-122978   DOS 08/05/2026
  99214  billed 210.00  allowed 148.40  paid 118.40  PR-3 30.00
  90833  billed 120.00  allowed 0.00    paid 0.00    CO-97 120.00
Patient: KOWALCZYK, TERESA   Claim ASH-26-0809-123150   DOS 08/07/2026
  90837  billed 190.00  allowed 141.20  paid 141.20
Total paid this remittance: 259.60
""",
    "clinical/progress-notes-2026-06-10-to-2026-09-02.txt": """
THREE RIVERS PSYCHIATRIC ASSOCIATES (FICTIONAL) - PROGRESS NOTES (four visits)                     Page 1
Patient: Dorian Vasquez-Ellingsen   DOB 01/30/1988   Psychiatrist: Hollis Adeyemi-Brandt, MD
Diagnosis: F31.81 bipolar II disorder, current episode depressed. History: sertraline 50 mg in February - March
2021, stopped after 5 weeks for a hypomanic switch; lamotrigine 200 mg daily since June 2021: continues; partial
response; hydroxyzine 25 mg at bedtime as needed for sleep since November 2025.

06/10/2026  E/M (medication management): mood chart reviewed; partial response to lamotrigine; no rash; sleep
fair; lamotrigine continued at 200 mg; PHQ-9 14; denies suicidal ideation. E/M level by medical decision making
(moderate): 99214. Psychotherapy 10:22-10:52 (30 minutes), separate from the E/M: cognitive behavioral work on
rumination and activity scheduling. 90833.
07/08/2026  E/M: side effects reviewed; hydroxyzine use twice a week; lamotrigine continued; PHQ-9 12; denies
suicidal ideation. MDM moderate: 99214. Psychotherapy 14:05-14:31 (26 minutes), separate from the E/M:
interpersonal work on a work conflict. 90833.
08/05/2026  E/M: early-summer dip reviewed; no hypomanic signs; lamotrigine continued; PHQ-9 11; denies suicidal
ideation. MDM moderate: 99214. Psychotherapy 09:40-10:13 (33 minutes), separate from the E/M: relapse-prevention
plan. 90833.
09/02/2026  E/M: stable; lamotrigine continued; PHQ-9 9; denies suicidal ideation. MDM moderate: 99214.
Psychotherapy 11:15-11:27 (12 minutes), brief supportive check-in; under the add-on threshold, not billed. 99214
only.
""",
}

C07_TRUTH = """
# 07 - Insured employer plan: the psychotherapy add-on 90833 denied as "bundled" with 99214; the plan's own 2026 payment policy pays it without modifier 25; second-level appeal by the clinic's billing manager (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Dorian Vasquez-Ellingsen, 38 (DOB 01/30/1988), covered by his employer's **insured** group plan (Monongahela
  Valley Glassworks; insurer Allegheny Summit). ERISA plan, insured. F31.81 (bipolar II disorder, current episode
  depressed).
- Three visits with his psychiatrist, **06/10, 07/08 and 08/05/2026**, each billed **99214 + 90833** (the
  psychotherapy add-on). The EOB of **08/21/2026** paid each 99214 and denied each 90833 **CO-97** ("included in
  ... another service"; "not payable with 99214 billed on the same date"): $120 x 3 = $360 billed.
- The plan's own **Reimbursement Policy RP-BH-017, effective 01/01/2026**: 90833 is paid **in addition to** a
  same-day E/M when (a) the E/M is separately identifiable, (b) the psychotherapy time is recorded separately, (c)
  it meets the threshold (at least 16 minutes); "**Modifier 25 is not required**"; the E/M level is chosen by
  medical decision making.
- The notes meet every condition: a distinct medication-management E/M (99214 by moderate MDM) and psychotherapy
  with **start and end times**: **30** (06/10), **26** (07/08) and **33** (08/05) minutes, "separate from the E/M".
- First-level appeal filed 09/17/2026 by the clinic; decision **10/16/2026** upheld on two grounds the record
  contradicts: "incidental to 99214 ... **without modifier 25**" (the plan's own policy: modifier 25 not required)
  and "the records ... do not document the time spent in psychotherapy separately" (they do, with clock times).
- **09/02/2026**: psychotherapy was 12 minutes, under the threshold; the clinic billed **99214 alone**. It is **not**
  part of the appeal.
- The claims were **correctly coded** (`coding_correct: true`); no corrected claim is needed or was sent.
- Stage: **second-level** internal appeal (certificate 9.3), within **60 days** of 10/16/2026, by **12/15/2026**;
  decided within **30 days** of receipt. Author: the clinic's **billing and revenue cycle manager** (CPC), the
  member's **authorized representative** (designation of 09/10/2026), not a clinician.

## Deliberately unknown
- What the plan's fee schedule allows for 90833 (the EOB allowed $0; the amount owed is not in the case).
- Which claim-editing product the plan uses and why it fired (the decision does not say).
- Whether RP-BH-017 (2024), which the 2026 policy replaced, required modifier 25 (not in the case; irrelevant to
  2026 dates).

## Traps
- **The decision's two stated grounds** are contradicted: the plan's own policy says modifier 25 is not required,
  and the notes record separate psychotherapy time. A letter that concedes either, or asks to **add modifier 25**
  or sends a "corrected claim", concedes an error that did not happen.
- **09/02/2026** is not appealed: no 90833 was billed that day (12 minutes). A letter that asks for four dates or
  says "four visits denied" is FALSE.
- **Other patient on the remittance advice** (Teresa Kowalczyk's 08/07 claim): never mention her.
- **E/M level by MDM, not time**: a letter must not say the 99214 was chosen by time or that the visit's total time
  supports it.
- **Not a medical judgment**: no medical-necessity argument, no literature, no peer-to-peer, no clinical reviewer,
  no trial count. Lamotrigine **continues** with a partial response (never "failed"); sertraline 2021 was stopped for
  a **hypomanic switch** (an adverse effect, not an inadequate response); hydroxyzine is for **sleep**.
- **No external review**: the certificate offers it only for medical judgment or rescission; a coding denial has
  none. A letter must not request or promise it.
- **Voice**: a billing manager for the member ("Mr. Vasquez-Ellingsen"), never "I treated", "as his physician",
  "Dr. Trevino-Kaplan", never the member's first person.
- **Wrong law**: not Medicare (no NCCI, no "CMS edits" as the rule); an insured ERISA plan: the ERISA claims rule
  (29 CFR 2560.503-1) and the certificate govern; not 45 CFR 147.136(b)(3) (individual), not Medicaid.

## Arguments a strong letter makes (strongest first)
1. The plan's **own 2026 Reimbursement Policy RP-BH-017** pays 90833 in addition to a same-day E/M when (a)-(c)
   are documented and says **modifier 25 is not required**; the first-level decision's "incidental ... without
   modifier 25" is contrary to it.
2. Each condition is met on each date: separate medication-management E/M (99214 by moderate MDM); psychotherapy
   recorded with clock times, **30, 26 and 33 minutes**, separate from the E/M, above the 16-minute threshold. The
   decision's "do not document the time ... separately" is contradicted by the notes.
3. The claims were correctly coded; ask the plan to reverse the first-level decision and pay 90833 on **06/10,
   07/08 and 08/05/2026** (claims ASH-26-0612-118804, -0710-120519, -0807-122978), and to send the edit criteria
   it applied if it does not.

## What a letter must NOT say
- "modifier 25 was missing"/"we add modifier 25", "corrected claim", "the records lacked psychotherapy time".
- "09/02/2026" as a date appealed, "four dates of service", "$480".
- Anything about Teresa Kowalczyk.
- "medically necessary" as the ground, "failed lamotrigine", "failed sertraline", "external review", "peer-to-peer".
- "NCCI", "Medicare", "CMS edits" as the rule; "45 CFR 147.136(b)(3)"; "as his physician", "Dr. Trevino-Kaplan".
"""

C07_EXPECT = [
    ("denial/eob-2026-08-21.txt", "CO-97"),
    ("denial/eob-2026-08-21.txt", "90833 is not payable with 99214 billed on the same date"),
    ("denial/eob-2026-08-21.txt", "ASH-26-0612-118804"),
    ("denial/first-level-appeal-decision-2026-10-16.txt", "without modifier 25 on the E/M service"),
    ("denial/first-level-appeal-decision-2026-10-16.txt", "do not document the time spent in psychotherapy separately"),
    ("denial/first-level-appeal-decision-2026-10-16.txt", "(by 12/15/2026)"),
    ("other/reimbursement-policy-rp-bh-017-2026.txt", "Modifier 25 is not required on the E/M service for this combination"),
    ("other/reimbursement-policy-rp-bh-017-2026.txt", "Effective: 01/01/2026"),
    ("other/reimbursement-policy-rp-bh-017-2026.txt", "(90833: at least 16 minutes)"),
    ("other/reimbursement-policy-rp-bh-017-2026.txt", "chosen by medical decision making, not by time"),
    ("other/certificate-of-coverage-appeals-excerpt.txt", "within 60 days of the first-level decision"),
    ("other/certificate-of-coverage-appeals-excerpt.txt", "involves medical judgment or a rescission of coverage"),
    ("other/authorized-representative-designation-2026-09-10.txt", "Marisol Trevino-Kaplan"),
    ("other/remittance-advice-2026-08-21.txt", "KOWALCZYK, TERESA"),
    ("clinical/progress-notes-2026-06-10-to-2026-09-02.txt", "Psychotherapy 10:22-10:52 (30 minutes), separate from the E/M"),
    ("clinical/progress-notes-2026-06-10-to-2026-09-02.txt", "Psychotherapy 14:05-14:31 (26 minutes), separate from the E/M"),
    ("clinical/progress-notes-2026-06-10-to-2026-09-02.txt", "Psychotherapy 09:40-10:13 (33 minutes), separate from the E/M"),
    ("clinical/progress-notes-2026-06-10-to-2026-09-02.txt", "under the add-on threshold, not billed. 99214 only"),
    ("clinical/progress-notes-2026-06-10-to-2026-09-02.txt", "stopped after 5 weeks for a hypomanic switch"),
    ("clinical/progress-notes-2026-06-10-to-2026-09-02.txt", "lamotrigine 200 mg daily since June 2021: continues; partial response"),
]

# ---------------------------------------------------------------------------------------------------------------
# 08 - church plan, insured: experimental (IV ketamine); expedited external review after the expedited internal
#      appeal; TRD with active suicidal ideation; the treating psychiatrist writes
# ---------------------------------------------------------------------------------------------------------------
C08_YAML = """
# FICTIONAL CASE (set 22, case 08) - every person, plan, provider, number and address is invented.
# Insured church plan (a diocese's lay employees' plan, not ERISA): six IV ketamine infusions for treatment-resistant
# depression with active suicidal ideation denied 11/24/2026 as experimental under MP-PSY-112 Section 1. Section 2 of
# the same policy makes a course of up to 6 infusions medically necessary when 2.1-2.5 are met, and every one is.
# The expedited internal appeal was upheld 12/01/2026 on "passive death wish only (10/20/2026)" (the 11/23 note sent
# with the appeal shows active ideation, C-SSRS 3; 11/30 and 12/03: C-SSRS 4) and "ECT has not been tried" (2.3
# asks only that ECT be considered and be unavailable within 14 days: first opening 01/12/2027). The treating
# psychiatrist asks for expedited external review.
patient:
  name: Bartholomew Nwachukwu-Sandoval
  salutation: Mr. Nwachukwu-Sandoval
  date_of_birth: 1979-11-05
  member_id: FICT-PCL-DM-30871146
  address: |-
    2209 Cottonwood Bluff Drive
    Marlowe Springs, KS 66604
  phone: (785) 555-0121
  email: bart.ns@homemail.example
insurer:
  name: Prairie Covenant Life and Health Insurance Company (FICTIONAL), insurer of the Diocese of Marlowe Lay Employees Health Plan
  appeals_address: |-
    Prairie Covenant Life and Health Insurance Company, Appeals
    PO Box 44170
    Marlowe Springs, KS 66601
  fax: (785) 555-0172
claim:
  number: PCL-UM-26-1120-88514
  plan_type: church
  funding: insured
  notice_date: 2026-11-24
  urgent: true
  pending_services: 6
  procedure_codes: ["96365", J3490]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    Intravenous ketamine is considered experimental/investigational for the treatment of depression and other
    psychiatric conditions (Medical Policy MP-PSY-112, Section 1). The request is denied.
  denial_category: experimental_investigational
  reviewer: {name: "Gordon Feld, MD", specialty: internal medicine}
  action: none
plan_policy:
  name: Prairie Covenant Medical Policy MP-PSY-112, Ketamine and esketamine for psychiatric conditions (revised 07/2026)
  number: MP-PSY-112
  quote: >-
    Section 1. Intravenous racemic ketamine is considered experimental/investigational for all psychiatric
    indications, including treatment-resistant depression, except as stated in Section 2.
  file: other/medical-policy-mp-psy-112-2026.txt
  exception: >-
    Section 2. Exception. A course of up to 6 intravenous ketamine infusions within 3 weeks is considered medically
    necessary, and not experimental/investigational, for an adult with major depressive disorder when ALL of the
    following are met: 2.1 a current major depressive episode with active suicidal ideation documented within the
    past 14 days (Columbia Suicide Severity Rating Scale ideation level 3 or higher); 2.2 an inadequate response to
    at least two antidepressants from different classes, each at an adequate dose for at least 6 weeks, in the
    current episode; 2.3 electroconvulsive therapy (ECT) has been considered and is contraindicated, has been
    declined by the member after an informed discussion, or cannot be started within 14 days; 2.4 the infusions are
    given in a facility with continuous cardiac and oxygen saturation monitoring, supervised by a physician
    credentialed in procedural sedation or anesthesia, with resuscitation equipment on site; 2.5 no current
    psychotic features, no active substance use disorder other than tobacco, and no uncontrolled hypertension.
    Infusions beyond 6 remain experimental/investigational.
  comparator:
    name: Prairie Covenant Medical Policy MP-RX-010, Off-label use of FDA-approved drugs (medical and surgical conditions)
    quote: >-
      An FDA-approved drug used for an indication not in its labeling is covered for a medical or surgical condition
      when the use is supported by (a) a recognized drug compendium or (b) at least two peer-reviewed published
      controlled clinical trials.
    file: other/medical-policy-mp-rx-010-excerpt.txt
payer_criteria:
  - criterion: "2.1 A current major depressive episode with active suicidal ideation documented within the past 14 days (C-SSRS ideation level 3 or higher)"
    how_met: >-
      C-SSRS ideation level 3 on 11/23/2026 (active thoughts with a method, no intent or plan), level 4 on
      11/30/2026 and 12/03/2026 (active ideation with some intent, no specific plan); MADRS 38-40.
    met: true
    evidence:
      - {file: clinical/psychiatry-note-2026-11-23.txt, page: 1}
      - {file: clinical/psychiatry-note-2026-11-30.txt, page: 1}
      - {file: clinical/psychiatry-note-2026-12-03.txt, page: 1}
  - criterion: "2.2 An inadequate response to at least two antidepressants from different classes, each at an adequate dose for at least 6 weeks, in the current episode"
    how_met: >-
      Current episode since February 2025: sertraline (an SSRI) 200 mg daily for 16 weeks, March - July 2025, no
      response; venlafaxine XR (an SNRI) 225 mg daily since September 2025, still taken, partial response only.
    met: true
    evidence:
      - {file: clinical/psychiatry-note-2026-11-23.txt, page: 1}
      - {file: other/pharmacy-fill-history-2026-11-24.txt, page: 1}
  - criterion: "2.3 ECT has been considered and is contraindicated, has been declined after an informed discussion, or cannot be started within 14 days"
    how_met: >-
      ECT was considered at a consultation on 11/18/2026; he is willing to have it, but the Marlowe General ECT
      service's first opening is 01/12/2027, 55 days after the consultation.
    met: true
    evidence: {file: other/ect-service-letter-2026-11-19.txt, page: 1}
  - criterion: "2.4 A facility with continuous cardiac and oxygen saturation monitoring, supervised by a physician credentialed in procedural sedation or anesthesia, with resuscitation equipment on site"
    how_met: >-
      Flint Hills Interventional Psychiatry's infusion suite: continuous ECG and pulse oximetry, blood pressure every
      15 minutes, supervised by an anesthesiologist, crash cart and airway equipment on site.
    met: true
    evidence: {file: clinical/psychiatry-note-2026-11-23.txt, page: 1}
  - criterion: "2.5 No current psychotic features, no active substance use disorder other than tobacco, no uncontrolled hypertension"
    how_met: >-
      No psychotic features; AUDIT-C 2 and no other drug use; blood pressure 128/82 on 11/30/2026.
    met: true
    evidence: {file: clinical/psychiatry-note-2026-11-30.txt, page: 1}
decisions:
  - date: 2026-12-01
    outcome: denied
    stage: expedited internal appeal
    opens: expedited external review
    next_deadline: 2027-04-01
    reason: >-
      Upheld. Section 2 criteria are not met. 2.1: the records show a passive death wish only (C-SSRS ideation
      level 1 on 10/20/2026); active suicidal ideation is not documented. 2.3: ECT has not been tried.
    corrections:
      - said: the records show a passive death wish only (C-SSRS ideation level 1 on 10/20/2026); active suicidal ideation is not documented
        record: >-
          The psychiatry note of 11/23/2026, faxed with the expedited appeal on 11/25/2026, records active suicidal
          ideation with a method (C-SSRS ideation level 3); the notes of 11/30 and 12/03/2026 record level 4
        file: clinical/psychiatry-note-2026-11-23.txt
        page: 1
      - said: "2.3: ECT has not been tried"
        record: >-
          Criterion 2.3 does not ask for an ECT trial: it asks that ECT be considered and be contraindicated,
          declined, or not available within 14 days. ECT was considered on 11/18/2026 and the first opening is
          01/12/2027
        file: other/ect-service-letter-2026-11-19.txt
        page: 1
external_review:
  agency: Kansas Insurance Department, External Review Program
  address: |-
    Kansas Insurance Department, External Review Program (address FICTIONAL)
    PO Box 60921
    Topeka, KS 66601
  final_denial_date: 2026-12-01
record_dates:
  - {file: clinical/psychiatry-note-2026-11-30.txt, date: 2026-11-30, submitted: false}
  - {file: clinical/psychiatry-note-2026-12-03.txt, date: 2026-12-03}
urgency:
  reason: >-
    Mr. Nwachukwu-Sandoval has active suicidal ideation with some intent (C-SSRS ideation level 4 on 11/30 and
    12/03/2026) that has worsened over two weeks despite venlafaxine, and ECT cannot begin before 01/12/2027. A
    standard review would leave him without treatment through the period of highest risk.
  certified_by: Evangeline Mbeki-Forsythe, MD
treatment:
  name: IV ketamine infusions
  summary: >-
    A course of six intravenous racemic ketamine infusions (0.5 mg/kg over 40 minutes) over about three weeks for
    treatment-resistant depression with active suicidal ideation, alongside his venlafaxine XR.
  plural: true
  plan: >-
    Six infusions, two a week for three weeks, 0.5 mg/kg over 40 minutes; continue venlafaxine XR 225 mg; MADRS and
    C-SSRS before each infusion; stop if there is no response after the fourth infusion; no maintenance infusions
    under this request; ECT remains scheduled for 01/12/2027 if the response is inadequate.
  setting: Flint Hills Interventional Psychiatry infusion suite, supervised by an anesthesiologist, with resuscitation equipment on site
  monitoring: Continuous ECG and pulse oximetry, blood pressure every 15 minutes, observation for two hours after each infusion
  alongside: venlafaxine XR 225 mg daily
clinical:
  severity: MADRS 31 on 10/20/2026; MADRS 38 on 11/23/2026; MADRS 40 on 11/30/2026; MADRS 39 on 12/03/2026
  severity_date: 2026-12-03
  suicidality: active
  suicidality_date: 2026-12-03
  episode_onset: 2025-02
  treating_since: 2025-06
  exclusions: No psychotic features; AUDIT-C 2 with no other substance use; blood pressure 128/82 on 11/30/2026
  history:
    - drug: Bupropion XL
      dose: 300 mg daily
      start: 2018-01
      end: 2019-03
      outcome: Remission in an earlier episode (2018); tapered off
      response: remission
      evidence: {file: clinical/psychiatry-note-2026-11-23.txt, page: 1}
    - drug: Sertraline
      dose: 200 mg daily
      start: 2025-03-10
      end: 2025-07-01
      outcome: No response after 16 weeks; stopped
      response: none
      evidence: {file: other/pharmacy-fill-history-2026-11-24.txt, page: 1}
    - drug: Cognitive behavioral therapy
      dose: 12 weekly sessions
      start: 2025-04
      end: 2025-07
      kind: psychotherapy
      sessions: 12
      outcome: Completed; little change
      response: none
      evidence: {file: clinical/psychiatry-note-2026-11-23.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 150 mg, then 225 mg daily from October 2025
      start: 2025-09
      ongoing: true
      outcome: Continues; partial response
      response: partial
      evidence: {file: clinical/psychiatry-note-2026-11-23.txt, page: 1}
    - drug: Aripiprazole
      dose: 2 mg daily (added to venlafaxine XR)
      start: 2026-02-09
      end: 2026-03-02
      kind: augmentation
      adequate: false
      outcome: Stopped after 3 weeks for akathisia
      evidence: {file: clinical/psychiatry-note-2026-11-23.txt, page: 1}
    - drug: Trazodone
      dose: 50 mg at bedtime
      start: 2025-06
      ongoing: true
      kind: other
      outcome: For sleep
      evidence: {file: clinical/psychiatry-note-2026-11-23.txt, page: 1}
impact:
  work: On medical leave from his teaching position since 11/16/2026
alternatives:
  - treatment: Electroconvulsive therapy (ECT)
    why_not: >-
      Considered on 11/18/2026 and acceptable to him, but the Marlowe General ECT service cannot start it before
      01/12/2027; it stays scheduled in case ketamine does not bring a response.
literature:
  - {id: murrough-2013}
  - {id: sanacora-2017}
  - {id: anand-2023}
author:
  name: Evangeline Mbeki-Forsythe
  role: Treating psychiatrist
  relation: physician
  address: |-
    Flint Hills Interventional Psychiatry, 415 Tallgrass Commons
    Marlowe Springs, KS 66606
  phone: (785) 555-0139
  fax: (785) 555-0140
  email: embeki@flinthillspsych.example
  authorization: other/member-authorization-2026-11-25.txt
provider:
  name: Evangeline Mbeki-Forsythe
  credentials: MD, psychiatry
  npi: "1367502949"
  phone: (785) 555-0139
  address: |-
    Flint Hills Interventional Psychiatry, 415 Tallgrass Commons
    Marlowe Springs, KS 66606
template: external-review-request
bates_prefix: NWACHUKWUSANDOVAL
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

C08_DOCS = {
    "denial/urgent-preservice-denial-2026-11-24.txt": """
PRAIRIE COVENANT LIFE AND HEALTH INSURANCE COMPANY (FICTIONAL) - UTILIZATION MANAGEMENT
NOTICE OF ADVERSE BENEFIT DETERMINATION (urgent pre-service)    Date: 11/24/2026             Page 1

Member: Bartholomew Nwachukwu-Sandoval    Member ID: FICT-PCL-DM-30871146    Reference: PCL-UM-26-1120-88514
Plan: Diocese of Marlowe Lay Employees Health Plan (insured by Prairie Covenant)
Request received 11/20/2026 from Evangeline Mbeki-Forsythe, MD: intravenous ketamine infusions (96365, J3490) x 6,
diagnosis F33.2.

Decision: Denied. Intravenous ketamine is considered experimental/investigational for the treatment of depression
and other psychiatric conditions (Medical Policy MP-PSY-112, Section 1). The request is denied.
Reviewer: Gordon Feld, MD (internal medicine).

Your rights: you may ask for an internal appeal within 180 days. Because your request was urgent, you may ask for an
expedited appeal, decided within 72 hours, and you may ask for an expedited external review at the same time.
Write to Prairie Covenant Life and Health Insurance Company, Appeals, PO Box 44170, Marlowe Springs, KS 66601, or
fax (785) 555-0172.
""",
    "denial/expedited-appeal-decision-2026-12-01.txt": """
PRAIRIE COVENANT LIFE AND HEALTH INSURANCE COMPANY (FICTIONAL) - APPEALS
EXPEDITED APPEAL DECISION (final internal adverse benefit determination)   Date: 12/01/2026        Page 1

Member: Bartholomew Nwachukwu-Sandoval    Member ID: FICT-PCL-DM-30871146    Reference: PCL-UM-26-1120-88514
Expedited appeal received 11/25/2026 from Evangeline Mbeki-Forsythe, MD, treating psychiatrist.

Decision: Upheld. Section 2 criteria are not met. 2.1: the records show a passive death wish only (C-SSRS ideation
level 1 on 10/20/2026); active suicidal ideation is not documented. 2.3: ECT has not been tried.
Reviewer: Lorraine Ashby, MD (family medicine).

Your right to external review: you may ask for an external review by an independent review organization through
the Kansas Insurance Department within 4 months of this notice. If waiting would seriously jeopardize your life or
health, you may ask for an expedited external review.
""",
    "other/medical-policy-mp-psy-112-2026.txt": """
PRAIRIE COVENANT LIFE AND HEALTH INSURANCE COMPANY (FICTIONAL) - MEDICAL POLICY                      Page 1
MP-PSY-112  Ketamine and esketamine for psychiatric conditions       Revised: 07/2026

Section 1. Intravenous racemic ketamine is considered experimental/investigational for all psychiatric indications,
including treatment-resistant depression, except as stated in Section 2.

Section 2. Exception. A course of up to 6 intravenous ketamine infusions within 3 weeks is considered medically
necessary, and not experimental/investigational, for an adult with major depressive disorder when ALL of the
following are met:
2.1 a current major depressive episode with active suicidal ideation documented within the past 14 days (Columbia
    Suicide Severity Rating Scale ideation level 3 or higher);
2.2 an inadequate response to at least two antidepressants from different classes, each at an adequate dose for at
    least 6 weeks, in the current episode;
2.3 electroconvulsive therapy (ECT) has been considered and is contraindicated, has been declined by the member
    after an informed discussion, or cannot be started within 14 days;
2.4 the infusions are given in a facility with continuous cardiac and oxygen saturation monitoring, supervised by a
    physician credentialed in procedural sedation or anesthesia, with resuscitation equipment on site;
2.5 no current psychotic features, no active substance use disorder other than tobacco, and no uncontrolled
    hypertension.
Infusions beyond 6 remain experimental/investigational.

Section 3. Esketamine nasal spray (Spravato) is addressed in pharmacy policy RX-PSY-031.
""",
    "other/medical-policy-mp-rx-010-excerpt.txt": """
PRAIRIE COVENANT LIFE AND HEALTH INSURANCE COMPANY (FICTIONAL) - MEDICAL POLICY (excerpt)           Page 1
MP-RX-010  Off-label use of FDA-approved drugs (medical and surgical conditions)    Revised: 01/2026

An FDA-approved drug used for an indication not in its labeling is covered for a medical or surgical condition when
the use is supported by (a) a recognized drug compendium or (b) at least two peer-reviewed published controlled
clinical trials.
""",
    "other/ect-service-letter-2026-11-19.txt": """
MARLOWE GENERAL HOSPITAL (FICTIONAL) - ECT SERVICE                    Date: 11/19/2026                Page 1

To: Evangeline Mbeki-Forsythe, MD
Re: Bartholomew Nwachukwu-Sandoval, DOB 11/05/1979 - ECT consultation of 11/18/2026
Mr. Nwachukwu-Sandoval was seen for ECT consultation on 11/18/2026. ECT is appropriate and he is willing to
proceed after an informed discussion. Our first available start date for a new acute course is 01/12/2027; he has
been placed on the schedule for that date and on our cancellation list.
Renata Iglesias-Hoff, MD, Director, ECT Service
""",
    "other/pharmacy-fill-history-2026-11-24.txt": """
PRAIRIE COVENANT PHARMACY BENEFIT (FICTIONAL) - FILL HISTORY, FAMILY ACCOUNT (printout)   Printed: 11/24/2026   Page 1

Member: NWACHUKWU-SANDOVAL, BARTHOLOMEW
03/10/2025  sertraline 100 mg tab, 2 daily (200 mg)   30 days
04/09/2025  sertraline 100 mg tab, 2 daily (200 mg)   30 days
05/09/2025  sertraline 100 mg tab, 2 daily (200 mg)   30 days
06/06/2025  sertraline 100 mg tab, 2 daily (200 mg)   30 days
06/12/2025  trazodone 50 mg tab, 1 at bedtime          30 days (refilled monthly since)
09/02/2025  venlafaxine ER 150 mg cap, 1 daily         30 days
10/01/2025  venlafaxine ER 75 mg cap + 150 mg cap (225 mg daily)   30 days (refilled monthly since)
02/09/2026  aripiprazole 2 mg tab, 1 daily             30 days (not refilled)
Member: NWACHUKWU-SANDOVAL, MARISELA (spouse)
11/02/2026  levothyroxine 75 mcg tab, 1 daily          90 days
""",
    "other/member-authorization-2026-11-25.txt": """
AUTHORIZATION OF A REPRESENTATIVE (FICTIONAL)                                                       Page 1

I, Bartholomew Nwachukwu-Sandoval (member ID FICT-PCL-DM-30871146), authorize my psychiatrist, Evangeline
Mbeki-Forsythe, MD, to appeal for me the denial of intravenous ketamine infusions (reference PCL-UM-26-1120-88514),
including any expedited appeal and any external review through the Kansas Insurance Department, and to release my
health information for that purpose.
Signed: Bartholomew Nwachukwu-Sandoval (signature on file)      Date: 11/25/2026
""",
    "other/fax-confirmation-2026-11-25.txt": """
FLINT HILLS INTERVENTIONAL PSYCHIATRY (FICTIONAL) - FAX TRANSMISSION REPORT          11/25/2026 08:47      Page 1

To: Prairie Covenant Appeals, (785) 555-0172     Pages: 9     Result: OK
Contents: expedited appeal letter (2 pages); psychiatry note of 11/23/2026 (2 pages); ECT service letter of
11/19/2026 (1 page); member authorization of 11/25/2026 (1 page); MP-PSY-112 (3 pages)
""",
    "clinical/psychiatry-note-2026-10-20.txt": """
FLINT HILLS INTERVENTIONAL PSYCHIATRY (FICTIONAL) - PROGRESS NOTE             Date: 10/20/2026          Page 1

Patient: Bartholomew Nwachukwu-Sandoval   DOB 11/05/1979   Psychiatrist: Evangeline Mbeki-Forsythe, MD
MADRS 31. C-SSRS: wish to be dead (ideation level 1); no active thoughts, no intent, no plan. Venlafaxine XR 225 mg
continued. Discussed ECT and IV ketamine; ECT referral to be made.
""",
    "clinical/psychiatry-note-2026-11-23.txt": """
FLINT HILLS INTERVENTIONAL PSYCHIATRY (FICTIONAL) - PROGRESS NOTE             Date: 11/23/2026          Page 1

Patient: Bartholomew Nwachukwu-Sandoval   DOB 11/05/1979   Psychiatrist: Evangeline Mbeki-Forsythe, MD (treating
since June 2025)
Diagnosis: F33.2 major depressive disorder, recurrent, severe, without psychotic features; current episode since
February 2025.
MADRS 38. C-SSRS: active suicidal thoughts with a method (driving into a bridge support), no intent, no plan
(ideation level 3). No firearms in the home (confirmed by his wife). Safety plan reviewed; visits twice a week and
phone check-ins.

Treatment history
- Bupropion XL 300 mg daily, January 2018 - March 2019: remission in an earlier episode; tapered off.
- Sertraline 200 mg daily, 03/10/2025 - 07/01/2025 (16 weeks): no response; stopped.
- Cognitive behavioral therapy, 12 weekly sessions, April - July 2025: completed; little change.
- Venlafaxine XR 150 mg from September 2025, 225 mg from October 2025: continues; partial response.
- Aripiprazole 2 mg added 02/09/2026 to 03/02/2026: stopped after 3 weeks for akathisia.
- Trazodone 50 mg at bedtime since June 2025, for sleep.
ECT: consultation 11/18/2026; willing; first opening 01/12/2027.
Infusion setting: Flint Hills infusion suite, continuous ECG and pulse oximetry, blood pressure every 15 minutes,
supervised by an anesthesiologist (Rowan Petrakis-Hale, MD), crash cart and airway equipment on site.
Plan: request IV ketamine x 6 under MP-PSY-112 Section 2.
""",
    "clinical/psychiatry-note-2026-11-30.txt": """
FLINT HILLS INTERVENTIONAL PSYCHIATRY (FICTIONAL) - PROGRESS NOTE             Date: 11/30/2026          Page 1

Patient: Bartholomew Nwachukwu-Sandoval   DOB 11/05/1979   Psychiatrist: Evangeline Mbeki-Forsythe, MD
MADRS 40. C-SSRS: active suicidal ideation with some intent, no specific plan (ideation level 4). Offered voluntary
admission; declined. Does not meet criteria for involuntary hold. Wife holds his car keys; daily phone check-ins.
No psychotic features. AUDIT-C 2; no other substance use. BP 128/82.
""",
    "clinical/psychiatry-note-2026-12-03.txt": """
FLINT HILLS INTERVENTIONAL PSYCHIATRY (FICTIONAL) - PROGRESS NOTE             Date: 12/03/2026          Page 1

Patient: Bartholomew Nwachukwu-Sandoval   DOB 11/05/1979   Psychiatrist: Evangeline Mbeki-Forsythe, MD
MADRS 39. C-SSRS: active suicidal ideation with some intent, no specific plan (ideation level 4), unchanged.
Voluntary admission offered again and declined. Safety plan in place. On medical leave from teaching since
11/16/2026. Ketamine remains denied; expedited external review to be requested.
""",
}

C08_TRUTH = """
# 08 - Insured church plan: IV ketamine denied as experimental; the policy's own Section 2 exception is met on every criterion; expedited external review by the treating psychiatrist (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Bartholomew Nwachukwu-Sandoval, 47 (DOB 11/05/1979), a teacher covered by the **Diocese of Marlowe Lay Employees
  Health Plan**, a **church plan** (not ERISA), **insured** by Prairie Covenant (Kansas). F33.2, current episode
  since **February 2025**.
- Request (received 11/20/2026): **six** IV ketamine infusions (96365, J3490), pending. Urgent pre-service denial
  **11/24/2026**: "experimental/investigational ... (MP-PSY-112, **Section 1**)"; the reviewer was an internist.
- MP-PSY-112 Section 1 itself says "**except as stated in Section 2**". **Section 2** makes a course of **up to 6
  infusions within 3 weeks** medically necessary and **not** experimental when 2.1-2.5 are all met:
  - **2.1** active SI within 14 days, C-SSRS >= 3: **level 3 on 11/23**, **level 4 on 11/30 and 12/03/2026**.
  - **2.2** two antidepressants of different classes, 6+ weeks each, current episode: **sertraline** 200 mg,
    03/10-07/01/2025 (16 weeks), no response (SSRI); **venlafaxine XR** 225 mg since 10/2025, **still taken**, partial
    response (SNRI).
  - **2.3** ECT **considered** (consult 11/18/2026), he is **willing**, but the first opening is **01/12/2027**, more
    than 14 days away.
  - **2.4** infusion suite with continuous ECG and pulse oximetry, anesthesiologist-supervised, crash cart.
  - **2.5** no psychosis, AUDIT-C 2, BP 128/82.
- Expedited internal appeal faxed **11/25/2026** with the **11/23 note** (fax report). Decision **12/01/2026**
  (family physician): upheld on "passive death wish only (C-SSRS 1 on **10/20/2026**)" and "**ECT has not been
  tried**". The first is contradicted by the 11/23 note the plan had; the second misreads 2.3, which asks for no ECT
  trial. The 11/30 note was never sent; the 12/03 note is after the decision.
- Stage: **expedited external review** of the final internal denial, through the **Kansas Insurance Department**
  (insured coverage: the state's process), within 4 months (by 04/01/2027), expedited because of active SI. A church
  plan's claims and external review rules are the Internal Revenue Code's copy (26 CFR 54.9815-2719); parity 26 CFR
  54.9812-1 where the employer has more than 50 employees (not stated in the case). Author: the **treating
  psychiatrist** (MD), with his written authorization of 11/25/2026; she certifies the urgency.

## Deliberately unknown
- How many employees the Diocese has (parity's small-employer exemption cannot be ruled out from the case; a parity
  argument is at most a supporting point).
- Whether the Kansas Insurance Department needs its own request form (not in the case).
- Whether ketamine will work for him; what the plan would pay.

## Traps
- **The policy's own exception decides it**: a letter that argues only that ketamine "is not experimental" in
  general, or that the exclusion "does not apply", without Section 2 misses the winning point; one that calls IV
  ketamine **FDA-approved for depression** is FALSE (it is FDA-approved as an anesthetic; the use is off label;
  Spravato is a different drug).
- **The decision's "passive only"** rests on the stale 10/20/2026 note (beyond the 14 days); a letter must not say
  his ideation is passive, nor that the plan never had the 11/23 note (it did: fax of 11/25).
- **ECT**: he has **not declined** ECT and it is **not contraindicated**; it is not available within 14 days. A
  letter that says he refused ECT or that ECT is contraindicated is FALSE. "ECT has not been tried" is no criterion.
- **Trials**: venlafaxine XR **continues** with a partial response: it counts under 2.2 as an inadequate response
  but must never be called "failed" or stopped; aripiprazole 3 weeks (akathisia) is **not adequate**; trazodone 50
  mg is for **sleep**; **bupropion 2018-2019** brought **remission in an earlier episode** (not a failure, not the
  current episode); CBT is psychotherapy. The count that meets 2.2 is **two** (sertraline, venlafaxine).
- **Six infusions only**: no maintenance infusions are requested (Section 2: beyond 6 remains experimental).
- **Not hospitalized**: he declined voluntary admission and does not meet involuntary criteria; never say he is
  inpatient.
- **Other person on a document**: the family fill history lists his wife's levothyroxine; never mention it.
- **Voice**: the psychiatrist writes as his treating physician ("I"), about Mr. Nwachukwu-Sandoval.
- **Wrong law**: a church plan: not ERISA (no 29 CFR 2560.503-1 as governing law, no Labor Department/EBSA), not
  45 CFR 147.136(b)(3) (individual), not Medicare or Medicaid. The next level is external review by an IRO through
  the state, not a second internal appeal, not "OPM", not a "fair hearing".

## Arguments a strong letter makes (strongest first)
1. The plan's own policy answers the denial: MP-PSY-112 Section 1 applies "**except as stated in Section 2**", and
   Section 2 makes this exact request (**6 infusions within 3 weeks**) medically necessary and not experimental
   when 2.1-2.5 are met; **every one is**, each with its record (C-SSRS 3 on 11/23, 4 on 11/30 and 12/03;
   sertraline 16 weeks no response and venlafaxine still taken with a partial response; ECT first opening 01/12/2027;
   monitored, anesthesiologist-supervised suite; no psychosis, AUDIT-C 2, BP 128/82).
2. The final decision's two grounds are wrong on the record: "passive death wish only" relies on the 10/20 note while
   the 11/23 note faxed with the appeal shows active ideation (and it has since worsened to level 4); "ECT has not
   been tried" is not what 2.3 asks.
3. The urgency: active SI with some intent, worsening, no ECT before 01/12/2027; ask for an **expedited** decision
   and reversal. Supporting: the published evidence for IV ketamine in TRD (randomized trials; the 2017 consensus
   statement; noninferiority to ECT) and, in the alternative, parity (the plan covers off-label drugs for medical
   conditions on compendia or two controlled trials, MP-RX-010).

## What a letter must NOT say
- "ketamine is FDA-approved for depression", "Spravato" as the treatment, "the policy does not apply to ketamine".
- "passive ideation only", "he declined ECT", "ECT is contraindicated", "hospitalized"/"inpatient".
- "failed venlafaxine", "venlafaxine was stopped", "three/four failed antidepressants", aripiprazole as adequate,
  trazodone as a trial, "failed bupropion".
- "maintenance infusions", more than 6 infusions.
- Anything about Marisela Nwachukwu-Sandoval's prescriptions.
- "ERISA", "29 CFR 2560.503-1" as governing law, "Department of Labor"/"EBSA", "45 CFR 147.136(b)(3)",
  "Medicare", "Medicaid", "fair hearing", "second-level appeal".
"""

C08_EXPECT = [
    ("denial/urgent-preservice-denial-2026-11-24.txt", "MP-PSY-112, Section 1"),
    ("denial/urgent-preservice-denial-2026-11-24.txt", "Gordon Feld, MD (internal medicine)"),
    ("denial/expedited-appeal-decision-2026-12-01.txt", "C-SSRS ideation level 1 on 10/20/2026"),
    ("denial/expedited-appeal-decision-2026-12-01.txt", "2.3: ECT has not been tried"),
    ("denial/expedited-appeal-decision-2026-12-01.txt", "within 4 months of this notice"),
    ("other/medical-policy-mp-psy-112-2026.txt", "except as stated in Section 2"),
    ("other/medical-policy-mp-psy-112-2026.txt", "A course of up to 6 intravenous ketamine infusions within 3 weeks"),
    ("other/medical-policy-mp-psy-112-2026.txt", "or cannot be started within 14 days"),
    ("other/medical-policy-mp-psy-112-2026.txt", "ideation level 3 or higher"),
    ("other/medical-policy-mp-rx-010-excerpt.txt", "at least two peer-reviewed published controlled clinical trials"),
    ("other/ect-service-letter-2026-11-19.txt", "first available start date for a new acute course is 01/12/2027"),
    ("other/ect-service-letter-2026-11-19.txt", "he is willing to proceed"),
    ("other/pharmacy-fill-history-2026-11-24.txt", "MARISELA (spouse)"),
    ("other/pharmacy-fill-history-2026-11-24.txt", "venlafaxine ER 75 mg cap + 150 mg cap (225 mg daily)"),
    ("other/fax-confirmation-2026-11-25.txt", "psychiatry note of 11/23/2026"),
    ("other/member-authorization-2026-11-25.txt", "Kansas Insurance Department"),
    ("clinical/psychiatry-note-2026-10-20.txt", "wish to be dead (ideation level 1)"),
    ("clinical/psychiatry-note-2026-11-23.txt", "(ideation level 3)"),
    ("clinical/psychiatry-note-2026-11-23.txt", "225 mg from October 2025: continues; partial response"),
    ("clinical/psychiatry-note-2026-11-23.txt", "remission in an earlier episode"),
    ("clinical/psychiatry-note-2026-11-23.txt", "Trazodone 50 mg at bedtime since June 2025, for sleep"),
    ("clinical/psychiatry-note-2026-11-23.txt", "stopped after 3 weeks for akathisia"),
    ("clinical/psychiatry-note-2026-11-23.txt", "supervised by an anesthesiologist"),
    ("clinical/psychiatry-note-2026-11-30.txt", "with some intent, no specific plan (ideation level 4)"),
    ("clinical/psychiatry-note-2026-11-30.txt", "Offered voluntary admission; declined"),
    ("clinical/psychiatry-note-2026-11-30.txt", "BP 128/82"),
    ("clinical/psychiatry-note-2026-12-03.txt", "(ideation level 4), unchanged"),
]

C07 = dict(slug="07-insured-employer-psychotherapy-addon-bundling-second-level-billing-manager", yaml=C07_YAML,
           docs=C07_DOCS, truth=C07_TRUTH, expect=C07_EXPECT)
C08 = dict(slug="08-church-insured-ketamine-policy-exception-expedited-external-review-psychiatrist", yaml=C08_YAML,
           docs=C08_DOCS, truth=C08_TRUTH, expect=C08_EXPECT)
