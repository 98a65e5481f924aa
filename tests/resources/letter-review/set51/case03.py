"""Set 51 case 03 - FICTIONAL. Medicaid managed care: Auvelity denied as non-preferred under the July PDL; the
plan's own October formulary, in force on the request date, lists it as preferred with no prior authorization."""
SLUG = "medicaid-mco-auvelity-preferred-on-october-pdl-first-plan-appeal-sister"

CASE_YAML = """
# FICTIONAL CASE (letters set 51, case 03) - every person, plan, provider, number and address is invented.
# Medicaid managed care, Rhode Island, adult 36. Auvelity was asked for on 10/14/2026 and denied on 10/20/2026 as
# "non-preferred on the Preferred Drug List"; the plan's own formulary update effective 10/01/2026 lists it as
# preferred with no prior authorization. His sister, his authorized representative, files the plan appeal.
patient:
  name: Desmond Achebe-Varga
  salutation: Mr. Achebe-Varga
  date_of_birth: 1990-06-12
  member_id: FICT-NCH-55120447
  address: |-
    41 Wickenden Row, Apt 2
    Providence, RI 02903
  phone: (401) 555-0126
insurer:
  name: Narragansett Community Health Plan (FICTIONAL), a Medicaid managed care plan
  appeals_address: |-
    Narragansett Community Health Plan - Member Appeals (FICTIONAL)
    PO Box 9204
    Providence, RI 02940
  fax: (401) 555-0158
claim:
  number: RX-PA-26-1014-30772
  plan_type: medicaid
  delivery: managed_care
  notice_date: 2026-10-20
  appeal_deadline: 2026-12-19
  deadline_basis: >-
    Notice of adverse benefit determination of 10/20/2026: "You have 60 calendar days from the date of this notice to
    ask us for an appeal."
  diagnosis_codes: [F33.1]
  denial_reason: >-
    Dextromethorphan-bupropion ER (Auvelity) is a non-preferred drug on the Preferred Drug List. Non-preferred
    antidepressants require trials of two preferred antidepressants of at least 6 weeks each. Records show one trial
    (sertraline). Denied.
  denial_category: step_therapy
  denial_reasons: [step_therapy]
  action: none
  corrections:
    - said: Dextromethorphan-bupropion ER (Auvelity) is a non-preferred drug on the Preferred Drug List.
      record: >-
        The plan's own formulary update effective 10/01/2026, in force when the request was made on 10/14/2026, lists
        Auvelity as a preferred drug with no prior authorization; the notice applied the July 2026 list.
      file: other/formulary-update-effective-2026-10-01.txt
      page: 1
plan_policy:
  name: Narragansett Community Health Plan Preferred Drug List, step rule for non-preferred antidepressants (July 2026)
  quote: >-
    Non-preferred antidepressants require trials of two preferred antidepressants of at least 6 weeks each.
  file: other/pdl-july-2026-superseded.txt
  listed:
    name: Narragansett Community Health Plan Medicaid Formulary, update effective 10/01/2026
    entry: "Dextromethorphan-bupropion ER tablet (Auvelity) - PREFERRED - no prior authorization - limit 60 tablets per 30 days"
    file: other/formulary-update-effective-2026-10-01.txt
    page: 1
    as: a preferred drug that needs no prior authorization
payer_criteria:
  - criterion: "July 2026 list only: trials of two preferred antidepressants of at least 6 weeks each"
    how_met: >-
      Does not reach a preferred drug. On its own terms: sertraline 150 mg, 12 weeks, no response (one adequate
      trial); escitalopram stopped at 3 weeks for akathisia (an intolerance, not a 6-week trial).
    met: false
    evidence: {file: clinical/pmhnp-progress-note-2026-10-09.txt, page: 1}
treatment:
  name: Auvelity (dextromethorphan-bupropion ER) 45 mg/105 mg twice daily
  summary: >-
    An oral antidepressant of a different mechanism for recurrent major depression after no response to sertraline
    and intolerance to escitalopram.
  plan: One tablet daily for 3 days, then one tablet twice daily; PHQ-9 and blood pressure at 2, 4 and 8 weeks; continue if PHQ-9 falls by half by week 8.
clinical:
  severity: PHQ-9 19 on 10/09/2026; PHQ-9 21 on 11/03/2026
  severity_date: 2026-11-03
  suicidality: passive
  suicidality_date: 2026-10-09
  episode_onset: 2025-11
  history:
    - drug: Sertraline
      dose: 150 mg daily
      start: 2026-01-05
      end: 2026-03-30
      kind: antidepressant
      weeks: 12
      adequate: true
      failed: true
      response: none
      outcome: No response after 12 weeks, 8 of them at 150 mg
      evidence: {file: clinical/pmhnp-progress-note-2026-10-09.txt, page: 1}
    - drug: Escitalopram
      dose: 10 mg daily
      start: 2026-05-04
      end: 2026-05-27
      kind: antidepressant
      adequate: false
      failed: false
      outcome: Stopped after 3 weeks for akathisia and agitation (intolerance)
      evidence: {file: clinical/pmhnp-progress-note-2026-10-09.txt, page: 1}
    - drug: Bupropion SR
      dose: 150 mg twice daily for smoking cessation
      start: 2021-02
      end: 2021-05
      kind: other
      outcome: Given for smoking cessation before this episode; not a depression trial
      evidence: {file: clinical/pmhnp-progress-note-2026-10-09.txt, page: 1}
    - drug: Trazodone
      dose: 50 mg at bedtime for sleep
      start: 2026-04
      ongoing: true
      kind: other
      outcome: Sleep aid only; not an antidepressant trial
      evidence: {file: clinical/pmhnp-progress-note-2026-10-09.txt, page: 1}
    - drug: Cognitive behavioral therapy
      dose: weekly sessions
      start: 2026-02
      ongoing: true
      kind: psychotherapy
      sessions: 30
      outcome: Continuing weekly; not a medication trial
      evidence: {file: clinical/pmhnp-progress-note-2026-10-09.txt, page: 1}
impact:
  work: He lost his warehouse job in 09/2026 after missing shifts.
  daily_life: He has stopped seeing his children on his weekend visits.
author:
  name: Amara Achebe
  role: Sister and authorized representative
  relation: representative
  authorization: other/authorized-representative-form-2026-10-28.txt
  address: |-
    17 Broad Street
    Pawtucket, RI 02860
  phone: (401) 555-0129
provider:
  name: Jolene Marchetti
  credentials: DNP, PMHNP-BC
  npi: "1720495534"
  address: |-
    Fox Point Community Mental Health (FICTIONAL), 300 Gano Street
    Providence, RI 02906
  phone: (401) 555-0174
record_dates:
  - file: clinical/pmhnp-progress-note-2026-10-09.txt
    date: 2026-10-09
  - file: clinical/pmhnp-letter-2026-11-03.txt
    date: 2026-11-03
copies: [prescriber]
bates_prefix: ACHEBEVARGA
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/notice-of-adverse-benefit-determination-2026-10-20.txt": """
NARRAGANSETT COMMUNITY HEALTH PLAN (FICTIONAL) - MEDICAID MANAGED CARE
NOTICE OF ADVERSE BENEFIT DETERMINATION                           Date of notice: 10/20/2026
Member: Desmond Achebe-Varga   Member ID FICT-NCH-55120447   Request RX-PA-26-1014-30772 (received 10/14/2026)
Drug: dextromethorphan-bupropion ER 45/105 mg (Auvelity), 60 tablets per 30 days
Prescriber: Jolene Marchetti, PMHNP-BC

Reason: Dextromethorphan-bupropion ER (Auvelity) is a non-preferred drug on the Preferred Drug List. Non-preferred
antidepressants require trials of two preferred antidepressants of at least 6 weeks each. Records show one trial
(sertraline). Denied.

You have 60 calendar days from the date of this notice to ask us for an appeal. After our appeal decision you may
ask for a State Fair Hearing. Member Appeals, PO Box 9204, Providence, RI 02940; fax (401) 555-0158.
""",
    "clinical/pmhnp-progress-note-2026-10-09.txt": """
FOX POINT COMMUNITY MENTAL HEALTH (FICTIONAL) - PROGRESS NOTE              Date: 10/09/2026
Patient: Desmond Achebe-Varga   DOB 06/12/1990   Page 1 of 1   Jolene Marchetti, DNP, PMHNP-BC
Major depressive disorder, recurrent, moderate (F33.1); this episode since 11/2025. PHQ-9 19. Passive thoughts
that he "would be better off gone", no plan, no intent; safety plan updated.
Trials this episode: sertraline 01/05/2026-03/30/2026, 150 mg from 02/02/2026: no response.
escitalopram 10 mg 05/04/2026-05/27/2026: stopped for akathisia and agitation after 3 weeks.
Other: bupropion SR 150 mg twice daily 02/2021-05/2021 for smoking cessation (not for depression).
Sleep: trazodone 50 mg at bedtime since 04/2026. CBT weekly since 02/2026, continuing.
Plan: request Auvelity 45/105 mg twice daily.
""",
    "clinical/pmhnp-letter-2026-11-03.txt": """
FOX POINT COMMUNITY MENTAL HEALTH (FICTIONAL) - LETTER IN SUPPORT OF APPEAL      Date: 11/03/2026
Re: Desmond Achebe-Varga, DOB 06/12/1990   Page 1 of 1
Since the 10/20/2026 denial Mr. Achebe-Varga's PHQ-9 has risen to 21 (11/03/2026). He had no response to
sertraline after 12 weeks and could not tolerate escitalopram (akathisia). Auvelity is on the plan's own formulary
as a preferred drug since 10/01/2026. I ask that it be approved now.
Jolene Marchetti, DNP, PMHNP-BC, NPI 1720495534
""",
    "other/formulary-update-effective-2026-10-01.txt": """
NARRAGANSETT COMMUNITY HEALTH PLAN (FICTIONAL) - MEDICAID FORMULARY UPDATE
Effective 10/01/2026 (posted 09/15/2026)                                         Page 1 of 1
Antidepressants, other:
Dextromethorphan-bupropion ER tablet (Auvelity) - PREFERRED - no prior authorization - limit 60 tablets per 30 days
Change from the July 2026 list: moved from non-preferred to preferred.
""",
    "other/pdl-july-2026-superseded.txt": """
NARRAGANSETT COMMUNITY HEALTH PLAN (FICTIONAL) - PREFERRED DRUG LIST, JULY 2026
Effective 07/01/2026 - replaced by the update effective 10/01/2026                  Page 12 of 40
Antidepressants, other: dextromethorphan-bupropion ER (Auvelity) - NON-PREFERRED.
Non-preferred antidepressants require trials of two preferred antidepressants of at least 6 weeks each.
""",
    "other/authorized-representative-form-2026-10-28.txt": """
NARRAGANSETT COMMUNITY HEALTH PLAN (FICTIONAL) - AUTHORIZED REPRESENTATIVE FORM       Signed 10/28/2026
Member: Desmond Achebe-Varga   Member ID FICT-NCH-55120447
I name my sister, Amara Achebe, 17 Broad Street, Pawtucket, RI 02860, (401) 555-0129, to act for me in my appeal
of request RX-PA-26-1014-30772. Signed: Desmond Achebe-Varga
""",
}

TRUTH = """
# 03 - Medicaid managed care: Auvelity denied as non-preferred under a July list; the plan's own October formulary lists it as preferred with no prior authorization; first plan appeal by his sister (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Desmond Achebe-Varga, 36 (DOB 06/12/1990), in **Narragansett Community Health Plan** (`medicaid`, managed care,
  Rhode Island), has recurrent major depression (F33.1), episode since 11/2025, PHQ-9 19 on 10/09/2026 and 21 on
  11/03/2026; passive thoughts of being "better off gone" on 10/09/2026, no plan or intent.
- The request of **10/14/2026** for Auvelity was denied on **10/20/2026** as "non-preferred on the Preferred Drug List".
- **The plan's own formulary update effective 10/01/2026** (posted 09/15/2026) lists Auvelity as **PREFERRED, no prior
  authorization**, 60 tablets per 30 days. The request came after that date; the notice applied the July 2026 list.
- Fallback facts: sertraline 150 mg, 12 weeks, no response (adequate, failed); escitalopram 10 mg stopped after 3
  weeks for akathisia (an intolerance, not a 6-week trial).
- The PMHNP's letter of **11/03/2026** postdates the notice; it was not before the reviewer.
- **Rule and stage:** first plan appeal, 42 CFR 438.402(c)(2)(ii): 60 days from the notice: **by 12/19/2026**; the
  plan resolves a standard appeal under 438.408; a State Fair Hearing follows within 120 days of the plan's notice of
  resolution (438.408(f)(2)). Medicaid managed care parity rule is 42 CFR 438.910. Nothing was authorized before, so
  there is no care to continue (438.420 does not apply: `action: none`).
- **Author:** his sister, authorized representative (form of 10/28/2026); she writes about "Mr. Achebe-Varga".

## Deliberately unknown
- Whether the July list's step rule accepts an intolerance in place of a 6-week trial: its words do not say; a letter
  must not claim it does.
- Why the reviewer used the July list: not known.
- Whether the state's own preferred drug list matches the plan's formulary: not in the case; a letter must not cite
  a state PDL.

## Traps
- **The plan's own list grants the drug:** the winning point is a plan document and its effective date
  (10/01/2026), not clinical. A letter must never concede Auvelity is non-preferred.
- **Stale document:** the July 2026 list in other/ (non-preferred) was replaced on 10/01/2026.
- **A drug stopped for side effects:** escitalopram (3 weeks, akathisia) is an intolerance, never "a failed 6-week trial".
- **Not a depression trial:** bupropion SR in 2021 was for smoking cessation; never counted as an antidepressant trial.
- **Sleep dose:** trazodone 50 mg; **psychotherapy** (CBT, continuing) is never listed among failed drugs.
- **Record after the decision:** the 11/03/2026 letter and PHQ-9 21.
- **Wrong law:** no ERISA, no 45 CFR 147.136, no MHPAEA citations for an employer plan (438.910 only), no Medicare
  rules; no EPSDT (he is 36); no external review.
- **Voice:** the sister writes about her brother.

## Arguments a strong letter makes, strongest first
1. The plan's own formulary in force on the request date (effective 10/01/2026) lists Auvelity as preferred with no
   prior authorization; the step rule for non-preferred drugs does not reach it. Withdraw the denial and cover it.
2. Correct the notice's statement that it is non-preferred, citing the October update.
3. In the alternative only: one adequate preferred trial failed (sertraline) and one preferred drug was not tolerated
   (escitalopram); ask the plan to approve an exception, and say the symptoms have worsened since the notice (PHQ-9 21).

## What a letter must NOT say
- "non-preferred" as a concession; "failed escitalopram"; "two failed trials"; bupropion as a depression trial.
- "EPSDT", "ERISA", "45 CFR 147.136", "MHPAEA" (as an employer-plan rule), "external review", "continue benefits".
- "active suicidal ideation"; "suicide attempt".
- "I have tried" in the patient's voice.
"""

ANSWERS = [
    ("plan type", "plan_type: medicaid", "case.yaml"),
    ("delivery", "delivery: managed_care", "case.yaml"),
    ("notice date", "Date of notice: 10/20/2026", "denial/notice-of-adverse-benefit-determination-2026-10-20.txt"),
    ("request date", "received 10/14/2026", "denial/notice-of-adverse-benefit-determination-2026-10-20.txt"),
    ("deadline", "by 12/19/2026", "truth"),
    ("formulary entry", "Dextromethorphan-bupropion ER tablet (Auvelity) - PREFERRED - no prior authorization", "other/formulary-update-effective-2026-10-01.txt"),
    ("formulary effective date", "Effective 10/01/2026 (posted 09/15/2026)", "other/formulary-update-effective-2026-10-01.txt"),
    ("stale list", "replaced by the update effective 10/01/2026", "other/pdl-july-2026-superseded.txt"),
    ("escitalopram", "stopped for akathisia and agitation after 3 weeks", "clinical/pmhnp-progress-note-2026-10-09.txt"),
    ("sertraline", "sertraline 01/05/2026-03/30/2026, 150 mg from 02/02/2026: no response", "clinical/pmhnp-progress-note-2026-10-09.txt"),
    ("bupropion", "for smoking cessation (not for depression)", "clinical/pmhnp-progress-note-2026-10-09.txt"),
    ("record after decision", "PHQ-9 has risen to 21 (11/03/2026)", "clinical/pmhnp-letter-2026-11-03.txt"),
    ("fair hearing window", "within 120 days of the plan's notice of resolution (438.408(f)(2))", "truth"),
    ("parity rule", "42 CFR 438.910", "truth"),
    ("author", "I name my sister, Amara Achebe", "other/authorized-representative-form-2026-10-28.txt"),
    ("must not", "\"failed escitalopram\"", "truth"),
]
