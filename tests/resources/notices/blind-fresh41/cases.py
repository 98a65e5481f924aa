"""The 18 notices of blind intake set 41. EVERYTHING HERE IS FICTIONAL: people, plans, providers, numbers and
addresses are invented; phones are 1-555-01xx, e-mail and web addresses .example. Codes by number only; the
services are described in my own words.

Blocks: ("lines", [..]), ("title", s), ("h", s), ("p", s), ("kv", [(label, value)..], pairs_per_row),
("table", [headers], [[cells]..]), ("cols", [blocks], [blocks]), ("sp",), ("small", s).
"""
from dates import D, us, dmy, long, mil, es

F_EN = "FICTIONAL SAMPLE - every person, plan, number and address in this notice is invented."
F_ES = "MUESTRA FICTICIA: todas las personas, planes, números y direcciones de este aviso son inventados."


def c01():
    nd = D(2026, 11, 24)
    addr = ["Harborview Senior Rx", "Attn: Part D Redeterminations", "PO Box 77302", "Louisville, KY 40277"]
    basis = "You must ask for a redetermination within 65 days from the date of this notice"
    blocks = [
        ("lines", ["Corvane Pharmacy Solutions", "Pharmacy benefit manager for Harborview Senior Rx (PDP)",
                   "PO Box 40118", "Scottsdale, AZ 85261"]),
        ("title", "Notice of Denial of Medicare Prescription Drug Coverage"),
        ("small", F_EN),
        ("kv", [("Enrollee:", "Walter J. Brannigan"), ("Plan member ID:", "HVR-77312094"),
                ("Medicare Number:", "4WN7-HX2-RT58"), ("Date of notice:", us(nd)),
                ("Case number:", "CD-2611-48337"), ("Date of birth:", "02/14/1951"),
                ("Request received:", "11/19/2026"), ("Type of review:", "Standard")], 2),
        ("h", "What you asked for"),
        ("table", ["Drug requested", "Strength and form", "Quantity", "Prescriber", "Diagnosis given"],
         [["Auvelity (dextromethorphan-bupropion)", "45 mg-105 mg extended-release tablet",
           "60 tablets per 30 days", "Imelda Castro, MD", "F33.1"]]),
        ("h", "What we decided"),
        ("p", "We denied your request for a formulary exception. The drug you asked for is not on our Drug List "
              "(formulary). We can cover a drug that is not on the Drug List only when your prescriber tells us "
              "why the drugs that are on it would not work as well for you or would harm you. The statement we "
              "received did not give that information for the drugs in the table below."),
        ("table", ["What the plan looks for", "What we received"],
         [["Trial of at least two Drug List antidepressants, or a reason they cannot be used",
           "One trial documented (sertraline, 10 weeks)"],
          ["Prescriber statement explaining why the Drug List drugs are not right for you",
           "Statement received, no reason given for bupropion XL or duloxetine"]]),
        ("h", "Drugs on our Drug List you may be able to use"),
        ("table", ["Drug List drug", "Tier", "Limits"],
         [["bupropion XL", "1", "None"], ["duloxetine", "1", "None"], ["escitalopram", "1", "None"]]),
        ("h", "You have the right to ask us to review this decision"),
        ("p", "If you disagree, you can ask us for a redetermination (an appeal). " + basis + ". We can give "
              "you more time if you have a good reason for missing the deadline."),
        ("table", ["Kind of redetermination", "When we decide"],
         [["Standard", "within 7 days after we get your request"],
          ["Fast (expedited), if waiting could seriously harm your health", "within 72 hours"]]),
        ("h", "Where to send your request"),
        ("p", "Mail your written request for a redetermination to the address below. It is not the address at "
              "the top of this letter, which is our pharmacy benefit manager's mail center."),
        ("lines", addr),
        ("kv", [("Fax:", "1-555-0142"), ("Member Services (TTY 711):", "1-555-0143")], 2),
        ("p", "You may also call us at 1-555-0143, 8 a.m. to 8 p.m., seven days a week, to ask for a fast "
              "redetermination. You can name someone, such as a relative or your doctor, to act for you."),
        ("small", "Harborview Senior Rx is a Medicare prescription drug plan (PDP). " + F_EN),
    ]
    return dict(n=1, slug="part-d-pbm-formulary-exception-denied-shaded-grid-text-pdf", kind="pdf", lang="en",
                blocks=blocks,
                key=dict(patient_name="Walter J. Brannigan", member_id="HVR-77312094", claim_number="CD-2611-48337",
                         notice_date=nd, diagnosis_codes=["F33.1"], denial_category="not_covered",
                         plan_type="medicare_part_d", urgent=False),
                nd=("Date of notice:", us(nd)), window=("days", 65, basis), addr=addr,
                ev=dict(category="not on our Drug List", plan="Medicare prescription drug plan"),
                traps=["4WN7-HX2-RT58", "02/14/1951", "11/19/2026", "72 hours", "PO Box 40118",
                       "Corvane Pharmacy Solutions"],
                note="A Part D plan's coverage determination, sent by its pharmacy benefit manager: a formulary "
                     "exception for Auvelity (F33.1) denied, the drug not on the Drug List: not_covered. Text PDF "
                     "built of shaded grids. Stated 65 days. The appeals address (the plan's) differs from the "
                     "return address (the PBM's). No procedure code or service date is printed. Traps: the "
                     "Medicare Number, DOB, received date, 72 hours, the PBM's box.")


def c02():
    nd = D(2026, 11, 30)
    addr = ["Ardent Rx Benefit Services", "Attn: Clinical Appeals Dept.", "1450 Meridian Parkway",
            "Mail Stop 4C", "Franklin, TN 37067"]
    basis = "You have 180 days from the date you receive this letter to file an appeal"
    letter = [
        "ARDENT RX BENEFIT SERVICES",
        "PO Box 25190, Lehigh Valley, PA 18002",
        F_EN,
        "",
        "Date of letter: " + long(nd),
        "Member: Lena Marchetti",
        "Member ID: KWH-588201-37",
        "Plan: Kestrel Works Employee Health Plan (a self-funded group health",
        "      plan governed by ERISA; Ardent Rx manages its pharmacy benefit)",
        "Reference #: 26-1130-RX-05218",
        "Drug requested: Spravato (esketamine) nasal spray, 84 mg dose kit",
        "Diagnosis on the request: F33.2",
        "Prescriber: Miriam Feld, MD",
        "",
        "DECISION: DENIED - STEP THERAPY REQUIREMENT NOT MET",
        "Your plan covers Spravato only after a member has tried two",
        "antidepressants from different classes, each for at least 6 weeks,",
        "and one augmentation medicine. The records we received show one",
        "antidepressant (escitalopram, 8 weeks) and no augmentation trial.",
        "If your prescriber sends records of the other trials, or the reason",
        "you cannot take them, we will look at the request again.",
        "",
        "HOW TO APPEAL: " + basis + ".",
        "Send your written appeal and any records to:",
        "    " + addr[0],
        "    " + addr[1],
        "    " + addr[2] + ", " + addr[3],
        "    " + addr[4],
        "    Fax: 1-555-0129",
        "We decide a standard appeal within 30 days. If your doctor says that",
        "waiting could seriously harm your health, ask for an urgent appeal;",
        "we decide it within 72 hours. After our final decision you may ask",
        "for an independent external review within 4 months.",
    ]
    quoted_letter = "\n".join(("> " + l).rstrip() for l in letter)
    body = (
        "Hi Lena,\n\n"
        "Thanks for sending this. I checked with the plan's administrator: the letter\n"
        "below is the plan's official denial, and the appeal goes to Ardent Rx's\n"
        "clinical appeals team at the street address in the letter, not to HR and not\n"
        "to the PO box at the top of the letter. The date that counts is the date\n"
        "printed on their letter, not the day it reached you or the day you sent it\n"
        "to me.\n\n"
        "If Dr. Feld thinks waiting would put your health at serious risk, she can\n"
        "ask for an urgent appeal; otherwise the standard appeal is fine.\n\n"
        "Dana Whitfield\nBenefits Specialist, Kestrel Works (FICTIONAL)\n1-555-0117\n\n"
        "On Tue, Dec 1, 2026 at 9:14 AM Lena Marchetti <lena.marchetti@mailbox.example> wrote:\n"
        "> Hi Dana,\n"
        "> The pharmacy people turned down my Spravato. The scanner at home is\n"
        "> broken, so I typed the letter out below word for word. Is this really\n"
        "> it? My employee ID is E-44817 if you need it.\n"
        "> Lena\n>\n"
        "> ----- letter, typed out -----\n"
        + quoted_letter + "\n"
        "> ----- end of letter -----\n>\n"
        "> On Mon, Nov 30, 2026 at 4:02 PM Dana Whitfield <benefits@kestrelworks.example> wrote:\n"
        ">> Hi Lena, please send me the letter from Ardent when it comes and I will\n"
        ">> look at it with you.\n"
    )
    return dict(n=2, slug="self-funded-pbm-spravato-step-therapy-quoted-reply-plain-eml", kind="eml", lang="en",
                blocks=None, body=body,
                headers={"From": "Dana Whitfield <benefits@kestrelworks.example>",
                         "To": "Lena Marchetti <lena.marchetti@mailbox.example>",
                         "Date": "Thu, 03 Dec 2026 16:22:05 -0700",
                         "Subject": "RE: Spravato denied - what do I do? (ref 26-1130-RX-05218)",
                         "Message-ID": "<41-02-reply@kestrelworks.example>",
                         "In-Reply-To": "<41-02-first@mailbox.example>"},
                key=dict(patient_name="Lena Marchetti", member_id="KWH-588201-37",
                         claim_number="26-1130-RX-05218", notice_date=nd, diagnosis_codes=["F33.2"],
                         denial_category="step_therapy", plan_type="employer_erisa", urgent=False),
                nd=("Date of letter:", long(nd)), window=("days", 180, basis), addr=addr,
                ev=dict(category="STEP THERAPY", plan="self-funded group health"),
                traps=["E-44817", "Dec 1, 2026", "Nov 30, 2026", "03 Dec 2026", "PO Box 25190", "72 hours",
                       "4 months", "Dana Whitfield"],
                note="A self-funded employer plan's PBM denies Spravato for step therapy (F33.2): step_therapy. "
                     "A plain-text e-mail: the benefits specialist's reply quoting the member's message, which "
                     "holds the letter typed out, and under it an earlier message quoted twice. No procedure "
                     "code or service date is printed (pharmacy benefit, before care). Stated 180 days from "
                     "receipt. Traps: the e-mail dates, the employee ID, the PBM's PO box, 72 hours, 4 months.")


def c03():
    nd = D(2026, 11, 25)
    addr = ["Eastline Health Partners", "TRICARE East Reconsiderations", "PO Box 8845", "Columbia, SC 29202"]
    basis = "Your request for reconsideration must be postmarked or received within 90 days of the date of this notice"
    blocks = [
        ("lines", ["Eastline Health Partners", "Regional contractor, TRICARE East (FICTIONAL SAMPLE)",
                   "200 Gervais Street", "Columbia, SC 29201"]),
        ("title", "Notice of Adverse Determination: Prior Authorization"),
        ("kv", [("Date of this notice:", mil(nd)), ("Authorization ref.:", "EHP-ECT-26-330917"),
                ("Beneficiary:", "Rosalind K. Teague"), ("DoD Benefits Number:", "30418827516"),
                ("Sponsor:", "CDR Martin Teague, USN"), ("Sponsor DoD ID:", "1284459021"),
                ("Program:", "TRICARE Prime"), ("Review type:", "Expedited")], 2),
        ("p", "Dear Mrs. Teague,"),
        ("p", "On 23 Nov 2026 your psychiatrist, Dr. Anselm Whitcombe, asked us to approve eight more sessions "
              "of maintenance electroconvulsive therapy (ECT) with anesthesia, for major depressive disorder, "
              "recurrent, severe (F33.2), beginning 1 Dec 2026. He told us that a delay could seriously harm "
              "your health, so we reviewed the request on an expedited basis."),
        ("table", ["Service", "Code", "Asked for", "Approved", "Decision"],
         [["Maintenance ECT", "90870", "8 sessions", "0", "Denied"],
          ["Anesthesia for ECT", "00104", "8 sessions", "0", "Denied"]]),
        ("p", "Why we denied it: a psychiatrist who reviews for us found the sessions not medically necessary. "
              "The records show you have been in remission since September, with stable scores at the last "
              "three visits, and they give no sign of early relapse or of the monthly spacing your doctor "
              "described. This is a decision about coverage, not about the care you and your doctor choose."),
        ("h", "Your right to ask for reconsideration"),
        ("p", "If you disagree, you or your provider may ask us to reconsider. " + basis + ". Mail or fax "
              "your request and any records to:"),
        ("lines", addr),
        ("p", "Fax: 1-555-0151. Please do not send it to our Gervais Street office shown at the top of this "
              "letter."),
        ("p", "To have your reconsideration decided fast, ask within 3 calendar days after you receive this "
              "notice and tell us why. Free help: the Beneficiary Counseling and Assistance Coordinator at "
              "your military hospital or clinic, 1-555-0152."),
        ("small", F_EN),
    ]
    return dict(n=3, slug="tricare-prime-ect-prior-auth-expedited-mixed-light-hospital-tray-photo-jpg",
                kind="img", device="mixed_light", ext="jpg", lang="en", blocks=blocks,
                key=dict(patient_name="Rosalind K. Teague", member_id="30418827516",
                         claim_number="EHP-ECT-26-330917", notice_date=nd, procedure_codes=["90870", "00104"],
                         diagnosis_codes=["F33.2"], denial_category="medical_necessity", plan_type="tricare",
                         urgent=True),
                nd=("Date of this notice:", mil(nd)), window=("days", 90, basis), addr=addr,
                ev=dict(category="not medically necessary", plan="TRICARE Prime",
                        urgent="reviewed the request on an expedited basis"),
                traps=["1284459021", "CDR Martin Teague, USN", "23 Nov 2026", "1 Dec 2026", "3 calendar days",
                       "200 Gervais Street"],
                note="A TRICARE regional contractor's expedited prior-authorization denial: maintenance ECT with "
                     "anesthesia (90870, 00104; F33.2) not medically necessary, urgent. Photographed on a "
                     "hospital overbed tray lit warm from the left and by a cold window from the right (split "
                     "white balance). Stated 90 days. Appeals box differs from the letterhead office. Traps: the "
                     "sponsor and his DoD ID, the request and start dates, 3 calendar days.")


def c04():
    nd = D(2026, 11, 27)
    addr = ["TRICARE Claims Appeals", "c/o Westfork Benefit Services", "PO Box 202118", "Florence, SC 29502"]
    basis = "Your request must be postmarked or received within 90 days from the date of this EOB"
    blocks = [
        ("lines", ["Westfork Benefit Services", "TRICARE claims processing (FICTIONAL SAMPLE)", "PO Box 7031",
                   "Camden, SC 29020"]),
        ("title", "TRICARE Explanation of Benefits"),
        ("small", "This is not a bill. " + F_EN),
        ("kv", [("Date of this EOB:", long(nd)), ("Claim number:", "2026 331 08814 00"),
                ("Patient:", "Dominic A. Ferreira-Lund"), ("Patient DoD Benefits No.:", "20793361458"),
                ("Sponsor:", "Ana M. Ferreira-Lund"), ("Sponsor SSN:", "XXX-XX-4471"),
                ("Program:", "TRICARE Select"), ("Provider:", "Lowcountry Infusion Clinic"),
                ("Diagnosis:", "F33.2"), ("Claim received:", "11/16/2026")], 2),
        ("h", "Services on this claim"),
        ("table", ["Line", "Date of service", "Service", "Code", "Billed", "Allowed", "Paid", "Remark"],
         [["1", "11/03/2026", "Office visit, established patient", "99214", "$210.00", "$118.40", "$94.72", "--"],
          ["2", "11/03/2026", "IV infusion, first hour", "96365", "$450.00", "$0.00", "$0.00", "U7"],
          ["3", "11/03/2026", "Drug with no code of its own (ketamine)", "J3490", "$180.00", "$0.00", "$0.00", "U7"],
          ["4", "11/05/2026", "IV infusion, first hour", "96365", "$450.00", "$0.00", "$0.00", "U7"],
          ["5", "11/05/2026", "Drug with no code of its own (ketamine)", "J3490", "$180.00", "$0.00", "$0.00", "U7"]]),
        ("table", ["Claim totals", "Billed", "Allowed", "TRICARE paid", "Your share"],
         [["", "$1,470.00", "$118.40", "$94.72", "$23.68 plus denied lines"]]),
        ("h", "Remark codes"),
        ("p", "U7: Unproven. TRICARE does not cover intravenous ketamine for depression, because it is "
              "considered unproven for that use. Payment is denied for this line."),
        ("h", "Appeal rights"),
        ("p", "If you disagree with this decision, you may ask for a reconsideration. " + basis + ". Include a "
              "copy of this EOB and any records that support your request, and send them to:"),
        ("lines", addr),
        ("p", "Do not send appeals to the claims address at the top of this page. Questions: 1-555-0156."),
    ]
    return dict(n=4, slug="tricare-select-eob-ketamine-unproven-mrc-compact-scan-pdf", kind="img", device="mrc",
                ext="pdf", lang="en", blocks=blocks,
                key=dict(patient_name="Dominic A. Ferreira-Lund", member_id="20793361458",
                         claim_number="2026 331 08814 00", notice_date=nd,
                         service_dates=[D(2026, 11, 3), D(2026, 11, 5)], procedure_codes=["96365", "J3490"],
                         diagnosis_codes=["F33.2"], denial_category="experimental_investigational",
                         plan_type="tricare", urgent=False),
                nd=("Date of this EOB:", long(nd)), sd=["11/03/2026", "11/05/2026"], window=("days", 90, basis),
                addr=addr, ev=dict(category="Unproven", plan="TRICARE Select"),
                traps=["99214", "XXX-XX-4471", "Ana M. Ferreira-Lund", "11/16/2026", "PO Box 7031"],
                note="A TRICARE Select EOB in grids: IV ketamine on 2 days (96365, J3490; F33.2) denied as "
                     "unproven (remark U7, no CARC printed): experimental_investigational. An office scanner's "
                     "compact PDF (mixed raster content: a 1-bit text mask over a low-resolution JPEG "
                     "background). Claim number with spaces. Stated 90 days. Traps: the paid 99214 line, the "
                     "sponsor and her SSN, the received date, the claims box.")


def c05():
    nd = D(2026, 11, 20)
    addr = ["Potomac Civil Service Health Plan", "Attn: Reconsideration Unit", "PO Box 15540",
            "Baltimore, MD 21298"]
    basis = "You must write to us within 6 months from the date of this letter"
    blocks = [
        ("lines", ["Potomac Civil Service Health Plan", "A Federal Employees Health Benefits (FEHB) plan",
                   "1100 Eutaw Place, Baltimore, MD 21201", "Member Services 1-555-0160"]),
        ("small", F_EN),
        ("p", long(nd)),
        ("lines", ["Theresa Wojcik-Anand", "48 Larkspur Court", "Frederick, MD 21702"]),
        ("p", "Dear Ms. Wojcik-Anand:"),
        ("p", "We have reviewed the request that Harborline Behavioral Health sent us on November 16, 2026 "
              "(precertification case 26-PC-118204) for you, Theresa Wojcik-Anand (member ID R71553208, "
              "enrollment code 481), to attend its intensive outpatient program (S9480) five days a week for "
              "four weeks starting December 7, 2026. The diagnoses on the request are major depressive "
              "disorder, recurrent, severe (F33.2) and generalized anxiety disorder (F41.1)."),
        ("p", "We cannot approve this care, because the information we received does not show that it is "
              "medically necessary for you now. Our reviewer, a board-certified psychiatrist, noted that you "
              "have kept working full time, have no recent emergency visits and were not offered a change of "
              "medicine first, and found that weekly psychotherapy with medication management, which your "
              "plan covers, is the level of care that fits the records."),
        ("p", "If you disagree, you may ask us to reconsider our decision. " + basis + ". Please send your "
              "request, with any records or letters you want us to read, to our reconsideration unit, and not "
              "to the office at the top of this letter:"),
        ("lines", addr),
        ("p", "You may also fax it to 1-555-0161. If we uphold our decision, or do not answer within 30 days, "
              "you may ask the Office of Personnel Management to review it within 90 days of our decision; "
              "your plan brochure explains how. If you need the care urgently, call us at 1-555-0160 and ask "
              "for an urgent review."),
        ("p", "Sincerely,"),
        ("lines", ["Utilization Management Department", "Potomac Civil Service Health Plan"]),
    ]
    return dict(n=5, slug="fehb-iop-precert-denied-letter-facts-in-sentences-docx", kind="docx", lang="en",
                blocks=blocks,
                key=dict(patient_name="Theresa Wojcik-Anand", member_id="R71553208", claim_number="26-PC-118204",
                         notice_date=nd, procedure_codes=["S9480"], diagnosis_codes=["F33.2", "F41.1"],
                         denial_category="medical_necessity", plan_type="fehb", urgent=False),
                nd=(None, long(nd)), window=("months", 6, basis), addr=addr,
                ev=dict(category="medically necessary", plan="Federal Employees Health Benefits"),
                traps=["November 16, 2026", "December 7, 2026", "481", "30 days", "90 days",
                       "1100 Eutaw Place", "48 Larkspur Court"],
                note="An FEHB carrier's letter in Word, every fact in sentences and the date on a line of its "
                     "own: intensive outpatient program before care (S9480; F33.2, F41.1) not medically "
                     "necessary. Stated 6 months from the date of the letter. Appeals box differs from the "
                     "letterhead office. Traps: the request and start dates, enrollment code, OPM's 90 days, "
                     "30 days, the home address.")


def c06():
    nd = D(2026, 11, 23)
    addr = ["Liberty Federal Benefit Plan", "Disputed Claims", "Attn: Reconsideration", "PO Box 90144",
            "Richmond, VA 23286"]
    basis = "Write to us within 6 months of the date of this notice"
    blocks = [
        ("kv", [("Patient:", "Amara Nnamdi"), ("Member ID:", "LFB-209917-02"),
                ("Enrollee:", "Gregory Nnamdi (LFB-209917-01)"), ("Claim number:", "CLM 26-3308-11972"),
                ("Provider:", "Tidewater TMS Center"), ("Date of notice:", us(nd)),
                ("Diagnosis:", "F33.2"), ("Claim status:", "Denied")], 2),
        ("table", ["Date of service", "Code", "What was billed", "Billed", "Allowed", "Plan paid", "Adj. code"],
         [["11/02/2026", "90868", "Magnetic stimulation treatment session", "$385.00", "$0.00", "$0.00", "CO-197"],
          ["11/03/2026", "90868", "Magnetic stimulation treatment session", "$385.00", "$0.00", "$0.00", "CO-197"],
          ["11/04/2026", "90868", "Magnetic stimulation treatment session", "$385.00", "$0.00", "$0.00", "CO-197"]]),
        ("h", "Why this claim was denied"),
        ("p", "CO-197: Your plan requires precertification for transcranial magnetic stimulation, and we had "
              "none on file for these dates. If your provider had approval under another number, ask them to "
              "send it to us."),
        ("h", "How to ask us to reconsider"),
        ("p", basis + ". Tell us why you think we should pay and include anything that supports it. Mail "
              "your request to:"),
        ("lines", addr),
        ("p", "If we do not change our decision, you may ask the U.S. Office of Personnel Management to review "
              "it within 90 days of our reply. Questions: 1-555-0165."),
    ]
    return dict(n=6, slug="fehb-portal-claim-detail-tms-no-precert-dependent-html", kind="html", lang="en",
                blocks=blocks,
                key=dict(patient_name="Amara Nnamdi", member_id="LFB-209917-02", claim_number="CLM 26-3308-11972",
                         notice_date=nd, service_dates=[D(2026, 11, 2), D(2026, 11, 3), D(2026, 11, 4)],
                         procedure_codes=["90868"], diagnosis_codes=["F33.2"], carc_codes=["CO-197"],
                         denial_category="prior_authorization", plan_type="fehb", urgent=False),
                nd=("Date of notice:", us(nd)), sd=["11/02/2026", "11/03/2026", "11/04/2026"],
                window=("months", 6, basis), addr=addr,
                ev=dict(category="requires precertification", plan="Federal Employees Health Benefits"),
                traps=["LFB-209917-01", "Gregory Nnamdi", "CLM 26-3302-10455", "12/05/2026", "90 days"],
                note="An FEHB member portal's claim page, the enrollee signed in looking at his wife's claim: "
                     "TMS on 3 days (90868; F33.2) without precertification (CO-197): prior_authorization. A "
                     "side list of three claims. Stated 6 months. Traps: the enrollee and his -01 ID, the paid "
                     "claim, the print stamp 12/05/2026, OPM's 90 days.")


def c07():
    nd = D(2026, 11, 19)
    addr = ["Silver Maple Health Plans", "Medicare Appeals and Grievances", "PO Box 61827", "Harrisburg, PA 17106"]
    basis = "You must ask for an appeal within 65 calendar days from the date of this notice"
    blocks = [
        ("lines", ["Silver Maple Health Plans", "4000 Market Street", "Camp Hill, PA 17011"]),
        ("title", "Notice of Denial of Medical Coverage"),
        ("small", F_EN),
        ("kv", [("Date:", long(nd)), ("Member number:", "SMA-40081-3375"), ("Name:", "Harold E. Vanterpool"),
                ("Medicare Number:", "6TR2-KP8-WX41"), ("Request number:", "OD-2611-72045"),
                ("Plan:", "Silver Maple Medicare Advantage (HMO)")], 2),
        ("p", "We have denied the service your doctor asked for: esketamine nasal spray taken in the office "
              "with two hours of observation (G2083, doses above 56 mg), twice a week, for major depressive "
              "disorder, recurrent, severe (F33.2)."),
        ("p", "Why: our plan uses step therapy for this Part B drug when a member starts it for the first time. "
              "A member first tries two antidepressants by mouth, at a full dose for at least six weeks each, "
              "with one of them combined with a second medicine. Our records show one antidepressant trial and "
              "no combination. If your doctor sends records of other trials, we will look at this again."),
        ("h", "You have the right to appeal our decision"),
        ("p", basis + ". We can give you more time if you have a good reason."),
        ("p", "Standard appeal: we answer within 7 days for a Part B drug. Fast appeal: if your health could be "
              "seriously harmed by waiting, you or your doctor can ask for a fast appeal; we answer within 72 "
              "hours."),
        ("p", "Send your written appeal to this address, which is not our office address above:"),
        ("lines", addr),
        ("p", "Fax: 1-555-0171. Phone: 1-555-0172 (TTY 711), 8 a.m. to 8 p.m., seven days a week."),
    ]
    return dict(n=7, slug="medicare-advantage-spravato-part-b-step-therapy-projected-wall-photo-jpg", kind="img",
                device="projector", ext="jpg", lang="en", blocks=blocks,
                key=dict(patient_name="Harold E. Vanterpool", member_id="SMA-40081-3375",
                         claim_number="OD-2611-72045", notice_date=nd, procedure_codes=["G2083"],
                         diagnosis_codes=["F33.2"], denial_category="step_therapy",
                         plan_type="medicare_advantage", urgent=False),
                nd=("Date:", long(nd)), window=("days", 65, basis), addr=addr,
                ev=dict(category="step therapy", plan="Medicare Advantage"),
                traps=["6TR2-KP8-WX41", "72 hours", "4000 Market Street"],
                note="A Medicare Advantage denial of an office esketamine treatment before care (G2083; F33.2) "
                     "for Part B step therapy: step_therapy. Shown on a legal-aid clinic's document camera, "
                     "projected on a wall and photographed from the seats (keystone, hot spot, lifted blacks). "
                     "Stated 65 days. Appeals box differs from the office. Traps: the Medicare Number, 72 hours.")


def c08():
    nd = D(2026, 12, 2)
    addr = ["Crestline Rx Select", "Part D Appeals", "c/o Halvorsen Pharmacy Services", "PO Box 30512",
            "Tampa, FL 33630"]
    basis = "You must ask for a redetermination within 65 days from the date of this notice"
    blocks = [
        ("lines", ["Crestline Rx Select (PDP)", "Halvorsen Pharmacy Services", "PO Box 1980",
                   "Sioux Falls, SD 57101"]),
        ("small", "Large-print plain text, sent at your request. " + F_EN),
        ("title", "Notice of Denial of Medicare Prescription Drug Coverage (tiering exception)"),
        ("kv", [("Date sent:", long(nd)), ("Enrollee:", "Bernadette O. Szymanski"),
                ("Member ID:", "CRX 8841 2260"), ("Medicare Number:", "2HQ9-DM4-VY63"),
                ("Coverage determination number:", "CDX 2612 00318"), ("Drug:", "Savella (milnacipran) 50 mg tablets"),
                ("Diagnosis given:", "M79.7"), ("Review:", "Expedited")], 1),
        ("h", "What we decided"),
        ("p", "You asked us to cover Savella at the cost sharing of our preferred drugs (tier 3) instead of "
              "its non-preferred tier 4. We denied this tiering exception. Savella stays on our Drug List at "
              "tier 4. Your prescriber's statement did not show that the preferred drugs for your condition, "
              "duloxetine and pregabalin, would not work as well for you or would cause you harm."),
        ("p", "Because your prescriber told us waiting could seriously harm your health, we made this decision "
              "on an expedited (fast) basis, within 24 hours of getting the statement."),
        ("h", "If you disagree"),
        ("p", basis + ". You, your prescriber or your representative may ask. A fast redetermination is "
              "decided within 72 hours."),
        ("p", "Mail your request to:"),
        ("lines", addr),
        ("p", "Fax: 1-555-0177. Phone: 1-555-0178, TTY 711. Do not use the Sioux Falls address above for "
              "appeals."),
        ("small", "Crestline Rx Select is a Medicare prescription drug plan. " + F_EN),
    ]
    return dict(n=8, slug="part-d-expedited-tiering-exception-refused-large-print-txt", kind="txt", lang="en",
                blocks=blocks,
                key=dict(patient_name="Bernadette O. Szymanski", member_id="CRX 8841 2260",
                         claim_number="CDX 2612 00318", notice_date=nd, diagnosis_codes=["M79.7"],
                         denial_category="other", plan_type="medicare_part_d", urgent=True),
                nd=("Date sent:", long(nd)), window=("days", 65, basis), addr=addr,
                ev=dict(category="tiering exception", plan="Medicare prescription drug plan",
                        urgent="on an expedited (fast) basis"),
                traps=["2HQ9-DM4-VY63", "24 hours", "72 hours", "PO Box 1980"],
                note="A Part D plan's expedited decision refusing a tiering exception for Savella (M79.7; the drug "
                     "stays on the Drug List at tier 4): other, as docs/domain.md's table says for a tiering "
                     "exception; urgent. Large-print plain text. Member and case numbers with spaces. Stated 65 "
                     "days. Traps: the Medicare Number, 24 and 72 hours, the PBM's return address.")


def c09():
    nd = D(2026, 11, 30)
    addr = ["Bluebonnet Health Plan", "Member Appeals", "PO Box 149067", "Austin, TX 78714"]
    basis = "You must file it within 180 days after you receive this statement"
    blocks = [
        ("lines", ["Bluebonnet Health Plan", "Claims Department", "PO Box 149010", "Austin, TX 78714"]),
        ("title", "Member Claims Statement"),
        ("small", "This is not a bill. " + F_EN),
        ("kv", [("Statement issued:", us(nd)), ("Member:", "Jerome T. Castellanos"),
                ("Member ID:", "BBH 6620 4417"), ("Plan:", "Bluebonnet Silver EPO (Marketplace plan)"),
                ("Statement period:", "10/01/2026 - 11/27/2026"), ("Deductible met:", "$1,150.00 of $4,500.00")], 2),
        ("h", "Claims in this period"),
        ("table", ["Claim", "Date(s) of service", "Provider", "Billed", "Plan paid", "You owe", "Status"],
         [["BB-26-1020-318804", "10/20/2026", "Hill Country Family Medicine", "$165.00", "$98.10", "$30.00", "Paid"],
          ["BB-26-1028-330419", "10/28/2026, 11/11/2026", "Austin Headache and Nerve Center", "$1,240.00",
           "$0.00", "$1,240.00", "Denied"],
          ["BB-26-1118-341207", "11/18/2026", "Hill Country Family Medicine", "$165.00", "--", "--", "In process"]]),
        ("h", "Claim detail"),
        ("table", ["Claim", "Date", "Code", "Service", "Diagnosis", "Billed", "Paid", "Adjustment"],
         [["BB-26-1020-318804", "10/20/2026", "99213", "Office visit", "R51.9", "$165.00", "$98.10", "PR-3"],
          ["BB-26-1028-330419", "10/28/2026", "64405", "Nerve block, back of the head", "G43.709", "$620.00",
           "$0.00", "CO-242"],
          ["BB-26-1028-330419", "11/11/2026", "64405", "Nerve block, back of the head", "G43.709", "$620.00",
           "$0.00", "CO-242"]]),
        ("p", "CO-242: The provider is not in the Bluebonnet EPO network. Your plan pays for care outside the "
              "network only in an emergency or when we approve it in advance, and we had no approval."),
        ("h", "If you disagree with a decision on this statement"),
        ("p", "You may file an appeal. " + basis + ". Send it to:"),
        ("lines", addr),
        ("p", "Appeals sent to the Claims Department box above are returned. Questions: 1-555-0181."),
    ]
    return dict(n=9, slug="marketplace-epo-statement-three-claims-nerve-block-out-of-network-feeder-scan-pdf",
                kind="img", device="feeder", ext="pdf", lang="en", blocks=blocks,
                key=dict(patient_name="Jerome T. Castellanos", member_id="BBH 6620 4417",
                         claim_number="BB-26-1028-330419", notice_date=nd,
                         service_dates=[D(2026, 10, 28), D(2026, 11, 11)], procedure_codes=["64405"],
                         diagnosis_codes=["G43.709"], carc_codes=["CO-242"], denial_category="out_of_network",
                         plan_type="individual_aca", urgent=False),
                nd=("Statement issued:", us(nd)), sd=["10/28/2026", "11/11/2026"], window=("days", 180, basis),
                addr=addr, ev=dict(category="not in the Bluebonnet EPO network", plan="Marketplace plan"),
                traps=["BB-26-1020-318804", "BB-26-1118-341207", "99213", "R51.9", "PR-3", "10/20/2026",
                       "11/27/2026", "PO Box 149010"],
                note="A Marketplace EPO statement of three claims, one denied: occipital nerve blocks on 2 days "
                     "(64405; G43.709) out of network (CO-242). An old sheet-feeder scan, image-only PDF: "
                     "impulse (salt-and-pepper) noise and the feeder's black borders. Stated 180 days from "
                     "receipt. Traps: the paid and pending claims, 99213, R51.9, PR-3, the period's end, the "
                     "claims box.")


def c10():
    nd = D(2026, 11, 17)
    addr = ["Covenant Ministries Benefit Trust", "Appeals Committee", "7200 College Avenue", "Suite 210",
            "Nashville, TN 37212"]
    blocks = [
        ("lines", ["Covenant Ministries Benefit Trust", "A church plan, not subject to ERISA",
                   "PO Box 88120, Nashville, TN 37208"]),
        ("small", F_EN),
        ("title", "Explanation of Benefits"),
        ("kv", [("Mailed:", long(nd)), ("Participant:", "Miriam Adebayo-Strand"),
                ("Participant ID:", "CMB-0044718"), ("Claim:", "26318-00457"),
                ("Provider:", "Riverbend Behavioral Health"), ("Diagnosis:", "F33.1")], 2),
        ("table", ["Date", "Code", "Service", "Billed", "Paid", "Reason"],
         [["11/06/2026", "S9480", "Intensive outpatient day (day 30)", "$420.00", "$336.00", "--"],
          ["11/09/2026", "S9480", "Intensive outpatient day", "$420.00", "$0.00", "CO-119"],
          ["11/10/2026", "S9480", "Intensive outpatient day", "$420.00", "$0.00", "CO-119"],
          ["11/11/2026", "S9480", "Intensive outpatient day", "$420.00", "$0.00", "CO-119"]]),
        ("p", "CO-119: Benefit maximum reached. The plan's annual maximum of 30 intensive outpatient days has "
              "been used; day 30 was paid on 11/06/2026."),
        ("h", "Appeal rights"),
        ("p", "You may appeal this decision to the Trust's Appeals Committee. The time limits and the steps of "
              "the review are set out in your Summary Plan Description. Send your written appeal to:"),
        ("lines", [addr[0], addr[1], addr[2] + ", " + addr[3], addr[4]]),
        ("p", "Questions: 1-555-0184."),
    ]
    return dict(n=10, slug="church-plan-iop-day-cap-inkjet-out-of-cyan-placemat-photo-jpg", kind="img",
                device="cyan_out", ext="jpg", lang="en", blocks=blocks,
                key=dict(patient_name="Miriam Adebayo-Strand", member_id="CMB-0044718", claim_number="26318-00457",
                         notice_date=nd, service_dates=[D(2026, 11, 9), D(2026, 11, 10), D(2026, 11, 11)],
                         procedure_codes=["S9480"], diagnosis_codes=["F33.1"], carc_codes=["CO-119"],
                         denial_category="benefit_limit", plan_type="church", urgent=False),
                nd=("Mailed:", long(nd)), sd=["11/09/2026", "11/10/2026", "11/11/2026"],
                window=("rule", 180, "26 CFR 54.9815-2719(b)(2)(i), applying 29 CFR 2560.503-1(h)(3)(i)"),
                addr=addr, ev=dict(category="Benefit maximum reached", plan="church plan"),
                traps=["11/06/2026", "PO Box 88120"],
                note="A church plan's EOB: intensive outpatient days 31-33 on 3 days (S9480; F33.1) past the "
                     "30-day annual maximum (CO-119): benefit_limit. Printed by an inkjet out of cyan, so the "
                     "black is a reddish brown, photographed on a woven placemat. No time limit printed (points "
                     "to the SPD): church rule, 180 days. Traps: the paid day 30 and its date, the return box.")


def c11():
    nd = D(2026, 11, 25)
    addr = ["Evergreen State Employees Benefit Plan", "c/o Cascadia Claims Administrators", "Appeals Unit",
            "PO Box 3321", "Olympia, WA 98507"]
    basis = "you may appeal within 180 days of receiving this notice"
    blocks = [
        ("lines", ["Cascadia Claims Administrators", "Third-party administrator for the Evergreen State "
                   "Employees Benefit Plan", "PO Box 4470, Tacoma, WA 98401"]),
        ("small", F_EN),
        ("title", "Explanation of Benefits: Claim Denied"),
        ("kv", [("Processed and mailed:", us(nd)), ("Employee and patient:", "Oluwaseun Park"),
                ("Member number:", "ESE-301277-00"), ("Group:", "STATE-WA-7001"),
                ("Claim number:", "CCA26329-0081"), ("Provider:", "Puget Sound Neuromodulation")], 2),
        ("table", ["Date of service", "Code", "Service", "Diagnosis billed", "Billed", "Paid", "Code"],
         [["11/12/2026", "90870", "Electroconvulsive treatment", "F32.A", "$980.00", "$0.00", "CO-11"],
          ["11/16/2026", "90870", "Electroconvulsive treatment", "F32.A", "$980.00", "$0.00", "CO-11"]]),
        ("p", "CO-11: The diagnosis on the claim does not support the procedure billed. The treatment was "
              "billed with a code for depression without further detail. Your provider may send a corrected "
              "claim with the diagnosis that applies; a corrected claim is not an appeal."),
        ("h", "Your appeal rights"),
        ("p", "If you disagree, " + basis + ". Mail your appeal to:"),
        ("lines", addr),
        ("p", "Questions: 1-555-0187, Monday to Friday."),
    ]
    return dict(n=11, slug="state-employees-tpa-ect-diagnosis-mismatch-laptop-keyboard-glow-photo-jpg", kind="img",
                device="keyboard", ext="jpg", lang="en", blocks=blocks,
                key=dict(patient_name="Oluwaseun Park", member_id="ESE-301277-00", claim_number="CCA26329-0081",
                         notice_date=nd, service_dates=[D(2026, 11, 12), D(2026, 11, 16)],
                         procedure_codes=["90870"], diagnosis_codes=["F32.A"], carc_codes=["CO-11"],
                         denial_category="coding_billing", plan_type="governmental", urgent=False),
                nd=("Processed and mailed:", us(nd)), sd=["11/12/2026", "11/16/2026"], window=("days", 180, basis),
                addr=addr, ev=dict(category="does not support the procedure billed",
                                   plan="State Employees Benefit Plan"),
                traps=["STATE-WA-7001", "PO Box 4470", "a corrected claim is not an appeal"],
                note="A state employees' plan's EOB from its TPA: ECT on 2 days (90870) billed with F32.A, "
                     "diagnosis inconsistent with the procedure (CO-11): coding_billing. Photographed lying on a "
                     "laptop keyboard in a dark room, lit by the screen's cold glow that fades down the page. "
                     "Stated 180 days from receipt. Traps: the group, the TPA's return box, a corrected claim "
                     "that is not an appeal.")


def c12():
    nd = D(2026, 11, 19)
    addr = ["Prairie KidsCare Health Plan", "Appeals and Grievances", "1500 SW Topeka Blvd", "Suite 800",
            "Topeka, KS 66612"]
    basis = "You can ask us for an appeal within 60 days from the date of this notice"
    left = [
        ("kv", [("Notice date:", long(nd)), ("Child (patient):", "Noah Brightwater"),
                ("KidsCare ID:", "PKC-7720193"), ("Claim:", "2026-1119-CHP-0047"),
                ("Provider:", "Sunflower Family Counseling"), ("Diagnosis:", "F43.23"),
                ("Parent or guardian:", "Leah Brightwater")], 1),
        ("table", ["Date", "Code", "Reason"],
         [["11/04/2026", "90847", "CO-197"], ["11/11/2026", "90847", "CO-197"]]),
        ("p", "Both visits were family therapy with Noah present."),
    ]
    right = [
        ("h", "Why we denied it"),
        ("p", "CO-197: Family therapy after the eighth visit in a year needs our approval before it is given. "
              "We had no approval on file for these two visits."),
        ("h", "Your right to appeal"),
        ("p", basis + ". Send it to:"),
        ("lines", [addr[0], addr[1], addr[2] + ", " + addr[3], addr[4]]),
        ("p", "If we keep our decision, you may ask the State of Kansas to review it within 30 days of our "
              "appeal decision. Call 1-555-0189 with questions."),
    ]
    blocks = [
        ("lines", ["Prairie KidsCare Health Plan", "PO Box 2270, Wichita, KS 67201"]),
        ("title", "Notice of Claim Denial"),
        ("small", "Prairie KidsCare is a separate Children's Health Insurance Program (CHIP) plan. " + F_EN),
        ("p", "To the parent or guardian of Noah Brightwater"),
        ("cols", left, right),
    ]
    return dict(n=12, slug="chip-family-therapy-no-approval-two-column-text-pdf", kind="pdf", lang="en",
                blocks=blocks,
                key=dict(patient_name="Noah Brightwater", member_id="PKC-7720193", claim_number="2026-1119-CHP-0047",
                         notice_date=nd, service_dates=[D(2026, 11, 4), D(2026, 11, 11)],
                         procedure_codes=["90847"], diagnosis_codes=["F43.23"], carc_codes=["CO-197"],
                         denial_category="prior_authorization", plan_type="chip", urgent=False),
                nd=("Notice date:", long(nd)), sd=["11/04/2026", "11/11/2026"], window=("days", 60, basis),
                addr=addr, ev=dict(category="needs our approval before", plan="Children's Health Insurance Program"),
                traps=["Leah Brightwater", "30 days", "PO Box 2270"],
                note="A separate CHIP plan's claim denial in two columns (text PDF), to the parent: family "
                     "therapy on 2 days (90847; F43.23) without approval (CO-197): prior_authorization. Stated "
                     "60 days. Appeals office differs from the return box. Traps: the parent, the state "
                     "review's 30 days.")


def c13():
    nd = D(2026, 11, 24)
    addr = ["Plan Médico Solana", "Departamento de Apelaciones", "P.O. Box 70233", "San Antonio, TX 78270"]
    basis = "Tiene 180 días a partir de la fecha en que reciba este aviso para presentar una apelación"
    blocks = [
        ("kv", [("Paciente:", "Graciela Ibarra Montes"), ("Núm. de miembro:", "SOL-33018274"),
                ("Núm. de reclamación:", "RCL-26-774120"), ("Fecha de la notificación:", dmy(nd)),
                ("Proveedor:", "Centro de Neuromodulación del Valle"), ("Diagnóstico:", "F33.2"),
                ("Tipo de plan:", "Seguro de grupo del empleador (ERISA)"), ("Estado:", "Denegada")], 2),
        ("table", ["Fecha de servicio", "Código", "Servicio", "Facturado", "Pagado", "Ajuste"],
         [["02/11/2026", "90868", "Sesión de estimulación magnética", "$410.00", "$0.00", "CO-50"],
          ["04/11/2026", "90868", "Sesión de estimulación magnética", "$410.00", "$0.00", "CO-50"],
          ["06/11/2026", "90868", "Sesión de estimulación magnética", "$410.00", "$0.00", "CO-50"]]),
        ("h", "Por qué se denegó"),
        ("p", "CO-50: No es médicamente necesario. Nuestro revisor no encontró en los expedientes dos ensayos "
              "completos de antidepresivos antes de empezar la estimulación, como piden nuestros criterios."),
        ("h", "Cómo apelar"),
        ("p", basis + ". Envíela a:"),
        ("lines", addr),
        ("p", "Preguntas: 1-555-0191 (TTY 711)."),
    ]
    return dict(n=13, slug="es-employer-insured-portal-tms-not-necessary-day-first-html", kind="html", lang="es",
                blocks=blocks,
                key=dict(patient_name="Graciela Ibarra Montes", member_id="SOL-33018274",
                         claim_number="RCL-26-774120", notice_date=nd,
                         service_dates=[D(2026, 11, 2), D(2026, 11, 4), D(2026, 11, 6)], procedure_codes=["90868"],
                         diagnosis_codes=["F33.2"], carc_codes=["CO-50"], denial_category="medical_necessity",
                         plan_type="employer_erisa", urgent=False),
                nd=("Fecha de la notificación:", dmy(nd)), sd=["02/11/2026", "04/11/2026", "06/11/2026"],
                window=("days", 180, basis), addr=addr,
                ev=dict(category="No es médicamente necesario", plan="Seguro de grupo del empleador"),
                traps=["RCL-26-771905", "RCL-26-779388", "05/12/2026", "20/10/2026"],
                note="MUESTRA FICTICIA. An insured employer plan's member portal in Spanish, day-first dates "
                     "(the page says DD/MM/AAAA): TMS on 3 days (90868; F33.2) not medically necessary (CO-50). "
                     "Side list of three claims. Stated 180 días from receipt. Traps: the other claims, the "
                     "print stamp 05/12/2026, a paid claim's 20/10/2026.")


def c14():
    nd = D(2026, 11, 16)
    addr = ["Plan de Salud de Empleados de Aztlán Foods", "a/c Desert Sun Benefit Administrators",
            "Atención: Apelaciones", "2100 N Central Ave", "Suite 900", "Phoenix, AZ 85004"]
    basis = "Usted tiene 180 días a partir de la fecha en que reciba esta carta para presentar una apelación"
    letter = [
        "DESERT SUN BENEFIT ADMINISTRATORS",
        "PO Box 61190, Phoenix, AZ 85082",
        F_ES,
        "",
        "Fecha de la carta: " + es(nd),
        "Asegurado(a): Ernesto Quiñones Barrera",
        "Número de identificación del miembro: AZF-601583-01",
        "Grupo: 40772",
        "Reclamación núm.: 2026 318 55021",
        "Plan: Plan de Salud de Empleados de Aztlán Foods (plan autofinanciado",
        "      del empleador, sujeto a ERISA)",
        "Diagnóstico: G89.4",
        "",
        "Fecha       Código  Servicio                                   Motivo",
        "26/10/2026  96365   Infusión intravenosa, primera hora         CO-197",
        "26/10/2026  J3490   Medicamento sin código propio (ketamina)   CO-197",
        "29/10/2026  96365   Infusión intravenosa, primera hora         CO-197",
        "29/10/2026  J3490   Medicamento sin código propio (ketamina)   CO-197",
        "(Las fechas de esta carta están en formato día/mes/año.)",
        "",
        "Motivo: el plan exige autorización previa para las infusiones de",
        "ketamina y no había una autorización aprobada para estas fechas.",
        "",
        "Cómo apelar: " + basis + ".",
        "Envíela a:",
        "   " + addr[0],
        "   " + addr[1],
        "   " + addr[2],
        "   " + addr[3] + ", " + addr[4],
        "   " + addr[5],
        "No envíe su apelación al apartado postal que aparece arriba.",
    ]
    ql = "\n".join(("> " + l).rstrip() for l in letter)
    body = (
        "Papá:\n\n"
        "Ya la leí. La apelación va a Desert Sun en la Central, no al apartado postal\n"
        "de arriba. Los 180 días cuentan desde que recibiste la carta, y la carta tiene\n"
        "fecha del 16 de noviembre, así que no hay que esperar. Mañana te ayudo a\n"
        "escribirla y le pedimos al Dr. Salcido una carta.\n\n"
        "Sofía\n\n"
        "El jue, 3 dic 2026 a las 8:47, Ernesto Quiñones <ernesto.quinones@correo.example> escribió:\n"
        "> Hija, te copio aquí la carta que llegó del plan, tal como viene.\n"
        ">\n"
        + ql + "\n"
        ">\n"
        "> El mié, 2 dic 2026 a las 21:30, Sofía Quiñones <sofia.q@correo.example> escribió:\n"
        ">> Papá, mándame la carta del seguro cuando puedas y la vemos juntos.\n"
    )
    return dict(n=14, slug="es-self-funded-tpa-ketamine-no-prior-auth-quoted-reply-plain-eml", kind="eml", lang="es",
                blocks=None, body=body,
                headers={"From": "Sofía Quiñones <sofia.q@correo.example>",
                         "To": "Ernesto Quiñones <ernesto.quinones@correo.example>",
                         "Date": "Fri, 04 Dec 2026 19:05:11 -0700",
                         "Subject": "Re: carta del plan - infusiones de ketamina",
                         "Message-ID": "<41-14-reply@correo.example>",
                         "In-Reply-To": "<41-14-second@correo.example>"},
                key=dict(patient_name="Ernesto Quiñones Barrera", member_id="AZF-601583-01",
                         claim_number="2026 318 55021", notice_date=nd,
                         service_dates=[D(2026, 10, 26), D(2026, 10, 29)], procedure_codes=["96365", "J3490"],
                         diagnosis_codes=["G89.4"], carc_codes=["CO-197"], denial_category="prior_authorization",
                         plan_type="employer_erisa", urgent=False),
                nd=("Fecha de la carta:", es(nd)), sd=["26/10/2026", "29/10/2026"], window=("days", 180, basis),
                addr=addr, ev=dict(category="exige autorización previa", plan="sujeto a ERISA"),
                traps=["40772", "PO Box 61190", "Sofía Quiñones", "3 dic 2026", "04 Dec 2026", "2 dic 2026"],
                note="MUESTRA FICTICIA. A self-funded employer plan's TPA letter in Spanish, typed into an "
                     "e-mail by the member and quoted in his daughter's plain-text reply (a second, earlier "
                     "message quoted twice): IV ketamine on 2 days (96365, J3490; G89.4) without prior "
                     "authorization (CO-197). Day-first dates, said so. Claim number with spaces. Stated 180 "
                     "días from receipt. Traps: the daughter, the e-mail dates, the group, the TPA's PO box.")


def c15():
    nd = D(2026, 12, 1)
    addr = ["Sendero Salud", "Departamento de Apelaciones", "5301 Central Ave NE", "Suite 1200",
            "Albuquerque, NM 87108"]
    basis = "Tiene 60 días a partir de la fecha de este aviso para pedir una apelación al plan"
    blocks = [
        ("lines", ["SENDERO SALUD", "Plan de Medicaid administrado de Nuevo México (MUESTRA FICTICIA)",
                   "PO Box 27110, Albuquerque, NM 87125"]),
        ("title", "Aviso de determinación adversa de beneficios"),
        ("kv", [("Fecha de la decisión:", es(nd)), ("Miembro:", "Amparo Villaseñor Ruiz"),
                ("Núm. de miembro del plan:", "SND-5518-2047"), ("Número de Medicaid:", "900481733"),
                ("Fecha de nacimiento:", "01/12/1968"), ("Núm. de caso:", "UM-26-3021-88")], 1),
        ("p", "Su proveedor, el Programa de Hospitalización Parcial Alameda, pidió 10 días más de "
              "hospitalización parcial (H0035) para el trastorno depresivo mayor, recurrente, grave (F33.2). "
              "Aprobamos 5 días y negamos los otros 5 porque no son médicamente necesarios: según los "
              "expedientes, sus síntomas mejoraron y el plan de tratamiento ya prevé pasar a un programa "
              "intensivo ambulatorio."),
        ("p", "Tomamos esta decisión de forma acelerada (rápida) porque su proveedor nos dijo que esperar "
              "podría poner en grave peligro su salud."),
        ("h", "Su derecho a apelar"),
        ("p", basis + ". Mande su apelación a:"),
        ("lines", [addr[0], addr[1], addr[2] + ", " + addr[3], addr[4]]),
        ("p", "Si quiere seguir recibiendo el servicio mientras se decide la apelación, pídala dentro de 10 "
              "días. Si mantenemos la decisión, puede pedir una audiencia imparcial estatal dentro de 120 días "
              "a partir de nuestra respuesta. Teléfono: 1-555-0193."),
        ("small", F_ES),
    ]
    return dict(n=15, slug="es-medicaid-mco-php-days-cut-expedited-dark-setting-fax-tiff", kind="img",
                device="dark_fax", ext="tif", lang="es", blocks=blocks,
                key=dict(patient_name="Amparo Villaseñor Ruiz", member_id="SND-5518-2047",
                         claim_number="UM-26-3021-88", notice_date=nd, procedure_codes=["H0035"],
                         diagnosis_codes=["F33.2"], denial_category="medical_necessity", plan_type="medicaid",
                         urgent=True),
                nd=("Fecha de la decisión:", es(nd)), window=("days", 60, basis), addr=addr,
                ev=dict(category="no son médicamente necesarios", plan="Plan de Medicaid administrado",
                        urgent="de forma acelerada"),
                traps=["900481733", "01/12/1968", "10 días", "120 días", "PO Box 27110", "DIC-02-2026"],
                note="MUESTRA FICTICIA. A Medicaid managed-care notice in Spanish, decided fast: 5 of 10 partial "
                     "hospitalization days denied (H0035; F33.2): medical_necessity, urgent. A fine-mode 1-bit "
                     "fax sent with the darkness setting at its highest, so strokes swell and counters close. "
                     "Stated 60 días. Traps: the Medicaid number, the DOB 01/12/1968 (the notice's own day and "
                     "month), 10 and 120 días, the fax header's DIC-02-2026, the return box.")


def c16():
    nd = D(2026, 11, 20)
    addr = ["Bahía Salud", "Apelaciones de Miembros", "8400 NW 33rd Street", "Suite 300", "Doral, FL 33122"]
    basis = "Puede pedir una apelación dentro de 60 días calendario a partir de la fecha de este aviso"
    blocks = [
        ("lines", ["Bahía Salud", "Plan de Medicaid administrado de Florida (MUESTRA FICTICIA)",
                   "PO Box 450912, Miami, FL 33245"]),
        ("title", "Aviso de acción adversa sobre su solicitud"),
        ("kv", [("Fecha de este aviso:", es(nd)), ("Nombre del miembro:", "Wilfredo Ocasio Lugo"),
                ("Núm. de identificación del plan:", "BSM 448 201 937"), ("Solicitud núm.:", "AP-26-118430"),
                ("Recetado por:", "Dra. Inés Cardona")], 1),
        ("p", "Usted pidió esketamina en aerosol nasal (J0013) administrada en el consultorio, dos veces por "
              "semana durante cuatro semanas, para la depresión resistente al tratamiento (F33.2)."),
        ("p", "Negamos la solicitud por terapia escalonada: el plan cubre este medicamento cuando el miembro "
              "ya probó dos antidepresivos de la lista del plan, cada uno por seis semanas, y uno de ellos con "
              "un medicamento de refuerzo. Los expedientes muestran un solo antidepresivo."),
        ("h", "Cómo apelar"),
        ("p", basis + ". Puede pedir una apelación rápida (72 horas) si esperar pone en peligro su salud. "
              "Mande su apelación a:"),
        ("lines", [addr[0], addr[1], addr[2] + ", " + addr[3], addr[4]]),
        ("p", "Para seguir recibiendo un servicio ya aprobado, apele dentro de 10 días. Después de la apelación "
              "puede pedir una audiencia imparcial estatal dentro de 120 días. Teléfono: 1-555-0195."),
        ("small", F_ES),
    ]
    return dict(n=16, slug="es-medicaid-mco-spravato-step-therapy-enlarged-thumbnail-png", kind="img",
                device="thumbnail", ext="png", lang="es", blocks=blocks,
                key=dict(patient_name="Wilfredo Ocasio Lugo", member_id="BSM 448 201 937",
                         claim_number="AP-26-118430", notice_date=nd, procedure_codes=["J0013"],
                         diagnosis_codes=["F33.2"], denial_category="step_therapy", plan_type="medicaid",
                         urgent=False),
                nd=("Fecha de este aviso:", es(nd)), window=("days", 60, basis), addr=addr,
                ev=dict(category="terapia escalonada", plan="Plan de Medicaid administrado"),
                traps=["72 horas", "10 días", "120 días", "PO Box 450912", "Dra. Inés Cardona"],
                note="MUESTRA FICTICIA. A Medicaid managed-care notice in Spanish before care: office esketamine "
                     "(J0013; F33.2) denied for step therapy. Saved from the portal as a small preview and "
                     "enlarged by nearest neighbour, so every stroke is jagged. Stated 60 días. Traps: 72 horas, "
                     "10 and 120 días, the return box.")


def c17():
    nd = D(2026, 11, 18)
    addr = ["Oficina de Audiencias Administrativas", "Unidad de Audiencias de Medicaid", "1050 E William St",
            "Suite 450", "Carson City, NV 89701"]
    basis = "Tiene 90 días a partir de la fecha de este aviso para pedir una audiencia"
    blocks = [
        ("lines", ["Estado de Nevada - Medicaid de pago por servicio (MUESTRA FICTICIA)",
                   "Oficina de Autorizaciones", "4126 Technology Way, Carson City, NV 89706"]),
        ("title", "Aviso de denegación de autorización previa"),
        ("kv", [("Emitido el:", es(nd)), ("Beneficiario:", "Rubén Altamirano Soto"),
                ("Número de identificación de Medicaid:", "00742218891"),
                ("Núm. de autorización previa:", "26PA0193377"), ("Fecha de nacimiento:", "22/04/1984")], 1),
        ("p", "Su médico, el Dr. Marcos Elizondo, pidió autorización para un bloqueo del ganglio estrellado "
              "guiado por imagen (64510) para el trastorno de estrés postraumático crónico (F43.12)."),
        ("p", "Negamos la solicitud. Medicaid considera este uso experimental o en investigación: no hay "
              "estudios suficientes que muestren que el bloqueo mejora el estrés postraumático."),
        ("h", "Su derecho a una audiencia imparcial estatal"),
        ("p", "Medicaid de pago por servicio no tiene una apelación previa con un plan: la audiencia es el "
              "primer paso. " + basis + ". Escriba a:"),
        ("lines", [addr[0], addr[1], addr[2] + ", " + addr[3], addr[4]]),
        ("mark", "band"),
        ("p", "Si no está de acuerdo con la decisión de la audiencia, puede apelar al tribunal dentro de 30 "
              "días. Teléfono: 1-555-0197."),
        ("small", F_ES),
    ]
    return dict(n=17, slug="es-medicaid-ffs-stellate-ganglion-block-experimental-rubber-band-photo-jpg", kind="img",
                device="rubber_band", ext="jpg", lang="es", blocks=blocks,
                key=dict(patient_name="Rubén Altamirano Soto", member_id="00742218891", claim_number="26PA0193377",
                         notice_date=nd, procedure_codes=["64510"], diagnosis_codes=["F43.12"],
                         denial_category="experimental_investigational", plan_type="medicaid", urgent=False),
                nd=("Emitido el:", es(nd)), window=("days", 90, basis), addr=addr,
                ev=dict(category="experimental o en investigación", plan="Medicaid de pago por servicio"),
                traps=["22/04/1984", "30 días", "4126 Technology Way"],
                note="MUESTRA FICTICIA. A fee-for-service Medicaid prior-authorization denial in Spanish: a "
                     "stellate ganglion block (64510; F43.12) as experimental. The page had been rolled in a "
                     "rubber band; photographed flattened on a speckled stone counter with the band lying on "
                     "it. The fair hearing is the first step: stated 90 días, the hearing office's address. "
                     "Traps: the DOB, the court's 30 días, the agency's return address.")


def c18():
    nd = D(2026, 11, 23)
    addr = ["Aseguradora Cumbre", "Apelaciones de Miembros", "P.O. Box 660219", "Dallas, TX 75266"]
    basis = "Usted puede apelar dentro de 180 días a partir de la fecha en que reciba esta explicación"
    blocks = [
        ("lines", ["Aseguradora Cumbre", "Reclamaciones: P.O. Box 660100, Dallas, TX 75266"]),
        ("small", F_ES),
        ("title", "Explicación de beneficios"),
        ("kv", [("Fecha de la explicación:", dmy(nd)), ("Paciente:", "Lucía Fernández Ortega"),
                ("Núm. de miembro:", "CUM-71402266"), ("Núm. de reclamación:", "EB-2611-60218"),
                ("Empleador:", "Talleres Rivera (plan de grupo del empleador)"),
                ("Reclamación recibida:", "12/11/2026"), ("Formato de fechas:", "DD/MM/AAAA")], 2),
        ("table", ["Fecha", "Código", "Servicio", "Diagnóstico", "Pagado", "Ajuste"],
         [["03/03/2026", "90834", "Psicoterapia, 45 minutos", "F41.1", "$0.00", "CO-29"],
          ["10/03/2026", "90834", "Psicoterapia, 45 minutos", "F41.1", "$0.00", "CO-29"]]),
        ("p", "CO-29: La reclamación llegó después del plazo para presentar reclamaciones, que es de 180 días "
              "desde la fecha del servicio."),
        ("p", basis + ". Envíe su apelación a:"),
        ("lines", addr),
        ("p", "Preguntas: 1-555-0199."),
        ("mark", "preview"),
        ("p", "Aviso de no discriminación: Aseguradora Cumbre cumple con las leyes federales de derechos "
              "civiles y no discrimina por raza, color, origen nacional, edad, discapacidad o sexo. Si necesita "
              "ayuda con el idioma, llame al número de arriba."),
    ]
    return dict(n=18, slug="es-employer-eob-psychotherapy-late-filing-half-loaded-chat-image-png", kind="img",
                device="preview", ext="png", lang="es", blocks=blocks,
                key=dict(patient_name="Lucía Fernández Ortega", member_id="CUM-71402266",
                         claim_number="EB-2611-60218", notice_date=nd,
                         service_dates=[D(2026, 3, 3), D(2026, 3, 10)], procedure_codes=["90834"],
                         diagnosis_codes=["F41.1"], carc_codes=["CO-29"], denial_category="timely_filing",
                         plan_type="employer_erisa", urgent=False),
                nd=("Fecha de la explicación:", dmy(nd)), sd=["03/03/2026", "10/03/2026"],
                window=("days", 180, basis), addr=addr,
                ev=dict(category="después del plazo para presentar reclamaciones", plan="plan de grupo del empleador"),
                traps=["12/11/2026", "P.O. Box 660100", "desde la fecha del servicio"],
                note="MUESTRA FICTICIA. An insured employer plan's EOB in Spanish: psychotherapy on 3 and 10 "
                     "March (90834; F41.1) filed late (CO-29): timely_filing. A phone screenshot of the photo "
                     "in a chat while it was still loading: the lower part is the progressive JPEG's blocky "
                     "first pass (only the non-discrimination footer). Day-first dates, said so. Stated 180 "
                     "días from receipt. Traps: the received date, the claims box, the 180-day filing limit.")


ALL = [c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13, c14, c15, c16, c17, c18]
