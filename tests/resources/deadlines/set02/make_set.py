#!/work/main/.venv/bin/python
"""FICTIONAL deadline set 02 (appeal-kit issue 18). Rewrites every case folder and answer file, then self-checks.
Usage: make_set.py [--check]   (--check also runs appeal-kit check on every case -> check-output.txt)"""
import json, re, shutil, subprocess, sys
from datetime import date
from io import StringIO
from pathlib import Path
from ruamel.yaml import YAML

HERE = Path(__file__).resolve().parent
HDR = "FICTIONAL TEST DATA - invented people, plans and numbers (appeal-kit deadline set 02)."
YHDR = "# FICTIONAL TEST DATA - invented people, plans and numbers (appeal-kit deadline set 02)\n"

def person(name, mid, addr, phone, email):
    return f"""patient:
  name: {name}
  member_id: {mid}
  address: {addr}
  phone: "{phone}"
  email: {email}
"""

CASES = []
def case(slug, yaml_text, docs, answer):
    CASES.append((slug, yaml_text, docs, answer))

# 01 self-funded employer plan: first appeal never decided -> external review counted from the day the plan's time ran out
case("01-selffunded-undecided-external",
person("Rowan Ellery Vance", "TRX-448120-01", "1418 Calder Lane, Tempe, AZ 85281", "(480) 555-0121", "rowan.vance@mail.example") + """insurer:
  name: Sonoran Fabricators Employee Health Plan (administered by Mesa Benefit Administrators)
  appeals_address: PO Box 4410, Phoenix, AZ 85001
  fax: "(602) 555-0144"
claim:
  number: MBA-26-0611-40871
  plan_type: employer_erisa
  funding: self_funded
  notice_date: 2026-08-03
  service_dates: [2026-06-11, 2026-06-18]
  procedure_codes: [96365]
  diagnosis_codes: [F33.2]
  denial_category: medical_necessity
  denial_reason: The infusions were not medically necessary under the plan's behavioral health criteria.
submissions:
  - date: 2026-09-14
    method: fax
    to: Mesa Benefit Administrators, appeals unit
    stage: internal appeal (first level)
    confirmation: APL-26-0914-2207
    decision_due: 2026-11-13
    decision_basis: post-service appeal, 60 days from receipt, 29 CFR 2560.503-1(i)(2)(iii)
    proof: other/fax-report-2026-09-14.txt
external_review:
  agency: federal external review process (29 CFR 2590.715-2719(d))
""",
{"denial/eob-denial-2026-08-03.txt": """MESA BENEFIT ADMINISTRATORS - EXPLANATION OF BENEFITS / NOTICE OF ADVERSE BENEFIT DETERMINATION
Date of notice: 08/03/2026
Plan: Sonoran Fabricators Employee Health Plan (self-funded; Mesa Benefit Administrators is the claims administrator)
Member: Rowan Ellery Vance   ID: TRX-448120-01   Claim: MBA-26-0611-40871
Services 06/11/2026 and 06/18/2026, code 96365: DENIED. Reason: not medically necessary under the plan's behavioral health criteria.
You may appeal within 180 days after you receive this notice. Send appeals to PO Box 4410, Phoenix, AZ 85001 or fax (602) 555-0144.
We will decide a post-service appeal within 60 days of receiving it. After our final decision you may ask for external review.
""",
 "other/fax-report-2026-09-14.txt": """FAX TRANSMISSION REPORT
Sent: 09/14/2026 10:42   To: (602) 555-0144 (Mesa Benefit Administrators appeals)   Pages: 23   Result: OK
Document: first-level appeal for claim MBA-26-0611-40871, member Rowan Ellery Vance
Plan acknowledgment by phone 09/15/2026: appeal received 09/14/2026, reference APL-26-0914-2207.
""",
 "other/call-log-2026-12-01.txt": """CALL NOTE written by the member, 12/01/2026
Called Mesa Benefit Administrators at 1-800-555-0162 about appeal APL-26-0914-2207. The agent said the appeal is
still "in review". No decision letter has been sent. Nothing was asked of me since the appeal was received.
"""},
{"deadline": "2027-03-13", "counts_from": "2026-11-13",
 "counted_how": "4 months from the day the plan's 60-day time to decide the post-service appeal ran out (appeal received 2026-09-14 + 60 days); the rule names no weekend roll, so Saturday 2027-03-13 is kept as the last day and sending by Friday 2027-03-12 is advised",
 "level": "federal external review (self-funded plan), after a first-level appeal the plan never decided",
 "rule": "29 CFR 2560.503-1(l) and 29 CFR 2590.715-2719(b)(2)(ii)(F) (deemed exhaustion); 29 CFR 2590.715-2719(d)(2)(i) (4 months)",
 "why": "The plan had 60 days from receiving the appeal to decide it and sent nothing, so the internal appeal is deemed exhausted and the member may go straight to external review. The four months are counted from the day that time ran out, since there is no final denial notice to count from.",
 "trap": "Waiting for a decision that never comes, or counting 180 days from the first notice (an appeal window already used), or citing the insured-plan rule 45 CFR 147.136 for a self-funded plan."})

# 02 employer insured: the plan granted an extension of the time to appeal in writing
case("02-employer-insured-extension-granted",
person("Marisol Quintero Hale", "BWL-771902-02", "62 Orchard Row, Dayton, OH 45402", "(937) 555-0117", "mq.hale@mail.example") + """insurer:
  name: Buckeye Wellness Life Insurance Company
  appeals_address: Appeals Department, 800 Keller Pkwy, Columbus, OH 43215
  fax: "(614) 555-0139"
claim:
  number: BWL-C-26-339014
  plan_type: employer_erisa
  funding: insured
  notice_date: 2026-05-20
  appeal_deadline: 2027-01-15
  deadline_basis: the insurer's letter of 2026-11-06 extending the time to file the first-level appeal to January 15, 2027
  service_dates: [2026-04-02]
  procedure_codes: [90867]
  diagnosis_codes: [F32.2]
  denial_category: experimental_investigational
  denial_reason: Transcranial magnetic stimulation is considered investigational for the member's diagnosis.
""",
{"denial/denial-2026-05-20.txt": """BUCKEYE WELLNESS LIFE INSURANCE COMPANY - NOTICE OF DENIAL
Date: May 20, 2026
Group plan: Harrow & Finch Printing Group Health Plan (insured by Buckeye Wellness Life)
Member: Marisol Quintero Hale   ID: BWL-771902-02   Claim: BWL-C-26-339014
Service of April 2, 2026 (code 90867) is denied as investigational for the diagnosis billed.
You have 180 days after you receive this notice to file an appeal. Fax (614) 555-0139.
""",
 "other/extension-request-2026-11-02.txt": """Letter from the member, dated November 2, 2026, faxed to (614) 555-0139:
I ask for more time to file my appeal of claim BWL-C-26-339014. My psychiatrist's records are being copied and
will not be ready before my 180 days run out. I ask that the time be extended to January 15, 2027.
""",
 "other/extension-granted-2026-11-06.txt": """BUCKEYE WELLNESS LIFE INSURANCE COMPANY
November 6, 2026
Re: Marisol Quintero Hale, claim BWL-C-26-339014
We received your request of November 2, 2026. We agree to extend the time to file your first-level appeal.
Your appeal will be accepted as timely if we receive it, or it is postmarked, on or before January 15, 2027.
Appeals Department, (614) 555-0139 (fax), appeals@buckeyewellness.example
"""},
{"deadline": "2027-01-15", "counts_from": "2026-11-06",
 "counted_how": "the date the insurer's written extension of 2026-11-06 sets; no count: the rule's own 180 days from receipt of the 2026-05-20 notice (2026-11-16 at the earliest) was replaced by the later date the plan granted",
 "level": "first-level internal appeal (insured employer plan)",
 "rule": "29 CFR 2560.503-1(h)(3)(i) (at least 180 days) and the plan's written extension",
 "why": "The rule sets a floor of 180 days, and a plan may give more; here it agreed in writing, before the 180 days ended, to accept the appeal through January 15, 2027. The member should keep that letter with the appeal.",
 "trap": "Counting 180 days from the notice date (2026-11-16) and calling the appeal already late, ignoring the plan's written extension."})

# 03 Marketplace: a corrected notice replaced the first one and restarted the window
case("03-marketplace-corrected-notice",
person("Dashiell Okafor-Reyes", "CSH-5520187-03", "903 Pinyon St, Santa Fe, NM 87501", "(505) 555-0108", "dash.or@mail.example") + """insurer:
  name: Cerro Sol Health Plans (individual Marketplace coverage)
  appeals_address: Member Appeals, 12 Plaza Norte, Albuquerque, NM 87102
  fax: "(505) 555-0131"
claim:
  number: CSH-26-0819-55170
  plan_type: individual_aca
  notice_date: 2026-10-02
  service_dates: [2026-08-19]
  procedure_codes: [99214, 96372]
  diagnosis_codes: [F33.1]
  denial_category: coding_billing
  denial_reason: The services billed were not payable as coded (corrected notice replacing the notice of 09/08/2026).
""",
{"denial/first-notice-2026-09-08.txt": """CERRO SOL HEALTH PLANS - NOTICE OF DENIED CLAIM
Notice date: 09/08/2026
Member: Dashiell Okafor-Reyes   ID: CSH-5520187-03   Claim: CSH-26-0819-55170
Service date 08/19/2026: denied, reason code 16 (claim lacks information).
[This notice gave no appeal rights and no description of the information missing.]
""",
 "denial/corrected-notice-2026-10-02.txt": """CERRO SOL HEALTH PLANS - CORRECTED NOTICE OF ADVERSE BENEFIT DETERMINATION
Notice date: 10/02/2026
This notice replaces our notice dated 09/08/2026, which did not state the reason fully or your appeal rights.
Member: Dashiell Okafor-Reyes   ID: CSH-5520187-03   Claim: CSH-26-0819-55170
Service date 08/19/2026 (codes 99214, 96372): denied. The injection line was billed without the drug's NDC and units.
Your right to appeal: you may file an internal appeal within 180 days after you receive this notice.
Fax (505) 555-0131 or mail Member Appeals, 12 Plaza Norte, Albuquerque, NM 87102. Help: 1-888-555-0150.
"""},
{"deadline": "2027-03-31", "counts_from": "2026-10-02",
 "counted_how": "180 days from the corrected notice, counted from its date 2026-10-02 without mailing days (the rule counts from receipt, which would be later; the notice date is the safe reading)",
 "level": "internal appeal (individual Marketplace plan)",
 "rule": "45 CFR 147.136(b)(3), applying 29 CFR 2560.503-1(h)(3)(i)",
 "why": "The first notice gave no appeal rights and the plan replaced it with a corrected notice that says the 180 days run from receipt of the corrected one. Counting from the corrected notice's own date is the earliest reading of that window.",
 "trap": "Counting 180 days from the first, defective notice of 2026-09-08 (2027-03-07)."})

# 04 governmental plan: notice names a window shorter than the rule -> safe day is the notice's
case("04-governmental-notice-too-short",
person("Theodora Blankenship", "CTY-30918-04", "27 Ferncliff Ave, Spokane, WA 99201", "(509) 555-0126", "t.blankenship@mail.example") + """insurer:
  name: City of Lakemont Employee Medical Plan
  appeals_address: Benefits Office, 400 Civic Center Dr, Lakemont, WA 99019
  fax: "(509) 555-0147"
claim:
  number: LEMP-26-72281
  plan_type: governmental
  funding: self_funded
  grandfathered: false
  notice_date: 2026-10-15
  service_dates: [2026-09-22]
  procedure_codes: [96365]
  diagnosis_codes: [F33.2]
  denial_category: prior_authorization
  denial_reason: No prior authorization was obtained for the infusion.
""",
{"denial/denial-2026-10-15.txt": """CITY OF LAKEMONT EMPLOYEE MEDICAL PLAN - CLAIM DENIAL
Date: October 15, 2026
Member: Theodora Blankenship   ID: CTY-30918-04   Claim: LEMP-26-72281
Service 09/22/2026, code 96365: denied, no prior authorization on file.
To appeal, write to the Benefits Office within 60 days of the date of this letter. Appeals received later will not be considered.
Benefits Office, 400 Civic Center Dr, Lakemont, WA 99019; fax (509) 555-0147; benefits@lakemont-wa.example
"""},
{"deadline": "2026-12-14", "counts_from": "2026-10-15",
 "counted_how": "60 days from the notice's date, as the notice itself says; the federal rule would give at least 180 days after receipt (2027-04-13 or later), but the earlier, safe day is the notice's",
 "level": "first internal appeal (non-grandfathered governmental plan)",
 "rule": "45 CFR 147.136(b)(2)(i) applying 29 CFR 2560.503-1(h)(3)(i) (at least 180 days); the notice's own 60 days",
 "why": "A non-grandfathered government plan must allow at least 180 days, so the notice's 60 days is shorter than the rule. Filing within the notice's 60 days avoids a fight over timeliness; if it is missed, the 180-day rule is the argument.",
 "trap": "Taking the plan type's 180 days and letting the notice's own 60-day window pass, or treating the plan as ERISA (it is a governmental plan)."})

# 05 church plan: external review after the second-level decision (not the first)
case("05-church-external-after-second",
person("Ignatius Molloy-Barrett", "SVH-118840-05", "5 Abbey Court, Dubuque, IA 52001", "(563) 555-0112", "imb@mail.example") + """insurer:
  name: Sisters of Saint Veronica Health Benefit Plan
  appeals_address: Plan Appeals, 210 Bluff St, Dubuque, IA 52001
  fax: "(563) 555-0135"
claim:
  number: SVH-26-04417
  plan_type: church
  funding: self_funded
  grandfathered: false
  notice_date: 2026-07-20
  stage: second level
  service_dates: [2026-06-30]
  procedure_codes: [G2083]
  diagnosis_codes: [F33.2]
  denial_category: not_covered
  denial_reason: Esketamine treatment is excluded from coverage under the plan document.
submissions:
  - date: 2026-08-12
    method: mail
    stage: internal appeal (first level)
    confirmation: certified 7020-0000-0000-0505
  - date: 2026-09-04
    method: fax
    stage: internal appeal (second level)
    confirmation: SVH-A2-0904
decisions:
  - date: 2026-08-28
    outcome: denied
    stage: first level
    opens: second level
  - date: 2026-10-09
    outcome: denied
    stage: second level
    opens: external review
external_review:
  final_denial_date: 2026-10-09
""",
{"denial/denial-2026-07-20.txt": """SISTERS OF SAINT VERONICA HEALTH BENEFIT PLAN - NOTICE OF DENIAL
Date: July 20, 2026   Member: Ignatius Molloy-Barrett   ID: SVH-118840-05   Claim: SVH-26-04417
Service 06/30/2026 (G2083) is denied: excluded under the plan document. You may appeal within 180 days of receipt.
""",
 "other/first-level-decision-2026-08-28.txt": """SAINT VERONICA HEALTH BENEFIT PLAN - FIRST-LEVEL APPEAL DECISION
Date: August 28, 2026   Claim: SVH-26-04417
Your appeal of August 12, 2026 is denied. You may request a second-level appeal within 60 days of receipt of this letter.
External review is available only after the second-level decision.
""",
 "other/second-level-decision-2026-10-09.txt": """SAINT VERONICA HEALTH BENEFIT PLAN - FINAL INTERNAL APPEAL DECISION
Date: October 9, 2026   Claim: SVH-26-04417
Your second-level appeal received September 4, 2026 is denied. This is our final internal decision.
You may request an external review within four months after you receive this notice. Plan Appeals, fax (563) 555-0135.
"""},
{"deadline": "2027-02-09", "counts_from": "2026-10-09",
 "counted_how": "4 months from the final (second-level) decision's date, 2026-10-09, without mailing days (the rule counts from receipt; the date is the safe reading); Tuesday, no weekend question",
 "level": "external review (church plan, after the second-level internal appeal)",
 "rule": "26 CFR 54.9815-2719(c)-(d) (4 months after receipt of the final internal adverse benefit determination)",
 "why": "External review opens only after the plan's final internal decision, which here is the second-level denial of October 9, 2026. Its four months run from that decision, not from the first denial or the first-level decision.",
 "trap": "Counting from the first-level decision of 2026-08-28 (2026-12-28) or from the first notice, or citing ERISA's rules for a church plan outside ERISA."})

# 06 integrated D-SNP: 60 days, not Medicare Advantage's 65
case("06-ma-dsnp-integrated",
person("Benedetta Arkwright", "HVD-90331877-06", "1120 Loma Vista Rd, Fresno, CA 93701", "(559) 555-0119", "b.arkwright@mail.example") + """insurer:
  name: Harvest Valley Dual Advantage (HMO D-SNP)
  appeals_address: Integrated Appeals, PO Box 7702, Fresno, CA 93747
  fax: "(559) 555-0142"
claim:
  number: HVD-OD-26-1019-3312
  plan_type: medicare_advantage
  integrated: true
  notice_date: 2026-10-19
  service_dates: [2026-11-02]
  procedure_codes: [G2082]
  diagnosis_codes: [F33.2]
  denial_category: step_therapy
  denial_reason: Request denied; the plan's step therapy requires a trial of another treatment first.
""",
{"denial/integrated-denial-2026-10-19.txt": """HARVEST VALLEY DUAL ADVANTAGE (HMO D-SNP) - INTEGRATED NOTICE OF DENIAL OF MEDICAL COVERAGE
Date of this notice: 10/19/2026
This plan covers both your Medicare and your Medi-Cal benefits (fully integrated dual eligible special needs plan).
Member: Benedetta Arkwright   ID: HVD-90331877-06   Reference: HVD-OD-26-1019-3312
We denied your request for esketamine treatment (G2082) starting 11/02/2026: step therapy not met.
You may ask for an integrated appeal (integrated reconsideration). Ask within 60 calendar days from the date of this notice.
Integrated Appeals, PO Box 7702, Fresno, CA 93747; fax (559) 555-0142; 1-866-555-0170 (TTY 711).
"""},
{"deadline": "2026-12-18", "counts_from": "2026-10-19",
 "counted_how": "60 calendar days from the notice's date, as the notice says; no receipt days added (a reading that adds 5 days of presumed receipt would give 2026-12-23; the earlier day is the safe one)",
 "level": "integrated reconsideration (fully integrated D-SNP)",
 "rule": "42 CFR 422.633(d)(1)",
 "why": "An integrated plan's appeal follows the unified rules for plans covering both Medicare and Medicaid, which give 60 days, not the ordinary Medicare Advantage 65. The notice itself counts from its own date.",
 "trap": "Applying Medicare Advantage's 65 days (2026-12-23) or adding five mailing days."})

# 07 Medicare Advantage: plan upheld its denial on reconsideration -> goes to the IRE automatically, no request, no deadline
case("07-ma-upheld-auto-ire",
person("Lucius Fairweather", "BRM-220417765-07", "48 Tidewater Ln, Wilmington, NC 28401", "(910) 555-0104", "lucius.f@mail.example") + """insurer:
  name: Brightmoor Medicare Advantage (PPO)
  appeals_address: Appeals and Grievances, PO Box 3390, Raleigh, NC 27602
  fax: "(919) 555-0128"
claim:
  number: BRM-OD-26-0902-7781
  plan_type: medicare_advantage
  notice_date: 2026-09-02
  service_dates: [2026-08-21]
  procedure_codes: [96365]
  diagnosis_codes: [F33.2]
  denial_category: medical_necessity
  denial_reason: The infusion did not meet the plan's coverage criteria.
submissions:
  - date: 2026-09-25
    method: fax
    stage: reconsideration (plan)
    confirmation: BRM-REC-0925-11
decisions:
  - date: 2026-11-20
    outcome: denied
    stage: plan reconsideration
    opens: independent review entity (automatic)
""",
{"denial/org-determination-2026-09-02.txt": """BRIGHTMOOR MEDICARE ADVANTAGE (PPO) - NOTICE OF DENIAL OF PAYMENT
Date: 09/02/2026   Member: Lucius Fairweather   ID: BRM-220417765-07   Claim: BRM-OD-26-0902-7781
Payment for the infusion of 08/21/2026 (96365) is denied. You may ask for a reconsideration within 65 days of the date of this notice.
""",
 "other/reconsideration-decision-2026-11-20.txt": """BRIGHTMOOR MEDICARE ADVANTAGE - RECONSIDERATION DECISION
Date: 11/20/2026   Claim: BRM-OD-26-0902-7781
We reviewed your request received 09/25/2026 and upheld our decision in whole. As the law requires, we have sent
your case to the Independent Review Entity (IRE). You do not need to do anything. The IRE will write to you.
If you disagree with the IRE's decision, its letter will tell you how to ask for the next level.
"""},
{"deadline": None, "counts_from": "2026-11-20",
 "counted_how": "no window: the plan forwards an upheld reconsideration to the independent review entity itself; the next request the member makes (an ALJ hearing) opens only with the IRE's decision, 60 days from that notice",
 "level": "independent review entity reconsideration (automatic, Medicare Advantage)",
 "rule": "42 CFR 422.592(a)",
 "why": "When a Medicare Advantage plan upholds its denial on reconsideration it must send the case to the independent review entity without being asked, and this one says it did. The member has nothing to file by any day until the IRE decides.",
 "trap": "Counting a 60-day or 4-month window for an external review request the member does not file, or treating the decision as final."})

# 08 Medicare Advantage: notice reached the member late (hospital stay); window already ended; good cause
case("08-ma-late-good-cause",
person("Philippa Strand-Okoye", "NLM-771230049-08", "300 Marsh Hawk Dr, Savannah, GA 31401", "(912) 555-0133", "pso@mail.example") + """insurer:
  name: Northline Medicare Advantage (HMO)
  appeals_address: Reconsiderations, PO Box 5580, Atlanta, GA 30301
  fax: "(404) 555-0146"
claim:
  number: NLM-26-0902-61022
  plan_type: medicare_advantage
  notice_date: 2026-09-02
  notice_received:
    date: 2026-11-18
    proof: other/discharge-summary-2026-11-16.txt
  service_dates: [2026-08-05]
  procedure_codes: [90837]
  diagnosis_codes: [F31.4]
  denial_category: benefit_limit
  denial_reason: The number of covered sessions was exceeded.
late_filing:
  reason: I was an inpatient from September 1 to November 16, 2026 and did not see the notice until November 18, 2026.
  proof: [other/discharge-summary-2026-11-16.txt, other/good-cause-statement-2026-12-04.txt]
""",
{"denial/denial-2026-09-02.txt": """NORTHLINE MEDICARE ADVANTAGE (HMO) - NOTICE OF DENIAL OF PAYMENT
Date: 09/02/2026   Member: Philippa Strand-Okoye   ID: NLM-771230049-08   Claim: NLM-26-0902-61022
Service 08/05/2026 (90837): denied, session limit reached. Ask for a reconsideration within 65 calendar days of the date of this notice.
If you miss the deadline, tell us why; we may extend it for good cause.
""",
 "other/discharge-summary-2026-11-16.txt": """Riverbend Behavioral Hospital - discharge summary (excerpt)
Patient: Philippa Strand-Okoye   Admitted: 09/01/2026   Discharged: 11/16/2026
""",
 "other/good-cause-statement-2026-12-04.txt": """Statement of Philippa Strand-Okoye, 12/04/2026
I was in the hospital from 09/01/2026 to 11/16/2026. My mail was held. I opened the plan's notice on 11/18/2026.
"""},
{"deadline": "2026-11-06", "counts_from": "2026-09-02",
 "counted_how": "65 days from the notice's date (receipt does not move a Medicare Advantage window); the day is past, so the request now goes in late with a good-cause statement, as soon as possible",
 "level": "Medicare Advantage reconsideration (late, asking for good cause)",
 "rule": "42 CFR 422.582(b) (65 days) and 422.582(c) (extension for good cause)",
 "why": "The window counts from the notice's date, so it ended on November 6, 2026 while the member was in hospital. The plan may extend it for good cause, and a hospital stay covering the whole window is the classic case, so the late request should say so with the discharge summary.",
 "trap": "Counting 65 days from the day the notice was read (2027-01-22) and calling the request timely, or telling the member it is too late to appeal at all."})

# 09 Original Medicare: redetermination dismissed (unsigned) and resent: still the MSN's window
case("09-medicare-redetermination-dismissed-resent",
person("Cornelius Abernathy", "1EG4-TE5-MK73", "77 Granite Hill Rd, Concord, NH 03301", "(603) 555-0129", "c.abernathy@mail.example") + """insurer:
  name: Medicare Part B (Granite Northeast Medicare Administrative Contractor)
  appeals_address: Redeterminations, PO Box 1200, Hingham, MA 02018
  fax: "(781) 555-0137"
claim:
  number: 26-214-55019-01
  plan_type: medicare
  notice_date: 2026-08-14
  service_dates: [2026-06-24]
  procedure_codes: [90868]
  diagnosis_codes: [F33.2]
  denial_category: medical_necessity
  denial_reason: The service is not covered because the local coverage rule's criteria were not met.
submissions:
  - date: 2026-10-20
    method: mail
    stage: redetermination
    confirmation: certified 7020-0000-0000-0909
decisions:
  - date: 2026-11-02
    outcome: dismissed
    stage: redetermination
    reason: The request was not signed by the beneficiary or a representative.
""",
{"denial/msn-2026-08-14.txt": """MEDICARE SUMMARY NOTICE (Part B) - FICTIONAL SAMPLE
Notice date: August 14, 2026   Name: Cornelius Abernathy   Medicare number: 1EG4-TE5-MK73
Claim 26-214-55019-01, service June 24, 2026, code 90868: Medicare does not cover this service (coverage criteria not met).
If you disagree, you must file a redetermination request in writing within 120 days of the date you receive this notice.
We assume you receive it 5 days after the notice date. Send it to Redeterminations, PO Box 1200, Hingham, MA 02018.
""",
 "other/dismissal-2026-11-02.txt": """GRANITE NORTHEAST MAC - NOTICE OF DISMISSAL
Date: November 2, 2026   Claim: 26-214-55019-01
We received your redetermination request on October 23, 2026. We dismissed it because it was not signed.
You may send a new, signed request. It must still be filed within the time limit counted from your Medicare Summary Notice,
unless you show good cause. You may instead ask us to vacate this dismissal within 6 months.
"""},
{"deadline": "2026-12-17", "counts_from": "2026-08-14",
 "counted_how": "120 days from receipt of the MSN, presumed 5 days after its date of 2026-08-14 (so from 2026-08-19); the dismissal does not restart the count",
 "level": "Original Medicare redetermination (signed request resent after a dismissal)",
 "rule": "42 CFR 405.942(a); 405.952(b) and (d) (dismissal; vacating it)",
 "why": "The first request was dismissed as unsigned, so no redetermination is pending and the signed request must still fall within the 120 days from receipt of the Medicare Summary Notice. Sending it by December 17, 2026 makes it timely without needing good cause or a request to vacate.",
 "trap": "Counting a new window from the dismissal of 2026-11-02, or from the day the first request was sent, or treating the dismissal as a decision that opens the QIC level."})

# 10 Original Medicare: Medicare Appeals Council review after the ALJ's decision
case("10-medicare-council-after-alj",
person("Winifred Castellanos", "7QR2-HN8-JX15", "19 Saguaro Way, Tucson, AZ 85701", "(520) 555-0114", "w.castellanos@mail.example") + """insurer:
  name: Medicare Part B (Desert Plains Medicare Administrative Contractor)
  appeals_address: Medicare Appeals Council, Departmental Appeals Board, MS 6127, Washington, DC 20201
claim:
  number: 26-101-33710-02
  plan_type: medicare
  notice_date: 2026-03-10
  service_dates: [2026-01-14]
  procedure_codes: [90867]
  diagnosis_codes: [F33.2]
  denial_category: medical_necessity
  denial_reason: Coverage criteria for the service were not met.
decisions:
  - date: 2026-05-29
    outcome: denied
    stage: redetermination
    opens: QIC reconsideration
  - date: 2026-08-21
    outcome: denied
    stage: QIC reconsideration
    opens: ALJ hearing
  - date: 2026-10-26
    outcome: denied
    stage: ALJ decision
    opens: Medicare Appeals Council review
""",
{"denial/msn-2026-03-10.txt": """MEDICARE SUMMARY NOTICE - FICTIONAL SAMPLE
Notice date: 03/10/2026   Name: Winifred Castellanos   Claim 26-101-33710-02, service 01/14/2026, code 90867: not covered.
""",
 "other/alj-decision-2026-10-26.txt": """OFFICE OF MEDICARE HEARINGS AND APPEALS - NOTICE OF DECISION (FICTIONAL SAMPLE)
Date of decision: October 26, 2026   Appellant: Winifred Castellanos   ALJ Appeal No. 3-0000-1026
The decision is UNFAVORABLE. If you disagree, you may ask the Medicare Appeals Council to review it. You must file
your request within 60 days after the date you receive this notice. We assume you receive it 5 days after the date
above unless you show otherwise. Write to: Medicare Appeals Council, Departmental Appeals Board, MS 6127, Washington, DC 20201.
"""},
{"deadline": "2026-12-30", "counts_from": "2026-10-26",
 "counted_how": "60 days after receipt of the ALJ's decision, presumed 5 days after its date of 2026-10-26 (so from 2026-10-31)",
 "level": "Medicare Appeals Council review (Original Medicare, fourth level)",
 "rule": "42 CFR 405.1102(a)",
 "why": "After an unfavorable ALJ decision the next level is review by the Council, asked for within 60 days after receipt of the decision, and receipt is presumed five days after its date. The request names the parts of the decision the member disagrees with.",
 "trap": "Counting 60 days from the decision's date without the 5 days (2026-12-25, which is also a holiday), or using the QIC's 180 days, or sending the request to the contractor instead of the Council."})

# 11 Part D: IRE reconsideration; redetermination prints 65 days, the text read says 60 -> safe 60
case("11-partd-ire-printed-window",
person("Octavia Lindqvist", "MDP-44012937-11", "2201 Juniper Ct, Boise, ID 83702", "(208) 555-0124", "o.lindqvist@mail.example") + """insurer:
  name: Meridian Drug Plan (Medicare Part D, PDP)
  appeals_address: Part D Appeals, PO Box 9144, Boise, ID 83707
  fax: "(208) 555-0148"
claim:
  number: MDP-CD-26-0911-2049
  plan_type: medicare_part_d
  notice_date: 2026-09-11
  denial_category: step_therapy
  denial_reason: The drug requested requires trials of two preferred drugs first.
submissions:
  - date: 2026-09-29
    method: fax
    stage: redetermination
    confirmation: MDP-RD-0929-5
decisions:
  - date: 2026-10-19
    outcome: denied
    stage: redetermination
    opens: independent review entity reconsideration
external_review:
  final_denial_date: 2026-10-19
""",
{"denial/coverage-determination-2026-09-11.txt": """MERIDIAN DRUG PLAN - NOTICE OF DENIAL OF MEDICARE PRESCRIPTION DRUG COVERAGE
Date: 09/11/2026   Member: Octavia Lindqvist   ID: MDP-44012937-11   Reference: MDP-CD-26-0911-2049
Denied: step therapy not met. You may ask for a redetermination within 65 days of the date of this notice.
""",
 "other/redetermination-2026-10-19.txt": """MERIDIAN DRUG PLAN - REDETERMINATION NOTICE
Date: 10/19/2026   Reference: MDP-CD-26-0911-2049
We upheld our denial. You may ask the Independent Review Entity for a reconsideration. Your request must be
received within 65 days of the date of this notice. Send it to the IRE address on the enclosed form; fax 1-877-555-0190.
"""},
{"deadline": "2026-12-18", "counts_from": "2026-10-19",
 "counted_how": "60 days from the redetermination notice's date (the regulation text read gives 60; the notice prints 65, ending 2026-12-23); the earlier, safe day is given",
 "level": "Part D independent review entity reconsideration",
 "rule": "42 CFR 423.600(a) (window printed in the redetermination)",
 "why": "The member, not the plan, must ask the IRE, within the time the redetermination gives. The notice prints 65 days but the regulation text the team read says 60, so sending by the 60th day is safe under either reading.",
 "trap": "Counting the redetermination's 65 days from the first notice (2026-11-15, already past) or from receipt, or assuming the plan forwards the case as a Medicare Advantage plan would."})

# 12 Medicaid managed care: fair hearing; the resolution notice names 90 days (the rule gives 120) -> safe 90
case("12-medicaid-mc-hearing-notice-short",
person("Jerome Adeyemi-Pratt", "KS-MCD-5509132-12", "840 Prairie Ave, Wichita, KS 67202", "(316) 555-0115", "j.adeyemi@mail.example") + """insurer:
  name: Sunflower Prairie Health (KanCare managed care plan)
  appeals_address: Appeals, PO Box 2611, Topeka, KS 66601
  fax: "(785) 555-0132"
claim:
  number: SPH-26-0815-09931
  plan_type: medicaid
  delivery: managed_care
  notice_date: 2026-08-15
  service_dates: [2026-09-01]
  procedure_codes: [H0035]
  diagnosis_codes: [F32.2]
  denial_category: medical_necessity
  denial_reason: Partial hospitalization is not medically necessary; outpatient care is appropriate.
submissions:
  - date: 2026-09-02
    method: fax
    stage: plan appeal (first level)
    confirmation: SPH-AP-0902-77
decisions:
  - date: 2026-10-14
    outcome: denied
    stage: plan appeal (notice of appeal resolution)
    opens: state fair hearing
external_review:
  final_denial_date: 2026-10-14
""",
{"denial/adverse-benefit-determination-2026-08-15.txt": """SUNFLOWER PRAIRIE HEALTH - NOTICE OF ADVERSE BENEFIT DETERMINATION
Date: August 15, 2026   Member: Jerome Adeyemi-Pratt   Medicaid ID: KS-MCD-5509132-12
Partial hospitalization (H0035) from 09/01/2026 is denied. You may appeal to us within 60 days of the date of this notice.
""",
 "other/notice-of-appeal-resolution-2026-10-14.txt": """SUNFLOWER PRAIRIE HEALTH - NOTICE OF APPEAL RESOLUTION
Date: October 14, 2026   Member: Jerome Adeyemi-Pratt   Appeal: SPH-AP-0902-77
We upheld our decision. You may ask for a State Fair Hearing. You must ask within 90 days of the date of this notice.
Office of Administrative Hearings (fictional address): 1020 Capitol Loop, Topeka, KS 66612; phone (785) 555-0159.
"""},
{"deadline": "2027-01-12", "counts_from": "2026-10-14",
 "counted_how": "90 days from the notice of appeal resolution's date, as the notice prints; the rule allows 120 calendar days (2027-02-11), so the notice's earlier day is the safe one",
 "level": "state fair hearing (Medicaid managed care, after the plan's appeal)",
 "rule": "42 CFR 438.408(f)(2) (no later than 120 calendar days from the notice of resolution)",
 "why": "The federal rule gives 120 days from the plan's notice of resolution, but this notice names only 90. Filing within 90 days avoids any timeliness dispute; a later request would rest on the 120-day rule.",
 "trap": "Taking 120 days from the rule and missing the notice's own earlier date, or counting from the first notice of 2026-08-15."})

# 13 Medicaid managed care: plan appeal window ending on New Year's Day (not moved)
case("13-medicaid-mc-new-year",
person("Anneliese Okonkwo", "MI-MA-0043318-13", "612 Lakeshore Blvd, Marquette, MI 49855", "(906) 555-0107", "anneliese.o@mail.example") + """insurer:
  name: Great Lakes Community Care (Medicaid health plan)
  appeals_address: Member Appeals, PO Box 880, Lansing, MI 48901
  fax: "(517) 555-0141"
claim:
  number: GLC-26-1102-18820
  plan_type: medicaid
  delivery: managed_care
  notice_date: 2026-11-02
  action: none
  service_dates: [2026-11-16]
  procedure_codes: [90837]
  diagnosis_codes: [F43.10]
  denial_category: out_of_network
  denial_reason: The therapist is not in the plan's network.
""",
{"denial/adverse-benefit-determination-2026-11-02.txt": """GREAT LAKES COMMUNITY CARE - NOTICE OF ADVERSE BENEFIT DETERMINATION
Date of notice: 11/02/2026   Member: Anneliese Okonkwo   Medicaid ID: MI-MA-0043318-13   Reference: GLC-26-1102-18820
Your request for therapy with an out-of-network therapist starting 11/16/2026 is denied.
You may appeal within 60 calendar days from the date of this notice. Call 1-800-555-0177 or fax (517) 555-0141.
"""},
{"deadline": "2027-01-01", "counts_from": "2026-11-02",
 "counted_how": "60 calendar days from the notice's date; the 60th day is Friday 2027-01-01, a federal holiday; no rule read moves it, so it is kept and the appeal should go by fax or phone that day or, safer, by Thursday 2026-12-31",
 "level": "Medicaid managed care plan appeal",
 "rule": "42 CFR 438.402(c)(2)(ii)",
 "why": "A Medicaid plan appeal must be filed within 60 days from the notice's date. The count ends on New Year's Day; a state rule may carry it to the next business day, but none is in the case, so the holiday itself is the last day.",
 "trap": "Moving the deadline to Monday 2027-01-04 as a court rule would, or counting 60 days from receipt."})

# 14 Medicaid fee-for-service: care cut; the continued-benefits date passed, the hearing window has not
case("14-medicaid-ffs-benefits-date-passed",
person("Harlan Whitcombe", "WV-MED-7710442-14", "35 Ridge Spur Rd, Beckley, WV 25801", "(304) 555-0138", "h.whitcombe@mail.example") + """insurer:
  name: West Virginia Medicaid (fee-for-service), Bureau of Medical Services (fictional notice)
  appeals_address: Board of Review, 4190 Hillcrest Pkwy, Charleston, WV 25301
  fax: "(304) 555-0143"
claim:
  number: WVM-PA-26-55821
  plan_type: medicaid
  delivery: fee_for_service
  notice_date: 2026-11-20
  action: reduce
  action_date: 2026-12-01
  service_dates: [2026-12-01]
  procedure_codes: [T1019]
  diagnosis_codes: [F20.9]
  denial_category: benefit_limit
  denial_reason: Personal care hours are reduced from 60 to 30 hours a month.
""",
{"denial/notice-of-action-2026-11-20.txt": """STATE MEDICAID AGENCY (FEE-FOR-SERVICE) - NOTICE OF ACTION (FICTIONAL)
Date mailed: November 20, 2026   Member: Harlan Whitcombe   Medicaid ID: WV-MED-7710442-14
Your personal care services (T1019) will be reduced from 60 to 30 hours a month effective December 1, 2026.
You may request a fair hearing within 90 days of the date this notice was mailed.
If you request a hearing before December 1, 2026, your services will continue at the current level until the hearing decision.
Board of Review, 4190 Hillcrest Pkwy, Charleston, WV 25301; phone (304) 555-0156; fax (304) 555-0143.
"""},
{"deadline": "2027-02-18", "counts_from": "2026-11-20",
 "counted_how": "90 days from the date the notice was mailed, as it prints; the earlier date for keeping services at the old level (before 2026-12-01) has passed",
 "level": "state fair hearing (Medicaid fee-for-service: no plan appeal)",
 "rule": "42 CFR 431.221(d) (state-set time, at most 90 days from mailing); 431.230(a) (services continue if asked before the action date)",
 "why": "With fee-for-service Medicaid the first step is the fair hearing itself, within the 90 days the notice gives. The chance to keep 60 hours during the hearing ended on December 1, 2026 (the notice came 11 days ahead), but the right to the hearing itself runs until February 18, 2027.",
 "trap": "Saying the deadline passed on 2026-12-01, or applying managed care's plan appeal (60 days) or the 120-day hearing rule, which do not reach fee-for-service."})

# 15 CHIP managed care: first appeal returned for a representative form, resent: window still from the notice
case("15-chip-mc-returned-resend",
person("Elowen Barraza", "TX-CHIP-88201945-15", "715 Mesquite Trail, El Paso, TX 79901", "(915) 555-0111", "teresa.barraza@mail.example") + """insurer:
  name: Rio Grande Kids Health (CHIP health plan)
  appeals_address: Appeals, PO Box 14022, El Paso, TX 79998
  fax: "(915) 555-0136"
claim:
  number: RGK-26-1030-44172
  plan_type: chip
  delivery: managed_care
  notice_date: 2026-10-30
  service_dates: [2026-10-12]
  procedure_codes: [90847]
  diagnosis_codes: [F50.00]
  denial_category: medical_necessity
  denial_reason: Family therapy sessions beyond the first twelve were not medically necessary.
author:
  name: Teresa Barraza
  relation: parent
submissions:
  - date: 2026-11-10
    method: mail
    stage: plan appeal (first level)
    confirmation: none
""",
{"denial/denial-2026-10-30.txt": """RIO GRANDE KIDS HEALTH (CHIP) - NOTICE OF ADVERSE BENEFIT DETERMINATION
Date: 10/30/2026   Member: Elowen Barraza   ID: TX-CHIP-88201945-15   Reference: RGK-26-1030-44172
Family therapy (90847) on 10/12/2026 and after is denied. You may appeal within 60 days from the date of this notice.
""",
 "other/returned-appeal-2026-11-19.txt": """RIO GRANDE KIDS HEALTH - LETTER RETURNING YOUR APPEAL
Date: 11/19/2026
We received a letter on 11/13/2026 asking us to appeal reference RGK-26-1030-44172. The member is a minor and the letter was
signed by a person we have no record of as a parent or representative. We have not opened an appeal. Send the appeal again with
the enclosed Appointment of Representative form or proof that you are the parent. The time to appeal is counted from the date
of the notice you are appealing.
"""},
{"deadline": "2026-12-29", "counts_from": "2026-10-30",
 "counted_how": "60 days from the notice's date; the returned first letter did not start an appeal, so the resent appeal with the parent's proof must still arrive within the original window",
 "level": "CHIP managed care plan appeal",
 "rule": "42 CFR 457.1260, applying 42 CFR 438.402(c)(2)(ii)",
 "why": "The plan never opened the first appeal because it could not tell the signer was the child's parent, and it said the time still runs from the denial notice. Sending the appeal again with proof of parenthood by December 29, 2026 keeps it on time.",
 "trap": "Treating the returned letter as an appeal the plan never decided (and going on to the state's review), or counting 60 days from the plan's letter of 2026-11-19."})

# 16 FEHB: carrier asked for information, then decided; OPM's 90 days from the decision, not the brochure's 120
case("16-fehb-opm-after-decision",
person("Gideon Achterberg", "FBP-R48821977-16", "1902 Sentinel Rd, Huntsville, AL 35801", "(256) 555-0130", "gideon.a@mail.example") + """insurer:
  name: Federal Blue Pine Benefit Plan (FEHB carrier)
  appeals_address: Reconsiderations, PO Box 6601, Birmingham, AL 35201
  fax: "(205) 555-0145"
claim:
  number: FBP-26-0512-88310
  plan_type: fehb
  notice_date: 2026-06-15
  service_dates: [2026-05-12]
  procedure_codes: [96365]
  diagnosis_codes: [G89.4]
  denial_category: experimental_investigational
  denial_reason: Ketamine infusion for chronic pain is investigational under the brochure.
submissions:
  - date: 2026-08-03
    method: mail
    stage: carrier reconsideration
    confirmation: certified 7020-0000-0000-1616
  - date: 2026-09-10
    method: fax
    stage: carrier reconsideration (additional information asked 08/20/2026)
    confirmation: fax report 09/10/2026
decisions:
  - date: 2026-10-09
    outcome: denied
    stage: carrier reconsideration
    opens: OPM review
external_review:
  agency: United States Office of Personnel Management, Healthcare and Insurance
  address: 1900 E Street NW, Washington, DC 20415
  final_denial_date: 2026-10-09
""",
{"denial/eob-2026-06-15.txt": """FEDERAL BLUE PINE BENEFIT PLAN - EXPLANATION OF BENEFITS
Date: 06/15/2026   Member: Gideon Achterberg   ID: FBP-R48821977-16   Claim: FBP-26-0512-88310
Service 05/12/2026 (96365) not covered: investigational. You may ask us to reconsider within 6 months.
""",
 "other/carrier-info-request-2026-08-20.txt": """FEDERAL BLUE PINE - REQUEST FOR INFORMATION
Date: 08/20/2026   Re: your reconsideration request received 08/06/2026
Please send the treating physician's notes for the last 12 months. We will decide within 30 days of receiving them.
""",
 "other/reconsideration-decision-2026-10-09.txt": """FEDERAL BLUE PINE - RECONSIDERATION DECISION
Date: 10/09/2026   Claim: FBP-26-0512-88310
We received the records on 09/10/2026 and reviewed your claim again. We uphold our denial.
You may ask OPM to review our decision. You must write to OPM within 90 days from the date of this letter.
"""},
{"deadline": "2027-01-07", "counts_from": "2026-10-09",
 "counted_how": "90 days from the date of the carrier's reconsideration decision",
 "level": "OPM review (FEHB disputed claim)",
 "rule": "5 CFR 890.105(e)(1)",
 "why": "The carrier did decide, after asking for and receiving more records, so OPM's 90 days run from that decision. The brochure's other route (120 days after the carrier asked for information) is only for a carrier that never answered.",
 "trap": "Counting the brochure's 120 days from the carrier's request of 2026-08-20 (2026-12-18), or 90 days from the first reconsideration request, or treating the case as not yet decided."})

# 17 TRICARE: a non-medical-necessity reconsideration -> formal review, 60 days
case("17-tricare-formal-review",
person("Sabine Kowalczyk-Moore", "DBN-1234567890-17", "88 Anchor Point Dr, Norfolk, VA 23503", "(757) 555-0122", "sabine.km@mail.example") + """insurer:
  name: TRICARE East Region (Coastal Federal Health Services, fictional contractor)
  appeals_address: TRICARE Claims Appeals, PO Box 202, Norfolk, VA 23501
  fax: "(757) 555-0140"
claim:
  number: CFH-26-0818-30274
  plan_type: tricare
  notice_date: 2026-08-18
  service_dates: [2026-07-09]
  procedure_codes: [99205]
  diagnosis_codes: [F41.1]
  denial_category: not_covered
  denial_reason: The provider is not a TRICARE-authorized provider type for this service.
submissions:
  - date: 2026-09-21
    method: mail
    stage: reconsideration (regional contractor)
    confirmation: certified 7020-0000-0000-1717
decisions:
  - date: 2026-11-05
    outcome: denied
    stage: reconsideration
    opens: formal review by the Defense Health Agency
    in_dispute: "$1,240.00"
""",
{"denial/eob-2026-08-18.txt": """TRICARE EXPLANATION OF BENEFITS (FICTIONAL)
Date: 08/18/2026   Beneficiary: Sabine Kowalczyk-Moore   DBN: 1234567890   Claim: CFH-26-0818-30274
Service 07/09/2026 denied: provider type not authorized. Request a reconsideration within 90 days of the date of this notice.
""",
 "other/reconsideration-decision-2026-11-05.txt": """COASTAL FEDERAL HEALTH SERVICES - RECONSIDERATION DECISION (FICTIONAL)
Date: November 5, 2026   Claim: CFH-26-0818-30274
We upheld the denial; the issue is the provider's authorization status, not medical necessity. Amount in dispute: $1,240.00.
If you disagree, you may request a formal review by the Defense Health Agency. Your request must be postmarked or received
within 60 days of the date of this decision. Appeals and Hearings, Defense Health Agency (fictional address), 16401 E Centretech Pkwy, Aurora, CO 80011.
"""},
{"deadline": "2027-01-04", "counts_from": "2026-11-05",
 "counted_how": "60 days from the reconsideration decision's date, postmarked or received by that day",
 "level": "TRICARE formal review by the Defense Health Agency (non-medical-necessity dispute, $50 or more)",
 "rule": "32 CFR 199.10",
 "why": "The reconsideration turned on the provider's authorization, not medical necessity, so the next level is a formal review by the Defense Health Agency, asked within 60 days, with $1,240 in dispute (over the $50 it needs). A medical-necessity case would instead go to a second reconsideration with 90 days.",
 "trap": "Using the 90-day window of the first reconsideration or of the medical-necessity route (2027-02-03), or sending it to the regional contractor again."})

# 18 short-term policy: window from receipt in the policy, receipt proven by a signed return receipt
case("18-short-term-receipt-proven",
person("Percival Oyelaran", "STB-660192-18", "4410 Cypress Bend, Lakeland, FL 33801", "(863) 555-0125", "percival.o@mail.example") + """insurer:
  name: Sterling Bridge Short-Term Medical (short-term limited-duration policy)
  appeals_address: Grievances, PO Box 3301, Tampa, FL 33601
  fax: "(813) 555-0134"
claim:
  number: SBS-26-0914-7702
  plan_type: short_term
  notice_date: 2026-10-02
  notice_received:
    date: 2026-10-09
    proof: other/return-receipt-2026-10-09.txt
  service_dates: [2026-09-14]
  procedure_codes: [90792]
  diagnosis_codes: [F41.1]
  denial_category: not_covered
  denial_reason: Pre-existing condition exclusion.
plan_policy:
  other_terms: "Section 11.2: A request for review of a denied claim must be made in writing within 90 days after you receive our notice of denial."
  other_terms_file: other/policy-section-11-excerpt.txt
""",
{"denial/denial-2026-10-02.txt": """STERLING BRIDGE SHORT-TERM MEDICAL - CLAIM DETERMINATION
Date: October 2, 2026   Insured: Percival Oyelaran   Policy: STB-660192-18   Claim: SBS-26-0914-7702
Service of September 14, 2026 denied: pre-existing condition exclusion. See your policy for how to ask for a review.
Sent by certified mail, return receipt requested.
""",
 "other/policy-section-11-excerpt.txt": """STERLING BRIDGE SHORT-TERM MEDICAL POLICY (excerpt)
Section 11.2: A request for review of a denied claim must be made in writing within 90 days after you receive our notice of denial.
This policy is not subject to the federal claims and appeals rules for group or individual health coverage.
""",
 "other/return-receipt-2026-10-09.txt": """US MAIL RETURN RECEIPT (copy, fictional)
Article: Sterling Bridge letter of 10/02/2026, claim SBS-26-0914-7702. Delivered and signed for by P. Oyelaran on 10/09/2026.
"""},
{"deadline": "2027-01-07", "counts_from": "2026-10-09",
 "counted_how": "90 days after receipt, which the insurer's own signed return receipt fixes at 2026-10-09; counted from the notice's date it would be 2026-12-31, the day to send by if the receipt were ever disputed",
 "level": "insurer review of a denied claim (short-term policy; no federal appeal rule)",
 "rule": "the policy, Section 11.2 (no federal rule applies; state insurance law may add more)",
 "why": "No federal appeal rule reaches a short-term policy, so its own terms set the window: 90 days after receipt. The insurer mailed the notice certified and the return receipt shows the day it arrived, so the count runs from that day.",
 "trap": "Applying the ACA's 180 days, or counting from the notice's date (2026-12-31) as if receipt were unknown, or saying no deadline exists because no federal rule applies."})

# 19 separate CHIP, fee-for-service: state review within the time the notice prints
case("19-chip-ffs-state-review",
person("Tobias Nakashima-Ruiz", "OR-CHIP-33019288-19", "129 Alder Spring Rd, Salem, OR 97301", "(503) 555-0109", "lena.ruiz@mail.example") + """insurer:
  name: Oregon Children's Health Program (separate CHIP, fee-for-service; fictional notice)
  appeals_address: CHIP Reviews, 500 Summer St NE, Salem, OR 97301
  fax: "(503) 555-0149"
claim:
  number: OCHP-26-1116-2281
  plan_type: chip
  delivery: fee_for_service
  notice_date: 2026-11-16
  service_dates: [2026-12-02]
  procedure_codes: [97153]
  diagnosis_codes: [F84.0]
  denial_category: benefit_limit
  denial_reason: Requested hours exceed the program's weekly limit.
author:
  name: Lena Ruiz
  relation: parent
""",
{"denial/notice-2026-11-16.txt": """STATE CHILDREN'S HEALTH PROGRAM (FICTIONAL) - NOTICE OF DECISION
Date: November 16, 2026   Child: Tobias Nakashima-Ruiz   ID: OR-CHIP-33019288-19   Reference: OCHP-26-1116-2281
Your request for 25 hours a week of therapy (97153) from 12/02/2026 is approved for 10 hours a week.
If you disagree, you may ask for a state review. Your request must reach us within 30 days of the date of this notice.
CHIP Reviews, 500 Summer St NE, Salem, OR 97301; fax (503) 555-0149; chipreview@ochp.example
"""},
{"deadline": "2026-12-16", "counts_from": "2026-11-16",
 "counted_how": "30 days from the notice's date, as the notice prints (the request must reach the state by then, so mail sent that day would be late)",
 "level": "state review of a separate CHIP's decision (fee-for-service: no plan appeal)",
 "rule": "42 CFR 457.1130(b) (time set by the state and printed in the notice)",
 "why": "A separate CHIP paid fee-for-service has no plan appeal; the state reviews its own decision within the time its notice gives, here 30 days. Because the notice says the request must reach the state, faxing it or mailing it well before December 16 is the way to be on time.",
 "trap": "Applying the CHIP managed-care plan appeal's 60 days (2027-01-15), or the Medicaid fair hearing rules (CHIP has no fair hearing)."})

# 20 employer insured: ongoing course cut, expedited appeal; the filing window is 180 days, not 72 hours or 10 days
case("20-employer-insured-concurrent-expedited",
person("Marguerite Delacroix-Ng", "PCL-201774-20", "3300 Harbor View Dr, Portland, ME 04101", "(207) 555-0127", "m.delacroix@mail.example") + """insurer:
  name: Pinecrest Life and Health Insurance Company
  appeals_address: Urgent Appeals, 95 Fore St, Portland, ME 04101
  fax: "(207) 555-0148"
claim:
  number: PCL-UM-26-1125-5530
  plan_type: employer_erisa
  funding: insured
  notice_date: 2026-11-25
  action: end
  action_date: 2026-12-10
  urgent: true
  service_dates: [2026-12-10]
  pending_services: 9
  procedure_codes: [H0018]
  diagnosis_codes: [F50.019]
  setting: residential
  denial_category: medical_necessity
  denial_reason: Continued residential treatment is no longer medically necessary; coverage ends 12/10/2026.
urgency:
  reason: Ending residential eating-disorder care now risks medical instability; weight and vital signs are not yet stable.
  certified_by: Dr. Anouk Perrault, MD
""",
{"denial/concurrent-review-denial-2026-11-25.txt": """PINECREST LIFE AND HEALTH - NOTICE OF ADVERSE BENEFIT DETERMINATION (CONCURRENT REVIEW)
Date: November 25, 2026   Member: Marguerite Delacroix-Ng   ID: PCL-201774-20   Reference: PCL-UM-26-1125-5530
Group plan: Casco Shipwrights Group Health Plan (insured by Pinecrest)
Residential treatment (H0018) approved through 12/09/2026 will not be covered from 12/10/2026.
You may appeal within 180 days after you receive this notice. If your doctor says waiting could seriously harm you,
ask for an expedited appeal: we will decide within 72 hours. Urgent appeals line 1-877-555-0188; fax (207) 555-0148.
""",
 "other/call-note-2026-12-04.txt": """CALL NOTE (member's daughter), 12/04/2026
Called 1-877-555-0188 to ask how to request an expedited appeal of reference PCL-UM-26-1125-5530. Agent said the appeal
may be made by phone or fax, and asked that it come with Dr. Perrault's letter, faxed to (207) 555-0148. Nothing filed yet.
"""},
{"deadline": "2027-05-24", "counts_from": "2026-11-25",
 "counted_how": "180 days from the notice's date (the rule counts from receipt, which can only be later); Monday, no weekend question. The urgency is practical, not a filing limit: to keep coverage the written appeal should go before the care ends on 2026-12-10",
 "level": "expedited first-level internal appeal (insured employer plan; concurrent care being ended)",
 "rule": "29 CFR 2560.503-1(h)(3)(i) (180 days); (f)(2)(ii) and (i)(2)(i) (concurrent care; 72-hour urgent decision)",
 "why": "An expedited appeal has the same 180-day filing window as any first appeal; the 72 hours is the plan's time to decide, not the member's time to file. Because the plan is ending a course it approved, filing before December 10, 2026 is what keeps the stay covered while the appeal is decided.",
 "trap": "Reading the 72 hours as a filing limit, or applying Medicaid's 10-day continued-benefits rule to an employer plan, or treating the 2026-12-04 call (a question, not an appeal) as an appeal already pending."})


# ---------------------------------------------------------------- writing and self-checks
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
PHONE = re.compile(r"(?:1-\d{3}-|\(\d{3}\) )555-01\d\d\b")
ANY_555 = re.compile(r"555-\d{4}")
EMAIL = re.compile(r"[\w.+-]+@([\w-]+\.)+[a-z]+")

def forms(iso):
    d = date.fromisoformat(iso)
    return [iso, d.strftime("%m/%d/%Y"), f"{MONTHS[d.month-1]} {d.day}, {d.year}"]

TREAT = {"01": "IV ketamine infusions", "02": "transcranial magnetic stimulation", "03": "office visit with an injection",
         "04": "IV ketamine infusion", "05": "esketamine nasal spray (Spravato)", "06": "esketamine nasal spray (Spravato)",
         "07": "IV ketamine infusion", "08": "psychotherapy sessions", "09": "transcranial magnetic stimulation",
         "10": "transcranial magnetic stimulation", "11": "a brand-name antidepressant (Part D drug)",
         "12": "partial hospitalization program", "13": "trauma-focused psychotherapy with an out-of-network therapist",
         "14": "personal care services at home", "15": "family therapy for an eating disorder",
         "16": "IV ketamine infusion for chronic pain", "17": "psychiatric evaluation", "18": "psychiatric evaluation",
         "19": "applied behavior analysis therapy", "20": "residential eating-disorder treatment"}

def complete(slug, ytext):
    """Add the fields check needs to run at all (the treatment, who signs) where a case does not give them."""
    if "\ntreatment:" not in ytext:
        ytext += f"treatment:\n  name: {TREAT[slug[:2]]}\n"
    if "\nauthor:" not in ytext:
        name = re.search(r"^  name: (.+)$", ytext, re.M).group(1)
        ytext += f"author:\n  name: {name}\n  role: patient\n"
    return ytext

def write_all():
    problems = []
    for slug, ytext, docs, ans in CASES:
        ytext = complete(slug, ytext)
        folder = HERE / slug
        if folder.exists():
            shutil.rmtree(folder)
        folder.mkdir()
        (folder / "case.yaml").write_text(YHDR + ytext)
        texts = [ytext]
        for rel, body in docs.items():
            f = folder / rel
            f.parent.mkdir(parents=True, exist_ok=True)
            f.write_text(HDR + "\n" + body)
            texts.append(body)
        a = {"_note": "FICTIONAL test answer (appeal-kit deadline set 02, issue 18); written blind, not from the tool."}
        a.update(ans)
        (HERE / f"{slug}.deadline.json").write_text(json.dumps(a, indent=1, ensure_ascii=False) + "\n")
        # self-checks
        try:
            data = YAML(typ="safe").load((folder / "case.yaml").read_text())
            for k in ("patient", "insurer", "claim"):
                assert k in data, k
            assert data["patient"].get("name") and data["patient"].get("member_id")
            assert data["claim"].get("number") and data["claim"].get("denial_reason")
        except Exception as e:
            problems.append(f"{slug}: case.yaml: {e!r}")
        for f in folder.rglob("*"):
            if f.is_file():
                t = f.read_text()
                if "FICTIONAL" not in t.splitlines()[0]:
                    problems.append(f"{slug}: {f.name}: no FICTIONAL header")
                for m in ANY_555.finditer(t):
                    pass
                for line in t.splitlines():
                    for m in re.finditer(r"(\S*\s?\S*)555-(\d{4})", line):
                        if not PHONE.search(m.group(0)):
                            problems.append(f"{slug}: {f.name}: bad phone {m.group(0)!r}")
                for m in EMAIL.finditer(t):
                    if not m.group(0).endswith(".example"):
                        problems.append(f"{slug}: {f.name}: e-mail not .example {m.group(0)}")
        cf = ans["counts_from"]
        if cf and not any(x in t for t in texts for x in forms(cf)):
            problems.append(f"{slug}: counts_from {cf} printed nowhere")
        dl = ans["deadline"]
        if dl is not None:
            date.fromisoformat(dl)
        for k in ("deadline", "counts_from", "counted_how", "level", "rule", "why", "trap"):
            if k not in ans:
                problems.append(f"{slug}: answer lacks {k}")
    return problems

def run_check():
    out = []
    for slug, *_ in CASES:
        r = subprocess.run(["/work/main/.venv/bin/appeal-kit", "check", str(HERE / slug)], capture_output=True,
                           text=True, timeout=300)
        out.append(f"===== {slug} (exit {r.returncode})\n{r.stdout}{r.stderr}")
    (HERE / "check-output.txt").write_text("FICTIONAL test data: appeal-kit check on deadline set 02\n\n" + "\n".join(out))

if __name__ == "__main__":
    probs = write_all()
    print(f"{len(CASES)} cases written")
    slugs = [c[0] for c in CASES]
    assert len(set(slugs)) == len(slugs) == 20, "need 20 distinct cases"
    for p in probs:
        print("PROBLEM:", p)
    if "--check" in sys.argv:
        run_check()
        print("check-output.txt written")
    sys.exit(1 if probs else 0)
