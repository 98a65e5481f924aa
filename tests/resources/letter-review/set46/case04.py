"""Case 04 (FICTIONAL): insured church plan; accelerated TMS (SAINT-type protocol) denied as experimental; the
certificate's own definition's FDA test is answered by the device's clearance. External review, treating psychiatrist."""

SLUG = "04-church-plan-insured-accelerated-tms-experimental-definition-fda-cleared-external-review-psychiatrist"

CASE_YAML = r'''
# FICTIONAL CASE (set 46, case 04) - every person, plan, insurer, provider, number and address is invented.
# An insured church plan (not ERISA), 820 employees. Gwendolyn Ashcombe-Reyes, 52, was refused an accelerated,
# MRI-guided TMS course (ten sessions a day for five days) as experimental under the insurer's policy MP-NEU-44; the
# final internal denial of 11/02/2026 upheld it. The certificate defines "experimental" by three tests; the device
# and protocol were cleared by the FDA for her use, and the course is given as treatment, not in a study. Her treating
# psychiatrist asks for external review.
patient:
  name: Gwendolyn Ashcombe-Reyes
  salutation: Ms. Ashcombe-Reyes
  date_of_birth: 1974-01-29
  member_id: FICT-CMH-71620458
  address: |-
    315 Bellwood Terrace
    Lexington, KY 40502
  phone: (859) 555-0172
insurer:
  name: Commonwealth Mutual Health for the Bluegrass Conference Employee Benefit Plan (FICTIONAL)
  appeals_address: |-
    Commonwealth Mutual Health - Appeals (FICTIONAL)
    PO Box 22061
    Louisville, KY 40252
  fax: (502) 555-0177
claim:
  number: CMH-PA-26-0921-66310
  plan_type: church
  funding: insured
  employees: 820
  notice_date: 2026-10-05
  service_dates: [2027-01-11, 2027-01-15]
  sessions: 50
  pending_services: 50
  setting: outpatient
  procedure_codes: [90867, 90868]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    The requested service, accelerated transcranial magnetic stimulation (more than one session per day), is
    considered experimental/investigational under Medical Policy MP-NEU-44 and is not covered.
  denial_category: experimental_investigational
  denial_reasons: [experimental_investigational]
  action: none
plan_policy:
  name: Commonwealth Mutual Health Medical Policy MP-NEU-44, Transcranial Magnetic Stimulation (reviewed 02/2024)
  number: MP-NEU-44
  quote: >-
    Accelerated or high-dose TMS protocols (more than one treatment session per day), including intermittent theta
    burst protocols given several times daily, are considered experimental/investigational.
  file: other/medical-policy-mp-neu-44-excerpt.txt
  definition:
    name: Certificate of Coverage, Section 12 "Experimental or Investigational"
    file: other/certificate-of-coverage-section-12.txt
    page: 1
    quote: >-
      A service is Experimental or Investigational if (1) the drug or device has not been approved or cleared for
      marketing by the U.S. Food and Drug Administration for the use proposed; or (2) it is given under the protocol
      of a clinical trial; or (3) reliable evidence shows that the consensus of expert opinion is that further
      studies are needed to determine its safety or effectiveness.
    tests:
      - label: "1"
        words: the drug or device has not been approved or cleared for marketing by the FDA for the use proposed
        answer: fda_use
        file: other/device-clearance-information-sheet.txt
      - label: "2"
        words: it is given under the protocol of a clinical trial
        answer: not_in_trial
        file: clinical/psychiatrist-treatment-plan-2026-09-18.txt
      - label: "3"
        words: reliable evidence shows that the consensus of expert opinion is that further studies are needed
treatment:
  name: Accelerated MRI-guided intermittent theta burst TMS, 50 sessions over 5 days
  summary: >-
    A five-day course of accelerated, MRI-guided intermittent theta burst stimulation (ten sessions a day) for
    recurrent severe depression, after two adequate antidepressant trials failed in the current episode, an
    augmentation was stopped for intolerance and a third antidepressant has given only a minimal partial response.
  plan: >-
    Fifty sessions over five consecutive weekdays (ten a day, 50 minutes apart), targeted by structural and
    functional MRI, starting 01/11/2027; MADRS at baseline, day 5 and weeks 4 and 8.
  fda:
    action: cleared
    date: 2022-09
    what: an accelerated, MRI-guided TMS system and its treatment protocol
    use: major depressive disorder in adults who have not achieved satisfactory improvement from prior antidepressant medication in the current episode
    ages: [22, 120]
    file: other/device-clearance-information-sheet.txt
    page: 1
clinical:
  severity: MADRS 36 on 09/18/2026
  severity_date: 2026-09-18
  suicidality: none
  suicidality_date: 2026-09-18
  episode_onset: 2025-11
  treating_since: 2021-04
  history:
    - drug: Sertraline
      dose: 200 mg daily
      start: 2025-11-10
      end: 2026-01-20
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 10 weeks
      evidence: {file: clinical/psychiatrist-treatment-plan-2026-09-18.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 225 mg daily
      start: 2026-01-21
      end: 2026-04-15
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 12 weeks
      evidence: {file: clinical/psychiatrist-treatment-plan-2026-09-18.txt, page: 1}
    - drug: Aripiprazole (augmentation)
      dose: 5 mg daily
      start: 2026-04-16
      end: 2026-05-06
      weeks: 3
      kind: augmentation
      adequate: false
      outcome: Stopped after 3 weeks for akathisia (intolerance, not an adequate trial)
      evidence: {file: clinical/psychiatrist-treatment-plan-2026-09-18.txt, page: 1}
    - drug: Vortioxetine
      dose: 20 mg daily
      start: 2026-05-07
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Minimal partial response after 19 weeks; continued alongside the TMS course
      evidence: {file: clinical/psychiatrist-treatment-plan-2026-09-18.txt, page: 1}
    - drug: Trazodone
      dose: 50 mg at bedtime for sleep
      start: 2026-02
      ongoing: true
      kind: other
      adequate: false
      outcome: Sleep dose only; not an antidepressant trial
      evidence: {file: clinical/psychiatrist-treatment-plan-2026-09-18.txt, page: 1}
    - drug: Standard daily TMS, 36 sessions (earlier episode)
      start: 2019-02
      end: 2019-04
      sessions: 36
      kind: neuromodulation
      adequate: true
      response: remission
      outcome: Remission in 2019 (an earlier episode); not a failure
      evidence: {file: clinical/psychiatrist-treatment-plan-2026-09-18.txt, page: 1}
  exclusions: No metal in the head, no seizure history, no psychosis, no active substance use (checked 09/18/2026).
treatment_alongside_note: null
impact:
  work: On unpaid leave from her job as a church music director since 08/2026.
external_review:
  agency: Kentucky Department of Insurance, External Review (as named in the final internal denial; FICTIONAL address)
  address: |-
    External Review Unit (FICTIONAL)
    PO Box 51770
    Frankfort, KY 40601
  final_denial_date: 2026-11-02
template: external-review-request
author:
  name: Dr. Anselm Okonkwo-Hale, MD
  role: Treating psychiatrist
  relation: physician
  authorization: other/patient-consent-to-appeal-2026-11-09.txt
  address: |-
    Bluegrass Interventional Psychiatry (FICTIONAL), 1800 Richmond Road, Suite 210
    Lexington, KY 40502
  phone: (859) 555-0186
  email: aokonkwo@bluegrass-psych.example
provider:
  name: Dr. Anselm Okonkwo-Hale, MD
  credentials: MD, board-certified psychiatrist
  npi: "1920473653"
  address: |-
    1800 Richmond Road, Suite 210
    Lexington, KY 40502
  phone: (859) 555-0186
peer_to_peer:
  availability: weekdays 12-1 pm Eastern
record_dates:
  - file: clinical/psychiatrist-treatment-plan-2026-09-18.txt
    date: 2026-09-18
bates_prefix: ASHCOMBEREYES
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''
CASE_YAML = CASE_YAML.replace("treatment_alongside_note: null\n", "")
CASE_YAML = CASE_YAML.replace("  name: Accelerated MRI-guided", "  alongside: vortioxetine 20 mg daily\n  name: Accelerated MRI-guided")

DOCS = {
    "denial/prior-authorization-denial-2026-10-05.txt": """
COMMONWEALTH MUTUAL HEALTH (FICTIONAL) - PRIOR AUTHORIZATION DETERMINATION                 Date: 10/05/2026
Member: Gwendolyn Ashcombe-Reyes   ID FICT-CMH-71620458   Plan: Bluegrass Conference Employee Benefit Plan
Reference CMH-PA-26-0921-66310   Requested: accelerated TMS, 50 sessions over 5 days (90867, 90868)
The requested service, accelerated transcranial magnetic stimulation (more than one session per day), is considered
experimental/investigational under Medical Policy MP-NEU-44 and is not covered.
""",
    "denial/final-internal-appeal-decision-2026-11-02.txt": """
COMMONWEALTH MUTUAL HEALTH (FICTIONAL) - FINAL INTERNAL APPEAL DECISION                    Date: 11/02/2026
Member: Gwendolyn Ashcombe-Reyes   Reference CMH-PA-26-0921-66310
Reviewer: board-certified psychiatrist (FICTIONAL). Decision: upheld. Accelerated TMS remains experimental under
MP-NEU-44. Standard once-daily TMS may be requested instead.
External review: you may ask the Kentucky Department of Insurance for an independent external review within 4 months
of this notice (External Review Unit, PO Box 51770, Frankfort, KY 40601).
""",
    "other/certificate-of-coverage-section-12.txt": """
COMMONWEALTH MUTUAL HEALTH (FICTIONAL) - CERTIFICATE OF COVERAGE, BLUEGRASS CONFERENCE PLAN, 2026   Page 61 of 88
Section 12. Definitions - "Experimental or Investigational"
A service is Experimental or Investigational if (1) the drug or device has not been approved or cleared for
marketing by the U.S. Food and Drug Administration for the use proposed; or (2) it is given under the protocol of a
clinical trial; or (3) reliable evidence shows that the consensus of expert opinion is that further studies are
needed to determine its safety or effectiveness.
Where a medical policy and this Certificate differ, this Certificate governs.
""",
    "other/medical-policy-mp-neu-44-excerpt.txt": """
COMMONWEALTH MUTUAL HEALTH (FICTIONAL) - MEDICAL POLICY MP-NEU-44 (last reviewed 02/2024)       Page 3 of 9
Accelerated or high-dose TMS protocols (more than one treatment session per day), including intermittent theta burst
protocols given several times daily, are considered experimental/investigational.
""",
    "other/device-clearance-information-sheet.txt": """
BLUEGRASS INTERVENTIONAL PSYCHIATRY (FICTIONAL) - DEVICE AND PROTOCOL INFORMATION SHEET          Page 1 of 1
The accelerated, MRI-guided TMS system used in this clinic, with its ten-sessions-a-day, five-day protocol, was
cleared for marketing by the U.S. Food and Drug Administration in 09/2022 for the treatment of major depressive
disorder in adults who have not achieved satisfactory improvement from prior antidepressant medication in the
current episode. [Clinic's summary of the clearance, FICTIONAL sheet written for this test case.]
""",
    "clinical/psychiatrist-treatment-plan-2026-09-18.txt": """
BLUEGRASS INTERVENTIONAL PSYCHIATRY (FICTIONAL) - EVALUATION AND TREATMENT PLAN          Date: 09/18/2026
Patient: Gwendolyn Ashcombe-Reyes   DOB 01/29/1974   Treating psychiatrist since 04/2021   Page 1 of 1
Major depressive disorder, recurrent, severe (F33.2); current episode since 11/2025. MADRS 36. No suicidal ideation.
Current episode: sertraline 200 mg 11/10/2025-01/20/2026, no response after 10 weeks; venlafaxine XR 225 mg
01/21/2026-04/15/2026, no response after 12 weeks; aripiprazole 5 mg added 04/16/2026, stopped 05/06/2026 for
akathisia; vortioxetine 20 mg since 05/07/2026, minimal partial response, continued. Trazodone 50 mg at bedtime for
sleep. Earlier episode: 36 sessions of standard TMS in 2019, remission.
Plan: accelerated MRI-guided iTBS, 50 sessions over 5 weekdays from 01/11/2027, given as clinical treatment (not a
research study). Screening: no metal in the head, no seizures, no psychosis, no active substance use.
""",
    "other/patient-consent-to-appeal-2026-11-09.txt": """
CONSENT TO APPEAL (FICTIONAL)                                                              Date: 11/09/2026
I, Gwendolyn Ashcombe-Reyes, ask Dr. Anselm Okonkwo-Hale to request external review of reference
CMH-PA-26-0921-66310 for me and to share my records for it.   Signed: Gwendolyn Ashcombe-Reyes
""",
    "other/tms-waitlist-printout-2026-09.txt": """
BLUEGRASS INTERVENTIONAL PSYCHIATRY (FICTIONAL) - ACCELERATED TMS WAITLIST, 09/2026
1. Ashcombe-Reyes, G.   payer: Commonwealth Mutual   status: PA pending
2. Lindqvist-Obi, R.    payer: self-pay              status: scheduled 10/19/2026
""",
}

TRUTH = r'''
# 04 - Insured church plan: accelerated MRI-guided TMS refused as experimental, where the certificate's own definition is answered by the FDA clearance; external review requested by the treating psychiatrist (FICTIONAL)

All people, plans, insurers, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Gwendolyn Ashcombe-Reyes, 52 (DOB 01/29/1974), in an **insured church plan** (not ERISA; 820 employees), was refused
  before treatment an **accelerated MRI-guided iTBS course, 50 sessions over 5 weekdays from 01/11/2027**
  (90867, 90868; F33.2), as experimental under **MP-NEU-44** (reviewed 02/2024). The final internal appeal decision of
  **11/02/2026** upheld it and offered standard once-daily TMS instead.
- The **Certificate of Coverage, Section 12** defines "Experimental or Investigational" by three tests and says the
  Certificate governs where a medical policy differs. Test (1): the system and its protocol were **cleared by the FDA in
  09/2022** for adults with MDD who have not improved on prior antidepressant medication in the current episode; she
  is 52 with four medication trials in this episode. Test (2): it is given as treatment, not in a study. Test (3):
  nothing in the case answers it (the letter asks the plan what evidence it relied on).
- Current episode since 11/2025: sertraline 200 mg 10 weeks, venlafaxine XR 225 mg 12 weeks (both no response);
  aripiprazole 5 mg stopped at 3 weeks for akathisia; vortioxetine 20 mg since 05/07/2026 continues (minimal partial).
  MADRS 36 on 09/18/2026; no suicidal ideation.
- **Rule and stage:** a church plan outside ERISA: 26 CFR 54.9815-2719 (claims and appeals by reference to the ERISA
  claims rule; external review for a denial that turns on medical judgment, which an experimental denial is); an
  insured plan's insurer also answers to state law, and the final decision names the state's external review:
  within **4 months of 11/02/2026: by 03/02/2027**.
- **Author:** the treating psychiatrist (since 04/2021), with her signed consent (11/09/2026); writes about "Ms.
  Ashcombe-Reyes".

**Note on the FDA fact:** the clearance is stated from the clinic's (FICTIONAL) information sheet; the writer's memory
is that an accelerated iTBS system was cleared in 2022 for this population. A letter should rely on the sheet, not on
details beyond it.

## Deliberately unknown
- What evidence the plan relied on for test (3): not in the case; a letter asks.
- The device's clearance number and manufacturer: not in the case; a letter must not invent them.
- Whether standard TMS would work as well this time: not known; her 2019 remission with standard TMS is history.

## Traps
- **Plan document first:** the Certificate governs over the 2024 policy; the policy's label "experimental" is not
  the definition.
- **Earlier-episode response:** the 2019 standard TMS course gave **remission**: never a failed TMS trial. A letter may
  need to answer "standard TMS instead" honestly (the relapse and severity now, the clearance of the protocol).
- **Drugs:** vortioxetine continues (minimal partial response): never "failed" or "stopped". Aripiprazole (3 weeks,
  akathisia) is an intolerance, not an adequate augmentation trial. Trazodone 50 mg is a sleep dose.
- **Suicidality:** none recorded; no urgency or expedited request is made out.
- **Other person on a document:** the waitlist's line 2 (R. Lindqvist-Obi).
- **Care still to come:** the course is scheduled from 01/11/2027; never "was given" or "received".
- **Wrong law:** a church plan is not ERISA: no "ERISA" as the governing law, no EBSA or Labor Department complaint;
  no 45 CFR 147.136 as the plan's rule; parity (26 CFR 54.9812-1) applies (820 employees) but is not the lead.
- **Voice:** the psychiatrist writes as the treating physician ("I have treated Ms. Ashcombe-Reyes since 2021").

## Arguments a strong letter makes (strongest first)
1. Under the Certificate's own definition, which governs over MP-NEU-44, the course is not experimental: test (1)
   fails because the FDA cleared the system and protocol in 09/2022 for exactly her use (an adult with MDD not
   improved by antidepressants in the current episode); test (2) fails because it is given as treatment, not under
   a trial's protocol; for test (3) the plan named no evidence of an expert consensus that more study is needed.
2. The clinical case: four medication trials in the current episode (two adequate failures, one intolerance, one
   continuing partial), MADRS 36, leave since 08/2026; the prescriber's screening.
3. Standard TMS "instead" is not the question the definition asks; the certificate does not exclude a cleared
   protocol for being faster.
4. External review is open (a medical-judgment denial); the reviewer decides on the Certificate's terms.

## What a letter must NOT say
- "failed TMS", "did not respond to TMS" (2019 was remission); "failed vortioxetine", "stopped vortioxetine";
  aripiprazole as an adequate augmentation trial; trazodone as a trial.
- "suicidal ideation" as present; "urgent", "expedited".
- "received the treatment", "was treated with accelerated TMS" (it is scheduled).
- an invented clearance number or manufacturer; "FDA approved" for a device ("cleared").
- "ERISA" as the governing law; "EBSA"; "Department of Labor"; "Lindqvist-Obi".
'''

ANSWERS = [
    ("Plan type", "plan_type: church", "case.yaml"),
    ("Funding", "funding: insured", "case.yaml"),
    ("Final internal denial date", "FINAL INTERNAL APPEAL DECISION Date: 11/02/2026", "denial/final-internal-appeal-decision-2026-11-02.txt"),
    ("External review window", "within 4 months of this notice", "denial/final-internal-appeal-decision-2026-11-02.txt"),
    ("Policy the denial applied", "MP-NEU-44 (last reviewed 02/2024)", "other/medical-policy-mp-neu-44-excerpt.txt"),
    ("Which document governs", "Where a medical policy and this Certificate differ, this Certificate governs", "other/certificate-of-coverage-section-12.txt"),
    ("FDA test of the definition", "has not been approved or cleared for marketing by the U.S. Food and Drug Administration for the use proposed", "other/certificate-of-coverage-section-12.txt"),
    ("When the system was cleared", "cleared for marketing by the U.S. Food and Drug Administration in 09/2022", "other/device-clearance-information-sheet.txt"),
    ("Not in a study", "given as clinical treatment (not a research study)", "clinical/psychiatrist-treatment-plan-2026-09-18.txt"),
    ("Course requested", "50 sessions over 5 weekdays from 01/11/2027", "clinical/psychiatrist-treatment-plan-2026-09-18.txt"),
    ("Current severity", "MADRS 36", "clinical/psychiatrist-treatment-plan-2026-09-18.txt"),
    ("Continuing antidepressant", "vortioxetine 20 mg since 05/07/2026, minimal partial response, continued", "clinical/psychiatrist-treatment-plan-2026-09-18.txt"),
    ("Intolerance", "stopped 05/06/2026 for akathisia", "clinical/psychiatrist-treatment-plan-2026-09-18.txt"),
    ("Earlier-episode response", "36 sessions of standard TMS in 2019, remission", "clinical/psychiatrist-treatment-plan-2026-09-18.txt"),
    ("Sleep dose", "Trazodone 50 mg at bedtime for sleep", "clinical/psychiatrist-treatment-plan-2026-09-18.txt"),
    ("Another person on a document", "Lindqvist-Obi, R.", "other/tms-waitlist-printout-2026-09.txt"),
]
