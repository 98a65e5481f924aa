# FICTIONAL case data, letters set 43, case 03 (issue 18). Every person, plan, provider, number and address is invented.
SLUG = "03-chip-mco-teen-pain-rehab-day-program-pa-pended-never-decided-first-appeal-hospital-ur-nurse"

CASE_YAML = r'''
# FICTIONAL CASE (set 43, case 03) - every person, plan, provider, number and address is invented.
# Separate CHIP through a managed care plan, Virginia. Tessa Marrow-Quill, 14, has complex regional pain syndrome of
# the right leg after an ankle fracture. The children's hospital asked the plan for authorization of its 3-week pain
# rehabilitation day program on 09/25/2026; the plan pended the request for records on 09/28 (sent the same day) and
# never decided it. The program ran 10/05-10/23/2026. The claim was denied "No prior authorization on file" (CO-197).
# The hospital's utilization review nurse appeals for the hospital, a party to its own claim.
patient:
  name: Tessa Marrow-Quill
  salutation: Tessa
  date_of_birth: 2012-02-03
  member_id: FICT-PCH-204418736
  address: |-
    1940 Jefferson Park Avenue, Apt 5
    Charlottesville, VA 22903
  phone: (434) 555-0117
insurer:
  name: Piedmont Children's Health Plan, separate CHIP managed care plan (FICTIONAL)
  appeals_address: |-
    Piedmont Children's Health Plan - Appeals (FICTIONAL)
    PO Box 44190
    Richmond, VA 23219
  fax: (804) 555-0168
claim:
  number: PCH-26-1028-66107
  plan_type: chip
  delivery: managed_care
  notice_date: 2026-11-13
  appeal_deadline: 2027-01-12
  deadline_basis: >-
    Notice of adverse benefit determination of 11/13/2026: "You or your provider may appeal within 60 calendar days
    of the date of this notice."
  service_dates: [2026-10-05, 2026-10-23]
  sessions: 15
  setting: outpatient
  procedure_codes: [97110, 97530, 96158]
  diagnosis_codes: [G90.521]
  carc_codes: [CO-197]
  denial_reason: >-
    No prior authorization on file. Pediatric pain rehabilitation day program services require prior authorization.
    (CO-197)
  denial_category: prior_authorization
  denial_reasons: [prior_authorization]
  coding_correct: true
  action: none
  corrections:
    - said: No prior authorization on file.
      record: >-
        The hospital faxed the request for authorization on 09/25/2026 (the plan's reference PA-26-0925-4417); the
        plan's own notice of 09/28/2026 pended that request for clinical records, which were faxed the same day. No
        decision was ever sent.
      file: other/plan-pend-notice-2026-09-28.txt
      page: 1
      leaves_out: true
prior_auth:
  requested_on: 2026-09-25
  reference: PA-26-0925-4417
  never_decided: true
  pended_on: 2026-09-28
  pended_for: for clinical records, faxed the same day
  proof:
    - other/pa-request-fax-confirmation-2026-09-25.txt
    - other/plan-pend-notice-2026-09-28.txt
    - other/records-fax-confirmation-2026-09-28.txt
plan_policy:
  name: Piedmont Children's Health Plan Provider Manual 2026, Section 6.4 "Standard authorization requests"
  number: Section 6.4
  quote: >-
    We decide a standard request for prior authorization and notify the provider and the member within 7 calendar
    days of receiving it. If we need more information, we may extend this time by up to 14 calendar days and tell the
    member in writing why. A request we do not decide within this time is an adverse benefit determination the member
    or provider may appeal.
  file: other/provider-manual-2026-section-6-excerpt.txt
treatment:
  name: Pediatric pain rehabilitation day program, 15 program days (physical and occupational therapy, pain psychology)
  summary: >-
    An interdisciplinary day program, 6 hours a day for 3 weeks, for a 14-year-old with complex regional pain
    syndrome of the right leg who could not bear weight or attend full school days after 8 weeks of outpatient
    physical therapy, medicines and pain psychology.
  plan: >-
    15 program days, 10/05/2026-10/23/2026, 6 hours a day: physical therapy and occupational therapy twice daily,
    pain psychology daily, parent sessions twice weekly; discharge to outpatient physical therapy and a school
    re-entry plan.
clinical:
  severity: Pain 7/10; bore no weight on the right leg, used crutches; attended school 2 periods a day (09/22/2026)
  severity_date: 2026-09-22
  suicidality: none
  suicidality_date: 2026-09-22
  response: >-
    At discharge (10/23/2026): pain 3/10, walking without crutches, full weight bearing, back at school full days
    from 10/26/2026.
  response_level: response
  episode_onset: 2026-03
  history:
    - drug: Outpatient physical therapy
      dose: twice weekly, 16 visits
      start: 2026-05-04
      end: 2026-06-26
      kind: other
      adequate: true
      failed: true
      response: none
      outcome: No improvement in weight bearing after 8 weeks
      evidence: {file: clinical/pain-clinic-referral-2026-09-22.txt, page: 1}
    - drug: Gabapentin
      dose: 300 mg three times daily
      start: 2026-05
      ongoing: true
      kind: other
      response: partial
      outcome: Partial relief of burning pain; continued
      evidence: {file: clinical/pain-clinic-referral-2026-09-22.txt, page: 1}
    - drug: Amitriptyline
      dose: 10 mg at bedtime for sleep
      start: 2026-06
      ongoing: true
      kind: other
      outcome: Low bedtime dose for sleep; not an antidepressant or pain trial
      evidence: {file: clinical/pain-clinic-referral-2026-09-22.txt, page: 1}
    - drug: Pain psychology (cognitive behavioral therapy for pain)
      dose: 8 weekly sessions
      start: 2026-07
      end: 2026-08
      kind: psychotherapy
      sessions: 8
      adequate: true
      response: partial
      outcome: Learned coping skills; function unchanged
      evidence: {file: clinical/pain-clinic-referral-2026-09-22.txt, page: 1}
author:
  name: Renee Castellanos-Ward, RN
  role: Utilization review nurse, Shenandoah Children's Hospital (the treating hospital)
  relation: provider
  address: |-
    Shenandoah Children's Hospital (FICTIONAL), Utilization Review, 500 Hospital Drive
    Charlottesville, VA 22908
  phone: (434) 555-0126
  email: ur@shenandoahchildrens.example
provider:
  name: Shenandoah Children's Hospital, Pediatric Pain Rehabilitation Day Program
  credentials: network hospital of the plan
  npi: "1639402712"
  address: |-
    500 Hospital Drive
    Charlottesville, VA 22908
  phone: (434) 555-0126
record_dates:
  - file: clinical/pain-clinic-referral-2026-09-22.txt
    date: 2026-09-22
  - file: clinical/day-program-discharge-summary-2026-10-23.txt
    date: 2026-10-23
    sent: 2026-10-28
bates_prefix: MARROWQUILL
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''

DOCS = {
    "denial/notice-of-adverse-benefit-determination-2026-11-13.txt": '''
PIEDMONT CHILDREN'S HEALTH PLAN (FICTIONAL) - SEPARATE CHIP MANAGED CARE
NOTICE OF ADVERSE BENEFIT DETERMINATION                                     Date of notice: 11/13/2026
Member: Tessa Marrow-Quill   Member ID FICT-PCH-204418736   Age 14
Provider: Shenandoah Children's Hospital, NPI 1639402712   Claim PCH-26-1028-66107 (received 10/28/2026)
Services 10/05/2026-10/23/2026: pediatric pain rehabilitation day program (97110, 97530, 96158), 15 days

Decision: denied. No prior authorization on file. Pediatric pain rehabilitation day program services require prior
authorization. (CO-197)

You or your provider may appeal within 60 calendar days of the date of this notice. Write to Appeals, PO Box
44190, Richmond, VA 23219, or fax (804) 555-0168. After our appeal decision, you may ask the state for a review.
''',
    "clinical/pain-clinic-referral-2026-09-22.txt": '''
SHENANDOAH CHILDREN'S HOSPITAL (FICTIONAL) - PEDIATRIC PAIN CLINIC NOTE AND REFERRAL       Date: 09/22/2026
Patient: Tessa Marrow-Quill   DOB 02/03/2012   Page 1 of 1   Physician: Dr. Alma Whitcombe, MD (pediatric pain)
Diagnosis: complex regional pain syndrome type I, right lower limb (G90.521), after a right ankle fracture in
03/2026 (healed on imaging 05/2026).
Now: pain 7/10, allodynia, color and temperature change of the right foot; bears no weight on the right leg, uses
crutches; attends school 2 periods a day. Mood: worried, not depressed; no suicidal ideation.
Treatment so far: outpatient physical therapy twice weekly 05/04/2026-06/26/2026 (16 visits), no improvement in
weight bearing; gabapentin 300 mg three times daily since 05/2026, partial relief of burning pain, continued;
amitriptyline 10 mg at bedtime since 06/2026 for sleep; pain psychology (CBT for pain) 8 weekly sessions
07/2026-08/2026, coping skills learned, function unchanged.
Earlier: left wrist sprain 2024, full recovery after 4 PT visits (a different injury).
Referral: interdisciplinary pain rehabilitation day program, 3 weeks, start 10/05/2026. UR to request authorization.
''',
    "clinical/day-program-discharge-summary-2026-10-23.txt": '''
SHENANDOAH CHILDREN'S HOSPITAL (FICTIONAL) - PAIN REHABILITATION DAY PROGRAM DISCHARGE SUMMARY   Date: 10/23/2026
Patient: Tessa Marrow-Quill   DOB 02/03/2012   Page 1 of 1
Program days: 15 (10/05/2026-10/23/2026), 6 hours a day: PT and OT twice daily, pain psychology daily, parent
sessions twice weekly.
At discharge: pain 3/10; walking without crutches, full weight bearing; school re-entry plan agreed, full days from
10/26/2026. Gabapentin continued; amitriptyline 10 mg at bedtime continued for sleep.
Program cohort this session (first names only, for the group schedule): Tessa M.-Q., Owen, Priyanka, Declan.
Follow-up: outpatient PT weekly for 6 weeks; pain clinic in 4 weeks.
''',
    "other/pa-request-fax-confirmation-2026-09-25.txt": '''
SHENANDOAH CHILDREN'S HOSPITAL (FICTIONAL) - FAX TRANSMISSION REPORT        09/25/2026 10:42
To: Piedmont Children's Health Plan Utilization Management, fax (804) 555-0169
Pages: 9   Result: OK
Cover: Request for prior authorization, pediatric pain rehabilitation day program, 15 days from 10/05/2026,
member Tessa Marrow-Quill, FICT-PCH-204418736. Plan reference given by phone the same day: PA-26-0925-4417.
''',
    "other/plan-pend-notice-2026-09-28.txt": '''
PIEDMONT CHILDREN'S HEALTH PLAN (FICTIONAL) - REQUEST PENDED FOR INFORMATION      Date: 09/28/2026
To: Shenandoah Children's Hospital, Utilization Review   Page 1 of 1
Reference PA-26-0925-4417, member Tessa Marrow-Quill, pediatric pain rehabilitation day program, received
09/25/2026. Status: PENDED. Please send clinical records supporting the request (most recent pain clinic note and
therapy notes). We will complete our review when they are received.
''',
    "other/records-fax-confirmation-2026-09-28.txt": '''
SHENANDOAH CHILDREN'S HOSPITAL (FICTIONAL) - FAX TRANSMISSION REPORT        09/28/2026 15:06
To: Piedmont Children's Health Plan Utilization Management, fax (804) 555-0169
Pages: 22   Result: OK
Cover: Records for PA-26-0925-4417 as requested today: pain clinic note 09/22/2026, PT notes 05-06/2026, pain
psychology notes 07-08/2026.
UR log: 10/02/2026 and 10/05/2026 called UM, status "pended - in review"; no decision given. - R.C.-W.
''',
    "other/provider-manual-2026-section-6-excerpt.txt": '''
PIEDMONT CHILDREN'S HEALTH PLAN (FICTIONAL) - PROVIDER MANUAL 2026 (excerpt)       Page 37 of 140
Section 6.4 Standard authorization requests
We decide a standard request for prior authorization and notify the provider and the member within 7 calendar
days of receiving it. If we need more information, we may extend this time by up to 14 calendar days and tell the
member in writing why. A request we do not decide within this time is an adverse benefit determination the member
or provider may appeal.
''',
    "other/school-504-plan-2025.txt": '''
ALBEMARLE MIDDLE SCHOOL (FICTIONAL) - SECTION 504 PLAN SUMMARY                    Date: 01/15/2025
Student: Tessa Marrow-Quill   Grade 7
Accommodation: extra time after a left wrist sprain (typing). Ended 03/2025.
[Kept in the family's papers; it concerns an earlier, healed injury.]
''',
}

TRUTH = r'''
# 03 - Separate CHIP managed care: a teen's pain rehabilitation day program denied "no prior authorization on file" although the plan pended the request and never decided it; first plan appeal by the hospital's UR nurse (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Tessa Marrow-Quill, 14 (DOB 02/03/2012), separate CHIP through Piedmont Children's Health Plan (managed care),
  Virginia; CRPS type I of the right leg (G90.521) after a 03/2026 ankle fracture.
- The hospital **faxed the authorization request on 09/25/2026** (reference PA-26-0925-4417). The plan **pended it on
  09/28/2026** for records, **faxed the same day**. Calls on 10/02 and 10/05 got "pended - in review". **No decision
  was ever sent**; no extension notice was sent to the member.
- The plan's **Provider Manual 2026, Section 6.4**: decision within **7 calendar days** of receipt (by 10/02/2026 for
  a request received 09/25), extendable by up to 14 days only with written notice to the member; a request not
  decided in time is an adverse benefit determination. CHIP managed care applies 42 CFR 438.404(c)(5) through
  457.1260 (a request not decided in time is itself a denial).
- The program ran **15 days, 10/05/2026-10/23/2026**; at discharge pain 3/10, walking without crutches, back at
  school full days from 10/26/2026.
- The notice of **11/13/2026** (CO-197) says "No prior authorization on file": true as far as it goes; it leaves out
  the request the plan itself pended.
- **Rule and stage:** first plan appeal, post-service; **60 days from the notice: by 01/12/2027** (42 CFR 457.1260
  applying 438.402(c)(2)(ii)); next, the state's review of the plan's decision (457.1130(b)) - **no state fair
  hearing, no EPSDT** (separate CHIP, not Medicaid).
- **Author:** the hospital's utilization review nurse, for the hospital (a party to its own claim); she writes
  about "Tessa" / "the member"; no member authorization needed.

## Deliberately unknown
- Why the plan never decided: not known; a letter may ask.
- Whether the plan's medical reviewer would find the program necessary: never reviewed; a letter asks for a review
  on the merits now, and must not say the plan approved anything.
- The amount billed for the program: not in the case.

## Traps
- **Date and plan document, not only medicine.** The winning point is the request made before care, pended by the
  plan, and never decided within the manual's 7 days; not a "retroactive authorization" for care given without a
  request, and never "the request is deemed approved".
- **A decision's statement that leaves something out:** "No prior authorization on file" (true: nothing approved)
  omits the pended request.
- **Separate CHIP:** no EPSDT (42 USC 1396d(r)(5) is Medicaid's), no Medicaid fair hearing, no 438.420 continuation
  (care is over).
- **Other people on a document:** the discharge summary's cohort list (Owen, Priyanka, Declan).
- **Stale document:** the 2025 school 504 plan is about a healed wrist sprain; the 2024 wrist sprain's PT success is
  an earlier injury's response, not a failure and not this condition.
- **Still taken:** gabapentin continues (partial relief); **amitriptyline 10 mg** at bedtime is a sleep dose, not a
  trial. No depression diagnosis; no suicidal ideation.
- **Voice:** the hospital writes for itself, never "my daughter", never "I" as the patient or a parent.

## Arguments a strong letter makes (strongest first)
1. The hospital asked for authorization on 09/25/2026, ten days before the program began; the plan pended the
   request on 09/28 and received the records it asked for the same day, then never decided it - past the 7 calendar
   days of its own Provider Manual 6.4 and with no extension notice. A request not decided in time is itself an
   adverse determination (42 CFR 438.404(c)(5), applied to CHIP by 457.1260). "No prior authorization on file" is
   therefore no ground to deny the claim; decide the request on its merits now and pay.
2. On the merits: CRPS with no weight bearing after 8 weeks of PT, medicines and pain psychology; the program's
   result (pain 7 -> 3/10, walking, full school days).
3. Ask the plan to correct its record of PA-26-0925-4417, so it shows the request and the pend.

## What a letter must NOT say
- "no request was made", "the hospital failed to obtain authorization", "retroactive authorization" as if none was
  asked; "deemed approved", "treat the request as granted".
- "EPSDT", "1396d(r)(5)", "fair hearing", "438.420", "continue services during the appeal".
- "ERISA", "45 CFR 147.136", "MHPAEA" as a plan rule, "external review" as the next level.
- "Owen", "Priyanka", "Declan"; the wrist sprain as a failed treatment.
- "failed gabapentin"; amitriptyline as a trial; "depression"; "suicidal".
'''

ANSWERS = [
    ("request date", "09/25/2026 10:42", "other/pa-request-fax-confirmation-2026-09-25.txt"),
    ("reference", "PA-26-0925-4417", "other/plan-pend-notice-2026-09-28.txt"),
    ("pend", "Status: PENDED", "other/plan-pend-notice-2026-09-28.txt"),
    ("records sent", "09/28/2026 15:06", "other/records-fax-confirmation-2026-09-28.txt"),
    ("no decision", "no decision given", "other/records-fax-confirmation-2026-09-28.txt"),
    ("plan's decision time", "within 7 calendar days of receiving it", "other/provider-manual-2026-section-6-excerpt.txt"),
    ("undecided request", "A request we do not decide within this time is an adverse benefit determination", "other/provider-manual-2026-section-6-excerpt.txt"),
    ("denial words", "No prior authorization on file.", "denial/notice-of-adverse-benefit-determination-2026-11-13.txt"),
    ("appeal window", "within 60 calendar days of the date of this notice", "denial/notice-of-adverse-benefit-determination-2026-11-13.txt"),
    ("deadline", "by 01/12/2027", "truth"),
    ("dates of care", "15 (10/05/2026-10/23/2026)", "clinical/day-program-discharge-summary-2026-10-23.txt"),
    ("result", "walking without crutches, full weight bearing", "clinical/day-program-discharge-summary-2026-10-23.txt"),
    ("failed PT", "no improvement in weight bearing", "clinical/pain-clinic-referral-2026-09-22.txt"),
    ("sleep dose", "amitriptyline 10 mg at bedtime since 06/2026 for sleep", "clinical/pain-clinic-referral-2026-09-22.txt"),
    ("other people", "Owen, Priyanka, Declan", "clinical/day-program-discharge-summary-2026-10-23.txt"),
    ("no EPSDT", "no EPSDT", "truth"),
]
