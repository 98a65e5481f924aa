"""Case 08 (FICTIONAL): Medicaid managed care, adult 45; six more acute ECT treatments refused because she
"improved", when the plan's own policy extends a course for improvement short of remission. State fair hearing,
written by a legal aid advocate."""

SLUG = "08-medicaid-mco-ect-extension-improved-not-remission-policy-fair-hearing-advocate"

CASE_YAML = r'''
# FICTIONAL CASE (set 46, case 08) - every person, plan, agency, provider, number and address is invented.
# Medicaid managed care, Delaware, adult aged 45. Rosalind Achterhof-Nwosu had 12 acute ECT treatments (authorized)
# 09/14-10/23/2026 for psychotic depression: MADRS 38 to 22. The plan refused 6 more ("improved; can continue with
# medication management"); its notice of resolution of 11/12/2026 upheld that. The plan's own policy BH-ECT-5 extends
# an acute course to 20 treatments for improvement without remission. A legal aid advocate asks for the state fair
# hearing.
patient:
  name: Rosalind Achterhof-Nwosu
  salutation: Ms. Achterhof-Nwosu
  date_of_birth: 1981-02-26
  member_id: FICT-DE-MCD-4418207
  address: |-
    77 Christiana Mews, Apt 2B
    Wilmington, DE 19801
  phone: (302) 555-0126
insurer:
  name: Brandywine Community Health Plan (Medicaid managed care, FICTIONAL)
  appeals_address: |-
    Brandywine Community Health Plan - Appeals (FICTIONAL)
    PO Box 15022
    Wilmington, DE 19850
  fax: (302) 555-0137
claim:
  number: BCH-UM-26-1026-55730
  plan_type: medicaid
  delivery: managed_care
  notice_date: 2026-10-27
  service_dates: [2027-01-05]
  sessions: 6
  pending_services: 6
  setting: outpatient
  procedure_codes: ["90870"]
  revenue_codes: ["0901"]
  diagnosis_codes: [F33.3]
  denial_reason: >-
    Request for 6 additional ECT treatments is denied. The member has improved (MADRS 22, from 38) and can continue
    treatment with medication management. Additional ECT is not medically necessary.
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  action: none
external_review:
  agency: Delaware Division of Medicaid fair hearing office (as named in the notice of resolution; FICTIONAL address)
  address: |-
    Fair Hearing Office (FICTIONAL)
    PO Box 906
    New Castle, DE 19720
  final_denial_date: 2026-11-12
template: external-review-request
decisions:
  - date: 2026-11-12
    outcome: denied
    stage: plan appeal (notice of resolution)
    opens: state fair hearing
    next_deadline: 2027-03-12
    reason: >-
      The denial is upheld. The member improved with 12 treatments and no longer needs ECT; she needed only 12
      treatments in 2018.
    corrections:
      - said: The member improved with 12 treatments and no longer needs ECT.
        record: >-
          MADRS 38 before ECT and 22 after treatment 12 (a 42% reduction, not remission); MADRS 24 on 11/20/2026 with
          the return of nihilistic thoughts since ECT stopped. Policy BH-ECT-5, section 3, extends an acute course to
          20 treatments for improvement short of remission.
        file: clinical/psychiatrist-ect-note-2026-11-20.txt
        page: 1
      - said: she needed only 12 treatments in 2018.
        record: The 2018 course treated an earlier episode; it does not set the number this episode needs.
        file: clinical/psychiatrist-ect-note-2026-11-20.txt
        page: 1
        leaves_out: true
plan_policy:
  name: Brandywine Community Health Plan Clinical Policy BH-ECT-5, Electroconvulsive Therapy, Section 3 (Extension of an acute course)
  number: BH-ECT-5
  quote: >-
    3. Extension of an acute course. Treatments beyond the first 12 are medically necessary, up to 20 in all, when
    (a) the member has improved on a standardized scale but has not reached remission (MADRS 10 or less), and (b) the
    treating psychiatrist documents the further benefit expected.
  file: other/clinical-policy-bh-ect-5-section-3.txt
payer_criteria:
  - criterion: (a) the member has improved on a standardized scale but has not reached remission (MADRS 10 or less)
    how_met: >-
      MADRS 38 before ECT (09/14/2026), 22 after treatment 12 (10/23/2026) and 24 on 11/20/2026; improved, not in
      remission.
    met: true
    evidence: {file: clinical/psychiatrist-ect-note-2026-11-20.txt, page: 1}
  - criterion: (b) the treating psychiatrist documents the further benefit expected
    how_met: >-
      The psychiatrist's note of 11/20/2026 expects remission with 6 more treatments, given the steady fall of MADRS
      through treatment 12 and the return of symptoms since ECT stopped.
    met: true
    evidence: {file: clinical/psychiatrist-ect-note-2026-11-20.txt, page: 1}
prior_auth:
  approved:
    number: BCH-UM-26-0910-48815
    date: 2026-09-10
    covers: acute ECT, 12 treatments, 09/14/2026 through 10/31/2026
    quote: "Approved: ECT (90870), 12 treatments, 09/14/2026-10/31/2026."
    file: other/ect-authorization-2026-09-10.txt
    lines:
      - {code: "90870", units: 12, given: 12}
treatment:
  name: Six more acute electroconvulsive therapy (ECT) treatments (13-18)
  summary: >-
    Completing an acute ECT course for recurrent severe depression with psychotic features, which improved with 12
    treatments but did not reach remission and has worsened since ECT stopped.
  plan: >-
    Six treatments, three a week for two weeks from 01/05/2027 (or as soon as approved), right unilateral
    ultrabrief; MADRS after every second treatment; stop at remission; venlafaxine and olanzapine continued.
  alongside: venlafaxine XR 225 mg daily
clinical:
  severity: MADRS 24 on 11/20/2026 (22 after treatment 12, 38 before ECT)
  severity_date: 2026-11-20
  suicidality: passive
  suicidality_date: 2026-11-20
  response: MADRS 38 (09/14/2026) to 22 (10/23/2026)
  response_level: partial
  history:
    - drug: Sertraline
      dose: 200 mg daily
      start: 2026-01-05
      end: 2026-03-09
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 9 weeks
      evidence: {file: clinical/psychiatrist-ect-note-2026-11-20.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 225 mg daily
      start: 2026-03-10
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued with ECT
      evidence: {file: clinical/psychiatrist-ect-note-2026-11-20.txt, page: 1}
    - drug: Olanzapine
      dose: 10 mg daily (for psychotic features)
      start: 2026-06
      ongoing: true
      kind: other
      adequate: false
      outcome: Antipsychotic for psychotic features; continued; not an antidepressant trial
      evidence: {file: clinical/psychiatrist-ect-note-2026-11-20.txt, page: 1}
    - drug: Trazodone
      dose: 50 mg at bedtime for sleep
      start: 2026-04
      ongoing: true
      kind: other
      adequate: false
      outcome: Sleep dose only
      evidence: {file: clinical/psychiatrist-ect-note-2026-11-20.txt, page: 1}
    - drug: Acute ECT, 12 treatments (earlier episode)
      start: 2018-05
      end: 2018-06
      sessions: 12
      kind: neuromodulation
      adequate: true
      response: remission
      outcome: Remission in 2018 (an earlier episode); not a failure
      evidence: {file: clinical/psychiatrist-ect-note-2026-11-20.txt, page: 1}
impact:
  daily_life: Her sister cares for her two children on school days since 08/2026; she cannot manage meals or bills alone.
author:
  name: Celestine Barrowby-Haq
  role: Benefits advocate, First State Legal Aid (FICTIONAL), authorized representative
  relation: representative
  authorization: other/authorized-representative-form-2026-11-24.txt
  address: |-
    First State Legal Aid (FICTIONAL), 500 King Street, Suite 300
    Wilmington, DE 19801
  phone: (302) 555-0142
  email: cbarrowby@firststate-legalaid.example
provider:
  name: Dr. Ignatius Oyelaran-Fitch, MD
  credentials: MD, psychiatrist, ECT service, Christina Valley Hospital (FICTIONAL)
  npi: "1295744084"
  address: |-
    1200 Lancaster Avenue
    Wilmington, DE 19805
  phone: (302) 555-0153
copies: [prescriber]
record_dates:
  - file: clinical/psychiatrist-ect-note-2026-11-20.txt
    date: 2026-11-20
bates_prefix: ACHTERHOF
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''

DOCS = {
    "denial/adverse-benefit-determination-2026-10-27.txt": """
BRANDYWINE COMMUNITY HEALTH PLAN (FICTIONAL) - NOTICE OF ADVERSE BENEFIT DETERMINATION      Date: 10/27/2026
Member: Rosalind Achterhof-Nwosu   Medicaid ID FICT-DE-MCD-4418207   Reference BCH-UM-26-1026-55730
Request for 6 additional ECT treatments is denied. The member has improved (MADRS 22, from 38) and can continue
treatment with medication management. Additional ECT is not medically necessary.
You may appeal to the plan within 60 days of this notice.
""",
    "denial/notice-of-appeal-resolution-2026-11-12.txt": """
BRANDYWINE COMMUNITY HEALTH PLAN (FICTIONAL) - NOTICE OF APPEAL RESOLUTION                 Date: 11/12/2026
Member: Rosalind Achterhof-Nwosu   Reference BCH-UM-26-1026-55730
The denial is upheld. The member improved with 12 treatments and no longer needs ECT; she needed only 12 treatments
in 2018.
State fair hearing: you may ask for a state fair hearing within 120 calendar days of the date of this notice. Write
to the Fair Hearing Office, PO Box 906, New Castle, DE 19720.
""",
    "other/clinical-policy-bh-ect-5-section-3.txt": """
BRANDYWINE COMMUNITY HEALTH PLAN (FICTIONAL) - CLINICAL POLICY BH-ECT-5 (effective 03/01/2026)    Page 3 of 6
3. Extension of an acute course. Treatments beyond the first 12 are medically necessary, up to 20 in all, when (a) the
member has improved on a standardized scale but has not reached remission (MADRS 10 or less), and (b) the treating
psychiatrist documents the further benefit expected.
""",
    "other/ect-authorization-2026-09-10.txt": """
BRANDYWINE COMMUNITY HEALTH PLAN (FICTIONAL) - AUTHORIZATION                                Date: 09/10/2026
Member: Rosalind Achterhof-Nwosu   Number BCH-UM-26-0910-48815
Approved: ECT (90870), 12 treatments, 09/14/2026-10/31/2026.
""",
    "clinical/psychiatrist-ect-note-2026-11-20.txt": """
CHRISTINA VALLEY HOSPITAL ECT SERVICE (FICTIONAL) - PSYCHIATRY NOTE                       Date: 11/20/2026
Patient: Rosalind Achterhof-Nwosu   DOB 02/26/1981   Page 1 of 1
Major depressive disorder, recurrent, severe with psychotic features (F33.3). Acute ECT 09/14/2026-10/23/2026, 12
treatments (right unilateral ultrabrief). MADRS 38 before, 22 after treatment 12. Today MADRS 24; nihilistic thoughts
back since ECT stopped; passive wish to die, no plan or intent.
Medication: sertraline 200 mg 01/05/2026-03/09/2026, no response after 9 weeks. Venlafaxine XR 225 mg since
03/10/2026, partial response, continued. Olanzapine 10 mg since 06/2026 for psychotic features, continued.
Trazodone 50 mg at bedtime for sleep.
Earlier episode: 12 ECT treatments in 2018, remission.
Plan: 6 more acute treatments (13-18); I expect remission with them, given the steady fall of MADRS through
treatment 12. - Dr. Ignatius Oyelaran-Fitch, MD
""",
    "other/authorized-representative-form-2026-11-24.txt": """
AUTHORIZED REPRESENTATIVE FOR A MEDICAID APPEAL OR FAIR HEARING (FICTIONAL FORM)            Date: 11/24/2026
I, Rosalind Achterhof-Nwosu, name Celestine Barrowby-Haq of First State Legal Aid as my authorized representative
for reference BCH-UM-26-1026-55730 and the state fair hearing.   Signed: Rosalind Achterhof-Nwosu
""",
    "other/ect-treatment-log-2026.txt": """
CHRISTINA VALLEY HOSPITAL ECT SERVICE (FICTIONAL) - TREATMENT LOG (page shared by the morning list)
10/21/2026  Achterhof-Nwosu, R.   treatment 11   seizure 41 s
10/21/2026  Dempsey-Araujo, L.    treatment 4    seizure 38 s
10/23/2026  Achterhof-Nwosu, R.   treatment 12   seizure 39 s
""",
}

TRUTH = r'''
# 08 - Medicaid managed care: six more acute ECT treatments refused because she "improved", where the plan's own policy extends a course for improvement short of remission; state fair hearing requested by a legal aid advocate (FICTIONAL)

All people, plans, agencies, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Rosalind Achterhof-Nwosu, 45 (DOB 02/26/1981), a **Medicaid managed care** member (Delaware), had **12 authorized acute
  ECT treatments 09/14-10/23/2026** (90870; F33.3) under BCH-UM-26-0910-48815: **MADRS 38 -> 22** (42%, not
  remission). The plan refused **6 more** on 10/27/2026 ("improved ... medication management"); its **notice of appeal
  resolution of 11/12/2026** upheld, adding "she needed only 12 treatments in 2018".
- The plan's own **Clinical Policy BH-ECT-5, Section 3**: treatments beyond 12, up to 20, are medically necessary when
  (a) she improved but has not reached remission (MADRS 10 or less) and (b) the psychiatrist documents the further
  benefit expected. Both are met: MADRS 22 (then 24 on 11/20/2026), and the psychiatrist's 11/20/2026 note expects
  remission with 6 more. The denial's own reason ("improved") is condition (a).
- MADRS 24 on 11/20/2026, nihilistic thoughts back, a passive wish to die without plan or intent.
- **Rule and stage:** Medicaid managed care: the plan appeal is exhausted; **state fair hearing within 120 calendar
  days of the notice of resolution** (42 CFR 438.408(f)(2)): **by 03/12/2027**. This is a new request (treatments 13-18),
  not authorized care being cut: **no continuation of benefits** (438.420) is at stake, and in any case the 10-day
  window after 11/12/2026 has passed.
- She is **45**: EPSDT does not apply. Medicaid's parity rule is 42 CFR 438.910 (not MHPAEA's employer rules).
- **Author:** a legal aid benefits advocate, her authorized representative (form signed 11/24/2026), writing about "Ms.
  Achterhof-Nwosu"; the request is addressed to the fair hearing office, not to the plan "to be forwarded".

## Deliberately unknown
- Who the plan's reviewers were and their specialty: not in the notices; a letter may ask.
- Whether remission will follow the 6 treatments: expected by her psychiatrist, not certain; never promised.
- Whether the state's hearing office has its own form: not in the case.

## Traps
- **The plan's own document decides:** improvement without remission is the policy's ground for extension, not a
  reason to stop. A letter must never say she reached remission or is "well".
- **Earlier-episode response:** 12 treatments gave remission in **2018** (another episode); it neither fails nor sets a
  cap now; never "ECT failed".
- **Drugs:** venlafaxine continues (partial): never "failed" or "stopped". Olanzapine (psychotic features) is not an
  antidepressant trial. Trazodone 50 mg is a sleep dose. Sertraline 9 weeks was an adequate failed trial.
- **No continued benefits:** never ask that ECT "continue during the hearing" as of right, or say the appeal was filed
  within 10 days.
- **Age:** no EPSDT (she is 45).
- **Suicidality:** passive, no plan or intent (11/20/2026); never "active" or "attempt".
- **Other person on a document:** the ECT log's L. Dempsey-Araujo is another patient.
- **Voice and addressee:** the advocate writes for her client; the request goes to the fair hearing office.
- **Wrong law:** no ERISA, no 45 CFR 147.136, no "external review" by an IRO, no MHPAEA employer rules.

## Arguments a strong letter makes (strongest first)
1. The plan's own policy BH-ECT-5, Section 3, covers treatments 13-20 when the member has improved but has not
   reached remission and the psychiatrist documents the benefit expected: MADRS 38 to 22 (24 on 11/20) is exactly
   that, and the 11/20/2026 note documents it. The plan's reason, "she has improved", is the policy's condition for
   extension, not a ground for denial.
2. The 2018 course was an earlier episode; its 12 treatments do not cap this course.
3. Clinical need: psychotic depression with nihilistic thoughts returning since ECT stopped, a passive wish to die, a
   failed sertraline trial and a partial response to venlafaxine with olanzapine.
4. Ask the hearing officer to order the plan to authorize 6 treatments and to send the case file and criteria relied on.

## What a letter must NOT say
- "remission", "recovered", "no longer needs ECT" (as true); "ECT failed"; "she needed only 12 treatments".
- "failed venlafaxine", "stopped venlafaxine"; olanzapine or trazodone as antidepressant trials.
- "benefits must continue pending the hearing"; "filed within 10 days"; "EPSDT"; "under 21".
- "active suicidal ideation", "suicide attempt"; "Dempsey-Araujo".
- "ERISA", "45 CFR 147.136", "independent review organization"; "forward this request to the hearing office".
'''

ANSWERS = [
    ("Plan type and delivery", "delivery: managed_care", "case.yaml"),
    ("Notice of resolution date", "NOTICE OF APPEAL RESOLUTION Date: 11/12/2026", "denial/notice-of-appeal-resolution-2026-11-12.txt"),
    ("Fair hearing window", "within 120 calendar days of the date of this notice", "denial/notice-of-appeal-resolution-2026-11-12.txt"),
    ("Fair hearing deadline", "next_deadline: 2027-03-12", "case.yaml"),
    ("What the plan's policy covers", "Treatments beyond the first 12 are medically necessary, up to 20 in all", "other/clinical-policy-bh-ect-5-section-3.txt"),
    ("Remission threshold in the policy", "MADRS 10 or less", "other/clinical-policy-bh-ect-5-section-3.txt"),
    ("Scores before and after 12 treatments", "MADRS 38 before, 22 after treatment 12", "clinical/psychiatrist-ect-note-2026-11-20.txt"),
    ("Score on 11/20/2026", "Today MADRS 24", "clinical/psychiatrist-ect-note-2026-11-20.txt"),
    ("Psychiatrist's expected benefit", "I expect remission with them", "clinical/psychiatrist-ect-note-2026-11-20.txt"),
    ("Treatments asked for", "6 more acute treatments (13-18)", "clinical/psychiatrist-ect-note-2026-11-20.txt"),
    ("The plan's earlier-episode statement", "she needed only 12 treatments in 2018", "denial/notice-of-appeal-resolution-2026-11-12.txt"),
    ("Authorization of the first 12", "Approved: ECT (90870), 12 treatments, 09/14/2026-10/31/2026", "other/ect-authorization-2026-09-10.txt"),
    ("Continuing antidepressant", "Venlafaxine XR 225 mg since 03/10/2026, partial response, continued", "clinical/psychiatrist-ect-note-2026-11-20.txt"),
    ("Suicidality", "passive wish to die, no plan or intent", "clinical/psychiatrist-ect-note-2026-11-20.txt"),
    ("Another person on a document", "Dempsey-Araujo, L.", "other/ect-treatment-log-2026.txt"),
    ("Author's organization", "First State Legal Aid", "other/authorized-representative-form-2026-11-24.txt"),
]
