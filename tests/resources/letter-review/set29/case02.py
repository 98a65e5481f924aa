"""Set 29 case 02 (FICTIONAL): Medicare Advantage HMO, Part B step therapy applied to a member who is not a new start."""
SLUG = "02-medicare-advantage-hmo-part-b-step-therapy-spravato-not-a-new-start-reconsideration-psychiatric-np"

CASE_YAML = """
# FICTIONAL CASE (set 29, case 02) - every person, plan, provider, number and address is invented.
# Medicare Advantage HMO, Arizona. Marguerite Feldkamp, 68, had Spravato induction and maintenance from 01/2026 to
# 06/15/2026, every session paid by this plan. She relapsed; her NP asked on 10/20/2026 to resume maintenance. The
# plan denied it on 11/02/2026 under its Part B step therapy policy ("no paid claim for esketamine in the past 365
# days"; no antipsychotic augmentation on file). The policy applies to new starts only (365-day look-back), and the
# plan's own claims show doses through 06/15/2026. The treating psychiatric NP writes the standard pre-service
# reconsideration with the member's CMS-1696 appointment.
patient:
  name: Marguerite Feldkamp
  salutation: Ms. Feldkamp
  date_of_birth: 1958-08-30
  member_id: FICT-SDM-77310452
  address: |-
    7715 East Saguaro Vista Lane
    Scottsdale, AZ 85255
  phone: (480) 555-0117
insurer:
  name: Sonoran Desert Medicare Advantage HMO (FICTIONAL)
  appeals_address: |-
    Sonoran Desert Medicare Advantage - Appeals and Grievances (address FICTIONAL)
    PO Box 33108
    Phoenix, AZ 85067
  fax: (602) 555-0171
claim:
  number: PA-26-1020-61734
  plan_type: medicare_advantage
  notice_date: 2026-11-02
  appeal_deadline: 2027-01-06
  deadline_basis: >-
    Notice of 11/02/2026: "You must ask for a reconsideration within 65 calendar days from the date of this notice"
    (42 CFR 422.582(b)).
  pending_services: [weekly Spravato maintenance sessions for 12 weeks]
  setting: outpatient
  procedure_codes: [G2082, G2083]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    Your request for esketamine (Spravato) is denied under Part B Step Therapy Policy ST-PB-22. The plan has no paid
    claim for esketamine in the past 365 days, so this is a new start. Before esketamine, members must try
    aripiprazole or brexpiprazole added to an antidepressant for at least 6 weeks. Our records show no paid claim
    for either drug.
  denial_category: step_therapy
  action: none
  corrections:
    - said: The plan has no paid claim for esketamine in the past 365 days, so this is a new start.
      record: >-
        The plan's own explanations of benefits show Spravato sessions paid on 01/12/2026 through 06/15/2026; the
        last, 06/15/2026, is 127 days before the request of 10/20/2026.
      file: other/plan-eob-summary-spravato-2026.txt
      page: 1
prior_auth:
  requested_on: 2026-10-20
  reference: PA-26-1020-61734
plan_policy:
  name: Part B Step Therapy Policy
  number: ST-PB-22
  quote: >-
    ST-PB-22, esketamine nasal spray (Part B). Step therapy applies to new starts only. A member is a new start when
    the plan has no paid claim for the requested drug in the 365 days before the request. Step: a trial of
    aripiprazole or brexpiprazole added to an antidepressant for at least 6 weeks. A trial paid by another plan or
    documented in the medical record counts.
  file: other/step-therapy-policy-st-pb-22.txt
  step_lookback_days: 365
payer_criteria:
  - criterion: A trial of aripiprazole or brexpiprazole added to an antidepressant for at least 6 weeks
    how_met: >-
      Aripiprazole 5 mg added to sertraline 200 mg, 04/2024 through 06/2024 (8 weeks), no response; paid by her former
      employer retiree plan before she joined this plan in 2025.
    met: true
    evidence: {file: clinical/psychiatric-np-note-2026-10-19.txt, page: 1}
treatment:
  name: Spravato (esketamine nasal spray) maintenance, weekly
  summary: >-
    Resumption of weekly Spravato maintenance after a relapse; she responded to induction and maintenance from
    01/2026 to 06/2026, all paid by this plan.
  plan: >-
    Spravato 84 mg weekly for 12 weeks, then every other week if MADRS stays under 12; two hours of observation with
    blood pressure checks at each session in a REMS-certified clinic.
  earlier_doses:
    - {date: 2026-01-12, dose: "56 mg (induction: first session)", paid_by_plan: true, claim: SDM-26-0120-10455, file: other/plan-eob-summary-spravato-2026.txt}
    - {date: 2026-03-09, dose: 84 mg (maintenance), paid_by_plan: true, claim: SDM-26-0318-22871, file: other/plan-eob-summary-spravato-2026.txt}
    - {date: 2026-06-15, dose: "84 mg (maintenance: last session)", paid_by_plan: true, claim: SDM-26-0624-39016, file: other/plan-eob-summary-spravato-2026.txt}
  alongside: escitalopram 20 mg daily
clinical:
  severity: MADRS 31 on 10/19/2026 (relapse); MADRS 9 on 06/15/2026 (last maintenance session)
  severity_date: 2026-10-19
  suicidality: none
  suicidality_date: 2026-10-19
  response: MADRS 34 (01/05/2026) to 9 (06/15/2026) on Spravato; MADRS 31 on 10/19/2026 after stopping
  response_level: remission
  episode_onset: 2025-06
  treating_since: 2025-11
  history:
    - drug: ECT
      dose: 10 treatments
      start: 2012-03
      end: 2012-05
      kind: neuromodulation
      sessions: 10
      response: remission
      outcome: Remission in the 2012 episode (an earlier episode, not a failure)
      evidence: {file: clinical/psychiatric-np-note-2026-10-19.txt, page: 1}
    - drug: Sertraline
      dose: 200 mg daily
      start: 2024-01
      end: 2025-01
      kind: antidepressant
      adequate: true
      failed: true
      response: partial
      outcome: Partial response only; replaced by escitalopram
      evidence: {file: clinical/psychiatric-np-note-2026-10-19.txt, page: 1}
    - drug: Aripiprazole (added to sertraline)
      dose: 5 mg daily
      start: 2024-04
      end: 2024-06
      weeks: 8
      kind: augmentation
      adequate: true
      failed: true
      response: none
      outcome: No response after 8 weeks; stopped (paid by her former retiree plan)
      evidence: {file: clinical/psychiatric-np-note-2026-10-19.txt, page: 1}
    - drug: Escitalopram
      dose: 20 mg daily
      start: 2025-02
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued with Spravato
      evidence: {file: clinical/psychiatric-np-note-2026-10-19.txt, page: 1}
    - drug: Mirtazapine
      dose: 7.5 mg at bedtime for sleep
      start: 2025-08
      end: 2025-10
      kind: other
      adequate: false
      outcome: Sleep dose only; not an antidepressant trial
      evidence: {file: clinical/psychiatric-np-note-2026-10-19.txt, page: 1}
author:
  name: Rosalind Achterberg
  role: Treating psychiatric nurse practitioner, DNP, PMHNP-BC (prescriber)
  relation: prescriber
  authorization: other/cms-1696-appointment-of-representative.txt
  address: |-
    Camelback Mood Disorders Clinic (FICTIONAL), 4410 North 24th Street, Suite 210
    Phoenix, AZ 85016
  phone: (602) 555-0146
  fax: (602) 555-0147
provider:
  name: Rosalind Achterberg
  credentials: DNP, PMHNP-BC
  npi: "1102161175"
  address: |-
    Camelback Mood Disorders Clinic (FICTIONAL), 4410 North 24th Street, Suite 210
    Phoenix, AZ 85016
  phone: (602) 555-0146
record_dates:
  - file: clinical/psychiatric-np-note-2026-10-19.txt
    date: 2026-10-19
bates_prefix: FELDKAMP
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/notice-of-denial-2026-11-02.txt": """
SONORAN DESERT MEDICARE ADVANTAGE HMO (FICTIONAL)
NOTICE OF DENIAL OF MEDICAL COVERAGE (OR PAYMENT)                  Date of this notice: 11/02/2026
Member: Marguerite Feldkamp   Member ID FICT-SDM-77310452   Request: PA-26-1020-61734 (received 10/20/2026)
Requested by: Rosalind Achterberg, DNP, PMHNP-BC
Page 1 of 1

We denied the request for: esketamine (Spravato) nasal spray, weekly maintenance (G2082/G2083), Part B.
Why: Your request for esketamine (Spravato) is denied under Part B Step Therapy Policy ST-PB-22. The plan has no paid
claim for esketamine in the past 365 days, so this is a new start. Before esketamine, members must try aripiprazole
or brexpiprazole added to an antidepressant for at least 6 weeks. Our records show no paid claim for either drug.

You have the right to ask us for a reconsideration. You must ask for a reconsideration within 65 calendar days from
the date of this notice. Write to Appeals and Grievances, PO Box 33108, Phoenix, AZ 85067, or fax (602) 555-0171.
A standard reconsideration about a Part B drug is decided within 7 calendar days.
""",
    "other/step-therapy-policy-st-pb-22.txt": """
SONORAN DESERT MEDICARE ADVANTAGE HMO (FICTIONAL) - PART B STEP THERAPY POLICY ST-PB-22 (effective 01/01/2026)
Page 1 of 1

ST-PB-22, esketamine nasal spray (Part B). Step therapy applies to new starts only. A member is a new start when
the plan has no paid claim for the requested drug in the 365 days before the request. Step: a trial of
aripiprazole or brexpiprazole added to an antidepressant for at least 6 weeks. A trial paid by another plan or
documented in the medical record counts.
""",
    "other/plan-eob-summary-spravato-2026.txt": """
SONORAN DESERT MEDICARE ADVANTAGE HMO (FICTIONAL) - MEMBER PORTAL: CLAIMS SUMMARY (printed 10/21/2026)
Member: Marguerite Feldkamp   Member ID FICT-SDM-77310452
Page 1 of 1

Service date   Claim              Provider                            Service                       Status
01/12/2026     SDM-26-0120-10455  Camelback Mood Disorders Clinic     G2082 esketamine 56 mg         PAID
01/15/2026 - 02/19/2026 (10 more induction sessions, 5 claims)        G2082/G2083                    PAID
03/09/2026     SDM-26-0318-22871  Camelback Mood Disorders Clinic     G2083 esketamine 84 mg         PAID
03/16/2026 - 06/08/2026 (maintenance, 9 claims)                       G2083                          PAID
06/15/2026     SDM-26-0624-39016  Camelback Mood Disorders Clinic     G2083 esketamine 84 mg         PAID
Prior authorization on file: PA-25-1222-48810, esketamine, 01/05/2026 - 07/04/2026 (approved).
""",
    "clinical/psychiatric-np-note-2026-10-19.txt": """
CAMELBACK MOOD DISORDERS CLINIC (FICTIONAL)
PSYCHIATRIC FOLLOW-UP NOTE                                             Date: 10/19/2026
Patient: Marguerite Feldkamp   DOB 08/30/1958   Clinician: Rosalind Achterberg, DNP, PMHNP-BC (NPI 1102161175)
Page 1 of 1

Diagnosis: major depressive disorder, recurrent, severe without psychotic features (F33.2). Current episode began
06/2025. Under my care since 11/2025.
Spravato: induction 01/12-02/19/2026 (MADRS 34 -> 11), maintenance 03/2026-06/15/2026 (MADRS 9 on 06/15/2026).
Stopped after 06/15 because she moved to her daughter's home out of state for the summer (no certified clinic there).
Relapse since 09/2026: MADRS 31 today. No suicidal ideation today; no history of attempts.
Medication history: ECT x10 03-05/2012, remission (earlier episode). Sertraline 200 mg 01/2024-01/2025, partial
response only, replaced. Aripiprazole 5 mg added to sertraline 04/2024-06/2024 (8 weeks), no response, stopped - paid
by her former employer retiree plan (pharmacy printout in chart). Escitalopram 20 mg since 02/2025, partial response,
continued. Mirtazapine 7.5 mg at bedtime for sleep 08-10/2025.
Plan: resume Spravato 84 mg weekly for 12 weeks with escitalopram, then every other week if MADRS under 12.
""",
    "other/cms-1696-appointment-of-representative.txt": """
APPOINTMENT OF REPRESENTATIVE (form CMS-1696 content, typed copy for this test set)
Beneficiary: Marguerite Feldkamp   Medicare plan member ID FICT-SDM-77310452
I appoint Rosalind Achterberg, DNP, PMHNP-BC, Camelback Mood Disorders Clinic, to act as my representative in
connection with my request for esketamine (PA-26-1020-61734) and its appeals.
Signed: Marguerite Feldkamp, 11/05/2026.   Accepted: Rosalind Achterberg, 11/05/2026.
""",
    "other/prior-auth-request-form-2026-01.txt": """
CAMELBACK MOOD DISORDERS CLINIC (FICTIONAL) - PRIOR AUTHORIZATION REQUEST FORM (sent 12/22/2025, induction)
Patient: Marguerite Feldkamp
Current severity: MADRS 34 (12/2025). Requested: esketamine induction, 8 sessions.
(Form for the first course; approved as PA-25-1222-48810. Not the current request.)
""",
}

TRUTH = """
# 02 - Medicare Advantage HMO: Part B step therapy applied to a member who is not a new start; reconsideration by the psychiatric NP (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Marguerite Feldkamp, **68** (DOB 08/30/1958), Scottsdale, AZ, is in a **Medicare Advantage HMO**.
- She had **Spravato induction (01/12-02/19/2026) and maintenance (03/2026-06/15/2026)**, authorized (PA-25-1222-48810)
  and **paid by this plan**; MADRS 34 -> 9. She stopped when away for the summer and relapsed (MADRS 31 on 10/19/2026).
- Her NP asked on **10/20/2026** to resume weekly maintenance (PA-26-1020-61734). The plan denied it on **11/02/2026**
  under **ST-PB-22** as a "new start" with "no paid claim for esketamine in the past 365 days", and no aripiprazole or
  brexpiprazole trial "on file".
- **ST-PB-22's own words:** step therapy "applies to new starts only"; a new start has "no paid claim ... in the 365
  days before the request". The plan paid sessions through **06/15/2026, 127 days before the request**: she is **not a
  new start**, and the step does not reach her. Medicare Advantage step therapy for Part B drugs is for new starts
  only (42 CFR 422.136, cited at section level).
- Even if the step applied: **aripiprazole 5 mg added to sertraline, 04-06/2024 (8 weeks), no response**, paid by her
  former retiree plan; ST-PB-22 says "A trial paid by another plan or documented in the medical record counts".
- **Stage and rule:** standard pre-service reconsideration, 42 CFR 422.578-422.590; 65 days from the notice: **by
  01/06/2027**; a Part B drug: decided within **7 calendar days** (422.590(c)). Upheld denials go to the IRE
  automatically.
- **Author:** the treating **psychiatric NP** (DNP, PMHNP-BC), a prescriber who is not a physician: she needs the
  member's **CMS-1696** appointment (enclosed; 422.578(c) lets only a physician file a pre-service reconsideration
  without it). She writes about "Ms. Feldkamp" and never calls herself "physician" or "Dr.".

## Deliberately unknown
- Whether the plan's claims system looked at a different drug code (J0013 versus G2082/G2083) when it found "no paid
  claim": not known; the letter may ask, not say.
- Whether the plan will call the request urgent: no expedited request is made, and none is certified.
- The 2024 retiree plan's name is not in the case documents beyond "former employer retiree plan".

## Traps
- **Date and plan document first.** The winning point is the plan's own 365-day new-start rule against its own paid
  claims (last dose 06/15/2026). Clinical argument comes second.
- **A decision's stated fact the record contradicts:** "no paid claim for esketamine in the past 365 days" - the plan's
  portal printout shows paid sessions 01/12-06/15/2026.
- **Trials paid outside the plan** count by the policy's own words: aripiprazole 2024 (retiree plan) is a trial.
- **Escitalopram continues** (partial response): never "failed" or "stopped". **Sertraline** ended with a partial
  response (counts as an inadequate response, replaced). **Mirtazapine 7.5 mg** is a sleep dose, not a trial. **ECT 2012**
  is an earlier-episode remission, not a failure.
- **Stale form:** the 12/2025 PA request form (MADRS 34, induction, 8 sessions) is the first course's, not this request.
- **Suicidality none:** never the Spravato suicidality indication, never "suicidal ideation"; the TRD use is the
  approved one. Never say the label **requires** an oral antidepressant for TRD (monotherapy allowed since January
  2025); escitalopram is continued by choice.
- **Wrong law:** no ERISA, no 45 CFR 147.136, no MHPAEA/parity (not for Medicare), no state insurance department, no
  Part D rules (423.578); no "name and qualifications" duty.
- **Voice:** the NP writes as the treating nurse practitioner, never "physician", "Dr." or "as her psychiatrist".

## Arguments a strong letter makes (strongest first)
1. **ST-PB-22 applies to new starts only**, defined by the plan's own 365-day look-back; the plan itself paid Spravato
   through **06/15/2026**, 127 days before the 10/20/2026 request. She is not a new start, so the step does not apply;
   for Part B drugs Medicare Advantage step therapy reaches new starts only (422.136).
2. The notice's fact is wrong: its own claims show paid sessions 01/12-06/15/2026 (portal printout).
3. In any case the step is met: aripiprazole 5 mg added to sertraline for 8 weeks in 2024, no response; the policy
   counts trials paid by another plan or documented in the record.
4. She remitted on Spravato (MADRS 34 -> 9) and relapsed after stopping (MADRS 31): resume maintenance; decide within
   7 days (Part B drug).

## What a letter must NOT say
- "new start" as true of her; "no prior esketamine"; "first course".
- "failed escitalopram", "stopped escitalopram"; mirtazapine as a trial; ECT 2012 "failed".
- "suicidal ideation", "acute suicidal", "the label requires an oral antidepressant".
- "ERISA", "29 CFR 2560.503-1", "45 CFR 147.136", "MHPAEA", "parity", "423.578", "insurance department".
- "Dr. Achterberg", "as her physician", "as her psychiatrist".
"""

ANSWERS = [
    ("denial/notice-of-denial-2026-11-02.txt", "no paid claim for esketamine in the past 365 days"),
    ("denial/notice-of-denial-2026-11-02.txt", "within 65 calendar days from the date of this notice"),
    ("denial/notice-of-denial-2026-11-02.txt", "decided within 7 calendar days"),
    ("other/step-therapy-policy-st-pb-22.txt", "Step therapy applies to new starts only"),
    ("other/step-therapy-policy-st-pb-22.txt", "no paid claim for the requested drug in the 365 days before the request"),
    ("other/step-therapy-policy-st-pb-22.txt", "A trial paid by another plan or documented in the medical record counts"),
    ("other/plan-eob-summary-spravato-2026.txt", "06/15/2026     SDM-26-0624-39016"),
    ("other/plan-eob-summary-spravato-2026.txt", "PA-25-1222-48810"),
    ("clinical/psychiatric-np-note-2026-10-19.txt", "04/2024-06/2024 (8 weeks), no response"),
    ("clinical/psychiatric-np-note-2026-10-19.txt", "Escitalopram 20 mg since 02/2025, partial response"),
    ("clinical/psychiatric-np-note-2026-10-19.txt", "Mirtazapine 7.5 mg at bedtime for sleep"),
    ("clinical/psychiatric-np-note-2026-10-19.txt", "No suicidal ideation today"),
    ("clinical/psychiatric-np-note-2026-10-19.txt", "MADRS 31 today"),
    ("other/cms-1696-appointment-of-representative.txt", "I appoint Rosalind Achterberg"),
    ("case.yaml", "step_lookback_days: 365"),
    ("truth", "127 days before the request"),
]
