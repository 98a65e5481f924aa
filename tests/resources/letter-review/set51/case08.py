"""Set 51 case 08 - FICTIONAL. Church plan (self-funded, not ERISA): IV ketamine denied under an SPD exclusion that
names ketamine, deleted by a plan amendment effective before the first infusion. Treating psychiatrist appeals."""
SLUG = "church-plan-ketamine-exclusion-deleted-by-amendment-first-appeal-psychiatrist"

CASE_YAML = """
# FICTIONAL CASE (letters set 51, case 08) - every person, plan, provider, number and address is invented.
# Church plan, self-funded, not subject to ERISA, Texas, 700 employees. Lucinda Marroquin-Bell, 51, treatment-resistant
# depression, had 6 IV ketamine infusions 08/04-08/20/2026 after the plan precertified them. The EOB of 10/26/2026
# denied them under SPD Section 8.3(w), which names ketamine infusions; Plan Amendment 2026-2 deleted 8.3(w) and added
# coverage from 07/01/2026. Her treating psychiatrist files the first internal appeal with her written consent.
patient:
  name: Lucinda Marroquin-Bell
  salutation: Ms. Marroquin-Bell
  date_of_birth: 1975-05-14
  member_id: FICT-HCB-20566391
  address: |-
    1408 Pecan Crossing
    San Marcos, TX 78666
  phone: (512) 555-0119
insurer:
  name: Hill Country Conference Benefit Plan (FICTIONAL church plan)
  appeals_address: |-
    Hill Country Conference Benefit Plan - Claim Appeals (FICTIONAL)
    PO Box 18840
    Austin, TX 78760
  fax: (512) 555-0152
claim:
  number: HCB-26-0903-21177
  plan_type: church
  funding: self_funded
  employees: 700
  notice_date: 2026-10-26
  appeal_deadline: 2027-04-24
  deadline_basis: >-
    Explanation of benefits of 10/26/2026: "You may appeal within 180 days after you receive this notice." Counted
    from the notice date.
  service_dates: [2026-08-04, 2026-08-06, 2026-08-11, 2026-08-13, 2026-08-18, 2026-08-20]
  setting: outpatient
  procedure_codes: [96365, J3490]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-96]
  denial_reason: >-
    CO-96. Excluded service. Summary Plan Description Section 8.3(w): "Ketamine infusions, for any psychiatric or
    behavioral health condition."
  denial_category: not_covered
  denial_reasons: [not_covered]
  action: none
plan_policy:
  name: Hill Country Conference Benefit Plan Summary Plan Description (2025), Section 8.3(w)
  number: Section 8.3(w)
  quote: "Ketamine infusions, for any psychiatric or behavioral health condition."
  file: other/spd-2025-section-8-excerpt.txt
  exclusion:
    name: SPD Section 8.3(w)
    superseded:
      by: Plan Amendment No. 2026-2, Sections 1 and 2
      from: 2026-07-01
      quote: >-
        Effective July 1, 2026: 1. Section 8.3(w) of the Summary Plan Description is deleted. 2. New Section 6.14:
        Intravenous ketamine for treatment-resistant depression is a covered benefit when precertified, up to 6
        infusions in an initial series.
      file: other/plan-amendment-2026-2.txt
prior_auth:
  approved:
    number: precertification PC-26-0721-3304
    date: 2026-07-24
    covers: intravenous ketamine for treatment-resistant depression, 6 infusions, 08/01/2026 through 09/30/2026
    quote: "Precertified: IV ketamine (Section 6.14), initial series of 6 infusions, 08/01/2026-09/30/2026."
    file: other/precertification-2026-07-24.txt
    from: 2026-08-01
    through: 2026-09-30
    lines:
      - {code: 96365, units: 6, given: 6}
treatment:
  name: Intravenous ketamine infusions for treatment-resistant depression, initial series of 6
  summary: >-
    An initial series of 6 IV ketamine infusions for treatment-resistant depression, precertified under the plan's
    Section 6.14, after no response to two antidepressants and an augmentation, and an intolerance to lithium.
  plan: Ketamine 0.5 mg/kg over 40 minutes, 6 infusions over 3 weeks, with blood pressure and pulse oximetry monitoring; MADRS before infusions 1, 4 and 6.
  alongside: aripiprazole 5 mg daily
clinical:
  severity: MADRS 36 on 08/04/2026 before the first infusion
  severity_date: 2026-08-04
  suicidality: passive
  suicidality_date: 2026-07-20
  response: MADRS 36 (08/04/2026) to 13 (08/20/2026)
  response_level: response
  episode_onset: 2024-09
  treating_since: 2019-03
  history:
    - drug: Sertraline
      dose: 200 mg daily
      start: 2024-10
      end: 2025-01
      kind: antidepressant
      weeks: 12
      adequate: true
      failed: true
      response: none
      outcome: No response after 12 weeks
      evidence: {file: clinical/psychiatrist-letter-2026-07-20.txt, page: 1}
    - drug: Venlafaxine ER
      dose: 225 mg daily
      start: 2025-02
      end: 2025-06
      kind: antidepressant
      weeks: 16
      adequate: true
      failed: true
      response: none
      outcome: No response after 16 weeks
      evidence: {file: clinical/psychiatrist-letter-2026-07-20.txt, page: 1}
    - drug: Lithium
      dose: 600 mg daily
      start: 2025-07-07
      end: 2025-08-04
      kind: augmentation
      adequate: false
      failed: false
      outcome: Stopped after 4 weeks for tremor and nausea (intolerance)
      evidence: {file: clinical/psychiatrist-letter-2026-07-20.txt, page: 1}
    - drug: Aripiprazole
      dose: 5 mg daily
      start: 2025-09
      ongoing: true
      kind: augmentation
      adequate: true
      response: partial
      outcome: Partial response; continuing with the infusions
      evidence: {file: clinical/psychiatrist-letter-2026-07-20.txt, page: 1}
    - drug: Mirtazapine
      dose: 7.5 mg at bedtime for sleep
      start: 2025-03
      ongoing: true
      kind: other
      outcome: Sleep dose only; not an antidepressant trial
      evidence: {file: clinical/psychiatrist-letter-2026-07-20.txt, page: 1}
    - drug: Electroconvulsive therapy
      dose: 10 treatments
      start: 2019-04
      end: 2019-05
      kind: neuromodulation
      sessions: 10
      response: remission
      outcome: Remission in an earlier episode (2019); not a failed treatment
      evidence: {file: clinical/psychiatrist-letter-2026-07-20.txt, page: 1}
impact:
  work: She took 10 weeks of unpaid leave from her teaching position in the spring of 2026.
author:
  name: Dr. Adaeze Whitcombe-Ruiz
  role: Treating psychiatrist
  relation: physician
  authorization: other/member-consent-2026-11-02.txt
  address: |-
    Blanco River Psychiatry (FICTIONAL), 210 North LBJ Drive
    San Marcos, TX 78666
  phone: (512) 555-0181
provider:
  name: Dr. Adaeze Whitcombe-Ruiz
  credentials: MD, psychiatry
  npi: "1866204732"
  address: |-
    Blanco River Psychiatry (FICTIONAL), 210 North LBJ Drive
    San Marcos, TX 78666
  phone: (512) 555-0181
employer:
  name: Hill Country Conference (FICTIONAL), Benefits Office
  address: |-
    400 Congress Avenue
    Austin, TX 78701
record_dates:
  - file: clinical/psychiatrist-letter-2026-07-20.txt
    date: 2026-07-20
  - file: clinical/infusion-series-summary-2026-08-20.txt
    date: 2026-08-20
copies: [employer]
bates_prefix: MARROQUINBELL
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/explanation-of-benefits-2026-10-26.txt": """
HILL COUNTRY CONFERENCE BENEFIT PLAN (FICTIONAL CHURCH PLAN) - EXPLANATION OF BENEFITS     Date: 10/26/2026
Member: Lucinda Marroquin-Bell   ID FICT-HCB-20566391   Claim HCB-26-0903-21177
Provider: Blue Bonnet Infusion Center (FICTIONAL)   Services 08/04/2026-08/20/2026: 96365 x6, J3490 x6
Billed $4,800.00   Allowed $0.00   Paid $0.00
CO-96. Excluded service. Summary Plan Description Section 8.3(w): "Ketamine infusions, for any psychiatric or
behavioral health condition."
You may appeal within 180 days after you receive this notice. Claim Appeals, PO Box 18840, Austin, TX 78760.
""",
    "other/spd-2025-section-8-excerpt.txt": """
HILL COUNTRY CONFERENCE BENEFIT PLAN (FICTIONAL) - SUMMARY PLAN DESCRIPTION 2025 (excerpt)    Page 52
Section 8.3 Exclusions. The Plan does not cover: ... (w) Ketamine infusions, for any psychiatric or behavioral
health condition.
""",
    "other/plan-amendment-2026-2.txt": """
HILL COUNTRY CONFERENCE BENEFIT PLAN (FICTIONAL) - PLAN AMENDMENT No. 2026-2     Adopted 05/15/2026   Page 1 of 1
Effective July 1, 2026: 1. Section 8.3(w) of the Summary Plan Description is deleted. 2. New Section 6.14:
Intravenous ketamine for treatment-resistant depression is a covered benefit when precertified, up to 6 infusions in
an initial series.
Mailed to members with the 2026-2027 benefits notice, 06/01/2026.
""",
    "other/precertification-2026-07-24.txt": """
HILL COUNTRY CONFERENCE BENEFIT PLAN (FICTIONAL) - PRECERTIFICATION                  Date: 07/24/2026
Member: Lucinda Marroquin-Bell   Number PC-26-0721-3304   Provider: Blue Bonnet Infusion Center
Precertified: IV ketamine (Section 6.14), initial series of 6 infusions, 08/01/2026-09/30/2026.
""",
    "clinical/psychiatrist-letter-2026-07-20.txt": """
BLANCO RIVER PSYCHIATRY (FICTIONAL) - LETTER FOR PRECERTIFICATION                  Date: 07/20/2026
Patient: Lucinda Marroquin-Bell   DOB 05/14/1975   Page 1 of 1   Adaeze Whitcombe-Ruiz, MD (treating since 03/2019)
Major depressive disorder, recurrent, severe (F33.2); episode since 09/2024. Passive death wishes, no plan (07/20/2026).
Sertraline 200 mg 10/2024-01/2025, 12 weeks: no response. Venlafaxine ER 225 mg 02/2025-06/2025, 16 weeks: no response.
Lithium 600 mg augmentation 07/07/2025-08/04/2025: stopped for tremor and nausea.
Aripiprazole 5 mg augmentation since 09/2025: partial response, continuing.
Mirtazapine 7.5 mg at bedtime for sleep since 03/2025.
Earlier episode: ECT, 10 treatments, 04/2019-05/2019, with remission.
""",
    "clinical/infusion-series-summary-2026-08-20.txt": """
BLUE BONNET INFUSION CENTER (FICTIONAL) - INFUSION SERIES SUMMARY                  Date: 08/20/2026
Patient: Lucinda Marroquin-Bell   DOB 05/14/1975   Page 1 of 1
Six infusions 08/04, 08/06, 08/11, 08/13, 08/18, 08/20/2026, ketamine 0.5 mg/kg over 40 minutes (96365 each).
MADRS 36 before infusion 1, 21 before infusion 4, 13 after infusion 6. Transient BP rise, resolved each time.
Precertification PC-26-0721-3304.
""",
    "other/member-consent-2026-11-02.txt": """
MEMBER'S WRITTEN CONSENT (FICTIONAL)                                      Signed 11/02/2026
I, Lucinda Marroquin-Bell, authorize Dr. Adaeze Whitcombe-Ruiz to appeal claim HCB-26-0903-21177 for me and to
share my records with the Hill Country Conference Benefit Plan. Signed: Lucinda Marroquin-Bell
""",
}

TRUTH = """
# 08 - Church plan (self-funded, not ERISA): IV ketamine denied under an SPD exclusion that names ketamine, deleted by a plan amendment effective before the first infusion; first internal appeal by the treating psychiatrist (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Lucinda Marroquin-Bell, 51 (DOB 05/14/1975), in the **Hill Country Conference Benefit Plan**, a **self-funded church
  plan not subject to ERISA** (`church`, 700 employees, Texas), has recurrent severe major depression (F33.2). She had
  **6 IV ketamine infusions 08/04-08/20/2026**; MADRS 36 to 13.
- The EOB of **10/26/2026** denied them (CO-96) under **SPD Section 8.3(w)**, which names ketamine infusions for any
  psychiatric condition.
- **Plan Amendment No. 2026-2** (adopted 05/15/2026, mailed 06/01/2026) deleted Section 8.3(w) and added Section 6.14
  (IV ketamine for TRD, covered when precertified, up to 6 infusions) **effective 07/01/2026**, before every date of
  service. The plan **precertified** the series (PC-26-0721-3304, 07/24/2026, 08/01-09/30/2026): 6 approved, 6 given.
- **Rule and stage:** first internal appeal, post-service, 180 days (**by 04/24/2027**, counted from the notice date);
  a church plan outside ERISA: 26 CFR 54.9815-2719 (claims and appeals by reference to the ERISA claims rule's
  standards; external review for medical-judgment denials) and parity 26 CFR 54.9812-1 (700 employees, over 50).
- **Author:** her treating psychiatrist (since 03/2019), with her written consent of 11/02/2026; writes about "Ms.
  Marroquin-Bell".

## Deliberately unknown
- Why the claims system still applied 8.3(w): not known; a letter may ask that the system be corrected.
- The ketamine NDC and dose billed under J3490: not in the case (no NDC invented).
- Whether this exclusion denial is open to external review: a pure exclusion is not a medical judgment; a letter
  must not promise external review for it.

## Traps
- **The exclusion names the treatment:** a letter must never say 8.3(w) does not reach ketamine; it must say 8.3(w)
  was **deleted** from 07/01/2026 and is not a term in force for this care. Winning point: plan document and date.
- **The amendment's words are not the exclusion's:** quote Section 6.14 as the governing term, not as the exclusion.
- **Precertification:** dates 08/01-09/30/2026 cover every infusion; 6 approved, 6 given.
- **A drug stopped for side effects:** lithium (4 weeks, tremor and nausea) is an intolerance, not an adequate trial.
- **Drug still taken:** aripiprazole 5 mg continues (partial response); never "failed" or "stopped".
- **Sleep dose:** mirtazapine 7.5 mg. **Earlier-episode response:** ECT 2019 remission; not a failure.
- **Wrong law:** never ERISA as the governing law, no 29 CFR 2560.503-1 cited alone, no EBSA or Labor Department,
  no federal regulator to complain to; no state insurance department for a self-funded church plan.
- **Voice:** the psychiatrist writes as the treating physician ("I have treated Ms. Marroquin-Bell since 2019"),
  never as the patient.

## Arguments a strong letter makes, strongest first
1. Section 8.3(w) was deleted by Plan Amendment 2026-2 effective 07/01/2026; every infusion (08/04-08/20/2026) came
   after that date. The term in force is Section 6.14, which covers IV ketamine for TRD when precertified.
   Withdraw the exclusion and pay the claim.
2. The plan precertified exactly this series (PC-26-0721-3304, 08/01-09/30/2026; 6 approved, 6 given): honor it and
   correct the claims system.
3. The series worked (MADRS 36 to 13) after two failed antidepressants, a failed augmentation (partial), and a
   lithium intolerance.

## What a letter must NOT say
- "the exclusion does not apply to ketamine" or "8.3(w) does not name ketamine"; an "exception to the exclusion" as
  the main request.
- "failed lithium", "failed aripiprazole", "stopped aripiprazole", mirtazapine as a trial, "failed ECT".
- "ERISA", "EBSA", "Department of Labor", "29 CFR 2560.503-1" as governing law, "state insurance department".
- "external review" promised for this exclusion denial.
- "I" as the patient.
"""

ANSWERS = [
    ("plan type", "plan_type: church", "case.yaml"),
    ("EOB date", "EXPLANATION OF BENEFITS     Date: 10/26/2026", "denial/explanation-of-benefits-2026-10-26.txt"),
    ("exclusion quoted", "Ketamine infusions, for any psychiatric or behavioral health condition", "denial/explanation-of-benefits-2026-10-26.txt"),
    ("amendment effective", "Effective July 1, 2026: 1. Section 8.3(w) of the Summary Plan Description is deleted.", "other/plan-amendment-2026-2.txt"),
    ("new coverage", "New Section 6.14:\nIntravenous ketamine for treatment-resistant depression is a covered benefit when precertified", "other/plan-amendment-2026-2.txt"),
    ("amendment adopted", "Adopted 05/15/2026", "other/plan-amendment-2026-2.txt"),
    ("precertification", "initial series of 6 infusions, 08/01/2026-09/30/2026", "other/precertification-2026-07-24.txt"),
    ("dates", "Six infusions 08/04, 08/06, 08/11, 08/13, 08/18, 08/20/2026", "clinical/infusion-series-summary-2026-08-20.txt"),
    ("response", "MADRS 36 before infusion 1, 21 before infusion 4, 13 after infusion 6", "clinical/infusion-series-summary-2026-08-20.txt"),
    ("lithium", "stopped for tremor and nausea", "clinical/psychiatrist-letter-2026-07-20.txt"),
    ("aripiprazole", "partial response, continuing", "clinical/psychiatrist-letter-2026-07-20.txt"),
    ("sleep dose", "Mirtazapine 7.5 mg at bedtime for sleep", "clinical/psychiatrist-letter-2026-07-20.txt"),
    ("earlier episode", "ECT, 10 treatments, 04/2019-05/2019, with remission", "clinical/psychiatrist-letter-2026-07-20.txt"),
    ("deadline", "by 04/24/2027", "truth"),
    ("church rule", "26 CFR 54.9815-2719", "truth"),
    ("must not", "\"the exclusion does not apply to ketamine\"", "truth"),
]
