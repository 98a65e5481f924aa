"""Set 33 case 03 (FICTIONAL): self-funded ERISA plan, ECT facility claim denied "no precertification"; second level."""

SLUG = "03-self-funded-erisa-ect-facility-claim-precert-on-file-second-level-wife"

CASE_YAML = r'''
# FICTIONAL CASE (set 33, case 03) - every person, plan, provider, number and address is invented.
# Self-funded ERISA employer plan, Kansas. Tomas Reinholt, 58, had 12 outpatient ECT treatments 09/08-10/16/2026,
# precertified on 09/02/2026 (UM-26-0902-7741, naming the hospital as the facility). The hospital's claim was denied
# PR-197 "no precertification"; the first-level decision of 10/28/2026 upheld it ("authorization issued to a
# different provider"). His wife, his authorized representative, writes the second-level appeal.
patient:
  name: Tomas Reinholt
  salutation: Mr. Reinholt
  date_of_birth: 1968-02-11
  member_id: FICT-SFP-77302119-01
  address: |-
    3318 Walnut Bluff Drive
    Manhattan, KS 66502
  phone: (785) 555-0146
insurer:
  name: Konza Grain Cooperative Employee Health Plan, administered by Bluestem Benefit Administrators (FICTIONAL)
  appeals_address: |-
    Bluestem Benefit Administrators - Appeals Unit, for the Konza Grain Cooperative Employee Health Plan (FICTIONAL)
    PO Box 1906
    Topeka, KS 66601
  fax: (785) 555-0163
claim:
  number: BBA-26-1002-318844
  plan_type: employer_erisa
  funding: self_funded
  employees: 640
  stage: second level
  notice_date: 2026-10-02
  service_dates: [2026-09-08, 2026-10-16]
  sessions: 12
  setting: outpatient
  procedure_codes: [90870]
  revenue_codes: ["0901"]
  diagnosis_codes: [F33.2]
  carc_codes: [PR-197]
  denial_reason: >-
    Precertification/authorization absent. No precertification on file for this provider. Amount you may owe:
    $6,840.00.
  denial_category: prior_authorization
  denial_reasons: [prior_authorization]
  action: none
  coding_correct: true
prior_auth:
  requested_on: 2026-09-01
  approved:
    number: precertification UM-26-0902-7741
    date: 2026-09-02
    covers: >-
      12 outpatient ECT treatments (90870), physician Dr. Ingrid Solberg-Haas and facility Prairie Regional Medical
      Center, 09/03/2026 through 11/30/2026
    quote: >-
      Approved: electroconvulsive therapy, outpatient, 12 treatments (90870). Attending: Ingrid Solberg-Haas, MD.
      Facility: Prairie Regional Medical Center, outpatient ECT suite. Valid 09/03/2026 through 11/30/2026.
    file: other/precertification-approval-2026-09-02.txt
    from: 2026-09-03
    through: 2026-11-30
    what_went_wrong: >-
      The claims system linked the precertification to the physician group's billing number only, so the
      hospital's claim for the same 12 treatments found no precertification.
    lines:
      - {code: 90870, units: 12, given: 12}
plan_policy:
  name: Konza Grain Cooperative Employee Health Plan, Summary Plan Description 2026, Section 6.3 "Precertification"
  number: Section 6.3
  quote: >-
    Outpatient electroconvulsive therapy must be precertified. A precertification approves the service for the dates
    stated; one precertification covers both the attending physician and the facility named in it. If a required
    precertification is not obtained, benefits for the service are denied.
  file: other/spd-2026-section-6-excerpt.txt
decisions:
  - date: 2026-10-28
    outcome: denied
    stage: first level
    opens: second level
    next_deadline: 2026-12-27
    reason: >-
      Upheld. Authorization UM-26-0902-7741 was issued to a different provider (Flint Hills Psychiatric
      Associates). No precertification was requested by Prairie Regional Medical Center.
    corrections:
      - said: Authorization UM-26-0902-7741 was issued to a different provider (Flint Hills Psychiatric Associates).
        record: >-
          The precertification approval names both the attending psychiatrist and the facility, Prairie Regional
          Medical Center, outpatient ECT suite, and the SPD says one precertification covers both.
        file: other/precertification-approval-2026-09-02.txt
        page: 1
treatment:
  name: Outpatient acute electroconvulsive therapy (ECT), 12 treatments (90870)
  summary: >-
    An acute course of 12 outpatient ECT treatments for severe recurrent depression, precertified before it began;
    only the facility claim is in dispute.
clinical:
  severity: MADRS 38 on 09/01/2026; MADRS 12 on 10/16/2026
  severity_date: 2026-10-16
  suicidality: passive
  suicidality_date: 2026-09-01
  response: MADRS 38 (09/01/2026) to 12 (10/16/2026)
  response_level: response
  history:
    - drug: Venlafaxine XR
      dose: 225 mg daily
      start: 2025-11
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued during and after ECT
      evidence: {file: clinical/ect-course-summary-2026-10-16.txt, page: 1}
    - drug: Quetiapine
      dose: 25 mg at bedtime for sleep
      start: 2026-01
      ongoing: true
      kind: other
      outcome: Sleep dose only; not an augmentation trial
      evidence: {file: clinical/ect-course-summary-2026-10-16.txt, page: 1}
    - drug: Sertraline (2018 episode)
      dose: 150 mg daily
      start: 2018-03
      end: 2019-06
      kind: antidepressant
      response: remission
      outcome: Remission in the 2018 episode; tapered off 2019; not a failed trial
      evidence: {file: clinical/ect-course-summary-2026-10-16.txt, page: 1}
author:
  name: Annelise Reinholt
  role: Wife of the member and his authorized representative
  relation: representative
  authorization: other/authorized-representative-form-2026-10-05.txt
  address: |-
    3318 Walnut Bluff Drive
    Manhattan, KS 66502
  phone: (785) 555-0146
  email: annelise.reinholt@mail.example
provider:
  name: Prairie Regional Medical Center
  credentials: hospital outpatient ECT suite (in network)
  npi: "1047288562"
  address: |-
    1400 College Avenue
    Manhattan, KS 66502
  phone: (785) 555-0150
employer:
  name: Konza Grain Cooperative - Benefits Office (FICTIONAL)
  address: |-
    500 Elevator Road
    Manhattan, KS 66502
record_dates:
  - file: clinical/ect-course-summary-2026-10-16.txt
    date: 2026-10-16
copies: [employer]
bates_prefix: REINHOLT
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''

DOCS = {
    "denial/explanation-of-benefits-2026-10-02.txt": r'''
BLUESTEM BENEFIT ADMINISTRATORS (FICTIONAL), claims administrator for the Konza Grain Cooperative Employee Health
Plan (self-funded)                      EXPLANATION OF BENEFITS                  Date: 10/02/2026
Member: Tomas Reinholt   ID FICT-SFP-77302119-01   Claim BBA-26-1002-318844
Provider: Prairie Regional Medical Center (facility)   Services 09/08/2026-10/16/2026
Rev 0901 / 90870 x12   Billed $6,840.00   Plan paid $0.00   Amount you may owe: $6,840.00
PR-197: Precertification/authorization absent. No precertification on file for this provider.
You may appeal within 180 days of receiving this notice.
''',
    "denial/first-level-appeal-decision-2026-10-28.txt": r'''
BLUESTEM BENEFIT ADMINISTRATORS (FICTIONAL) - FIRST-LEVEL APPEAL DECISION                  Date: 10/28/2026
Member: Tomas Reinholt   Claim BBA-26-1002-318844   Appeal received 10/09/2026
Decision: Upheld. Authorization UM-26-0902-7741 was issued to a different provider (Flint Hills Psychiatric
Associates). No precertification was requested by Prairie Regional Medical Center.
Second-level appeal: you may ask for a second-level review within 60 days of this letter (by 12/27/2026). The
second-level review is the plan's final internal level; it is decided by the Plan's Appeals Committee.
''',
    "other/precertification-approval-2026-09-02.txt": r'''
BLUESTEM BENEFIT ADMINISTRATORS (FICTIONAL) - UTILIZATION MANAGEMENT - PRECERTIFICATION APPROVAL  Date: 09/02/2026
Member: Tomas Reinholt   Request received 09/01/2026 from Flint Hills Psychiatric Associates   Page 1 of 1
Number: UM-26-0902-7741
Approved: electroconvulsive therapy, outpatient, 12 treatments (90870). Attending: Ingrid Solberg-Haas, MD.
Facility: Prairie Regional Medical Center, outpatient ECT suite. Valid 09/03/2026 through 11/30/2026.
''',
    "other/spd-2026-section-6-excerpt.txt": r'''
KONZA GRAIN COOPERATIVE EMPLOYEE HEALTH PLAN (FICTIONAL) - SUMMARY PLAN DESCRIPTION 2026 (excerpt)  Page 22 of 70
Section 6.3 Precertification
Outpatient electroconvulsive therapy must be precertified. A precertification approves the service for the dates
stated; one precertification covers both the attending physician and the facility named in it. If a required
precertification is not obtained, benefits for the service are denied.
''',
    "other/precertification-list-2024-stale.txt": r'''
KONZA GRAIN COOPERATIVE EMPLOYEE HEALTH PLAN (FICTIONAL) - 2024 PRECERTIFICATION LIST (superseded 01/01/2025)
"Facility claims need a separate facility precertification number." (Rule removed from the 2025 and 2026 SPDs.)
''',
    "other/authorized-representative-form-2026-10-05.txt": r'''
BLUESTEM BENEFIT ADMINISTRATORS (FICTIONAL) - AUTHORIZED REPRESENTATIVE DESIGNATION          Signed 10/05/2026
I, Tomas Reinholt, name my wife, Annelise Reinholt, to act for me in all claims and appeals about claim
BBA-26-1002-318844 and the ECT treatments of 09/08/2026-10/16/2026.   Signed: Tomas Reinholt
''',
    "clinical/ect-course-summary-2026-10-16.txt": r'''
PRAIRIE REGIONAL MEDICAL CENTER (FICTIONAL) - OUTPATIENT ECT COURSE SUMMARY               Date: 10/16/2026
Patient: Tomas Reinholt   DOB 02/11/1968   Attending: Ingrid Solberg-Haas, MD   Page 1 of 1
Diagnosis: major depressive disorder, recurrent, severe without psychotic features (F33.2).
Course: 12 right unilateral ultrabrief treatments, 09/08/2026-10/16/2026, under precertification UM-26-0902-7741.
MADRS 38 on 09/01/2026 (passive death wish, no plan); MADRS 12 on 10/16/2026.
Medication: venlafaxine XR 225 mg daily since 11/2025, partial response, continued; quetiapine 25 mg at bedtime
for sleep since 01/2026. Earlier episode: sertraline 150 mg 2018-2019, remission.
ECT suite schedule for 10/16/2026 (attached page): 07:30 T. Reinholt; 08:15 M. Ostrander (other patient).
''',
}

TRUTH = r'''
# 03 - Self-funded ERISA plan: an ECT facility claim denied "no precertification" although precertified; second-level appeal by his wife (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Tomas Reinholt, 58, Manhattan, KS, is covered by the **self-funded ERISA** Konza Grain Cooperative Employee Health
  Plan (640 employees; administrator Bluestem). He had **12 outpatient ECT treatments 09/08/2026-10/16/2026** (90870,
  revenue code 0901) at Prairie Regional Medical Center.
- **Precertification UM-26-0902-7741** (09/02/2026, requested 09/01) approved **12 treatments, 09/03-11/30/2026**, and
  names both the **attending** (Dr. Solberg-Haas) and the **facility** (Prairie Regional Medical Center). 12 approved,
  12 given, all dates inside.
- The EOB of **10/02/2026** (claim BBA-26-1002-318844) denied the hospital's claim **PR-197**, member owes $6,840.
  The **first-level decision of 10/28/2026** upheld: "issued to a different provider". The approval names the
  hospital; **SPD Section 6.3**: "one precertification covers both the attending physician and the facility named in
  it". The 2024 "separate facility number" rule was removed from the 2025 and 2026 SPDs.
- **Stage and rule:** the plan's **second (final) internal level**, by **12/27/2026** (the decision's 60 days); ERISA
  claims rule 29 CFR 2560.503-1 (documents (h)(2)(iii); a reviewer who did not make the first decision, no deference
  to it, (h)(3)(ii)). Post-service: each of two levels decided within 30 days.
- **Author:** his wife, authorized representative (form signed 10/05/2026); she writes "my husband" / "Mr. Reinholt"
  and "I" for herself.

## Deliberately unknown
- Whether the hospital or the physician group would hold the member harmless: not in the case.
- Whether external review reaches this denial: it turns on no medical judgment (the plan does not dispute necessity);
  a letter must not promise external review (29 CFR 2590.715-2719 reaches medical-judgment denials).
- Why the system linked the number to the group only: the letter may ask; it must not state the plan's internal
  cause as fact beyond "the claim found no precertification".

## Traps
- **Document, not medicine.** The winning point is the approval letter that names the facility and SPD 6.3; no
  retro-authorization request, no "why authorization was missing", no medical-necessity argument as the ground.
- **Stage:** a second-level appeal that answers the **10/28/2026 decision** and says it is second level; quoting
  only the 10/02 EOB is a stage error.
- **A decision's stated fact the record contradicts:** "issued to a different provider" / "No precertification was
  requested by Prairie Regional" - the approval itself names the hospital as the facility.
- **Stale document:** the 2024 precertification list's "separate facility precertification number" rule is gone.
- **Other patient on a document:** the ECT schedule line "M. Ostrander".
- **Drugs:** venlafaxine continues (partial response): never "failed"/"stopped"; quetiapine 25 mg is a sleep dose,
  not an augmentation; sertraline **remitted** the 2018 episode - never a failure.
- **Suicidality:** passive death wish on 09/01/2026, no plan; never "active suicidal ideation".
- **Wrong law:** no state insurance department or state external review (self-funded: federal law only), no
  45 CFR 147.136 as the governing rule (the DOL rule 29 CFR 2590.715-2719 for external review, if named at all),
  no contra proferentem stated as law.

## Arguments a strong letter makes (strongest first)
1. The plan **precertified** these treatments: UM-26-0902-7741 names Prairie Regional Medical Center as the facility,
   for 12 treatments 09/03-11/30/2026; all 12 were given in those dates. **SPD 6.3**: one precertification covers the
   attending and the facility named in it. Honor it, reprocess the claim, and correct the record so no other claim
   is denied the same way.
2. The first-level decision's "issued to a different provider" is contradicted by the approval letter (enclosed);
   the removed 2024 separate-facility rule is not in the 2026 SPD.
3. Ask for the claim file and every document relied on (29 CFR 2560.503-1(h)(2)(iii), (m)(8)), and a reviewer who
   took no part in the first decision.

## What a letter must NOT say
- "retroactive authorization", "authorization was not obtained because", "emergency".
- "medically necessary" as the ground; "peer-to-peer".
- "Flint Hills Psychiatric Associates" as the only holder of the approval; "separate facility precertification" as a
  2026 rule; "Ostrander".
- "failed venlafaxine", "stopped venlafaxine", quetiapine as augmentation, "failed sertraline"; "active suicidal".
- "Kansas Insurance Department", "state external review", "45 CFR 147.136" as governing, "ambiguity is construed
  against the plan" as law; "first-level appeal" for this letter.
'''

ANSWERS = [
    ("denial/explanation-of-benefits-2026-10-02.txt", "No precertification on file for this provider"),
    ("denial/first-level-appeal-decision-2026-10-28.txt", "was issued to a different provider"),
    ("denial/first-level-appeal-decision-2026-10-28.txt", "by 12/27/2026"),
    ("other/precertification-approval-2026-09-02.txt", "Facility: Prairie Regional Medical Center, outpatient ECT suite"),
    ("other/precertification-approval-2026-09-02.txt", "Valid 09/03/2026 through 11/30/2026"),
    ("other/spd-2026-section-6-excerpt.txt", "one precertification covers both the attending physician and the facility named in it"),
    ("other/precertification-list-2024-stale.txt", "superseded 01/01/2025"),
    ("other/authorized-representative-form-2026-10-05.txt", "name my wife, Annelise Reinholt"),
    ("clinical/ect-course-summary-2026-10-16.txt", "M. Ostrander (other patient)"),
    ("clinical/ect-course-summary-2026-10-16.txt", "quetiapine 25 mg at bedtime for sleep"),
    ("clinical/ect-course-summary-2026-10-16.txt", "sertraline 150 mg 2018-2019, remission"),
    ("clinical/ect-course-summary-2026-10-16.txt", "partial response, continued"),
    ("case.yaml", "stage: second level"),
    ("case.yaml", "employees: 640"),
    ("truth", "29 CFR 2560.503-1"),
    ("truth", "12 approved,\n  12 given"),
]
