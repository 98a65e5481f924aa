"""Set 27, case 04 (FICTIONAL): self-funded church plan, out-of-network trauma therapy, second-level appeal by the wife."""
SLUG = "04-church-plan-self-funded-out-of-network-ptsd-therapy-access-standard-second-level-wife"

CASE_YAML = r'''
# FICTIONAL CASE (set 27, case 04) - every person, plan, provider, number and address is invented.
# Self-funded church plan (not ERISA), Iowa. Mr. Haverkamp, 44, a youth pastor, has chronic PTSD after a 2025 crash.
# No network therapist offering trauma-focused therapy met the SPD's access standard (30 miles, first visit within 10
# business days); his wife called five in May 2026. He had 12 prolonged-exposure sessions (90837) with a non-network
# psychologist 34 miles away, 06/02-08/18/2026; she asked for a network exception on 07/15 (SPD 5.4: before or within 90
# days after the first visit), never answered. Claims denied CO-242; the first level upheld (10/28/2026) from the 2025
# directory. His wife, authorized, writes the second-level appeal (60 days: by 12/27/2026).
patient:
  name: Daniel Haverkamp
  salutation: Mr. Haverkamp
  date_of_birth: 1982-09-23
  member_id: FICT-PSB-552019847
  address: |-
    1904 Grand Avenue
    West Des Moines, IA 50265
  phone: (515) 555-0126
insurer:
  name: Prairie Synod Benefit Plan, administered by Heartland Plan Administrators (FICTIONAL)
  appeals_address: |-
    Heartland Plan Administrators - Second-Level Appeals, Prairie Synod Benefit Plan (address FICTIONAL)
    PO Box 41902
    Des Moines, IA 50311
  fax: (515) 555-0171
claim:
  number: HPA-26-0902-118845
  plan_type: church
  funding: self_funded
  stage: second level
  notice_date: 2026-09-02
  service_dates: [2026-06-02, 2026-08-18]
  sessions: 12
  setting: outpatient
  procedure_codes: [90837]
  diagnosis_codes: [F43.12]
  carc_codes: [CO-242]
  action: none
  denial_reason: >-
    Services were provided by a non-network provider. The Plan does not pay benefits for non-network services except
    emergency care. (CO-242)
  denial_category: out_of_network
  denial_reasons: [out_of_network]
decisions:
  - date: 2026-10-28
    outcome: denied
    stage: first level
    opens: second level
    next_deadline: 2026-12-27
    reason: >-
      The first-level appeal is denied. Network behavioral health providers are available in the member's area,
      including Cedar Valley Counseling (Ankeny), Raccoon River Therapy (West Des Moines) and Northside Psychological
      Services (Des Moines), as shown in the provider directory. The network exception in Section 5.4 does not apply.
    corrections:
      - said: "Network behavioral health providers are available in the member's area, including Cedar Valley Counseling (Ankeny)"
        record: >-
          Cedar Valley Counseling closed in March 2026 (its phone message of May 18, 2026); the list the decision used is
          the 2025 directory. Raccoon River Therapy's first opening was September 14, 2026 and it offers no
          trauma-focused exposure therapy; Northside Psychological Services' first opening was August 3, 2026
        file: other/network-call-log-2026-05.txt
        page: 1
plan_policy:
  name: Prairie Synod Benefit Plan, Summary Plan Description (2026), Sections 5.3 and 5.4
  quote: >-
    5.3 Access Standard. For outpatient mental health care, a Network Provider of the type needed must be available
    within 30 miles of the member's home and able to offer a first appointment within 10 business days of the request.
    5.4 Network Exception. If no Network Provider meets the Access Standard for a covered service, the Plan will cover
    that service from a Non-Network Provider at the Network level of benefits. The member or provider should ask the
    Plan before the services, or within 90 days after the first visit. The Plan will answer within 15 days.
  file: other/spd-2026-sections-5-and-12-excerpt.txt
  other_terms: >-
    12.1 The Plan Administrator has discretionary authority to interpret the Plan and decide claims. 12.4 A second-level
    appeal must be filed within 60 days of the first-level decision; the Appeals Committee decides within 30 days.
  other_terms_file: other/spd-2026-sections-5-and-12-excerpt.txt
  other_terms_apply: >-
    The appeal is filed within the 60 days Section 12.4 allows (the first-level decision is dated October 28, 2026), and
    the Appeals Committee is asked to decide within its 30 days.
network:
  - name: Cedar Valley Counseling, Ankeny (listed in the 2025 directory)
    date: 2026-05-18
    in_network: false
    outcome: Closed in March 2026 (recorded phone message); no appointment possible
    evidence: {file: other/network-call-log-2026-05.txt, page: 1}
  - name: Raccoon River Therapy, West Des Moines (network)
    date: 2026-05-18
    miles: 4
    first_opening: 2026-09-14
    outcome: First opening September 14, 2026; does not offer prolonged exposure or cognitive processing therapy
    evidence: {file: other/network-call-log-2026-05.txt, page: 1}
  - name: Northside Psychological Services, Des Moines (network)
    date: 2026-05-19
    miles: 9
    first_opening: 2026-08-03
    outcome: Trauma-focused therapy offered; first opening August 3, 2026 (waitlist)
    evidence: {file: other/network-call-log-2026-05.txt, page: 1}
  - name: Heartland Plan Administrators member services (behavioral health referral line, reference BH-0519-2271)
    date: 2026-05-19
    outcome: Gave no network provider of trauma-focused therapy with an opening within 10 business days within 30 miles
    evidence: {file: other/network-call-log-2026-05.txt, page: 1}
  - name: Story County Trauma Recovery Center, Ames (network)
    date: 2026-05-22
    miles: 33
    first_opening: 2026-07-20
    outcome: First opening July 20, 2026; 33 miles from home
    evidence: {file: other/network-call-log-2026-05.txt, page: 1}
prior_auth:
  requested_on: 2026-07-15
  never_decided: true
  proof: other/network-exception-request-fax-2026-07-15.txt
treatment:
  name: Trauma-focused psychotherapy (prolonged exposure), 12 weekly 60-minute sessions
  summary: >-
    Prolonged exposure therapy, a trauma-focused psychotherapy for chronic PTSD, given weekly by a psychologist trained
    in it; PCL-5 58 before and 31 after 12 sessions.
clinical:
  severity: PCL-5 58 on 05/28/2026 before therapy; PCL-5 31 on 08/18/2026
  severity_date: 2026-08-18
  suicidality: none
  suicidality_date: 2026-08-18
  response: PCL-5 58 (05/28/2026) to 31 (08/18/2026) after 12 sessions
  response_level: response
  history:
    - drug: Sertraline
      dose: 150 mg daily
      start: 2025-09
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued during therapy
      evidence: {file: clinical/psychologist-treatment-summary-2026-08-25.txt, page: 1}
    - drug: Prazosin
      dose: 2 mg at bedtime for nightmares
      start: 2025-11
      ongoing: true
      kind: other
      outcome: For trauma nightmares; not an antidepressant trial
      evidence: {file: clinical/psychologist-treatment-summary-2026-08-25.txt, page: 1}
    - drug: Supportive counseling through the employee assistance program
      start: 2025-10
      end: 2025-12
      sessions: 6
      kind: psychotherapy
      outcome: 6 supportive sessions (not trauma-focused); referred on for trauma-focused therapy
      evidence: {file: clinical/psychologist-treatment-summary-2026-08-25.txt, page: 1}
author:
  name: Ingrid Haverkamp
  role: Wife of the member and his authorized representative
  relation: representative
  authorization: other/member-authorization-2026-11-09.txt
  address: |-
    1904 Grand Avenue
    West Des Moines, IA 50265
  phone: (515) 555-0127
  email: ingrid.haverkamp@mail.example
provider:
  name: Esther Lindqvist
  credentials: PhD, licensed psychologist
  npi: "1582037465"
  address: |-
    Lindqvist Trauma Psychology (FICTIONAL), 2510 Lincoln Way, Suite 5
    Ames, IA 50014
  phone: (515) 555-0131
reimbursement:
  amount_billed: "$2,400.00"
  amount_paid: "$0.00"
record_dates:
  - file: clinical/psychologist-treatment-summary-2026-08-25.txt
    date: 2026-08-25
bates_prefix: HAVERKAMP
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''

DOCS = {
    "denial/eob-2026-09-02.txt": """
HEARTLAND PLAN ADMINISTRATORS (FICTIONAL) for PRAIRIE SYNOD BENEFIT PLAN - EXPLANATION OF BENEFITS
Date: 09/02/2026   Claim: HPA-26-0902-118845   Page 1 of 1

Member: Daniel Haverkamp   ID FICT-PSB-552019847
Provider: Esther Lindqvist, PhD (non-network)   90837 x 12, 06/02/2026-08/18/2026   Billed $2,400.00   Paid $0.00
Remark CO-242: Services were provided by a non-network provider. The Plan does not pay benefits for non-network
services except emergency care.
Also on this statement: Elias Haverkamp (dependent), 99393 on 08/11/2026, paid.
""",
    "denial/first-level-decision-2026-10-28.txt": """
HEARTLAND PLAN ADMINISTRATORS (FICTIONAL) - FIRST-LEVEL APPEAL DECISION             Date: 10/28/2026
Re: Daniel Haverkamp, claim HPA-26-0902-118845          Page 1 of 1

The first-level appeal is denied. Network behavioral health providers are available in the member's area,
including Cedar Valley Counseling (Ankeny), Raccoon River Therapy (West Des Moines) and Northside Psychological
Services (Des Moines), as shown in the provider directory. The network exception in Section 5.4 does not apply.

Decided by: Appeals Analyst, Heartland Plan Administrators. Directory consulted: Prairie Synod provider directory 2025.
You may file a second-level appeal with the Appeals Committee within 60 days of this decision (SPD 12.4).
""",
    "clinical/psychologist-treatment-summary-2026-08-25.txt": """
LINDQVIST TRAUMA PSYCHOLOGY (FICTIONAL) - TREATMENT SUMMARY                     Date: 08/25/2026
Client: Daniel Haverkamp   DOB 09/23/1982   Clinician: Esther Lindqvist, PhD, licensed psychologist
Page 1 of 1

Diagnosis: posttraumatic stress disorder, chronic (F43.12), after a highway crash on 03/14/2025.
Treatment: prolonged exposure therapy, 12 weekly 60-minute sessions (90837), 06/02/2026 to 08/18/2026.
PCL-5: 58 on 05/28/2026 (intake); 31 on 08/18/2026. No suicidal ideation at any visit.
Medicines (prescribed by his primary care physician): sertraline 150 mg daily since 09/2025, partial response,
continued; prazosin 2 mg at bedtime since 11/2025 for nightmares.
Before: 6 supportive counseling sessions through his employer's assistance program, 10/2025-12/2025, not
trauma-focused; that counselor referred him for trauma-focused therapy.
Office: 34 miles from his home.
""",
    "other/spd-2026-sections-5-and-12-excerpt.txt": """
PRAIRIE SYNOD BENEFIT PLAN (FICTIONAL) - SUMMARY PLAN DESCRIPTION 2026 (excerpts)
A church plan; the Plan has not elected to be covered by ERISA. Benefits are self-funded by the Prairie Synod Benefit
Board, which covers 2,140 employees of member congregations and institutions.

5.3 Access Standard. For outpatient mental health care, a Network Provider of the type needed must be available
within 30 miles of the member's home and able to offer a first appointment within 10 business days of the request.
5.4 Network Exception. If no Network Provider meets the Access Standard for a covered service, the Plan will cover
that service from a Non-Network Provider at the Network level of benefits. The member or provider should ask the
Plan before the services, or within 90 days after the first visit. The Plan will answer within 15 days.

12.1 The Plan Administrator has discretionary authority to interpret the Plan and decide claims.
12.4 A second-level appeal must be filed within 60 days of the first-level decision; the Appeals Committee decides
within 30 days.
""",
    "other/network-call-log-2026-05.txt": """
CALL LOG KEPT BY INGRID HAVERKAMP (FICTIONAL) - looking for a network trauma therapist, May 2026
Page 1 of 1
05/18/2026 Cedar Valley Counseling, Ankeny: recorded message, "closed as of March 2026".
05/18/2026 Raccoon River Therapy, West Des Moines (4 miles): first opening 09/14/2026; no prolonged exposure or CPT.
05/19/2026 Northside Psychological Services, Des Moines (9 miles): trauma-focused therapy; waitlist, first opening
           08/03/2026.
05/19/2026 Heartland member services, behavioral health line, ref. BH-0519-2271: could not name a network trauma
           therapist within 30 miles with an opening in 10 business days.
05/22/2026 Story County Trauma Recovery Center, Ames (33 miles): first opening 07/20/2026.
05/26/2026 Dr. Lindqvist (non-network, 34 miles): first appointment offered 06/02/2026.
""",
    "other/network-exception-request-fax-2026-07-15.txt": """
FAX CONFIRMATION AND REQUEST (FICTIONAL)        Sent 07/15/2026 3:02 pm to (515) 555-0171 - 3 pages - OK
To Heartland Plan Administrators: Network exception request under SPD Section 5.4 for Daniel Haverkamp
(FICT-PSB-552019847), trauma-focused therapy with Esther Lindqvist, PhD, first visit 06/02/2026. Call log attached.
No answer was received.
""",
    "other/provider-directory-2025-excerpt.txt": """
PRAIRIE SYNOD BENEFIT PLAN (FICTIONAL) - PROVIDER DIRECTORY 2025 (excerpt)
Behavioral health, Polk County: Cedar Valley Counseling (Ankeny); Raccoon River Therapy (West Des Moines);
Northside Psychological Services (Des Moines).
""",
    "other/member-authorization-2026-11-09.txt": """
AUTHORIZATION OF A REPRESENTATIVE (FICTIONAL)                                  Signed: 11/09/2026
I, Daniel Haverkamp (FICT-PSB-552019847), authorize my wife, Ingrid Haverkamp, to appeal claim HPA-26-0902-118845 for
me and to receive my health information for that purpose. - Daniel Haverkamp
""",
}

TRUTH = r'''
# 04 - Self-funded church plan: out-of-network trauma therapy under the SPD's access standard; second-level appeal by the wife (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Daniel Haverkamp, 44 (DOB 09/23/1982), West Des Moines, IA, is in the **Prairie Synod Benefit Plan**, a
  **self-funded church plan that has not elected ERISA** (SPD); the Benefit Board covers 2,140 employees.
- Chronic PTSD (F43.12) after a 03/14/2025 crash. **12 prolonged-exposure sessions (90837), 06/02-08/18/2026**, with
  Esther Lindqvist, PhD (non-network, **34 miles**). PCL-5 **58 -> 31**. Billed **$2,400.00**.
- **SPD 5.3**: a network provider of the type needed within **30 miles** with a first appointment within **10
  business days**. **SPD 5.4**: if none meets it, the plan covers the non-network provider **at the network level**;
  ask **before, or within 90 days after the first visit**; the plan answers within 15 days.
- Her calls (05/18-05/22/2026): Cedar Valley **closed (03/2026)**; Raccoon River (4 mi) first opening **09/14** and no
  trauma-focused therapy; Northside (9 mi) **08/03**; member services (ref. BH-0519-2271) named none; Story County (33
  mi) **07/20**. No network provider met 5.3.
- She faxed a **network exception request on 07/15/2026** (43 days after the first visit: within 90); **never
  answered** (5.4 promises 15 days).
- Claims denied **09/02/2026** (CO-242, "no non-network benefits except emergency care"); **first-level decision
  10/28/2026** upheld it from the **2025 directory**, naming Cedar Valley (closed) among "available" providers.
- **Stage and rule:** a **second-level** appeal to the Appeals Committee, **60 days from 10/28: by 12/27/2026** (SPD
  12.4); decided within 30 days. Claims and appeals under the Code's copy of the rules (26 CFR 54.9815-2719); parity
  under 26 CFR 54.9812-1 (more than 50 employees).
- **Author:** Ingrid Haverkamp, his wife, **authorized 11/09/2026**; she writes "my husband".

## Deliberately unknown
- What the plan pays at the network level (its allowed amount, his coinsurance): not in the case; never "$2,400 owed".
- Whether a network provider farther away (beyond 30 miles) had an earlier opening: not in the case.
- Whether external review reaches a network-exception denial: not settled by the case (it turns on the plan's terms,
  not on medical judgment); a letter must not promise it.

## Traps
- **Plan document and dates, not medicine.** The winning point is SPD 5.3/5.4 and the call dates. Not a
  medical-necessity question: no trial count, no literature, no peer-to-peer.
- **Not "no network therapist exists"**: network therapists exist; none met the access standard. Never say none exists.
- **Stale directory:** the decision relied on the **2025 directory**; Cedar Valley closed in 03/2026. Never count Cedar
  Valley as an in-network source tried and refused; it was not available at all.
- **Story County** (33 miles) is beyond 30 miles and its first opening 07/20 is far beyond 10 business days.
- **The exception request** was made **after** the first visit but within the 90 days 5.4 allows: never "asked before
  the care", never "late".
- **Other person on a document:** the EOB shows **Elias Haverkamp's** well-child visit (paid).
- **Sertraline continues** (partial response): never "failed". Prazosin is for nightmares. The EAP counseling (6
  supportive sessions) is not a failed trauma-focused trial.
- **Discretion clause (12.1):** no contra proferentem stated as law.
- **Wrong law:** not ERISA (no 29 CFR 2560.503-1, no "ERISA 502", no EBSA/Labor Department); self-funded, so **no
  state insurance department** and no state external review; no 45 CFR 156.230 (Marketplace) or 438.206 (Medicaid); no
  "emergency" ground.
- **Voice:** the wife writes "I" for herself and about her husband.

## Arguments a strong letter makes (strongest first)
1. **SPD 5.4** requires the plan to cover the non-network psychologist **at the network level** because no network
   provider met **SPD 5.3** (30 miles, first visit in 10 business days): call log row by row (Raccoon River 09/14, no
   trauma therapy; Northside 08/03; Story County 33 miles and 07/20; member services named none; Cedar Valley closed).
2. The exception was asked **07/15/2026**, within **90 days after the first visit** (06/02), and the plan never answered
   within its own 15 days; the first-level decision never addressed the request or the access standard.
3. The first-level decision's facts are wrong: it used the **2025 directory**; Cedar Valley had closed.
4. (Secondary) Parity under 26 CFR 54.9812-1 for the network exception as applied (ask for comparative analysis as a
   claim document, not as a right); ask the Appeals Committee to decide within 30 days (12.4). Timely: by 12/27/2026.

## What a letter must NOT say
- "no in-network provider exists" / "there are no network therapists"; Cedar Valley as refused or as an available
  network provider; "we asked before the care".
- "$2,400 is owed"; Elias Haverkamp's visit; "emergency".
- "failed sertraline"; "medically necessary" as the ground; "peer-to-peer".
- "ERISA", "29 CFR 2560.503-1", "EBSA", "Department of Labor", "state insurance department", "Iowa Insurance
  Division", "45 CFR 156.230", "438.206", "contra proferentem" as law, "external review" promised.
'''

D1 = "denial/eob-2026-09-02.txt"
D2 = "denial/first-level-decision-2026-10-28.txt"
S = "other/spd-2026-sections-5-and-12-excerpt.txt"
N = "other/network-call-log-2026-05.txt"
ANSWERS = [
    (D1, "Remark CO-242"),
    (D1, "Elias Haverkamp (dependent)"),
    (D2, "including Cedar Valley Counseling (Ankeny)"),
    (D2, "Prairie Synod provider directory 2025"),
    (D2, "within 60 days of this decision (SPD 12.4)"),
    (S, "within 30 miles of the member's home and able to offer a first appointment within 10 business days"),
    (S, "at the Network level of benefits"),
    (S, "or within 90 days after the first visit"),
    (S, "The Plan will answer within 15 days"),
    (S, "has not elected to be covered by ERISA"),
    (S, "discretionary authority"),
    (N, "closed as of March 2026"),
    (N, "first opening 09/14/2026"),
    (N, "(33 miles): first opening 07/20/2026"),
    (N, "BH-0519-2271"),
    ("other/network-exception-request-fax-2026-07-15.txt", "Sent 07/15/2026"),
    ("other/network-exception-request-fax-2026-07-15.txt", "No answer was received"),
    ("clinical/psychologist-treatment-summary-2026-08-25.txt", "PCL-5: 58 on 05/28/2026 (intake); 31 on 08/18/2026"),
    ("clinical/psychologist-treatment-summary-2026-08-25.txt", "sertraline 150 mg daily since 09/2025, partial response"),
    ("truth", "by 12/27/2026"),
]
