"""Set 47, case 06 (FICTIONAL): self-funded employer plan, a spinal cord stimulator trial by a non-network pain
physician denied; the first level named a network group 148 miles away; second-level appeal by the patient under
the plan's own network access rule."""

SLUG = "06-self-funded-erisa-scs-trial-out-of-network-access-rule-second-level-patient"

CASE_YAML = """
# FICTIONAL CASE (set 47, case 06) - every person, employer, plan, administrator, provider, number and address is
# invented. Self-funded employer plan, Arkansas (2,400 employees). Rosalind Achebe-Marsh, 52, had a 7-day spinal cord
# stimulator trial for post-laminectomy pain from a non-network pain physician 3 miles from home, after the plan's
# Member Services found no network provider within 60 miles who does the trial. The plan denied it (CO-242) and the
# first level said a network group in Fort Smith was available: 148 miles away, first opening 12/14/2026. SPD 5.4
# pays a non-network provider at the network level in that case. She files the second-level appeal.
patient:
  name: Rosalind Achebe-Marsh
  salutation: Ms. Achebe-Marsh
  date_of_birth: 1974-01-27
  member_id: FICT-OTL-88213046
  address: |-
    1506 Bluff Road
    Mountain Home, AR 72653
  phone: (870) 555-0115
  email: r.achebemarsh@postbox.example
insurer:
  name: Ozark Timberline Logistics Employee Health Plan, administered by Summit Harbor Benefit Administrators (FICTIONAL)
  appeals_address: |-
    Summit Harbor Benefit Administrators - Appeals Unit (FICTIONAL)
    PO Box 9088
    Little Rock, AR 72203
  fax: (501) 555-0164
claim:
  number: SHB-26-0914-440917
  plan_type: employer_erisa
  funding: self_funded
  employees: 2400
  stage: second level
  notice_date: 2026-09-30
  service_dates: [2026-09-08, 2026-09-15]
  setting: outpatient
  procedure_codes: [63650, 95971]
  diagnosis_codes: [M96.1, M54.16]
  carc_codes: [CO-242]
  denial_reason: >-
    Services were provided by a non-network provider. The plan does not cover non-network services except for
    emergencies. (CARC 242)
  denial_category: out_of_network
  denial_reasons: [out_of_network]
  coding_correct: true
  action: none
decisions:
  - date: 2026-10-22
    outcome: denied
    stage: first level
    opens: second level
    next_deadline: 2026-12-21
    reason: >-
      In-network providers who perform this service are available: Ozark Spine & Pain, Fort Smith. The non-network
      provider is not covered. The denial is upheld.
    corrections:
      - said: "In-network providers who perform this service are available: Ozark Spine & Pain, Fort Smith."
        leaves_out: true
        record: >-
          Ozark Spine & Pain is 148 miles from her home, and when she called on 07/08/2026 its first opening for a
          spinal cord stimulator trial was 12/14/2026, more than five months later.
        file: other/network-call-log-2026-07-08.txt
        page: 1
plan_policy:
  name: Ozark Timberline Logistics Employee Health Plan, Summary Plan Description 2026, Section 5.4 "Network access"
  number: Section 5.4
  quote: >-
    If no network provider who performs a covered service practices within 60 miles of your home, or a network
    provider cannot see you within 30 days of your request, the Plan will pay a non-network provider for that
    service at the network benefit level. You must call Member Services before you receive the service.
  file: other/spd-2026-section-5-4-excerpt.txt
network:
  - name: Ozark Spine & Pain, Fort Smith
    date: 2026-07-08
    outcome: In network; performs spinal cord stimulator trials; first opening 12/14/2026
    miles: 148
    first_opening: 2026-12-14
    evidence: {file: other/network-call-log-2026-07-08.txt, page: 1}
  - name: Harrison Pain Clinic
    date: 2026-07-08
    outcome: In network, 58 miles; does not perform spinal cord stimulator trials
    miles: 58
    evidence: {file: other/network-call-log-2026-07-08.txt, page: 1}
  - name: Leland Voss, MD (listed in the plan's 2025 directory)
    date: 2026-07-08
    outcome: Left the area in 02/2026; no longer practicing in Arkansas
    in_network: false
    evidence: {file: other/network-call-log-2026-07-08.txt, page: 1}
  - name: Summit Harbor Member Services
    date: 2026-07-10
    outcome: >-
      No network provider within 60 miles performs spinal cord stimulator trials; gave call reference SH-0710-8823
    evidence: {file: other/member-services-call-confirmation-2026-07-10.txt, page: 1}
treatment:
  name: Percutaneous spinal cord stimulator trial, 7 days (63650 x2, 95971)
  summary: >-
    A one-week trial of spinal cord stimulation for post-laminectomy leg and back pain, after surgery, injections,
    physical therapy and medicines; it gave 70 percent relief of leg pain.
clinical:
  severity: Leg pain 8 of 10 before the trial, 2 to 3 of 10 during it (09/15/2026)
  severity_date: 2026-09-15
  suicidality: none
  suicidality_date: 2026-09-15
  response: Leg pain 8 of 10 to 2-3 of 10 during the trial; walked 30 minutes a day
  response_level: response
  history:
    - drug: Duloxetine
      dose: 60 mg daily
      start: 2024-02
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial relief; continued
      evidence: {file: clinical/pain-physician-trial-summary-2026-09-15.txt, page: 1}
    - drug: Gabapentin
      dose: 600 mg three times daily
      start: 2024-06
      end: 2024-07
      weeks: 4
      kind: other
      adequate: false
      outcome: Stopped after 4 weeks for sedation (intolerance)
      evidence: {file: clinical/pain-physician-trial-summary-2026-09-15.txt, page: 1}
    - drug: Amitriptyline
      dose: 10 mg at bedtime for sleep
      start: 2025-01
      ongoing: true
      kind: other
      outcome: Sleep dose only; not an analgesic trial
      evidence: {file: clinical/pain-physician-trial-summary-2026-09-15.txt, page: 1}
    - drug: Epidural steroid injections
      dose: 2 injections
      start: 2022-03
      end: 2022-05
      kind: other
      failed: false
      response: response
      outcome: Earlier episode, before the 2023 surgery; relief for about 4 months
      evidence: {file: clinical/pain-physician-trial-summary-2026-09-15.txt, page: 1}
    - drug: Physical therapy
      dose: 16 visits
      start: 2025-03
      end: 2025-05
      kind: other
      sessions: 16
      adequate: true
      failed: true
      response: none
      outcome: Completed without benefit
      evidence: {file: clinical/pain-physician-trial-summary-2026-09-15.txt, page: 1}
expenses:
  - {date: 2026-09-08, item: deposit paid to Twin Lakes Pain Center toward the trial, amount: 2000.00, paid: 2000.00}
author:
  name: Rosalind Achebe-Marsh
  relation: patient
  address: |-
    1506 Bluff Road
    Mountain Home, AR 72653
  phone: (870) 555-0115
  email: r.achebemarsh@postbox.example
provider:
  name: Tobias Whitcombe-Ames, MD
  credentials: MD, pain medicine (Twin Lakes Pain Center; not in the plan's network)
  npi: "1844205736"
  address: |-
    Twin Lakes Pain Center (FICTIONAL), 620 Hospital Drive
    Mountain Home, AR 72653
  phone: (870) 555-0124
employer:
  name: Ozark Timberline Logistics, Benefits Office (FICTIONAL)
  address: |-
    4100 Industrial Park Road
    Harrison, AR 72601
record_dates:
  - file: clinical/pain-physician-trial-summary-2026-09-15.txt
    date: 2026-09-15
copies: [employer]
bates_prefix: ACHEBEMARSH
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/explanation-of-benefits-2026-09-30.txt": """
SUMMIT HARBOR BENEFIT ADMINISTRATORS (FICTIONAL) - EXPLANATION OF BENEFITS           Date: 09/30/2026
Plan: Ozark Timberline Logistics Employee Health Plan (self-funded)   Page 1 of 1
Patient: Rosalind Achebe-Marsh   Member ID FICT-OTL-88213046   Claim SHB-26-0914-440917
Provider: Tobias Whitcombe-Ames, MD (non-network)   Services 09/08/2026-09/15/2026: 63650 x2, 95971
Billed $14,860.00   Paid $0.00
CARC 242. Services were provided by a non-network provider. The plan does not cover non-network services except
for emergencies. You may appeal within 180 days of receiving this notice.
""",
    "denial/first-level-appeal-decision-2026-10-22.txt": """
SUMMIT HARBOR BENEFIT ADMINISTRATORS (FICTIONAL) - FIRST-LEVEL APPEAL DECISION       Date: 10/22/2026
Patient: Rosalind Achebe-Marsh   Claim SHB-26-0914-440917   Appeal received 10/05/2026   Page 1 of 1
Decision: In-network providers who perform this service are available: Ozark Spine & Pain, Fort Smith. The
non-network provider is not covered. The denial is upheld.
You may file a second-level appeal within 60 days of this decision. The second level is the plan's final internal
level.
""",
    "clinical/pain-physician-trial-summary-2026-09-15.txt": """
TWIN LAKES PAIN CENTER (FICTIONAL) - SPINAL CORD STIMULATOR TRIAL SUMMARY           Date: 09/15/2026
Patient: Rosalind Achebe-Marsh   DOB 01/27/1974   Page 1 of 2
Diagnoses: post-laminectomy syndrome (M96.1), lumbar radiculopathy (M54.16). L4-L5 laminectomy 2023.
Trial: two percutaneous leads placed 09/08/2026, removed 09/15/2026. Leg pain 8/10 before, 2-3/10 during the trial
(70 percent relief); walked 30 minutes a day. Psychological evaluation 08/2026: cleared.
History: epidural steroid injections x2 03/2022-05/2022 (before surgery) relieved pain about 4 months. Physical
therapy 16 visits 03/2025-05/2025 without benefit. Gabapentin 600 mg three times daily 06/2024-07/2024, stopped
after 4 weeks for sedation. Duloxetine 60 mg daily since 02/2024, partial relief, continued. Amitriptyline 10 mg at
bedtime for sleep. No suicidal ideation.
Page 2 of 2  [Misfiled: Marsh, Roland   DOB 11/05/1961 - lumbar facet injection note - another patient]
""",
    "other/spd-2026-section-5-4-excerpt.txt": """
OZARK TIMBERLINE LOGISTICS EMPLOYEE HEALTH PLAN (FICTIONAL) - SUMMARY PLAN DESCRIPTION 2026 (excerpt)  Page 27
Section 5.4 Network access
If no network provider who performs a covered service practices within 60 miles of your home, or a network
provider cannot see you within 30 days of your request, the Plan will pay a non-network provider for that service at
the network benefit level. You must call Member Services before you receive the service.
""",
    "other/network-call-log-2026-07-08.txt": """
CALLS MADE BY ROSALIND ACHEBE-MARSH ON 07/08/2026 (from the plan's online directory)            Page 1 of 1
1. Ozark Spine & Pain, Fort Smith (148 miles) - in network; does SCS trials; first opening 12/14/2026.
2. Harrison Pain Clinic (58 miles) - in network; does not do spinal cord stimulator trials.
3. Leland Voss, MD, Mountain Home - listed in the 2025 directory; office says he left the area in 02/2026.
4. Twin Lakes Pain Center, Mountain Home (3 miles) - not in network; trial possible in September.
""",
    "other/member-services-call-confirmation-2026-07-10.txt": """
SUMMIT HARBOR BENEFIT ADMINISTRATORS (FICTIONAL) - MEMBER SERVICES CALL CONFIRMATION (e-mailed 07/10/2026)
Page 1 of 1   Member: Rosalind Achebe-Marsh   Call 07/10/2026   Reference SH-0710-8823
Summary: member asked for a network provider for a spinal cord stimulator trial near Mountain Home. No network
provider within 60 miles performs this service. Keep this reference number.
""",
    "other/provider-directory-2025-page-stale.txt": """
SUMMIT HARBOR NETWORK DIRECTORY 2025 (FICTIONAL) - page 88    [Stale: the 2025 directory]
Leland Voss, MD - Mountain Home, AR - pain medicine; spinal cord stimulation; accepting new patients.
""",
}

TRUTH = """
# 06 - Self-funded employer plan: a spinal cord stimulator trial out of network under the plan's own access rule; second-level appeal by the patient (FICTIONAL)

All people, employers, plans, administrators, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Rosalind Achebe-Marsh, 52 (DOB 01/27/1974), in a **self-funded ERISA plan** of an employer with 2,400 employees
  (Arkansas; administrator Summit Harbor). Post-laminectomy syndrome (M96.1) after 2023 surgery.
- **07/08/2026:** the only network provider doing spinal cord stimulator trials, **Ozark Spine & Pain (Fort Smith),
  148 miles**, had a first opening on **12/14/2026**; Harrison Pain Clinic (58 miles) does not do the trial; Dr. Voss
  (2025 directory) left in 02/2026. **07/10/2026:** Member Services (**SH-0710-8823**) confirmed no network provider
  within 60 miles performs the service.
- The trial was done **09/08-09/15/2026** at Twin Lakes Pain Center (non-network, 3 miles): 70 percent relief of leg
  pain. Billed $14,860.00; she paid a **$2,000.00** deposit.
- **SPD 2026 Section 5.4:** when no network provider who performs the service is within **60 miles**, or one cannot
  see the member within **30 days**, the plan pays the non-network provider **at the network benefit level**, if the
  member calls Member Services first. Both tests are met, and she called on 07/10/2026, before 09/08/2026.
- EOB **09/30/2026** (CO-242); first-level decision **10/22/2026**: "In-network providers who perform this service are
  available: Ozark Spine & Pain, Fort Smith."
- **Rule and stage:** ERISA claims rule, 29 CFR 2560.503-1; this is the plan's **second (final internal) level**,
  within **60 days of the 10/22/2026 decision: by 12/21/2026**. The letter names it as a second-level appeal and
  answers the first-level decision.
- **Author:** the patient, "I".

## Deliberately unknown
- The network benefit amount the plan would pay: not in the case.
- Whether external review (29 CFR 2590.715-2719) reaches this denial after the second level: not settled by the case;
  a letter must not promise it.
- Whether the permanent implant will be approved: not part of this appeal.

## Traps
- **Plan document and dates, not medicine:** the winning point is SPD 5.4: 148 miles and a 159-day wait against 60
  miles and 30 days, and the Member Services call before the care. No medical necessity is in dispute.
- **A decision's statement that leaves out what matters:** Fort Smith is "available" only 148 miles away, in December.
- **Stale document:** the 2025 directory lists Dr. Voss; he left in 02/2026. **Other person:** the trial summary's
  page 2 is Roland Marsh (DOB 11/05/1961).
- **No parity argument:** the principal diagnosis is M96.1 (not a mental health code); MHPAEA does not reach this
  claim.
- **Drugs:** duloxetine continues (partial; never "failed"/"stopped"); gabapentin stopped for sedation (intolerance);
  amitriptyline 10 mg is a sleep dose, not an analgesic trial; the 2022 injections helped before surgery (earlier
  episode, not a failure).
- **Wrong law:** not 45 CFR 147.136 alone as the external-review rule for a self-funded plan; no state insurance
  department as regulator of a self-funded plan.
- **Stage and voice:** second level; answers the 10/22/2026 decision, not only the EOB; she writes "I".

## Arguments a strong letter makes (strongest first)
1. **SPD Section 5.4** applies: no network provider within 60 miles performs the trial (Harrison does not; Fort Smith
   is 148 miles), and the one network provider could not see her within 30 days (first opening 12/14/2026, 159 days
   after 07/08/2026). She called Member Services first (07/10/2026, SH-0710-8823). Pay the claim at the network
   benefit level.
2. Correct the first-level decision: Ozark Spine & Pain was not available within the SPD's distance or time.
3. Reimburse the $2,000.00 deposit to the extent the network-level payment covers it; ask for the claim file and the
   documents relied on (29 CFR 2560.503-1(h)(2)(iii)).

## What a letter must NOT say
- "no network provider exists"; "Dr. Voss is in network"; "Roland Marsh".
- "medically necessary" as the ground; "peer-to-peer"; "MHPAEA" or "parity".
- "failed duloxetine", "stopped duloxetine"; amitriptyline as a trial; gabapentin as an adequate trial; the 2022
  injections as a failure.
- "state insurance department"; "45 CFR 147.136" as this plan's external-review rule; a promise of external review.
- "this is my first appeal"; "Ms. Achebe-Marsh has" in her own voice.
"""

ANSWERS = [
    ("plan type and funding", "funding: self_funded", "case.yaml"),
    ("stage", "second-level appeal within 60 days of this decision", "denial/first-level-appeal-decision-2026-10-22.txt"),
    ("deadline", "by 12/21/2026", "truth"),
    ("plan's access rule", "within 60 miles of your home, or a network provider cannot see you within 30 days", "other/spd-2026-section-5-4-excerpt.txt"),
    ("payment level", "at the network benefit level", "other/spd-2026-section-5-4-excerpt.txt"),
    ("condition", "You must call Member Services before you receive the service", "other/spd-2026-section-5-4-excerpt.txt"),
    ("Member Services reference", "Reference SH-0710-8823", "other/member-services-call-confirmation-2026-07-10.txt"),
    ("Member Services finding", "No network provider within 60 miles performs this service", "other/member-services-call-confirmation-2026-07-10.txt"),
    ("Fort Smith distance", "Fort Smith (148 miles)", "other/network-call-log-2026-07-08.txt"),
    ("Fort Smith first opening", "first opening 12/14/2026", "other/network-call-log-2026-07-08.txt"),
    ("wait in days", "159-day wait", "truth"),
    ("trial dates", "placed 09/08/2026, removed 09/15/2026", "clinical/pain-physician-trial-summary-2026-09-15.txt"),
    ("deposit", "$2,000.00", "truth"),
    ("other person", "Marsh, Roland   DOB 11/05/1961", "clinical/pain-physician-trial-summary-2026-09-15.txt"),
    ("sleep dose", "Amitriptyline 10 mg at bedtime for sleep", "clinical/pain-physician-trial-summary-2026-09-15.txt"),
    ("no parity", "MHPAEA does not reach this claim", "truth"),
]
