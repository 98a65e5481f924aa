"""Set 35, case 05 (FICTIONAL): separate CHIP managed care, family psychotherapy claim denied for a diagnosis code; corrected claim accepted in time."""

SLUG = "05-chip-mco-family-therapy-z-code-only-corrected-claim-accepted-first-appeal-lmft"

CASE_YAML = """
# FICTIONAL CASE (set 35, case 05) - every person, plan, provider, number and address is invented.
# Texas separate CHIP, managed care (FICTIONAL plan). Jonah Abernethy-Ruiz, 13, had five family psychotherapy
# sessions with him present (90847) 08/05-09/30/2026 for PTSD after a house fire. The claim listed only Z63.8 and was
# denied (CO-11, remittance 10/09/2026). The therapist sent a corrected claim (frequency code 7, F43.10 first) on
# 10/21/2026, accepted 10/22/2026, within the plan's 120-day corrected-claim rule; the plan's notice of 11/16/2026
# still says no corrected claim was received. The treating LMFT appeals with the mother's written consent.
patient:
  name: Jonah Abernethy-Ruiz
  salutation: Jonah
  date_of_birth: 2013-05-14
  member_id: FICT-TXC-30917765
  address: |-
    418 Arcadia Place
    San Antonio, TX 78209
  phone: (210) 555-0119
insurer:
  name: Lone Mesa Kids Health Plan (FICTIONAL), Texas CHIP
  appeals_address: |-
    Lone Mesa Kids Health Plan - Member Appeals (FICTIONAL)
    PO Box 690217
    San Antonio, TX 78269
  fax: (210) 555-0144
claim:
  number: LMK-26-1009-77310
  plan_type: chip
  delivery: managed_care
  notice_date: 2026-11-16
  appeal_deadline: 2027-01-15
  deadline_basis: >-
    Notice of 11/16/2026: "You have 60 days from the date of this letter to ask for an appeal."
  service_dates: [2026-08-05, 2026-08-19, 2026-09-02, 2026-09-16, 2026-09-30]
  setting: outpatient
  procedure_codes: [90847]
  diagnosis_codes: [F43.10, Z63.8]
  carc_codes: [CO-11]
  denial_reason: >-
    The diagnosis is inconsistent with the procedure. Z63.8 is not a covered behavioral health diagnosis for family
    psychotherapy (90847). No corrected claim has been received. (CARC 11)
  denial_category: coding_billing
  denial_reasons: [coding_billing]
  coding_correct: false
  action: none
  corrections:
    - said: No corrected claim has been received.
      record: >-
        The clearinghouse report shows the corrected claim (frequency code 7, F43.10 as the first diagnosis) accepted
        by the plan on 10/22/2026 in batch 40915, payer claim number LMK-26-1022-80455.
      file: other/clearinghouse-acceptance-report-2026-10-22.txt
      page: 1
plan_policy:
  name: Lone Mesa Kids Health Plan Provider Manual 2026, Section 11.5 "Corrected claims"
  number: Section 11.5
  quote: >-
    A corrected claim (frequency code 7) must be received within 120 days of the date of the remittance advice for
    the original claim. A corrected claim received within that time is processed as a replacement of the original
    claim.
  file: other/provider-manual-2026-section-11-5-excerpt.txt
corrected_claim:
  error: >-
    The original claim listed only Z63.8, a code for a problem in the family, as the diagnosis; the diagnosis being
    treated, post-traumatic stress disorder (F43.10), was left off.
  resubmission_code: 7
  file: other/corrected-claim-2026-10-21.txt
  lines:
    - code: 90847
      units: 1
      documented: >-
        family psychotherapy with Jonah present, 50 minutes, for his post-traumatic stress disorder, on each of the
        five dates
      evidence: {file: clinical/family-therapy-notes-2026-08-05-to-09-30.txt, page: 1}
  sent: 2026-10-21
  accepted: 2026-10-22
  reference: clearinghouse report, batch 40915
  proof: [other/clearinghouse-acceptance-report-2026-10-22.txt]
  deadline: 2027-02-06
treatment:
  name: Family psychotherapy with the patient present (90847), 5 sessions
  summary: >-
    Trauma-focused family sessions for Jonah's post-traumatic stress disorder after a house fire in 03/2026; the care
    is not in question, only the diagnosis code on the original claim.
clinical:
  severity: Child PTSD Symptom Scale (CPSS-5) 38 on 07/22/2026; 24 on 09/30/2026
  severity_date: 2026-09-30
  suicidality: none
  suicidality_date: 2026-09-30
  response: CPSS-5 38 (07/22/2026) to 24 (09/30/2026)
  response_level: partial
  history:
    - drug: Sertraline
      dose: 50 mg daily (prescribed by his pediatric psychiatrist)
      start: 2026-06
      ongoing: true
      kind: antidepressant
      response: partial
      outcome: Partial response; continues
      evidence: {file: clinical/trauma-assessment-2026-07-22.txt, page: 1}
    - drug: Fluoxetine
      dose: 10 mg daily
      start: 2026-04
      end: 2026-04
      weeks: 1
      kind: antidepressant
      adequate: false
      failed: false
      outcome: Stopped after 10 days for restlessness and agitation (intolerance)
      evidence: {file: clinical/trauma-assessment-2026-07-22.txt, page: 1}
    - drug: Melatonin
      dose: 3 mg at bedtime for sleep
      start: 2026-04
      ongoing: true
      kind: other
      outcome: Sleep aid only
      evidence: {file: clinical/trauma-assessment-2026-07-22.txt, page: 1}
    - drug: School counseling
      dose: 8 sessions
      start: 2024-02
      end: 2024-05
      kind: psychotherapy
      sessions: 8
      response: response
      failed: false
      outcome: Earlier, unrelated difficulty (2024, adjustment after a school move) - improved
      evidence: {file: clinical/trauma-assessment-2026-07-22.txt, page: 1}
author:
  name: Renee Castellanos-Whitford, LMFT
  role: treating therapist, licensed marriage and family therapist (LMFT)
  relation: clinician
  authorization: other/parent-consent-2026-11-19.txt
  address: |-
    Alamo Heights Family Therapy (FICTIONAL), 5100 Broadway, Suite 12
    San Antonio, TX 78209
  phone: (210) 555-0173
  email: rcw@alamoheightsfamilytherapy.example
provider:
  name: Renee Castellanos-Whitford, LMFT
  credentials: LMFT
  npi: "1842206397"
  address: |-
    Alamo Heights Family Therapy (FICTIONAL), 5100 Broadway, Suite 12
    San Antonio, TX 78209
  phone: (210) 555-0173
record_dates:
  - file: clinical/trauma-assessment-2026-07-22.txt
    date: 2026-07-22
  - file: clinical/family-therapy-notes-2026-08-05-to-09-30.txt
    date: 2026-09-30
bates_prefix: ABERNETHYRUIZ
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
"denial/notice-of-adverse-benefit-determination-2026-11-16.txt": """
LONE MESA KIDS HEALTH PLAN (FICTIONAL) - TEXAS CHIP - NOTICE OF ADVERSE BENEFIT DETERMINATION       Date: 11/16/2026
Member: Jonah Abernethy-Ruiz   DOB 05/14/2013   Member ID FICT-TXC-30917765
Claim LMK-26-1009-77310   Provider: Renee Castellanos-Whitford, LMFT, NPI 1842206397
Services: 90847 on 08/05/2026, 08/19/2026, 09/02/2026, 09/16/2026, 09/30/2026
Reason: CARC 11. The diagnosis is inconsistent with the procedure. Z63.8 is not a covered behavioral health diagnosis
for family psychotherapy (90847). No corrected claim has been received.
Your right to appeal: You have 60 days from the date of this letter to ask for an appeal. Write to Member Appeals, PO
Box 690217, San Antonio, TX 78269, or fax (210) 555-0144. If we uphold our decision, you may ask the state for a review.
""",
"other/remittance-advice-2026-10-09.txt": """
LONE MESA KIDS HEALTH PLAN (FICTIONAL) - REMITTANCE ADVICE                                         Date: 10/09/2026
Page 1 of 1
Payee: Alamo Heights Family Therapy   Claim LMK-26-1009-77310   Patient: ABERNETHY-RUIZ, JONAH
Diagnosis billed: Z63.8 only
90847 x1 on each of 08/05, 08/19, 09/02, 09/16, 09/30/2026   Billed $750.00   Paid $0.00   CO-11
""",
"other/corrected-claim-2026-10-21.txt": """
CORRECTED CLAIM (CMS-1500 data, FICTIONAL copy)                                                     Sent: 10/21/2026
Page 1 of 1
Box 22: resubmission code 7 (replacement of prior claim), original reference LMK-26-1009-77310
Box 21: diagnoses A. F43.10 (post-traumatic stress disorder, unspecified); B. Z63.8
Lines 1-5: 90847 x1, dates 08/05, 08/19, 09/02, 09/16, 09/30/2026, place of service 11, diagnosis pointer AB
Rendering provider: Renee Castellanos-Whitford, LMFT, NPI 1842206397
Claim frequency code 7.
""",
"other/clearinghouse-acceptance-report-2026-10-22.txt": """
MISSION TRAIL CLAIMS EXCHANGE (FICTIONAL CLEARINGHOUSE) - PAYER ACCEPTANCE REPORT (277CA)     Report: 10/22/2026
Batch 40915, sent 10/21/2026 17:05   Submitter: Alamo Heights Family Therapy   Page 1 of 1
Line 1  ABERNETHY-RUIZ, JONAH   90847 x5 (08/05-09/30/2026)   frequency code 7   Payer: Lone Mesa Kids Health Plan
        Status: ACCEPTED 10/22/2026   Payer claim number LMK-26-1022-80455
Line 2  PRUITT, ANNIKA   90837 x2   Payer: Hill Country Commercial PPO   Status: ACCEPTED 10/22/2026
""",
"other/provider-manual-2026-section-11-5-excerpt.txt": """
LONE MESA KIDS HEALTH PLAN (FICTIONAL) - PROVIDER MANUAL 2026 (excerpt)                            Page 63 of 140
Section 11.5 Corrected claims
A corrected claim (frequency code 7) must be received within 120 days of the date of the remittance advice for the
original claim. A corrected claim received within that time is processed as a replacement of the original claim.
""",
"other/parent-consent-2026-11-19.txt": """
PARENT'S CONSENT TO APPEAL AND TO SHARE RECORDS (FICTIONAL)                                         Date: 11/19/2026
Page 1 of 1
I, Lucia Ruiz, mother of Jonah Abernethy-Ruiz (DOB 05/14/2013), ask Renee Castellanos-Whitford, LMFT, to appeal the
plan's decision of 11/16/2026 for Jonah and agree that she may send the plan the records needed for it.
Signed: Lucia Ruiz 11/19/2026
""",
"other/school-counselor-referral-2024-stale.txt": """
NORTHEAST SAN ANTONIO MIDDLE SCHOOL (FICTIONAL) - COUNSELOR REFERRAL                                Date: 02/06/2024
Student: Jonah Abernethy-Ruiz, grade 5
Reason: adjustment difficulties after a school move; counselor impression "adjustment disorder" (F43.21 noted by the
family doctor). 8 sessions of school counseling 02/2024-05/2024; improved.
[Kept in the family's papers; it describes 2024, before the fire.]
""",
"clinical/trauma-assessment-2026-07-22.txt": """
ALAMO HEIGHTS FAMILY THERAPY (FICTIONAL) - TRAUMA ASSESSMENT                                        Date: 07/22/2026
Client: Jonah Abernethy-Ruiz   DOB 05/14/2013   Page 1 of 1
After the house fire of 03/2026: nightmares, avoidance of the kitchen and of smoke smells, startle, school refusal 2
days a week. CPSS-5 38. Diagnosis: post-traumatic stress disorder (F43.10). No suicidal ideation.
Medicines (from his pediatric psychiatrist): sertraline 50 mg daily since 06/2026, partial response, continues;
fluoxetine 10 mg in 04/2026 stopped after 10 days for restlessness and agitation; melatonin 3 mg at bedtime.
Earlier: 8 school counseling sessions in 2024 after a school move; improved.
Plan: trauma-focused family sessions every other week with Jonah and his mother present (90847).
""",
"clinical/family-therapy-notes-2026-08-05-to-09-30.txt": """
ALAMO HEIGHTS FAMILY THERAPY (FICTIONAL) - FAMILY PSYCHOTHERAPY NOTES (summary)       08/05/2026-09/30/2026
Client: Jonah Abernethy-Ruiz   Page 1 of 1
Five sessions, 08/05, 08/19, 09/02, 09/16 and 09/30/2026, 50 minutes each, Jonah present with his mother (his sister
Ximena, 9, joined on 09/02). Trauma narrative and in-session exposure for Jonah's PTSD (F43.10); parent coaching.
[Session 09/16: mother mentioned her own treatment for depression; recorded for context only, not a diagnosis of
Jonah.] CPSS-5 24 on 09/30/2026. No suicidal ideation.
""",
}

TRUTH = """
# 05 - Separate CHIP managed care: family psychotherapy denied for a diagnosis code although a corrected claim was sent and accepted in time; first plan appeal by the treating LMFT (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Jonah Abernethy-Ruiz, 13 (DOB 05/14/2013), is a member of **Lone Mesa Kids Health Plan**, a **separate CHIP** managed
  care plan in Texas (not Medicaid).
- He had **five family psychotherapy sessions with him present (90847)** on **08/05, 08/19, 09/02, 09/16 and
  09/30/2026** for **PTSD (F43.10)** after a house fire (CPSS-5 38 -> 24).
- The original claim listed **only Z63.8**; remittance **10/09/2026** denied it (CO-11). The LMFT sent a **corrected claim**
  (**frequency code 7**, F43.10 first, Z63.8 second) on **10/21/2026**; the plan **accepted it 10/22/2026** (batch 40915,
  payer claim LMK-26-1022-80455). The original claim was wrong (`coding_correct: false`); the corrected one is right.
- **Provider Manual Section 11.5**: a corrected claim received within **120 days of the original remittance** (by
  02/06/2027) replaces the original claim. It was received 12 days after the remittance.
- The notice of **11/16/2026** (CARC 11) says "No corrected claim has been received" - the acceptance report
  contradicts it.
- **Rule and stage:** CHIP managed care appeals follow 42 CFR 438 subpart F through 42 CFR 457.1260: **60 days** from the
  notice, **by 01/15/2027**; then the **state's review** (42 CFR 457.1130(b)), not a fair hearing.
- **Author:** his treating therapist, an LMFT, with his mother's written consent (11/19/2026); she writes "I" as his
  treating therapist.

{ANSWERS}

## Deliberately unknown
- Why the plan's notice did not find the corrected claim: not known; a letter may ask it to link LMK-26-1022-80455.
- The allowed amount: not in the case.

## Traps
- **Rule and date, not medicine.** No medical necessity, no clinical reviewer, no peer-to-peer.
- **Honesty about the error:** the original claim was wrong; a letter must not say it was "correctly coded" - it says
  the corrected claim is right and was received in time.
- **A decision's stated fact the record contradicts:** "No corrected claim has been received."
- **CHIP is not Medicaid:** no EPSDT, no state fair hearing, no continued benefits (438.420), no Medicaid parity rule.
- **Other people in the records:** the mother's own depression treatment (09/16 note) and his sister Ximena must not
  appear; the clearinghouse report's line 2 (Annika Pruitt) is another client.
- **Stale document:** the 2024 school referral (adjustment disorder, F43.21) is not his diagnosis now.
- **Drugs:** sertraline continues (partial); fluoxetine was an intolerance (10 days); melatonin is a sleep aid; the 2024
  school counseling helped an earlier, unrelated difficulty. None of it is the question.
- **Voice:** the LMFT writes as his treating therapist (a clinician who does not prescribe): never "Dr.", "physician" or
  "prescriber"; never the child's "I".

## Arguments a strong letter makes (strongest first)
1. The corrected claim (frequency code 7; F43.10 first) was sent 10/21/2026 and accepted 10/22/2026 (batch 40915,
   LMK-26-1022-80455), 12 days after the 10/09/2026 remittance and well within the 120 days of Provider Manual Section
   11.5; process it as the replacement of the original claim and pay the five dates.
2. Correct the notice's statement that no corrected claim was received, with the acceptance report.
3. The corrected diagnosis matches the service: the notes document family psychotherapy with Jonah present, 50
   minutes, for his PTSD, on each date.

## What a letter must NOT say
- "correctly coded" (for the original claim); "medically necessary" as the ground; "peer-to-peer"; "clinical reviewer".
- "EPSDT", "Medicaid", "state fair hearing", "438.420", "ERISA", "45 CFR 147.136", "external review".
- the mother's depression; "Ximena"; "Pruitt"; "adjustment disorder" or "F43.21" as his diagnosis.
- "failed fluoxetine" as an adequate trial; "failed sertraline", "stopped sertraline".
- "Dr. Castellanos-Whitford", "physician", "prescriber".
"""

ANSWERS = [
    ("plan type", "plan_type: chip", "case.yaml"),
    ("date of the notice", "Date: 11/16/2026", "denial/notice-of-adverse-benefit-determination-2026-11-16.txt"),
    ("adjustment code", "CARC 11", "denial/notice-of-adverse-benefit-determination-2026-11-16.txt"),
    ("the notice's wrong statement", "No corrected claim has been received", "denial/notice-of-adverse-benefit-determination-2026-11-16.txt"),
    ("appeal window", "60 days from the date of this letter", "denial/notice-of-adverse-benefit-determination-2026-11-16.txt"),
    ("date of the original remittance", "REMITTANCE ADVICE                                         Date: 10/09/2026", "other/remittance-advice-2026-10-09.txt"),
    ("diagnosis on the original claim", "Diagnosis billed: Z63.8 only", "other/remittance-advice-2026-10-09.txt"),
    ("first diagnosis on the corrected claim", "A. F43.10", "other/corrected-claim-2026-10-21.txt"),
    ("resubmission code", "resubmission code 7", "other/corrected-claim-2026-10-21.txt"),
    ("date the plan accepted it", "ACCEPTED 10/22/2026   Payer claim number LMK-26-1022-80455", "other/clearinghouse-acceptance-report-2026-10-22.txt"),
    ("batch", "Batch 40915", "other/clearinghouse-acceptance-report-2026-10-22.txt"),
    ("corrected-claim limit", "within 120 days of the date of the remittance advice", "other/provider-manual-2026-section-11-5-excerpt.txt"),
    ("dates of service", "08/05, 08/19, 09/02, 09/16 and 09/30/2026", "clinical/family-therapy-notes-2026-08-05-to-09-30.txt"),
    ("diagnosis treated", "post-traumatic stress disorder (F43.10)", "clinical/trauma-assessment-2026-07-22.txt"),
    ("author", "relation: clinician", "case.yaml"),
    ("who consented", "Signed: Lucia Ruiz 11/19/2026", "other/parent-consent-2026-11-19.txt"),
]
