"""Set 26, case 05 (FICTIONAL): an FEHB carrier denies the last ten days of an adolescent's partial hospitalization
for anorexia nervosa as "IOP appropriate", citing a weight she had not reached, a sister's vital signs and "no trial of
a lower level of care" when an IOP had failed that summer; OPM review asked by the mother, the enrollee."""

SLUG = "05-fehb-adolescent-php-anorexia-iop-appropriate-opm-review-mother"

CASE_YAML = r"""
# FICTIONAL CASE (set 26, case 05) - every person, plan, provider, number and address is invented.
# FEHB, High Option (the mother is the federal employee and enrollee). Lena, 15, with anorexia nervosa, was in a
# partial hospitalization program (PHP) from 09/28/2026; the carrier approved 10 program days and denied continued stay
# from 10/12 through 10/23/2026 (10 program days) as "IOP appropriate". Its reconsideration of 11/20/2026 upheld it:
# "weight restored to 88% of median BMI (10/09)" (the log shows 84%), "vital signs stable (10/08: HR 62 ...)" (her
# sister's pediatric visit, not hers), "no documented trial of a less intensive level of care" (an IOP from 07/13 to
# 08/28/2026 failed; its records were never sent). The carrier's own guideline is "3(a) OR 3(b)": 3(b) is met for
# every day; 3(a) honestly only at the start. The mother asks OPM to review.
patient:
  name: Lena Castellano
  salutation: Lena
  date_of_birth: 2011-04-18
  member_id: FICT-KFE-R44180273-02
  address: |-
    3318 North Glebe Road
    Arlington, VA 22207
  phone: (703) 555-0129
insurer:
  name: Keystone Federal Employees Health Association, High Option (FICTIONAL FEHB carrier)
  appeals_address: |-
    Keystone Federal Employees Health Association - Reconsiderations (address FICTIONAL)
    PO Box 90471
    Richmond, VA 23286
  fax: (804) 555-0144
external_review:
  agency: U.S. Office of Personnel Management, Federal Employee Insurance Operations (OPM review of FEHB disputed claims)
  address: |-
    U.S. Office of Personnel Management, Federal Employee Insurance Operations (address as printed in the carrier's
    decision; FICTIONAL test copy)
    PO Box 70015
    Washington, DC 20044
  final_denial_date: 2026-11-20
claim:
  number: KFE-BH-26-1009-30218
  plan_type: fehb
  action: none
  notice_date: 2026-10-09
  service_dates: [2026-10-12, 2026-10-23]
  sessions: 10
  setting: partial_hospitalization
  procedure_codes: [H0035]
  revenue_codes: ["0913"]
  diagnosis_codes: [F50.012]
  denial_reason: >-
    Continued stay in partial hospitalization is not medically necessary from 10/12/2026. The member can be treated in
    an intensive outpatient program (IOP). Guideline BH-ED-04, continued stay, criterion 3 not met.
  denial_category: medical_necessity
  denial_reasons: [level_of_care]
  reviewer:
    name: Dr. Warren Pike
    specialty: Internal medicine
decisions:
  - date: 2026-11-20
    outcome: denied
    stage: carrier reconsideration
    opens: OPM review
    next_deadline: 2027-02-18
    reason: >-
      We reviewed your request for reconsideration and uphold our decision. Continued stay criteria are not met.
      Criterion 3 is not met: weight has been restored to 88% of median BMI (10/09/2026) and there is no documented
      trial of a less intensive level of care. Vital signs are stable (10/08/2026: HR 62, BP 112/70, BMI 21.4). The
      member can be treated in an intensive outpatient program.
    corrections:
      - said: "weight has been restored to 88% of median BMI (10/09/2026)"
        record: >-
          The program's weight log shows 84% of median BMI on 10/09/2026 (BMI 16.7); 88% was first reached on
          10/21/2026
        file: clinical/php-weight-and-vitals-log-2026.txt
        page: 1
      - said: "there is no documented trial of a less intensive level of care"
        record: >-
          Lena attended an intensive outpatient program from 07/13 to 08/28/2026 and lost weight in it, from 86% to
          79% of median BMI, which is why she was admitted to the partial hospitalization program
        file: clinical/iop-discharge-summary-2026-08-28.txt
        page: 1
      - said: "Vital signs are stable (10/08/2026: HR 62, BP 112/70, BMI 21.4)"
        record: >-
          Those figures are from her sister's pediatric visit on 10/08/2026; Lena was at the program that day, with a
          resting heart rate of 52, a rise of 28 beats a minute on standing and a BMI of 16.6
        file: clinical/pediatrician-letter-2026-11-25.txt
        page: 1
record_dates:
  - file: clinical/iop-discharge-summary-2026-08-28.txt
    date: 2026-08-28
    submitted: false
  - file: clinical/pediatrician-letter-2026-11-25.txt
    date: 2026-11-25
plan_policy:
  name: Keystone Level of Care Guideline BH-ED-04 (2026), partial hospitalization for eating disorders, continued stay
  number: BH-ED-04
  quote: >-
    Continued stay in partial hospitalization is appropriate when criteria 1 and 2 are met and either 3(a) or 3(b) is
    met. 1. The patient does not need inpatient care and can safely spend nights at home. 2. The patient needs
    structured, supervised meals at least five days a week to make progress toward weight restoration. 3(a) Weight is
    below 85% of median BMI for age and sex; or 3(b) within the past six months the patient could not maintain or gain
    weight at a less intensive level of care (intensive outpatient or outpatient treatment).
  file: other/guideline-bh-ed-04-2026.txt
  other_terms: >-
    FEHB brochure 2026, Section 5(e): We cover partial hospitalization for mental health conditions, including eating
    disorders, when medically necessary; precertification is required. Section 8: If we uphold our denial on
    reconsideration, you may ask OPM to review it within 90 days after the date of our letter.
  other_terms_file: other/fehb-brochure-2026-excerpts.txt
payer_criteria:
  - criterion: 1. The patient does not need inpatient care and can safely spend nights at home
    how_met: Lena spent every night at home during the program; the pediatrician judged inpatient care not needed
    met: true
    evidence: {file: clinical/pediatrician-letter-2026-11-25.txt, page: 1}
  - criterion: 2. The patient needs structured, supervised meals at least five days a week to make progress toward weight restoration
    how_met: >-
      She completed supervised meals only with staff support and restricted at unsupervised meals (weekend log); the
      dietitian's plan required five supervised days a week through at least 90% of median BMI
    met: true
    evidence: {file: clinical/php-weight-and-vitals-log-2026.txt, page: 1}
  - criterion: 3(a) Weight is below 85% of median BMI for age and sex
    how_met: >-
      84% on 10/09/2026 (met when the continued stay was reviewed), 86% on 10/16 and 88% on 10/21/2026 (not met for
      the second week)
    met: false
    evidence: {file: clinical/php-weight-and-vitals-log-2026.txt, page: 1}
  - criterion: >-
      3(b) Within the past six months the patient could not maintain or gain weight at a less intensive level of care
    how_met: >-
      Intensive outpatient program 07/13-08/28/2026 (three days a week): weight fell from 86% to 79% of median BMI;
      family-based outpatient treatment before it, 05/04-07/10/2026, did not stop the loss
    met: true
    evidence: {file: clinical/iop-discharge-summary-2026-08-28.txt, page: 1}
alternatives:
  - treatment: Intensive outpatient program (IOP)
    level: intensive outpatient
    name: Tidewater Teen Intensive Outpatient Program (eating disorders)
    why_not: >-
      Already tried within the past six months (07/13-08/28/2026, 21 sessions): she lost weight in it, from 86% to 79%
      of median BMI, and was stepped up to partial hospitalization from it
    proof: clinical/iop-discharge-summary-2026-08-28.txt
treatment:
  name: Partial hospitalization program (PHP) for anorexia nervosa, adolescent track, program days 10/12-10/23/2026
  summary: >-
    Ten further weekday program days of an adolescent eating-disorder partial hospitalization program (supervised
    meals, therapy, medical monitoring), after ten days the carrier approved.
clinical:
  severity: >-
    84% of median BMI on 10/09/2026 (BMI 16.7), resting heart rate 52 with a rise of 28 on standing (10/08/2026); 79%
    at admission on 09/28/2026
  severity_date: 2026-10-09
  suicidality: none
  suicidality_date: 2026-10-09
  episode_onset: 2026-03
  response: 79% of median BMI at admission (09/28/2026), 84% on 10/09, 89% at step-down on 10/23/2026
  response_level: partial
  history:
    - drug: Cognitive behavioral therapy for anxiety (2022)
      dose: weekly sessions
      start: 2022-02
      end: 2022-05
      kind: psychotherapy
      sessions: 12
      adequate: true
      response: response
      outcome: Anxiety improved; completed (before the eating disorder began)
      evidence: {file: clinical/pediatrician-letter-2026-11-25.txt, page: 1}
    - drug: Family-based treatment (outpatient)
      dose: weekly sessions
      start: 2026-05-04
      end: 2026-07-10
      kind: psychotherapy
      sessions: 10
      adequate: true
      response: none
      outcome: Weight kept falling; stepped up to IOP
      evidence: {file: clinical/iop-discharge-summary-2026-08-28.txt, page: 1}
    - drug: Intensive outpatient program (eating disorders)
      dose: three afternoons a week
      start: 2026-07-13
      end: 2026-08-28
      kind: psychotherapy
      sessions: 21
      adequate: true
      response: none
      outcome: Weight fell from 86% to 79% of median BMI; stepped up to partial hospitalization
      evidence: {file: clinical/iop-discharge-summary-2026-08-28.txt, page: 1}
    - drug: Fluoxetine
      dose: 20 mg daily, 30 mg from 10/05/2026
      start: 2026-08-20
      ongoing: true
      kind: antidepressant
      response: partial
      outcome: For anxiety and low mood; partial response so far; continues
      evidence: {file: clinical/pediatrician-letter-2026-11-25.txt, page: 1}
    - drug: Olanzapine
      dose: 2.5 mg at bedtime
      start: 2026-10-01
      ongoing: true
      kind: other
      outcome: Started in the partial hospitalization program for anxiety around meals; continues
      evidence: {file: clinical/php-weight-and-vitals-log-2026.txt, page: 1}
author:
  name: Rebecca Castellano
  role: Mother of the patient (a minor) and the FEHB enrollee
  relation: parent
  address: |-
    3318 North Glebe Road
    Arlington, VA 22207
  phone: (703) 555-0129
  email: rebecca.castellano@mail.example
provider:
  name: Priya Venkataraman
  credentials: MD
  npi: "1984305627"
  address: |-
    Chesapeake Eating Disorders Center, Adolescent Program, 8100 Lee Highway
    Falls Church, VA 22042
  phone: (703) 555-0181
reimbursement:
  amount_billed: "$14,500.00"
  amount_paid: "$0.00"
template: external-review-request
bates_prefix: CASTELLANO
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {}

DOCS["denial/carrier-reconsideration-decision-2026-11-20.txt"] = """
KEYSTONE FEDERAL EMPLOYEES HEALTH ASSOCIATION (FICTIONAL) - FEHB HIGH OPTION
RECONSIDERATION DECISION          Date: 11/20/2026          Page 1

Enrollee: Rebecca Castellano          Patient: Lena Castellano (dependent, age 15)          ID: FICT-KFE-R44180273-02
Claim/authorization: KFE-BH-26-1009-30218          Provider: Chesapeake Eating Disorders Center, adolescent PHP
Service: partial hospitalization (H0035, revenue code 0913), 10/12/2026 - 10/23/2026 (10 program days)

We reviewed your request for reconsideration and uphold our decision. Continued stay criteria are not met. Criterion 3
is not met: weight has been restored to 88% of median BMI (10/09/2026) and there is no documented trial of a less
intensive level of care. Vital signs are stable (10/08/2026: HR 62, BP 112/70, BMI 21.4). The member can be treated in
an intensive outpatient program.
Reviewer: Warren Pike, MD (internal medicine). Guideline applied: BH-ED-04 (2026).

If you disagree, you may ask the U.S. Office of Personnel Management (OPM) to review our decision. You must write to
OPM within 90 days after the date of this letter. Include a copy of this letter and all documents you want OPM to
consider. OPM, Federal Employee Insurance Operations, PO Box 70015, Washington, DC 20044 (FICTIONAL test copy).
"""

DOCS["denial/continued-stay-denial-2026-10-09.txt"] = """
KEYSTONE FEDERAL EMPLOYEES HEALTH ASSOCIATION (FICTIONAL) - PRECERTIFICATION: CONTINUED STAY DECISION   Date: 10/09/2026
Page 1

Patient: Lena Castellano          Reference: KFE-BH-26-1009-30218
Approved: partial hospitalization 09/28/2026 - 10/09/2026 (10 program days).
Denied: continued stay from 10/12/2026. Continued stay in partial hospitalization is not medically necessary from
10/12/2026. The member can be treated in an intensive outpatient program (IOP). Guideline BH-ED-04, continued stay,
criterion 3 not met.
You may ask us to reconsider within 6 months of this decision.
"""

DOCS["other/guideline-bh-ed-04-2026.txt"] = """
KEYSTONE FEDERAL EMPLOYEES HEALTH ASSOCIATION (FICTIONAL) - LEVEL OF CARE GUIDELINE BH-ED-04 (2026)
Partial hospitalization for eating disorders          Effective: 01/01/2026          Page 1

Continued stay
Continued stay in partial hospitalization is appropriate when criteria 1 and 2 are met and either 3(a) or 3(b) is met.
1. The patient does not need inpatient care and can safely spend nights at home.
2. The patient needs structured, supervised meals at least five days a week to make progress toward weight restoration.
3(a) Weight is below 85% of median BMI for age and sex; or
3(b) within the past six months the patient could not maintain or gain weight at a less intensive level of care
     (intensive outpatient or outpatient treatment).
Reviewers should obtain records of any less intensive treatment in the past six months before applying criterion 3.
"""

DOCS["other/fehb-brochure-2026-excerpts.txt"] = """
KEYSTONE FEDERAL EMPLOYEES HEALTH ASSOCIATION (FICTIONAL) - 2026 FEHB BROCHURE, HIGH OPTION (excerpts)     Page 1

Section 5(e) Mental health and substance use disorder benefits
We cover partial hospitalization for mental health conditions, including eating disorders, when medically necessary;
precertification is required.

Section 8 The disputed claims process
Step 1: Ask us in writing to reconsider our initial decision within 6 months of the date of our decision.
Step 4: If we uphold our denial on reconsideration, you may ask OPM to review it within 90 days after the date of our
letter. OPM will review your disputed claim request and use the information it collects from you and us to decide
whether our decision is correct.
"""

DOCS["clinical/php-weight-and-vitals-log-2026.txt"] = """
CHESAPEAKE EATING DISORDERS CENTER (FICTIONAL) - ADOLESCENT PHP: WEIGHT AND VITAL SIGNS LOG          Printed: 10/26/2026
Patient: Lena Castellano, DOB 04/18/2011, height 163 cm          Page 1

Date        Weight    BMI    % median BMI   Resting HR   Orthostatic HR rise   Notes
09/28/2026  41.7 kg   15.7   79%            50           +30                   admission; olanzapine 2.5 mg started 10/01
10/08/2026  44.1 kg   16.6   83%            52           +28                   restricted at weekend meals (home log)
10/09/2026  44.4 kg   16.7   84%            53           +24                   continued-stay review with the carrier
10/16/2026  45.5 kg   17.1   86%            55           +20
10/21/2026  46.7 kg   17.6   88%            58           +16
10/23/2026  47.2 kg   17.8   89%            60           +14                   step-down to IOP planned from 10/26
Dietitian plan: five supervised meal days a week until at least 90% of median BMI.
"""

DOCS["clinical/iop-discharge-summary-2026-08-28.txt"] = """
TIDEWATER TEEN INTENSIVE OUTPATIENT PROGRAM (FICTIONAL) - DISCHARGE SUMMARY          Date: 08/28/2026          Page 1

Patient: Lena Castellano, 15          Program: eating-disorder IOP, three afternoons a week, 07/13/2026 - 08/28/2026
(21 sessions attended)
Before IOP: family-based treatment with an outpatient therapist, 05/04/2026 - 07/10/2026 (10 sessions); weight kept
falling.
In IOP: weight fell from 86% to 79% of median BMI despite full attendance.
Discharge: to a higher level of care (partial hospitalization), recommended to start as soon as a place opens.
Note: these records were sent to the family on request; they were not sent to the insurance carrier.
"""

DOCS["clinical/pediatrician-letter-2026-11-25.txt"] = """
ARLINGTON CHILDREN'S PRACTICE (FICTIONAL)          Letter date: 11/25/2026          Page 1
Re: Lena Castellano, DOB 04/18/2011

I have been Lena's pediatrician since 2014. She had 12 sessions of cognitive behavioral therapy for anxiety in
February-May 2022 and improved; her eating disorder began in March 2026.
The carrier's decision of 11/20/2026 cites "10/08/2026: HR 62, BP 112/70, BMI 21.4". Those are the findings of a
sports physical I did that day for Lena's sister, Mia (age 17). Lena was at her partial hospitalization program on
10/08/2026, where her resting heart rate was 52, her heart rate rose 28 beats a minute on standing, and her BMI was
16.6. She did not need inpatient care and spent her nights at home, but she was not medically stable enough to step
down. Fluoxetine was started on 08/20/2026 (20 mg, 30 mg from 10/05) for anxiety and low mood, with a partial response
so far. She has had no suicidal thoughts.
Rosa Delgado-Finch, MD, pediatrics, (703) 555-0107
"""

TRUTH = r"""
# 05 - FEHB: adolescent partial hospitalization for anorexia nervosa denied as "IOP appropriate"; OPM review asked by the mother (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Lena Castellano, 15 (DOB 04/18/2011), is covered as a dependent under her mother **Rebecca Castellano's FEHB
  enrollment** (Keystone Federal Employees Health Association, High Option).
- Anorexia nervosa, restricting type, severe (F50.012), since March 2026. Outpatient family-based treatment
  **05/04-07/10/2026** (10 sessions) and an eating-disorder **IOP 07/13-08/28/2026** (21 sessions) did not stop the weight
  loss (**86% -> 79% of median BMI in IOP**); she entered the **PHP on 09/28/2026** at 79%.
- The carrier approved **09/28-10/09** (10 program days) and on **10/09/2026** denied continued stay from **10/12**;
  the days appealed are **10/12-10/23/2026, 10 program days** (H0035, revenue code 0913; $14,500.00). She stepped down to
  IOP after 10/23 at 89%.
- The carrier's own **guideline BH-ED-04**: continued stay when 1 and 2 are met and **either 3(a) or 3(b)**. 1 and 2
  are met. **3(a)** (<85% of median BMI) was met on 10/09 (84%) but **not after 10/16 (86%, 88%)**. **3(b)** (could not
  maintain or gain weight at a less intensive level within six months) is **met for every day**: the IOP of July-August.
  The guideline itself tells reviewers to get records of less intensive treatment first.
- The **reconsideration decision of 11/20/2026** (internist reviewer) rests on three statements the record contradicts:
  "**88% (10/09/2026)**" (the log shows 84%; 88% first on 10/21); "**no documented trial of a less intensive level**" (the
  IOP, whose records were never sent to the carrier); "**vital signs stable (10/08: HR 62 ... BMI 21.4)**" (her sister
  Mia's sports physical that day; Lena: HR 52, +28 on standing, BMI 16.6).
- **Stage and rule:** FEHB disputed claims (5 CFR 890.105): after the carrier's reconsideration, the enrollee may ask
  **OPM to review** within **90 days of the carrier's letter: by 02/18/2027**. The request goes to OPM, not the carrier.
- **Author:** Rebecca Castellano, the enrollee and the mother of a minor; she writes "I" for herself and about "my
  daughter"/"Lena". No separate authorization is needed.

## Deliberately unknown
- What the family owes the center if OPM upholds (the center's financial policy): not in the case.
- The carrier's allowed amount per program day: unknown; no amount may be promised.
- Whether the IOP since 10/26 has been approved: not part of this dispute.

## Traps
- **"Either 3(a) or 3(b)":** the honest argument is 3(b) (met every day) plus the corrected facts. A letter must not say
  3(a) was met for all ten days or that "every criterion is met" as to 3(a); 88% on 10/21 is true (it is the 10/09 date
  that is wrong). Saying criterion 3 is met (through 3(b)) is right.
- **Other person's vitals:** HR 62 / BMI 21.4 are **Mia's**, not Lena's. A letter must not repeat them as Lena's or
  call Lena's vital signs stable.
- **The IOP was available, and failed.** It had room for her in July; the point is that she lost weight in it. A
  letter must not say an IOP "had no opening" or "was not available" (the `alternatives` row carries `level` because
  `check` asks for it on a level-of-care denial).
- **Not inpatient:** she did not need inpatient care (criterion 1 met); a letter must not call the PHP an inpatient or
  hospital stay, nor argue she needed hospitalization.
- **Records the reviewer never had:** the IOP discharge summary (dated 08/28/2026, before the decision) was **never sent
  to the carrier**; the pediatrician's letter is dated **after** the decision (11/25/2026).
- **History:** psychotherapy courses are not drug trials; the **2022 CBT for anxiety worked** (an earlier, different
  problem; never a failure); **fluoxetine is continuing with a partial response** (never "failed"); **olanzapine was
  started during the PHP** (10/01) - not a trial before it. No count of "failed antidepressant trials" belongs in this
  letter.
- **Level of care, not a network question:** no network gap, no out-of-network exception.
- **Wrong law:** FEHB: no ERISA (29 CFR 2560.503-1), no ACA external review (45 CFR 147.136), no state insurance
  department or state external review, no MHPAEA citation, no Medicaid/EPSDT.
- **Stage:** this is the request for **OPM review** after the carrier's reconsideration; it quotes the 11/20/2026
  decision and is addressed to OPM.
- **Voice:** the mother writes; never Lena's first person, never a clinician's voice.

## Arguments a strong letter makes (strongest first)
1. The carrier's own guideline BH-ED-04 is met by **1, 2 and 3(b)** for every denied day: within six months Lena could
   not maintain weight in an **IOP (07/13-08/28/2026, 86% -> 79%)**, after outpatient family-based treatment failed too.
   The decision's "no documented trial of a less intensive level" is answered by the IOP discharge summary, which the
   carrier never received (its own guideline tells reviewers to obtain such records).
2. The decision's other facts are wrong: **84%, not 88%, on 10/09/2026** (weight log); the **10/08 vital signs are her
   sister's** (pediatrician's letter), Lena's showed HR 52 with a 28-beat rise on standing.
3. IOP, the alternative the carrier names, is the level that already failed. Ask OPM to direct the carrier to cover the
   ten program days (10/12-10/23/2026); note the reviewer was an internist, not a child and adolescent psychiatrist or
   eating-disorder specialist. Timely: by 02/18/2027.

## What a letter must NOT say
- "HR 62", "BMI 21.4" as Lena's; "her vital signs were stable"; "88% on 10/09".
- "all criteria, including 3(a), were met on every day"; "inpatient", "hospital stay", "she needed hospitalization".
- "failed fluoxetine", "olanzapine trial", the 2022 CBT as a failure, a count of failed antidepressant trials,
  "suicidal ideation".
- "ERISA", "29 CFR 2560.503-1", "45 CFR 147.136", "external review" by an IRO, "state insurance department", "parity" /
  "MHPAEA", "EPSDT", "network gap".
- A request addressed to the carrier "to forward"; Lena's or the clinician's first person.
"""

ANSWERS = [
    ("denial/carrier-reconsideration-decision-2026-11-20.txt", "weight has been restored to 88% of median BMI (10/09/2026)"),
    ("denial/carrier-reconsideration-decision-2026-11-20.txt", "there is no documented trial of a less intensive level of care"),
    ("denial/carrier-reconsideration-decision-2026-11-20.txt", "10/08/2026: HR 62, BP 112/70, BMI 21.4"),
    ("denial/carrier-reconsideration-decision-2026-11-20.txt", "within 90 days after the date of this letter"),
    ("denial/carrier-reconsideration-decision-2026-11-20.txt", "Warren Pike, MD (internal medicine)"),
    ("denial/continued-stay-denial-2026-10-09.txt", "Approved: partial hospitalization 09/28/2026 - 10/09/2026 (10 program days)"),
    ("other/guideline-bh-ed-04-2026.txt", "either 3(a) or 3(b) is met"),
    ("other/guideline-bh-ed-04-2026.txt", "3(a) Weight is below 85% of median BMI"),
    ("other/guideline-bh-ed-04-2026.txt", "could not maintain or gain weight at a less intensive level of care"),
    ("other/guideline-bh-ed-04-2026.txt", "Reviewers should obtain records of any less intensive treatment"),
    ("other/fehb-brochure-2026-excerpts.txt", "you may ask OPM to review it within 90 days after the date of our"),
    ("clinical/php-weight-and-vitals-log-2026.txt", "10/09/2026  44.4 kg   16.7   84%"),
    ("clinical/php-weight-and-vitals-log-2026.txt", "10/21/2026  46.7 kg   17.6   88%"),
    ("clinical/php-weight-and-vitals-log-2026.txt", "10/16/2026  45.5 kg   17.1   86%"),
    ("clinical/php-weight-and-vitals-log-2026.txt", "olanzapine 2.5 mg started 10/01"),
    ("clinical/iop-discharge-summary-2026-08-28.txt", "weight fell from 86% to 79% of median BMI"),
    ("clinical/iop-discharge-summary-2026-08-28.txt", "they were not sent to the insurance carrier"),
    ("clinical/iop-discharge-summary-2026-08-28.txt", "05/04/2026 - 07/10/2026 (10 sessions)"),
    ("clinical/pediatrician-letter-2026-11-25.txt", "sports physical I did that day for Lena's sister, Mia"),
    ("clinical/pediatrician-letter-2026-11-25.txt", "heart rate rose 28 beats a minute on standing"),
    ("clinical/pediatrician-letter-2026-11-25.txt", "12 sessions of cognitive behavioral therapy for anxiety"),
    ("clinical/pediatrician-letter-2026-11-25.txt", "with a partial response"),
]
