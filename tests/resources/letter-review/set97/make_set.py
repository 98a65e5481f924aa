#!/usr/bin/env python3
"""Letters review set 97 (issue 18), written blind. FICTIONAL test data generator.

Run: /work/main/.venv/bin/python make_set.py [--check] [NN ...]
Rewrites each case folder (case.yaml + .txt documents in denial/, clinical/, other/) and its NN-slug.truth.md,
then self-checks. --check also runs `appeal-kit check` on every folder and writes check-output.txt (exit 1 if any
check exit is not 0).
"""
import re
import shutil
import subprocess
import sys
from pathlib import Path

from ruamel.yaml import YAML

HERE = Path(__file__).resolve().parent
APPEAL_KIT = "/work/main/.venv/bin/appeal-kit"
HEAD = "FICTIONAL - invented for a blind test set (set 97); not a real person, plan, clinic or number.\n\n"
FOOT = "\n\nFICTIONAL DOCUMENT - end.\n"
TRUTH_HEADINGS = ["What is true", "Deliberately unknown", "Traps", "Arguments a strong letter makes",
                  "What a letter must NOT say"]

CASES = []


def case(**kw):
    CASES.append(kw)


# ---------------------------------------------------------------------------------------------------------------
# ----- case 01: Medicaid managed care, state fair hearing; resolution notice prints 90 days, the rule gives 120 ----
case(
slug="01-medicaid-mco-act-reduced-fair-hearing-notice-says-90-days-rule-120-sister",
yaml="""
# FICTIONAL CASE (set 97, case 01) - every person, plan, provider, number and address is invented.
# Arizona Medicaid managed care. ACT team contacts cut from three a week to one (H0039) from 08/10/2026. Plan appeal
# faxed 08/06/2026 (benefits continued), resolution 08/28/2026 upheld; that notice says "90 days" for a State Fair
# Hearing; the rule is 120 calendar days from the notice of resolution: 12/26/2026. Her sister writes as her
# authorized representative. Today is 12/07/2026.
patient:
  name: Rosalind Ketchum-Arviso
  salutation: Ms. Ketchum-Arviso
  date_of_birth: 1974-02-11
  member_id: FICT-AZM-A10447821
  address: |-
    2218 W Mariposa Street
    Phoenix, AZ 85015
  phone: (602) 555-0143
insurer:
  name: Sonoran Crest Community Health Plan (FICTIONAL) - Medicaid managed care
  appeals_address: |-
    Sonoran Crest Community Health Plan, Appeals and Grievances (FICTIONAL)
    PO Box 61820
    Phoenix, AZ 85082
  fax: (602) 555-0168
claim:
  number: SCH-26-0730-40172
  plan_type: medicaid
  delivery: managed_care
  notice_date: 2026-07-30
  action: reduce
  action_date: 2026-08-10
  procedure_codes: [H0039]
  diagnosis_codes: [F25.1]
  denial_reason: >-
    Assertive community treatment is reduced from three contacts per week to one contact per week because the
    member is stable and the higher frequency is no longer medically necessary (Sonoran Crest guideline BH-ACT-4,
    continued-stay criterion 2).
  denial_category: medical_necessity
  denial_reasons: [medical_necessity, level_of_care]
  appeal_deadline: 2026-12-26
  deadline_basis: >-
    42 CFR 438.408(f)(2): a State Fair Hearing may be requested no later than 120 calendar days from the plan's
    notice of resolution, dated 08/28/2026. The notice's own "90 days" is shorter than the rule allows.
treatment:
  name: Assertive community treatment (ACT), three contacts per week (H0039)
  summary: >-
    A community ACT team has kept Ms. Ketchum-Arviso out of the hospital since May 2026 at three contacts a week;
    after the cut to one a week she was hospitalized from 10/03/2026 to 10/17/2026.
clinical:
  severity: BPRS 58 on admission 10/03/2026; BPRS 41 on 11/20/2026
  severity_date: 2026-11-20
  suicidality: passive
  suicidality_date: 2026-10-03
impact:
  hospitalizations:
    - 05/02/2026 to 05/19/2026, before ACT began at three contacts a week
    - 10/03/2026 to 10/17/2026, eight weeks after the reduction to one contact a week
decisions:
  - date: 2026-08-28
    outcome: denied
    stage: plan appeal (first level)
    opens: State Fair Hearing
    next_deadline: 2026-12-26
    reason: >-
      Your appeal is denied. The member has remained stable and one ACT contact per week meets her needs.
submissions:
  - date: 2026-08-06
    method: fax
    to: Sonoran Crest Community Health Plan, Appeals and Grievances
    stage: plan appeal (first level)
    confirmation: APL-SC-26-0806-2291
    proof: other/plan-appeal-fax-confirmation-2026-08-06.txt
external_review:
  agency: Arizona State Medicaid Agency, Office of Administrative Hearings (FICTIONAL office)
  address: |-
    Office of Administrative Hearings, Medicaid Unit (FICTIONAL)
    PO Box 25520
    Phoenix, AZ 85002
  final_denial_date: 2026-08-28
record_dates:
  - file: clinical/act-team-summary-2026-11-20.txt
    date: 2026-11-20
author:
  name: Lorraine Ketchum
  role: sister and authorized representative
  relation: representative
  address: |-
    417 E Palo Verde Drive
    Tempe, AZ 85281
  phone: (480) 555-0121
  email: lorraine.ketchum@mail.example
  authorization: other/authorized-representative-form-2026-11-30.txt
provider:
  name: Desert Bridge ACT Team
  credentials: Ines Calderwood, MD (psychiatrist, team lead)
  npi: "1627340957"
  address: |-
    1550 N 27th Avenue
    Phoenix, AZ 85009
  phone: (602) 555-0177
template: external-review-request
bates_prefix: KETCHUMARVISO
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
docs={
"denial/notice-of-adverse-benefit-determination-2026-07-30.txt": """
SONORAN CREST COMMUNITY HEALTH PLAN (FICTIONAL) - MEDICAID MANAGED CARE
NOTICE OF ADVERSE BENEFIT DETERMINATION                         Date of notice: 07/30/2026   Page 1 of 1
Member: Rosalind Ketchum-Arviso   ID FICT-AZM-A10447821   Reference SCH-26-0730-40172
Service: assertive community treatment, H0039, Desert Bridge ACT Team (NPI 1627340957)
Action: reduce from three contacts per week to one contact per week, effective 08/10/2026.
Reason: the member is stable and the higher frequency is no longer medically necessary (guideline BH-ACT-4,
continued-stay criterion 2).
You may appeal to the plan within 60 days of the date of this notice. If you appeal within 10 days of this notice
or before 08/10/2026, your services may continue during the appeal. Fax (602) 555-0168.
""",
"denial/notice-of-appeal-resolution-2026-08-28.txt": """
SONORAN CREST COMMUNITY HEALTH PLAN (FICTIONAL) - NOTICE OF APPEAL RESOLUTION
Date of notice: 08/28/2026   Page 1 of 1
Member: Rosalind Ketchum-Arviso   ID FICT-AZM-A10447821   Appeal APL-SC-26-0806-2291
Your appeal received 08/06/2026 is denied. The member has remained stable and one ACT contact per week meets her
needs. The reduction to one contact per week takes effect on the date of this notice.
State Fair Hearing: You have 90 days from the date of this notice to request a State Fair Hearing from the Office
of Administrative Hearings, PO Box 25520, Phoenix, AZ 85002.
""",
"clinical/act-team-summary-2026-11-20.txt": """
DESERT BRIDGE ACT TEAM (FICTIONAL) - TREATMENT SUMMARY                                   Date: 11/20/2026
Client: Rosalind Ketchum-Arviso   DOB 02/11/1974   Psychiatrist: Ines Calderwood, MD   NPI 1627340957
Diagnosis: schizoaffective disorder, depressive type (F25.1).
05/02/2026-05/19/2026 inpatient; ACT at three contacts per week from 05/20/2026, no admission through August.
Contacts cut to one per week from 08/28/2026 (continued at three per week during the plan appeal).
10/03/2026 readmitted after stopping clozapine; passive death wish on admission; BPRS 58; discharged 10/17/2026.
11/20/2026 BPRS 41; the team recommends three contacts per week (medication delivery, daily-living support).
""",
"other/plan-appeal-fax-confirmation-2026-08-06.txt": """
FAX TRANSMISSION REPORT - Desert Bridge ACT Team (FICTIONAL)
08/06/2026 14:12   To (602) 555-0168   Pages 6   Result OK
Plan acknowledgment printed on the cover returned 08/07/2026: appeal APL-SC-26-0806-2291, continued benefits: yes.
""",
"other/authorized-representative-form-2026-11-30.txt": """
SONORAN CREST COMMUNITY HEALTH PLAN (FICTIONAL) - AUTHORIZED REPRESENTATIVE FORM            Date: 11/30/2026
I, Rosalind Ketchum-Arviso (ID FICT-AZM-A10447821), name my sister Lorraine Ketchum as my authorized
representative for my appeal and State Fair Hearing about assertive community treatment.
Signed: Rosalind Ketchum-Arviso
""",
},
truth="""
# 01 - Medicaid managed care: ACT cut to one contact a week; State Fair Hearing request; the resolution notice says 90 days, the rule gives 120 (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Rosalind Ketchum-Arviso, 52, Medicaid managed care member (Sonoran Crest Community Health Plan), schizoaffective
  disorder, depressive type (F25.1). ACT (H0039) cut from three contacts a week to one; notice 07/30/2026, action
  date 08/10/2026.
- Plan appeal faxed **08/06/2026** (APL-SC-26-0806-2291), within 10 days, so services continued during it.
- **Notice of appeal resolution 08/28/2026** upheld the cut. This is the plan's one level; the plan appeal is
  exhausted.
- **Level now: State Fair Hearing.** Deadline: **12/26/2026**, 120 calendar days from the notice of resolution
  (**42 CFR 438.408(f)(2)**). The notice says "90 days" (that would be 11/26/2026): a notice that names a shorter
  window than the rule; the request sent now is timely.
- After the cut she was readmitted 10/03/2026-10/17/2026; the summary of 11/20/2026 post-dates the decision.
- Author: her sister Lorraine Ketchum, authorized representative (form of 11/30/2026): writes about
  "Ms. Ketchum-Arviso".

## Deliberately unknown
- The hearing office's own decision time and hearing date: not in the case.
- Whether the state will reinstate services pending the hearing: not promised (see traps).

## Traps
- **Wrong window on the notice:** 90 days -> 11/26/2026 has passed; the letter must not call the request late,
  ask for good cause, or concede a missed deadline.
- **Continued benefits pending the hearing** need a request within 10 days of the resolution notice
  (42 CFR 438.420); that time passed on 09/07/2026. A letter must not claim services continue as of right now.
- **Not a plan appeal again:** the request goes to the state hearing office, not back to the plan; no external
  review (Medicaid has none under 45 CFR 147.136).
- Passive death wish on 10/03/2026 is history with its date, not "active suicidal ideation".

## Arguments a strong letter makes (strongest first)
1. Request a State Fair Hearing on the 08/28/2026 resolution, timely under 42 CFR 438.408(f)(2) (by 12/26/2026),
   noting the notice's 90 days is wrong.
2. The readmission 10/03/2026-10/17/2026, after the cut, answers "stable": the record post-dates the decision and
   was never before its reviewer.
3. Ask for the case file and guideline BH-ACT-4; ask that three contacts a week be restored.

## What a letter must NOT say
- "late", "good cause", "untimely"; "within 90 days" as the rule.
- "external review"; "45 CFR 147.136"; "ERISA"; "29 CFR 2560.503-1"; "Medicare".
- "services continue during the hearing" as a right; "active suicidal ideation".
- "I" for the patient (the sister writes).
""",
answers=[
("Which level is this request?", "State Fair Hearing", "denial/notice-of-appeal-resolution-2026-08-28.txt"),
("Date of the notice of resolution", "08/28/2026", "denial/notice-of-appeal-resolution-2026-08-28.txt"),
("True last day to ask for the hearing", "12/26/2026", "truth"),
("Rule for the hearing window", "42 CFR 438.408(f)(2)", "truth"),
("Window the resolution notice wrongly prints", "90 days from the date of this notice", "denial/notice-of-appeal-resolution-2026-08-28.txt"),
("When was the plan appeal faxed?", "08/06/2026 14:12", "other/plan-appeal-fax-confirmation-2026-08-06.txt"),
("Plan appeal number", "APL-SC-26-0806-2291", "other/plan-appeal-fax-confirmation-2026-08-06.txt"),
("Code of the service", "H0039", "denial/notice-of-adverse-benefit-determination-2026-07-30.txt"),
("What the reduction was", "from three contacts per week to one contact per week", "denial/notice-of-adverse-benefit-determination-2026-07-30.txt"),
("Action date on the first notice", "effective 08/10/2026", "denial/notice-of-adverse-benefit-determination-2026-07-30.txt"),
("Readmission after the cut", "10/03/2026 readmitted", "clinical/act-team-summary-2026-11-20.txt"),
("Who is the representative?", "my sister Lorraine Ketchum", "other/authorized-representative-form-2026-11-30.txt"),
("Member ID", "FICT-AZM-A10447821", "case.yaml"),
("When did continued benefits pending the hearing run out?", "09/07/2026", "truth"),
("Diagnosis code", "F25.1", "clinical/act-team-summary-2026-11-20.txt"),
("Provider NPI", "1627340957", "clinical/act-team-summary-2026-11-20.txt"),
],
)

# ----- case 02: Original Medicare redetermination; MSN date + 120 has passed, receipt rule has not ----------------
case(
slug="02-original-medicare-neuropsych-testing-redetermination-receipt-after-msn-date-no-abn-patient",
yaml="""
# FICTIONAL CASE (set 97, case 02) - every person, plan, provider, number and address is invented.
# Original Medicare Part B, North Carolina. Neuropsychological testing evaluation (96132, 96133) on 06/22/2026 denied
# CO-50 on an MSN dated 08/05/2026; 96116 the same day was paid. The MSN reached him 08/18/2026 (forwarded from his
# summer address). Redetermination: 120 days from receipt (42 CFR 405.942(a)); receipt presumed 08/10/2026, shown
# 08/18/2026. No ABN. The patient writes himself. Today is 12/07/2026.
patient:
  name: Harold Vennerstrom
  salutation: Mr. Vennerstrom
  date_of_birth: 1948-05-19
  member_id: FICT-1EG4-TE5-MK72
  address: |-
    88 Laurel Fork Road
    Boone, NC 28607
  phone: (828) 555-0136
insurer:
  name: Carolina Piedmont Medicare Administrative Contractor (FICTIONAL) - Original Medicare Part B
  appeals_address: |-
    Carolina Piedmont MAC, Part B Redeterminations (FICTIONAL)
    PO Box 70455
    Charlotte, NC 28272
  fax: (704) 555-0160
claim:
  number: FICT-26218-00447731
  plan_type: medicare
  notice_date: 2026-08-05
  notice_received:
    date: 2026-08-18
    proof: other/msn-envelope-forwarding-label-2026-08-18.txt
  appeal_deadline: 2026-12-16
  deadline_basis: >-
    42 CFR 405.942(a): 120 days from receipt of the MSN. The MSN dated 08/05/2026 reached Mr. Vennerstrom on
    08/18/2026 (forwarding label), so 12/16/2026; the presumed receipt (5 days after the notice date, 08/10/2026)
    gives 12/08/2026.
  service_dates: [2026-06-22]
  procedure_codes: ["96132", "96133"]
  diagnosis_codes: [G31.84]
  carc_codes: [CO-50]
  denial_reason: >-
    These services are not covered because the information provided does not support the need for this many
    services or items (CO-50).
  denial_category: medical_necessity
  abn_given: false
  not_appealed:
    - date: 2026-06-22
      code: "96116"
      why: paid on the same MSN
treatment:
  name: Neuropsychological testing evaluation (96132, 96133)
  summary: >-
    My neurologist ordered the testing after I fell and had new trouble finding words, to tell a memory disorder
    from depression before my treatment was chosen.
clinical:
  severity: MoCA 22 on 05/28/2026; GDS-15 score 9
  severity_date: 2026-05-28
  suicidality: none
  suicidality_date: 2026-06-22
author:
  name: Harold Vennerstrom
  relation: patient
provider:
  name: Blue Ridge Memory and Neuropsychology
  credentials: Corinne Albrecht, PhD (neuropsychologist)
  npi: "1849205731"
  address: |-
    410 Deerfield Road, Suite 2
    Boone, NC 28607
  phone: (828) 555-0159
bates_prefix: VENNERSTROM
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
docs={
"denial/medicare-summary-notice-2026-08-05.txt": """
MEDICARE SUMMARY NOTICE (fictional rendition) - Part B          Notice date: 08/05/2026   Page 1 of 1
Harold Vennerstrom   Medicare number FICT-1EG4-TE5-MK72   Claim FICT-26218-00447731
Provider: Blue Ridge Memory and Neuropsychology (NPI 1849205731), service date 06/22/2026
96116 x1   Approved: yes   Medicare paid $92.14
96132 x1   Approved: no    Denied CO-50
96133 x2   Approved: no    Denied CO-50
You may be billed for the denied services: no notice was on file (see your provider).
How to appeal: file a redetermination request within 120 days from the date you get this notice. Send it to
Carolina Piedmont MAC, Part B Redeterminations, PO Box 70455, Charlotte, NC 28272.
""",
"other/msn-envelope-forwarding-label-2026-08-18.txt": """
COPY OF ENVELOPE (fictional rendition)
Postmark: CHARLOTTE NC 08/06/2026
Addressed to: Harold Vennerstrom, 12 Lakeview Court, Beech Mountain, NC 28604 (summer address)
Forwarding label: RETURN/FORWARD - NEW ADDRESS 88 Laurel Fork Road, Boone, NC 28607 - 08/15/2026
Handwritten by the patient: "Got this 08/18/2026 - H.V."
""",
"clinical/neurology-referral-2026-05-28.txt": """
HIGH COUNTRY NEUROLOGY (FICTIONAL) - CLINIC NOTE                                          Date: 05/28/2026
Patient: Harold Vennerstrom   DOB 05/19/1948   Neurologist: Samuel Ortega-Lind, MD
Fall 04/30/2026; new word-finding trouble. MoCA 22/30. GDS-15 score 9. MRI: small-vessel change only.
Question: neurocognitive disorder vs depression. Referred for neuropsychological testing evaluation.
Denies thoughts of self-harm.
""",
"clinical/neuropsych-report-2026-06-22.txt": """
BLUE RIDGE MEMORY AND NEUROPSYCHOLOGY (FICTIONAL) - REPORT                                Date: 06/22/2026
Patient: Harold Vennerstrom   Neuropsychologist: Corinne Albrecht, PhD   NPI 1849205731
Testing evaluation: 96132 (first hour), 96133 x2 (two added hours); 96116 neurobehavioral status exam.
Finding: mild cognitive impairment of uncertain cause (G31.84), with depressive symptoms; plan changed
from a cholinesterase inhibitor to vascular risk control and psychotherapy. No advance notice of non-coverage
was given to the patient.
""",
},
truth="""
# 02 - Original Medicare: neuropsychological testing denied CO-50; redetermination; the MSN reached him late; no ABN (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Harold Vennerstrom, 78, Original Medicare Part B. Testing evaluation 06/22/2026: 96132 x1 and 96133 x2 denied
  CO-50 on the MSN dated **08/05/2026**; 96116 the same day was paid (not appealed).
- **Level: redetermination** by the Medicare Administrative Contractor (first level), 42 CFR 405.940-405.958.
- **Deadline: 120 days from receipt, 42 CFR 405.942(a).** Receipt is presumed 5 days after the notice date
  (08/10/2026 -> **12/08/2026**); the envelope shows he got it **08/18/2026** -> **12/16/2026**. Either way the
  request sent now is timely. 08/05/2026 + 120 = 12/03/2026 is the wrong count (from the MSN date).
- No Advance Beneficiary Notice was given (report; MSN "no notice was on file"): the limitation on liability,
  Social Security Act 1879 (42 U.S.C. 1395pp), protects him if the denial stands.
- The patient writes himself: "I".

## Deliberately unknown
- Which coverage rule (LCD or article) the contractor applied: the MSN names none; a letter may ask.
- Whether the provider has billed him: not stated.

## Traps
- **Counting from the MSN date** (12/03/2026) and calling the request late, or asking good cause: wrong.
- **Original Medicare has no plan terms**: never "the plan's policy", "Evidence of Coverage", "the plan's own
  terms".
- **No 72-hour/expedited appeal** for a claim in Original Medicare.
- 96116 was paid: not part of the appeal.
- Not Medicare Advantage: never 42 CFR 422.x; never "65 days".

## Arguments a strong letter makes (strongest first)
1. Redetermination request, timely (within 120 days of receipt, 42 CFR 405.942(a)), naming 96132 and 96133 x2.
2. The testing was reasonable and necessary: a neurologist's question (neurocognitive disorder vs depression)
   that the result answered and that changed treatment.
3. No ABN: if the denial stands, find him not liable (1879, 42 CFR 411.404).

## What a letter must NOT say
- "late", "good cause", "12/03/2026" as the deadline.
- "plan's policy", "Evidence of Coverage", "Medicare Advantage", "42 CFR 422", "65 days", "expedited".
- "ERISA", "45 CFR 147.136", "external review".
- Appealing 96116; "Mr. Vennerstrom has" in his own voice (he writes as "I").
""",
answers=[
("Which level is this appeal?", "redetermination", "truth"),
("MSN date", "Notice date: 08/05/2026", "denial/medicare-summary-notice-2026-08-05.txt"),
("When did he actually get the MSN?", "Got this 08/18/2026", "other/msn-envelope-forwarding-label-2026-08-18.txt"),
("Deadline from shown receipt", "12/16/2026", "truth"),
("Deadline from presumed receipt", "12/08/2026", "truth"),
("Rule for the window", "42 CFR 405.942(a)", "truth"),
("Wrong count from the MSN date", "12/03/2026", "truth"),
("Denied codes", "96133 x2", "denial/medicare-summary-notice-2026-08-05.txt"),
("Line paid and not appealed", "96116 x1   Approved: yes", "denial/medicare-summary-notice-2026-08-05.txt"),
("CARC", "CO-50", "denial/medicare-summary-notice-2026-08-05.txt"),
("Was an ABN given?", "No advance notice of non-coverage was given", "clinical/neuropsych-report-2026-06-22.txt"),
("Liability rule if denied", "1395pp", "truth"),
("Finding of the testing", "mild cognitive impairment of uncertain cause (G31.84)", "clinical/neuropsych-report-2026-06-22.txt"),
("MoCA before testing", "MoCA 22/30", "clinical/neurology-referral-2026-05-28.txt"),
("Postmark", "CHARLOTTE NC 08/06/2026", "other/msn-envelope-forwarding-label-2026-08-18.txt"),
("Provider NPI", "1849205731", "denial/medicare-summary-notice-2026-08-05.txt"),
],
)
# ----- case 03: Part D redetermination sent after the 65 days; good cause (hospital stay); notice printed 60 ----------
case(
slug="03-part-d-pdp-vilazodone-step-redetermination-late-good-cause-hospital-notice-says-60-patient",
yaml="""
# FICTIONAL CASE (set 97, case 03) - every person, plan, provider, number and address is invented.
# Stand-alone Part D PDP, Kentucky. Coverage determination 10/02/2026 denied vilazodone (step therapy ST-AD-31:
# "claims show one formulary antidepressant"). The notice printed 60 days (old rule); the rule is 65 days from the
# notice (42 CFR 423.582(b)): 12/06/2026, which has passed. She was in hospital 11/18-12/03/2026 with pneumonia, so
# she asks for the time to be extended for good cause (423.582(c)). The patient writes herself. Today is 12/07/2026.
patient:
  name: Delphine Okafor-Reyes
  salutation: Ms. Okafor-Reyes
  date_of_birth: 1955-09-03
  member_id: FICT-PDP-77310452
  address: |-
    3107 Bardstown Pike, Apt 4B
    Louisville, KY 40205
  phone: (502) 555-0127
insurer:
  name: Bluegrass Senior Rx (FICTIONAL) - Medicare Prescription Drug Plan
  appeals_address: |-
    Bluegrass Senior Rx, Part D Redeterminations (FICTIONAL)
    PO Box 33190
    Louisville, KY 40232
  fax: 1-800-555-0149
claim:
  number: BSR-CD-26-1002-5518
  plan_type: medicare_part_d
  notice_date: 2026-10-02
  appeal_deadline: 2026-12-06
  deadline_basis: >-
    42 CFR 423.582(b): 65 days from the date of the coverage determination notice, 10/02/2026. The notice's
    "60 days" (12/01/2026) is the rule before 2025. The request is sent after 12/06/2026 and asks for good cause.
  diagnosis_codes: [F33.1]
  denial_reason: >-
    Vilazodone requires a trial of two formulary antidepressants (step therapy ST-AD-31). Our claims show one
    formulary antidepressant (sertraline).
  denial_category: step_therapy
  denial_reasons: [step_therapy]
late_filing:
  reason: >-
    I was in the hospital with pneumonia from November 18 to December 3, 2026, and could not write or send the
    appeal; I am sending it four days after I came home.
  proof: [clinical/discharge-summary-2026-12-03.txt]
treatment:
  name: Vilazodone 20 mg daily
  summary: >-
    Prescribed after sertraline and escitalopram failed; escitalopram was bought with a pharmacy discount card, so
    the plan's claims do not show it.
clinical:
  severity: PHQ-9 18 on 09/24/2026
  severity_date: 2026-09-24
  suicidality: none
  suicidality_date: 2026-09-24
  history:
    - drug: Sertraline
      dose: 150 mg daily
      start: 2025-01
      end: 2025-09
      kind: antidepressant
      adequate: true
      outcome: No response after eight months at 150 mg; paid by the plan
      evidence: {file: clinical/psychiatry-note-2026-09-24.txt, page: 1}
    - drug: Escitalopram
      dose: 20 mg daily
      start: 2026-02
      end: 2026-07
      kind: antidepressant
      adequate: true
      outcome: Partial response then relapse; paid with a pharmacy discount card, not through the plan
      evidence: [{file: clinical/psychiatry-note-2026-09-24.txt, page: 1}, {file: other/discount-card-pharmacy-history-2026.txt, page: 1}]
prescriber_statement:
  date: 2026-10-20
  quote: >-
    Ms. Okafor-Reyes has had two adequate trials of formulary antidepressants, sertraline and escitalopram; the
    escitalopram trial was paid with a discount card. A third formulary SSRI would be less effective.
  file: clinical/prescriber-supporting-statement-2026-10-20.txt
author:
  name: Delphine Okafor-Reyes
  relation: patient
bates_prefix: OKAFORREYES
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
docs={
"denial/coverage-determination-notice-2026-10-02.txt": """
BLUEGRASS SENIOR RX (FICTIONAL) - NOTICE OF DENIAL OF MEDICARE PRESCRIPTION DRUG COVERAGE
Date of notice: 10/02/2026   Page 1 of 1   Case BSR-CD-26-1002-5518
Member: Delphine Okafor-Reyes   ID FICT-PDP-77310452   Drug: vilazodone 20 mg tablets
Vilazodone requires a trial of two formulary antidepressants (step therapy ST-AD-31). Our claims show one
formulary antidepressant (sertraline).
You have the right to ask for a redetermination. You must ask within 60 days from the date of this notice.
Fax 1-800-555-0149 or write PO Box 33190, Louisville, KY 40232.
""",
"clinical/discharge-summary-2026-12-03.txt": """
FALLS CITY GENERAL HOSPITAL (FICTIONAL) - DISCHARGE SUMMARY                              Date: 12/03/2026
Patient: Delphine Okafor-Reyes   DOB 09/03/1955
Admitted 11/18/2026 with right lower lobe pneumonia; oxygen and IV antibiotics; discharged home 12/03/2026.
""",
"clinical/psychiatry-note-2026-09-24.txt": """
OHIO VALLEY PSYCHIATRY (FICTIONAL) - NOTE                                                 Date: 09/24/2026
Patient: Delphine Okafor-Reyes   Prescriber: Marcus Eberhardt, MD   NPI 1375028465
Recurrent major depression, moderate (F33.1). PHQ-9 18. No suicidal ideation.
Sertraline 150 mg 01/2025-09/2025, no response. Escitalopram 20 mg 02/2026-07/2026 (discount card), partial
response then relapse. Start vilazodone 20 mg daily.
""",
"clinical/prescriber-supporting-statement-2026-10-20.txt": """
OHIO VALLEY PSYCHIATRY (FICTIONAL) - PRESCRIBER SUPPORTING STATEMENT                      Date: 10/20/2026
Marcus Eberhardt, MD   NPI 1375028465   Fax (502) 555-0188
Ms. Okafor-Reyes has had two adequate trials of formulary antidepressants, sertraline and escitalopram; the
escitalopram trial was paid with a discount card. A third formulary SSRI would be less effective.
""",
"other/discount-card-pharmacy-history-2026.txt": """
RIVERSIDE PHARMACY (FICTIONAL) - PATIENT FILL HISTORY, paid with a discount card        Printed 11/05/2026
Patient: Delphine Okafor-Reyes
02/09/2026 escitalopram 20 mg #30 - 07/12/2026 escitalopram 20 mg #30: six fills, cash price with discount card.
""",
},
truth="""
# 03 - Part D: vilazodone step therapy; redetermination sent after the 65 days; good cause; notice printed 60 (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Delphine Okafor-Reyes, 71, stand-alone Part D plan. Coverage determination **10/02/2026** denied vilazodone
  (step therapy ST-AD-31, "one formulary antidepressant").
- **Level: redetermination** (first level, 42 CFR 423.580-423.590).
- **Deadline: 65 days from the notice, 42 CFR 423.582(b): 12/06/2026** - passed. The notice printed 60 days
  (12/01/2026), the pre-2025 rule. The request is late by either count.
- **Good cause:** in hospital 11/18/2026-12/03/2026 (discharge summary); the plan may extend the time for good
  cause, **42 CFR 423.582(c)**.
- Second trial: escitalopram 02/2026-07/2026, paid with a discount card (fill history), so the plan's claims miss it.
  Prescriber's supporting statement of 10/20/2026 (42 CFR 423.578(b) exception basis).
- The patient writes: "I".

## Deliberately unknown
- Whether the plan would treat the request as an exception request too: the letter should ask for both.
- The plan's decision time once accepted: standard 7 days (not stated in the case).

## Traps
- **Calling the request timely**, or using 60 days as the rule: wrong; it is late and needs good cause.
- **Medicare, not commercial:** no ERISA, no 45 CFR 147.136, no parity law, no "external review" (the next level
  is the independent review entity).
- Escitalopram was a real trial though the plan did not pay it.

## Arguments a strong letter makes (strongest first)
1. Say the request comes after 12/06/2026 and ask for the time to be extended for good cause (423.582(c)), with the
   hospital stay and its discharge summary.
2. Two formulary antidepressants were tried: sertraline (plan claims) and escitalopram (discount card fills);
   the step is met.
3. In the alternative, an exception on the prescriber's statement (42 CFR 423.578(b)).

## What a letter must NOT say
- "timely", "within the 65 days", "within 60 days".
- "ERISA", "45 CFR 147.136", "parity", "external review", "Medicare Advantage".
- "one antidepressant" as true; "suicidal ideation" as present.
""",
answers=[
("Which level?", "redetermination", "denial/coverage-determination-notice-2026-10-02.txt"),
("Notice date", "Date of notice: 10/02/2026", "denial/coverage-determination-notice-2026-10-02.txt"),
("True deadline", "12/06/2026", "truth"),
("Rule", "42 CFR 423.582(b)", "truth"),
("Window the notice wrongly prints", "within 60 days from the date of this notice", "denial/coverage-determination-notice-2026-10-02.txt"),
("Good-cause rule", "42 CFR 423.582(c)", "truth"),
("Hospital admission", "Admitted 11/18/2026", "clinical/discharge-summary-2026-12-03.txt"),
("Discharge", "discharged home 12/03/2026", "clinical/discharge-summary-2026-12-03.txt"),
("Step-therapy policy", "ST-AD-31", "denial/coverage-determination-notice-2026-10-02.txt"),
("Second trial paid outside the plan", "cash price with discount card", "other/discount-card-pharmacy-history-2026.txt"),
("Escitalopram fills span", "02/09/2026 escitalopram 20 mg #30 - 07/12/2026", "other/discount-card-pharmacy-history-2026.txt"),
("Sertraline trial", "Sertraline 150 mg 01/2025-09/2025, no response", "clinical/psychiatry-note-2026-09-24.txt"),
("Prescriber statement date", "Date: 10/20/2026", "clinical/prescriber-supporting-statement-2026-10-20.txt"),
("Exception rule", "42 CFR 423.578(b)", "truth"),
("Case number", "BSR-CD-26-1002-5518", "denial/coverage-determination-notice-2026-10-02.txt"),
("Prescriber NPI", "1375028465", "clinical/psychiatry-note-2026-09-24.txt"),
],
)

# ----- case 04: FEHB HMO, carrier never answered the reconsideration; OPM review, 120 days after first writing ----
case(
slug="04-fehb-hmo-child-psychiatry-network-gap-carrier-silent-opm-review-120-days-mother",
yaml="""
# FICTIONAL CASE (set 97, case 04) - every person, plan, provider, number and address is invented.
# FEHB HMO, New Mexico. Out-of-network child psychiatry visits for a 14-year-old denied PR-242 on 06/30/2026; the
# only in-network child psychiatrist within 90 miles had no appointment before 11/2026. Reconsideration mailed
# 08/24/2026, delivered 08/27/2026; the carrier never answered in 30 days. OPM review: within 120 days after the
# member first wrote (the brochure): 12/22/2026. His mother, the enrollee, writes. Today is 12/07/2026.
patient:
  name: Mateo Quintanilla-Boyd
  salutation: Mateo
  date_of_birth: 2012-04-30
  member_id: FICT-FEHB-R44819207-02
  address: |-
    5520 Camino Alto NW
    Albuquerque, NM 87120
  phone: (505) 555-0174
insurer:
  name: High Mesa Health Plan HMO (FICTIONAL) - FEHB carrier
  appeals_address: |-
    High Mesa Health Plan, FEHB Reconsiderations (FICTIONAL)
    PO Box 9120
    Albuquerque, NM 87119
  fax: (505) 555-0166
claim:
  number: HMH-26-0630-22901
  plan_type: fehb
  notice_date: 2026-06-30
  service_dates: [2026-05-06, 2026-05-27, 2026-06-17]
  procedure_codes: ["99205", "99214"]
  diagnosis_codes: [F90.2, F32.1]
  carc_codes: [PR-242]
  denial_reason: >-
    Services from a non-plan provider are not covered without a plan referral (brochure Section 5(e)).
  denial_category: out_of_network
  appeal_deadline: 2026-12-22
  deadline_basis: >-
    FEHB brochure, Section 8, step 3 (5 CFR 890.105): ask OPM to review within 120 days after you first wrote to
    us if we did not answer within 30 days. First written request mailed 08/24/2026.
network:
  - name: Dr. Ruth Anaya-Kellerman, child and adolescent psychiatrist (in network)
    date: 2026-04-14
    outcome: First new-patient appointment 11/18/2026 (seven months); the only in-network child psychiatrist within 90 miles
    evidence: {file: other/member-services-call-notes-2026.txt, page: 1}
  - name: High Mesa member services
    date: 2026-04-15
    outcome: No other in-network child psychiatrist; told to ask for a referral; referral request never answered
    evidence: {file: other/member-services-call-notes-2026.txt, page: 1}
submissions:
  - date: 2026-08-24
    method: certified mail
    to: High Mesa Health Plan, FEHB Reconsiderations
    stage: carrier reconsideration
    confirmation: certified mail 9414 7102 0000 5521 0837 (delivered 08/27/2026)
    decision_due: 2026-09-26
    proof: other/certified-mail-receipt-2026-08-27.txt
external_review:
  agency: U.S. Office of Personnel Management (OPM) review of an FEHB disputed claim
treatment:
  name: Child and adolescent psychiatric evaluation and medication management (99205, 99214)
  summary: >-
    Evaluation and medication management for ADHD with a depressive episode after a school suspension; the in-network
    psychiatrist's first opening was seven months away.
clinical:
  severity: PHQ-A 17 on 05/06/2026; PHQ-A 9 on 06/17/2026
  severity_date: 2026-06-17
  suicidality: none
  suicidality_date: 2026-06-17
author:
  name: Teresa Quintanilla-Boyd
  role: mother of the patient and FEHB enrollee
  relation: representative
  address: |-
    5520 Camino Alto NW
    Albuquerque, NM 87120
  phone: (505) 555-0174
  email: tq.boyd@mail.example
provider:
  name: Sandia Youth Psychiatry
  credentials: Emil Harkavy, MD (child and adolescent psychiatrist, not in the plan's network)
  npi: "1503947289"
  address: |-
    2900 Menaul Blvd NE, Suite 310
    Albuquerque, NM 87107
  phone: (505) 555-0182
template: external-review-request
bates_prefix: QUINTANILLA
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
docs={
"denial/explanation-of-benefits-2026-06-30.txt": """
HIGH MESA HEALTH PLAN HMO (FICTIONAL) - FEHB - EXPLANATION OF BENEFITS     Date: 06/30/2026   Page 1 of 1
Enrollee: Teresa Quintanilla-Boyd   Patient: Mateo Quintanilla-Boyd   ID FICT-FEHB-R44819207-02
Claim HMH-26-0630-22901   Provider: Sandia Youth Psychiatry (NPI 1503947289), not a plan provider
05/06/2026 99205   05/27/2026 99214   06/17/2026 99214   Billed $905.00   Paid $0.00   PR-242
Services from a non-plan provider are not covered without a plan referral (brochure Section 5(e)).
Disputed claims: you may ask us in writing to reconsider within 6 months of this decision (brochure Section 8).
""",
"other/fehb-brochure-2026-section-8-excerpt.txt": """
HIGH MESA HEALTH PLAN HMO (FICTIONAL) - 2026 FEHB BROCHURE, Section 8 (excerpt)                Page 88
Step 1: ask us in writing to reconsider our initial decision within 6 months from the date of our decision.
Step 2: we have 30 days from the date we receive your request to pay, to write and maintain our denial, or to ask
for more information.
Step 3: if you do not agree with our decision, you may ask OPM to review it. You must write to OPM within 90 days
after the date of our letter upholding our initial decision; or 120 days after you first wrote to us, if we did
not answer that request in some way within 30 days; or 120 days after we asked for additional information.
""",
"other/certified-mail-receipt-2026-08-27.txt": """
CERTIFIED MAIL RECEIPT AND DELIVERY RECORD (fictional rendition)
Mailed 08/24/2026 to High Mesa Health Plan, FEHB Reconsiderations, PO Box 9120, Albuquerque, NM 87119
Article 9414 7102 0000 5521 0837   Delivered 08/27/2026 10:41   Signed: M. ORTIZ (carrier mailroom)
Contents (sender's note): reconsideration request for claim HMH-26-0630-22901, 4 pages.
""",
"other/member-services-call-notes-2026.txt": """
CALL NOTES kept by Teresa Quintanilla-Boyd (FICTIONAL)
04/14/2026 Dr. Ruth Anaya-Kellerman's office (in network): first new-patient appointment 11/18/2026.
04/15/2026 High Mesa member services, ref CALL-26-0415-1187: no other in-network child psychiatrist within 90
miles; "ask your PCP for a referral". PCP faxed a referral request 04/16/2026; no answer ever came.
10/05/2026 High Mesa member services, ref CALL-26-1005-3310: "no decision on the reconsideration yet".
""",
"clinical/psychiatry-summary-2026-06-17.txt": """
SANDIA YOUTH PSYCHIATRY (FICTIONAL) - SUMMARY                                             Date: 06/17/2026
Patient: Mateo Quintanilla-Boyd   DOB 04/30/2012   Psychiatrist: Emil Harkavy, MD   NPI 1503947289
ADHD, combined type (F90.2), with a moderate depressive episode (F32.1) after a school suspension.
PHQ-A 17 on 05/06/2026, 9 on 06/17/2026 on methylphenidate ER and weekly school counseling. No suicidal ideation.
""",
},
truth="""
# 04 - FEHB HMO: out-of-network child psychiatry, network gap; the carrier never answered; OPM review (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Mateo Quintanilla-Boyd, 14, covered under his mother's FEHB HMO (High Mesa Health Plan). Three visits
  05/06/2026-06/17/2026 with an out-of-network child psychiatrist denied PR-242 (EOB **06/30/2026**).
- Network gap: the one in-network child psychiatrist within 90 miles had no new-patient slot before 11/18/2026;
  member services named no other; the PCP's referral request of 04/16/2026 was never answered.
- **Carrier reconsideration** mailed 08/24/2026, delivered **08/27/2026**; the carrier had 30 days (to
  09/26/2026) and never answered (call of 10/05/2026: "no decision yet").
- **Level now: OPM review** (5 CFR 890.105). Deadline: **12/22/2026**, 120 days after she first wrote
  (08/24/2026), per the brochure's Section 8 step 3. The 90-days-after-the-carrier's-letter window does not apply:
  there is no letter.
- Author: his mother, the enrollee; writes about "Mateo".

## Deliberately unknown
- OPM's decision time: not in the case.
- Whether the carrier has a network-exception rule in its brochure: not enclosed; a letter may ask.

## Traps
- **Not a second carrier reconsideration**: the carrier's time ran out; the request goes to OPM.
- **No "90 days from the carrier's decision"**: there is no decision.
- FEHB: no ERISA, no 45 CFR 147.136 external review, no state insurance department, no parity statute as law.
- Mateo is improving (PHQ-A 9): the letter does not claim current suicide risk.

## Arguments a strong letter makes (strongest first)
1. Ask OPM to review: carrier reconsideration sent 08/24/2026 (delivered 08/27/2026), no answer within 30 days;
   request within 120 days (by 12/22/2026).
2. The plan had no in-network child psychiatrist available within a reasonable time; the referral request went
   unanswered: pay the visits as in-network.
3. Enclose the EOB, the certified-mail record, the call notes.

## What a letter must NOT say
- "ERISA", "29 CFR 2560.503-1", "45 CFR 147.136", "external review", "insurance department".
- "90 days after the carrier's decision", "the carrier upheld".
- "I" for Mateo; "suicidal ideation" as present.
""",
answers=[
("Which level?", "ask OPM to review", "other/fehb-brochure-2026-section-8-excerpt.txt"),
("First denial date", "Date: 06/30/2026", "denial/explanation-of-benefits-2026-06-30.txt"),
("When was the reconsideration mailed?", "Mailed 08/24/2026", "other/certified-mail-receipt-2026-08-27.txt"),
("When delivered?", "Delivered 08/27/2026", "other/certified-mail-receipt-2026-08-27.txt"),
("Carrier's answer time", "we have 30 days from the date we receive your request", "other/fehb-brochure-2026-section-8-excerpt.txt"),
("Which OPM window applies?", "120 days after you first wrote to us, if we did not answer that request in some way within 30 days", "other/fehb-brochure-2026-section-8-excerpt.txt"),
("True deadline", "12/22/2026", "truth"),
("Rule", "5 CFR 890.105", "truth"),
("Carrier time ran out", "09/26/2026", "truth"),
("CARC", "PR-242", "denial/explanation-of-benefits-2026-06-30.txt"),
("In-network psychiatrist's first slot", "first new-patient appointment 11/18/2026", "other/member-services-call-notes-2026.txt"),
("Member services reference", "CALL-26-0415-1187", "other/member-services-call-notes-2026.txt"),
("Referral request", "PCP faxed a referral request 04/16/2026", "other/member-services-call-notes-2026.txt"),
("Certified article", "9414 7102 0000 5521 0837", "other/certified-mail-receipt-2026-08-27.txt"),
("Diagnoses", "ADHD, combined type (F90.2)", "clinical/psychiatry-summary-2026-06-17.txt"),
("Provider NPI", "1503947289", "clinical/psychiatry-summary-2026-06-17.txt"),
],
)
# ----- case 05: TRICARE Prime, POS charges though a referral was approved to the group; 90 days from notice date ----
case(
slug="05-tricare-prime-adfm-psychotherapy-pos-referral-to-group-npi-reconsideration-from-notice-date-patient",
yaml="""
# FICTIONAL CASE (set 97, case 05) - every person, plan, provider, number and address is invented.
# TRICARE Prime, active duty family member, Colorado. Eight psychotherapy visits (90834) 07/22-09/09/2026 processed
# with point-of-service charges (PR-243, "no referral") on an EOB dated 09/29/2026; referral REF-26-0714-5521 to the
# group, approved 07/14/2026, was matched against the rendering psychologist's NPI. The EOB says "90 days from the
# date you receive this notice"; the rule counts 90 days from the date of the notice: 12/28/2026. The patient writes.
patient:
  name: Kiana Whitlow-Drummond
  salutation: Mrs. Whitlow-Drummond
  date_of_birth: 1993-12-08
  member_id: FICT-DBN-1190443726
  address: |-
    6411 Sentinel Ridge Drive
    Colorado Springs, CO 80923
  phone: (719) 555-0138
insurer:
  name: TRICARE Prime - West Frontier Health Services (FICTIONAL regional contractor)
  appeals_address: |-
    West Frontier Health Services, TRICARE Reconsiderations (FICTIONAL)
    PO Box 88014
    Denver, CO 80208
  fax: 1-800-555-0152
claim:
  number: WFH-26-0929-61844
  plan_type: tricare
  notice_date: 2026-09-29
  appeal_deadline: 2026-12-28
  deadline_basis: >-
    32 CFR 199.10: a reconsideration request must be filed within 90 days of the date of the notice (09/29/2026).
    The EOB's "from the date you receive this notice" is not the rule; counted from the notice date.
  service_dates: [2026-07-22, 2026-09-09]
  sessions: 8
  setting: outpatient
  procedure_codes: ["90834"]
  diagnosis_codes: [F43.12]
  carc_codes: [PR-243]
  denial_reason: >-
    Point-of-service option applied: no referral on file for this provider. Deductible and 50% cost-share apply.
  denial_category: prior_authorization
  action: none
prior_auth:
  approved:
    number: REF-26-0714-5521
    date: 2026-07-14
    covers: 12 outpatient psychotherapy visits with Front Range Behavioral Group, 07/20/2026 through 01/20/2027
    quote: >-
      Referral approved: Front Range Behavioral Group (group NPI 1738294614), outpatient psychotherapy, 12 visits,
      07/20/2026-01/20/2027.
    file: other/referral-authorization-letter-2026-07-14.txt
    what_went_wrong: >-
      The referral was issued to the group's NPI; the claims name the rendering psychologist's own NPI, and the
      contractor matched the referral against that NPI only.
    lines:
      - {code: "90834", units: 12, given: 8}
treatment:
  name: Outpatient psychotherapy, 8 visits (90834)
  summary: Weekly trauma-focused psychotherapy for chronic PTSD under the PCM's approved referral.
clinical:
  severity: PCL-5 52 on 07/22/2026; PCL-5 38 on 09/09/2026
  severity_date: 2026-09-09
  suicidality: none
  suicidality_date: 2026-09-09
author:
  name: Kiana Whitlow-Drummond
  relation: patient
provider:
  name: Front Range Behavioral Group
  credentials: Anselm Roth, PsyD (rendering psychologist, NPI 1283647505)
  npi: "1738294614"
  address: |-
    2150 Academy Park Loop, Suite 200
    Colorado Springs, CO 80910
  phone: (719) 555-0190
bates_prefix: WHITLOWDRUMMOND
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
docs={
"denial/tricare-eob-2026-09-29.txt": """
WEST FRONTIER HEALTH SERVICES (FICTIONAL TRICARE CONTRACTOR) - TRICARE EXPLANATION OF BENEFITS
Date of notice: 09/29/2026   Page 1 of 1   Claim WFH-26-0929-61844
Beneficiary: Kiana Whitlow-Drummond (ADFM, TRICARE Prime)   DBN FICT-DBN-1190443726
Billing: Front Range Behavioral Group (NPI 1738294614)   Rendering: Anselm Roth, PsyD (NPI 1283647505)
90834 x8, 07/22/2026-09/09/2026   Billed $1,440.00   Allowed $1,096.00   Paid $398.00
Beneficiary owes $698.00: point-of-service deductible $300.00 and 50% cost-share. PR-243.
Point-of-service option applied: no referral on file for this provider.
Reconsideration: write to us within 90 days from the date you receive this notice. PO Box 88014, Denver, CO 80208.
""",
"other/referral-authorization-letter-2026-07-14.txt": """
WEST FRONTIER HEALTH SERVICES (FICTIONAL) - REFERRAL/AUTHORIZATION LETTER                  Date: 07/14/2026
Beneficiary: Kiana Whitlow-Drummond   Requesting PCM: Capt. Lena Morrow, MD
Referral REF-26-0714-5521
Referral approved: Front Range Behavioral Group (group NPI 1738294614), outpatient psychotherapy, 12 visits,
07/20/2026-01/20/2027.
""",
"other/contractor-call-reference-2026-10-08.txt": """
CALL NOTE kept by Kiana Whitlow-Drummond (FICTIONAL)
10/08/2026 West Frontier customer service, ref WF-CS-26-1008-7720: "The referral is on file under the group NPI;
the claim came in under Dr. Roth's NPI, so the system did not match it. You need to file a reconsideration."
""",
"clinical/psychotherapy-summary-2026-09-09.txt": """
FRONT RANGE BEHAVIORAL GROUP (FICTIONAL) - TREATMENT SUMMARY                              Date: 09/09/2026
Client: Kiana Whitlow-Drummond   Psychologist: Anselm Roth, PsyD   NPI 1283647505
Chronic PTSD (F43.12). Eight weekly sessions 07/22/2026-09/09/2026. PCL-5 52 -> 38. Denies suicidal ideation.
""",
},
truth="""
# 05 - TRICARE Prime: point-of-service charges though the referral to the group was approved; reconsideration counted from the notice date (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Kiana Whitlow-Drummond, 32, active duty family member in TRICARE Prime. Eight psychotherapy visits (90834)
  07/22/2026-09/09/2026 processed under the point-of-service option (PR-243): she owes **$698.00**.
- Referral **REF-26-0714-5521** (approved 07/14/2026) covers 12 visits with Front Range Behavioral Group
  07/20/2026-01/20/2027, issued to the group NPI 1738294614; the claims name the rendering NPI 1283647505 too.
  The contractor's own customer service said so on 10/08/2026.
- **Level: reconsideration by the regional contractor** (first level), 32 CFR 199.10.
- **Deadline: 90 days from the date of the notice: 12/28/2026.** The EOB's "from the date you receive this notice"
  misstates the start; count from 09/29/2026.
- The patient writes: "I".

## Deliberately unknown
- Whether the amount in dispute matters for a later level: not needed at this level.
- When the EOB reached her: not stated, and not needed (the rule counts from the notice date).

## Traps
- **Not a medical-necessity denial:** no clinical reviewer, no peer-to-peer.
- **Deadline from receipt** (a later date) is wrong; 12/28/2026 is the date.
- A referral "never obtained": false; the referral is on file.
- TRICARE: no ERISA, no 45 CFR 147.136, no parity, no state insurance department, no "plan's SPD".

## Arguments a strong letter makes (strongest first)
1. The referral REF-26-0714-5521 covers these eight visits: same group, dates inside 07/20/2026-01/20/2027,
   8 of 12 visits used; the mismatch is the contractor's NPI matching.
2. Reprocess at the Prime cost-share; refund the point-of-service deductible and 50% cost-share ($698.00).
3. Cite the 10/08/2026 call reference WF-CS-26-1008-7720.

## What a letter must NOT say
- "medically necessary" as the ground; "peer-to-peer"; "no referral was obtained".
- "ERISA", "45 CFR 147.136", "external review", "parity", "insurance department".
- A deadline other than 12/28/2026 counted "from receipt".
""",
answers=[
("Which level?", "Reconsideration", "denial/tricare-eob-2026-09-29.txt"),
("Notice date", "Date of notice: 09/29/2026", "denial/tricare-eob-2026-09-29.txt"),
("True deadline", "12/28/2026", "truth"),
("Rule", "32 CFR 199.10", "truth"),
("What the EOB wrongly says the window counts from", "within 90 days from the date you receive this notice", "denial/tricare-eob-2026-09-29.txt"),
("Referral number", "REF-26-0714-5521", "other/referral-authorization-letter-2026-07-14.txt"),
("Referral approved on", "Date: 07/14/2026", "other/referral-authorization-letter-2026-07-14.txt"),
("Referral period", "12 visits, 07/20/2026-01/20/2027", "other/referral-authorization-letter-2026-07-14.txt"),
("Group NPI on the referral", "group NPI 1738294614", "other/referral-authorization-letter-2026-07-14.txt"),
("Rendering NPI", "NPI 1283647505", "denial/tricare-eob-2026-09-29.txt"),
("What she owes", "Beneficiary owes $698.00", "denial/tricare-eob-2026-09-29.txt"),
("CARC", "PR-243", "denial/tricare-eob-2026-09-29.txt"),
("Contractor's own explanation", "the claim came in under Dr. Roth's NPI", "other/contractor-call-reference-2026-10-08.txt"),
("Call reference", "WF-CS-26-1008-7720", "other/contractor-call-reference-2026-10-08.txt"),
("Visits and dates", "90834 x8, 07/22/2026-09/09/2026", "denial/tricare-eob-2026-09-29.txt"),
("Diagnosis", "F43.12", "clinical/psychotherapy-summary-2026-09-09.txt"),
],
)

# ----- case 06: self-funded ERISA, second-level COB appeal; SPD counts 60 days from receipt of the level-1 decision ---
case(
slug="06-self-funded-erisa-cob-spouse-plan-ended-second-level-60-days-from-receipt-advocate",
yaml="""
# FICTIONAL CASE (set 97, case 06) - every person, plan, provider, number and address is invented.
# Self-funded ERISA employer plan, Nebraska, 1,450 employees. Ten psychotherapy visits 05/04-07/13/2026 for the
# employee's wife denied CO-22 ("other coverage primary") on 08/03/2026; her own employer plan ended 04/30/2026.
# Level 1 upheld 10/20/2026 ("no record the other coverage ended"), though the termination letter came with the appeal
# on 09/08/2026. SPD: second-level appeal within 60 days after you receive the level-1 decision (received
# 10/26/2026): 12/25/2026; the decision letter says "60 days from the date of this letter" (12/19/2026). An advocate
# writes. Today is 12/07/2026.
patient:
  name: Gwendolyn Ashby-Navarro
  salutation: Ms. Ashby-Navarro
  date_of_birth: 1981-07-22
  member_id: FICT-TCL-300481-02
  address: |-
    1907 S 48th Street
    Omaha, NE 68106
  phone: (402) 555-0117
insurer:
  name: Tri-County Logistics Employee Health Plan (FICTIONAL), administered by Plainsview Benefit Administrators
  appeals_address: |-
    Plainsview Benefit Administrators, Appeals Unit (FICTIONAL)
    PO Box 45180
    Omaha, NE 68145
  fax: (402) 555-0163
claim:
  number: PBA-26-0803-73015
  plan_type: employer_erisa
  funding: self_funded
  employees: 1450
  stage: second level
  notice_date: 2026-08-03
  service_dates: [2026-05-04, 2026-07-13]
  sessions: 10
  setting: outpatient
  procedure_codes: ["90834"]
  diagnosis_codes: [F41.1]
  carc_codes: [CO-22]
  denial_reason: >-
    This care may be covered by another payer per coordination of benefits. Please submit to the primary plan
    (Heartland Credit Union Health Plan).
  denial_category: coordination_of_benefits
  denial_reasons: [coordination_of_benefits]
  coding_correct: true
  appeal_deadline: 2026-12-25
  deadline_basis: >-
    Summary Plan Description, Section 11.3: a second-level appeal must be filed within 60 days after you receive the
    first-level decision. The decision of 10/20/2026 was received 10/26/2026 (postmark 10/23/2026).
  notice_received:
    date: 2026-10-26
    proof: other/level-1-envelope-postmark-2026-10-23.txt
other_coverage:
  plan: Heartland Credit Union Health Plan
  member_is: subscriber
  covered_here_as: dependent spouse
  ended: 2026-04-30
  reported: 2026-09-08
  proof: [other/heartland-coverage-termination-letter-2026-04-17.txt, other/level-1-appeal-fax-report-2026-09-08.txt]
plan_policy:
  name: Tri-County Logistics Employee Health Plan, Summary Plan Description, Section 10.2 "Order of benefit determination"
  number: Section 10.2
  quote: >-
    This Plan pays second only for a period in which the Covered Person is also covered by another group health plan
    as an employee. For any period in which no other coverage is in force, this Plan pays first.
  file: other/spd-sections-10-11-excerpt.txt
decisions:
  - date: 2026-10-20
    outcome: denied
    stage: first-level appeal
    opens: second level
    next_deadline: 2026-12-25
    reason: >-
      We have no record that the member's other coverage ended. The other-coverage questionnaire was not returned.
      The denial is upheld.
    corrections:
      - said: The other-coverage questionnaire was not returned.
        record: >-
          The questionnaire and Heartland's termination letter were faxed with the first-level appeal on 09/08/2026
          (fax report, 9 pages, result OK).
        file: other/level-1-appeal-fax-report-2026-09-08.txt
        page: 1
submissions:
  - date: 2026-09-08
    method: fax
    to: Plainsview Benefit Administrators, Appeals Unit
    stage: first-level appeal
    confirmation: fax report 09/08/2026 (9 pages, OK)
    proof: other/level-1-appeal-fax-report-2026-09-08.txt
treatment:
  name: Outpatient psychotherapy, 10 visits (90834)
  summary: Weekly cognitive behavioral therapy for generalized anxiety disorder; coverage of the visits is not disputed.
author:
  name: Dwight Okonkwo-Hale
  role: Patient advocate, Prairie Patient Advocates (FICTIONAL nonprofit), authorized representative
  relation: representative
  address: |-
    Prairie Patient Advocates, 3014 Farnam Street, Suite 5
    Omaha, NE 68131
  phone: (402) 555-0145
  email: dokonkwo@prairieadvocates.example
  authorization: other/authorized-representative-designation-2026-11-24.txt
provider:
  name: Elmwood Counseling Associates
  credentials: Farrah Nygaard, LIMHP
  npi: "1960273849"
  address: |-
    620 N 98th Street
    Omaha, NE 68114
  phone: (402) 555-0188
bates_prefix: ASHBYNAVARRO
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
docs={
"denial/explanation-of-benefits-2026-08-03.txt": """
PLAINSVIEW BENEFIT ADMINISTRATORS (FICTIONAL) for TRI-COUNTY LOGISTICS EMPLOYEE HEALTH PLAN
EXPLANATION OF BENEFITS                                               Date: 08/03/2026   Page 1 of 1
Member: Gwendolyn Ashby-Navarro (spouse)   ID FICT-TCL-300481-02   Claim PBA-26-0803-73015
Elmwood Counseling Associates (NPI 1960273849)   90834 x10, 05/04/2026-07/13/2026   Billed $1,500.00   Paid $0.00
CO-22: This care may be covered by another payer per coordination of benefits. Please submit to the primary plan
(Heartland Credit Union Health Plan).
""",
"denial/first-level-appeal-decision-2026-10-20.txt": """
PLAINSVIEW BENEFIT ADMINISTRATORS (FICTIONAL) - FIRST-LEVEL APPEAL DECISION               Date: 10/20/2026
Member: Gwendolyn Ashby-Navarro   Claim PBA-26-0803-73015   Appeal received 09/08/2026
We have no record that the member's other coverage ended. The other-coverage questionnaire was not returned.
The denial is upheld.
You may file a second-level appeal within 60 days from the date of this letter.
""",
"other/level-1-envelope-postmark-2026-10-23.txt": """
COPY OF ENVELOPE (fictional rendition)
From: Plainsview Benefit Administrators, PO Box 45180, Omaha, NE 68145
Postmark: OMAHA NE 10/23/2026   Received stamp of the member's household: "REC'D 10/26/2026"
""",
"other/level-1-appeal-fax-report-2026-09-08.txt": """
FAX TRANSMISSION REPORT (FICTIONAL)
09/08/2026 09:52   From Gwendolyn Ashby-Navarro   To (402) 555-0163   Pages 9   Result OK
Cover: first-level appeal, claim PBA-26-0803-73015; enclosed: other-coverage questionnaire (signed 09/06/2026),
Heartland Credit Union termination-of-coverage letter dated 04/17/2026.
""",
"other/heartland-coverage-termination-letter-2026-04-17.txt": """
HEARTLAND CREDIT UNION (FICTIONAL) - HUMAN RESOURCES                                       Date: 04/17/2026
To: Gwendolyn Ashby-Navarro
Your employment ends 04/30/2026. Your coverage under the Heartland Credit Union Health Plan ends 04/30/2026.
You declined continuation coverage on 04/20/2026.
""",
"other/spd-sections-10-11-excerpt.txt": """
TRI-COUNTY LOGISTICS EMPLOYEE HEALTH PLAN (FICTIONAL) - SUMMARY PLAN DESCRIPTION (excerpt)      Pages 61-63
Section 10.2 Order of benefit determination
This Plan pays second only for a period in which the Covered Person is also covered by another group health plan
as an employee. For any period in which no other coverage is in force, this Plan pays first.
Section 11.3 Second-level appeal
A second-level appeal must be filed within 60 days after you receive the first-level decision. The Plan Administrator
decides it within 30 days (pre-service) or 60 days (post-service). The Plan is self-funded; it has 1,450 employees.
""",
"other/authorized-representative-designation-2026-11-24.txt": """
AUTHORIZED REPRESENTATIVE DESIGNATION (FICTIONAL)                                          Date: 11/24/2026
I, Gwendolyn Ashby-Navarro (ID FICT-TCL-300481-02), name Dwight Okonkwo-Hale of Prairie Patient Advocates to file my
second-level appeal of claim PBA-26-0803-73015 and to receive information about it.
Signed: Gwendolyn Ashby-Navarro
""",
},
truth="""
# 06 - Self-funded ERISA plan: COB denial though the other coverage ended; second-level appeal; 60 days from receipt of the level-1 decision (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Gwendolyn Ashby-Navarro, 45, dependent spouse on the Tri-County Logistics plan (self-funded ERISA, 1,450
  employees). Ten visits (90834) 05/04/2026-07/13/2026 denied CO-22 (EOB 08/03/2026).
- Her own Heartland Credit Union plan **ended 04/30/2026** (letter of 04/17/2026; she declined continuation):
  no other coverage was in force on any date of service. SPD Section 10.2: this Plan pays first then.
- First-level appeal faxed **09/08/2026** with the questionnaire and the termination letter (fax report). Decided
  **10/20/2026**: "questionnaire was not returned" - contradicted by the fax report.
- **Level now: second-level internal appeal.** Deadline: **12/25/2026**, 60 days after receipt of the level-1
  decision (received 10/26/2026), SPD Section 11.3. The decision letter's "60 days from the date of this letter"
  (12/19/2026) misstates the plan's own rule; sending by 12/19/2026 is the safe course.
- Author: Dwight Okonkwo-Hale, advocate, authorized 11/24/2026; writes about "Ms. Ashby-Navarro".

## Deliberately unknown
- Whether the plan has a level after this one besides external review: the SPD excerpt does not say.
- Whether a COB denial is eligible for external review: the federal process reaches medical-judgment and
  rescission denials; a COB denial likely is not, so no letter should promise it.

## Traps
- **Stage blindness:** the letter must say it is a second-level appeal and answer the 10/20/2026 decision, quoting
  it, not only the 08/03/2026 EOB.
- **Deadline:** neither 180 days (the first level's) nor "60 days from the letter" as the rule.
- **Not medical necessity:** no clinical reviewer, no peer-to-peer; coverage of the visits is not in question.
- Self-funded: no state insurance department; external review, if any, is the federal process (29 CFR 2590.715-2719).

## Arguments a strong letter makes (strongest first)
1. Second-level appeal of the 10/20/2026 decision: the other coverage ended 04/30/2026, before every date of
   service; under SPD 10.2 this Plan pays first.
2. Correct the decision: the questionnaire and termination letter were faxed 09/08/2026 (9 pages, OK).
3. Timely: within 60 days after receipt (SPD 11.3). Ask for the claim file (29 CFR 2560.503-1(h)(2)(iii)).

## What a letter must NOT say
- "first-level appeal" for this one; only the EOB quoted.
- "medically necessary", "peer-to-peer", "clinical reviewer".
- "state insurance department"; "45 CFR 147.136" as the external-review rule for this plan; external review promised.
- "I" for the patient.
""",
answers=[
("Which level?", "second-level appeal", "denial/first-level-appeal-decision-2026-10-20.txt"),
("Decision appealed", "Date: 10/20/2026", "denial/first-level-appeal-decision-2026-10-20.txt"),
("When received", "REC'D 10/26/2026", "other/level-1-envelope-postmark-2026-10-23.txt"),
("True deadline", "12/25/2026", "truth"),
("Plan's rule", "within 60 days after you receive the first-level decision", "other/spd-sections-10-11-excerpt.txt"),
("Window the decision wrongly states", "within 60 days from the date of this letter", "denial/first-level-appeal-decision-2026-10-20.txt"),
("Safe date", "12/19/2026", "truth"),
("Other coverage end", "ends 04/30/2026", "other/heartland-coverage-termination-letter-2026-04-17.txt"),
("Order-of-benefits rule", "For any period in which no other coverage is in force, this Plan pays first.", "other/spd-sections-10-11-excerpt.txt"),
("Decision's false statement", "The other-coverage questionnaire was not returned.", "denial/first-level-appeal-decision-2026-10-20.txt"),
("What the fax shows", "Pages 9   Result OK", "other/level-1-appeal-fax-report-2026-09-08.txt"),
("CARC", "CO-22", "denial/explanation-of-benefits-2026-08-03.txt"),
("Representative", "Dwight Okonkwo-Hale of Prairie Patient Advocates", "other/authorized-representative-designation-2026-11-24.txt"),
("Funding", "The Plan is self-funded", "other/spd-sections-10-11-excerpt.txt"),
("External review rule if any", "29 CFR 2590.715-2719", "truth"),
("Provider NPI", "1960273849", "denial/explanation-of-benefits-2026-08-03.txt"),
],
)
# ----- case 07: Marketplace plan, CO-197 though the PA request was never decided; EOB prints 60 days, rule 180 ------
case(
slug="07-marketplace-tms-pa-requested-never-decided-co197-eob-says-60-days-rule-180-physician",
yaml="""
# FICTIONAL CASE (set 97, case 07) - every person, plan, provider, number and address is invented.
# Individual Marketplace Silver plan, insured, Louisiana. The TMS clinic faxed a prior-authorization request on
# 06/10/2026 (plan acknowledgment PA-26-0610-7734); the plan never decided it. TMS 06/29-08/07/2026 (30 sessions)
# denied CO-197 "no authorization" on an EOB dated 10/05/2026 that says "60 days from the date of this notice". Rule:
# 180 days after receipt (45 CFR 147.136(b)(3)), counted from the notice date: 04/03/2027. The treating psychiatrist
# writes with the patient's authorization. Today is 12/07/2026.
patient:
  name: Marguerite Fontenot-Ashe
  salutation: Ms. Fontenot-Ashe
  date_of_birth: 1988-10-14
  member_id: FICT-GCH-58830177
  address: |-
    714 Rue Beauregard
    Lafayette, LA 70506
  phone: (337) 555-0129
insurer:
  name: Gulf Crescent Health Plans (FICTIONAL) - Marketplace Silver 2026
  appeals_address: |-
    Gulf Crescent Health Plans, Member Appeals (FICTIONAL)
    PO Box 51704
    Baton Rouge, LA 70821
  fax: (225) 555-0157
claim:
  number: GCH-26-1005-38820
  plan_type: individual_aca
  student: false
  notice_date: 2026-10-05
  appeal_deadline: 2027-04-03
  deadline_basis: >-
    45 CFR 147.136(b)(3), applying 29 CFR 2560.503-1(h)(3)(i): 180 days after receipt of the notice, counted
    conservatively from the notice date 10/05/2026. The EOB's "60 days" is shorter than the rule allows.
  service_dates: [2026-06-29, 2026-08-07]
  sessions: 30
  setting: outpatient
  procedure_codes: ["90867", "90868"]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-197]
  denial_reason: Precertification/authorization absent. No authorization on file for these services.
  denial_category: prior_authorization
  denial_reasons: [prior_authorization]
prior_auth:
  requested_on: 2026-06-10
  never_decided: true
  fax: (225) 555-0171
treatment:
  name: Transcranial magnetic stimulation (TMS), 30 sessions (90867, 90868)
  summary: >-
    A course of TMS for severe recurrent depression after four failed antidepressant trials; the request for prior
    authorization was sent 19 days before the first session and never answered.
clinical:
  severity: PHQ-9 23 on 06/02/2026; PHQ-9 11 on 08/07/2026
  severity_date: 2026-08-07
  suicidality: passive
  suicidality_date: 2026-06-02
  history:
    - {drug: Sertraline, dose: 200 mg daily, start: 2023-03, end: 2023-11, kind: antidepressant, adequate: true, outcome: No response}
    - {drug: Bupropion XL, dose: 450 mg daily, start: 2024-01, end: 2024-07, kind: antidepressant, adequate: true, outcome: Partial response then relapse}
    - {drug: Venlafaxine XR, dose: 225 mg daily, start: 2024-09, end: 2025-04, kind: antidepressant, adequate: true, outcome: No response}
    - {drug: Mirtazapine, dose: 45 mg daily, start: 2025-06, end: 2026-01, kind: antidepressant, adequate: true, outcome: No response; weight gain}
author:
  name: Julien Broussard-Vick, MD
  role: Psychiatrist and medical director, Acadiana TMS Center (treating physician)
  relation: physician
  address: |-
    Acadiana TMS Center, 1200 Camellia Blvd, Suite 140
    Lafayette, LA 70508
  phone: (337) 555-0161
  email: jbv@acadianatms.example
  authorization: other/patient-authorization-2026-11-16.txt
provider:
  name: Acadiana TMS Center
  credentials: Julien Broussard-Vick, MD
  npi: "1456720394"
  address: |-
    1200 Camellia Blvd, Suite 140
    Lafayette, LA 70508
  phone: (337) 555-0161
bates_prefix: FONTENOTASHE
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
docs={
"denial/explanation-of-benefits-2026-10-05.txt": """
GULF CRESCENT HEALTH PLANS (FICTIONAL) - MARKETPLACE SILVER 2026 - EXPLANATION OF BENEFITS
Date of notice: 10/05/2026   Page 1 of 1   Claim GCH-26-1005-38820
Member: Marguerite Fontenot-Ashe   ID FICT-GCH-58830177   Provider: Acadiana TMS Center (NPI 1456720394)
90867 x1, 90868 x29, 06/29/2026-08/07/2026   Billed $9,150.00   Paid $0.00
CO-197: Precertification/authorization absent. No authorization on file for these services.
Appeal: you have 60 days from the date of this notice to file an appeal. Fax (225) 555-0157.
""",
"other/pa-request-fax-report-2026-06-10.txt": """
FAX TRANSMISSION REPORT - Acadiana TMS Center (FICTIONAL)
06/10/2026 11:03   To (225) 555-0171 (Gulf Crescent Utilization Management)   Pages 14   Result OK
Contents: prior authorization request for TMS, 36 sessions, patient Marguerite Fontenot-Ashe, planned start 06/29/2026.
Plan portal acknowledgment, same day: "Request received 06/10/2026 - reference PA-26-0610-7734 - status: pending".
""",
"other/portal-status-printout-2026-11-12.txt": """
GULF CRESCENT PROVIDER PORTAL (FICTIONAL) - AUTHORIZATION STATUS                  Printed 11/12/2026
Reference PA-26-0610-7734   Member Fontenot-Ashe, Marguerite   Service: TMS   Received 06/10/2026
Status: PENDING - no determination issued
""",
"other/patient-authorization-2026-11-16.txt": """
AUTHORIZATION FOR MY PHYSICIAN TO APPEAL (FICTIONAL)                                      Date: 11/16/2026
I, Marguerite Fontenot-Ashe (ID FICT-GCH-58830177), authorize Dr. Julien Broussard-Vick of Acadiana TMS Center to
appeal claim GCH-26-1005-38820 for me and to receive information about it.
Signed: Marguerite Fontenot-Ashe
""",
"clinical/tms-course-summary-2026-08-07.txt": """
ACADIANA TMS CENTER (FICTIONAL) - TMS COURSE SUMMARY                                      Date: 08/07/2026
Patient: Marguerite Fontenot-Ashe   Psychiatrist: Julien Broussard-Vick, MD   NPI 1456720394
Recurrent major depression, severe (F33.2). Failed sertraline, bupropion XL, venlafaxine XR, mirtazapine at
adequate doses. Passive death wish on 06/02/2026. 30 sessions 06/29/2026-08/07/2026. PHQ-9 23 -> 11.
""",
},
truth="""
# 07 - Marketplace plan: TMS denied CO-197 though the prior-authorization request was pending, never decided; first appeal; the EOB prints 60 days, the rule gives 180 (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Marguerite Fontenot-Ashe, 38, individual Marketplace Silver plan (insured, not a student plan).
- The clinic faxed a prior-authorization request **06/10/2026** (14 pages, OK); the plan's portal acknowledged it
  the same day, **PA-26-0610-7734**, and still shows it "PENDING - no determination issued" on 11/12/2026.
- TMS 30 sessions 06/29/2026-08/07/2026 denied **CO-197** "no authorization on file" (EOB **10/05/2026**).
- **Level: first internal appeal**, post-service. Deadline: **04/03/2027**, 180 days after receipt, counted from
  the notice date (45 CFR 147.136(b)(3) applying 29 CFR 2560.503-1(h)(3)(i)). The EOB's "60 days" (12/04/2026) is
  shorter than the rule permits; the appeal is timely.
- Author: the treating psychiatrist with the patient's authorization (11/16/2026); writes about the patient.

## Deliberately unknown
- Why the plan never decided the request: not known; ask.
- Whether the plan's certificate has a retro-review clause: not enclosed.

## Traps
- **"No authorization was requested"**: false; it was requested 19 days before the first session and never decided.
- **Calling the appeal late** (by the EOB's 60 days) or asking for good cause: wrong.
- A request to "grant retroactive authorization": the request was made before care; ask the plan to decide it
  on its merits as made and pay.
- Individual plan: no ERISA as governing law (only the rule 147.136 applies by reference), no Medicare/Medicaid.
- Passive death wish 06/02/2026 is history with its date; PHQ-9 fell to 11.

## Arguments a strong letter makes (strongest first)
1. The request was sent and received 06/10/2026 (PA-26-0610-7734) and never decided; the plan's failure cannot be
   held against the member: decide it on its merits and pay the 30 sessions.
2. On the merits: four failed antidepressant trials, severe depression, good response.
3. Timely under 45 CFR 147.136(b)(3) (180 days); the EOB's 60 days is wrong.

## What a letter must NOT say
- "no prior authorization was requested", "retroactive authorization" as the ask.
- "late", "good cause", "within 60 days" as the rule.
- "ERISA plan", "Medicare", "Medicaid", "45 CFR 156.230" (no network issue).
- "I" for the patient (the physician writes about her); "active suicidal ideation".
""",
answers=[
("Which level?", "first internal appeal", "truth"),
("Notice date", "Date of notice: 10/05/2026", "denial/explanation-of-benefits-2026-10-05.txt"),
("True deadline", "04/03/2027", "truth"),
("Rule", "45 CFR 147.136(b)(3)", "truth"),
("Window the EOB wrongly prints", "60 days from the date of this notice", "denial/explanation-of-benefits-2026-10-05.txt"),
("When was PA requested?", "06/10/2026 11:03", "other/pa-request-fax-report-2026-06-10.txt"),
("PA reference", "PA-26-0610-7734", "other/pa-request-fax-report-2026-06-10.txt"),
("PA status", "PENDING - no determination issued", "other/portal-status-printout-2026-11-12.txt"),
("CARC", "CO-197", "denial/explanation-of-benefits-2026-10-05.txt"),
("Sessions and dates", "30 sessions 06/29/2026-08/07/2026", "clinical/tms-course-summary-2026-08-07.txt"),
("Codes billed", "90867 x1, 90868 x29", "denial/explanation-of-benefits-2026-10-05.txt"),
("Amount billed", "$9,150.00", "denial/explanation-of-benefits-2026-10-05.txt"),
("Who authorized the physician", "authorize Dr. Julien Broussard-Vick", "other/patient-authorization-2026-11-16.txt"),
("Response", "PHQ-9 23 -> 11", "clinical/tms-course-summary-2026-08-07.txt"),
("Diagnosis", "F33.2", "clinical/tms-course-summary-2026-08-07.txt"),
("Provider NPI", "1456720394", "denial/explanation-of-benefits-2026-10-05.txt"),
],
)

# ----- case 08: Medicare Advantage HMO, CO-27 though enrollment began 08/01; notice names Original Medicare's level --
case(
slug="08-medicare-advantage-hmo-co27-enrollment-date-keyed-late-notice-says-redetermination-120-son",
yaml="""
# FICTIONAL CASE (set 97, case 08) - every person, plan, provider, number and address is invented.
# Medicare Advantage HMO, Oklahoma. Psychiatric visits 08/05 and 08/19/2026 denied CO-27 ("coverage effective
# 09/01/2026") on a notice of denial of payment dated 10/14/2026; the plan's own enrollment confirmation says
# 08/01/2026. The notice tells him to "request a redetermination within 120 days" (Original Medicare's level and
# window); the level is the plan's reconsideration, 65 days from the notice (42 CFR 422.582(b)): 12/18/2026. His son
# writes with an appointment of representative. Today is 12/07/2026.
patient:
  name: Walter Brennan-Iwu
  salutation: Mr. Brennan-Iwu
  date_of_birth: 1959-06-02
  member_id: FICT-RPM-90417736
  address: |-
    2209 NW 34th Street
    Oklahoma City, OK 73112
  phone: (405) 555-0131
insurer:
  name: Red Plains Medicare Advantage HMO (FICTIONAL)
  appeals_address: |-
    Red Plains Medicare Advantage, Appeals and Grievances (FICTIONAL)
    PO Box 26640
    Oklahoma City, OK 73126
  fax: 1-800-555-0173
claim:
  number: RPM-26-1014-47219
  plan_type: medicare_advantage
  notice_date: 2026-10-14
  appeal_deadline: 2026-12-18
  deadline_basis: >-
    42 CFR 422.582(b): a request for reconsideration within 65 days from the date of the notice of the organization
    determination (10/14/2026). The notice's "redetermination within 120 days" names Original Medicare's level and
    window, not this plan's.
  service_dates: [2026-08-05, 2026-08-19]
  procedure_codes: ["99214", "90833"]
  diagnosis_codes: [F31.32]
  carc_codes: [CO-27]
  denial_reason: Expenses incurred after coverage terminated or before coverage began. Coverage effective 09/01/2026.
  denial_category: other
  denial_reasons: [coverage_ended]
eligibility:
  why: >-
    The plan confirmed in writing an effective date of 08/01/2026; its claims system was keyed with 09/01/2026.
  start: 2026-08-01
  coverage: Red Plains Medicare Advantage HMO
  proof: [other/enrollment-confirmation-2026-07-12.txt, other/medicare-plan-enrollment-printout-2026-11-02.txt]
treatment:
  name: Outpatient psychiatric visits with psychotherapy add-on (99214, 90833)
  summary: Medication management and brief psychotherapy for bipolar depression after a move to Oklahoma.
clinical:
  severity: MADRS 27 on 08/05/2026; MADRS 19 on 08/19/2026
  severity_date: 2026-08-19
  suicidality: none
  suicidality_date: 2026-08-19
author:
  name: Desmond Brennan-Iwu
  role: son and appointed representative
  relation: representative
  address: |-
    1540 S Boulder Avenue
    Tulsa, OK 74119
  phone: (918) 555-0184
  email: desmond.bi@mail.example
  authorization: other/appointment-of-representative-2026-11-20.txt
provider:
  name: Northwest OKC Psychiatry
  credentials: Priyanka Saldana-Moore, MD (in network)
  npi: "1918273644"
  address: |-
    4101 NW 63rd Street, Suite 8
    Oklahoma City, OK 73116
  phone: (405) 555-0197
bates_prefix: BRENNANIWU
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
docs={
"denial/notice-of-denial-of-payment-2026-10-14.txt": """
RED PLAINS MEDICARE ADVANTAGE HMO (FICTIONAL) - NOTICE OF DENIAL OF PAYMENT (fictional rendition)
Date of notice: 10/14/2026   Page 1 of 1   Reference RPM-26-1014-47219
Member: Walter Brennan-Iwu   ID FICT-RPM-90417736   Provider: Northwest OKC Psychiatry (NPI 1918273644)
08/05/2026 99214, 90833   08/19/2026 99214, 90833   Billed $640.00   Paid $0.00   CO-27
Expenses incurred after coverage terminated or before coverage began. Coverage effective 09/01/2026.
Your appeal rights: you may request a redetermination within 120 days of receiving this notice.
""",
"other/enrollment-confirmation-2026-07-12.txt": """
RED PLAINS MEDICARE ADVANTAGE HMO (FICTIONAL) - ENROLLMENT CONFIRMATION                      Date: 07/12/2026
Walter Brennan-Iwu   Member ID FICT-RPM-90417736
Your enrollment in Red Plains Medicare Advantage HMO is confirmed. Effective date: 08/01/2026 (special enrollment
period: moved to a new service area on 06/20/2026).
""",
"other/medicare-plan-enrollment-printout-2026-11-02.txt": """
MEDICARE ACCOUNT - PLAN ENROLLMENT HISTORY (fictional rendition)                           Printed 11/02/2026
Walter Brennan-Iwu
Original Medicare (Parts A and B) through 07/31/2026
Red Plains Medicare Advantage HMO from 08/01/2026
""",
"other/appointment-of-representative-2026-11-20.txt": """
APPOINTMENT OF REPRESENTATIVE (fictional rendition of form CMS-1696)                         Date: 11/20/2026
Beneficiary: Walter Brennan-Iwu, ID FICT-RPM-90417736, appoints Desmond Brennan-Iwu (son) to act for him in his
appeal of reference RPM-26-1014-47219 with Red Plains Medicare Advantage HMO.
Signed: Walter Brennan-Iwu (11/20/2026); accepted: Desmond Brennan-Iwu (11/20/2026)
""",
"clinical/psychiatry-note-2026-08-19.txt": """
NORTHWEST OKC PSYCHIATRY (FICTIONAL) - NOTE                                                Date: 08/19/2026
Patient: Walter Brennan-Iwu   DOB 06/02/1959   Psychiatrist: Priyanka Saldana-Moore, MD   NPI 1918273644
Bipolar I disorder, current episode depressed, moderate (F31.32). MADRS 27 (08/05) -> 19 (08/19) on lamotrigine.
Insurance verified at the first visit 08/05/2026 on the plan's portal: eligible from 08/01/2026.
""",
},
truth="""
# 08 - Medicare Advantage HMO: visits denied CO-27 though enrollment began 08/01; the notice names Original Medicare's level and window (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Walter Brennan-Iwu, 67, Red Plains Medicare Advantage HMO. Visits **08/05/2026 and 08/19/2026** (99214 + 90833
  each) denied CO-27 "coverage effective 09/01/2026" (notice **10/14/2026**).
- The plan's own **enrollment confirmation of 07/12/2026: effective 08/01/2026**; the Medicare enrollment history
  shows Original Medicare through 07/31/2026 and the plan from 08/01/2026. Both visits were in coverage.
- **Level: the plan's reconsideration** (42 CFR 422.578-422.590). **Deadline: 12/18/2026**, 65 days from the
  notice date (42 CFR 422.582(b)). The notice's "redetermination within 120 days of receiving" is Original
  Medicare's level and window: wrong for this plan.
- A payment reconsideration is decided within 60 days (422.590); an upheld denial goes to the independent
  review entity automatically (422.592).
- Author: his son, appointed representative (fictional CMS-1696 rendition of 11/20/2026); writes about
  "Mr. Brennan-Iwu".

## Deliberately unknown
- How the plan's system came to hold 09/01/2026: not known; a letter may ask.
- Whether the provider has billed the member: not stated.

## Traps
- **Level and window:** "redetermination", "120 days", "42 CFR 405.942" are Original Medicare's; never use them.
- **Not a medical-necessity denial:** no clinical reviewer, no peer-to-peer.
- **Not Original Medicare's claim either:** Original Medicare ended 07/31/2026; do not tell him to bill it.
- Medicare: no ERISA, no 45 CFR 147.136, no parity law, no state external review.

## Arguments a strong letter makes (strongest first)
1. The plan's own confirmation makes coverage effective 08/01/2026; Medicare's record agrees: pay both visits.
2. Reconsideration requested within 65 days (by 12/18/2026); the notice misnames the level.
3. Ask the plan to correct the effective date in its system for any other claim.

## What a letter must NOT say
- "redetermination", "120 days", "42 CFR 405.942", "Medicare Administrative Contractor".
- "medically necessary" as the ground; "peer-to-peer".
- "ERISA", "45 CFR 147.136", "parity", "external review".
- "I" for the patient.
""",
answers=[
("Which level?", "the plan's reconsideration", "truth"),
("Notice date", "Date of notice: 10/14/2026", "denial/notice-of-denial-of-payment-2026-10-14.txt"),
("True deadline", "12/18/2026", "truth"),
("Rule", "42 CFR 422.582(b)", "truth"),
("Level and window the notice wrongly names", "request a redetermination within 120 days of receiving this notice", "denial/notice-of-denial-of-payment-2026-10-14.txt"),
("Date the plan applied", "Coverage effective 09/01/2026", "denial/notice-of-denial-of-payment-2026-10-14.txt"),
("True effective date", "Effective date: 08/01/2026", "other/enrollment-confirmation-2026-07-12.txt"),
("Confirmation letter date", "Date: 07/12/2026", "other/enrollment-confirmation-2026-07-12.txt"),
("Medicare's record", "Red Plains Medicare Advantage HMO from 08/01/2026", "other/medicare-plan-enrollment-printout-2026-11-02.txt"),
("Original Medicare ended", "through 07/31/2026", "other/medicare-plan-enrollment-printout-2026-11-02.txt"),
("CARC", "CO-27", "denial/notice-of-denial-of-payment-2026-10-14.txt"),
("Dates denied", "08/05/2026 99214, 90833   08/19/2026 99214, 90833", "denial/notice-of-denial-of-payment-2026-10-14.txt"),
("Representative", "appoints Desmond Brennan-Iwu (son)", "other/appointment-of-representative-2026-11-20.txt"),
("Portal check at first visit", "eligible from 08/01/2026", "clinical/psychiatry-note-2026-08-19.txt"),
("Diagnosis", "F31.32", "clinical/psychiatry-note-2026-08-19.txt"),
("Billed", "$640.00", "denial/notice-of-denial-of-payment-2026-10-14.txt"),
],
)


# ---------------------------------------------------------------------------------------------------------------
def npi_ok(n):
    s = "80840" + n
    t = 0
    for i, c in enumerate(reversed(s)):
        k = int(c)
        if i % 2 == 1:
            k *= 2
            if k > 9:
                k -= 9
        t += k
    return len(n) == 10 and t % 10 == 0


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


PHONE_OK = re.compile(r"^(\(\d{3}\) 555-01\d\d|1-8\d\d-555-01\d\d)$")
PHONE_ANY = re.compile(r"(?:1-8\d\d-\d{3}-\d{4}|\(\d{3}\) ?\d{3}-\d{4}|\b\d{3}-\d{3}-\d{4}\b|\b555-\d{4}\b)")


def text_problems(name, text):
    probs = []
    for m in PHONE_ANY.finditer(text):
        p = m.group(0)
        if not PHONE_OK.match(p):
            # a bare 555-01xx preceded by an area code in parentheses was matched whole above; anything else is wrong
            probs.append(f"{name}: phone not allowed: {p!r}")
    for m in re.finditer(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", text):
        if not m.group(0).endswith(".example"):
            probs.append(f"{name}: e-mail not on .example: {m.group(0)}")
    for m in re.finditer(r"https?://[^\s)]+|www\.[^\s)]+", text):
        if ".example" not in m.group(0):
            probs.append(f"{name}: web address not on .example: {m.group(0)}")
    for m in re.finditer(r"NPI:?\s*(\d{10})\b|npi:\s*\"(\d{10})\"", text):
        n = m.group(1) or m.group(2)
        if not npi_ok(n):
            probs.append(f"{name}: NPI fails Luhn: {n}")
    return probs


def build(c):
    slug = c["slug"]
    folder = HERE / slug
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir()
    probs = []
    yaml_text = c["yaml"].lstrip("\n")
    if not yaml_text.startswith("# FICTIONAL"):
        probs.append(f"{slug}: case.yaml does not start with a FICTIONAL header")
    (folder / "case.yaml").write_text(yaml_text)
    try:
        YAML(typ="safe").load(yaml_text)
    except Exception as e:  # noqa: BLE001
        probs.append(f"{slug}: case.yaml does not parse: {e}")
    probs += text_problems(f"{slug}/case.yaml", yaml_text)
    docs = {}
    for rel, body in c["docs"].items():
        if not re.match(r"^(denial|clinical|other)/[\w.-]+\.txt$", rel):
            probs.append(f"{slug}: bad document path {rel}")
        p = folder / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        text = HEAD + body.strip("\n") + FOOT
        p.write_text(text)
        docs[rel] = text
        probs += text_problems(f"{slug}/{rel}", text)
    # every path case.yaml names exists
    for m in re.finditer(r"\b((?:denial|clinical|other)/[\w.-]+\.txt)\b", yaml_text):
        if m.group(1) not in docs:
            probs.append(f"{slug}: case.yaml names a missing file {m.group(1)}")
    truth = c["truth"].lstrip("\n")
    if "FICTIONAL" not in truth.splitlines()[0]:
        probs.append(f"{slug}: truth's first line lacks FICTIONAL")
    heads = [h[3:].strip() for h in truth.splitlines() if h.startswith("## ")]
    if len(heads) != len(TRUTH_HEADINGS) or not all(h.startswith(t) for h, t in zip(heads, TRUTH_HEADINGS)):
        probs.append(f"{slug}: truth headings {heads} != {TRUTH_HEADINGS}")
    (HERE / f"{slug}.truth.md").write_text(truth)
    probs += text_problems(f"{slug}.truth.md", truth)
    answers = c["answers"]
    if len(answers) != 16:
        probs.append(f"{slug}: {len(answers)} expected answers, not 16")
    for q, a, where in answers:
        src = {"truth": truth, "case.yaml": yaml_text}.get(where, docs.get(where))
        if src is None:
            probs.append(f"{slug}: answer source {where} does not exist")
        elif norm(a) not in norm(src):
            probs.append(f"{slug}: answer {a!r} to {q!r} not printed in {where}")
    return probs


def main(argv):
    check = "--check" in argv
    only = [a for a in argv if re.fullmatch(r"\d\d", a)]
    chosen = [c for c in CASES if not only or c["slug"][:2] in only]
    probs = []
    for c in chosen:
        probs += build(c)
    n_ans = sum(len(c["answers"]) for c in chosen)
    print(f"{len(chosen)} cases, {n_ans} expected answers, {len(probs)} problems")
    for p in probs:
        print("PROBLEM:", p)
    rc = 1 if probs else 0
    if check:
        out = []
        bad = 0
        for c in chosen:
            r = subprocess.run([APPEAL_KIT, "check", str(HERE / c["slug"])], capture_output=True, text=True)
            out.append(f"===== {c['slug']}: exit {r.returncode}\n{r.stdout}{r.stderr}")
            bad += r.returncode != 0
            print(f"check {c['slug']}: exit {r.returncode}")
        name = "check-output.txt" if not only else "check-output-partial.txt"
        (HERE / name).write_text("\n".join(out))
        if bad:
            rc = 1
    return rc


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
