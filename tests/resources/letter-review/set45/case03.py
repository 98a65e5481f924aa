"""Set 45, case 03 (FICTIONAL): Medicaid managed care, adult; milnacipran for fibromyalgia denied under the plan's own
step rule although the state's single preferred drug list, which the plan must follow, lists it as preferred from
10/01/2026. First plan appeal by the treating PA-C."""
SLUG = "03-medicaid-mco-milnacipran-fibromyalgia-state-single-pdl-preferred-first-appeal-pa-c"

CASE_YAML = """
# FICTIONAL CASE (set 45, case 03) - every person, plan, provider, number and address is invented.
# Medicaid managed care (IA). Rosalind Achebe-Marsh, 46, fibromyalgia with depression. Her rheumatology PA-C asked
# for milnacipran on 10/28/2026; the plan denied it 11/10/2026 under its own step rule RX-FM-2 (duloxetine and
# pregabalin, 8 weeks each; "duloxetine for 3 weeks only"). The state's single preferred drug list, which the plan's
# handbook says it follows, lists milnacipran as preferred with no prior authorization from 10/01/2026.
patient:
  name: Rosalind Achebe-Marsh
  salutation: Ms. Achebe-Marsh
  date_of_birth: 1980-09-12
  member_id: FICT-PCH-70318846
  address: |-
    822 Fifth Avenue SE, Apt 3
    Cedar Rapids, IA 52403
  phone: (319) 555-0115
insurer:
  name: Prairie Crest Health Plan (FICTIONAL)
  appeals_address: |-
    Prairie Crest Health Plan - Member Appeals (FICTIONAL)
    PO Box 61920
    Des Moines, IA 50306
  fax: (515) 555-0147
claim:
  number: PCH-RX-26-1028-44719
  plan_type: medicaid
  delivery: managed_care
  notice_date: 2026-11-10
  appeal_deadline: 2027-01-09
  deadline_basis: >-
    Notice of adverse benefit determination of 11/10/2026: "You have 60 calendar days from the date of this notice to
    ask for an appeal."
  diagnosis_codes: [M79.7, F33.1]
  denial_reason: >-
    Savella (milnacipran) is not on the plan's preferred drug list. Step therapy RX-FM-2 requires trials of duloxetine
    and pregabalin of at least 8 weeks each. Pharmacy claims show duloxetine for 3 weeks only.
  denial_category: step_therapy
  denial_reasons: [step_therapy]
  action: none
  corrections:
    - said: Savella (milnacipran) is not on the plan's preferred drug list.
      record: >-
        The Iowa Medicaid Single Preferred Drug List effective 10/01/2026, which the plan's 2026 Member Handbook
        section 8.1 says the plan uses, lists milnacipran tablets as preferred with no prior authorization.
      file: other/state-single-pdl-2026-10-01-excerpt.txt
      page: 1
    - said: Pharmacy claims show duloxetine for 3 weeks only.
      record: >-
        True as far as it goes: the record shows duloxetine was stopped after 3 weeks for vomiting and a blood pressure
        rise (an intolerance), and pregabalin has been taken since 04/2026 with a partial response.
      leaves_out: true
      file: clinical/rheumatology-note-2026-10-27.txt
      page: 1
plan_policy:
  name: Prairie Crest Health Plan step therapy RX-FM-2 (fibromyalgia agents)
  number: RX-FM-2
  quote: >-
    Savella (milnacipran) is non-preferred. Approve when the member has had trials of duloxetine and pregabalin of at
    least 8 weeks each, or intolerance or contraindication to both.
  file: other/plan-step-therapy-rx-fm-2-2025.txt
  listed:
    name: Iowa Medicaid Single Preferred Drug List (FICTIONAL excerpt), effective 10/01/2026
    entry: "milnacipran tablets (Savella) - PREFERRED - no PA required"
    file: other/state-single-pdl-2026-10-01-excerpt.txt
    page: 1
    as: a preferred drug with no prior authorization
  other_terms: >-
    Our plan uses the State of Iowa's Preferred Drug List. We cannot ask for more steps or prior authorization for a
    drug than the state's list does.
  other_terms_file: other/member-handbook-2026-section-8-excerpt.txt
  other_terms_apply: >-
    The request of 10/28/2026 came after the state's list of 10/01/2026 made milnacipran preferred with no prior
    authorization, so under the handbook the plan may not apply its own step rule to it.
payer_criteria:
  - criterion: "Trial of duloxetine of at least 8 weeks, or intolerance or contraindication to it"
    how_met: Duloxetine 01/05/2026-01/26/2026 was stopped after 3 weeks for vomiting and a blood pressure rise to 158/96, an intolerance the rule accepts
    met: true
    evidence: {file: clinical/rheumatology-note-2026-10-27.txt, page: 1}
  - criterion: "Trial of pregabalin of at least 8 weeks, or intolerance or contraindication to it"
    how_met: Pregabalin 150 mg twice daily since 04/06/2026, more than 8 weeks, with only a partial response (FIQR 79 to 68); it continues
    met: true
    evidence: {file: clinical/rheumatology-note-2026-10-27.txt, page: 1}
treatment:
  name: Savella (milnacipran) 50 mg twice daily
  summary: Milnacipran for fibromyalgia with recurrent depression, after duloxetine was not tolerated and pregabalin gave only a partial response.
  plan: Milnacipran titrated to 50 mg twice daily over one week; blood pressure and pulse checked at 2 and 6 weeks; reviewed at 12 weeks.
clinical:
  severity: FIQR 68 and PHQ-9 14 on 10/27/2026
  severity_date: 2026-10-27
  suicidality: none
  suicidality_date: 2026-10-27
  history:
    - drug: Duloxetine
      dose: 30 mg daily, then 60 mg daily
      start: 2026-01-05
      end: 2026-01-26
      weeks: 3
      kind: antidepressant
      adequate: false
      outcome: Stopped after 3 weeks for vomiting and a blood pressure rise to 158/96; an intolerance
      evidence: {file: clinical/rheumatology-note-2026-10-27.txt, page: 1}
    - drug: Pregabalin
      dose: 150 mg twice daily
      start: 2026-04-06
      ongoing: true
      kind: other
      adequate: true
      response: partial
      outcome: Partial response (FIQR 79 to 68); continued
      evidence: {file: clinical/rheumatology-note-2026-10-27.txt, page: 1}
    - drug: Cyclobenzaprine
      dose: 5 mg at bedtime for sleep
      start: 2025-11
      ongoing: true
      kind: other
      outcome: Bedtime dose for sleep; not a trial of a fibromyalgia drug
      evidence: {file: clinical/rheumatology-note-2026-10-27.txt, page: 1}
    - drug: Amitriptyline
      dose: 25 mg at bedtime for migraine prevention
      start: 2019-03
      end: 2020-02
      kind: other
      outcome: Taken for migraine prevention in 2019-2020, before the fibromyalgia diagnosis; not a fibromyalgia trial
      evidence: {file: clinical/rheumatology-note-2026-10-27.txt, page: 1}
author:
  name: Marcus Eberhardt, PA-C
  role: Physician assistant, rheumatology; the treating prescriber
  relation: prescriber
  authorization: other/member-written-consent-2026-11-18.txt
  address: |-
    Linn County Rheumatology Associates (FICTIONAL), 1948 First Avenue NE
    Cedar Rapids, IA 52402
  phone: (319) 555-0124
  fax: (319) 555-0125
provider:
  name: Marcus Eberhardt, PA-C
  credentials: Physician assistant
  npi: "1193847567"
  address: |-
    1948 First Avenue NE
    Cedar Rapids, IA 52402
  phone: (319) 555-0124
record_dates:
  - file: clinical/rheumatology-note-2026-10-27.txt
    date: 2026-10-27
bates_prefix: ACHEBEMARSH
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/notice-of-adverse-benefit-determination-2026-11-10.txt": """
PRAIRIE CREST HEALTH PLAN (FICTIONAL) - IOWA MEDICAID - NOTICE OF ADVERSE BENEFIT DETERMINATION   Date: 11/10/2026
Member: Rosalind Achebe-Marsh   Medicaid ID FICT-PCH-70318846   Request PCH-RX-26-1028-44719, received 10/28/2026
Drug: Savella (milnacipran) 50 mg twice daily. Prescriber: Marcus Eberhardt, PA-C.
Decision: denied. Savella (milnacipran) is not on the plan's preferred drug list. Step therapy RX-FM-2 requires
trials of duloxetine and pregabalin of at least 8 weeks each. Pharmacy claims show duloxetine for 3 weeks only.
You have 60 calendar days from the date of this notice to ask for an appeal. Your provider may appeal for you with
your written consent. After our appeal decision you may ask for a State Fair Hearing.
""",
    "clinical/rheumatology-note-2026-10-27.txt": """
LINN COUNTY RHEUMATOLOGY ASSOCIATES (FICTIONAL) - PROGRESS NOTE                           Date: 10/27/2026
Patient: Rosalind Achebe-Marsh   DOB 09/12/1980   Clinician: Marcus Eberhardt, PA-C   Page 1 of 1
Fibromyalgia (M79.7) since 2025; major depressive disorder, recurrent, moderate (F33.1), followed by her primary care.
Duloxetine 30 mg then 60 mg 01/05/2026-01/26/2026 (3 weeks): vomiting, BP 158/96; stopped - intolerance.
Pregabalin 150 mg twice daily since 04/06/2026: FIQR 79 -> 68, partial response; continue.
Cyclobenzaprine 5 mg at bedtime for sleep since 11/2025. Amitriptyline 25 mg at bedtime 03/2019-02/2020 was for
migraine prevention (neurology), before the fibromyalgia diagnosis.
Today: FIQR 68, PHQ-9 14, no suicidal ideation. BP 128/80. Plan: milnacipran 12.5 mg titrated to 50 mg twice daily;
BP and pulse at 2 and 6 weeks. Request sent to the plan 10/28/2026.
""",
    "other/state-single-pdl-2026-10-01-excerpt.txt": """
IOWA MEDICAID SINGLE PREFERRED DRUG LIST (FICTIONAL EXCERPT) - effective 10/01/2026                Page 1 of 1
Applies to fee-for-service Medicaid and to every Medicaid managed care plan.
Fibromyalgia agents:
  duloxetine capsules - PREFERRED
  pregabalin capsules - PREFERRED
  milnacipran tablets (Savella) - PREFERRED - no PA required
""",
    "other/member-handbook-2026-section-8-excerpt.txt": """
PRAIRIE CREST HEALTH PLAN (FICTIONAL) - 2026 MEMBER HANDBOOK (excerpt)                           Page 41 of 96
Section 8.1 Your prescription drugs
Our plan uses the State of Iowa's Preferred Drug List. We cannot ask for more steps or prior authorization for a
drug than the state's list does.
""",
    "other/plan-step-therapy-rx-fm-2-2025.txt": """
PRAIRIE CREST HEALTH PLAN (FICTIONAL) - PHARMACY STEP THERAPY RX-FM-2 (fibromyalgia agents)   Revised 03/2025
Savella (milnacipran) is non-preferred. Approve when the member has had trials of duloxetine and pregabalin of at
least 8 weeks each, or intolerance or contraindication to both.
""",
    "other/member-written-consent-2026-11-18.txt": """
MEMBER'S WRITTEN CONSENT TO A PROVIDER APPEAL (FICTIONAL)                                         Date: 11/18/2026
I, Rosalind Achebe-Marsh (Medicaid ID FICT-PCH-70318846), give my consent for Marcus Eberhardt, PA-C, to file an
appeal for me with Prairie Crest Health Plan about the denial of Savella (request PCH-RX-26-1028-44719).
Signed: Rosalind Achebe-Marsh
""",
    "other/pharmacy-claims-printout-2026-11-03.txt": """
PRAIRIE CREST HEALTH PLAN (FICTIONAL) - PHARMACY CLAIMS, member portal printout                   11/03/2026
Household view
  01/05/2026  duloxetine 30 mg x7      R. Achebe-Marsh
  01/12/2026  duloxetine 60 mg x30     R. Achebe-Marsh
  04/06/2026  pregabalin 150 mg x60    R. Achebe-Marsh  (refilled monthly since)
  09/14/2026  sertraline 50 mg x30     T. Achebe-Marsh  (her daughter, a separate member)
""",
}

TRUTH = """
# 03 - Medicaid managed care: milnacipran denied under the plan's own step rule although the state's single PDL made it preferred; first plan appeal by the treating PA-C (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Rosalind Achebe-Marsh, 46, Iowa Medicaid through **Prairie Crest Health Plan**, has fibromyalgia (M79.7) and
  recurrent depression (F33.1). Her PA-C asked for **milnacipran 50 mg twice daily on 10/28/2026**.
- The **notice of 11/10/2026** denied it: "not on the plan's preferred drug list", step rule **RX-FM-2** (duloxetine
  and pregabalin, 8 weeks each), "duloxetine for 3 weeks only".
- The **Iowa Medicaid Single Preferred Drug List, effective 10/01/2026** (fictional excerpt), applies to every
  Medicaid managed care plan and lists **milnacipran as PREFERRED, no PA required**. The plan's **2026 Member Handbook
  section 8.1**: "Our plan uses the State of Iowa's Preferred Drug List. We cannot ask for more steps or prior
  authorization for a drug than the state's list does." The request (10/28) came after 10/01/2026.
- Even under RX-FM-2: duloxetine was stopped at 3 weeks for **vomiting and BP 158/96** (intolerance, which the rule
  accepts), and **pregabalin 150 mg twice daily since 04/06/2026** (over 8 weeks) gave a **partial response and
  continues**.
- **Rule and stage:** Medicaid managed care **first plan appeal** (42 CFR 438.402(c)(2)(ii)): within **60 days of the
  notice: by 01/09/2027**; standard resolution within **30 calendar days** (438.408(b)(2)); expedited 72 hours
  (438.410) where the provider says so. A provider may appeal with the member's **written consent**
  (438.402(c)(1)(ii)), signed 11/18/2026. Next: **state fair hearing within 120 days** of the plan's notice of
  resolution (438.408(f)(2)). No continued benefits (a new request, `action: none`).
- **Author:** Marcus Eberhardt, **PA-C**, the treating prescriber: "I" as her treating physician assistant.

## Deliberately unknown
- Whether the plan's pharmacy system loaded the 10/01/2026 state list: not known; a letter may ask.
- The plan's parity analysis for this step rule: not in the case.

## Traps
- **Plan document and date, not medicine.** The winning point is the state list in force from 10/01/2026 and the
  handbook's promise; the step-rule answer is a fallback.
- **A decision's wrong statement:** "not on the plan's preferred drug list" - the plan uses the state list, which
  lists it as preferred.
- **"3 weeks only" is true as far as it goes**: the 3 weeks ended in an intolerance; never call duloxetine an
  adequate or failed 8-week trial.
- **Drug still taken:** pregabalin continues with a partial response; never "failed" or "stopped".
- **Sleep dose / other purpose:** cyclobenzaprine 5 mg at bedtime; amitriptyline 2019-2020 was for migraine.
- **Other person:** sertraline on the household printout is her daughter's (T. Achebe-Marsh).
- **Stale document:** RX-FM-2 revised 03/2025 predates the state list.
- **Voice:** a PA-C: never "physician", "Dr." or "MD".
- **Wrong law:** no ERISA, 45 CFR 147.136, external review, Medicare; no "state sets 90 to 120 days".

## Arguments a strong letter makes (strongest first)
1. The **state's single PDL (effective 10/01/2026)** lists milnacipran as preferred with no prior authorization, and
   the plan's **Handbook 8.1** says it uses that list and cannot ask for more: the step rule does not reach this request
   of 10/28/2026. Approve it.
2. Correct the notice: milnacipran is on the preferred list the plan uses.
3. In the alternative, RX-FM-2 is met on its own words: intolerance to duloxetine; pregabalin over 8 weeks with only a
   partial response.
4. Decide within 30 days; then the state fair hearing within 120 days of the resolution notice if upheld.

## What a letter must NOT say
- "not on the preferred drug list" conceded; RX-FM-2 as the governing rule without the state list.
- "failed duloxetine after an adequate trial"; "failed pregabalin", "stopped pregabalin"; amitriptyline or
  cyclobenzaprine as trials; sertraline as hers; "suicidal".
- "Dr. Eberhardt", "as her physician"; "MD".
- "ERISA", "29 CFR 2560.503-1", "45 CFR 147.136", "external review", "Medicare", "between 90 and 120 days".
"""

ANSWERS = [
    ("plan", "IOWA MEDICAID - NOTICE OF ADVERSE BENEFIT DETERMINATION", "denial/notice-of-adverse-benefit-determination-2026-11-10.txt"),
    ("notice date", "Date: 11/10/2026", "denial/notice-of-adverse-benefit-determination-2026-11-10.txt"),
    ("window", "60 calendar days from the date of this notice", "denial/notice-of-adverse-benefit-determination-2026-11-10.txt"),
    ("deadline", "appeal_deadline: 2027-01-09", "case.yaml"),
    ("request date", "received 10/28/2026", "denial/notice-of-adverse-benefit-determination-2026-11-10.txt"),
    ("state list date", "effective 10/01/2026", "other/state-single-pdl-2026-10-01-excerpt.txt"),
    ("state list entry", "milnacipran tablets (Savella) - PREFERRED - no PA required", "other/state-single-pdl-2026-10-01-excerpt.txt"),
    ("list reaches MCOs", "Applies to fee-for-service Medicaid and to every Medicaid managed care plan", "other/state-single-pdl-2026-10-01-excerpt.txt"),
    ("handbook", "We cannot ask for more steps or prior authorization for a drug than the state's list does", "other/member-handbook-2026-section-8-excerpt.txt"),
    ("duloxetine intolerance", "vomiting, BP 158/96; stopped - intolerance", "clinical/rheumatology-note-2026-10-27.txt"),
    ("pregabalin continues", "FIQR 79 -> 68, partial response; continue", "clinical/rheumatology-note-2026-10-27.txt"),
    ("other purpose", "was for migraine prevention", "clinical/rheumatology-note-2026-10-27.txt"),
    ("other person", "(her daughter, a separate member)", "other/pharmacy-claims-printout-2026-11-03.txt"),
    ("consent", "give my consent for Marcus Eberhardt, PA-C", "other/member-written-consent-2026-11-18.txt"),
    ("resolution time", "within **30 calendar days** (438.408(b)(2))", "truth"),
    ("fair hearing window", "state fair hearing within 120 days", "truth"),
]
