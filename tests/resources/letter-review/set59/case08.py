"""FICTIONAL case 08, set 59: Medicaid fee-for-service (AR), TMS authorization ended on 3 days' notice; fair hearing."""

SLUG = "08-medicaid-ffs-ar-tms-ended-on-3-days-notice-fair-hearing-brother"

CASE_YAML = r"""
# FICTIONAL CASE (set 59, case 08) - every person, plan, provider, number and address is invented.
# Medicaid fee-for-service, Arkansas. Marcus Delano Pruitt, 33, has treatment-resistant depression. The state's
# review contractor had authorized 36 TMS sessions; a notice dated 11/30/2026 ended the authorization on 12/03/2026,
# after 26 sessions, saying the MADRS fell less than 50% by session 20. The notice came 3 days before the end, not
# 10, and the state manual's continuation rule asks for 20%. His brother asks for a fair hearing with his written
# authorization, within 10 days of the notice.
patient:
  name: Marcus Delano Pruitt
  salutation: Mr. Pruitt
  date_of_birth: 1993-04-11
  member_id: FICT-ARMD-604418273
  address: |-
    2715 West 12th Street
    Little Rock, AR 72204
  phone: (501) 555-0153
insurer:
  name: Arkansas Medicaid fee-for-service program, through Ozark Health Review Services, its prior-review contractor (FICTIONAL)
  appeals_address: |-
    Ozark Health Review Services - Behavioral Health Prior Review (FICTIONAL)
    PO Box 3390
    Little Rock, AR 72203
  fax: (501) 555-0161
external_review:
  agency: Office of Appeals and Hearings, state Medicaid agency (FICTIONAL office)
  address: |-
    Office of Appeals and Hearings (FICTIONAL)
    PO Box 1437, Slot N401
    Little Rock, AR 72203
claim:
  number: OHR-TMS-26-1016-9902
  plan_type: medicaid
  delivery: fee_for_service
  notice_date: 2026-11-30
  appeal_deadline: 2026-12-30
  deadline_basis: >-
    Notice of action of 11/30/2026: "You may ask for a fair hearing within 30 days from the date of this notice."
  action: end
  action_date: 2026-12-03
  setting: outpatient
  pending_services: 10 sessions
  procedure_codes: [90868]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    Continued transcranial magnetic stimulation is not medically necessary. The MADRS decreased less than 50% by
    session 20, which does not show a meaningful response. Authorization for sessions after 12/03/2026 is ended.
  denial_category: medical_necessity
  reviewer:
    name: Dr. Russell Teague (FICTIONAL)
    specialty: psychiatry
  corrections:
    - said: The MADRS decreased less than 50% by session 20, which does not show a meaningful response.
      leaves_out: true
      record: >-
        The MADRS fell from 36 before the first session to 26 at session 20 (28%) and to 23 at session 25 (36%); the
        state manual's rule for continuing to 36 sessions asks for at least 20% by session 20, not 50%.
      file: [clinical/natural-state-tms-course-notes-2026.txt, other/state-medicaid-provider-manual-tms-section-excerpt.txt]
      page: 1
prior_auth:
  approved:
    number: prior authorization OHR-TMS-26-1016-9902
    date: 2026-10-16
    covers: TMS, up to 36 sessions, 10/19/2026 through 12/18/2026
    quote: "Approved: 90867 x1, 90868 up to 35, total 36 sessions, 10/19/2026-12/18/2026."
    file: other/prior-authorization-approval-2026-10-16.txt
    from: 2026-10-19
    through: 2026-12-18
    lines:
      - {code: [90867, 90868], units: 36, given: 26}
plan_policy:
  name: State Medicaid Provider Manual, Outpatient Behavioral Health, Section 252.4 Transcranial Magnetic Stimulation (FICTIONAL excerpt)
  number: Section 252.4
  quote: >-
    An initial course of up to 36 sessions may be authorized. Sessions 21 through 36 remain covered when the
    beneficiary's score on a standardized depression scale has improved by at least 20% from baseline by session 20.
    A beneficiary whose score has not improved by 20% at session 20 may be reviewed for discontinuation.
  file: other/state-medicaid-provider-manual-tms-section-excerpt.txt
payer_criteria:
  - criterion: "Section 252.4: Sessions 21 through 36 remain covered when the beneficiary's score on a standardized depression scale has improved by at least 20% from baseline by session 20"
    how_met: MADRS 36 at baseline (10/19/2026), 26 at session 20 (11/16/2026), 28% lower; 23 at session 25 (36% lower)
    met: true
    evidence: {file: clinical/natural-state-tms-course-notes-2026.txt, page: 1}
template: external-review-request
copies: [prescriber]
treatment:
  name: Transcranial magnetic stimulation (TMS), sessions 27-36 of an authorized 36-session course
  summary: >-
    The rest of an authorized TMS course for treatment-resistant depression, with a 28% MADRS improvement at session
    20 and 36% at session 25.
  plan: >-
    Sessions 27 through 36, five a week, left dorsolateral prefrontal cortex; MADRS every 5 sessions; taper over the
    last 6 sessions; stop at session 36.
  alongside: venlafaxine XR 225 mg daily
clinical:
  severity: MADRS 36 (10/19/2026, baseline), 26 (session 20, 11/16/2026), 23 (session 25, 11/30/2026)
  severity_date: 2026-11-30
  suicidality: none
  suicidality_date: 2026-11-30
  episode_onset: 2024-06
  treating_since: 2024-07
  response: MADRS 36 to 26 at session 20 (28%) and 23 at session 25 (36%)
  response_level: partial
  history:
    - drug: Escitalopram (earlier episode)
      dose: 20 mg daily
      start: 2019-03
      end: 2020-01
      kind: antidepressant
      response: remission
      outcome: Remission of the 2019 episode; earlier episode, not a failed trial
      evidence: {file: clinical/natural-state-tms-course-notes-2026.txt, page: 1}
    - drug: Sertraline
      dose: 200 mg daily
      start: 2024-07
      end: 2024-10
      kind: antidepressant
      weeks: 12
      adequate: true
      failed: true
      response: none
      outcome: No response after 12 weeks at 200 mg
      evidence: {file: clinical/natural-state-tms-course-notes-2026.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 225 mg daily
      start: 2024-11
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued through the TMS course
      evidence: {file: clinical/natural-state-tms-course-notes-2026.txt, page: 1}
    - drug: Aripiprazole
      dose: 5 mg daily
      start: 2025-04
      end: 2025-07
      kind: augmentation
      weeks: 12
      adequate: true
      failed: true
      response: none
      outcome: Added to venlafaxine for 12 weeks; no response; akathisia; stopped
      evidence: {file: clinical/natural-state-tms-course-notes-2026.txt, page: 1}
    - drug: Mirtazapine
      dose: 7.5 mg at bedtime for sleep
      start: 2025-08
      ongoing: true
      kind: other
      outcome: Sleep dose; not an antidepressant trial
      evidence: {file: clinical/natural-state-tms-course-notes-2026.txt, page: 1}
impact:
  hospitalizations: Admitted 11/14/2025-11/22/2025 after an overdose (Pinnacle Behavioral Hospital).
  work: Lost his warehouse job in 01/2026.
author:
  name: Terrence Pruitt
  role: Brother of the patient, his authorized representative
  relation: representative
  authorization: other/authorized-representative-form-2026-12-04.txt
  address: |-
    940 Chicot Road
    Little Rock, AR 72209
  phone: (501) 555-0154
provider:
  name: Natural State TMS Center
  credentials: enrolled Arkansas Medicaid provider
  npi: "1428571305"
  address: |-
    11500 Financial Centre Parkway, Suite 120
    Little Rock, AR 72211
  phone: (501) 555-0122
record_dates:
  - file: clinical/natural-state-tms-course-notes-2026.txt
    date: 2026-11-30
bates_prefix: PRUITT
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/notice-of-action-2026-11-30.txt": """
OZARK HEALTH REVIEW SERVICES (FICTIONAL), prior-review contractor for the Arkansas Medicaid program
NOTICE OF ACTION                                                           Date of this notice: 11/30/2026
Beneficiary: Marcus Delano Pruitt   Medicaid ID FICT-ARMD-604418273   Authorization OHR-TMS-26-1016-9902
Provider: Natural State TMS Center
Action: Your authorization for transcranial magnetic stimulation is ENDED effective 12/03/2026.
Reason: Continued transcranial magnetic stimulation is not medically necessary. The MADRS decreased less than 50%
by session 20, which does not show a meaningful response. Authorization for sessions after 12/03/2026 is ended.
Reviewed by: Dr. Russell Teague (FICTIONAL), psychiatry.
Your rights: You may ask for a fair hearing within 30 days from the date of this notice. Write to the Office of
Appeals and Hearings, PO Box 1437, Slot N401, Little Rock, AR 72203. If you ask for a hearing before the action
takes effect, your services may continue until the hearing decision.
""",
    "clinical/natural-state-tms-course-notes-2026.txt": """
NATURAL STATE TMS CENTER (FICTIONAL) - TMS COURSE NOTES                                       Page 1 of 1
Patient: Marcus Delano Pruitt   DOB 04/11/1993   Psychiatrist: Dr. Celeste Armistead, MD (FICTIONAL), since 07/2024
History: 2019 depressive episode remitted on escitalopram 20 mg (03/2019-01/2020). Current episode since 06/2024.
Sertraline 200 mg 07/2024-10/2024, 12 weeks, no response. Venlafaxine XR 225 mg daily since 11/2024, partial
response, continued. Aripiprazole 5 mg added 04/2025-07/2025, 12 weeks, no response, akathisia. Mirtazapine 7.5 mg
at bedtime for sleep since 08/2025. Hospitalized 11/14-11/22/2025 after an overdose.
TMS authorized 10/16/2026 (36 sessions, 10/19-12/18/2026).
10/19/2026 Motor threshold; session 1. MADRS 36 (baseline). No suicidal thoughts since 09/2026.
11/16/2026 Session 20: MADRS 26 (28% below baseline).
11/30/2026 Session 25: MADRS 23 (36% below baseline). Sleeping better, back to cooking for himself. No suicidal
  thoughts. Plan: complete 36 sessions with taper; continue venlafaxine XR 225 mg.
12/02/2026 Session 26. Notice of 11/30 received by the patient 12/02; sessions after 12/03 on hold.
""",
    "other/prior-authorization-approval-2026-10-16.txt": """
OZARK HEALTH REVIEW SERVICES (FICTIONAL) - PRIOR AUTHORIZATION APPROVAL                    Date: 10/16/2026
Beneficiary: Marcus Delano Pruitt   Authorization OHR-TMS-26-1016-9902   Provider: Natural State TMS Center
Approved: 90867 x1, 90868 up to 35, total 36 sessions, 10/19/2026-12/18/2026.
""",
    "other/state-medicaid-provider-manual-tms-section-excerpt.txt": """
STATE MEDICAID PROVIDER MANUAL (FICTIONAL EXCERPT) - OUTPATIENT BEHAVIORAL HEALTH                 Page 1 of 1
Section 252.4 Transcranial Magnetic Stimulation
An initial course of up to 36 sessions may be authorized. Sessions 21 through 36 remain covered when the
beneficiary's score on a standardized depression scale has improved by at least 20% from baseline by session 20.
A beneficiary whose score has not improved by 20% at session 20 may be reviewed for discontinuation.
""",
    "other/tms-chair-log-2026-11-30.txt": """
NATURAL STATE TMS CENTER (FICTIONAL) - CHAIR 2 TREATMENT LOG, 11/30/2026                         Page 1 of 1
8:00   Pruitt, Marcus D.     session 25   120% MT   3000 pulses   tolerated well
8:45   Whitfield-Ames, Dana  session 12   120% MT   3000 pulses   mild scalp discomfort
9:30   Castellano, Rudy      session 31   120% MT   3000 pulses   tolerated well
""",
    "other/authorized-representative-form-2026-12-04.txt": """
AUTHORIZED REPRESENTATIVE FOR A MEDICAID FAIR HEARING                                     Signed 12/04/2026
I, Marcus Delano Pruitt (Medicaid ID FICT-ARMD-604418273), name my brother, Terrence Pruitt, 940 Chicot Road,
Little Rock, AR 72209, as my authorized representative to ask for and take part in a fair hearing about the notice
of 11/30/2026 and to see my records for it.   Signed: Marcus D. Pruitt
""",
}

TRUTH = r"""
# 08 - Medicaid fee-for-service (AR): a TMS authorization ended on 3 days' notice after a 28% response; fair hearing requested by the brother within 10 days (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Marcus Delano Pruitt, 33, Arkansas Medicaid **fee-for-service** (no managed-care plan). Treatment-resistant
  recurrent depression (F33.2). TMS **authorized 10/16/2026: 36 sessions, 10/19-12/18/2026**; 26 given by 12/02/2026.
- **Notice of action dated 11/30/2026** ends the authorization **effective 12/03/2026** - **3 days** later; he
  received it 12/02. Ground: "MADRS decreased less than 50% by session 20".
- **Rule (winning point):** a notice that ends authorized services must be mailed at least **10 days before** the
  date of action (42 CFR 431.211), none of the exceptions in 431.213-431.214 shown. When the agency acts without that
  notice and the beneficiary asks for a hearing within 10 days of the notice's mailing, services are reinstated until
  the hearing decision (42 CFR 431.231(c)). The request dated 12/07/2026 is within 10 days of 11/30 (by 12/10/2026).
- **Plan document:** the state manual, Section 252.4, keeps sessions 21-36 covered at **20%** improvement by session
  20; the MADRS fell **36 -> 26 (28%)** at session 20 and to 23 (36%) at session 25. "Less than 50%" is true as far as
  it goes and is not the manual's test.
- Venlafaxine XR 225 mg **continues** (partial); sertraline 12 weeks and aripiprazole augmentation 12 weeks failed;
  mirtazapine 7.5 mg is a sleep dose; escitalopram brought **remission in 2019** (earlier episode). Overdose and
  admission 11/2025 (history); no suicidal thoughts since 09/2026.
- **Rule and stage:** Medicaid FFS: the first step is the **state fair hearing** itself (42 CFR 431.220(a)), within the
  notice's **30 days: by 12/30/2026**; no managed-care rules (no 438.420, no plan appeal).
- **Author:** his brother, authorized representative (form signed 12/04/2026); writes about "Mr. Pruitt" / "my brother".
{ANSWERS}

## Deliberately unknown
- The notice's mailing date if different from its date (the letter should count from 11/30, the earlier date).
- Whether the state treats the action as resulting from "other than the application of Federal or State law or
  policy" (431.231(c)'s condition): it is a medical-necessity review of one person, but a letter should ask, not assert.
- Whether sessions resumed after 12/03: not known.

## Traps
- **Date and rule first**, clinical second.
- **"Less than 50%":** true; answer it with the manual's 20% test, not by denying the number.
- **Drug still taken:** venlafaxine; **augmentation** aripiprazole counts as failed augmentation, not an antidepressant;
  **sleep dose** mirtazapine 7.5 mg; **earlier-episode** escitalopram remission.
- **Suicidality in time:** the 2025 overdose is history; no current ideation.
- **Other people on a document:** the chair log lists two other patients.
- **Wrong law:** 42 CFR 438.420 or 438.408 (managed care), "plan appeal", ERISA, 45 CFR 147.136, "external review".

## Arguments a strong letter makes (strongest first)
1. The notice came 3 days before the action, not 10 (431.211); the hearing is asked within 10 days of it: reinstate
   the authorization until the hearing decision (431.231(c)); ask the hearing office to order it.
2. Under Section 252.4 the sessions remain covered: 28% by session 20 (36% by session 25), over the 20% the manual asks.
3. The authorization (36 sessions to 12/18/2026) covers sessions 27-36; ask that it stand and the end be reversed.

## What a letter must NOT say
- "no response", "failed TMS"; "less than 20%".
- "failed venlafaxine", "stopped venlafaxine"; mirtazapine as a trial; "escitalopram failed".
- "current suicidal ideation"; "Whitfield-Ames", "Castellano".
- "42 CFR 438.420", "plan appeal", "managed care", "ERISA", "external review".
"""

ANSWERS = [
    ("Notice date", "Date of this notice: 11/30/2026", "denial/notice-of-action-2026-11-30.txt"),
    ("Effective date", "ENDED effective 12/03/2026", "denial/notice-of-action-2026-11-30.txt"),
    ("Authorization number", "OHR-TMS-26-1016-9902", "denial/notice-of-action-2026-11-30.txt"),
    ("Hearing window", "within 30 days from the date of this notice", "denial/notice-of-action-2026-11-30.txt"),
    ("Reviewer", "Dr. Russell Teague (FICTIONAL), psychiatry", "denial/notice-of-action-2026-11-30.txt"),
    ("Approval", "total 36 sessions, 10/19/2026-12/18/2026", "other/prior-authorization-approval-2026-10-16.txt"),
    ("Manual's test", "improved by at least 20% from baseline by session 20", "other/state-medicaid-provider-manual-tms-section-excerpt.txt"),
    ("Session 20", "Session 20: MADRS 26 (28% below baseline)", "clinical/natural-state-tms-course-notes-2026.txt"),
    ("Session 25", "Session 25: MADRS 23 (36% below baseline)", "clinical/natural-state-tms-course-notes-2026.txt"),
    ("Notice received", "Notice of 11/30 received by the patient 12/02", "clinical/natural-state-tms-course-notes-2026.txt"),
    ("Drug continued", "continue venlafaxine XR 225 mg", "clinical/natural-state-tms-course-notes-2026.txt"),
    ("Sleep dose", "Mirtazapine 7.5 mg", "clinical/natural-state-tms-course-notes-2026.txt"),
    ("Earlier episode", "remitted on escitalopram 20 mg", "clinical/natural-state-tms-course-notes-2026.txt"),
    ("Suicidality", "No suicidal thoughts since 09/2026", "clinical/natural-state-tms-course-notes-2026.txt"),
    ("Another person on a document", "Whitfield-Ames, Dana", "other/tms-chair-log-2026-11-30.txt"),
    ("Representative", "name my brother, Terrence Pruitt", "other/authorized-representative-form-2026-12-04.txt"),
]
