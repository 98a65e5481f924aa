#!/usr/bin/env python3
"""FICTIONAL test set 77 (issue 18, clinical emphasis): eight case folders for `appeal-kit draft`.

Every person, plan, provider, number and address here is invented. Run:
    /work/main/.venv/bin/python make_set.py [--check] [NN ...]
It deletes and rewrites each case folder and its NN-slug.truth.md, then self-checks (see README.md).
"""
import io, os, re, shutil, subprocess, sys
from ruamel.yaml import YAML

HERE = os.path.dirname(os.path.abspath(__file__))
SET = 77
CASES = []
HEADINGS = ["What is true", "Deliberately unknown", "Traps", "Arguments a strong letter makes",
            "What a letter must NOT say"]


def luhn_ok(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def npi(nine):
    for c in range(10):
        if luhn_ok("80840" + nine + str(c)):
            return nine + str(c)
    raise ValueError(nine)


def doc(n, body):
    return (f"FICTIONAL DOCUMENT - appeal-kit letters test set {SET}, case {n}. Every person, plan, provider, "
            f"number and address is invented.\n\n" + body.strip("\n") +
            f"\n\nEND OF FICTIONAL DOCUMENT (test set {SET}) - not a real patient, plan or provider.\n")


def case(**kw):
    CASES.append(kw)

# ---------------------------------------------------------------------------------------------------------------
# 01 insured employer plan, WA: Spravato, RX-ESK-21 criterion 2; denial counts an earlier-episode remission and a
# trazodone sleep dose; venlafaxine XR partial response, continuing. Treating PMHNP writes.
N = "01"
case(n=N, slug="01-erisa-insured-spravato-earlier-episode-remission-trazodone-sleep-dose-venlafaxine-partial-pmhnp",
     npis={"NPI1": "174095213"},
     yaml=r"""# FICTIONAL CASE (set 77, case 01) - every person, plan, provider, number and address is invented.
# Insured employer plan (ERISA), WA, 1,200 employees. Spravato prior authorization denied under RX-ESK-21
# criterion 2. The denial counts escitalopram's remission in the 2019 episode and a trazodone sleep dose; the
# current episode (from January 2026) has two adequate trials: sertraline (no response) and venlafaxine XR
# (partial response, continuing). The treating psychiatric nurse practitioner writes.
patient:
  name: Henrike Sorensen-Mbeki
  salutation: Ms. Sorensen-Mbeki
  date_of_birth: 1979-06-14
  member_id: FICT-CMH-W58120447
  address: |-
    1408 Alder Crest Lane
    Tacoma, WA 98406
  phone: (253) 555-0112
insurer:
  name: Cascadia Mutual Health Insurance Company (FICTIONAL)
  appeals_address: |-
    Cascadia Mutual Health Appeals Unit (FICTIONAL)
    PO Box 34780
    Seattle, WA 98124
  fax: (206) 555-0171
claim:
  number: PA-26-1112-40417
  plan_type: employer_erisa
  funding: insured
  employees: 1200
  notice_date: 2026-11-19
  procedure_codes: [J0013]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    Criterion 2 of RX-ESK-21 is not met. Records show escitalopram 20 mg was effective (remission documented).
    Member currently takes trazodone 50 mg, an antidepressant. Venlafaxine is still being taken and the trial is
    not complete. Member has not failed two antidepressants in the current episode.
  denial_category: medical_necessity
  action: none
  reviewer:
    name: Dr. Lucan Oberholt-Feye
    specialty: family medicine
  corrections:
    - said: Records show escitalopram 20 mg was effective (remission documented).
      record: >-
        the remission on escitalopram 20 mg was in the 2019 episode, which ended in 2020; the current episode
        began in January 2026, and neither antidepressant tried in it (sertraline, venlafaxine XR) brought a
        response
      file: clinical/psychiatric-evaluation-2026-11-09.txt
      page: 1
      leaves_out: true
    - said: Member currently takes trazodone 50 mg, an antidepressant.
      record: >-
        trazodone 50 mg is taken at bedtime for insomnia, a sleep dose, and RX-ESK-21's own note says trazodone at
        150 mg daily or less for sleep does not count as an antidepressant trial
      file: [clinical/psychiatric-evaluation-2026-11-09.txt, other/policy-rx-esk-21-excerpt.txt]
      page: 1
      leaves_out: true
    - said: Venlafaxine is still being taken and the trial is not complete.
      record: >-
        venlafaxine XR has been taken at 225 mg daily since 07/06/2026, 18 weeks by 11/09/2026, with a partial
        response only (PHQ-9 23 to 17, a 26% reduction, less than the 50% the policy asks); it is continued with
        the esketamine
      file: clinical/psychiatric-evaluation-2026-11-09.txt
      page: 1
      leaves_out: true
treatment:
  name: Spravato (esketamine) nasal spray
  summary: >-
    Esketamine nasal spray for recurrent major depression that has not responded to two antidepressants of
    different classes in the current episode, given with the venlafaxine XR she already takes.
  plan: >-
    Induction 56 mg twice weekly for weeks 1-4 (84 mg from the second session if tolerated), then weekly for
    weeks 5-8, reassessed with the PHQ-9 and MADRS at weeks 4 and 8; venlafaxine XR 225 mg continued.
  setting: Harbor Lane Behavioral Health, a clinic certified in the Spravato REMS
  monitoring: blood pressure before and at 40 minutes and 2 hours; observation for 2 hours after each dose
  alongside: venlafaxine XR 225 mg daily
clinical:
  history:
    - drug: escitalopram
      dose: 20 mg daily
      start: 2019-04
      end: 2020-10
      kind: antidepressant
      response: remission
      outcome: Remission of the 2019 episode; tapered off in October 2020 while well (an earlier episode).
      evidence: {file: clinical/psychiatric-evaluation-2026-11-09.txt, page: 1}
    - drug: trazodone
      dose: 50 mg at bedtime (for insomnia)
      start: 2024-02
      ongoing: true
      kind: other
      outcome: Prescribed at a sleep dose for insomnia; not an antidepressant trial.
      evidence: {file: clinical/psychiatric-evaluation-2026-11-09.txt, page: 1}
    - drug: sertraline
      dose: 200 mg daily
      start: 2026-03-02
      end: 2026-05-18
      weeks: 11
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response (PHQ-9 23 to 22); tapered off.
      evidence: {file: clinical/psychiatric-evaluation-2026-11-09.txt, page: 1}
    - drug: venlafaxine XR
      dose: 225 mg daily (since 07/06/2026)
      start: 2026-06-08
      ongoing: true
      weeks: 18
      kind: antidepressant
      adequate: true
      failed: true
      response: partial
      outcome: Partial response (PHQ-9 23 to 17, 26%); continued with the esketamine.
      evidence: {file: clinical/psychiatric-evaluation-2026-11-09.txt, page: 1}
    - drug: cognitive behavioral therapy
      kind: psychotherapy
      start: 2026-02
      sessions: 16
      ongoing: true
      response: partial
      outcome: 16 weekly sessions with Marcus Delacroix-Yee, LMHC; continuing.
      evidence: {file: clinical/therapy-summary-2026-11-04.txt, page: 1}
  severity: PHQ-9 17 and MADRS 31 on 11/09/2026
  severity_date: 2026-11-09
  suicidality: passive
  suicidality_date: 2026-11-09
  episode_onset: 2026-01
  treating_since: 2024-02
  exclusions: no psychosis; blood pressure 118/76 on 11/09/2026; no substance use disorder (AUDIT-C 1)
payer_criteria:
  - criterion: 1. Age 18 or older with a diagnosis of major depressive disorder.
    how_met: Age 47; recurrent major depressive disorder, severe (F33.2).
    met: true
    evidence: {file: clinical/psychiatric-evaluation-2026-11-09.txt, page: 1}
  - criterion: >-
      2. Inadequate response (less than 50% improvement) to at least two antidepressants from different classes,
      each at an adequate dose for at least 6 weeks, in the current episode.
    how_met: >-
      Sertraline 200 mg for 11 weeks (SSRI): PHQ-9 23 to 22. Venlafaxine XR 225 mg for 18 weeks (SNRI): PHQ-9 23
      to 17, a 26% improvement. Both in the episode that began in January 2026.
    met: true
    evidence: {file: clinical/psychiatric-evaluation-2026-11-09.txt, page: 1}
  - criterion: 3. Administered in a health care setting certified in the Spravato REMS.
    how_met: Harbor Lane Behavioral Health is REMS-certified.
    met: true
    evidence: {file: clinical/psychiatric-evaluation-2026-11-09.txt, page: 1}
plan_policy:
  name: Cascadia Mutual Health Policy RX-ESK-21, Esketamine nasal spray
  number: RX-ESK-21
  quote: >-
    Esketamine nasal spray is medically necessary when all of the following are met: 1. Age 18 or older with a
    diagnosis of major depressive disorder. 2. Inadequate response (less than 50% improvement) to at least two
    antidepressants from different classes, each at an adequate dose for at least 6 weeks, in the current
    episode. 3. Administered in a health care setting certified in the Spravato REMS. Note: trazodone prescribed
    at 150 mg daily or less for sleep does not count as an antidepressant trial.
  file: other/policy-rx-esk-21-excerpt.txt
author:
  name: Teodora Lindqvist-Abara
  role: Psychiatric-mental health nurse practitioner (DNP, PMHNP-BC), treating prescriber
  relation: prescriber
  address: |-
    Harbor Lane Behavioral Health
    2210 North Pearl Street, Suite 300
    Tacoma, WA 98406
  phone: (253) 555-0134
  authorization: other/patient-consent-2026-11-30.txt
provider:
  name: Teodora Lindqvist-Abara
  credentials: DNP, PMHNP-BC
  npi: "{NPI1}"
  address: |-
    Harbor Lane Behavioral Health
    2210 North Pearl Street, Suite 300
    Tacoma, WA 98406
  phone: (253) 555-0134
record_dates:
  - {file: denial/pa-denial-2026-11-19.txt, date: 2026-11-19}
  - {file: clinical/psychiatric-evaluation-2026-11-09.txt, date: 2026-11-09}
  - {file: clinical/therapy-summary-2026-11-04.txt, date: 2026-11-04}
  - {file: other/pa-request-fax-cover-2026-11-12.txt, date: 2026-11-12}
  - {file: other/patient-consent-2026-11-30.txt, date: 2026-11-30}
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
     docs={
"denial/pa-denial-2026-11-19.txt": doc(N, r"""
CASCADIA MUTUAL HEALTH INSURANCE COMPANY (FICTIONAL) - NOTICE OF ADVERSE BENEFIT DETERMINATION
Date of notice: 11/19/2026
Member: Henrike Sorensen-Mbeki   Member ID: FICT-CMH-W58120447   Group: Puget Freightways employee plan
Reference: PA-26-1112-40417   Request received: 11/12/2026
Service requested: Spravato (esketamine) nasal spray, J0013, induction and weekly phase
Requesting provider: Teodora Lindqvist-Abara, DNP, PMHNP-BC (NPI {NPI1})
Decision: DENIED - not medically necessary under policy RX-ESK-21.
Reason: Criterion 2 of RX-ESK-21 is not met. Records show escitalopram 20 mg was effective (remission
documented). Member currently takes trazodone 50 mg, an antidepressant. Venlafaxine is still being taken and the
trial is not complete. Member has not failed two antidepressants in the current episode.
Reviewed by: Lucan Oberholt-Feye, MD, family medicine.
Your rights: you may appeal within 180 days of receiving this notice. Write to Cascadia Mutual Health Appeals
Unit (FICTIONAL), PO Box 34780, Seattle, WA 98124, or fax (206) 555-0171. You may ask for the criteria used and
for copies of your records free of charge. If your plan is subject to ERISA you may bring a civil action after
the appeal. Questions: 1-800-555-0172.
"""),
"clinical/psychiatric-evaluation-2026-11-09.txt": doc(N, r"""
HARBOR LANE BEHAVIORAL HEALTH (FICTIONAL) - PSYCHIATRIC FOLLOW-UP AND TREATMENT HISTORY
Date: 11/09/2026
Patient: Henrike Sorensen-Mbeki   DOB: 06/14/1979
Clinician: Teodora Lindqvist-Abara, DNP, PMHNP-BC (treating since February 2024)
Diagnosis: major depressive disorder, recurrent, severe, without psychotic features (F33.2).
Episodes: first episode 2019, treated with escitalopram 20 mg daily from April 2019; remission by autumn 2019;
tapered off in October 2020 while well (the 2019 episode). Well until the current episode, which began in
January 2026.
Current-episode antidepressant trials:
- sertraline 200 mg daily, 03/02/2026 to 05/18/2026 (11 weeks at that dose): no response, PHQ-9 23 to 22.
  Tapered off.
- venlafaxine XR started 06/08/2026, 225 mg daily since 07/06/2026 (18 weeks at 225 mg by today): partial
  response, PHQ-9 23 at start, 16 on 09/14/2026, 17 today: a 26% reduction, less than 50%.
Other medicines: trazodone 50 mg at bedtime for insomnia since February 2024 (sleep dose; not an antidepressant
trial). No other psychiatric medicines.
Psychotherapy: weekly CBT with Marcus Delacroix-Yee, LMHC, since February 2026 (see his summary).
Today: PHQ-9 17, MADRS 31. Passive death wish without plan or intent ("it would be easier not to wake up");
safety plan reviewed. No psychosis. BP 118/76. AUDIT-C 1. No seizures, no aneurysm history.
Plan: request Spravato (esketamine) nasal spray at Harbor Lane Behavioral Health (REMS-certified site);
continue venlafaxine XR 225 mg daily and trazodone 50 mg at bedtime; continue CBT.
"""),
"clinical/therapy-summary-2026-11-04.txt": doc(N, r"""
PSYCHOTHERAPY SUMMARY (FICTIONAL)
Date: 11/04/2026
Client: Henrike Sorensen-Mbeki   DOB: 06/14/1979
Therapist: Marcus Delacroix-Yee, LMHC, Tacoma, WA   Phone: (253) 555-0139
Cognitive behavioral therapy, weekly since 02/10/2026: 16 sessions attended to date (some weeks missed for
illness). Engaged; uses activity scheduling. Mood remains low; partial benefit only. I support the medication
plan of her prescriber. Continuing weekly.
"""),
"other/policy-rx-esk-21-excerpt.txt": doc(N, r"""
CASCADIA MUTUAL HEALTH (FICTIONAL) - POLICY RX-ESK-21, ESKETAMINE NASAL SPRAY (excerpt, effective 01/01/2026)
Esketamine nasal spray is medically necessary when all of the following are met:
1. Age 18 or older with a diagnosis of major depressive disorder.
2. Inadequate response (less than 50% improvement) to at least two antidepressants from different classes,
each at an adequate dose for at least 6 weeks, in the current episode.
3. Administered in a health care setting certified in the Spravato REMS.
Note: trazodone prescribed at 150 mg daily or less for sleep does not count as an antidepressant trial.
Approval period: induction and maintenance, 6 months.
"""),
"other/pa-request-fax-cover-2026-11-12.txt": doc(N, r"""
FAX COVER SHEET - HARBOR LANE BEHAVIORAL HEALTH (FICTIONAL)
Date: 11/12/2026   Pages: 9 (including cover)
To: Cascadia Mutual Health Pharmacy Prior Authorization, fax (206) 555-0176
From: Priya Ansel-Moreau, medical assistant, for Teodora Lindqvist-Abara, DNP, PMHNP-BC
Re: Prior authorization request, Spravato, patient Henrike Sorensen-Mbeki, member ID FICT-CMH-W58120447
Enclosed: request form, visit notes, medication history.
Fax transmission report: 9 pages, OK, 11/12/2026 10:41.
"""),
"other/patient-consent-2026-11-30.txt": doc(N, r"""
PATIENT CONSENT TO APPEAL (FICTIONAL)
Date: 11/30/2026
I, Henrike Sorensen-Mbeki (member ID FICT-CMH-W58120447), ask my nurse practitioner, Teodora Lindqvist-Abara,
DNP, PMHNP-BC, to appeal Cascadia Mutual Health's denial PA-26-1112-40417 for me, and I allow the plan to
discuss it with her and to send her its decision.
Signed: Henrike Sorensen-Mbeki
"""),
     },
     truth=r"""# FICTIONAL TRUTH FILE - 01 - insured employer plan: Spravato denied; the denial counts an earlier-episode remission and a sleep dose (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Insured employer plan (ERISA), WA, 1,200 employees. Pre-service denial of Spravato (J0013) on 11/19/2026 under
  RX-ESK-21 **criterion 2** (two antidepressants of different classes, adequate dose 6+ weeks, less than 50%
  improvement, **in the current episode**). First internal appeal; 180 days from receipt (by 05/18/2027 counted
  from the notice date).
- Current episode began **January 2026**. In it: **sertraline 200 mg 03/02-05/18/2026, 11 weeks, no response**
  (PHQ-9 23 -> 22, stopped); **venlafaxine XR 225 mg since 07/06/2026 (started 06/08), 18 weeks by 11/09, partial
  response** (PHQ-9 23 -> 17, 26%), **still taken** and continued with Spravato. Criterion 2 is met: SSRI + SNRI,
  both under 50%.
- **Escitalopram 20 mg** brought **remission** in the **2019** episode (tapered off 10/2020 while well): an
  earlier-episode response, not a failure, and not a current-episode trial.
- **Trazodone 50 mg at bedtime** since 02/2024 is a **sleep dose** for insomnia; the policy's own note says it
  does not count as a trial. It continues.
- CBT: 16 sessions with Marcus Delacroix-Yee, LMHC, partial benefit, continuing (psychotherapy, not a drug trial).
- PHQ-9 17 and MADRS 31 on 11/09/2026; **passive** death wish without plan or intent on 11/09/2026. No psychosis,
  BP 118/76, AUDIT-C 1.
- Reviewer: family medicine (not a psychiatrist). The PA request was faxed 11/12/2026 by a medical assistant,
  Priya Ansel-Moreau, for the PMHNP.

## Deliberately unknown
- Whether the plan's pharmacy claims show the venlafaxine fills (the denial knows it is being taken).
- Exact sertraline titration dates below 200 mg; whether 200 mg was reached on 03/02 or earlier (the note gives
  11 weeks at that dose).
- Any response data for escitalopram beyond "remission by autumn 2019".

## Traps
- Counting escitalopram as a failed trial, or trazodone as a trial at all (the policy itself excludes it).
- Saying venlafaxine "failed" with no response, or that it was stopped: it is a partial response, continuing.
- Counting CBT among the antidepressant trials.
- Saying "three" or "four" failed antidepressants: there are exactly two in the current episode.
- Suicidality: passive only; no "active suicidal ideation", no suicidality indication argument for Spravato.
- Author is a PMHNP: "treating nurse practitioner", never "physician" or "Dr."; encloses the patient's consent.
- Calling the fax's sender (a medical assistant) the prescriber.

## Arguments a strong letter makes
1. Criterion 2 counts trials **in the current episode**: the 2019 remission on escitalopram is true and beside
   the point; sertraline (11 weeks, none) and venlafaxine XR (18 weeks at 225 mg, 26%) are two classes, both
   under 50%.
2. The policy's own note excludes trazodone at 150 mg or less for sleep; her 50 mg bedtime dose is exactly that.
3. A continuing antidepressant with a partial response is an inadequate response by the policy's own 50% test,
   and it is continued alongside Spravato (label allows with an oral antidepressant).
4. Ask for review by a psychiatric reviewer (the denial's reviewer is family medicine), ERISA claim documents.

## What a letter must NOT say
- That escitalopram failed or "did not work"; that trazodone is an antidepressant trial.
- That venlafaxine XR was discontinued, or produced "no response".
- "Active suicidal ideation", "suicidal behavior", or the suicidality indication.
- "Dr. Lindqvist-Abara" or "as her physician".
- That CBT is a failed medication.
""",
     answers=[
        ("Date of the denial notice", "11/19/2026", "denial/pa-denial-2026-11-19.txt"),
        ("Policy applied", "RX-ESK-21", "denial/pa-denial-2026-11-19.txt"),
        ("Criterion the denial says is unmet", "Criterion 2 of RX-ESK-21 is not met", "denial/pa-denial-2026-11-19.txt"),
        ("Reviewer's specialty", "family medicine", "denial/pa-denial-2026-11-19.txt"),
        ("Episode in which escitalopram brought remission", "the 2019 episode", "clinical/psychiatric-evaluation-2026-11-09.txt"),
        ("When the current episode began", "January 2026", "clinical/psychiatric-evaluation-2026-11-09.txt"),
        ("Trazodone dose and purpose", "trazodone 50 mg at bedtime for insomnia", "clinical/psychiatric-evaluation-2026-11-09.txt"),
        ("Policy note on trazodone", "150 mg daily or less for sleep does not count", "other/policy-rx-esk-21-excerpt.txt"),
        ("Sertraline dose and dates", "sertraline 200 mg daily, 03/02/2026 to 05/18/2026", "clinical/psychiatric-evaluation-2026-11-09.txt"),
        ("Sertraline outcome", "no response, PHQ-9 23 to 22", "clinical/psychiatric-evaluation-2026-11-09.txt"),
        ("Venlafaxine XR dose and since when", "225 mg daily since 07/06/2026", "clinical/psychiatric-evaluation-2026-11-09.txt"),
        ("Venlafaxine XR outcome", "partial response", "clinical/psychiatric-evaluation-2026-11-09.txt"),
        ("Is venlafaxine continued", "continue venlafaxine XR 225 mg daily", "clinical/psychiatric-evaluation-2026-11-09.txt"),
        ("Scores on 11/09/2026", "PHQ-9 17, MADRS 31", "clinical/psychiatric-evaluation-2026-11-09.txt"),
        ("Suicidality on 11/09/2026", "Passive death wish without plan or intent", "clinical/psychiatric-evaluation-2026-11-09.txt"),
        ("Who faxed the PA request", "Priya Ansel-Moreau, medical assistant", "other/pa-request-fax-cover-2026-11-12.txt"),
     ])

# ---------------------------------------------------------------------------------------------------------------
# 02 Part D PDP, RI: lemborexant step therapy ST-SLP-3; trazodone "effective" in claims but stopped after
# orthostatic syncope; zolpidem under the previous plan (2025) ended by sleepwalking -> contraindication now;
# sertraline (depression, remission) is no sleep trial; low-dose doxepin never tried. Patient writes.
N = "02"
case(n=N, slug="02-part-d-lemborexant-step-trazodone-syncope-zolpidem-complex-sleep-behavior-prior-plan-patient",
     npis={"NPI1": "193382704"},
     yaml=r"""# FICTIONAL CASE (set 77, case 02) - every person, plan, provider, number and address is invented.
# Stand-alone Part D plan, RI. Lemborexant denied under step therapy ST-SLP-3 ("trazodone 90 days - effective;
# no zolpidem, eszopiclone or doxepin; prescriber gave no reason"). Trazodone was stopped after orthostatic
# syncope (05/09/2026); zolpidem (08/2025, paid by her previous Part D plan) ended by a sleepwalking episode, a
# contraindication to zolpidem and eszopiclone now. Doxepin was never tried. Redetermination; patient writes.
patient:
  name: Constance Haverkamp-Osei
  salutation: Mrs. Haverkamp-Osei
  date_of_birth: 1948-01-27
  member_id: FICT-NSR-R22904617
  address: |-
    57 Quonset Avenue
    Warwick, RI 02889
  phone: (401) 555-0115
insurer:
  name: Narragansett Senior Rx Plus (PDP) (FICTIONAL)
  appeals_address: |-
    Narragansett Senior Rx Plus Redeterminations (FICTIONAL)
    PO Box 72310
    Providence, RI 02940
  fax: (401) 555-0168
claim:
  number: CD-26-1113-77218
  plan_type: medicare_part_d
  notice_date: 2026-11-16
  diagnosis_codes: [G47.00, F33.42]
  denial_reason: >-
    Lemborexant requires step therapy (ST-SLP-3). Our claims show trazodone 50 mg filled for 90 days (02/10/2026
    to 05/10/2026), which shows it was effective. Our claims show no zolpidem, eszopiclone or doxepin. Your
    prescriber did not tell us why you cannot take these drugs.
  denial_category: step_therapy
  corrections:
    - said: Our claims show trazodone 50 mg filled for 90 days (02/10/2026 to 05/10/2026), which shows it was effective.
      record: >-
        trazodone 50 mg at bedtime helped my sleep only partly (Insomnia Severity Index 19 to 15) and was stopped
        on 05/09/2026 after I fainted on standing at night (orthostatic hypotension, emergency department visit)
      file: [clinical/ed-visit-2026-05-09.txt, clinical/geriatric-visit-2026-11-03.txt]
      page: 1
      leaves_out: true
    - said: Our claims show no zolpidem, eszopiclone or doxepin.
      record: >-
        zolpidem 5 mg was filled 08/11/2025 under my previous Part D plan and stopped on 08/23/2025 after I
        walked out of the house asleep; after that complex sleep behavior my physician says zolpidem and
        eszopiclone should not be used again
      file: [other/prior-plan-claims-2025.txt, clinical/geriatric-visit-2026-11-03.txt]
      page: 1
      leaves_out: true
treatment:
  name: lemborexant 5 mg at bedtime
  summary: >-
    Lemborexant for chronic insomnia after trazodone caused orthostatic syncope and zolpidem caused sleepwalking.
  plan: lemborexant 5 mg at bedtime, reassessed with the Insomnia Severity Index at 4 weeks; no other sleep medicine.
clinical:
  history:
    - drug: zolpidem
      dose: 5 mg at bedtime
      start: 2025-08-11
      end: 2025-08-23
      kind: other
      failed: true
      paid_outside: another plan
      outcome: >-
        Stopped after 12 days: walked out of the house asleep on 08/23/2025 (complex sleep behavior), found by
        her daughter; filled under her previous Part D plan.
      evidence: {file: other/prior-plan-claims-2025.txt, page: 1}
    - drug: trazodone
      dose: 50 mg at bedtime (for insomnia)
      start: 2026-02-10
      end: 2026-05-09
      kind: other
      failed: true
      response: partial
      outcome: >-
        Partial benefit (ISI 19 to 15); stopped 05/09/2026 after orthostatic syncope at night (ED visit).
      evidence: {file: clinical/ed-visit-2026-05-09.txt, page: 1}
    - drug: sertraline
      dose: 100 mg daily
      start: 2021-03
      ongoing: true
      kind: antidepressant
      response: remission
      outcome: For recurrent depression, in full remission; continuing. Not a sleep medicine.
      evidence: {file: clinical/geriatric-visit-2026-11-03.txt, page: 1}
  severity: Insomnia Severity Index 21 and PHQ-9 4 on 11/03/2026
  severity_date: 2026-11-03
  suicidality: none
  suicidality_date: 2026-11-03
  treating_since: 2019-05
alternatives:
  - treatment: zolpidem or eszopiclone
    why_not: >-
      Not to be used after a complex sleep behavior: I walked out of the house asleep on zolpidem in August 2025.
  - treatment: trazodone again
    why_not: I fainted from orthostatic hypotension on 05/09/2026 at 50 mg; my physician will not restart it.
payer_criteria:
  - criterion: >-
      Two of trazodone, zolpidem, eszopiclone, low-dose doxepin (3 mg or 6 mg) tried in the past 365 days, or a
      documented intolerance or contraindication to them.
    how_met: >-
      Trazodone: intolerance (orthostatic syncope, 05/09/2026). Zolpidem and eszopiclone: not to be used after
      the complex sleep behavior on zolpidem in August 2025 (my physician's note and statement). Low-dose doxepin:
      not tried.
    met: true
    evidence: [{file: clinical/ed-visit-2026-05-09.txt, page: 1}, {file: clinical/geriatric-visit-2026-11-03.txt, page: 1}]
prescriber_statement:
  date: 2026-11-24
  quote: >-
    Mrs. Haverkamp-Osei fainted from orthostatic hypotension on trazodone 50 mg in May 2026 and walked out of her
    house asleep on zolpidem 5 mg in August 2025. After that event zolpidem and eszopiclone should not be used,
    and I will not restart trazodone. Lemborexant is medically necessary for her.
  file: other/prescriber-supporting-statement-2026-11-24.txt
plan_policy:
  name: Narragansett Senior Rx Plus step therapy criteria ST-SLP-3 (orexin receptor antagonists)
  number: ST-SLP-3
  quote: >-
    Lemborexant and suvorexant: the member must have tried two of the following in the past 365 days, or have a
    documented intolerance or contraindication to them: trazodone, zolpidem, eszopiclone, low-dose doxepin (3 mg
    or 6 mg). Trials are read from our paid claims.
  file: other/st-slp-3-criteria.txt
author:
  name: Constance Haverkamp-Osei
  relation: patient
  role: Member
provider:
  name: Dr. Ambrose Kettleby-Nwachukwu
  credentials: MD, geriatric medicine
  npi: "{NPI1}"
  address: |-
    Warwick Senior Health Associates
    300 Centerville Road, Suite 12
    Warwick, RI 02886
  phone: (401) 555-0127
record_dates:
  - {file: denial/coverage-determination-2026-11-16.txt, date: 2026-11-16}
  - {file: clinical/geriatric-visit-2026-11-03.txt, date: 2026-11-03}
  - {file: clinical/ed-visit-2026-05-09.txt, date: 2026-05-09}
  - {file: other/prescriber-supporting-statement-2026-11-24.txt, date: 2026-11-24}
  - {file: other/prior-plan-claims-2025.txt, date: 2026-11-20}
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
     docs={
"denial/coverage-determination-2026-11-16.txt": doc(N, r"""
NARRAGANSETT SENIOR RX PLUS (PDP) (FICTIONAL) - NOTICE OF DENIAL OF MEDICARE PRESCRIPTION DRUG COVERAGE
Date: 11/16/2026
Member: Constance Haverkamp-Osei   Member ID: FICT-NSR-R22904617   Reference: CD-26-1113-77218
Drug: lemborexant 5 mg tablets, 30 per 30 days   Prescriber: Ambrose Kettleby-Nwachukwu, MD
We denied this request. Lemborexant requires step therapy (ST-SLP-3). Our claims show trazodone 50 mg filled
for 90 days (02/10/2026 to 05/10/2026), which shows it was effective. Our claims show no zolpidem, eszopiclone or
doxepin. Your prescriber did not tell us why you cannot take these drugs.
You have the right to ask us for a redetermination (appeal). You must ask within 65 days of the date of this
notice. Mail: Narragansett Senior Rx Plus Redeterminations (FICTIONAL), PO Box 72310, Providence, RI 02940.
Fax: (401) 555-0168. Phone: 1-800-555-0169. You may ask for a fast (expedited) decision if your health requires
it. Your prescriber may send a supporting statement for an exception.
"""),
"clinical/geriatric-visit-2026-11-03.txt": doc(N, r"""
WARWICK SENIOR HEALTH ASSOCIATES (FICTIONAL) - OFFICE VISIT
Date: 11/03/2026
Patient: Constance Haverkamp-Osei   DOB: 01/27/1948 (age 78)
Physician: Ambrose Kettleby-Nwachukwu, MD, geriatric medicine (her physician since May 2019)
Chronic insomnia: sleep onset 90 minutes, wakes 3-4 times nightly. Insomnia Severity Index 21 today.
Sleep medicines tried:
- zolpidem 5 mg at bedtime, August 2025, under her previous drug plan: on 08/23/2025 she walked out of the house
  asleep and was found in the yard by her daughter, Philippa Haverkamp. Stopped. Complex sleep behavior: zolpidem
  and eszopiclone should not be used again.
- trazodone 50 mg at bedtime from 02/10/2026: partial benefit (ISI 19 to 15); on 05/09/2026 she fainted getting
  up at night (orthostatic hypotension, seen in the emergency department). Stopped; will not restart.
- low-dose doxepin: not tried.
Depression: recurrent, in full remission on sertraline 100 mg daily since March 2021; PHQ-9 4 today. No
suicidal ideation. Sertraline is not for sleep and continues.
Sleep hygiene and CBT-I workbook done in 2025 without lasting benefit.
Plan: lemborexant 5 mg at bedtime; recheck ISI in 4 weeks. Fall precautions.
"""),
"clinical/ed-visit-2026-05-09.txt": doc(N, r"""
BAYVIEW COMMUNITY HOSPITAL (FICTIONAL) - EMERGENCY DEPARTMENT NOTE
Date: 05/09/2026 03:40
Patient: Constance Haverkamp-Osei   DOB: 01/27/1948
Brought by ambulance after fainting on standing to use the bathroom at night. Takes trazodone 50 mg at bedtime.
Orthostatic blood pressure: 142/80 lying, 104/62 standing. ECG unchanged. No fracture; scalp bruise.
Impression: orthostatic syncope, likely medication related (trazodone). Advised to stop trazodone; follow up
with her physician.
"""),
"other/prior-plan-claims-2025.txt": doc(N, r"""
BLACKSTONE VALLEY MEDICARE RX (PDP) (FICTIONAL) - MEMBER CLAIMS HISTORY (her Part D plan through 12/31/2025)
Printed: 11/20/2026 from the former plan's member portal
Member: Constance Haverkamp-Osei
08/11/2025  zolpidem 5 mg tablets, #30, 30 days   Paid by plan   Prescriber: Kettleby-Nwachukwu
No later fill of zolpidem.
(Her coverage with Narragansett Senior Rx Plus began 01/01/2026.)
"""),
"other/prescriber-supporting-statement-2026-11-24.txt": doc(N, r"""
PRESCRIBER SUPPORTING STATEMENT FOR A STEP-THERAPY EXCEPTION (FICTIONAL)
Date: 11/24/2026
Patient: Constance Haverkamp-Osei   Drug: lemborexant 5 mg at bedtime
Prescriber: Ambrose Kettleby-Nwachukwu, MD (NPI {NPI1}), fax (401) 555-0128
Mrs. Haverkamp-Osei fainted from orthostatic hypotension on trazodone 50 mg in May 2026 and walked out of her
house asleep on zolpidem 5 mg in August 2025. After that event zolpidem and eszopiclone should not be used, and
I will not restart trazodone. Lemborexant is medically necessary for her.
Signed: Ambrose Kettleby-Nwachukwu, MD
"""),
"other/st-slp-3-criteria.txt": doc(N, r"""
NARRAGANSETT SENIOR RX PLUS (FICTIONAL) - STEP THERAPY CRITERIA ST-SLP-3 (2026 formulary)
Orexin receptor antagonists
Lemborexant and suvorexant: the member must have tried two of the following in the past 365 days, or have a
documented intolerance or contraindication to them: trazodone, zolpidem, eszopiclone, low-dose doxepin (3 mg or
6 mg). Trials are read from our paid claims.
"""),
     },
     truth=r"""# FICTIONAL TRUTH FILE - 02 - Part D: lemborexant step therapy; a sleep drug "effective" that made her faint (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Stand-alone Part D plan (PDP), RI. Coverage determination 11/16/2026 denied lemborexant 5 mg under step therapy
  **ST-SLP-3** (two of trazodone, zolpidem, eszopiclone, low-dose doxepin in 365 days, **or a documented
  intolerance or contraindication**). Redetermination due 65 days from the notice: **01/20/2027** (42 CFR
  423.582(b)). Patient, 78, writes ("I").
- **Trazodone 50 mg at bedtime** 02/10-05/09/2026: **partial** benefit (ISI 19 -> 15), **stopped after orthostatic
  syncope** 05/09/2026 (ED note: 142/80 lying, 104/62 standing). Intolerance (adverse effect), not "effective".
- **Zolpidem 5 mg**, filled 08/11/2025 under her **previous** Part D plan (Blackstone Valley Medicare Rx), stopped
  08/23/2025 after **sleepwalking out of the house** (found by her daughter Philippa). That is **outside the 365
  days** as a trial, but it makes zolpidem and **eszopiclone** contraindicated for her now.
- **Low-dose doxepin: never tried** and no reason against it is recorded.
- **Sertraline 100 mg** since 03/2021 treats recurrent depression in **full remission** (PHQ-9 4): not a sleep
  drug, continuing.
- The prescriber's supporting statement is dated **11/24/2026, after the denial**; the denial's "your prescriber
  did not tell us" was true when written.
- ST-SLP-3 is met through intolerance (trazodone) and contraindication (zolpidem, eszopiclone). A Part D
  exception (42 CFR 423.578(b)) is the route; the statement supports it.

## Deliberately unknown
- Whether eszopiclone was ever prescribed (never; it is ruled out, not tried).
- Why the prescriber did not choose low-dose doxepin: not stated.
- Whether the plan received the 2025 history before deciding (no).

## Traps
- Saying trazodone "failed" for lack of effect, or was "effective"; it was partly helpful and caused syncope.
- Saying zolpidem was tried "in the past 365 days", or that the plan paid for it.
- Counting sertraline as a sleep trial, or saying depression is active.
- Claiming doxepin was tried or is contraindicated.
- Saying the prescriber's statement was sent before the decision.
- Part D: no ERISA, no ACA, no parity, no external review by a state; next level is the IRE.

## Arguments a strong letter makes
1. Request a redetermination and a step-therapy exception under 42 CFR 423.578(b), with the 11/24/2026
   prescriber statement (adverse effects of the step drugs).
2. The plan's own ST-SLP-3 accepts intolerance or contraindication: trazodone (syncope, ED record) and zolpidem
   and eszopiclone (complex sleep behavior) = the required two and more.
3. The zolpidem trial was paid by her previous plan, so the plan's claims do not show it: enclose that history.
4. Fall risk at 78 after a syncope: harm of going without, and of forcing trazodone again.

## What a letter must NOT say
- "Trazodone was ineffective" / "trazodone worked".
- "I tried doxepin" or "doxepin is contraindicated".
- "Sertraline did not help my sleep" as a trial.
- That zolpidem was within the last 365 days.
- "external review", ERISA or 45 CFR 147.136 citations.
""",
     answers=[
        ("Date of the coverage determination", "11/16/2026", "denial/coverage-determination-2026-11-16.txt"),
        ("Step-therapy criteria named", "ST-SLP-3", "denial/coverage-determination-2026-11-16.txt"),
        ("What the denial says about trazodone", "which shows it was effective", "denial/coverage-determination-2026-11-16.txt"),
        ("Window to ask for redetermination", "within 65 days of the date of this notice", "denial/coverage-determination-2026-11-16.txt"),
        ("Policy's exception words", "documented intolerance or contraindication", "other/st-slp-3-criteria.txt"),
        ("Trazodone benefit", "partial benefit (ISI 19 to 15)", "clinical/geriatric-visit-2026-11-03.txt"),
        ("Orthostatic pressures at the ED", "142/80 lying, 104/62 standing", "clinical/ed-visit-2026-05-09.txt"),
        ("ED impression", "orthostatic syncope, likely medication related (trazodone)", "clinical/ed-visit-2026-05-09.txt"),
        ("Date zolpidem was filled and by which plan", "08/11/2025  zolpidem 5 mg tablets", "other/prior-plan-claims-2025.txt"),
        ("Former plan's name", "BLACKSTONE VALLEY MEDICARE RX", "other/prior-plan-claims-2025.txt"),
        ("What happened on zolpidem", "walked out of the house asleep", "clinical/geriatric-visit-2026-11-03.txt"),
        ("Who found her", "her daughter, Philippa Haverkamp", "clinical/geriatric-visit-2026-11-03.txt"),
        ("Doxepin status", "low-dose doxepin: not tried", "clinical/geriatric-visit-2026-11-03.txt"),
        ("Sertraline's purpose", "in full remission on sertraline 100 mg daily since March 2021", "clinical/geriatric-visit-2026-11-03.txt"),
        ("Current ISI and date", "Insomnia Severity Index 21 today", "clinical/geriatric-visit-2026-11-03.txt"),
        ("Date of the prescriber statement", "Date: 11/24/2026", "other/prescriber-supporting-statement-2026-11-24.txt"),
     ])

# ---------------------------------------------------------------------------------------------------------------
# 03 Medicaid managed care, AR, age 16: lurasidone (PDL non-preferred) PA-AAP-Y3; risperidone worked but raised
# prolactin (stopped); aripiprazole 9 days, akathisia (intolerance counts); lithium "discontinued" is wrong (ER
# switch, level 0.8); fluoxetine caused hypomania. EPSDT. Mother writes.
N = "03"
case(n=N, slug="03-medicaid-age16-lurasidone-risperidone-prolactin-aripiprazole-akathisia-lithium-continuing-mother",
     npis={"NPI1": "162850391"},
     yaml=r"""# FICTIONAL CASE (set 77, case 03) - every person, plan, provider, number and address is invented.
# Medicaid managed care, AR, member aged 16 (EPSDT). Lurasidone denied under the plan's preferred drug list
# criteria PA-AAP-Y3 (two preferred antipsychotics failed, or intolerance). The denial says risperidone was
# effective (it was, but was stopped for prolactin 96 with galactorrhea), aripiprazole "only 9 days" (stopped for
# akathisia: an intolerance the criteria count) and lithium "discontinued" (switched to the ER form, level 0.8,
# continuing). First plan appeal, pre-service; her mother writes.
patient:
  name: Keziah Abernathy-Lund
  salutation: Keziah
  date_of_birth: 2010-05-22
  member_id: FICT-OBH-A90117254
  address: |-
    811 Pecan Hollow Road
    Conway, AR 72034
  phone: (501) 555-0117
insurer:
  name: Ozark Bridge Health Plan (FICTIONAL), Arkansas Medicaid
  appeals_address: |-
    Ozark Bridge Health Plan Appeals (FICTIONAL)
    PO Box 26655
    Little Rock, AR 72221
  fax: (501) 555-0162
claim:
  number: RX-26-1118-50263
  plan_type: medicaid
  delivery: managed_care
  notice_date: 2026-11-20
  diagnosis_codes: [F31.4]
  denial_reason: >-
    Lurasidone is non-preferred. PA-AAP-Y3 requires failure of two preferred antipsychotics. Records show
    risperidone was effective ("mood much better"). Aripiprazole was taken only 9 days, which is not an adequate
    trial. Lithium was discontinued 06/30/2026. Criteria not met.
  denial_category: step_therapy
  action: none
  corrections:
    - said: Records show risperidone was effective ("mood much better").
      record: >-
        risperidone did improve her mood, and was stopped on 04/14/2026 because her prolactin rose to 96 ng/mL
        with galactorrhea and missed periods: an intolerance
      file: clinical/psychiatry-note-2026-10-30.txt
      page: 1
      leaves_out: true
    - said: Aripiprazole was taken only 9 days, which is not an adequate trial.
      record: >-
        aripiprazole 5 mg was stopped after 9 days (05/04-05/13/2026) for severe akathisia (Barnes global score
        4); PA-AAP-Y3 counts a documented intolerance
      file: [clinical/psychiatry-note-2026-10-30.txt, other/pa-aap-y3-criteria.txt]
      page: 1
      leaves_out: true
    - said: Lithium was discontinued 06/30/2026.
      record: >-
        lithium was not stopped: on 07/01/2026 lithium carbonate 300 mg capsules were changed to lithium
        extended-release 450 mg twice daily, which she still takes (level 0.8 mEq/L on 10/30/2026)
      file: [clinical/psychiatry-note-2026-10-30.txt, other/pharmacy-fill-history-2026-11-24.txt]
      page: 1
treatment:
  name: lurasidone 20 mg daily with the evening meal, titrated to 40-80 mg
  summary: >-
    Lurasidone for bipolar I depression in a 16-year-old after risperidone raised her prolactin and aripiprazole
    caused akathisia; lithium continues.
  plan: >-
    Lurasidone 20 mg with the evening meal, to 40 mg after one week, up to 80 mg by response; lithium ER 450 mg
    twice daily continued; prolactin, glucose and lipids at 12 weeks; CDRS-R every 4 weeks.
  alongside: lithium ER 450 mg twice daily
clinical:
  history:
    - drug: fluoxetine
      dose: 10 mg daily
      start: 2025-07-07
      end: 2025-08-11
      kind: antidepressant
      outcome: Stopped after 5 weeks for hypomania, which led to the bipolar I diagnosis.
      evidence: {file: clinical/psychiatry-note-2026-10-30.txt, page: 1}
    - drug: lithium (carbonate, then ER from 07/01/2026)
      dose: 900 mg daily (level 0.8 mEq/L on 10/30/2026)
      start: 2025-09-08
      ongoing: true
      kind: other
      response: partial
      outcome: No mania since; depression persists. Continuing.
      evidence: {file: clinical/psychiatry-note-2026-10-30.txt, page: 1}
    - drug: risperidone
      dose: 1 mg, then 2 mg daily
      start: 2025-11-03
      end: 2026-04-14
      kind: other
      response: response
      failed: false
      outcome: Mood improved; stopped for prolactin 96 ng/mL with galactorrhea and missed periods (intolerance).
      evidence: {file: clinical/psychiatry-note-2026-10-30.txt, page: 1}
    - drug: aripiprazole
      dose: 5 mg daily
      start: 2026-05-04
      end: 2026-05-13
      kind: other
      adequate: false
      outcome: Stopped after 9 days for severe akathisia (Barnes global 4) (intolerance).
      evidence: {file: clinical/psychiatry-note-2026-10-30.txt, page: 1}
    - drug: individual and family therapy
      kind: psychotherapy
      start: 2025-09
      ongoing: true
      outcome: Weekly with the clinic therapist; continuing.
  severity: CDRS-R 64 and YMRS 6 on 10/30/2026
  severity_date: 2026-10-30
  suicidality: passive
  suicidality_date: 2026-10-30
  treating_since: 2025-08
impact:
  daily_life: >-
    Attends school on a shortened schedule (four class periods) since 10/19/2026 under a 504 plan.
payer_criteria:
  - criterion: >-
      Trial and failure of two preferred atypical antipsychotics (aripiprazole, quetiapine, risperidone), each for
      at least 4 weeks, or a documented intolerance or contraindication to them.
    how_met: >-
      Risperidone: documented intolerance (prolactin 96 ng/mL with galactorrhea, stopped 04/14/2026). Aripiprazole:
      documented intolerance (akathisia, stopped after 9 days). Quetiapine not tried.
    met: true
    evidence: {file: clinical/psychiatry-note-2026-10-30.txt, page: 1}
plan_policy:
  name: Ozark Bridge Health Plan preferred drug list criteria PA-AAP-Y3 (non-preferred atypical antipsychotics, under 18)
  number: PA-AAP-Y3
  quote: >-
    A non-preferred atypical antipsychotic is approved for members under 18 after trial and failure of two
    preferred atypical antipsychotics (aripiprazole, quetiapine, risperidone), each for at least 4 weeks, or a
    documented intolerance or contraindication to them.
  file: other/pa-aap-y3-criteria.txt
author:
  name: Rochelle Abernathy-Lund
  relation: parent
  role: Mother of the member (member is 16)
  address: |-
    811 Pecan Hollow Road
    Conway, AR 72034
  phone: (501) 555-0117
provider:
  name: Dr. Nkechi Halvorsen-Reyes
  credentials: MD, child and adolescent psychiatry
  npi: "{NPI1}"
  address: |-
    Faulkner County Child and Family Psychiatry
    1200 Salem Road, Suite B
    Conway, AR 72034
  phone: (501) 555-0131
record_dates:
  - {file: denial/pa-denial-2026-11-20.txt, date: 2026-11-20}
  - {file: clinical/psychiatry-note-2026-10-30.txt, date: 2026-10-30}
  - {file: clinical/school-counselor-letter-2026-11-06.txt, date: 2026-11-06}
  - {file: other/pharmacy-fill-history-2026-11-24.txt, date: 2026-11-24}
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
     docs={
"denial/pa-denial-2026-11-20.txt": doc(N, r"""
OZARK BRIDGE HEALTH PLAN (FICTIONAL) - ARKANSAS MEDICAID - NOTICE OF ADVERSE BENEFIT DETERMINATION
Date: 11/20/2026
Member: Keziah Abernathy-Lund   DOB: 05/22/2010   Member ID: FICT-OBH-A90117254   Reference: RX-26-1118-50263
Drug requested: lurasidone 20 mg tablets   Prescriber: Nkechi Halvorsen-Reyes, MD
Decision: DENIED. Lurasidone is non-preferred. PA-AAP-Y3 requires failure of two preferred antipsychotics.
Records show risperidone was effective ("mood much better"). Aripiprazole was taken only 9 days, which is not an
adequate trial. Lithium was discontinued 06/30/2026. Criteria not met.
Your appeal rights: you may ask us for a plan appeal within 60 days of the date of this notice. Call
1-800-555-0161 or write to Ozark Bridge Health Plan Appeals (FICTIONAL), PO Box 26655, Little Rock, AR 72221, fax
(501) 555-0162. After our appeal decision you may ask for a state fair hearing. Members under 21 are entitled to
medically necessary services under EPSDT.
"""),
"clinical/psychiatry-note-2026-10-30.txt": doc(N, r"""
FAULKNER COUNTY CHILD AND FAMILY PSYCHIATRY (FICTIONAL) - MEDICATION MANAGEMENT NOTE
Date: 10/30/2026
Patient: Keziah Abernathy-Lund   DOB: 05/22/2010 (16)   Accompanied by her mother, Rochelle Abernathy-Lund
Psychiatrist: Nkechi Halvorsen-Reyes, MD (treating since August 2025)
Diagnosis: bipolar I disorder, current episode depressed, severe, without psychotic features (F31.4).
History: fluoxetine 10 mg 07/07/2025-08/11/2025 stopped for hypomania (the switch that led to the bipolar I
diagnosis). Lithium carbonate 300 mg three times daily from 09/08/2025; changed on 07/01/2026 to lithium ER 450 mg
twice daily (same daily dose, fewer side effects at school) - continuing. Lithium level 0.8 mEq/L today. No mania
since; depression persists.
Risperidone 1 mg then 2 mg daily 11/03/2025-04/14/2026: mood much better by February; stopped 04/14/2026 for
prolactin 96 ng/mL with galactorrhea and missed periods.
Aripiprazole 5 mg daily 05/04/2026-05/13/2026: severe akathisia (Barnes global 4), could not sit in class;
stopped after 9 days.
Quetiapine: not tried (family concern about sedation and weight; not a contraindication).
Today: CDRS-R 64, YMRS 6. Passive wish to be dead some days, no plan or intent; safety plan with mother.
Shortened school day since 10/19/2026 (504 plan).
Plan: lurasidone 20 mg with the evening meal, titrate to 40-80 mg; continue lithium ER 450 mg twice daily;
continue weekly therapy; labs at 12 weeks.
"""),
"clinical/school-counselor-letter-2026-11-06.txt": doc(N, r"""
CONWAY CENTRAL HIGH SCHOOL (FICTIONAL) - COUNSELOR'S LETTER
Date: 11/06/2026
Re: Keziah Abernathy-Lund, grade 11
Keziah attends school on a shortened schedule of four class periods since 10/19/2026 under her 504 plan. She
has missed 14 full days this semester. She is not out of school. - Farrah Lindgren-Obi, school counselor,
(501) 555-0146
"""),
"other/pa-aap-y3-criteria.txt": doc(N, r"""
OZARK BRIDGE HEALTH PLAN (FICTIONAL) - PREFERRED DRUG LIST CRITERIA PA-AAP-Y3 (effective 07/01/2026)
Non-preferred atypical antipsychotics, members under 18
A non-preferred atypical antipsychotic is approved for members under 18 after trial and failure of two
preferred atypical antipsychotics (aripiprazole, quetiapine, risperidone), each for at least 4 weeks, or a
documented intolerance or contraindication to them.
"""),
"other/pharmacy-fill-history-2026-11-24.txt": doc(N, r"""
RIVER VALLEY PHARMACY (FICTIONAL) - PRESCRIPTION FILL HISTORY
Printed: 11/24/2026   Patient: Keziah Abernathy-Lund   DOB: 05/22/2010
06/02/2026  lithium carbonate 300 mg capsules #90 (last fill of this form)
07/01/2026  lithium carbonate ER 450 mg tablets #60
07/30/2026  lithium carbonate ER 450 mg tablets #60
08/29/2026  lithium carbonate ER 450 mg tablets #60
09/28/2026  lithium carbonate ER 450 mg tablets #60
10/27/2026  lithium carbonate ER 450 mg tablets #60
11/24/2026  lithium carbonate ER 450 mg tablets #60
All fills billed to Ozark Bridge Health Plan (FICTIONAL).
"""),
     },
     truth=r"""# FICTIONAL TRUTH FILE - 03 - Medicaid, age 16: lurasidone; a drug that worked but was stopped, and a mood stabilizer called stopped (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Arkansas Medicaid managed care (Ozark Bridge Health Plan). Keziah is **16** (DOB 05/22/2010): **EPSDT** applies
  (42 USC 1396d(r)(5)). Pre-service denial 11/20/2026 of lurasidone under PDL criteria **PA-AAP-Y3**. First plan
  appeal within 60 days of the notice: **01/19/2027**. Her mother writes (parent; no authorization needed).
- **Risperidone** 1-2 mg 11/03/2025-04/14/2026: mood **much better** (a response) - then stopped for **prolactin
  96 ng/mL with galactorrhea and missed periods**: an intolerance, not a failure.
- **Aripiprazole** 5 mg 05/04-05/13/2026: **9 days**, severe **akathisia** (Barnes global 4): an intolerance. The
  denial is right that 9 days is not an adequate trial; PA-AAP-Y3 counts "a documented intolerance".
- **Lithium is continuing**: capsules changed to **ER 450 mg twice daily on 07/01/2026**, monthly fills to
  11/24/2026, level **0.8 mEq/L** on 10/30/2026. The denial's "discontinued 06/30/2026" is wrong.
- **Fluoxetine** 10 mg 5 weeks (2025) was stopped for **hypomania**: not a failed antidepressant trial.
- **Quetiapine not tried**, no contraindication (family preference).
- CDRS-R 64, YMRS 6 on 10/30/2026; **passive** wish to be dead, no plan or intent. In school on a shortened
  schedule (not out of school); 14 full days missed (school counselor Farrah Lindgren-Obi).
- Criterion met through two documented intolerances (risperidone, aripiprazole).

## Deliberately unknown
- Whether the plan saw the pharmacy fill history (it was printed after the denial).
- Lurasidone's outcome: not started.
- Whether the plan's reviewer was a child psychiatrist (the notice names none).

## Traps
- "Risperidone failed" / "did not work": it worked and was stopped for an adverse effect.
- "Aripiprazole was an adequate 4-week trial": it was 9 days.
- "Lithium was stopped" or an end date for lithium.
- Counting fluoxetine as a failed antidepressant for bipolar depression; counting therapy as a drug.
- "Quetiapine was tried" or "quetiapine is contraindicated".
- "Out of school"; "active suicidal ideation".
- Label: lurasidone's labelled use at ages 10-17 for bipolar depression is, as I understand it, **monotherapy**;
  with lithium it is labelled for adults. A letter should not claim the combination is an approved use for her.

## Arguments a strong letter makes
1. PA-AAP-Y3's own words accept "a documented intolerance": two are documented (prolactin/galactorrhea;
   akathisia).
2. Correct the record: risperidone's benefit is true but it was stopped for an adverse effect; lithium continues
   (fill history, level 0.8).
3. EPSDT: for a member under 21 the plan must cover what is medically necessary to correct or ameliorate her
   condition (42 USC 1396d(r)(5)).
4. Ask for continued plan appeal in the Medicaid route (plan appeal, then state fair hearing within 120 days of the
   resolution notice).

## What a letter must NOT say
- That risperidone or aripiprazole "failed" for lack of effect.
- That lithium was discontinued.
- That lurasidone with lithium is FDA-approved for a 16-year-old.
- ERISA citations; "external review" as the next Medicaid step.
- That Keziah is out of school.
""",
     answers=[
        ("Date of the notice", "Date: 11/20/2026", "denial/pa-denial-2026-11-20.txt"),
        ("Criteria named", "PA-AAP-Y3", "denial/pa-denial-2026-11-20.txt"),
        ("What the denial says of lithium", "Lithium was discontinued 06/30/2026", "denial/pa-denial-2026-11-20.txt"),
        ("Window for the plan appeal", "within 60 days of the date of this notice", "denial/pa-denial-2026-11-20.txt"),
        ("Criteria's intolerance words", "or a documented intolerance or contraindication to them", "other/pa-aap-y3-criteria.txt"),
        ("Risperidone's effect", "mood much better by February", "clinical/psychiatry-note-2026-10-30.txt"),
        ("Why risperidone stopped", "prolactin 96 ng/mL with galactorrhea and missed periods", "clinical/psychiatry-note-2026-10-30.txt"),
        ("Aripiprazole adverse effect", "severe akathisia (Barnes global 4)", "clinical/psychiatry-note-2026-10-30.txt"),
        ("Aripiprazole dates", "05/04/2026-05/13/2026", "clinical/psychiatry-note-2026-10-30.txt"),
        ("Lithium change on 07/01/2026", "changed on 07/01/2026 to lithium ER 450 mg", "clinical/psychiatry-note-2026-10-30.txt"),
        ("Lithium level", "Lithium level 0.8 mEq/L today", "clinical/psychiatry-note-2026-10-30.txt"),
        ("Latest lithium fill", "11/24/2026  lithium carbonate ER 450 mg tablets #60", "other/pharmacy-fill-history-2026-11-24.txt"),
        ("Why fluoxetine stopped", "stopped for hypomania", "clinical/psychiatry-note-2026-10-30.txt"),
        ("Scores on 10/30/2026", "CDRS-R 64, YMRS 6", "clinical/psychiatry-note-2026-10-30.txt"),
        ("School status", "She is not out of school", "clinical/school-counselor-letter-2026-11-06.txt"),
        ("Quetiapine status", "Quetiapine: not tried", "clinical/psychiatry-note-2026-10-30.txt"),
     ])

# ---------------------------------------------------------------------------------------------------------------
# 04 FEHB, UT: IV ketamine, MP-KET-14 crit. 3 (ECT) and 4 (augmentation). ECT in 2023 brought remission, then
# relapse and memory loss; he declines after informed discussion (the policy's own branch). Lithium WAS tried
# (2023-24) and stopped for kidney function; now CKD 3a. Aripiprazole augmentation continuing. Wife writes.
N = "04"
case(n=N, slug="04-fehb-iv-ketamine-ect-remission-then-relapse-memory-declined-lithium-stopped-ckd-wife",
     npis={"NPI1": "120473385", "NPI2": "151937602"},
     yaml=r"""# FICTIONAL CASE (set 77, case 04) - every person, plan, provider, number and address is invented.
# FEHB, UT. IV ketamine denied pre-service under MP-KET-14: criterion 3 ("responded to ECT in 2023; ECT should be
# repeated") and criterion 4 ("lithium augmentation has not been tried"). ECT brought remission in 2023, relapse
# 4 months later, and documented memory impairment; he declines ECT after informed discussion, which criterion 3
# accepts. Lithium was taken 04/2023-01/2024 and stopped as kidney function fell (CKD 3a now). Aripiprazole
# augmentation continues. Carrier reconsideration; his wife writes with his signed authorization.
patient:
  name: Bartholomew Nakashima-Greer
  salutation: Mr. Nakashima-Greer
  date_of_birth: 1968-10-02
  member_id: FICT-WFE-U61839025
  address: |-
    4471 South Bonneville Drive
    Salt Lake City, UT 84117
  phone: (801) 555-0119
insurer:
  name: Wasatch Federal Employees Health Benefit Plan (FICTIONAL)
  appeals_address: |-
    Wasatch Federal Employees Health Benefit Plan Reconsiderations (FICTIONAL)
    PO Box 57140
    Salt Lake City, UT 84157
  fax: (801) 555-0166
claim:
  number: WFE-26-1110-92305
  plan_type: fehb
  notice_date: 2026-11-17
  procedure_codes: ["96365", J3490]
  diagnosis_codes: [F33.2]
  denial_reason: >-
    MP-KET-14 criteria 3 and 4 are not met. Criterion 3: records show the member responded to electroconvulsive
    therapy in 2023; ECT is the appropriate treatment and should be repeated. Criterion 4: lithium augmentation
    has not been tried.
  denial_category: medical_necessity
  action: none
  corrections:
    - said: records show the member responded to electroconvulsive therapy in 2023; ECT is the appropriate treatment and should be repeated.
      record: >-
        the 2023 ECT course (12 treatments) brought remission, he relapsed 4 months later despite continuation
        medicines, and neuropsychological testing on 09/18/2023 found memory impairment; after an informed
        discussion on 11/02/2026 he declines ECT, which criterion 3 itself accepts
      file: [clinical/psychiatry-note-2026-11-02.txt, clinical/neuropsych-testing-2023-09-18.txt]
      page: 1
      leaves_out: true
    - said: lithium augmentation has not been tried.
      record: >-
        lithium 900 mg daily (level 0.7 mEq/L) was added to nortriptyline from 04/2023 to 01/2024 and stopped as
        his kidney function fell (eGFR 78 to 52); his nephrologist advises against lithium (eGFR 51 on
        09/22/2026); aripiprazole 5 mg augmentation has continued since 06/2025
      file: [clinical/psychiatry-note-2026-11-02.txt, clinical/nephrology-letter-2026-09-22.txt]
      page: 1
treatment:
  name: IV ketamine infusions (six infusions over three weeks)
  summary: >-
    IV ketamine for recurrent major depression after four antidepressants, two augmentations and an ECT course
    whose remission lasted four months.
  plan: >-
    Ketamine 0.5 mg/kg IV over 40 minutes, twice weekly for three weeks (six infusions); MADRS before infusions 1,
    4 and 6; stop if MADRS falls less than 25% by infusion 4; vortioxetine and aripiprazole continued.
  setting: Wasatch Interventional Psychiatry infusion suite, staffed for airway care
  monitoring: blood pressure every 15 minutes, pulse oximetry and ECG during and for 60 minutes after each infusion
clinical:
  history:
    - drug: sertraline
      dose: 200 mg daily
      start: 2019-05
      end: 2019-08
      weeks: 12
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response.
    - drug: venlafaxine XR
      dose: 300 mg daily
      start: 2021-01
      end: 2021-04
      weeks: 10
      kind: antidepressant
      adequate: true
      failed: true
      response: partial
      outcome: Partial response, then relapse; stopped.
    - drug: electroconvulsive therapy
      kind: neuromodulation
      sessions: 12
      start: 2023-01
      end: 2023-03
      adequate: true
      response: remission
      outcome: >-
        Remission (MADRS 38 to 8); relapse by July 2023 despite continuation medicines; memory impairment on
        testing 09/18/2023.
      evidence: {file: clinical/neuropsych-testing-2023-09-18.txt, page: 1}
    - drug: nortriptyline
      dose: 100 mg daily (level 112 ng/mL)
      start: 2023-04
      end: 2024-01
      kind: antidepressant
      adequate: true
      failed: true
      response: lost
      outcome: Continuation after ECT; relapse by July 2023; stopped January 2024.
    - drug: lithium
      dose: 900 mg daily (level 0.7 mEq/L)
      start: 2023-04
      end: 2024-01
      kind: augmentation
      adequate: true
      failed: true
      response: lost
      outcome: Added to nortriptyline; relapse by July 2023; stopped January 2024 as eGFR fell from 78 to 52.
      evidence: {file: clinical/nephrology-letter-2026-09-22.txt, page: 1}
    - drug: vortioxetine
      dose: 20 mg daily
      start: 2025-03
      ongoing: true
      kind: antidepressant
      adequate: true
      response: partial
      outcome: Partial response; continuing.
    - drug: aripiprazole
      dose: 5 mg daily
      start: 2025-06
      ongoing: true
      kind: augmentation
      adequate: true
      response: partial
      outcome: Added to vortioxetine; MADRS 34 to 27 by 09/2025, 30 now; continuing.
  severity: MADRS 30 and PHQ-9 20 on 11/02/2026
  severity_date: 2026-11-02
  suicidality: none
  suicidality_date: 2026-11-02
  episode_onset: 2025-01
  treating_since: 2022-11
  exclusions: no psychosis; blood pressure 132/84 on 11/02/2026; no substance use disorder
alternatives:
  - treatment: repeat electroconvulsive therapy
    why_not: >-
      The 2023 course brought remission for four months and measurable memory impairment (09/18/2023 testing);
      after an informed discussion on 11/02/2026 he declines it. Criterion 3 accepts ECT declined after informed
      discussion.
  - treatment: lithium augmentation
    why_not: Tried 04/2023-01/2024 and stopped as kidney function fell; his nephrologist advises against it (eGFR 51).
impact:
  work: Federal IT specialist; on sick leave since 09/14/2026.
payer_criteria:
  - criterion: 1. Major depressive episode of at least 8 weeks with MADRS 28 or more or PHQ-9 20 or more.
    how_met: Current episode since January 2025; MADRS 30 and PHQ-9 20 on 11/02/2026.
    met: true
    evidence: {file: clinical/psychiatry-note-2026-11-02.txt, page: 1}
  - criterion: 2. Inadequate response to at least two antidepressants of different classes at adequate dose and duration.
    how_met: Sertraline (none), venlafaxine XR (partial), nortriptyline (relapse), vortioxetine (partial).
    met: true
    evidence: {file: clinical/psychiatry-note-2026-11-02.txt, page: 1}
  - criterion: >-
      3. An adequate course of electroconvulsive therapy, or ECT contraindicated, or ECT declined by the member
      after an informed discussion documented by the treating psychiatrist.
    how_met: >-
      ECT course in 2023 (remission, relapse in 4 months, memory impairment); declined after an informed discussion
      documented on 11/02/2026.
    met: true
    evidence: {file: clinical/psychiatry-note-2026-11-02.txt, page: 1}
  - criterion: 4. Augmentation with lithium or a second-generation antipsychotic for at least 6 weeks.
    how_met: Lithium 04/2023-01/2024 (level 0.7); aripiprazole 5 mg since 06/2025, continuing.
    met: true
    evidence: {file: clinical/psychiatry-note-2026-11-02.txt, page: 1}
  - criterion: 5. No active psychosis, uncontrolled hypertension or active substance use disorder.
    how_met: None; blood pressure 132/84.
    met: true
    evidence: {file: clinical/psychiatry-note-2026-11-02.txt, page: 1}
plan_policy:
  name: Wasatch Federal Employees Health Benefit Plan Medical Policy MP-KET-14, Ketamine infusion for depression
  number: MP-KET-14
  quote: >-
    IV ketamine for treatment-resistant depression is medically necessary when all are met: 1. Major depressive
    episode of at least 8 weeks with MADRS 28 or more or PHQ-9 20 or more. 2. Inadequate response to at least two
    antidepressants of different classes at adequate dose and duration. 3. An adequate course of
    electroconvulsive therapy, or ECT contraindicated, or ECT declined by the member after an informed discussion
    documented by the treating psychiatrist. 4. Augmentation with lithium or a second-generation antipsychotic
    for at least 6 weeks. 5. No active psychosis, uncontrolled hypertension or active substance use disorder.
  file: other/mp-ket-14-excerpt.txt
author:
  name: Lucinda Nakashima-Greer
  relation: representative
  role: Wife of the member, writing with his signed authorization
  address: |-
    4471 South Bonneville Drive
    Salt Lake City, UT 84117
  phone: (801) 555-0119
  authorization: other/authorization-2026-11-25.txt
provider:
  name: Dr. Remington Ashcroft-Ibe
  credentials: MD, psychiatry
  npi: "{NPI1}"
  address: |-
    Wasatch Interventional Psychiatry
    1850 East 3300 South, Suite 400
    Salt Lake City, UT 84106
  phone: (801) 555-0132
record_dates:
  - {file: denial/carrier-decision-2026-11-17.txt, date: 2026-11-17}
  - {file: clinical/psychiatry-note-2026-11-02.txt, date: 2026-11-02}
  - {file: clinical/neuropsych-testing-2023-09-18.txt, date: 2023-09-18}
  - {file: clinical/nephrology-letter-2026-09-22.txt, date: 2026-09-22}
  - {file: other/authorization-2026-11-25.txt, date: 2026-11-25}
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
     docs={
"denial/carrier-decision-2026-11-17.txt": doc(N, r"""
WASATCH FEDERAL EMPLOYEES HEALTH BENEFIT PLAN (FICTIONAL) - PRECERTIFICATION DECISION
Date: 11/17/2026
Member: Bartholomew Nakashima-Greer   Member ID: FICT-WFE-U61839025   Enrollment: Self and Family
Reference: WFE-26-1110-92305   Service: IV ketamine infusions (96365, J3490), six infusions
Provider: Remington Ashcroft-Ibe, MD (NPI {NPI1})
Decision: not approved. MP-KET-14 criteria 3 and 4 are not met. Criterion 3: records show the member responded to
electroconvulsive therapy in 2023; ECT is the appropriate treatment and should be repeated. Criterion 4: lithium
augmentation has not been tried.
If you disagree, ask us in writing to reconsider within 6 months of the date of this letter (brochure Section 8):
Wasatch Federal Employees Health Benefit Plan Reconsiderations (FICTIONAL), PO Box 57140, Salt Lake City, UT
84157, fax (801) 555-0166. If we uphold our decision you may ask OPM to review it.
"""),
"clinical/psychiatry-note-2026-11-02.txt": doc(N, r"""
WASATCH INTERVENTIONAL PSYCHIATRY (FICTIONAL) - PSYCHIATRIC EVALUATION FOR KETAMINE
Date: 11/02/2026
Patient: Bartholomew Nakashima-Greer   DOB: 10/02/1968   Accompanied by his wife, Lucinda Nakashima-Greer
Psychiatrist: Remington Ashcroft-Ibe, MD (treating since November 2022)
Recurrent major depressive disorder, severe (F33.2); current episode since January 2025.
Treatment history:
- sertraline 200 mg 05/2019-08/2019 (12 weeks): no response.
- venlafaxine XR 300 mg 01/2021-04/2021 (10 weeks): partial response, then relapse.
- ECT, 12 treatments, 01/2023-03/2023: remission (MADRS 38 to 8). Continuation nortriptyline 100 mg (level 112)
  with lithium 900 mg (level 0.7 mEq/L) from 04/2023; relapse by July 2023 despite both. Neuropsychological
  testing 09/18/2023: memory impairment (see report). Lithium stopped January 2024 as eGFR fell from 78 to 52;
  nortriptyline stopped January 2024.
- vortioxetine 20 mg since 03/2025, continuing: partial response.
- aripiprazole 5 mg added 06/2025, continuing: MADRS 34 to 27 by 09/2025; 30 today.
ECT discussed today at length (benefits, the 2023 relapse, memory effects, maintenance ECT). He declines ECT
after this informed discussion; I document that his decision is informed and consistent.
Today: MADRS 30, PHQ-9 20. No suicidal ideation. No psychosis. BP 132/84. No substance use. On sick leave from
his federal IT position since 09/14/2026.
Plan: IV ketamine 0.5 mg/kg over 40 minutes, six infusions over three weeks; continue vortioxetine 20 mg and
aripiprazole 5 mg.
"""),
"clinical/neuropsych-testing-2023-09-18.txt": doc(N, r"""
NEUROPSYCHOLOGICAL EVALUATION (FICTIONAL) - SUMMARY
Date: 09/18/2023
Patient: Bartholomew Nakashima-Greer   Examiner: Ingrid Solberg-Achebe, PhD, neuropsychologist
Referred for memory complaints six months after a course of 12 ECT treatments.
Findings: autobiographical memory loss for much of 2022; verbal recall below expectation (delayed recall 8th
percentile). MoCA 22/30 (28/30 in 2022). Impression: memory impairment consistent with ECT effects; retest advised.
Retest 03/2024: MoCA 27/30; autobiographical gaps persist.
"""),
"clinical/nephrology-letter-2026-09-22.txt": doc(N, r"""
CANYON RIM KIDNEY CARE (FICTIONAL) - LETTER TO THE TREATING PSYCHIATRIST
Date: 09/22/2026
Re: Bartholomew Nakashima-Greer
Chronic kidney disease stage 3a; eGFR 51 today (78 in 2022, 52 in January 2024 when lithium was stopped).
I advise against restarting lithium. - Saoirse Valdés-Kimura, MD, nephrology (NPI {NPI2}), (801) 555-0141
"""),
"other/mp-ket-14-excerpt.txt": doc(N, r"""
WASATCH FEDERAL EMPLOYEES HEALTH BENEFIT PLAN (FICTIONAL) - MEDICAL POLICY MP-KET-14 (excerpt, 2026)
IV ketamine for treatment-resistant depression is medically necessary when all are met:
1. Major depressive episode of at least 8 weeks with MADRS 28 or more or PHQ-9 20 or more.
2. Inadequate response to at least two antidepressants of different classes at adequate dose and duration.
3. An adequate course of electroconvulsive therapy, or ECT contraindicated, or ECT declined by the member after an
informed discussion documented by the treating psychiatrist.
4. Augmentation with lithium or a second-generation antipsychotic for at least 6 weeks.
5. No active psychosis, uncontrolled hypertension or active substance use disorder.
"""),
"other/authorization-2026-11-25.txt": doc(N, r"""
AUTHORIZATION (FICTIONAL)
Date: 11/25/2026
I, Bartholomew Nakashima-Greer (member ID FICT-WFE-U61839025), authorize my wife, Lucinda Nakashima-Greer, to
ask Wasatch Federal Employees Health Benefit Plan to reconsider reference WFE-26-1110-92305 for me, to receive
my health information for that purpose, and to ask OPM to review it if needed.
Signed: Bartholomew Nakashima-Greer
"""),
     },
     truth=r"""# FICTIONAL TRUTH FILE - 04 - FEHB: IV ketamine; an ECT remission that did not last, and lithium that was tried (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- FEHB (Self and Family), UT. Pre-service denial 11/17/2026 under **MP-KET-14 criteria 3 and 4**. Carrier
  reconsideration within 6 months: **05/17/2027**; OPM review after. His wife writes with his signed
  authorization (11/25/2026).
- **ECT 01-03/2023, 12 treatments: remission** (MADRS 38 -> 8) - a response, not a failure; **relapse by July
  2023** despite nortriptyline + lithium; **memory impairment** on testing 09/18/2023 (MoCA 22, retest 27 in
  03/2024, autobiographical gaps persist). After an **informed discussion documented 11/02/2026** he **declines**
  ECT: criterion 3's own third branch. Criterion 3 is met by that branch.
- **Lithium 900 mg (level 0.7) 04/2023-01/2024** with nortriptyline: **tried**; stopped as eGFR fell 78 -> 52;
  CKD 3a now (eGFR 51 on 09/22/2026), nephrologist advises against restarting. The denial's "not tried" is false.
- **Aripiprazole 5 mg since 06/2025, continuing**, partial (34 -> 27, now 30): criterion 4 is met twice over.
- **Vortioxetine 20 mg since 03/2025, continuing**, partial.
- MADRS 30, PHQ-9 20 on 11/02/2026; **no suicidal ideation**; no psychosis; BP 132/84.
- Sick leave from federal IT job since 09/14/2026.

## Deliberately unknown
- The exact ECT electrode placement and whether maintenance ECT was offered in 2023.
- Who at the carrier reviewed the request (no name or specialty given).
- The exact date of relapse in 2023 (only "by July 2023").

## Traps
- "ECT failed" / "did not respond to ECT": it brought remission that did not last.
- "ECT is contraindicated": it is not; he declines it after informed discussion.
- "Lithium was never tried" or "lithium is ongoing"; lithium is stopped and now advised against.
- Saying aripiprazole or vortioxetine were stopped.
- Any suicidality sentence beyond "no suicidal ideation".
- FEHB: no ERISA, no ACA external review, no state insurance department; the wife is not the patient ("I" is
  the wife; the patient is "Mr. Nakashima-Greer").

## Arguments a strong letter makes
1. Criterion 3 accepts ECT declined after a documented informed discussion; that is documented on 11/02/2026,
   and the 2023 course's remission lasted four months with measured memory harm.
2. Criterion 4: lithium was tried (level 0.7) and stopped for kidney function; aripiprazole augmentation
   continues since 06/2025 - both at least 6 weeks.
3. Criteria 1, 2, 5 are met (MADRS 30, four antidepressants, no exclusions); ask the carrier to reconsider and
   approve the six infusions; OPM review remains.

## What a letter must NOT say
- That ECT failed or that he is "ECT-resistant".
- That ECT is medically contraindicated.
- That lithium was not tried, or that he still takes it.
- "Suicidal" anything.
- 29 CFR 2560.503-1, 45 CFR 147.136, "external review organization".
""",
     answers=[
        ("Date of the decision", "Date: 11/17/2026", "denial/carrier-decision-2026-11-17.txt"),
        ("Criteria the decision says are unmet", "MP-KET-14 criteria 3 and 4 are not met", "denial/carrier-decision-2026-11-17.txt"),
        ("What the decision says of lithium", "lithium augmentation has not been tried", "denial/carrier-decision-2026-11-17.txt"),
        ("Reconsideration window", "within 6 months of the date of this letter", "denial/carrier-decision-2026-11-17.txt"),
        ("Criterion 3's declined branch", "ECT declined by the member after an", "other/mp-ket-14-excerpt.txt"),
        ("ECT outcome", "remission (MADRS 38 to 8)", "clinical/psychiatry-note-2026-11-02.txt"),
        ("When he relapsed", "relapse by July 2023 despite both", "clinical/psychiatry-note-2026-11-02.txt"),
        ("Lithium dose and level", "lithium 900 mg (level 0.7 mEq/L)", "clinical/psychiatry-note-2026-11-02.txt"),
        ("Why lithium stopped", "Lithium stopped January 2024 as eGFR fell from 78 to 52", "clinical/psychiatry-note-2026-11-02.txt"),
        ("Current eGFR", "eGFR 51 today", "clinical/nephrology-letter-2026-09-22.txt"),
        ("Nephrologist's advice", "I advise against restarting lithium", "clinical/nephrology-letter-2026-09-22.txt"),
        ("Aripiprazole status", "aripiprazole 5 mg added 06/2025, continuing", "clinical/psychiatry-note-2026-11-02.txt"),
        ("ECT decision", "He declines ECT", "clinical/psychiatry-note-2026-11-02.txt"),
        ("Memory testing result", "MoCA 22/30", "clinical/neuropsych-testing-2023-09-18.txt"),
        ("Scores on 11/02/2026", "MADRS 30, PHQ-9 20", "clinical/psychiatry-note-2026-11-02.txt"),
        ("Suicidality", "No suicidal ideation", "clinical/psychiatry-note-2026-11-02.txt"),
     ])

# ---------------------------------------------------------------------------------------------------------------
# 05 Medicare Advantage HMO, CT: TMS pre-service; internal MA-TMS-8 (four trials incl. augmentation; PHQ-9 20+)
# vs a (fictional) LCD asking two classes. Denial counts nortriptyline 25 mg for neuralgia and misses mirtazapine
# and bupropion; quotes a PHQ-9 of 12 from 03/2026 (partial response later lost). Augmentation never tried
# (parkinsonism history; eGFR 46). Advocate writes with CMS-1696.
N = "05"
case(n=N, slug="05-medicare-advantage-tms-nortriptyline-pain-dose-old-phq9-no-augmentation-lcd-advocate",
     npis={"NPI1": "145629870", "NPI2": "188204613"},
     yaml=r"""# FICTIONAL CASE (set 77, case 05) - every person, plan, provider, number and address is invented.
# Medicare Advantage HMO, CT. TMS denied pre-service under the plan's internal MA-TMS-8: "four trials incl.
# augmentation required; records show two (sertraline and nortriptyline)" and "PHQ-9 12 on 03/10/2026 is not
# severe". Nortriptyline is 25 mg at bedtime for post-herpetic neuralgia (no antidepressant trial); the current
# episode holds sertraline, mirtazapine and bupropion XL; the PHQ-9 of 12 was a partial response later lost
# (PHQ-9 21 on 11/05/2026). No augmentation was tried: Medicare's (fictional) LCD L99977 does not ask for it.
# Standard reconsideration; a benefits advocate writes, appointed on Form CMS-1696.
patient:
  name: Evangeline Thorsby-Achebe
  salutation: Mrs. Thorsby-Achebe
  date_of_birth: 1955-07-19
  member_id: FICT-QSA-C47725190
  address: |-
    26 Wethersfield Commons
    New Haven, CT 06511
  phone: (203) 555-0114
insurer:
  name: Quinnipiac Senior Advantage (HMO) (FICTIONAL)
  appeals_address: |-
    Quinnipiac Senior Advantage Appeals and Grievances (FICTIONAL)
    PO Box 90812
    Hartford, CT 06101
  fax: (860) 555-0165
claim:
  number: OD-26-1119-31846
  plan_type: medicare_advantage
  notice_date: 2026-11-24
  procedure_codes: ["90867", "90868"]
  diagnosis_codes: [F33.2]
  sessions: 36
  denial_reason: >-
    MA-TMS-8 criterion 1 is not met: four antidepressant trials including one augmentation trial are required;
    records show two (sertraline and nortriptyline). Criterion 3 is not met: PHQ-9 of 12 on 03/10/2026 does not
    show severe depression.
  denial_category: medical_necessity
  action: none
  reviewer:
    name: Dr. Ottoline Brisbane-Marsh
    specialty: internal medicine
  corrections:
    - said: records show two (sertraline and nortriptyline).
      record: >-
        the current episode holds three antidepressant trials from three classes: sertraline 150 mg for 13 weeks
        (no response), mirtazapine 30-45 mg for 19 weeks (partial response, then lost) and bupropion XL 300 mg for
        10 weeks (no response); nortriptyline is 25 mg at bedtime prescribed by her neurologist for post-herpetic
        neuralgia, not an antidepressant trial
      file: clinical/psychiatry-note-2026-11-05.txt
      page: 1
    - said: PHQ-9 of 12 on 03/10/2026 does not show severe depression.
      record: >-
        the PHQ-9 of 12 on 03/10/2026 was taken during a partial response to mirtazapine that was lost by May
        (PHQ-9 19 on 05/12/2026); on 11/05/2026 her PHQ-9 was 21 and her GDS-15 12
      file: clinical/psychiatry-note-2026-11-05.txt
      page: 1
      leaves_out: true
treatment:
  name: transcranial magnetic stimulation (TMS), a course of 36 sessions
  summary: >-
    TMS for severe recurrent major depression after three antidepressants of three classes failed in the current
    episode; augmentation is unsafe for her.
  plan: >-
    36 sessions: 30 daily sessions over six weeks, then 6 tapering sessions over three weeks; PHQ-9 weekly; stop
    if PHQ-9 has not fallen 20% by session 20.
clinical:
  history:
    - drug: nortriptyline
      dose: 25 mg at bedtime (for post-herpetic neuralgia)
      start: 2024-03
      ongoing: true
      kind: other
      outcome: Prescribed by her neurologist for nerve pain; not an antidepressant trial. Continuing.
      evidence: {file: clinical/psychiatry-note-2026-11-05.txt, page: 1}
    - drug: sertraline
      dose: 150 mg daily
      start: 2025-10-06
      end: 2026-01-05
      weeks: 13
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response (PHQ-9 22 to 22).
      evidence: {file: clinical/psychiatry-note-2026-11-05.txt, page: 1}
    - drug: mirtazapine
      dose: 30 mg, then 45 mg at bedtime
      start: 2026-01-12
      end: 2026-05-26
      weeks: 19
      kind: antidepressant
      adequate: true
      failed: true
      response: lost
      outcome: Partial response (PHQ-9 22 to 12 on 03/10/2026), lost by May (19 on 05/12/2026); stopped for 7 kg weight gain.
      evidence: {file: clinical/psychiatry-note-2026-11-05.txt, page: 1}
    - drug: bupropion XL
      dose: 300 mg daily
      start: 2026-06-01
      end: 2026-08-10
      weeks: 10
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response (PHQ-9 20 to 21).
      evidence: {file: clinical/psychiatry-note-2026-11-05.txt, page: 1}
  severity: PHQ-9 21 and GDS-15 12 on 11/05/2026
  severity_date: 2026-11-05
  suicidality: none
  suicidality_date: 2026-11-05
  episode_onset: 2025-09
  treating_since: 2025-10
  exclusions: no seizure history; no implanted metal or device in or near the head; no psychosis
alternatives:
  - treatment: augmentation with an antipsychotic (aripiprazole) or lithium
    why_not: >-
      Drug-induced parkinsonism in 2022 (from metoclopramide) makes an antipsychotic unsafe in her neurologist's
      view; eGFR 46 with lisinopril and furosemide makes lithium unsafe. Not tried.
medicare_coverage:
  name: Fictional LCD L99977, Transcranial Magnetic Stimulation for Major Depressive Disorder (FICTIONAL)
  number: L99977
  quote: >-
    TMS is considered reasonable and necessary for a patient with major depressive disorder, single or recurrent
    episode, when: (a) the current episode is severe, documented by a standardized rating scale (such as PHQ-9
    of 20 or more or GDS-15 of 11 or more); (b) there has been a failure of, or intolerance to, at least two
    antidepressant medications from at least two different classes at adequate dose and duration in the current
    episode; and (c) the patient has no seizure disorder and no implanted metal or device in or near the head.
  file: other/lcd-l99977-excerpt.txt
payer_criteria:
  - criterion: (a) Current episode severe on a standardized scale (PHQ-9 20 or more or GDS-15 11 or more).
    how_met: PHQ-9 21 and GDS-15 12 on 11/05/2026.
    met: true
    evidence: {file: clinical/psychiatry-note-2026-11-05.txt, page: 1}
  - criterion: (b) Failure of, or intolerance to, at least two antidepressants from two classes, adequate dose and duration, current episode.
    how_met: Sertraline (SSRI) 13 weeks, mirtazapine 19 weeks, bupropion XL 10 weeks; all in the episode from September 2025.
    met: true
    evidence: {file: clinical/psychiatry-note-2026-11-05.txt, page: 1}
  - criterion: (c) No seizure disorder and no implanted metal or device in or near the head.
    how_met: None recorded.
    met: true
    evidence: {file: clinical/psychiatry-note-2026-11-05.txt, page: 1}
plan_policy:
  name: Quinnipiac Senior Advantage internal clinical criteria MA-TMS-8
  number: MA-TMS-8
  quote: >-
    1. Failure of four antidepressant trials, including at least one augmentation trial, in the current episode.
    2. Psychiatric evaluation within 30 days. 3. Severe depression: PHQ-9 20 or more.
  file: other/ma-tms-8-criteria.txt
author:
  name: Jerome Castellanos-Whitt
  relation: representative
  role: Benefits advocate, Shoreline Elder Rights Project (FICTIONAL), appointed representative
  address: |-
    Shoreline Elder Rights Project
    88 Temple Street, 4th floor
    New Haven, CT 06510
  phone: (203) 555-0148
  email: jcastellanos@shoreline-elder-rights.example
  authorization: other/cms-1696-appointment-2026-11-30.txt
provider:
  name: Dr. Fennimore Adjei-Lockwood
  credentials: MD, geriatric psychiatry
  npi: "{NPI1}"
  address: |-
    Elm City Geriatric Psychiatry
    150 Sargent Drive, Suite 2
    New Haven, CT 06511
  phone: (203) 555-0126
record_dates:
  - {file: denial/organization-determination-2026-11-24.txt, date: 2026-11-24}
  - {file: clinical/psychiatry-note-2026-11-05.txt, date: 2026-11-05}
  - {file: clinical/neurology-letter-2026-10-14.txt, date: 2026-10-14}
  - {file: other/cms-1696-appointment-2026-11-30.txt, date: 2026-11-30}
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
     docs={
"denial/organization-determination-2026-11-24.txt": doc(N, r"""
QUINNIPIAC SENIOR ADVANTAGE (HMO) (FICTIONAL) - NOTICE OF DENIAL OF MEDICAL COVERAGE
Date: 11/24/2026
Member: Evangeline Thorsby-Achebe   Member ID: FICT-QSA-C47725190   Reference: OD-26-1119-31846
Service requested: transcranial magnetic stimulation, 36 sessions (90867, 90868)
Requested by: Fennimore Adjei-Lockwood, MD (NPI {NPI1})
We denied this request. MA-TMS-8 criterion 1 is not met: four antidepressant trials including one augmentation
trial are required; records show two (sertraline and nortriptyline). Criterion 3 is not met: PHQ-9 of 12 on
03/10/2026 does not show severe depression.
Reviewed by Ottoline Brisbane-Marsh, MD, internal medicine.
You have the right to ask for a reconsideration within 65 days of the date of this notice. Send it to Quinnipiac
Senior Advantage Appeals and Grievances (FICTIONAL), PO Box 90812, Hartford, CT 06101, fax (860) 555-0165, or
call 1-800-555-0167. You may ask for a fast decision if waiting could seriously harm your health.
"""),
"clinical/psychiatry-note-2026-11-05.txt": doc(N, r"""
ELM CITY GERIATRIC PSYCHIATRY (FICTIONAL) - PSYCHIATRIC EVALUATION FOR TMS
Date: 11/05/2026
Patient: Evangeline Thorsby-Achebe   DOB: 07/19/1955 (71)
Psychiatrist: Fennimore Adjei-Lockwood, MD (treating since October 2025)
Recurrent major depressive disorder, severe, without psychotic features (F33.2); current episode since
September 2025.
Antidepressant trials in this episode:
- sertraline 150 mg daily 10/06/2025-01/05/2026 (13 weeks): no response (PHQ-9 22 to 22).
- mirtazapine 30 mg, then 45 mg at bedtime, 01/12/2026-05/26/2026 (19 weeks): partial response, PHQ-9 12 on
  03/10/2026; lost by May (PHQ-9 19 on 05/12/2026); stopped for 7 kg weight gain.
- bupropion XL 300 mg daily 06/01/2026-08/10/2026 (10 weeks): no response (PHQ-9 20 to 21).
Other medicines: nortriptyline 25 mg at bedtime since March 2024, prescribed by her neurologist for post-herpetic
neuralgia (a pain dose; not an antidepressant trial); lisinopril; furosemide.
Augmentation: not tried. Antipsychotic augmentation avoided after drug-induced parkinsonism in 2022 (neurology
letter 10/14/2026); lithium avoided: eGFR 46 with lisinopril and furosemide.
Today: PHQ-9 21, GDS-15 12. Denies suicidal ideation. No psychosis. No seizures; no implanted metal or device in
or near the head (dental crowns only).
Plan: TMS, 36 sessions.
"""),
"clinical/neurology-letter-2026-10-14.txt": doc(N, r"""
SHORELINE NEUROLOGY GROUP (FICTIONAL) - LETTER
Date: 10/14/2026
Re: Evangeline Thorsby-Achebe
She developed drug-induced parkinsonism on metoclopramide in 2022, resolving over five months. I advise against
antipsychotic medicines, including aripiprazole. Nortriptyline 25 mg at bedtime is for post-herpetic neuralgia.
- Rosalind Iwu-Pemberton, MD, neurology (NPI {NPI2}), (203) 555-0153
"""),
"other/lcd-l99977-excerpt.txt": doc(N, r"""
FICTIONAL LOCAL COVERAGE DETERMINATION L99977 (FICTIONAL) - TRANSCRANIAL MAGNETIC STIMULATION FOR MAJOR
DEPRESSIVE DISORDER (excerpt; invented for this test, not a real Medicare document)
TMS is considered reasonable and necessary for a patient with major depressive disorder, single or recurrent
episode, when: (a) the current episode is severe, documented by a standardized rating scale (such as PHQ-9 of 20
or more or GDS-15 of 11 or more); (b) there has been a failure of, or intolerance to, at least two antidepressant
medications from at least two different classes at adequate dose and duration in the current episode; and (c)
the patient has no seizure disorder and no implanted metal or device in or near the head.
"""),
"other/ma-tms-8-criteria.txt": doc(N, r"""
QUINNIPIAC SENIOR ADVANTAGE (FICTIONAL) - INTERNAL CLINICAL CRITERIA MA-TMS-8 (as sent to the member on request)
1. Failure of four antidepressant trials, including at least one augmentation trial, in the current episode.
2. Psychiatric evaluation within 30 days.
3. Severe depression: PHQ-9 20 or more.
"""),
"other/cms-1696-appointment-2026-11-30.txt": doc(N, r"""
FORM CMS-1696 - APPOINTMENT OF REPRESENTATIVE (FICTIONAL copy for this test)
Date: 11/30/2026
Beneficiary: Evangeline Thorsby-Achebe   Medicare number: on file   Plan member ID: FICT-QSA-C47725190
I appoint Jerome Castellanos-Whitt, benefits advocate, Shoreline Elder Rights Project (FICTIONAL), 88 Temple
Street, 4th floor, New Haven, CT 06510, (203) 555-0148, to act as my representative in connection with my claim
or asserted right under Medicare.
Signed: Evangeline Thorsby-Achebe (11/30/2026)   Accepted: Jerome Castellanos-Whitt (11/30/2026)
"""),
     },
     truth=r"""# FICTIONAL TRUTH FILE - 05 - Medicare Advantage: TMS; a pain dose counted, an old score quoted, augmentation never tried (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Medicare Advantage HMO, CT. Pre-service organization determination 11/24/2026 denied 36 TMS sessions under
  the plan's **internal MA-TMS-8**. Standard reconsideration within 65 days: **01/28/2027** (42 CFR 422.582(b)).
  An advocate writes, appointed on **Form CMS-1696** (11/30/2026).
- Current episode since **September 2025**: **sertraline** 150 mg 13 wk (none), **mirtazapine** 30-45 mg 19 wk
  (**partial, then lost**; stopped for 7 kg weight gain), **bupropion XL** 300 mg 10 wk (none): **three**
  antidepressants, three classes.
- **Nortriptyline 25 mg at bedtime** since 03/2024 is for **post-herpetic neuralgia** (neurologist), continuing:
  the denial counted it as a trial; it is not one.
- **No augmentation trial** at all: antipsychotic advised against (drug-induced parkinsonism 2022), lithium
  unsafe (eGFR 46, lisinopril + furosemide). MA-TMS-8 criterion 1 (four trials incl. augmentation) is **not met
  as written**.
- **PHQ-9 12 on 03/10/2026** was during mirtazapine's partial response; **PHQ-9 21 and GDS-15 12 on 11/05/2026**.
  Criterion 3 (PHQ-9 20+) is met now.
- Medicare's (fictional) **LCD L99977** asks for two classes, severity and no seizure/implant: **all met**.
  Where Medicare's criteria are fully established, the plan may not apply stricter internal ones (42 CFR
  422.101(b)(6)).
- No suicidal ideation on 11/05/2026. Reviewer: internal medicine.

## Deliberately unknown
- Whether the plan's reviewer saw the 11/05/2026 note (the request date is not in the record).
- Whether L99977's criteria are "fully established" in the regulation's sense (fictional LCD; treat as Medicare's
  rule for this test).

## Traps
- Counting nortriptyline as an antidepressant trial ("four trials").
- Saying augmentation was tried, or that MA-TMS-8 criterion 1 is met as written.
- Calling mirtazapine "no response" (it was partial, then lost).
- Quoting PHQ-9 12 as current, or "moderate depression now".
- Saying augmentation is "contraindicated by the FDA"; it is advised against by her neurologist / unsafe for her.
- MA: no ERISA, no ACA, no state external review; the IRE follows automatically if upheld.
- Advocate writes about "Mrs. Thorsby-Achebe", not "I".

## Arguments a strong letter makes
1. Medicare's rule (L99977) is met point by point; the plan's internal "four trials incl. augmentation" is
   stricter than Medicare's and may not be applied (42 CFR 422.101(b)(6)).
2. Correct the count: three current-episode antidepressants; nortriptyline 25 mg is a pain dose.
3. Correct the score: PHQ-9 21 / GDS-15 12 on 11/05/2026; the 03/2026 score was a partial response later lost.
4. Augmentation is unsafe for her (parkinsonism, kidney function): a reason, not a missing trial.
5. Ask for a reviewer with psychiatric expertise (the reviewer was internal medicine), without citing an ERISA duty.

## What a letter must NOT say
- "four failed antidepressants" or "nortriptyline failed".
- "augmentation failed" or "augmentation was tried".
- "PHQ-9 12" as her current score.
- "suicidal ideation".
- ERISA, 45 CFR 147.136, or "independent review organization of the state".
""",
     answers=[
        ("Date of the denial", "Date: 11/24/2026", "denial/organization-determination-2026-11-24.txt"),
        ("Policy applied", "MA-TMS-8 criterion 1 is not met", "denial/organization-determination-2026-11-24.txt"),
        ("Trials the denial counted", "records show two (sertraline and nortriptyline)", "denial/organization-determination-2026-11-24.txt"),
        ("Score the denial quoted", "PHQ-9 of 12 on 03/10/2026", "denial/organization-determination-2026-11-24.txt"),
        ("Reviewer's specialty", "internal medicine", "denial/organization-determination-2026-11-24.txt"),
        ("Nortriptyline's purpose", "for post-herpetic neuralgia", "clinical/psychiatry-note-2026-11-05.txt"),
        ("Sertraline trial", "sertraline 150 mg daily 10/06/2025-01/05/2026 (13 weeks): no response", "clinical/psychiatry-note-2026-11-05.txt"),
        ("Mirtazapine course", "lost by May (PHQ-9 19 on 05/12/2026)", "clinical/psychiatry-note-2026-11-05.txt"),
        ("Bupropion trial", "bupropion XL 300 mg daily 06/01/2026-08/10/2026 (10 weeks): no response", "clinical/psychiatry-note-2026-11-05.txt"),
        ("Current scores", "PHQ-9 21, GDS-15 12", "clinical/psychiatry-note-2026-11-05.txt"),
        ("Augmentation status", "Augmentation: not tried", "clinical/psychiatry-note-2026-11-05.txt"),
        ("Why no antipsychotic", "drug-induced parkinsonism on metoclopramide in 2022", "clinical/neurology-letter-2026-10-14.txt"),
        ("Why no lithium", "eGFR 46 with lisinopril and furosemide", "clinical/psychiatry-note-2026-11-05.txt"),
        ("LCD's trial requirement", "at least two antidepressant medications from at least two different classes", "other/lcd-l99977-excerpt.txt"),
        ("Episode onset", "current episode since September 2025", "clinical/psychiatry-note-2026-11-05.txt"),
        ("Representative form", "FORM CMS-1696 - APPOINTMENT OF REPRESENTATIVE", "other/cms-1696-appointment-2026-11-30.txt"),
     ])

# ---------------------------------------------------------------------------------------------------------------
# 06 Marketplace Silver HMO, IL: zuranolone for postpartum depression, RX-PPD-4 criterion 3. Denial: "no SSRI in
# this episode; sertraline was effective in 2022, retry it". Sertraline is being taken now (since 09/28/2026,
# 100 mg since 10/12) with an inadequate response; the 2022 remission was her first postpartum episode. Patient
# writes.
N = "06"
case(n=N, slug="06-marketplace-zuranolone-postpartum-sertraline-current-not-retried-2022-remission-patient",
     npis={"NPI1": "131560429", "NPI2": "176840352"},
     yaml=r"""# FICTIONAL CASE (set 77, case 06) - every person, plan, provider, number and address is invented.
# Individual Marketplace plan (Silver HMO), IL. Zuranolone for postpartum depression denied pre-service under
# RX-PPD-4 criterion 3 ("no SSRI or SNRI in the current episode; sertraline was effective in 2022 and should be
# tried"). She has taken sertraline since 09/28/2026 (100 mg since 10/12/2026) with an inadequate response; the
# 2022 remission was her first postpartum episode. Delivery 09/02/2026, onset 09/20/2026. First internal appeal;
# the patient writes.
patient:
  name: Soraya Fenwick-Adeyemi
  salutation: Ms. Fenwick-Adeyemi
  date_of_birth: 1994-02-11
  member_id: FICT-LCH-I30582716
  address: |-
    3127 West Fullerton Avenue, Apt 2
    Chicago, IL 60647
  phone: (773) 555-0113
  email: sfenwick@mail.example
insurer:
  name: Lakeshore Commons Health (FICTIONAL), Silver HMO 2026
  appeals_address: |-
    Lakeshore Commons Health Member Appeals (FICTIONAL)
    PO Box 80433
    Chicago, IL 60680
  fax: (312) 555-0174
claim:
  number: RXP-26-1120-66108
  plan_type: individual_aca
  funding: insured
  notice_date: 2026-11-23
  diagnosis_codes: [F53.0]
  denial_reason: >-
    RX-PPD-4 criterion 3 is not met. No trial of an SSRI or SNRI in the current episode is documented. Records show
    sertraline was effective for a prior episode in 2022; sertraline should be tried before zuranolone.
  denial_category: medical_necessity
  action: none
  corrections:
    - said: No trial of an SSRI or SNRI in the current episode is documented.
      record: >-
        I started sertraline on 09/28/2026 and it was raised to 100 mg daily on 10/12/2026, which I still take; by
        11/16/2026 (5 weeks at 100 mg, 7 weeks in all) my EPDS had gone only from 21 to 19 and my HAM-D was 25
      file: [clinical/perinatal-psychiatry-consult-2026-11-16.txt, clinical/ob-postpartum-visit-2026-10-12.txt]
      page: 1
    - said: Records show sertraline was effective for a prior episode in 2022; sertraline should be tried before zuranolone.
      record: >-
        sertraline did bring remission of my first postpartum episode in 2022; in this episode I have been taking
        it since 09/28/2026 without an adequate response
      file: clinical/perinatal-psychiatry-consult-2026-11-16.txt
      page: 1
      leaves_out: true
treatment:
  name: zuranolone 50 mg once daily for 14 days
  summary: >-
    A 14-day course of zuranolone for severe postpartum depression that has not responded to sertraline in this
    episode.
  plan: >-
    Zuranolone 50 mg each evening with fat-containing food for 14 days; sertraline 100 mg continued; I will not
    drive for at least 12 hours after each dose (my husband drives); EPDS and HAM-D at day 15 and day 45.
  alongside: sertraline 100 mg daily
clinical:
  history:
    - drug: sertraline (2022 episode)
      dose: 100 mg daily
      start: 2022-06
      end: 2023-09
      kind: antidepressant
      response: remission
      outcome: Remission of her first postpartum episode (2022); tapered off in 2023 while well.
      evidence: {file: clinical/perinatal-psychiatry-consult-2026-11-16.txt, page: 1}
    - drug: sertraline
      dose: 50 mg daily from 09/28/2026, 100 mg daily from 10/12/2026
      start: 2026-09-28
      ongoing: true
      weeks: 7
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: Inadequate response (EPDS 21 to 19; HAM-D 25 on 11/16/2026); continuing with zuranolone.
      evidence: {file: clinical/perinatal-psychiatry-consult-2026-11-16.txt, page: 1}
    - drug: interpersonal therapy
      kind: psychotherapy
      start: 2026-10
      sessions: 5
      ongoing: true
      outcome: Weekly since 10/19/2026; continuing.
  severity: HAM-D 25 and EPDS 19 on 11/16/2026
  severity_date: 2026-11-16
  suicidality: passive
  suicidality_date: 2026-11-16
  episode_onset: 2026-09-20
  treating_since: 2026-11-16
  exclusions: no psychosis; no bipolar history; formula feeding since 10/20/2026
payer_criteria:
  - criterion: >-
      1. Adult with postpartum depression: a major depressive episode with onset in the third trimester or within
      4 weeks after delivery.
    how_met: Delivered 09/02/2026; onset 09/20/2026, 18 days after delivery.
    met: true
    evidence: {file: clinical/ob-postpartum-visit-2026-10-12.txt, page: 1}
  - criterion: '2. Moderate to severe symptoms: HAM-D 20 or more, or EPDS 13 or more.'
    how_met: HAM-D 25 and EPDS 19 on 11/16/2026.
    met: true
    evidence: {file: clinical/perinatal-psychiatry-consult-2026-11-16.txt, page: 1}
  - criterion: >-
      3. Inadequate response to at least 4 weeks of an SSRI or SNRI at a therapeutic dose in the current episode,
      or a documented reason one cannot be used.
    how_met: Sertraline 100 mg daily since 10/12/2026 (5 weeks at 100 mg by 11/16/2026), EPDS 21 to 19.
    met: true
    evidence: {file: clinical/perinatal-psychiatry-consult-2026-11-16.txt, page: 1}
  - criterion: 4. No prior course of zuranolone in this postpartum period.
    how_met: None.
    met: true
    evidence: {file: clinical/perinatal-psychiatry-consult-2026-11-16.txt, page: 1}
plan_policy:
  name: Lakeshore Commons Health Pharmacy Policy RX-PPD-4, Zuranolone
  number: RX-PPD-4
  quote: >-
    Zuranolone is covered for one 14-day course per postpartum period when all are met: 1. Adult with postpartum
    depression: a major depressive episode with onset in the third trimester or within 4 weeks after delivery. 2.
    Moderate to severe symptoms: HAM-D 20 or more, or EPDS 13 or more. 3. Inadequate response to at least 4 weeks
    of an SSRI or SNRI at a therapeutic dose in the current episode, or a documented reason one cannot be used. 4.
    No prior course of zuranolone in this postpartum period.
  file: other/rx-ppd-4-policy.txt
author:
  name: Soraya Fenwick-Adeyemi
  relation: patient
  role: Member
provider:
  name: Dr. Caedmon Reyes-Lindahl
  credentials: MD, perinatal psychiatry
  npi: "{NPI1}"
  address: |-
    Lakeview Women's Mental Health
    2900 North Lake Shore Drive, Suite 510
    Chicago, IL 60657
  phone: (773) 555-0135
record_dates:
  - {file: denial/pharmacy-denial-2026-11-23.txt, date: 2026-11-23}
  - {file: clinical/ob-postpartum-visit-2026-10-12.txt, date: 2026-10-12}
  - {file: clinical/perinatal-psychiatry-consult-2026-11-16.txt, date: 2026-11-16}
  - {file: other/pa-request-fax-cover-2026-11-18.txt, date: 2026-11-18}
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
     docs={
"denial/pharmacy-denial-2026-11-23.txt": doc(N, r"""
LAKESHORE COMMONS HEALTH (FICTIONAL) - NOTICE OF ADVERSE BENEFIT DETERMINATION (PHARMACY)
Date: 11/23/2026
Member: Soraya Fenwick-Adeyemi   Member ID: FICT-LCH-I30582716   Plan: Silver HMO 2026 (Marketplace)
Reference: RXP-26-1120-66108   Drug: zuranolone 50 mg capsules, 14-day course
Prescriber: Caedmon Reyes-Lindahl, MD
Decision: denied. RX-PPD-4 criterion 3 is not met. No trial of an SSRI or SNRI in the current episode is
documented. Records show sertraline was effective for a prior episode in 2022; sertraline should be tried before
zuranolone.
You may appeal within 180 days of receiving this notice: Lakeshore Commons Health Member Appeals (FICTIONAL), PO
Box 80433, Chicago, IL 60680, fax (312) 555-0174, or 1-800-555-0175. If we uphold the denial you may ask for an
external review. If your situation is urgent you may ask for an expedited appeal.
"""),
"clinical/ob-postpartum-visit-2026-10-12.txt": doc(N, r"""
NORTH BRANCH OBSTETRICS (FICTIONAL) - POSTPARTUM VISIT
Date: 10/12/2026
Patient: Soraya Fenwick-Adeyemi   DOB: 02/11/1994
Obstetrician: Imelda Vasquez-Oduya, MD (NPI {NPI2})
Delivered 09/02/2026 (second child). Low mood, tearfulness and poor sleep from 09/20/2026, 18 days after
delivery. EPDS 21 on 10/05/2026. Sertraline 50 mg started 09/28/2026; today raised to 100 mg daily.
Plan: perinatal psychiatry referral; recheck in 4 weeks.
"""),
"clinical/perinatal-psychiatry-consult-2026-11-16.txt": doc(N, r"""
LAKEVIEW WOMEN'S MENTAL HEALTH (FICTIONAL) - PERINATAL PSYCHIATRY CONSULTATION
Date: 11/16/2026
Patient: Soraya Fenwick-Adeyemi   DOB: 02/11/1994   With her husband, Declan Fenwick-Adeyemi
Psychiatrist: Caedmon Reyes-Lindahl, MD
Postpartum depression, onset 09/20/2026 after delivery on 09/02/2026.
Past: first postpartum episode in 2022, remission on sertraline 100 mg; tapered off in 2023 while well.
This episode: sertraline 50 mg from 09/28/2026, 100 mg daily since 10/12/2026 (5 weeks at 100 mg, 7 weeks in
all), still taking it: inadequate response, EPDS 21 (10/05/2026) to 19 today.
Interpersonal therapy weekly since 10/19/2026.
Today: HAM-D 25, EPDS 19. Passive thoughts that her family would be better off without her; no plan, no intent;
safety plan made with her husband. No psychosis; no history of mania. Formula feeding since 10/20/2026.
Plan: zuranolone 50 mg each evening with food for 14 days; continue sertraline 100 mg daily; she will not drive
for at least 12 hours after a dose (her husband drives).
"""),
"other/rx-ppd-4-policy.txt": doc(N, r"""
LAKESHORE COMMONS HEALTH (FICTIONAL) - PHARMACY POLICY RX-PPD-4, ZURANOLONE (2026)
Zuranolone is covered for one 14-day course per postpartum period when all are met:
1. Adult with postpartum depression: a major depressive episode with onset in the third trimester or within 4
weeks after delivery.
2. Moderate to severe symptoms: HAM-D 20 or more, or EPDS 13 or more.
3. Inadequate response to at least 4 weeks of an SSRI or SNRI at a therapeutic dose in the current episode, or a
documented reason one cannot be used.
4. No prior course of zuranolone in this postpartum period.
"""),
"other/pa-request-fax-cover-2026-11-18.txt": doc(N, r"""
FAX COVER - LAKEVIEW WOMEN'S MENTAL HEALTH (FICTIONAL)
Date: 11/18/2026   Pages: 4
To: Lakeshore Commons Health Pharmacy Prior Authorization, fax (312) 555-0177
From: Lennox Harrow, RN, care coordinator, for Caedmon Reyes-Lindahl, MD
Re: zuranolone request for Soraya Fenwick-Adeyemi
Enclosed: request form and the 10/12/2026 obstetric note. (The 11/16/2026 consultation note was not yet signed
and was not sent.)
"""),
     },
     truth=r"""# FICTIONAL TRUTH FILE - 06 - Marketplace: zuranolone for postpartum depression; "retry sertraline" while she takes it (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Individual Marketplace Silver HMO (insured), IL. Pre-service denial 11/23/2026 of zuranolone under **RX-PPD-4
  criterion 3**. First internal appeal within 180 days of receipt (05/22/2027 counted from the notice date);
  external review after. She writes ("I").
- Delivered **09/02/2026**; onset **09/20/2026** (18 days after: within 4 weeks).
- **Sertraline is being taken now**: 50 mg from 09/28/2026, **100 mg since 10/12/2026** (5 weeks at 100 mg, 7 in
  all by 11/16/2026), **inadequate response** (EPDS 21 on 10/05 -> 19 on 11/16), **continuing** with zuranolone.
  Criterion 3 (4 weeks of an SSRI at a therapeutic dose, inadequate response) is met.
- **2022**: her first postpartum episode **remitted on sertraline 100 mg** - true, and an earlier episode.
- HAM-D 25, EPDS 19 on 11/16/2026; **passive** thoughts, no plan or intent. No psychosis, no mania history.
  **Formula feeding** since 10/20/2026.
- The PA fax of 11/18/2026 (sent by Lennox Harrow, RN) enclosed only the 10/12 OB note; the 11/16 consultation
  was **not sent** (unsigned). The plan decided without it.
- The treatment is a 14-day course; she will not drive for 12 hours after a dose (husband Declan drives).

## Deliberately unknown
- Whether the plan's pharmacy claims show the sertraline fills (not in the record).
- Whether the OB note of 10/12 reached the reviewer in full.
- IPT session count beyond "weekly since 10/19/2026".

## Traps
- "Sertraline failed in 2022" or "sertraline did not work before": it brought remission in 2022.
- "I stopped sertraline" / "sertraline was discontinued": it continues. Two history rows name sertraline (the
  2022 course, ended 2023, and the current one): the 2022 row must not be shown as continuing, nor the current one
  as ended.
- "No response at all": EPDS 21 -> 19 is a small change, an inadequate response.
- "Active suicidal ideation" or "a plan".
- Saying the 11/16/2026 consultation was before the reviewer: it was not sent.
- Breastfeeding claims: she formula feeds; no lactation argument is needed.
- Saying zuranolone is "approved for all depression"; it is for postpartum depression.

## Arguments a strong letter makes
1. Criterion 3 is met: sertraline 100 mg for 5 weeks (7 in all) in this episode, inadequate response; the denial
   asks her to try what she is already taking.
2. The 2022 remission is an earlier episode; criterion 3 speaks of "the current episode".
3. Criteria 1, 2, 4 met (onset 18 days after delivery; HAM-D 25 / EPDS 19; no prior course).
4. The consultation note was never before the reviewer: enclose it and ask that it be weighed.
5. Time matters: a 14-day course for a postpartum episode; ask for an expedited appeal if the prescriber
   certifies urgency (not certified in the record).

## What a letter must NOT say
- That sertraline failed in 2022 or was stopped now.
- That she is breastfeeding.
- "Active suicidal ideation", "suicide attempt".
- ERISA citations (29 CFR 2560.503-1 as the governing rule) for a Marketplace plan.
- That a physician certified urgency (no certification in the record).
""",
     answers=[
        ("Date of the notice", "Date: 11/23/2026", "denial/pharmacy-denial-2026-11-23.txt"),
        ("Criterion named", "RX-PPD-4 criterion 3 is not met", "denial/pharmacy-denial-2026-11-23.txt"),
        ("What the denial says of the current episode", "No trial of an SSRI or SNRI in the current episode is", "denial/pharmacy-denial-2026-11-23.txt"),
        ("Appeal window", "within 180 days of receiving this notice", "denial/pharmacy-denial-2026-11-23.txt"),
        ("Delivery date", "Delivered 09/02/2026", "clinical/ob-postpartum-visit-2026-10-12.txt"),
        ("Onset", "from 09/20/2026, 18 days after", "clinical/ob-postpartum-visit-2026-10-12.txt"),
        ("Sertraline start", "Sertraline 50 mg started 09/28/2026", "clinical/ob-postpartum-visit-2026-10-12.txt"),
        ("Sertraline dose raised", "today raised to 100 mg daily", "clinical/ob-postpartum-visit-2026-10-12.txt"),
        ("Weeks on sertraline by 11/16", "5 weeks at 100 mg, 7 weeks in", "clinical/perinatal-psychiatry-consult-2026-11-16.txt"),
        ("EPDS change", "EPDS 21 (10/05/2026) to 19 today", "clinical/perinatal-psychiatry-consult-2026-11-16.txt"),
        ("2022 episode outcome", "remission on sertraline 100 mg", "clinical/perinatal-psychiatry-consult-2026-11-16.txt"),
        ("HAM-D on 11/16", "HAM-D 25", "clinical/perinatal-psychiatry-consult-2026-11-16.txt"),
        ("Feeding", "Formula feeding since 10/20/2026", "clinical/perinatal-psychiatry-consult-2026-11-16.txt"),
        ("Suicidality", "no plan, no intent", "clinical/perinatal-psychiatry-consult-2026-11-16.txt"),
        ("Who sent the PA fax", "Lennox Harrow, RN, care coordinator", "other/pa-request-fax-cover-2026-11-18.txt"),
        ("Was the consult sent", "was not yet signed", "other/pa-request-fax-cover-2026-11-18.txt"),
     ])

# ---------------------------------------------------------------------------------------------------------------
# 07 TRICARE Prime ADFM, WA: ECT in pregnancy (24 weeks), bipolar I depression. CC-ECT-7 criterion 2 has two
# branches; the denial read only 2(a) ("one trial in this episode; quetiapine and lamotrigine effective; valproate
# not tried"). Only ONE current-episode trial (lurasidone) exists: the request rests on 2(b) (rapid response:
# active SI, weight loss, pregnancy). Quetiapine worked in 2024 and was stopped for metabolic harm; lamotrigine
# continues; valproate avoided in pregnancy. Expedited reconsideration; her husband writes.
N = "07"
case(n=N, slug="07-tricare-ect-pregnancy-bipolar-one-current-trial-rapid-response-branch-quetiapine-metabolic-husband",
     npis={"NPI1": "108317246", "NPI2": "160025948"},
     yaml=r"""# FICTIONAL CASE (set 77, case 07) - every person, plan, provider, number and address is invented.
# TRICARE Prime, active-duty family member, WA. ECT (up to 12 treatments) denied pre-service 12/03/2026 under
# CC-ECT-7 criterion 2(a): "one medication trial in the current episode (lurasidone); quetiapine and lamotrigine
# were effective; valproate has not been tried". True: one current-episode trial. The request rests on 2(b),
# which the denial never addressed: need for a rapid response (active suicidal ideation, 5.8 kg weight loss at
# 20-24 weeks of pregnancy, medicine risks in pregnancy). Notice received 12/05/2026: expedited reconsideration
# is asked within 3 calendar days. Her husband (the sponsor) writes with her signed authorization.
patient:
  name: Marisol Brightwater-Kovacs
  salutation: Mrs. Brightwater-Kovacs
  date_of_birth: 1997-04-03
  member_id: FICT-TRW-D84016653
  address: |-
    9012 Steilacoom Boulevard SW, Unit 14
    Lakewood, WA 98498
  phone: (253) 555-0116
insurer:
  name: Evergreen Federal Health Partners (FICTIONAL), TRICARE West Region contractor
  appeals_address: |-
    Evergreen Federal Health Partners Appeals (FICTIONAL)
    PO Box 43390
    Tacoma, WA 98448
  fax: (253) 555-0173
template: expedited-appeal
claim:
  number: TW-26-1201-58820
  plan_type: tricare
  notice_date: 2026-12-03
  procedure_codes: ["90870", "00104"]
  diagnosis_codes: [O99.342, F31.4, Z3A.24]
  sessions: 12
  urgent: true
  denial_reason: >-
    CC-ECT-7 criterion 2(a) is not met. Only one medication trial in the current episode is documented
    (lurasidone). Records show quetiapine and lamotrigine were effective. Valproate has not been tried.
  denial_category: medical_necessity
  action: none
  corrections:
    - said: Records show quetiapine and lamotrigine were effective.
      record: >-
        quetiapine 300 mg brought remission of the 2024 episode and was stopped in June 2025 for a 13 kg weight
        gain and an A1c of 6.3%; lamotrigine 200 mg has continued since February 2024 and the current episode
        began in August 2026 while she was taking it
      file: clinical/psychiatry-note-2026-11-30.txt
      page: 1
      leaves_out: true
    - said: Valproate has not been tried.
      record: >-
        valproate has not been tried, and her maternal-fetal medicine physician advises that it not be used in
        pregnancy
      file: clinical/mfm-consult-2026-12-01.txt
      page: 1
      leaves_out: true
treatment:
  name: electroconvulsive therapy (ECT), up to 12 treatments
  summary: >-
    ECT for severe bipolar I depression at 24 weeks of pregnancy with active suicidal ideation and weight loss,
    where a rapid response is needed and further medicine trials carry risk.
  plan: >-
    Right unilateral ultrabrief ECT three times weekly, up to 12 treatments, at Mount Rainier Regional Medical
    Center with obstetric anesthesia, left uterine displacement and fetal heart monitoring before and after each
    treatment; MADRS weekly; lamotrigine 200 mg continued.
  alongside: lamotrigine 200 mg daily
urgency:
  reason: >-
    Active suicidal ideation and 5.8 kg weight loss in four weeks at 20-24 weeks of pregnancy: waiting for a
    standard decision could seriously jeopardize her life and the pregnancy.
  certified_by: Dr. Caspian Achterlo-Nwosu, MD
clinical:
  history:
    - drug: quetiapine
      dose: 300 mg at bedtime
      start: 2024-03
      end: 2025-06
      kind: other
      response: remission
      failed: false
      outcome: Remission of the 2024 episode; stopped June 2025 for 13 kg weight gain and A1c 6.3%.
      evidence: {file: clinical/psychiatry-note-2026-11-30.txt, page: 1}
    - drug: lamotrigine
      dose: 200 mg daily
      start: 2024-02
      ongoing: true
      kind: other
      response: partial
      outcome: Maintenance; no mania since 2024; the current depressive episode began in August 2026 while taking it. Continuing.
      evidence: {file: clinical/psychiatry-note-2026-11-30.txt, page: 1}
    - drug: lurasidone
      dose: 60 mg daily
      start: 2026-08-24
      end: 2026-10-19
      weeks: 8
      kind: other
      adequate: true
      failed: true
      response: none
      outcome: No response (MADRS 34 to 36); stopped.
      evidence: {file: clinical/psychiatry-note-2026-11-30.txt, page: 1}
    - drug: interpersonal psychotherapy
      kind: psychotherapy
      start: 2026-09
      ongoing: true
      outcome: Weekly since September 2026; continuing.
  severity: MADRS 40 on 11/30/2026; weight loss 5.8 kg in four weeks
  severity_date: 2026-11-30
  suicidality: active
  suicidality_date: 2026-11-30
  episode_onset: 2026-08
  treating_since: 2024-02
payer_criteria:
  - criterion: 1. Severe major depressive episode (unipolar or bipolar) with MADRS 30 or more or equivalent.
    how_met: Bipolar I disorder, current episode depressed, severe; MADRS 40 on 11/30/2026.
    met: true
    evidence: {file: clinical/psychiatry-note-2026-11-30.txt, page: 1}
  - criterion: 2(a). Inadequate response to at least two medication trials in the current episode.
    how_met: One trial in the current episode (lurasidone, 8 weeks, no response). Not met; 2(b) applies instead.
    met: false
    evidence: {file: clinical/psychiatry-note-2026-11-30.txt, page: 1}
  - criterion: >-
      2(b). Need for a rapid response: catatonia, severe suicidality, inanition (refusal of food or fluids with
      weight loss), or pregnancy in which medication risks are judged to outweigh benefits.
    how_met: >-
      Active suicidal ideation and 5.8 kg weight loss in four weeks (11/30/2026); at 24 weeks of pregnancy her
      maternal-fetal medicine physician judges ECT safer than further medicine trials (12/01/2026).
    met: true
    instead_of: 2
    evidence: [{file: clinical/psychiatry-note-2026-11-30.txt, page: 1}, {file: clinical/mfm-consult-2026-12-01.txt, page: 1}]
  - criterion: 3. Pre-ECT evaluation with anesthesia consultation; in pregnancy, obstetric consultation and a fetal monitoring plan.
    how_met: Anesthesia and maternal-fetal medicine consultations on 12/01/2026 with a fetal monitoring plan.
    met: true
    evidence: {file: clinical/mfm-consult-2026-12-01.txt, page: 1}
plan_policy:
  name: Evergreen Federal Health Partners clinical criteria CC-ECT-7, Electroconvulsive therapy
  number: CC-ECT-7
  quote: >-
    ECT is medically necessary when 1 and 3 are met and either 2(a) or 2(b): 1. Severe major depressive episode
    (unipolar or bipolar) with MADRS 30 or more or equivalent. 2(a). Inadequate response to at least two
    medication trials in the current episode; or 2(b). Need for a rapid response: catatonia, severe suicidality,
    inanition (refusal of food or fluids with weight loss), or pregnancy in which medication risks are judged to
    outweigh benefits. 3. Pre-ECT evaluation with anesthesia consultation; in pregnancy, obstetric consultation
    and a fetal monitoring plan.
  file: other/cc-ect-7-criteria.txt
author:
  name: Tobias Brightwater-Kovacs
  relation: representative
  role: Husband of the patient and TRICARE sponsor (Staff Sergeant, U.S. Army), writing with her signed authorization
  address: |-
    9012 Steilacoom Boulevard SW, Unit 14
    Lakewood, WA 98498
  phone: (253) 555-0116
  authorization: other/authorization-2026-12-05.txt
provider:
  name: Dr. Caspian Achterlo-Nwosu
  credentials: MD, psychiatry
  npi: "{NPI1}"
  address: |-
    Puget Sound Psychiatric Associates
    5701 100th Street SW, Suite 220
    Lakewood, WA 98499
  phone: (253) 555-0133
record_dates:
  - {file: denial/tricare-denial-2026-12-03.txt, date: 2026-12-03}
  - {file: clinical/psychiatry-note-2026-11-30.txt, date: 2026-11-30}
  - {file: clinical/mfm-consult-2026-12-01.txt, date: 2026-12-01}
  - {file: other/authorization-2026-12-05.txt, date: 2026-12-05}
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
     docs={
"denial/tricare-denial-2026-12-03.txt": doc(N, r"""
EVERGREEN FEDERAL HEALTH PARTNERS (FICTIONAL) - TRICARE WEST REGION - PRIOR AUTHORIZATION DENIAL
Date: 12/03/2026 (mailed)
Beneficiary: Marisol Brightwater-Kovacs   DoD benefits number: on file   Member ID: FICT-TRW-D84016653
Program: TRICARE Prime (active-duty family member)   Reference: TW-26-1201-58820
Service: electroconvulsive therapy, up to 12 treatments (90870, 00104)
Provider: Caspian Achterlo-Nwosu, MD (NPI {NPI1})
Decision: denied as not medically necessary. CC-ECT-7 criterion 2(a) is not met. Only one medication trial in the
current episode is documented (lurasidone). Records show quetiapine and lamotrigine were effective. Valproate has
not been tried.
Reconsideration: you may ask us to reconsider within 90 days of the date of this notice. For a preprocedure
denial, an expedited reconsideration is available when requested within 3 calendar days after you receive this
notice. Send to Evergreen Federal Health Partners Appeals (FICTIONAL), PO Box 43390, Tacoma, WA 98448, fax
(253) 555-0173, or call 1-800-555-0178.
Handwritten on the family's copy: "Received in the mail Sat 12/05/2026 - T.B.-K."
"""),
"clinical/psychiatry-note-2026-11-30.txt": doc(N, r"""
PUGET SOUND PSYCHIATRIC ASSOCIATES (FICTIONAL) - URGENT PSYCHIATRIC EVALUATION
Date: 11/30/2026
Patient: Marisol Brightwater-Kovacs   DOB: 04/03/1997   Pregnant, EDD 03/23/2027 (24 weeks on 12/01/2026)
Psychiatrist: Caspian Achterlo-Nwosu, MD (treating since February 2024)
Bipolar I disorder, current episode depressed, severe, without psychotic features (F31.4); current episode since
August 2026.
History: quetiapine 300 mg at bedtime 03/2024-06/2025: remission of the 2024 depressive episode; stopped June 2025
for a 13 kg weight gain and A1c 6.3%. Lamotrigine 200 mg daily since 02/2024, continuing (maintenance; no mania
since 2024); this episode began in August 2026 while taking it. Lurasidone 60 mg daily 08/24/2026-10/19/2026
(8 weeks): no response, MADRS 34 to 36; stopped. Valproate: never taken. Interpersonal psychotherapy weekly since
September 2026.
Today: MADRS 40. Active suicidal ideation (thoughts of ending her life, no plan, denies intent); safety plan;
husband Tobias removes car keys and medicines. Eating little: weight down 5.8 kg in four weeks.
Assessment: needs a rapid response; at 24 weeks of pregnancy further medicine trials carry risk.
Plan: ECT, right unilateral ultrabrief, three times weekly, up to 12 treatments; continue lamotrigine 200 mg.
I certify that waiting for a standard decision could seriously jeopardize her life and health.
"""),
"clinical/mfm-consult-2026-12-01.txt": doc(N, r"""
MOUNT RAINIER REGIONAL MEDICAL CENTER (FICTIONAL) - MATERNAL-FETAL MEDICINE AND ANESTHESIA CONSULTATION
Date: 12/01/2026
Patient: Marisol Brightwater-Kovacs   Gestational age: 24 weeks 0 days
Maternal-fetal medicine: Harriet Quayson-Belmont, MD (NPI {NPI2})
Fetal growth appropriate; maternal weight loss of concern. Valproate should not be used in this pregnancy.
In my judgment the risks of further medicine trials outweigh their benefit here; ECT is the safer course.
Fetal monitoring plan: fetal heart tones before and after each treatment; left uterine displacement; obstetric
anesthesia (Desmond Okoro-Lindqvist, MD) agrees; aspiration precautions.
"""),
"other/cc-ect-7-criteria.txt": doc(N, r"""
EVERGREEN FEDERAL HEALTH PARTNERS (FICTIONAL) - CLINICAL CRITERIA CC-ECT-7, ELECTROCONVULSIVE THERAPY (2026)
ECT is medically necessary when 1 and 3 are met and either 2(a) or 2(b):
1. Severe major depressive episode (unipolar or bipolar) with MADRS 30 or more or equivalent.
2(a). Inadequate response to at least two medication trials in the current episode; or
2(b). Need for a rapid response: catatonia, severe suicidality, inanition (refusal of food or fluids with weight
loss), or pregnancy in which medication risks are judged to outweigh benefits.
3. Pre-ECT evaluation with anesthesia consultation; in pregnancy, obstetric consultation and a fetal monitoring
plan.
"""),
"other/authorization-2026-12-05.txt": doc(N, r"""
AUTHORIZATION TO ACT FOR ME (FICTIONAL)
Date: 12/05/2026
I, Marisol Brightwater-Kovacs, authorize my husband, SSG Tobias Brightwater-Kovacs, to request reconsideration of
TRICARE reference TW-26-1201-58820 for me and to receive my health information for that purpose.
Signed: Marisol Brightwater-Kovacs
"""),
     },
     truth=r"""# FICTIONAL TRUTH FILE - 07 - TRICARE: ECT in pregnancy; one current trial, and the branch the denial skipped (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- TRICARE Prime, active-duty family member, WA. Pre-service denial of ECT (up to 12 treatments) dated and mailed
  **12/03/2026**, received **12/05/2026** (note on the family's copy). **Expedited reconsideration**: within 3
  calendar days of receipt (by **12/08/2026**), 32 CFR 199.15; standard reconsideration within 90 days
  (**03/03/2027**, 32 CFR 199.10). The psychiatrist certifies urgency (MD). Her husband, the sponsor, writes
  with her signed authorization (she is an adult).
- **Only one medication trial in the current episode** (since August 2026): **lurasidone 60 mg, 8 weeks, no
  response** (MADRS 34 -> 36). The denial is **right** that 2(a) is not met.
- CC-ECT-7 is met through **2(b)**, which the denial never addressed: **active suicidal ideation** (no plan,
  denies intent), **5.8 kg weight loss** in four weeks, and the MFM physician's judgment that further medicine
  trials' risks outweigh benefit at **24 weeks** of pregnancy.
- **Quetiapine** 300 mg brought **remission in 2024**; stopped 06/2025 for **13 kg weight gain and A1c 6.3%**:
  a response then an adverse effect, not a failure.
- **Lamotrigine 200 mg continues** since 02/2024; the episode began while on it.
- **Valproate never taken**; MFM says it should not be used in this pregnancy.
- MADRS 40 on 11/30/2026. Criterion 3 met (MFM and anesthesia consults 12/01/2026, fetal monitoring plan).

## Deliberately unknown
- Whether lithium was considered (the record is silent).
- The contractor's reviewer (not named).
- Whether the family's mail receipt date will be accepted as receipt (the rule presumes 5 days after mailing,
  12/08/2026, if undocumented).

## Traps
- Claiming "two failed trials in the current episode" or that 2(a) is met.
- "Quetiapine failed" / "lamotrigine failed": the first worked and harmed metabolically; the second continues.
- "Valproate is contraindicated by the FDA in all uses" - keep to the MFM's advice in this pregnancy.
- Saying she has a suicide plan or made an attempt; "passive" understates it (active ideation, no plan).
- TRICARE: no ERISA, ACA, parity or state external review; the husband is not the patient.
- Writing "inpatient": the plan does not say inpatient (treatments at the hospital, not an admission).

## Arguments a strong letter makes
1. Ask for an expedited reconsideration now (received 12/05, within 3 days), with the psychiatrist's
   certification.
2. CC-ECT-7 allows 2(a) **or** 2(b); the denial read only 2(a). 2(b) is met on three of its own grounds
   (severe suicidality, inanition with weight loss, pregnancy where medicine risks outweigh benefit).
3. Correct the record: quetiapine's 2024 remission ended in metabolic harm; lamotrigine is continuing; valproate
   is advised against in pregnancy.
4. Criteria 1 and 3 met: MADRS 40; MFM/anesthesia plan with fetal monitoring.

## What a letter must NOT say
- "She has failed two medications in this episode."
- "Quetiapine did not work."
- "Lamotrigine was stopped."
- "suicide attempt" or "a plan to end her life".
- 29 CFR 2560.503-1, 45 CFR 147.136, MHPAEA.
""",
     answers=[
        ("Notice date", "Date: 12/03/2026 (mailed)", "denial/tricare-denial-2026-12-03.txt"),
        ("Date received", "Received in the mail Sat 12/05/2026", "denial/tricare-denial-2026-12-03.txt"),
        ("Criterion the denial applied", "CC-ECT-7 criterion 2(a) is not met", "denial/tricare-denial-2026-12-03.txt"),
        ("Expedited window", "within 3 calendar days after you receive this", "denial/tricare-denial-2026-12-03.txt"),
        ("Standard window", "within 90 days of the date of this notice", "denial/tricare-denial-2026-12-03.txt"),
        ("Criterion 2(b) words", "Need for a rapid response", "other/cc-ect-7-criteria.txt"),
        ("Current-episode trial", "Lurasidone 60 mg daily 08/24/2026-10/19/2026", "clinical/psychiatry-note-2026-11-30.txt"),
        ("Lurasidone result", "no response, MADRS 34 to 36", "clinical/psychiatry-note-2026-11-30.txt"),
        ("Quetiapine outcome", "remission of the 2024 depressive episode", "clinical/psychiatry-note-2026-11-30.txt"),
        ("Why quetiapine stopped", "13 kg weight gain and A1c 6.3%", "clinical/psychiatry-note-2026-11-30.txt"),
        ("Lamotrigine status", "Lamotrigine 200 mg daily since 02/2024, continuing", "clinical/psychiatry-note-2026-11-30.txt"),
        ("Suicidality", "Active suicidal ideation", "clinical/psychiatry-note-2026-11-30.txt"),
        ("Weight loss", "weight down 5.8 kg in four weeks", "clinical/psychiatry-note-2026-11-30.txt"),
        ("MADRS on 11/30", "Today: MADRS 40", "clinical/psychiatry-note-2026-11-30.txt"),
        ("MFM on valproate", "Valproate should not be used in this pregnancy", "clinical/mfm-consult-2026-12-01.txt"),
        ("Gestational age", "24 weeks 0 days", "clinical/mfm-consult-2026-12-01.txt"),
     ])

# ---------------------------------------------------------------------------------------------------------------
# 08 state employees' plan, self-funded, DE: ECT to augment clozapine (schizoaffective). UM-ECT-12 crit. 3 and
# exclusion 4. Denial quotes a clozapine level of 182 from 05/11/2026 (before a dose increase); levels 391-436
# since 06/22/2026 (20 weeks). Divalproex continues and will be held the evening before ECT days. Olanzapine
# stopped for diabetes. Treating psychiatrist writes.
N = "08"
case(n=N, slug="08-governmental-self-funded-ect-clozapine-old-level-divalproex-held-olanzapine-diabetes-psychiatrist",
     npis={"NPI1": "137746205"},
     yaml=r"""# FICTIONAL CASE (set 77, case 08) - every person, plan, provider, number and address is invented.
# State employees' plan, self-funded, not grandfathered, DE (14,000 employees). ECT to augment clozapine for
# schizoaffective disorder denied pre-service under UM-ECT-12: criterion 3 ("clozapine level 182 ng/mL on
# 05/11/2026; not optimized") and exclusion 4 ("takes divalproex"). The 182 came before a dose increase; levels
# since 06/22/2026 are 391, 418 and 436 (20 weeks at 350 or more by 11/10/2026). Divalproex is to be held the
# evening before each treatment, as exclusion 4 allows. First internal appeal; the treating psychiatrist writes.
patient:
  name: Ignatius Obermeyer-Tran
  salutation: Mr. Obermeyer-Tran
  date_of_birth: 1992-08-27
  member_id: FICT-FSE-D70326481
  address: |-
    42 Silver Lake Road, Harbor House Residence
    Dover, DE 19904
  phone: (302) 555-0118
insurer:
  name: First State Employee Health Plan (FICTIONAL), administered by Brandywine Claims Services (FICTIONAL)
  appeals_address: |-
    Brandywine Claims Services, Appeals Unit (FICTIONAL)
    PO Box 15530
    Wilmington, DE 19850
  fax: (302) 555-0169
claim:
  number: UM-26-1110-24479
  plan_type: governmental
  funding: self_funded
  employees: 14000
  grandfathered: false
  notice_date: 2026-11-18
  procedure_codes: ["90870", "00104"]
  diagnosis_codes: [F25.0]
  sessions: 12
  denial_reason: >-
    UM-ECT-12 criterion 3 is not met: clozapine level 182 ng/mL on 05/11/2026 is below 350 ng/mL; clozapine has
    not been optimized. Exclusion 4 applies: member takes divalproex 1,500 mg daily.
  denial_category: medical_necessity
  action: none
  reviewer:
    name: Dr. Percival Amundsen-Kaur
    specialty: psychiatry
  corrections:
    - said: clozapine level 182 ng/mL on 05/11/2026 is below 350 ng/mL; clozapine has not been optimized.
      record: >-
        the level of 182 ng/mL was drawn on 300 mg daily; the dose was raised to 450 mg on 05/18/2026 and the
        levels since were 391 ng/mL (06/22/2026), 418 ng/mL (08/17/2026) and 436 ng/mL (10/26/2026): 20 weeks at
        350 or more by the request of 11/10/2026
      file: [clinical/clozapine-levels-2026.txt, clinical/psychiatry-note-2026-11-06.txt]
      page: 1
    - said: 'Exclusion 4 applies: member takes divalproex 1,500 mg daily.'
      record: >-
        he does take divalproex 1,500 mg daily; the treatment plan holds the evening dose before each treatment
        day and lowers the dose to 1,000 mg during the course, which is what exclusion 4 allows ("cannot be held
        or reduced")
      file: clinical/psychiatry-note-2026-11-06.txt
      page: 1
      leaves_out: true
treatment:
  name: electroconvulsive therapy (ECT) to augment clozapine, up to 12 treatments
  summary: >-
    ECT added to clozapine for schizoaffective disorder whose psychotic symptoms persist after two antipsychotics
    and clozapine at a therapeutic level for 20 weeks.
  plan: >-
    Bilateral ECT three times weekly, up to 12 treatments, at Kent General Behavioral Health (FICTIONAL), with
    clozapine 450 mg continued; divalproex reduced to 1,000 mg daily during the course and the evening dose held
    before each treatment day; PANSS at baseline, after treatment 6 and after treatment 12.
  alongside: clozapine 450 mg daily
clinical:
  history:
    - drug: risperidone
      dose: 6 mg daily
      start: 2019-03
      end: 2019-06
      weeks: 10
      kind: other
      adequate: true
      failed: true
      response: partial
      outcome: Partial response; persistent hallucinations.
      evidence: {file: clinical/psychiatry-note-2026-11-06.txt, page: 1}
    - drug: olanzapine
      dose: 20 mg daily
      start: 2021-02
      end: 2021-06
      weeks: 16
      kind: other
      adequate: true
      failed: true
      response: partial
      outcome: Partial response; stopped for type 2 diabetes (A1c 7.1%).
      evidence: {file: clinical/psychiatry-note-2026-11-06.txt, page: 1}
    - drug: clozapine
      dose: 450 mg daily since 05/18/2026 (levels 391-436 ng/mL)
      start: 2024-01
      ongoing: true
      kind: other
      adequate: true
      response: partial
      outcome: PANSS 98 to 84 in 2024; 86 on 10/26/2026 at levels of 350 or more since 06/22/2026. Continuing.
      evidence: {file: clinical/clozapine-levels-2026.txt, page: 1}
    - drug: divalproex
      dose: 1,500 mg daily (level 78 mcg/mL)
      start: 2022-09
      ongoing: true
      kind: other
      response: partial
      outcome: For the mood component; continuing, to be held the evening before ECT days.
      evidence: {file: clinical/psychiatry-note-2026-11-06.txt, page: 1}
    - drug: metformin
      dose: 1,000 mg twice daily
      start: 2021-06
      ongoing: true
      kind: other
      outcome: For type 2 diabetes; not a psychiatric treatment.
  severity: PANSS 86 on 10/26/2026
  severity_date: 2026-10-26
  suicidality: none
  suicidality_date: 2026-11-06
  treating_since: 2021-01
impact:
  daily_life: Lives at Harbor House Residence (a group home); has not worked since 2023; one psychiatric admission in 2025.
  hospitalizations: One admission, 03/2025, for command hallucinations.
payer_criteria:
  - criterion: 1. Schizophrenia or schizoaffective disorder with persistent positive symptoms (PANSS 70 or more).
    how_met: Schizoaffective disorder, bipolar type (F25.0); PANSS 86 on 10/26/2026.
    met: true
    evidence: {file: clinical/psychiatry-note-2026-11-06.txt, page: 1}
  - criterion: 2. Inadequate response to two non-clozapine antipsychotics at adequate dose for at least 6 weeks each.
    how_met: Risperidone 6 mg for 10 weeks; olanzapine 20 mg for 16 weeks.
    met: true
    evidence: {file: clinical/psychiatry-note-2026-11-06.txt, page: 1}
  - criterion: 3. Clozapine for at least 12 weeks at a serum level of 350 ng/mL or more, or clozapine intolerance.
    how_met: Levels 391 (06/22/2026), 418 (08/17/2026) and 436 ng/mL (10/26/2026) on 450 mg, 20 weeks by 11/10/2026.
    met: true
    evidence: {file: clinical/clozapine-levels-2026.txt, page: 1}
  - criterion: 4 (exclusion). Concurrent anticonvulsant therapy that cannot be held or reduced on treatment days.
    how_met: Divalproex will be reduced to 1,000 mg and the evening dose held before each treatment day; the exclusion does not apply.
    met: true
    evidence: {file: clinical/psychiatry-note-2026-11-06.txt, page: 1}
plan_policy:
  name: First State Employee Health Plan utilization management criteria UM-ECT-12, ECT for schizophrenia and schizoaffective disorder
  number: UM-ECT-12
  quote: >-
    ECT is medically necessary for schizophrenia or schizoaffective disorder when 1-3 are met and 4 does not
    apply: 1. Persistent positive symptoms (PANSS 70 or more). 2. Inadequate response to two non-clozapine
    antipsychotics at adequate dose for at least 6 weeks each. 3. Clozapine for at least 12 weeks at a serum
    level of 350 ng/mL or more, or clozapine intolerance. 4. Exclusion: concurrent anticonvulsant therapy that
    cannot be held or reduced on treatment days.
  file: other/um-ect-12-criteria.txt
author:
  name: Dr. Wilhelmina Strand-Okonjo
  relation: physician
  role: Treating psychiatrist (MD)
  address: |-
    Kent County Community Psychiatry
    655 South Bay Road, Suite 3B
    Dover, DE 19901
  phone: (302) 555-0136
  authorization: other/patient-consent-2026-11-23.txt
provider:
  name: Dr. Wilhelmina Strand-Okonjo
  credentials: MD, psychiatry
  npi: "{NPI1}"
  address: |-
    Kent County Community Psychiatry
    655 South Bay Road, Suite 3B
    Dover, DE 19901
  phone: (302) 555-0136
peer_to_peer:
  availability: weekdays 12-1 pm
record_dates:
  - {file: denial/um-denial-2026-11-18.txt, date: 2026-11-18}
  - {file: clinical/psychiatry-note-2026-11-06.txt, date: 2026-11-06}
  - {file: clinical/clozapine-levels-2026.txt, date: 2026-10-26}
  - {file: other/group-home-note-2026-11-20.txt, date: 2026-11-20}
  - {file: other/patient-consent-2026-11-23.txt, date: 2026-11-23}
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
     docs={
"denial/um-denial-2026-11-18.txt": doc(N, r"""
BRANDYWINE CLAIMS SERVICES (FICTIONAL) FOR FIRST STATE EMPLOYEE HEALTH PLAN (FICTIONAL)
NOTICE OF ADVERSE BENEFIT DETERMINATION - PRE-SERVICE
Date: 11/18/2026
Member: Ignatius Obermeyer-Tran   Member ID: FICT-FSE-D70326481   Reference: UM-26-1110-24479
Request received: 11/10/2026   Service: electroconvulsive therapy, up to 12 treatments (90870, 00104)
Provider: Wilhelmina Strand-Okonjo, MD (NPI {NPI1})
Decision: denied. UM-ECT-12 criterion 3 is not met: clozapine level 182 ng/mL on 05/11/2026 is below 350 ng/mL;
clozapine has not been optimized. Exclusion 4 applies: member takes divalproex 1,500 mg daily.
Reviewer: Percival Amundsen-Kaur, MD, psychiatry. The plan is self-funded and not grandfathered.
Appeal: within 180 days of receipt, to Brandywine Claims Services, Appeals Unit (FICTIONAL), PO Box 15530,
Wilmington, DE 19850, fax (302) 555-0169. External review is available after the internal appeal.
Questions: 1-800-555-0179.
"""),
"clinical/psychiatry-note-2026-11-06.txt": doc(N, r"""
KENT COUNTY COMMUNITY PSYCHIATRY (FICTIONAL) - ECT CONSULTATION AND TREATMENT PLAN
Date: 11/06/2026
Patient: Ignatius Obermeyer-Tran   DOB: 08/27/1992
Psychiatrist: Wilhelmina Strand-Okonjo, MD (treating since January 2021)
Schizoaffective disorder, bipolar type (F25.0). Persistent auditory hallucinations and paranoid ideas.
Antipsychotics: risperidone 6 mg 03/2019-06/2019 (10 weeks): partial response. Olanzapine 20 mg 02/2021-06/2021
(16 weeks): partial response; stopped for type 2 diabetes (A1c 7.1%); metformin since. Clozapine since 01/2024:
PANSS 98 to 84 in 2024. Level 182 ng/mL on 05/11/2026 at 300 mg daily (after he stopped smoking); dose raised to
450 mg on 05/18/2026; levels since 391, 418 and 436 ng/mL (see lab summary). PANSS 86 on 10/26/2026.
Divalproex 1,500 mg daily since 09/2022 for mood (level 78 mcg/mL); continuing.
Today: no suicidal ideation. Capacity to consent to ECT assessed and present; he wants to proceed.
Plan: bilateral ECT three times weekly, up to 12 treatments, clozapine 450 mg continued; divalproex reduced to
1,000 mg daily during the course and the evening dose held before each treatment day.
"""),
"clinical/clozapine-levels-2026.txt": doc(N, r"""
DELMARVA REFERENCE LABORATORY (FICTIONAL) - CLOZAPINE LEVEL SUMMARY
Printed: 10/26/2026   Patient: Ignatius Obermeyer-Tran   DOB: 08/27/1992
05/11/2026  clozapine 182 ng/mL   (dose 300 mg/day)
06/22/2026  clozapine 391 ng/mL   (dose 450 mg/day)
08/17/2026  clozapine 418 ng/mL   (dose 450 mg/day)
10/26/2026  clozapine 436 ng/mL   (dose 450 mg/day)
Absolute neutrophil counts within range throughout.
"""),
"other/um-ect-12-criteria.txt": doc(N, r"""
FIRST STATE EMPLOYEE HEALTH PLAN (FICTIONAL) - UTILIZATION MANAGEMENT CRITERIA UM-ECT-12 (2026)
ECT for schizophrenia or schizoaffective disorder is medically necessary when 1-3 are met and 4 does not apply:
1. Persistent positive symptoms (PANSS 70 or more).
2. Inadequate response to two non-clozapine antipsychotics at adequate dose for at least 6 weeks each.
3. Clozapine for at least 12 weeks at a serum level of 350 ng/mL or more, or clozapine intolerance.
4. Exclusion: concurrent anticonvulsant therapy that cannot be held or reduced on treatment days.
"""),
"other/group-home-note-2026-11-20.txt": doc(N, r"""
HARBOR HOUSE RESIDENCE (FICTIONAL) - HOUSE MANAGER'S NOTE
Date: 11/20/2026
Re: Ignatius Obermeyer-Tran (resident since 2023)
Staff give his medicines twice daily and can hold the evening divalproex dose on the nights before ECT as his
psychiatrist directs, and bring him to each treatment. - Dorian Peck, house manager, (302) 555-0147
"""),
"other/patient-consent-2026-11-23.txt": doc(N, r"""
PATIENT CONSENT (FICTIONAL)
Date: 11/23/2026
I, Ignatius Obermeyer-Tran, ask Dr. Wilhelmina Strand-Okonjo to appeal the denial UM-26-1110-24479 for me and
allow the plan to share information about it with her. My mother, Greta Obermeyer-Tran, may be told of the
decision.
Signed: Ignatius Obermeyer-Tran
"""),
     },
     truth=r"""# FICTIONAL TRUTH FILE - 08 - state employees' plan: ECT to augment clozapine; an old level and a medicine that can be held (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- State employees' plan (governmental), **self-funded**, **not grandfathered**, DE, 14,000 employees. Pre-service
  denial 11/18/2026 of ECT (up to 12) under **UM-ECT-12 criterion 3 and exclusion 4**. First internal appeal
  within 180 days of receipt (**05/17/2027** counted from the notice date); external review after (45 CFR
  147.136 applies to a non-grandfathered government plan). Treating psychiatrist writes (physician), with the
  patient's consent; he has capacity and wants ECT.
- **Clozapine level 182 ng/mL on 05/11/2026 at 300 mg** (after he stopped smoking); dose raised to **450 mg on
  05/18/2026**; levels **391 (06/22), 418 (08/17), 436 (10/26)**: at 350 or more for **20 weeks** by the
  11/10/2026 request. Criterion 3 is met. The denial quoted the only low level.
- **Divalproex 1,500 mg daily continues** (level 78); the plan **reduces to 1,000 mg and holds the evening dose**
  before each treatment day; the group home (Dorian Peck, house manager) can do it. Exclusion 4 applies only when
  the anticonvulsant "cannot be held or reduced": it does not apply.
- Risperidone 6 mg 10 wk partial; **olanzapine 20 mg 16 wk partial, stopped for type 2 diabetes** (A1c 7.1;
  metformin continues). Criterion 2 met.
- Clozapine continues (450 mg), partial response: PANSS 98 -> 84 (2024), **86 on 10/26/2026**. No suicidal
  ideation on 11/06/2026.
- Reviewer: a psychiatrist (the letter must not say the reviewer lacked the specialty).

## Deliberately unknown
- Why the 05/11/2026 level was in the plan's file rather than later ones (which records were sent).
- The exact date he stopped smoking.
- The ECT electrode placement beyond "bilateral" and the seizure-threshold plan beyond holding divalproex.

## Traps
- Saying clozapine "failed" or was stopped; it continues, with a partial response.
- Saying divalproex will be stopped, or that he does not take it.
- Calling olanzapine or risperidone "no response" (both partial); counting metformin as a psychiatric trial.
- Saying the reviewer was not a psychiatrist.
- Governmental plan: not ERISA (no 29 CFR 2560.503-1 as ERISA law, though 45 CFR 147.136 applies it). This
  truth file takes no position on parity for this plan: the denial is answered on its own criteria.
- Suicidality: none; no harm paragraph about suicide.
- The mother (Greta) is not the author or a representative.

## Arguments a strong letter makes
1. Criterion 3: the 182 ng/mL predates the dose increase; three levels of 391-436 ng/mL over 20 weeks meet
   "12 weeks at 350 or more" (lab summary, page 1).
2. Exclusion 4 by its own words reaches only an anticonvulsant that cannot be held or reduced; the plan reduces
   and holds it, and the group home confirms it can.
3. Criteria 1 and 2 met (PANSS 86; risperidone, olanzapine). ECT is used to augment clozapine when it is only
   partly effective.
4. Offer a peer-to-peer (weekdays 12-1 pm); ask for a fresh review by someone not involved in the denial.

## What a letter must NOT say
- "Clozapine has been optimized since January 2024" (it was below 350 in May 2026).
- "He does not take an anticonvulsant."
- "The reviewer was not a psychiatrist."
- "suicidal ideation".
- ERISA as the governing law for a state plan.
""",
     answers=[
        ("Date of the denial", "Date: 11/18/2026", "denial/um-denial-2026-11-18.txt"),
        ("Level the denial quoted", "clozapine level 182 ng/mL on 05/11/2026", "denial/um-denial-2026-11-18.txt"),
        ("Exclusion applied", "Exclusion 4 applies: member takes divalproex 1,500 mg daily", "denial/um-denial-2026-11-18.txt"),
        ("Reviewer's specialty", "Percival Amundsen-Kaur, MD, psychiatry", "denial/um-denial-2026-11-18.txt"),
        ("Plan's status", "self-funded and not grandfathered", "denial/um-denial-2026-11-18.txt"),
        ("Exclusion 4's words", "cannot be held or reduced on treatment days", "other/um-ect-12-criteria.txt"),
        ("Dose at the low level", "05/11/2026  clozapine 182 ng/mL   (dose 300 mg/day)", "clinical/clozapine-levels-2026.txt"),
        ("Date of dose increase", "dose raised to\n450 mg on 05/18/2026", "clinical/psychiatry-note-2026-11-06.txt"),
        ("Level on 06/22", "06/22/2026  clozapine 391 ng/mL", "clinical/clozapine-levels-2026.txt"),
        ("Level on 10/26", "10/26/2026  clozapine 436 ng/mL", "clinical/clozapine-levels-2026.txt"),
        ("Why olanzapine stopped", "stopped for type 2 diabetes (A1c 7.1%)", "clinical/psychiatry-note-2026-11-06.txt"),
        ("Risperidone trial", "risperidone 6 mg 03/2019-06/2019 (10 weeks): partial response", "clinical/psychiatry-note-2026-11-06.txt"),
        ("Divalproex plan", "the evening dose held before each treatment day", "clinical/psychiatry-note-2026-11-06.txt"),
        ("PANSS", "PANSS 86 on 10/26/2026", "clinical/psychiatry-note-2026-11-06.txt"),
        ("Capacity", "Capacity to consent to ECT assessed and present", "clinical/psychiatry-note-2026-11-06.txt"),
        ("Who at the group home", "Dorian Peck, house manager", "other/group-home-note-2026-11-20.txt"),
     ])

# ---------------------------------------------------------------------------------------------------------------
PHONE_OK = re.compile(r"(\(\d{3}\) 555-01\d\d|1-8\d\d-555-01\d\d)(?!\d)")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
WEB = re.compile(r"(https?://\S+|www\.\S+)")


def norm(t):
    return re.sub(r"\s+", " ", t).strip().lower()


def text_problems(where, text):
    probs = []
    for m in re.finditer(r"555-\d{4}", text):
        start = max(0, m.start() - 6)
        window = text[start:m.end() + 1]
        if not PHONE_OK.search(text[max(0, m.start() - 10):m.end() + 1]):
            probs.append(f"{where}: phone not in (NNN) 555-01xx / 1-8NN-555-01xx form: ...{window}...")
    for m in EMAIL.finditer(text):
        if not m.group(0).lower().endswith(".example"):
            probs.append(f"{where}: e-mail not on .example: {m.group(0)}")
    for m in WEB.finditer(text):
        if ".example" not in m.group(0):
            probs.append(f"{where}: web address not on .example: {m.group(0)}")
    for m in re.finditer(r"NPI[^0-9\n]{0,12}(\d{10})", text):
        if not luhn_ok("80840" + m.group(1)):
            probs.append(f"{where}: NPI {m.group(1)} fails the Luhn check")
    return probs


def build(c):
    folder = os.path.join(HERE, c["slug"])
    truth_path = os.path.join(HERE, c["slug"] + ".truth.md")
    if os.path.isdir(folder):
        shutil.rmtree(folder)
    for old in os.listdir(HERE):
        if old.startswith(c["n"] + "-") and old.endswith(".truth.md"):
            os.remove(os.path.join(HERE, old))
        if old.startswith(c["n"] + "-") and os.path.isdir(os.path.join(HERE, old)):
            shutil.rmtree(os.path.join(HERE, old))
    subs = {k: npi(v) for k, v in c["npis"].items()}

    def fill(t):
        for k, v in subs.items():
            t = t.replace("{" + k + "}", v)
        return t

    os.makedirs(folder)
    yaml_text = fill(c["yaml"])
    with open(os.path.join(folder, "case.yaml"), "w", encoding="utf-8") as f:
        f.write(yaml_text)
    docs = {}
    for rel, body in c["docs"].items():
        path = os.path.join(folder, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        docs[rel] = fill(body)
        with open(path, "w", encoding="utf-8") as f:
            f.write(docs[rel])
    truth = fill(c["truth"])
    with open(truth_path, "w", encoding="utf-8") as f:
        f.write(truth)

    probs = []
    # case.yaml
    if "FICTIONAL" not in yaml_text.splitlines()[0]:
        probs.append("case.yaml: first line lacks FICTIONAL")
    try:
        data = YAML(typ="safe").load(io.StringIO(yaml_text))
    except Exception as e:  # noqa
        probs.append(f"case.yaml does not parse: {e}")
        data = {}
    probs += text_problems("case.yaml", yaml_text)
    for rel in set(re.findall(r"(?:denial|clinical|other)/[\w.-]+\.txt", yaml_text)):
        if rel not in docs:
            probs.append(f"case.yaml names {rel}, which is not written")
    for m in re.finditer(r'npi: "(\d{10})"', yaml_text):
        if not luhn_ok("80840" + m.group(1)):
            probs.append(f"case.yaml: npi {m.group(1)} fails Luhn")
    # documents
    for rel, body in docs.items():
        top = rel.split("/")[0]
        if top not in ("denial", "clinical", "other") or not rel.endswith(".txt"):
            probs.append(f"{rel}: not a .txt in denial/, clinical/ or other/")
        if not body.startswith("FICTIONAL DOCUMENT") or "END OF FICTIONAL DOCUMENT" not in body.strip().splitlines()[-1]:
            probs.append(f"{rel}: FICTIONAL header/footer missing")
        if "{NPI" in body:
            probs.append(f"{rel}: unfilled NPI placeholder")
        probs += text_problems(rel, body)
    # truth
    tl = truth.splitlines()
    if "FICTIONAL" not in tl[0]:
        probs.append("truth: first line lacks FICTIONAL")
    heads = [l[3:].strip() for l in tl if l.startswith("## ")]
    if heads != HEADINGS:
        probs.append(f"truth: headings {heads} != {HEADINGS}")
    probs += text_problems("truth", truth)
    # answers
    if len(c["answers"]) != 16:
        probs.append(f"{len(c['answers'])} answers, not 16")
    for q, a, rel in c["answers"]:
        if rel not in docs:
            probs.append(f"answer '{q}': document {rel} not written")
        elif norm(a) not in norm(docs[rel]):
            probs.append(f"answer '{q}': '{a}' not printed in {rel}")
    return folder, probs, data


def main(argv):
    check = "--check" in argv
    only = [a for a in argv if not a.startswith("--")]
    cases = [c for c in CASES if not only or c["n"] in only]
    all_probs, results = [], []
    for c in cases:
        folder, probs, data = build(c)
        print(f"case {c['n']}: {c['slug']}: {len(c['answers'])} answers, {len(c['docs'])} documents, "
              f"{len(probs)} problems")
        for p in probs:
            print("   PROBLEM", p)
        all_probs += probs
        results.append((c, folder))
    print(f"TOTAL: {len(cases)} cases, {sum(len(c['answers']) for c in cases)} expected answers, "
          f"{len(all_probs)} problems")
    bad = bool(all_probs)
    if check:
        out = []
        ak = "/work/main/.venv/bin/appeal-kit"
        for c, folder in results:
            r = subprocess.run([ak, "check", folder], capture_output=True, text=True, cwd=HERE)
            out.append(f"===== case {c['n']} ({os.path.basename(folder)}): check exit {r.returncode}\n"
                       f"{r.stdout}{r.stderr}")
            print(f"check case {c['n']}: exit {r.returncode}")
            if r.returncode != 0:
                bad = True
        name = "check-output.txt" if not only else "check-output-partial.txt"
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
            f.write("\n".join(out))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
