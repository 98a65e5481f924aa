#!/usr/bin/env python3
"""FICTIONAL test data generator: appeal-kit letters set 72 (issue 18), process emphasis.
Every person, plan, provider, number and address below is invented.
Usage: make_set.py [--check] [NN ...]
Rewrites the case folders and truth files, self-checks, and with --check runs `appeal-kit check` on each case."""
import io, re, shutil, subprocess, sys
from pathlib import Path
from ruamel.yaml import YAML

HERE = Path(__file__).resolve().parent
APPEAL_KIT = "/work/main/.venv/bin/appeal-kit"
HDR = "FICTIONAL DOCUMENT - appeal-kit letters test set 72, case {n}. Every person, plan, provider, number and address is invented.\n\n"
FTR = "\n\nEND OF FICTIONAL DOCUMENT (test set 72) - not a real patient, plan or provider.\n"
HEADINGS = ["What is true", "Deliberately unknown", "Traps", "Arguments a strong letter makes", "What a letter must NOT say"]


def npi(base9):
    """Return a 10-digit NPI: base9 plus the Luhn check digit over prefix 80840."""
    digits = "80840" + base9
    total = 0
    for i, ch in enumerate(reversed(digits)):
        v = int(ch)
        if i % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return base9 + str((10 - total % 10) % 10)


def luhn_ok(n):
    s = "80840" + n
    total = 0
    for i, ch in enumerate(reversed(s)):
        v = int(ch)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return total % 10 == 0


CASES = []

# ---------------------------------------------------------------- case 01
CASES.append(dict(
    n="01",
    slug="fehb-carrier-never-answered-reconsideration-opm-review-120-days-from-request-due-12-08-precert-on-file-patient",
    npis={"@NPI1@": npi("174028391")},
    yaml="""# FICTIONAL CASE (set 72, case 01) - every person, plan, provider, number and address is invented.
# FEHB Standard Option, Nebraska. TMS claim denied CO-197 "no precertification" although precertification
# PRE-26-0511-2207 is on file. Reconsideration faxed to the carrier 08/10/2026; the carrier never answered.
# Brochure Section 8 step 3: ask OPM within 120 days after you first wrote to us if we did not answer within
# 30 days -> OPM review due 12/08/2026 (5 CFR 890.105). The patient writes ("I").
patient:
  name: Rosalind Achterberg-Mensah
  salutation: Ms. Achterberg-Mensah
  date_of_birth: 1984-09-03
  member_id: FICT-PFB-R40718826
  address: |-
    2215 Sheridan Boulevard
    Lincoln, NE 68502
  phone: (402) 555-0118
  email: rachterberg@mail.example
insurer:
  name: Prairie Federal Benefit Plan, Standard Option (FICTIONAL)
  appeals_address: |-
    Prairie Federal Benefit Plan Reconsiderations (FICTIONAL)
    PO Box 66120
    Omaha, NE 68106
  fax: (402) 555-0163
claim:
  number: PFB-26-0602-338471
  plan_type: fehb
  notice_date: 2026-07-14
  appeal_deadline: 2026-12-08
  deadline_basis: >-
    OPM review: 120 days after the member first wrote to the carrier (08/10/2026), because the carrier did not
    answer within 30 days (brochure Section 8, Step 3; 5 CFR 890.105).
  service_dates: [2026-06-02, 2026-07-10]
  sessions: 30
  procedure_codes: ["90868"]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-197]
  denial_reason: >-
    Precertification/authorization absent. Transcranial magnetic stimulation requires precertification. No
    precertification is on file for this member and provider.
  denial_category: prior_authorization
  denial_reasons: [prior_authorization]
  action: none
prior_auth:
  approved:
    number: precertification PRE-26-0511-2207
    date: 2026-05-14
    covers: 30 sessions of TMS (90868) with Dr. Anselm Quarshie-Vogt from 05/26/2026 through 08/31/2026
    quote: >-
      Precertification PRE-26-0511-2207 is approved for transcranial magnetic stimulation, 30 treatment
      sessions, 05/26/2026 through 08/31/2026, provider Anselm Quarshie-Vogt, MD.
    file: other/precertification-approval-2026-05-14.txt
    from: 2026-05-26
    through: 2026-08-31
    lines:
      - code: "90868"
        units: 30
        given: 30
plan_policy:
  name: Prairie Federal Benefit Plan 2026 Brochure, Section 8 (The disputed claims process)
  quote: >-
    Step 1: Ask us in writing to reconsider our initial decision. You must write to us within 6 months from the
    date of our decision. Step 2: We have 30 days from the date we receive your request to pay or provide the
    care, write to you and maintain our denial, or ask for more information. Step 3: If you do not agree with
    our decision, you may ask OPM to review it. You must write to OPM within 90 days after the date of our
    letter upholding our initial decision; or 120 days after you first wrote to us, if we did not answer that
    request in some way within 30 days; or 120 days after we asked for additional information.
  file: other/brochure-section-8-excerpt.txt
submissions:
  - date: 2026-08-10
    method: fax
    to: Prairie Federal Benefit Plan Reconsiderations (FICTIONAL), (402) 555-0163
    stage: carrier reconsideration
    confirmation: fax transmission report, 6 pages, OK, 08/10/2026 14:22
    decision_due: 2026-09-09
    decision_basis: brochure Section 8, Step 2 (30 days from receipt; 5 CFR 890.105)
external_review:
  agency: United States Office of Personnel Management, FEHB disputed claims review (FICTIONAL address)
  address: |-
    OPM FEHB Disputed Claims Review (FICTIONAL address for this test)
    PO Box 40915
    Washington, DC 20044
treatment:
  name: A 30-session course of transcranial magnetic stimulation (June 2 through July 10, 2026)
  summary: Daily TMS for recurrent major depression after four failed antidepressant trials.
clinical:
  severity: PHQ-9 21 on 05/04/2026; PHQ-9 8 on 07/10/2026
  severity_date: 2026-07-10
  suicidality: none
  suicidality_date: 2026-07-10
author:
  name: Rosalind Achterberg-Mensah
  relation: patient
  role: Patient
provider:
  name: Dr. Anselm Quarshie-Vogt
  credentials: MD, psychiatrist
  npi: "@NPI1@"
  address: |-
    4000 Pioneers Boulevard, Suite 210
    Lincoln, NE 68506
  phone: (402) 555-0127
record_dates:
  - file: denial/eob-2026-07-14.txt
    date: 2026-07-14
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/eob-2026-07-14.txt": """PRAIRIE FEDERAL BENEFIT PLAN (FICTIONAL) - EXPLANATION OF BENEFITS
Date of notice: 07/14/2026
Member: Rosalind Achterberg-Mensah   Member ID: FICT-PFB-R40718826   Enrollment: Self Only, Standard Option
Claim number: PFB-26-0602-338471
Provider: Anselm Quarshie-Vogt, MD (NPI @NPI1@)
Dates of service: 06/02/2026 through 07/10/2026   Code: 90868 x 30   Diagnosis: F33.2
Billed: $9,300.00   Allowed: $0.00   Plan paid: $0.00
Adjustment: CO-197
Reason: Precertification/authorization absent. Transcranial magnetic stimulation requires precertification. No
precertification is on file for this member and provider.

If you disagree with our decision, see Section 8 of your brochure. You may ask us to reconsider within 6 months
from the date of this notice.""",
        "other/precertification-approval-2026-05-14.txt": """PRAIRIE FEDERAL BENEFIT PLAN (FICTIONAL) - PRECERTIFICATION APPROVAL
Date: 05/14/2026
Member: Rosalind Achterberg-Mensah   Member ID: FICT-PFB-R40718826
Precertification PRE-26-0511-2207 is approved for transcranial magnetic stimulation, 30 treatment
sessions, 05/26/2026 through 08/31/2026, provider Anselm Quarshie-Vogt, MD.
Code approved: 90868   Units approved: 30
Questions: 1-800-555-0164""",
        "other/reconsideration-request-and-fax-report-2026-08-10.txt": """RECONSIDERATION REQUEST (sent by the member) and FAX TRANSMISSION REPORT
Date: 08/10/2026
To: Prairie Federal Benefit Plan Reconsiderations (FICTIONAL), fax (402) 555-0163
Re: Claim PFB-26-0602-338471, member ID FICT-PFB-R40718826
I ask you to reconsider the denial of 07/14/2026. Precertification PRE-26-0511-2207 approved all 30 sessions.
Rosalind Achterberg-Mensah

FAX TRANSMISSION REPORT: to (402) 555-0163, 6 pages, result OK, 08/10/2026 14:22.

Member's note, 12/05/2026: no letter, call or request for information has come from the plan since 08/10/2026.
Portal message center checked 12/05/2026: no messages about this claim.""",
        "other/brochure-section-8-excerpt.txt": """PRAIRIE FEDERAL BENEFIT PLAN (FICTIONAL) 2026 BROCHURE - SECTION 8 (excerpt)
The disputed claims process
Step 1: Ask us in writing to reconsider our initial decision. You must write to us within 6 months from the
date of our decision. Step 2: We have 30 days from the date we receive your request to pay or provide the
care, write to you and maintain our denial, or ask for more information. Step 3: If you do not agree with
our decision, you may ask OPM to review it. You must write to OPM within 90 days after the date of our
letter upholding our initial decision; or 120 days after you first wrote to us, if we did not answer that
request in some way within 30 days; or 120 days after we asked for additional information.
Send your request for OPM review to the address printed in this section:
OPM FEHB Disputed Claims Review (FICTIONAL address for this test), PO Box 40915, Washington, DC 20044.
Include a copy of your request to us, and of our letters, and the reasons you believe the claim should be paid.""",
        "clinical/tms-treatment-summary-2026-07-10.txt": """TMS TREATMENT SUMMARY
Date: 07/10/2026
Patient: Rosalind Achterberg-Mensah   DOB: 09/03/1984
Provider: Anselm Quarshie-Vogt, MD, psychiatrist
Course: 30 sessions of TMS (90868), 06/02/2026 through 07/10/2026, under precertification PRE-26-0511-2207.
Prior trials: sertraline, venlafaxine XR, bupropion XL, mirtazapine, each at adequate dose for 8 weeks or more.
PHQ-9: 21 on 05/04/2026; 8 on 07/10/2026. No suicidal ideation reported at any session.""",
    },
    truth="""# FICTIONAL TRUTH FILE - 01 - FEHB: the carrier never answered the reconsideration; OPM review due 12/08/2026 (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Ms. Achterberg-Mensah has **FEHB** Standard Option coverage. The carrier denied a 30-session TMS course
  (06/02-07/10/2026, 90868 x 30) as **CO-197 "no precertification"** on 07/14/2026, although its own
  **precertification PRE-26-0511-2207** (05/14/2026) approved 30 sessions 05/26-08/31/2026 with this psychiatrist.
- She faxed a **reconsideration request on 08/10/2026** (fax report OK). The carrier had 30 days (to 09/09/2026)
  and **never answered** in any way.
- **Level:** OPM review (the second and last FEHB level), on the carrier's failure to answer.
- **True deadline: 12/08/2026** - "120 days after you first wrote to us, if we did not answer that request in some
  way within 30 days" (brochure Section 8, Step 3; 5 CFR 890.105): 08/10/2026 + 120 days. Today is
  12/07/2026: **one day left**; the request should go to OPM now (fax/overnight), not to the carrier.
- Source of the rule: the plan's own brochure, Section 8, and 5 CFR 890.105. The 90-day window (from a carrier
  letter upholding the denial) does not apply: there is no such letter.

## Deliberately unknown
- Why the claims system did not match the precertification (wrong provider ID? never loaded?): not in the record.
- Whether the carrier received the fax: only the sender's fax report exists (no acknowledgment).
- OPM's real mailing address: the brochure's address in this case is fictional.

## Traps
- Not a carrier reconsideration: that was filed 08/10/2026. A letter "asking us to reconsider" again, or
  addressed to the carrier "to forward", is at the wrong level.
- The 6-month carrier window (to 01/14/2027) and the 90-day OPM window do not give the date; 12/08/2026 does.
- No "decision appealed" exists: there is no reconsideration decision to quote.
- FEHB: no ERISA, no ACA external review (45 CFR 147.136), no state insurance department, no parity citation as a
  member right. Not a medical-judgment denial: no peer-to-peer, no clinical-reviewer demand.
- The patient writes: "I", not "Ms. Achterberg-Mensah has ...".

## Arguments a strong letter makes
1. It is a request for OPM review because the carrier did not answer the 08/10/2026 request within 30 days,
   filed within the 120 days the brochure gives (by 12/08/2026); enclose the request and its fax report.
2. The carrier's own precertification PRE-26-0511-2207 approved exactly these 30 sessions of 90868 with this
   provider, and every date of service (06/02-07/10/2026) is within 05/26-08/31/2026: ask OPM to direct payment.
3. Ask that the carrier correct its precertification record so no later claim is denied the same way.

## What a letter must NOT say
- That the carrier "upheld" or "affirmed" its denial, or quote a reconsideration decision.
- That the deadline is 90 days from a carrier letter, or 6 months, or that "you have until January".
- "external review", "independent review organization", 29 CFR 2560.503-1, 45 CFR 147.136.
- That precertification was missing or requested late.
""",
    answers=[
        ("Date of the denial notice", "07/14/2026", "denial/eob-2026-07-14.txt"),
        ("CARC on the denial", "CO-197", "denial/eob-2026-07-14.txt"),
        ("Claim number", "PFB-26-0602-338471", "denial/eob-2026-07-14.txt"),
        ("Precertification number on file", "PRE-26-0511-2207", "other/precertification-approval-2026-05-14.txt"),
        ("Precertification date", "05/14/2026", "other/precertification-approval-2026-05-14.txt"),
        ("Dates the precertification covers", "05/26/2026 through 08/31/2026", "other/precertification-approval-2026-05-14.txt"),
        ("Sessions approved", "30 treatment", "other/precertification-approval-2026-05-14.txt"),
        ("Dates of service", "06/02/2026 through 07/10/2026", "denial/eob-2026-07-14.txt"),
        ("Date the reconsideration request was sent", "08/10/2026", "other/reconsideration-request-and-fax-report-2026-08-10.txt"),
        ("Proof it was sent", "result OK, 08/10/2026 14:22", "other/reconsideration-request-and-fax-report-2026-08-10.txt"),
        ("Did the carrier answer?", "no letter, call or request for information has come from the plan since 08/10/2026", "other/reconsideration-request-and-fax-report-2026-08-10.txt"),
        ("Carrier's time to answer", "We have 30 days from the date we receive your request", "other/brochure-section-8-excerpt.txt"),
        ("Rule for OPM review when the carrier did not answer", "120 days after you first wrote to us, if we did not answer that", "other/brochure-section-8-excerpt.txt"),
        ("True deadline for OPM review", "2026-12-08", "case.yaml"),
        ("Where the OPM request goes", "PO Box 40915, Washington, DC 20044", "other/brochure-section-8-excerpt.txt"),
        ("Who signs", "relation: patient", "case.yaml"),
    ],
))
# ---------------------------------------------------------------- case 02
CASES.append(dict(
    n="02",
    slug="medicare-advantage-hmo-payment-reconsideration-never-decided-60-days-ran-out-plan-must-forward-to-ire-network-gap-referral-husband-cms1696",
    npis={"@NPI2@": npi("119384072")},
    yaml="""# FICTIONAL CASE (set 72, case 02) - every person, plan, provider, number and address is invented.
# Medicare Advantage HMO, Maine. Payment denial (PR-242, "out of network, no referral") of psychotherapy with an
# out-of-network psychologist the plan's own care coordinator referred her to. Payment reconsideration filed
# 08/24/2026 (within 65 days of the 07/20 notice); the plan had 60 days (to 10/23/2026) and never decided. A
# missed deadline counts as an affirmation and the plan must send the case to the IRE (42 CFR 422.590). No
# member deadline runs now. Her husband writes with a CMS-1696.
patient:
  name: Margit Ellery-Oduya
  salutation: Mrs. Ellery-Oduya
  date_of_birth: 1953-04-22
  member_id: FICT-CBM-H7741920
  address: |-
    19 Quarry Hill Road
    Bangor, ME 04401
  phone: (207) 555-0132
insurer:
  name: Casco Bay Medicare Advantage HMO (FICTIONAL)
  appeals_address: |-
    Casco Bay Medicare Advantage Appeals and Grievances (FICTIONAL)
    PO Box 9301
    Portland, ME 04104
  fax: (207) 555-0171
claim:
  number: CBM-26-0512-904417
  plan_type: medicare_advantage
  notice_date: 2026-07-20
  service_dates: [2026-05-12, 2026-05-26, 2026-06-09, 2026-06-23]
  procedure_codes: ["90837"]
  diagnosis_codes: [F43.12]
  carc_codes: [PR-242]
  denial_reason: >-
    Services not provided by a network provider. Your HMO plan covers care from out-of-network providers only
    with a referral or authorization from the plan. No referral is on file.
  denial_category: out_of_network
  denial_reasons: [out_of_network]
  action: none
network:
  - name: Casco Bay Medicare Advantage care coordination (plan's own behavioral health care coordinator)
    date: 2026-04-21
    outcome: >-
      The coordinator found no network psychologist within 60 miles taking new Medicare patients for PTSD
      therapy and referred her to Dr. Piet Lindqvist-Amoah, PsyD (reference CC-26-0421-113)
    evidence:
      file: other/care-coordination-note-2026-04-21.txt
      page: 1
submissions:
  - date: 2026-08-24
    method: portal
    to: Casco Bay Medicare Advantage Appeals and Grievances (FICTIONAL)
    stage: reconsideration (plan appeal, payment request)
    confirmation: portal receipt RCN-26-0824-5521
    decision_due: 2026-10-23
    decision_basis: 42 CFR 422.590 (60 days from receipt for a payment reconsideration)
treatment:
  name: Four 60-minute psychotherapy sessions for post-traumatic stress disorder (May 12 through June 23, 2026)
  summary: Trauma-focused psychotherapy with the psychologist the plan's care coordinator referred her to.
author:
  name: Desmond Ellery-Oduya
  relation: representative
  role: Husband and appointed representative (form CMS-1696)
  authorization: other/cms-1696-appointment.txt
  address: |-
    19 Quarry Hill Road
    Bangor, ME 04401
  phone: (207) 555-0133
provider:
  name: Dr. Piet Lindqvist-Amoah
  credentials: PsyD, licensed psychologist
  npi: "@NPI2@"
  address: |-
    88 Harlow Street
    Bangor, ME 04401
  phone: (207) 555-0145
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/payment-denial-notice-2026-07-20.txt": """CASCO BAY MEDICARE ADVANTAGE HMO (FICTIONAL)
NOTICE OF DENIAL OF PAYMENT
Date of notice: 07/20/2026
Member: Margit Ellery-Oduya   Member ID: FICT-CBM-H7741920
Claim: CBM-26-0512-904417   Provider: Piet Lindqvist-Amoah, PsyD (NPI @NPI2@)
Dates of service: 05/12/2026, 05/26/2026, 06/09/2026, 06/23/2026   Code: 90837   Diagnosis: F43.12
Adjustment: PR-242
Reason: Services not provided by a network provider. Your HMO plan covers care from out-of-network providers only
with a referral or authorization from the plan. No referral is on file.

You have the right to ask us for a reconsideration. Your request must be received within 65 calendar days from
the date of this notice. We will decide a request for payment within 60 calendar days. If we do not decide in
favor of you, your case is sent automatically to an independent review entity.""",
        "other/care-coordination-note-2026-04-21.txt": """CASCO BAY MEDICARE ADVANTAGE (FICTIONAL) - BEHAVIORAL HEALTH CARE COORDINATION NOTE
Date: 04/21/2026   Reference: CC-26-0421-113
Member: Margit Ellery-Oduya   Member ID: FICT-CBM-H7741920
Coordinator: Hollis Brandvold-Eze, LCSW, Casco Bay care coordination
Searched network psychologists and therapists for PTSD therapy: none within 60 miles accepting new Medicare
patients; first network opening offered was in Portland, 130 miles away, in 11/2026.
Member referred to Piet Lindqvist-Amoah, PsyD (out of network), Bangor. Referral to be entered in the system.""",
        "other/reconsideration-portal-receipt-2026-08-24.txt": """CASCO BAY MEDICARE ADVANTAGE (FICTIONAL) - MEMBER PORTAL RECEIPT
Received: 08/24/2026 09:41
Receipt number: RCN-26-0824-5521
Type: Reconsideration request (payment)   Claim: CBM-26-0512-904417
Attachments: care-coordination-note-2026-04-21, cms-1696-appointment

Representative's note, 12/04/2026: no decision, no extension notice and no notice that the case went to the
independent review entity has come. Member services call 11/30/2026 (reference MS-26-1130-0077): "still in
review".""",
        "other/cms-1696-appointment.txt": """APPOINTMENT OF REPRESENTATIVE (Form CMS-1696) - FICTIONAL COPY FOR THIS TEST
Beneficiary: Margit Ellery-Oduya   Medicare plan member ID: FICT-CBM-H7741920
I appoint Desmond Ellery-Oduya (husband) to act as my representative in connection with my claim or asserted
right under Medicare Part C.
Signed: Margit Ellery-Oduya, 08/20/2026
Representative acceptance signed: Desmond Ellery-Oduya, 08/20/2026""",
    },
    truth="""# FICTIONAL TRUTH FILE - 02 - Medicare Advantage HMO: payment reconsideration never decided; the plan must forward it to the IRE (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Mrs. Ellery-Oduya is in a **Medicare Advantage HMO**. The plan denied payment (PR-242) for four 90837 sessions
  (05/12-06/23/2026) with an out-of-network psychologist, "no referral on file" (notice 07/20/2026).
- The plan's **own care coordinator** found no network provider within 60 miles and referred her to that
  psychologist on 04/21/2026 (reference CC-26-0421-113), before the first visit.
- Her husband, appointed on **CMS-1696 (08/20/2026)**, filed a **payment reconsideration on 08/24/2026** (portal
  receipt RCN-26-0824-5521): within 65 days of 07/20/2026 (last day 09/23/2026; 42 CFR 422.582(b)).
- The plan had **60 days** to decide a payment reconsideration (42 CFR 422.590): **10/23/2026**. It never decided.
  A plan that misses the time must treat it as an affirmation and send the case to the **independent review
  entity** (42 CFR 422.590; the notice itself says the IRE review is automatic).
- **Level:** the case is due at the IRE (reconsideration by the independent entity). **No member filing deadline
  runs now**; the member does not file with the IRE herself. The letter demands the forwarding (and may file a
  grievance / tell 1-800-MEDICARE).

## Deliberately unknown
- Whether the plan has in fact forwarded the file: no notice of it exists (member services said "still in review").
- Why the referral was never entered.

## Traps
- Not a new reconsideration and not a second internal level (Medicare Advantage has one plan level).
- No "deemed exhaustion" under 45 CFR 147.136 / 29 CFR 2560.503-1 and no external review under those rules: the
  Medicare route is the IRE, forwarded by the plan.
- No new 65-day window runs from any date; do not tell the member a deadline has passed or is coming.
- Not a medical-judgment denial: no peer-to-peer. Parity law does not apply to Medicare Advantage.
- Husband writes as representative ("Mrs. Ellery-Oduya"), not "I" as the patient.

## Arguments a strong letter makes
1. The reconsideration of 08/24/2026 (receipt RCN-26-0824-5521) was filed in time; its 60 days ran out on
   10/23/2026 with no decision; the plan must forward the case to the IRE now and tell the member.
2. On the merits: the plan's own coordinator referred her out of network because no network provider could see
   her within a reasonable distance/time; the referral (CC-26-0421-113) predates every date of service.
3. Ask that the referral be entered and the claim paid at in-network cost sharing.

## What a letter must NOT say
- That the plan "upheld" or "denied the reconsideration", or quote a reconsideration decision.
- "external review", "deemed exhausted", ERISA or ACA citations, the state insurance department as the next level.
- That the appeal is late, or that a 60/65-day window starts now.
- That no referral existed.
""",
    answers=[
        ("Date of the payment denial", "07/20/2026", "denial/payment-denial-notice-2026-07-20.txt"),
        ("CARC", "PR-242", "denial/payment-denial-notice-2026-07-20.txt"),
        ("Window printed on the notice", "within 65 calendar days from", "denial/payment-denial-notice-2026-07-20.txt"),
        ("Plan's decision time for payment", "decide a request for payment within 60 calendar days", "denial/payment-denial-notice-2026-07-20.txt"),
        ("What happens if the plan does not decide in her favor", "sent automatically to an independent review entity", "denial/payment-denial-notice-2026-07-20.txt"),
        ("Date the reconsideration was received", "08/24/2026 09:41", "other/reconsideration-portal-receipt-2026-08-24.txt"),
        ("Receipt number", "RCN-26-0824-5521", "other/reconsideration-portal-receipt-2026-08-24.txt"),
        ("Plan's decision due", "2026-10-23", "case.yaml"),
        ("Was it decided?", "no decision, no extension notice", "other/reconsideration-portal-receipt-2026-08-24.txt"),
        ("Member services on 11/30", "still in", "other/reconsideration-portal-receipt-2026-08-24.txt"),
        ("Referral reference", "CC-26-0421-113", "other/care-coordination-note-2026-04-21.txt"),
        ("Referral date", "04/21/2026", "other/care-coordination-note-2026-04-21.txt"),
        ("Network finding", "none within 60 miles accepting new Medicare", "other/care-coordination-note-2026-04-21.txt"),
        ("Representative form", "Form CMS-1696", "other/cms-1696-appointment.txt"),
        ("Date the appointment was signed", "08/20/2026", "other/cms-1696-appointment.txt"),
        ("First date of service", "05/12/2026", "denial/payment-denial-notice-2026-07-20.txt"),
    ],
))
# ---------------------------------------------------------------- case 03
CASES.append(dict(
    n="03",
    slug="original-medicare-redetermination-filed-late-good-cause-hospital-and-snf-stay-counselor-enrollment-effective-02-01-ship-counselor-cms1696",
    npis={"@NPI3@": npi("132957740")},
    yaml="""# FICTIONAL CASE (set 72, case 03) - every person, plan, provider, number and address is invented.
# Original Medicare Part B, Iowa. MSN of 06/15/2026 denied four counseling visits (CO-B7, "provider not enrolled");
# the counselor's Medicare billing privileges were effective 02/01/2026. The 120-day redetermination window
# (receipt presumed 06/20/2026) ended 10/18/2026 while the patient was in hospital and then a skilled nursing
# facility (06/17-10/22/2026). Filed now, 12/07/2026, LATE: the request must ask for an extension for good cause
# (42 CFR 405.942(b)). A SHIP counselor writes with a CMS-1696.
patient:
  name: Wendell Okonkwo-Barrasso
  salutation: Mr. Okonkwo-Barrasso
  date_of_birth: 1949-11-30
  member_id: FICT-MBI-3KX7-QT2-MW58
  address: |-
    604 Locust Street
    Ames, IA 50010
  phone: (515) 555-0119
insurer:
  name: Northern Prairie Medicare Administrative Services, Part B Redeterminations (FICTIONAL contractor)
  appeals_address: |-
    Northern Prairie Medicare Administrative Services (FICTIONAL)
    Part B Redeterminations, PO Box 7740
    Des Moines, IA 50306
  fax: (515) 555-0176
claim:
  number: NPM-26-0303-5518207
  plan_type: medicare
  notice_date: 2026-06-15
  appeal_deadline: 2026-10-18
  deadline_basis: >-
    120 days after receipt of the Medicare Summary Notice, receipt presumed 5 days after its 06/15/2026 date
    (42 CFR 405.942(a)); the window ended 10/18/2026. Filed late: an extension for good cause is asked for
    with the request (42 CFR 405.942(b)).
  service_dates: [2026-03-03, 2026-03-17, 2026-03-31, 2026-04-14]
  procedure_codes: ["90834"]
  diagnosis_codes: [F41.1]
  carc_codes: [CO-B7]
  denial_reason: >-
    The provider was not enrolled with Medicare to bill for this service on the date it was given.
  denial_category: other
  denial_reasons: [other]
  action: none
provider_enrollment:
  provider: Ingrid Sauvageau-Tembo, LMHC
  effective: 2026-02-01
  applied: 2026-05-01
  record:
    name: Medicare enrollment approval letter
    date: 2026-03-30
    file: other/enrollment-approval-letter-2026-03-30.txt
    page: 1
treatment:
  name: Four 45-minute counseling sessions for generalized anxiety disorder (March 3 through April 14, 2026)
  summary: Outpatient counseling with a licensed mental health counselor enrolled in Medicare.
author:
  name: Tamsin Revell-Achebe
  relation: representative
  role: SHIP volunteer counselor, Story County Medicare Counseling (FICTIONAL), appointed representative (CMS-1696)
  authorization: other/cms-1696-appointment.txt
  address: |-
    220 Clark Avenue
    Ames, IA 50010
  phone: (515) 555-0148
  email: trevell@storyship.example
provider:
  name: Ingrid Sauvageau-Tembo
  credentials: LMHC, licensed mental health counselor
  npi: "@NPI3@"
  address: |-
    1510 Duff Avenue, Suite 3
    Ames, IA 50010
  phone: (515) 555-0137
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/medicare-summary-notice-2026-06-15.txt": """MEDICARE SUMMARY NOTICE - PART B (FICTIONAL COPY FOR THIS TEST)
Date of this notice: 06/15/2026
Name: Wendell Okonkwo-Barrasso   Medicare number: FICT-MBI-3KX7-QT2-MW58
Claim number: NPM-26-0303-5518207
Provider: Ingrid Sauvageau-Tembo, LMHC (NPI @NPI3@)
Dates of service: 03/03/2026, 03/17/2026, 03/31/2026, 04/14/2026   Code: 90834
Medicare approved: $0.00   You may be billed: $520.00
Claim adjustment: CO-B7
Notes: The provider was not enrolled with Medicare to bill for this service on the date it was given.

How to appeal: If you disagree with a coverage or payment decision on this notice, you can appeal by
10/13/2026. Send your request to Northern Prairie Medicare Administrative Services (FICTIONAL), Part B
Redeterminations, PO Box 7740, Des Moines, IA 50306.""",
        "other/enrollment-approval-letter-2026-03-30.txt": """NORTHERN PRAIRIE MEDICARE ADMINISTRATIVE SERVICES (FICTIONAL) - PROVIDER ENROLLMENT
Date: 03/30/2026
To: Ingrid Sauvageau-Tembo, LMHC (NPI @NPI3@), 1510 Duff Avenue, Suite 3, Ames, IA 50010
Your application to enroll in Medicare as a mental health counselor is approved.
Effective date of Medicare billing privileges: 02/01/2026.""",
        "other/hospital-and-snf-stay-summary.txt": """CONTINUITY OF CARE SUMMARY
Patient: Wendell Okonkwo-Barrasso   DOB: 11/30/1949
Mary Greer Regional Hospital (FICTIONAL): admitted 06/17/2026 after a fall (left hip fracture), surgery 06/18/2026,
post-operative delirium; discharged 07/09/2026 to Prairie View Skilled Nursing (FICTIONAL).
Prairie View Skilled Nursing: 07/09/2026 through 10/22/2026; discharged home 10/22/2026.
Mail at home was held by a neighbor and handed to the patient on 10/30/2026.""",
        "other/good-cause-statement.txt": """STATEMENT OF GOOD CAUSE FOR LATE FILING
Date: 12/05/2026
I, Wendell Okonkwo-Barrasso, did not see the Medicare Summary Notice of 06/15/2026 until 10/30/2026. I was in the
hospital and then a skilled nursing facility from 06/17/2026 through 10/22/2026, and I was confused after surgery.
I asked the SHIP office for help on 11/20/2026.
Signed: Wendell Okonkwo-Barrasso""",
        "other/cms-1696-appointment.txt": """APPOINTMENT OF REPRESENTATIVE (Form CMS-1696) - FICTIONAL COPY FOR THIS TEST
Beneficiary: Wendell Okonkwo-Barrasso   Medicare number: FICT-MBI-3KX7-QT2-MW58
I appoint Tamsin Revell-Achebe, SHIP volunteer counselor, to act as my representative in connection with my
claim or asserted right under Medicare Part B. She will charge no fee.
Signed: Wendell Okonkwo-Barrasso, 11/20/2026   Accepted: Tamsin Revell-Achebe, 11/20/2026""",
    },
    truth="""# FICTIONAL TRUTH FILE - 03 - Original Medicare: redetermination filed late for good cause; counselor enrolled from 02/01/2026 (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- **Original Medicare Part B.** MSN dated **06/15/2026** denied four 90834 visits (03/03-04/14/2026) with a
  licensed mental health counselor as **CO-B7** (provider not enrolled on the date of service).
- The contractor's own enrollment letter (03/30/2026) gives her Medicare billing privileges **effective
  02/01/2026**: every date of service is after it.
- **Level:** first level, **redetermination** by the Medicare contractor (MAC).
- **Deadline:** 120 days after receipt of the MSN, receipt presumed 5 days after its date (42 CFR 405.942(a)):
  06/20/2026 + 120 = **10/18/2026**. The MSN itself printed **10/13/2026** (120 days from its date, without the
  5 days). Either way the window has **passed**; today is 12/07/2026.
- **Good cause:** he was hospitalized and then in a SNF 06/17-10/22/2026 (post-operative delirium) and first saw
  the MSN on 10/30/2026. The request must ask for an **extension of the filing time for good cause** and say why
  (42 CFR 405.942(b), with the good-cause standards of 42 CFR 405.942(b)(2)-(3)). File now.
- Author: a SHIP volunteer counselor appointed on CMS-1696 (11/20/2026), no fee.

## Deliberately unknown
- Which date the contractor's claims system had as the enrollment date (the case guesses 05/01/2026; no record).
- Whether the counselor billed the patient: the MSN says he "may be billed" $520.00.

## Traps
- The letter must not say it is filed "within 120 days" or "in time"; it is late and must ask for good cause.
- Two dates for the window: the MSN's printed 10/13/2026 and the rule's presumed-receipt 10/18/2026; both passed.
- No plan, no plan terms: Original Medicare. No Medicare Advantage, ERISA, ACA, parity or state-insurance citations.
- Not a medical-judgment denial: no peer-to-peer, no necessity argument; no ABN issue (not a necessity denial).
- The next level (QIC reconsideration, 180 days, 42 CFR 405.962) is not this level.
- The representative writes about "Mr. Okonkwo-Barrasso", not "I".

## Arguments a strong letter makes
1. Request an extension for good cause first, with the hospital/SNF dates, the 10/30/2026 receipt and his signed
   statement; then the redetermination.
2. The enrollment letter shows billing privileges effective 02/01/2026, before every date of service: the CO-B7
   ground is wrong; ask that the claim be paid and the enrollment record corrected.
3. Enclose the CMS-1696.

## What a letter must NOT say
- "This appeal is timely" / "within the 120 days".
- "reconsideration by the QIC" as the level requested now, or an ALJ hearing.
- That the counselor was not enrolled, or that the care was not medically necessary.
""",
    answers=[
        ("Date of the MSN", "06/15/2026", "denial/medicare-summary-notice-2026-06-15.txt"),
        ("CARC", "CO-B7", "denial/medicare-summary-notice-2026-06-15.txt"),
        ("Appeal-by date printed on the MSN", "appeal by\n10/13/2026", "denial/medicare-summary-notice-2026-06-15.txt"),
        ("Deadline by the rule (presumed receipt + 120)", "2026-10-18", "case.yaml"),
        ("Amount the patient may be billed", "$520.00", "denial/medicare-summary-notice-2026-06-15.txt"),
        ("Billing privileges effective", "Effective date of Medicare billing privileges: 02/01/2026", "other/enrollment-approval-letter-2026-03-30.txt"),
        ("Date of the enrollment letter", "03/30/2026", "other/enrollment-approval-letter-2026-03-30.txt"),
        ("First date of service", "03/03/2026", "denial/medicare-summary-notice-2026-06-15.txt"),
        ("Hospital admission", "admitted 06/17/2026", "other/hospital-and-snf-stay-summary.txt"),
        ("SNF discharge", "discharged home 10/22/2026", "other/hospital-and-snf-stay-summary.txt"),
        ("Day he first saw the MSN", "10/30/2026", "other/good-cause-statement.txt"),
        ("Why late", "confused after surgery", "other/good-cause-statement.txt"),
        ("Representative and role", "SHIP volunteer counselor", "other/cms-1696-appointment.txt"),
        ("Appointment signed", "11/20/2026", "other/cms-1696-appointment.txt"),
        ("Where the redetermination goes", "PO Box 7740, Des Moines, IA 50306", "denial/medicare-summary-notice-2026-06-15.txt"),
        ("Rule for good cause", "405.942(b)", "case.yaml"),
    ],
))
# ---------------------------------------------------------------- case 04
CASES.append(dict(
    n="04",
    slug="individual-off-exchange-plan-retroactive-rescission-to-03-01-no-30-day-notice-claims-co27-first-internal-180-days-from-receipt-patient",
    npis={"@NPI4@": npi("150672983")},
    yaml="""# FICTIONAL CASE (set 72, case 04) - every person, plan, provider, number and address is invented.
# Individual health plan bought directly from the insurer (off-exchange), South Carolina. Notice dated
# 10/20/2026 (received 10/24/2026) rescinds the policy back to 03/01/2026 for "failure to disclose prior
# treatment for depression" and denies six psychiatry visits as CO-27. A rescission is an adverse benefit
# determination (45 CFR 147.136(a)); it needs fraud or intentional misrepresentation of material fact and 30 days'
# advance written notice (45 CFR 147.128). First internal appeal: 180 days after receipt -> 04/22/2027
# (45 CFR 147.136(b)(3)); conservative 04/18/2027 from the notice date. The patient writes ("I").
patient:
  name: Callum Ferreira-Nakashima
  salutation: Mr. Ferreira-Nakashima
  date_of_birth: 1991-01-17
  member_id: FICT-PIH-I60351227
  address: |-
    47 Rutledge Avenue, Apt 2
    Charleston, SC 29401
  phone: (843) 555-0125
  email: cferreira@mail.example
insurer:
  name: Palmetto Individual Health Insurance Company (FICTIONAL)
  appeals_address: |-
    Palmetto Individual Health Appeals Unit (FICTIONAL)
    PO Box 21877
    Columbia, SC 29221
  fax: (803) 555-0158
claim:
  number: PIH-26-0408-661290
  plan_type: individual_aca
  funding: insured
  student: false
  notice_date: 2026-10-20
  appeal_deadline: 2027-04-22
  deadline_basis: >-
    180 days following receipt of the notice (45 CFR 147.136(b)(3), which applies 29 CFR 2560.503-1(h)(3)(i));
    the notice of 10/20/2026 was received 10/24/2026 (envelope postmarked 10/22/2026). Counted from the notice
    date the last day would be 04/18/2027, the safer date.
  service_dates: [2026-04-08, 2026-05-06, 2026-06-03, 2026-07-01, 2026-08-05, 2026-09-02]
  procedure_codes: ["99214"]
  diagnosis_codes: [F33.1]
  carc_codes: [CO-27]
  denial_reason: >-
    Your policy has been rescinded effective 03/01/2026 because the application did not disclose prior treatment
    for depression. Expenses incurred after coverage terminated are not payable.
  denial_category: other
  denial_reasons: [coverage_ended]
  action: none
eligibility:
  why: >-
    The policy was rescinded retroactively to its first day without any advance written notice, for a health
    history the application never asked about; premiums were paid through 10/31/2026 and the insurer accepted them.
  start: 2026-03-01
  coverage: the individual policy PIH-IND-2026-55810
  record:
    name: Policy schedule page and premium history
    date: 2026-03-01
    file: other/policy-schedule-and-premium-history.txt
    page: 1
  proof:
    - other/policy-schedule-and-premium-history.txt
    - other/application-copy-2026-02-11.txt
plan_policy:
  name: Palmetto Individual Health Policy, Section 14.2 (Rescission)
  quote: >-
    We will not rescind this policy except for fraud or an intentional misrepresentation of material fact by you,
    as prohibited by the terms of this policy. We will give you at least 30 days' advance written notice before
    any rescission takes effect.
  file: other/policy-section-14-2.txt
treatment:
  name: Six psychiatric medication-management visits (April 8 through September 2, 2026)
  summary: Monthly visits with a psychiatrist for recurrent major depression.
author:
  name: Callum Ferreira-Nakashima
  relation: patient
  role: Patient
provider:
  name: Dr. Imogen Tsegaye-Larkin
  credentials: MD, psychiatrist
  npi: "@NPI4@"
  address: |-
    180 Meeting Street
    Charleston, SC 29401
  phone: (843) 555-0139
record_dates:
  - file: denial/rescission-and-claim-denial-notice-2026-10-20.txt
    date: 2026-10-20
    received: 2026-10-24
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/rescission-and-claim-denial-notice-2026-10-20.txt": """PALMETTO INDIVIDUAL HEALTH INSURANCE COMPANY (FICTIONAL)
NOTICE OF RESCISSION AND DENIAL OF CLAIMS
Date of notice: 10/20/2026
Policyholder: Callum Ferreira-Nakashima   Member ID: FICT-PIH-I60351227   Policy: PIH-IND-2026-55810
Your policy has been rescinded effective 03/01/2026 because the application did not disclose prior treatment
for depression. Expenses incurred after coverage terminated are not payable.
Claim PIH-26-0408-661290: Imogen Tsegaye-Larkin, MD (NPI @NPI4@); dates of service 04/08/2026, 05/06/2026,
06/03/2026, 07/01/2026, 08/05/2026, 09/02/2026; code 99214; adjustment CO-27. Plan paid: $0.00.
Premiums paid after 03/01/2026 will be refunded.

Your right to appeal: you may file an internal appeal within 180 days after you receive this notice. You may
also have the right to an external review. Appeals Unit, PO Box 21877, Columbia, SC 29221; fax (803) 555-0158.""",
        "other/envelope-postmark-and-receipt-note.txt": """ENVELOPE AND RECEIPT NOTE (kept by the member)
Envelope from Palmetto Individual Health: postmarked 10/22/2026.
Received in my mailbox: 10/24/2026 (Saturday). Noted the same day.
No earlier letter about a rescission was received; the insurer's portal shows no notice before 10/20/2026.""",
        "other/application-copy-2026-02-11.txt": """PALMETTO INDIVIDUAL HEALTH (FICTIONAL) - COPY OF ENROLLMENT APPLICATION
Submitted: 02/11/2026   Plan: Palmetto Silver 3000 (individual, bought directly from the insurer)
Questions asked: name, address, date of birth, tobacco use, household members, county, requested start date.
The application contains no question about medical history, diagnoses or treatment.
Requested coverage start: 03/01/2026.""",
        "other/policy-schedule-and-premium-history.txt": """PALMETTO INDIVIDUAL HEALTH (FICTIONAL) - POLICY SCHEDULE AND PREMIUM HISTORY
Policy: PIH-IND-2026-55810   Effective date: 03/01/2026   Policyholder: Callum Ferreira-Nakashima
Premium: $412.00 monthly, paid by bank draft.
Drafts paid: 03/01/2026 through 10/01/2026 (coverage months March through October 2026). No premium returned as of
12/04/2026.""",
        "other/policy-section-14-2.txt": """PALMETTO INDIVIDUAL HEALTH POLICY (FICTIONAL) - SECTION 14.2 RESCISSION
We will not rescind this policy except for fraud or an intentional misrepresentation of material fact by you,
as prohibited by the terms of this policy. We will give you at least 30 days' advance written notice before
any rescission takes effect.""",
    },
    truth="""# FICTIONAL TRUTH FILE - 04 - Individual off-exchange plan: retroactive rescission without notice; first internal appeal (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- Mr. Ferreira-Nakashima bought an **individual policy directly from the insurer** (off-exchange; ACA individual
  market rules). Effective 03/01/2026; premiums drafted through 10/01/2026 and not returned.
- Notice dated **10/20/2026**, received **10/24/2026**, **rescinds the policy back to 03/01/2026** ("did not
  disclose prior treatment for depression") and denies six 99214 visits (04/08-09/02/2026) as CO-27.
- The application asked **no medical-history question**. A rescission needs fraud or an intentional
  misrepresentation of material fact and **30 days' advance written notice** (45 CFR 147.128; the policy's own
  Section 14.2 says the same). None existed.
- A rescission is an adverse benefit determination, appealable internally and eligible for external review
  (45 CFR 147.136(a)(2), (c)-(d)).
- **Level:** first internal appeal. **True deadline: 04/22/2027** (180 days after receipt, 45 CFR 147.136(b)(3)
  via 29 CFR 2560.503-1(h)(3)(i)); safer date from the notice date: 04/18/2027.

## Deliberately unknown
- What "prior treatment" the insurer means or where it learned of it.
- Whether continued coverage pending appeal is owed: not argued here.

## Traps
- Not an ordinary "coverage ended / grace period" case: no premium grace period, no APTC, no non-payment.
- Not a medical-judgment denial: no peer-to-peer, no medical-necessity argument.
- External review comes after the internal appeal (or alongside only if urgent): not requested now as the level.
- The patient writes "I".
- A pre-existing-condition exclusion or health underwriting cannot apply to this policy; the letter should not
  concede that non-disclosure would matter.

## Arguments a strong letter makes
1. The rescission does not meet the policy's own Section 14.2 or 45 CFR 147.128: no fraud or intentional
   misrepresentation (the application asked nothing about health), and no 30 days' advance notice.
2. The policy was in force from 03/01/2026 and every date of service falls within the months paid; ask that the
   rescission be reversed, the coverage reinstated and the six visits paid.
3. Reserve external review; the appeal is filed well within 180 days of receipt.

## What a letter must NOT say
- That he misrepresented or failed to disclose anything, or that coverage "terminated for non-payment".
- Medicare, Medicaid, ERISA-employer or FEHB rules; 45 CFR 156.270 grace period.
- That the deadline is 60 days or counted from 03/01/2026.
""",
    answers=[
        ("Date of the notice", "10/20/2026", "denial/rescission-and-claim-denial-notice-2026-10-20.txt"),
        ("Date received", "10/24/2026", "other/envelope-postmark-and-receipt-note.txt"),
        ("Postmark", "postmarked 10/22/2026", "other/envelope-postmark-and-receipt-note.txt"),
        ("Rescinded back to", "rescinded effective 03/01/2026", "denial/rescission-and-claim-denial-notice-2026-10-20.txt"),
        ("Ground given", "did not\ndisclose prior treatment", "denial/rescission-and-claim-denial-notice-2026-10-20.txt"),
        ("CARC", "CO-27", "denial/rescission-and-claim-denial-notice-2026-10-20.txt"),
        ("Appeal window on the notice", "within 180 days after you receive this notice", "denial/rescission-and-claim-denial-notice-2026-10-20.txt"),
        ("True deadline", "2027-04-22", "case.yaml"),
        ("Safer date from the notice date", "04/18/2027", "case.yaml"),
        ("Did the application ask about health?", "contains no question about medical history", "other/application-copy-2026-02-11.txt"),
        ("Policy's own rescission terms", "except for fraud or an intentional misrepresentation of material fact", "other/policy-section-14-2.txt"),
        ("Notice the policy promises", "at least 30 days' advance written notice", "other/policy-section-14-2.txt"),
        ("Any earlier notice?", "No earlier letter about a rescission was received", "other/envelope-postmark-and-receipt-note.txt"),
        ("Premiums paid through", "Drafts paid: 03/01/2026 through 10/01/2026", "other/policy-schedule-and-premium-history.txt"),
        ("Policy number", "PIH-IND-2026-55810", "other/policy-schedule-and-premium-history.txt"),
        ("Last date of service denied", "09/02/2026", "denial/rescission-and-claim-denial-notice-2026-10-20.txt"),
    ],
))
# ---------------------------------------------------------------- case 05
CASES.append(dict(
    n="05",
    slug="self-funded-erisa-mandatory-second-level-level-one-decision-names-external-review-wrongly-iop-prior-auth-requested-never-decided-spouse",
    npis={"@NPI5@": npi("188204576")},
    yaml="""# FICTIONAL CASE (set 72, case 05) - every person, plan, provider, number and address is invented.
# Self-funded ERISA plan (employer of 2,300), Tennessee, administered by a TPA. IOP request for prior
# authorization faxed 08/03/2026, never decided; IOP 08/24-10/02/2026 denied CO-197 "no authorization on file".
# First-level appeal upheld 11/19/2026 (received 11/23) and said "you may now request external review". The SPD
# (Section 12.3) requires a second level within 60 days after receipt of the first-level decision -> 01/22/2027
# (safer 01/18/2027). This letter is the SECOND-LEVEL appeal. The spouse writes with the plan's form.
patient:
  name: Priyanka Holloway-Adeyemi
  salutation: Ms. Holloway-Adeyemi
  date_of_birth: 1979-06-08
  member_id: FICT-HQL-88120457
  address: |-
    3310 Belmont Boulevard
    Nashville, TN 37215
  phone: (615) 555-0121
insurer:
  name: Harrow & Quill Logistics Employee Health Plan, administered by Cumberland Benefit Administrators (FICTIONAL)
  appeals_address: |-
    Cumberland Benefit Administrators, Second Level Appeals (FICTIONAL)
    PO Box 150447
    Nashville, TN 37215
  fax: (615) 555-0166
claim:
  number: CBA-26-0824-417753
  plan_type: employer_erisa
  funding: self_funded
  employees: 2300
  stage: second level
  notice_date: 2026-10-20
  service_dates: [2026-08-24, 2026-10-02]
  sessions: 24
  setting: intensive_outpatient
  procedure_codes: [S9480]
  revenue_codes: ["0906"]
  diagnosis_codes: [F33.2]
  carc_codes: [CO-197]
  denial_reason: >-
    Precertification/authorization absent. Intensive outpatient services require prior authorization. No
    authorization is on file.
  denial_category: prior_authorization
  denial_reasons: [prior_authorization]
  action: none
prior_auth:
  requested_on: 2026-08-03
  never_decided: true
  reference: fax transmission report, 14 pages, OK, 08/03/2026 10:05
  proof: other/prior-auth-request-fax-report-2026-08-03.txt
decisions:
  - date: 2026-11-19
    outcome: denied
    stage: first-level appeal
    opens: second level
    next_deadline: 2027-01-22
    reason: >-
      The denial is upheld. No request for authorization was received before services began. You have exhausted
      the plan's appeal process and may now request an external review within 4 months.
    corrections:
      - said: No request for authorization was received before services began.
        record: >-
          The clinic's request for prior authorization was faxed to the plan's utilization management fax on
          08/03/2026 (14 pages, result OK), three weeks before the first day of the program.
        file: other/prior-auth-request-fax-report-2026-08-03.txt
        page: 1
plan_policy:
  name: Harrow & Quill Logistics Employee Health Plan, Summary Plan Description, Section 12.3 (Appeals)
  quote: >-
    The Plan has two mandatory levels of internal appeal. If your first-level appeal is denied, you must file a
    second-level appeal within 60 days after you receive the first-level decision. You may request external
    review only after the second-level decision. The Plan decides a pre-service request for authorization within
    15 days after receiving it.
  file: other/spd-section-12-3.txt
treatment:
  name: Intensive outpatient program, 24 program days (August 24 through October 2, 2026)
  summary: Four days a week of intensive outpatient treatment for severe recurrent depression after discharge.
author:
  name: Olumide Holloway-Adeyemi
  relation: representative
  role: Spouse and authorized representative (plan's authorized representative form)
  authorization: other/authorized-representative-form.txt
  address: |-
    3310 Belmont Boulevard
    Nashville, TN 37215
  phone: (615) 555-0122
provider:
  name: Westhaven Behavioral Health IOP (FICTIONAL)
  npi: "@NPI5@"
  address: |-
    2100 West End Avenue, Suite 400
    Nashville, TN 37203
  phone: (615) 555-0143
record_dates:
  - file: denial/first-level-decision-2026-11-19.txt
    date: 2026-11-19
    received: 2026-11-23
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/eob-denial-2026-10-20.txt": """CUMBERLAND BENEFIT ADMINISTRATORS (FICTIONAL) - EXPLANATION OF BENEFITS
Plan: Harrow & Quill Logistics Employee Health Plan (self-funded)
Date of notice: 10/20/2026
Member: Priyanka Holloway-Adeyemi   Member ID: FICT-HQL-88120457
Claim: CBA-26-0824-417753   Provider: Westhaven Behavioral Health IOP (NPI @NPI5@)
Dates of service: 08/24/2026 through 10/02/2026 (24 program days)   Code: S9480, revenue code 0906   Dx: F33.2
Adjustment: CO-197
Reason: Precertification/authorization absent. Intensive outpatient services require prior authorization. No
authorization is on file.
You may appeal within 180 days after you receive this notice.""",
        "denial/first-level-decision-2026-11-19.txt": """CUMBERLAND BENEFIT ADMINISTRATORS (FICTIONAL) - FIRST-LEVEL APPEAL DECISION
Date: 11/19/2026
Member: Priyanka Holloway-Adeyemi   Claim: CBA-26-0824-417753   Appeal: APL1-26-1028-0931 (received 10/28/2026)
The denial is upheld. No request for authorization was received before services began. You have exhausted
the plan's appeal process and may now request an external review within 4 months.
Reviewer: Appeals coordinator (administrative review; no clinical review was performed).""",
        "other/first-level-decision-envelope-note.txt": """RECEIPT NOTE (kept by the member's spouse)
The first-level decision dated 11/19/2026 arrived by mail on 11/23/2026 (envelope postmarked 11/20/2026).""",
        "other/prior-auth-request-fax-report-2026-08-03.txt": """WESTHAVEN BEHAVIORAL HEALTH IOP (FICTIONAL) - PRIOR AUTHORIZATION REQUEST AND FAX REPORT
Date: 08/03/2026
To: Cumberland Benefit Administrators Utilization Management, fax (615) 555-0167
Request: intensive outpatient program, 4 days a week for 6 weeks, start 08/24/2026, S9480 / revenue code 0906.
FAX TRANSMISSION REPORT: 14 pages, result OK, 08/03/2026 10:05.
Follow-up calls: 08/12/2026 and 08/19/2026, "pending clinical review" (references UM-0812-22 and UM-0819-07).
No decision, approval or denial was ever received.""",
        "other/spd-section-12-3.txt": """HARROW & QUILL LOGISTICS EMPLOYEE HEALTH PLAN (FICTIONAL) - SUMMARY PLAN DESCRIPTION, SECTION 12.3
The Plan has two mandatory levels of internal appeal. If your first-level appeal is denied, you must file a
second-level appeal within 60 days after you receive the first-level decision. You may request external
review only after the second-level decision. The Plan decides a pre-service request for authorization within
15 days after receiving it.""",
        "other/authorized-representative-form.txt": """HARROW & QUILL LOGISTICS EMPLOYEE HEALTH PLAN (FICTIONAL) - AUTHORIZED REPRESENTATIVE DESIGNATION
Member: Priyanka Holloway-Adeyemi   Member ID: FICT-HQL-88120457
I designate my spouse, Olumide Holloway-Adeyemi, to act for me in all appeals of claim CBA-26-0824-417753.
Signed: Priyanka Holloway-Adeyemi, 11/25/2026""",
    },
    truth="""# FICTIONAL TRUTH FILE - 05 - Self-funded ERISA plan: second level is mandatory though the first-level decision says "external review now" (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- **Self-funded ERISA plan** (employer of 2,300), TPA-administered. An IOP (24 program days, 08/24-10/02/2026)
  was denied **CO-197 "no authorization on file"** (EOB 10/20/2026).
- The clinic **faxed the prior-authorization request on 08/03/2026** (fax OK; follow-ups 08/12 and 08/19 "pending").
  The plan decides pre-service requests within 15 days (SPD 12.3; 29 CFR 2560.503-1(f)(2)(iii)(A)): by 08/18/2026.
  It **never decided** it.
- First-level appeal (received 10/28/2026) **upheld 11/19/2026**, "no request was received", and wrongly said the
  plan's appeals were exhausted and **external review** was next.
- **The SPD (12.3) has two mandatory internal levels**: external review only after the second-level decision.
- **Level: second-level internal appeal.** **True deadline: 01/22/2027** - 60 days after receipt (11/23/2026) of
  the first-level decision (SPD 12.3); safer date from the decision's date 11/19/2026: **01/18/2027**.
- After the second level: external review under the DOL rule for self-funded plans, **29 CFR 2590.715-2719**.

## Deliberately unknown
- Whether the IOP met the plan's clinical criteria: never reviewed (the first level was administrative only).
- Why the TPA did not log the fax.

## Traps
- Not external review now, and not a first-level appeal: the letter must call itself the second-level appeal and
  answer the 11/19/2026 decision, not only the EOB.
- Not a late or missing request: the request predates care by three weeks.
- Self-funded: external review later is 29 CFR 2590.715-2719 (not 45 CFR 147.136 alone); no state insurance department.
- Not a medical-necessity denial: no peer-to-peer request as the main ask (the plan may review necessity now).
- Spouse writes as representative: "Ms. Holloway-Adeyemi", not "I".

## Arguments a strong letter makes
1. This is the second-level appeal the SPD requires, filed within 60 days of receipt of the 11/19 decision.
2. Correct the decision: the request was faxed 08/03/2026 (report OK), 21 days before care; the plan never decided
   it within its own 15 days; ask the plan to decide it now on its merits and pay.
3. Reserve external review (29 CFR 2590.715-2719) after the second-level decision; note the first-level notice
   misstated the process.

## What a letter must NOT say
- "request for external review" as this letter's request, or "first-level appeal".
- That no authorization was requested, or "retroactive authorization" for care given without a request.
- 45 CFR 147.136 as the self-funded plan's external-review rule; Medicaid/Medicare/FEHB rules.
""",
    answers=[
        ("Date of the original EOB", "10/20/2026", "denial/eob-denial-2026-10-20.txt"),
        ("CARC", "CO-197", "denial/eob-denial-2026-10-20.txt"),
        ("Date of the first-level decision", "Date: 11/19/2026", "denial/first-level-decision-2026-11-19.txt"),
        ("What the first-level decision says is next", "may now request an external review within 4 months", "denial/first-level-decision-2026-11-19.txt"),
        ("Date the decision was received", "arrived by mail on 11/23/2026", "other/first-level-decision-envelope-note.txt"),
        ("SPD: number of levels", "two mandatory levels of internal appeal", "other/spd-section-12-3.txt"),
        ("SPD: second-level window", "within 60 days after you receive the first-level decision", "other/spd-section-12-3.txt"),
        ("SPD: external review timing", "only after the second-level decision", "other/spd-section-12-3.txt"),
        ("True deadline", "2027-01-22", "case.yaml"),
        ("Date the prior authorization request was faxed", "result OK, 08/03/2026 10:05", "other/prior-auth-request-fax-report-2026-08-03.txt"),
        ("Was the request decided?", "No decision, approval or denial was ever received", "other/prior-auth-request-fax-report-2026-08-03.txt"),
        ("Plan's decision time for a pre-service request", "within\n15 days after receiving it", "other/spd-section-12-3.txt"),
        ("First program day", "08/24/2026", "denial/eob-denial-2026-10-20.txt"),
        ("Kind of review at the first level", "no clinical review was performed", "denial/first-level-decision-2026-11-19.txt"),
        ("Representative form signed", "11/25/2026", "other/authorized-representative-form.txt"),
        ("Plan funding", "funding: self_funded", "case.yaml"),
    ],
))
# ---------------------------------------------------------------- case 06
CASES.append(dict(
    n="06",
    slug="medicaid-managed-care-state-fair-hearing-after-corrected-notice-of-resolution-120-days-count-from-first-notice-spravato-pa-sister",
    npis={"@NPI6@": npi("126693018")},
    yaml="""# FICTIONAL CASE (set 72, case 06) - every person, plan, provider, number and address is invented.
# Medicaid managed care, Minnesota, adult 36. Spravato prior authorization denied; plan appeal upheld in a
# notice of resolution dated 09/30/2026 that left out hearing rights; a corrected notice of resolution dated
# 10/14/2026 added them. State fair hearing: 120 calendar days from the plan's notice of resolution (42 CFR
# 438.408(f)(2)). Conservative: count from the first notice -> 01/28/2027 (from the corrected one: 02/11/2027).
# The sister writes as authorized representative (state form).
patient:
  name: Annika Sorensen-Oyelowo
  salutation: Ms. Sorensen-Oyelowo
  date_of_birth: 1990-02-26
  member_id: FICT-MA-00718324
  address: |-
    1420 Payne Avenue
    Saint Paul, MN 55130
  phone: (651) 555-0112
insurer:
  name: Northstar Community Health Plan, Medical Assistance (FICTIONAL)
  appeals_address: |-
    Northstar Community Health Plan Appeals (FICTIONAL)
    PO Box 64290
    Saint Paul, MN 55164
  fax: (651) 555-0161
claim:
  number: NCH-PA-26-0702-11846
  plan_type: medicaid
  delivery: managed_care
  notice_date: 2026-07-08
  diagnosis_codes: [F33.2]
  denial_reason: >-
    Esketamine nasal spray is not approved. Criterion 2 is not met: the member must have tried at least two
    antidepressants from different classes for at least 6 weeks each in the current episode.
  denial_category: step_therapy
  denial_reasons: [step_therapy]
  action: none
decisions:
  - date: 2026-09-30
    outcome: denied
    stage: plan appeal (notice of resolution)
    opens: state fair hearing
    next_deadline: 2027-01-28
    reason: >-
      Your appeal is denied. Records show one antidepressant trial of adequate length in the current episode.
    corrections:
      - said: Records show one antidepressant trial of adequate length in the current episode.
        record: >-
          The psychiatrist's record lists three trials in the current episode (since 09/2025): sertraline 200 mg
          for 10 weeks, bupropion XL 300 mg for 8 weeks, and venlafaxine XR 225 mg for 9 weeks.
        file: clinical/psychiatry-trial-summary-2026-06-30.txt
        page: 1
  - date: 2026-10-14
    outcome: denied
    stage: plan appeal (corrected notice of resolution)
    opens: state fair hearing
    next_deadline: 2027-01-28
    reason: >-
      This corrected notice replaces our notice of 09/30/2026, which did not include your state fair hearing
      rights. Our decision has not changed.
external_review:
  agency: Minnesota Department of Human Services, Appeals Division (FICTIONAL address for this test)
  address: |-
    Appeals Division (FICTIONAL address)
    PO Box 64941
    Saint Paul, MN 55164
  final_denial_date: 2026-09-30
clinical:
  episode_onset: 2025-09
  history:
    - drug: sertraline
      dose: 200 mg daily
      start: 2025-10
      end: 2025-12
      weeks: 10
      kind: antidepressant
      failed: true
      response: none
      evidence:
        file: clinical/psychiatry-trial-summary-2026-06-30.txt
        page: 1
    - drug: bupropion XL
      dose: 300 mg daily
      start: 2026-01
      end: 2026-03
      weeks: 8
      kind: antidepressant
      failed: true
      response: partial
      evidence:
        file: clinical/psychiatry-trial-summary-2026-06-30.txt
        page: 1
    - drug: venlafaxine XR
      dose: 225 mg daily
      start: 2026-03
      end: 2026-05
      weeks: 9
      kind: antidepressant
      failed: true
      response: none
      evidence:
        file: clinical/psychiatry-trial-summary-2026-06-30.txt
        page: 1
  severity: MADRS 33 on 06/30/2026
  severity_date: 2026-06-30
  suicidality: passive
  suicidality_date: 2026-06-30
payer_criteria:
  - criterion: "2. At least two antidepressants from different classes, each for at least 6 weeks, in the current episode"
    how_met: Three trials from two classes (SSRI, NDRI, SNRI), 8 to 10 weeks each, all since 09/2025.
    met: true
    evidence:
      file: clinical/psychiatry-trial-summary-2026-06-30.txt
      page: 1
treatment:
  name: Spravato (esketamine) nasal spray, induction and maintenance
  summary: Esketamine for treatment-resistant depression after three failed antidepressant trials.
author:
  name: Britta Sorensen-Haugen
  relation: representative
  role: Sister and authorized representative (state authorized representative form)
  authorization: other/authorized-representative-form.txt
  address: |-
    88 Cleveland Avenue North
    Saint Paul, MN 55104
  phone: (651) 555-0113
provider:
  name: Dr. Lucan Mbatha-Kristoffersen
  credentials: MD, psychiatrist
  npi: "@NPI6@"
  address: |-
    640 Jackson Street
    Saint Paul, MN 55101
  phone: (651) 555-0141
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/prior-auth-denial-2026-07-08.txt": """NORTHSTAR COMMUNITY HEALTH PLAN (FICTIONAL) - NOTICE OF ADVERSE BENEFIT DETERMINATION
Date: 07/08/2026
Member: Annika Sorensen-Oyelowo   Member ID: FICT-MA-00718324   Reference: NCH-PA-26-0702-11846
Request: esketamine nasal spray (Spravato), prescriber Lucan Mbatha-Kristoffersen, MD (NPI @NPI6@)
Esketamine nasal spray is not approved. Criterion 2 is not met: the member must have tried at least two
antidepressants from different classes for at least 6 weeks each in the current episode.
You may appeal to us within 60 days from the date of this notice.""",
        "denial/notice-of-resolution-2026-09-30.txt": """NORTHSTAR COMMUNITY HEALTH PLAN (FICTIONAL) - NOTICE OF APPEAL RESOLUTION
Date: 09/30/2026
Member: Annika Sorensen-Oyelowo   Appeal: NCH-APL-26-0820-3307 (received 08/20/2026)
Your appeal is denied. Records show one antidepressant trial of adequate length in the current episode.
(No information about state fair hearing rights is printed on this notice.)""",
        "denial/corrected-notice-of-resolution-2026-10-14.txt": """NORTHSTAR COMMUNITY HEALTH PLAN (FICTIONAL) - CORRECTED NOTICE OF APPEAL RESOLUTION
Date: 10/14/2026
Member: Annika Sorensen-Oyelowo   Appeal: NCH-APL-26-0820-3307
This corrected notice replaces our notice of 09/30/2026, which did not include your state fair hearing
rights. Our decision has not changed.
Your right to a state fair hearing: you may ask for a state fair hearing within 120 days from the date of this
notice. Write to the Appeals Division (FICTIONAL address), PO Box 64941, Saint Paul, MN 55164, or fax
(651) 555-0169.""",
        "clinical/psychiatry-trial-summary-2026-06-30.txt": """PSYCHIATRY TREATMENT SUMMARY
Date: 06/30/2026
Patient: Annika Sorensen-Oyelowo   DOB: 02/26/1990
Psychiatrist: Lucan Mbatha-Kristoffersen, MD
Current episode began 09/2025.
Trials in the current episode: sertraline 200 mg daily, 10/2025-12/2025, 10 weeks, no response; bupropion XL
300 mg daily, 01/2026-03/2026, 8 weeks, partial response then relapse; venlafaxine XR 225 mg daily,
03/2026-05/2026, 9 weeks, no response.
MADRS 33 on 06/30/2026. Passive death wishes, no plan or intent (06/30/2026).""",
        "other/authorized-representative-form.txt": """STATE AUTHORIZED REPRESENTATIVE FORM - FICTIONAL COPY FOR THIS TEST
Member: Annika Sorensen-Oyelowo   Member ID: FICT-MA-00718324
I choose my sister, Britta Sorensen-Haugen, as my authorized representative for appeals and state fair
hearings about my Medical Assistance services.
Signed: Annika Sorensen-Oyelowo, 11/16/2026""",
    },
    truth="""# FICTIONAL TRUTH FILE - 06 - Medicaid managed care: fair hearing after a corrected notice of resolution; count from the first notice (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- **Medicaid managed care**, Minnesota, adult 36. Spravato prior authorization denied 07/08/2026 (criterion 2: two
  antidepressants from different classes, 6 weeks each, current episode). Plan appeal received 08/20/2026.
- Notice of resolution **09/30/2026** upheld ("one antidepressant trial") and **left out the fair hearing rights**
  (required by 42 CFR 438.408(e)(2)). A **corrected notice dated 10/14/2026** added them; decision unchanged.
- **Level:** state fair hearing (the plan level is exhausted).
- **Deadline:** 120 calendar days from the plan's notice of resolution (42 CFR 438.408(f)(2)). Counted from the
  first notice: **01/28/2027** (the safe date; the case records this). From the corrected notice: 02/11/2027,
  which the corrected notice itself prints ("120 days from the date of this notice"). File by 01/28/2027.
- The record shows **three** adequate trials in the current episode (since 09/2025), from three classes.

## Deliberately unknown
- Whether the state would accept a request dated after 01/28/2027 on the corrected notice: not tested.
- Whether a Spravato-certified site is in the network.

## Traps
- Not a plan appeal again, and not "external review" under 45 CFR 147.136; the request goes to the state's
  appeals office, not to the plan "to forward".
- Not "90 days" or "the state sets 90 to 120 days": 120 days by 438.408(f)(2).
- Quote the latest decision; never say the plan named no criteria (it named criterion 2).
- No continuation of benefits issue: a new request, nothing authorized is cut (action none).
- Representative writes about "Ms. Sorensen-Oyelowo".

## Arguments a strong letter makes
1. Request the state fair hearing within 120 days of the notice of resolution (filed long before 01/28/2027).
2. Correct the decision: three trials (sertraline 10 weeks, bupropion XL 8 weeks, venlafaxine XR 9 weeks), all in
   the current episode, meet criterion 2 as written.
3. Ask for an expedited hearing only if urgency is certified (passive death wishes 06/30/2026 are recorded; no
   certification in the case).

## What a letter must NOT say
- That the deadline is 02/11/2027 as the only date, or 90 days.
- "one trial", or that criterion 2 is unmet.
- ERISA, ACA external review, Medicare or parity-as-member-right citations (Medicaid parity is 42 CFR 438.910).
""",
    answers=[
        ("Date of the prior authorization denial", "07/08/2026", "denial/prior-auth-denial-2026-07-08.txt"),
        ("Criterion the denial names", "Criterion 2 is not met", "denial/prior-auth-denial-2026-07-08.txt"),
        ("Date of the first notice of resolution", "Date: 09/30/2026", "denial/notice-of-resolution-2026-09-30.txt"),
        ("What the first notice left out", "No information about state fair hearing rights", "denial/notice-of-resolution-2026-09-30.txt"),
        ("Date of the corrected notice", "Date: 10/14/2026", "denial/corrected-notice-of-resolution-2026-10-14.txt"),
        ("Did the decision change?", "Our decision has not changed", "denial/corrected-notice-of-resolution-2026-10-14.txt"),
        ("Window the corrected notice prints", "within 120 days from the date of this\nnotice", "denial/corrected-notice-of-resolution-2026-10-14.txt"),
        ("Safe deadline", "2027-01-28", "case.yaml"),
        ("Where the hearing request goes", "PO Box 64941, Saint Paul, MN 55164", "denial/corrected-notice-of-resolution-2026-10-14.txt"),
        ("Plan appeal number", "NCH-APL-26-0820-3307", "denial/notice-of-resolution-2026-09-30.txt"),
        ("Current episode began", "Current episode began 09/2025", "clinical/psychiatry-trial-summary-2026-06-30.txt"),
        ("First trial", "sertraline 200 mg daily, 10/2025-12/2025, 10 weeks", "clinical/psychiatry-trial-summary-2026-06-30.txt"),
        ("Third trial", "venlafaxine XR 225 mg daily", "clinical/psychiatry-trial-summary-2026-06-30.txt"),
        ("What the resolution said of the trials", "one antidepressant trial of adequate length", "denial/notice-of-resolution-2026-09-30.txt"),
        ("Suicidality recorded", "Passive death wishes, no plan or intent", "clinical/psychiatry-trial-summary-2026-06-30.txt"),
        ("Representative form signed", "11/16/2026", "other/authorized-representative-form.txt"),
    ],
))
# ---------------------------------------------------------------- case 07
CASES.append(dict(
    n="07",
    slug="small-insured-employer-plan-35-employees-coverage-start-keyed-09-01-certificate-gives-08-01-waiting-period-co27-first-internal-patient",
    npis={"@NPI7@": npi("145530829")},
    yaml="""# FICTIONAL CASE (set 72, case 07) - every person, plan, provider, number and address is invented.
# Insured small-group employer plan (ERISA; dental practice of 35 employees), Wisconsin. Hired 05/04/2026; the
# certificate starts coverage on the first day of the month following 60 days of employment -> 08/01/2026
# (also within the 90-day waiting-period cap, 29 CFR 2590.715-2708). The insurer keyed 09/01/2026 and denied four
# August therapy visits CO-27. EOB 10/09/2026, received 10/15/2026. First internal appeal: 180 days after receipt
# -> 04/13/2027 (safer 04/07/2027). The patient writes ("I"). 35 employees: no federal parity argument.
patient:
  name: Joaquin Abernathy-Suleiman
  salutation: Mr. Abernathy-Suleiman
  date_of_birth: 1987-12-12
  member_id: FICT-BLG-40219935
  address: |-
    915 Williamson Street
    Madison, WI 53703
  phone: (608) 555-0126
insurer:
  name: Badger Lakes Group Health Insurance Company (FICTIONAL)
  appeals_address: |-
    Badger Lakes Group Health Grievances and Appeals (FICTIONAL)
    PO Box 8830
    Madison, WI 53708
  fax: (608) 555-0159
claim:
  number: BLG-26-0806-230578
  plan_type: employer_erisa
  funding: insured
  employees: 35
  notice_date: 2026-10-09
  appeal_deadline: 2027-04-13
  deadline_basis: >-
    180 days following receipt of the notice (29 CFR 2560.503-1(h)(3)(i)); the EOB dated 10/09/2026 was received
    10/15/2026 (portal shows first posted 10/15/2026). Counted from the notice date: 04/07/2027, the safer date.
  service_dates: [2026-08-06, 2026-08-13, 2026-08-20, 2026-08-27]
  procedure_codes: ["90834"]
  diagnosis_codes: [F41.1]
  carc_codes: [CO-27]
  denial_reason: >-
    Expenses incurred before coverage began or after coverage terminated. Member coverage effective 09/01/2026.
  denial_category: other
  denial_reasons: [coverage_ended]
  action: none
eligibility:
  why: >-
    I was hired on 05/04/2026 and enrolled on time; the certificate starts coverage on the first day of the month
    following 60 days of employment, which is 08/01/2026. The insurer entered 09/01/2026.
  start: 2026-08-01
  coverage: the Rolling Hills Dental Group employee health plan
  record:
    name: Employer's enrollment confirmation letter
    date: 2026-10-20
    file: other/employer-enrollment-confirmation-2026-10-20.txt
    page: 1
  proof:
    - other/employer-enrollment-confirmation-2026-10-20.txt
    - other/certificate-section-3-1-eligibility.txt
plan_policy:
  name: Badger Lakes Group Certificate, Section 3.1 (When coverage begins)
  quote: >-
    For an employee hired after the group's effective date, coverage begins on the first day of the month
    following 60 days of continuous active employment, if the employee enrolls within 31 days of the date of
    hire.
  file: other/certificate-section-3-1-eligibility.txt
treatment:
  name: Four 45-minute psychotherapy sessions (August 6 through August 27, 2026)
  summary: Weekly outpatient psychotherapy for generalized anxiety disorder.
author:
  name: Joaquin Abernathy-Suleiman
  relation: patient
  role: Patient
provider:
  name: Rhiannon Castellanos-Whitby
  credentials: LCSW
  npi: "@NPI7@"
  address: |-
    22 East Mifflin Street, Suite 500
    Madison, WI 53703
  phone: (608) 555-0138
record_dates:
  - file: denial/eob-2026-10-09.txt
    date: 2026-10-09
    received: 2026-10-15
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/eob-2026-10-09.txt": """BADGER LAKES GROUP HEALTH INSURANCE COMPANY (FICTIONAL) - EXPLANATION OF BENEFITS
Date of notice: 10/09/2026
Member: Joaquin Abernathy-Suleiman   Member ID: FICT-BLG-40219935   Group: Rolling Hills Dental Group (FICTIONAL)
Claim: BLG-26-0806-230578   Provider: Rhiannon Castellanos-Whitby, LCSW (NPI @NPI7@)
Dates of service: 08/06/2026, 08/13/2026, 08/20/2026, 08/27/2026   Code: 90834   Dx: F41.1
Billed: $560.00   Plan paid: $0.00   Adjustment: CO-27
Reason: Expenses incurred before coverage began or after coverage terminated. Member coverage effective 09/01/2026.
You may appeal within 180 days after you receive this notice.""",
        "other/portal-posting-record.txt": """BADGER LAKES MEMBER PORTAL (FICTIONAL) - DOCUMENT HISTORY (printed 12/04/2026)
EOB for claim BLG-26-0806-230578: document dated 10/09/2026, first posted to the portal 10/15/2026.
Paper copy mailed: 10/13/2026.""",
        "other/employer-enrollment-confirmation-2026-10-20.txt": """ROLLING HILLS DENTAL GROUP (FICTIONAL) - ENROLLMENT CONFIRMATION
Date: 10/20/2026
To whom it may concern:
Joaquin Abernathy-Suleiman was hired on 05/04/2026 as a full-time employee and has worked continuously since.
He signed his health plan enrollment form on 05/20/2026, within 31 days of hire. Under our plan's rule his
coverage began on 08/01/2026. We sent the enrollment to Badger Lakes on 05/22/2026; payroll deductions for the
August 2026 premium were taken on 07/31/2026. We have 35 employees.
Dana Whitcombe-Ilori, Office Manager, (608) 555-0150""",
        "other/certificate-section-3-1-eligibility.txt": """BADGER LAKES GROUP CERTIFICATE (FICTIONAL) - SECTION 3.1 WHEN COVERAGE BEGINS
For an employee hired after the group's effective date, coverage begins on the first day of the month
following 60 days of continuous active employment, if the employee enrolls within 31 days of the date of
hire.""",
    },
    truth="""# FICTIONAL TRUTH FILE - 07 - Small insured employer plan: coverage start keyed a month late; first internal appeal (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- **Insured employer group plan (ERISA)** of a dental practice with **35 employees**. Hired **05/04/2026**, enrolled
  05/20/2026 (within 31 days). Certificate 3.1: coverage begins the first day of the month following 60 days of
  employment. Day 60 is 07/02/2026, so **coverage began 08/01/2026**. (The federal 90-day waiting-period cap,
  29 CFR 2590.715-2708, would require coverage by 08/02/2026 at the latest; the certificate's own date is earlier.)
- The insurer keyed **09/01/2026** and denied four 90834 visits (08/06-08/27/2026) as **CO-27** (EOB 10/09/2026).
- **Level:** first internal appeal, post-service. **True deadline: 04/13/2027** - 180 days after receipt
  (10/15/2026, portal posting; paper mailed 10/13) under 29 CFR 2560.503-1(h)(3)(i). Safer: **04/07/2027** from
  the EOB date. The plan decides a post-service appeal within 60 days (29 CFR 2560.503-1(i)(2)(iii)).

## Deliberately unknown
- Why the insurer keyed 09/01/2026 (a month-end rule applied twice? a late feed from the employer?).
- Whether a premium was billed to the employer for August.

## Traps
- Only eligibility: no medical necessity, no peer-to-peer, no clinical argument.
- 35 employees: no federal parity argument (the small-employer exception), and parity is beside the point anyway.
- "Effective 09/01/2026" is the insurer's error, not the coverage start; the letter should not concede it.
- The patient writes "I".
- External review is not the next step for an eligibility-date dispute unless it is a rescission (it is not).

## Arguments a strong letter makes
1. The certificate's own rule, applied to the hire date 05/04/2026 and timely enrollment, makes coverage begin
   08/01/2026; every date of service (08/06-08/27/2026) is on or after it.
2. The employer's letter confirms hire, enrollment and the August premium deduction.
3. Ask the insurer to correct the effective date in its records and reprocess the claim (and any other August claim).

## What a letter must NOT say
- That coverage began 09/01/2026, or that the visits were "before coverage".
- Parity or medical-necessity arguments; Medicaid/Medicare/FEHB rules.
- "60 days to appeal".
""",
    answers=[
        ("Date of the EOB", "10/09/2026", "denial/eob-2026-10-09.txt"),
        ("CARC", "CO-27", "denial/eob-2026-10-09.txt"),
        ("Effective date the insurer used", "Member coverage effective 09/01/2026", "denial/eob-2026-10-09.txt"),
        ("Date of hire", "hired on 05/04/2026", "other/employer-enrollment-confirmation-2026-10-20.txt"),
        ("Date enrollment signed", "05/20/2026", "other/employer-enrollment-confirmation-2026-10-20.txt"),
        ("Certificate rule", "first day of the month\nfollowing 60 days of continuous active employment", "other/certificate-section-3-1-eligibility.txt"),
        ("Enrollment window", "within 31 days of the date of\nhire", "other/certificate-section-3-1-eligibility.txt"),
        ("Correct coverage start", "coverage began on 08/01/2026", "other/employer-enrollment-confirmation-2026-10-20.txt"),
        ("August premium", "August 2026 premium were taken on 07/31/2026", "other/employer-enrollment-confirmation-2026-10-20.txt"),
        ("Number of employees", "We have 35 employees", "other/employer-enrollment-confirmation-2026-10-20.txt"),
        ("Date the EOB was received (posted)", "first posted to the portal 10/15/2026", "other/portal-posting-record.txt"),
        ("True deadline", "2027-04-13", "case.yaml"),
        ("Safer deadline", "04/07/2027", "case.yaml"),
        ("First date of service", "08/06/2026", "denial/eob-2026-10-09.txt"),
        ("Appeal window on the EOB", "within 180 days after you receive this notice", "denial/eob-2026-10-09.txt"),
        ("Date the employer sent the enrollment", "05/22/2026", "other/employer-enrollment-confirmation-2026-10-20.txt"),
    ],
))
# ---------------------------------------------------------------- case 08
CASES.append(dict(
    n="08",
    slug="part-d-pdp-redetermination-dismissed-no-appointment-of-representative-65-days-still-from-coverage-determination-due-12-09-formulary-exception-son-cms1696",
    npis={"@NPI8@": npi("161048227")},
    yaml="""# FICTIONAL CASE (set 72, case 08) - every person, plan, provider, number and address is invented.
# Stand-alone Part D plan (PDP), Vermont. Coverage determination of 10/05/2026 denied a formulary exception for
# lumateperone (not on the formulary). The son asked for a redetermination on 10/20/2026 without an appointment of
# representative; the plan DISMISSED it on 11/10/2026. The dismissal does not restart the clock: a valid request
# is still due 65 days from the coverage determination notice -> 12/09/2026 (42 CFR 423.582(b)); after that only
# with good cause (423.582(c)). The son now writes with a CMS-1696 signed 11/28/2026.
patient:
  name: Ezekiel Marchetti-Boateng
  salutation: Mr. Marchetti-Boateng
  date_of_birth: 1955-08-19
  member_id: FICT-GMR-P5512078
  address: |-
    31 Elm Street
    Montpelier, VT 05602
  phone: (802) 555-0117
insurer:
  name: Green Mountain Rx Prescription Drug Plan (FICTIONAL)
  appeals_address: |-
    Green Mountain Rx Redeterminations (FICTIONAL)
    PO Box 3340
    Burlington, VT 05406
  fax: (802) 555-0172
claim:
  number: GMR-CD-26-0929-70341
  plan_type: medicare_part_d
  notice_date: 2026-10-05
  appeal_deadline: 2026-12-09
  deadline_basis: >-
    65 days from the date of the coverage determination notice, 10/05/2026 (42 CFR 423.582(b)). The dismissal of
    11/10/2026 of the request filed without an appointment of representative does not restart it; after 12/09/2026
    only with good cause (42 CFR 423.582(c)).
  diagnosis_codes: [F31.31]
  denial_reason: >-
    Lumateperone 42 mg capsules are not on our formulary. Your prescriber did not show that the formulary
    alternatives (quetiapine, lurasidone) would not be as effective or would cause adverse effects.
  denial_category: not_covered
  denial_reasons: [formulary_exception]
  action: none
decisions:
  - date: 2026-11-10
    outcome: dismissed
    stage: redetermination (dismissed)
    reason: >-
      Your request for redetermination received 10/20/2026 is dismissed because it was filed by a person who is not
      the enrollee, the prescriber or an appointed representative. No appointment of representative was received.
prescriber_statement:
  date: 2026-10-02
  quote: >-
    Mr. Marchetti-Boateng took quetiapine 300 mg nightly (2023) with a 14 kg weight gain and new diabetes, and
    lurasidone 80 mg daily (2024-2025) with akathisia that did not settle with dose reduction; both formulary
    alternatives caused adverse effects.
  file: clinical/prescriber-supporting-statement-2026-10-02.txt
clinical:
  history:
    - drug: quetiapine
      dose: 300 mg nightly
      start: 2023-02
      end: 2023-09
      kind: other
      failed: true
      outcome: stopped for 14 kg weight gain and new type 2 diabetes
      evidence:
        file: clinical/prescriber-supporting-statement-2026-10-02.txt
        page: 1
    - drug: lurasidone
      dose: 80 mg daily
      start: 2024-03
      end: 2025-01
      kind: other
      failed: true
      outcome: stopped for akathisia that persisted after dose reduction
      evidence:
        file: clinical/prescriber-supporting-statement-2026-10-02.txt
        page: 1
treatment:
  name: Lumateperone 42 mg capsules, one daily
  summary: Lumateperone for bipolar I depression after both formulary alternatives caused adverse effects.
author:
  name: Dario Marchetti-Boateng
  relation: representative
  role: Son and appointed representative (form CMS-1696)
  authorization: other/cms-1696-appointment-2026-11-28.txt
  address: |-
    7 Barre Street
    Montpelier, VT 05602
  phone: (802) 555-0124
provider:
  name: Dr. Felicity Oyinlola-Grantham
  credentials: MD, psychiatrist
  npi: "@NPI8@"
  address: |-
    130 Main Street
    Montpelier, VT 05602
  phone: (802) 555-0146
footer_note: FICTIONAL TEST CASE - not a real patient, plan or provider.
""",
    docs={
        "denial/coverage-determination-denial-2026-10-05.txt": """GREEN MOUNTAIN RX PRESCRIPTION DRUG PLAN (FICTIONAL) - NOTICE OF DENIAL OF MEDICARE PRESCRIPTION DRUG COVERAGE
Date: 10/05/2026
Enrollee: Ezekiel Marchetti-Boateng   Member ID: FICT-GMR-P5512078   Case: GMR-CD-26-0929-70341
Drug: lumateperone 42 mg capsules, #30   Prescriber: Felicity Oyinlola-Grantham, MD (NPI @NPI8@)
We denied your request for a formulary exception. Lumateperone 42 mg capsules are not on our formulary. Your
prescriber did not show that the formulary alternatives (quetiapine, lurasidone) would not be as effective or
would cause adverse effects.
You have the right to ask us for a redetermination. Your request must be received within 65 days from the date
of this notice. You, your prescriber, or your representative may ask.""",
        "denial/dismissal-notice-2026-11-10.txt": """GREEN MOUNTAIN RX PRESCRIPTION DRUG PLAN (FICTIONAL) - NOTICE OF DISMISSAL
Date: 11/10/2026
Enrollee: Ezekiel Marchetti-Boateng   Case: GMR-CD-26-0929-70341
Your request for redetermination received 10/20/2026 is dismissed because it was filed by a person who is not
the enrollee, the prescriber or an appointed representative. No appointment of representative was received.
You may submit a new request with a valid appointment of representative.""",
        "clinical/prescriber-supporting-statement-2026-10-02.txt": """PRESCRIBER SUPPORTING STATEMENT FOR A FORMULARY EXCEPTION
Date: 10/02/2026
Patient: Ezekiel Marchetti-Boateng   DOB: 08/19/1955   Diagnosis: F31.31
Prescriber: Felicity Oyinlola-Grantham, MD, psychiatrist
Mr. Marchetti-Boateng took quetiapine 300 mg nightly (2023) with a 14 kg weight gain and new diabetes, and
lurasidone 80 mg daily (2024-2025) with akathisia that did not settle with dose reduction; both formulary
alternatives caused adverse effects.
Faxed to Green Mountain Rx coverage determinations, (802) 555-0173, 10/02/2026, 4 pages, result OK.""",
        "other/cms-1696-appointment-2026-11-28.txt": """APPOINTMENT OF REPRESENTATIVE (Form CMS-1696) - FICTIONAL COPY FOR THIS TEST
Beneficiary: Ezekiel Marchetti-Boateng   Medicare plan member ID: FICT-GMR-P5512078
I appoint Dario Marchetti-Boateng (son) to act as my representative in connection with my claim or asserted
right under Medicare Part D.
Signed: Ezekiel Marchetti-Boateng, 11/28/2026   Accepted: Dario Marchetti-Boateng, 11/28/2026""",
    },
    truth="""# FICTIONAL TRUTH FILE - 08 - Part D: redetermination dismissed for no appointment; the 65 days still run from 10/05 (FICTIONAL)

All people, plans, providers, numbers and addresses are invented (FICTIONAL).

## What is true
- **Stand-alone Part D plan.** Coverage determination of **10/05/2026** denied a **formulary exception** for
  lumateperone 42 mg, saying the prescriber did not show the alternatives would cause adverse effects.
- The prescriber's supporting statement of **10/02/2026** (faxed before the decision) says both formulary
  alternatives (quetiapine, lurasidone) caused adverse effects (42 CFR 423.578(b)).
- The son's redetermination request (received 10/20/2026) had no appointment; the plan **dismissed** it on
  **11/10/2026**. A dismissal is not a redetermination.
- **Level:** redetermination (first Part D appeal level), filed anew with a valid **CMS-1696 signed 11/28/2026**.
- **True deadline: 12/09/2026** - 65 days from the date of the coverage determination notice (42 CFR 423.582(b));
  the dismissal does not restart it. Today 12/07/2026: two days left; send by fax now. After 12/09 only with good
  cause (423.582(c)). The prescriber may also file without an appointment (42 CFR 423.580).
- Decision time: standard redetermination 7 days (42 CFR 423.590(a)); expedited 72 hours if the prescriber says so.

## Deliberately unknown
- Whether the plan received the 10/02 statement before deciding (only the fax report exists).
- Whether a dismissal could be vacated instead: not needed if filed by 12/09.

## Traps
- Not an IRE reconsideration: there was no redetermination decision.
- Not "65 days from the dismissal" (that would be 01/14/2027): wrong.
- Part D exception route is 423.578(b); no step therapy, no parity, no ERISA/ACA.
- Son writes about "Mr. Marchetti-Boateng"; the CMS-1696 must be enclosed.

## Arguments a strong letter makes
1. State that this is a new, valid redetermination request with the CMS-1696 enclosed, filed within 65 days of the
   10/05/2026 notice (by 12/09/2026); mention the dismissed request of 10/20/2026.
2. The prescriber's statement meets the formulary-exception standard: both formulary alternatives caused adverse
   effects (weight gain and diabetes; akathisia). Quote it and ask for the exception (423.578(b)).
3. Ask for an expedited decision only if the prescriber certifies urgency (not in the case).

## What a letter must NOT say
- That the plan "upheld" a redetermination, or request IRE review.
- That the deadline runs from 11/10/2026, or is 60 days.
- That the prescriber gave no information about the alternatives.
""",
    answers=[
        ("Date of the coverage determination", "Date: 10/05/2026", "denial/coverage-determination-denial-2026-10-05.txt"),
        ("Drug denied", "lumateperone 42 mg capsules, #30", "denial/coverage-determination-denial-2026-10-05.txt"),
        ("Window printed on the notice", "within 65 days from the date\nof this notice", "denial/coverage-determination-denial-2026-10-05.txt"),
        ("Who may ask", "You, your prescriber, or your representative may ask", "denial/coverage-determination-denial-2026-10-05.txt"),
        ("Date of the dismissal", "Date: 11/10/2026", "denial/dismissal-notice-2026-11-10.txt"),
        ("Date the first request was received", "received 10/20/2026", "denial/dismissal-notice-2026-11-10.txt"),
        ("Why dismissed", "No appointment of representative was received", "denial/dismissal-notice-2026-11-10.txt"),
        ("True deadline", "2026-12-09", "case.yaml"),
        ("Rule", "423.582(b)", "case.yaml"),
        ("CMS-1696 signed", "Ezekiel Marchetti-Boateng, 11/28/2026", "other/cms-1696-appointment-2026-11-28.txt"),
        ("Prescriber statement date", "Date: 10/02/2026", "clinical/prescriber-supporting-statement-2026-10-02.txt"),
        ("Quetiapine adverse effect", "14 kg weight gain and new diabetes", "clinical/prescriber-supporting-statement-2026-10-02.txt"),
        ("Lurasidone adverse effect", "akathisia that did not settle with dose reduction", "clinical/prescriber-supporting-statement-2026-10-02.txt"),
        ("Statement faxed", "10/02/2026, 4 pages, result OK", "clinical/prescriber-supporting-statement-2026-10-02.txt"),
        ("Formulary alternatives named", "quetiapine, lurasidone", "denial/coverage-determination-denial-2026-10-05.txt"),
        ("Diagnosis code", "F31.31", "clinical/prescriber-supporting-statement-2026-10-02.txt"),
    ],
))


# ---------------------------------------------------------------- driver
PHONE_OK = re.compile(r"^(\(\d{3}\) 555-01\d\d|1-800-555-01\d\d)$")
PHONE_ANY = re.compile(r"(?:1-\d{3}-|\(\d{3}\) ?|\b\d{3}[-.])?\b\d{3}[-.]\d{4}\b|1-\d{3}-\d{3}-\d{4}")


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def sub_npis(text, case):
    for k, v in case["npis"].items():
        text = text.replace(k, v)
    return text


def build(case, problems):
    folder = HERE / f"{case['n']}-{case['slug']}"
    truth = HERE / f"{case['n']}-{case['slug']}.truth.md"
    for old in HERE.glob(f"{case['n']}-*"):
        if old.is_dir():
            shutil.rmtree(old)
        else:
            old.unlink()
    folder.mkdir()
    texts = {}
    ytext = sub_npis(case["yaml"], case)
    (folder / "case.yaml").write_text(ytext)
    texts["case.yaml"] = ytext
    for rel, body in case["docs"].items():
        top = rel.split("/")[0]
        if top not in ("denial", "clinical", "other") or not rel.endswith(".txt"):
            problems.append(f"{case['n']}: document outside denial/clinical/other or not .txt: {rel}")
        p = folder / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        full = HDR.format(n=case["n"]) + sub_npis(body, case).strip("\n") + FTR
        p.write_text(full)
        texts[rel] = full
    truth.write_text(case["truth"])
    # checks
    tag = case["n"]
    try:
        data = YAML(typ="safe").load(io.StringIO(ytext))
    except Exception as e:  # noqa
        problems.append(f"{tag}: case.yaml does not parse: {e}")
        data = {}
    if "FICTIONAL" not in ytext.splitlines()[0]:
        problems.append(f"{tag}: case.yaml first line lacks FICTIONAL")
    tl = case["truth"].splitlines()
    if "FICTIONAL" not in tl[0]:
        problems.append(f"{tag}: truth first line lacks FICTIONAL")
    pos = [case["truth"].find("## " + h) for h in HEADINGS]
    if min(pos) < 0 or pos != sorted(pos):
        problems.append(f"{tag}: truth headings missing or out of order: {pos}")
    for rel, t in texts.items():
        if rel != "case.yaml" and not (t.startswith("FICTIONAL") and "END OF FICTIONAL DOCUMENT" in t):
            problems.append(f"{tag}: {rel} lacks FICTIONAL header/footer")
        for m in re.finditer(r"(?:1-\d{3}-\d{3}-\d{4})|(?:\(\d{3}\) \d{3}-\d{4})|(?<![\d(.-])\d{3}-\d{4}(?![\d-])", t):
            if not PHONE_OK.match(m.group(0)):
                problems.append(f"{tag}: {rel}: bad phone {m.group(0)!r}")
        for m in re.finditer(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*", t):
            if not m.group(0).endswith(".example"):
                problems.append(f"{tag}: {rel}: e-mail not on .example: {m.group(0)}")
        for m in re.finditer(r"https?://\S+|www\.\S+", t):
            if ".example" not in m.group(0):
                problems.append(f"{tag}: {rel}: web address not on .example: {m.group(0)}")
    for v in case["npis"].values():
        if not (len(v) == 10 and luhn_ok(v)):
            problems.append(f"{tag}: NPI {v} fails Luhn")
    prov = (data or {}).get("provider") or {}
    if prov.get("npi") and not luhn_ok(str(prov["npi"])):
        problems.append(f"{tag}: provider NPI fails Luhn")
    # every file named in case.yaml exists
    for m in re.finditer(r"((?:denial|clinical|other)/[\w.\-]+\.txt)", ytext):
        if not (folder / m.group(1)).exists():
            problems.append(f"{tag}: case.yaml names missing file {m.group(1)}")
    if len(case["answers"]) != 16:
        problems.append(f"{tag}: {len(case['answers'])} answers, not 16")
    for q, a, doc in case["answers"]:
        if doc not in texts:
            problems.append(f"{tag}: answer '{q}' names unknown document {doc}")
        elif norm(a) not in norm(texts[doc]):
            problems.append(f"{tag}: answer '{q}' = {a!r} not printed in {doc}")
    return folder


def main(argv):
    check = "--check" in argv
    only = [a for a in argv if a != "--check"]
    problems, folders = [], []
    for case in CASES:
        if only and case["n"] not in only:
            continue
        folders.append(build(case, problems))
    n_ans = sum(len(c["answers"]) for c in CASES if not only or c["n"] in only)
    print(f"{len(folders)} cases, {n_ans} expected answers, {len(problems)} problems")
    for p in problems:
        print("PROBLEM:", p)
    rc = 1 if problems else 0
    if check:
        out = []
        for f in folders:
            r = subprocess.run([APPEAL_KIT, "check", str(f)], capture_output=True, text=True)
            out.append(f"===== {f.name}: exit {r.returncode}\n{r.stdout}{r.stderr}")
            print(f"check {f.name[:2]}: exit {r.returncode}")
            if r.returncode != 0:
                rc = 1
        name = "check-output.txt" if not only else "check-output-partial.txt"
        (HERE / name).write_text("\n".join(out))
    return rc


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
