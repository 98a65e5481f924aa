"""Cases 05-08 of set 14. ALL FICTIONAL."""

C05 = dict(
    slug="church-plan-emergency-admission-ect-no-auth-wife",
    yaml=r"""
# FICTIONAL CASE (set 14, case 05) - every person, plan, number and address is invented.
# Church plan (self-funded, not under ERISA): an emergency psychiatric admission after an overdose, with five ECT
# treatments, denied for "no prior authorization". The plan document needs no authorization for an emergency
# admission, only notice within 48 hours; the hospital called within 48 hours. His wife writes the first appeal.
patient:
  name: Anselm Tobiah Brightwater-Koh
  salutation: Mr. Brightwater-Koh
  date_of_birth: 1977-04-18
  member_id: CMBT-FICT-550193-00
  address: |-
    9 Chapel Ridge Road
    Old Severn Mills, PA 17999
  phone: (717) 555-0114
insurer:
  name: Covenant Ministries Benefit Trust (FICTIONAL), a self-funded church plan
  appeals_address: |-
    Benefit Appeals Committee
    1 Trust Plaza, Suite 300
    Beaconfield, PA 17998
  fax: (717) 555-0197
claim:
  number: CMBT-26-1029-004812
  plan_type: church
  funding: self_funded
  notice_date: 2026-10-29
  service_dates: [2026-10-03, 2026-10-04, 2026-10-05, 2026-10-06, 2026-10-07, 2026-10-08, 2026-10-09, 2026-10-10, 2026-10-11, 2026-10-12, 2026-10-13, 2026-10-14, 2026-10-15, 2026-10-16]
  procedure_codes: ['90870', '00104']
  diagnosis_codes: [F33.2, T43.222A]
  carc_codes: [CO-197]
  denial_reason: >-
    Inpatient admission 10/03/2026 - 10/16/2026 and electroconvulsive therapy: prior authorization required and
    not obtained. No authorization on file. Notification received 10/06/2026.
  denial_category: prior_authorization
  action: none
call_log:
  - date: 2026-10-05
    who: Hollowell Valley Hospital utilization review nurse, to the plan's UR line (representative "Dana")
    reference: CMBT-UR-88217
    summary: Emergency admission notification given at 9:15 a.m.; told to fax clinicals (faxed October 6, 2026).
prior_auth:
  reason_missing: >-
    Emergency admission through the emergency department late on October 3, 2026 after an overdose. The plan
    requires no prior authorization for an emergency admission, only notice within 48 hours; the hospital's
    utilization review nurse telephoned the plan on October 5, 2026 at 9:15 a.m. (reference CMBT-UR-88217) and
    faxed the clinicals on October 6. ECT was given during the same stay.
plan_policy:
  name: Plan Document Section 5.4, Emergency admissions and notification
  quote: >-
    Prior authorization is not required for an emergency admission. The Plan must be notified within 48 hours
    of the admission, or by the end of the next business day if later. Services given during an emergency
    admission are reviewed for medical necessity under Section 7 and are not denied for lack of prior
    authorization.
  file: other/plan-document-excerpts-2026.txt
treatment:
  name: Emergency inpatient psychiatric admission with electroconvulsive therapy
  summary: >-
    Fourteen-day inpatient stay after an intentional overdose, with five right unilateral ECT treatments for
    severe recurrent depression that had not responded to medication.
author:
  name: Ingrid Solveig Brightwater-Koh
  role: Wife of the patient, writing as his authorized representative
  relation: representative
  authorization: other/authorization-to-represent.txt
  phone: (717) 555-0115
  email: ingrid.bk@mail.example
provider:
  name: Hollowell Valley Hospital, Behavioral Health Unit (FICTIONAL)
  phone: (717) 555-0128
  address: |-
    600 Hospital Drive
    Old Severn Mills, PA 17999
clinical:
  severity: MADRS 41 on admission, October 4, 2026; MADRS 17 at discharge, October 16, 2026
  severity_date: 2026-10-16
  suicidality: attempt
  suicidality_date: 2026-10-03
  history:
    - drug: Venlafaxine XR
      dose: 300 mg daily
      start: 2025-11
      end: 2026-10-03
      outcome: No response; the drug he overdosed on
      response: none
      adequate: true
      evidence: {file: clinical/hollowell-discharge-summary-2026-10-16.txt, page: 1}
    - drug: Lithium (added to venlafaxine)
      kind: augmentation
      dose: 600 mg daily (level 0.4 mmol/L)
      start: 2026-07
      end: 2026-09
      outcome: Subtherapeutic level; stopped by the patient for tremor after seven weeks
      failed: false
      adequate: false
      evidence: {file: clinical/hollowell-discharge-summary-2026-10-16.txt, page: 1}
    - drug: Citalopram
      dose: 20 mg daily
      start: 2018
      end: 2019
      outcome: Remission in an earlier episode
      response: remission
bates_prefix: BRIGHTWATERKOH
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/plan-denial-letter-2026-10-29.txt": """
COVENANT MINISTRIES BENEFIT TRUST (FICTIONAL)
Benefit Determination                                              October 29, 2026

Participant: Anselm T. Brightwater-Koh     ID: CMBT-FICT-550193-00     Claim: CMBT-26-1029-004812
Provider: Hollowell Valley Hospital        Services: inpatient behavioral health (rev 0114), ECT x5 (90870/00104)

DETERMINATION: Denied.
REASON (CO-197): Inpatient admission 10/03/2026 - 10/16/2026 and electroconvulsive therapy: prior authorization
required and not obtained. No authorization on file. Notification received 10/06/2026.

This Plan is a church plan. You may appeal in writing within 180 days of receiving this notice to the Benefit
Appeals Committee, 1 Trust Plaza, Suite 300, Beaconfield PA 17998, fax (717) 555-0197. You may ask for copies of
all documents relevant to your claim free of charge.
""",
        "other/plan-document-excerpts-2026.txt": """
COVENANT MINISTRIES BENEFIT TRUST - PLAN DOCUMENT, 2026 (FICTIONAL) - excerpts

5.4 Emergency admissions and notification. Prior authorization is not required for an emergency admission. The
Plan must be notified within 48 hours of the admission, or by the end of the next business day if later.
Services given during an emergency admission are reviewed for medical necessity under Section 7 and are not
denied for lack of prior authorization.

5.2 Prior authorization list (elective): inpatient admissions that are not emergencies; ECT when scheduled as an
outpatient series; TMS; ...

1.3 Plan status. The Trust is a church plan within the meaning of Internal Revenue Code section 414(e). It has
not elected to be covered by ERISA.
""",
        "other/hospital-ur-call-log-2026-10.txt": """
HOLLOWELL VALLEY HOSPITAL (FICTIONAL) - UTILIZATION REVIEW CONTACT LOG
Patient: Brightwater-Koh, Anselm   Payer: Covenant Ministries Benefit Trust
10/03/26 23:40  ED arrival (EMS), intentional venlafaxine overdose; medically cleared 10/04 01:30.
10/04/26 02:10  Inpatient psychiatric admission order (Dr. Ferreira-Quist).
10/05/26 09:15  Called CMBT UR line 717-555-0190; spoke with "Dana"; emergency admission notification given;
                ref CMBT-UR-88217. Told clinicals to follow by fax.
10/06/26 14:02  Clinicals faxed to 717-555-0191 (confirmation OK, 14 pages).
10/09/26        ECT consent; first ECT 10/09. ECT 10/09, 10/11, 10/13, 10/14, 10/15 (5 tx).
""",
        "clinical/hollowell-discharge-summary-2026-10-16.txt": """
HOLLOWELL VALLEY HOSPITAL (FICTIONAL) - DISCHARGE SUMMARY
Patient: Anselm T. Brightwater-Koh, 49   Admitted 10/04/2026 (ED arrival 10/03 23:40)   Discharged 10/16/2026
Attending: Lucinda Ferreira-Quist, MD (psychiatry)

Reason for admission: intentional overdose of venlafaxine XR (about 4.5 g) on 10/03/2026 with a note; MDD,
recurrent, severe. MADRS 41 on 10/04.
History: venlafaxine XR 300 mg since Nov 2025 without response. Lithium added Jul 2025 -> 2026? (pharmacy: July
2026) at 600 mg, level 0.4, stopped by patient after ~7 weeks for tremor - not an adequate trial. First episode
2018: citalopram 20 mg, remission.
Course: ECT RUL x5 (10/09-10/15) with clear improvement; venlafaxine replaced by sertraline 100 mg.
At discharge: MADRS 17; denies suicidal ideation, intent or plan; safety plan with wife; firearms none.
Follow-up: outpatient psychiatry 10/20; continuation ECT not planned.
""",
        "other/authorization-to-represent.txt": """
AUTHORIZATION (FICTIONAL)
I, Anselm T. Brightwater-Koh, authorize my wife, Ingrid S. Brightwater-Koh, to appeal claim CMBT-26-1029-004812
for me and to receive my health information for that purpose. Signed 11/12/2026.
""",
    },
    truth="""
# 05 - Church plan (self-funded), emergency psychiatric admission with ECT denied for "no prior authorization"; his wife appeals (FICTIONAL)

All people, plans, numbers and addresses are invented.

## What is true
- Anselm Brightwater-Koh, 49, in a self-funded **church plan that has not elected ERISA** (plan document 1.3).
  ED arrival 2026-10-03 23:40 after an intentional venlafaxine overdose; inpatient admission order 2026-10-04
  02:10; discharged 2026-10-16; five ECT treatments 10/09-10/15 during the stay.
- Denied 2026-10-29: "prior authorization required and not obtained ... Notification received 10/06/2026."
- Plan document 5.4: **no prior authorization for an emergency admission**; notice within 48 hours (or by end of
  next business day); services during an emergency admission are not denied for lack of prior authorization.
- The hospital telephoned the plan on 2026-10-05 at 09:15 (ref CMBT-UR-88217): within 48 hours whether counted
  from ED arrival (10/03 23:40 -> 10/05 23:40) or admission (10/04 02:10). The 10/06 fax was the clinicals.
- ECT during the stay is covered by the same 5.4 sentence (5.2 lists ECT for prior authorization only "when
  scheduled as an outpatient series").
- Rules: 26 CFR 54.9815-2719 (claims and appeals by reference to the ERISA claims rule; 180 days to appeal);
  external review later only for a denial turning on medical judgment. Author: wife, authorized in writing.

## Deliberately unknown
- Whether the plan will review medical necessity under Section 7 (it has not; the letter may invite it but
  must not claim a medical-necessity review happened).
- The billed amounts (not in the case).

## Traps
- Not "we forgot to get authorization" and not a plea for retro-authorization as a favor: none was required.
- Suicidality: an attempt on 2026-10-03 (the reason for the emergency); at discharge he **denies** suicidal
  ideation. The letter must not say he is suicidal now.
- Lithium: subtherapeutic (0.4) and stopped after ~7 weeks: **not** an adequate trial; the summary's "Jul 2025 ->
  2026?" is corrected by the pharmacy to July 2026. Citalopram 2018 = remission in an earlier episode.
- Church plan: no ERISA as governing law, no EBSA/Department of Labor complaint, no state insurance department
  (self-funded), no MHPAEA citations from 29 CFR. This appeal is post-service: not expedited.
- Voice: the wife writes about her husband ("my husband", "Mr. Brightwater-Koh").
- `service_dates` lists every day of one continuous stay (10/03 ED arrival to 10/16 discharge): a letter should
  say a stay from October 3 to October 16, 2026, not fourteen "sessions" or "treatments" (there were 5 ECT).

## Arguments a strong letter makes
1. Plan document 5.4 requires no prior authorization for an emergency admission and bars denying its services for
   lack of one; the admission came through the ED after an overdose.
2. Notice was given within 48 hours (call 10/05 09:15, ref CMBT-UR-88217; fax 10/06 was the follow-up).
3. ECT was given during that emergency admission, under the same rule. Reprocess the claim; if the plan wants a
   medical-necessity review, it must do it under Section 7 and say so.

## What a letter must NOT say
- "authorization was not obtained because of an oversight", "notification was late", "he is currently
  suicidal", "lithium failed", "failed three medications", "ERISA", "29 CFR 2560.503-1" as governing,
  "Department of Labor", "EBSA", "state insurance department", "expedited appeal", "within 72 hours".
""",
    checks=[
        ("denial/plan-denial-letter-2026-10-29.txt", "Notification received 10/06/2026"),
        ("other/plan-document-excerpts-2026.txt", "Prior authorization is not required for an emergency admission"),
        ("other/plan-document-excerpts-2026.txt", "has not elected to be covered by ERISA"),
        ("other/plan-document-excerpts-2026.txt", "when scheduled as an outpatient series"),
        ("other/hospital-ur-call-log-2026-10.txt", "10/05/26 09:15"),
        ("other/hospital-ur-call-log-2026-10.txt", "ref CMBT-UR-88217"),
        ("other/hospital-ur-call-log-2026-10.txt", "10/03/26 23:40"),
        ("clinical/hollowell-discharge-summary-2026-10-16.txt", "denies suicidal ideation, intent or plan"),
        ("clinical/hollowell-discharge-summary-2026-10-16.txt", "not an adequate trial"),
        ("clinical/hollowell-discharge-summary-2026-10-16.txt", "ECT RUL x5 (10/09-10/15)"),
    ],
)

C06 = dict(
    slug="individual-plan-spravato-weekly-maintenance-external-review",
    yaml=r"""
# FICTIONAL CASE (set 14, case 06) - every person, plan, number and address is invented.
# Individual (off-exchange, ACA) PPO: weekly Spravato maintenance denied under a frequency criterion; the policy's
# own exception (documented relapse on every-other-week dosing) is met. Internal appeal upheld 2026-10-05; the
# patient asks for external review.
patient:
  name: Teodora Ximena Vasquez-Hollis
  salutation: Ms. Vasquez-Hollis
  date_of_birth: 1985-11-30
  member_id: LIH-FICT-7730-2291-04
  address: |-
    3318 Birchwater Drive
    Cedar Bluff, WI 53999
  phone: (608) 555-0153
  email: teodora.vh@mail.example
insurer:
  name: Lakeshore Individual Health Silver PPO (FICTIONAL)
  appeals_address: |-
    Member Appeals
    PO Box 41177
    Ostrander Falls, WI 53998
  fax: (608) 555-0120
claim:
  number: LIH-UM-2026-0820-31907
  plan_type: individual_aca
  funding: insured
  notice_date: 2026-08-20
  procedure_codes: [J0013, '99214']
  diagnosis_codes: [F33.2]
  pending_services: '[weekly Spravato maintenance sessions through February 2027, beyond the every-other-week sessions approved]'
  denial_reason: >-
    Weekly Spravato maintenance beyond week 8 is not medically necessary. Policy RX-114 allows maintenance once
    every two weeks after week 8. Weekly dosing is approved only when relapse on every-other-week dosing is
    documented.
  denial_category: medical_necessity
  reviewer: {name: Dr. Alden Marsh-Whitcomb, specialty: family medicine}
  action: reduce
template: external-review-request
external_review:
  final_denial_date: 2026-10-05
  agency: Wisconsin Office of the Commissioner of Insurance, independent review (as named in the final decision)
  address: |-
    PO Box 7800 (FICTIONAL address for this test)
    Capitol Reach, WI 53997
decisions:
  - date: 2026-10-05
    outcome: denied
    stage: internal appeal
    opens: external review
    next_deadline: 2027-02-05
    reason: >-
      The original decision is upheld. Weekly maintenance dosing does not meet Policy RX-114 section 3.2.
plan_policy:
  name: Medical Policy RX-114, Esketamine nasal spray, section 3.2 (maintenance frequency)
  number: RX-114
  quote: >-
    3.2 Maintenance. After week 8, esketamine is approved once every two weeks. Weekly dosing is approved when
    the record documents relapse or loss of response (an increase of 25% or more in MADRS or PHQ-9, or a return
    to MADRS 22 or more) after at least two every-other-week doses.
  file: other/policy-rx-114-excerpt.txt
payer_criteria:
  - criterion: 3.2 Relapse or loss of response after at least two every-other-week doses (MADRS up 25% or more, or back to 22 or more)
    how_met: >-
      Every-other-week dosing from June 30, 2026: three doses (June 30, July 14, July 28); MADRS rose from 12 on
      June 30 to 26 on August 4, 2026 (up 117%, and above 22)
    met: true
    evidence: {file: clinical/spravato-clinic-notes-2026.txt, page: 1}
treatment:
  name: Spravato (esketamine nasal spray) weekly maintenance
  summary: >-
    Weekly esketamine 84 mg maintenance, resumed after she relapsed on every-other-week dosing.
  setting: Northwoods Psychiatry Associates, REMS-certified clinic (FICTIONAL)
  monitoring: two hours of observation with blood pressure checks
  plan: esketamine 84 mg weekly; MADRS every 4 weeks; try every-other-week again after 6 months of stable scores
author:
  name: Teodora Ximena Vasquez-Hollis
  role: Patient
  relation: patient
provider:
  name: Gwendolyn Achebe-Strand
  credentials: MD, psychiatrist
  npi: "1194865329"
  phone: (608) 555-0148
  address: |-
    Northwoods Psychiatry Associates, 15 Lakeview Plaza
    Cedar Bluff, WI 53999
clinical:
  episode_onset: 2024-08
  severity: MADRS 26 on August 4, 2026; MADRS 15 on November 17, 2026 on weekly dosing (sessions paid by me on the off weeks)
  severity_date: 2026-11-17
  suicidality: none
  response: MADRS 35 before induction (March 2026), 12 at week 8, 26 after three every-other-week doses, 15 after weekly dosing resumed
  exclusions: Alcohol use disorder in sustained remission since 2022; no psychosis; BP controlled
  history:
    - drug: Escitalopram
      dose: 20 mg daily
      start: 2024-09
      end: 2024-12
      outcome: No response
      response: none
      adequate: true
      evidence: {file: clinical/spravato-clinic-notes-2026.txt, page: 1}
    - drug: Desvenlafaxine
      dose: 100 mg daily
      start: 2025-01
      end: 2025-05
      outcome: Partial response
      response: partial
      adequate: true
      evidence: {file: clinical/spravato-clinic-notes-2026.txt, page: 1}
    - drug: Lithium (added)
      kind: augmentation
      dose: 450 mg daily
      start: 2025-06
      end: 2025-07
      outcome: Stopped after four weeks for tremor; level never therapeutic
      adequate: false
      evidence: {file: clinical/spravato-clinic-notes-2026.txt, page: 1}
    - drug: Spravato (esketamine) induction and weekly maintenance
      dose: 56 then 84 mg
      start: 2026-03
      end: 2026-06
      outcome: Response (MADRS 35 to 12)
      response: response
      evidence: {file: clinical/spravato-clinic-notes-2026.txt, page: 1}
bates_prefix: VASQUEZHOLLIS
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/um-denial-2026-08-20.txt": """
LAKESHORE INDIVIDUAL HEALTH (FICTIONAL) - Utilization Management
Date: 08/20/2026   Member: Teodora X. Vasquez-Hollis   ID LIH-FICT-7730-2291-04   Ref LIH-UM-2026-0820-31907
Request: Spravato 84 mg weekly maintenance (J0013 x84, 99214), 08/24/2026 - 02/22/2027

Decision: Approved in part. Approved: every-other-week sessions. Denied: weekly sessions.
Reason: Weekly Spravato maintenance beyond week 8 is not medically necessary. Policy RX-114 allows maintenance
once every two weeks after week 8. Weekly dosing is approved only when relapse on every-other-week dosing is
documented.
Reviewer: Alden Marsh-Whitcomb, MD, Family Medicine.
You may appeal within 180 days. You may also ask for an external review after our final decision.
""",
        "denial/internal-appeal-decision-2026-10-05.txt": """
LAKESHORE INDIVIDUAL HEALTH (FICTIONAL) - Final internal appeal decision          October 5, 2026
Member: T. Vasquez-Hollis   Appeal AP-FICT-26-4410 (Ref LIH-UM-2026-0820-31907)
The original decision is upheld. Weekly maintenance dosing does not meet Policy RX-114 section 3.2.
Reviewed by a board-certified physician in internal medicine.
External review: You have the right to ask for an independent external review. You must ask within 4 months
of the date you receive this letter. Send the request to the Wisconsin Office of the Commissioner of Insurance
(FICTIONAL address for this test: PO Box 7800, Capitol Reach WI 53997).
""",
        "other/policy-rx-114-excerpt.txt": """
LAKESHORE INDIVIDUAL HEALTH (FICTIONAL) - MEDICAL POLICY RX-114, ESKETAMINE NASAL SPRAY (rev. 01/2026), excerpt
3.2 Maintenance. After week 8, esketamine is approved once every two weeks. Weekly dosing is approved when the
record documents relapse or loss of response (an increase of 25% or more in MADRS or PHQ-9, or a return to
MADRS 22 or more) after at least two every-other-week doses.
""",
        "clinical/spravato-clinic-notes-2026.txt": """
NORTHWOODS PSYCHIATRY ASSOCIATES (FICTIONAL) - Spravato course notes    Patient: T. Vasquez-Hollis
History: episode since Aug 2024. Escitalopram 20 mg Sep-Dec 2024 no response; desvenlafaxine 100 mg Jan-May
2025 partial; lithium 450 mg Jun-Jul 2025, 4 weeks, tremor, level 0.3 - stopped (not adequate). AUD in
sustained remission since 2022 (no use; AUDIT-C 0).
03/03/26 induction begins. MADRS 35.   04/27/26 week 8: MADRS 12. Weekly maintenance weeks 5-16.
06/30/26 every-other-week per plan approval (MADRS 12). Doses 06/30, 07/14, 07/28.
08/04/26 MADRS 26: relapse (low mood, not working). Weekly dosing resumed 08/04.
   (Member note in chart: "I thought the switch was July 1" - clinic record shows first biweekly dose 06/30.)
11/17/26 MADRS 15 on weekly dosing; off-week sessions self-paid since 08/24. Denies SI. BP 128/80.
""",
    },
    truth="""
# 06 - Individual ACA plan, weekly Spravato maintenance denied under a frequency rule; the patient requests external review (FICTIONAL)

All people, plans, numbers and addresses are invented.

## What is true
- Teodora Vasquez-Hollis, 41, individual (off-exchange) PPO, insured, Wisconsin. Request for weekly Spravato
  maintenance 2026-08-24 to 2027-02-22 approved in part (every other week) and denied for weekly dosing on
  2026-08-20; final internal appeal upheld 2026-10-05 (reviewer: internal medicine; first reviewer family medicine).
- Policy RX-114 3.2 itself approves weekly dosing when relapse is documented (MADRS up 25% or more, or back to
  22+) after at least two every-other-week doses. Record: three every-other-week doses (06/30, 07/14, 07/28); MADRS
  12 -> 26 on 08/04/2026 (+117% and above 22). The exception in the policy's own words is met.
- She has paid for the off-week sessions herself since 08/24; MADRS 15 on 11/17/2026 on weekly dosing.
- Rule: external review within 4 months of receiving the final internal decision (45 CFR 147.136(c)/(d), state
  process for an insured individual plan): by 2027-02-05, counted from the notice date (receipt is later). A medical-necessity denial: eligible.
- Author: the patient ("I").

## Deliberately unknown
- Whether the plan will reimburse the self-paid off-week sessions (a separate claim; not in this case).
- The real address of the state's external review (the notice's is fictional).

## Traps
- The policy names its criterion and the exception; never say the plan gave no criteria.
- Lithium 4 weeks, level 0.3: not adequate. AUD "in sustained remission since 2022" is not active substance
  use. "Denies SI" = none.
- Chart note "I thought the switch was July 1": the record's first every-other-week dose is 06/30/2026.
- `action: reduce` is recorded but this is not Medicaid: no continuation of benefits during review.
- The Spravato induction worked (response): it is not a failed trial.
- Monotherapy allowed for TRD since January 2025: no claim about an oral antidepressant.

## Arguments a strong letter makes
1. The policy's own 3.2 exception is met: relapse documented after three every-other-week doses (MADRS 12 -> 26).
2. Response restored on weekly dosing (MADRS 15); the reviewers (family and internal medicine) were not
   psychiatrists; the external reviewer should be.
3. External review requested within 4 months of the 10/05/2026 decision.

## What a letter must NOT say
- "the plan named no criteria", "continue coverage during the appeal", "active substance use", "lithium
  failed", "suicidal", "the switch was July 1", "ERISA"/"29 CFR 2560.503-1" as governing law, "Department of
  Labor", "Ms. Vasquez-Hollis has ..." (the patient writes "I").
""",
    checks=[
        ("denial/um-denial-2026-08-20.txt", "Weekly dosing is approved only when relapse on every-other-week dosing is"),
        ("denial/internal-appeal-decision-2026-10-05.txt", "within 4 months"),
        ("denial/internal-appeal-decision-2026-10-05.txt", "does not meet Policy RX-114 section 3.2"),
        ("other/policy-rx-114-excerpt.txt", "an increase of 25% or more in MADRS"),
        ("clinical/spravato-clinic-notes-2026.txt", "Doses 06/30, 07/14, 07/28"),
        ("clinical/spravato-clinic-notes-2026.txt", "08/04/26 MADRS 26: relapse"),
        ("clinical/spravato-clinic-notes-2026.txt", "MADRS 15 on weekly dosing"),
        ("clinical/spravato-clinic-notes-2026.txt", "Denies SI"),
        ("clinical/spravato-clinic-notes-2026.txt", "AUD in sustained remission since 2022"),
    ],
)


C07 = dict(
    slug="self-funded-adolescent-tms-age-exclusion-second-level-father",
    yaml=r"""
# FICTIONAL CASE (set 14, case 07) - every person, plan, number and address is invented.
# Self-funded ERISA plan: TMS for a 16-year-old denied as investigational "for members under 18"; the first-level
# appeal was upheld by a pediatrician; his father (the employee) writes the second-level appeal.
patient:
  name: Caleb Anders Ferreira-Lindgren
  salutation: Caleb
  date_of_birth: 2010-02-11
  member_id: NBA-FICT-H33018-03
  address: |-
    27 Quarry Bend Road
    Stillwater Crossing, MN 55999
  phone: (651) 555-0137
insurer:
  name: Halvorsen Logistics Employee Health Plan (FICTIONAL), administered by Northbridge Benefit Administrators
  appeals_address: |-
    Northbridge Benefit Administrators, Second Level Appeals
    PO Box 5512
    Elm Prairie, MN 55998-5512
  fax: (651) 555-0199
claim:
  number: NBA-PA-2026-0904-11829
  plan_type: employer_erisa
  funding: self_funded
  stage: second level
  notice_date: 2026-09-04
  procedure_codes: ['90867', '90868']
  diagnosis_codes: [F33.2]
  pending_services: 36
  sessions: 36
  denial_reason: >-
    Transcranial magnetic stimulation is considered investigational for members under 18 years of age under
    Medical Policy BH-TMS-07 and is not covered.
  denial_category: experimental_investigational
  reviewer: {name: Dr. Corinne Blackwood, specialty: general pediatrics}
  action: none
decisions:
  - date: 2026-10-21
    outcome: denied
    stage: first level
    opens: second level
    next_deadline: 2027-04-19
    reason: >-
      The denial is upheld. Policy BH-TMS-07 section 2 states TMS is investigational for members under age 18
      because safety and effectiveness in this population have not been established.
plan_policy:
  name: Medical Policy BH-TMS-07, Transcranial Magnetic Stimulation for Depression
  number: BH-TMS-07
  quote: >-
    2. TMS is considered investigational for members under age 18 because safety and effectiveness in this
    population have not been established. 4. Policies are reviewed annually and when new FDA actions occur.
    Last reviewed: June 2023.
  file: other/policy-bh-tms-07-excerpt.txt
treatment:
  name: Transcranial magnetic stimulation (TMS), adjunct to his antidepressant
  summary: >-
    A 36-session course of TMS (30 daily sessions, then a 6-session taper) with a device cleared by the FDA as an
    adjunct for major depression in patients aged 15 to 21, alongside fluoxetine.
  setting: Lakeland Child and Adolescent Psychiatry, TMS clinic (FICTIONAL)
  alongside: fluoxetine 40 mg daily
  plan: 36 sessions (30 over six weeks, then 6 tapering); PHQ-A and CDRS-R at sessions 10, 20 and 30
author:
  name: Mateus Ferreira-Lindgren
  role: Father of the patient and the plan's employee member
  relation: parent
  phone: (651) 555-0136
  email: mateus.fl@mail.example
provider:
  name: Noor Halvorsen-Adeyinka
  credentials: MD, child and adolescent psychiatrist
  npi: "1750432217"
  phone: (651) 555-0142
  address: |-
    Lakeland Child and Adolescent Psychiatry, 480 Commerce Way
    Stillwater Crossing, MN 55999
clinical:
  episode_onset: 2025-03
  severity: CDRS-R 68 and PHQ-A 19 on November 10, 2026
  severity_date: 2026-11-10
  suicidality: passive
  suicidality_date: 2026-11-10
  exclusions: No metal in the head, no seizure history, no implanted devices; no psychosis; no substance use
  history:
    - drug: Fluoxetine (first trial)
      dose: 20 then 40 mg daily
      start: 2025-04-07
      end: 2025-08-04
      outcome: Partial response by July 2025 (CDRS-R 71 to 58); cross-tapered to escitalopram
      response: partial
      adequate: true
      evidence: {file: clinical/psychiatry-notes-2025-2026.txt, page: 1}
    - drug: Escitalopram
      dose: 20 mg daily
      start: 2025-08-04
      end: 2025-10-13
      outcome: No response at ten weeks
      response: none
      adequate: true
      evidence: {file: clinical/psychiatry-notes-2025-2026.txt, page: 1}
    - drug: Sertraline
      dose: 25 mg daily
      start: 2025-10-20
      end: 2025-11-03
      outcome: Stopped after two weeks for stomach upset
      adequate: false
      evidence: {file: clinical/psychiatry-notes-2025-2026.txt, page: 1}
    - drug: Fluoxetine (restarted)
      dose: 40 mg daily
      start: 2025-11
      outcome: Restarted after sertraline; continued with TMS planned as an adjunct
      ongoing: true
      evidence: {file: clinical/psychiatry-notes-2025-2026.txt, page: 1}
    - drug: Cognitive behavioral therapy
      kind: psychotherapy
      dose: 18 weekly sessions, then DBT skills group
      sessions: 18
      start: 2025-04
      end: 2025-09
      outcome: Completed; coping skills better, depression unchanged
      evidence: {file: clinical/psychiatry-notes-2025-2026.txt, page: 1}
    - drug: Hydroxyzine (for anxiety)
      kind: other
      dose: 25 mg as needed
      start: 2025-05
      end: 2026-02
      outcome: As-needed anxiety medicine, not an antidepressant trial
      adequate: false
impact:
  work: Out of school on a medical leave since September 2026; home tutoring five hours a week.
bates_prefix: FERREIRALINDGREN
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/pa-denial-2026-09-04.txt": """
NORTHBRIDGE BENEFIT ADMINISTRATORS (FICTIONAL) on behalf of the Halvorsen Logistics Employee Health Plan
(a self-funded plan subject to ERISA)

NOTICE OF ADVERSE BENEFIT DETERMINATION - PRE-SERVICE              September 4, 2026
Patient: Caleb A. Ferreira-Lindgren (dependent)   Employee: Mateus Ferreira-Lindgren   ID NBA-FICT-H33018-03
Reference: NBA-PA-2026-0904-11829   Requested: TMS 90867 x1, 90868 x35, Dr. N. Halvorsen-Adeyinka

Transcranial magnetic stimulation is considered investigational for members under 18 years of age under Medical
Policy BH-TMS-07 and is not covered.
Reviewer: Corinne Blackwood, MD (General Pediatrics).
You may appeal within 180 days. This plan has two levels of internal appeal, then external review.
""",
        "denial/first-level-appeal-decision-2026-10-21.txt": """
NORTHBRIDGE BENEFIT ADMINISTRATORS (FICTIONAL) - FIRST LEVEL APPEAL DECISION          October 21, 2026
Appeal no. NBA-AP1-26-3391 (Reference NBA-PA-2026-0904-11829)
The denial is upheld. Policy BH-TMS-07 section 2 states TMS is investigational for members under age 18
because safety and effectiveness in this population have not been established.
Reviewer: Corinne Blackwood, MD (General Pediatrics).
You may request a second level appeal within 180 days of receiving this letter.
""",
        "other/policy-bh-tms-07-excerpt.txt": """
NORTHBRIDGE BENEFIT ADMINISTRATORS (FICTIONAL) - MEDICAL POLICY BH-TMS-07 (excerpt)
1. TMS is considered medically necessary for adults 18 and older with major depressive disorder when ...
2. TMS is considered investigational for members under age 18 because safety and effectiveness in this
population have not been established.
4. Policies are reviewed annually and when new FDA actions occur. Last reviewed: June 2023.
""",
        "clinical/psychiatry-notes-2025-2026.txt": """
LAKELAND CHILD AND ADOLESCENT PSYCHIATRY (FICTIONAL) - progress notes (extract)
Patient: Caleb Ferreira-Lindgren, DOB 02/11/2010   Psychiatrist: Noor Halvorsen-Adeyinka, MD

Episode onset ~March 2025 (age 15). 04/07/25 fluoxetine 20 -> 40 mg; 07/14/25 partial response (CDRS-R 71 -> 58),
continued... later cross-tapered: 08/04/25 escitalopram 20 mg; 10/13/25 no response; stopped.
10/20/25 sertraline 25 mg - stomach upset, stopped 11/03/25 (two weeks; not adequate).
11/2025 fluoxetine 40 mg restarted and continued to date.
CBT weekly Apr-Sep 2025 (18 sessions) then DBT skills group; hydroxyzine 25 mg prn anxiety May 2025-Feb 2026.
Self-harm (superficial cutting) in summer 2025; none since October 2025.
11/10/26: CDRS-R 68, PHQ-A 19. Passive SI ("sometimes wish I didn't wake up"), no plan, no intent, no
self-harm. Out of school on medical leave since September 2026.
Plan: TMS 36 sessions as adjunct to fluoxetine; device cleared by FDA (March 2024) as adjunct for MDD in ages
15-21. Seizure screen negative; no metal/implants.
""",
    },
    truth="""
# 07 - Self-funded ERISA plan, TMS for a 16-year-old denied as investigational under 18; his father writes the second-level appeal (FICTIONAL)

All people, plans, numbers and addresses are invented.

## What is true
- Caleb Ferreira-Lindgren, 16 (DOB 2010-02-11), a dependent on his father's self-funded ERISA plan. Pre-service
  request for 36 TMS sessions (90867 + 90868) denied 2026-09-04 as investigational under 18 (policy BH-TMS-07 §2);
  first-level appeal upheld 2026-10-21, both by a general pediatrician. This is the **second-level** appeal.
- The FDA cleared a TMS device (NeuroStar) in March 2024 as an adjunct for major depression in patients 15 to 21;
  the policy was last reviewed June 2023 and says it is reviewed "when new FDA actions occur". The clinic note
  records the clearance; the treatment is adjunct to fluoxetine, as cleared.
- Current episode since March 2025: fluoxetine 20-40 mg April-August 2025 (partial), escitalopram 20 mg 10 weeks
  (none): two adequate trials; fluoxetine 40 mg restarted November 2025 and continued (the TMS is its adjunct); sertraline 25 mg 2 weeks (not adequate). CBT 18 sessions + DBT skills group =
  psychotherapy. Hydroxyzine = as-needed anxiety medicine.
- Suicidality: passive on 2026-11-10 (no plan, no intent). Self-harm in summer 2025, none since October 2025.
- Rules: ERISA claims rule (29 CFR 2560.503-1): reviewer of appropriate training (h)(3)(iii) - here a child and
  adolescent psychiatrist; names of experts (h)(3)(iv); pre-service appeal decided within 30 days in all, 15 days per level where the plan has two (29 CFR 2560.503-1(i)(2)(ii));
  then federal external review for a self-funded plan (29 CFR 2590.715-2719), not the state. Parity applies
  (self-funded large group). Author: father, a parent of a patient under 18 (no authorization needed).

## Deliberately unknown
- Any published adolescent TMS trial (the case lists no literature): a letter must not claim specific trial
  results or cite a study the case does not hold.
- The employer's size (parity assumed to apply but not shown in the case).

## Traps
- Second level: quote the 10/21/2026 first-level decision, say it is the second-level appeal.
- Not an "adult" criteria case: do not claim policy §1 criteria are met (he is under 18; §1 is for adults).
- The first fluoxetine trial ended 2025-08-04 (cross-taper); only the November 2025 restart is ongoing.
- Sertraline 2 weeks is not a failed trial; hydroxyzine is not an antidepressant; psychotherapy is not a drug trial.
- Passive SI only: no "active suicidal ideation"; the cutting was in 2025 (history), none since October 2025.
- The FDA clearance is for ages 15-21 as an **adjunct**; don't say "FDA-approved for adolescents" without
  "adjunct", and don't say "FDA-approved drug".
- Voice: the father writes about his son ("my son", "Caleb"), not "I have failed".
- Self-funded: no state insurance department, no state external review.

## Arguments a strong letter makes
1. The policy's own premise is out of date: FDA clearance (March 2024) for ages 15-21 as an adjunct; the policy
   (last reviewed June 2023) promises review on new FDA actions. Ask for the evidence relied on.
2. Two adequate failed trials plus psychotherapy in this episode; severity now (CDRS-R 68), out of school.
3. Ask for a child and adolescent psychiatrist reviewer (both decisions were by a general pediatrician) and the
   names of the experts; parity: ask for the plan's comparable medical/surgical investigational standard.

## What a letter must NOT say
- "first appeal", "sertraline failed", "three failed antidepressants", "hydroxyzine trial", "active suicidal
  ideation", "recent self-harm", "FDA-approved for all ages", "state insurance department", "state external
  review", "Caleb meets the adult criteria", "I have tried" (as the patient).
""",
    checks=[
        ("denial/pa-denial-2026-09-04.txt", "considered investigational for members under 18 years of age"),
        ("denial/pa-denial-2026-09-04.txt", "General Pediatrics"),
        ("denial/first-level-appeal-decision-2026-10-21.txt", "The denial is upheld"),
        ("other/policy-bh-tms-07-excerpt.txt", "Last reviewed: June 2023"),
        ("clinical/psychiatry-notes-2025-2026.txt", "cleared by FDA (March 2024) as adjunct for MDD in ages 15-21"),
        ("clinical/psychiatry-notes-2025-2026.txt", "stopped 11/03/25 (two weeks; not adequate)"),
        ("clinical/psychiatry-notes-2025-2026.txt", "Passive SI"),
        ("clinical/psychiatry-notes-2025-2026.txt", "none since October 2025"),
    ],
)

C08 = dict(
    slug="chip-adolescent-inpatient-continued-stay-level-of-care-psychiatrist",
    yaml=r"""
# FICTIONAL CASE (set 14, case 08) - every person, plan, number and address is invented.
# Separate CHIP (managed care), Texas: a 17-year-old's inpatient psychiatric stay after an overdose; the plan
# approved days 1-5 and denied days 6-12 as "can be treated at a lower level of care (partial hospitalization)";
# no adolescent partial hospitalization program had an opening. The attending child psychiatrist appeals to the plan.
patient:
  name: Nayeli Rosario Brandt-Osei
  salutation: Nayeli
  date_of_birth: 2009-05-30
  member_id: SVC-FICT-CHIP-4471209
  address: |-
    1150 Mesquite Trail
    Pecan Hollow, TX 78999
  phone: (512) 555-0121
insurer:
  name: Summit Valley Kids CHIP Plan (FICTIONAL), a CHIP managed care plan
  appeals_address: |-
    Member Appeals
    PO Box 90233
    Laurel Springs, TX 78998-0233
  fax: (512) 555-0196
claim:
  number: SVK-CR-2026-1109-55310
  plan_type: chip
  delivery: managed_care
  notice_date: 2026-11-09
  service_dates: [2026-11-07, 2026-11-08, 2026-11-09, 2026-11-10, 2026-11-11, 2026-11-12, 2026-11-13]
  procedure_codes: ['99233', '90832']
  diagnosis_codes: [F32.2, T43.222A]
  denial_reason: >-
    Continued inpatient stay from 11/07/2026 is denied. The member no longer meets inpatient continued-stay
    criteria (MCG Behavioral Health Care, Inpatient Psychiatric, Adolescent) and can be safely treated at a lower
    level of care (partial hospitalization).
  denial_category: medical_necessity
  denial_reasons: [medical_necessity, level_of_care]
  reviewer: {name: Dr. Harlan Vickery, specialty: adult psychiatry}
  action: end
network:
  - name: Pecan Hollow Behavioral Center adolescent PHP (in network)
    date: 2026-11-09
    outcome: No opening; waitlist, first admission date December 1, 2026
    miles: 18
    first_opening: 2026-12-01
    evidence: {file: other/discharge-planning-notes-2026-11.txt, page: 1}
  - name: Laurel Springs Children's Hospital adolescent PHP (in network)
    date: 2026-11-10
    outcome: Not accepting referrals for patients with an overdose in the last 30 days
    miles: 41
    evidence: {file: other/discharge-planning-notes-2026-11.txt, page: 1}
treatment:
  name: Inpatient adolescent psychiatric hospitalization (continued stay)
  summary: >-
    Continued inpatient care on days 6 to 12 of an admission after an intentional overdose, while she remained
    unsafe and no partial hospitalization program could take her.
author:
  name: Rhiannon Calloway-Mbeki
  role: Attending child and adolescent psychiatrist, treating physician
  relation: physician
  authorization: other/parent-consent-to-appeal.txt
provider:
  name: Rhiannon Calloway-Mbeki
  credentials: MD, child and adolescent psychiatrist
  npi: "1467093385"
  phone: (512) 555-0177
  address: |-
    Bluebonnet Ridge Hospital, Adolescent Unit, 2300 Ridgeline Road
    Pecan Hollow, TX 78999
clinical:
  episode_onset: 2026-06
  severity: CDRS-R 74 on November 2, 2026; CDRS-R 61 on November 12, 2026
  severity_date: 2026-11-12
  suicidality: attempt
  suicidality_date: 2026-11-01
  history:
    - drug: Fluoxetine
      dose: 20 mg daily, 40 mg from November 2, 2026
      start: 2026-07
      outcome: Little benefit at 20 mg; increased to 40 mg on the unit and continued
      ongoing: true
      response: partial
      evidence: {file: clinical/inpatient-notes-2026-11.txt, page: 1}
bates_prefix: BRANDTOSEI
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/concurrent-review-denial-2026-11-09.txt": """
SUMMIT VALLEY KIDS CHIP PLAN (FICTIONAL) - NOTICE OF ADVERSE BENEFIT DETERMINATION (concurrent review)
Date: 11/09/2026   Member: Nayeli R. Brandt-Osei (age 17)   ID SVC-FICT-CHIP-4471209   Ref SVK-CR-2026-1109-55310
Facility: Bluebonnet Ridge Hospital, Adolescent Unit   Admitted 11/02/2026. Approved: 11/02/2026 - 11/06/2026.

Continued inpatient stay from 11/07/2026 is denied. The member no longer meets inpatient continued-stay criteria
(MCG Behavioral Health Care, Inpatient Psychiatric, Adolescent) and can be safely treated at a lower level of
care (partial hospitalization).
Physician reviewer: Harlan Vickery, MD (Psychiatry - adult). A peer-to-peer was offered 11/09 10:00-11:00.

Your rights: You may appeal to us within 60 days of the date of this notice. If we uphold our decision you may
ask for an independent review by the state (the Texas Health and Human Services Commission's external medical
review, FICTIONAL wording for this test). Because this is CHIP, services do not continue during the appeal.
""",
        "clinical/inpatient-notes-2026-11.txt": """
BLUEBONNET RIDGE HOSPITAL (FICTIONAL) - ADOLESCENT UNIT - PSYCHIATRY NOTES (extract)
Patient: Nayeli R. Brandt-Osei, DOB 05/30/2009   Attending: R. Calloway-Mbeki, MD

11/01/26 (ED, Pecan Hollow Regional): intentional ingestion of ~30 diphenhydramine + 10 of mother's sertraline;
   medically admitted overnight; transferred to us 11/02.
11/02: admitted. CDRS-R 74. Depression since ~June 2026; fluoxetine 20 mg since July (PCP). Plan fluoxetine 40.
11/06: "denies SI" on morning rounds; evening: disclosed plan to repeat overdose "when I get home"; 1:1 started.
11/08: superficial scratches to forearm with a plastic utensil found by staff; 1:1 continued.
11/10: safety planning with mother; no SI reported since 11/09 p.m.; CDRS-R 68.
11/12: CDRS-R 61. Denies SI, intent or plan x72 h. Mother has locked medicines.
11/13: discharged to home with outpatient therapy (first visit 11/17) and psychiatry; PHP waitlist (start 12/01).
Note: CHIP plan approved 11/02-11/06 only. Days at issue: 11/07-11/13 (discharge day 11/13).
(Chart banner error: "admit 11/01" - the ED stay on 11/01 was at another hospital.)
""",
        "other/discharge-planning-notes-2026-11.txt": """
BLUEBONNET RIDGE HOSPITAL (FICTIONAL) - SOCIAL WORK / DISCHARGE PLANNING
11/09/26 09:40  Called Pecan Hollow Behavioral Center adolescent PHP (in network, 18 mi): no opening; waitlist;
                first admission date 12/01/2026.
11/10/26 14:15  Called Laurel Springs Children's Hospital adolescent PHP (in network, 41 mi): not accepting
                referrals with an overdose in the last 30 days.
11/10/26 15:00  Asked plan care coordinator (ref SVK-CC-7719) for any other PHP/IOP: none named.
""",
        "other/parent-consent-to-appeal.txt": """
CONSENT FOR THE TREATING PHYSICIAN TO APPEAL (FICTIONAL)
I, Adriana Brandt-Osei, mother and legal guardian of Nayeli R. Brandt-Osei (age 17), consent to Dr. Rhiannon
Calloway-Mbeki appealing the CHIP plan's denial SVK-CR-2026-1109-55310 for Nayeli. Signed 11/20/2026.
""",
    },
    truth="""
# 08 - Separate CHIP (managed care), adolescent inpatient continued stay denied as "lower level of care"; the attending child psychiatrist appeals (FICTIONAL)

All people, plans, numbers and addresses are invented.

## What is true
- Nayeli Brandt-Osei, 17, a separate CHIP enrolled through a managed care plan (Texas). Intentional overdose
  2026-11-01 (ED at another hospital); admitted to the adolescent unit 2026-11-02. The plan approved 11/02-11/06 and
  on 2026-11-09 denied days 11/07-11/13 (discharge day) as meeting a lower level of care (partial hospitalization).
  Reviewer: an **adult** psychiatrist.
- During the denied days: on the evening of 11/06 she disclosed a plan to repeat the overdose at home (1:1 started);
  on 11/08 she scratched her forearm with a plastic utensil. She first denied SI for 72 hours on 11/12.
- The lower level did not exist in time: the in-network PHP 18 miles away had no opening until 2026-12-01; the
  other (41 miles) refused referrals after a recent overdose; the plan's care coordinator named no other.
- Rule: CHIP managed care appeal to the plan within 60 days of the notice (42 CFR 457.1260 applying
  438.402(c)(2)(ii)): by 2027-01-08. Then the state's review (42 CFR 457.1130(b)), not a Medicaid fair hearing.
  CHIP does not continue benefits during an appeal (457.1260 excludes 438.420). Post-service now: nothing pending.
- Author: the treating child and adolescent psychiatrist, with the mother's signed consent.

## Deliberately unknown
- The MCG criteria text (proprietary; not in the case): the letter may name MCG and ask for the criteria, not
  quote them.
- Whether a peer-to-peer took place on 11/09 (offered; the record does not say).

## Traps
- Not Medicaid: no EPSDT, no state fair hearing, no 438.420 continuation, no "Medicaid" citations as Medicaid's.
- "denies SI" on the 11/06 morning is followed the same evening by a disclosed plan: the letter must not say she
  was free of suicidal ideation on 11/06-11/08.
- At discharge she denied SI: the letter must not say she is suicidal now; suicidality is an attempt on 11/01.
- "admit 11/01" in the chart banner is an error: admission to this hospital was 11/02.
- Fluoxetine 20 mg since July: not an adequate failed trial to argue; this is a level-of-care case.
- `service_dates` lists each denied day (11/07-11/13) of one continuous stay: days of a stay, not "sessions".
- The network rows are about the lower level of care (PHP) being unavailable - not an out-of-network claim.

## Arguments a strong letter makes
1. Continued-stay need on the denied days: disclosed plan to repeat the overdose (11/06 p.m.), self-injury on the
   unit (11/08), 1:1 observation; SI-free for 72 h only on 11/12; discharged 11/13.
2. The lower level named was not available: in-network PHP first opening 12/01/2026; the other refused; the plan
   named none.
3. Ask for a child and adolescent psychiatrist reviewer (the reviewer was an adult psychiatrist) and the MCG
   criteria applied; appeal filed within 60 days.

## What a letter must NOT say
- "EPSDT", "fair hearing", "continue benefits during the appeal", "438.420", "she denied suicidal ideation
  throughout", "she is currently suicidal", "admitted 11/01", "failed fluoxetine", "ERISA", "45 CFR 147.136",
  "out-of-network exception".
""",
    checks=[
        ("denial/concurrent-review-denial-2026-11-09.txt", "can be safely treated at a lower level of"),
        ("denial/concurrent-review-denial-2026-11-09.txt", "Psychiatry - adult"),
        ("denial/concurrent-review-denial-2026-11-09.txt", "within 60 days of the date of this notice"),
        ("clinical/inpatient-notes-2026-11.txt", "disclosed plan to repeat overdose"),
        ("clinical/inpatient-notes-2026-11.txt", "superficial scratches to forearm"),
        ("clinical/inpatient-notes-2026-11.txt", "Denies SI, intent or plan x72 h"),
        ("clinical/inpatient-notes-2026-11.txt", "the ED stay on 11/01 was at another hospital"),
        ("other/discharge-planning-notes-2026-11.txt", "first admission date 12/01/2026"),
        ("other/discharge-planning-notes-2026-11.txt", "not accepting"),
        ("other/parent-consent-to-appeal.txt", "mother and legal guardian"),
    ],
)

CASES = [C05, C06, C07, C08]
