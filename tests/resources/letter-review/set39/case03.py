"""Set 39, case 03 (FICTIONAL): Medicaid managed care, member aged 20, interdisciplinary pain program; fair hearing."""

SLUG = "03-medicaid-mco-age-20-crps-interdisciplinary-pain-program-lower-level-and-out-of-network-fair-hearing-financial-counselor"

CASE_YAML = r"""
# FICTIONAL CASE (set 39, case 03) - every person, plan, hospital, provider, number and address is invented.
# Medicaid managed care, Louisiana. Maya Thornquist-Obi, 20, has CRPS of the right foot. A hospital's 4-week
# intensive interdisciplinary pain rehabilitation day program was denied on two grounds (lower level of care; not
# in network, "in-network providers available"); the plan appeal was upheld on 10/26/2026 ("has not completed
# outpatient physical therapy"). She had 26 PT visits; the two in-network names offer no such program. The
# program's patient financial counselor, her authorized representative, asks for the state fair hearing.
patient:
  name: Maya Thornquist-Obi
  salutation: Ms. Thornquist-Obi
  date_of_birth: 2006-03-28
  member_id: FICT-LA-MCD-720094318
  address: |-
    5520 Magnolia Bend Road
    Baton Rouge, LA 70808
  phone: (225) 555-0117
insurer:
  name: Bayou Crescent Health Plan, a Healthy Louisiana Medicaid managed care plan (FICTIONAL)
  appeals_address: |-
    Bayou Crescent Health Plan - Member Appeals (FICTIONAL)
    PO Box 83017
    Baton Rouge, LA 70884
  fax: (225) 555-0153
claim:
  number: BCH-PA-26-0902-18840
  plan_type: medicaid
  delivery: managed_care
  notice_date: 2026-09-14
  service_dates: [2027-01-11, 2027-02-05]
  sessions: 20
  setting: outpatient
  pending_services: "[20 program days, weekdays from January 11, 2027]"
  procedure_codes: [97110, 97530, 96158]
  diagnosis_codes: [G90.521]
  denial_reason: >-
    (1) Not medically necessary. The member can be treated at a lower level of care: outpatient physical therapy
    and outpatient psychology. (2) The provider is not in Bayou Crescent's network. In-network providers are
    available.
  denial_category: medical_necessity
  denial_reasons: [level_of_care, out_of_network]
  reviewer:
    name: Harold Benoit-Pryce, MD
    specialty: Family Medicine
  action: none
decisions:
  - date: 2026-10-26
    outcome: denied
    stage: plan appeal
    opens: state fair hearing
    next_deadline: 2027-02-23
    reason: >-
      The denial is upheld. The member has not completed a course of outpatient physical therapy. In-network
      options: Riverbend Outpatient Rehabilitation and Acadiana Pain Associates.
    corrections:
      - said: The member has not completed a course of outpatient physical therapy.
        record: >-
          The physical therapy discharge summary shows 26 visits from 11/03/2025 to 05/29/2026, ended because she
          had plateaued, with a referral to an interdisciplinary pain program.
        file: clinical/physical-therapy-discharge-2026-05-29.txt
        page: 1
      - said: "In-network options: Riverbend Outpatient Rehabilitation and Acadiana Pain Associates."
        record: >-
          Both told the representative on 10/28/2026 that they have no interdisciplinary pain program (Riverbend:
          outpatient physical therapy only; Acadiana: adult injections and medicines), and the plan's member
          services said on 10/29/2026 that no participating program exists in Louisiana.
        file: other/representative-call-log-2026-10-28.txt
        page: 1
        leaves_out: true
external_review:
  agency: Louisiana Division of Administrative Law, Health and Hospitals Section (as named in the notice of appeal resolution)
  address: |-
    Division of Administrative Law - Medicaid Fair Hearings (address as printed on the notice; FICTIONAL)
    PO Box 44033
    Baton Rouge, LA 70804
  final_denial_date: 2026-10-26
alternatives:
  - treatment: Outpatient physical therapy and outpatient psychology
    level: outpatient
    why_not: >-
      Already given: 26 physical therapy visits (11/03/2025-05/29/2026) and 12 pain psychology sessions
      (01/2026-06/2026); she plateaued and was referred on.
    proof: clinical/physical-therapy-discharge-2026-05-29.txt
network:
  - name: Riverbend Outpatient Rehabilitation (in network)
    date: 2026-10-28
    outcome: Outpatient physical therapy only; no interdisciplinary pain program, no pain psychology.
    miles: 4
    evidence: {file: other/representative-call-log-2026-10-28.txt, page: 1}
  - name: Acadiana Pain Associates (in network)
    date: 2026-10-28
    outcome: Adult interventional pain clinic (injections, medicines); no rehabilitation program.
    miles: 60
    evidence: {file: other/representative-call-log-2026-10-28.txt, page: 1}
  - name: Bayou Crescent member services (reference MS-1029-4471)
    date: 2026-10-29
    outcome: No participating intensive interdisciplinary pain program in Louisiana.
    evidence: {file: other/representative-call-log-2026-10-28.txt, page: 1}
treatment:
  name: Intensive interdisciplinary pain rehabilitation day program, 4 weeks (20 program days)
  summary: >-
    A 4-week day program of daily physical and occupational therapy, pain psychology and family sessions for CRPS
    of the right foot that has not improved with 26 outpatient physical therapy visits, 12 pain psychology sessions
    and medicines.
  plan: >-
    Weekdays 8:30 am to 3:30 pm for 4 weeks from 01/11/2027 (20 program days): daily physical therapy, occupational
    therapy and pain psychology, family sessions twice weekly; goals: walk 30 minutes, return to classes; then a
    home program with outpatient follow-up.
  setting: Crescent City Pain Rehabilitation Program, St. Aurelia Children's Hospital, New Orleans (FICTIONAL), ages 12 to 22
clinical:
  severity: Pain 7/10; walks 5 minutes with crutches; PHQ-9 12; withdrew from the fall 2026 semester (10/20/2026)
  severity_date: 2026-10-20
  suicidality: none
  suicidality_date: 2026-10-20
  episode_onset: 2025-09
  history:
    - drug: Gabapentin
      dose: 300 mg three times daily
      start: 2025-12
      end: 2025-12
      weeks: 3
      kind: other
      adequate: false
      outcome: Stopped after 3 weeks for sedation (intolerance)
      evidence: {file: clinical/program-evaluation-2026-10-20.txt, page: 1}
    - drug: Pregabalin
      dose: 75 mg twice daily
      start: 2026-02
      ongoing: true
      kind: other
      response: partial
      outcome: Partial relief; continued
      evidence: {file: clinical/program-evaluation-2026-10-20.txt, page: 1}
    - drug: Outpatient physical therapy (26 visits)
      dose: twice weekly
      start: 2025-11-03
      end: 2026-05-29
      kind: other
      failed: true
      response: partial
      outcome: Plateaued; referred to an interdisciplinary pain program
      evidence: {file: clinical/physical-therapy-discharge-2026-05-29.txt, page: 1}
    - drug: Pain psychology (cognitive behavioral therapy)
      dose: 12 sessions
      start: 2026-01
      end: 2026-06
      kind: psychotherapy
      sessions: 12
      adequate: true
      response: partial
      outcome: Better sleep and coping; function unchanged
      evidence: {file: clinical/program-evaluation-2026-10-20.txt, page: 1}
    - drug: Melatonin
      dose: 3 mg at bedtime
      start: 2026-01
      ongoing: true
      kind: other
      outcome: For sleep; not a pain treatment trial
      evidence: {file: clinical/program-evaluation-2026-10-20.txt, page: 1}
    - drug: Physical therapy for an earlier CRPS episode of the left foot (2021)
      dose: 8 weeks
      start: 2021-04
      end: 2021-06
      kind: other
      response: remission
      outcome: Earlier episode at age 15, other foot; resolved; not a failure
      evidence: {file: clinical/program-evaluation-2026-10-20.txt, page: 1}
impact:
  daily_life: Uses crutches; cannot stand long enough to shower without a chair.
  work: Withdrew from the fall 2026 semester at college (10/20/2026).
author:
  name: Celestine Marchand-Oyelaran
  role: Patient financial counselor, Crescent City Pain Rehabilitation Program (authorized representative)
  relation: representative
  authorization: other/authorized-representative-form-2026-10-29.txt
  address: |-
    St. Aurelia Children's Hospital (FICTIONAL), 1200 Prytania Crossing
    New Orleans, LA 70130
  phone: (504) 555-0186
  email: financial.counseling@staurelia.example
provider:
  name: Crescent City Pain Rehabilitation Program, St. Aurelia Children's Hospital
  credentials: medical director Odile Fontenot-Hayes, MD, pediatric rehabilitation and pain medicine
  npi: "1339025789"
  address: |-
    1200 Prytania Crossing
    New Orleans, LA 70130
  phone: (504) 555-0186
prior_auth:
  requested_on: 2026-09-02
  reference: BCH-PA-26-0902-18840
record_dates:
  - file: clinical/program-evaluation-2026-10-20.txt
    date: 2026-10-20
  - file: other/representative-call-log-2026-10-28.txt
    date: 2026-10-28
copies: [prescriber]
template: external-review-request
bates_prefix: THORNQUISTOBI
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/notice-of-adverse-benefit-determination-2026-09-14.txt": """
BAYOU CRESCENT HEALTH PLAN (FICTIONAL) - HEALTHY LOUISIANA MEDICAID
NOTICE OF ADVERSE BENEFIT DETERMINATION                                                Date: 09/14/2026
Member: Maya Thornquist-Obi   DOB 03/28/2006   Member ID FICT-LA-MCD-720094318   Request BCH-PA-26-0902-18840
Requested: intensive interdisciplinary pain rehabilitation day program, 20 days, Crescent City Pain Rehabilitation
Program (St. Aurelia Children's Hospital). Received 09/02/2026.
Decision: denied. (1) Not medically necessary. The member can be treated at a lower level of care: outpatient
physical therapy and outpatient psychology. (2) The provider is not in Bayou Crescent's network. In-network
providers are available. Reviewer: Harold Benoit-Pryce, MD, Family Medicine.
You may appeal to us within 60 days of the date of this notice.
""",
    "denial/notice-of-appeal-resolution-2026-10-26.txt": """
BAYOU CRESCENT HEALTH PLAN (FICTIONAL) - NOTICE OF APPEAL RESOLUTION                     Date: 10/26/2026
Member: Maya Thornquist-Obi   Appeal filed 09/30/2026   Request BCH-PA-26-0902-18840
The denial is upheld. The member has not completed a course of outpatient physical therapy. In-network options:
Riverbend Outpatient Rehabilitation and Acadiana Pain Associates.
Your right to a State Fair Hearing: you may ask for a State Fair Hearing no later than 120 calendar days from the
date of this notice, from the Louisiana Division of Administrative Law, Health and Hospitals Section, PO Box 44033,
Baton Rouge, LA 70804 (address FICTIONAL for this test set).
""",
    "clinical/physical-therapy-discharge-2026-05-29.txt": """
CAPITAL AREA PHYSICAL THERAPY (FICTIONAL) - DISCHARGE SUMMARY                             Date: 05/29/2026
Patient: Maya Thornquist-Obi   DOB 03/28/2006   Page 1 of 1
Episode: 11/03/2025 to 05/29/2026, 26 visits, CRPS right foot.
Treatment: desensitization, graded motor imagery, mirror therapy, graded weight bearing, home program.
Outcome: plateaued after visit 20; still on crutches; pain 7/10. Discharge: referred to an intensive
interdisciplinary pain program.
""",
    "clinical/program-evaluation-2026-10-20.txt": """
CRESCENT CITY PAIN REHABILITATION PROGRAM (FICTIONAL) - INTERDISCIPLINARY EVALUATION        Date: 10/20/2026
Patient: Maya Thornquist-Obi   DOB 03/28/2006   Medical director: Odile Fontenot-Hayes, MD   Page 1 of 1
CRPS type I, right foot (G90.521), since a sprain 09/2025 (Budapest criteria met). Pain 7/10; walks 5 minutes with
crutches; PHQ-9 12; no suicidal ideation. Withdrew from the fall 2026 semester.
Medicines: gabapentin 300 mg three times daily 12/2025, stopped after 3 weeks for sedation; pregabalin 75 mg twice
daily since 02/2026, partial relief, continued; melatonin 3 mg at bedtime for sleep.
Pain psychology (CBT) 12 sessions 01/2026-06/2026. Outpatient PT 26 visits to 05/29/2026, plateaued.
Earlier: CRPS of the LEFT foot at age 15 (2021), resolved with 8 weeks of physical therapy.
Recommendation: 4 weeks of the day program (20 program days) from 01/11/2027.
""",
    "other/representative-call-log-2026-10-28.txt": """
ST. AURELIA CHILDREN'S HOSPITAL (FICTIONAL) - FINANCIAL COUNSELING CALL LOG      Kept by C. Marchand-Oyelaran
Page 1 of 1
10/28/2026 10:05  Riverbend Outpatient Rehabilitation (in network), intake: outpatient physical therapy only; no
                  interdisciplinary pain program; no pain psychology.
10/28/2026 10:40  Acadiana Pain Associates (in network), 60 miles: adult interventional pain clinic, injections and
                  medicines; no rehabilitation program.
10/28/2026 11:15  Call about patient D. Arceneaux (a different case) - not this appeal.
10/29/2026 09:20  Bayou Crescent member services, reference MS-1029-4471: no participating intensive
                  interdisciplinary pain program in Louisiana.
""",
    "other/authorized-representative-form-2026-10-29.txt": """
BAYOU CRESCENT HEALTH PLAN (FICTIONAL) - AUTHORIZED REPRESENTATIVE FORM                    Signed 10/29/2026
Member: Maya Thornquist-Obi   I name Celestine Marchand-Oyelaran, patient financial counselor at St. Aurelia
Children's Hospital, to act for me in my appeal and State Fair Hearing. Signed: Maya Thornquist-Obi.
""",
    "other/pt-evaluation-2021-left-foot-stale.txt": """
CAPITAL AREA PHYSICAL THERAPY (FICTIONAL) - INITIAL EVALUATION                            Date: 04/12/2021
Patient: Maya Thornquist-Obi   Left foot pain after a fall; CRPS suspected. [Earlier episode, other foot; resolved
06/2021.]
""",
}

TRUTH = """# 03 - Medicaid managed care, member aged 20: a 4-week interdisciplinary pain program for CRPS denied as a lower level of care and out of network; state fair hearing asked by the program's financial counselor (FICTIONAL)

All people, plans, hospitals, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Maya Thornquist-Obi, **20** (DOB 03/28/2006; she turns 21 on **03/28/2027**, after the whole program), in **Bayou
  Crescent Health Plan** (Healthy Louisiana Medicaid managed care), has **CRPS type I of the right foot (G90.521)**
  since 09/2025. Pain 7/10, crutches, walks 5 minutes, withdrew from the fall 2026 semester.
- Asked 09/02/2026: a **4-week (20 program days) intensive interdisciplinary pain rehabilitation day program** from
  01/11/2027 at St. Aurelia Children's Hospital (not in the plan's network). Notice of **09/14/2026**: (1) lower level
  of care (outpatient PT and psychology); (2) not in network, "in-network providers are available". Plan appeal
  upheld **10/26/2026**: "has not completed a course of outpatient physical therapy"; names Riverbend and Acadiana.
- The record: **26 PT visits 11/03/2025-05/29/2026**, discharged because she **plateaued**, referred on; **12 pain
  psychology sessions**. Riverbend does **outpatient physical therapy only**; Acadiana has **no rehabilitation
  program**; member services (**MS-1029-4471**) said no participating program exists in Louisiana.
- **Rules:** state fair hearing within **120 days** of the notice of resolution (42 CFR 438.408(f)(2)): **by
  02/23/2027**. EPSDT for a member under 21: **42 U.S.C. 1396d(r)(5)** (care needed to correct or ameliorate a
  condition). Out-of-network coverage when the network cannot provide a covered service: **42 CFR 438.206(b)(4)**.
  Medicaid parity for managed care: 42 CFR 438.910 (not MHPAEA's employer rules). No continued-benefits issue
  (a new request, `action: none`).
- **Author:** the program's patient financial counselor, named by Ms. Thornquist-Obi on 10/29/2026; writes about
  "Ms. Thornquist-Obi".

### Expected answers
{ANSWERS}

## Deliberately unknown
- The program's price or a single-case agreement rate: not in the case.
- Whether Louisiana's fee-for-service Medicaid covers such programs: not in the case; do not assert it.
- Whether the hearing office's address is current: the notice's (fictional) address is used.

## Traps
- **Two grounds, each answered:** level of care (record: outpatient care already given and plateaued) and network
  (no in-network program; the two names offer none) - never a network-gap claim that "no provider exists" anywhere.
- **A decision's wrong statement:** "has not completed a course of outpatient physical therapy".
- **Age:** 20 at every date; EPSDT applies. Not a "child"; she signs nothing in this letter but the authorization.
- **Intolerance:** gabapentin, 3 weeks, sedation - not an adequate trial. **Still taken:** pregabalin (partial).
- **Sleep:** melatonin is not a pain trial.
- **Earlier episode / stale document:** the 2021 left-foot episode and its PT evaluation (resolved) are not this
  episode and not a failure.
- **Other person:** the call log's 11:15 entry (D. Arceneaux) is another case.
- **Stage:** a fair hearing request goes to the hearing office, not to the plan "to be forwarded"; not a second plan
  appeal; no external review, no ERISA.

## Arguments a strong letter makes (strongest first)
1. The lower level of care was tried: 26 PT visits to 05/29/2026 (plateaued) and 12 pain psychology sessions; the
   resolution's statement is contradicted by the discharge summary.
2. The plan's own in-network names do not offer the service (Riverbend: outpatient PT only; Acadiana: no
   rehabilitation program; member services MS-1029-4471: none in Louisiana), so the plan must cover it out of network
   (42 CFR 438.206(b)(4)).
3. EPSDT (42 U.S.C. 1396d(r)(5)): she is 20, and the program is needed to ameliorate her condition.
4. The hearing is asked within 120 days of 10/26/2026.

## What a letter must NOT say
- "has not tried physical therapy"; "no in-network provider exists anywhere"; "the plan has no network".
- "failed gabapentin" as an adequate trial; "stopped pregabalin"; melatonin as a trial; "failed physical therapy in
  2021"; "Arceneaux".
- "ERISA", "29 CFR 2560.503-1", "45 CFR 147.136", "external review", "MHPAEA" as employer-plan law, "CHIP".
- "within 90 days" for the hearing; "the state sets between 90 and 120 days"; a price.
"""

ANSWERS = [
    ("Plan type", "plan_type: medicaid", "case.yaml"),
    ("Delivery", "delivery: managed_care", "case.yaml"),
    ("Date of the notice of appeal resolution", "NOTICE OF APPEAL RESOLUTION                     Date: 10/26/2026", "denial/notice-of-appeal-resolution-2026-10-26.txt"),
    ("Last day to ask for the fair hearing", "by 02/23/2027", "truth"),
    ("Physical therapy visits", "26 visits", "clinical/physical-therapy-discharge-2026-05-29.txt"),
    ("Physical therapy dates", "11/03/2025 to 05/29/2026", "clinical/physical-therapy-discharge-2026-05-29.txt"),
    ("Why physical therapy ended", "plateaued after visit 20", "clinical/physical-therapy-discharge-2026-05-29.txt"),
    ("Pain psychology sessions", "Pain psychology (CBT) 12 sessions", "clinical/program-evaluation-2026-10-20.txt"),
    ("What Riverbend offers", "outpatient physical therapy only", "other/representative-call-log-2026-10-28.txt"),
    ("What Acadiana offers", "no rehabilitation program", "other/representative-call-log-2026-10-28.txt"),
    ("Member services reference", "MS-1029-4471", "other/representative-call-log-2026-10-28.txt"),
    ("EPSDT citation", "42 U.S.C. 1396d(r)(5)", "truth"),
    ("Out-of-network rule", "42 CFR 438.206(b)(4)", "truth"),
    ("Her 21st birthday", "03/28/2027", "truth"),
    ("Why gabapentin stopped", "stopped after 3 weeks for sedation", "clinical/program-evaluation-2026-10-20.txt"),
    ("Length of the program", "4 weeks of the day program (20 program days)", "clinical/program-evaluation-2026-10-20.txt"),
]
