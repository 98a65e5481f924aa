#!/usr/bin/env python3
"""FICTIONAL blind test set 103 (issue 18, process emphasis) for appeal-kit letters.

Run:  /work/main/.venv/bin/python make_set.py [--check] [NN ...]
Rewrites each case folder and its truth file from the data in this file, then self-checks.
--check also runs `appeal-kit check` on every case folder and writes check-output.txt (exit 1 if any exit != 0).
"""
import io
import re
import shutil
import subprocess
import sys
from pathlib import Path

from ruamel.yaml import YAML

HERE = Path(__file__).resolve().parent
# ---- all data: one dict per case (slug, yaml, docs, truth, answers) ----
C01 = dict(
slug="01-medicaid-mco-teen-mst-fair-hearing-120-days-from-resolution-date-not-receipt-mother",
yaml=r'''
# FICTIONAL CASE (set 103, case 01) - every person, plan, provider, number and address is invented.
# Medicaid managed care, Colorado, member aged 15. Multisystemic therapy (H2033) asked before care and denied;
# the plan appeal was upheld by a notice of resolution dated 10/26/2026 (postmarked 11/02, received 11/05).
# The notice says the hearing may be asked "within 120 days from the date you receive this letter"; the rule
# counts 120 days from the notice of resolution: by 02/23/2027. No care was ever authorized: nothing to continue.
patient:
  name: Tobias Ferreira-Lund
  salutation: Tobias
  date_of_birth: 2011-04-12
  member_id: FICT-COMCD-4471920
  address: |-
    2218 West 38th Avenue
    Denver, CO 80211
  phone: (720) 555-0146
  email: r.ferreira@mailbox.example
insurer:
  name: Front Range Community Health Partners (FICTIONAL Medicaid managed care plan)
  appeals_address: |-
    Front Range Community Health Partners, Appeals Unit (FICTIONAL)
    PO Box 61882
    Denver, CO 80206
  fax: (720) 555-0177
claim:
  number: FRC-PA-26-0811-5530
  plan_type: medicaid
  delivery: managed_care
  notice_date: 2026-08-20
  service_dates: []
  procedure_codes: [H2033]
  diagnosis_codes: [F91.2, F33.1]
  denial_reason: >-
    Multisystemic therapy is not medically necessary. The member has not tried outpatient therapy, which is
    available at a lower level of care.
  denial_category: medical_necessity
  denial_reasons: [medical_necessity, level_of_care]
  action: none
  setting: outpatient
  state: CO
decisions:
  - date: 2026-10-26
    outcome: denied
    stage: plan appeal (first level)
    opens: state fair hearing
    next_deadline: 2027-02-23
    reason: >-
      We reviewed your appeal and our decision has not changed. Outpatient therapy has not been tried.
      Multisystemic therapy is not medically necessary at this time.
    corrections:
      - said: Outpatient therapy has not been tried.
        record: >-
          Tobias had 18 weekly outpatient therapy sessions from 01/08/2026 to 05/14/2026 and 12 sessions of a
          family-based intensive outpatient program from 06/01/2026 to 07/24/2026; the school made two safety
          referrals and a juvenile court diversion referral after both.
        file: clinical/therapy-discharge-summary-2026-07-28.txt
        page: 1
external_review:
  agency: State Fair Hearing Office (FICTIONAL), as named in the plan's notice of appeal resolution
  address: |-
    State Fair Hearing Office (FICTIONAL)
    1570 Grant Street
    Denver, CO 80203
  final_denial_date: 2026-10-26
template: external-review-request
treatment:
  name: Multisystemic therapy (H2033), about 4 months of home- and community-based family treatment
  summary: >-
    Intensive home-based family treatment for a 15-year-old with worsening aggression, school refusal and
    recurrent depression after weekly outpatient therapy and a family intensive outpatient program did not help.
  plan: >-
    Three to four home visits a week for about 16 weeks by the multisystemic therapy team, with a therapist on
    call at all times; progress reviewed every month against school attendance and safety incidents.
clinical:
  severity: PHQ-A 19 on 08/04/2026; 11 school days missed in May 2026
  severity_date: 2026-08-04
  suicidality: passive
  suicidality_date: 2026-08-04
  history:
    - drug: Weekly outpatient individual and family therapy
      kind: psychotherapy
      start: 2026-01-08
      end: 2026-05-14
      sessions: 18
      adequate: true
      failed: true
      response: none
      outcome: No improvement; two school safety referrals in April 2026
      evidence: {file: clinical/therapy-discharge-summary-2026-07-28.txt, page: 1}
    - drug: Family-based intensive outpatient program
      kind: psychotherapy
      start: 2026-06-01
      end: 2026-07-24
      sessions: 12
      adequate: true
      failed: true
      response: none
      outcome: Completed; aggression at home continued; juvenile court diversion referral 07/2026
      evidence: {file: clinical/therapy-discharge-summary-2026-07-28.txt, page: 1}
    - drug: Fluoxetine
      dose: 20 mg daily
      start: 2026-02
      ongoing: true
      kind: antidepressant
      response: partial
      outcome: Partial response; continued
      evidence: {file: clinical/therapy-discharge-summary-2026-07-28.txt, page: 1}
alternatives:
  - treatment: Outpatient therapy
    level: outpatient therapy
    name: weekly outpatient therapy and a family-based intensive outpatient program (Clear Creek Family Services)
    why_not: >-
      Tried: 18 weekly sessions from 01/08/2026 to 05/14/2026 and then 12 sessions of a family intensive outpatient
      program to 07/24/2026, without benefit.
    proof: clinical/therapy-discharge-summary-2026-07-28.txt
author:
  name: Renata Ferreira
  role: Tobias's mother
  relation: parent
  address: |-
    2218 West 38th Avenue
    Denver, CO 80211
  phone: (720) 555-0146
  email: r.ferreira@mailbox.example
provider:
  name: Clear Creek Family Services
  credentials: Multisystemic therapy team, supervised by Dana Oyelaran, LCSW
  npi: "1748293051"
  address: |-
    4400 Wadsworth Boulevard, Suite 210
    Wheat Ridge, CO 80033
  phone: (303) 555-0132
record_dates:
  - file: clinical/therapy-discharge-summary-2026-07-28.txt
    date: 2026-07-28
bates_prefix: FERREIRALUND
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
docs={
"denial/notice-of-adverse-benefit-determination-2026-08-20.txt": r'''
FRONT RANGE COMMUNITY HEALTH PARTNERS (FICTIONAL) - HEALTH FIRST MEDICAID MANAGED CARE
NOTICE OF ADVERSE BENEFIT DETERMINATION                            Date of notice: 08/20/2026   Page 1 of 1
Member: Tobias Ferreira-Lund   DOB 04/12/2011   Member ID FICT-COMCD-4471920
Request: FRC-PA-26-0811-5530, multisystemic therapy (H2033), requested 08/11/2026 by Clear Creek Family Services
Decision: DENIED. Multisystemic therapy is not medically necessary. The member has not tried outpatient therapy,
which is available at a lower level of care.
Your right to appeal: You may ask us for an appeal within 60 days from the date of this notice. After our appeal
decision you may ask for a State Fair Hearing.
Appeals Unit, PO Box 61882, Denver, CO 80206; fax (720) 555-0177; Member Services 1-800-555-0171.
''',
"denial/notice-of-appeal-resolution-2026-10-26.txt": r'''
FRONT RANGE COMMUNITY HEALTH PARTNERS (FICTIONAL) - NOTICE OF APPEAL RESOLUTION
Date of notice: 10/26/2026                                                                       Page 1 of 1
Member: Tobias Ferreira-Lund   Member ID FICT-COMCD-4471920   Appeal APL-26-0914-2207
Appeal received: 09/14/2026 (filed by Renata Ferreira, parent). On 10/08/2026 we extended the time to decide by
14 days and told you in writing.
Decision: We reviewed your appeal and our decision has not changed. Outpatient therapy has not been tried.
Multisystemic therapy is not medically necessary at this time.
Reviewer: Marcus Ebright, MD, board-certified in child and adolescent psychiatry.
State Fair Hearing: You may ask for a State Fair Hearing within 120 days from the date you receive this letter.
Send your request to the State Fair Hearing Office (FICTIONAL), 1570 Grant Street, Denver, CO 80203, or call
1-800-555-0186.
''',
"clinical/therapy-discharge-summary-2026-07-28.txt": r'''
CLEAR CREEK FAMILY SERVICES (FICTIONAL) - OUTPATIENT AND FAMILY IOP DISCHARGE SUMMARY      Date: 07/28/2026
Client: Tobias Ferreira-Lund   DOB 04/12/2011   Clinician: Dana Oyelaran, LCSW   Page 1 of 1
Diagnoses: conduct disorder, adolescent-onset type (F91.2); major depressive disorder, recurrent, moderate (F33.1).
Course 1: weekly outpatient individual and family therapy, 18 sessions, 01/08/2026-05/14/2026. No improvement;
two school safety referrals (April 2026); 11 school days missed in May 2026.
Course 2: family-based intensive outpatient program, 12 sessions, 06/01/2026-07/24/2026. Completed. Physical
aggression at home continued; juvenile court diversion referral in July 2026.
Medication (pediatrician): fluoxetine 20 mg daily since 02/2026, partial response, continued.
Recommendation: multisystemic therapy (home- and community-based), 3-4 visits a week for about 16 weeks.
''',
"clinical/psychiatric-update-2026-08-04.txt": r'''
CLEAR CREEK FAMILY SERVICES (FICTIONAL) - PSYCHIATRIC UPDATE                              Date: 08/04/2026
Client: Tobias Ferreira-Lund   DOB 04/12/2011   Prescriber: Helena Varga, MD, NPI 1285736405   Page 1 of 1
PHQ-A 19. Passive death wishes ("it would be easier if I weren't here"); no plan, no intent; safety plan updated
with mother. Continues fluoxetine 20 mg daily. Supports the multisystemic therapy referral.
''',
"other/envelope-postmark-and-receipt-note-2026-11-05.txt": r'''
COPY OF ENVELOPE AND PARENT'S NOTE (FICTIONAL)
Envelope from Front Range Community Health Partners, postmark: NOV 02 2026.
Note by Renata Ferreira: "This envelope, holding the notice of appeal resolution dated 10/26/2026, arrived in our
mailbox on 11/05/2026."
''',
},
truth=r'''
# 01 - Medicaid managed care, teenager's multisystemic therapy: state fair hearing, 120 days counted from the notice of resolution's date, not its receipt; mother writes (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Tobias Ferreira-Lund, **15** (DOB 04/12/2011), Colorado Medicaid through a managed care plan, Front Range
  Community Health Partners (`medicaid`, `managed_care`).
- Multisystemic therapy (H2033) was requested 08/11/2026 and **denied before any care** on **08/20/2026**
  (medical necessity / "outpatient therapy not tried"). No service was ever authorized or given.
- His mother's plan appeal was received **09/14/2026**; the plan took a 14-day extension (notice 10/08) and
  upheld the denial by a **notice of appeal resolution dated 10/26/2026** (decided within 30 + 14 days of 09/14,
  so in time: no deemed exhaustion).
- **Level:** the plan appeal is exhausted; this letter is the request for a **State Fair Hearing**.
- **Deadline and rule:** 120 calendar days from the date of the plan's notice of resolution, 42 CFR
  438.408(f)(2): **02/23/2027**. The notice says "within 120 days from the date you receive this letter"
  (postmarked 11/02, received 11/05, which would give 03/05/2027): the rule counts from the notice, and a letter
  must give **02/23/2027** (source: docs/domain.md, Appeal windows; appeals-domain.md 1c).
- The record shows **18 weekly outpatient therapy sessions** and a **12-session family IOP**, both without benefit:
  the resolution's "outpatient therapy has not been tried" is contradicted by the record.
- Under 21: **EPSDT** (42 U.S.C. 1396d(r)(5)) applies: the state must cover care necessary to correct or
  ameliorate his condition.
- **Author:** his mother, a parent of a minor: no authorization form needed; she writes about "Tobias".

## Deliberately unknown
- Whether the fair hearing office will hold an expedited hearing: not asked by the family, not in the case.
- The plan's medical policy for multisystemic therapy: not quoted in any notice.
- Whether fluoxetine will be changed: not stated.

## Traps
- **Receipt vs. date:** the notice's own sentence counts from receipt (03/05/2027); the rule counts from the
  notice (02/23/2027). A letter must not state 03/05/2027 as the deadline.
- **No continuation of benefits:** nothing was ever authorized, so 42 CFR 438.420 (benefits continuing during the
  appeal/hearing) does not apply; a letter must not ask that "services continue".
- **Level:** not another plan appeal, not "external review", not "second level".
- **Therapy is not medication:** the two therapy courses are psychotherapy, not antidepressant trials; fluoxetine
  continues (partial response), never "failed".
- **Suicidality is passive** (08/04/2026): no plan or intent; never "active suicidal ideation".
- The 14-day extension was on time; a letter must not claim the plan decided late.

## Arguments a strong letter makes (strongest first)
1. Request the State Fair Hearing, in time (by 02/23/2027, 120 days from the 10/26/2026 resolution), addressed
   to the hearing office the notice names.
2. Correct the resolution: outpatient therapy **was** tried (18 sessions, then a 12-session family IOP), with
   the discharge summary as exhibit.
3. EPSDT for a member under 21: the standard is what corrects or ameliorates his condition.
4. The plan to treat (16 weeks, 3-4 visits a week, monthly review) and the current severity (PHQ-A 19, passive
   death wishes, missed school, court diversion).

## What a letter must NOT say
- "03/05/2027" or "March 5, 2027" as the deadline; "within 60 days" for the hearing.
- "continue", "continuation of benefits", "438.420" for this case.
- "external review", "second level", "independent review organization".
- "failed fluoxetine"; "active suicidal ideation"; "ERISA"; "Medicare".
''',
answers=[
 ("Date of the notice of appeal resolution?", "Date of notice: 10/26/2026", "denial/notice-of-appeal-resolution-2026-10-26.txt"),
 ("What the notice says about the hearing window?", "within 120 days from the date you receive this letter", "denial/notice-of-appeal-resolution-2026-10-26.txt"),
 ("True last day to ask for the hearing?", "02/23/2027", "truth"),
 ("Rule for that deadline?", "42 CFR 438.408(f)(2)", "truth"),
 ("Postmark on the envelope?", "NOV 02 2026", "other/envelope-postmark-and-receipt-note-2026-11-05.txt"),
 ("When did the family receive the resolution?", "arrived in our mailbox on 11/05/2026", "other/envelope-postmark-and-receipt-note-2026-11-05.txt"),
 ("When was the plan appeal received?", "Appeal received: 09/14/2026", "denial/notice-of-appeal-resolution-2026-10-26.txt"),
 ("Did the plan extend its time?", "extended the time to decide by 14 days", "denial/notice-of-appeal-resolution-2026-10-26.txt"),
 ("Where does the hearing request go?", "State Fair Hearing Office (FICTIONAL), 1570 Grant Street, Denver, CO 80203", "denial/notice-of-appeal-resolution-2026-10-26.txt"),
 ("How many weekly outpatient sessions?", "18 sessions, 01/08/2026-05/14/2026", "clinical/therapy-discharge-summary-2026-07-28.txt"),
 ("Family IOP sessions?", "12 sessions, 06/01/2026-07/24/2026", "clinical/therapy-discharge-summary-2026-07-28.txt"),
 ("Procedure code asked for?", "H2033", "case.yaml"),
 ("Current PHQ-A?", "PHQ-A 19", "clinical/psychiatric-update-2026-08-04.txt"),
 ("Suicidality level?", "suicidality: passive", "case.yaml"),
 ("Which standard applies for a member under 21?", "42 U.S.C. 1396d(r)(5)", "truth"),
 ("Is continuation of benefits at issue?", "nothing was ever authorized", "truth"),
],
)

C02 = dict(
slug="02-fehb-tms-carrier-dismissed-reconsideration-as-untimely-delivered-in-time-opm-review-enrollee",
yaml=r'''
# FICTIONAL CASE (set 103, case 02) - every person, plan, provider, number and address is invented.
# FEHB Standard Option, Virginia. TMS (36 sessions, 01/05-02/20/2026) denied by EOB of 03/10/2026. The enrollee's
# reconsideration request went by certified mail 09/04/2026 and was delivered 09/08/2026, inside the 6 months
# (to 09/10/2026); the carrier date-stamped it 09/21 and on 11/03/2026 refused it as untimely. OPM review is
# asked within 90 days of the carrier's 11/03/2026 decision: by 02/01/2027. The enrollee writes ("I").
patient:
  name: Ingrid Sahlberg-Owusu
  salutation: Ms. Sahlberg-Owusu
  date_of_birth: 1979-09-21
  member_id: FICT-FEP-R88240173
  address: |-
    914 Ridgeview Court
    Falls Church, VA 22046
  phone: (703) 555-0158
  email: ingrid.so@homeinbox.example
insurer:
  name: Federal Mutual Benefit Association Standard Option (FICTIONAL FEHB carrier)
  appeals_address: |-
    Federal Mutual Benefit Association, Reconsiderations (FICTIONAL)
    PO Box 72011
    Richmond, VA 23255
  fax: (804) 555-0166
claim:
  number: FMB-26-0224-77310
  plan_type: fehb
  notice_date: 2026-03-10
  service_dates: [2026-01-05, 2026-02-20]
  sessions: 36
  procedure_codes: ["90868"]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-50]
  denial_reason: >-
    Transcranial magnetic stimulation is not medically necessary. The records do not show two antidepressant
    trials from different classes. (Medical Policy MP-TMS-08)
  denial_category: medical_necessity
  action: none
  corrections:
    - said: The records do not show two antidepressant trials from different classes.
      record: >-
        The psychiatrist's summary records four adequate trials in three classes: sertraline and escitalopram
        (SSRIs), venlafaxine XR (SNRI) and bupropion XL (NDRI), each 8 weeks or more at full dose, without response.
      file: clinical/psychiatrist-summary-2025-12-15.txt
      page: 1
submissions:
  - date: 2026-09-04
    method: certified mail
    to: Federal Mutual Benefit Association, Reconsiderations, PO Box 72011, Richmond, VA 23255
    stage: carrier reconsideration
    confirmation: USPS certified 9407 1118 9956 2201 4470 18
    proof: [other/usps-tracking-record-2026-09-08.txt, other/reconsideration-request-2026-09-04.txt]
decisions:
  - date: 2026-11-03
    outcome: denied
    stage: carrier reconsideration
    opens: OPM review
    next_deadline: 2027-02-01
    reason: >-
      Your request for reconsideration was received on 09/21/2026, more than 6 months after our initial decision
      of 03/10/2026. It is untimely and we cannot reconsider the claim.
    corrections:
      - said: Your request for reconsideration was received on 09/21/2026, more than 6 months after our initial decision of 03/10/2026.
        record: >-
          The request was sent by certified mail on 09/04/2026 and delivered to the carrier's PO Box 72011 on
          09/08/2026 at 10:42 a.m., within 6 months of the 03/10/2026 decision (which ran to 09/10/2026).
        file: other/usps-tracking-record-2026-09-08.txt
        page: 1
external_review:
  agency: U.S. Office of Personnel Management, Federal Employee Insurance Operations (FICTIONAL rendition)
  address: |-
    OPM Health Insurance Review Unit (FICTIONAL)
    1900 E Street NW
    Washington, DC 20415
  final_denial_date: 2026-11-03
template: external-review-request
payer_criteria:
  - criterion: >-
      The member has not responded to at least two antidepressant trials from different classes, each at an
      adequate dose for at least 6 weeks.
    how_met: >-
      Four trials in three classes, each 8 weeks or more at full dose without response: sertraline 200 mg,
      escitalopram 20 mg (SSRIs), venlafaxine XR 225 mg (SNRI), bupropion XL 450 mg (NDRI).
    met: true
    evidence: {file: clinical/psychiatrist-summary-2025-12-15.txt, page: 1}
plan_policy:
  name: Federal Mutual Benefit Association Medical Policy MP-TMS-08
  number: MP-TMS-08
  quote: >-
    TMS is covered for major depressive disorder when the member has not responded to at least two antidepressant
    trials from different classes, each at an adequate dose for at least 6 weeks.
  file: other/medical-policy-mp-tms-08-excerpt.txt
treatment:
  name: Transcranial magnetic stimulation, 36 sessions (90868)
  summary: >-
    A standard acute course of TMS for severe recurrent depression after four failed antidepressant trials in
    three classes.
clinical:
  severity: PHQ-9 22 on 12/15/2025; PHQ-9 9 on 02/20/2026 after the course
  severity_date: 2026-02-20
  suicidality: none
  suicidality_date: 2026-02-20
  response: PHQ-9 from 22 before the course to 9 at its end
  response_level: response
  history:
    - {drug: Sertraline, dose: 200 mg daily, start: 2022-03, end: 2022-07, kind: antidepressant, adequate: true, failed: true, response: none, evidence: {file: clinical/psychiatrist-summary-2025-12-15.txt, page: 1}}
    - {drug: Escitalopram, dose: 20 mg daily, start: 2023-01, end: 2023-04, kind: antidepressant, adequate: true, failed: true, response: none, evidence: {file: clinical/psychiatrist-summary-2025-12-15.txt, page: 1}}
    - {drug: Venlafaxine XR, dose: 225 mg daily, start: 2024-02, end: 2024-06, kind: antidepressant, adequate: true, failed: true, response: none, evidence: {file: clinical/psychiatrist-summary-2025-12-15.txt, page: 1}}
    - {drug: Bupropion XL, dose: 450 mg daily, start: 2025-01, end: 2025-04, kind: antidepressant, adequate: true, failed: true, response: none, evidence: {file: clinical/psychiatrist-summary-2025-12-15.txt, page: 1}}
author:
  name: Ingrid Sahlberg-Owusu
  relation: patient
provider:
  name: Potomac Neuromodulation Clinic
  credentials: Samuel Adeyemi-Clarke, MD (psychiatry)
  npi: "1930462712"
  address: |-
    2200 Wilson Boulevard, Suite 410
    Arlington, VA 22201
  phone: (703) 555-0124
record_dates:
  - file: clinical/psychiatrist-summary-2025-12-15.txt
    date: 2025-12-15
  - file: other/reconsideration-request-2026-09-04.txt
    date: 2026-09-04
    sent: 2026-09-04
    sent_proof: other/usps-tracking-record-2026-09-08.txt
bates_prefix: SAHLBERGOWUSU
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
docs={
"denial/explanation-of-benefits-2026-03-10.txt": r'''
FEDERAL MUTUAL BENEFIT ASSOCIATION (FICTIONAL) - FEHB STANDARD OPTION
EXPLANATION OF BENEFITS                                               Date: 03/10/2026   Page 1 of 1
Enrollee: Ingrid Sahlberg-Owusu   ID FICT-FEP-R88240173   Claim FMB-26-0224-77310
Provider: Potomac Neuromodulation Clinic, NPI 1930462712   Services 01/05/2026-02/20/2026   90868 x36
Billed $10,800.00   Paid $0.00   CO-50
Transcranial magnetic stimulation is not medically necessary. The records do not show two antidepressant trials
from different classes. (Medical Policy MP-TMS-08)
If you disagree, ask us in writing to reconsider within 6 months from the date of this notice (brochure, Section 8).
''',
"denial/carrier-reconsideration-decision-2026-11-03.txt": r'''
FEDERAL MUTUAL BENEFIT ASSOCIATION (FICTIONAL) - RECONSIDERATION DECISION      Date: 11/03/2026   Page 1 of 1
Enrollee: Ingrid Sahlberg-Owusu   ID FICT-FEP-R88240173   Claim FMB-26-0224-77310
Your request for reconsideration was received on 09/21/2026, more than 6 months after our initial decision of
03/10/2026. It is untimely and we cannot reconsider the claim.
If you disagree with this decision you may ask the U.S. Office of Personnel Management to review it within 90
days from the date of this letter. Write to: OPM Health Insurance Review Unit (FICTIONAL), 1900 E Street NW,
Washington, DC 20415.
''',
"other/reconsideration-request-2026-09-04.txt": r'''
RECONSIDERATION REQUEST (copy kept by the enrollee)                                    Date: 09/04/2026
To: Federal Mutual Benefit Association, Reconsiderations, PO Box 72011, Richmond, VA 23255
I ask you to reconsider claim FMB-26-0224-77310 (TMS, 01/05/2026-02/20/2026). My psychiatrist's summary of
12/15/2025 lists four antidepressant trials in three classes. Signed: Ingrid Sahlberg-Owusu
Sent by USPS certified mail 9407 1118 9956 2201 4470 18.
''',
"other/usps-tracking-record-2026-09-08.txt": r'''
USPS TRACKING RECORD (FICTIONAL rendition)   Tracking number 9407 1118 9956 2201 4470 18   Page 1 of 1
09/04/2026 3:18 p.m.  Accepted at USPS Origin Facility, Falls Church, VA 22046
09/08/2026 10:42 a.m.  Delivered, PO Box, Richmond, VA 23255 (PO Box 72011)
''',
"other/medical-policy-mp-tms-08-excerpt.txt": r'''
FEDERAL MUTUAL BENEFIT ASSOCIATION (FICTIONAL) MEDICAL POLICY MP-TMS-08 (excerpt)                  Page 1 of 1
TMS is covered for major depressive disorder when the member has not responded to at least two antidepressant
trials from different classes, each at an adequate dose for at least 6 weeks.
''',
"clinical/psychiatrist-summary-2025-12-15.txt": r'''
POTOMAC NEUROMODULATION CLINIC (FICTIONAL) - PSYCHIATRIC SUMMARY                         Date: 12/15/2025
Patient: Ingrid Sahlberg-Owusu   DOB 09/21/1979   Samuel Adeyemi-Clarke, MD   Page 1 of 1
Major depressive disorder, recurrent, severe without psychotic features (F33.2). PHQ-9 22. No suicidal ideation.
Trials: sertraline 200 mg 03/2022-07/2022, no response; escitalopram 20 mg 01/2023-04/2023, no response;
venlafaxine XR 225 mg 02/2024-06/2024, no response; bupropion XL 450 mg 01/2025-04/2025, no response.
Four adequate trials, three classes (SSRI, SNRI, NDRI). Plan: TMS, 36 sessions.
''',
},
truth=r'''
# 02 - FEHB: TMS claim; the carrier refused a reconsideration as untimely that was delivered in time; OPM review within 90 days; the enrollee writes (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Ingrid Sahlberg-Owusu, FEHB Standard Option enrollee (Federal Mutual Benefit Association, `fehb`), Virginia.
- TMS, **36 sessions (90868), 01/05/2026-02/20/2026**, denied by EOB of **03/10/2026** (CO-50, MP-TMS-08: "two
  antidepressant trials from different classes" not shown). The record shows **four** adequate trials in
  **three** classes.
- FEHB first level: ask the carrier to reconsider within **6 months** of the denial, 5 CFR 890.105(b)(1): to
  **09/10/2026**. She mailed the request **09/04/2026** (certified), **delivered 09/08/2026** (USPS record).
  Timely whether measured by sending or by delivery.
- The carrier date-stamped it 09/21/2026 and on **11/03/2026** refused it as untimely. That refusal is the
  carrier's reconsideration decision.
- **Level:** this letter is the request for **OPM review** (5 CFR 890.105(e)(1)), addressed to OPM, **not** a new
  carrier reconsideration.
- **Deadline and rule:** 90 days from the carrier's 11/03/2026 decision: **02/01/2027** (docs/domain.md, Appeal
  windows, FEHB row).
- **Author:** the enrollee herself: "I".

## Deliberately unknown
- Why the carrier stamped 09/21: not known (mail-room delay is a guess; a letter may not assert it).
- Whether OPM will decide the claim itself or send it back to the carrier to reconsider on the merits.
- The allowed amount; whether the clinic billed her: not in the case.

## Traps
- **Timeliness is the first issue:** the request was in time; the letter must show delivery 09/08 < 09/10.
- **Do not file with the carrier again** and do not count a new 6 months.
- **90 days from the decision's date**, not from its receipt; not "6 months" for OPM.
- The course is over: no expedited review, nothing to continue. The response (PHQ-9 22 to 9) is a result, not a
  reason to deny.
- No suicidal ideation.

## Arguments a strong letter makes (strongest first)
1. Request OPM review by 02/01/2027 of the carrier's 11/03/2026 decision.
2. The reconsideration was timely: sent 09/04, delivered 09/08/2026 (tracking record), within 6 months of
   03/10/2026; ask OPM to find it timely.
3. On the merits: MP-TMS-08 asks for two trials from different classes; the record shows four in three classes;
   correct the EOB's statement; ask that the claim be paid.

## What a letter must NOT say
- "untimely" or "late" about her request (except quoting the carrier); "good cause" as the main ground.
- "external review", "independent review organization", "ERISA", "29 CFR 2560.503-1", "Medicare".
- "6 months" as OPM's window; "reconsider" addressed to the carrier as this letter's request.
- "suicidal ideation" as present; "continue treatment during the appeal".
''',
answers=[
 ("Date of the original denial?", "Date: 03/10/2026", "denial/explanation-of-benefits-2026-03-10.txt"),
 ("Carrier's window for reconsideration?", "within 6 months from the date of this notice", "denial/explanation-of-benefits-2026-03-10.txt"),
 ("When was the reconsideration sent?", "09/04/2026 3:18 p.m.", "other/usps-tracking-record-2026-09-08.txt"),
 ("When was it delivered?", "09/08/2026 10:42 a.m.", "other/usps-tracking-record-2026-09-08.txt"),
 ("What date did the carrier say it received it?", "received on 09/21/2026", "denial/carrier-reconsideration-decision-2026-11-03.txt"),
 ("Date of the carrier's decision?", "RECONSIDERATION DECISION      Date: 11/03/2026", "denial/carrier-reconsideration-decision-2026-11-03.txt"),
 ("Deadline for OPM review?", "02/01/2027", "truth"),
 ("Rule for OPM review?", "5 CFR 890.105(e)(1)", "truth"),
 ("Last day of the 6 months?", "09/10/2026", "truth"),
 ("Where does the OPM request go?", "OPM Health Insurance Review Unit (FICTIONAL)", "denial/carrier-reconsideration-decision-2026-11-03.txt"),
 ("Tracking number?", "9407 1118 9956 2201 4470 18", "other/usps-tracking-record-2026-09-08.txt"),
 ("Number of sessions?", "90868 x36", "denial/explanation-of-benefits-2026-03-10.txt"),
 ("Policy criterion?", "at least two antidepressant trials from different classes", "other/medical-policy-mp-tms-08-excerpt.txt"),
 ("How many trials and classes?", "Four adequate trials, three classes", "clinical/psychiatrist-summary-2025-12-15.txt"),
 ("Response to the course?", "PHQ-9 from 22 before the course to 9 at its end", "case.yaml"),
 ("Who writes?", "relation: patient", "case.yaml"),
],
)

C03 = dict(
slug="03-original-medicare-psych-testing-qic-reconsideration-180-days-from-presumed-receipt-wife-cms1696",
yaml=r'''
# FICTIONAL CASE (set 103, case 03) - every person, plan, provider, number and address is invented.
# Original Medicare Part B, Arizona. Neuropsychological testing on 06/15/2026 (96132, 96133, 96136, 96137) denied
# (PR-50); the contractor's redetermination of 09/28/2026 upheld it. Next: QIC reconsideration, 180 days after
# receipt of the redetermination, receipt presumed 5 days after its date: by 04/01/2027 (03/27/2027 counted from
# the date itself, the safe date). The wife writes as appointed representative (CMS-1696 signed 07/01/2026).
patient:
  name: Harold Quintanilla
  salutation: Mr. Quintanilla
  date_of_birth: 1953-02-17
  member_id: FICT-MBI-4QX7-TR2-KL55
  address: |-
    7120 East Camelback Road, Unit 14
    Scottsdale, AZ 85251
  phone: (480) 555-0137
insurer:
  name: Desert Southwest Medicare Administrative Contractor, Jurisdiction F (FICTIONAL)
  appeals_address: |-
    Desert Southwest MAC, Part B Redeterminations (FICTIONAL)
    PO Box 33150
    Phoenix, AZ 85067
  fax: (602) 555-0119
claim:
  number: "5526167004411"
  plan_type: medicare
  notice_date: 2026-07-09
  service_dates: [2026-06-15]
  procedure_codes: ["96132", "96133", "96136", "96137"]
  diagnosis_codes: [R41.81, F33.1]
  carc_codes: [PR-50]
  denial_reason: >-
    Medicare does not pay for this service because it is not reasonable and necessary. The records do not show
    a change in memory or thinking that testing would evaluate.
  denial_category: medical_necessity
  abn_given: false
  action: none
  corrections:
    - said: The records do not show a change in memory or thinking that testing would evaluate.
      record: >-
        The primary care referral of 05/02/2026 records a 6-month decline reported by his wife, two missed
        medication doses a week and a MoCA of 22 of 30, down from 27 in 2024, and asks testing to tell depression
        from an early neurocognitive disorder.
      file: clinical/pcp-referral-2026-05-02.txt
      page: 1
decisions:
  - date: 2026-09-28
    outcome: denied
    stage: redetermination
    opens: QIC reconsideration
    next_deadline: 2027-04-01
    reason: >-
      The redetermination is unfavorable. The documentation does not show a change in cognition. The
      testing is not reasonable and necessary.
external_review:
  agency: Western Qualified Independent Contractor, Part B (FICTIONAL)
  address: |-
    Western QIC Part B Reconsiderations (FICTIONAL)
    PO Box 45090
    Salt Lake City, UT 84145
  final_denial_date: 2026-09-28
template: external-review-request
treatment:
  name: Neuropsychological testing on 06/15/2026 (96132, 96133, 96136, 96137)
  summary: >-
    Testing ordered to tell a late-life depression from an early neurocognitive disorder after a measured decline
    in memory; the results changed his treatment.
clinical:
  severity: MoCA 22 of 30 on 05/02/2026 (27 in 2024); PHQ-9 14 on 05/02/2026
  severity_date: 2026-05-02
  suicidality: none
  suicidality_date: 2026-05-02
author:
  name: Margarita Quintanilla
  role: Wife, appointed representative (form CMS-1696 signed 07/01/2026)
  relation: representative
  address: |-
    7120 East Camelback Road, Unit 14
    Scottsdale, AZ 85251
  phone: (480) 555-0137
  authorization: other/cms-1696-appointment-of-representative-2026-07-01.txt
provider:
  name: Sonoran Neuropsychology Associates
  credentials: Lillian Abernathy-Cho, PhD, ABPP-CN
  npi: "1563209844"
  address: |-
    9800 North 92nd Street, Suite 115
    Scottsdale, AZ 85258
  phone: (480) 555-0163
record_dates:
  - file: clinical/pcp-referral-2026-05-02.txt
    date: 2026-05-02
    submitted: false
  - file: clinical/neuropsychological-report-2026-06-22.txt
    date: 2026-06-22
bates_prefix: QUINTANILLA
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
docs={
"denial/medicare-summary-notice-2026-07-09.txt": r'''
MEDICARE SUMMARY NOTICE - FICTIONAL RENDITION, Part B                           Notice date: 07/09/2026
Harold Quintanilla   Medicare number FICT-MBI-4QX7-TR2-KL55                                     Page 1 of 1
Claim 5526167004411   Sonoran Neuropsychology Associates   06/15/2026   96132, 96133, 96136, 96137
Medicare approved: $0.00   Maximum you may be billed: $1,284.00
Medicare does not pay for this service because it is not reasonable and necessary. The records do not show a
change in memory or thinking that testing would evaluate. (PR-50)
If you disagree, ask for a redetermination within 120 days of the date you get this notice.
''',
"denial/redetermination-notice-2026-09-28.txt": r'''
DESERT SOUTHWEST MAC (FICTIONAL) - MEDICARE REDETERMINATION NOTICE             Date of notice: 09/28/2026
Beneficiary: Harold Quintanilla   Claim 5526167004411   Appellant: Margarita Quintanilla (appointed representative)
Decision: The redetermination is unfavorable. The documentation does not show a change in cognition. The testing
is not reasonable and necessary.
Records we reviewed: the claim and the test report summary page. No referral note was received.
Next level: If you disagree, you may ask for a reconsideration by the Qualified Independent Contractor within 180
days of receiving this notice. We presume you received it 5 days after the date above. Send it to: Western QIC
Part B Reconsiderations (FICTIONAL), PO Box 45090, Salt Lake City, UT 84145. You should submit all evidence with
your request: evidence not submitted at reconsideration may be excluded at later levels unless you show good cause.
''',
"clinical/pcp-referral-2026-05-02.txt": r'''
CAMELBACK PRIMARY CARE (FICTIONAL) - REFERRAL NOTE                                          Date: 05/02/2026
Patient: Harold Quintanilla   DOB 02/17/1953   Referring: Tomasz Wierzbicki, MD, NPI 1402876530   Page 1 of 1
Wife reports 6 months of decline in memory; two missed medication doses a week. MoCA 22/30 today (27/30 in 2024).
PHQ-9 14; no suicidal ideation. Question: late-life depression versus early neurocognitive disorder (R41.81, F33.1).
Referral: neuropsychological testing.
''',
"clinical/neuropsychological-report-2026-06-22.txt": r'''
SONORAN NEUROPSYCHOLOGY ASSOCIATES (FICTIONAL) - NEUROPSYCHOLOGICAL EVALUATION REPORT      Date: 06/22/2026
Patient: Harold Quintanilla   Tested 06/15/2026   Lillian Abernathy-Cho, PhD, ABPP-CN   Page 1 of 1
Findings: memory retrieval weak with intact recognition; slowed processing; pattern most consistent with
depression-related cognitive change, not an amnestic neurocognitive disorder.
Recommendations: treat depression (sertraline increased by PCP 07/2026); repeat screening in 12 months.
''',
"other/cms-1696-appointment-of-representative-2026-07-01.txt": r'''
APPOINTMENT OF REPRESENTATIVE (form CMS-1696, FICTIONAL rendition)                           Page 1 of 1
I, Harold Quintanilla, Medicare number FICT-MBI-4QX7-TR2-KL55, appoint Margarita Quintanilla, my wife, to act as
my representative in connection with my claim or asserted right under Medicare for neuropsychological testing
on 06/15/2026.   Beneficiary signature: Harold Quintanilla   Date: 07/01/2026
I accept this appointment.   Representative signature: Margarita Quintanilla   Date: 07/01/2026
''',
},
truth=r'''
# 03 - Original Medicare: neuropsychological testing; QIC reconsideration after an unfavorable redetermination, 180 days from presumed receipt; wife with CMS-1696 (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Harold Quintanilla, 73, Original Medicare Part B (`medicare`), Arizona. Neuropsychological testing on
  **06/15/2026** (96132, 96133, 96136, 96137), denied on the MSN of **07/09/2026** (PR-50, "no change in memory
  or thinking shown"). "Maximum you may be billed: $1,284.00". No ABN was given.
- The redetermination (first level, filed by his wife) was decided **unfavorably on 09/28/2026**; it reviewed
  "the claim and the test report summary page. No referral note was received."
- **Level:** this letter is the request for **reconsideration by the QIC** (second level), addressed to the
  QIC the notice names - not a new redetermination, not an ALJ hearing.
- **Deadline and rule:** 180 days after receipt of the redetermination, receipt presumed 5 days after its date,
  42 CFR 405.962: **04/01/2027**; counted from the notice's own date (the safe date): **03/27/2027**.
  (docs/domain.md Appeal windows, Original Medicare row.)
- The referral note (05/02/2026) shows the change: a 6-month decline, MoCA **22/30, down from 27/30** in 2024.
- **Evidence rule:** evidence not submitted at the QIC level may be excluded later without good cause (42 CFR
  405.966): the letter should enclose the referral note and the full report now.
- **ABN:** none given, so the limitation on liability (Social Security Act 1879, 42 U.S.C. 1395pp) should be
  asked for in the alternative.
- **Author:** his wife, appointed representative by **form CMS-1696** signed 07/01/2026 by both; she writes
  about "Mr. Quintanilla".

## Deliberately unknown
- Whether there is a local coverage determination for this testing: no LCD is quoted in any notice.
- Whether the clinic has billed the $1,284.00: not stated.
- Why the referral note did not reach the contractor: not known.

## Traps
- **No plan terms:** Original Medicare has no plan; no "plan's policy", no "the plan's own terms".
- **Deadline:** a letter must not give "120 days" (that was the redetermination's) or "60 days" (ALJ).
- **The depression finding does not make the test unnecessary:** the test was ordered to tell depression
  from a neurocognitive disorder; the result answered that question.
- The report was written 06/22/2026, before the redetermination but it says only a "summary page" was
  reviewed; the referral note was never before the contractor.
- No suicidal ideation.

## Arguments a strong letter makes (strongest first)
1. Request QIC reconsideration (in time: by 03/27/2027 at the latest count), enclosing all evidence now.
2. Correct the decisions: the referral note documents the change (6-month decline, MoCA 27 to 22) and asks the
   question testing answers; the full report shows the testing changed care.
3. Alternatively, limitation on liability: no ABN was given, so he should not be liable.

## What a letter must NOT say
- "plan", "plan's policy", "Evidence of Coverage", "ERISA", "external review", "Medicaid".
- "redetermination" as what this letter asks for; "Administrative Law Judge" as this level.
- "120 days" as the window now; "60 days".
- "suicidal ideation"; that the patient has dementia.
''',
answers=[
 ("Date of the redetermination?", "Date of notice: 09/28/2026", "denial/redetermination-notice-2026-09-28.txt"),
 ("Window for the QIC?", "within 180 days of receiving this notice", "denial/redetermination-notice-2026-09-28.txt"),
 ("Presumed receipt rule?", "We presume you received it 5 days after the date above", "denial/redetermination-notice-2026-09-28.txt"),
 ("Deadline by the rule?", "04/01/2027", "truth"),
 ("Safe date from the notice's own date?", "03/27/2027", "truth"),
 ("Rule for the QIC window?", "42 CFR 405.962", "truth"),
 ("Where does the QIC request go?", "PO Box 45090, Salt Lake City, UT 84145", "denial/redetermination-notice-2026-09-28.txt"),
 ("What did the redetermination review?", "No referral note was received", "denial/redetermination-notice-2026-09-28.txt"),
 ("MoCA scores?", "MoCA 22/30 today (27/30 in 2024)", "clinical/pcp-referral-2026-05-02.txt"),
 ("Date of service?", "Tested 06/15/2026", "clinical/neuropsychological-report-2026-06-22.txt"),
 ("Maximum billed?", "Maximum you may be billed: $1,284.00", "denial/medicare-summary-notice-2026-07-09.txt"),
 ("ABN given?", "abn_given: false", "case.yaml"),
 ("Representative form and date?", "Date: 07/01/2026", "other/cms-1696-appointment-of-representative-2026-07-01.txt"),
 ("Evidence rule cited in truth?", "42 CFR 405.966", "truth"),
 ("Test finding?", "depression-related cognitive change, not an amnestic neurocognitive disorder", "clinical/neuropsychological-report-2026-06-22.txt"),
 ("Claim number?", "Claim 5526167004411", "denial/medicare-summary-notice-2026-07-09.txt"),
],
)

C04 = dict(
slug="04-medicare-advantage-ect-auth-on-file-notice-to-old-address-reconsideration-late-good-cause-son",
yaml=r'''
# FICTIONAL CASE (set 103, case 04) - every person, plan, provider, number and address is invented.
# Medicare Advantage HMO, Nevada. Three outpatient maintenance ECT treatments (08/2026) denied for payment as
# "no prior authorization on file" by a notice dated 10/02/2026, though authorization MA-AUTH-26-0730-4418
# (07/30/2026) covered them. The plan mailed the notice to the old address the member had replaced on 08/20;
# it reached him 11/30. The 65 days from the notice date ran out 12/06/2026: the reconsideration is late and asks
# for more time for good cause (42 CFR 422.582(c)). The son writes as appointed representative (CMS-1696).
patient:
  name: Walter Brzezinski
  salutation: Mr. Brzezinski
  date_of_birth: 1957-06-03
  member_id: FICT-MA-H8812-30571
  address: |-
    2650 Crimson Canyon Drive
    Henderson, NV 89052
  phone: (702) 555-0149
insurer:
  name: Silver Basin Medicare Advantage HMO (FICTIONAL)
  appeals_address: |-
    Silver Basin Health Plan, Medicare Appeals (FICTIONAL)
    PO Box 98120
    Las Vegas, NV 89193
  fax: (702) 555-0181
claim:
  number: SBH-26-0909-60215
  plan_type: medicare_advantage
  notice_date: 2026-10-02
  appeal_deadline: 2026-12-06
  deadline_basis: 42 CFR 422.582(b), 65 days from the date of the notice of 10/02/2026.
  notice_received:
    date: 2026-11-30
    proof: other/returned-envelope-and-forwarding-record-2026-11-30.txt
  service_dates: [2026-08-05, 2026-08-19, 2026-09-02]
  procedure_codes: ["90870"]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-197]
  denial_reason: >-
    Payment denied. No prior authorization on file for electroconvulsive therapy. (CO-197)
  denial_category: prior_authorization
  action: none
late_filing:
  reason: >-
    The plan mailed its notice of 10/02/2026 to my father's old address on Paradise Road although he had
    reported his new address to the plan on 08/20/2026 (call reference MS-26-0820-1193). The envelope came back
    to us through his former landlord only on 11/30/2026, after which I gathered the authorization and his signed
    appointment of representative.
  proof: [other/returned-envelope-and-forwarding-record-2026-11-30.txt, other/plan-address-change-confirmation-2026-08-20.txt]
prior_auth:
  approved:
    number: MA-AUTH-26-0730-4418
    date: 2026-07-30
    covers: up to 6 outpatient maintenance ECT treatments (90870), 08/01/2026 through 10/31/2026
    quote: "Approved: 90870, up to 6 treatments, 08/01/2026 through 10/31/2026."
    file: other/prior-authorization-approval-2026-07-30.txt
    what_went_wrong: not known; the approval letter carries the same member ID and provider
    lines:
      - {code: "90870", units: 6, given: 3}
treatment:
  name: Outpatient maintenance electroconvulsive therapy, 3 treatments (90870)
  summary: >-
    Monthly-to-biweekly maintenance ECT after an acute course in spring 2026 put a severe recurrent depression
    into remission; authorized in advance by the plan.
clinical:
  severity: PHQ-9 6 on 09/02/2026 (27 before the acute course in 03/2026)
  severity_date: 2026-09-02
  suicidality: none
  suicidality_date: 2026-09-02
author:
  name: Daniel Brzezinski
  role: Son, appointed representative (form CMS-1696 signed 12/02/2026)
  relation: representative
  address: |-
    418 Fairway Oaks Lane
    Henderson, NV 89014
  phone: (702) 555-0153
  email: dan.brz@familymail.example
  authorization: other/cms-1696-appointment-of-representative-2026-12-02.txt
provider:
  name: Red Rock Behavioral Health ECT Service
  credentials: Priya Natarajan-Holt, MD (psychiatry)
  npi: "1675190288"
  address: |-
    3100 West Sahara Avenue, Suite 300
    Las Vegas, NV 89102
  phone: (702) 555-0128
record_dates:
  - file: other/prior-authorization-approval-2026-07-30.txt
    date: 2026-07-30
bates_prefix: BRZEZINSKI
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
docs={
"denial/notice-of-denial-of-payment-2026-10-02.txt": r'''
SILVER BASIN MEDICARE ADVANTAGE HMO (FICTIONAL) - NOTICE OF DENIAL OF PAYMENT     Date: 10/02/2026   Page 1 of 1
To: Walter Brzezinski, 5521 Paradise Road, Apt 7, Las Vegas, NV 89119   Member ID FICT-MA-H8812-30571
Claim SBH-26-0909-60215   Red Rock Behavioral Health ECT Service   90870 on 08/05, 08/19 and 09/02/2026
Payment denied. No prior authorization on file for electroconvulsive therapy. (CO-197)
You may be responsible for the amount billed.
Your right to appeal: ask for a reconsideration within 65 days of the date of this notice. If you miss the
deadline, tell us why you are late; we may give you more time if you have a good reason.
''',
"other/prior-authorization-approval-2026-07-30.txt": r'''
SILVER BASIN MEDICARE ADVANTAGE HMO (FICTIONAL) - ORGANIZATION DETERMINATION: APPROVED       Date: 07/30/2026
Member: Walter Brzezinski   Member ID FICT-MA-H8812-30571   Authorization MA-AUTH-26-0730-4418   Page 1 of 1
Provider: Red Rock Behavioral Health ECT Service, NPI 1675190288
Approved: 90870, up to 6 treatments, 08/01/2026 through 10/31/2026.
''',
"other/plan-address-change-confirmation-2026-08-20.txt": r'''
SILVER BASIN HEALTH PLAN (FICTIONAL) - MEMBER SERVICES CONFIRMATION                          Date: 08/20/2026
Member: Walter Brzezinski   Member ID FICT-MA-H8812-30571   Call reference MS-26-0820-1193
We updated your mailing address to 2650 Crimson Canyon Drive, Henderson, NV 89052, effective 08/20/2026.
''',
"other/returned-envelope-and-forwarding-record-2026-11-30.txt": r'''
COPY OF ENVELOPE AND NOTE (FICTIONAL)
Envelope from Silver Basin Health Plan, postmarked OCT 03 2026, addressed to 5521 Paradise Road, Apt 7,
Las Vegas, NV 89119 (Mr. Brzezinski's former apartment). Handwritten by the former landlord: "Found in the
vacant unit's box, handed to the family 11/30/2026 - K. Ostrowe."
''',
"other/cms-1696-appointment-of-representative-2026-12-02.txt": r'''
APPOINTMENT OF REPRESENTATIVE (form CMS-1696, FICTIONAL rendition)                           Page 1 of 1
I, Walter Brzezinski, Medicare number FICT-MBI-7HW2-PL9-MM31, plan member ID FICT-MA-H8812-30571, appoint my son
Daniel Brzezinski to act as my representative in connection with my claim or asserted right under Medicare.
Beneficiary signature: Walter Brzezinski   Date: 12/02/2026
I accept this appointment.   Representative signature: Daniel Brzezinski   Date: 12/02/2026
''',
"clinical/ect-treatment-record-2026-09-02.txt": r'''
RED ROCK BEHAVIORAL HEALTH ECT SERVICE (FICTIONAL) - MAINTENANCE ECT RECORD              Date: 09/02/2026
Patient: Walter Brzezinski   DOB 06/03/1957   Priya Natarajan-Holt, MD   Page 1 of 1
Maintenance ECT under authorization MA-AUTH-26-0730-4418: 08/05, 08/19, 09/02/2026 (3 of 6 approved).
PHQ-9 6 today (27 before the acute course, 03/2026). No suicidal ideation. Next: every 3 weeks.
''',
},
truth=r'''
# 04 - Medicare Advantage: maintenance ECT denied "no authorization on file" though authorized; notice mailed to an old address; reconsideration after the 65 days, asking good cause; son with CMS-1696 (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Walter Brzezinski, 69, Silver Basin Medicare Advantage HMO (`medicare_advantage`), Nevada.
- The plan **approved** authorization **MA-AUTH-26-0730-4418** on 07/30/2026: 90870, up to 6 treatments,
  08/01-10/31/2026. Three treatments were given: **08/05, 08/19, 09/02/2026** (3 of 6, inside the dates).
- Notice of denial of payment dated **10/02/2026**: "No prior authorization on file" (CO-197).
- **Level:** first level, the plan **reconsideration** (payment), 42 CFR 422.582.
- **Deadline and rule:** 65 days from the date of the notice, 42 CFR 422.582(b): **12/06/2026**. Receipt does
  not move a Medicare Advantage window. The letter is written 12/08/2026: **the reconsideration is late**; the
  route is a request for more time for **good cause**, 42 CFR 422.582(c).
- Good cause: the plan mailed the notice to the **old address** though it had recorded the new one on
  **08/20/2026** (MS-26-0820-1193); the envelope reached the family **11/30/2026**.
- **Author:** his son, appointed by **form CMS-1696 signed 12/02/2026**; writes about "Mr. Brzezinski".

## Deliberately unknown
- Why the plan's claim system did not match the authorization.
- The day the clinic asked for the authorization (`prior_auth.requested_on`): only the approval of 07/30/2026 is
  in the case.
- Whether the clinic has billed Mr. Brzezinski (the notice says only "may be responsible").
- His Medicare number matters only on the CMS-1696; the plan uses the member ID.

## Traps
- **Never call the appeal timely** and never compute the deadline from receipt (11/30 + 65).
- **Authorization was on file:** the letter asks that it be honored, never a "retroactive authorization" and
  never explains why authorization was missing.
- Payment reconsideration: not expedited (care already given); the plan decides a payment reconsideration in 60
  days; an upheld denial goes to the IRE automatically.
- Remission (PHQ-9 6) is the purpose of maintenance ECT, not a reason against it.

## Arguments a strong letter makes (strongest first)
1. Say plainly that the request comes after 12/06/2026 and ask the plan to extend the time for good cause
   (422.582(c)), with the returned envelope and the plan's own address-change confirmation.
2. The plan approved MA-AUTH-26-0730-4418; the three dates fall inside 08/01-10/31/2026 and 3 of 6 treatments
   were used; ask the plan to honor it, pay the claim and correct its record.
3. Enclose the CMS-1696.

## What a letter must NOT say
- "timely", "within the 65 days", "February 3, 2027" (11/30 + 65) or any deadline counted from receipt.
- "retroactive authorization"; "medically necessary" as the main ground; "peer-to-peer".
- "ERISA", "external review", "Medicaid", "OPM".
''',
answers=[
 ("Notice date?", "NOTICE OF DENIAL OF PAYMENT     Date: 10/02/2026", "denial/notice-of-denial-of-payment-2026-10-02.txt"),
 ("Address the notice was sent to?", "5521 Paradise Road, Apt 7, Las Vegas, NV 89119", "denial/notice-of-denial-of-payment-2026-10-02.txt"),
 ("When did the plan record the new address?", "effective 08/20/2026", "other/plan-address-change-confirmation-2026-08-20.txt"),
 ("When did the notice reach the family?", "handed to the family 11/30/2026", "other/returned-envelope-and-forwarding-record-2026-11-30.txt"),
 ("Last day by the rule?", "12/06/2026", "truth"),
 ("Rule for the window?", "42 CFR 422.582(b)", "truth"),
 ("Rule for good cause?", "42 CFR 422.582(c)", "truth"),
 ("Authorization number?", "Authorization MA-AUTH-26-0730-4418", "other/prior-authorization-approval-2026-07-30.txt"),
 ("What did it approve?", "Approved: 90870, up to 6 treatments, 08/01/2026 through 10/31/2026.", "other/prior-authorization-approval-2026-07-30.txt"),
 ("Dates of service?", "90870 on 08/05, 08/19 and 09/02/2026", "denial/notice-of-denial-of-payment-2026-10-02.txt"),
 ("Units used of approved?", "3 of 6 approved", "clinical/ect-treatment-record-2026-09-02.txt"),
 ("CMS-1696 date?", "Beneficiary signature: Walter Brzezinski   Date: 12/02/2026", "other/cms-1696-appointment-of-representative-2026-12-02.txt"),
 ("Call reference for the address change?", "MS-26-0820-1193", "other/plan-address-change-confirmation-2026-08-20.txt"),
 ("Denial code?", "(CO-197)", "denial/notice-of-denial-of-payment-2026-10-02.txt"),
 ("Current PHQ-9?", "PHQ-9 6 today", "clinical/ect-treatment-record-2026-09-02.txt"),
 ("Is the reconsideration timely?", "the reconsideration is late", "truth"),
],
)

C05 = dict(
slug="05-self-funded-erisa-ect-expedited-appeal-undecided-72-hours-expedited-federal-external-review-psychiatrist",
yaml=r'''
# FICTIONAL CASE (set 103, case 05) - every person, plan, provider, number and address is invented.
# Self-funded ERISA employer plan, Indiana, 3,300 employees. An acute ECT course was denied before care
# (11/25/2026, urgent pre-service). The psychiatrist's expedited appeal was faxed 12/01/2026 10:05; 72 hours ran
# out 12/04/2026 10:05 with no decision; on 12/07 the administrator called it "in the standard queue, 30 days".
# The internal appeal is deemed exhausted; this letter asks for expedited external review under the federal
# process (29 CFR 2590.715-2719), which the plan must send to an accredited IRO. The treating psychiatrist writes.
patient:
  name: Colleen Marsh-Adebayo
  salutation: Ms. Marsh-Adebayo
  date_of_birth: 1992-01-28
  member_id: FICT-HWM-662019-01
  address: |-
    5530 North Delaware Street
    Indianapolis, IN 46220
  phone: (317) 555-0141
insurer:
  name: Hoosier Works Manufacturing Employee Health Plan, administered by Keystone Benefit Administrators (FICTIONAL)
  appeals_address: |-
    Keystone Benefit Administrators, Appeals (FICTIONAL)
    PO Box 8817
    Carmel, IN 46082
  fax: (317) 555-0192
claim:
  number: KBA-PC-26-1123-0419
  plan_type: employer_erisa
  funding: self_funded
  employees: 3300
  grandfathered: false
  notice_date: 2026-11-25
  urgent: true
  service_dates: []
  procedure_codes: ["90870"]
  diagnosis_codes: [F33.3]
  denial_reason: >-
    Precertification denied. Electroconvulsive therapy is not medically necessary: the member has not had an
    adequate trial of an antipsychotic with an antidepressant (Medical Policy UM-ECT-14, criterion 2).
  denial_category: medical_necessity
  action: none
  pending_services: 12
  corrections:
    - said: the member has not had an adequate trial of an antipsychotic with an antidepressant
      record: >-
        Aripiprazole 15 mg daily with sertraline 200 mg daily from 08/10/2026 to 10/05/2026 (8 weeks); psychotic
        symptoms persisted; then olanzapine 15 mg with sertraline from 10/06/2026, still psychotic on 11/20/2026.
      file: clinical/psychiatric-evaluation-2026-11-20.txt
      page: 1
submissions:
  - date: 2026-12-01
    method: fax
    to: Keystone Benefit Administrators, Appeals, fax (317) 555-0192
    stage: internal appeal (first level), expedited
    confirmation: fax transmission report, 12/01/2026 10:05, 9 pages, OK
    decision_due: 2026-12-04
    decision_basis: 72 hours for an urgent care claim, 29 CFR 2560.503-1(i)(2)(i)
    proof: [other/expedited-appeal-2026-12-01.txt, other/fax-transmission-report-2026-12-01.txt]
call_log:
  - date: 2026-12-07
    who: Keystone Benefit Administrators appeals line, representative "Jolene"
    reference: KBA-CALL-26-1207-3310
    summary: >-
      The appeal received 12/01/2026 is "in the standard queue"; a decision is expected "within 30 days". No
      decision has been issued.
external_review:
  agency: Federal external review process (29 CFR 2590.715-2719(d)), through an IRO the plan assigns
urgency:
  reason: >-
    Severe depression with psychotic features: she has eaten less than one meal a day for two weeks (weight down
    6 kg since 10/20/2026), believes she deserves to die and has stopped leaving the house; waiting 30 days for a
    standard decision could seriously jeopardize her life.
  certified_by: Dr. Anil Prakash-Whitford, MD
template: external-review-request
payer_criteria:
  - criterion: >-
      2. The member has not responded to an adequate trial (at least 6 weeks) of an antipsychotic combined with an
      antidepressant, or cannot tolerate one.
    how_met: >-
      Aripiprazole 15 mg daily with sertraline 200 mg daily from 08/10/2026 to 10/05/2026 (8 weeks) without change
      in the psychosis; olanzapine 15 mg with sertraline since 10/06/2026, still psychotic on 11/20/2026.
    met: true
    evidence: {file: clinical/psychiatric-evaluation-2026-11-20.txt, page: 1}
plan_policy:
  name: Keystone Benefit Administrators Medical Policy UM-ECT-14
  number: UM-ECT-14
  quote: >-
    2. The member has not responded to an adequate trial (at least 6 weeks) of an antipsychotic combined with an
    antidepressant, or cannot tolerate one.
  file: other/medical-policy-um-ect-14-excerpt.txt
treatment:
  name: Acute course of electroconvulsive therapy, up to 12 treatments (90870)
  summary: >-
    ECT for severe recurrent depression with psychotic features after an 8-week antipsychotic-antidepressant
    combination failed and a second combination is failing.
  plan: Three treatments a week for up to 12 treatments, cognitive screening weekly, stop at remission.
clinical:
  severity: MADRS 41 on 11/20/2026; weight down 6 kg since 10/20/2026
  severity_date: 2026-11-20
  suicidality: passive
  suicidality_date: 2026-11-20
  history:
    - {drug: Sertraline, dose: 200 mg daily, start: 2026-06, ongoing: true, kind: antidepressant, adequate: true, response: none, evidence: {file: clinical/psychiatric-evaluation-2026-11-20.txt, page: 1}}
    - {drug: Aripiprazole, dose: 15 mg daily, start: 2026-08-10, end: 2026-10-05, weeks: 8, kind: augmentation, adequate: true, failed: true, response: none, outcome: Psychotic symptoms persisted; stopped, evidence: {file: clinical/psychiatric-evaluation-2026-11-20.txt, page: 1}}
    - {drug: Olanzapine, dose: 15 mg daily, start: 2026-10-06, ongoing: true, kind: augmentation, response: none, outcome: Still psychotic at 6 weeks, evidence: {file: clinical/psychiatric-evaluation-2026-11-20.txt, page: 1}}
author:
  name: Dr. Anil Prakash-Whitford
  role: Treating psychiatrist
  relation: physician
  address: |-
    Meridian Hills Psychiatry, 8402 Harcourt Road, Suite 500
    Indianapolis, IN 46260
  phone: (317) 555-0126
  authorization: other/patient-consent-2026-11-30.txt
provider:
  name: Dr. Anil Prakash-Whitford
  credentials: MD, board-certified psychiatrist
  npi: "1827403910"
  address: |-
    8402 Harcourt Road, Suite 500
    Indianapolis, IN 46260
  phone: (317) 555-0126
peer_to_peer:
  availability: weekdays 7:30-8:30 am and 12-1 pm
record_dates:
  - file: clinical/psychiatric-evaluation-2026-11-20.txt
    date: 2026-11-20
    sent: 2026-12-01
    sent_proof: other/fax-transmission-report-2026-12-01.txt
bates_prefix: MARSHADEBAYO
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
docs={
"denial/precertification-denial-2026-11-25.txt": r'''
KEYSTONE BENEFIT ADMINISTRATORS (FICTIONAL) for the Hoosier Works Manufacturing Employee Health Plan
NOTICE OF ADVERSE BENEFIT DETERMINATION (URGENT PRE-SERVICE)                  Date: 11/25/2026   Page 1 of 1
Member: Colleen Marsh-Adebayo   ID FICT-HWM-662019-01   Reference KBA-PC-26-1123-0419   90870 x12
Precertification denied. Electroconvulsive therapy is not medically necessary: the member has not had an adequate
trial of an antipsychotic with an antidepressant (Medical Policy UM-ECT-14, criterion 2).
Reviewer: Gregory Tallis, DO, family medicine.
Appeal: within 180 days of receipt. Urgent appeals are decided within 72 hours. After our decision, or if we do
not follow these procedures, you may request external review. This plan is self-funded and not grandfathered.
''',
"other/expedited-appeal-2026-12-01.txt": r'''
EXPEDITED APPEAL (copy)                                                                 Date: 12/01/2026
To: Keystone Benefit Administrators, Appeals, fax (317) 555-0192. Re: KBA-PC-26-1123-0419, Colleen Marsh-Adebayo.
I ask for an expedited appeal of the 11/25/2026 denial of ECT. As her treating psychiatrist I certify that waiting
for a standard decision could seriously jeopardize her life. Enclosed: evaluation of 11/20/2026 (6 pages).
Anil Prakash-Whitford, MD
''',
"other/fax-transmission-report-2026-12-01.txt": r'''
FAX TRANSMISSION REPORT (FICTIONAL)   Meridian Hills Psychiatry
12/01/2026 10:05   To (317) 555-0192   Pages 9   Duration 02:41   Result OK
''',
"other/medical-policy-um-ect-14-excerpt.txt": r'''
KEYSTONE BENEFIT ADMINISTRATORS (FICTIONAL) MEDICAL POLICY UM-ECT-14 (excerpt)                    Page 1 of 1
ECT is medically necessary for major depressive disorder when:
2. The member has not responded to an adequate trial (at least 6 weeks) of an antipsychotic combined with an
antidepressant, or cannot tolerate one.
''',
"other/patient-consent-2026-11-30.txt": r'''
PATIENT CONSENT (FICTIONAL)                                                              Date: 11/30/2026
I, Colleen Marsh-Adebayo, authorize Dr. Anil Prakash-Whitford to appeal the denial of ECT (KBA-PC-26-1123-0419)
for me, including any external review, and to receive information about it.   Signed: Colleen Marsh-Adebayo
''',
"clinical/psychiatric-evaluation-2026-11-20.txt": r'''
MERIDIAN HILLS PSYCHIATRY (FICTIONAL) - PSYCHIATRIC EVALUATION                              Date: 11/20/2026
Patient: Colleen Marsh-Adebayo   DOB 01/28/1992   Anil Prakash-Whitford, MD, NPI 1827403910   Page 1 of 6
Major depressive disorder, recurrent, severe with psychotic features (F33.3). MADRS 41.
Nihilistic delusions; believes she deserves to die; passive death wishes, no plan. Eats less than one meal a day;
weight down 6 kg since 10/20/2026.
Sertraline 200 mg daily since 06/2026. Aripiprazole 15 mg added 08/10/2026-10/05/2026 (8 weeks): no change in
psychosis. Olanzapine 15 mg since 10/06/2026: still psychotic. Recommend ECT, up to 12 treatments.
''',
},
truth=r'''
# 05 - Self-funded ERISA plan: expedited appeal of a pre-service ECT denial never decided in 72 hours; expedited external review on deemed exhaustion; the treating psychiatrist writes (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Colleen Marsh-Adebayo, 34, self-funded ERISA employer plan (3,300 employees, not grandfathered), Indiana.
- Urgent precertification for up to 12 ECT treatments denied **11/25/2026** (UM-ECT-14 criterion 2; reviewer a
  family-medicine DO). No ECT given yet.
- Expedited appeal **faxed 12/01/2026 10:05** (9 pages, OK). The plan's 72 hours (29 CFR 2560.503-1(i)(2)(i))
  ran out **12/04/2026**; no decision; on 12/07 the administrator said "standard queue, 30 days".
- **Level:** the internal appeal is **deemed exhausted** (29 CFR 2560.503-1(l); 29 CFR 2590.715-2719(b)(2)(ii)(F));
  this letter asks for **expedited external review** under the federal process for self-funded plans
  (29 CFR 2590.715-2719(d)), through an accredited IRO the plan assigns.
- **Deadline:** external review within 4 months of the adverse determination: counted from the only notice,
  11/25/2026, the earliest count ends **03/25/2027**; counted from the day the time ran out, 04/04/2027. Filed
  12/08/2026, it is in time on any count; the letter need not stress a date.
- The record shows the criterion met: **aripiprazole 15 mg + sertraline, 8 weeks**, no response; olanzapine now
  failing.
- **Author:** the treating psychiatrist, who certified urgency, with the patient's consent (11/30/2026).

## Deliberately unknown
- Which IRO will be assigned; whether the plan will now decide the appeal after all.
- Whether the plan received the fax in its appeals unit (only the fax report and the 12/07 call show it).

## Traps
- **Not another internal appeal** and not "please decide our appeal": the plan's 72 hours are gone.
- **Federal process, DOL rule:** cite 29 CFR 2590.715-2719 for this self-funded plan, not only 45 CFR 147.136;
  no state insurance department external review.
- **Olanzapine is ongoing**, not "failed" yet; **aripiprazole** is the adequate failed combination (8 weeks).
- Suicidality is **passive** (no plan); the emergency is psychosis and starvation.
- A 30-day "standard queue" is not the rule for a certified urgent claim.

## Arguments a strong letter makes (strongest first)
1. The expedited appeal was sent 12/01 (fax report); 72 hours ran out 12/04; no decision: internal appeal
   deemed exhausted; ask the plan to assign an accredited IRO for **expedited** external review now.
2. Criterion 2 is met: 8 weeks of aripiprazole with sertraline without response (evaluation of 11/20/2026).
3. Urgency certified by the treating psychiatrist: weight loss, delusions, a 30-day wait could jeopardize her life.
4. The reviewer was a family physician, not a psychiatrist: ask that a psychiatrist decide.

## What a letter must NOT say
- "second level", "we request that you reconsider within 30 days", "standard appeal".
- "state insurance department" as the external reviewer; "Medicaid"; "Medicare".
- "failed olanzapine"; "active suicidal ideation"; "suicide plan".
''',
answers=[
 ("Date of the precertification denial?", "Date: 11/25/2026", "denial/precertification-denial-2026-11-25.txt"),
 ("When was the expedited appeal faxed?", "12/01/2026 10:05", "other/fax-transmission-report-2026-12-01.txt"),
 ("Fax result?", "Pages 9   Duration 02:41   Result OK", "other/fax-transmission-report-2026-12-01.txt"),
 ("When did the 72 hours run out?", "decision_due: 2026-12-04", "case.yaml"),
 ("What did the administrator say on 12/07?", "in the standard queue", "case.yaml"),
 ("What level is this letter?", "expedited external review", "truth"),
 ("Which federal rule governs external review?", "29 CFR 2590.715-2719(d)", "truth"),
 ("Earliest external review deadline?", "03/25/2027", "truth"),
 ("Policy criterion?", "adequate trial (at least 6 weeks) of an antipsychotic combined with an", "other/medical-policy-um-ect-14-excerpt.txt"),
 ("Aripiprazole trial dates?", "Aripiprazole 15 mg added 08/10/2026-10/05/2026 (8 weeks)", "clinical/psychiatric-evaluation-2026-11-20.txt"),
 ("Reviewer specialty?", "Gregory Tallis, DO, family medicine", "denial/precertification-denial-2026-11-25.txt"),
 ("MADRS?", "MADRS 41", "clinical/psychiatric-evaluation-2026-11-20.txt"),
 ("Weight loss?", "weight down 6 kg since 10/20/2026", "clinical/psychiatric-evaluation-2026-11-20.txt"),
 ("Is the plan grandfathered?", "self-funded and not grandfathered", "denial/precertification-denial-2026-11-25.txt"),
 ("Consent date?", "PATIENT CONSENT (FICTIONAL)                                                              Date: 11/30/2026", "other/patient-consent-2026-11-30.txt"),
 ("Treatments asked?", "90870 x12", "denial/precertification-denial-2026-11-25.txt"),
],
)

C06 = dict(
slug="06-marketplace-sep-effective-date-keyed-a-month-late-co26-first-internal-appeal-husband-representative",
yaml=r'''
# FICTIONAL CASE (set 103, case 06) - every person, plan, provider, number and address is invented.
# Individual Marketplace Silver plan, insured, Georgia. After her employer coverage ended 09/30/2026 she chose
# this plan on 09/24/2026 (special enrollment period for loss of coverage); the Marketplace's eligibility notice
# gives coverage from 10/01/2026 and the first premium was paid 09/26. The issuer keyed 11/01/2026 and denied four
# October visits as "expenses incurred before coverage began" (CO-26) on 11/30/2026. First (only) internal appeal,
# 180 days after receipt: by 05/29/2027 counted from the notice date. Her husband writes, with her authorization.
patient:
  name: Aaliyah Montgomery-Reyes
  salutation: Ms. Montgomery-Reyes
  date_of_birth: 1986-12-09
  member_id: FICT-PCH-90441726
  address: |-
    1187 Lakewood Terrace SE
    Atlanta, GA 30315
  phone: (404) 555-0152
  email: aaliyah.mr@letterbox.example
insurer:
  name: Peachtree Choice Health Silver 3500 (FICTIONAL individual Marketplace plan)
  appeals_address: |-
    Peachtree Choice Health, Member Appeals (FICTIONAL)
    PO Box 106620
    Atlanta, GA 30348
  fax: (404) 555-0175
claim:
  number: PCH-26-1104-55802
  plan_type: individual_aca
  student: false
  notice_date: 2026-11-30
  service_dates: [2026-10-05, 2026-10-12, 2026-10-19, 2026-10-26]
  procedure_codes: ["90837"]
  diagnosis_codes: [F43.10]
  carc_codes: [CO-26]
  denial_reason: >-
    Expenses incurred prior to coverage. Our records show your coverage effective date as 11/01/2026. (CO-26)
  denial_category: other
  denial_reasons: [coverage_ended]
  coding_correct: true
  action: none
  corrections:
    - said: Our records show your coverage effective date as 11/01/2026.
      record: >-
        The Marketplace eligibility notice of 09/24/2026 gives a coverage start date of October 1, 2026 for this
        plan, and the issuer's own receipt shows the first premium ($212.40) paid on 09/26/2026 for October.
      file: [other/marketplace-eligibility-notice-2026-09-24.txt, other/first-premium-receipt-2026-09-26.txt]
      page: 1
eligibility:
  why: >-
    She chose the plan on 09/24/2026 after losing job-based coverage that ended 09/30/2026; the Marketplace set
    coverage from 10/01/2026 and she paid the October premium before that day.
  start: 2026-10-01
  coverage: the Peachtree Choice Health Silver 3500 plan
  record:
    name: Marketplace eligibility notice
    date: 2026-09-24
    file: other/marketplace-eligibility-notice-2026-09-24.txt
    page: 1
  proof: [other/marketplace-eligibility-notice-2026-09-24.txt, other/first-premium-receipt-2026-09-26.txt, other/employer-coverage-end-letter-2026-09-10.txt]
treatment:
  name: Outpatient trauma-focused psychotherapy, 4 visits in October 2026 (90837)
  summary: >-
    Weekly psychotherapy for post-traumatic stress disorder; the care itself is not in question, only whether the
    coverage was in force.
clinical:
  severity: PCL-5 54 on 10/05/2026
  severity_date: 2026-10-05
  suicidality: none
  suicidality_date: 2026-10-05
author:
  name: Marcus Reyes
  role: Husband, authorized representative
  relation: representative
  address: |-
    1187 Lakewood Terrace SE
    Atlanta, GA 30315
  phone: (404) 555-0159
  authorization: other/authorized-representative-form-2026-12-03.txt
provider:
  name: Grant Park Counseling Collaborative
  credentials: Yvette Okonkwo-Bell, LPC (in network)
  npi: "1159384720"
  address: |-
    560 Cherokee Avenue SE, Suite 2
    Atlanta, GA 30312
  phone: (404) 555-0134
bates_prefix: MONTGOMERYREYES
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
docs={
"denial/explanation-of-benefits-2026-11-30.txt": r'''
PEACHTREE CHOICE HEALTH (FICTIONAL) - EXPLANATION OF BENEFITS                     Date: 11/30/2026   Page 1 of 1
Member: Aaliyah Montgomery-Reyes   ID FICT-PCH-90441726   Claim PCH-26-1104-55802
Provider: Grant Park Counseling Collaborative (in network), NPI 1159384720
90837 on 10/05, 10/12, 10/19, 10/26/2026   Billed $760.00   Paid $0.00   Your responsibility $760.00
CO-26. Expenses incurred prior to coverage. Our records show your coverage effective date as 11/01/2026.
Appeals: you may file an internal appeal within 180 days after you receive this notice. After our decision you
may ask for an external review.
''',
"other/marketplace-eligibility-notice-2026-09-24.txt": r'''
HEALTH INSURANCE MARKETPLACE - ELIGIBILITY AND ENROLLMENT NOTICE (FICTIONAL rendition)     Date: 09/24/2026
Applicant: Aaliyah Montgomery-Reyes   Application FICT-APP-26-0924-71830                        Page 1 of 1
Special enrollment period: loss of qualifying coverage (job-based coverage ends 09/30/2026).
Plan selected 09/24/2026: Peachtree Choice Health Silver 3500. Coverage start date: October 1, 2026.
''',
"other/first-premium-receipt-2026-09-26.txt": r'''
PEACHTREE CHOICE HEALTH (FICTIONAL) - PAYMENT RECEIPT                                     Date: 09/26/2026
Subscriber: Aaliyah Montgomery-Reyes   Member ID FICT-PCH-90441726   Confirmation PAY-26-0926-33019
Amount $212.40 applied to: premium for coverage month October 2026 (binder payment).
''',
"other/employer-coverage-end-letter-2026-09-10.txt": r'''
BRIDGEWELL LOGISTICS (FICTIONAL) - HUMAN RESOURCES                                       Date: 09/10/2026
To: Aaliyah Montgomery-Reyes. Your medical coverage under the Bridgewell Logistics plan ends on 09/30/2026,
the last day of the month in which your employment ends (09/18/2026).
''',
"other/authorized-representative-form-2026-12-03.txt": r'''
PEACHTREE CHOICE HEALTH (FICTIONAL) - APPOINTMENT OF AUTHORIZED REPRESENTATIVE               Date: 12/03/2026
Member: Aaliyah Montgomery-Reyes, ID FICT-PCH-90441726. I appoint my husband, Marcus Reyes, to file and pursue
my appeal of claim PCH-26-1104-55802 and to receive information about it.   Signed: Aaliyah Montgomery-Reyes
''',
"clinical/intake-assessment-2026-10-05.txt": r'''
GRANT PARK COUNSELING COLLABORATIVE (FICTIONAL) - INTAKE ASSESSMENT                        Date: 10/05/2026
Client: Aaliyah Montgomery-Reyes   DOB 12/09/1986   Yvette Okonkwo-Bell, LPC   Page 1 of 1
PTSD (F43.10) after a workplace assault (06/2026). PCL-5 54. Denies suicidal ideation. Plan: weekly 53-minute
trauma-focused sessions.
''',
},
truth=r'''
# 06 - Marketplace plan: coverage start keyed a month late (CO-26) after a loss-of-coverage special enrollment; first internal appeal; husband as authorized representative (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Aaliyah Montgomery-Reyes, individual Marketplace Silver plan (`individual_aca`, insured, not a student plan),
  Georgia.
- Job-based coverage ended **09/30/2026**; she selected this plan **09/24/2026** under a loss-of-coverage
  special enrollment period; the Marketplace notice gives **coverage start October 1, 2026** (plan chosen before
  the loss: coverage from the first of the month after the loss, 45 CFR 155.420(b)(2)(iv)).
- The October premium (binder) of **$212.40 was paid 09/26/2026** (issuer's own receipt).
- The issuer's EOB of **11/30/2026** denies four in-network visits, **10/05, 10/12, 10/19, 10/26/2026** (90837,
  $760.00), CO-26 "coverage effective date as 11/01/2026". Every date falls on or after 10/01/2026.
- **Level:** the first (and only) internal appeal for individual coverage; external review after.
- **Deadline and rule:** 180 days after receipt of the notice, 45 CFR 147.136(b)(3) (applying 29 CFR
  2560.503-1(h)(3)(i)): **05/29/2027**, counted from the notice date.
- **Author:** her husband, authorized representative (issuer's own form, 12/03/2026); he writes about
  "Ms. Montgomery-Reyes".

## Deliberately unknown
- Why the issuer keyed 11/01: not known (a letter may ask, not assert).
- Whether the Marketplace sent the issuer the correct start date (the enrollment transaction is not in the case).

## Traps
- **Not medical necessity:** no clinical reviewer, no peer-to-peer, no criteria.
- **Not a rescission or a grace period:** premiums were paid in advance; no 156.270 grace period argument.
- **Not ERISA:** her old employer plan is irrelevant except for the date it ended; no COBRA argument.
- No network issue: the provider is in network; no 45 CFR 156.230.
- **Voice:** the husband writes; not "my therapy".

## Arguments a strong letter makes (strongest first)
1. The Marketplace's own notice sets coverage from **10/01/2026**; every denied date falls within it; correct the
   effective date and reprocess the claim.
2. The issuer's own receipt shows the October premium paid 09/26/2026.
3. The employer letter shows the earlier coverage ended 09/30/2026 (no gap, no overlap).

## What a letter must NOT say
- "medically necessary", "peer-to-peer", "clinical reviewer".
- "grace period", "rescission", "COBRA", "ERISA", "Medicaid", "Medicare".
- "45 CFR 156.230"; "11/01/2026" as the true start date.
''',
answers=[
 ("EOB date?", "EXPLANATION OF BENEFITS                     Date: 11/30/2026", "denial/explanation-of-benefits-2026-11-30.txt"),
 ("Effective date the issuer used?", "coverage effective date as 11/01/2026", "denial/explanation-of-benefits-2026-11-30.txt"),
 ("Coverage start on the Marketplace notice?", "Coverage start date: October 1, 2026", "other/marketplace-eligibility-notice-2026-09-24.txt"),
 ("Plan selection date?", "Plan selected 09/24/2026", "other/marketplace-eligibility-notice-2026-09-24.txt"),
 ("When did job-based coverage end?", "ends on 09/30/2026", "other/employer-coverage-end-letter-2026-09-10.txt"),
 ("First premium paid?", "Amount $212.40 applied to: premium for coverage month October 2026", "other/first-premium-receipt-2026-09-26.txt"),
 ("Payment confirmation?", "PAY-26-0926-33019", "other/first-premium-receipt-2026-09-26.txt"),
 ("Dates denied?", "90837 on 10/05, 10/12, 10/19, 10/26/2026", "denial/explanation-of-benefits-2026-11-30.txt"),
 ("Amount at stake?", "Billed $760.00", "denial/explanation-of-benefits-2026-11-30.txt"),
 ("Appeal deadline?", "05/29/2027", "truth"),
 ("Rule for the deadline?", "45 CFR 147.136(b)(3)", "truth"),
 ("Rule for the SEP start date?", "45 CFR 155.420(b)(2)(iv)", "truth"),
 ("Representative form date?", "APPOINTMENT OF AUTHORIZED REPRESENTATIVE               Date: 12/03/2026", "other/authorized-representative-form-2026-12-03.txt"),
 ("Denial code?", "CO-26", "denial/explanation-of-benefits-2026-11-30.txt"),
 ("Is the provider in network?", "Grant Park Counseling Collaborative (in network)", "denial/explanation-of-benefits-2026-11-30.txt"),
 ("Level?", "the first (and only) internal appeal", "truth"),
],
)

C07 = dict(
slug="07-tricare-prime-adult-dependent-iop-pa-never-decided-father-request-returned-90-days-from-notice-father-appointed",
yaml=r'''
# FICTIONAL CASE (set 103, case 07) - every person, plan, provider, number and address is invented.
# TRICARE Prime, active-duty family member aged 19, Virginia. IOP 09/02-09/25/2026: the program faxed a request
# for authorization 08/28 that was never decided; claims denied 10/05/2026 "no authorization on file". Her father
# (the sponsor) asked for reconsideration 11/10 in his own name; the contractor returned it 11/20 ("the beneficiary
# is 18 or older; an appointment of representative is required") and wrote "90 days from the date of this
# letter". The rule counts 90 days from the 10/05/2026 notice: by 01/03/2027. She appointed him 12/05/2026.
patient:
  name: Sofia Kalani-Brandt
  salutation: Ms. Kalani-Brandt
  date_of_birth: 2007-03-03
  member_id: FICT-DBN-1190452873
  address: |-
    3405 Shore Drive, Apt 2B
    Virginia Beach, VA 23451
  phone: (757) 555-0144
insurer:
  name: Tidewater Federal Health Services, TRICARE East regional contractor (FICTIONAL)
  appeals_address: |-
    Tidewater Federal Health Services, TRICARE Appeals (FICTIONAL)
    PO Box 203550
    Norfolk, VA 23510
  fax: (757) 555-0186
claim:
  number: TFH-26-0930-88127
  plan_type: tricare
  notice_date: 2026-10-05
  appeal_deadline: 2027-01-03
  deadline_basis: 32 CFR 199.10, 90 days from the date of the initial determination of 10/05/2026.
  service_dates: [2026-09-02, 2026-09-25]
  sessions: 16
  setting: intensive_outpatient
  procedure_codes: [S9480]
  diagnosis_codes: [F50.20]
  carc_codes: [CO-197]
  denial_reason: >-
    No authorization on file. Intensive outpatient program services require prior authorization. (CO-197)
  denial_category: prior_authorization
  action: none
prior_auth:
  requested_on: 2026-08-28
  never_decided: true
  reference: fax to the contractor's utilization management line, 08/28/2026 14:22, 7 pages, OK
  proof: other/ua-request-fax-report-2026-08-28.txt
submissions:
  - date: 2026-11-10
    method: mail
    to: Tidewater Federal Health Services, TRICARE Appeals
    stage: reconsideration (returned unprocessed, not signed by an appealing party)
    confirmation: contractor letter of 11/20/2026, RET-26-1120-0457
    proof: other/contractor-return-letter-2026-11-20.txt
treatment:
  name: Eating disorder intensive outpatient program, 16 program days, 09/02/2026-09/25/2026 (S9480)
  summary: >-
    Four half-days a week of eating-disorder treatment for bulimia nervosa, stepped down from a partial
    hospitalization program; authorization was asked before the first day.
clinical:
  severity: 9 binge-purge episodes a week on 08/25/2026; 1 a week on 09/25/2026
  severity_date: 2026-09-25
  suicidality: none
  suicidality_date: 2026-09-25
  response: binge-purge episodes from 9 a week at admission to 1 a week at discharge
author:
  name: Lt. Cmdr. Erik Brandt, USN
  role: Father and sponsor, appointed representative (appointment signed 12/05/2026)
  relation: representative
  address: |-
    1220 Laskin Road
    Virginia Beach, VA 23451
  phone: (757) 555-0161
  email: e.brandt@homefront.example
  authorization: other/appointment-of-representative-2026-12-05.txt
provider:
  name: Chesapeake Eating Disorder Center
  credentials: Program medical director Nadia Ferrante, MD; TRICARE network
  npi: "1336057181"
  address: |-
    700 Newtown Road, Suite 150
    Norfolk, VA 23502
  phone: (757) 555-0139
record_dates:
  - file: clinical/iop-discharge-summary-2026-09-25.txt
    date: 2026-09-25
bates_prefix: KALANIBRANDT
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
docs={
"denial/tricare-eob-2026-10-05.txt": r'''
TIDEWATER FEDERAL HEALTH SERVICES (FICTIONAL) - TRICARE EXPLANATION OF BENEFITS     Date: 10/05/2026   Page 1 of 1
Beneficiary: Sofia Kalani-Brandt   DBN FICT-DBN-1190452873   Sponsor: Erik Brandt   TRICARE Prime
Claim TFH-26-0930-88127   Chesapeake Eating Disorder Center   S9480, 16 days, 09/02/2026-09/25/2026
Billed $9,600.00   Paid $0.00   CO-197
No authorization on file. Intensive outpatient program services require prior authorization.
Appeal: You may request a reconsideration. Your request must be postmarked or received within 90 days of the
date of this notice.
''',
"other/ua-request-fax-report-2026-08-28.txt": r'''
FAX TRANSMISSION REPORT (FICTIONAL)   Chesapeake Eating Disorder Center
08/28/2026 14:22   To (757) 555-0188 (Tidewater Federal Health Services, Utilization Management)   Pages 7   OK
Cover: Authorization request, IOP (S9480), Sofia Kalani-Brandt, start 09/02/2026.
''',
"other/contractor-return-letter-2026-11-20.txt": r'''
TIDEWATER FEDERAL HEALTH SERVICES (FICTIONAL) - RETURNED CORRESPONDENCE      Date: 11/20/2026   Ref RET-26-1120-0457
To: Erik Brandt. We received your reconsideration request of 11/10/2026 for claim TFH-26-0930-88127. The
beneficiary is 18 or older. An appeal must be signed by the beneficiary or by a representative she appoints in
writing. We have not processed it. You may resubmit within 90 days from the date of this letter.
''',
"other/appointment-of-representative-2026-12-05.txt": r'''
APPOINTMENT OF REPRESENTATIVE (FICTIONAL)                                                   Date: 12/05/2026
I, Sofia Kalani-Brandt (DOB 03/03/2007), appoint my father, Erik Brandt, to appeal claim TFH-26-0930-88127 for me
and to receive my health information about it from TRICARE and its contractor.   Signed: Sofia Kalani-Brandt
''',
"clinical/iop-discharge-summary-2026-09-25.txt": r'''
CHESAPEAKE EATING DISORDER CENTER (FICTIONAL) - IOP DISCHARGE SUMMARY                       Date: 09/25/2026
Patient: Sofia Kalani-Brandt   DOB 03/03/2007   Nadia Ferrante, MD, NPI 1490728361   Page 1 of 1
Bulimia nervosa (F50.20). Admitted to IOP 09/02/2026 from PHP; 16 program days through 09/25/2026.
Binge-purge episodes 9/week at PHP discharge (08/25/2026), 1/week at IOP discharge. Potassium normal. No
suicidal ideation. Authorization request faxed to the contractor 08/28/2026; no decision was received.
''',
},
truth=r'''
# 07 - TRICARE Prime: adult dependent's eating-disorder IOP denied "no authorization on file" though asked and never decided; the father's first request returned; reconsideration due 90 days from the notice (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Sofia Kalani-Brandt, **19** (DOB 03/03/2007), TRICARE Prime active-duty family member, Virginia.
- IOP for bulimia nervosa, **16 program days, 09/02-09/25/2026** (S9480). The program faxed an authorization
  request **08/28/2026** (before the first day); the contractor **never decided it**.
- EOB of **10/05/2026**: "No authorization on file" (CO-197), $9,600.00.
- Her father (sponsor) mailed a reconsideration in his own name 11/10; the contractor **returned it unprocessed**
  on **11/20/2026**: she is an adult; he needs her written appointment. She appointed him **12/05/2026**.
- **Level:** first level, **reconsideration by the regional contractor** (32 CFR 199.10). A returned request was
  never a decided reconsideration.
- **Deadline and rule:** 90 days from the date of the initial determination (postmarked or received), 32 CFR
  199.10: **01/03/2027**. The return letter's "90 days from the date of this letter" (02/18/2027) is not the
  rule and must not be relied on (docs/domain.md, TRICARE row).
- **Author:** her father, now her appointed representative; he writes about "Ms. Kalani-Brandt", not as a parent
  of a minor.

## Deliberately unknown
- Why the 08/28 request was never decided (lost fax, misfiled): not known.
- Which next level applies if the contractor upholds (formal review by the Defense Health Agency for a
  non-medical-necessity denial, or the TQMC if it turns the decision into a medical-necessity one): depends on
  the reconsideration decision.

## Traps
- **Parent of an adult:** a letter must not claim authority as a parent; the appointment is the authority.
- **Deadline:** 01/03/2027, not 02/18/2027; and not "60 days" or "180 days".
- **Request made before care:** argue that authorization was asked 08/28 and never decided; ask the contractor
  to decide the request on its merits, not to grant a "retroactive authorization" for care given without a
  request.
- Care is over (discharged 09/25): nothing to continue, nothing expedited.
- No suicidal ideation.

## Arguments a strong letter makes (strongest first)
1. Reconsideration in time (by 01/03/2027), with the appointment of 12/05/2026; note the earlier request of
   11/10 and its return.
2. Authorization was requested 08/28/2026 (fax report, 7 pages OK) before the first day, and never decided: ask
   that it be decided on its merits and the claim paid.
3. The care worked (9 to 1 episodes a week) and followed a PHP step-down.

## What a letter must NOT say
- "02/18/2027" or "February 18, 2027" as the deadline.
- "as her parent" as authority; "minor".
- "retroactive authorization" as what was missing; "failed to request authorization".
- "ERISA", "external review", "OPM", "Medicaid", "Medicare".
''',
answers=[
 ("EOB date?", "TRICARE EXPLANATION OF BENEFITS     Date: 10/05/2026", "denial/tricare-eob-2026-10-05.txt"),
 ("Window printed on the EOB?", "postmarked or received within 90 days of the", "denial/tricare-eob-2026-10-05.txt"),
 ("True deadline?", "01/03/2027", "truth"),
 ("Rule?", "32 CFR 199.10", "truth"),
 ("Date the return letter names?", "within 90 days from the date of this letter", "other/contractor-return-letter-2026-11-20.txt"),
 ("Why was the father's request returned?", "The beneficiary is 18 or older", "other/contractor-return-letter-2026-11-20.txt"),
 ("Return letter reference?", "Ref RET-26-1120-0457", "other/contractor-return-letter-2026-11-20.txt"),
 ("Appointment date?", "APPOINTMENT OF REPRESENTATIVE (FICTIONAL)                                                   Date: 12/05/2026", "other/appointment-of-representative-2026-12-05.txt"),
 ("When was authorization asked?", "08/28/2026 14:22", "other/ua-request-fax-report-2026-08-28.txt"),
 ("Fax result?", "Pages 7   OK", "other/ua-request-fax-report-2026-08-28.txt"),
 ("Program dates?", "S9480, 16 days, 09/02/2026-09/25/2026", "denial/tricare-eob-2026-10-05.txt"),
 ("Amount billed?", "Billed $9,600.00", "denial/tricare-eob-2026-10-05.txt"),
 ("Patient age/DOB?", "DOB 03/03/2007", "clinical/iop-discharge-summary-2026-09-25.txt"),
 ("Response?", "1/week at IOP discharge", "clinical/iop-discharge-summary-2026-09-25.txt"),
 ("Was the request decided?", "no decision was received", "clinical/iop-discharge-summary-2026-09-25.txt"),
 ("Level?", "reconsideration by the regional contractor", "truth"),
],
)

C08 = dict(
slug="08-church-plan-self-funded-ocd-iop-final-denial-says-60-days-external-review-4-months-patient",
yaml=r'''
# FICTIONAL CASE (set 103, case 08) - every person, plan, provider, number and address is invented.
# Church plan outside ERISA, self-funded, not grandfathered, Ohio, 1,600 employees. OCD intensive outpatient
# program with exposure and response prevention (S9480), 20 program days 04/06-05/15/2026, denied; level 1 upheld;
# the level-2 final internal denial of 08/14/2026 says "external review within 60 days of this letter" (10/13).
# The rule gives 4 months after receipt (26 CFR 54.9815-2719); counted from the letter's date, by 12/14/2026.
# The patient writes ("I").
patient:
  name: Nathaniel Oduya-Kerr
  salutation: Mr. Oduya-Kerr
  date_of_birth: 1988-05-14
  member_id: FICT-CFB-300871
  address: |-
    44 Brookside Lane
    Dublin, OH 43017
  phone: (614) 555-0145
  email: n.oduyakerr@postbox.example
insurer:
  name: Covenant Fellowship Benefits Plan, administered by Lakeshore Church Benefits Office (FICTIONAL)
  appeals_address: |-
    Lakeshore Church Benefits Office, Appeals (FICTIONAL)
    PO Box 14090
    Columbus, OH 43214
  fax: (614) 555-0173
claim:
  number: CFB-26-0522-10447
  plan_type: church
  funding: self_funded
  employees: 1600
  grandfathered: false
  notice_date: 2026-06-02
  service_dates: [2026-04-06, 2026-05-15]
  sessions: 20
  setting: intensive_outpatient
  procedure_codes: [S9480]
  diagnosis_codes: [F42.2]
  carc_codes: [CO-50]
  denial_reason: >-
    Intensive outpatient treatment is not medically necessary. Weekly outpatient exposure therapy is an
    appropriate lower level of care. (Level of Care Guideline LOC-IOP-5)
  denial_category: medical_necessity
  denial_reasons: [level_of_care]
  action: none
decisions:
  - date: 2026-07-01
    outcome: denied
    stage: internal appeal (first level)
    opens: second level
    reason: The denial is upheld. Weekly outpatient exposure therapy was appropriate.
  - date: 2026-08-14
    outcome: denied
    stage: internal appeal (second level, final)
    opens: external review
    reason: >-
      This is the plan's final decision. The records do not show that weekly outpatient exposure therapy was
      tried. You may request external review within 60 days of this letter.
    corrections:
      - said: The records do not show that weekly outpatient exposure therapy was tried.
        record: >-
          Twenty-four weekly sessions of exposure and response prevention with a psychologist, 07/2025 to
          01/2026; Y-BOCS 31 at the start and 30 at the end.
        file: clinical/outpatient-erp-summary-2026-02-03.txt
        page: 1
external_review:
  agency: Federal external review process for church plans (26 CFR 54.9815-2719(d)), through an IRO the plan assigns
  final_denial_date: 2026-08-14
template: external-review-request
payer_criteria:
  - criterion: >-
      Intensive outpatient treatment is appropriate when the member's symptoms have not improved with an adequate
      course of weekly outpatient treatment, or when the member's functioning requires more than weekly care.
    how_met: >-
      24 weekly sessions of exposure and response prevention with a psychologist, 07/2025 to 01/2026, with Y-BOCS
      31 at the start and 30 at the end: an adequate weekly course without improvement.
    met: true
    evidence: {file: clinical/outpatient-erp-summary-2026-02-03.txt, page: 1}
alternatives:
  - treatment: Weekly outpatient exposure therapy
    level: weekly outpatient exposure therapy
    name: weekly exposure and response prevention (Worthington Psychology Group)
    why_not: >-
      Tried for 24 weekly sessions from 07/2025 to 01/2026 with Y-BOCS 31 at the start and 30 at the end: no
      improvement.
    proof: clinical/outpatient-erp-summary-2026-02-03.txt
plan_policy:
  name: Covenant Fellowship Benefits Plan Level of Care Guideline LOC-IOP-5
  number: LOC-IOP-5
  quote: >-
    Intensive outpatient treatment is appropriate when the member's symptoms have not improved with an adequate
    course of weekly outpatient treatment, or when the member's functioning requires more than weekly care.
  file: other/loc-iop-5-excerpt.txt
  other_terms: >-
    Section 11.4: If your final internal appeal is denied, you may request an external review within four months
    after you receive our final decision. This Plan is not a grandfathered health plan.
  other_terms_file: other/plan-document-section-11-excerpt.txt
treatment:
  name: OCD intensive outpatient program with exposure and response prevention, 20 program days (S9480)
  summary: >-
    Three-hour program days, five a week for four weeks, for severe obsessive-compulsive disorder after 24 weekly
    outpatient exposure sessions brought no change.
clinical:
  severity: Y-BOCS 30 on 04/06/2026; Y-BOCS 17 on 05/15/2026
  severity_date: 2026-05-15
  suicidality: none
  suicidality_date: 2026-05-15
  response: Y-BOCS from 30 at admission to 17 at discharge
  history:
    - {drug: Weekly outpatient exposure and response prevention, kind: psychotherapy, start: 2025-07, end: 2026-01, sessions: 24, adequate: true, failed: true, response: none, evidence: {file: clinical/outpatient-erp-summary-2026-02-03.txt, page: 1}}
    - {drug: Fluvoxamine, dose: 300 mg daily, start: 2025-03, ongoing: true, kind: antidepressant, response: partial, evidence: {file: clinical/outpatient-erp-summary-2026-02-03.txt, page: 1}}
author:
  name: Nathaniel Oduya-Kerr
  relation: patient
provider:
  name: Scioto Anxiety and OCD Program
  credentials: Rebecca Lindqvist-Mora, PhD (program director)
  npi: "1629503743"
  address: |-
    1500 Lake Shore Drive, Suite 200
    Columbus, OH 43204
  phone: (614) 555-0127
record_dates:
  - file: clinical/outpatient-erp-summary-2026-02-03.txt
    date: 2026-02-03
bates_prefix: ODUYAKERR
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
docs={
"denial/initial-denial-2026-06-02.txt": r'''
LAKESHORE CHURCH BENEFITS OFFICE (FICTIONAL) for the Covenant Fellowship Benefits Plan     Date: 06/02/2026
Member: Nathaniel Oduya-Kerr   ID FICT-CFB-300871   Claim CFB-26-0522-10447   S9480 x20, 04/06-05/15/2026
Intensive outpatient treatment is not medically necessary. Weekly outpatient exposure therapy is an appropriate
lower level of care. (Level of Care Guideline LOC-IOP-5)   CO-50. Appeal within 180 days of receipt.
''',
"denial/final-internal-denial-2026-08-14.txt": r'''
LAKESHORE CHURCH BENEFITS OFFICE (FICTIONAL) - SECOND-LEVEL APPEAL DECISION             Date: 08/14/2026
Member: Nathaniel Oduya-Kerr   Claim CFB-26-0522-10447                                   Page 1 of 1
This is the plan's final decision. The records do not show that weekly outpatient exposure therapy was tried.
Reviewer: Aaron Feldt, MD, psychiatry.
You may request external review within 60 days of this letter. Send requests to Lakeshore Church Benefits
Office, Appeals, PO Box 14090, Columbus, OH 43214.
''',
"other/plan-document-section-11-excerpt.txt": r'''
COVENANT FELLOWSHIP BENEFITS PLAN (FICTIONAL) - PLAN DOCUMENT (excerpt)                           Page 58 of 90
Section 11.4: If your final internal appeal is denied, you may request an external review within four months
after you receive our final decision. This Plan is not a grandfathered health plan.
''',
"other/loc-iop-5-excerpt.txt": r'''
COVENANT FELLOWSHIP BENEFITS PLAN (FICTIONAL) LEVEL OF CARE GUIDELINE LOC-IOP-5 (excerpt)          Page 1 of 1
Intensive outpatient treatment is appropriate when the member's symptoms have not improved with an adequate
course of weekly outpatient treatment, or when the member's functioning requires more than weekly care.
''',
"clinical/outpatient-erp-summary-2026-02-03.txt": r'''
WORTHINGTON PSYCHOLOGY GROUP (FICTIONAL) - TREATMENT SUMMARY                               Date: 02/03/2026
Client: Nathaniel Oduya-Kerr   DOB 05/14/1988   Joel Abara, PsyD   Page 1 of 1
Obsessive-compulsive disorder (F42.2). 24 weekly sessions of exposure and response prevention, 07/2025-01/2026.
Y-BOCS 31 at start, 30 at end: no meaningful change. Fluvoxamine 300 mg daily (prescribed since 03/2025), partial.
Recommendation: intensive outpatient OCD program.
''',
"clinical/iop-discharge-summary-2026-05-15.txt": r'''
SCIOTO ANXIETY AND OCD PROGRAM (FICTIONAL) - IOP DISCHARGE SUMMARY                         Date: 05/15/2026
Patient: Nathaniel Oduya-Kerr   Rebecca Lindqvist-Mora, PhD   Page 1 of 1
20 program days, 04/06/2026-05/15/2026. Y-BOCS 30 at admission, 17 at discharge. No suicidal ideation.
Step-down: weekly outpatient exposure therapy.
''',
},
truth=r'''
# 08 - Church plan (self-funded, not grandfathered): OCD IOP; the final internal denial says "60 days" for external review; the rule and the plan give 4 months; the patient writes (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Nathaniel Oduya-Kerr, church plan outside ERISA (`church`), self-funded, **not grandfathered** (plan document
  11.4), 1,600 employees, Ohio.
- OCD IOP with exposure and response prevention, **20 program days, 04/06-05/15/2026** (S9480), denied
  06/02/2026 (LOC-IOP-5, "lower level of care"); level 1 upheld 07/01/2026; **level 2, the final internal
  denial, 08/14/2026**: "weekly outpatient exposure therapy" not shown as tried.
- The record shows **24 weekly ERP sessions** (07/2025-01/2026), Y-BOCS 31 to 30: an adequate weekly course
  without improvement, which is LOC-IOP-5's own condition.
- **Level:** internal appeals are exhausted; this letter is the request for **external review**: the federal
  process for a self-funded church plan, 26 CFR 54.9815-2719(d), through an IRO the plan assigns.
- **Deadline and rule:** 4 months after receipt of the final internal denial (26 CFR 54.9815-2719; the plan's own
  Section 11.4 says the same). Receipt is not recorded, so counted from the letter's date 08/14/2026:
  **12/14/2026**. The letter's "60 days" (to 10/13/2026) is shorter than the rule and the plan's own document;
  a request made 12/08/2026 is **in time**.
- **Author:** the patient: "I".

## Deliberately unknown
- When he received the 08/14 decision (which would move the 4 months later).
- Which IRO the plan will assign.
- Whether the first-level reviewer was a psychiatrist: not stated.

## Traps
- **Do not call the request late** or ask for good cause because of the notice's 60 days.
- **Not ERISA:** no 29 CFR 2560.503-1 as governing law, no Labor Department complaint; cite 26 CFR 54.9815-2719.
- **Not a state external review** for a self-funded church plan; not insured.
- **Not a third internal level.**
- Psychotherapy is not a medication trial; fluvoxamine continues (partial).
- The response in the IOP (Y-BOCS 30 to 17) shows benefit, not that less care would have sufficed.

## Arguments a strong letter makes (strongest first)
1. Request external review, in time: 4 months under 26 CFR 54.9815-2719 and plan document 11.4 (by 12/14/2026
   at the earliest count); the 60 days the decision prints are shorter than the rule allows.
2. Correct the final decision: 24 weekly ERP sessions were tried without change (Y-BOCS 31 to 30), which meets
   LOC-IOP-5 in its own words.
3. The IOP worked (Y-BOCS 30 to 17) and stepped down to weekly care.

## What a letter must NOT say
- "late", "untimely", "good cause", "10/13/2026" as the deadline.
- "ERISA", "29 CFR 2560.503-1" as governing, "Department of Labor", "Medicaid", "Medicare".
- "third-level appeal", "reconsider" addressed to the plan as this letter's request.
- "failed fluvoxamine"; "suicidal ideation" as present.
''',
answers=[
 ("Date of the final internal denial?", "SECOND-LEVEL APPEAL DECISION             Date: 08/14/2026", "denial/final-internal-denial-2026-08-14.txt"),
 ("Window the decision prints?", "external review within 60 days of this letter", "denial/final-internal-denial-2026-08-14.txt"),
 ("Window in the plan document?", "within four months after you receive our final decision", "other/plan-document-section-11-excerpt.txt"),
 ("Grandfathered?", "This Plan is not a grandfathered health plan.", "other/plan-document-section-11-excerpt.txt"),
 ("Deadline?", "12/14/2026", "truth"),
 ("Rule?", "26 CFR 54.9815-2719", "truth"),
 ("When did the notice's 60 days end?", "10/13/2026", "truth"),
 ("What did the final decision say was missing?", "The records do not show that weekly outpatient exposure therapy was tried.", "denial/final-internal-denial-2026-08-14.txt"),
 ("Weekly ERP sessions?", "24 weekly sessions of exposure and response prevention, 07/2025-01/2026", "clinical/outpatient-erp-summary-2026-02-03.txt"),
 ("Y-BOCS during weekly ERP?", "Y-BOCS 31 at start, 30 at end", "clinical/outpatient-erp-summary-2026-02-03.txt"),
 ("Y-BOCS in the IOP?", "Y-BOCS 30 at admission, 17 at discharge", "clinical/iop-discharge-summary-2026-05-15.txt"),
 ("Guideline condition?", "have not improved with an adequate", "other/loc-iop-5-excerpt.txt"),
 ("Program days?", "S9480 x20, 04/06-05/15/2026", "denial/initial-denial-2026-06-02.txt"),
 ("First-level decision date?", "date: 2026-07-01", "case.yaml"),
 ("Final reviewer?", "Aaron Feldt, MD, psychiatry", "denial/final-internal-denial-2026-08-14.txt"),
 ("Is the request in time?", "is **in time**", "truth"),
],
)

CASES = [C01, C02, C03, C04, C05, C06, C07, C08]

APPEAL_KIT = "/work/main/.venv/bin/appeal-kit"
DOC_HEAD = "FICTIONAL - invented for a blind test set (set 103); not a real person, plan, clinic or number.\n\n"
DOC_TAIL = "\nFICTIONAL DOCUMENT - end.\n"


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def luhn_npi(npi):
    digits = "80840" + npi
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


PHONE_RE = re.compile(r"(?<![\d.])(?:\(\d{3}\)\s?|\b1-\d{3}-|\b\d{3}[-.])?\b\d{3}-\d{4}\b")  # not a CFR section
FULL_PHONE_RE = re.compile(r"^(?:\(\d{3}\)\s?|1-\d{3}-|\d{3}[-.])555-01\d\d$")
EMAIL_RE = re.compile(r"[\w.+-]+@([\w-]+\.)+[\w-]+")


def text_problems(label, text):
    probs = []
    for m in PHONE_RE.finditer(text):
        tok = m.group(0)
        if not FULL_PHONE_RE.match(tok):
            probs.append(f"{label}: phone-like number not a full 555-01xx number: {tok!r}")
    for m in EMAIL_RE.finditer(text):
        if not m.group(0).endswith(".example"):
            probs.append(f"{label}: e-mail not on .example: {m.group(0)}")
    for m in re.finditer(r"NPI:?\s*\"?(\d{10})", text):
        if not luhn_npi(m.group(1)):
            probs.append(f"{label}: NPI fails Luhn: {m.group(1)}")
    for m in re.finditer(r"npi:\s*\"(\d+)\"", text):
        if len(m.group(1)) != 10 or not luhn_npi(m.group(1)):
            probs.append(f"{label}: NPI fails Luhn: {m.group(1)}")
    return probs


def doc_paths(obj):
    """Every string value in case.yaml that names a case document."""
    out = set()
    if isinstance(obj, dict):
        for v in obj.values():
            out |= doc_paths(v)
    elif isinstance(obj, list):
        for v in obj:
            out |= doc_paths(v)
    elif isinstance(obj, str) and re.fullmatch(r"(denial|clinical|other)/[\w.\-]+\.txt", obj.strip()):
        out.add(obj.strip())
    return out


def build(case):
    slug = case["slug"]
    folder = HERE / slug
    if folder.exists():
        shutil.rmtree(folder)
    for sub in ("denial", "clinical", "other"):
        (folder / sub).mkdir(parents=True)
    (folder / "case.yaml").write_text(case["yaml"].lstrip("\n"))
    for rel, body in case["docs"].items():
        (folder / rel).write_text(DOC_HEAD + body.strip("\n") + "\n" + DOC_TAIL)
    (HERE / f"{slug}.truth.md").write_text(case["truth"].lstrip("\n"))
    return folder


def selfcheck(case, folder):
    probs = []
    slug = case["slug"]
    yaml_text = (folder / "case.yaml").read_text()
    try:
        data = YAML(typ="safe").load(io.StringIO(yaml_text))
    except Exception as e:  # noqa: BLE001
        return [f"{slug}: case.yaml does not parse: {e}"]
    if "FICTIONAL" not in yaml_text.splitlines()[0]:
        probs.append(f"{slug}: case.yaml first line lacks FICTIONAL")
    truth_text = (HERE / f"{slug}.truth.md").read_text()
    if "FICTIONAL" not in truth_text.splitlines()[0]:
        probs.append(f"{slug}: truth first line lacks FICTIONAL")
    heads = ["## What is true", "## Deliberately unknown", "## Traps", "## Arguments a strong letter makes",
             "## What a letter must NOT say"]
    pos = [truth_text.find(h) for h in heads]
    if -1 in pos or pos != sorted(pos):
        probs.append(f"{slug}: truth headings missing or out of order")
    written = {str(p.relative_to(folder)) for p in folder.rglob("*.txt")}
    for p in sorted(doc_paths(data) - written):
        probs.append(f"{slug}: case.yaml names {p}, not written")
    for p in sorted(written):
        if not (folder / p).read_text().startswith("FICTIONAL"):
            probs.append(f"{slug}: {p} lacks FICTIONAL header")
    texts = {"case.yaml": yaml_text, "truth": truth_text}
    texts.update({p: (folder / p).read_text() for p in written})
    for label, t in texts.items():
        probs += text_problems(f"{slug}/{label}", t)
    if len(case["answers"]) != 16:
        probs.append(f"{slug}: {len(case['answers'])} expected answers, not 16")
    for q, a, doc in case["answers"]:
        if doc not in texts:
            probs.append(f"{slug}: answer names unknown document {doc}")
        elif norm(a) not in norm(texts[doc]):
            probs.append(f"{slug}: answer {a!r} (to {q!r}) not printed in {doc}")
    return probs


def main(argv):
    check = "--check" in argv
    wanted = [a for a in argv if a != "--check"]
    cases = [c for c in CASES if not wanted or c["slug"][:2] in wanted]
    problems, n_ans = [], 0
    for case in cases:
        folder = build(case)
        problems += selfcheck(case, folder)
        n_ans += len(case["answers"])
    print(f"{len(cases)} cases, {n_ans} expected answers, {len(problems)} problems")
    for p in problems:
        print("  PROBLEM:", p)
    rc = 1 if problems else 0
    if check:
        out, bad = [], 0
        for case in cases:
            r = subprocess.run([APPEAL_KIT, "check", str(HERE / case["slug"])], capture_output=True, text=True)
            out.append(f"===== {case['slug']} (exit {r.returncode})\n{r.stdout}{r.stderr}")
            bad += r.returncode != 0
        name = "check-output.txt" if not wanted else "check-output-partial.txt"
        (HERE / name).write_text("\n".join(out))
        print(f"appeal-kit check: {len(cases) - bad} of {len(cases)} exit 0 (see {name})")
        if bad:
            rc = 1
    return rc


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
