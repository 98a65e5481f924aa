"""Make blind intake set fresh6: 18 fictional denial notices and their answer keys.

Every person, plan, administrator, number, phone number and address here is invented.
Run: /work/main/.venv/bin/python make_fresh6.py   (writes beside this script)
"""
import datetime as dt
import io
import json
import os
import random
import re
import subprocess
import sys
from email.message import EmailMessage
from email.utils import format_datetime

sys.path.insert(0, "/work/notes/notes-blind")
import render as R  # noqa: E402
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont  # noqa: E402

OUT = os.path.dirname(os.path.abspath(__file__))
D = dt.date
NOTE = "All people, plans, administrators, numbers, phone numbers and addresses in this notice are fictional. "


def plus(d, n):
    return (d + dt.timedelta(days=n)).isoformat()


def business_days(d, n):
    while n:
        d += dt.timedelta(days=1)
        if d.weekday() < 5:
            n -= 1
    return d.isoformat()


def add_months(d, m):
    y, mo = divmod(d.month - 1 + m, 12)
    return D(d.year + y, mo + 1, d.day).isoformat()


CASES = []


def case(stem, ext, lang, fmt, kind, trap, key, text_for_check):
    key = dict(key)
    key = {"file": stem + "." + ext, **key}
    CASES.append(dict(stem=stem, ext=ext, lang=lang, fmt=fmt, kind=kind, trap=trap, key=key))
    # every fact in the key must be printed: check against the source text
    t = R.norm(text_for_check)
    tl = t.lower()
    for f in ("patient_name", "member_id", "claim_number", "deadline_basis"):
        if f in key:
            assert key[f].lower() in tl, (stem, f, key[f])
    for f in ("procedure_codes", "diagnosis_codes"):
        for c in key.get(f, []):
            assert c in t, (stem, f, c)
    for c in key.get("carc_codes", []):
        assert c in t or c.replace("-", " ") in t, (stem, "carc", c)
    if "appeals_address" in key:
        for part in key["appeals_address"].split(", "):
            assert part.lower() in tl, (stem, "addr", part)
    with open(os.path.join(OUT, stem + ".expected.json"), "w") as f:
        json.dump(key, f, indent=2, ensure_ascii=False)
        f.write("\n")


def write_pdf2(path, pages, size=9, widths=None):
    """like render.write_pdf, but a table item may carry column widths in inches: ("table", rows, [w, ...])"""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import inch
    from reportlab.platypus import PageBreak, Paragraph, Preformatted, SimpleDocTemplate, Spacer, Table, TableStyle
    from xml.sax.saxutils import escape
    body = ParagraphStyle("b", fontName="Helvetica", fontSize=size, leading=size * 1.3, spaceAfter=4)
    head = ParagraphStyle("h", parent=body, fontName="Helvetica-Bold", fontSize=size + 1, spaceBefore=6)
    cell = ParagraphStyle("c", parent=body, fontSize=size - 1, leading=(size - 1) * 1.2, spaceAfter=0)
    mono = ParagraphStyle("m", fontName="Courier", fontSize=size - 1, leading=(size - 1) * 1.25)
    story = []
    for pi, page in enumerate(pages):
        if pi:
            story.append(PageBreak())
        for it in page:
            if isinstance(it, str):
                story.append(Paragraph(escape(it), body))
            elif it[0] == "h":
                story.append(Paragraph(escape(it[1]), head))
            elif it[0] == "pre":
                story.append(Preformatted(it[1], mono))
            elif it[0] == "table":
                data = [[Paragraph(escape(c), cell) for c in r] for r in it[1]]
                cw = [w * inch for w in it[2]] if len(it) > 2 else None
                t = Table(data, repeatRows=1, hAlign="LEFT", colWidths=cw)
                t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                       ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")),
                                       ("VALIGN", (0, 0), (-1, -1), "TOP")]))
                story.append(t)
                story.append(Spacer(1, 6))
    doc = SimpleDocTemplate(path, pagesize=letter, leftMargin=0.7 * inch, rightMargin=0.7 * inch,
                            topMargin=0.7 * inch, bottomMargin=0.7 * inch)
    doc.build(story)


def flat(pages):
    return " ".join(R.flat_page(p) for p in pages)


# ------------------------------------------------------------------ image helpers
def fax_pages(path, imgs, seed=0):
    """1-bit fax in standard mode (204 x 98 dpi), Group 4, multi-page TIFF."""
    rnd = random.Random(seed)
    out = []
    for im in imgs:
        im = im.convert("L").rotate(rnd.uniform(-0.9, 0.9), resample=Image.BICUBIC, fillcolor=255)
        im = im.resize((1728, int(11 * 98)), Image.LANCZOS)
        im = im.point(lambda v: 255 if v > 150 else 0).convert("1")
        px = im.load()
        W, H = im.size
        for _ in range(W * H // 900):
            px[rnd.randrange(W), rnd.randrange(H)] = 0
        # a couple of dropped scan lines
        for _ in range(3):
            y = rnd.randrange(H)
            for x in range(W):
                if rnd.random() < 0.5:
                    px[x, y] = 1
        out.append(im)
    out[0].save(path, save_all=True, append_images=out[1:], compression="group4", dpi=(204, 98))


def fax_header(img, text):
    dr = ImageDraw.Draw(img)
    f = ImageFont.truetype(R.FONT_MONO, 22)
    dr.text((60, 30), text, font=f, fill=0)
    return img


def stamp(img, lines, xy, angle=8, color=60, size=40):
    """a rubber stamp (received / date stamp) on a page image"""
    W, H = 700, 60 + size * len(lines) + 20
    st = Image.new("L", (W, H), 0)
    d = ImageDraw.Draw(st)
    f = ImageFont.truetype(R.FONT_B, size)
    d.rectangle((4, 4, W - 5, H - 5), outline=255, width=5)
    y = 25
    for ln in lines:
        w = f.getlength(ln)
        d.text(((W - w) / 2, y), ln, font=f, fill=255)
        y += size + 10
    st = st.rotate(angle, expand=True)
    ink = Image.new("L", st.size, color)
    base = img.convert("L")
    region = base.crop((xy[0], xy[1], xy[0] + st.width, xy[1] + st.height))
    region = Image.composite(ink, region, st.point(lambda v: int(v * 0.8)))
    base.paste(region, xy)
    return base


def watermark(img, word="DUPLICATE"):
    W, H = img.size
    layer = Image.new("L", (W, H), 0)
    d = ImageDraw.Draw(layer)
    f = ImageFont.truetype(R.FONT_B, 260)
    w = f.getlength(word)
    d.text(((W - w) / 2, H / 2 - 150), word, font=f, fill=255)
    layer = layer.rotate(33, resample=Image.BICUBIC)
    grey = Image.new("L", (W, H), 175)
    wm = Image.composite(grey, Image.new("L", (W, H), 255), layer)
    return ImageChops.darker(img.convert("L"), wm)


def sticky_note(img, lines, xy, seed=3):
    rnd = random.Random(seed)
    img = img.convert("RGB")
    W, H = 430, 380
    note = Image.new("RGB", (W, H), (252, 236, 120))
    d = ImageDraw.Draw(note)
    y = 28
    for ln in lines:
        x = 22
        for ch in ln:
            f = ImageFont.truetype(R.FONT_OBL, 34 + rnd.randint(-3, 3))
            d.text((x, y + rnd.randint(-3, 3)), ch, font=f, fill=(20, 30, 120))
            x += f.getlength(ch) * rnd.uniform(0.92, 1.05)
        y += 56
    mask = Image.new("L", (W, H), 255)
    note = note.rotate(-4, expand=True, fillcolor=(0, 0, 0))
    mask = mask.rotate(-4, expand=True)
    shadow = Image.new("RGB", note.size, (120, 120, 120))
    img.paste(shadow, (xy[0] + 8, xy[1] + 10), mask.filter(ImageFilter.GaussianBlur(6)))
    img.paste(note, xy, mask)
    return img


def ocr_check(path, expect):
    """not run on the tool: a quick tesseract look to see the text is there at all"""
    try:
        out = subprocess.run(["tesseract", path, "-", "--psm", "1"], capture_output=True, text=True, timeout=120).stdout
    except Exception:
        return None
    return sum(1 for e in expect if e.lower() in out.lower()), len(expect)


# ================================================================== 01 OMR header + tear-off slip
def n01():
    from reportlab.graphics.barcode import code128
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import inch
    from reportlab.platypus import (HRFlowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle,
                                    PageBreak, KeepTogether)
    from reportlab.lib import colors
    stem = "01-omr-header-tearoff-slip"
    nd = D(2026, 11, 4)
    body = ParagraphStyle("b", fontName="Helvetica", fontSize=9.5, leading=12.5, spaceAfter=5)
    small = ParagraphStyle("s", parent=body, fontSize=7.5, leading=9)
    bold = ParagraphStyle("h", parent=body, fontName="Helvetica-Bold", fontSize=10.5)
    addr_lines = ["Lakeshore Mutual Health Plan", "Grievance and Appeals Department", "PO Box 5590",
                  "Port Alder, WI 53991"]
    texts = []

    def P(t, st=body):
        texts.append(t)
        return Paragraph(t, st)

    story = [Spacer(1, 1.05 * inch),
             P("Teodoro Vasquez-Lindqvist<br/>2218 Marten Hollow Rd<br/>Kessler Falls, WI 53987"),
             Spacer(1, 10),
             P("November 4, 2026"),
             P("<b>NOTICE OF ADVERSE BENEFIT DETERMINATION</b>", bold)]
    hdr = [["Member", "Member ID", "Group", "Claim number"],
           ["Teodoro Vasquez-Lindqvist", "LMH 448 201 776", "GRP 0072215 - Brandt Tool & Die Co.", "26-298-0047713"]]
    texts += [" ".join(r) for r in hdr]
    t = Table(hdr, hAlign="LEFT", colWidths=[1.8 * inch, 1.3 * inch, 2.3 * inch, 1.4 * inch])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 7.5), ("FONT", (0, 1), (-1, 1), "Helvetica", 9),
                           ("BOX", (0, 0), (-1, -1), 0.6, colors.black), ("LINEBELOW", (0, 0), (-1, 0), 0.3, colors.grey)]))
    story += [t, Spacer(1, 8)]
    story += [
        P("Dear Teodoro Vasquez-Lindqvist:"),
        P("Your employer's group health plan is insured by Lakeshore Mutual Health Plan. We received a claim from "
          "Meridian Lake Infusion Partners on October 27, 2026 for intravenous ketamine infusions given to you on "
          "10/14/2026 and 10/16/2026 (CPT 96365 and 96366, HCPCS J3490; diagnosis ICD-10 F33.2). We have denied "
          "this claim."),
        P("<b>Why we denied it.</b> Your plan requires precertification of outpatient infusion therapy before the "
          "service is given (Certificate of Coverage, Section 5.3, Services Requiring Precertification). We have no "
          "record of a precertification request for these dates. Remittance code CO-197: precertification/"
          "authorization/notification absent. You are not responsible for the denied amount of $1,840.00 because "
          "the provider is in our network."),
        P("<b>Your right to appeal.</b> You, or someone you name to act for you, may ask us to review this decision. "
          "You have 180 days after you receive this letter to file an appeal. Fill in the return slip at the foot of "
          "page 2, tear it off along the dotted line and mail it with your appeal to the address printed on the "
          "slip. Please do not send appeals to Member Services at the PO Box in our letterhead; that office does not "
          "handle appeals and forwarding them delays your review."),
        P("You may send written comments, medical records and a letter from your doctor. On request and free of "
          "charge you may have copies of all documents relevant to your claim, including the criteria we used. If "
          "your condition is urgent, your doctor may ask for an expedited appeal by calling 1-800-555-0162; we will "
          "decide an expedited appeal within 72 hours."),
        P("<b>External review.</b> If we uphold our denial, you may ask for an independent external review. The "
          "Wisconsin Office of the Commissioner of Insurance can help you; the details will be in our appeal "
          "decision."),
        PageBreak(),
        P("Teodoro Vasquez-Lindqvist - LMH 448 201 776 - page 2 of 2", small),
        P("<b>Other help.</b> You may contact the Employee Benefits Security Administration at 1-866-444-3272 about "
          "your rights under ERISA. If you need this letter in another language, call Member Services at "
          "1-800-555-0161 (TTY 711)."),
        P("Sincerely,<br/>Utilization Management Department<br/>Lakeshore Mutual Health Plan"),
        Spacer(1, 2.2 * inch),
        HRFlowable(width="100%", thickness=0.8, dash=(3, 3), color=colors.black),
        P("- - - - - - - - - detach here and return this portion with your appeal - - - - - - - - -", small),
        P("<b>APPEAL RETURN SLIP</b>", bold),
    ]
    slip = [["Member name", "Member ID", "Claim number", "Date of birth"],
            ["Teodoro Vasquez-Lindqvist", "LMH 448 201 776", "26-298-0047713", "11/02/1979"]]
    texts += [" ".join(r) for r in slip]
    st = Table(slip, hAlign="LEFT", colWidths=[2.0 * inch, 1.5 * inch, 1.6 * inch, 1.3 * inch])
    st.setStyle(TableStyle([("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 7.5), ("FONT", (0, 1), (-1, 1), "Helvetica", 9),
                            ("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    story += [st, Spacer(1, 6),
              P("[ ] I want to appeal this decision.   [ ] I name a representative (form enclosed).   "
                "Signature: ______________________  Date: ____________"),
              P("MAIL TO:", bold),
              P("<br/>".join(addr_lines)),
              P("LMH-AP2  |||  2611040093817", small)]

    def on_page(c, doc):
        # OMR marks down the left edge and a barcode header (mail-house markings)
        c.saveState()
        for i in range(7):
            if i in (0, 1, 3, 6) or doc.page == 2:
                c.rect(0.22 * inch, 10.4 * inch - i * 0.16 * inch, 0.28 * inch, 0.05 * inch, fill=1, stroke=0)
        bc = code128.Code128("2611040093817", barHeight=0.32 * inch, barWidth=0.011 * inch)
        bc.drawOn(c, 0.75 * inch, 10.35 * inch)
        c.setFont("Helvetica", 6.5)
        c.drawString(0.8 * inch, 10.22 * inch, "2611040093817  PRT 11/03/2026 23:14  JOB 4471  SEQ 000318  AUTO**5-DIGIT 53987")
        if doc.page == 1:
            c.setFont("Helvetica-Bold", 11)
            c.drawString(4.6 * inch, 10.55 * inch, "Lakeshore Mutual Health Plan")
            c.setFont("Helvetica", 7.5)
            c.drawString(4.6 * inch, 10.42 * inch, "Member Services - PO Box 5510 - Port Alder, WI 53990")
            c.drawString(4.6 * inch, 10.31 * inch, "1-800-555-0161 (TTY 711)   lakeshoremutual.example")
        c.restoreState()

    path = os.path.join(OUT, stem + ".pdf")
    doc = SimpleDocTemplate(path, pagesize=letter, leftMargin=0.8 * inch, rightMargin=0.8 * inch,
                            topMargin=0.5 * inch, bottomMargin=0.6 * inch)
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    texts += ["Member Services - PO Box 5510 - Port Alder, WI 53990"]
    case(stem, "pdf", "en", "text PDF, 2 pages", "employer group plan, insured (ERISA): prior authorization",
         "OMR marks and barcode header with a print-job date (11/03) and a long number; appeal address only on the "
         "tear-off slip, letterhead PO Box says not for appeals; DOB 11/02/1979 two days before the notice, on the "
         "slip; window from receipt",
         {"_note": NOTE + "Insured employer group plan. Print-job stamp 11/03/2026 in the mail-house header is not "
          "the notice date. Deadline is 180 days after receipt; computed from the notice date (no mailing days), "
          "per docs/domain.md. Appeal address is the one on the tear-off slip, not the Member Services PO Box. "
          "Member ID and claim number printed with spaces/dashes; compare without them.",
          "patient_name": "Teodoro Vasquez-Lindqvist", "member_id": "LMH 448 201 776",
          "claim_number": "26-298-0047713", "notice_date": nd.isoformat(),
          "service_dates": ["2026-10-14", "2026-10-16"], "procedure_codes": ["96365", "96366", "J3490"],
          "diagnosis_codes": ["F33.2"], "carc_codes": ["CO-197"], "denial_category": "prior_authorization",
          "plan_type": "employer_erisa", "urgent": False, "appeal_deadline": plus(nd, 180),
          "deadline_basis": "180 days after you receive this letter",
          "appeals_address": ", ".join(addr_lines)},
         " ".join(texts))


# ================================================================== 02 Medicare Advantage IDN, two columns
def n02():
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import inch
    from reportlab.platypus import BaseDocTemplate, Frame, FrameBreak, PageTemplate, Paragraph, Spacer
    stem = "02-medicare-advantage-idn-two-column"
    nd = D(2026, 10, 21)
    body = ParagraphStyle("b", fontName="Helvetica", fontSize=9.6, leading=12.2, spaceAfter=5)
    head = ParagraphStyle("h", parent=body, fontName="Helvetica-Bold", fontSize=10, spaceBefore=4)
    title = ParagraphStyle("t", parent=body, fontName="Helvetica-Bold", fontSize=13, leading=16, alignment=1)
    texts = []

    def P(t, st=body):
        texts.append(t)
        return Paragraph(t, st)

    addr = ["Cardinal Peaks Health Plan", "Medicare Appeals &amp; Grievances", "1450 Quarry Ridge Road, Suite 300",
            "Fort Calloway, CO 80699"]
    story = [
        P("Cardinal Peaks Medicare Advantage (HMO) - PO Box 8120 - Fort Calloway, CO 80698 - 1-877-555-0133 (TTY 711)"),
        P("Notice of Denial of Medical Coverage (or Payment)", title),
        P("<b>Date:</b> October 21, 2026 &nbsp;&nbsp;&nbsp; <b>Member number:</b> H9917-004-38821 &nbsp;&nbsp;&nbsp; "
          "<b>Claim:</b> MA 2610 7734 0021"),
        P("<b>Name:</b> Wendell Okonkwo-Bray &nbsp;&nbsp;&nbsp; <b>Date of birth:</b> 10/19/1951 &nbsp;&nbsp;&nbsp; "
          "<b>Date received:</b> 10/09/2026"),
        FrameBreak(),
        P("Your request was denied", head),
        P("We have <b>denied</b> payment of the medical services listed below that you received from Aspen Hollow "
          "Infusion Center. You asked us to pay for them on October 9, 2026."),
        P("Services: intravenous ketamine infusion, CPT 96365, with the drug billed as HCPCS J3490, on 09/29/2026, "
          "10/01/2026 and 10/03/2026. Diagnosis on the claim: F33.2 (major depressive disorder, recurrent, severe "
          "without psychotic features)."),
        P("Why we denied your request", head),
        P("We reviewed the claim and your records against Medicare's coverage rules and our plan's clinical "
          "guideline for infusion therapy. The services are not reasonable and necessary for you under Medicare "
          "rules because the records sent do not show that you tried and did not respond to the treatments the "
          "guideline lists first. Our physician reviewer, a board-certified psychiatrist, made this decision."),
        P("You have the right to appeal our decision", head),
        P("You have the right to ask Cardinal Peaks Health Plan to review our decision by asking us for an appeal. "
          "Your appeal request must reach us within 65 calendar days from the date on this notice. We can give "
          "you more time if you have a good reason for missing the deadline."),
        P("If you want someone else to act for you, you can name a relative, friend, lawyer, doctor or someone "
          "else to act as your representative."),
        P("What to include with your appeal", head),
        P("Write your name, address and member number on your appeal and the reasons you think we should pay. "
          "Send any notes from your doctor that support your request. Keep a copy."),
        P("How to ask for an appeal", head),
        P("<b>Standard appeal</b>: mail your written request to:"),
        P("<br/>".join(addr)),
        P("Do not mail your appeal to the PO Box shown at the top of this notice; that box receives claims only."),
        P("<b>Fast appeal</b>: a fast appeal is only for a service you have not yet received; it does not apply to "
          "payment requests like this one. Fax 1-877-555-0134."),
        P("What happens next", head),
        P("If we decide against you, we will send your case to an independent review organization for a new "
          "review. You do not need to ask for this. If you need help, call us at 1-877-555-0133, 8 a.m. to 8 p.m., "
          "seven days a week, or call 1-800-MEDICARE (1-800-633-4227). You may also contact your State Health "
          "Insurance Assistance Program (SHIP)."),
        P("Form CMS-10003-NDMCP. Plan contract H9917."),
    ]
    path = os.path.join(OUT, stem + ".pdf")
    doc = BaseDocTemplate(path, pagesize=letter, leftMargin=0.7 * inch, rightMargin=0.7 * inch,
                          topMargin=0.6 * inch, bottomMargin=0.6 * inch)
    W = letter[0] - 1.4 * inch
    top_h = 1.45 * inch
    colh = letter[1] - 1.2 * inch - top_h - 0.1 * inch
    fr_top = Frame(0.7 * inch, letter[1] - 0.6 * inch - top_h, W, top_h, id="top", showBoundary=0)
    fr_l = Frame(0.7 * inch, 0.6 * inch, W / 2 - 0.12 * inch, colh, id="l")
    fr_r = Frame(0.7 * inch + W / 2 + 0.12 * inch, 0.6 * inch, W / 2 - 0.12 * inch, colh, id="r")
    doc.addPageTemplates([PageTemplate(id="p", frames=[fr_top, fr_l, fr_r])])
    doc.build(story)
    assert R.pdf_page_count(path) == 1, "two-column IDN must fit one page"
    case(stem, "pdf", "en", "text PDF, two columns", "Medicare Advantage IDN (CMS-10003 style): payment denial, "
         "medical necessity",
         "two-column body (reading order); 'Date received' 10/09/2026 and DOB 10/19/1951 two days before the notice; "
         "letterhead PO Box says claims only; '(HMO)' tag after the plan name",
         {"_note": NOTE + "Medicare Advantage Integrated Denial Notice (payment). Two-column layout: the text runs "
          "down the left column then the right. Deadline stated: 65 calendar days from the notice date.",
          "patient_name": "Wendell Okonkwo-Bray", "member_id": "H9917-004-38821", "claim_number": "MA 2610 7734 0021",
          "notice_date": nd.isoformat(), "service_dates": ["2026-09-29", "2026-10-01", "2026-10-03"],
          "procedure_codes": ["96365", "J3490"], "diagnosis_codes": ["F33.2"],
          "denial_category": "medical_necessity", "plan_type": "medicare_advantage", "urgent": False,
          "appeal_deadline": plus(nd, 65),
          "deadline_basis": "within 65 calendar days from the date on this notice",
          "appeals_address": ", ".join(a.replace("&amp;", "&") for a in addr)},
         " ".join(t.replace("&amp;", "&") for t in texts))


# ================================================================== 03 church plan EOB, table across a page break
def n03():
    stem = "03-church-plan-eob-table-page-break"
    nd = D(2026, 11, 12)
    addr = ["Covenant Shepherd Benefits Trust", "c/o Pillar Rock Administrative Services", "Appeals Review Unit",
            "3300 Millbrook Parkway, Suite 210", "Greyhaven, TN 37999"]
    head = ["Claim no.", "Provider", "Service date", "Code", "Billed", "Allowed", "Plan paid", "You owe", "Adj."]
    rows = []
    for dte in ["02/03/2026", "02/10/2026", "02/17/2026", "02/24/2026", "03/03/2026"]:
        rows.append(["PR-26-0311-558", "Stillwater Counseling", dte, "90837", "$180.00", "$142.00", "$127.80",
                     "$14.20", "PR-2"])
    den = [["PR-26-0311-902", "Hearthstone Infusion", "03/05/2026", "96365", "$650.00", "$0.00", "$0.00", "$0.00", "CO-29"],
           ["PR-26-0311-902", "Hearthstone Infusion", "03/05/2026", "J3490", "$270.00", "$0.00", "$0.00", "$0.00", "CO-29"],
           ["PR-26-0311-902", "Hearthstone Infusion", "03/12/2026", "96365", "$650.00", "$0.00", "$0.00", "$0.00", "CO-29"],
           ["PR-26-0311-902", "Hearthstone Infusion", "03/12/2026", "J3490", "$270.00", "$0.00", "$0.00", "$0.00", "CO-29"]]
    tail = [["PR-26-0402-117", "Aldermoor Family Med.", "04/02/2026", "99214", "$210.00", "$161.00", "$131.00",
             "$30.00", "PR-3"]]
    intro = [
        ("h", "Covenant Shepherd Benefits Trust"),
        ("pre", "Claims administered by Pillar Rock Administrative Services\n"
                "PO Box 40122, Greyhaven, TN 37998   |   1-888-555-0147"),
        ("h", "EXPLANATION OF BENEFITS - THIS IS NOT A BILL"),
        ("table", [["Statement date", "Member", "Member ID", "Date of birth", "Group"],
                   ["11/12/2026", "Miriam J. Achterberg", "CSB-770-41-2209", "11/10/1968",
                    "Lutheran Synod of the Ozark Valley"]]),
        "The Covenant Shepherd Benefits Trust is a church plan within the meaning of section 414(e) of the Internal "
        "Revenue Code. It has not elected to be covered by ERISA. Pillar Rock Administrative Services processes "
        "claims for the Trust but does not insure its benefits.",
        "This statement covers three claims processed between 10/26/2026 and 11/10/2026. Claim PR-26-0311-902 "
        "was received on 10/28/2026. The diagnosis on all three claims is F33.1.",
    ]
    pad_para = ("Please keep this statement with your records. Amounts under 'You owe' may already have been "
                "paid to your provider at the time of service; compare this statement with the bills you receive.")
    notes = [
        ("h", "Adjustment codes on this statement"),
        "PR-2: coinsurance. PR-3: copayment. CO-29: the time limit for filing has expired. Under the Plan, claims "
        "must be filed within 180 days of the date of service. Hearthstone Infusion's claim PR-26-0311-902 for "
        "services on 03/05/2026 and 03/12/2026 was first received on 10/28/2026 and is denied in full. Because the "
        "provider is in the Trust's network, the provider may not bill you for this amount.",
        ("h", "Your right to a review"),
        "If you disagree with how a claim was handled, you or your authorized representative must request a "
        "review in writing within 180 days after you receive this Explanation of Benefits. Include the claim "
        "number and any proof that the claim was filed on time (for example, a clearinghouse acceptance report). "
        "Send your request for review to:",
        ("pre", "\n".join(addr)),
        "Do not send review requests to the claims PO Box printed at the top of this statement. You may ask, free "
        "of charge, for copies of the plan provisions and records relevant to your claim. If the review upholds "
        "the denial, you may ask for an external review as described in your Summary Plan Description.",
    ]
    for npad in range(0, 20):
        pages = [intro + [pad_para] * npad + [("table", [head] + rows + den + tail, [1.15, 1.35, 0.85, 0.55, 0.7, 0.7, 0.7, 0.65, 0.5])] + notes]
        path = os.path.join(OUT, stem + ".pdf")
        write_pdf2(path, pages, size=9)
        p1, p2 = R.pdf_page_text(path, 1), R.pdf_page_text(path, 2)
        if ("03/05/2026 96365" in p1 or "03/05/2026" in p1) and "03/12/2026 J3490" in p2 and "03/12/2026 J3490" not in p1 \
                and "03/05/2026 J3490" in p1:
            break
    else:
        raise SystemExit("03: no split inside the denied claim")
    case(stem, "pdf", "en", "text PDF, 2 pages", "church plan EOB (via TPA): timely filing, 3 claims, 1 denied",
         "claim table wraps across the page break inside the denied claim (header repeated); two claim numbers "
         "share the prefix PR-26-0311; received and processing dates; DOB 11/10/1968 two days before",
         {"_note": NOTE + "Church plan (not ERISA) EOB administered by a TPA. Only claim PR-26-0311-902 is denied; "
          "its rows run across the page break. Window is from receipt; computed from the statement date (no "
          "mailing days), per docs/domain.md.",
          "patient_name": "Miriam J. Achterberg", "member_id": "CSB-770-41-2209", "claim_number": "PR-26-0311-902",
          "notice_date": nd.isoformat(), "service_dates": ["2026-03-05", "2026-03-12"],
          "procedure_codes": ["96365", "J3490"], "diagnosis_codes": ["F33.1"], "carc_codes": ["CO-29"],
          "denial_category": "timely_filing", "plan_type": "church", "urgent": False,
          "appeal_deadline": plus(nd, 180),
          "deadline_basis": "within 180 days after you receive this Explanation of Benefits",
          "appeals_address": ", ".join(addr)},
         flat(pages))


# ================================================================== 04 Marketplace reprint with DUPLICATE watermark
def n04():
    stem = "04-marketplace-duplicate-reprint-scan"
    nd = D(2026, 10, 9)
    addr = ["Bright Meridian Health Insurance Co.", "Attn: Member Appeals", "PO Box 61877", "Sable Creek, AZ 85399"]
    pages = [[
        ("pre", "*** DUPLICATE - REPRINTED AT MEMBER REQUEST ON 11/19/2026 ***\n"
                "Original notice date: October 9, 2026"),
        ("h", "BRIGHT MERIDIAN HEALTH INSURANCE CO."),
        ("pre", "Corporate office: 7 Canyon Gate Plaza, Sable Creek, AZ 85301"),
        "October 9, 2026",
        ("pre", "Priya Ramaswamy-Holt\n4410 W Quail Run Dr, Apt 12\nSable Creek, AZ 85307"),
        ("pre", "Plan: Bright Meridian Silver 70 HMO (Health Insurance Marketplace plan)\n"
                "Member ID: BMH0093317405          Date of birth: 10/07/1990\n"
                "Claim number: 2026 1002 55871     Provider: Desert Sage Pain Institute"),
        "Dear Ms. Ramaswamy-Holt,",
        "We reviewed the claim for ketamine infusion therapy you received on 09/18/2026 and 09/25/2026 (CPT "
        "96365 and 96366, drug HCPCS J3490) for complex regional pain syndrome, diagnosis codes G90.511 and G89.4. "
        "We will not pay this claim. Adjustment code CO-55: the procedure is considered experimental or "
        "investigational by the plan.",
        "Your Evidence of Coverage excludes services that are experimental or investigational (Section 8, item 14). "
        "Our medical policy MP-212 finds that the evidence does not yet show that intravenous ketamine improves "
        "outcomes for chronic pain syndromes, so we consider it investigational for this use.",
        ("h", "If you disagree"),
        "You have 180 days from the date of the original notice (shown above) to file an internal appeal. A "
        "reprint does not restart this time. Send your appeal in writing to:",
        ("pre", "\n".join(addr)),
        "You may also ask for an external review by an independent review organization after our appeal decision, "
        "or at the same time if your situation is urgent. For help, contact the Arizona Department of Insurance "
        "and Financial Institutions consumer line.",
        "Member Services: 1-866-555-0119 (TTY 711).",
    ]]
    path = os.path.join(OUT, stem + ".pdf")
    im = R.render_page_image(pages[0], seed=4)
    im = watermark(im)
    im = R.degrade_scan(im, seed=4, angle=-0.8)
    im.save(path, resolution=200)
    case(stem, "pdf", "en", "image-only scanned PDF", "individual Marketplace plan: experimental/investigational",
         "diagonal DUPLICATE watermark over the text; reprint date 11/19/2026 above the original notice date; "
         "DOB 10/07/1990 two days before; corporate office is not the appeal address",
         {"_note": NOTE + "Marketplace (individual) plan. The notice date is the original date, not the reprint "
          "date; the notice says a reprint does not restart the clock.",
          "patient_name": "Priya Ramaswamy-Holt", "member_id": "BMH0093317405", "claim_number": "2026 1002 55871",
          "notice_date": nd.isoformat(), "service_dates": ["2026-09-18", "2026-09-25"],
          "procedure_codes": ["96365", "96366", "J3490"], "diagnosis_codes": ["G90.511", "G89.4"],
          "carc_codes": ["CO-55"], "denial_category": "experimental_investigational", "plan_type": "individual_aca",
          "urgent": False, "appeal_deadline": plus(nd, 180),
          "deadline_basis": "180 days from the date of the original notice",
          "appeals_address": ", ".join(addr)},
         flat(pages))


# ================================================================== 05 separate CHIP, dependent child, DOCX boxed header
def n05():
    import docx
    from docx.shared import Pt
    stem = "05-chip-dependent-child-docx"
    nd = D(2026, 10, 15)
    addr = ["Kidsbridge Health", "Appeals Unit", "900 Lantern Street, 4th Floor", "Marrowfield, OH 43299"]
    d = docx.Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)
    texts = []

    def para(t, bold=False):
        p = d.add_paragraph()
        r = p.add_run(t)
        r.bold = bold
        texts.append(t)

    def table(rows, style="Table Grid"):
        t = d.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = style
        for i, r in enumerate(rows):
            for j, c in enumerate(r):
                t.cell(i, j).text = c
                if i == 0:
                    for run in t.cell(i, j).paragraphs[0].runs:
                        run.bold = True
                        run.font.size = Pt(8)
        texts.extend(" ".join(r) for r in rows)

    # letterhead in the header of the section
    hp = d.sections[0].header.paragraphs[0]
    hp.text = "Kidsbridge Health - a Children's Health Insurance Program (CHIP) plan - PO Box 3300, Marrowfield, OH 43298"
    texts.append(hp.text)
    para("Rosalind Ferreira-Tate\nParent/guardian of Mateo Ferreira-Tate\n61 Birchcombe Lane\nMarrowfield, OH 43211")
    para("NOTICE OF ADVERSE BENEFIT DETERMINATION", bold=True)
    table([["Notice date", "Member (child)", "Member ID", "Child's date of birth", "Reference no."],
           ["10/15/2026", "Mateo Ferreira-Tate", "KB-5527-0193-02", "10/13/2012", "KB-UM-26-088143"]])
    table([["Household case no.", "Parent/guardian", "Program"],
           ["77120-44", "Rosalind Ferreira-Tate", "Separate CHIP (not Medicaid)"]])
    para("Dear Ms. Ferreira-Tate:")
    para("Kidsbridge Health covers your child, Mateo, through the state's separate Children's Health Insurance "
         "Program. This program is not Medicaid. We have denied payment for the services below.")
    table([["Date of service", "Provider", "Service (code)", "Diagnosis", "Decision", "Reason"],
           ["09/22/2026", "Lakeview Child & Family Therapy (out of network)", "Psychotherapy, 60 min (90837)",
            "F43.10", "Denied", "CO-242"],
           ["09/29/2026", "Lakeview Child & Family Therapy (out of network)", "Psychotherapy, 60 min (90837)",
            "F43.10", "Denied", "CO-242"]])
    para("Why: the provider is not in the Kidsbridge Health network and the visits were not approved in advance as "
         "an out-of-network exception. Services by out-of-network providers are covered only in an emergency or "
         "when we approve them because no network provider can give the care (Member Handbook, page 31). "
         "Adjustment code CO-242 means services not provided by network providers.")
    para("How to appeal", bold=True)
    para("You have 60 calendar days from the date of this notice to ask for an appeal. You can call us at "
         "1-855-555-0125 or write to:")
    para("\n".join(addr))
    para("Please do not send your appeal to our PO Box in the letterhead. If your child's health could be "
         "seriously harmed by waiting, ask for a fast appeal; we will decide it within 72 hours.")
    para("After our appeal", bold=True)
    para("If we uphold this decision, you may ask the State for an independent external review within 120 days of "
         "our appeal decision letter. CHIP does not offer a state fair hearing, and benefits are not continued "
         "during an appeal.")
    path = os.path.join(OUT, stem + ".docx")
    d.save(path)
    case(stem, "docx", "en", "DOCX, boxed header tables", "separate CHIP: out of network, dependent child",
         "addressed to the parent, patient is the child; labels above values in boxed header; child's DOB "
         "10/13/2012 two days before notice; household case no. beside member ID; 120-day state review is a later "
         "level",
         {"_note": NOTE + "Separate CHIP (not Medicaid) plan_type chip per docs/domain.md. The patient is the child, "
          "not the parent to whom the letter is addressed. Reference no. is the claim/case number.",
          "patient_name": "Mateo Ferreira-Tate", "member_id": "KB-5527-0193-02", "claim_number": "KB-UM-26-088143",
          "notice_date": nd.isoformat(), "service_dates": ["2026-09-22", "2026-09-29"],
          "procedure_codes": ["90837"], "diagnosis_codes": ["F43.10"], "carc_codes": ["CO-242"],
          "denial_category": "out_of_network", "plan_type": "chip", "urgent": False,
          "appeal_deadline": plus(nd, 60),
          "deadline_basis": "60 calendar days from the date of this notice",
          "appeals_address": ", ".join(addr)},
         " ".join(texts))


# ================================================================== 06 step therapy, UR vendor fax (1-bit TIFF)
def n06():
    stem = "06-step-therapy-vendor-fax"
    nd = D(2026, 11, 17)
    addr = ["Northgate Behavioral Health Solutions", "Attn: Clinical Appeals", "7120 Fenwick Road, Mail Stop 4B",
            "Harlan Ford, MN 55999"]
    cover = [
        ("h", "FAX TRANSMITTAL"),
        ("pre", "To:      Dr. Anneliese Korhonen / Fenwater Psychiatry Associates\n"
                "Fax:     (555) 555-0142\n"
                "From:    Northgate Behavioral Health Solutions - Utilization Management\n"
                "         7100 Fenwick Road, Harlan Ford, MN 55998\n"
                "Phone:   1-888-555-0171     Fax: 1-888-555-0170\n"
                "Date:    11/17/2026\n"
                "Pages:   2 (including cover)\n"
                "Re:      Determination - request NBH-UM-2611-40027"),
        "CONFIDENTIALITY NOTICE: This facsimile contains protected health information. If you received it in "
        "error, call 1-888-555-0171 and destroy all copies. A copy of the determination has been mailed to the "
        "member.",
    ]
    det = [
        ("h", "NORTHGATE BEHAVIORAL HEALTH SOLUTIONS"),
        ("pre", "Behavioral health utilization review for the Ironwood Manufacturing Employee Health Plan\n"
                "(a self-funded group health plan sponsored by Ironwood Manufacturing, Inc.)"),
        ("h", "URGENT PRE-SERVICE DETERMINATION - ADVERSE"),
        ("pre", "Determination date: November 17, 2026\n"
                "Member: Dashiell Pruitt-Anand        DOB: 11/15/1985\n"
                "Member ID: IWM-3309-88217-01         Request #: NBH-UM-2611-40027\n"
                "Requested: esketamine nasal spray (Spravato) J0013, 84 units per session,\n"
                "           with office visit 99214; twice weekly x 4 weeks\n"
                "Diagnosis: F33.2   Requested start: 11/23/2026\n"
                "Request received: 11/16/2026 16:40 (expedited)"),
        "This request was reviewed on an expedited (urgent) basis. It is DENIED. The plan's step therapy "
        "protocol for esketamine requires documented trials of at least two antidepressants from different "
        "classes at adequate dose for at least 6 weeks each, and one augmentation trial. The records received "
        "document one antidepressant trial (sertraline) and no augmentation trial, so the step therapy "
        "requirement is not met. Reviewer: board-certified psychiatrist (peer-to-peer offered 11/17/2026).",
        ("h", "Appeal rights"),
        "The member or the provider acting for the member may appeal within 180 days of receiving this notice. "
        "Because this is an urgent request, an expedited appeal may be requested by phone at 1-888-555-0171 and "
        "will be decided within 72 hours. Written appeals go to:",
        ("pre", "\n".join(addr)),
        "The member may also ask for an external review. ERISA section 502(a) rights are described in the "
        "Summary Plan Description.",
    ]
    imgs = [fax_header(R.render_page_image(cover, seed=6),
                       "NOV-17-2026 14:22   FROM:NORTHGATE BHS UM 18885550170   TO:15555550142   P.1/2"),
            fax_header(R.render_page_image(det, seed=7),
                       "NOV-17-2026 14:23   FROM:NORTHGATE BHS UM 18885550170   TO:15555550142   P.2/2")]
    fax_pages(os.path.join(OUT, stem + ".tif"), imgs, seed=6)
    case(stem, "tif", "en", "1-bit fax TIFF (204x98), 2 pages", "employer self-funded (ERISA), UR vendor: step "
         "therapy, urgent pre-service (Spravato)",
         "fax cover first with the vendor's UM address (not appeals); fax stamps; received 11/16 with time; DOB "
         "11/15/1985; no service dates (pre-service); request number as the claim number",
         {"_note": NOTE + "Self-funded ERISA plan; utilization review vendor's pre-service urgent denial. No service "
          "given yet, so no service_dates. Window from receipt; computed from the determination date, per "
          "docs/domain.md. Request # is the reference used as claim_number.",
          "patient_name": "Dashiell Pruitt-Anand", "member_id": "IWM-3309-88217-01",
          "claim_number": "NBH-UM-2611-40027", "notice_date": nd.isoformat(),
          "procedure_codes": ["J0013", "99214"], "diagnosis_codes": ["F33.2"],
          "denial_category": "step_therapy", "plan_type": "employer_erisa", "urgent": True,
          "appeal_deadline": plus(nd, 180),
          "deadline_basis": "within 180 days of receiving this notice",
          "appeals_address": ", ".join(addr)},
         flat([cover, det]))


# ================================================================== 07 Medicaid MCO notice of action, plain text
def n07():
    stem = "07-medicaid-notice-of-action-hearing-rights"
    nd = D(2026, 10, 26)
    addr = ["Sunrise Valley Community Health Plan", "Appeals and Grievances", "PO Box 22087",
            "Cumberland Gap City, KY 40999"]
    txt = f"""SUNRISE VALLEY COMMUNITY HEALTH PLAN
A Kentucky Medicaid Managed Care Organization
415 Orchard Row, Lexford, KY 40998        Member Services 1-855-555-0188  TTY 711

                 NOTICE OF ADVERSE BENEFIT DETERMINATION
                         (Notice of Action)

+----------------------+----------------------+----------------------+
| Date of Notice       | Date Mailed          | Medicaid ID #        |
| 10/26/2026           | 10/27/2026           | 55 019 38841         |
+----------------------+----------------------+----------------------+
| Member Name                                 | Date of Birth        |
| Lorraine Beaulieu-Osei                      | 10/24/1973           |
+---------------------------------------------+----------------------+
| Claim / Reference Number                    | Provider             |
| SV-2610-331907                              | Tallgrass Infusion   |
+---------------------------------------------+----------------------+

Lorraine Beaulieu-Osei
88 Pawpaw Ridge Ct
Lexford, KY 40996

Dear Lorraine Beaulieu-Osei:

WHAT WE DECIDED
We have decided to deny payment for the following services:

  Date of Service   Procedure   Description                        Diagnosis
  10/05/2026        96365       IV infusion, first hour            F33.2, F43.12
  10/05/2026        96366       IV infusion, each added hour       F33.2, F43.12
  10/05/2026        J3490       Unclassified drug (ketamine)       F33.2, F43.12
  10/07/2026        96365       IV infusion, first hour            F33.2, F43.12
  10/07/2026        J3490       Unclassified drug (ketamine)       F33.2, F43.12
  10/09/2026        96365       IV infusion, first hour            F33.2, F43.12
  10/09/2026        J3490       Unclassified drug (ketamine)       F33.2, F43.12

WHY WE DECIDED THIS
Your plan covers up to 6 infusion therapy visits in a 12-month period for
this condition without further review. Our records show you received 6
covered visits between 07/13/2026 and 09/30/2026. The visits above are over
that limit. Reason code CO-119: benefit maximum for this time period has
been reached. The rule we used is the Member Handbook, Covered Services,
"Infusion Therapy".

YOUR RIGHT TO APPEAL
You have the right to ask us to look at this decision again. This is called
an appeal. You must ask for an appeal within 60 calendar days from the date
on this notice. You can ask by phone at 1-855-555-0188 or in writing. If
you call, you must also send a signed written appeal unless you ask for a
fast appeal. Send your written appeal to:

     Sunrise Valley Community Health Plan
     Appeals and Grievances
     PO Box 22087
     Cumberland Gap City, KY 40999

KEEPING YOUR SERVICES DURING THE APPEAL
If you are getting these services now and want to keep getting them while
we review your appeal, you must ask for your appeal within 10 days of the
date of this notice, or before the date the change takes effect, whichever
is later. If you lose the appeal you may have to pay for those services.

STATE FAIR HEARING
You must go through our appeal process first. If we do not decide in your
favor, you may ask for a State Fair Hearing. You must ask for a State Fair
Hearing within 120 days from the date of our appeal decision letter. Send
hearing requests to the Department for Medicaid Services, Division of
Administrative Hearings, at the address in our appeal decision letter, not
to us.

FAST APPEAL
If waiting 30 days could seriously harm your health, you or your doctor can
ask for a fast appeal. We will decide a fast appeal within 72 hours.

Help: Kentucky Medicaid Ombudsman 1-800-555-0107. Free interpreter and
large-print versions: call Member Services.
"""
    with open(os.path.join(OUT, stem + ".txt"), "w") as f:
        f.write(txt)
    case(stem, "txt", "en", "plain text, ASCII boxes", "Medicaid MCO notice of action: benefit limit (visit cap), "
         "hearing rights",
         "labels above values in ASCII boxes; date of notice vs date mailed; DOB 10/24/1973 two days before; "
         "10-day continuation and 120-day hearing windows beside the 60-day appeal; earlier covered visits' dates",
         {"_note": NOTE + "Medicaid managed care. Benefit maximum (CO-119) is 'other' per docs/domain.md. The "
          "earlier covered visits (07/13-09/30) are context, not the denied service dates.",
          "patient_name": "Lorraine Beaulieu-Osei", "member_id": "55 019 38841", "claim_number": "SV-2610-331907",
          "notice_date": nd.isoformat(), "service_dates": ["2026-10-05", "2026-10-07", "2026-10-09"],
          "procedure_codes": ["96365", "96366", "J3490"], "diagnosis_codes": ["F33.2", "F43.12"],
          "carc_codes": ["CO-119"], "denial_category": "other", "plan_type": "medicaid", "urgent": False,
          "appeal_deadline": plus(nd, 60),
          "deadline_basis": "within 60 calendar days from the date on this notice",
          "appeals_address": ", ".join(addr)},
         txt)


# ================================================================== 08 Puerto Rico plan, Spanish, day-first
def n08():
    stem = "08-puerto-rico-plan-spanish-letter"
    nd = D(2026, 10, 14)
    addr = ["Aseguradora Isla Verde de Salud, Inc.", "Departamento de Querellas y Apelaciones",
            "Apartado Postal 19044", "Bayamón, PR 00960-9044"]
    pages = [[
        ("h", "ASEGURADORA ISLA VERDE DE SALUD, INC."),
        ("pre", "Ave. Los Almendros 1200, Piso 3, Guaynabo, PR 00968  ·  Servicio al Cliente 1-877-555-0150"),
        "14 de octubre de 2026",
        ("pre", "Sra. Marisol Quiñones Ortiz\nUrb. Jardines del Caribe, Calle 7 B-14\nPonce, PR 00716"),
        ("table", [["Asegurada", "Núm. de contrato", "Fecha de nacimiento", "Núm. de reclamación"],
                   ["Marisol Quiñones Ortiz", "IVS-884-20173-00", "12/10/1977", "2026-288-004417"]]),
        ("h", "Asunto: Determinación adversa de beneficios - plan grupal patronal"),
        "Estimada señora Quiñones Ortiz:",
        "Su patrono, Cooperativa Agrícola del Sur, le ofrece un plan médico grupal asegurado por Aseguradora Isla "
        "Verde de Salud. Recibimos el 01/10/2026 una reclamación del Centro de Infusión Costa Serena por "
        "infusiones intravenosas de ketamina (CPT 96365 y HCPCS J3490) realizadas los días 02/09/2026, "
        "04/09/2026 y 28/09/2026. Diagnóstico informado: F33.2. Las fechas de esta carta están en formato "
        "día/mes/año.",
        "Hemos denegado la reclamación. Código de ajuste: CO-50. Nuestro médico revisor, especialista en "
        "psiquiatría, determinó que el servicio no es médicamente necesario según nuestra política médica "
        "PM-318, porque el expediente no documenta dos tratamientos antidepresivos previos a dosis y duración "
        "adecuadas.",
        ("h", "Su derecho a apelar"),
        "Usted tiene 180 días a partir de la fecha en que reciba esta carta para presentar una apelación "
        "por escrito. Envíe su apelación, con copia de esta carta y cualquier documento médico, a:",
        ("pre", "\n".join(addr)),
        "No envíe su apelación a la dirección de Guaynabo que aparece arriba. También puede llamar al "
        "1-877-555-0150. Si su condición es urgente, puede pedir una apelación acelerada; la decidiremos en 72 "
        "horas. Tiene derecho a pedir copia, libre de costo, de los documentos relacionados con su reclamación.",
        "Si mantenemos la denegación, podrá solicitar una revisión externa independiente a través de la Oficina "
        "del Comisionado de Seguros de Puerto Rico. También puede comunicarse con la Administración de Seguridad "
        "de Beneficios del Empleado (EBSA) al 1-866-444-3272.",
        "Atentamente,\nDepartamento de Revisión de Utilización",
    ]]
    R.write_pdf(os.path.join(OUT, stem + ".pdf"), pages)
    case(stem, "pdf", "es", "text PDF", "Puerto Rico employer group plan (insured), Spanish: medical necessity",
         "day-first numeric dates, two of the three service dates also readable month-first (02/09, 04/09); DOB "
         "12/10/1977 two days before the notice; claim received 01/10/2026; Apartado Postal appeal address vs "
         "Guaynabo office",
         {"_note": NOTE + "Puerto Rico insured employer group plan, Spanish; the letter says dates are day/month/"
          "year. Window from receipt; computed from the letter date (no mailing days), per docs/domain.md.",
          "patient_name": "Marisol Quiñones Ortiz", "member_id": "IVS-884-20173-00", "claim_number": "2026-288-004417",
          "notice_date": nd.isoformat(), "service_dates": ["2026-09-02", "2026-09-04", "2026-09-28"],
          "procedure_codes": ["96365", "J3490"], "diagnosis_codes": ["F33.2"], "carc_codes": ["CO-50"],
          "denial_category": "medical_necessity", "plan_type": "employer_erisa", "urgent": False,
          "appeal_deadline": plus(nd, 180),
          "deadline_basis": "180 días a partir de la fecha en que reciba esta carta",
          "appeals_address": ", ".join(addr)},
         flat(pages))


# ================================================================== 09 Medicaid MCO, Spanish, DOCX
def n09():
    import docx
    from docx.shared import Pt
    stem = "09-medicaid-mco-spanish-docx"
    nd = D(2026, 11, 3)
    addr = ["Plan de Salud Horizonte Comunitario", "Unidad de Apelaciones", "2100 Camino del Sol, Suite 400",
            "Mesa Arroyo, NM 88099"]
    d = docx.Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(10.5)
    texts = []

    def para(t, bold=False):
        p = d.add_paragraph()
        p.add_run(t).bold = bold
        texts.append(t)

    def table(rows):
        t = d.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = "Table Grid"
        for i, r in enumerate(rows):
            for j, c in enumerate(r):
                t.cell(i, j).text = c
        texts.extend(" ".join(r) for r in rows)

    para("Plan de Salud Horizonte Comunitario", bold=True)
    para("Plan de atención administrada de Medicaid de Nuevo México · Apartado Postal 5150, Mesa Arroyo, NM 88098 · "
         "1-888-555-0193 (TTY 711)")
    para("AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS", bold=True)
    table([["Fecha del aviso:", "3 de noviembre de 2026"],
           ["Nombre del miembro:", "Esteban Ibarra Nuñez"],
           ["Número de identificación de Medicaid:", "700 118 4422"],
           ["Fecha de nacimiento:", "01/11/1990"],
           ["Número de reclamo:", "HC-26-1103-7781"],
           ["Proveedor:", "Clínica de Infusión Río Bravo"]])
    para("Estimado Sr. Ibarra Nuñez:")
    para("Usted recibió infusiones de ketamina en la Clínica de Infusión Río Bravo el 6 y el 13 de octubre de "
         "2026. El plan ha negado el pago de estos servicios:")
    table([["Código", "Descripción", "Diagnóstico", "Decisión"],
           ["96365", "Infusión intravenosa, primera hora", "F33.2, F41.1", "Negado"],
           ["96366", "Infusión intravenosa, hora adicional", "F33.2, F41.1", "Negado"],
           ["J3490", "Medicamento no clasificado (ketamina)", "F33.2, F41.1", "Negado"]])
    para("Motivo: este servicio necesita autorización previa del plan y no se pidió ni se aprobó antes de las "
         "fechas de servicio (Manual del Miembro, sección 7, «Servicios que requieren autorización previa»). "
         "Código de ajuste CO-197.")
    para("Su derecho a apelar", bold=True)
    para("Si no está de acuerdo, puede pedir una apelación. Debe pedir la apelación dentro de los 60 días "
         "calendario a partir de la fecha de este aviso. Puede llamarnos o escribirnos a:")
    para("\n".join(addr))
    para("Continuación de beneficios: si ya recibe estos servicios y quiere seguir recibiéndolos durante la "
         "apelación, debe pedir la apelación dentro de los 10 días a partir de la fecha de este aviso.")
    para("Audiencia imparcial estatal: si el plan mantiene su decisión, puede pedir una audiencia imparcial "
         "estatal dentro de los 120 días a partir de la fecha de la carta de decisión de la apelación.")
    para("Apelación rápida: si esperar 30 días pondría en grave peligro su salud, pida una apelación rápida. La "
         "decidiremos en 72 horas.")
    path = os.path.join(OUT, stem + ".docx")
    d.save(path)
    case(stem, "docx", "es", "DOCX, label/value table", "Medicaid MCO, Spanish: prior authorization",
         "service dates only in a Spanish sentence ('el 6 y el 13 de octubre'); DOB 01/11/1990 (1 Nov, day-first) "
         "two days before; 10-day continuation and 120-day hearing beside the 60-day appeal; PO Box letterhead "
         "vs street appeal address",
         {"_note": NOTE + "Medicaid managed care, Spanish. Numeric date (DOB) is day-first.",
          "patient_name": "Esteban Ibarra Nuñez", "member_id": "700 118 4422", "claim_number": "HC-26-1103-7781",
          "notice_date": nd.isoformat(), "service_dates": ["2026-10-06", "2026-10-13"],
          "procedure_codes": ["96365", "96366", "J3490"], "diagnosis_codes": ["F33.2", "F41.1"],
          "carc_codes": ["CO-197"], "denial_category": "prior_authorization", "plan_type": "medicaid",
          "urgent": False, "appeal_deadline": plus(nd, 60),
          "deadline_basis": "dentro de los 60 días calendario a partir de la fecha de este aviso",
          "appeals_address": ", ".join(addr)},
         " ".join(texts))


# ================================================================== 10 phone photo with clinic's handwritten sticky note
def n10():
    stem = "10-tpa-letter-sticky-note-photo"
    nd = D(2026, 11, 9)
    addr = ["Harrow & Lisle Logistics Employee Medical Plan", "c/o Bluewater Benefit Services",
            "Appeals Department", "PO Box 7710", "Tidewater Bend, VA 23999"]
    page = [
        ("h", "Bluewater Benefit Services"),
        ("pre", "88 Quayside Drive, Tidewater Bend, VA 23998\nThird-party administrator"),
        "November 9, 2026",
        ("pre", "Colm Ashgrove-Reyes\n302 Saltmeadow Way\nTidewater Bend, VA 23991"),
        ("pre", "Plan:      Harrow & Lisle Logistics Employee Medical Plan\n"
                "           (self-funded; Bluewater is claims administrator)\n"
                "Member ID: BWS-117-204-99\n"
                "Claim:     BW 26 3008 1142\n"
                "Service:   10/20/2026  Quillon Ketamine Therapeutics\n"
                "Codes:     96365, 96366, J3490   Dx: F33.2"),
        "Dear Colm Ashgrove-Reyes:",
        "The claim above was denied. Adjustment CO-16: the claim lacks information needed for adjudication. "
        "Remark M119: missing, incomplete or invalid National Drug Code (NDC) for the drug billed under J3490. "
        "The infusion lines (96365, 96366) were denied with the drug line. Your provider may send a corrected "
        "claim with the NDC, drug name and dose; a corrected claim is not an appeal.",
        ("h", "Appeal rights"),
        "You may file an appeal within 180 days following receipt of this notice. Mail your appeal to:",
        ("pre", "\n".join(addr)),
        "You are entitled to receive, on request and free of charge, copies of all documents relevant to your "
        "claim. You have the right to bring a civil action under section 502(a) of ERISA after an adverse decision "
        "on appeal. Questions: 1-800-555-0139.",
    ]
    im = R.render_page_image(page, seed=10)
    im = sticky_note(im, ["Colm -", "we refiled w/ NDC", "on 11/20. If denied", "again, appeal by", "12/31!!  -Jen",
                          "(billing)"], (1180, 80))
    im = R.degrade_photo(im.convert("L"), seed=10, angle=-2.6) if False else _photo_rgb(im, seed=10, angle=-2.6)
    im.save(os.path.join(OUT, stem + ".jpg"), quality=74)
    case(stem, "jpg", "en", "phone photo JPEG (tilt, shadow, table border)", "employer self-funded via TPA: "
         "coding/billing (missing NDC)",
         "clinic's handwritten sticky note on top with its own dates (11/20, 'appeal by 12/31'); corrected claim "
         "is not an appeal; claim number in groups",
         {"_note": NOTE + "Self-funded ERISA plan via a TPA. The sticky note is the clinic's, not part of the "
          "notice: its 'appeal by 12/31' is not the deadline. Window from receipt; computed from the letter date "
          "(no mailing days), per docs/domain.md.",
          "patient_name": "Colm Ashgrove-Reyes", "member_id": "BWS-117-204-99", "claim_number": "BW 26 3008 1142",
          "notice_date": nd.isoformat(), "service_dates": ["2026-10-20"],
          "procedure_codes": ["96365", "96366", "J3490"], "diagnosis_codes": ["F33.2"], "carc_codes": ["CO-16"],
          "denial_category": "coding_billing", "plan_type": "employer_erisa", "urgent": False,
          "appeal_deadline": plus(nd, 180),
          "deadline_basis": "within 180 days following receipt of this notice",
          "appeals_address": ", ".join(addr)},
         R.flat_page(page))


def _photo_rgb(img, seed=0, angle=0.0, scale=0.8):
    """render.degrade_photo for an RGB page (keeps the yellow note), same table, tilt and shadow"""
    rnd = random.Random(seed)
    W, H = img.size
    page = img.convert("RGB")
    canvas = Image.new("RGB", (int(W * 1.12), int(H * 1.08)), (92, 78, 64))
    page = page.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=(92, 78, 64))
    canvas.paste(page, ((canvas.width - page.width) // 2, (canvas.height - page.height) // 2))
    shade = Image.new("L", canvas.size, 0)
    sd = ImageDraw.Draw(shade)
    sd.polygon([(canvas.width, 0), (int(canvas.width * 0.5), 0), (int(canvas.width * 0.8), canvas.height),
                (canvas.width, canvas.height)], fill=80)
    shade = shade.filter(ImageFilter.GaussianBlur(110))
    dark = Image.new("RGB", canvas.size, (30, 25, 20))
    canvas = Image.composite(dark, canvas, shade)
    r, g, b = canvas.split()
    b = b.point(lambda v: int(v * 0.9))
    canvas = Image.merge("RGB", (r, g, b)).filter(ImageFilter.GaussianBlur(0.9))
    return canvas.resize((int(canvas.width * scale), int(canvas.height * scale)), Image.LANCZOS)


# ================================================================== 11 Part D, Spanish, low-resolution angled photo
def n11():
    stem = "11-part-d-spanish-lowres-photo"
    nd = D(2026, 11, 20)
    addr = ["Sendero Salud", "Departamento de Redeterminaciones de la Parte D", "P.O. Box 66120",
            "Ciudad Roble, FL 33999"]
    page = [
        ("h", "Sendero Rx (PDP) - Sendero Salud"),
        ("pre", "Oficina de reclamaciones de farmacia: 1800 Palmetto Way, Ciudad Roble, FL 33901"),
        ("h", "AVISO DE DENEGACIÓN DE COBERTURA DE MEDICAMENTOS RECETADOS DE MEDICARE"),
        ("pre", "Fecha: 20 de noviembre de 2026\n"
                "Nombre del miembro: Rigoberto Alcántara Vélez\n"
                "Número de identificación: SRX 5541 0087 2\n"
                "Número de caso: CD-2611-009183"),
        "Su solicitud de cobertura del medicamento Auvelity (dextrometorfano y bupropión) 45 mg/105 mg, "
        "recetado por la Dra. Inés Valbuena, fue denegada.",
        "Tomamos esta decisión de forma acelerada porque su médico nos dijo que esperar podría dañar "
        "gravemente su salud.",
        ("h", "Por qué denegamos su solicitud"),
        "Este medicamento requiere terapia escalonada: primero debe probar al menos dos antidepresivos "
        "de nuestra lista de medicamentos (por ejemplo, sertralina y bupropión) antes de que cubramos "
        "Auvelity. No recibimos constancia de que los haya probado.",
        ("h", "Usted tiene derecho a apelar"),
        "Puede pedirnos una redeterminación (apelación). Debe solicitar la redeterminación dentro de los 65 "
        "días a partir de la fecha de este aviso. Envíe su solicitud por escrito a:",
        ("pre", "\n".join(addr)),
        "Para una apelación rápida llame al 1-866-555-0177 (TTY 711), las 24 horas. Si mantenemos la "
        "denegación, su caso pasará a una entidad de revisión independiente.",
    ]
    im = R.render_page_image(page, seed=11)
    im = _photo_rgb(im, seed=11, angle=6.5, scale=0.62)
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=55)  # a re-shared phone picture: JPEG first, then saved as PNG
    Image.open(io.BytesIO(buf.getvalue())).save(os.path.join(OUT, stem + ".png"))
    case(stem, "png", "es", "low-resolution phone photo PNG (about 100 dpi, 6.5 degree tilt, JPEG artefacts)",
         "Medicare Part D coverage determination, Spanish: step therapy, expedited",
         "low resolution and steep tilt; accents; '(PDP)' tag; pharmacy claims office address above the appeal "
         "address; no codes or service dates (drug request)",
         {"_note": NOTE + "Part D coverage determination denial, Spanish, decided on an expedited basis (urgent). "
          "A drug request: no procedure, diagnosis or adjustment codes and no service dates printed. Case number "
          "used as claim_number.",
          "patient_name": "Rigoberto Alcántara Vélez", "member_id": "SRX 5541 0087 2", "claim_number": "CD-2611-009183",
          "notice_date": nd.isoformat(), "denial_category": "step_therapy", "plan_type": "medicare_part_d",
          "urgent": True, "appeal_deadline": plus(nd, 65),
          "deadline_basis": "dentro de los 65 días a partir de la fecha de este aviso",
          "appeals_address": ", ".join(addr)},
         R.flat_page(page))


# ================================================================== 12 county employee plan: cover letter + notice behind it
def n12():
    stem = "12-county-plan-cover-letter-mailing"
    nd = D(2026, 11, 16)
    addr = ["Alder County Employee Health Benefit Plan", "Attn: Appeals Committee",
            "c/o Tri-Valley Claims Administrators", "5401 Sutter Ridge Boulevard, Suite 120",
            "Riverbend Hollow, CA 95999"]
    cover = [
        ("h", "ALDER COUNTY HUMAN RESOURCES - BENEFITS DIVISION"),
        ("pre", "County Administration Building, 100 Courthouse Square, Room 210\n"
                "Riverbend Hollow, CA 95901     (555) 555-0120     benefits@aldercounty.example"),
        "November 23, 2026",
        ("pre", "Arjun Vandermeer\n1419 Fernleaf Court\nRiverbend Hollow, CA 95906"),
        "Dear Mr. Vandermeer:",
        "Enclosed is a copy of a notice that our claims administrator, Tri-Valley Claims Administrators, issued "
        "about a claim for your spouse under the Alder County Employee Health Benefit Plan. It was returned to "
        "the County as undeliverable at your former address, and we are forwarding it to you.",
        "Please read the enclosed notice carefully. The Benefits Division cannot decide claims or appeals. Do not "
        "send an appeal to this office; follow the instructions in the enclosed notice. The time allowed for an "
        "appeal is counted as the notice explains, not from the date of this cover letter.",
        "Sincerely,\nDana Whitcombe, Benefits Coordinator\nEnclosure (2 pages)",
    ]
    n1 = [
        ("h", "TRI-VALLEY CLAIMS ADMINISTRATORS"),
        ("pre", "PO Box 9004, Riverbend Hollow, CA 95998   1-877-555-0184"),
        ("h", "Notice of Adverse Benefit Determination"),
        ("table", [["Date of notice", "Employee (subscriber)", "Patient", "Patient ID", "Claim number"],
                   ["11/16/2026", "Arjun Vandermeer", "Hollis Vandermeer (spouse)", "ACE-020417-02",
                    "TVC-2611-04483"]]),
        "Alder County Employee Health Benefit Plan is a self-funded governmental plan sponsored by Alder County. "
        "It is not subject to ERISA. Tri-Valley Claims Administrators processes claims for the Plan.",
        ("table", [["Service date", "Provider", "Code", "Diagnosis", "Billed", "Paid", "Reason"],
                   ["11/02/2026", "Orchard Grove Pain Center", "96365", "G89.4, G90.59", "$720.00", "$0.00", "CO-119"],
                   ["11/02/2026", "Orchard Grove Pain Center", "J3490", "G89.4, G90.59", "$260.00", "$0.00", "CO-119"],
                   ["11/04/2026", "Orchard Grove Pain Center", "96365", "G89.4, G90.59", "$720.00", "$0.00", "CO-119"],
                   ["11/04/2026", "Orchard Grove Pain Center", "J3490", "G89.4, G90.59", "$260.00", "$0.00", "CO-119"]]),
        "Reason CO-119: benefit maximum for this time period has been reached. The Plan covers up to 12 outpatient "
        "infusion therapy visits per plan year (Plan Document, Schedule of Benefits, line 34). Hollis Vandermeer "
        "had 12 covered visits between 01/08/2026 and 10/28/2026.",
    ]
    n2 = [
        ("pre", "Hollis Vandermeer - Claim TVC-2611-04483 - page 2 of 2"),
        ("h", "How to appeal"),
        "You or your authorized representative have 180 days from receipt of this notice to appeal. Appeals must "
        "be in writing and should include the claim number, the reasons you disagree and any supporting records. "
        "Mail your appeal to:",
        ("pre", "\n".join(addr)),
        "Do not send appeals to the claims PO Box above. You may ask for copies of the plan provisions and "
        "records relevant to your claim free of charge. After the Plan's final decision you may ask for an "
        "external review by an independent review organization under the federal external review process.",
    ]
    write_pdf2(os.path.join(OUT, stem + ".pdf"), [cover, n1, n2], size=9.5)
    case(stem, "pdf", "en", "text PDF, 3 pages (cover letter + 2-page notice)",
         "county employees' self-funded plan (governmental): benefit limit, patient is the spouse",
         "cover letter first from the county with its own later date (11/23) and address, addressed to the "
         "employee; patient is the spouse; earlier covered-visit dates; appeal address on page 3",
         {"_note": NOTE + "Governmental (county) plan, not ERISA. Benefit maximum (CO-119) is 'other'. The notice "
          "date is the enclosed notice's, not the cover letter's. Window from receipt; computed from the notice "
          "date (no mailing days), per docs/domain.md.",
          "patient_name": "Hollis Vandermeer", "member_id": "ACE-020417-02", "claim_number": "TVC-2611-04483",
          "notice_date": nd.isoformat(), "service_dates": ["2026-11-02", "2026-11-04"],
          "procedure_codes": ["96365", "J3490"], "diagnosis_codes": ["G89.4", "G90.59"], "carc_codes": ["CO-119"],
          "denial_category": "other", "plan_type": "governmental", "urgent": False,
          "appeal_deadline": plus(nd, 180),
          "deadline_basis": "180 days from receipt of this notice",
          "appeals_address": ", ".join(addr)},
         flat([cover, n1, n2]))


# ================================================================== 13 Medicaid fee-for-service, Spanish, business days
def n13():
    stem = "13-medicaid-ffs-spanish-business-days"
    nd = D(2026, 11, 30)
    addr = ["Oficina de Audiencias Imparciales", "Departamento de Servicios Humanos", "P.O. Box 4400",
            "Ciudad Almagre, NM 87599"]
    txt = """DEPARTAMENTO DE SERVICIOS HUMANOS - DIVISIÓN DE ASISTENCIA MÉDICA
Programa Medicaid (pago por servicio)
Calle Mesa Verde 77, Ciudad Almagre, NM 87501     Tel. 1-800-555-0112

AVISO DE ACCIÓN - DENEGACIÓN DE PAGO

Fecha del aviso:        30/11/2026
Fecha de envío:         01/12/2026
Nombre del beneficiario: Graciela Montoya Reyes
Núm. de Medicaid:       4410-229-8716
Fecha de nacimiento:    28/11/1958
Núm. de reclamo:        26 334 0098 12
Proveedor:              Centro de Salud Mental Sierra Azul

Las fechas de este aviso se escriben día/mes/año.

Servicios denegados:
  Fecha       Código   Descripción                          Diagnóstico   Ajuste
  10/11/2026  96365    Infusión intravenosa, primera hora   F32.2         CO-204
  10/11/2026  J3490    Medicamento no clasificado           F32.2         CO-204
  12/11/2026  96365    Infusión intravenosa, primera hora   F32.2         CO-204
  12/11/2026  J3490    Medicamento no clasificado           F32.2         CO-204

Motivo de la decisión:
La infusión de ketamina para la depresión no está entre los servicios que
cubre el plan estatal de Medicaid (Manual de Servicios Médicos, capítulo 9,
servicios excluidos). Código CO-204: este servicio no está cubierto por el
plan de beneficios del paciente.

Su derecho a una audiencia imparcial:
Si no está de acuerdo con esta decisión, puede pedir una audiencia
imparcial. Tiene 15 días hábiles a partir de la fecha de este aviso para
pedir la audiencia. Los días hábiles son de lunes a viernes. Envíe su
solicitud por escrito a:

    Oficina de Audiencias Imparciales
    Departamento de Servicios Humanos
    P.O. Box 4400
    Ciudad Almagre, NM 87599

No envíe su solicitud a la dirección de la Calle Mesa Verde. Puede llevar a
un abogado, un familiar u otra persona para que le represente. Para ayuda
legal gratuita llame al 1-800-555-0108.
"""
    with open(os.path.join(OUT, stem + ".txt"), "w", encoding="utf-8") as f:
        f.write(txt)
    case(stem, "txt", "es", "plain text (UTF-8)", "state Medicaid fee-for-service notice, Spanish: not covered",
         "window in business days (15 días hábiles); notice date vs mailing date (01/12); day-first dates "
         "including service dates readable month-first (10/11, 12/11); DOB 28/11/1958 two days before; the fair "
         "hearing is the first appeal here",
         {"_note": NOTE + "Medicaid fee-for-service (no MCO): the state fair hearing is the first and only appeal "
          "level, so its window is the appeal deadline. 15 business days (Mon-Fri) counted from the notice date "
          "30/11/2026, no holidays in the span: 2026-12-21. All numeric dates are day-first, as the notice says.",
          "patient_name": "Graciela Montoya Reyes", "member_id": "4410-229-8716", "claim_number": "26 334 0098 12",
          "notice_date": nd.isoformat(), "service_dates": ["2026-11-10", "2026-11-12"],
          "procedure_codes": ["96365", "J3490"], "diagnosis_codes": ["F32.2"], "carc_codes": ["CO-204"],
          "denial_category": "not_covered", "plan_type": "medicaid", "urgent": False,
          "appeal_deadline": business_days(nd, 15),
          "deadline_basis": "15 días hábiles a partir de la fecha de este aviso",
          "appeals_address": ", ".join(addr)},
         txt)


# ================================================================== 14 TRICARE explanation, 1-bit fax, 2 pages
def n14():
    stem = "14-tricare-explanation-fax"
    nd = D(2026, 10, 30)
    addr = ["Liberty Shore Federal Health Services", "TRICARE Reconsiderations", "PO Box 91150",
            "Hollis Point, SC 29999"]
    p1 = [
        ("h", "TRICARE EXPLANATION OF BENEFITS"),
        ("pre", "Liberty Shore Federal Health Services - TRICARE East claims processor\n"
                "Claims correspondence: PO Box 91100, Hollis Point, SC 29998\n\n"
                "Date of notice: 10/30/2026          Page 1 of 2\n"
                "Sponsor: Marcus T. Delacroix         Sponsor DoD Benefits Number: 1023 4456 781\n"
                "Patient: Yvette Delacroix (spouse)   Patient DoD Benefits Number: 1023 4456 799\n"
                "Patient date of birth: 10/28/1982    Plan: TRICARE Select\n"
                "Claim number: TC 2610 884 1207       Received: 10/13/2026"),
        ("table", [["Service date", "Code", "Description", "Dx", "Billed", "Allowed", "Paid", "Note"],
                   ["10/08/2026", "96365", "IV infusion, 1st hr", "F33.1", "$640.00", "$0.00", "$0.00", "A1"],
                   ["10/08/2026", "J3490", "Unclassified drug", "F33.1", "$210.00", "$0.00", "$0.00", "A1"]]),
        "Note A1: TRICARE cannot pay for this service. Ketamine infusion for depression is considered unproven "
        "under the TRICARE Policy Manual: its safety and effectiveness have not been shown by reliable evidence. "
        "You may owe the provider the full billed amount if you agreed in writing, before the care, to pay for "
        "a non-covered service.",
        "Provider: Tidewater Hope Infusion, LLC (network)",
    ]
    p2 = [
        ("pre", "Patient: Yvette Delacroix  -  Claim TC 2610 884 1207  -  Page 2 of 2"),
        ("h", "YOUR APPEAL RIGHTS"),
        "If you disagree with this decision, you may ask for a reconsideration. You must request a "
        "reconsideration within 90 days of the date of this notice. Your request must be in writing, be signed, "
        "and include a copy of this explanation of benefits and any records that support your request. Mail it "
        "to:",
        ("pre", "\n".join(addr)),
        "Do not send reconsideration requests to the claims correspondence PO Box on page 1. Questions: "
        "1-800-555-0158. A TRICARE Beneficiary Counseling and Assistance Coordinator at your nearest military "
        "treatment facility can help you.",
    ]
    imgs = [fax_header(R.render_page_image(p, seed=14 + i),
                       f"10/31/2026 09:{12 + i:02d}  (555) 555-0146  TIDEWATER HOPE BILLING   #0412  P.{i + 1}/2")
            for i, p in enumerate([p1, p2])]
    fax_pages(os.path.join(OUT, stem + ".tif"), imgs, seed=14)
    case(stem, "tif", "en", "1-bit fax TIFF (204x98), 2 pages", "TRICARE Select explanation of benefits: "
         "unproven (experimental)",
         "sponsor and patient both with DoD benefits numbers; patient DOB 10/28/1982 two days before; fax stamp "
         "dated 10/31; received 10/13; appeal address on page 2, claims PO Box on page 1",
         {"_note": NOTE + "TRICARE: no plan_type value in docs/domain.md fits, so plan_type is left out. 'Unproven' "
          "is TRICARE's word for experimental/investigational. The patient is the spouse; her own DoD benefits "
          "number is the member ID, not the sponsor's.",
          "patient_name": "Yvette Delacroix", "member_id": "1023 4456 799", "claim_number": "TC 2610 884 1207",
          "notice_date": nd.isoformat(), "service_dates": ["2026-10-08"],
          "procedure_codes": ["96365", "J3490"], "diagnosis_codes": ["F33.1"],
          "denial_category": "experimental_investigational", "urgent": False,
          "appeal_deadline": plus(nd, 90),
          "deadline_basis": "within 90 days of the date of this notice",
          "appeals_address": ", ".join(addr)},
         flat([p1, p2]))


# ================================================================== 15 Marketplace, Spanish e-mail (.eml), month-first dates
def n15():
    stem = "15-marketplace-spanish-email"
    nd = D(2026, 11, 20)
    addr = ["Clear Lake Health Plans", "Departamento de Apelaciones", "P.O. Box 30455", "Lago Claro, TX 78999"]
    rows = [["Reclamación", "Fecha de servicio", "Código", "Cargo", "Pagado por el plan", "Estado", "Código de ajuste"],
            ["2026-1031-00951", "10/22/2026", "99214", "$195.00", "$148.00", "Pagada", "-"],
            ["2026-1031-00952", "10/22/2026", "96365", "$700.00", "$0.00", "Negada", "CO-242"],
            ["2026-1031-00952", "10/22/2026", "96366", "$180.00", "$0.00", "Negada", "CO-242"],
            ["2026-1031-00952", "10/29/2026", "96365", "$700.00", "$0.00", "Negada", "CO-242"],
            ["2026-1031-00952", "10/29/2026", "J3490", "$240.00", "$0.00", "Negada", "CO-242"]]
    intro = ("Estimada Yesenia Carvajal Ortega:\n\n"
             "Tiene un nuevo aviso en su cuenta de Clear Lake Health Plans. Lo copiamos abajo.\n\n"
             "AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS\n"
             "Fecha del aviso: 20 de noviembre de 2026\n"
             "Miembro: Yesenia Carvajal Ortega\n"
             "Número de miembro: CLH-MP-66120457\n"
             "Fecha de nacimiento: 11/18/1994\n"
             "Plan: Clear Lake Bronze Esencial - plan del Mercado de Seguros Médicos (HealthCare.gov)\n"
             "Diagnóstico: F33.2\n")
    mid = ("Negamos la reclamación 2026-1031-00952 de Bluebonnet Ketamine Wellness porque el proveedor no "
           "pertenece a la red de su plan y su plan no cubre servicios fuera de la red, salvo emergencias "
           "(Evidencia de Cobertura, sección 3.2). Código de ajuste CO-242: servicios no prestados por "
           "proveedores de la red. La reclamación 2026-1031-00951 (consulta en la red) fue pagada.\n\n"
           "CÓMO APELAR\n"
           "Tiene 180 días a partir de la fecha en que reciba este aviso para pedir una apelación interna. "
           "Envíe su apelación por escrito a:\n\n" + "\n".join(addr) + "\n\n"
           "No responda a este correo: este buzón no recibe apelaciones. Si su caso es urgente, llame al "
           "1-844-555-0196 para una apelación acelerada. Después de nuestra decisión puede pedir una revisión "
           "externa independiente.\n\n"
           "Clear Lake Health Plans - Servicios al Miembro - 500 Pecan Grove Blvd, Lago Claro, TX 78901\n")
    plain = intro + "\n" + "\n".join("  ".join(r) for r in rows) + "\n\n" + mid
    cell = 'style="border:1px solid #999;padding:3px 6px"'
    html_rows = "".join("<tr>" + "".join(f"<td {cell}>{c}</td>" for c in r) + "</tr>" for r in rows)
    html = ("<html><body style=\"font-family:Arial\">" +
            "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in intro.split("\n\n")) +
            f"<table style=\"border-collapse:collapse\">{html_rows}</table>" +
            "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in mid.split("\n\n")) + "</body></html>")
    m = EmailMessage()
    m["From"] = "Clear Lake Health Plans <avisos@clearlakehealth.example>"
    m["To"] = "Yesenia Carvajal <ycarvajal94@mail.example>"
    m["Subject"] = "Nuevo aviso sobre su reclamación 2026-1031-00952"
    m["Date"] = format_datetime(dt.datetime(2026, 11, 24, 7, 2, 11, tzinfo=dt.timezone(dt.timedelta(hours=-6))))
    m["Message-ID"] = "<n-2611-66120457@clearlakehealth.example>"
    m.set_content(plain, charset="utf-8", cte="quoted-printable")
    m.add_alternative(html, subtype="html", charset="utf-8", cte="quoted-printable")
    with open(os.path.join(OUT, stem + ".eml"), "wb") as f:
        f.write(bytes(m))
    case(stem, "eml", "es", "e-mail .eml (multipart, quoted-printable, HTML table)",
         "individual Marketplace plan, Spanish: out of network, 2 claims, 1 denied",
         "Spanish text with US month-first numeric dates (10/22/2026); e-mail Date 24 Nov vs notice 20 Nov; DOB "
         "11/18/1994 two days before; paid neighbour claim with a near-identical number; reply address not for "
         "appeals",
         {"_note": NOTE + "Marketplace plan, Spanish e-mail notice. Numeric dates are month-first (US), as 10/22 and "
          "10/29 show. Only claim 2026-1031-00952 is denied. Window from receipt; computed from the notice date, "
          "per docs/domain.md.",
          "patient_name": "Yesenia Carvajal Ortega", "member_id": "CLH-MP-66120457", "claim_number": "2026-1031-00952",
          "notice_date": nd.isoformat(), "service_dates": ["2026-10-22", "2026-10-29"],
          "procedure_codes": ["96365", "96366", "J3490"], "diagnosis_codes": ["F33.2"], "carc_codes": ["CO-242"],
          "denial_category": "out_of_network", "plan_type": "individual_aca", "urgent": False,
          "appeal_deadline": plus(nd, 180),
          "deadline_basis": "180 días a partir de la fecha en que reciba este aviso",
          "appeals_address": ", ".join(addr)},
         plain)


# ================================================================== 16 FEHB carrier, DOCX
def n16():
    import docx
    from docx.shared import Pt
    stem = "16-fehb-carrier-docx"
    nd = D(2026, 10, 20)
    addr = ["Capitol Trust Health Plan", "FEHB Reconsideration Unit", "PO Box 14402", "Linden Heights, MD 20999"]
    d = docx.Document()
    d.styles["Normal"].font.name = "Times New Roman"
    d.styles["Normal"].font.size = Pt(11)
    texts = []

    def para(t, bold=False):
        p = d.add_paragraph()
        p.add_run(t).bold = bold
        texts.append(t)

    def table(rows, bold_first_col=False):
        t = d.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = "Table Grid"
        for i, r in enumerate(rows):
            for j, c in enumerate(r):
                t.cell(i, j).text = c
                if (bold_first_col and j == 0) or (not bold_first_col and i == 0):
                    for run in t.cell(i, j).paragraphs[0].runs:
                        run.bold = True
        texts.extend(" ".join(r) for r in rows)

    table([["CAPITOL TRUST HEALTH PLAN\nFederal Employees Health Benefits Program - Standard Option\n"
             "Customer Service: 1-800-555-0128 · 3900 Beltway Commons, Linden Heights, MD 20901"]])
    para("")
    para("October 20, 2026")
    para("Benedikt Szymanski-Oyelaran\n77 Juniper Bluff Terrace\nGreenmoor, VA 22999")
    table([["Enrollee", "Member ID", "Claim", "Received", "Processed"],
           ["Benedikt Szymanski-Oyelaran", "R71204539", "CTH 26293 00417", "10/09/2026", "10/19/2026"]])
    para("Dear Mr. Szymanski-Oyelaran:")
    para("We have denied the claim from Potomac Ridge Psychiatry for esketamine nasal spray treatment sessions. "
         "Our decision is based on the 2026 FEHB brochure for this plan, Section 5(a), and our medical policy for "
         "esketamine, which requires a documented adequate trial of at least two antidepressants in the current "
         "episode. The records submitted do not show this, so the treatment was not medically necessary as "
         "defined in Section 10 of the brochure.")
    table([["Date of service", "Service", "Code", "Diagnosis", "Amount billed", "Plan paid"],
           ["10/06/2026", "Esketamine 84 mg", "J0013", "F33.2, F41.1", "$1,312.00", "$0.00"],
           ["10/06/2026", "Office visit", "99214", "F33.2, F41.1", "$185.00", "$0.00"],
           ["10/08/2026", "Esketamine 84 mg", "J0013", "F33.2, F41.1", "$1,312.00", "$0.00"],
           ["10/08/2026", "Office visit", "99214", "F33.2, F41.1", "$185.00", "$0.00"]])
    para("If you disagree with our decision", bold=True)
    para("You may ask us to reconsider. Your request must be in writing and we must receive it within 6 months "
         "from the date of this letter. Explain why you believe our decision is wrong, citing the brochure "
         "language, and enclose your doctor's records and letter. Send your request to:")
    para("\n".join(addr))
    para("Do not send a reconsideration request to the Beltway Commons customer service office. If we uphold "
         "our decision or do not answer within 30 days, you may ask the U.S. Office of Personnel Management (OPM) "
         "to review it; you must write to OPM within 90 days of our reconsideration decision. See Section 8 of "
         "the brochure. Your physician may ask for an urgent review by calling 1-800-555-0128.")
    para("Sincerely,\nClaims Review, Capitol Trust Health Plan")
    d.save(os.path.join(OUT, stem + ".docx"))
    case(stem, "docx", "en", "DOCX, boxed letterhead and tables", "FEHB carrier: medical necessity (Spravato)",
         "letterhead in a one-cell box; received and processed dates in the header table; 6-month window "
         "(months, not days); OPM 90-day level; customer service address vs appeal PO Box",
         {"_note": NOTE + "FEHB carrier's initial denial; 6 months from the date of the letter (2026-10-20 -> "
          "2027-04-20).",
          "patient_name": "Benedikt Szymanski-Oyelaran", "member_id": "R71204539", "claim_number": "CTH 26293 00417",
          "notice_date": nd.isoformat(), "service_dates": ["2026-10-06", "2026-10-08"],
          "procedure_codes": ["J0013", "99214"], "diagnosis_codes": ["F33.2", "F41.1"],
          "denial_category": "medical_necessity", "plan_type": "fehb", "urgent": False,
          "appeal_deadline": add_months(nd, 6),
          "deadline_basis": "within 6 months from the date of this letter",
          "appeals_address": ", ".join(addr)},
         " ".join(texts))


# ================================================================== 17 Original Medicare MSN, two claims, one denied
def n17():
    stem = "17-original-medicare-msn"
    nd = D(2026, 10, 12)
    addr = ["Heartland Plains Medicare Administrators", "Part B Redeterminations", "P.O. Box 71880",
            "Prairie Junction, KS 66999"]
    p1 = [
        ("h", "Medicare Summary Notice for Part B (Medical Insurance)"),
        ("pre", "The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services\n\n"
                "Notice for:  Eleanor Quist-Abernathy          THIS IS NOT A BILL\n"
                "Medicare Number:  XXXX-XXX-MN58\n"
                "Date of This Notice:  October 12, 2026\n"
                "Claims and Services Processed Between July 12 - October 9, 2026"),
        ("h", "Your Deductible Status"),
        "You have met your Part B deductible for 2026.",
        ("h", "Total You May Be Billed: $1,565.68"),
        ("h", "Did Medicare Approve All Services?  NO"),
        "Medicare denied 3 services on 1 claim. See page 2 for the appeal deadline and how to appeal.",
        ("h", "Your Claims for Part B (Medical Insurance)"),
        ("pre", "Prairie Oak Family Medicine, (555) 555-0131\n"
                "              Service Provided & Billing Code            Amount   Medicare  Medicare  You May\n"
                "                                                         Charged  Approved  Paid      Be Billed\n"
                "Claim number 14 2609 0881 552 0\n"
                "  Aug 31, 2026  Office/outpatient visit est (99214)     $185.00  $128.40   $102.72   $25.68\n\n"
                "Quiet Harbor Ketamine Clinic, (555) 555-0132\n"
                "Claim number 14 2609 3347 018 0\n"
                "  Sep 14, 2026  Ther/proph/diag iv inf init (96365)     $650.00  $0.00     $0.00     $650.00  A\n"
                "  Sep 14, 2026  Unclassified drugs (J3490)               $240.00  $0.00     $0.00     $240.00  A\n"
                "  Sep 16, 2026  Ther/proph/diag iv inf init (96365)     $650.00  $0.00     $0.00     $650.00  A"),
    ]
    p2 = [
        ("pre", "Eleanor Quist-Abernathy   Medicare Number XXXX-XXX-MN58   Page 2 of 2"),
        ("h", "Notes for Claims Above"),
        "A  Medicare doesn't pay for items or services that aren't reasonable and necessary to diagnose or treat "
        "an illness or injury for someone with your condition. Your provider may bill you only if you signed an "
        "Advance Beneficiary Notice (ABN) before the service.",
        ("h", "How to Handle Denied Claims or File an Appeal"),
        "If you disagree with a coverage decision or payment decision on this notice, you can appeal. Appeals "
        "must be filed in writing. Circle the services you disagree with, explain why, and sign below.",
        ("pre", "  Deadline: file your appeal by February 9, 2027.\n"),
        "Send this page, with a copy of any supporting records, to the Medicare contractor at this address:",
        ("pre", "\n".join(addr)),
        "Do not send this page to the Centers for Medicare & Medicaid Services. If you need help, call "
        "1-800-MEDICARE (1-800-633-4227) or your State Health Insurance Assistance Program.",
        ("pre", "Your name: __________________  Medicare Number: ____________  Phone: ____________\n"
                "Signature: __________________  Date: ________"),
    ]
    write_pdf2(os.path.join(OUT, stem + ".pdf"), [p1, p2], size=9.5)
    case(stem, "pdf", "en", "text PDF, 2 pages", "Original Medicare Part B MSN: medical necessity, 2 claims, 1 "
         "denied",
         "masked Medicare number; processing period dates; a paid claim before the denied one; the denied claim's "
         "service dates on the lines under the claim number; deadline stated as a date on page 2; "
         "contractor address vs CMS",
         {"_note": NOTE + "Original Medicare Summary Notice. The Medicare number is printed masked; member_id is "
          "the masked form as printed. The deadline is printed as a date (it wins). No diagnosis or adjustment "
          "codes are printed on an MSN.",
          "patient_name": "Eleanor Quist-Abernathy", "member_id": "XXXX-XXX-MN58",
          "claim_number": "14 2609 3347 018 0", "notice_date": nd.isoformat(),
          "service_dates": ["2026-09-14", "2026-09-16"], "procedure_codes": ["96365", "J3490"],
          "denial_category": "medical_necessity", "plan_type": "medicare", "urgent": False,
          "appeal_deadline": "2027-02-09", "deadline_basis": "file your appeal by February 9, 2027",
          "appeals_address": ", ".join(addr)},
         flat([p1, p2]))


# ================================================================== 18 state employee plan (Puerto Rico), Spanish, scanned
def n18():
    stem = "18-state-employee-plan-spanish-scan"
    nd = D(2026, 11, 6)
    addr = ["Plan de Salud para Empleados Públicos", "Oficina de Apelaciones", "Apartado Postal 70222",
            "San Juan, PR 00936-8222"]
    p1 = [
        ("h", "PLAN DE SALUD PARA EMPLEADOS PÚBLICOS"),
        ("pre", "Plan gubernamental para empleados del Gobierno de Puerto Rico\n"
                "Administrado por Aseguradora Sierra Clara, Inc. - Calle Ruiseñor 45, Caguas, PR 00725"),
        ("pre", "Fecha de emisión:   06/11/2026\n"
                "Fecha de impresión: 09/11/2026\n"
                "Paciente:           Adalberto Figueroa Santiago\n"
                "Núm. de socio:      PEG-4471-90318\n"
                "Fecha de nacimiento: 04/11/1966\n"
                "Reclamación:        RCL 26-301-7745"),
        ("h", "NOTIFICACIÓN DE DENEGACIÓN DE BENEFICIOS"),
        "Estimado señor Figueroa Santiago: hemos denegado la reclamación de Centro Renacer de Salud Mental por "
        "los servicios que recibió en las fechas abajo indicadas (formato día/mes/año).",
        ("table", [["Fecha", "Código", "Servicio", "Diagnóstico", "Ajuste"],
                   ["05/10/2026", "96365", "Infusión IV, primera hora", "F43.12", "CO-204"],
                   ["05/10/2026", "J3490", "Medicamento (ketamina)", "F43.12", "CO-204"],
                   ["19/10/2026", "96365", "Infusión IV, primera hora", "F43.12", "CO-204"],
                   ["19/10/2026", "J3490", "Medicamento (ketamina)", "F43.12", "CO-204"]]),
        "Razón: la infusión de ketamina es un servicio excluido del Plan (Contrato de cubierta, Artículo IX, "
        "exclusión 22: medicamentos administrados fuera de su indicación aprobada). Código CO-204: servicio no "
        "cubierto por el plan de beneficios.",
        ("h", "Derecho de apelación"),
        "Usted puede apelar esta decisión dentro de ciento ochenta (180) días contados desde la fecha de esta "
        "notificación. Envíe su apelación por escrito a:",
        ("pre", "\n".join(addr)),
        "No envíe apelaciones a la oficina de Caguas. Si la apelación es denegada podrá solicitar una revisión "
        "externa independiente.",
    ]
    im = R.render_page_image(p1, seed=18)
    im = stamp(im, ["RECIBIDO", "16 NOV 2026"], (1050, 300), angle=9)
    im = R.degrade_scan(im, seed=18, angle=1.2)
    im.save(os.path.join(OUT, stem + ".pdf"), resolution=200)
    case(stem, "pdf", "es", "image-only scanned PDF with a RECIBIDO stamp",
         "Puerto Rico government employees' plan (governmental), Spanish: not covered (exclusion)",
         "issue, print and received-stamp dates (06/11, 09/11, 16 NOV); day-first dates, 05/10/2026 readable "
         "month-first; DOB 04/11/1966 two days before; administrator's Caguas address vs appeal Apartado; deadline "
         "with the number in words and digits",
         {"_note": NOTE + "Government employer plan (governmental). All numeric dates day-first, as the notice "
          "says. The RECIBIDO stamp is the member's receipt stamp, not the notice date.",
          "patient_name": "Adalberto Figueroa Santiago", "member_id": "PEG-4471-90318", "claim_number": "RCL 26-301-7745",
          "notice_date": nd.isoformat(), "service_dates": ["2026-10-05", "2026-10-19"],
          "procedure_codes": ["96365", "J3490"], "diagnosis_codes": ["F43.12"], "carc_codes": ["CO-204"],
          "denial_category": "not_covered", "plan_type": "governmental", "urgent": False,
          "appeal_deadline": plus(nd, 180),
          "deadline_basis": "dentro de ciento ochenta (180) días contados desde la fecha de esta notificación",
          "appeals_address": ", ".join(addr)},
         R.flat_page(p1))


ALL = [n01, n02, n03, n04, n05, n06, n07, n08, n09, n10, n11, n12, n13, n14, n15, n16, n17, n18]

if __name__ == "__main__":
    for fn in ALL:
        fn()
    with open(os.path.join(OUT, "cases.json"), "w") as f:
        json.dump([{k: c[k] for k in ("stem", "ext", "lang", "fmt", "kind", "trap")} for c in CASES], f, indent=1,
                  ensure_ascii=False)
    print(len(CASES), "notices written to", OUT)
