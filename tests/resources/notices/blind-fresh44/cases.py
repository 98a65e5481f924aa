"""The 18 notices of blind set 44 (issue 19). Everything is FICTIONAL: people, plans, providers, numbers,
addresses. Phones 1-555-01xx, web and e-mail on .example. CPT codes by number only, services in my own words.

Blocks: ("title", t) ("h", t) ("p", t) ("small", t) ("kv", [(label, value)]) ("table", [heads], [[cells]])
("addr", [lines]) ("gap",) ("tag", name): a place a device may use, prints nothing.
"""
from datetime import date as D

from dates import en, en_num, es, es_num

FIC_EN = "FICTIONAL SAMPLE - invented people, plan and numbers; not a real notice."
FIC_ES = "MUESTRA FICTICIA - personas, plan y números inventados; no es un aviso real."


def c01():
    nd, md = D(2026, 11, 18), D(2026, 11, 20)
    sd = [D(2026, 8, 4), D(2026, 8, 6), D(2026, 8, 11)]
    rows = []
    for d in sd:
        rows.append([en_num(d), "96365", "IV infusion, first hour", "$1,150.00", "$0.00", "CO-50"])
        rows.append([en_num(d), "J3490", "ketamine (unlisted drug)", "$85.00", "$0.00", "CO-50"])
    addr = ["Ridgeway Manufacturing Employee Health Plan", "c/o Tallgrass Benefit Administrators",
            "Attn: External Review Requests", "PO Box 4417", "Omaha, NE 68103-0417"]
    basis = "You have 4 months from the date of this notice to ask for an external review"
    blocks = [
        ("title", "Tallgrass Benefit Administrators, LLC"),
        ("small", "Third-party administrator for self-funded group health plans - 1200 Sandhill Road, Omaha, NE 68144 - "
                  "1-555-0142 - www.tallgrass-tpa.example"),
        ("small", FIC_EN),
        ("gap",),
        ("kv", [("Date of this notice", en(nd)), ("Date mailed", en(md)), ("Patient", "Nadia R. Whitcombe"),
                ("Member ID", "RMW-448120-02"), ("Employee (subscriber)", "Gavin P. Whitcombe, RMW-448120-01"),
                ("Claim number", "CLM 26-0713-55082"), ("Appeal number", "APL-2026-08817"),
                ("Group number", "0044718"),
                ("Plan", "Ridgeway Manufacturing Employee Health Plan (self-funded, governed by ERISA)")]),
        ("gap",),
        ("h", "FINAL INTERNAL ADVERSE BENEFIT DETERMINATION - SECOND-LEVEL APPEAL"),
        ("p", "Dear Ms. Whitcombe:"),
        ("p", "We received your second-level appeal on October 2, 2026. You asked the Plan to pay for the "
              "intravenous ketamine infusions you received at Prairie Light Infusion Center. Tallgrass Benefit "
              "Administrators handles claims and appeals for the Plan; the Plan pays the benefits. A board-certified "
              "psychiatrist who took no part in the earlier decisions reviewed your file, including the letter "
              "from your psychiatrist and the records you sent."),
        ("table", ["Date of service", "Code", "What was billed", "Billed", "Plan paid", "Adjustment"], rows),
        ("p", "Diagnosis code on the claim: F33.2."),
        ("h", "Our decision: the denial is UPHELD."),
        ("p", "The Plan's medical policy for ketamine infusion therapy (policy MP-412) covers it when the records show "
              "at least two adequate antidepressant trials from different classes and one augmentation trial, each "
              "at a therapeutic dose for at least six weeks. The records show two trials, and neither lasted six "
              "weeks at the full dose. The reviewer found the infusions not medically necessary under the Plan's "
              "terms (adjustment code CO-50: not deemed a medical necessity by the payer)."),
        ("p", "This is the Plan's final internal decision. No further internal appeal is available under the Plan."),
        ("h", "Your right to an external review"),
        ("p", basis + " by an independent review organization (IRO). The IRO is not part of the Plan or of "
              "Tallgrass, and its decision binds the Plan. If your treating doctor says that waiting would "
              "seriously jeopardize your health, ask for an expedited external review; it is decided within 72 "
              "hours."),
        ("p", "Send your request for external review to:"),
        ("addr", addr),
        ("p", "Fax: 1-555-0143. Do not send external review requests to our claims address, PO Box 4400, Omaha, NE "
              "68103-0400; mail sent there is not treated as a request."),
        ("h", "Other rights"),
        ("p", "You may ask, free of charge, for copies of every document relevant to your claim, including policy "
              "MP-412 and the reviewer's report. You also have the right to bring a civil action under section 502(a) "
              "of ERISA. For help, call the Employee Benefits Security Administration's sample line at 1-555-0161."),
        ("small", "Tallgrass Benefit Administrators, LLC - Appeals Unit. " + FIC_EN),
    ]
    return dict(
        n=1, slug="self-funded-tpa-final-internal-ketamine-external-review-4-months-text-pdf", lang="en",
        kind="pdf", device=None, blocks=blocks,
        key=dict(patient_name="Nadia R. Whitcombe", member_id="RMW-448120-02", claim_number="CLM 26-0713-55082",
                 notice_date=nd, service_dates=sd, procedure_codes=["96365", "J3490"], diagnosis_codes=["F33.2"],
                 carc_codes=["CO-50"], denial_category="medical_necessity", plan_type="employer_erisa",
                 urgent=False),
        stage="final internal decision (second level)", notice_label="Date of this notice", notice_printed=en(nd),
        window=("months", 4), basis=basis, addr=addr, expect_deadline=D(2027, 3, 18),
        traps=["Date mailed", "RMW-448120-01", "APL-2026-08817", "0044718", "October 2, 2026", "PO Box 4400",
               "Gavin P. Whitcombe"],
        ev=dict(category=["not medically necessary"], plan=["ERISA", "self-funded"]),
        note="A TPA's final internal adverse benefit determination on a second-level appeal for a self-funded "
             "ERISA plan: IV ketamine on 3 days (96365, J3490; F33.2), not medically necessary (CO-50), upheld. "
             "Prints a notice date and a later mailing date; the appeal number beside the claim number. The next "
             "level is external review: the notice states 4 months from the date of this notice.",
        what="text PDF, boxed facts over a letter, two pages",
    )


def c02():
    nd, md = D(2026, 11, 23), D(2026, 11, 24)
    sd = [D(2026, 9, 14), D(2026, 9, 15), D(2026, 9, 16), D(2026, 9, 17)]
    addr = ["TRICARE Quality Monitoring Contractor (sample)", "Attn: Reconsideration Appeals",
            "2101 Harborview Parkway, Suite 340", "Tampa, FL 33607"]
    basis = "Your request must be postmarked or received within 90 days of the date of this decision"
    blocks = [
        ("title", "Bluewater Federal Health Services"),
        ("small", "Fictional TRICARE East Region contractor - PO Box 77010, Norfolk, VA 23509 - 1-555-0151 - "
                  "www.bluewater-tricare.example"),
        ("gap",),
        ("p", "Reconsideration decision date: " + en(nd)),
        ("p", "Date mailed: " + en(md)),
        ("gap",),
        ("p", "Renata L. Oyelaran"),
        ("p", "418 Bayberry Court"),
        ("p", "Chesapeake, VA 23320"),
        ("gap",),
        ("p", "RE: Your request for reconsideration - claim number TRE-26-2593-1148, reconsideration number "
              "RCN-26-00731"),
        ("p", "Sponsor: SSG Marcus T. Oyelaran, sponsor DoD ID 1629384756"),
        ("p", "Dear Mrs. Oyelaran:"),
        ("p", "You asked us to reconsider our denial of the transcranial magnetic stimulation (TMS) that Dr. Imani "
              "Castellanos gave you at Tidewater Neuromodulation on September 14, 15, 16 and 17, 2026 (procedure codes "
              "90867 and 90868; diagnosis F33.1). A psychiatrist who did not make the first decision reviewed your "
              "request, the treatment plan and the office notes you sent."),
        ("p", "We are upholding the denial. Under TRICARE policy, TMS is covered for major depressive disorder when "
              "the records show an adequate trial of at least two antidepressants, or intolerance of them, and a "
              "trial of evidence-based psychotherapy. The notes you sent show one antidepressant trial and no "
              "psychotherapy before the first session. The reviewer found the care not medically necessary. This "
              "was a medical necessity determination under 32 CFR 199.10 and 199.15."),
        ("h", "What you can do next"),
        ("p", "Because this denial was based on medical necessity, you may ask for a second reconsideration by the "
              "TRICARE Quality Monitoring Contractor (TQMC). " + basis + ". Include a copy of this letter and any "
              "new records. Send it to:"),
        ("addr", addr),
        ("p", "If we had denied this claim for a reason other than medical necessity, you would instead ask the "
              "Defense Health Agency for a formal review within 60 days; that route does not apply to this decision."),
        ("p", "Free help: the Beneficiary Counseling and Assistance Coordinator at your nearest military hospital or "
              "clinic, or our customer line at 1-555-0152."),
        ("p", "Sincerely,"),
        ("p", "Reconsideration Unit, Bluewater Federal Health Services"),
        ("small", FIC_EN),
    ]
    header = ["Bluewater Federal Health Services - TRICARE East Region (fictional)",
              "Beneficiary: Renata L. Oyelaran    DoD Benefits Number (DBN): 30418557260"]
    footer = ["FICTIONAL SAMPLE - not a real TRICARE notice. Reconsideration number RCN-26-00731."]
    return dict(
        n=2, slug="tricare-reconsideration-upheld-tms-dbn-in-word-header-docx", lang="en", kind="docx",
        device=None, blocks=blocks, header=header, footer=footer,
        key=dict(patient_name="Renata L. Oyelaran", member_id="30418557260", claim_number="TRE-26-2593-1148",
                 notice_date=nd, service_dates=sd, procedure_codes=["90867", "90868"], diagnosis_codes=["F33.1"],
                 denial_category="medical_necessity", plan_type="tricare", urgent=False),
        stage="TRICARE reconsideration decision", notice_label="Reconsideration decision date",
        notice_printed=en(nd), service_list="September 14, 15, 16 and 17, 2026",
        window=("days", 90), basis=basis, addr=addr, expect_deadline=D(2027, 2, 21),
        traps=["RCN-26-00731", "1629384756", "Marcus T. Oyelaran", "within 60 days", en(md), "PO Box 77010"],
        ev=dict(category=["not medically necessary"], plan=["TRICARE"]),
        note="A TRICARE regional contractor's reconsideration decision, a Word letter whose beneficiary's DoD "
             "Benefits Number is printed only in the page header: TMS on 4 days written as one list (90867, "
             "90868; F33.1), medical necessity, upheld. The next level (TQMC second reconsideration) is stated: "
             "90 days of the date of this decision. Decision date and a later mailing date.",
        what="Word .docx letter in sentences; the DBN only in the header",
    )


def c03():
    nd = D(2026, 11, 30)
    sd = [D(2026, 10, 6), D(2026, 10, 8), D(2026, 10, 13)]
    addr = ["Prairie Shield Insurance Company", "Attn: Grievances and Appeals", "PO Box 3307",
            "Wichita, KS 67201-3307"]
    basis = "within 60 days of the date of this letter"
    rows = [[en_num(d), "S9480", "Intensive outpatient psychiatric program, per day", "$425.00", "$0.00", "CO-96"]
            for d in sd]
    blocks = [
        ("title", "Prairie Shield Insurance Company"),
        ("small", "Short-Term Medical - short-term, limited-duration insurance - 2250 Wheatland Avenue, Wichita, KS "
                  "67202 - 1-555-0163"),
        ("small", FIC_EN),
        ("h", "Claim decision"),
        ("kv", [("Letter date", en(nd)), ("Insured person", "Collin J. Ashgrove"), ("Policy number", "PSM-7731-0492"),
                ("Claim number", "PS26-1107-3318"), ("Provider", "Cedar Row Behavioral Health, IOP program"),
                ("Claim received", en_num(D(2026, 10, 20))), ("Coverage effective", en_num(D(2026, 8, 1))),
                ("Policy term ends", en_num(D(2027, 1, 31)))]),
        ("table", ["Date of service", "Code", "Service", "Charge", "We paid", "Code / remark"], rows),
        ("p", "Diagnosis: F33.1."),
        ("p", "Dear Mr. Ashgrove: We are not able to pay this claim. Your short-term medical policy does not pay for a "
              "pre-existing condition during the first 12 months of coverage (Policy Part 6, Exclusions). The records "
              "your provider sent show treatment for this condition in the 24 months before your coverage began. "
              "Adjustment code CO-96: non-covered charge."),
        ("p", "This policy is short-term, limited-duration insurance. It is not individual health insurance coverage "
              "and does not meet the requirements of the Affordable Care Act."),
        ("h", "If you disagree"),
        ("p", "You may ask us to review this decision by writing to us " + basis + ". Tell us why you disagree and "
              "send any records that help. Mail your written request to:"),
        ("addr", addr),
        ("p", "Our claims office at PO Box 3300 does not handle reviews. You may also contact the Kansas Insurance "
              "Department's sample consumer line at 1-555-0177."),
        ("small", FIC_EN),
    ]
    extra = dict(
        From="Prairie Shield Claims <noreply@prairieshield.example>", To="Collin Ashgrove <collin.ashgrove@mail.example>",
        Date="Tue, 01 Dec 2026 09:14:03 -0600", Subject="Your claim PS26-1107-3318: claim decision letter",
        stub="This message has an HTML letter. If you cannot see it, sign in at member.prairieshield.example.")
    return dict(
        n=3, slug="short-term-medical-iop-pre-existing-exclusion-html-email-eml", lang="en", kind="eml",
        device=None, blocks=blocks, extra=extra,
        key=dict(patient_name="Collin J. Ashgrove", member_id="PSM-7731-0492", claim_number="PS26-1107-3318",
                 notice_date=nd, service_dates=sd, procedure_codes=["S9480"], diagnosis_codes=["F33.1"],
                 carc_codes=["CO-96"], denial_category="not_covered", plan_type="short_term", urgent=False),
        stage="first denial", notice_label="Letter date", notice_printed=en(nd),
        window=("days", 60), basis=basis, addr=addr, expect_deadline=D(2027, 1, 29),
        traps=["01 Dec 2026", "10/20/2026", "08/01/2026", "01/31/2027", "PO Box 3300", "12 months"],
        ev=dict(category=["pre-existing condition", "non-covered charge"], plan=["short-term, limited-duration"]),
        note="A short-term medical insurer's claim decision sent as an HTML e-mail (plain part a stub): IOP on 3 "
             "days (S9480; F33.1) excluded as a pre-existing condition (CO-96): not_covered. No federal rule "
             "sets the window; the letter states 60 days of its date.",
        what=".eml, multipart/alternative, the letter in the HTML part",
    )


def c04():
    nd, md = D(2026, 11, 19), D(2026, 11, 20)
    sd = [D(2026, 9, 16)]
    addr = ["Granite Peak Life and Health Insurance Company", "Second-Level Review Panel", "770 Quarry Road, Suite 12",
            "Concord, NH 03301"]
    basis = "within 30 days of the date of this letter"
    blocks = [
        ("title", "Granite Peak Life and Health Insurance Company"),
        ("small", "Short-Term Medical policy - not ACA-compliant coverage - 1-555-0121 - www.granitepeak-life.example"),
        ("small", FIC_EN),
        ("gap",),
        ("kv", [("Decision date", en(nd)), ("Mailed", en(md)), ("Insured", "Helena Marsh-Quint"),
                ("Policy / ID number", "GPL-ST-550271"), ("Claim number", "GP-26-09-58130"),
                ("Appeal number", "AP1-26-4471")]),
        ("h", "Decision on your first-level appeal"),
        ("p", "You appealed our denial of the lumbar epidural steroid injection you received from Dr. Owen Pratt at "
              "Merrimack Spine and Pain on " + en(sd[0]) + " (procedure code 62323, diagnosis M54.16). The claim was "
              "denied with adjustment code CO-119, benefit maximum for this time period reached."),
        ("p", "Your short-term policy pays for no more than two spinal injections in each policy term (Schedule of "
              "Benefits, item 14). We paid two injections earlier in this term, on May 20, 2026 and July 8, 2026. "
              "A nurse reviewer and our medical director looked at the records you sent. We uphold our decision."),
        ("tag", "mid"),
        ("h", "Your right to a second-level review"),
        ("p", "If you disagree, you may ask for a second-level review " + basis + ". A panel that did not take part "
              "in this decision will review it. Send your request to:"),
        ("addr", addr),
        ("p", "Do not send your request to our claims office (PO Box 1190, Manchester, NH 03105). You may also contact "
              "the New Hampshire Insurance Department's sample line at 1-555-0124."),
        ("small", FIC_EN),
    ]
    return dict(
        n=4, slug="short-term-first-appeal-upheld-spinal-injection-cap-second-level-brushed-steel-photo", lang="en",
        kind="jpg", device="steel", blocks=blocks,
        key=dict(patient_name="Helena Marsh-Quint", member_id="GPL-ST-550271", claim_number="GP-26-09-58130",
                 notice_date=nd, service_dates=sd, procedure_codes=["62323"], diagnosis_codes=["M54.16"],
                 carc_codes=["CO-119"], denial_category="benefit_limit", plan_type="short_term", urgent=False),
        stage="first-level appeal decision offering a second level", notice_label="Decision date",
        notice_printed=en(nd), window=("days", 30), basis=basis, addr=addr, expect_deadline=D(2026, 12, 19),
        traps=["AP1-26-4471", "May 20, 2026", "July 8, 2026", "PO Box 1190", en(md)],
        ev=dict(category=["CO-119", "benefit maximum"], plan=["Short-Term Medical"]),
        note="A short-term medical insurer's decision on a first-level appeal that offers a second-level review: "
             "a lumbar epidural injection (62323; M54.16) past the policy's cap of two per term (CO-119): "
             "benefit_limit. Not the last internal level, so the second-level window it states (30 days of the "
             "date of this letter) is the deadline. Decision date and a later mailing date; appeal number beside "
             "the claim number. Photographed lying on a brushed stainless-steel kitchen counter.",
        what="JPEG phone photo on a brushed stainless-steel counter, streaked reflections",
    )


def c05():
    nd = D(2026, 10, 30)
    sd = [D(2026, 9, 9), D(2026, 9, 16)]
    addr = ["Lakeshore Medicare Services", "Attn: Part B Redeterminations", "PO Box 7114", "Madison, WI 53707-7114"]
    basis = "Appeals must be filed by February 27, 2027"
    blocks = [
        ("title", "Medicare Summary Notice for Part B (Medical Insurance)"),
        ("small", "The summary of your Medicare claims - " + FIC_EN),
        ("kv", [("Notice date", en(nd)), ("Name", "EDNA J. PILKINGTON-REESE"), ("Medicare Number", "6TK4-RD2-MJ83"),
                ("Claims processed", "July 31, 2026 through October 29, 2026")]),
        ("p", "EDNA J. PILKINGTON-REESE, 77 LINDEN HOLLOW ROAD, KENOSHA, WI 53140"),
        ("h", "Your claims and costs this period"),
        ("p", "Claim number 2226-288-0413-09 - Riverbend Psychiatry Associates (sample)"),
        ("table", ["Service date", "Service provided & billing code", "Approved?", "Medicare paid", "You may be billed"],
                  [[en_num(D(2026, 9, 2)), "Office visit, established patient (99214)", "Yes", "$98.44", "$24.61"]]),
        ("p", "Claim number 2226-304-0551-17 - Lakeside Infusion Clinic (sample)"),
        ("table", ["Service date", "Service provided & billing code", "Approved?", "Medicare paid", "You may be billed"],
                  [[en_num(sd[0]), "IV infusion, first hour (96365)", "No - A", "$0.00", "$0.00"],
                   [en_num(sd[0]), "Drug, unclassified: ketamine (J3490)", "No - A", "$0.00", "$0.00"],
                   [en_num(sd[1]), "IV infusion, first hour (96365)", "No - A", "$0.00", "$0.00"],
                   [en_num(sd[1]), "Drug, unclassified: ketamine (J3490)", "No - A", "$0.00", "$0.00"]]),
        ("p", "Notes: A - Medicare does not pay for this service because it is not reasonable and necessary for your "
              "condition as the local coverage rules define it. The provider signed up to take assignment, so you "
              "may not be billed for these services."),
        ("tag", "mid"),
        ("h", "How to handle denied claims or file an appeal"),
        ("p", "If you disagree with a coverage decision, you can file an appeal. " + basis + ". Circle the item(s) "
              "you disagree with, explain why, sign, and send this notice or a copy to:"),
        ("addr", addr),
        ("p", "Questions about this notice: call the contractor's sample line at 1-555-0109."),
        ("small", FIC_EN),
    ]
    return dict(
        n=5, slug="original-medicare-msn-two-claims-ketamine-not-reasonable-report-cover-spine-scan-pdf",
        lang="en", kind="imgpdf", device="spine", blocks=blocks,
        key=dict(patient_name="EDNA J. PILKINGTON-REESE", member_id="6TK4-RD2-MJ83", claim_number="2226-304-0551-17",
                 notice_date=nd, service_dates=sd, procedure_codes=["96365", "J3490"],
                 denial_category="medical_necessity", plan_type="medicare", urgent=False),
        stage="first denial", notice_label="Notice date", notice_printed=en(nd),
        window=("date", D(2027, 2, 27)), basis=basis, addr=addr, expect_deadline=D(2027, 2, 27),
        traps=["2226-288-0413-09", "99214", "09/02/2026", "October 29, 2026", "July 31, 2026"],
        ev=dict(category=["not reasonable and necessary"], plan=["Medicare Summary Notice", "Part B"]),
        note="An Original Medicare summary notice (Part B), name in capitals, two claims: an office visit paid, IV "
             "ketamine on 2 days (96365, J3490) not reasonable and necessary: medical_necessity. No diagnosis "
             "codes or CARCs printed, so none keyed. States its appeal date (February 27, 2027). Scanned in its "
             "clear report cover with a black slide-on spine bar along the left edge.",
        what="image-only PDF: a scan of the page inside a clear report cover, black spine bar, the sheet's sheen",
    )


def c06():
    nd = D(2026, 11, 13)
    sd = [D(2026, 8, 5), D(2026, 8, 19)]
    addr = ["Office of Medicare Hearings and Appeals (sample)", "Central Operations",
            "1001 Harbor Point Boulevard, Suite 400", "Cleveland, OH 44114-2316"]
    basis = "You must file your request within 60 days of the date you receive this decision"
    blocks = [
        ("title", "Northfield Reconsideration Services, LLC"),
        ("small", "Qualified Independent Contractor, Medicare Part B (fictional) - PO Box 36120, Columbus, OH 43236 - "
                  "1-555-0134"),
        ("small", FIC_EN),
        ("h", "MEDICARE RECONSIDERATION DECISION"),
        ("kv", [("Date of this notice", en(nd)), ("Beneficiary", "Thomas A. Greer"),
                ("Medicare Number", "3QW7-TN5-KA21"), ("Medicare appeal number", "1-2234-4556-677"),
                ("Claim number (ICN)", "1126 2190 4471 30"),
                ("Provider", "Harbor Psychiatric Hospital, outpatient ECT service (sample)")]),
        ("table", ["Date of service", "Procedure code", "Diagnosis code", "Amount in dispute"],
                  [[en_num(sd[0]), "90870", "F33.2", "$612.00"], [en_num(sd[0]), "00104", "F33.2", "$458.00"],
                   [en_num(sd[1]), "90870", "F33.2", "$612.00"], [en_num(sd[1]), "00104", "F33.2", "$458.00"]]),
        ("tag", "pleat"),
        ("h", "Decision: UNFAVORABLE"),
        ("p", "We agree with the redetermination that the Medicare contractor issued on September 29, 2026. Maintenance "
              "electroconvulsive therapy every two weeks, with its anesthesia, is covered when the record shows that "
              "the acute course worked and that a relapse is likely without it. The records we received do not "
              "describe the acute course or how you responded. The services are not reasonable and necessary under "
              "section 1862(a)(1)(A) of the Social Security Act. The amount remaining in controversy is $2,140.00."),
        ("h", "Your right to a hearing"),
        ("p", "If you disagree with this decision, you may ask for a hearing before an Administrative Law Judge "
              "(ALJ). " + basis + ". We assume you received it 5 days after the date of this notice unless you "
              "show otherwise. Send your request to:"),
        ("addr", addr),
        ("p", "Do not send your hearing request to our office. Questions: 1-555-0135."),
        ("small", FIC_EN),
    ]
    return dict(
        n=6, slug="original-medicare-qic-reconsideration-unfavorable-maintenance-ect-alj-60-days-pleated-scan-tiff",
        lang="en", kind="tif", device="pleat", blocks=blocks,
        key=dict(patient_name="Thomas A. Greer", member_id="3QW7-TN5-KA21", claim_number="1126 2190 4471 30",
                 notice_date=nd, service_dates=sd, procedure_codes=["90870", "00104"], diagnosis_codes=["F33.2"],
                 denial_category="medical_necessity", plan_type="medicare", urgent=False),
        stage="QIC reconsideration (Original Medicare)", notice_label="Date of this notice", notice_printed=en(nd),
        window=("days", 60), basis=basis, addr=addr, expect_deadline=D(2027, 1, 12),
        traps=["1-2234-4556-677", "September 29, 2026", "PO Box 36120", "5 days"],
        ev=dict(category=["not reasonable and necessary"], plan=["Medicare"]),
        note="A QIC's Medicare reconsideration decision (Part B), UNFAVORABLE: maintenance ECT with anesthesia on 2 "
             "days (90870, 00104; F33.2), not reasonable and necessary: medical_necessity. The next level (ALJ "
             "hearing) is stated: 60 days of the date you receive this decision, counted from the notice date. "
             "The Medicare appeal number beside the claim's ICN (printed with spaces). A sheet-feeder pleat: the "
             "page folded over itself in the feeder, a band squeezed and the rows below it shifted.",
        what="TIFF greyscale 200 dpi (deflate), a sheet-feeder pleat across the page",
    )


def c07():
    nd = D(2026, 11, 25)
    sd = [D(2026, 10, 1), D(2026, 10, 8), D(2026, 10, 15)]
    addr = ["Office of Medicare Hearings and Appeals (sample)", "Central Operations",
            "200 Lakeside Commons, Suite 1100", "Cleveland, OH 44113"]
    basis = "You must ask within 60 days of the date of this letter"
    blocks = [
        ("title", "Bayview Independent Review Entity"),
        ("small", "Medicare Managed Care Reconsideration Project (fictional IRE) - 3 Harborgate Plaza, Pittsford, NY "
                  "14534 - 1-555-0146"),
        ("small", FIC_EN),
        ("h", "RECONSIDERATION DECISION - MEDICARE ADVANTAGE"),
        ("kv", [("Date", en(nd)), ("Enrollee", "Gloria Tenbrook-Ames"),
                ("Medicare Advantage plan", "Summit Crest Medicare Advantage HMO (fictional)"),
                ("Plan member ID", "SCH-901227483"), ("Medicare Number", "5RF2-XY7-QQ19"),
                ("Plan claim number", "SCM-26-1001-7745"), ("IRE appeal number", "1-99887-76655"),
                ("Plan reconsideration reference", "REC-26-3391")]),
        ("p", "Summit Crest sent us your case because it did not decide fully in your favor when it reconsidered its "
              "denial of payment for supervised esketamine nasal spray treatment (code G2083) you received on "
              "October 1, October 8 and October 15, 2026 (diagnosis F33.2). The law requires a plan to send us any "
              "reconsideration it does not decide in your favor."),
        ("tag", "mid"),
        ("p", "The plan covers esketamine only after a member has tried two oral antidepressants and one "
              "augmentation drug (step therapy). A physician who reviews cases for us read the plan's criteria and "
              "your records. The records show one antidepressant trial before the first session. We decided that the "
              "plan's decision was correct."),
        ("h", "Our decision: UNFAVORABLE"),
        ("h", "If you disagree"),
        ("p", "You may ask for a hearing with an Administrative Law Judge if the amount in dispute meets the limit for "
              "this year. " + basis + ". Send your written request to:"),
        ("addr", addr),
        ("p", "Your plan cannot ask for a hearing. Questions: call us at 1-555-0147."),
        ("small", FIC_EN),
    ]
    return dict(
        n=7, slug="medicare-advantage-ire-reconsideration-unfavorable-spravato-step-therapy-fairy-lights-photo",
        lang="en", kind="jpg", device="fairy", blocks=blocks,
        key=dict(patient_name="Gloria Tenbrook-Ames", member_id="SCH-901227483", claim_number="SCM-26-1001-7745",
                 notice_date=nd, service_dates=sd, procedure_codes=["G2083"], diagnosis_codes=["F33.2"],
                 denial_category="step_therapy", plan_type="medicare_advantage", urgent=False),
        stage="IRE reconsideration (Medicare Advantage)", notice_label="Date", notice_printed=en(nd),
        service_list="October 1, October 8 and October 15, 2026",
        window=("days", 60), basis=basis, addr=addr, expect_deadline=D(2027, 1, 24),
        traps=["5RF2-XY7-QQ19", "1-99887-76655", "REC-26-3391"],
        ev=dict(category=["step therapy"], plan=["Medicare Advantage"]),
        note="The independent review entity's reconsideration of a Medicare Advantage plan's upheld denial, "
             "UNFAVORABLE: supervised esketamine on 3 days (G2083; F33.2) denied for step therapy. Keyed the plan's "
             "member ID and claim number; the Medicare Number, the IRE appeal number and the plan's reconsideration "
             "reference are traps. The ALJ window is stated: 60 days of the date of this letter. Photographed at "
             "night under a string of coloured holiday lights.",
        what="JPEG phone photo at night under coloured string lights: bokeh discs and coloured glints",
    )


def c08():
    nd = D(2026, 11, 17)
    sd = [D(2026, 9, 21), D(2026, 9, 22), D(2026, 9, 23), D(2026, 9, 24), D(2026, 9, 25)]
    addr = ["U.S. Office of Personnel Management (sample address)", "Federal Employee Insurance Operations",
            "FEHB Review Group 2", "PO Box 0147", "Washington, DC 20044-0147"]
    basis = "You must write to OPM within 90 days after the date of this letter"
    blocks = [
        ("title", "FEDERAL WORKERS MUTUAL BENEFIT PLAN"),
        ("small", "A fictional FEHB carrier - secure message center, plain-text copy"),
        ("small", FIC_EN),
        ("kv", [("Date", en(nd)), ("Patient", "Priya Venkataraman-Cole"), ("Member ID", "R48822917"),
                ("Enrollment code", "105"), ("Claim number", "FW-2609-318844"),
                ("Reconsideration number", "RQ-26-55213"), ("We received your request", en(D(2026, 10, 19)))]),
        ("h", "RECONSIDERATION DECISION"),
        ("p", "You asked us to reconsider our denial of the intensive outpatient program you attended at Sycamore "
              "Behavioral Health. These are the services on the claim:"),
        ("table", ["Date of service", "Code", "Dx", "Charge", "Paid", "Original EOB code"],
                  [[en_num(d), "S9480", "F33.1", "$390.00", "$0.00", "CO-50"] for d in sd]),
        ("p", "We have reconsidered our initial decision and we affirm our denial. Our brochure covers intensive "
              "outpatient care when it is medically necessary, as the brochure defines it. The records show that you "
              "were stable, attended weekly therapy before and after the program, and had no change in risk. A "
              "board-certified psychiatrist found the program not medically necessary."),
        ("h", "IF YOU DISAGREE"),
        ("p", "You may ask OPM to review our decision. " + basis + ". Write to:"),
        ("addr", addr),
        ("p", "Include a copy of this letter and of your request to us. You first had 6 months from our initial "
              "denial to ask us to reconsider; that step is finished. You may instead sue in federal court; read the "
              "brochure section on disputed claims first."),
        ("small", "Customer service 1-555-0128 - www.fwmbp.example - " + FIC_EN),
    ]
    return dict(
        n=8, slug="fehb-carrier-reconsideration-affirmed-iop-five-days-opm-90-days-accessible-txt", lang="en",
        kind="txt", device=None, blocks=blocks,
        key=dict(patient_name="Priya Venkataraman-Cole", member_id="R48822917", claim_number="FW-2609-318844",
                 notice_date=nd, service_dates=sd, procedure_codes=["S9480"], diagnosis_codes=["F33.1"],
                 carc_codes=["CO-50"], denial_category="medical_necessity", plan_type="fehb", urgent=False),
        stage="FEHB carrier's reconsideration", notice_label="Date", notice_printed=en(nd),
        window=("days", 90), basis=basis, addr=addr, expect_deadline=D(2027, 2, 15),
        traps=["RQ-26-55213", "October 19, 2026", "6 months", "105"],
        ev=dict(category=["not medically necessary"], plan=["FEHB"]),
        note="An FEHB carrier's reconsideration decision (affirmed), a plain-text copy of a secure message: IOP on "
             "5 days (S9480; F33.1; CO-50), not medically necessary. The next level, OPM's review, is stated: "
             "90 days after the date of this letter. Reconsideration number beside the claim number.",
        what="plain text, CRLF, 80 columns, boxed with +---+ lines",
    )


def c09():
    nd, md = D(2026, 11, 9), D(2026, 11, 12)
    sd = [D(2026, 10, 26), D(2026, 10, 27), D(2026, 10, 28)]
    addr = ["Maple County Employees' Health Plan", "Attn: Appeals Committee", "400 Courthouse Square, Room 210",
            "Ashford, VT 05301"]
    basis = "You have 180 days from the date of this statement to appeal"
    blocks = [
        ("title", "MAPLE COUNTY EMPLOYEES' HEALTH PLAN"),
        ("small", "A self-funded governmental plan of Maple County, administered by Keystone Benefit Services "
                  "(fictional) - claims: PO Box 2210, Ashford, VT 05301 - 1-555-0117"),
        ("small", FIC_EN),
        ("h", "EXPLANATION OF BENEFITS - THIS IS NOT A BILL"),
        ("kv", [("Statement date", en(nd)), ("Date mailed", en(md)), ("Member", "Desmond K. Farraday"),
                ("Member ID", "MCE-20581-44"), ("Group", "7100-ACTIVE")]),
        ("p", "Claim 26-300-11873 - Elm Street Counseling - PAID"),
        ("table", ["Service date", "Code", "Billed", "Allowed", "Plan paid", "Adj. codes", "Status"],
                  [[en_num(D(2026, 10, 1)), "90837", "$180.00", "$140.00", "$112.00", "PR-3", "Paid"]]),
        ("p", "Claim 26-311-20455 - Green Mountain TMS Center - DENIED - Diagnosis F33.2"),
        ("table", ["Service date", "Code", "Billed", "Allowed", "Plan paid", "Adj. codes", "Status"],
                  [[en_num(d), "90868", "$320.00", "$0.00", "$0.00", "CO-119", "Denied"] for d in sd]),
        ("tag", "mid"),
        ("p", "CO-119: Benefit maximum for this time period has been reached. Your plan covers up to 30 TMS treatment "
              "sessions per calendar year, and 30 were paid before October 26, 2026. PR-3: copayment."),
        ("h", "Your right to appeal"),
        ("p", basis + ". Send a letter that says why you disagree, with the claim number, to:"),
        ("addr", addr),
        ("p", "Do not send appeals to the claims box above. After the Plan's final decision you may be able to ask "
              "for an external review."),
        ("small", FIC_EN),
    ]
    return dict(
        n=9, slug="county-employees-plan-eob-two-claims-tms-session-cap-sanitizer-blotches-scan-jpg", lang="en",
        kind="jpgscan", device="sanitizer", blocks=blocks,
        key=dict(patient_name="Desmond K. Farraday", member_id="MCE-20581-44", claim_number="26-311-20455",
                 notice_date=nd, service_dates=sd, procedure_codes=["90868"], diagnosis_codes=["F33.2"],
                 carc_codes=["CO-119"], denial_category="benefit_limit", plan_type="governmental", urgent=False),
        stage="first denial", notice_label="Statement date", notice_printed=en(nd),
        window=("days", 180), basis=basis, addr=addr, expect_deadline=D(2027, 5, 8),
        traps=["26-300-11873", "90837", "10/01/2026", "PR-3", "7100-ACTIVE", "PO Box 2210", en(md)],
        ev=dict(category=["CO-119", "Benefit maximum"], plan=["governmental plan"]),
        note="A county employees' plan (self-funded governmental) EOB with two claims: psychotherapy paid, TMS on 3 "
             "days (90868; F33.2) past the 30-session yearly cap (CO-119): benefit_limit. Statement date and a "
             "later mailing date. Stated 180 days from the date of this statement. A flatbed scan of a page on "
             "which hand sanitizer had lifted the toner in pale blotches with tide lines.",
        what="JPEG colour scan 200 dpi, hand-sanitizer blotches (pale toner, tide lines)",
    )


def c10():
    nd = D(2026, 11, 16)
    sd = [D(2026, 10, 12), D(2026, 10, 13), D(2026, 10, 14), D(2026, 10, 15), D(2026, 10, 16)]
    addr = ["Heartland Conference Benefits Board", "External Review Desk", "2150 Prairie Vista Parkway",
            "Topeka, KS 66614"]
    blocks = [
        ("title", "HEARTLAND CONFERENCE BENEFITS BOARD"),
        ("small", "Health plan of the Heartland Conference of Covenant Churches - a church plan that has not elected "
                  "ERISA (fictional) - 1-555-0112"),
        ("small", FIC_EN),
        ("kv", [("Date", en(nd)), ("Participant", "Ruth A. Sandoval-Pike"), ("Member number", "HCB-118204"),
                ("Claim", "HC-26-10-40917"), ("Level 2 appeal number", "L2-26-0211"),
                ("Level 2 appeal received", en(D(2026, 10, 30)))]),
        ("h", "RE: Level 2 appeal - final internal decision"),
        ("p", "Dear Ms. Sandoval-Pike: The Appeals Committee of the Benefits Board met on November 12, 2026 and "
              "reviewed your Level 2 appeal of the denial of your partial hospitalization program at Prairie Hope "
              "Behavioral Hospital:"),
        ("table", ["Date", "Code", "Diagnosis", "Adjustment"], [[en_num(d), "H0035", "F33.2", "CO-50"] for d in sd]),
        ("p", "Our decision: the denial is UPHELD. The Plan's criteria for partial hospitalization require that care "
              "at a less intensive level has failed or cannot meet the member's needs. Your records show that "
              "outpatient visits with your psychiatrist and therapist were available each week. The Committee's "
              "psychiatrist adviser found the program not medically necessary."),
        ("p", "This is the final decision of the Plan's internal appeal process. No further internal appeal is "
              "available."),
        ("h", "External review"),
        ("p", "You may ask for an independent external review of this decision. An independent review organization "
              "that had no part in this decision will look at your claim; the Plan will follow its decision. Send your "
              "request for external review to:"),
        ("addr", addr),
        ("p", "Your Level 2 appeal went to the Appeals Committee at PO Box 880, Topeka, KS 66601; do not send an "
              "external review request there."),
        ("small", FIC_EN),
    ]
    return dict(
        n=10, slug="church-plan-level-2-final-php-five-days-external-review-by-rule-hollow-threshold-scan-pdf",
        lang="en", kind="imgpdf", device="hollow", blocks=blocks,
        key=dict(patient_name="Ruth A. Sandoval-Pike", member_id="HCB-118204", claim_number="HC-26-10-40917",
                 notice_date=nd, service_dates=sd, procedure_codes=["H0035"], diagnosis_codes=["F33.2"],
                 carc_codes=["CO-50"], denial_category="medical_necessity", plan_type="church", urgent=False),
        stage="final internal decision (level 2)", notice_label="Date", notice_printed=en(nd),
        window=("rule_months", 4), basis="26 CFR 54.9815-2719(c)-(d)", addr=addr, expect_deadline=D(2027, 3, 16),
        traps=["L2-26-0211", "October 30, 2026", "November 12, 2026", "PO Box 880"],
        ev=dict(category=["not medically necessary"], plan=["church plan"]),
        note="A church plan's Level 2 appeal decision, the final internal one: PHP on 5 days (H0035; F33.2; CO-50), "
             "not medically necessary, upheld. It offers external review without a time limit, so the deadline "
             "is the next level's rule for a church plan (4 months from the decision, 26 CFR 54.9815-2719(c)-(d)) "
             "and the address the external review desk's. A phone scanner app's black-and-white mode whose "
             "adaptive threshold hollowed out the large bold letterhead.",
        what="image-only PDF, 1-bit: a scanner app's adaptive threshold hollows bold type",
    )


def c11():
    nd, md = D(2026, 11, 27), D(2026, 11, 30)
    sd = [D(2026, 7, 7), D(2026, 7, 14), D(2026, 7, 21)]
    blocks = [
        ("title", "Clearwater Independent Review Organization"),
        ("small", "Fictional IRO - 88 Fountain Street, Suite 500, Grand Rapids, MI 49503 - 1-555-0138"),
        ("gap",),
        ("p", "Date of decision: " + en(nd)),
        ("p", "Date sent: " + en(md)),
        ("gap",),
        ("p", "Marguerite L. Dunleavy"),
        ("p", "2716 Orchard Lake Drive"),
        ("p", "Holland, MI 49424"),
        ("gap",),
        ("p", "RE: External review of your insurer's final adverse determination. IRO case number IRO-26-10422; "
              "state file number 26-EXR-3310; insurer's claim number WBH-26-0812-6654."),
        ("p", "Dear Ms. Dunleavy:"),
        ("p", "The state insurance department (sample) assigned us your request for an external review on October "
              "14, 2026. Your coverage is an insured group health plan from Wolverine Bay Health Insurance Company "
              "(fictional), provided through your employer, Lakeland Tool & Die. The insurer denied, as experimental "
              "or investigational, the intravenous ketamine infusions for complex regional pain syndrome that you "
              "received on July 7, July 14 and July 21, 2026 (codes 96365, 96366 and J3490; diagnosis G90.50). The "
              "insurer upheld that denial in its final internal decision of September 30, 2026."),
        ("p", "A board-certified anesthesiologist with a pain medicine practice, who has no tie to you, your doctors "
              "or the insurer, reviewed the records, the insurer's policy and the studies your doctor sent."),
        ("h", "Decision: the reviewer UPHOLDS the insurer's denial."),
        ("p", "The reviewer found that the published studies of repeated ketamine infusions for this condition are "
              "small and short, and that the infusions remain investigational under the terms of your certificate "
              "of coverage."),
        ("p", "This decision is binding on you and on the insurer, except to the extent that other remedies are "
              "available under state or federal law. Because your coverage comes through an employer group health "
              "plan governed by ERISA, you may have the right to bring a civil action under section 502(a) of ERISA."),
        ("p", "Sincerely, Clearwater Independent Review Organization, External Review Unit"),
        ("small", FIC_EN),
    ]
    header = ["Clearwater Independent Review Organization (fictional) - external review decision"]
    footer = ["Patient: Marguerite L. Dunleavy  |  Member ID: WBH 6620 1187 03  |  FICTIONAL SAMPLE"]
    return dict(
        n=11, slug="insured-employer-external-review-decision-upheld-ketamine-crps-member-id-in-footer-docx",
        lang="en", kind="docx", device=None, blocks=blocks, header=header, footer=footer,
        key=dict(patient_name="Marguerite L. Dunleavy", member_id="WBH 6620 1187 03", claim_number="WBH-26-0812-6654",
                 notice_date=nd, service_dates=sd, procedure_codes=["96365", "96366", "J3490"],
                 diagnosis_codes=["G90.50"], denial_category="experimental_investigational",
                 plan_type="employer_erisa", urgent=False),
        stage="external reviewer's decision (no later level)", notice_label="Date of decision", notice_printed=en(nd),
        service_list="July 7, July 14 and July 21, 2026",
        window=None, basis=None, addr=None, expect_deadline=None,
        traps=["IRO-26-10422", "26-EXR-3310", "September 30, 2026", "October 14, 2026", en(md)],
        ev=dict(category=["experimental or investigational"], plan=["ERISA", "employer group health plan"]),
        note="An independent review organization's external review decision for an insured employer plan, "
             "upholding the denial of IV ketamine for CRPS on 3 days (96365, 96366, J3490; G90.50) as "
             "experimental: experimental_investigational. A Word letter whose member ID is printed only in the "
             "page footer. No appeal is left (the decision binds; only a lawsuit under ERISA 502(a), with no "
             "window printed), so no appeal_deadline, deadline_basis or appeals_address is keyed. The IRO case "
             "number and the state file number are traps.",
        what="Word .docx letter; the member ID only in the footer",
    )


def c12():
    nd = D(2026, 11, 30)
    addr = ["Pinnacle Part D Review Services", "Attn: Part D Reconsiderations", "PO Box 21190",
            "Pittsburgh, PA 15230-1190"]
    basis = "You must make your request in writing within 60 days from the date of this notice"
    blocks = [
        ("title", "Notice of Redetermination"),
        ("small", "Evergreen Harbor Rx - a Medicare Part D prescription drug plan (fictional). " + FIC_EN),
        ("kv", [("Date of notice", en(nd)), ("Enrollee", "Dolores Quintanilla-Hart"), ("Member ID", "EHX-77100-42815"),
                ("Medicare Number", "8PL3-KW4-TT72"), ("Coverage determination number", "CD-26-4471902"),
                ("Redetermination number", "RD-26-0093318"), ("Drug", "brexpiprazole 2 mg tablets, 30 a month"),
                ("Prescriber", "Dr. Anselm Whitcroft"), ("Diagnosis on the request", "F33.1")]),
        ("p", "We have looked again at your request for brexpiprazole and we are upholding our denial. Our plan "
              "covers this drug only after you have tried aripiprazole and quetiapine, the drugs our step therapy "
              "rule lists first, or your prescriber tells us why you cannot take them. Your prescriber's statement "
              "says you took aripiprazole for three weeks; it does not mention quetiapine."),
        ("h", "If you disagree with our decision"),
        ("p", "You can ask for an independent review of your case by an Independent Review Entity (IRE). " + basis +
              ". Send it to:"),
        ("addr", addr),
        ("p", "Fax: 1-555-0188. If waiting could seriously harm your health, ask the IRE for a fast review."),
    ]
    extra = dict(stamp="12/05/2026, 7:41 PM", signed_in="Dolores Quintanilla-Hart",
                 side=[("CD-26-3318820", "sertraline 100 mg", "Approved", "06/02/2026"),
                       ("CD-26-4471902", "brexpiprazole 2 mg", "Denied - redetermination upheld", "11/30/2026")])
    return dict(
        n=12, slug="part-d-redetermination-upheld-brexpiprazole-step-therapy-ire-60-days-portal-html", lang="en",
        kind="html", device=None, blocks=blocks, extra=extra,
        key=dict(patient_name="Dolores Quintanilla-Hart", member_id="EHX-77100-42815", claim_number="CD-26-4471902",
                 notice_date=nd, diagnosis_codes=["F33.1"], denial_category="step_therapy",
                 plan_type="medicare_part_d", urgent=False),
        stage="Part D redetermination", notice_label="Date of notice", notice_printed=en(nd),
        window=("days", 60), basis=basis, addr=addr, expect_deadline=D(2027, 1, 29),
        traps=["RD-26-0093318", "8PL3-KW4-TT72", "CD-26-3318820", "12/05/2026"],
        ev=dict(category=["step therapy"], plan=["Medicare Part D"]),
        note="A Part D plan's redetermination notice on its member portal (saved page): brexpiprazole denied for "
             "step therapy, upheld. A drug request before any claim, so the coverage determination number is "
             "keyed, not the redetermination number beside it; no procedure code, service date or CARC. The IRE "
             "window is stated: 60 days from the date of this notice. Print stamp and another request in the side "
             "list are traps.",
        what=".html portal page: print stamp, navigation, side list of requests",
    )


def c13():
    nd, md = D(2026, 11, 24), D(2026, 11, 25)
    sd = [D(2026, 10, 6), D(2026, 10, 8), D(2026, 10, 13)]
    addr = ["Agencia de Audiencias Imparciales de Florida (muestra)", "Oficina de Audiencias de Medicaid",
            "Apartado Postal 4410", "Tallahassee, FL 32315-4410"]
    basis = "Tiene 120 días a partir de la fecha de este aviso para pedirla"
    blocks = [
        ("title", "Plan de Salud Comunidad Sureña"),
        ("small", "Plan de atención administrada de Medicaid de Florida (ficticio) - 1-555-0131 - "
                  "www.comunidadsurena.example"),
        ("small", FIC_ES),
        ("h", "AVISO DE RESOLUCIÓN DE LA APELACIÓN"),
        ("kv", [("Fecha del aviso", es(nd)), ("Fecha de envío", es(md)), ("Miembro", "Marisol Ybarra Cuevas"),
                ("Fecha de nacimiento", "24/11/1984"), ("Número de miembro", "CS-4471092"),
                ("Número de Medicaid", "8830021947"), ("Reclamación", "CSF-26-77120-4"),
                ("Número de apelación", "AP-26-3318")]),
        ("p", "Usted apeló nuestra denegación del programa intensivo ambulatorio de Bahía Serena Salud Mental. "
              "Fechas en formato día/mes/año."),
        ("table", ["Fecha de servicio", "Código", "Diagnóstico", "Código de ajuste", "Resultado"],
                  [[es_num(d), "S9480", "F33.1", "CO-50", "Denegado"] for d in sd]),
        ("tag", "mid"),
        ("h", "Nuestra decisión: mantenemos la denegación"),
        ("p", "Una psiquiatra que no participó en la primera decisión revisó su apelación y sus expedientes. Los "
              "expedientes muestran que usted asistía a terapia semanal y no tenía cambios en el riesgo. Por eso el "
              "programa no es médicamente necesario según nuestras pautas clínicas."),
        ("h", "Audiencia imparcial estatal"),
        ("p", "Si no está de acuerdo, puede pedir una audiencia imparcial estatal. " + basis + ". Envíe su solicitud "
              "a:"),
        ("addr", addr),
        ("p", "Si el servicio ya estaba aprobado y quiere seguir recibiéndolo durante la audiencia, debe pedirla "
              "dentro de 10 días. Ayuda gratuita: 1-555-0132."),
        ("small", FIC_ES),
    ]
    return dict(
        n=13, slug="es-medicaid-managed-care-appeal-resolution-iop-fair-hearing-120-dias-hospital-monitor-glow-photo",
        lang="es", kind="jpg", device="monitor", blocks=blocks,
        key=dict(patient_name="Marisol Ybarra Cuevas", member_id="CS-4471092", claim_number="CSF-26-77120-4",
                 notice_date=nd, service_dates=sd, procedure_codes=["S9480"], diagnosis_codes=["F33.1"],
                 carc_codes=["CO-50"], denial_category="medical_necessity", plan_type="medicaid", urgent=False),
        stage="Medicaid plan's notice of appeal resolution", notice_label="Fecha del aviso", notice_printed=es(nd),
        window=("days", 120), basis=basis, addr=addr, expect_deadline=D(2027, 3, 24),
        traps=["24/11/1984", "8830021947", "AP-26-3318", "10 días", es(md)],
        ev=dict(category=["no es médicamente necesario"], plan=["Medicaid"]),
        note="A Florida Medicaid managed-care plan's notice of appeal resolution in Spanish: IOP on 3 days (S9480; "
             "F33.1; CO-50), not medically necessary, upheld. The next level, the state fair hearing, is stated: "
             "120 días a partir de la fecha de este aviso. The date of birth shares the notice's day and month; "
             "the Medicaid number, appeal number, mailing date and 10 días are traps. Photographed at night in a "
             "hospital room, lit by a bedside monitor's green glow.",
        what="JPEG phone photo at night in a hospital room, green monitor glow from one side",
    )


def c14():
    nd = D(2026, 12, 2)
    sd = [D(2026, 10, 5), D(2026, 10, 12), D(2026, 10, 19)]
    addr = ["Comisión Estatal de Salud (muestra)", "Unidad de Revisión de CHIP", "Apartado Postal 13247",
            "Austin, TX 78711-3247"]
    basis = "dentro de 30 días a partir de la fecha de esta carta"
    blocks = [
        ("title", "Estrella Kids CHIP"),
        ("small", "Programa de Seguro Médico para Niños (CHIP) de Texas - plan ficticio - 1-555-0155"),
        ("small", FIC_ES),
        ("h", "DECISIÓN SOBRE SU APELACIÓN"),
        ("kv", [("Fecha de la decisión", es(nd)), ("Miembro (niño/a)", "Tomás Aguirre Benítez"),
                ("Padre/madre o tutor", "Lucía Benítez Ortega"), ("ID de miembro", "EKC-5520-1187-01"),
                ("Reclamación", "EK-26-10-55309"), ("Apelación", "APE-26-00482")]),
        ("p", "Estimada Sra. Benítez Ortega: Usted apeló nuestra denegación de la terapia familiar (código 90847) que "
              "Tomás recibió los días 5, 12 y 19 de octubre de 2026 con la Dra. Inés Calderón, una proveedora que no "
              "está en nuestra red. Diagnóstico: F43.23. Código de ajuste: CO-242 (proveedor fuera de la red)."),
        ("table", ["Fecha (día/mes/año)", "Código", "Resultado"], [[es_num(d), "90847", "Denegado"] for d in sd]),
        ("p", "Revisamos su apelación. Hay tres terapeutas familiares de nuestra red a menos de 20 millas de su casa "
              "que tenían citas disponibles. Mantenemos la denegación."),
        ("tag", "mid"),
        ("h", "Revisión del estado"),
        ("p", "Este plan es CHIP y no Medicaid, así que no hay audiencia imparcial estatal. Puede pedir que el estado "
              "revise esta decisión por medio de una organización de revisión independiente. Debe pedirlo " + basis +
              ". Envíe su pedido a:"),
        ("addr", addr),
        ("p", "Para preguntas llame a Servicios para Miembros al 1-555-0156."),
        ("small", FIC_ES),
    ]
    return dict(
        n=14, slug="es-chip-appeal-decision-child-family-therapy-out-of-network-state-review-30-dias-dying-lamp-scan-png",
        lang="es", kind="png", device="magenta", blocks=blocks,
        key=dict(patient_name="Tomás Aguirre Benítez", member_id="EKC-5520-1187-01", claim_number="EK-26-10-55309",
                 notice_date=nd, service_dates=sd, procedure_codes=["90847"], diagnosis_codes=["F43.23"],
                 carc_codes=["CO-242"], denial_category="out_of_network", plan_type="chip", urgent=False),
        stage="separate CHIP's appeal decision", notice_label="Fecha de la decisión", notice_printed=es(nd),
        service_list="los días 5, 12 y 19 de octubre de 2026",
        window=("days", 30), basis=basis, addr=addr, expect_deadline=D(2027, 1, 1),
        traps=["Lucía Benítez Ortega", "APE-26-00482", "20 millas"],
        ev=dict(category=["fuera de la red"], plan=["CHIP"]),
        note="A separate CHIP plan's appeal decision in Spanish for a child: family therapy on 3 days (90847; "
             "F43.23) with an out-of-network provider (CO-242), upheld. The next level, the state's review, is "
             "stated: 30 días a partir de la fecha de esta carta; no fair hearing (not Medicaid). The mother is a "
             "trap for the patient. A flatbed scanner with a failing lamp: a pink cast and a darkening toward the "
             "right edge.",
        what="PNG colour scan 150 dpi, a failing scanner lamp: magenta cast and falloff",
    )


def c15():
    nd, md = D(2026, 11, 20), D(2026, 11, 23)
    sd = [D(2026, 9, 14), D(2026, 9, 15), D(2026, 9, 16), D(2026, 9, 17), D(2026, 9, 18)]
    addr = ["Departamento de Seguros de Arizona (muestra ficticia)", "Unidad de Revisión Externa",
            "2910 N. Central Avenue, Suite 400", "Phoenix, AZ 85012"]
    basis = "Debe pedirla dentro de 4 meses a partir de la fecha de este aviso"
    blocks = [
        ("p", "Fecha del aviso: " + es(nd)),
        ("p", "Fecha de envío: " + es(md)),
        ("gap",),
        ("p", "Sra. Adriana Peña Solís"),
        ("p", "1840 W. Camino Mesquite"),
        ("p", "Tucson, AZ 85745"),
        ("gap",),
        ("p", "Asunto: Decisión final de la apelación interna - Reclamación N.º 26-SV-0914-2207 - Apelación N.º "
              "APL-SV-26-1180"),
        ("p", "Estimada Sra. Peña Solís:"),
        ("p", "Revisamos su apelación de la denegación de la estimulación magnética transcraneal (EMT) que recibió en "
              "Desierto Claro Neurociencias los días 14, 15, 16, 17 y 18 de septiembre de 2026 (códigos 90867 y 90868; "
              "diagnóstico F33.2; código de ajuste CO-50)."),
        ("p", "Un psiquiatra que no participó en la primera decisión revisó sus expedientes. Nuestra póliza médica "
              "cubre la EMT cuando fallaron al menos cuatro tratamientos con antidepresivos de dos clases distintas. "
              "Sus expedientes muestran dos. Por eso el tratamiento no es médicamente necesario según los términos "
              "de su plan."),
        ("p", "Esta es la decisión final de nuestra apelación interna. Las apelaciones internas ya terminaron."),
        ("h", "Su derecho a una revisión externa"),
        ("p", "Puede pedir que una organización de revisión independiente revise esta decisión. " + basis + ". Si su "
              "médico dice que esperar pondría en grave peligro su salud, puede pedir una revisión externa "
              "acelerada. Envíe el formulario de solicitud de revisión externa a:"),
        ("addr", addr),
        ("p", "No envíe la solicitud a nuestra oficina de apelaciones (Apartado Postal 85012, Phoenix, AZ 85001). "
              "Ayuda gratuita en español: 1-555-0157."),
        ("p", "Atentamente, Departamento de Apelaciones, Cobertura Sol del Valle"),
        ("small", FIC_ES),
    ]
    header = ["Cobertura Sol del Valle - plan del Mercado de Seguros Médicos (ficticio)",
              "Miembro: Adriana Peña Solís    ID de miembro: CSV-330-918-44"]
    footer = ["MUESTRA FICTICIA - página 1"]
    return dict(
        n=15, slug="es-marketplace-final-internal-decision-tms-external-review-4-meses-id-in-word-header-docx",
        lang="es", kind="docx", device=None, blocks=blocks, header=header, footer=footer,
        key=dict(patient_name="Adriana Peña Solís", member_id="CSV-330-918-44", claim_number="26-SV-0914-2207",
                 notice_date=nd, service_dates=sd, procedure_codes=["90867", "90868"], diagnosis_codes=["F33.2"],
                 carc_codes=["CO-50"], denial_category="medical_necessity", plan_type="individual_aca",
                 urgent=False),
        stage="final internal decision (Marketplace)", notice_label="Fecha del aviso", notice_printed=es(nd),
        service_list="los días 14, 15, 16, 17 y 18 de septiembre de 2026",
        window=("months", 4), basis=basis, addr=addr, expect_deadline=D(2027, 3, 20),
        traps=["APL-SV-26-1180", es(md), "Apartado Postal 85012"],
        ev=dict(category=["no es médicamente necesario"], plan=["Mercado de Seguros"]),
        note="A Marketplace plan's final internal appeal decision in Spanish, a Word letter whose member ID is only "
             "in the page header: TMS on 5 days written as one list (90867, 90868; F33.2; CO-50), upheld. External "
             "review stated: 4 meses a partir de la fecha de este aviso, sent to the state's external review unit. "
             "Notice date and a later mailing date; the appeal number beside the claim number.",
        what="Word .docx letter in Spanish; the member ID only in the header",
    )


def c16():
    nd, md = D(2026, 12, 1), D(2026, 12, 2)
    addr = ["Salud Primavera", "Departamento de Apelaciones y Quejas", "Apartado Postal 27540",
            "Albuquerque, NM 87125-7540"]
    basis = "Tiene 60 días a partir de la fecha de este aviso para apelar"
    blocks = [
        ("title", "Salud Primavera"),
        ("small", "Plan de atención administrada de Medicaid de Nuevo México (ficticio) - 1-555-0165"),
        ("small", FIC_ES),
        ("h", "AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS"),
        ("kv", [("Fecha de la decisión", es(nd)), ("Fecha de envío", es(md)), ("Miembro", "Joaquín Arellano Durán"),
                ("Fecha de nacimiento", "02/12/1979"), ("ID de miembro", "SPV-6619-0044-7"),
                ("Número de Medicaid", "400219775"), ("Solicitud de autorización N.º", "PA-26-55719"),
                ("Proveedor", "Centro de Infusión Río Grande")]),
        ("p", "Usted o su proveedor pidió una decisión rápida (acelerada). Tomamos esta decisión en 72 horas."),
        ("p", "Lo que se pidió: seis infusiones de ketamina por vía intravenosa (códigos 96365 y J3490) para el "
              "diagnóstico F33.2."),
        ("h", "Decisión: denegada"),
        ("p", "Motivo: nuestra política clínica CP-219 considera la ketamina intravenosa para la depresión un "
              "tratamiento experimental o en investigación. No está aprobada por la FDA para este uso y los estudios "
              "publicados no bastan para mostrar que funciona a largo plazo."),
        ("tag", "mid"),
        ("h", "Su derecho a apelar"),
        ("p", basis + ". Si su salud no puede esperar, pida una apelación acelerada; la decidiremos en 72 horas. "
              "Envíe su apelación a:"),
        ("addr", addr),
        ("p", "Después de nuestra decisión sobre su apelación podrá pedir una audiencia imparcial estatal dentro de "
              "120 días. Ayuda gratuita: 1-555-0166."),
        ("small", FIC_ES),
    ]
    return dict(
        n=16, slug="es-medicaid-managed-care-expedited-ketamine-request-experimental-piano-lid-reflection-photo",
        lang="es", kind="jpg", device="piano", blocks=blocks,
        key=dict(patient_name="Joaquín Arellano Durán", member_id="SPV-6619-0044-7", claim_number="PA-26-55719",
                 notice_date=nd, procedure_codes=["96365", "J3490"], diagnosis_codes=["F33.2"],
                 denial_category="experimental_investigational", plan_type="medicaid", urgent=True),
        stage="first denial (request before care, expedited)", notice_label="Fecha de la decisión",
        notice_printed=es(nd), window=("days", 60), basis=basis, addr=addr, expect_deadline=D(2027, 1, 30),
        traps=["02/12/1979", "400219775", "120 días", es(md)],
        ev=dict(category=["experimental o en investigación"], plan=["Medicaid"], urgent=["decisión rápida (acelerada)"]),
        note="A New Mexico Medicaid managed-care plan's adverse benefit determination in Spanish on an expedited "
             "request before care: six IV ketamine infusions (96365, J3490; F33.2) denied as experimental: "
             "experimental_investigational, urgent. The request number is keyed; no service dates or CARC. "
             "Stated 60 días. Decision date and a later mailing date; the date of birth 02/12/1979 shares the "
             "mailing date's day and month. Propped on a black lacquered piano lid that mirrors the page.",
        what="JPEG phone photo, page on a glossy black piano lid, its mirror image below",
    )


def c17():
    nd, md = D(2026, 11, 19), D(2026, 11, 20)
    sd = [D(2026, 9, 21), D(2026, 9, 22), D(2026, 9, 23), D(2026, 9, 24), D(2026, 9, 25)]
    addr = ["Oficina Estatal de Audiencias Administrativas", "Unidad de Reconsideraciones",
            "2150 Calle Larimer, Piso 4", "Denver, CO 80205"]
    basis = "dentro de 30 días a partir de la fecha de esta decisión"
    blocks = [
        ("title", "Oficina Estatal de Audiencias Administrativas de Colorado"),
        ("small", "Muestra ficticia - 1-555-0171 - www.audiencias-co.example"),
        ("small", FIC_ES),
        ("h", "DECISIÓN DE LA AUDIENCIA IMPARCIAL ESTATAL"),
        ("kv", [("Fecha de la decisión", es(nd)), ("Fecha de envío por correo", es(md)),
                ("Número de caso de audiencia", "AH-26-118203"), ("Apelante", "Esperanza Villalobos Rincón"),
                ("Número de identificación de Medicaid", "K447201"),
                ("Plan", "Montaña Verde Health Plan, plan de atención administrada de Medicaid"),
                ("Número de reclamación del plan", "MVH-26-0927-3316")]),
        ("p", "Asunto: la denegación por el plan del programa de hospitalización parcial (código H0035) de los días "
              "21, 22, 23, 24 y 25 de septiembre de 2026 (diagnóstico F33.2). La audiencia se celebró por teléfono "
              "el 5 de noviembre de 2026."),
        ("h", "DECISIÓN: Se confirma la decisión del plan."),
        ("p", "La jueza administrativa concluye que los expedientes no mostraban un riesgo que exigiera "
              "hospitalización parcial, y que el servicio no era médicamente necesario según los criterios del plan."),
        ("h", "Si no está de acuerdo"),
        ("p", "Puede pedir una reconsideración (nueva audiencia) por escrito " + basis + ". Envíe su pedido a:"),
        ("addr", addr),
        ("p", "También puede apelar al tribunal de distrito dentro de 35 días. Ayuda legal gratuita: 1-555-0172."),
        ("small", FIC_ES),
    ]
    return dict(
        n=17, slug="es-medicaid-state-fair-hearing-decision-php-upheld-rehearing-30-dias-projected-on-whiteboard-photo",
        lang="es", kind="jpg", device="projector", blocks=blocks,
        key=dict(patient_name="Esperanza Villalobos Rincón", member_id="K447201", claim_number="MVH-26-0927-3316",
                 notice_date=nd, service_dates=sd, procedure_codes=["H0035"], diagnosis_codes=["F33.2"],
                 denial_category="medical_necessity", plan_type="medicaid", urgent=False),
        stage="state fair-hearing decision", notice_label="Fecha de la decisión", notice_printed=es(nd),
        service_list="los días 21, 22, 23, 24 y 25 de septiembre de 2026",
        window=("days", 30), basis=basis, addr=addr, expect_deadline=D(2026, 12, 19),
        traps=["AH-26-118203", "35 días", "5 de noviembre de 2026", es(md)],
        ev=dict(category=["no era médicamente necesario"], plan=["Medicaid"]),
        note="A state fair-hearing decision in Spanish (Colorado, a Medicaid managed-care case): PHP on 5 days "
             "written as one list (H0035; F33.2), the plan's denial confirmed: medical_necessity. Keyed as a "
             "decision after an appeal: the one request left with a printed window, the rehearing, 30 días a "
             "partir de la fecha de esta decisión, and its office. The court's 35 días, the hearing case number and "
             "the mailing date are traps. Projected on a whiteboard at a legal-aid clinic and photographed.",
        what="JPEG photo of the page projected on a whiteboard: keystone, hot spot, low contrast, marker ghosts",
    )


def c18():
    nd = D(2026, 11, 16)
    sd = [D(2026, 10, 21), D(2026, 10, 28)]
    addr = ["Aseguradora Horizonte Claro", "Atención: Apelaciones y Quejas", "Apartado Postal 61190",
            "Houston, TX 77208-1190"]
    basis = "Tiene 180 días a partir de la fecha en que reciba este aviso para presentar una apelación"
    blocks = [
        ("title", "Aseguradora Horizonte Claro"),
        ("small", "Plan del Mercado de Seguros Médicos de Texas (ficticio) - 1-555-0181 - www.horizonteclaro.example"),
        ("small", FIC_ES),
        ("h", "EXPLICACIÓN DE BENEFICIOS - ESTO NO ES UNA FACTURA"),
        ("kv", [("Fecha del estado de cuenta", es_num(nd)), ("Miembro", "Rogelio Santacruz Lemus"),
                ("ID de miembro", "AHC-77810-3325"), ("Formato de fechas", "día/mes/año")]),
        ("p", "Reclamación AH-26-30144 - Consultorio Paloma Azul - PAGADA"),
        ("table", ["Fecha", "Código", "Cobrado", "Pagó el plan", "Ajuste", "Estado"],
                  [[es_num(D(2026, 10, 7)), "90834", "$150.00", "$118.00", "PR-3", "Pagada"]]),
        ("p", "Reclamación AH-26-31872 - Clínica Nueva Aurora - DENEGADA - Diagnóstico F33.2"),
        ("table", ["Fecha", "Código", "Cobrado", "Pagó el plan", "Ajuste", "Estado"],
                  [[es_num(d), "J0013", "$1,240.00", "$0.00", "CO-197", "Denegada"] for d in sd]),
        ("tag", "lens"),
        ("p", "CO-197: Falta la autorización previa. El plan exige autorización previa para la esketamina en aerosol "
              "nasal y no la recibió. PR-3: copago."),
        ("h", "Sus derechos de apelación"),
        ("p", basis + ". Envíe su apelación por escrito a:"),
        ("addr", addr),
        ("p", "No envíe apelaciones a la dirección de reclamaciones (Apartado Postal 61100). Ayuda: 1-555-0182."),
        ("small", FIC_ES),
    ]
    return dict(
        n=18, slug="es-marketplace-eob-two-claims-esketamine-no-prior-auth-fresnel-page-magnifier-photo", lang="es",
        kind="jpg", device="fresnel", blocks=blocks,
        key=dict(patient_name="Rogelio Santacruz Lemus", member_id="AHC-77810-3325", claim_number="AH-26-31872",
                 notice_date=nd, service_dates=sd, procedure_codes=["J0013"], diagnosis_codes=["F33.2"],
                 carc_codes=["CO-197"], denial_category="prior_authorization", plan_type="individual_aca",
                 urgent=False),
        stage="first denial", notice_label="Fecha del estado de cuenta", notice_printed=es_num(nd),
        window=("days", 180), basis=basis, addr=addr, expect_deadline=D(2027, 5, 15),
        traps=["AH-26-30144", "90834", "07/10/2026", "PR-3", "Apartado Postal 61100"],
        ev=dict(category=["autorización previa"], plan=["Mercado de Seguros"]),
        note="A Texas Marketplace plan's EOB in Spanish with two claims, day-first dates: psychotherapy paid, "
             "esketamine on 2 days (J0013; F33.2) without prior authorization (CO-197): prior_authorization. "
             "Stated 180 días a partir de la fecha en que reciba este aviso, counted from the statement date. "
             "Photographed with a flat Fresnel page magnifier lying over the lower half.",
        what="JPEG phone photo with a Fresnel sheet magnifier over the lower half: rings, bulge, sheet edge",
    )


ALL = [c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13, c14, c15, c16, c17, c18]
