"""Notices 01-09 of blind intake set 19. FICTIONAL: every person, plan, provider and number is invented."""
import datetime as dt

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor, Inches
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from PIL import Image, ImageDraw

import render as R
from common import (D, add_days, add_months, deadline_from, dmy, long_en, make_key, mdy, mdy2, out, short_en,
                    dd_mon_yyyy)

FICT = "FICTIONAL SAMPLE - invented people, plan and numbers - not a real notice"
NAVY = (0.10, 0.18, 0.38)
TEAL = (0.0, 0.36, 0.40)
MAROON = (0.45, 0.08, 0.12)


def _addr(parts):
    return ", ".join(parts)


# ------------------------------------------------------------------------------------------------------------
def case01():
    """Insured employer plan: IV ketamine not medically necessary; phone photo with flash, stored sideways."""
    name = "Theodore J. Vantassel"
    member = "CMH-FICT-48820193"
    claim = "2026-1009-448172"
    notice = D("2026-11-02")
    dob = D("1979-11-04")
    svc = [D("2026-10-06"), D("2026-10-09"), D("2026-10-13"), D("2026-10-16")]
    basis = "within 180 days from the date you receive this letter"
    rule = ("days", 180)
    addr = ["Cordell Mutual Health Insurance Company", "Attn: Member Appeals", "PO Box 61188", "Lowell Ridge, OH 43999"]

    d = R.Doc(family="sans", size=10, margins=(50, 40, 50, 50))
    d.text("CORDELL MUTUAL", size=20, bold=True, color=MAROON)
    d.text("Health Insurance Company", size=10, color=MAROON)
    d.textat(380, 52, "Customer Service Center", size=8.5, bold=True)
    d.textat(380, 63, "1875 Foundry Avenue, Lowell Ridge, OH 43998", size=8.5)
    d.textat(380, 74, "Member line 1-555-0112 (TTY 711)", size=8.5)
    d.text(FICT, size=7.5, bold=True)
    d.space(8)
    d.text(long_en(notice))
    d.space(6)
    for ln in [name, "4410 Orchard Hill Lane", "Apt 3C", "Grantham, OH 43998"]:
        d.text(ln)
    d.space(8)
    d.text("NOTICE OF ADVERSE BENEFIT DETERMINATION", size=12, bold=True)
    d.text("Brightwater Logistics, Inc. Group Medical Plan (insured by Cordell Mutual)", size=9, italic=True)
    d.space(4)
    # a strip of facts: labels over values, four across, two rows
    with d.boxed(pad=5, stroke=(0.3, 0.3, 0.3)):
        cols = [d.left, d.left + 130, d.left + 265, d.left + 390]
        labs = [("Member", name), ("Member ID", member), ("Group number", "BWL-00417"), ("Date of birth", mdy(dob))]
        labs2 = [("Claim number", claim), ("Correspondence ID", "CX-77310452"), ("Provider", "Lumen Ridge Infusion"),
                 ("Billed", "$4,860.00")]
        for row in (labs, labs2):
            for (lab, val), x in zip(row, cols):
                d.textat(x, d.y + 8, lab.upper(), size=7, bold=True, color=(0.35, 0.35, 0.35))
                d.textat(x, d.y + 20, val, size=9.5)
            d.y += 28
    d.para(f"Dear {name.split()[0]} {name.split()[-1]},", after=4)
    d.para("We reviewed the claim listed above for services you received at Lumen Ridge Infusion Center. "
           "We will not pay for these services. The table shows each line of the claim and what we decided.")
    rows = []
    for i, s in enumerate(svc):
        rows.append([mdy(s), "96365", "IV infusion, first hour", "$780.00", "$0.00", "CO-50"])
        rows.append([mdy(s), "96366" if i % 2 == 0 else "J3490", "add-on hour" if i % 2 == 0 else "drug, unlisted",
                     "$435.00", "$0.00", "CO-50"])
    d.table(["Service date", "Code", "Service (short)", "Billed", "Plan paid", "Adj."], rows,
            [75, 50, 150, 65, 65, 55], size=8.5, header_fill=(0.88, 0.84, 0.84))
    d.para("Diagnosis on the claim: F33.2. The diagnosis and treatment codes, and what they mean, are available "
           "from us on request at no cost.", size=9)
    d.para("Why we denied it: Adjustment code CO-50 means we decided these services were not medically necessary. "
           "Our Medical Policy MP-0417 (Intravenous Ketamine for Psychiatric Conditions) does not consider "
           "ketamine infusion for depression to meet the plan's definition of medically necessary care. A "
           "physician reviewer board-certified in psychiatry reviewed the records. You may ask for a free copy "
           "of the policy and the reviewer's notes.", size=9)
    d.text("Your right to appeal", size=10.5, bold=True)
    d.para(f"You must file your appeal {basis}. Send it in writing, with anything you want us to consider, to:",
           size=9, after=2)
    for ln in addr:
        d.text(ln, size=9, bold=True, x=d.left + 20)
    d.space(3)
    d.para("Please do not mail appeals to the Customer Service Center address at the top of this letter; that "
           "office does not handle appeals. If your health is at serious risk, call 1-555-0113 for an urgent "
           "appeal, decided within 72 hours. If we uphold our decision after your appeal, you may ask for an "
           "external review by an independent reviewer within 4 months after you receive our final decision.",
           size=9)
    d.para("Help in your state: the Consumer Assistance Program, 1-555-0119.", size=9)
    d.finish()

    page = R.to_image(d, 0, dpi=150)
    pw, ph = page.size
    W, H = 1200, 1600  # an older phone: 2 MP, held upright, the file stored sideways
    quad = [(95, 120), (1110, 150), (1130, 1480), (70, 1500)]
    img = R.photo(page, (W, H), quad, bg="bedsheet", seed=11, light=(0.5, 0.45, 0.55), cast=(1.0, 0.97, 0.9),
                  noise=7, blur=0.9, hotspot=(0.55, 0.42, 0.12, 0.55), vignette=0.9, angle=-0.8)
    fname = "01-employer-insured-ketamine-flash-photo-sideways.jpg"
    R.save_jpeg(img, out(fname), quality=70, exif_orientation=6)
    key = make_key(
        file=fname,
        _note="FICTIONAL: invented people, plan and numbers. Insured employer group plan's denial of IV ketamine "
              "(CO-50), photographed at night with the phone's flash (a washed-out hot spot near the middle), dark "
              "corners, 2 MP, the JPEG stored sideways with EXIF orientation 6; a boxed strip of labels over values "
              "(group number, correspondence ID and DOB two days after the notice are traps); the letterhead office "
              "is not for appeals; 4 months is external review.",
        patient_name=name, member_id=member, claim_number=claim, notice_date=notice, service_dates=svc,
        procedure_codes=["96365", "96366", "J3490"], diagnosis_codes=["F33.2"], carc_codes=["CO-50"],
        denial_category="medical_necessity", plan_type="employer_erisa", urgent=False,
        appeal_deadline=deadline_from(notice, rule), deadline_basis=basis, appeals_address=_addr(addr))
    return dict(key=key, text=d.strings(), rule=rule)


# ------------------------------------------------------------------------------------------------------------
def case02():
    """Medicare Advantage: Spravato payment denied for step therapy; photo of a laptop screen showing the PDF."""
    name = "Marguerite O. Lindqvist"
    member = "SPA-FICT-20593374"
    claim = "SP26-3318-0047"
    notice = D("2026-11-16")
    dob = D("1950-11-14")
    svc = [D("2026-10-21"), D("2026-10-28")]
    basis = "within 65 calendar days from the date of this notice"
    rule = ("days", 65)
    addr = ["Silverpine Health Plans", "Medicare Appeals and Grievances", "2200 Cedar Fork Parkway", "Suite 410",
            "Amberley, AZ 85999"]

    d = R.Doc(family="dv", size=11, margins=(46, 40, 46, 40), leading=1.22)
    d.text("Silverpine Advantage Plus (HMO)", size=17, bold=True, color=TEAL)
    d.text("Silverpine Health Plans  |  Member Services: 5500 Juniper Blvd, Amberley, AZ 85998", size=8.5)
    d.text(FICT, size=8, bold=True)
    d.rule(lw=1.5, color=TEAL)
    d.text("Notice of Denial of Payment", size=14, bold=True)
    d.kv([("Date of notice:", long_en(notice)), ("Member:", name), ("Member ID:", member),
          ("Date of birth:", mdy(dob)), ("Claim #:", claim), ("Provider:", "Quailbrook Behavioral Health PLLC")],
         labelw=120, size=10.5, after=6)
    d.para("We have denied payment for the services listed below. Your provider may not bill you for more than "
           "your usual cost sharing while this is decided.", size=10.5)
    d.table(["Date", "Code", "What it was", "Decision"],
            [[mdy(svc[0]), "J0013 x 84", "esketamine nasal spray", "Denied"],
             [mdy(svc[0]), "G2083", "supervised self-administration visit", "Denied"],
             [mdy(svc[1]), "J0013 x 84", "esketamine nasal spray", "Denied"],
             [mdy(svc[1]), "G2083", "supervised self-administration visit", "Denied"]],
            [90, 90, 230, 80], size=10, header_fill=(0.82, 0.9, 0.9))
    d.para("Diagnosis billed: F33.2.", size=10.5)
    d.para("Why: This drug is on our Part B step therapy list. Our records do not show that you first tried two "
           "oral antidepressants from different classes and an augmentation drug, as our step therapy rules "
           "require before esketamine is covered. Step therapy applies only to new starts of the drug.",
           size=10.5)
    d.text("You have the right to appeal", size=12, bold=True)
    d.para(f"Ask for a reconsideration {basis}. Mail or deliver your written request to:", size=10.5, after=2)
    for ln in addr:
        d.text(ln, size=10.5, x=d.left + 24)
    d.space(3)
    d.para("Fax 1-555-0127. Because this is a Part B drug, we will decide within 7 calendar days. If we keep our "
           "denial, we will send your case to an Independent Review Entity automatically. Member Services at the "
           "top of this page cannot accept appeals.", size=10)
    d.finish()

    page = R.to_image(d, 0, dpi=170)
    W, H = 3000, 2250
    # the page shown in a PDF viewer, fit to height, on a laptop screen photographed from a little to the left
    screen = Image.new("RGB", (2100, 1680), (60, 62, 66))
    sd = ImageDraw.Draw(screen)
    sd.rectangle((0, 0, 2100, 60), fill=(36, 38, 44))
    sd.text((30, 18), "notice_denial_payment.pdf  -  Viewer        1 / 1        110%", fill=(220, 220, 220),
            font=R._font("dv", 28))
    # zoomed to the width of the window and scrolled to the top: the lower, empty part of the page is off screen
    crop = page.crop((0, 0, page.width, int(page.height * 0.74)))
    pw_target = 1640
    ph_target = int(crop.height * pw_target / crop.width)
    screen.paste(crop.resize((pw_target, ph_target), Image.LANCZOS), ((2100 - pw_target) // 2, 70))
    import numpy as np
    arr = np.asarray(screen).astype(np.float32)
    yy, xx = np.mgrid[0:arr.shape[0], 0:arr.shape[1]].astype(np.float32)
    moire = 1.0 + 0.035 * np.sin(2 * np.pi * (xx * 0.031 + yy * 0.012)) + 0.03 * np.sin(2 * np.pi * yy * 0.5)
    arr = arr * moire[..., None] * np.array([0.93, 0.97, 1.06])[None, None, :]
    screen = Image.fromarray(arr.clip(0, 255).astype(np.uint8))
    bezel = Image.new("RGB", (2220, 1800), (22, 22, 24))
    bezel.paste(screen, (60, 50))
    quad = [(180, 60), (2880, 170), (2830, 2160), (120, 2230)]
    img = R.photo(bezel, (W, H), quad, bg="steel", seed=22, light=(0.2, 0.1, 0.3), noise=5, blur=1.0,
                  vignette=0.5, angle=0.0,
                  shadow=([(0, 1800), (3000, 1900), (3000, 2250), (0, 2250)], 0.5, 40))
    # stored as a JPEG at quality 95 without chroma subsampling (the lead, 2026-12-05: the PNG was 7.3 MB, over the
    # repository's 5 MB limit for a tracked file); a phone's own photo would be a JPEG too
    fname = "02-medicare-advantage-spravato-step-laptop-screen-photo.jpg"
    img.save(out(fname), "JPEG", quality=95, subsampling=0)
    key = make_key(
        file=fname,
        _note="FICTIONAL: invented people, plan and numbers. Medicare Advantage payment denial of Spravato (J0013, "
              "G2083) for step therapy, shown in a PDF viewer on a laptop and photographed off the screen (JPEG): "
              "moire, a bluish cast, the viewer's bar and a dark bezel, keystone; DOB two days before the notice; "
              "7 days is the plan's decision time; the member services address is not for appeals.",
        patient_name=name, member_id=member, claim_number=claim, notice_date=notice, service_dates=svc,
        procedure_codes=["J0013", "G2083"], diagnosis_codes=["F33.2"], denial_category="step_therapy",
        plan_type="medicare_advantage", urgent=False, appeal_deadline=deadline_from(notice, rule),
        deadline_basis=basis, appeals_address=_addr(addr))
    return dict(key=key, text=d.strings(), rule=rule)


# ------------------------------------------------------------------------------------------------------------
def case03():
    """FEHB: TMS not medically necessary; text PDF letter with a shaded sidebar on the right."""
    name = "Desmond K. Achterberg"
    member = "FWB-FICT-R61704455"
    claim = "2026093011825"
    notice = D("2026-10-19")
    recvd = D("2026-09-30")
    svc = [D("2026-09-08"), D("2026-09-09"), D("2026-09-10"), D("2026-09-11")]
    basis = "within 6 months from the date of this letter"
    rule = ("months", 6)
    addr = ["Federal Workforce Benefit Association Health Plan", "Reconsideration Unit", "900 Tamarack Street NW",
            "Floor 6", "Harlan Point, VA 22999"]

    d = R.Doc(family="serif", size=10.5, margins=(60, 50, 60, 60))
    d.text("Federal Workforce Benefit Association", size=15, bold=True, color=NAVY)
    d.text("Health Plan  -  a plan in the Federal Employees Health Benefits (FEHB) Program", size=9, italic=True)
    d.text("Claims correspondence: PO Box 11002, Harlan Point, VA 22998", size=8.5)
    d.text(FICT, size=7.5, bold=True)
    d.rule(color=NAVY)
    top = d.y
    with d.column(392, 552):
        d.rectat(386, top, 166, 250, fill=(0.9, 0.92, 0.96), stroke=None)
        d.y = top + 6
        for lab, val in [("Letter date", long_en(notice)), ("Enrollee", name), ("Member ID", member),
                         ("Enrollment code", "105 (Self and Family)"), ("Claim number", claim),
                         ("Claim received", long_en(recvd)), ("Provider", "Northfork Neuromodulation LLC"),
                         ("Amount billed", "$2,940.00")]:
            d.text(lab, size=8, bold=True, color=NAVY)
            d.text(val, size=9.5)
            d.space(2)
    d.y = top
    with d.column(60, 372):
        for ln in [name, "27 Larkspur Court", "Ellison Mills, VA 22998"]:
            d.text(ln)
        d.space(10)
        d.text("Re: Benefit denial - transcranial magnetic stimulation", bold=True)
        d.space(4)
        d.para(f"Dear Mr. {name.split()[-1]}:")
        d.para("We have finished reviewing your claim for transcranial magnetic stimulation (TMS) given by "
               "Northfork Neuromodulation LLC. We are denying benefits for the sessions below because the records "
               "we received do not show that the criteria in Section 5(a) of the plan brochure were met: a trial "
               "of at least four antidepressants from two or more classes at adequate dose and length, and a trial "
               "of evidence-based psychotherapy, before TMS was started.")
    d.y = max(d.y, top + 262)
    d.table(["Date of service", "Procedure", "Diagnosis", "Billed", "Benefit"],
            [[mdy(svc[0]), "90867", "F33.1", "$840.00", "$0.00"],
             [mdy(svc[1]), "90868", "F33.1", "$700.00", "$0.00"],
             [mdy(svc[2]), "90868", "F33.1", "$700.00", "$0.00"],
             [mdy(svc[3]), "90868", "F33.1", "$700.00", "$0.00"]],
            [100, 90, 90, 90, 90], size=9.5, grid=False, header_fill=None)
    d.para("You may ask for the diagnosis and procedure codes and their meanings, and for a copy of the clinical "
           "criteria we used, free of charge.", size=9.5)
    d.text("How to ask us to reconsider", bold=True)
    d.para(f"If you disagree, you must ask us in writing to reconsider {basis}. Include this letter, the reasons "
           "you believe we are wrong and any records that support your claim. Send your request to:", after=2)
    for ln in addr:
        d.text(ln, x=d.left + 24)
    d.space(4)
    d.para("Do not send your request to the claims correspondence box shown above. If we do not reply within 30 "
           "days, or if we affirm our denial, you may ask the U.S. Office of Personnel Management to review it; "
           "that request must be made within 90 days after the date of our reconsideration decision. If waiting "
           "could seriously harm your health, call us at 1-555-0131 to ask for an urgent review.")
    d.para("Sincerely,\nClaims Review Department")

    def foot(doc, n, tot):
        doc.textat(60, 770, f"FWBA-HP  {claim}  page {n} of {tot}  -  {FICT}", size=7)
    d.footer = foot
    d.finish()
    fname = "03-fehb-tms-necessity-letter-sidebar.pdf"
    R.to_pdf(d, out(fname))
    key = make_key(
        file=fname,
        _note="FICTIONAL: invented people, plan and numbers. FEHB carrier letter denying a TMS course as not "
              "medically necessary (text PDF): letter on the left, a shaded sidebar of labelled facts on the right "
              "(claim received date and enrollment code are traps); borderless services table with the diagnosis "
              "in a column; OPM's 90 days is the next level; the claims box is not for appeals.",
        patient_name=name, member_id=member, claim_number=claim, notice_date=notice, service_dates=svc,
        procedure_codes=["90867", "90868"], diagnosis_codes=["F33.1"], denial_category="medical_necessity",
        plan_type="fehb", urgent=False, appeal_deadline=deadline_from(notice, rule), deadline_basis=basis,
        appeals_address=_addr(addr))
    return dict(key=key, text=None, rule=rule)


# ------------------------------------------------------------------------------------------------------------
def case04():
    """TRICARE: ECT billed without the required authorization; fax TIFF in superfine mode, Group 3."""
    name = "Imelda R. Castellanos-Hart"
    member = "3041-FICT-7755"
    claim = "TW26 1104 00391"
    notice = D("2026-11-04")
    faxed = D("2026-11-06")
    dob = D("1984-02-11")
    svc = [D("2026-10-05"), D("2026-10-07"), D("2026-10-09")]
    basis = "postmarked or received within 90 days of the date of this notice"
    rule = ("days", 90)
    addr = ["Westmark Health Services", "TRICARE West Appeals", "PO Box 77120", "Cold Harbor, CA 93999"]

    d = R.Doc(family="sans", size=10, margins=(54, 56, 54, 50))
    d.text("WESTMARK HEALTH SERVICES", size=14, bold=True)
    d.text("TRICARE West Region Contractor  -  Claims: PO Box 77001, Cold Harbor, CA 93998", size=8.5)
    d.text(FICT, size=7.5, bold=True)
    d.rule()
    d.kv([("Notice date", long_en(notice)), ("Beneficiary", name), ("DoD Benefits Number (DBN)", member),
          ("Sponsor", "SSgt Warren L. Hart"), ("Sponsor DoD ID", "1588204731"), ("Beneficiary DOB", mdy(dob)),
          ("Claim number", claim), ("Program", "TRICARE Select"), ("Provider", "Mesa Verde Regional Hospital")],
         labelw=170, size=9.5)
    d.text("EXPLANATION OF DENIAL", size=11, bold=True)
    d.para("The claim below was denied. Electroconvulsive therapy and its anesthesia require an approved "
           "authorization from Westmark before they are given. No authorization was on file for these dates, so "
           "TRICARE cannot share the cost.")
    d.table(["Date of service", "Procedure", "Diagnosis", "Amount billed", "Allowed"],
            [[mdy(s), c, "F33.2", amt, "$0.00"] for s in svc for c, amt in (("90870", "$1,150.00"),
                                                                           ("00104", "$620.00"))],
            [95, 80, 80, 100, 80], size=9)
    d.text("Your right to a reconsideration", size=11, bold=True)
    d.para(f"You or your provider may ask for a reconsideration. Your request must be {basis}. Write to:", after=2)
    for ln in addr:
        d.text(ln, bold=True, x=d.left + 20)
    d.space(4)
    d.para("For a denied prior authorization you may ask for an expedited reconsideration, but you must ask for it "
           "within 3 calendar days after you receive the denial; later requests are handled as standard ones. Do "
           "not send requests to the claims post office box above. Free help: your Beneficiary Counseling and "
           "Assistance Coordinator, 1-555-0136.")
    d.finish()

    def hdr(n, tot):
        return (f"{mdy(faxed)} 08:14  FROM: WESTMARK HSVC 555-0137  TO: MESA VERDE BILLING 555-0138"
                f"  P.{n:03d}/{tot:03d}")
    pages = R.to_fax(d, xdpi=204, ydpi=391, seed=44, header=hdr, noise=0.0015, dropouts=3, skew=0.35)
    fname = "04-tricare-ect-no-authorization-fax-superfine.tif"
    R.save_tiff(pages, out(fname), dpi=(204, 391), compression="group3")
    key = make_key(
        file=fname,
        _note="FICTIONAL: invented people, plan and numbers. TRICARE West contractor's denial of ECT and its "
              "anesthesia billed without the required authorization, faxed to the hospital in superfine mode "
              "(204 x 391 dpi, non-square pixels, Group 3, 1 page); fax header two days later; the sponsor's DoD "
              "ID and rank beside the beneficiary's DBN; 3 calendar days is the expedited route, not the window.",
        patient_name=name, member_id=member, claim_number=claim, notice_date=notice, service_dates=svc,
        procedure_codes=["90870", "00104"], diagnosis_codes=["F33.2"], denial_category="prior_authorization",
        plan_type="tricare", urgent=False, appeal_deadline=deadline_from(notice, rule), deadline_basis=basis,
        appeals_address=_addr(addr))
    text = d.strings() + "\n" + "\n".join(hdr(i + 1, len(d.pages)) for i in range(len(d.pages)))
    return dict(key=key, text=text, rule=rule)


# ------------------------------------------------------------------------------------------------------------
def _shade(cell, hexfill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexfill)
    tcPr.append(shd)


def case05():
    """Part D coverage determination: esketamine belongs to Part B; Word file with the letterhead in the header."""
    name = "Augustin P. Rookwood"
    member = "NRX-FICT-77105238"
    claim = "CD-2026-1114-6650"
    notice = D("2026-11-17")
    recvd = D("2026-11-14")
    dob = D("1948-11-15")
    basis = "within 65 days from the date of this notice"
    rule = ("days", 65)
    addr = ["Northgate Prescription Plans", "Part D Redeterminations", "PO Box 40210", "Fenwick Bay, MN 55999"]

    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Inches(0.9)
    hp = sec.header.paragraphs[0]
    r = hp.add_run("Northgate Rx Complete (PDP)")
    r.bold = True
    r.font.size = Pt(16)
    r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x68)
    hp2 = sec.header.add_paragraph("Northgate Prescription Plans  -  Enrollment Office, 61 Wharf Street, Fenwick "
                                   "Bay, MN 55998  -  1-555-0141")
    hp2.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.add_run(FICT + "   Form NRX-CD-DEN (2026)").font.size = Pt(7.5)

    p = doc.add_paragraph()
    p.add_run("NOTICE OF DENIAL OF MEDICARE PRESCRIPTION DRUG COVERAGE").bold = True
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph(FICT).runs[0].bold = True
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for lab, val in [("Date of this notice", long_en(notice)), ("Enrollee's name", name),
                     ("Member number", member), ("Date of birth", mdy(dob)), ("Case number", claim),
                     ("Request received", f"{long_en(recvd)} from prescriber, by fax"),
                     ("Drug requested", "esketamine 28 mg nasal spray device (Spravato), 84 mg twice weekly"),
                     ("Diagnosis given by prescriber", "F33.2"),
                     ("Prescriber", "Lionel Ashgrove, MD  -  NPI on file")]:
        row = t.add_row().cells
        row[0].text = lab
        row[1].text = val
        _shade(row[0], "DCE4F0")
        row[0].paragraphs[0].runs[0].bold = True
    doc.add_paragraph()
    doc.add_paragraph(
        f"Dear {name}: we have denied your request for coverage of the drug above under your Medicare "
        "prescription drug (Part D) plan. We made a standard decision.")
    doc.add_paragraph(
        "Why we said no: Part D can pay only for drugs that Medicare Part B does not cover. This drug is given "
        "and watched in a certified health care setting, where it is covered under Medicare Part B (medical "
        "insurance). It is therefore not a covered Part D drug for you. Ask the provider who gives the spray to "
        "bill Medicare Part B or your Medicare health plan.")
    doc.add_paragraph().add_run("You have the right to ask us for a redetermination (appeal)").bold = True
    doc.add_paragraph(
        f"You must ask for a redetermination {basis}. You, your representative or your prescriber may ask. A "
        "standard request must be in writing unless it asks for payment of a drug you already bought. Mail it "
        "to the address below; do not send it to the Enrollment Office in the letterhead:")
    for ln in addr:
        q = doc.add_paragraph(ln)
        q.paragraph_format.left_indent = Inches(0.5)
        q.paragraph_format.space_after = Pt(0)
    doc.add_paragraph()
    doc.add_paragraph(
        "Fax: 1-555-0142. If you or your prescriber believe that waiting for a standard decision could seriously "
        "harm your health, ask for a fast (expedited) redetermination; we will answer within 72 hours. If we "
        "still say no, your request can go on to an Independent Review Entity.")
    fname = "05-part-d-esketamine-part-b-not-d-docx.docx"
    doc.core_properties.author = "FICTIONAL"
    doc.core_properties.created = dt.datetime(2026, 11, 17, 9, 0, 0)
    doc.save(out(fname))
    key = make_key(
        file=fname,
        _note="FICTIONAL: invented people, plan and numbers. Part D standard coverage determination denying "
              "esketamine because it is covered under Part B, not Part D (DOCX): letterhead in the Word header, a "
              "gridded two-column table with shaded labels (DOB two days before, request received three days "
              "before), no service dates or procedure codes; the case number is the claim number; 72 hours is "
              "the expedited route.",
        patient_name=name, member_id=member, claim_number=claim, notice_date=notice,
        diagnosis_codes=["F33.2"], denial_category="not_covered", plan_type="medicare_part_d", urgent=False,
        appeal_deadline=deadline_from(notice, rule), deadline_basis=basis, appeals_address=_addr(addr))
    return dict(key=key, text=None, rule=rule)


# ------------------------------------------------------------------------------------------------------------
def case06():
    """Original Medicare redetermination decision (second level next): RF ablation; scanner-app B/W PDF."""
    name = "Harriet M. Birchwood"
    member = "5FG9-FICT-K27"
    claim = "2226288104370"
    notice = D("2026-11-09")
    initial = D("2026-08-20")
    recvd = D("2026-09-15")
    svc = [D("2026-07-14"), D("2026-07-28")]
    basis = "within 180 days of receiving this letter"
    rule = ("days", 180)
    addr = ["Keystone Qualified Independent Contractor", "Part B East", "PO Box 183355", "Marlow Falls, PA 17999"]

    d = R.Doc(family="serif", size=10.5, margins=(64, 54, 64, 60))
    d.text("Prairie Line Medicare Services", size=14, bold=True)
    d.text("Medicare Administrative Contractor, Jurisdiction P  -  Part B Redeterminations", size=9)
    d.text("PO Box 5120, Stillwater Bend, KS 66998", size=9)
    d.text(FICT, size=7.5, bold=True)
    d.space(10)
    d.text(long_en(notice))
    d.space(8)
    for ln in [name.upper(), "1188 W SUMAC RD", "HALSTEAD GROVE KS 66998"]:
        d.text(ln, family="mono", size=10)
    d.space(10)
    d.text("MEDICARE REDETERMINATION NOTICE", size=12, bold=True, align="center")
    d.space(4)
    d.kv([("Beneficiary:", name), ("Medicare Number:", member), ("Claim Number:", claim),
          ("Appeal Number:", "R-26-0991802"), ("Date of initial determination:", mdy(initial)),
          ("Redetermination request received:", mdy(recvd)), ("Provider:", "Cottonwood Spine and Pain Associates")],
         labelw=200, size=10)
    d.para("Summary of the decision. We have completed the redetermination you asked for within the 120 days "
           "allowed for the first level of appeal. The decision is UNFAVORABLE: Medicare will still not pay for "
           "the services below.", after=6)
    d.table(["Date(s) of service", "Service", "Units", "Decision"],
            [[mdy(svc[0]), "64635 (lumbar facet nerve ablation)", "1", "Unfavorable"],
             [mdy(svc[0]), "64636 (each added level)", "1", "Unfavorable"],
             [mdy(svc[1]), "64635 (lumbar facet nerve ablation)", "1", "Unfavorable"],
             [mdy(svc[1]), "64636 (each added level)", "1", "Unfavorable"]],
            [100, 220, 50, 90], size=9.5, grid=True, header_fill=None)
    d.para("Explanation. The local coverage determination for facet joint procedures requires two diagnostic "
           "medial branch blocks, each giving at least 80 percent relief, before a first ablation, and a pain and "
           "function record. The records sent show one block with 50 percent relief. The diagnosis billed, "
           "M47.816, is covered under the policy, but the service was not reasonable and necessary as given "
           "(group and reason code CO-50).")
    d.new_page()
    d.text("IMPORTANT INFORMATION ABOUT YOUR APPEAL RIGHTS", size=11.5, bold=True)
    d.space(4)
    d.para("If you disagree with this decision, you may ask for a reconsideration by a Qualified Independent "
           f"Contractor (QIC). You must file your request for reconsideration {basis}. We assume you received "
           "this letter 5 days after the date at the top unless you show otherwise.")
    d.para("Send your request, with a copy of this notice and any new evidence, to the QIC, not to Prairie Line:",
           after=2)
    for ln in addr:
        d.text(ln, bold=True, x=d.left + 30)
    d.space(6)
    d.para("You may use form CMS-20033 or write a letter that gives the beneficiary's name, Medicare Number, the "
           "items or services and dates you disagree with, and why. Evidence not sent to the QIC may not be "
           "considered at later levels unless you have good cause.")
    d.para("Questions? Call 1-555-0146 (TTY 711). This notice does not change any other claim.")
    d.finish()
    imgs = [R.scanner_app(R.to_image(d, i, dpi=200), seed=60 + i) for i in range(len(d.pages))]
    fname = "06-original-medicare-redetermination-rfa-scanner-app.pdf"
    R.images_to_pdf(imgs, out(fname), dpi=200, fmt="PNG")
    key = make_key(
        file=fname,
        _note="FICTIONAL: invented people, plan and numbers. Original Medicare redetermination decision "
              "(unfavourable) on lumbar facet radiofrequency ablation, saved by a phone scanner app as a 2-page "
              "black-and-white image PDF (adaptive threshold, residual keystone); the window is the QIC "
              "reconsideration's, keyed from the notice date with no mailing days; the initial determination, "
              "request received dates, the appeal number and the first level's 120 days are traps; the "
              "contractor's own PO Box is not for appeals.",
        patient_name=name, member_id=member, claim_number=claim, notice_date=notice, service_dates=svc,
        procedure_codes=["64635", "64636"], diagnosis_codes=["M47.816"], carc_codes=["CO-50"],
        denial_category="medical_necessity", plan_type="medicare", urgent=False,
        appeal_deadline=deadline_from(notice, rule), deadline_basis=basis, appeals_address=_addr(addr))
    return dict(key=key, text=d.strings(), rule=rule)


# ------------------------------------------------------------------------------------------------------------
def case07():
    """Medicaid managed care: TMS authorization denied; HTML-only e-mail in windows-1252, quoted-printable."""
    import email.charset
    from email.message import EmailMessage
    from email.utils import format_datetime
    name = "Lucinda F. Marchetti"
    member = "BCC-FICT-5520913"
    claim = "PA-26-0318874"
    notice = D("2026-11-20")
    dob = D("1987-11-22")
    basis = "within 60 calendar days from the date on this notice"
    rule = ("days", 60)
    addr = ["Bayou Crescent Community Care", "Attn: Appeals Department", "4100 Levee View Drive", "Suite 300",
            "Port Allard, LA 70999"]
    start = D("2026-12-01")

    rows = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{e}</td></tr>" for a, b, c, e in [
        ("90867", "TMS treatment planning", "1", "Denied"),
        ("90868", "TMS treatment session", "35", "Denied")])
    html = f"""<html><head><meta charset="windows-1252"><style>td{{border:1px solid #999;padding:3px}}</style></head>
<body style="font-family:Verdana">
<p style="font-size:11px;color:#555">Secure message from Bayou Crescent Community Care &#8211; {FICT}</p>
<h2 style="color:#1d4f91">Notice of Adverse Benefit Determination</h2>
<p>Date of notice: <b>{long_en(notice)}</b></p>
<table style="border-collapse:collapse">
<tr><td><b>Member name</b></td><td>{name}</td><td><b>Medicaid ID</b></td><td>{member}</td></tr>
<tr><td><b>Date of birth</b></td><td>{mdy(dob)}</td><td><b>Authorization request #</b></td><td>{claim}</td></tr>
<tr><td><b>Requesting provider</b></td><td>Delta Mind Wellness Clinic</td><td><b>Requested start</b></td><td>{mdy(start)}</td></tr>
</table>
<p>We reviewed a request from Delta Mind Wellness Clinic for transcranial magnetic stimulation for you. Diagnosis on the request: F33.2.</p>
<table style="border-collapse:collapse"><tr><th>Code</th><th>Service</th><th>Units</th><th>Decision</th></tr>{rows}</table>
<p><b>What we decided:</b> we denied this request. <b>Why:</b> our reviewer, a psychiatrist, found that the request did not meet our criteria for medical necessity: the records show one antidepressant trial of adequate length, and our criteria ask for failed trials of at least two antidepressants from different classes.</p>
<h3>Your right to appeal</h3>
<p>You can ask us for an appeal {basis}. You can call 1-555-0151 or write to us. Send written appeals to:</p>
<p style="margin-left:30px">{addr[0]}<br>{addr[1]}<br>{addr[2]}<br>{addr[3]}<br>{addr[4]}</p>
<p>Please do not send appeals to our claims office (PO Box 2200, Port Allard). If this service was already
approved and we are reducing or stopping it, you can keep getting it during your appeal if you ask within 10 days
of the date of this notice. If we say no again, you can ask for a State Fair Hearing within 120 days of our appeal
decision. If your health could be seriously harmed by waiting, ask for a fast appeal; we decide those within 72 hours.</p>
<p>Free help: the Medicaid ombudsman, 1-555-0152.</p>
<p style="font-size:10px">{FICT}</p>
</body></html>"""
    msg = EmailMessage()
    msg["From"] = "Bayou Crescent Community Care <notices@bayoucrescent.example>"
    msg["To"] = "lmarchetti@mailbox.example"
    msg["Subject"] = f"Important notice about your request {claim}"
    msg["Date"] = format_datetime(dt.datetime(2026, 11, 21, 7, 2, 11, tzinfo=dt.timezone(dt.timedelta(hours=-6))))
    msg["Message-ID"] = "<fict-07-2026@bayoucrescent.example>"
    msg.set_content(html, subtype="html", charset="windows-1252", cte="quoted-printable")
    fname = "07-medicaid-mco-tms-authorization-email-html-cp1252.eml"
    with open(out(fname), "wb") as f:
        f.write(bytes(msg))
    key = make_key(
        file=fname,
        _note="FICTIONAL: invented people, plan and numbers. Medicaid managed care denial of a TMS authorization "
              "request as not medically necessary, sent as an HTML-only e-mail (windows-1252, quoted-printable) "
              "with bordered tables; no service dates (a requested start date after the notice); the request "
              "number is the claim number; e-mail Date the next day and DOB two days after are traps; 10 and 120 "
              "days are not the window; the claims office is not for appeals.",
        patient_name=name, member_id=member, claim_number=claim, notice_date=notice,
        procedure_codes=["90867", "90868"], diagnosis_codes=["F33.2"], denial_category="medical_necessity",
        plan_type="medicaid", urgent=False, appeal_deadline=deadline_from(notice, rule), deadline_basis=basis,
        appeals_address=_addr(addr))
    return dict(key=key, text=None, rule=rule)


# ------------------------------------------------------------------------------------------------------------
def case08():
    """Separate CHIP: IV ketamine experimental; the plan's plain-text (accessible) version of the letter."""
    name = "Jonah E. Whitcombe"
    parent = "Rebecca A. Whitcombe"
    member = "LKC-FICT-6630118"
    claim = "KB-2026-0917-2231"
    notice = D("2026-10-14")
    dob = D("2008-10-12")
    svc = [D("2026-09-02"), D("2026-09-04"), D("2026-09-09")]
    basis = "within 60 days from the date of this letter"
    rule = ("days", 60)
    addr = ["KidsBridge Health Plan", "Grievance and Appeals Unit", "77 Sawmill Court", "Room 210",
            "Eastfield, MI 48999"]
    L = []
    L += ["KIDSBRIDGE HEALTH PLAN", "for Lakeshore Kids Care (the state's CHIP program)",
          "Text-only version of your letter - large print and Braille available on request", FICT, ""]
    L += [f"Date of this letter: {long_en(notice)}", "", f"To: {parent} (parent of the member)",
          "    19 Birch Hollow Road", "    Eastfield, MI 48998", ""]
    L += ["ABOUT THIS LETTER", "=================", ""]
    L += [f"Member (child): {name}", f"Member ID: {member}", f"Member date of birth: {mdy(dob)}",
          f"Claim number: {claim}", "Provider: Harborview Ketamine and Wellness", ""]
    L += ["WHAT WE DECIDED", "===============", "",
          "We denied payment for the services below. Lakeshore Kids Care is the",
          "Children's Health Insurance Program; it is not Medicaid.", ""]
    L += ["  Service date   Code    Diagnosis   Billed     We paid"]
    for s in svc:
        L += [f"  {mdy(s)}     96365   F32.2       $725.00    $0.00",
              f"  {mdy(s)}     J3490   F32.2       $110.00    $0.00"]
    L += ["", "WHY", "===", "",
          "Intravenous ketamine for depression is experimental or investigational",
          "under our coverage policy KB-BH-112 for members under 21. The U.S. Food",
          "and Drug Administration has not approved ketamine to treat depression,",
          "and the policy finds the studies in young people too few to show that",
          "it works and is safe. You can ask for a free copy of the policy.", ""]
    L += ["YOUR RIGHT TO APPEAL", "====================", "",
          f"You, or someone you choose, can ask us for an appeal {basis}.",
          "Call 1-555-0156 or write to:", ""]
    L += ["    " + a for a in addr]
    L += ["", "Do not send appeals to the claims address on your ID card.",
          "If waiting 30 days could seriously harm Jonah's health, ask for an",
          "expedited appeal; we will decide within 72 hours.",
          "",
          "After our appeal decision, if you still disagree, you can ask the State",
          "for an independent review within 30 days after you get our decision.",
          "Because this is CHIP, there is no Medicaid fair hearing.", "", FICT, ""]
    fname = "08-chip-ketamine-experimental-plain-text-accessible.txt"
    with open(out(fname), "w", encoding="utf-8", newline="\r\n") as f:
        f.write("\n".join(L))
    key = make_key(
        file=fname,
        _note="FICTIONAL: invented people, plan and numbers. Separate CHIP plan's denial of IV ketamine for an "
              "18-year-old as experimental, as the plan's text-only accessible version (CRLF line ends, "
              "underlined headings, a fixed-width services list); the letter goes to the parent, whose name comes "
              "first; DOB two days before the notice; the state review's 30 days is a later level.",
        patient_name=name, member_id=member, claim_number=claim, notice_date=notice, service_dates=svc,
        procedure_codes=["96365", "J3490"], diagnosis_codes=["F32.2"],
        denial_category="experimental_investigational", plan_type="chip", urgent=False,
        appeal_deadline=deadline_from(notice, rule), deadline_basis=basis, appeals_address=_addr(addr))
    return dict(key=key, text=None, rule=rule)


# ------------------------------------------------------------------------------------------------------------
def case09():
    """State employees' self-funded plan: Spravato step therapy; no window printed; folded photo on a dashboard."""
    name = "Corinne A. Lachance"
    member = "TSE-FICT-91028346"
    claim = "0026-318-40977"
    notice = D("2026-10-27")
    processed = D("2026-10-26")
    recvd = D("2026-10-08")
    svc = [D("2026-09-29"), D("2026-10-02")]
    rule = ("days", 180)  # governmental plan, 45 CFR 147.136(b)(2)(i) applying 2560.503-1(h)(3)(i)
    addr = ["Tidewater State Employees Health Plan", "c/o Granite Claims Administrators", "Appeals Review Unit",
            "PO Box 9914", "Sandbridge Point, NC 27999"]

    d = R.Doc(family="dvc", size=10, margins=(48, 44, 48, 50))
    d.text("Tidewater State Employees Health Plan", size=15, bold=True, color=NAVY)
    d.text("Administered by Granite Claims Administrators  |  a self-funded plan of the State", size=8.5)
    d.text(FICT, size=7.5, bold=True)
    d.rule(lw=1.2)
    d.kv([("Date of notice", mdy(notice)), ("Claim processed", mdy(processed)), ("Claim received", mdy(recvd))],
         labelw=110, size=9)
    d.space(2)
    for ln in [name, "602 Heron Marsh Road", "Kitty Shoals, NC 27998"]:
        d.text(ln)
    d.space(8)
    d.text("Important information about your claim", size=12, bold=True)
    d.kv([("Subscriber / patient", name), ("Member ID", member), ("Group / division", "00812 / 03"),
          ("Claim", claim), ("Provider", "Pamlico Interventional Psychiatry")], labelw=140, size=9.5)
    d.table(["Service date", "Code", "Units", "Charge", "Paid", "Remark"],
            [[mdy(svc[0]), "J0013", "56", "$1,296.00", "$0.00", "ST2"],
             [mdy(svc[0]), "99214", "1", "$210.00", "$0.00", "ST2"],
             [mdy(svc[1]), "J0013", "56", "$1,296.00", "$0.00", "ST2"],
             [mdy(svc[1]), "99214", "1", "$210.00", "$0.00", "ST2"]],
            [85, 60, 45, 80, 70, 60], size=9, header_fill=(0.85, 0.88, 0.95))
    d.para("Diagnosis: F33.1", size=9.5)
    d.para("Remark ST2: This drug is covered only after step therapy. The plan's pharmacy and medical drug "
           "program requires that the member first try two oral antidepressants of different classes, each for "
           "at least six weeks, and one augmentation strategy, and that the prescriber send a step-therapy "
           "exception request if these cannot be used. We found no such trials or exception request on file.")
    d.text("If you disagree", size=11, bold=True)
    d.para("You may appeal this decision. Write to us and tell us why you think the claim should be paid, and "
           "send any records from your doctor. Your plan booklet, the Summary Plan Description, explains the time "
           "limits for appeals and for external review. Mail appeals to:", after=2)
    for ln in addr:
        d.text(ln, x=d.left + 20)
    d.space(4)
    d.para("Questions about this statement: Member Services, 1-555-0161. The State Health Plan office in the "
           "capitol does not process appeals.", size=9)
    d.finish()

    page = R.to_image(d, 0, dpi=180)
    page = R.folds(page, [page.height // 3, 2 * page.height // 3], strength=0.22)
    page = R.bow(page, 10, axis="x")
    W, H = 2448, 3264
    quad = [(260, 330), (2200, 250), (2290, 2900), (200, 3010)]
    img = R.photo(page, (W, H), quad, bg="dashboard", seed=99, light=(0.9, 0.1, 0.25), cast=(1.04, 1.0, 0.93),
                  noise=5, blur=0.7, vignette=0.4, angle=1.4,
                  shadow=([(0, 1500), (2448, 1150), (2448, 1560), (0, 1900)], 0.45, 12))
    fname = "09-state-employees-spravato-step-folded-photo-dashboard.jpg"
    R.save_jpeg(img, out(fname), quality=84)
    key = make_key(
        file=fname,
        _note="FICTIONAL: invented people, plan and numbers. A state employees' self-funded plan (governmental) "
              "denies Spravato for step therapy; the notice states no appeal window (it points to the booklet), so "
              "the deadline is the governmental plan's 180 days counted from the notice date and no "
              "deadline_basis is keyed. Photographed on a car dashboard in hard sun, folded in thirds (creases), "
              "curled, a window-frame shadow across the middle; claim processed (the day before) and received dates "
              "printed above the notice date's label line; administrator c/o block.",
        patient_name=name, member_id=member, claim_number=claim, notice_date=notice, service_dates=svc,
        procedure_codes=["J0013", "99214"], diagnosis_codes=["F33.1"], denial_category="step_therapy",
        plan_type="governmental", urgent=False, appeal_deadline=deadline_from(notice, rule),
        appeals_address=_addr(addr))
    return dict(key=key, text=d.strings(), rule=rule)


CASES = [case01, case02, case03, case04, case05, case06, case07, case08, case09]
