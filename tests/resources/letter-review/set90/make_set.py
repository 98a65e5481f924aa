#!/usr/bin/env python3
"""FICTIONAL blind test set 90 (issue 18, process emphasis) for appeal-kit letters.

Rewrites every case folder and truth file in this folder from the data below, then self-checks.
Usage: /work/main/.venv/bin/python make_set.py [--check] [NN ...]
All people, plans, providers, numbers and addresses are invented (FICTIONAL).
"""
import io, re, shutil, subprocess, sys
from pathlib import Path
from ruamel.yaml import YAML

HERE = Path(__file__).resolve().parent
APPEAL_KIT = "/work/main/.venv/bin/appeal-kit"
HEADER = "FICTIONAL - invented for a blind test set (set 90); not a real person, plan, clinic or number."
FOOTER = "FICTIONAL DOCUMENT - end."
HEADINGS = ["What is true", "Deliberately unknown", "Traps", "Arguments a strong letter makes",
            "What a letter must NOT say"]
CASES = []


def case(**kw):
    CASES.append(kw)

# ---------------------------------------------------------------- cases

# 01 ------------------------------------------------------------------
case(
num="01",
slug="medicaid-managed-care-network-gap-psychiatry-fair-hearing-notice-says-90-days-legal-aid",
yaml=r'''# FICTIONAL CASE (set 90, case 01) - every person, plan, provider, number and address is invented.
# Colorado Medicaid managed care plan. Pre-service request for 6 visits with an out-of-network psychiatrist
# (network gap) denied 09/14/2026; plan appeal upheld by notice of resolution 11/02/2026, which says "90 days"
# for a State Fair Hearing. The rule is 120 calendar days (42 CFR 438.408(f)(2)): by 03/02/2027.
# A legal aid staff attorney asks for the State Fair Hearing with the member's signed authorization.
patient:
  name: Delphine Okafor-Ruiz
  salutation: Ms. Okafor-Ruiz
  date_of_birth: 1982-06-19
  member_id: FICT-MCD-70418853
  address: |-
    412 Cedar Hollow Road
    Salida, CO 81201
  phone: (719) 555-0147
insurer:
  name: Front Range Community Health Plan (FICTIONAL Medicaid managed care plan)
  appeals_address: |-
    Front Range Community Health Plan, Member Appeals (FICTIONAL)
    PO Box 22817
    Pueblo, CO 81003
  fax: (719) 555-0163
claim:
  number: FR-UM-26-0914-5521
  plan_type: medicaid
  delivery: managed_care
  notice_date: 2026-09-14
  procedure_codes: ["99214"]
  diagnosis_codes: [F31.4]
  denial_reason: >-
    The requested provider, Dr. Anselm Varga, is not in the Front Range Community Health Plan network. In-network
    psychiatric providers are available. Out-of-network services are not authorized.
  denial_category: out_of_network
  denial_reasons: [out_of_network]
  action: none
  appeal_deadline: 2027-03-02
  deadline_basis: >-
    42 CFR 438.408(f)(2): a State Fair Hearing may be requested no later than 120 calendar days from the date of
    the plan's notice of resolution (11/02/2026). The notice's "90 days" is shorter than the rule.
decisions:
  - date: 2026-11-02
    outcome: denied
    stage: plan appeal (first level)
    opens: state fair hearing
    next_deadline: 2027-03-02
    reason: >-
      Your appeal is denied. Front Range has in-network psychiatric providers in your region. You did not show that
      in-network care was not available.
    corrections:
      - said: You did not show that in-network care was not available.
        record: >-
          The member's call log and the plan's own care coordinator note record three in-network psychiatric
          practices contacted between 08/03/2026 and 08/21/2026: two had no new-patient appointment before
          12/2026 and one was not accepting Front Range members; the care coordinator wrote on 08/24/2026 that no
          in-network psychiatrist within 60 miles had an opening within 30 days.
        file: [other/member-call-log-2026-08.txt, other/care-coordinator-note-2026-08-24.txt]
        page: 1
submissions:
  - date: 2026-09-28
    method: fax
    stage: plan appeal (first level)
    confirmation: FR-APL-26-0928-0419
external_review:
  agency: Colorado State Fair Hearing Office (FICTIONAL address for this test)
  address: |-
    State Fair Hearing Office (FICTIONAL)
    1700 Lincoln Plaza, Suite 410
    Denver, CO 80203
  final_denial_date: 2026-11-02
network:
  - name: Pueblo Behavioral Associates (in network)
    date: 2026-08-03
    outcome: no new-patient psychiatry appointment before 12/14/2026
    evidence: {file: other/member-call-log-2026-08.txt, page: 1}
  - name: Arkansas Valley Psychiatry (in network)
    date: 2026-08-10
    outcome: not accepting new Front Range members
    evidence: {file: other/member-call-log-2026-08.txt, page: 1}
  - name: Canon City Mental Health Clinic (in network)
    date: 2026-08-21
    outcome: waitlist, first psychiatry opening 01/2027
    evidence: {file: other/member-call-log-2026-08.txt, page: 1}
treatment:
  name: Psychiatric medication management with Dr. Anselm Varga, 6 visits (99214)
  summary: >-
    Medication management for bipolar I depression after a lithium level above range in 07/2026; the primary
    care physician asked for psychiatric care within 30 days.
clinical:
  severity: PHQ-9 21 on 08/28/2026
  severity_date: 2026-08-28
  suicidality: passive
  suicidality_date: 2026-08-28
  history:
    - drug: Lithium carbonate
      dose: 900 mg daily
      start: 2024-02
      end: 2026-07
      kind: other
      outcome: Stopped 07/2026 by primary care after a level of 1.6 mmol/L with tremor and confusion
      evidence: {file: clinical/primary-care-referral-2026-07-30.txt, page: 1}
author:
  name: Rosalind Achterberg
  role: Staff Attorney, Upper Arkansas Legal Aid (FICTIONAL) - authorized representative
  relation: representative
  address: |-
    Upper Arkansas Legal Aid (FICTIONAL), 118 F Street
    Salida, CO 81201
  phone: (719) 555-0122
  email: rachterberg@uala.example
  authorization: other/authorization-to-represent-2026-11-09.txt
provider:
  name: Anselm Varga, MD
  credentials: MD, psychiatry (not in the Front Range network)
  npi: "1643820974"
  address: |-
    27 Mesa Court
    Buena Vista, CO 81211
  phone: (719) 555-0138
template: external-review-request
bates_prefix: OKAFORRUIZ
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
docs={
"denial/notice-of-adverse-benefit-determination-2026-09-14.txt": '''FRONT RANGE COMMUNITY HEALTH PLAN (FICTIONAL) - NOTICE OF ADVERSE BENEFIT DETERMINATION
Date of notice: 09/14/2026                                                               Page 1 of 1
Member: Delphine Okafor-Ruiz   Member ID FICT-MCD-70418853   Reference FR-UM-26-0914-5521
Request: 6 office visits (99214) with Anselm Varga, MD, NPI 1643820974, received 09/08/2026.
Decision: DENIED. The requested provider, Dr. Anselm Varga, is not in the Front Range Community Health Plan
network. In-network psychiatric providers are available. Out-of-network services are not authorized.
Your right to appeal: ask us for an appeal within 60 days of the date of this notice, by phone or in writing, to
Member Appeals, PO Box 22817, Pueblo, CO 81003, fax (719) 555-0163.''',
"denial/notice-of-appeal-resolution-2026-11-02.txt": '''FRONT RANGE COMMUNITY HEALTH PLAN (FICTIONAL) - NOTICE OF APPEAL RESOLUTION
Date of notice: 11/02/2026                                                               Page 1 of 1
Member: Delphine Okafor-Ruiz   Member ID FICT-MCD-70418853   Appeal FR-APL-26-0928-0419 (received 09/28/2026)
Decision: Your appeal is denied. Front Range has in-network psychiatric providers in your region. You did not show
that in-network care was not available.
State Fair Hearing: If you disagree, you may ask for a State Fair Hearing within 90 days of the date of this letter.''',
"clinical/primary-care-referral-2026-07-30.txt": '''SALIDA FAMILY HEALTH (FICTIONAL) - REFERRAL NOTE                                 Date: 07/30/2026
Patient: Delphine Okafor-Ruiz   DOB 06/19/1982   Page 1 of 1
Bipolar I disorder, current episode depressed, severe, without psychotic features (F31.4).
Lithium carbonate 900 mg daily since 02/2024 stopped 07/2026 after a level of 1.6 mmol/L with tremor and confusion.
Request: psychiatric evaluation and medication management within 30 days. Passive wish to be dead, no plan.
Referral signed by Marguerite Olin, MD.''',
"clinical/psychiatry-intake-2026-08-28.txt": '''ANSELM VARGA, MD (FICTIONAL) - PSYCHIATRIC EVALUATION                            Date: 08/28/2026
Patient: Delphine Okafor-Ruiz   Page 1 of 1
PHQ-9 21 on 08/28/2026. Passive thoughts of death, no intent or plan. Off lithium since 07/2026.
Plan: six medication-management visits (99214) over 4 months; labs before any mood stabilizer restart.''',
"other/member-call-log-2026-08.txt": '''MEMBER CALL LOG - kept by Delphine Okafor-Ruiz                                  Page 1 of 1
08/03/2026  Pueblo Behavioral Associates (in network): no new-patient psychiatry appointment before 12/14/2026.
08/10/2026  Arkansas Valley Psychiatry (in network): not accepting new Front Range members.
08/21/2026  Canon City Mental Health Clinic (in network): waitlist, first psychiatry opening 01/2027.
08/24/2026  Front Range care coordinator, ref CC-26-0824-3310: said she would look for an opening.''',
"other/care-coordinator-note-2026-08-24.txt": '''FRONT RANGE COMMUNITY HEALTH PLAN (FICTIONAL) - CARE COORDINATION NOTE
Date: 08/24/2026   Reference CC-26-0824-3310   Page 1 of 1
Member: Delphine Okafor-Ruiz. Searched the directory for adult psychiatry within 60 miles: no in-network
psychiatrist within 60 miles had an opening within 30 days. Member told she may ask for an out-of-network request.
Coordinator: T. Barragan, RN.''',
"other/authorization-to-represent-2026-11-09.txt": '''AUTHORIZATION TO REPRESENT                                                     Date: 11/09/2026
I, Delphine Okafor-Ruiz (member ID FICT-MCD-70418853), authorize Rosalind Achterberg, Staff Attorney, Upper
Arkansas Legal Aid, to ask for a State Fair Hearing and to represent me in it and with Front Range Community Health
Plan about reference FR-UM-26-0914-5521.
Signed: Delphine Okafor-Ruiz''',
},
truth='''# 01 - Medicaid managed care: network gap for psychiatry; notice of resolution gives "90 days" for the State Fair Hearing; legal aid attorney (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Delphine Okafor-Ruiz, 44, Colorado Medicaid member in **Front Range Community Health Plan** (managed care).
- Pre-service request for **6 visits (99214) with Dr. Anselm Varga**, out of network, denied **09/14/2026** (reference
  FR-UM-26-0914-5521). Plan appeal filed **09/28/2026** (FR-APL-26-0928-0419); upheld by the **notice of appeal
  resolution of 11/02/2026**.
- **Stage: State Fair Hearing**, requested from the state, not the plan. **True deadline: 03/02/2027** = 120 calendar
  days from the notice of resolution, **42 CFR 438.408(f)(2)**. The notice says **"within 90 days"** (01/31/2027):
  shorter than the rule; filing before 01/31/2027 is still the safe course.
- The plan's own care coordinator (note of 08/24/2026, CC-26-0824-3310) wrote that **no in-network psychiatrist
  within 60 miles had an opening within 30 days**; the member contacted three in-network practices (08/03, 08/10,
  08/21/2026). A Medicaid plan that cannot provide a covered service in network must cover it out of network
  adequately and timely, **42 CFR 438.206(b)(4)**.
- Author: legal aid staff attorney, authorized representative (authorization of 11/09/2026).

## Deliberately unknown
- Colorado's own appointment-time standard for psychiatry: not in the case; a letter must not state a number of days
  as the state's standard.
- Whether Dr. Varga would accept the plan's rate or a single-case agreement.
- The hearing office's real address (the one given is FICTIONAL).

## Traps
- **Wrong window on the notice:** "90 days" is not the rule; never "the state sets between 90 and 120 days".
- **Stage:** this is not a second plan appeal; no "second-level"; Medicaid managed care has one plan appeal level.
- **Continuation of benefits (438.420)** does not apply: nothing already authorized was cut (`action: none`).
- **Not a medical-necessity denial:** no peer-to-peer, no clinical reviewer request as the main point.
- Lithium was stopped for toxicity: not a failed antidepressant trial. Suicidality is passive only.

## Arguments a strong letter makes (strongest first)
1. The plan's own care coordinator found no in-network psychiatrist within 60 miles with an opening within 30 days;
   the member's three calls confirm it. Under 42 CFR 438.206(b)(4) the plan must cover the visits out of network.
2. Correct the resolution's "You did not show that in-network care was not available" with the call log and the
   coordinator note.
3. The request is timely: 120 days from 11/02/2026 (42 CFR 438.408(f)(2)), by 03/02/2027.

## What a letter must NOT say
- "90 days" as the rule; "between 90 and 120"; "second-level appeal"; "external review"; "ERISA"; "29 CFR 2560.503-1".
- "Medicare"; "45 CFR 147.136"; "failed lithium" as an antidepressant trial; "active suicidal ideation".
- That no in-network psychiatrist exists (only that none could see her within a reasonable time).
''',
answers=[
("Which level is this appeal?", "State Fair Hearing", "denial/notice-of-appeal-resolution-2026-11-02.txt"),
("Date of the notice of appeal resolution?", "11/02/2026", "denial/notice-of-appeal-resolution-2026-11-02.txt"),
("What window does the notice wrongly give?", "within 90 days of the date of this letter", "denial/notice-of-appeal-resolution-2026-11-02.txt"),
("True last day to ask for the hearing?", "03/02/2027", "truth"),
("Rule that sets it?", "42 CFR 438.408(f)(2)", "truth"),
("Date of the first denial?", "09/14/2026", "denial/notice-of-adverse-benefit-determination-2026-09-14.txt"),
("Reference number?", "FR-UM-26-0914-5521", "denial/notice-of-adverse-benefit-determination-2026-09-14.txt"),
("Plan appeal number and receipt date?", "FR-APL-26-0928-0419 (received 09/28/2026)", "denial/notice-of-appeal-resolution-2026-11-02.txt"),
("What did the plan's coordinator find?", "no in-network psychiatrist within 60 miles had an opening within 30 days", "other/care-coordinator-note-2026-08-24.txt"),
("Coordinator note reference?", "CC-26-0824-3310", "other/care-coordinator-note-2026-08-24.txt"),
("First in-network practice's earliest opening?", "no new-patient psychiatry appointment before 12/14/2026", "other/member-call-log-2026-08.txt"),
("Which practice refused new members?", "Arkansas Valley Psychiatry (in network): not accepting new Front Range members", "other/member-call-log-2026-08.txt"),
("Rule for out-of-network coverage when the network cannot serve?", "42 CFR 438.206(b)(4)", "truth"),
("Why was lithium stopped?", "level of 1.6 mmol/L with tremor and confusion", "clinical/primary-care-referral-2026-07-30.txt"),
("Who signs and on what authority?", "authorize Rosalind Achterberg, Staff Attorney", "other/authorization-to-represent-2026-11-09.txt"),
("Visits requested?", "six medication-management visits (99214)", "clinical/psychiatry-intake-2026-08-28.txt"),
],
)

# 02 ------------------------------------------------------------------
case(
num="02",
slug="medicare-advantage-hmo-maintenance-ect-reconsideration-never-decided-forward-to-ire-niece-cms1696",
yaml=r'''# FICTIONAL CASE (set 90, case 02) - every person, plan, provider, number and address is invented.
# Medicare Advantage HMO, Arizona. Pre-service organization determination 10/02/2026 denied 6 maintenance ECT
# sessions. The niece (CMS-1696) filed the plan reconsideration by fax 10/19/2026; the plan's acknowledgment
# shows it received it that day. No decision and no extension notice: the 30 days ran out 11/18/2026
# (42 CFR 422.590(a)(1)); the plan must send the case file to the independent review entity.
patient:
  name: Arturo Benavidez-Hale
  salutation: Mr. Benavidez-Hale
  date_of_birth: 1954-01-27
  member_id: FICT-MA-88120457
  address: |-
    6610 E Camino Lindo
    Tucson, AZ 85715
  phone: (520) 555-0159
insurer:
  name: Saguaro Senior Advantage HMO (FICTIONAL Medicare Advantage plan)
  appeals_address: |-
    Saguaro Senior Advantage, Appeals and Grievances (FICTIONAL)
    PO Box 61240
    Phoenix, AZ 85082
  fax: (602) 555-0174
claim:
  number: SSA-OD-26-1002-7716
  plan_type: medicare_advantage
  notice_date: 2026-10-02
  appeal_deadline: 2026-12-06
  deadline_basis: >-
    Organization determination of 10/02/2026: "You have 65 days from the date of this notice to ask for a
    reconsideration." The reconsideration was filed 10/19/2026, within it.
  procedure_codes: ["90870"]
  diagnosis_codes: [F33.2]
  pending_services: 6
  denial_reason: >-
    Maintenance electroconvulsive therapy is not medically necessary. InterQual Behavioral Health criteria for
    continuation ECT are not met.
  denial_category: medical_necessity
  denial_reasons: [medical_necessity]
  action: none
submissions:
  - date: 2026-10-19
    method: fax
    to: Saguaro Senior Advantage, Appeals and Grievances, (602) 555-0174
    stage: plan reconsideration (first level)
    confirmation: SSA-RC-26-1019-0388
    decision_due: 2026-11-18
    decision_basis: 42 CFR 422.590(a)(1), 30 calendar days from receipt for a request for a service
    proof: [other/reconsideration-request-and-fax-report-2026-10-19.txt, other/plan-acknowledgment-2026-10-21.txt]
record_dates:
  - file: other/plan-acknowledgment-2026-10-21.txt
    date: 2026-10-21
treatment:
  name: Maintenance electroconvulsive therapy, 6 sessions every 4 weeks (90870)
  summary: >-
    Continuation of ECT after an acute course that brought remission of recurrent severe depression in 05/2026;
    two earlier relapses followed stopping ECT.
  plan: >-
    One session every 4 weeks for 6 sessions, right unilateral, with a MADRS before each session; stop if MADRS stays
    under 10 for 6 months.
clinical:
  severity: MADRS 8 on 09/22/2026 (remission after acute ECT); MADRS 38 before the acute course in 03/2026
  severity_date: 2026-09-22
  suicidality: none
  suicidality_date: 2026-09-22
  response_level: remission
  history:
    - drug: Acute ECT course
      dose: 12 sessions, right unilateral
      start: 2026-03
      end: 2026-05
      kind: neuromodulation
      sessions: 12
      adequate: true
      response: remission
      outcome: Remission (MADRS 38 to 7)
      evidence: {file: clinical/psychiatry-ect-summary-2026-09-22.txt, page: 1}
    - drug: Sertraline
      dose: 200 mg daily
      start: 2025-04
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued with ECT
      evidence: {file: clinical/psychiatry-ect-summary-2026-09-22.txt, page: 1}
impact:
  relapse: Relapsed within 10 weeks after each of two earlier ECT courses stopped without maintenance (2023, 2024).
author:
  name: Lucia Benavidez
  role: Niece and appointed representative (CMS-1696)
  relation: representative
  address: |-
    1402 N Alvernon Way, Apt 7
    Tucson, AZ 85712
  phone: (520) 555-0181
  authorization: other/appointment-of-representative-cms1696-2026-10-12.txt
provider:
  name: Desert Bloom Psychiatry
  credentials: Helena Stroud, MD (in network)
  npi: "1329584068"
  address: |-
    2250 E Speedway Blvd
    Tucson, AZ 85719
  phone: (520) 555-0126
bates_prefix: BENAVIDEZHALE
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
docs={
"denial/organization-determination-2026-10-02.txt": '''SAGUARO SENIOR ADVANTAGE HMO (FICTIONAL) - NOTICE OF DENIAL OF MEDICAL COVERAGE
Date of notice: 10/02/2026                                                                Page 1 of 1
Member: Arturo Benavidez-Hale   Member ID FICT-MA-88120457   Reference SSA-OD-26-1002-7716
Request: 6 sessions of 90870, one every 4 weeks, from Desert Bloom Psychiatry (NPI 1329584068).
Decision: Maintenance electroconvulsive therapy is not medically necessary. InterQual Behavioral Health criteria
for continuation ECT are not met. Reviewed by Warren Tice, MD, internal medicine.
Your right to appeal: You have 65 days from the date of this notice to ask for a reconsideration. Fax (602) 555-0174.''',
"clinical/psychiatry-ect-summary-2026-09-22.txt": '''DESERT BLOOM PSYCHIATRY (FICTIONAL) - ECT SUMMARY AND PLAN                       Date: 09/22/2026
Patient: Arturo Benavidez-Hale   DOB 01/27/1954   Psychiatrist: Helena Stroud, MD   Page 1 of 1
Recurrent major depression, severe (F33.2). Acute ECT course 03/2026-05/2026, 12 sessions: MADRS 38 to 7.
MADRS 8 on 09/22/2026. No suicidal ideation. Sertraline 200 mg daily since 04/2025, partial response, continued.
Relapsed within 10 weeks after each of two earlier ECT courses stopped without maintenance (2023, 2024).
Plan: one session every 4 weeks for 6 sessions; stop if MADRS stays under 10 for 6 months.''',
"other/appointment-of-representative-cms1696-2026-10-12.txt": '''APPOINTMENT OF REPRESENTATIVE (fictional rendition of form CMS-1696)                  Page 1 of 1
Beneficiary: Arturo Benavidez-Hale   Medicare/plan number FICT-MA-88120457
I appoint Lucia Benavidez, my niece, to act as my representative in connection with my claim or asserted right
under Medicare. Signed by the beneficiary 10/12/2026; accepted by the representative 10/12/2026.''',
"other/reconsideration-request-and-fax-report-2026-10-19.txt": '''REQUEST FOR RECONSIDERATION - sent by Lucia Benavidez for Arturo Benavidez-Hale     Date: 10/19/2026
To: Saguaro Senior Advantage, Appeals and Grievances, fax (602) 555-0174. Re: SSA-OD-26-1002-7716.
Please reconsider the denial of maintenance ECT. Enclosed: CMS-1696 of 10/12/2026; ECT summary of 09/22/2026.
FAX TRANSMISSION REPORT   10/19/2026 14:06   To (602) 555-0174   Pages 6   Result: OK''',
"other/plan-acknowledgment-2026-10-21.txt": '''SAGUARO SENIOR ADVANTAGE HMO (FICTIONAL) - ACKNOWLEDGMENT OF YOUR APPEAL       Date: 10/21/2026
Member: Arturo Benavidez-Hale   Page 1 of 1
We received your request for reconsideration on 10/19/2026. Appeal number: SSA-RC-26-1019-0388.
We will send you our decision as quickly as your health requires.''',
},
truth='''# 02 - Medicare Advantage HMO: maintenance ECT; the plan reconsideration was never decided; niece with CMS-1696 (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Arturo Benavidez-Hale, 72, enrolled in **Saguaro Senior Advantage HMO** (Medicare Advantage). Pre-service request
  for **6 maintenance ECT sessions (90870)** denied by the organization determination of **10/02/2026**.
- His niece, **Lucia Benavidez**, appointed on a **CMS-1696 of 10/12/2026**, faxed the **reconsideration on
  10/19/2026** (fax report: OK, 6 pages); the plan's acknowledgment says **"We received your request for
  reconsideration on 10/19/2026"**, appeal **SSA-RC-26-1019-0388**.
- **Rule:** a standard pre-service reconsideration must be decided within **30 calendar days** of receipt
  (**42 CFR 422.590(a)(1)**): by **11/18/2026**. No decision and no extension notice exist as of 12/07/2026.
  A plan that does not decide in time must send the case file to the **independent review entity**
  (422.590(a)(2) and 422.592(a)).
- **Stage:** not a new reconsideration and not an ALJ hearing: the letter asks the plan to forward the file to the IRE
  now. The 65-day window (by 12/06/2026) does not matter: the reconsideration was filed on 10/19/2026.
- ECT is a procedure, not a Part B drug: the 7-day Part B drug clock (422.590(c)) does not apply.

## Deliberately unknown
- Whether the plan sent anything to the IRE on its own: not in the record; the letter may ask.
- The InterQual criteria's words: not quoted by the plan.

## Traps
- **Never decided:** no "Decision appealed", no second reconsideration, no ALJ request.
- **Wrong clock:** not 7 days (Part B drug), not 60 days (payment), not 72 hours (no expedited request was made).
- **Representative:** the niece writes about "Mr. Benavidez-Hale"; CMS-1696 is the form's real name here (the document
  names it).
- Sertraline continues (partial response): never "failed" or "stopped". No suicidal ideation.
- Reviewer Warren Tice, MD is internal medicine (not a psychiatrist).
- No parity, no ERISA, no 45 CFR 147.136.

## Arguments a strong letter makes (strongest first)
1. The plan received the reconsideration on 10/19/2026 (its own acknowledgment); its 30 days ran out 11/18/2026
   (42 CFR 422.590(a)(1)) with no decision and no extension; it must send the case file to the IRE now.
2. On the merits: remission after the acute course, two relapses within 10 weeks after earlier courses stopped; the
   plan's reviewer is an internist; InterQual's criteria were never quoted (Medicare Advantage limits on internal
   criteria, 42 CFR 422.101(b)(6), may be raised).

## What a letter must NOT say
- "Decision appealed"; "second-level"; "ALJ"; "7 days"; "external review"; "ERISA"; "29 CFR 2560.503-1"; "parity".
- "failed sertraline"; "suicidal ideation" as present; "the plan denied the reconsideration".
''',
answers=[
("When was the organization determination?", "10/02/2026", "denial/organization-determination-2026-10-02.txt"),
("Window it printed?", "You have 65 days from the date of this notice", "denial/organization-determination-2026-10-02.txt"),
("When did the plan receive the reconsideration?", "We received your request for reconsideration on 10/19/2026", "other/plan-acknowledgment-2026-10-21.txt"),
("Appeal number?", "SSA-RC-26-1019-0388", "other/plan-acknowledgment-2026-10-21.txt"),
("Fax result?", "Pages 6   Result: OK", "other/reconsideration-request-and-fax-report-2026-10-19.txt"),
("Day the plan's time ran out?", "11/18/2026", "truth"),
("Rule for the 30 days?", "42 CFR 422.590(a)(1)", "truth"),
("What must the plan do now?", "send the case file to the **independent review entity**", "truth"),
("Representative form and date?", "CMS-1696 of 10/12/2026", "truth"),
("Who is the representative?", "I appoint Lucia Benavidez, my niece", "other/appointment-of-representative-cms1696-2026-10-12.txt"),
("Denied code and count?", "6 sessions of 90870", "denial/organization-determination-2026-10-02.txt"),
("Reviewer's specialty?", "Warren Tice, MD, internal medicine", "denial/organization-determination-2026-10-02.txt"),
("Acute course result?", "12 sessions: MADRS 38 to 7", "clinical/psychiatry-ect-summary-2026-09-22.txt"),
("Relapse history?", "Relapsed within 10 weeks after each of two earlier ECT courses stopped", "clinical/psychiatry-ect-summary-2026-09-22.txt"),
("Decision due in case.yaml?", "decision_due: 2026-11-18", "case.yaml"),
("Sertraline status?", "partial response, continued", "clinical/psychiatry-ect-summary-2026-09-22.txt"),
],
)

# 03 ------------------------------------------------------------------
case(
num="03",
slug="part-d-pdp-lurasidone-pa-diagnosis-page-faxed-notice-says-60-days-prescriber-redetermination",
yaml=r'''# FICTIONAL CASE (set 90, case 03) - every person, plan, provider, number and address is invented.
# Stand-alone Part D plan, Ohio. Coverage determination 11/24/2026 denied lurasidone: "no diagnosis was provided".
# The prescriber's fax report shows 3 pages sent 11/19/2026, page 2 giving the diagnosis. The notice says 60 days;
# the rule is 65 days from the notice date (42 CFR 423.582(b)): by 01/28/2027. The prescribing nurse practitioner
# asks for the standard redetermination on the enrollee's behalf (42 CFR 423.580): no CMS-1696 is needed.
patient:
  name: Wendell Farquharson
  salutation: Mr. Farquharson
  date_of_birth: 1958-11-03
  member_id: FICT-PDP-40392716
  address: |-
    88 Linden Terrace
    Zanesville, OH 43701
  phone: (740) 555-0133
insurer:
  name: Buckeye Pathway Rx (FICTIONAL Medicare prescription drug plan)
  appeals_address: |-
    Buckeye Pathway Rx, Part D Redeterminations (FICTIONAL)
    PO Box 30518
    Columbus, OH 43230
  fax: (614) 555-0191
claim:
  number: BPR-CD-26-1124-2093
  plan_type: medicare_part_d
  notice_date: 2026-11-24
  appeal_deadline: 2027-01-28
  deadline_basis: >-
    42 CFR 423.582(b): a redetermination is requested within 65 days from the date of the notice of the coverage
    determination (11/24/2026). The notice's "60 days" is the rule in force before 01/01/2025.
  diagnosis_codes: [F31.4]
  denial_reason: >-
    Prior authorization criteria not met. The request did not include the member's diagnosis. Lurasidone is covered
    with prior authorization for bipolar depression or schizophrenia.
  denial_category: prior_authorization
  denial_reasons: [prior_authorization]
  action: none
record_dates:
  - file: other/prior-authorization-request-and-fax-report-2026-11-19.txt
    date: 2026-11-19
    sent: 2026-11-19
    sent_proof: other/prior-authorization-request-and-fax-report-2026-11-19.txt
  - file: clinical/prescriber-statement-2026-12-02.txt
    date: 2026-12-02
prior_auth:
  requested_on: 2026-11-19
plan_policy:
  name: Buckeye Pathway Rx 2026 Prior Authorization Criteria, Lurasidone
  quote: >-
    Lurasidone: approve for 12 months when the prescriber documents a diagnosis of bipolar I depression or
    schizophrenia.
  file: other/pa-criteria-lurasidone-2026.txt
payer_criteria:
  - criterion: Prescriber documents a diagnosis of bipolar I depression or schizophrenia.
    how_met: >-
      Page 2 of the request faxed 11/19/2026 gives bipolar I disorder, current episode depressed, severe (F31.4).
    met: true
    evidence: {file: other/prior-authorization-request-and-fax-report-2026-11-19.txt, page: 2}
prescriber_statement:
  date: 2026-12-02
  quote: >-
    Mr. Farquharson has bipolar I disorder, current episode depressed, severe (F31.4). Lurasidone 40 mg daily is
    prescribed for bipolar depression; the diagnosis was on page 2 of my request of 11/19/2026.
  file: clinical/prescriber-statement-2026-12-02.txt
treatment:
  name: Lurasidone 40 mg tablets, one daily
  summary: For bipolar I depression; quetiapine was stopped for weight gain and sedation.
  plan: Lurasidone 40 mg daily with food; A1c and lipids at 12 weeks; review in 4 weeks.
clinical:
  severity: MADRS 31 on 11/17/2026
  severity_date: 2026-11-17
  suicidality: none
  suicidality_date: 2026-11-17
  history:
    - drug: Quetiapine
      dose: 300 mg at bedtime
      start: 2025-06
      end: 2026-10
      kind: other
      outcome: Stopped for weight gain of 11 kg and daytime sedation
      evidence: {file: clinical/prescriber-statement-2026-12-02.txt, page: 1}
    - drug: Lamotrigine
      dose: 200 mg daily
      start: 2024-01
      ongoing: true
      kind: other
      outcome: Continued as maintenance
      evidence: {file: clinical/prescriber-statement-2026-12-02.txt, page: 1}
author:
  name: Priya Venkataraman-Cole
  role: Psychiatric nurse practitioner (PMHNP-BC), prescriber, requesting on the enrollee's behalf
  relation: prescriber
  address: |-
    Muskingum Valley Behavioral Health (FICTIONAL), 400 Maple Avenue
    Zanesville, OH 43701
  phone: (740) 555-0114
  fax: (740) 555-0115
provider:
  name: Priya Venkataraman-Cole, PMHNP-BC
  credentials: PMHNP-BC
  npi: "1754033185"
  address: |-
    400 Maple Avenue
    Zanesville, OH 43701
  phone: (740) 555-0114
bates_prefix: FARQUHARSON
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
docs={
"denial/coverage-determination-notice-2026-11-24.txt": '''BUCKEYE PATHWAY RX (FICTIONAL) - NOTICE OF DENIAL OF MEDICARE PRESCRIPTION DRUG COVERAGE
Date of notice: 11/24/2026                                                                Page 1 of 1
Enrollee: Wendell Farquharson   Member ID FICT-PDP-40392716   Case BPR-CD-26-1124-2093
Drug: lurasidone 40 mg tablet, #30 per 30 days. Prescriber: Priya Venkataraman-Cole, NPI 1754033185.
Decision: Prior authorization criteria not met. The request did not include the member's diagnosis. Lurasidone is
covered with prior authorization for bipolar depression or schizophrenia.
Redetermination: You must ask for a redetermination within 60 days of the date of this notice. If someone other
than you or your prescriber asks for you, send an Appointment of Representative form (CMS-1696).''',
"other/prior-authorization-request-and-fax-report-2026-11-19.txt": '''MUSKINGUM VALLEY BEHAVIORAL HEALTH (FICTIONAL) - PART D PRIOR AUTHORIZATION REQUEST   Date: 11/19/2026
Page 1 of 3: Enrollee Wendell Farquharson, FICT-PDP-40392716; drug lurasidone 40 mg daily, #30.
Page 2 of 3: Diagnosis: bipolar I disorder, current episode depressed, severe (F31.4). Quetiapine stopped 10/2026.
Page 3 of 3: Prescriber signature, Priya Venkataraman-Cole, PMHNP-BC, 11/19/2026.
FAX TRANSMISSION REPORT   11/19/2026 09:42   To (614) 555-0192 (Buckeye Pathway Rx PA fax)   Pages 3   Result: OK''',
"other/pa-criteria-lurasidone-2026.txt": '''BUCKEYE PATHWAY RX (FICTIONAL) - 2026 PRIOR AUTHORIZATION CRITERIA              Page 1 of 1
Lurasidone: approve for 12 months when the prescriber documents a diagnosis of bipolar I depression or
schizophrenia.''',
"clinical/prescriber-statement-2026-12-02.txt": '''SUPPORTING STATEMENT OF THE PRESCRIBER                                         Date: 12/02/2026
Enrollee: Wendell Farquharson   DOB 11/03/1958   Page 1 of 1
Mr. Farquharson has bipolar I disorder, current episode depressed, severe (F31.4). Lurasidone 40 mg daily is
prescribed for bipolar depression; the diagnosis was on page 2 of my request of 11/19/2026.
MADRS 31 on 11/17/2026; no suicidal ideation. Quetiapine 300 mg at bedtime 06/2025-10/2026, stopped for weight
gain of 11 kg and daytime sedation. Lamotrigine 200 mg daily since 01/2024, continued.
Priya Venkataraman-Cole, PMHNP-BC''',
},
truth='''# 03 - Part D plan: lurasidone denied for "no diagnosis"; diagnosis was on faxed page 2; notice gives 60 days; prescriber's redetermination (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Wendell Farquharson, 68, in **Buckeye Pathway Rx**, a stand-alone Medicare Part D plan. Coverage determination of
  **11/24/2026** (case BPR-CD-26-1124-2093) denied lurasidone 40 mg daily: "The request did not include the member's
  diagnosis."
- The request faxed **11/19/2026** was **3 pages, result OK**; **page 2** gives **bipolar I disorder, current episode
  depressed, severe (F31.4)**, which the plan's own criteria accept.
- **Stage: standard redetermination** (first level of Part D appeal). **True deadline: 01/28/2027**, 65 days from the
  date of the notice, **42 CFR 423.582(b)**. The notice's **"within 60 days"** (01/23/2027) is the rule before
  01/01/2025: filing by 01/23/2027 is safest, but the rule gives 65.
- The **prescriber may request a standard redetermination on the enrollee's behalf (42 CFR 423.580)**: no CMS-1696 is
  needed for her (the notice itself says so: "other than you or your prescriber"). She writes "I" as prescriber.
- Part D redetermination for a drug is decided within 7 days (standard).

## Deliberately unknown
- Why page 2 did not reach the reviewer: not known; the letter may ask for the plan's copy of the fax.
- The fax number on the report (ending 0192) is the plan's PA fax; the appeals fax is 0191: both are the plan's.

## Traps
- **Wrong window on the notice:** "60 days" - never cite it as the rule; never "60 days after receipt".
- **Representative form:** never say a CMS-1696 is required or enclosed for the prescriber.
- **Not step therapy or a formulary exception:** lurasidone is covered with PA; the request is that the PA criteria
  are met. No tiering exception.
- **Kinds:** quetiapine and lamotrigine are not antidepressants; quetiapine stopped for side effects; lamotrigine
  continues. No "failed antidepressants" count.
- No parity (Medicare), no ERISA, no 45 CFR 147.136, no external review.

## Arguments a strong letter makes (strongest first)
1. The diagnosis was sent: page 2 of the 3-page fax of 11/19/2026 (report "OK") states F31.4, bipolar I depression,
   which meets the plan's own criterion; approve for 12 months as the criteria state.
2. The prescriber's supporting statement of 12/02/2026 repeats it (42 CFR 423.578 statement not needed for a PA, but
   it answers the denial).
3. The request is timely: 65 days from 11/24/2026 (42 CFR 423.582(b)).

## What a letter must NOT say
- "60 days" as the rule; "CMS-1696 enclosed" for the prescriber; "step therapy"; "formulary exception".
- "failed quetiapine" as an antidepressant trial; "ERISA"; "parity"; "external review"; "Medicaid".
''',
answers=[
("Notice date?", "11/24/2026", "denial/coverage-determination-notice-2026-11-24.txt"),
("Case number?", "BPR-CD-26-1124-2093", "denial/coverage-determination-notice-2026-11-24.txt"),
("Window the notice gives?", "within 60 days of the date of this notice", "denial/coverage-determination-notice-2026-11-24.txt"),
("True deadline?", "**True deadline: 01/28/2027**", "truth"),
("Rule?", "42 CFR 423.582(b)", "truth"),
("Who may file for the enrollee without a CMS-1696?", "other than you or your prescriber", "denial/coverage-determination-notice-2026-11-24.txt"),
("Rule letting the prescriber request?", "42 CFR 423.580", "truth"),
("Fax result of the PA request?", "Pages 3   Result: OK", "other/prior-authorization-request-and-fax-report-2026-11-19.txt"),
("Which page held the diagnosis?", "Page 2 of 3: Diagnosis: bipolar I disorder", "other/prior-authorization-request-and-fax-report-2026-11-19.txt"),
("Diagnosis code?", "F31.4", "clinical/prescriber-statement-2026-12-02.txt"),
("Plan's criterion?", "when the prescriber documents a diagnosis of bipolar I depression or schizophrenia", "other/pa-criteria-lurasidone-2026.txt"),
("Approval length in the criteria?", "approve for 12 months", "other/pa-criteria-lurasidone-2026.txt"),
("Why quetiapine stopped?", "weight gain of 11 kg and daytime sedation", "clinical/prescriber-statement-2026-12-02.txt"),
("Lamotrigine status?", "Lamotrigine 200 mg daily since 01/2024, continued", "clinical/prescriber-statement-2026-12-02.txt"),
("Severity?", "MADRS 31 on 11/17/2026", "clinical/prescriber-statement-2026-12-02.txt"),
("Denial's words?", "The request did not include the member's diagnosis", "denial/coverage-determination-notice-2026-11-24.txt"),
],
)

# 04 ------------------------------------------------------------------
case(
num="04",
slug="tricare-prime-adult-daughter-ed-iop-reconsideration-names-dha-formal-review-tqmc-is-next-father",
yaml=r'''# FICTIONAL CASE (set 90, case 04) - every person, plan, provider, number and address is invented.
# TRICARE Prime, active-duty family member aged 19, North Carolina. Eating-disorder IOP denied as not medically
# necessary 08/31/2026; the regional contractor's reconsideration of 10/22/2026 upheld it and names "a formal review
# by the Defense Health Agency within 60 days". A medical-necessity denial goes to a second reconsideration by the
# TRICARE Quality Monitoring Contractor within 90 days of the reconsideration decision: by 01/20/2027 (32 CFR 199.10,
# 199.15). The sponsor (her father) writes with her signed authorization: she is an adult.
patient:
  name: Imogen Tallis-Brandt
  salutation: Ms. Tallis-Brandt
  date_of_birth: 2007-04-14
  member_id: FICT-DBN-3317409826
  address: |-
    214 Longleaf Drive
    Jacksonville, NC 28546
  phone: (910) 555-0168
insurer:
  name: TRICARE Prime - Eastern Coast Regional Contractor (FICTIONAL)
  appeals_address: |-
    Eastern Coast Regional Contractor, TRICARE Appeals (FICTIONAL)
    PO Box 71544
    Columbia, SC 29202
  fax: (803) 555-0187
claim:
  number: ECR-PA-26-0831-40217
  plan_type: tricare
  notice_date: 2026-08-31
  setting: intensive_outpatient
  procedure_codes: ["S9480"]
  diagnosis_codes: [F50.011]
  pending_services: 24 IOP days
  denial_reason: >-
    Intensive outpatient treatment is not medically necessary. The patient is medically stable and can be treated
    in routine outpatient therapy.
  denial_category: medical_necessity
  denial_reasons: [level_of_care]
  action: none
decisions:
  - date: 2026-10-22
    outcome: denied
    stage: reconsideration by the regional contractor
    opens: second reconsideration by the TRICARE Quality Monitoring Contractor
    next_deadline: 2027-01-20
    reason: >-
      The reconsideration upholds the initial determination. Body mass index of 18.1 and stable vital signs do not
      support intensive outpatient care.
    corrections:
      - said: Body mass index of 18.1 and stable vital signs do not support intensive outpatient care.
        record: >-
          BMI 18.1 was her weight in 05/2026; on 08/24/2026 the program recorded BMI 16.4 after a loss of 5.2 kg in
          12 weeks, with orthostatic pulse rise of 34 beats per minute.
        file: clinical/ed-program-assessment-2026-08-24.txt
        page: 1
submissions:
  - date: 2026-09-15
    method: mail
    stage: reconsideration by the regional contractor
    confirmation: ECR-RC-26-0915-1163
external_review:
  agency: TRICARE Quality Monitoring Contractor (FICTIONAL address, as named in the reconsideration decision's enclosure)
  final_denial_date: 2026-10-22
treatment:
  name: Eating-disorder intensive outpatient program, 3 hours a day, 4 days a week for 6 weeks (24 days)
  summary: >-
    Structured meals and therapy for anorexia nervosa after a 5.2 kg loss in 12 weeks despite weekly outpatient
    therapy and dietitian visits since 03/2026.
  plan: 24 IOP days over 6 weeks, weekly weights and vital signs; step down to outpatient at BMI 17.5 and stable eating.
clinical:
  severity: BMI 16.4 and orthostatic pulse rise of 34 on 08/24/2026
  severity_date: 2026-08-24
  suicidality: none
  suicidality_date: 2026-08-24
  history:
    - drug: Weekly outpatient therapy and dietitian visits
      dose: weekly
      start: 2026-03
      end: 2026-08
      kind: psychotherapy
      sessions: 22
      outcome: Weight fell 5.2 kg in 12 weeks while in weekly care
      evidence: {file: clinical/ed-program-assessment-2026-08-24.txt, page: 1}
author:
  name: Commander Reuben Tallis-Brandt
  role: Sponsor (father); authorized by the patient in writing
  relation: representative
  address: |-
    214 Longleaf Drive
    Jacksonville, NC 28546
  phone: (910) 555-0169
  authorization: other/patient-authorization-2026-11-02.txt
provider:
  name: Coastal Plain Eating Disorder Program
  credentials: TRICARE network IOP; attending Naomi Faircloth, MD
  npi: "1886209547"
  address: |-
    900 Western Boulevard
    Jacksonville, NC 28546
  phone: (910) 555-0104
template: external-review-request
bates_prefix: TALLISBRANDT
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
docs={
"denial/initial-determination-2026-08-31.txt": '''EASTERN COAST REGIONAL CONTRACTOR (FICTIONAL) - TRICARE PRIME - NOTICE OF DENIAL
Date of notice: 08/31/2026                                                                Page 1 of 1
Beneficiary: Imogen Tallis-Brandt (ADFM)   DoD benefits number FICT-DBN-3317409826   Ref ECR-PA-26-0831-40217
Request: eating-disorder IOP (S9480), 24 days, Coastal Plain Eating Disorder Program, NPI 1886209547.
Decision: Intensive outpatient treatment is not medically necessary. The patient is medically stable and can be
treated in routine outpatient therapy. You may request reconsideration within 90 days of the date of this notice.''',
"denial/reconsideration-decision-2026-10-22.txt": '''EASTERN COAST REGIONAL CONTRACTOR (FICTIONAL) - RECONSIDERATION DECISION
Date: 10/22/2026   Reconsideration ECR-RC-26-0915-1163 (received 09/18/2026)                 Page 1 of 1
Beneficiary: Imogen Tallis-Brandt
The reconsideration upholds the initial determination. Body mass index of 18.1 and stable vital signs do not
support intensive outpatient care.
Further appeal: If you disagree, you may request a formal review by the Defense Health Agency within 60 days of
the date of this decision.''',
"clinical/ed-program-assessment-2026-08-24.txt": '''COASTAL PLAIN EATING DISORDER PROGRAM (FICTIONAL) - ADMISSION ASSESSMENT          Date: 08/24/2026
Patient: Imogen Tallis-Brandt   DOB 04/14/2007   Attending: Naomi Faircloth, MD   Page 1 of 1
Anorexia nervosa, restricting type, moderate (F50.011). BMI 16.4 today (BMI 18.1 in 05/2026). Weight loss 5.2 kg in 12 weeks.
Orthostatic pulse rise of 34 beats per minute. Weekly outpatient therapy and dietitian visits since 03/2026
(22 sessions) without weight restoration. Denies suicidal ideation.
Plan: 24 IOP days over 6 weeks; step down to outpatient at BMI 17.5 and stable eating.''',
"other/patient-authorization-2026-11-02.txt": '''AUTHORIZATION                                                                     Date: 11/02/2026
I, Imogen Tallis-Brandt (born 04/14/2007), authorize my father, Reuben Tallis-Brandt, to appeal the TRICARE denial
ECR-PA-26-0831-40217 for me and to receive my health information for that purpose.
Signed: Imogen Tallis-Brandt''',
},
truth='''# 04 - TRICARE Prime: adult daughter's eating-disorder IOP; reconsideration names the DHA formal review; the TQMC is next; father writes (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Imogen Tallis-Brandt, **19**, active-duty family member in **TRICARE Prime**; her father is the sponsor.
- Pre-service request for **24 eating-disorder IOP days** denied as **not medically necessary** (08/31/2026).
  Reconsideration requested 09/15/2026 (received 09/18/2026), **upheld 10/22/2026**.
- **Stage: second reconsideration by the TRICARE Quality Monitoring Contractor (TQMC)**, because the denial is a
  medical-necessity determination (32 CFR 199.15; 199.10). **True deadline: 01/20/2027**, 90 days from the
  reconsideration decision of 10/22/2026.
- The reconsideration decision wrongly names **"a formal review by the Defense Health Agency within 60 days"**
  (the route for factual, non-medical-necessity denials). Filing by 12/21/2026 would satisfy even that.
- The decision's "BMI of 18.1" is the **05/2026** weight; on **08/24/2026 BMI was 16.4** after a **5.2 kg loss in
  12 weeks**, orthostatic pulse rise 34.
- She is an **adult**: her father needs and has her **signed authorization of 11/02/2026**; he writes about
  "Ms. Tallis-Brandt".

## Deliberately unknown
- The TQMC's mailing address and the amount in dispute: not in the case (pre-service request; no dollar amount).
- Whether the contractor forwards the request to the TQMC itself: not stated.

## Traps
- **Wrong level:** never a "formal review by the Defense Health Agency"; never "60 days" as the window; never a
  hearing; not a first reconsideration.
- **No civilian law:** no ERISA, no 45 CFR 147.136, no parity law, no state external review or insurance department.
- **Parent of an adult:** not "my daughter, a minor"; the authorization is needed.
- **Stale number:** BMI 18.1 is from 05/2026.
- Weekly outpatient therapy is psychotherapy/dietitian care, not a medication trial. No suicidal ideation.

## Arguments a strong letter makes (strongest first)
1. Request the second reconsideration by the TQMC under 32 CFR 199.15 within 90 days of 10/22/2026 (by
   01/20/2027), noting the decision named the wrong route.
2. Correct "BMI of 18.1": the record of 08/24/2026 shows BMI 16.4, a 5.2 kg loss in 12 weeks and orthostatic pulse
   rise of 34 while in weekly outpatient care (22 sessions): the lower level was tried and failed.
3. Set out the plan of care: 24 days over 6 weeks, step down at BMI 17.5.

## What a letter must NOT say
- "formal review by the Defense Health Agency"; "60 days"; "ERISA"; "29 CFR 2560.503-1"; "45 CFR 147.136"; "parity".
- "BMI of 18.1" as current; "a minor"; "suicidal ideation" as present; "external review".
''',
answers=[
("Date of the reconsideration decision?", "10/22/2026", "denial/reconsideration-decision-2026-10-22.txt"),
("Which route does it wrongly name?", "formal review by the Defense Health Agency within 60 days", "denial/reconsideration-decision-2026-10-22.txt"),
("True next level?", "second reconsideration by the TRICARE Quality Monitoring Contractor (TQMC)", "truth"),
("True deadline?", "**True deadline: 01/20/2027**", "truth"),
("Rule?", "32 CFR 199.15", "truth"),
("Initial denial date and window?", "You may request reconsideration within 90 days of the date of this notice", "denial/initial-determination-2026-08-31.txt"),
("Reference number?", "ECR-PA-26-0831-40217", "denial/initial-determination-2026-08-31.txt"),
("Reconsideration number and receipt?", "ECR-RC-26-0915-1163 (received 09/18/2026)", "denial/reconsideration-decision-2026-10-22.txt"),
("BMI on 08/24/2026?", "BMI 16.4 today", "clinical/ed-program-assessment-2026-08-24.txt"),
("When was BMI 18.1?", "(BMI 18.1 in 05/2026)", "clinical/ed-program-assessment-2026-08-24.txt"),
("Weight loss?", "Weight loss 5.2 kg in 12 weeks", "clinical/ed-program-assessment-2026-08-24.txt"),
("Vital sign finding?", "Orthostatic pulse rise of 34 beats per minute", "clinical/ed-program-assessment-2026-08-24.txt"),
("Lower level tried?", "Weekly outpatient therapy and dietitian visits since 03/2026 (22 sessions)", "clinical/ed-program-assessment-2026-08-24.txt"),
("Authorization date?", "11/02/2026", "other/patient-authorization-2026-11-02.txt"),
("Patient's age status?", "I, Imogen Tallis-Brandt (born 04/14/2007), authorize my father", "other/patient-authorization-2026-11-02.txt"),
("Plan of care?", "24 IOP days over 6 weeks; step down to outpatient at BMI 17.5", "clinical/ed-program-assessment-2026-08-24.txt"),
],
)

# 05 ------------------------------------------------------------------
case(
num="05",
slug="original-medicare-psychotherapy-msp-says-employer-plan-primary-after-retirement-redetermination-patient",
yaml=r'''# FICTIONAL CASE (set 90, case 05) - every person, plan, provider, number and address is invented.
# Original Medicare Part B, Michigan. Six psychotherapy visits 08/04-09/08/2026 denied on the MSN of 11/16/2026:
# Medicare's records show an employer group health plan pays first. She retired 06/30/2026; her active-employee
# coverage ended that day and her retiree plan pays after Medicare. First level: redetermination by the Medicare
# Administrative Contractor, within 120 days of receipt, presumed 5 days after the MSN date (42 CFR 405.942):
# by 03/21/2027. The patient writes as "I".
patient:
  name: Harriet Lindqvist-Moreau
  salutation: Ms. Lindqvist-Moreau
  date_of_birth: 1960-05-09
  member_id: FICT-MBI-7RT4Q29XK61
  address: |-
    3307 Willow Bend Court
    Kalamazoo, MI 49008
  phone: (269) 555-0152
  email: hlindqvist@mailbox.example
insurer:
  name: Great Lakes Medicare Services, Part B (FICTIONAL Medicare Administrative Contractor)
  appeals_address: |-
    Great Lakes Medicare Services, Part B Redeterminations (FICTIONAL)
    PO Box 18274
    Indianapolis, IN 46218
claim:
  number: GLM-26-1112-00458213
  plan_type: medicare
  notice_date: 2026-11-16
  service_dates: [2026-08-04, 2026-08-11, 2026-08-18, 2026-08-25, 2026-09-01, 2026-09-08]
  setting: outpatient
  procedure_codes: ["90834"]
  diagnosis_codes: [F43.21]
  carc_codes: [CO-22]
  denial_reason: >-
    Medicare records show that an employer group health plan pays first for these services. Send the claim to the
    other plan first.
  denial_category: coordination_of_benefits
  denial_reasons: [coordination_of_benefits]
  coding_correct: true
  action: none
other_coverage:
  plan: Ridgeline Foods Employee Health Plan (coverage as an active employee)
  member_is: subscriber
  covered_here_as: Medicare Part B beneficiary
  ended: 2026-06-30
  reported: 2026-11-20
  proof: [other/employer-retirement-and-coverage-letter-2026-07-06.txt, other/retiree-plan-eob-2026-10-02.txt, other/bcrc-call-note-2026-11-20.txt]
treatment:
  name: Individual psychotherapy, 6 visits (90834)
  summary: >-
    I had weekly psychotherapy for an adjustment disorder after my retirement and my husband's death; whether the
    visits are covered is not in question, only which payer pays first.
clinical:
  severity: PHQ-9 14 on 08/04/2026; PHQ-9 7 on 09/08/2026
  severity_date: 2026-09-08
  suicidality: none
  suicidality_date: 2026-09-08
author:
  name: Harriet Lindqvist-Moreau
  relation: patient
provider:
  name: Tobias Wexler-Amundsen, PhD
  credentials: PhD, licensed psychologist (Medicare participating)
  npi: "1217493604"
  address: |-
    150 S Park Street, Suite 3
    Kalamazoo, MI 49007
  phone: (269) 555-0177
bates_prefix: LINDQVISTMOREAU
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
docs={
"denial/medicare-summary-notice-2026-11-16.txt": '''MEDICARE SUMMARY NOTICE, PART B (fictional rendition)   Date of notice: 11/16/2026         Page 1 of 1
Beneficiary: Harriet Lindqvist-Moreau   Medicare number FICT-MBI-7RT4Q29XK61
Claim GLM-26-1112-00458213   Provider: Tobias Wexler-Amundsen, PhD, NPI 1217493604
08/04, 08/11, 08/18, 08/25, 09/01, 09/08/2026   90834 x6   Medicare approved $0.00   You may be billed $840.00
Message: Medicare records show that an employer group health plan pays first for these services. Send the claim to
the other plan first. (Provider code CO-22)
How to appeal: You have 120 days from the date you get this notice to ask for a redetermination. We assume you got
it 5 days after the date of this notice. Send your request to Part B Redeterminations, PO Box 18274, Indianapolis,
IN 46218.''',
"other/employer-retirement-and-coverage-letter-2026-07-06.txt": '''RIDGELINE FOODS, INC. (FICTIONAL) - HUMAN RESOURCES                                Date: 07/06/2026
To: Harriet Lindqvist-Moreau   Employee ID 40917                                          Page 1 of 1
This confirms your retirement effective 06/30/2026. Your coverage as an active employee under the Ridgeline Foods
Employee Health Plan ended 06/30/2026. Your Ridgeline Foods Retiree Medical Plan coverage began 07/01/2026; for
retirees with Medicare, Medicare pays first and the retiree plan pays second.
Ridgeline Foods employs 2,300 people. Benefits Service Center (616) 555-0140.''',
"other/retiree-plan-eob-2026-10-02.txt": '''RIDGELINE FOODS RETIREE MEDICAL PLAN (FICTIONAL) - EXPLANATION OF BENEFITS       Date: 10/02/2026
Member: Harriet Lindqvist-Moreau                                                          Page 1 of 1
08/04/2026-09/08/2026   90834 x6   Billed $840.00   Paid $0.00
Remark: This plan is secondary to Medicare for retirees. Submit the Medicare Summary Notice for Medicare's payment
first.''',
"other/bcrc-call-note-2026-11-20.txt": '''CALL NOTE - written by Harriet Lindqvist-Moreau                                  Date: 11/20/2026
Page 1 of 1
Called Medicare's Benefits Coordination & Recovery Center (number from the Medicare handbook). Told them I retired
06/30/2026 and my employer coverage as an active employee ended that day. The agent said the record would be updated
to show the group health plan ended 06/30/2026. Reference: BCRC-26-1120-7733.''',
"clinical/psychotherapy-summary-2026-09-08.txt": '''TOBIAS WEXLER-AMUNDSEN, PHD (FICTIONAL) - TREATMENT SUMMARY                       Date: 09/08/2026
Client: Harriet Lindqvist-Moreau   DOB 05/09/1960   Page 1 of 1
Adjustment disorder with depressed mood (F43.21). Six weekly 45-minute sessions, 08/04/2026-09/08/2026.
PHQ-9 14 at the first visit, 7 at the sixth. No suicidal ideation. Treatment completed.''',
},
truth='''# 05 - Original Medicare: psychotherapy denied because Medicare's record shows her employer plan primary after she retired; redetermination; the patient writes (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Harriet Lindqvist-Moreau, 66, on **Original Medicare Part B**. Six psychotherapy visits (**90834 x6, 08/04/2026-
  09/08/2026**) with a participating psychologist were denied on the **MSN of 11/16/2026** (claim
  GLM-26-1112-00458213): Medicare's records show an employer group health plan pays first (CO-22).
- She **retired 06/30/2026**; her **active-employee coverage ended 06/30/2026** (employer letter of 07/06/2026). From
  07/01/2026 her **retiree plan pays second to Medicare** (its EOB of 10/02/2026 says so). Every visit is after
  06/30/2026, so Medicare was primary on every date.
- She called the **Benefits Coordination & Recovery Center** on **11/20/2026** (reference BCRC-26-1120-7733) to
  correct Medicare's record.
- **Stage: redetermination** by the Medicare Administrative Contractor (first level). **True deadline: 03/21/2027**:
  120 days from receipt, presumed 5 days after the notice date, **42 CFR 405.942** (counting from the notice date
  alone gives 03/16/2027, the safe date).
- The author is the patient: she writes "I".

## Deliberately unknown
- Whether Medicare's record has already been updated: the call note says only that the agent said it would be.
- Whether the contractor would reopen the claim on its own once the record changes: not in the case.

## Traps
- **Not a medical-necessity denial:** no clinical reviewer, no peer-to-peer, no ABN argument.
- **Medicare has no plan terms:** no "the plan's own terms", no order-of-benefits clause from a plan document for
  Medicare; the retiree plan's rule is that plan's, and Medicare secondary payer rules turn on current employment.
- **Wrong level/law:** not the QIC, not an ALJ, not ERISA, not 45 CFR 147.136, no parity, no external review.
- **Voice:** "I", not "Ms. Lindqvist-Moreau has".
- The employer's 2,300 employees is about the employer, not the claim.

## Arguments a strong letter makes (strongest first)
1. The coverage Medicare's record names ended 06/30/2026, before the first visit (08/04/2026); from 07/01/2026
   she is a retiree, and Medicare pays first (employer letter; retiree plan EOB). Reprocess the claim as primary.
2. The record has been reported to the Benefits Coordination & Recovery Center on 11/20/2026 (BCRC-26-1120-7733);
   ask the contractor to reprocess once it shows the end date, or to note it now.
3. The request is timely (120 days after receipt, 42 CFR 405.942).

## What a letter must NOT say
- "medically necessary" as the ground; "peer-to-peer"; "the plan's terms"; "ERISA"; "29 CFR 2560.503-1";
  "45 CFR 147.136"; "parity"; "QIC"; "reconsideration" as this level; "Ms. Lindqvist-Moreau has" (voice).
''',
answers=[
("MSN date?", "11/16/2026", "denial/medicare-summary-notice-2026-11-16.txt"),
("Claim number?", "GLM-26-1112-00458213", "denial/medicare-summary-notice-2026-11-16.txt"),
("Reason code?", "CO-22", "denial/medicare-summary-notice-2026-11-16.txt"),
("Window the MSN gives?", "You have 120 days from the date you get this notice", "denial/medicare-summary-notice-2026-11-16.txt"),
("Presumed receipt?", "We assume you got it 5 days after the date of this notice", "denial/medicare-summary-notice-2026-11-16.txt"),
("True deadline?", "**True deadline: 03/21/2027**", "truth"),
("Rule?", "42 CFR 405.942", "truth"),
("Level?", "**Stage: redetermination**", "truth"),
("Retirement date?", "retirement effective 06/30/2026", "other/employer-retirement-and-coverage-letter-2026-07-06.txt"),
("Active coverage end?", "Employee Health Plan ended 06/30/2026", "other/employer-retirement-and-coverage-letter-2026-07-06.txt"),
("Who pays first for retirees?", "Medicare pays first and the retiree plan pays second", "other/employer-retirement-and-coverage-letter-2026-07-06.txt"),
("Retiree plan's remark?", "This plan is secondary to Medicare for retirees", "other/retiree-plan-eob-2026-10-02.txt"),
("BCRC reference?", "BCRC-26-1120-7733", "other/bcrc-call-note-2026-11-20.txt"),
("Amount billed to her?", "You may be billed $840.00", "denial/medicare-summary-notice-2026-11-16.txt"),
("Visits?", "Six weekly 45-minute sessions, 08/04/2026-09/08/2026", "clinical/psychotherapy-summary-2026-09-08.txt"),
("Author relation?", "relation: patient", "case.yaml"),
],
)

# 06 ------------------------------------------------------------------
case(
num="06",
slug="self-funded-erisa-teen-therapy-cob-birthday-rule-applied-despite-divorce-decree-first-appeal-father",
yaml=r'''# FICTIONAL CASE (set 90, case 06) - every person, plan, provider, number and address is invented.
# Self-funded ERISA employer plan, Washington, 640 employees. A 14-year-old's therapy (90837 x10, 90847 x4,
# 06/02-08/25/2026) denied 10/28/2026 as "other coverage primary under the birthday rule" (the mother's birthday,
# 02/11, comes first). The parents are divorced; the 2023 decree makes the father responsible for the child's health
# coverage, and the plan had the decree since 03/10/2026. The SPD's own rule puts the decree first: this plan is
# primary. First internal appeal, 180 days after receipt (29 CFR 2560.503-1(h)(3)(i)): by 04/26/2027 counted from
# the notice date. The father writes as parent of a minor.
patient:
  name: Mateo Ellery-Santos
  salutation: Mateo
  date_of_birth: 2012-05-21
  member_id: FICT-CTD-22049183-02
  address: |-
    9120 NE 24th Street
    Vancouver, WA 98664
insurer:
  name: Cascade Tile Distributors Employee Health Plan, administered by Summit Ridge Benefit Administrators (FICTIONAL)
  appeals_address: |-
    Summit Ridge Benefit Administrators, Appeals Unit (FICTIONAL)
    PO Box 4471
    Spokane, WA 99220
  fax: (509) 555-0136
claim:
  number: SRB-26-0905-771204
  plan_type: employer_erisa
  funding: self_funded
  employees: 640
  notice_date: 2026-10-28
  appeal_deadline: 2027-04-26
  deadline_basis: >-
    EOB of 10/28/2026: "You have 180 days after you receive this notice to file an appeal." Counted from the notice
    date (29 CFR 2560.503-1(h)(3)(i)).
  service_dates: [2026-06-02, 2026-08-25]
  sessions: 14
  setting: outpatient
  procedure_codes: ["90837", "90847"]
  diagnosis_codes: [F41.1]
  carc_codes: [CO-22]
  denial_reason: >-
    This care may be covered by another payer per coordination of benefits. Under the birthday rule the plan of the
    parent whose birthday falls earlier in the year (Corinne Vasquez-Lyle, 02/11) is primary. Submit the primary
    plan's EOB.
  denial_category: coordination_of_benefits
  denial_reasons: [coordination_of_benefits]
  coding_correct: true
  action: none
other_coverage:
  plan: Bayshore Credit Union Employee Medical Plan (the mother's employer plan)
  member_is: dependent
  covered_here_as: dependent
  reported: 2026-03-10
  decree:
    name: Decree of Dissolution, Clark County Superior Court, Section 6.2
    date: 2023-04-17
    quote: >-
      The father, Graham Ellery-Santos, shall maintain health insurance coverage for the minor child, Mateo, through
      his employer and is responsible for the child's health care coverage.
    parent: here
    sent: 2026-03-10
    file: other/dissolution-decree-section-6-excerpt-2023-04-17.txt
  proof: [other/dissolution-decree-section-6-excerpt-2023-04-17.txt, other/cob-questionnaire-2026-03-10.txt, other/mothers-plan-eob-2026-11-04.txt]
plan_policy:
  name: Cascade Tile Distributors Employee Health Plan, Summary Plan Description, Section 11.3 "Order of benefit determination"
  number: Section 11.3
  quote: >-
    (c) Dependent child whose parents are divorced or separated: if a court decree states that one of the parents is
    responsible for the child's health care expenses or health care coverage, and the plan of that parent has actual
    knowledge of those terms, that plan is primary. (d) The birthday rule applies to a dependent child whose parents
    are married or are living together.
  file: other/spd-section-11-3-cob-excerpt.txt
treatment:
  name: Outpatient psychotherapy for Mateo, 10 individual (90837) and 4 family (90847) sessions
  summary: >-
    Weekly therapy for generalized anxiety with school refusal; coverage of the care is not in question, only which
    plan pays first.
clinical:
  severity: GAD-7 16 on 06/02/2026; GAD-7 8 on 08/25/2026
  severity_date: 2026-08-25
  suicidality: none
  suicidality_date: 2026-08-25
author:
  name: Graham Ellery-Santos
  role: Father of the patient (a minor) and the employee covering him
  relation: parent
  address: |-
    9120 NE 24th Street
    Vancouver, WA 98664
  phone: (360) 555-0125
  email: g.ellery-santos@homemail.example
provider:
  name: Columbia Youth Counseling
  credentials: Ines Harrow, LMHC (in network)
  npi: "1590362715"
  address: |-
    410 Main Street, Suite 210
    Vancouver, WA 98660
  phone: (360) 555-0193
bates_prefix: ELLERYSANTOS
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
docs={
"denial/explanation-of-benefits-2026-10-28.txt": '''SUMMIT RIDGE BENEFIT ADMINISTRATORS (FICTIONAL) for the Cascade Tile Distributors Employee Health Plan
EXPLANATION OF BENEFITS                                     Date of notice: 10/28/2026       Page 1 of 1
Employee: Graham Ellery-Santos   Patient: Mateo Ellery-Santos (dependent)   ID FICT-CTD-22049183-02
Claim SRB-26-0905-771204   Provider: Columbia Youth Counseling, NPI 1590362715 (in network)
06/02/2026-08/25/2026   90837 x10, 90847 x4   Billed $2,310.00   Paid $0.00
CARC 22. This care may be covered by another payer per coordination of benefits. Under the birthday rule the plan of
the parent whose birthday falls earlier in the year (Corinne Vasquez-Lyle, 02/11) is primary. Submit the primary
plan's EOB.
Appeal: You have 180 days after you receive this notice to file an appeal with the Appeals Unit, PO Box 4471,
Spokane, WA 99220, fax (509) 555-0136. This is a self-funded plan; you may have a right to external review.''',
"other/spd-section-11-3-cob-excerpt.txt": '''CASCADE TILE DISTRIBUTORS EMPLOYEE HEALTH PLAN (FICTIONAL) - SUMMARY PLAN DESCRIPTION (excerpt)   Page 58
Section 11.3 Order of benefit determination
(c) Dependent child whose parents are divorced or separated: if a court decree states that one of the parents is
responsible for the child's health care expenses or health care coverage, and the plan of that parent has actual
knowledge of those terms, that plan is primary. (d) The birthday rule applies to a dependent child whose parents
are married or are living together.''',
"other/dissolution-decree-section-6-excerpt-2023-04-17.txt": '''SUPERIOR COURT OF WASHINGTON FOR CLARK COUNTY (FICTIONAL RENDITION) - DECREE OF DISSOLUTION (excerpt)
Entered 04/17/2023   Case No. FICT-23-3-00817-06                                              Page 6
6.2 Health care coverage for the child. The father, Graham Ellery-Santos, shall maintain health insurance coverage
for the minor child, Mateo, through his employer and is responsible for the child's health care coverage.''',
"other/cob-questionnaire-2026-03-10.txt": '''SUMMIT RIDGE BENEFIT ADMINISTRATORS (FICTIONAL) - OTHER COVERAGE QUESTIONNAIRE   Received 03/10/2026
Employee: Graham Ellery-Santos   Dependent: Mateo Ellery-Santos                            Page 1 of 1
Other coverage: Bayshore Credit Union Employee Medical Plan, through the child's mother (dependent).
Parents: divorced. Court decree naming the parent responsible for coverage: YES - copy attached (Section 6.2).
Stamp: RECEIVED 03/10/2026 SUMMIT RIDGE - COB UNIT''',
"other/mothers-plan-eob-2026-11-04.txt": '''BAYSHORE CREDIT UNION EMPLOYEE MEDICAL PLAN (FICTIONAL) - EXPLANATION OF BENEFITS   Date: 11/04/2026
Member: Corinne Vasquez-Lyle   Patient: Mateo Ellery-Santos (dependent)                        Page 1 of 1
06/02/2026-08/25/2026   90837 x10, 90847 x4   Paid $0.00
Remark: Our records show a court decree makes the father's plan primary. This plan pays second. Send the primary
plan's EOB.''',
"clinical/therapy-summary-2026-08-25.txt": '''COLUMBIA YOUTH COUNSELING (FICTIONAL) - TREATMENT SUMMARY                       Date: 08/25/2026
Client: Mateo Ellery-Santos   DOB 05/21/2012   Clinician: Ines Harrow, LMHC   Page 1 of 1
Generalized anxiety disorder (F41.1) with school refusal. 10 individual sessions (90837) and 4 family sessions
(90847) with his father, 06/02/2026-08/25/2026. GAD-7 16 to 8. No suicidal ideation. Back at school full days.''',
},
truth='''# 06 - Self-funded ERISA plan: a teen's therapy denied under the birthday rule although a divorce decree makes this plan primary; first appeal by the father (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Mateo Ellery-Santos, **14**, covered as a dependent on his father's **self-funded ERISA plan** (Cascade Tile
  Distributors, 640 employees; administrator Summit Ridge) and on his mother's plan (Bayshore Credit Union).
- **14 sessions (90837 x10, 90847 x4), 06/02/2026-08/25/2026**, in network, denied by the **EOB of 10/28/2026**
  (CARC 22): "Under the birthday rule ... (Corinne Vasquez-Lyle, 02/11) is primary."
- The parents are **divorced**; the **decree of 04/17/2023, Section 6.2**, makes the father responsible for the
  child's health care coverage. The administrator **received the decree with the COB questionnaire on 03/10/2026**
  (actual knowledge). The plan's own **SPD Section 11.3(c)** makes the decree parent's plan primary; **(d)** limits the
  birthday rule to parents married or living together. So **this plan is primary**. The mother's plan says the same
  (EOB of 11/04/2026).
- **Stage: first internal appeal** (post-service). **Deadline: 180 days after receipt, 29 CFR 2560.503-1(h)(3)(i);
  counted from the notice date: 04/26/2027.** Post-service decision: 60 days.
- Author: the **father, parent of a minor**: no authorization needed; he writes about "Mateo" (and may say "my son").
- Self-funded: federal law only; any external review under 29 CFR 2590.715-2719, not the state's.

## Deliberately unknown
- Why the administrator ignored the decree on file: not known; the letter may ask for the claim file (COB notes).
- The mother's plan's payment as secondary: not yet made.

## Traps
- **Not a medical judgment:** no peer-to-peer, no clinical reviewer, no medical-necessity argument.
- **The birthday rule is the plan's rule for married parents only**; never argue "the father's birthday is earlier"
  or concede the birthday rule applies.
- **Self-funded:** no state insurance department complaint or state external review; not 45 CFR 147.136 as the
  external-review rule for this plan.
- The mother's name appears on documents: she is not the patient or the author.
- Family sessions were with the father; no medication history exists (none should be invented).

## Arguments a strong letter makes (strongest first)
1. The plan's own SPD Section 11.3(c): a decree makes the responsible parent's plan primary when the plan knows of
   it; the decree (Section 6.2) names the father, and the administrator received it on 03/10/2026. Section 11.3(d)
   confines the birthday rule to parents married or living together. Pay the claim as primary.
2. The mother's plan agrees it is secondary (EOB 11/04/2026): without this plan paying first, no plan pays.
3. Ask for the claim file, including the COB record that shows the decree (29 CFR 2560.503-1(h)(2)(iii)).

## What a letter must NOT say
- "medically necessary" as the ground; "peer-to-peer"; "state insurance department"; "45 CFR 147.136" as this plan's
  external-review rule; "Medicaid"; "Medicare"; "the birthday rule applies"; "Ms. Vasquez-Lyle's appeal".
''',
answers=[
("Notice date?", "Date of notice: 10/28/2026", "denial/explanation-of-benefits-2026-10-28.txt"),
("Claim number?", "SRB-26-0905-771204", "denial/explanation-of-benefits-2026-10-28.txt"),
("The denial's rule?", "Under the birthday rule", "denial/explanation-of-benefits-2026-10-28.txt"),
("Window printed?", "You have 180 days after you receive this notice to file an appeal", "denial/explanation-of-benefits-2026-10-28.txt"),
("Deadline from the notice date?", "04/26/2027", "truth"),
("Rule?", "29 CFR 2560.503-1(h)(3)(i)", "truth"),
("Stage?", "**Stage: first internal appeal**", "truth"),
("SPD rule on divorced parents?", "if a court decree states that one of the parents is responsible", "other/spd-section-11-3-cob-excerpt.txt"),
("Where the birthday rule applies?", "parents are married or are living together", "other/spd-section-11-3-cob-excerpt.txt"),
("Decree section?", "6.2 Health care coverage for the child", "other/dissolution-decree-section-6-excerpt-2023-04-17.txt"),
("Decree date?", "Entered 04/17/2023", "other/dissolution-decree-section-6-excerpt-2023-04-17.txt"),
("When did the plan get the decree?", "RECEIVED 03/10/2026", "other/cob-questionnaire-2026-03-10.txt"),
("Mother's plan's position?", "Our records show a court decree makes the father's plan primary", "other/mothers-plan-eob-2026-11-04.txt"),
("Amount billed?", "Billed $2,310.00", "denial/explanation-of-benefits-2026-10-28.txt"),
("External review rule for a self-funded plan?", "29 CFR 2590.715-2719", "truth"),
("Sessions?", "10 individual sessions (90837) and 4 family sessions", "clinical/therapy-summary-2026-08-25.txt"),
],
)

# 07 ------------------------------------------------------------------
case(
num="07",
slug="marketplace-inpatient-psych-concurrent-denial-expedited-appeal-and-simultaneous-external-review-attending",
yaml=r'''# FICTIONAL CASE (set 90, case 07) - every person, plan, provider, number and address is invented.
# Individual Marketplace Silver plan, insured, Nevada. Concurrent review of 12/04/2026 ends coverage of an inpatient
# psychiatric stay after 12/04/2026 ("partial hospitalization appropriate"); the patient is still admitted on
# 12/07/2026 and the hospital's PHP has no opening until 12/21/2026. The attending psychiatrist files an expedited
# internal appeal (72 hours) and asks that an expedited external review run at the same time, which the notice says
# is available only after the internal appeal. Window: 180 days after receipt; the appeal is urgent.
patient:
  name: Bartholomew Quaye
  salutation: Mr. Quaye
  date_of_birth: 1993-02-08
  member_id: FICT-SCH-61730294
  address: |-
    2715 Lakeside Drive, Unit 4
    Reno, NV 89509
  phone: (775) 555-0148
insurer:
  name: Sierra Crest Health Insurance Company - Silver 3500 (FICTIONAL Marketplace plan)
  appeals_address: |-
    Sierra Crest Health Insurance Company, Expedited Appeals (FICTIONAL)
    PO Box 9120
    Las Vegas, NV 89193
  fax: (702) 555-0129
claim:
  number: SCH-CR-26-1204-33081
  plan_type: individual_aca
  student: false
  notice_date: 2026-12-04
  urgent: true
  setting: inpatient
  revenue_codes: ["0124"]
  diagnosis_codes: [F33.2]
  pending_services: [continued inpatient days from 12/05/2026]
  action: end
  action_date: 2026-12-05
  denial_reason: >-
    Continued inpatient psychiatric care is not medically necessary after 12/04/2026. The member no longer needs
    24-hour care and can be treated in a partial hospitalization program.
  denial_category: medical_necessity
  denial_reasons: [level_of_care]
  appeal_deadline: 2027-06-02
  deadline_basis: >-
    Notice of 12/04/2026: "You may file an appeal within 180 days after you receive this notice." Counted from the
    notice date; this appeal is expedited.
urgency:
  reason: >-
    Mr. Quaye was admitted on 11/27/2026 after an overdose; on 12/06/2026 he still reports passive thoughts of death,
    his lithium is being adjusted, and no partial hospitalization opening exists before 12/21/2026. Discharge to home
    without that level of care would seriously jeopardize his life.
  certified_by: Saoirse Delacroix-Mbeki, MD
alternatives:
  - level: partial hospitalization
    name: Truckee Meadows Behavioral Hospital Partial Hospitalization Program
    first_opening: 2026-12-21
    why_not: Full; the program's waitlist gives its first opening as 12/21/2026.
    proof: clinical/discharge-planning-note-2026-12-04.txt
treatment:
  name: Continued inpatient psychiatric hospitalization
  summary: >-
    Inpatient care after an overdose on 11/27/2026, with lithium being restarted and adjusted, until a partial
    hospitalization program can take him.
  plan: >-
    Continue inpatient care with daily psychiatric review and lithium levels every 3 days; step down to partial
    hospitalization on its first opening (12/21/2026) or sooner if one opens and lithium is at a stable level.
clinical:
  severity: PHQ-9 22 on 12/06/2026; lithium level 0.4 mmol/L on 12/05/2026 (target 0.6-0.8)
  severity_date: 2026-12-06
  suicidality: attempt
  suicidality_date: 2026-11-27
  history:
    - drug: Lithium carbonate
      dose: restarted 600 mg daily 11/29/2026, raised to 900 mg 12/05/2026
      start: 2026-11
      ongoing: true
      kind: augmentation
      outcome: Being adjusted; level 0.4 mmol/L on 12/05/2026
      evidence: {file: clinical/attending-progress-note-2026-12-06.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 225 mg daily
      start: 2025-10
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued
      evidence: {file: clinical/attending-progress-note-2026-12-06.txt, page: 1}
author:
  name: Saoirse Delacroix-Mbeki, MD
  role: Attending psychiatrist, Truckee Meadows Behavioral Hospital (treating physician)
  relation: physician
  address: |-
    Truckee Meadows Behavioral Hospital (FICTIONAL), 1800 Galletti Way
    Sparks, NV 89431
  phone: (775) 555-0110
  fax: (775) 555-0111
  authorization: other/patient-consent-2026-12-05.txt
provider:
  name: Truckee Meadows Behavioral Hospital
  credentials: in-network psychiatric hospital
  npi: "1438726055"
  address: |-
    1800 Galletti Way
    Sparks, NV 89431
  phone: (775) 555-0110
peer_to_peer:
  availability: weekdays 7:30-8:30 am and 5-6 pm, and weekends on call
record_dates:
  - file: clinical/discharge-planning-note-2026-12-04.txt
    date: 2026-12-04
  - file: clinical/attending-progress-note-2026-12-06.txt
    date: 2026-12-06
template: expedited-appeal
bates_prefix: QUAYE
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
docs={
"denial/concurrent-review-notice-2026-12-04.txt": '''SIERRA CREST HEALTH INSURANCE COMPANY (FICTIONAL) - NOTICE OF ADVERSE BENEFIT DETERMINATION (CONCURRENT REVIEW)
Date of notice: 12/04/2026                                                                Page 1 of 1
Member: Bartholomew Quaye   Member ID FICT-SCH-61730294   Reference SCH-CR-26-1204-33081
Admission 11/27/2026, Truckee Meadows Behavioral Hospital (NPI 1438726055). Days through 12/04/2026 approved.
Decision: Continued inpatient psychiatric care is not medically necessary after 12/04/2026. The member no longer
needs 24-hour care and can be treated in a partial hospitalization program. Reviewer: Glenn Arbuckle, DO, family
medicine.
Your rights: You may file an appeal within 180 days after you receive this notice. Urgent appeals are decided
within 72 hours. After our appeal decision, you may request an external review.''',
"clinical/attending-progress-note-2026-12-06.txt": '''TRUCKEE MEADOWS BEHAVIORAL HOSPITAL (FICTIONAL) - ATTENDING PROGRESS NOTE         Date: 12/06/2026
Patient: Bartholomew Quaye   DOB 02/08/1993   Admitted 11/27/2026 after an overdose   Page 1 of 1
PHQ-9 22. Passive thoughts of death, no plan today. Lithium restarted 600 mg 11/29/2026, 900 mg from 12/05/2026;
level 0.4 mmol/L on 12/05/2026 (target 0.6-0.8). Venlafaxine XR 225 mg daily since 10/2025, partial response,
continued. Not safe for discharge to home; PHP has no opening before 12/21/2026.
Saoirse Delacroix-Mbeki, MD''',
"clinical/discharge-planning-note-2026-12-04.txt": '''TRUCKEE MEADOWS BEHAVIORAL HOSPITAL (FICTIONAL) - DISCHARGE PLANNING NOTE         Date: 12/04/2026
Patient: Bartholomew Quaye   Page 1 of 1
Called Truckee Meadows Behavioral Hospital Partial Hospitalization Program intake: full; first opening 12/21/2026.
Called Sierra Crest member services (ref SC-MS-26-1204-5581): no other in-network adult PHP in the Reno area.
Social worker: Mireille Ostrander, LCSW''',
"other/patient-consent-2026-12-05.txt": '''CONSENT TO APPEAL                                                                  Date: 12/05/2026
I, Bartholomew Quaye (member ID FICT-SCH-61730294), ask Dr. Saoirse Delacroix-Mbeki to appeal Sierra Crest's
decision SCH-CR-26-1204-33081 for me, to ask for an expedited external review, and to share my records for it.
Signed: Bartholomew Quaye''',
},
truth='''# 07 - Marketplace plan ends an inpatient psychiatric stay; expedited internal appeal with a simultaneous expedited external review; attending psychiatrist (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Bartholomew Quaye, 33, in **Sierra Crest Silver 3500**, an insured individual Marketplace plan (Nevada).
- Admitted **11/27/2026** after an **overdose** (a suicide attempt). Concurrent review notice of **12/04/2026**
  approved days through 12/04 and denies care **after 12/04/2026**: "can be treated in a partial hospitalization
  program". He is still admitted on 12/07/2026.
- The hospital's PHP is **full until 12/21/2026**; member services (ref SC-MS-26-1204-5581) named no other in-network
  adult PHP in the area.
- **Stage: expedited internal appeal**, decided within **72 hours** (45 CFR 147.136(b)(3), applying 29 CFR
  2560.503-1(i)(2)(i) timing). Because the case is urgent, an **expedited external review may be requested at the
  same time** as the expedited internal appeal (45 CFR 147.136(d)(3), as the project's reference gives it; the state's
  process applies to an insured Nevada plan). The notice's "After our appeal decision, you may request an external
  review" leaves this out.
- Filing window: 180 days after receipt (45 CFR 147.136(b)(3)); counted from the notice date: **06/02/2027**; the
  appeal is filed at once because it is urgent.
- A plan that ends an approved course of treatment must keep it covered pending the appeal of an urgent concurrent
  decision (29 CFR 2560.503-1(f)(2)(ii) as applied by 45 CFR 147.136). The approval ran only through 12/04, so
  whether this reaches days after 12/04 is arguable, not certain.
- Author: the **attending psychiatrist**, treating physician, with the patient's consent (12/05/2026); she certifies
  urgency ("I have determined").

## Deliberately unknown
- Nevada's own expedited external review timeline and form: not in the case.
- Whether the hospital will bill the patient for days after 12/04 (no notice of non-coverage in the case).

## Traps
- **Stage:** not a standard appeal; not a second level; external review is not "only after" the internal appeal here.
- **Not ERISA:** individual coverage; 29 CFR 2560.503-1 only as applied through 45 CFR 147.136, never "ERISA plan";
  no Labor Department; parity may be argued (individual market).
- Reviewer Glenn Arbuckle, DO is family medicine (not a psychiatrist).
- **Lithium** is augmentation being adjusted (level 0.4, below target), not a failed trial; **venlafaxine** continues
  with partial response: never "failed" or "stopped".
- Suicidality: attempt on 11/27/2026 (date of the record); passive thoughts now, no plan.
- Never "inpatient is the only option forever": PHP is the step-down on 12/21/2026 or sooner.

## Arguments a strong letter makes (strongest first)
1. The lower level the plan names is not available: the PHP's first opening is 12/21/2026 (discharge-planning note)
   and member services named no other; discharge to home is the real alternative, and it is unsafe.
2. Urgency certified by the treating psychiatrist: decide within 72 hours; and open an expedited external review at
   the same time.
3. Clinical: attempt 11/27/2026, PHQ-9 22 on 12/06/2026, lithium subtherapeutic while being adjusted; the plan of
   care with the step-down date.

## What a letter must NOT say
- "second-level"; "external review is only available after"; "ERISA plan"; "Department of Labor"; "Medicaid";
  "Medicare"; "failed venlafaxine"; "failed lithium"; "no suicidal ideation"; "45 CFR 156.230" as a promise of
  out-of-network coverage.
''',
answers=[
("Notice date?", "Date of notice: 12/04/2026", "denial/concurrent-review-notice-2026-12-04.txt"),
("Reference?", "SCH-CR-26-1204-33081", "denial/concurrent-review-notice-2026-12-04.txt"),
("Days approved?", "Days through 12/04/2026 approved", "denial/concurrent-review-notice-2026-12-04.txt"),
("What the notice says about external review?", "After our appeal decision, you may request an external review", "denial/concurrent-review-notice-2026-12-04.txt"),
("Stage?", "**Stage: expedited internal appeal**", "truth"),
("Decision time?", "Urgent appeals are decided within 72 hours", "denial/concurrent-review-notice-2026-12-04.txt"),
("Simultaneous external review rule?", "45 CFR 147.136(d)(3)", "truth"),
("Filing window counted from notice date?", "**06/02/2027**", "truth"),
("PHP first opening?", "first opening 12/21/2026", "clinical/discharge-planning-note-2026-12-04.txt"),
("Member services reference?", "SC-MS-26-1204-5581", "clinical/discharge-planning-note-2026-12-04.txt"),
("Reviewer's specialty?", "Glenn Arbuckle, DO, family medicine", "denial/concurrent-review-notice-2026-12-04.txt"),
("Lithium level?", "level 0.4 mmol/L on 12/05/2026 (target 0.6-0.8)", "clinical/attending-progress-note-2026-12-06.txt"),
("Admission reason?", "Admitted 11/27/2026 after an overdose", "clinical/attending-progress-note-2026-12-06.txt"),
("Venlafaxine status?", "partial response, continued", "clinical/attending-progress-note-2026-12-06.txt"),
("Consent covers external review?", "to ask for an expedited external review", "other/patient-consent-2026-12-05.txt"),
("Who certifies urgency?", "certified_by: Saoirse Delacroix-Mbeki, MD", "case.yaml"),
],
)

# 08 ------------------------------------------------------------------
case(
num="08",
slug="state-university-plan-self-funded-iop-precert-never-decided-notice-to-old-address-received-late-wife",
yaml=r'''# FICTIONAL CASE (set 90, case 08) - every person, plan, provider, number and address is invented.
# State university employees' plan (governmental, self-funded, not grandfathered), Utah. Psychiatric IOP
# 03/09-04/17/2026 denied 05/20/2026 as "no precertification" (CO-197). The clinic's precertification request of
# 03/05/2026 was logged by the plan as received and pended, and never decided. The notice went to the couple's old
# address, although HR had their new one since 04/24/2026; they received it 08/03/2026. 180 days after receipt
# (45 CFR 147.136(b)(2)(i), applying 29 CFR 2560.503-1(h)(3)(i)): by 01/30/2027; from the notice date it would have
# been 11/16/2026. His wife writes with his signed authorization.
patient:
  name: Everett Nakashima-Doyle
  salutation: Mr. Nakashima-Doyle
  date_of_birth: 1974-09-30
  member_id: FICT-WSU-50917736
  address: |-
    4418 S Juniper Ridge Lane
    Millcreek, UT 84117
  phone: (801) 555-0185
insurer:
  name: Wasatch State University Employee Benefit Plan, administered by Beehive Plan Services (FICTIONAL)
  appeals_address: |-
    Beehive Plan Services, Member Appeals (FICTIONAL)
    PO Box 57730
    Salt Lake City, UT 84157
  fax: (801) 555-0172
claim:
  number: BPS-26-0428-118406
  plan_type: governmental
  funding: self_funded
  grandfathered: false
  employees: 3400
  notice_date: 2026-05-20
  notice_received:
    date: 2026-08-03
    proof: [other/envelope-to-old-address-and-resident-note-2026-08-03.txt, other/hr-address-change-confirmation-2026-04-24.txt]
  appeal_deadline: 2027-01-30
  deadline_basis: >-
    EOB of 05/20/2026: "You may appeal within 180 days after you receive this notice." The notice was received
    08/03/2026 (it was mailed to the old address); 180 days after receipt is 01/30/2027.
  service_dates: [2026-03-09, 2026-04-17]
  sessions: 18
  setting: intensive_outpatient
  procedure_codes: ["S9480"]
  diagnosis_codes: [F33.1]
  carc_codes: [CO-197]
  denial_reason: >-
    Precertification/authorization absent. Intensive outpatient program services require precertification. No
    precertification is on file for these services.
  denial_category: prior_authorization
  denial_reasons: [prior_authorization]
  coding_correct: true
  action: none
prior_auth:
  requested_on: 2026-03-05
  never_decided: true
plan_policy:
  name: Wasatch State University Employee Benefit Plan, Plan Document Section 5.4 "Precertification"
  number: Section 5.4
  quote: >-
    Intensive outpatient program services require precertification. We decide a precertification request within 15
    days after we receive it. A request we receive is kept on file with a reference number.
  file: other/plan-document-section-5-4-excerpt.txt
record_dates:
  - file: other/precert-request-and-portal-status-2026-03-05.txt
    date: 2026-03-05
    sent: 2026-03-05
    sent_proof: other/precert-request-and-portal-status-2026-03-05.txt
    received: 2026-03-05
treatment:
  name: Psychiatric intensive outpatient program, 18 days (S9480)
  summary: >-
    Three days a week for six weeks for recurrent depression after a relapse at work; whether the program was
    needed is not in question in the notice, only precertification.
clinical:
  severity: PHQ-9 19 on 03/09/2026; PHQ-9 9 on 04/17/2026
  severity_date: 2026-04-17
  suicidality: none
  suicidality_date: 2026-04-17
  history:
    - drug: Bupropion XL
      dose: 300 mg daily
      start: 2025-11
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued through the program
      evidence: {file: clinical/iop-discharge-summary-2026-04-17.txt, page: 1}
author:
  name: Camila Nakashima-Doyle
  role: Wife of the patient, authorized representative
  relation: representative
  address: |-
    4418 S Juniper Ridge Lane
    Millcreek, UT 84117
  phone: (801) 555-0186
  email: camila.nd@homemail.example
  authorization: other/authorization-to-represent-2026-11-30.txt
provider:
  name: Cottonwood Creek Behavioral Health IOP
  credentials: in-network program; medical director Lorenzo Baptiste, MD
  npi: "1702658398"
  address: |-
    6200 S Highland Drive
    Salt Lake City, UT 84121
  phone: (801) 555-0117
bates_prefix: NAKASHIMADOYLE
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
''',
docs={
"denial/explanation-of-benefits-2026-05-20.txt": '''BEEHIVE PLAN SERVICES (FICTIONAL) for the Wasatch State University Employee Benefit Plan
EXPLANATION OF BENEFITS                                     Date of notice: 05/20/2026       Page 1 of 1
Member: Everett Nakashima-Doyle   ID FICT-WSU-50917736
Mailed to: 1127 E Brickyard Road, Salt Lake City, UT 84106
Claim BPS-26-0428-118406   Provider: Cottonwood Creek Behavioral Health IOP, NPI 1702658398 (in network)
03/09/2026-04/17/2026   S9480 x18   Billed $6,120.00   Paid $0.00
CARC 197. Precertification/authorization absent. Intensive outpatient program services require precertification.
No precertification is on file for these services.
Appeal: You may appeal within 180 days after you receive this notice. Write to Member Appeals, PO Box 57730, Salt
Lake City, UT 84157, or fax (801) 555-0172.''',
"other/precert-request-and-portal-status-2026-03-05.txt": '''COTTONWOOD CREEK BEHAVIORAL HEALTH (FICTIONAL) - PRECERTIFICATION REQUEST       Date: 03/05/2026
Member: Everett Nakashima-Doyle   ID FICT-WSU-50917736   Page 1 of 1
Request: psychiatric IOP, 18 days (S9480), three days a week from 03/09/2026. Submitted on the Beehive provider portal.
PORTAL STATUS PRINTOUT (printed 11/24/2026): Request PC-26-0305-20914   Received 03/05/2026 15:12
Status: PENDED - clinical review   Decision: none''',
"other/plan-document-section-5-4-excerpt.txt": '''WASATCH STATE UNIVERSITY EMPLOYEE BENEFIT PLAN (FICTIONAL) - PLAN DOCUMENT (excerpt)   Page 22
This plan is not a grandfathered health plan.
Section 5.4 Precertification
Intensive outpatient program services require precertification. We decide a precertification request within 15
days after we receive it. A request we receive is kept on file with a reference number.''',
"other/envelope-to-old-address-and-resident-note-2026-08-03.txt": '''COPY OF ENVELOPE: Beehive Plan Services, postmarked 05/21/2026, addressed to Everett Nakashima-Doyle,
1127 E Brickyard Road, Salt Lake City, UT 84106 (the former address).                      Page 1 of 1
NOTE from the current resident of 1127 E Brickyard Road: "This letter was in a stack of mail left in the garage by
the previous owners' movers. I handed it to Mr. and Mrs. Nakashima-Doyle on 08/03/2026." Signed: Odette Pruitt''',
"other/hr-address-change-confirmation-2026-04-24.txt": '''WASATCH STATE UNIVERSITY (FICTIONAL) - HUMAN RESOURCES - ADDRESS CHANGE CONFIRMATION   Date: 04/24/2026
Employee: Everett Nakashima-Doyle   Page 1 of 1
New home address effective 04/24/2026: 4418 S Juniper Ridge Lane, Millcreek, UT 84117. Sent to benefit vendors,
including Beehive Plan Services, on 04/24/2026.''',
"other/authorization-to-represent-2026-11-30.txt": '''AUTHORIZATION TO REPRESENT                                                       Date: 11/30/2026
I, Everett Nakashima-Doyle (ID FICT-WSU-50917736), authorize my wife, Camila Nakashima-Doyle, to appeal claim
BPS-26-0428-118406 for me and to receive my health information from Beehive Plan Services for that purpose.
Signed: Everett Nakashima-Doyle''',
"clinical/iop-discharge-summary-2026-04-17.txt": '''COTTONWOOD CREEK BEHAVIORAL HEALTH IOP (FICTIONAL) - DISCHARGE SUMMARY             Date: 04/17/2026
Patient: Everett Nakashima-Doyle   DOB 09/30/1974   Page 1 of 1
Major depressive disorder, recurrent, moderate (F33.1). IOP 03/09/2026-04/17/2026, 18 program days.
PHQ-9 19 to 9. No suicidal ideation. Bupropion XL 300 mg daily since 11/2025, partial response, continued.
Lorenzo Baptiste, MD''',
},
truth='''# 08 - State university plan (self-funded): IOP denied as "no precertification" though the request was received and never decided; the notice went to the old address and was received late; wife writes (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Everett Nakashima-Doyle, 52, covered by the **Wasatch State University Employee Benefit Plan**, a non-federal
  **governmental, self-funded** plan that is **not grandfathered** (plan document p. 22).
- **18 IOP days (S9480), 03/09/2026-04/17/2026**, in network, denied by the **EOB of 05/20/2026** (CO-197, "No
  precertification is on file").
- The program's **precertification request was received 03/05/2026 15:12** (portal request **PC-26-0305-20914**,
  status **PENDED, decision: none**), before the first day. The plan's own Section 5.4 promises a decision **within
  15 days** of receipt (by 03/20/2026); none came.
- **Deadline and from which date:** the EOB was mailed to the **old address** (1127 E Brickyard Road) although HR had
  sent the new address to Beehive on **04/24/2026**; it was **received 08/03/2026** (envelope, resident's note).
  **True deadline: 01/30/2027** = 180 days after receipt (**45 CFR 147.136(b)(2)(i)**, applying **29 CFR
  2560.503-1(h)(3)(i)**). Counted from the notice date it would be 11/16/2026, already past on 12/07/2026: the appeal
  is timely only because the rule counts from receipt.
- **Stage: first internal appeal**, post-service (60 days to decide).
- Author: his **wife, authorized representative** (authorization of 11/30/2026); she writes about
  "Mr. Nakashima-Doyle".

## Deliberately unknown
- Why the request stayed pended: not known; the letter may ask for the claim file.
- Which external review process (HHS-administered or state) the plan uses: not in the case.
- Whether the program will bill the patient: not stated.

## Traps
- **Deadline:** never "11/16/2026" as the deadline or "late appeal"/"good cause" as the ground; the window counts from
  receipt and the receipt is documented.
- **Not ERISA:** a governmental plan; 29 CFR 2560.503-1 applies only through 45 CFR 147.136; never "ERISA plan" or
  the Labor Department.
- **Not a medical-necessity denial** (the notice never judged necessity): no peer-to-peer as the main point; the
  letter may ask that the request be decided on its merits.
- The request was made **before** care: never "retroactive authorization" for care given without a request.
- The resident (Odette Pruitt) is not part of the appeal. Bupropion continues (partial response).

## Arguments a strong letter makes (strongest first)
1. A precertification request was received on 03/05/2026 (PC-26-0305-20914), before the first day; the plan never
   decided it, though its Section 5.4 promises a decision within 15 days. "No precertification is on file" is
   wrong: decide the request on its merits as made and pay the claim.
2. The appeal is timely: the notice was received 08/03/2026 after being mailed to an address the plan had been told
   was old; 180 days after receipt is 01/30/2027.
3. Ask for the claim file including the pended request's record.

## What a letter must NOT say
- "11/16/2026" as the deadline; "good cause for filing late"; "retroactive authorization"; "ERISA plan";
  "Department of Labor"; "Medicaid"; "Medicare"; "failed bupropion"; "Pruitt" as a party.
''',
answers=[
("Notice date?", "Date of notice: 05/20/2026", "denial/explanation-of-benefits-2026-05-20.txt"),
("Address it was mailed to?", "Mailed to: 1127 E Brickyard Road", "denial/explanation-of-benefits-2026-05-20.txt"),
("When received?", "I handed it to Mr. and Mrs. Nakashima-Doyle on 08/03/2026", "other/envelope-to-old-address-and-resident-note-2026-08-03.txt"),
("When did HR send the new address to the administrator?", "including Beehive Plan Services, on 04/24/2026", "other/hr-address-change-confirmation-2026-04-24.txt"),
("True deadline?", "**True deadline: 01/30/2027**", "truth"),
("Rule?", "45 CFR 147.136(b)(2)(i)", "truth"),
("Deadline if counted from the notice date?", "11/16/2026", "truth"),
("Window the EOB gives?", "You may appeal within 180 days after you receive this notice", "denial/explanation-of-benefits-2026-05-20.txt"),
("Precert request number?", "PC-26-0305-20914", "other/precert-request-and-portal-status-2026-03-05.txt"),
("When received by the plan?", "Received 03/05/2026 15:12", "other/precert-request-and-portal-status-2026-03-05.txt"),
("Its status?", "Status: PENDED - clinical review   Decision: none", "other/precert-request-and-portal-status-2026-03-05.txt"),
("Plan's decision time for precert?", "We decide a precertification request within 15 days after we receive it", "other/plan-document-section-5-4-excerpt.txt"),
("Grandfathered?", "This plan is not a grandfathered health plan", "other/plan-document-section-5-4-excerpt.txt"),
("Claim number and code?", "CARC 197", "denial/explanation-of-benefits-2026-05-20.txt"),
("Authorization?", "authorize my wife, Camila Nakashima-Doyle", "other/authorization-to-represent-2026-11-30.txt"),
("Outcome of the program?", "PHQ-9 19 to 9", "clinical/iop-discharge-summary-2026-04-17.txt"),
],
)

# ---------------------------------------------------------------- generator and self-checks
PHONE_RE = re.compile(r"555[-.\s]?\d{4}")
FULL_PHONE_RE = re.compile(r"(?:\(\d{3}\) |1-\d{3}-|\d{3}-)555-01\d\d\b")
EMAIL_RE = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
NPI_RE = re.compile(r"(?i)npi\W{0,4}(\d{10})\b")
PATH_RE = re.compile(r"\b((?:denial|clinical|other)/[\w.\-]+\.txt)\b")


def luhn_npi(npi):
    s = "80840" + npi
    total = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def write_case(c):
    name = f"{c['num']}-{c['slug']}"
    folder = HERE / name
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir()
    (folder / "case.yaml").write_text(c["yaml"])
    for rel, body in c["docs"].items():
        p = folder / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(HEADER + "\n\n" + body.strip("\n") + "\n\n" + FOOTER + "\n")
    (HERE / f"{name}.truth.md").write_text(c["truth"])
    return name, folder


def check_case(c, name, folder):
    probs = []
    texts = {"case.yaml": c["yaml"], "truth": c["truth"]}
    for rel in c["docs"]:
        texts[rel] = (folder / rel).read_text()
    # case.yaml parses, first lines FICTIONAL
    try:
        data = YAML(typ="safe").load(c["yaml"])
        if not isinstance(data, dict):
            probs.append("case.yaml is not a mapping")
    except Exception as e:  # noqa
        probs.append(f"case.yaml does not parse: {e}")
    if "FICTIONAL" not in c["yaml"].splitlines()[0]:
        probs.append("case.yaml first line lacks FICTIONAL")
    if "FICTIONAL" not in c["truth"].splitlines()[0]:
        probs.append("truth first line lacks FICTIONAL")
    heads = [l[3:].strip() for l in c["truth"].splitlines() if l.startswith("## ")]
    if len(heads) != len(HEADINGS) or any(not h.startswith(w) for h, w in zip(heads, HEADINGS)):
        probs.append(f"truth headings {heads}")
    for rel in c["docs"]:
        t = texts[rel]
        if not t.startswith(HEADER) or not t.rstrip().endswith(FOOTER):
            probs.append(f"{rel}: FICTIONAL header/footer")
        if not rel.split("/")[0] in ("denial", "clinical", "other") or not rel.endswith(".txt"):
            probs.append(f"{rel}: not a .txt in denial/, clinical/ or other/")
    # every path case.yaml names exists
    for rel in set(PATH_RE.findall(c["yaml"])):
        if rel not in c["docs"]:
            probs.append(f"case.yaml names missing file {rel}")
    # phones, e-mails, NPIs in every text
    for where, t in texts.items():
        for m in PHONE_RE.finditer(t):
            start = max(0, m.start() - 8)
            window = t[start:m.end() + 1]
            if not FULL_PHONE_RE.search(window):
                probs.append(f"{where}: phone rule broken near '{window.strip()}'")
        for m in EMAIL_RE.finditer(t):
            if not m.group(1).lower().endswith(".example"):
                probs.append(f"{where}: e-mail not on .example: {m.group(0)}")
        for m in NPI_RE.finditer(t):
            if not luhn_npi(m.group(1)):
                probs.append(f"{where}: NPI fails Luhn: {m.group(1)}")
    # expected answers
    if len(c["answers"]) != 16:
        probs.append(f"{len(c['answers'])} answers, not 16")
    for q, a, doc in c["answers"]:
        if doc not in texts:
            probs.append(f"answer '{q}': unknown document {doc}")
        elif norm(a) not in norm(texts[doc]):
            probs.append(f"answer '{q}': '{a}' not printed in {doc}")
    # no stray file
    want = {"case.yaml"} | set(c["docs"])
    have = {str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file()}
    for extra in sorted(have - want):
        probs.append(f"stray file {extra}")
    return probs


def main(argv):
    do_check = "--check" in argv
    only = [a for a in argv if re.fullmatch(r"\d\d", a)]
    chosen = [c for c in CASES if not only or c["num"] in only]
    total_probs, n_answers, check_rcs, out = 0, 0, {}, []
    for c in chosen:
        name, folder = write_case(c)
        probs = check_case(c, name, folder)
        n_answers += len(c["answers"])
        total_probs += len(probs)
        print(f"{name}: {len(probs)} problems")
        for p in probs:
            print("   -", p)
        if do_check:
            r = subprocess.run([APPEAL_KIT, "check", str(folder)], capture_output=True, text=True)
            check_rcs[c["num"]] = r.returncode
            out.append(f"===== {name} (exit {r.returncode})\n{r.stdout}{r.stderr}")
    if do_check:
        fn = "check-output.txt" if not only else "check-output-partial.txt"
        (HERE / fn).write_text("\n".join(out))
        print("check exit codes:", " ".join(f"{k}={v}" for k, v in check_rcs.items()))
    print(f"{len(chosen)} cases, {n_answers} expected answers, {total_probs} problems")
    bad = total_probs or any(v != 0 for v in check_rcs.values())
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
