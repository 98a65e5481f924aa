"""English notices 01-12 of blind-fresh9. Everything here is FICTIONAL."""
from common import FICT_EN, case, key, plus_days, plus_months
from render import Page, width


def c01():
    f = "01-portal-printout-dependent-erisa.pdf"
    addr = ["Harborline Health Insurance Company", "Attn: Grievance and Appeals Department",
            "4410 Quarry Ridge Parkway", "Suite 310", "Fallowmere, OH 43999"]
    pages = []
    for n in (1, 2):
        p = Page(left=54, right=558, top=30)
        p.t(30, 20, "12/2/26, 9:14 AM", "Sans", 8)
        p.t(250, 20, "Harborline Member Portal - Claim Letter", "Sans", 8)
        p.t(30, 780, "https://members.harborline-health.example/claims/letters/ADV-2026-1108-3342?view=print", "Sans", 8)
        p.t(560, 780, f"{n}/2", "Sans", 8)
        pages.append(p)
    p = pages[0]
    p.rect(54, 34, 504, 30, fill=0.2, stroke=0)
    p.t(64, 55, "harborline", "Sans-B", 18, grey=1)
    p.t(180, 54, "My Claims  |  Letters & Notices  |  ID Cards  |  Find Care  |  Messages", "Sans", 9, grey=1)
    p.y = 80
    p.text("Letters & Notices  >  Adverse Benefit Determination", "Sans", 9, grey=0.35)
    p.text(FICT_EN, "Sans-B", 8)
    p.gap(6)
    p.text("Viewing household: Gregory T. Vasquez-Lind (subscriber)", "Sans", 9)
    p.table([0, 125, 260, 380], [
        ["Letter type", "Letter ID", "Letter date", "Delivered to portal"],
        ["Adverse Benefit Det.", "ADV-2026-1108-3342", "11/12/2026", "11/13/2026 06:02 AM"],
    ], size=9, x0=54, x1=558)
    p.gap(14)
    p.text("Notice of Adverse Benefit Determination", "Serif-B", 14)
    p.text("Important: keep this notice. It explains why part of a claim was not paid and how to appeal.", "Serif-I", 10)
    p.gap(4)
    p.kv("Subscriber:", "Gregory T. Vasquez-Lind", lw=150)
    p.kv("Subscriber ID:", "HBL-FICT-550217-01", lw=150)
    p.kv("Patient (dependent):", "Marisol Vasquez-Lind", lw=150)
    p.kv("Patient member ID:", "HBL-FICT-550217-02", lw=150)
    p.kv("Patient date of birth:", "11/14/2007", lw=150)
    p.kv("Group:", "Tessaly Robotics Inc. - group no. TR-0448 (insured)", lw=150)
    p.kv("Claim number:", "2026-318-004471", lw=150)
    p.kv("Provider:", "Northgate Ketamine & Wellness, LLC", lw=150)
    p.gap(8)
    p.table([0, 80, 150, 215, 330, 420], [
        ["Service date", "Code", "Billed", "Plan allowed", "Adjustment", "Plan paid"],
        ["10/20/2026", "96365", "$425.00", "$0.00", "CO-50", "$0.00"],
        ["10/20/2026", "J3490", "$310.00", "$0.00", "CO-50", "$0.00"],
        ["10/23/2026", "96365", "$425.00", "$0.00", "CO-50", "$0.00"],
        ["10/23/2026", "J3490", "$310.00", "$0.00", "CO-50", "$0.00"],
    ], size=9, x0=54, x1=558)
    p.text("Diagnosis on the claim: F33.2 (major depressive disorder, recurrent, severe without psychotic features)", "Sans", 9)
    p.gap(8)
    p.text("Why we denied this claim", "Serif-B", 11)
    p.para("CO-50: These are non-covered services because this is not deemed a medical necessity by the payer. Our "
           "medical director reviewed the records sent with the claim and found that intravenous ketamine for "
           "depression does not meet Harborline Clinical Policy BH-117 because the records do not document two "
           "adequate antidepressant trials in the current episode.", "Serif", 10)
    p.para("You may ask for a free copy of Clinical Policy BH-117 and of every document relevant to this claim.",
           "Serif", 10)
    p = pages[1]
    p.y = 40
    p.text("Your right to appeal", "Serif-B", 11)
    p.para("If you disagree, you or someone you name to act for you may ask for an internal appeal. You must ask "
           "within 180 days after you receive this notice. Write to us and include the claim number, the reasons you "
           "disagree and any records that support the appeal. Send your written appeal to:", "Serif", 10)
    p.lines(addr, "Serif", 10, x=90)
    p.gap(6)
    p.para("Portal messages and general questions go to Harborline Member Correspondence, PO Box 7781, Fallowmere, "
           "OH 43998. That box is not for appeals. Member Services: 1-800-555-0143 (TTY 711).", "Serif", 10)
    p.para("If your situation is urgent you may ask for an expedited appeal by calling 1-800-555-0143. After our "
           "final decision you may ask for an external review by an independent review organization.", "Serif", 10)
    p.para("This plan is insured by Harborline Health Insurance Company and sponsored by your employer; it is "
           "governed by ERISA. You may also contact the Employee Benefits Security Administration at 1-866-444-3272.",
           "Serif", 10)
    k = key(f, "Member-portal printout: browser header with its print stamp 12/2/26, footer with the URL; letter ID "
            "(ADV-...) and portal delivery date beside the letter date 11/12/2026; dependent daughter is the patient "
            "(subscriber's name and ID printed first); DOB 11/14/2007 two days after the notice; correspondence PO Box "
            "is not for appeals. Deadline: 180 days counted from the notice date.",
            "Marisol Vasquez-Lind", "HBL-FICT-550217-02", "2026-318-004471", "2026-11-12",
            ["2026-10-20", "2026-10-23"], ["96365", "J3490"], ["F33.2"], "medical_necessity", "employer_erisa", False,
            plus_days("2026-11-12", 180), "within 180 days after you receive this notice", ", ".join(addr),
            carc=["CO-50"])
    return case(f, "pdf", k, ["11/12/2026", "10/20/2026", "10/23/2026"], pages,
                "portal print header/footer with URL and print date; letter ID and portal-delivery date; dependent vs subscriber; DOB 2 days after; correspondence box not for appeals; address on page 2",
                "employer group plan, insured (ERISA): medical necessity, CO-50")


def c02():
    f = "02-medicare-advantage-idn-spouse-rep-scan.pdf"
    addr = ["Crestway Senior Health Plans", "Attn: Appeals and Grievances", "Mail Stop 4B", "2250 Ferrous Avenue",
            "Lindquist Falls, MN 55998"]
    p = Page(left=66, right=546, top=40)
    p.text("Crestway Senior Health Plans  |  2250 Ferrous Avenue, Lindquist Falls, MN 55998", "Sans", 8, align="center")
    p.text(FICT_EN, "Sans-B", 7.5, align="center")
    p.gap(6)
    p.text("Notice of Denial of Medical Coverage (or Payment)", "Sans-B", 14, align="center")
    p.gap(8)
    p.kv("Date:", "November 17, 2026", lw=150)
    p.kv("Name:", "Leonard Okafor, representative", lw=150)
    p.kv("On behalf of member:", "Adaeze N. Okafor", lw=150)
    p.kv("Member number:", "CWM 6620 1934", lw=150)
    p.kv("Member date of birth:", "11/19/1947", lw=150)
    p.kv("Claim number:", "7M26-310-55418", lw=150)
    p.kv("Date we received claim:", "11/02/2026", lw=150)
    p.gap(10)
    p.para("Dear Mr. Okafor:", "Serif", 11)
    p.para("You are receiving this notice as the appointed representative (Form CMS-1696 on file) of your wife, "
           "Adaeze N. Okafor, a member of Crestway Medicare Advantage (HMO). Crestway Senior Health Plans has denied "
           "payment for the esketamine (Spravato) treatment sessions she received at Lakeshore Interventional "
           "Psychiatry on 10/28/2026 and 10/30/2026, billed with code G2082 for diagnosis F33.2.", "Serif", 11)
    p.text("Why did we deny your request?", "Sans-B", 11)
    p.para("We denied payment because the services were not medically necessary as the records were sent to us: "
           "the chart does not show the monitoring period after each dose or the member's response after the first "
           "four sessions, which our coverage criteria for esketamine require.", "Serif", 11)
    p.text("You have the right to appeal our decision", "Sans-B", 11)
    p.para("You have the right to ask Crestway Senior Health Plans to review our decision by asking us for an appeal. "
           "Ask for an appeal within 65 days from the date of this notice. We can give you more time if you have a "
           "good reason for missing the deadline.", "Serif", 11)
    p.text("How to ask for an appeal with Crestway", "Sans-B", 11)
    p.para("Step 1: You, your representative, or the doctor may ask us for an appeal. Your written request must "
           "include the member's name, address, member number, the reasons for appealing and any evidence. Mail "
           "or deliver your request to:", "Serif", 11)
    p.lines(addr, "Serif", 11, x=110)
    p.gap(4)
    p.para("Fax: 1-866-555-0162. For a fast appeal call 1-866-555-0161 (TTY 711), 8 a.m. to 8 p.m., 7 days a week.",
           "Serif", 11)
    p.para("What happens next: if we keep our denial, we will send your case to an independent review entity "
           "automatically.", "Serif", 11)
    p.text("Form CMS-10003-NDMCP (FICTIONAL reproduction)", "Sans", 8)
    k = key(f, "Image-only scan of a Medicare Advantage Integrated Denial Notice addressed to the member's husband as "
            "her representative ('Name:' and the salutation are his); the patient is the member, Adaeze N. Okafor. "
            "Member number in groups (compare without spaces). DOB 11/19/1947 two days after the notice; date received "
            "11/02/2026. Deadline 65 days from the notice date.",
            "Adaeze N. Okafor", "CWM 6620 1934", "7M26-310-55418", "2026-11-17", ["2026-10-28", "2026-10-30"],
            ["G2082"], ["F33.2"], "medical_necessity", "medicare_advantage", False, plus_days("2026-11-17", 65),
            "within 65 days from the date of this notice", ", ".join(addr))
    return case(f, "scan", k, ["November 17, 2026", "10/28/2026", "10/30/2026"], [p],
                "image-only scan; spouse as representative under 'Name:' and in the salutation; member number in groups; DOB 2 days after; received date; letterhead street = appeal street but Mail Stop only in the appeal block",
                "Medicare Advantage IDN: payment denial, medical necessity", angles=[0.7])


def c03():
    f = "03-part-d-fax-cover-expedited.tif"
    addr = ["Summitra Health Plans", "Attn: Part D Redeterminations", "PO Box 60913", "Ostrander Bay, AZ 85099"]
    hdr = "NOV-25-2026 14:02   FROM: SUMMITRA RX  555-0142   TO: 5550187   P.{}/2"
    c = Page(left=60, right=552, top=30)
    c.t(40, 22, hdr.format(1), "Mono", 10)
    c.y = 60
    c.text("FAX", "Sans-B", 40)
    c.text(FICT_EN, "Sans-B", 9)
    c.gap(14)
    for a, b in [("To:", "Imani Castell, MD - Riverbend Psychiatry"), ("Fax:", "555-0187"), ("From:", "Summitra Rx Clinical Review"),
                 ("Date:", "11/25/2026"), ("Pages:", "2 (including this cover)"), ("Re:", "Coverage determination - see attached")]:
        c.kv(a, b, lw=80, size=13, lead=22)
    c.gap(18)
    c.para("Attached is a copy of the member's notice of denial. Prior authorization and pharmacy claim questions: "
           "Summitra Rx Pharmacy Services, PO Box 60100, Ostrander Bay, AZ 85099 (not the appeals address).",
           "Sans", 12, lead=17)
    c.gap(20)
    c.para("CONFIDENTIALITY: This fax may contain protected health information. If you received it in error, call "
           "1-888-555-0142 and destroy it.", "Sans", 10)
    p = Page(left=54, right=558, top=30)
    p.t(40, 22, hdr.format(2), "Mono", 10)
    p.y = 48
    p.text("Summitra Rx (PDP)", "Sans-B", 16)
    p.text(FICT_EN, "Sans-B", 8)
    p.text("Notice of Denial of Medicare Prescription Drug Coverage", "Sans-B", 13)
    p.gap(4)
    p.kv("Date of notice:", "2026/11/24", lw=135, size=11)
    p.kv("Member:", "Dolores A. Whitcombe", lw=135, size=11)
    p.kv("Member ID:", "SRX-FICT-30418872", lw=135, size=11)
    p.kv("Birth date:", "1946/11/26", lw=135, size=11)
    p.kv("Case number:", "CD-26-1124-0917", lw=135, size=11)
    p.kv("Prescriber:", "Imani Castell, MD", lw=135, size=11)
    p.gap(6)
    p.para("Your doctor asked us to decide quickly, and we processed this request on the expedited (72-hour) "
           "timeline. We denied the drug you asked for: ketamine HCl 50 mg sublingual troche (compounded), "
           "1 troche daily.", "Sans", 11)
    p.para("Reason: the drug is not on our Drug List (formulary) and compounded drugs whose ingredients are not "
           "covered Part D drugs for this use are not covered. You or your prescriber may ask for a formulary "
           "exception.", "Sans", 11)
    p.text("Your right to a redetermination (appeal)", "Sans-B", 11)
    p.para("You must ask for a redetermination within 65 days from the date of this notice. Send your written "
           "request to:", "Sans", 11)
    p.lines(addr, "Sans", 11, x=100)
    p.gap(4)
    p.para("Fax 1-888-555-0149. Expedited appeals may be requested by phone at 1-888-555-0142, 24 hours a day.",
           "Sans", 11)
    k = key(f, "1-bit fax TIFF (204 x 98 dpi), page 1 is a fax cover sheet dated 11/25/2026 to the prescriber; the "
            "notice on page 2 is dated 2026/11/24 (year-first). Birth date 1946/11/26 (year-first, month and day two days "
            "after the notice). Case number is the claim number (drug request: no service dates or codes, keys left "
            "out). Expedited request: urgent. Pharmacy PO Box 60100 is not for appeals. Deadline 65 days.",
            "Dolores A. Whitcombe", "SRX-FICT-30418872", "CD-26-1124-0917", "2026-11-24", None, None, None,
            "not_covered", "medicare_part_d", True, plus_days("2026-11-24", 65),
            "within 65 days from the date of this notice", ", ".join(addr))
    return case(f, "fax", k, ["2026/11/24"], [c, p],
                "fax cover first (date 11/25, prescriber as addressee); year-first notice date; year-first birth date two days after; non-formulary compound; pharmacy PO Box not for appeals; expedited",
                "Medicare Part D coverage determination: not covered (non-formulary compound), expedited")


def c04():
    f = "04-medicaid-mco-nabd-plaintext.txt"
    addr = ["Prairie Lantern Health Plan", "Attn: Appeals Coordinator", "800 Millrace Street", "Suite 1200",
            "Tallgrass City, KS 66999"]
    txt = f"""{FICT_EN}

PRAIRIE LANTERN HEALTH PLAN  *  KanCare-style Medicaid managed care (FICTIONAL)
Member Services 1-877-555-0151  TTY 711  *  www.prairielantern.example

==============================================================================
              NOTICE OF ADVERSE BENEFIT DETERMINATION
==============================================================================

NOTICE DATE ....................... 12-Nov-2026
MEMBER NAME ....................... Tobias R. Hargreave
DATE OF BIRTH ..................... 14-Nov-1979
MEDICAID ID ....................... KS-FICT-77310458
HOUSEHOLD CASE # .................. 0029183366
CLAIM # ........................... 26311-A8840-17
PROVIDER .......................... Bluestem TMS Center
DATE(S) OF SERVICE ................ 03-Nov-2026
SERVICE ........................... 90867 (TMS, initial treatment session)
DIAGNOSIS ......................... F33.2

Tobias R. Hargreave
1207 Coneflower Lane, Apt 3
Tallgrass City, KS 66998

Dear Tobias R. Hargreave:

WHAT WE DECIDED
We denied payment for the service listed above. Transcranial magnetic
stimulation needs approval before it is given (prior authorization).
We have no prior authorization request on file from Bluestem TMS Center
for this service. The rule we used: Prairie Lantern Provider Manual,
section 7.4, Services Requiring Prior Authorization.

YOUR RIGHT TO APPEAL
You can ask for an appeal if you disagree. You must ask within 60 days
from the date on this notice. You can call us to appeal, or write to:

    {addr[0]}
    {addr[1]}
    {addr[2]}, {addr[3]}
    {addr[4]}

Do not mail appeals to our claims address, PO Box 9120, Tallgrass City,
KS 66998; that box is for providers' claims only.

KEEPING YOUR SERVICES
If this decision stops a service you already get, you can keep getting it
while your appeal is decided if you ask within 10 days of the date this
notice was mailed (mailed 13-Nov-2026).

STATE FAIR HEARING
If we uphold our decision, you can ask for a State Fair Hearing within
120 days from the date of our appeal decision.

Free help in other languages: 1-877-555-0151.
"""
    k = key(f, "Plain-text NABD with dotted-leader labels in capitals and dd-Mon-yyyy dates (12-Nov-2026); DOB "
            "14-Nov-1979 two days after the notice; mailed 13-Nov-2026; household case number beside the Medicaid "
            "ID; claims PO Box not for appeals; 10-day continuation and 120-day fair hearing are not the appeal "
            "deadline. Appeals address wrapped onto 4 lines (street and suite on one line).",
            "Tobias R. Hargreave", "KS-FICT-77310458", "26311-A8840-17", "2026-11-12", ["2026-11-03"], ["90867"],
            ["F33.2"], "prior_authorization", "medicaid", False, plus_days("2026-11-12", 60),
            "within 60 days from the date on this notice", ", ".join(addr))
    return case(f, "txt", k, ["12-Nov-2026", "03-Nov-2026"], txt,
                "dd-Mon-yyyy dates; dotted leaders; household case #; mailed date; claims box not for appeals; 10/120-day windows",
                "Medicaid managed care NABD: no prior authorization (TMS)")


def c05():
    f = "05-chip-two-addresses.docx"
    addr = ["BrightSteps CHIP", "Attn: Appeals Unit", "1190 Juniper Loop", "Suite 5", "Cobre Springs, NM 87999"]
    doc = {
        "header": ["BrightSteps CHIP - Children's Health Insurance Program", FICT_EN],
        "blocks": [
            ("p", "November 6, 2026"),
            ("p", "Rochelle Brannigan\nParent/guardian of Elijah J. Brannigan\n44 Cottonwood Bend\nCobre Springs, NM 87998"),
            ("table", [["Child (member)", "Member ID", "Family account", "Date of birth"],
                       ["Elijah J. Brannigan", "BSC-FICT-2209147", "FA-558120", "11/08/2011"]]),
            ("table", [["Claim number", "Provider", "Dates of service", "Code", "Diagnosis"],
                       ["96-2630-11825", "Sandia Brain Health", "10/12/2026, 10/13/2026, 10/14/2026", "90868", "F32.2"]]),
            ("h", "Notice of Adverse Benefit Determination"),
            ("p", "Dear Ms. Brannigan:"),
            ("p", "BrightSteps CHIP reviewed the claim for transcranial magnetic stimulation given to your son. We decided "
                  "the treatment was not medically necessary: our criteria for TMS in members under 18 require a "
                  "trial of an evidence-based psychotherapy and two antidepressant trials, and the records show one "
                  "antidepressant trial."),
            ("p", "BrightSteps is a separate CHIP plan. It is not Medicaid."),
            ("h", "Two addresses - please read"),
            ("table", [["For", "Write to"],
                       ["Questions, ID cards, address changes", "BrightSteps CHIP Member Services, PO Box 4021, Cobre Springs, NM 87998"],
                       ["Appeals of this decision", "BrightSteps CHIP, Attn: Appeals Unit, 1190 Juniper Loop, Suite 5, Cobre Springs, NM 87999"]]),
            ("h", "How to appeal"),
            ("p", "You may ask us to review this decision. Your appeal must reach us within 60 calendar days from the "
                  "date of this letter. Mail it to the appeals address above:"),
            ("p", "\n".join(addr)),
            ("p", "If your son's health could be seriously harmed by waiting, ask for a fast appeal at 1-855-555-0170. "
                  "If we keep our decision you may ask the state for an independent review of it."),
            ("p", "Sincerely,\nUtilization Management, BrightSteps CHIP"),
        ]}
    k = key(f, "Word letter from a separate CHIP ('It is not Medicaid') to the parent; the child is the patient; "
            "child's DOB 11/08/2011 two days after the notice; family account number beside the member ID; a table "
            "with two addresses (member services vs appeals) and the appeals block repeated below; three service "
            "dates in one cell. Deadline 60 calendar days.",
            "Elijah J. Brannigan", "BSC-FICT-2209147", "96-2630-11825", "2026-11-06",
            ["2026-10-12", "2026-10-13", "2026-10-14"], ["90868"], ["F32.2"], "medical_necessity", "chip", False,
            plus_days("2026-11-06", 60), "within 60 calendar days from the date of this letter", ", ".join(addr))
    return case(f, "docx", k, ["November 6, 2026", "10/12/2026", "10/13/2026", "10/14/2026"], doc,
                "parent addressee vs child; correspondence vs appeals address table; family account no.; DOB 2 days after",
                "separate CHIP: medical necessity (TMS for a teenager)")


def c06():
    f = "06-fehb-two-column-newsletter.pdf"
    addr = ["Keystone Federal Health", "Attn: Reconsideration Unit", "77 Ledgerline Road", "Suite 900",
            "Brackwater, PA 17999"]
    p = Page(left=50, right=562, top=36)
    p.rect(50, 36, 512, 56, fill=0.15, stroke=0)
    p.t(62, 66, "KEYSTONE FEDERAL HEALTH", "Serif-B", 22, grey=1)
    p.t(62, 84, "Member Letter  -  Federal Employees Health Benefits Program carrier", "Sans", 9, grey=1)
    p.t(430, 66, "Nov. 9th, 2026", "Sans-B", 11, grey=1)
    p.y = 100
    p.text(FICT_EN, "Sans-B", 8)
    p.rule()
    L, R, W = 50, 318, 244
    col_top = p.y
    p.left, p.right = L, L + W
    p.text("ABOUT YOUR CLAIM", "Sans-B", 10)
    for a, b in [("Enrollee/patient", "Harold B. Nwosu-Pratt"), ("Member ID", "KFH-R48830215"),
                 ("Enrollment code", "451"), ("Date of birth", "11/07/1961"), ("Claim", "26-304-778120-00"),
                 ("Provider", "Stillwater Infusion Partners"), ("Services", "96365, J3490 on 10/08/2026"),
                 ("Diagnosis", "F33.1")]:
        p.kv(a + ":", b, lw=92, size=9)
    p.gap(8)
    p.text("OUR DECISION", "Sans-B", 10)
    p.para("You are enrolled in our High Option HMO. Stillwater Infusion Partners is not a participating (network) "
           "provider in the HMO, and the brochure covers care from non-participating providers only in a medical "
           "emergency or with our prior referral. We found neither, so we denied the claim as out of network. "
           "You may owe the provider's full charge.", "Serif", 10)
    p.text("WHO CAN HELP", "Sans-B", 10)
    p.para("Customer Service 1-800-555-0114. Claims correspondence: Keystone Federal Health, PO Box 5518, "
           "Brackwater, PA 17998 (claims only).", "Serif", 10)
    p.y = col_top
    p.left, p.right = R, R + W
    p.text("YOUR RIGHT TO ASK US TO RECONSIDER", "Sans-B", 10)
    p.para("If you disagree, write to us within 6 months from the date of this letter and ask us to reconsider "
           "(FEHB brochure, Section 8). Include this letter, the claim number and the reasons you believe we "
           "should pay. Mail your request to:", "Serif", 10)
    p.lines(addr, "Serif", 10, x=R + 14)
    p.gap(6)
    p.para("We will answer within 30 days. If we keep our decision, you may ask the Office of Personnel Management "
           "to review it within 90 days of our reconsideration decision.", "Serif", 10)
    p.text("NEWS FOR MEMBERS", "Sans-B", 10)
    p.para("Flu shots are free at network pharmacies through March. Our new telehealth line for behavioral health "
           "opens January 4 - no referral needed.", "Serif-I", 10)
    k = key(f, "Two-column newsletter-style FEHB carrier letter; date 'Nov. 9th, 2026' in the masthead bar (white on "
            "dark); enrollee is the patient; enrollment code 451 and DOB 11/07/1961 two days before; claims PO Box "
            "not for appeals; OPM 90 days is the next level. Deadline: 6 calendar months from the notice date.",
            "Harold B. Nwosu-Pratt", "KFH-R48830215", "26-304-778120-00", "2026-11-09", ["2026-10-08"],
            ["96365", "J3490"], ["F33.1"], "out_of_network", "fehb", False, plus_months("2026-11-09", 6),
            "within 6 months from the date of this letter", ", ".join(addr))
    return case(f, "pdf", k, ["Nov. 9th, 2026", "10/08/2026"], [p],
                "two columns; 'Nov. 9th' ordinal date in a dark masthead; enrollment code; claims box; OPM 90 days",
                "FEHB carrier: out of network (HMO)")


def c07():
    f = "07-tricare-photo-dayfirst-words.jpg"
    addr = ["Eastgate Military Health Services", "Attn: TRICARE Reconsiderations", "PO Box 8830",
            "Cantwell Ridge, VA 23999"]
    p = Page(left=64, right=548, top=44)
    p.text("EASTGATE MILITARY HEALTH SERVICES", "Sans-B", 15)
    p.text("TRICARE regional contractor (FICTIONAL)  -  PO Box 8800, Cantwell Ridge, VA 23999", "Sans", 9)
    p.text(FICT_EN, "Sans-B", 8)
    p.rule(1.2)
    p.text("13 November 2026", "Sans", 11)
    p.gap(6)
    p.lines(["SSgt Marcus D. Ellery", "Unit 4418 Box 20", "APO AE 09999"], "Sans", 11)
    p.gap(8)
    p.table([0, 200, 330], [
        ["Beneficiary", "DoD Benefits Number", "Date of birth"],
        ["Marcus D. Ellery (sponsor)", "1294 4470 11", "02 March 1990"],
        ["Jolene K. Ellery (patient)", "1294 4470 18", "15 November 1994"],
    ], size=10, x0=64, x1=548)
    p.gap(6)
    p.kv("TRICARE claim number:", "2026317Q05521", lw=150, size=11)
    p.kv("Services:", "G2082 on 27 October 2026 and 29 October 2026", lw=150, size=11)
    p.kv("Diagnosis:", "F33.2", lw=150, size=11)
    p.gap(6)
    p.para("Dear Sergeant Ellery: we could not pay the claim for your wife's esketamine treatment at Tidewater "
           "Psychiatric Associates. TRICARE requires an approved prior authorization for esketamine nasal spray "
           "treatment, and none was on file for these dates. Active-duty family members enrolled in TRICARE "
           "Prime also need a referral from the primary care manager.", "Serif", 11)
    p.text("RECONSIDERATION RIGHTS", "Sans-B", 11)
    p.para("If you disagree, you may ask for a reconsideration. Your request must be postmarked or received within "
           "90 days of the date of this notice (32 CFR 199.10). Send it with a copy of this notice to:", "Serif", 11)
    p.lines(addr, "Serif", 11, x=100)
    p.gap(4)
    p.para("Do not send reconsideration requests to PO Box 8800; that box is for claims.", "Serif", 11)
    k = key(f, "Phone photo (JPEG, rotated, keystone, shadow) of a TRICARE contractor letter with dates written "
            "day-first in words ('13 November 2026'); sponsor addressed, spouse is the patient: a two-row beneficiary "
            "table, the patient's DoD Benefits Number in groups (compare without spaces); patient's DOB 15 November "
            "1994 two days after the notice; claims PO Box 8800 not for appeals. Deadline 90 days from the notice.",
            "Jolene K. Ellery", "1294 4470 18", "2026317Q05521", "2026-11-13", ["2026-10-27", "2026-10-29"],
            ["G2082"], ["F33.2"], "prior_authorization", "tricare", False, plus_days("2026-11-13", 90),
            "postmarked or received within 90 days of the date of this notice", ", ".join(addr))
    return case(f, "photo", k, ["13 November 2026", "27 October 2026", "29 October 2026"], [p],
                "photo; day-first dates in words; sponsor vs patient table with two DoD numbers; DOB 2 days after; claims box",
                "TRICARE: no prior authorization (esketamine)", angle=-3.5, fmt_img="JPEG", shadow="br")


def c08():
    f = "08-tpa-remittance-carc-rarc.pdf"
    addr = ["Ostrava Tool & Die Employee Health Plan", "c/o Meridian Ledger Benefit Administrators",
            "Attn: Provider Appeals", "3300 Cask Street", "Suite 140", "Dunmore Flats, WI 53999"]
    p = Page(left=40, right=572, top=34)
    p.text("MERIDIAN LEDGER BENEFIT ADMINISTRATORS", "Cond-B", 13)
    p.text("Third-party administrator for self-funded plans  |  PO Box 1189, Dunmore Flats, WI 53998", "Cond", 8)
    p.text(FICT_EN, "Cond-B", 8)
    p.text("PROVIDER REMITTANCE ADVICE / EXPLANATION OF PAYMENT", "Cond-B", 12, align="right")
    p.gap(4)
    p.table([0, 130, 260, 400], [
        ["Payee", "Payee NPI (fict.)", "Remit date", "EFT trace"],
        ["Lakeview Mind Clinic", "1999000188", "11/16/2026", "EFT 778210-0045"],
    ], font="Cond", head_font="Cond-B", size=8.5, x0=40, x1=572)
    p.text("Plan: Ostrava Tool & Die Employee Health Plan (self-funded, ERISA)", "Cond", 9)
    p.gap(4)
    cols = [0, 66, 160, 246, 296, 346, 392, 438, 484]
    p.table(cols, [
        ["Claim #", "Patient", "Member ID", "DOS", "Code", "Billed", "Allowed", "Paid", "Adj"],
        ["2611 0048 1", "Cora Lindqvist", "MLB-FICT-7720114", "10/05/2026", "99214", "$210.00", "$148.00", "$118.40", "CO-45 PR-2"],
        ["", "Dx F41.1", "", "", "", "", "", "", ""],
        ["2611 0048 2", "Ruben Achterberg", "MLB-FICT-7720391", "06/16/2026", "96365", "$450.00", "$0.00", "$0.00", "CO-29"],
        ["", "", "", "06/16/2026", "J3490", "$290.00", "$0.00", "$0.00", "CO-29"],
        ["", "Dx F33.2", "", "", "", "", "", "", "N381"],
        ["2611 0048 3", "Ines Haverkamp", "MLB-FICT-7720876", "10/19/2026", "90837", "$195.00", "$160.00", "$160.00", "CO-45"],
        ["", "Dx F43.10", "", "", "", "", "", "", ""],
    ], font="Cond", head_font="Cond-B", size=8, x0=40, x1=572)
    p.text("Claim 2611 0048 2: DENIED - received 11/02/2026, 139 days after the date of service.", "Cond-B", 9)
    p.gap(6)
    p.text("CLAIM ADJUSTMENT REASON CODES (CARC)", "Cond-B", 9)
    p.table([0, 60, 130], [
        ["Group", "Code", "Description"],
        ["CO", "45", "Charge exceeds fee schedule/maximum allowable or contracted/legislated fee arrangement."],
        ["PR", "2", "Coinsurance amount."],
        ["CO", "29", "The time limit for filing has expired."],
    ], font="Cond", head_font="Cond-B", size=8, x0=40, x1=572)
    p.text("REMITTANCE ADVICE REMARK CODES (RARC)", "Cond-B", 9)
    p.table([0, 60], [
        ["Code", "Description"],
        ["N381", "Consult our contractual agreement for restrictions/billing/payment information related to these charges."],
    ], font="Cond", head_font="Cond-B", size=8, x0=40, x1=572)
    p.gap(6)
    p.text("APPEALS", "Cond-B", 9)
    p.para("The plan's filing limit is 90 days from the date of service. A provider or member may appeal a denied "
           "claim within 180 days of the date of this remittance, with proof of timely filing (for example a "
           "clearinghouse acceptance report). Send written appeals to:", "Cond", 9)
    p.lines(addr, "Cond", 9, x=70, lead=11)
    p.gap(4)
    p.para("PO Box 1189 receives claims and payments only; appeals mailed there are returned. Questions: "
           "1-800-555-0128.", "Cond", 9)
    k = key(f, "Provider remittance from a TPA for a self-funded ERISA plan: three claims for three patients, only claim "
            "2611 0048 2 (Ruben Achterberg) denied; the other claims' codes, dates, diagnoses and CO-45/PR-2 are "
            "not in the key; its CARC CO-29 (RARC N381 is a remark code, not a CARC). Remit date 11/16/2026 is the "
            "notice date. Claim numbers in groups (compare without spaces). The plan (c/o the administrator) is the "
            "addressee. Administrator: Meridian Ledger Benefit Administrators; plan: Ostrava Tool & Die Employee "
            "Health Plan. Deadline 180 days from the remit date.",
            "Ruben Achterberg", "MLB-FICT-7720391", "2611 0048 2", "2026-11-16", ["2026-06-16"], ["96365", "J3490"],
            ["F33.2"], "timely_filing", "employer_erisa", False, plus_days("2026-11-16", 180),
            "within 180 days of the date of this remittance", ", ".join(addr), carc=["CO-29"])
    return case(f, "pdf", k, ["11/16/2026", "06/16/2026"], [p],
                "remittance, 3 claims/3 patients, 1 denied; near-identical claim numbers; CARC and RARC tables; received date; payments box not for appeals; c/o block",
                "employer self-funded (ERISA) via TPA: timely filing, CO-29")


def c09():
    f = "09-student-plan-email-html.eml"
    addr = ["Aldergrove Mutual Insurance Company", "Attn: Student Plan Appeals", "615 Tamarack Avenue", "Floor 3",
            "Hollis Bend, VT 05999"]
    html = f"""<html><body style="font-family:Georgia,serif">
<p style="font-size:11px;color:#555">{FICT_EN}</p>
<table width="100%" style="background:#1d3557;color:#fff"><tr><td style="padding:10px"><b>Crescent Lake University
Student Health Insurance Plan</b><br>underwritten by Aldergrove Mutual Insurance Company</td></tr></table>
<p>Hi Priya,</p>
<p>A new letter about your claim is ready. For your convenience the full text is below.</p>
<hr>
<h3>Explanation of Benefits - Claim Denial</h3>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td>Letter date</td><td>Nov. 18th, 2026</td></tr>
<tr><td>Student / insured</td><td>Priya Ramaswamy-Cole</td></tr>
<tr><td>Student ID (university)</td><td>90011827</td></tr>
<tr><td>Insurance member ID</td><td>CLU-SHIP-26-0048213</td></tr>
<tr><td>Date of birth</td><td>11/20/2004</td></tr>
<tr><td>Claim #</td><td>AM-26-1110-6637</td></tr>
<tr><td>Provider</td><td>Elmstead Infusion Suite</td></tr>
</table>
<br>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Date of service</th><th>Procedure</th><th>Diagnosis</th><th>Billed</th><th>Paid</th><th>Code</th></tr>
<tr><td>10/29/2026</td><td>96365</td><td>F33.1</td><td>$380.00</td><td>$0.00</td><td>CO-16 / M119</td></tr>
<tr><td>10/29/2026</td><td>J3490</td><td>F33.1</td><td>$240.00</td><td>$0.00</td><td>CO-16 / M119</td></tr>
</table>
<p><b>Reason:</b> CO-16, the claim lacks information needed for adjudication; M119, missing/incomplete/invalid
National Drug Code (NDC). The unlisted drug code J3490 must be billed with the NDC, drug name and dose. Your
provider may send a corrected claim, or you may appeal.</p>
<p><b>Appeals.</b> Your appeal must be received by May 17th, 2027. Mail it to:<br>
{'<br>'.join(addr)}</p>
<p>Questions? Reply to this e-mail or call 1-888-555-0136. Student Health Insurance Office, 1 College Green,
Hollis Bend, VT 05998 (not for appeals).</p>
<p style="font-size:10px">This student health plan is individual health insurance coverage offered through the
university.</p>
</body></html>"""
    eml = {"subject": "Your claim AM-26-1110-6637: a new letter is ready", "from": "SHIP Notices <notices@aldergrove-mutual.example>",
           "to": "Priya Ramaswamy-Cole <priya.rc@students.crescentlake.example>", "date": "Thu, 19 Nov 2026 07:41:12 -0500",
           "html": html, "plain": None, "cte": "quoted-printable"}
    k = key(f, "HTML-only e-mail (quoted-printable) with the letter in two tables; e-mail sent 19 Nov, letter date "
            "'Nov. 18th, 2026'; university student ID beside the member ID; DOB 11/20/2004 two days after; CO-16 "
            "with RARC M119 (missing NDC); stated deadline date 'May 17th, 2027' (180 days); university office "
            "address not for appeals. Student health plan = individual market coverage.",
            "Priya Ramaswamy-Cole", "CLU-SHIP-26-0048213", "AM-26-1110-6637", "2026-11-18", ["2026-10-29"],
            ["96365", "J3490"], ["F33.1"], "coding_billing", "individual_aca", False, "2027-05-17",
            "must be received by May 17th, 2027", ", ".join(addr), carc=["CO-16"])
    return case(f, "eml", k, ["Nov. 18th, 2026", "10/29/2026", "May 17th, 2027"], eml,
                "HTML only, QP; e-mail date vs letter date; ordinal dates; student ID; CO-16/M119; stated deadline date",
                "student health plan (individual market): coding/billing (missing NDC)")


def c10():
    f = "10-church-plan-vision-letter-misfiled.pdf"
    addr = ["Covenant Shepherd Health Benefits Trust", "Attn: Appeals Committee", "19 Vesper Row", "Suite 2A",
            "Gilead Crossing, ND 58999"]
    v = Page(left=72, right=540, top=50)
    v.text("ClearSight Vision Services", "Sans-B", 16)
    v.text("Vision benefits carve-out for the Covenant Shepherd plan  |  PO Box 4470, Gilead Crossing, ND 58998", "Sans", 8)
    v.text(FICT_EN, "Sans-B", 8)
    v.gap(10)
    v.text("November 2, 2026", "Sans", 10)
    v.gap(6)
    v.text("VISION BENEFIT STATEMENT - THIS IS NOT A BILL", "Sans-B", 11)
    v.kv("Covered person:", "Bethany R. Kowalczyk", lw=120)
    v.kv("Vision ID:", "CSV 4471 0938", lw=120)
    v.kv("Vision claim:", "VS-882014", lw=120)
    v.kv("Service:", "Routine eye exam and lenses, 10/19/2026", lw=120)
    v.kv("Status:", "Processed - plan paid $145.00", lw=120)
    v.gap(6)
    v.para("If you have a question about this vision claim or want us to review it, write to ClearSight Vision, "
           "Attn: Claims Review, PO Box 4470, Gilead Crossing, ND 58998 within 180 days.", "Sans", 10)
    p = Page(left=72, right=540, top=50)
    p.text("COVENANT SHEPHERD HEALTH BENEFITS TRUST", "Serif-B", 14, align="center")
    p.text("A church plan maintained for the congregations and ministries of the Upper Plains Synod", "Serif-I", 9, align="center")
    p.text(FICT_EN, "Sans-B", 8, align="center")
    p.gap(12)
    p.text("October 30, 2026", "Serif", 11)
    p.gap(6)
    p.lines(["Bethany R. Kowalczyk", "306 Linden Court", "Gilead Crossing, ND 58997"], "Serif", 11)
    p.gap(6)
    p.text("Re: Claim CS-2026-0931-118   Member ID CSB-FICT-100938-A   Birth date 11/01/1988", "Serif-B", 10)
    p.gap(6)
    p.para("Dear Ms. Kowalczyk:", "Serif", 11)
    p.para("We have reviewed the claim from Prairie Light Infusion Center for intravenous ketamine on 10/06/2026, "
           "10/09/2026 and 10/13/2026 (codes 96365, 96366 and J3490; diagnosis F31.5, bipolar disorder, current "
           "episode depressed, severe). The Trust denies this claim because ketamine infusion for bipolar "
           "depression is experimental or investigational under Article 9.2 of the Plan Document: it is not "
           "approved by the FDA for that use and the Trust's medical consultant found the evidence insufficient.",
           "Serif", 11)
    p.para("The Trust is a church plan and is not governed by ERISA, but it offers the internal appeal and external "
           "review rights that federal law requires of church plans.", "Serif", 11)
    p.para("To appeal, write to the Appeals Committee within 180 days from the date you receive this notice. "
           "Address your appeal to:", "Serif", 11)
    p.lines(addr, "Serif", 11, x=108)
    p.gap(6)
    p.para("Questions about dental or vision claims go to those carriers, not to the Trust. Trust Member Services: "
           "1-800-555-0190.", "Serif", 11)
    p.para("In Christ's service,", "Serif", 11)
    p.text("Claims Review Office", "Serif", 11)
    k = key(f, "Two-page PDF: page 1 is a misfiled vision carve-out statement (other ID, claim, a later date November "
            "2, 2026 and its own review PO Box: none of it is the notice); page 2 is the church plan's medical "
            "denial dated October 30, 2026. Identifiers in a Re: line; DOB 11/01/1988 two days after; 'not governed "
            "by ERISA' (church plan). Deadline: 180 days counted from the notice date.",
            "Bethany R. Kowalczyk", "CSB-FICT-100938-A", "CS-2026-0931-118", "2026-10-30",
            ["2026-10-06", "2026-10-09", "2026-10-13"], ["96365", "96366", "J3490"], ["F31.5"],
            "experimental_investigational", "church", False, plus_days("2026-10-30", 180),
            "within 180 days from the date you receive this notice", ", ".join(addr))
    return case(f, "pdf", k, ["October 30, 2026", "10/06/2026", "10/09/2026", "10/13/2026"], [v, p],
                "misfiled vision carve-out page first, with a later date and its own review address; Re: line identifiers; church plan not ERISA",
                "church plan: experimental/investigational (ketamine for bipolar depression)")


def c11():
    f = "11-county-plan-typed-form-scan.pdf"
    addr = ["Marlow County Employees Health Plan", "Attn: Benefits Appeal Board", "County Administration Building",
            "Room 214", "500 Courthouse Square", "Harrowgate, AL 35999"]
    p = Page(left=54, right=558, top=40)
    p.text("MARLOW COUNTY EMPLOYEES HEALTH PLAN", "Serif-B", 14, align="center")
    p.text("Governmental plan - Department of Human Resources, Benefits Division", "Serif", 9, align="center")
    p.text(FICT_EN, "Sans-B", 8, align="center")
    p.text("FORM HR-B-77   NOTICE OF ADVERSE BENEFIT DETERMINATION", "Sans-B", 11, align="center")
    p.gap(6)
    rows = [("1. Date of notice", "11/10/2026"), ("2. Covered person", "Dwayne O. Petrakis"),
            ("3. Employee number (payroll)", "E-004417"), ("4. Plan member ID", "MCE-FICT-88104-01"),
            ("5. Date of birth", "11/12/1969"), ("6. Claim / request no.", "26-1110-MC-0417"),
            ("7. Service(s) and date(s)", "S0013 esketamine 84 mg, 10/21/2026"), ("8. Diagnosis code(s)", "F33.2"),
            ("9. Provider", "Cahaba Valley Behavioral Health")]
    for lab, val in rows:
        top = p.y
        p.rect(54, top, 504, 24, fill=None, stroke=0.7)
        p.line(250, top, 250, top + 24, 0.7)
        p.t(60, top + 16, lab, "Sans", 9)
        p.t(258, top + 16, val, "Mono", 11)
        p.y = top + 24
    p.gap(8)
    p.text("10. Reason for denial (check one)", "Sans-B", 9)
    for box, lab in [(" ", "Not medically necessary"), ("X", "Step therapy requirement not met"), (" ", "Not a covered benefit"),
                     (" ", "Other:")]:
        p.text(f"[{box}] {lab}", "Mono", 10, x=70)
    p.text("11. Explanation:", "Sans-B", 9)
    p.para("Plan requires documented trials of 2 antidepressants from different classes and 1 augmentation agent "
           "before esketamine. Only 1 trial documented.", "Mono", 10, x=70)
    p.text("12. Your appeal rights", "Sans-B", 9)
    p.para("You may file a written appeal no later than 180 days after you receive this notice. This governmental "
           "plan is not subject to ERISA. Send the appeal to:", "Sans", 9, x=70)
    p.lines(addr, "Sans", 9, x=90, lead=11)
    p.gap(4)
    p.para("Claims are processed at PO Box 330, Harrowgate, AL 35998. Do not send appeals there.", "Sans", 9, x=70)
    p.t(400, 120, "rec'd 11/16/26  DP", "Hand", 14, grey=0.25)
    p.line(398, 124, 530, 121, 1.0, grey=0.3)
    p.t(300, 745, "Reviewer: K. Ashdown, RN", "Hand", 12, grey=0.25)
    k = key(f, "Image-only scan of a county form with typed (monospace) fill-ins in boxed rows and a handwritten "
            "'rec'd 11/16/26' mark; payroll employee number beside the plan member ID; DOB 11/12/1969 two days after "
            "the notice; check-box reason (step therapy); governmental plan, not ERISA; claims PO Box not for "
            "appeals; the appeals block has a building and room line. Deadline: 180 days counted from the notice date.",
            "Dwayne O. Petrakis", "MCE-FICT-88104-01", "26-1110-MC-0417", "2026-11-10", ["2026-10-21"], ["S0013"],
            ["F33.2"], "step_therapy", "governmental", False, plus_days("2026-11-10", 180),
            "no later than 180 days after you receive this notice", ", ".join(addr))
    return case(f, "scan", k, ["11/10/2026", "10/21/2026"], [p],
                "image-only scan; boxed form with typed fill-ins; handwritten received mark; payroll number; check boxes; room line",
                "county employees' plan (governmental): step therapy (Spravato)", angles=[-0.8])


def c12():
    f = "12-marketplace-photo-id-card-split.png"
    addr = ["Quillhaven Health Cooperative", "Attn: Internal Appeals", "2700 Sorrel Drive", "Suite 600",
            "Vantry, CO 80999"]
    p = Page(left=60, right=552, top=40)
    p.text("Quillhaven Health Cooperative", "Sans-B", 17)
    p.text("A Health Insurance Marketplace plan  -  Silver EPO 3500", "Sans", 10)
    p.text(FICT_EN, "Sans-B", 8)
    p.gap(8)
    # copy of the ID card pasted into the letter
    top = p.y
    p.rect(330, top, 222, 120, fill=0.93, stroke=1)
    p.t(340, top + 18, "QUILLHAVEN  Silver EPO", "Sans-B", 10)
    p.t(340, top + 38, "Member", "Sans", 8)
    p.t(340, top + 50, "TEODORA VLASIC", "Sans-B", 10)
    p.t(340, top + 68, "ID", "Sans", 8)
    p.t(340, top + 82, "QCH 4418", "Mono-B", 12)
    p.t(340, top + 98, "2207 01", "Mono-B", 12)
    p.t(450, top + 68, "Rx BIN 019999", "Sans", 8)
    p.t(450, top + 82, "PCP $25", "Sans", 8)
    p.t(340, top + 114, "Copy of member ID card", "Sans-I", 7)
    p.lines(["2026-11-20", "", "Teodora Vlasic", "88 Larkspur Way", "Vantry, CO 80998"], "Sans", 10)
    p.y = top + 130
    p.kv("Member ID:", "QCH 4418 2207 01", lw=120)
    p.kv("Birth date:", "1991-11-22", lw=120)
    p.kv("Claim number:", "QH-26-11-028841", lw=120)
    p.kv("Service:", "96365 and J3490 on 2026-10-30, diagnosis F33.2", lw=120)
    p.kv("Adjustment:", "CO-204", lw=120)
    p.gap(6)
    p.para("Dear Teodora Vlasic: we will not pay for the ketamine infusion you received at Front Range Infusion "
           "Therapy. Your Evidence of Coverage, Section 11 (Exclusions), item 31, excludes ketamine infusions for "
           "psychiatric conditions. CO-204 means this service is not covered under the patient's current benefit "
           "plan.", "Serif", 11)
    p.text("How to appeal", "Sans-B", 11)
    p.para("You can ask for an internal appeal within 180 days after you get this letter. Send it in writing to "
           "the address below, or fax 1-844-555-0177.", "Serif", 11)
    p.lines(addr, "Serif", 11, x=96)
    p.gap(4)
    p.para("After an internal appeal you can ask for an external review. Help: Colorado-style consumer assistance "
           "line 1-800-555-0105 (fictional).", "Serif", 11)
    k = key(f, "Phone photo (PNG) of a Marketplace letter with a copy of the ID card whose ID is split on two lines "
            "('QCH 4418' / '2207 01'); the letter's own 'Member ID: QCH 4418 2207 01' compares without spaces. "
            "ISO dates (2026-11-20); DOB 1991-11-22 two days after; CO-204; exclusion = not covered. Deadline 180 "
            "days counted from the notice date.",
            "Teodora Vlasic", "QCH 4418 2207 01", "QH-26-11-028841", "2026-11-20", ["2026-10-30"], ["96365", "J3490"],
            ["F33.2"], "not_covered", "individual_aca", False, plus_days("2026-11-20", 180),
            "within 180 days after you get this letter", ", ".join(addr), carc=["CO-204"])
    return case(f, "photo", k, ["2026-11-20", "2026-10-30"], [p],
                "photo PNG; ID card copy with the ID split on two lines, name in capitals; ISO dates; DOB 2 days after; CO-204 exclusion",
                "individual Marketplace plan: not covered (exclusion)", angle=4.0, fmt_img="PNG", shadow="tl")


CASES = [c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12]
