"""Set 26, case 04 (FICTIONAL): an insured church plan denies six pre-approved IV ketamine infusions as "after coverage
terminated 06/30/2026" though the certificate keeps coverage continuous when a member moves to another participating
church employer within 31 days; first internal appeal by the ketamine clinic's billing coordinator."""

SLUG = "04-church-plan-ketamine-coverage-terminated-transfer-between-employers-first-appeal-billing-coordinator"

CASE_YAML = r"""
# FICTIONAL CASE (set 26, case 04) - every person, church, plan, provider, number and address is invented.
# Church plan, insured (not ERISA), Colorado. Ms. Fairbanks, 39, left one congregation of the denomination on
# 06/30/2026 and began work at another on 07/13/2026, which enrolled her on 07/20/2026. Certificate 3.6: moving between
# Participating Employers within 31 days keeps coverage "without interruption". The insurer loaded the new enrollment as
# starting 08/01/2026 and denied six pre-approved IV ketamine infusions (07/06-07/20/2026) CO-27 "coverage terminated
# 06/30/2026". Three of the six dates fall between the two jobs. The clinic's billing coordinator, her authorized
# representative, writes the first internal appeal.
patient:
  name: Naomi Fairbanks
  salutation: Ms. Fairbanks
  date_of_birth: 1987-01-29
  member_id: FICT-HML-UCB-5518820471
  address: |-
    2614 Wren Court
    Loveland, CO 80538
  phone: (970) 555-0117
insurer:
  name: Heartland Mutual Life Insurance Company, insurer of the United Covenant Benefits Board Health Plan (FICTIONAL)
  appeals_address: |-
    Heartland Mutual Life - Member Appeals (address FICTIONAL)
    PO Box 17340
    Denver, CO 80217
  fax: (303) 555-0158
claim:
  number: HML-26-0803-992174
  plan_type: church
  funding: insured
  action: none
  notice_date: 2026-08-25
  service_dates: [2026-07-06, 2026-07-08, 2026-07-10, 2026-07-14, 2026-07-16, 2026-07-20]
  sessions: 6
  setting: outpatient
  procedure_codes: [96365, J3490]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-27]
  denial_reason: >-
    CO-27: Expenses incurred after coverage terminated. Member coverage terminated 06/30/2026. New coverage effective
    08/01/2026.
  denial_category: other
  denial_reasons: [coverage_ended]
  corrections:
    - said: "Member coverage terminated 06/30/2026. New coverage effective 08/01/2026."
      record: >-
        The Benefits Board confirms that Ms. Fairbanks's coverage continued without interruption under Certificate
        Section 3.6: her employment with Grace Covenant Church ended June 30, 2026, her employment with Hillside
        Covenant Church, another Participating Employer, began July 13, 2026 (13 days later), and Hillside enrolled her
        on July 20, 2026 (7 days after she began), within the 31 days the section allows
      file: other/benefits-board-confirmation-2026-11-04.txt
      page: 1
eligibility:
  why: >-
    Ms. Fairbanks moved from one Participating Employer of the plan (Grace Covenant Church, employment ended June 30,
    2026) to another (Hillside Covenant Church, employment began July 13, 2026, enrolled July 20, 2026). Under
    Certificate Section 3.6 her coverage continued without interruption. The insurer recorded the termination the
    first employer reported but loaded the second enrollment as new coverage from August 1, 2026.
  start: 2019-09-01
  coverage: United Covenant Benefits Board Health Plan (group coverage insured by Heartland Mutual Life)
  record:
    name: Benefits Board confirmation of continuous coverage on transfer
    date: 2026-11-04
    file: other/benefits-board-confirmation-2026-11-04.txt
    page: 1
  proof:
    - other/benefits-board-confirmation-2026-11-04.txt
    - other/hillside-enrollment-form-2026-07-20.txt
    - other/hillside-offer-letter-2026-06-22.txt
plan_policy:
  name: Group Certificate of Coverage, Sections 3.5 and 3.6 (end of coverage; transfer between Participating Employers)
  quote: >-
    3.5 Your coverage ends on the last day of the month in which your employment with a Participating Employer ends,
    except as stated in Section 3.6. 3.6 Transfer between Participating Employers. If your employment with one
    Participating Employer ends and you begin employment with another Participating Employer within 31 days, your
    coverage continues without interruption, and no new waiting period applies, provided the new Participating
    Employer enrolls you within 31 days after your employment begins.
  file: other/certificate-of-coverage-2026-excerpts.txt
prior_auth:
  approved:
    number: PA-26-0624-33810
    date: 2026-06-24
    covers: Six IV ketamine infusions (96365 with J3490) from June 29 through August 28, 2026
    quote: >-
      Approved: intravenous ketamine infusion, 6 sessions, dates of service 06/29/2026 through 08/28/2026. Approval is
      subject to the member's eligibility on each date of service.
    file: other/prior-authorization-approval-2026-06-24.txt
    from: 2026-06-29
    through: 2026-08-28
    lines:
      - {code: 96365, units: 6, given: 6}
treatment:
  name: IV ketamine infusions for treatment-resistant depression, six-infusion series
  summary: >-
    A series of six IV ketamine infusions over about two weeks, approved in advance by the insurer (PA-26-0624-33810).
clinical:
  severity: PHQ-9 21 on 06/15/2026 (before the series); PHQ-9 9 on 07/27/2026 (after it)
  severity_date: 2026-07-27
  suicidality: passive
  suicidality_date: 2026-06-15
  response: PHQ-9 21 (06/15/2026) before the series and 9 (07/27/2026) after it
  response_level: response
  episode_onset: 2024-11
  history:
    - drug: Escitalopram (2021 episode)
      dose: 20 mg daily
      start: 2021-03
      end: 2022-04
      kind: antidepressant
      response: remission
      outcome: Remission of the 2021 episode; tapered off as planned
      evidence: {file: clinical/infusion-summary-2026-07-27.txt, page: 1}
    - drug: Sertraline
      dose: 200 mg daily
      start: 2024-12-02
      end: 2025-03-10
      kind: antidepressant
      response: none
      outcome: No response after 14 weeks; stopped
      evidence: {file: clinical/infusion-summary-2026-07-27.txt, page: 1}
    - drug: Bupropion XL
      dose: 450 mg daily
      start: 2025-03-17
      ongoing: true
      kind: antidepressant
      response: partial
      outcome: Partial response; continues
      evidence: {file: clinical/infusion-summary-2026-07-27.txt, page: 1}
    - drug: Aripiprazole (added to bupropion)
      dose: 5 mg daily
      start: 2025-09-08
      end: 2025-09-29
      kind: augmentation
      adequate: false
      outcome: Stopped after 3 weeks for akathisia
      evidence: {file: clinical/infusion-summary-2026-07-27.txt, page: 1}
    - drug: Hydroxyzine
      dose: 25 mg at bedtime for sleep
      start: 2025-06
      ongoing: true
      kind: other
      outcome: For sleep only
      evidence: {file: clinical/infusion-summary-2026-07-27.txt, page: 1}
author:
  name: Marisol Ybarra
  role: Billing and insurance coordinator, Front Range Ketamine & Wellness; authorized representative of the member
  relation: representative
  authorization: other/authorized-representative-form-2026-09-15.txt
  address: |-
    Front Range Ketamine & Wellness, 1450 Eagle Drive, Suite 220
    Loveland, CO 80537
  phone: (970) 555-0163
  email: billing@frontrangeketamine.example
provider:
  name: Gideon Marsh
  credentials: MD
  npi: "1295748036"
  tax_id: "84-0000417"
  address: |-
    Front Range Ketamine & Wellness, 1450 Eagle Drive, Suite 220
    Loveland, CO 80537
  phone: (970) 555-0163
call_log:
  - date: 2026-09-02
    who: Heartland Mutual Life provider services (representative "Janelle")
    reference: CALL-HML-0902-5521
    summary: >-
      Asked why the July infusions were denied. Told the eligibility file shows coverage terminated 06/30/2026 and new
      coverage from 08/01/2026; the representative could not change eligibility and said the member or her
      representative must appeal, with proof from the Benefits Board.
reimbursement:
  amount_billed: "$4,200.00"
  amount_paid: "$0.00"
bates_prefix: FAIRBANKS
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
"""

DOCS = {}

DOCS["denial/explanation-of-benefits-2026-08-25.txt"] = """
HEARTLAND MUTUAL LIFE INSURANCE COMPANY (FICTIONAL) - EXPLANATION OF BENEFITS          Date: 08/25/2026          Page 1
Plan: United Covenant Benefits Board Health Plan (a church plan; group policy FICT-GP-7710)

Member: Naomi Fairbanks          ID: FICT-HML-UCB-5518820471
Claim HML-26-0803-992174          Provider: Front Range Ketamine & Wellness (in network)
07/06, 07/08, 07/10, 07/14, 07/16, 07/20/2026   96365 x1 and J3490 each date   Billed $4,200.00   Paid $0.00
Reason CO-27: Expenses incurred after coverage terminated. Member coverage terminated 06/30/2026. New coverage
effective 08/01/2026.

Patient: Eli Fairbanks (dependent)          Claim HML-26-0812-004418          Provider: Loveland Family Dental
08/10/2026   D1120   Billed $96.00   Paid $96.00

Your right to appeal: You may appeal within 180 days after you receive this notice. Send your appeal to Heartland
Mutual Life - Member Appeals, PO Box 17340, Denver, CO 80217, or fax (303) 555-0158.
"""

DOCS["other/certificate-of-coverage-2026-excerpts.txt"] = """
UNITED COVENANT BENEFITS BOARD HEALTH PLAN (FICTIONAL) - GROUP CERTIFICATE OF COVERAGE, 2026 (excerpts)
Insured by Heartland Mutual Life Insurance Company. The Plan is a church plan.          Page 1

Section 3.2 - Participating Employers
Congregations, schools and agencies of the United Covenant Church that have joined the Plan are Participating
Employers. A list is kept by the Benefits Board.

Section 3.5 - When coverage ends
Your coverage ends on the last day of the month in which your employment with a Participating Employer ends, except as
stated in Section 3.6.

Section 3.6 - Transfer between Participating Employers
If your employment with one Participating Employer ends and you begin employment with another Participating Employer
within 31 days, your coverage continues without interruption, and no new waiting period applies, provided the new
Participating Employer enrolls you within 31 days after your employment begins. The new Participating Employer is
billed for the premium from the first day after your coverage through the former employer would have ended.
"""

DOCS["other/benefits-board-confirmation-2026-11-04.txt"] = """
UNITED COVENANT BENEFITS BOARD (FICTIONAL) - CONFIRMATION OF CONTINUOUS COVERAGE          Date: 11/04/2026          Page 1

To: Heartland Mutual Life Insurance Company, Eligibility Department; copy to Naomi Fairbanks
Member: Naomi Fairbanks          Coverage under the Plan since: 09/01/2019

Former Participating Employer: Grace Covenant Church, Fort Collins, CO - employment ended 06/30/2026
New Participating Employer: Hillside Covenant Church, Loveland, CO - employment began 07/13/2026; enrolled 07/20/2026
This is a transfer under Certificate Section 3.6. Ms. Fairbanks's coverage continued WITHOUT INTERRUPTION; there is no
break in coverage in July 2026. Hillside Covenant Church has been billed the July 2026 premium. Please correct the
eligibility record, which shows a termination on 06/30/2026 and new coverage from 08/01/2026, and reprocess any claims
denied for that reason. (Her son Eli Fairbanks, a dependent, is covered on the same terms.)
"""

DOCS["other/hillside-enrollment-form-2026-07-20.txt"] = """
UNITED COVENANT BENEFITS BOARD HEALTH PLAN (FICTIONAL) - EMPLOYER ENROLLMENT FORM          Submitted: 07/20/2026   Page 1

Participating Employer: Hillside Covenant Church, Loveland, CO (employer no. FICT-UCB-0417)
Employee: Naomi Fairbanks          Date employment began: 07/13/2026          Coverage: employee + child (Eli)
Reason: TRANSFER from another Participating Employer (Grace Covenant Church, employment ended 06/30/2026)
Requested effective date: continuous (Certificate Section 3.6)
Signed for the employer: Business Administrator, Hillside Covenant Church (signed 07/20/2026)
"""

DOCS["other/hillside-offer-letter-2026-06-22.txt"] = """
HILLSIDE COVENANT CHURCH (FICTIONAL)          Date: 06/22/2026          Page 1

Dear Ms. Fairbanks,
We are glad to confirm your appointment as Director of Family Ministries, beginning Monday, July 13, 2026. As a
Participating Employer of the United Covenant Benefits Board Health Plan, we will enroll you in the Plan as a transfer.
Church Council of Hillside Covenant Church
"""

DOCS["other/id-card-reissued-2026-08-03.txt"] = """
HEARTLAND MUTUAL LIFE (FICTIONAL) - MEMBER ID CARD (reissued)          Mailed: 08/03/2026          Page 1

Naomi Fairbanks          ID FICT-HML-UCB-5518820471          Group: Hillside Covenant Church
Effective date: 08/01/2026          Plan: United Covenant Benefits Board Health Plan
"""

DOCS["other/prior-authorization-approval-2026-06-24.txt"] = """
HEARTLAND MUTUAL LIFE (FICTIONAL) - PRIOR AUTHORIZATION DECISION          Date: 06/24/2026          Page 1

Member: Naomi Fairbanks          Reference: PA-26-0624-33810          Provider: Gideon Marsh, MD
Approved: intravenous ketamine infusion, 6 sessions, dates of service 06/29/2026 through 08/28/2026. Approval is subject
to the member's eligibility on each date of service.
"""

DOCS["other/authorized-representative-form-2026-09-15.txt"] = """
HEARTLAND MUTUAL LIFE (FICTIONAL) - AUTHORIZATION OF A REPRESENTATIVE FOR AN APPEAL          Signed: 09/15/2026     Page 1

I, Naomi Fairbanks (ID FICT-HML-UCB-5518820471), authorize Marisol Ybarra, billing and insurance coordinator at Front
Range Ketamine & Wellness, to appeal for me the denial of claim HML-26-0803-992174 (July 2026 infusions) and to
receive my health and coverage information for that purpose.
Signature: Naomi Fairbanks (signed)
"""

DOCS["clinical/infusion-summary-2026-07-27.txt"] = """
FRONT RANGE KETAMINE & WELLNESS (FICTIONAL) - INFUSION SERIES SUMMARY          Date: 07/27/2026          Page 1

Patient: Naomi Fairbanks, DOB 01/29/1987          Physician: Gideon Marsh, MD
Diagnosis: F33.2 major depressive disorder, recurrent, severe; current episode since November 2024.
Series: six IV ketamine infusions, 0.5 mg/kg over 40 minutes, on 07/06, 07/08, 07/10, 07/14, 07/16 and 07/20/2026.
PHQ-9 21 on 06/15/2026 (passive wish to be dead, no plan); PHQ-9 9 on 07/27/2026: response.
History: escitalopram 20 mg 03/2021-04/2022, remission of the earlier episode, tapered. This episode: sertraline
200 mg 12/02/2024-03/10/2025, no response after 14 weeks; bupropion XL 450 mg since 03/17/2025, partial response,
continues; aripiprazole 5 mg added 09/08/2025, stopped 09/29/2025 for akathisia; hydroxyzine 25 mg at bedtime for sleep.
"""

TRUTH = r"""
# 04 - Church plan (insured): pre-approved IV ketamine denied "coverage terminated 06/30/2026" though the certificate keeps coverage continuous on a transfer between participating employers; first appeal by the clinic's billing coordinator (FICTIONAL)

All people, churches, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Naomi Fairbanks, 39 (DOB 01/29/1987), Loveland, CO, has been covered by the **United Covenant Benefits Board Health
  Plan** since **09/01/2019**. It is a **church plan**, **insured** by Heartland Mutual Life (not ERISA).
- Her employment with **Grace Covenant Church** (a Participating Employer) ended **06/30/2026**; she began at
  **Hillside Covenant Church** (another Participating Employer) on **07/13/2026** (13 days later; offer letter of
  06/22), and Hillside enrolled her as a transfer on **07/20/2026** (7 days after she began).
- **Certificate 3.5** ends coverage at the end of the month employment ends "**except as stated in Section 3.6**";
  **3.6**: moving to another Participating Employer within 31 days, enrolled within 31 days, "your coverage continues
  **without interruption**". Both conditions are met, so her coverage never lapsed; the July premium is billed to
  Hillside.
- The **Benefits Board's confirmation of 11/04/2026** says so and asks the insurer to correct its record (termination
  06/30, new coverage 08/01) and reprocess.
- Six IV ketamine infusions (96365 + J3490) on **07/06, 07/08, 07/10, 07/14, 07/16, 07/20/2026**, **approved in advance
  (PA-26-0624-33810, 6 sessions, 06/29-08/28/2026, "subject to the member's eligibility")**, were denied by the **EOB of
  08/25/2026**, CO-27, "coverage terminated 06/30/2026. New coverage effective 08/01/2026." $4,200.00 billed.
- **Rule:** a church plan's claims and appeals follow 26 CFR 54.9815-2719 (applying the ERISA claims rule's standards);
  first internal appeal within **180 days** of the notice: **by 02/21/2027**. As an insured plan, Colorado insurance
  law also reaches the insurer.
- **Author:** Marisol Ybarra, the clinic's billing and insurance coordinator, authorized by Ms. Fairbanks on
  **09/15/2026**; she writes about "Ms. Fairbanks" (not a clinician, not the patient).

## Deliberately unknown
- Whether the insurer has acted on the Benefits Board's request of 11/04: not in the case; a letter must not say the
  record was corrected.
- The allowed amount and her cost sharing: not in the case; no amount may be promised.
- Whether other claims of hers from July were denied: not in the case.

## Traps
- **Coverage, not medicine.** The denial is about eligibility dates; the treatment was approved in advance. No count of
  failed trials, no evidence paragraph, no ketamine literature, no "medical necessity" argument, no peer-to-peer.
- **The approval does not lead.** It was "subject to the member's eligibility": it proves the care was approved, but
  the answer to the denial is the continuous coverage. A letter must not say the approval alone obliges payment
  whatever the eligibility.
- **Three dates fall between the jobs.** 07/06, 07/08 and 07/10 are **before** she began at Hillside (07/13). A letter
  must not say she was employed by Hillside (or by Grace) on every date of service; the point is that 3.6 keeps
  coverage continuous through the gap.
- **Stale/misleading document:** the **reissued ID card** shows "Effective date: 08/01/2026" - the insurer's own
  error, not proof coverage began then.
- **Other person on a document:** the EOB also shows **Eli Fairbanks's** dental claim (paid 08/10); it is not part of
  the appeal (and shows nothing about July).
- **History, if mentioned:** bupropion XL is **continuing with a partial response** (never "failed"/stopped);
  aripiprazole was stopped after **3 weeks for akathisia** (not an adequate trial); **hydroxyzine is for sleep**;
  **escitalopram brought remission in the 2021 episode** (never a failure). Passive wish to be dead on 06/15 (history
  with its date), never "active suicidal ideation".
- **Wrong law:** a church plan is **not ERISA**: no 29 CFR 2560.503-1 cited alone as the governing law, no ERISA
  502(a), no Labor Department/EBSA. No Medicaid/Medicare rules. No promise of external review (an eligibility dispute
  is not a medical judgment). Not a COBRA or premium grace-period case.
- **Voice:** the coordinator writes for the member, about "Ms. Fairbanks"; not "I received infusions", not a
  physician's voice.

## Arguments a strong letter makes (strongest first)
1. **Certificate 3.6** (to which 3.5 defers): she moved from one Participating Employer (ended 06/30/2026) to another
   (began 07/13/2026, 13 days later; enrolled 07/20/2026, 7 days after), within both 31-day limits, so her coverage
   "continues without interruption". Every date of service (07/06-07/20/2026) falls within continuous coverage since
   09/01/2019.
2. The denial's "terminated 06/30/2026 ... new coverage effective 08/01/2026" is contradicted by the **Benefits Board's
   confirmation of 11/04/2026** (and the enrollment form, offer letter); ask the insurer to correct the eligibility
   record and reprocess the claim.
3. Once eligibility is corrected, the infusions were **approved in advance** (PA-26-0624-33810, 6 sessions within
   06/29-08/28/2026; six given): ask that the claim be paid under that approval. In time (by 02/21/2027); the
   member's authorization enclosed.

## What a letter must NOT say
- "coverage ended 06/30/2026" (as true), "new coverage from 08/01/2026" (as true), "she was employed by Hillside on
  all dates of service", "a gap in coverage".
- "medically necessary" as the ground, a count of failed trials, "failed bupropion", "failed escitalopram",
  "aripiprazole trial failed" (as adequate), "active suicidal ideation".
- "ERISA" as governing law, "29 CFR 2560.503-1" alone, "EBSA", "Department of Labor", "COBRA", "grace period",
  "external review" promised.
- Eli's claim; any amount the insurer "will pay"; the patient's first person; "I write as her physician".
"""

ANSWERS = [
    ("denial/explanation-of-benefits-2026-08-25.txt", "Member coverage terminated 06/30/2026. New coverage"),
    ("denial/explanation-of-benefits-2026-08-25.txt", "effective 08/01/2026"),
    ("denial/explanation-of-benefits-2026-08-25.txt", "within 180 days after you receive this notice"),
    ("denial/explanation-of-benefits-2026-08-25.txt", "Eli Fairbanks (dependent)"),
    ("other/certificate-of-coverage-2026-excerpts.txt", "except as stated in Section 3.6"),
    ("other/certificate-of-coverage-2026-excerpts.txt", "your coverage continues without interruption"),
    ("other/certificate-of-coverage-2026-excerpts.txt", "enrolls you within 31 days after your employment begins"),
    ("other/certificate-of-coverage-2026-excerpts.txt", "The Plan is a church plan"),
    ("other/benefits-board-confirmation-2026-11-04.txt", "Coverage under the Plan since: 09/01/2019"),
    ("other/benefits-board-confirmation-2026-11-04.txt", "employment began 07/13/2026; enrolled 07/20/2026"),
    ("other/benefits-board-confirmation-2026-11-04.txt", "continued WITHOUT INTERRUPTION"),
    ("other/hillside-enrollment-form-2026-07-20.txt", "TRANSFER from another Participating Employer"),
    ("other/hillside-offer-letter-2026-06-22.txt", "beginning Monday, July 13, 2026"),
    ("other/id-card-reissued-2026-08-03.txt", "Effective date: 08/01/2026"),
    ("other/prior-authorization-approval-2026-06-24.txt", "6 sessions, dates of service 06/29/2026 through 08/28/2026"),
    ("other/prior-authorization-approval-2026-06-24.txt", "subject to the member's eligibility"),
    ("other/authorized-representative-form-2026-09-15.txt", "authorize Marisol Ybarra, billing and insurance coordinator"),
    ("clinical/infusion-summary-2026-07-27.txt", "07/06, 07/08, 07/10, 07/14, 07/16 and 07/20/2026"),
    ("clinical/infusion-summary-2026-07-27.txt", "bupropion XL 450 mg since 03/17/2025, partial response"),
    ("clinical/infusion-summary-2026-07-27.txt", "stopped 09/29/2025 for akathisia"),
    ("clinical/infusion-summary-2026-07-27.txt", "hydroxyzine 25 mg at bedtime for sleep"),
    ("clinical/infusion-summary-2026-07-27.txt", "escitalopram 20 mg 03/2021-04/2022, remission"),
]
