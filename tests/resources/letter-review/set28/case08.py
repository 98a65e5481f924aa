"""Set 28, case 08 (FICTIONAL): insured church plan, an exclusion that names esketamine; the plan's exception provision."""

SLUG = "08-church-plan-insured-spravato-named-exclusion-exception-provision-first-appeal-psychiatric-np"

CASE_YAML = """
# FICTIONAL CASE (set 28, case 08) - every person, plan, provider, number and address is invented.
# Church plan, insured, North Carolina (not under ERISA). Hannah Brightwater, 47, a teacher at a church school, has
# treatment-resistant depression. Her certificate excludes "esketamine (Spravato) and ketamine in any form, for any
# psychiatric use" (8.2(t)); Section 9.4 lets the Medical Director cover an excluded service for a serious condition
# when at least two covered treatments have been tried and the service is FDA-approved for the condition. The plan
# denied Spravato (11/09/2026) under 8.2(t), adding that she "has not tried the covered alternative of TMS"; she had
# 36 TMS sessions in 2025. Her psychiatric nurse practitioner, with her written consent, asks for the exception.
patient:
  name: Hannah Brightwater
  salutation: Ms. Brightwater
  date_of_birth: 1979-01-26
  member_id: FICT-HML-CP-0447812
  address: |-
    52 Laurel Ridge Road
    Asheville, NC 28805
  phone: (828) 555-0114
insurer:
  name: Harmony Mutual Life and Health (FICTIONAL), insurer of the Blue Ridge Conference Schools Health Plan
  appeals_address: |-
    Harmony Mutual Life and Health - Appeals (address FICTIONAL)
    PO Box 30660
    Raleigh, NC 27622
  fax: (919) 555-0165
claim:
  number: HML-PA-26-1102-39150
  plan_type: church
  funding: insured
  notice_date: 2026-11-09
  appeal_deadline: 2027-05-08
  deadline_basis: >-
    Notice of 11/09/2026: "You may appeal within 180 days of receiving this notice"; counted here from the notice
    date, without mailing days.
  procedure_codes: [J0013]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    Not covered. Your certificate excludes esketamine (Spravato) and ketamine in any form, for any psychiatric use
    (Section 8.2(t)). In addition, the member has not tried the covered alternative of TMS.
  denial_category: not_covered
  denial_reasons: [not_covered]
  action: none
  pending_services: [Spravato induction, 8 sessions over 4 weeks, then weekly]
  corrections:
    - said: "the member has not tried the covered alternative of TMS"
      record: >-
        Ms. Brightwater had 36 TMS sessions from 03/03/2025 to 04/18/2025 (PHQ-9 21 to 9), with relapse in September
        2025 (TMS course summary)
      file: clinical/tms-course-summary-2025-04-25.txt
      page: 1
prior_auth:
  requested_on: 2026-11-02
plan_policy:
  name: Certificate of Coverage 2026, Section 8.2(t) (exclusions)
  quote: >-
    We do not cover: (t) esketamine (Spravato) and ketamine in any form, for any psychiatric use.
  file: other/certificate-of-coverage-2026-excerpt.txt
  exclusion:
    name: Certificate of Coverage 2026, Section 8.2(t)
  exception: >-
    9.4 Exceptions to exclusions. The Medical Director may approve coverage of a service excluded under Section 8 when
    all of the following are documented: (a) the member has a serious or disabling condition; (b) at least two covered
    treatments for the condition have been tried; and (c) the service is approved by the FDA for the member's
    condition. Ask for an exception in writing; we decide within 15 days.
payer_criteria:
  - criterion: "(a) the member has a serious or disabling condition"
    how_met: >-
      Recurrent major depression, severe (F33.2), PHQ-9 23 on 10/28/2026; on medical leave from teaching since
      09/14/2026
    met: true
    evidence: {file: clinical/np-evaluation-2026-10-28.txt, page: 1}
  - criterion: "(b) at least two covered treatments for the condition have been tried"
    how_met: >-
      Escitalopram and venlafaxine XR (adequate, no response), TMS 36 sessions in 2025 (response, relapse after 5
      months), sertraline continuing with partial response
    met: true
    evidence: [{file: clinical/np-evaluation-2026-10-28.txt, page: 1}, {file: clinical/tms-course-summary-2025-04-25.txt, page: 1}]
  - criterion: "(c) the service is approved by the FDA for the member's condition"
    how_met: Esketamine nasal spray is FDA-approved for treatment-resistant depression in adults (2019)
    met: true
    evidence: {file: clinical/np-evaluation-2026-10-28.txt, page: 1}
treatment:
  name: Esketamine nasal spray (Spravato), induction and maintenance
  summary: >-
    Spravato for treatment-resistant depression after two antidepressants without response, a TMS course whose
    response was lost, and a partial response to sertraline, which continues.
  plan: >-
    Spravato 56 mg twice weekly for 4 weeks (8 sessions), then 56-84 mg weekly; 2-hour observation with blood pressure
    and sedation checks in a REMS-certified clinic; PHQ-9 every visit; stop if no response after the induction.
  setting: Laurel Ridge Psychiatric Associates, a Spravato REMS-certified outpatient clinic (FICTIONAL)
  alongside: sertraline 200 mg daily
clinical:
  severity: PHQ-9 23 on 10/28/2026; on medical leave since 09/14/2026
  severity_date: 2026-10-28
  suicidality: passive
  suicidality_date: 2026-10-28
  episode_onset: 2025-09
  treating_since: 2023-03
  history:
    - drug: Escitalopram
      dose: 20 mg daily
      start: 2023-03
      end: 2023-07
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 16 weeks at 20 mg; stopped
      evidence: {file: clinical/np-evaluation-2026-10-28.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 225 mg daily
      start: 2023-08
      end: 2024-01
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 20 weeks at 225 mg; stopped
      evidence: {file: clinical/np-evaluation-2026-10-28.txt, page: 1}
    - drug: TMS (2025 course)
      start: 2025-03-03
      end: 2025-04-18
      sessions: 36
      kind: neuromodulation
      adequate: true
      response: lost
      outcome: Response (PHQ-9 21 to 9), then relapse in 09/2025
      evidence: {file: clinical/tms-course-summary-2025-04-25.txt, page: 1}
    - drug: Sertraline
      dose: 200 mg daily
      start: 2024-02
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued, and to continue with Spravato
      evidence: {file: clinical/np-evaluation-2026-10-28.txt, page: 1}
    - drug: Lithium (augmentation)
      dose: 600 mg daily
      start: 2026-06
      end: 2026-07
      kind: augmentation
      adequate: false
      outcome: Stopped after 5 weeks for tremor (intolerance); not an adequate trial
      evidence: {file: clinical/np-evaluation-2026-10-28.txt, page: 1}
    - drug: Trazodone
      dose: 25 mg at bedtime for sleep
      start: 2024-02
      ongoing: true
      kind: other
      outcome: Sleep dose only; not an antidepressant trial
      evidence: {file: clinical/np-evaluation-2026-10-28.txt, page: 1}
author:
  name: Imani Okoro-Blake
  role: Treating psychiatric nurse practitioner (DNP, PMHNP-BC), writing with the member's written consent
  relation: prescriber
  authorization: other/member-consent-2026-11-12.txt
  address: |-
    Laurel Ridge Psychiatric Associates (FICTIONAL), 400 Hendersonville Road, Suite 12
    Asheville, NC 28803
  phone: (828) 555-0146
  email: iokoroblake@laurelridgepsych.example
provider:
  name: Imani Okoro-Blake
  credentials: DNP, PMHNP-BC
  npi: "1652083746"
  address: |-
    Laurel Ridge Psychiatric Associates (FICTIONAL), 400 Hendersonville Road, Suite 12
    Asheville, NC 28803
  phone: (828) 555-0146
record_dates:
  - file: clinical/np-evaluation-2026-10-28.txt
    date: 2026-10-28
  - file: clinical/tms-course-summary-2025-04-25.txt
    date: 2025-04-25
bates_prefix: BRIGHTWATER
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/coverage-denial-2026-11-09.txt": """
HARMONY MUTUAL LIFE AND HEALTH (FICTIONAL) - BLUE RIDGE CONFERENCE SCHOOLS HEALTH PLAN (a church plan)
NOTICE OF DENIAL OF A REQUEST FOR COVERAGE                     Date of this notice: 11/09/2026
Member: Hannah Brightwater   Member ID FICT-HML-CP-0447812   Reference: HML-PA-26-1102-39150
Page 1 of 1

Requested 11/02/2026 by Imani Okoro-Blake, DNP, PMHNP-BC: esketamine nasal spray (Spravato), induction.
Not covered. Your certificate excludes esketamine (Spravato) and ketamine in any form, for any psychiatric use
(Section 8.2(t)). In addition, the member has not tried the covered alternative of TMS.
You may appeal within 180 days of receiving this notice. Write to Harmony Mutual Life and Health - Appeals,
PO Box 30660, Raleigh, NC 27622, or fax (919) 555-0165.
""",
    "other/certificate-of-coverage-2026-excerpt.txt": """
HARMONY MUTUAL LIFE AND HEALTH (FICTIONAL) - BLUE RIDGE CONFERENCE SCHOOLS HEALTH PLAN
CERTIFICATE OF COVERAGE 2026 (excerpts)                                     Pages 41 and 44
Section 8.2 We do not cover: (t) esketamine (Spravato) and ketamine in any form, for any psychiatric use.
Section 9.4 Exceptions to exclusions. The Medical Director may approve coverage of a service excluded under Section 8
when all of the following are documented: (a) the member has a serious or disabling condition; (b) at least two
covered treatments for the condition have been tried; and (c) the service is approved by the FDA for the member's
condition. Ask for an exception in writing; we decide within 15 days.
Section 6.5 Transcranial magnetic stimulation (TMS) for depression is covered with prior authorization.
""",
    "clinical/np-evaluation-2026-10-28.txt": """
LAUREL RIDGE PSYCHIATRIC ASSOCIATES (FICTIONAL) - PSYCHIATRIC NP EVALUATION        Date: 10/28/2026
Patient: Hannah Brightwater   DOB 01/26/1979   Clinician: Imani Okoro-Blake, DNP, PMHNP-BC (NPI 1652083746)
Page 1 of 1

Major depressive disorder, recurrent, severe without psychotic features (F33.2); current episode since 09/2025.
PHQ-9 23. On medical leave from teaching since 09/14/2026. Passive thoughts that she would be better off not waking;
no plan or intent.
Treatments: escitalopram 20 mg 03-07/2023, no response at 16 weeks; venlafaxine XR 225 mg 08/2023-01/2024, no
response at 20 weeks; sertraline 200 mg since 02/2024, partial response, continues; TMS 36 sessions 03-04/2025,
response then relapse 09/2025; lithium 600 mg added 06/2026, stopped after 5 weeks for tremor; trazodone 25 mg at
bedtime for sleep.
Esketamine nasal spray is FDA-approved for treatment-resistant depression in adults (2019).
Plan: Spravato 56 mg twice weekly x 4 weeks, then weekly; REMS-certified clinic; continue sertraline.
""",
    "clinical/tms-course-summary-2025-04-25.txt": """
LAUREL RIDGE PSYCHIATRIC ASSOCIATES (FICTIONAL) - TMS COURSE SUMMARY          Date: 04/25/2025
Patient: Hannah Brightwater   Page 1 of 1
36 TMS sessions, 03/03/2025-04/18/2025, authorized by Harmony Mutual (PA-25-0224-10877). PHQ-9 21 before, 9 after.
Observation log, same page: H.B. - no adverse events. (Row "D.M.", another patient's observation, appears on the
printed log.)
Addendum 09/30/2025: depressive symptoms returned in September 2025 (PHQ-9 19).
""",
    "other/previous-plan-formulary-2025.txt": """
PIEDMONT STATE EMPLOYEES PLAN (FICTIONAL) - 2025 SPECIALTY DRUG LIST (page kept by the member)
Esketamine nasal spray (Spravato): covered with prior authorization.
(Her previous employer's plan, before she joined the church school in 2026; not this plan.)
""",
    "other/member-consent-2026-11-12.txt": """
MEMBER'S WRITTEN CONSENT (FICTIONAL)                                         Signed: 11/12/2026
I, Hannah Brightwater, ask Imani Okoro-Blake, DNP, PMHNP-BC, to appeal reference HML-PA-26-1102-39150 for me and to
share my health information with Harmony Mutual for it. Signed: Hannah Brightwater.
""",
}

TRUTH = """
# 08 - Insured church plan: an exclusion that names Spravato; the exception provision; first appeal by the psychiatric NP (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Hannah Brightwater, **47** (DOB 01/26/1979), Asheville, NC, a teacher at a church school, is in the **Blue Ridge
  Conference Schools Health Plan**, a **church plan, insured** by Harmony Mutual Life and Health (not under ERISA).
- Recurrent major depression, severe (F33.2), PHQ-9 **23** (10/28/2026), on medical leave since 09/14/2026.
- **Certificate 2026, Section 8.2(t)** excludes "esketamine (Spravato) and ketamine in any form, for any psychiatric
  use": the exclusion **names the drug**. **Section 9.4** lets the Medical Director approve an excluded service when
  (a) a serious or disabling condition, (b) **at least two covered treatments tried**, (c) FDA-approved for the
  condition; decision within **15 days**.
- Treatments: escitalopram and venlafaxine XR (adequate, no response), **TMS 36 sessions 03/03-04/18/2025 (covered
  by this insurer, PA-25-0224-10877; response, relapse 09/2025)**, sertraline 200 mg (partial, continues).
  Spravato is FDA-approved for treatment-resistant depression in adults (2019).
- The **notice of 11/09/2026** (HML-PA-26-1102-39150) denied under 8.2(t) and said she "has not tried the covered
  alternative of TMS": contradicted by the 2025 TMS summary.
- **Stage and rule:** first internal appeal, **pre-service**, under the certificate and the Internal Revenue Code's
  copy of the claims and appeals rules for a church plan that has not elected ERISA, 26 CFR 54.9815-2719 (by reference
  to the ERISA claims rule's standards, not ERISA as governing law); 180 days: **by 05/08/2027**; pre-service
  decision within 30 days. As an insured plan, its insurer also answers to North Carolina insurance law (the case
  holds no detail).
- **Author:** Imani Okoro-Blake, **DNP, PMHNP-BC**, the treating psychiatric nurse practitioner (a prescriber, not a
  physician), with the member's written consent (11/12/2026).

## Deliberately unknown
- Whether North Carolina's external review reaches an exclusion (a contract question, not medical judgment): not in
  the case; a letter must not promise external review.
- Whether parity law reaches this plan's exclusion (26 CFR 54.9812-1 reaches plans of employers with more than 50
  employees; the school's size is not in the case): a letter may ask for the plan's documents on it, never say the
  exclusion violates parity as a fact.
- What the Medical Director will decide under 9.4: unknown.
- Whether the plan is grandfathered (which would change which federal appeal rules reach the insurer): not in the
  case; a letter should rest on the certificate's own terms first.

## Traps
- **An exclusion that names the drug:** a letter must **never** say 8.2(t) does not reach Spravato, or that Spravato
  is not "esketamine". The honest route - and the winning point, a **plan document** - is the **Section 9.4
  exception**, each of (a), (b), (c) documented.
- **A decision's stated fact the record contradicts:** TMS **was** tried (36 sessions in 2025, authorized by this
  same insurer).
- **TMS 2025 was a response that was lost** (relapse after 5 months): never "TMS failed"/"no response"; it counts as a
  covered treatment **tried** under 9.4(b).
- **Sertraline continues** with a partial response and will be taken with Spravato: never "failed" or "stopped".
  **Lithium** was stopped after 5 weeks for tremor: intolerance, not an adequate trial. **Trazodone 25 mg** is a sleep
  dose.
- **Suicidality passive** (10/28/2026): not active; Spravato's suicidality indication does not apply; the TRD label
  allows monotherapy (since 01/2025) but she takes sertraline anyway - no "must be taken with an oral antidepressant"
  as a label rule.
- **Stale / other plan:** the **2025 drug list of her previous employer's plan** (Spravato covered with PA) is not this
  plan; never "the plan covers Spravato".
- **Other person on a document:** TMS log row **"D.M."** is another patient.
- **Wrong law:** no ERISA as governing law (29 CFR 2560.503-1 cited alone, ERISA 502, EBSA, Labor Department, a
  federal regulator to complain to), no 45 CFR 147.136 as this plan's rule, no Medicare/Medicaid; no
  "contra proferentem" (the exclusion's words are clear); no state external review promised.
- **Voice:** the NP writes as the treating nurse practitioner; never "physician", "Dr." or "I, as her psychiatrist".

## Arguments a strong letter makes (strongest first)
1. Ask for the **Section 9.4 exception** and show each part: (a) severe recurrent depression, PHQ-9 23, on medical leave;
   (b) **at least two covered treatments tried** - escitalopram, venlafaxine XR, the 2025 TMS course (authorized by
   Harmony Mutual), sertraline; (c) Spravato is FDA-approved for treatment-resistant depression in adults. Decision
   within the section's 15 days.
2. The notice's "has not tried the covered alternative of TMS" is contradicted by the TMS course summary (36 sessions,
   03/03-04/18/2025).
3. The treatment plan (REMS-certified clinic, 2-hour observation, stop rule) and the severity; ask, if the exception is
   refused, for the documents the decision relied on.

## What a letter must NOT say
- "the exclusion does not apply to Spravato" / "8.2(t) does not reach"; "Spravato is not ketamine"; "the plan covers
  Spravato".
- "TMS failed", "no response to TMS", "never tried TMS"; "failed sertraline", "stopped sertraline"; lithium as an
  adequate trial; trazodone as a trial.
- "active suicidal ideation"; "Dr. Okoro-Blake"; "physician"; "as her psychiatrist".
- "ERISA", "29 CFR 2560.503-1" as governing, "EBSA", "Medicare", "Medicaid", "contra proferentem", "external review"
  promised; "45 CFR 147.136" as this plan's rule; "violates parity" as a fact; "D.M."; the 2025 Piedmont drug list as
  this plan's.
"""

ANSWERS = [
    ("other/certificate-of-coverage-2026-excerpt.txt", "(t) esketamine (Spravato) and ketamine in any form, for any psychiatric use"),
    ("other/certificate-of-coverage-2026-excerpt.txt", "(b) at least two\ncovered treatments for the condition have been tried"),
    ("other/certificate-of-coverage-2026-excerpt.txt", "we decide within 15 days"),
    ("clinical/tms-course-summary-2025-04-25.txt", "36 TMS sessions, 03/03/2025-04/18/2025, authorized by Harmony Mutual"),
    ("clinical/tms-course-summary-2025-04-25.txt", "depressive symptoms returned in September 2025"),
    ("clinical/tms-course-summary-2025-04-25.txt", "another patient's observation"),
    ("clinical/np-evaluation-2026-10-28.txt", "sertraline 200 mg since 02/2024, partial response, continues"),
    ("clinical/np-evaluation-2026-10-28.txt", "lithium 600 mg added 06/2026, stopped after 5 weeks for tremor"),
    ("clinical/np-evaluation-2026-10-28.txt", "trazodone 25 mg at\nbedtime for sleep"),
    ("clinical/np-evaluation-2026-10-28.txt", "no plan or intent"),
    ("denial/coverage-denial-2026-11-09.txt", "the member has not tried the covered alternative of TMS"),
    ("denial/coverage-denial-2026-11-09.txt", "within 180 days of receiving this notice"),
    ("other/previous-plan-formulary-2025.txt", "not this plan"),
    ("other/member-consent-2026-11-12.txt", "ask Imani Okoro-Blake, DNP, PMHNP-BC, to appeal"),
    ("truth", "by 05/08/2027"),
    ("truth", "**never** say 8.2(t) does not reach Spravato"),
    ("case.yaml", "relation: prescriber"),
]
