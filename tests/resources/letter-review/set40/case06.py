"""Set 40, case 06 (FICTIONAL): self-funded employer plan, residential treatment denied under an SPD exclusion deleted by a 2026 amendment; second level; father."""

SLUG = "06-self-funded-erisa-residential-exclusion-deleted-by-2026-smm-second-level-father"

CASE_YAML = r'''
# FICTIONAL CASE (set 40, case 06) - every person, plan, administrator, provider, number and address is invented.
# Self-funded employer plan (Kettle Moraine Foundry, 860 employees; administrator Badger Claims Administration), WI.
# Nora Lindqvist-Paz, 24, a dependent, was in residential mental health treatment 09/08-10/16/2026 (38 days),
# precertified and extended by the plan's own review unit. The claim was denied CO-96 under SPD Section 9.2(r)
# ("residential treatment centers"), and the first-level appeal upheld it on 11/12/2026. A Summary of Material
# Modifications of 11/14/2025 deleted 9.2(r) and added Section 6.8 (residential treatment covered) from 01/01/2026.
# Her father, the plan participant, files the second-level appeal with her written authorization.
patient:
  name: Nora Lindqvist-Paz
  salutation: Ms. Lindqvist-Paz
  date_of_birth: 2002-01-19
  member_id: FICT-KMF-2206418-02
  address: |-
    N5127 Birchwood Road
    Plymouth, WI 53073
  phone: (920) 555-0119
insurer:
  name: Kettle Moraine Foundry Employee Benefit Plan, administered by Badger Claims Administration (FICTIONAL)
  appeals_address: |-
    Badger Claims Administration - Appeals Unit (FICTIONAL)
    PO Box 8841
    Madison, WI 53708
  fax: (608) 555-0126
claim:
  number: BCA-26-1021-337065
  plan_type: employer_erisa
  funding: self_funded
  employees: 860
  notice_date: 2026-10-28
  service_dates: [2026-09-08, 2026-10-16]
  setting: residential
  procedure_codes: [H0019]
  revenue_codes: ["1001"]
  diagnosis_codes: [F33.2, F43.10]
  carc_codes: [CO-96]
  denial_reason: >-
    Non-covered charge. Residential treatment centers are excluded under Summary Plan Description Section 9.2(r).
    (CARC 96)
  denial_category: not_covered
  denial_reasons: [not_covered]
  stage: second level
  action: none
plan_policy:
  name: Kettle Moraine Foundry Employee Benefit Plan, Summary of Material Modifications of 11/14/2025 (effective 01/01/2026)
  number: SMM 2025-02
  quote: >-
    Effective January 1, 2026: Section 9.2(r) of the Summary Plan Description (residential treatment centers) is
    deleted. New Section 6.8 is added: Residential treatment for mental health and substance use disorders at a
    licensed residential treatment facility is covered when medically necessary and precertified, at the same
    cost sharing as an inpatient stay.
  file: other/summary-of-material-modifications-2025-11-14.txt
  exclusion:
    name: Summary Plan Description (2025) Section 9.2(r)
    superseded:
      by: the Summary of Material Modifications of 11/14/2025, deleting Section 9.2(r) and adding Section 6.8
      from: 2026-01-01
      quote: >-
        Effective January 1, 2026: Section 9.2(r) of the Summary Plan Description (residential treatment centers) is
        deleted. New Section 6.8 is added: Residential treatment for mental health and substance use disorders at a
        licensed residential treatment facility is covered when medically necessary and precertified, at the same
        cost sharing as an inpatient stay.
      file: other/summary-of-material-modifications-2025-11-14.txt
  other_terms: >-
    SPD Section 12.4: "A second-level appeal must be filed within 60 days after you receive the first-level
    decision. The plan will decide it within 30 days for a claim for services already received."
  other_terms_file: other/spd-2025-sections-9-and-12-excerpt.txt
prior_auth:
  approved:
    number: precertification PC-BCA-26-0904-1182
    date: 2026-09-04
    covers: residential mental health treatment at Lakeland Ridge Residential, 09/08/2026 through 09/21/2026, extended on concurrent review through 10/16/2026
    quote: "Precertified: residential mental health treatment, 14 days 09/08/2026-09/21/2026. Concurrent review 09/21/2026: extended through 10/16/2026."
    file: other/precertification-and-extension-2026-09.txt
    from: 2026-09-08
    through: 2026-10-16
    what_went_wrong: the claims system still applied the 2025 exclusion that the plan had deleted from 01/01/2026
decisions:
  - date: 2026-11-12
    outcome: denied
    stage: first level
    opens: second level
    next_deadline: 2027-01-11
    reason: >-
      Upheld. Summary Plan Description Section 9.2(r) excludes residential treatment centers. Precertification
      confirms medical necessity only and is not a guarantee of benefits.
    corrections:
      - said: Summary Plan Description Section 9.2(r) excludes residential treatment centers.
        record: >-
          The plan's Summary of Material Modifications of 11/14/2025 deleted Section 9.2(r) from 01/01/2026 and added
          Section 6.8, which covers residential treatment when medically necessary and precertified; every day of the
          stay was in 2026 and was precertified.
        file: other/summary-of-material-modifications-2025-11-14.txt
        page: 1
treatment:
  name: Residential mental health treatment, 09/08/2026 through 10/16/2026 (38 days)
  summary: >-
    A precertified residential stay for severe recurrent depression and PTSD with self-harm, after an inpatient
    admission; the plan's own review unit found it medically necessary and extended it.
clinical:
  severity: PHQ-9 24 and PCL-5 61 on 09/08/2026; PHQ-9 11 and PCL-5 38 on 10/16/2026
  severity_date: 2026-10-16
  suicidality: attempt
  suicidality_date: 2026-08-29
  response: PHQ-9 24 to 11 and PCL-5 61 to 38 over the stay
  response_level: partial
  history:
    - drug: Lamotrigine
      dose: 200 mg daily
      start: 2025-06
      ongoing: true
      kind: other
      outcome: Mood stabilizer, continued; not an antidepressant trial
      evidence: {file: clinical/residential-discharge-summary-2026-10-16.txt, page: 1}
    - drug: Sertraline
      dose: 200 mg daily
      start: 2025-01
      end: 2025-12
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 11 months; stopped
      evidence: {file: clinical/residential-discharge-summary-2026-10-16.txt, page: 1}
    - drug: Bupropion XL
      dose: 150 mg daily
      start: 2026-01
      end: 2026-01
      weeks: 2
      kind: antidepressant
      adequate: false
      outcome: Stopped after 2 weeks for anxiety and insomnia (intolerance)
      evidence: {file: clinical/residential-discharge-summary-2026-10-16.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 225 mg daily
      start: 2026-02
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued through and after the stay
      evidence: {file: clinical/residential-discharge-summary-2026-10-16.txt, page: 1}
    - drug: Quetiapine
      dose: 25 mg at bedtime for sleep
      start: 2026-08
      ongoing: true
      kind: other
      outcome: Sleep dose; not a trial
      evidence: {file: clinical/residential-discharge-summary-2026-10-16.txt, page: 1}
impact:
  hospitalizations: Inpatient psychiatric admission 08/29/2026-09/08/2026 after an overdose.
  work: On medical leave from her job as a veterinary technician since 08/2026.
author:
  name: Anders Lindqvist
  role: Father and plan participant, authorized representative
  relation: representative
  authorization: other/authorization-to-represent-2026-11-20.txt
  address: |-
    N5127 Birchwood Road
    Plymouth, WI 53073
  phone: (920) 555-0119
  email: anders.lindqvist@mail.example
provider:
  name: Lakeland Ridge Residential Treatment Center
  credentials: licensed residential treatment facility (network)
  npi: "1439501820"
  address: |-
    4400 County Road K
    Oconomowoc, WI 53066
  phone: (262) 555-0184
employer:
  name: Kettle Moraine Foundry, Benefits Office (FICTIONAL), plan administrator
  address: |-
    1200 Foundry Street
    Sheboygan Falls, WI 53085
copies: [employer]
record_dates:
  - file: clinical/residential-discharge-summary-2026-10-16.txt
    date: 2026-10-16
bates_prefix: LINDQVISTPAZ
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''

DOCS = {
    "denial/first-level-appeal-decision-2026-11-12.txt": """
BADGER CLAIMS ADMINISTRATION (FICTIONAL) for the KETTLE MORAINE FOUNDRY EMPLOYEE BENEFIT PLAN
FIRST-LEVEL APPEAL DECISION                                                       Date: 11/12/2026
Patient: Nora Lindqvist-Paz (dependent of Anders Lindqvist)   ID FICT-KMF-2206418-02   Page 1 of 1
Claim BCA-26-1021-337065, Lakeland Ridge Residential Treatment Center, 09/08/2026-10/16/2026, revenue code 1001.
Upheld. Summary Plan Description Section 9.2(r) excludes residential treatment centers. Precertification confirms
medical necessity only and is not a guarantee of benefits.
You may file a second-level appeal within 60 days after you receive this decision. This plan is self-funded.
""",
    "denial/explanation-of-benefits-2026-10-28.txt": """
BADGER CLAIMS ADMINISTRATION (FICTIONAL) - EXPLANATION OF BENEFITS                Date: 10/28/2026
Patient: Nora Lindqvist-Paz   Claim BCA-26-1021-337065   09/08/2026-10/16/2026   H0019, revenue code 1001, 38 days
Billed $41,800.00   Paid $0.00   CO-96. Non-covered charge. Residential treatment centers are excluded under
Summary Plan Description Section 9.2(r). (CARC 96)
""",
    "clinical/residential-discharge-summary-2026-10-16.txt": """
LAKELAND RIDGE RESIDENTIAL TREATMENT CENTER (FICTIONAL) - DISCHARGE SUMMARY        Date: 10/16/2026
Resident: Nora Lindqvist-Paz   DOB 01/19/2002   Admitted 09/08/2026 (from inpatient unit)   Page 1 of 1
Diagnoses: major depressive disorder, recurrent, severe (F33.2); posttraumatic stress disorder (F43.10).
Before admission: overdose 08/29/2026, inpatient 08/29-09/08/2026.
Scores: PHQ-9 24 to 11; PCL-5 61 to 38. No self-harm during the stay.
Medication: venlafaxine XR 225 mg daily since 02/2026 (partial response, continued); lamotrigine 200 mg daily since
06/2025 (continued); quetiapine 25 mg at bedtime for sleep since 08/2026. Past: sertraline 200 mg 01/2025-12/2025,
no response; bupropion XL 150 mg 01/2026 stopped after 2 weeks for anxiety and insomnia.
Discharge to intensive outpatient program 10/19/2026.
""",
    "other/summary-of-material-modifications-2025-11-14.txt": """
KETTLE MORAINE FOUNDRY EMPLOYEE BENEFIT PLAN (FICTIONAL) - SUMMARY OF MATERIAL MODIFICATIONS   SMM 2025-02
Date: 11/14/2025   Page 1 of 1
Effective January 1, 2026: Section 9.2(r) of the Summary Plan Description (residential treatment centers) is
deleted. New Section 6.8 is added: Residential treatment for mental health and substance use disorders at a
licensed residential treatment facility is covered when medically necessary and precertified, at the same cost
sharing as an inpatient stay.
Distributed to all participants with open enrollment materials, 11/2025.
""",
    "other/spd-2025-sections-9-and-12-excerpt.txt": """
KETTLE MORAINE FOUNDRY EMPLOYEE BENEFIT PLAN (FICTIONAL) - SUMMARY PLAN DESCRIPTION (restated 01/01/2025), excerpt
Section 9.2 Exclusions. The plan does not cover: ... (r) residential treatment centers ...
Section 12.4 Second-level appeal. A second-level appeal must be filed within 60 days after you receive the
first-level decision. The plan will decide it within 30 days for a claim for services already received.
""",
    "other/precertification-and-extension-2026-09.txt": """
BADGER CLAIMS ADMINISTRATION (FICTIONAL) - UTILIZATION REVIEW                    Dates: 09/04/2026, 09/21/2026
Patient: Nora Lindqvist-Paz   Facility: Lakeland Ridge Residential   Number: PC-BCA-26-0904-1182
Precertified: residential mental health treatment, 14 days 09/08/2026-09/21/2026. Concurrent review 09/21/2026:
extended through 10/16/2026.
""",
    "other/authorization-to-represent-2026-11-20.txt": """
AUTHORIZATION TO REPRESENT (FICTIONAL)                                          Signed: 11/20/2026
I, Nora Lindqvist-Paz, authorize my father, Anders Lindqvist, to appeal claim BCA-26-1021-337065 for me and to
receive my health information for that purpose.   Signed: Nora Lindqvist-Paz
""",
    "other/eating-disorder-program-discharge-2021-stale.txt": """
PRAIRIE VIEW EATING DISORDER PROGRAM (FICTIONAL) - DISCHARGE NOTE                 Date: 06/30/2021
Resident: Nora Lindqvist-Paz, age 19. Residential stay 05/03-06/30/2021 for an eating disorder; paid by the
family's former plan. Completed the program; remission. [Earlier episode, another condition, another plan.]
""",
    "other/facility-ledger-page-2026.txt": """
LAKELAND RIDGE RESIDENTIAL (FICTIONAL) - PATIENT ACCOUNTS LEDGER (page 3 of 9)
Acct 26-0908-11: LINDQVIST-PAZ, N.  09/08-10/16/2026  1001 x38  $41,800.00  Payer: Badger Claims Administration
Acct 26-0910-07: HOLLENBECK, R.   09/10-10/02/2026  1001 x22  $24,200.00  Payer: self-pay
""",
}

TRUTH = r'''
# 06 - Self-funded employer plan: a precertified residential stay denied under an SPD exclusion the plan deleted from 01/01/2026; second-level appeal by her father (FICTIONAL)

All people, plans, administrators, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Nora Lindqvist-Paz, 24 (DOB 01/19/2002), is a dependent in the **Kettle Moraine Foundry Employee Benefit Plan**,
  **self-funded** ERISA plan (860 employees), administered by Badger Claims Administration, Wisconsin.
- **Residential mental health treatment 09/08/2026-10/16/2026** (38 days, H0019, revenue code 1001; F33.2, F43.10) at
  Lakeland Ridge, after an overdose (08/29/2026) and an inpatient stay. **Precertified** PC-BCA-26-0904-1182 for
  09/08-09/21 and **extended on concurrent review through 10/16/2026**.
- Denied **CO-96** on 10/28/2026 under **SPD Section 9.2(r)** (residential treatment centers); first-level appeal
  upheld **11/12/2026**, same ground.
- **SMM 2025-02 (dated 11/14/2025): effective 01/01/2026, Section 9.2(r) is deleted and Section 6.8 covers
  residential treatment** when medically necessary and precertified, at inpatient cost sharing. Every day of the stay
  was in 2026 and precertified.
- PHQ-9 24 to 11, PCL-5 61 to 38 (partial response). Suicide attempt (overdose) 08/29/2026.
- **Rule and stage:** second-level appeal, SPD 12.4: **within 60 days of 11/12/2026: by 01/11/2027**; decided within
  30 days (post-service); ERISA claims rule 29 CFR 2560.503-1. External review after a final denial: 29 CFR
  2590.715-2719 (a benefit exclusion that is plainly a contract question may fall outside it: not promised).
  Parity (860 employees) may be raised as support, never as the main ground.
- **Author:** her father, the plan participant, with her written authorization (she is an adult); he writes about
  "Ms. Lindqvist-Paz" / "my daughter".

## Deliberately unknown
- Why the claims system applied 9.2(r): the case gives only the approval's `what_went_wrong` words; not proven.
- The inpatient cost sharing that Section 6.8 applies: not in the case; no figure.
- Whether the SPD has been restated for 2026: only the SMM is in the case.

## Traps
- **Plan document and date, not medicine:** medical necessity is not disputed (the plan's own review unit
  precertified and extended the stay). The answer is that the exclusion was deleted before the dates of care.
- **A decision's wrong statement:** "Section 9.2(r) excludes residential treatment centers" - deleted from 01/01/2026.
- **"Precertification is not a guarantee of benefits":** true as far as it goes; the point is the benefit exists in
  2026 (Section 6.8), so the letter must not say precertification alone guarantees payment.
- **Stale document:** the 2025 SPD excerpt (with 9.2(r)) - enclosed for Section 12.4; its exclusion no longer
  governs.
- **Earlier episode, other condition, other plan:** the 2021 eating-disorder residential stay (remission) is not a
  failed treatment and not this claim.
- **Other person's record:** the facility ledger's second line (R. Hollenbeck).
- **Drugs still taken:** venlafaxine XR (partial) and lamotrigine (a mood stabilizer, not an antidepressant trial)
  continue. **Intolerance:** bupropion 2 weeks. **Sleep dose:** quetiapine 25 mg.
- **Setting:** residential treatment is a stay but not inpatient or hospital care.
- **Wrong law:** no state insurance department or state external review (self-funded); no 45 CFR 147.136(c).

## Arguments a strong letter makes (strongest first)
1. The exclusion the decisions rely on, SPD 9.2(r), was **deleted from 01/01/2026** by SMM 2025-02, which added Section
   6.8 covering residential treatment; every day of the stay (09/08-10/16/2026) was in 2026. Withdraw the ground and
   pay the claim under Section 6.8.
2. Section 6.8's conditions are met on the plan's own record: precertified and extended through 10/16/2026
   (PC-BCA-26-0904-1182).
3. Correct the first-level decision's statement; correct the claims system so other 2026 residential claims are not
   denied the same way.
4. Ask for the claim file and the plan documents the decision relied on (29 CFR 2560.503-1(h)(2)(iii)).

## What a letter must NOT say
- "residential treatment is excluded" as true for 2026; asking for an "exception to the exclusion".
- "precertification guarantees payment"; "not medically necessary" as the plan's ground.
- "inpatient stay" or "hospital care" for the residential stay.
- "Hollenbeck"; the 2021 stay as a failure; "eating disorder" as the diagnosis for this claim.
- "failed venlafaxine", "stopped venlafaxine"; lamotrigine as an antidepressant trial; quetiapine 25 mg as a trial.
- "Wisconsin Office of the Commissioner of Insurance" as the reviewer, "45 CFR 147.136(c)".
- "I was admitted" (the father writes; he was not the patient).
'''

ANSWERS = [
    ("Plan and funding?", "funding: self_funded", "case.yaml"),
    ("Exclusion relied on?", "Summary Plan Description Section 9.2(r) excludes residential treatment centers", "denial/first-level-appeal-decision-2026-11-12.txt"),
    ("What replaced it and from when?", "Effective January 1, 2026: Section 9.2(r) of the Summary Plan Description (residential treatment centers) is deleted", "other/summary-of-material-modifications-2025-11-14.txt"),
    ("New section?", "New Section 6.8 is added", "other/summary-of-material-modifications-2025-11-14.txt"),
    ("Date of the SMM?", "Date: 11/14/2025", "other/summary-of-material-modifications-2025-11-14.txt"),
    ("Stay dates?", "09/08/2026-10/16/2026", "denial/explanation-of-benefits-2026-10-28.txt"),
    ("Precertification and extension?", "Concurrent review 09/21/2026: extended through 10/16/2026", "other/precertification-and-extension-2026-09.txt"),
    ("Decision appealed?", "FIRST-LEVEL APPEAL DECISION                                                       Date: 11/12/2026", "denial/first-level-appeal-decision-2026-11-12.txt"),
    ("Second-level window?", "A second-level appeal must be filed within 60 days after you receive the first-level decision", "other/spd-2025-sections-9-and-12-excerpt.txt"),
    ("Second-level deadline?", "by 01/11/2027", "truth"),
    ("Venlafaxine status?", "venlafaxine XR 225 mg daily since 02/2026 (partial response, continued)", "clinical/residential-discharge-summary-2026-10-16.txt"),
    ("Bupropion?", "bupropion XL 150 mg 01/2026 stopped after 2 weeks for anxiety and insomnia", "clinical/residential-discharge-summary-2026-10-16.txt"),
    ("Suicide attempt date?", "overdose 08/29/2026", "clinical/residential-discharge-summary-2026-10-16.txt"),
    ("Who authorized the father?", "I, Nora Lindqvist-Paz, authorize my father, Anders Lindqvist", "other/authorization-to-represent-2026-11-20.txt"),
    ("Other person on the ledger?", "HOLLENBECK, R.", "other/facility-ledger-page-2026.txt"),
    ("Earlier stay?", "Residential stay 05/03-06/30/2021 for an eating disorder", "other/eating-disorder-program-discharge-2021-stale.txt"),
]
