"""Set 24, case 02 (FICTIONAL): TRICARE Prime, TMS continuation denied on another patient's score; second reconsideration."""

SLUG = "02-tricare-prime-tms-continuation-wrong-score-second-reconsideration-patient"

CASE_YAML = """
# FICTIONAL CASE (set 24, case 02) - every person, plan, provider, number and address is invented.
# TRICARE Prime, active-duty family member (Virginia). The regional contractor authorized 20 TMS treatments and
# denied the continuation (treatments 21-36) because "PHQ-9 at treatment 20 was 19, a 21% reduction"; its
# reconsideration (10/01/2026) repeated it. Her own PHQ-9 at treatment 20 (08/07/2026) was 13, a 46% reduction; the
# 19 on the clinic's treatment log of that day is another patient's. She finished the course under a signed
# non-covered-services waiver (remission). The patient asks for the second reconsideration herself.
patient:
  name: Renata Vasquez-Holloway
  salutation: Mrs. Vasquez-Holloway
  date_of_birth: 1991-05-17
  member_id: FICT-DBN-10482235781
  address: |-
    418 Marsh Wren Court
    Chesapeake, VA 23320
  phone: (757) 555-0163
  email: renata.vh@mail.example
insurer:
  name: TRICARE Prime, East Region - Harborline Military Health (FICTIONAL regional contractor)
  appeals_address: |-
    Harborline Military Health, TRICARE East Appeals
    PO Box 70412
    Chesapeake, VA 23327
  fax: (757) 555-0170
claim:
  number: PA-TMS-26-0807-22841
  plan_type: tricare
  notice_date: 2026-08-12
  service_dates: [2026-08-10, 2026-09-08]
  sessions: 16
  procedure_codes: [90868]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    Continued transcranial magnetic stimulation beyond 20 treatments is not medically necessary. The PHQ-9 at
    treatment 20 was 19, a 21% reduction from the baseline of 24. Criterion 3.2 requires at least a 25% reduction by
    treatment 20.
  denial_category: medical_necessity
  reviewer: {name: "Alan Desrosiers, MD", specialty: family medicine}
decisions:
  - date: 2026-10-01
    outcome: denied
    stage: reconsideration
    opens: second reconsideration by the TRICARE Quality Monitoring Contractor
    next_deadline: 2026-12-30
    reason: >-
      The initial denial is upheld. The PHQ-9 recorded on 08/07/2026 at treatment 20 was 19, which is a 21%
      reduction from baseline and does not meet criterion 3.2. Treatments 21 through 36 are not medically necessary.
    corrections:
      - said: "The PHQ-9 recorded on 08/07/2026 at treatment 20 was 19"
        record: >-
          her PHQ-9 at treatment 20 on 08/07/2026 was 13, a 46% reduction from 24; the score of 19 on the clinic's
          treatment log of 08/07/2026 belongs to another patient
        file: clinical/tms-flowsheet-2026.txt
        page: 1
external_review:
  agency: TRICARE Quality Monitoring Contractor (named in the reconsideration decision)
  address: |-
    TRICARE Quality Monitoring Contractor, Second Reconsiderations (address FICTIONAL)
    PO Box 30990
    Alexandria, VA 22313
  final_denial_date: 2026-10-01
record_dates:
  - file: other/continuation-request-2026-08-07.txt
    date: 2026-08-07
    sent: 2026-08-07
    sent_proof: other/continuation-request-2026-08-07.txt
payer_criteria:
  - criterion: "3.2 Continuation beyond 20 treatments: improvement of at least 25% from baseline on a validated scale (PHQ-9, HAM-D or MADRS) by treatment 20"
    how_met: "PHQ-9 24 at baseline (07/10/2026) and 13 at treatment 20 (08/07/2026): a 46% reduction"
    met: true
    evidence: {file: clinical/tms-flowsheet-2026.txt, page: 1}
  - criterion: "3.3 A course of up to 30 acute treatments followed by up to 6 taper treatments"
    how_met: "30 acute treatments from 07/13/2026 through 08/21/2026 and 6 taper treatments through 09/08/2026: 36 in all"
    met: true
    evidence: {file: clinical/tms-course-summary-2026-09-08.txt, page: 1}
plan_policy:
  name: Harborline Military Health Medical Necessity Criteria MNC-TMS-3 (FICTIONAL)
  quote: >-
    3.2 Continuation beyond 20 treatments requires documented improvement of at least 25% from baseline on a
    validated depression rating scale (PHQ-9, HAM-D or MADRS) by treatment 20. 3.3 A course may include up to 30
    acute treatments followed by up to 6 taper treatments.
  file: other/mnc-tms-3-excerpt.txt
treatment:
  name: Transcranial magnetic stimulation (TMS), treatments 21-36
  summary: >-
    Daily left prefrontal TMS for recurrent major depression: 30 acute treatments and 6 taper treatments; the first 20
    were authorized.
  plan: >-
    30 acute treatments on weekdays, then 6 taper treatments over three weeks (3, 2, 1), with the PHQ-9 every five
    treatments.
clinical:
  severity: >-
    PHQ-9 24 at baseline on 07/10/2026, 18 at treatment 10 on 07/24/2026, 13 at treatment 20 on 08/07/2026, 8 at
    treatment 30 on 08/21/2026 and 6 at treatment 36 on 09/08/2026; no suicidal ideation
  severity_date: 2026-09-08
  suicidality: none
  suicidality_date: 2026-09-08
  response: PHQ-9 24 at baseline, 13 at treatment 20 (46% lower), 8 at treatment 30 and 6 at treatment 36
  response_level: remission
  episode_onset: 2025-02
  treating_since: 2026-07-06
  history:
    - drug: Sertraline
      dose: 100 mg daily
      start: 2019-09
      end: 2020-11
      kind: antidepressant
      response: remission
      outcome: Remission of an earlier (postpartum) episode; tapered off after a year well
      evidence: {file: clinical/psychiatric-evaluation-2026-07-06.txt, page: 1}
    - drug: Escitalopram
      dose: 10 mg daily, 20 mg from 04/2025
      start: 2025-03
      end: 2025-07
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      weeks: 18
      outcome: No response after 18 weeks (12 at 20 mg); stopped
      evidence: {file: clinical/psychiatric-evaluation-2026-07-06.txt, page: 1}
    - drug: Bupropion XL
      dose: 150 mg daily, 300 mg from 09/2025
      start: 2025-08
      ongoing: true
      kind: antidepressant
      response: partial
      outcome: Continues; partial response
      evidence: {file: clinical/psychiatric-evaluation-2026-07-06.txt, page: 1}
    - drug: Aripiprazole
      dose: 2 mg daily
      start: 2026-01-05
      end: 2026-01-16
      kind: augmentation
      adequate: false
      outcome: Stopped after 12 days for akathisia; not an adequate trial
      evidence: {file: clinical/psychiatric-evaluation-2026-07-06.txt, page: 1}
    - drug: Trazodone
      dose: 50 mg at bedtime for sleep
      start: 2025-04
      ongoing: true
      kind: other
      outcome: For sleep only; not a treatment of the depression
      evidence: {file: clinical/psychiatric-evaluation-2026-07-06.txt, page: 1}
    - drug: Cognitive behavioral therapy
      dose: 12 weekly sessions
      start: 2025-09
      end: 2025-12
      kind: psychotherapy
      sessions: 12
      adequate: true
      response: partial
      outcome: Completed 12 sessions; partial benefit
      evidence: {file: clinical/psychiatric-evaluation-2026-07-06.txt, page: 1}
impact:
  work: >-
    On medical leave from part-time work as a dental hygienist from 05/04/2026; back at part-time work since
    08/24/2026.
  daily_life: >-
    Caring alone for a four-year-old while her husband is deployed.
author:
  name: Renata Vasquez-Holloway
  role: Patient (TRICARE Prime family member)
  relation: patient
  address: |-
    418 Marsh Wren Court
    Chesapeake, VA 23320
  phone: (757) 555-0163
  email: renata.vh@mail.example
provider:
  name: Idris Achterberg
  credentials: MD
  npi: "1582047365"
  address: |-
    Coastal Neuromodulation Clinic, 1200 Bayberry Parkway, Suite 310
    Chesapeake, VA 23320
  phone: (757) 555-0137
template: external-review-request
bates_prefix: VASQUEZHOLLOWAY
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/initial-denial-2026-08-12.txt": """
HARBORLINE MILITARY HEALTH (FICTIONAL) - TRICARE EAST REGION CONTRACTOR
NOTICE OF MEDICAL NECESSITY DETERMINATION           Date: 08/12/2026           Page 1

Beneficiary: Renata Vasquez-Holloway     DoD benefits number: FICT-DBN-10482235781     DOB: 05/17/1991
Sponsor: PO1 Marcus Holloway, USN (active duty)     Program: TRICARE Prime
Request: PA-TMS-26-0807-22841, continuation of transcranial magnetic stimulation (90868), treatments 21-36
Requesting provider: Idris Achterberg, MD, Coastal Neuromodulation Clinic     Request received: 08/07/2026

Determination: DENIED.
Continued transcranial magnetic stimulation beyond 20 treatments is not medically necessary. The PHQ-9 at treatment
20 was 19, a 21% reduction from the baseline of 24. Criterion 3.2 requires at least a 25% reduction by treatment 20.
Criteria applied: Harborline Medical Necessity Criteria MNC-TMS-3, criterion 3.2.
Physician reviewer: Alan Desrosiers, MD (family medicine).

Treatments 1-20 (authorization PA-TMS-26-0702-20917, 07/13/2026 - 08/07/2026) remain approved.
You may request reconsideration within 90 days of the date of this notice.
""",
    "denial/reconsideration-decision-2026-10-01.txt": """
HARBORLINE MILITARY HEALTH (FICTIONAL) - TRICARE EAST REGION CONTRACTOR
RECONSIDERATION DECISION                            Date: 10/01/2026           Page 1

Beneficiary: Renata Vasquez-Holloway     DoD benefits number: FICT-DBN-10482235781
Request: PA-TMS-26-0807-22841 (TMS treatments 21-36)     Reconsideration requested: 08/20/2026 by the beneficiary
Records reviewed: continuation request of 08/07/2026 with the clinic's treatment log of 08/07/2026; MNC-TMS-3.

Decision: The initial denial is upheld. The PHQ-9 recorded on 08/07/2026 at treatment 20 was 19, which is a 21%
reduction from baseline and does not meet criterion 3.2. Treatments 21 through 36 are not medically necessary.
Reviewer: Alan Desrosiers, MD (family medicine).

Further appeal: because this is a medical necessity determination, you may request a second reconsideration by the
TRICARE Quality Monitoring Contractor. Your request must be postmarked or received within 90 days of the date of
this decision. Send it to the address below and include a copy of this decision.
TRICARE Quality Monitoring Contractor, Second Reconsiderations (address FICTIONAL), PO Box 30990, Alexandria, VA
22313.
""",
    "clinical/psychiatric-evaluation-2026-07-06.txt": """
COASTAL NEUROMODULATION CLINIC (FICTIONAL) - PSYCHIATRIC EVALUATION FOR TMS     Date: 07/06/2026     Page 1

Patient: Renata Vasquez-Holloway    DOB 05/17/1991    Psychiatrist: Idris Achterberg, MD
Referral: TRICARE primary care manager (referral of 03/18/2026).
Diagnosis: F33.2 major depressive disorder, recurrent, severe, without psychotic features. Current episode since
February 2025. One earlier episode after the birth of her daughter (2019-2020), which remitted on sertraline.
PHQ-9 today: 23. Denies suicidal ideation, now and in this episode. No psychosis, no mania, no seizures, no
metal in the head.
Treatment in this episode:
- Escitalopram 10 mg from March 2025, 20 mg from April 2025, stopped July 2025: no response after 18 weeks.
- Bupropion XL 150 mg from August 2025, 300 mg from September 2025: continues, partial response.
- Aripiprazole 2 mg added 01/05/2026, stopped 01/16/2026 for akathisia (12 days).
- Cognitive behavioral therapy, 12 weekly sessions, September to December 2025: partial benefit.
- Trazodone 50 mg at bedtime for sleep since April 2025 (not an antidepressant trial at this dose).
Earlier episode: sertraline 100 mg September 2019 to November 2020, remission.
Note: the referral's medication list (03/18/2026) still shows escitalopram 20 mg as current; she stopped it in July
2025.
Plan: TMS, 30 acute treatments on weekdays and 6 taper treatments, PHQ-9 every five treatments; continue
bupropion XL 300 mg and trazodone 50 mg.
""",
    "clinical/tms-flowsheet-2026.txt": """
COASTAL NEUROMODULATION CLINIC (FICTIONAL) - TMS FLOWSHEET                               Page 1

Patient: Renata Vasquez-Holloway    DOB 05/17/1991    Psychiatrist: Idris Achterberg, MD
Protocol: left dorsolateral prefrontal 10 Hz, 3,000 pulses, 120% of motor threshold.
Treatment   Date          PHQ-9 (patient-rated)
baseline    07/10/2026    24
1           07/13/2026    -   (motor threshold mapped, 90867)
10          07/24/2026    18
20          08/07/2026    13  (46% below baseline)
21          08/10/2026    -   (first treatment after the continuation was denied; waiver signed 08/10/2026)
30          08/21/2026    8
taper 1-6   08/24/2026 - 09/08/2026 (3 in week of 08/24, 2 in week of 08/31, 1 on 09/08)
36          09/08/2026    6
No treatment missed; no adverse events beyond mild scalp discomfort in week 1.
""",
    "clinical/tms-course-summary-2026-09-08.txt": """
COASTAL NEUROMODULATION CLINIC (FICTIONAL) - TMS COURSE SUMMARY        Date: 09/08/2026        Page 1

Patient: Renata Vasquez-Holloway    DOB 05/17/1991
Course: 36 treatments, 07/13/2026 through 09/08/2026: 30 acute treatments (07/13-08/21/2026) and 6 taper
treatments (08/24-09/08/2026).
PHQ-9: 24 at baseline; 13 at treatment 20; 8 at treatment 30; 6 at treatment 36 (remission).
Suicidal ideation: none at any visit.
Work: back to part-time work as a dental hygienist from 08/24/2026.
Continuing: bupropion XL 300 mg daily; trazodone 50 mg at bedtime for sleep. Follow-up in four weeks.
Signed: Idris Achterberg, MD
""",
    "other/continuation-request-2026-08-07.txt": """
COASTAL NEUROMODULATION CLINIC (FICTIONAL) - REQUEST TO CONTINUE TMS        Date: 08/07/2026       Page 1

To: Harborline Military Health, TRICARE East Utilization Management, fax (757) 555-0172
Beneficiary: Renata Vasquez-Holloway    DoD benefits number: FICT-DBN-10482235781
Current authorization: PA-TMS-26-0702-20917 (treatments 1-20, 07/13/2026 - 08/07/2026)
Request: treatments 21-30 (90868) and 6 taper treatments, 08/10/2026 - 09/11/2026.
Progress: PHQ-9 24 at baseline (07/10/2026); 18 at treatment 10 (07/24/2026); 13 at treatment 20 (08/07/2026), a
46% reduction. Criterion 3.2 of MNC-TMS-3 is met.
Attached: TMS flowsheet; treatment log of 08/07/2026.
Fax transmission report: 08/07/2026 4:12 pm, to (757) 555-0172, 4 pages, result OK.

Attachment - TREATMENT LOG 08/07/2026 (clinic day sheet)
08:00  R. Vasquez-Holloway    treatment 20    PHQ-9 13
08:45  T. Brandvold           treatment 7     PHQ-9 19
09:30  (open)
""",
    "other/mnc-tms-3-excerpt.txt": """
HARBORLINE MILITARY HEALTH (FICTIONAL) - MEDICAL NECESSITY CRITERIA MNC-TMS-3: TRANSCRANIAL MAGNETIC STIMULATION
Excerpt, revised 01/2026                                                              Page 1

3.1 Initial authorization: up to 20 treatments for major depressive disorder meeting the criteria of section 2.
3.2 Continuation beyond 20 treatments requires documented improvement of at least 25% from baseline on a validated
depression rating scale (PHQ-9, HAM-D or MADRS) by treatment 20.
3.3 A course may include up to 30 acute treatments followed by up to 6 taper treatments.
""",
    "other/pcm-referral-2026-03-18.txt": """
NAVAL BRANCH HEALTH CLINIC (FICTIONAL) - REFERRAL TO SPECIALTY CARE        Date: 03/18/2026        Page 1

Beneficiary: Renata Vasquez-Holloway    DOB 05/17/1991    Primary care manager: Lt. Cmdr. Hollis Brandt, MD
Referred to: Coastal Neuromodulation Clinic, psychiatry, for evaluation for TMS.
Reason: recurrent depression not responding to medication.
Current medications (from the clinic's list): escitalopram 20 mg daily; bupropion XL 300 mg daily; trazodone 50 mg
at bedtime.
""",
    "other/non-covered-services-waiver-2026-08-10.txt": """
COASTAL NEUROMODULATION CLINIC (FICTIONAL) - AGREEMENT TO PAY FOR SERVICES TRICARE HAS DENIED
Date: 08/10/2026                                                                        Page 1

Beneficiary: Renata Vasquez-Holloway
I understand that TRICARE's contractor told the clinic by phone on 08/10/2026 that it will not authorize TMS
treatments 21-36, that a written decision will follow, and that I may appeal. I agree to pay the clinic for these
treatments, $260 each, if TRICARE does not cover them after appeal.
Signed: Renata Vasquez-Holloway (signature on file)     Witness: front desk, Coastal Neuromodulation Clinic
""",
}

TRUTH = """
# 02 - TRICARE Prime: TMS treatments 21-36 denied on a score that belongs to another patient; second reconsideration by the TRICARE Quality Monitoring Contractor, filed by the patient (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Renata Vasquez-Holloway, 35 (DOB 05/17/1991), an **active-duty family member in TRICARE Prime** (East Region;
  regional contractor Harborline Military Health). Her husband, the sponsor, is deployed.
- Diagnosis **F33.2**; current episode since **February 2025**. TMS began **07/13/2026**; treatments 1-20 were
  authorized (PA-TMS-26-0702-20917). The clinic asked on **08/07/2026** (faxed 4:12 pm, result OK) to continue; the
  contractor denied treatments **21-36** on **08/12/2026** and upheld the denial on reconsideration on
  **10/01/2026**.
- **The decisions' only ground is a wrong number.** Both say her PHQ-9 at treatment 20 was **19** (21% below 24).
  Her own PHQ-9 at treatment 20 (**08/07/2026**) was **13**, a **46%** reduction (flowsheet; the continuation request
  itself says 13). The 19 is **another patient's** score on the clinic's treatment log of 08/07/2026, which was
  attached to the request. Criterion **3.2** (at least 25% by treatment 20) is met; **3.3** allows 30 + 6.
- She completed the course under a signed agreement to pay (08/10/2026): **treatments 21-36 from 08/10/2026
  through 09/08/2026** (21-30 acute through 08/21, 6 taper through 09/08). PHQ-9 **8** at 30 and **6** at 36
  (remission). Nothing is pending.
- Stage: **second reconsideration by the TRICARE Quality Monitoring Contractor** (a medical-necessity determination
  upheld on reconsideration; 32 CFR 199.10 and 199.15), **within 90 days of 10/01/2026: by 12/30/2026** (the decision
  says postmarked or received). Addressed to the TQMC at the address the decision gives, with a copy of the decision.
- Reviewer at both levels: Alan Desrosiers, MD, **family medicine**.
- Author: the **patient**, in the first person.

## Deliberately unknown
- What TRICARE will pay per treatment and what she has paid the clinic so far (only the $260-a-treatment agreement):
  no amount owed or refund may be promised.
- Whether a hearing would follow (depends on the amount in dispute); not needed for this request.
- Why the reviewer used the log's second line: only that the 19 is there.

## Traps
- **Another patient on the document:** the treatment log of 08/07/2026 lists T. Brandvold (treatment 7, PHQ-9 19).
  A letter may say the 19 belongs to another patient, but must not attribute that patient's treatment number or
  score to her, nor repeat the other patient's name needlessly.
- **Numbers:** 24 -> 13 is a 46% reduction (not 21%, not 50%+); the treatment-10 score was 18 (already 25%). Never
  "PHQ-9 19" as hers.
- **A course of sessions:** TMS is judged by treatments, never by a six-week rule. 36 treatments: 30 acute + 6 taper.
  Treatments 21-36 were **given** (08/10-09/08), so no "remaining" or "scheduled" treatments and no expedited
  request.
- **Drugs:** bupropion XL is **continuing** with a partial response (never "failed", never stopped); escitalopram 18
  weeks with no response is an adequate failed trial; aripiprazole 12 days (akathisia) is **not** an adequate trial;
  trazodone 50 mg is **for sleep**; sertraline 2019-2020 brought **remission of an earlier episode** (never a failure);
  CBT 12 sessions is psychotherapy (not a drug trial). The stale PCM referral lists escitalopram as current: it was
  stopped in July 2025.
- **Suicidality:** none at any time in this episode; the severity line says "no suicidal ideation": never a harm
  paragraph about suicidal ideation.
- **Remission now:** PHQ-9 6 on 09/08 is remission, the result of the care appealed; never "currently severe". She
  is back at part-time work since 08/24 (not "unable to work").
- **Stage:** this is the TQMC's second reconsideration, not a first appeal to the contractor, not an "external
  review" by an IRO, not a DHA formal review (that route is for non-medical-necessity "factual" appeals), not a
  hearing yet. It must answer the 10/01/2026 reconsideration decision.
- **Wrong law:** TRICARE (32 CFR 199.10 and 199.15): no ERISA, no ACA 45 CFR 147.136, no state insurance department,
  no state external review, no MHPAEA parity, no Medicare rules.
- **Voice:** the patient writes "I", "my PHQ-9"; never "Mrs. Vasquez-Holloway has ..." in the third person.

## Arguments a strong letter makes (strongest first)
1. The decision of 10/01/2026 (and the 08/12 denial) rests on a PHQ-9 of 19 that is not hers: her PHQ-9 at
   treatment 20 on 08/07/2026 was **13**, a **46%** reduction from 24 (flowsheet; the 08/07 request said so); the 19
   on the attached day log is another patient's. Criterion 3.2 (25% by treatment 20) is met on the contractor's own
   criteria, and 3.3 allows the 30 + 6 course. Ask that treatments 21-36 (08/10-09/08/2026) be found medically
   necessary and covered.
2. The result confirms it: PHQ-9 8 at treatment 30 and 6 at treatment 36 (remission); back at work 08/24.
3. Ask for a reviewer who is a psychiatrist (both decisions were by a family physician) and name the enclosures
   (flowsheet, course summary, request with fax report, MNC-TMS-3 excerpt, the 10/01 decision).

## What a letter must NOT say
- "my PHQ-9 at treatment 20 was 19", "21% improvement", "did not meet criterion 3.2".
- "remaining treatments", "scheduled treatments", "expedited", "urgent", "six weeks" (for TMS), "currently
  severe", "unable to work", "suicidal ideation" as present or past in this episode.
- "failed bupropion", "failed trazodone", "failed sertraline", "aripiprazole trial failed" as an adequate trial,
  "escitalopram is current".
- "external review", "independent review organization", "ERISA", "29 CFR 2560.503-1", "45 CFR 147.136", "state
  insurance department", "MHPAEA", "parity", "Defense Health Agency formal review" as this level.
- T. Brandvold's treatment or score as hers.
"""

ANSWERS = [
    ("denial/initial-denial-2026-08-12.txt", "The PHQ-9 at treatment 20 was 19, a 21% reduction from the baseline of 24"),
    ("denial/initial-denial-2026-08-12.txt", "Alan Desrosiers, MD (family medicine)"),
    ("denial/reconsideration-decision-2026-10-01.txt", "The initial denial is upheld"),
    ("denial/reconsideration-decision-2026-10-01.txt", "second reconsideration by the TRICARE Quality Monitoring Contractor"),
    ("denial/reconsideration-decision-2026-10-01.txt", "within 90 days of the date of this decision"),
    ("clinical/tms-flowsheet-2026.txt", "20          08/07/2026    13  (46% below baseline)"),
    ("clinical/tms-flowsheet-2026.txt", "baseline    07/10/2026    24"),
    ("clinical/tms-flowsheet-2026.txt", "36          09/08/2026    6"),
    ("clinical/tms-course-summary-2026-09-08.txt", "30 acute treatments (07/13-08/21/2026) and 6 taper"),
    ("clinical/tms-course-summary-2026-09-08.txt", "back to part-time work as a dental hygienist from 08/24/2026"),
    ("other/continuation-request-2026-08-07.txt", "13 at treatment 20 (08/07/2026), a 46% reduction"),
    ("other/continuation-request-2026-08-07.txt", "T. Brandvold           treatment 7     PHQ-9 19"),
    ("other/continuation-request-2026-08-07.txt", "08/07/2026 4:12 pm, to (757) 555-0172, 4 pages, result OK"),
    ("other/mnc-tms-3-excerpt.txt", "at least 25% from baseline"),
    ("other/mnc-tms-3-excerpt.txt", "up to 30 acute treatments followed by up to 6 taper treatments"),
    ("clinical/psychiatric-evaluation-2026-07-06.txt", "Bupropion XL 150 mg from August 2025, 300 mg from September 2025: continues, partial response"),
    ("clinical/psychiatric-evaluation-2026-07-06.txt", "stopped 01/16/2026 for akathisia (12 days)"),
    ("clinical/psychiatric-evaluation-2026-07-06.txt", "Trazodone 50 mg at bedtime for sleep"),
    ("clinical/psychiatric-evaluation-2026-07-06.txt", "sertraline 100 mg September 2019 to November 2020, remission"),
    ("other/pcm-referral-2026-03-18.txt", "escitalopram 20 mg daily"),
    ("other/non-covered-services-waiver-2026-08-10.txt", "$260 each"),
]
