"""Set 47, case 08 (FICTIONAL): individual Marketplace plan, Spravato induction denied "no prior authorization on
file" after a request faxed three weeks before care that the plan never decided; first internal appeal by the
treating psychiatric nurse practitioner."""

SLUG = "08-marketplace-spravato-prior-auth-sent-never-decided-first-appeal-pmhnp"

CASE_YAML = """
# FICTIONAL CASE (set 47, case 08) - every person, plan, reviewer, clinic, number and address is invented.
# Individual Marketplace Silver EPO, insured, Tennessee. Felicity Nakamura-Osei, 38, has treatment-resistant
# depression. Her PMHNP faxed a prior authorization request for Spravato on 09/14/2026 to the plan's 2026 fax and
# resent it through the portal on 10/01/2026; the plan decided neither, though its certificate promises a decision
# within 15 days. Induction began 10/05/2026; the 8 sessions were denied "No prior authorization on file" (CO-197).
# The PMHNP files the first internal appeal with the member's consent.
patient:
  name: Felicity Nakamura-Osei
  salutation: Ms. Nakamura-Osei
  date_of_birth: 1988-07-09
  member_id: FICT-CBH-64420915
  address: |-
    2214 Magnolia Avenue
    Knoxville, TN 37917
  phone: (865) 555-0112
insurer:
  name: Cumberland Bluff Health Silver 2026 EPO (FICTIONAL)
  appeals_address: |-
    Cumberland Bluff Health - Member Appeals (FICTIONAL)
    PO Box 18840
    Nashville, TN 37218
  fax: (615) 555-0174
claim:
  number: CBH-26-1102-771245
  plan_type: individual_aca
  funding: insured
  notice_date: 2026-11-12
  service_dates: [2026-10-05, 2026-10-08, 2026-10-12, 2026-10-15, 2026-10-19, 2026-10-22, 2026-10-26, 2026-10-29]
  sessions: 8
  setting: outpatient
  procedure_codes: [J0013, 99214]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-197]
  denial_reason: >-
    Precertification/authorization absent. No prior authorization on file for esketamine nasal spray. (CARC 197)
  denial_category: prior_authorization
  denial_reasons: [prior_authorization]
  coding_correct: true
  action: none
  corrections:
    - said: No prior authorization on file for esketamine nasal spray.
      record: >-
        The request was faxed to the plan's 2026 prior authorization fax on 09/14/2026 (6 pages, result OK) and sent
        again through the plan's provider portal on 10/01/2026 (submission PR-26-1001-20457); the plan decided
        neither.
      file: [other/fax-transmission-report-2026-09-14.txt, other/portal-submission-receipt-2026-10-01.txt]
      page: 1
prior_auth:
  requested_on: 2026-09-14
  reference: fax to (865) 555-0181, 09/14/2026 10:02, 6 pages, result OK
  never_decided: true
  proof:
    - other/fax-transmission-report-2026-09-14.txt
    - other/portal-submission-receipt-2026-10-01.txt
    - other/plan-call-record-2026-09-30.txt
plan_policy:
  name: Cumberland Bluff Health 2026 Certificate of Coverage, Section 7.2 "Prior authorization decisions"
  number: Section 7.2
  quote: >-
    We decide a request for prior authorization of non-urgent care within 15 calendar days after we receive it, and
    tell you and your provider in writing.
  file: other/certificate-2026-section-7-2-excerpt.txt
  other_terms: >-
    Medical Policy RX-ESK-9, Esketamine nasal spray: 1. Adult (18 or older) with major depressive disorder. 2. An
    inadequate response to at least two antidepressants of adequate dose and duration (at least 6 weeks) in the
    current episode. 3. Given at a treatment center certified in the Spravato REMS.
  other_terms_file: other/policy-rx-esk-9.txt
  other_terms_apply: >-
    Each of RX-ESK-9's three criteria was met on 09/14/2026, as the criteria table and its exhibits show, so the
    request the plan never decided met the plan's own policy.
payer_criteria:
  - criterion: 1. Adult (18 or older) with major depressive disorder.
    how_met: Age 38; major depressive disorder, recurrent, severe without psychotic features (F33.2).
    met: true
    evidence: {file: clinical/pa-request-and-psychiatric-evaluation-2026-09-10.txt, page: 1}
  - criterion: >-
      2. An inadequate response to at least two antidepressants of adequate dose and duration (at least 6 weeks) in
      the current episode.
    how_met: >-
      Escitalopram 20 mg for 10 weeks (09/2025-11/2025) and bupropion XL 300 mg for 8 weeks (01/2026-03/2026), both
      without response; venlafaxine XR 225 mg since 05/2026 with a partial response, continued.
    met: true
    evidence: {file: clinical/pa-request-and-psychiatric-evaluation-2026-09-10.txt, page: 1}
  - criterion: 3. Given at a treatment center certified in the Spravato REMS.
    how_met: Smoky Ridge Behavioral Health is a certified REMS treatment center.
    met: true
    evidence: {file: clinical/pa-request-and-psychiatric-evaluation-2026-09-10.txt, page: 1}
treatment:
  name: Spravato (esketamine) nasal spray induction, 8 sessions
  summary: >-
    Induction with esketamine for treatment-resistant depression with passive suicidal ideation, after two adequate
    antidepressant trials in this episode; asked for three weeks before the first session.
  alongside: venlafaxine XR 225 mg daily
  setting: Smoky Ridge Behavioral Health, a certified Spravato REMS treatment center
  monitoring: Blood pressure before and 40 and 120 minutes after each dose; two hours of observation
clinical:
  severity: PHQ-9 22 on 09/10/2026; PHQ-9 12 on 10/29/2026
  severity_date: 2026-10-29
  suicidality: passive
  suicidality_date: 2026-09-10
  response: PHQ-9 22 (09/10/2026) to 12 (10/29/2026) over the 8 induction sessions
  response_level: partial
  episode_onset: 2025-08
  treating_since: 2025-09
  history:
    - drug: Escitalopram
      dose: 20 mg daily
      start: 2025-09-08
      end: 2025-11-17
      weeks: 10
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 10 weeks
      evidence: {file: clinical/pa-request-and-psychiatric-evaluation-2026-09-10.txt, page: 1}
    - drug: Bupropion XL
      dose: 300 mg daily
      start: 2026-01-05
      end: 2026-03-02
      weeks: 8
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 8 weeks
      evidence: {file: clinical/pa-request-and-psychiatric-evaluation-2026-09-10.txt, page: 1}
    - drug: Aripiprazole
      dose: 5 mg daily
      start: 2026-04-06
      end: 2026-04-20
      weeks: 2
      kind: augmentation
      adequate: false
      outcome: Stopped after 2 weeks for akathisia (intolerance); not an adequate trial
      evidence: {file: clinical/pa-request-and-psychiatric-evaluation-2026-09-10.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 225 mg daily
      start: 2026-05-04
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued with Spravato
      evidence: {file: clinical/pa-request-and-psychiatric-evaluation-2026-09-10.txt, page: 1}
    - drug: Cognitive behavioral therapy
      dose: weekly sessions
      start: 2025-10
      ongoing: true
      kind: psychotherapy
      adequate: false
      outcome: Continuing weekly; not a medication trial
      evidence: {file: clinical/pa-request-and-psychiatric-evaluation-2026-09-10.txt, page: 1}
    - drug: Trazodone
      dose: 50 mg at bedtime for sleep
      start: 2025-10
      ongoing: true
      kind: other
      outcome: Sleep aid only; not an antidepressant trial
      evidence: {file: clinical/pa-request-and-psychiatric-evaluation-2026-09-10.txt, page: 1}
    - drug: Sertraline
      dose: 100 mg daily
      start: 2015-02
      end: 2016-08
      kind: antidepressant
      response: remission
      failed: false
      outcome: Earlier episode (2015); remission; not a trial in the current episode
      evidence: {file: clinical/pa-request-and-psychiatric-evaluation-2026-09-10.txt, page: 1}
impact:
  work: On unpaid leave from her job as a dental hygienist since 07/2026; returned part time 11/2026.
author:
  name: Ansel Rivera-Lindqvist, DNP, PMHNP-BC
  role: Treating psychiatric nurse practitioner, Smoky Ridge Behavioral Health
  relation: prescriber
  address: |-
    Smoky Ridge Behavioral Health (FICTIONAL), 6700 Kingston Pike, Suite 12
    Knoxville, TN 37919
  phone: (865) 555-0137
  email: arivera-lindqvist@smokyridgebh.example
  fax: (865) 555-0138
  authorization: other/member-consent-2026-11-18.txt
provider:
  name: Ansel Rivera-Lindqvist, DNP, PMHNP-BC
  credentials: DNP, PMHNP-BC
  npi: "1662058399"
  address: |-
    6700 Kingston Pike, Suite 12
    Knoxville, TN 37919
  phone: (865) 555-0137
record_dates:
  - file: clinical/pa-request-and-psychiatric-evaluation-2026-09-10.txt
    date: 2026-09-10
    sent: 2026-09-14
    sent_proof: other/fax-transmission-report-2026-09-14.txt
  - file: clinical/spravato-induction-log-2026-10-29.txt
    date: 2026-10-29
bates_prefix: NAKAMURAOSEI
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/explanation-of-benefits-2026-11-12.txt": """
CUMBERLAND BLUFF HEALTH (FICTIONAL) - EXPLANATION OF BENEFITS                          Date: 11/12/2026
Member: Felicity Nakamura-Osei   Member ID FICT-CBH-64420915   Silver 2026 EPO (individual)   Page 1 of 1
Claim CBH-26-1102-771245   Provider: Smoky Ridge Behavioral Health (in network)
Services 10/05/2026-10/29/2026, 8 sessions (J0013, 99214)   Billed $8,640.00   Paid $0.00
CARC 197. Precertification/authorization absent. No prior authorization on file for esketamine nasal spray.
You may file an internal appeal within 180 days of receiving this notice.
""",
    "clinical/pa-request-and-psychiatric-evaluation-2026-09-10.txt": """
SMOKY RIDGE BEHAVIORAL HEALTH (FICTIONAL) - PRIOR AUTHORIZATION REQUEST AND EVALUATION   Date: 09/10/2026
Patient: Felicity Nakamura-Osei   DOB 07/09/1988   Page 1 of 1
Request: esketamine nasal spray induction, 8 sessions from 10/05/2026, at this certified REMS treatment center.
Diagnosis: major depressive disorder, recurrent, severe without psychotic features (F33.2); episode since 08/2025.
PHQ-9 22. Passive suicidal ideation, no plan or intent (09/10/2026).
Trials this episode: escitalopram 20 mg 09/08/2025-11/17/2025 (10 weeks, no response); bupropion XL 300 mg
01/05/2026-03/02/2026 (8 weeks, no response); aripiprazole 5 mg added 04/06/2026, stopped 04/20/2026 for akathisia;
venlafaxine XR 225 mg since 05/04/2026, partial response, continued. CBT weekly since 10/2025 (continuing).
Trazodone 50 mg at bedtime for sleep. Earlier episode: sertraline 100 mg 2015-2016, remission.
""",
    "clinical/spravato-induction-log-2026-10-29.txt": """
SMOKY RIDGE BEHAVIORAL HEALTH (FICTIONAL) - ESKETAMINE INDUCTION LOG                  Printed 10/29/2026
Patient: Felicity Nakamura-Osei   Page 1 of 1
10/05 56 mg; 10/08 56 mg; 10/12 84 mg; 10/15 84 mg; 10/19 84 mg; 10/22 84 mg; 10/26 84 mg; 10/29 84 mg (2026).
Blood pressure stable at each; observed 2 hours; driven home. PHQ-9 22 to 12.
""",
    "other/fax-transmission-report-2026-09-14.txt": """
SMOKY RIDGE BEHAVIORAL HEALTH (FICTIONAL) - FAX TRANSMISSION REPORT                   09/14/2026
Page 1 of 1
Job 1  09/14/2026 10:02  to (865) 555-0181 Cumberland Bluff Health Prior Authorization   6 pages   OK
       Cover: "PA request - Felicity Nakamura-Osei - esketamine induction from 10/05/2026"
Job 2  09/14/2026 10:15  to (615) 555-0190 Volunteer Mutual Health   2 pages   OK   Cover: "re: D. Castellano"
""",
    "other/portal-submission-receipt-2026-10-01.txt": """
CUMBERLAND BLUFF HEALTH PROVIDER PORTAL (FICTIONAL) - SUBMISSION RECEIPT              10/01/2026 09:48
Page 1 of 1
Submission PR-26-1001-20457: prior authorization request, member Felicity Nakamura-Osei, esketamine nasal spray,
8 sessions from 10/05/2026. Status: Received - pending review.
""",
    "other/plan-call-record-2026-09-30.txt": """
SMOKY RIDGE BEHAVIORAL HEALTH (FICTIONAL) - CALL RECORD                               09/30/2026
Page 1 of 1
Called Cumberland Bluff utilization management about the PA faxed 09/14/2026: agent found no request on file,
reference UM-0930-6612; said to resubmit through the portal. Resubmitted 10/01/2026 (PR-26-1001-20457).
""",
    "other/certificate-2026-section-7-2-excerpt.txt": """
CUMBERLAND BLUFF HEALTH (FICTIONAL) - 2026 CERTIFICATE OF COVERAGE (excerpt)                    Page 52
Section 7.2 Prior authorization decisions
We decide a request for prior authorization of non-urgent care within 15 calendar days after we receive it, and
tell you and your provider in writing. Send requests to Prior Authorization, fax (865) 555-0181, or through the
provider portal.
""",
    "other/policy-rx-esk-9.txt": """
CUMBERLAND BLUFF HEALTH (FICTIONAL) - MEDICAL POLICY RX-ESK-9, Esketamine nasal spray (2026)     Page 1 of 2
Criteria: 1. Adult (18 or older) with major depressive disorder. 2. An inadequate response to at least two
antidepressants of adequate dose and duration (at least 6 weeks) in the current episode. 3. Given at a treatment
center certified in the Spravato REMS.
""",
    "other/pa-request-form-2025-stale.txt": """
CUMBERLAND BLUFF HEALTH (FICTIONAL) - PRIOR AUTHORIZATION REQUEST FORM (2025 edition)
[Stale: this edition's fax number, (865) 555-0180, was retired 12/31/2025; the 2026 number is (865) 555-0181.]
""",
    "other/member-consent-2026-11-18.txt": """
MEMBER'S WRITTEN CONSENT                                                           Date: 11/18/2026
I, Felicity Nakamura-Osei (Member ID FICT-CBH-64420915), ask Ansel Rivera-Lindqvist, DNP, PMHNP-BC, to appeal
claim CBH-26-1102-771245 on my behalf and agree that my records may be sent for it.
Signed: Felicity Nakamura-Osei
""",
}

TRUTH = """
# 08 - Marketplace plan: Spravato induction denied "no prior authorization on file" after a request the plan never decided; first appeal by the treating PMHNP (FICTIONAL)

All people, plans, reviewers, clinics, numbers and addresses are invented (FICTIONAL).

## What is true
- Felicity Nakamura-Osei, 38 (DOB 07/09/1988), in an **individual Marketplace Silver EPO** (insured, Tennessee).
  Recurrent severe major depression (F33.2), episode since 08/2025; PHQ-9 22 and **passive** suicidal ideation on
  09/10/2026.
- **09/14/2026 10:02:** her PMHNP faxed the prior authorization request to the plan's **2026** fax **(865) 555-0181**
  (6 pages, OK). **09/30/2026:** the plan found no request (UM-0930-6612) and said to use the portal. **10/01/2026:**
  resent through the portal (**PR-26-1001-20457**, "Received - pending review"). The plan decided neither.
- The plan's **2026 Certificate, Section 7.2**: a decision on a non-urgent prior authorization **within 15 calendar
  days** after receipt - by **09/29/2026** for the fax (and 10/16/2026 for the portal copy).
- Induction, **8 sessions 10/05-10/29/2026**, at an in-network certified REMS center; PHQ-9 22 to 12 (partial
  response). EOB **11/12/2026** (CBH-26-1102-771245, **CO-197**): "No prior authorization on file".
- **RX-ESK-9**'s three criteria were met when the request was made: adult with MDD; two adequate failed
  antidepressants in the episode (escitalopram 10 weeks, bupropion XL 8 weeks); certified REMS center.
- **Rule and stage:** individual coverage: internal appeal under **45 CFR 147.136(b)(3)** (applying the ERISA claims
  rule's standards); **first internal appeal**, within 180 days: **by 05/11/2027**; external review after a final
  internal denial.
- **Author:** the treating psychiatric nurse practitioner (a prescriber, not a physician), writing "I" as her
  treating nurse practitioner, with the member's consent of 11/18/2026.

## Deliberately unknown
- Why the plan's system did not log the fax: not known; a letter may ask.
- Whether a further course will be needed: not part of this appeal; no sessions are pending.
- The plan's allowed amount: not in the case.

## Traps
- **A date and a plan document, not medicine:** the winning point is the request made on 09/14/2026, three weeks
  before care, and never decided within Section 7.2's 15 days; it is argued as a request the plan must decide on its
  merits, not as care given without a request.
- **A decision's wrong statement:** "No prior authorization on file" - it was on file twice.
- **Stale document:** the 2025 form's fax (865) 555-0180 was retired; the request went to the 2026 number.
- **Other person on a document:** fax job 2 ("re: D. Castellano", another payer).
- **Drug still taken:** venlafaxine XR continues (partial; never "failed"/"stopped"). **Intolerance:** aripiprazole
  stopped after 2 weeks for akathisia - not an adequate augmentation trial. **Sleep dose:** trazodone 50 mg.
  **Psychotherapy:** CBT continues; it is not an antidepressant trial. **Earlier episode:** sertraline 2015-2016
  remission, not a failure.
- **Suicidality:** passive ideation on 09/10/2026 - never "active", never Spravato's suicidality indication.
- **Voice and title:** a nurse practitioner - never "Dr.", "physician", "as her physician".
- **Wrong law:** not ERISA as the governing law (individual plan), no parity claim needed; no Medicare or Medicaid
  rules.

## Arguments a strong letter makes (strongest first)
1. The request was made on **09/14/2026** to the plan's 2026 fax (proof: transmission report) and again on
   **10/01/2026** through the portal; under **Section 7.2** the plan had to decide within 15 calendar days and never
   did. The care did not go without a request: decide the request now, on its merits, and pay the 8 sessions.
2. On the merits, every **RX-ESK-9** criterion was met on the request's date (criteria table, exhibits).
3. Correct the EOB's "No prior authorization on file" with the fax report, the call record and the portal receipt.
4. Passive suicidal ideation and a PHQ-9 of 22 made waiting longer a risk; the partial response since supports the
   decision to start.

## What a letter must NOT say
- "no request was made"; "retroactive authorization" as the only ask; "(865) 555-0180"; "D. Castellano".
- "Dr. Rivera-Lindqvist", "physician"; "active suicidal ideation"; "approved for suicidality".
- "failed venlafaxine", "stopped venlafaxine"; aripiprazole as an adequate trial; CBT or trazodone as an
  antidepressant trial; "failed sertraline".
- "ERISA" as governing; "Medicare", "Medicaid".
"""

ANSWERS = [
    ("plan type", "plan_type: individual_aca", "case.yaml"),
    ("stage", "You may file an internal appeal within 180 days", "denial/explanation-of-benefits-2026-11-12.txt"),
    ("deadline", "by 05/11/2027", "truth"),
    ("rule", "45 CFR 147.136(b)(3)", "truth"),
    ("request faxed", "09/14/2026 10:02  to (865) 555-0181 Cumberland Bluff Health Prior Authorization   6 pages   OK", "other/fax-transmission-report-2026-09-14.txt"),
    ("portal resubmission", "Submission PR-26-1001-20457", "other/portal-submission-receipt-2026-10-01.txt"),
    ("plan's decision time", "within 15 calendar days after we receive it", "other/certificate-2026-section-7-2-excerpt.txt"),
    ("date by which the plan had to decide", "by **09/29/2026**", "truth"),
    ("call reference", "reference UM-0930-6612", "other/plan-call-record-2026-09-30.txt"),
    ("denial's words", "No prior authorization on file for esketamine nasal spray", "denial/explanation-of-benefits-2026-11-12.txt"),
    ("sessions", "Services 10/05/2026-10/29/2026, 8 sessions", "denial/explanation-of-benefits-2026-11-12.txt"),
    ("criterion 2 trials", "escitalopram 20 mg 09/08/2025-11/17/2025 (10 weeks, no response)", "clinical/pa-request-and-psychiatric-evaluation-2026-09-10.txt"),
    ("intolerance", "stopped 04/20/2026 for akathisia", "clinical/pa-request-and-psychiatric-evaluation-2026-09-10.txt"),
    ("stale fax number", "(865) 555-0180, was retired 12/31/2025", "other/pa-request-form-2025-stale.txt"),
    ("other person", "re: D. Castellano", "other/fax-transmission-report-2026-09-14.txt"),
    ("suicidality", "Passive suicidal ideation, no plan or intent (09/10/2026)", "clinical/pa-request-and-psychiatric-evaluation-2026-09-10.txt"),
]
