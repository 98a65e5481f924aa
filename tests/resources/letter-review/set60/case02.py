# FICTIONAL data for set 60, case 02 (FEHB, precertification request never decided).
SLUG = "fehb-residential-ed-precert-request-never-decided-carrier-reconsideration-enrollee-husband"

CASE_YAML = r'''
# FICTIONAL CASE (set 60, case 02) - every person, plan, carrier, facility, number and address is invented.
# FEHB Standard Option, Self and Family. Adaeze Lindqvist, 41, the enrollee's wife, was in residential
# eating-disorder treatment 09/28-10/30/2026. The facility faxed a precertification request on 09/08/2026; the
# carrier logged it (PC-26-0908-4471) and never decided it. The claim was denied 11/10/2026 (CO-197,
# "precertification was not obtained"). Her husband, the enrollee, asks the carrier to reconsider.
patient:
  name: Adaeze Lindqvist
  salutation: Mrs. Lindqvist
  date_of_birth: 1985-02-14
  member_id: FICT-KFB-R40718823-02
  address: |-
    77 Conestoga Way
    Lititz, PA 17543
  phone: (717) 555-0122
insurer:
  name: Keystone Federal Employee Benefit Plan (FICTIONAL)
  appeals_address: |-
    Keystone Federal Employee Benefit Plan - Reconsideration Unit (FICTIONAL)
    PO Box 88120
    Harrisburg, PA 17106
  fax: (717) 555-0163
claim:
  number: KFB-26-1105-66120
  plan_type: fehb
  notice_date: 2026-11-10
  appeal_deadline: 2027-05-10
  deadline_basis: >-
    Explanation of benefits of 11/10/2026: "You may ask us to reconsider within 6 months of the date of this
    notice."
  service_dates: [2026-09-28, 2026-10-30]
  setting: residential
  procedure_codes: [H0019]
  revenue_codes: ['1001']
  diagnosis_codes: [F50.012]
  carc_codes: [CO-197]
  denial_reason: >-
    Precertification was not obtained for residential treatment center care. Benefits are not payable. (CARC 197)
  denial_category: prior_authorization
  denial_reasons: [prior_authorization]
  action: none
  corrections:
    - said: Precertification was not obtained for residential treatment center care.
      record: >-
        Bridgewater Recovery Residence faxed a precertification request to the plan's 2026 precertification fax on
        09/08/2026 (confirmation, 14 pages), and the plan's own provider portal lists it on 09/21/2026 as
        PC-26-0908-4471, "Received 09/08/2026 - Status: In clinical review"; no decision was ever sent.
      file: [other/precert-fax-confirmation-2026-09-08.txt, other/provider-portal-printout-2026-09-21.txt]
      page: 1
plan_policy:
  name: Keystone Federal Employee Benefit Plan 2026 Brochure, Section 3 "How you get care - precertification"
  number: Section 3
  quote: >-
    You must get precertification for an admission to a residential treatment center. We will decide a
    precertification request within 15 days after we receive it. If no one contacts us for precertification
    before the admission, we will reduce our benefits for the stay by $500.
  file: other/brochure-2026-section-3-excerpt.txt
prior_auth:
  requested_on: 2026-09-08
  never_decided: true
  reference: PC-26-0908-4471
  proof:
    - other/precert-fax-confirmation-2026-09-08.txt
    - other/provider-portal-printout-2026-09-21.txt
    - other/facility-precert-call-log-2026-09.txt
  missed_notice:
    quote: If no one contacts us for precertification before the admission, we will reduce our benefits for the stay by $500.
    penalty: a $500 reduction of benefits
treatment:
  name: Residential eating-disorder treatment, 09/28/2026 through 10/30/2026 (H0019, revenue code 1001)
  summary: >-
    Residential treatment for severe anorexia nervosa after an intensive outpatient program did not halt weight
    loss; the carrier denied it only for want of precertification and never judged its necessity.
clinical:
  severity: BMI 15.6 on 09/28/2026; BMI 17.4 on 10/30/2026
  severity_date: 2026-10-30
  suicidality: none
  suicidality_date: 2026-10-30
  response: BMI 15.6 (09/28/2026) to 17.4 (10/30/2026); meal completion 40% to 95%
  response_level: partial
  history:
    - drug: Eating-disorder intensive outpatient program
      dose: 3 evenings a week
      start: 2026-06
      end: 2026-08
      kind: psychotherapy
      sessions: 30
      adequate: true
      failed: true
      response: none
      outcome: Weight fell from BMI 16.9 to 15.8 during the program
      evidence: {file: clinical/residential-discharge-summary-2026-10-30.txt, page: 1}
    - drug: Fluoxetine
      dose: 60 mg daily
      start: 2025-03
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response of mood and obsessional symptoms; continued
      evidence: {file: clinical/residential-discharge-summary-2026-10-30.txt, page: 1}
author:
  name: Tomasz Lindqvist
  role: Husband and the FEHB enrollee (authorized representative)
  relation: representative
  address: |-
    77 Conestoga Way
    Lititz, PA 17543
  phone: (717) 555-0123
  email: t.lindqvist@mailbox.example
  authorization: other/representative-authorization-2026-11-18.txt
provider:
  name: Bridgewater Recovery Residence
  credentials: network residential treatment center
  npi: "1380401038"
  address: |-
    18 Millrace Road
    Lancaster, PA 17601
  phone: (717) 555-0170
record_dates:
  - file: clinical/residential-discharge-summary-2026-10-30.txt
    date: 2026-10-30
bates_prefix: LINDQVIST
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''

DOCS = {
"denial/explanation-of-benefits-2026-11-10.txt": r'''
KEYSTONE FEDERAL EMPLOYEE BENEFIT PLAN (FICTIONAL) - EXPLANATION OF BENEFITS      Date of notice: 11/10/2026
Enrollee: Tomasz Lindqvist   Patient: Adaeze Lindqvist (spouse)   ID FICT-KFB-R40718823-02   Standard Option
Provider: Bridgewater Recovery Residence, NPI 1380401038        Claim KFB-26-1105-66120
Services 09/28/2026-10/30/2026   H0019 / rev 1001 x 33 days   Billed $49,500.00   Paid $0.00
CARC 197. Precertification was not obtained for residential treatment center care. Benefits are not payable.

Your right to reconsideration: You may ask us to reconsider within 6 months of the date of this notice. Write to
Reconsideration Unit, PO Box 88120, Harrisburg, PA 17106, or fax (717) 555-0163. If we uphold our decision you
may ask the U.S. Office of Personnel Management to review it.
''',
"other/precert-fax-confirmation-2026-09-08.txt": r'''
BRIDGEWATER RECOVERY RESIDENCE (FICTIONAL) - FAX TRANSMISSION REPORT           Page 1 of 1
Sent: 09/08/2026 11:02   To: (800) 555-0177 (Keystone FEHB precertification, 2026 brochure number)
Pages: 14   Result: OK
Cover: Precertification request - residential treatment center admission - Adaeze Lindqvist, DOB 02/14/1985,
ID FICT-KFB-R40718823-02; planned admission 09/28/2026; clinical summary and IOP records attached.
''',
"other/provider-portal-printout-2026-09-21.txt": r'''
KEYSTONE FEHB PROVIDER PORTAL (FICTIONAL) - PRECERTIFICATION STATUS      Printed 09/21/2026 16:40
Subscriber ID FICT-KFB-R40718823 - requests on file for this enrollment                     Page 1 of 1

Patient              Request          Service                        Received     Status
Lindqvist, Adaeze    PC-26-0908-4471  Residential treatment center   09/08/2026   In clinical review
Lindqvist, Maja      PC-26-0822-1190  Sleep study (outpatient)       08/22/2026   Approved 08/30/2026
''',
"other/facility-precert-call-log-2026-09.txt": r'''
BRIDGEWATER RECOVERY RESIDENCE (FICTIONAL) - UTILIZATION REVIEW CALL LOG        Page 1 of 1
Patient: Adaeze Lindqvist   Request PC-26-0908-4471
09/17/2026 Called Keystone precertification: "still in clinical review", ref CALL-0917-2231.
09/24/2026 Called again: "in review; no decision yet", ref CALL-0924-5580. Asked for a peer-to-peer; none offered.
09/28/2026 Admitted as planned; called to report the admission: "request still open", ref CALL-0928-0412.
''',
"other/brochure-2026-section-3-excerpt.txt": r'''
KEYSTONE FEDERAL EMPLOYEE BENEFIT PLAN (FICTIONAL) - 2026 BROCHURE (excerpt)              Page 19
Section 3. How you get care - precertification
You must get precertification for an admission to a residential treatment center. We will decide a
precertification request within 15 days after we receive it. If no one contacts us for precertification
before the admission, we will reduce our benefits for the stay by $500.
Precertification fax: (800) 555-0177.
''',
"other/brochure-2025-section-3-excerpt.txt": r'''
KEYSTONE FEDERAL EMPLOYEE BENEFIT PLAN (FICTIONAL) - 2025 BROCHURE (excerpt)              Page 18
Section 3. Precertification
Precertification fax: (800) 555-0179. We will decide a precertification request within 30 days.
''',
"clinical/residential-discharge-summary-2026-10-30.txt": r'''
BRIDGEWATER RECOVERY RESIDENCE (FICTIONAL) - DISCHARGE SUMMARY                    Date: 10/30/2026
Patient: Adaeze Lindqvist   DOB 02/14/1985   Page 1 of 1
Diagnosis: anorexia nervosa, restricting type, severe (F50.012). Admitted 09/28/2026; discharged 10/30/2026 to
partial hospitalization.
Before admission: eating-disorder intensive outpatient program 06/2026-08/2026 (30 sessions); BMI fell from
16.9 to 15.8. Fluoxetine 60 mg daily since 03/2025, partial response, continued.
Course: BMI 15.6 at admission, 17.4 at discharge; meal completion 40% to 95%. No suicidal ideation during the
stay.
''',
"other/representative-authorization-2026-11-18.txt": r'''
AUTHORIZATION OF REPRESENTATIVE                                                    Date: 11/18/2026
I, Adaeze Lindqvist (DOB 02/14/1985), authorize my husband, Tomasz Lindqvist, to ask Keystone Federal Employee
Benefit Plan to reconsider claim KFB-26-1105-66120, to receive my records for it, and to act for me in it,
including a review by the Office of Personnel Management.
Signed: Adaeze Lindqvist
''',
}

TRUTH = r'''
# 02 - FEHB: residential eating-disorder stay denied as "precertification not obtained" although the request was logged and never decided; carrier reconsideration by the enrollee husband (FICTIONAL)

All people, plans, carriers, facilities, numbers and addresses are invented (FICTIONAL).

## What is true
- Adaeze Lindqvist, 41 (DOB 02/14/1985), covered as the spouse under her husband Tomasz's **FEHB** Self and Family
  enrollment (Keystone, Standard Option), was in residential treatment at Bridgewater Recovery Residence
  **09/28-10/30/2026** for severe anorexia nervosa (F50.012).
- The facility faxed a precertification request on **09/08/2026** (14 pages, result OK) to the **2026** brochure's
  number; the carrier's portal on **09/21/2026** shows **PC-26-0908-4471, received 09/08/2026, "In clinical review"**;
  calls on 09/17, 09/24 and 09/28 were told it was still open. No decision was ever sent.
- The 2026 brochure, Section 3: the carrier decides a precertification request **within 15 days after it receives
  it** - here by **09/23/2026**, five days before the admission; and where no one asks, the consequence is **a $500
  reduction**, not a denial.
- The EOB of **11/10/2026** (claim **KFB-26-1105-66120**, CO-197) says precertification "was not obtained" and pays
  nothing. Necessity was never reviewed.
- **Rule and stage:** FEHB, 5 CFR 890.105: ask the carrier to reconsider within 6 months (by **05/10/2027**); then OPM
  review within 90 days of the carrier's decision. No 72-hour or external-review rule.
- **Author:** the husband, the enrollee, as her authorized representative (authorization 11/18/2026); he writes
  about "Mrs. Lindqvist" / "my wife".
- Expected answers (16) are in ANSWERS in case02.py, each checked by make_set.py in the document named.

## Deliberately unknown
- Why the carrier never decided the request: unknown; a letter may ask.
- What the carrier would allow for the stay: not in the case.
- Whether the plan had clinical criteria for residential eating-disorder care: not in the case; a letter may ask
  for them, must not quote any.

## Traps
- **A request never decided, not a missing one:** never argue "retroactive authorization", never concede that no
  request was made, never say the request came after the admission.
- **The brochure's own consequence:** $500, not a denial of all benefits.
- **Stale document:** the 2025 brochure page gives another fax number and a 30-day decision time; the 2026 terms
  govern and the request went to the 2026 number.
- **Other person:** the portal printout also lists the daughter, Maja Lindqvist (a sleep study) - not part of
  this appeal.
- **Fluoxetine continues** with a partial response: never "failed" or "stopped". The IOP is the failed lower level.
- **Voice:** the husband writes; the patient is "Mrs. Lindqvist"/"my wife", never "I" as the patient.
- **Wrong law:** no ERISA, no 45 CFR 147.136, no MHPAEA, no external review, no state insurance department.

## Arguments a strong letter makes (strongest first)
1. The request was made on 09/08/2026 and logged by the carrier as PC-26-0908-4471; under its own brochure it had 15
   days, to 09/23/2026, before the admission on 09/28/2026, and never decided. Correct the EOB and decide the
   request on its merits now, then pay the stay.
2. Even where no one asks for precertification, the brochure's own consequence is a $500 reduction of benefits,
   not a denial of the stay.
3. The stay's necessity (never reviewed): the failed IOP (BMI 16.9 to 15.8), BMI 15.6 at admission, the course to
   17.4; ask that it be judged now.
4. If the carrier upholds, OPM review follows (5 CFR 890.105).

## What a letter must NOT say
- "no precertification was requested"; "retroactive authorization"; "the request was late"; "after the admission".
- "(800) 555-0179"; "30 days" as the carrier's decision time.
- "Maja"; "sleep study".
- "failed fluoxetine"; "stopped fluoxetine"; "suicidal ideation" as present.
- "ERISA", "29 CFR 2560.503-1", "45 CFR 147.136", "MHPAEA", "external review", "state insurance department".
'''

ANSWERS = [
    ("Claim number", "KFB-26-1105-66120", "denial/explanation-of-benefits-2026-11-10.txt"),
    ("Denial's words", "Precertification was not obtained for residential treatment center care", "denial/explanation-of-benefits-2026-11-10.txt"),
    ("Date the request was faxed", "Sent: 09/08/2026 11:02", "other/precert-fax-confirmation-2026-09-08.txt"),
    ("Number it was faxed to", "(800) 555-0177", "other/precert-fax-confirmation-2026-09-08.txt"),
    ("The carrier's number for the request", "PC-26-0908-4471", "other/provider-portal-printout-2026-09-21.txt"),
    ("Status on the portal", "In clinical review", "other/provider-portal-printout-2026-09-21.txt"),
    ("The carrier's own decision time", "within 15 days after we receive it", "other/brochure-2026-section-3-excerpt.txt"),
    ("Day that time ran out (before admission)", "by **09/23/2026**", "truth"),
    ("Consequence of no precertification", "reduce our benefits for the stay by $500", "other/brochure-2026-section-3-excerpt.txt"),
    ("Admission date", "planned admission 09/28/2026", "other/precert-fax-confirmation-2026-09-08.txt"),
    ("Call on the day of admission", "ref CALL-0928-0412", "other/facility-precert-call-log-2026-09.txt"),
    ("Deadline to ask for reconsideration", "within 6 months of the date of this notice", "denial/explanation-of-benefits-2026-11-10.txt"),
    ("Failed lower level", "BMI fell from 16.9 to 15.8", "clinical/residential-discharge-summary-2026-10-30.txt"),
    ("Drug still taken", "Fluoxetine 60 mg daily since 03/2025, partial response, continued", "clinical/residential-discharge-summary-2026-10-30.txt"),
    ("Other person on the portal page", "Lindqvist, Maja", "other/provider-portal-printout-2026-09-21.txt"),
    ("Stale fax number", "(800) 555-0179", "other/brochure-2025-section-3-excerpt.txt"),
]
