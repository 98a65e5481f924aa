SLUG = "07-marketplace-spravato-step-therapy-trials-paid-outside-plan-first-appeal-pmhnp"

CASE_YAML = r"""
# FICTIONAL CASE (set 56, case 07) - every person, plan, insurer, provider, number and address is invented.
# Individual Marketplace Silver HMO (insured), Louisiana. Spravato denied before treatment under step-therapy policy
# RX-ESK-16 criterion 2 because "pharmacy claims show one antidepressant (sertraline)". The pharmacy's own record
# shows escitalopram 12 weeks in 2025, paid by her former employer's plan (she joined this plan 01/01/2026), and
# duloxetine since 04/2026 paid with a discount card (still taken). The prescribing PMHNP writes the first internal
# appeal with the member's written consent.
patient:
  name: Renee Thibodeaux-Ammar
  salutation: Ms. Thibodeaux-Ammar
  date_of_birth: 1990-11-03
  member_id: FICT-BCH-71502268
  address: |-
    812 Rue Beauregard
    Lafayette, LA 70508
  phone: (337) 555-0121
insurer:
  name: Bayou Crescent Health Plan, Silver 70 HMO (FICTIONAL)
  appeals_address: |-
    Bayou Crescent Health Plan - Grievances and Appeals (FICTIONAL)
    PO Box 53310
    Baton Rouge, LA 70805
  fax: (225) 555-0147
claim:
  number: PA-26-1116-2290
  plan_type: individual_aca
  funding: insured
  notice_date: 2026-11-24
  procedure_codes: [J0013]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    Step therapy requirements are not met (Medical Pharmacy Policy RX-ESK-16, criterion 2). Pharmacy claims show one
    antidepressant trial (sertraline) in the current episode. The policy requires two antidepressants from different
    classes, each at an adequate dose for at least 6 weeks.
  denial_category: step_therapy
  denial_reasons: [step_therapy]
  action: none
  corrections:
    - said: Pharmacy claims show one antidepressant trial (sertraline) in the current episode.
      record: >-
        The pharmacy's fill history shows escitalopram 20 mg filled 04/2025-07/2025 (12 weeks), paid by her former
        employer's plan before her coverage with this plan began on 01/01/2026, and duloxetine 60 mg filled monthly
        since 04/2026 with a discount card; the psychiatric evaluation records both trials.
      file: [other/pharmacy-fill-history-2025-2026.txt, clinical/psychiatric-evaluation-2026-11-10.txt]
      page: 1
      leaves_out: true
prior_auth:
  requested_on: 2026-11-16
  reference: PA-26-1116-2290
plan_policy:
  name: Bayou Crescent Medical Pharmacy Policy RX-ESK-16 "Esketamine nasal spray (Spravato)"
  number: RX-ESK-16
  quote: >-
    1. Age 18 or older with major depressive disorder, treatment-resistant. 2. Inadequate response to at least two
    antidepressants from different classes, each at an adequate dose for at least 6 weeks, in the current episode.
    3. Prescribed by a psychiatrist or by a prescriber in consultation with a psychiatrist. 4. Given at a treatment
    center certified in the Spravato REMS.
  file: other/rx-esk-16-criteria-excerpt.txt
payer_criteria:
  - criterion: 1. Age 18 or older with major depressive disorder, treatment-resistant.
    how_met: Age 36; recurrent major depressive disorder, severe (F33.2); three adequate trials in the current episode.
    met: true
    evidence: {file: clinical/psychiatric-evaluation-2026-11-10.txt, page: 1}
  - criterion: 2. Inadequate response to at least two antidepressants from different classes, each at an adequate dose for at least 6 weeks, in the current episode.
    how_met: >-
      Escitalopram 20 mg, 12 weeks (SSRI; paid by her former plan); sertraline 200 mg, 10 weeks (SSRI; paid by this
      plan); duloxetine 60 mg since 04/2026 (SNRI; discount card; partial response, continued).
    met: true
    evidence: [{file: clinical/psychiatric-evaluation-2026-11-10.txt, page: 1}, {file: other/pharmacy-fill-history-2025-2026.txt, page: 1}]
  - criterion: 3. Prescribed by a psychiatrist or by a prescriber in consultation with a psychiatrist.
    how_met: Prescribed by a PMHNP in consultation with a psychiatrist, who saw her on 11/12/2026 and agrees.
    met: true
    evidence: {file: clinical/collaborating-psychiatrist-consult-2026-11-12.txt, page: 1}
  - criterion: 4. Given at a treatment center certified in the Spravato REMS.
    how_met: Acadiana Mood Clinic is a REMS-certified treatment center.
    met: true
    evidence: {file: clinical/psychiatric-evaluation-2026-11-10.txt, page: 1}
treatment:
  name: Spravato (esketamine) nasal spray, 56 mg twice weekly for 4 weeks (induction)
  summary: >-
    Esketamine nasal spray for treatment-resistant depression in the current episode after escitalopram and
    sertraline (no response) and duloxetine (partial response, continued), given with her duloxetine.
  alongside: duloxetine 60 mg daily
  plan: >-
    56 mg twice weekly for 4 weeks, then 56 or 84 mg weekly by response; PHQ-9 and blood pressure each session; stop
    if PHQ-9 has not fallen by 25% at week 4.
  setting: Acadiana Mood Clinic, a Spravato REMS-certified treatment center
  monitoring: Blood pressure before and at 40 and 120 minutes; observed 2 hours
clinical:
  severity: PHQ-9 20 on 11/10/2026
  severity_date: 2026-11-10
  suicidality: none
  suicidality_date: 2026-11-10
  episode_onset: 2025-03
  treating_since: 2026-01
  exclusions: No psychosis, no uncontrolled hypertension (BP 118/76), no substance use disorder
  history:
    - drug: Fluoxetine
      dose: 40 mg daily
      start: 2019-05
      end: 2020-06
      kind: antidepressant
      response: remission
      outcome: Remission in an earlier episode (2019-2020)
      evidence: {file: clinical/psychiatric-evaluation-2026-11-10.txt, page: 1}
    - drug: Escitalopram
      dose: 20 mg daily
      start: 2025-04
      end: 2025-07
      weeks: 12
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      paid_outside: another plan
      outcome: No response after 12 weeks; paid by her former employer's plan
      evidence: {file: other/pharmacy-fill-history-2025-2026.txt, page: 1}
    - drug: Sertraline
      dose: 200 mg daily
      start: 2026-01
      end: 2026-03
      weeks: 10
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 10 weeks
      evidence: {file: clinical/psychiatric-evaluation-2026-11-10.txt, page: 1}
    - drug: Duloxetine
      dose: 60 mg daily
      start: 2026-04
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      paid_outside: discount card
      outcome: Partial response; continued, and to be given with Spravato
      evidence: {file: other/pharmacy-fill-history-2025-2026.txt, page: 1}
    - drug: Trazodone
      dose: 50 mg at bedtime for sleep
      start: 2026-02
      ongoing: true
      kind: other
      adequate: false
      outcome: Sleep aid only; not an antidepressant trial
      evidence: {file: clinical/psychiatric-evaluation-2026-11-10.txt, page: 1}
impact:
  work: Reduced to 20 hours a week as a dental hygienist since 08/2026.
author:
  name: Jolene Marchand-Ruiz, DNP, PMHNP-BC
  role: treating psychiatric nurse practitioner (prescriber)
  relation: prescriber
  authorization: other/member-consent-2026-11-25.txt
  address: |-
    Acadiana Mood Clinic (FICTIONAL), 2300 Kaliste Saloom Road, Suite 140
    Lafayette, LA 70508
  phone: (337) 555-0176
  email: jmarchand@acadiana-mood.example
provider:
  name: Jolene Marchand-Ruiz, DNP, PMHNP-BC
  credentials: DNP, PMHNP-BC
  npi: "1938472614"
  address: |-
    2300 Kaliste Saloom Road, Suite 140
    Lafayette, LA 70508
  phone: (337) 555-0176
peer_to_peer:
  availability: weekdays 8-9 am
record_dates:
  - file: clinical/psychiatric-evaluation-2026-11-10.txt
    date: 2026-11-10
  - file: clinical/collaborating-psychiatrist-consult-2026-11-12.txt
    date: 2026-11-12
bates_prefix: THIBODEAUXAMMAR
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/prior-authorization-denial-2026-11-24.txt": """
BAYOU CRESCENT HEALTH PLAN (FICTIONAL) - NOTICE OF PRIOR AUTHORIZATION DENIAL        Date: 11/24/2026
Member: Renee Thibodeaux-Ammar   ID FICT-BCH-71502268   Silver 70 HMO (Marketplace)
Request PA-26-1116-2290, received 11/16/2026: Spravato (esketamine) 56 mg nasal spray, J0013, induction.
Prescriber: Jolene Marchand-Ruiz, PMHNP-BC, NPI 1938472614
Decision: DENIED. Step therapy requirements are not met (Medical Pharmacy Policy RX-ESK-16, criterion 2). Pharmacy
claims show one antidepressant trial (sertraline) in the current episode. The policy requires two antidepressants
from different classes, each at an adequate dose for at least 6 weeks.
Reviewer: Celeste Amadi, PharmD.
Your rights: you may appeal within 180 days of receiving this notice. Ask for an expedited appeal if waiting could
seriously harm your health. Write to Grievances and Appeals, PO Box 53310, Baton Rouge, LA 70805, or fax
(225) 555-0147.
""",
    "clinical/psychiatric-evaluation-2026-11-10.txt": """
ACADIANA MOOD CLINIC (FICTIONAL) - PSYCHIATRIC EVALUATION                          Date: 11/10/2026
Patient: Renee Thibodeaux-Ammar   DOB 11/03/1990   Page 1 of 1   Seen here since 01/2026
Diagnosis: major depressive disorder, recurrent, severe without psychotic features (F33.2). Current episode since
03/2025. PHQ-9 20. No suicidal ideation. No psychosis; BP 118/76; no substance use disorder.
Current episode: escitalopram 20 mg 04/2025-07/2025, 12 weeks, no response (prescribed by her former primary care
physician; paid by her former employer's plan); sertraline 200 mg 01/2026-03/2026, 10 weeks, no response;
duloxetine 60 mg daily since 04/2026, partial response, continued (she pays with a discount card: cheaper than the
plan's copay). Trazodone 50 mg at bedtime for sleep since 02/2026.
Earlier episode 2019-2020: fluoxetine 40 mg, remission.
Plan: Spravato 56 mg twice weekly for 4 weeks with duloxetine, at this clinic (REMS-certified treatment center);
stop if PHQ-9 has not fallen by 25% at week 4.
Signed: Jolene Marchand-Ruiz, DNP, PMHNP-BC
""",
    "clinical/collaborating-psychiatrist-consult-2026-11-12.txt": """
ACADIANA MOOD CLINIC (FICTIONAL) - COLLABORATING PSYCHIATRIST CONSULTATION          Date: 11/12/2026
Patient: Renee Thibodeaux-Ammar
Seen with J. Marchand-Ruiz, PMHNP-BC. Three adequate antidepressant trials in the current episode (escitalopram,
sertraline, duloxetine). I agree with esketamine nasal spray with duloxetine.
Signed: Tobias Landry-Okafor, MD, psychiatrist
""",
    "other/pharmacy-fill-history-2025-2026.txt": """
GULF COAST PHARMACY #112 (FICTIONAL) - PRESCRIPTION FILL HISTORY, 01/01/2025-11/20/2026       Page 1 of 1
Patient: Renee Thibodeaux-Ammar   DOB 11/03/1990
Date        Drug                      Qty   Days  Payer
04/08/2025  escitalopram 10 mg        30    30    Pelican Foods Employee Plan (former)
05/06/2025  escitalopram 20 mg        30    30    Pelican Foods Employee Plan (former)
06/05/2025  escitalopram 20 mg        30    30    Pelican Foods Employee Plan (former)
07/03/2025  escitalopram 20 mg        30    30    Pelican Foods Employee Plan (former)
01/09/2026  sertraline 100 mg         60    30    Bayou Crescent Health Plan
02/06/2026  sertraline 100 mg         60    30    Bayou Crescent Health Plan
03/06/2026  sertraline 100 mg         60    30    Bayou Crescent Health Plan
04/03/2026 - 11/06/2026  duloxetine 60 mg, 30 each month (8 fills)   Discount card (cash)
02/11/2026 - 11/06/2026  trazodone 50 mg, 30 each month               Bayou Crescent Health Plan
10/14/2026  atorvastatin 20 mg   (Patient: Karim Ammar, spouse - listed under the family account)
""",
    "other/rx-esk-16-criteria-excerpt.txt": """
BAYOU CRESCENT HEALTH PLAN (FICTIONAL) - MEDICAL PHARMACY POLICY RX-ESK-16          Page 1 of 1 (excerpt)
Esketamine nasal spray (Spravato). Criteria for initial approval (all required):
1. Age 18 or older with major depressive disorder, treatment-resistant. 2. Inadequate response to at least two
antidepressants from different classes, each at an adequate dose for at least 6 weeks, in the current episode.
3. Prescribed by a psychiatrist or by a prescriber in consultation with a psychiatrist. 4. Given at a treatment
center certified in the Spravato REMS.
Note: trials may be documented by pharmacy claims or by the prescriber's records.
""",
    "other/member-consent-2026-11-25.txt": """
CONSENT (FICTIONAL)                                                                   Signed 11/25/2026
I, Renee Thibodeaux-Ammar, ask Jolene Marchand-Ruiz, PMHNP-BC, to appeal Bayou Crescent Health Plan's denial of
Spravato (request PA-26-1116-2290) for me, and consent to her sharing my records for it.
Signed: Renee Thibodeaux-Ammar
""",
    "other/medication-list-2023-stale.txt": """
LAFAYETTE FAMILY MEDICINE (FICTIONAL) - MEDICATION LIST                            Printed: 06/14/2023
Patient: Renee Thibodeaux-Ammar
Active: none for mood (fluoxetine stopped 06/2020). Cetirizine 10 mg as needed.
[Old list from her former primary care office; not current.]
""",
}

TRUTH = r"""
# 07 - Marketplace plan: Spravato denied under step therapy because the plan's claims show one trial; the other two were paid by a former plan and a discount card; first internal appeal by the PMHNP (FICTIONAL)

All people, plans, insurers, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Renee Thibodeaux-Ammar, 36 (DOB 11/03/1990), on **Bayou Crescent Health Plan, Silver 70 HMO** (Marketplace,
  insured, Louisiana; coverage since **01/01/2026**), was denied **Spravato 56 mg induction** before treatment on
  **11/24/2026** (request **PA-26-1116-2290**, received 11/16/2026) under **RX-ESK-16 criterion 2**: "Pharmacy claims
  show one antidepressant trial (sertraline)".
- Current episode (since 03/2025): **escitalopram 20 mg, 12 weeks** (04-07/2025; paid by her **former employer's
  plan**), **sertraline 200 mg, 10 weeks** (01-03/2026; paid by this plan), **duloxetine 60 mg since 04/2026** (SNRI,
  another class; partial response; **paid with a discount card**; still taken and to be given with Spravato). Two
  classes, three adequate trials: criterion 2 met. RX-ESK-16's own note accepts trials documented "by the
  prescriber's records".
- Criterion 3: the prescriber is a PMHNP; a psychiatrist consulted on 11/12/2026 and agrees. Criterion 4: REMS
  center.
- **Rules:** 45 CFR 147.136(b)(3) (individual market): internal appeal within 180 days of receipt: counted from the
  notice, **by 05/23/2027**; pre-service: decided within 30 days; expedited if urgent (not claimed here). Parity
  (MHPAEA, 45 CFR 146.136 as applied to individual coverage) as a secondary point: step therapy is a non-quantitative
  limit. External review after a final denial.
- **Author:** the treating PMHNP (a prescriber, not a physician), with the member's consent of 11/25/2026; "I write
  as Ms. Thibodeaux-Ammar's treating nurse practitioner".
- Expected answers (question -> answer, where printed):
  1. Request number -> PA-26-1116-2290 (denial/prior-authorization-denial-2026-11-24.txt)
  2. Notice date -> Date: 11/24/2026 (denial/prior-authorization-denial-2026-11-24.txt)
  3. Deadline counted from the notice -> by 05/23/2027 (truth)
  4. The denial's stated fact -> Pharmacy claims show one antidepressant trial (sertraline) (denial/prior-authorization-denial-2026-11-24.txt)
  5. Former plan -> Pelican Foods Employee Plan (former) (other/pharmacy-fill-history-2025-2026.txt)
  6. Duloxetine payer -> Discount card (cash) (other/pharmacy-fill-history-2025-2026.txt)
  7. Escitalopram trial -> escitalopram 20 mg 04/2025-07/2025, 12 weeks, no response (clinical/psychiatric-evaluation-2026-11-10.txt)
  8. Sertraline trial -> sertraline 200 mg 01/2026-03/2026, 10 weeks, no response (clinical/psychiatric-evaluation-2026-11-10.txt)
  9. Drug still taken -> duloxetine 60 mg daily since 04/2026, partial response, continued (clinical/psychiatric-evaluation-2026-11-10.txt)
  10. Policy's own note -> trials may be documented by pharmacy claims or by the prescriber's records (other/rx-esk-16-criteria-excerpt.txt)
  11. Psychiatrist consulted -> Tobias Landry-Okafor, MD, psychiatrist (clinical/collaborating-psychiatrist-consult-2026-11-12.txt)
  12. Sleep dose -> Trazodone 50 mg at bedtime for sleep (clinical/psychiatric-evaluation-2026-11-10.txt)
  13. Earlier-episode response -> fluoxetine 40 mg, remission (clinical/psychiatric-evaluation-2026-11-10.txt)
  14. Severity -> PHQ-9 20 (clinical/psychiatric-evaluation-2026-11-10.txt)
  15. Reviewer -> Celeste Amadi, PharmD (denial/prior-authorization-denial-2026-11-24.txt)
  16. Author -> relation: prescriber (case.yaml)

## Deliberately unknown
- Whether the plan asked the prescriber for records before deciding: not in the case.
- The date the member joined the plan is 01/01/2026 per the author's summary; no enrollment document is enclosed: a
  letter may say it as the reason the plan's claims cannot show 2025 fills, but must not cite an exhibit for it.
- Whether Spravato would be billed under the medical or pharmacy benefit beyond J0013: not in the case.

## Traps
- **A decision's stated fact that is true as far as it goes:** the plan's own claims do show only sertraline; the
  record shows what they leave out (trials paid by another plan and by a discount card). A letter says that, never
  that the plan's claims are "wrong" or "false".
- **Two classes only with duloxetine:** escitalopram and sertraline are both SSRIs; the second class (SNRI) is
  duloxetine, an adequate trial with a partial (inadequate) response that continues. A letter must not say two
  classes "failed" among escitalopram and sertraline, nor leave duloxetine out of the count criterion 2 asks for
  ("inadequate response").
- **Drug still taken:** duloxetine continues (partial): never "failed"/"stopped"; it is given with Spravato.
- **Sleep dose:** trazodone 50 mg is not an antidepressant trial. **Fluoxetine 2019-2020** was a remission in an
  earlier episode, never a failed trial.
- **First escitalopram fill was 10 mg** (04/08/2025); the trial at 20 mg ran about 12 weeks from 05/2025-07/2025 in the
  fills (the evaluation says 04/2025-07/2025): a letter should not claim more than "12 weeks" as the record says.
- **Other person on a document:** the spouse's atorvastatin line (Karim Ammar).
- **Stale document:** the 2023 medication list (nothing current).
- **Voice and title:** a PMHNP; never "Dr." as a physician, never "physician"; she does write "I".
- **Label:** Spravato's TRD use may be given alone or with an oral antidepressant (label since 01/2025); "psychiatrist
  prescriber" is the plan's criterion, not the label's.
- **Wrong law:** ERISA (an individual plan), 29 CFR 2560.503-1 as governing; Part D 423.578(b); Medicaid.

## Arguments a strong letter makes, strongest first
1. Criterion 2 is met: three adequate trials from two classes in the current episode (escitalopram 12 weeks,
   sertraline 10 weeks, duloxetine since 04/2026), shown by the pharmacy's fill history and the evaluation; the plan's
   claims show only sertraline because escitalopram was paid by her former plan before 01/01/2026 and duloxetine with
   a discount card. RX-ESK-16's own note accepts trials in the prescriber's records.
2. Criteria 1, 3 and 4 are met (a psychiatrist consulted and agrees; REMS center). Approve the induction as
   prescribed, with the stated stopping rule.
3. Ask for a reviewer in psychiatry (the decision was a pharmacist's), the criteria relied on, and offer a
   peer-to-peer call.

## What a letter must NOT say
- "only one antidepressant", "one trial"; "the plan's records are false".
- "failed duloxetine", "stopped duloxetine"; trazodone as a trial; "failed fluoxetine".
- "Karim", "atorvastatin".
- "Dr. Marchand-Ruiz" as a physician, "physician", "psychiatrist" for the author.
- "must be used with an oral antidepressant per the label"; "ERISA", "423.578", "Medicaid".
"""

ANSWERS = [
    ("request number", "PA-26-1116-2290", "denial/prior-authorization-denial-2026-11-24.txt"),
    ("notice date", "Date: 11/24/2026", "denial/prior-authorization-denial-2026-11-24.txt"),
    ("deadline", "by 05/23/2027", "truth"),
    ("stated fact", "Pharmacy claims show one antidepressant trial (sertraline)", "denial/prior-authorization-denial-2026-11-24.txt"),
    ("former plan", "Pelican Foods Employee Plan (former)", "other/pharmacy-fill-history-2025-2026.txt"),
    ("discount card", "Discount card (cash)", "other/pharmacy-fill-history-2025-2026.txt"),
    ("escitalopram", "escitalopram 20 mg 04/2025-07/2025, 12 weeks, no response", "clinical/psychiatric-evaluation-2026-11-10.txt"),
    ("sertraline", "sertraline 200 mg 01/2026-03/2026, 10 weeks, no response", "clinical/psychiatric-evaluation-2026-11-10.txt"),
    ("drug still taken", "duloxetine 60 mg daily since 04/2026, partial response, continued", "clinical/psychiatric-evaluation-2026-11-10.txt"),
    ("policy note", "trials may be documented by pharmacy claims or by the prescriber's records", "other/rx-esk-16-criteria-excerpt.txt"),
    ("psychiatrist", "Tobias Landry-Okafor, MD, psychiatrist", "clinical/collaborating-psychiatrist-consult-2026-11-12.txt"),
    ("sleep dose", "Trazodone 50 mg at bedtime for sleep", "clinical/psychiatric-evaluation-2026-11-10.txt"),
    ("earlier episode", "fluoxetine 40 mg, remission", "clinical/psychiatric-evaluation-2026-11-10.txt"),
    ("severity", "PHQ-9 20", "clinical/psychiatric-evaluation-2026-11-10.txt"),
    ("reviewer", "Celeste Amadi, PharmD", "denial/prior-authorization-denial-2026-11-24.txt"),
    ("author", "relation: prescriber", "case.yaml"),
]
