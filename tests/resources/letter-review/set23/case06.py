"""Set 23, case 06 (FICTIONAL): a state's self-funded public employees' plan; renewal of Spravato maintenance
denied as excluded "maintenance care" (SPD 11.2(k)); the plan's own Spravato policy has a maintenance phase it
approved through 09/30/2026, and the exclusion's words (maximum benefit reached, no further improvement expected)
do not describe relapse prevention that fails when spaced; second-level appeal by the treating psychiatrist."""

SLUG = "06-state-employees-spravato-maintenance-exclusion-second-level-psychiatrist"

CASE_YAML = """
# FICTIONAL CASE (set 23, case 06) - every person, plan, provider, number and address is invented.
# A state's public employees' plan, self-funded (Arkansas address). Spravato maintenance (weekly) was approved under
# the plan's own policy RX-ESK-02 Section 4 through 09/30/2026; its renewal (10/01/2026-03/31/2027) was denied
# 09/24/2026 as "maintenance care" excluded by SPD 11.2(k), upheld at the first level on 11/04/2026 ("MADRS stable
# below 12 for six months"): the record shows a relapse to MADRS 24 when spaced in July-August and MADRS 27 on
# 11/19/2026 after it stopped. Second-level appeal by the treating psychiatrist, with the member's consent.
patient:
  name: Nathaniel Okwuosa
  salutation: Mr. Okwuosa
  date_of_birth: 1979-08-03
  member_id: FICT-OCP-770215593
  address: |-
    29 Cedar Glade Lane
    Pinecrest Hollow, AR 72113
  phone: (501) 555-0128
insurer:
  name: Ozark Commonwealth Public Employees Health Plan (FICTIONAL), self-funded, administered by Timberline Administrators
  appeals_address: |-
    Timberline Administrators, Second-Level Appeals
    PO Box 48215
    Pinecrest Hollow, AR 72110
  fax: (501) 555-0179
claim:
  number: OCP-RX-26-0917-20641
  plan_type: governmental
  funding: self_funded
  state: AR
  stage: second level
  notice_date: 2026-09-24
  pending_services: 26
  procedure_codes: [J0013, "99214", "99415"]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    The request to continue esketamine nasal spray (Spravato) weekly from 10/01/2026 through 03/31/2027 is denied.
    Maintenance care is not covered (Summary Plan Description Section 11.2(k)). The member has reached maximum
    therapeutic benefit.
  denial_category: not_covered
  reviewer:
    name: Howard Pennington, MD
    specialty: Physical Medicine and Rehabilitation
  action: none
plan_policy:
  name: Ozark Commonwealth Public Employees Health Plan, Summary Plan Description 2026, Section 11.2(k) (Maintenance care)
  quote: >-
    11.2 The Plan does not cover: ... (k) Maintenance care: services that maintain a level of function once maximum
    therapeutic benefit has been reached and further improvement is not expected, such as maintenance physical
    therapy, maintenance chiropractic care and custodial care.
  file: other/spd-2026-excerpt.txt
  exclusion:
    name: SPD Section 11.2(k)
    reaches: false
    why: >-
      Its words reach services given after maximum therapeutic benefit when no further improvement is expected.
      Spravato here treats an active recurrent depression that relapses without it: MADRS rose from 11 to 24 when
      dosing was spaced to every other week (07/08-08/20/2026) and fell to 11 on weekly dosing; since dosing stopped
      on 09/24/2026 MADRS has risen to 27 (11/19/2026). The plan's own policy RX-ESK-02 Section 4 covers a
      maintenance phase of Spravato, and the plan approved it through 09/30/2026.
    file: clinical/psychiatry-progress-note-2026-11-19.txt
  other_terms: >-
    RX-ESK-02 Section 4 (Maintenance phase): After induction, continued esketamine is covered weekly or every other
    week in 6-month periods when (a) the member responded during induction (MADRS reduced by 50% or more); (b) it is
    given at the lowest frequency that maintains the response; (c) an oral antidepressant is continued alongside
    unless not tolerated; and (d) it is given in a REMS-certified setting with at least 2 hours of monitoring.
  other_terms_file: other/rx-esk-02-policy.txt
  comparator:
    name: Ozark Commonwealth Public Employees Health Plan Medical Policy MED-INF-05, Infliximab
    quote: >-
      Maintenance dosing every 8 weeks after induction is covered for members who responded to induction, for as
      long as the response continues.
    file: other/med-inf-05-policy-excerpt.txt
payer_criteria:
  - criterion: 4(a) The member responded during induction (MADRS reduced by 50% or more)
    how_met: MADRS 34 on 03/09/2026 and 12 on 04/02/2026, a 65% reduction
    met: true
    evidence: {file: clinical/spravato-treatment-summary-2026-09-17.txt, page: 1}
  - criterion: 4(b) Given at the lowest frequency that maintains the response
    how_met: >-
      Every-other-week dosing from 07/08/2026 was followed by relapse (MADRS 24 on 08/20/2026); weekly dosing restored
      the response (MADRS 11 on 09/17/2026)
    met: true
    evidence: {file: clinical/spravato-treatment-summary-2026-09-17.txt, page: 1}
  - criterion: 4(c) An oral antidepressant is continued alongside unless not tolerated
    how_met: Vortioxetine 20 mg daily, continued throughout
    met: true
    evidence: {file: clinical/spravato-treatment-summary-2026-09-17.txt, page: 1}
  - criterion: 4(d) Given in a REMS-certified setting with at least 2 hours of monitoring
    how_met: Given at the clinic's REMS-certified treatment room, with blood pressure and sedation checks for 2 hours
    met: true
    evidence: {file: clinical/spravato-treatment-summary-2026-09-17.txt, page: 1}
prior_auth:
  approved:
    number: PA-ESK-26-0402-118
    date: 2026-04-02
    covers: esketamine maintenance phase under RX-ESK-02 Section 4, weekly or every other week, 04/03/2026 through 09/30/2026
    quote: >-
      Approved: esketamine nasal spray, maintenance phase (RX-ESK-02 Section 4), weekly or every other week,
      04/03/2026 through 09/30/2026. A new request is needed to continue after 09/30/2026.
    file: other/maintenance-approval-2026-04-02.txt
    from: 2026-04-03
    through: 2026-09-30
decisions:
  - date: 2026-11-04
    outcome: denied
    stage: internal appeal (first level)
    opens: internal appeal (second level)
    next_deadline: 2027-01-03
    reason: >-
      Esketamine given after the induction phase to prevent relapse is maintenance care, which Section 11.2(k) of the
      Summary Plan Description excludes. The member's MADRS has been stable below 12 for six months, showing maximum
      therapeutic benefit. The denial is upheld.
    corrections:
      - said: The member's MADRS has been stable below 12 for six months
        record: >-
          MADRS was 24 on 08/20/2026, after dosing was spaced to every other week, and 11 on 09/17/2026 after weekly
          dosing resumed; it was 27 on 11/19/2026, eight weeks after the last dose
        file: clinical/spravato-treatment-summary-2026-09-17.txt
        page: 1
record_dates:
  - {file: clinical/psychiatry-progress-note-2026-11-19.txt, date: 2026-11-19}
treatment:
  name: Spravato (esketamine nasal spray), maintenance
  summary: >-
    Weekly esketamine nasal spray 84 mg in a REMS-certified clinic, continued after a response to induction, with
    vortioxetine, for treatment-resistant recurrent depression that relapsed when doses were spaced.
  plan: >-
    84 mg weekly for 26 weeks (10/01/2026 to 03/31/2027 as requested; from the approval date now), with a trial of
    every-other-week dosing after 12 weeks of sustained response (MADRS 12 or less), MADRS every 4 weeks, blood
    pressure before and 40 and 120 minutes after each dose; stop if MADRS does not stay 50% below the 03/09/2026
    baseline.
  setting: Marchbanks Behavioral Health, a REMS-certified treatment setting, with a nurse observing for 2 hours
  monitoring: blood pressure before the dose and at 40 and 120 minutes, sedation and dissociation scales, 2 hours on site
  alongside: vortioxetine 20 mg daily
clinical:
  severity: MADRS 27 on 11/19/2026, eight weeks after the last dose (MADRS 11 on 09/17/2026)
  severity_date: 2026-11-19
  suicidality: none
  suicidality_date: 2026-11-19
  episode_onset: 2021-10
  response: MADRS 34 before induction (03/09/2026), 12 after it (04/02/2026); 24 when spaced to every other week (08/20/2026); 11 on weekly dosing (09/17/2026); 27 eight weeks after stopping (11/19/2026)
  response_level: response
  exclusions: No aneurysmal vascular disease, arteriovenous malformation or intracerebral hemorrhage; blood pressure controlled; no substance use disorder
  history:
    - drug: Escitalopram
      dose: 20 mg daily
      start: 2015-02
      end: 2016-04
      kind: antidepressant
      response: remission
      outcome: Remission of an earlier episode; stopped in 2016
      evidence: {file: clinical/spravato-treatment-summary-2026-09-17.txt, page: 1}
    - drug: Sertraline
      dose: 200 mg daily
      start: 2022-01-10
      end: 2022-04-25
      kind: antidepressant
      response: none
      outcome: No response after 15 weeks
      evidence: {file: clinical/spravato-treatment-summary-2026-09-17.txt, page: 1}
    - drug: Bupropion XL
      dose: 450 mg daily
      start: 2022-06
      end: 2022-10
      weeks: 16
      kind: antidepressant
      response: none
      outcome: No response after 16 weeks
      evidence: {file: clinical/spravato-treatment-summary-2026-09-17.txt, page: 1}
    - drug: Lithium
      dose: 900 mg daily, level 0.6 mmol/L (added to bupropion XL)
      start: 2023-01-09
      end: 2023-03-20
      kind: augmentation
      response: none
      outcome: No response after 10 weeks at a therapeutic level
      evidence: {file: clinical/spravato-treatment-summary-2026-09-17.txt, page: 1}
    - drug: Vortioxetine
      dose: 20 mg daily
      start: 2024-05-06
      ongoing: true
      kind: antidepressant
      response: partial
      outcome: Continues alongside Spravato; partial response alone
      evidence: {file: clinical/spravato-treatment-summary-2026-09-17.txt, page: 1}
    - drug: Quetiapine
      dose: 25 mg at bedtime for sleep
      start: 2025-01
      ongoing: true
      kind: other
      outcome: For sleep only
      evidence: {file: clinical/spravato-treatment-summary-2026-09-17.txt, page: 1}
    - drug: Spravato (esketamine) induction and maintenance
      dose: 56 mg then 84 mg, twice weekly for 4 weeks, then weekly (every other week 07/08-08/20/2026)
      start: 2026-03-09
      end: 2026-09-24
      response: response
      outcome: >-
        Response at induction (MADRS 34 to 12); relapse when spaced to every other week (MADRS 24), response again on
        weekly dosing (MADRS 11); last dose 09/24/2026
      evidence: {file: clinical/spravato-treatment-summary-2026-09-17.txt, page: 1}
impact:
  work: State highway design engineer; missed 9 workdays in November 2026 after the relapse, none from April to September
  relapse: MADRS 27 on 11/19/2026, eight weeks after the last dose; a relapse also followed spacing to every other week in July-August 2026
author:
  name: Evangeline Marchbanks
  role: Treating psychiatrist (MD)
  relation: physician
  address: |-
    Marchbanks Behavioral Health, 1400 Arsenal Ridge Road, Suite 210
    Pinecrest Hollow, AR 72113
  phone: (501) 555-0153
  email: emarchbanks@marchbanksbh.example
  authorization: other/member-consent-2026-11-23.txt
provider:
  name: Evangeline Marchbanks
  credentials: MD
  npi: "1839204678"
  address: |-
    Marchbanks Behavioral Health, 1400 Arsenal Ridge Road, Suite 210
    Pinecrest Hollow, AR 72113
  phone: (501) 555-0153
peer_to_peer:
  availability: weekdays 12:00-1:00 pm Central
bates_prefix: OKWUOSA
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/denial-notice-2026-09-24.txt": """
TIMBERLINE ADMINISTRATORS (FICTIONAL) for the Ozark Commonwealth Public Employees Health Plan
NOTICE OF ADVERSE BENEFIT DETERMINATION (pre-service)        Date: 09/24/2026             Page 1

Member: Nathaniel Okwuosa     Member ID: FICT-OCP-770215593     Reference: OCP-RX-26-0917-20641
Requested by: Evangeline Marchbanks, MD, on 09/17/2026: esketamine nasal spray 84 mg weekly, 10/01/2026 through
03/31/2027 (J0013, with 99214 and 99415).

Decision: The request to continue esketamine nasal spray (Spravato) weekly from 10/01/2026 through 03/31/2027 is
denied. Maintenance care is not covered (Summary Plan Description Section 11.2(k)). The member has reached maximum
therapeutic benefit.
Reviewer: Howard Pennington, MD, Physical Medicine and Rehabilitation.

Appeals: The Plan has two levels of internal appeal. Ask for a first-level appeal within 180 days of this notice.
""",
    "denial/first-level-appeal-decision-2026-11-04.txt": """
TIMBERLINE ADMINISTRATORS (FICTIONAL) for the Ozark Commonwealth Public Employees Health Plan
FIRST-LEVEL APPEAL DECISION                                  Date: 11/04/2026             Page 1

Member: Nathaniel Okwuosa     Member ID: FICT-OCP-770215593     Reference: OCP-RX-26-0917-20641
Appeal received: 10/05/2026 from Evangeline Marchbanks, MD

Decision: Esketamine given after the induction phase to prevent relapse is maintenance care, which Section 11.2(k)
of the Summary Plan Description excludes. The member's MADRS has been stable below 12 for six months, showing
maximum therapeutic benefit. The denial is upheld.
Reviewer: Howard Pennington, MD, Physical Medicine and Rehabilitation.

Second-level appeal: you may ask for a second-level appeal within 60 days of the date of this decision. A different
reviewer who took no part in this decision will decide it within 15 days of receiving it (pre-service).
""",
    "other/spd-2026-excerpt.txt": """
OZARK COMMONWEALTH PUBLIC EMPLOYEES HEALTH PLAN (FICTIONAL) - SUMMARY PLAN DESCRIPTION 2026 (excerpt)   Page 1
A self-funded plan for employees of the state and its agencies.

Section 11.2 The Plan does not cover: ... (k) Maintenance care: services that maintain a level of function once
maximum therapeutic benefit has been reached and further improvement is not expected, such as maintenance physical
therapy, maintenance chiropractic care and custodial care.

Section 7.1 Prescription drugs given in a provider's office are covered under the medical benefit according to the
Plan's drug policies, which are part of this Plan.

Section 13.4 Mental health and substance use disorder benefits: the Plan applies no financial requirement or
treatment limitation to mental health or substance use disorder benefits that is more restrictive than those it
applies to medical and surgical benefits in the same classification.

Section 14.2 Appeals: two levels of internal appeal; the second-level appeal must be asked for within 60 days of the
first-level decision.
""",
    "other/rx-esk-02-policy.txt": """
OZARK COMMONWEALTH PUBLIC EMPLOYEES HEALTH PLAN (FICTIONAL) - DRUG POLICY RX-ESK-02: ESKETAMINE NASAL SPRAY  Page 1
Effective 01/01/2026

Section 3 (Induction): up to 8 treatments in 4 weeks for treatment-resistant depression (two antidepressant trials
failed in the current episode).
Section 4 (Maintenance phase): After induction, continued esketamine is covered weekly or every other week in
6-month periods when (a) the member responded during induction (MADRS reduced by 50% or more); (b) it is given at
the lowest frequency that maintains the response; (c) an oral antidepressant is continued alongside unless not
tolerated; and (d) it is given in a REMS-certified setting with at least 2 hours of monitoring.
""",
    "other/med-inf-05-policy-excerpt.txt": """
OZARK COMMONWEALTH PUBLIC EMPLOYEES HEALTH PLAN (FICTIONAL) - MEDICAL POLICY MED-INF-05: INFLIXIMAB (excerpt)  Page 1
Effective 01/01/2026

Crohn's disease and ulcerative colitis: induction at weeks 0, 2 and 6. Maintenance dosing every 8 weeks after
induction is covered for members who responded to induction, for as long as the response continues.
""",
    "other/maintenance-approval-2026-04-02.txt": """
TIMBERLINE ADMINISTRATORS (FICTIONAL) - NOTICE OF APPROVAL                 Date: 04/02/2026           Page 1

Member: Nathaniel Okwuosa     Member ID: FICT-OCP-770215593     Authorization: PA-ESK-26-0402-118
Approved: esketamine nasal spray, maintenance phase (RX-ESK-02 Section 4), weekly or every other week,
04/03/2026 through 09/30/2026. A new request is needed to continue after 09/30/2026.
""",
    "other/member-consent-2026-11-23.txt": """
MEMBER'S WRITTEN CONSENT TO AN APPEAL BY HIS PHYSICIAN (FICTIONAL)                            Page 1

I, Nathaniel Okwuosa (member ID FICT-OCP-770215593), ask my psychiatrist, Evangeline Marchbanks, MD, to file the
second-level appeal about esketamine (reference OCP-RX-26-0917-20641) for me, and consent to her sharing my records
with the Plan for it.
Signed: Nathaniel Okwuosa (signature on file)       Date: 11/23/2026
""",
    "clinical/spravato-treatment-summary-2026-09-17.txt": """
MARCHBANKS BEHAVIORAL HEALTH (FICTIONAL) - ESKETAMINE TREATMENT SUMMARY     Date: 09/17/2026      Page 1

Patient: Nathaniel Okwuosa    DOB 08/03/1979    Psychiatrist: Evangeline Marchbanks, MD
Diagnosis: F33.2 major depressive disorder, recurrent, severe, without psychotic features; current episode since
October 2021.
Antidepressant history:
- Escitalopram 20 mg, 02/2015-04/2016: remission of an earlier episode.
- Sertraline 200 mg, 01/10/2022-04/25/2022: no response after 15 weeks.
- Bupropion XL 450 mg, June to October 2022: no response after 16 weeks.
- Lithium 900 mg (level 0.6 mmol/L) added to bupropion XL, 01/09/2023-03/20/2023: no response after 10 weeks.
- Vortioxetine 20 mg since 05/06/2024: continues; partial response alone.
- Quetiapine 25 mg at bedtime for sleep since January 2025.
Esketamine (REMS-certified setting; 2 hours of monitoring with blood pressure before and at 40 and 120 minutes):
- Induction 03/09/2026-04/02/2026, 8 treatments (56 mg, then 84 mg): MADRS 34 -> 12 (65% reduction).
- Weekly maintenance from 04/09/2026 (approval PA-ESK-26-0402-118).
- Spaced to every other week from 07/08/2026 (lowest-frequency trial): MADRS 24 on 08/20/2026; weekly again from
  08/20/2026.
- MADRS 11 on 09/17/2026 on weekly dosing.
Vortioxetine continued alongside throughout. No suicidal ideation at any visit.
Request: continue 84 mg weekly, 10/01/2026-03/31/2027.
""",
    "clinical/psychiatry-progress-note-2026-11-19.txt": """
MARCHBANKS BEHAVIORAL HEALTH (FICTIONAL) - PROGRESS NOTE                      Date: 11/19/2026      Page 1

Patient: Nathaniel Okwuosa    DOB 08/03/1979
Last esketamine dose 09/24/2026 (no doses since the denial). MADRS 27 today (11 on 09/17/2026). Sleep and
concentration worse; missed 9 workdays this month (none from April to September). No suicidal ideation.
Vortioxetine 20 mg continues; quetiapine 25 mg at bedtime for sleep.
Assessment: relapse of recurrent major depression after esketamine stopped, as after the every-other-week trial in
July-August 2026. Further improvement is expected with weekly esketamine, as before.
Plan: resume weekly esketamine as soon as it is approved; second-level appeal.
""",
}

TRUTH = """
# 06 - State employees' plan, self-funded: Spravato maintenance renewal denied as excluded "maintenance care"; second level (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Nathaniel Okwuosa, 47 (DOB 08/03/1979), state highway design engineer, in the **Ozark Commonwealth Public
  Employees Health Plan**, a state's **self-funded** plan for its employees (Arkansas address), administered by
  Timberline Administrators. F33.2, current episode since October 2021.
- Spravato: induction **03/09-04/02/2026**, MADRS **34 -> 12** (65%); maintenance **approved by the plan** under its
  own drug policy **RX-ESK-02 Section 4** (PA-ESK-26-0402-118, weekly or every other week, **04/03-09/30/2026**).
  Spaced to every other week from 07/08/2026: **MADRS 24 on 08/20/2026**; weekly again: **MADRS 11 on 09/17/2026**.
- Renewal (84 mg weekly, 10/01/2026-03/31/2027) denied **09/24/2026**: "Maintenance care is not covered (SPD
  11.2(k)) ... maximum therapeutic benefit". First level upheld **11/04/2026**: "MADRS has been stable below 12 for
  six months". Both by a physiatrist (Physical Medicine and Rehabilitation).
- **SPD 11.2(k)'s words**: services "that maintain a level of function once maximum therapeutic benefit has been
  reached and further improvement is not expected", examples maintenance PT, chiropractic and custodial care. It does
  not name esketamine or any drug. The record shows the opposite of its conditions: relapse when spaced, recovery on
  weekly dosing, and relapse after stopping (**MADRS 27 on 11/19/2026**, 8 weeks after the last dose of 09/24); the
  psychiatrist expects further improvement with weekly dosing.
- The plan's own **RX-ESK-02 Section 4** covers a "maintenance phase" (SPD 7.1 makes the drug policies part of the
  Plan), and every Section 4 criterion is met: (a) 65% reduction; (b) lowest frequency tried (every other week
  failed); (c) vortioxetine continued; (d) REMS setting with 2 hours of monitoring.
- The decision's stated fact "stable below 12 for six months" is contradicted (24 on 08/20/2026).
- Parity: the SPD (13.4) says the plan applies no stricter limitation to mental health benefits; its infliximab
  policy **MED-INF-05** covers maintenance dosing after induction "for as long as the response continues".
- Stage: **second-level internal appeal**, within **60 days** of 11/04/2026: **by 01/03/2027** (SPD 14.2); a
  pre-service decision within 15 days (the decision letter says so). Governing law: a governmental plan: 45 CFR
  147.136 (applying the ERISA claims rule's standards by reference) and 45 CFR 146.136 for parity; the letter is to
  the administrator's second-level appeals address.
- Author: Evangeline Marchbanks, MD, his treating psychiatrist (a physician), with his written consent (11/23/2026).

## Deliberately unknown
- Whether the plan opted out of federal parity requirements in earlier years (the 2026 SPD's own Section 13.4 says it
  applies parity; the letter may rely on that sentence).
- What the plan pays per dose; whether doses since 09/24 would be paid retroactively (none were given).
- Whether external review will be available after this level (the exclusion's ground turns on a medical judgment,
  "maximum therapeutic benefit", so it likely is; the letter need not decide it).

## Traps
- **The exclusion does not name the treatment**, so arguing that it does not reach this care is allowed - but only
  on its own words (maximum benefit, no further improvement expected) and the plan's own Section 4. A letter must not
  say "Spravato is not maintenance" or "there is no maintenance phase": the plan's own policy calls it that.
- **The old approval:** PA-ESK-26-0402-118 ended 09/30/2026; a letter that asks the plan to "honor" it for the new
  period is FALSE. It may be cited to show the plan treated the maintenance phase as covered treatment.
- **Drug still taken:** vortioxetine continues (partial response alone): never "failed" or "stopped". Quetiapine 25 mg
  is a sleep dose (not an augmentation trial). Escitalopram 2015-16 brought remission of an earlier episode. The
  adequate failed trials of this episode are sertraline, bupropion XL (dates by month, 16 weeks) and lithium
  augmentation: "two failed antidepressant trials and one failed augmentation trial" (vortioxetine as a partial
  response only). The count is background: the denial is an exclusion, not step therapy.
- **Spravato worked:** never "failed Spravato"; the relapse was on spacing and after stopping.
- **No suicidal ideation** at any visit: no harm paragraph about suicide, no suicidality indication.
- **"Stable for six months"** is the decision's error; repeating it is FALSE.
- **Wrong law:** not ERISA as the governing law (a governmental plan), no EBSA/Labor Department complaint, no state
  insurance department for a self-funded government plan's appeal; not Medicare; contra proferentem is not stated as
  law.
- **Stage:** second level: say so and quote the 11/04/2026 decision, not only the 09/24 notice.
- **Voice:** the psychiatrist, "I have treated Mr. Okwuosa"; not the patient's first person.

## Arguments a strong letter makes (strongest first)
1. SPD 11.2(k) reaches only services given after maximum therapeutic benefit when no further improvement is
   expected; the record shows the reverse: relapse when spaced (MADRS 24, 08/20/2026), recovery on weekly dosing
   (11, 09/17/2026), relapse after stopping (27, 11/19/2026), and further improvement expected. The exclusion's
   examples (maintenance PT, chiropractic, custodial care) are not treatment of an active illness.
2. The plan's own drug policy RX-ESK-02 Section 4 covers a maintenance phase of esketamine in 6-month periods, and
   the plan approved it through 09/30/2026 (PA-ESK-26-0402-118); every Section 4 criterion is met, row by row.
3. The first-level decision's "stable below 12 for six months" is contradicted by the 08/20/2026 MADRS of 24.
4. Parity: the plan covers maintenance dosing of a medical infusion (MED-INF-05, infliximab) "for as long as the
   response continues", and SPD 13.4 promises no stricter limit on mental health benefits (45 CFR 146.136).
5. Ask for a psychiatrist reviewer (both decisions were by a physiatrist), a peer-to-peer call, and approval of 26
   weekly doses with the plan set out in treatment.plan.

## What a letter must NOT say
- "SPD 11.2(k) names Spravato/esketamine", "Spravato is not maintenance treatment", "the plan has no maintenance
  criteria", "the plan named no criteria".
- "honor PA-ESK-26-0402-118 for 10/01/2026 onward", "the approval covers this request".
- "failed vortioxetine", "vortioxetine was stopped", "failed quetiapine", "failed Spravato", "failed escitalopram".
- "MADRS stable for six months" as true; "suicidal ideation".
- "ERISA governs", "29 CFR 2560.503-1" cited alone as governing law, "EBSA", "Department of Labor", "state insurance
  department", "Medicare"; "ambiguities must be read in the member's favor" as law.
- "first-level appeal" as the stage.
"""

ANSWERS = [
    ("denial/denial-notice-2026-09-24.txt", "Maintenance care is not covered (Summary Plan Description Section 11.2(k))"),
    ("denial/denial-notice-2026-09-24.txt", "Howard Pennington, MD, Physical Medicine and Rehabilitation"),
    ("denial/first-level-appeal-decision-2026-11-04.txt", "The member's MADRS has been stable below 12 for six months"),
    ("denial/first-level-appeal-decision-2026-11-04.txt", "within 60 days of the date of this decision"),
    ("denial/first-level-appeal-decision-2026-11-04.txt", "within 15 days of receiving it (pre-service)"),
    ("other/spd-2026-excerpt.txt", "once maximum therapeutic benefit has been reached and further improvement is not expected"),
    ("other/spd-2026-excerpt.txt", "drug policies, which are part of this Plan"),
    ("other/spd-2026-excerpt.txt", "that is more restrictive than those it applies to medical and surgical benefits"),
    ("other/rx-esk-02-policy.txt", "Section 4 (Maintenance phase)"),
    ("other/rx-esk-02-policy.txt", "(b) it is given at the lowest frequency that maintains the response"),
    ("other/med-inf-05-policy-excerpt.txt", "for as long as the response continues"),
    ("other/maintenance-approval-2026-04-02.txt", "04/03/2026 through 09/30/2026"),
    ("other/member-consent-2026-11-23.txt", "second-level appeal"),
    ("clinical/spravato-treatment-summary-2026-09-17.txt", "MADRS 34 -> 12 (65% reduction)"),
    ("clinical/spravato-treatment-summary-2026-09-17.txt", "MADRS 24 on 08/20/2026"),
    ("clinical/spravato-treatment-summary-2026-09-17.txt", "MADRS 11 on 09/17/2026 on weekly dosing"),
    ("clinical/spravato-treatment-summary-2026-09-17.txt", "Vortioxetine 20 mg since 05/06/2024: continues; partial response alone"),
    ("clinical/spravato-treatment-summary-2026-09-17.txt", "Quetiapine 25 mg at bedtime for sleep"),
    ("clinical/spravato-treatment-summary-2026-09-17.txt", "remission of an earlier episode"),
    ("clinical/spravato-treatment-summary-2026-09-17.txt", "June to October 2022: no response after 16 weeks"),
    ("clinical/spravato-treatment-summary-2026-09-17.txt", "No suicidal ideation at any visit"),
    ("clinical/psychiatry-progress-note-2026-11-19.txt", "MADRS 27 today"),
    ("clinical/psychiatry-progress-note-2026-11-19.txt", "Further improvement is expected with weekly esketamine"),
    ("clinical/psychiatry-progress-note-2026-11-19.txt", "missed 9 workdays this month"),
]
