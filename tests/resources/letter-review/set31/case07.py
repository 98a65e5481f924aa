SLUG = "07-marketplace-va-spravato-step-therapy-augmentation-trials-outside-plan-external-review-psychiatrist"

CASE_YAML = r'''
# FICTIONAL CASE (set 31, case 07) - every person, plan, provider, number and address is invented.
# Individual Marketplace plan, insured, Virginia. Owen Castellano-Reid, 41, has treatment-resistant depression.
# The plan denied Spravato under step-therapy policy RX-ST-ESK-4, criterion 2 ("no augmentation agent in pharmacy
# claims"), and upheld on internal appeal (10/28/2026). His lithium trial (2025) was paid by his former employer
# plan and his aripiprazole trial (2026) with a discount card, so neither is in this plan's claims; the policy itself
# accepts trials under a prior plan or shown in chart notes. His psychiatrist asks for external review.
patient:
  name: Owen Castellano-Reid
  salutation: Mr. Castellano-Reid
  date_of_birth: 1985-09-11
  member_id: FICT-BRH-84410276-01
  address: |-
    2604 Grove Avenue
    Richmond, VA 23220
  phone: (804) 555-0138
insurer:
  name: Blue Ridge Harbor Health Silver 3500 (FICTIONAL individual Marketplace plan)
  appeals_address: |-
    Blue Ridge Harbor Health - Appeals (address FICTIONAL)
    PO Box 85120
    Richmond, VA 23285
  fax: (804) 555-0183
claim:
  number: BRH-RX-26-0914-55028
  plan_type: individual_aca
  funding: insured
  notice_date: 2026-09-14
  setting: outpatient
  pending_services: [Spravato induction, 8 sessions, then weekly maintenance]
  procedure_codes: [J0013]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    Step therapy requirements of policy RX-ST-ESK-4 are not met. Criterion 2: no trial of an augmentation agent
    (lithium, aripiprazole, brexpiprazole or quetiapine XR) is found in the member's pharmacy claims.
  denial_category: step_therapy
  reviewer: {name: "Kelsey Moran, PharmD", specialty: clinical pharmacy}
  action: none
decisions:
  - date: 2026-10-28
    outcome: denied
    stage: internal appeal
    opens: external review
    next_deadline: 2027-02-28
    reason: >-
      Upheld. Our pharmacy claims since the member's coverage began on 01/01/2026 show no augmentation agent. Criterion
      2 of RX-ST-ESK-4 is not met. This is our final internal decision.
    corrections:
      - said: "Our pharmacy claims since the member's coverage began on 01/01/2026 show no augmentation agent."
        record: "Lithium 600 mg daily 06/2025-08/2025 (level 0.7 mEq/L, no response after 8 weeks), paid by his former employer plan, and aripiprazole 5 mg daily 02/2026-04/2026 (no response after 8 weeks), bought with a discount card; both are in the psychiatrist's notes and the pharmacy records."
        file: clinical/psychiatrist-letter-2026-11-05.txt
        page: 1
plan_policy:
  name: Blue Ridge Harbor Health step therapy policy RX-ST-ESK-4, esketamine nasal spray (2026)
  number: RX-ST-ESK-4
  quote: >-
    Esketamine is approved when: 1. the member has treatment-resistant depression, with two antidepressants of
    adequate dose and duration (6 weeks or more) in the current episode without adequate response; 2. the member has
    tried one augmentation agent (lithium, aripiprazole, brexpiprazole or quetiapine XR) for at least 6 weeks, or
    cannot take them; 3. esketamine will be given in a certified healthcare setting. Trials may be shown by pharmacy
    claims under this plan or a prior plan, or by chart notes with drug, dose and dates.
  file: other/step-therapy-policy-rx-st-esk-4-2026.txt
payer_criteria:
  - criterion: "1. two antidepressants of adequate dose and duration in the current episode without adequate response"
    how_met: Sertraline 200 mg 01/2025-04/2025 (14 weeks, no response); venlafaxine XR 225 mg since 05/2025 (partial response, continued)
    met: true
    evidence: {file: clinical/psychiatrist-letter-2026-11-05.txt, page: 1}
  - criterion: "2. one augmentation agent for at least 6 weeks"
    how_met: Lithium 600 mg 06/2025-08/2025 (8 weeks, level 0.7) and aripiprazole 5 mg 02/2026-04/2026 (8 weeks), both without response; shown by chart notes and pharmacy records
    met: true
    evidence:
      - {file: clinical/psychiatrist-letter-2026-11-05.txt, page: 1}
      - {file: other/pharmacy-records-lithium-aripiprazole.txt, page: 1}
  - criterion: "3. given in a certified healthcare setting"
    how_met: Capitol Interventional Psychiatry, certified in the Spravato REMS
    met: true
    evidence: {file: clinical/psychiatrist-letter-2026-11-05.txt, page: 1}
treatment:
  name: Spravato (esketamine nasal spray), induction and maintenance (J0013)
  summary: >-
    Spravato for treatment-resistant depression after two antidepressants and two augmentation agents in the current
    episode without adequate response.
  plan: 56 mg twice weekly for 4 weeks (84 mg if tolerated), then weekly for 4 weeks, then reassess; venlafaxine continued
  alongside: venlafaxine XR 225 mg daily
  setting: Capitol Interventional Psychiatry, a clinic certified in the Spravato REMS
  monitoring: 2 hours of observation after each dose with blood pressure checks
  fda:
    action: approved
    date: 2019-03-05
    what: Spravato (esketamine) nasal spray
    use: treatment-resistant depression in adults
    ages: adults
    file: other/spravato-label-excerpt.txt
    page: 1
clinical:
  severity: MADRS 33 on 10/30/2026
  severity_date: 2026-10-30
  suicidality: none
  suicidality_date: 2026-10-30
  episode_onset: 2024-11
  exclusions: no psychosis, no aneurysmal vascular disease or history of intracerebral hemorrhage, blood pressure 124/78, no active substance use
  history:
    - drug: Escitalopram
      dose: 20 mg daily
      start: 2019-01
      end: 2019-12
      kind: antidepressant
      response: remission
      outcome: Remission of the 2019 episode (an earlier episode, not a failed trial)
      evidence: {file: clinical/psychiatrist-letter-2026-11-05.txt, page: 1}
    - drug: Sertraline
      dose: 200 mg daily
      start: 2025-01
      end: 2025-04
      weeks: 14
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 14 weeks
      evidence: {file: clinical/psychiatrist-letter-2026-11-05.txt, page: 1}
    - drug: Venlafaxine XR
      dose: 225 mg daily
      start: 2025-05
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continued and to be taken with Spravato
      evidence: {file: clinical/psychiatrist-letter-2026-11-05.txt, page: 1}
    - drug: Lithium
      dose: 600 mg daily (level 0.7 mEq/L) added to venlafaxine
      start: 2025-06
      end: 2025-08
      weeks: 8
      kind: augmentation
      adequate: true
      failed: true
      response: none
      outcome: No response after 8 weeks; paid by his former employer plan
      evidence: {file: other/pharmacy-records-lithium-aripiprazole.txt, page: 1}
    - drug: Aripiprazole
      dose: 5 mg daily added to venlafaxine
      start: 2026-02
      end: 2026-04
      weeks: 8
      kind: augmentation
      adequate: true
      failed: true
      response: none
      outcome: No response after 8 weeks; bought with a discount card
      evidence: {file: other/pharmacy-records-lithium-aripiprazole.txt, page: 1}
    - drug: Trazodone
      dose: 50 mg at bedtime for sleep
      start: 2025-05
      ongoing: true
      kind: other
      outcome: Sleep dose only; not an antidepressant trial
      evidence: {file: clinical/psychiatrist-letter-2026-11-05.txt, page: 1}
impact:
  work: On short-term disability from his job as a high school teacher since 09/2026
author:
  name: Helena Varga-Whitfield
  role: Treating psychiatrist (MD), the prescriber
  relation: physician
  authorization: other/member-consent-2026-11-03.txt
  address: |-
    Capitol Interventional Psychiatry (FICTIONAL), 7201 Glen Forest Drive, Suite 104
    Richmond, VA 23226
  phone: (804) 555-0160
  email: hvw@capitolip.example
provider:
  name: Helena Varga-Whitfield
  credentials: MD
  npi: "1766051233"
  address: |-
    Capitol Interventional Psychiatry (FICTIONAL), 7201 Glen Forest Drive, Suite 104
    Richmond, VA 23226
  phone: (804) 555-0160
external_review:
  agency: Virginia Bureau of Insurance, external review (as the final decision names it)
  final_denial_date: 2026-10-28
template: external-review-request
record_dates:
  - file: clinical/psychiatrist-letter-2026-11-05.txt
    date: 2026-11-05
bates_prefix: CASTELLANOREID
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
'''

DOCS = {
"denial/step-therapy-denial-2026-09-14.txt": """
BLUE RIDGE HARBOR HEALTH (FICTIONAL) - NOTICE OF ADVERSE BENEFIT DETERMINATION       Date: 09/14/2026
Member: Owen Castellano-Reid   ID FICT-BRH-84410276-01   Reference BRH-RX-26-0914-55028
Requested: esketamine nasal spray (Spravato), J0013   Prescriber: Helena Varga-Whitfield, MD
Page 1 of 1
Decision: DENIED. Step therapy requirements of policy RX-ST-ESK-4 are not met. Criterion 2: no trial of an
augmentation agent (lithium, aripiprazole, brexpiprazole or quetiapine XR) is found in the member's pharmacy claims.
Reviewer: Kelsey Moran, PharmD.
You may appeal within 180 days.
""",
"denial/final-internal-appeal-decision-2026-10-28.txt": """
BLUE RIDGE HARBOR HEALTH (FICTIONAL) - FINAL INTERNAL APPEAL DECISION                Date: 10/28/2026
Member: Owen Castellano-Reid   Reference BRH-RX-26-0914-55028
Page 1 of 1
Upheld. Our pharmacy claims since the member's coverage began on 01/01/2026 show no augmentation agent. Criterion
2 of RX-ST-ESK-4 is not met. This is our final internal decision.
EXTERNAL REVIEW: You have 4 months from the date you receive this letter to ask for an external review by an
independent review organization through the Virginia Bureau of Insurance (forms enclosed). If your doctor certifies
that waiting would seriously jeopardize your life or health, you may ask for an expedited external review.
""",
"other/step-therapy-policy-rx-st-esk-4-2026.txt": """
BLUE RIDGE HARBOR HEALTH (FICTIONAL) - STEP THERAPY POLICY RX-ST-ESK-4, ESKETAMINE NASAL SPRAY
Effective 01/01/2026                                                                   Page 1 of 1
Esketamine is approved when: 1. the member has treatment-resistant depression, with two antidepressants of
adequate dose and duration (6 weeks or more) in the current episode without adequate response; 2. the member has
tried one augmentation agent (lithium, aripiprazole, brexpiprazole or quetiapine XR) for at least 6 weeks, or
cannot take them; 3. esketamine will be given in a certified healthcare setting. Trials may be shown by pharmacy
claims under this plan or a prior plan, or by chart notes with drug, dose and dates.
""",
"other/pharmacy-records-lithium-aripiprazole.txt": """
JAMES RIVER PHARMACY (FICTIONAL) - PATIENT MEDICATION PROFILE                     Printed 11/02/2026
Patient: Owen Castellano-Reid   DOB 09/11/1985
Page 1 of 1
06/04/2025 lithium carbonate 300 mg, #60, 2 daily   paid by: Tidewater Shipping Employee Plan (former plan)
07/02/2025 lithium carbonate 300 mg, #60            paid by: Tidewater Shipping Employee Plan
07/31/2025 lithium carbonate 300 mg, #60            paid by: Tidewater Shipping Employee Plan
02/06/2026 aripiprazole 5 mg, #30                    paid by: patient, discount card (not insurance)
03/07/2026 aripiprazole 5 mg, #30                    paid by: patient, discount card
04/05/2026 aripiprazole 5 mg, #30                    paid by: patient, discount card
Household profile (same address): Marisol Castellano-Reid, amoxicillin 500 mg, 03/12/2026 (not this patient)
""",
"other/member-consent-2026-11-03.txt": """
MEMBER CONSENT FOR EXTERNAL REVIEW (FICTIONAL)                                        11/03/2026
I, Owen Castellano-Reid, authorize Dr. Helena Varga-Whitfield to request external review for me and to release my
records for it.   Signed: Owen Castellano-Reid
""",
"other/spravato-label-excerpt.txt": """
SPRAVATO (esketamine) nasal spray - prescribing information, excerpt as summarized for this FICTIONAL test case
Page 1 of 1
Indication: treatment-resistant depression in adults (approved 03/05/2019), as monotherapy or with an oral
antidepressant (monotherapy added 01/2025); and depressive symptoms in adults with major depressive disorder with
acute suicidal ideation or behavior, with an oral antidepressant. Given under a REMS in a certified healthcare setting.
""",
"other/clinic-note-2024-03.txt": """
CAPITOL INTERVENTIONAL PSYCHIATRY (FICTIONAL) - BRIEF NOTE                                03/2024
Owen Castellano-Reid: well since 2019; no psychotropic medicines; follow up as needed.
""",
"clinical/psychiatrist-letter-2026-11-05.txt": """
CAPITOL INTERVENTIONAL PSYCHIATRY (FICTIONAL)
LETTER FOR EXTERNAL REVIEW                                                    Date: 11/05/2026
Patient: Owen Castellano-Reid   DOB 09/11/1985   Psychiatrist: Helena Varga-Whitfield, MD (NPI 1766051233)
Page 1 of 1
Diagnosis: major depressive disorder, recurrent, severe without psychotic features (F33.2); current episode since
11/2024. MADRS 33 on 10/30/2026. No suicidal ideation. No psychosis; no vascular contraindication; BP 124/78; no
active substance use.
First episode 2019: escitalopram 20 mg 01/2019-12/2019, remission.
Current episode: sertraline 200 mg 01/2025-04/2025, no response after 14 weeks; venlafaxine XR 225 mg since 05/2025,
partial response, continued; lithium 600 mg added 06/2025-08/2025 (level 0.7 mEq/L), no response after 8 weeks
(former employer plan paid); aripiprazole 5 mg added 02/2026-04/2026, no response after 8 weeks (discount card);
trazodone 50 mg at bedtime for sleep since 05/2025.
Setting: our clinic is certified in the Spravato REMS; 2 hours of observation after each dose.
Work: short-term disability from teaching since 09/2026.
""",
}

TRUTH = """# 07 - Marketplace (Virginia): Spravato step therapy, augmentation trials paid outside the plan; external review by the psychiatrist (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Owen Castellano-Reid, **41**, Richmond, VA, has an **individual Marketplace plan** (insured) since **01/01/2026**.
  Diagnosis F33.2, current episode since 11/2024; MADRS 33 (10/30/2026).
- The plan denied Spravato (09/14/2026) under **RX-ST-ESK-4 criterion 2** ("no ... augmentation agent ... in the member's
  pharmacy claims") and upheld on **10/28/2026** (final internal decision): "pharmacy claims since ... 01/01/2026 show
  no augmentation agent".
- He tried **two augmentation agents**: **lithium 600 mg 06-08/2025** (level 0.7, 8 weeks, no response; paid by his
  **former employer plan**) and **aripiprazole 5 mg 02-04/2026** (8 weeks, no response; **discount card**). Pharmacy
  profile and psychiatrist's letter show both.
- The policy's own last sentence: trials "may be shown by pharmacy claims under this plan **or a prior plan**, or by
  **chart notes** with drug, dose and dates".
- Criterion 1 met (sertraline 200 mg 14 weeks, no response; venlafaxine XR 225 mg, partial response, continued);
  criterion 3 met (REMS-certified clinic).
- **Stage and rule:** **external review** of an individual-market plan's final internal denial, 45 CFR 147.136(c)/(d)
  and the state process (Virginia Bureau of Insurance, as the notice says): **4 months from receipt of 10/28/2026:
  by 02/28/2027** (counted from the date). Step therapy is a medical-judgment denial, eligible for external review.
- **Author:** the treating psychiatrist, with the member's consent.

## Deliberately unknown
- Whether Virginia's step-therapy statute adds an exception right: not in the case; no state statute may be cited.
- Whether an expedited review is warranted: the psychiatrist has not certified it; the letter must not claim it.
- Lithium's dose titration week by week: not in the case beyond the level.

## Traps
- **Trials paid outside the plan are trials.** The winning point is the record (chart notes and pharmacy profile)
  plus the policy's own sentence accepting prior-plan claims and chart notes. A decision's stated fact the record
  contradicts: "no augmentation agent".
- **Venlafaxine continues** with a partial response: never "failed"/"stopped"; it counts toward criterion 1.
  **Trazodone 50 mg** is a sleep dose, not a trial. **Escitalopram 2019** brought remission of an earlier episode:
  never a failure and not in the current-episode count.
- **Other person on a document:** Marisol's amoxicillin on the household profile.
- **Stale document:** the **03/2024 clinic note** ("no psychotropic medicines") predates this episode.
- **Label:** TRD may be monotherapy since 01/2025; never "the label requires an oral antidepressant" (that applies to
  the suicidal-ideation use). Never the suicidality indication: no suicidal ideation.
- **Wrong law:** no ERISA (individual plan), no 29 CFR 2590.715-2719 (self-funded route), no Medicare/Part D coverage
  exception (42 CFR 423.578), no Medicaid. No new internal appeal (internal appeals are exhausted).
- Reviewer was a **pharmacist**, not a psychiatrist.
- **Voice:** the psychiatrist writes as the treating physician about "Mr. Castellano-Reid".

## Arguments a strong letter makes (strongest first)
1. **Criterion 2 is met**: two augmentation trials of 8 weeks each (lithium 2025, aripiprazole 2026), shown by chart
   notes and pharmacy records; **RX-ST-ESK-4 itself** accepts trials under a prior plan and chart notes, so the
   decision's reliance on this plan's claims since 01/01/2026 misapplies the plan's own policy.
2. Criteria 1 and 3 are met (sertraline failed; venlafaxine partial and continued; REMS-certified setting); every
   criterion of RX-ST-ESK-4 is met.
3. Ask the independent reviewer (a psychiatrist) to overturn; the denial was decided by a pharmacist.

## What a letter must NOT say
- "no augmentation trial"; "lithium was not tried"; conceding criterion 2.
- "failed venlafaxine", "stopped venlafaxine"; trazodone as a trial; "failed escitalopram"; "three failed
  antidepressants in this episode".
- "requires an oral antidepressant" as the label's rule for TRD; "suicidal ideation"; "approved use for suicidality".
- "ERISA", "29 CFR 2560.503-1", "29 CFR 2590.715-2719", "42 CFR 423", "Medicaid", "expedited" as certified.
- Marisol's prescription; "no psychotropic medicines" as current.
"""

ANSWERS = [
    ("other/step-therapy-policy-rx-st-esk-4-2026.txt", "Trials may be shown by pharmacy\nclaims under this plan or a prior plan, or by chart notes with drug, dose and dates."),
    ("other/pharmacy-records-lithium-aripiprazole.txt", "paid by: Tidewater Shipping Employee Plan (former plan)"),
    ("other/pharmacy-records-lithium-aripiprazole.txt", "paid by: patient, discount card (not insurance)"),
    ("other/pharmacy-records-lithium-aripiprazole.txt", "Marisol Castellano-Reid, amoxicillin"),
    ("denial/final-internal-appeal-decision-2026-10-28.txt", "since the member's coverage began on 01/01/2026 show no augmentation agent"),
    ("denial/final-internal-appeal-decision-2026-10-28.txt", "You have 4 months from the date you receive this letter"),
    ("denial/step-therapy-denial-2026-09-14.txt", "Kelsey Moran, PharmD"),
    ("clinical/psychiatrist-letter-2026-11-05.txt", "lithium 600 mg added 06/2025-08/2025 (level 0.7 mEq/L), no response after 8 weeks"),
    ("clinical/psychiatrist-letter-2026-11-05.txt", "aripiprazole 5 mg added 02/2026-04/2026, no response after 8 weeks"),
    ("clinical/psychiatrist-letter-2026-11-05.txt", "venlafaxine XR 225 mg since 05/2025,\npartial response, continued"),
    ("clinical/psychiatrist-letter-2026-11-05.txt", "trazodone 50 mg at bedtime for sleep"),
    ("clinical/psychiatrist-letter-2026-11-05.txt", "escitalopram 20 mg 01/2019-12/2019, remission"),
    ("clinical/psychiatrist-letter-2026-11-05.txt", "No suicidal ideation."),
    ("other/clinic-note-2024-03.txt", "no psychotropic medicines"),
    ("other/spravato-label-excerpt.txt", "as monotherapy or with an oral\nantidepressant"),
    ("truth", "by 02/28/2027"),
]
