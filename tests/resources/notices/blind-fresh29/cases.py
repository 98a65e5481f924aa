"""Set 29 case data (FICTIONAL). Each case gives its printed lines, its key and the anchors the self-check uses.
Lines: a leading '#' is bold; a tab separates cells (tab stops per case)."""
from datetime import date as D

MES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
       "noviembre", "diciembre"]


def us(d):
    return f"{d.month:02d}/{d.day:02d}/{d.year}"


def lg(d):
    return d.strftime("%B ") + f"{d.day}, {d.year}"


def ab(d):
    return d.strftime("%b ") + f"{d.day}, {d.year}"


def es(d):
    return f"{d.day} de {MES[d.month - 1]} de {d.year}"


def dmy(d):
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


CASES = []


def case(f):
    CASES.append(f())
    return f


FICT_EN = "FICTIONAL SAMPLE - invented people, plan and numbers - not a real notice"
FICT_ES = "MUESTRA FICTICIA - personas, plan y números inventados - no es un aviso real"


# ---------------------------------------------------------------- 01
@case
def c01():
    nd, dob = D(2026, 11, 12), D(1988, 11, 12)
    sd = [D(2026, 10, 14), D(2026, 10, 21)]
    L = [
        "#HARBORLINE HEALTH INSURANCE COMPANY", "Group Health Benefits | 1200 Wharf Road, Baltimore, MD 21202",
        FICT_EN, "",
        f"Mailing date: {lg(nd)}", "",
        "Teodoro Vasquez-Lindqvist", "88 Calvert Mews, Apt 3", "Towson, MD 21204", "",
        "#Notice of Adverse Benefit Determination",
        f"Member: Teodoro Vasquez-Lindqvist      Date of birth: {us(dob)}",
        "Member ID: HLH-557 203 918      Group: 7710-BRX (Brixmoor Logistics)",
        "Claim number: 2026 1019 4471 08",
        "",
        f"We reviewed the claim your doctor sent for ketamine infusions given on {lg(sd[0])} and",
        f"{lg(sd[1])} (procedure codes 96365 and J3490; diagnosis F33.2). We will not pay for them.",
        "Adjustment code CO-50: our reviewer, a board-certified psychiatrist, found the infusions were not",
        "medically necessary under our medical policy MP-3.114 because the records we received do not",
        "show two adequate antidepressant trials in the current episode.",
        "",
        "#Your right to appeal",
        "You or someone you name may ask us to review this decision. Your request must be made within",
        "180 days after you receive this notice. If your health would be in serious danger by waiting,",
        "ask for an expedited appeal; we will answer within 72 hours.",
        "Mail or fax your written appeal to:",
        "   Harborline Health Insurance Company",
        "   Attn: Member Appeals, Mail Stop 4-C",
        "   PO Box 30917",
        "   Baltimore, MD 21298",
        "   Fax 1-555-0142",
        "Claims for payment go to PO Box 30900; do not send appeals there.",
        "You may also have the right to an external review after our final decision, and to bring a",
        "civil action under section 502(a) of ERISA.",
        "Questions? Member Services 1-555-0147 (TTY 711), harborline.example",
    ]
    return dict(n=1, slug="employer-insured-ketamine-necessity-rolling-shutter-photo", lang="en", kind="jpg",
                device="rolling_shutter", lines=L,
                key=dict(patient_name="Teodoro Vasquez-Lindqvist", member_id="HLH-557 203 918",
                         claim_number="2026 1019 4471 08", notice_date=nd, service_dates=sd,
                         procedure_codes=["96365", "J3490"], diagnosis_codes=["F33.2"], carc_codes=["CO-50"],
                         denial_category="medical_necessity", plan_type="employer_erisa", urgent=False),
                nd_label="Mailing date:", nd_print=lg(nd), sd_print=[lg(x) for x in sd],
                window=("days", 180, "within 180 days after you receive this notice"),
                addr=["Harborline Health Insurance Company", "Attn: Member Appeals, Mail Stop 4-C", "PO Box 30917",
                      "Baltimore, MD 21298"],
                traps=[us(dob), "PO Box 30900", "7710-BRX", "72 hours"],
                evidence=["CO-50", "medically necessary", "ERISA"],
                note="An insured employer plan (ERISA) denies two ketamine infusions as not medically necessary. "
                     "Photographed with a phone whose rolling shutter wobbled: each row is shifted sideways by a "
                     "slow wave, as if the hand shook during the read-out.")


# ---------------------------------------------------------------- 02
@case
def c02():
    nd = D(2026, 11, 3)
    sd = [D(2026, 10, 5), D(2026, 10, 6), D(2026, 10, 7)]
    L = [
        "#PINNACLE BENEFIT ADMINISTRATORS, INC.", "Third-party administrator for the plan named below",
        FICT_EN, "",
        "#EXPLANATION OF BENEFITS - THIS IS NOT A BILL",
        "Plan: Ostrander Foundry Employees' Health Plan (self-funded)",
        "Participant: Walter Okonkwo-Reyes      Patient: Miriam Okonkwo-Reyes (spouse)",
        "Participant ID: OFE-20417-01      Patient ID: OFE-20417-02",
        f"Date issued: {ab(nd)}      Claim #: PBA-26-0871150",
        "",
        "#Service\tDate\tCode\tDiagnosis\tBilled\tPaid\tAdj.",
        f"TMS treatment session 31\t{us(sd[0])}\t90868\tF33.1\t$310.00\t$0.00\tCO-119",
        f"TMS treatment session 32\t{us(sd[1])}\t90868\tF33.1\t$310.00\t$0.00\tCO-119",
        f"TMS treatment session 33\t{us(sd[2])}\t90868\tF33.1\t$310.00\t$0.00\tCO-119",
        "",
        "CO-119: The plan pays for up to 30 TMS sessions each plan year. Sessions 1 to 30 were paid",
        "earlier this year (claims PBA-26-0655012 and PBA-26-0712244).",
        "",
        "#How to appeal",
        "If you disagree, you may file an appeal. See the time limits and your rights in the Summary Plan",
        "Description, section 9. Send a written appeal, with any records that support it, to:",
        "Ostrander Foundry Employees' Health Plan, c/o Pinnacle Benefit Administrators,",
        "Appeals Department, 4400 Commerce Parkway, Suite 210, Columbus, OH 43219.",
        "This plan is governed by ERISA. Provider billing questions: 1-555-0163.",
        "Pinnacle Benefit Administrators, PO Box 7001, Dublin, OH 43017 (correspondence only).",
    ]
    return dict(n=2, slug="self-funded-tpa-tms-session-cap-pen-on-page-photo", lang="en", kind="jpg",
                device="pen", lines=L, tabs=[0, 420, 610, 730, 900, 1060, 1210],
                key=dict(patient_name="Miriam Okonkwo-Reyes", member_id="OFE-20417-02",
                         claim_number="PBA-26-0871150", notice_date=nd, service_dates=sd,
                         procedure_codes=["90868"], diagnosis_codes=["F33.1"], carc_codes=["CO-119"],
                         denial_category="benefit_limit", plan_type="employer_erisa", urgent=False),
                nd_label="Date issued:", nd_print=ab(nd), sd_print=[us(x) for x in sd],
                window=("rule",),
                addr=["Ostrander Foundry Employees' Health Plan", "c/o Pinnacle Benefit Administrators",
                      "Appeals Department", "4400 Commerce Parkway", "Suite 210", "Columbus, OH 43219"],
                traps=["Walter Okonkwo-Reyes", "OFE-20417-01", "PBA-26-0655012", "PO Box 7001"],
                evidence=["CO-119", "self-funded", "ERISA"],
                note="A self-funded employer plan's TPA EOB: TMS sessions 31-33 past the 30-session yearly cap "
                     "(CO-119, benefit_limit); no window printed, so the ERISA rule. Photographed on a desk with a "
                     "ballpoint pen lying across the lower page and its shadow.")


# ---------------------------------------------------------------- 03
@case
def c03():
    nd = D(2026, 11, 18)
    sd = [D(2026, 11, 2), D(2026, 11, 3), D(2026, 11, 4), D(2026, 11, 5)]
    dl = D(2027, 5, 17)
    L = [
        "#BLUE MESA HEALTH PLAN OF NEW MEXICO", "Individual & Family Plans sold on the Marketplace",
        FICT_EN, "",
        "Letter date: 11/18/2026",
        "",
        "To: Priyanka Halvorsen-Adeyemi",
        "Subscriber number: BMX 8812 4470 3",
        "Reference (claim): 26M-4470-3391",
        "",
        "Dear Priyanka Halvorsen-Adeyemi:",
        "",
        "Your provider, Rio Grande Behavioral Center, billed us for intensive outpatient program days",
        f"on {us(sd[0])}, {us(sd[1])}, {us(sd[2])} and {us(sd[3])} (HCPCS S9480, diagnosis F41.1).",
        "Your plan requires prior authorization for this program, and none was on file for these",
        "dates, so the claim was denied with code CO-197. This is not a decision that the care was",
        "not needed; the provider may still ask us to review it with the clinical records.",
        "",
        "#If you want to appeal",
        f"Your appeal must reach us by {lg(dl)}. You can call 1-555-0128 to ask for an",
        "appeal by phone, or write to:",
        "",
        "Blue Mesa Health Plan, Grievance and Appeals Unit",
        "PO Box 27805",
        "Albuquerque, NM 87125-7805",
        "",
        "After our internal appeal you may ask for an external review within 4 months.",
        "Your date of birth on file: 02/14/1994. Member services: bluemesa.example",
    ]
    return dict(n=3, slug="marketplace-iop-no-authorization-sun-bleached-half-scan", lang="en", kind="png",
                device="sun_bleached", lines=L,
                key=dict(patient_name="Priyanka Halvorsen-Adeyemi", member_id="BMX 8812 4470 3",
                         claim_number="26M-4470-3391", notice_date=nd, service_dates=sd,
                         procedure_codes=["S9480"], diagnosis_codes=["F41.1"], carc_codes=["CO-197"],
                         denial_category="prior_authorization", plan_type="individual_aca", urgent=False),
                nd_label="Letter date:", nd_print=us(nd), sd_print=[us(x) for x in sd],
                window=("date", dl, f"Your appeal must reach us by {lg(dl)}"),
                addr=["Blue Mesa Health Plan", "Grievance and Appeals Unit", "PO Box 27805",
                      "Albuquerque, NM 87125-7805"],
                traps=["02/14/1994", "4 months"],
                evidence=["CO-197", "prior authorization", "Marketplace"],
                note="A Marketplace plan denies 4 IOP days for lack of prior authorization (CO-197). The deadline "
                     "is stated as a date. Scanned in colour after the page lay half in a sunny window: the left "
                     "half is bleached and yellowed, the text there faded.")


# ---------------------------------------------------------------- 04
@case
def c04():
    nd = D(2026, 11, 24)
    L = [
        "#SILVER CREST MEDICARE ADVANTAGE (HMO)", "A fictional Medicare Advantage plan",
        FICT_EN, "",
        "#NOTICE OF DENIAL OF MEDICAL COVERAGE",
        f"Date: {lg(nd)}", "",
        "Name: Ruth Ann Castellanos-Pike",
        "Member number: SCM0093318217",
        "Medicare Number: 4TK9-QX2-MM71",
        "Case number: PA-2611-88420",
        "",
        "#We have DENIED the medical service listed below",
        "You or your doctor asked us to approve esketamine nasal spray treatment in your doctor's office",
        "(HCPCS G2083 and S0013, diagnosis F33.2). Because your doctor said waiting could seriously",
        "harm your health, we made a fast (expedited) decision on your request.",
        "Why: our coverage rules ask that members first try two other antidepressants from different",
        "classes and a course of psychotherapy before this treatment. Our records show one such trial.",
        "This is a step therapy requirement.",
        "",
        "#You have the right to appeal our decision",
        "You must ask for an appeal within 65 calendar days from the date of this notice.",
        "We can give you a fast appeal, answered within 72 hours, if waiting could hurt your health.",
        "Send your written appeal to:  Silver Crest Medicare Advantage, Appeals & Grievances",
        "Department, 900 Lakeshore Drive, Floor 6, Cleveland, OH 44114. Fast appeals: call 1-555-0110.",
        "",
        "If we say no again, your case goes to an independent review entity automatically.",
    ]
    return dict(n=4, slug="medicare-advantage-spravato-step-therapy-expedited-water-droplets-photo", lang="en",
                kind="jpg", device="droplets", lines=L,
                key=dict(patient_name="Ruth Ann Castellanos-Pike", member_id="SCM0093318217",
                         claim_number="PA-2611-88420", notice_date=nd,
                         procedure_codes=["G2083", "S0013"], diagnosis_codes=["F33.2"],
                         denial_category="step_therapy", plan_type="medicare_advantage", urgent=True),
                nd_label="Date:", nd_print=lg(nd), sd_print=[],
                window=("days", 65, "within 65 calendar days from the date of this notice"),
                addr=["Silver Crest Medicare Advantage", "Appeals & Grievances Department", "900 Lakeshore Drive",
                      "Floor 6", "Cleveland, OH 44114"],
                traps=["4TK9-QX2-MM71", "72 hours"],
                evidence=["step therapy", "Medicare Advantage", "fast (expedited) decision"],
                note="A Medicare Advantage HMO's expedited pre-service denial of Spravato for step therapy. No "
                     "dates of service and no CARC. Photographed on a glossy page beaded with water droplets that "
                     "magnify and brighten the words under them.")


# ---------------------------------------------------------------- 05
@case
def c05():
    nd = D(2026, 11, 9)
    sd = [D(2026, 9, 29), D(2026, 10, 1), D(2026, 10, 6)]
    dl = D(2027, 3, 9)
    L = [
        "#Medicare Summary Notice for Part B (Medical Insurance)",
        FICT_EN,
        "#The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services",
        "",
        "Cornelius Abernathy-Soto",
        "Medicare Number  XXXX-XX7-WQ84      full number: 8WQ2-HT5-WQ84",
        f"This notice is for claims processed from August 10, 2026 to {lg(nd)}",
        f"Notice date: {lg(nd)}",
        "",
        "#Your claims for this period",
        f"Claim number 26-31244-087-110, received 10/14/2026, from Lakeview Psychiatric Associates",
        "#Service\tCode\tDate\tApproved?\tYou may be billed",
        f"Electroconvulsive therapy\t90870\t{us(sd[0])}\tNo (see A)\t$0.00",
        f"Electroconvulsive therapy\t90870\t{us(sd[1])}\tNo (see A)\t$0.00",
        f"Electroconvulsive therapy\t90870\t{us(sd[2])}\tNo (see A)\t$0.00",
        "Diagnosis on this claim: F33.3",
        "Claim number 26-30097-112-004, from Lakeview Psychiatric Associates",
        "Office visit\t99214\t09/15/2026\tYes\t$38.20",
        "",
        "A  Medicare does not pay for services that are not reasonable and necessary for your condition.",
        "",
        "#If you disagree with a decision",
        f"You can file an appeal. Appeals must be filed by {lg(dl)}.",
        "Circle the services you disagree with, explain why, sign, and send this notice to:",
        "Medicare Part B Redeterminations, Lakes Region Contractor, PO Box 6142, Indianapolis, IN 46206",
        "Phone 1-555-0181.",
    ]
    return dict(n=5, slug="original-medicare-msn-ect-necessity-clipboard-photo", lang="en", kind="jpg",
                device="clipboard", lines=L, tabs=[0, 520, 680, 900, 1140],
                key=dict(patient_name="Cornelius Abernathy-Soto", member_id="8WQ2-HT5-WQ84",
                         claim_number="26-31244-087-110", notice_date=nd, service_dates=sd,
                         procedure_codes=["90870"], diagnosis_codes=["F33.3"],
                         denial_category="medical_necessity", plan_type="medicare", urgent=False),
                nd_label="Notice date:", nd_print=lg(nd), sd_print=[us(x) for x in sd],
                window=("date", dl, f"Appeals must be filed by {lg(dl)}"),
                addr=["Medicare Part B Redeterminations", "Lakes Region Contractor", "PO Box 6142",
                      "Indianapolis, IN 46206"],
                traps=["26-30097-112-004", "99214", "09/15/2026", "August 10, 2026", "10/14/2026"],
                evidence=["not reasonable and necessary", "Medicare Summary Notice"],
                note="An Original Medicare summary notice of two claims: three ECT days not reasonable and "
                     "necessary, one office visit paid. No CARC. Photographed held on a brown clipboard whose "
                     "metal clip covers the top of the page.")


# ---------------------------------------------------------------- 06
@case
def c06():
    nd = D(2026, 11, 27)
    L = [
        "#RIVERSTONE RX (PDP)", "Medicare Prescription Drug Plan - pharmacy benefits by ClearScript PBM",
        FICT_EN, "",
        "#Notice of Denial of Medicare Prescription Drug Coverage",
        f"Date: {us(nd)}",
        "",
        "Enrollee's name: Harriet Moczygemba",
        "Enrollee ID: RSR-400-731-622",
        "Coverage determination number: CD26-1127-00915",
        "Medicare Number (for your records): 2PN7-WE3-KT40",
        "",
        "We have denied your request for milnacipran 50 mg tablets for fibromyalgia pain.",
        "This drug is not on our Drug List (formulary) and you have not shown that the drugs on our",
        "Drug List for this condition would not work for you or would harm you.",
        "We made this decision under our standard timeframe (72 hours).",
        "",
        "#Your right to ask for a redetermination (appeal)",
        "You have 65 days from the date of this notice to ask us for a redetermination.",
        "You, your prescriber or your representative may ask. Mail, fax or deliver your request to:",
        "Riverstone Rx, Attn: Part D Redeterminations, 2100 Meridian Avenue, Suite 400,",
        "Tampa, FL 33602.   Fax: 1-555-0139.",
        "You may also ask for a formulary exception; your prescriber's statement supports it.",
        "Questions: 1-555-0133 (TTY 711), riverstonerx.example",
    ]
    return dict(n=6, slug="part-d-milnacipran-off-formulary-text-pdf", lang="en", kind="pdf", device=None,
                lines=L,
                key=dict(patient_name="Harriet Moczygemba", member_id="RSR-400-731-622",
                         claim_number="CD26-1127-00915", notice_date=nd,
                         denial_category="not_covered", plan_type="medicare_part_d", urgent=False),
                nd_label="Date:", nd_print=us(nd), sd_print=[],
                window=("days", 65, "You have 65 days from the date of this notice"),
                addr=["Riverstone Rx", "Attn: Part D Redeterminations", "2100 Meridian Avenue", "Suite 400",
                      "Tampa, FL 33602"],
                traps=["2PN7-WE3-KT40", "72 hours"],
                evidence=["not on our Drug List", "Medicare Prescription Drug Plan"],
                note="A Part D plan (via a PBM) refuses a drug not on its Drug List: not_covered; standard, not "
                     "urgent. No codes and no dates of service. A text PDF.")


# ---------------------------------------------------------------- 07
@case
def c07():
    nd, dob = D(2026, 11, 16), D(2009, 11, 16)
    sd = [D(2026, 10, 26), D(2026, 10, 27), D(2026, 10, 28), D(2026, 10, 29), D(2026, 10, 30)]
    L = [
        "#BUCKEYE COMMUNITY CARE - OHIO MEDICAID MANAGED CARE", FICT_EN, "",
        "#NOTICE OF ADVERSE BENEFIT DETERMINATION",
        "Date of notice\t" + us(nd),
        "Member\tKenji Abdullahi-Marsh",
        "Date of birth\t" + us(dob),
        "Medicaid ID\t1170 4429 8815",
        "Claim\t26OH-PHP-551902",
        "Provider\tScioto Valley Partial Hospital",
        "",
        "#What we decided",
        "We will not pay for partial hospitalization days from " + us(sd[0]) + " through " + us(sd[-1]) + ".",
        "Codes: H0035 x 5 days; diagnosis F31.4. Adjustment: CO-50.",
        "Why: our doctor found the care was not medically necessary. The records show your son could",
        "be treated safely in an intensive outpatient program, a lower level of care.",
        "",
        "#Your appeal rights",
        "You can appeal to us within 60 calendar days from the date on this notice.",
        "If you want your services to continue, appeal within 10 days.",
        "After the plan's appeal, you may ask for a state hearing within 120 days.",
        "Mail appeals to: Buckeye Community Care, Appeals Department, 77 East Broad Street,",
        "Columbus, OH 43215. Or call 1-555-0150.",
    ]
    return dict(n=7, slug="medicaid-mco-php-lower-level-sticky-note-scan", lang="en", kind="png",
                device="sticky_note", lines=L, tabs=[0, 380],
                key=dict(patient_name="Kenji Abdullahi-Marsh", member_id="1170 4429 8815",
                         claim_number="26OH-PHP-551902", notice_date=nd, service_dates=sd,
                         procedure_codes=["H0035"], diagnosis_codes=["F31.4"], carc_codes=["CO-50"],
                         denial_category="medical_necessity", plan_type="medicaid", urgent=False),
                nd_label="Date of notice", nd_print=us(nd), sd_print=[us(sd[0]), us(sd[-1])],
                window=("days", 60, "within 60 calendar days from the date on this notice"),
                addr=["Buckeye Community Care", "Appeals Department", "77 East Broad Street", "Columbus, OH 43215"],
                traps=[us(dob), "10 days", "120 days"],
                evidence=["CO-50", "not medically necessary", "Medicaid"],
                note="An Ohio Medicaid managed-care plan denies 5 PHP days (a range 'from ... through ...') as "
                     "not necessary, a lower level would do. The teen's DOB shares the notice's day and month. "
                     "Scanned in grey with a yellow sticky note stuck over the top right corner, handwritten.")


# ---------------------------------------------------------------- 08
@case
def c08():
    nd = D(2026, 11, 5)
    sd = [D(2026, 9, 22), D(2026, 9, 29), D(2026, 10, 6)]
    L = [
        "#FRONT RANGE KIDS CARE (CHIP)", "Colorado's Child Health Plan Plus - a fictional plan", FICT_EN, "",
        "#Claim facts\t#Member facts",
        f"Notice date: {lg(nd)}\tChild: Sofia Bergstrom-Nakamura",
        "Claim no.: FRK 2609 7714\tMember ID: CHP+ 44810-72",
        "Provider: Peak Path Counseling LLC\tParent: Elena Bergstrom (PH 555-0117)",
        "",
        "Dear parent or guardian of Sofia Bergstrom-Nakamura,",
        "",
        f"We received a claim for counseling sessions on {us(sd[0])}, {us(sd[1])} and {us(sd[2])} "
        "(CPT 90834; diagnosis F43.23). Peak Path Counseling is not in our provider network, and your "
        "child's plan covers care outside the network only in an emergency or with our approval. The "
        "claim was denied (CO-242).",
        "",
        "#How to appeal",
        "You have 60 days from the date of this notice to file an appeal with us. Send it to Front Range "
        "Kids Care, Attn: Appeals Coordinator, 1600 Sherman Street, Room 310, Denver, CO 80203, or call "
        "1-555-0172.",
        "If our answer is still no, you may ask the state to review our decision.",
    ]
    return dict(n=8, slug="chip-counseling-out-of-network-two-column-docx", lang="en", kind="docx", device=None,
                lines=L,
                key=dict(patient_name="Sofia Bergstrom-Nakamura", member_id="CHP+ 44810-72",
                         claim_number="FRK 2609 7714", notice_date=nd, service_dates=sd,
                         procedure_codes=["90834"], diagnosis_codes=["F43.23"], carc_codes=["CO-242"],
                         denial_category="out_of_network", plan_type="chip", urgent=False),
                nd_label="Notice date:", nd_print=lg(nd), sd_print=[us(x) for x in sd],
                window=("days", 60, "You have 60 days from the date of this notice"),
                addr=["Front Range Kids Care", "Attn: Appeals Coordinator", "1600 Sherman Street", "Room 310",
                      "Denver, CO 80203"],
                traps=["Elena Bergstrom"],
                evidence=["CO-242", "not in our provider network", "Child Health Plan Plus"],
                note="A separate CHIP plan (Colorado) denies out-of-network counseling; a Word letter with a "
                     "two-column header table (claim facts | member facts) and the facts in sentences.")


# ---------------------------------------------------------------- 09
@case
def c09():
    nd = D(2026, 10, 30)
    sd = [D(2026, 9, 14), D(2026, 9, 17)]
    dl = D(2027, 4, 30)
    L = [
        "#FEDERAL EMPLOYEES GUARDIAN HEALTH PLAN", "An FEHB Program carrier (fictional)", FICT_EN, "",
        "Decision date: October 30, 2026",
        "",
        "Enrollee: Lt. Col. (ret.) Abigail Fairweather-Osei",
        "Patient: Abigail Fairweather-Osei",
        "ID number: FGH 6620318-00",
        "Claim: 26-FG-7731940",
        "",
        "#Re: your claim for ketamine infusions",
        f"Dates of service: {us(sd[0])} and {us(sd[1])}. Codes 96365, 96366 and J3490.",
        "Diagnosis: F43.12 (long-lasting post-traumatic stress disorder).",
        "We do not cover these infusions: intravenous ketamine for PTSD is experimental or",
        "investigational under the plan brochure, section 6, because its safety and benefit for this",
        "use are not yet shown in reliable studies. Adjustment CO-55.",
        "",
        "#Reconsideration",
        "You may ask us in writing to reconsider our decision within 6 months from the date of this",
        "decision. Write to: Guardian Health Plan, FEHB Reconsiderations, PO Box 48120,",
        "Alexandria, VA 22313.",
        "If we uphold the denial, you may ask OPM to review it within 90 days of our decision.",
        "Guardian Health Plan, 3 Capitol Court, Washington, DC 20001 (offices, not for appeals).",
    ]
    return dict(n=9, slug="fehb-ketamine-ptsd-experimental-paper-clip-image-pdf", lang="en", kind="ipdf",
                device="paper_clip", lines=L,
                key=dict(patient_name="Abigail Fairweather-Osei", member_id="FGH 6620318-00",
                         claim_number="26-FG-7731940", notice_date=nd, service_dates=sd,
                         procedure_codes=["96365", "96366", "J3490"], diagnosis_codes=["F43.12"],
                         carc_codes=["CO-55"], denial_category="experimental_investigational", plan_type="fehb",
                         urgent=False),
                nd_label="Decision date:", nd_print="October 30, 2026", sd_print=[us(x) for x in sd],
                window=("months", 6, "within 6 months from the date of this\ndecision"),
                addr=["Guardian Health Plan", "FEHB Reconsiderations", "PO Box 48120", "Alexandria, VA 22313"],
                traps=["90 days", "3 Capitol Court"],
                evidence=["CO-55", "experimental or", "FEHB"],
                note="An FEHB carrier calls IV ketamine for PTSD experimental. The window, 6 calendar months, "
                     "wraps over a line end. An image-only PDF of a grey scan with a paper clip left on the top "
                     "right corner (the clip and its shadow scanned).")


# ---------------------------------------------------------------- 10
@case
def c10():
    nd = D(2026, 11, 19)
    sd = [D(2026, 10, 8)]
    L = [
        "TRICARE EAST - MEDICAL CLAIM DECISION (fictional regional contractor: Atlantic Health Partners)",
        FICT_EN, "",
        f"Date of this notice: {lg(nd)}",
        "Beneficiary: Marcus Delgado-Whitfield (family member)",
        "Sponsor: SSgt Luis Delgado, DoD ID 1387745590",
        "DoD Benefits Number (beneficiary): 30519 88421 7",
        "Claim number: TE26 3114 0922",
        "",
        f"Service: genicular nerve block, knee, on {us(sd[0])}, code 64454 billed without the",
        "side modifier; diagnosis M17.11. Denied: the procedure code is inconsistent with the",
        "modifier used or a required modifier is missing (CO-4).",
        "",
        "You may request a reconsideration. Your request must be postmarked or received within 90 days",
        "from the date of this notice. Send it to: Atlantic Health Partners, TRICARE East",
        "Reconsiderations, PO Box 870144, Charleston, SC 29423.",
        "Do not send requests to our claims office (PO Box 870100).",
    ]
    return dict(n=10, slug="tricare-genicular-block-modifier-forwarded-email", lang="en", kind="eml", device=None,
                lines=L,
                key=dict(patient_name="Marcus Delgado-Whitfield", member_id="30519 88421 7",
                         claim_number="TE26 3114 0922", notice_date=nd, service_dates=sd,
                         procedure_codes=["64454"], diagnosis_codes=["M17.11"], carc_codes=["CO-4"],
                         denial_category="coding_billing", plan_type="tricare", urgent=False),
                nd_label="Date of this notice:", nd_print=lg(nd), sd_print=[us(x) for x in sd],
                window=("days", 90, "within 90 days\nfrom the date of this notice"),
                addr=["Atlantic Health Partners", "TRICARE East", "Reconsiderations", "PO Box 870144",
                      "Charleston, SC 29423"],
                traps=["1387745590", "PO Box 870100", "Luis Delgado"],
                evidence=["CO-4", "modifier", "TRICARE"],
                note="A TRICARE claim decision pasted into an e-mail by the patient's wife and forwarded to an "
                     "advocate, plain text, quoted with '> '. Date headers Dec 1 and Nov 20 are traps.")


# ---------------------------------------------------------------- 11
@case
def c11():
    nd = D(2026, 11, 10)
    sd = [D(2025, 1, 13), D(2025, 1, 20), D(2025, 1, 27)]
    L = [
        "#Lutheran Fellowship Benefit Plan - member portal", FICT_EN,
        "Claim detail", "Notice posted: 11/10/2026",
        "Member: Gretchen Oyelaran-Voss",
        "Member number: LFB 33-0918-77",
        "Claim ID: LF-2501-99807",
        "Provider: Northshore Group Therapy",
        "#Line\tDate\tService\tCode\tDx\tStatus",
        f"1\t{us(sd[0])}\tgroup therapy\t90853\tF33.1\tDenied CO-29",
        f"2\t{us(sd[1])}\tgroup therapy\t90853\tF33.1\tDenied CO-29",
        f"3\t{us(sd[2])}\tgroup therapy\t90853\tF33.1\tDenied CO-29",
        "Reason: the claim reached us after the plan's 12-month filing limit.",
        "Our church plan is not subject to ERISA.",
        "To appeal, send a written request to Lutheran Fellowship Benefit Plan, Claims Review Committee,",
        "500 Concordia Avenue, St. Paul, MN 55104. See your Summary of Benefits for time limits.",
        "Page printed 12/05/2026",
    ]
    return dict(n=11, slug="church-plan-group-therapy-late-filing-portal-html", lang="en", kind="html", device=None,
                lines=L,
                key=dict(patient_name="Gretchen Oyelaran-Voss", member_id="LFB 33-0918-77",
                         claim_number="LF-2501-99807", notice_date=nd, service_dates=sd,
                         procedure_codes=["90853"], diagnosis_codes=["F33.1"], carc_codes=["CO-29"],
                         denial_category="timely_filing", plan_type="church", urgent=False),
                nd_label="Notice posted:", nd_print=us(nd), sd_print=[us(x) for x in sd],
                window=("rule",),
                addr=["Lutheran Fellowship Benefit Plan", "Claims Review Committee", "500 Concordia Avenue",
                      "St. Paul, MN 55104"],
                traps=["12/05/2026", "12-month"],
                evidence=["CO-29", "filing limit", "church plan"],
                note="A church plan's portal page: group therapy in January 2025 denied as filed late (CO-29). "
                     "No window printed: the church-plan rule. Print date is a trap. Saved HTML with tables.")


# ---------------------------------------------------------------- 12
@case
def c12():
    nd = D(2026, 11, 23)
    sd = [D(2026, 10, 19)]
    L = [
        "#UNIVERSITY OF THE CASCADES STUDENT HEALTH INSURANCE PLAN", "Underwritten by Evergreen Mutual (fictional)",
        FICT_EN, "",
        "#STATEMENT OF CLAIMS", f"Statement date: {lg(nd)}",
        "Student: Dashiell Kowalczyk-Ibe      Student ID / member: UCS-0048817-S",
        "",
        "#Claim\tDate\tService\tCode\tDx\tPaid\tNote",
        "26-5508-101\t10/06/2026\tphysical therapy\t97110\tM54.16\t$61.20\tPR-3",
        f"26-5508-140\t{us(sd[0])}\tepidural injection\t62323\tM54.16\t$0.00\tCO-22",
        "26-5508-177\t10/27/2026\tphysical therapy\t97110\tM54.16\t$61.20\tPR-3",
        "",
        "Claim 26-5508-140: our records show you are also covered by a parent's employer plan, which",
        "pays first. Send us that plan's explanation of benefits, or tell us the other coverage ended.",
        "",
        "#Appeals",
        "You may appeal within 180 days after you receive this statement. Write to Evergreen Mutual,",
        "Student Plan Appeals, 2201 Alaskan Way, Suite 1200, Seattle, WA 98121.",
    ]
    return dict(n=12, slug="student-plan-epidural-other-coverage-gingham-photo", lang="en", kind="jpg",
                device="gingham", lines=L, tabs=[0, 230, 430, 750, 880, 1040, 1200],
                key=dict(patient_name="Dashiell Kowalczyk-Ibe", member_id="UCS-0048817-S",
                         claim_number="26-5508-140", notice_date=nd, service_dates=sd,
                         procedure_codes=["62323"], diagnosis_codes=["M54.16"], carc_codes=["CO-22"],
                         denial_category="coordination_of_benefits", plan_type="individual_aca", urgent=False),
                nd_label="Statement date:", nd_print=lg(nd), sd_print=[us(x) for x in sd],
                window=("days", 180, "within 180 days after you receive this statement"),
                addr=["Evergreen Mutual", "Student Plan Appeals", "2201 Alaskan Way", "Suite 1200",
                      "Seattle, WA 98121"],
                traps=["26-5508-101", "26-5508-177", "97110", "PR-3"],
                evidence=["CO-22", "pays first", "STUDENT HEALTH INSURANCE PLAN"],
                note="A student plan's statement of 3 claims; the middle one (an epidural, 62323) is denied as "
                     "other coverage first (CO-22). Photographed on a red gingham tablecloth, turned a little.")


# ================================================================ Spanish
@case
def c13():
    nd, dob = D(2026, 11, 13), D(1975, 4, 2)
    sd = [D(2026, 10, 20), D(2026, 10, 23)]
    L = [
        "#SALUD DEL DESIERTO - PLAN DE MEDICAID DE NUEVO MÉXICO (Turquoise Care)", FICT_ES, "",
        "#AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS",
        f"Fecha del aviso: {es(nd)}",
        "Afiliado(a): Inés Quiñones-Barragán",
        f"Fecha de nacimiento: {us(dob)}",
        "Número de Medicaid: NM-330 518 2207",
        "Número de reclamo: SD-26-114-5082",
        "",
        f"Revisamos el reclamo por el tratamiento con esketamina nasal del {es(sd[0])} y",
        f"del {es(sd[1])} (códigos G2082 y S0013; diagnóstico F33.2). Código CO-50.",
        "Decidimos no pagarlo porque no es médicamente necesario: el expediente no muestra que",
        "usted haya probado dos antidepresivos a dosis adecuadas en este episodio.",
        "",
        "#Su derecho a apelar",
        "Puede apelar ante nosotros dentro de 60 días a partir de la fecha de este aviso.",
        "Si no está de acuerdo con nuestra respuesta, puede pedir una audiencia imparcial estatal",
        "dentro de 120 días. Envíe su apelación a: Salud del Desierto, Atención: Unidad de",
        "Apelaciones, 1400 Avenida Central SW, Albuquerque, NM 87102. Teléfono 1-555-0193.",
    ]
    return dict(n=13, slug="medicaid-mco-esketamina-necesidad-papel-ondulado-tiff", lang="es", kind="tif",
                device="cockled", lines=L,
                key=dict(patient_name="Inés Quiñones-Barragán", member_id="NM-330 518 2207",
                         claim_number="SD-26-114-5082", notice_date=nd, service_dates=sd,
                         procedure_codes=["G2082", "S0013"], diagnosis_codes=["F33.2"], carc_codes=["CO-50"],
                         denial_category="medical_necessity", plan_type="medicaid", urgent=False),
                nd_label="Fecha del aviso:", nd_print=es(nd), sd_print=[es(x) for x in sd],
                window=("days", 60, "dentro de 60 días a partir de la fecha de este aviso"),
                addr=["Salud del Desierto", "Atención: Unidad de\nApelaciones", "1400 Avenida Central SW",
                      "Albuquerque, NM 87102"],
                traps=[us(dob), "120 días"],
                evidence=["CO-50", "médicamente necesario", "Medicaid"],
                note="A New Mexico Medicaid managed-care notice in Spanish: esketamine on 2 days not necessary. "
                     "DOB printed in US order. Scanned grey TIFF of a page cockled by humidity: waves across the "
                     "sheet, with shading.")


@case
def c14():
    nd = D(2026, 11, 6)
    sd = [D(2026, 10, 12), D(2026, 10, 13), D(2026, 10, 14)]
    dl = D(2027, 1, 10)
    L = [
        "#PLAN SOLARIS MEDICARE ADVANTAGE (PPO)", FICT_ES, "",
        "#Aviso de denegación de pago",
        f"Fecha de la carta: {es(nd)}",
        "Nombre del miembro: Aurelio Santillán-Ochoa",
        "Número de miembro: PSM 7720 4415 09",
        "Número de Medicare: 9RT3-MC1-HH52",
        "Número de reclamo: 2610-PS-339127",
        "",
        f"Servicios: estimulación magnética transcraneal (90868) el {dmy(sd[0])}, {dmy(sd[1])} y "
        f"{dmy(sd[2])} (las fechas de esta carta son DD/MM/AAAA). Diagnóstico F33.1.",
        "Código de ajuste CO-119: su plan cubre hasta 36 sesiones por año y ya se pagaron 36.",
        "",
        "#Cómo apelar",
        f"Debe pedir la reconsideración a más tardar el {es(dl)}.",
        "Envíe su solicitud a: Plan Solaris, Departamento de Apelaciones, 2500 Avenida Tamarindo,",
        "Suite 300, Miami, FL 33125. Fax 1-555-0108.",
        "Si mantenemos la decisión, su caso pasará a una entidad de revisión independiente.",
    ]
    return dict(n=14, slug="medicare-advantage-emt-limite-sesiones-dos-columnas-pdf-texto", lang="es", kind="pdf2",
                device=None, lines=L,
                key=dict(patient_name="Aurelio Santillán-Ochoa", member_id="PSM 7720 4415 09",
                         claim_number="2610-PS-339127", notice_date=nd, service_dates=sd,
                         procedure_codes=["90868"], diagnosis_codes=["F33.1"], carc_codes=["CO-119"],
                         denial_category="benefit_limit", plan_type="medicare_advantage", urgent=False),
                nd_label="Fecha de la carta:", nd_print=es(nd), sd_print=[dmy(x) for x in sd],
                window=("date", dl, f"a más tardar el {es(dl)}"),
                addr=["Plan Solaris", "Departamento de Apelaciones", "2500 Avenida Tamarindo", "Suite 300",
                      "Miami, FL 33125"],
                traps=["9RT3-MC1-HH52", "36 sesiones"],
                evidence=["CO-119", "MEDICARE ADVANTAGE"],
                note="A Medicare Advantage PPO in Spanish: TMS sessions past a 36-session yearly cap (CO-119, "
                     "benefit_limit), dates day first as the letter says, deadline stated as a date. Text PDF in "
                     "two columns.")


@case
def c15():
    nd = D(2026, 11, 20)
    sd = [D(2026, 10, 2), D(2026, 10, 9)]
    L = [
        "#Cobertura Sol Naciente - Plan del Mercado de Seguros", FICT_ES,
        f"Fecha de emisión: {es(nd)}",
        "Asegurado(a): Beatriz Ordóñez-Lamberti",
        "Identificación de miembro: CSN-5521-0390-02",
        "Número de reclamo: R 2611 0045 7783",
        f"Fechas de servicio: {es(sd[0])} y {es(sd[1])}",
        "Código: 90837   Diagnóstico: F41.1   Ajuste: CO-16",
        "Motivo: al reclamo le falta información: el número de licencia del terapeuta no es válido. "
        "Su proveedor puede enviar un reclamo corregido.",
        "Tiene 180 días desde que recibe este aviso para apelar.",
        "Dirección para apelaciones: Cobertura Sol Naciente, Atención: Apelaciones de Miembros, "
        "PO Box 55210, Phoenix, AZ 85072.",
    ]
    return dict(n=15, slug="mercado-psicoterapia-reclamo-incompleto-correo-html", lang="es", kind="eml_html",
                device=None, lines=L,
                key=dict(patient_name="Beatriz Ordóñez-Lamberti", member_id="CSN-5521-0390-02",
                         claim_number="R 2611 0045 7783", notice_date=nd, service_dates=sd,
                         procedure_codes=["90837"], diagnosis_codes=["F41.1"], carc_codes=["CO-16"],
                         denial_category="coding_billing", plan_type="individual_aca", urgent=False),
                nd_label="Fecha de emisión:", nd_print=es(nd), sd_print=[es(x) for x in sd],
                window=("days", 180, "Tiene 180 días desde que recibe este aviso para apelar"),
                addr=["Cobertura Sol Naciente", "Atención: Apelaciones de Miembros", "PO Box 55210",
                      "Phoenix, AZ 85072"],
                traps=[],
                evidence=["CO-16", "falta información", "Mercado de Seguros"],
                note="A Marketplace plan's e-mail in Spanish (HTML, quoted-printable, encoded subject): "
                     "psychotherapy claim missing information (CO-16). The Date header (Nov 21) is a trap.")


@case
def c16():
    nd = D(2026, 11, 17)
    sd = [D(2026, 10, 19), D(2026, 10, 21)]
    L = [
        "#PLAN DE SALUD PARA EMPLEADOS DEL ESTADO DE ARIZONA (plan gubernamental)", FICT_ES, "",
        f"Fecha: {es(nd)}",
        "Paciente: Rodrigo Villaseñor-Duarte",
        "Núm. de identificación del empleado: AZS 004 718 336",
        "Reclamo núm.: AZ-2610-77215",
        "",
        f"Le informamos que no pagaremos la terapia electroconvulsiva del {es(sd[0])} y del",
        f"{es(sd[1])} (códigos 90870 y 00104; diagnóstico F33.3) porque se dio sin la",
        "autorización previa que exige su plan (código CO-197).",
        "",
        "#Cómo apelar",
        "Para apelar, escriba a: Plan de Salud para Empleados del Estado,",
        "Atención: Revisión de Apelaciones, 100 North 15th Avenue, Piso 2,",
        "Phoenix, AZ 85007. Consulte los plazos en su Descripción del Plan.",
        "Servicios al miembro 1-555-0124.",
    ]
    return dict(n=16, slug="empleados-estatales-tec-sin-autorizacion-recibo-encima-foto", lang="es", kind="jpg",
                device="receipt", lines=L,
                key=dict(patient_name="Rodrigo Villaseñor-Duarte", member_id="AZS 004 718 336",
                         claim_number="AZ-2610-77215", notice_date=nd, service_dates=sd,
                         procedure_codes=["90870", "00104"], diagnosis_codes=["F33.3"], carc_codes=["CO-197"],
                         denial_category="prior_authorization", plan_type="governmental", urgent=False),
                nd_label="Fecha:", nd_print=es(nd), sd_print=[es(x) for x in sd],
                window=("rule",),
                addr=["Plan de Salud para Empleados del Estado", "Atención: Revisión de Apelaciones",
                      "100 North 15th Avenue", "Piso 2", "Phoenix, AZ 85007"],
                traps=[],
                evidence=["CO-197", "autorización previa", "gubernamental"],
                note="A state employees' plan (governmental) in Spanish: ECT with anesthesia without prior "
                     "authorization; no window printed, so the governmental rule. Photographed with a pharmacy "
                     "receipt lying across the lower right of the page.")


@case
def c17():
    nd = D(2026, 11, 4)
    sd = [D(2026, 10, 1)]
    L = [
        "#ASEGURADORA CUMBRE DE TEXAS - Plan de grupo del empleador", FICT_ES, "",
        "Emitido el: 4 de noviembre de 2026",
        "Empleado(a) y paciente: Guadalupe Echeverría-Toms",
        "ID de miembro: ACT-88 41 903",
        "Grupo: 55120 (Transportes Halcón)",
        "Reclamo: 2610 0417 8823",
        "",
        f"El {es(sd[0])} recibió un bloqueo de las articulaciones facetarias lumbares (64493;",
        "diagnóstico M47.816) del Dr. Ferris, que no pertenece a la red de su plan EPO. Su plan no",
        "cubre proveedores fuera de la red salvo en una emergencia. Código CO-242.",
        "",
        "Puede apelar dentro de 180 días a partir de la fecha en que reciba esta carta.",
        "Envíe su apelación a Aseguradora Cumbre, Atención: Apelaciones, PO Box 149020,",
        "Austin, TX 78714. Este plan se rige por ERISA.",
    ]
    return dict(n=17, slug="empleador-asegurado-bloqueo-facetario-fuera-de-red-papel-rosa-pdf-imagen", lang="es",
                kind="ipdf", device="pink_paper", lines=L,
                key=dict(patient_name="Guadalupe Echeverría-Toms", member_id="ACT-88 41 903",
                         claim_number="2610 0417 8823", notice_date=nd, service_dates=sd,
                         procedure_codes=["64493"], diagnosis_codes=["M47.816"], carc_codes=["CO-242"],
                         denial_category="out_of_network", plan_type="employer_erisa", urgent=False),
                nd_label="Emitido el:", nd_print=es(nd), sd_print=[es(x) for x in sd],
                window=("days", 180, "dentro de 180 días a partir de la fecha en que reciba esta carta"),
                addr=["Aseguradora Cumbre", "Atención: Apelaciones", "PO Box 149020", "Austin, TX 78714"],
                traps=["55120"],
                evidence=["CO-242", "fuera de la red", "ERISA"],
                note="An insured employer plan (ERISA, EPO) in Spanish denies an out-of-network lumbar facet "
                     "block. Printed on pink paper, scanned in colour, stored as an image-only PDF with strong "
                     "JPEG chroma blocking.")


@case
def c18():
    nd = D(2026, 11, 25)
    sd = [D(2026, 11, 2), D(2026, 11, 3), D(2026, 11, 4)]
    L = [
        "ALIANZA SALUD TEXAS - STAR (Medicaid) - AVISO DE ACCION",
        FICT_ES,
        "Fecha de la notificación ..... 25/11/2026",
        "Nombre del miembro ........... Tomás Ibarra-Whitlock",
        "No. de Medicaid .............. 5 18 40 77 21 9",
        "No. de reclamo ............... AST-26-3309-41",
        "",
        "Servicios (fechas en formato DD/MM/AAAA):",
        f"  {dmy(sd[0])}   S9480   F90.2   CO-27",
        f"  {dmy(sd[1])}   S9480   F90.2   CO-27",
        f"  {dmy(sd[2])}   S9480   F90.2   CO-27",
        "Motivo: el programa intensivo ambulatorio se dio después de que terminó su cobertura con",
        "nuestro plan (31/10/2026).",
        "",
        "Tiene 60 días a partir de la fecha de este aviso para pedir una apelación.",
        "Para seguir recibiendo beneficios, apele dentro de 10 días.",
        "Envíe la apelación a: Alianza Salud Texas, Atención: Apelaciones de Miembros,",
        "Apartado Postal 40811, San Antonio, TX 78229.",
    ]
    return dict(n=18, slug="medicaid-star-iop-cobertura-terminada-texto", lang="es", kind="txt", device=None,
                lines=L,
                key=dict(patient_name="Tomás Ibarra-Whitlock", member_id="5 18 40 77 21 9",
                         claim_number="AST-26-3309-41", notice_date=nd, service_dates=sd,
                         procedure_codes=["S9480"], diagnosis_codes=["F90.2"], carc_codes=["CO-27"],
                         denial_category="other", plan_type="medicaid", urgent=False),
                nd_label="Fecha de la notificación .....", nd_print=dmy(nd), sd_print=[dmy(x) for x in sd],
                window=("days", 60, "Tiene 60 días a partir de la fecha de este aviso"),
                addr=["Alianza Salud Texas", "Atención: Apelaciones de Miembros", "Apartado Postal 40811",
                      "San Antonio, TX 78229"],
                traps=["31/10/2026", "10 días"],
                evidence=["CO-27", "terminó su cobertura", "Medicaid"],
                note="A Texas Medicaid managed-care (STAR) notice in Spanish, plain text with dot leaders and "
                     "day-first dates: IOP after the coverage ended (CO-27, other).")
