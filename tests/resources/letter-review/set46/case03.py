"""Case 03 (FICTIONAL): governmental self-funded plan; residential co-occurring treatment denied because the facility
lacks Joint Commission accreditation, while the plan document's definition accepts a state license OR CARF. Second
level, written by the husband."""

SLUG = "03-college-district-plan-residential-facility-definition-carf-licensed-second-level-husband"

CASE_YAML = r'''
# FICTIONAL CASE (set 46, case 03) - every person, plan, employer, provider, number and address is invented.
# A community college district's self-funded employee plan (governmental, not ERISA), 1,850 employees. Delphine
# Osterhout-Nakamura, 47, spent 28 days (10/12-11/08/2026) in a residential program for major depression and
# alcohol use disorder that the plan's own utilization management approved. The claim was denied (CO-96) because
# the facility is "not a Residential Treatment Center as defined by the Plan: not accredited by The Joint
# Commission"; the first-level decision of 11/18/2026 repeated it. The 2026 Plan Document's definition accepts a state
# license or accreditation by The Joint Commission, CARF or COA; the facility has a state license and CARF
# accreditation. Her husband writes the second-level appeal.
patient:
  name: Delphine Osterhout-Nakamura
  salutation: Mrs. Osterhout-Nakamura
  date_of_birth: 1979-08-14
  member_id: FICT-TCC-55038271
  address: |-
    6021 Larkspur Avenue
    Columbia, MO 65203
  phone: (573) 555-0123
insurer:
  name: Tri-County Community College District Employee Health Plan, administered by Prairie Benefit Administrators (FICTIONAL)
  appeals_address: |-
    Prairie Benefit Administrators - Appeals Unit (FICTIONAL)
    PO Box 30112
    Jefferson City, MO 65102
  fax: (573) 555-0165
claim:
  number: PBA-26-1112-908417
  plan_type: governmental
  funding: self_funded
  employees: 1850
  stage: second level
  notice_date: 2026-11-02
  service_dates: [2026-10-12, 2026-11-08]
  setting: residential
  procedure_codes: [H0018]
  revenue_codes: ["1002"]
  diagnosis_codes: [F33.2, F10.20]
  carc_codes: [CO-96]
  denial_reason: >-
    Non-covered charge. The facility is not a Residential Treatment Center as defined by the Plan: it is not
    accredited by The Joint Commission. (CARC 96)
  denial_category: not_covered
  denial_reasons: [not_covered]
  action: none
plan_policy:
  name: Tri-County Community College District Employee Health Plan, 2026 Plan Document, Section 2 "Residential Treatment Center"
  number: Section 2
  quote: >-
    "Residential Treatment Center" means a facility that (a) is licensed by the state in which it operates to provide
    residential mental health or substance use disorder treatment, or is accredited by The Joint Commission, the
    Commission on Accreditation of Rehabilitation Facilities (CARF) or the Council on Accreditation (COA); (b)
    provides 24-hour supervision by licensed staff; and (c) carries out an individualized treatment plan under the
    direction of a physician.
  file: other/plan-document-2026-section-2-definitions.txt
  exclusion:
    name: 2026 Plan Document, Section 9.1(c) (care in a facility that is not a covered provider type)
    reaches: false
    why: >-
      The facility meets the Plan's own definition of a Residential Treatment Center: it holds a Missouri Department
      of Mental Health residential treatment license and CARF accreditation (either is enough under Section 2(a)), and
      its program notes show 24-hour licensed staff and a physician-directed individualized plan.
    file: other/facility-license-and-carf-accreditation.txt
prior_auth:
  approved:
    number: UM-26-1009-5521
    date: 2026-10-09
    covers: residential treatment, 10/12/2026 through 11/08/2026 (28 days), medical necessity met
    quote: >-
      Residential level of care meets medical necessity criteria for 10/12/2026 through 11/08/2026 (28 days).
      Approval is subject to the member's eligibility and the terms of the Plan.
    file: other/um-approval-2026-10-09.txt
    lines:
      - {code: H0018, units: 28, given: 28}
decisions:
  - date: 2026-11-18
    outcome: denied
    stage: first level
    opens: second level
    next_deadline: 2027-01-17
    reason: >-
      The denial is upheld. The facility does not hold Joint Commission accreditation, which the Plan requires of a
      Residential Treatment Center.
    corrections:
      - said: The facility does not hold Joint Commission accreditation, which the Plan requires of a Residential Treatment Center.
        record: >-
          The 2026 Plan Document, Section 2(a), accepts a state license or accreditation by The Joint Commission, CARF
          or COA; the facility holds Missouri residential treatment license DMH-RT-4471 and CARF accreditation through
          06/30/2028. Only the superseded 2023 Plan Document required Joint Commission accreditation.
        file: other/facility-license-and-carf-accreditation.txt
        page: 1
treatment:
  name: Residential treatment for major depression with alcohol use disorder (28 days)
  summary: >-
    A 28-day residential program for recurrent severe depression with alcohol use disorder after a medically managed
    withdrawal, approved in advance by the Plan's utilization management; the claim was denied only for the
    facility's accreditation.
clinical:
  severity: PHQ-9 22 on admission (10/12/2026); PHQ-9 10 at discharge (11/08/2026)
  severity_date: 2026-11-08
  suicidality: none
  suicidality_date: 2026-11-08
  response: PHQ-9 22 (10/12/2026) to 10 (11/08/2026); abstinent since 10/08/2026
  response_level: partial
  history:
    - drug: Escitalopram
      dose: 20 mg daily
      start: 2025-04
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued through and after the program
      evidence: {file: clinical/residential-discharge-summary-2026-11-08.txt, page: 1}
    - drug: Bupropion XL
      dose: 150 mg daily
      start: 2024-10
      end: 2024-10
      weeks: 2
      kind: antidepressant
      adequate: false
      outcome: Stopped after 2 weeks for agitation and insomnia (intolerance, not an adequate trial)
      evidence: {file: clinical/residential-discharge-summary-2026-11-08.txt, page: 1}
    - drug: Naltrexone
      dose: 50 mg daily
      start: 2026-10
      ongoing: true
      kind: other
      adequate: false
      outcome: For alcohol use disorder; not an antidepressant trial
      evidence: {file: clinical/residential-discharge-summary-2026-11-08.txt, page: 1}
    - drug: Mirtazapine
      dose: 7.5 mg at bedtime for sleep
      start: 2026-10
      ongoing: true
      kind: other
      adequate: false
      outcome: Sleep dose only; not an antidepressant trial
      evidence: {file: clinical/residential-discharge-summary-2026-11-08.txt, page: 1}
author:
  name: Tomas Osterhout
  role: Husband and authorized representative
  relation: representative
  authorization: other/authorization-of-representative-2026-11-20.txt
  address: |-
    6021 Larkspur Avenue
    Columbia, MO 65203
  phone: (573) 555-0123
  email: tomas.osterhout@mail.example
provider:
  name: Boone Hollow Recovery Center
  credentials: state-licensed, CARF-accredited residential treatment program
  npi: "1582036442"
  address: |-
    1400 Quarry Mill Road
    Ashland, MO 65010
  phone: (573) 555-0158
employer:
  name: Tri-County Community College District, Benefits Office (FICTIONAL)
  address: |-
    200 College Parkway
    Columbia, MO 65202
copies: [employer]
record_dates:
  - file: clinical/residential-discharge-summary-2026-11-08.txt
    date: 2026-11-08
bates_prefix: OSTERHOUT
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''

DOCS = {
    "denial/explanation-of-benefits-2026-11-02.txt": """
PRAIRIE BENEFIT ADMINISTRATORS (FICTIONAL) for the TRI-COUNTY COMMUNITY COLLEGE DISTRICT EMPLOYEE HEALTH PLAN
EXPLANATION OF BENEFITS                                                 Date: 11/02/2026
Member: Delphine Osterhout-Nakamura   ID FICT-TCC-55038271   Relationship: spouse of employee
Provider: Boone Hollow Recovery Center, NPI 1582036442   Claim PBA-26-1112-908417
Services 10/12/2026-11/08/2026   Revenue code 1002, H0018 x 28   Billed $19,600.00   Paid $0.00
CARC 96. Non-covered charge. The facility is not a Residential Treatment Center as defined by the Plan: it is not
accredited by The Joint Commission.
You may appeal within 180 days of receiving this notice.
""",
    "denial/first-level-appeal-decision-2026-11-18.txt": """
PRAIRIE BENEFIT ADMINISTRATORS (FICTIONAL) - FIRST-LEVEL APPEAL DECISION                 Date: 11/18/2026
Member: Delphine Osterhout-Nakamura   Claim PBA-26-1112-908417
The denial is upheld. The facility does not hold Joint Commission accreditation, which the Plan requires of a
Residential Treatment Center.
Second level: you may ask for a second-level review within 60 days of this letter (by 01/17/2027). Write to the
Appeals Unit, PO Box 30112, Jefferson City, MO 65102, or fax (573) 555-0165.
""",
    "other/plan-document-2026-section-2-definitions.txt": """
TRI-COUNTY COMMUNITY COLLEGE DISTRICT EMPLOYEE HEALTH PLAN (FICTIONAL) - 2026 PLAN DOCUMENT     Page 9 of 96
Effective 01/01/2026. Section 2. Definitions
"Residential Treatment Center" means a facility that (a) is licensed by the state in which it operates to provide
residential mental health or substance use disorder treatment, or is accredited by The Joint Commission, the
Commission on Accreditation of Rehabilitation Facilities (CARF) or the Council on Accreditation (COA); (b) provides
24-hour supervision by licensed staff; and (c) carries out an individualized treatment plan under the direction of
a physician.
""",
    "other/plan-document-2023-definitions-superseded.txt": """
TRI-COUNTY COMMUNITY COLLEGE DISTRICT EMPLOYEE HEALTH PLAN (FICTIONAL) - 2023 PLAN DOCUMENT (superseded)  Page 8
"Residential Treatment Center" means a facility accredited by The Joint Commission that provides 24-hour care ...
[Replaced by the 2025 and 2026 Plan Documents; kept in the employee's benefits binder.]
""",
    "other/facility-license-and-carf-accreditation.txt": """
BOONE HOLLOW RECOVERY CENTER (FICTIONAL) - LICENSE AND ACCREDITATION                    Page 1 of 1
Missouri Department of Mental Health (FICTIONAL copy): residential treatment license DMH-RT-4471, adult mental
health and substance use residential treatment, valid 07/01/2026-06/30/2027.
CARF accreditation (FICTIONAL copy): three-year accreditation, residential treatment (adults, integrated mental
health and alcohol and other drugs), through 06/30/2028.
Staffing: licensed nursing on site 24 hours; attending psychiatrist Dr. Leopold Vantongeren, MD (FICTIONAL).
""",
    "other/um-approval-2026-10-09.txt": """
PRAIRIE BENEFIT ADMINISTRATORS (FICTIONAL) - UTILIZATION MANAGEMENT APPROVAL            Date: 10/09/2026
Member: Delphine Osterhout-Nakamura   Facility: Boone Hollow Recovery Center   Number UM-26-1009-5521
Residential level of care meets medical necessity criteria for 10/12/2026 through 11/08/2026 (28 days).
Approval is subject to the member's eligibility and the terms of the Plan.
""",
    "other/authorization-of-representative-2026-11-20.txt": """
AUTHORIZATION OF REPRESENTATIVE (FICTIONAL)                                               Date: 11/20/2026
I, Delphine Osterhout-Nakamura, appoint my husband Tomas Osterhout to appeal claim PBA-26-1112-908417 for me and
to receive my health information for it.   Signed: Delphine Osterhout-Nakamura
""",
    "clinical/residential-discharge-summary-2026-11-08.txt": """
BOONE HOLLOW RECOVERY CENTER (FICTIONAL) - DISCHARGE SUMMARY                             Date: 11/08/2026
Patient: Delphine Osterhout-Nakamura   DOB 08/14/1979   Page 1 of 1
Admitted 10/12/2026 after medically managed withdrawal at Columbia Regional (10/08-10/11/2026); discharged
11/08/2026 (28 days). Diagnoses: major depressive disorder, recurrent, severe (F33.2); alcohol use disorder,
moderate (F10.20).
PHQ-9 22 on admission, 10 at discharge. No suicidal ideation at any point. Abstinent since 10/08/2026.
Medication: escitalopram 20 mg daily since 04/2025, partial response, continued. Bupropion XL 150 mg in 10/2024
stopped after 2 weeks (agitation, insomnia). Naltrexone 50 mg daily started 10/2026. Mirtazapine 7.5 mg at bedtime
for sleep.
Individualized plan directed by Dr. Leopold Vantongeren, MD; step-down to IOP 11/10/2026.
""",
    "other/family-program-sign-in-2026-10-25.txt": """
BOONE HOLLOW RECOVERY CENTER (FICTIONAL) - FAMILY PROGRAM SIGN-IN                        Date: 10/25/2026
Tomas Osterhout (for D. Osterhout-Nakamura)
Rhiannon Keszler (for G. Keszler)
""",
}

TRUTH = r'''
# 03 - College district employee plan (governmental, self-funded): a residential stay denied because the facility lacks Joint Commission accreditation, though the plan's own definition accepts a state license or CARF; second level by her husband (FICTIONAL)

All people, plans, employers, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Delphine Osterhout-Nakamura, 47, covered as the spouse of an employee of a community college district (a
  **governmental** plan, **self-funded**, 1,850 employees), was in Boone Hollow Recovery Center's residential program
  **10/12/2026-11/08/2026 (28 days)** (H0018, revenue code 1002, F33.2 and F10.20), after a separate medically managed
  withdrawal 10/08-10/11/2026.
- The plan's utilization management **approved** the stay in advance (UM-26-1009-5521, 10/09/2026: medical necessity
  met, 28 days), "subject to ... the terms of the Plan".
- The EOB of 11/02/2026 (CO-96) and the **first-level decision of 11/18/2026** say the facility is not a Residential
  Treatment Center because it is not Joint Commission accredited.
- The **2026 Plan Document, Section 2**: a Residential Treatment Center is (a) **state-licensed OR** accredited by The
  Joint Commission, **CARF** or COA; (b) 24-hour licensed staff; (c) a physician-directed individualized plan. The
  facility holds Missouri license **DMH-RT-4471** and **CARF** accreditation through 06/30/2028, licensed nursing 24
  hours, and a psychiatrist-directed plan: it meets every part. Only the superseded **2023** Plan Document required
  Joint Commission accreditation.
- **Rule and stage:** a governmental plan: 45 CFR 147.136(b)(2)(i), applying the ERISA claims rule by reference. This
  is the plan's **second level**, within 60 days of the 11/18/2026 decision: **by 01/17/2027**. The letter answers the
  first-level decision by name.
- **Author:** her husband, her authorized representative (signed 11/20/2026), who writes about "Mrs.
  Osterhout-Nakamura".

## Deliberately unknown
- Whether the plan opted out of the federal parity rules before the opt-out ended: not in the case.
- Whether external review reaches a denial that turns on the facility's type rather than a medical judgment: not
  settled here; a letter must not promise it.
- The allowed amount: not in the case.

## Traps
- **Plan document, not medicine.** The winning point is the definition's "or": a state license or CARF is enough.
  Medical necessity is not in dispute (the plan's own UM approved the stay); a letter must not argue it as the
  ground, ask for a clinical reviewer or a peer-to-peer.
- **Stale document:** the 2023 Plan Document's Joint-Commission-only definition is not the plan's term in 2026.
- **An exclusion that does not reach the care:** say why (the definition is met), never concede the facility is
  "non-covered".
- **Other person on a document:** the family program sign-in's second line (Rhiannon Keszler, for G. Keszler).
- **Drugs:** escitalopram continues (partial): never "failed" or "stopped". Bupropion (2 weeks, agitation) is an
  intolerance. Naltrexone (alcohol use disorder) and mirtazapine 7.5 mg (sleep) are not antidepressant trials.
- **Separate care:** the withdrawal management 10/08-10/11 at another hospital is not part of this claim.
- **Residential is not inpatient;** no suicidal ideation (never raise it as a risk).
- **Wrong law:** a governmental plan is not ERISA: no "ERISA" as the governing law, no 29 CFR 2560.503-1 cited alone,
  no Labor Department / EBSA complaint; parity only hedged (opt-out unknown) or left out.
- **Voice:** the husband writes about his wife; not "I" as the patient.

## Arguments a strong letter makes (strongest first)
1. Under the 2026 Plan Document, Section 2(a), a facility qualifies by a state license **or** accreditation by The
   Joint Commission, CARF or COA. Boone Hollow has both a Missouri residential license (DMH-RT-4471) and CARF
   accreditation, 24-hour licensed staff and a physician-directed plan: it is a Residential Treatment Center as the
   Plan defines it. The first-level decision's "which the Plan requires" is wrong; Joint Commission accreditation was
   required only by the superseded 2023 document.
2. The plan's own UM approved the 28 days as medically necessary (UM-26-1009-5521): with the facility's status
   settled, nothing is left to deny; pay the claim for 10/12-11/08/2026.
3. Ask that the decision say which Plan Document term it relies on, and send the documents relied on.

## What a letter must NOT say
- "accredited by The Joint Commission" as a requirement of the Plan; the 2023 definition as the terms.
- "not medically necessary"; "peer-to-peer"; "clinical reviewer" as the route.
- "failed escitalopram", "stopped escitalopram"; bupropion, naltrexone or mirtazapine as failed trials;
  "suicidal ideation" as present.
- "inpatient stay", "hospitalization" for the program; the withdrawal admission as billed here.
- "ERISA" as the governing law; "Employee Retirement Income Security Act"; "EBSA"; "Department of Labor" complaint.
- "Keszler".
'''

ANSWERS = [
    ("Plan type and funding", "plan_type: governmental", "case.yaml"),
    ("Decision the letter answers", "FIRST-LEVEL APPEAL DECISION Date: 11/18/2026", "denial/first-level-appeal-decision-2026-11-18.txt"),
    ("Second-level deadline", "within 60 days of this letter (by 01/17/2027)", "denial/first-level-appeal-decision-2026-11-18.txt"),
    ("The decision's wrong statement", "does not hold Joint Commission accreditation, which the Plan requires", "denial/first-level-appeal-decision-2026-11-18.txt"),
    ("What the 2026 definition accepts", "is licensed by the state in which it operates to provide residential mental health or substance use disorder treatment, or is accredited by The Joint Commission", "other/plan-document-2026-section-2-definitions.txt"),
    ("The facility's state license", "DMH-RT-4471", "other/facility-license-and-carf-accreditation.txt"),
    ("The facility's accreditation", "CARF accreditation (FICTIONAL copy): three-year accreditation", "other/facility-license-and-carf-accreditation.txt"),
    ("Where a Joint-Commission-only rule came from", "2023 PLAN DOCUMENT (superseded)", "other/plan-document-2023-definitions-superseded.txt"),
    ("The plan's own approval of the stay", "UM-26-1009-5521", "other/um-approval-2026-10-09.txt"),
    ("Days approved and given", "10/12/2026 through 11/08/2026 (28 days)", "other/um-approval-2026-10-09.txt"),
    ("Severity on admission and discharge", "PHQ-9 22 on admission, 10 at discharge", "clinical/residential-discharge-summary-2026-11-08.txt"),
    ("Suicidality", "No suicidal ideation at any point", "clinical/residential-discharge-summary-2026-11-08.txt"),
    ("Antidepressant continued", "escitalopram 20 mg daily since 04/2025, partial response, continued", "clinical/residential-discharge-summary-2026-11-08.txt"),
    ("Intolerance, not an adequate trial", "stopped after 2 weeks (agitation, insomnia)", "clinical/residential-discharge-summary-2026-11-08.txt"),
    ("Separate earlier care not in this claim", "medically managed withdrawal at Columbia Regional (10/08-10/11/2026)", "clinical/residential-discharge-summary-2026-11-08.txt"),
    ("Another person on a document", "Rhiannon Keszler", "other/family-program-sign-in-2026-10-25.txt"),
]
