"""Set 45, case 07 (FICTIONAL): stand-alone Part D PDP, deutetrabenazine for tardive dyskinesia; the redetermination
says "No AIMS score documented" although the note with two AIMS scores was faxed with the request. IRE
reconsideration requested by a psychiatric home health nurse as appointed representative."""
SLUG = "07-part-d-pdp-deutetrabenazine-tardive-dyskinesia-aims-faxed-ire-reconsideration-home-health-rn"

CASE_YAML = """
# FICTIONAL CASE (set 45, case 07) - every person, plan, provider, number and address is invented.
# Stand-alone Part D plan (OH). Cornelius Abernathy-Quist, 54 (Medicare through disability), schizoaffective disorder
# stable on aripiprazole, has moderate tardive dyskinesia. His psychiatrist asked for Austedo XR; the plan denied it
# (10/20/2026) and the redetermination (11/12/2026) upheld: "No AIMS score documented; criterion 1 not met." The
# psychiatrist's 11/04/2026 note (AIMS 16; AIMS 14 on 09/30) was faxed with the redetermination request on 11/05.
# His psychiatric home health nurse, appointed representative (CMS-1696), asks the IRE to reconsider.
patient:
  name: Cornelius Abernathy-Quist
  salutation: Mr. Abernathy-Quist
  date_of_birth: 1972-10-08
  member_id: FICT-BRX-40917735
  address: |-
    Maple Terrace Residential Care, 1840 Cleveland Avenue
    Columbus, OH 43211
  phone: (614) 555-0117
insurer:
  name: Buckeye Medicare Rx Basic (FICTIONAL)
  appeals_address: |-
    Buckeye Medicare Rx Basic - Part D Appeals (FICTIONAL)
    PO Box 38860
    Dayton, OH 45401
  fax: (937) 555-0150
claim:
  number: BRX-RD-26-1105-77302
  plan_type: medicare_part_d
  notice_date: 2026-10-20
  diagnosis_codes: [G24.01, F25.0]
  denial_reason: >-
    Austedo XR (deutetrabenazine) does not meet prior authorization criteria PA-VMAT-2. Criterion 1: no Abnormal
    Involuntary Movement Scale (AIMS) score is documented.
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  action: none
decisions:
  - date: 2026-11-12
    outcome: denied
    stage: redetermination
    opens: IRE reconsideration
    next_deadline: 2027-01-16
    reason: >-
      No AIMS score documented; criterion 1 not met. The coverage denial is upheld.
    corrections:
      - said: No AIMS score documented; criterion 1 not met.
        record: >-
          The psychiatrist's note of 11/04/2026, faxed to the plan with the redetermination request on 11/05/2026,
          records an AIMS total of 16 on 11/04/2026 and 14 on 09/30/2026, with moderate movements of the lips, jaw
          and tongue.
        file: clinical/psychiatry-note-2026-11-04.txt
        page: 1
external_review:
  agency: Part D Independent Review Entity (as named in the redetermination notice; FICTIONAL address)
  address: |-
    Part D Independent Review Entity - Reconsiderations (FICTIONAL)
    PO Box 55107
    Pittsford, NY 14534
  final_denial_date: 2026-11-12
plan_policy:
  name: Buckeye Medicare Rx prior authorization criteria PA-VMAT-2 (VMAT2 inhibitors)
  number: PA-VMAT-2
  quote: >-
    1. Diagnosis of moderate or severe tardive dyskinesia, with a baseline AIMS score documented. 2. Prescribed by or
    in consultation with a psychiatrist or neurologist. 3. The prescriber has considered reducing or stopping the
    causative antipsychotic, or this is not clinically appropriate.
  file: other/pa-criteria-pa-vmat-2-2026.txt
payer_criteria:
  - criterion: "1. Diagnosis of moderate or severe tardive dyskinesia, with a baseline AIMS score documented"
    how_met: "Tardive dyskinesia (G24.01), moderate: AIMS total 14 on 09/30/2026 and 16 on 11/04/2026"
    met: true
    evidence: {file: clinical/psychiatry-note-2026-11-04.txt, page: 1}
  - criterion: "2. Prescribed by or in consultation with a psychiatrist or neurologist"
    how_met: Prescribed by his treating psychiatrist, Helena Marchetti-Obi, MD
    met: true
    evidence: {file: clinical/psychiatry-note-2026-11-04.txt, page: 1}
  - criterion: "3. The prescriber has considered reducing or stopping the causative antipsychotic, or this is not clinically appropriate"
    how_met: Aripiprazole was lowered from 20 mg to 15 mg in 2024; a further cut to 10 mg in 03/2025 brought back voices and a hospital stay, so a further reduction is not appropriate
    met: true
    evidence: {file: clinical/psychiatry-note-2026-11-04.txt, page: 1}
prescriber_statement:
  date: 2026-11-04
  quote: >-
    AIMS today 16 (09/30/2026: 14), moderate orofacial movements that make eating and speaking hard; aripiprazole
    cannot be reduced further without relapse; valbenazine caused somnolence; deutetrabenazine is needed.
  file: clinical/psychiatry-note-2026-11-04.txt
treatment:
  name: Austedo XR (deutetrabenazine extended-release), titrated from 6 mg daily
  summary: A VMAT2 inhibitor for moderate tardive dyskinesia while the antipsychotic that keeps his schizoaffective disorder stable continues.
  plan: Start 6 mg once daily, raise by 6 mg a week to effect (up to 48 mg), AIMS every 3 months, depression and suicidality screened each visit.
  alongside: aripiprazole 15 mg daily
clinical:
  severity: AIMS 16 on 11/04/2026 (14 on 09/30/2026); schizoaffective disorder stable; PHQ-9 6
  severity_date: 2026-11-04
  suicidality: none
  suicidality_date: 2026-11-04
  history:
    - drug: Aripiprazole
      dose: 15 mg daily (20 mg until 2024)
      start: 2019-06
      ongoing: true
      kind: other
      outcome: Keeps his schizoaffective disorder stable; continued; a cut to 10 mg in 03/2025 led to relapse
      evidence: {file: clinical/psychiatry-note-2026-11-04.txt, page: 1}
    - drug: Valbenazine
      dose: 40 mg daily
      start: 2025-08-04
      end: 2025-09-01
      weeks: 4
      kind: other
      adequate: false
      outcome: Stopped after 4 weeks for somnolence; an intolerance
      evidence: {file: clinical/psychiatry-note-2026-11-04.txt, page: 1}
    - drug: Benztropine
      dose: 1 mg twice daily
      start: 2023-01
      end: 2026-08
      kind: other
      outcome: Given for antipsychotic stiffness, not for tardive dyskinesia; stopped 08/2026 because it can worsen it
      evidence: {file: clinical/psychiatry-note-2026-11-04.txt, page: 1}
author:
  name: Wendell Okoro, RN
  role: Psychiatric home health nurse, Central Ohio Behavioral Home Care; appointed representative (CMS-1696)
  relation: representative
  authorization: other/cms-1696-appointment-2026-11-24.txt
  address: |-
    Central Ohio Behavioral Home Care (FICTIONAL), 455 East Mound Street
    Columbus, OH 43215
  phone: (614) 555-0128
  email: wokoro@cobhc.example
provider:
  name: Helena Marchetti-Obi, MD
  credentials: MD, psychiatry; the prescriber
  npi: "1673849208"
  address: |-
    Northland Community Psychiatry (FICTIONAL), 2200 Morse Road
    Columbus, OH 43229
  phone: (614) 555-0135
record_dates:
  - file: clinical/psychiatry-note-2026-11-04.txt
    date: 2026-11-04
    sent: 2026-11-05
    sent_proof: other/fax-confirmation-2026-11-05.txt
template: external-review-request
copies: [prescriber]
bates_prefix: ABERNATHYQUIST
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/coverage-determination-denial-2026-10-20.txt": """
BUCKEYE MEDICARE RX BASIC (FICTIONAL) - NOTICE OF DENIAL OF MEDICARE PRESCRIPTION DRUG COVERAGE   Date: 10/20/2026
Member: Cornelius Abernathy-Quist   ID FICT-BRX-40917735   Drug: Austedo XR   Prescriber: Helena Marchetti-Obi, MD
Austedo XR (deutetrabenazine) does not meet prior authorization criteria PA-VMAT-2. Criterion 1: no Abnormal
Involuntary Movement Scale (AIMS) score is documented.
You may ask for a redetermination within 65 calendar days from the date of this notice.
""",
    "denial/redetermination-notice-2026-11-12.txt": """
BUCKEYE MEDICARE RX BASIC (FICTIONAL) - REDETERMINATION NOTICE                                  Date: 11/12/2026
Member: Cornelius Abernathy-Quist   Redetermination BRX-RD-26-1105-77302, request received 11/05/2026
Decision: No AIMS score documented; criterion 1 not met. The coverage denial is upheld.
Reviewed by: physician reviewer, internal medicine.
Your next step: you may ask the Independent Review Entity (IRE) for a reconsideration within 65 calendar days from the
date of this notice. Write to Part D Independent Review Entity - Reconsiderations (FICTIONAL), PO Box 55107,
Pittsford, NY 14534.
""",
    "clinical/psychiatry-note-2026-11-04.txt": """
NORTHLAND COMMUNITY PSYCHIATRY (FICTIONAL) - PROGRESS NOTE                                   Date: 11/04/2026
Patient: Cornelius Abernathy-Quist   DOB 10/08/1972   Psychiatrist: Helena Marchetti-Obi, MD   Page 1 of 1
Schizoaffective disorder, bipolar type (F25.0): stable on aripiprazole 15 mg daily (20 mg until 2024; a cut to 10 mg
in 03/2025 brought back voices and a 9-day hospital stay). PHQ-9 6. No suicidal ideation.
Tardive dyskinesia (G24.01), moderate: AIMS total 16 today (09/30/2026: 14); lip smacking, jaw and tongue movements
that make eating and speaking hard.
AIMS today 16 (09/30/2026: 14), moderate orofacial movements that make eating and speaking hard; aripiprazole
cannot be reduced further without relapse; valbenazine caused somnolence; deutetrabenazine is needed.
Valbenazine 40 mg 08/04/2025-09/01/2025 (4 weeks), stopped for somnolence. Benztropine 1 mg twice daily 01/2023-08/2026
(for stiffness, not TD), stopped because it can worsen TD.
Plan: Austedo XR 6 mg daily, titrate weekly; AIMS every 3 months.
""",
    "other/fax-confirmation-2026-11-05.txt": """
NORTHLAND COMMUNITY PSYCHIATRY (FICTIONAL) - FAX TRANSMISSION REPORT                        11/05/2026 10:41
To: Buckeye Medicare Rx Basic, Part D Appeals, (937) 555-0150   Pages: 4   Result: OK
Cover: Redetermination request for Cornelius Abernathy-Quist, Austedo XR; enclosed progress note of 11/04/2026
(AIMS 16; 09/30/2026 AIMS 14).
""",
    "other/pa-criteria-pa-vmat-2-2026.txt": """
BUCKEYE MEDICARE RX BASIC (FICTIONAL) - PRIOR AUTHORIZATION CRITERIA PA-VMAT-2, 2026            Page 1 of 1
1. Diagnosis of moderate or severe tardive dyskinesia, with a baseline AIMS score documented. 2. Prescribed by or
in consultation with a psychiatrist or neurologist. 3. The prescriber has considered reducing or stopping the
causative antipsychotic, or this is not clinically appropriate.
""",
    "other/cms-1696-appointment-2026-11-24.txt": """
APPOINTMENT OF REPRESENTATIVE (form CMS-1696, as completed - FICTIONAL copy)                Signed 11/24/2026
Beneficiary: Cornelius Abernathy-Quist, Medicare number FICT-7QK2-WD8-HN41
I appoint Wendell Okoro, RN, to act as my representative in my Medicare Part D appeals.
Signed: Cornelius Abernathy-Quist 11/24/2026   Accepted: Wendell Okoro, RN 11/24/2026 (no fee)
""",
    "other/aims-2022-other-clinic-stale.txt": """
RIVERSIDE BEHAVIORAL HEALTH (FICTIONAL) - AIMS RECORD                                        Date: 03/14/2022
Patient: C. Abernathy-Quist   AIMS total 6 (minimal). [An older score from a clinic he left in 2023.]
""",
    "other/residence-medication-roster-2026-11.txt": """
MAPLE TERRACE RESIDENTIAL CARE (FICTIONAL) - MEDICATION PASS ROSTER, November 2026 (excerpt)
Room 12  C. Abernathy-Quist   aripiprazole 15 mg 8 am
Room 14  L. Fenwick           valbenazine 80 mg 8 am   (another resident)
""",
}

TRUTH = """
# 07 - Part D PDP: deutetrabenazine for tardive dyskinesia denied as "no AIMS score documented" although the AIMS note was faxed with the redetermination request; IRE reconsideration by a psychiatric home health nurse (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Cornelius Abernathy-Quist, 54, Medicare (disability), **Buckeye Medicare Rx Basic** PDP; schizoaffective disorder,
  bipolar type (F25.0), **stable on aripiprazole 15 mg** (continued); **moderate tardive dyskinesia (G24.01)**.
- Coverage denied **10/20/2026** (PA-VMAT-2 criterion 1: "no AIMS score"); redetermination request received
  **11/05/2026** with the **11/04/2026 note (AIMS 16; 09/30/2026: 14)**, faxed **11/05/2026 10:41, 4 pages, OK**.
- **Redetermination 11/12/2026** (BRX-RD-26-1105-77302): "No AIMS score documented; criterion 1 not met" - the
  record before the plan shows two AIMS scores.
- All three PA-VMAT-2 criteria are met: moderate TD with AIMS; a psychiatrist prescribes; a further antipsychotic cut
  is not appropriate (10 mg in 03/2025 -> relapse and a 9-day hospital stay).
- **Rule and stage:** Part D **IRE reconsideration** (42 CFR 423.600): within **65 days of the redetermination notice:
  by 01/16/2027**; filed with the IRE, not the plan; standard decision within 7 days (423.600(d)). Next: an ALJ
  hearing if the amount in controversy is met.
- **Author:** Wendell Okoro, RN, psychiatric home health nurse, **appointed representative (CMS-1696, 11/24/2026)**;
  writes about "Mr. Abernathy-Quist"; he is not the prescriber.

## Deliberately unknown
- Whether he will respond to deutetrabenazine: not yet started.
- Why the plan's reviewer did not see the faxed note: not known.

## Traps
- **Record before the plan.** The win is the 11/04 note in the plan's own file at redetermination (fax proof), not a
  new record.
- **Stale document:** the 2022 AIMS of 6 at another clinic - never the current score.
- **Other person:** L. Fenwick on the roster takes valbenazine - not the patient.
- **Drug still taken:** aripiprazole continues and must (never "stop the antipsychotic"); never "failed aripiprazole".
- **Intolerance:** valbenazine 4 weeks, somnolence - not an adequate failed trial.
- **Benztropine** was for stiffness, not a TD treatment; stopped because it can worsen TD.
- **Stage:** the IRE, not a second redetermination; the request goes to the IRE's address.
- **Voice:** a nurse representative - never "I prescribed", "as his psychiatrist", "Dr. Okoro".
- **Wrong law:** no ERISA, 45 CFR 147.136, MHPAEA/parity (Medicare), no Medicaid fair hearing.

## Arguments a strong letter makes (strongest first)
1. The decision's only ground is false: the **11/04/2026 note with AIMS 16 (and 14 on 09/30)** was faxed to the plan
   on **11/05/2026** with the redetermination request (fax report) - it was in the file when the plan decided.
2. Every PA-VMAT-2 criterion is met, row by row, from that note.
3. The prescriber's statement: aripiprazole cannot be cut further without relapse; valbenazine caused somnolence.
4. Ask the IRE to reverse, deciding within its time.

## What a letter must NOT say
- "AIMS 6" as current; "minimal" movements.
- "Fenwick"; "he takes valbenazine 80 mg"; "failed valbenazine after an adequate trial"; benztropine as a TD trial.
- "stop aripiprazole", "failed aripiprazole"; "suicidal".
- "I prescribed", "Dr. Okoro", "as his physician".
- "ERISA", "45 CFR 147.136", "MHPAEA", "parity", "fair hearing", "second redetermination".
"""

ANSWERS = [
    ("redetermination date", "REDETERMINATION NOTICE                                  Date: 11/12/2026", "denial/redetermination-notice-2026-11-12.txt"),
    ("wrong statement", "No AIMS score documented; criterion 1 not met", "denial/redetermination-notice-2026-11-12.txt"),
    ("next level", "ask the Independent Review Entity (IRE) for a reconsideration", "denial/redetermination-notice-2026-11-12.txt"),
    ("window", "within 65 calendar days from the", "denial/redetermination-notice-2026-11-12.txt"),
    ("deadline", "next_deadline: 2027-01-16", "case.yaml"),
    ("AIMS now", "AIMS total 16 today (09/30/2026: 14)", "clinical/psychiatry-note-2026-11-04.txt"),
    ("fax proof", "Pages: 4   Result: OK", "other/fax-confirmation-2026-11-05.txt"),
    ("fax date", "11/05/2026 10:41", "other/fax-confirmation-2026-11-05.txt"),
    ("request received", "request received 11/05/2026", "denial/redetermination-notice-2026-11-12.txt"),
    ("antipsychotic cut", "a cut to 10 mg", "clinical/psychiatry-note-2026-11-04.txt"),
    ("valbenazine intolerance", "(4 weeks), stopped for somnolence", "clinical/psychiatry-note-2026-11-04.txt"),
    ("benztropine purpose", "(for stiffness, not TD)", "clinical/psychiatry-note-2026-11-04.txt"),
    ("stale AIMS", "AIMS total 6 (minimal)", "other/aims-2022-other-clinic-stale.txt"),
    ("other person", "(another resident)", "other/residence-medication-roster-2026-11.txt"),
    ("representative", "I appoint Wendell Okoro, RN", "other/cms-1696-appointment-2026-11-24.txt"),
    ("IRE rule", "(42 CFR 423.600)", "truth"),
]
