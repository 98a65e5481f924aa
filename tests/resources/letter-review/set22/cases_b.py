"""Cases 05-06 of the FICTIONAL blind review set 22 (issue 18); cases 07-08 are in cases_b2.py. Every person, plan,
provider, number and address is invented. Written blind: no template, argument block or letter of appeal-kit was
read."""

# ---------------------------------------------------------------------------------------------------------------
# 05 - Medicare Advantage HMO: coordination of benefits (group plan said primary); reconsideration of the payment
#      denial; outpatient ECT; the adult daughter writes (CMS-1696)
# ---------------------------------------------------------------------------------------------------------------
C05_YAML = """
# FICTIONAL CASE (set 22, case 05) - every person, plan, provider, number and address is invented.
# Medicare Advantage HMO: ten outpatient ECT treatments (08/10-08/31/2026) denied CO-22: the plan says the member's
# group health plan through her current job pays first because her employer has "20 or more employees". Her
# employer, a hardware store, has 12 employees (no more than 13 on any working day in 2025 or 2026). The plan's own
# Evidence of Coverage (Section 10.2) says that with fewer than 20 employees the plan pays first; the group plan's
# own EOB of 09/30/2026 (never sent to the MA plan) already said Medicare is primary. Reconsideration, by her
# daughter with a signed appointment of representative.
patient:
  name: Wilhelmina Achebe-Stroud
  salutation: Mrs. Achebe-Stroud
  date_of_birth: 1954-09-03
  member_id: FICT-PCA-H4417-0093862
  address: |-
    318 Quarry Bend Road
    Alder Ford, NC 27253
  phone: (336) 555-0124
  email: w.achebestroud@homemail.example
insurer:
  name: Piedmont Crest Advantage Complete (HMO) (FICTIONAL), a Medicare Advantage plan of Piedmont Crest Health Plans
  appeals_address: |-
    Piedmont Crest Health Plans, Medicare Appeals and Grievances
    PO Box 57219
    Greensborough Heights, NC 27409
  fax: (336) 555-0167
claim:
  number: PCA-26-0908-552918
  plan_type: medicare_advantage
  notice_date: 2026-10-20
  service_dates: [2026-08-10, 2026-08-12, 2026-08-14, 2026-08-17, 2026-08-19, 2026-08-21, 2026-08-24, 2026-08-26, 2026-08-28, 2026-08-31]
  sessions: 10
  setting: outpatient
  procedure_codes: ["90870"]
  revenue_codes: ["0901"]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-22]
  denial_reason: >-
    CO-22: This care may be covered by another payer per coordination of benefits. Our records show you are covered
    by a group health plan through your current employment with Ledbetter & Sons Hardware, Inc., an employer with 20
    or more employees. For members age 65 or older with group health coverage through current employment at an
    employer with 20 or more employees, the group health plan pays first and our plan pays second. Please ask your
    provider to bill Carolina Mutual Health Insurance Company first and send us its explanation of benefits.
  denial_category: coordination_of_benefits
  coding_correct: true
  action: none
  corrections:
    - said: Ledbetter & Sons Hardware, Inc., an employer with 20 or more employees
      record: >-
        The employer's letter of 11/06/2026 states that Ledbetter & Sons Hardware, Inc. has had 12 employees on its
        payroll throughout 2025 and 2026 and no more than 13 on any working day in either year; Carolina Mutual's
        explanation of benefits of 09/30/2026 also calls the group a small employer group of fewer than 20 employees
      file: other/ledbetter-employer-letter-2026-11-06.txt
      page: 1
plan_policy:
  name: Piedmont Crest Advantage Complete (HMO) 2026 Evidence of Coverage, Chapter 1, Section 10.2 (Who pays first when you have other insurance)
  quote: >-
    When you are 65 or older and have group health coverage because you or your spouse currently works, who pays
    first depends on the size of the employer. If the employer employs 20 or more people, the group health plan pays
    first and our plan pays second. If the employer employs fewer than 20 people, our plan pays first for your
    Medicare-covered services and the group health plan pays second.
  file: other/eoc-2026-excerpt.txt
other_coverage:
  plan: Carolina Mutual Health Insurance Company small group PPO, policy SG-LB-20417 (Ledbetter & Sons Hardware, Inc. employee plan)
  member_is: subscriber
  reported: 2026-08-28
  current_employment: member
  employees: 12
  proof:
    - other/ledbetter-employer-letter-2026-11-06.txt
    - other/carolina-mutual-eob-2026-09-30.txt
    - other/carolina-mutual-certificate-excerpt.txt
record_dates:
  - {file: other/carolina-mutual-eob-2026-09-30.txt, date: 2026-09-30, submitted: false}
  - {file: other/ledbetter-employer-letter-2026-11-06.txt, date: 2026-11-06}
  - {file: other/appointment-of-representative-2026-11-04.txt, date: 2026-11-04}
treatment:
  name: Outpatient electroconvulsive therapy (ECT)
  summary: >-
    An acute course of ten outpatient ECT treatments (right unilateral, ultrabrief pulse, three a week) for severe
    recurrent major depression, given in a hospital outpatient ECT suite under general anesthesia.
  setting: Haw Valley Regional Medical Center, outpatient ECT suite
clinical:
  severity: MADRS 36 on 08/07/2026 (before ECT); MADRS 8 on 09/04/2026 (after the tenth treatment)
  severity_date: 2026-09-04
  suicidality: passive
  suicidality_date: 2026-07-30
  response: MADRS 36 before the course and 8 after the tenth treatment (remission)
  response_level: remission
  episode_onset: 2024-10
  history:
    - drug: Electroconvulsive therapy (acute course, 2017)
      dose: 9 treatments
      start: 2017-04
      end: 2017-05
      kind: neuromodulation
      sessions: 9
      outcome: Remission in an earlier episode (2017)
      response: remission
      evidence: {file: clinical/ect-course-summary-2026-09-04.txt, page: 1}
    - drug: Duloxetine
      dose: 60 mg, then 90 mg daily
      start: 2024-11
      ongoing: true
      outcome: Continues; partial response
      response: partial
      evidence: {file: clinical/ect-course-summary-2026-09-04.txt, page: 1}
    - drug: Mirtazapine
      dose: 30 mg daily (added to duloxetine)
      start: 2025-03-03
      end: 2025-07-14
      outcome: No response after 19 weeks; stopped
      response: none
      evidence: {file: clinical/ect-course-summary-2026-09-04.txt, page: 1}
    - drug: Aripiprazole
      dose: 5 mg daily (added to duloxetine)
      start: 2025-08-04
      end: 2025-09-01
      kind: augmentation
      adequate: false
      outcome: Stopped after 4 weeks for akathisia
      evidence: {file: clinical/ect-course-summary-2026-09-04.txt, page: 1}
    - drug: Doxepin
      dose: 10 mg at bedtime
      start: 2025-10
      ongoing: true
      kind: other
      outcome: For sleep
      evidence: {file: clinical/ect-course-summary-2026-09-04.txt, page: 1}
author:
  name: Corinne Stroud-Ibarra
  role: Daughter of the patient, her appointed representative (form CMS-1696)
  relation: representative
  address: |-
    27 Kinsey Mill Court
    Alder Ford, NC 27253
  phone: (336) 555-0131
  email: corinne.si@homemail.example
  authorization: other/appointment-of-representative-2026-11-04.txt
provider:
  name: Obadiah Renfroe-Castillo
  credentials: MD, psychiatry
  npi: "1583042175"
  phone: (336) 555-0158
  address: |-
    Haw Valley Regional Medical Center, Outpatient ECT Service, 900 Riverside Parkway
    Alder Ford, NC 27253
template: medical-necessity
bates_prefix: ACHEBESTROUD
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

C05_DOCS = {
    "denial/notice-of-denial-of-payment-2026-10-20.txt": """
PIEDMONT CREST HEALTH PLANS (FICTIONAL) - Piedmont Crest Advantage Complete (HMO), a Medicare Advantage plan
NOTICE OF DENIAL OF MEDICAL PAYMENT                        Date: 10/20/2026                Page 1

To: Wilhelmina Achebe-Stroud, 318 Quarry Bend Road, Alder Ford, NC 27253
Member ID: FICT-PCA-H4417-0093862          Claim: PCA-26-0908-552918 (received 09/08/2026)
Provider: Haw Valley Regional Medical Center, Outpatient ECT Service

Dates of service                                  Code            Billed       Paid    Reason
08/10, 08/12, 08/14, 08/17, 08/19, 08/21,         90870 (rev 0901) $14,800.00   $0.00   CO-22
08/24, 08/26, 08/28, 08/31/2026 (10 treatments)   $1,480.00 each

We have denied payment for the services listed above.
Why: CO-22: This care may be covered by another payer per coordination of benefits. Our records show you are
covered by a group health plan through your current employment with Ledbetter & Sons Hardware, Inc., an employer
with 20 or more employees. For members age 65 or older with group health coverage through current employment at an
employer with 20 or more employees, the group health plan pays first and our plan pays second. Please ask your
provider to bill Carolina Mutual Health Insurance Company first and send us its explanation of benefits.

Your right to appeal: if you disagree, you may ask us for a reconsideration. Your request must be made within 65
calendar days from the date of this notice. Write to Piedmont Crest Health Plans, Medicare Appeals and Grievances,
PO Box 57219, Greensborough Heights, NC 27409, or fax (336) 555-0167. Someone else may ask for you if you name them
as your representative (form CMS-1696 or a written statement with the same information).
""",
    "other/eoc-2026-excerpt.txt": """
PIEDMONT CREST ADVANTAGE COMPLETE (HMO) (FICTIONAL) - 2026 EVIDENCE OF COVERAGE (excerpt)         Page 1

Chapter 1, Section 10. How other insurance works with our plan
10.1 When you have other insurance (such as employer group health coverage), Medicare's rules decide whether our
plan or your other insurance pays first. The insurance that pays first pays up to the limits of its coverage; the
one that pays second pays only what the first leaves uncovered.
10.2 Who pays first when you have other insurance. When you are 65 or older and have group health coverage because
you or your spouse currently works, who pays first depends on the size of the employer. If the employer employs 20
or more people, the group health plan pays first and our plan pays second. If the employer employs fewer than 20
people, our plan pays first for your Medicare-covered services and the group health plan pays second. Retiree
coverage and COBRA continuation coverage pay after our plan.
10.3 Tell Member Services about any other insurance you have, and about any change in it, so that we can process
your claims correctly.

Chapter 9, Section 5.3. Asking us to reconsider a payment decision
You must ask within 65 calendar days from the date of our notice. We will give you our answer within 60 calendar
days after we receive your request. If we keep all or part of our denial, we will send your case to the
Independent Review Entity automatically; you do not need to ask.
""",
    "other/ledbetter-employer-letter-2026-11-06.txt": """
LEDBETTER & SONS HARDWARE, INC. (FICTIONAL)
44 Depot Street, Alder Ford, NC 27253    (336) 555-0149                 Date: 11/06/2026          Page 1

To whom it may concern:

Wilhelmina Achebe-Stroud has worked for Ledbetter & Sons Hardware, Inc. as our part-time bookkeeper (24 hours a
week) since June 2017 and is still employed by us today. She is covered, as the employee, under our group health
insurance policy with Carolina Mutual Health Insurance Company (policy SG-LB-20417, employee-only coverage since
03/01/2021).

Ledbetter & Sons Hardware, Inc. has had 12 employees on its payroll throughout 2025 and 2026, and no more than 13
on any working day in either year. We have had one store since our second store, in Mebane Crossing, closed in
March 2022; before it closed we had 23 employees. Our quarterly payroll tax filings for 2025 and 2026 can be
provided if needed.

Clayton Ledbetter, President (signature on file)
""",
    "other/carolina-mutual-eob-2026-09-30.txt": """
CAROLINA MUTUAL HEALTH INSURANCE COMPANY (FICTIONAL) - EXPLANATION OF BENEFITS       Date: 09/30/2026      Page 1
THIS IS NOT A BILL

Member: Wilhelmina Achebe-Stroud (employee)      Member ID: CMH-88120457-01
Group: Ledbetter & Sons Hardware, Inc., policy SG-LB-20417 (small employer group)
Claim: CMH-26-0915-30881      Provider: Haw Valley Regional Medical Center

Dates of service 08/10/2026 - 08/31/2026 (10 visits)   90870   Billed $14,800.00   Paid $0.00

Remark: Medicare is the primary payer for this member. Your employer group has fewer than 20 employees, so under
your certificate (Section 11.6) this plan pays second to Medicare. Please send us the explanation of benefits or
payment notice from Medicare or your Medicare Advantage plan, and we will consider the balance as the secondary
payer.
""",
    "other/carolina-mutual-certificate-excerpt.txt": """
CAROLINA MUTUAL HEALTH INSURANCE COMPANY (FICTIONAL) - SMALL GROUP PPO CERTIFICATE OF COVERAGE (excerpt)   Page 1
Group: Ledbetter & Sons Hardware, Inc.   Policy SG-LB-20417   Group size on file: 12 eligible employees
(renewal 03/01/2026)

Section 11.6 Members entitled to Medicare
If the Group has fewer than 20 employees, Medicare is the primary plan for a Member who is entitled to Medicare
because of age, and this Plan pays second, reducing its benefits by what Medicare pays or would have paid. If the
Group has 20 or more employees, this Plan pays first for a Member who is covered because of his or her current
employment or the current employment of a spouse.
""",
    "other/msp-questionnaire-2026-08-28.txt": """
PIEDMONT CREST HEALTH PLANS (FICTIONAL) - OTHER INSURANCE QUESTIONNAIRE (member's reply)   Received: 08/28/2026   Page 1

Member: Wilhelmina Achebe-Stroud      Member ID: FICT-PCA-H4417-0093862
1. Do you have other health coverage?                                   [X] Yes   [ ] No
2. Is it through your own current job, or your spouse's current job?     [X] My own   [ ] Spouse's
   Employer: Ledbetter & Sons Hardware   Other insurer: Carolina Mutual   ID: CMH-88120457-01
3. How many people does the employer employ?  [ ] Fewer than 20   [ ] 20 or more   [X] I don't know
4. Is the other coverage retiree or COBRA coverage?                     [ ] Yes   [X] No
Signed: Wilhelmina Achebe-Stroud          Date: 08/25/2026
""",
    "other/appointment-of-representative-2026-11-04.txt": """
APPOINTMENT OF REPRESENTATIVE (the content of form CMS-1696; FICTIONAL copy)                      Page 1

Beneficiary: Wilhelmina Achebe-Stroud     Medicare Advantage member ID: FICT-PCA-H4417-0093862
I appoint my daughter, Corinne Stroud-Ibarra, 27 Kinsey Mill Court, Alder Ford, NC 27253, (336) 555-0131, to act
as my representative in my appeal of claim PCA-26-0908-552918 with Piedmont Crest Health Plans and at any later
level of appeal, and I authorize the release of my health information to her for that purpose.
Beneficiary's signature: Wilhelmina Achebe-Stroud (on file)    Date: 11/04/2026
I accept this appointment. Representative's signature: Corinne Stroud-Ibarra (on file)    Date: 11/04/2026
""",
    "clinical/ect-course-summary-2026-09-04.txt": """
HAW VALLEY REGIONAL MEDICAL CENTER (FICTIONAL) - OUTPATIENT ECT SERVICE - COURSE SUMMARY    Date: 09/04/2026   Page 1

Patient: Wilhelmina Achebe-Stroud   DOB 09/03/1954   Psychiatrist: Obadiah Renfroe-Castillo, MD
Diagnosis: F33.2 major depressive disorder, recurrent, severe, without psychotic features. Current episode since
October 2024.

Course: 10 treatments, right unilateral ultrabrief pulse, three a week: 08/10, 08/12, 08/14, 08/17, 08/19, 08/21,
08/24, 08/26, 08/28 and 08/31/2026, under general anesthesia. MADRS 36 on 08/07/2026; MADRS 8 on 09/04/2026
(remission). Mild word-finding difficulty after treatment 6, resolved by 09/04/2026.
Safety: passive wish not to wake up on 07/30/2026; no suicidal ideation at any visit since 08/10/2026.

Treatment history
- ECT, 9 treatments, April - May 2017: remission in an earlier episode.
- Duloxetine 60 mg daily from November 2024, 90 mg from January 2025: continues; partial response.
- Mirtazapine 30 mg daily added 03/03/2025 to 07/14/2025: no response after 19 weeks; stopped.
- Aripiprazole 5 mg daily added 08/04/2025 to 09/01/2025: stopped after 4 weeks for akathisia.
- Doxepin 10 mg at bedtime since October 2025, for sleep.
Plan: continue duloxetine 90 mg; follow-up every four weeks; no maintenance ECT scheduled now; reconsider if the
MADRS rises to 20 or more.
""",
}

C05_TRUTH = """
# 05 - Medicare Advantage HMO: outpatient ECT denied CO-22 because a group plan "of an employer with 20 or more employees" pays first; the employer has 12; reconsideration by the daughter (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Wilhelmina Achebe-Stroud, **71 on every date of service** (DOB 09/03/1954; she turned 72 on 09/03/2026, after
  the course), has Medicare by age and is enrolled in **Piedmont Crest Advantage Complete (HMO)**, a Medicare
  Advantage plan. F33.2, current episode since October 2024.
- She **still works** part time (24 hours a week) as the bookkeeper of **Ledbetter & Sons Hardware, Inc.** and is
  covered **as the employee** (employee-only) by its **Carolina Mutual small group PPO** (policy SG-LB-20417) since
  03/01/2021. This is coverage through **current employment**; it has not ended and is not retiree or COBRA
  coverage.
- Ledbetter has had **12 employees throughout 2025 and 2026**, never more than 13 on any working day (employer's
  letter of **11/06/2026**; Carolina Mutual's certificate page: "Group size on file: 12 eligible employees").
- **Ten outpatient ECT treatments**, **08/10 through 08/31/2026** (90870, revenue code 0901, $1,480 each, $14,800),
  at Haw Valley Regional Medical Center: MADRS 36 -> 8 (remission). Done; nothing pending.
- The plan's **Notice of Denial of Medical Payment of 10/20/2026**: CO-22, the group plan pays first because the
  employer has "**20 or more employees**"; "send us its explanation of benefits".
- The plan's own **2026 EOC, Chapter 1, Section 10.2**: with group coverage through current work, "If the employer
  employs **fewer than 20 people, our plan pays first** for your Medicare-covered services and the group health
  plan pays second." Medicare's secondary-payer rule for the working aged reaches only a group health plan of an
  employer with **20 or more employees** (42 U.S.C. 1395y(b)(1)(A); 42 CFR 411.170(a)(2)); with 12, Medicare (here
  the MA plan) is primary.
- **Carolina Mutual's own EOB of 09/30/2026** (dated before the notice; never sent to Piedmont Crest) already
  declined to pay first: "Medicare is the primary payer ... fewer than 20 employees"; it will consider the balance
  as **secondary payer** (its certificate, Section 11.6, says the same).
- The member's questionnaire (received 08/28/2026) answered the employer-size question "**I don't know**".
- Stage: **reconsideration** of a payment denial by the MA plan, within **65 days** of 10/20/2026, by
  **12/24/2026** (42 CFR 422.582(b); EOC Chapter 9, 5.3); decided within **60 days** of receipt; an upheld denial
  goes to the **Independent Review Entity automatically**. Author: her **daughter**, appointed representative
  (CMS-1696 content signed 11/04/2026 by both).

## Deliberately unknown
- What the plan will pay for the ten treatments and her cost sharing (not in the case); what Carolina Mutual will pay
  as secondary.
- The employer's payroll registers (only the owner's letter; it offers the filings): the headcount week by week is
  not in the case.
- Whether the plan's "20 or more" came from anything other than the questionnaire's "I don't know" (nothing shows).

## Traps
- **The notice's stated fact** ("an employer with 20 or more employees") is contradicted by the employer's letter
  and by the group insurer's own records. A letter that accepts it, or argues only that the other plan has denied,
  misses the point.
- **Coverage did not end**: she is still employed and still covered. A letter must not say the group coverage ended,
  that she is retired, or that it is retiree or COBRA coverage (the "ended before the care" argument does not fit).
- **23 employees in 2022** (the closed second store): outside the current and preceding calendar years (2026,
  2025); a letter must not say the employer "never" had 20 employees, nor count 2022.
- **"I don't know"** on the questionnaire is not "20 or more"; it is no misstatement by the member.
- **Not a question of the care**: no medical-necessity argument, no ECT literature, no trial count, no peer-to-peer,
  no "clinical reviewer". If history is mentioned at all: duloxetine **continues** with a partial response (never
  "failed", never stopped); doxepin 10 mg is for **sleep** (not an antidepressant trial); the **2017 ECT** course
  brought remission in an **earlier episode** (not a failure); aripiprazole 4 weeks was not an adequate trial;
  mirtazapine was added to duloxetine (an antidepressant trial).
- **Passive wish not to wake up on 07/30/2026** is history; no suicidal ideation since 08/10; no present risk.
- **Voice**: the daughter writes about "my mother" / Mrs. Achebe-Stroud, never "I" as the patient.
- **Stage and wrong law**: Medicare Advantage: a reconsideration by the plan (42 CFR 422.578-422.590); never a
  "redetermination" by a Medicare contractor, a QIC, an "external review", or a request to the IRE (the plan sends
  it); not ERISA (29 CFR 2560.503-1), not 45 CFR 147.136, not MHPAEA (parity does not reach Medicare), not the
  state insurance department. The group plan's certificate is enclosed as proof of how that plan sees itself, not as
  the rule that binds the MA plan.

## Arguments a strong letter makes (strongest first)
1. The plan's own EOC, Section 10.2, decides it: with group coverage through current work, **an employer of fewer
   than 20 people means the plan pays first**. Ledbetter has **12 employees** (letter of 11/06/2026; Carolina
   Mutual's group file), so the notice's "20 or more employees" is wrong; ask the plan to correct its
   other-insurance record and reprocess claim PCA-26-0908-552918 as the **primary payer**.
2. Medicare's own secondary-payer rule agrees: the group plan pays before Medicare for a working-aged member only
   when the employer has 20 or more employees (42 U.S.C. 1395y(b)(1)(A); 42 CFR 411.170(a)(2)).
3. The explanation of benefits the notice asked for exists and says the same: Carolina Mutual's EOB of
   **09/30/2026** declined to pay first ("Medicare is the primary payer", small employer group) and will consider
   the balance as secondary. The care itself was not questioned.

## What a letter must NOT say
- "an employer with 20 or more employees", "Carolina Mutual is primary", "her group coverage ended", "retired",
  "retiree coverage", "COBRA", "the employer never had 20 employees".
- "medically necessary" as the ground, trial counts, "failed duloxetine", "failed ECT", doxepin as a trial,
  "suicidal" as a present risk.
- "ERISA", "29 CFR 2560.503-1", "45 CFR 147.136", "MHPAEA"/"parity", "state insurance department", "external
  review", "redetermination", "Qualified Independent Contractor", "we ask the IRE".
"""

C05_EXPECT = [
    ("denial/notice-of-denial-of-payment-2026-10-20.txt", "an employer with 20 or more employees"),
    ("denial/notice-of-denial-of-payment-2026-10-20.txt", "CO-22"),
    ("denial/notice-of-denial-of-payment-2026-10-20.txt", "within 65 calendar days from the date of this notice"),
    ("denial/notice-of-denial-of-payment-2026-10-20.txt", "$14,800.00"),
    ("other/eoc-2026-excerpt.txt", "If the employer employs fewer than 20 people, our plan pays first"),
    ("other/eoc-2026-excerpt.txt", "send your case to the Independent Review Entity automatically"),
    ("other/eoc-2026-excerpt.txt", "within 60 calendar days after we receive your request"),
    ("other/ledbetter-employer-letter-2026-11-06.txt", "12 employees on its payroll throughout 2025 and 2026"),
    ("other/ledbetter-employer-letter-2026-11-06.txt", "no more than 13 on any working day"),
    ("other/ledbetter-employer-letter-2026-11-06.txt", "before it closed we had 23 employees"),
    ("other/ledbetter-employer-letter-2026-11-06.txt", "is still employed by us today"),
    ("other/carolina-mutual-eob-2026-09-30.txt", "Medicare is the primary payer for this member"),
    ("other/carolina-mutual-eob-2026-09-30.txt", "consider the balance as the secondary payer"),
    ("other/carolina-mutual-certificate-excerpt.txt", "Group size on file: 12 eligible employees"),
    ("other/msp-questionnaire-2026-08-28.txt", "[X] I don't know"),
    ("other/appointment-of-representative-2026-11-04.txt", "my daughter, Corinne Stroud-Ibarra"),
    ("clinical/ect-course-summary-2026-09-04.txt", "MADRS 8 on 09/04/2026"),
    ("clinical/ect-course-summary-2026-09-04.txt", "continues; partial response"),
    ("clinical/ect-course-summary-2026-09-04.txt", "Doxepin 10 mg at bedtime since October 2025, for sleep"),
    ("clinical/ect-course-summary-2026-09-04.txt", "remission in an earlier episode"),
    ("clinical/ect-course-summary-2026-09-04.txt", "passive wish not to wake up on 07/30/2026"),
]

# ---------------------------------------------------------------------------------------------------------------
# 06 - Student health insurance plan (individual coverage): coverage "terminated" at withdrawal; the certificate's
#      medical-withdrawal clause keeps it; first (only) internal appeal, post-service; partial hospitalization;
#      the patient writes ("I")
# ---------------------------------------------------------------------------------------------------------------
C06_YAML = """
# FICTIONAL CASE (set 22, case 06) - every person, plan, provider, number and address is invented.
# University student health insurance plan (insured individual coverage): 20 days of partial hospitalization
# (10/05-10/30/2026, authorized) denied CO-27, "coverage terminated 10/02/2026 (withdrawal from school)". The
# certificate's Section 3.5 keeps a student who withdraws for a certified illness covered to the end of the paid
# policy year (08/14/2027) after 31 days insured; she was insured 48 days, her psychiatrist certified it 10/01, the
# dean approved a medical withdrawal on 10/14 (effective 10/02) and the annual premium was paid and not refunded.
# First (and only) internal appeal, by the student.
patient:
  name: Sunniva Castellano-Whitby
  date_of_birth: 2003-06-18
  member_id: FICT-KLU-26-0048812
  address: |-
    1142 Heron Point Road
    Kestrel Lake, WI 53711
  phone: (608) 555-0113
  email: sunniva.cw@studentmail.example
insurer:
  name: Northstar Collegiate Health Insurance Company (FICTIONAL), insurer of the Kestrel Lake University Student Health Insurance Plan
  appeals_address: |-
    Northstar Collegiate Health Insurance Company, Appeals Department
    PO Box 60338
    Bramwell Falls, WI 53707
  fax: (608) 555-0178
claim:
  number: NCH-26-1103-207715
  plan_type: individual_aca
  funding: insured
  notice_date: 2026-11-03
  service_dates: [2026-10-05, 2026-10-30]
  sessions: 20
  setting: partial_hospitalization
  procedure_codes: [H0035]
  revenue_codes: ["0912"]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-27]
  denial_reason: >-
    CO-27: Expenses incurred after coverage terminated. Coverage for this member terminated on 10/02/2026
    (withdrawal from school).
  denial_category: other
  denial_reasons: [coverage_ended]
  coding_correct: true
  action: none
plan_policy:
  name: Kestrel Lake University Student Health Insurance Plan, Certificate of Coverage 2026-2027, Sections 3.4 and 3.5
  quote: >-
    3.4 When coverage ends. Coverage of an Insured Student ends on the earliest of: (a) the last day of the Policy
    Year; (b) the last day of the period for which premium has been paid; (c) the date the student withdraws from
    the University, except as stated in Section 3.5. 3.5 Medical withdrawal or leave. If an Insured Student
    withdraws or takes a leave of absence from the University because of a physical or mental illness or injury,
    certified in writing by a physician or licensed mental health professional, the student's coverage continues
    until the end of the Policy Year for which premium has been paid, provided the student was insured under this
    Policy for at least 31 consecutive days before the withdrawal or leave. The University's approval of a medical
    withdrawal may be given after the date on which it takes effect.
  file: other/certificate-of-coverage-2026-2027-excerpt.txt
eligibility:
  why: >-
    I withdrew from the University for a mental illness that my psychiatrist certified in writing on 10/01/2026,
    after 48 consecutive days insured (08/15/2026 through 10/01/2026); the Dean of Students approved it as a medical
    withdrawal on 10/14/2026, effective 10/02/2026; and the premium for the whole 2026-2027 Policy Year was paid on
    09/05/2026 and was not refunded. Under Section 3.5 my coverage continues through 08/14/2027.
  start: 2026-08-15
  end: 2027-08-14
  coverage: Kestrel Lake University Student Health Insurance Plan coverage
  record:
    name: Kestrel Lake University Student Health Insurance Office, confirmation of continued coverage
    date: 2026-11-16
    file: other/ship-office-confirmation-2026-11-16.txt
    page: 1
  proof:
    - other/medical-withdrawal-approval-2026-10-14.txt
    - clinical/physician-certification-2026-10-01.txt
    - other/student-account-statement-2026-11-10.txt
    - other/ship-office-confirmation-2026-11-16.txt
prior_auth:
  approved:
    number: NCH-PA-26-1002-4471
    date: 2026-10-02
    covers: >-
      Partial hospitalization (H0035, revenue code 0912) at Riverbend Behavioral Health, 10/05/2026 through
      10/23/2026, extended on 10/21/2026 through 10/30/2026, subject to eligibility on the dates of service
    quote: >-
      Approved: mental health partial hospitalization program, Riverbend Behavioral Health, 10/05/2026 through
      10/23/2026. Extension approved 10/21/2026: through 10/30/2026. Benefits are subject to the member's
      eligibility on the dates of service and to the terms of the policy.
    file: other/prior-authorization-2026-10-02.txt
    from: 2026-10-05
    through: 2026-10-30
record_dates:
  - {file: other/medical-withdrawal-approval-2026-10-14.txt, date: 2026-10-14, submitted: false}
  - {file: other/student-account-statement-2026-11-10.txt, date: 2026-11-10}
  - {file: other/ship-office-confirmation-2026-11-16.txt, date: 2026-11-16}
treatment:
  name: Mental health partial hospitalization program
  summary: >-
    A partial hospitalization program (about six hours a day, five days a week) for severe recurrent depression:
    group and individual therapy, psychiatric care and medication management, 20 program days.
  setting: Riverbend Behavioral Health partial hospitalization program
clinical:
  severity: PHQ-9 23 on 10/05/2026 (admission); PHQ-9 11 on 10/30/2026 (discharge)
  severity_date: 2026-10-30
  suicidality: passive
  suicidality_date: 2026-10-01
  response: PHQ-9 23 at admission to the program and 11 at discharge
  response_level: partial
  episode_onset: 2026-02
  history:
    - drug: Sertraline
      dose: 100 mg daily
      start: 2019-05
      end: 2020-08
      outcome: Remission in an earlier episode (age 16); tapered off
      response: remission
      evidence: {file: clinical/php-discharge-summary-2026-10-30.txt, page: 1}
    - drug: Cognitive behavioral therapy (university counseling center)
      dose: 8 sessions
      start: 2026-02
      end: 2026-05
      kind: psychotherapy
      sessions: 8
      outcome: Some benefit; ended for the summer
      response: partial
      evidence: {file: clinical/php-discharge-summary-2026-10-30.txt, page: 1}
    - drug: Escitalopram
      dose: 10 mg, then 20 mg daily from May 2026
      start: 2026-04
      ongoing: true
      outcome: Continues; partial response
      response: partial
      evidence: {file: clinical/php-discharge-summary-2026-10-30.txt, page: 1}
    - drug: Amitriptyline
      dose: 10 mg at bedtime
      start: 2025-09
      ongoing: true
      kind: other
      outcome: For sleep and headaches
      evidence: {file: clinical/php-discharge-summary-2026-10-30.txt, page: 1}
    - drug: Bupropion XL
      dose: 150 mg daily (added to escitalopram)
      start: 2026-10-12
      ongoing: true
      outcome: Started during the program; too early to judge
      evidence: {file: clinical/php-discharge-summary-2026-10-30.txt, page: 1}
author:
  name: Sunniva Castellano-Whitby
  role: Patient
  relation: patient
  address: |-
    1142 Heron Point Road
    Kestrel Lake, WI 53711
  phone: (608) 555-0113
  email: sunniva.cw@studentmail.example
provider:
  name: Tamsin Oduya-Lockhart
  credentials: MD, psychiatry
  npi: "1729583405"
  phone: (608) 555-0146
  address: |-
    Riverbend Behavioral Health, 2200 Millpond Avenue
    Kestrel Lake, WI 53713
template: medical-necessity
bates_prefix: CASTELLANOWHITBY
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

C06_DOCS = {
    "denial/eob-2026-11-03.txt": """
NORTHSTAR COLLEGIATE HEALTH INSURANCE COMPANY (FICTIONAL)
Kestrel Lake University Student Health Insurance Plan 2026-2027
EXPLANATION OF BENEFITS - THIS IS NOT A BILL                  Date: 11/03/2026               Page 1

Insured student: Sunniva Castellano-Whitby     Member ID: FICT-KLU-26-0048812     Claim: NCH-26-1103-207715
Provider: Riverbend Behavioral Health (network)     Authorization: NCH-PA-26-1002-4471

Dates of service                        Code              Billed       Allowed   Paid    Code
10/05/2026 - 10/30/2026 (20 days)       H0035 (rev 0912)  $17,000.00   $0.00     $0.00   CO-27
($850.00 per program day)

CO-27: Expenses incurred after coverage terminated. Coverage for this member terminated on 10/02/2026
(withdrawal from school).

Your right to appeal: you may file an appeal within 180 days after you receive this notice. Write to Northstar
Collegiate Health Insurance Company, Appeals Department, PO Box 60338, Bramwell Falls, WI 53707, or fax
(608) 555-0178. We will decide an appeal about a service you have already received within 60 days. After our
decision you may have the right to an external review. For help, you may contact your state's insurance
department.
""",
    "other/certificate-of-coverage-2026-2027-excerpt.txt": """
KESTREL LAKE UNIVERSITY STUDENT HEALTH INSURANCE PLAN (FICTIONAL) - CERTIFICATE OF COVERAGE 2026-2027 (excerpt)
Underwritten by Northstar Collegiate Health Insurance Company                                      Page 1

Policy Year: 08/15/2026 through 08/14/2027.

3.1 Eligibility. Students enrolled at least half time in a degree program are eligible.
3.4 When coverage ends. Coverage of an Insured Student ends on the earliest of: (a) the last day of the Policy
Year; (b) the last day of the period for which premium has been paid; (c) the date the student withdraws from the
University, except as stated in Section 3.5.
3.5 Medical withdrawal or leave. If an Insured Student withdraws or takes a leave of absence from the University
because of a physical or mental illness or injury, certified in writing by a physician or licensed mental health
professional, the student's coverage continues until the end of the Policy Year for which premium has been paid,
provided the student was insured under this Policy for at least 31 consecutive days before the withdrawal or
leave. The University's approval of a medical withdrawal may be given after the date on which it takes effect.
3.6 Refunds. Premium is not refunded to a student whose coverage continues under Section 3.5.

8.2 Appeals. You may appeal an adverse benefit determination within 180 days after you receive it. There is one
level of internal appeal. We decide an appeal about a service already received within 60 days.
""",
    "other/prior-authorization-2026-10-02.txt": """
NORTHSTAR COLLEGIATE HEALTH INSURANCE COMPANY (FICTIONAL) - AUTHORIZATION      Date: 10/02/2026     Page 1

Member: Sunniva Castellano-Whitby    Member ID: FICT-KLU-26-0048812    Authorization: NCH-PA-26-1002-4471
Approved: mental health partial hospitalization program, Riverbend Behavioral Health, 10/05/2026 through
10/23/2026. Extension approved 10/21/2026: through 10/30/2026. Benefits are subject to the member's eligibility on
the dates of service and to the terms of the policy.
""",
    "other/medical-withdrawal-approval-2026-10-14.txt": """
KESTREL LAKE UNIVERSITY (FICTIONAL) - OFFICE OF THE DEAN OF STUDENTS          Date: 10/14/2026         Page 1

To: Sunniva Castellano-Whitby (student ID KLU-2291047), Master of Science program in Hydrology
Your request of 10/02/2026 has been approved as a MEDICAL WITHDRAWAL from the Fall 2026 term, effective
10/02/2026, on the written certification of your treating psychiatrist dated 10/01/2026. Your record with the
Registrar has been changed from "Withdrawn - personal" to "Medical withdrawal". You may apply to return for the
Spring or Fall 2027 term.
""",
    "other/registrar-status-printout-2026-10-05.txt": """
KESTREL LAKE UNIVERSITY (FICTIONAL) - STUDENT RECORD STATUS (printout)       Printed: 10/05/2026       Page 1

Student: Sunniva Castellano-Whitby   ID: KLU-2291047   Term: Fall 2026
Status: WITHDRAWN      Reason: Personal      Effective: 10/02/2026
(Status pending review by the Office of the Dean of Students.)
""",
    "other/student-account-statement-2026-11-10.txt": """
KESTREL LAKE UNIVERSITY (FICTIONAL) - STUDENT ACCOUNT STATEMENT        Printed: 11/10/2026        Page 1

Student: Sunniva Castellano-Whitby   ID: KLU-2291047
08/20/2026  Tuition, Fall 2026                                          $9,480.00
08/20/2026  Student Health Insurance Plan, Policy Year 2026-2027 (annual) $2,940.00
09/05/2026  Payment - thank you                                       -$12,420.00
10/20/2026  Tuition credit, medical withdrawal (60%)                   -$5,688.00
10/20/2026  Student Health Insurance Plan: no refund; coverage continues (medical withdrawal)   $0.00
Balance: -$5,688.00 (refund issued 10/27/2026)
""",
    "other/ship-office-confirmation-2026-11-16.txt": """
KESTREL LAKE UNIVERSITY (FICTIONAL) - STUDENT HEALTH INSURANCE OFFICE       Date: 11/16/2026       Page 1

To: Northstar Collegiate Health Insurance Company, Eligibility; copy to Sunniva Castellano-Whitby
Re: Sunniva Castellano-Whitby, member ID FICT-KLU-26-0048812

Our eligibility file of 10/07/2026 reported this student as withdrawn on 10/02/2026. That report was made before the
Dean of Students approved her withdrawal as a medical withdrawal (10/14/2026, effective 10/02/2026). She was insured
from 08/15/2026, the premium for the full 2026-2027 Policy Year was paid on 09/05/2026 and has not been refunded,
and under Section 3.5 of the Certificate her coverage continues from 08/15/2026 through 08/14/2027. A corrected
eligibility record was sent to you today.

Dana Whitcombe-Ruiz, Student Health Insurance Coordinator
""",
    "clinical/physician-certification-2026-10-01.txt": """
KESTREL LAKE UNIVERSITY HEALTH SERVICES (FICTIONAL) - PSYCHIATRY              Date: 10/01/2026          Page 1

Certification for a medical withdrawal
I certify that Sunniva Castellano-Whitby (DOB 06/18/2003), whom I have treated since April 2026, has a mental
illness, major depressive disorder, recurrent, severe, that prevents her from continuing her studies this term. I
recommend a medical withdrawal and admission to a partial hospitalization program.

Harriet Lindqvist-Osei, MD, Staff Psychiatrist (signature on file)
""",
    "clinical/php-discharge-summary-2026-10-30.txt": """
RIVERBEND BEHAVIORAL HEALTH (FICTIONAL) - PARTIAL HOSPITALIZATION PROGRAM - DISCHARGE SUMMARY   Date: 10/30/2026  Page 1

Patient: Sunniva Castellano-Whitby   DOB 06/18/2003   Attending: Tamsin Oduya-Lockhart, MD
Diagnosis: F33.2 major depressive disorder, recurrent, severe, without psychotic features; current episode since
February 2026.
Program: 20 program days, Monday to Friday, 10/05/2026 through 10/30/2026, about six hours a day.
Measures: PHQ-9 23 on 10/05/2026; PHQ-9 11 on 10/30/2026.
Safety: passive wish to be dead reported to her campus psychiatrist on 10/01/2026; no suicidal ideation reported
from 10/14/2026 through discharge.

Medication and treatment history
- Sertraline 100 mg daily, May 2019 - August 2020 (age 16): remission in an earlier episode; tapered off.
- Cognitive behavioral therapy, 8 sessions at the university counseling center, February - May 2026.
- Escitalopram 10 mg from April 2026, 20 mg from May 2026: continues; partial response.
- Amitriptyline 10 mg at bedtime since September 2025, for sleep and headaches.
- Bupropion XL 150 mg daily added 10/12/2026, during the program: continues; too early to judge.
Discharge plan: intensive outpatient program three mornings a week from 11/02/2026; psychiatry follow-up in 2
weeks.
""",
}

C06_TRUTH = """
# 06 - Student health insurance plan: 20 days of partial hospitalization denied as after "coverage terminated at withdrawal"; the certificate's medical-withdrawal clause keeps coverage to 08/14/2027; first appeal by the student (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Sunniva Castellano-Whitby, 23 (DOB 06/18/2003), graduate student, insured under the **Kestrel Lake University
  Student Health Insurance Plan 2026-2027** (insurer Northstar Collegiate), **Policy Year 08/15/2026-08/14/2027**.
  A student health insurance plan is **individual** health insurance coverage (45 CFR 147.145), so its appeals follow
  45 CFR 147.136(b)(3), with the state's insurance regulator (Wisconsin) over the insurer. F33.2, episode since
  February 2026.
- The **annual** premium ($2,940) for the whole Policy Year was charged 08/20 and **paid 09/05/2026**; it was **not
  refunded** (account statement: "no refund; coverage continues (medical withdrawal)"). The 60% credit of
  10/20/2026 is **tuition**.
- Her campus psychiatrist **certified in writing on 10/01/2026** a mental illness preventing her studies. She asked
  to withdraw on 10/02/2026. The Registrar first coded it "Withdrawn - personal" (printout 10/05/2026; "pending
  review"); the **Dean of Students approved a medical withdrawal on 10/14/2026, effective 10/02/2026**. The
  University's eligibility file of **10/07/2026** told the insurer she withdrew on 10/02.
- **Partial hospitalization** at Riverbend (network), **20 program days, Monday-Friday, 10/05 through 10/30/2026**
  (H0035, revenue code 0912, $850 a day, $17,000), **authorized** (NCH-PA-26-1002-4471, 10/05-10/23, extended to
  10/30; "subject to the member's eligibility"). PHQ-9 23 -> 11.
- EOB **11/03/2026**: all 20 days denied **CO-27**, "Coverage ... terminated on 10/02/2026 (withdrawal from
  school)".
- Certificate **3.4(c)**: coverage ends at withdrawal "**except as stated in Section 3.5**"; **3.5**: a student who
  withdraws because of an illness **certified in writing** by a physician keeps coverage **to the end of the paid
  Policy Year**, if insured **31 consecutive days** before the withdrawal; the approval may come after its effective
  date. She was insured **48 consecutive days** (08/15-10/01/2026). Every condition is met; coverage runs through
  **08/14/2027**, and every date of service falls within it.
- The University's Student Health Insurance Office confirmed all of this to the insurer on **11/16/2026** (after
  the EOB) and sent a corrected eligibility record.
- Stage: the **first and only internal appeal** (certificate 8.2), post-service, within **180 days** of receiving
  the 11/03/2026 notice; decided within **60 days**. Author: the student herself ("I").

## Deliberately unknown
- Whether the insurer has loaded the University's corrected eligibility record of 11/16/2026 (nothing shows it).
- What the plan will pay for the 20 days (cost sharing, deductible): not in the case.
- Whether she will return to school in 2027 (she may apply; not decided).

## Traps
- **"Withdrawn - personal"** (registrar printout 10/05/2026) is a stale status, changed on 10/14 to a medical
  withdrawal. A letter must not call it a voluntary or personal withdrawal, or say she "dropped out".
- **Coverage never ended**: this is not a reinstatement, not a premium grace period (no Marketplace, no APTC,
  45 CFR 156.270 does not apply), not COBRA, not a new enrollment.
- **Tuition credit, not a premium refund**: a letter must not say the premium was refunded (or partly refunded).
- **The 31-day condition is measured before the withdrawal** (48 days); a letter must not count from 2025 or say
  she was insured "for a year".
- **20 program days**, weekdays only, not 26 days; partial hospitalization is **not inpatient** or a hospital stay.
- **The authorization is "subject to eligibility"**: it does not answer a coverage-ended denial by itself; the
  certificate does. Medical necessity was never questioned: no clinical argument, no literature, no trial count.
- **Treatment history** (if mentioned): escitalopram **continues** (partial response; never "failed" or stopped);
  amitriptyline 10 mg is for **sleep and headaches** (not an antidepressant trial); **sertraline 2019-2020** is an
  earlier-episode **remission**; **bupropion** was started **during** the program (10/12), not a prior trial; CBT is
  psychotherapy.
- **Passive wish to be dead on 10/01/2026**; none since 10/14: no active suicidal ideation, no present risk claim.
- **Voice**: she writes "I"; never "the patient" or "Ms. Castellano-Whitby has".
- **Wrong law**: not an employer plan: no ERISA (29 CFR 2560.503-1 as governing), no Labor Department/EBSA, no
  COBRA; not Medicaid. External review is not promised for a question of eligibility (only "may have the right").

## Arguments a strong letter makes (strongest first)
1. The certificate itself keeps her covered: Section 3.4(c) ends coverage at withdrawal "except as stated in Section
   3.5", and 3.5 continues it to the end of the paid Policy Year for a withdrawal because of an illness certified in
   writing, after 31 consecutive days insured. All met: **psychiatrist's certification 10/01/2026**, **medical
   withdrawal approved 10/14/2026 effective 10/02/2026** (3.5 allows approval after the effective date), **48 days
   insured**, **annual premium paid 09/05/2026 and not refunded**. Coverage runs **through 08/14/2027**; every day
   from 10/05 to 10/30/2026 falls within it.
2. The University's Student Health Insurance Office confirmed it on 11/16/2026 and corrected the eligibility file:
   the termination came from its 10/07 report, made before the medical withdrawal was approved. Ask the insurer to
   correct its record and reprocess claim NCH-26-1103-207715 on its merits.
3. The days were authorized (NCH-PA-26-1002-4471, 10/05-10/30/2026); once eligibility is confirmed, honor the
   authorization and pay the 20 days.

## What a letter must NOT say
- "withdrew for personal reasons", "dropped out", "coverage was reinstated", "grace period", "APTC", "45 CFR
  156.270", "COBRA", "the premium was refunded".
- "26 days", "inpatient", "hospital stay"; "insured for a year".
- "failed escitalopram", "escitalopram was stopped", amitriptyline or bupropion as a failed trial, "failed
  sertraline", "actively suicidal".
- "ERISA", "29 CFR 2560.503-1" as governing law, "Department of Labor"/"EBSA", "Medicaid", "my employer".
"""

C06_EXPECT = [
    ("denial/eob-2026-11-03.txt", "terminated on 10/02/2026 (withdrawal from school)"),
    ("denial/eob-2026-11-03.txt", "CO-27"),
    ("denial/eob-2026-11-03.txt", "10/05/2026 - 10/30/2026 (20 days)"),
    ("denial/eob-2026-11-03.txt", "within 180 days after you receive this notice"),
    ("other/certificate-of-coverage-2026-2027-excerpt.txt", "except as stated in Section 3.5"),
    ("other/certificate-of-coverage-2026-2027-excerpt.txt", "at least 31 consecutive days before the withdrawal"),
    ("other/certificate-of-coverage-2026-2027-excerpt.txt", "continues until the end of the Policy Year for which premium has been paid"),
    ("other/certificate-of-coverage-2026-2027-excerpt.txt", "may be given after the date on which it takes effect"),
    ("other/certificate-of-coverage-2026-2027-excerpt.txt", "08/15/2026 through 08/14/2027"),
    ("other/certificate-of-coverage-2026-2027-excerpt.txt", "There is one level of internal appeal"),
    ("other/prior-authorization-2026-10-02.txt", "through 10/30/2026"),
    ("other/prior-authorization-2026-10-02.txt", "subject to the member's eligibility"),
    ("other/medical-withdrawal-approval-2026-10-14.txt", "MEDICAL WITHDRAWAL from the Fall 2026 term, effective 10/02/2026"),
    ("other/registrar-status-printout-2026-10-05.txt", "Reason: Personal"),
    ("other/student-account-statement-2026-11-10.txt", "no refund; coverage continues (medical withdrawal)"),
    ("other/student-account-statement-2026-11-10.txt", "Tuition credit, medical withdrawal (60%)"),
    ("other/student-account-statement-2026-11-10.txt", "09/05/2026  Payment"),
    ("other/ship-office-confirmation-2026-11-16.txt", "from 08/15/2026 through 08/14/2027"),
    ("other/ship-office-confirmation-2026-11-16.txt", "Our eligibility file of 10/07/2026"),
    ("clinical/physician-certification-2026-10-01.txt", "I certify that Sunniva Castellano-Whitby"),
    ("clinical/php-discharge-summary-2026-10-30.txt", "20 program days, Monday to Friday"),
    ("clinical/php-discharge-summary-2026-10-30.txt", "PHQ-9 11 on 10/30/2026"),
    ("clinical/php-discharge-summary-2026-10-30.txt", "20 mg from May 2026: continues; partial response"),
    ("clinical/php-discharge-summary-2026-10-30.txt", "Amitriptyline 10 mg at bedtime since September 2025, for sleep and headaches"),
    ("clinical/php-discharge-summary-2026-10-30.txt", "added 10/12/2026, during the program"),
    ("clinical/php-discharge-summary-2026-10-30.txt", "remission in an earlier episode"),
]

C05 = dict(slug="05-medicare-advantage-ect-cob-small-employer-reconsideration-daughter", yaml=C05_YAML,
           docs=C05_DOCS, truth=C05_TRUTH, expect=C05_EXPECT)
C06 = dict(slug="06-student-plan-php-coverage-ended-medical-withdrawal-first-appeal-patient", yaml=C06_YAML,
           docs=C06_DOCS, truth=C06_TRUTH, expect=C06_EXPECT)

from cases_b2 import C07, C08  # noqa: E402  (cases 07-08 are in their own module to keep files short)

CASES = [C05, C06, C07, C08]
