"""Case 02 (FICTIONAL): TRICARE Prime, adolescent IOP; authorization denied as "received after services began"
although the contractor's own letter says it received the request 09/29. Reconsideration, written by the mother."""

SLUG = "02-tricare-prime-teen-iop-auth-received-before-start-reconsideration-mother"

CASE_YAML = r'''
# FICTIONAL CASE (set 46, case 02) - every person, plan, contractor, provider, number and address is invented.
# TRICARE Prime, active-duty family member aged 16. Caleb Ferreira-Lund attended an adolescent intensive outpatient
# program 10/05-11/13/2026 (18 program days). The program faxed the authorization request on 09/29/2026; the
# contractor's own letter of 10/02 says it received it that day and asks for the treatment plan, sent 10/06. The
# contractor's determination of 11/20/2026 treats 10/06 as the request date, after the 10/05 start, and refuses a
# "retroactive" authorization without reviewing necessity. His mother asks the contractor to reconsider.
patient:
  name: Caleb Ferreira-Lund
  salutation: Caleb
  date_of_birth: 2010-03-22
  member_id: FICT-DBN-204518876
  address: |-
    1147 Red River Court
    Clarksville, TN 37042
  phone: (931) 555-0117
insurer:
  name: Cumberland Gap Health Services, TRICARE East Region contractor (FICTIONAL)
  appeals_address: |-
    Cumberland Gap Health Services - Reconsiderations (FICTIONAL)
    PO Box 61208
    Louisville, KY 40206
  fax: (502) 555-0139
claim:
  number: CGH-AUTH-26-0929-41187
  plan_type: tricare
  notice_date: 2026-11-20
  appeal_deadline: 2027-02-18
  deadline_basis: >-
    Determination of 11/20/2026: "You may request a reconsideration within 90 days of the date of this letter."
  service_dates: [2026-10-05, 2026-11-13]
  sessions: 18
  setting: intensive_outpatient
  procedure_codes: [S9480]
  revenue_codes: ["0905"]
  diagnosis_codes: [F32.2]
  denial_reason: >-
    Authorization request received 10/06/2026, after services began on 10/05/2026. TRICARE does not authorize
    services retroactively. Intensive outpatient services 10/05/2026 through 11/13/2026 are not authorized. Medical
    necessity was not reviewed.
  denial_category: prior_authorization
  denial_reasons: [prior_authorization]
  action: none
  corrections:
    - said: Authorization request received 10/06/2026, after services began on 10/05/2026.
      record: >-
        The contractor's own letter of 10/02/2026 says "We received your request for authorization on 09/29/2026"
        and asks for the program's treatment plan; the program's fax report shows the request sent 09/29/2026 and
        the plan sent 10/06/2026 as the information asked for.
      file: other/contractor-pend-letter-2026-10-02.txt
      page: 1
prior_auth:
  requested_on: 2026-09-29
  reference: CGH-AUTH-26-0929-41187
  pended_on: 2026-10-02
  pended_for: the program's individualized treatment plan, faxed 10/06/2026
  reason_missing: >-
    Authorization was not missing for want of a request: the program asked on 09/29/2026, six days before the start,
    and the contractor held the request open for the treatment plan it asked for on 10/02/2026, which was sent on
    10/06/2026; the contractor had not decided the request when the program began.
  proof:
    - other/iop-fax-report-2026-09-29-and-10-06.txt
    - other/contractor-pend-letter-2026-10-02.txt
treatment:
  name: Adolescent intensive outpatient program (IOP), 3 hours a day, 3 days a week (18 program days)
  summary: >-
    An adolescent intensive outpatient program for severe depression with recent self-harm, on his primary care
    manager's referral, when weekly therapy and fluoxetine were not enough.
  plan: >-
    Three-hour sessions three days a week for six weeks (group, individual and family therapy), then step down to
    weekly outpatient therapy.
clinical:
  severity: PHQ-A 20 at intake (10/05/2026); PHQ-A 11 at discharge (11/13/2026)
  severity_date: 2026-11-13
  suicidality: passive
  suicidality_date: 2026-09-24
  response: PHQ-A 20 (10/05/2026) to 11 (11/13/2026)
  response_level: partial
  history:
    - drug: Fluoxetine
      dose: 40 mg daily
      start: 2026-06
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued through and after the program
      evidence: {file: clinical/iop-discharge-summary-2026-11-13.txt, page: 1}
    - drug: Melatonin
      dose: 3 mg at bedtime
      start: 2026-06
      ongoing: true
      kind: other
      outcome: For sleep; not a trial
      evidence: {file: clinical/iop-discharge-summary-2026-11-13.txt, page: 1}
    - drug: Hydroxyzine
      dose: 25 mg as needed for anxiety
      start: 2026-08
      ongoing: true
      kind: other
      outcome: As-needed anxiety medicine; not an antidepressant trial
      evidence: {file: clinical/iop-discharge-summary-2026-11-13.txt, page: 1}
    - drug: Weekly outpatient therapy (CBT)
      start: 2026-05
      end: 2026-09
      sessions: 16
      kind: psychotherapy
      response: none
      outcome: 16 weekly sessions without enough improvement; self-harm in 08/2026 during it
      evidence: {file: clinical/pcm-referral-2026-09-25.txt, page: 1}
    - drug: Outpatient CBT for anxiety (earlier episode)
      start: 2023-01
      end: 2023-04
      sessions: 10
      kind: psychotherapy
      response: response
      outcome: Responded in 2023 (separation anxiety during a deployment); an earlier episode, not a failure
      evidence: {file: clinical/pcm-referral-2026-09-25.txt, page: 1}
impact:
  daily_life: Missed 11 school days in September 2026; stopped playing on the school soccer team.
author:
  name: Ines Ferreira-Lund
  role: Caleb's mother
  relation: parent
  address: |-
    1147 Red River Court
    Clarksville, TN 37042
  phone: (931) 555-0117
  email: ines.fl@mail.example
provider:
  name: Cumberland Youth Intensive Outpatient Program
  credentials: TRICARE network program
  npi: "1368204750"
  address: |-
    410 Madison Street, Suite 3
    Clarksville, TN 37040
  phone: (931) 555-0144
copies: [prescriber]
record_dates:
  - file: clinical/iop-discharge-summary-2026-11-13.txt
    date: 2026-11-13
  - file: clinical/pcm-referral-2026-09-25.txt
    date: 2026-09-25
bates_prefix: FERREIRALUND
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''

DOCS = {
    "denial/authorization-determination-2026-11-20.txt": """
CUMBERLAND GAP HEALTH SERVICES (FICTIONAL) - TRICARE EAST REGION
AUTHORIZATION DETERMINATION                                           Date: 11/20/2026
Beneficiary: Caleb Ferreira-Lund   DOB 03/22/2010   DBN FICT-DBN-204518876   TRICARE Prime (ADFM)
Provider: Cumberland Youth Intensive Outpatient Program, NPI 1368204750
Reference CGH-AUTH-26-0929-41187

Authorization request received 10/06/2026, after services began on 10/05/2026. TRICARE does not authorize services
retroactively. Intensive outpatient services 10/05/2026 through 11/13/2026 are not authorized. Medical necessity
was not reviewed.

You may request a reconsideration within 90 days of the date of this letter. Send it to Reconsiderations,
PO Box 61208, Louisville, KY 40206, or fax (502) 555-0139.
""",
    "other/contractor-pend-letter-2026-10-02.txt": """
CUMBERLAND GAP HEALTH SERVICES (FICTIONAL) - REQUEST FOR ADDITIONAL INFORMATION        Date: 10/02/2026
To: Cumberland Youth Intensive Outpatient Program   Beneficiary: Caleb Ferreira-Lund
Reference CGH-AUTH-26-0929-41187   Service: adolescent intensive outpatient program

We received your request for authorization on 09/29/2026. To complete our review, please send the program's
individualized treatment plan within 14 days. Your request stays open while we wait for it.
""",
    "other/iop-fax-report-2026-09-29-and-10-06.txt": """
CUMBERLAND YOUTH INTENSIVE OUTPATIENT PROGRAM (FICTIONAL) - FAX TRANSMISSION LOG
09/29/2026 15:08   To Cumberland Gap UM, fax (502) 555-0152   8 pages   OK
   "Authorization request - adolescent IOP, start 10/05/2026 - Caleb Ferreira-Lund; referral and intake attached"
10/06/2026 10:21   To Cumberland Gap UM, fax (502) 555-0152   6 pages   OK
   "Treatment plan requested 10/02/2026, reference CGH-AUTH-26-0929-41187"
""",
    "clinical/pcm-referral-2026-09-25.txt": """
CLARKSVILLE FAMILY MEDICINE CLINIC (FICTIONAL) - PCM REFERRAL                             Date: 09/25/2026
Patient: Caleb Ferreira-Lund   DOB 03/22/2010   Referring PCM: Maj. Odalys Prentiss, MD (FICTIONAL)
Major depressive disorder, single episode, severe (F32.2). Weekly CBT since 05/2026 (16 sessions) without enough
improvement; superficial cutting in 08/2026 during it. Passive wish not to wake up on 09/24/2026, no plan. Fluoxetine
40 mg since 06/2026, partial response. Responded to 10 sessions of CBT in 2023 for separation anxiety during his
father's deployment (an earlier episode).
Referral: adolescent intensive outpatient program.
""",
    "clinical/iop-discharge-summary-2026-11-13.txt": """
CUMBERLAND YOUTH INTENSIVE OUTPATIENT PROGRAM (FICTIONAL) - DISCHARGE SUMMARY            Date: 11/13/2026
Patient: Caleb Ferreira-Lund   DOB 03/22/2010   Page 1 of 1
Attended 10/05/2026-11/13/2026: 18 program days, 3 hours each (group, individual and family therapy).
PHQ-A 20 at intake, 11 at discharge. No self-harm during the program; no suicidal ideation at discharge.
Medication: fluoxetine 40 mg daily (partial response, continued); melatonin 3 mg at bedtime; hydroxyzine 25 mg as
needed for anxiety.
Step-down: weekly outpatient therapy from 11/18/2026.
""",
    "other/referral-2024-outpatient-therapy-expired.txt": """
CLARKSVILLE FAMILY MEDICINE CLINIC (FICTIONAL) - REFERRAL (expired)                       Date: 02/12/2024
Patient: Caleb Ferreira-Lund   Referral: outpatient counseling, 8 visits, valid 02/12/2024-08/11/2024
[An old referral kept in the family's folder; it has nothing to do with the 2026 program.]
""",
    "other/iop-attendance-sheet-week-1.txt": """
CUMBERLAND YOUTH IOP (FICTIONAL) - ATTENDANCE, WEEK OF 10/05/2026
C. Ferreira-Lund   10/05 present   10/07 present   10/09 present
T. Abernathy-Ruiz  10/05 present   10/07 absent    10/09 present
""",
}

TRUTH = r'''
# 02 - TRICARE Prime: an adolescent IOP refused as a "retroactive" authorization although the contractor received the request before the program began; reconsideration by his mother (FICTIONAL)

All people, plans, contractors, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Caleb Ferreira-Lund, 16 (DOB 03/22/2010), an active-duty family member in **TRICARE Prime**, attended an adolescent
  **intensive outpatient program 10/05/2026-11/13/2026 (18 program days, 3 hours each)** on his PCM's referral
  (S9480, revenue code 0905, F32.2).
- The program faxed the authorization request on **09/29/2026** (8 pages). The contractor's own letter of
  **10/02/2026** says "We received your request for authorization on **09/29/2026**", asks for the treatment plan, and
  says the request "stays open". The plan was faxed **10/06/2026**, within the 14 days asked.
- The determination of **11/20/2026** (reference CGH-AUTH-26-0929-41187) says the request was received **10/06/2026**,
  after the 10/05 start, refuses a retroactive authorization and says "Medical necessity was not reviewed". Its
  stated date is contradicted by the contractor's own letter: the request came six days before the program began.
- Clinical: PHQ-A 20 -> 11 (a **partial** response); self-harm 08/2026; passive wish not to wake up 09/24/2026; 16
  weekly CBT sessions before the IOP without enough improvement; fluoxetine 40 mg continues.
- **Rule and stage:** TRICARE, 32 CFR 199.10: reconsideration by the regional contractor within **90 days of the
  notice: by 02/18/2027**. The expedited 3-day route is past and moot (the program ended). A refusal on timing is a
  factual matter; if medical necessity is then decided against him, that decision has its own review route (199.15).
- **Author:** his mother, a parent of a minor: she writes about "Caleb"; no authorization form is needed.

## Deliberately unknown
- Why the contractor logged 10/06 as the request date: not known; a letter may ask.
- Whether the contractor would find the program medically necessary: never reviewed; a letter argues it and asks.
- The amount billed or allowed: not in the case.

## Traps
- **Date, not medicine, first.** The winning point is the contractor's own 10/02/2026 letter: the request was received
  09/29/2026, before the program began; the 10/06 fax answered the contractor's request for the plan.
- **Necessity not reviewed:** ask that it be reviewed now; never say a reviewer found it unnecessary, and never ask
  the contractor to "reverse its medical-necessity finding".
- **Stale document:** the 2024 referral (8 counseling visits, expired 08/11/2024) has nothing to do with the program.
- **Other person on a document:** the attendance sheet's second line (T. Abernathy-Ruiz) is another teen.
- **Drugs:** fluoxetine 40 mg continues with a partial response: never "failed" or "stopped". Melatonin and
  hydroxyzine as needed are not antidepressant trials. The 2023 CBT was a **response** in an earlier episode.
- **Suicidality:** a passive wish on 09/24/2026, no plan; none at discharge. Never "active" or an attempt; the
  cutting was self-harm, not a suicide attempt.
- **Partial response:** PHQ-A 11 is better, not remission.
- **Level of care:** an IOP is not inpatient or residential care, and not a "stay"; never "hospitalized".
- **Wrong law:** no ERISA, no 45 CFR 147.136, no MHPAEA, no state insurance department or external review.
- **Voice:** the mother writes about her son; never "I attended", never as the patient.

## Arguments a strong letter makes (strongest first)
1. The request was received **09/29/2026**, six days before the program began on 10/05/2026: the contractor's own
   letter of 10/02/2026 says so and kept the request open for the treatment plan, which was sent on 10/06/2026 within
   the 14 days asked. The authorization was not retroactive; correct the determination's date and decide the
   request as made before the care.
2. Decide medical necessity now, on the record: severe depression at 16, self-harm in 08/2026, a passive wish not to
   wake up on 09/24/2026, 16 weekly CBT sessions and fluoxetine not enough, the PCM's referral; PHQ-A 20 to 11.
3. Ask for the authorization of all 18 program days, 10/05-11/13/2026, and for the claims to be paid.

## What a letter must NOT say
- "received 10/06/2026" as the request date; "retroactive authorization" as what is asked for; "we did not ask in
  time".
- "the 2024 referral"; "Abernathy-Ruiz".
- "failed fluoxetine", "stopped fluoxetine"; melatonin or hydroxyzine as trials; "failed CBT in 2023";
  "suicide attempt"; "active suicidal ideation"; "remission".
- "inpatient", "residential", "hospitalized" for the program.
- "ERISA", "45 CFR 147.136", "MHPAEA", "parity", "external review", "state insurance department".
'''

ANSWERS = [
    ("Plan type", "plan_type: tricare", "case.yaml"),
    ("Date of the determination appealed", "AUTHORIZATION DETERMINATION Date: 11/20/2026", "denial/authorization-determination-2026-11-20.txt"),
    ("Last day to ask for reconsideration", "appeal_deadline: 2027-02-18", "case.yaml"),
    ("The date the determination wrongly gives for the request", "Authorization request received 10/06/2026", "denial/authorization-determination-2026-11-20.txt"),
    ("The date the contractor itself says it received the request", "We received your request for authorization on 09/29/2026", "other/contractor-pend-letter-2026-10-02.txt"),
    ("When the program faxed the request", "09/29/2026 15:08", "other/iop-fax-report-2026-09-29-and-10-06.txt"),
    ("What the 10/06 fax was", "Treatment plan requested 10/02/2026", "other/iop-fax-report-2026-09-29-and-10-06.txt"),
    ("Whether necessity was reviewed", "Medical necessity was not reviewed", "denial/authorization-determination-2026-11-20.txt"),
    ("Program dates and days", "10/05/2026-11/13/2026: 18 program days", "clinical/iop-discharge-summary-2026-11-13.txt"),
    ("Severity at intake and discharge", "PHQ-A 20 at intake, 11 at discharge", "clinical/iop-discharge-summary-2026-11-13.txt"),
    ("Outpatient therapy before the IOP", "Weekly CBT since 05/2026 (16 sessions)", "clinical/pcm-referral-2026-09-25.txt"),
    ("Antidepressant continued", "fluoxetine 40 mg daily (partial response, continued)", "clinical/iop-discharge-summary-2026-11-13.txt"),
    ("Suicidality and its date", "Passive wish not to wake up on 09/24/2026, no plan", "clinical/pcm-referral-2026-09-25.txt"),
    ("Earlier-episode response", "Responded to 10 sessions of CBT in 2023", "clinical/pcm-referral-2026-09-25.txt"),
    ("Another person on a document", "T. Abernathy-Ruiz", "other/iop-attendance-sheet-week-1.txt"),
    ("Stale document", "valid 02/12/2024-08/11/2024", "other/referral-2024-outpatient-therapy-expired.txt"),
]
