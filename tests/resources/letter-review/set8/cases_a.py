# FICTIONAL test data for letter-review blind set 8 (cases 01-04). Every person, plan, clinic and number is invented.
# Read by make_set.py. Each case: slug, yaml (case.yaml text), docs {relative path: text}, truth (markdown),
# checks [(relative path, phrase that must be printed there)].

CASES = []

# ---------------------------------------------------------------------------------------------------------------
# 01 Student health plan (individual market), Spravato PA denied as not medically necessary; treating psychiatrist
#    writes the first-level appeal after a failed peer-to-peer; records that name the two later trials were
#    released after the denial.
# ---------------------------------------------------------------------------------------------------------------
CASES.append(dict(
slug="01-student-plan-spravato-medical-necessity-physician",
yaml="""\
# FICTIONAL CASE (set 8, case 01) - every person, plan, number and address is invented.
# Student health insurance (individual-market coverage) denied a Spravato prior-authorization request as not
# medically necessary ("one adequate trial"); the treating psychiatrist writes the first-level internal appeal.
patient:
  name: Priya Lakshmi Dunmore
  salutation: Ms. Dunmore
  date_of_birth: 2002-01-01
  member_id: NCM-FICT-STU-220918
  address: |-
    418 Tamarack Court, Apt 3B
    Cedar Ferry, WI 53999
  phone: (608) 555-0114
  email: pdunmore@halverston.example
insurer:
  name: Northcove Mutual Insurance Company - Halverston State University Student Health Insurance Plan (FICTIONAL)
  appeals_address: |-
    Northcove Mutual, Member Appeals Unit
    PO Box 40719
    Milwaukee, WI 53299-0719
  fax: (414) 555-0131
claim:
  number: NCM-PA-2026-1104-5582
  plan_type: individual_aca
  funding: insured
  notice_date: November 12, 2026
  procedure_codes: [J0013, 99214, 99415, 99416]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    Prior authorization for Spravato (esketamine) nasal spray is denied. Northcove Clinical Policy RX-PSY-044,
    section 2(b), requires an inadequate response to at least two antidepressants from two different classes,
    each at an adequate dose for at least 8 weeks, in the current episode. The records submitted document one
    adequate trial (sertraline). Medical necessity has not been established.
  denial_category: medical_necessity
  action: none
  appeal_deadline: May 11, 2027
  deadline_basis: >-
    Stated in the notice: "You have 180 days from the date you receive this letter to file an appeal." Counted
    from the notice date, adding no mailing days.
  reviewer:
    name: Lionel Okonjo, MD
    specialty: family medicine
plan_policy:
  name: Northcove Clinical Policy RX-PSY-044, Esketamine Nasal Spray (Spravato)
  number: RX-PSY-044
  quote: >-
    2. Esketamine nasal spray is considered medically necessary when ALL of the following are met: (a) the member
    is 18 years of age or older with a diagnosis of major depressive disorder; (b) the member has had an inadequate
    response to at least two antidepressants from two different classes, each at an adequate dose for at least 8
    weeks, in the current depressive episode; (c) treatment is given at a healthcare setting certified under the
    SPRAVATO REMS; (d) esketamine will be used together with an oral antidepressant.
  file: other/northcove-policy-rx-psy-044-excerpt.txt
payer_criteria:
  - criterion: "2(a) Age 18 or older with major depressive disorder"
    how_met: "Age 24; recurrent major depressive disorder, severe, without psychotic features (F33.2)"
    met: true
    evidence: {file: clinical/lakeshore-psychiatry-notes-2026.txt, page: 1}
  - criterion: "2(b) Two antidepressants from two different classes, adequate dose, at least 8 weeks each, current episode"
    how_met: >-
      Three: sertraline 150 mg (SSRI, 12 weeks, partial), bupropion XL 300 mg (NDRI, 12 weeks, no response),
      venlafaxine XR 225 mg (SNRI, 16 weeks, partial), all since the episode began in August 2025
    met: true
    evidence: {file: clinical/lakeshore-psychiatry-notes-2026.txt, page: 1}
  - criterion: "2(c) SPRAVATO REMS-certified setting"
    how_met: "Lakeshore Mood Clinic is a REMS-certified treatment center (certificate in the records)"
    met: true
    evidence: {file: clinical/lakeshore-psychiatry-notes-2026.txt, page: 2}
  - criterion: "2(d) Used with an oral antidepressant"
    how_met: "Venlafaxine XR 225 mg daily is continued with esketamine"
    met: true
    evidence: {file: clinical/lakeshore-psychiatry-notes-2026.txt, page: 2}
record_dates:
  - file: clinical/lakeshore-psychiatry-notes-2026.txt
    date: 2026-11-20
  - file: clinical/student-health-center-records-2025.txt
    date: 2026-11-02
treatment:
  name: Spravato (esketamine nasal spray)
  summary: >-
    Induction with esketamine nasal spray twice weekly for four weeks in a REMS-certified clinic, with
    venlafaxine XR continued.
  setting: Lakeshore Mood Clinic, a SPRAVATO REMS-certified outpatient treatment center (FICTIONAL)
  monitoring: blood pressure before dosing and at 40 minutes and 2 hours; two hours of observation after each dose
  alongside: venlafaxine XR 225 mg daily, continued
  plan: >-
    56 mg on day 1, then 56 or 84 mg twice weekly for weeks 1-4; MADRS at baseline and week 4; continue to
    maintenance only with at least a 50 percent MADRS reduction.
author:
  name: Marisol Fennimore-Acheson
  role: Treating psychiatrist
  relation: physician
  authorization: other/patient-consent-to-appeal.txt
  phone: (608) 555-0122
  fax: (608) 555-0123
provider:
  name: Marisol Fennimore-Acheson
  credentials: MD, psychiatrist
  npi: "1497758312"
  phone: (608) 555-0122
  address: |-
    Lakeshore Mood Clinic, 2210 Harbor View Road, Suite 4
    Cedar Ferry, WI 53999
peer_to_peer:
  availability: weekdays 12:00-13:00 Central, (608) 555-0122
clinical:
  episode_onset: August 2025
  treating_since: December 2025
  severity: MADRS 33 and PHQ-9 21 on November 3, 2026
  severity_date: 2026-11-03
  suicidality: none
  suicidality_date: 2026-11-03
  exclusions: >-
    November 3, 2026: no aneurysmal vascular disease or arteriovenous malformation, no intracerebral hemorrhage
    history, BP 118/76, no psychotic symptoms, no substance use disorder (AUDIT-C 1), not pregnant
  history:
    - drug: Escitalopram
      dose: 10 mg daily
      start: 2025-05
      end: 2025-05
      outcome: Stopped after about three weeks for nausea (student health center); earlier, before this episode
      adequate: false
      evidence: {file: clinical/student-health-center-records-2025.txt, page: 1}
    - drug: Sertraline
      dose: 100 to 150 mg daily
      start: 2025-09-08
      end: 2025-12-01
      outcome: Partial response only after 12 weeks, 8 of them at 150 mg
      response: partial
      evidence: {file: clinical/student-health-center-records-2025.txt, page: 1}
    - drug: Trazodone (for sleep)
      kind: other
      dose: 50 mg at bedtime
      start: 2025-10
      end: 2026-02
      outcome: Given for insomnia at a hypnotic dose; not an antidepressant trial
      adequate: false
    - drug: Cognitive behavioral therapy
      kind: psychotherapy
      dose: 14 weekly sessions (university counseling center)
      sessions: 14
      adequate: true
      start: 2025-09
      end: 2025-12
      outcome: Completed 14 sessions; PHQ-9 from 19 to 17, no meaningful change
      response: none
      evidence: {file: clinical/student-health-center-records-2025.txt, page: 1}
    - drug: Bupropion XL
      kind: antidepressant
      dose: 300 mg daily (switched from sertraline)
      start: 2026-01-05
      end: 2026-03-30
      outcome: No response after 12 weeks at 300 mg
      response: none
      evidence: {file: clinical/lakeshore-psychiatry-notes-2026.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 150 to 225 mg daily
      start: 2026-04-06
      end: 2026-07-27
      ongoing: true
      outcome: Partial response only after 16 weeks, 10 of them at 225 mg; continued with esketamine
      response: partial
      evidence: {file: clinical/lakeshore-psychiatry-notes-2026.txt, page: 1}
impact:
  daily_life: >-
    Reduced to two graduate courses in fall 2026 and on a leave from her teaching assistantship since September
    2026.
bates_prefix: DUNMORE
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
literature:
  - id: popova-2019
  - id: daly-2019
""",
docs={
"denial/northcove-pa-denial-2026-11-12.txt": """\
NORTHCOVE MUTUAL INSURANCE COMPANY (FICTIONAL)
Halverston State University Student Health Insurance Plan 2026-2027
Utilization Management - Pharmacy and Medical Benefit Drugs

November 12, 2026

PRIYA L DUNMORE
418 TAMARACK CT APT 3B
CEDAR FERRY WI 53999

Member ID: NCM-FICT-STU-220918        Reference #: NCM-PA-2026-1104-5582
Requesting provider: Marisol Fennimore-Acheson, MD (Lakeshore Mood Clinic)
Service requested: Spravato (esketamine) 28 mg device, induction x 8 sessions (J0013, 99415, 99416)
Request received: 11/04/2026

NOTICE OF ADVERSE BENEFIT DETERMINATION

Dear Ms. Dunmore:

We reviewed the request listed above. Prior authorization for Spravato (esketamine) nasal spray is denied.
Northcove Clinical Policy RX-PSY-044, section 2(b), requires an inadequate response to at least two
antidepressants from two different classes, each at an adequate dose for at least 8 weeks, in the current
episode. The records submitted document one adequate trial (sertraline). Medical necessity has not been
established.

This decision was made by Lionel Okonjo, MD, Board certified in Family Medicine, after a peer-to-peer
discussion with your provider on 11/18/2026.

ADDENDUM 11/18/2026: Peer-to-peer completed. Decision upheld. Records reviewed: student health center records
(2025). No additional records received.

You may ask for a free copy of the clinical policy and of all documents relevant to your request.

YOUR RIGHT TO APPEAL
You have 180 days from the date you receive this letter to file an appeal. This plan has one level of internal
appeal. If your appeal is denied you may ask for an external review by an independent review organization.
If your situation is urgent you may ask for an expedited appeal by calling 1-800-555-0139.
Send appeals to: Northcove Mutual, Member Appeals Unit, PO Box 40719, Milwaukee, WI 53299-0719.
Fax: (414) 555-0131.
""",
"clinical/student-health-center-records-2025.txt": """\
HALVERSTON STATE UNIVERSITY - STUDENT HEALTH AND COUNSELING (FICTIONAL)
Records release, printed 11/02/2026 for Lakeshore Mood Clinic
Patient: Dunmore, Priya L     DOB 01/01/2002     Student ID H00-FICT-4471

--- Page 1 ---
05/2025  PCP visit. Low mood, finals stress. Escitalopram 10 mg started. Pt stopped after ~3 wks (nausea).
         Mood improved over the summer without medication.
09/08/2025  New depressive episode since August (onset 08/2025 per pt). PHQ-9 19. Passive thoughts of death
         denied. Sertraline 100 mg; increased to 150 mg 10/06/2025.
09/2025-12/2025  Counseling center: CBT, 14 weekly sessions completed. PHQ-9 19 -> 17.
10/2025  Insomnia: trazodone 50 mg at bedtime PRN sleep.
12/01/2025  Sertraline 150 mg x 8 wks (12 wks total): partial response only. PHQ-9 16. Referred to psychiatry
         (Lakeshore Mood Clinic). Sertraline stopped at transfer of care.
FICTIONAL DOCUMENT.
""",
"clinical/lakeshore-psychiatry-notes-2026.txt": """\
LAKESHORE MOOD CLINIC (FICTIONAL) - Psychiatry progress notes (summary for appeal)
Patient: Priya L. Dunmore   DOB 01/01/2002   Released to patient and plan 11/20/2026

=== Page 1 ===
12/15/2025  Intake (M. Fennimore-Acheson, MD). Recurrent MDD; first episode age 19 (2021), remitted; brief
            low period 05/2025 (see SHC). Current episode since 08/2025. Partial response to sertraline 150 mg.
01/05/2026  Switch to bupropion XL 150 -> 300 mg (different class, NDRI).
03/30/2026  Bupropion XL 300 mg x 12 wks: no response. MADRS 34. Cross-taper to venlafaxine XR.
04/06/2026  Venlafaxine XR 75 -> 150 mg; 225 mg from 05/18/2026.
07/27/2026  Venlafaxine XR 225 mg x 10 wks (16 wks total): partial response only. MADRS 29. Continue.
            Considered lithium augmentation: pt declines (teaching schedule, blood tests). Discussed esketamine.

=== Page 2 ===
11/03/2026  MADRS 33. PHQ-9 21. C-SSRS screen negative: no SI, no intent, no plan. Hx: passive death wish
            03/2026, resolved. No psychosis. No SUD (AUDIT-C 1). Not pregnant (urine hCG neg). BP 118/76.
            No aneurysm/AVM/ICH history. Plan: Spravato induction at Lakeshore (REMS-certified treatment center,
            certificate on file) with venlafaxine XR 225 mg continued. BP at 0, 40 min, 2 h; 2 h observation.
11/04/2026  PA request faxed to Northcove with SHC records (Lakeshore notes not yet released at that time).
11/18/2026  Peer-to-peer with Dr. Okonjo (family medicine): reviewer had only SHC records; counted sertraline
            only; escitalopram "too short". Advised appeal with psychiatry records.
FICTIONAL DOCUMENT.
""",
"other/northcove-policy-rx-psy-044-excerpt.txt": """\
NORTHCOVE MUTUAL (FICTIONAL) - CLINICAL POLICY RX-PSY-044
Esketamine Nasal Spray (Spravato)          Effective 07/01/2026     Page 1 of 4 (excerpt)

2. Esketamine nasal spray is considered medically necessary when ALL of the following are met: (a) the member
is 18 years of age or older with a diagnosis of major depressive disorder; (b) the member has had an inadequate
response to at least two antidepressants from two different classes, each at an adequate dose for at least 8
weeks, in the current depressive episode; (c) treatment is given at a healthcare setting certified under the
SPRAVATO REMS; (d) esketamine will be used together with an oral antidepressant.

3. Initial approval: up to 8 treatment sessions over 4 weeks.
FICTIONAL DOCUMENT.
""",
"other/patient-consent-to-appeal.txt": """\
CONSENT TO APPEAL ON MY BEHALF (FICTIONAL)
I, Priya Lakshmi Dunmore (member NCM-FICT-STU-220918), ask Dr. Marisol Fennimore-Acheson of Lakeshore Mood
Clinic to appeal reference NCM-PA-2026-1104-5582 for me and to send my records to Northcove Mutual.
Signed: Priya L. Dunmore     Date: 11/21/2026
FICTIONAL DOCUMENT.
""",
},
truth="""\
# 01 - Student health plan, Spravato PA denied "one adequate trial"; the treating psychiatrist appeals (FICTIONAL)

All people, plans, numbers and addresses are invented.

## What is true
- Priya Dunmore, 24 (DOB 2002-01-01), a graduate student on her university's **student health insurance
  plan**, insured by Northcove Mutual. Student health insurance is individual-market coverage (45 CFR 147.145), so the ACA internal/external review rule for
  individual coverage applies: 45 CFR 147.136(b)(3) (applying the ERISA claims rule) and external review
  147.136(c)-(d). Plan type `individual_aca`. The notice says there is **one level of internal appeal**.
- Pre-service denial of a Spravato PA on 2026-11-12 under policy RX-PSY-044 2(b) (two antidepressants of two
  classes, 8 weeks each, current episode), reviewer a **family physician**. Appeal window: 180 days from receipt
  (notice: "180 days from the date you receive this letter"), counted from the notice: 2027-05-11. Pre-service
  appeal decision: 30 days (2560.503-1(i)(2)(ii) as applied by 147.136(b)(3)).
- The reviewer saw only the student health center records. The psychiatry records (released 2026-11-20, after
  the denial) show **three** adequate failed antidepressants of **three classes** in the current episode (onset
  August 2025): sertraline 150 mg (SSRI, 12 wks, partial), bupropion XL 300 mg (NDRI, 12 wks, none),
  venlafaxine XR 225 mg (SNRI, 16 wks, partial, continued). Every RX-PSY-044 criterion is met.
- Suicidality: **none** on 2026-11-03 (C-SSRS negative); passive death wish in 03/2026, resolved.
- Author: the treating psychiatrist, with the patient's written consent.

## Deliberately unknown
- Whether the reviewer's "one adequate trial" also rejected bupropion for another reason (he never saw it).
- Any MADRS result on esketamine: treatment has not started.
- Whether the plan covers the observation codes separately once approved.

## Traps
- The notice's words "Prior authorization ... is denied" do not make this a missing-authorization case: it is a
  medical-necessity denial (do not ask for retro-authorization, do not say authorization was not requested).
- Escitalopram 05/2025 (month-only dates, about three weeks, stopped for nausea, before the current episode):
  not an adequate trial, not counted. Trazodone 50 mg is a sleep dose, not an antidepressant trial. CBT is
  psychotherapy (14 sessions), not an antidepressant; it is not judged by weeks.
- "C-SSRS screen negative: no SI" is a negation; no suicidality paragraph, no Spravato "suicidality indication",
  no "current suicidal ideation". The 03/2026 passive death wish is history only.
- The policy requires an oral antidepressant alongside; the FDA label no longer does for TRD (monotherapy since
  January 2025). The letter may say the criterion is met (venlafaxine continued) but must not call it a label
  requirement; "psychiatrist prescriber" is not a label requirement either (the prescriber is a psychiatrist anyway).
- Lithium augmentation was *declined*, not tried: it is not a trial.
- The notice prints a peer-to-peer date (11/18) later than its own date (11/12): the decision notice date is
  2026-11-12; the 11/18 entry is an addendum. Count the window from 11/12.
- Not an ERISA employer plan: no "ERISA" as the governing law, no Labor Department/EBSA; cite 45 CFR 147.136.

## Arguments a strong letter makes
1. The reviewer did not have the psychiatry records (dated after the denial, 2026-11-20): they document two more
   adequate failed antidepressants of two further classes; RX-PSY-044 2(b) is met three times over in the
   current episode, point by point with the policy's own words.
2. Every other RX-PSY-044 criterion is met (adult MDD, REMS-certified setting, venlafaxine continued); severity
   MADRS 33 / PHQ-9 21 on 2026-11-03; impact on studies and work.
3. Ask for review by a psychiatrist (the decision was a family physician's), the claim file and the policy,
   decision within the pre-service time, and offer another peer-to-peer call.

## What a letter must NOT say
- "escitalopram trial failed", "four failed antidepressants", "trazodone trial", "CBT/psychotherapy as an
  antidepressant", "suicidal ideation", "acute suicidal", "retroactive authorization", "authorization was not
  requested", "FDA label requires an oral antidepressant", "ERISA" as the governing law, "the plan named no
  criteria", "lithium failed".
""",
checks=[
  ("denial/northcove-pa-denial-2026-11-12.txt", "The records submitted document one adequate trial (sertraline)."),
  ("denial/northcove-pa-denial-2026-11-12.txt", "You have 180 days from the date you receive this letter to file an appeal."),
  ("denial/northcove-pa-denial-2026-11-12.txt", "Board certified in Family Medicine"),
  ("clinical/lakeshore-psychiatry-notes-2026.txt", "Bupropion XL 300 mg x 12 wks: no response."),
  ("clinical/lakeshore-psychiatry-notes-2026.txt", "Venlafaxine XR 225 mg x 10 wks (16 wks total): partial response only."),
  ("clinical/lakeshore-psychiatry-notes-2026.txt", "C-SSRS screen negative: no SI, no intent, no plan."),
  ("clinical/lakeshore-psychiatry-notes-2026.txt", "Released to patient and plan 11/20/2026"),
  ("clinical/student-health-center-records-2025.txt", "Pt stopped after ~3 wks (nausea)."),
  ("clinical/student-health-center-records-2025.txt", "trazodone 50 mg at bedtime PRN sleep"),
  ("clinical/student-health-center-records-2025.txt", "CBT, 14 weekly sessions completed"),
  ("other/northcove-policy-rx-psy-044-excerpt.txt", "each at an adequate dose for at least 8"),
],
))

# ---------------------------------------------------------------------------------------------------------------
# 02 Marketplace EPO, out-of-network Spravato at the nearest REMS clinic; the plan's own access standard and
#    network-exception clause; the patient's sister (authorized representative) writes the only internal appeal.
# ---------------------------------------------------------------------------------------------------------------
CASES.append(dict(
slug="02-marketplace-epo-spravato-out-of-network-access-standard",
yaml="""\
# FICTIONAL CASE (set 8, case 02) - every person, plan, number and address is invented.
# Marketplace (individual) EPO denied Spravato claims from the nearest REMS clinic as out of network; the in-network
# REMS sites in the directory were closed to the treatment or outside the plan's own access standard. The patient's
# sister, her authorized representative, writes the (only) internal appeal.
patient:
  name: Delphine Arroyo-Kask
  salutation: Ms. Arroyo-Kask
  date_of_birth: March 14, 1985
  member_id: PMS-FICT-88031-07
  address: |-
    72 Cottonwood Switchback
    Millbrook Hollow, NM 87999
  phone: (505) 555-0106
insurer:
  name: Piñon Mesa Health Plans - Silver EPO (Marketplace) (FICTIONAL)
  appeals_address: |-
    Piñon Mesa Health Plans, Grievances and Appeals
    PO Box 27740
    Albuquerque, NM 87125-7740
  fax: (505) 555-0187
claim:
  number: PMS-CLM-26-0915-31177
  plan_type: individual_aca
  funding: insured
  notice_date: October 9, 2026
  service_dates: [2026-07-14, 2026-08-27]
  sessions: 12
  procedure_codes: [J0013, 99214, 99415, 99416]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    CARC 242: Services not provided by network/primary care providers. Your EPO plan covers services from
    out-of-network providers only for emergency care or when the plan has approved them in advance.
  denial_category: out_of_network
  action: none
  appeal_deadline: April 7, 2027
  deadline_basis: >-
    Stated in the notice: "You or your authorized representative must file an appeal within 180 days after you
    receive this notice." Counted from the notice date.
plan_policy:
  name: Piñon Mesa 2026 Evidence of Coverage, Section 3.4 (Access to Network Providers) and Section 3.6 (Network Exceptions)
  quote: >-
    3.4 Access standards. For outpatient behavioral health care, a Network Provider will be available within 45
    miles or 60 minutes of travel from your home, with a routine appointment available within 10 business days.
  exception: >-
    3.6 Network exceptions. If no Network Provider can provide a Covered Service within the access standards in
    Section 3.4, we will cover the service from an Out-of-Network Provider at the In-Network cost-sharing level.
    You, your representative or your provider may ask for a network exception before or after the service.
  file: other/pinon-mesa-evidence-of-coverage-2026-excerpt.txt
network:
  - name: High Desert Behavioral Health, Sandia Vista clinic (in network, listed as a Spravato REMS site)
    date: 2026-06-22
    outcome: >-
      Stopped offering Spravato in March 2026; the plan's directory still listed it
  - name: Río Abajo Psychiatric Associates, Las Tierras office (in network, REMS site)
    date: 2026-06-23
    outcome: >-
      78 miles from home; first Spravato induction opening October 5, 2026 (15 weeks away)
  - name: Piñon Mesa member services (asked for an in-network REMS site within 45 miles)
    date: 2026-06-24
    outcome: >-
      Representative "Kendra" found none within 45 miles and said a network exception could be requested
      (reference CALL-0624-6620)
treatment:
  name: Spravato (esketamine nasal spray)
  summary: >-
    Twelve esketamine sessions (eight induction, four weekly) at the nearest REMS-certified clinic, 11 miles from
    home, with sertraline continued.
  setting: Mesa Verde Interventional Psychiatry, a REMS-certified clinic (out of network; FICTIONAL)
  alongside: sertraline 200 mg daily, continued
author:
  name: Rosalind Arroyo-Kask
  role: Sister and authorized representative
  relation: representative
  authorization: other/authorized-representative-form.txt
  address: |-
    1190 Piedra Lisa Lane
    Millbrook Hollow, NM 87999
  phone: (505) 555-0108
  email: rarroyokask@mail.example
clinical:
  episode_onset: January 2025
  severity: PHQ-9 22 on June 18, 2026 (before treatment); PHQ-9 9 on August 27, 2026
  severity_date: 2026-08-27
  suicidality: none
  suicidality_date: 2026-06-18
  history:
    - drug: Citalopram
      dose: 40 mg daily
      start: summer 2023
      end: fall 2023
      outcome: Remission in an earlier episode; stopped in 2024
      response: remission
    - drug: Fluoxetine
      dose: 40 mg daily
      start: 2025-02-03
      end: 2025-05-26
      outcome: No response after 16 weeks
      response: none
      evidence: {file: clinical/primary-psychiatry-summary.txt, page: 1}
    - drug: Duloxetine
      dose: 60 to 90 mg daily
      start: 2025-06-02
      end: 2025-10-13
      outcome: Partial response, then relapse
      response: partial
      evidence: {file: clinical/primary-psychiatry-summary.txt, page: 1}
    - drug: Sertraline
      dose: 200 mg daily
      start: 2025-10-20
      end: 2026-06-18
      ongoing: true
      outcome: Partial response only; continued with esketamine
      response: partial
      evidence: {file: clinical/primary-psychiatry-summary.txt, page: 1}
bates_prefix: ARROYOKASK
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
docs={
"denial/eob-2026-10-09.txt": """\
PIÑON MESA HEALTH PLANS (FICTIONAL)                     EXPLANATION OF BENEFITS - THIS IS NOT A BILL
Silver EPO 2026 (purchased through the state Marketplace)                Statement date: 10/09/2026
Member: DELPHINE ARROYO-KASK     ID: PMS-FICT-88031-07     Claim: PMS-CLM-26-0915-31177
Provider: MESA VERDE INTERVENTIONAL PSYCHIATRY (OUT OF NETWORK)

Dates          Code    Units  Billed       Allowed  Plan paid  You owe     Remark
07/14-08/27/26 J0013   952    $15,232.00   $0.00    $0.00      $15,232.00  242
07/14-08/27/26 99214   12     $2,220.00    $0.00    $0.00      $2,220.00   242
07/14-08/27/26 99415   12     $1,560.00    $0.00    $0.00      $1,560.00   242
07/14-08/27/26 99416   12     $960.00      $0.00    $0.00      $960.00     242
TOTAL                         $19,972.00   $0.00    $0.00      $19,972.00

REMARK 242: Services not provided by network/primary care providers. Your EPO plan covers services from
out-of-network providers only for emergency care or when the plan has approved them in advance.

APPEAL RIGHTS: You or your authorized representative must file an appeal within 180 days after you receive
this notice. Piñon Mesa has one level of internal appeal. After it you may request an external review.
Mail: Grievances and Appeals, PO Box 27740, Albuquerque, NM 87125-7740. Fax: (505) 555-0187.
""",
"clinical/primary-psychiatry-summary.txt": """\
ARROYO SECO FAMILY PSYCHIATRY (FICTIONAL)   Treatment summary for appeal, 09/30/2026
Re: Delphine Arroyo-Kask, DOB 03/14/1985

Page 1
Recurrent major depressive disorder. Prior episode treated summer-fall 2023 with citalopram 40 mg: remission.
Current episode since 01/2025.
- Fluoxetine 40 mg 02/03/2025-05/26/2025: no response (16 wks).
- Duloxetine 60->90 mg 06/02/2025-10/13/2025: partial response, then relapse.
- Sertraline 200 mg since 10/20/2025: partial response only. Continued.
06/18/2026: PHQ-9 22. Denies suicidal ideation. Referred for esketamine (Spravato).
Nearest REMS site: Mesa Verde Interventional Psychiatry, 11 miles (out of network).
Doses: 56 mg sessions 1-2, 84 mg sessions 3-12 (952 mg).
08/27/2026: PHQ-9 9 after 8 induction + 4 weekly sessions. Ongoing maintenance to be decided.
FICTIONAL DOCUMENT.
""",
"other/network-search-call-log-june-2026.txt": """\
CALL LOG kept by Rosalind Arroyo-Kask (FICTIONAL)

06/20/2026  Printed Piñon Mesa online directory: "Spravato REMS sites near 87999": 2 results.
06/22/2026  High Desert Behavioral Health, Sandia Vista: front desk says they stopped Spravato in March 2026.
06/23/2026  Río Abajo Psychiatric Associates, Las Tierras (78 miles each way): first induction opening
            10/05/2026.
06/24/2026  Piñon Mesa member services, rep "Kendra", ref CALL-0624-6620: no in-network REMS site within 45
            miles she can find. "You can request a network exception." No form was sent to us.
06/25/2026  Mesa Verde Interventional Psychiatry (11 miles): can start 07/14/2026. Out of network.
NOTE: the directory printout is dated 06/20 but the phone calls began 06/22.
FICTIONAL DOCUMENT.
""",
"other/pinon-mesa-evidence-of-coverage-2026-excerpt.txt": """\
PIÑON MESA HEALTH PLANS (FICTIONAL) - 2026 EVIDENCE OF COVERAGE, SILVER EPO (excerpt)

3.4 Access standards. For outpatient behavioral health care, a Network Provider will be available within 45
miles or 60 minutes of travel from your home, with a routine appointment available within 10 business days.

3.6 Network exceptions. If no Network Provider can provide a Covered Service within the access standards in
Section 3.4, we will cover the service from an Out-of-Network Provider at the In-Network cost-sharing level.
You, your representative or your provider may ask for a network exception before or after the service.

5.2 Esketamine nasal spray is a Covered Service when prior authorization criteria are met.
FICTIONAL DOCUMENT.
""",
"other/authorized-representative-form.txt": """\
PIÑON MESA HEALTH PLANS - APPOINTMENT OF AUTHORIZED REPRESENTATIVE (FICTIONAL)
Member: Delphine Arroyo-Kask, ID PMS-FICT-88031-07
I appoint my sister, Rosalind Arroyo-Kask, to act for me in appeals about claim PMS-CLM-26-0915-31177.
Member signature: D. Arroyo-Kask   Date: 10/20/2026
FICTIONAL DOCUMENT.
""",
},
truth="""\
# 02 - Marketplace EPO, out-of-network Spravato; the plan's own access standard and network-exception clause (FICTIONAL)

All people, plans, numbers and addresses are invented.

## What is true
- Delphine Arroyo-Kask, 41, Marketplace Silver EPO (`individual_aca`, insured). Twelve Spravato sessions
  (2026-07-14 to 2026-08-27, 8 induction + 4 weekly) at an out-of-network REMS clinic 11 miles away were denied on
  the 2026-10-09 EOB, CARC 242 (out of network). Medical necessity is **not** disputed.
- The plan's own Evidence of Coverage (3.4) promises a network behavioral health provider within 45 miles or 60
  minutes with an appointment in 10 business days, and (3.6) covers an out-of-network provider at in-network
  cost sharing when it cannot, **before or after the service**.
- The two in-network REMS sites in the directory: one had stopped Spravato (March 2026), the other was 78 miles
  away with a 15-week wait. Member services (06/24/2026, ref CALL-0624-6620) found none within 45 miles.
- The appeal: 180 days from receipt (counted from 10/09: 2027-04-07); one level of internal appeal, then
  external review. Post-service decision: 60 days (147.136(b)(3) applying 2560.503-1(i)(2)(iii)(A)).
- Author: the sister, authorized representative (plan's form signed 10/20/2026).

## Deliberately unknown
- Whether any other in-network prescriber within 45 miles became a REMS site later.
- The plan's in-network allowed amount for these codes (what in-network cost sharing would be).
- Whether a prior-authorization request for Spravato would have been approved (none was made; the claims were
  not denied for it).

## Traps
- 45 CFR 156.230(a)(1)(ii) sets network sufficiency for Marketplace plans but promises **no** out-of-network
  coverage; the right to it here is the plan's own 3.6. The letter must not claim the regulation requires payment.
- Do not say "there is no in-network provider" anywhere: there was one 78 miles away with a 15-week wait. Say
  none within the plan's own standard.
- No network exception was requested before care (the rep said one "could be requested"; no form was sent): the
  letter must not say one was requested or approved; 3.6 allows asking after the service.
- Not a medical-judgment denial: no "medical necessity" argument as the ground, no clinical-reviewer demand, no
  peer-to-peer.
- Citalopram 2023 remission = an earlier episode, not a failed trial (dates "summer 2023"/"fall 2023" are seasons).
- "Denies suicidal ideation": no suicidality paragraph.
- Do not promise payment of billed charges ($19,972): ask for payment at the in-network cost-sharing level and
  protection from balance billing only as far as the plan's terms give it (unknown).
- Directory printout 06/20 vs calls from 06/22: dates of the contacts are 06/22-06/24.
- The sister writes about her sister in the third person ("Ms. Arroyo-Kask"), never "I" as the patient.

## Arguments a strong letter makes
1. Under the plan's own EOC 3.4/3.6 no network provider could give the care within 45 miles/60 minutes or 10
   business days; the plan must cover the out-of-network clinic at in-network cost sharing: treat this appeal as
   the network-exception request 3.6 allows after the service.
2. The in-network providers tried, with dates and outcomes, and the plan's own member services call (ref
   CALL-0624-6620); the directory listed a site that no longer offered the treatment.
3. Reprocess the claim lines at the in-network level; ask for the documents relied on (claim file).

## What a letter must NOT say
- "no in-network provider exists", "network exception was approved/requested in June", "45 CFR 156.230 requires
  the plan to pay out of network", "not medically necessary" as the plan's reason, "peer-to-peer",
  "citalopram failed", "suicidal ideation", "ERISA", "pay the billed charges in full".
""",
checks=[
  ("denial/eob-2026-10-09.txt", "Services not provided by network/primary care providers."),
  ("denial/eob-2026-10-09.txt", "must file an appeal within 180 days after you receive"),
  ("other/pinon-mesa-evidence-of-coverage-2026-excerpt.txt", "within 45\nmiles or 60 minutes"),
  ("other/pinon-mesa-evidence-of-coverage-2026-excerpt.txt", "before or after the service"),
  ("other/network-search-call-log-june-2026.txt", "stopped Spravato in March 2026"),
  ("other/network-search-call-log-june-2026.txt", "first induction opening\n            10/05/2026"),
  ("other/network-search-call-log-june-2026.txt", "ref CALL-0624-6620"),
  ("clinical/primary-psychiatry-summary.txt", "citalopram 40 mg: remission"),
  ("clinical/primary-psychiatry-summary.txt", "Denies suicidal ideation."),
],
))

# ---------------------------------------------------------------------------------------------------------------
# 03 Insured employer plan (spouse coverage), acute ECT course for a 66-year-old, "not medically necessary" under
#    the plan's ECT guideline (augmentation step); final internal denial upheld; the daughter (authorized
#    representative) requests state external review.
# ---------------------------------------------------------------------------------------------------------------
CASES.append(dict(
slug="03-insured-employer-ect-older-adult-external-review",
yaml="""\
# FICTIONAL CASE (set 8, case 03) - every person, plan, number and address is invented.
# Insured employer group plan (coverage through her husband's employer): an acute ECT course for a 66-year-old was
# denied as not medically necessary ("no augmentation strategy"); the second internal level upheld it on
# October 30, 2026; her daughter, her authorized representative, asks for the state's external review.
template: external-review-request
patient:
  name: Marguerite Anne Szabo-Lindqvist
  salutation: Mrs. Szabo-Lindqvist
  date_of_birth: February 2, 1960
  member_id: KSH-FICT-4471920-02
  address: |-
    33 Quarry Orchard Lane
    Elm Saddle, PA 17999
  phone: (717) 555-0143
insurer:
  name: Keystone Summit Health Insurance Company (FICTIONAL)
  appeals_address: |-
    Keystone Summit Health, Appeals Department
    PO Box 8120
    Harrisburg, PA 17105-8120
  fax: (717) 555-0199
claim:
  number: KSH-26-0929-ECT-00412
  plan_type: employer_erisa
  funding: insured
  state: PA
  notice_date: September 29, 2026
  service_dates: [2026-09-15, 2026-10-20]
  sessions: 12
  procedure_codes: [90870, "00104"]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    Electroconvulsive therapy (90870) is not medically necessary. Keystone Summit Medical Guideline BH-ECT-2,
    criterion 1(b), requires failure of at least two antidepressants of adequate dose and duration AND of one
    augmentation strategy (lithium or an atypical antipsychotic) unless contraindicated or not tolerated. The
    records do not show a failed augmentation strategy.
  denial_category: medical_necessity
  action: none
  reviewer:
    name: Gerald Pinsky-Haley, MD
    specialty: internal medicine
decisions:
  - date: 2026-10-30
    outcome: denied
    stage: second-level internal appeal (final internal adverse benefit determination)
    opens: external review
    next_deadline: 2027-02-28
    reason: >-
      We have upheld our decision. The member has not failed an augmentation strategy as required by
      Guideline BH-ECT-2, criterion 1(b). Lithium was discontinued after a short period and aripiprazole after four
      weeks. This is our final internal adverse benefit determination.
external_review:
  agency: Pennsylvania Insurance Department, Office of Consumer Services - External Review (address as printed in the notice; FICTIONAL copy)
  address: |-
    External Review Unit
    PO Box 0711 (FICTIONAL)
    Harrisburg, PA 17120
  final_denial_date: 2026-10-30
plan_policy:
  name: Keystone Summit Medical Guideline BH-ECT-2, Electroconvulsive Therapy
  number: BH-ECT-2
  quote: >-
    1. An acute course of ECT is medically necessary for major depressive disorder when (a) OR (b) is met:
    (a) the member needs a rapid response because of severe suicidality, catatonia, or inanition with significant
    weight loss or refusal of food or fluids; (b) the member has not responded to at least two antidepressants of
    adequate dose and duration AND to one augmentation strategy (lithium or an atypical antipsychotic), unless
    contraindicated or not tolerated. 2. Members 65 or older require medical clearance before the first treatment.
  file: other/keystone-guideline-bh-ect-2-excerpt.txt
payer_criteria:
  - criterion: "1(a) Rapid response needed: inanition with significant weight loss"
    how_met: >-
      Weight 61.2 kg on July 21 to 52.6 kg on September 11, 2026 (14 percent in 7 weeks); eating less than a
      third of meals; IV fluids in the emergency department on September 9, 2026
    met: true
    evidence: {file: clinical/geriatric-psychiatry-records-2026.txt, page: 2}
  - criterion: "1(b) Two antidepressants of adequate dose and duration"
    how_met: "Escitalopram 10 mg (12 weeks, partial) and mirtazapine 30-45 mg (10 weeks, none) in this episode"
    met: true
    evidence: {file: clinical/geriatric-psychiatry-records-2026.txt, page: 1}
  - criterion: "1(b) One augmentation strategy, unless contraindicated or not tolerated"
    how_met: >-
      Lithium stopped after 19 days for a fall and confusion at a level of 0.5 mmol/L (not tolerated); aripiprazole
      2 to 5 mg stopped after 4 weeks for akathisia and a second fall (not tolerated)
    met: true
    evidence: {file: clinical/geriatric-psychiatry-records-2026.txt, page: 1}
  - criterion: "2. Medical clearance at 65 or older"
    how_met: "Cardiology and anesthesia clearance dated September 11, 2026"
    met: true
    evidence: {file: clinical/geriatric-psychiatry-records-2026.txt, page: 2}
treatment:
  name: Electroconvulsive therapy (ECT), acute course
  summary: >-
    An acute course of 12 right unilateral ultrabrief ECT treatments, three a week, under general anesthesia at a
    hospital ECT service.
  setting: Susquehanna Valley Hospital ECT Service (FICTIONAL)
author:
  name: Ilona Szabo-Lindqvist Reyes
  role: Daughter and authorized representative
  relation: representative
  authorization: other/external-review-authorization.txt
  address: |-
    9 Wren Hollow Road
    Elm Saddle, PA 17999
  phone: (717) 555-0146
clinical:
  episode_onset: November 2025
  severity: >-
    MADRS 41 and GDS-15 13 on September 11, 2026, with weight loss to 52.6 kg; MADRS 12 on October 20, 2026 after
    the course
  severity_date: 2026-10-20
  suicidality: passive
  suicidality_date: 2026-09-11
  exclusions: >-
    September 11, 2026: cardiology and anesthesia clearance; no intracranial mass; MoCA 24/30 before ECT (27/30 on
    October 27, 2026); no psychotic features
  history:
    - drug: ECT (acute course, earlier episode)
      kind: neuromodulation
      dose: 10 right unilateral treatments
      sessions: 10
      adequate: true
      start: 2018-04
      end: 2018-05
      outcome: Remission in the 2018 episode; well until November 2025
      response: remission
      evidence: {file: clinical/geriatric-psychiatry-records-2026.txt, page: 1}
    - drug: Escitalopram
      dose: 10 mg daily (maximum dose over age 65)
      start: 2025-12-01
      end: 2026-02-23
      outcome: Partial response only after 12 weeks
      response: partial
      evidence: {file: clinical/geriatric-psychiatry-records-2026.txt, page: 1}
    - drug: Mirtazapine
      dose: 30 to 45 mg at bedtime
      start: 2026-03-02
      end: 2026-05-11
      outcome: No response after 10 weeks
      response: none
      evidence: {file: clinical/geriatric-psychiatry-records-2026.txt, page: 1}
    - drug: Lithium (augmenting mirtazapine)
      kind: augmentation
      dose: 300 mg daily, level 0.5 mmol/L
      start: 2026-04-13
      end: 2026-05-01
      outcome: Stopped after 19 days for a fall and new confusion; not tolerated
      adequate: false
      failed: true
      evidence: {file: clinical/geriatric-psychiatry-records-2026.txt, page: 1}
    - drug: Aripiprazole (augmenting mirtazapine)
      kind: augmentation
      dose: 2 to 5 mg daily
      start: 2026-05-18
      end: 2026-06-15
      outcome: Stopped after 4 weeks for akathisia and a second fall; not tolerated
      adequate: false
      failed: true
      evidence: {file: clinical/geriatric-psychiatry-records-2026.txt, page: 1}
impact:
  hospitalizations: Emergency department visit on September 9, 2026 for dehydration (IV fluids)
  daily_life: Stopped eating regular meals and left home only for appointments from July to September 2026
bates_prefix: SZABOLINDQVIST
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
literature:
  - id: anand-2023
""",
docs={
"denial/claim-denial-2026-09-29.txt": """\
KEYSTONE SUMMIT HEALTH INSURANCE COMPANY (FICTIONAL)
Group: Brandywine Tool & Die Co. employee plan (insured)          Notice date: September 29, 2026

Member: Marguerite A. Szabo-Lindqvist (dependent spouse)   ID KSH-FICT-4471920-02
Claim KSH-26-0929-ECT-00412   Provider: Susquehanna Valley Hospital ECT Service
Services: 90870 x 12 and anesthesia 00104, course 09/15/2026 - 10/20/2026 (urgent request received 09/14/2026;
course began 09/15/2026 while the request was under review)

DETERMINATION: Electroconvulsive therapy (90870) is not medically necessary. Keystone Summit Medical Guideline
BH-ECT-2, criterion 1(b), requires failure of at least two antidepressants of adequate dose and duration AND of
one augmentation strategy (lithium or an atypical antipsychotic) unless contraindicated or not tolerated. The
records do not show a failed augmentation strategy.

Reviewer: Gerald Pinsky-Haley, MD (Internal Medicine).
You may appeal within 180 days of receipt of this notice.
""",
"denial/final-internal-appeal-decision-2026-10-30.txt": """\
Keystone Summit Health - Appeals Department (FICTIONAL)
SECOND LEVEL APPEAL DECISION          Date: 10/30/2026          Appeal # KSH-AP2-26-77019

Re: Marguerite A. Szabo-Lindqvist, claim KSH-26-0929-ECT-00412 (ECT 09/15/2026-10/20/2026)

We have upheld our decision. The member has not failed an augmentation strategy as required by Guideline
BH-ECT-2, criterion 1(b). Lithium was discontinued after a short period and aripiprazole after four weeks. This is
our final internal adverse benefit determination.

Reviewed by: Gerald Pinsky-Haley, MD, Internal Medicine. (The first-level appeal of 10/06/2026 was also decided by
Dr. Pinsky-Haley.)

EXTERNAL REVIEW: You may request an external review by an independent review organization through the
Pennsylvania Insurance Department within four months after the date you receive this notice. Expedited external
review is available if a delay would seriously jeopardize your health.
""",
"clinical/geriatric-psychiatry-records-2026.txt": """\
SUSQUEHANNA VALLEY GERIATRIC PSYCHIATRY (FICTIONAL)    Pt: Szabo-Lindqvist, Marguerite   DOB 02/02/1960

PAGE 1 - MEDICATION AND TREATMENT HISTORY
2018 (Apr-May): prior MDE, 10 RUL ECT treatments -> remission. Well until 11/2025.
Current episode from 11/2025.
  Escitalopram 10 mg (max >65) 12/01/25-02/23/26 .......... partial response only (12 wks)
  Mirtazapine 30 -> 45 mg 03/02/26-05/11/26 ................. no response (10 wks)
  + Lithium 300 mg 04/13/26-05/01/26 (level 0.5) ............ fall 04/29, confusion -> stopped (19 days)
  + Aripiprazole 2 -> 5 mg 05/18/26-06/15/26 ................ akathisia, 2nd fall 06/12 -> stopped
  Note: augmentation NOT TOLERATED x2. Further lithium contraindicated (falls, eGFR 52).
  Trazodone 25 mg hs PRN sleep 2026 - not an antidepressant trial.

PAGE 2 - PRE-ECT ASSESSMENT 09/11/2026
Weight 52.6 kg (61.2 kg on 07/21/26). Eating < 1/3 of meals. ED visit 09/09/26, IV fluids for dehydration.
MADRS 41. GDS-15 13/15. Passive wish to die ("I would not mind not waking up"); denies intent or plan.
No psychotic features. No catatonia. MoCA 24/30.
Cardiology clearance (Dr. A. Mwangi) and anesthesia clearance 09/11/2026: cleared for ECT.
Plan: RUL ultrabrief ECT three times weekly, 12 treatments.
10/20/2026: course complete, 12 treatments (09/15-10/20). MADRS 12. Weight 55.0 kg. MoCA 27/30 on 10/27.
FICTIONAL DOCUMENT.
""",
"other/keystone-guideline-bh-ect-2-excerpt.txt": """\
KEYSTONE SUMMIT HEALTH (FICTIONAL) - MEDICAL GUIDELINE BH-ECT-2: ELECTROCONVULSIVE THERAPY (rev. 01/2026)

1. An acute course of ECT is medically necessary for major depressive disorder when (a) OR (b) is met:
(a) the member needs a rapid response because of severe suicidality, catatonia, or inanition with significant
weight loss or refusal of food or fluids; (b) the member has not responded to at least two antidepressants of
adequate dose and duration AND to one augmentation strategy (lithium or an atypical antipsychotic), unless
contraindicated or not tolerated. 2. Members 65 or older require medical clearance before the first treatment.
FICTIONAL DOCUMENT.
""",
"other/external-review-authorization.txt": """\
AUTHORIZATION OF REPRESENTATIVE FOR EXTERNAL REVIEW (FICTIONAL)
I, Marguerite A. Szabo-Lindqvist, authorize my daughter Ilona Szabo-Lindqvist Reyes to request external review
of claim KSH-26-0929-ECT-00412 and to receive my medical records for that purpose.
Signed 11/09/2026.
FICTIONAL DOCUMENT.
""",
},
truth="""\
# 03 - Insured employer plan, acute ECT for a 66-year-old, "no failed augmentation"; daughter requests external review (FICTIONAL)

All people, plans, numbers and addresses are invented.

## What is true
- Marguerite Szabo-Lindqvist, 66, dependent spouse on an **insured** employer group plan (ERISA; insured, so the
  state external review route, 45 CFR 147.136(c), under Pennsylvania's process). 12 ECT treatments
  (2026-09-15 to 2026-10-20) were denied 2026-09-29 as not medically necessary under guideline BH-ECT-2 1(b);
  first- and second-level internal appeals upheld; the **final internal denial is dated 2026-10-30**. External
  review within **four months of receipt** of that notice (counted from 10/30: 2027-02-28).
- BH-ECT-2 is met two ways: **1(a)** (inanition: 14 percent weight loss in 7 weeks, ED visit for IV fluids) alone
  suffices ("(a) OR (b)"), and **1(b)** because both augmentation strategies were **not tolerated** (lithium:
  a fall and confusion in 19 days; aripiprazole: akathisia and a second fall), which the criterion's own words
  ("unless contraindicated or not tolerated") accept; lithium is now contraindicated (falls, eGFR 52). Medical
  clearance (criterion 2) on 2026-09-11.
- ECT worked before: remission in the 2018 episode after 10 treatments; and it worked now (MADRS 41 -> 12).
- Every internal decision was made by the same internist (initial, first level, second level); ECT for depression
  is a psychiatric judgment.
- Suicidality: **passive** death wish on 2026-09-11 without intent or plan.

## Deliberately unknown
- The exact date the final notice was received (4 months counts from receipt; the letter should not claim a
  receipt date).
- Whether maintenance ECT will be needed (none is planned in the records).
- The amount billed.

## Traps
- The quoted guideline names criteria: never "the plan named no criteria". It says "(a) OR (b)": the letter
  should not accept the plan's framing that 1(b) is the only path.
- Lithium 19 days and aripiprazole 4 weeks are **not** adequate trials; they are intolerances. The letter must not
  call them "adequate failed trials"; it says "not tolerated", as the criterion allows.
- The 2018 ECT remission is an earlier-episode **response**, not a failed treatment.
- Trazodone 25 mg PRN is for sleep: not an antidepressant trial. Escitalopram 10 mg is the maximum dose over 65
  (adequate dose).
- "No psychotic features", "No catatonia": negations (do not claim catatonia; the inanition arm applies).
- Passive ideation without intent or plan: not "active suicidal ideation", not "suicide attempt".
- Stage: external review request, quoting the **10/30 final decision**, not the 09/29 claim denial alone.
- Insured plan in Pennsylvania: state external review (147.136(c)); do not send it to the federal process or
  cite 29 CFR 2590.715-2719 as the route. ERISA claim-rule requests are for the internal stages.
- The daughter writes about her mother in the third person.

## Arguments a strong letter makes
1. BH-ECT-2 1(a) is met on its own (inanition, weight loss, ED visit), and the denial never addressed it.
2. 1(b) is met by its own exception: two augmentation strategies not tolerated (falls, confusion, akathisia),
   lithium now contraindicated; two adequate antidepressant trials failed; clearance done (criterion 2).
3. ECT brought remission before (2018) and a response now (MADRS 41 -> 12, cognition recovered); the decisions
   were made by an internist, not a psychiatrist; ask the independent reviewer to reverse.
4. (Procedural, optional) The final decision says the same internist decided the first-level appeal, and he also
   made the initial determination and the second-level decision: an ERISA appeal must be decided by someone who
   did not make the initial decision and who consulted a professional with training in the field (29 CFR
   2560.503-1(h)(3)(ii), (iii), (v)). A letter may raise it; it must not invent other procedural defects.

## What a letter must NOT say
- "the plan did not identify its criteria", "lithium and aripiprazole were adequate trials", "ECT failed in
  2018", "catatonia", "psychotic depression", "active suicidal ideation", "trazodone trial", "federal external
  review process" as the route for this insured plan, "within 60 days" for external review filing.
""",
checks=[
  ("denial/final-internal-appeal-decision-2026-10-30.txt", "This is\nour final internal adverse benefit determination."),
  ("denial/final-internal-appeal-decision-2026-10-30.txt", "within four months after the date you receive this notice"),
  ("denial/claim-denial-2026-09-29.txt", "The\nrecords do not show a failed augmentation strategy."),
  ("denial/claim-denial-2026-09-29.txt", "Gerald Pinsky-Haley, MD (Internal Medicine)"),
  ("clinical/geriatric-psychiatry-records-2026.txt", "Weight 52.6 kg (61.2 kg on 07/21/26)."),
  ("clinical/geriatric-psychiatry-records-2026.txt", "augmentation NOT TOLERATED x2"),
  ("clinical/geriatric-psychiatry-records-2026.txt", "10 RUL ECT treatments -> remission"),
  ("clinical/geriatric-psychiatry-records-2026.txt", "denies intent or plan"),
  ("clinical/geriatric-psychiatry-records-2026.txt", "No psychotic features. No catatonia."),
  ("clinical/geriatric-psychiatry-records-2026.txt", "MADRS 12"),
  ("other/keystone-guideline-bh-ect-2-excerpt.txt", "unless\ncontraindicated or not tolerated"),
],
))

# ---------------------------------------------------------------------------------------------------------------
# 04 Medicare Advantage HMO, partial hospitalization days denied at concurrent review with InterQual; Medicare's
#    own PHP rules (42 CFR 410.43, 424.24(e)) are fully established; the PHP psychiatrist asks for reconsideration
#    of the payment denial with the member's CMS-1696.
# ---------------------------------------------------------------------------------------------------------------
CASES.append(dict(
slug="04-medicare-advantage-php-interqual-reconsideration",
yaml="""\
# FICTIONAL CASE (set 8, case 04) - every person, plan, number and address is invented.
# Medicare Advantage HMO: partial hospitalization program days after October 9, 2026 denied at concurrent review
# ("InterQual continued-stay criteria not met; lower level of care"); the member attended 14 more program days.
# The PHP attending psychiatrist asks for reconsideration of the payment denial with the member's CMS-1696.
patient:
  name: Cornelius Abernathy-Voss
  salutation: Mr. Abernathy-Voss
  date_of_birth: July 7, 1958
  member_id: GLM-FICT-H3321-118402
  address: |-
    506 Heron Flats Road
    Port Wicklow, OR 97999
  phone: (541) 555-0172
insurer:
  name: Glenmoor Medicare Advantage HMO (FICTIONAL)
  appeals_address: |-
    Glenmoor Medicare Appeals
    PO Box 33021
    Portland, OR 97208-3021
  fax: (503) 555-0183
claim:
  number: GLM-UM-26-1013-PHP-2290
  plan_type: medicare_advantage
  notice_date: October 13, 2026
  service_dates: [2026-10-12, 2026-10-30]
  sessions: 14
  procedure_codes: [G0410, G0129, "90853", "90832"]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    Continued partial hospitalization from 10/12/2026 is denied. Based on InterQual Behavioral Health Criteria
    2026, Partial Hospital Program (Adult), continued-stay criteria are not met. The member's needs can be met
    at a lower level of care (intensive outpatient program).
  denial_category: medical_necessity
  action: end
  appeal_deadline: December 17, 2026
  deadline_basis: >-
    Stated in the notice: "You must ask for an appeal within 65 days of the date of this notice."
  reviewer:
    name: Dana Whitcombe-Lo, DO
    specialty: family medicine
medicare_coverage:
  name: Medicare partial hospitalization rules, 42 CFR 410.43 and 424.24(e)
  number: 42 CFR 410.43
  quote: >-
    Partial hospitalization services are services that (1) are reasonable and necessary for the diagnosis or
    active treatment of the individual's condition; (2) are reasonably expected to improve or maintain the
    individual's condition and functional level and to prevent relapse or hospitalization; (3) are furnished in
    accordance with a physician certification and plan of care as specified under 424.24(e).
  file: other/medicare-php-rules-excerpt.txt
payer_criteria:
  - criterion: "410.43(a)(1) Reasonable and necessary for active treatment"
    how_met: >-
      Daily structured program after an inpatient stay for an overdose; medication changes and daily group and
      individual therapy recorded each program day
    met: true
    evidence: {file: clinical/php-physician-certification-and-notes.txt, page: 1}
  - criterion: "410.43(a)(2) Expected to improve the condition and prevent relapse or hospitalization"
    how_met: "PHQ-9 from 24 on October 5 to 11 on October 30, 2026; no readmission"
    met: true
    evidence: {file: clinical/php-physician-certification-and-notes.txt, page: 2}
  - criterion: "410.43(a)(3) and 424.24(e) Physician certification and plan of care"
    how_met: >-
      Certified October 5, 2026 that the member would otherwise need inpatient psychiatric care; individualized
      plan of care signed the same day; recertified October 19, 2026
    met: true
    evidence: {file: clinical/php-physician-certification-and-notes.txt, page: 1}
treatment:
  name: Partial hospitalization program (PHP)
  summary: >-
    A hospital-based adult partial hospitalization program, five days a week, stepping down from an inpatient
    stay after an overdose.
  setting: Willamette Bend Hospital, outpatient department, Adult Partial Hospitalization Program (FICTIONAL)
alternatives:
  - treatment: Intensive outpatient program
    why_not: >-
      The only intensive outpatient program within 40 miles that accepts the plan had no opening before November
      17, 2026 (intake call of October 13, 2026)
author:
  name: Teodora Ruiz-Halvorsen
  role: Attending psychiatrist, Adult Partial Hospitalization Program, writing with the member's CMS-1696
  relation: physician
  authorization: other/cms-1696-appointment-of-representative.txt
provider:
  name: Teodora Ruiz-Halvorsen
  credentials: MD, psychiatrist
  npi: "1386620045"
  phone: (541) 555-0175
  address: |-
    Willamette Bend Hospital, 1400 Mill Race Drive
    Port Wicklow, OR 97999
clinical:
  episode_onset: June 2026
  severity: PHQ-9 24 on October 5, 2026 (PHP admission); PHQ-9 17 on October 9; PHQ-9 11 on October 30, 2026
  severity_date: 2026-10-30
  suicidality: attempt
  suicidality_date: 2026-09-24
  history:
    - drug: Sertraline
      dose: 100 mg daily
      start: 2019-03
      end: 2020-06
      outcome: Remission in a 2019 episode
      response: remission
    - drug: Venlafaxine XR
      dose: 150 to 225 mg daily
      start: 2026-06-15
      end: 2026-09-24
      outcome: Partial response only after 14 weeks
      response: partial
      evidence: {file: clinical/php-physician-certification-and-notes.txt, page: 1}
    - drug: Quetiapine (for sleep)
      kind: other
      dose: 25 mg at bedtime
      start: 2026-07
      end: 2026-09
      outcome: Hypnotic dose for insomnia; not an antidepressant or augmentation trial
      adequate: false
    - drug: Lithium (augmenting venlafaxine)
      kind: augmentation
      dose: 600 mg daily, level 0.7 mmol/L
      start: 2026-10-01
      end: 2026-10-30
      ongoing: true
      outcome: Started in hospital; being titrated during PHP
      failed: false
bates_prefix: ABERNATHYVOSS
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
docs={
"denial/notice-of-denial-of-medical-coverage-2026-10-13.txt": """\
GLENMOOR MEDICARE ADVANTAGE HMO (FICTIONAL)   H3321
Notice of Denial of Medical Coverage (or Payment)        Date: 10/13/2026

Name: Cornelius Abernathy-Voss      Member number: GLM-FICT-H3321-118402
Reference: GLM-UM-26-1013-PHP-2290

We have denied the medical services/items listed below requested by you or your doctor:
Partial hospitalization program, Willamette Bend Hospital, continued days from 10/12/2026.
Days 10/05/2026 through 10/09/2026 remain approved.

Why did we deny your request?
Continued partial hospitalization from 10/12/2026 is denied. Based on InterQual Behavioral Health Criteria 2026,
Partial Hospital Program (Adult), continued-stay criteria are not met. The member's needs can be met at a lower
level of care (intensive outpatient program).
Decision by: Dana Whitcombe-Lo, DO (Family Medicine), Medical Director.

You have the right to ask us to change our decision. You must ask for an appeal within 65 days of the date of
this notice. Write to: Glenmoor Medicare Appeals, PO Box 33021, Portland, OR 97208-3021. Fax (503) 555-0183.
If you want a fast appeal, your doctor can ask for one.
""",
"clinical/php-physician-certification-and-notes.txt": """\
WILLAMETTE BEND HOSPITAL - ADULT PARTIAL HOSPITALIZATION PROGRAM (FICTIONAL)
Patient: ABERNATHY-VOSS, CORNELIUS   DOB 07/07/1958   MRN WBH-FICT-55210

[p.1] PHYSICIAN CERTIFICATION - 10/05/2026
I certify that this patient would require inpatient psychiatric care in the absence of partial hospitalization
services, and that an individualized written plan of care has been established. T. Ruiz-Halvorsen, MD.
Background: inpatient 09/24-10/02/2026 after intentional overdose (venlafaxine + alcohol) 09/24/2026.
Current episode since 06/2026. Prior episode 2019: sertraline 100 mg, remission (2019-2020).
Venlafaxine XR 150->225 mg 06/15-09/24/2026: partial response only (14 wks). Stopped after overdose.
Quetiapine 25 mg qhs 07/2026-09/2026 for sleep only.
Lithium started 10/01 in hospital, 600 mg, level 0.7 on 10/08. Switched antidepressant: bupropion XL 150 mg.
Plan of care: PHP 5 days/week, group therapy (G0410), OT (G0129), individual therapy, family session, med mgmt.
RECERTIFICATION 10/19/2026: continues to need PHP; would otherwise need inpatient care. T. Ruiz-Halvorsen, MD.

[p.2] DAILY PROGRESS SUMMARY
10/05 PHQ-9 24. C-SSRS since discharge: passive SI, no plan. Safety plan.
10/09 PHQ-9 17. Denies SI/HI today. Ambivalent about future; lives alone; lethal-means counseling.
10/12 - 10/30 attended 14 program days (absent 10/21, dental surgery).
10/14 Passive SI recurred after son's visit cancelled; no plan; safety plan reviewed.
10/30 PHQ-9 11. Denies SI. Discharged to IOP (opening 11/17) with weekly psychiatry visits until then.
IOP search 10/13/2026: Cascade Ridge IOP (only in-network IOP within 40 miles) - first opening 11/17/2026.
FICTIONAL DOCUMENT.
""",
"other/medicare-php-rules-excerpt.txt": """\
EXCERPT OF MEDICARE RULES FOR PARTIAL HOSPITALIZATION (public regulations; copy prepared for this FICTIONAL case)

42 CFR 410.43(a): Partial hospitalization services are services that (1) are reasonable and necessary for the
diagnosis or active treatment of the individual's condition; (2) are reasonably expected to improve or maintain
the individual's condition and functional level and to prevent relapse or hospitalization; (3) are furnished in
accordance with a physician certification and plan of care as specified under 424.24(e).

42 CFR 424.24(e) (in short): the physician certifies that the individual would require inpatient psychiatric
care in the absence of partial hospitalization services, an individualized written plan of care is established,
and the physician recertifies the need.
FICTIONAL DOCUMENT.
""",
"other/cms-1696-appointment-of-representative.txt": """\
FORM CMS-1696 - APPOINTMENT OF REPRESENTATIVE (content; FICTIONAL)
I, Cornelius Abernathy-Voss (plan member GLM-FICT-H3321-118402), appoint Teodora Ruiz-Halvorsen, MD, to act as my
representative for my appeal of reference GLM-UM-26-1013-PHP-2290 (Medicare Part C).
Signed 11/05/2026. Accepted by the representative 11/05/2026. The representative will not charge a fee.
FICTIONAL DOCUMENT.
""",
},
truth="""\
# 04 - Medicare Advantage, partial hospitalization days denied with InterQual; the PHP psychiatrist asks for reconsideration (FICTIONAL)

All people, plans, numbers and addresses are invented.

## What is true
- Cornelius Abernathy-Voss, 68, Medicare Advantage HMO. After an inpatient stay for an intentional overdose
  (2026-09-24), he entered the hospital PHP on 2026-10-05. The plan approved 10/05-10/09 and on 2026-10-13 denied
  continued days from 10/12 under **InterQual** continued-stay criteria ("lower level of care: IOP"). He attended
  **14 program days, 10/12-10/30** (absent 10/21), so the appeal is now about **payment** for those days.
- Reconsideration window: 65 days from the notice (42 CFR 422.582(b)), 2026-12-17. Decision: 60 days for a
  payment reconsideration (422.590(b)). If upheld, the plan forwards it to the IRE (422.592) itself.
- Medicare's PHP coverage rules are **fully established** in regulation (42 CFR 410.43, 424.24(e)): an MA plan may
  not apply InterQual in their place (42 CFR 422.101(b)(6)); and 422.101(b)(6) internal criteria must be public and
  evidence-based even where allowed. The physician certified (10/05) and recertified (10/19) that he would
  otherwise need inpatient care, with a plan of care: each 410.43(a) element is documented.
- Suicide **attempt** on 2026-09-24 (within 90 days of the letter); passive SI recurred 10/14.
- The only in-network IOP within 40 miles had no opening until 11/17: "lower level of care" was not available.
- Author: the PHP attending psychiatrist, with the member's CMS-1696.

## Deliberately unknown
- The InterQual subset's exact criteria (not enclosed; the letter should ask for them, not quote them).
- Whether the plan would have approved IOP (never requested before 10/30).
- The billed amount.

## Traps
- InterQual is **named** in the notice: never "the plan named no criteria"; name it and say it is not Medicare's.
- "Denies SI/HI today" (10/09) and "Denies SI" (10/30) are negations on those days; the attempt (09/24) and passive
  SI (10/05, 10/14) are real. The letter must not say "no suicidal ideation" or "no risk".
- Not a Part B drug: no 7-day (422.590(c)) clock; services are past: no expedited/72-hour request; `action: end`
  was a termination of PHP days, but the days were given.
- Sertraline 2019 remission = earlier episode; quetiapine 25 mg = sleep dose; lithium is ongoing (not failed).
  No "failed two antidepressants" count is the issue here at all: this is level of care.
- `claim.action: end` (the decision ended approved PHP days), but the PHP ended on 10/30 and nothing remains to
  continue: no request that care "continue during the appeal" (that is a Medicaid rule, 438.420).
- Conflicting dates: the notice's effective date is 10/12 (a Monday) while 10/09 was the last approved day
  (Friday); the first denied day is 10/12. 14 days attended, not 15.
- Medicare Advantage: no ERISA, no parity (MHPAEA does not apply to MA), no state external review, no peer-to-peer
  duty; the IRE review is automatic; "name and qualifications" of reviewers can be asked but is no MA duty.

## Arguments a strong letter makes
1. Medicare's own PHP rules (410.43, 424.24(e)) are fully established and were met each day: certification that
   he would otherwise need inpatient care, plan of care, recertification, active treatment, improvement
   (PHQ-9 24 -> 11); under 422.101(b)(6) the plan may not substitute InterQual.
2. Clinical picture: 12 days after discharge from an inpatient stay for a suicide attempt, passive SI recurring
   10/14, lives alone; the "lower level of care" was not available until 11/17.
3. Ask for reversal and payment of the 14 days; a reviewer with psychiatric expertise (the denial was a family
   physician's); the InterQual subset and the claim file.

## What a letter must NOT say
- "no criteria were named", "no suicidal ideation", "no history of suicide attempt", "expedited" / "72 hours",
  "7 days", "ERISA", "29 CFR 2560.503-1", "mental health parity", "state external review", "sertraline failed",
  "quetiapine trial", "15 program days".
""",
checks=[
  ("denial/notice-of-denial-of-medical-coverage-2026-10-13.txt", "Based on InterQual Behavioral Health Criteria 2026,"),
  ("denial/notice-of-denial-of-medical-coverage-2026-10-13.txt", "You must ask for an appeal within 65 days of the date of\nthis notice."),
  ("denial/notice-of-denial-of-medical-coverage-2026-10-13.txt", "Dana Whitcombe-Lo, DO (Family Medicine)"),
  ("clinical/php-physician-certification-and-notes.txt", "would require inpatient psychiatric care in the absence of partial hospitalization"),
  ("clinical/php-physician-certification-and-notes.txt", "RECERTIFICATION 10/19/2026"),
  ("clinical/php-physician-certification-and-notes.txt", "attended 14 program days (absent 10/21, dental surgery)"),
  ("clinical/php-physician-certification-and-notes.txt", "intentional overdose (venlafaxine + alcohol) 09/24/2026"),
  ("clinical/php-physician-certification-and-notes.txt", "Denies SI/HI today."),
  ("clinical/php-physician-certification-and-notes.txt", "first opening 11/17/2026"),
  ("clinical/php-physician-certification-and-notes.txt", "Quetiapine 25 mg qhs 07/2026-09/2026 for sleep only."),
  ("other/medicare-php-rules-excerpt.txt", "are furnished in\naccordance with a physician certification and plan of care"),
],
))
