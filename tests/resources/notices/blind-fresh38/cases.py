"""The 18 notices of set 38. EVERYTHING HERE IS FICTIONAL: people, plans, providers, numbers and addresses are
invented; phones are 555-01xx; e-mail and web addresses use .example. Codes are given by number; services are
described in my own words (no CPT descriptor text)."""
from dates import D, long, upper, abbr, us, dmy, es

FIC = "FICTIONAL SAMPLE for software testing: every person, plan, provider, number and address here is invented."
FICES = "MUESTRA FICTICIA para pruebas de software: todas las personas, planes, proveedores, números y direcciones son inventados."


def ap(parts, intro):
    """An appeals block printed one part a line (parts joined where the notice joins them)."""
    return ("lines", [intro] + parts)


# ------------------------------------------------------------------ 01
def c01():
    nd, sd = D("2026-11-30"), [D("2026-10-06"), D("2026-10-08"), D("2026-10-13")]
    addr = ["Great Plains Medicare Services", "Part B Redeterminations", "PO Box 3140", "Omaha, NE 68103-3140"]
    svc = "Repeat session of magnetic stimulation to the brain (90868)"
    blocks = [
        ("title", "Medicare Summary Notice for Part B (Medical Insurance)"),
        ("small", "The Official Summary of Your Medicare Claims (a " + FIC + ")"),
        ("cols",
         [("lines", ["Notice for MARGARET A. OKAFOR", "1187 Juniper Hollow Rd", "Lincoln, NE 68516"]),
          ("kv", [("Medicare Number:", "5KD7-WR2-TN48"), ("Date of This Notice:", long(nd)),
                  ("Claims Processed Between:", "September 1, 2026 and November 28, 2026")])],
         [("h", "Your Deductible Status"),
          ("p", "You have met your Part B deductible of $283.00 for 2026."),
          ("h", "Be Informed!"),
          ("p", "Keep this notice with your records. Compare it with the bills and receipts from your providers.")]),
        ("h", "Your Claims & Costs This Period"),
        ("table", ["Provider", "Claim number", "Service dates", "Approved?"],
         [["Prairie Wind Psychotherapy, LLC", "0426 3017 5520 0", "Sep 22, 2026", "Yes"],
          ["Northgate Neuromodulation Center", "0426 3018 8416 0", "Oct 6 - Oct 13, 2026", "No"],
          ["Prairie Wind Psychotherapy, LLC", "0426 3020 0197 0", "Oct 27, 2026", "Yes"]]),
        ("h", "Claim number 0426 3018 8416 0 - Northgate Neuromodulation Center, 1-555-0131"),
        ("small", "Referred by Amara Pham, MD"),
        ("table", ["Date", "Service and billing code", "Approved?", "You may be billed", "See notes"],
         [[us(d), svc, "No", "$0.00", "A"] for d in sd]),
        ("p", "Notes: A - Medicare does not pay for this service because our contractor found it was not reasonable "
              "and necessary for your condition, based on the records the provider sent. You do not have to pay "
              "for it unless you signed a written notice beforehand saying that you would."),
        ("h", "Claim number 0426 3017 5520 0 - Prairie Wind Psychotherapy, LLC"),
        ("table", ["Date", "Service and billing code", "Approved?", "You may be billed", "See notes"],
         [["09/22/2026", "Psychotherapy, about 45 minutes (90834)", "Yes", "$25.40", ""]]),
        ("h", "Claim number 0426 3020 0197 0 - Prairie Wind Psychotherapy, LLC"),
        ("table", ["Date", "Service and billing code", "Approved?", "You may be billed", "See notes"],
         [["10/27/2026", "Office visit, established patient (99214)", "Yes", "$28.15", ""]]),
        ("h", "How to Handle Denied Claims or File an Appeal"),
        ("p", "If you disagree with a coverage decision on this notice, you may file an appeal. Medicare must "
              "receive your appeal by April 4, 2027. Circle the services you disagree with, explain why, write "
              "your name, phone number and Medicare Number, sign, and send this notice or a copy to:"),
        ("lines", addr),
        ("p", "Questions about your claims? Write to Great Plains Medicare Services, Correspondence, PO Box 3150, "
              "Omaha, NE 68103 (for questions only, not for appeals) or call 1-555-0142."),
        ("small", FIC),
    ]
    return dict(n=1, slug="msn-three-claims-tms-page-flags-handwriting-photo", lang="en", kind="jpeg",
                device="flags", style=dict(size=27), blocks=blocks,
                flag_y=[420, 1200, 1880], flag_text=["by Apr 4!!", "TMS x3 no", "got 12/3"],
                extra_text=["by Apr 4!!", "TMS x3 no", "got 12/3"],
                name="MARGARET A. OKAFOR", member="5KD7-WR2-TN48", claim="0426 3018 8416 0", notice=nd,
                service=sd, proc=["90868"], dx=None, carc=None, cat="medical_necessity", plan="medicare",
                urgent=False, window=("date", D("2027-04-04"), "Medicare must receive your appeal by April 4, 2027"),
                addr=addr, notice_label="Date of This Notice:", notice_fmt=long, service_fmt=us,
                cat_ev="not reasonable and necessary", plan_ev="Medicare Summary Notice for Part B",
                traps=["90834", "99214", "0426 3017 5520 0", "0426 3020 0197 0", "November 28, 2026", "PO Box 3150",
                       "09/22/2026", "10/27/2026", "got 12/3"],
                note="An Original Medicare summary notice (Part B) with three claims, one denied: TMS on 3 days "
                     "(90868), not reasonable and necessary: medical_necessity. No diagnosis code or CARC printed. "
                     "Stated date April 4, 2027. Photographed with three sticky page flags on the right edge, "
                     "handwriting on them.")


# ------------------------------------------------------------------ 02
def c02():
    nd = D("2026-11-18")
    addr = ["Harborline Medicare Advantage", "Appeals & Grievances Department", "PO Box 25190", "Mail Stop AG-4",
            "Tampa, FL 33622-5190"]
    blocks = [
        ("lines", ["HARBORLINE MEDICARE ADVANTAGE (HMO) - Utilization Management",
                   "5100 W Kennedy Blvd, Tampa, FL 33609  |  1-555-0170"]),
        ("small", FIC),
        ("title", "Notice of Denial of Medical Coverage"),
        ("kv", [("Date:", long(nd)), ("Member name:", "Delroy F. Amankwah"), ("Member number:", "HMN-88201-3307"),
                ("Medicare Number:", "3TY8-QP1-UK29"), ("Date of birth:", "07/22/1954"),
                ("Reference number:", "PA-2611-07725"),
                ("Requesting provider:", "SunCoast Mind & Body Clinic, fax 813-555-0139")]),
        ("p", "We have denied the medical services your doctor asked for on November 12, 2026: a series of six "
              "intravenous ketamine infusions for depression, billed with 96365 (infusion for therapy, first "
              "hour) and J3490 (a drug without its own code: ketamine), for diagnosis F33.2."),
        ("h", "Why did we deny your request?"),
        ("p", "Our medical director, a psychiatrist, reviewed the records sent with the request. They show one "
              "antidepressant tried for four weeks. Our coverage criteria for ketamine infusions ask for at least "
              "two antidepressant trials of adequate dose and length, and a trial of psychotherapy. We denied the "
              "request because the records do not show that the infusions are medically necessary for you now."),
        ("h", "You have the right to appeal our decision"),
        ("p", "You have the right to ask Harborline Medicare Advantage to review our decision by asking us for an "
              "appeal. Ask for a Plan Appeal within 65 days of the date of this notice. We can give you more time "
              "if you have a good reason for missing the deadline."),
        ("h", "There are 2 kinds of appeals with Harborline"),
        ("p", "Standard appeal: we give you a written decision within 30 days after we get your appeal (within 7 "
              "days if it is about a Part B drug). Fast appeal: we give you a decision within 72 hours when your "
              "doctor tells us that waiting could seriously harm your health."),
        ("h", "How to ask for a standard appeal"),
        ("p", "You, your representative or your doctor must mail or fax a written request to:"),
        ("lines", ["Harborline Medicare Advantage", "Appeals & Grievances Department", "PO Box 25190, Mail Stop AG-4",
                   "Tampa, FL 33622-5190", "Fax: 1-555-0174"]),
        ("p", "For a fast appeal, call 1-555-0175 (TTY 711), 8 a.m. to 8 p.m., seven days a week. Do not send appeals "
              "to the Utilization Management office at 5100 W Kennedy Blvd; it cannot accept them."),
        ("small", "Harborline Medicare Advantage is an HMO plan with a Medicare contract (FICTIONAL). Page 2 of 3."),
    ]
    return dict(n=2, slug="medicare-advantage-denial-of-coverage-ketamine-fax-header-over-letterhead-tiff",
                lang="en", kind="tiff_g4", device="fax_overprint", style=dict(size=28, margin=110), blocks=blocks,
                fax_top="NOV-19-2026 08:42   FROM: HARBORLINE UM   TO: 813-555-0139   P.002/003",
                fax_foot="RCVD 11/19/2026 08:44 AM  SunCoast eFax gateway  Page 2 of 3",
                extra_text=["NOV-19-2026 08:42   FROM: HARBORLINE UM   TO: 813-555-0139   P.002/003",
                            "RCVD 11/19/2026 08:44 AM  SunCoast eFax gateway  Page 2 of 3"],
                name="Delroy F. Amankwah", member="HMN-88201-3307", claim="PA-2611-07725", notice=nd, service=[],
                proc=["96365", "J3490"], dx=["F33.2"], carc=None, cat="medical_necessity", plan="medicare_advantage",
                urgent=False, window=("days", 65, "Ask for a Plan Appeal within 65 days of the date of this notice"),
                addr=addr, notice_label="Date:", notice_fmt=long, service_fmt=us,
                cat_ev="do not show that the infusions are medically necessary", plan_ev="Harborline Medicare Advantage",
                traps=["NOV-19-2026", "11/19/2026", "07/22/1954", "3TY8-QP1-UK29", "72 hours", "30 days",
                       "5100 W Kennedy Blvd", "November 12, 2026"],
                note="A Medicare Advantage notice of denial of medical coverage (request before care) for six IV "
                     "ketamine infusions (96365, J3490; F33.2): medical_necessity. Stated 65 days. A fine-mode fax "
                     "(1-bit G4, 204 x 196 dpi) whose sending machine printed its header line over the letterhead, "
                     "with the receiving e-fax gateway's line at the foot.")


# ------------------------------------------------------------------ 03
def c03():
    nd = D("2026-11-24")
    addr = ["Keystone Senior Rx", "c/o RxNorthway Appeals", "Attn: Part D Redeterminations", "PO Box 51920",
            "Pittsburgh, PA 15230-1920"]
    blocks = [
        ("lines", ["RxNorthway Pharmacy Solutions, on behalf of Keystone Senior Rx (PDP)"]),
        ("small", FIC),
        ("title", "Notice of Denial of Medicare Prescription Drug Coverage"),
        ("kv", [("Date of notice:", long(nd)), ("Enrollee:", "Rosalind Achterberg"), ("Member ID:", "KSR70315528"),
                ("Medicare Number:", "8WN3-DE6-HJ40"), ("Case number:", "CD 2611 0894 17"),
                ("Request received:", "November 23, 2026, 4:10 PM")]),
        ("p", "Your request for coverage of dextromethorphan-bupropion extended-release tablets, 45 mg/105 mg, one "
              "tablet twice a day, has been denied. Diagnosis sent by your prescriber: F33.1."),
        ("p", "We made this decision on an expedited (fast) basis because your prescriber told us that waiting "
              "for a standard decision could seriously harm your health."),
        ("h", "Why did we deny your request?"),
        ("p", "This drug is on our Drug List with a step therapy requirement. Before we cover it, our records must "
              "show that you tried two of these drugs first: sertraline, escitalopram or bupropion. We found a "
              "sertraline trial only, and your prescriber did not tell us why the others would not work for you "
              "or would harm you."),
        ("h", "What if I disagree with this decision?"),
        ("p", "You have the right to ask us for a redetermination (appeal) of this decision. You must ask within "
              "65 days from the date of this notice. A standard redetermination is decided within 7 days; a fast "
              "one within 72 hours."),
        ("p", "Mail your written request to:"),
        ("lines", addr),
        ("p", "Fax 1-555-0166, or call 1-555-0165, 24 hours a day. Pharmacy claims go to PO Box 51880, Pittsburgh, "
              "PA 15230; that box is not for appeals."),
    ]
    return dict(n=3, slug="part-d-pbm-step-therapy-expedited-scanner-app-capture-screenshot-png", lang="en",
                kind="png", device="capture", style=dict(size=30, margin=110), blocks=blocks,
                extra_text=["Cancel", "Auto", "Hold still", "4:52"],
                name="Rosalind Achterberg", member="KSR70315528", claim="CD 2611 0894 17", notice=nd, service=[],
                proc=None, dx=["F33.1"], carc=None, cat="step_therapy", plan="medicare_part_d", urgent=True,
                window=("days", 65, "You must ask within 65 days from the date of this notice"), addr=addr,
                notice_label="Date of notice:", notice_fmt=long, service_fmt=us,
                cat_ev="step therapy requirement", plan_ev="Medicare Prescription Drug Coverage",
                urgent_ev="We made this decision on an expedited (fast) basis",
                traps=["8WN3-DE6-HJ40", "November 23, 2026", "7 days", "72 hours", "PO Box 51880"],
                note="A Part D coverage determination denied by a pharmacy benefit manager for the plan, decided on "
                     "an expedited basis: dextromethorphan-bupropion behind a step therapy rule (F33.1): step_therapy; "
                     "urgent. No procedure code. Stated 65 days. A screenshot of a phone scanner app in capture "
                     "mode: the page in the camera view under the app's blue detection outline, hint pill and "
                     "shutter.")


# ------------------------------------------------------------------ 04
def c04():
    nd, sd = D("2026-11-20"), [D("2026-10-27")]
    addr = ["Eastgate Health Services", "TRICARE East Appeals", "Attn: Reconsiderations", "PO Box 7770",
            "Columbia, SC 29202-7770"]
    blocks = [
        ("lines", ["Eastgate Health Services - TRICARE East Region contractor (FICTIONAL)"]),
        ("title", "TRICARE Explanation of Benefits"),
        ("small", "This is not a bill. " + FIC),
        ("cols",
         [("kv", [("Sponsor:", "SSgt Marcus D. Holloway"), ("Sponsor DoD ID:", "1287439906"),
                  ("Beneficiary:", "Tamsin J. Holloway"), ("DoD Benefits Number:", "30219847561"),
                  ("Program:", "TRICARE Select")])],
         [("kv", [("Date issued:", us(nd)), ("Period:", "10/01/2026 - 11/15/2026"), ("Page:", "1 of 1")])]),
        ("h", "Claims in this statement"),
        ("table", ["Claim number", "Provider", "Service date", "Billed", "Allowed", "Paid", "Status"],
         [["2631 0884 1127", "Tidewater Counseling Group", "10/06/2026", "$180.00", "$131.20", "$104.96", "Paid"],
          ["2631 0884 1128", "Chesapeake Infusion Partners", "10/27/2026", "$1,150.00", "$0.00", "$0.00", "Denied"],
          ["2631 0884 1129", "Bayside Psychiatry", "11/03/2026", "$210.00", "$118.44", "$94.75", "Paid"]]),
        ("h", "Claim 2631 0884 1128 - Chesapeake Infusion Partners"),
        ("table", ["Date", "Code", "Dx", "Service", "Billed", "Allowed", "Adj. code"],
         [[us(sd[0]), "96365", "F33.2", "IV infusion for therapy, first hour", "$650.00", "$0.00", "CO-56"],
          [us(sd[0]), "J3490", "F33.2", "Drug without its own code (ketamine 60 mg)", "$500.00", "$0.00", "CO-56"]]),
        ("p", "CO-56: TRICARE cannot pay for this care because it is considered unproven for this condition. "
              "Ketamine infusions for depression have not been shown to be safe and effective under TRICARE's "
              "reliable evidence standard."),
        ("h", "Your right to appeal"),
        ("p", "If you disagree with this decision, you may ask for a reconsideration. Your request must be "
              "postmarked or received within 90 days of the date of this EOB. Include a copy of this EOB and any "
              "records that support your request. Send reconsideration requests to:"),
        ("lines", addr),
        ("p", "Send claims (not appeals) to TRICARE East Claims, PO Box 7031, Columbia, SC 29202. Questions: "
              "1-555-0150. The Beneficiary Counseling and Assistance Coordinator at your military hospital or "
              "clinic can help you for free."),
    ]
    return dict(n=4, slug="tricare-eob-three-claims-ketamine-unproven-chain-link-shadow-photo", lang="en",
                kind="jpeg", device="chainlink", style=dict(size=27), blocks=blocks, extra_text=[],
                name="Tamsin J. Holloway", member="30219847561", claim="2631 0884 1128", notice=nd, service=sd,
                proc=["96365", "J3490"], dx=["F33.2"], carc=["CO-56"], cat="experimental_investigational",
                plan="tricare", urgent=False,
                window=("days", 90, "must be postmarked or received within 90 days of the date of this EOB"),
                addr=addr, notice_label="Date issued:", notice_fmt=us, service_fmt=us,
                cat_ev="considered unproven for this condition", plan_ev="TRICARE Explanation of Benefits",
                traps=["SSgt Marcus D. Holloway", "1287439906", "2631 0884 1127", "2631 0884 1129", "10/06/2026",
                       "11/03/2026", "11/15/2026", "PO Box 7031"],
                note="A TRICARE explanation of benefits with three claims, one denied: IV ketamine on 1 day "
                     "(96365, J3490; F33.2) unproven (CO-56): experimental_investigational. The spouse is the "
                     "beneficiary; her DoD benefits number is keyed, never the sponsor's DoD ID. Stated 90 days. "
                     "Photographed on a porch table with a chain-link fence's diamond shadow across it.")


# ------------------------------------------------------------------ 05
def c05():
    nd, sd = D("2026-11-16"), [D("2026-10-26"), D("2026-10-28"), D("2026-10-30")]
    addr = ["Capitol Federal Health Benefit Association", "Attn: Disputed Claims Reconsideration", "PO Box 9018",
            "Rockville, MD 20849-9018"]
    blocks = [
        ("lines", ["Capitol Federal Health Benefit Association",
                   "A carrier in the Federal Employees Health Benefits (FEHB) Program",
                   "4800 Montgomery Lane, Bethesda, MD 20814  -  1-555-0120"]),
        ("small", FIC),
        ("lines", [long(nd)]),
        ("lines", ["Oluwaseun Bradford-Lee", "2231 Sycamore Bend Ct", "Silver Spring, MD 20904"]),
        ("p", "Member ID R44-019-6618 - Claim FB26-318-00294"),
        ("p", "Dear Oluwaseun Bradford-Lee:"),
        ("p", "We have finished processing claim FB26-318-00294 from Potomac Neurostim Partners for the transcranial "
              f"magnetic stimulation sessions you had on {long(sd[0])}, {long(sd[1])} and {long(sd[2])}, billed "
              "with code 90868 for diagnosis F33.2. We are not able to pay for these sessions."),
        ("p", "Your 2026 plan brochure limits this benefit to 36 sessions of transcranial magnetic stimulation in a "
              "calendar year. Our records show that your 36th covered session was paid on October 23, 2026, under "
              "claim FB26-296-01187. The three sessions above are over that benefit maximum, so they were denied "
              "with adjustment code CO-119."),
        ("p", "If you disagree, you may ask us to reconsider. Your request must be in writing and must reach us "
              "within 6 months from the date of this letter. Tell us why you believe we should pay, and include any "
              "records or a letter from your doctor. Mail your request to:"),
        ("lines", addr),
        ("p", "If we do not change our decision, or do not answer you within 30 days, you may then ask the U.S. "
              "Office of Personnel Management to review it within 90 days of our decision. OPM's address (a "
              "FICTIONAL sample for this test): OPM Health Insurance Review Unit, PO Box 7800, Washington, DC 20044. "
              "Please do not send your first request to OPM."),
        ("p", "Sincerely,"),
        ("lines", ["Dana Whitcomb-Iyer", "Claims Review Specialist"]),
    ]
    return dict(n=5, slug="fehb-carrier-letter-tms-session-maximum-docx", lang="en", kind="docx", blocks=blocks,
                extra_text=[], name="Oluwaseun Bradford-Lee", member="R44-019-6618", claim="FB26-318-00294",
                notice=nd, service=sd, proc=["90868"], dx=["F33.2"], carc=["CO-119"], cat="benefit_limit",
                plan="fehb", urgent=False,
                window=("months", 6, "must reach us within 6 months from the date of this letter"), addr=addr,
                notice_label="", notice_fmt=long, service_fmt=long,
                cat_ev="over that benefit maximum", plan_ev="Federal Employees Health Benefits (FEHB) Program",
                traps=["FB26-296-01187", "October 23, 2026", "PO Box 7800", "90 days", "30 days"],
                note="An FEHB carrier's letter, the facts in sentences, dated by its dateline only: TMS on 3 days "
                     "(90868; F33.2) over the plan's 36-session yearly maximum (CO-119): benefit_limit. Stated "
                     "6 months from the date of the letter (counted as 6 calendar months). OPM's review address is "
                     "the next level, not the appeal address.")


# ------------------------------------------------------------------ 06
def c06():
    nd = D("2026-11-12")
    addr = ["Riverbend Community Health Plan", "Attention: Appeals Department", "4400 Easton Commons Way",
            "Suite 310", "Columbus, OH 43219"]
    blocks = [
        ("lines", ["Riverbend Community Health Plan", "An Ohio Medicaid managed care plan (FICTIONAL)  -  "
                   "Member Services 1-555-0110 (TTY 711)"]),
        ("title", "NOTICE OF ADVERSE BENEFIT DETERMINATION"),
        ("kv", [("Date of this notice:", long(nd)), ("Member:", "Kendra L. Marchetti"),
                ("Plan member ID:", "RCH 4471 0923"), ("Ohio Medicaid ID:", "108845211927"),
                ("Date of birth:", "11/12/1990"), ("Authorization request #:", "2611-IOP-30418"),
                ("Request received:", "November 9, 2026")]),
        ("p", "Dear Kendra L. Marchetti:"),
        ("p", "Your provider, Lakeside Recovery & Wellness, asked us to approve 15 days of intensive outpatient "
              "psychiatric treatment (S9480) starting November 16, 2026, for diagnosis F33.2. We reviewed the "
              "request and we are denying it."),
        ("h", "Why we made this decision"),
        ("p", "Our physician reviewer found that this service is not medically necessary for you at this time. "
              "Your records show that you go to weekly outpatient therapy, that your symptoms have improved since "
              "October and that you have had no recent hospital stay. You can ask us for a free copy of the "
              "criteria we used."),
        ("h", "Your right to appeal"),
        ("p", "You have 60 calendar days from the date on this notice to ask for an appeal. You can ask by "
              "phone at 1-555-0111 or in writing. Mail or fax written appeals to:"),
        ("lines", ["Riverbend Community Health Plan", "Attention: Appeals Department",
                   "4400 Easton Commons Way, Suite 310", "Columbus, OH 43219", "Fax: 1-555-0112"]),
        ("p", "If you are getting this service now and want it to continue during your appeal, you must appeal "
              "within 10 days of the date of this notice or before the date the change takes effect."),
        ("h", "State hearing"),
        ("p", "If we keep our decision after your appeal, you may ask for a state hearing within 120 calendar days "
              "of the date of our appeal decision. Write to the Bureau of State Hearings (FICTIONAL sample "
              "address), PO Box 40990, Columbus, OH 43218. Free help: the Medicaid managed care ombudsman, "
              "1-555-0119."),
        ("small", FIC),
    ]
    return dict(n=6, slug="medicaid-managed-care-noabd-iop-mailroom-imprinter-grey-scan-tiff", lang="en",
                kind="tiff_lzw", device="imprinter", style=dict(size=28), blocks=blocks,
                imprint="RCVD 17-NOV-2026 14:22  BATCH 0412  IMG 000031  LAKESIDE RECOVERY MAILROOM",
                extra_text=["RCVD 17-NOV-2026 14:22  BATCH 0412  IMG 000031  LAKESIDE RECOVERY MAILROOM"],
                name="Kendra L. Marchetti", member="RCH 4471 0923", claim="2611-IOP-30418", notice=nd, service=[],
                proc=["S9480"], dx=["F33.2"], carc=None, cat="medical_necessity", plan="medicaid", urgent=False,
                window=("days", 60, "You have 60 calendar days from the date on this notice to ask for an appeal"),
                addr=addr, notice_label="Date of this notice:", notice_fmt=long, service_fmt=us,
                cat_ev="not medically necessary", plan_ev="An Ohio Medicaid managed care plan",
                traps=["108845211927", "11/12/1990", "November 9, 2026", "10 days", "120 calendar days",
                       "PO Box 40990", "17-NOV-2026"],
                note="A Medicaid managed-care notice of adverse benefit determination, request before care: 15 days "
                     "of IOP (S9480; F33.2): medical_necessity. The date of birth 11/12/1990 shares the notice's "
                     "month and day. Stated 60 days. A grey 150 dpi office scan (LZW TIFF) of the provider's copy, "
                     "with the mailroom's inkjet imprinter line up the left margin.")


# ------------------------------------------------------------------ 07
def c07():
    nd, sd = D("2026-11-19"), [D("2026-10-14"), D("2026-10-21")]
    addr = ["Bluebonnet Kids CHIP Plan", "Attn: Member Appeals", "PO Box 830417", "San Antonio, TX 78283-0417"]
    blocks = [
        ("title", "Bluebonnet Kids CHIP Plan - Member Claims Statement"),
        ("small", "A Texas Children's Health Insurance Program (CHIP) health plan, not Medicaid. " + FIC),
        ("cols",
         [("lines", ["Parent or guardian:", "Ana Villaseñor", "718 Pecan Crossing", "San Antonio, TX 78228"])],
         [("kv", [("Prepared on:", long(nd)), ("Member (child):", "Mateo R. Villaseñor"),
                  ("Member ID:", "BK-5530-71862"), ("Claims processed:", "11/01/2026 through 11/15/2026")])]),
        ("h", "Claims we processed for your child"),
        ("table", ["Claim #", "Provider", "Service date", "Code", "Dx", "Billed", "Plan paid", "Status"],
         [["BKC-26-300481", "Alamo Kids Behavioral Health", "10/05/2026", "90791", "F43.23", "$240.00", "$168.00",
           "Paid"],
          ["BKC-26-300517", "Hill Country Family Therapy", us(sd[0]), "90847", "F43.23", "$150.00", "$0.00",
           "Denied CO-242"],
          ["BKC-26-300517", "Hill Country Family Therapy", us(sd[1]), "90847", "F43.23", "$150.00", "$0.00",
           "Denied CO-242"],
          ["BKC-26-300602", "Alamo Kids Behavioral Health", "11/02/2026", "90834", "F43.23", "$130.00", "-",
           "Pending"]]),
        ("h", "About claim BKC-26-300517"),
        ("p", "CO-242: Hill Country Family Therapy is not in the Bluebonnet Kids network, and we had not approved "
              "care outside the network for your child. Family therapy is covered when a network provider gives it. "
              "The provider may not bill you more than your CHIP copay unless you agreed in writing beforehand."),
        ("h", "If you disagree"),
        ("p", "You, or someone you choose, can ask for an appeal. Your Member Handbook explains the time limits "
              "and each step; Member Services can explain them too at 1-555-0125. Send written appeals to:"),
        ("lines", addr),
        ("p", "Claims mailing address (not for appeals): PO Box 830399, San Antonio, TX 78283."),
    ]
    return dict(n=7, slug="chip-claims-statement-four-lines-family-therapy-out-of-network-text-pdf", lang="en",
                kind="pdf", blocks=blocks, extra_text=[],
                name="Mateo R. Villaseñor", member="BK-5530-71862", claim="BKC-26-300517", notice=nd, service=sd,
                proc=["90847"], dx=["F43.23"], carc=["CO-242"], cat="out_of_network", plan="chip", urgent=False,
                window=("rule",), addr=addr, notice_label="Prepared on:", notice_fmt=long, service_fmt=us,
                cat_ev="not in the Bluebonnet Kids network", plan_ev="Children's Health Insurance Program (CHIP)",
                traps=["Ana Villaseñor", "BKC-26-300481", "BKC-26-300602", "90791", "90834", "10/05/2026",
                       "11/02/2026", "11/15/2026", "PO Box 830399"],
                note="A separate CHIP's claims statement (text PDF) with four lines over three claims; the family "
                     "therapy claim on 2 days (90847; F43.23) is denied out of network (CO-242): out_of_network. "
                     "No time limit printed (it points to the handbook): CHIP rule, 60 days.")


# ------------------------------------------------------------------ 08
def c08():
    nd, sd = D("2026-11-06"), [D("2026-10-09"), D("2026-10-16")]
    addr = ["Cascade Gold Medicare Advantage", "Attn: Part C Appeals", "PO Box 4410", "Portland, OR 97208-4410"]
    svc = "Visit with supervised esketamine nasal spray, more than 56 mg, and observation"
    blocks = [
        ("title", "Notice of Denial of Payment"),
        ("p", "Cascade Gold Medicare Advantage (HMO-POS) - " + FIC),
        ("kv", [("Date of notice:", long(nd)), ("Member:", "Lakshmi Raman"), ("Member ID:", "CGM662011830"),
                ("Claim number:", "C26-1023-88190"), ("Provider:", "Willamette Interventional Psychiatry")]),
        ("p", "We have denied payment for the services below."),
        ("table", ["Date of service", "Code", "Diagnosis", "Service", "Billed", "Reason"],
         [[us(d), "G2083", "F33.2", svc, "$1,480.00", "CO-197"] for d in sd]),
        ("p", "Why we denied payment: esketamine treatment needs our approval before you receive it (prior "
              "authorization). We have no record that your provider asked for or received approval for these "
              "visits (adjustment code CO-197). Because the provider did not get approval, the provider may not "
              "bill you for these visits."),
        ("h", "You have the right to appeal"),
        ("p", "If you disagree, you can ask for a Plan Appeal. Your request must be made within 65 days of the date "
              "of this notice. Mail your appeal to:"),
        ("lines", addr),
        ("p", "Or fax it to 1-555-0181. Do not send appeals to our claims address, PO Box 4300, Portland, OR 97208."),
    ]
    return dict(n=8, slug="medicare-advantage-denial-of-payment-spravato-forwarded-by-daughter-eml", lang="en",
                kind="eml", blocks=blocks, extra_text=[],
                eml=dict(frm="Priya Raman-Oakes <priya.ro@mailbox.example>",
                         to="SHIP Counseling Desk <help@shipcounsel.example>",
                         date="Wed, 02 Dec 2026 19:06:11 -0800",
                         subject="Fwd: Important notice about your claim",
                         intro=["Hello,", "This is the notice my mother got about her Spravato visits in October. "
                                "Her name is Lakshmi Raman and she lives with us. Can you help us appeal it?",
                                "Thank you, Priya Raman-Oakes (her daughter), 1-555-0186"],
                         fwd=["---------- Forwarded message ---------",
                              "From: Cascade Gold Member Notices <notices@cascadegold.example>",
                              "Date: Sat, Nov 7, 2026 at 6:02 AM",
                              "Subject: Important notice about your claim",
                              "To: <lakshmi.raman@mailbox.example>"]),
                name="Lakshmi Raman", member="CGM662011830", claim="C26-1023-88190", notice=nd, service=sd,
                proc=["G2083"], dx=["F33.2"], carc=["CO-197"], cat="prior_authorization", plan="medicare_advantage",
                urgent=False, window=("days", 65, "Your request must be made within 65 days of the date of this notice"),
                addr=addr, notice_label="Date of notice:", notice_fmt=long, service_fmt=us,
                cat_ev="needs our approval before you receive it (prior authorization)",
                plan_ev="Cascade Gold Medicare Advantage (HMO-POS)",
                traps=["Priya Raman-Oakes", "02 Dec 2026", "Nov 7, 2026", "PO Box 4300"],
                note="A Medicare Advantage notice of denial of payment, forwarded by the member's daughter to a SHIP "
                     "counselor (Gmail-style forward): supervised esketamine visits on 2 days (G2083; F33.2) without "
                     "prior authorization (CO-197): prior_authorization. Stated 65 days.")


# ------------------------------------------------------------------ 09
def c09():
    nd, sd = D("2026-11-03"), [D("2026-10-20")]
    addr = ["Pennant Freight Employee Health Plan", "c/o Summit Benefit Administrators", "Attn: Appeals Unit",
            "PO Box 9031", "Grand Rapids, MI 49509-9031"]
    blocks = [
        ("lines", ["Summit Benefit Administrators",
                   "611 Monroe Ave NW, Suite 500, Grand Rapids, MI 49503  -  1-555-0160"]),
        ("title", "Explanation of Claim Denial"),
        ("kv", [("Letter date:", long(nd)), ("Plan:", "Pennant Freight Employee Health Plan"),
                ("Employee:", "Samir Haddad"), ("Employee ID:", "PFT-208831-01"),
                ("Patient:", "Noor Haddad-Whitfield"), ("Patient ID:", "PFT-208831-02"),
                ("Claim number:", "SBA-26-1029-00517"), ("Group:", "PF-00412")]),
        ("p", "Summit Benefit Administrators processes claims for the Pennant Freight Employee Health Plan, a "
              "self-funded group health plan sponsored by your employer, Pennant Freight Lines, Inc. Summit does "
              "not insure the plan; the plan pays the claims."),
        ("table", ["Date of service", "Provider", "Code", "Diagnosis", "Charge", "Allowed", "Reason"],
         [[us(sd[0]), "Great Lakes Pain & Trauma Center", "64510", "F43.12", "$2,400.00", "$0.00", "CO-55"]]),
        ("p", "The plan excludes care that is experimental or investigational. A stellate ganglion block given to "
              "treat post-traumatic stress disorder is considered investigational under the plan's medical "
              "policy MP-117, because its safety and effectiveness for that use have not been established "
              "(reason CO-55)."),
        ("h", "Your appeal rights"),
        ("p", "You may appeal this decision. The time limit and the steps are in the Appeals section of your "
              "Summary Plan Description. You may ask for free copies of the documents used to decide your claim. "
              "Send your written appeal to:"),
        ("lines", addr),
        ("p", "Claims and bills go to PO Box 9020, not to the appeals box."),
        ("small", "You may have the right to bring a civil action under section 502(a) of ERISA after you finish "
                  "the plan's appeal process. Language help: call 1-555-0161."),
        ("small", FIC),
        ("small", "Page 1 of 1  -  SBA form EOD-4"),
    ]
    return dict(n=9, slug="self-funded-tpa-stellate-ganglion-block-investigational-bottom-curl-photo", lang="en",
                kind="jpeg", device="bottom_curl", style=dict(size=28), blocks=blocks, extra_text=[],
                name="Noor Haddad-Whitfield", member="PFT-208831-02", claim="SBA-26-1029-00517", notice=nd,
                service=sd, proc=["64510"], dx=["F43.12"], carc=["CO-55"], cat="experimental_investigational",
                plan="employer_erisa", urgent=False, window=("rule",), addr=addr, notice_label="Letter date:",
                notice_fmt=long, service_fmt=us, cat_ev="considered investigational",
                plan_ev="self-funded group health plan sponsored by your employer",
                traps=["Samir Haddad", "PFT-208831-01", "PF-00412", "611 Monroe Ave NW", "PO Box 9020"],
                note="A third-party administrator's letter for a self-funded employer plan: a stellate ganglion "
                     "block for PTSD on 1 day (64510; F43.12), investigational (CO-55): "
                     "experimental_investigational. The patient is the employee's dependent (-02). No time limit "
                     "printed (points to the SPD): ERISA rule, 180 days. Photographed with the bottom of the page "
                     "curling up toward the lens.")


# ------------------------------------------------------------------ 10
def c10():
    nd, sd = D("2026-10-30"), [D("2026-10-05"), D("2026-10-12")]
    addr = ["Commonwealth Public Employees Health Plan", "Appeals Coordinator", "1 Capitol Square", "Room 208",
            "Harrisburg, PA 17120"]
    blocks = [
        ("lines", ["Commonwealth Public Employees Health Plan (FICTIONAL)",
                   "Health benefits for state employees, retirees and their families"]),
        ("title", "Explanation of Benefits"),
        ("kv", [("Date of issue:", us(nd)), ("Member:", "Deborah Ann Kowalczyk"), ("Member number:", "CPE0091553"),
                ("Claim number:", "CPE-2610-44812"), ("Provider:", "Susquehanna Counseling Associates"),
                ("Received on:", "10/22/2026")]),
        ("table", ["Service date", "Code", "Diagnosis", "Billed", "Allowed", "You owe", "Remark"],
         [[us(d), "90837", "Z63.0", "$195.00", "$0.00", "$0.00", "CO-11"] for d in sd]),
        ("p", "CO-11: The diagnosis on the claim does not fit the service billed. The claim gives only Z63.0, a code "
              "for relationship distress, as the reason for hour-long psychotherapy; this plan's behavioral health "
              "benefit pays psychotherapy when a mental health condition is diagnosed. Your provider may send a "
              "corrected claim if another diagnosis applies. A corrected claim is not an appeal."),
        ("h", "Appeal rights"),
        ("p", "You or your authorized representative may file a written appeal within 180 days after you receive "
              "this notice. Mail it to:"),
        ("lines", ["Commonwealth Public Employees Health Plan", "Appeals Coordinator", "1 Capitol Square, Room 208",
                   "Harrisburg, PA 17120"]),
        ("p", "If your appeal is denied, you may ask for an independent external review within 4 months of the "
              "final decision. Questions: 1-555-0115."),
        ("small", FIC),
    ]
    return dict(n=10, slug="state-employees-plan-eob-psychotherapy-diagnosis-mismatch-on-cardboard-image-pdf",
                lang="en", kind="pdf_img", device="cardboard", style=dict(size=28), blocks=blocks, extra_text=[],
                name="Deborah Ann Kowalczyk", member="CPE0091553", claim="CPE-2610-44812", notice=nd, service=sd,
                proc=["90837"], dx=["Z63.0"], carc=["CO-11"], cat="coding_billing", plan="governmental",
                urgent=False, window=("days", 180, "within 180 days after you receive this notice"), addr=addr,
                notice_label="Date of issue:", notice_fmt=us, service_fmt=us,
                cat_ev="does not fit the service billed", plan_ev="Health benefits for state employees",
                traps=["10/22/2026", "4 months"],
                note="A state employees' plan EOB (governmental): psychotherapy on 2 days (90837) billed with a "
                     "diagnosis that does not fit it (Z63.0, CO-11): coding_billing. Stated 180 days. A phone photo "
                     "on a moving box's corrugated cardboard with packing tape, saved as an image-only PDF.")


# ------------------------------------------------------------------ 11
def c11():
    nd = D("2026-11-04")
    sd = [D("2026-10-12"), D("2026-10-13"), D("2026-10-14"), D("2026-10-15"), D("2026-10-16")]
    addr = ["Covenant Mission Benefits Board", "Attn: Health Plan Appeals", "8765 Fellowship Drive", "Suite 200",
            "Nashville, TN 37211"]
    blocks = [
        ("h", "Claim 26-1104-CM-00831"),
        ("kv", [("Patient:", "Hannah Lindqvist-Moreau"), ("Member ID:", "CMB-77120-3"),
                ("Plan:", "Covenant Mission Benefits Board Health Plan - a church plan (not subject to ERISA)"),
                ("Provider:", "Cumberland Behavioral Day Program"), ("Date of issue:", long(nd)),
                ("Claim received:", "October 29, 2026"), ("Status:", "Denied")]),
        ("p", "Dates of service: from October 12, 2026 through October 16, 2026."),
        ("table", ["Date", "Code", "Diagnosis", "Billed", "Plan paid", "Reason"],
         [[us(d), "H0035", "F33.2", "$650.00", "$0.00", "CO-22"] for d in sd]),
        ("p", "CO-22: Our records show that Hannah is also covered by her spouse's employer group plan, which pays "
              "first under this plan's coordination of benefits rules. Please send the claim to the other plan "
              "first, then send us its explanation of benefits."),
        ("h", "Appeal this decision"),
        ("p", "If you believe this plan should pay first, you may appeal within 180 days from the date you receive "
              "this notice. Write to:"),
        ("lines", ["Covenant Mission Benefits Board", "Attn: Health Plan Appeals", "8765 Fellowship Drive, Suite 200",
                   "Nashville, TN 37211"]),
        ("small", FIC),
    ]
    return dict(n=11, slug="church-plan-portal-php-week-other-plan-primary-html", lang="en", kind="html",
                blocks=blocks, extra_text=[],
                html=dict(title="Claim details - Covenant Mission Benefits (FICTIONAL)",
                          stamp="12/5/26, 9:14 PM  Claim details - Covenant Mission Benefits",
                          url="https://members.covenantmission.example/claims/26-1104-CM-00831",
                          signed="Signed in as Hannah Lindqvist-Moreau",
                          side=[("26-1021-CM-00702", "Paid"), ("26-1104-CM-00831", "Denied"),
                                ("26-1110-CM-00904", "In process")]),
                name="Hannah Lindqvist-Moreau", member="CMB-77120-3", claim="26-1104-CM-00831", notice=nd,
                service=sd, proc=["H0035"], dx=["F33.2"], carc=["CO-22"], cat="coordination_of_benefits",
                plan="church", urgent=False,
                window=("days", 180, "you may appeal within 180 days from the date you receive this notice"),
                addr=addr, notice_label="Date of issue:", notice_fmt=long, service_fmt=us,
                cat_ev="coordination of benefits", plan_ev="a church plan (not subject to ERISA)",
                traps=["26-1021-CM-00702", "26-1110-CM-00904", "October 29, 2026", "12/5/26"],
                note="A church plan's member-portal page (saved HTML) with a side list of three claims: partial "
                     "hospitalization from October 12 through October 16, 2026 (H0035; F33.2), the spouse's employer "
                     "plan pays first (CO-22): coordination_of_benefits. Stated 180 days.")


# ------------------------------------------------------------------ 12
def c12():
    nd, sd = D("2026-11-09"), [D("2026-06-08"), D("2026-06-11")]
    addr = ["Meridian Mutual Student Health", "Attn: Appeals and Grievances", "PO Box 22150",
            "Dallas, TX 75222-2150"]
    blocks = [
        ("lines", ["Ridgecrest University Student Health Insurance Plan",
                   "Underwritten by Meridian Mutual Life (FICTIONAL)"]),
        ("title", "Claim Determination"),
        ("kv", [("Mailing date:", us(nd)), ("Insured student:", "Tobias Nakamura-Reyes"),
                ("Policy/member no.:", "RUS2026-048812"), ("Student ID:", "900417255"),
                ("Claim no.:", "MMS-0026-77314"), ("Claim received:", "10/28/2026")]),
        ("table", ["Date of service", "Code", "Dx", "Charge", "Paid", "Reason"],
         [[us(sd[0]), "96365", "F33.2", "$700.00", "$0.00", "CO-29"],
          [us(sd[0]), "J3490", "F33.2", "$450.00", "$0.00", "CO-29"],
          [us(sd[1]), "96365", "F33.2", "$700.00", "$0.00", "CO-29"],
          [us(sd[1]), "J3490", "F33.2", "$450.00", "$0.00", "CO-29"]]),
        ("p", "CO-29: The plan requires claims to be filed within 90 days after the date of service. This claim "
              "reached us on 10/28/2026, more than 90 days after the services on 06/08/2026 and 06/11/2026. If "
              "your provider can show that the claim was sent on time, or had a good reason for the delay, send "
              "that proof with an appeal."),
        ("h", "How to appeal"),
        ("p", "You may appeal within 180 days of receiving this notice. Send a letter with your claim number and "
              "any proof of timely filing to:"),
        ("lines", addr),
        ("p", "Urgent appeals: call 1-555-0191; they are decided within 72 hours."),
        ("small", FIC),
    ]
    return dict(n=12, slug="student-plan-ketamine-filed-late-page-on-laptop-keyboard-photo", lang="en", kind="jpeg",
                device="keyboard", style=dict(size=29), blocks=blocks, extra_text=[],
                name="Tobias Nakamura-Reyes", member="RUS2026-048812", claim="MMS-0026-77314", notice=nd,
                service=sd, proc=["96365", "J3490"], dx=["F33.2"], carc=["CO-29"], cat="timely_filing",
                plan="individual_aca", urgent=False,
                window=("days", 180, "You may appeal within 180 days of receiving this notice"), addr=addr,
                notice_label="Mailing date:", notice_fmt=us, service_fmt=us,
                cat_ev="filed within 90 days after the date of service",
                plan_ev="Student Health Insurance Plan",
                traps=["900417255", "10/28/2026", "72 hours", "90 days"],
                note="A student health insurance plan's claim determination: IV ketamine on 2 days in June (96365, "
                     "J3490; F33.2), filed late (CO-29): timely_filing. Stated 180 days. Photographed lying half on "
                     "a laptop's keyboard, the keys pressing ridges into the lower part.")


# ------------------------------------------------------------------ 13 (es)
def c13():
    nd = D("2026-11-25")
    addr = ["Plan de Salud Sol del Valle", "Atención: Unidad de Apelaciones", "2400 Avenida Central SE",
            "Edificio B", "Albuquerque, NM 87106"]
    glosses = [("g1", "date = Nov 25 - birthday same day!"), ("g2", "denied 10 more days of PHP"),
               ("g3", "FAST decision (72 hrs)"), ("g4", "appeal by 1/24 - call 555-0130")]
    blocks = [
        ("lines", ["Plan de Salud Sol del Valle (FICTICIO)",
                   "Plan de atención administrada de Medicaid de Nuevo México  -  1-555-0130"]),
        ("title", "AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS"),
        ("small", FICES),
        ("kv", [("Fecha:", es(nd)), ("Miembro:", "María Guadalupe Ibarra Treviño"),
                ("Número de miembro del plan:", "SDV-3308-1174"), ("Número de Medicaid:", "600217733"),
                ("Fecha de nacimiento:", "25/11/1968"), ("Número de autorización:", "AUT-26-114409")]),
        ("mark", "g1"), ("sp", 40),
        ("p", "Su proveedor, Centro de Salud Mental Los Álamos, nos pidió aprobar 10 días más de hospitalización "
              "parcial psiquiátrica (código H0035) a partir del 30 de noviembre de 2026, para el diagnóstico F33.2. "
              "Hemos negado esta solicitud."),
        ("mark", "g2"), ("sp", 40),
        ("p", "Tomamos esta decisión de forma acelerada (rápida), dentro de 72 horas, porque su proveedor nos dijo "
              "que esperar podía poner en grave peligro su salud."),
        ("h", "Por qué negamos el servicio"),
        ("p", "Nuestro médico revisor determinó que el servicio no es médicamente necesario en este momento. Sus "
              "registros muestran que ya no tiene pensamientos de hacerse daño, que asiste al programa todos los "
              "días y que su ánimo ha mejorado. Puede seguir su tratamiento en un programa intensivo ambulatorio."),
        ("mark", "g3"), ("sp", 40),
        ("h", "Su derecho a apelar"),
        ("p", "Tiene 60 días calendario a partir de la fecha de este aviso para pedir una apelación. Puede pedirla "
              "por teléfono o por escrito. Si necesita una decisión rápida, llámenos."),
        ("mark", "g4"), ("sp", 40),
        ("lines", ["Envíe su apelación por escrito a:", "Plan de Salud Sol del Valle", "Atención: Unidad de Apelaciones",
                   "2400 Avenida Central SE, Edificio B", "Albuquerque, NM 87106"]),
        ("p", "Continuación de beneficios: si ya recibe este servicio y quiere seguir recibiéndolo durante la "
              "apelación, debe apelar dentro de 10 días a partir de la fecha de este aviso."),
        ("p", "Audiencia imparcial estatal: si mantenemos nuestra decisión, puede pedir una audiencia imparcial "
              "estatal dentro de 120 días a partir de la fecha de nuestra decisión sobre la apelación. Escriba a la "
              "Oficina de Audiencias Imparciales (dirección de muestra), Apartado Postal 2348, Santa Fe, NM 87504."),
    ]
    return dict(n=13, slug="es-medicaid-managed-care-php-expedited-english-notes-between-lines-photo", lang="es",
                kind="jpeg", device="interlinear", style=dict(size=28), blocks=blocks, glosses=glosses,
                extra_text=[g for _, g in glosses],
                name="María Guadalupe Ibarra Treviño", member="SDV-3308-1174", claim="AUT-26-114409", notice=nd,
                service=[], proc=["H0035"], dx=["F33.2"], carc=None, cat="medical_necessity", plan="medicaid",
                urgent=True,
                window=("days", 60, "Tiene 60 días calendario a partir de la fecha de este aviso para pedir una apelación"),
                addr=addr, notice_label="Fecha:", notice_fmt=es, service_fmt=dmy,
                cat_ev="no es médicamente necesario", plan_ev="Plan de atención administrada de Medicaid",
                urgent_ev="Tomamos esta decisión de forma acelerada",
                traps=["600217733", "25/11/1968", "72 horas", "10 días", "120 días", "Apartado Postal 2348",
                       "appeal by 1/24 - call 555-0130", "30 de noviembre de 2026"],
                note="A Medicaid managed-care notice of adverse benefit determination in Spanish, decided on an "
                     "expedited basis: 10 more days of partial hospitalization (H0035; F33.2): medical_necessity; "
                     "urgent. The date of birth 25/11/1968 shares the notice's day and month. Stated 60 días. "
                     "Photographed with a relative's English notes handwritten in blue between the lines.")


# ------------------------------------------------------------------ 14 (es)
def c14():
    nd = D("2026-11-13")
    sd = [D("2026-10-19"), D("2026-10-20"), D("2026-10-21"), D("2026-10-22"), D("2026-10-23")]
    addr = ["Plan Infantil Cumbres CHIP", "Atención: Apelaciones de Miembros", "Apartado Postal 6120",
            "Denver, CO 80206"]
    blocks = [
        ("lines", ["Plan Infantil Cumbres CHIP (FICTICIO)",
                   "Programa de Seguro Médico para Niños (CHIP) de Colorado, aparte de Medicaid  -  1-555-0140"]),
        ("title", "Aviso de denegación de reclamo"),
        ("small", FICES),
        ("kv", [("Fecha:", es(nd)), ("Miembro:", "Sofía Elena Paredes Quintero"),
                ("Número de identificación del miembro:", "PIC-0098-2231"),
                ("Padre, madre o tutor:", "Lucía Quintero Arce"), ("Número de reclamo:", "RCL 2611 0457 88"),
                ("Proveedor:", "Programa Intensivo Juvenil Montaña Azul")]),
        ("p", "Recibimos el reclamo de su proveedor por tratamiento psiquiátrico intensivo ambulatorio (código S9480, "
              "diagnóstico F32.2) de los días 19, 20, 21, 22 y 23 de octubre de 2026. No podemos pagar este reclamo."),
        ("table", ["Fecha (día/mes/año)", "Código", "Diagnóstico", "Cargo", "Pagado", "Código de ajuste"],
         [[dmy(d), "S9480", "F32.2", "$325.00", "$0.00", "CO-197"] for d in sd]),
        ("p", "Motivo: este servicio necesita autorización previa del plan. No recibimos una solicitud de "
              "autorización de su proveedor antes de que empezara el tratamiento (código de ajuste CO-197)."),
        ("h", "Cómo apelar"),
        ("p", "Usted, o alguien que actúe en nombre de su hijo o hija, puede pedir una apelación dentro de 60 días "
              "a partir de la fecha de este aviso. Envíe la apelación a:"),
        ("lines", addr),
        ("p", "Si no está de acuerdo con nuestra decisión sobre la apelación, puede pedir una revisión del estado. "
              "Ese paso tiene su propio plazo, que le daremos en la carta de decisión. No envíe apelaciones al "
              "Apartado Postal 6100: es solo para reclamos."),
    ]
    return dict(n=14, slug="es-chip-iop-five-days-no-authorization-green-stamp-struck-twice-image-pdf", lang="es",
                kind="pdf_img", device="double_stamp", style=dict(size=28), blocks=blocks,
                stamp=["RECIBIDO", "18 NOV 2026", "Defensoría Infantil Comunitaria (FICTICIO)"],
                stamp_xy=(1060, 20),
                extra_text=["RECIBIDO", "18 NOV 2026", "Defensoría Infantil Comunitaria (FICTICIO)"],
                name="Sofía Elena Paredes Quintero", member="PIC-0098-2231", claim="RCL 2611 0457 88", notice=nd,
                service=sd, proc=["S9480"], dx=["F32.2"], carc=["CO-197"], cat="prior_authorization", plan="chip",
                urgent=False,
                window=("days", 60, "puede pedir una apelación dentro de 60 días a partir de la fecha de este aviso"),
                addr=addr, notice_label="Fecha:", notice_fmt=es, service_fmt=dmy,
                cat_ev="necesita autorización previa", plan_ev="Programa de Seguro Médico para Niños (CHIP)",
                traps=["Lucía Quintero Arce", "18 NOV 2026", "Apartado Postal 6100"],
                note="A separate CHIP's claim denial in Spanish for a child: intensive outpatient treatment on 5 days "
                     "(S9480; F32.2), written both as a list of days and as a day-first table, without prior "
                     "authorization (CO-197): prior_authorization. Stated 60 días. A colour scan saved to PDF "
                     "(image only) with a green received stamp struck twice.")


# ------------------------------------------------------------------ 15 (es)
def c15():
    nd, sd = D("2026-11-04"), [D("2026-10-06"), D("2026-10-09"), D("2026-10-13")]
    addr = ["Vida Dorada Medicare Advantage", "Departamento de Apelaciones y Quejas", "1500 NW 107th Ave",
            "Suite 400", "Miami, FL 33172"]
    rows = []
    for d in sd:
        rows.append([dmy(d), "90870", "F33.3", "Terapia electroconvulsiva, una sesión", "$890.00", "CO-50"])
        rows.append([dmy(d), "00104", "F33.3", "Anestesia para esa terapia", "$410.00", "CO-50"])
    blocks = [
        ("lines", ["Vida Dorada Medicare Advantage HMO (FICTICIO)",
                   "Un plan Medicare Advantage  -  1-555-0145  -  TTY 711"]),
        ("title", "Aviso de denegación de pago"),
        ("small", FICES),
        ("kv", [("Fecha de este aviso:", es(nd)), ("Nombre del miembro:", "Rafael Antonio Domínguez Soler"),
                ("Número de miembro:", "VD 7720 4415 3"), ("Número de Medicare:", "6JR2-MX4-EA93"),
                ("Número de reclamo:", "2610-7788-1045"),
                ("Proveedor:", "Hospital Bahía Serena, Unidad de Neuromodulación")]),
        ("small", "Las fechas están en formato día/mes/año."),
        ("table", ["Fecha", "Código", "Diagnóstico", "Servicio", "Cobrado", "Código de ajuste"], rows),
        ("p", "Motivo: después de revisar los expedientes médicos, nuestro médico revisor determinó que estas "
              "sesiones de mantenimiento no eran médicamente necesarias, porque los registros no muestran una "
              "recaída ni un plan para espaciar las sesiones (código CO-50)."),
        ("h", "Su derecho a apelar"),
        ("p", "Si no está de acuerdo, puede pedir una apelación del plan (reconsideración). Debe pedirla dentro de "
              "los 65 días a partir de la fecha de este aviso. Envíe su solicitud por escrito a:"),
        ("lines", ["Vida Dorada Medicare Advantage", "Departamento de Apelaciones y Quejas",
                   "1500 NW 107th Ave, Suite 400", "Miami, FL 33172"]),
        ("p", "Oficina de reclamos (no para apelaciones): 8200 NW 33rd St, Doral, FL 33122."),
    ]
    return dict(n=15, slug="es-medicare-advantage-payment-denial-ect-three-days-on-hospital-tray-table-photo",
                lang="es", kind="jpeg", device="tray", style=dict(size=27), blocks=blocks, extra_text=[],
                name="Rafael Antonio Domínguez Soler", member="VD 7720 4415 3", claim="2610-7788-1045", notice=nd,
                service=sd, proc=["90870", "00104"], dx=["F33.3"], carc=["CO-50"], cat="medical_necessity",
                plan="medicare_advantage", urgent=False,
                window=("days", 65, "Debe pedirla dentro de los 65 días a partir de la fecha de este aviso"),
                addr=addr, notice_label="Fecha de este aviso:", notice_fmt=es, service_fmt=dmy,
                cat_ev="no eran médicamente necesarias", plan_ev="Un plan Medicare Advantage",
                traps=["6JR2-MX4-EA93", "8200 NW 33rd St"],
                note="A Medicare Advantage notice of denial of payment in Spanish: maintenance ECT with its "
                     "anesthesia on 3 days (90870, 00104; F33.3), day-first table: medical_necessity (CO-50). Stated "
                     "65 días. Photographed on a hospital overbed tray table.")


# ------------------------------------------------------------------ 16 (es)
def c16():
    nd, sd = D("2026-12-02"), [D("2026-10-20"), D("2026-10-23")]
    addr = ["Contratista de Medicare Región Sur", "Redeterminaciones de la Parte B", "Apartado Postal 100306",
            "Columbia, SC 29202-3306"]
    rows = []
    for d in sd:
        rows.append([dmy(d), "Infusión intravenosa de un medicamento, primera hora (96365)", "No", "$0.00", "A"])
        rows.append([dmy(d), "Medicamento sin código propio: ketamina (J3490)", "No", "$0.00", "A"])
    blocks = [
        ("title", "Resumen de Medicare para la Parte B (Seguro Médico)"),
        ("small", FICES + " No es un aviso real de Medicare."),
        ("cols",
         [("lines", ["Aviso para JOSEFINA M. ECHEVERRÍA LUNA", "4410 Calle Mesquite", "El Paso, TX 79924"]),
          ("kv", [("Número de Medicare:", "2HV4-YC8-NR15"), ("Fecha del aviso:", es(nd)),
                  ("Reclamaciones procesadas entre:", "el 1 de septiembre y el 30 de noviembre de 2026")])],
         [("h", "Estado de su deducible"),
          ("p", "Ya pagó el deducible de la Parte B de 2026."),
          ("h", "¡Manténgase informado!"),
          ("p", "Compare este resumen con las facturas y los recibos de sus proveedores.")]),
        ("h", "Sus reclamaciones y costos en este período"),
        ("table", ["Proveedor", "Número de reclamación", "Fechas de servicio", "¿Aprobado?"],
         [["Clínica Psiquiátrica Río Grande", "0526 2991 3307 0", "15/09/2026", "Sí"],
          ["Centro de Infusiones El Paso Norte", "0526 3055 0982 0", "20/10/2026 - 23/10/2026", "No"]]),
        ("small", "Las fechas están en formato día/mes/año."),
        ("h", "Reclamación número 0526 3055 0982 0 - Centro de Infusiones El Paso Norte, 1-555-0147"),
        ("table", ["Fecha de servicio", "Servicio y código", "¿Aprobado?", "Máximo que le pueden facturar", "Notas"],
         rows),
        ("p", "Nota A: Medicare no paga este servicio porque el contratista determinó que no era razonable ni "
              "necesario para su condición, según los registros que envió el proveedor."),
        ("h", "Reclamación número 0526 2991 3307 0 - Clínica Psiquiátrica Río Grande"),
        ("table", ["Fecha de servicio", "Servicio y código", "¿Aprobado?", "Máximo que le pueden facturar", "Notas"],
         [["15/09/2026", "Consulta de seguimiento con el psiquiatra (99214)", "Sí", "$31.20", ""]]),
        ("h", "Cómo presentar una apelación"),
        ("p", "Si no está de acuerdo con una decisión de este resumen, puede apelar. Medicare debe recibir su "
              "apelación a más tardar el 6 de abril de 2027. Marque con un círculo los servicios con los que no "
              "está de acuerdo, explique por qué, firme y envíe este resumen o una copia a:"),
        ("lines", addr),
        ("p", "Para preguntas (no para apelaciones), escriba al Apartado Postal 100190 o llame al 1-555-0148."),
    ]
    return dict(n=16, slug="es-medicare-summary-notice-two-claims-ketamine-text-pdf", lang="es", kind="pdf",
                blocks=blocks, extra_text=[],
                name="JOSEFINA M. ECHEVERRÍA LUNA", member="2HV4-YC8-NR15", claim="0526 3055 0982 0", notice=nd,
                service=sd, proc=["96365", "J3490"], dx=None, carc=None, cat="medical_necessity", plan="medicare",
                urgent=False,
                window=("date", D("2027-04-06"), "Medicare debe recibir su apelación a más tardar el 6 de abril de 2027"),
                addr=addr, notice_label="Fecha del aviso:", notice_fmt=es, service_fmt=dmy,
                cat_ev="no era razonable ni necesario", plan_ev="Resumen de Medicare para la Parte B",
                traps=["0526 2991 3307 0", "99214", "15/09/2026", "Apartado Postal 100190",
                       "30 de noviembre de 2026"],
                note="An Original Medicare summary notice in Spanish (text PDF) with two claims, one denied: IV "
                     "ketamine on 2 days (96365, J3490), not reasonable and necessary: medical_necessity. Day-first "
                     "dates, said so. No diagnosis code or CARC printed. Stated date 6 de abril de 2027.")


# ------------------------------------------------------------------ 17 (es)
def c17():
    nd = D("2026-11-20")
    addr = ["Plan Desierto Azul", "Atención: Apelaciones Internas", "3030 N Central Ave", "Piso 9",
            "Phoenix, AZ 85012"]
    blocks = [
        ("title", "Aviso de determinación adversa de beneficios"),
        ("p", "Plan Desierto Azul Bronce 6500 - plan individual comprado en el Mercado de Seguros Médicos de "
              "Arizona. " + FICES),
        ("kv", [("Fecha de la determinación (dd/mm/aaaa):", dmy(nd)),
                ("Asegurado(a):", "Carmen Iris Velázquez Ortega"), ("ID de miembro:", "DAZ 88120 4471"),
                ("Número de solicitud:", "SOL-2611-00945"), ("Médica que la pidió:", "Dra. Inés Valdivia Ruiz")]),
        ("p", "Su médica pidió autorización para esketamina en aerosol nasal (J0013), 84 mg dos veces por semana "
              "durante cuatro semanas, con observación clínica después de cada dosis (99415), para el diagnóstico "
              "F33.2."),
        ("h", "Nuestra decisión"),
        ("p", "Negamos la solicitud. Nuestra política de medicamentos exige terapia escalonada: antes de cubrir la "
              "esketamina, usted debe haber probado sin éxito al menos dos antidepresivos orales de clases "
              "distintas y un medicamento de refuerzo. Sus registros muestran dos antidepresivos, pero ningún "
              "medicamento de refuerzo."),
        ("h", "Su derecho a apelar"),
        ("p", "Puede pedir una apelación interna dentro de 180 días a partir de la fecha en que reciba este aviso. "
              "Envíe su apelación por correo a:"),
        ("lines", ["Plan Desierto Azul", "Atención: Apelaciones Internas", "3030 N Central Ave, Piso 9",
                   "Phoenix, AZ 85012"]),
        ("p", "Si su situación es urgente, pida una apelación acelerada: la decidimos en 72 horas. Después de la "
              "apelación interna, puede pedir una revisión externa independiente dentro de 4 meses. Preguntas: "
              "1-555-0177."),
    ]
    return dict(n=17, slug="es-marketplace-spravato-step-therapy-plan-email-eml", lang="es", kind="eml",
                blocks=blocks, extra_text=[],
                eml=dict(frm="Plan Desierto Azul <avisos@desiertoazul.example>",
                         to="Carmen Iris Velázquez Ortega <carmen.velazquez@correo.example>",
                         date="Sat, 21 Nov 2026 07:15:00 -0700",
                         subject="Aviso importante sobre su solicitud de autorización SOL-2611-00945",
                         intro=None, fwd=None),
                name="Carmen Iris Velázquez Ortega", member="DAZ 88120 4471", claim="SOL-2611-00945", notice=nd,
                service=[], proc=["J0013", "99415"], dx=["F33.2"], carc=None, cat="step_therapy",
                plan="individual_aca", urgent=False,
                window=("days", 180, "Puede pedir una apelación interna dentro de 180 días a partir de la fecha en que reciba este aviso"),
                addr=addr, notice_label="Fecha de la determinación (dd/mm/aaaa):", notice_fmt=dmy, service_fmt=dmy,
                cat_ev="terapia escalonada", plan_ev="Mercado de Seguros Médicos",
                traps=["21 Nov 2026", "72 horas", "4 meses"],
                note="A Marketplace plan's own e-mail in Spanish (HTML and plain parts) carrying its adverse benefit "
                     "determination, request before care: esketamine nasal spray with observation (J0013, 99415; "
                     "F33.2) behind step therapy: step_therapy. The notice's date is day first and says so; the "
                     "Date header is the next day. Stated 180 días.")


# ------------------------------------------------------------------ 18 (es)
def c18():
    nd, sd = D("2026-11-17"), [D("2026-10-06"), D("2026-10-13"), D("2026-10-20")]
    addr = ["Aseguradora Horizonte Médico", "Atención: Apelaciones de Grupo", "P.O. Box 660217",
            "Dallas, TX 75266-0217"]
    blocks = [
        ("title", "EXPLICACIÓN DE BENEFICIOS (EOB) - ESTO NO ES UNA FACTURA"),
        ("p", "Aseguradora Horizonte Médico - Plan de salud de grupo asegurado de su empleador, Constructora Del "
              "Río, S.A. " + FICES),
        ("p", "Todas las fechas de este documento están en formato DD/MM/AAAA."),
        ("kv", [("Fecha de la EOB:", dmy(nd)), ("Titular del plan:", "Armando Fuentes Olvera"),
                ("ID del titular:", "HMX-447201-01"), ("Paciente:", "Diego Fuentes Ríos"),
                ("ID del paciente:", "HMX-447201-03"), ("Número de reclamo:", "HM-26-3184-0072"),
                ("Grupo:", "G-55120"), ("Proveedor:", "Centro Bienestar Integral Tepeyac")]),
        ("table", ["Fecha", "Código", "Diagnóstico", "Cargo", "Permitido", "Pagado", "Ajuste"],
         [[dmy(sd[0]), "90837", "F41.1", "$160.00", "$120.00", "$96.00", "PR-2"]]
         + [[dmy(d), "90901", "F41.1", "$120.00", "$0.00", "$0.00", "CO-204"] for d in sd]),
        ("p", "CO-204: La biorretroalimentación (neurofeedback) para la ansiedad no es un beneficio cubierto por su "
              "plan. La sección de exclusiones de su certificado de cobertura excluye este tratamiento. PR-2: su "
              "coseguro por la sesión de psicoterapia."),
        ("h", "DERECHO DE APELACIÓN"),
        ("p", "Si no está de acuerdo, puede presentar una apelación por escrito dentro de los 180 días siguientes a "
              "la fecha en que reciba esta notificación. Envíela a:"),
        ("lines", addr),
        ("p", "Reclamos nuevos: P.O. Box 660100 (no envíe apelaciones allí). Preguntas: 1-555-0188."),
    ]
    return dict(n=18, slug="es-insured-employer-eob-neurofeedback-excluded-plain-text", lang="es", kind="txt",
                blocks=blocks, extra_text=[],
                name="Diego Fuentes Ríos", member="HMX-447201-03", claim="HM-26-3184-0072", notice=nd, service=sd,
                proc=["90901"], dx=["F41.1"], carc=["CO-204"], cat="not_covered", plan="employer_erisa",
                urgent=False,
                window=("days", 180, "dentro de los 180 días siguientes a la fecha en que reciba esta notificación"),
                addr=addr, notice_label="Fecha de la EOB:", notice_fmt=dmy, service_fmt=dmy,
                cat_ev="no es un beneficio cubierto", plan_ev="Plan de salud de grupo asegurado de su empleador",
                traps=["Armando Fuentes Olvera", "HMX-447201-01", "G-55120", "90837", "PR-2", "P.O. Box 660100"],
                note="An insured employer group plan's EOB in Spanish as plain text, day-first dates said so: "
                     "neurofeedback on 3 days (90901; F41.1) excluded (CO-204): not_covered; a paid psychotherapy "
                     "line (90837, PR-2) on the first day. The patient is the subscriber's son (-03). Stated 180 "
                     "días.")


CASES = [c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13, c14, c15, c16, c17, c18]
