"""Set 39, case 05 (FICTIONAL): Medicare Advantage HMO, hospital IOP denied as 'not a benefit' and 'out of network'."""

SLUG = "05-ma-hmo-iop-not-a-benefit-and-out-of-network-both-wrong-payment-reconsideration-patient"

CASE_YAML = r"""
# FICTIONAL CASE (set 39, case 05) - every person, plan, hospital, number and address is invented.
# Medicare Advantage HMO, North Carolina. Walter Przybylski, 73, attended a hospital intensive outpatient program
# for depression (24 program days, 09/08-10/30/2026). The plan denied payment on 11/12/2026 on two grounds: "IOP is
# not a covered benefit (EOC Chapter 4)" and "provider not in network". The plan's own 2026 Medical Benefits Chart
# lists IOP ($25 a day, no prior authorization), and its directory and the hospital's contract list the program as
# in network. He writes the reconsideration request himself.
patient:
  name: Walter Przybylski
  salutation: Mr. Przybylski
  date_of_birth: 1953-07-30
  member_id: FICT-PCM-77120458
  address: |-
    904 Longleaf Commons Drive
    Raleigh, NC 27612
  phone: (919) 555-0138
  email: w.przybylski@mailbox.example
insurer:
  name: Piedmont Crest Health - Piedmont Crest Medicare Advantage HMO (FICTIONAL)
  appeals_address: |-
    Piedmont Crest Health - Medicare Appeals (FICTIONAL)
    PO Box 37190
    Durham, NC 27722
  fax: (919) 555-0151
claim:
  number: PCH-26-1105-88213
  plan_type: medicare_advantage
  notice_date: 2026-11-12
  appeal_deadline: 2027-01-16
  deadline_basis: >-
    Notice of Denial of Payment of 11/12/2026: "You have 65 days from the date of this notice to ask us for a
    reconsideration."
  service_dates: [2026-09-08, 2026-10-30]
  sessions: 24
  setting: intensive_outpatient
  procedure_codes: [90853, 90832]
  revenue_codes: ["0905"]
  diagnosis_codes: [F33.1]
  carc_codes: [PR-96, PR-242]
  denial_reason: >-
    PR-96: Intensive outpatient program services are not a covered benefit of your plan (Evidence of Coverage,
    Chapter 4). PR-242: These services were provided by a provider that is not in the plan's network. Your HMO plan
    does not cover non-emergency care from out-of-network providers without prior approval.
  denial_category: not_covered
  denial_reasons: [not_covered, out_of_network]
  action: none
  corrections:
    - said: These services were provided by a provider that is not in the plan's network.
      record: >-
        The plan's own 2026 provider directory, printed 09/02/2026, lists Wake Meadows Hospital, Behavioral Health
        Outpatient Services (IOP, PHP) as in network, and the hospital's managed care office writes that it has been
        a contracted hospital with the plan since 01/01/2022 and billed under its contracted NPI.
      file: other/hospital-contract-status-letter-2026-11-18.txt
      page: 1
plan_policy:
  name: Piedmont Crest Medicare Advantage HMO Evidence of Coverage 2026, Chapter 4, Medical Benefits Chart
  number: Chapter 4
  quote: >-
    Intensive outpatient program services: $25 copay each day. Prior authorization is not required. Outpatient
    mental health care (including intensive outpatient and partial hospitalization programs): a referral is not
    required.
  file: other/evidence-of-coverage-2026-chapter-4-excerpt.txt
  listed:
    name: Evidence of Coverage 2026, Chapter 4, Medical Benefits Chart
    entry: "Intensive outpatient program services: $25 copay each day. Prior authorization is not required."
    file: other/evidence-of-coverage-2026-chapter-4-excerpt.txt
    page: 1
    as: a covered benefit of the plan, at a $25 copay each day
  other_terms: >-
    Provider Directory 2026, Raleigh area, Behavioral health (printed 09/02/2026): "Wake Meadows Hospital,
    Behavioral Health Outpatient Services (IOP, PHP), 3100 Lake Boone Trail, Raleigh, NC. In network. Accepting
    new patients."
  other_terms_file: other/provider-directory-2026-page-printed-2026-09-02.txt
  other_terms_apply: >-
    The program he attended is the one the plan's own directory listed as in network six days before he started,
    and the hospital confirms its contract since 01/01/2022, so the out-of-network ground does not apply and the
    in-network copay of $25 a day does.
prior_auth:
  required: false
treatment:
  name: Hospital intensive outpatient program (IOP) for depression, 24 program days
  summary: >-
    A hospital-based intensive outpatient program (three days a week, 3.5 hours a day) for a recurrent depressive
    episode, 09/08/2026 through 10/30/2026; PHQ-9 fell from 19 to 8.
clinical:
  severity: PHQ-9 19 at intake (09/01/2026); PHQ-9 8 at discharge (10/30/2026)
  severity_date: 2026-10-30
  suicidality: passive
  suicidality_date: 2026-09-01
  response: PHQ-9 19 (09/01/2026) to 8 (10/30/2026)
  response_level: response
  episode_onset: 2026-06
  history:
    - drug: Sertraline
      dose: 150 mg daily
      start: 2025-02
      ongoing: true
      adequate: true
      response: partial
      outcome: Partial response; continued through and after the program
      evidence: {file: clinical/iop-discharge-summary-2026-10-30.txt, page: 1}
    - drug: Trazodone
      dose: 50 mg at bedtime for sleep
      start: 2026-07
      ongoing: true
      kind: other
      outcome: Sleep dose; not an antidepressant trial
      evidence: {file: clinical/iop-discharge-summary-2026-10-30.txt, page: 1}
    - drug: Outpatient psychotherapy
      dose: weekly
      start: 2026-06
      end: 2026-08
      kind: psychotherapy
      sessions: 10
      response: partial
      outcome: Worsened after his wife's death in 06/2026 despite weekly therapy; referred to the IOP
      evidence: {file: clinical/iop-intake-assessment-2026-09-01.txt, page: 1}
    - drug: Citalopram
      dose: 20 mg daily
      start: 2009-01
      end: 2010-03
      response: remission
      outcome: Earlier episode (2009); remission; not a failure
      evidence: {file: clinical/iop-intake-assessment-2026-09-01.txt, page: 1}
impact:
  daily_life: Stopped cooking and leaving the house after his wife died; lost 6 kg before the program.
author:
  name: Walter Przybylski
  role: Patient (the plan member)
  relation: patient
  address: |-
    904 Longleaf Commons Drive
    Raleigh, NC 27612
  phone: (919) 555-0138
  email: w.przybylski@mailbox.example
provider:
  name: Wake Meadows Hospital, Behavioral Health Outpatient Services
  credentials: hospital outpatient department; program physician Ingrid Solberg-Amari, MD, psychiatry
  npi: "1920477357"
  address: |-
    3100 Lake Boone Trail
    Raleigh, NC 27607
  phone: (919) 555-0172
record_dates:
  - file: clinical/iop-intake-assessment-2026-09-01.txt
    date: 2026-09-01
  - file: clinical/iop-discharge-summary-2026-10-30.txt
    date: 2026-10-30
  - file: other/hospital-contract-status-letter-2026-11-18.txt
    date: 2026-11-18
bates_prefix: PRZYBYLSKI
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/notice-of-denial-of-payment-2026-11-12.txt": """
PIEDMONT CREST HEALTH (FICTIONAL) - PIEDMONT CREST MEDICARE ADVANTAGE HMO
NOTICE OF DENIAL OF PAYMENT                                                       Date of this notice: 11/12/2026
Member: Walter Przybylski   Member ID FICT-PCM-77120458   Claim PCH-26-1105-88213
Provider: Wake Meadows Hospital   Services 09/08/2026-10/30/2026, revenue code 0905, 24 days
Billed $6,720.00   Plan paid $0.00   You may owe: $6,720.00
PR-96: Intensive outpatient program services are not a covered benefit of your plan (Evidence of Coverage, Chapter
4). PR-242: These services were provided by a provider that is not in the plan's network. Your HMO plan does not cover
non-emergency care from out-of-network providers without prior approval.
You have 65 days from the date of this notice to ask us for a reconsideration. Mail: Medicare Appeals, PO Box 37190,
Durham, NC 27722. Fax (919) 555-0151. If we do not decide fully in your favor, we send your case to an independent
review entity.
""",
    "clinical/iop-intake-assessment-2026-09-01.txt": """
WAKE MEADOWS HOSPITAL (FICTIONAL) - INTENSIVE OUTPATIENT PROGRAM INTAKE                  Date: 09/01/2026
Patient: Walter Przybylski   DOB 07/30/1953   Page 1 of 1
Major depressive disorder, recurrent, moderate (F33.1); episode since 06/2026 after his wife's death. PHQ-9 19.
Passive suicidal ideation (wishes he would not wake up), no plan or intent; safety plan made.
Weekly outpatient therapy 06/2026-08/2026 (10 sessions), worsening. Sertraline 150 mg daily since 02/2025, partial.
Earlier episode 2009: citalopram 20 mg, remission by 2010.
Recommendation: IOP three days a week, 3.5 hours a day, starting 09/08/2026.
""",
    "clinical/iop-discharge-summary-2026-10-30.txt": """
WAKE MEADOWS HOSPITAL (FICTIONAL) - INTENSIVE OUTPATIENT PROGRAM DISCHARGE SUMMARY        Date: 10/30/2026
Patient: Walter Przybylski   DOB 07/30/1953   Program physician: Ingrid Solberg-Amari, MD   Page 1 of 1
Attended 24 program days, 09/08/2026 to 10/30/2026, three days a week, 3.5 hours a day (10.5 hours a week).
PHQ-9 19 at intake, 8 at discharge. No suicidal ideation at discharge.
Medicines: sertraline 150 mg daily (continued, partial response before the program); trazodone 50 mg at bedtime for
sleep since 07/2026. Discharged to weekly outpatient therapy.
""",
    "other/iop-attendance-record-2026.txt": """
WAKE MEADOWS HOSPITAL (FICTIONAL) - IOP GROUP ATTENDANCE (Tuesday/Thursday/Friday group)      Page 1 of 1
09/08/2026-10/30/2026: W.P. present 24 of 24 program days. Other group members on this sheet: R.T., M.S., D.K.
(their attendance is not part of this claim).
""",
    "other/evidence-of-coverage-2026-chapter-4-excerpt.txt": """
PIEDMONT CREST MEDICARE ADVANTAGE HMO (FICTIONAL) - EVIDENCE OF COVERAGE 2026
Chapter 4, Medical Benefits Chart (excerpt)                                                    Page 1 (of 88)
Intensive outpatient program services: $25 copay each day. Prior authorization is not required.
Outpatient mental health care (including intensive outpatient and partial hospitalization programs): a referral is
not required.
""",
    "other/provider-directory-2026-page-printed-2026-09-02.txt": """
PIEDMONT CREST HEALTH (FICTIONAL) - PROVIDER DIRECTORY 2026, RALEIGH AREA, BEHAVIORAL HEALTH   Printed 09/02/2026
Page 1 of 1
Wake Meadows Hospital, Behavioral Health Outpatient Services (IOP, PHP), 3100 Lake Boone Trail, Raleigh, NC. In
network. Accepting new patients.
""",
    "other/hospital-contract-status-letter-2026-11-18.txt": """
WAKE MEADOWS HOSPITAL (FICTIONAL) - MANAGED CARE CONTRACTING OFFICE                        Date: 11/18/2026
To: Walter Przybylski   Re: claim PCH-26-1105-88213   Page 1 of 1
Wake Meadows Hospital has been a contracted hospital with Piedmont Crest Medicare Advantage HMO since 01/01/2022,
including outpatient behavioral health services at 3100 Lake Boone Trail. Your claim was billed under our contracted
NPI 1920477357. We have asked the plan to correct its provider record. - Contracting office, (919) 555-0173.
""",
    "other/evidence-of-coverage-2023-chapter-4-stale.txt": """
PIEDMONT CREST MEDICARE ADVANTAGE HMO (FICTIONAL) - EVIDENCE OF COVERAGE 2023, Chapter 4 (excerpt)
Intensive outpatient programs: not covered. [2023 plan year; replaced by later years' Evidence of Coverage.]
""",
}

TRUTH = """# 05 - Medicare Advantage HMO: a hospital IOP denied as "not a covered benefit" and "out of network", both contradicted by the plan's own documents; payment reconsideration written by the patient (FICTIONAL)

All people, plans, hospitals, numbers and addresses are invented (FICTIONAL).

## What is true
- Walter Przybylski, 73 (DOB 07/30/1953), in **Piedmont Crest Medicare Advantage HMO** (NC), attended **Wake Meadows
  Hospital's intensive outpatient program**: **24 program days, 09/08/2026 to 10/30/2026**, 3 days a week, 3.5 hours a
  day (**10.5 hours a week**); PHQ-9 **19 -> 8**. Recurrent depression (F33.1) after his wife's death.
- **Notice of Denial of Payment, 11/12/2026** (PCH-26-1105-88213): PR-96 "IOP ... not a covered benefit (EOC
  Chapter 4)" and PR-242 "not in the plan's network"; "You may owe: **$6,720.00**".
- **Both grounds are contradicted by the plan's own documents:** the **2026 EOC Chapter 4** lists "Intensive
  outpatient program services: **$25 copay each day**. Prior authorization is not required", with no referral needed;
  the plan's **2026 directory, printed 09/02/2026**, lists the program as in network; the hospital's letter says it has
  been contracted **since 01/01/2022** and billed under its contracted NPI. The **2023 EOC** ("not covered") is stale.
- **Rule:** a Medicare Advantage plan covers every Part B benefit (42 CFR 422.101(a)); IOP has been a Medicare Part B
  benefit since 01/01/2024 (as I understand it). Stage: **reconsideration of a payment denial**, 65 days from the
  notice (**by 01/16/2027**), decided within 60 days; an upheld denial goes to the independent review entity
  automatically. Medical necessity was never reviewed.
- **Author:** the patient, writing as "I".

### Expected answers
{ANSWERS}

## Deliberately unknown
- Why the claims system treated the hospital as out of network: unknown (the hospital has asked the plan to fix it).
- What the plan would allow for the 24 days: not in the case; the only figure known is the copay ($25 a day: $600
  for 24 days) and the billed $6,720.00.
- Whether he has paid anything: nothing in the case says so; a letter must not ask for reimbursement.

## Traps
- **Plan documents, not medicine:** the winning points are the EOC chart and the directory/contract; no
  medical-necessity argument is needed, and "medical necessity" was not the ground.
- **Stale document:** the 2023 EOC's "not covered" - a letter must not concede or quote it as the terms in force.
- **Voice:** he signs; "I", never "Mr. Przybylski has ...".
- **Suicidality:** passive ideation at intake (09/01/2026), none at discharge; it is history (over 90 days old),
  never "active" or "current".
- **Still taken:** sertraline (partial) continues; **sleep dose:** trazodone 50 mg; **earlier episode:** citalopram
  2009-2010, remission - not a failure. Psychotherapy is not an antidepressant trial.
- **Other people:** the attendance sheet's other initials (R.T., M.S., D.K.).
- **Not a PHP:** 10.5 hours a week in an IOP; never "partial hospitalization", "inpatient", "stay" or "admission".
- **Wrong law:** no MHPAEA (not for Medicare), no ERISA, no 45 CFR 147.136, no network gap exception, no
  "retroactive authorization" (none is required), no Original Medicare QIC/redetermination.

## Arguments a strong letter makes (strongest first)
1. The plan's own 2026 Evidence of Coverage lists IOP as a covered benefit at $25 a day, with no prior
   authorization or referral: the "not a covered benefit" ground contradicts Chapter 4, which the denial itself cites.
2. The provider is in network: the plan's own directory (printed 09/02/2026, before the first day) and the hospital's
   contract since 01/01/2022; correct the provider record and pay at the in-network copay.
3. As a Medicare Advantage plan it must cover Part B benefits, which include IOP (42 CFR 422.101(a)).
4. Reprocess and pay; his share is the $25 daily copay, not $6,720.00.

## What a letter must NOT say
- "IOP is not covered", "network gap exception", "out-of-network exception", "retroactive authorization".
- "partial hospitalization" for his care, "inpatient", "admission", "stay".
- "active suicidal ideation", "currently suicidal"; "failed sertraline", "stopped sertraline"; trazodone as a trial;
  "failed citalopram"; "R.T.", "M.S.", "D.K.".
- "MHPAEA"/"parity", "ERISA", "45 CFR 147.136", "QIC", "redetermination", "Medicare Summary Notice".
- "I paid", any reimbursement request; "Mr. Przybylski" as the voice of the signer.
"""

ANSWERS = [
    ("Plan type", "plan_type: medicare_advantage", "case.yaml"),
    ("Date of the notice", "Date of this notice: 11/12/2026", "denial/notice-of-denial-of-payment-2026-11-12.txt"),
    ("Last day to ask", "by 01/16/2027", "truth"),
    ("The plan's own benefit row", "Intensive outpatient program services: $25 copay each day", "other/evidence-of-coverage-2026-chapter-4-excerpt.txt"),
    ("Prior authorization for IOP", "Prior authorization is not required", "other/evidence-of-coverage-2026-chapter-4-excerpt.txt"),
    ("The directory listing", "Wake Meadows Hospital, Behavioral Health Outpatient Services (IOP, PHP)", "other/provider-directory-2026-page-printed-2026-09-02.txt"),
    ("When the directory page was printed", "Printed 09/02/2026", "other/provider-directory-2026-page-printed-2026-09-02.txt"),
    ("Contracted since", "since 01/01/2022", "other/hospital-contract-status-letter-2026-11-18.txt"),
    ("Program days", "Attended 24 program days", "clinical/iop-discharge-summary-2026-10-30.txt"),
    ("Dates of the program", "09/08/2026 to 10/30/2026", "clinical/iop-discharge-summary-2026-10-30.txt"),
    ("Hours a week", "10.5 hours a week", "clinical/iop-discharge-summary-2026-10-30.txt"),
    ("PHQ-9 at discharge", "PHQ-9 19 at intake, 8 at discharge", "clinical/iop-discharge-summary-2026-10-30.txt"),
    ("What the notice says he may owe", "You may owe: $6,720.00", "denial/notice-of-denial-of-payment-2026-11-12.txt"),
    ("The stale term", "Intensive outpatient programs: not covered", "other/evidence-of-coverage-2023-chapter-4-stale.txt"),
    ("Rule: MA covers Part B benefits", "42 CFR 422.101(a)", "truth"),
    ("Sleep dose", "trazodone 50 mg at bedtime for sleep", "clinical/iop-discharge-summary-2026-10-30.txt"),
]
