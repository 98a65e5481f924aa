"""Set 55, case 02 (FICTIONAL): stand-alone Part D PDP, gepirone ER step therapy; the decision says no supporting
statement came, but the prescriber faxed it six days before; redetermination asked by the wife (CMS-1696)."""

SLUG = "02-part-d-pdp-gepirone-step-therapy-statement-faxed-before-decision-redetermination-wife"

CASE_YAML = """
# FICTIONAL CASE (set 55, case 02) - every person, plan, provider, number and address is invented.
# Stand-alone Part D plan, New Hampshire. Edwin Marchetti, 72, with recurrent major depression, was prescribed
# gepirone ER (Exxua). The coverage determination of 11/12/2026 denied it under step therapy ST-AD-31, saying the
# plan's claims show one antidepressant and no supporting statement came. His psychiatrist had faxed one on
# 11/06/2026 (fax report: OK). Duloxetine was paid with a discount card; escitalopram was stopped for low sodium.
# His wife asks for a redetermination as his appointed representative.
patient:
  name: Edwin Marchetti
  salutation: Mr. Marchetti
  date_of_birth: 1954-08-22
  member_id: FICT-NFR-55190342
  address: |-
    64 Birchwood Terrace
    Manchester, NH 03104
  phone: (603) 555-0118
insurer:
  name: Northfield Rx Basic (PDP) (FICTIONAL)
  appeals_address: |-
    Northfield Prescription Plans - Part D Redeterminations (FICTIONAL)
    PO Box 31907
    Concord, NH 03302
  fax: (603) 555-0152
claim:
  number: CD-26-1104-70218
  plan_type: medicare_part_d
  notice_date: 2026-11-12
  appeal_deadline: 2027-01-16
  deadline_basis: >-
    Notice of denial of Medicare prescription drug coverage of 11/12/2026: "You have 65 days from the date of this
    notice to ask for a redetermination."
  diagnosis_codes: [F33.1]
  denial_reason: >-
    Step therapy: Step Therapy Criteria ST-AD-31 require trials of two formulary antidepressants from two different
    classes, or documented intolerance. Our pharmacy claims show one antidepressant (sertraline). We did not receive a
    supporting statement from your prescriber.
  denial_category: step_therapy
  denial_reasons: [step_therapy]
  action: none
  corrections:
    - said: We did not receive a supporting statement from your prescriber.
      record: >-
        Dr. Carvalho-Pratt faxed her 3-page supporting statement to the plan's coverage determination fax,
        (603) 555-0150, on 11/06/2026 at 2:14 pm; the fax report shows the result "OK". The decision is dated 11/12/2026.
      file: other/fax-confirmation-2026-11-06.txt
      page: 1
    - said: Our pharmacy claims show one antidepressant (sertraline).
      record: >-
        The pharmacy's fill history shows escitalopram 10 mg filled on 06/02/2025 and billed to Northfield Rx Basic
        (paid), besides sertraline; duloxetine was filled with a discount card, outside the plan.
      file: other/pharmacy-fill-history-2025-2026.txt
      page: 1
plan_policy:
  name: Northfield Rx Basic 2026 Step Therapy Criteria ST-AD-31 (Antidepressants)
  number: ST-AD-31
  quote: >-
    Gepirone extended-release (Exxua) is covered when the member has tried, for at least 6 weeks each, or could not
    tolerate, at least two formulary antidepressants from two different classes (SSRI, SNRI, bupropion,
    mirtazapine). Trials may be shown by our pharmacy claims or by a supporting statement from the prescriber.
  file: other/step-therapy-criteria-st-ad-31-2026.txt
payer_criteria:
  - criterion: Tried for at least 6 weeks, or could not tolerate, an antidepressant of a first class
    how_met: Sertraline (SSRI) 150 mg daily for 12 weeks, 02/2025-05/2025, no response (paid by the plan)
    met: true
    evidence: {file: other/prescriber-supporting-statement-2026-11-06.txt, page: 1}
  - criterion: Tried for at least 6 weeks, or could not tolerate, an antidepressant of a second, different class
    how_met: >-
      Duloxetine (SNRI) 60 mg daily for 12 weeks, 08/2025-11/2025, no response (paid with a discount card)
    met: true
    evidence: {file: other/prescriber-supporting-statement-2026-11-06.txt, page: 1}
prescriber_statement:
  date: 2026-11-06
  quote: >-
    Mr. Marchetti took sertraline 150 mg daily for 12 weeks and duloxetine 60 mg daily for 12 weeks without response,
    and stopped escitalopram after 12 days because his sodium fell to 127 mmol/L. In my judgment the step drugs
    would not be as effective for him and a further SSRI would risk hyponatremia again.
  file: other/prescriber-supporting-statement-2026-11-06.txt
treatment:
  name: Gepirone extended-release tablets (Exxua)
  summary: >-
    A 5-HT1A agonist antidepressant of another class for recurrent major depression after an SSRI and an SNRI failed
    and escitalopram caused hyponatremia.
  plan: Gepirone ER 18.2 mg daily, raised to 36.3 mg on day 4 and as tolerated to 72.6 mg; PHQ-9 every 4 weeks
clinical:
  severity: PHQ-9 19 (10/30/2026)
  severity_date: 2026-10-30
  suicidality: none
  suicidality_date: 2026-10-30
  episode_onset: 2024-12
  treating_since: 2025-01
  history:
    - drug: Sertraline
      dose: 150 mg daily
      start: 2025-02
      end: 2025-05
      weeks: 12
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      outcome: No response after 12 weeks; stopped
      evidence: {file: other/prescriber-supporting-statement-2026-11-06.txt, page: 1}
    - drug: Escitalopram
      dose: 10 mg daily
      start: 2025-06-02
      end: 2025-06-14
      kind: antidepressant
      adequate: false
      outcome: Stopped after 12 days for hyponatremia (sodium 127 mmol/L) - an intolerance
      evidence: {file: clinical/psychiatry-note-2026-10-30.txt, page: 1}
    - drug: Duloxetine
      dose: 60 mg daily
      start: 2025-08
      end: 2025-11
      weeks: 12
      kind: antidepressant
      adequate: true
      failed: true
      response: none
      paid_outside: discount card
      outcome: No response after 12 weeks; stopped
      evidence: {file: other/prescriber-supporting-statement-2026-11-06.txt, page: 1}
    - drug: Trazodone
      dose: 50 mg at bedtime for sleep
      start: 2025-03
      ongoing: true
      kind: other
      outcome: Sleep aid only; not an antidepressant trial
      evidence: {file: clinical/psychiatry-note-2026-10-30.txt, page: 1}
    - drug: Bupropion XL
      dose: 300 mg daily
      start: 2017-04
      end: 2018-10
      kind: antidepressant
      response: remission
      failed: false
      outcome: Remission in an earlier episode (2017-2018); not a failed trial
      evidence: {file: clinical/psychiatry-note-2026-10-30.txt, page: 1}
impact:
  daily_life: He has stopped his volunteer shifts at the food pantry and rarely leaves the house.
author:
  name: Louisa Marchetti
  role: Wife and appointed representative (form CMS-1696)
  relation: representative
  authorization: other/cms-1696-appointment-of-representative-2026-11-18.txt
  address: |-
    64 Birchwood Terrace
    Manchester, NH 03104
  phone: (603) 555-0119
provider:
  name: Ines Carvalho-Pratt, MD
  credentials: MD, psychiatry
  npi: "1819226055"
  address: |-
    Merrimack Valley Behavioral Health (FICTIONAL), 400 Canal Street, Suite 3
    Manchester, NH 03101
  phone: (603) 555-0131
record_dates:
  - file: other/prescriber-supporting-statement-2026-11-06.txt
    date: 2026-11-06
    sent: 2026-11-06
    sent_proof: other/fax-confirmation-2026-11-06.txt
  - file: clinical/psychiatry-note-2026-10-30.txt
    date: 2026-10-30
copies: [prescriber]
bates_prefix: MARCHETTI
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {
    "denial/notice-of-denial-of-part-d-coverage-2026-11-12.txt": """
NORTHFIELD RX BASIC (PDP) (FICTIONAL) - NOTICE OF DENIAL OF MEDICARE PRESCRIPTION DRUG COVERAGE   Date: 11/12/2026
Member: Edwin Marchetti   Member ID FICT-NFR-55190342   Request received: 11/04/2026
Case number: CD-26-1104-70218   Prescriber: Ines Carvalho-Pratt, MD
Drug: gepirone extended-release tablets (Exxua) 18.2 mg and 36.3 mg

We denied your request. Step therapy: Step Therapy Criteria ST-AD-31 require trials of two formulary
antidepressants from two different classes, or documented intolerance. Our pharmacy claims show one antidepressant
(sertraline). We did not receive a supporting statement from your prescriber.

You have 65 days from the date of this notice to ask for a redetermination. Send it to Part D Redeterminations,
PO Box 31907, Concord, NH 03302, or fax (603) 555-0152. Your prescriber may also ask for you.
FICTIONAL notice.
""",
    "other/step-therapy-criteria-st-ad-31-2026.txt": """
NORTHFIELD RX BASIC (PDP) (FICTIONAL) - 2026 STEP THERAPY CRITERIA ST-AD-31 (ANTIDEPRESSANTS)
Drug: gepirone extended-release (Exxua), formulary tier 4, step therapy.
Gepirone extended-release (Exxua) is covered when the member has tried, for at least 6 weeks each, or could not
tolerate, at least two formulary antidepressants from two different classes (SSRI, SNRI, bupropion, mirtazapine).
Trials may be shown by our pharmacy claims or by a supporting statement from the prescriber.
FICTIONAL criteria.
""",
    "other/prescriber-supporting-statement-2026-11-06.txt": """
MERRIMACK VALLEY BEHAVIORAL HEALTH (FICTIONAL) - SUPPORTING STATEMENT FOR A PART D EXCEPTION   Date: 11/06/2026
To: Northfield Rx Basic, coverage determinations, fax (603) 555-0150   Re: Edwin Marchetti, FICT-NFR-55190342
Drug requested: gepirone ER (Exxua)
Mr. Marchetti took sertraline 150 mg daily for 12 weeks and duloxetine 60 mg daily for 12 weeks without response,
and stopped escitalopram after 12 days because his sodium fell to 127 mmol/L. In my judgment the step drugs
would not be as effective for him and a further SSRI would risk hyponatremia again.
Trials: sertraline 150 mg daily 02/2025-05/2025 (12 weeks), no response. Duloxetine 60 mg daily 08/2025-11/2025
(12 weeks), no response; he paid for it with a pharmacy discount card. Escitalopram 10 mg 06/02/2025-06/14/2025,
stopped for hyponatremia.
Ines Carvalho-Pratt, MD, NPI 1819226055   (page 1 of 3; pages 2-3: lab report of 06/13/2025)
FICTIONAL statement.
""",
    "other/fax-confirmation-2026-11-06.txt": """
MERRIMACK VALLEY BEHAVIORAL HEALTH (FICTIONAL) - FAX TRANSMISSION REPORT
Date/time: 11/06/2026 2:14 pm   To: (603) 555-0150 (Northfield Rx coverage determinations)
Pages: 3   Duration: 0:01:12   Result: OK
Document: Supporting statement - E. Marchetti - gepirone ER
FICTIONAL report.
""",
    "other/pharmacy-fill-history-2025-2026.txt": """
GRANITE STATE PHARMACY (FICTIONAL) - PRESCRIPTION FILL HISTORY, household of 64 Birchwood Terrace
Printed 11/17/2026
Patient: Edwin Marchetti
  02/03/2025  sertraline 50 mg (titrated to 150 mg)   billed to Northfield Rx Basic   paid
  06/02/2025  escitalopram 10 mg #30                  billed to Northfield Rx Basic   paid
  08/04/2025  duloxetine 60 mg #30                    discount card (not billed to plan)
  09/02/2025, 10/01/2025, 10/30/2025  duloxetine 60 mg #30   discount card (not billed to plan)
  03/05/2025 onward  trazodone 50 mg #30 monthly      billed to Northfield Rx Basic   paid
Patient: Louisa Marchetti (another person; not part of this appeal)
  monthly  lisinopril 10 mg #30                       billed to her own plan
FICTIONAL printout.
""",
    "clinical/psychiatry-note-2026-10-30.txt": """
MERRIMACK VALLEY BEHAVIORAL HEALTH (FICTIONAL) - PSYCHIATRY FOLLOW-UP                 Date: 10/30/2026
Patient: Edwin Marchetti   DOB 08/22/1954   Psychiatrist: Ines Carvalho-Pratt, MD
Recurrent major depressive disorder, moderate (F33.1); current episode since 12/2024. PHQ-9 19 today. No suicidal
ideation. He has stopped his volunteer shifts at the food pantry and rarely leaves the house.
Past trials this episode: sertraline 150 mg 12 weeks, no response; escitalopram 10 mg stopped after 12 days for
hyponatremia (Na 127 on 06/13/2025); duloxetine 60 mg 12 weeks, no response (paid with a discount card).
Trazodone 50 mg at bedtime for sleep continues (not an antidepressant trial at this dose).
Earlier episode: bupropion XL 300 mg 2017-2018, remission.
Plan: gepirone ER 18.2 mg daily, 36.3 mg from day 4, titrate to 72.6 mg as tolerated. Coverage request sent.
FICTIONAL record.
""",
    "other/cms-1696-appointment-of-representative-2026-11-18.txt": """
APPOINTMENT OF REPRESENTATIVE - form CMS-1696 (contents typed for this FICTIONAL test case)
I, Edwin Marchetti (FICT-NFR-55190342), appoint Louisa Marchetti, my wife, to act as my representative in
connection with my request for Medicare prescription drug coverage of gepirone ER with Northfield Rx Basic.
Signed: Edwin Marchetti, 11/18/2026.   Accepted: Louisa Marchetti, 11/18/2026.
FICTIONAL form contents.
""",
    "other/medication-list-2018-stale.txt": """
CONCORD FAMILY MEDICINE (FICTIONAL) - MEDICATION LIST printed 10/2018
Edwin Marchetti: bupropion XL 300 mg daily; atorvastatin 20 mg daily.
(Old list from an earlier episode; he no longer takes bupropion.) FICTIONAL.
""",
}

TRUTH = """# 02 - Part D PDP: gepirone ER step therapy; the decision says no supporting statement came, but it was faxed on 11/06; redetermination by the wife (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Edwin Marchetti, 72, in the stand-alone **Northfield Rx Basic (PDP)**, has recurrent major depression (F33.1),
  PHQ-9 19 on 10/30/2026, no suicidal ideation. His psychiatrist prescribed **gepirone ER (Exxua)**.
- The coverage determination of **11/12/2026** (CD-26-1104-70218; request received 11/04/2026) denied it under
  **ST-AD-31**: "Our pharmacy claims show one antidepressant (sertraline). We did not receive a supporting statement
  from your prescriber."
- The psychiatrist **faxed her supporting statement on 11/06/2026 at 2:14 pm** to the plan's coverage-determination
  fax, (603) 555-0150: 3 pages, result "OK" - six days before the decision.
- **ST-AD-31** is met: sertraline (SSRI) 150 mg 12 weeks, no response; **duloxetine (SNRI) 60 mg 12 weeks, no
  response, paid with a discount card** (outside the plan's claims); escitalopram stopped after 12 days for
  **hyponatremia (Na 127)** - an intolerance. ST-AD-31 accepts trials "by a supporting statement from the prescriber".
  The plan's own claims also show escitalopram (06/02/2025, paid), so "one antidepressant" is wrong on its own terms.
- **Rule and stage:** Part D redetermination, 42 CFR 423.580-423.590; **65 days from the notice: by 01/16/2027**
  (423.582(b)); standard decision within 7 days; the exception rests on the prescriber's supporting statement,
  42 CFR 423.578(b) (a step-therapy exception is an exception to a utilization management requirement).
  Next level: the independent review entity (IRE).
- **Author:** his wife, Louisa Marchetti, appointed on form CMS-1696 (11/18/2026); she writes about "Mr. Marchetti".

## Deliberately unknown
- Why the plan's intake did not attach the fax: unknown; a letter may ask for the plan's fax log.
- Whether gepirone will work for him: unknown.
- The cost of gepirone under the plan: not in the case.

## Traps
- **Date, not medicine:** the winning point is that the statement reached the plan's fax on 11/06/2026, before the
  11/12 decision, with the fax report as proof; the decision's "did not receive" is contradicted by that record.
- **Trials paid outside the plan:** duloxetine was paid with a discount card; it is a trial all the same.
- **Intolerance, not a trial:** escitalopram 12 days, hyponatremia; never "an adequate trial", never "failed after
  6 weeks".
- **Sleep dose:** trazodone 50 mg at bedtime (billed to the plan) is not an antidepressant trial.
- **Earlier-episode response:** bupropion XL 2017-2018 reached remission: never a failed trial; the 2018 medication
  list is stale (he no longer takes it).
- **Other person's record:** Louisa Marchetti's lisinopril on the household fill history.
- **Wrong law:** no ERISA, 45 CFR 147.136, external review by a state, MHPAEA (parity does not apply to Medicare),
  no state insurance department as the next level; no "60 days after receipt" (65 days from the notice's date).
- **Voice:** the wife writes about her husband; never "I took sertraline".

## Arguments a strong letter makes (strongest first)
1. The prescriber's supporting statement reached the plan on 11/06/2026 (fax report: 3 pages, OK), six days before
   the 11/12/2026 decision that says none was received; it documents the trials ST-AD-31 asks for. Weigh it now.
2. ST-AD-31 is met by its own words: an SSRI (sertraline, 12 weeks) and an SNRI (duloxetine, 12 weeks, discount
   card) without response, plus escitalopram stopped for hyponatremia; the criteria accept trials shown by the
   prescriber's statement, not only by claims.
3. Correct "one antidepressant": the plan's own claims show escitalopram (06/02/2025) too.
4. In the alternative, grant a step-therapy exception under 42 CFR 423.578(b) on the prescriber's statement.
5. Decide within the Part D redetermination time; if upheld, the member can ask the IRE.

## What a letter must NOT say
- "no supporting statement was sent"; "the prescriber has not documented".
- "failed escitalopram" or escitalopram as a 6-week trial; trazodone as a trial; "failed bupropion".
- "Louisa Marchetti's lisinopril"; bupropion as current.
- "ERISA", "29 CFR 2560.503-1", "45 CFR 147.136", "MHPAEA", "parity", "state external review", "60 days".
- "I took" / "my depression" in the wife's letter.
"""

ANSWERS = [
    ("Date of the decision", "Date: 11/12/2026", "denial/notice-of-denial-of-part-d-coverage-2026-11-12.txt"),
    ("The decision's words on the supporting statement", "We did not receive a supporting statement from your prescriber.",
     "denial/notice-of-denial-of-part-d-coverage-2026-11-12.txt"),
    ("The decision's words on the claims", "Our pharmacy claims show one antidepressant",
     "denial/notice-of-denial-of-part-d-coverage-2026-11-12.txt"),
    ("Appeal window", "65 days from the date of this notice", "denial/notice-of-denial-of-part-d-coverage-2026-11-12.txt"),
    ("When the statement was faxed", "11/06/2026 2:14 pm", "other/fax-confirmation-2026-11-06.txt"),
    ("Fax result", "Result: OK", "other/fax-confirmation-2026-11-06.txt"),
    ("Fax number it went to", "(603) 555-0150", "other/fax-confirmation-2026-11-06.txt"),
    ("What the criteria accept as proof of trials",
     "Trials may be shown by our pharmacy claims or by a supporting statement from the prescriber.",
     "other/step-therapy-criteria-st-ad-31-2026.txt"),
    ("How duloxetine was paid", "discount card (not billed to plan)", "other/pharmacy-fill-history-2025-2026.txt"),
    ("Escitalopram billed to the plan", "06/02/2025  escitalopram 10 mg #30                  billed to Northfield Rx Basic   paid",
     "other/pharmacy-fill-history-2025-2026.txt"),
    ("Why escitalopram was stopped", "stopped escitalopram after 12 days because his sodium fell to 127 mmol/L",
     "other/prescriber-supporting-statement-2026-11-06.txt"),
    ("Trazodone's purpose", "Trazodone 50 mg at bedtime for sleep continues", "clinical/psychiatry-note-2026-10-30.txt"),
    ("Earlier-episode response", "bupropion XL 300 mg 2017-2018, remission", "clinical/psychiatry-note-2026-10-30.txt"),
    ("Whose lisinopril", "Louisa Marchetti (another person; not part of this appeal)",
     "other/pharmacy-fill-history-2025-2026.txt"),
    ("The form that appoints the author", "form CMS-1696", "other/cms-1696-appointment-of-representative-2026-11-18.txt"),
    ("Last day for the redetermination", "by 01/16/2027", "truth"),
]
