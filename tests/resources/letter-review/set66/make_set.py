#!/usr/bin/env python3
"""Generator for letters set 66 (issue 18), written blind. FICTIONAL data only.

Usage: make_set.py            rewrite the eight case folders and truth files, self-check
       make_set.py --check    also run `appeal-kit check` on each case, write check-output.txt
"""
import datetime as dt, re, shutil, subprocess, sys
from pathlib import Path
import io
from ruamel.yaml import YAML  # the venv holds ruamel.yaml, not PyYAML


def ydump(data):
    y = YAML(typ="safe", pure=True)
    y.default_flow_style = False
    y.sort_base_mapping_type_on_output = False
    y.width = 120
    buf = io.StringIO()
    y.dump(data, buf)
    return buf.getvalue()


def yload(text):
    return YAML(typ="safe", pure=True).load(text)

HERE = Path(__file__).resolve().parent
AK = "/work/main/.venv/bin/appeal-kit"
HDR = "FICTIONAL - invented for a blind test set (set 66); not a real person, plan, clinic or number.\n\n"
END = "\n\nFICTIONAL DOCUMENT - end.\n"
D = dt.date


def npi(base9):
    digits = "80840" + base9
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return base9 + str((10 - total % 10) % 10)


def luhn_ok(n10):
    s = "80840" + n10
    total = 0
    for i, ch in enumerate(reversed(s)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


def us(d):
    return d.strftime("%m/%d/%Y")


CASES = []

# ---------------------------------------------------------------- case 01
N1 = npi("137204815")
n01 = D(2026, 11, 16)
CASES.append(dict(
    slug="01-medicaid-ffs-nm-tms-pa-request-on-file-said-none-fair-hearing-direct-patient",
    yaml={
        "patient": {"name": "Rosalind Ameyaw-Petit", "salutation": "Ms. Ameyaw-Petit", "date_of_birth": D(1988, 7, 9),
                    "member_id": "FICT-NMMA-400771", "address": "418 Calle Cuervo NW\nAlbuquerque, NM 87107",
                    "phone": "(505) 555-0143", "email": "r.ameyaw@mail.example"},
        "insurer": {"name": "New Mexico Medical Assistance Program, fee-for-service (FICTIONAL office)",
                    "appeals_address": "Fair Hearings Bureau (FICTIONAL)\nPO Box 20417\nSanta Fe, NM 87504",
                    "fax": "(505) 555-0170"},
        "claim": {"number": "NMFFS-26-1102-5531", "plan_type": "medicaid", "delivery": "fee_for_service",
                  "notice_date": n01, "appeal_deadline": D(2027, 2, 14),
                  "deadline_basis": 'Notice of action of 11/16/2026: "You have 90 days from the date of this notice to ask for a fair hearing." Counted from the notice date.',
                  "service_dates": [D(2026, 10, 12), D(2026, 11, 13)], "sessions": 24,
                  "pending_services": ["remaining 12 TMS sessions"],
                  "procedure_codes": ["90868"], "diagnosis_codes": ["F33.2"], "carc_codes": ["CO-197"],
                  "denial_reason": "Prior authorization required. No prior authorization request was received for these services. (CARC 197)",
                  "denial_category": "prior_authorization", "denial_reasons": ["prior_authorization"],
                  "action": "none", "setting": "outpatient",
                  "corrections": [{"said": "No prior authorization request was received for these services.",
                                   "record": "The state's provider portal receipt shows the clinic's prior authorization request PAR-26-1005-0911 for 36 TMS sessions was received on 10/05/2026, before the first session, and shows it as pending review.",
                                   "file": "other/portal-receipt-par-2026-10-05.txt", "page": 1}]},
        "prior_auth": {"requested_on": D(2026, 10, 5), "reference": "PAR-26-1005-0911",
                       "proof": "other/portal-receipt-par-2026-10-05.txt", "never_decided": True},
        "treatment": {"name": "Transcranial magnetic stimulation (TMS), 36 sessions (90868)",
                      "summary": "A standard course of TMS for recurrent severe depression after three failed antidepressant trials (mirtazapine continues); the clinic asked the state for prior authorization before the course began."},
        "clinical": {"severity": "PHQ-9 22 on 10/08/2026; PHQ-9 15 on 11/13/2026", "severity_date": D(2026, 11, 13),
                     "suicidality": "passive", "suicidality_date": D(2026, 10, 8),
                     "history": [
                         {"drug": "Escitalopram", "dose": "20 mg daily", "start": "2023-02", "end": "2023-08", "kind": "antidepressant", "adequate": True, "failed": True, "response": "none", "outcome": "No response",
                          "evidence": {"file": "clinical/tms-intake-2026-10-08.txt", "page": 1}},
                         {"drug": "Bupropion XL", "dose": "300 mg daily", "start": "2023-09", "end": "2024-04", "kind": "antidepressant", "adequate": True, "failed": True, "response": "partial", "outcome": "Partial response, lost",
                          "evidence": {"file": "clinical/tms-intake-2026-10-08.txt", "page": 1}},
                         {"drug": "Venlafaxine XR", "dose": "225 mg daily", "start": "2024-05", "end": "2025-01", "kind": "antidepressant", "adequate": True, "failed": True, "response": "none", "outcome": "No response",
                          "evidence": {"file": "clinical/tms-intake-2026-10-08.txt", "page": 1}},
                         {"drug": "Mirtazapine", "dose": "45 mg nightly", "start": "2025-02", "ongoing": True, "kind": "antidepressant", "adequate": True, "response": "partial", "outcome": "Partial response; continued",
                          "evidence": {"file": "clinical/tms-intake-2026-10-08.txt", "page": 1}}]},
        "author": {"name": "Rosalind Ameyaw-Petit", "relation": "patient", "role": "Patient",
                   "address": "418 Calle Cuervo NW\nAlbuquerque, NM 87107", "phone": "(505) 555-0143"},
        "provider": {"name": "Sandia Mesa Neuromodulation Clinic", "credentials": "Dr. Tomasz Lindqvist-Baca, MD (enrolled Medicaid provider)",
                     "npi": N1, "address": "5901 Montgomery Blvd NE\nAlbuquerque, NM 87109", "phone": "(505) 555-0152"},
        "external_review": {"agency": "Fair Hearings Bureau, New Mexico Medical Assistance Program (FICTIONAL)",
                            "address": "PO Box 20417\nSanta Fe, NM 87504"},
        "record_dates": [{"file": "clinical/tms-intake-2026-10-08.txt", "date": D(2026, 10, 8)}],
        "bates_prefix": "AMEYAW", "template": "external-review-request",
        "footer_note": "FICTIONAL TEST CASE - not a real patient, plan or provider.",
    },
    docs={
        "denial/notice-of-action-2026-11-16.txt": f"""NEW MEXICO MEDICAL ASSISTANCE PROGRAM - FEE-FOR-SERVICE (FICTIONAL)
NOTICE OF ACTION                                   Date of this notice: 11/16/2026
Recipient: Rosalind Ameyaw-Petit   Medicaid ID FICT-NMMA-400771
Claim NMFFS-26-1102-5531   Provider: Sandia Mesa Neuromodulation Clinic, NPI {N1}
Services 10/12/2026-11/13/2026   90868 x24   Billed $4,320.00   Paid $0.00
Reason: Prior authorization required. No prior authorization request was received for these services. (CARC 197)

YOUR RIGHT TO A FAIR HEARING: You have 90 days from the date of this notice to ask for a fair hearing.
Write to the Fair Hearings Bureau, PO Box 20417, Santa Fe, NM 87504, fax (505) 555-0170, or call (505) 555-0171.
You may represent yourself or have someone else do it.""",
        "clinical/tms-intake-2026-10-08.txt": """SANDIA MESA NEUROMODULATION CLINIC - TMS INTAKE (FICTIONAL)       Date: 10/08/2026
Patient: Rosalind Ameyaw-Petit, DOB 07/09/1988      Dx F33.2
Prior trials: escitalopram 20 mg 02/2023-08/2023, no response; bupropion XL 300 mg 09/2023-04/2024, partial
response then lost; venlafaxine XR 225 mg 05/2024-01/2025, no response. Mirtazapine 45 mg nightly since 02/2025,
partial response, continued during TMS.
PHQ-9 22 today. Passive death wishes, no plan or intent. Plan: 36 sessions of TMS, 5 per week, then taper.
Prior authorization request PAR-26-1005-0911 submitted 10/05/2026 on the state portal; first session 10/12/2026.
Tomasz Lindqvist-Baca, MD""",
        "other/portal-receipt-par-2026-10-05.txt": """NEW MEXICO MEDICAL ASSISTANCE PROGRAM PROVIDER PORTAL (FICTIONAL) - SUBMISSION RECEIPT
Request: PAR-26-1005-0911    Received: 10/05/2026 14:22    Type: prior authorization, outpatient
Recipient ID FICT-NMMA-400771   Service 90868, 36 units, 10/12/2026-12/31/2026
Status as of 11/30/2026: PENDING REVIEW - no decision recorded.""",
    },
    answers=[
        ("Notice date", "Date of this notice: 11/16/2026", "denial/notice-of-action-2026-11-16.txt"),
        ("Window stated", "90 days from the date of this notice", "denial/notice-of-action-2026-11-16.txt"),
        ("Where a fair hearing is asked", "Fair Hearings Bureau, PO Box 20417", "denial/notice-of-action-2026-11-16.txt"),
        ("Claim number", "NMFFS-26-1102-5531", "denial/notice-of-action-2026-11-16.txt"),
        ("CARC", "CARC 197", "denial/notice-of-action-2026-11-16.txt"),
        ("Denial words", "No prior authorization request was received", "denial/notice-of-action-2026-11-16.txt"),
        ("Sessions billed", "90868 x24", "denial/notice-of-action-2026-11-16.txt"),
        ("Billed amount", "$4,320.00", "denial/notice-of-action-2026-11-16.txt"),
        ("PA reference", "PAR-26-1005-0911", "other/portal-receipt-par-2026-10-05.txt"),
        ("PA received", "Received: 10/05/2026", "other/portal-receipt-par-2026-10-05.txt"),
        ("PA status", "PENDING REVIEW - no decision recorded", "other/portal-receipt-par-2026-10-05.txt"),
        ("Sessions requested", "90868, 36 units", "other/portal-receipt-par-2026-10-05.txt"),
        ("First session", "first session 10/12/2026", "clinical/tms-intake-2026-10-08.txt"),
        ("Severity at intake", "PHQ-9 22 today", "clinical/tms-intake-2026-10-08.txt"),
        ("Ongoing drug", "Mirtazapine 45 mg nightly since 02/2025", "clinical/tms-intake-2026-10-08.txt"),
        ("Suicidality", "Passive death wishes, no plan or intent", "clinical/tms-intake-2026-10-08.txt"),
    ],
    truth="""# 01 - New Mexico Medicaid fee-for-service: TMS denied as "no prior authorization request received"; the request was received and never decided; fair hearing asked directly, by the patient (FICTIONAL)

## What is true
- Rosalind Ameyaw-Petit, 38, New Mexico Medicaid **fee-for-service** (no managed-care plan). 24 TMS sessions (90868)
  10/12/2026-11/13/2026; 12 remain of a 36-session course. Mirtazapine continues.
- The clinic filed prior authorization request **PAR-26-1005-0911 on 10/05/2026** (portal receipt), before the first
  session; the state never decided it (still "pending review" on 11/30/2026).
- Notice of action **11/16/2026**, CO-197, says no request was received.
- **Level and deadline:** fee-for-service Medicaid has no plan appeal: the first and only step is the **state fair
  hearing** (42 CFR 431.220(a)); the state sets a reasonable time, at most 90 days from mailing (42 CFR 431.221(d)).
  The notice gives **90 days from the date of the notice: by 02/14/2027**.
- Author: the patient herself.

## Deliberately unknown
- Why the portal request was not linked to the claim; the state's decision time on a PA request.
- Whether the remaining 12 sessions were given after 11/13/2026 (treated as pending).

## Traps
- Not a plan: no "internal appeal", no "reconsider" by a plan, no 438.xxx managed-care rules (60 days, 438.402, 438.408, 438.420).
- The request was made and is unanswered: not a retro-authorization from nothing; a letter must not concede none was asked.
- 90 days here is the notice's, not a federal floor: do not say federal law gives 90 days.
- Mirtazapine continues (partial response): never "failed mirtazapine". Suicidality passive, dated 10/08/2026.

## Arguments a strong letter makes
1. The request was received 10/05/2026 (portal receipt PAR-26-1005-0911) before the first session; the notice's
   statement is contradicted by the state's own record. Decide the pending request and pay the claim.
2. On the merits, three failed adequate antidepressant trials and severe recurrent depression (PHQ-9 22).
3. Ask a decision on the 12 sessions still to come.

## What a letter must NOT say
- "internal appeal", "the plan", "42 CFR 438.", "60 days", "ERISA", "Medicare", "no request was made",
  "failed mirtazapine", "retroactive authorization" as the only ground.
"""))

# ---------------------------------------------------------------- case 02
N2 = npi("158830427")
d02_first = D(2026, 7, 20)
d02_dec = D(2026, 10, 26)
CASES.append(dict(
    slug="02-self-funded-erisa-oh-iop-out-of-network-second-level-from-receipt-decision-says-final-psychiatrist",
    yaml={
        "patient": {"name": "Desmond Okafor-Lindahl", "salutation": "Mr. Okafor-Lindahl", "date_of_birth": D(1979, 3, 22),
                    "member_id": "FICT-BKH-772013-01", "address": "2207 Oakridge Drive\nDayton, OH 45419",
                    "phone": "(937) 555-0126"},
        "insurer": {"name": "Buckeye Kiln Works Employee Health Plan, administered by Tri-River Benefit Services (FICTIONAL)",
                    "appeals_address": "Tri-River Benefit Services, Appeals Unit (FICTIONAL)\nPO Box 33018\nColumbus, OH 43233",
                    "fax": "(614) 555-0139"},
        "claim": {"number": "TRB-26-0702-66410", "plan_type": "employer_erisa", "funding": "self_funded", "employees": 2400,
                  "stage": "second level", "notice_date": d02_first,
                  "appeal_deadline": D(2026, 12, 25),
                  "deadline_basis": 'First-level decision of 10/26/2026: "You may file a second-level appeal within 60 days of receiving this letter." Counted from the decision date (received 10/30/2026).',
                  "service_dates": [D(2026, 5, 18), D(2026, 6, 26)], "setting": "intensive_outpatient",
                  "procedure_codes": ["S9480"], "revenue_codes": ["0905"], "diagnosis_codes": ["F33.1", "F41.1"],
                  "carc_codes": ["CO-242"],
                  "denial_reason": "Services were provided by an out-of-network provider. Your plan does not cover out-of-network intensive outpatient services except as approved under the network exception provision. (CARC 242)",
                  "denial_category": "out_of_network", "denial_reasons": ["out_of_network"], "action": "none"},
        "decisions": [{"date": d02_dec, "outcome": "denied", "stage": "first level", "opens": "second level",
                       "next_deadline": D(2026, 12, 25),
                       "reason": "The member did not obtain a network exception before services began. The denial is upheld."}],
        "network": [
            {"name": "Miami Valley Behavioral IOP (in-network)", "date": D(2026, 5, 4), "outcome": "no opening before 07/20/2026",
             "first_opening": D(2026, 7, 20), "evidence": {"file": "clinical/referral-and-network-calls-2026-05-12.txt", "page": 1}},
            {"name": "Gem City Recovery Partners IOP (in-network)", "date": D(2026, 5, 5), "outcome": "program closed to new adult admissions",
             "evidence": {"file": "clinical/referral-and-network-calls-2026-05-12.txt", "page": 1}}],
        "plan_policy": {"name": "Buckeye Kiln Works Employee Health Plan, Summary Plan Description 2026, Section 7.3 Network exceptions and Section 11 Appeals",
                        "number": "Section 7.3",
                        "quote": "If no network provider can provide a covered service within 14 days, the Plan will cover an out-of-network provider at the network level of benefits. A request may be made before or after the services, by the member or the referring physician.",
                        "file": "other/spd-2026-sections-7-and-11.txt"},
        "treatment": {"name": "Adult intensive outpatient program (IOP), 18 program days",
                      "summary": "Three-hour program days, three per week, after an emergency visit for worsening depression; both in-network programs in range had no opening."},
        "clinical": {"severity": "PHQ-9 19 and GAD-7 16 on 05/12/2026", "severity_date": D(2026, 5, 12), "suicidality": "none",
                     "suicidality_date": D(2026, 5, 12)},
        "author": {"name": "Dr. Hana Przybylska, MD", "relation": "physician", "role": "Treating psychiatrist",
                   "address": "Greene County Psychiatry Associates (FICTIONAL)\n1450 N Fairfield Road\nBeavercreek, OH 45432",
                   "phone": "(937) 555-0188", "authorization": "other/member-consent-2026-11-20.txt"},
        "provider": {"name": "Stillwater Day Programs", "credentials": "IOP program (out-of-network)", "npi": N2,
                     "address": "77 E Third Street\nDayton, OH 45402", "phone": "(937) 555-0117"},
        "bates_prefix": "OKAFORLINDAHL",
        "footer_note": "FICTIONAL TEST CASE - not a real patient, plan or provider.",
    },
    docs={
        "denial/eob-2026-07-20.txt": f"""TRI-RIVER BENEFIT SERVICES (FICTIONAL) for the Buckeye Kiln Works Employee Health Plan
EXPLANATION OF BENEFITS - THIS IS NOT A BILL               Date: 07/20/2026
Member: Desmond Okafor-Lindahl   ID FICT-BKH-772013-01   Claim TRB-26-0702-66410
Provider: Stillwater Day Programs (out-of-network), NPI {N2}
05/18/2026-06/26/2026  S9480 rev 0905 x18 days  Billed $7,560.00  Paid $0.00
CARC 242. Services were provided by an out-of-network provider. Your plan does not cover out-of-network intensive
outpatient services except as approved under the network exception provision.
You may appeal within 180 days of receiving this notice.""",
        "denial/first-level-decision-2026-10-26.txt": """TRI-RIVER BENEFIT SERVICES - APPEALS UNIT (FICTIONAL)            Date: 10/26/2026
RE: First-level appeal, claim TRB-26-0702-66410, Desmond Okafor-Lindahl
Decision: The member did not obtain a network exception before services began. The denial is upheld.
This is the final decision on your claim. You may request an external review within 4 months.
You may file a second-level appeal within 60 days of receiving this letter.
Envelope postmark 10/28/2026; date stamped received by member 10/30/2026.""",
        "other/spd-2026-sections-7-and-11.txt": """BUCKEYE KILN WORKS EMPLOYEE HEALTH PLAN - SUMMARY PLAN DESCRIPTION 2026 (FICTIONAL EXCERPT)
Section 7.3 Network exceptions. If no network provider can provide a covered service within 14 days, the Plan will
cover an out-of-network provider at the network level of benefits. A request may be made before or after the
services, by the member or the referring physician.
Section 11 Appeals. The Plan has two levels of internal appeal. Both must be completed before external review.
A second-level appeal must be filed within 60 days after you receive the first-level decision.""",
        "clinical/referral-and-network-calls-2026-05-12.txt": """GREENE COUNTY PSYCHIATRY ASSOCIATES (FICTIONAL) - REFERRAL NOTE     Date: 05/12/2026
Patient: Desmond Okafor-Lindahl   Dx F33.1, F41.1   PHQ-9 19, GAD-7 16. No suicidal ideation.
Referred to IOP after ED visit 05/09/2026. Calls: 05/04/2026 Miami Valley Behavioral IOP (in-network) - no opening
before 07/20/2026; 05/05/2026 Gem City Recovery Partners IOP (in-network) - closed to new adult admissions.
Referred to Stillwater Day Programs (out-of-network), start 05/18/2026.  Hana Przybylska, MD""",
        "other/member-consent-2026-11-20.txt": """CONSENT TO APPEAL ON MY BEHALF (FICTIONAL)                         Date: 11/20/2026
I, Desmond Okafor-Lindahl, member ID FICT-BKH-772013-01, ask my psychiatrist Dr. Hana Przybylska to file my
second-level appeal of claim TRB-26-0702-66410 and to receive the plan's decision.   Signed: D. Okafor-Lindahl""",
    },
    answers=[
        ("Original denial date", "Date: 07/20/2026", "denial/eob-2026-07-20.txt"),
        ("CARC", "CARC 242", "denial/eob-2026-07-20.txt"),
        ("Program days", "x18 days", "denial/eob-2026-07-20.txt"),
        ("Billed", "$7,560.00", "denial/eob-2026-07-20.txt"),
        ("First-level decision date", "Date: 10/26/2026", "denial/first-level-decision-2026-10-26.txt"),
        ("Decision's reason", "did not obtain a network exception before services began", "denial/first-level-decision-2026-10-26.txt"),
        ("Wrong level named", "This is the final decision on your claim", "denial/first-level-decision-2026-10-26.txt"),
        ("Second-level window", "within 60 days of receiving this letter", "denial/first-level-decision-2026-10-26.txt"),
        ("Day received", "received by member 10/30/2026", "denial/first-level-decision-2026-10-26.txt"),
        ("SPD: two levels", "two levels of internal appeal", "other/spd-2026-sections-7-and-11.txt"),
        ("SPD: exception before or after", "before or after the\nservices", "other/spd-2026-sections-7-and-11.txt"),
        ("SPD: 14-day access", "within 14 days", "other/spd-2026-sections-7-and-11.txt"),
        ("First in-network program", "no opening\nbefore 07/20/2026", "clinical/referral-and-network-calls-2026-05-12.txt"),
        ("Second in-network program", "closed to new adult admissions", "clinical/referral-and-network-calls-2026-05-12.txt"),
        ("Severity", "PHQ-9 19, GAD-7 16", "clinical/referral-and-network-calls-2026-05-12.txt"),
        ("Consent date", "Date: 11/20/2026", "other/member-consent-2026-11-20.txt"),
    ],
    truth="""# 02 - Self-funded ERISA plan, Ohio: out-of-network IOP; second-level appeal, counted from receipt; the first-level decision wrongly calls itself final; treating psychiatrist writes (FICTIONAL)

## What is true
- Self-funded employer plan (2,400 employees), ERISA, administered by Tri-River (TPA). IOP 05/18-06/26/2026, 18 days,
  out-of-network (CO-242), EOB 07/20/2026. First-level appeal denied **10/26/2026** (received 10/30/2026).
- The SPD (Section 11) has **two mandatory internal levels**; the first-level decision says both "final decision ...
  external review within 4 months" and "second-level appeal within 60 days of receiving this letter".
- **Level and deadline:** this is the **second-level internal appeal**. The SPD and decision give 60 days after
  receipt: received 10/30/2026 -> **12/29/2026**; counted conservatively from the decision date -> **12/25/2026**
  (the case's `appeal_deadline`). Rule: the plan's own terms under 29 CFR 2560.503-1(c)(3)/(h); external review after
  the final internal denial, 4 months, federal process 29 CFR 2590.715-2719 (self-funded).
- SPD 7.3 lets a network exception be asked **before or after** services when no network provider can serve within
  14 days: the decision's "before services began" is not the plan's rule. Two in-network IOPs had no place.
- Author: treating psychiatrist (not the IOP), with the member's consent of 11/20/2026.

## Deliberately unknown
- Whether Tri-River's "final" wording would support deemed exhaustion (not argued here).
- The IOP's allowed amount.

## Traps
- Not an external-review request and not a first appeal; do not rely on the "final decision" sentence.
- Self-funded: federal external review (29 CFR 2590.715-2719), not the state's; no state insurance department complaint as the main route.
- Network gap, not medical necessity: no peer-to-peer needed.
- No suicidal ideation.

## Arguments a strong letter makes
1. SPD 7.3 allows the exception after services; no in-network IOP could see him within 14 days (two calls, dated).
2. Cover the IOP at the network level of benefits; reprocess the claim.
3. Filed as the second level, in time (by 12/25/2026, within 60 days of receipt on 10/30/2026).

## What a letter must NOT say
- "external review" as what this letter is; "first-level appeal" as this appeal; "45 CFR 147.136(c)" state process as governing;
  "Medicaid"; "Medicare"; "suicidal".
"""))

# ---------------------------------------------------------------- case 03
N3 = npi("192605538")
CASES.append(dict(
    slug="03-medicare-advantage-ppo-az-spravato-renewal-ended-notice-says-60-days-expedited-reconsideration-daughter-cms1696",
    yaml={
        "patient": {"name": "Evangeline Marchetti-Runyon", "salutation": "Mrs. Marchetti-Runyon", "date_of_birth": D(1953, 11, 2),
                    "member_id": "FICT-SDP-88310452", "address": "9120 E Saguaro Vista Lane\nScottsdale, AZ 85260",
                    "phone": "(480) 555-0134"},
        "insurer": {"name": "Sonoran Desert Medicare Advantage PPO (FICTIONAL)",
                    "appeals_address": "Sonoran Desert Health Plans, Medicare Appeals (FICTIONAL)\nPO Box 71822\nPhoenix, AZ 85062",
                    "fax": "(602) 555-0160"},
        "claim": {"number": "SDP-AUTH-26-1120-4471", "plan_type": "medicare_advantage", "notice_date": D(2026, 12, 1),
                  "appeal_deadline": D(2027, 1, 30),
                  "deadline_basis": 'Notice of 12/01/2026: "You must ask for a reconsideration within 60 calendar days of the date of this notice." Counted from the notice date; the rule (42 CFR 422.582(b)) gives 65 days, to 02/04/2027.',
                  "urgent": True, "action": "end", "action_date": D(2026, 12, 14),
                  "pending_services": ["weekly esketamine sessions from 12/14/2026"],
                  "procedure_codes": ["J0013", "99215"], "diagnosis_codes": ["F33.2"],
                  "denial_reason": "Continued esketamine is not medically necessary. Records do not show improvement on standardized measures. Authorization ends 12/13/2026.",
                  "denial_category": "medical_necessity", "denial_reasons": ["medical_necessity"],
                  "reviewer": {"name": "Dr. Calloway Fitch", "specialty": "internal medicine"}},
        "urgency": {"reason": "Stopping weekly esketamine after eleven months of response risks relapse into severe depression with the suicidal crisis that preceded treatment in 2025.",
                    "certified_by": "Dr. Ines Valderrama-Holt, MD"},
        "treatment": {"name": "Spravato (esketamine) nasal spray, 84 mg weekly maintenance",
                      "plan": "84 mg weekly through 06/2027, reassess MADRS every 4 weeks, move to every-other-week dosing if MADRS stays under 10 for 8 weeks."},
        "clinical": {"severity": "MADRS 36 on 12/18/2025; MADRS 14 on 11/19/2026", "severity_date": D(2026, 11, 19),
                     "response": "MADRS 36 before treatment (12/18/2025), 14 on 11/19/2026", "response_level": "response",
                     "suicidality": "active", "suicidality_date": D(2025, 12, 18),
                     "history": [
                         {"drug": "Spravato (esketamine)", "dose": "84 mg weekly", "start": "2026-01", "ongoing": True, "kind": "other", "response": "response", "outcome": "Response, MADRS 36 to 14",
                          "evidence": {"file": "clinical/psychiatry-note-2026-11-19.txt", "page": 1}},
                         {"drug": "Sertraline", "dose": "200 mg daily", "start": "2025-03", "ongoing": True, "kind": "antidepressant", "adequate": True, "response": "partial", "outcome": "Partial response; continued with esketamine",
                          "evidence": {"file": "clinical/psychiatry-note-2026-11-19.txt", "page": 1}}]},
        "author": {"name": "Lucia Marchetti-Runyon", "relation": "representative", "role": "Daughter and appointed representative",
                   "address": "3345 W Camelback Road, Unit 7\nPhoenix, AZ 85017", "phone": "(602) 555-0149",
                   "authorization": "other/cms-1696-appointment-2026-12-03.txt"},
        "provider": {"name": "Dr. Ines Valderrama-Holt", "credentials": "MD, psychiatry", "npi": N3,
                     "address": "Camelback Mood Clinic (FICTIONAL)\n4800 N 22nd Street\nPhoenix, AZ 85016", "phone": "(602) 555-0115"},
        "bates_prefix": "MARCHETTIRUNYON", "template": "expedited-appeal",
        "footer_note": "FICTIONAL TEST CASE - not a real patient, plan or provider.",
    },
    docs={
        "denial/integrated-denial-notice-2026-12-01.txt": """SONORAN DESERT MEDICARE ADVANTAGE PPO (FICTIONAL)
NOTICE OF DENIAL OF MEDICAL COVERAGE                  Date of this notice: 12/01/2026
Member: Evangeline Marchetti-Runyon   ID FICT-SDP-88310452   Authorization SDP-AUTH-26-1120-4471
Request: continued esketamine nasal spray J0013 (84 units weekly) with 99215.
Decision: Continued esketamine is not medically necessary. Records do not show improvement on standardized
measures. Authorization ends 12/13/2026.   Reviewed by Dr. Calloway Fitch, internal medicine.
You must ask for a reconsideration within 60 calendar days of the date of this notice. If waiting could seriously
harm your health, ask for a fast (expedited) reconsideration; we will decide within 72 hours.""",
        "clinical/psychiatry-note-2026-11-19.txt": """CAMELBACK MOOD CLINIC - PSYCHIATRY PROGRESS NOTE (FICTIONAL)     Date: 11/19/2026
Patient: Evangeline Marchetti-Runyon, DOB 11/02/1953   Dx F33.2
Esketamine 84 mg weekly since 01/2026. MADRS 36 on 12/18/2025 (with active suicidal ideation then); MADRS 14 today.
Sertraline 200 mg continued. No suicidal ideation since 03/2026. Plan: weekly through 06/2027, MADRS every 4 weeks.
Ines Valderrama-Holt, MD""",
        "other/cms-1696-appointment-2026-12-03.txt": """APPOINTMENT OF REPRESENTATIVE - FORM CMS-1696 (FICTIONAL RENDITION)     Signed 12/03/2026
Beneficiary: Evangeline Marchetti-Runyon, Medicare Advantage ID FICT-SDP-88310452
Representative: Lucia Marchetti-Runyon (daughter), 3345 W Camelback Road, Unit 7, Phoenix, AZ 85017, (602) 555-0149
Both signatures present. Valid for one year from the date signed.""",
    },
    answers=[
        ("Notice date", "Date of this notice: 12/01/2026", "denial/integrated-denial-notice-2026-12-01.txt"),
        ("Window the notice names", "within 60 calendar days of the date of this notice", "denial/integrated-denial-notice-2026-12-01.txt"),
        ("Expedited clock", "decide within 72 hours", "denial/integrated-denial-notice-2026-12-01.txt"),
        ("Authorization number", "SDP-AUTH-26-1120-4471", "denial/integrated-denial-notice-2026-12-01.txt"),
        ("End of authorization", "Authorization ends 12/13/2026", "denial/integrated-denial-notice-2026-12-01.txt"),
        ("Reviewer specialty", "Dr. Calloway Fitch, internal medicine", "denial/integrated-denial-notice-2026-12-01.txt"),
        ("Decision words", "Records do not show improvement on standardized measures", "denial/integrated-denial-notice-2026-12-01.txt"),
        ("Code", "J0013 (84 units weekly)", "denial/integrated-denial-notice-2026-12-01.txt"),
        ("Baseline score", "MADRS 36 on 12/18/2025", "clinical/psychiatry-note-2026-11-19.txt"),
        ("Current score", "MADRS 14 today", "clinical/psychiatry-note-2026-11-19.txt"),
        ("Suicidality now", "No suicidal ideation since 03/2026", "clinical/psychiatry-note-2026-11-19.txt"),
        ("Continued antidepressant", "Sertraline 200 mg continued", "clinical/psychiatry-note-2026-11-19.txt"),
        ("Treatment plan", "weekly through 06/2027, MADRS every 4 weeks", "clinical/psychiatry-note-2026-11-19.txt"),
        ("Form", "FORM CMS-1696", "other/cms-1696-appointment-2026-12-03.txt"),
        ("Form signed", "Signed 12/03/2026", "other/cms-1696-appointment-2026-12-03.txt"),
        ("Representative", "Lucia Marchetti-Runyon (daughter)", "other/cms-1696-appointment-2026-12-03.txt"),
    ],
    truth="""# 03 - Medicare Advantage PPO, Arizona: maintenance Spravato cut off; the notice names 60 days where the rule gives 65; expedited reconsideration by the daughter with CMS-1696 (FICTIONAL)

## What is true
- Mrs. Marchetti-Runyon, 73, Medicare Advantage PPO. Weekly esketamine 84 mg since 01/2026; MADRS 36 (12/18/2025, with
  active suicidal ideation then) to 14 (11/19/2026). Sertraline continues.
- Notice **12/01/2026** ends the authorization **12/13/2026**: "Records do not show improvement on standardized
  measures" - contradicted by the MADRS scores. Reviewer: internal medicine.
- **Level and deadline:** plan **reconsideration**, asked as **expedited** (42 CFR 422.584; decided within 72 hours,
  422.590). The notice says 60 days (by **01/30/2027**); 42 CFR 422.582(b) as amended from 01/01/2025 gives **65 days
  from the notice date: 02/04/2027**. File by the earlier date to be safe; an upheld denial goes to the independent
  review entity automatically (422.592).
- Representative: daughter, appointed on form CMS-1696 signed 12/03/2026. Urgency certified by the psychiatrist (MD).

## Deliberately unknown
- Whether the plan would treat a request after 01/30/2027 as late.
- The plan's own coverage criteria for maintenance esketamine (not enclosed).

## Traps
- No "continued coverage during appeal" right for Medicare Advantage (that is Medicaid/ACA): the letter asks for a fast decision, not aid pending.
- No parity law, no ERISA, no 147.136 external review. The IRE is automatic: the patient does not "request external review".
- Suicidal ideation is history (12/2025), not present.
- The daughter writes: not "I have been treated".

## Arguments a strong letter makes
1. The record shows improvement on a standardized measure: MADRS 36 -> 14 (response, not yet remission).
2. Stopping after response risks relapse; plan of care with reassessment and taper criteria.
3. Expedited: the psychiatrist certifies harm from waiting; decide within 72 hours.
4. Reviewer is internal medicine, not psychiatry: ask for a psychiatrist's review.

## What a letter must NOT say
- "MHPAEA"/"parity"; "29 CFR 2560.503-1"; "45 CFR 147.136"; "continue coverage pending appeal" as a right;
  "current suicidal ideation"; "remission"; "60 days" as the rule's window.
"""))

# ---------------------------------------------------------------- case 04
N4 = npi("120948736")
d04_mrn = D(2026, 10, 19)
CASES.append(dict(
    slug="04-original-medicare-fl-tms-msp-spouse-employer-14-staff-qic-reconsideration-from-presumed-receipt-patient",
    yaml={
        "patient": {"name": "Ignatius Pembroke-Salas", "salutation": "Mr. Pembroke-Salas", "date_of_birth": D(1958, 4, 17),
                    "member_id": "FICT-MBI-7QX4-ND2-KT61", "address": "1530 Heron Bay Circle\nSarasota, FL 34231",
                    "phone": "(941) 555-0127"},
        "insurer": {"name": "Medicare Part B, Gulfstream Medicare Administrative Contractor (FICTIONAL)",
                    "appeals_address": "Peninsula QIC, Part B Reconsiderations (FICTIONAL)\nPO Box 45980\nJacksonville, FL 32232",
                    "fax": "(904) 555-0166"},
        "claim": {"number": "GMAC-26-0521-880134", "plan_type": "medicare", "notice_date": D(2026, 6, 10),
                  "service_dates": [D(2026, 4, 6), D(2026, 5, 15)], "sessions": 30,
                  "procedure_codes": ["90867", "90868"], "diagnosis_codes": ["F33.2"], "carc_codes": ["OA-22"],
                  "denial_reason": "Another insurer should pay first. Our records show group health coverage through your spouse's employer (Coral Key Marine Supply).",
                  "denial_category": "coordination_of_benefits", "denial_reasons": ["coordination_of_benefits"], "action": "none"},
        "decisions": [{"date": d04_mrn, "outcome": "denied", "stage": "redetermination", "opens": "QIC reconsideration",
                       "next_deadline": D(2027, 4, 22),
                       "reason": "The employer group health plan is primary. No evidence was submitted that the employer has fewer than 20 employees."}],
        "external_review": {"agency": "Peninsula QIC (FICTIONAL)", "address": "PO Box 45980\nJacksonville, FL 32232",
                            "final_denial_date": d04_mrn},
        "other_coverage": {"plan": "Coral Key Marine Supply group health plan (through spouse)", "member_is": "dependent",
                           "covered_here_as": "beneficiary", "current_employment": "spouse", "employees": 14,
                           "proof": ["other/employer-size-letter-2026-11-06.txt"]},
        "treatment": {"name": "Transcranial magnetic stimulation (TMS), 30 sessions"},
        "clinical": {"severity": "PHQ-9 21 on 04/01/2026; PHQ-9 9 on 05/15/2026", "severity_date": D(2026, 5, 15),
                     "suicidality": "none", "suicidality_date": D(2026, 4, 1)},
        "author": {"name": "Ignatius Pembroke-Salas", "relation": "patient", "role": "Beneficiary",
                   "address": "1530 Heron Bay Circle\nSarasota, FL 34231", "phone": "(941) 555-0127"},
        "provider": {"name": "Siesta Coast TMS Center", "credentials": "Dr. Priya Nandakumar-Oyelaran, MD", "npi": N4,
                     "address": "2200 Bee Ridge Road\nSarasota, FL 34239", "phone": "(941) 555-0138"},
        "bates_prefix": "PEMBROKESALAS", "template": "external-review-request",
        "footer_note": "FICTIONAL TEST CASE - not a real patient, plan or provider.",
    },
    docs={
        "denial/medicare-summary-notice-2026-06-10.txt": f"""MEDICARE SUMMARY NOTICE - PART B (FICTIONAL RENDITION)          Notice date: 06/10/2026
Beneficiary: Ignatius Pembroke-Salas   Medicare number FICT-MBI-7QX4-ND2-KT61
Claim GMAC-26-0521-880134   Siesta Coast TMS Center, NPI {N4}   04/06/2026-05/15/2026, 90867 x1, 90868 x29
Medicare paid $0.00. Another insurer should pay first. Our records show group health coverage through your spouse's
employer (Coral Key Marine Supply). Code OA-22.""",
        "denial/redetermination-2026-10-19.txt": """GULFSTREAM MEDICARE ADMINISTRATIVE CONTRACTOR (FICTIONAL) - MEDICARE REDETERMINATION NOTICE
Date of this notice: 10/19/2026      Claim GMAC-26-0521-880134      Beneficiary: Ignatius Pembroke-Salas
Decision: unfavorable. The employer group health plan is primary. No evidence was submitted that the employer has
fewer than 20 employees.
Next level: reconsideration by the Qualified Independent Contractor. You must file within 180 days of the date you
receive this notice. We presume you received it 5 days after the date of this notice.
Send to Peninsula QIC, Part B Reconsiderations, PO Box 45980, Jacksonville, FL 32232.""",
        "other/employer-size-letter-2026-11-06.txt": """CORAL KEY MARINE SUPPLY, LLC (FICTIONAL) - 88 Dock Street, Venice, FL 34285       11/06/2026
To whom it may concern: Marisela Pembroke-Salas is employed full time and covers her husband Ignatius on our group
health plan. Coral Key Marine Supply had 14 employees on each working day of 2025 and 2026, and never 20 or more.
Renata Obi, Office Manager, (941) 555-0109""",
        "clinical/tms-summary-2026-05-15.txt": """SIESTA COAST TMS CENTER - COURSE SUMMARY (FICTIONAL)             Date: 05/15/2026
Patient: Ignatius Pembroke-Salas, DOB 04/17/1958   Dx F33.2   30 sessions 04/06/2026-05/15/2026.
PHQ-9 21 on 04/01/2026; PHQ-9 9 on 05/15/2026. No suicidal ideation.   Priya Nandakumar-Oyelaran, MD""",
    },
    answers=[
        ("MSN date", "Notice date: 06/10/2026", "denial/medicare-summary-notice-2026-06-10.txt"),
        ("Code", "OA-22", "denial/medicare-summary-notice-2026-06-10.txt"),
        ("Claim", "GMAC-26-0521-880134", "denial/medicare-summary-notice-2026-06-10.txt"),
        ("Lines", "90867 x1, 90868 x29", "denial/medicare-summary-notice-2026-06-10.txt"),
        ("Employer named", "Coral Key Marine Supply", "denial/medicare-summary-notice-2026-06-10.txt"),
        ("Redetermination date", "Date of this notice: 10/19/2026", "denial/redetermination-2026-10-19.txt"),
        ("Redetermination reason", "No evidence was submitted that the employer has fewer than 20 employees", "denial/redetermination-2026-10-19.txt"),
        ("Next level", "reconsideration by the Qualified Independent Contractor", "denial/redetermination-2026-10-19.txt"),
        ("QIC window", "within 180 days of the date you receive this notice", "denial/redetermination-2026-10-19.txt"),
        ("Presumed receipt", "received it 5 days after the date of this notice", "denial/redetermination-2026-10-19.txt"),
        ("QIC address", "PO Box 45980, Jacksonville, FL 32232", "denial/redetermination-2026-10-19.txt"),
        ("Employees", "14 employees", "other/employer-size-letter-2026-11-06.txt"),
        ("Never 20", "never 20 or more", "other/employer-size-letter-2026-11-06.txt"),
        ("Spouse employed", "employed full time", "other/employer-size-letter-2026-11-06.txt"),
        ("Sessions", "30 sessions 04/06/2026-05/15/2026", "clinical/tms-summary-2026-05-15.txt"),
        ("Outcome", "PHQ-9 9 on 05/15/2026", "clinical/tms-summary-2026-05-15.txt"),
    ],
    truth="""# 04 - Original Medicare, Florida: TMS denied because the spouse's 14-person employer plan was taken as primary; QIC reconsideration counted from presumed receipt; the beneficiary writes (FICTIONAL)

## What is true
- Mr. Pembroke-Salas, 68, Original Medicare Part B, covered as a dependent on his wife's employer plan (Coral Key
  Marine Supply, **14 employees**, never 20). 30 TMS sessions 04/06-05/15/2026. MSN 06/10/2026 (OA-22).
- Redetermination **10/19/2026** upheld it: "no evidence ... fewer than 20 employees". The employer's letter of
  11/06/2026 is that evidence, new at this level.
- **Rule:** for the working-aged, Medicare pays second only when the employer has 20 or more employees
  (42 U.S.C. 1395y(b)(1)(A); 42 CFR 411.170(a)): here Medicare is primary.
- **Level and deadline:** the **second level, reconsideration by the QIC** (42 CFR 405.960-405.978); 180 days from
  receipt of the redetermination, receipt presumed 5 days after its date (42 CFR 405.962(a)): 10/24/2026 + 180 =
  **04/22/2027**; counted conservatively from the notice date, **04/17/2027**. New evidence should be given at the QIC
  level (405.966), so send the employer letter now.
- Author: the beneficiary himself; no representative form needed.

## Deliberately unknown
- Whether the employer plan paid anything; the spouse's plan's own EOB is not in the case.

## Traps
- Not a redetermination (done) and not an ALJ hearing (next); the letter goes to the QIC, not the MAC.
- No 72-hour/expedited route; no ERISA, no 147.136, no parity.
- Care was effective; medical necessity is not in dispute.

## Arguments a strong letter makes
1. Employer had 14 employees: the group plan is not one Medicare pays after; Medicare is primary.
2. The redetermination's sole reason is answered by the enclosed letter; correct the MSP record and pay.
3. Filed in time (by 04/17/2027 from the notice date; 04/22/2027 with presumed receipt).

## What a letter must NOT say
- "redetermination" as what is requested now; "ALJ" as this level; "expedited"; "ERISA"; "parity"; "20 or more employees" of Coral Key.
"""))

# ---------------------------------------------------------------- case 05
N5 = npi("166139204")
d05_rec = D(2026, 10, 5)
CASES.append(dict(
    slug="05-fehb-nc-php-precert-approved-under-enrollee-suffix-opm-review-90-days-carrier-said-6-months-patient",
    yaml={
        "patient": {"name": "Thandiwe Caldera-Brooks", "salutation": "Ms. Caldera-Brooks", "date_of_birth": D(2003, 9, 28),
                    "member_id": "FICT-PFB-R31177520-02", "address": "611 Glenwood Avenue, Apt 3B\nRaleigh, NC 27603",
                    "phone": "(919) 555-0121", "email": "t.calderabrooks@mail.example"},
        "insurer": {"name": "Piedmont Federal Benefit Plan, Standard Option (FEHB carrier, FICTIONAL)",
                    "appeals_address": "Piedmont Federal Benefit Plan, Reconsiderations (FICTIONAL)\nPO Box 26114\nDurham, NC 27702",
                    "fax": "(919) 555-0161"},
        "claim": {"number": "PFB-26-0708-21455", "plan_type": "fehb", "notice_date": D(2026, 7, 22),
                  "service_dates": [D(2026, 6, 1), D(2026, 6, 26)], "setting": "partial_hospitalization",
                  "procedure_codes": ["H0035"], "revenue_codes": ["0912"], "diagnosis_codes": ["F33.2"], "carc_codes": ["CO-197"],
                  "denial_reason": "Precertification was not obtained for partial hospitalization services. (CARC 197)",
                  "denial_category": "prior_authorization", "denial_reasons": ["prior_authorization"], "action": "none"},
        "decisions": [{"date": d05_rec, "outcome": "denied", "stage": "carrier reconsideration", "opens": "OPM review",
                       "next_deadline": D(2027, 1, 3),
                       "reason": "We have no record of precertification for this member. The denial is affirmed."}],
        "external_review": {"agency": "U.S. Office of Personnel Management, Federal Employee Insurance Operations, Health Insurance Group (as named in the carrier's decision; FICTIONAL group number)",
                            "address": "1900 E Street NW\nWashington, DC 20415",
                            "final_denial_date": d05_rec},
        "prior_auth": {"approved": {"number": "precertification PC-26-0528-7730", "date": D(2026, 5, 28),
                                    "covers": "partial hospitalization, 20 program days, 06/01/2026 through 06/30/2026",
                                    "quote": "Precertification PC-26-0528-7730 approved: partial hospitalization program, 20 days, 06/01/2026 through 06/30/2026.",
                                    "file": "other/precertification-approval-2026-05-28.txt",
                                    "what_went_wrong": "the approval was recorded under the enrollee's member suffix -00 (her father) instead of her own suffix -02",
                                    "from": D(2026, 6, 1), "through": D(2026, 6, 30),
                                    "lines": [{"code": "H0035", "units": 20, "given": 20}]}},
        "plan_policy": {"name": "Piedmont Federal Benefit Plan 2026 Brochure, Section 8 (disputed claims)", "number": "Section 8",
                        "quote": "If we do not agree to pay, you may ask OPM to review our decision. You must write to OPM within 90 days after the date of our letter upholding our initial decision.",
                        "file": "other/fehb-brochure-section-8-excerpt.txt"},
        "treatment": {"name": "Adult partial hospitalization program, 20 program days"},
        "clinical": {"severity": "PHQ-9 24 on 05/27/2026; PHQ-9 12 on 06/26/2026", "severity_date": D(2026, 6, 26),
                     "suicidality": "active", "suicidality_date": D(2026, 5, 27)},
        "author": {"name": "Thandiwe Caldera-Brooks", "relation": "patient", "role": "Patient (covered family member)",
                   "address": "611 Glenwood Avenue, Apt 3B\nRaleigh, NC 27603", "phone": "(919) 555-0121"},
        "provider": {"name": "Oak City Behavioral Hospital, Partial Hospitalization Program", "credentials": "facility", "npi": N5,
                     "address": "3010 New Bern Avenue\nRaleigh, NC 27610", "phone": "(919) 555-0113"},
        "bates_prefix": "CALDERABROOKS", "template": "external-review-request",
        "footer_note": "FICTIONAL TEST CASE - not a real patient, plan or provider.",
    },
    docs={
        "denial/eob-2026-07-22.txt": f"""PIEDMONT FEDERAL BENEFIT PLAN (FICTIONAL) - EXPLANATION OF BENEFITS        Date: 07/22/2026
Patient: Thandiwe Caldera-Brooks (member suffix -02)   Enrollee ID FICT-PFB-R31177520
Claim PFB-26-0708-21455   Oak City Behavioral Hospital PHP, NPI {N5}   06/01/2026-06/26/2026  H0035 rev 0912 x20
Billed $11,400.00  Paid $0.00.  CARC 197. Precertification was not obtained for partial hospitalization services.""",
        "denial/carrier-reconsideration-2026-10-05.txt": """PIEDMONT FEDERAL BENEFIT PLAN - RECONSIDERATION DECISION (FICTIONAL)     Date: 10/05/2026
Claim PFB-26-0708-21455, patient Thandiwe Caldera-Brooks.
We have no record of precertification for this member. The denial is affirmed.
If you disagree, you may ask the Office of Personnel Management to review this decision within 6 months.""",
        "other/precertification-approval-2026-05-28.txt": """PIEDMONT FEDERAL BENEFIT PLAN - PRECERTIFICATION (FICTIONAL)       Date: 05/28/2026
Member: CALDERA-BROOKS, T.   Enrollee ID FICT-PFB-R31177520   Suffix on this letter: -00
Precertification PC-26-0528-7730 approved: partial hospitalization program, 20 days, 06/01/2026 through 06/30/2026.
Facility: Oak City Behavioral Hospital.""",
        "other/fehb-brochure-section-8-excerpt.txt": """PIEDMONT FEDERAL BENEFIT PLAN 2026 BROCHURE, SECTION 8 (FICTIONAL EXCERPT)
Step 3: If we do not agree to pay, you may ask OPM to review our decision. You must write to OPM within 90 days
after the date of our letter upholding our initial decision.""",
        "clinical/php-discharge-2026-06-26.txt": """OAK CITY BEHAVIORAL HOSPITAL - PHP DISCHARGE SUMMARY (FICTIONAL)    Date: 06/26/2026
Patient: Thandiwe Caldera-Brooks, DOB 09/28/2003  Dx F33.2. Admitted to PHP 06/01/2026 after ED visit 05/27/2026 for
suicidal ideation with plan. 20 program days. PHQ-9 24 on 05/27/2026, 12 at discharge. No SI at discharge.""",
    },
    answers=[
        ("EOB date", "Date: 07/22/2026", "denial/eob-2026-07-22.txt"),
        ("Patient suffix", "member suffix -02", "denial/eob-2026-07-22.txt"),
        ("CARC", "CARC 197", "denial/eob-2026-07-22.txt"),
        ("Billed", "$11,400.00", "denial/eob-2026-07-22.txt"),
        ("Days", "x20", "denial/eob-2026-07-22.txt"),
        ("Reconsideration date", "Date: 10/05/2026", "denial/carrier-reconsideration-2026-10-05.txt"),
        ("Reconsideration reason", "We have no record of precertification for this member", "denial/carrier-reconsideration-2026-10-05.txt"),
        ("Wrong window named", "within 6 months", "denial/carrier-reconsideration-2026-10-05.txt"),
        ("Brochure's window", "within 90 days after the date of our letter upholding", "other/fehb-brochure-section-8-excerpt.txt"),
        ("Precert number", "PC-26-0528-7730", "other/precertification-approval-2026-05-28.txt"),
        ("Precert date", "Date: 05/28/2026", "other/precertification-approval-2026-05-28.txt"),
        ("Precert suffix", "Suffix on this letter: -00", "other/precertification-approval-2026-05-28.txt"),
        ("Precert period", "06/01/2026 through 06/30/2026", "other/precertification-approval-2026-05-28.txt"),
        ("Admission", "Admitted to PHP 06/01/2026", "clinical/php-discharge-2026-06-26.txt"),
        ("Severity", "PHQ-9 24 on 05/27/2026", "clinical/php-discharge-2026-06-26.txt"),
        ("At discharge", "No SI at discharge", "clinical/php-discharge-2026-06-26.txt"),
    ],
    truth="""# 05 - FEHB, North Carolina: PHP precertified, but under the enrollee's suffix; carrier upheld; OPM review within 90 days though the carrier wrote "6 months"; the adult dependent writes (FICTIONAL)

## What is true
- Ms. Caldera-Brooks, 23, covered as a family member (suffix -02) on her father's FEHB Standard Option enrollment.
- PHP 06/01-06/26/2026, 20 days. Precertification **PC-26-0528-7730** approved 05/28/2026 for 06/01-06/30/2026, 20 days,
  recorded under suffix **-00** (the enrollee). EOB 07/22/2026 CO-197; carrier reconsideration upheld **10/05/2026**.
- **Level and deadline:** the next level is **OPM review**, to be asked **within 90 days of the carrier's
  reconsideration decision** (5 CFR 890.105(e)(1); the brochure says the same): **by 01/03/2027**. The carrier's
  letter says "within 6 months" - that is the window to ask the carrier to reconsider (890.105(b)(1)), not OPM's.
- Author: the patient herself (an adult; no parent authorization).

## Deliberately unknown
- The OPM office's exact unit (the case names it as the decision might; marked fictional).
- Whether the facility could be held to the precertification number (not relevant).

## Traps
- Addressed to OPM, not "to the carrier to be forwarded"; not a second carrier reconsideration.
- "6 months" must not be repeated as the deadline.
- PHP is not inpatient; "from 06/01/2026 through 06/26/2026".
- Suicidal ideation with plan was 05/27/2026 (before PHP), none at discharge: history, not present.
- No ERISA, no 147.136 external review, no state insurance department, no parity statute as governing.

## Arguments a strong letter makes
1. Precertification was obtained: PC-26-0528-7730, same facility, same dates, 20 days; the carrier keyed it under -00.
2. The 20 days billed fall within the approval; direct the carrier to pay and correct its record.
3. Filed within 90 days of 10/05/2026.

## What a letter must NOT say
- "within 6 months" as the time for this request; "ERISA"; "29 CFR 2560.503-1"; "external review" by an IRO;
  "inpatient"; "hospital stay"; "current suicidal ideation".
"""))

# ---------------------------------------------------------------- case 06
N6 = npi("143378265")
CASES.append(dict(
    slug="06-tricare-prime-adfm-nc-tms-auth-keyed-2025-corrected-eob-restarts-90-days-reconsideration-spouse",
    yaml={
        "patient": {"name": "Marguerite Oyelowo-Finch", "salutation": "Mrs. Oyelowo-Finch", "date_of_birth": D(1992, 2, 14),
                    "member_id": "FICT-DBN-3318842901", "address": "142 Longleaf Court\nFayetteville, NC 28314",
                    "phone": "(910) 555-0145"},
        "insurer": {"name": "TRICARE Prime, East Region contractor Atlantic Shield Health Services (FICTIONAL)",
                    "appeals_address": "Atlantic Shield Health Services, TRICARE Reconsiderations (FICTIONAL)\nPO Box 8820\nColumbia, SC 29202",
                    "fax": "(803) 555-0162"},
        "claim": {"number": "ASH-26-0801-551207", "plan_type": "tricare", "notice_date": D(2026, 10, 2),
                  "appeal_deadline": D(2026, 12, 31),
                  "deadline_basis": 'Corrected explanation of benefits of 10/02/2026: "You may request reconsideration within 90 days of the date of this notice." Counted from the notice date.',
                  "service_dates": [D(2026, 6, 8), D(2026, 7, 17)], "sessions": 30,
                  "procedure_codes": ["90867", "90868"], "diagnosis_codes": ["F33.2"], "carc_codes": ["CO-197"],
                  "denial_reason": "Services not authorized. The authorization on file covers 06/08/2025 through 08/07/2025. (CARC 197)",
                  "denial_category": "prior_authorization", "denial_reasons": ["prior_authorization"], "action": "none",
                  "corrections": [{"said": "The authorization on file covers 06/08/2025 through 08/07/2025.",
                                   "record": "The authorization letter itself reads 06/08/2026 through 08/07/2026; it was issued 06/01/2026 and the year was keyed wrong.",
                                   "file": "other/authorization-letter-2026-06-01.txt", "page": 1}]},
        "prior_auth": {"approved": {"number": "authorization EA-26-0601-90213", "date": D(2026, 6, 1),
                                    "covers": "TMS, 36 sessions, 06/08/2026 through 08/07/2026",
                                    "quote": "Authorization EA-26-0601-90213: TMS (90867, 90868), up to 36 sessions, 06/08/2026 through 08/07/2026.",
                                    "file": "other/authorization-letter-2026-06-01.txt",
                                    "what_went_wrong": "entered with the year 2025 instead of 2026",
                                    "from": D(2026, 6, 8), "through": D(2026, 8, 7),
                                    "lines": [{"code": ["90867", "90868"], "units": 36, "given": 30}]}},
        "treatment": {"name": "Transcranial magnetic stimulation (TMS), 30 sessions"},
        "clinical": {"severity": "PHQ-9 20 on 06/01/2026; PHQ-9 7 on 07/17/2026", "severity_date": D(2026, 7, 17), "suicidality": "none",
                     "suicidality_date": D(2026, 6, 1)},
        "author": {"name": "Marguerite Oyelowo-Finch", "relation": "patient", "role": "TRICARE beneficiary (spouse of an active-duty sponsor)",
                   "address": "142 Longleaf Court\nFayetteville, NC 28314", "phone": "(910) 555-0145"},
        "provider": {"name": "Cape Fear Neuromodulation (TRICARE network)", "credentials": "Dr. Elias Brandvold, MD", "npi": N6,
                     "address": "3400 Raeford Road\nFayetteville, NC 28303", "phone": "(910) 555-0133"},
        "bates_prefix": "OYELOWOFINCH",
        "footer_note": "FICTIONAL TEST CASE - not a real patient, plan or provider.",
    },
    docs={
        "denial/eob-original-2026-08-14.txt": """ATLANTIC SHIELD HEALTH SERVICES - TRICARE EOB (FICTIONAL)         Date of this notice: 08/14/2026
Beneficiary: Marguerite Oyelowo-Finch   DBN FICT-DBN-3318842901   Claim ASH-26-0801-551207
06/08/2026-07/17/2026  90867 x1, 90868 x29   Paid $0.00   CARC 197. No authorization on file.
You may request reconsideration within 90 days of the date of this notice.""",
        "denial/eob-corrected-2026-10-02.txt": """ATLANTIC SHIELD HEALTH SERVICES - CORRECTED TRICARE EOB (FICTIONAL)   Date of this notice: 10/02/2026
This notice replaces the notice of 08/14/2026 after reprocessing at the provider's request.
Claim ASH-26-0801-551207   06/08/2026-07/17/2026  90867 x1, 90868 x29   Billed $6,150.00  Paid $0.00
CARC 197. Services not authorized. The authorization on file covers 06/08/2025 through 08/07/2025.
You may request reconsideration within 90 days of the date of this notice.""",
        "other/authorization-letter-2026-06-01.txt": """ATLANTIC SHIELD HEALTH SERVICES - AUTHORIZATION (FICTIONAL)     Date: 06/01/2026
Beneficiary: Marguerite Oyelowo-Finch   Provider: Cape Fear Neuromodulation
Authorization EA-26-0601-90213: TMS (90867, 90868), up to 36 sessions, 06/08/2026 through 08/07/2026.""",
        "clinical/tms-course-note-2026-07-17.txt": """CAPE FEAR NEUROMODULATION - TMS COURSE NOTE (FICTIONAL)     Date: 07/17/2026
Patient: Marguerite Oyelowo-Finch, DOB 02/14/1992   Dx F33.2   30 sessions 06/08/2026-07/17/2026 under authorization
EA-26-0601-90213. PHQ-9 20 on 06/01/2026; PHQ-9 7 today. No suicidal ideation.   Elias Brandvold, MD""",
    },
    answers=[
        ("First EOB date", "Date of this notice: 08/14/2026", "denial/eob-original-2026-08-14.txt"),
        ("First EOB reason", "No authorization on file", "denial/eob-original-2026-08-14.txt"),
        ("Corrected EOB date", "Date of this notice: 10/02/2026", "denial/eob-corrected-2026-10-02.txt"),
        ("Replaces", "replaces the notice of 08/14/2026", "denial/eob-corrected-2026-10-02.txt"),
        ("Wrong dates", "06/08/2025 through 08/07/2025", "denial/eob-corrected-2026-10-02.txt"),
        ("Window", "reconsideration within 90 days of the date of this notice", "denial/eob-corrected-2026-10-02.txt"),
        ("Billed", "$6,150.00", "denial/eob-corrected-2026-10-02.txt"),
        ("Claim", "ASH-26-0801-551207", "denial/eob-corrected-2026-10-02.txt"),
        ("CARC", "CARC 197", "denial/eob-corrected-2026-10-02.txt"),
        ("Auth number", "EA-26-0601-90213", "other/authorization-letter-2026-06-01.txt"),
        ("Auth dates", "06/08/2026 through 08/07/2026", "other/authorization-letter-2026-06-01.txt"),
        ("Auth sessions", "up to 36 sessions", "other/authorization-letter-2026-06-01.txt"),
        ("Auth issued", "Date: 06/01/2026", "other/authorization-letter-2026-06-01.txt"),
        ("Sessions given", "30 sessions 06/08/2026-07/17/2026", "clinical/tms-course-note-2026-07-17.txt"),
        ("Outcome", "PHQ-9 7 today", "clinical/tms-course-note-2026-07-17.txt"),
        ("Lines", "90867 x1, 90868 x29", "denial/eob-corrected-2026-10-02.txt"),
    ],
    truth="""# 06 - TRICARE Prime, North Carolina: TMS authorized for 2026 but keyed as 2025; the corrected EOB restarts the 90 days; reconsideration by the beneficiary (FICTIONAL)

## What is true
- Mrs. Oyelowo-Finch, 34, spouse of an active-duty sponsor, TRICARE Prime. Authorization **EA-26-0601-90213** (06/01/2026):
  TMS up to 36 sessions, **06/08/2026-08/07/2026**. 30 sessions given 06/08-07/17/2026, all inside.
- EOB 08/14/2026 denied ("no authorization on file"); after the provider asked, the contractor reprocessed and issued a
  **corrected EOB 10/02/2026** that "replaces" the first and denies again, reading the authorization as 2025.
- **Level and deadline:** first level, **reconsideration by the regional contractor** (32 CFR 199.10), 90 days from the
  date of the notice. The notice now in force is the corrected EOB of 10/02/2026, which prints its own 90 days:
  **by 12/31/2026**. Counted from the replaced 08/14/2026 notice it would have ended 11/12/2026 - that clock is not the
  one that governs, but a cautious letter files now and says why it is timely.
- Author: the beneficiary herself.

## Deliberately unknown
- Whether the contractor would call the reprocessing a new initial determination (its notice says so in effect).
- Amount in dispute for later levels.

## Traps
- Not ERISA/ACA/Medicare: cite 32 CFR 199.10 only; no external review by an IRO, no parity.
- Do not say the appeal is late, or count from 08/14/2026.
- 30 sessions given, 36 approved: within the approval.
- Not a medical-necessity dispute: no peer-to-peer.

## Arguments a strong letter makes
1. The authorization covers 06/08/2026-08/07/2026 and 36 sessions; every date of service is inside it; the year was keyed wrong.
2. Correct the authorization record and reprocess/pay the claim.
3. Filed within 90 days of the corrected notice of 10/02/2026 that replaced the first.

## What a letter must NOT say
- "06/08/2025" as the authorization's true dates; "late"; "good cause" for lateness; "ERISA"; "45 CFR 147.136";
  "Medicare"; "medically necessary" as the ground.
"""))

# ---------------------------------------------------------------- case 07
N7 = npi("171520396")
CASES.append(dict(
    slug="07-individual-aca-nv-ketamine-corrected-claim-units-denied-late-wrong-rule-first-appeal-clinic-billing",
    yaml={
        "patient": {"name": "Caspian Ruiz-Halloran", "salutation": "Mr. Ruiz-Halloran", "date_of_birth": D(1984, 12, 5),
                    "member_id": "FICT-SSH-61029947", "address": "7720 W Sahara Avenue, Unit 210\nLas Vegas, NV 89117",
                    "phone": "(702) 555-0129"},
        "insurer": {"name": "Silver State Health Exchange Plans, Silver EPO (FICTIONAL)",
                    "appeals_address": "Silver State Health, Member and Provider Appeals (FICTIONAL)\nPO Box 94410\nHenderson, NV 89009",
                    "fax": "(702) 555-0167"},
        "claim": {"number": "SSH-26-0821-30388", "other_numbers": ["SSH-26-0402-11872"], "plan_type": "individual_aca",
                  "student": False, "notice_date": D(2026, 11, 9),
                  "appeal_deadline": D(2027, 5, 8),
                  "deadline_basis": 'Explanation of benefits of 11/09/2026: "You may appeal within 180 days of receiving this notice." Counted from the notice date; posted to the portal 11/14/2026, so 180 days from receipt runs to 05/13/2027.',
                  "service_dates": [D(2026, 3, 10), D(2026, 3, 12), D(2026, 3, 17)],
                  "procedure_codes": ["96365", "J3490"], "diagnosis_codes": ["F32.2"], "carc_codes": ["CO-29"],
                  "denial_reason": "The time limit for filing has expired. Corrected claims must be received within 90 days of the date of service. (CARC 29)",
                  "denial_category": "timely_filing", "denial_reasons": ["timely_filing"], "coding_correct": False, "action": "none"},
        "plan_policy": {"name": "Silver State Health Provider Manual 2026, Section 5.4 Corrected claims", "number": "Section 5.4",
                        "quote": "A corrected or replacement claim (frequency code 7) must be received within 180 days of the date the original claim was paid or denied.",
                        "file": "other/provider-manual-2026-section-5-4.txt"},
        "filing": {"first_submitted": D(2026, 4, 1), "received": D(2026, 4, 2), "limit_deadline": D(2026, 10, 17),
                   "proof": ["other/original-claim-remittance-2026-04-20.txt", "other/clearinghouse-acceptance-2026-08-21.txt"]},
        "corrected_claim": {"error": "the original claim billed J3490 as 1 unit per infusion instead of the 5 units (10 mg each) given",
                            "resubmission_code": "7", "sent": D(2026, 8, 20), "accepted": D(2026, 8, 21),
                            "reference": "clearinghouse report, batch 55310",
                            "proof": ["other/clearinghouse-acceptance-2026-08-21.txt"], "deadline": D(2026, 10, 17),
                            "lines": [{"code": "J3490", "units": 5, "documented": "ketamine 50 mg given per infusion",
                                       "evidence": {"file": "clinical/infusion-records-2026-03.txt", "page": 1}}]},
        "treatment": {"name": "Intravenous ketamine infusions, 3 sessions"},
        "clinical": {"severity": "MADRS 33 on 03/03/2026", "severity_date": D(2026, 3, 3), "suicidality": "none", "suicidality_date": D(2026, 3, 3)},
        "author": {"name": "Yolanda Brightwater-Cruz", "relation": "provider", "role": "Billing manager, Red Rock Infusion Clinic",
                   "address": "Red Rock Infusion Clinic\n2880 S Rainbow Blvd, Suite 4\nLas Vegas, NV 89146", "phone": "(702) 555-0111"},
        "provider": {"name": "Red Rock Infusion Clinic (in-network)", "credentials": "Dr. Anselm Kuroda-Vance, MD", "npi": N7,
                     "address": "2880 S Rainbow Blvd, Suite 4\nLas Vegas, NV 89146", "phone": "(702) 555-0111"},
        "bates_prefix": "RUIZHALLORAN",
        "footer_note": "FICTIONAL TEST CASE - not a real patient, plan or provider.",
    },
    docs={
        "denial/eob-2026-11-09.txt": f"""SILVER STATE HEALTH EXCHANGE PLANS (FICTIONAL) - EXPLANATION OF BENEFITS     Date: 11/09/2026
Member: Caspian Ruiz-Halloran  ID FICT-SSH-61029947   Provider: Red Rock Infusion Clinic, NPI {N7}
Claim SSH-26-0821-30388 (frequency 7, replaces SSH-26-0402-11872)   Services 03/10/2026, 03/12/2026, 03/17/2026
CARC 29. The time limit for filing has expired. Corrected claims must be received within 90 days of the date of service.
You may appeal within 180 days of receiving this notice.   Posted to member portal: 11/14/2026""",
        "other/provider-manual-2026-section-5-4.txt": """SILVER STATE HEALTH PROVIDER MANUAL 2026 (FICTIONAL EXCERPT), Section 5.4 Corrected claims
A corrected or replacement claim (frequency code 7) must be received within 180 days of the date the original claim
was paid or denied. Original claims: 365 days from the date of service.""",
        "other/original-claim-remittance-2026-04-20.txt": """SILVER STATE HEALTH - REMITTANCE ADVICE (FICTIONAL)        Date: 04/20/2026
Claim SSH-26-0402-11872 received 04/02/2026, paid 04/20/2026. J3490 x1 per date. Red Rock Infusion Clinic.""",
        "other/clearinghouse-acceptance-2026-08-21.txt": """DESERTLINK CLEARINGHOUSE (FICTIONAL) - PAYER ACCEPTANCE REPORT, batch 55310
Sent 08/20/2026. Accepted by Silver State Health 08/21/2026 as SSH-26-0821-30388, frequency code 7.""",
        "clinical/infusion-records-2026-03.txt": """RED ROCK INFUSION CLINIC - INFUSION RECORDS (FICTIONAL)    03/2026
Caspian Ruiz-Halloran, DOB 12/05/1984, Dx F32.2, MADRS 33 on 03/03/2026. Ketamine 50 mg IV over 40 minutes on
03/10/2026, 03/12/2026 and 03/17/2026 (5 units of 10 mg each time).""",
    },
    answers=[
        ("EOB date", "Date: 11/09/2026", "denial/eob-2026-11-09.txt"),
        ("Portal posting", "Posted to member portal: 11/14/2026", "denial/eob-2026-11-09.txt"),
        ("Wrong rule", "within 90 days of the date of service", "denial/eob-2026-11-09.txt"),
        ("Appeal window", "within 180 days of receiving this notice", "denial/eob-2026-11-09.txt"),
        ("Replaced claim", "replaces SSH-26-0402-11872", "denial/eob-2026-11-09.txt"),
        ("CARC", "CARC 29", "denial/eob-2026-11-09.txt"),
        ("Manual rule", "within 180 days of the date the original claim was paid or denied", "other/provider-manual-2026-section-5-4.txt"),
        ("Section", "Section 5.4", "other/provider-manual-2026-section-5-4.txt"),
        ("Original paid", "paid 04/20/2026", "other/original-claim-remittance-2026-04-20.txt"),
        ("Original units", "J3490 x1 per date", "other/original-claim-remittance-2026-04-20.txt"),
        ("Original received", "received 04/02/2026", "other/original-claim-remittance-2026-04-20.txt"),
        ("Corrected sent", "Sent 08/20/2026", "other/clearinghouse-acceptance-2026-08-21.txt"),
        ("Corrected accepted", "Accepted by Silver State Health 08/21/2026", "other/clearinghouse-acceptance-2026-08-21.txt"),
        ("Batch", "batch 55310", "other/clearinghouse-acceptance-2026-08-21.txt"),
        ("Dose", "Ketamine 50 mg IV", "clinical/infusion-records-2026-03.txt"),
        ("Units given", "5 units of 10 mg", "clinical/infusion-records-2026-03.txt"),
    ],
    truth="""# 07 - Individual Marketplace EPO, Nevada: corrected ketamine claim (units) denied as late under a rule the plan does not have; first appeal by the clinic's billing manager (FICTIONAL)

## What is true
- Three in-network IV ketamine infusions 03/10, 03/12, 03/17/2026. Original claim SSH-26-0402-11872 received 04/02/2026,
  paid 04/20/2026 at J3490 x1 per date (a billing error: 5 units of 10 mg were given).
- Corrected claim (frequency 7) sent 08/20/2026, accepted **08/21/2026** (batch 55310) as SSH-26-0821-30388.
- The plan's own **Provider Manual 5.4**: corrected claims within **180 days of the date the original was paid or
  denied**: 04/20/2026 + 180 = **10/17/2026**. 08/21/2026 is within it. The EOB's "90 days of the date of service" is
  not the plan's rule.
- **Level and deadline:** first internal appeal, post-service; individual coverage, 45 CFR 147.136(b)(3) (ERISA claims
  rule adopted): 180 days after receipt. Counted from the EOB date 11/09/2026: **05/08/2027**; from the portal posting
  11/14/2026: 05/13/2027. External review (4 months) may not reach a purely administrative filing denial.
- Author: the clinic's billing manager, for the provider's own claim (a party; no patient authorization needed).

## Deliberately unknown
- The amount the corrected lines would add; the NDC of the ketamine vial (not in the case).

## Traps
- Original claim was timely (365 days) and paid: the dispute is the corrected claim's window only.
- coding_correct is false: the original claim was wrong; the corrected one is right. Do not say "correctly coded" of the original.
- No medical necessity, no peer-to-peer; no parity; student: false (no student-plan talk); 45 CFR 156.230 irrelevant.
- The clinic writes for itself, not "on behalf of the patient".

## Arguments a strong letter makes
1. The plan's own rule (Manual 5.4) gives 180 days from payment of the original (to 10/17/2026); the corrected claim was
   accepted 08/21/2026, in time (clearinghouse batch 55310).
2. The 90-days-from-service statement is not in the plan's manual; process the corrected claim as filed, J3490 5 units per date.
3. Appeal filed in time (by 05/08/2027).

## What a letter must NOT say
- "filed late"; "good cause" as main ground; "within 90 days" as the governing rule; "medically necessary" as the ground;
  "ERISA" as governing; "Medicaid"; "on behalf of Mr. Ruiz-Halloran" as an authorized representative.
"""))

# ---------------------------------------------------------------- case 08
N8 = npi("185064213")
CASES.append(dict(
    slug="08-medicaid-managed-care-wi-tms-appeal-never-decided-deemed-exhaustion-fair-hearing-legal-aid",
    yaml={
        "patient": {"name": "Delphine Achterberg-Moss", "salutation": "Ms. Achterberg-Moss", "date_of_birth": D(1985, 6, 30),
                    "member_id": "FICT-BBW-90044718", "address": "2915 N Holton Street\nMilwaukee, WI 53212",
                    "phone": "(414) 555-0136"},
        "insurer": {"name": "Badger Bridge Health Medicaid Plan (FICTIONAL)",
                    "appeals_address": "Badger Bridge Health, Grievances and Appeals (FICTIONAL)\nPO Box 51277\nMilwaukee, WI 53203",
                    "fax": "(414) 555-0163"},
        "claim": {"number": "BBH-PA-26-0722-3391", "plan_type": "medicaid", "delivery": "managed_care", "notice_date": D(2026, 8, 3),
                  "pending_services": 36, "procedure_codes": ["90867", "90868"], "diagnosis_codes": ["F33.2"],
                  "denial_reason": "The request for TMS is not medically necessary. The member has not tried electroconvulsive therapy.",
                  "denial_category": "medical_necessity", "denial_reasons": ["medical_necessity"], "action": "none",
                  "reviewer": {"name": "Dr. Warrick Paley", "specialty": "family medicine"}},
        "external_review": {"agency": "State Fair Hearing Office, Division of Medicaid Hearings (FICTIONAL)",
                            "address": "PO Box 7875\nMadison, WI 53707",
                            "final_denial_date": D(2026, 9, 25)},
        "alternatives": [{"treatment": "Electroconvulsive therapy", "why_not": "The patient declined ECT after informed discussion because of prior memory complaints after anesthesia; TMS needs no anesthesia."}],
        "treatment": {"name": "Transcranial magnetic stimulation (TMS), 36 sessions"},
        "clinical": {"severity": "PHQ-9 23 on 07/15/2026", "severity_date": D(2026, 7, 15), "suicidality": "passive", "suicidality_date": D(2026, 7, 15),
                     "history": [
                         {"drug": "Fluoxetine", "dose": "60 mg daily", "start": "2022-01", "end": "2022-09", "kind": "antidepressant", "adequate": True, "failed": True, "response": "none", "outcome": "No response",
                          "evidence": {"file": "clinical/psychiatry-note-2026-07-15.txt", "page": 1}},
                         {"drug": "Duloxetine", "dose": "120 mg daily", "start": "2023-01", "end": "2023-10", "kind": "antidepressant", "adequate": True, "failed": True, "response": "none", "outcome": "No response",
                          "evidence": {"file": "clinical/psychiatry-note-2026-07-15.txt", "page": 1}},
                         {"drug": "Aripiprazole augmentation", "dose": "10 mg daily", "start": "2024-02", "end": "2024-08", "kind": "augmentation", "adequate": True, "failed": True, "response": "none", "outcome": "No response; akathisia",
                          "evidence": {"file": "clinical/psychiatry-note-2026-07-15.txt", "page": 1}}]},
        "author": {"name": "Corinne Vasquez-Lund", "relation": "representative", "role": "Staff attorney, Lakeshore Legal Aid (FICTIONAL), authorized representative",
                   "address": "Lakeshore Legal Aid (FICTIONAL)\n600 W Walnut Street, Suite 300\nMilwaukee, WI 53212", "phone": "(414) 555-0182",
                   "email": "cvasquez@lakeshorelegal.example", "authorization": "other/authorized-representative-form-2026-08-20.txt"},
        "provider": {"name": "Riverwest Brain Health", "credentials": "Dr. Odalys Fenwick, MD", "npi": N8,
                     "address": "3100 N Humboldt Blvd\nMilwaukee, WI 53212", "phone": "(414) 555-0114"},
        "call_log": [{"date": D(2026, 11, 30), "who": "Badger Bridge Health member line", "reference": "CALL-7781",
                      "summary": "Appeal APL-26-0826-118 shows open, in review; no decision letter and no extension notice were sent."}],
        "bates_prefix": "ACHTERBERGMOSS", "template": "external-review-request",
        "footer_note": "FICTIONAL TEST CASE - not a real patient, plan or provider.",
    },
    docs={
        "denial/adverse-benefit-determination-2026-08-03.txt": """BADGER BRIDGE HEALTH MEDICAID PLAN (FICTIONAL) - NOTICE OF ADVERSE BENEFIT DETERMINATION   Date: 08/03/2026
Member: Delphine Achterberg-Moss   ID FICT-BBW-90044718   Request BBH-PA-26-0722-3391: TMS, 36 sessions
Decision: The request for TMS is not medically necessary. The member has not tried electroconvulsive therapy.
Reviewer: Dr. Warrick Paley, family medicine.
You may appeal to us within 60 days of the date of this notice. We will decide within 30 days of receiving it.
If we uphold our decision, you may ask for a State Fair Hearing within 120 days of our decision letter.""",
        "other/appeal-acknowledgment-2026-08-26.txt": """BADGER BRIDGE HEALTH - APPEAL ACKNOWLEDGMENT (FICTIONAL)        Date: 08/26/2026
We received your appeal of request BBH-PA-26-0722-3391 on 08/26/2026 (appeal number APL-26-0826-118).
We will send you our decision by 09/25/2026.""",
        "other/call-log-2026-11-30.txt": """LAKESHORE LEGAL AID (FICTIONAL) - CALL NOTE                     Date: 11/30/2026
Called Badger Bridge Health member line, (414) 555-0164, reference CALL-7781. Appeal APL-26-0826-118 shows "open,
in review". No decision letter and no extension notice were sent.""",
        "other/authorized-representative-form-2026-08-20.txt": """AUTHORIZED REPRESENTATIVE DESIGNATION (FICTIONAL form)     Signed 08/20/2026
I, Delphine Achterberg-Moss, name Corinne Vasquez-Lund of Lakeshore Legal Aid to act for me in my appeal and any
State Fair Hearing about TMS.   Signed: D. Achterberg-Moss""",
        "clinical/psychiatry-note-2026-07-15.txt": """RIVERWEST BRAIN HEALTH - PSYCHIATRY NOTE (FICTIONAL)         Date: 07/15/2026
Patient: Delphine Achterberg-Moss, DOB 06/30/1985   Dx F33.2   PHQ-9 23. Passive SI, no plan.
Failed: fluoxetine 60 mg 01/2022-09/2022; duloxetine 120 mg 01/2023-10/2023; aripiprazole 10 mg augmentation
02/2024-08/2024 (akathisia). ECT discussed; patient declines (memory complaints after prior anesthesia).
Plan: TMS 36 sessions.   Odalys Fenwick, MD""",
    },
    answers=[
        ("Notice date", "Date: 08/03/2026", "denial/adverse-benefit-determination-2026-08-03.txt"),
        ("Plan appeal window", "within 60 days of the date of this notice", "denial/adverse-benefit-determination-2026-08-03.txt"),
        ("Plan decision time", "decide within 30 days of receiving it", "denial/adverse-benefit-determination-2026-08-03.txt"),
        ("Fair hearing window", "within 120 days of our decision letter", "denial/adverse-benefit-determination-2026-08-03.txt"),
        ("Reason", "has not tried electroconvulsive therapy", "denial/adverse-benefit-determination-2026-08-03.txt"),
        ("Reviewer", "Dr. Warrick Paley, family medicine", "denial/adverse-benefit-determination-2026-08-03.txt"),
        ("Appeal received", "on 08/26/2026 (appeal number APL-26-0826-118)", "other/appeal-acknowledgment-2026-08-26.txt"),
        ("Promised decision", "decision by 09/25/2026", "other/appeal-acknowledgment-2026-08-26.txt"),
        ("Status", "open,\nin review", "other/call-log-2026-11-30.txt"),
        ("No letter", "No decision letter and no extension notice were sent", "other/call-log-2026-11-30.txt"),
        ("Call reference", "CALL-7781", "other/call-log-2026-11-30.txt"),
        ("Representative form", "Signed 08/20/2026", "other/authorized-representative-form-2026-08-20.txt"),
        ("Representative", "Corinne Vasquez-Lund of Lakeshore Legal Aid", "other/authorized-representative-form-2026-08-20.txt"),
        ("Severity", "PHQ-9 23", "clinical/psychiatry-note-2026-07-15.txt"),
        ("ECT", "patient declines", "clinical/psychiatry-note-2026-07-15.txt"),
        ("Augmentation", "aripiprazole 10 mg augmentation", "clinical/psychiatry-note-2026-07-15.txt"),
    ],
    truth="""# 08 - Medicaid managed care, Wisconsin: TMS appeal never decided; deemed exhaustion opens the state fair hearing; legal aid attorney writes (FICTIONAL)

## What is true
- Ms. Achterberg-Moss, 41, Medicaid managed care. TMS (36 sessions, pre-service) denied 08/03/2026: "has not tried ECT";
  reviewer family medicine. Three failed adequate trials (two antidepressants, one augmentation). She declined ECT.
- Plan appeal filed and **received 08/26/2026** (APL-26-0826-118), within 60 days (42 CFR 438.402(c)(2)(ii)). The plan
  had 30 days to resolve it (42 CFR 438.408(b)(2)): **09/25/2026**. No decision, no extension notice (call 11/30/2026).
- **Level and deadline:** the plan's failure to decide in time means the member **is deemed to have exhausted** the
  plan's appeal and **may ask for a State Fair Hearing** (42 CFR 438.408(c)(3), (f)(1)(i)). The 120 days of
  438.408(f)(2) run from a notice of resolution; none was issued, so no clock has started. Counted conservatively from
  the day the plan's time ran out (09/25/2026, the case's `final_denial_date`), **by 01/23/2027**.
- Author: legal aid staff attorney, designated representative (form signed 08/20/2026). Letter goes to the fair hearing office, not "to the plan to forward".

## Deliberately unknown
- The state's hearing office address (fictional here); whether the plan will decide late before the hearing.

## Traps
- Not another plan appeal and not "second level"; not external review under 147.136; no ERISA.
- Aid pending (438.420) does not apply: a new request, no authorized care being cut.
- Passive SI dated 07/15/2026 (within 90 days of the notice but over 90 days before today): say it with its date.
- Aripiprazole is augmentation, not an antidepressant trial.

## Arguments a strong letter makes
1. Appeal received 08/26/2026; no resolution by 09/25/2026 and no extension: deemed exhaustion; the hearing is properly asked now.
2. Merits: three failed adequate trials; ECT declined for a stated reason; TMS meets usual criteria; reviewer not a psychiatrist.
3. Ask the hearing officer to order the plan to authorize 36 sessions.

## What a letter must NOT say
- "second-level appeal"; "external review"; "ERISA"; "continued benefits" as a right here; "the plan denied the appeal"
  (it never decided); "failed ECT"; "three antidepressants".
"""))


# ---------------------------------------------------------------- writer and checks
def norm(s):
    return " ".join(s.split())


def main():
    check = "--check" in sys.argv
    problems = []
    for old in HERE.iterdir():
        if old.is_dir() and re.match(r"\d\d-", old.name):
            shutil.rmtree(old)
        elif old.name.endswith(".truth.md"):
            old.unlink()
    total = 0
    for c in CASES:
        folder = HERE / c["slug"]
        num = c["slug"][:2]
        for sub in ("denial", "clinical", "other"):
            (folder / sub).mkdir(parents=True, exist_ok=True)
        head = f"# FICTIONAL CASE (set 66, case {num}) - every person, plan, provider, number and address is invented.\n"
        text = head + ydump(c["yaml"])
        (folder / "case.yaml").write_text(text)
        for rel, body in c["docs"].items():
            (folder / rel).write_text(HDR + body.strip("\n") + END)
        (HERE / f"{c['slug']}.truth.md").write_text(
            "FICTIONAL - answer file for a blind test set (set 66); every person, plan and number is invented.\n\n"
            + c["truth"] + "\n## Expected answers\n\n| # | question | answer | document |\n|---|---|---|---|\n"
            + "".join(f"| {i} | {q} | {norm(a)} | {d} |\n" for i, (q, a, d) in enumerate(c["answers"], 1)))
        # self-checks
        if len(c["answers"]) != 16:
            problems.append(f"{num}: {len(c['answers'])} answers, not 16")
        for q, a, d in c["answers"]:
            p = folder / d
            if not p.exists():
                problems.append(f"{num}: {d} missing for {q!r}")
            elif norm(a) not in norm(p.read_text()):
                problems.append(f"{num}: answer {a!r} not printed in {d}")
        total += len(c["answers"])
        parsed = yload((folder / "case.yaml").read_text())
        for key in ("patient", "insurer", "claim", "treatment", "author"):
            if key not in parsed:
                problems.append(f"{num}: case.yaml lacks {key}")
        truth = (HERE / f"{c['slug']}.truth.md").read_text()
        pos = [truth.find("## " + h) for h in ("What is true", "Deliberately unknown", "Traps",
                                                   "Arguments a strong letter makes", "What a letter must NOT say")]
        if -1 in pos or pos != sorted(pos):
            problems.append(f"{num}: truth headings missing or out of order")
        if "deadline" not in truth.lower() or "CFR" not in truth:
            problems.append(f"{num}: truth lacks deadline/rule")
        for f in [folder / "case.yaml", HERE / f"{c['slug']}.truth.md", *folder.rglob("*.txt")]:
            t = f.read_text()
            if "FICTIONAL" not in t.splitlines()[0]:
                problems.append(f"{num}: {f.name} first line lacks FICTIONAL")
            for ph in re.findall(r"\(\d{3}\) 555-(\d{4})", t):
                if not ph.startswith("01"):
                    problems.append(f"{num}: phone 555-{ph} in {f.name}")
            for ph in re.findall(r"\b\d{3}[-) ]\s?\d{3}-\d{4}\b", t):
                if "555-01" not in ph:
                    problems.append(f"{num}: non-555 phone {ph} in {f.name}")
            for em in re.findall(r"[\w.+-]+@([\w.-]+)", t):
                if not em.endswith(".example"):
                    problems.append(f"{num}: e-mail domain {em} in {f.name}")
        n = str(parsed.get("provider", {}).get("npi", ""))
        if not (len(n) == 10 and luhn_ok(n)):
            problems.append(f"{num}: NPI {n} fails Luhn")
    print(f"{len(CASES)} cases, {total} expected answers, {len(problems)} problems")
    for p in problems:
        print("PROBLEM:", p)
    rc = 1 if problems else 0
    if check:
        out = []
        for c in CASES:
            r = subprocess.run([AK, "check", str(HERE / c["slug"])], capture_output=True, text=True)
            out.append(f"===== {c['slug']} (exit {r.returncode})\n{r.stdout}{r.stderr}")
            if r.returncode != 0:
                rc = 1
            print(f"check {c['slug'][:2]}: exit {r.returncode}")
        (HERE / "check-output.txt").write_text("\n".join(out))
    return rc


if __name__ == "__main__":
    sys.exit(main())
