"""Set 28, notices 01-12 (English). Every person, plan, provider, number and address is FICTIONAL."""
from dates import d, L, U, MIL

F = "FICTIONAL SAMPLE - invented people, plan and numbers; not a real notice."
T = "\t"


def c01():
    nd = d("2026-11-12"); days = [d("2026-10-19"), d("2026-10-20"), d("2026-10-21"), d("2026-10-22"), d("2026-10-23")]
    name, mid, clm = "Rosalind Okafor-Whitcombe", "BWM 804 331 726", "2610-PH-558204"
    basis = "You have 180 days from the day you receive this letter to ask us for an internal appeal"
    addr = ["Brightwater Mutual Health Insurance Company", "Member Appeals and Grievances", "Mail Stop 14-B",
            "2200 Larkspur Parkway", "Dayton, OH 45459"]
    lines = [
        "#BRIGHTWATER MUTUAL HEALTH INSURANCE COMPANY",
        "Claims Office  |  PO Box 30912, Dayton, OH 45430  |  1-555-0141",
        F, "",
        f"Mailing date: {L(nd)}", "",
        name, "88 Quarry Hill Road, Apt 3", "Kettering, OH 45429", "",
        f"Re: your claim {clm} - Halvorsen Tile & Stone Co. group health plan (Group 77120-HT)",
        f"Member ID {mid}     Date of birth: {U(d('1984-11-12'))}", "",
        f"Dear {name}:",
        "We reviewed the claim that Cedar Run Behavioral Hospital sent us for the partial hospitalization program",
        "you attended. We received the claim on October 30, 2026. After review, we will not pay for the days listed",
        "below. Your coverage is a group health plan your employer offers, insured by Brightwater Mutual.", "",
        "#Days we did not pay" ,
        f"Date{T}Service{T}Code{T}Diagnosis{T}Adjustment",
        *[f"{U(x)}{T}partial hospital program day{T}H0035{T}F33.2{T}CO-50" for x in days], "",
        "#Why we made this decision",
        "A psychiatrist on our staff read the hospital's records. The records show that your symptoms improved in",
        "the first days, that you were not at risk of harming yourself, and that you had support at home. Our",
        "guideline for a partial hospital program requires a need for daily hospital-level care. In our judgment",
        "these days were not medically necessary: your care could have been given at a lower level of care, an",
        "intensive outpatient program three days a week. You may ask for the guideline, free of charge.", "",
        "#If you disagree",
        f"{basis}. Write to us and tell us why you disagree;",
        "send any records or a letter from your doctor that you want us to read. Please send your appeal to:",
        *addr,
        "Do not send your appeal to the claims post office box at the top of this letter.",
        "If waiting for a standard decision could seriously harm your health, you or your doctor may ask for a fast",
        "(expedited) appeal by calling 1-555-0142; we decide those within 72 hours.",
        "Because this plan is an employer plan governed by the Employee Retirement Income Security Act (ERISA), you",
        "may also bring a civil action under section 502(a) after the appeal process ends.",
        "For help, call the Ohio consumer assistance line at 1-555-0143.", "",
        "Sincerely,", "Utilization Management, Brightwater Mutual Health Insurance Company",
    ]
    return dict(
        n=1, slug="employer-insured-php-necessity-torchlight-photo", lang="en", kind="jpeg", device="torch",
        lines=lines, tabs=[0.0, 0.16, 0.5, 0.62, 0.78],
        note="FICTIONAL. An insured employer group plan (ERISA) refuses 5 days of a partial hospital program (H0035; F33.2, CO-50): not medically necessary, a lower level of care would do. A letter photographed at night by the light of a second phone's flashlight: a bright off-centre pool, dark corners. Window stated: 180 days from receipt. Traps: the DOB 11/12/1984 (same day and month as the letter), received 10/30, the claims PO box, the group number, 72 hours.",
        key=dict(patient_name=name, member_id=mid, claim_number=clm, notice_date=nd, service_dates=days,
                 procedure_codes=["H0035"], diagnosis_codes=["F33.2"], carc_codes=["CO-50"],
                 denial_category="medical_necessity", plan_type="employer_erisa", urgent=False),
        nd_label="Mailing date:", nd_printed=L(nd), sd_printed=[U(x) for x in days],
        ev_cat=["not medically necessary"], ev_plan=["group health plan your employer offers", "ERISA"],
        ev_urgent=None, window=("days", 180, basis), addr=addr,
        traps=["11/12/1984", "October 30, 2026", "PO Box 30912, Dayton, OH 45430", "77120-HT", "72 hours"])


def c02():
    nd = d("2026-11-06"); days = [d("2026-10-07"), d("2026-10-14")]
    name, mid, clm = "Imelda Sorensen-Achebe", "PGL 210774 15-02", "CPS-26-1104-7781"
    addr = ["Pell & Garrity Logistics Employee Benefit Plan", "c/o Cordova Plan Services, LLC", "Appeals Review Unit",
            "PO Box 46118", "Tempe, AZ 85285-6118"]
    lines = [
        "#CORDOVA PLAN SERVICES, LLC", "Third-party administrator for self-funded employer plans",
        F, "",
        "#Explanation of Benefits - this is not a bill",
        f"Plan{T}Pell & Garrity Logistics Employee Benefit Plan",
        f"Funding{T}self-funded by the employer; Cordova pays claims but does not insure them",
        f"Subscriber{T}Garrett Achebe   ID PGL 210774 15-01",
        f"Patient{T}{name} (spouse)",
        f"Patient ID{T}{mid}",
        f"Claim no.{T}{clm}",
        f"Notice Date{T}{U(nd)}",
        f"Provider{T}Quiet Harbor Psychiatry PLLC", "",
        "#Services on this claim",
        f"Date of service{T}Code{T}Units{T}Billed{T}Plan paid{T}Codes",
        f"{U(days[0])}{T}J0013{T}84{T}$1,310.00{T}$0.00{T}CO-16 M119",
        f"{U(days[0])}{T}99415{T}1{T}$96.00{T}$0.00{T}CO-16",
        f"{U(days[1])}{T}J0013{T}84{T}$1,310.00{T}$0.00{T}CO-16 M119",
        f"{U(days[1])}{T}99415{T}1{T}$96.00{T}$0.00{T}CO-16",
        "Diagnosis on the claim: F33.2", "",
        "#What the codes mean",
        "CO-16: the claim lacks information we need to process it, so it cannot be paid as billed. M119: the",
        "National Drug Code (NDC) for the nasal spray is missing or does not match the drug billed. This is a",
        "billing error on the provider's claim, not a decision about whether the treatment is needed. Your",
        "provider may send a corrected claim to PO Box 46100; a corrected claim is not an appeal.", "",
        "#Your right to appeal",
        "You or your authorized representative may appeal this decision. How long you have and what to include",
        "are set out in your Summary Plan Description, Section 11 (Claims and Appeals). Mail a written appeal to:",
        ", ".join(addr[:2]),
        ", ".join(addr[2:]),
        "Because the plan is sponsored by a private employer, it is governed by ERISA, and you may have",
        "the right to file suit under section 502(a) after a final appeal decision. Questions: 1-555-0117.",
    ]
    return dict(
        n=2, slug="self-funded-tpa-spravato-ndc-missing-misregistered-colour-scan", lang="en", kind="png",
        device="misreg", lines=lines, tabs=[0.0, 0.24, 0.36, 0.46, 0.62, 0.76], tabs2=[0.0, 0.24],
        note="FICTIONAL. A self-funded employer plan (ERISA) through a TPA denies two Spravato sessions (J0013, 99415; F33.2) for a missing NDC (CO-16 M119): coding_billing. A colour laser print whose colour planes are out of register (cyan, magenta and yellow fringes beside every letter), scanned in colour. No window printed (it points to the SPD): ERISA rule, 180 days. Traps: the subscriber and his -01 ID, the corrected-claim box, the TPA's letterhead.",
        key=dict(patient_name=name, member_id=mid, claim_number=clm, notice_date=nd, service_dates=days,
                 procedure_codes=["J0013", "99415"], diagnosis_codes=["F33.2"], carc_codes=["CO-16"],
                 denial_category="coding_billing", plan_type="employer_erisa", urgent=False),
        nd_label="Notice Date", nd_printed=U(nd), sd_printed=[U(x) for x in days],
        ev_cat=["billing error", "CO-16"], ev_plan=["self-funded by the employer", "ERISA"], ev_urgent=None,
        window=("rule",), addr=addr,
        traps=["Garrett Achebe", "PGL 210774 15-01", "PO Box 46100"])


def c03():
    nd = d("2026-11-20"); days = [d("2026-11-02"), d("2026-11-03"), d("2026-11-04"), d("2026-11-05")]
    paid = d("2026-10-30")
    name, mid, clm = "Marguerite Delacroix-Yazzie", "SHC4471902350", "E26-3318-0094-1"
    dl = d("2027-05-19")
    basis = f"Your appeal must reach us by {L(dl)}"
    addr = ["Sagebrush Health Cooperative", "Attn: Internal Appeals", "415 Juniper Street, Suite 900",
            "Santa Fe, NM 87501"]
    lines = [
        "#Sagebrush Health Cooperative", "Individual and family plans sold through the Health Insurance Marketplace",
        F, "",
        "#EXPLANATION OF BENEFITS", "",
        f"Member: {name}{T}Date of notice: {L(nd)}",
        f"Member number: {mid}{T}Plan: Sagebrush Silver 2500 (Marketplace)",
        f"Claim: {clm}{T}Provider: Mesa Verde Neuromodulation Center", "",
        f"Service date{T}What was done{T}Code{T}Plan paid{T}You owe{T}Note",
        f"{U(paid)}{T}TMS session 36{T}90868{T}$212.40{T}$35.00{T}PR-3",
        *[f"{U(x)}{T}TMS session {37 + i}{T}90868{T}$0.00{T}$0.00{T}CO-119" for i, x in enumerate(days)],
        "Diagnosis: F33.1 (recurrent major depression, moderate)", "",
        "CO-119: Your plan pays for up to 36 TMS sessions in a plan year. The sessions on and after 11/02/2026 go",
        "past that benefit maximum, so we did not pay them. The provider may not bill you for them under its",
        "contract. Session 36 was paid as usual; your copay of $35.00 applies to it.", "",
        "#How to appeal",
        f"{basis}. Tell us why the limit should not apply, or ask for",
        "an exception for a longer prescribed course. Send your letter and records to Sagebrush Health Cooperative,",
        "Attn: Internal Appeals, 415 Juniper Street, Suite 900, Santa Fe, NM 87501, or fax 1-555-0166.",
        "If your health is in danger, call 1-555-0167 and ask for an expedited appeal.",
        "You may also ask for an external review after our final decision.",
    ]
    return dict(
        n=3, slug="marketplace-tms-session-cap-oversharpened-docmode-photo", lang="en", kind="jpeg",
        device="oversharp", lines=lines, tabs=[0.0, 0.17, 0.42, 0.53, 0.67, 0.8],
        note="FICTIONAL. A Marketplace plan stops paying TMS after its 36-session plan-year maximum: 4 sessions (90868; F33.1, CO-119) are benefit_limit. A phone app's document mode: corrected flat, contrast pushed, heavy sharpening halos around every stroke, strong JPEG ringing. Window stated as a date: May 19, 2027. Traps: session 36 paid on 10/30 (PR-3), the fax, 36 sessions.",
        key=dict(patient_name=name, member_id=mid, claim_number=clm, notice_date=nd, service_dates=days,
                 procedure_codes=["90868"], diagnosis_codes=["F33.1"], carc_codes=["CO-119"],
                 denial_category="benefit_limit", plan_type="individual_aca", urgent=False),
        nd_label="Date of notice:", nd_printed=L(nd), sd_printed=[U(x) for x in days],
        ev_cat=["benefit maximum", "CO-119"], ev_plan=["Marketplace"], ev_urgent=None,
        window=("date", L(dl), basis), addr=addr, traps=[U(paid), "PR-3", "1-555-0166"])


def c04():
    nd = d("2026-10-29"); sd = d("2026-09-22"); paid = d("2026-09-08")
    name, mid, clm = "Harold Quintanilla-Barnes", "GBA 00418827", "MR-2026-1027-0418"
    basis = "ask us for a reconsideration within 65 calendar days of the date of this notice"
    addr = ["Gulfbreeze Senior Advantage (HMO)", "Attn: Reconsiderations", "PO Box 88231", "Tampa, FL 33684-8231"]
    lines = [
        "#GULFBREEZE SENIOR ADVANTAGE (HMO)", "A Medicare Advantage plan  -  Member reimbursement statement",
        F, "",
        f"Member: {name}{T}Plan member ID: {mid}",
        f"Medicare Number (not your plan ID): 1EG4-TE5-MK73{T}Date issued: {U(nd)}", "",
        "You sent us two bills you paid yourself. Here is what we did with each.", "",
        f"#Claim MR-2026-1027-0417  -  PAID",
        f"{U(paid)}{T}office visit (in network){T}99214{T}paid $118.20{T}",
        "",
        f"#Claim {clm}  -  DENIED",
        f"{U(sd)}{T}nerve block at the back of the head{T}64405{T}paid $0.00{T}CO-242",
        "                         diagnosis G43.709 - Coastline Headache Clinic (not in network)",
        "Reason: Coastline Headache Clinic is not in the plan's network, and you did not have a referral or an",
        "approval from us to see an out-of-network provider. As an HMO member you must use network providers",
        "except for emergencies, urgently needed care and dialysis away from home.", "",
        "If you disagree, ask us for a reconsideration within 65 calendar days of the date of this notice.",
        "Write to Gulfbreeze Senior Advantage (HMO), Attn: Reconsiderations, PO Box 88231, Tampa, FL 33684-8231.",
        "We will answer within 60 days. If we say no again, your case goes to an independent reviewer on its own.",
        "", "- - - - - - - - - - - - - -   detach here   - - - - - - - - - - - - - -", "",
        f"GULFBREEZE SENIOR ADVANTAGE{T}Check no. 0077120931{T}{U(nd)}",
        f"Pay to the order of {name}{T}$118.20",
        "One hundred eighteen and 20/100 dollars               VOID AFTER 180 DAYS",
        "Memo: claim MR-2026-1027-0417     FICTIONAL - NOT NEGOTIABLE",
    ]
    return dict(
        n=4, slug="medicare-advantage-occipital-block-out-of-network-check-stock-pdf", lang="en", kind="imgpdf",
        device="security", lines=lines, tabs=[0.0, 0.17, 0.6, 0.72, 0.88], tabs2=[0.0, 0.56],
        note="FICTIONAL. A Medicare Advantage HMO pays one reimbursement claim and denies another: an occipital nerve block (64405; G43.709, CO-242) by an out-of-network clinic without a referral: out_of_network. Printed on check stock with a fine security pattern (wavy guilloche lines and a hidden VOID), a check at the foot; scanned grey to an image-only PDF. Window stated: 65 calendar days. Traps: the paid claim MR-2026-1027-0417 (99214, 09/08), the Medicare Number, the check number, 60 days, 180 days.",
        key=dict(patient_name=name, member_id=mid, claim_number=clm, notice_date=nd, service_dates=[sd],
                 procedure_codes=["64405"], diagnosis_codes=["G43.709"], carc_codes=["CO-242"],
                 denial_category="out_of_network", plan_type="medicare_advantage", urgent=False),
        nd_label="Date issued:", nd_printed=U(nd), sd_printed=[U(sd)],
        ev_cat=["not in the plan's network"], ev_plan=["Medicare Advantage"], ev_urgent=None,
        window=("days", 65, basis), addr=addr,
        traps=["MR-2026-1027-0417", "1EG4-TE5-MK73", "99214", U(paid), "0077120931"])


def c05():
    nd = d("2026-11-03"); days = [d("2026-10-05"), d("2026-10-06"), d("2026-10-07")]; paid = d("2026-09-29")
    name, mid, clm = "Wendell Abernathy-Iwu", "4TQ9-RW2-HK61", "26-30512-887-004"
    dl = d("2027-03-03")
    basis = f"If you disagree with a decision, file an appeal request in writing by {L(dl)}"
    addr = ["Lakeview Medicare Administrative Services", "Part B Redeterminations", "PO Box 6704",
            "Indianapolis, IN 46206-6704"]
    lines = [
        "#Medicare Summary Notice for Part B (Medical Insurance)", F, "",
        f"Notice for {name}{T}Date of this notice: {L(nd)}",
        f"Medicare Number: {mid}{T}Claims processed Sept 28 - Nov 2, 2026", "",
        "#Your claims and costs this period", "",
        "#Claim 26-29877-114-002, Harbor Light Counseling, service date 09/29/2026",
        f"90834  one psychotherapy session{T}Medicare approved: Yes{T}You may be billed: $24.38",
        "",
        f"#Claim {clm}, Northgate Brain Stimulation Clinic, Indianapolis",
        f"Service date{T}Service{T}Approved?{T}You may be billed{T}See notes",
        *[f"{U(x)}{T}90868 TMS session{T}No{T}$0.00{T}A, B" for x in days],
        "Diagnosis reported: F33.1", "",
        "#Notes for claims above",
        "A  Medicare doesn't pay for services that are not reasonable and necessary. The records sent did not",
        "   show that you met the local coverage rules for TMS: not medically necessary.",
        "B  Your provider did not give you a written notice before the care, so you are not responsible for the",
        "   charges. If you paid, ask the provider for a refund.", "",
        "#How to handle denied claims or file an appeal",
        f"{basis}.",
        "Circle the service(s) you disagree with on a copy of this notice, explain why in writing, sign it, and",
        "send it with any information that helps to the company",
        "that handles claims: Lakeview Medicare Administrative Services, Part B Redeterminations,",
        "PO Box 6704, Indianapolis, IN 46206-6704. Questions: 1-555-0184.",
        "(Receipt of this notice is presumed 5 days after its date.)",
    ]
    return dict(
        n=5, slug="original-medicare-msn-tms-necessity-fingerprints-photo", lang="en", kind="jpeg",
        device="fingerprints", lines=lines, tabs=[0.0, 0.17, 0.45, 0.6, 0.82],
        note="FICTIONAL. An Original Medicare Summary Notice (Part B) with two claims: psychotherapy paid, three TMS sessions (90868; F33.1) denied as not reasonable and necessary (medical_necessity). No CARC printed. Photographed on a kitchen table: greasy fingerprints on the page shine and darken patches. Window stated as a date: March 3, 2027 (120 days from the notice). Traps: the paid claim 26-29877-114-002 (90834, 09/29), the processing period, the 5 days of presumed receipt.",
        key=dict(patient_name=name, member_id=mid, claim_number=clm, notice_date=nd, service_dates=days,
                 procedure_codes=["90868"], diagnosis_codes=["F33.1"],
                 denial_category="medical_necessity", plan_type="medicare", urgent=False),
        nd_label="Date of this notice:", nd_printed=L(nd), sd_printed=[U(x) for x in days],
        ev_cat=["not reasonable and necessary"], ev_plan=["Medicare Summary Notice"], ev_urgent=None,
        window=("date", L(dl), basis), addr=addr,
        traps=["26-29877-114-002", "90834", "09/29/2026", "5 days"])


def c06():
    nd = d("2026-12-01")
    name, mid, clm = "Beatriz Lindqvist-Mbeki", "HSR 7730 4412", "CD-26-11-30418"
    basis = "You have 65 days from the date of this notice to ask us for a redetermination"
    addr = ["Heartland Senior Rx (PDP)", "c/o Cobalt Rx Solutions", "Part D Redeterminations", "PO Box 51607",
            "Omaha, NE 68151-1607"]
    lines = [
        "#Notice of Denial of Medicare Prescription Drug Coverage", F,
        "Heartland Senior Rx (PDP), a Medicare Part D plan. Pharmacy benefits handled by Cobalt Rx Solutions.", "",
        f"Date: {L(nd)}",
        f"Enrollee: {name}",
        f"Plan member number: {mid}      Medicare Number: 7PN3-XC8-WA52",
        f"Coverage determination number: {clm}",
        "Prescriber: Dr. Tomasz Adeyemi, Prairie Spine and Pain, 1-555-0128", "",
        "We have denied the drug you (or your prescriber) asked for:",
        "   lidocaine 5% topical patch, 30 patches every 30 days, for chronic low back pain",
        "Your prescriber told us that waiting could seriously harm your health, so we made this decision on an",
        "expedited (fast) basis, within 24 hours of getting the request on November 30, 2026.", "",
        "#Why we denied your request",
        "This drug is not on our Drug List (formulary) for this use. Our plan and Medicare Part D cover it only for",
        "a medically accepted indication, and chronic low back pain is not one for this drug in the references",
        "Medicare uses. You and your prescriber may ask for a formulary exception; a supporting statement from",
        "the prescriber helps.", "",
        "#You have the right to appeal",
        f"{basis}.",
        "You may ask for a fast redetermination if waiting 7 days could seriously harm your health.",
        "Mail or deliver your written request to:",
        *addr,
        "Or fax it to 1-555-0129. The independent review entity looks at your case only after our redetermination.",
    ]
    return dict(
        n=6, slug="part-d-lidocaine-patch-off-formulary-expedited-window-flare-photo", lang="en", kind="jpeg",
        device="flare", lines=lines,
        note="FICTIONAL. A Part D plan (through a PBM) denies lidocaine patches for back pain as not on its Drug List for that use: not_covered (a formulary exception is the answer); decided on an expedited basis: urgent. No dates of care, codes or CARC printed. Photographed by a window: a lens flare, a row of coloured ghost circles, and veiling haze over the top right. Window stated: 65 days from the notice. Traps: the Medicare Number, received November 30, 24 hours, 7 days, the prescriber's phone.",
        key=dict(patient_name=name, member_id=mid, claim_number=clm, notice_date=nd,
                 denial_category="not_covered", plan_type="medicare_part_d", urgent=True),
        nd_label="Date:", nd_printed=L(nd), sd_printed=[],
        ev_cat=["not on our Drug List"], ev_plan=["Medicare Part D"],
        ev_urgent=["expedited (fast) basis"], window=("days", 65, basis), addr=addr,
        traps=["7PN3-XC8-WA52", "November 30, 2026", "24 hours", "7 days"])


def c07():
    nd = d("2026-11-24")
    name, mid, clm = "Dashiell Moreau-Tsosie", "0049183627", "UM-2611-40732"
    basis = "You have 60 calendar days from the date of this notice to ask for an appeal"
    addr = ["Great Lakes Community Health Plan", "Appeals Department", "3100 Riverbend Drive", "Lansing, MI 48911"]
    lines = [
        "#Great Lakes Community Health Plan", "A Medicaid health plan for Michigan members", F, "",
        "#NOTICE OF ADVERSE BENEFIT DETERMINATION", "",
        f"Notice Date: {U(nd)}",
        f"Member: {name}        Medicaid ID: {mid}",
        f"Reference number: {clm}        Date of birth: 02/17/1991", "",
        "Your provider, Riverside Recovery Associates, asked us to approve the service below, starting 12/01/2026.",
        "   Service requested: intensive outpatient program, 3 days a week for 5 weeks (S9480)",
        "   Diagnosis given: F31.81",
        "We have decided to deny this request.", "",
        "#Reason",
        "Our behavioral health medical director reviewed the request using the plan's level-of-care criteria.",
        "The notes show weekly therapy and medication visits are working and your symptoms are stable, so the",
        "program is not medically necessary for you at this time. You can get the criteria free of charge.", "",
        "#Your right to appeal",
        f"{basis}. You can call 1-555-0152 or write to:",
        *addr,
        "If your health could be seriously harmed by waiting, ask for a fast appeal; we decide those within 72 hours.",
        "If you are already getting this service and want it to continue during the appeal, you must ask within",
        "10 days of this notice. After our appeal decision you may ask for a State Fair Hearing within 120 days.",
    ]
    return dict(
        n=7, slug="medicaid-mco-iop-request-necessity-feathered-ink-tiff", lang="en", kind="tiff",
        device="feather", lines=lines,
        note="FICTIONAL. A Michigan Medicaid managed-care plan denies a request for an intensive outpatient program (S9480; F31.81) before care: not medically necessary. No dates of care or CARC. Inkjet on thin absorbent paper: every stroke feathered along the fibres; scanned grey to an LZW TIFF. Window stated: 60 calendar days from the notice. Traps: the DOB, the planned start 12/01/2026, 10 days, 120 days, 72 hours.",
        key=dict(patient_name=name, member_id=mid, claim_number=clm, notice_date=nd,
                 procedure_codes=["S9480"], diagnosis_codes=["F31.81"],
                 denial_category="medical_necessity", plan_type="medicaid", urgent=False),
        nd_label="Notice Date:", nd_printed=U(nd), sd_printed=[],
        ev_cat=["not medically necessary"], ev_plan=["Medicaid"], ev_urgent=None,
        window=("days", 60, basis), addr=addr,
        traps=["02/17/1991", "12/01/2026", "10 days", "120 days", "72 hours"])


def c08():
    nd = d("2026-10-28"); days = [d("2026-10-05"), d("2026-10-07"), d("2026-10-09")]
    name, mid, clm = "Cornelius Haverford-Odum", "R41207736", "FK 2026 1019 0072 5"
    basis = "you must write to us within 6 months from the date of this decision"
    addr = ["Keystone Federal Employees Health Benefit Plan", "Disputed Claims Reconsideration", "PO Box 2714",
            "Harrisburg, PA 17105-2714"]
    lines = [
        "#KEYSTONE FEDERAL EMPLOYEES HEALTH BENEFIT PLAN", "A plan in the Federal Employees Health Benefits (FEHB) Program",
        F, "",
        f"Date: {L(nd)}", "",
        name, "1402 Chestnut Ridge Court", "Carlisle, PA 17013", "",
        f"Member ID: {mid}   Claim: {clm}", "",
        f"Dear {name.split()[0]} {name.split()[1]}:",
        "We have finished processing the claim from Susquehanna Infusion Partners for the ketamine infusions",
        f"given on {L(days[0])}, {L(days[1])} and {L(days[2])}. The claim listed 96365, 96366 and",
        "J3490, with diagnosis G90.512 (complex regional pain syndrome of the left arm). We are unable to pay it.",
        "", "Our brochure excludes services that are experimental or investigational. Intravenous ketamine for",
        "complex regional pain syndrome has not been shown, in published controlled studies, to be safe and",
        "effective over time, so we consider it investigational (adjustment code CO-55).", "",
        f"If you disagree, {basis}.",
        "Ask us in writing to reconsider and explain why; include the treating doctor's letter and any studies.",
        "Send it to:",
        *addr,
        "If we uphold the denial, you may ask the Office of Personnel Management (OPM) to review it within 90 days",
        "of our reconsideration decision. Questions: 1-555-0133.", "",
        "Claims Department",
    ]
    return dict(
        n=8, slug="fehb-ketamine-crps-experimental-quarter-folded-photo", lang="en", kind="jpeg",
        device="quarterfold", lines=lines,
        note="FICTIONAL. An FEHB plan denies three IV ketamine infusions for CRPS of the left arm (96365, 96366, J3490; G90.512) as experimental (CO-55). A letter folded in four to fit a wallet, unfolded and photographed: a cross of creases, four panels lying at slightly different angles. Window stated: 6 months from the decision (calendar months). Traps: OPM's 90 days, the letter's home address.",
        key=dict(patient_name=name, member_id=mid, claim_number=clm, notice_date=nd, service_dates=days,
                 procedure_codes=["96365", "96366", "J3490"], diagnosis_codes=["G90.512"], carc_codes=["CO-55"],
                 denial_category="experimental_investigational", plan_type="fehb", urgent=False),
        nd_label="Date:", nd_printed=L(nd), sd_printed=[L(x) for x in days],
        ev_cat=["experimental or investigational"], ev_plan=["Federal Employees Health Benefits"], ev_urgent=None,
        window=("months", 6, basis), addr=addr, traps=["90 days", "1402 Chestnut Ridge Court"])


def c09():
    nd = d("2026-11-17"); days = [d("2026-10-26"), d("2026-10-27"), d("2026-10-28")]
    name, mid, clm = "Ainsley Kowalczyk-Brandt", "40215773180", "TCE-26307-0041185"
    basis = "must be postmarked or received within 90 days of the date of this letter"
    addr = ["Cumberland Defense Health Services", "TRICARE Reconsiderations", "PO Box 870140",
            "Columbia, SC 29287-0140"]
    lines = [
        "#Cumberland Defense Health Services", "Regional contractor for TRICARE, East Region", F, "",
        f"Letter date: {U(nd)}", "",
        f"Beneficiary: {name}{T}DoD Benefits Number: {mid}",
        f"Sponsor: SSgt Owen Brandt{T}Sponsor DoD ID: 1534228790",
        f"Plan: TRICARE Prime{T}Claim number: {clm}", "",
        "#Summary of the decision",
        "Pinewood Children's Behavioral Center billed a partial hospitalization program for the days below.",
        "Your referral and authorization (AUTH 26-88173) covered the program from 10/12/2026 through 10/25/2026.",
        "The days after 10/25/2026 were not part of any authorization, so they exceed the authorized services",
        "and were denied (CO-198). The provider did not ask us to extend the authorization.", "",
        f"Date of care{T}Code{T}Diagnosis{T}Allowed{T}Adjustment",
        *[f"{U(x)}{T}H0035{T}F32.2{T}$0.00{T}CO-198" for x in days], "",
        "#Reconsideration rights",
        f"If you disagree, ask for a reconsideration in writing. Your request {basis}.",
        "Include a copy of this letter and any records that support the care. Send it to:",
        ", ".join(addr),
        "Questions: 1-555-0106. This is not a bill.",
    ]
    return dict(
        n=9, slug="tricare-prime-php-days-past-authorization-text-pdf", lang="en", kind="pdf", device=None,
        lines=lines, tabs=[0.0, 0.22, 0.4, 0.56, 0.72],
        note="FICTIONAL. TRICARE Prime denies three partial hospital days (H0035; F32.2) for a sponsor's daughter after the authorized span ended (CO-198): prior_authorization. Text PDF with a two-column box. Window stated: 90 days of the letter date. Traps: the sponsor's name and DoD ID, the authorization number and its span 10/12-10/25.",
        key=dict(patient_name=name, member_id=mid, claim_number=clm, notice_date=nd, service_dates=days,
                 procedure_codes=["H0035"], diagnosis_codes=["F32.2"], carc_codes=["CO-198"],
                 denial_category="prior_authorization", plan_type="tricare", urgent=False),
        nd_label="Letter date:", nd_printed=U(nd), sd_printed=[U(x) for x in days],
        ev_cat=["exceed the authorized services"], ev_plan=["TRICARE"], ev_urgent=None,
        window=("days", 90, basis), addr=addr,
        traps=["SSgt Owen Brandt", "1534228790", "26-88173", "10/25/2026"])


def c10():
    nd = d("2026-11-09"); days = [d("2025-01-13"), d("2025-01-27")]
    name, mid, clm = "Percival Amoako-Lindgren", "CMB-55120847", "26 044 91873"
    basis = "within 180 days of receiving this notice"
    addr = ["Covenant Ministries Benefit Trust", "Claims Review Committee", "800 Fellowship Lane, Suite 210",
            "Nashville, TN 37215"]
    inner = [
        f"Decision date: {L(nd)}",
        f"Member: {name}   Member ID: {mid}",
        f"Claim number: {clm}",
        "Provider: Stillwater Trauma Therapy, LLC", "",
        f"Dear {name.split()[0]},",
        "The Covenant Ministries Benefit Trust is a church plan sponsored by the United Assembly of Harvest Churches.",
        "It is not subject to ERISA. We have reviewed the claim for two psychotherapy sessions (90837,",
        f"diagnosis F43.10) given on {U(days[0])} and {U(days[1])}.",
        "The claim first reached us on 10/22/2026. The plan requires claims to be filed within 365 days of the",
        "date of service. Because this claim was filed after that time limit, it is denied (CO-29).", "",
        f"You may appeal {basis}. Tell us in writing why the",
        "claim was late (for example, if it was first sent to the wrong plan) and include any proof. Appeals go to",
        ", ".join(addr[:2]) + ",",
        ", ".join(addr[2:]) + ".",
        "If the Trust upholds the denial, you may ask for an independent external review within 4 months.", "",
        "Member Services, 1-555-0177, memberservices@covenanttrust.example",
    ]
    return dict(
        n=10, slug="church-plan-psychotherapy-late-filing-forwarded-email", lang="en", kind="eml", device=None,
        lines=inner,
        eml=dict(date="Thu, 03 Dec 2026 19:42:10 -0600", frm=f"{name} <p.amoako@mailbox.example>",
                 to="Advocate Desk <help@patientvoice.example>", subject="Fwd: Decision on your claim 26 044 91873",
                 note=["Hi - here is the e-mail from my plan. Can you help me appeal? This is a FICTIONAL sample.",
                       "Percival", "",
                       "---------- Forwarded message ----------",
                       "From: Covenant Ministries Benefit Trust <noreply@covenanttrust.example>",
                       "Date: Tue, 10 Nov 2026 08:15:00 -0600",
                       f"Subject: Decision on your claim {clm}",
                       f"To: {name} <p.amoako@mailbox.example>", ""],
                 quote=True),
        note="FICTIONAL. A church plan (not under ERISA) denies two psychotherapy sessions from January 2025 (90837; F43.10) as filed late (CO-29): timely_filing. A member's e-mail forwarding the plan's message inline, with '> ' quoting, multipart/alternative. Window stated: 180 days of receipt. Traps: the Date header Dec 3, the forwarded message's Date Nov 10, received 10/22/2026, 365 days, 4 months.",
        key=dict(patient_name=name, member_id=mid, claim_number=clm, notice_date=nd, service_dates=days,
                 procedure_codes=["90837"], diagnosis_codes=["F43.10"], carc_codes=["CO-29"],
                 denial_category="timely_filing", plan_type="church", urgent=False),
        nd_label="Decision date:", nd_printed=L(nd), sd_printed=[U(x) for x in days],
        ev_cat=["filed after that time limit"], ev_plan=["church plan"], ev_urgent=None,
        window=("days", 180, basis), addr=addr,
        traps=["10/22/2026", "365 days", "4 months", "03 Dec 2026", "10 Nov 2026"])


def c11():
    nd = d("2026-11-13"); days = [d("2026-10-02"), d("2026-10-06")]
    name, mid, clm = "Esperanza Holloway-Tran", "ACE 300 771 25", "AC-261113-00871"
    addr = ["Alder County Employees' Health Plan", "Appeals Coordinator", "Human Resources Department",
            "1 Courthouse Plaza, Room 305", "Alder Falls, OR 97330"]
    lines = [
        "Alder County Employees' Health Plan - Member Portal", "Home | Claims | Benefits | Messages | Sign out",
        f"Signed in as {name} | Printed 12/04/2026 16:08", F, "",
        "#Claim detail",
        f"Claim number{T}{clm}",
        f"Patient{T}{name}",
        f"Member ID{T}{mid}",
        f"Determination date{T}{U(nd)}",
        f"Provider{T}Willamette Valley ECT Service",
        f"Status{T}Denied", "",
        f"Date of service{T}Service{T}Billed{T}Plan paid{T}Adjustment",
        f"{U(days[0])}{T}90870 electroconvulsive treatment{T}$1,150.00{T}$0.00{T}CO-27",
        f"{U(days[0])}{T}00104 anesthesia for the treatment{T}$420.00{T}$0.00{T}CO-27",
        f"{U(days[1])}{T}90870 electroconvulsive treatment{T}$1,150.00{T}$0.00{T}CO-27",
        f"{U(days[1])}{T}00104 anesthesia for the treatment{T}$420.00{T}$0.00{T}CO-27",
        "Diagnosis: F33.3", "",
        "#Why this claim was denied",
        "CO-27: expenses incurred after coverage terminated. Our enrollment records show your coverage under the",
        "county plan ended on 09/30/2026, before these dates of service. If you believe your coverage was still in",
        "force (for example, you were on approved leave or paid a continuation premium), tell us and send proof.", "",
        "#How to appeal",
        "This plan is a government employer plan offered by Alder County to its employees. To appeal, write to the",
        "address below. See the Plan Document, Article 12, for time limits and what happens next.",
        *addr,
        "Other claims: AC-260921-00514 (09/21/2026, paid).",
        "Need help? Call 1-555-0112 or e-mail benefits@aldercounty.example",
    ]
    return dict(
        n=11, slug="county-plan-ect-coverage-ended-portal-html", lang="en", kind="html", device=None, lines=lines,
        note="FICTIONAL. A county government employees' plan denies ECT with anesthesia on 2 days (90870, 00104; F33.3) because coverage had ended 09/30 (CO-27): other (eligibility). A saved portal page with a navigation bar, a claim-detail table and a list of other claims. No window printed (it points to the Plan Document): governmental rule, 180 days. Traps: the print date 12/04/2026, the end of coverage 09/30/2026, the other claim AC-260921-00514.",
        key=dict(patient_name=name, member_id=mid, claim_number=clm, notice_date=nd, service_dates=days,
                 procedure_codes=["90870", "00104"], diagnosis_codes=["F33.3"], carc_codes=["CO-27"],
                 denial_category="other", plan_type="governmental", urgent=False),
        nd_label="Determination date", nd_printed=U(nd), sd_printed=[U(x) for x in days],
        ev_cat=["expenses incurred after coverage terminated"], ev_plan=["government employer plan"],
        ev_urgent=None, window=("rule",), addr=addr,
        traps=["12/04/2026", "09/30/2026", "AC-260921-00514"])


def c12():
    nd = d("2026-11-16"); days = [d("2026-10-20"), d("2026-10-27")]
    name, mid, clm = "Priyanka Oduya-Fairbanks", "LUS26-0098127", "AGL-7719-3302"
    basis = "within 180 days after you receive this statement"
    addr = ["Ashgrove Life & Health", "Student Plan Appeals", "PO Box 6620", "Bloomington, IN 47407-6620"]
    W = 14
    lines = [
        "ASHGROVE LIFE & HEALTH - LAKEMONT UNIVERSITY STUDENT HEALTH INSURANCE PLAN",
        "Statement of claims (this is not a bill)",
        F, "",
        f"Statement date: {MIL(nd)}",
        f"Student: {name}",
        f"ID no.: {mid}          Policy year 15-Aug-2026 to 14-Aug-2027",
        "Dates on this statement are written day-month-year.", "",
        "CLAIM          DATE          PROVIDER                   CODE    BILLED    PAID    CODES    STATUS",
        "-------------- ------------- -------------------------- ------- --------- ------- -------- -------",
        f"AGL-7719-3298  {MIL(d('2026-10-15'))}   Lakemont Counseling Center 90834    $140.00  $112.00 PR-3     PAID",
        f"{clm}  {MIL(days[0])}   Northshore Physical Therapy 20561    $95.00    $0.00 CO-96    DENIED",
        f"               {MIL(days[1])}   Northshore Physical Therapy 20561    $95.00    $0.00 CO-96    DENIED",
        "               diagnosis M79.18 on both lines",
        f"AGL-7719-3305  {MIL(d('2026-11-02'))}   Campus Health Service      99213    $180.00  $144.00 PR-2     PAID",
        "", "CO-96: the charge is not covered. The plan's list of exclusions (Part 9, item 22) leaves out dry",
        "needling and other needle treatments of muscle trigger points, whoever gives them.", "",
        "APPEALS",
        f"If you disagree with a denied claim, you or someone acting for you may appeal {basis}.",
        "Send the appeal in writing to Ashgrove Life & Health, Student Plan Appeals,",
        "PO Box 6620, Bloomington, IN 47407-6620. After our final decision you may ask for an",
        "independent external review. This plan is individual health insurance offered to students through",
        "Lakemont University. Help: 1-555-0159, studentplan@ashgrovelife.example",
    ]
    return dict(
        n=12, slug="student-plan-dry-needling-excluded-three-claim-statement-txt", lang="en", kind="txt",
        device=None, lines=lines,
        note="FICTIONAL. A student health plan's statement of three claims: two paid, one denied for dry needling on 2 days (20561; M79.18) as excluded (CO-96): not_covered. Plain text with fixed-width columns and dates written 20-Oct-2026. Window stated: 180 days after receipt. Traps: the paid claims AGL-7719-3298 (90834) and AGL-7719-3305 (99213), the policy year dates.",
        key=dict(patient_name=name, member_id=mid, claim_number=clm, notice_date=nd, service_dates=days,
                 procedure_codes=["20561"], diagnosis_codes=["M79.18"], carc_codes=["CO-96"],
                 denial_category="not_covered", plan_type="individual_aca", urgent=False),
        nd_label="Statement date:", nd_printed=MIL(nd), sd_printed=[MIL(x) for x in days],
        ev_cat=["not covered", "exclusions"], ev_plan=["STUDENT HEALTH INSURANCE PLAN", "individual health insurance"],
        ev_urgent=None, window=("days", 180, basis), addr=addr,
        traps=["AGL-7719-3298", "AGL-7719-3305", "90834", "99213", "15-Aug-2026"])


CASES = [c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12]
