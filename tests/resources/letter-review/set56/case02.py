SLUG = "02-student-plan-php-precert-dropped-in-new-policy-year-first-appeal-patient"

CASE_YAML = r"""
# FICTIONAL CASE (set 56, case 02) - every person, plan, insurer, provider, number and address is invented.
# University student health insurance plan (insured, individual market), graduate student aged 23. A partial
# hospitalization program 09/08-09/25/2026 (14 program days) denied for "no precertification", citing the
# 2025-2026 Benefits Booklet. The 2026-2027 booklet, in force from 08/15/2026, dropped PHP and IOP from the
# precertification list; the program also called the plan on 09/08/2026 and was told none was needed. The student
# appeals himself ("I"), first internal appeal, post-service.
patient:
  name: Tobin Achebe-Larkin
  salutation: Mr. Achebe-Larkin
  date_of_birth: 2003-02-14
  member_id: FICT-GLS-88120457
  address: |-
    1420 Jordan Avenue, Apt 3B
    Bloomington, IN 47406
  phone: (812) 555-0117
  email: tobin.al@student-mail.example
insurer:
  name: Meridale Mutual Insurance Company, Great Lakes Scholars Student Health Plan (FICTIONAL)
  appeals_address: |-
    Meridale Mutual - Member Appeals (FICTIONAL)
    PO Box 40388
    Indianapolis, IN 46240
  fax: (317) 555-0158
claim:
  number: MM-26-1002-330981
  plan_type: individual_aca
  funding: insured
  notice_date: 2026-10-30
  service_dates: [2026-09-08, 2026-09-25]
  sessions: 14
  setting: partial_hospitalization
  procedure_codes: [H0035]
  revenue_codes: ["0912"]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-197]
  denial_reason: >-
    Partial hospitalization services require precertification under your 2025-2026 Benefits Booklet, Section 6.2.
    No precertification is on file for these services. (CARC 197)
  denial_category: prior_authorization
  denial_reasons: [prior_authorization]
  action: none
  corrections:
    - said: >-
        Partial hospitalization services require precertification under your 2025-2026 Benefits Booklet, Section
        6.2.
      record: >-
        The 2026-2027 Benefits Booklet, in force for the policy year that began 08/15/2026, lists only inpatient and
        residential admissions in Section 6.2 and says partial hospitalization and intensive outpatient programs do
        not require precertification from that policy year; every date of service is in it.
      file: other/benefits-booklet-2026-2027-section-6-excerpt.txt
      page: 1
plan_policy:
  name: Great Lakes Scholars Student Health Plan 2026-2027 Benefits Booklet, Section 6.2 "Services that need precertification"
  number: Section 6.2
  quote: >-
    Policy year 2026-2027: August 15, 2026 through August 14, 2027. You or your provider must obtain precertification
    before an inpatient admission or a residential treatment admission. Beginning with the 2026-2027 policy year,
    partial hospitalization programs and intensive outpatient programs do not require precertification.
  file: other/benefits-booklet-2026-2027-section-6-excerpt.txt
prior_auth:
  required: false
  notified: 2026-09-08
  reference: UM-CALL-0908-2214
  proof: other/php-utilization-review-call-log-2026-09-08.txt
treatment:
  name: Adult partial hospitalization program (PHP), 14 program days
  summary: >-
    A partial hospitalization program for a severe recurrent depressive episode with passive suicidal ideation,
    as a step down from the emergency department, in place of an inpatient admission.
clinical:
  severity: PHQ-9 24 on 09/05/2026; PHQ-9 11 on 09/25/2026
  severity_date: 2026-09-25
  suicidality: passive
  suicidality_date: 2026-09-05
  response: PHQ-9 24 (09/05/2026) to 11 (09/25/2026)
  response_level: partial
  history:
    - drug: Sertraline
      dose: 150 mg daily
      start: 2021-09
      end: 2022-08
      kind: antidepressant
      adequate: true
      response: remission
      outcome: Remission in an earlier episode (2021-2022); tapered off in 08/2022 when well
      evidence: {file: clinical/php-discharge-summary-2026-09-25.txt, page: 1}
    - drug: Escitalopram
      dose: 20 mg daily
      start: 2026-04
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued during and after the program
      evidence: {file: clinical/php-discharge-summary-2026-09-25.txt, page: 1}
    - drug: Quetiapine
      dose: 25 mg at bedtime for sleep
      start: 2026-09
      ongoing: true
      kind: other
      outcome: Sleep dose, started in the program; not an augmentation trial
      evidence: {file: clinical/php-discharge-summary-2026-09-25.txt, page: 1}
author:
  name: Tobin Achebe-Larkin
  role: patient
  relation: patient
  address: |-
    1420 Jordan Avenue, Apt 3B
    Bloomington, IN 47406
  phone: (812) 555-0117
  email: tobin.al@student-mail.example
provider:
  name: Hoosier Hills Behavioral Health, Adult Partial Hospitalization Program
  npi: "1728503461"
  address: |-
    600 West Second Street
    Bloomington, IN 47403
  phone: (812) 555-0163
record_dates:
  - file: clinical/php-discharge-summary-2026-09-25.txt
    date: 2026-09-25
  - file: clinical/emergency-department-note-2026-09-05.txt
    date: 2026-09-05
bates_prefix: ACHEBELARKIN
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/explanation-of-benefits-2026-10-30.txt": """
MERIDALE MUTUAL INSURANCE COMPANY (FICTIONAL) - GREAT LAKES SCHOLARS STUDENT HEALTH PLAN
EXPLANATION OF BENEFITS - THIS IS NOT A BILL                           Date: 10/30/2026
Member: Tobin Achebe-Larkin   ID FICT-GLS-88120457   Policy year 2026-2027
Provider: Hoosier Hills Behavioral Health, Adult Partial Hospitalization Program
Claim MM-26-1002-330981   Services 09/08/2026-09/25/2026   H0035 / rev 0912 x14 days   Billed $11,200.00
Allowed $0.00   Paid $0.00   You owe: see your provider   CARC CO-197

Partial hospitalization services require precertification under your 2025-2026 Benefits Booklet, Section 6.2.
No precertification is on file for these services.

Your appeal rights: you may file an appeal within 180 days after you receive this notice. Write to Member
Appeals, PO Box 40388, Indianapolis, IN 46240, or fax (317) 555-0158. You may also ask for copies of the documents
used to decide your claim, free of charge.
""",
    "clinical/emergency-department-note-2026-09-05.txt": """
MONROE REGIONAL HOSPITAL (FICTIONAL) - EMERGENCY DEPARTMENT NOTE                 Date: 09/05/2026
Patient: Tobin Achebe-Larkin   DOB 02/14/2003
Brought by roommate. Two weeks of worsening low mood, not sleeping, stopped attending labs. PHQ-9 24. Passive
death wishes ("it would be easier not to wake up"); no plan, no intent, no attempt. No psychosis.
Disposition: not admitted; referred to Hoosier Hills adult PHP, start 09/08/2026; safety plan given.
""",
    "clinical/php-discharge-summary-2026-09-25.txt": """
HOOSIER HILLS BEHAVIORAL HEALTH (FICTIONAL) - ADULT PHP DISCHARGE SUMMARY         Date: 09/25/2026
Patient: Tobin Achebe-Larkin   DOB 02/14/2003   Page 1 of 1
Admitted 09/08/2026, discharged 09/25/2026: 14 program days (weekdays, Tuesday 09/08 through
Friday 09/25), 6 hours a day. Diagnosis F33.2.
PHQ-9 24 on 09/05/2026 (ED); 11 on 09/25/2026. Passive suicidal ideation at admission; none from 09/16/2026.
Medication: escitalopram 20 mg daily since 04/2026, partial response, continued. Quetiapine 25 mg at bedtime for
sleep, started 09/10/2026. Earlier episode 2021-2022: sertraline 150 mg, remission; tapered off 08/2022.
Discharge: to outpatient therapy weekly and psychiatry in 4 weeks at the University Counseling Center.
""",
    "other/benefits-booklet-2026-2027-section-6-excerpt.txt": """
GREAT LAKES SCHOLARS STUDENT HEALTH PLAN (FICTIONAL) - 2026-2027 BENEFITS BOOKLET        Page 1 of 1 (excerpt)
Policy year 2026-2027: August 15, 2026 through August 14, 2027.
Section 6.2 Services that need precertification
You or your provider must obtain precertification before an inpatient admission or a residential treatment
admission. Beginning with the 2026-2027 policy year, partial hospitalization programs and intensive outpatient
programs do not require precertification.
What changed this year (page 3): Partial hospitalization and intensive outpatient programs removed from the
precertification list.
""",
    "other/benefits-booklet-2025-2026-section-6-stale.txt": """
GREAT LAKES SCHOLARS STUDENT HEALTH PLAN (FICTIONAL) - 2025-2026 BENEFITS BOOKLET        Page 1 of 1 (excerpt)
Policy year 2025-2026: August 15, 2025 through August 14, 2026.
Section 6.2 Services that need precertification
Inpatient admissions, residential treatment, partial hospitalization programs and intensive outpatient programs.
""",
    "other/php-utilization-review-call-log-2026-09-08.txt": """
HOOSIER HILLS BEHAVIORAL HEALTH (FICTIONAL) - UTILIZATION REVIEW CALL LOG           Page 1 of 1
09/08/2026 09:40  Call to Meridale Mutual behavioral health line, (317) 555-0159. Member Tobin Achebe-Larkin,
ID FICT-GLS-88120457, adult PHP admission 09/08/2026. Rep "Dana" said: PHP does not require precertification
for the 2026-2027 policy year; notification recorded. Reference UM-CALL-0908-2214. - R. Castellano, RN, UR nurse
09/08/2026 10:05  Call for another member (Hadley, Preston; different insurer) - not this patient.
""",
}

TRUTH = r"""
# 02 - Student health plan: PHP denied for "no precertification" under last year's booklet; first internal appeal by the student (FICTIONAL)

All people, plans, insurers, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Tobin Achebe-Larkin, 23 (DOB 02/14/2003), a graduate student on the **Great Lakes Scholars Student Health Plan**
  (insured by Meridale Mutual; student health insurance is individual-market coverage), attended an adult **partial
  hospitalization program 09/08/2026-09/25/2026, 14 program days** (H0035, revenue 0912), after an emergency visit on
  09/05/2026 (PHQ-9 24, passive suicidal ideation, no plan or intent).
- EOB of **10/30/2026**, claim **MM-26-1002-330981**, **CO-197**: PHP "require[s] precertification under your
  2025-2026 Benefits Booklet, Section 6.2"; no precertification on file. Billed $11,200.00; nothing paid.
- The **2026-2027 Benefits Booklet** governs the policy year **08/15/2026-08/14/2027**; its Section 6.2 requires
  precertification only for inpatient and residential admissions and says PHP and IOP "do not require
  precertification" from that year. Every date of service falls in it. The denial applied the wrong year's booklet.
- The program's UR nurse called the plan on **09/08/2026** (the first day) and was told none was needed; reference
  **UM-CALL-0908-2214**.
- **Rule and stage:** 45 CFR 147.136(b)(3) (individual-market coverage, applying the ERISA claims rule's standards):
  internal appeal within 180 days of receipt: counted from the notice date, **by 04/28/2027**; post-service.
  External review (45 CFR 147.136(c)-(d)) follows a final internal denial.
- **Author:** the patient, signing for himself: the letter speaks as "I".
- Expected answers (question -> answer, where printed):
  1. Claim number -> MM-26-1002-330981 (denial/explanation-of-benefits-2026-10-30.txt)
  2. Notice date -> Date: 10/30/2026 (denial/explanation-of-benefits-2026-10-30.txt)
  3. Appeal deadline counted from the notice -> by 04/28/2027 (truth)
  4. Booklet the denial cited -> 2025-2026 Benefits Booklet, Section 6.2 (denial/explanation-of-benefits-2026-10-30.txt)
  5. Policy year in force -> August 15, 2026 through August 14, 2027 (other/benefits-booklet-2026-2027-section-6-excerpt.txt)
  6. The governing words -> partial hospitalization programs and intensive outpatient programs do not require precertification (other/benefits-booklet-2026-2027-section-6-excerpt.txt)
  7. Dates of service -> Services 09/08/2026-09/25/2026 (denial/explanation-of-benefits-2026-10-30.txt)
  8. Program days -> 14 program days (clinical/php-discharge-summary-2026-09-25.txt)
  9. Plan's call reference -> UM-CALL-0908-2214 (other/php-utilization-review-call-log-2026-09-08.txt)
  10. Call date and time -> 09/08/2026 09:40 (other/php-utilization-review-call-log-2026-09-08.txt)
  11. CARC -> CO-197 (denial/explanation-of-benefits-2026-10-30.txt)
  12. Suicidality at the ED -> no plan, no intent, no attempt (clinical/emergency-department-note-2026-09-05.txt)
  13. Drug still taken -> escitalopram 20 mg daily since 04/2026, partial response, continued (clinical/php-discharge-summary-2026-09-25.txt)
  14. Sleep dose -> Quetiapine 25 mg at bedtime for sleep (clinical/php-discharge-summary-2026-09-25.txt)
  15. Earlier-episode response -> sertraline 150 mg, remission (clinical/php-discharge-summary-2026-09-25.txt)
  16. Author -> relation: patient (case.yaml)

## Deliberately unknown
- Who at the plan applied last year's booklet, and whether the plan's system still lists PHP: not known; ask.
- The date the patient received the EOB: not in the case (the deadline is counted from the notice date).
- Whether a precertification request would have been approved: irrelevant; none was required.

## Traps
- **Plan document and date, not medicine.** The winning point is the 2026-2027 booklet's Section 6.2 and the policy
  year's dates; the denial never reviewed medical necessity. No retroactive authorization is asked for: none was
  required.
- **Stale document:** the 2025-2026 booklet (PHP on the list) ended 08/14/2026; it must never be quoted as the terms
  in force.
- **Other person on a document:** the call log's second line (Preston Hadley, another insurer).
- **Suicidality:** passive ideation at the ED on 09/05/2026, none from 09/16/2026; never "active", "plan" or
  "attempt".
- **Escitalopram continues** (partial): never "failed"/"stopped"; **quetiapine 25 mg** is a sleep dose, not
  augmentation; **sertraline 2021-2022** was a remission in an earlier episode, never a failed trial.
- **Level of care:** a PHP is not an inpatient stay or hospital admission.
- **Voice:** "I", "my treatment"; never "the patient" or "Mr. Achebe-Larkin has ...".
- **Wrong law:** no ERISA as the governing law (a student plan is not an employer plan), no 29 CFR 2590.715-2719,
  no Medicaid or Medicare rules.

## Arguments a strong letter makes, strongest first
1. The 2026-2027 booklet governs every date of service (policy year from 08/15/2026), and its Section 6.2 says PHP
   does not require precertification; the denial applied the 2025-2026 booklet, which had ended. Reprocess and pay
   the 14 days under the 2026-2027 terms.
2. The program notified the plan on the first day, 09/08/2026, and the plan's own representative said no
   precertification was needed (reference UM-CALL-0908-2214).
3. Correct the plan's record so other PHP and IOP claims for the policy year are not denied the same way.

## What a letter must NOT say
- "retroactive authorization", "we failed to obtain precertification", "late notification".
- "the 2025-2026 Benefits Booklet governs"; "PHP requires precertification".
- "inpatient stay", "hospital admission" for the PHP.
- "active suicidal ideation", "suicide attempt"; "failed escitalopram", "failed sertraline"; quetiapine as a trial.
- "Hadley".
- "ERISA", "29 CFR 2590.715-2719", "Department of Labor"; "the patient has" in the patient's own letter.
"""

ANSWERS = [
    ("claim number", "MM-26-1002-330981", "denial/explanation-of-benefits-2026-10-30.txt"),
    ("notice date", "Date: 10/30/2026", "denial/explanation-of-benefits-2026-10-30.txt"),
    ("deadline", "by 04/28/2027", "truth"),
    ("booklet cited", "2025-2026 Benefits Booklet, Section 6.2", "denial/explanation-of-benefits-2026-10-30.txt"),
    ("policy year", "August 15, 2026 through August 14, 2027", "other/benefits-booklet-2026-2027-section-6-excerpt.txt"),
    ("governing words", "partial hospitalization programs and intensive outpatient programs do not require precertification", "other/benefits-booklet-2026-2027-section-6-excerpt.txt"),
    ("dates", "Services 09/08/2026-09/25/2026", "denial/explanation-of-benefits-2026-10-30.txt"),
    ("program days", "14 program days", "clinical/php-discharge-summary-2026-09-25.txt"),
    ("call reference", "UM-CALL-0908-2214", "other/php-utilization-review-call-log-2026-09-08.txt"),
    ("call date", "09/08/2026 09:40", "other/php-utilization-review-call-log-2026-09-08.txt"),
    ("CARC", "CO-197", "denial/explanation-of-benefits-2026-10-30.txt"),
    ("suicidality", "no plan, no intent, no attempt", "clinical/emergency-department-note-2026-09-05.txt"),
    ("drug still taken", "escitalopram 20 mg daily since 04/2026, partial response, continued", "clinical/php-discharge-summary-2026-09-25.txt"),
    ("sleep dose", "Quetiapine 25 mg at bedtime for sleep", "clinical/php-discharge-summary-2026-09-25.txt"),
    ("earlier episode", "sertraline 150 mg, remission", "clinical/php-discharge-summary-2026-09-25.txt"),
    ("author", "relation: patient", "case.yaml"),
]
