"""Case 04 (FICTIONAL): state employees' plan ends an authorized adolescent residential stay early, notice late and
without its rights; expedited appeal by the mother."""

SLUG = "04-state-employees-plan-residential-teen-ended-early-late-notice-expedited-appeal-mother"

CASE_YAML = r"""
# FICTIONAL CASE (letters set 58, case 04) - every person, plan, vendor, provider, number and address is invented.
# State employees' plan, self-funded. Theo, 16, admitted to residential treatment on 11/16/2026 after an overdose;
# stay authorized through 12/13/2026. On 11/30 a concurrent review ended coverage from 12/01 ("no safety events";
# "PHP appropriate"); the written notice is dated 12/03 and gives no expedited or external review rights. He is still
# in the program. His mother files an expedited appeal; the attending psychiatrist certifies urgency.
patient:
  name: Theo Abernathy-Kalu
  salutation: Theo
  date_of_birth: 2010-03-19
  member_id: FICT-LSE-55120874-02
  address: |-
    1907 Moores River Drive
    Lansing, MI 48911
  phone: (517) 555-0108
insurer:
  name: Lakeshore State Employees' Health Benefit Plan (FICTIONAL), behavioral health reviews by NorthPoint Behavioral Review (FICTIONAL)
  appeals_address: |-
    NorthPoint Behavioral Review - Appeals Unit (FICTIONAL)
    PO Box 30214
    Lansing, MI 48909
  fax: (517) 555-0119
claim:
  number: NPB-26-1130-2291-CR
  plan_type: governmental
  funding: self_funded
  employees: 61000
  notice_date: 2026-12-03
  service_dates: [2026-12-01, 2026-12-13]
  setting: residential
  pending_services: "[the remaining 7 days of the authorized stay, 12/07/2026 through 12/13/2026]"
  procedure_codes: [H0019]
  revenue_codes: ["1001"]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    Benefits for residential treatment end 12/01/2026. Member has had no safety events since admission and can be
    treated at the partial hospitalization level of care. Guideline RTC-A-2 is not met.
  denial_category: medical_necessity
  denial_reasons: [level_of_care]
  urgent: true
  action: end
  action_date: 2026-12-01
  corrections:
    - said: Member has had no safety events since admission
      record: >-
        The facility's nursing incident note records self-harm on 11/27/2026 (superficial cuts to the forearm with a
        broken plastic utensil) and one-to-one observation from 11/27/2026 to 11/28/2026.
      file: clinical/nursing-incident-note-2026-11-27.txt
      page: 1
template: expedited-appeal
urgency:
  reason: >-
    Theo attempted suicide by overdose on 11/14/2026 and harmed himself on the unit on 11/27/2026. No partial
    hospitalization program can take him before 01/11/2027; discharge home without a safe step-down now would
    seriously jeopardize his life and health. A decision on the standard timeline would come after the authorized
    stay has ended.
  certified_by: Neha Ssempala-Ortiz, MD
plan_policy:
  name: NorthPoint Behavioral Review Adolescent Residential Continued Stay Guideline RTC-A-2
  number: RTC-A-2
  quote: >-
    Continued residential stay is authorized when either: (a) the member has had an event of self-harm or aggression
    within the past 7 days that required increased observation; or (b) a less intensive level of care able to meet
    the member's needs is not available.
  file: other/guideline-rtc-a-2-excerpt.txt
  other_terms: >-
    Section 10.4 Ongoing courses of treatment. If the Plan has approved an ongoing course of treatment for a period of
    time or number of treatments, it will not reduce or end that course before the end of the approved period unless
    it notifies you in writing early enough that you can appeal and receive a decision on your appeal before the course
    is reduced or ended. Section 10.6 Urgent appeals. An appeal of a claim involving urgent care is decided within 72
    hours. You may ask for an expedited external review at the same time.
  other_terms_file: other/spd-2026-sections-10-4-and-10-6.txt
  other_terms_apply: >-
    The Plan approved Theo's stay through 12/13/2026 and ended it from 12/01/2026 by a notice dated 12/03/2026, two
    days after the end took effect, so no appeal could be decided before it; under Section 10.4 the approved stay may
    not be ended early, and this appeal is urgent under Section 10.6.
payer_criteria:
  - criterion: "(a) an event of self-harm or aggression within the past 7 days that required increased observation"
    how_met: >-
      Self-harm on 11/27/2026 with one-to-one observation 11/27-11/28/2026, three days before the review of
      11/30/2026.
    met: true
    evidence: {file: clinical/nursing-incident-note-2026-11-27.txt, page: 1}
  - criterion: "(b) a less intensive level of care able to meet the member's needs is not available"
    how_met: >-
      The only adolescent partial hospitalization program in the network within reach has no opening before
      01/11/2027.
    met: true
    evidence: {file: other/php-waitlist-letter-2026-12-02.txt, page: 1}
alternatives:
  - treatment: Partial hospitalization
    level: partial hospitalization
    name: Capital Region Adolescent Partial Hospitalization Program
    first_opening: 2027-01-11
    why_not: >-
      The program's intake office wrote on 12/02/2026 that its adolescent track is full and its first opening is
      01/11/2027, after the last day of the authorized stay.
    proof: other/php-waitlist-letter-2026-12-02.txt
prior_auth:
  approved:
    number: authorization BH-26-1116-07721
    date: 2026-11-16
    from: 2026-11-16
    through: 2026-12-13
    covers: adolescent residential treatment, 11/16/2026 through 12/13/2026 (28 days)
    quote: >-
      Residential treatment approved 11/16/2026 through 12/13/2026 (28 days), Pine Hollow Adolescent Residential
      Center. Next review 11/30/2026.
    file: other/residential-authorization-2026-11-16.txt
    lines:
      - {code: H0019, units: 28, given: 21}
treatment:
  name: Adolescent residential mental health treatment (H0019, revenue code 1001)
  summary: >-
    Residential treatment after a suicide attempt, authorized through 12/13/2026, ended early by a concurrent review.
  plan: >-
    Continue residential treatment through 12/13/2026 with daily individual and group therapy, family sessions twice a
    week and fluoxetine titration; step down to the partial hospitalization program when it has a place (first opening
    01/11/2027), with a safety plan and weekly outpatient therapy until then if he is discharged.
clinical:
  severity: PHQ-A 24 on 11/16/2026; PHQ-A 19 on 11/30/2026
  severity_date: 2026-11-30
  suicidality: attempt
  suicidality_date: 2026-11-14
  episode_onset: 2026-08
  history:
    - drug: Sertraline
      dose: 100 mg daily
      start: 2024-02
      end: 2025-01
      kind: antidepressant
      response: remission
      outcome: Remission in the 2024 episode, with an intensive outpatient program; tapered off 01/2025
      evidence: {file: other/iop-discharge-summary-2024-05-10.txt, page: 1}
    - drug: Escitalopram
      dose: 10 mg daily
      start: 2026-09
      end: 2026-09
      weeks: 1
      kind: antidepressant
      adequate: false
      outcome: Stopped after 10 days for agitation (intolerance)
      evidence: {file: clinical/attending-psychiatrist-note-2026-12-02.txt, page: 1}
    - drug: Fluoxetine
      dose: 40 mg daily
      start: 2026-10
      ongoing: true
      kind: antidepressant
      weeks: 8
      adequate: false
      outcome: Started 10/05/2026, raised to 40 mg on 11/20/2026; continuing, too early to judge
      evidence: {file: clinical/attending-psychiatrist-note-2026-12-02.txt, page: 1}
    - drug: Hydroxyzine
      dose: 25 mg at bedtime for sleep
      start: 2026-11
      ongoing: true
      kind: other
      outcome: Sleep aid only; not an antidepressant trial
      evidence: {file: clinical/attending-psychiatrist-note-2026-12-02.txt, page: 1}
impact:
  hospitalizations: Emergency department and inpatient unit 11/14/2026-11/16/2026 after an overdose.
author:
  name: Priya Abernathy-Kalu
  role: Mother of the patient (the plan's member, a state employee)
  relation: parent
  address: |-
    1907 Moores River Drive
    Lansing, MI 48911
  phone: (517) 555-0108
  email: priya.ak@mail.example
provider:
  name: Pine Hollow Adolescent Residential Center
  credentials: licensed adolescent residential treatment center; attending psychiatrist Neha Ssempala-Ortiz, MD
  npi: "1433729054"
  address: |-
    4410 Cedar Ridge Road
    Grayling, MI 49738
  phone: (989) 555-0144
peer_to_peer:
  availability: weekdays 8-9 am and 4-5 pm
record_dates:
  - file: clinical/attending-psychiatrist-note-2026-12-02.txt
    date: 2026-12-02
  - file: clinical/nursing-incident-note-2026-11-27.txt
    date: 2026-11-27
bates_prefix: ABERNATHYKALU
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/notice-of-adverse-determination-2026-12-03.txt": """
NORTHPOINT BEHAVIORAL REVIEW (FICTIONAL) for LAKESHORE STATE EMPLOYEES' HEALTH BENEFIT PLAN (FICTIONAL)
NOTICE OF ADVERSE BENEFIT DETERMINATION - CONCURRENT REVIEW                        Date: 12/03/2026
Member: Theo Abernathy-Kalu   ID FICT-LSE-55120874-02   Subscriber: Priya Abernathy-Kalu
Facility: Pine Hollow Adolescent Residential Center   Reference: NPB-26-1130-2291-CR
Review date: 11/30/2026 (telephone review with the facility)

Decision: Benefits for residential treatment end 12/01/2026. Member has had no safety events since admission and can
be treated at the partial hospitalization level of care. Guideline RTC-A-2 is not met.
Reviewer: Lorne Bickerstaff, MD, board-certified in family medicine.

You may appeal within 180 days. Send your appeal to NorthPoint Behavioral Review - Appeals Unit, PO Box 30214,
Lansing, MI 48909, or fax (517) 555-0119.
""",
    "clinical/nursing-incident-note-2026-11-27.txt": """
PINE HOLLOW ADOLESCENT RESIDENTIAL CENTER (FICTIONAL) - NURSING INCIDENT NOTE        Date: 11/27/2026 21:40
Resident: Theo Abernathy-Kalu   DOB 03/19/2010   Page 1 of 1
At 20:55 staff found superficial cuts to the left forearm made with a broken plastic utensil. Wounds cleaned; no
sutures needed. Placed on one-to-one observation 11/27/2026 21:00; continued until 11/28/2026 16:00 after the
attending psychiatrist's review. Parent notified 21:30.
Signed: Dana Korhonen, RN
""",
    "clinical/attending-psychiatrist-note-2026-12-02.txt": """
PINE HOLLOW ADOLESCENT RESIDENTIAL CENTER (FICTIONAL) - ATTENDING PSYCHIATRIST NOTE     Date: 12/02/2026
Resident: Theo Abernathy-Kalu   DOB 03/19/2010   Page 1 of 1
Admitted 11/16/2026 after an overdose on 11/14/2026 (ED and inpatient unit 11/14-11/16). Major depressive disorder,
recurrent, severe (F33.2); current episode since 08/2026. PHQ-A 24 on 11/16/2026, 19 on 11/30/2026. Self-harm on the
unit 11/27/2026 with one-to-one observation to 11/28/2026. Passive suicidal ideation reported 12/01/2026; no plan.
Medications: fluoxetine started 10/05/2026, raised to 40 mg on 11/20/2026, continuing, too early to judge;
hydroxyzine 25 mg at bedtime for sleep. Escitalopram 10 mg 09/2026, stopped after 10 days for agitation.
Earlier episode (2024): sertraline 100 mg with an intensive outpatient program, remission; tapered off 01/2025.
Step-down: the Capital Region adolescent PHP has no opening before 01/11/2027. Discharge now would not be safe.
I certify that waiting for a standard appeal decision would seriously jeopardize his life and health.
Signed: Neha Ssempala-Ortiz, MD, attending psychiatrist
""",
    "other/residential-authorization-2026-11-16.txt": """
NORTHPOINT BEHAVIORAL REVIEW (FICTIONAL) - AUTHORIZATION                                  Date: 11/16/2026
Member: Theo Abernathy-Kalu   Page 1 of 1
Authorization BH-26-1116-07721
Residential treatment approved 11/16/2026 through 12/13/2026 (28 days), Pine Hollow Adolescent Residential Center.
Next review 11/30/2026.
""",
    "other/guideline-rtc-a-2-excerpt.txt": """
NORTHPOINT BEHAVIORAL REVIEW (FICTIONAL) - ADOLESCENT RESIDENTIAL CONTINUED STAY GUIDELINE RTC-A-2 (excerpt)
Page 1 of 1
Continued residential stay is authorized when either: (a) the member has had an event of self-harm or aggression
within the past 7 days that required increased observation; or (b) a less intensive level of care able to meet the
member's needs is not available.
""",
    "other/spd-2026-sections-10-4-and-10-6.txt": """
LAKESHORE STATE EMPLOYEES' HEALTH BENEFIT PLAN (FICTIONAL) - SUMMARY PLAN DESCRIPTION 2026 (excerpt)   Page 1 of 1
Section 10.4 Ongoing courses of treatment. If the Plan has approved an ongoing course of treatment for a period of
time or number of treatments, it will not reduce or end that course before the end of the approved period unless it
notifies you in writing early enough that you can appeal and receive a decision on your appeal before the course is
reduced or ended.
Section 10.6 Urgent appeals. An appeal of a claim involving urgent care is decided within 72 hours. You may ask for
an expedited external review at the same time.
""",
    "other/php-waitlist-letter-2026-12-02.txt": """
CAPITAL REGION ADOLESCENT PARTIAL HOSPITALIZATION PROGRAM (FICTIONAL) - INTAKE OFFICE      Date: 12/02/2026
To: Pine Hollow Adolescent Residential Center, discharge planning                               Page 1 of 1
Re: Theo Abernathy-Kalu, referral of 12/01/2026
Our adolescent track is full. The first opening we can offer is 01/11/2027. We have placed him on our list.
""",
    "other/group-therapy-attendance-2026-11-30.txt": """
PINE HOLLOW ADOLESCENT RESIDENTIAL CENTER (FICTIONAL) - GROUP THERAPY ATTENDANCE         Date: 11/30/2026
Group: Distress tolerance skills, 14:00-15:00   Leader: M. Osei-Banda, LMSW
Present: Theo A.-K., Jordan M., Kaylee S., Ruben T., Hana W.   Absent: Marcus D. (medical appointment)
""",
    "other/iop-discharge-summary-2024-05-10.txt": """
RIVERBEND YOUTH INTENSIVE OUTPATIENT PROGRAM (FICTIONAL) - DISCHARGE SUMMARY              Date: 05/10/2024
Client: Theo Abernathy-Kalu   DOB 03/19/2010   Page 1 of 1
Attended 02/12/2024-05/10/2024 with sertraline 100 mg. PHQ-A 21 at admission, 4 at discharge: remission.
""",
}

TRUTH = r"""
# 04 - State employees' plan: an authorized adolescent residential stay ended early by a late notice without its rights; expedited appeal by the mother (FICTIONAL)

All people, plans, vendors, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Theo Abernathy-Kalu, **16** (DOB 03/19/2010), a dependent on his mother's **Lakeshore State Employees' Health Benefit
  Plan** (a state government employer's plan, self-funded, 61,000 employees; reviews by NorthPoint), was admitted to
  **residential treatment on 11/16/2026** after an **overdose on 11/14/2026**. **Authorization BH-26-1116-07721**
  approved the stay **11/16/2026 through 12/13/2026** (28 days).
- On **11/30/2026** a telephone concurrent review ended benefits **from 12/01/2026**; the **written notice is dated
  12/03/2026** - after the end took effect - and gives only "appeal within 180 days": no expedited appeal, no external
  review. He remains in the program (today 12/06/2026).
- The notice says "no safety events since admission": the nursing note records **self-harm on 11/27/2026** with
  **one-to-one observation 11/27-11/28/2026**. Guideline RTC-A-2 is met on **both** of its alternative criteria:
  (a) that event was within 7 days of the review; (b) the only adolescent PHP has **no opening before 01/11/2027**.
- **Plan's own terms:** SPD **Section 10.4** - an approved ongoing course is not reduced or ended before the end of the
  approved period without written notice early enough to appeal and get a decision first; **Section 10.6** - urgent
  appeals decided within 72 hours, expedited external review may be asked at the same time.
- **Rule and stage:** a non-federal governmental plan: 45 CFR 147.136 (claims and appeals through (b)(2)(i), applying
  the ERISA claims rule's standards, including its concurrent-care rule, 29 CFR 2560.503-1(f)(2)(ii); continued
  coverage pending the appeal, (b)(2)(iii); urgent appeal 72 hours; expedited external review at the same time,
  (d)(3)). Expedited first internal appeal; 180-day window from the notice: **by 06/01/2027**.
- **Author:** his mother (a parent of a minor: no authorization needed); she writes about "Theo". The attending
  psychiatrist, Dr. Neha Ssempala-Ortiz, MD, **certifies urgency** (a physician).
- Expected answers (16): notice "Date: 12/03/2026" (notice); review date 11/30/2026 (notice); "Benefits for
  residential treatment end 12/01/2026" (notice); "no safety events since admission" (notice); reviewer "board-certified
  in family medicine" (notice); authorization BH-26-1116-07721 (authorization); "11/16/2026 through 12/13/2026 (28
  days)" (authorization); self-harm "superficial cuts to the left forearm" (nursing note); observation "one-to-one
  observation 11/27/2026 21:00" (nursing note); PHP "first opening we can offer is 01/11/2027" (waitlist letter);
  SPD 10.4's "will not reduce or end that course before the end of the approved period" (SPD); appeal window "by
  06/01/2027" (truth); fluoxetine "continuing, too early to judge" (note); escitalopram "stopped after 10 days for
  agitation" (note); hydroxyzine "25 mg at bedtime for sleep" (note); 2024 episode "remission" with sertraline and IOP
  (IOP discharge summary: "4 at discharge: remission").

## Deliberately unknown
- Whether the plan is grandfathered under the ACA: nothing says so; a letter may cite 147.136 as the plan's rule but
  should not argue grandfathering.
- What the facility will bill the family for days after 12/01/2026: not in the case.
- Whether Theo will need residential care after 12/13/2026: a later review; the appeal asks only for the approved
  period (12/01-12/13) and a decision before it ends.
- The reviewer's view after a peer-to-peer: none has taken place.

## Traps
- **Date and plan document first.** The strongest point is that the plan ended an **approved** stay before its end by a
  notice dated after the end took effect (Section 10.4; the concurrent-care rule); the clinical answer to RTC-A-2
  follows. A letter that argues only medical necessity leaves the winning point out.
- **Continued care:** the days 12/01-12/13 are inside the authorization; the letter asks that the stay stay authorized
  through 12/13/2026 while the appeal is decided - not that a claim be "paid", and not beyond the approval.
- **The decision's wrong statement:** "no safety events since admission" against the 11/27 nursing note.
- **Missing rights:** the notice omits the expedited appeal and external review; a letter may say so, and ask for the
  expedited external review at the same time; it must not assert that internal appeals are "deemed exhausted" as a
  settled fact.
- **Other people on a document:** the group attendance sheet lists five other residents - never named.
- **Earlier episode:** the 2024 remission with sertraline and IOP is not a failed trial, and IOP in 2024 does not show
  a lower level "failed" now. Escitalopram was an intolerance at 10 days; fluoxetine continues and is too early to
  judge (never "failed"); hydroxyzine 25 mg is for sleep.
- **Suicidality:** the attempt (11/14/2026) is recent and present risk; passive ideation 12/01/2026 - no "active plan".
- **Wrong law:** ERISA is not the governing law of a state government plan (no ERISA section 502, EBSA or Labor
  Department); no Medicaid rules (438.420), no EPSDT.
- **Voice:** the mother writes about her son; the urgency is the attending psychiatrist's certification, not hers.

## Arguments a strong letter makes (strongest first)
1. The plan **approved the stay through 12/13/2026** and ended it from 12/01/2026 by a notice dated **12/03/2026**:
   under SPD Section 10.4 (and the concurrent-care rule the plan follows) an approved course may not be ended before
   its end without notice early enough for an appeal to be decided first. Reinstate the authorization through
   12/13/2026 and keep it in place while the appeal is decided.
2. Decide this appeal as **urgent, within 72 hours** (Section 10.6), on the attending psychiatrist's certification;
   the family asks for expedited external review at the same time if needed.
3. RTC-A-2 is met on both alternatives: **self-harm 11/27/2026** with one-to-one observation (within 7 days of the
   11/30 review), and **no PHP opening before 01/11/2027**; correct the notice's "no safety events".
4. The notice lacked the expedited and external review rights; ask the plan to send a complete notice.

## What a letter must NOT say
- "no safety events"; "he failed IOP"; "failed sertraline"; "failed fluoxetine"; escitalopram as an adequate trial;
  hydroxyzine as a trial.
- "ERISA section 502", "EBSA", "Department of Labor" as his plan's regulator; "438.420"; "EPSDT"; "Medicaid".
- names from the attendance sheet (Jordan, Kaylee, Ruben, Hana, Marcus).
- "I have determined" about urgency in the mother's voice; "I am his physician".
- "pay the claim" for days not yet given; authorization beyond 12/13/2026 as if approved.
- "internal appeals are deemed exhausted" as a fact.
"""

ANSWERS = [
    ("notice date", "Date: 12/03/2026", "denial/notice-of-adverse-determination-2026-12-03.txt"),
    ("review date", "Review date: 11/30/2026", "denial/notice-of-adverse-determination-2026-12-03.txt"),
    ("end date", "Benefits for residential treatment end 12/01/2026", "denial/notice-of-adverse-determination-2026-12-03.txt"),
    ("wrong statement", "no safety events since admission", "denial/notice-of-adverse-determination-2026-12-03.txt"),
    ("reviewer specialty", "board-certified in family medicine", "denial/notice-of-adverse-determination-2026-12-03.txt"),
    ("authorization", "BH-26-1116-07721", "other/residential-authorization-2026-11-16.txt"),
    ("approved period", "11/16/2026 through 12/13/2026 (28 days)", "other/residential-authorization-2026-11-16.txt"),
    ("self-harm", "superficial cuts to the left forearm", "clinical/nursing-incident-note-2026-11-27.txt"),
    ("observation", "one-to-one observation 11/27/2026 21:00", "clinical/nursing-incident-note-2026-11-27.txt"),
    ("PHP opening", "first opening we can offer is 01/11/2027", "other/php-waitlist-letter-2026-12-02.txt"),
    ("plan's own term", "will not reduce or end that course before the end of the approved period", "other/spd-2026-sections-10-4-and-10-6.txt"),
    ("appeal window", "by 06/01/2027", "truth"),
    ("fluoxetine", "continuing, too early to judge", "clinical/attending-psychiatrist-note-2026-12-02.txt"),
    ("escitalopram", "stopped after 10 days for agitation", "clinical/attending-psychiatrist-note-2026-12-02.txt"),
    ("hydroxyzine", "hydroxyzine 25 mg at bedtime for sleep", "clinical/attending-psychiatrist-note-2026-12-02.txt"),
    ("earlier episode", "4 at discharge: remission", "other/iop-discharge-summary-2024-05-10.txt"),
]
