"""Cases 01-09 of the intake18 blind set. Everything here is FICTIONAL."""
import os

import render as R
from common import D, long, make_key, plus_days, plus_months, short, us

FICT = "FICTIONAL SAMPLE - invented people, plans, providers and numbers"
M = 54  # left margin


def head(p, name, addr_lines, y=50, size=15, color=(20, 50, 110), fict=FICT):
    p.text(M, y, name, size, bold=True, color=color)
    y += size * 0.9
    for ln in addr_lines:
        y += 11
        p.text(M, y, ln, 8.5, color=(60, 60, 60))
    y += 12
    p.fictional(M, y, fict)
    return y + 20


def save_photo(page, path, dpi, **kw):
    img = R.to_image(page, dpi)
    out = R.photo(img, **kw)
    if path.endswith(".jpg"):
        out.save(path, quality=86)
    else:
        out.save(path)


# 01 ---------------------------------------------------------------------------------------------
def c01(out):
    f = "01-employer-insured-ketamine-photo-counter-lowlight.jpg"
    notice, dob = D(2026, 11, 12), D(1971, 11, 14)
    svc = [D(2026, 10, 21), D(2026, 10, 28)]
    name, mid, clm = "Nadia V. Castellanos", "KPH-FICT-440918-01", "26-3081-77415"
    basis = "within 180 days after you receive this letter"
    addr = "Keystone Prairie Health Insurance Company, Attn: Member Appeals, PO Box 3307, Cedar Mills, IA 52099"
    p = R.Page()
    y = head(p, "Keystone Prairie Health Insurance Company",
             ["1200 Commerce Parkway, Des Arbres, IA 52001  |  Member Services 1-800-555-0134  |  kph.example"])
    p.text(M, y, long(notice), 10)
    y += 26
    y = p.lines(M, y, [name, "4417 Larchmont Drive", "Prairie Bend, IA 52088"], 10)
    # boxed claim details at the right
    bx, by = 330, y - 62
    p.rect(bx, by, 228, 92, lw=1)
    p.rect(bx, by, 228, 15, stroke=None, fill=(30, 60, 120))
    p.text(bx + 6, by + 11, "CLAIM DETAILS", 8.5, bold=True, color=(255, 255, 255))
    p.kv(bx + 6, by + 28, [("Member:", name), ("Member ID:", mid), ("Date of birth:", us(dob)),
                            ("Claim number:", clm), ("Group:", "Marlow Foundry Supply Co.")], 72, size=8.5,
         leading=12.5)
    y += 18
    p.text(M, y, "Notice of Adverse Benefit Determination", 12, bold=True)
    y += 20
    p.text(M, y, f"Dear {name.split()[0]} {name.split()[-1]}:", 10)
    y += 18
    y = p.para(M, y, 504, "We reviewed the claim your provider, Clearwater Ketamine & Wellness Clinic, sent us for "
               "intravenous ketamine infusions. Your group health plan is insured by Keystone Prairie Health "
               "Insurance Company. We have denied payment for the services listed below.", 10)
    y = p.table(M, y, [70, 52, 170, 62, 62, 88], [
        ["Date", "Code", "Service (as billed)", "Billed", "Plan paid", "Adjustment"],
        [us(svc[0]), "96365", "IV infusion, first hour", "$640.00", "$0.00", "CO-50"],
        [us(svc[0]), "J3490", "Ketamine HCl 50 mg/mL", "$95.00", "$0.00", "CO-50"],
        [us(svc[1]), "96365", "IV infusion, first hour", "$640.00", "$0.00", "CO-50"],
        [us(svc[1]), "96366", "IV infusion, added hour", "$210.00", "$0.00", "CO-50"],
        [us(svc[1]), "J3490", "Ketamine HCl 50 mg/mL", "$95.00", "$0.00", "CO-50"]], size=8.5)
    y = p.para(M, y, 504, "Diagnosis on the claim: F33.2. Why we denied it: our medical director reviewed your "
               "records against the plan's policy MP-214 (Ketamine for Mood Disorders). The policy covers IV "
               "ketamine for depression only after documented trials of at least four antidepressants from two "
               "classes and an adequate course of ECT, or a reason ECT cannot be given. The records show three "
               "antidepressant trials and no ECT evaluation. The service is therefore not medically necessary "
               "under the plan. CO-50: these are non-covered services because this is not deemed a medical "
               "necessity by the payer.", 10)
    p.text(M, y, "Your right to appeal", 11, bold=True)
    y += 16
    y = p.para(M, y, 504, f"You may ask us to review this decision. Your written appeal must be filed {basis}. "
               "Include your name, member ID, the claim number and any records or letters from your doctor. You "
               "may ask for copies of the policy and all documents about your claim, free of charge.", 10)
    p.text(M, y, "Mail your appeal to:", 10, bold=True)
    y += 14
    y = p.lines(M + 18, y, ["Keystone Prairie Health Insurance Company", "Attn: Member Appeals", "PO Box 3307",
                            "Cedar Mills, IA 52099"], 10)
    y += 6
    y = p.para(M, y, 504, "Please do not send appeals to our Commerce Parkway office. If your health is in serious "
               "danger, call 1-800-555-0134 and ask for an urgent appeal. After our appeal decision you may ask "
               "for an independent external review.", 9.5)
    p.text(M, y + 4, "Utilization Management Department  -  Keystone Prairie Health Insurance Company", 8.5,
           color=(80, 80, 80))
    save_photo(p, os.path.join(out, f), 170, out_size=(1700, 2200),
               quad=[(170, 150), (1570, 120), (1630, 2090), (100, 2130)], bg="counter", seed=101, light=0.72,
               warm=(1.05, 0.95, 0.78), shadow=([(0, 0), (900, 0), (700, 500), (0, 700)], 0.35, 60),
               thumb=(120, 1900, 70), strip=("bottom", 40, (40, 36, 32)), angle=-1.0, curl_amp=10,
               gradient=(0.2, -0.15))
    key = make_key(f, "FICTIONAL: invented people, plan and numbers. Insured employer group plan's letter "
                   "photographed on a kitchen counter (JPEG) in low warm light, keystoned, curled, a thumb at the "
                   "lower left and the phone's shadow top left; a boxed claim-details panel beside the address "
                   "(DOB two days after the notice); five claim lines in a grid; the Commerce Parkway office is "
                   "not for appeals; deadline counted from receipt (no mailing days).",
                   name, mid, clm, notice, svc, ["96365", "96366", "J3490"], ["F33.2"], ["CO-50"],
                   "medical_necessity", "employer_erisa", False, plus_days(notice, 180), basis, addr)
    return key, p.texts


# 02 ---------------------------------------------------------------------------------------------
def c02(out):
    f = "02-medicare-advantage-spravato-step-two-column-photo-hand.png"
    notice, dob = D(2026, 11, 5), D(1949, 11, 7)
    svc = [D(2026, 10, 13), D(2026, 10, 16), D(2026, 10, 20)]
    name, mid, clm = "Harold E. Brannigan", "SBM-FICT-2291047", "SB-26-1030-58812"
    basis = "within 65 days from the date of this notice"
    addr = ("Silverbrook Health Plans, Appeals and Grievances Department, PO Box 6620, Harmon Falls, OH 43999")
    p = R.Page()
    y = head(p, "Silverbrook Medicare Advantage (HMO)",
             ["Silverbrook Health Plans  -  75 Quarry Street, Lorain Springs, OH 43901  -  1-877-555-0142 (TTY 711)"])
    p.text(M, y + 4, "NOTICE OF DENIAL OF PAYMENT", 13, bold=True)
    y += 28
    # left sidebar
    sx, sw = M, 178
    p.rect(sx, y, sw, 300, stroke=(120, 120, 120), fill=(232, 236, 242))
    yy = y + 16
    for lab, val in [("Date of notice", long(notice)), ("Member name", name), ("Member ID", mid),
                     ("Date of birth", us(dob)), ("Claim number", clm), ("Provider", "Lakeview Interventional"),
                     ("", "Psychiatry, LLC"), ("Service", "G2083 (esketamine"), ("", "visit, over 56 mg)"),
                     ("Dates of service", us(svc[0])), ("", us(svc[1])), ("", us(svc[2])),
                     ("Diagnosis", "F33.2")]:
        if lab:
            p.text(sx + 8, yy, lab, 7.5, bold=True, color=(70, 70, 70))
            yy += 10
        p.text(sx + 8, yy, val, 9)
        yy += 13
    # right column
    cx, cw = M + sw + 16, 504 - sw - 16
    ry = y + 10
    ry = p.lines(cx, ry, [name, "88 Willowcrest Lane, Apt 4", "Lorain Springs, OH 43904"], 9.5)
    ry += 8
    ry = p.para(cx, ry, cw, f"Dear {name.split()[0]} {name.split()[-1]}:", 9.5)
    ry = p.para(cx, ry, cw, "We have denied payment for the esketamine (Spravato) treatment sessions shown at left. "
                "Your plan covers this Part B drug when its step therapy rules are met. For a new start of "
                "esketamine, our policy asks for trials of two oral antidepressants and of one augmentation drug "
                "before esketamine. Our records show trials of sertraline and bupropion but no augmentation trial, "
                "and no exception was asked for before treatment began.", 9.5)
    ry = p.para(cx, ry, cw, "Because the step therapy requirement was not met, the plan will not pay for these "
                "sessions. Your provider may not bill you for them except for your usual cost sharing.", 9.5)
    p.text(cx, ry, "If you disagree with our decision", 10.5, bold=True)
    ry += 14
    ry = p.para(cx, ry, cw, f"You have the right to ask us for a reconsideration (an appeal). You must ask {basis}. "
                "We can give you more time if you have a good reason for missing the deadline.", 9.5)
    p.text(M, y + 318, "How to ask for an appeal", 10.5, bold=True)
    y2 = p.para(M, y + 334, 504, "Send a written request, with any records that support it, to the address "
                "below. You may also fax it to 1-877-555-0149. Please do not send appeals to our Quarry Street "
                "member services office.", 9.5)
    y2 = p.lines(M + 18, y2, ["Silverbrook Health Plans", "Appeals and Grievances Department", "PO Box 6620",
                              "Harmon Falls, OH 43999"], 9.5)
    y2 += 8
    y2 = p.para(M, y2, 504, "If we keep our denial, we will send your case to an independent review organization "
                "for you. For help, call Silverbrook Member Services or your State Health Insurance Assistance "
                "Program at 1-800-555-0160.", 9)
    p.text(M, 760, f"H9988_PAYDN_26  Form CMS-10003 style  -  {FICT}", 7, color=(100, 100, 100))
    save_photo(p, os.path.join(out, f), 160, out_size=(1500, 1900),
               quad=[(120, 120), (1380, 170), (1420, 1800), (60, 1760)], bg="carseat", seed=202, light=0.92,
               warm=(0.95, 0.98, 1.05), shadow=([(900, 1300), (1500, 1100), (1500, 1900), (700, 1900)], 0.3, 50),
               thumb=(1440, 900, 65), angle=1.5, curl_amp=6, gradient=(-0.25, 0.1))
    key = make_key(f, "FICTIONAL: invented people, plan and numbers. Medicare Advantage payment denial "
                   "photographed in hand (PNG) over a car seat: two columns, a grey sidebar of labels over values "
                   "(DOB two days after the notice, three session dates, G2083) beside the letter; the appeal "
                   "address under the columns; the Quarry Street office is not for appeals.",
                   name, mid, clm, notice, svc, ["G2083"], ["F33.2"], None, "step_therapy",
                   "medicare_advantage", False, plus_days(notice, 65), basis, addr)
    return key, p.texts


# 03 ---------------------------------------------------------------------------------------------
def c03(out):
    f = "03-fehb-eob-ketamine-pain-claim-blocks.pdf"
    notice = D(2026, 11, 9)
    svc = [D(2026, 10, 14), D(2026, 10, 28)]
    name, mid, clm = "Deborah K. Lindqvist", "R-FICT-55201847", "PS 2630 1947 2204"
    basis = "within 6 months from the date of this statement"
    addr = "Potomac Shield Federal Plan, Reconsideration Unit, PO Box 14410, Laurel Ridge, MD 20799"
    pages = []
    p = R.Page()
    y = head(p, "Potomac Shield Federal Plan",
             ["A health benefits plan under the Federal Employees Health Benefits (FEHB) Program",
              "Claims: PO Box 14400, Laurel Ridge, MD 20799  -  Customer Service 1-888-555-0127"])
    p.text(M, y, "EXPLANATION OF BENEFITS", 14, bold=True)
    p.text(558, y, "THIS IS NOT A BILL", 9, bold=True, align="right")
    y += 22
    y = p.kv(M, y, [("Statement date:", long(notice)), ("Enrollee:", "Arne J. Lindqvist"),
                    ("Enrollee ID:", mid), ("Enrollment:", "Self and Family (code 1R2)"),
                    ("Claims processed:", "October 12, 2026 through November 6, 2026")], 110, 9.5)
    y += 8
    y = p.para(M, y, 504, "This statement shows the claims we processed for your family during the period above. "
               "Keep it with your records.", 9.5)
    blocks = [
        ("Claim 1 of 3  -  Claim no. PS 2629 0815 1102", "Patient: Arne J. Lindqvist  -  Provider: Fairlawn "
         "Family Medicine", [["Date", "Code", "Billed", "Allowed", "Plan paid", "You owe", "Remarks"],
                              ["10/09/2026", "99214", "$210.00", "$142.18", "$122.18", "$20.00", "PR-3"]],
         "Diagnosis: I10. Processed as billed."),
        (f"Claim 2 of 3  -  Claim no. {clm}", f"Patient: {name} (spouse)  -  Provider: Chesapeake Pain and "
         "Infusion Center", [["Date", "Code", "Billed", "Allowed", "Plan paid", "You owe", "Remarks"],
                             [us(svc[0]), "96365", "$725.00", "$0.00", "$0.00", "$725.00", "CO-55"],
                             [us(svc[0]), "J3490", "$140.00", "$0.00", "$0.00", "$140.00", "CO-55"],
                             [us(svc[1]), "96365", "$725.00", "$0.00", "$0.00", "$725.00", "CO-55"],
                             [us(svc[1]), "J3490", "$140.00", "$0.00", "$0.00", "$140.00", "CO-55"]],
         "Diagnosis: G89.4. DENIED. Intravenous ketamine for chronic pain is experimental or investigational "
         "under Section 10 of the plan brochure (Definitions) and Section 6 (General exclusions): it is not "
         "yet accepted as standard medical practice for this condition."),
        ("Claim 3 of 3  -  Claim no. PS 2631 0332 0911", "Patient: Deborah K. Lindqvist (spouse)  -  Provider: "
         "Bay Meadows Physical Therapy", [["Date", "Code", "Billed", "Allowed", "Plan paid", "You owe", "Remarks"],
                                           ["10/30/2026", "97110", "$160.00", "$96.40", "$71.40", "$25.00",
                                            "PR-3"]],
         "Diagnosis: M79.7. Processed as billed."),
    ]
    for title, who, rows, note in blocks:
        p.rect(M, y, 504, 16, stroke=None, fill=(220, 228, 238))
        p.text(M + 5, y + 12, title, 9.5, bold=True)
        y += 28
        p.text(M, y, who, 9)
        y += 8
        y = p.table(M, y, [70, 50, 62, 62, 62, 62, 60], rows, size=8.5, grid=False, head_fill=None)
        y = p.para(M, y + 4, 504, note, 9)
    pages.append(p)
    p = R.Page()
    y = 50
    p.text(M, y, f"Enrollee ID {mid}  -  Statement date {us(notice)}  -  Page 2 of 2", 8.5, color=(80, 80, 80))
    y += 26
    p.text(M, y, "If you disagree with a claim decision", 12, bold=True)
    y += 18
    y = p.para(M, y, 504, f"You may ask us to reconsider a denied claim. Write to us {basis}. Tell us why you "
               "believe the claim should be paid and send copies of records, letters from your doctors and any "
               "studies that support the treatment. Send your request for reconsideration to:", 10)
    y = p.lines(M + 24, y, ["Potomac Shield Federal Plan", "Reconsideration Unit", "PO Box 14410",
                            "Laurel Ridge, MD 20799"], 10)
    y += 10
    y = p.para(M, y, 504, "Do not send reconsideration requests to the claims post office box printed on page 1. "
               "If we uphold our decision, you may ask the U.S. Office of Personnel Management to review it "
               "within 90 days of the date of our reconsideration letter. See Section 8 of the plan brochure.", 10)
    y = p.para(M, y, 504, "Codes on this statement: CO-55 - procedure or treatment is deemed experimental or "
               "investigational by the payer. PR-3 - copayment amount.", 9)
    p.fictional(M, 750, FICT)
    pages.append(p)
    R.to_pdf(pages, os.path.join(out, f), "Explanation of Benefits")
    key = make_key(f, "FICTIONAL: invented people, plan and numbers. FEHB plan's explanation of benefits, text "
                   "PDF of 2 pages: three claim blocks under 'Claim N of 3' headings, the second (the enrollee's "
                   "spouse, IV ketamine for chronic pain) denied CO-55, the others paid (PR-3 and their codes are "
                   "not the denial's); a claims-processed period; claim numbers in groups; reconsideration "
                   "address on page 2; the claims PO Box is not for appeals; OPM's 90 days is the next level.",
                   name, mid, clm, notice, svc, ["96365", "J3490"], ["G89.4"], ["CO-55"],
                   "experimental_investigational", "fehb", False, plus_months(notice, 6), basis, addr)
    texts = sum((pg.texts for pg in pages), [])
    return key, texts


# 04 ---------------------------------------------------------------------------------------------
def c04(out):
    f = "04-tricare-psychotherapy-referral-provider-fax-fine.tif"
    notice, dob = D(2026, 11, 14), D(2012, 3, 9)
    svc = [D(2026, 10, 6), D(2026, 10, 13), D(2026, 10, 20)]
    name, mid, clm = "Tobias R. Quintero", "FICT3041887", "E26318004417"
    basis = "postmarked or received within 90 days of the date of this notice"
    addr = "Atlantic Federal Health Services, TRICARE East Reconsiderations, PO Box 7020, Norrisville, SC 29699"
    cover = R.Page(face="sans")
    y = 70
    cover.text(M, y, "FAX", 30, bold=True)
    y += 30
    cover.fictional(M, y, FICT)
    y += 30
    y = cover.kv(M, y, [("To:", "Harbor Point Counseling Associates - Billing"), ("Fax:", "(843) 555-0173"),
                        ("From:", "Atlantic Federal Health Services - Provider Correspondence"),
                        ("Fax:", "(843) 555-0190"), ("Date:", "11/16/2026"), ("Pages:", "3 including cover"),
                        ("Re:", "Claim determination")], 60, 12, 20)
    y += 20
    cover.para(M, y, 504, "CONFIDENTIAL: This transmission contains protected health information. If you are not "
               "the intended recipient, call (843) 555-0190 and destroy all copies.", 11)
    p1 = R.Page(face="serif")
    y = head(p1, "Atlantic Federal Health Services", ["TRICARE East Region contractor  -  PO Box 7000, "
             "Norrisville, SC 29699  -  Provider line 1-800-555-0181"], size=16, color=(0, 0, 0))
    p1.text(M, y, long(notice), 11)
    y += 24
    y = p1.lines(M, y, ["Harbor Point Counseling Associates", "Attn: Billing Office", "1930 Tidewater Road, "
                        "Suite B", "Beaufort Landing, SC 29988"], 11)
    y += 14
    y = p1.kv(M, y, [("Beneficiary:", f"{name} (family member)"), ("DoD Benefits Number:", mid),
                     ("Beneficiary DOB:", us(dob)), ("Sponsor:", "SSgt Elena M. Quintero, USMC"),
                     ("Sponsor DoD ID:", "FICT5520193"), ("Claim number:", clm),
                     ("Rendering provider:", "Corinne D. Wexley, LCSW")], 140, 11, 15)
    y += 10
    p1.text(M, y, "CLAIM DENIAL - NO REFERRAL OR AUTHORIZATION ON FILE", 11.5, bold=True)
    y += 18
    y = p1.para(M, y, 504, "We processed the claim below for outpatient psychotherapy. The beneficiary is enrolled "
                "in TRICARE Prime. Under TRICARE Prime, this care needs a referral from the primary care manager "
                "and an authorization from the regional contractor. We found neither for these dates, so the "
                "services are denied.", 11)
    y = p1.table(M, y, [80, 60, 190, 70, 104], [
        ["Date", "Code", "Service", "Billed", "Status"],
        [us(svc[0]), "90837", "Psychotherapy, 60 min", "$185.00", "Denied"],
        [us(svc[1]), "90837", "Psychotherapy, 60 min", "$185.00", "Denied"],
        [us(svc[2]), "90837", "Psychotherapy, 60 min", "$185.00", "Denied"]], size=10)
    y = p1.para(M, y, 504, "Diagnosis billed: F43.10. Remark: no referral or authorization on file for the "
                "rendering provider.", 11)
    p2 = R.Page(face="serif")
    y = 60
    p2.text(M, y, f"{name}  /  Claim {clm}  /  page 2", 10)
    y += 28
    p2.text(M, y, "RECONSIDERATION RIGHTS", 12, bold=True)
    y += 18
    y = p2.para(M, y, 504, "The beneficiary, or the provider as a participating provider, may ask for a "
                f"reconsideration of this decision. The request must be in writing and must be {basis}. "
                "Include a copy of this notice and any referral, authorization or records you have. Send it to:",
                11)
    y = p2.lines(M + 30, y, ["Atlantic Federal Health Services", "TRICARE East Reconsiderations", "PO Box 7020",
                             "Norrisville, SC 29699"], 11)
    y += 14
    y = p2.para(M, y, 504, "Do not send reconsideration requests to the claims PO Box 7000. A referral obtained "
                "now cannot be dated back, but you may send proof that one was requested before care began. "
                "Beneficiaries may get free help from a Beneficiary Counseling and Assistance Coordinator at the "
                "nearest military hospital or clinic.", 11)
    p2.fictional(M, 740, FICT)
    imgs = []
    for i, pg in enumerate([cover, p1, p2]):
        img = R.to_image(pg, 200)
        imgs.append(R.fax(img, 400 + i, f"NOV-16-2026 10:42  FROM: ATLANTIC FED HLTH SVCS  (843)555-0190  "
                          f"P.{i + 1}/3", standard=False, specks=350, dropouts=6, threshold=145,
                          angle=0.4 if i else 0))
    R.save_tiff(imgs, os.path.join(out, f), standard=False)
    key = make_key(f, "FICTIONAL: invented people, program contractor and numbers. TRICARE East contractor's "
                   "claim denial faxed to the provider, fine-mode 1-bit TIFF of 3 pages behind a cover sheet "
                   "dated two days later; a child beneficiary's DoD Benefits Number beside the sponsor's DoD ID; "
                   "no referral or authorization for TRICARE Prime; reconsideration rights and address on page 3; "
                   "the claims PO Box 7000 is not for appeals.",
                   name, mid, clm, notice, svc, ["90837"], ["F43.10"], None, "prior_authorization", "tricare",
                   False, plus_days(notice, 90), basis, addr)
    return key, cover.texts + p1.texts + p2.texts


# 05 ---------------------------------------------------------------------------------------------
def c05(out):
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor
    f = "05-part-d-expedited-compounded-ketamine-docx.docx"
    notice, dob, recd = D(2026, 11, 19), D(1958, 11, 20), D(2026, 11, 18)
    name, mid, clm = "Beatrice A. Okonkwo-Hale", "LRX-FICT-702214", "CD-2611-55830"
    basis = "within 65 days from the date of this notice"
    addr = "Lakeshore Prescription Benefits, Attn: Part D Redeterminations, PO Box 52210, Fennimore Bay, WI 53999"
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10.5)
    texts = []

    def para(s, bold=False, size=None, color=None):
        pr = doc.add_paragraph()
        r = pr.add_run(s)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor(*color)
        texts.append(s)
        return pr

    def shade(cell, hexcolor):
        tcpr = cell._tc.get_or_add_tcPr()
        sh = OxmlElement("w:shd")
        sh.set(qn("w:val"), "clear")
        sh.set(qn("w:color"), "auto")
        sh.set(qn("w:fill"), hexcolor)
        tcpr.append(sh)

    para("Lakeshore Rx Plus (PDP)", True, 16, (0, 70, 120))
    para("Lakeshore Prescription Benefits  |  400 Harborview Blvd, Fennimore Bay, WI 53901  |  1-866-555-0151 "
         "(TTY 711)", size=8.5)
    para(FICT, True, 8, (100, 100, 100))
    para("Notice of Denial of Medicare Prescription Drug Coverage", True, 14)
    t = doc.add_table(rows=4, cols=3)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    cells = [("Date:", "Enrollee's name:", "Member ID number:"), (long(notice), name, mid),
             ("Date of birth:", "Request number:", "Request received:"), (us(dob), clm, us(recd))]
    for i, row in enumerate(cells):
        for j, v in enumerate(row):
            c = t.rows[i].cells[j]
            c.text = v
            texts.append(v)
            if i % 2 == 0:
                shade(c, "D9E2F3")
                c.paragraphs[0].runs[0].bold = True
    para("")
    para(f"Dear {name}:", False)
    para("You or your doctor asked for a fast (expedited) coverage decision, and we made it within 24 hours. "
         "We have denied your request for the drug listed below.")
    para("Drug requested: ketamine HCl 100 mg/mL compounded nasal spray, 10 mL, as prescribed by Dr. Ilse "
         "Marchetti. Diagnosis given by the prescriber: F33.2 (major depressive disorder, recurrent, severe).")
    para("Why we denied your request", True, 12)
    para("Medicare prescription drug plans may only pay for a drug used for a medically accepted indication, "
         "which means a use approved by the FDA or supported by one of the drug compendia Medicare recognizes. "
         "Ketamine compounded as a nasal spray for depression is neither, so it is not a covered Part D drug for "
         "this use. Your plan cannot pay for it even with an exception. (Esketamine nasal spray given in a "
         "doctor's office is covered under Medicare Part B, not under this plan.)")
    para("Your right to appeal", True, 12)
    para(f"You have the right to ask us to review our decision (a redetermination). You must ask {basis}. "
         "If your health could be seriously harmed by waiting, you or your doctor can ask for a fast appeal and "
         "we will answer within 72 hours.")
    para("Send your written appeal to:", True)
    for ln in ["Lakeshore Prescription Benefits", "Attn: Part D Redeterminations", "PO Box 52210",
               "Fennimore Bay, WI 53999"]:
        para(ln)
    para("Fax: 1-866-555-0158. For a fast appeal, call 1-866-555-0151. Please do not mail appeals to the "
         "Harborview Blvd office above; it handles enrollment only.")
    para("If we say no again, your case will be sent to an Independent Review Entity if you ask for it. You can "
         "get free counseling from your State Health Insurance Assistance Program at 1-800-555-0165.", size=9.5)
    sec = doc.sections[0]
    fp = sec.footer.paragraphs[0]
    fp.text = "Y0077_PDDEN26 - " + FICT
    texts.append(fp.text)
    doc.core_properties.author = "Lakeshore Rx Plus"
    doc.save(os.path.join(out, f))
    key = make_key(f, "FICTIONAL: invented people, plan and numbers. Part D expedited coverage determination "
                   "denial in Word: a 4 x 3 gridded header of shaded labels over values (DOB the day after the "
                   "notice, the request received the day before); a compounded ketamine nasal spray not for a "
                   "medically accepted indication; no service dates or procedure codes printed; the request "
                   "number is the claim number; a fast decision made (urgent); enrollment office not for appeals.",
                   name, mid, clm, notice, None, None, ["F33.2"], None, "not_covered", "medicare_part_d", True,
                   plus_days(notice, 65), basis, addr)
    return key, texts


# 06 ---------------------------------------------------------------------------------------------
def c06(out):
    f = "06-medicare-summary-notice-tms-flatbed-scan.pdf"
    notice = D(2026, 11, 2)
    svc = [D(2026, 9, 14), D(2026, 9, 15), D(2026, 9, 16)]
    name, mid, clm = "Walter G. Pennington", "7FICT3TM204", "26258 401 88150"
    deadline = plus_days(notice, 120)
    basis = f"your appeal must be received by {long(deadline)}"
    addr = "Great Plains Medicare Services, Part B Redeterminations, PO Box 4190, Millbrook, KS 66999"
    p1 = R.Page()
    y = 52
    p1.text(M, y, "Medicare Summary Notice for Part B (Medical Insurance)", 15, bold=True)
    y += 16
    p1.text(M, y, "The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid "
            "Services", 9)
    y += 12
    p1.fictional(M, y, FICT)
    y += 22
    p1.rect(M, y, 250, 118, fill=(235, 235, 235), stroke=None)
    yy = p1.kv(M + 8, y + 18, [("Notice for", name), ("Medicare Number", mid), ("Date of this notice", long(notice)),
                                ("Claims processed", "August 3 - October 30, 2026")], 104, 9.5, 16)
    p1.text(M + 8, yy + 10, "Customer Service 1-800-555-0110", 8.5)
    p1.lines(330, y + 20, [name.upper(), "12 CORN CRIB ROAD", "SHAWNEE BEND KS 66987"], 10)
    y += 140
    p1.text(M, y, "Your Deductible Status", 11, bold=True)
    y += 14
    y = p1.para(M, y, 504, "You have met your Part B deductible for 2026.", 9.5)
    p1.text(M, y, "Did Medicare Approve All Services?", 11, bold=True)
    y += 14
    y = p1.para(M, y, 504, "NO. Medicare denied 3 services. See page 2 for details. If you disagree with any "
                f"claims decisions on this notice, {basis}.", 10)
    p1.text(M, y, "Providers with claims this period", 11, bold=True)
    y += 14
    y = p1.lines(M + 10, y, ["08/27/2026  Prairie View Internal Medicine", "09/14/2026  Sunflower Neuromodulation "
                             "Center"], 9.5)
    y += 12
    p1.rect(M, y, 504, 86, lw=1.2)
    p1.text(M + 8, y + 16, "How to appeal", 11, bold=True)
    p1.para(M + 8, y + 32, 488, f"Mark the items you disagree with on page 2, explain why, sign, and send the page "
            f"to the Medicare contractor at: Great Plains Medicare Services, Part B Redeterminations, PO Box 4190, "
            f"Millbrook, KS 66999. Appeals must be in writing and {basis}.", 9.5)
    p2 = R.Page()
    y = 52
    p2.text(M, y, f"{name}   Medicare Number {mid}   Page 2 of 2", 8.5, color=(80, 80, 80))
    y += 24
    p2.text(M, y, "Your Claims & Costs This Period", 13, bold=True)
    y += 22
    p2.text(M, y, "Prairie View Internal Medicine  -  Claim number 26239 117 40562", 9.5, bold=True)
    y += 6
    y = p2.table(M, y, [200, 70, 80, 80, 74], [
        ["Service provided & billing code", "Approved?", "Amount charged", "Medicare paid", "You may be billed"],
        ["Office visit, established (99213)", "Yes", "$168.00", "$87.22", "$22.25"]], size=8.5, grid=False,
        head_fill=None)
    y += 8
    p2.text(M, y, f"Sunflower Neuromodulation Center  -  Claim number {clm}", 9.5, bold=True)
    y += 6
    y = p2.table(M, y, [200, 70, 80, 80, 74], [
        ["Service provided & billing code", "Approved?", "Amount charged", "Medicare paid", "You may be billed"],
        [f"{us(svc[0])} Magnetic stimulation (90868)", "No  A", "$310.00", "$0.00", "$0.00"],
        [f"{us(svc[1])} Magnetic stimulation (90868)", "No  A", "$310.00", "$0.00", "$0.00"],
        [f"{us(svc[2])} Magnetic stimulation (90868)", "No  A", "$310.00", "$0.00", "$0.00"]], size=8.5,
        grid=False, head_fill=None)
    y += 6
    y = p2.para(M, y, 504, "Notes for claims above: A - Medicare won't pay for these services because the "
                "information provided does not show they were medically reasonable and necessary (the local "
                "coverage determination for transcranial magnetic stimulation asks for documented failed "
                "medication trials and a current depression rating). Because the provider did not give you a "
                "written notice before treatment, you are not responsible for these charges.", 9)
    p2.rect(M, y, 504, 150, lw=1)
    p2.text(M + 8, y + 16, "Appeal form - mark the services you disagree with", 10, bold=True)
    p2.para(M + 8, y + 32, 488, "Explain in writing why you disagree, or attach a letter. Include your Medicare "
            "Number and sign below. Send this page and any records from your doctor to the address on page 1. "
            f"Deadline: {basis}.", 9)
    p2.text(M + 8, y + 110, "Signature ______________________________    Phone ______________", 9)
    imgs = [R.scan(R.to_image(pg, 200), 600 + i, angle=(0.5 if i == 0 else -0.7), specks=250) for i, pg in
            enumerate([p1, p2])]
    R.save_image_pdf(imgs, os.path.join(out, f), 200)
    key = make_key(f, "FICTIONAL: invented people, contractor and numbers. Original Medicare summary notice "
                   "scanned on a flatbed (image-only PDF, 2 pages, grey, specks, slight skew): grey 'Notice for' "
                   "panel beside the address in capitals; claims-processed period; two providers, the first "
                   "approved (99213 is not the denial's); codes in parentheses; the deadline stated as a date "
                   "(notice + 120); no diagnosis printed.",
                   name, mid, clm, notice, svc, ["90868"], None, None, "medical_necessity", "medicare", False,
                   deadline, basis, addr)
    return key, p1.texts + p2.texts


# 07 ---------------------------------------------------------------------------------------------
def c07(out):
    import base64
    from email.message import EmailMessage
    from email.policy import SMTP
    f = "07-medicaid-mco-ect-email-plain-base64.eml"
    notice, sent = D(2026, 11, 16), "Tue, 17 Nov 2026 07:12:44 -0600"
    svc = [D(2026, 10, 19), D(2026, 10, 23), D(2026, 10, 27)]
    name, mid, clm = "Lorraine M. Dufresne", "CRH-FICT-0093315", "CR2611-70452"
    basis = "within 60 calendar days from the date on this notice"
    addr = ("Cardinal Ridge Health Plan, Appeals and Grievances, 880 Meridian Avenue, Suite 400, Brookhaven "
            "Springs, MO 65899")
    body = f"""Hello {name},

A new letter about your health plan is ready. We copied it below so you
can read it here. You can also sign in at members.cardinalridge.example.

------------------------------------------------------------------
CARDINAL RIDGE HEALTH PLAN - a Medicaid managed care plan
NOTICE OF ADVERSE BENEFIT DETERMINATION
------------------------------------------------------------------
Notice date ......... {long(notice)}
Member .............. {name}
Medicaid ID ......... {mid}
Date of birth ....... 11/18/1962
Claim number ........ {clm}
Provider ............ Ozark Behavioral Medicine, Dr. Samuel Reyes-Tran

We denied the claim for these services:

  Date of service   Code    What it is
  {us(svc[0])}        90870   Electroconvulsive therapy
  {us(svc[0])}        00104   Anesthesia for ECT
  {us(svc[1])}        90870   Electroconvulsive therapy
  {us(svc[1])}        00104   Anesthesia for ECT
  {us(svc[2])}        90870   Electroconvulsive therapy
  {us(svc[2])}        00104   Anesthesia for ECT

Diagnosis on the claim: F33.3

Why: These were maintenance ECT treatments given after your first
course. Our criteria for maintenance ECT require a relapse plan and a
psychiatrist's review every 4 weeks. The records we got do not show
either, so our doctor found the treatments not medically necessary.
This is not a decision about ECT you may need in the future.

YOUR RIGHT TO APPEAL
You can ask us to change this decision. You must ask {basis}.
You can call us, but please also send your appeal in writing to:

    Cardinal Ridge Health Plan
    Appeals and Grievances
    880 Meridian Avenue, Suite 400
    Brookhaven Springs, MO 65899

Fax: 1-844-555-0176.

If you want your services to continue while we decide, ask within
10 days of this notice. If we keep our decision, you may ask for a
State fair hearing within 120 days of our appeal decision. If waiting
could seriously harm your health, ask for a fast appeal.

Do not mail appeals to our claims office at PO Box 1190.
------------------------------------------------------------------
{FICT}
"""
    msg = EmailMessage()
    msg["From"] = "Cardinal Ridge Health Plan <notices@cardinalridge.example>"
    msg["To"] = f"{name} <lorraine.dufresne@mailbox.example>"
    msg["Subject"] = "Your Cardinal Ridge letter: claim decision"
    msg["Date"] = sent
    msg["Message-ID"] = "<nabd-70452@cardinalridge.example>"
    msg.set_content(body, charset="utf-8", cte="base64")
    with open(os.path.join(out, f), "wb") as fh:
        fh.write(msg.as_bytes(policy=SMTP))
    key = make_key(f, "FICTIONAL: invented people, plan and numbers. Medicaid managed care notice copied into a "
                   "plain-text e-mail (base64 body) the day after its date: dotted labels, a fixed-width service "
                   "list of ECT and anesthesia lines, DOB two days after the notice; the 10 days for keeping "
                   "services and the 120-day fair hearing are not the window; the claims PO Box is not for "
                   "appeals.",
                   name, mid, clm, notice, svc, ["90870", "00104"], ["F33.3"], None, "medical_necessity",
                   "medicaid", False, plus_days(notice, 60), basis, addr)
    return key, [body, msg["Subject"]]


# 08 ---------------------------------------------------------------------------------------------
def c08(out):
    f = "08-county-plan-tms-prior-auth-photo-clipboard.jpg"
    notice, dob = D(2026, 11, 20), D(1983, 11, 18)
    svc = [D(2026, 10, 26), D(2026, 10, 27), D(2026, 10, 28), D(2026, 10, 29)]
    name, mid, clm = "Priya S. Ramanathan", "ACE-FICT-310776", "AC26-11-02288"
    basis = "within 180 days of the date you receive this notice"
    addr = ("Alder County Employee Health Plan, Appeals Committee, Human Resources Department, 400 Courthouse "
            "Square, Room 210, Ferris Landing, OR 97999")
    p = R.Page()
    y = head(p, "Alder County Employee Health Plan", ["A self-funded governmental plan sponsored by Alder County, "
             "Oregon  -  Benefits Office 1-541-555-0119"], color=(30, 90, 40))
    y = p.kv(M, y, [("Date:", us(notice)), ("Employee/Member:", name), ("Member ID:", mid),
                    ("Date of birth:", us(dob)), ("Claim #:", clm)], 110, 10)
    y += 10
    p.text(M, y, "Notice of Claim Denial", 12.5, bold=True)
    y += 20
    y = p.para(M, y, 504, "The plan has denied the claim from Cascadia Mind & Brain Clinic for transcranial "
               "magnetic stimulation (TMS). The plan requires prior authorization for TMS. No authorization was "
               "requested or approved before the treatment began, and the plan does not authorize TMS "
               "retroactively except in an emergency.", 10)
    y = p.table(M, y, [90, 60, 60, 170, 124], [
        ["Date of service", "Code", "Units", "Service", "Decision"],
        [us(svc[0]), "90867", "1", "TMS, first session with mapping", "Denied - no PA"],
        [us(svc[1]), "90868", "1", "TMS, later session", "Denied - no PA"],
        [us(svc[2]), "90868", "1", "TMS, later session", "Denied - no PA"],
        [us(svc[3]), "90868", "1", "TMS, later session", "Denied - no PA"]], size=9)
    y = p.para(M, y, 504, "Diagnosis reported: F33.2. This decision is about authorization only; the plan has not "
               "decided whether TMS is medically necessary for you. Your doctor may still request authorization "
               "for future sessions.", 10)
    p.text(M, y, "How to appeal", 11, bold=True)
    y += 16
    y = p.para(M, y, 504, f"You may appeal {basis}. Write to the Appeals Committee and explain why the plan "
               "should pay. Send records and a letter from your doctor if you can.", 10)
    y = p.lines(M + 20, y, ["Alder County Employee Health Plan", "Appeals Committee", "Human Resources Department",
                            "400 Courthouse Square, Room 210", "Ferris Landing, OR 97999"], 10)
    y += 8
    y = p.para(M, y, 504, "Questions about your paycheck deductions or enrollment go to the Benefits Office, not "
               "to the Appeals Committee. After a final internal decision you may ask for an independent "
               "external review.", 9)
    save_photo(p, os.path.join(out, f), 170, out_size=(1700, 2250),
               quad=[(230, 260), (1500, 200), (1640, 2150), (90, 2180)], bg="clipboard", seed=808, light=0.8,
               warm=(0.92, 1.02, 0.95), shadow=([(1100, 1500), (1700, 1300), (1700, 2250), (900, 2250)], 0.3, 55),
               strip=("top", 70, (200, 200, 195)), angle=2.0, curl_amp=0, gradient=(0.1, -0.25))
    key = make_key(f, "FICTIONAL: invented people, plan and numbers. County employees' self-funded plan "
                   "(governmental) photographed on a clipboard (JPEG) under fluorescent light, strongly "
                   "keystoned from below, a metal clip strip at the top, a shadow at the lower right; label "
                   "lines (DOB two days before the notice); four TMS sessions in a grid; the Benefits Office is "
                   "not for appeals.",
                   name, mid, clm, notice, svc, ["90867", "90868"], ["F33.2"], None, "prior_authorization",
                   "governmental", False, plus_days(notice, 180), basis, addr)
    return key, p.texts


# 09 ---------------------------------------------------------------------------------------------
def c09(out):
    f = "09-church-plan-tpa-eob-out-of-network-photocopy.pdf"
    notice = D(2026, 11, 4)
    svc = [D(2026, 10, 8), D(2026, 10, 15)]
    name, mid, clm = "Jonah P. Ashworth", "RCB-FICT-2207713", "SWA-261104-8839"
    basis = "180 days from the date you receive this Explanation of Benefits"
    addr = ("Riverbend Covenant Churches Benefit Plan, c/o Shepherd's Way Administrators, Appeals Unit, PO Box 908, "
            "Gilead Crossing, TN 37999")
    p = R.Page()
    y = head(p, "Shepherd's Way Administrators", ["Third-party administrator for Riverbend Covenant Churches "
             "Benefit Plan  -  22 Chapel Hill Road, Gilead Crossing, TN 37901"], color=(90, 30, 30))
    p.text(M, y, "EXPLANATION OF BENEFITS", 13, bold=True)
    y += 20
    # two boxes side by side
    p.rect(M, y, 246, 78, lw=0.8)
    p.kv(M + 6, y + 14, [("Member:", name), ("Member ID:", mid), ("Plan:", "Riverbend Covenant PPO"),
                         ("EOB date:", us(notice))], 68, 9, 15)
    p.rect(M + 258, y, 246, 78, lw=0.8)
    p.kv(M + 264, y + 14, [("Claims on this EOB:", "2"), ("Total billed:", "$520.00"), ("Plan paid:", "$96.00"),
                           ("Your share:", "$424.00")], 100, 9, 15)
    y += 96
    y = p.table(M, y, [88, 82, 50, 56, 54, 54, 58, 62], [
        ["Claim no.", "Provider", "Date", "Code", "Billed", "Paid", "Adj.", "Status"],
        ["SWA-261029-1174", "Dr. M. Feld\n(in network)", "10/02/2026", "99213", "$150.00", "$96.00", "PR-3",
         "Paid"],
        [clm, "Still Waters\nCounseling", us(svc[0]), "90837", "$185.00", "$0.00", "CO-242", "Denied"],
        ["", "", us(svc[1]), "90837", "$185.00", "$0.00", "CO-242", "Denied"]], size=8)
    y = p.para(M, y, 504, "Diagnosis: claim SWA-261029-1174, J06.9; claim " + clm + ", F41.1.", 9)
    y = p.para(M, y, 504, "CO-242: services not provided by network/primary care providers. Your plan is an "
               "exclusive provider plan for behavioral health: it pays for counseling only from providers in the "
               "Riverbend network unless the plan approved an exception in advance. Still Waters Counseling is not "
               "in the network and no exception was on file.", 9)
    p.text(M, y, "Your appeal rights", 11, bold=True)
    y += 14
    y = p.para(M, y, 504, f"You may appeal a denied claim. Your written appeal must be filed within {basis}. "
               "Riverbend Covenant Churches Benefit Plan is a church plan that has not elected to be covered by "
               "ERISA; your rights to appeal and to external review are set out in the plan document and "
               "federal law. Send appeals to:", 9)
    y = p.lines(M + 20, y, ["Riverbend Covenant Churches Benefit Plan", "c/o Shepherd's Way Administrators",
                            "Appeals Unit", "PO Box 908", "Gilead Crossing, TN 37999"], 9.5)
    y += 6
    p.para(M, y, 504, "Claims and EOB questions: 1-877-555-0128. The Chapel Hill Road office does not accept "
           "appeals by mail or in person.", 8.5)
    img = R.scan(R.to_image(p, 200), 909, angle=-0.8, specks=600, copier_edge=True, shade=0.15)
    R.save_image_pdf([img], os.path.join(out, f), 200)
    key = make_key(f, "FICTIONAL: invented people, plan, administrator and numbers. Church plan's EOB from its "
                   "TPA, photocopied with the lid open (image-only PDF, dark edges, specks): two boxes side by "
                   "side over a gridded claims table, the paid in-network claim first (99213, PR-3, J06.9 not the "
                   "denial's), the denied claim on two rows, the second with blank claim cells; c/o block; the "
                   "TPA's office is not for appeals. Administrator: Shepherd's Way Administrators; plan: "
                   "Riverbend Covenant Churches Benefit Plan.",
                   name, mid, clm, notice, svc, ["90837"], ["F41.1"], ["CO-242"], "out_of_network", "church",
                   False, plus_days(notice, 180), basis, addr)
    return key, p.texts


CASES = [c01, c02, c03, c04, c05, c06, c07, c08, c09]
