"""Cases 03-04 of the FICTIONAL blind review set 22 (issue 18), imported by cases_a.py. Every person, plan,
provider, number and address is invented."""

# ---------------------------------------------------------------------------------------------------------------
# 03 - separate CHIP (managed care), member 15: residential treatment continued stay denied; state review; father
# ---------------------------------------------------------------------------------------------------------------
C03_YAML = """
# FICTIONAL CASE (set 22, case 03) - every person, plan, provider, number and address is invented.
# Separate CHIP managed care plan, member aged 15: residential treatment authorized 09/10-10/07/2026; continued stay
# 10/08-11/05/2026 denied ("no self-harm or safety events in the past 14 days"; "PHP available in network"). The
# record shows an interrupted ligature attempt on 10/03/2026 with 1:1 observation to 10/06, and the only in-network
# adolescent PHP had no opening until 11/09/2026. The plan upheld the denial on 11/12/2026; the father asks for
# the state's review (30 days).
patient:
  name: Mateo Sorensen-Abara
  salutation: Mateo
  date_of_birth: 2011-02-27
  member_id: FICT-FRK-2209817734
  address: |-
    1406 Wren Meadow Drive
    Larkspur Falls, CO 80909
  phone: (719) 555-0136
  email: rafael.sa@familymail.example
insurer:
  name: Front Range Kids Health Plan (FICTIONAL), a managed care plan of the state's Children's Health Insurance Program
  appeals_address: |-
    Front Range Kids Health Plan, Appeals and Grievances
    PO Box 31772
    Larkspur Falls, CO 80901
  fax: (719) 555-0149
claim:
  number: FRK-26-1007-CS2281
  plan_type: chip
  delivery: managed_care
  notice_date: 2026-10-07
  service_dates: [2026-10-08, 2026-11-05]
  setting: residential
  procedure_codes: [H0019]
  revenue_codes: ["1001"]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    Continued residential treatment from 10/08/2026 is denied. Criterion 2(a) is not met: there have been no
    self-harm or safety events in the past 14 days. The member can be safely treated in a partial hospitalization
    program, which is available in network.
  denial_category: medical_necessity
  denial_reasons: [level_of_care]
  reviewer: {name: "Carl Thibodeaux, MD", specialty: family medicine}
  action: end
plan_policy:
  name: Front Range Kids Level of Care Guideline LOC-RTC-Y (2026), residential treatment, continued stay
  number: LOC-RTC-Y
  quote: >-
    2. Continued stay. Continued residential treatment is appropriate when the member continues to meet admission
    criteria and ANY ONE of the following is documented: (a) self-harm, suicidal behavior, or a safety event
    requiring 1:1 observation or restraint within the past 14 days; (b) a less intensive level of care that could
    safely meet the member's needs is not available; (c) active treatment is producing measurable progress toward
    the discharge goals and discharge now would likely reverse it.
  file: other/loc-rtc-y-guideline-2026-excerpt.txt
payer_criteria:
  - criterion: "2(a) Self-harm, suicidal behavior, or a safety event requiring 1:1 observation or restraint within the past 14 days"
    how_met: >-
      On 10/03/2026, four days before the 10/07/2026 review, staff interrupted Mateo with a ligature around his
      neck; he was kept on 1:1 observation from 10/03 through 10/06/2026. On 10/19/2026 he scratched his forearm
      (superficial self-harm).
    met: true
    evidence:
      - {file: clinical/rtc-incident-report-2026-10-03.txt, page: 1}
      - {file: clinical/rtc-weekly-summary-2026-10-06.txt, page: 1}
  - criterion: "2(b) A less intensive level of care that could safely meet the member's needs is not available"
    how_met: >-
      Aspen Hollow, the plan's in-network adolescent partial hospitalization program, received the referral on
      10/08/2026 and gave 11/09/2026 as its first admission date; Mateo was discharged on 11/06/2026 and began
      there on 11/09/2026.
    met: true
    evidence:
      - {file: other/aspen-hollow-waitlist-letter-2026-10-09.txt, page: 1}
      - {file: clinical/rtc-discharge-summary-2026-11-06.txt, page: 1}
  - criterion: "2(c) Active treatment is producing measurable progress toward the discharge goals and discharge now would likely reverse it"
    how_met: >-
      PHQ-A 19 on 10/07/2026 and 12 on 11/05/2026; the attending psychiatrist's note of 10/08/2026 says discharge
      without a step-down program would likely reverse the gains.
    met: true
    evidence:
      - {file: clinical/rtc-weekly-summary-2026-10-06.txt, page: 1}
      - {file: clinical/rtc-discharge-summary-2026-11-06.txt, page: 1}
alternatives:
  - treatment: Partial hospitalization
    level: partial hospitalization
    name: Aspen Hollow Adolescent Day Program (in network)
    first_opening: 2026-11-09
    why_not: >-
      Referral received 10/08/2026; no opening until 11/09/2026, after the last day denied (11/05/2026).
    proof: other/aspen-hollow-waitlist-letter-2026-10-09.txt
decisions:
  - date: 2026-11-12
    outcome: denied
    stage: plan appeal
    opens: state review
    next_deadline: 2026-12-12
    reason: >-
      The denial of continued residential treatment from 10/08/2026 is upheld. The records reviewed (weekly treatment
      summaries 09/10/2026 through 10/07/2026) document no self-harm or safety events in the 14 days before
      10/07/2026. Partial hospitalization is available at an in-network program.
    corrections:
      - said: document no self-harm or safety events in the 14 days before 10/07/2026
        record: >-
          The weekly summary for 09/30-10/06/2026 and the incident report record an interrupted ligature attempt on
          10/03/2026, with 1:1 observation from 10/03 through 10/06/2026
        file: clinical/rtc-incident-report-2026-10-03.txt
        page: 1
      - said: Partial hospitalization is available at an in-network program
        record: >-
          The plan's only in-network adolescent partial hospitalization program, Aspen Hollow, had no opening until
          11/09/2026
        file: other/aspen-hollow-waitlist-letter-2026-10-09.txt
        page: 1
external_review:
  agency: Colorado Department of Health Care Policy and Financing, CHIP State Review
  address: |-
    CHIP State Review (address FICTIONAL)
    Department of Health Care Policy and Financing
    PO Box 90417
    Denver, CO 80291
  final_denial_date: 2026-11-12
record_dates:
  - {file: clinical/rtc-discharge-summary-2026-11-06.txt, date: 2026-11-06}
treatment:
  name: Adolescent residential treatment
  summary: >-
    Residential psychiatric treatment for an adolescent with severe recurrent depression and recent suicidal
    behavior: individual, family and group therapy, school, 24-hour supervision and daily psychiatric care.
clinical:
  severity: PHQ-A 24 on 09/10/2026 (admission); PHQ-A 19 on 10/07/2026; PHQ-A 12 on 11/05/2026
  severity_date: 2026-11-05
  suicidality: attempt
  suicidality_date: 2026-10-03
  response: PHQ-A 24 at admission, 19 at the 10/07/2026 review, 12 on 11/05/2026
  response_level: partial
  history:
    - drug: Sertraline
      dose: 50 mg, then 100 mg daily
      start: 2023-03
      end: 2024-06
      outcome: Remission in his first episode (2023); tapered off in June 2024
      response: remission
      evidence: {file: clinical/rtc-discharge-summary-2026-11-06.txt, page: 1}
    - drug: Outpatient cognitive behavioral therapy (weekly)
      dose: 28 sessions
      start: 2026-01
      end: 2026-08
      kind: psychotherapy
      sessions: 28
      outcome: No lasting improvement; worsening from May 2026
      response: none
      evidence: {file: clinical/rtc-discharge-summary-2026-11-06.txt, page: 1}
    - drug: Fluoxetine
      dose: 20 mg, then 40 mg daily
      start: 2026-06
      ongoing: true
      outcome: Continues; partial response
      response: partial
      evidence: {file: clinical/rtc-discharge-summary-2026-11-06.txt, page: 1}
    - drug: Aripiprazole
      dose: 2 mg daily
      start: 2026-08
      end: 2026-08
      outcome: Stopped after 3 weeks for akathisia
      adequate: false
      kind: augmentation
      evidence: {file: clinical/rtc-discharge-summary-2026-11-06.txt, page: 1}
    - drug: Melatonin
      dose: 3 mg at bedtime
      start: 2026-09
      ongoing: true
      kind: other
      outcome: For sleep
      evidence: {file: clinical/rtc-discharge-summary-2026-11-06.txt, page: 1}
impact:
  hospitalizations: Inpatient psychiatric unit 08/27/2026-09/09/2026 after an intentional overdose on 08/26/2026
  daily_life: Has not attended school since late August 2026 except the treatment center's school
author:
  name: Rafael Sorensen-Abara
  role: Father of the patient (parent of a minor)
  relation: parent
  address: |-
    1406 Wren Meadow Drive
    Larkspur Falls, CO 80909
  phone: (719) 555-0136
  email: rafael.sa@familymail.example
provider:
  name: Ines Valderrama-Koch
  credentials: MD, child and adolescent psychiatry
  npi: "1720936487"
  phone: (719) 555-0152
  address: |-
    Juniper Ridge Adolescent Treatment Center, 88 Canyon Spur Road
    Larkspur Falls, CO 80908
template: external-review-request
bates_prefix: SORENSENABARA
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

C03_DOCS = {
    "denial/concurrent-review-denial-2026-10-07.txt": """
FRONT RANGE KIDS HEALTH PLAN (FICTIONAL) - Children's Health Insurance Program managed care plan
NOTICE OF ADVERSE BENEFIT DETERMINATION (concurrent review)        Date: 10/07/2026        Page 1

Member: Mateo Sorensen-Abara   DOB 02/27/2011   Member ID: FICT-FRK-2209817734
Parent: Rafael Sorensen-Abara    Facility: Juniper Ridge Adolescent Treatment Center
Reference: FRK-26-1007-CS2281    Service: residential treatment (H0019, revenue code 1001)
Authorized: 09/10/2026 through 10/07/2026 (28 days)

Decision: Continued residential treatment from 10/08/2026 is denied. Criterion 2(a) is not met: there have been
no self-harm or safety events in the past 14 days. The member can be safely treated in a partial hospitalization
program, which is available in network.
Criteria used: Front Range Kids Level of Care Guideline LOC-RTC-Y (2026), section 2 (continued stay).
Reviewer: Carl Thibodeaux, MD (family medicine).

Your right to appeal: you may ask us for an appeal within 60 days of the date of this notice. If you are not
satisfied with our appeal decision, you may ask the State for a review.
""",
    "denial/plan-appeal-decision-2026-11-12.txt": """
FRONT RANGE KIDS HEALTH PLAN (FICTIONAL)
NOTICE OF APPEAL RESOLUTION                                   Date: 11/12/2026             Page 1

Member: Mateo Sorensen-Abara    Reference: FRK-26-1007-CS2281    Appeal received: 10/12/2026
Issue: residential treatment days 10/08/2026 through 11/05/2026 (discharged 11/06/2026)

Decision: The denial of continued residential treatment from 10/08/2026 is upheld. The records reviewed (weekly
treatment summaries 09/10/2026 through 10/07/2026) document no self-harm or safety events in the 14 days before
10/07/2026. Partial hospitalization is available at an in-network program.
Reviewer: Carl Thibodeaux, MD (family medicine).

Your right to a State review: if you disagree, you or your representative may ask the State to review this
decision within 30 days of the date of this notice. Write to: CHIP State Review (address FICTIONAL), Department of
Health Care Policy and Financing, PO Box 90417, Denver, CO 80291. The State's review is independent of the plan.
""",
    "other/loc-rtc-y-guideline-2026-excerpt.txt": """
FRONT RANGE KIDS HEALTH PLAN (FICTIONAL) - LEVEL OF CARE GUIDELINE LOC-RTC-Y (2026), excerpt       Page 1
Residential treatment for children and adolescents

1. Admission. (not reproduced here)
2. Continued stay. Continued residential treatment is appropriate when the member continues to meet admission
criteria and ANY ONE of the following is documented: (a) self-harm, suicidal behavior, or a safety event
requiring 1:1 observation or restraint within the past 14 days; (b) a less intensive level of care that could
safely meet the member's needs is not available; (c) active treatment is producing measurable progress toward the
discharge goals and discharge now would likely reverse it.
3. Reviews are made by a physician or psychologist with experience in the care of children and adolescents.
""",
    "clinical/rtc-incident-report-2026-10-03.txt": """
JUNIPER RIDGE ADOLESCENT TREATMENT CENTER (FICTIONAL) - INCIDENT REPORT        Date: 10/03/2026      Page 1

Resident: Mateo Sorensen-Abara    DOB 02/27/2011    Time: 9:40 pm    Location: residence hall bathroom
What happened: night staff found Mateo with a ligature (a torn towel strip) around his neck and removed it at
once. No loss of consciousness; no marks requiring treatment. Nurse and on-call psychiatrist notified.
Assessment (C-SSRS, on-call psychiatrist): active suicidal ideation with intent; interrupted attempt.
Action: 1:1 observation started 10/03/2026 at 9:45 pm; continued through 10/06/2026; parent notified 10/03.
""",
    "clinical/rtc-weekly-summary-2026-10-06.txt": """
JUNIPER RIDGE ADOLESCENT TREATMENT CENTER (FICTIONAL) - WEEKLY TREATMENT SUMMARY, 09/30-10/06/2026    Page 1

Resident: Mateo Sorensen-Abara    Attending: Ines Valderrama-Koch, MD (child and adolescent psychiatry)
Safety: 10/03/2026 safety event: ligature attempt, interrupted by staff (see incident report); 1:1 observation
10/03 through 10/06/2026. Active suicidal ideation 10/03-10/04; passive ideation 10/05-10/06.
Measures: PHQ-A 19 on 10/07/2026 (24 at admission 09/10/2026).
Group therapy this week (unit roster, initials only): M.S.-A., J.T., A.M., R.K., D.L.
Attending's note 10/08/2026: making measurable progress in DBT skills and family sessions; discharge without a
step-down program would likely reverse the gains. Referral to Aspen Hollow Adolescent Day Program sent 10/08/2026.
""",
    "clinical/rtc-discharge-summary-2026-11-06.txt": """
JUNIPER RIDGE ADOLESCENT TREATMENT CENTER (FICTIONAL) - DISCHARGE SUMMARY      Date: 11/06/2026      Page 1

Resident: Mateo Sorensen-Abara   DOB 02/27/2011   Admitted 09/10/2026   Discharged 11/06/2026
Attending: Ines Valderrama-Koch, MD (child and adolescent psychiatry)
Diagnosis: F33.2 major depressive disorder, recurrent, severe, without psychotic features.
Before admission: intentional overdose on 08/26/2026; inpatient psychiatric unit 08/27/2026-09/09/2026; stepped
down to residential care. Had not attended school since late August 2026.

History: first depressive episode 2023 (age 12), remission on sertraline 50-100 mg (March 2023 - June 2024,
tapered off). Weekly outpatient CBT January - August 2026 (28 sessions): no lasting improvement, worsening from
May. Fluoxetine since June 2026, 40 mg since August: continues; partial response. Aripiprazole 2 mg in August
2026 stopped after 3 weeks for akathisia. Melatonin 3 mg at bedtime for sleep.

Course: interrupted ligature attempt 10/03/2026 with 1:1 observation through 10/06/2026. Superficial scratching of
the left forearm on 10/19/2026 (first aid only). No safety events after 10/19/2026. PHQ-A 24 (09/10), 19 (10/07),
12 (11/05/2026). Denies suicidal ideation at discharge.
Discharge: to Aspen Hollow Adolescent Day Program (partial hospitalization), first available admission
11/09/2026; fluoxetine 40 mg and melatonin continue.
""",
    "other/aspen-hollow-waitlist-letter-2026-10-09.txt": """
ASPEN HOLLOW ADOLESCENT DAY PROGRAM (FICTIONAL) - partial hospitalization, in network with Front Range Kids
Date: 10/09/2026                                                                                Page 1

To: Juniper Ridge Adolescent Treatment Center, discharge planning
Re: Mateo Sorensen-Abara (DOB 02/27/2011)
We received your referral on 10/08/2026. Our adolescent program is full. The first available admission date we can
offer is 11/09/2026. We will hold that date for Mateo.
""",
    "other/school-504-plan-2026-03.txt": """
LARKSPUR FALLS SCHOOL DISTRICT (FICTIONAL) - SECTION 504 PLAN REVIEW       Reviewed: 03/12/2026       Page 1

Student: Mateo Sorensen-Abara    Grade 9
Attendance: attends full days. Accommodations: extended time on tests; a quiet room when anxious.
Next review: March 2027.
""",
}

C03_TRUTH = """
# 03 - Separate CHIP, member 15: residential continued stay denied on "no safety events in 14 days"; an interrupted ligature attempt 4 days earlier and no PHP opening; state review (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Mateo Sorensen-Abara, **15** (DOB 02/27/2011), member of **Front Range Kids Health Plan**, a managed care plan of
  Colorado's **separate CHIP** (not Medicaid). F33.2.
- Intentional overdose 08/26/2026; inpatient unit 08/27-09/09/2026; **residential treatment** at Juniper Ridge from
  09/10/2026, authorized through 10/07/2026. Concurrent review **10/07/2026** denied continued stay from 10/08
  ("Criterion 2(a) is not met: ... no self-harm or safety events in the past 14 days"; "PHP ... available in
  network"). Reviewer: family medicine.
- The record: **10/03/2026**, 4 days before the review, an **interrupted ligature attempt** (C-SSRS: active ideation
  with intent; interrupted attempt), **1:1 observation 10/03-10/06/2026**, in the incident report and in the weekly
  summary the plan says it reviewed. Superficial forearm scratching on **10/19/2026** (during the denied days).
- LOC-RTC-Y section 2 needs **ANY ONE** of (a), (b), (c). (a) is met (10/03 event within 14 days of 10/07); (b) is
  met (Aspen Hollow, the in-network adolescent PHP, got the referral 10/08 and had **no opening until
  11/09/2026**, after the last denied day 11/05/2026); (c) is arguably met (PHQ-A 19 -> 12; attending's note).
- Days denied: **10/08/2026 through 11/05/2026** (29 days); discharged 11/06/2026 to Aspen Hollow, started 11/09.
- The plan's appeal decision **11/12/2026** upheld, repeating "no self-harm or safety events" and "PHP is available".
  Next level: **the State's review** of a CHIP plan decision (42 CFR 457.1130(b) through 457.1260), asked **within
  30 days of 11/12/2026, by 12/12/2026** (a Saturday: file by Friday 12/11 to be safe). Author: the father, parent
  of a minor (no separate authorization needed).

## Deliberately unknown
- LOC-RTC-Y's admission criteria (section 1, not reproduced): the decision did not question them; a letter must not
  claim each admission criterion met by name.
- What the plan pays per day and any cost sharing (not in the case).
- Whether the plan ever saw the incident report itself (it says it read the weekly summaries, which name the event).

## Traps
- **The decision's stated facts** ("no self-harm or safety events in the 14 days before 10/07/2026"; "PHP is
  available") are contradicted by the record. A letter that repeats them is FALSE.
- **CHIP is not Medicaid**: no EPSDT, no "state fair hearing", no continued benefits during the appeal (438.420),
  no Medicaid parity rule cited as Medicaid's. The level is the State's review.
- **Residential is not inpatient or hospital care**: never call the stay inpatient/hospitalization (the August
  inpatient stay is a different, earlier stay).
- **Trials**: fluoxetine continues with a partial response (never "failed"); aripiprazole 3 weeks was not adequate;
  melatonin is for sleep; sertraline 2023-24 brought **remission in his first episode** (not a failure); CBT is
  psychotherapy (28 sessions), never counted as a medication trial. The appeal does not turn on a trial count.
- **Stale school 504 plan (03/2026)** says "attends full days": he has not attended school since late August 2026.
- **Other residents** are on the weekly summary's group roster (initials): never named or mentioned.
- **Improvement is partial** (PHQ-A 24 -> 12 by 11/05): do not call him recovered; do not treat improvement as the
  reason the stay was unnecessary.
- **Voice**: the father writes "my son" / Mateo; the denial is of days already given (post-service now), nothing
  is pending.

## Arguments a strong letter makes (strongest first)
1. The plan's own guideline is met on the very criterion the denial named: LOC-RTC-Y 2(a) asks for self-harm,
   suicidal behavior or a safety event with 1:1 observation **within the past 14 days**; on **10/03/2026** (4 days
   before the 10/07 review) staff interrupted a ligature attempt and kept him on 1:1 observation through 10/06
   (incident report; weekly summary). The decisions' "no self-harm or safety events" is contradicted by the record.
2. Criterion 2(b) is met too (any one suffices): the in-network PHP the plan pointed to had **no opening until
   11/09/2026**, after the last day denied (11/05/2026); he stepped down the first day it could take him.
3. Ask the State to reverse the denial for 10/08-11/05/2026; supporting: the reviewer was a family physician, while
   the guideline's own section 3 and the condition call for a child and adolescent psychiatrist or psychologist;
   2(c) progress (PHQ-A 19 -> 12) with the attending's note.

## What a letter must NOT say
- "no safety events in the 14 days before the review", "PHP was available", "inpatient"/"hospital stay" for the
  residential days.
- "EPSDT", "fair hearing", "42 CFR 438.420"/"continue benefits during the appeal", "ERISA", "45 CFR 147.136",
  "Medicaid" as the program.
- "failed fluoxetine", "failed sertraline", aripiprazole as an adequate trial, melatonin as a trial, "attends
  school full days", any other resident's initials.
"""

C03_EXPECT = [
    ("denial/concurrent-review-denial-2026-10-07.txt", "Criterion 2(a) is not met"),
    ("denial/concurrent-review-denial-2026-10-07.txt", "09/10/2026 through 10/07/2026"),
    ("denial/concurrent-review-denial-2026-10-07.txt", "family medicine"),
    ("denial/plan-appeal-decision-2026-11-12.txt", "document no self-harm or safety events in the 14 days before"),
    ("denial/plan-appeal-decision-2026-11-12.txt", "within 30 days of the date of this notice"),
    ("denial/plan-appeal-decision-2026-11-12.txt", "10/08/2026 through 11/05/2026"),
    ("other/loc-rtc-y-guideline-2026-excerpt.txt", "ANY ONE of the following"),
    ("other/loc-rtc-y-guideline-2026-excerpt.txt", "experience in the care of children and adolescents"),
    ("clinical/rtc-incident-report-2026-10-03.txt", "interrupted attempt"),
    ("clinical/rtc-incident-report-2026-10-03.txt", "continued through 10/06/2026"),
    ("clinical/rtc-weekly-summary-2026-10-06.txt", "10/03/2026 safety event"),
    ("clinical/rtc-weekly-summary-2026-10-06.txt", "unit roster, initials only"),
    ("clinical/rtc-weekly-summary-2026-10-06.txt", "would likely reverse the gains"),
    ("clinical/rtc-discharge-summary-2026-11-06.txt", "remission on sertraline"),
    ("clinical/rtc-discharge-summary-2026-11-06.txt", "continues; partial response"),
    ("clinical/rtc-discharge-summary-2026-11-06.txt", "stopped after 3 weeks for akathisia"),
    ("clinical/rtc-discharge-summary-2026-11-06.txt", "10/19/2026"),
    ("clinical/rtc-discharge-summary-2026-11-06.txt", "12 (11/05/2026)"),
    ("other/aspen-hollow-waitlist-letter-2026-10-09.txt", "first available admission date we can offer is 11/09/2026"),
    ("other/school-504-plan-2026-03.txt", "attends full days"),
]

# ---------------------------------------------------------------------------------------------------------------
# 04 - Medicaid managed care, member aged 20: step therapy for Auvelity; state fair hearing; psychiatric NP
# ---------------------------------------------------------------------------------------------------------------
C04_YAML = """
# FICTIONAL CASE (set 22, case 04) - every person, plan, provider, number and address is invented.
# Medicaid managed care, member aged 20: Auvelity denied under step rule ST-AD-09 ("two generic antidepressants of
# two classes, 6 weeks each, within 24 months; pharmacy claims or chart notes"). The plan saw only bupropion XL in
# its own pharmacy claims; the sertraline trial of 10/2024-03/2025 was paid by her father's former employer plan.
# Its records (released 11/03 and 11/09/2026) came after the plan's appeal resolution of 10/16/2026. Her treating
# psychiatric nurse practitioner asks for the state fair hearing (120 days).
patient:
  name: Imani Castellanos-Reed
  salutation: Ms. Castellanos-Reed
  date_of_birth: 2006-04-22
  member_id: FICT-VAM-771042998
  address: |-
    312 Sycamore Ferry Road, Apt 4
    Rivanna Falls, VA 22903
  phone: (434) 555-0119
  email: imani.cr@homemail.example
insurer:
  name: Blue Ridge Community Health Plan (FICTIONAL), a Medicaid managed care plan
  appeals_address: |-
    Blue Ridge Community Health Plan, Member Appeals
    PO Box 26610
    Rivanna Falls, VA 22906
  fax: (434) 555-0181
claim:
  number: BRC-RX-26-0814-7713
  plan_type: medicaid
  delivery: managed_care
  notice_date: 2026-08-20
  diagnosis_codes: [F33.1]
  denial_reason: >-
    Criterion 2 is not met. Pharmacy claims show one antidepressant (bupropion XL). A second antidepressant trial
    is not documented.
  denial_category: step_therapy
  action: none
plan_policy:
  name: Blue Ridge Community Health Plan Preferred Drug List criteria ST-AD-09 (2026), Auvelity
  number: ST-AD-09
  quote: >-
    Auvelity (dextromethorphan-bupropion extended-release) is approved when ALL of the following are met: (1) a
    diagnosis of major depressive disorder in a member 18 years of age or older; (2) a documented trial of at least
    two generic antidepressants from two different classes, each at an adequate dose for at least 6 weeks, with an
    inadequate response, within the past 24 months. Trials may be documented by pharmacy claims or by chart notes;
    (3) prescribed by or in consultation with a psychiatrist or a psychiatric nurse practitioner. Approval: 12
    months.
  file: other/st-ad-09-criteria-2026.txt
payer_criteria:
  - criterion: "(1) A diagnosis of major depressive disorder in a member 18 years of age or older"
    how_met: Major depressive disorder, recurrent, moderate (F33.1); she is 20 (born 04/22/2006).
    met: true
    evidence: {file: clinical/rivanna-nursing-psychiatry-notes-2026-11-18.txt, page: 1}
  - criterion: >-
      (2) A documented trial of at least two generic antidepressants from two different classes, each at an
      adequate dose for at least 6 weeks, with an inadequate response, within the past 24 months (pharmacy claims
      or chart notes)
    how_met: >-
      Sertraline (an SSRI) 150 mg daily from November 2024, about 24 weeks in all (October 2024 - March 2025), with
      a partial response that plateaued, then stopped; bupropion XL (an NDRI) 300 mg daily since October 2025, a
      partial response, still taken. Both are within the 24 months before the request of 08/14/2026.
    met: true
    evidence:
      - {file: clinical/shenandoah-psychiatry-records-2024-2025.txt, page: 1}
      - {file: other/commonwealth-mutual-pharmacy-claims-2026-11-03.txt, page: 1}
      - {file: clinical/rivanna-nursing-psychiatry-notes-2026-11-18.txt, page: 1}
  - criterion: "(3) Prescribed by or in consultation with a psychiatrist or a psychiatric nurse practitioner"
    how_met: Prescribed by her treating psychiatric-mental health nurse practitioner (PMHNP-BC).
    met: true
    evidence: {file: clinical/rivanna-nursing-psychiatry-notes-2026-11-18.txt, page: 1}
decisions:
  - date: 2026-10-16
    outcome: denied
    stage: plan appeal
    opens: state fair hearing
    next_deadline: 2027-02-13
    reason: >-
      Upheld. Our pharmacy claims show bupropion XL 150-300 mg since 09/2025 only. The chart notes sent with the
      appeal (Rivanna Behavioral Health, 08/2025-08/2026) mention a prior sertraline trial but give no dates or dose.
      Criterion 2 requires a documented trial.
external_review:
  agency: Virginia Department of Medical Assistance Services, Appeals Division
  address: |-
    Department of Medical Assistance Services, Appeals Division (address FICTIONAL)
    600 East Broad Street
    Richmond, VA 23219
  final_denial_date: 2026-10-16
record_dates:
  - {file: other/commonwealth-mutual-pharmacy-claims-2026-11-03.txt, date: 2026-11-03}
  - {file: clinical/shenandoah-psychiatry-records-2024-2025.txt, date: 2025-03-20, released: 2026-11-09}
  - {file: clinical/rivanna-nursing-psychiatry-notes-2026-11-18.txt, date: 2026-11-18}
treatment:
  name: Auvelity (dextromethorphan-bupropion ER)
  summary: >-
    Auvelity 45 mg/105 mg extended-release tablets, one daily for three days and then twice daily, in place of her
    bupropion XL, for major depressive disorder with an inadequate response to two antidepressants.
  plan: >-
    Stop bupropion XL the day Auvelity starts (one tablet daily for 3 days, then twice daily); PHQ-9 and blood
    pressure at 2, 6 and 12 weeks; stop if no response by week 12.
clinical:
  severity: PHQ-9 17 on 08/12/2026; PHQ-9 18 on 11/18/2026
  severity_date: 2026-11-18
  suicidality: none
  suicidality_date: 2026-11-18
  history:
    - drug: Fluoxetine
      dose: 20 mg daily
      start: 2021-03
      end: 2022-06
      outcome: Remission in an earlier episode (age 15)
      response: remission
      evidence: {file: clinical/shenandoah-psychiatry-records-2024-2025.txt, page: 1}
    - drug: Escitalopram
      dose: 10 mg daily
      start: 2024-09-03
      end: 2024-09-20
      outcome: Stopped after about 2.5 weeks for nausea
      adequate: false
      evidence: {file: clinical/shenandoah-psychiatry-records-2024-2025.txt, page: 1}
    - drug: Sertraline
      dose: 50 mg, then 150 mg daily from November 2024
      start: 2024-10
      end: 2025-03
      outcome: Partial response that plateaued (PHQ-9 20 to 14); stopped
      response: partial
      evidence: {file: clinical/shenandoah-psychiatry-records-2024-2025.txt, page: 1}
    - drug: Cognitive behavioral therapy
      dose: 16 weekly sessions
      start: 2025-02
      end: 2025-06
      kind: psychotherapy
      sessions: 16
      outcome: Some benefit; completed
      response: partial
      evidence: {file: clinical/shenandoah-psychiatry-records-2024-2025.txt, page: 1}
    - drug: Bupropion XL
      dose: 150 mg, then 300 mg daily from October 2025
      start: 2025-09
      ongoing: true
      outcome: Continues; partial response
      response: partial
      evidence: {file: clinical/rivanna-nursing-psychiatry-notes-2026-11-18.txt, page: 1}
    - drug: Trazodone
      dose: 50 mg at bedtime
      start: 2025-10
      ongoing: true
      kind: other
      outcome: For sleep
      evidence: {file: clinical/rivanna-nursing-psychiatry-notes-2026-11-18.txt, page: 1}
impact:
  work: Left her community college program in March 2026; works 12 hours a week
author:
  name: Priya Okafor-Lindahl
  role: Psychiatric-mental health nurse practitioner (PMHNP-BC), treating prescriber, authorized representative
  relation: prescriber
  address: |-
    Rivanna Behavioral Health, 140 Millrace Street
    Rivanna Falls, VA 22903
  phone: (434) 555-0127
  email: pokafor@rivanna-bh.example
  authorization: other/member-authorization-2026-08-27.txt
provider:
  name: Priya Okafor-Lindahl
  credentials: DNP, PMHNP-BC
  npi: "1864205731"
  phone: (434) 555-0127
  address: |-
    Rivanna Behavioral Health, 140 Millrace Street
    Rivanna Falls, VA 22903
template: external-review-request
bates_prefix: CASTELLANOSREED
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

C04_DOCS = {
    "denial/coverage-denial-2026-08-20.txt": """
BLUE RIDGE COMMUNITY HEALTH PLAN (FICTIONAL) - Medicaid managed care
NOTICE OF ADVERSE BENEFIT DETERMINATION (pharmacy prior authorization)     Date: 08/20/2026     Page 1

Member: Imani Castellanos-Reed    DOB 04/22/2006    Member ID: FICT-VAM-771042998
Request: Auvelity 45 mg/105 mg ER tablets, #60 per 30 days; received 08/14/2026 from Priya Okafor-Lindahl,
PMHNP-BC. Reference: BRC-RX-26-0814-7713.
Decision: denied under Preferred Drug List criteria ST-AD-09. Criterion 2 is not met. Pharmacy claims show one
antidepressant (bupropion XL). A second antidepressant trial is not documented.
Your right to appeal: ask us for an appeal within 60 days of the date of this notice. After our appeal decision
you may ask for a State fair hearing.
""",
    "denial/appeal-resolution-2026-10-16.txt": """
BLUE RIDGE COMMUNITY HEALTH PLAN (FICTIONAL)
NOTICE OF APPEAL RESOLUTION                                  Date: 10/16/2026           Page 1

Member: Imani Castellanos-Reed   Reference: BRC-RX-26-0814-7713   Appeal filed 08/28/2026 by Priya Okafor-Lindahl,
PMHNP-BC, with the member's written consent.
Decision: Upheld. Our pharmacy claims show bupropion XL 150-300 mg since 09/2025 only. The chart notes sent with
the appeal (Rivanna Behavioral Health, 08/2025-08/2026) mention a prior sertraline trial but give no dates or
dose. Criterion 2 requires a documented trial.
Reviewed by: Dana Whitfield-Orr, PharmD, clinical pharmacist.
Your right to a State fair hearing: you may ask for a State fair hearing no later than 120 calendar days from the
date of this notice. Send your request to the Department of Medical Assistance Services, Appeals Division
(address FICTIONAL), 600 East Broad Street, Richmond, VA 23219.
""",
    "other/st-ad-09-criteria-2026.txt": """
BLUE RIDGE COMMUNITY HEALTH PLAN (FICTIONAL) - PREFERRED DRUG LIST CRITERIA ST-AD-09 (2026)        Page 1
Auvelity (dextromethorphan-bupropion extended-release) is approved when ALL of the following are met:
(1) a diagnosis of major depressive disorder in a member 18 years of age or older;
(2) a documented trial of at least two generic antidepressants from two different classes, each at an adequate
dose for at least 6 weeks, with an inadequate response, within the past 24 months. Trials may be documented by
pharmacy claims or by chart notes;
(3) prescribed by or in consultation with a psychiatrist or a psychiatric nurse practitioner.
Approval: 12 months.
""",
    "clinical/shenandoah-psychiatry-records-2024-2025.txt": """
SHENANDOAH YOUTH AND FAMILY PSYCHIATRY (FICTIONAL) - RECORDS, 09/2024 - 03/2025   Released: 11/09/2026   Page 1

Patient: Imani Castellanos-Reed   DOB 04/22/2006   Psychiatrist: Henrik Aldana, MD
History: first depressive episode at 15 (2021): fluoxetine 20 mg March 2021 - June 2022, remission; stopped.
Current episode from summer 2024.
09/03/2024: escitalopram 10 mg started. 09/20/2024: stopped for nausea after about 2.5 weeks.
10/01/2024: sertraline 50 mg started; 11/05/2024 increased to 150 mg daily. PHQ-9 20 on 10/01/2024.
01/14/2025: sertraline 150 mg, PHQ-9 15, partial response. 02/2025 - 06/2025: weekly CBT (16 sessions).
03/20/2025: sertraline 150 mg for 19 weeks at that dose; PHQ-9 14, no further gain; plan to switch. Sertraline
stopped 03/2025. Passive suicidal ideation in October 2024, none since.
06/2025: family insurance ending 06/30/2025; referred for care under Medicaid.
""",
    "other/commonwealth-mutual-pharmacy-claims-2026-11-03.txt": """
COMMONWEALTH MUTUAL HEALTH (FICTIONAL) - PHARMACY CLAIMS HISTORY, family policy CMH-55120    Printed: 11/03/2026   Page 1
Subscriber: Hector Castellanos (coverage ended 06/30/2025)

Fill date    Member                      Drug                         Qty   Days
09/03/2024   Imani Castellanos-Reed      escitalopram 10 mg           30    30
10/01/2024   Imani Castellanos-Reed      sertraline 50 mg             30    30
10/15/2024   Hector Castellanos          atorvastatin 20 mg           90    90
11/05/2024   Imani Castellanos-Reed      sertraline 50 mg (3 daily)   90    30
12/04/2024   Imani Castellanos-Reed      sertraline 50 mg (3 daily)   90    30
01/06/2025   Imani Castellanos-Reed      sertraline 50 mg (3 daily)   90    30
01/20/2025   Hector Castellanos          atorvastatin 20 mg           90    90
02/05/2025   Imani Castellanos-Reed      sertraline 50 mg (3 daily)   90    30
03/06/2025   Imani Castellanos-Reed      sertraline 50 mg (3 daily)   90    30
""",
    "clinical/rivanna-nursing-psychiatry-notes-2026-11-18.txt": """
RIVANNA BEHAVIORAL HEALTH (FICTIONAL) - PSYCHIATRIC NURSE PRACTITIONER NOTE       Date: 11/18/2026      Page 1

Patient: Imani Castellanos-Reed   DOB 04/22/2006 (age 20)   Prescriber: Priya Okafor-Lindahl, DNP, PMHNP-BC
Diagnosis: F33.1 major depressive disorder, recurrent, moderate. Seen here since 08/2025.
Medications: bupropion XL 150 mg from 09/2025, 300 mg daily since 10/2025: continues, partial response (PHQ-9 16
at best). Trazodone 50 mg at bedtime since 10/2025, for sleep. Sertraline: stopped 03/2025 (records from Dr.
Aldana received 11/09/2026: 150 mg daily from 11/05/2024 to 03/2025, partial response).
PHQ-9 17 on 08/12/2026; PHQ-9 18 today. Denies suicidal ideation today.
Function: left community college in March 2026; works 12 hours a week.
Plan: Auvelity 45/105 mg, one daily for 3 days then twice daily, replacing bupropion XL; PHQ-9 and blood pressure
at 2, 6 and 12 weeks; stop if no response by week 12. Authorized representative for her fair hearing.
""",
    "other/member-authorization-2026-08-27.txt": """
BLUE RIDGE COMMUNITY HEALTH PLAN (FICTIONAL) - APPOINTMENT OF AN AUTHORIZED REPRESENTATIVE           Page 1
Member: Imani Castellanos-Reed   Member ID: FICT-VAM-771042998
I give my written consent for Priya Okafor-Lindahl, PMHNP-BC, of Rivanna Behavioral Health, to appeal for me and to
ask for a State fair hearing about the denial of Auvelity (reference BRC-RX-26-0814-7713), and to receive my
health information for that purpose.
Signed: Imani Castellanos-Reed (signature on file)     Date: 08/27/2026
""",
    "other/health-risk-assessment-2025-08.txt": """
BLUE RIDGE COMMUNITY HEALTH PLAN (FICTIONAL) - NEW MEMBER HEALTH RISK ASSESSMENT     Completed: 08/06/2025   Page 1
Member: Imani Castellanos-Reed
Current medications (as reported): sertraline 150 mg daily.
Behavioral health provider: none yet; referral to Rivanna Behavioral Health made.
""",
}

C04_TRUTH = """
# 04 - Medicaid managed care, member 20: Auvelity step therapy; the second trial was paid by a former family plan; state fair hearing by her psychiatric NP (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Imani Castellanos-Reed, **20** (DOB 04/22/2006: under 21 on every date here), Virginia Medicaid, enrolled in
  **Blue Ridge Community Health Plan** (managed care, pharmacy included). F33.1. Medicaid since 07/2025 after her
  father's employer coverage (Commonwealth Mutual) ended 06/30/2025.
- Request for **Auvelity** received 08/14/2026; denied **08/20/2026** under ST-AD-09 criterion 2 ("Pharmacy claims
  show one antidepressant"). The plan appeal (filed 08/28/2026 by the NP with her written consent) was upheld on
  **10/16/2026**: its claims show only bupropion; the chart notes it had "mention a prior sertraline trial but give
  no dates or dose". Reviewer: a PharmD.
- ST-AD-09 (2): two generic antidepressants of **two classes**, each **6 weeks** at an adequate dose, inadequate
  response, **within 24 months**; "pharmacy claims **or chart notes**".
- The records released **after** the decision show it: **sertraline** (SSRI) 150 mg daily from 11/05/2024 to
  03/2025 (19 weeks at 150 mg; about 24 weeks in all), PHQ-9 20 -> 14, partial response, stopped (the former
  psychiatrist's records, released 11/09/2026; Commonwealth Mutual's fills 10/01/2024-03/06/2025, printed
  11/03/2026). **Bupropion XL** (NDRI) 300 mg since 10/2025, **still taken**, partial response. Both within the 24
  months before 08/14/2026. Criteria (1) (age 18+) and (3) (psychiatric NP) are met.
- **EPSDT**: she is under 21, so the plan must cover care necessary to correct or ameliorate her condition (42 U.S.C.
  1396d(r)(5)).
- Next level: **state fair hearing**, no later than **120 calendar days** from the 10/16/2026 notice: by
  **02/13/2027** (42 CFR 438.408(f)(2)). Author: her treating **psychiatric-mental health nurse practitioner**
  (DNP, PMHNP-BC), her authorized representative by written consent (08/27/2026).

## Deliberately unknown
- Whether Auvelity will work for her (the plan has a 12-week stop rule).
- Whether the state's hearing office accepts the request by fax (the notice gives a mailing address only).
- Her pharmacy cost sharing (not in the case).

## Traps
- **Bupropion XL is still taken**: it counts under criterion 2 as an inadequate response, but a letter must never
  call it "failed" or say it was stopped; it will be stopped only when Auvelity starts (Auvelity contains
  bupropion).
- **Escitalopram 2.5 weeks** (nausea) is not an adequate trial; **trazodone 50 mg** is for sleep; **fluoxetine
  2021-22** brought remission in an earlier episode (age 15) and is outside the 24 months; **CBT** is
  psychotherapy, not an antidepressant trial. The count that meets criterion 2 is two: sertraline and bupropion.
- **Stale health risk assessment (08/2025)** lists "sertraline 150 mg daily" as current: she stopped it 03/2025.
  Never say she takes sertraline.
- **Another person on a document**: the Commonwealth Mutual printout lists her father's atorvastatin fills; never
  mention them.
- **Records after the decision**: the former psychiatrist's records (released 11/09/2026) and the printout (11/03/2026)
  were never before the plan's reviewer; the decision's statement about the chart notes it had is accurate for what
  it had (a letter must not say the plan ignored dated records it had).
- **Voice**: a nurse practitioner writes as her treating psychiatric nurse practitioner; never "Dr. Okafor-Lindahl",
  "physician" or "psychiatrist" (she holds a DNP, but is not a physician).
- **Wrong law**: Medicaid managed care (42 CFR 438); not ERISA, not 45 CFR 147.136, not Part D rules (423.578),
  not "the state sets 90 to 120 days", not continued benefits (a new drug: 438.420 does not apply).

## Arguments a strong letter makes (strongest first)
1. Criterion 2 is met: **sertraline** (SSRI, 150 mg from 11/05/2024 to 03/2025, partial response) and **bupropion
   XL** (NDRI, 300 mg since 10/2025, partial response, still taken) are two antidepressants of different classes,
   each well over 6 weeks at an adequate dose, within 24 months; the plan's own rule accepts chart notes, and the
   records dated or released after its 10/16/2026 decision (former psychiatrist's records; former insurer's fills)
   give the dates and doses it said were missing. Sertraline is missing from the plan's claims only because a
   former family plan paid for it.
2. Criteria (1) and (3) are met (age 20 with MDD; prescribed by a psychiatric NP), so every criterion of ST-AD-09 is
   met.
3. She is under 21: EPSDT requires coverage of medically necessary treatment to correct or ameliorate her depression
   (PHQ-9 18; left college), whatever a step rule says. Ask the hearing officer to order approval for 12 months.

## What a letter must NOT say
- "failed bupropion", "bupropion was stopped", "failed three/four antidepressants", escitalopram as an adequate
  trial, trazodone as a trial, fluoxetine as a failure, "she currently takes sertraline".
- Anything about Hector Castellanos's prescriptions.
- "Dr. Okafor-Lindahl", "as her physician/psychiatrist".
- "ERISA", "45 CFR 147.136", "external review", "42 CFR 423.578", "Part D", "the state sets between 90 and 120
  days", "continue benefits during the appeal".
"""

C04_EXPECT = [
    ("denial/coverage-denial-2026-08-20.txt", "Criterion 2 is not met"),
    ("denial/coverage-denial-2026-08-20.txt", "received 08/14/2026"),
    ("denial/appeal-resolution-2026-10-16.txt", "give no dates or dose"),
    ("denial/appeal-resolution-2026-10-16.txt", "no later than 120 calendar days from the date of this notice"),
    ("denial/appeal-resolution-2026-10-16.txt", "PharmD"),
    ("other/st-ad-09-criteria-2026.txt", "Trials may be documented by pharmacy claims or by chart notes"),
    ("other/st-ad-09-criteria-2026.txt", "within the past 24 months"),
    ("clinical/shenandoah-psychiatry-records-2024-2025.txt", "11/05/2024 increased to 150 mg daily"),
    ("clinical/shenandoah-psychiatry-records-2024-2025.txt", "stopped for nausea after about 2.5 weeks"),
    ("clinical/shenandoah-psychiatry-records-2024-2025.txt", "fluoxetine 20 mg March 2021 - June 2022, remission"),
    ("clinical/shenandoah-psychiatry-records-2024-2025.txt", "Released: 11/09/2026"),
    ("other/commonwealth-mutual-pharmacy-claims-2026-11-03.txt", "coverage ended 06/30/2025"),
    ("other/commonwealth-mutual-pharmacy-claims-2026-11-03.txt", "Hector Castellanos          atorvastatin"),
    ("clinical/rivanna-nursing-psychiatry-notes-2026-11-18.txt", "300 mg daily since 10/2025: continues, partial response"),
    ("clinical/rivanna-nursing-psychiatry-notes-2026-11-18.txt", "for sleep"),
    ("clinical/rivanna-nursing-psychiatry-notes-2026-11-18.txt", "PHQ-9 18 today"),
    ("clinical/rivanna-nursing-psychiatry-notes-2026-11-18.txt", "Denies suicidal ideation today"),
    ("other/member-authorization-2026-08-27.txt", "State fair hearing"),
    ("other/health-risk-assessment-2025-08.txt", "sertraline 150 mg daily"),
]

C03 = dict(slug="03-chip-adolescent-residential-continued-stay-state-review-father", yaml=C03_YAML, docs=C03_DOCS,
           truth=C03_TRUTH, expect=C03_EXPECT)
C04 = dict(slug="04-medicaid-mco-age20-auvelity-step-therapy-fair-hearing-np", yaml=C04_YAML, docs=C04_DOCS,
           truth=C04_TRUTH, expect=C04_EXPECT)
