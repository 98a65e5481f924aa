"""Cases 05-08 of letters review set 21 (FICTIONAL: every person, plan, provider, number and address is invented)."""

# ---------------------------------------------------------------------------------------------------------------
# 05 Church plan (self-funded, not ERISA): a TMS claim denied for a coding error (initial mapping code billed for
#    two remapping days); the corrected claim was sent and accepted, but the first-level decision says none came
#    and misquotes the corrected-claim window. Second-level appeal; the clinic's billing manager writes.
# ---------------------------------------------------------------------------------------------------------------
C05_YAML = """
# FICTIONAL CASE (set 21, case 05) - every person, plan, provider, number and address is invented.
# Church plan, self-funded: 36 TMS treatments (07/06-08/24/2026), authorized, denied in full CO-16 because 90867
# was billed three times (the two motor-threshold remapping days should have been 90869). The corrected claim
# (frequency code 7) went out 09/28 and was accepted 09/29; the plan acknowledged it 10/01. The first-level
# decision (10/30) says no corrected claim was received and that corrected claims are due within 90 days of service.
patient:
  name: Hannah Ruth Lindqvist-Amos
  salutation: Ms. Lindqvist-Amos
  date_of_birth: 1981-11-09
  member_id: FICT-CMBT-0448217
  address: |-
    301 Vesper Street
    Pell Rapids, MN 55318
  phone: (952) 555-0145
insurer:
  name: Covenant Ministries Benefit Trust Health Plan, administered by Lantern Benefit Administrators (FICTIONAL)
  appeals_address: |-
    Lantern Benefit Administrators, Appeals Unit
    PO Box 2290
    Pell Rapids, MN 55318
  fax: (952) 555-0177
claim:
  number: LBA-26-0828-660192
  plan_type: church
  funding: self_funded
  stage: second level
  notice_date: 2026-09-10
  service_dates: [2026-07-06, 2026-08-24]
  sessions: 36
  procedure_codes: [90867, 90868, 90869]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-16]
  denial_reason: >-
    Claim/service lacks information or has submission/billing errors. Procedure code 90867 may be billed once per
    course of treatment; it was billed 3 times on this claim. The claim is denied in full. Submit a corrected claim.
  denial_category: coding_billing
  coding_correct: false
  action: none
corrected_claim:
  error: >-
    The original claim billed the initial treatment-and-mapping code 90867 three times (07/06, 07/27 and
    08/10/2026) and also billed 90868 on 07/27 and 08/10. On 07/27 and 08/10 the motor threshold was re-determined
    after medication changes, which is 90869 alone; 90867 belongs to 07/06 only.
  resubmission_code: "7"
  file: other/corrected-claim-2026-09-28.txt
  lines:
    - {code: "90867", units: 1, documented: initial motor threshold and first treatment on 07/06/2026, evidence: {file: clinical/tms-treatment-record-2026.txt, page: 1}}
    - {code: "90868", units: 33, documented: 33 treatment sessions without a new threshold, evidence: {file: clinical/tms-treatment-record-2026.txt, page: 1}}
    - {code: "90869", units: 2, documented: motor threshold re-determined with treatment on 07/27 and 08/10/2026, evidence: {file: clinical/tms-treatment-record-2026.txt, page: 2}}
  sent: 2026-09-28
  accepted: 2026-09-29
  reference: >-
    clearinghouse acceptance report (277CA), batch 55310, and Lantern's acknowledgment letter of 10/01/2026,
    corrected claim ICN LBA-26-0929-700415
  deadline: 2027-07-06
plan_policy:
  name: Covenant Ministries Benefit Trust Health Plan Document, Section 10.4 (Corrected claims)
  number: Section 10.4
  quote: >-
    A provider may submit a corrected claim (replacement claim) within 12 months after the date of service or
    within 90 days after the date of the notice denying the claim, whichever is later. A corrected claim replaces
    the original claim and is processed as a new submission.
  file: other/plan-document-section-10-excerpt.txt
  other_terms: >-
    Section 10.3: "A second-level appeal must be filed within 60 days after the first-level decision. We will decide
    a second-level appeal of a post-service claim within 30 days after we receive it."
prior_auth:
  approved:
    number: TMS-26-0630-20418
    date: 2026-06-30
    covers: transcranial magnetic stimulation, 36 treatment sessions, 07/06/2026 through 09/30/2026
    quote: >-
      Approved: transcranial magnetic stimulation, 36 treatment sessions in all (90867 once; 90868 and 90869 for the
      remaining sessions), 07/06/2026 through 09/30/2026.
    file: other/tms-authorization-2026-06-30.txt
    from: 2026-07-06
    through: 2026-09-30
decisions:
  - date: 2026-10-30
    outcome: denied
    stage: first level
    opens: second level
    next_deadline: 2026-12-29
    reason: >-
      No corrected claim has been received for these services. Under Section 10.4 of the Plan Document, corrected
      claims must be received within 90 days of the date of service. The appeal did not include a corrected claim.
    corrections:
      - said: No corrected claim has been received for these services.
        record: >-
          The corrected claim (frequency code 7) was accepted by the clearinghouse on 09/29/2026 (277CA batch 55310),
          and Lantern's own letter of 10/01/2026 acknowledges receiving it on 09/29/2026 as ICN LBA-26-0929-700415.
        file: other/lantern-acknowledgment-2026-10-01.txt
        page: 1
      - said: Under Section 10.4 of the Plan Document, corrected claims must be received within 90 days of the date of service.
        record: >-
          Section 10.4 allows 12 months after the date of service or 90 days after the denial notice, whichever is
          later; the corrected claim came within either period (and within 90 days of the first date of service).
        file: other/plan-document-section-10-excerpt.txt
        page: 1
treatment:
  name: Transcranial magnetic stimulation (TMS)
  summary: An authorized course of 36 TMS treatments for recurrent major depression, completed on 08/24/2026.
author:
  name: Perpetua Salgado
  role: Billing manager, Stillwater Bend TMS and Psychiatry; authorized representative of the member
  relation: representative
  authorization: other/authorized-representative-designation-2026-09-25.txt
  address: |-
    Stillwater Bend TMS and Psychiatry, 1200 Millrace Road, Suite 4
    Pell Rapids, MN 55318
  phone: (952) 555-0166
  email: billing@stillwaterbendtms.example
provider:
  name: Marcus Adeyemi-Hart
  credentials: MD, psychiatry
  npi: "1917362844"
  tax_id: "41-5550192"
  phone: (952) 555-0165
  address: |-
    Stillwater Bend TMS and Psychiatry, 1200 Millrace Road, Suite 4
    Pell Rapids, MN 55318
clinical:
  severity: PHQ-9 24 before TMS (07/02/2026); PHQ-9 8 after the 36th treatment (08/24/2026)
  severity_date: 2026-08-24
  response: PHQ-9 24 to 8 over the course
  response_level: response
bates_prefix: LINDQVISTAMOS
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

C05_FILES = {
    "denial/eob-2026-09-10.txt": """
LANTERN BENEFIT ADMINISTRATORS (FICTIONAL) for COVENANT MINISTRIES BENEFIT TRUST HEALTH PLAN (a church plan)
EXPLANATION OF BENEFITS                                    Date: 09/10/2026
Member: Hannah R. Lindqvist-Amos    ID: FICT-CMBT-0448217     Claim: LBA-26-0828-660192 (received 08/28/2026)
Provider: Stillwater Bend TMS and Psychiatry (network)

Dates                    Code    Units   Billed       Paid    Code
07/06/2026               90867   1       $450.00      $0.00   CO-16
07/07/2026-08/24/2026    90868   35      $10,500.00   $0.00   CO-16
07/27/2026               90867   1       $450.00      $0.00   CO-16
08/10/2026               90867   1       $450.00      $0.00   CO-16

CO-16: Claim/service lacks information or has submission/billing errors. Procedure code 90867 may be billed once
per course of treatment; it was billed 3 times on this claim. The claim is denied in full. Submit a corrected
claim.
Your appeal rights: see Section 10 of your Plan Document.
""",
    "denial/first-level-appeal-decision-2026-10-30.txt": """
LANTERN BENEFIT ADMINISTRATORS (FICTIONAL) - FIRST-LEVEL APPEAL DECISION
Date: 10/30/2026
Member: Hannah R. Lindqvist-Amos     Claim: LBA-26-0828-660192     Appeal received: 09/30/2026
Filed by: Perpetua Salgado, Stillwater Bend TMS and Psychiatry (authorized representative)

Decision: the denial is UPHELD.
Reason: No corrected claim has been received for these services. Under Section 10.4 of the Plan Document,
corrected claims must be received within 90 days of the date of service. The appeal did not include a corrected
claim. Medical necessity was not reviewed; the services were authorized under TMS-26-0630-20418.
Next step: you may file a second-level appeal within 60 days after the date of this decision. This plan is a
church plan and is not subject to ERISA.
""",
    "other/plan-document-section-10-excerpt.txt": """
COVENANT MINISTRIES BENEFIT TRUST HEALTH PLAN (FICTIONAL) - PLAN DOCUMENT, SECTION 10 (EXCERPT)   Page 1
10.3 Internal appeals. There are two levels of internal appeal. A second-level appeal must be filed within 60 days
after the first-level decision. We will decide a second-level appeal of a post-service claim within 30 days after
we receive it.
10.4 Corrected claims. A provider may submit a corrected claim (replacement claim) within 12 months after the date
of service or within 90 days after the date of the notice denying the claim, whichever is later. A corrected claim
replaces the original claim and is processed as a new submission.
10.9 Discretion. The Plan Administrator has discretionary authority to interpret the terms of the Plan.
""",
    "other/corrected-claim-2026-09-28.txt": """
CORRECTED CLAIM (CMS-1500 DATA, FICTIONAL)                    Prepared 09/28/2026
Box 22: resubmission code 7 (replacement of prior claim), original reference LBA-26-0828-660192
Patient: Hannah R. Lindqvist-Amos   ID FICT-CMBT-0448217   Prior authorization: TMS-26-0630-20418
Diagnosis: F33.2
Line  Dates                    Code    Units   Charge
1     07/06/2026               90867   1       $450.00
2     07/07/2026-08/24/2026    90868   33      $9,900.00   (every treatment day except 07/27 and 08/10)
3     07/27/2026               90869   1       $475.00
4     08/10/2026               90869   1       $475.00
Total treatment days: 36
""",
    "other/clearinghouse-277ca-2026-09-29.txt": """
CLEARINGHOUSE CLAIM ACKNOWLEDGMENT REPORT (277CA) - FICTIONAL         Batch 55310     09/29/2026
Submitter: Stillwater Bend TMS and Psychiatry     Payer: Lantern Benefit Administrators
Patient   Claim ref              Freq  Status
R.T.      SB-26-0928-0012        1     ACCEPTED
H.L.-A.   SB-26-0928-0013        7     ACCEPTED (replaces LBA-26-0828-660192)
J.M.      SB-26-0928-0014        1     REJECTED - invalid member ID
""",
    "other/lantern-acknowledgment-2026-10-01.txt": """
LANTERN BENEFIT ADMINISTRATORS (FICTIONAL) - CLAIM ACKNOWLEDGMENT             Date: 10/01/2026    Page 1
To: Stillwater Bend TMS and Psychiatry
We received your corrected claim on 09/29/2026 for member Hannah R. Lindqvist-Amos (replacing claim
LBA-26-0828-660192). It has been assigned ICN LBA-26-0929-700415 and is pended for review. You do not need to
send it again.
""",
    "other/tms-authorization-2026-06-30.txt": """
LANTERN BENEFIT ADMINISTRATORS (FICTIONAL) - PRIOR AUTHORIZATION APPROVED     Date: 06/30/2026
Member: Hannah R. Lindqvist-Amos     Authorization: TMS-26-0630-20418
Approved: transcranial magnetic stimulation, 36 treatment sessions in all (90867 once; 90868 and 90869 for the
remaining sessions), 07/06/2026 through 09/30/2026.
""",
    "clinical/tms-treatment-record-2026.txt": """
STILLWATER BEND TMS AND PSYCHIATRY (FICTIONAL) - TMS TREATMENT RECORD              Page 1
Patient: Hannah R. Lindqvist-Amos   DOB 11/09/1981   Psychiatrist: Marcus Adeyemi-Hart, MD
Diagnosis: F33.2. Authorization TMS-26-0630-20418 (36 sessions).
07/06/2026: initial motor threshold (MT) determination and treatment 1, left DLPFC, 120% MT.
07/07-08/24/2026: treatments 2-36 on every weekday (36 treatment days in all, 07/06-08/24).
PHQ-9: 24 (07/02), 15 (07/31), 8 (08/24).
                                                                                           Page 2
07/20/2026: clonazepam 0.5 mg stopped (taper finished). 07/27/2026: MT re-determined (fell from 62% to 55%
output) and treatment given at the new setting.
08/03/2026: bupropion XL increased 150 -> 300 mg. 08/10/2026: MT re-determined (58%) and treatment given.
Billing note (P. Salgado, 09/14/2026): the remapping days were billed as 90867 + 90868 in error; corrected claim
to bill 90869 on 07/27 and 08/10.
""",
    "other/authorized-representative-designation-2026-09-25.txt": """
AUTHORIZED REPRESENTATIVE DESIGNATION (FICTIONAL FORM)
I, Hannah R. Lindqvist-Amos, name Perpetua Salgado of Stillwater Bend TMS and Psychiatry as my authorized
representative for the appeals of claim LBA-26-0828-660192 and any corrected claim replacing it.
Signed: Hannah R. Lindqvist-Amos, 09/25/2026.
""",
}

C05_TRUTH = """
# 05 - Church plan: TMS claim denied for a coding error; the corrected claim was accepted and acknowledged, but the first-level decision says none came; second-level appeal (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Hannah Lindqvist-Amos, 44, member of a **church plan, self-funded**, not subject to ERISA (Covenant Ministries
  Benefit Trust; TPA Lantern). Rule: 26 CFR 54.9815-2719, which applies the claims rule by reference.
- **36 TMS treatments**, **07/06-08/24/2026**, **authorized** (TMS-26-0630-20418, 36 sessions, 07/06-09/30/2026).
  Response: PHQ-9 24 -> 8.
- Claim LBA-26-0828-660192 **denied in full 09/10/2026, CO-16**: 90867 billed three times. **The original claim was
  wrong** (`coding_correct: false`): on 07/27 and 08/10 the motor threshold was re-determined (90869), but the
  clinic billed 90867 + 90868 on those days.
- **Corrected claim** (frequency code 7, replacing the original): 90867 x1 (07/06), 90868 x33, 90869 x2 (07/27,
  08/10) = 36 treatment days; **sent 09/28/2026**, **accepted 09/29/2026** (277CA batch 55310), **acknowledged by
  Lantern on 10/01/2026** (ICN LBA-26-0929-700415, "pended for review. You do not need to send it again").
- **Plan Document 10.4**: a corrected claim is allowed within **12 months after the date of service or 90 days after
  the denial notice, whichever is later** (earliest limit 07/06/2027). Even on the decision's misquoted "90 days of
  the date of service", 09/29/2026 is within 90 days of the first date (07/06 + 90 = 10/04/2026).
- **First-level decision 10/30/2026**, upheld: "No corrected claim has been received ... within 90 days of the date
  of service." Both statements are contradicted by the plan's own acknowledgment and its Plan Document.
- **Second level**: filed within 60 days of 10/30 (by **12/29/2026**); the plan decides within **30 days** of
  receipt (10.3). Medical necessity was not reviewed (authorized).
- Author: the clinic's **billing manager**, the member's **authorized representative** (designation 09/25/2026).

## Deliberately unknown
- Why Lantern's appeal unit did not see its own 10/01 acknowledgment (not in the case).
- What Lantern will allow for 90869 (charges only).
- Whether the corrected claim is still pended (the letter should ask that it be processed, not assume either way).

## Traps
- **The claim was wrong**: never "the claim was correctly coded" or "the denial was an error of the plan's";
  the error was the clinic's, and the corrected claim fixes it.
- **Counts**: 36 treatment days; the original claim had 38 service lines (90867 x3 + 90868 x35). Never "38
  treatments"; the corrected claim bills 90868 x33, not 35.
- **Other patients on the 277CA**: R.T. and J.M. (one rejected) are other patients' claims; not part of this appeal.
- **Misquoted rule**: the decision's "90 days of the date of service" is not what 10.4 says; quote 10.4 itself.
- **Not medical judgment**: no criteria table, no trial history, no peer-to-peer, no reviewer-specialty request, no
  external review (a coding dispute does not turn on medical judgment), no evidence paragraph.
- **Discretion clause** (10.9): do not state contra proferentem as law.
- **Wrong law**: a church plan: no "ERISA", no "29 CFR 2560.503-1" as governing law on its own, no EBSA/Department
  of Labor complaint, no state insurance department for a self-funded plan, no MHPAEA argument.
- **Stage**: a second-level appeal: it must say so and answer the 10/30/2026 decision, not only the EOB.
- **Decision time**: 30 days for this level (Plan Document 10.3), not 60.

## Arguments a strong letter makes (strongest first)
1. The corrected claim **was received**: accepted 09/29/2026 (277CA batch 55310) and **acknowledged by the plan's
   own administrator on 10/01/2026** (ICN LBA-26-0929-700415); the first-level decision's "no corrected claim has
   been received" is contradicted by the plan's own letter.
2. It was **timely under Plan Document 10.4** (12 months after service or 90 days after the denial, whichever is
   later; and within 90 days of the first date of service even on the decision's reading).
3. The corrected claim fixes the only error: 90867 once (07/06), 90869 on the two remapping days (07/27, 08/10),
   90868 x33, all within authorization TMS-26-0630-20418 (36 sessions, 07/06-09/30/2026). Ask that the denial be
   withdrawn and ICN LBA-26-0929-700415 processed and paid as corrected, decided within 30 days (10.3).

## What a letter must NOT say
- "correctly coded", "billed correctly", "38 treatments", "90868 x35" as the corrected lines.
- Anything about R.T.'s or J.M.'s claims.
- "medically necessary" as the argument, "peer-to-peer", "external review", "a psychiatrist should review".
- "ERISA", "EBSA", "Department of Labor", "state insurance department", "MHPAEA"/"parity", "ambiguities are read
  against the plan" as law.
- "within 60 days" as this level's decision time.
"""

C05_EXPECTED = [
    ("denial/eob-2026-09-10.txt", "it was billed 3 times on this claim"),
    ("denial/eob-2026-09-10.txt", "The claim is denied in full"),
    ("denial/first-level-appeal-decision-2026-10-30.txt", "No corrected claim has been received for these services"),
    ("denial/first-level-appeal-decision-2026-10-30.txt", "within 60 days after the date of this decision"),
    ("denial/first-level-appeal-decision-2026-10-30.txt", "Medical necessity was not reviewed"),
    ("other/plan-document-section-10-excerpt.txt", "within 12 months after the date\nof service or within 90 days after the date of the notice denying the claim, whichever is later"),
    ("other/plan-document-section-10-excerpt.txt", "within 30 days after\nwe receive it"),
    ("other/corrected-claim-2026-09-28.txt", "resubmission code 7"),
    ("other/corrected-claim-2026-09-28.txt", "90869   1"),
    ("other/clearinghouse-277ca-2026-09-29.txt", "ACCEPTED (replaces LBA-26-0828-660192)"),
    ("other/lantern-acknowledgment-2026-10-01.txt", "We received your corrected claim on 09/29/2026"),
    ("other/lantern-acknowledgment-2026-10-01.txt", "LBA-26-0929-700415"),
    ("other/tms-authorization-2026-06-30.txt", "36 treatment sessions in all"),
    ("clinical/tms-treatment-record-2026.txt", "billed as 90867 + 90868 in error"),
    ("clinical/tms-treatment-record-2026.txt", "36 treatment days in all"),
]

CASE_05 = {
    "slug": "05-church-plan-tms-remap-coding-corrected-claim-second-level-billing-manager",
    "yaml": C05_YAML,
    "files": C05_FILES,
    "truth": C05_TRUTH,
    "expected": C05_EXPECTED,
}


# ---------------------------------------------------------------------------------------------------------------
# 06 Self-funded employer plan: residential treatment for alcohol use disorder cut off after 7 days as "IOP
#    appropriate" under the review vendor's own criteria, although the plan document says level of care for a
#    substance use disorder is decided by The ASAM Criteria. Federal external review; the patient writes.
# ---------------------------------------------------------------------------------------------------------------
C06_DAYS = ["2026-08-17", "2026-09-05"]

C06_YAML = """
# FICTIONAL CASE (set 21, case 06) - every person, plan, provider, number and address is invented.
# Self-funded employer plan: residential alcohol-use-disorder treatment (ASAM level 3.5) paid through 08/16/2026,
# then denied 08/17-09/05/2026 (20 days) as "IOP appropriate" under ClearPath's criteria CP-SUD-RES-3. SPD 7.6 says
# level of care for a substance use disorder is decided by The ASAM Criteria. Final internal denial 10/08/2026;
# the member asks for external review (federal process, through the plan).
patient:
  name: Desmond Arlo Kettering
  salutation: Mr. Kettering
  date_of_birth: 1988-04-17
  member_id: FICT-VFS-3390417
  address: |-
    418 Fernhollow Avenue
    Brisco Falls, CO 80433
  phone: (303) 555-0131
  email: d.kettering@mailbox.example
insurer:
  name: Vantage Freight Systems Employee Health Plan, administered by Pinecrest Administrative Services (FICTIONAL)
  appeals_address: |-
    Pinecrest Administrative Services, Appeals and External Review
    PO Box 5530
    Dunmore Springs, CO 80021
  fax: (303) 555-0172
claim:
  number: PAS-26-0918-281447
  plan_type: employer_erisa
  funding: self_funded
  notice_date: 2026-09-18
  service_dates: [%s]
  inpatient: true
  procedure_codes: [H0018]
  revenue_codes: ["1002"]
  diagnosis_codes: [F10.20, F33.1]
  carc_codes: [CO-50]
  denial_reason: >-
    Continued residential treatment (ASAM level 3.5) is not medically necessary from 08/17/2026. Under ClearPath
    Residential Substance Use Disorder Continued Stay Criteria CP-SUD-RES-3, criterion 4 is not met: the member is
    medically stable, withdrawal has resolved, and there is no imminent risk of harm. Treatment can continue at a
    lower level of care (intensive outpatient program).
  denial_category: medical_necessity
  denial_reasons: [level_of_care]
  reviewer: {name: "Lorne Vasquez, MD", specialty: Family Medicine}
  action: none
  coding_correct: true
plan_policy:
  name: Vantage Freight Systems Employee Health Plan, Summary Plan Description, Section 7.6 (Substance use disorder treatment)
  number: SPD 7.6
  quote: >-
    Residential treatment for a substance use disorder is covered when medically necessary. The Plan, and any
    organization that reviews care for the Plan, decides whether a level of care for a substance use disorder is
    medically necessary using the dimensional criteria of the most recent edition of The ASAM Criteria published by
    the American Society of Addiction Medicine.
  file: other/spd-section-7-excerpt.txt
payer_criteria:
  - criterion: "SPD 7.6 (The ASAM Criteria), dimension 5: relapse and continued use potential"
    how_met: >-
      Rated 4 (highest) on 08/17/2026: two relapses within two weeks of completing or leaving IOP (March and October
      2025), relapse while on naltrexone, high craving (PACS 24 on 08/19/2026).
    met: true
    evidence: {file: clinical/red-cedar-residential-record-2026.txt, page: 2}
  - criterion: "SPD 7.6 (The ASAM Criteria), dimension 6: recovery environment"
    how_met: >-
      Rated 4 (highest) on 08/17/2026: he lives with a brother who drinks daily; no sober living bed until 09/08/2026;
      contraband alcohol brought in after the brother's visit on 08/21/2026.
    met: true
    evidence: {file: clinical/red-cedar-residential-record-2026.txt, page: 2}
  - criterion: "SPD 7.6 (The ASAM Criteria), dimensions 1 and 2: withdrawal and biomedical needs do not call for a medically managed level"
    how_met: Withdrawal resolved 08/12/2026 (dimension 1 rated 0); liver tests improving (dimension 2 rated 1), so 3.5 rather than a higher level.
    met: true
    evidence: {file: clinical/red-cedar-residential-record-2026.txt, page: 2}
decisions:
  - date: 2026-10-08
    outcome: denied
    stage: internal appeal (final)
    opens: external review
    reason: >-
      The member had no withdrawal symptoms after 08/12/2026, was medically stable, and had no behavioral issues
      during the stay; CP-SUD-RES-3 criterion 4 is not met. A lower level of care (IOP) was appropriate.
    corrections:
      - said: had no behavioral issues during the stay
        record: >-
          On 08/21/2026 staff found a bottle of vodka in his bag after a visit from his brother (breath alcohol 0.00);
          he signed a behavioral contract and his passes were suspended. On 08/19/2026 his craving score (PACS) was
          24, high.
        file: clinical/red-cedar-residential-record-2026.txt
        page: 2
external_review:
  agency: Independent review organization assigned by the Plan (request filed with Pinecrest Administrative Services)
  address: |-
    Pinecrest Administrative Services, Appeals and External Review
    PO Box 5530
    Dunmore Springs, CO 80021
  final_denial_date: 2026-10-08
alternatives:
  - treatment: Intensive outpatient program
    level: intensive outpatient program
    name: Brisco Falls Recovery IOP (network)
    first_opening: 2026-09-14
    why_not: >-
      The program had no opening until 09/14/2026, after the last day denied; and his two earlier IOP courses
      (March 2025 and October 2025) each ended in relapse within two weeks.
    proof: clinical/red-cedar-residential-record-2026.txt
treatment:
  name: Residential treatment for alcohol use disorder (ASAM level 3.5)
  summary: >-
    Residential treatment (ASAM level 3.5) for severe alcohol use disorder after medically managed withdrawal, at
    Red Cedar Recovery Center (network).
author:
  name: Desmond Arlo Kettering
  role: Patient (the participant)
  relation: patient
  address: |-
    418 Fernhollow Avenue
    Brisco Falls, CO 80433
  phone: (303) 555-0131
  email: d.kettering@mailbox.example
provider:
  name: Solveig Amundsen-Reyes
  credentials: MD, addiction medicine
  npi: "1209485733"
  phone: (303) 555-0158
  address: |-
    Red Cedar Recovery Center, 2600 Old Mill Road
    Brisco Falls, CO 80433
clinical:
  severity: >-
    ASAM reassessment 08/17/2026: dimension 5 (relapse and continued use potential) high, dimension 6 (recovery
    environment) high, dimensions 1 and 2 low; PACS craving score 24 on 08/19/2026; PHQ-9 14 on 08/17/2026
  severity_date: 2026-08-19
  suicidality: none
  suicidality_date: 2026-08-17
  history:
    - drug: Naltrexone
      dose: 50 mg daily
      start: 2025-03
      end: 2025-06
      kind: other
      outcome: Relapsed while taking it; stopped
      failed: true
      adequate: true
      evidence: {file: clinical/red-cedar-residential-record-2026.txt, page: 1}
    - drug: Intensive outpatient program (Brisco Falls Recovery IOP)
      kind: other
      dose: 9 hours a week for 4 weeks
      start: 2025-03
      end: 2025-04
      outcome: Completed; relapsed within two weeks of discharge
      failed: true
      adequate: true
      evidence: {file: clinical/red-cedar-residential-record-2026.txt, page: 1}
    - drug: Intensive outpatient program (second course)
      kind: other
      dose: 9 hours a week, attended 2 weeks
      start: 2025-10
      end: 2025-10
      outcome: Relapsed in the second week; left the program
      failed: true
      adequate: false
      evidence: {file: clinical/red-cedar-residential-record-2026.txt, page: 1}
    - drug: Sertraline
      dose: 100 mg daily
      start: 2024-06
      ongoing: true
      outcome: Continued for depression; partial response
      response: partial
      evidence: {file: clinical/red-cedar-residential-record-2026.txt, page: 1}
    - drug: Acamprosate
      dose: 666 mg three times daily
      start: 2026-08-12
      ongoing: true
      kind: other
      outcome: Started during the residential stay
      evidence: {file: clinical/red-cedar-residential-record-2026.txt, page: 1}
impact:
  work: On unpaid leave from his job as a freight dispatcher since July 2026.
  hospitalizations: Emergency department visit 08/05/2026 (breath alcohol 0.31), then medically managed withdrawal 08/06-08/09/2026.
template: external-review-request
bates_prefix: KETTERING
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""" % ", ".join(C06_DAYS)

C06_FILES = {
    "denial/concurrent-review-denial-2026-08-17.txt": """
CLEARPATH BEHAVIORAL REVIEW (FICTIONAL) for the VANTAGE FREIGHT SYSTEMS EMPLOYEE HEALTH PLAN
NOTICE OF ADVERSE BENEFIT DETERMINATION (CONCURRENT REVIEW)         Date: 08/17/2026
Member: Desmond A. Kettering    Facility: Red Cedar Recovery Center (network)    Level: residential, ASAM 3.5
Authorized: 08/10/2026 through 08/16/2026.
Continued stay from 08/17/2026: NOT AUTHORIZED.
Reason: Continued residential treatment (ASAM level 3.5) is not medically necessary from 08/17/2026. Under
ClearPath Residential Substance Use Disorder Continued Stay Criteria CP-SUD-RES-3, criterion 4 is not met: the
member is medically stable, withdrawal has resolved, and there is no imminent risk of harm. Treatment can
continue at a lower level of care (intensive outpatient program).
Reviewer: Lorne Vasquez, MD (family medicine).
""",
    "denial/eob-2026-09-18.txt": """
PINECREST ADMINISTRATIVE SERVICES (FICTIONAL) - EXPLANATION OF BENEFITS          Date: 09/18/2026
Plan: Vantage Freight Systems Employee Health Plan (self-funded)      Member: Desmond A. Kettering
Claim: PAS-26-0918-281447      Provider: Red Cedar Recovery Center (network)

Dates                    Service                            Days   Billed       Paid    Code
08/17/2026-09/05/2026    residential SUD (H0018, rev 1002)  20     $17,000.00   $0.00   CO-50
CO-50: not deemed a medical necessity by the payer (see the concurrent review notice of 08/17/2026).
Days 08/10/2026-08/16/2026 were paid on claim PAS-26-0828-240019.
""",
    "denial/final-internal-appeal-decision-2026-10-08.txt": """
PINECREST ADMINISTRATIVE SERVICES (FICTIONAL) - FINAL INTERNAL APPEAL DECISION       Date: 10/08/2026
Member: Desmond A. Kettering     Claim: PAS-26-0918-281447     Appeal received: 09/24/2026
Decision: UPHELD. This is the final decision under the Plan's internal appeal process.
Reason: The member had no withdrawal symptoms after 08/12/2026, was medically stable, and had no behavioral
issues during the stay; CP-SUD-RES-3 criterion 4 is not met. A lower level of care (IOP) was appropriate.
Reviewed by: Lorne Vasquez, MD, Family Medicine, for ClearPath Behavioral Review.
External review: you may ask for an external review by an independent review organization within four months
after you receive this notice. Send your request to Pinecrest Administrative Services, Appeals and External
Review, PO Box 5530, Dunmore Springs, CO 80021. The Plan is self-funded; its external review follows the federal
process.
""",
    "other/spd-section-7-excerpt.txt": """
VANTAGE FREIGHT SYSTEMS EMPLOYEE HEALTH PLAN (FICTIONAL) - SUMMARY PLAN DESCRIPTION, 2026 (EXCERPT)
7.6 Substance use disorder treatment. Residential treatment for a substance use disorder is covered when
medically necessary. The Plan, and any organization that reviews care for the Plan, decides whether a level of
care for a substance use disorder is medically necessary using the dimensional criteria of the most recent
edition of The ASAM Criteria published by the American Society of Addiction Medicine.
12.1 Plan Administrator discretion. The Plan Administrator has discretionary authority to interpret the Plan.
""",
    "clinical/red-cedar-residential-record-2026.txt": """
RED CEDAR RECOVERY CENTER (FICTIONAL) - RESIDENTIAL RECORD SUMMARY              Page 1
Patient: Desmond A. Kettering   DOB 04/17/1988   Attending: Solveig Amundsen-Reyes, MD (addiction medicine)
Diagnoses: F10.20 alcohol use disorder, severe; F33.1 recurrent major depression, moderate.
Before admission: ED 08/05/2026 (breath alcohol 0.31); medically managed withdrawal 08/06-08/09/2026 (paid).
Residential (ASAM 3.5) admitted 08/10/2026, discharged 09/06/2026 (morning).
History: naltrexone 50 mg 03-06/2025, relapsed while taking it, stopped. IOP 03-04/2025 (4 weeks, completed),
relapse within 2 weeks. IOP 10/2025, relapse in week 2, left. Sertraline 100 mg since 06/2024, continues, partial.
Acamprosate 666 mg three times daily started 08/12/2026 (during this stay).
Home: lives with his brother, who drinks daily; no sober living bed available until 09/08/2026.
                                                                                                  Page 2
08/17/2026 ASAM dimensional reassessment (Dr. Amundsen-Reyes): D1 withdrawal 0 (resolved 08/12); D2 biomedical 1
(ALT 148, AST 201, improving); D3 emotional 2 (PHQ-9 14, no suicidal ideation); D4 readiness 2 (ambivalent);
D5 relapse potential 4 (two relapses within 2 weeks of IOP; strong cravings); D6 recovery environment 4 (brother
drinks daily at home; no sober housing until 09/08). Conclusion: level 3.5 remains the least intensive safe level.
08/19/2026: PACS craving score 24 (high).
08/21/2026: after a visit from his brother, staff found a bottle of vodka in his bag; breath alcohol 0.00.
Behavioral contract signed; passes suspended.
Discharge planning (09/01/2026): Brisco Falls Recovery IOP (network) - first opening 09/14/2026. Sober living
bed from 09/08/2026. Discharged 09/06/2026 to his sister's home until then.
""",
}

C06_TRUTH = """
# 06 - Self-funded employer plan: residential alcohol-use-disorder treatment cut off under the vendor's criteria although the SPD names ASAM; external review (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Desmond Kettering, 38, participant in a **self-funded employer plan** (Vantage Freight Systems; TPA Pinecrest;
  behavioral review vendor ClearPath). Severe alcohol use disorder (F10.20) with recurrent depression (F33.1).
- ED 08/05/2026; medically managed withdrawal 08/06-08/09 (paid); **residential, ASAM level 3.5**, from 08/10;
  days **08/10-08/16 paid**; continued stay **denied from 08/17** (concurrent review 08/17/2026); claim for
  **08/17-09/05/2026, 20 days**, denied CO-50 on **09/18/2026**. Discharged the morning of 09/06/2026.
- Reason: ClearPath's own **CP-SUD-RES-3 criterion 4** ("medically stable, withdrawal resolved, no imminent risk");
  "IOP appropriate". Reviewer: **family medicine**.
- **SPD 7.6**: the Plan **and any organization that reviews care for it** decide level of care for a substance use
  disorder **using the dimensional criteria of The ASAM Criteria**. The denial did not apply them.
- The **ASAM reassessment of 08/17/2026** (addiction medicine): dimensions 1-2 low, **dimension 5 (relapse) and
  dimension 6 (recovery environment) at the highest rating**: two relapses within two weeks of IOP (03/2025,
  10/2025), brother drinking daily at home, no sober housing until 09/08/2026; conclusion: 3.5 is the least intensive
  safe level.
- The **final internal decision (10/08/2026)** says he "had no behavioral issues during the stay": the record shows a
  **bottle of vodka found in his bag on 08/21** (breath alcohol 0.00; contract; passes suspended) and **PACS 24 on
  08/19**.
- The in-network **IOP had no opening until 09/14/2026**, after the last day denied.
- Next level: **external review**, federal process for a self-funded plan (**29 CFR 2590.715-2719(d)**), requested
  through the plan within **four months** of receipt of the 10/08/2026 decision (by about **02/08/2027**). A
  level-of-care denial turns on medical judgment, so it is eligible.
- Author: the **patient** ("I").

## Deliberately unknown
- ClearPath's full CP-SUD-RES-3 text (never provided): ask for it; don't describe it beyond criterion 4 as quoted.
- Whether the plan's other level-of-care reviews (medical/surgical rehabilitation) use comparable criteria (no
  comparator in the case).
- What the IRO will decide, and its decision time (not in the case).

## Traps
- **Days**: 20 days denied (08/17-09/05); not 21, and not the paid days 08/10-08/16 or the withdrawal days.
- **Not a hospital**: residential treatment is not an inpatient hospital stay (the case marks it as a span of days
  only because no other field makes two dates a span; see the README's tool gaps).
- **Withdrawal had resolved** (true since 08/12): don't argue withdrawal risk or medical instability; the case is
  relapse potential and recovery environment (ASAM dimensions 5 and 6), which the vendor's criterion does not weigh.
- **Acamprosate** was started during the stay (not a prior trial); **sertraline continues** (never "failed").
  Naltrexone (2025) and the two IOPs are the earlier failures.
- **No suicidal ideation**: no self-harm argument.
- **The vodka incident**: breath alcohol was 0.00: do not say he drank during the stay.
- **Discretion clause** (12.1): no contra proferentem as law.
- **Wrong law or route**: a self-funded ERISA plan: not the state insurance department, not 45 CFR 147.136(c)
  (state external review); DOL rule 29 CFR 2590.715-2719 (federal process). Parity (MHPAEA) may be mentioned for the
  plan's use of non-ASAM criteria, but no violation is proven by the case (no comparator): not the lead.
- **Stage**: the request is for external review after the final internal denial; quote the 10/08/2026 decision.

## Arguments a strong letter makes (strongest first)
1. **The plan's own SPD 7.6** requires level of care for a substance use disorder to be decided with **The ASAM
   Criteria**, binding on "any organization that reviews care for the Plan"; the denial applied ClearPath's
   CP-SUD-RES-3 instead. Under ASAM's dimensions, as assessed on 08/17/2026, residential 3.5 remained the least
   intensive safe level (dimensions 5 and 6 at the highest rating).
2. The final decision's facts are wrong: **contraband alcohol on 08/21** and **high craving (PACS 24) on 08/19**
   contradict "no behavioral issues"; "medically stable" is not the test ASAM sets for 3.5.
3. The lower level was **not available** (IOP first opening 09/14/2026), and IOP had **failed twice** with relapse
   within two weeks; ask the IRO, with an addiction-medicine reviewer, to reverse the denial of 08/17-09/05/2026.

## What a letter must NOT say
- "21 days", "08/10-09/06 denied", "hospital admission", "inpatient hospital".
- "withdrawal risk" or "medically unstable" as the reason; "drank during the stay"; "failed sertraline";
  "acamprosate failed"; "suicidal".
- "state insurance department", "45 CFR 147.136(c)" as his route, "deemed approved", contra proferentem as law, a
  parity violation stated as proven.
"""

C06_EXPECTED = [
    ("denial/concurrent-review-denial-2026-08-17.txt", "Authorized: 08/10/2026 through 08/16/2026"),
    ("denial/concurrent-review-denial-2026-08-17.txt", "CP-SUD-RES-3, criterion 4 is not met"),
    ("denial/eob-2026-09-18.txt", "08/17/2026-09/05/2026"),
    ("denial/eob-2026-09-18.txt", "20     $17,000.00"),
    ("denial/final-internal-appeal-decision-2026-10-08.txt", "had no behavioral\nissues during the stay"),
    ("denial/final-internal-appeal-decision-2026-10-08.txt", "within four months\nafter you receive this notice"),
    ("denial/final-internal-appeal-decision-2026-10-08.txt", "its external review follows the federal\nprocess"),
    ("other/spd-section-7-excerpt.txt", "and any\norganization that reviews care for the Plan"),
    ("other/spd-section-7-excerpt.txt", "The ASAM Criteria"),
    ("clinical/red-cedar-residential-record-2026.txt", "D5 relapse potential 4"),
    ("clinical/red-cedar-residential-record-2026.txt", "D6 recovery environment 4"),
    ("clinical/red-cedar-residential-record-2026.txt", "staff found a bottle of vodka in his bag; breath alcohol 0.00"),
    ("clinical/red-cedar-residential-record-2026.txt", "PACS craving score 24"),
    ("clinical/red-cedar-residential-record-2026.txt", "first opening 09/14/2026"),
    ("clinical/red-cedar-residential-record-2026.txt", "started 08/12/2026 (during this stay)"),
]

CASE_06 = {
    "slug": "06-self-funded-residential-alcohol-use-disorder-asam-spd-external-review-patient",
    "yaml": C06_YAML,
    "files": C06_FILES,
    "truth": C06_TRUTH,
    "expected": C06_EXPECTED,
}


# ---------------------------------------------------------------------------------------------------------------
# 07 Medicare Advantage HMO: psychotherapy visits 21-26 denied under a 20-visit limit from the 2025 benefit grid;
#    the 2026 Evidence of Coverage sets no limit. Reconsideration of the payment denial; her therapist (LCSW) writes
#    as appointed representative (CMS-1696).
# ---------------------------------------------------------------------------------------------------------------
C07_VISITS = ["2026-08-26", "2026-09-02", "2026-09-09", "2026-09-16", "2026-09-23", "2026-09-30"]

C07_YAML = """
# FICTIONAL CASE (set 21, case 07) - every person, plan, provider, number and address is invented.
# Medicare Advantage HMO: weekly individual psychotherapy since 04/08/2026; visits 21-26 (08/26-09/30/2026) denied
# PR-119 under "20 outpatient individual therapy visits per calendar year" (Benefit Grid BH-OP-2025). The 2026
# Evidence of Coverage says there is no limit on the number of visits. Her therapist, an LCSW, asks for
# reconsideration as her appointed representative.
patient:
  name: Eleanor Brightwater Quist
  salutation: Mrs. Quist
  date_of_birth: 1954-02-27
  member_id: FICT-HSA-7730052
  address: |-
    9 Linden Hollow Road
    Maple Strand, IA 50266
  phone: (515) 555-0128
insurer:
  name: Heartland Senior Advantage (HMO) (FICTIONAL)
  appeals_address: |-
    Heartland Senior Advantage, Appeals and Grievances
    PO Box 14490
    Maple Strand, IA 50266
  fax: (515) 555-0181
claim:
  number: HSA-26-1014-552081
  plan_type: medicare_advantage
  notice_date: 2026-10-14
  service_dates: [%s]
  procedure_codes: [90837]
  diagnosis_codes: [F33.1, F43.81]
  carc_codes: [PR-119]
  denial_reason: >-
    We denied payment for outpatient individual psychotherapy visits on 08/26/2026 through 09/30/2026 (6 visits).
    Your plan covers 20 outpatient individual therapy visits per calendar year (Benefit Grid BH-OP-2025, outpatient
    mental health). You have used 20 visits in 2026.
  denial_category: benefit_limit
  action: none
  coding_correct: true
plan_policy:
  name: Heartland Senior Advantage 2026 Evidence of Coverage, Chapter 4, Medical Benefits Chart, Outpatient mental health care
  quote: >-
    Outpatient mental health care. Covered services include individual and group therapy visits with a
    psychiatrist, psychologist, clinical social worker, nurse practitioner, physician assistant or other qualified
    mental health professional. You pay a $20 copay for each individual or group therapy visit. There is no limit on
    the number of visits. Prior authorization is not required.
  file: other/eoc-2026-chapter-4-outpatient-mental-health.txt
  limit:
    applied: 20
    current: none
    course: 26
    unit: visits
treatment:
  name: Outpatient individual psychotherapy
  summary: >-
    Weekly 53-minute individual psychotherapy (90837) for recurrent major depression and prolonged grief after her
    husband's death, with a licensed clinical social worker in the plan's network.
author:
  name: Tomasz Wierzbicki
  role: Licensed clinical social worker (LCSW), her treating therapist; appointed representative (form CMS-1696)
  relation: representative
  authorization: other/cms-1696-appointment-2026-10-20.txt
  address: |-
    Maple Strand Counseling Associates, 44 Prairie Court, Suite 2
    Maple Strand, IA 50266
  phone: (515) 555-0147
  email: t.wierzbicki@maplestrandcounseling.example
provider:
  name: Tomasz Wierzbicki
  credentials: LCSW
  npi: "1673059287"
  phone: (515) 555-0147
  address: |-
    Maple Strand Counseling Associates, 44 Prairie Court, Suite 2
    Maple Strand, IA 50266
clinical:
  severity: PHQ-9 19 at intake (04/08/2026); PHQ-9 11 on 09/30/2026
  severity_date: 2026-09-30
  suicidality: none
  suicidality_date: 2026-09-30
  response: PHQ-9 19 to 11 over 26 visits
  response_level: partial
  history:
    - drug: Sertraline
      dose: 50 mg, then 100 mg daily
      start: 2025-12
      ongoing: true
      outcome: Continued (prescribed by her primary care physician); partial response
      response: partial
      evidence: {file: clinical/therapy-progress-summary-2026-10-05.txt, page: 1}
    - drug: Mirtazapine
      dose: 7.5 mg at bedtime
      start: 2026-01
      ongoing: true
      kind: other
      outcome: For sleep
      evidence: {file: clinical/therapy-progress-summary-2026-10-05.txt, page: 1}
    - drug: Individual psychotherapy (this course)
      kind: psychotherapy
      dose: weekly 53-minute sessions (90837), 26 sessions to 09/30/2026
      sessions: 26
      start: 2026-04-08
      ongoing: true
      outcome: Continuing; partial response (PHQ-9 19 to 11)
      response: partial
      failed: false
      evidence: {file: clinical/therapy-progress-summary-2026-10-05.txt, page: 1}
impact:
  daily_life: >-
    Before therapy she had stopped leaving the house except for groceries; by September 2026 she had returned to
    her church choir and drives to visit her sister weekly.
bates_prefix: QUIST
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""" % ", ".join(C07_VISITS)

C07_FILES = {
    "denial/notice-of-denial-of-payment-2026-10-14.txt": """
HEARTLAND SENIOR ADVANTAGE (HMO) (FICTIONAL) - a Medicare Advantage plan
NOTICE OF DENIAL OF PAYMENT                                   Date: 10/14/2026
Member: Eleanor B. Quist     Member ID: FICT-HSA-7730052     Claim: HSA-26-1014-552081
Provider: Tomasz Wierzbicki, LCSW, Maple Strand Counseling Associates (network)

We denied payment for outpatient individual psychotherapy visits on 08/26/2026 through 09/30/2026 (6 visits).
Your plan covers 20 outpatient individual therapy visits per calendar year (Benefit Grid BH-OP-2025, outpatient
mental health). You have used 20 visits in 2026.
Claim adjustment: PR-119 (benefit maximum for this time period has been reached). You may owe $165.00 per visit.

Your psychiatrist visit on 09/15/2026 (99214) was paid and is not affected by this notice.

If you disagree, you may ask for a reconsideration (appeal). Your request must be filed within 65 days of the date
of this notice. We will decide a request about payment within 60 days. If we do not decide fully in your favor, we
will send your case to an Independent Review Entity automatically.
""",
    "other/eoc-2026-chapter-4-outpatient-mental-health.txt": """
HEARTLAND SENIOR ADVANTAGE (HMO) (FICTIONAL) - 2026 EVIDENCE OF COVERAGE (EXCERPT)
Chapter 4: Medical Benefits Chart (what is covered and what you pay) - effective January 1 - December 31, 2026

Outpatient mental health care. Covered services include individual and group therapy visits with a
psychiatrist, psychologist, clinical social worker, nurse practitioner, physician assistant or other qualified
mental health professional. You pay a $20 copay for each individual or group therapy visit. There is no limit on
the number of visits. Prior authorization is not required.
""",
    "other/benefit-grid-bh-op-2025.txt": """
HEARTLAND SENIOR ADVANTAGE (HMO) (FICTIONAL) - BENEFIT GRID BH-OP-2025 (plan year 2025)
Outpatient mental health, individual therapy: $25 copay; limited to 20 visits per calendar year; additional
visits require prior authorization.
(Superseded for plan year 2026 by the 2026 Evidence of Coverage.)
""",
    "clinical/therapy-progress-summary-2026-10-05.txt": """
MAPLE STRAND COUNSELING ASSOCIATES (FICTIONAL) - PSYCHOTHERAPY PROGRESS SUMMARY       Date: 10/05/2026   Page 1
Client: Eleanor B. Quist, DOB 02/27/1954      Therapist: Tomasz Wierzbicki, LCSW
Diagnoses: F33.1 recurrent major depression, moderate; F43.81 prolonged grief disorder (husband died 11/2025).
Treatment: weekly individual psychotherapy (90837, 53 minutes), grief-focused and behavioral activation, since
04/08/2026; 26 sessions through 09/30/2026. Continuing weekly.
Medications (from her primary care physician): sertraline 50 -> 100 mg since 12/2025, continues, partial help;
mirtazapine 7.5 mg at bedtime for sleep since 01/2026.
Measures: PHQ-9 19 (04/08/2026), 15 (06/03/2026), 11 (09/30/2026).
Safety: in April 2026 she said she "wished to be with Harold"; no plan or intent. No death wish or suicidal
ideation at any visit since June 2026 (C-SSRS screen negative 09/30/2026).
Function: had stopped leaving the house except for groceries; by September back in her church choir and driving
to visit her sister weekly.
""",
    "other/cms-1696-appointment-2026-10-20.txt": """
APPOINTMENT OF REPRESENTATIVE (FORM CMS-1696 CONTENT, FICTIONAL COPY)
Beneficiary: Eleanor B. Quist, Medicare Number FICT-5TR8-WE2-QP61
I appoint Tomasz Wierzbicki, LCSW, my therapist, to act as my representative in my appeal of the denial of payment
for my therapy visits (claim HSA-26-1014-552081). He will not charge me a fee for this.
Signed: Eleanor B. Quist, 10/20/2026.  Accepted: Tomasz Wierzbicki, 10/20/2026.
""",
}

C07_TRUTH = """
# 07 - Medicare Advantage: psychotherapy visits 21-26 denied under a 2025 visit limit; the 2026 EOC sets none; reconsideration (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Eleanor Quist, 72, **Medicare Advantage HMO** (Heartland Senior Advantage). Recurrent major depression, moderate
  (F33.1), and prolonged grief disorder (F43.81) after her husband's death in 11/2025.
- Weekly **individual psychotherapy** (90837) with an in-network **LCSW** since **04/08/2026**; visits **21-26**
  (**08/26, 09/02, 09/09, 09/16, 09/23, 09/30/2026**) denied **10/14/2026**, PR-119, "20 outpatient individual
  therapy visits per calendar year (Benefit Grid BH-OP-2025)". She "may owe $165.00 per visit".
- The **2026 Evidence of Coverage**, Chapter 4: individual therapy visits, $20 copay, "**There is no limit on the
  number of visits. Prior authorization is not required.**" The benefit grid the denial names is the **2025** grid
  (and even it required prior authorization for more visits, not a hard stop). So the denial applied last year's term.
- Law: a Medicare Advantage plan must cover the Part B benefits Original Medicare covers (42 CFR 422.101(a)-(b));
  Original Medicare sets no annual visit count for outpatient psychotherapy. The EOC is the plan's own promise.
- Route: **reconsideration of a payment denial**, within **65 days** of the notice (by **12/18/2026**), 42 CFR
  422.582(b); decided within **60 days** (422.590(b)); if not fully favorable, forwarded to the IRE automatically
  (422.592). Not a Part B drug (no 7-day clock); not expedited (payment).
- Progress: PHQ-9 19 -> 11 (partial response); therapy **continues** (not failed). Sertraline (PCP) continues;
  mirtazapine 7.5 mg for sleep. Passive wish in April 2026; none since June (C-SSRS negative 09/30/2026).
- Author: her **therapist, an LCSW**, appointed representative (**CMS-1696**, 10/20/2026), no fee.

## Deliberately unknown
- Whether visits after 09/30/2026 were denied the same way (not in this notice; don't claim them).
- Why the claims system carried the 2025 grid (not in the case).
- What she has been billed so far (the notice says she "may owe").

## Traps
- **Which year's term**: the 2025 grid is superseded; quote the 2026 EOC. Don't argue an "exception beyond the
  limit" or "medical necessity for more visits": no limit applies to 2026 visits.
- **Not a medical-necessity denial**: no criteria table, no trial count, no peer-to-peer, no request for a
  psychiatrist reviewer as the lead; the psychiatrist visit of 09/15 was paid and is not at issue.
- **Voice**: the author is a therapist (LCSW) writing as appointed representative: never "Dr.", "physician",
  "prescriber", and no physician's certification of urgency.
- **Suicidality**: the April wish is history; none since June. No harm-from-delay paragraph about suicide.
- **Therapy is not a failed trial**: it is working (partial response) and continuing; sertraline continues (never
  "failed"); mirtazapine is a sleep dose.
- **Wrong law**: no MHPAEA/parity (does not apply to Medicare), no ERISA, no 45 CFR 147.136, no state insurance
  department or state external review, no Part D rules, no Original Medicare redetermination (405.x) route.

## Arguments a strong letter makes (strongest first)
1. The plan's **2026 Evidence of Coverage** sets **no limit** on the number of outpatient therapy visits ($20 copay,
   no prior authorization); the denial applied **Benefit Grid BH-OP-2025**, a term of the 2025 plan year that does
   not govern 2026 visits. Visits 21-26 are covered like visits 1-20.
2. A Medicare Advantage plan must cover Part B outpatient mental health services as Medicare does (42 CFR
   422.101(a)-(b)), which sets no such count.
3. Ask that the six visits be paid at the $20 copay, her liability corrected, and the plan's benefit record fixed
   so later visits are not denied the same way; decision within 60 days (422.590(b)).

## What a letter must NOT say
- "20 visits" as a 2026 limit; "an exception to the visit limit"; "prior authorization was required".
- "Dr. Wierzbicki", "as her physician", "I certify as her treating physician".
- "failed psychotherapy", "failed sertraline", "suicidal ideation" as current.
- "MHPAEA"/"parity", "ERISA", "29 CFR 2560.503-1", "45 CFR 147.136", "external review" (the IRE review is
  automatic), "72 hours"/"expedited", "7 days".
"""

C07_EXPECTED = [
    ("denial/notice-of-denial-of-payment-2026-10-14.txt", "08/26/2026 through 09/30/2026 (6 visits)"),
    ("denial/notice-of-denial-of-payment-2026-10-14.txt", "Benefit Grid BH-OP-2025"),
    ("denial/notice-of-denial-of-payment-2026-10-14.txt", "within 65 days of the date\nof this notice"),
    ("denial/notice-of-denial-of-payment-2026-10-14.txt", "We will decide a request about payment within 60 days"),
    ("denial/notice-of-denial-of-payment-2026-10-14.txt", "99214) was paid"),
    ("other/eoc-2026-chapter-4-outpatient-mental-health.txt", "There is no limit on\nthe number of visits"),
    ("other/eoc-2026-chapter-4-outpatient-mental-health.txt", "effective January 1 - December 31, 2026"),
    ("other/benefit-grid-bh-op-2025.txt", "limited to 20 visits per calendar year"),
    ("other/benefit-grid-bh-op-2025.txt", "Superseded for plan year 2026"),
    ("clinical/therapy-progress-summary-2026-10-05.txt", "26 sessions through 09/30/2026"),
    ("clinical/therapy-progress-summary-2026-10-05.txt", "PHQ-9 19 (04/08/2026), 15 (06/03/2026), 11 (09/30/2026)"),
    ("clinical/therapy-progress-summary-2026-10-05.txt", "No death wish or suicidal\nideation at any visit since June 2026"),
    ("other/cms-1696-appointment-2026-10-20.txt", "He will not charge me a fee"),
]

CASE_07 = {
    "slug": "07-medicare-advantage-psychotherapy-2025-visit-limit-2026-eoc-reconsideration-lcsw",
    "yaml": C07_YAML,
    "files": C07_FILES,
    "truth": C07_TRUTH,
    "expected": C07_EXPECTED,
}


# ---------------------------------------------------------------------------------------------------------------
# 08 Marketplace plan (insured): Spravato induction denied at prior authorization under step policy RX-ESK-04
#    criterion 3 "no augmentation trial"; the criterion is met by its other arm, an adequate ECT trial (8 treatments)
#    in the current episode. First internal appeal, pre-service; the treating psychiatrist writes.
# ---------------------------------------------------------------------------------------------------------------
C08_YAML = """
# FICTIONAL CASE (set 21, case 08) - every person, plan, provider, number and address is invented.
# Individual Marketplace HMO (Georgia): Spravato induction (8 sessions) denied 11/20/2026 under RX-ESK-04 criterion 3
# ("no augmentation trial"). Criterion 3 is "(a) augmentation OR (b) an adequate trial of ECT, at least 6
# treatments, in the current episode"; he had 8 ECT treatments in May 2026. Aripiprazole was prescribed but never
# started. The treating psychiatrist appeals before care.
patient:
  name: Samuel Ikechukwu Dorsey
  salutation: Mr. Dorsey
  date_of_birth: 1990-06-05
  member_id: FICT-PHS-66103925
  address: |-
    64 Tallowwood Lane
    Cedar Bluff, GA 30117
  phone: (770) 555-0139
insurer:
  name: Peachline Health Silver HMO (FICTIONAL)
  appeals_address: |-
    Peachline Health, Member Appeals
    PO Box 90771
    Cedar Bluff, GA 30117
  fax: (770) 555-0183
claim:
  number: PHS-PA-26-1112-05521
  plan_type: individual_aca
  funding: insured
  notice_date: 2026-11-20
  pending_services: 8
  procedure_codes: [J0013]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    Prior authorization for Spravato (esketamine) is denied. Step therapy policy RX-ESK-04, criterion 3, is not
    met: the records do not document an inadequate response to, or intolerance of, an augmentation agent (an
    atypical antipsychotic, lithium or a thyroid hormone) in the current episode.
  denial_category: step_therapy
  reviewer: {name: "Priya Natarajan, PharmD", specialty: Clinical pharmacy}
  action: none
plan_policy:
  name: Pharmacy and Medical Policy RX-ESK-04, Esketamine Nasal Spray (Spravato), step therapy
  number: RX-ESK-04
  quote: >-
    Initial authorization (8 weeks) requires all of the following: 1. Age 18 or older with a diagnosis of major
    depressive disorder; 2. Inadequate response to at least two oral antidepressants from at least two different
    classes, each at an adequate dose for at least 6 weeks, in the current episode; 3. EITHER (a) inadequate
    response to, or intolerance of, at least one augmentation agent (an atypical antipsychotic, lithium or a
    thyroid hormone) at an adequate dose in the current episode, OR (b) an adequate trial of electroconvulsive
    therapy (at least 6 treatments) in the current episode; 4. Prescribed by, or in consultation with, a
    psychiatrist; 5. Given in a healthcare setting certified under the Spravato REMS, with monitoring for at least
    2 hours after each dose.
  file: other/rx-esk-04-policy.txt
payer_criteria:
  - criterion: 1. Age 18 or older with a diagnosis of major depressive disorder
    how_met: Age 36; recurrent major depressive disorder, severe, without psychotic features (F33.2).
    met: true
    evidence: {file: clinical/cedar-bluff-psychiatry-notes-2025-2026.txt, page: 1}
  - criterion: 2. Inadequate response to at least two oral antidepressants from two classes, each at an adequate dose for at least 6 weeks, in the current episode
    how_met: >-
      Escitalopram 20 mg (SSRI), 10/06/2025-12/15/2025, about 10 weeks, no response; venlafaxine XR 225 mg (SNRI),
      01/05/2026-03/23/2026, about 11 weeks, partial response, then stopped. Current episode since 09/2025.
    met: true
    evidence: {file: clinical/cedar-bluff-psychiatry-notes-2025-2026.txt, page: 1}
  - criterion: 3(a) Inadequate response to, or intolerance of, an augmentation agent at an adequate dose in the current episode
    how_met: >-
      Not met: aripiprazole 2 mg was prescribed in April 2026 but never started (not filled; he then declined it).
    met: false
    evidence: {file: other/pharmacy-fill-history-2026.txt, page: 1}
  - criterion: 3(b) An adequate trial of electroconvulsive therapy (at least 6 treatments) in the current episode
    how_met: >-
      Eight right unilateral ECT treatments, 05/04/2026-05/22/2026, at Cedar Bluff Regional Hospital: partial response
      (MADRS 34 to 24), stopped after 8 of a planned 12 for memory problems; relapse by July (MADRS 32).
    met: true
    evidence: {file: clinical/ect-summary-2026-05-27.txt, page: 1}
  - criterion: 4. Prescribed by, or in consultation with, a psychiatrist
    how_met: Prescribed by Dr. Nadia Ferreira-Quaye, psychiatrist.
    met: true
    evidence: {file: clinical/cedar-bluff-psychiatry-notes-2025-2026.txt, page: 2}
  - criterion: 5. REMS-certified setting with at least 2 hours of monitoring after each dose
    how_met: Cedar Bluff Behavioral Health is certified under the Spravato REMS; 2-hour observation with blood pressure checks.
    met: true
    evidence: {file: clinical/cedar-bluff-psychiatry-notes-2025-2026.txt, page: 2}
treatment:
  name: Spravato (esketamine nasal spray)
  summary: >-
    An eight-session Spravato induction (56 mg, then 84 mg, twice weekly for four weeks) for treatment-resistant
    depression, given at a REMS-certified clinic, alongside bupropion.
  setting: Cedar Bluff Behavioral Health, certified under the Spravato REMS (FICTIONAL)
  monitoring: blood pressure before and at 40 minutes and 2 hours after each dose; observation for at least 2 hours
  alongside: bupropion XL 300 mg daily
  plan: >-
    Esketamine 56 mg at the first session, then 84 mg, twice weekly for four weeks (eight sessions); MADRS at
    baseline and weekly; continue only with at least a 25 percent fall in MADRS by session 8.
author:
  name: Nadia Ferreira-Quaye
  role: Treating psychiatrist
  relation: physician
  authorization: other/patient-consent-2026-11-23.txt
  address: |-
    Cedar Bluff Behavioral Health, 210 Mill Pond Road
    Cedar Bluff, GA 30117
  phone: (770) 555-0156
  fax: (770) 555-0157
provider:
  name: Nadia Ferreira-Quaye
  credentials: MD, psychiatry
  npi: "1582047365"
  phone: (770) 555-0156
  address: |-
    Cedar Bluff Behavioral Health, 210 Mill Pond Road
    Cedar Bluff, GA 30117
peer_to_peer:
  availability: weekdays 12-1 pm
clinical:
  severity: MADRS 30 and PHQ-9 20 on November 10, 2026
  severity_date: 2026-11-10
  suicidality: passive
  suicidality_date: 2026-11-10
  episode_onset: 2025-09
  treating_since: 2025-10
  exclusions: no psychosis; no substance use disorder; blood pressure 124/78; no aneurysmal vascular disease
  history:
    - drug: Sertraline
      dose: 100 mg daily
      start: 2019-02
      end: 2020-06
      outcome: Remission within about 8 weeks (earlier episode); stopped after a year well
      response: remission
      evidence: {file: clinical/cedar-bluff-psychiatry-notes-2025-2026.txt, page: 1}
    - drug: Escitalopram
      dose: 10 mg, then 20 mg daily
      start: 2025-10-06
      end: 2025-12-15
      outcome: No response after about 10 weeks; stopped
      response: none
      adequate: true
      failed: true
      evidence: {file: clinical/cedar-bluff-psychiatry-notes-2025-2026.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 75 mg, then 225 mg daily
      start: 2026-01-05
      end: 2026-03-23
      outcome: Partial response (MADRS 36 to 29) after about 11 weeks; stopped
      response: partial
      adequate: true
      failed: true
      evidence: {file: clinical/cedar-bluff-psychiatry-notes-2025-2026.txt, page: 1}
    - drug: Aripiprazole
      kind: augmentation
      dose: 2 mg daily (prescribed, never started)
      start: 2026-04-14
      end: 2026-04-14
      outcome: Prescribed but never filled or taken; he then declined it
      adequate: false
      evidence: {file: other/pharmacy-fill-history-2026.txt, page: 1}
    - drug: Electroconvulsive therapy
      kind: neuromodulation
      dose: 8 right unilateral treatments (12 planned)
      sessions: 8
      start: 2026-05-04
      end: 2026-05-22
      outcome: Partial response (MADRS 34 to 24); stopped for memory problems; relapse by July 2026
      response: partial
      adequate: true
      failed: true
      evidence: {file: clinical/ect-summary-2026-05-27.txt, page: 1}
    - drug: Bupropion XL
      dose: 150 mg, then 300 mg daily
      start: 2026-07-06
      ongoing: true
      outcome: Continued; partial response (MADRS 32 to 30)
      response: partial
      adequate: true
      evidence: {file: clinical/cedar-bluff-psychiatry-notes-2025-2026.txt, page: 2}
    - drug: Hydroxyzine
      dose: 25 mg at bedtime as needed
      start: 2025-11
      ongoing: true
      kind: other
      outcome: For sleep and anxiety
      evidence: {file: clinical/cedar-bluff-psychiatry-notes-2025-2026.txt, page: 2}
impact:
  work: Self-employed carpenter; has turned down all new jobs since August 2026 and lost his main contract.
alternatives:
  - treatment: Aripiprazole or another augmentation agent
    why_not: >-
      Declined after a discussion of weight gain and akathisia; the policy accepts an adequate ECT trial in its
      place (criterion 3(b)), which he has had.
  - treatment: ECT
    why_not: Eight treatments in May 2026 brought only a partial response and memory problems that stopped the course.
literature:
  - id: popova-2019
  - id: mcintyre-2021
bates_prefix: DORSEY
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

C08_FILES = {
    "denial/prior-authorization-denial-2026-11-20.txt": """
PEACHLINE HEALTH (FICTIONAL) - individual Marketplace plan, Silver HMO
NOTICE OF ADVERSE BENEFIT DETERMINATION (PRIOR AUTHORIZATION)      Date: 11/20/2026
Member: Samuel I. Dorsey      Member ID: FICT-PHS-66103925     Request: PHS-PA-26-1112-05521 (received 11/12/2026)
Requested: Spravato (esketamine) nasal spray, J0013, induction, 8 sessions. Prescriber: Nadia Ferreira-Quaye, MD

Decision: DENIED.
Reason: Prior authorization for Spravato (esketamine) is denied. Step therapy policy RX-ESK-04, criterion 3, is
not met: the records do not document an inadequate response to, or intolerance of, an augmentation agent (an
atypical antipsychotic, lithium or a thyroid hormone) in the current episode.
Reviewed by: Priya Natarajan, PharmD, clinical pharmacist.

Your rights: you may appeal within 180 days of receiving this notice. We decide an appeal of a request for care
you have not yet received within 30 days; if waiting could seriously jeopardize your life or health, ask for an
expedited appeal (72 hours). After our decision you may ask for an external review by an independent reviewer.
""",
    "other/rx-esk-04-policy.txt": """
PEACHLINE HEALTH (FICTIONAL) - POLICY RX-ESK-04, ESKETAMINE NASAL SPRAY (SPRAVATO)      Effective 01/01/2026
Initial authorization (8 weeks) requires all of the following:
 1. Age 18 or older with a diagnosis of major depressive disorder;
 2. Inadequate response to at least two oral antidepressants from at least two different classes, each at an
    adequate dose for at least 6 weeks, in the current episode;
 3. EITHER (a) inadequate response to, or intolerance of, at least one augmentation agent (an atypical
    antipsychotic, lithium or a thyroid hormone) at an adequate dose in the current episode,
    OR (b) an adequate trial of electroconvulsive therapy (at least 6 treatments) in the current episode;
 4. Prescribed by, or in consultation with, a psychiatrist;
 5. Given in a healthcare setting certified under the Spravato REMS, with monitoring for at least 2 hours after
    each dose.
Continuation: reauthorization every 6 months with documented benefit.
""",
    "clinical/cedar-bluff-psychiatry-notes-2025-2026.txt": """
CEDAR BLUFF BEHAVIORAL HEALTH (FICTIONAL) - PSYCHIATRY NOTES SUMMARY       Page 1
Patient: Samuel I. Dorsey   DOB 06/05/1990   Psychiatrist: Nadia Ferreira-Quaye, MD (since 10/2025)
Diagnosis: F33.2 recurrent major depressive disorder, severe, without psychotic features.
Earlier episode 2019: sertraline 100 mg 02/2019-06/2020, remission within about 8 weeks, stopped after a year well.
Current episode since 09/2025:
 - Escitalopram 10 -> 20 mg 10/06/2025-12/15/2025 (about 10 weeks): no response; stopped.
 - Venlafaxine XR 75 -> 225 mg 01/05/2026-03/23/2026 (about 11 weeks): MADRS 36 -> 29, partial; stopped.
 - 04/14/2026: aripiprazole 2 mg prescribed as augmentation; pharmacy out of stock; at the next visit (04/28) he
   declined it after reading about weight gain and restlessness. Never taken. Referred for ECT instead.
                                                                                             Page 2
 - ECT 05/2026 at Cedar Bluff Regional Hospital: see ECT summary (8 treatments).
 - Bupropion XL 150 -> 300 mg since 07/06/2026: CONTINUES; MADRS 32 (07/06) -> 30 (11/10), partial.
 - Hydroxyzine 25 mg at bedtime as needed for sleep/anxiety since 11/2025.
11/10/2026: MADRS 30, PHQ-9 20. Passive thoughts that he "would be better off not waking up"; no plan, no
intent, no past attempts. No psychosis, no substance use. BP 124/78. Lost his main contract; not taking new jobs.
Plan: Spravato induction at this clinic (certified under the Spravato REMS; 2-hour observation), 56 mg then 84 mg
twice weekly x 4 weeks, with bupropion continued. PA submitted 11/12/2026.
""",
    "clinical/ect-summary-2026-05-27.txt": """
CEDAR BLUFF REGIONAL HOSPITAL (FICTIONAL) - ECT TREATMENT SUMMARY           05/27/2026   Page 1
Patient: Samuel I. Dorsey   DOB 06/05/1990   Referred by: N. Ferreira-Quaye, MD
Course: right unilateral ultrabrief ECT, three times weekly, 05/04/2026-05/22/2026: 8 treatments given of 12
planned. Adequate seizures each treatment.
MADRS 34 before -> 24 after treatment 8 (partial response).
Stopped after treatment 8: new problems recalling recent conversations and appointments; patient declined
further treatments.
Follow-up 07/06/2026 (psychiatry note): MADRS 32, relapse.
""",
    "other/pharmacy-fill-history-2026.txt": """
CEDAR BLUFF PHARMACY (FICTIONAL) - PRESCRIPTION HISTORY FOR SAMUEL I. DORSEY, 01/2026-11/2026      Page 1
Date        Drug                         Status
01/05/2026  venlafaxine ER 75 mg cap      filled
01/19/2026  venlafaxine ER 225 mg         filled (monthly through 03/2026)
04/14/2026  aripiprazole 2 mg tab          NOT FILLED - out of stock; prescription cancelled 05/14/2026
07/06/2026  bupropion XL 150 mg            filled
08/03/2026  bupropion XL 300 mg            filled (monthly through 11/2026)
""",
    "other/pcp-medication-list-2026-11.txt": """
HILLCREST FAMILY MEDICINE (FICTIONAL) - MEDICATION LIST (printed 11/03/2026)
Patient: Samuel Dorsey
Active: bupropion XL 300 mg daily; aripiprazole 2 mg daily; hydroxyzine 25 mg at bedtime as needed.
(List reconciled from outside prescriptions; not verified with the patient.)
""",
    "other/patient-consent-2026-11-23.txt": """
AUTHORIZATION TO APPEAL ON MY BEHALF (FICTIONAL FORM)
I, Samuel I. Dorsey, authorize Dr. Nadia Ferreira-Quaye and Cedar Bluff Behavioral Health to appeal Peachline
Health's denial PHS-PA-26-1112-05521 for me and to share my records for it.
Signed: Samuel I. Dorsey, 11/23/2026.
""",
}

C08_TRUTH = """
# 08 - Marketplace plan: Spravato denied at prior authorization for "no augmentation trial"; the policy's own criterion 3(b), an ECT trial, is met; first internal appeal (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Samuel Dorsey, 36, **individual Marketplace plan** (Peachline Health Silver HMO, insured, Georgia). Recurrent
  severe major depression without psychotic features (F33.2); current episode since **09/2025**.
- Prior authorization for a **Spravato induction** (8 sessions, 56 then 84 mg twice weekly) denied **11/20/2026**
  under **RX-ESK-04 criterion 3** ("no augmentation agent"), reviewed by a **clinical pharmacist**. Pre-service.
- Criterion 3 is **EITHER (a) an augmentation agent OR (b) an adequate ECT trial, at least 6 treatments, in the
  current episode**. **3(b) is met**: **8 ECT treatments, 05/04-05/22/2026** (partial response MADRS 34 -> 24,
  stopped for memory problems, relapse by July). The denial weighed only 3(a). **3(a) is honestly not met**:
  aripiprazole was prescribed 04/14/2026 but **never filled or taken** (pharmacy history), then declined.
- Criterion 2 is met: escitalopram 20 mg ~10 weeks (no response), venlafaxine XR 225 mg ~11 weeks (partial, stopped)
  - two classes, current episode. Criteria 1, 4, 5 met (age 36; psychiatrist; REMS-certified clinic with 2-hour
  monitoring).
- **Bupropion XL 300 mg continues** (partial), to be taken with Spravato. Spravato's TRD use is its approved use
  (adult, major depression, two failed antidepressants); since January 2025 it may also be used alone.
- Passive death wish 11/10/2026, no plan or intent: **not** the label's acute-suicidal-ideation use.
- Rule: 45 CFR 147.136(b)(3) (individual coverage; the plan decides a pre-service appeal within **30 days**, per its
  notice; expedited 72 hours only if urgent); the appeal window is **180 days** from receipt (to about
  **05/19/2027**); **external review** after the internal appeal.
- Author: the **treating psychiatrist** (physician), with the member's written authorization (11/23/2026).

## Deliberately unknown
- Whether the plan covers Spravato under the medical or the pharmacy benefit elsewhere in its documents.
- Whether Georgia's own step-therapy law adds anything (not in the case; the letter need not cite state law).
- The plan's step rules for comparable medical/surgical drugs (no comparator: parity can be raised only as a
  request for information).

## Traps
- **3(a) is not met**: a letter must not say he took, failed or did not tolerate aripiprazole or any augmentation
  agent. The **PCP medication list** showing "aripiprazole 2 mg daily - active" is stale and unverified; the pharmacy
  history shows it was never filled.
- **ECT**: 8 of a planned 12 treatments, stopped for memory problems; adequate under the policy's "at least 6", with a
  partial response: never "a completed 12-treatment course" or "no response to ECT".
- **Earlier episode**: sertraline 2019-2020 brought remission: not a failure in this episode.
- **Bupropion continues**: never "failed"/"stopped". **Hydroxyzine** is for sleep/anxiety: not a trial.
- **Counts**: two adequate failed antidepressant trials in this episode (not three; bupropion ongoing; sertraline
  earlier episode).
- **Suicidality**: passive only; not "active suicidal ideation", not the suicidality indication; no emergency.
- **Reviewer**: a PharmD, not a psychiatrist: ask for a psychiatrist reviewer.
- **Wrong law**: no ERISA as the governing law (individual coverage: 45 CFR 147.136(b)(3), which applies the claims
  rule), no Medicare/Medicaid rules, no "deemed approved".

## Arguments a strong letter makes (strongest first)
1. **Criterion 3 is met by its own alternative (b)**: an adequate ECT trial in the current episode (8 treatments,
   05/04-05/22/2026, ECT summary), at least the 6 the policy asks; the denial weighed only 3(a). With criteria 1, 2,
   4 and 5 met, every criterion of RX-ESK-04 is met.
2. Criterion 2 and the rest, point by point with the exhibits: two failed antidepressants of two classes in this
   episode; bupropion continuing; psychiatrist prescriber; REMS-certified setting; prescriber's plan with a stopping
   rule.
3. The evidence for esketamine in TRD (Popova 2019; McIntyre 2021); the cost of delay (MADRS 30, lost his main
   contract); ask for reversal, a psychiatrist reviewer, a decision within 30 days, and a peer-to-peer call.

## What a letter must NOT say
- "failed aripiprazole", "did not tolerate aripiprazole", "augmentation trial" as done, "criterion 3(a) is met".
- "three failed antidepressants", "failed sertraline", "failed bupropion", "12 ECT treatments", "no response to ECT".
- "active suicidal ideation", "acute suicidal ideation", "emergency".
- "the plan named no criteria", "29 CFR 2560.503-1" as the governing law on its own, "EBSA", "Medicaid", "deemed
  approved".
"""

C08_EXPECTED = [
    ("denial/prior-authorization-denial-2026-11-20.txt", "RX-ESK-04, criterion 3, is\nnot met"),
    ("denial/prior-authorization-denial-2026-11-20.txt", "Priya Natarajan, PharmD"),
    ("denial/prior-authorization-denial-2026-11-20.txt", "within 30 days"),
    ("other/rx-esk-04-policy.txt", "OR (b) an adequate trial of electroconvulsive therapy (at least 6 treatments) in the current episode"),
    ("clinical/ect-summary-2026-05-27.txt", "8 treatments given of 12\nplanned"),
    ("clinical/ect-summary-2026-05-27.txt", "MADRS 34 before -> 24 after treatment 8"),
    ("other/pharmacy-fill-history-2026.txt", "NOT FILLED - out of stock"),
    ("other/pcp-medication-list-2026-11.txt", "aripiprazole 2 mg daily"),
    ("clinical/cedar-bluff-psychiatry-notes-2025-2026.txt", "Never taken"),
    ("clinical/cedar-bluff-psychiatry-notes-2025-2026.txt", "Bupropion XL 150 -> 300 mg since 07/06/2026: CONTINUES"),
    ("clinical/cedar-bluff-psychiatry-notes-2025-2026.txt", "remission within about 8 weeks"),
    ("clinical/cedar-bluff-psychiatry-notes-2025-2026.txt", "no plan, no\nintent"),
    ("clinical/cedar-bluff-psychiatry-notes-2025-2026.txt", "certified under the Spravato REMS"),
    ("other/patient-consent-2026-11-23.txt", "authorize Dr. Nadia Ferreira-Quaye"),
]

CASE_08 = {
    "slug": "08-marketplace-spravato-step-therapy-ect-alternative-arm-first-appeal-psychiatrist",
    "yaml": C08_YAML,
    "files": C08_FILES,
    "truth": C08_TRUTH,
    "expected": C08_EXPECTED,
}

CASES = [CASE_05, CASE_06, CASE_07, CASE_08]
