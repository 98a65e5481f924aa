"""The 18 notices of blind intake set 30. Everything here is FICTIONAL: people, plans, providers, numbers, addresses.

Each case returns a dict:
  n, slug, kind (jpg png tif pdfimg pdf docx eml html txt), device (image kinds), lang, font,
  lines: printed lines. '#' = bold heading; '\t' separates cells; a prefix 'h|' uses the case's 'h' tab set;
  tabs: {'': [...], 'h': [...]} tab stops as fractions of the text width;
  key: the keyed facts (dates as date objects); fmt: how each kind of date is printed;
  nd_label: the label printed before the notice date (None = a bare date line);
  sd_list: the service dates printed as one list of days (a string), when so printed;
  ev: evidence words that must be printed, per field; window: the deadline rule; addr: the appeals address parts;
  traps: printed values that must never be a keyed value; note: the key's _note.
"""
from dates import D, en, us, dmy, es, es_abbr, MONTHS_EN, MONTHS_ES

FIC_EN = "FICTIONAL SAMPLE"
FIC_ES = "MUESTRA FICTICIA"


def en_days(ds):
    """October 6, 8 and 10, 2026 (one month)."""
    days = [str(d.day) for d in ds]
    return f"{MONTHS_EN[ds[0].month - 1]} {', '.join(days[:-1])} and {days[-1]}, {ds[0].year}"


def es_days(ds):
    """8, 15 y 22 de octubre de 2026 (one month)."""
    days = [str(d.day) for d in ds]
    return f"{', '.join(days[:-1])} y {days[-1]} de {MONTHS_ES[ds[0].month - 1]} de {ds[0].year}"


def c01():
    nd = D(2026, 11, 12)
    sd = [D(2026, 10, 13), D(2026, 10, 14), D(2026, 10, 15)]
    return dict(
        n=1, slug="employer-insured-eob-three-claims-tms-no-auth-drooping-page-photo", kind="jpg", device="droop",
        lang="en", font="sans", size=25,
        tabs={"": [0, .14, .37, .55, .66, .77, .89], "h": [0, .52]},
        lines=[
            "#COBALT RIDGE HEALTH INSURANCE COMPANY",
            "Explanation of Benefits - THIS IS NOT A BILL",
            FIC_EN + " - invented plan, people, providers and numbers",
            "",
            f"h|Statement Date: {en(nd)}\tGroup: Harlan Valve Works, No. 0071893",
            "h|Patient: Marisol Tenney-Okafor\tPatient ID: CRH 448120917-02",
            "h|Subscriber: Desmond Okafor\tSubscriber ID: CRH 448120917-01",
            "Plan: Cobalt Ridge Choice PPO, insured group coverage through your employer",
            "",
            "#Claims we processed for this patient",
            "Claim\tProvider\tDate of service\tCode\tBilled\tPlan paid\tAdj.",
            "26318-00412\tJuniper Lane Counseling\t10/05/2026\t90834\t$160.00\t$112.00\tPR-3",
            f"26318-00417\tNorthfield TMS Center\t{us(sd[0])}\t90868\t$410.00\t$0.00\tCO-197",
            f"\t\t{us(sd[1])}\t90868\t$410.00\t$0.00\tCO-197",
            f"\t\t{us(sd[2])}\t90868\t$410.00\t$0.00\tCO-197",
            "26318-00429\tDr. Ilse Marr, MD\t10/20/2026\t99214\t$225.00\t$171.50\tPR-2",
            "Diagnosis codes: claim 26318-00412 F41.1; claim 26318-00417 F33.1; claim 26318-00429 F41.1",
            "",
            "#What the adjustment codes mean",
            "CO-197: The provider did not get our approval before these treatments were given. Your plan needs "
            "prior authorization for transcranial magnetic stimulation. Because Northfield TMS Center is in our "
            "network, you do not owe the denied amount.",
            "PR-3 is your copay and PR-2 your coinsurance. Amount you may owe for this period: $81.50.",
            "",
            "#Your right to appeal",
            "You have 180 days from the date you receive this statement to ask us for an appeal of any denied "
            "charge. If your situation is urgent, ask for a fast review and we will decide within 72 hours.",
            "Send your written appeal to:",
            "Cobalt Ridge Health",
            "Member Appeals",
            "PO Box 30417",
            "Columbus, OH 43230-0417",
            "Send claims, not appeals, to PO Box 30400, Columbus, OH 43230-0400. Questions: 1-555-0117.",
        ],
        key=dict(patient_name="Marisol Tenney-Okafor", member_id="CRH 448120917-02", claim_number="26318-00417",
                 notice_date=nd, service_dates=sd, procedure_codes=["90868"], diagnosis_codes=["F33.1"],
                 carc_codes=["CO-197"], denial_category="prior_authorization", plan_type="employer_erisa",
                 urgent=False),
        fmt=dict(notice="en", service="us"), nd_label="Statement Date:",
        ev=dict(denial_category=["prior authorization"], plan_type=["group coverage through your employer"]),
        window=("days", 180, "180 days from the date you receive this statement"),
        addr=["Cobalt Ridge Health", "Member Appeals", "PO Box 30417", "Columbus, OH 43230-0417"],
        traps=["26318-00412", "26318-00429", "CRH 448120917-01", "Desmond Okafor", "0071893", "90834", "99214",
               "F41.1", "PO Box 30400", "72 hours"],
        note="An insured employer group PPO's explanation of benefits for a spouse, three claims: two paid, one "
             "denied, TMS on 3 days (90868; F33.1) without prior authorization (CO-197): prior_authorization. "
             "Photographed with the page's lower part drooping over the table edge. Window stated: 180 days from "
             "receipt of the statement. Traps: the paid claims 26318-00412 (90834) and 26318-00429 (99214), the "
             "subscriber and his -01 ID, the group number, the claims box, 72 hours.",
    )


def c02():
    nd = D(2026, 10, 28)
    return dict(
        n=2, slug="self-funded-tpa-spravato-step-therapy-request-wand-scanner-png", kind="png", device="wand",
        lang="en", font="serif", size=27,
        tabs={"": [0, .3], "h": [0, .3]},
        lines=[
            "#MERIDIAN BENEFIT SERVICES",
            "Third-party administrator for self-funded employer health plans",
            "4100 Cascade Avenue SE, Grand Rapids, MI 49546  |  1-555-0123",
            FIC_EN + " - every name and number here is invented",
            "",
            f"Date of letter: {en(nd)}",
            "",
            "Tobias Renner-Adewale",
            "2217 Wexford Court",
            "Holland, MI 49423",
            "",
            "h|Plan:\tLakeshore Foundry Employee Health Plan (self-funded, ERISA)",
            "h|Member:\tTobias Renner-Adewale",
            "h|Member ID:\tLFE-30988471",
            "h|Date of birth:\t04/10/1990",
            "h|Reference number:\tPA-2611-07734",
            "h|Request received:\tOctober 21, 2026",
            "h|Prescriber:\tDr. Halvard Nyquist, MD (psychiatry)",
            "h|Service requested:\tesketamine nasal spray, HCPCS J0013, twice weekly for 4 weeks",
            "h|Diagnosis:\tF33.2",
            "",
            "Dear Mr. Renner-Adewale:",
            "Meridian Benefit Services reviews requests for prior approval for the Lakeshore Foundry Employee "
            "Health Plan. The Plan pays the benefits; Meridian handles its claims and reviews. We have looked at the "
            "request your prescriber sent for esketamine nasal spray, and we cannot approve it.",
            "Why: The Plan's drug policy for esketamine (RX-114) is a step therapy policy. It asks that the member "
            "first try at least two antidepressants from different classes, each for six weeks or more at an "
            "adequate dose, and one augmentation strategy. The records we received show one antidepressant trial "
            "(sertraline, 10 weeks) and no augmentation, so the step therapy requirement is not met.",
            "If your prescriber sends records of other trials, we will look at the request again. You may ask for "
            "a free copy of policy RX-114 and of every document we used.",
            "",
            "#How to appeal",
            "You or someone you name may appeal this decision within 180 days following your receipt of this "
            "letter. Tell us why you disagree and send any records that support the request. Mail your appeal to:",
            "Lakeshore Foundry Employee Health Plan",
            "c/o Meridian Benefit Services",
            "Appeals Unit",
            "PO Box 5580",
            "Grand Rapids, MI 49516-5580",
            "or fax it to 1-555-0124. If waiting could seriously harm your health, call 1-555-0123 and ask for an "
            "urgent appeal; we decide those within 72 hours. After the Plan's final decision you may have the "
            "right to an external review and to bring a civil action under section 502(a) of ERISA.",
        ],
        key=dict(patient_name="Tobias Renner-Adewale", member_id="LFE-30988471", claim_number="PA-2611-07734",
                 notice_date=nd, procedure_codes=["J0013"], diagnosis_codes=["F33.2"],
                 denial_category="step_therapy", plan_type="employer_erisa", urgent=False),
        fmt=dict(notice="en"), nd_label="Date of letter:",
        ev=dict(denial_category=["step therapy"], plan_type=["self-funded, ERISA"]),
        window=("days", 180, "within 180 days following your receipt of this letter"),
        addr=["Lakeshore Foundry Employee Health Plan", "c/o Meridian Benefit Services", "Appeals Unit",
              "PO Box 5580", "Grand Rapids, MI 49516-5580"],
        traps=["04/10/1990", "October 21, 2026", "4100 Cascade Avenue SE", "72 hours", "RX-114"],
        note="A third-party administrator's letter for a self-funded ERISA plan refusing a request before care "
             "for esketamine (J0013; F33.2) under the plan's step therapy policy: step_therapy. No claim, so the "
             "reference number is keyed; no dates of care, no CARC. Scanned with a hand-held wand scanner "
             "(uneven speed, sideways drift). Window stated: 180 days following receipt. Traps: DOB, the "
             "received date, the administrator's letterhead address, 72 hours.",
    )


def c03():
    nd = D(2026, 11, 3)
    sd = [D(2026, 10, 6), D(2026, 10, 8), D(2026, 10, 10)]
    return dict(
        n=3, slug="church-plan-ect-out-of-network-letter-linen-stationery-photo", kind="jpg", device="linen",
        lang="en", font="serif", size=29, tabs={"": [0]},
        lines=[
            "#COVENANT MINISTRIES BENEFIT PLAN",
            "Health benefits for clergy and lay employees",
            "2200 Westbrook Avenue, Nashville, TN 37212",
            FIC_EN + " - invented plan, people, providers and numbers",
            "",
            en(nd),
            "",
            "Ms. Eleanor Vasquez-Lindqvist",
            "418 Magnolia Bend",
            "Franklin, TN 37064",
            "",
            "Re: Claim CL-2026-118834, member number CMB-0062-1187-3",
            "",
            "Dear Ms. Vasquez-Lindqvist,",
            f"We received a claim from Birchfield Behavioral Hospital for electroconvulsive treatments you were "
            f"given on {en_days(sd)}. The claim lists procedure codes 90870 and 00104 and diagnosis code F33.2. "
            "We are sorry to tell you that the Plan will not pay it.",
            "Birchfield Behavioral Hospital is not part of the Plan's provider network, and your coverage option, "
            "Covenant Select EPO, pays for care outside the network only in an emergency. The claim was closed "
            "with adjustment reason CO-242 (care not given by network providers). Three network hospitals within "
            "40 miles of your home offer this treatment; member services can give you their names.",
            "Covenant Ministries Benefit Plan is a church plan. It is not governed by ERISA, but it follows the "
            "federal claims and appeals standards that apply to church plans.",
            "If you disagree, you may ask the Plan to review this decision. The time limit and steps for an appeal "
            "are in Section 9 of your Plan Document, which we will send you at no cost. Please write to the Plan "
            "at the address below, not to the office in this letterhead:",
            "Covenant Ministries Benefit Plan",
            "Attn: Claim Review Committee",
            "1400 Chapel Ridge Road, Suite 300",
            "Nashville, TN 37215",
            "You may include letters from your doctors and any records you want us to read. Member services: "
            "1-555-0131, weekdays 8 to 5 Central.",
            "",
            "Sincerely,",
            "Claims Department",
        ],
        key=dict(patient_name="Eleanor Vasquez-Lindqvist", member_id="CMB-0062-1187-3", claim_number="CL-2026-118834",
                 notice_date=nd, service_dates=sd, procedure_codes=["90870", "00104"], diagnosis_codes=["F33.2"],
                 carc_codes=["CO-242"], denial_category="out_of_network", plan_type="church", urgent=False),
        fmt=dict(notice="en"), nd_label=None, sd_list=en_days(sd),
        ev=dict(denial_category=["not part of the Plan's provider network"], plan_type=["church plan"]),
        window=("rule",),
        addr=["Covenant Ministries Benefit Plan", "Attn: Claim Review Committee", "1400 Chapel Ridge Road",
              "Suite 300", "Nashville, TN 37215"],
        traps=["2200 Westbrook Avenue", "418 Magnolia Bend", "Section 9"],
        note="A church plan's letter (not ERISA) with the facts in sentences: ECT with anesthesia on three days "
             "written as one list (90870, 00104; F33.2) at an out-of-network hospital under an EPO (CO-242): "
             "out_of_network. Printed on linen-finish stationery and photographed under raking light. No time "
             "limit printed (it points to the Plan Document): the church plan rule, 180 days. Traps: the "
             "letterhead office, the member's home address.",
    )


def c04():
    nd = D(2026, 11, 9)
    sd = [D(2026, 9, 29)]
    return dict(
        n=4, slug="fehb-knee-nerve-ablation-investigational-frosted-pouch-pdf", kind="pdfimg", device="frosted",
        lang="en", font="sans", size=26,
        tabs={"": [0, .33, .47, .57, .69, .8, .9], "h": [0, .3]},
        lines=[
            "#FEDERAL CIVIC EMPLOYEES HEALTH ASSOCIATION",
            "A plan of the Federal Employees Health Benefits (FEHB) Program",
            FIC_EN + " - invented carrier, member and numbers",
            "",
            "#NOTICE OF CLAIM DECISION",
            f"h|Date:\t{us(nd)}",
            "h|Enrollee:\tGordon Ashby-Mwangi",
            "h|Member ID:\tR4471-0983-2",
            "h|Enrollment code:\t475 (Self Plus One)",
            "h|Claim number:\tFC 2631 884 019",
            "h|Provider:\tRiverside Pain & Spine, PC",
            "",
            "#What we decided",
            "Service\tDate\tCode\tDiagnosis\tCharge\tWe paid\tReason",
            f"Knee nerve ablation, right\t{us(sd[0])}\t64624\tM17.11\t$2,850.00\t$0.00\tCO-56",
            f"Imaging guidance\t{us(sd[0])}\t77002\tM17.11\t$310.00\t$0.00\tCO-56",
            "We reviewed this claim under our medical policy on radiofrequency ablation of the nerves around the "
            "knee for knee pain (MP-7.21). The policy treats the procedure as investigational: in our judgment the "
            "published studies do not yet show lasting benefit over other treatments. Reason CO-56 means the "
            "service has not been shown to be effective.",
            "",
            "#If you disagree",
            "You must ask us to reconsider within 6 months of the date of this decision. Write to us, say why you "
            "think we were wrong, and include any medical evidence. Mail your request to:",
            "FCEHA Reconsideration Unit",
            "PO Box 1919",
            "Kansas City, MO 64141-1919",
            "If we do not change our decision, you may ask the U.S. Office of Personnel Management (OPM) to review "
            "it within 90 days of our reconsideration decision. OPM's address is in section 8 of your plan "
            "brochure. Questions: 1-555-0144.",
        ],
        key=dict(patient_name="Gordon Ashby-Mwangi", member_id="R4471-0983-2", claim_number="FC 2631 884 019",
                 notice_date=nd, service_dates=sd, procedure_codes=["64624", "77002"], diagnosis_codes=["M17.11"],
                 carc_codes=["CO-56"], denial_category="experimental_investigational", plan_type="fehb",
                 urgent=False),
        fmt=dict(notice="us", service="us"), nd_label="Date:",
        ev=dict(denial_category=["investigational"], plan_type=["Federal Employees Health Benefits"]),
        window=("months", 6, "within 6 months of the date of this decision"),
        addr=["FCEHA Reconsideration Unit", "PO Box 1919", "Kansas City, MO 64141-1919"],
        traps=["475", "90 days", "MP-7.21"],
        note="An FEHB carrier's claim decision: radiofrequency ablation of the knee's nerves with imaging "
             "guidance (64624, 77002; M17.11) found investigational (CO-56): experimental_investigational. A claim "
             "number with spaces. Scanned through a frosted plastic document pouch, saved as an image-only PDF. "
             "Window stated: 6 months of the decision (calendar months). Traps: the enrollment code, OPM's 90 days.",
    )


def c05():
    nd = D(2026, 11, 20)
    sd = [D(2026, 10, 26), D(2026, 11, 2)]
    dl = D(2027, 5, 19)
    return dict(
        n=5, slug="state-employees-plan-acupuncture-visit-cap-dead-ccd-tiff", kind="tif", device="deadccd",
        lang="en", font="sans", size=26,
        tabs={"": [0, .07, .22, .33, .46, .58, .7, .82], "h": [0, .25]},
        lines=[
            "#PRAIRIE STATE PUBLIC EMPLOYEES HEALTH PLAN",
            "Claims administered by Sandhill Health Administrators",
            FIC_EN + " - invented plan, people and numbers",
            "",
            "#BENEFIT DETERMINATION",
            f"h|Notice date:\t{us(nd)}",
            "h|Member:\tLoretta Kimbrough",
            "h|ID number:\tPEHP 7731-20554",
            "h|Claim:\tSH26-0917734",
            "h|Plan year:\t07/01/2026 - 06/30/2027",
            "h|Coverage:\tstate government employer plan for active employees",
            "h|Provider:\tWillowbend Acupuncture Clinic, Lincoln, NE",
            "",
            "Line\tDate\tCode\tDiagnosis\tBilled\tAllowed\tPaid\tReason",
            f"1\t{us(sd[0])}\t97810\tM54.50\t$95.00\t$0.00\t$0.00\tCO-119",
            f"2\t{us(sd[0])}\t97811\tM54.50\t$60.00\t$0.00\t$0.00\tCO-119",
            f"3\t{us(sd[1])}\t97810\tM54.50\t$95.00\t$0.00\t$0.00\tCO-119",
            f"4\t{us(sd[1])}\t97811\tM54.50\t$60.00\t$0.00\t$0.00\tCO-119",
            "",
            "CO-119 - Benefit maximum reached. Your plan pays for up to 20 acupuncture visits in each plan year. "
            "Our records show 20 visits paid between 07/14/2026 and 10/19/2026, so the visits above are not covered.",
            "",
            "#Appeal rights",
            f"You may appeal this decision. Your appeal must be received by {en(dl)}. Send it, with any notes "
            "from your provider, to:",
            "Prairie State Public Employees Health Plan",
            "c/o Sandhill Health Administrators",
            "Appeals",
            "PO Box 82207",
            "Lincoln, NE 68501-2207",
            "If your appeal is denied you may ask for an independent external review. Call 1-555-0152 with "
            "questions.",
        ],
        key=dict(patient_name="Loretta Kimbrough", member_id="PEHP 7731-20554", claim_number="SH26-0917734",
                 notice_date=nd, service_dates=sd, procedure_codes=["97810", "97811"], diagnosis_codes=["M54.50"],
                 carc_codes=["CO-119"], denial_category="benefit_limit", plan_type="governmental", urgent=False),
        fmt=dict(notice="us", service="us"), nd_label="Notice date:",
        ev=dict(denial_category=["Benefit maximum reached"], plan_type=["state government employer plan"]),
        window=("date", dl, f"Your appeal must be received by {en(dl)}"),
        addr=["Prairie State Public Employees Health Plan", "c/o Sandhill Health Administrators", "Appeals",
              "PO Box 82207", "Lincoln, NE 68501-2207"],
        traps=["07/01/2026", "06/30/2027", "07/14/2026", "10/19/2026"],
        note="A state employees' plan (governmental) denies acupuncture on 2 days (97810, 97811; M54.50) after "
             "the 20-visit plan-year maximum (CO-119): benefit_limit. Grey TIFF from a scanner with dead sensor "
             "elements (thin bright vertical lines). Window stated as a date: May 19, 2027. Traps: the plan-year "
             "dates and the span of the 20 paid visits.",
    )


def c06():
    nd = D(2026, 11, 18)
    sd = [D(2026, 10, 21), D(2026, 10, 28)]
    return dict(
        n=6, slug="marketplace-eob-therapy-add-on-bundled-cold-scanner-lamp-jpeg", kind="jpg", device="coldlamp",
        lang="en", font="sans", size=25,
        tabs={"": [0, .13, .3, .39, .5, .62, .74, .85], "h": [0, .3]},
        lines=[
            "#CARDINAL EXCHANGE HEALTH PLANS",
            "Your Explanation of Benefits",
            FIC_EN + " - invented plan, people and numbers",
            "Individual and family coverage bought through the Health Insurance Marketplace",
            "",
            f"h|Date of this notice:\t{en(nd)}",
            "h|Member:\tDevontae Bramlett",
            "h|Member number:\tCXH90231877",
            "h|Plan:\tCardinal Silver 2500 (individual)",
            "h|Claim number:\t2026-303-55812",
            "h|Provider:\tHollis Park Trauma Therapy, LLC",
            "",
            "Date\tService\tCode\tDiagnosis\tCharged\tPlan paid\tYou owe\tRemark",
            f"{us(sd[0])}\tTherapy 45 min\t90834\tF43.12\t$150.00\t$96.00\t$30.00\t",
            f"{us(sd[0])}\tAdd-on code\t90785\tF43.12\t$35.00\t$0.00\t$0.00\tCO-97",
            f"{us(sd[1])}\tTherapy 45 min\t90834\tF43.12\t$150.00\t$96.00\t$30.00\t",
            f"{us(sd[1])}\tAdd-on code\t90785\tF43.12\t$35.00\t$0.00\t$0.00\tCO-97",
            "Totals\t\t\t\t$370.00\t$192.00\t$60.00\t",
            "",
            "What the remark means: CO-97 - We treat this add-on code as part of the payment for the main service "
            "billed the same day, so it is not paid on its own. The billing office may send a corrected claim if "
            "the records support the add-on. You do not owe this amount.",
            "",
            "#Appeals",
            "If you think we made a mistake, you can appeal within 180 days after you get this notice. Send a "
            "letter or our appeal form to:",
            "Cardinal Exchange Health Plans",
            "Attn: Grievances and Appeals",
            "PO Box 4120",
            "Springfield, IL 62708-4120",
            "You also have the right to an external review by an independent reviewer. For help, call 1-555-0161.",
        ],
        key=dict(patient_name="Devontae Bramlett", member_id="CXH90231877", claim_number="2026-303-55812",
                 notice_date=nd, service_dates=sd, procedure_codes=["90785"], diagnosis_codes=["F43.12"],
                 carc_codes=["CO-97"], denial_category="coding_billing", plan_type="individual_aca", urgent=False),
        fmt=dict(notice="en", service="us"), nd_label="Date of this notice:",
        ev=dict(denial_category=["corrected claim"], plan_type=["Health Insurance Marketplace"]),
        window=("days", 180, "within 180 days after you get this notice"),
        addr=["Cardinal Exchange Health Plans", "Attn: Grievances and Appeals", "PO Box 4120",
              "Springfield, IL 62708-4120"],
        traps=["90834"],
        note="A Marketplace plan's explanation of benefits: psychotherapy paid, the add-on code on the same 2 days "
             "(90785; F43.12) bundled (CO-97): coding_billing. Colour scan from a scanner whose lamp had not warmed "
             "up (the top of the page dim and blue). Window stated: 180 days after you get this notice. Trap: the "
             "paid lines' 90834.",
    )


def c07():
    nd = D(2026, 11, 5)
    sd = [D(2026, 10, 7), D(2026, 10, 14)]
    return dict(
        n=7, slug="tricare-select-eob-biofeedback-not-covered-newton-rings-scan", kind="jpg", device="newton",
        lang="en", font="sans", size=26,
        tabs={"": [0, .2, .32, .45, .58, .7, .82], "h": [0, .3]},
        lines=[
            "#TRICARE Explanation of Benefits",
            "Liberty Federal Health Services - TRICARE East Region contractor",
            FIC_EN + " - invented contractor, people and numbers",
            "THIS IS NOT A BILL",
            "",
            f"h|EOB date:\t{us(nd)}",
            "h|Beneficiary:\tKayla Brightwater-Soto",
            "h|DoD Benefits Number:\t12847730915",
            "h|Sponsor:\tSSG Ramon Soto",
            "h|Sponsor DoD ID:\t1530882746",
            "h|Program:\tTRICARE Select",
            "h|Claim number:\tTR-26-3318-04471",
            "h|Provider:\tChesapeake Pain Rehabilitation",
            "",
            "Date of service\tCode\tDiagnosis\tBilled\tAllowed\tPaid\tNote",
            f"{us(sd[0])}\t90901\tG89.29\t$140.00\t$0.00\t$0.00\tA",
            f"{us(sd[1])}\t90901\tG89.29\t$140.00\t$0.00\t$0.00\tA",
            "",
            "Note A: CO-204. Biofeedback for chronic pain of this kind is not a covered benefit of the TRICARE "
            "program. The provider may bill the beneficiary for these services only if she agreed in writing "
            "before they were given.",
            "",
            "#Appeal rights",
            "If you disagree with this decision, you may request a reconsideration. Your request must be "
            "postmarked or received within 90 days of the date of this EOB. Send it with a copy of this EOB to:",
            "Liberty Federal Health Services",
            "TRICARE East Appeals",
            "PO Box 7028",
            "Camden, SC 29021-7028",
            "A Beneficiary Counseling and Assistance Coordinator (BCAC) at your nearest military hospital or "
            "clinic can help. Phone 1-555-0170.",
        ],
        key=dict(patient_name="Kayla Brightwater-Soto", member_id="12847730915", claim_number="TR-26-3318-04471",
                 notice_date=nd, service_dates=sd, procedure_codes=["90901"], diagnosis_codes=["G89.29"],
                 carc_codes=["CO-204"], denial_category="not_covered", plan_type="tricare", urgent=False),
        fmt=dict(notice="us", service="us"), nd_label="EOB date:",
        ev=dict(denial_category=["not a covered benefit"], plan_type=["TRICARE Select"]),
        window=("days", 90, "within 90 days of the date of this EOB"),
        addr=["Liberty Federal Health Services", "TRICARE East Appeals", "PO Box 7028", "Camden, SC 29021-7028"],
        traps=["1530882746", "SSG Ramon Soto"],
        note="A TRICARE Select explanation of benefits for a sponsor's spouse: biofeedback on 2 days (90901; "
             "G89.29) not a program benefit (CO-204): not_covered. The DoD Benefits Number is keyed. Printed on "
             "glossy paper and scanned flat on the glass, with rainbow Newton's rings. Window stated: 90 days of "
             "the EOB date. Traps: the sponsor and his DoD ID.",
    )


def c08():
    nd = D(2026, 11, 13)
    sd = [D(2026, 10, 14), D(2026, 10, 16)]
    return dict(
        n=8, slug="student-plan-ketamine-necessity-day-first-video-still", kind="jpg", device="videostill",
        lang="en", font="sans", size=29, tabs={"": [0]},
        lines=[
            "#Northgate Mutual Life Insurance Company",
            "Alderbrook University Student Health Insurance Plan 2026-2027",
            FIC_EN + " - invented insurer, university, student and numbers",
            "Dates in this letter are written day/month/year (DD/MM/YYYY).",
            "",
            f"Date of issue: {dmy(nd)}",
            "",
            "Ananya Ravichandran",
            "Graduate Housing, Block C, Room 214",
            "Alderbrook, CT 06268",
            "",
            "Insurance ID: ALU-SHIP-220915",
            "Student ID (not your insurance number): 20419987",
            "Date of birth: 07/03/2004",
            "Claim reference: NMS 26 0442 781",
            "",
            "Dear Ananya Ravichandran,",
            f"We have finished reviewing the claim from Elmwood Ketamine Clinic for intravenous ketamine "
            f"treatments on {dmy(sd[0])} and {dmy(sd[1])} (codes 96365 and J3490; diagnosis F33.2). We have denied "
            "the claim because the treatment was not medically necessary under the plan's criteria, which ask for "
            "at least two antidepressant trials of adequate dose and length in the current episode before "
            "ketamine is used. The records show one. The claim was adjusted with code CO-50.",
            "A psychiatrist reviewed the file. You may ask for the criteria and the reviewer's notes at no cost.",
            "",
            "#Your appeal rights",
            "You may appeal within 180 days after you receive this letter. Write to:",
            "Northgate Mutual Life",
            "Student Health Appeals",
            "PO Box 661",
            "Hartford, CT 06141-0661",
            "Urgent appeals may be made by phone at 1-555-0176. After the appeal you may also ask the "
            "Connecticut Insurance Department for an external review.",
        ],
        key=dict(patient_name="Ananya Ravichandran", member_id="ALU-SHIP-220915", claim_number="NMS 26 0442 781",
                 notice_date=nd, service_dates=sd, procedure_codes=["96365", "J3490"], diagnosis_codes=["F33.2"],
                 carc_codes=["CO-50"], denial_category="medical_necessity", plan_type="individual_aca",
                 urgent=False),
        fmt=dict(notice="dmy", service="dmy"), nd_label="Date of issue:",
        ev=dict(denial_category=["not medically necessary"], plan_type=["Student Health Insurance Plan"]),
        window=("days", 180, "within 180 days after you receive this letter"),
        addr=["Northgate Mutual Life", "Student Health Appeals", "PO Box 661", "Hartford, CT 06141-0661"],
        traps=["20419987", "07/03/2004"],
        note="A university student health plan (keyed individual_aca) denies IV ketamine on 2 days (96365, J3490; "
             "F33.2) as not medically necessary (CO-50): medical_necessity. All dates day first, as the letter "
             "says; the DOB 07/03/2004 reads both ways. A still pulled from a phone video (blocky compression, "
             "slight smear). Window stated: 180 days after receipt. Traps: the student ID, the DOB.",
    )


def c09():
    nd = D(2026, 11, 10)
    sd = [D(2026, 10, 30)]
    from dates import en_short
    return dict(
        n=9, slug="marketplace-portal-stellate-ganglion-block-experimental-html", kind="html", lang="en",
        font="sans", size=25, tabs={"": [0], "h": [0]},
        portal=dict(title="Claim C26-1109-3381 - Summit Peak Health", nav="Home | Claims | Coverage | Messages | "
                    "Sign out", stamp="Printed 12/05/2026 9:14 AM from member.summitpeak.example",
                    user="Signed in as Wendell Farrow-Nakamura"),
        lines=[
            "#Summit Peak Health - Member Portal",
            FIC_EN + " - invented plan, member and numbers",
            "#Claim details",
            "h|Member\tWendell Farrow-Nakamura",
            "h|Member ID\tSPH-88302714-00",
            "h|Plan\tSummit Peak Gold 1000, an individual plan bought on the state's Marketplace",
            "h|Claim number\tC26-1109-3381",
            f"h|Decision date\t{en_short(nd)}",
            "h|Status\tDenied",
            "h|Provider\tFront Range Interventional Pain",
            "Service date\tCode\tDiagnosis\tDescription\tBilled\tPaid\tReason",
            f"{us(sd[0])}\t64510\tF43.12\tNerve block in the neck (stellate ganglion)\t$1,980.00\t$0.00\tCO-55",
            f"{us(sd[0])}\t77003\tF43.12\tImage guidance\t$240.00\t$0.00\tCO-55",
            "#Why this claim was denied",
            "A stellate ganglion block given to treat post-traumatic stress disorder is considered experimental "
            "or investigational under our medical policy MED-3.102. Reason CO-55 means the plan does not cover a "
            "procedure it considers experimental.",
            "#Other recent claims",
            "Claim\tService date\tCode\tStatus",
            "C26-1021-2207\t10/16/2026\t99204\tPaid $188.40",
            "C26-1114-0951\t11/06/2026\t90837\tPaid $121.00",
            "#Appeal this decision",
            "You can file an appeal up to 180 days after you receive this decision. Upload it here, or mail it to:",
            "Summit Peak Health",
            "Appeals and Grievances",
            "1550 Larimer Street, Mail Stop 4B",
            "Denver, CO 80202",
            "After our final decision you may ask for an external review through the Colorado Division of "
            "Insurance. Help: 1-555-0185.",
        ],
        key=dict(patient_name="Wendell Farrow-Nakamura", member_id="SPH-88302714-00", claim_number="C26-1109-3381",
                 notice_date=nd, service_dates=sd, procedure_codes=["64510", "77003"], diagnosis_codes=["F43.12"],
                 carc_codes=["CO-55"], denial_category="experimental_investigational", plan_type="individual_aca",
                 urgent=False),
        fmt=dict(notice="en_short", service="us"), nd_label="Decision date",
        ev=dict(denial_category=["experimental or investigational"], plan_type=["Marketplace"]),
        window=("days", 180, "up to 180 days after you receive this decision"),
        addr=["Summit Peak Health", "Appeals and Grievances", "1550 Larimer Street", "Mail Stop 4B",
              "Denver, CO 80202"],
        traps=["C26-1021-2207", "C26-1114-0951", "99204", "90837", "12/05/2026", "11/06/2026"],
        note="A Marketplace plan's member-portal claim page saved as HTML: a stellate ganglion block for PTSD with "
             "image guidance (64510, 77003; F43.12) found experimental (CO-55): experimental_investigational. "
             "Facts in a two-cell table, a list of two other paid claims, a print stamp. Window stated: 180 days "
             "after receipt. Traps: the other claims (99204 on 10/16, 90837 on 11/06), the print date 12/05/2026.",
    )


def c10():
    nd = D(2026, 10, 30)
    sd = [D(2026, 10, 19), D(2026, 10, 20), D(2026, 10, 21), D(2026, 10, 22), D(2026, 10, 23)]
    return dict(
        n=10, slug="employer-hmo-php-lower-level-of-care-forwarded-email", kind="eml", lang="en",
        font="sans", size=25, tabs={"": [0]},
        mail=dict(frm='"Graciela Montoya-Reyes" <gmontoya@correo.example>',
                  to='"Rafael Montoya" <rafa.montoya@familia.example>',
                  date="Wed, 02 Dec 2026 19:42:10 -0800",
                  subject="Fwd: Your coverage decision - reference UM-26-0098112",
                  msgid="<fwd-30-10@correo.example>",
                  intro=["Rafa, this is the letter from the plan about my day program at Bayview. Can you help me "
                         "with the appeal this weekend? The deadline is in the letter. - G", ""],
                  fwd=["---------- Forwarded message ---------",
                       "From: Pacific Laurel Health Plan <notices@pacificlaurel.example>",
                       "Date: Sat, Oct 31, 2026 at 6:05 AM",
                       "Subject: Your coverage decision - reference UM-26-0098112",
                       "To: <gmontoya@correo.example>", ""]),
        lines=[
            "PACIFIC LAUREL HEALTH PLAN (HMO)",
            FIC_EN + " - invented plan, people and numbers",
            "",
            f"Letter date: {en(nd)}",
            "Member: Graciela Montoya-Reyes",
            "Member ID: PLH 551 208 334",
            "Reference number: UM-26-0098112",
            "Group: Sierra Orchard Cooperative (employer group plan)",
            "",
            "Dear Graciela Montoya-Reyes:",
            "",
            f"Pacific Laurel Health Plan reviewed the claim from Bayview Behavioral Health for partial "
            f"hospitalization program days on {en_days(sd)} (HCPCS H0035, diagnosis F33.2). We denied payment for "
            "these days (adjustment reason CO-50). Our physician reviewer, a board-certified psychiatrist, found "
            "that partial hospitalization was not medically necessary for those days: your symptoms could have "
            "been treated safely at a lower level of care, an intensive outpatient program.",
            "",
            "You may ask, free of charge, for the criteria we used (LOC-PHP-2026) and for all documents related "
            "to your claim.",
            "",
            "HOW TO APPEAL: You may file an appeal (grievance) within 180 calendar days of the date you receive "
            "this letter. Send it to:",
            "",
            "Pacific Laurel Health Plan",
            "Grievances and Appeals Department",
            "PO Box 29071",
            "Oakland, CA 94604-9071",
            "",
            "or call 1-555-0190. If your health is in serious danger you may ask for an expedited decision within "
            "72 hours. If your grievance is not resolved within 30 days, you may contact the California "
            "Department of Managed Health Care.",
        ],
        key=dict(patient_name="Graciela Montoya-Reyes", member_id="PLH 551 208 334", claim_number="UM-26-0098112",
                 notice_date=nd, service_dates=sd, procedure_codes=["H0035"], diagnosis_codes=["F33.2"],
                 carc_codes=["CO-50"], denial_category="medical_necessity", plan_type="employer_erisa",
                 urgent=False),
        fmt=dict(notice="en"), nd_label="Letter date:", sd_list=en_days(sd),
        ev=dict(denial_category=["not medically necessary"], plan_type=["employer group plan"]),
        window=("days", 180, "within 180 calendar days of the date you receive this letter"),
        addr=["Pacific Laurel Health Plan", "Grievances and Appeals Department", "PO Box 29071",
              "Oakland, CA 94604-9071"],
        traps=["Wed, 02 Dec 2026", "Sat, Oct 31, 2026", "30 days", "72 hours"],
        note="An insured employer group HMO's letter, forwarded by the member to her brother as a plain e-mail "
             "(multipart, the letter inline below Gmail-style forward lines): PHP on 5 days written as one list "
             "(H0035; F33.2), a lower level of care would do (CO-50): medical_necessity. Window stated: 180 "
             "calendar days of receipt. Traps: the e-mail's Date (2 Dec) and the forwarded Date (31 Oct), 30 "
             "days, 72 hours.",
    )


def c11():
    nd = D(2026, 11, 24)
    return dict(
        n=11, slug="medicare-advantage-idn-ketamine-out-of-network-expedited-text-pdf", kind="pdf", lang="en",
        font="sans", size=10, tabs={"": [0], "h": [0, .2, .52, .74]},
        lines=[
            "#Silver Harbor Health Plan",
            "Silver Harbor Medicare Advantage (HMO)",
            FIC_EN + " - invented plan, people and numbers",
            "",
            "#Notice of Denial of Medical Coverage",
            f"h|Date:\t{en(nd)}\tMember number:\tSHM 774102935",
            "h|Name:\tBernard Okonkwo-Hale\tMedicare Number:\t1EG4-TE5-MK72",
            "h|Case number:\tIDN-26-44719\tDate of birth:\t03/17/1951",
            "",
            "#Your request was denied",
            "We denied the medical care your doctor asked for: intravenous ketamine treatments (codes 96365 and "
            "J3490) at Saguaro Infusion Partners for depression (diagnosis F33.2), six visits starting in "
            "December 2026.",
            "#Why we denied your request",
            "Saguaro Infusion Partners is not in our plan's network. As a member of an HMO you must get care that "
            "is not an emergency from network providers unless we approve an exception. Two network infusion "
            "centers in Tucson can give this treatment, so we cannot approve care outside the network.",
            "We made this decision on an expedited (fast) basis because your doctor told us that waiting could "
            "seriously harm your health.",
            "#You have the right to appeal our decision",
            "You must ask for an appeal within 65 days of the date of this notice. We can give you more time if "
            "you have a good reason for missing the deadline. To ask, write to the address below, or call "
            "1-555-0193 for a fast appeal:",
            "Silver Harbor Health Plan",
            "Attn: Appeals & Grievances Dept.",
            "PO Box 11842",
            "Tucson, AZ 85734-1842",
            "Fax: 1-555-0194",
            "If we say no to your appeal, we will send it to an independent reviewer without your asking.",
        ],
        key=dict(patient_name="Bernard Okonkwo-Hale", member_id="SHM 774102935", claim_number="IDN-26-44719",
                 notice_date=nd, procedure_codes=["96365", "J3490"], diagnosis_codes=["F33.2"],
                 denial_category="out_of_network", plan_type="medicare_advantage", urgent=True),
        fmt=dict(notice="en"), nd_label="Date:",
        ev=dict(denial_category=["not in our plan's network"], plan_type=["Medicare Advantage"],
                urgent=["expedited (fast) basis"]),
        window=("days", 65, "within 65 days of the date of this notice"),
        addr=["Silver Harbor Health Plan", "Attn: Appeals & Grievances Dept.", "PO Box 11842",
              "Tucson, AZ 85734-1842"],
        traps=["1EG4-TE5-MK72", "03/17/1951", "December 2026"],
        note="A Medicare Advantage HMO's Notice of Denial of Medical Coverage before care, decided on an expedited "
             "basis: IV ketamine (96365, J3490; F33.2) at a non-network infusion center: out_of_network; urgent. "
             "Text PDF with a two-column header box (four cells a row). No dates of care, no CARC; the case number "
             "is keyed. Window stated: 65 days. Traps: the Medicare Number, the DOB.",
    )


def c12():
    nd = D(2026, 11, 23)
    sd = [D(2025, 1, 6), D(2025, 1, 13)]
    return dict(
        n=12, slug="self-funded-tpa-claim-printout-three-claims-late-filing-txt", kind="txt", lang="en",
        font="mono", size=10, tabs={"": [0, 16, 37, 51, 58, 66, 75, 84], "h": [0, 43]},
        lines=[
            "h|CLEARFORK ADMINISTRATORS\tCLAIM STATUS STATEMENT",
            "Redstone Freight Lines Employee Benefit Plan (self-funded employer plan; ERISA)",
            FIC_EN + " - invented plan, people and numbers",
            "",
            f"h|Statement date: {us(nd)}\tPage 1 of 1",
            "h|Participant: Sylvia Marchetti\tParticipant ID: RFL00438821",
            "h|Patient: Sylvia Marchetti (self)\tGroup: RFL-2201",
            "",
            "Claim no.\tProvider\tService date\tCode\tDiag\tCharge\tPaid\tAdj",
            "CF-2026-770981\tDr. P. Osei, PsyD\t09/14/2026\t90837\tF41.1\t175.00\t140.00\tPR-1",
            f"CF-2026-771045\tDr. P. Osei, PsyD\t{us(sd[0])}\t90837\tF41.1\t175.00\t0.00\tCO-29",
            f"\t\t{us(sd[1])}\t90837\tF41.1\t175.00\t0.00\tCO-29",
            "CF-2026-771102\tDr. P. Osei, PsyD\t10/12/2026\t90837\tF41.1\t175.00\t140.00\tPR-1",
            "",
            "CO-29  The claim reached us after the plan's filing limit. Claims must be received within 12 months",
            "       of the date of service. Claim CF-2026-771045 was first received 10/29/2026.",
            "PR-1   Deductible applied.",
            "",
            "TO APPEAL A DENIED CLAIM, WRITE TO: Redstone Freight Lines Employee Benefit Plan,",
            "c/o Clearfork Administrators, Appeals Dept, PO Box 9007, Fort Worth, TX 76147-9007.",
            "Appeal time limits and procedures are described in your Summary Plan Description.",
            "Customer service 1-555-0158. Do not send appeals to the claims address on your ID card.",
        ],
        key=dict(patient_name="Sylvia Marchetti", member_id="RFL00438821", claim_number="CF-2026-771045",
                 notice_date=nd, service_dates=sd, procedure_codes=["90837"], diagnosis_codes=["F41.1"],
                 carc_codes=["CO-29"], denial_category="timely_filing", plan_type="employer_erisa", urgent=False),
        fmt=dict(notice="us", service="us"), nd_label="Statement date:",
        ev=dict(denial_category=["filing limit"], plan_type=["self-funded employer plan; ERISA"]),
        window=("rule",),
        addr=["Redstone Freight Lines Employee Benefit Plan", "c/o Clearfork Administrators", "Appeals Dept",
              "PO Box 9007", "Fort Worth, TX 76147-9007"],
        traps=["CF-2026-770981", "CF-2026-771102", "10/29/2026", "RFL-2201", "09/14/2026", "10/12/2026"],
        note="A third-party administrator's plain-text claim status statement for a self-funded ERISA plan, "
             "three claims: two paid, one denied, psychotherapy on 2 days in January 2025 (90837; F41.1) filed "
             "late (CO-29): timely_filing. Fixed-width columns. No time limit printed (it points to the SPD): the "
             "ERISA rule, 180 days. Traps: the paid claims, the received date 10/29/2026, the group number.",
    )


# ----------------------------------------------------------------------------------------------- Spanish
def c13():
    nd = D(2026, 11, 20)
    return dict(
        n=13, slug="medicaid-mco-pio-acelerada-necesidad-captura-cleartype-png", kind="png", device="cleartype",
        lang="es", font="sans", size=26, tabs={"": [0], "h": [0, .33]},
        lines=[
            "#Plan de Salud Río Claro",
            "Plan de atención administrada de Medicaid (STAR) de Texas",
            FIC_ES + " - plan, personas y números inventados",
            "",
            "#Aviso de determinación adversa de beneficios",
            f"h|Fecha del aviso:\t{es(nd)}",
            "h|Miembro:\tRosaura Villalobos Ibarra",
            "h|Número de Medicaid:\t528 441 903",
            "h|Fecha de nacimiento:\t20/11/1985",
            "h|Número de caso:\tAU-26-1120-044",
            "h|Proveedor que lo pidió:\tCentro Comunitario Alameda",
            "",
            "Su proveedor nos pidió aprobar un programa intensivo para pacientes ambulatorios (código S9480, "
            "diagnóstico F33.1), tres días por semana durante seis semanas. Revisamos la solicitud de forma "
            "acelerada (rápida) porque su proveedor dijo que esperar podía poner en peligro su salud.",
            "Decisión: negamos la solicitud. Según los criterios de necesidad médica que usamos para este "
            "programa, los servicios no son médicamente necesarios en este momento. Su expediente muestra que la "
            "terapia semanal con su psicóloga empezó hace tres semanas y que no ha estado hospitalizada hace poco; "
            "los criterios piden intentar antes un tratamiento ambulatorio menos intensivo.",
            "",
            "#Cómo apelar",
            "Tiene 60 días calendario a partir de la fecha de este aviso para pedir una apelación. Puede "
            "llamarnos al 1-555-0105 o escribir a:",
            "Plan de Salud Río Claro",
            "Atención: Departamento de Apelaciones",
            "P.O. Box 3390",
            "San Antonio, TX 78211-3390",
            "Si pide una apelación rápida, la decidiremos en 72 horas. Si quiere seguir recibiendo un servicio ya "
            "aprobado mientras se decide la apelación, pídalo dentro de 10 días. Si no está de acuerdo con la "
            "decisión de la apelación, puede pedir una audiencia imparcial estatal dentro de 120 días.",
        ],
        key=dict(patient_name="Rosaura Villalobos Ibarra", member_id="528 441 903", claim_number="AU-26-1120-044",
                 notice_date=nd, procedure_codes=["S9480"], diagnosis_codes=["F33.1"],
                 denial_category="medical_necessity", plan_type="medicaid", urgent=True),
        fmt=dict(notice="es"), nd_label="Fecha del aviso:",
        ev=dict(denial_category=["no son médicamente necesarios"], plan_type=["Medicaid"],
                urgent=["acelerada (rápida)"]),
        window=("days", 60, "Tiene 60 días calendario a partir de la fecha de este aviso"),
        addr=["Plan de Salud Río Claro", "Atención: Departamento de Apelaciones", "P.O. Box 3390",
              "San Antonio, TX 78211-3390"],
        traps=["20/11/1985", "10 días", "120 días", "72 horas"],
        note="A Texas Medicaid managed-care plan's notice in Spanish refusing an intensive outpatient program "
             "before care (S9480; F33.1) on an expedited basis: medical_necessity; urgent. No dates of care, no "
             "CARC; the case number is keyed. A low-resolution screenshot of a PDF viewer with subpixel (ClearType) "
             "colour fringes. Window stated: 60 días calendario. Traps: the DOB 20/11/1985 (the notice's own day "
             "and month), 10 días, 120 días, 72 horas.",
    )


def c14():
    nd = D(2026, 11, 6)
    sd = [D(2026, 10, 8), D(2026, 10, 15), D(2026, 10, 22)]
    return dict(
        n=14, slug="chip-terapia-familiar-sin-autorizacion-foto-con-marcas-neon", kind="jpg", device="markup",
        lang="es", font="sans", size=28, tabs={"": [0], "h": [0, .32]},
        markup=dict(circle="26-8841-0271", arrow="Su derecho a apelar", note="¡llamar el lunes!"),
        lines=[
            "#Plan Infantil Cañón Rojo",
            "Programa de Seguro Médico para Niños (CHIP) de Utah",
            FIC_ES + " - plan, personas y números inventados",
            "",
            f"Fecha de la carta: {es(nd)}",
            "",
            "Sra. Yolanda Alarcón",
            "1275 W Calle Aurora",
            "West Valley City, UT 84119",
            "",
            "h|Paciente:\tMateo Quispe Alarcón",
            "h|Número de miembro:\tCRK-7120-3345",
            "h|Fecha de nacimiento:\t06/11/2015",
            "h|Número de reclamo:\t26-8841-0271",
            "h|Proveedor:\tClínica Familiar Los Álamos",
            "",
            "Estimada Sra. Alarcón:",
            f"Le escribimos sobre el reclamo de la Clínica Familiar Los Álamos por las sesiones de terapia familiar "
            f"que recibió su hijo Mateo los días {es_days(sd)} (código 90847, diagnóstico F43.23). No pagaremos "
            "este reclamo porque la clínica no pidió nuestra autorización previa antes de dar las sesiones, como "
            "lo exige el plan después de la sexta sesión. Código de ajuste: CO-197.",
            "Usted no tiene que pagar estas sesiones: la clínica es parte de nuestra red y no puede cobrárselas.",
            "",
            "#Su derecho a apelar",
            "Puede apelar esta decisión dentro de 60 días a partir de la fecha de esta carta. Envíe su apelación a:",
            "Plan Infantil Cañón Rojo",
            "Atención: Apelaciones de Miembros",
            "P.O. Box 45820",
            "Salt Lake City, UT 84145-0820",
            "Si después de la apelación sigue en desacuerdo, puede pedir que el estado revise la decisión. "
            "Teléfono: 1-555-0108 (TTY 711).",
        ],
        key=dict(patient_name="Mateo Quispe Alarcón", member_id="CRK-7120-3345", claim_number="26-8841-0271",
                 notice_date=nd, service_dates=sd, procedure_codes=["90847"], diagnosis_codes=["F43.23"],
                 carc_codes=["CO-197"], denial_category="prior_authorization", plan_type="chip", urgent=False),
        fmt=dict(notice="es"), nd_label="Fecha de la carta:", sd_list=es_days(sd),
        ev=dict(denial_category=["autorización previa"], plan_type=["(CHIP)"]),
        window=("days", 60, "dentro de 60 días a partir de la fecha de esta carta"),
        addr=["Plan Infantil Cañón Rojo", "Atención: Apelaciones de Miembros", "P.O. Box 45820",
              "Salt Lake City, UT 84145-0820"],
        traps=["Yolanda Alarcón", "06/11/2015", "1275 W Calle Aurora"],
        note="A separate CHIP plan's letter in Spanish to a child's mother: family therapy on 3 days written as one "
             "list (90847; F43.23) without prior authorization (CO-197): prior_authorization. A phone photo the "
             "mother marked up in a photo editor (a neon circle round the claim number, an arrow, a note). Window "
             "stated: 60 días from the letter. Traps: the mother, the child's DOB 06/11/2015 (the letter's own "
             "day and month, day first).",
    )


def c15():
    nd = D(2026, 11, 3)
    sd = [D(2026, 10, 6), D(2026, 10, 20)]
    return dict(
        n=15, slug="mercado-eob-tres-reclamos-masaje-excluido-foto-ruido-de-sensor", kind="jpg", device="fpn",
        lang="es", font="sans", size=25,
        tabs={"": [0, .17, .34, .44, .56, .68, .8], "h": [0, .33]},
        lines=[
            "#Salud Horizonte del Sol",
            "Explicación de beneficios (EOB) - ESTO NO ES UNA FACTURA",
            FIC_ES + " - plan, personas y números inventados",
            "Plan individual comprado en el Mercado de Seguros Médicos: Horizonte Plata 3000",
            "",
            f"h|Fecha de emisión:\t{es(nd)}",
            "h|Asegurada:\tIleana Cordero Batista",
            "h|N.º de identificación:\tHDS330877910",
            "h|Proveedor:\tCentro de Terapia Física Coral",
            "",
            "Reclamo\tFecha de servicio\tCódigo\tDiagnóstico\tCobrado\tPagado\tAjuste",
            "4471-2026-0975\t01-oct-2026\t99213\tM79.7\t$140.00\t$98.00\tPR-3",
            f"4471-2026-0983\t{es_abbr(sd[0])}\t97124\tM79.7\t$90.00\t$0.00\tCO-96",
            f"\t{es_abbr(sd[1])}\t97124\tM79.7\t$90.00\t$0.00\tCO-96",
            "4471-2026-0990\t27-oct-2026\t99213\tM79.7\t$140.00\t$98.00\tPR-3",
            "",
            "CO-96: el masaje terapéutico no es un beneficio cubierto de su plan (vea la sección de exclusiones "
            "de su Evidencia de Cobertura). El centro puede cobrarle estos cargos. PR-3: su copago.",
            "",
            "#Sus derechos de apelación",
            "Puede apelar dentro de los 180 días siguientes a la fecha en que reciba esta explicación. Escriba a:",
            "Salud Horizonte del Sol",
            "Unidad de Quejas y Apelaciones",
            "P.O. Box 24419",
            "Miami, FL 33124-4419",
            "También puede pedir una revisión externa independiente. Ayuda: 1-555-0112.",
        ],
        key=dict(patient_name="Ileana Cordero Batista", member_id="HDS330877910", claim_number="4471-2026-0983",
                 notice_date=nd, service_dates=sd, procedure_codes=["97124"], diagnosis_codes=["M79.7"],
                 carc_codes=["CO-96"], denial_category="not_covered", plan_type="individual_aca", urgent=False),
        fmt=dict(notice="es", service="es_abbr"), nd_label="Fecha de emisión:",
        ev=dict(denial_category=["no es un beneficio cubierto"], plan_type=["Mercado de Seguros"]),
        window=("days", 180, "dentro de los 180 días siguientes a la fecha en que reciba esta explicación"),
        addr=["Salud Horizonte del Sol", "Unidad de Quejas y Apelaciones", "P.O. Box 24419", "Miami, FL 33124-4419"],
        traps=["4471-2026-0975", "4471-2026-0990", "99213", "01-oct-2026", "27-oct-2026"],
        note="A Marketplace plan's explanation of benefits in Spanish, three claims: two paid, one denied, massage "
             "therapy for fibromyalgia on 2 days (97124; M79.7) excluded (CO-96): not_covered. Dates written "
             "06-oct-2026. Photographed in shade by a cheap phone: fixed-pattern sensor noise (column stripes, "
             "hot pixels). Window stated: 180 días after receipt. Traps: the paid claims (99213 on 01-oct and "
             "27-oct).",
    )


def c16():
    nd = D(2026, 11, 19)
    sd = [D(2026, 10, 28), D(2026, 11, 4)]
    return dict(
        n=16, slug="plan-de-iglesia-psicoterapia-otro-seguro-primero-docx", kind="docx", lang="es",
        font="sans", size=11, tabs={"": [0], "h": [0, .4]},
        lines=[
            "#Plan de Beneficios de Salud de la Diócesis de San Lázaro",
            "Plan de iglesia (no sujeto a ERISA)",
            FIC_ES + " - plan, personas y números inventados",
            "Oficina central: 77 Plaza Catedral, El Paso, TX 79901",
            "",
            f"Fecha: {es(nd)}",
            "",
            "Sr. Fernando Aguilar Pineda",
            "3309 Calle Nogal",
            "Socorro, TX 79927",
            "",
            "h|Miembro:\tFernando Aguilar Pineda",
            "h|Número de miembro:\tDSL-004512",
            "h|Número de reclamo:\tRC-26-55190",
            "h|Proveedor:\tConsultorio de Psicología Sendero",
            f"h|Fechas de servicio:\t{es(sd[0])}; {es(sd[1])}",
            "h|Código de procedimiento:\t90834",
            "h|Diagnóstico:\tF41.1",
            "h|Código de ajuste:\tCO-22",
            "",
            "Estimado Sr. Aguilar:",
            "Recibimos el reclamo del Consultorio de Psicología Sendero por sus sesiones de psicoterapia. Nuestros "
            "registros muestran que usted también tiene cobertura por medio del empleador de su esposa, con "
            "Aseguradora Llano Grande (póliza LG-88120-4), y que esa cobertura paga primero según las reglas de "
            "coordinación de beneficios del Plan. Por eso no podemos pagar este reclamo como primer pagador.",
            "Envíe el reclamo primero a la otra aseguradora y después a nosotros, con la explicación de beneficios "
            "que ella le mande. Si la cobertura de su esposa ya terminó, díganos en qué fecha.",
            "Si no está de acuerdo, puede apelar dentro de 180 días a partir de la fecha en que reciba esta carta. "
            "Envíe su apelación por escrito a:",
            "Plan de Beneficios de Salud de la Diócesis de San Lázaro",
            "Comité de Apelaciones",
            "900 Calle Misión, Suite 210",
            "El Paso, TX 79902",
            "Teléfono: 1-555-0115. No envíe apelaciones a la oficina central.",
        ],
        key=dict(patient_name="Fernando Aguilar Pineda", member_id="DSL-004512", claim_number="RC-26-55190",
                 notice_date=nd, service_dates=sd, procedure_codes=["90834"], diagnosis_codes=["F41.1"],
                 carc_codes=["CO-22"], denial_category="coordination_of_benefits", plan_type="church",
                 urgent=False),
        fmt=dict(notice="es", service="es"), nd_label="Fecha:",
        ev=dict(denial_category=["coordinación de beneficios"], plan_type=["Plan de iglesia"]),
        window=("days", 180, "dentro de 180 días a partir de la fecha en que reciba esta carta"),
        addr=["Plan de Beneficios de Salud de la Diócesis de San Lázaro", "Comité de Apelaciones",
              "900 Calle Misión", "Suite 210", "El Paso, TX 79902"],
        traps=["LG-88120-4", "77 Plaza Catedral", "3309 Calle Nogal"],
        note="A church plan's letter in Spanish as Word: psychotherapy on 2 days (90834; F41.1) refused because "
             "the wife's employer plan pays first (CO-22): coordination_of_benefits. Facts in a two-column table "
             "(service dates in one cell, separated by ';'). Window stated: 180 días from receipt. Traps: the "
             "other insurer's policy, the central office, the member's home address.",
    )


def c17():
    nd = D(2026, 11, 25)
    sd = [D(2026, 11, 16), D(2026, 11, 17), D(2026, 11, 18), D(2026, 11, 19)]
    dl = D(2027, 5, 24)
    return dict(
        n=17, slug="plan-estudiantil-portal-emt-maximo-de-sesiones-html", kind="html", lang="es",
        font="sans", size=25, tabs={"": [0], "h": [0]},
        portal=dict(title="Reclamo CV-26-0031887 - Aseguradora Cumbre Vida", nav="Inicio | Reclamos | Cobertura | "
                    "Mensajes | Salir", stamp="Impreso: 05/12/2026 10:02 desde miembros.cumbrevida.example",
                    user="Sesión iniciada: Camila Ortega Sandoval"),
        lines=[
            "#Aseguradora Cumbre Vida - Portal de miembros",
            "Plan de Seguro Médico Estudiantil de la Universidad del Valle Alto 2026-2027",
            FIC_ES + " - aseguradora, universidad, estudiante y números inventados",
            "Las fechas se muestran como día/mes/año.",
            "#Detalle del reclamo",
            "h|Estudiante asegurada\tCamila Ortega Sandoval",
            "h|Identificación de miembro\tUVA-EST-771204",
            "h|Número de reclamo\tCV-26-0031887",
            f"h|Fecha de la decisión\t{es(nd)}",
            "h|Estado\tDenegado",
            "h|Proveedor\tInstituto de Neuromodulación Sandía",
            "Fecha\tCódigo\tDiagnóstico\tSesión n.º\tCobrado\tPagado\tAjuste",
        ] + [f"{dmy(d)}\t90868\tF33.1\t{31 + i}\t$395.00\t$0.00\tCO-119" for i, d in enumerate(sd)] + [
            "#Motivo",
            "Su plan cubre hasta 30 sesiones de estimulación magnética transcraneal por año de póliza. Las "
            "sesiones 31 a 34 superan ese máximo de beneficios (código CO-119).",
            "#Otros reclamos",
            "Reclamo\tFecha\tCódigo\tEstado",
            "CV-26-0029915\t03/11/2026\t90868\tPagado",
            "#Apelación",
            f"Tiene hasta el {es(dl)} para apelar esta decisión. Envíe su apelación por el portal o por correo a:",
            "Aseguradora Cumbre Vida",
            "Apelaciones del Plan Estudiantil",
            "P.O. Box 27115",
            "Albuquerque, NM 87125-7115",
            "Después de la apelación puede pedir una revisión externa a la Oficina del Superintendente de Seguros "
            "de Nuevo México. Ayuda: 1-555-0119.",
        ],
        key=dict(patient_name="Camila Ortega Sandoval", member_id="UVA-EST-771204", claim_number="CV-26-0031887",
                 notice_date=nd, service_dates=sd, procedure_codes=["90868"], diagnosis_codes=["F33.1"],
                 carc_codes=["CO-119"], denial_category="benefit_limit", plan_type="individual_aca", urgent=False),
        fmt=dict(notice="es", service="dmy"), nd_label="Fecha de la decisión",
        ev=dict(denial_category=["máximo de beneficios"], plan_type=["Plan de Seguro Médico Estudiantil"]),
        window=("date", dl, f"Tiene hasta el {es(dl)}"),
        addr=["Aseguradora Cumbre Vida", "Apelaciones del Plan Estudiantil", "P.O. Box 27115",
              "Albuquerque, NM 87125-7115"],
        traps=["CV-26-0029915", "03/11/2026", "05/12/2026"],
        note="A student health plan's member-portal page in Spanish (keyed individual_aca): TMS sessions 31-34 on "
             "4 days (90868; F33.1) past the 30-session policy-year maximum (CO-119): benefit_limit. Dates day "
             "first, as the page says. Window stated as a date: 24 de mayo de 2027. Traps: the paid claim "
             "CV-26-0029915 (03/11/2026), the print stamp 05/12/2026.",
    )


def c18():
    nd = D(2026, 11, 9)
    sd = [D(2026, 10, 26), D(2026, 10, 27), D(2026, 10, 28)]
    return dict(
        n=18, slug="condado-empleados-hospitalizacion-parcial-dias-no-autorizados-correo-reenviado", kind="eml",
        lang="es", font="sans", size=25, tabs={"": [0]},
        mail=dict(frm='"Lucía Navarro" <lucia.navarro@correo.example>',
                  to='"Centro de Ayuda al Consumidor" <ayuda@consumidores.example>',
                  date="Thu, 03 Dec 2026 16:20:45 -0700",
                  subject="RV: Notificación de reclamo VV26-40872",
                  msgid="<rv-30-18@correo.example>",
                  intro=["Buenas tardes:", "",
                         "Les reenvío la carta que recibió mi papá, Esteban Navarro Quiroga. Él me autorizó a pedir "
                         "ayuda con la apelación. Gracias,", "Lucía", ""],
                  fwd=["-----Mensaje original-----",
                       "De: Plan de Salud para Empleados del Condado de Valle Verde <avisos@condadovalleverde.example>",
                       "Enviado el: martes, 10 de noviembre de 2026 8:30",
                       "Para: esteban.navarro@correo.example",
                       "Asunto: Notificación de reclamo VV26-40872", ""],
                  html=True),
        lines=[
            "PLAN DE SALUD PARA EMPLEADOS DEL CONDADO DE VALLE VERDE",
            "Plan de salud de un empleador del gobierno local (condado)",
            FIC_ES + " - plan, personas y números inventados",
            "",
            f"Fecha de la notificación: {es(nd)}",
            "Miembro: Esteban Navarro Quiroga",
            "Número de identificación: CVV-118204",
            "Número de reclamo: VV26-40872",
            "",
            "Estimado Sr. Navarro:",
            "",
            f"Revisamos el reclamo del Hospital Santa Brígida por el programa de hospitalización parcial que usted "
            f"recibió los días {es_days(sd)} (código H0035, diagnóstico F31.4). El plan había autorizado 10 días "
            "del programa, del 12 al 23 de octubre de 2026. Los días de este reclamo superan los días autorizados "
            "y nadie pidió que se extendiera la autorización, por lo que no se pagan (código de ajuste CO-198).",
            "",
            "Si no está de acuerdo, puede pedir una apelación. Los plazos y pasos para apelar están en el "
            "capítulo 7 del folleto de beneficios del plan. Envíe su apelación a:",
            "",
            "Plan de Salud para Empleados del Condado de Valle Verde",
            "Atención: Unidad de Apelaciones",
            "455 Avenida Central, Piso 3",
            "Phoenix, AZ 85004",
            "",
            "Teléfono: 1-555-0127.",
        ],
        key=dict(patient_name="Esteban Navarro Quiroga", member_id="CVV-118204", claim_number="VV26-40872",
                 notice_date=nd, service_dates=sd, procedure_codes=["H0035"], diagnosis_codes=["F31.4"],
                 carc_codes=["CO-198"], denial_category="prior_authorization", plan_type="governmental",
                 urgent=False),
        fmt=dict(notice="es"), nd_label="Fecha de la notificación:", sd_list=es_days(sd),
        ev=dict(denial_category=["superan los días autorizados"], plan_type=["gobierno local"]),
        window=("rule",),
        addr=["Plan de Salud para Empleados del Condado de Valle Verde", "Atención: Unidad de Apelaciones",
              "455 Avenida Central", "Piso 3", "Phoenix, AZ 85004"],
        traps=["Lucía Navarro", "10 de noviembre de 2026", "Thu, 03 Dec 2026", "12 al 23 de octubre de 2026"],
        note="A county employees' plan (governmental) letter in Spanish, forwarded Outlook-style by the member's "
             "daughter to a consumer help centre (multipart: plain text and HTML): PHP on 3 days written as one "
             "list (H0035; F31.4) past the authorized days (CO-198): prior_authorization. No time limit printed "
             "(it points to the plan booklet): the governmental rule, 180 days. Traps: the daughter, the e-mail "
             "Date (3 Dec), the forwarded 'Enviado el' (10 Nov), the authorized span 12-23 Oct.",
    )


CASES = [c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13, c14, c15, c16, c17, c18]
