SLUG = "02-tricare-select-retiree-ptsd-iop-auth-days-counted-as-claim-lines-reconsideration-program-ur"

CASE_YAML = """\
# FICTIONAL CASE (letters set 52, case 02) - every person, plan, contractor, provider, number and address is invented.
# TRICARE Select, retired sponsor. Desmond Achebe-Ward, 55, attended 18 days of a trauma intensive outpatient program
# (09/08-10/07/2026) under an authorization for "up to 24 treatment days". The East region contractor counted claim
# lines (each day's per diem line and each individual-therapy line) against the 24 and denied the last 4 days as
# "authorized units exceeded" (CO-198). The program's utilization review coordinator asks for reconsideration for
# the program, a TRICARE-authorized institutional provider and a party to its claim.
patient:
  name: Desmond Achebe-Ward
  salutation: Mr. Achebe-Ward
  date_of_birth: 1971-06-22
  member_id: FICT-DBN-207733518
  address: |-
    2306 Palmetto Ridge Drive
    Brandon, FL 33511
  phone: (813) 555-0119
insurer:
  name: Seabright Federal Health Partners, TRICARE East Region contractor (FICTIONAL)
  appeals_address: |-
    Seabright Federal Health Partners - Reconsiderations (FICTIONAL)
    PO Box 31877
    Jacksonville, FL 32231
  fax: (904) 555-0162
claim:
  number: SFH-26-1020-118204
  plan_type: tricare
  notice_date: 2026-11-20
  appeal_deadline: 2027-02-18
  deadline_basis: >-
    Explanation of benefits of 11/20/2026: "You may request a reconsideration within 90 days of the date of this
    notice."
  service_dates: [2026-10-01, 2026-10-05, 2026-10-06, 2026-10-07]
  sessions: 4
  setting: intensive_outpatient
  procedure_codes: [S9480, 90834]
  revenue_codes: ["0905"]
  diagnosis_codes: [F43.12, F33.1]
  carc_codes: [CO-198]
  denial_reason: >-
    Precertification/authorization exceeded. Authorized: 24. Billed: 30. Services on 10/01/2026-10/07/2026 exceed the
    authorized units. (CARC 198)
  denial_category: prior_authorization
  denial_reasons: [prior_authorization]
  coding_correct: true
  action: none
  corrections:
    - said: "Authorized: 24. Billed: 30."
      record: >-
        The authorization counts treatment days, "all program services given on one day count as one treatment
        day"; the claim bills 18 treatment days (09/08/2026-10/07/2026), 6 fewer than the 24 authorized. The 30 is
        the number of claim lines (18 per diem lines and 12 individual psychotherapy lines on program days).
      file: [other/authorization-letter-2026-08-28.txt, other/attendance-log-2026-09-08-to-10-07.txt]
      page: 1
prior_auth:
  approved:
    number: authorization AUT-26-0828-31177
    date: 2026-08-28
    covers: Intensive outpatient program, up to 24 treatment days, 09/01/2026 through 11/30/2026
    quote: >-
      Approved: intensive outpatient program (revenue code 0905), up to 24 treatment days, 09/01/2026-11/30/2026. All
      program services given on one day count as one treatment day.
    file: other/authorization-letter-2026-08-28.txt
    what_went_wrong: >-
      The claims system counted claim lines, not treatment days, against the 24 authorized.
    from: 2026-09-01
    through: 2026-11-30
    lines:
      - {code: S9480, units: 24, given: 18}
treatment:
  name: Trauma-focused intensive outpatient program (IOP), 18 treatment days
  summary: >-
    A trauma-focused intensive outpatient program for chronic PTSD and recurrent depression, three hours a day, four
    days a week; coverage of the program is not in question, only how the contractor counted the authorization.
clinical:
  severity: PCL-5 58 and PHQ-9 18 on 09/08/2026; PCL-5 39 and PHQ-9 11 on 10/07/2026
  severity_date: 2026-10-07
  suicidality: none
  suicidality_date: 2026-10-07
  response: PCL-5 58 (09/08/2026) to 39 (10/07/2026)
  response_level: partial
  history:
    - drug: Sertraline
      dose: 200 mg daily
      start: 2025-04
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued through and after the program
      evidence: {file: clinical/iop-discharge-summary-2026-10-07.txt, page: 1}
    - drug: Prazosin
      dose: 3 mg at bedtime for trauma nightmares
      start: 2025-09
      ongoing: true
      kind: other
      outcome: For nightmares; not an antidepressant trial
      evidence: {file: clinical/iop-discharge-summary-2026-10-07.txt, page: 1}
    - drug: Cognitive processing therapy (2019, an earlier episode)
      dose: 12 sessions
      start: 2019-01
      end: 2019-04
      kind: psychotherapy
      sessions: 12
      response: response
      outcome: Response in 2019; symptoms returned after a 2025 deployment anniversary and a job loss
      evidence: {file: clinical/iop-discharge-summary-2026-10-07.txt, page: 1}
author:
  name: Marisol Etxeberria
  role: Utilization review coordinator, Cypress Bend Trauma Recovery Program (the treating program)
  relation: provider
  address: |-
    Cypress Bend Trauma Recovery Program (FICTIONAL), 900 Kestrel Avenue, Suite 200
    Tampa, FL 33610
  phone: (813) 555-0176
  email: ur@cypressbend-trp.example
provider:
  name: Cypress Bend Trauma Recovery Program
  credentials: TRICARE-authorized institutional provider
  npi: "1748293051"
  address: |-
    900 Kestrel Avenue, Suite 200
    Tampa, FL 33610
  phone: (813) 555-0176
record_dates:
  - file: clinical/iop-discharge-summary-2026-10-07.txt
    date: 2026-10-07
  - file: other/attendance-log-2026-09-08-to-10-07.txt
    date: 2026-10-07
bates_prefix: ACHEBEWARD
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
"denial/explanation-of-benefits-2026-11-20.txt": """\
SEABRIGHT FEDERAL HEALTH PARTNERS (FICTIONAL) - TRICARE EAST REGION
TRICARE EXPLANATION OF BENEFITS                                   Date of notice: 11/20/2026
Beneficiary: Desmond Achebe-Ward   DOB 06/22/1971   DBN FICT-DBN-207733518   Plan: TRICARE Select (retiree)
Provider: Cypress Bend Trauma Recovery Program, NPI 1748293051   Claim SFH-26-1020-118204   Received 10/20/2026

09/08/2026-09/30/2026  0905/S9480 x14, 90834 x10    Allowed, paid
10/01/2026-10/07/2026  0905/S9480 x4, 90834 x2      Billed $2,460.00   Paid $0.00   CO-198
CO-198: Precertification/authorization exceeded. Authorized: 24. Billed: 30. Services on 10/01/2026-10/07/2026
exceed the authorized units.

Your right to appeal: You may request a reconsideration within 90 days of the date of this notice. Write to
Reconsiderations, PO Box 31877, Jacksonville, FL 32231, or fax (904) 555-0162.""",
"other/authorization-letter-2026-08-28.txt": """\
SEABRIGHT FEDERAL HEALTH PARTNERS (FICTIONAL) - AUTHORIZATION APPROVAL                Date: 08/28/2026
Beneficiary: Desmond Achebe-Ward   Provider: Cypress Bend Trauma Recovery Program   Page 1 of 1
Authorization AUT-26-0828-31177
Approved: intensive outpatient program (revenue code 0905), up to 24 treatment days, 09/01/2026-11/30/2026. All
program services given on one day count as one treatment day.""",
"other/attendance-log-2026-09-08-to-10-07.txt": """\
CYPRESS BEND TRAUMA RECOVERY PROGRAM (FICTIONAL) - ATTENDANCE LOG, IOP TRACK B       Page 1 of 1
Participant: D. Achebe-Ward   Schedule: Mon-Thu, 9:00 am-12:00 pm (program closed 09/07/2026, Labor Day)
Treatment days attended (18): 09/08, 09/09, 09/10, 09/14, 09/15, 09/16, 09/17, 09/21, 09/22, 09/23, 09/24, 09/28,
09/29, 09/30, 10/01, 10/05, 10/06, 10/07/2026.
Individual psychotherapy (90834) given within the program day on 12 of those days.
Running count against AUT-26-0828-31177: day 18 of 24 on 10/07/2026.
[Row 2 of the printed log, participant R. Dellacroix, Track B, belongs to another veteran and is not part of
this claim.]""",
"clinical/iop-discharge-summary-2026-10-07.txt": """\
CYPRESS BEND TRAUMA RECOVERY PROGRAM (FICTIONAL) - IOP DISCHARGE SUMMARY               Date: 10/07/2026
Participant: Desmond Achebe-Ward   DOB 06/22/1971   Attending: Lionel Abernathy-Sousa, MD   Page 1 of 1
Diagnoses: F43.12 post-traumatic stress disorder, chronic; F33.1 major depressive disorder, recurrent, moderate.
18 treatment days 09/08/2026-10/07/2026; completed the track. PCL-5 58 -> 39; PHQ-9 18 -> 11. No suicidal ideation
at discharge or during the program.
Medications: sertraline 200 mg daily since 04/2025, partial response, continued; prazosin 3 mg at bedtime for
nightmares since 09/2025.
History: cognitive processing therapy 01/2019-04/2019 (12 sessions), response; symptoms returned in 2025.
Discharged to weekly outpatient therapy.""",
"other/tricare-manual-excerpt-2025-stale.txt": """\
SEABRIGHT FEDERAL HEALTH PARTNERS (FICTIONAL) - PROVIDER MANUAL 2025, excerpt
"IOP authorizations are issued in visits; each billed line is one visit."
[2025 manual kept in the program's billing binder; the 2026 authorization above counts treatment days in its own
words.]""",
}

TRUTH = """\
# 02 - TRICARE Select: an IOP authorization for 24 treatment days counted as claim lines; reconsideration by the program (FICTIONAL)

All people, plans, contractors, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Desmond Achebe-Ward, 55 (DOB 06/22/1971), a **retired sponsor in TRICARE Select**, attended **18 treatment days** of
  Cypress Bend's trauma IOP, **09/08/2026-10/07/2026** (Mon-Thu), for F43.12 and F33.1.
- **Authorization AUT-26-0828-31177** (08/28/2026): "up to **24 treatment days**, 09/01/2026-11/30/2026. All program
  services given on one day count as one treatment day."
- The EOB of **11/20/2026** (claim SFH-26-1020-118204, **CO-198**) says "Authorized: 24. Billed: 30" and denies the
  days **10/01, 10/05, 10/06, 10/07/2026** (4 per diem lines, 2 individual therapy lines, $2,460.00). The 30 is the
  number of **claim lines** (18 per diem + 12 individual therapy lines given within program days). Counted as the
  authorization counts, the claim is **18 of 24** treatment days; every date falls inside 09/01-11/30/2026.
- **Rule and stage:** TRICARE, 32 CFR 199.10: reconsideration by the regional contractor within **90 days of the
  notice: by 02/18/2027**. An authorization-count denial is a factual appeal: the level after it is a **formal review
  by the Defense Health Agency**, not the TRICARE Quality Monitoring Contractor.
- **Author:** the program's utilization review coordinator, for the program (a party to its claim); she writes about
  "Mr. Achebe-Ward" / "the beneficiary"; no beneficiary authorization is needed.
- Expected answers:

## Deliberately unknown
- Whether the contractor's system counts every IOP authorization by line (other claims): unknown; a letter may ask it
  to correct its record.
- The allowed amount for the four days: not in the case; no payment figure beyond the billed $2,460.00.

## Traps
- **Unit, not medicine.** The winning point is the authorization's own unit (treatment days) against 18 days given;
  no medical necessity, no clinical reviewer, no peer-to-peer, no request for more days.
- **Stale document:** the 2025 provider manual counts "visits ... each billed line"; the 2026 authorization's own
  words govern it.
- **Other person:** row 2 of the attendance log (R. Dellacroix) is another veteran.
- **Sertraline continues** (partial response): never "failed" or "stopped"; **prazosin** is for nightmares, not an
  antidepressant trial; **2019 cognitive processing therapy** responded in an earlier episode, never a failure.
- **"Exceeded":** the letter must not concede that 30 units were used or ask for an exception "beyond" the 24.
- **Wrong law:** no ERISA, no 45 CFR 147.136, no external review, no state insurance department, no MHPAEA.
- **Voice:** the coordinator writes for the program, never "my treatment".

## Arguments a strong letter makes (strongest first)
1. The authorization counts **treatment days**, "all program services given on one day count as one treatment day";
   the claim bills **18 treatment days**, within the **24** authorized, all inside 09/01-11/30/2026 (authorization;
   attendance log). Reprocess and pay the 4 days denied.
2. Correct the EOB's "Authorized: 24. Billed: 30": 30 counts claim lines, not days; ask the contractor to correct its
   record of the authorization so the remaining 6 days are not denied the same way.
3. Name the next level correctly if needed: a DHA formal review.

## What a letter must NOT say
- "exceeded the authorization", "30 treatment days", "30 visits", "beyond the authorized"; asking for "additional days".
- "medically necessary" as the ground; "peer-to-peer"; "Quality Monitoring Contractor" as the next level.
- "failed sertraline", "stopped sertraline"; prazosin or the 2019 therapy as a failed trial; "suicidal ideation".
- "Dellacroix"; "ERISA"; "45 CFR 147.136"; "external review"; "MHPAEA"; "state insurance department".
"""

ANSWERS = [
    ("Plan type", "tricare", "case.yaml"),
    ("TRICARE option", "TRICARE Select (retiree)", "denial/explanation-of-benefits-2026-11-20.txt"),
    ("Claim number", "SFH-26-1020-118204", "denial/explanation-of-benefits-2026-11-20.txt"),
    ("CARC", "CO-198", "denial/explanation-of-benefits-2026-11-20.txt"),
    ("Denial's count", "Authorized: 24. Billed: 30.", "denial/explanation-of-benefits-2026-11-20.txt"),
    ("Authorization number", "AUT-26-0828-31177", "other/authorization-letter-2026-08-28.txt"),
    ("Authorization's unit", "All program services given on one day count as one treatment day", "other/authorization-letter-2026-08-28.txt"),
    ("Treatment days given", "Treatment days attended (18)", "other/attendance-log-2026-09-08-to-10-07.txt"),
    ("Authorization window", "09/01/2026-11/30/2026", "other/authorization-letter-2026-08-28.txt"),
    ("Dates denied", "10/01, 10/05, 10/06, 10/07/2026", "truth"),
    ("Reconsideration deadline", "2027-02-18", "case.yaml"),
    ("Level after a factual reconsideration", "formal review by the Defense Health Agency", "truth"),
    ("Author relation", "relation: provider", "case.yaml"),
    ("Drug still taken", "sertraline 200 mg daily since 04/2025, partial response, continued", "clinical/iop-discharge-summary-2026-10-07.txt"),
    ("Not an antidepressant trial", "prazosin 3 mg at bedtime for nightmares", "clinical/iop-discharge-summary-2026-10-07.txt"),
    ("Other person on a document", "R. Dellacroix", "other/attendance-log-2026-09-08-to-10-07.txt"),
]
