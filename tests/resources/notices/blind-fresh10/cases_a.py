"""English notices 01-06 of the FICTIONAL blind-fresh10 set."""
from make_set import plus_days, plus_months  # noqa: F401
from render import Doc, W, card_image, width

FICT = "FICTIONAL SAMPLE - not a real notice. Every person, plan, number and address on it is invented."


# ------------------------------------------------------------------------------------------------------------------
def c01():
    """Employer insured plan, letter viewed in a member portal and printed from the browser."""
    d = Doc(margin=50, top=40)
    url = "https://members.harborline-health.example/letters/view?doc=L-77310452&fmt=print"

    def chrome(pg, n):
        d.text(30, 20, "12/3/26, 9:41 AM", "arial", 8)
        t = "Claim Letter | Harborline Member Center"
        d.text((W - width(t, "arial", 8)) / 2, 20, t, "arial", 8)
        d.text(30, 780, url, "arial", 8)
        d.text(W - 46, 780, f"{pg}/{n}", "arial", 8)

    chrome(1, 2)
    d.rect(50, 32, W - 100, 26, fill=(0.12, 0.29, 0.45), stroke=None)
    d.text(60, 50, "HARBORLINE Member Center", "sansb", 11, (1, 1, 1))
    d.text(330, 50, "Home   My Plan   Claims   ID Cards   Messages   Sign out", "sans", 7.5, (1, 1, 1))
    d.y = 66
    d.line("Claims  >  Letters  >  Claim determination (print view)", "sans", 8, color=(0.3, 0.3, 0.3))
    d.line("Welcome back, Marguerite. Last sign-in 11/30/2026.", "sans", 8, color=(0.3, 0.3, 0.3))
    d.hline(50, W - 50, d.y + 2, 0.5)
    d.gap(14)
    d.line("HARBORLINE MUTUAL HEALTH INSURANCE COMPANY", "serifb", 13)
    d.line("Correspondence: PO Box 7710, Bellmere, MN 55998  |  Member Services (612) 555-0142, TTY 711", "serif", 8.5)
    d.gap(8)
    d.kv([("Date of notice:", "November 17, 2026"), ("Letter ID:", "L-77310452")], labw=90, size=10)
    d.gap(6)
    d.lines("Marguerite A. Villanueva\n4471 Larkspur Bend\nOrrin Lake, MN 55990", size=10.5)
    d.gap(10)
    y0 = d.y
    d.rect(50, y0 - 4, W - 100, 118, fill=None, stroke=(0.5, 0.5, 0.5), lw=0.6)
    d.kv([
        ("Member:", "Marguerite A. Villanueva"),
        ("Date of birth:", "11/19/1968"),
        ("Member ID:", "FICT-HMH-552019-46"),
        ("Group:", "Tessaro Tile & Stone (group G-40817), insured by Harborline"),
        ("Claim number:", "2026-1104-883157"),
        ("Provider:", "Northstar Ketamine & Wellness Clinic"),
        ("Dates of service:", "October 6, 2026 through"),
        ("", "October 16, 2026 (6 visits)"),
    ], x=60, labw=110, size=10, lead=13.5)
    d.gap(10)
    d.kv([("Services:", "96365 IV infusion, first hour; 96366 each added hour; J3490 unlisted drug (ketamine)"),
          ("Diagnosis:", "F33.2 Major depressive disorder, recurrent, severe, no psychotic features")],
         labw=70, size=9.5)
    d.gap(8)
    d.line("Dear Ms. Villanueva:", size=10.5)
    d.gap(4)
    d.para("We reviewed the claim listed above for the series of ketamine infusions you received. We have denied "
           "payment for the whole series. This letter explains why and what you can do.", size=10.5)
    d.para("Why we denied it: the infusions are not medically necessary under Harborline Medical Policy MP-311, "
           "Ketamine and Esketamine for Psychiatric Conditions. The policy asks for records showing an adequate trial "
           "of at least two antidepressants from different classes and a standardized depression score taken within "
           "30 days before treatment. The records we received did not include a score or the length of each trial. "
           "A board-certified psychiatrist reviewed the claim. You may ask for a free copy of the policy, the "
           "reviewer's notes and the diagnosis and procedure code meanings.", size=10.5)
    d.line("Your right to appeal", "serifb", 11.5)
    d.para("You have 180 days after you receive this letter to file an appeal. You, your doctor or someone you "
           "name in writing may file it. Include this letter, your records and anything you want us to consider. "
           "If waiting could seriously harm your health, ask for an expedited appeal by calling Member Services; "
           "we decide those within 72 hours.", size=10.5)
    d.newpage()
    d.y = 50
    d.line("Send your written appeal to:", "serifb", 10.5)
    d.lines("Harborline Mutual Health Insurance Company\nAttn: Grievance and Appeals Department\n"
            "2200 Quarry Lake Parkway, Suite 410\nBellmere, MN 55999", x=72, size=10.5)
    d.gap(4)
    d.para("Please do not mail appeals to the correspondence PO Box shown at the top of this letter. Appeals sent "
           "there are forwarded and may be delayed.", size=10.5)
    d.line("External review", "serifb", 11.5)
    d.para("If we uphold our decision, you may ask for an external review by an independent review organization "
           "within 4 months after you receive our final decision. Your plan is an employee benefit plan covered by "
           "ERISA; you also have the right to bring a civil action under section 502(a) of ERISA after your appeal.",
           size=10.5)
    d.para("Help in your language: call (612) 555-0142. Ayuda en español: llame al (612) 555-0142.", size=9.5)
    d.gap(4)
    d.line("Harborline Claims Review", "serifi", 10.5)
    d.gap(12)
    d.line(FICT, "sansb", 8)
    d.line("Page generated 11/17/2026 06:02 ET for online viewing. Printed copies are not monitored.", "sans", 7.5)
    chrome(2, 2)
    key = dict(
        file="01-harborline-portal-printout.pdf",
        _note=("Employer group plan, insured (ERISA), letter printed from a member portal (text PDF): browser header "
               "with print date 12/3/26 and footer with URL; 'Page generated 11/17/2026' line; date of notice "
               "November 17, 2026; DOB 11/19/1968 two days after; service dates printed as a range across two lines "
               "('October 6, 2026 through' / 'October 16, 2026'): the key gives the range's first and last day; "
               "correspondence PO Box is not for appeals; letter ID looks like a claim number."),
        patient_name="Marguerite A. Villanueva", member_id="FICT-HMH-552019-46", claim_number="2026-1104-883157",
        notice_date="2026-11-17", service_dates=["2026-10-06", "2026-10-16"],
        procedure_codes=["96365", "96366", "J3490"], diagnosis_codes=["F33.2"],
        denial_category="medical_necessity", plan_type="employer_erisa", urgent=False,
        appeal_deadline=plus_days("2026-11-17", 180), deadline_basis="180 days after you receive this letter",
        appeals_address=("Harborline Mutual Health Insurance Company, Attn: Grievance and Appeals Department, "
                         "2200 Quarry Lake Parkway, Suite 410, Bellmere, MN 55999"),
    )
    return dict(key=key, fmt="pdf", doc=d, must=["November 17, 2026", "October 6, 2026", "October 16, 2026"])


# ------------------------------------------------------------------------------------------------------------------
def c02():
    """Medicare Advantage IDN sent to the member's husband as her appointed representative; scanned."""
    d = Doc(margin=60, top=50)
    d.line("Sunmeadow Health Plans", "sansb", 15)
    d.line("900 Commerce Square  -  Port Halvard, ME 04998  -  1-207-555-0163 (TTY 711)", "sans", 8.5)
    d.gap(10)
    d.line("Notice of Denial of Medical Coverage (or Payment)", "sansb", 13, align="center")
    d.line("Sunmeadow Senior Advantage (HMO)", "sans", 10, align="center")
    d.gap(10)
    d.kv([("Date:", "12-Nov-2026"),
          ("Member name:", "Loretta J. Quimby"),
          ("Member number:", "SMH-FICT-00418823"),
          ("Date of birth:", "14-Nov-1949"),
          ("Claim #:", "26-301-004417-00"),
          ("Representative:", "Harold T. Quimby (spouse, appointed representative)"),
          ("AOR reference:", "AOR-2026-58813")], labw=110, font="sans", bfont="sansb", size=9.5)
    d.gap(8)
    d.lines("Harold T. Quimby\n16 Osprey Lane\nBirchcombe, ME 04990", font="sans", size=10)
    d.gap(8)
    d.para("Dear Mr. Quimby:", "sans", 10)
    d.para("We have your Appointment of Representative form, so we are sending this notice to you on behalf of "
           "your wife, Loretta J. Quimby. A copy goes to her at the same address.", "sans", 10)
    d.para("We have denied payment for the medical services listed below, which your wife received from "
           "Lakeshore Behavioral Associates on 15-Oct-2026 and 22-Oct-2026:", "sans", 10)
    d.table([["Service", "Code", "Diagnosis", "Billed"],
             ["Esketamine nasal spray, over 56 mg, supervised", "G2083", "F33.2", "$1,480.00"],
             ["Esketamine nasal spray, over 56 mg, supervised", "G2083", "F33.2", "$1,480.00"]],
            [240, 60, 70, 80], size=9)
    d.gap(8)
    d.line("Why did we deny your request?", "sansb", 10.5)
    d.para("Medicare covers a service only when it is reasonable and necessary. Our physician reviewer found that "
           "these sessions were not medically necessary: the records did not show the induction-phase response "
           "assessment that Medicare coverage rules and our policy call for before maintenance dosing.", "sans", 10)
    d.line("You have the right to appeal our decision", "sansb", 10.5)
    d.para("You have the right to ask Sunmeadow Health Plans to review our decision by asking us for an appeal. "
           "You must ask for an appeal within 65 days of the date of this notice. We can give you more time if you "
           "have a good reason for missing the deadline.", "sans", 10)
    d.para("Standard appeal: you, your representative or your doctor can ask in writing. Mail or deliver your "
           "request to:", "sans", 10)
    d.lines("Sunmeadow Health Plans\nAppeals & Grievances Dept.\nMail Stop 4C\n18 Tannery Row\nPort Halvard, ME 04999",
            font="sans", size=10, x=90)
    d.gap(4)
    d.para("Fast appeal: if you or your doctor believe waiting 30 days could seriously harm your health, call "
           "1-207-555-0163. A fast appeal does not apply to requests for payment for care already received.",
           "sans", 10)
    d.gap(6)
    d.line(FICT, "sansb", 8)
    d.line("Form CMS-10003-NDMCP (fictional reproduction)   SMH-IDN-1126", "sans", 7.5)
    key = dict(
        file="02-medicare-advantage-idn-spouse-rep-scan.pdf",
        _note=("Medicare Advantage Integrated Denial Notice, payment denial (image-only scan). Addressed to the "
               "member's husband as her appointed representative: the PATIENT is the member, Loretta J. Quimby, not "
               "the addressee Harold T. Quimby. Dates written '12-Nov-2026'; DOB 14-Nov-1949 two days after the "
               "notice; AOR reference looks like a claim number; letterhead street address is not the appeal "
               "address; urgent is false (fast appeal offered, not asked)."),
        patient_name="Loretta J. Quimby", member_id="SMH-FICT-00418823", claim_number="26-301-004417-00",
        notice_date="2026-11-12", service_dates=["2026-10-15", "2026-10-22"],
        procedure_codes=["G2083"], diagnosis_codes=["F33.2"],
        denial_category="medical_necessity", plan_type="medicare_advantage", urgent=False,
        appeal_deadline=plus_days("2026-11-12", 65), deadline_basis="within 65 days of the date of this notice",
        appeals_address=("Sunmeadow Health Plans, Appeals & Grievances Dept., Mail Stop 4C, 18 Tannery Row, "
                         "Port Halvard, ME 04999"),
    )
    return dict(key=key, fmt="scan", doc=d, seed=21, angles=[-0.8],
                must=["12-Nov-2026", "15-Oct-2026", "22-Oct-2026"])


# ------------------------------------------------------------------------------------------------------------------
def c03():
    """A dental carve-out letter misfiled in front of a TPA's medical denial (one PDF of 3 pages)."""
    d = Doc(margin=56, top=50)
    # page 1: the dental letter (another plan, another claim)
    d.line("BrightArc Dental Benefits", "arialb", 16, color=(0.1, 0.45, 0.55))
    d.line("Dental benefits for Calloway Freight Lines employees  |  PO Box 3391, Tallis Ford, PA 17990", "arial", 8.5)
    d.gap(14)
    d.line("PREDETERMINATION OF BENEFITS", "arialb", 12)
    d.kv([("Date:", "11/09/2026"), ("Subscriber:", "Theo R. Lindqvist"), ("Dental ID:", "BAD-FICT-66014"),
          ("Predetermination #:", "PD-5519024"), ("Dentist:", "Ferncliff Family Dentistry")],
         labw=120, font="arial", bfont="arialb", size=10)
    d.gap(6)
    d.table([["Tooth/area", "Code", "Description", "Estimate", "Note"],
             ["UR", "D4341", "Scaling and root planing", "$142.00", ""],
             ["UL", "D4341", "Scaling and root planing", "$0.00", "F2"],
             ["", "D4910", "Periodontal maintenance", "$0.00", "F2"]],
            [70, 55, 200, 70, 45], font="arial", hfont="arialb", size=9)
    d.gap(6)
    d.para("F2: frequency limitation. Only one quadrant of scaling and root planing is allowed per 24 months on "
           "this plan. To ask us to reconsider, write to BrightArc Dental Benefits, Attn: Dental Appeals, "
           "PO Box 3391, Tallis Ford, PA 17990 within 180 days.", "arial", 9.5)
    d.gap(4)
    d.line(FICT, "arialb", 7.5)
    # pages 2-3: the medical denial
    d.newpage()
    d.line("KEYSTONE BENEFIT ADMINISTRATORS LLC", "serifb", 14)
    d.line("Third-party administrator for self-funded employer health plans", "serifi", 9.5)
    d.line("Correspondence and claims: Keystone Benefit Administrators, PO Box 60218, Harwick, PA 17999", "serif", 9)
    d.hline(56, W - 56, d.y, 1.2)
    d.gap(12)
    d.line("Nov. 12th, 2026", "serif", 11)
    d.gap(8)
    d.lines("Theo R. Lindqvist\n88 Sawmill Run Road\nOld Kettering, PA 17992", size=11)
    d.gap(8)
    d.line("RE:  Notice of Adverse Benefit Determination", "serifb", 11)
    d.kv([("Plan:", "Calloway Freight Lines Employee Health Plan (self-funded)"),
          ("Participant:", "Theo R. Lindqvist"),
          ("Participant ID:", "FICT-CFL-30917726"),
          ("Date of birth:", "11/14/1972"),
          ("Claim:", "CLM 4408-2261-9"),
          ("Auth. request ref.:", "2611-4408-22"),
          ("Provider:", "Summit Ridge TMS Center"),
          ("Service dates:", "10/19/2026, 10/20/2026 and 10/21/2026"),
          ("Codes billed:", "90867 (initial TMS mapping), 90868 x2 (TMS treatment)"),
          ("Diagnosis:", "F33.2")], labw=120, size=10.5)
    d.gap(8)
    d.line("Dear Mr. Lindqvist:", size=11)
    d.gap(3)
    d.para("Keystone Benefit Administrators LLC is the claims administrator for the Calloway Freight Lines Employee "
           "Health Plan. The Plan, not Keystone, pays benefits. After review, the Plan has denied the claim above.",
           size=11)
    d.para("Reason: the Plan requires prior authorization for transcranial magnetic stimulation (Summary Plan "
           "Description, Section 6.2, Services Requiring Precertification). No authorization was on file for these "
           "dates. The request referenced above was received on 10/26/2026, after treatment began, and was closed "
           "without review.", size=11)
    d.line("How to appeal", "serifb", 11.5)
    d.para("You may appeal within 180 days of the date you receive this letter. Your appeal will be decided by "
           "the Plan's appeals committee, made up of people who did not make this decision.", size=11)
    d.newpage()
    d.line("Theo R. Lindqvist  -  CLM 4408-2261-9  -  Nov. 12th, 2026  -  Page 2 of 2", "serifi", 9)
    d.gap(8)
    d.para("This office has two addresses. Our correspondence address at the top of this letter is for claims and "
           "general mail only. Appeals must be sent to the appeals office:", size=11)
    d.lines("Calloway Freight Lines Employee Health Plan\nc/o Keystone Benefit Administrators LLC\n"
            "Attn: Appeals Review Unit\n1500 Canal Street, Suite 1200\nHarwick, PA 17998", x=90, size=11)
    d.gap(6)
    d.para("You may also fax an appeal to (717) 555-0138. You have the right to receive, free of charge, copies of "
           "all documents relevant to your claim, and to bring a civil action under section 502(a) of ERISA after "
           "a final decision on appeal. If your appeal is denied you may request external review.", size=11)
    d.gap(6)
    d.line("Sincerely,", size=11)
    d.line("Appeals Coordination, Keystone Benefit Administrators LLC", size=11)
    d.gap(14)
    d.line(FICT, "sansb", 8)
    key = dict(
        file="03-dental-carveout-misfiled-tpa.pdf",
        _note=("Employer self-funded plan (ERISA) via a TPA; the member scanned a dental carve-out predetermination "
               "(BrightArc Dental, 11/09/2026, predetermination PD-5519024, D-codes, its own appeal PO Box) in front "
               "of the medical denial: the key is the MEDICAL notice (pages 2-3). Notice date written 'Nov. 12th, "
               "2026'; authorization request ref. 2611-4408-22 looks like a claim number; two addresses "
               "(correspondence PO Box vs appeals office). DOB 11/14/1972 two days after the notice. Administrator: Keystone Benefit Administrators LLC; plan: "
               "Calloway Freight Lines Employee Health Plan (not scored)."),
        patient_name="Theo R. Lindqvist", member_id="FICT-CFL-30917726", claim_number="CLM 4408-2261-9",
        notice_date="2026-11-12", service_dates=["2026-10-19", "2026-10-20", "2026-10-21"],
        procedure_codes=["90867", "90868"], diagnosis_codes=["F33.2"],
        denial_category="prior_authorization", plan_type="employer_erisa", urgent=False,
        appeal_deadline=plus_days("2026-11-12", 180),
        deadline_basis="within 180 days of the date you receive this letter",
        appeals_address=("Calloway Freight Lines Employee Health Plan, c/o Keystone Benefit Administrators LLC, "
                         "Attn: Appeals Review Unit, 1500 Canal Street, Suite 1200, Harwick, PA 17998"),
    )
    return dict(key=key, fmt="pdf", doc=d, must=["Nov. 12th, 2026", "10/19/2026, 10/20/2026 and 10/21/2026"])


# ------------------------------------------------------------------------------------------------------------------
def c04():
    """A Marketplace plan's member claims statement with CARC/RARC tables: three claims, one denied."""
    d = Doc(margin=40, top=44)
    d.rect(40, 36, W - 80, 40, fill=(0.93, 0.95, 0.9), stroke=None)
    d.text(50, 56, "Lumen Valley Health Plan", "sanscb", 15, (0.2, 0.35, 0.1))
    d.text(50, 70, "Bronze 6500 EPO  -  Individual & Family plan bought on the Health Insurance Marketplace", "sansc", 8.5)
    d.text(400, 56, "CLAIMS STATEMENT", "sanscb", 12)
    d.text(400, 70, "This is not a bill.", "sansc", 9)
    d.y = 90
    d.table([["Statement date", "Member", "Member ID", "Statement no."],
             ["2026/11/20", "Cordelia Nwachukwu", "LVH-FICT-0093316-02", "ST-2611-448120"]],
            [110, 150, 140, 130], font="sansc", hfont="sanscb", size=9, border=False)
    d.gap(6)
    d.lines("Cordelia Nwachukwu\n1907 Aspen Hollow Drive, Apt 3\nCalder Springs, CO 80990", font="sansc", size=10)
    d.gap(8)
    d.line("Claims processed since your last statement", "sanscb", 11)
    hdr = ["Claim", "Provider", "Service date", "Code", "Billed", "Allowed", "Plan paid", "Adj. codes", "You owe"]
    cw = [80, 88, 58, 44, 46, 46, 48, 72, 46]
    d.table([hdr,
             ["LV26-1031-00482", "Aspen Primary Care", "2026/10/28", "99214", "$210.00", "$142.60", "$114.08",
              "CO-45 PR-2", "$28.52"],
             ["LV26-1103-00917", "Clearwater Infusion", "2026/10/30", "96365", "$650.00", "$0.00", "$0.00",
              "CO-242", "$650.00"],
             ["", "Partners (out of", "2026/10/30", "J3490", "$240.00", "$0.00", "$0.00", "CO-242 N130", "$240.00"],
             ["", "network)", "", "Dx F33.1", "", "", "", "", ""],
             ["LV26-1107-01133", "Frontier Labs", "2026/11/02", "80053", "$88.00", "$31.10", "$24.88",
              "CO-45 PR-2", "$6.22"]],
            cw, font="sansc", hfont="sanscb", size=8)
    d.gap(4)
    d.para("Claim LV26-1103-00917 was denied. Claims LV26-1031-00482 and LV26-1107-01133 were paid under your "
           "in-network benefits.", "sansc", 9.5)
    d.line("Claim adjustment reason codes (CARC)", "sanscb", 10)
    d.table([["Code", "What it means"],
             ["CO-45", "Charge is more than the amount the plan allows for this service; you do not owe the difference."],
             ["PR-2", "Coinsurance: your share of the allowed amount."],
             ["CO-242", "Services not provided by network/primary care providers. Your EPO plan does not pay for"],
             ["", "care from providers outside its network except emergencies or an approved network exception."]],
            [60, 470], font="sansc", hfont="sanscb", size=8.5)
    d.gap(4)
    d.line("Remark codes (RARC)", "sanscb", 10)
    d.table([["Code", "What it means"],
             ["N130", "See your plan's benefit documents for the limits that apply to this service."]],
            [60, 470], font="sansc", hfont="sanscb", size=8.5)
    d.gap(8)
    d.line("If you disagree with a denial", "sanscb", 11)
    d.para("You or your provider may appeal. Write to us within 180 days of the date you receive this statement. "
           "Tell us which claim you are appealing and why, and include any records that support it. Mail appeals to "
           "Lumen Valley Health Plan, Attn: Member Appeals, 75 Brightwater Avenue, Suite 300, Calder Springs, "
           "CO 80999. Payments for amounts you owe go to PO Box 5512, Calder Springs, CO 80998; do not send appeals "
           "there.", "sansc", 9.5)
    d.para("If your health is at serious risk, call 1-719-555-0119 and ask for an urgent appeal. You may also have "
           "the right to an external review. Questions: 1-719-555-0119, Monday-Friday 8 a.m.-6 p.m.", "sansc", 9.5)
    d.gap(6)
    d.line(FICT, "sanscb", 8)
    d.line("Dates on this statement are year/month/day.", "sansc", 8)
    key = dict(
        file="04-marketplace-claims-statement-carc-rarc.pdf",
        _note=("Individual Marketplace EPO plan, member claims statement (text PDF) with CARC and RARC tables; three "
               "claims with near-identical numbers, only LV26-1103-00917 denied (CO-242, out of network; RARC N130 "
               "is a remark code, not in carc_codes); the paid claims' dates, codes and adjustment codes (CO-45, "
               "PR-2) are not in the key. Dates printed year-first '2026/11/20'. Statement number looks like a claim "
               "number; payments PO Box is not for appeals; appeal address given inside a sentence."),
        patient_name="Cordelia Nwachukwu", member_id="LVH-FICT-0093316-02", claim_number="LV26-1103-00917",
        notice_date="2026-11-20", service_dates=["2026-10-30"],
        procedure_codes=["96365", "J3490"], diagnosis_codes=["F33.1"], carc_codes=["CO-242"],
        denial_category="out_of_network", plan_type="individual_aca", urgent=False,
        appeal_deadline=plus_days("2026-11-20", 180),
        deadline_basis="within 180 days of the date you receive this statement",
        appeals_address=("Lumen Valley Health Plan, Attn: Member Appeals, 75 Brightwater Avenue, Suite 300, "
                         "Calder Springs, CO 80999"),
    )
    return dict(key=key, fmt="pdf", doc=d, must=["2026/11/20", "2026/10/30"])


# ------------------------------------------------------------------------------------------------------------------
def c05():
    """TRICARE letter to a parent about her son, faxed by the clinic with a cover sheet (1-bit TIFF)."""
    d = Doc(margin=60, top=60)
    d.line("FAX", "sansb", 34)
    d.line("Ridgeview Pediatric Behavioral Health - Billing Office", "sansb", 12)
    d.line("410 Harbor Watch Road, Suite B, Fort Alder, SC 29990   Tel (843) 555-0177   Fax (843) 555-0178", "sans", 8.5)
    d.gap(16)
    d.table([["To:", "Nadia Castellanos"], ["Fax:", "(843) 555-0191"], ["From:", "Jolene, billing"],
             ["Date:", "11/24/2026"], ["Pages:", "2 (including this cover)"],
             ["Re:", "TRICARE denial letter for Mateo - copy you asked for"]],
            [90, 330], size=11, header=False)
    d.gap(16)
    d.para("Hi Nadia - here is the copy of the TRICARE letter we got for Mateo's TMS sessions. The appeal has to "
           "come from you as his parent. Call me if you want us to send the treatment notes with it.", "sans", 11)
    d.gap(10)
    d.para("CONFIDENTIALITY: this fax contains protected health information intended only for the person named "
           "above. If you received it in error, call (843) 555-0177 and destroy it.", "sans", 8.5)
    d.gap(8)
    d.line(FICT, "sansb", 9)
    d.newpage()
    d.line("Palisade Military Health Services", "serifb", 15)
    d.line("TRICARE East Region contractor (fictional)  -  PO Box 88100, Fort Alder, SC 29999", "serif", 9)
    d.gap(10)
    d.line("November 10, 2026", "serif", 11)
    d.gap(6)
    d.lines("Nadia Castellanos\nParent/guardian of Mateo A. Castellanos\n27 Marsh Hen Court\nBeaufort Landing, SC 29991",
            size=11)
    d.gap(8)
    d.kv([("Beneficiary:", "Mateo A. Castellanos"),
          ("Beneficiary DoD Benefits Number:", "40917355201"),
          ("Date of birth:", "11/08/2010"),
          ("Sponsor:", "SSgt Ramon Castellanos, DBN 40917355200"),
          ("Claim number:", "TRI-26298-004471"),
          ("Provider:", "Ridgeview Pediatric Behavioral Health"),
          ("Dates of service:", "10/13/2026 and 10/15/2026"),
          ("Procedures:", "90867, 90868"), ("Diagnosis:", "F32.2")], labw=190, size=10.5)
    d.gap(8)
    d.para("Dear Ms. Castellanos:", size=11)
    d.para("We processed the claim above for services your son received. TRICARE cannot pay for these services. "
           "Transcranial magnetic stimulation is covered by TRICARE only for beneficiaries age 18 and older "
           "(TRICARE Policy Manual, Chapter 7). It is not a covered benefit for Mateo.", size=11)
    d.line("Reconsideration rights", "serifb", 11.5)
    d.para("If you disagree, you may request a reconsideration. Your request must be postmarked or received "
           "within 90 days of the date of this notice. Send a copy of this letter and any new records to:", size=11)
    d.lines("Palisade Military Health Services\nAttn: TRICARE East Reconsiderations\nPO Box 88120\n"
            "Fort Alder, SC 29999", x=90, size=11)
    d.gap(4)
    d.para("For help, contact the Beneficiary Counseling and Assistance Coordinator at your nearest military "
           "hospital or clinic.", size=11)
    d.line(FICT, "sansb", 8)
    key = dict(
        file="05-tricare-fax-cover-parent-child.tif",
        _note=("TRICARE regional contractor's claim denial (not a covered benefit: TMS under age 18), sent as a 1-bit "
               "Group 4 fax TIFF at 204x98 dpi; page 1 is the clinic's fax cover sheet dated 11/24/2026 (not the "
               "notice date). Addressed to the parent, Nadia Castellanos: the PATIENT is her son Mateo A. "
               "Castellanos, and the member ID is his DoD Benefits Number, not the sponsor's (DBN 40917355200). "
               "Child's DOB 11/08/2010 two days before the notice. Letterhead PO Box 88100 is not the appeal box."),
        patient_name="Mateo A. Castellanos", member_id="40917355201", claim_number="TRI-26298-004471",
        notice_date="2026-11-10", service_dates=["2026-10-13", "2026-10-15"],
        procedure_codes=["90867", "90868"], diagnosis_codes=["F32.2"],
        denial_category="not_covered", plan_type="tricare", urgent=False,
        appeal_deadline=plus_days("2026-11-10", 90), deadline_basis="within 90 days of the date of this notice",
        appeals_address=("Palisade Military Health Services, Attn: TRICARE East Reconsiderations, PO Box 88120, "
                         "Fort Alder, SC 29999"),
    )

    def hdr(p, n):
        return f"NOV-24-2026 14:02   FROM: RIDGEVIEW PEDS BH 843 555 0178   TO: 8435550191   P.{p:02d}/{n:02d}"

    return dict(key=key, fmt="fax", doc=d, fax_header=hdr, must=["November 10, 2026", "10/13/2026 and 10/15/2026"])


# ------------------------------------------------------------------------------------------------------------------
def c06():
    """Part D coverage determination denial (step therapy), photographed on a desk."""
    d = Doc(margin=58, top=56)
    d.line("Evergold Rx Plus (PDP)", "serifb", 17, color=(0.45, 0.32, 0.0))
    d.line("Evergold Health  |  Pharmacy Help Desk: PO Box 20410, Sable Point, AZ 85998", "serif", 9)
    d.gap(12)
    d.line("Notice of Denial of Medicare Prescription Drug Coverage", "serifb", 13)
    d.gap(6)
    d.kv([("Date:", "November 23, 2026"), ("Enrollee's name:", "Walter P. Haverbrook"),
          ("Member ID:", "EVG-FICT-61820447"), ("Date of birth:", "11/25/1948"),
          ("Case number:", "CD-2611-22718"), ("Rx number (pharmacy):", "6620417-03")], labw=150, size=11)
    d.gap(8)
    d.para("We have denied your request for the following prescription drug that you or your doctor requested: "
           "Rexulti (brexpiprazole) 1 mg tablets, 30 per month.", size=11)
    d.line("Why did we deny your request?", "serifb", 11.5)
    d.para("Rexulti is on our Drug List with a step therapy requirement. Our plan covers it only after you have "
           "tried aripiprazole, the drug we require first for adding to an antidepressant. Our records and your "
           "doctor's statement do not show a trial of aripiprazole or a reason you cannot take it. Your doctor may "
           "ask for an exception.", size=11)
    d.line("You have the right to ask us to review our decision", "serifb", 11.5)
    d.para("If you want to appeal, you must ask within 65 days from the date of this notice. This is called a "
           "redetermination. Mail your written request to:", size=11)
    d.lines("Evergold Health\nAttn: Part D Redeterminations\nP.O. Box 20466\nSable Point, AZ 85999", x=90, size=11)
    d.gap(4)
    d.para("Do not send appeals to the Pharmacy Help Desk box above. If waiting could seriously harm your health, "
           "ask for a fast redetermination by calling 1-602-555-0124.", size=11)
    d.gap(4)
    d.line(FICT, "sansb", 8.5)
    key = dict(
        file="06-part-d-step-therapy-desk-photo.jpg",
        _note=("Medicare Part D coverage determination denial, step therapy (brexpiprazole after aripiprazole), "
               "phone photo JPEG of the page lying on a desk (pen, mug ring), strong keystone and partial shadow. "
               "Case number is the claim_number (drug request: no service dates or codes in the key). DOB 11/25/1948 "
               "two days after the notice; Rx number looks like an identifier; help-desk PO Box not for appeals."),
        patient_name="Walter P. Haverbrook", member_id="EVG-FICT-61820447", claim_number="CD-2611-22718",
        notice_date="2026-11-23", denial_category="step_therapy", plan_type="medicare_part_d", urgent=False,
        appeal_deadline=plus_days("2026-11-23", 65), deadline_basis="within 65 days from the date of this notice",
        appeals_address="Evergold Health, Attn: Part D Redeterminations, P.O. Box 20466, Sable Point, AZ 85999",
    )
    return dict(key=key, fmt="photo", doc=d, dpi=215,
                photo=dict(seed=61, angle=-5.0, keystone=0.08, shadow="hand", bg=(150, 118, 82), desk=True),
                must=["November 23, 2026"])


CASES = [c01, c02, c03, c04, c05, c06]


# ------------------------------------------------------------------------------------------------------------------
def c07():
    """Student health plan letter as a Word file; a stated calendar deadline earlier than the 180-day rule."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor

    def build(path):
        doc = docx.Document()
        st = doc.styles["Normal"]
        st.font.name = "Calibri"
        st.font.size = Pt(10.5)
        sec = doc.sections[0]
        sec.header.paragraphs[0].text = "Tamarind Life & Health Insurance Co.  |  Student Health Insurance Plan"
        sec.footer.paragraphs[0].text = FICT + "  Form TLH-SHIP-AD 07/26"
        p = doc.add_paragraph()
        r = p.add_run("Quillmark University Student Health Insurance Plan")
        r.bold = True
        r.font.size = Pt(15)
        r.font.color.rgb = RGBColor(0x5A, 0x1E, 0x6E)
        doc.add_paragraph("Underwritten by Tamarind Life & Health Insurance Co. Administered for students of "
                          "Quillmark University, 2026-2027 policy year.")
        t = doc.add_table(rows=2, cols=4)
        t.style = "Table Grid"
        for i, (a, b) in enumerate([("Issued", "November 16, 2026"), ("Student / insured", "Amara L. Fenwick-Osei"),
                                    ("Student ID no.", "QU-SHIP-FICT-2210584"), ("Claim reference", "TLH 26 1029 7734")]):
            t.cell(0, i).text = a
            t.cell(1, i).text = b
            t.cell(0, i).paragraphs[0].runs[0].bold = True
        doc.add_paragraph()
        doc.add_paragraph("Amara L. Fenwick-Osei\nBox 4417, Quillmark University Mail Center\nHollisford, NC 27990")
        doc.add_paragraph("Dear Amara L. Fenwick-Osei,")
        doc.add_paragraph("We processed the claim below from Hollisford Interventional Psychiatry. Part of it "
                          "cannot be paid as it was billed.")
        t2 = doc.add_table(rows=3, cols=6)
        t2.style = "Table Grid"
        rows = [("Date of service", "Code", "Modifier", "Diagnosis", "Billed", "Status"),
                ("10/29/2026", "99214", "25", "F33.1", "$265.00", "Denied - CO-4"),
                ("10/29/2026", "96365", "", "F33.1", "$700.00", "Denied - CO-4")]
        for i, row in enumerate(rows):
            for j, v in enumerate(row):
                t2.cell(i, j).text = v
        doc.add_paragraph("Reason code CO-4: the procedure code is inconsistent with the modifier used, or a "
                          "required modifier is missing. The office visit was billed with modifier 25 on the same "
                          "day as the infusion but the record does not show a separate evaluation. Your provider may "
                          "send a corrected claim, or you may appeal.")
        h = doc.add_paragraph()
        h.add_run("Appeal rights").bold = True
        doc.add_paragraph("You may ask us to review this decision. Your written appeal must reach us by "
                          "February 26, 2027. After that date we can accept a late appeal only for good cause. "
                          "Send your appeal to:")
        for ln in ("Tamarind Life & Health Insurance Co.", "Student Plan Appeals", "410 Meridian Court, Floor 6",
                   "Hollisford, NC 27999"):
            q = doc.add_paragraph(ln)
            q.paragraph_format.left_indent = Pt(36)
            q.paragraph_format.space_after = Pt(0)
        doc.add_paragraph()
        doc.add_paragraph("Corrected claims go to the claims address on your ID card (PO Box 90417), not to the "
                          "appeals office. This student plan is individual health insurance coverage; you may also "
                          "have the right to an external review after our final decision. Questions: "
                          "(919) 555-0152 or ship@tamarind-health.example.")
        q = doc.add_paragraph(FICT)
        q.alignment = WD_ALIGN_PARAGRAPH.CENTER
        doc.core_properties.author = "FICTIONAL test set"
        doc.core_properties.created = doc.core_properties.modified = __import__("datetime").datetime(2026, 11, 16, 9, 0)
        doc.save(path)

    key = dict(
        file="07-student-plan-stated-date-docx.docx",
        _note=("Student health plan (individual market coverage), Word file with a page header/footer, boxed header "
               "(labels over values) and a service table; coding/billing denial CO-4 (modifier 25). The deadline is "
               "a stated calendar date, February 26, 2027, EARLIER than 180 days from the notice (2027-05-15): the "
               "stated date wins. Claim reference printed in groups (compare without spaces); corrected-claims PO Box "
               "is not for appeals."),
        patient_name="Amara L. Fenwick-Osei", member_id="QU-SHIP-FICT-2210584", claim_number="TLH 26 1029 7734",
        notice_date="2026-11-16", service_dates=["2026-10-29"],
        procedure_codes=["99214", "96365"], diagnosis_codes=["F33.1"], carc_codes=["CO-4"],
        denial_category="coding_billing", plan_type="individual_aca", urgent=False,
        appeal_deadline="2027-02-26", deadline_basis="must reach us by February 26, 2027",
        appeals_address=("Tamarind Life & Health Insurance Co., Student Plan Appeals, 410 Meridian Court, Floor 6, "
                         "Hollisford, NC 27999"),
    )
    return dict(key=key, fmt="docx", build=build, must=["November 16, 2026", "10/29/2026", "February 26, 2027"])


# ------------------------------------------------------------------------------------------------------------------
def c08():
    """County employees' plan: a pre-printed form with typed fill-ins and the member's handwritten notes; scanned."""
    d = Doc(margin=40, top=40)
    d.line("ASHGROVE COUNTY EMPLOYEE BENEFITS TRUST", "sansb", 13, align="center")
    d.line("NOTICE OF ADVERSE BENEFIT DETERMINATION  -  Form EB-7 (rev. 2025)", "sans", 9.5, align="center")
    d.gap(4)
    d.text(40, d.y + 8, "MAIL TO:", "sans", 6.5)
    for i, ln in enumerate(["Rosalind M. Achterberg", "52 Larch Street", "Millbrae Hollow, OR 97990"]):
        d.text(90, d.y + 10 + i * 13, ln, "type", 11)
    d.y += 50

    def box(x, y, w, h, label, value, vsize=11):
        d.rect(x, y, w, h, stroke=(0, 0, 0), lw=0.9)
        d.text(x + 4, y + 9, label, "sans", 6.5)
        if value:
            d.text(x + 8, y + h - 7, value, "type", vsize)

    y = d.y
    box(40, y, 330, 34, "1. MEMBER NAME (LAST, FIRST, MI)", "ACHTERBERG, ROSALIND M.")
    box(370, y, 202, 34, "2. DATE OF NOTICE (MM/DD/YYYY)", "11/06/2026")
    y += 34
    box(40, y, 180, 34, "3. MEMBER ID", "ACE-FICT-004417")
    box(220, y, 150, 34, "4. EMPLOYEE NO. (PAYROLL)", "88213")
    box(370, y, 202, 34, "5. DATE OF BIRTH", "11/04/1961")
    y += 34
    box(40, y, 180, 34, "6. CLAIM NUMBER", "26-ACE-118209")
    box(220, y, 150, 34, "7. DATE(S) OF SERVICE", "10/02/2026")
    box(370, y, 202, 34, "8. PROVIDER", "Cedar Gap Pain Institute")
    y += 34
    box(40, y, 180, 34, "9. CPT/HCPCS", "96365, J3490")
    box(220, y, 150, 34, "10. ICD-10-CM", "G89.4")
    box(370, y, 202, 34, "11. AMOUNT BILLED", "$1,150.00")
    y += 34
    d.rect(40, y, 532, 118, lw=0.9)
    d.text(44, y + 9, "12. REASON FOR DETERMINATION (check one)", "sans", 6.5)
    opts = ["Not medically necessary", "Excluded service under the Plan Document", "No prior authorization",
            "Out-of-network provider", "Experimental / investigational", "Other:"]
    for i, o in enumerate(opts):
        xx, yy = 52 + (i % 2) * 260, y + 24 + (i // 2) * 15
        d.rect(xx, yy - 8, 8, 8, lw=0.8)
        if i == 1:
            d.text(xx, yy, "X", "type", 10)
        d.text(xx + 14, yy, o, "sans", 8.5)
    d.text(52, y + 80, "Plan Document Sec. 7.4(q) excludes ketamine infusion therapy for chronic", "type", 10)
    d.text(52, y + 94, "pain conditions. This service is not a covered benefit under the Trust.", "type", 10)
    d.text(52, y + 108, "Reviewed by: Trust Medical Consultant, M.D.", "type", 10)
    d.y = y + 130
    d.line("13. YOUR RIGHT TO APPEAL", "sansb", 9.5)
    d.para("You may appeal within 180 days after you receive this notice. Appeals must be in writing, signed, and "
           "include a copy of this form. The Trust is a governmental plan and is not subject to ERISA; after the "
           "Trust's final decision you may ask for external review under state law. Mail appeals to:", "sans", 9)
    d.lines("Ashgrove County Employee Benefits Trust\nAttn: Appeals Committee\n301 Courthouse Square, Room 214\n"
            "Millbrae Hollow, OR 97999", font="sans", size=9.5, x=80)
    d.gap(4)
    d.para("Claims and premium questions: Benefits Office, 12 Depot Street, Millbrae Hollow, OR 97998, "
           "(541) 555-0186. Do not mail appeals to the Benefits Office.", "sans", 9)
    d.line(FICT, "sansb", 7.5)
    # the member's handwriting
    d.text(400, 92, "called 11/30 - Tina", "hand", 17, (0.1, 0.15, 0.55))
    d.text(420, 450, "appeal by May!!", "hand", 18, (0.1, 0.15, 0.55))
    d.text(60, 700, "copy to Dr. Ames 12/1", "hand", 16, (0.1, 0.15, 0.55))
    key = dict(
        file="08-county-plan-form-handwriting-scan.pdf",
        _note=("County employees' plan (governmental, not ERISA): a pre-printed form with boxed fields, typewriter "
               "fill-ins (name box in capitals 'ACHTERBERG, ROSALIND M.'; the typed mailing block prints 'Rosalind M. Achterberg', given here) and the member's "
               "handwritten notes ('called 11/30', 'copy to Dr. Ames 12/1'); image-only scan. Checkbox reason: "
               "excluded service. Employee payroll number beside the member ID; DOB 11/04/1961 two days before the "
               "notice; Benefits Office address not for appeals."),
        patient_name="Rosalind M. Achterberg", member_id="ACE-FICT-004417", claim_number="26-ACE-118209",
        notice_date="2026-11-06", service_dates=["2026-10-02"],
        procedure_codes=["96365", "J3490"], diagnosis_codes=["G89.4"],
        denial_category="not_covered", plan_type="governmental", urgent=False,
        appeal_deadline=plus_days("2026-11-06", 180), deadline_basis="within 180 days after you receive this notice",
        appeals_address=("Ashgrove County Employee Benefits Trust, Attn: Appeals Committee, 301 Courthouse Square, "
                         "Room 214, Millbrae Hollow, OR 97999"),
    )
    return dict(key=key, fmt="scan", doc=d, seed=81, angles=[0.9], must=["11/06/2026", "10/02/2026",
                                                                        "ACHTERBERG, ROSALIND M."],
                name_alt="ACHTERBERG, ROSALIND M.")


# ------------------------------------------------------------------------------------------------------------------
def c09():
    """Church plan e-mail (HTML only) about the subscriber's wife."""
    from email.message import EmailMessage
    body = f"""<html><body style="font-family:Georgia,serif;font-size:14px">
<table width="640" cellpadding="0" cellspacing="0"><tr><td style="background:#3b2f5c;color:#fff;padding:12px">
<b style="font-size:20px">Covenant Shepherd Benefit Trust</b><br>Health benefits for clergy and lay workers</td></tr></table>
<p>This message contains your Explanation of Benefits and a notice of denial. Please do not reply to this e-mail;
this mailbox is not monitored and cannot accept appeals.</p>
<table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse">
<tr><th align="left">Notice date</th><td>November 24, 2026</td></tr>
<tr><th align="left">Subscriber</th><td>Rev. Ezekiel J. Bramhall (ID CSB-FICT-77120-01)</td></tr>
<tr><th align="left">Patient (spouse)</th><td>Ruth A. Bramhall</td></tr>
<tr><th align="left">Patient ID</th><td>CSB-FICT-77120-02</td></tr>
<tr><th align="left">Claim no.</th><td>CSB2611-04402</td></tr>
<tr><th align="left">Provider</th><td>Glenmoor Headache &amp; Infusion Center</td></tr>
</table>
<p>Dear Rev. Bramhall,</p>
<p>We reviewed the claim for infusions your wife, Ruth A. Bramhall, received on October 27, 2026 and
November 3, 2026.</p>
<table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse">
<tr><th>Date</th><th>Code</th><th>Diagnosis</th><th>Charge</th><th>Trust pays</th></tr>
<tr><td>10/27/2026</td><td>96365</td><td>G43.709</td><td>$540.00</td><td>$0.00</td></tr>
<tr><td>10/27/2026</td><td>J3490</td><td>G43.709</td><td>$210.00</td><td>$0.00</td></tr>
<tr><td>11/03/2026</td><td>96365</td><td>G43.709</td><td>$540.00</td><td>$0.00</td></tr>
<tr><td>11/03/2026</td><td>J3490</td><td>G43.709</td><td>$210.00</td><td>$0.00</td></tr>
</table>
<p><b>Why the claim was denied.</b> Intravenous ketamine for chronic migraine is considered experimental and
investigational under the Trust's Medical Policy 4.19: published studies do not yet show that it improves health
outcomes for this condition. The Trust does not cover experimental or investigational treatment (Plan Document,
Article IX).</p>
<p><b>Your right to appeal.</b> You or Mrs. Bramhall may appeal within 180 days of receiving this notice. The
Covenant Shepherd Benefit Trust is a church plan under section 414(e) of the Internal Revenue Code and is not
subject to ERISA; because this decision turns on medical judgment you may also ask for external review after
our final decision. Send appeals by mail to:</p>
<p style="margin-left:40px">Covenant Shepherd Benefit Trust<br>Attn: Claims Review Committee<br>
8800 Vesper Road, Suite 150<br>Glenmoor, TN 37999</p>
<p>Questions: (615) 555-0147, Monday to Friday.</p>
<p style="font-size:11px;color:#666">{FICT}</p>
</body></html>"""
    msg = EmailMessage()
    msg["From"] = "Covenant Shepherd Benefit Trust <notices@covenantshepherd-benefits.example>"
    msg["To"] = "Ezekiel Bramhall <ezbramhall@mailbox.example>"
    msg["Subject"] = "Your Explanation of Benefits and claim decision - claim CSB2611-04402"
    msg["Date"] = "Mon, 30 Nov 2026 07:15:02 -0600"
    msg["Message-ID"] = "<eob.2611.04402@covenantshepherd-benefits.example>"
    msg.set_content(body, subtype="html", cte="quoted-printable")
    key = dict(
        file="09-church-plan-dependant-spouse-html.eml",
        _note=("Church plan (not ERISA) e-mail, HTML only, quoted-printable. The PATIENT is the subscriber's wife, "
               "Ruth A. Bramhall, with her own patient ID; the e-mail is addressed to the subscriber (Rev. Ezekiel J. "
               "Bramhall, ID ...-01). E-mail Date 30 Nov 2026 vs notice date November 24, 2026; experimental/"
               "investigational (ketamine for chronic migraine); the no-reply mailbox is not for appeals."),
        patient_name="Ruth A. Bramhall", member_id="CSB-FICT-77120-02", claim_number="CSB2611-04402",
        notice_date="2026-11-24", service_dates=["2026-10-27", "2026-11-03"],
        procedure_codes=["96365", "J3490"], diagnosis_codes=["G43.709"],
        denial_category="experimental_investigational", plan_type="church", urgent=False,
        appeal_deadline=plus_days("2026-11-24", 180), deadline_basis="within 180 days of receiving this notice",
        appeals_address=("Covenant Shepherd Benefit Trust, Attn: Claims Review Committee, 8800 Vesper Road, "
                         "Suite 150, Glenmoor, TN 37999"),
    )
    return dict(key=key, fmt="eml", eml=msg.as_bytes(), must=["November 24, 2026", "October 27, 2026",
                                                             "November 3, 2026"])


# ------------------------------------------------------------------------------------------------------------------
def c10():
    """Medicaid managed care notice whose member ID is printed only on the ID-card image."""
    d = Doc(margin=54, top=48)
    d.line("Bluestem Community Health Plan", "sansb", 16, color=(0.1, 0.3, 0.6))
    d.line("A Medicaid managed care plan  |  3300 Sunflower Ave., Wichita Bend, KS 67990  |  1-316-555-0171",
           "sans", 8.5)
    d.gap(10)
    d.line("NOTICE OF ADVERSE BENEFIT DETERMINATION", "sansb", 12.5)
    d.gap(4)
    d.kv([("Date of this notice:", "November 13, 2026"), ("Printed:", "11/16/2026"),
          ("Household case no.:", "0071-553-208"), ("Reference #:", "NABD-2611-0334"),
          ("Claim #:", "98226-31004"), ("Member ID:", "see your member ID card below")],
         labw=130, font="sans", bfont="sansb", size=9.5)
    card = card_image([("Bluestem Community Health Plan", "sansb", 26, (255, 255, 255)),
                       ("MEMBER  Tobias R. Lindgren", "sans", 24, (20, 20, 20)),
                       ("ID  BCH-FICT-2044719", "monob", 30, (20, 20, 20)),
                       ("DOB 11/11/1983   Eff. 01/01/2026", "sans", 22, (20, 20, 20)),
                       ("Medicaid managed care (fictional)", "sans", 20, (60, 60, 60))])
    d.image(350, 100, 216, 136, card)
    d.gap(8)
    d.lines("Tobias R. Lindgren\n615 Prairie Dock Lane\nHalstead Crossing, KS 67991", font="sans", size=10)
    d.gap(10)
    d.para("Dear Tobias R. Lindgren:", "sans", 10)
    d.para("Bluestem Community Health Plan has denied payment for esketamine (Spravato) treatment you received "
           "from Sunflower Mind Clinic on 10/21/2026 (code G2082, diagnosis F32.2, major depressive disorder, "
           "single episode, severe).", "sans", 10)
    d.para("Why: the service is not medically necessary. Our criteria for esketamine require a diagnosis of "
           "treatment-resistant depression with two failed antidepressant trials of adequate dose and length in "
           "the current episode. The records sent to us show one trial.", "sans", 10)
    d.line("What you can do", "sansb", 11)
    d.para("You can ask us for an appeal. You must ask within 60 days from the date on this notice. You can ask "
           "by phone or in writing. Write to: Bluestem Community Health Plan, Grievance and Appeals Unit, "
           "PO Box 14470, Wichita Bend, KS 67999.", "sans", 10)
    d.para("Keeping your services: if this notice stops or reduces a service you already get, you can keep getting "
           "it during the appeal if you ask within 10 days of the date of this notice.", "sans", 10)
    d.para("State fair hearing: if we uphold our decision you can ask for a state fair hearing no later than 120 "
           "days from the date of our appeal decision. You must appeal to us first.", "sans", 10)
    d.para("Need help? Call Member Services at 1-316-555-0171 (TTY 711). Free language help is available.",
           "sans", 10)
    d.line(FICT, "sansb", 8)
    key = dict(
        file="10-medicaid-mco-id-on-card-image.pdf",
        _note=("Medicaid managed care notice (text PDF) whose member ID (BCH-FICT-2044719) is printed ONLY inside an "
               "embedded ID-card image (read it by OCR); the text layer says 'see your member ID card below' and "
               "carries a household case number, a reference number and a claim number. Separate 'Printed: "
               "11/16/2026' date; DOB 11/11/1983 on the card two days before the notice; 10-day continuation and "
               "120-day fair hearing are not the appeal deadline."),
        patient_name="Tobias R. Lindgren", member_id="BCH-FICT-2044719", claim_number="98226-31004",
        notice_date="2026-11-13", service_dates=["2026-10-21"],
        procedure_codes=["G2082"], diagnosis_codes=["F32.2"],
        denial_category="medical_necessity", plan_type="medicaid", urgent=False,
        appeal_deadline=plus_days("2026-11-13", 60), deadline_basis="within 60 days from the date on this notice",
        appeals_address=("Bluestem Community Health Plan, Grievance and Appeals Unit, PO Box 14470, Wichita Bend, "
                         "KS 67999"),
    )
    return dict(key=key, fmt="pdf", doc=d, image_text="ID BCH-FICT-2044719",
                must=["November 13, 2026", "10/21/2026"])


# ------------------------------------------------------------------------------------------------------------------
def c11():
    """A TPA's secure message saved as plain text: day-first dates with a hint, timely filing, stated date."""
    text = """SECURE MESSAGE CENTRE - Transatlantic Benefit Services LLC
=========================================================
Message 7 of 12                       Sent: 13/11/2026 16:40 (US Eastern)
From:  Claims Review <no-reply@transatlantic-benefits.example>
To:    Ingrid S. Halvorsen-Moore
Subject: Claim decision - timely filing

  ** FICTIONAL SAMPLE - not a real notice. Every person, plan, number and address in it is invented. **

Please note: dates in our letters are written day/month/year (DD/MM/YYYY).

Plan .............. Nordvik Maritime Group US Employee Medical Plan (self-funded)
Claims administrator Transatlantic Benefit Services LLC
Covered person .... Ingrid S. Halvorsen-Moore
Member no. ........ NMG-FICT-4471-0930
Date of birth ..... 15/11/1983
Claim ............. TBS-0619-55021
Received .......... 09/11/2026
Provider .......... Harbourside Ketamine Clinic
Services .......... 03/06/2026  96365  F33.1   GBP-equivalent n/a  USD 610.00
                    10/06/2026  96365  F33.1                       USD 610.00
                    10/06/2026  J3490  F33.1                       USD 185.00
Decision .......... DENIED - adjustment code CO-29

Dear Ms Halvorsen-Moore,

The plan must receive a claim within 120 days of the date of service (Summary Plan
Description, section 9.1). We first received this claim on 09/11/2026, more than 120
days after the services on 03/06/2026 and 10/06/2026, so the plan cannot pay it. If
the provider sent the claim earlier, an electronic acceptance report or other proof of
timely submission may be sent with an appeal.

APPEAL
Your appeal must be received by 15/05/2027. Please write to:

    Nordvik Maritime Group US Employee Medical Plan
    c/o Transatlantic Benefit Services LLC
    Attn: Appeals
    60 Wharf Street, 3rd Floor
    New Bramley, NJ 07999

This message centre cannot accept appeals or attachments. You have the right to bring a
civil action under ERISA section 502(a) after the plan's final decision on appeal, and
to ask for external review where the decision involved medical judgment.

Transatlantic Benefit Services LLC - Claims Review - (201) 555-0133
"""
    key = dict(
        file="11-tpa-secure-message-dayfirst.txt",
        _note=("Employer self-funded plan (ERISA) via a TPA, plain-text export of a secure portal message. The "
               "notice says dates are DD/MM/YYYY: sent 13/11/2026 (13 November), service dates 03/06/2026 and "
               "10/06/2026 (3 and 10 June, both readable month-first), received 09/11/2026, DOB 15/11/1983 two days "
               "after. Timely filing (CO-29). Stated deadline 15/05/2027 wins (180 days from the notice would be "
               "2027-05-12). The notice date is the message's Sent date, the only date the notice has. Administrator "
               "Transatlantic Benefit Services LLC; plan Nordvik Maritime Group US Employee Medical Plan (not scored)."),
        patient_name="Ingrid S. Halvorsen-Moore", member_id="NMG-FICT-4471-0930", claim_number="TBS-0619-55021",
        notice_date="2026-11-13", service_dates=["2026-06-03", "2026-06-10"],
        procedure_codes=["96365", "J3490"], diagnosis_codes=["F33.1"], carc_codes=["CO-29"],
        denial_category="timely_filing", plan_type="employer_erisa", urgent=False,
        appeal_deadline="2027-05-15", deadline_basis="must be received by 15/05/2027",
        appeals_address=("Nordvik Maritime Group US Employee Medical Plan, c/o Transatlantic Benefit Services LLC, "
                         "Attn: Appeals, 60 Wharf Street, 3rd Floor, New Bramley, NJ 07999"),
    )
    return dict(key=key, fmt="txt", text=text, must=["13/11/2026", "03/06/2026", "10/06/2026", "15/05/2027"])


# ------------------------------------------------------------------------------------------------------------------
def c12():
    """FEHB carrier letter photographed (PNG), authorization expired."""
    d = Doc(margin=60, top=60)
    d.line("FEDERAL LAKES EMPLOYEE HEALTH ASSOCIATION", "arialb", 13)
    d.line("A fictional FEHB Program carrier  -  1200 Juniper Parkway, Elkwater, VA 22990", "arial", 8.5)
    d.gap(12)
    d.line("Date: November 5, 2026", "arial", 10.5)
    d.gap(6)
    d.lines("Gordon Whitlock-Park\n3 Cattail Court\nLeesfield, VA 22991", font="arial", size=10.5)
    d.gap(8)
    d.kv([("Enrollee:", "Gordon Whitlock-Park"), ("Member ID:", "FLE-FICT-71440923"),
          ("Date of birth:", "11/03/1958"), ("Enrollment code:", "J41 (Self Plus One)"), ("Claim number:", "FL 2610 0655 802"),
          ("Prior approval no.:", "PA-9920417 (07/01/2026 - 09/30/2026)")],
         labw=130, font="arial", bfont="arialb", size=10)
    d.gap(8)
    d.para("We have denied the claim for esketamine treatment sessions on 10/06/2026 and 10/13/2026 at Elkwater "
           "Psychiatric Group (code G2083, diagnosis F33.2).", "arial", 10.5)
    d.para("Reason: your prior approval PA-9920417 covered sessions from 07/01/2026 to 09/30/2026. Our brochure "
           "requires prior approval for esketamine, and no approval was in place for sessions after 09/30/2026. "
           "Your doctor did not ask us to extend it.", "arial", 10.5)
    d.line("Your right to ask us to reconsider", "arialb", 11)
    d.para("If you disagree, you must ask us in writing to reconsider within 6 months from the date of this letter. "
           "Write to:", "arial", 10.5)
    d.lines("Federal Lakes Employee Health Association\nAttn: Reconsideration Unit\n1200 Juniper Parkway, Suite 800\n"
            "Elkwater, VA 22999", font="arial", size=10.5, x=96)
    d.gap(4)
    d.para("If we do not change our decision, you may ask the U.S. Office of Personnel Management to review it "
           "within 90 days of our reconsideration decision.", "arial", 10.5)
    d.line(FICT, "arialb", 8)
    key = dict(
        file="12-fehb-authorization-expired-photo.png",
        _note=("FEHB carrier letter, phone photo PNG (rotated, keystone, shadow band across the middle). Prior "
               "approval expired before the sessions; DOB 11/03/1958 two days before the notice; enrollment code and prior approval number beside the member "
               "ID; claim number printed in groups (compare without spaces); 6 months counted as calendar months; "
               "OPM's 90 days is the next level, not the deadline. Letterhead street address (no suite) not for "
               "appeals."),
        patient_name="Gordon Whitlock-Park", member_id="FLE-FICT-71440923", claim_number="FL 2610 0655 802",
        notice_date="2026-11-05", service_dates=["2026-10-06", "2026-10-13"],
        procedure_codes=["G2083"], diagnosis_codes=["F33.2"],
        denial_category="prior_authorization", plan_type="fehb", urgent=False,
        appeal_deadline=plus_months("2026-11-05", 6), deadline_basis="within 6 months from the date of this letter",
        appeals_address=("Federal Lakes Employee Health Association, Attn: Reconsideration Unit, "
                         "1200 Juniper Parkway, Suite 800, Elkwater, VA 22999"),
    )
    return dict(key=key, fmt="photo", doc=d, dpi=175,
                photo=dict(seed=121, angle=3.5, keystone=0.05, shadow="band", bg=(70, 74, 80)),
                must=["November 5, 2026", "10/06/2026 and 10/13/2026"])


CASES = [c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12]
