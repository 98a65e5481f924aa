"""English notices 01-12 of blind intake set 20. Everything here is FICTIONAL."""
import os
import re
from reportlab.lib import colors
from reportlab.lib.pagesizes import letter
from reportlab.lib.units import inch
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle, PageBreak, KeepTogether
from PIL import Image

import photo
from render import styles, P, grid, build_pdf, rasterize, pdf_text, register_fonts, pil_font
from common import (D, long_en, abbr_en, us, us2, add_days, add_months, FICT_EN)

W, H = letter


def money(x):
    return f"${x:,.2f}"


# ---------------------------------------------------------------------------------------------------------
# 01 employer insured, IV ketamine, experimental; both pages photographed side by side on a rug
# ---------------------------------------------------------------------------------------------------------
def case01(ctx):
    slug = "01-employer-insured-ketamine-experimental-two-page-spread-rug"
    notice = D(2026, 10, 27)
    received = D(2026, 10, 14)
    dob = D(1984, 10, 29)
    name = "Theodora K. Lindqvist"
    mid = "HHL-FICT-448120"
    claim = "2026-1019-77342"
    dates = [D(2026, 9, 29), D(2026, 10, 2), D(2026, 10, 6)]
    basis = "within 180 days after you receive this notice"
    addr_lines = ["Harborline Health Insurance Company", "Attn: Member Appeals", "PO Box 61873",
                  "Fenwick, OH 43991"]
    s = styles("Sans", 9.6)

    def head(c, doc):
        c.saveState()
        c.setFillColor(colors.HexColor("#12355b"))
        c.rect(0.8 * inch, H - 1.05 * inch, 0.42 * inch, 0.42 * inch, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.setFont("Sans-Bold", 20)
        c.drawCentredString(1.01 * inch, H - 0.97 * inch, "H")
        c.setFillColor(colors.HexColor("#12355b"))
        c.setFont("Sans-Bold", 16)
        c.drawString(1.32 * inch, H - 0.86 * inch, "Harborline Health")
        c.setFont("Sans", 7.8)
        c.setFillColor(colors.black)
        c.drawString(1.32 * inch, H - 1.02 * inch, "Harborline Health Insurance Company  |  400 Quarry Street  |  "
                     "Fenwick, OH 43990  |  harborline.example")
        c.setFont("Sans-Bold", 7.5)
        c.drawString(0.8 * inch, H - 1.25 * inch, FICT_EN)
        c.setFont("Sans", 7.5)
        c.drawString(0.8 * inch, 0.5 * inch, "HHL-EOBL-04 (rev. 2026)   " + FICT_EN)
        c.drawRightString(W - 0.8 * inch, 0.5 * inch, f"Page {doc.page} of 2")
        if doc.page == 2:
            c.drawRightString(W - 0.8 * inch, H - 1.25 * inch, f"{name}  -  Claim {claim}")
        c.restoreState()

    story = [P(long_en(notice), s["right"]), Spacer(1, 6),
             P(f"{name}<br/>88 Sumac Lane<br/>Brookfield Center, OH 43998", s["tight"]), Spacer(1, 12)]
    facts = [["Member", name, "Member ID", mid],
             ["Group", "07713 - Pell & Ostrander Machine Works", "Date of birth", us(dob)],
             ["Claim number", claim, "Claim received", long_en(received)],
             ["Provider", "Lakeshore Infusion Partners", "Type of plan", "Insured group health plan"]]
    story.append(grid(facts, [1.05 * inch, 2.35 * inch, 1.1 * inch, 2.4 * inch], header=False, size=8.8,
                      extra=[("FONTNAME", (0, 0), (0, -1), "Sans-Bold"), ("FONTNAME", (2, 0), (2, -1), "Sans-Bold"),
                             ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#e8eef5")),
                             ("BACKGROUND", (2, 0), (2, -1), colors.HexColor("#e8eef5"))]))
    story += [Spacer(1, 10), P("Explanation of our claim decision", s["h2"]),
              P(f"Dear Ms. Lindqvist:", s["body"]),
              P("We reviewed the claim Lakeshore Infusion Partners sent us for the services below. We are not able "
                "to pay for them. Your plan does not cover services that are experimental or investigational. "
                "Our medical policy MP-311 (Ketamine infusion therapy) considers intravenous ketamine for "
                "depression investigational, because the drug is not approved by the FDA for this use and the "
                "policy finds the long-term evidence insufficient.", s["body"])]
    rows = [["Date of service", "Code", "Service", "Billed", "Plan paid", "Adj. code"]]
    for d in dates:
        rows += [[us(d), "96365", "IV infusion, first hour", money(465), money(0), "CO-55"],
                 [us(d), "96366", "IV infusion, each added hour", money(190), money(0), "CO-55"],
                 [us(d), "J3490", "Drug not otherwise classified (ketamine 0.5 mg/kg)", money(140), money(0),
                  "CO-55"]]
    rows.append(["", "", "Totals", money(3 * 795), money(0), ""])
    story.append(grid(rows, [1.0 * inch, 0.6 * inch, 2.75 * inch, 0.85 * inch, 0.85 * inch, 0.75 * inch],
                      size=8.4, zebra=colors.HexColor("#f2f2f2")))
    story += [Spacer(1, 6),
              P("Diagnosis code on this claim: F33.2. Adjustment code CO-55 means the payer considers the "
                "procedure, treatment or drug experimental or investigational. You owe the provider for these "
                "services only as your plan and the provider's agreement allow; call us if you are billed more.",
                s["small"]),
              P("Please read the next page: it explains how to appeal this decision, and the time limits.",
                s["body"]),
              P("Sincerely,<br/>Claims Review Department<br/>Harborline Health Insurance Company", s["body"]),
              PageBreak(),
              Spacer(1, 10),
              P("Your right to appeal", s["h1"]),
              P(f"If you disagree with this decision, you or someone you name to act for you may ask us to review "
                f"it. This is called an internal appeal. Your appeal must be filed {basis}. Tell us why you think "
                f"the decision is wrong and send any records, letters from your doctor or studies you want us to "
                f"consider. You may ask, free of charge, for copies of every document we used, including medical "
                f"policy MP-311.", s["body"]),
              P("Mail or deliver your written appeal to:", s["body"]),
              P("<br/>".join(addr_lines), s["tight"]),
              Spacer(1, 8),
              P("Fax: 555-0148 (Member Appeals). Please do not send appeals to our Quarry Street office shown at "
                "the top of this letter; it does not handle appeals.", s["body"]),
              P("Urgent situations", s["h3"]),
              P("If waiting could seriously harm your health, you may ask for an expedited appeal by phone at "
                "555-0147. We decide expedited appeals within 72 hours. You may ask for an expedited external "
                "review at the same time.", s["body"]),
              P("External review", s["h3"]),
              P("If we uphold our decision after your internal appeal, you may ask for an external review by an "
                "independent review organization. That request must be made within four months after the date you "
                "receive our final internal appeal decision. The final decision will explain how to ask.",
                s["body"]),
              P("Other help", s["h3"]),
              P("The State Office of Health Coverage Assistance can help you file an appeal at no cost: 555-0143. "
                "Your plan is an insured employer group health plan; you may also have the right to bring a civil "
                "action under section 502(a) of ERISA after your appeals are finished.", s["body"]),
              P("Language help: call 555-0149 for help in your language. Ayuda en español: 555-0149.", s["small"])]
    pdf = os.path.join(ctx["tmp"], slug + ".pdf")
    build_pdf(pdf, story, margins=(0.8, 0.8, 1.45, 0.8), first=head)
    text = pdf_text(pdf)
    pages = rasterize(pdf, 200)
    # the photo: both pages side by side on a rug, daylight from a window on the left
    bw, bh = 4032, 3024
    bg = photo.bg_rug(bw, bh, 11)
    p1 = photo.paper_tint(pages[0], (1.0, 0.99, 0.96), seed=1)
    p2 = photo.paper_tint(pages[1], (1.0, 0.99, 0.96), seed=2)
    p2 = photo.curl(p2, amp=7, periods=0.5, axis="x", phase=0.4, shade=0.08)
    sc = 0.93
    pw, ph = p1.size[0] * sc, p1.size[1] * sc
    c1 = photo.rotated_corners(bw * 0.27, bh * 0.5, pw, ph, -1.6, keystone=0.025)
    c2 = photo.rotated_corners(bw * 0.735, bh * 0.51, pw, ph, 2.3, keystone=0.03)
    out, _ = photo.place(bg, p1, c1, shadow=0.5)
    out, _ = photo.place(out, p2, c2, shadow=0.5)
    out = photo.lighting(out, (-400, bh * 0.3), 3600, gain=0.35, base=0.78, color=(1.0, 0.98, 0.94))
    out = photo.vignette(out, 0.25)
    out = photo.noise(out, 0.018, seed=3)
    out = photo.blur(out, 0.8)
    fn = slug + ".jpg"
    photo.save_jpeg(out, os.path.join(ctx["out"], fn), quality=86)
    key = dict(file=fn,
               _note="FICTIONAL: invented people, insurer, employer and numbers. Insured employer group plan; IV "
                     "ketamine (96365, 96366, J3490) denied as experimental (CO-55). Both pages of the letter "
                     "photographed side by side on a patterned rug, each at its own angle; the window and the "
                     "appeals address are on page 2, beside the 4-month external review and the 72-hour expedited "
                     "route (not the window). Traps: claim received date, DOB two days after the notice date, group "
                     "number, letterhead office not for appeals.",
               patient_name=name, member_id=mid, claim_number=claim, notice_date=notice, service_dates=dates,
               procedure_codes=["96365", "96366", "J3490"], diagnosis_codes=["F33.2"], carc_codes=["CO-55"],
               denial_category="experimental_investigational", plan_type="employer_erisa", urgent=False,
               appeal_deadline=add_days(notice, 180), deadline_basis=basis, appeals_address=", ".join(addr_lines))
    return dict(file=fn, key=key, rule={"days": 180}, lang="en", text=text)



# ---------------------------------------------------------------------------------------------------------
# 02 Medicare Advantage, expedited pre-service ECT denial; photographed inside a clear sheet protector
# ---------------------------------------------------------------------------------------------------------
def case02(ctx):
    slug = "02-medicare-advantage-ect-expedited-sheet-protector-glare"
    notice = D(2026, 11, 12)
    received = D(2026, 11, 11)
    start = D(2026, 11, 16)
    dob = D(1951, 11, 14)
    name = "Augustin Ferreira-Boyle"
    mid = "CRM-FICT-90417-02"
    ref = "ODR-26-118094"
    basis = "within 65 days from the date of this notice"
    addr = ["Cardinal Ridge Health Plans", "Medicare Appeals and Grievances", "PO Box 30552", "Tillman, NC 27599"]
    s = styles("Sans", 10)

    def head(c, doc):
        c.saveState()
        c.setFillColor(colors.HexColor("#9b1c2c"))
        c.circle(1.05 * inch, H - 0.85 * inch, 0.22 * inch, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.setFont("Sans-Bold", 13)
        c.drawCentredString(1.05 * inch, H - 0.9 * inch, "CR")
        c.setFillColor(colors.HexColor("#9b1c2c"))
        c.setFont("Serif-Bold", 15)
        c.drawString(1.38 * inch, H - 0.82 * inch, "Cardinal Ridge Health Plans")
        c.setFillColor(colors.black)
        c.setFont("Sans", 8)
        c.drawString(1.38 * inch, H - 0.98 * inch, "Cardinal Ridge Medicare Advantage (HMO)  -  1200 Kestrel Way, "
                     "Tillman, NC 27601  -  Member Services 555-0160")
        c.setFont("Sans-Bold", 7.5)
        c.drawString(0.85 * inch, H - 1.2 * inch, FICT_EN)
        c.setFont("Sans", 7)
        c.drawString(0.85 * inch, 0.45 * inch, "CRH-IDN-2026  Form approved for this FICTIONAL sample only.  "
                     + FICT_EN)
        c.restoreState()

    story = [P("Notice of Denial of Medical Coverage", s["h1"]),
             grid([["Date", long_en(notice), "Reference number", ref],
                   ["Member name", name, "Member number", mid],
                   ["Date of birth", us(dob), "Request received", long_en(received)]],
                  [1.05 * inch, 2.1 * inch, 1.35 * inch, 2.3 * inch], header=False, borders=False, size=9.5,
                  extra=[("FONTNAME", (0, 0), (0, -1), "Sans-Bold"), ("FONTNAME", (2, 0), (2, -1), "Sans-Bold"),
                         ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black)]),
             Spacer(1, 8),
             P("Your request was denied", s["h2"]),
             P(f"Dr. Philippa Strand of Crestview Behavioral Medicine asked us to approve electroconvulsive therapy "
               f"(ECT, CPT 90870), up to 12 treatments, with the anesthesia for each treatment (CPT 00104), to begin "
               f"on {long_en(start)}. The diagnosis given was F33.3.", s["body"]),
             P("<b>We made a fast decision.</b> Your doctor told us that waiting for a standard decision could "
               "seriously harm your health, so we decided this request on an expedited (fast) basis.", s["body"]),
             P("Why we said no", s["h3"]),
             P("A psychiatrist who works for our plan reviewed the records sent with the request. They show one "
               "antidepressant trial in the past year and no recent hospital stay. Medicare's coverage rules and "
               "our plan's criteria ask for records of more than one adequate medication trial, or of a risk that "
               "needs a fast response, before ECT is medically necessary. Based on the records we have, the "
               "treatments are not medically necessary at this time. If your doctor has more records, they can send "
               "them with an appeal.", s["body"]),
             P("If you disagree, you can appeal", s["h2"]),
             P(f"You have the right to ask us to look at this decision again (an appeal, also called a "
               f"reconsideration). You must ask for an appeal {basis}. We can give you more time if you have a good "
               f"reason for missing the deadline.", s["body"]),
             P("<b>Standard or fast appeal.</b> A standard appeal about a service you have not received is decided "
               "within 30 days. If you or your doctor believe that waiting 30 days could seriously harm your health, "
               "ask for a fast appeal; we will decide it within 72 hours. If your doctor asks for it, we will give "
               "you a fast appeal.", s["body"]),
             P("<b>How to ask.</b> Write to us at the address below, or call 555-0161 for a fast appeal. You may "
               "fax a fast appeal to 555-0167.", s["body"]),
             P("<br/>".join(addr), s["tight"]),
             Spacer(1, 6),
             P("Please do not mail appeals to our Member Services office on Kestrel Way; it does not handle them. "
               "If we say no to your appeal, we will send your case to an independent review entity for a new "
               "review without your asking.", s["body"]),
             P("Get help", s["h3"]),
             P("You can ask someone you trust, a lawyer or your doctor to help. The State Health Insurance "
               "Assistance Program gives free counseling: 555-0165. TTY users call 711.", s["body"])]
    pdf = os.path.join(ctx["tmp"], slug + ".pdf")
    build_pdf(pdf, story, margins=(0.85, 0.85, 1.4, 0.75), first=head)
    text = pdf_text(pdf)
    page = rasterize(pdf, 300)[0]
    page = photo.paper_tint(page, (1.0, 1.0, 0.985), seed=4)
    bw, bh = 3024, 4032
    bg = photo.bg_plain(bw, bh, 21, (0.70, 0.71, 0.72), grain=0.02)
    pw, ph = page.size
    sc = 1.04
    corners = photo.rotated_corners(bw * 0.52, bh * 0.5, pw * sc * 0.98, ph * sc * 0.98, 1.2, keystone=0.035)
    out, mask = photo.place(bg, page, corners, shadow=0.35, shadow_off=(10, 12), shadow_blur=14)
    # the sleeve: a little larger than the sheet, a reinforced strip with three holes at the left
    from PIL import ImageDraw
    sleeve = photo.rotated_corners(bw * 0.5, bh * 0.5, pw * sc * 1.03, ph * sc * 1.005, 1.2, keystone=0.035)
    d = ImageDraw.Draw(out, "RGBA")
    d.polygon(sleeve, outline=(255, 255, 255, 150))
    d.polygon([sleeve[0], (sleeve[0][0] + 95, sleeve[0][1] + 2), (sleeve[3][0] + 95, sleeve[3][1] + 2), sleeve[3]],
              fill=(240, 240, 245, 70))
    for fy in (0.2, 0.5, 0.8):
        x = sleeve[0][0] + (sleeve[3][0] - sleeve[0][0]) * fy + 48
        y = sleeve[0][1] + (sleeve[3][1] - sleeve[0][1]) * fy
        d.ellipse([x - 22, y - 22, x + 22, y + 22], fill=(90, 92, 95, 255), outline=(230, 230, 235, 200), width=4)
    out = photo.lighting(out, (bw * 0.45, bh * 0.05), 2600, gain=0.28, base=0.80, color=(0.97, 1.0, 1.0))
    out = photo.glare(out, (bw * 0.05, bh * 0.52), (bw * 0.95, bh * 0.36), 150, strength=0.55, haze=0.05)
    out = photo.glare(out, (bw * 0.25, bh * 0.9), (bw * 0.8, bh * 0.75), 30, strength=0.7)
    out = photo.glare(out, (bw * 0.62, bh * 0.08), (bw * 0.92, bh * 0.22), 18, strength=0.6)
    out = photo.noise(out, 0.015, seed=5)
    out = photo.blur(out, 1.0)
    fn = slug + ".jpg"
    photo.save_jpeg(out, os.path.join(ctx["out"], fn), quality=84)
    key = dict(file=fn,
               _note="FICTIONAL: invented people, plan and numbers. Medicare Advantage HMO expedited (fast) "
                     "pre-service decision denying ECT (90870) with anesthesia (00104) as not medically necessary; "
                     "photographed inside a clear plastic sheet protector (glare bands, haze, the sleeve's punched "
                     "strip). No service dates: the requested start date comes after the notice. The reference "
                     "number stands for the claim number. Traps: request received the day before, DOB two days "
                     "after, 30-day and 72-hour decision times, member services office not for appeals.",
               patient_name=name, member_id=mid, claim_number=ref, notice_date=notice,
               procedure_codes=["90870", "00104"], diagnosis_codes=["F33.3"],
               denial_category="medical_necessity", plan_type="medicare_advantage", urgent=True,
               appeal_deadline=add_days(notice, 65), deadline_basis=basis, appeals_address=", ".join(addr))
    return dict(file=fn, key=key, rule={"days": 65}, lang="en", text=text)


# ---------------------------------------------------------------------------------------------------------
# 03 Original Medicare summary notice of two claims, photographed and sent by MMS (low resolution, heavy JPEG)
# ---------------------------------------------------------------------------------------------------------
def case03(ctx):
    slug = "03-original-medicare-summary-epidural-mms-photo"
    notice = D(2026, 11, 6)
    deadline = D(2027, 3, 6)
    name = "Loretta M. Vanterpool"
    mid = "5FICT-WR2-KD84"
    paid_claim, denied_claim = "26-2814-06631-0", "26-2925-01178-4"
    paid_date, denied_date = D(2026, 8, 19), D(2026, 9, 23)
    basis = f"file your appeal by {long_en(deadline)}"
    addr = ["Northgate Medicare Administrators", "Part B Redeterminations", "PO Box 7720", "Ransom, IA 50899"]
    s = styles("Sans", 9.8)

    def head(c, doc):
        c.saveState()
        c.setFont("Sans-Bold", 17)
        c.drawString(0.7 * inch, H - 0.8 * inch, "Medicare Summary Notice")
        c.setFont("Sans", 10.5)
        c.drawString(0.7 * inch, H - 1.0 * inch, "for Part B (Medical Insurance)")
        c.setFont("Sans-Bold", 7.5)
        c.drawString(0.7 * inch, H - 1.18 * inch, FICT_EN)
        c.setFont("Sans", 8.5)
        c.drawRightString(W - 0.7 * inch, H - 0.8 * inch, "Your record of the Part B claims Medicare processed")
        c.drawRightString(W - 0.7 * inch, H - 0.95 * inch, "Northgate Medicare Administrators, a Medicare contractor")
        c.setFont("Sans", 7)
        c.drawString(0.7 * inch, 0.4 * inch, FICT_EN + "   Page 1 of 1")
        c.restoreState()

    left = P(f"<b>{name.upper()}</b><br/>14 ORCHARD ROW<br/>HALDEN, IA 50999", s["tight"])
    right = grid([["Notice date:", long_en(notice)], ["Beneficiary:", name], ["Medicare Number:", mid],
                  ["Claims processed:", "08/01/2026 - 10/31/2026"], ["Customer service:", "1-800-555-0190"]],
                 [1.25 * inch, 2.0 * inch], header=False, borders=False, size=9.2,
                 extra=[("FONTNAME", (0, 0), (0, -1), "Sans-Bold"), ("TOPPADDING", (0, 0), (-1, -1), 1),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 1)])
    top = Table([[left, right]], colWidths=[3.6 * inch, 3.5 * inch])
    top.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOX", (1, 0), (1, 0), 0.8, colors.black)]))
    summ = grid([["Your claims in this notice", ""],
                 ["Did Medicare approve all services?", "NO - one service was denied. See note A."],
                 ["Total the providers may bill you:", "$48.26"]],
                [3.2 * inch, 3.9 * inch], header=True, size=9.2, head_bg=colors.HexColor("#c9d7e8"),
                extra=[("SPAN", (0, 0), (1, 0))])
    claims = [["Service date", "Service provided and billing code", "Approved?", "Billed", "Medicare paid",
               "You may be billed", "See note"],
              [us(paid_date), "Office visit, established patient (99214)", "Yes", "$182.00", "$103.80", "$25.95", ""],
              [us(denied_date), "Spine injection with imaging guidance, one lumbar level (64483)", "No", "$1,240.00",
               "$0.00", "$0.00", "A"]]
    cw = [0.85 * inch, 2.3 * inch, 0.75 * inch, 0.75 * inch, 0.75 * inch, 0.85 * inch, 0.55 * inch]
    story = [top, Spacer(1, 10), summ, Spacer(1, 10), P("Your claims and costs this period", s["h2"]),
             P(f"<b>Harlan Spine &amp; Pain Clinic</b>, 300 Mill Race Road, Halden, IA 50999  -  Claim number "
               f"{paid_claim}  -  referred by Dr. Ansel Whitcombe", s["small"]),
             grid(claims[:2], cw, size=8.2, head_bg=colors.HexColor("#e4e4e4"), wrap=True),
             Spacer(1, 6),
             P(f"<b>Harlan Spine &amp; Pain Clinic</b>, 300 Mill Race Road, Halden, IA 50999  -  Claim number "
               f"{denied_claim}", s["small"]),
             grid([claims[0], claims[2]], cw, size=8.2, head_bg=colors.HexColor("#e4e4e4"), wrap=True),
             Spacer(1, 6),
             P("<b>Note A:</b> Medicare does not pay for this service because the information your provider sent "
               "does not show it was medically reasonable and necessary for you. You do not have to pay this "
               "amount unless the provider gave you a written notice before the service saying Medicare might not "
               "pay and you agreed to pay.", s["body"]),
             P("How to appeal", s["h2"]),
             P(f"If you disagree with a decision on this notice, you must {basis}. Circle the service you disagree "
               f"with, write why on the notice or on a separate page, sign it, add your phone number and your "
               f"Medicare Number, and send it (or a copy) with any records that help to the Medicare contractor at "
               f"this address:", s["body"]),
             P("<br/>".join(addr), s["tight"]), Spacer(1, 6),
             P("Questions about this notice go to Northgate Medicare Administrators, Correspondence, PO Box 7705, "
               "Ransom, IA 50899. Do not send appeals there. If Medicare says no again after your appeal, the "
               "decision will tell you about the next level, a reconsideration, and its time limit.", s["body"]),
             P("Free help: the State Health Insurance Assistance Program, 555-0192.", s["body"])]
    pdf = os.path.join(ctx["tmp"], slug + ".pdf")
    build_pdf(pdf, story, margins=(0.7, 0.7, 1.35, 0.6), first=head)
    text = pdf_text(pdf)
    page = rasterize(pdf, 200)[0]
    page = photo.paper_tint(page, (0.99, 0.99, 0.97), seed=6)
    page = photo.curl(page, amp=9, periods=0.5, axis="y", phase=0.0, shade=0.06)
    bw, bh = 2400, 3200
    bg = photo.bg_granite(bw, bh, 31)
    pw, ph = page.size
    corners = photo.rotated_corners(bw * 0.5, bh * 0.5, pw * 1.2, ph * 1.2, -2.0, keystone=0.05)
    out, _ = photo.place(bg, page, corners, shadow=0.4)
    out = photo.lighting(out, (bw * 0.7, bh * 0.1), 2600, gain=0.3, base=0.74, color=(1.0, 0.95, 0.86))
    out = photo.shadow_poly(out, [(0, bh * 0.8), (bw * 0.5, bh * 0.9), (bw * 0.45, bh), (0, bh)], dark=0.35,
                            blur=60)
    out = photo.noise(out, 0.02, seed=7)
    # the carrier's MMS gateway: down to 1200 x 1600 and a heavy JPEG
    out = out.resize((1200, 1600), Image.BILINEAR)
    out = photo.jpeg_roundtrip(out, 55)
    fn = slug + ".jpg"
    photo.save_jpeg(out, os.path.join(ctx["out"], fn), quality=40, subsampling=2)
    key = dict(file=fn,
               _note="FICTIONAL: invented people, contractor and numbers. Original Medicare summary notice for Part "
                     "B with two claims from the same clinic: an office visit paid (its claim number and date are "
                     "not the denial's) and a lumbar spine injection (64483) denied as not reasonable and necessary. "
                     "Photographed on a counter and sent by MMS: 1200 x 1600, heavy JPEG. The deadline is stated as "
                     "a date; the contractor's correspondence box is not for appeals. Traps: the processing period "
                     "dates, the 1-800 number.",
               patient_name=name, member_id=mid, claim_number=denied_claim, notice_date=notice,
               service_dates=[denied_date], procedure_codes=["64483"],
               denial_category="medical_necessity", plan_type="medicare", urgent=False,
               appeal_deadline=deadline, deadline_basis=basis, appeals_address=", ".join(addr))
    return dict(file=fn, key=key, rule={"date": deadline}, lang="en", text=text)


# ---------------------------------------------------------------------------------------------------------
# 04 Part D expedited coverage determination: compounded ketamine not covered; Word letter with content controls
# ---------------------------------------------------------------------------------------------------------
def case04(ctx):
    import docx
    from docx.shared import Pt, RGBColor, Inches
    from render import docx_cc, docx_text
    slug = "04-part-d-compounded-ketamine-expedited-word-content-controls"
    notice = D(2026, 11, 18)
    received = D(2026, 11, 17)
    dob = D(1957, 11, 20)
    name = "Bernadette Oyelaran-Fisk"
    mid = "MRX-FICT-330915"
    req = "CD-2611-04472"
    basis = "within 65 days from the date of this notice"
    addr = ["Meridale Prescription Plans", "Attn: Part D Redeterminations", "PO Box 48210", "Corwin Falls, MN 55899"]
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Inches(0.9)
    hp = sec.header.paragraphs[0]
    r = hp.add_run("Meridale Prescription Plans")
    r.bold = True
    r.font.size = Pt(15)
    r.font.color.rgb = RGBColor(0x2b, 0x5d, 0x34)
    hp2 = sec.header.add_paragraph("Meridale Rx (PDP), a Medicare prescription drug plan  |  Enrollment and Billing: "
                                   "77 Larkspur Court, Corwin Falls, MN 55801  |  Customer Care 555-0175")
    hp2.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fr = fp.add_run(FICT_EN + "   |   MRX-CD-DEN-2026")
    fr.font.size = Pt(8)

    def para(text="", bold=False, size=None, space=6):
        p = doc.add_paragraph()
        if text:
            rr = p.add_run(text)
            rr.bold = bold
            if size:
                rr.font.size = Pt(size)
        p.paragraph_format.space_after = Pt(space)
        return p

    p = para(FICT_EN, bold=True, size=8)
    para("Notice of Denial of Medicare Prescription Drug Coverage", bold=True, size=15, space=10)
    p = para("Date: ", bold=True, space=2)
    docx_cc(p, long_en(notice), "NoticeDate")
    p = para("Enrollee's name: ", bold=True, space=2)
    docx_cc(p, name, "EnrolleeName")
    p.add_run("        Date of birth: ").bold = True
    docx_cc(p, us(dob), "EnrolleeDOB")
    p = para("Member ID: ", bold=True, space=2)
    docx_cc(p, mid, "MemberID")
    p.add_run("        Coverage request number: ").bold = True
    docx_cc(p, req, "RequestNumber")
    p = para("Request received: ", bold=True, space=2)
    p.add_run(f"{long_en(received)}, 4:05 p.m., by fax from your prescriber")
    p = para("Prescriber: ", bold=True, space=2)
    p.add_run("Dr. Lionel Akerman, NPI 1999000417, Northfield Mood Clinic")
    p = para("Drug requested: ", bold=True, space=2)
    p.add_run("ketamine hydrochloride nasal spray, 10 mg per spray, compounded by Larkspur Compounding Pharmacy; "
              "4 sprays twice a week")
    p = para("Diagnosis your prescriber reported: ", bold=True, space=10)
    p.add_run("F33.2")
    para("We denied your request", bold=True, size=12.5, space=4)
    para("We made this decision as an expedited (fast) coverage determination, because your prescriber told us that "
         "waiting for a standard decision could seriously harm your health.")
    para("We will not cover this drug. It is not on our plan's list of covered drugs (formulary), and it is a "
         "preparation compounded from a bulk powder, which is not a drug Medicare Part D covers. Your prescriber may "
         "ask for an exception if a drug on our list would not work as well for you, and may tell us about the "
         "drugs you have already tried.")
    para("You have the right to appeal", bold=True, size=12.5, space=4)
    para(f"If you disagree, you can ask us to review this decision. This is called a redetermination. You must ask "
         f"for a redetermination {basis}. We can give you more time if you had a good reason for being late.")
    para("A standard redetermination is decided within 7 days of receiving it. If you or your prescriber believe "
         "that waiting could seriously harm your health, ask for an expedited redetermination; it is decided within "
         "72 hours. If we say no again, you can ask an independent review entity to review our decision; our "
         "redetermination notice will explain how.")
    para("How to ask for a redetermination: send a letter or the plan's request form to")
    for i, line in enumerate(addr):
        para(line, space=0 if i < len(addr) - 1 else 8)
    para("You or your prescriber may also fax the request to 555-0177 or, for an expedited request, call 555-0176. "
         "Please do not send it to the Enrollment and Billing office shown at the top of this letter.")
    para("Help", bold=True, size=12.5, space=4)
    para("Your State Health Insurance Assistance Program can help for free: 555-0178. TTY 711.")
    fn = slug + ".docx"
    path = os.path.join(ctx["out"], fn)
    doc.core_properties.author = "FICTIONAL"
    doc.core_properties.title = "FICTIONAL sample notice"
    doc.core_properties.last_modified_by = "FICTIONAL"
    doc.core_properties.created = doc.core_properties.modified = __import__("datetime").datetime(2026, 11, 18, 9, 0)
    doc.save(path)
    text = docx_text(path)
    key = dict(file=fn,
               _note="FICTIONAL: invented people, plan, prescriber and numbers. Part D expedited coverage "
                     "determination: a compounded ketamine nasal spray is not on the formulary and is not a Part D "
                     "drug (not_covered); made on an expedited basis (urgent). A Word letter whose date, name, DOB, "
                     "member ID and request number are inline plain-text content controls (w:sdt), as a Word "
                     "template fills them. No dates of service or procedure codes; the request number stands for "
                     "the claim number. Traps: request received the day before, DOB two days after, the NPI, "
                     "7-day and 72-hour decision times, the enrollment office in the Word header.",
               patient_name=name, member_id=mid, claim_number=req, notice_date=notice, diagnosis_codes=["F33.2"],
               denial_category="not_covered", plan_type="medicare_part_d", urgent=True,
               appeal_deadline=add_days(notice, 65), deadline_basis=basis, appeals_address=", ".join(addr))
    return dict(file=fn, key=key, rule={"days": 65}, lang="en", text=text)


# ---------------------------------------------------------------------------------------------------------
# 05 Marketplace plan, Spravato step therapy; e-mail multipart/mixed: flowed plain text, HTML in divs, PDF form
# ---------------------------------------------------------------------------------------------------------
def case05(ctx):
    from email.message import EmailMessage
    from email.utils import format_datetime
    import datetime as dt
    import html as h
    from render import eml_text, flowed
    slug = "05-marketplace-spravato-step-therapy-email-flowed-attachment"
    notice = D(2026, 11, 9)
    name = "Jonah T. Whitfield"
    mid = "BXH-FICT-62209-01"
    claim = "BX26-550-18873"
    dates = [D(2026, 10, 13), D(2026, 10, 16), D(2026, 10, 20)]
    basis = "within 180 days of the date you receive this notice"
    addr = ["Bluewater Exchange Health Plans", "Grievance and Appeals Department", "2250 Harbor Lights Blvd",
            "Suite 410", "Port Avalon, FL 32999"]
    facts = [("Letter date", long_en(notice)), ("Member", name), ("Member ID", mid), ("Claim number", claim),
             ("Provider", "Tidewell Psychiatry Group"),
             ("Plan", "Bluewater Silver 2500 HMO, an individual plan bought on the Health Insurance Marketplace"),
             ("Plan year", "01/01/2026 - 12/31/2026")]
    services = [("J0013", "esketamine nasal spray, 84 mg at each visit (84 units)"),
                ("99214", "office visit for monitoring"), ("99415", "clinical staff observation, first hour")]
    para_reason = ("Why we denied it: Your plan covers esketamine nasal spray only after step therapy. Our drug policy "
                   "RX-114 asks for records of two oral antidepressants from different drug classes, each taken for "
                   "at least 6 weeks at an adequate dose, and of one augmenting medicine. The records we received "
                   "show one antidepressant trial (sertraline, 10 weeks) and no augmenting medicine, so the step "
                   "therapy requirement was not met. This is not a finding about whether the treatment helps you.")
    appeal = (f"Your right to appeal: You may appeal this decision {basis}. Tell us why you disagree and send any "
              f"records, such as your pharmacy history or your doctor's notes about the medicines you tried. If you "
              f"are still receiving treatment and waiting could seriously harm your health, ask for an urgent "
              f"appeal; we decide those within 72 hours.")
    ext = ("If we deny your appeal, you may ask for an external review by an independent reviewer within 4 months "
           "after you receive our final decision.")
    where = "Send your appeal, with the attached form if you like, to:"
    notfor = ("Our claims mailing address, PO Box 9120, Port Avalon, FL 32998, is for claims only; appeals sent "
              "there are delayed.")
    help_ = ("Free help: Florida's consumer assistance line for health coverage, 555-0154, or our Member Services at "
             "555-0150 (TTY 711).")
    plain = [FICT_EN, "", "Bluewater Exchange Health Plans - claim decision notice", ""]
    plain += [f"{k}: {v}" for k, v in facts]
    plain += ["", f"Dear {name},", "",
              "We processed the claim listed above and denied it. You can find this notice in your member account "
              "under Documents.", "",
              "Dates of service: " + "; ".join(long_en(d) for d in dates), "",
              "Services billed:"]
    plain += [f"  {c} - {t}" for c, t in services]
    plain += ["", "Diagnosis code on the claim: F32.2", "", para_reason, "", appeal, "", ext, "", where, ""]
    plain += ["  " + a for a in addr]
    plain += ["", notfor, "", help_, "", "Bluewater Exchange Health Plans", "",
              f"This e-mail was generated on {us(add_days(notice, 1))}. Please do not reply to it.", FICT_EN]
    plain_text = flowed("\n".join(plain))
    hh = h.escape
    html = ["<html><head><style>.row{display:flex;margin:2px 0}.lab{width:150px;font-weight:bold;color:#335}"
            ".card{border:1px solid #9ab;padding:10px;border-radius:6px;margin:10px 0}"
            ".addr{margin-left:24px}</style></head><body style=\"font-family:Segoe UI,Arial,sans-serif;"
            "font-size:14px\">",
            f"<div style=\"font-size:11px;font-weight:bold\">{hh(FICT_EN)}</div>",
            "<div style=\"background:#0b4f71;color:#fff;padding:10px 14px;font-size:20px\">Bluewater Exchange Health "
            "Plans</div>", "<div style=\"font-size:17px;margin:10px 0\">Claim decision notice</div>",
            "<div class=\"card\">"]
    for k, v in facts:
        html.append(f"<div class=\"row\"><span class=\"lab\">{hh(k)}</span><span>{hh(v)}</span></div>")
    html.append("</div>")
    html.append(f"<div>Dear {hh(name)},</div><div style=\"margin:8px 0\">We processed the claim listed above and "
                f"denied it. You can find this notice in your member account under Documents.</div>")
    html.append("<div class=\"card\"><div class=\"row\"><span class=\"lab\">Dates of service</span><span>"
                + "<br>".join(long_en(d) for d in dates) + "</span></div>")
    html.append("<div class=\"row\"><span class=\"lab\">Services billed</span><span>"
                + "<br>".join(f"{c} - {hh(t)}" for c, t in services) + "</span></div>")
    html.append("<div class=\"row\"><span class=\"lab\">Diagnosis</span><span>F32.2</span></div></div>")
    for ptxt in (para_reason, appeal, ext, where):
        html.append(f"<div style=\"margin:8px 0\">{hh(ptxt)}</div>")
    html.append("<div class=\"addr\">" + "<br>".join(hh(a) for a in addr) + "</div>")
    for ptxt in (notfor, help_):
        html.append(f"<div style=\"margin:8px 0\">{hh(ptxt)}</div>")
    html.append(f"<div style=\"font-size:11px;color:#666\">This e-mail was generated on "
                f"{us(add_days(notice, 1))}. Please do not reply to it.<br>{hh(FICT_EN)}</div></body></html>")
    # the attached form: blank fields, no facts of this case
    s = styles("Sans", 10)
    form_pdf = os.path.join(ctx["tmp"], "form.pdf")
    build_pdf(form_pdf, [P("Bluewater Exchange Health Plans", s["h1"]), P(FICT_EN, s["fict"]),
                         P("Appeal request form", s["h2"]),
                         P("Member name: ______________________________  Member ID: ____________________", s["body"]),
                         P("Claim number: ____________________  Date of the denial notice: ______________", s["body"]),
                         P("Why do you disagree? ________________________________________________", s["body"]),
                         P("______________________________________________________________________", s["body"]),
                         P("Signature: ____________________________  Date: ______________", s["body"]),
                         P("Mail to the Grievance and Appeals Department at the address in your notice.", s["body"])])
    msg = EmailMessage()
    msg["From"] = "Bluewater Exchange Health Plans <notices@bluewaterexchange.example>"
    msg["To"] = "Jonah Whitfield <jonah.whitfield@mail.example>"
    msg["Subject"] = f"Claim decision for claim {claim} - please review"
    msg["Date"] = format_datetime(dt.datetime(2026, 11, 10, 7, 12, 44, tzinfo=dt.timezone(dt.timedelta(hours=-5))))
    msg["Message-ID"] = "<20261110071244.55018873@bluewaterexchange.example>"
    msg.set_content(plain_text, params={"format": "flowed"}, cte="7bit")
    msg.add_alternative("\n".join(html), subtype="html", cte="quoted-printable")
    with open(form_pdf, "rb") as f:
        msg.add_attachment(f.read(), maintype="application", subtype="pdf", filename="Appeal_Request_Form.pdf")
    for i, part in enumerate(p for p in msg.walk() if p.is_multipart()):
        part.set_boundary(f"=_bluewater_{i}_55018873")
    fn = slug + ".eml"
    path = os.path.join(ctx["out"], fn)
    data = msg.as_bytes(policy=msg.policy.clone(linesep="\r\n"))
    with open(path, "wb") as f:
        f.write(data)
    text = eml_text(path)
    key = dict(file=fn,
               _note="FICTIONAL: invented people, plan and numbers. Marketplace HMO claim for Spravato visits "
                     "(J0013, 99214, 99415) denied for step therapy. E-mail multipart/mixed: a format=flowed plain "
                     "part (labels and values soft-wrapped), an HTML part laid out in divs and spans (no tables) and "
                     "a blank appeal form attached as a PDF. Traps: the Date header and the 'generated on' line a "
                     "day later, the plan year, the claims PO Box, the 4-month external review and 72-hour urgent "
                     "appeal.",
               patient_name=name, member_id=mid, claim_number=claim, notice_date=notice, service_dates=dates,
               procedure_codes=["J0013", "99214", "99415"], diagnosis_codes=["F32.2"],
               denial_category="step_therapy", plan_type="individual_aca", urgent=False,
               appeal_deadline=add_days(notice, 180), deadline_basis=basis, appeals_address=", ".join(addr))
    return dict(file=fn, key=key, rule={"days": 180}, lang="en", text=text)


# ---------------------------------------------------------------------------------------------------------
# 06 FEHB: TMS sessions past the benefit's maximum (CO-119); faxed to the provider in photo (halftone) mode with
#    a streak from the sending machine's glass; fine mode, Group 4 TIFF, two pages
# ---------------------------------------------------------------------------------------------------------
def case06(ctx):
    slug = "06-fehb-tms-session-limit-fax-halftone-streak"
    notice = D(2026, 11, 16)
    faxed = D(2026, 11, 20)
    name = "Winifred Amundsen"
    mid = "R-FICT-55120873"
    claim = "2026 318 004417"
    dates = [D(2026, 10, 26), D(2026, 10, 27), D(2026, 10, 28), D(2026, 10, 29), D(2026, 10, 30)]
    basis = "within 6 months from the date of this letter"
    addr = ["Keystone Federal Benefit Plan", "Attn: Reconsideration Unit", "PO Box 90418", "Harrow Springs, PA 17999"]
    s = styles("Serif", 10.4)

    def head(c, doc):
        c.saveState()
        for i in range(24):  # a grey gradient seal, which photo mode dithers
            c.setFillGray(0.25 + i * 0.028)
            c.circle(1.2 * inch, H - 0.95 * inch, (0.42 - i * 0.016) * inch, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.setFont("Serif-Bold", 18)
        c.drawCentredString(1.2 * inch, H - 1.02 * inch, "K")
        c.setFillColor(colors.black)
        c.setFont("Serif-Bold", 17)
        c.drawString(1.75 * inch, H - 0.85 * inch, "Keystone Federal Benefit Plan")
        c.setFont("Serif", 9)
        c.drawString(1.75 * inch, H - 1.02 * inch, "A health benefits plan for federal employees and annuitants under "
                     "the FEHB Program")
        c.drawString(1.75 * inch, H - 1.16 * inch, "Claims: PO Box 90400, Harrow Springs, PA 17999  -  "
                     "Provider line 555-0181")
        c.setFont("Serif-Bold", 8)
        c.drawString(0.85 * inch, H - 1.45 * inch, FICT_EN)
        c.setFont("Serif", 8)
        c.drawString(0.85 * inch, 0.55 * inch, f"KFBP-CDN-7  {FICT_EN}  Page {doc.page} of 2")
        c.restoreState()

    facts = [["Date of this notice", long_en(notice)], ["Enrollee", name], ["Enrollee ID", mid],
             ["Patient", f"{name} (self)"], ["Claim number", claim], ["Provider", "Brightwater TMS Center"],
             ["Copy sent to", "Brightwater TMS Center, billing office, fax 555-0184"]]
    rows = [["Date of service", "Service", "Code", "Billed", "Paid", "Reason"]]
    for i, d in enumerate(dates):
        rows.append([us(d), f"TMS treatment session {37 + i}", "90868", "$310.00", "$0.00", "CO-119"])
    grey = colors.Color(0.72, 0.72, 0.72)
    story = [grid(facts, [1.7 * inch, 4.9 * inch], header=False, borders=False, size=10, font="Serif",
                  extra=[("FONTNAME", (0, 0), (0, -1), "Serif-Bold"), ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                         ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]),
             Spacer(1, 10), P("Claim determination", s["h2"]),
             P("We have processed the claim below. We did not pay these sessions because the benefit maximum for "
               "this service has been reached.", s["body"]),
             grid(rows, [1.15 * inch, 2.25 * inch, 0.7 * inch, 0.85 * inch, 0.75 * inch, 0.85 * inch], font="Serif",
                  size=9.6, head_bg=grey),
             Spacer(1, 6),
             P("Diagnosis on the claim: F33.2. Reason CO-119: the benefit maximum for this period or occurrence has "
               "been reached.", s["body"]),
             P("Our brochure covers transcranial magnetic stimulation for major depression up to 36 treatment "
               "sessions per course of treatment. Our records show 36 sessions paid for this course, from "
               "08/31/2026 through 10/23/2026. The sessions above go past that limit. If your doctor believes more "
               "sessions are needed, your doctor may send records with a request to reconsider.", s["body"]),
             PageBreak(),
             P("Your right to ask us to reconsider", s["h2"]),
             P(f"If you disagree with our decision, you may ask us in writing to reconsider it {basis}. Include the "
               f"claim number, the reasons you believe our decision is wrong and any medical records or letters "
               f"that support your request. Send it to:", s["body"]),
             P("<br/>".join(addr), s["tight"]), Spacer(1, 8),
             P("Do not send reconsideration requests to our claims address (PO Box 90400); that office processes new "
               "claims only.", s["body"]),
             P("If we deny your request, or do not answer it within 30 days, you may ask the Office of Personnel "
               "Management (OPM) to review our decision. You must write to OPM within 90 days after the date of our "
               "letter upholding the denial. Our reconsideration decision will give OPM's address.", s["body"]),
             P("Urgent care: if your request concerns care not yet received and waiting could seriously jeopardize "
               "your life or health, call us at 555-0182 and we will decide within 72 hours.", s["body"]),
             P("Sincerely,<br/>Medical Claims Review<br/>Keystone Federal Benefit Plan", s["body"])]
    pdf = os.path.join(ctx["tmp"], slug + ".pdf")
    build_pdf(pdf, story, margins=(0.85, 0.85, 1.65, 0.85), first=head)
    text = pdf_text(pdf)
    pages = rasterize(pdf, 300, gray=True)
    font = pil_font("Mono", 19)
    fax_pages = []
    hdr_date = f"{faxed.month:02d}/{faxed.day:02d}/{faxed.year}"
    for i, pg in enumerate(pages):
        hdr = (f"{hdr_date} 08:14   FROM: KEYSTONE FEP PROV SVCS  555-0181   TO: 5550184   P.00{i + 1}/002")
        text += "\n" + hdr
        fp, dpi = photo.fax_page(pg, "fine", halftone=True, header=hdr, header_font=font, seed=60 + i,
                                 streak_x=1102)
        fax_pages.append(fp)
    fn = slug + ".tif"
    fax_pages[0].save(os.path.join(ctx["out"], fn), save_all=True, append_images=fax_pages[1:],
                      compression="group4", dpi=dpi)
    key = dict(file=fn,
               _note="FICTIONAL: invented people, carrier and numbers. FEHB carrier's claim determination: TMS "
                     "sessions 37-41 (90868) past the brochure's 36-session maximum (CO-119, keyed 'other'). Faxed "
                     "to the provider in photo (halftone) mode: the grey seal and the table's shaded header come out "
                     "as dots, and a streak from dirt on the sending machine's glass runs down both pages; fine "
                     "mode, Group 4, 2 pages. Traps: fax header dated four days later, the 36 paid sessions' date "
                     "range, claim number in groups, OPM's 90 days, the 72-hour urgent route, the claims box.",
               patient_name=name, member_id=mid, claim_number=claim, notice_date=notice, service_dates=dates,
               procedure_codes=["90868"], diagnosis_codes=["F33.2"], carc_codes=["CO-119"],
               denial_category="other", plan_type="fehb", urgent=False,
               appeal_deadline=add_months(notice, 6), deadline_basis=basis, appeals_address=", ".join(addr))
    return dict(file=fn, key=key, rule={"months": 6}, lang="en", text=text)


# ---------------------------------------------------------------------------------------------------------
# 07 TRICARE: TMS without prior authorization (CO-197); text PDF with a reference block and a MEMBER COPY watermark
# ---------------------------------------------------------------------------------------------------------
def case07(ctx):
    slug = "07-tricare-tms-no-authorization-reference-block-watermark"
    notice = D(2026, 11, 4)
    name = "Darnell Okonkwo-Pratt"
    mid = "318-FICT-27740"
    claim = "2026 298 51446 00"
    dates = [D(2026, 10, 5), D(2026, 10, 6), D(2026, 10, 7), D(2026, 10, 8)]
    basis = "within 90 days of the date of this notice"
    addr = ["Pinecrest Federal Health Services", "TRICARE Reconsiderations", "PO Box 20871", "Ridgeline, CO 80999"]
    s = styles("Sans", 9.8)

    def page(c, doc):
        c.saveState()
        c.setFillColor(colors.Color(0.86, 0.86, 0.86))
        c.setFont("Sans-Bold", 64)
        c.translate(W / 2, H / 2)
        c.rotate(38)
        c.drawCentredString(0, -20, "MEMBER COPY")
        c.restoreState()
        c.saveState()
        c.setFillColor(colors.HexColor("#1f4e3d"))
        c.setFont("Sans-Bold", 14)
        c.drawString(0.8 * inch, H - 0.75 * inch, "PINECREST FEDERAL HEALTH SERVICES")
        c.setFillColor(colors.black)
        c.setFont("Sans", 8)
        c.drawString(0.8 * inch, H - 0.9 * inch, "TRICARE Central Region contractor for the Defense Health Agency")
        c.drawString(0.8 * inch, H - 1.02 * inch, "Correspondence: 4400 Aspen Ridge Parkway, Ridgeline, CO 80910")
        c.setFont("Sans-Bold", 7.5)
        c.drawString(0.8 * inch, H - 1.18 * inch, FICT_EN)
        x = W - 3.0 * inch
        rows = [("Our reference", "PFH-CR-2611-0387"), ("Your reference", "ASP-77120"), ("Date", long_en(notice)),
                ("Page", f"{doc.page} of 2")]
        c.setFont("Sans", 8.5)
        for i, (k, v) in enumerate(rows):
            y = H - 0.72 * inch - i * 0.15 * inch
            c.drawString(x, y, k)
            c.drawString(x + 1.0 * inch, y, v)
        c.setFont("Sans", 7)
        c.drawString(0.8 * inch, 0.5 * inch, "PFH-EOB-L12   " + FICT_EN)
        c.restoreState()

    rows = [["Date of service", "Procedure", "Description", "Billed", "Allowed", "Paid", "Adjustment"]]
    for i, d in enumerate(dates):
        code = "90867" if i == 0 else "90868"
        desc = "TMS, first session with mapping" if i == 0 else "TMS, later session"
        rows.append([us(d), code, desc, "$420.00" if i == 0 else "$295.00", "$0.00", "$0.00", "CO-197"])
    story = [P(f"{name}<br/>2219 Saber Court<br/>Fort Calloway, KS 66999", s["tight"]), Spacer(1, 14),
             P(f"<b>RE: Claim number {claim}</b> - services at Aspen Ridge TMS Clinic", s["body"]),
             grid([["Beneficiary", f"{name} (spouse)", "DoD Benefits Number", mid],
                   ["Sponsor", "SSG Marisol Pratt", "Sponsor DoD ID", "1600427785"],
                   ["Program", "TRICARE Prime", "Diagnosis", "F33.1"]],
                  [1.0 * inch, 2.0 * inch, 1.5 * inch, 2.3 * inch], header=False, size=8.8,
                  extra=[("FONTNAME", (0, 0), (0, -1), "Sans-Bold"), ("FONTNAME", (2, 0), (2, -1), "Sans-Bold")]),
             Spacer(1, 10),
             P(f"Dear {name}:", s["body"]),
             P("We processed the claim Aspen Ridge TMS Clinic sent for the services below and did not pay it. Under "
               "TRICARE Prime, transcranial magnetic stimulation for major depression is covered only when it is "
               "authorized before treatment begins. We found no prior authorization on file for these dates, and "
               "the clinic did not ask for one.", s["body"]),
             grid(rows, [0.95 * inch, 0.75 * inch, 2.0 * inch, 0.7 * inch, 0.7 * inch, 0.6 * inch, 0.9 * inch],
                  size=8.5, wrap=True, head_bg=colors.HexColor("#d5e3dc")),
             Spacer(1, 6),
             P("Adjustment CO-197: precertification or authorization was absent. A network provider who gives care "
               "that needed authorization without getting it may not bill you for it.", s["small"]),
             PageBreak(),
             P("If you disagree: reconsideration", s["h2"]),
             P(f"You, or a provider you appoint, may ask us to reconsider this decision. Your request must be "
               f"postmarked or received {basis}. Say why you disagree, include a copy of this letter, and add any "
               f"records that show the treatment was needed or that authorization was requested.", s["body"]),
             P("Mail your request to:", s["body"]),
             P("<br/>".join(addr), s["tight"]), Spacer(1, 8),
             P("Our claims address, TRICARE Claims, PO Box 20800, Ridgeline, CO 80999, takes new claims only. "
               "Requests sent there are not treated as reconsiderations.", s["body"]),
             P("A denied request for authorization of care you have not yet received can be reconsidered on an "
               "expedited basis when you ask within 3 calendar days of receiving the denial; that does not apply to "
               "this claim. If we uphold our decision, our reconsideration letter will explain the next level, a "
               "formal review by the Defense Health Agency, and its 60-day time limit.", s["body"]),
             P("Help is available from the Beneficiary Counseling and Assistance Coordinator (BCAC) at your nearest "
               "military hospital or clinic, or from us at 555-0131.", s["body"]),
             P("Pinecrest Federal Health Services<br/>Claims Review", s["body"])]
    pdf = os.path.join(ctx["out"], slug + ".pdf")
    build_pdf(pdf, story, margins=(0.8, 0.8, 1.5, 0.8), first=page)
    text = pdf_text(pdf)
    fn = slug + ".pdf"
    key = dict(file=fn,
               _note="FICTIONAL: invented people, contractor and numbers. TRICARE Prime claim for TMS (90867, 90868) "
                     "denied for lack of prior authorization (CO-197); the patient is the sponsor's spouse. Text PDF "
                     "with a reference block at the top right of every page (Our reference, Your reference, Date, "
                     "Page) and a large diagonal MEMBER COPY watermark in the text layer. Traps: the correspondence "
                     "number and the clinic's account number in the reference block, the sponsor's DoD ID, the "
                     "claims box, the 3-day expedited limit and DHA's 60 days.",
               patient_name=name, member_id=mid, claim_number=claim, notice_date=notice, service_dates=dates,
               procedure_codes=["90867", "90868"], diagnosis_codes=["F33.1"], carc_codes=["CO-197"],
               denial_category="prior_authorization", plan_type="tricare", urgent=False,
               appeal_deadline=add_days(notice, 90), deadline_basis=basis, appeals_address=", ".join(addr))
    return dict(file=fn, key=key, rule={"days": 90}, lang="en", text=text)


# ---------------------------------------------------------------------------------------------------------
# 08 Medicaid managed care: out-of-network psychotherapy (CO-242); member portal message thread printed to PDF
# ---------------------------------------------------------------------------------------------------------
def case08(ctx):
    slug = "08-medicaid-mco-psychotherapy-out-of-network-portal-messages"
    notice = D(2026, 11, 13)
    printed = D(2026, 11, 24)
    name = "Fenella Ochoa-Brandt"
    mid = "PCC-FICT-708831"
    claim = "PC-26-40952"
    dates = [D(2026, 9, 15), D(2026, 9, 22), D(2026, 9, 29)]
    basis = "60 days from the date of this notice"
    addr = ["Prairie Crest Community Health", "Appeals Coordinator", "815 Bluestem Avenue", "Floor 2",
            "Cottonwood, NE 68999"]
    s = styles("DV", 10.2, leading=14)
    blue = colors.HexColor("#235a8c")

    def page(c, doc):
        c.saveState()
        c.setFont("DV", 7.5)
        c.drawString(0.4 * inch, H - 0.3 * inch, f"{us2(printed)}, 7:52 PM")
        c.drawCentredString(W / 2, H - 0.3 * inch, "Message Center | Prairie Crest Community Health")
        c.drawString(0.4 * inch, 0.3 * inch, "https://members.prairiecrest.example/messages/thread/88213")
        c.drawRightString(W - 0.4 * inch, 0.3 * inch, f"{doc.page}/2")
        c.restoreState()

    nav = Table([["Prairie Crest Community Health", "Home   Claims   Messages   ID card   Find a provider   Sign out"]],
                colWidths=[2.6 * inch, 4.6 * inch])
    nav.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), blue), ("TEXTCOLOR", (0, 0), (-1, -1), colors.white),
                             ("FONTNAME", (0, 0), (0, 0), "DV-Bold"), ("FONTNAME", (1, 0), (1, 0), "DV"),
                             ("FONTSIZE", (0, 0), (-1, -1), 8.5), ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                             ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))

    def card(title, meta, body, open_=True):
        head = Table([[P(f"<b>{title}</b>", s["tight"])], [P(meta, s["small"])]], colWidths=[7.0 * inch])
        head.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#eef3f8")),
                                  ("LEFTPADDING", (0, 0), (-1, -1), 8)]))
        inner = Table([[head]] + [[b] for b in body], colWidths=[7.2 * inch])
        inner.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#9fb3c8")),
                                   ("LEFTPADDING", (0, 1), (-1, -1), 10), ("RIGHTPADDING", (0, 1), (-1, -1), 10)]))
        return inner

    nb = [P(FICT_EN, s["fict"]),
          P("<b>Notice of Adverse Benefit Determination</b>", s["h3"]),
          grid([["Member", name, "Member ID", mid], ["Claim number", claim, "Notice date", long_en(notice)],
                ["Provider", "Willow Bend Counseling, LLC (not in our network)", "Program", "Medicaid managed care"]],
               [1.0 * inch, 2.5 * inch, 1.0 * inch, 2.4 * inch], font="DV", size=8.2, header=False, wrap=True,
               extra=[("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#f3f3f3")),
                      ("BACKGROUND", (2, 0), (2, -1), colors.HexColor("#f3f3f3"))]),
          Spacer(1, 6),
          P(f"<b>What we decided.</b> We denied payment for psychotherapy, 60 minutes (90837), on "
            f"{us(dates[0])}, {us(dates[1])} and {us(dates[2])}. Diagnosis on the claim: F43.12. Adjustment code: "
            f"CO-242.", s["body"]),
          P("<b>Why.</b> Willow Bend Counseling is not in the Prairie Crest network, and we had not approved care "
            "from a provider outside our network. We cover out-of-network care when no network provider can give "
            "the service you need in time. If you tried to get an appointment with a network therapist and could "
            "not, tell us in your appeal and list who you called and when.", s["body"]),
          P(f"<b>Your right to appeal.</b> You have {basis} to ask us for an appeal. You can ask in writing, or "
            f"by phone at 555-0122 and then send a signed letter. A provider or another person may appeal for you "
            f"with your written permission. We decide standard appeals within 30 days; if waiting could seriously "
            f"harm your health, ask for a fast appeal and we will decide within 72 hours.", s["body"]),
          P("Send a written appeal to:", s["body"]),
          P("<br/>".join(addr), s["tight"]), Spacer(1, 4),
          P("Fax: 555-0123. Our claims address (PO Box 3300, Cottonwood, NE 68998) does not handle appeals.",
            s["body"]),
          P("<b>Keeping your services.</b> If this notice stopped or reduced a service you were already getting, "
            "you can keep it during the appeal if you appeal within 10 days of the date of this notice or before "
            "the change takes effect.", s["body"]),
          P("<b>State fair hearing.</b> If we do not decide in your favor, you may ask for a state fair hearing "
            "within 120 days of the date of our appeal decision. Our decision letter will tell you how.",
            s["body"]),
          P("Free help: the State Medicaid Ombudsman, 555-0125. Language help at no cost: 555-0121.", s["body"])]
    older = [P("Hello. This message is about a claim for your child on your account.", s["body"]),
             P("Claim PC-26-31177 for Ruby Ochoa-Brandt (Member ID PCC-FICT-708832), date of service 09/18/2026, "
               "office visit 99213 at Lindenhof Pediatrics, was paid in full. There is nothing you need to do.",
               s["body"]),
             P("Member Services, Prairie Crest Community Health. " + FICT_EN, s["small"])]
    story = [nav, Spacer(1, 6),
             P(f"Signed in as {name}  |  Household account  |  Messages (2)", s["small"]),
             Spacer(1, 6),
             card(f"Notice of Adverse Benefit Determination - Claim {claim}",
                  "From: Prairie Crest Appeals and Notices  |  Sent: 11/13/2026 4:18 PM  |  To: " + name, nb),
             Spacer(1, 10),
             card("Claim update for Ruby Ochoa-Brandt",
                  "From: Prairie Crest Member Services  |  Sent: 10/02/2026 9:03 AM  |  To: " + name, older)]
    pdf = os.path.join(ctx["out"], slug + ".pdf")
    build_pdf(pdf, story, margins=(0.6, 0.6, 0.55, 0.55), first=page)
    text = pdf_text(pdf)
    fn = slug + ".pdf"
    import subprocess
    npages = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
    assert re.search(r"Pages:\s+2\n", npages), npages
    key = dict(file=fn,
               _note="FICTIONAL: invented people, plan and numbers. Medicaid managed care plan's notice of adverse "
                     "benefit determination: out-of-network psychotherapy (90837) denied (CO-242). A member portal's "
                     "message thread printed from a browser (print date and title at the top, URL and page count at "
                     "the foot, navigation bar, message cards). Traps: the print date, the Sent times, an older "
                     "message about the member's child (another claim number, member ID, date and code), 10 days to "
                     "keep services, 120 days for a fair hearing, 30 days and 72 hours to decide, the claims box.",
               patient_name=name, member_id=mid, claim_number=claim, notice_date=notice, service_dates=dates,
               procedure_codes=["90837"], diagnosis_codes=["F43.12"], carc_codes=["CO-242"],
               denial_category="out_of_network", plan_type="medicaid", urgent=False,
               appeal_deadline=add_days(notice, 60), deadline_basis=basis, appeals_address=", ".join(addr))
    return dict(file=fn, key=key, rule={"days": 60}, lang="en", text=text)


# ---------------------------------------------------------------------------------------------------------
# 09 student health plan: ketamine drug line without an NDC (CO-16, M119), infusion line paid; a scrolling
#    screenshot of the insurer's phone app
# ---------------------------------------------------------------------------------------------------------
class Screen:
    """A phone screenshot drawn with Pillow, top to bottom; keeps every string it draws (the text model)."""

    def __init__(self, width, height, bg=(242, 242, 247)):
        from PIL import ImageDraw
        self.im = Image.new("RGB", (width, height), bg)
        self.d = ImageDraw.Draw(self.im)
        self.w = width
        self.y = 0
        self.strings = []

    def text(self, x, y, s, font, fill=(0, 0, 0), anchor="la"):
        self.d.text((x, y), s, font=font, fill=fill, anchor=anchor)
        self.strings.append(s)

    def wrap(self, x, s, font, width, fill=(0, 0, 0), gap=12):
        words = s.split()
        line = ""
        lines = []
        for w_ in words:
            t = (line + " " + w_).strip()
            if font.getlength(t) > width and line:
                lines.append(line)
                line = w_
            else:
                line = t
        lines.append(line)
        for ln in lines:
            self.d.text((x, self.y), ln, font=font, fill=fill)
            self.y += font.size + gap
        self.strings.append(s)


def case09(ctx):
    slug = "09-student-plan-ketamine-ndc-missing-app-screenshot"
    notice = D(2026, 10, 21)
    name = "Priyanka Raman-Solis"
    mid = "OSH-FICT-26-41187"
    claim = "BC-26-0918-2277"
    dates = [D(2026, 9, 24), D(2026, 9, 28)]
    basis = "within 180 days of receiving this notice"
    addr = ["Oakhollow Student Health Insurance", "Appeals Unit", "PO Box 5528", "Juniper Bay, OR 97999"]
    sc = Screen(1179, 5350)
    F = lambda n, b=False: pil_font("DV-Bold" if b else "DV", n)
    grey = (110, 110, 118)
    # status bar and navigation
    sc.d.text((90, 52), "9:41", font=F(48, True), fill=(0, 0, 0))
    sc.d.rounded_rectangle([1010, 58, 1090, 96], radius=10, outline=(0, 0, 0), width=4)
    sc.d.rectangle([1016, 64, 1070, 90], fill=(0, 0, 0))
    for i in range(4):
        sc.d.rectangle([880 + i * 22, 92 - i * 12, 894 + i * 22, 96], fill=(0, 0, 0))
    sc.text(60, 190, "< Claims", F(48), fill=(0, 122, 255))
    sc.text(589, 190, "Claim details", F(50, True), anchor="ma")
    sc.y = 300

    def card(lines_fn, pad=48):
        top = sc.y
        sc.y += pad
        # draw content on a temporary layer after the box: draw the box first with an estimated height
        box_h = lines_fn(measure=True)
        sc.d.rounded_rectangle([40, top, sc.w - 40, top + box_h + 2 * pad], radius=36, fill=(255, 255, 255))
        sc.y = top + pad
        lines_fn(measure=False)
        sc.y = top + box_h + 2 * pad + 40

    def rows(items, measure):
        h = 0
        for lab, val in items:
            if measure:
                h += 108
                continue
            sc.text(90, sc.y, lab, F(36), fill=grey)
            sc.text(90, sc.y + 44, val, F(44))
            sc.y += 108
        return h

    def c1(measure):
        if measure:
            return 170 + 4 * 108
        sc.text(90, sc.y, f"Claim {claim}", F(54, True))
        sc.y += 80
        sc.d.rounded_rectangle([90, sc.y - 4, 400, sc.y + 60], radius=30, fill=(255, 236, 204))
        sc.text(245, sc.y + 6, "Partially paid", F(36, True), fill=(160, 90, 0), anchor="ma")
        sc.y += 90
        rows([("Patient", name), ("Provider", "Juniper Bay Ketamine & Wellness"),
              ("Explanation of benefits issued", abbr_en(notice)), ("Claim received", abbr_en(D(2026, 10, 6)))],
             False)
        return 0

    def c2(measure):
        items = [("Member ID", mid), ("Student ID", "900418822"),
                 ("Plan", "Calder State University Student Health Insurance Plan, 2026-27"), ("Diagnosis", "F33.1")]
        if measure:
            return 60 + 4 * 108 + 50
        sc.text(90, sc.y, "Member", F(44, True))
        sc.y += 60
        for lab, val in items:
            sc.text(90, sc.y, lab, F(36), fill=grey)
            sc.y += 44
            sc.wrap(90, val, F(44), sc.w - 200, gap=10)
            sc.y += 10
        return 0

    lines = []
    for d in dates:
        lines.append((abbr_en(d), "96365", "IV infusion, first hour", "$400.00", "$320.00", "Paid"))
        lines.append((abbr_en(d), "J3490", "Unlisted drug: ketamine 40 mg", "$95.00", "$0.00",
                      "Denied  CO-16  M119"))

    def c3(measure):
        if measure:
            return 60 + len(lines) * 250
        sc.text(90, sc.y, "Services on this claim", F(44, True))
        sc.y += 70
        for dte, code, desc, billed, paid, status in lines:
            sc.text(90, sc.y, dte, F(38), fill=grey)
            col = (200, 40, 40) if status.startswith("Denied") else (30, 140, 60)
            sc.text(1090, sc.y, status, F(38, True), fill=col, anchor="ra")
            sc.text(90, sc.y + 52, code, F(46, True))
            sc.text(260, sc.y + 56, desc, F(38))
            sc.text(90, sc.y + 118, f"Billed {billed}   Plan paid {paid}", F(38), fill=grey)
            sc.d.line([90, sc.y + 200, 1090, sc.y + 200], fill=(225, 225, 230), width=3)
            sc.y += 250
        return 0

    why = ("CO-16: the claim is missing information we need to process it. Remark M119: the drug line was billed "
           "without a valid National Drug Code (NDC), so we could not pay it. The infusion lines were paid. Your "
           "provider can send a corrected claim with the NDC within 90 days of this notice.")
    appeal = (f"If you disagree with this decision, you can appeal {basis}. Tell us why and include any records. "
              f"Mail your appeal to:")
    after = ("Fax: 555-0137. Please don't mail appeals to the Student Health Center. If we uphold the denial, you "
             "can ask for an external review within 4 months of our final decision.")

    def para_h(s_, font, width=sc.w - 200, gap=12):
        n = 1
        line = ""
        for w_ in s_.split():
            t = (line + " " + w_).strip()
            if font.getlength(t) > width and line:
                n += 1
                line = w_
            else:
                line = t
        return n * (font.size + gap)

    def c4(measure):
        if measure:
            return 70 + para_h(why, F(42))
        sc.text(90, sc.y, "Why wasn't all of it paid?", F(44, True))
        sc.y += 70
        sc.wrap(90, why, F(42), sc.w - 200)
        return 0

    def c5(measure):
        if measure:
            return 70 + para_h(appeal, F(42)) + 20 + len(addr) * 54 + 20 + para_h(after, F(42))
        sc.text(90, sc.y, "Appeal this decision", F(44, True))
        sc.y += 70
        sc.wrap(90, appeal, F(42), sc.w - 200)
        sc.y += 20
        for a in addr:
            sc.text(130, sc.y, a, F(42, True))
            sc.y += 54
        sc.y += 20
        sc.wrap(90, after, F(42), sc.w - 200)
        return 0

    for c in (c1, c2, c3, c4, c5):
        card(c)
    sc.text(589, sc.y, "Last updated Nov 30, 2026 8:02 AM", F(34), fill=grey, anchor="ma")
    sc.y += 56
    sc.text(589, sc.y, FICT_EN, F(25, True), fill=grey, anchor="ma")
    sc.y += 90
    # tab bar
    top = sc.y
    sc.d.rectangle([0, top, sc.w, top + 250], fill=(249, 249, 249))
    sc.d.line([0, top, sc.w, top], fill=(200, 200, 205), width=2)
    for i, t in enumerate(["Home", "Claims", "ID card", "Messages", "More"]):
        x = 118 + i * 236
        col = (0, 122, 255) if t == "Claims" else (140, 140, 145)
        sc.d.rounded_rectangle([x - 34, top + 30, x + 34, top + 98], radius=14, outline=col, width=6)
        sc.text(x, top + 112, t, F(30), fill=col, anchor="ma")
    sc.d.rounded_rectangle([sc.w / 2 - 210, top + 210, sc.w / 2 + 210, top + 224], radius=7, fill=(0, 0, 0))
    im = sc.im.crop((0, 0, sc.w, top + 250))
    fn = slug + ".png"
    im.save(os.path.join(ctx["out"], fn), optimize=True)
    text = "\n".join(sc.strings)
    key = dict(file=fn,
               _note="FICTIONAL: invented people, insurer, university and numbers. Student health insurance plan "
                     "(insured, keyed individual_aca): the ketamine drug line (J3490) denied for a missing NDC "
                     "(CO-16 with remark M119) while the infusion lines (96365) were paid. A scrolling screenshot "
                     "of the insurer's phone app (1179 px wide, status bar, cards, tab bar). Only the denied lines' "
                     "code is keyed. Traps: claim received date, 'Last updated' date, student ID, plan year, the "
                     "provider's 90-day corrected-claim limit, the 4-month external review.",
               patient_name=name, member_id=mid, claim_number=claim, notice_date=notice, service_dates=dates,
               procedure_codes=["J3490"], diagnosis_codes=["F33.1"], carc_codes=["CO-16"],
               denial_category="coding_billing", plan_type="individual_aca", urgent=False,
               appeal_deadline=add_days(notice, 180), deadline_basis=basis, appeals_address=", ".join(addr))
    return dict(file=fn, key=key, rule={"days": 180}, lang="en", text=text)


# ---------------------------------------------------------------------------------------------------------
# 10 church plan through a TPA: the son's psychotherapy filed too late (CO-29) on a family statement printed by a
#    dot-matrix printer on green-bar continuous paper (strips torn off), scanned in colour to a PDF
# ---------------------------------------------------------------------------------------------------------
def dot_matrix_page(lines, seed, dpi=200, cpi=10, lpi=6, top_in=0.45, left_in=0.3):
    """Green-bar paper (8.5 x 11 in, tractor strips torn off) printed line by line with 9-pin dots."""
    import numpy as np
    from PIL import ImageDraw, ImageFont
    r = np.random.default_rng(seed)
    Wp, Hp = int(8.5 * dpi), int(11 * dpi)
    page = Image.new("RGB", (Wp, Hp), (250, 251, 246))
    d = ImageDraw.Draw(page)
    bar = int(dpi / 3)  # bars a half inch: three lines of 6 lpi each
    for i in range(0, Hp // bar + 1):
        if i % 2 == 0:
            d.rectangle([0, int(top_in * dpi) - 8 + i * bar, Wp, int(top_in * dpi) - 8 + (i + 1) * bar],
                        fill=(214, 236, 214))
    # torn perforation: ragged edges with half holes
    for x0, side in ((0, 1), (Wp - 1, -1)):
        for y in range(0, Hp, 3):
            w = int(r.integers(2, 7))
            d.line([x0, y, x0 + side * w, y], fill=(120, 120, 120))
        for y in range(int(0.25 * dpi), Hp, int(0.5 * dpi)):
            d.pieslice([x0 - 16, y - 16, x0 + 16, y + 16], 270 if side == 1 else 90, 90 if side == 1 else 270,
                       fill=(70, 70, 70))
    # the text, then turned to dots
    cw = dpi / cpi
    lh = dpi / lpi
    fsize = int(round(cw / 0.602))
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf", fsize)
    fontb = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf", fsize)
    mask = Image.new("L", (Wp, Hp), 0)
    md = ImageDraw.Draw(mask)
    ink = np.zeros((Hp,), dtype=np.float32)
    for i, ln in enumerate(lines):
        bold = ln.startswith("**")
        s = ln[2:] if bold else ln
        y = top_in * dpi + i * lh + r.normal(0, 0.8)
        md.text((left_in * dpi, y), s, font=fontb if bold else font, fill=255)
        y0, y1 = int(y), int(y + lh)
        ink[y0:y1] = 0.55 + 0.35 * r.random() if i % 9 else 0.45
    m = np.asarray(mask, dtype=np.float32) / 255.0
    pitch = dpi / 72.0
    out = np.asarray(page, dtype=np.float32) / 255.0
    dots = Image.new("L", (Wp, Hp), 0)
    dd = ImageDraw.Draw(dots)
    ys = np.arange(0, Hp, pitch)
    xs = np.arange(0, Wp, pitch * 0.9)
    rad = pitch * 0.62
    for y in ys:
        row = m[int(y)]
        hit = np.where(row[(xs).astype(int)] > 0.4)[0]
        for j in hit:
            x = xs[j]
            dd.ellipse([x - rad, y - rad, x + rad, y + rad], fill=int(255 * ink[int(y)]))
    dm = np.asarray(dots.filter(__import__("PIL.ImageFilter", fromlist=["x"]).GaussianBlur(0.7)),
                    dtype=np.float32)[..., None] / 255.0
    ribbon = np.array([0.16, 0.16, 0.22], dtype=np.float32)
    out = out * (1 - dm) + ribbon * dm
    return Image.fromarray((np.clip(out, 0, 1) * 255).astype(np.uint8))


def case10(ctx):
    import img2pdf
    slug = "10-church-plan-psychotherapy-late-filing-dot-matrix-green-bar-scan"
    notice = D(2026, 10, 30)
    name = "Hollis R. Achterberg"
    mid = "EBT-FICT-20771-02"
    claim = "VC-2026-300418"
    dates = [D(2025, 7, 14), D(2025, 7, 21), D(2025, 7, 28)]
    basis = "WITHIN 180 DAYS AFTER YOU RECEIVE THIS NOTICE"
    addr = ["EASTBROOK CONFERENCE BENEFIT TRUST", "C/O VESPER CLAIMS SERVICES", "ATTN: APPEALS", "PO BOX 11206",
            "MERCER HILL, PA 15999"]
    rule = "-" * 78
    L = ["**EASTBROOK CONFERENCE BENEFIT TRUST                  EXPLANATION OF BENEFITS",
         "c/o Vesper Claims Services  PO Box 11200  Mercer Hill, PA 15999",
         "A church plan not subject to ERISA.  Member services 555-0114",
         "FICTIONAL SAMPLE - invented people, plan and numbers - not a real notice",
         f"                                              DATE OF NOTICE: {us(notice)}",
         "PRINTED 11/02/26 02:14  JOB 4471  PAGE 1 OF 1",
         rule,
         "MEMBER: Rev. Clement Achterberg                MEMBER ID: EBT-FICT-20771-01",
         "        418 Chapel Hill Road                   GROUP: EBC-0042",
         "        Linden Ford, PA 15998",
         rule,
         "CLAIM VC-2026-300377  PATIENT: Clement Achterberg (self) ID EBT-FICT-20771-01",
         "  Provider: Linden Ford Family Medicine      Received: 10/09/2026",
         "  DOS        CODE   DESCRIPTION           BILLED  ALLOWED    PAID  ADJ",
         "  10/05/2026 99213  Office visit          165.00   112.40   89.92  PR-3",
         "  Claim total                             165.00   112.40   89.92",
         "",
         f"CLAIM {claim}  PATIENT: {name} (son)  ID {mid}",
         "  Provider: Stillwater Counseling Assoc.    Received: 10/14/2026",
         "  Diagnosis: F41.1",
         "  DOS        CODE   DESCRIPTION           BILLED  ALLOWED    PAID  ADJ"]
    for d in dates:
        L.append(f"  {us(d)} 90834  Psychotherapy 45 min  150.00     0.00    0.00  CO-29")
    L += ["  Claim total                             450.00     0.00    0.00",
          "  CO-29: THE TIME LIMIT FOR FILING THIS CLAIM HAS EXPIRED. The plan pays",
          "  claims filed within 12 months of the date of service. This claim was",
          "  received more than 12 months after these dates of service.",
          rule,
          "**APPEAL RIGHTS",
          "If you disagree with this decision you may appeal. Your appeal must be filed",
          f"{basis}. Send a letter saying why you",
          "disagree, with a copy of this statement and any proof that the claim was",
          "sent on time, to:",
          ""] + ["      " + a for a in addr] + [
          "",
          "Do not send appeals to the claims box (PO Box 11200) shown above.",
          "If the plan upholds its decision you may ask for an external review within",
          "4 months after you receive the final decision. We decide appeals within 60",
          "days. Questions: 555-0114.",
          rule,
          "FICTIONAL SAMPLE - invented people, plan and numbers - not a real notice"]
    assert max(len(x.lstrip("*")) for x in L) <= 80, max(L, key=len)
    page = dot_matrix_page(L, seed=10)
    # flatbed scan, colour, 200 dpi: slight skew, lid shade at the right edge, JPEG
    scan = Image.new("RGB", (1700 + 40, 2200 + 60), (232, 232, 230))
    pg = page.rotate(0.7, resample=Image.BICUBIC, expand=True, fillcolor=(232, 232, 230))
    scan.paste(pg, (14, 18))
    scan = photo.lighting(scan, (-600, 1100), 2600, gain=0.10, base=0.95)
    scan = photo.noise(scan, 0.01, seed=11, chroma=0.2)
    scan = scan.crop((0, 0, 1700, 2200))
    jpg = os.path.join(ctx["tmp"], "scan10.jpg")
    photo.save_jpeg(scan, jpg, quality=72)
    fn = slug + ".pdf"
    with open(os.path.join(ctx["out"], fn), "wb") as f:
        f.write(img2pdf.convert(jpg, layout_fun=img2pdf.get_fixed_dpi_layout_fun((200, 200))))
    text = "\n".join(x.lstrip("*") for x in L)
    key = dict(file=fn,
               _note="FICTIONAL: invented people, plan, administrator and numbers. A church plan (not under ERISA) "
                     "through its TPA: a family statement whose second claim, the member's son's psychotherapy "
                     "(90834) in July 2025, was filed too late (CO-29); the member's own office visit was paid (PR-3). "
                     "Printed by a dot-matrix printer on green-bar continuous paper with the tractor strips torn off, "
                     "scanned in colour to an image-only PDF. Traps: the print date and job number, the paid claim's "
                     "number, ID, date and code, the member's ID (-01) beside the son's (-02), the 12-month filing "
                     "limit, the 4-month external review, the claims box.",
               patient_name=name, member_id=mid, claim_number=claim, notice_date=notice, service_dates=dates,
               procedure_codes=["90834"], diagnosis_codes=["F41.1"], carc_codes=["CO-29"],
               denial_category="timely_filing", plan_type="church", urgent=False,
               appeal_deadline=add_days(notice, 180), deadline_basis=basis, appeals_address=", ".join(addr))
    return dict(file=fn, key=key, rule={"days": 180}, lang="en", text=text)


# ---------------------------------------------------------------------------------------------------------
# 11 county employees' plan (governmental): maintenance ECT denied for coordination of benefits (CO-22); printed on
#    an inkjet whose cyan ran out and whose head has clogged nozzles, photographed under a desk lamp at night
# ---------------------------------------------------------------------------------------------------------
def inkjet(page_gray, seed, band=31, band_w=2, color=(0.42, 0.10, 0.28)):
    import numpy as np
    a = np.asarray(page_gray.convert("L"), dtype=np.float32) / 255.0
    ink = 1.0 - a
    h, w = ink.shape
    r = np.random.default_rng(seed)
    rows = np.ones((h,), dtype=np.float32)
    for y in range(0, h, band):
        rows[y:y + band_w] = 0.15
    for _ in range(6):  # a few wider faint bands where the head skipped
        y = int(r.integers(0, h - 12))
        rows[y:y + int(r.integers(3, 8))] *= 0.45
    ink = ink * rows[:, None]
    col = np.array(color, dtype=np.float32)
    out = 1.0 - ink[..., None] * (1.0 - col)[None, None, :]
    return Image.fromarray((np.clip(out, 0, 1) * 255).astype(np.uint8))


def case11(ctx):
    slug = "11-county-plan-ect-coordination-of-benefits-inkjet-desk-lamp"
    notice = D(2026, 11, 19)
    name = "Ignatius B. Folau"
    mid = "HCE-FICT-118204"
    claim = "TBA-26-771903"
    dates = [D(2026, 10, 7), D(2026, 10, 21), D(2026, 11, 4)]
    basis = "within 180 days of receiving this notice"
    addr = ["Harrowgate County Employees' Health Benefit Plan", "c/o Tessera Benefit Administrators",
            "Appeals Review", "3100 Wexford Parkway", "Suite 220", "Lindell, MO 63999"]
    s = styles("Serif", 10.5)

    def head(c, doc):
        c.saveState()
        c.setFont("Serif-Bold", 15)
        c.drawCentredString(W / 2, H - 0.75 * inch, "Harrowgate County Employees' Health Benefit Plan")
        c.setFont("Serif", 9)
        c.drawCentredString(W / 2, H - 0.93 * inch, "Administered by Tessera Benefit Administrators  -  a self-funded "
                            "plan of Harrowgate County, Missouri")
        c.drawCentredString(W / 2, H - 1.07 * inch, "County Human Resources, 12 Courthouse Square, Lindell, MO 63901  "
                            "-  Benefits line 555-0171")
        c.setLineWidth(1.2)
        c.line(0.9 * inch, H - 1.17 * inch, W - 0.9 * inch, H - 1.17 * inch)
        c.setFont("Serif-Bold", 8)
        c.drawCentredString(W / 2, H - 1.32 * inch, FICT_EN)
        c.setFont("Serif", 8)
        c.drawCentredString(W / 2, 0.5 * inch, FICT_EN + "  -  TBA-COB-3")
        c.restoreState()

    rows = [["Date of service", "Code", "Service", "Charge", "Plan paid", "Code"]]
    for d in dates:
        rows.append([us(d), "90870", "Electroconvulsive therapy", "$1,150.00", "$0.00", "CO-22"])
        rows.append([us(d), "00104", "Anesthesia for ECT", "$640.00", "$0.00", "CO-22"])
    story = [P(long_en(notice), s["right"]), Spacer(1, 4),
             P(f"{name}<br/>5 Tanager Court<br/>Lindell, MO 63905", s["tight"]), Spacer(1, 10),
             grid([["Member", name], ["Member ID", mid], ["Claim number", claim],
                   ["Provider", "Lindell Regional Behavioral Health"],
                   ["Other coverage on file", "Medicare Part B, effective 12/01/2024"]],
                  [1.8 * inch, 4.7 * inch], font="Serif", header=False, borders=False, size=10,
                  extra=[("FONTNAME", (0, 0), (0, -1), "Serif-Bold"), ("TOPPADDING", (0, 0), (-1, -1), 1),
                         ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]),
             Spacer(1, 8), P(f"Dear Mr. Folau:", s["body"]),
             P("We have processed the claim below for maintenance electroconvulsive therapy. We did not pay it "
               "because our records show that you have other coverage that should pay first.", s["body"]),
             grid(rows, [1.05 * inch, 0.65 * inch, 2.1 * inch, 0.9 * inch, 0.8 * inch, 0.7 * inch], font="Serif",
                  size=9.5, head_bg=colors.HexColor("#dddddd")),
             Spacer(1, 6),
             P("Diagnosis on the claim: F33.2. Code CO-22: this care may be covered by another payer under "
               "coordination of benefits.", s["body"]),
             P("Our records show that you are enrolled in Medicare Part B. When Medicare pays first, this plan pays "
               "after Medicare. Please ask the provider to bill Medicare and send us the Medicare Summary Notice "
               "within 90 days, or, if you are still working for the County and this plan should pay first, call "
               "us so we can update your coverage record.", s["body"]),
             P("Your right to appeal", s["h3"]),
             P(f"If you believe this decision is wrong, you may file an appeal {basis}. Write to us, say why you "
               f"disagree and include any proof of your coverage. Send appeals to:", s["body"]),
             P("<br/>".join(addr), s["tight"]), Spacer(1, 6),
             P("County Human Resources does not process appeals; please do not send them there. If we uphold our "
               "decision, you may ask for an independent external review within 4 months of our final decision.",
               s["body"]),
             P("Sincerely,<br/>Tessera Benefit Administrators, for the Plan", s["body"])]
    pdf = os.path.join(ctx["tmp"], slug + ".pdf")
    build_pdf(pdf, story, margins=(0.9, 0.9, 1.5, 0.8), first=head)
    text = pdf_text(pdf)
    page = inkjet(rasterize(pdf, 220, gray=True)[0], seed=12)
    page = photo.paper_tint(page, (1.0, 0.995, 0.98), seed=13)
    page = photo.curl(page, amp=8, periods=0.5, axis="x", phase=0.3, shade=0.08)
    bw, bh = 3000, 4000
    bg = photo.bg_wood(bw, bh, 14, base=(0.30, 0.19, 0.11))
    pw, ph = page.size
    corners = photo.rotated_corners(bw * 0.5, bh * 0.52, pw * 1.3, ph * 1.3, -1.4, keystone=0.06)
    out, _ = photo.place(bg, page, corners, shadow=0.55)
    out = photo.lighting(out, (bw * 0.85, bh * 0.12), 2300, gain=0.55, base=0.42, color=(1.0, 0.88, 0.68))
    out = photo.shadow_poly(out, [(bw * 0.55, 0), (bw * 0.68, 0), (bw * 0.2, bh * 0.55), (bw * 0.08, bh * 0.5)],
                            dark=0.3, blur=70)
    out = photo.noise(out, 0.03, seed=15, chroma=0.5)
    out = photo.blur(out, 1.1)
    fn = slug + ".jpg"
    photo.save_jpeg(out, os.path.join(ctx["out"], fn), quality=82)
    key = dict(file=fn,
               _note="FICTIONAL: invented people, county, administrator and numbers. A county employees' self-funded "
                     "plan (governmental) through its TPA: maintenance ECT (90870, 00104) denied because Medicare "
                     "should pay first (CO-22). Printed on an inkjet out of cyan (magenta-brown print) with clogged "
                     "nozzles (pale bands every line or so), photographed on a dark desk under a warm desk lamp "
                     "(bright top right, dim bottom left, the lamp arm's shadow). Traps: Medicare's effective date, "
                     "the 90-day limit to send the Medicare notice, the 4-month external review, County Human "
                     "Resources in the letterhead.",
               patient_name=name, member_id=mid, claim_number=claim, notice_date=notice, service_dates=dates,
               procedure_codes=["90870", "00104"], diagnosis_codes=["F33.2"], carc_codes=["CO-22"],
               denial_category="coordination_of_benefits", plan_type="governmental", urgent=False,
               appeal_deadline=add_days(notice, 180), deadline_basis=basis, appeals_address=", ".join(addr))
    return dict(file=fn, key=key, rule={"days": 180}, lang="en", text=text)


# ---------------------------------------------------------------------------------------------------------
# 12 self-funded employer plan via TPA: family statement in Word, the spouse's psychotherapy out of network
#    (CO-242), patient and claim cells merged down their rows; no appeal window printed (the SPD is cited)
# ---------------------------------------------------------------------------------------------------------
def case12(ctx):
    import docx
    from docx.shared import Pt, RGBColor, Inches
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from render import docx_text
    slug = "12-self-funded-employer-spouse-psychotherapy-out-of-network-word-merged-cells"
    notice = D(2026, 11, 10)
    name = "Iris Delahunt"
    mid = "LAS-FICT-33019-02"
    claim = "LAS-2611-00917"
    dates = [D(2026, 10, 8), D(2026, 10, 15), D(2026, 10, 22)]
    addr = ["Corriveau Logistics Group Health Plan", "c/o Lanternfield Administrative Services", "Appeals Unit",
            "PO Box 44170", "Brannock, TN 37999"]
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(9.5)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Inches(0.6)
    sec.top_margin = Inches(0.6)
    hp = sec.header.paragraphs[0]
    r = hp.add_run("LANTERNFIELD ADMINISTRATIVE SERVICES")
    r.bold = True
    r.font.size = Pt(13)
    r.font.color.rgb = RGBColor(0x8a, 0x5a, 0x00)
    h2 = sec.header.add_paragraph("Claims administrator for the Corriveau Logistics Group Health Plan, a self-funded "
                                  "employee benefit plan  |  Customer Service: 1 Lantern Way, Brannock, TN 37901  |  "
                                  "555-0138")
    h2.runs[0].font.size = Pt(7.5)
    sec.footer.paragraphs[0].add_run(FICT_EN + "  |  LAS-EOB-F 03/2026").font.size = Pt(7.5)

    def para(text, bold=False, size=None, after=4, align=None):
        p = doc.add_paragraph()
        rr = p.add_run(text)
        rr.bold = bold
        if size:
            rr.font.size = Pt(size)
        p.paragraph_format.space_after = Pt(after)
        if align:
            p.alignment = align
        return p

    para(FICT_EN, bold=True, size=7.5)
    para("Explanation of Benefits - this is not a bill", bold=True, size=14, after=6)
    info = doc.add_table(rows=2, cols=4)
    info.style = "Table Grid"
    vals = [("Statement date", long_en(notice), "Employee", "Marcus Delahunt"),
            ("Family ID", "LAS-FICT-33019", "Plan", "Corriveau Logistics Group Health Plan - Exclusive Provider "
                                                   "Option, plan year 2026")]
    for i, row in enumerate(vals):
        for j, v in enumerate(row):
            c = info.cell(i, j)
            c.text = v
            if j % 2 == 0:
                c.paragraphs[0].runs[0].bold = True
    para("", after=2)
    cols = ["Patient and member ID", "Claim number", "Date of service", "Code", "Service", "Dx", "Billed",
            "Plan paid", "You owe", "Remark"]
    lines = [("Marcus Delahunt (employee)\nLAS-FICT-33019-01", "LAS-2611-00881", D(2026, 10, 2), "99213",
              "Office visit", "J06.9", "$150.00", "$96.40", "$25.00", "PR-3")]
    for d in dates:
        lines.append((f"{name} (spouse)\n{mid}", claim, d, "90837", "Psychotherapy, 60 min", "F43.10", "$210.00",
                      "$0.00", "$210.00", "CO-242"))
    t = doc.add_table(rows=1 + len(lines), cols=len(cols))
    t.style = "Table Grid"
    for j, c in enumerate(cols):
        cell = t.cell(0, j)
        cell.text = c
        cell.paragraphs[0].runs[0].bold = True
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:fill"), "E8DCC4")
        cell._tc.get_or_add_tcPr().append(shd)
    for i, ln in enumerate(lines):
        for j, v in enumerate(ln):
            v = us(v) if j == 2 else v
            t.cell(i + 1, j).text = v
    # the spouse's patient and claim cells merged down her three rows, as the statement prints them once
    for j in (0, 1):
        top = t.cell(2, j)
        txt = top.text
        merged = top.merge(t.cell(4, j))
        merged.text = txt
    t.autofit = False
    widths = [1.25, 1.0, 0.72, 0.46, 0.95, 0.5, 0.6, 0.55, 0.62, 0.65]
    for j, wd in enumerate(widths):
        t.columns[j].width = Inches(wd)
    for row in t.rows:
        for j, c in enumerate(row.cells):
            c.width = Inches(widths[j])
            for p in c.paragraphs:
                for rr in p.runs:
                    rr.font.size = Pt(8)
    para("", after=2)
    para("Remarks", bold=True, size=10.5)
    para("PR-3: your copayment. CO-242: the service was not given by a network provider. J06.9 and F43.10 are the "
         "diagnosis codes the providers sent.")
    para(f"Why {name}'s claim was not paid", bold=True, size=10.5)
    para("Brookhaven Therapy Collective is not in the network of your Exclusive Provider Option, which covers care "
         "outside the network only in an emergency. If no network therapist was available to see Iris within a "
         "reasonable time, you may ask us to review the claim as a network exception and tell us which network "
         "providers you contacted. The provider may resubmit a corrected claim within 12 months of the date of "
         "service.")
    para("Your right to appeal", bold=True, size=10.5)
    para("If you disagree with how we processed a claim, you may ask the Plan to review it. The Plan's claims and "
         "appeals procedures, including the time limits that apply, are described in the Summary Plan Description "
         "for the Corriveau Logistics Group Health Plan. You may ask for copies of the documents about your claim "
         "free of charge. Send written appeals to:")
    for i, a in enumerate(addr):
        para(a, after=0 if i < len(addr) - 1 else 6)
    para("Please do not send appeals to Customer Service at 1 Lantern Way. You may have the right to bring a civil "
         "action under section 502(a) of ERISA after the Plan's appeal procedures are finished.")
    para("Year-to-date: deductible $1,500.00 of $1,500.00 met; out-of-pocket $2,310.00 of $6,000.00.", size=8)
    fn = slug + ".docx"
    path = os.path.join(ctx["out"], fn)
    doc.core_properties.author = "FICTIONAL"
    doc.core_properties.last_modified_by = "FICTIONAL"
    doc.core_properties.created = doc.core_properties.modified = __import__("datetime").datetime(2026, 11, 10, 8, 0)
    doc.save(path)
    text = docx_text(path)
    key = dict(file=fn,
               _note="FICTIONAL: invented people, employer, administrator and numbers. A self-funded employer plan "
                     "(ERISA) through its TPA: a family statement in Word whose spouse's psychotherapy (90837) was "
                     "denied out of network (CO-242) while the employee's visit was paid (PR-3). The spouse's "
                     "patient/ID cell and claim-number cell are merged down her three rows. No appeal window is "
                     "printed (it refers to the Summary Plan Description), so the deadline is the employer_erisa "
                     "rule, 180 days from the statement date, and the key has no deadline_basis. Traps: the "
                     "employee's claim, ID (-01), date, code and diagnosis, the family ID, the plan year, the 12-month "
                     "resubmission limit, Customer Service's address.",
               patient_name=name, member_id=mid, claim_number=claim, notice_date=notice, service_dates=dates,
               procedure_codes=["90837"], diagnosis_codes=["F43.10"], carc_codes=["CO-242"],
               denial_category="out_of_network", plan_type="employer_erisa", urgent=False,
               appeal_deadline=add_days(notice, 180), appeals_address=", ".join(addr))
    return dict(file=fn, key=key, rule={"days": 180, "stated": False}, lang="en", text=text)
