SLUG = "01-medicare-advantage-hmo-cob-retiree-group-plan-ended-tms-reconsideration-wife"

CASE_YAML = r'''
# FICTIONAL CASE (set 31, case 01) - every person, plan, provider, number and address is invented.
# Medicare Advantage HMO, Texas. Rafael Quintanilla, 68, had 36 TMS treatments (08/03-09/21/2026), authorized by
# the plan. The plan denied payment (CO-22): "employer group health plan coverage ... pays before Medicare". His
# employer group coverage ended 06/30/2026 when he retired, before the first treatment; his wife had faxed the
# employer's letter to the plan on 07/14/2026. His wife writes the reconsideration with form CMS-1696.
patient:
  name: Rafael Quintanilla
  salutation: Mr. Quintanilla
  date_of_birth: 1958-04-19
  member_id: FICT-BSH-70418832
  address: |-
    4127 Old Spanish Trail
    San Antonio, TX 78223
  phone: (210) 555-0148
insurer:
  name: Bluebonnet Senior Health HMO (FICTIONAL Medicare Advantage plan)
  appeals_address: |-
    Bluebonnet Senior Health - Appeals and Grievances (address FICTIONAL)
    PO Box 61830
    San Antonio, TX 78261
  fax: (210) 555-0181
claim:
  number: BSH-26-1020-338104
  plan_type: medicare_advantage
  notice_date: 2026-10-20
  appeal_deadline: 2026-12-24
  deadline_basis: >-
    Notice of denial of payment dated 10/20/2026: "You must ask for a reconsideration within 65 calendar days from
    the date of this notice" (42 CFR 422.582(b)).
  service_dates: [2026-08-03, 2026-09-21]
  sessions: 36
  setting: outpatient
  procedure_codes: [90867, 90868]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-22]
  denial_reason: >-
    Other coverage is primary. Our records show the member has employer group health plan coverage through Gulf
    Coast Fabrication Employee Medical Plan, which pays before Medicare. Submit the claim to the primary plan and
    send us its explanation of benefits. (CARC 22: this care may be covered by another payer per coordination of
    benefits.)
  denial_category: coordination_of_benefits
  action: none
  corrections:
    - said: "Our records show the member has employer group health plan coverage through Gulf Coast Fabrication Employee Medical Plan, which pays before Medicare."
      record: "That coverage ended on 06/30/2026, when Mr. Quintanilla retired; the employer offers no retiree coverage and COBRA was not elected. The plan was sent the employer's letter on 07/14/2026."
      file: other/gulf-coast-fabrication-coverage-end-letter-2026-06-12.txt
      page: 1
other_coverage:
  plan: Gulf Coast Fabrication Employee Medical Plan
  member_is: subscriber
  covered_here_as: member (Medicare Advantage enrollee since 01/01/2025)
  ended: 2026-06-30
  reported: 2026-07-14
  proof: [other/gulf-coast-fabrication-coverage-end-letter-2026-06-12.txt, other/fax-confirmation-2026-07-14.txt]
plan_policy:
  name: 2026 Evidence of Coverage, Chapter 1, Section 8 ("How other insurance works with our plan")
  quote: >-
    If you have group health coverage through your own or your spouse's current employment with an employer of 20 or
    more employees, that group plan pays first and our plan pays second. When that coverage ends, or when it is no
    longer based on current employment, our plan pays first for services on and after the day after it ends.
  file: other/evidence-of-coverage-2026-chapter1-excerpt.txt
prior_auth:
  approved:
    number: authorization BSH-PA-26-0727-51140
    date: 2026-07-27
    covers: 36 TMS treatments (90867 once, 90868 up to 35) from 08/01/2026 through 10/31/2026
    quote: "Approved: 36 treatments, 08/01/2026 - 10/31/2026."
    file: other/tms-authorization-2026-07-27.txt
    lines:
      - {code: [90867, 90868], units: 36, given: 36}
treatment:
  name: Transcranial magnetic stimulation (TMS), 30 daily treatments and 6 taper treatments (90867, 90868)
  summary: >-
    A 36-treatment TMS course for recurrent severe depression, authorized by the plan; PHQ-9 fell from 21 to 8.
clinical:
  severity: PHQ-9 21 on 07/20/2026; PHQ-9 8 on 09/21/2026
  severity_date: 2026-09-21
  suicidality: none
  suicidality_date: 2026-09-21
  response: PHQ-9 21 (07/20/2026) to 8 (09/21/2026)
  response_level: response
  history:
    - drug: Bupropion XL
      dose: 300 mg daily
      start: 2019-02
      end: 2019-11
      kind: antidepressant
      response: remission
      outcome: Remission in the 2019 episode; stopped in remission (an earlier episode, not a failed trial)
      evidence: {file: clinical/tms-treatment-summary-2026-09-25.txt, page: 1}
    - drug: Escitalopram
      dose: 20 mg daily
      start: 2025-03
      end: 2025-06
      weeks: 12
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 12 weeks at 20 mg
      evidence: {file: clinical/tms-treatment-summary-2026-09-25.txt, page: 1}
    - drug: Sertraline
      dose: 150 mg daily
      start: 2025-07
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued alongside TMS
      evidence: {file: clinical/tms-treatment-summary-2026-09-25.txt, page: 1}
    - drug: Aripiprazole
      dose: 5 mg daily added to sertraline
      start: 2025-12
      end: 2026-03
      weeks: 12
      kind: augmentation
      adequate: true
      failed: true
      response: none
      outcome: No added benefit after 12 weeks; stopped for akathisia
      evidence: {file: clinical/tms-treatment-summary-2026-09-25.txt, page: 1}
    - drug: Trazodone
      dose: 50 mg at bedtime for sleep
      start: 2025-07
      ongoing: true
      kind: other
      outcome: Sleep aid only; not an antidepressant trial
      evidence: {file: clinical/tms-treatment-summary-2026-09-25.txt, page: 1}
author:
  name: Graciela Quintanilla
  role: Wife of the member, appointed representative (form CMS-1696)
  relation: representative
  authorization: other/cms-1696-appointment-2026-10-26.txt
  address: |-
    4127 Old Spanish Trail
    San Antonio, TX 78223
  phone: (210) 555-0148
  email: graciela.quintanilla@mail.example
provider:
  name: Nadia Okonkwo-Reyes
  credentials: MD
  npi: "1654321870"
  address: |-
    Alamo Heights Neuromodulation Clinic (FICTIONAL), 5300 Broadway, Suite 210
    San Antonio, TX 78209
  phone: (210) 555-0162
record_dates:
  - file: clinical/tms-treatment-summary-2026-09-25.txt
    date: 2026-09-25
bates_prefix: QUINTANILLA
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''

DOCS = {
"denial/notice-of-denial-of-payment-2026-10-20.txt": """
BLUEBONNET SENIOR HEALTH HMO (FICTIONAL MEDICARE ADVANTAGE PLAN)
NOTICE OF DENIAL OF PAYMENT                                         Date of this notice: 10/20/2026
Member: Rafael Quintanilla   Member ID FICT-BSH-70418832   Claim: BSH-26-1020-338104
Provider: Alamo Heights Neuromodulation Clinic / Nadia Okonkwo-Reyes, MD (contracted)
Page 1 of 1

Services: 08/03/2026 - 09/21/2026   90867 x1, 90868 x35   36 treatments   billed $10,980.00   paid $0.00
Why we denied payment: Other coverage is primary. Our records show the member has employer group health plan
coverage through Gulf Coast Fabrication Employee Medical Plan, which pays before Medicare. Submit the claim to the
primary plan and send us its explanation of benefits. (CARC 22: this care may be covered by another payer per
coordination of benefits.)
Source of our record: Medicare Secondary Payer questionnaire completed 03/11/2025.

YOUR RIGHT TO APPEAL: You must ask for a reconsideration within 65 calendar days from the date of this notice.
Write to Bluebonnet Senior Health - Appeals and Grievances, PO Box 61830, San Antonio, TX 78261, or fax
(210) 555-0181. If someone else files for you, include form CMS-1696 or other written appointment. If we do not
decide fully in your favor, we will send your case to the Independent Review Entity automatically.
""",
"other/gulf-coast-fabrication-coverage-end-letter-2026-06-12.txt": """
GULF COAST FABRICATION, INC. (FICTIONAL) - BENEFITS OFFICE
1900 Port Industrial Road, Corpus Christi, TX 78408   (361) 555-0120        06/12/2026
To: Rafael Quintanilla, 4127 Old Spanish Trail, San Antonio, TX 78223
Page 1 of 1

Re: End of group health coverage on retirement
Your retirement date is 06/30/2026. Your coverage under the Gulf Coast Fabrication Employee Medical Plan, and the
coverage of your enrolled spouse, Graciela Quintanilla, ends on 06/30/2026. Gulf Coast Fabrication does not offer
retiree medical coverage.
You may elect COBRA continuation coverage within 60 days (election form enclosed separately).
[Handwritten at foot, initialed G.Q. 08/20/2026: "COBRA not elected."]
Gulf Coast Fabrication employs about 340 people.
""",
"other/fax-confirmation-2026-07-14.txt": """
FAX TRANSMISSION REPORT (FICTIONAL)
Sent: 07/14/2026 10:42   From: (210) 555-0148   To: (210) 555-0175 Bluebonnet Senior Health Member Services
Pages: 2   Result: OK
Page 1 cover note: "Member Rafael Quintanilla, ID FICT-BSH-70418832. Please update your records: his employer
group coverage ended 06/30/2026 (letter attached). Bluebonnet pays first from 07/01/2026. - Graciela Quintanilla"
Page 2: Gulf Coast Fabrication letter of 06/12/2026.
""",
"other/msp-questionnaire-2025-03-11.txt": """
BLUEBONNET SENIOR HEALTH (FICTIONAL) - MEDICARE SECONDARY PAYER QUESTIONNAIRE      Completed 03/11/2025
Member: Rafael Quintanilla   Member ID FICT-BSH-70418832
Page 1 of 1
Are you currently employed? YES - Gulf Coast Fabrication, Inc., welder supervisor, full time.
Do you have group health coverage through current employment? YES - Gulf Coast Fabrication Employee Medical Plan,
subscriber, effective 01/01/2011. Employer size: 20 or more employees.
Is your spouse employed? NO.
Signed: Rafael Quintanilla 03/11/2025
""",
"other/evidence-of-coverage-2026-chapter1-excerpt.txt": """
BLUEBONNET SENIOR HEALTH HMO (FICTIONAL) - 2026 EVIDENCE OF COVERAGE
Chapter 1, Section 8: How other insurance works with our plan                                  Page 14
If you have group health coverage through your own or your spouse's current employment with an employer of 20 or
more employees, that group plan pays first and our plan pays second. When that coverage ends, or when it is no
longer based on current employment, our plan pays first for services on and after the day after it ends.
Retiree coverage and COBRA continuation coverage pay after our plan.
Tell Member Services when your other coverage changes.
""",
"other/tms-authorization-2026-07-27.txt": """
BLUEBONNET SENIOR HEALTH HMO (FICTIONAL) - AUTHORIZATION DECISION                     07/27/2026
Member: Rafael Quintanilla   Member ID FICT-BSH-70418832   Authorization BSH-PA-26-0727-51140
Provider: Nadia Okonkwo-Reyes, MD (NPI 1654321870)
Page 1 of 1
Service: TMS, 90867 x1 and 90868 up to 35. Diagnosis F33.2.
Approved: 36 treatments, 08/01/2026 - 10/31/2026.
Authorization is not a guarantee of payment; benefits are subject to eligibility and plan terms at the time of
service.
""",
"other/cms-1696-appointment-2026-10-26.txt": """
APPOINTMENT OF REPRESENTATIVE (form CMS-1696 content, FICTIONAL copy)
Beneficiary: Rafael Quintanilla, Medicare Advantage member ID FICT-BSH-70418832
I appoint Graciela Quintanilla (wife), 4127 Old Spanish Trail, San Antonio, TX 78223, to act as my representative
in connection with my claim or asserted right under title XVIII of the Social Security Act.
Signed: Rafael Quintanilla   Date: 10/26/2026
Acceptance: Graciela Quintanilla, wife   Date: 10/26/2026
""",
"clinical/tms-treatment-summary-2026-09-25.txt": """
ALAMO HEIGHTS NEUROMODULATION CLINIC (FICTIONAL)
TMS TREATMENT SUMMARY                                                        Date: 09/25/2026
Patient: Rafael Quintanilla   DOB 04/19/1958   Physician: Nadia Okonkwo-Reyes, MD (NPI 1654321870)
Page 1 of 1
Diagnosis: major depressive disorder, recurrent, severe without psychotic features (F33.2).
Course: motor threshold and first treatment 08/03/2026 (90867); 29 daily treatments through 09/11/2026; 6 taper
treatments through 09/21/2026; 36 treatments in all, within authorization BSH-PA-26-0727-51140.
Scores: PHQ-9 21 on 07/20/2026; 14 on 08/28/2026; 8 on 09/21/2026. No suicidal ideation at any visit in the course.
Medication history: bupropion XL 300 mg 02/2019-11/2019, remission of the 2019 episode, stopped in remission;
escitalopram 20 mg 03/2025-06/2025, no response after 12 weeks; sertraline 150 mg since 07/2025, partial response,
continued through TMS; aripiprazole 5 mg added 12/2025-03/2026, no added benefit, stopped for akathisia;
trazodone 50 mg at bedtime for sleep since 07/2025.
Plan: follow-up monthly; sertraline continued.
""",
}

TRUTH = """# 01 - Medicare Advantage HMO: coordination of benefits with an employer plan that had ended; reconsideration by the wife (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Rafael Quintanilla, **68** (DOB 04/19/1958), San Antonio, TX, is in a **Medicare Advantage HMO** (Bluebonnet Senior
  Health, enrolled since 01/01/2025). Until he retired he was also covered as **subscriber** by the **Gulf Coast
  Fabrication Employee Medical Plan** (employer of about 340): that plan paid first while he worked.
- His group coverage **ended 06/30/2026** (employer letter of 06/12/2026; no retiree coverage; COBRA **not elected**).
  His wife **faxed that letter to the plan's Member Services on 07/14/2026** (fax report: result OK).
- The plan authorized **36 TMS treatments** (BSH-PA-26-0727-51140, 07/27/2026, 08/01-10/31/2026). He had them
  **08/03-09/21/2026** (90867 x1, 90868 x35), all after the group coverage ended.
- The plan denied payment on **10/20/2026** (claim BSH-26-1020-338104, **CO-22**), "employer group health plan coverage
  ... pays before Medicare", from an **MSP questionnaire of 03/11/2025**.
- The plan's own **2026 EOC, Chapter 1, Section 8**: when group coverage ends, "our plan pays first for services on
  and after the day after it ends"; COBRA and retiree coverage pay after the plan.
- **Rule and stage:** reconsideration of a payment denial, 42 CFR 422.578-422.590; 65 days from the notice
  (422.582(b)): **by 12/24/2026**; decided within 60 days (payment); an upheld denial goes to the IRE automatically
  (422.592). The representative files with form **CMS-1696** (signed 10/26/2026).
- PHQ-9 21 -> 8; necessity is not in dispute (the plan authorized the course).

## Deliberately unknown
- Why the plan did not act on the 07/14/2026 fax: unknown; a letter may ask the plan to correct its record, not say
  why it failed.
- Whether the clinic has billed the member: not in the case.
- The exact Medicare Secondary Payer regulation the plan's system applied: not in the case.

## Traps
- **Date, not medicine.** The winning point is the date: the only other coverage ended **06/30/2026**, before the first
  treatment (08/03/2026); there was no other coverage on any date of this care. No medical-necessity argument, no
  peer-to-peer, no clinical reviewer request.
- **Stale document:** the **2025 MSP questionnaire** ("currently employed ... YES") is true for 03/2025 only; the
  denial took its fact from it.
- **COBRA:** offered, **not elected**. Never say he had COBRA; and even COBRA would pay after the plan (EOC s.8).
- **Other person on a document:** the employer letter also ends the **wife's** coverage; she is not the patient.
- **The 20-or-more-employees rule** is real for the employer (about 340) but reaches only coverage from **current**
  employment; it does not apply after 06/30/2026. A letter must not argue the employer is small.
- **Sertraline continues** with a partial response: never "failed" or "stopped". **Trazodone 50 mg** is a sleep dose,
  not a trial. **Bupropion 2019** brought remission of an earlier episode: never a failure. Aripiprazole is an
  augmentation stopped for akathisia after 12 weeks without benefit.
- **Suicidality:** none; no suicide-risk paragraph.
- **Wrong law:** no ERISA, no 45 CFR 147.136, no state insurance department external review, no parity (MHPAEA does
  not apply to Medicare). No "expedited" request (care done).
- **Voice:** the wife writes "I" for herself and "my husband"/"Mr. Quintanilla"; never the member's "I".

## Arguments a strong letter makes (strongest first)
1. The group coverage the denial names **ended 06/30/2026** (employer letter, Exhibit), before the first treatment
   on 08/03/2026; under the plan's own **EOC Chapter 1, Section 8** the plan pays first from 07/01/2026. Reprocess the
   claim as primary payer and pay the 36 treatments.
2. The plan was **told on 07/14/2026** (fax report); its record (MSP questionnaire of 03/11/2025) is out of date:
   ask it to correct its coordination-of-benefits record so later claims are not denied the same way.
3. The plan **authorized** the 36 treatments (BSH-PA-26-0727-51140); the dates fall within it; the only ground is
   coordination of benefits.

## What a letter must NOT say
- "medically necessary" as the ground; "peer-to-peer"; "clinical reviewer"; "expedited".
- "COBRA coverage" as in force; "retiree coverage" as existing; "fewer than 20 employees".
- "currently employed" / "actively working" for the dates of service.
- "failed sertraline", "stopped sertraline"; trazodone as a trial; "failed bupropion"; "suicidal ideation".
- "ERISA", "29 CFR 2560.503-1", "45 CFR 147.136", "external review" by a state, "parity", "MHPAEA".
- The wife's "I" as the patient ("my depression").
"""

ANSWERS = [
    ("other/gulf-coast-fabrication-coverage-end-letter-2026-06-12.txt", "ends on 06/30/2026"),
    ("other/gulf-coast-fabrication-coverage-end-letter-2026-06-12.txt", "COBRA not elected"),
    ("other/gulf-coast-fabrication-coverage-end-letter-2026-06-12.txt", "does not offer retiree medical coverage"),
    ("other/fax-confirmation-2026-07-14.txt", "Sent: 07/14/2026"),
    ("other/evidence-of-coverage-2026-chapter1-excerpt.txt", "our plan pays first for services on and after the day after it ends"),
    ("other/tms-authorization-2026-07-27.txt", "Approved: 36 treatments, 08/01/2026 - 10/31/2026."),
    ("denial/notice-of-denial-of-payment-2026-10-20.txt", "Medicare Secondary Payer questionnaire completed 03/11/2025"),
    ("denial/notice-of-denial-of-payment-2026-10-20.txt", "within 65 calendar days from the date of this notice"),
    ("denial/notice-of-denial-of-payment-2026-10-20.txt", "Date of this notice: 10/20/2026"),
    ("other/msp-questionnaire-2025-03-11.txt", "Are you currently employed? YES"),
    ("clinical/tms-treatment-summary-2026-09-25.txt", "sertraline 150 mg since 07/2025, partial response"),
    ("clinical/tms-treatment-summary-2026-09-25.txt", "trazodone 50 mg at bedtime for sleep"),
    ("clinical/tms-treatment-summary-2026-09-25.txt", "remission of the 2019 episode"),
    ("clinical/tms-treatment-summary-2026-09-25.txt", "No suicidal ideation at any visit"),
    ("other/cms-1696-appointment-2026-10-26.txt", "Graciela Quintanilla (wife)"),
    ("truth", "by 12/24/2026"),
]
