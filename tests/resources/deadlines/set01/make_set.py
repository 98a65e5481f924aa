#!/work/main/.venv/bin/python
"""FICTIONAL deadline test set 01 (appeal-kit issue 18). Rewrites every case folder and answer file, then self-checks.
Usage: make_set.py [--check]   (--check also runs `appeal-kit check` on every case into check-output.txt)"""
import json, re, shutil, subprocess, sys
from datetime import date
from pathlib import Path
from ruamel.yaml import YAML

HERE = Path(__file__).resolve().parent
FICT = "FICTIONAL - invented for the appeal-kit deadline test set; no real person, plan or provider."
CASES = []


def case(slug, yaml_text, docs, answer):
    CASES.append((slug, yaml_text, docs, answer))


def head(title):
    return f"{FICT}\n\n{title}\n"

# ---------------------------------------------------------------- 01 employer insured, notice forwarded, count from receipt
case("01-employer-insured-forwarded", """# FICTIONAL case for the appeal-kit deadline test set; invented people, plan and numbers.
patient:
  name: Dolores Quintrell
  date_of_birth: 1979-04-22
  member_id: HWK-884213-01
  address: 418 Larchmont Way, Dayton, OH 45402
  phone: (937) 555-0112
  email: dquintrell@mail.example
insurer:
  name: Hawkridge Health Insurance Company
  appeals_address: Hawkridge Health, Appeals Unit, PO Box 4410, Columbus, OH 43216
  fax: (614) 555-0147
claim:
  number: HWK-26-1002-77341
  notice_date: 2026-10-02
  notice_received:
    date: 2026-10-16
    proof: other/forwarded-envelope.txt
  service_dates: [2026-08-18]
  procedure_codes: [96365, J3490]
  diagnosis_codes: [F33.2]
  denial_reason: The infusion is not medically necessary under our clinical policy for this diagnosis.
  denial_category: medical_necessity
  plan_type: employer_erisa
  funding: insured
treatment:
  name: IV ketamine infusion
author:
  name: Dolores Quintrell
  relation: patient
""", {
"denial/denial-notice-2026-10-02.txt": head("HAWKRIDGE HEALTH INSURANCE COMPANY - Notice of Adverse Benefit Determination") + """
Date of notice: October 2, 2026
Member: Dolores Quintrell   Member ID: HWK-884213-01   Claim: HWK-26-1002-77341
Group plan: Tri-County Tool & Die employee health plan (insured by Hawkridge)
Mailed to: 2210 Cobb Street, Springfield, OH 45501

We denied the claim for the service of 08/18/2026 (codes 96365, J3490): in our reviewer's judgment the infusion
was not medically necessary under our clinical policy for this diagnosis.

Your right to appeal: you may appeal within 180 days after you receive this notice. Send it to Hawkridge Health,
Appeals Unit, PO Box 4410, Columbus, OH 43216, or fax (614) 555-0147. Questions: 1-800-555-0131.
""",
"other/forwarded-envelope.txt": head("Description of the envelope the notice came in (typed by the member)") + """
Envelope from Hawkridge Health, postmarked October 2, 2026, addressed to my old address, 2210 Cobb Street,
Springfield, OH. A yellow USPS forwarding sticker sends it to 418 Larchmont Way, Dayton, OH 45402.
I received it on October 16, 2026; my note of that day is written on the back of the envelope.
I moved on September 1, 2026 and gave the plan my new address by phone on September 3.
"""}, {
"deadline": "2027-04-14", "counts_from": "2026-10-16",
"counted_how": "180 days after receipt of the notice; receipt shown by the forwarding envelope (October 16, 2026), not presumed",
"level": "first internal appeal (employer plan, insured)", "rule": "29 CFR 2560.503-1(h)(3)(i)",
"why": "The ERISA claims rule gives 180 days counted from receipt of the notice, and the notice itself says 'after you receive this notice'. Receipt is proven by the forwarded envelope two weeks after the notice's date, so the window runs from October 16.",
"trap": "Counting from the notice date (2027-03-31) and ignoring claim.notice_received; or adding a presumed 5 mailing days to the notice date (2027-04-05)."})

# ---------------------------------------------------------------- 02 self-funded external review, Sunday + Presidents Day
case("02-selffunded-external-holiday", """# FICTIONAL case for the appeal-kit deadline test set; invented people, plan and numbers.
patient:
  name: Marcus Ellery-Vance
  date_of_birth: 1986-11-03
  member_id: BSL-200417
  address: 77 Quarry Hill Road, Nashua, NH 03060
  phone: (603) 555-0174
insurer:
  name: Brightstone Logistics Employee Health Plan (administered by Corvale Benefit Services)
  appeals_address: Corvale Benefit Services, Appeals, 9 Mill Yard, Manchester, NH 03101
  fax: (603) 555-0139
claim:
  number: CVB-26-0812-40551
  notice_date: 2026-08-12
  service_dates: [2026-07-30]
  procedure_codes: [J0013]
  diagnosis_codes: [F32.2]
  denial_reason: Esketamine is not medically necessary because criteria 2 and 4 of policy RX-219 are not met.
  denial_category: medical_necessity
  plan_type: employer_erisa
  funding: self_funded
decisions:
  - date: 2026-09-15
    outcome: denied
    stage: internal appeal (first level)
    opens: second level
  - date: 2026-10-14
    outcome: denied
    stage: internal appeal (second level) - final internal decision
    opens: external review
external_review:
  agency: federal external review process (independent review organization assigned by the plan)
  final_denial_date: 2026-10-14
submissions:
  - {date: 2026-08-31, method: fax, stage: internal appeal (first level), confirmation: FX-0831-22}
  - {date: 2026-09-24, method: fax, stage: internal appeal (second level), confirmation: FX-0924-07}
treatment:
  name: Spravato (esketamine) nasal spray
author:
  name: Marcus Ellery-Vance
  relation: patient
""", {
"denial/final-internal-decision-2026-10-14.txt": head("CORVALE BENEFIT SERVICES for the Brightstone Logistics Employee Health Plan (self-funded)") + """
RE: Level 2 appeal - final internal decision
Date: October 14, 2026
Member: Marcus Ellery-Vance   ID: BSL-200417   Claim: CVB-26-0812-40551

We have reviewed your second-level appeal received September 24, 2026. Decision: the denial is UPHELD.
This is the plan's final internal decision. You have exhausted the plan's internal appeals.

External review: you may request external review of this decision within four months after you receive this
notice. The plan is self-funded and uses the federal external review process; send your request to Corvale Benefit
Services, External Review Intake, 9 Mill Yard, Manchester, NH 03101, fax (603) 555-0139, and we will assign an
accredited independent review organization.
""",
"other/history.txt": head("Appeal history kept by the member") + """
2026-08-12 first denial notice (claim CVB-26-0812-40551)
2026-08-31 first-level appeal faxed, confirmation FX-0831-22
2026-09-15 first-level appeal denied; letter offers a second level
2026-09-24 second-level appeal faxed, confirmation FX-0924-07
2026-10-14 second-level (final internal) decision: upheld
"""}, {
"deadline": "2027-02-16", "counts_from": "2026-10-14",
"counted_how": "4 months from the final internal decision's date (receipt date not shown, so the earlier date is used) = Sunday 2027-02-14; the federal process moves a last day on a Saturday, Sunday or federal holiday to the next day that is none: Monday 2027-02-15 is Washington's Birthday (federal holiday), so Tuesday 2027-02-16",
"level": "external review (federal process, self-funded employer plan)", "rule": "29 CFR 2590.715-2719(d)(2)(i); DOL Technical Release 2010-01 on the federal external review process (weekend and holiday rule)",
"why": "The final internal decision of October 14, 2026 opens external review, four months counted from its receipt; with no receipt date in the file the decision's own date is the safe start. Four months end on a Sunday, the Monday is a federal holiday, and the federal process extends the last day to the next business day.",
"trap": "Stopping at 2027-02-14 (no weekend rule) or 2027-02-15 (moving past Sunday but missing Presidents Day); counting from the first denial of 2026-08-12; citing 45 CFR 147.136 alone for a self-funded plan."})

# ---------------------------------------------------------------- 03 Marketplace external review, no corresponding day
case("03-marketplace-external-no-day", """# FICTIONAL case for the appeal-kit deadline test set; invented people, plan and numbers.
patient:
  name: Anneliese Korvath
  date_of_birth: 1992-02-09
  member_id: SPM-55120944
  address: 1602 Juniper Lane, Tucson, AZ 85719
  phone: (520) 555-0121
insurer:
  name: Saguaro Peak Mutual Health Plan (Marketplace)
  appeals_address: Saguaro Peak Mutual, Member Appeals, PO Box 27110, Phoenix, AZ 85038
  fax: (602) 555-0143
claim:
  number: SPM-26-0904-18820
  notice_date: 2026-09-04
  service_dates: [2026-08-20, 2026-08-24]
  procedure_codes: [90867, 90868]
  diagnosis_codes: [F33.1]
  denial_reason: TMS is not medically necessary; fewer than four antidepressant trials are documented.
  denial_category: medical_necessity
  plan_type: individual_aca
decisions:
  - date: 2026-10-30
    outcome: denied
    stage: internal appeal (final internal decision)
    opens: external review
external_review:
  final_denial_date: 2026-10-30
submissions:
  - {date: 2026-09-21, method: portal, stage: internal appeal (first level), confirmation: SPM-WEB-77310}
treatment:
  name: transcranial magnetic stimulation (TMS)
author:
  name: Anneliese Korvath
  relation: patient
""", {
"denial/final-appeal-decision-2026-10-30.txt": head("SAGUARO PEAK MUTUAL HEALTH PLAN - Final Internal Appeal Decision") + """
Date of this notice: October 30, 2026
Member: Anneliese Korvath   ID: SPM-55120944   Claim: SPM-26-0904-18820   Appeal: AP-26-4471

Our decision: we uphold the denial of TMS treatment (codes 90867, 90868). This ends our internal appeal process.

Your right to external review: you may ask for an external review within four months after the date you receive
this notice. If there is no corresponding date four months after the date of receipt, your request must be filed
by the first day of the fifth month following receipt. If the last filing date falls on a Saturday, Sunday or
federal holiday, it is extended to the next day that is not one. Questions: 1-877-555-0166, appeals@spmhealth.example.
"""}, {
"deadline": "2027-03-01", "counts_from": "2026-10-30",
"counted_how": "4 months from the final decision's date (receipt not shown: the earlier date is used): February has no 30th, so the notice's own rule gives the first day of the fifth month, Monday 2027-03-01. Reading it instead as the last day of February gives Sunday 2027-02-28, which the same notice's weekend rule moves to 2027-03-01: both readings agree",
"level": "external review (individual market)", "rule": "45 CFR 147.136(c)-(d); the notice's own sentence",
"why": "After the final internal decision of October 30, 2026 the next request is external review, four months from receipt. There is no February 30, and the notice prints the rule for that: the first day of the fifth month.",
"trap": "Date arithmetic that clamps to 2027-02-28 (a Sunday) or rolls over to 2027-03-02; counting 120 days (2027-02-27) instead of four months."})

# ---------------------------------------------------------------- 04 short-term plan, window only in the policy
case("04-short-term-policy-window", """# FICTIONAL case for the appeal-kit deadline test set; invented people, plan and numbers.
patient:
  name: Teodoro Balsam
  date_of_birth: 1971-07-30
  member_id: PNR-ST-3391028
  address: 5520 Old Mill Court, Boise, ID 83704
  phone: (208) 555-0158
insurer:
  name: Pioneer Ridge Short-Term Medical (Pioneer Ridge Casualty & Life)
  appeals_address: Pioneer Ridge Casualty & Life, Claim Review, PO Box 800, Meridian, ID 83680
  fax: (208) 555-0127
claim:
  number: PNR-26-1105-00913
  notice_date: 2026-11-05
  service_dates: [2026-10-12]
  procedure_codes: [99284]
  diagnosis_codes: [R07.9]
  denial_reason: The condition is excluded as pre-existing under the policy.
  denial_category: not_covered
  plan_type: short_term
treatment:
  name: emergency department visit for chest pain
author:
  name: Teodoro Balsam
  relation: patient
""", {
"denial/claim-denial-2026-11-05.txt": head("PIONEER RIDGE CASUALTY & LIFE - Short-Term Medical - Claim Determination") + """
Date: November 5, 2026
Insured: Teodoro Balsam   Policy/ID: PNR-ST-3391028   Claim: PNR-26-1105-00913

The emergency visit of 10/12/2026 is not payable: the chest pain is treated as a pre-existing condition under
section 6.2 of your policy. If you disagree, see "Claim Review" in your policy.
""",
"other/policy-section-9-claim-review.txt": head("Pioneer Ridge Short-Term Medical policy form PR-STM-24 (excerpt)") + """
Section 9. Claim review. If we deny a claim in whole or in part, you may ask us in writing to review the denial
within 60 days after you receive our decision. Send the request to Claim Review, PO Box 800, Meridian, ID 83680,
or fax (208) 555-0127. We will answer within 30 days. This policy is not subject to the federal appeal rules that
apply to individual health insurance coverage.
"""}, {
"deadline": "2027-01-04", "counts_from": "2026-11-05",
"counted_how": "60 days from the notice date (the policy counts from receipt, but no receipt date is known, so the earlier, safe start is the notice's date)",
"level": "claim review under the policy (short-term limited-duration insurance)", "rule": "policy form PR-STM-24 section 9; state insurance law (no federal appeal rule)",
"why": "A short-term policy has no federal appeal window; the notice prints none, but the policy's own section 9 gives 60 days after receipt of the decision. Counting from the notice's date is the safe reading.",
"trap": "Applying the ACA's 180 days (45 CFR 147.136), which does not reach short-term coverage, or reporting no deadline because the denial letter itself names none."})

# ---------------------------------------------------------------- 05 Medicare Advantage, notice prints a longer window
case("05-ma-notice-too-long", """# FICTIONAL case for the appeal-kit deadline test set; invented people, plan and numbers.
patient:
  name: Wilhelmina Archer-Doyle
  date_of_birth: 1950-05-17
  member_id: CRA-H9999-004417
  address: 31 Beacon Terrace, Tallahassee, FL 32303
  phone: (850) 555-0183
insurer:
  name: Coral Reach Advantage (HMO)
  appeals_address: Coral Reach Advantage, Appeals and Grievances, PO Box 61200, Tampa, FL 33661
  fax: (813) 555-0119
claim:
  number: CRA-OD-26-1116-5532
  notice_date: 2026-11-16
  service_dates: [2026-12-21]
  pending_services: 6
  procedure_codes: [97110]
  diagnosis_codes: [M17.11]
  denial_reason: Additional outpatient physical therapy visits are not medically necessary.
  denial_category: medical_necessity
  plan_type: medicare_advantage
  appeal_deadline: 2027-02-14
  deadline_basis: "Notice: 'you must ask for a reconsideration within 90 calendar days from the date of this notice'"
treatment:
  name: outpatient physical therapy
author:
  name: Wilhelmina Archer-Doyle
  relation: patient
""", {
"denial/notice-of-denial-of-medical-coverage-2026-11-16.txt": head("CORAL REACH ADVANTAGE (HMO) - Notice of Denial of Medical Coverage") + """
Date: November 16, 2026
Member: Wilhelmina Archer-Doyle   Member number: CRA-H9999-004417   Case: CRA-OD-26-1116-5532

We denied your request for 6 more physical therapy visits (code 97110) from December 21, 2026: our reviewer found
them not medically necessary.

You have the right to ask us to reconsider. You must ask for a reconsideration within 90 calendar days from the
date of this notice. Write to Appeals and Grievances, PO Box 61200, Tampa, FL 33661 or fax (813) 555-0119.
If waiting could seriously harm your health, ask for a fast (expedited) decision: call 1-866-555-0150.
"""}, {
"deadline": "2027-01-20", "counts_from": "2026-11-16",
"counted_how": "65 calendar days from the date of the notice under the regulation; the notice prints 90 days (2027-02-14, a Sunday), which is longer than the rule: a careful reader could take either, so the earlier, safe day is given",
"level": "Medicare Advantage reconsideration (standard, pre-service)", "rule": "42 CFR 422.582(b)",
"why": "The plan's notice names a 90-day window the regulation does not give; the rule is 65 days from the notice date. Filing by the rule's day is on time under either reading, so that is the safe deadline.",
"trap": "Trusting the notice's printed 90 days (or claim.appeal_deadline filled from it) and reporting 2027-02-14; or using the pre-2025 60 days (2027-01-15)."})

# ---------------------------------------------------------------- 06 Medicare Advantage after the IRE: ALJ
case("06-ma-ire-then-alj", """# FICTIONAL case for the appeal-kit deadline test set; invented people, plan and numbers.
patient:
  name: Rufus Okonkwo-Hale
  date_of_birth: 1948-12-01
  member_id: SVA-H8888-220019
  address: 902 Linden Avenue, Baltimore, MD 21201
  phone: (410) 555-0165
insurer:
  name: Silver Vale Medicare Advantage PPO
  appeals_address: Silver Vale, Medicare Appeals, PO Box 3300, Towson, MD 21204
claim:
  number: SVA-CL-26-0722-90114
  notice_date: 2026-08-03
  service_dates: [2026-07-22]
  procedure_codes: [E0601]
  diagnosis_codes: [G47.33]
  denial_reason: Continued CPAP rental is not covered because the usage requirement was not documented.
  denial_category: medical_necessity
  plan_type: medicare_advantage
decisions:
  - date: 2026-09-18
    outcome: denied
    stage: plan reconsideration (forwarded to the independent review entity)
    opens: independent review entity
  - date: 2026-11-09
    outcome: denied
    stage: independent review entity reconsideration
    opens: ALJ hearing
    in_dispute: "$1,284.00"
external_review:
  agency: Office of Medicare Hearings and Appeals (OMHA) Central Operations
  final_denial_date: 2026-11-09
submissions:
  - {date: 2026-08-27, method: mail, stage: reconsideration (plan), confirmation: USPS 9400-0000-1111}
treatment:
  name: CPAP device rental
author:
  name: Rufus Okonkwo-Hale
  relation: patient
""", {
"denial/ire-reconsideration-2026-11-09.txt": head("MEDICARE ADVANTAGE RECONSIDERATION REVIEW (fictional independent review entity) - Reconsideration Decision") + """
Date of this notice: November 9, 2026
Enrollee: Rufus Okonkwo-Hale   Plan: Silver Vale Medicare Advantage PPO   Plan claim: SVA-CL-26-0722-90114
IRE appeal number: 1-2600-7741-MA

The plan forwarded its reconsideration of September 18, 2026 to us. We agree with the plan: UNFAVORABLE.
Amount in controversy: $1,284.00.

If you disagree, you may ask for a hearing before an Administrative Law Judge. Your request must be in writing
and filed with OMHA Central Operations within 60 days of the date of this notice.
""",
"other/plan-reconsideration-2026-09-18.txt": head("SILVER VALE MEDICARE ADVANTAGE PPO - Reconsideration") + """
Date: September 18, 2026
We reviewed your appeal received August 28, 2026 and did not decide fully in your favor. We have sent your case
to the independent review entity automatically; you do not need to do anything.
"""}, {
"deadline": "2027-01-08", "counts_from": "2026-11-09",
"counted_how": "60 days from the date of the independent review entity's notice (no mailing days added, as the notice and the rule read)",
"level": "ALJ hearing after the IRE's reconsideration (Medicare Advantage)", "rule": "42 CFR 422.602(a)-(b)",
"why": "The plan's reconsideration went to the IRE automatically, so the member filed nothing at that step; the IRE's unfavorable decision of November 9 is the latest, and an ALJ hearing is asked for within 60 days of its notice.",
"trap": "Counting a new 65-day plan reconsideration window, or treating the plan's September decision as the last one and saying no deadline applies because the IRE step is automatic."})

# ---------------------------------------------------------------- 07 Original Medicare QIC after redetermination
case("07-medicare-qic-presumed-receipt", """# FICTIONAL case for the appeal-kit deadline test set; invented people, plan and numbers.
patient:
  name: Gertrude Mbeki-Lowry
  date_of_birth: 1944-03-29
  member_id: 7EX4-TQ9-MK21
  address: 660 Orchard Row, Springfield, IL 62704
  phone: (217) 555-0149
insurer:
  name: Original Medicare (Part B) - Great Lakes Medicare Administrative Contractor (fictional)
  appeals_address: Great Lakes MAC, Redeterminations, PO Box 7020, Indianapolis, IN 46207
claim:
  number: 26-214-0091-4471
  notice_date: 2026-08-24
  service_dates: [2026-07-15]
  procedure_codes: [E0784]
  diagnosis_codes: [E10.65]
  denial_reason: The insulin pump supplies were denied as not reasonable and necessary.
  denial_category: medical_necessity
  plan_type: medicare
decisions:
  - date: 2026-10-26
    outcome: denied
    stage: redetermination
    opens: reconsideration by the QIC
external_review:
  agency: Qualified Independent Contractor (QIC) named in the redetermination notice
  final_denial_date: 2026-10-26
submissions:
  - {date: 2026-09-10, method: mail, stage: redetermination, confirmation: certified 7019-0000-2222}
treatment:
  name: insulin pump supplies
author:
  name: Gertrude Mbeki-Lowry
  relation: patient
""", {
"denial/medicare-redetermination-notice-2026-10-26.txt": head("MEDICARE REDETERMINATION NOTICE - Great Lakes MAC (fictional)") + """
Date: October 26, 2026
Beneficiary: Gertrude Mbeki-Lowry   Medicare number: 7EX4-TQ9-MK21   Claim: 26-214-0091-4471

We received your request for redetermination on September 14, 2026. Our decision: UNFAVORABLE.

If you disagree, you may ask for a reconsideration by the Qualified Independent Contractor. You must file it
within 180 days of receiving this notice. We presume you received it 5 days after the date above unless you show
otherwise. Send it to: Keystone QIC (fictional), Part B Reconsiderations, PO Box 4800, Harrisburg, PA 17105.
""",
"other/medicare-summary-notice-2026-08-24.txt": head("MEDICARE SUMMARY NOTICE (excerpt)") + """
Notice date: August 24, 2026. Claim 26-214-0091-4471, service 07/15/2026, code E0784: Medicare does not pay.
"""}, {
"deadline": "2027-04-29", "counts_from": "2026-10-26",
"counted_how": "180 days after receipt of the redetermination, receipt presumed 5 days after its date (2026-10-31): 2026-10-31 + 180 days",
"level": "Original Medicare reconsideration by the QIC", "rule": "42 CFR 405.962(a)",
"why": "The MAC's redetermination of October 26, 2026 is unfavorable, so the next request is the QIC's reconsideration, 180 days from receipt. The notice and the rule presume receipt five days after its date.",
"trap": "Counting 120 days (the redetermination window) again, from the first MSN of August 24; or dropping the 5 presumed days (2027-04-24) or using 6 months."})

# ---------------------------------------------------------------- 08 Original Medicare ALJ after QIC
case("08-medicare-alj-after-qic", """# FICTIONAL case for the appeal-kit deadline test set; invented people, plan and numbers.
patient:
  name: Ignatius Fairweather
  date_of_birth: 1939-09-09
  member_id: 3KP1-WN7-RA55
  address: 18 Harbor Street, Portland, ME 04101
  phone: (207) 555-0137
insurer:
  name: Original Medicare (Part A) - Northeast Medicare Administrative Contractor (fictional)
claim:
  number: 26-162-3300-1857
  notice_date: 2026-06-30
  service_dates: [2026-05-04, 2026-05-19]
  inpatient: true
  revenue_codes: ["0120"]
  diagnosis_codes: [I50.23]
  denial_reason: The inpatient stay was not reasonable and necessary; care could have been given as outpatient observation.
  denial_category: medical_necessity
  plan_type: medicare
decisions:
  - date: 2026-08-20
    outcome: denied
    stage: redetermination
    opens: reconsideration by the QIC
  - date: 2026-11-10
    outcome: denied
    stage: QIC reconsideration
    opens: ALJ hearing
external_review:
  agency: OMHA Central Operations
  final_denial_date: 2026-11-10
submissions:
  - {date: 2026-07-21, method: mail, stage: redetermination, confirmation: certified 7019-0000-3131}
  - {date: 2026-09-02, method: fax, stage: reconsideration (QIC), confirmation: FX-0902-41}
treatment:
  name: inpatient hospital stay for heart failure
author:
  name: Hyacinth Fairweather
  relation: family
  role: daughter and appointed representative
  authorization: other/appointment-of-representative.txt
""", {
"denial/qic-reconsideration-2026-11-10.txt": head("MEDICARE RECONSIDERATION DECISION - Atlantic QIC (fictional)") + """
Date: November 10, 2026
Beneficiary: Ignatius Fairweather   Medicare number: 3KP1-WN7-RA55   Claim: 26-162-3300-1857
Reconsideration number: 1-9988-2611

We received your request for reconsideration on September 3, 2026. Decision: UNFAVORABLE.

If you disagree, you may request a hearing before an Administrative Law Judge. You must file your request within
60 days of receiving this notice. We presume you received this notice 5 days after the date above. File with
OMHA Central Operations, 1001 Example Plaza, Suite 1400, Arlington, VA 22209 (fictional address).
""",
"other/appointment-of-representative.txt": head("Appointment of representative (typed copy)") + """
I, Ignatius Fairweather, appoint my daughter Hyacinth Fairweather, (207) 555-0138, to act for me in my Medicare
appeal of claim 26-162-3300-1857. Signed July 18, 2026.
"""}, {
"deadline": "2027-01-14", "counts_from": "2026-11-10",
"counted_how": "60 days after receipt of the QIC's reconsideration, receipt presumed 5 days after its date (2026-11-15): 2026-11-15 + 60 days",
"level": "Original Medicare ALJ hearing (after the QIC)", "rule": "42 CFR 405.1002(a)(1), (3)",
"why": "The QIC upheld the denial on November 10, 2026, so the next level is an ALJ hearing. Its 60 days run from receipt, presumed five days after the notice date.",
"trap": "Counting 60 days from the notice date without the 5 presumed days (2027-01-09), or counting the QIC's 180 days again."})

# ---------------------------------------------------------------- 09 Original Medicare, QIC never decided: escalation
case("09-medicare-qic-undecided-escalate", """# FICTIONAL case for the appeal-kit deadline test set; invented people, plan and numbers.
patient:
  name: Philippa Strand-Oduya
  date_of_birth: 1946-01-14
  member_id: 5RT2-HD4-PL09
  address: 2404 Cedar Bluff Drive, Knoxville, TN 37919
  phone: (865) 555-0176
insurer:
  name: Original Medicare (Part B) - Southern Medicare Administrative Contractor (fictional)
claim:
  number: 26-131-7720-0063
  notice_date: 2026-06-08
  service_dates: [2026-05-11]
  procedure_codes: [64483]
  diagnosis_codes: [M54.16]
  denial_reason: The epidural injection was not reasonable and necessary.
  denial_category: medical_necessity
  plan_type: medicare
decisions:
  - date: 2026-09-22
    outcome: denied
    stage: redetermination
    opens: reconsideration by the QIC
submissions:
  - {date: 2026-07-06, method: mail, stage: redetermination, confirmation: certified 7019-0000-4545}
  - date: 2026-09-25
    method: fax
    stage: reconsideration (QIC)
    confirmation: FX-0925-12
    decision_due: 2026-11-27
    decision_basis: 60 days from the QIC's receipt on 2026-09-28 (42 CFR 405.970(a))
    proof: other/qic-acknowledgment-2026-09-28.txt
treatment:
  name: lumbar epidural steroid injection
author:
  name: Philippa Strand-Oduya
  relation: patient
""", {
"denial/medicare-redetermination-notice-2026-09-22.txt": head("MEDICARE REDETERMINATION NOTICE - Southern MAC (fictional)") + """
Date: September 22, 2026
Beneficiary: Philippa Strand-Oduya   Medicare number: 5RT2-HD4-PL09   Claim: 26-131-7720-0063
Decision: UNFAVORABLE. You may ask the QIC for a reconsideration within 180 days of receiving this notice.
""",
"other/qic-acknowledgment-2026-09-28.txt": head("Cumberland QIC (fictional) - acknowledgment of reconsideration request") + """
Date: September 29, 2026
We received your request for reconsideration of claim 26-131-7720-0063 on September 28, 2026.
We will send our decision within 60 days of the date we received your request. If we do not, you may ask us to
escalate your appeal to the Office of Medicare Hearings and Appeals (an ALJ). Phone 1-855-555-0109.
""",
"other/call-note-2026-12-04.txt": head("Member's note of a call") + """
December 4, 2026: called the QIC at 1-855-555-0109; the reconsideration is still open, no decision issued.
"""}, {
"deadline": None, "counts_from": "2026-11-27",
"counted_how": "no filing window: the QIC's 60 days from its receipt on 2026-09-28 ran out on 2026-11-27 with no decision; from then the appellant may ask for escalation to an ALJ at any time while the QIC has still not decided",
"level": "escalation of the QIC reconsideration to an ALJ (Original Medicare)", "rule": "42 CFR 405.970(a)-(b), 405.1002(b)",
"why": "The QIC never decided within its 60 days, so the next request is a written request to the QIC to escalate, which the rule gives no closing date; the ALJ's 60-day window only starts from a reconsideration that has not been issued. The QIC may still decide within 5 days of receiving the escalation request, which would start an ALJ window instead.",
"trap": "Inventing a deadline by counting 60 days from the day the QIC's time ran out (2027-01-26), or telling the member to file a new reconsideration."})

# ---------------------------------------------------------------- 10 Part D redetermination ending on a Sunday
case("10-partd-sunday", """# FICTIONAL case for the appeal-kit deadline test set; invented people, plan and numbers.
patient:
  name: Horatio Villanueva-Stiles
  date_of_birth: 1953-06-25
  member_id: MRX-772014930
  address: 14 Pelican Cove, Mobile, AL 36602
  phone: (251) 555-0188
insurer:
  name: MeridianRx Prescription Drug Plan (PDP)
  appeals_address: MeridianRx, Part D Redeterminations, PO Box 52010, Birmingham, AL 35238
  fax: (205) 555-0161
claim:
  number: MRX-CD-26-1120-31007
  notice_date: 2026-11-20
  diagnosis_codes: [I48.91]
  denial_reason: The drug requires a trial of a preferred anticoagulant first (step therapy).
  denial_category: step_therapy
  plan_type: medicare_part_d
treatment:
  name: apixaban (anticoagulant)
author:
  name: Horatio Villanueva-Stiles
  relation: patient
""", {
"denial/coverage-determination-2026-11-20.txt": head("MERIDIANRX PDP - Notice of Denial of Medicare Prescription Drug Coverage") + """
Date: November 20, 2026
Enrollee: Horatio Villanueva-Stiles   Member ID: MRX-772014930   Request: MRX-CD-26-1120-31007

We denied your request: the plan covers this anticoagulant only after a trial of a preferred one (step therapy).

You may ask for a redetermination (appeal). You must ask within 65 days from the date of this notice. Fax
(205) 555-0161, mail PO Box 52010, Birmingham, AL 35238, or call 1-888-555-0114 (standard or fast appeal).
"""}, {
"deadline": "2027-01-24", "counts_from": "2026-11-20",
"counted_how": "65 days from the date of the notice = Sunday 2027-01-24; no rule in the sources read moves a Part D filing day off a weekend, so the Sunday itself is kept (the earlier, safe reading); a request by fax or phone can be made that day, a mailed one must arrive by then",
"level": "Part D redetermination (standard)", "rule": "42 CFR 423.582(b)",
"why": "The coverage determination of November 20, 2026 gives 65 days from its date, as the rule does since 2025. The window closes on a Sunday and nothing read here extends it, so the safe last day stays the Sunday.",
"trap": "Moving the day to Monday 2027-01-25 without a rule, or using '60 days after receipt' (the old text)."})

# ---------------------------------------------------------------- 11 Part D late, good cause
case("11-partd-good-cause-late", """# FICTIONAL case for the appeal-kit deadline test set; invented people, plan and numbers.
patient:
  name: Clementine Rousseau-Park
  date_of_birth: 1957-10-02
  member_id: ASP-D-40918822
  address: 73 Willow Bend, Des Moines, IA 50309
  phone: (515) 555-0152
insurer:
  name: Aspenleaf Medicare Rx (PDP)
  appeals_address: Aspenleaf Medicare Rx, Redeterminations, PO Box 9100, Omaha, NE 68103
  fax: (402) 555-0133
claim:
  number: ASP-CD-26-0923-11290
  notice_date: 2026-09-23
  diagnosis_codes: [G35.A]
  denial_reason: The drug is not on the plan's formulary.
  denial_category: not_covered
  denial_reasons: [formulary_exception]
  plan_type: medicare_part_d
late_filing:
  reason: I was in hospital and then a rehabilitation facility from October 30 to December 2, 2026 and could not read my mail or act on it.
  proof: [other/discharge-summary-2026-12-02.txt, other/good-cause-statement-2026-12-07.txt]
treatment:
  name: ocrelizumab (formulary exception)
author:
  name: Clementine Rousseau-Park
  relation: patient
""", {
"denial/coverage-determination-2026-09-23.txt": head("ASPENLEAF MEDICARE RX - Notice of Denial of Medicare Prescription Drug Coverage") + """
Date: September 23, 2026
Enrollee: Clementine Rousseau-Park   ID: ASP-D-40918822   Request: ASP-CD-26-0923-11290
We denied your formulary exception request. You must ask for a redetermination within 65 days from the date of
this notice. If you miss the deadline, tell us why; we can give you more time if you have a good reason.
""",
"other/discharge-summary-2026-12-02.txt": head("Prairie Lakes Rehabilitation Center (fictional) - discharge summary (excerpt)") + """
Patient: Clementine Rousseau-Park. Admitted to Mercy Fields Hospital (fictional) October 30, 2026; transferred to
inpatient rehabilitation November 9, 2026; discharged home December 2, 2026.
""",
"other/good-cause-statement-2026-12-07.txt": head("Statement of good cause (signed by the enrollee)") + """
December 7, 2026. My deadline to appeal ended on November 27, 2026 while I was in rehabilitation. I am asking the
plan to extend the time for good cause and accept my redetermination request.
"""}, {
"deadline": None, "counts_from": "2026-09-23",
"counted_how": "65 days from the notice date ended 2026-11-27, while the enrollee was in inpatient care; no day remains on which the request is on time, and the good-cause extension has no fixed closing date: send it at once with the statement and the discharge record",
"level": "Part D redetermination, late, asking for an extension for good cause", "rule": "42 CFR 423.582(b), (c)",
"why": "The window closed on November 27, 2026 during a hospital and rehabilitation stay. A late request can still be accepted for good cause, which no rule ties to a date, so the request should go now and say it is late.",
"trap": "Printing 2026-11-27 as a live deadline or calling the request timely; or saying the appeal is lost with no route."})

# ---------------------------------------------------------------- 12 Medicaid MC, reissued notice of resolution
case("12-medicaid-mc-reissued-resolution", """# FICTIONAL case for the appeal-kit deadline test set; invented people, plan and numbers.
patient:
  name: Yesenia Talamantes
  date_of_birth: 1990-08-11
  member_id: NMC-330918477
  address: 880 Arroyo Seco Road, Albuquerque, NM 87102
  phone: (505) 555-0118
  language: es
insurer:
  name: Sol y Sierra Community Health Plan (Medicaid managed care)
  appeals_address: Sol y Sierra, Appeals, PO Box 25500, Albuquerque, NM 87125
claim:
  number: SYS-26-0819-60231
  notice_date: 2026-08-19
  service_dates: [2026-09-14]
  procedure_codes: [E0470]
  diagnosis_codes: [J96.11]
  denial_reason: The BiPAP device is not medically necessary.
  denial_category: medical_necessity
  plan_type: medicaid
  delivery: managed_care
decisions:
  - date: 2026-10-20
    outcome: denied
    stage: plan appeal - notice of appeal resolution
    opens: state fair hearing
    reason: We uphold the denial.
  - date: 2026-11-03
    outcome: denied
    stage: plan appeal - corrected notice of appeal resolution (reissued with fair hearing rights)
    opens: state fair hearing
external_review:
  agency: New Mexico Health Care Authority, Fair Hearings Bureau (fictional address below)
  address: Fair Hearings Bureau, PO Box 9917, Santa Fe, NM 87504
  final_denial_date: 2026-10-20
submissions:
  - {date: 2026-09-08, method: fax, stage: plan appeal (first level), confirmation: FX-0908-03}
treatment:
  name: BiPAP device
author:
  name: Yesenia Talamantes
  relation: patient
""", {
"denial/notice-of-appeal-resolution-2026-10-20.txt": head("SOL Y SIERRA COMMUNITY HEALTH PLAN - Notice of Appeal Resolution") + """
Date: October 20, 2026
Member: Yesenia Talamantes   ID: NMC-330918477   Claim: SYS-26-0819-60231   Appeal: SYS-AP-9913
We reviewed your appeal received September 8, 2026. We uphold the denial of the BiPAP device.
(This notice did not include the page describing your state fair hearing rights.)
""",
"denial/corrected-notice-of-appeal-resolution-2026-11-03.txt": head("SOL Y SIERRA COMMUNITY HEALTH PLAN - CORRECTED Notice of Appeal Resolution") + """
Date: November 3, 2026
This corrected notice replaces our notice of October 20, 2026, which left out your fair hearing rights. Our
decision has not changed. You may ask for a State fair hearing no later than 120 calendar days from the date of
this notice. Fair Hearings Bureau, PO Box 9917, Santa Fe, NM 87504; phone (505) 555-0104.
"""}, {
"deadline": "2027-02-17", "counts_from": "2026-10-20",
"counted_how": "120 calendar days from the first notice of appeal resolution (2026-10-20); the corrected notice's own count (from 2026-11-03) gives 2027-03-03, later: a careful reader could take either, so the earlier, safe day is given",
"level": "Medicaid state fair hearing (after the managed care plan's appeal)", "rule": "42 CFR 438.408(f)(2)",
"why": "The plan decided the appeal on October 20 and reissued the notice on November 3 only to add hearing rights that were missing. Whether the defective first notice started the clock is arguable, so the hearing request is safest by 120 days from the first.",
"trap": "Taking the corrected notice's date (2027-03-03) or the old '90 to 120 days, as the state sets' reading (90 days: 2027-01-18)."})

# ---------------------------------------------------------------- 13 Medicaid MC, plan extended then never decided
case("13-medicaid-mc-extension-undecided", """# FICTIONAL case for the appeal-kit deadline test set; invented people, plan and numbers.
patient:
  name: Desmond Achterberg
  date_of_birth: 2001-03-05
  member_id: KCC-7710023
  address: 3309 Prairie View Drive, Wichita, KS 67203
  phone: (316) 555-0172
insurer:
  name: Keystone Care Connect (KanCare managed care plan, fictional)
  appeals_address: Keystone Care Connect, Appeals, PO Box 16400, Topeka, KS 66601
  fax: (785) 555-0124
claim:
  number: KCC-PA-26-0911-2209
  notice_date: 2026-09-11
  service_dates: [2026-10-05]
  procedure_codes: [90837]
  diagnosis_codes: [F43.10]
  denial_reason: Weekly psychotherapy beyond 12 sessions is not medically necessary.
  denial_category: medical_necessity
  plan_type: medicaid
  delivery: managed_care
submissions:
  - date: 2026-09-28
    method: fax
    stage: plan appeal (first level)
    confirmation: FX-0928-55
    decision_due: 2026-11-11
    decision_basis: 30 days from receipt on 2026-09-28 (42 CFR 438.408(b)(2)), extended 14 days by the plan's notice of 2026-10-21 (438.408(c))
    proof: [other/appeal-fax-report-2026-09-28.txt, other/plan-extension-notice-2026-10-21.txt]
  - {date: 2026-10-30, method: fax, stage: plan appeal (additional information asked 10/21/2026), confirmation: FX-1030-08}
external_review:
  agency: Kansas Office of Administrative Hearings (fictional address below)
  address: Office of Administrative Hearings, 1020 Example Street, Topeka, KS 66612
treatment:
  name: weekly psychotherapy
author:
  name: Desmond Achterberg
  relation: patient
""", {
"denial/adverse-benefit-determination-2026-09-11.txt": head("KEYSTONE CARE CONNECT - Notice of Adverse Benefit Determination") + """
Date: September 11, 2026
Member: Desmond Achterberg   ID: KCC-7710023   Authorization request: KCC-PA-26-0911-2209
We denied further weekly psychotherapy (code 90837) after 12 sessions. You may appeal to us within 60 days of the
date of this notice. Fax (785) 555-0124. If we do not decide your appeal on time, you may ask for a State fair
hearing.
""",
"other/appeal-fax-report-2026-09-28.txt": head("Fax transmission report") + """
Sent 09/28/2026 10:14 to (785) 555-0124, 6 pages, result OK. Document: appeal of KCC-PA-26-0911-2209.
""",
"other/plan-extension-notice-2026-10-21.txt": head("KEYSTONE CARE CONNECT - Notice of extension") + """
Date: October 21, 2026
We received your appeal on September 28, 2026. We need more information: please send the last three months of
therapy notes. We are taking 14 more days to decide. Our decision is now due by November 11, 2026.
""",
"other/member-log.txt": head("Member's log") + """
2026-10-30 faxed the therapy notes the plan asked for (FX-1030-08).
2026-12-07 no decision received; called the plan, told the appeal is 'still in review'.
"""}, {
"deadline": "2027-03-11", "counts_from": "2026-11-11",
"counted_how": "the plan's 30 days from receipt (2026-09-28) plus its 14-day extension ran out on 2026-11-11 with no decision, so the appeal is deemed exhausted; the 120 calendar days of the fair-hearing rule are counted from that day, since no notice of resolution was ever sent (the earliest day the count could start)",
"level": "Medicaid state fair hearing after an appeal the plan never decided", "rule": "42 CFR 438.408(b)(2), (c), (c)(3), (f)(1)-(2)",
"why": "The plan extended its time once, asked for records, got them, and still decided nothing by November 11. The member may go straight to the state fair hearing; with no resolution notice, counting 120 days from the day the plan's time ran out is the safe reading.",
"trap": "Counting from 2026-10-28 (ignoring the extension), restarting the clock from the 10-30 resend, or treating the case as still waiting on the plan with no deadline."})

# ---------------------------------------------------------------- 14 Medicaid MC, care cut, continued benefits
case("14-medicaid-mc-continued-benefits", """# FICTIONAL case for the appeal-kit deadline test set; invented people, plan and numbers.
patient:
  name: Ottoline Mwangi-Brandt
  date_of_birth: 1962-12-19
  member_id: BHC-51820094
  address: 47 Sycamore Hollow, Lexington, KY 40507
  phone: (859) 555-0129
insurer:
  name: Bluegrass Horizon Care (Medicaid managed care, fictional)
  appeals_address: Bluegrass Horizon Care, Appeals, PO Box 3990, Louisville, KY 40232
  fax: (502) 555-0171
claim:
  number: BHC-AUTH-26-0601-8812
  notice_date: 2026-12-01
  service_dates: [2026-12-14]
  procedure_codes: [S5125]
  diagnosis_codes: [G12.21]
  denial_reason: Personal care hours are reduced from 30 to 18 hours a week because the assessment shows less need.
  denial_category: medical_necessity
  plan_type: medicaid
  delivery: managed_care
  action: reduce
  action_date: 2026-12-14
prior_auth:
  approved:
    number: BHC-AUTH-26-0601-8812
    date: 2026-06-01
    covers: 30 hours a week of personal care through 2027-05-31
treatment:
  name: personal care services (30 hours a week)
author:
  name: Ottoline Mwangi-Brandt
  relation: patient
""", {
"denial/notice-of-adverse-benefit-determination-2026-12-01.txt": head("BLUEGRASS HORIZON CARE - Notice of Adverse Benefit Determination (reduction)") + """
Date sent: December 1, 2026
Member: Ottoline Mwangi-Brandt   ID: BHC-51820094   Authorization: BHC-AUTH-26-0601-8812
Your personal care services (S5125) will be reduced from 30 to 18 hours a week starting December 14, 2026.

You may appeal within 60 days of the date of this notice. To keep your services at 30 hours while we decide,
you must appeal and ask for your services to continue within 10 days of the date this notice was sent, or
before December 14, 2026, whichever is later. Fax (502) 555-0171 or call 1-800-555-0193.
""",
"other/prior-authorization-approval-2026-06-01.txt": head("BLUEGRASS HORIZON CARE - Authorization approved") + """
Date: June 1, 2026. Approved: personal care, 30 hours a week, June 1, 2026 through May 31, 2027.
"""}, {
"deadline": "2026-12-14", "counts_from": "2026-12-01",
"counted_how": "the later of 10 calendar days after the notice was sent (2026-12-11) and the intended effective date of the reduction (2026-12-14): filed on or before 2026-12-14, with a request that services continue, the appeal keeps the 30 hours; the appeal alone may be filed until 2027-01-30 (60 days), but without continued benefits",
"level": "Medicaid managed care plan appeal with continued benefits", "rule": "42 CFR 438.420(a)-(b); 42 CFR 438.402(c)(2)(ii)",
"why": "The plan is cutting care it approved through May 2027, so what matters is keeping the hours while the appeal is decided. That needs the appeal, and the request to continue, by the later of the 10th day and the effective date: December 14.",
"trap": "Giving only the 60-day appeal date (2027-01-30, a Saturday) or only the 10-day date (2026-12-11), missing that the later of the two governs."})

# ---------------------------------------------------------------- 15 Medicaid FFS hearing, notice date vs mailing date
case("15-medicaid-ffs-mailing-date", """# FICTIONAL case for the appeal-kit deadline test set; invented people, plan and numbers.
patient:
  name: Bartholomew Nakagawa-Reyes
  date_of_birth: 2008-04-04
  member_id: MS-MCD-118820317
  address: 12 Magnolia Court, Jackson, MS 39201
  phone: (601) 555-0163
insurer:
  name: Mississippi Division of Medicaid (fee-for-service, fictional office)
claim:
  number: DOM-PA-26-1110-0447
  notice_date: 2026-11-10
  service_dates: [2026-11-30]
  procedure_codes: [E1161]
  diagnosis_codes: [G80.0]
  denial_reason: The tilt-in-space wheelchair was denied because the seating evaluation was missing.
  denial_category: medical_necessity
  plan_type: medicaid
  delivery: fee_for_service
  appeal_deadline: 2026-12-12
  deadline_basis: "Notice: 'You must ask for a hearing within 30 days from the date this notice was mailed' (mailed 11/12/2026)"
treatment:
  name: tilt-in-space wheelchair
author:
  name: Rosalind Nakagawa-Reyes
  relation: parent
  role: mother
""", {
"denial/notice-of-action-2026-11-10.txt": head("MISSISSIPPI DIVISION OF MEDICAID (fictional office) - Notice of Action") + """
Date of notice: November 10, 2026
Date mailed: November 12, 2026
Beneficiary: Bartholomew Nakagawa-Reyes   Medicaid ID: MS-MCD-118820317   Request: DOM-PA-26-1110-0447

Your request for a tilt-in-space wheelchair (E1161) is denied: the seating evaluation was not received.

Your right to a hearing: you must ask for a hearing within 30 days from the date this notice was mailed. Write to
Office of Appeals, 550 Example High Street, Jackson, MS 39201, or call (601) 555-0108.
"""}, {
"deadline": "2026-12-10", "counts_from": "2026-11-10",
"counted_how": "30 days as the notice prints them; the rule and the notice count from mailing (2026-11-12, giving Saturday 2026-12-12), but the notice carries two dates and a request counted from the earlier notice date is on time either way: the earlier, safe day",
"level": "Medicaid state fair hearing (fee-for-service, no plan appeal)", "rule": "42 CFR 431.221(d); the notice's own sentence",
"why": "Fee-for-service Medicaid has no plan appeal: the state fair hearing is the first request, within the time the state sets, here 30 days from mailing. Counting from the earlier date printed on the notice is safe.",
"trap": "Applying managed care's 60 days or the 90-day ceiling, or counting only from the mailing date (2026-12-12, a Saturday)."})

# ---------------------------------------------------------------- 16 separate CHIP, state review, window ends on Christmas
case("16-chip-state-review-christmas", """# FICTIONAL case for the appeal-kit deadline test set; invented people, plan and numbers.
patient:
  name: Zara Lindqvist-Amadi
  date_of_birth: 2015-09-30
  member_id: PKC-20771904
  address: 2210 Aspen Ridge Road, Salt Lake City, UT 84109
  phone: (801) 555-0145
insurer:
  name: Peak Kids Care (separate CHIP plan, fictional)
  appeals_address: Peak Kids Care, Appeals, PO Box 45100, Salt Lake City, UT 84145
claim:
  number: PKC-26-0917-33021
  notice_date: 2026-09-17
  service_dates: [2026-10-01]
  procedure_codes: [92507]
  diagnosis_codes: [F80.2]
  denial_reason: Speech therapy beyond 20 visits a year is not covered.
  denial_category: benefit_limit
  plan_type: chip
  delivery: managed_care
decisions:
  - date: 2026-11-25
    outcome: denied
    stage: plan appeal decision
    opens: state review
    next_deadline: 2026-12-25
external_review:
  agency: Utah Department of Health CHIP State Review (fictional address below)
  address: CHIP State Review, PO Box 90001, Salt Lake City, UT 84114
  final_denial_date: 2026-11-25
submissions:
  - {date: 2026-10-09, method: mail, stage: plan appeal (first level), confirmation: USPS 9400-0000-5656}
treatment:
  name: speech therapy
author:
  name: Ingrid Lindqvist-Amadi
  relation: parent
  role: mother
""", {
"denial/appeal-decision-2026-11-25.txt": head("PEAK KIDS CARE (CHIP) - Appeal Decision") + """
Date: November 25, 2026
Member: Zara Lindqvist-Amadi   ID: PKC-20771904   Claim: PKC-26-0917-33021
We received your appeal on October 13, 2026. We uphold our decision.

State review: if you disagree, you may ask the State for a review of our decision. Your request must be received
within 30 days of the date of this letter: CHIP State Review, PO Box 90001, Salt Lake City, UT 84114, fax
(801) 555-0102.
"""}, {
"deadline": "2026-12-25", "counts_from": "2026-11-25",
"counted_how": "30 days from the date of the plan's appeal decision, as it prints, = Friday 2026-12-25, Christmas Day (a federal holiday); no rule in the sources read moves it, so it is kept (the earlier, safe day); the notice says 'received', so a mailed request must arrive by then: fax it, or mail it well before",
"level": "separate CHIP: the state's review of the plan's appeal decision", "rule": "42 CFR 457.1130(b); the decision's own sentence",
"why": "A separate CHIP has no state fair hearing: after the plan's appeal, the state reviews the decision in the time the decision prints. That time ends on a holiday, and without a rule that extends it the holiday itself is the safe last day.",
"trap": "Moving it to Monday 2026-12-28, applying Medicaid's 120-day fair hearing window (2027-03-25), or counting from the first notice of 2026-09-17."})

# ---------------------------------------------------------------- 17 FEHB, carrier never answered: OPM
case("17-fehb-carrier-silent-opm", """# FICTIONAL case for the appeal-kit deadline test set; invented people, plan and numbers.
patient:
  name: Cornelius Abernathy-Ito
  date_of_birth: 1968-02-27
  member_id: R55108822
  address: 401 Federal Hill Road, Arlington, VA 22201
  phone: (703) 555-0159
insurer:
  name: Capitol Shield Benefit Plan (FEHB carrier, fictional)
  appeals_address: Capitol Shield, Reconsiderations, PO Box 7700, Richmond, VA 23261
claim:
  number: CSB-26-0826-70019
  notice_date: 2026-08-26
  service_dates: [2026-08-05]
  procedure_codes: [95810]
  diagnosis_codes: [G47.33]
  denial_reason: The in-lab sleep study was not medically necessary; a home study should have been done first.
  denial_category: medical_necessity
  plan_type: fehb
submissions:
  - date: 2026-10-19
    method: mail
    stage: carrier reconsideration
    confirmation: USPS certified 7020-0000-6767
    decision_due: 2026-11-21
    decision_basis: 30 days from the carrier's receipt on 2026-10-22 (5 CFR 890.105(b)(2))
    proof: other/certified-mail-delivery-2026-10-22.txt
external_review:
  agency: U.S. Office of Personnel Management, Federal Employee Insurance Operations
  address: OPM, FEIO, Health Insurance Review (fictional routing), PO Box 44100, Washington, DC 20044
treatment:
  name: in-lab sleep study
author:
  name: Cornelius Abernathy-Ito
  relation: patient
""", {
"denial/eob-denial-2026-08-26.txt": head("CAPITOL SHIELD BENEFIT PLAN - Explanation of Benefits") + """
Date: August 26, 2026
Member: Cornelius Abernathy-Ito   ID: R55108822   Claim: CSB-26-0826-70019
Sleep study of 08/05/2026 (code 95810): not paid, not medically necessary. You may ask us to reconsider within
6 months of this notice, as the brochure's disputed claims section explains.
""",
"other/certified-mail-delivery-2026-10-22.txt": head("USPS tracking printout (typed copy)") + """
Certified mail 7020-0000-6767, mailed October 19, 2026 from Arlington, VA.
Delivered October 22, 2026, 9:41 am, Richmond, VA 23261 (Capitol Shield, PO Box 7700).
""",
"other/brochure-disputed-claims-excerpt.txt": head("FEHB brochure (fictional carrier), Section 8 excerpt") + """
Step 3: You may ask OPM to review: within 90 days after the date of our letter upholding our decision; or
120 days after you first wrote to us, if we did not answer that request in some way within 30 days; or 120 days
after we asked for additional information.
""",
"other/member-log.txt": head("Member's log") + """
2026-12-06 still no answer from Capitol Shield to my reconsideration request; no letter asking for more information.
"""}, {
"deadline": "2027-02-16", "counts_from": "2026-10-19",
"counted_how": "the brochure's 120 days after the member first wrote (mailed 2026-10-19) = 2027-02-16; OPM's 90 days counted from the day the carrier's 30 days ran out (30 days from its receipt on 2026-10-22 = 2026-11-21) would give 2027-02-19, later: the earlier, safe day is given",
"level": "OPM review after a reconsideration the FEHB carrier never answered", "rule": "5 CFR 890.105(a)(1), (b)(2), (e); the brochure's disputed claims steps",
"why": "The carrier did not answer the reconsideration within 30 days of receiving it, so the member may go to OPM without waiting. Of the two ways to count OPM's window, 120 days from the first writing ends first.",
"trap": "Waiting for a carrier decision that never came, resending to the carrier, counting 90 days from the EOB, or counting the 120 days from delivery (2027-02-19) instead of the day the member wrote."})

# ---------------------------------------------------------------- 18 TRICARE second reconsideration (TQMC)
case("18-tricare-second-reconsideration", """# FICTIONAL case for the appeal-kit deadline test set; invented people, plan and numbers.
patient:
  name: Sgt. (ret.) Leopold Castellanos-Whit
  date_of_birth: 1975-01-20
  member_id: "1234509876"
  address: 1500 Fort Loop Road, Fayetteville, NC 28303
  phone: (910) 555-0185
insurer:
  name: TRICARE East Region contractor (fictional) - TRICARE Select
  appeals_address: TRICARE East Appeals (fictional), PO Box 8800, Columbia, SC 29202
claim:
  number: TRE-26-0714-29915
  notice_date: 2026-09-02
  service_dates: [2026-10-19]
  procedure_codes: [22612]
  diagnosis_codes: [M43.16]
  denial_reason: Lumbar fusion is not medically necessary; conservative care was not completed.
  denial_category: medical_necessity
  plan_type: tricare
decisions:
  - date: 2026-11-05
    outcome: denied
    stage: reconsideration (regional contractor)
    opens: second reconsideration by the TRICARE Quality Monitoring Contractor
    next_deadline: 2027-02-03
submissions:
  - {date: 2026-09-30, method: fax, stage: reconsideration (first level), confirmation: FX-0930-61}
treatment:
  name: lumbar spinal fusion
author:
  name: Leopold Castellanos-Whit
  relation: patient
""", {
"denial/reconsideration-decision-2026-11-05.txt": head("TRICARE EAST (fictional contractor) - Reconsideration Decision") + """
Date: November 5, 2026
Beneficiary: Leopold Castellanos-Whit   DoD benefits number: 1234509876   Case: TRE-26-0714-29915
We reconsidered the medical necessity denial of the preauthorization request for lumbar fusion (22612). We uphold it.

If you disagree, you may ask for a second reconsideration by the TRICARE Quality Monitoring Contractor (TQMC).
Your request must be postmarked or received within 90 days of the date of this decision. Mail: TQMC Appeals
(fictional), PO Box 2290, Orlando, FL 32802, fax (407) 555-0117.
""",
"other/preauthorization-denial-2026-09-02.txt": head("TRICARE EAST (fictional contractor) - Preauthorization denial") + """
Date: September 2, 2026. Lumbar fusion (22612) not authorized: not medically necessary. You may ask for
reconsideration within 90 days of the date of this notice.
"""}, {
"deadline": "2027-02-03", "counts_from": "2026-11-05",
"counted_how": "90 days from the date of the reconsideration decision; 'postmarked or received' by then, so mailing on that day is on time",
"level": "TRICARE second reconsideration by the TQMC (medical-necessity denial)", "rule": "32 CFR 199.15; 32 CFR 199.10",
"why": "The regional contractor upheld a medical-necessity denial on reconsideration, which opens a second reconsideration by the TQMC within 90 days of that decision. A non-medical ('factual') denial would instead go to a formal review in 60 days.",
"trap": "Sending it to a formal review with a 60-day window (2027-01-04), counting from the first denial of 2026-09-02, or suggesting a state external review."})

# ---------------------------------------------------------------- 19 church plan, second level, more information asked
case("19-church-second-level", """# FICTIONAL case for the appeal-kit deadline test set; invented people, plan and numbers.
patient:
  name: Agnieszka Fontaine-Obi
  date_of_birth: 1983-06-06
  member_id: LMB-00418837
  address: 95 Chapel Green, Saint Paul, MN 55105
  phone: (651) 555-0134
insurer:
  name: Lutheran Mission Benefits Health Plan (church plan, self-funded)
  appeals_address: Lutheran Mission Benefits, Claim Appeals, PO Box 6200, Minneapolis, MN 55406
  fax: (612) 555-0115
claim:
  number: LMB-26-0901-55018
  notice_date: 2026-09-01
  service_dates: [2026-08-10]
  procedure_codes: [97153]
  diagnosis_codes: [F84.0]
  denial_reason: Applied behavior analysis for an adult is excluded under the plan.
  denial_category: not_covered
  plan_type: church
  funding: self_funded
  grandfathered: false
decisions:
  - date: 2026-11-12
    outcome: denied
    stage: internal appeal (first level)
    opens: second level
    next_deadline: 2027-01-11
    reason: The exclusion for applied behavior analysis after age 21 applies.
submissions:
  - {date: 2026-09-21, method: fax, stage: internal appeal (first level), confirmation: FX-0921-30}
  - {date: 2026-10-09, method: fax, stage: internal appeal (additional information asked 10/05/2026), confirmation: FX-1009-02}
treatment:
  name: applied behavior analysis
author:
  name: Agnieszka Fontaine-Obi
  relation: patient
""", {
"denial/first-level-appeal-decision-2026-11-12.txt": head("LUTHERAN MISSION BENEFITS HEALTH PLAN - First-Level Appeal Decision") + """
Date: November 12, 2026
Member: Agnieszka Fontaine-Obi   ID: LMB-00418837   Claim: LMB-26-0901-55018
We reviewed your appeal received September 21, 2026, and the records you sent on October 9, 2026 after our
request of October 5, 2026. We uphold the denial: the plan excludes applied behavior analysis after age 21.

You may ask for a second-level appeal within 60 days of the date of this letter. Send it to Claim Appeals,
PO Box 6200, Minneapolis, MN 55406, fax (612) 555-0115, or e-mail appeals@lmbhealth.example.
""",
"other/request-for-information-2026-10-05.txt": head("LUTHERAN MISSION BENEFITS - Request for information") + """
Date: October 5, 2026. To decide your appeal we need the treatment plan and the last two progress reports.
"""}, {
"deadline": "2027-01-11", "counts_from": "2026-11-12",
"counted_how": "60 days from the date of the first-level appeal decision, as that decision prints (no regulation fixes a second level's window)",
"level": "second internal appeal (church plan)", "rule": "the plan's own terms as printed in the decision; 26 CFR 54.9815-2719(b)(2)(i) (claims procedures by reference to 29 CFR 2560.503-1)",
"why": "The plan offers a second internal level, and its decision of November 12, 2026 gives 60 days from its date. The first notice's 180 days no longer decide anything once the first level is decided.",
"trap": "Counting 180 days from the first notice of 2026-09-01 (2027-02-28), treating the first-level decision as final and counting 4 months to external review, or restarting from the 10-09 resend."})

# ---------------------------------------------------------------- 20 governmental plan, urgent: expedited appeal
case("20-governmental-expedited", """# FICTIONAL case for the appeal-kit deadline test set; invented people, plan and numbers.
patient:
  name: Priyanka Hollowell-Sato
  date_of_birth: 1977-08-14
  member_id: SEP-66230091
  address: 808 Capitol View Lane, Sacramento, CA 95814
  phone: (916) 555-0142
insurer:
  name: State Employees' Health Plan of Sierra County (governmental plan, administered by Goldleaf Health)
  appeals_address: Goldleaf Health, Expedited Appeals, PO Box 1180, Sacramento, CA 95812
  fax: (916) 555-0126
claim:
  number: GLH-PA-26-1120-0771
  notice_date: 2026-11-20
  service_dates: [2026-12-15]
  procedure_codes: [96413]
  diagnosis_codes: [C50.912]
  denial_reason: The chemotherapy regimen is experimental for this indication.
  denial_category: experimental_investigational
  plan_type: governmental
  funding: insured
  grandfathered: false
  urgent: true
urgency:
  reason: Delay beyond the planned start on December 15, 2026 risks progression of a treatable cancer.
  certified_by: Dr. Lucinda Ferreira-Hart, MD
treatment:
  name: chemotherapy regimen
author:
  name: Priyanka Hollowell-Sato
  relation: patient
""", {
"denial/prior-authorization-denial-2026-11-20.txt": head("GOLDLEAF HEALTH for the State Employees' Health Plan of Sierra County - Prior Authorization Denial") + """
Date: November 20, 2026
Member: Priyanka Hollowell-Sato   ID: SEP-66230091   Request: GLH-PA-26-1120-0771
We denied prior authorization for the chemotherapy planned to start December 15, 2026 (code 96413): we consider
the regimen experimental for this indication.

You may appeal within 180 days of receiving this letter. If your doctor says waiting could seriously harm your
health, ask for an expedited appeal: we will decide within 72 hours. You may ask for an expedited external review
at the same time. Fax (916) 555-0126 or call 1-800-555-0177.
""",
"other/oncologist-urgency-letter-2026-11-24.txt": head("Letter of Dr. Lucinda Ferreira-Hart, MD (fictional)") + """
November 24, 2026. Waiting for a standard appeal decision would seriously jeopardize my patient's health; the
regimen must start on December 15, 2026.
"""}, {
"deadline": "2027-05-19", "counts_from": "2026-11-20",
"counted_how": "180 days counted from the notice date (the rule and the notice count from receipt, which is not shown; the notice date is the earlier, safe start); the 72 hours are the plan's time to decide, not the member's time to ask",
"level": "expedited internal appeal (governmental plan), with expedited external review possible at the same time", "rule": "45 CFR 147.136(b)(2)(i) applying 29 CFR 2560.503-1(h)(3)(i) and (i)(2)(i); 45 CFR 147.136(d)(3)",
"why": "An expedited appeal has the same filing window as a standard one; what is fast is the plan's decision. Practically it should go at once, since the care starts December 15, but the last timely day is 180 days from the notice.",
"trap": "Reporting a 72-hour filing deadline (2026-11-23) or a 'file before the service date' deadline as the legal limit; citing ERISA as the governing law of a government employer's plan."})


# ============================================================================ writing and self-checks
PHONE = re.compile(r"(?:\(\d{3}\)\s?|\b1-\d{3}-|\b\d{3}-)555-(\d{4})\b")
BARE555 = re.compile(r"(?<![\d)\-] )(?<![\d\-)])\b555-\d{4}\b")
EMAIL = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
DATE_FORMS = lambda d: {d.isoformat(), d.strftime("%m/%d/%Y"), f"{d:%B} {d.day}, {d.year}"}


def write_all():
    for old in HERE.iterdir():
        if old.is_dir() and re.match(r"\d\d-", old.name):
            shutil.rmtree(old)
        if old.is_file() and old.name.endswith(".deadline.json"):
            old.unlink()
    for slug, y, docs, ans in CASES:
        d = HERE / slug
        (d / "denial").mkdir(parents=True)
        (d / "case.yaml").write_text(y)
        for rel, text in docs.items():
            p = d / rel
            p.parent.mkdir(parents=True, exist_ok=True)
            p.write_text(text)
        out = {"_note": "FICTIONAL answer key for appeal-kit deadline set 01 (issue 18); invented case.", **ans}
        (HERE / f"{slug}.deadline.json").write_text(json.dumps(out, indent=2) + "\n")


def self_check():
    errs = []
    yaml = YAML(typ="safe")
    assert len(CASES) == 20 and len({c[0] for c in CASES}) == 20
    for slug, y, docs, ans in CASES:
        d = HERE / slug
        if not y.startswith("# FICTIONAL"):
            errs.append(f"{slug}: case.yaml first line not FICTIONAL")
        try:
            data = yaml.load((d / "case.yaml").read_text())
            for k in ("patient", "insurer", "claim", "author"):
                assert k in data, k
            for k in ("number", "denial_reason", "plan_type", "notice_date"):
                assert k in data["claim"], k
        except Exception as e:  # noqa
            errs.append(f"{slug}: case.yaml: {e}")
            continue
        texts = {"case.yaml": y, **docs}
        for rel, t in texts.items():
            if rel != "case.yaml" and not t.startswith("FICTIONAL"):
                errs.append(f"{slug}/{rel}: no FICTIONAL header")
            for m in re.finditer(r"555-(\d{4})", t):
                line = m.group(1)
                if not line.startswith("01"):
                    errs.append(f"{slug}/{rel}: 555 line {line} not 01xx")
                before = t[max(0, m.start() - 6):m.start()]
                if not (re.search(r"\(\d{3}\) $", before) or re.search(r"\d-\d{3}-$", before)):
                    errs.append(f"{slug}/{rel}: bare or odd phone near {t[max(0,m.start()-8):m.end()]!r}")
            for m in EMAIL.finditer(t):
                if not m.group(1).endswith(".example"):
                    errs.append(f"{slug}/{rel}: e-mail {m.group(0)} not .example")
            for m in re.finditer(r"https?://(\S+)", t):
                if ".example" not in m.group(1):
                    errs.append(f"{slug}/{rel}: URL not .example")
        cf = ans["counts_from"]
        if cf:
            dd = date.fromisoformat(cf)
            alltext = "\n".join(texts.values())
            if not any(f in alltext for f in DATE_FORMS(dd)):
                errs.append(f"{slug}: counts_from {cf} not printed in any document or case.yaml")
        if ans["deadline"] is not None:
            date.fromisoformat(ans["deadline"])
        for k in ("deadline", "counts_from", "counted_how", "level", "rule", "why", "trap"):
            if k not in ans:
                errs.append(f"{slug}: answer lacks {k}")
        j = json.loads((HERE / f"{slug}.deadline.json").read_text())
        if not j["_note"].startswith("FICTIONAL"):
            errs.append(f"{slug}: json _note")
    return errs


def run_check():
    exe = "/work/main/.venv/bin/appeal-kit"
    out = ["FICTIONAL data: output of `appeal-kit check` on each case of deadline set 01.\n"]
    for slug, *_ in CASES:
        r = subprocess.run([exe, "check", str(HERE / slug)], capture_output=True, text=True, timeout=300)
        out.append(f"\n===== {slug} (exit {r.returncode}) =====\n{r.stdout}{r.stderr}")
    (HERE / "check-output.txt").write_text("".join(out))


if __name__ == "__main__":
    write_all()
    errs = self_check()
    print("self-check:", "OK" if not errs else f"{len(errs)} problem(s)")
    for e in errs:
        print("  ", e)
    if "--check" in sys.argv:
        run_check()
        print("check output written to check-output.txt")
    sys.exit(1 if errs else 0)
