SLUG = "05-chip-ga-age-12-timely-filing-payer-accepted-claim-in-february-provider-claim-appeal-psychiatric-np"

CASE_YAML = r'''
# FICTIONAL CASE (set 31, case 05) - every person, plan, provider, number and address is invented.
# Separate CHIP, managed care, Georgia. Lucia Moreno-Tran, 12, had four psychotherapy visits (two individual 90834,
# two family 90847) with her psychiatric nurse practitioner in January 2026. The claim was sent on 02/06/2026 and
# the plan's own acceptance report shows it received on 02/09/2026; the plan later said it had no claim on file,
# the practice sent it again on 06/22/2026, and the plan denied it (CO-29) as "received 06/22/2026, more than 180
# days after the date of service". The NP, who owns the practice, writes the claim appeal.
patient:
  name: Lucia Moreno-Tran
  salutation: Lucia
  date_of_birth: 2014-03-19
  member_id: FICT-PCK-30917745-02
  address: |-
    2231 Glenwood Avenue SE
    Atlanta, GA 30317
  phone: (404) 555-0119
insurer:
  name: Peach Grove Kids Health Plan (FICTIONAL CHIP managed care plan)
  appeals_address: |-
    Peach Grove Kids Health Plan - Provider Claim Appeals (address FICTIONAL)
    PO Box 92018
    Atlanta, GA 30374
  fax: (404) 555-0188
claim:
  number: PGK-26-0715-201944
  plan_type: chip
  delivery: managed_care
  notice_date: 2026-11-12
  appeal_deadline: 2027-02-10
  deadline_basis: >-
    Remittance advice of 11/12/2026: "Claim appeals must be received within 90 days of the date of this remittance"
    (Provider Manual, Section 9.3).
  service_dates: [2026-01-06, 2026-01-13, 2026-01-20, 2026-01-27]
  sessions: 4
  setting: outpatient
  procedure_codes: [90834, 90847]
  diagnosis_codes: [F93.0, F41.1]
  carc_codes: [CO-29]
  denial_reason: >-
    The time limit for filing has expired. Claim received 06/22/2026, more than 180 days after the date of service.
    (CARC 29)
  denial_category: timely_filing
  action: none
  corrections:
    - said: "Claim received 06/22/2026"
      record: "The plan's own acceptance report (277CA) shows the claim received and accepted on 02/09/2026, payer claim control number PGK-2602-0918833; 06/22/2026 is the date it was sent again after the plan said it had none on file."
      file: other/clearinghouse-277ca-acceptance-2026-02-09.txt
      page: 1
filing:
  first_submitted: 2026-02-06
  received: 2026-02-09
  proof: other/clearinghouse-277ca-acceptance-2026-02-09.txt
  limit_deadline: 2026-07-05
  method: electronic claim (837P) through Harbor Line Clearinghouse
  returned: 2026-06-15
  resent: 2026-06-22
plan_policy:
  name: Peach Grove Kids Health Plan Provider Manual 2026, Section 9.1 ("Timely filing")
  quote: >-
    Claims must be received within 180 days of the date of service. The date we receive a claim is the date on our
    electronic acceptance report (277CA) or the date stamped on a paper claim. A claim first received within 180 days
    and sent again at our request keeps the date it was first received; send the acceptance report with the appeal.
  file: other/provider-manual-2026-section9-excerpt.txt
treatment:
  name: Outpatient psychotherapy, individual (90834) and family (90847), four visits in January 2026
  summary: >-
    Weekly psychotherapy for separation anxiety and generalized anxiety in a 12-year-old; school attendance improved
    from 2 to 5 days a week by March 2026.
clinical:
  severity: SCARED total 44 on 01/06/2026; 23 on 04/07/2026
  severity_date: 2026-04-07
  suicidality: none
  suicidality_date: 2026-04-07
  history:
    - drug: Sertraline
      dose: 25 mg daily
      start: 2025-11
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued
      evidence: {file: clinical/progress-summary-2026-04-07.txt, page: 1}
    - drug: Melatonin
      dose: 1 mg at bedtime for sleep
      start: 2025-10
      ongoing: true
      kind: other
      outcome: Sleep aid only; not a trial
      evidence: {file: clinical/progress-summary-2026-04-07.txt, page: 1}
author:
  name: Josephine Adeyemi-Kraus
  role: Treating psychiatric nurse practitioner (DNP, PMHNP-BC) and owner of Eastside Child Psychiatry (in network), the billing provider
  relation: prescriber
  authorization: other/parent-consent-2026-11-16.txt
  address: |-
    Eastside Child Psychiatry (FICTIONAL), 1400 Memorial Drive SE, Suite 5
    Atlanta, GA 30317
  phone: (404) 555-0146
  email: billing@eastsidechildpsych.example
provider:
  name: Josephine Adeyemi-Kraus
  credentials: DNP, PMHNP-BC
  npi: "1833740966"
  address: |-
    Eastside Child Psychiatry (FICTIONAL), 1400 Memorial Drive SE, Suite 5
    Atlanta, GA 30317
  phone: (404) 555-0146
record_dates:
  - file: clinical/progress-summary-2026-04-07.txt
    date: 2026-04-07
bates_prefix: MORENOTRAN
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''

DOCS = {
"denial/remittance-advice-2026-11-12.txt": """
PEACH GROVE KIDS HEALTH PLAN (FICTIONAL CHIP MANAGED CARE PLAN) - REMITTANCE ADVICE       Date: 11/12/2026
Payee: Eastside Child Psychiatry   Rendering: Josephine Adeyemi-Kraus, DNP, PMHNP-BC (NPI 1833740966) (in network)
Page 1 of 1
Claim PGK-26-0715-201944   Member: Lucia Moreno-Tran   ID FICT-PCK-30917745-02
  01/06/2026 90834   01/13/2026 90847   01/20/2026 90834   01/27/2026 90847   billed $620.00   paid $0.00   CO-29
  Remark: The time limit for filing has expired. Claim received 06/22/2026, more than 180 days after the date of
  service. (CARC 29)   Member liability: $0.00 (in-network provider may not bill the member).
CLAIM APPEALS: Claim appeals must be received within 90 days of the date of this remittance. Send them with
supporting documents to Provider Claim Appeals, PO Box 92018, Atlanta, GA 30374, or fax (404) 555-0188.
""",
"other/clearinghouse-277ca-acceptance-2026-02-09.txt": """
HARBOR LINE CLEARINGHOUSE (FICTIONAL) - PAYER ACKNOWLEDGMENT REPORT (277CA)        Report date: 02/09/2026
Submitter: Eastside Child Psychiatry   Batch 2602-06-118   Sent 02/06/2026 16:20
Payer: Peach Grove Kids Health Plan
Page 1 of 1
Patient: MORENO-TRAN, LUCIA   ID FICT-PCK-30917745-02   DOS 01/06/2026-01/27/2026   $620.00
  Status: A2 - ACCEPTED INTO ADJUDICATION by payer 02/09/2026   Payer claim control number PGK-2602-0918833
Patient: OYELARAN, D.   ID FICT-PCK-30455120-01   DOS 01/29/2026   $155.00
  Status: A2 - ACCEPTED by payer 02/09/2026   Payer claim control number PGK-2602-0918834
""",
"other/call-log-2026-06-15.txt": """
EASTSIDE CHILD PSYCHIATRY (FICTIONAL) - PAYER CALL LOG
06/15/2026 10:05  Called Peach Grove Kids provider services (404) 555-0170, rep "Dana", call ref PGK-CALL-7761240.
Asked status of claim PGK-2602-0918833 (Lucia Moreno-Tran, DOS 01/06-01/27/2026). Rep: "no claim on file under that
member; please resubmit." Told rep we hold a 277CA acceptance of 02/09/2026. Rep: "send it with an appeal if denied."
06/22/2026  Claim resubmitted electronically (batch 2606-22-041).
""",
"other/provider-manual-2026-section9-excerpt.txt": """
PEACH GROVE KIDS HEALTH PLAN (FICTIONAL) - PROVIDER MANUAL 2026
Section 9.1 Timely filing                                                            Page 41
Claims must be received within 180 days of the date of service. The date we receive a claim is the date on our
electronic acceptance report (277CA) or the date stamped on a paper claim. A claim first received within 180 days
and sent again at our request keeps the date it was first received; send the acceptance report with the appeal.
Section 9.3 Claim appeals: within 90 days of the remittance date. Members are held harmless for claims denied for
timely filing and are never billed for them.
""",
"other/provider-manual-2024-section9-excerpt.txt": """
PEACH GROVE KIDS HEALTH PLAN (FICTIONAL) - PROVIDER MANUAL 2024 (superseded)
Section 9.1 Timely filing                                                            Page 38
Claims must be received within 90 days of the date of service. Resubmissions are counted from the date received.
""",
"other/parent-consent-2026-11-16.txt": """
PARENT CONSENT TO SHARE RECORDS FOR A CLAIM APPEAL (FICTIONAL)                      11/16/2026
I, Carmen Moreno-Tran, mother of Lucia Moreno-Tran (DOB 03/19/2014), consent to Eastside Child Psychiatry sending
Lucia's treatment records to Peach Grove Kids Health Plan for the appeal of claim PGK-26-0715-201944.
Signed: Carmen Moreno-Tran
""",
"clinical/progress-summary-2026-04-07.txt": """
EASTSIDE CHILD PSYCHIATRY (FICTIONAL)
PROGRESS SUMMARY                                                             Date: 04/07/2026
Patient: Lucia Moreno-Tran   DOB 03/19/2014   Clinician: Josephine Adeyemi-Kraus, DNP, PMHNP-BC (NPI 1833740966)
Page 1 of 1
Diagnoses: separation anxiety disorder (F93.0); generalized anxiety disorder (F41.1).
Visits in January 2026: 01/06 individual (90834, 45 minutes); 01/13 family with mother (90847, 50 minutes);
01/20 individual (90834); 01/27 family with mother (90847).
Course: SCARED 44 on 01/06/2026, 23 on 04/07/2026. School attendance 2 days a week in December 2025, 5 days a week
since March 2026. No suicidal ideation at any visit.
Medication: sertraline 25 mg daily since 11/2025, partial response, continued; melatonin 1 mg at bedtime for sleep.
""",
}

TRUTH = """# 05 - Separate CHIP (Georgia), member aged 12: timely filing counted from a resubmission; claim appeal by the psychiatric NP (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Lucia Moreno-Tran, **12**, Atlanta, GA, is covered by a **separate CHIP managed care plan** (Peach Grove Kids).
  Her in-network psychiatric NP billed **four psychotherapy visits** (01/06 and 01/20/2026 90834; 01/13 and 01/27/2026
  90847, with her mother).
- The claim was **sent 02/06/2026** and **accepted by the payer on 02/09/2026** (277CA, status A2, payer claim control
  number PGK-2602-0918833): within 180 days of every date of service (the earliest limit is **07/05/2026**).
- On **06/15/2026** the plan's representative said it had no claim on file and asked for a resubmission (call ref
  PGK-CALL-7761240); the practice **resubmitted 06/22/2026**. The plan denied it on **11/12/2026** (CO-29) as "received
  06/22/2026".
- The plan's own **2026 Provider Manual, Section 9.1**: the receipt date is the 277CA date; a claim first received in
  time "and sent again at our request keeps the date it was first received".
- **Route:** the plan's **provider claim appeal** (Manual 9.3): **90 days from the remittance, by 02/10/2027**. The
  member is **held harmless** ($0.00 member liability).
- **Author:** the treating psychiatric NP (DNP, PMHNP-BC), who owns the billing practice; the mother's consent to
  share records is enclosed.

## Deliberately unknown
- Why the plan lost the February claim: unknown; the letter may ask, not explain.
- Whether Georgia law sets a different filing rule for CHIP plans: not in the case; cite the plan's manual only.
- Whether the mother would also have a member appeal: not needed (no member liability); a letter should not start
  one.

## Traps
- **Date, not medicine.** The winning point is the 277CA of **02/09/2026** plus Manual 9.1's "keeps the date it was
  first received". No medical-necessity argument; no good-cause plea as the main point (it is only a fallback).
- **A decision's stated fact the record contradicts:** "received 06/22/2026" (that was the resubmission, made at the
  plan's request).
- **Other person on a document:** the 277CA also lists "OYELARAN, D." (another patient's claim).
- **Stale document:** the **2024 Provider Manual** (90 days; resubmissions counted from receipt) is superseded; never
  quote it as the rule.
- **Route / wrong law:** this is a provider claim appeal: no member fair hearing, no state CHIP review request, no
  42 CFR 438.420 continued benefits, no EPSDT (separate CHIP), no ERISA, no external review; never say the family
  owes the charges.
- **Sertraline continues** with a partial response (never "failed"); **melatonin** is a sleep aid; psychotherapy is
  not a drug trial. Suicidality: none.
- **Voice:** the NP writes as Lucia's treating psychiatric nurse practitioner; never "physician" or "Dr."; not the
  mother's or Lucia's "I".

## Arguments a strong letter makes (strongest first)
1. The claim was **received 02/09/2026** (the plan's own 277CA acceptance, PGK-2602-0918833), within 180 days of each
   date of service (by 07/05/2026 at the earliest); under **Manual 9.1** that date is the receipt date.
2. The 06/22/2026 submission was **sent again at the plan's request** (call of 06/15/2026, ref PGK-CALL-7761240), so
   under 9.1 it keeps the 02/09/2026 date. Reprocess and pay the four visits.
3. Only as a fallback: if the plan cannot find the first claim, the practice filed in time and acted on the plan's
   own instruction; ask it to correct its record of claim PGK-2602-0918833.

## What a letter must NOT say
- "medically necessary" as the ground; "peer-to-peer".
- "received 06/22/2026" as the first receipt; "the claim was late"; "90 days from the date of service" as the rule.
- "Oyelaran" or the other claim as part of this appeal.
- "fair hearing", "state review", "EPSDT", "42 CFR 438", "ERISA", "external review", "the family owes".
- "failed sertraline"; melatonin as a trial; "suicidal".
- "Dr. Adeyemi-Kraus", "physician".
"""

ANSWERS = [
    ("other/clearinghouse-277ca-acceptance-2026-02-09.txt", "ACCEPTED INTO ADJUDICATION by payer 02/09/2026"),
    ("other/clearinghouse-277ca-acceptance-2026-02-09.txt", "PGK-2602-0918833"),
    ("other/clearinghouse-277ca-acceptance-2026-02-09.txt", "OYELARAN, D."),
    ("other/clearinghouse-277ca-acceptance-2026-02-09.txt", "Sent 02/06/2026"),
    ("other/call-log-2026-06-15.txt", "no claim on file under that\nmember; please resubmit."),
    ("other/call-log-2026-06-15.txt", "PGK-CALL-7761240"),
    ("other/provider-manual-2026-section9-excerpt.txt", "keeps the date it was\nfirst received"),
    ("other/provider-manual-2026-section9-excerpt.txt", "Members are held harmless"),
    ("other/provider-manual-2024-section9-excerpt.txt", "(superseded)"),
    ("denial/remittance-advice-2026-11-12.txt", "Claim received 06/22/2026, more than 180 days after the date of\n  service."),
    ("denial/remittance-advice-2026-11-12.txt", "within 90 days of the date of this remittance"),
    ("clinical/progress-summary-2026-04-07.txt", "sertraline 25 mg daily since 11/2025, partial response, continued"),
    ("clinical/progress-summary-2026-04-07.txt", "melatonin 1 mg at bedtime for sleep"),
    ("clinical/progress-summary-2026-04-07.txt", "No suicidal ideation at any visit."),
    ("truth", "by 02/10/2027"),
    ("truth", "**07/05/2026**"),
]
