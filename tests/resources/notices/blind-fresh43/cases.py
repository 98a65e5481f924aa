"""The 18 notices of blind set 43 (issue 19). Everything here is FICTIONAL: people, plans, providers, numbers,
addresses. Phones 1-555-01xx, web and e-mail on .example. Codes by number only; services described in my own words.

Blocks: ("title", s) ("h", s) ("p", s) ("small", s) ("kv", [(label, value)]) ("table", head, rows)
("addr", [lines]) ("two", left_blocks, right_blocks) ("gap",) ("rule",) ("mono", [lines]).
"""
from dates import D, us, dmy, long, short, caps, es

FICT = "FICTIONAL SAMPLE - not a real notice, person or plan"
FICT_ES = "MUESTRA FICTICIA - no es un aviso, una persona ni un plan reales"


def c01():
    nd = D("2026-11-09")
    name, mid, clm = "Delphine A. Okonkwo-Marsh", "LMH448120977", "2026 1017 00483 1"
    head = f"Larkspur Mutual Health  |  Member ID {mid}  |  Claim {clm}  |  Page {{page}} of {{pages}}"
    foot = f"{FICT}.  Statement for {name}, member ID {mid}, claim {clm}."
    rows = [
        ["09/29/2026", "99204", "New patient visit, moderate", "$310.00", "$182.50", "$40.00", "$142.50", "PR-3", "Paid"],
        ["10/06/2026", "96365", "IV infusion, first hour", "$780.00", "$0.00", "$0.00", "$0.00", "CO-50", "Denied"],
        ["10/06/2026", "J3490", "Drug, no own code (ketamine)", "$265.00", "$0.00", "$0.00", "$0.00", "CO-50", "Denied"],
        ["10/09/2026", "96365", "IV infusion, first hour", "$780.00", "$0.00", "$0.00", "$0.00", "CO-50", "Denied"],
        ["10/09/2026", "96366", "Infusion, each added hour", "$240.00", "$0.00", "$0.00", "$0.00", "CO-50", "Denied"],
        ["10/09/2026", "J3490", "Drug, no own code (ketamine)", "$265.00", "$0.00", "$0.00", "$0.00", "CO-50", "Denied"],
    ]
    p1 = [
        ("title", "Explanation of Benefits"),
        ("small", "THIS IS NOT A BILL.  " + FICT),
        ("two", [("kv", [("Member", name), ("Member ID", mid), ("Group", "00781-BW  Brightwater Logistics LLC"),
                        ("Coverage", "Employer group PPO, insured by Larkspur Mutual Health")])],
                [("kv", [("Statement date", long(nd)), ("Claim number", clm), ("Provider", "Quiet Harbor Infusion Clinic"),
                        ("Patient account", "QH-55120")])]),
        ("gap",),
        ("h", "Services on this claim"),
        ("table", ["Date", "Code", "Service (our words)", "Billed", "Allowed", "You owe", "Plan paid", "Adj.", "Status"], rows),
        ("small", "Diagnosis on claim: F33.2.   Adjustment codes: PR-3 copayment; CO-50 the plan finds the service not "
                  "medically necessary."),
        ("gap",),
        ("h", "Why some services were not paid"),
        ("p", "The ketamine infusions on 10/06/2026 and 10/09/2026 were reviewed against our medical policy MP-311 "
              "(intravenous ketamine for depression). The records sent did not show that the criteria were met, so "
              "the plan finds the infusions not medically necessary. You may ask for the policy and the records we used, "
              "free of charge."),
    ]
    p2 = [
        ("h", "Your right to appeal"),
        ("p", "You have 180 days from the date you receive this statement to ask us for an appeal. Tell us why you "
              "disagree and include any records that support your claim. If waiting could seriously harm your health, "
              "ask for an urgent appeal; we decide urgent appeals within 72 hours."),
        ("p", "Send your written appeal to:"),
        ("addr", ["Larkspur Mutual Health", "Attn: Member Appeals", "PO Box 30418", "Hartford, CT 06150-0418"]),
        ("p", "Do not send appeals to our claims office (Larkspur Mutual Health Claims, PO Box 30400, Hartford, CT "
              "06150-0400); that office handles new claims only."),
        ("p", "Questions? Call Member Services at 1-555-0142 (TTY 711), Monday to Friday, 8 a.m. to 6 p.m. You may also "
              "contact your state's consumer assistance program or the Employee Benefits Security Administration at "
              "1-555-0143."),
        ("h", "Your year to date"),
        ("kv", [("In-network deductible met", "$750.00 of $1,500.00"), ("Out-of-pocket met", "$1,210.40 of $6,000.00")]),
    ]
    return dict(
        n=1, slug="employer-insured-eob-six-lines-ketamine-two-denied-days-duplex-tiff-blank-backs",
        kind="tiff_duplex", lang="en", header=head, footer=foot, pages=[p1, p2],
        key=dict(patient_name=name, member_id=mid, claim_number=clm, notice_date=nd,
                 service_dates=["2026-10-06", "2026-10-09"], procedure_codes=["96365", "J3490", "96366"],
                 diagnosis_codes=["F33.2"], carc_codes=["CO-50"], denial_category="medical_necessity",
                 plan_type="employer_erisa", urgent=False),
        window=("days", 180, "You have 180 days from the date you receive this statement to ask us for an appeal"),
        nd_label="Statement date", nd_printed=long(nd),
        svc=["10/06/2026", "10/09/2026"], dayfirst=False,
        addr=["Larkspur Mutual Health", "Attn: Member Appeals", "PO Box 30418", "Hartford, CT 06150-0418"],
        ev=dict(category="not medically necessary", plan="Employer group PPO", urgent=None),
        traps=["99204", "09/29/2026", "PR-3", "00781-BW", "PO Box 30400", "72 hours"],
        note="An insured employer PPO's EOB, two pages with the member ID and claim number in a running header and "
             "footer, scanned duplex with the blank backs kept (a 4-frame TIFF). One claim of six lines: a paid new-patient "
             "visit, then IV ketamine on two days (96365, J3490, 96366; F33.2) denied CO-50. Stated 180 days from receipt. "
             "Traps: the paid 99204 line, its date and PR-3, the group number, the claims box, 72 hours.",
    )


def c02():
    nd = D("2026-11-20")
    name, mid, clm = "Rosalind Whitcombe-Ayer", "TCW-5520187", "HBA-26-0091-4417"
    head = (f"Tidewater Cabinetry Employee Health Plan  -  Member ID: {mid}  -  Claim No.: {clm}")
    foot = f"{FICT}.  Page {{page}} of {{pages}}"
    body1 = [
        ("title", "Harborline Benefit Administrators, Inc."),
        ("small", "Claims administrator for the Tidewater Cabinetry Employee Health Plan, a self-funded group health "
                  "plan  |  PO Box 8810, Norfolk, VA 23501  |  1-555-0151"),
        ("gap",),
        ("p", f"Date: {long(nd)}"),
        ("addr", [name, "2714 Marsh Hen Lane", "Chesapeake, VA 23320"]),
        ("p", "Appeal reference: APL2-26-11873"),
        ("p", "RE: Final internal appeal decision (second level)"),
        ("p", f"Dear Ms. Whitcombe-Ayer:"),
        ("p", "We have finished the second-level review of your appeal about transcranial magnetic stimulation (TMS) "
              "given by Bayview Neuromodulation Associates. The claim covered the first session with motor-threshold "
              "mapping (code 90867) on September 11, 2026, and treatment sessions (code 90868) on September 14, 15, "
              "16, 17 and 18, 2026. The diagnosis on the claim was F33.1."),
        ("p", "A board-certified psychiatrist who took no part in the first decision reviewed the records. The "
              "plan's TMS criteria ask for four failed antidepressant trials from at least two classes, each at an "
              "adequate dose for six weeks. The records show two trials, so the reviewer found that the treatment "
              "was not medically necessary under the plan's terms. We are upholding the denial of the claim. This is "
              "the plan's final internal decision; no further internal appeal is available."),
    ]
    body2 = [
        ("h", "External review"),
        ("p", "You may ask for an external review by an independent review organization. You have four months from "
              "the day you receive this letter; your request must be received no later than March 22, 2027. Send "
              "the request to:"),
        ("addr", ["Tidewater Cabinetry Employee Health Plan", "c/o Harborline Benefit Administrators, Inc.",
                  "Attn: External Review Coordinator", "2200 Quarry Point Road, Suite 410", "Norfolk, VA 23502"]),
        ("p", "If your situation is urgent, you may ask for an expedited external review by calling 1-555-0152. You "
              "also have the right to bring a civil action under section 502(a) of ERISA. You may ask for copies of "
              "every document relevant to your claim, free of charge, including the criteria used."),
        ("p", "For help, call the Employee Benefits Security Administration at 1-555-0153."),
        ("p", "Sincerely,"),
        ("p", "Appeals Unit, Harborline Benefit Administrators, Inc."),
    ]
    return dict(
        n=2, slug="self-funded-tpa-second-level-decision-tms-ids-only-in-word-header-docx",
        kind="docx", lang="en", header=head, footer=foot, pages=[body1, body2],
        key=dict(patient_name=name, member_id=mid, claim_number=clm, notice_date=nd,
                 service_dates=["2026-09-11", "2026-09-14", "2026-09-15", "2026-09-16", "2026-09-17", "2026-09-18"],
                 procedure_codes=["90867", "90868"], diagnosis_codes=["F33.1"], denial_category="medical_necessity",
                 plan_type="employer_erisa", urgent=False),
        window=("date", "March 22, 2027", "your request must be received no later than March 22, 2027"),
        nd_label="Date", nd_printed=long(nd),
        svc=["September 11, 2026", ("September 14, 15, 16, 17 and 18, 2026",
                                    ["2026-09-14", "2026-09-15", "2026-09-16", "2026-09-17", "2026-09-18"])],
        dayfirst=False,
        addr=["Tidewater Cabinetry Employee Health Plan", "c/o Harborline Benefit Administrators, Inc.",
              "Attn: External Review Coordinator", "2200 Quarry Point Road, Suite 410", "Norfolk, VA 23502"],
        ev=dict(category="not medically necessary", plan="self-funded group health plan", urgent=None),
        traps=["APL2-26-11873", "PO Box 8810", "2714 Marsh Hen Lane", "expedited external review"],
        note="A self-funded employer plan's final internal (second-level) appeal decision from its TPA, a Word letter "
             "whose member ID and claim number are only in the page header repeated on both pages. TMS on six days "
             "(90867, 90868; F33.1), one written as a list of days, upheld as not medically necessary. External review "
             "by a stated date, March 22, 2027. Traps: the appeal reference, the TPA's letterhead box, the home "
             "address, an expedited external review offered.",
    )


def c03():
    nd = D("2026-11-04")
    name, mid = "Tobias Lindqvist-Ferreira", "CCH-OR-77014326"
    paid, clm = "E26-1003-55812", "E26-1016-60247"
    head = f"Cedar Crest Health Plans  -  {FICT}"
    p = [
        ("title", "Cedar Crest Health Plans"),
        ("small", "Individual & Family Plans sold through the Marketplace  |  Silver 70 HMO (Oregon)"),
        ("h", "Your Explanation of Benefits"),
        ("kv", [("Member", name), ("Member ID", mid), ("Date of this statement", us(nd)),
                ("Claims in this statement", "2")]),
        ("gap",),
        ("h", f"Claim {paid}  -  Willowbend Counseling  -  PAID"),
        ("table", ["Service date", "Code", "What it was", "Charged", "Plan paid", "Your share", "Code"],
         [["10/02/2026", "90837", "Therapy session, 60 min", "$190.00", "$150.00", "$30.00", "PR-3"]]),
        ("h", f"Claim {clm}  -  Riverside Recovery IOP  -  DENIED"),
        ("table", ["Service date", "Code", "What it was", "Charged", "Plan paid", "Your share", "Code"],
         [["10/12/2026", "S9480", "Intensive outpatient day", "$420.00", "$0.00", "$0.00", "CO-197"],
          ["10/13/2026", "S9480", "Intensive outpatient day", "$420.00", "$0.00", "$0.00", "CO-197"],
          ["10/14/2026", "S9480", "Intensive outpatient day", "$420.00", "$0.00", "$0.00", "CO-197"],
          ["10/15/2026", "S9480", "Intensive outpatient day", "$420.00", "$0.00", "$0.00", "CO-197"]]),
        ("small", "Diagnosis: F32.2.  CO-197: no prior authorization was on file for this service. PR-3: your copay."),
        ("p", "Intensive outpatient programs need our approval before they start. We had no request for approval "
              "for these days, so the claim was denied. The provider may not bill you for it while an appeal is open."),
        ("h", "How to appeal"),
        ("p", "You can appeal within 180 days after you receive this EOB. Write to Cedar Crest Health Plans, Appeals "
              "and Grievances, PO Box 4471, Portland, OR 97208-4471, or call 1-555-0161. If your care is urgent, ask "
              "for a fast review. After our decision you may ask for an external review."),
    ]
    return dict(
        n=3, slug="marketplace-eob-two-claims-iop-no-auth-fingers-behind-bowed-page-photo",
        kind="jpg_fingers", lang="en", header=head, footer=None, pages=[p],
        key=dict(patient_name=name, member_id=mid, claim_number=clm, notice_date=nd,
                 service_dates=["2026-10-12", "2026-10-13", "2026-10-14", "2026-10-15"], procedure_codes=["S9480"],
                 diagnosis_codes=["F32.2"], carc_codes=["CO-197"], denial_category="prior_authorization",
                 plan_type="individual_aca", urgent=False),
        window=("days", 180, "You can appeal within 180 days after you receive this EOB"),
        nd_label="Date of this statement", nd_printed=us(nd),
        svc=["10/12/2026", "10/13/2026", "10/14/2026", "10/15/2026"], dayfirst=False,
        addr=["Cedar Crest Health Plans", "Appeals and Grievances", "PO Box 4471", "Portland, OR 97208-4471"],
        ev=dict(category="no prior authorization", plan="Marketplace", urgent=None),
        traps=[paid, "90837", "10/02/2026", "PR-3"],
        note="A Marketplace HMO's EOB of two claims photographed in hand: four fingertips wrap over the left edge "
             "from behind and the page bows. The paid therapy claim above the denied one: IOP on four days (S9480; "
             "F32.2) with no prior authorization (CO-197). Stated 180 days after receipt, the address inside a "
             "sentence. Traps: the paid claim's number, code, date and PR-3.",
    )


def c04():
    nd = D("2026-11-12")
    name, mid, clm = "Gwendolyn Ferreira-Stokes", "SMA 9031 5567 2", "2026-1029-031177"
    head = f"Member: {name}   Member ID: {mid}   Claim: {clm}"
    foot = f"{FICT}.  H9931_IDN26_C  Page {{page}} of {{pages}}"
    p1 = [
        ("title", "Notice of Denial of Medical Coverage (or Payment)"),
        ("small", "Summit Meadow Medicare Advantage (HMO)  |  PO Box 6600, Boise, ID 83707  |  1-555-0171, TTY 711"),
        ("kv", [("Date", long(nd)), ("Name", name), ("Member number", mid),
                ("Medicare Number", "1EG4-TE5-MK73"), ("Claim number", clm)]),
        ("p", "We have denied payment for the medical services listed below, which you received from Dr. Anselm "
              "Varga of Foothill Headache & Nerve Center."),
        ("table", ["Date of service", "Code", "Service (our description)", "Billed", "We pay"],
         [["10/07/2026", "64405", "Nerve block, greater occipital", "$410.00", "$0.00"],
          ["10/07/2026", "J1040", "Steroid injected with the block", "$38.00", "$0.00"],
          ["10/21/2026", "64405", "Nerve block, greater occipital", "$410.00", "$0.00"],
          ["10/21/2026", "J1040", "Steroid injected with the block", "$38.00", "$0.00"]]),
        ("p", "Diagnosis reported by the provider: M54.81."),
        ("h", "Why did we deny payment?"),
        ("p", "Foothill Headache & Nerve Center is not in our plan's network. As an HMO member you must get care from "
              "network providers unless it is emergency or urgently needed care or we approved it first. These visits "
              "were planned office visits, and no referral or approval was on file. Adjustment code CO-242 (services "
              "not provided by network providers)."),
    ]
    p2 = [
        ("h", "You have the right to appeal our decision"),
        ("p", "You must ask for a Level 1 appeal (a reconsideration) within 65 calendar days from the date of this "
              "notice. We can give you more time if you have a good reason for missing the deadline."),
        ("p", "How to ask for a standard appeal: mail or fax your request to the address below. A fast (expedited) "
              "appeal is only for services you have not yet received; it cannot be used for a payment denial."),
        ("addr", ["Summit Meadow Medicare Advantage", "Attn: Appeals & Grievances Dept.", "PO Box 6620",
                  "Boise, ID 83707-6620"]),
        ("p", "Fax: 1-555-0172. If we uphold the denial, we send your case to an independent review entity "
              "automatically."),
        ("p", "Get help: call 1-555-0171 (TTY 711), 8 a.m. to 8 p.m., seven days a week, or your State Health "
              "Insurance Assistance Program at 1-555-0173."),
    ]
    return dict(
        n=4, slug="medicare-advantage-idn-payment-nerve-blocks-out-of-network-adf-line-scan-pdf",
        kind="pdf_adf_line", lang="en", header=head, footer=foot, pages=[p1, p2],
        key=dict(patient_name=name, member_id=mid, claim_number=clm, notice_date=nd,
                 service_dates=["2026-10-07", "2026-10-21"], procedure_codes=["64405", "J1040"],
                 diagnosis_codes=["M54.81"], carc_codes=["CO-242"], denial_category="out_of_network",
                 plan_type="medicare_advantage", urgent=False),
        window=("days", 65, "within 65 calendar days from the date of this notice"),
        nd_label="Date", nd_printed=long(nd),
        svc=["10/07/2026", "10/21/2026"], dayfirst=False,
        addr=["Summit Meadow Medicare Advantage", "Attn: Appeals & Grievances Dept.", "PO Box 6620",
              "Boise, ID 83707-6620"],
        ev=dict(category="not in our plan's network", plan="Medicare Advantage", urgent=None),
        traps=["1EG4-TE5-MK73", "PO Box 6600", "H9931_IDN26_C"],
        note="A Medicare Advantage HMO's notice of denial of payment (the integrated denial notice's shape), two pages "
             "with name, member number and claim in a running header, scanned through a feeder with a speck on its "
             "glass (a dark vertical line down both pages) into an image-only PDF. Occipital nerve blocks on two days "
             "(64405, J1040; M54.81) out of network (CO-242). Stated 65 days. Traps: the Medicare Number, the "
             "letterhead box, the form number.",
    )


def c05():
    nd = D("2026-11-18")
    name, mid = "HAROLD J PEMBERTON-ASH", "4TP7-WN2-KX61"
    clm = "26262-0045-77208"
    head = f"{name}  |  Medicare Number {mid}  |  Page {{page}} of {{pages}}"
    foot = f"{FICT}.  Medicare Summary Notice for Part B (Medical Insurance)"
    p1 = [
        ("title", "Medicare Summary Notice for Part B (Medical Insurance)"),
        ("p", "THIS IS NOT A BILL"),
        ("kv", [("Notice date", long(nd)), ("Your name", name), ("Medicare Number", mid),
                ("Claims processed", "September 10 - November 14, 2026")]),
        ("h", "Your Claims & Costs This Period"),
        ("p", "Did Medicare approve all services?  NO. Medicare did not approve some services (see page 2)."),
        ("p", "Total you may be billed: $1,284.60"),
        ("h", "Your deductible status"),
        ("p", "Your Part B deductible is met for 2026."),
        ("h", "Be informed"),
        ("p", "Keep this notice. Compare the services with the receipts and statements you got from your providers. "
              "Report anything you did not receive by calling 1-555-0181."),
    ]
    p2 = [
        ("h", "Your Claims for Part B (Medical Insurance)"),
        ("p", "Claim number 26254-0031-10442  -  Lakeview Counseling Group, LLC  -  Service approved? YES"),
        ("table", ["Service date", "Code", "Service", "Approved?", "Medicare paid", "You may be billed", "See notes"],
         [["09/08/2026", "90834", "Therapy, about 45 minutes", "Yes", "$78.12", "$19.53", ""]]),
        ("p", f"Claim number {clm}  -  Ridgeview Behavioral Hospital Outpatient ECT  -  Service approved? NO"),
        ("table", ["Service date", "Code", "Service", "Approved?", "Medicare paid", "You may be billed", "See notes"],
         [["09/15/2026", "90870", "ECT treatment, one session", "Yes", "$412.00", "$103.00", ""],
          ["09/29/2026", "90870", "ECT treatment, one session", "No", "$0.00", "$590.80", "A"],
          ["10/13/2026", "90870", "ECT treatment, one session", "No", "$0.00", "$590.80", "A"]]),
        ("p", "Notes for claims above:  A  The information provided does not support the need for this service. "
              "Medicare does not pay for services that are not reasonable and necessary."),
    ]
    p3 = [
        ("h", "How to handle denied claims or file an appeal"),
        ("p", "If you disagree with a claims decision on this notice, your appeal must be received by March 18, 2027."),
        ("p", "1. Circle the service(s) you disagree with on this notice and explain why.  2. Write your name, phone "
              "number and Medicare Number on this page.  3. Include any information that may help your case.  4. "
              "Sign this page and mail it, or a copy, to the contractor below."),
        ("addr", ["Lakeshore Medicare Services", "Part B Redeterminations", "PO Box 6017", "Fargo, ND 58108-6017"]),
        ("p", "If you want someone to file the appeal for you, include a signed appointment of representative. For "
              "help, call 1-555-0182 or your State Health Insurance Assistance Program at 1-555-0183."),
    ]
    return dict(
        n=5, slug="original-medicare-msn-three-claims-ect-two-sessions-not-approved-reversed-pages-tiff",
        kind="tiff_reverse", lang="en", header=head, footer=foot, pages=[p1, p2, p3],
        key=dict(patient_name=name, member_id=mid, claim_number=clm, notice_date=nd,
                 service_dates=["2026-09-29", "2026-10-13"], procedure_codes=["90870"],
                 denial_category="medical_necessity", plan_type="medicare", urgent=False),
        window=("date", "March 18, 2027", "your appeal must be received by March 18, 2027"),
        nd_label="Notice date", nd_printed=long(nd),
        svc=["09/29/2026", "10/13/2026"], dayfirst=False,
        addr=["Lakeshore Medicare Services", "Part B Redeterminations", "PO Box 6017", "Fargo, ND 58108-6017"],
        ev=dict(category="not reasonable and necessary", plan="Medicare Summary Notice", urgent=None),
        traps=["26254-0031-10442", "90834", "09/08/2026", "09/15/2026", "November 14, 2026"],
        note="An Original Medicare summary notice (Part B) in three pages, the name in capitals and the Medicare "
             "Number in a header on each page, fed face up so the TIFF holds the pages in reverse order (3, 2, 1). "
             "Two claims: therapy paid; an ECT claim with one session approved and two not (90870), not reasonable "
             "and necessary. Stated date March 18, 2027. No diagnosis and no CARC printed, so neither is keyed. Traps: "
             "the paid claim, its 90834 and date, the approved session's date, the claims-processed range.",
    )


def c06():
    nd = D("2026-11-24")
    name, mid, clm = "Bernadette Q. Aldous-Nakamura", "NGS71102948", "CD-26-1124-2281"
    p = [
        ("title", "Notice of Denial of Medicare Prescription Drug Coverage"),
        ("small", "Northgate Senior Rx (PDP), a Medicare drug plan  |  coverage decisions by Quillfeather Pharmacy "
                  "Solutions  |  " + FICT),
        ("kv", [("Date", long(nd)), ("Enrollee's name", name), ("Member ID", mid), ("Medicare Number", "5RJ9-KC3-WW40"),
                ("Case number", clm), ("Drug", "Auvelity (dextromethorphan-bupropion) ER 45-105 mg tablets, #60 / 30 days"),
                ("Prescriber", "Imogen Tallis, MD"), ("Diagnosis on request", "F33.1")]),
        ("p", "We have denied the coverage you (or your prescriber) asked for, on a standard timeframe."),
        ("h", "Why we denied your request"),
        ("p", "This drug is on our Drug List with a step therapy requirement. Before we cover it, you must first try "
              "two of the following drugs: bupropion XL, sertraline, escitalopram, venlafaxine ER. Our records and "
              "your prescriber's statement show a trial of sertraline only. Because the step therapy requirement was "
              "not met, we cannot cover this drug now."),
        ("p", "Your prescriber can ask us for an exception if the required drugs would not work as well for you or "
              "would harm you."),
        ("h", "You have the right to ask us for a redetermination (appeal)"),
        ("p", "You have 65 days from the date of this notice to request a redetermination. You can ask for a fast "
              "(expedited) redetermination if waiting could seriously harm your health; fast decisions are made within "
              "72 hours."),
        ("p", "Mail your written request to:"),
        ("addr", ["Northgate Senior Rx", "c/o Quillfeather Pharmacy Solutions", "Attn: Part D Redeterminations",
                  "PO Box 52170", "Phoenix, AZ 85072-2170"]),
        ("p", "Or call 1-555-0191 (TTY 711), 24 hours a day, 7 days a week, or fax 1-555-0192."),
    ]
    return dict(
        n=6, slug="part-d-coverage-determination-step-therapy-fluorescent-tube-glare-photo",
        kind="jpg_glare", lang="en", header=None, footer=None, pages=[p],
        key=dict(patient_name=name, member_id=mid, claim_number=clm, notice_date=nd,
                 diagnosis_codes=["F33.1"], denial_category="step_therapy", plan_type="medicare_part_d", urgent=False),
        window=("days", 65, "You have 65 days from the date of this notice to request a redetermination"),
        nd_label="Date", nd_printed=long(nd), svc=[], dayfirst=False,
        addr=["Northgate Senior Rx", "c/o Quillfeather Pharmacy Solutions", "Attn: Part D Redeterminations",
              "PO Box 52170", "Phoenix, AZ 85072-2170"],
        ev=dict(category="step therapy requirement", plan="Medicare drug plan", urgent=None),
        traps=["5RJ9-KC3-WW40", "72 hours"],
        note="A Part D plan's coverage determination from its pharmacy benefit manager, photographed on glossy paper "
             "under an office ceiling: two fluorescent tubes reflect as long parallel glare bars across the page. A "
             "drug refused for step therapy (F33.1 on the request; no procedure code, no service date, no CARC). "
             "Stated 65 days. Traps: the Medicare Number, the fast redetermination's 72 hours.",
    )


def c07():
    nd = D("2026-12-01")
    name, mid, clm = "Marguerite L. Oyelaran-Pike", "BPD66400193", "1-26-884402"
    head = f"Enrollee: {name}  |  Plan member ID: {mid}  |  IRE appeal no. {clm}"
    foot = f"{FICT}.  Cobblestone Review Partners (fictional Part D independent review entity)  -  page {{page}}"
    p1 = [
        ("title", "Cobblestone Review Partners"),
        ("small", "Independent Review Entity for Medicare Part D reconsiderations  |  PO Box 7702, Pittsburgh, PA 15212"),
        ("kv", [("Decision date", long(nd)), ("Enrollee", name), ("Plan", "Bluepoint Medicare Rx (PDP)"),
                ("Plan member ID", mid), ("Medicare Number", "7QF2-HX4-RT58"), ("IRE appeal number", clm),
                ("Plan's redetermination number", "RD-26-3302")]),
        ("h", "Reconsideration decision: UNFAVORABLE"),
        ("p", "You asked us to review Bluepoint Medicare Rx's refusal to cover Exxua (gepirone) extended-release "
              "tablets. Because your prescriber said that waiting could seriously jeopardize your health, we "
              "reviewed your case as an expedited (fast) reconsideration."),
        ("p", "We agree with the plan. Exxua is not on the plan's formulary (drug list), and the plan may refuse a "
              "non-formulary drug unless the prescriber shows that all the covered alternatives would not be as "
              "effective or would cause adverse effects. The statement we received named one covered alternative "
              "tried (escitalopram) and did not address the others on the formulary. The diagnosis given was F33.2."),
    ]
    p2 = [
        ("h", "If you disagree with this decision"),
        ("p", "You may ask for a hearing before an Administrative Law Judge (ALJ) or attorney adjudicator. You must "
              "file your request within 60 days after you receive this notice. The projected value of the drug must "
              "meet the amount in controversy for the year; we estimate that it does."),
        ("p", "Send your written request for a hearing to:"),
        ("addr", ["Office of Medicare Hearings and Appeals (sample)", "Central Intake Unit", "700 Lakeview Plaza, Suite 5",
                  "Cleveland, OH 44199"]),
        ("p", "Do not send the hearing request to Cobblestone Review Partners. Include your IRE appeal number. "
              "Questions: 1-555-0111."),
        ("p", "A copy of this decision was sent to Bluepoint Medicare Rx and to your prescriber."),
    ]
    p3 = [
        ("h", "What we reviewed"),
        ("p", "The plan's coverage determination and redetermination notices; the prescriber's supporting statement "
              "received November 27, 2026; the plan's formulary for 2026 and its exception criteria; the pharmacy claim "
              "history for the past 365 days."),
        ("p", "This page is part of the decision. Keep it with your records."),
    ]
    return dict(
        n=7, slug="part-d-ire-reconsideration-non-formulary-expedited-running-header-text-pdf",
        kind="pdf_text", lang="en", header=head, footer=foot, pages=[p1, p2, p3],
        key=dict(patient_name=name, member_id=mid, claim_number=clm, notice_date=nd,
                 diagnosis_codes=["F33.2"], denial_category="not_covered", plan_type="medicare_part_d", urgent=True),
        window=("days", 60, "You must file your request within 60 days after you receive this notice"),
        nd_label="Decision date", nd_printed=long(nd), svc=[], dayfirst=False,
        addr=["Office of Medicare Hearings and Appeals (sample)", "Central Intake Unit", "700 Lakeview Plaza, Suite 5",
              "Cleveland, OH 44199"],
        ev=dict(category="not on the plan's formulary", plan="Medicare Part D", urgent="expedited (fast) reconsideration"),
        traps=["7QF2-HX4-RT58", "RD-26-3302", "PO Box 7702", "November 27, 2026"],
        note="A Part D independent review entity's reconsideration (the second level), three pages with the enrollee, "
             "plan member ID and IRE appeal number in a running header. Expedited; a non-formulary drug upheld "
             "(F33.2; no procedure code, service date or CARC). Next: an ALJ hearing, stated 60 days after receipt. "
             "Traps: the Medicare Number, the plan's redetermination number, the IRE's own box, a received date.",
    )


def c08():
    nd = D("2026-12-02")
    name, mid, clm = "Cornelius R. Abernathy-Vale", "R41278830", "FB-0934-2026-66102"
    p = [
        ("title", "Laurel Federal Employees Benefit Plan"),
        ("small", "A plan in the Federal Employees Health Benefits (FEHB) Program  |  " + FICT),
        ("p", f"Date: {long(nd)}"),
        ("kv", [("Member", name), ("Member ID", mid), ("Claim", clm), ("Our file", "RECON-55210")]),
        ("p", "Re: Your request for reconsideration"),
        ("p", "We have reconsidered our denial of your claim for intravenous ketamine infusions given by Cascade Pain "
              "Institute on 10/01/2026 and 10/08/2026 (codes 96365, 96366 and J3490; diagnosis G90.511). Adjustment "
              "code CO-55."),
        ("p", "Our decision stands. The plan's brochure excludes services that are experimental or investigational. "
              "Ketamine infusions for complex regional pain syndrome are considered investigational under our "
              "medical policy because the published evidence does not yet show lasting benefit. A board-certified "
              "anesthesiologist specializing in pain medicine reviewed the records."),
        ("h", "Review by OPM"),
        ("p", "If you disagree, you may ask the U.S. Office of Personnel Management (OPM) to review our decision. You "
              "must write to OPM within 90 days from the date of our letter. Write to:"),
        ("addr", ["Office of Personnel Management (sample)", "FEHB Review Unit 4", "PO Box 0195",
                  "Washington, DC 20044-0195"]),
        ("p", "Send a copy of this letter and any records you want OPM to consider. Questions: 1-555-0121."),
    ]
    fwd_note = ("Hi Mr. Abernathy-Vale,\n\nThe plan's reconsideration letter came to our billing inbox this morning; "
                "it is attached as the original message. Please look at the OPM review section. We are happy to send "
                "Dr. Imani's records again.\n\nJosefa Ruiz\nBilling office, Cascade Pain Institute\n1-555-0122\n")
    return dict(
        n=8, slug="fehb-reconsideration-upheld-ketamine-crps-eml-attached-message-from-clinic",
        kind="eml_attached", lang="en", header=None, footer=None, pages=[p],
        key=dict(patient_name=name, member_id=mid, claim_number=clm, notice_date=nd,
                 service_dates=["2026-10-01", "2026-10-08"], procedure_codes=["96365", "96366", "J3490"],
                 diagnosis_codes=["G90.511"], carc_codes=["CO-55"], denial_category="experimental_investigational",
                 plan_type="fehb", urgent=False),
        window=("days", 90, "must write to OPM within 90 days from the date of our letter"),
        nd_label="Date", nd_printed=long(nd), svc=["10/01/2026", "10/08/2026"], dayfirst=False,
        addr=["Office of Personnel Management (sample)", "FEHB Review Unit 4", "PO Box 0195", "Washington, DC 20044-0195"],
        ev=dict(category="experimental or investigational", plan="Federal Employees Health Benefits", urgent=None),
        traps=["RECON-55210"],
        extra=dict(outer_from="Josefa Ruiz <billing@cascadepain.example>",
                   outer_to="Cornelius Abernathy-Vale <cav.home@mailbox.example>",
                   outer_date="Fri, 04 Dec 2026 09:12:40 -0800", outer_subject="Fwd: your plan's reconsideration letter",
                   inner_from="Laurel FEBP Secure Mail <noreply@laurelfebp.example>",
                   inner_to="billing@cascadepain.example", inner_date="Thu, 03 Dec 2026 16:45:02 -0500",
                   inner_subject="Reconsideration decision for claim " + clm, note=fwd_note),
        note="An FEHB carrier's reconsideration decision (the second level), an HTML e-mail the clinic's billing "
             "office forwarded to the member as an attached message (message/rfc822). IV ketamine for CRPS on two "
             "days (96365, 96366, J3490; G90.511) upheld as investigational (CO-55). Next: OPM review, stated 90 "
             "days from the letter's date. Traps: the outer and inner Date headers (4 and 3 Dec), the billing clerk "
             "as sender, the carrier's file number.",
    )


def c09():
    nd = D("2026-11-16")
    name, mid, clm = "Kestrel M. Aldana-Brooks", "12904471835", "26285 019314 00"
    head = f"TRICARE Explanation of Benefits  -  {FICT}"
    foot = (f"Patient DBN {mid}  |  Claim {clm}  |  Sponsor DBN 12904471800  |  page {{page}} of {{pages}}")
    p1 = [
        ("title", "TRICARE East Harbor Region (fictional contractor)"),
        ("p", "Explanation of Benefits  -  This is not a bill"),
        ("two", [("kv", [("Sponsor", "SSG Ramon Aldana-Brooks"), ("Sponsor DBN", "12904471800"),
                         ("Patient", name), ("Patient DoD benefits no.", mid)])],
                [("kv", [("EOB date", us(nd)), ("Claim number", clm), ("Beneficiary category", "Active duty family member"),
                         ("Plan", "TRICARE Prime")])]),
        ("h", "Claim details: Lantern Bay Adolescent Partial Hospital Program"),
        ("table", ["Date", "Code", "Service", "Billed", "Allowed", "Paid", "Remark"],
         [["10/16/2026", "90791", "Assessment interview", "$260.00", "$171.20", "$171.20", ""],
          ["10/19/2026", "H0035", "Partial hospital day", "$650.00", "$0.00", "$0.00", "CO-197"],
          ["10/20/2026", "H0035", "Partial hospital day", "$650.00", "$0.00", "$0.00", "CO-197"],
          ["10/21/2026", "H0035", "Partial hospital day", "$650.00", "$0.00", "$0.00", "CO-197"],
          ["10/22/2026", "H0035", "Partial hospital day", "$650.00", "$0.00", "$0.00", "CO-197"],
          ["10/23/2026", "H0035", "Partial hospital day", "$650.00", "$0.00", "$0.00", "CO-197"]]),
        ("small", "Diagnosis: F33.2.  CO-197: precertification/authorization absent."),
        ("p", "Partial hospitalization for mental health needs prior authorization from the regional contractor. "
              "We found no authorization for these days."),
        ("h", "Appeal rights"),
        ("p", "If you disagree with this determination, you may request a reconsideration. Your request must be "
              "postmarked or received within 90 days from the date of this EOB. Mail it with a copy of this EOB to:"),
        ("addr", ["TRICARE East Harbor Region", "Attn: Reconsiderations", "PO Box 870140",
                  "Surfside Beach, SC 29587-0140"]),
        ("p", "Claims correspondence goes to PO Box 870100 instead; do not send appeals there. Questions: 1-555-0131. "
              "A Beneficiary Counseling and Assistance Coordinator can help: 1-555-0132."),
    ]
    return dict(
        n=9, slug="tricare-eob-php-five-days-no-auth-dbn-footer-lifted-edge-flatbed-png",
        kind="png_lifted", lang="en", header=head, footer=foot, pages=[p1], legal=True,
        key=dict(patient_name=name, member_id=mid, claim_number=clm, notice_date=nd,
                 service_dates=["2026-10-19", "2026-10-20", "2026-10-21", "2026-10-22", "2026-10-23"],
                 procedure_codes=["H0035"], diagnosis_codes=["F33.2"], carc_codes=["CO-197"],
                 denial_category="prior_authorization", plan_type="tricare", urgent=False),
        window=("days", 90, "postmarked or received within 90 days from the date of this EOB"),
        nd_label="EOB date", nd_printed=us(nd),
        svc=["10/19/2026", "10/20/2026", "10/21/2026", "10/22/2026", "10/23/2026"], dayfirst=False,
        addr=["TRICARE East Harbor Region", "Attn: Reconsiderations", "PO Box 870140", "Surfside Beach, SC 29587-0140"],
        ev=dict(category="authorization absent", plan="TRICARE", urgent=None),
        traps=["12904471800", "SSG Ramon Aldana-Brooks", "90791", "10/16/2026", "PO Box 870100"],
        note="A TRICARE Prime EOB for a dependent teenager on one legal-size page, a flatbed PNG, its footer repeating the patient's DoD Benefits Number and the claim; the "
             "right side lifted off the glass goes soft and dark. PHP on five days (H0035; F33.2) without "
             "authorization (CO-197); the paid assessment line above them. Stated 90 days. Traps: the sponsor and the "
             "sponsor's DBN, the paid 90791 line and its date, the claims box.",
    )


def c10():
    nd = D("2026-11-08")
    name, mid, clm = "Ansel P. Rutherford-Quayle", "CLB 0044 7712", "CL2611080553"
    p = [
        ("title", "Covenant Lutheran Health Benefit Trust"),
        ("small", "A church plan (not subject to ERISA)  |  8000 Synod Way, Minneapolis, MN 55439  |  " + FICT),
        ("h", "Benefit statement"),
        ("two", [("kv", [("Participant", name), ("ID", mid), ("Employer", "St. Brendan Lutheran Parish")])],
                [("kv", [("Date of statement", long(nd)), ("Claim", clm), ("Provider", "Northfield TMS Center")])]),
        ("table", ["Service date", "Code", "Description", "Session", "Charge", "Paid", "Adjustment"],
         [["10/23/2026", "90869", "Motor threshold re-measured", "-", "$180.00", "$144.00", "PR-2"],
          ["10/23/2026", "90868", "TMS treatment session", "36", "$310.00", "$248.00", "PR-2"],
          ["10/26/2026", "90868", "TMS treatment session", "37", "$310.00", "$0.00", "CO-119"],
          ["10/27/2026", "90868", "TMS treatment session", "38", "$310.00", "$0.00", "CO-119"],
          ["10/28/2026", "90868", "TMS treatment session", "39", "$310.00", "$0.00", "CO-119"]]),
        ("small", "Diagnosis: F33.2.  PR-2 coinsurance.  CO-119: benefit maximum for this period has been reached."),
        ("p", "Your plan covers up to 36 TMS treatment sessions in a 12-month period. Sessions 37 to 39 are over that "
              "limit and were not paid."),
        ("h", "Appeals"),
        ("p", "You may appeal within 180 days of receiving this statement. Send a letter with your reasons and any "
              "records to the Trust's Appeals Committee:"),
        ("addr", ["Covenant Lutheran Health Benefit Trust", "Attn: Appeals Committee", "8000 Synod Way, Suite 300",
                  "Minneapolis, MN 55439"]),
        ("p", "Questions: Member Care 1-555-0141."),
    ]
    return dict(
        n=10, slug="church-plan-statement-tms-session-cap-water-glass-shadow-photo",
        kind="jpg_glass", lang="en", header=None, footer=None, pages=[p],
        key=dict(patient_name=name, member_id=mid, claim_number=clm, notice_date=nd,
                 service_dates=["2026-10-26", "2026-10-27", "2026-10-28"], procedure_codes=["90868"],
                 diagnosis_codes=["F33.2"], carc_codes=["CO-119"], denial_category="benefit_limit",
                 plan_type="church", urgent=False),
        window=("days", 180, "You may appeal within 180 days of receiving this statement"),
        nd_label="Date of statement", nd_printed=long(nd), svc=["10/26/2026", "10/27/2026", "10/28/2026"],
        dayfirst=False,
        addr=["Covenant Lutheran Health Benefit Trust", "Attn: Appeals Committee", "8000 Synod Way, Suite 300",
              "Minneapolis, MN 55439"],
        ev=dict(category="benefit maximum", plan="church plan", urgent=None),
        traps=["90869", "10/23/2026", "PR-2", "St. Brendan Lutheran Parish"],
        note="A church plan's benefit statement photographed with a glass of water standing on it: the glass's "
             "shadow, its bright caustic crescent and the lensing of the letters under its base. TMS sessions 37 to 39 "
             "(90868; F33.2) over a 36-session cap (CO-119): benefit_limit. Stated 180 days. Traps: the paid 90869 "
             "and session 36, their date, PR-2, the employer.",
    )


def c11():
    nd = D("2026-11-13")
    name, mid, clm = "Priyanka S. Adebayo-Lund", "ARS-2025-118340", "SH26-31177-004"
    p = [
        ("title", "Claim details"),
        ("kv", [("Member", name), ("Member ID", mid), ("Student ID", "W0887214"),
                ("Plan", "University of Westmarch Student Health Insurance Plan, underwritten by Alder Ridge Insurance Company"),
                ("Claim number", clm), ("Provider", "Oakmoor Psychology Group (out of network)"), ("EOB issued", us(nd)),
                ("Claim received", "10/30/2026")]),
        ("table", ["Date of service", "Procedure", "Diagnosis", "Billed", "Plan paid", "Adjustment", "Status"],
         [["03/04/2026", "90834", "F41.1", "$165.00", "$0.00", "CO-29", "Denied"],
          ["03/11/2026", "90834", "F41.1", "$165.00", "$0.00", "CO-29", "Denied"],
          ["03/18/2026", "90834", "F41.1", "$165.00", "$0.00", "CO-29", "Denied"]]),
        ("p", "CO-29: The time limit for filing has expired. Claims must reach us within 180 days of the date of "
              "service; this claim reached us on 10/30/2026."),
        ("h", "Appeal this decision"),
        ("p", "You have 180 days after you receive this notice to file an appeal. Mail it to Alder Ridge Insurance "
              "Company, Student Plan Appeals, PO Box 2290, Madison, WI 53701-2290, or upload it under Messages."),
    ]
    return dict(
        n=11, slug="student-plan-portal-claim-detail-therapy-late-filing-html",
        kind="html", lang="en", header=None, footer=None, pages=[p],
        key=dict(patient_name=name, member_id=mid, claim_number=clm, notice_date=nd,
                 service_dates=["2026-03-04", "2026-03-11", "2026-03-18"], procedure_codes=["90834"],
                 diagnosis_codes=["F41.1"], carc_codes=["CO-29"], denial_category="timely_filing",
                 plan_type="individual_aca", urgent=False),
        window=("days", 180, "You have 180 days after you receive this notice to file an appeal"),
        nd_label="EOB issued", nd_printed=us(nd), svc=["03/04/2026", "03/11/2026", "03/18/2026"], dayfirst=False,
        addr=["Alder Ridge Insurance Company", "Student Plan Appeals", "PO Box 2290", "Madison, WI 53701-2290"],
        ev=dict(category="time limit for filing", plan="Student Health Insurance Plan", urgent=None),
        traps=["W0887214", "10/30/2026", "SH26-29804-001", "90791", "12/05/2026"],
        extra=dict(other=[["SH26-29804-001", "09/02/2026", "90791", "Paid"], ["SH26-30551-002", "10/14/2026", "90834",
                                                                                   "In process"]]),
        note="A student health plan's member-portal page saved as HTML: a header with the signed-in student, the claim "
             "detail (label/value table and lines) and a side list of other claims. Therapy on three days in March "
             "(90834; F41.1) denied for late filing (CO-29). Stated 180 days after receipt, the address in a sentence. "
             "Traps: the student ID, the received date, the other claims and 90791, the print stamp 12/05/2026.",
    )


def c12():
    nd = D("2026-11-17")
    name, mid, clm = "ODALYS V BRENNAN-SATO", "MCE-30917724", "PTS 2611 7730 02"
    pages_lines = [
        [
            "PINECREST TPA SERVICES                                   EXPLANATION OF BENEFITS",
            "ADMINISTRATOR FOR: MARLOWE COUNTY EMPLOYEE HEALTH PLAN (SELF-FUNDED GOVERNMENT PLAN)",
            FICT.upper(),
            "",
            f"DATE MAILED: {caps(nd)}",
            f"MEMBER: {name}          MEMBER ID: {mid}",
            f"CLAIM: {clm}            PROVIDER: MERIDIAN MOOD CLINIC PLLC",
            "",
            "LINE  DOS         CODE   UNITS  BILLED     ALLOWED   PAID      ADJ     ",
            "----  ----------  -----  -----  ---------  --------  --------  ------  ",
            "01    10/05/2026  99214  1      $215.00    $142.00   $112.00   PR-3    ",
            "02    10/05/2026  J0013  56     $1,120.00  $904.00   $904.00           ",
            "03    10/05/2026  99415  1      $160.00    $0.00     $0.00     CO-97   ",
            "04    10/05/2026  99416  2      $240.00    $0.00     $0.00     CO-97   ",
            "05    10/08/2026  99214  1      $215.00    $142.00   $112.00   PR-3    ",
            "06    10/08/2026  J0013  56     $1,120.00  $904.00   $904.00           ",
            "07    10/08/2026  99415  1      $160.00    $0.00     $0.00     CO-97   ",
            "08    10/08/2026  99416  2      $240.00    $0.00     $0.00     CO-97   ",
            "",
            "DIAGNOSIS: F33.2",
            "PR-3  COPAYMENT AMOUNT",
            "CO-97 THE BENEFIT FOR THIS SERVICE IS INCLUDED IN THE PAYMENT FOR ANOTHER SERVICE",
            "      ALREADY ADJUDICATED (THE OBSERVATION TIME IS PART OF THE OFFICE VISIT).",
        ],
        [
            "PINECREST TPA SERVICES                                   EXPLANATION OF BENEFITS",
            f"MEMBER ID: {mid}   CLAIM: {clm}   PAGE 2 OF 2",
            "",
            "APPEAL RIGHTS",
            "IF YOU DISAGREE WITH HOW THIS CLAIM WAS PROCESSED YOU MAY FILE AN APPEAL. THE TIME",
            "LIMITS AND STEPS ARE IN YOUR SUMMARY PLAN DESCRIPTION, SECTION 9.",
            "SEND APPEALS TO:",
            "    MARLOWE COUNTY EMPLOYEE HEALTH PLAN",
            "    C/O PINECREST TPA SERVICES",
            "    ATTN: APPEALS",
            "    PO BOX 1187",
            "    TACOMA, WA 98401-1187",
            "",
            "CORRECTED CLAIMS FROM YOUR PROVIDER GO TO PO BOX 1150. A CORRECTED CLAIM IS NOT AN APPEAL.",
            "QUESTIONS: 1-555-0144  MON-FRI 7:30-5:00 PACIFIC",
        ],
    ]
    return dict(
        n=12, slug="county-employee-plan-tpa-eob-spravato-observation-bundled-two-page-txt",
        kind="txt_pages", lang="en", header=None, footer=None, pages=pages_lines,
        key=dict(patient_name=name, member_id=mid, claim_number=clm, notice_date=nd,
                 service_dates=["2026-10-05", "2026-10-08"], procedure_codes=["99415", "99416"],
                 diagnosis_codes=["F33.2"], carc_codes=["CO-97"], denial_category="coding_billing",
                 plan_type="governmental", urgent=False),
        window=("rule", 180, "45 CFR 147.136(b)(2)(i), applying 29 CFR 2560.503-1(h)(3)(i)"),
        nd_label="DATE MAILED", nd_printed=caps(nd), svc=["10/05/2026", "10/08/2026"], dayfirst=False,
        addr=["MARLOWE COUNTY EMPLOYEE HEALTH PLAN", "C/O PINECREST TPA SERVICES", "ATTN: APPEALS", "PO BOX 1187",
              "TACOMA, WA 98401-1187"],
        ev=dict(category="INCLUDED IN THE PAYMENT FOR ANOTHER SERVICE", plan="SELF-FUNDED GOVERNMENT PLAN", urgent=None),
        traps=["99214", "J0013", "PR-3", "PO BOX 1150"],
        note="A county employees' self-funded plan's EOB from its TPA as a fixed-pitch plain-text printout, two pages "
             "split by a form feed, the member ID and claim repeated at the top of page 2. Esketamine visits on two "
             "days: the visit and the drug paid, the observation time (99415, 99416; F33.2) denied as bundled (CO-97): "
             "coding_billing. No time limit printed (points to the SPD): the governmental rule, 180 days. Traps: the "
             "paid 99214 and J0013 lines, PR-3, the corrected-claims box.",
    )


def c13():
    nd = D("2026-11-03")
    name, mid, clm = "Amparo Quintanilla Reyes", "SOL 7720 1145 3", "PA-26-118845"
    p = [
        ("title", "Aviso de denegación de cobertura médica"),
        ("small", "Sol del Valle Medicare Advantage (HMO)  |  " + FICT_ES),
        ("kv", [("Fecha de este aviso", es(nd)), ("Nombre del miembro", name), ("Número de miembro", mid),
                ("Número de Medicare", "2WK8-PD6-JN17"), ("Número de solicitud", clm)]),
        ("p", "Hemos denegado la solicitud de su médica, la Dra. Leonor Baeza, para cubrir tratamiento con "
              "esketamina en aerosol nasal (Spravato) en el consultorio, con observación (código G2083), ocho "
              "sesiones a partir del 9 de noviembre de 2026. Diagnóstico indicado: F33.2."),
        ("h", "¿Por qué denegamos su solicitud?"),
        ("p", "Este medicamento de la Parte B tiene un requisito de terapia escalonada: antes de cubrirlo, usted debe "
              "haber probado dos antidepresivos orales de clases distintas y un tratamiento de potenciación. Nuestros "
              "registros muestran un solo antidepresivo. Por eso no se cumple la terapia escalonada."),
        ("h", "Usted tiene derecho a apelar"),
        ("p", "Debe pedir la apelación dentro de 65 días a partir de la fecha de este aviso. Si cree que esperar "
              "puede dañar gravemente su salud, pida una apelación rápida; la decidimos en 72 horas."),
        ("p", "Envíe su apelación por escrito a:"),
        ("addr", ["Sol del Valle Medicare Advantage", "Atención: Departamento de Apelaciones y Quejas", "P.O. Box 9120",
                  "San Antonio, TX 78209-9120"]),
        ("p", "Teléfono 1-555-0161 (TTY 711), de 8 a.m. a 8 p.m., los siete días de la semana."),
    ]
    return dict(
        n=13, slug="es-medicare-advantage-spravato-request-step-therapy-pointing-finger-photo",
        kind="jpg_point", lang="es", header=None, footer=None, pages=[p],
        key=dict(patient_name=name, member_id=mid, claim_number=clm, notice_date=nd, procedure_codes=["G2083"],
                 diagnosis_codes=["F33.2"], denial_category="step_therapy", plan_type="medicare_advantage", urgent=False),
        window=("days", 65, "Debe pedir la apelación dentro de 65 días a partir de la fecha de este aviso"),
        nd_label="Fecha de este aviso", nd_printed=es(nd), svc=[], dayfirst=True,
        addr=["Sol del Valle Medicare Advantage", "Atención: Departamento de Apelaciones y Quejas", "P.O. Box 9120",
              "San Antonio, TX 78209-9120"],
        ev=dict(category="terapia escalonada", plan="Medicare Advantage", urgent=None),
        traps=["2WK8-PD6-JN17", "9 de noviembre de 2026", "72 horas"],
        note="A Spanish Medicare Advantage denial of a request before care, photographed with the member's index "
             "finger pointing at the appeal paragraph from the right edge, its shadow beside it. Esketamine in the "
             "office (G2083; F33.2) refused for step therapy. Stated 65 días. Traps: the Medicare Number, the planned "
             "start date, the fast appeal's 72 horas.",
    )


def c14():
    nd = D("2026-11-25")
    name, mid, clm = "Eusebio Carranza Villalobos", "VQ4410027351", "RQ-2026-0917-3308"
    head = f"Afiliado: {name}  ·  N.º de miembro: {mid}  ·  N.º de reclamo: {clm}"
    foot = f"{FICT_ES}.  Página {{page}}"
    p1 = [
        ("title", "Arcadia Review Group"),
        ("small", "Entidad de revisión independiente (ficticia) para Medicare Advantage  |  P.O. Box 4410, Sacramento, CA 95812"),
        ("p", f"Fecha de la decisión: {es(nd)}"),
        ("table", ["Dato", "Detalle"],
         [["Afiliado", name], ["Plan", "Valle Quieto Medicare Advantage (PPO)"], ["Número de miembro del plan", mid],
          ["Número de reclamo", clm], ["Número de caso de la ERI", "ERI-1-26-55031"]]),
        ("h", "Decisión de reconsideración: DESFAVORABLE"),
        ("p", "Su plan no pagó la estimulación magnética transcraneal (código 90868) que recibió los días 8, 9, 10, 11 "
              "y 12 de septiembre de 2026, con diagnóstico F33.1, y confirmó esa decisión en su reconsideración. Por "
              "ley, el plan nos envió su caso para una revisión independiente."),
        ("p", "Un psiquiatra revisó los registros. Concluimos que el servicio no era médicamente necesario según los "
              "criterios de cobertura de Medicare que aplican: el expediente no documenta los ensayos previos con "
              "antidepresivos que exigen esos criterios. Estamos de acuerdo con la decisión del plan."),
    ]
    p2 = [
        ("h", "Si no está de acuerdo"),
        ("p", "Puede pedir una audiencia ante un juez de derecho administrativo. Debe presentar su solicitud dentro de "
              "60 días a partir de la fecha en que reciba este aviso. El monto en disputa debe alcanzar el mínimo del "
              "año."),
        ("p", "Envíe su solicitud de audiencia a:"),
        ("addr", ["Oficina de Audiencias y Apelaciones de Medicare (muestra)", "Unidad Central de Recepción",
                  "700 Lakeview Plaza, Suite 5", "Cleveland, OH 44199"]),
        ("p", "No envíe la solicitud a Arcadia Review Group. Preguntas: 1-555-0171."),
    ]
    return dict(
        n=14, slug="es-medicare-advantage-ire-decision-tms-upheld-word-header-docx",
        kind="docx", lang="es", header=head, footer=foot, pages=[p1, p2],
        key=dict(patient_name=name, member_id=mid, claim_number=clm, notice_date=nd,
                 service_dates=["2026-09-08", "2026-09-09", "2026-09-10", "2026-09-11", "2026-09-12"],
                 procedure_codes=["90868"], diagnosis_codes=["F33.1"], denial_category="medical_necessity",
                 plan_type="medicare_advantage", urgent=False),
        window=("days", 60, "dentro de 60 días a partir de la fecha en que reciba este aviso"),
        nd_label="Fecha de la decisión", nd_printed=es(nd),
        svc=[("8, 9, 10, 11 y 12 de septiembre de 2026",
              ["2026-09-08", "2026-09-09", "2026-09-10", "2026-09-11", "2026-09-12"])], dayfirst=True,
        addr=["Oficina de Audiencias y Apelaciones de Medicare (muestra)", "Unidad Central de Recepción",
              "700 Lakeview Plaza, Suite 5", "Cleveland, OH 44199"],
        ev=dict(category="no era médicamente necesario", plan="Medicare Advantage", urgent=None),
        traps=["ERI-1-26-55031", "P.O. Box 4410"],
        note="A Spanish decision of Medicare Advantage's independent review entity (the level after the plan's "
             "reconsideration), a Word letter with a boxed table and a page header repeating the member and claim "
             "numbers. TMS on five days written as a list of days (90868; F33.1) upheld as not medically necessary. "
             "Next: an ALJ hearing, stated 60 días from receipt. Traps: the IRE case number, the IRE's own box.",
    )


def c15():
    nd = D("2026-11-10")
    name, mid, clm = "Nicolás Ferrán Olivares", "BCS-FL-20418877", "EB26 2910 0384"
    paid = "EB26 2906 0112"
    head = f"Bahía Clara Salud  ·  Miembro {mid}  ·  Reclamo {clm}  ·  Página {{page}} de {{pages}}"
    foot = FICT_ES
    p1 = [
        ("title", "Explicación de beneficios"),
        ("small", "Bahía Clara Salud  ·  Plan Plata 87 del Mercado de Seguros Médicos (Florida)  ·  ESTO NO ES UNA FACTURA"),
        ("kv", [("Asegurado", name), ("Número de miembro", mid), ("Fecha del estado de cuenta", dmy(nd)),
                ("Formato de fechas", "DD/MM/AAAA")]),
        ("h", f"Reclamo {paid}  ·  Clínica del Dolor Costa Azul  ·  PAGADO"),
        ("table", ["Fecha", "Código", "Servicio", "Cobrado", "Pagado", "Usted paga", "Ajuste"],
         [["07/10/2026", "99204", "Consulta inicial", "$295.00", "$196.00", "$45.00", "PR-3"]]),
        ("h", f"Reclamo {clm}  ·  Clínica del Dolor Costa Azul  ·  DENEGADO"),
        ("table", ["Fecha", "Código", "Servicio", "Cobrado", "Pagado", "Usted paga", "Ajuste"],
         [["14/10/2026", "96365", "Infusión intravenosa, 1.ª hora", "$690.00", "$0.00", "$0.00", "CO-55"],
          ["14/10/2026", "J3490", "Medicamento sin código (ketamina)", "$240.00", "$0.00", "$0.00", "CO-55"],
          ["21/10/2026", "96365", "Infusión intravenosa, 1.ª hora", "$690.00", "$0.00", "$0.00", "CO-55"],
          ["21/10/2026", "96366", "Cada hora adicional", "$210.00", "$0.00", "$0.00", "CO-55"],
          ["21/10/2026", "J3490", "Medicamento sin código (ketamina)", "$240.00", "$0.00", "$0.00", "CO-55"]]),
        ("small", "Diagnóstico: G89.4.  CO-55: procedimiento experimental o en investigación."),
    ]
    p2 = [
        ("h", "Por qué no pagamos"),
        ("p", "Nuestra política médica considera en investigación las infusiones de ketamina para el dolor crónico. "
              "Puede pedir gratis una copia de la política y de los documentos que usamos."),
        ("h", "Cómo apelar"),
        ("p", "Tiene 180 días a partir de la fecha en que reciba esta explicación para presentar una apelación. "
              "Envíela a:"),
        ("addr", ["Bahía Clara Salud", "Atención: Unidad de Apelaciones", "P.O. Box 30822", "Tampa, FL 33630-0822"]),
        ("p", "Si su salud corre peligro, pida una apelación acelerada llamando al 1-555-0181. Después de nuestra "
              "decisión puede pedir una revisión externa."),
    ]
    return dict(
        n=15, slug="es-marketplace-eob-two-claims-ketamine-pain-investigational-mixed-mode-tiff",
        kind="tiff_mixed", lang="es", header=head, footer=foot, pages=[p1, p2],
        key=dict(patient_name=name, member_id=mid, claim_number=clm, notice_date=nd,
                 service_dates=["2026-10-14", "2026-10-21"], procedure_codes=["96365", "J3490", "96366"],
                 diagnosis_codes=["G89.4"], carc_codes=["CO-55"], denial_category="experimental_investigational",
                 plan_type="individual_aca", urgent=False),
        window=("days", 180, "Tiene 180 días a partir de la fecha en que reciba esta explicación"),
        nd_label="Fecha del estado de cuenta", nd_printed=dmy(nd), svc=["14/10/2026", "21/10/2026"], dayfirst=True,
        addr=["Bahía Clara Salud", "Atención: Unidad de Apelaciones", "P.O. Box 30822", "Tampa, FL 33630-0822"],
        ev=dict(category="en investigación", plan="Mercado de Seguros", urgent=None),
        traps=[paid, "99204", "07/10/2026", "PR-3"],
        note="A Spanish Marketplace EOB of two claims, day-first dates (DD/MM/AAAA stated), two pages with member and "
             "claim in a running header, scanned by an office copier in mixed mode: page 1 colour JPEG-in-TIFF, page 2 "
             "1-bit Group 4, one multi-page TIFF. IV ketamine for chronic pain on two days (96365, J3490, 96366; "
             "G89.4) investigational (CO-55). Stated 180 días from receipt. Traps: the paid claim, its 99204, its "
             "date and PR-3.",
    )


def c16():
    nd = D("2026-11-19")
    name, mid, clm = "Ximena Altamirano Bustos", "PMX-884302196", "MX26-0912-44718"
    p = [
        ("title", "Pradera Azul Health Plans"),
        ("small", "Plan individual del Mercado de Seguros (Nuevo México)  ·  " + FICT_ES),
        ("p", f"Fecha: {es(nd)}"),
        ("addr", [name, "1408 Calle Piñón", "Santa Fe, NM 87505"]),
        ("p", f"Estimada Sra. Altamirano Bustos:"),
        ("p", f"Le escribimos sobre su apelación del reclamo {clm} (miembro {mid}). El reclamo es por psicoterapia "
              "individual de 60 minutos (código 90837) con la psicóloga Dra. Inés Montaño, los días 3, 17 y 31 de "
              "agosto de 2026, diagnóstico F43.10. Lo denegamos con el código de ajuste CO-242 porque la Dra. "
              "Montaño no pertenece a la red de su plan EPO."),
        ("p", "Revisamos su apelación interna. Nuestra red incluye psicólogos con experiencia en trauma a menos de 30 "
              "millas de su domicilio con citas disponibles, por lo que mantenemos la denegación por proveedor fuera "
              "de la red. Esta es nuestra decisión interna final."),
        ("h", "Revisión externa"),
        ("p", "Puede pedir una revisión externa independiente. Su solicitud debe recibirse a más tardar el 19 de marzo "
              "de 2027. Envíela a:"),
        ("addr", ["Pradera Azul Health Plans", "Atención: Coordinación de Revisión Externa", "P.O. Box 26610",
                  "Albuquerque, NM 87125-6610"]),
        ("p", "Si necesita ayuda, llame a Servicios al Miembro al 1-555-0191 o al programa de asistencia al "
              "consumidor del estado al 1-555-0192."),
    ]
    return dict(
        n=16, slug="es-marketplace-final-internal-appeal-therapist-out-of-network-html-email-eml",
        kind="eml_html", lang="es", header=None, footer=None, pages=[p],
        key=dict(patient_name=name, member_id=mid, claim_number=clm, notice_date=nd,
                 service_dates=["2026-08-03", "2026-08-17", "2026-08-31"], procedure_codes=["90837"],
                 diagnosis_codes=["F43.10"], carc_codes=["CO-242"], denial_category="out_of_network",
                 plan_type="individual_aca", urgent=False),
        window=("date", "19 de marzo de 2027", "Su solicitud debe recibirse a más tardar el 19 de marzo de 2027"),
        nd_label="Fecha", nd_printed=es(nd),
        svc=[("3, 17 y 31 de agosto de 2026", ["2026-08-03", "2026-08-17", "2026-08-31"])], dayfirst=True,
        addr=["Pradera Azul Health Plans", "Atención: Coordinación de Revisión Externa", "P.O. Box 26610",
              "Albuquerque, NM 87125-6610"],
        ev=dict(category="fuera de la red", plan="Mercado de Seguros", urgent=None),
        traps=["30 millas", "1408 Calle Piñón"],
        extra=dict(frm="Pradera Azul Health Plans <avisos@praderaazul.example>",
                   to="Ximena Altamirano <ximena.ab@correo.example>", date="Tue, 01 Dec 2026 07:30:11 -0700",
                   subject=f"Decisión sobre su apelación - reclamo {clm}"),
        note="A Spanish Marketplace plan's final internal appeal decision sent as an HTML e-mail (the plain part a "
             "stub), the letter's facts in sentences. Therapy on three days written as a list (90837; F43.10) out of "
             "network (CO-242), upheld. External review by a stated date, 19 de marzo de 2027. Traps: the Date header "
             "(1 Dec), the plain stub.",
    )


def c17():
    nd = D("2026-11-12")
    name, mid, clm = "Rosendo Ibarra Quiñónez", "NSS-4471-0926", "NSM 2026 3318 0457"
    head = f"Nuevo Sol Salud  ·  Miembro: {name}  ·  ID del plan: {mid}  ·  Reclamo: {clm}"
    foot = f"{FICT_ES}  ·  Página {{page}} de {{pages}}"
    p1 = [
        ("title", "Aviso de determinación adversa de beneficios"),
        ("small", "Nuevo Sol Salud, plan de atención administrada de Medicaid (Texas)"),
        ("kv", [("Fecha del aviso", es(nd)), ("Miembro", name), ("ID del plan", mid),
                ("Número de Medicaid del estado", "519 884 207"), ("Fecha de nacimiento", "12/11/1968"),
                ("Reclamo", clm)]),
        ("p", "Denegamos el pago de la terapia familiar con el paciente presente (código 90847) que le dio Casa Puente "
              "Consejería los días 2, 9 y 16 de octubre de 2026. Diagnóstico: F43.10. Código de ajuste: CO-22."),
        ("h", "Motivo"),
        ("p", "Nuestros registros muestran que usted tiene otro seguro médico (Ferrocarriles del Sur, plan de grupo) que "
              "debe pagar primero. Medicaid es el pagador de último recurso. Esto es coordinación de beneficios: si "
              "el otro seguro terminó, envíenos la fecha en que terminó."),
    ]
    p2 = [
        ("h", "Su derecho a apelar"),
        ("p", "Tiene 60 días a partir de la fecha de este aviso para pedir una apelación al plan. Puede pedirla por "
              "teléfono o por escrito. Mande su apelación a:"),
        ("addr", ["Nuevo Sol Salud", "Atención: Apelaciones de Miembros", "P.O. Box 18870", "El Paso, TX 79998-8870"]),
        ("p", "Si recibe un servicio que se reduce o se suspende, puede seguir recibiéndolo si apela dentro de 10 días. "
              "Después de la apelación al plan, puede pedir una audiencia imparcial estatal dentro de 120 días a partir "
              "de la fecha de la decisión del plan."),
        ("p", "Ayuda: 1-555-0111 (TTY 711). Ombudsman de atención administrada: 1-555-0112."),
    ]
    return dict(
        n=17, slug="es-medicaid-managed-care-family-therapy-other-coverage-salt-pepper-scan-pdf",
        kind="pdf_salt", lang="es", header=head, footer=foot, pages=[p1, p2],
        key=dict(patient_name=name, member_id=mid, claim_number=clm, notice_date=nd,
                 service_dates=["2026-10-02", "2026-10-09", "2026-10-16"], procedure_codes=["90847"],
                 diagnosis_codes=["F43.10"], carc_codes=["CO-22"], denial_category="coordination_of_benefits",
                 plan_type="medicaid", urgent=False),
        window=("days", 60, "Tiene 60 días a partir de la fecha de este aviso para pedir una apelación al plan"),
        nd_label="Fecha del aviso", nd_printed=es(nd),
        svc=[("2, 9 y 16 de octubre de 2026", ["2026-10-02", "2026-10-09", "2026-10-16"])], dayfirst=True,
        addr=["Nuevo Sol Salud", "Atención: Apelaciones de Miembros", "P.O. Box 18870", "El Paso, TX 79998-8870"],
        ev=dict(category="coordinación de beneficios", plan="Medicaid", urgent=None),
        traps=["519 884 207", "12/11/1968", "10 días", "120 días"],
        note="A Spanish Medicaid managed-care notice of adverse benefit determination, two pages with member, plan ID "
             "and claim in a running header, scanned grey by a failing sensor (salt-and-pepper specks) into an "
             "image-only PDF. Family therapy on three days written as a list (90847; F43.10) denied because other "
             "coverage pays first (CO-22). Stated 60 días. Traps: the state Medicaid number, the DOB 12/11/1968 (12 "
             "November, the notice's own day and month), continuation's 10 días, the fair hearing's 120 días.",
    )


def c18():
    nd = D("2026-11-16")
    name, mid, clm = "Mateo Ceballos Urrutia", "ARY-0667-21945", "CHP-26-77310"
    p = [
        ("title", "Plan de Salud Infantil Arroyo"),
        ("small", "Programa de Seguro Médico para Niños (CHIP) de Colorado, separado de Medicaid  ·  " + FICT_ES),
        ("h", "Aviso sobre su reclamo"),
        ("kv", [("Fecha", es(nd)), ("Niño o niña asegurado", name), ("Número de miembro", mid),
                ("Padre, madre o tutor", "Lorena Urrutia Salas"), ("Número de reclamo", clm),
                ("Fechas (día/mes/año)", "05/10/2026 y 19/10/2026")]),
        ("table", ["Fecha", "Código", "Servicio", "Estado", "Ajuste"],
         [["05/10/2026", "90832", "Terapia individual, 30 min", "Pagado", ""],
          ["05/10/2026", "90846", "Terapia familiar sin el niño", "Denegado", "CO-204"],
          ["19/10/2026", "90832", "Terapia individual, 30 min", "Pagado", ""],
          ["19/10/2026", "90846", "Terapia familiar sin el niño", "Denegado", "CO-204"]]),
        ("p", "Diagnóstico: F43.22. Las sesiones de terapia familiar sin el niño presente no son un beneficio cubierto "
              "por este plan; la terapia individual del niño sí se pagó."),
        ("h", "Cómo apelar"),
        ("p", "Tiene 60 días a partir de la fecha de este aviso para apelar. Envíe su apelación a: Plan de Salud "
              "Infantil Arroyo, Atención: Apelaciones, P.O. Box 4040, Denver, CO 80217-4040."),
        ("p", "Preguntas: 1-555-0121."),
    ]
    return dict(
        n=18, slug="es-chip-claim-notice-family-therapy-not-covered-play-mat-child-hand-photo",
        kind="jpg_playmat", lang="es", header=None, footer=None, pages=[p],
        key=dict(patient_name=name, member_id=mid, claim_number=clm, notice_date=nd,
                 service_dates=["2026-10-05", "2026-10-19"], procedure_codes=["90846"], diagnosis_codes=["F43.22"],
                 carc_codes=["CO-204"], denial_category="not_covered", plan_type="chip", urgent=False),
        window=("days", 60, "Tiene 60 días a partir de la fecha de este aviso para apelar"),
        nd_label="Fecha", nd_printed=es(nd), svc=["05/10/2026", "19/10/2026"], dayfirst=True,
        addr=["Plan de Salud Infantil Arroyo", "Atención: Apelaciones", "P.O. Box 4040", "Denver, CO 80217-4040"],
        ev=dict(category="no son un beneficio cubierto", plan="CHIP", urgent=None),
        traps=["Lorena Urrutia Salas", "90832"],
        note="A separate CHIP's claim notice in Spanish, photographed on a child's foam alphabet play mat with a small "
             "hand's fingertips on the bottom edge. One claim, four lines: the child's therapy paid, family therapy "
             "without the child (90846; F43.22) on two days not covered (CO-204). Day-first dates with a día/mes/año "
             "label. Stated 60 días, the address in a sentence. Traps: the mother, the paid 90832.",
    )


CASES = [c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13, c14, c15, c16, c17, c18]
