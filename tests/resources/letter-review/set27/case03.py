"""Set 27, case 03 (FICTIONAL): TRICARE Select, coding denial of Spravato drug lines; reconsideration by the clinic."""
SLUG = "03-tricare-select-spravato-j0013-units-ndc-coding-reconsideration-billing-coordinator"

CASE_YAML = r'''
# FICTIONAL CASE (set 27, case 03) - every person, plan, contractor, provider, number and address is invented.
# TRICARE Select, retiree's spouse, Colorado. Mrs. Vasquez-Odom, 58, had an 8-session Spravato induction in August
# 2026. The clinic's claim billed J0013 at 1 unit a date with no NDC; the regional contractor denied the eight drug
# lines (CO-16, M119) on the EOB of 09/15/2026. The clinic sent a corrected replacement claim (56 and 84 units, 11-digit
# NDC with N4 qualifier) on 09/22 (accepted 09/23); a contractor letter of 10/14 says no corrected claim is on file.
# The clinic's billing coordinator, authorized by the patient, asks for the reconsideration (90 days: by 12/14/2026).
patient:
  name: Lorraine Vasquez-Odom
  salutation: Mrs. Vasquez-Odom
  date_of_birth: 1968-03-14
  member_id: FICT-DBN-1187340962
  address: |-
    5120 Bear Creek Road
    Colorado Springs, CO 80906
  phone: (719) 555-0124
insurer:
  name: Front Range Health Partners, TRICARE West regional contractor (FICTIONAL)
  appeals_address: |-
    Front Range Health Partners - TRICARE Claims Reconsiderations (address FICTIONAL)
    PO Box 77314
    Denver, CO 80217
  fax: (303) 555-0158
claim:
  number: TW-26-0831-5584102
  plan_type: tricare
  notice_date: 2026-09-15
  appeal_deadline: 2026-12-14
  deadline_basis: >-
    EOB of 09/15/2026: "You may request a reconsideration within 90 days of the date of this notice."
  service_dates: [2026-08-03, 2026-08-05, 2026-08-10, 2026-08-12, 2026-08-17, 2026-08-19, 2026-08-24, 2026-08-26]
  procedure_codes: [J0013]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-16]
  coding_correct: false
  action: none
  denial_reason: >-
    Lines 2, 4, 6, 8, 10, 12, 14 and 16 (J0013): denied. CO-16: claim/service lacks information or has submission or
    billing errors. M119: missing, incomplete or invalid National Drug Code (NDC). Submit a corrected claim or request a
    reconsideration.
  denial_category: coding_billing
  denial_reasons: [coding_billing]
corrected_claim:
  error: >-
    The original claim billed J0013 (esketamine, 1 mg per unit) as 1 unit on each date instead of the milligrams given
    (56 on August 3 and 5; 84 on the six later dates), and gave no NDC
  resubmission_code: "7"
  file: other/corrected-claim-cms1500-2026-09-22.txt
  sent: 2026-09-22
  accepted: 2026-09-23
  reference: clearinghouse acceptance report, batch 60418
  proof: other/clearinghouse-acceptance-report-2026-09-23.txt
  lines:
    - code: J0013
      units: 56
      ndc: 71112-0028-02
      ndc_unit: UN
      ndc_quantity: 2
      documented: 56 mg (two 28 mg devices) on August 3 and August 5, 2026, per the dosing log
      evidence: {file: clinical/spravato-dosing-log-2026-08.txt, page: 1}
    - code: J0013
      units: 84
      ndc: 71112-0028-03
      ndc_unit: UN
      ndc_quantity: 3
      documented: 84 mg (three 28 mg devices) on August 10, 12, 17, 19, 24 and 26, 2026, per the dosing log
      evidence: {file: clinical/spravato-dosing-log-2026-08.txt, page: 1}
plan_policy:
  name: Front Range Health Partners TRICARE provider billing guide, section 6.4 (drugs billed with HCPCS codes)
  quote: >-
    Drugs billed with a HCPCS code must be reported with the 11-digit NDC in the 5-4-2 format, preceded by the N4
    qualifier, with the NDC unit of measure and quantity. Bill HCPCS units as described by the code (for J0013, one
    unit per 1 mg). A corrected claim uses claim frequency code 7 with the original claim number.
  file: other/billing-guide-section-6-4-excerpt.txt
treatment:
  name: Spravato (esketamine nasal spray) induction, 8 sessions
  summary: >-
    Esketamine nasal spray given in the clinic, 56 mg at the first two sessions and 84 mg at the next six, with two
    hours of observation each time, for treatment-resistant depression; prior authorization was approved.
  alongside: escitalopram 20 mg daily
clinical:
  severity: MADRS 33 on 07/28/2026 before induction; MADRS 17 on 08/31/2026
  severity_date: 2026-08-31
  suicidality: none
  suicidality_date: 2026-08-31
  response: MADRS 33 (07/28/2026) to 17 (08/31/2026) after 8 sessions
  response_level: partial
  history:
    - drug: Bupropion XL
      dose: 300 mg daily
      start: 2024-03
      end: 2024-08
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 20 weeks; stopped
      evidence: {file: clinical/spravato-dosing-log-2026-08.txt, page: 1}
    - drug: Escitalopram
      dose: 20 mg daily
      start: 2024-09
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued with Spravato
      evidence: {file: clinical/spravato-dosing-log-2026-08.txt, page: 1}
    - drug: Trazodone
      dose: 50 mg at bedtime for sleep
      start: 2025-01
      ongoing: true
      kind: other
      outcome: Sleep dose; not an antidepressant trial
      evidence: {file: clinical/spravato-dosing-log-2026-08.txt, page: 1}
prior_auth:
  approved:
    number: TRICARE authorization TW-PA-26-0721-0093
    date: 2026-07-21
    covers: Spravato induction, 8 sessions, 08/01/2026 through 09/30/2026
    file: other/tricare-authorization-2026-07-21.txt
author:
  name: Dana Whitcombe
  role: Billing coordinator, Pikes Peak Interventional Psychiatry (authorized representative of the beneficiary)
  relation: representative
  authorization: other/beneficiary-authorization-2026-11-30.txt
  address: |-
    Pikes Peak Interventional Psychiatry (FICTIONAL), 2230 North Union Boulevard, Suite 104
    Colorado Springs, CO 80909
  phone: (719) 555-0145
  email: billing@pikespeakpsych.example
provider:
  name: Hollis Garnett
  credentials: MD
  npi: "1319472654"
  tax_id: "84-0000317"
  address: |-
    Pikes Peak Interventional Psychiatry (FICTIONAL), 2230 North Union Boulevard, Suite 104
    Colorado Springs, CO 80909
  phone: (719) 555-0145
record_dates:
  - file: clinical/spravato-dosing-log-2026-08.txt
    date: 2026-08-31
bates_prefix: VASQUEZODOM
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''

DOCS = {
    "denial/eob-2026-09-15.txt": """
FRONT RANGE HEALTH PARTNERS (FICTIONAL) - TRICARE WEST REGION
TRICARE EXPLANATION OF BENEFITS                              Date of this notice: 09/15/2026
Page 1 of 1

Beneficiary: Lorraine Vasquez-Odom   DBN: FICT-DBN-1187340962   Sponsor: retired, U.S. Air Force   Plan: TRICARE Select
Claim: TW-26-0831-5584102   Provider: Pikes Peak Interventional Psychiatry   Received 08/31/2026

Lines 1, 3, 5, 7, 9, 11, 13, 15 (99215, observation visits, 08/03-08/26/2026): allowed and paid.
Lines 2, 4, 6, 8, 10, 12, 14 and 16 (J0013): denied. CO-16: claim/service lacks information or has submission or
billing errors. M119: missing, incomplete or invalid National Drug Code (NDC). Submit a corrected claim or request a
reconsideration.
Units billed on each J0013 line: 1.

APPEAL RIGHTS: You may request a reconsideration within 90 days of the date of this notice. Send it to TRICARE Claims
Reconsiderations, PO Box 77314, Denver, CO 80217, or fax (303) 555-0158.
""",
    "clinical/spravato-dosing-log-2026-08.txt": """
PIKES PEAK INTERVENTIONAL PSYCHIATRY (FICTIONAL) - SPRAVATO DOSING AND OBSERVATION LOG, AUGUST 2026
Patient: Lorraine Vasquez-Odom   DOB 03/14/1968   Prescriber: Hollis Garnett, MD   (signed 08/31/2026)
Page 1 of 1

Date        Dose    Devices (28 mg each)   Lot          Observation   BP max     Discharged
08/03/2026  56 mg   2                      FX26A118     2 h           148/88     11:40 am
08/05/2026  56 mg   2                      FX26A118     2 h           142/86     11:35 am
08/10/2026  84 mg   3                      FX26A204     2 h           150/90     11:50 am
08/12/2026  84 mg   3                      FX26A204     2 h           146/84     11:45 am
08/17/2026  84 mg   3                      FX26A204     2 h           144/86     11:40 am
08/19/2026  84 mg   3                      FX26A311     2 h           140/82     11:40 am
08/24/2026  84 mg   3                      FX26A311     2 h           138/84     11:35 am
08/26/2026  84 mg   3                      FX26A311     2 h           140/84     11:40 am

MADRS 33 on 07/28/2026; 17 on 08/31/2026 (partial response). No suicidal ideation (08/31/2026).
History: bupropion XL 300 mg 03/2024-08/2024, no response after 20 weeks, stopped; escitalopram 20 mg since 09/2024,
partial response, continued with Spravato; trazodone 50 mg at bedtime for sleep since 01/2025.
""",
    "other/corrected-claim-cms1500-2026-09-22.txt": """
CORRECTED CLAIM (CMS-1500 data, reproduced; FICTIONAL)       Submitted 09/22/2026
Claim frequency code: 7 (replacement of prior claim)   Original claim number: TW-26-0831-5584102
Billing provider: Pikes Peak Interventional Psychiatry, NPI 1319472654

24A shaded (supplemental) and 24D/24G lines, J0013 only (the 99215 lines are unchanged and were paid):
08/03/2026  N4 71112002802 UN2   J0013  units 56
08/05/2026  N4 71112002802 UN2   J0013  units 56
08/10/2026  N4 71112002803 UN3   J0013  units 84
08/12/2026  N4 71112002803 UN3   J0013  units 84
08/17/2026  N4 71112002803 UN3   J0013  units 84
08/19/2026  N4 71112002803 UN3   J0013  units 84
08/24/2026  N4 71112002803 UN3   J0013  units 84
08/26/2026  N4 71112002803 UN3   J0013  units 84
NDCs on this page are FICTIONAL placeholders (71112-0028-02 for the 56 mg kit, 71112-0028-03 for the 84 mg kit).
""",
    "other/clearinghouse-acceptance-report-2026-09-23.txt": """
SUMMIT EDI CLEARINGHOUSE (FICTIONAL) - PAYER ACCEPTANCE REPORT, BATCH 60418          Date: 09/23/2026
Payer: Front Range Health Partners - TRICARE West
Claim                        Patient              Frequency   Status
TW-26-0831-5584102 (replace) VASQUEZ-ODOM, L      7           Accepted by payer 09/23/2026 08:12
PPIP-26-0922-0419            MARSH, K             1           Accepted by payer 09/23/2026 08:12
""",
    "other/contractor-letter-2026-10-14.txt": """
FRONT RANGE HEALTH PARTNERS (FICTIONAL) - LETTER TO PROVIDER                         Date: 10/14/2026
Re: TW-26-0831-5584102, Lorraine Vasquez-Odom
In answer to your telephone inquiry of 10/09/2026: we have no corrected claim on file for this claim. If you disagree
with the EOB of 09/15/2026 you may request a reconsideration within 90 days of that EOB.
""",
    "other/billing-guide-section-6-4-excerpt.txt": """
FRONT RANGE HEALTH PARTNERS (FICTIONAL) - TRICARE PROVIDER BILLING GUIDE, SECTION 6.4 (excerpt, 2026)
Drugs billed with a HCPCS code must be reported with the 11-digit NDC in the 5-4-2 format, preceded by the N4
qualifier, with the NDC unit of measure and quantity. Bill HCPCS units as described by the code (for J0013, one
unit per 1 mg). A corrected claim uses claim frequency code 7 with the original claim number.
""",
    "other/clinic-superbill-template-2025.txt": """
PIKES PEAK INTERVENTIONAL PSYCHIATRY (FICTIONAL) - SUPERBILL TEMPLATE, 2025 (old form found in the chart)
Esketamine nasal spray: S0013, 1 unit per mg. (Code retired 01/01/2026; not used on this claim.)
""",
    "other/tricare-authorization-2026-07-21.txt": """
FRONT RANGE HEALTH PARTNERS (FICTIONAL) - AUTHORIZATION APPROVED                     Date: 07/21/2026
Authorization TW-PA-26-0721-0093: Spravato induction, 8 sessions, 08/01/2026 through 09/30/2026.
Beneficiary: Lorraine Vasquez-Odom. Provider: Hollis Garnett, MD.
""",
    "other/beneficiary-authorization-2026-11-30.txt": """
BENEFICIARY'S WRITTEN AUTHORIZATION OF A REPRESENTATIVE (FICTIONAL)                  Signed: 11/30/2026
I, Lorraine Vasquez-Odom (DBN FICT-DBN-1187340962), authorize Dana Whitcombe, billing coordinator at Pikes Peak
Interventional Psychiatry, to request a reconsideration of claim TW-26-0831-5584102 on my behalf.
- Lorraine Vasquez-Odom
""",
}

TRUTH = r'''
# 03 - TRICARE Select: Spravato drug lines denied for missing NDC; reconsideration by the clinic's billing coordinator (FICTIONAL)

All people, plans, contractors, providers, numbers and addresses are invented (FICTIONAL). The NDCs are FICTIONAL
placeholders.

## What is true
- Lorraine Vasquez-Odom, 58 (DOB 03/14/1968), Colorado Springs, is a retiree's spouse in **TRICARE Select**; the
  regional contractor is **Front Range Health Partners**.
- Spravato induction, **8 sessions** on 08/03, 08/05, 08/10, 08/12, 08/17, 08/19, 08/24, 08/26/2026, **prior
  authorization TW-PA-26-0721-0093** approved. Doses (dosing log): **56 mg** (2 devices) on 08/03 and 08/05; **84 mg**
  (3 devices) on the six later dates.
- The original claim **was wrong** (`coding_correct: false`): J0013 billed at **1 unit** a date, **no NDC**. The EOB of
  **09/15/2026** (claim **TW-26-0831-5584102**) paid the eight 99215 lines and denied the eight J0013 lines: **CO-16,
  M119**.
- A **corrected replacement claim** (frequency code **7**, original claim number) billed J0013 at **56 / 84 units** with
  **N4 71112002802 UN2** and **N4 71112002803 UN3**; sent **09/22/2026**, **accepted by the payer 09/23/2026**
  (clearinghouse batch 60418). The contractor's **10/14/2026** letter says "no corrected claim on file": contradicted by
  the acceptance report.
- The contractor's own billing guide (s. 6.4) asks exactly for this: 11-digit NDC with N4, unit and quantity; J0013 one
  unit per mg; frequency code 7.
- **Stage and rule:** a TRICARE **reconsideration** by the regional contractor, within **90 days of the EOB: by
  12/14/2026** (the EOB says so; 32 CFR 199.10, from memory). **Nine days are left** on 12/05.
- **Author:** Dana Whitcombe, the clinic's **billing coordinator**, with the beneficiary's **written authorization
  (11/30/2026)**; not a clinician.

## Deliberately unknown
- What TRICARE allows per unit of J0013 and the cost share: not in the case; no dollar amount owed.
- Why the contractor did not find the corrected claim: not in the case.
- The real NDCs of the Spravato kits: the case uses FICTIONAL placeholders; a letter must use the case's, not others.

## Traps
- **Coding, not medicine.** Not a medical-necessity question (the authorization was approved): no trial count, no
  literature, no peer-to-peer, no "clinical reviewer".
- **The claim was wrong**: never "the claim was correctly coded"; say what was corrected.
- **Units are per date**: 56 on two dates and 84 on six (2 x 56 + 6 x 84 = 616 units in all); never 84 on all
  eight, never 1.
- **Only the J0013 lines** are appealed; the 99215 lines were paid.
- **Stale form:** the 2025 superbill template shows **S0013** (retired 01/01/2026); the claim uses J0013.
- **Other patient on a document:** the clearinghouse report lists **K. Marsh's** claim.
- **Escitalopram continues** (partial response): never "failed". Trazodone 50 mg is a **sleep dose**.
- **Wrong law:** TRICARE is not ERISA, not ACA, not Medicare, not parity-governed under MHPAEA; no external review under
  45 CFR 147.136 or 29 CFR 2590.715-2719, no state insurance department, no "180 days".
- **Voice:** a billing coordinator, authorized: "I write on behalf of Mrs. Vasquez-Odom"; never "as her physician".

## Arguments a strong letter makes (strongest first)
1. The corrected replacement claim (frequency 7, original TW-26-0831-5584102) reports exactly what the denial said was
   missing: **N4 71112002802 UN2** with J0013 x56 (08/03, 08/05) and **N4 71112002803 UN3** with J0013 x84 (six dates),
   as billing guide s. 6.4 asks; ask that it be processed as corrected.
2. It was **sent 09/22 and accepted 09/23/2026** (batch 60418): "no corrected claim on file" (10/14) is contradicted.
3. The doses are documented date by date in the dosing log; the service was authorized (TW-PA-26-0721-0093).
   Timely: by 12/14/2026.

## What a letter must NOT say
- "correctly coded"; "1 unit" as right; "84 units on each date"; "S0013"; K. Marsh's claim.
- "medically necessary" as the ground; "failed escitalopram"; trazodone as a trial.
- "ERISA", "29 CFR 2560.503-1", "45 CFR 147.136", "2590.715-2719", "external review", "MHPAEA", "parity", "state
  insurance department", "42 CFR 422", "Medicare".
- "Dr. Whitcombe", "as her physician".
'''

D = "denial/eob-2026-09-15.txt"
L = "clinical/spravato-dosing-log-2026-08.txt"
K = "other/corrected-claim-cms1500-2026-09-22.txt"
ANSWERS = [
    (D, "M119: missing, incomplete or invalid National Drug Code"),
    (D, "Units billed on each J0013 line: 1"),
    (D, "within 90 days of the date of this notice"),
    (D, "99215, observation visits, 08/03-08/26/2026): allowed and paid"),
    (L, "08/05/2026  56 mg   2"),
    (L, "08/26/2026  84 mg   3"),
    (L, "escitalopram 20 mg since 09/2024, partial response"),
    (K, "Claim frequency code: 7"),
    (K, "N4 71112002802 UN2   J0013  units 56"),
    (K, "N4 71112002803 UN3   J0013  units 84"),
    ("other/clearinghouse-acceptance-report-2026-09-23.txt", "Accepted by payer 09/23/2026"),
    ("other/clearinghouse-acceptance-report-2026-09-23.txt", "MARSH, K"),
    ("other/contractor-letter-2026-10-14.txt", "we have no corrected claim on file"),
    ("other/billing-guide-section-6-4-excerpt.txt", "preceded by the N4 qualifier"),
    ("other/clinic-superbill-template-2025.txt", "S0013"),
    ("other/tricare-authorization-2026-07-21.txt", "TW-PA-26-0721-0093"),
    ("truth", "by 12/14/2026"),
]
