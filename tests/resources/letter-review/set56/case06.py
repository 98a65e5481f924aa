SLUG = "06-county-plan-insured-residential-sud-php-had-no-opening-external-review-lcsw"

CASE_YAML = r"""
# FICTIONAL CASE (set 56, case 06) - every person, plan, insurer, provider, number and address is invented.
# County employees' plan, insured (governmental), 2,100 employees. Residential treatment for severe alcohol use
# disorder with recurrent depression: continued stay denied from 10/15/2026 as "PHP available in network"
# (guideline LOC-SUD-R2 criterion 2); the final internal decision of 11/03/2026 upheld, naming Susquehanna Day
# Program. Its first opening was 11/02/2026, after every day denied; IOP had been tried in 05/2026 with relapse in
# 10 days. The treating LCSW asks for external review with the member's written consent.
patient:
  name: Desmond Okwuosa-Brandt
  salutation: Mr. Okwuosa-Brandt
  date_of_birth: 1988-01-27
  member_id: FICT-LCE-60319825
  address: |-
    17 Canal Street
    Honesdale, PA 18431
  phone: (570) 555-0133
insurer:
  name: Alder Vale Health Insurance Company, for the Lackawaxen County Employees' Health Plan (FICTIONAL)
  appeals_address: |-
    Alder Vale Health Insurance Company - Appeals (FICTIONAL)
    PO Box 19044
    Harrisburg, PA 17105
  fax: (717) 555-0151
claim:
  number: AV-UR-26-1014-88217
  plan_type: governmental
  funding: insured
  employees: 2100
  notice_date: 2026-10-14
  service_dates: [2026-10-15, 2026-10-30]
  setting: residential
  procedure_codes: [H0018]
  revenue_codes: ["1002"]
  diagnosis_codes: [F10.20, F33.1]
  denial_reason: >-
    Continued residential treatment is not medically necessary (Level of Care Guideline LOC-SUD-R2, criterion 2):
    withdrawal has resolved and the member can be safely treated at a lower level of care. Partial hospitalization
    is available in network.
  denial_category: medical_necessity
  denial_reasons: [level_of_care]
  action: none
decisions:
  - date: 2026-11-03
    outcome: denied
    stage: final internal appeal
    opens: external review
    next_deadline: 2027-03-03
    reason: >-
      The denial of continued residential days from 10/15/2026 is upheld. A partial hospitalization program,
      Susquehanna Day Program, was available in network. Criterion 2 of LOC-SUD-R2 is not met.
external_review:
  final_denial_date: 2026-11-03
plan_policy:
  name: Alder Vale Level of Care Guideline LOC-SUD-R2 "Residential treatment, substance use disorders, continued stay"
  number: LOC-SUD-R2
  quote: >-
    Continued stay requires all of: 1. The member continues to meet the diagnosis criteria for a substance use
    disorder. 2. The member cannot be safely treated at a less intensive level of care that is available. 3. Active
    treatment with a discharge plan is documented.
  file: other/guideline-loc-sud-r2-excerpt.txt
payer_criteria:
  - criterion: 1. The member continues to meet the diagnosis criteria for a substance use disorder.
    how_met: Severe alcohol use disorder (F10.20), in early recovery in a controlled setting.
    met: true
    evidence: {file: clinical/residential-progress-summary-2026-10-30.txt, page: 1}
  - criterion: 2. The member cannot be safely treated at a less intensive level of care that is available.
    how_met: >-
      The in-network partial hospitalization program had no opening until 11/02/2026; the other listed program did
      not admit a primary substance use diagnosis; intensive outpatient was tried in 05/2026 and he relapsed within
      10 days.
    met: true
    evidence: {file: clinical/discharge-planning-notes-2026-10.txt, page: 1}
  - criterion: 3. Active treatment with a discharge plan is documented.
    how_met: Daily groups, individual therapy three times a week, naltrexone; discharge plan to PHP on its first opening.
    met: true
    evidence: {file: clinical/residential-progress-summary-2026-10-30.txt, page: 1}
alternatives:
  - treatment: Partial hospitalization
    level: partial hospitalization
    name: Susquehanna Day Program (in network)
    first_opening: 2026-11-02
    why_not: >-
      Waitlist: called 10/14/2026 and 10/21/2026; first opening 11/02/2026. The other in-network program listed,
      Riverside Partial Program, does not admit members whose primary diagnosis is a substance use disorder.
    proof: clinical/discharge-planning-notes-2026-10.txt
  - treatment: Intensive outpatient
    level: intensive outpatient
    why_not: >-
      Tried 05/04/2026-05/22/2026 at Wayne Recovery IOP; he relapsed to daily drinking within 10 days of starting
      and left the program.
    proof: clinical/residential-progress-summary-2026-10-30.txt
treatment:
  name: Residential substance use disorder treatment, continued stay 10/15/2026-10/30/2026
  summary: >-
    Continued residential treatment for severe alcohol use disorder with recurrent depression, until the in-network
    partial hospitalization program he was referred to could admit him.
  plan: >-
    Residential treatment with daily groups, individual therapy three times a week and naltrexone until the first
    PHP opening (11/02/2026), then PHP and IOP step-down with weekly therapy.
clinical:
  severity: PHQ-9 17 on 10/05/2026; PHQ-9 11 on 10/28/2026; cravings 7/10 on 10/14/2026
  severity_date: 2026-10-28
  suicidality: none
  suicidality_date: 2026-10-14
  history:
    - drug: Sertraline
      dose: 150 mg daily
      start: 2025-11
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued
      evidence: {file: clinical/residential-progress-summary-2026-10-30.txt, page: 1}
    - drug: Naltrexone
      dose: 50 mg daily
      start: 2026-10
      ongoing: true
      kind: other
      adequate: false
      outcome: For alcohol use disorder, started in the program; continued
      evidence: {file: clinical/residential-progress-summary-2026-10-30.txt, page: 1}
    - drug: Trazodone
      dose: 50 mg at bedtime for sleep
      start: 2026-10
      ongoing: true
      kind: other
      adequate: false
      outcome: Sleep aid only
      evidence: {file: clinical/residential-progress-summary-2026-10-30.txt, page: 1}
    - drug: Intensive outpatient program (IOP)
      dose: 3 hours, 3 days a week
      start: 2026-05-04
      end: 2026-05-22
      kind: other
      failed: true
      outcome: Relapsed to daily drinking within 10 days; left the program
      evidence: {file: clinical/residential-progress-summary-2026-10-30.txt, page: 1}
impact:
  work: On leave from his job as a county road maintenance crew lead since 09/2026.
  relapse: Relapsed within 10 days of starting IOP in 05/2026; two earlier relapses after outpatient care.
author:
  name: Naomi Ferraro-Quist, LCSW, LCADC
  role: primary therapist (licensed clinical social worker), Harrow Creek Recovery Center
  relation: clinician
  authorization: other/member-consent-2026-11-10.txt
  address: |-
    Harrow Creek Recovery Center (FICTIONAL), 400 Harrow Creek Road
    Hawley, PA 18428
  phone: (570) 555-0174
  email: nferraroquist@harrowcreek.example
provider:
  name: Harrow Creek Recovery Center
  npi: "1159384704"
  address: |-
    400 Harrow Creek Road
    Hawley, PA 18428
  phone: (570) 555-0174
template: external-review-request
record_dates:
  - file: clinical/residential-progress-summary-2026-10-30.txt
    date: 2026-10-30
  - file: clinical/discharge-planning-notes-2026-10.txt
    date: 2026-10-21
bates_prefix: OKWUOSABRANDT
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/concurrent-review-denial-2026-10-14.txt": """
ALDER VALE HEALTH INSURANCE COMPANY (FICTIONAL) - NOTICE OF ADVERSE BENEFIT DETERMINATION   Date: 10/14/2026
Member: Desmond Okwuosa-Brandt   ID FICT-LCE-60319825   Lackawaxen County Employees' Health Plan
Reference AV-UR-26-1014-88217   Facility: Harrow Creek Recovery Center   Admitted 10/05/2026
Decision: residential days 10/05/2026-10/14/2026 approved; continued stay from 10/15/2026 denied.
Reason: Continued residential treatment is not medically necessary (Level of Care Guideline LOC-SUD-R2,
criterion 2): withdrawal has resolved and the member can be safely treated at a lower level of care. Partial
hospitalization is available in network.
Reviewer: Arthur Benedek, DO (family medicine, addiction medicine certified).
""",
    "denial/final-internal-appeal-decision-2026-11-03.txt": """
ALDER VALE HEALTH INSURANCE COMPANY (FICTIONAL) - FINAL INTERNAL APPEAL DECISION       Date: 11/03/2026
Member: Desmond Okwuosa-Brandt   Reference AV-UR-26-1014-88217
The denial of continued residential days from 10/15/2026 is upheld. A partial hospitalization program,
Susquehanna Day Program, was available in network. Criterion 2 of LOC-SUD-R2 is not met.
External review: you may ask for an independent external review within 4 months of this decision. Instructions are
enclosed (state external review program).
""",
    "clinical/discharge-planning-notes-2026-10.txt": """
HARROW CREEK RECOVERY CENTER (FICTIONAL) - DISCHARGE PLANNING NOTES                 Page 1 of 1
Resident: Desmond Okwuosa-Brandt   Admitted 10/05/2026
10/14/2026 11:20  Called Susquehanna Day Program (in network), (570) 555-0181: PHP waitlist; first opening
                  11/02/2026. Placed on list.  - N.F.Q.
10/15/2026 09:05  Called Riverside Partial Program (in network), (570) 555-0185: does not admit a primary
                  substance use diagnosis. - N.F.Q.
10/21/2026 14:30  Susquehanna Day Program confirms first opening 11/02/2026; no earlier date. - N.F.Q.
10/21/2026 15:10  (Other resident, T.M.: bed change to room 4.) - not this resident.
10/30/2026        Discharged to home; PHP start 11/02/2026 confirmed.
""",
    "clinical/residential-progress-summary-2026-10-30.txt": """
HARROW CREEK RECOVERY CENTER (FICTIONAL) - RESIDENTIAL PROGRESS SUMMARY            Date: 10/30/2026
Resident: Desmond Okwuosa-Brandt   DOB 01/27/1988   Page 1 of 1
Diagnoses: alcohol use disorder, severe (F10.20); major depressive disorder, recurrent, moderate (F33.1).
Stay: admitted 10/05/2026 after medically managed withdrawal (gabapentin taper 10/05-10/12); discharged
10/30/2026. Cravings 7/10 on 10/14/2026, 4/10 on 10/28/2026. PHQ-9 17 (10/05), 11 (10/28). No suicidal ideation.
Before admission: IOP at Wayne Recovery IOP 05/04/2026-05/22/2026; relapsed to daily drinking within 10 days of
starting and left the program. Two earlier relapses after outpatient counseling (2023, 2025).
Medication: sertraline 150 mg daily since 11/2025, partial response, continued; naltrexone 50 mg daily started
10/2026, continued; trazodone 50 mg at bedtime for sleep.
Treatment: daily groups, individual therapy three times a week; discharge plan to PHP at its first opening.
Signed: Naomi Ferraro-Quist, LCSW, LCADC; reviewed by Hollis Varga, MD, medical director
""",
    "other/guideline-loc-sud-r2-excerpt.txt": """
ALDER VALE HEALTH INSURANCE COMPANY (FICTIONAL) - LEVEL OF CARE GUIDELINE LOC-SUD-R2     Page 1 of 1 (excerpt)
Residential treatment, substance use disorders, continued stay
Continued stay requires all of: 1. The member continues to meet the diagnosis criteria for a substance use
disorder. 2. The member cannot be safely treated at a less intensive level of care that is available. 3. Active
treatment with a discharge plan is documented.
""",
    "other/member-consent-2026-11-10.txt": """
CONSENT (FICTIONAL)                                                                   Signed 11/10/2026
I, Desmond Okwuosa-Brandt, ask Naomi Ferraro-Quist, LCSW, my therapist at Harrow Creek Recovery Center, to request
external review of Alder Vale's decision about my residential stay (reference AV-UR-26-1014-88217) for me, and I
consent to her sharing my treatment records for it.
Signed: Desmond Okwuosa-Brandt
""",
    "other/discharge-summary-2019-other-program.txt": """
LAUREL RIDGE TREATMENT CENTER (FICTIONAL) - DISCHARGE SUMMARY                      Date: 03/18/2019
Resident: Desmond Okwuosa-Brandt
Residential treatment 02/2019-03/2019 for alcohol use disorder; sober 2 years after discharge. Medication then:
acamprosate 666 mg three times a day (since stopped), citalopram 20 mg (since stopped).
[An earlier episode at another program; kept in the center's file.]
""",
}

TRUTH = r"""
# 06 - County employees' plan (insured): residential SUD days denied as "PHP available" when the named PHP had no opening until after the stay; external review by the treating LCSW (FICTIONAL)

All people, plans, insurers, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Desmond Okwuosa-Brandt, 38 (DOB 01/27/1988), on the **Lackawaxen County Employees' Health Plan** (a county
  government's plan, insured by Alder Vale; 2,100 employees), was in **residential treatment** at Harrow Creek
  Recovery Center **10/05/2026-10/30/2026** for severe alcohol use disorder (F10.20) with recurrent depression
  (F33.1). Days 10/05-10/14 were approved; **continued stay from 10/15/2026 denied** on **10/14/2026** (reference
  **AV-UR-26-1014-88217**) under **LOC-SUD-R2 criterion 2**, "Partial hospitalization is available in network".
- **Final internal decision of 11/03/2026** upheld: "Susquehanna Day Program was available".
- The discharge-planning notes: Susquehanna Day Program's **first opening was 11/02/2026** (called 10/14 and 10/21);
  Riverside Partial Program does not admit a primary SUD diagnosis. Criterion 2's own words ask for a level "that is
  available": none was on any day denied. **IOP** was tried **05/04-05/22/2026** and he relapsed within 10 days.
- **Rules:** a government employer's plan: 45 CFR 147.136 (applying the ERISA claims rule's standards by
  reference); **external review within 4 months of the final internal decision: by 03/03/2027**, through the state
  process for this insured plan (45 CFR 147.136(c)). Parity: 45 CFR 146.136 (unless the plan opted out: unknown).
- **Author:** Naomi Ferraro-Quist, LCSW, LCADC, his primary therapist (a clinician who does not prescribe), with his
  written consent of 11/10/2026; she writes "I" as his treating therapist, about "Mr. Okwuosa-Brandt".
- Expected answers (question -> answer, where printed):
  1. Reference number -> AV-UR-26-1014-88217 (denial/concurrent-review-denial-2026-10-14.txt)
  2. Days denied from -> continued stay from 10/15/2026 denied (denial/concurrent-review-denial-2026-10-14.txt)
  3. Final internal decision -> Date: 11/03/2026 (denial/final-internal-appeal-decision-2026-11-03.txt)
  4. External review deadline -> by 03/03/2027 (truth)
  5. Program the plan named -> Susquehanna Day Program (denial/final-internal-appeal-decision-2026-11-03.txt)
  6. Its first opening -> first opening 11/02/2026 (clinical/discharge-planning-notes-2026-10.txt)
  7. The other program -> does not admit a primary substance use diagnosis (clinical/discharge-planning-notes-2026-10.txt)
  8. Criterion 2's words -> less intensive level of care that is available (other/guideline-loc-sud-r2-excerpt.txt)
  9. IOP tried -> IOP at Wayne Recovery IOP 05/04/2026-05/22/2026 (clinical/residential-progress-summary-2026-10-30.txt)
  10. Relapse in IOP -> relapsed to daily drinking within 10 days (clinical/residential-progress-summary-2026-10-30.txt)
  11. Discharge date -> discharged 10/30/2026 (clinical/residential-progress-summary-2026-10-30.txt)
  12. Drug still taken -> sertraline 150 mg daily since 11/2025, partial response, continued (clinical/residential-progress-summary-2026-10-30.txt)
  13. Non-antidepressant -> naltrexone 50 mg daily started 10/2026 (clinical/residential-progress-summary-2026-10-30.txt)
  14. Suicidality -> No suicidal ideation (clinical/residential-progress-summary-2026-10-30.txt)
  15. Consent -> Signed 11/10/2026 (other/member-consent-2026-11-10.txt)
  16. Author -> relation: clinician (case.yaml)

## Deliberately unknown
- Whether the county plan opted out of federal parity before the opt-out ended: not in the case.
- The state external review agency's name and address: the decision says instructions were enclosed, but they are
  not in the case; a letter must not invent them.
- The amount billed for the denied days: not in the case.

## Traps
- **Availability, a record not a judgment.** The winning point is the discharge-planning record against criterion 2's
  own word "available": no PHP could admit him before 11/02/2026, after the last day denied (10/30/2026).
- **Other person on a document:** "T.M." in the discharge-planning notes.
- **Stale document:** the 2019 discharge summary from Laurel Ridge (acamprosate, citalopram, both stopped): not the
  current medication list.
- **Naltrexone** is not an antidepressant; **trazodone 50 mg** is a sleep dose; **gabapentin** was a withdrawal
  taper. **Sertraline continues** (partial): never "failed"/"stopped". The 2019 residential stay was followed by two
  sober years: an earlier response, not a failure.
- **Level of care:** residential treatment is a stay but never "inpatient" or "hospital" care.
- **No suicidality**: never argue suicide risk.
- **Voice:** a therapist (LCSW), never "Dr.", "physician" or "prescriber"; she certifies nothing as a physician.
- **Wrong law:** ERISA as governing law (29 CFR 2560.503-1 cited alone), the Labor Department or EBSA; 29 CFR
  2590.715-2719 (self-funded rule; this plan is insured); Medicaid rules.

## Arguments a strong letter makes, strongest first
1. Criterion 2 asks whether he could be treated at a less intensive level "that is available"; the only in-network
   PHP that admits a primary SUD diagnosis had no opening until 11/02/2026, after every day denied, and the other did
   not admit him (discharge-planning notes). The decision's "was available" is contradicted by the record.
2. The lower level the plan points to had been tried: IOP in 05/2026 ended in relapse within 10 days.
3. Criteria 1 and 3 are met (rows with exhibits); ask the reviewer to decide under the plan's own guideline and pay
   10/15-10/30/2026.

## What a letter must NOT say
- "PHP was available", "he could have attended PHP"; a network gap exception or out-of-network request.
- "inpatient", "hospital stay", "hospitalization" for the residential stay.
- "suicidal", "suicide risk"; "failed sertraline"; naltrexone or trazodone as an antidepressant trial; "acamprosate"
  or "citalopram" as current.
- "T.M."; "Dr. Ferraro-Quist", "physician", "prescriber".
- "ERISA" as governing law, "EBSA", "Department of Labor", "29 CFR 2590.715-2719", "438.".
"""

ANSWERS = [
    ("reference", "AV-UR-26-1014-88217", "denial/concurrent-review-denial-2026-10-14.txt"),
    ("days denied", "continued stay from 10/15/2026 denied", "denial/concurrent-review-denial-2026-10-14.txt"),
    ("final decision", "Date: 11/03/2026", "denial/final-internal-appeal-decision-2026-11-03.txt"),
    ("deadline", "by 03/03/2027", "truth"),
    ("program named", "Susquehanna Day Program", "denial/final-internal-appeal-decision-2026-11-03.txt"),
    ("first opening", "first opening 11/02/2026", "clinical/discharge-planning-notes-2026-10.txt"),
    ("other program", "does not admit a primary substance use diagnosis", "clinical/discharge-planning-notes-2026-10.txt"),
    ("criterion 2", "less intensive level of care that is available", "other/guideline-loc-sud-r2-excerpt.txt"),
    ("IOP tried", "IOP at Wayne Recovery IOP 05/04/2026-05/22/2026", "clinical/residential-progress-summary-2026-10-30.txt"),
    ("relapse", "relapsed to daily drinking within 10 days", "clinical/residential-progress-summary-2026-10-30.txt"),
    ("discharge", "discharged 10/30/2026", "clinical/residential-progress-summary-2026-10-30.txt"),
    ("drug still taken", "sertraline 150 mg daily since 11/2025, partial response, continued", "clinical/residential-progress-summary-2026-10-30.txt"),
    ("naltrexone", "naltrexone 50 mg daily started 10/2026", "clinical/residential-progress-summary-2026-10-30.txt"),
    ("suicidality", "No suicidal ideation", "clinical/residential-progress-summary-2026-10-30.txt"),
    ("consent", "Signed 11/10/2026", "other/member-consent-2026-11-10.txt"),
    ("author", "relation: clinician", "case.yaml"),
]
