"""Set 13 cases 07-08 (FICTIONAL)."""
CASES = []

# ---------------------------------------------------------------- 07
CASES.append(dict(
slug="07-medicare-advantage-ppo-tms-out-of-network-wrong-plan-option-patient",
yaml=r"""
# FICTIONAL CASE (set 13, case 07) - every person, plan, number and address is invented.
# Medicare Advantage: the member moved from the plan's HMO to its PPO for 2026; a TMS course at a non-contracted
# clinic was denied "provider not in network" under the HMO rule. The PPO covers out-of-network care at 40%
# coinsurance. The member writes the reconsideration request himself.
patient:
  name: Augustin Pellerin Quistgaard
  salutation: Mr. Quistgaard
  date_of_birth: 1958-02-11
  member_id: LKM-FICT-H9998-004-55120
  address: |-
    3350 Heron Bluff Drive
    Marrowgate, MI 49999
  phone: (616) 555-0139
insurer:
  name: Lakemont Medicare Advantage (FICTIONAL)
  appeals_address: |-
    Lakemont Medicare Advantage - Part C Appeals
    PO Box 88021
    Marrowgate, MI 49998
  fax: (616) 555-0145
claim:
  number: LKM-CLM-2026-1028-66310
  plan_type: medicare_advantage
  notice_date: October 30, 2026
  denial_reason: >-
    The provider is not in your plan's network. Services from out-of-network providers are not covered except for
    emergency care, urgently needed services, out-of-area dialysis, or care approved in advance by the plan.
    (CARC 242)
  denial_category: out_of_network
  carc_codes: [CO-242]
  procedure_codes: [90867, 90868]
  diagnosis_codes: [F33.1]
  service_dates: [2026-08-03, 2026-09-14]
  sessions: 30
  action: none
  appeal_deadline: January 3, 2027
  deadline_basis: >-
    Stated in the notice: "You must ask for a reconsideration within 65 calendar days from the date of this notice."
plan_option:
  name: Lakemont Advantage PPO (H9998-004)
  out_of_network: true
  since: 2026-01-01
  applied: Lakemont Advantage HMO (H9998-002), the plan I left on December 31, 2025
  proof:
    - other/enrollment-confirmation-ppo-2026.txt
    - other/member-id-card-2026.txt
plan_policy:
  name: Lakemont Advantage PPO 2026 Evidence of Coverage, Chapter 3, Section 2.3
  quote: >-
    As a member of our PPO plan, you can get your covered services from out-of-network providers. Your share of the
    cost for covered services from an out-of-network provider is 40% coinsurance. The out-of-network provider must be
    eligible to take part in Medicare. You do not need a referral; you may ask us for a coverage decision in advance.
  file: other/evidence-of-coverage-ppo-2026-ch3-excerpt.txt
treatment:
  name: Transcranial magnetic stimulation (TMS)
  summary: A course of 30 TMS sessions for recurrent major depression, given August 3 to September 14, 2026.
author:
  name: Augustin Pellerin Quistgaard
  role: Patient (plan member)
  relation: patient
  phone: (616) 555-0139
provider:
  name: Ridgeview Neuromodulation Clinic - Dr. Imogen Sallowe-Barte
  credentials: MD, psychiatrist (Medicare-enrolled, accepts assignment)
  npi: "1992880363"
  phone: (616) 555-0147
  address: |-
    210 Cedar Spur Road
    Marrowgate, MI 49999
clinical:
  episode_onset: December 2025
  severity: PHQ-9 20 on July 28, 2026; PHQ-9 8 on September 14, 2026
  severity_date: 2026-09-14
  suicidality: none
  response: PHQ-9 20 before TMS (July 28, 2026) and 8 after session 30 (September 14, 2026)
  history:
    - drug: Escitalopram
      dose: 20 mg daily
      start: 2026-01-05
      end: 2026-03-16
      outcome: No response after 10 weeks
      response: none
      adequate: true
      evidence: {file: clinical/ridgeview-tms-summary.txt, page: 1}
    - drug: Bupropion XL
      dose: 300 mg daily
      start: 2026-03-23
      end: 2026-06-15
      outcome: Partial response only after 12 weeks; lowered before TMS (seizure threshold)
      response: partial
      adequate: true
      evidence: {file: clinical/ridgeview-tms-summary.txt, page: 1}
    - drug: Doxepin
      kind: other
      dose: 10 mg at bedtime
      start: 2026-02
      ongoing: true
      outcome: Low dose for sleep maintenance only
      adequate: false
    - drug: TMS
      kind: neuromodulation
      dose: 36 sessions
      sessions: 36
      adequate: true
      start: 2022-09
      end: 2022-11
      outcome: Remission in an earlier episode (2022); well until December 2025
      response: remission
      evidence: {file: clinical/ridgeview-tms-summary.txt, page: 1}
bates_prefix: QUISTGAARD
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
docs={
"denial/notice-of-denial-of-payment-2026-10-30.txt": """
LAKEMONT MEDICARE ADVANTAGE (FICTIONAL)
NOTICE OF DENIAL OF PAYMENT (model notice wording adapted)           Date: October 30, 2026
Member: AUGUSTIN P QUISTGAARD   Member ID: LKM-FICT-H9998-004-55120   Plan on claim file: H9998-002 (HMO)
Claim: LKM-CLM-2026-1028-66310   Provider: RIDGEVIEW NEUROMODULATION CLINIC (non-contracted)
Services: TMS 90867 x1, 90868 x29, 08/03/2026 - 09/14/2026, billed $8,700.00, paid $0.00
Why we denied payment: The provider is not in your plan's network. Services from out-of-network providers are
not covered except for emergency care, urgently needed services, out-of-area dialysis, or care approved in
advance by the plan. (CARC 242)
You must ask for a reconsideration within 65 calendar days from the date of this notice. We will decide a payment
reconsideration within 60 days. Write to Part C Appeals, PO Box 88021, Marrowgate MI 49998, fax (616) 555-0145.
""",
"other/enrollment-confirmation-ppo-2026.txt": """
LAKEMONT MEDICARE ADVANTAGE (FICTIONAL)                     November 18, 2025
Confirmation of your plan change: Augustin P. Quistgaard, LKM-FICT-H9998-004-55120.
We received your Annual Enrollment Period request of 11/02/2025. Effective January 1, 2026 you are enrolled in
Lakemont Advantage PPO (H9998-004). Your enrollment in Lakemont Advantage HMO (H9998-002) ends December 31, 2025.
""",
"other/member-id-card-2026.txt": """
MEMBER ID CARD (copy, front) - LAKEMONT ADVANTAGE PPO (FICTIONAL)
Name: AUGUSTIN P QUISTGAARD   ID: LKM-FICT-H9998-004-55120   Plan: H9998-004 PPO   Effective: 01/01/2026
Out-of-network: covered, 40% coinsurance.
""",
"other/evidence-of-coverage-ppo-2026-ch3-excerpt.txt": """
LAKEMONT ADVANTAGE PPO 2026 EVIDENCE OF COVERAGE (FICTIONAL) - Chapter 3, Section 2.3, Getting care from
out-of-network providers
As a member of our PPO plan, you can get your covered services from out-of-network providers. Your share of the
cost for covered services from an out-of-network provider is 40% coinsurance. The out-of-network provider must be
eligible to take part in Medicare. You do not need a referral; you may ask us for a coverage decision in advance.
""",
"clinical/ridgeview-tms-summary.txt": """
RIDGEVIEW NEUROMODULATION CLINIC (FICTIONAL) - TMS course summary. Medicare-enrolled; accepts assignment.
Patient: Quistgaard, Augustin P.  DOB 02/11/1958
Hx: recurrent MDD. 2022 episode: TMS 36 sessions Sep-Nov 2022 -> remission; well until 12/2025.
Current episode since 12/2025: escitalopram 20 mg 01/05-03/16/2026 no response; bupropion XL 300 mg
03/23-06/15/2026 partial only, tapered before TMS. Doxepin 10 mg qhs since 02/2026 for sleep maintenance.
No seizure history; no intracranial metal; no psychosis. Denies SI.
07/28/2026 PHQ-9 20. Course originally scheduled to start 07/27 (cancelled, patient ill); first session 08/03/2026.
30 sessions 08/03/2026 - 09/14/2026. 09/14/2026 PHQ-9 8 (response).
Pt and clinic checked the 2026 ID card (PPO, out-of-network covered) before starting. No in-network TMS
provider was contacted; the patient chose Ridgeview, which treated him in 2022.
""",
},
checks=[
("denial/notice-of-denial-of-payment-2026-10-30.txt", "Plan on claim file: H9998-002 (HMO)"),
("denial/notice-of-denial-of-payment-2026-10-30.txt", "within 65 calendar days from the date of this notice"),
("other/enrollment-confirmation-ppo-2026.txt", "Effective January 1, 2026 you are enrolled in"),
("other/evidence-of-coverage-ppo-2026-ch3-excerpt.txt", "40% coinsurance"),
("clinical/ridgeview-tms-summary.txt", "No in-network TMS\nprovider was contacted"),
("clinical/ridgeview-tms-summary.txt", "(cancelled, patient ill); first session 08/03/2026"),
("clinical/ridgeview-tms-summary.txt", "TMS 36 sessions Sep-Nov 2022 -> remission"),
("clinical/ridgeview-tms-summary.txt", "No seizure history"),
],
truth=r"""
# 07 - Medicare Advantage, TMS out of network denied under the HMO rule although the member is in the PPO; the member writes (FICTIONAL)

All people, plans, numbers and addresses are invented.

## What is true
- Mr. Quistgaard, 68, changed from Lakemont's **HMO (H9998-002)** to its **PPO (H9998-004)** effective
  2026-01-01 (enrollment confirmation, ID card). The payment notice of 2026-10-30 shows the claim filed under
  **H9998-002 (HMO)** and denies a 30-session TMS course (08/03-09/14/2026) at a non-contracted, Medicare-enrolled
  clinic, CO-242, with HMO wording.
- The PPO's Evidence of Coverage: out-of-network covered services at **40% coinsurance**, provider must be
  Medicare-eligible, no referral needed. An MA PPO by definition pays for covered benefits in or out of network
  (42 CFR 422.4(a)(1)(v)); non-contracted providers are paid what Original Medicare would pay (422.100(b)(2)).
- Reconsideration of a **payment** denial: 65 days from the notice (422.582(b)): 2027-01-03 (the notice prints it);
  decided within 60 days (422.590(b)). Member writes: "I".
- Medical necessity was not the reason (the notice gives only the network reason). PHQ-9 20 -> 8.

## Deliberately unknown
- Whether the plan will review medical necessity once it reprocesses under the PPO (possible; not decided).
- What the 40% coinsurance amounts to in dollars (the allowed amount is unknown).

## Traps
- **Not** a network-gap or adequacy case: no in-network provider was contacted; the letter must not say none was
  available or ask for a gap exception / in-network cost sharing.
- Don't promise payment of the billed $8,700 or "60% of billed": the plan pays its out-of-network rate less 40%.
- MA: no ERISA, no MHPAEA, no state external review, no 45 CFR 147.136; the next level (IRE) is automatic if upheld.
- 2022 TMS = **remission** in an earlier episode (supports repeat TMS; not a failure). Doxepin 10 mg = sleep.
- "No seizure history", "Denies SI": no seizure or suicidality claims.
- Start date: 08/03 (07/27 was cancelled).
- Not expedited: care is over; a payment reconsideration. Don't cite 7-day Part B drug clock (TMS is not a drug).

## Arguments a strong letter makes
1. The claim was processed under the wrong plan: he is enrolled in the PPO since 2026-01-01 (confirmation, card);
   ask the plan to correct its enrollment record and reprocess under the PPO.
2. The PPO's EOC covers out-of-network services at 40% coinsurance from a Medicare-eligible provider, no referral;
   Ridgeview is Medicare-enrolled. (MA PPO definition, 422.4(a)(1)(v).)
3. Reconsideration is timely (65 days); decide within 60 days.

## What a letter must NOT say
- "no in-network provider", "network gap exception", "network adequacy", "in-network cost sharing", "ERISA",
  "parity", "external review by the state", "TMS failed in 2022", "doxepin trial", "July 27", "$8,700 must be
  paid in full", "expedited".
""",
))

# ---------------------------------------------------------------- 08
ANES = [("07/13", 14), ("07/15", 13), ("07/17", 15), ("07/20", 12), ("07/22", 14), ("07/24", 13),
        ("07/27", 16), ("07/29", 12), ("07/31", 14), ("08/03", 13), ("08/05", 15), ("08/07", 14)]
_lines = "\n".join(
    f"    - {{code: \"00104\", units: {m}, modifiers: [AA], documented: \"anesthesia for ECT on 2026-{d[:2]}-{d[3:]}, {m} minutes on the anesthesia record\", evidence: {{file: clinical/anesthesia-records-ect-2026.txt, page: 1}}}}"
    for d, m in ANES)
_records = "\n".join(
    f"DOS {('07/21' if d == '07/22' else d)}/2026  ECT #{i+1:>2}  methohexital + succinylcholine  anesthesia start-stop: {m} min  "
    f"CRNA/MD: Harborline" for i, (d, m) in enumerate(ANES))
_ectlog = " ".join(f"{d}" for d, _ in ANES)
CASES.append(dict(
slug="08-self-funded-ect-anesthesia-time-missing-corrected-claim-second-level-sister",
yaml=r"""
# FICTIONAL CASE (set 13, case 08) - every person, plan, number and address is invented.
# Self-funded ERISA plan: the anesthesia claims for a 12-treatment ECT course (00104) were denied because the claim
# reported no anesthesia time; the first-level appeal was denied because no corrected claim had been sent. The
# member's sister, a retired medical coder and his authorized representative, sends the second-level appeal with the
# corrected claim (anesthesia minutes per treatment, modifier AA).
patient:
  name: Leopold Haverkamp-Ndiaye
  salutation: Mr. Haverkamp-Ndiaye
  date_of_birth: 1969-09-25
  member_id: HVB-FICT-2290-14457
  address: |-
    77 Saltmarsh Row
    Bellweather Point, ME 04999
  phone: (207) 555-0102
insurer:
  name: Harbor Vale Boatworks Health Benefit Plan, administered by Coastline TPA Services (FICTIONAL)
  appeals_address: |-
    Coastline TPA Services - Second Level Appeals
    PO Box 4410
    Bellweather Point, ME 04998
  fax: (207) 555-0107
claim:
  number: CTS-2026-08-448812
  plan_type: employer_erisa
  funding: self_funded
  stage: second level
  notice_date: September 3, 2026
  denial_reason: >-
    CO-16: Claim/service lacks information or has submission/billing error(s). M53: Missing/incomplete/invalid days
    or units of service. Anesthesia time was not reported for procedure 00104.
  denial_category: coding_billing
  carc_codes: [CO-16]
  coding_correct: false
  procedure_codes: ["00104"]
  diagnosis_codes: [F33.3]
  service_dates: [2026-07-13, 2026-08-07]
  sessions: 12
  action: none
decisions:
  - date: 2026-10-20
    outcome: denied
    stage: first level
    opens: second level
    next_deadline: 2027-04-18
    reason: >-
      Your appeal is denied. The claim as submitted reports one unit for each anesthesia service and no anesthesia
      time. A corrected claim with the anesthesia time is required; none has been received.
corrected_claim:
  error: >-
    The anesthesia group's original claim reported each 00104 service as 1 unit with no anesthesia minutes and no
    modifier; the corrected claim reports the anesthesia time in minutes for each of the 12 treatments from the
    anesthesia records, with modifier AA (anesthesiologist personally performed).
  resubmission_code: "7"
  file: other/corrected-claim-cms1500-2026-11-12.txt
  lines:
""" + _lines + r"""
treatment:
  name: Anesthesia for electroconvulsive therapy (ECT)
  summary: General anesthesia for each of 12 ECT treatments in an acute course; the ECT itself (90870) was paid.
author:
  name: Marieke Haverkamp-Lindqvist
  role: Sister of the patient and his authorized representative (retired certified medical coder)
  relation: representative
  authorization: other/authorized-representative-designation.txt
  phone: (207) 555-0104
  email: marieke.hl@mail.example
provider:
  name: Harborline Anesthesia Group - Dr. Soren Achterberg-Mbeki
  credentials: MD, anesthesiologist
  npi: "1405177357"
  tax_id: 99-0001234
  phone: (207) 555-0112
  address: |-
    Bellweather Point General Hospital, 1 Lighthouse Way
    Bellweather Point, ME 04999
clinical:
  episode_onset: March 2026
  severity: HAM-D 31 with psychotic features on July 9, 2026; HAM-D 9 on August 10, 2026
  severity_date: 2026-08-10
  suicidality: none
bates_prefix: HAVERKAMPNDIAYE
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
docs={
"denial/explanation-of-benefits-2026-09-03.txt": """
COASTLINE TPA SERVICES (FICTIONAL) for the Harbor Vale Boatworks Health Benefit Plan (self-funded)
EXPLANATION OF BENEFITS   09/03/2026   Member: LEOPOLD HAVERKAMP-NDIAYE   ID HVB-FICT-2290-14457
Claim CTS-2026-08-448812   Provider: HARBORLINE ANESTHESIA GROUP
00104  07/13/26 - 08/07/26   12 lines x 1 unit   Billed $7,200.00   Paid $0.00
CO-16: Claim/service lacks information or has submission/billing error(s). M53: Missing/incomplete/invalid days
or units of service. Anesthesia time was not reported for procedure 00104.
Claim CTS-2026-08-448790 (90870, ECT, Dr. R. Okafor-Lund): PAID, not under appeal.
You may appeal within 180 days. The plan has two levels of internal appeal.
""",
"denial/first-level-appeal-decision-2026-10-20.txt": """
COASTLINE TPA SERVICES (FICTIONAL)     October 20, 2026      Claim CTS-2026-08-448812
Your appeal is denied. The claim as submitted reports one unit for each anesthesia service and no anesthesia
time. A corrected claim with the anesthesia time is required; none has been received.
You may file a second-level appeal within 180 days of this letter. This decision concerns claim information only;
it is not a medical necessity decision.
""",
"clinical/anesthesia-records-ect-2026.txt": """
BELLWEATHER POINT GENERAL HOSPITAL - ECT SUITE ANESTHESIA RECORDS (summary extract, FICTIONAL)
Patient: Haverkamp-Ndiaye, Leopold   DOB 09/25/1969   Anesthesia: Harborline Anesthesia Group (MD personally performed)
""" + _records + """
Note: record #5 header typed 07/21/2026 in error; the ECT log and the hospital claim show 07/22/2026.
ECT treatment log (psychiatry): """ + _ectlog + """ (2026)
""",
"clinical/psychiatry-ect-summary.txt": """
BELLWEATHER POINT GENERAL HOSPITAL - PSYCHIATRY (FICTIONAL) - Dr. R. Okafor-Lund
Major depressive disorder, recurrent, severe with psychotic features (F33.3). 07/09/2026 HAM-D 31, nihilistic
delusions; denies SI. Acute ECT course, 12 treatments 07/13-08/07/2026, right unilateral ultrabrief.
08/10/2026 HAM-D 9, psychotic features resolved. Medical necessity of ECT was approved by the plan (auth
CTS-UM-2026-0710-2231) and the ECT claim was paid.
""",
"other/corrected-claim-cms1500-2026-11-12.txt": """
CORRECTED CLAIM (CMS-1500 content, FICTIONAL) - Box 22: resubmission code 7, original ref. CTS-2026-08-448812
Billing: Harborline Anesthesia Group, NPI 1405177357.  Patient: Haverkamp-Ndiaye, Leopold  ID HVB-FICT-2290-14457
Line  DOS         Code   Mod  Units(minutes)  Dx
""" + "\n".join(f"{i+1:>2}   {d}/2026  00104  AA   {m}" + "             F33.3" for i, (d, m) in enumerate(ANES)) + """
""",
"other/authorized-representative-designation.txt": """
AUTHORIZED REPRESENTATIVE DESIGNATION (FICTIONAL)
I, Leopold Haverkamp-Ndiaye (ID HVB-FICT-2290-14457), name my sister Marieke Haverkamp-Lindqvist as my authorized
representative for the appeal of claim CTS-2026-08-448812. Signed 11/10/2026.
""",
},
checks=[
("denial/explanation-of-benefits-2026-09-03.txt", "Anesthesia time was not reported for procedure 00104."),
("denial/explanation-of-benefits-2026-09-03.txt", "PAID, not under appeal"),
("denial/first-level-appeal-decision-2026-10-20.txt", "none has been received"),
("denial/first-level-appeal-decision-2026-10-20.txt", "it is not a medical necessity decision"),
("clinical/anesthesia-records-ect-2026.txt", "record #5 header typed 07/21/2026 in error"),
("other/corrected-claim-cms1500-2026-11-12.txt", "resubmission code 7"),
("other/corrected-claim-cms1500-2026-11-12.txt", " 5   07/22/2026  00104  AA   14"),
("clinical/psychiatry-ect-summary.txt", "denies SI"),
],
truth=r"""
# 08 - Self-funded employer plan, ECT anesthesia claims denied for missing anesthesia time; corrected claim; second-level appeal by the sister (FICTIONAL)

All people, plans, numbers and addresses are invented.

## What is true
- Self-funded ERISA plan. The anesthesia group's claim for 12 ECT anesthesia services (00104, 07/13-08/07/2026)
  was denied 2026-09-03, CO-16 / M53, "anesthesia time was not reported". The ECT claim itself (90870) was **paid**
  and the ECT was pre-authorized: medical necessity is not in dispute.
- The first-level appeal was denied **2026-10-20** because no corrected claim had been received. This is the
  **second-level** appeal (180 days from 10/20: 2027-04-18). It must say so and answer the 10/20 decision.
- The original claim **was wrong** (1 unit each, no minutes, no modifier): `coding_correct: false`. The corrected
  claim (resubmission code 7, dated 2026-11-12) reports minutes per treatment (12-16, total 165) with modifier AA,
  from the anesthesia records.
- Author: sister, authorized representative (signed designation). ERISA claims rule applies (29 CFR 2560.503-1).

## Deliberately unknown
- The dollar amount the plan will allow (anesthesia base units x conversion factor: not in the record).
- Whether the anesthesia group will balance-bill meanwhile.

## Traps
- Never "the claim was correctly coded" / "billed correctly": the original lacked time. The honest ask: process
  the corrected claim.
- Not a medical-judgment denial: no clinical reviewer request, no peer-to-peer, no external review request (a
  claim-information denial is not eligible for external review on medical judgment; at most say other rights are
  reserved).
- Date conflict: one anesthesia record header says **07/21**; the ECT log, claim and corrected claim say
  **07/22**. Use 07/22.
- "denies SI": no suicidality sentence. Psychotic features resolved: don't say current psychosis.
- Don't appeal the 90870 ECT claim: it was paid.
- Anesthesia "units" on the corrected claim are minutes; don't call them "12 units" or convert to base units.

## Arguments a strong letter makes
1. The only reason (no anesthesia time) is cured: the corrected claim with minutes for each of the 12 services
   and modifier AA is enclosed; ask that it be processed as corrected (resubmission code 7) under the original
   claim number.
2. The minutes match the anesthesia records (exhibit), line by line; the ECT was authorized and paid, so
   anesthesia for it is a covered, necessary part of the same service.
3. Second-level: the first-level decision said only that no corrected claim had been received; it now has been.

## What a letter must NOT say
- "correctly coded", "billed correctly", "not medically necessary" as the plan's reason, "peer-to-peer",
  "external review" as a request, "07/21/2026", "suicidal", "first-level appeal" as the current stage, "the ECT
  claim was denied".
""",
))
