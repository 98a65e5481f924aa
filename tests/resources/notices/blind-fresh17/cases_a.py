"""Cases 01-09 (English) of the intake17 set. Every person, plan, number and address is FICTIONAL."""
from render import Page, to_image, to_pdf, photo, scan, fax_page, save_tiff, save_pdf_images, sw
from common import *
from PIL import Image, ImageDraw, ImageEnhance, ImageFilter


def fict(p, y=None, es_=False):
    p.text(54, y or 770, FICT_ES if es_ else FICT, 7.5, True)


# ---------------------------------------------------------------- 01
def case01():
    f = "01-selffunded-tpa-ketamine-photo-wood-thumb.jpg"
    nd, dob = D("2026-11-13"), D("1968-11-15")
    pat, mid, clm = "Dolores A. Whitcombe", "HMF-FICT-220417", "TBA-26-1109-4471"
    sd = [D("2026-10-06"), D("2026-10-09")]
    addr = ["Halberd Manufacturing Employee Health Plan", "c/o Tidewater Benefit Administrators",
            "Attn: Appeals Review Unit", "PO Box 4410", "Marlow Springs, OH 45999"]
    basis = "180 days after you receive this notice"
    p = Page("serif")
    p.text(54, 58, "TIDEWATER", 20, True, face="sans", color=(0.05, 0.25, 0.45))
    p.text(54, 72, "BENEFIT ADMINISTRATORS", 9, True, face="sans", color=(0.05, 0.25, 0.45))
    p.text(558, 56, "880 Commerce Parkway, Suite 300", 8, align="right")
    p.text(558, 66, "Brandt Falls, OH 43999  |  555-0142", 8, align="right")
    p.text(558, 76, "Claims administrator for self-funded employer plans", 8, align="right")
    fict(p, 92)
    p.y = 118
    p.line(long_en(nd), 10)
    p.y += 6
    for l in [pat, "2291 Larkspur Court", "Marlow Springs, OH 45998"]:
        p.line(l, 10)
    p.y += 8
    p.line("Explanation of Adverse Benefit Determination", 12, True)
    p.y += 4
    top = p.y
    p.rect(54, top, 246, 92); p.rect(312, top, 246, 92)
    p.text(60, top + 13, "MEMBER", 8.5, True, face="sans"); p.text(318, top + 13, "CLAIM", 8.5, True, face="sans")
    p.y = top + 30
    p.kv([("Member:", pat), ("Member ID:", mid), ("Date of birth:", us(dob)), ("Group no.:", "70412")], x=60, lw=78, size=9.5)
    p.y = top + 30
    p.kv([("Claim no.:", clm), ("Received:", us(D("2026-10-30"))), ("Provider:", "Clear Lake Infusion Center"),
          ("Diagnosis:", "F33.2")], x=318, lw=70, size=9.5)
    p.y = top + 108
    p.para(f"Dear {pat.split()[0]} {pat.split()[-1]}: Tidewater Benefit Administrators processes claims for the Halberd "
           "Manufacturing Employee Health Plan, a self-funded plan your employer sponsors. We reviewed the claim "
           "above for intravenous ketamine infusions. The plan will not pay for the lines below.", size=10)
    p.table(54, [40, 86, 62, 70, 70, 62, 114], [
        ["Line", "Date of service", "Code", "Billed", "Allowed", "Paid", "Adjustment"],
        ["1", us(sd[0]), "96365", "$650.00", "$0.00", "$0.00", "CO-50"],
        ["2", us(sd[0]), "J3490", "$425.00", "$0.00", "$0.00", "CO-50"],
        ["3", us(sd[1]), "96365", "$650.00", "$0.00", "$0.00", "CO-50"],
        ["4", us(sd[1]), "J3490", "$425.00", "$0.00", "$0.00", "CO-50"]], size=9)
    p.para("CO-50: These are non-covered services because this is not deemed a medical necessity by the payer.", size=9)
    p.para("Why we decided this: the plan's medical policy for ketamine infusion therapy asks for records of at least "
           "two adequate antidepressant trials and a current depression rating score. The records sent with the claim "
           "did not include them, so the physician reviewer found the infusions not medically necessary under the "
           "plan's terms (Summary Plan Description, section 7.3). You may ask for the policy, free of charge.", size=10)
    p.line("Your right to appeal", 11, True)
    p.para(f"You have {basis} to file an appeal. If your doctor believes waiting would seriously harm your health, "
           "ask for an expedited appeal by calling 555-0147. Do not send appeals to our Commerce Parkway office. "
           "Mail your appeal and any records to:", size=10, after=2)
    for a in addr:
        p.line(a, 10, x=90)
    p.y += 6
    p.para("After the plan's final decision you may ask for an independent external review. This plan is governed by "
           "ERISA; you may also have the right to bring a civil action under section 502(a).", size=9.5)
    img = to_image(p, 200)
    out = photo(img, (2250, 3000), [(250, 210), (2060, 160), (2140, 2820), (170, 2870)], bg="wood",
                light=(1.0, 0.88, 0.70), dim=0.72, curl=38, thumb=(230, 2520, 150, 230), seed=11,
                shadow=([(1500, 0), (2250, 0), (2250, 900), (1900, 700)], 0.35, 60), edge_strip=("bottom", 0.03, (20, 16, 14)))
    out = out.rotate(-1.2, resample=Image.BICUBIC, fillcolor=(30, 24, 20))
    out.save(f"{OUT}/{f}", quality=85)
    k = key(f, "FICTIONAL: invented people, plans, numbers and addresses. Self-funded employer plan's TPA letter photographed "
            "on a wooden table in low warm light, curled, a thumb at the lower left, a shadow top right; member and claim "
            "facts in two boxes side by side (DOB two days after the notice, a claim received date); four claim lines; "
            "letterhead office not for appeals. Administrator Tidewater Benefit Administrators, plan Halberd Manufacturing "
            "Employee Health Plan.",
            patient_name=pat, member_id=mid, claim_number=clm, notice_date=nd, service_dates=sd,
            procedure_codes=["96365", "J3490"], diagnosis_codes=["F33.2"], carc_codes=["CO-50"],
            denial_category="medical_necessity", plan_type="employer_erisa", urgent=False,
            appeal_deadline=add_days(nd, 180), deadline_basis=basis, appeals_address=", ".join(addr))
    return k, p.strings()


# ---------------------------------------------------------------- 02
def case02():
    f = "02-medicare-advantage-tms-scanner-app.pdf"
    nd, dob = D("2026-11-18"), D("1951-11-19")
    pat, mid, clm = "Russell T. Abernathy", "NGT-FICT-5530192", "2026-1102-88317"
    sd = [D("2026-10-05"), D("2026-10-07"), D("2026-10-09"), D("2026-10-12")]
    addr = ["Northgate Health Plans", "Appeals and Grievances Department", "PO Box 22081", "Fairmont Heights, MN 55999"]
    basis = "within 65 days from the date of this notice"
    p1 = Page("sans")
    p1.text(54, 60, "Northgate Senior Advantage (HMO)", 15, True, color=(0.1, 0.3, 0.2))
    p1.text(54, 74, "Northgate Health Plans  -  Member Services, 3100 Lindell Avenue, Fairmont Heights, MN 55998", 8)
    fict(p1, 88)
    p1.y = 116
    p1.line("NOTICE OF DENIAL OF PAYMENT", 13, True)
    p1.line(f"Date: {long_en(nd)}", 10)
    p1.y += 4
    p1.table(54, [150, 354], [
        ["Member name", pat], ["Member ID", mid], ["Date of birth", long_en(dob)], ["Claim number", clm],
        ["Provider", "Brightwater TMS Clinic, Dr. Lena Okafor"], ["Diagnosis", "F33.1"]], size=9.5, header=False)
    p1.para("We have denied payment for the medical services listed below that you received from a provider who is "
            "in our network. You are not responsible for these charges unless you agreed in writing to pay for them.", size=10)
    p1.table(54, [110, 90, 200, 104], [
        ["Date of service", "Code", "Service", "Decision"],
        [us(sd[0]), "90868", "TMS treatment session", "Denied"],
        [us(sd[1]), "90868", "TMS treatment session", "Denied"],
        [us(sd[2]), "90868", "TMS treatment session", "Denied"],
        [us(sd[3]), "90868", "TMS treatment session", "Denied"]], size=9.5)
    p1.line("Why did we deny payment?", 11, True)
    p1.para("Our medical director reviewed the records. Coverage for transcranial magnetic stimulation under the local "
            "coverage determination this plan follows requires a documented failure of at least two antidepressants "
            "from different classes and a psychiatric evaluation within the past 3 months. The records show one "
            "antidepressant trial and no evaluation in that period, so these sessions were not medically necessary.",
            size=10)
    p1.text(306, 760, "Page 1 of 2", 8, align="center")
    p2 = Page("sans")
    fict(p2, 50)
    p2.y = 80
    p2.line("You have the right to appeal our decision", 12, True)
    p2.para("You can ask us to review (reconsider) this decision. You must ask " + basis + ". We can give you more "
            "time if you have a good reason for missing the deadline. A payment appeal is decided within 60 days; "
            "if we uphold our denial, we will send your case to an independent review entity automatically.", size=10)
    p2.para("Member Services at the Lindell Avenue address cannot accept appeals. Send your written appeal, with a copy "
            "of this notice and any records you want us to consider, to:", size=10, after=3)
    for a in addr:
        p2.line(a, 10, x=80)
    p2.y += 4
    p2.para("You may also fax your appeal to 555-0163. If you want someone to act for you, you and that person must "
            "sign an Appointment of Representative form (CMS-1696).", size=10)
    p2.line("Get help", 11, True)
    p2.para("Call Member Services at 555-0160 (TTY 711), 8 a.m. to 8 p.m., seven days a week. You may also call "
            "1-800-MEDICARE or your State Health Insurance Assistance Program.", size=10)
    p2.text(306, 760, "Page 2 of 2", 8, align="center")
    imgs = []
    for i, p in enumerate([p1, p2]):
        img = to_image(p, 150)
        w, h = img.size
        ph = photo(img, (w + 40, h + 40), [(24, 30), (w + 14, 18), (w + 24, h + 20), (14, h + 28)], bg="desk",
                   light=(1, 1, 1), dim=1.0, seed=20 + i, blur=0.6, noise=4, vignette=0.15)
        g = ImageEnhance.Contrast(ph.convert("L")).enhance(1.6)
        g = g.point(lambda v: min(255, int(v * 1.15)))
        d = ImageDraw.Draw(g)
        from render import _font
        d.text((w // 2 - 140, h + 12), "Scanned with PocketScan", font=_font("sans", False, 18), fill=120)
        imgs.append(g)
    save_pdf_images(imgs, f"{OUT}/{f}", 150)
    k = key(f, "FICTIONAL: invented people, plans, numbers and addresses. Medicare Advantage payment denial of TMS "
            "saved from a phone scanner app (two pages, slight keystone, contrast pushed, the app's footer); facts "
            "in a borderless two-column table with the DOB the day after the notice; four sessions in a table; "
            "window and address on page 2; Member Services office not for appeals.",
            patient_name=pat, member_id=mid, claim_number=clm, notice_date=nd, service_dates=sd,
            procedure_codes=["90868"], diagnosis_codes=["F33.1"], denial_category="medical_necessity",
            plan_type="medicare_advantage", urgent=False, appeal_deadline=add_days(nd, 65), deadline_basis=basis,
            appeals_address=", ".join(addr))
    return k, p1.strings() + "\n" + p2.strings()


# ---------------------------------------------------------------- 03
def case03():
    f = "03-fehb-spravato-step-provider-fax-standard.tif"
    nd = D("2026-11-17")
    pat, mid, clm = "Kenneth J. Oyelaran", "R7FICT40815", "FEP-26-318-00927"
    sd = [D("2026-10-20"), D("2026-10-23")]
    addr = ["Blue Meridian Federal Employee Program", "Attn: Reconsideration Requests", "PO Box 7712",
            "Calloway, VA 23999"]
    basis = "within 6 months of the date of this letter"
    cov = Page("sans")
    cov.text(54, 80, "FAX", 40, True)
    fict(cov, 104)
    cov.y = 140
    cov.kv([("Date:", "11/20/2026"), ("To:", "Lakeview Psychiatry Associates - Billing"), ("Fax:", "555-0188"),
            ("From:", "Blue Meridian FEP - Provider Correspondence"), ("Fax:", "555-0181"), ("Pages:", "3 (including cover)"),
            ("Re:", "Claim determination letter")], lw=90, size=12, lead=1.9)
    cov.y += 20
    cov.para("CONFIDENTIALITY NOTICE: This facsimile contains protected health information. If you received it in "
             "error, call 555-0181 and destroy all copies.", size=10)
    p1 = Page("serif")
    p1.text(54, 60, "Blue Meridian Federal Employee Program", 14, True)
    p1.text(54, 74, "Provider Correspondence Unit  -  PO Box 7700, Calloway, VA 23998 (claims only)", 8.5)
    fict(p1, 88)
    p1.y = 116
    p1.line(long_en(nd), 10.5)
    p1.y += 6
    for l in ["Lakeview Psychiatry Associates", "Attn: Billing Office", "41 Orchard Row", "Pell City, VA 23997"]:
        p1.line(l, 10.5)
    p1.y += 8
    p1.kv([("Patient:", pat), ("Enrollee ID:", mid), ("Claim number:", clm), ("Rendering provider:", "Hana Liebowitz, MD"),
           ("Diagnosis:", "F33.2")], lw=120, size=10.5)
    p1.y += 6
    p1.para("We have completed our review of the claim above for esketamine nasal spray (Spravato) given in your "
            "office. The claim is denied. The Service Benefit Plan brochure covers Spravato only after the member has "
            "tried at least two oral antidepressants of different classes at adequate doses for at least 6 weeks each "
            "(step therapy). Our pharmacy records show one trial, so the steps were not met.", size=10.5)
    p1.table(54, [110, 80, 170, 70, 74], [
        ["Date of service", "Code", "Description", "Units", "Status"],
        [us(sd[0]), "J0013", "esketamine, 1 mg", "84", "Denied"],
        [us(sd[0]), "99214", "office visit", "1", "Denied"],
        [us(sd[1]), "J0013", "esketamine, 1 mg", "84", "Denied"],
        [us(sd[1]), "99214", "office visit", "1", "Denied"]], size=10)
    p1.text(306, 760, "Page 1 of 2", 8, align="center")
    p2 = Page("serif")
    fict(p2, 50)
    p2.y = 80
    p2.line("Reconsideration", 12, True)
    p2.para("If you or the member disagree, you may ask us to reconsider " + basis + ". A provider asking on the "
            "member's behalf needs the member's written consent. Include the records of earlier antidepressant trials "
            "(drug, dose, dates and outcome). Do not send reconsideration requests to the claims PO Box on page 1. "
            "Write to:", size=10.5, after=3)
    for a in addr:
        p2.line(a, 10.5, x=90)
    p2.y += 6
    p2.para("If we do not change our decision, the member may ask the U.S. Office of Personnel Management to review "
            "it within 90 days of our reconsideration decision (5 CFR 890.105).", size=10.5)
    p2.para("Questions: Provider Services, 555-0185.", size=10.5)
    p2.text(306, 760, "Page 2 of 2", 8, align="center")
    hdr = "NOV-20-2026 09:14  FROM: BLUE MERIDIAN FEP  555-0181     TO: 5550188   P.{}/3"
    pages = [fax_page(to_image(p, 200), hdr.format(i + 1), standard=True, seed=30 + i) for i, p in enumerate([cov, p1, p2])]
    save_tiff(pages, f"{OUT}/{f}", standard=True)
    k = key(f, "FICTIONAL: invented people, plans, numbers and addresses. FEHB carrier's letter to the provider, a 1-bit "
            "standard-mode fax TIFF (cover sheet dated three days later, a header line on every page); Spravato step "
            "therapy; label lines; claim lines in a table; claims box not for reconsiderations; OPM's 90 days is the "
            "next level; 6 calendar months.",
            patient_name=pat, member_id=mid, claim_number=clm, notice_date=nd, service_dates=sd,
            procedure_codes=["J0013", "99214"], diagnosis_codes=["F33.2"], denial_category="step_therapy",
            plan_type="fehb", urgent=False, appeal_deadline=add_months(nd, 6), deadline_basis=basis,
            appeals_address=", ".join(addr))
    return k, "\n".join([cov.strings(), p1.strings(), p2.strings(), hdr])


# ---------------------------------------------------------------- 04
def case04():
    f = "04-marketplace-eob-ketamine-crps-two-column.pdf"
    nd = D("2026-11-09")
    pat, mid, clm = "Priya N. Castellanos", "CPH-FICT-77120954", "CP26-10-40233"
    sd = [D("2026-10-14")]
    addr = ["Cardinal Peak Health", "Member Appeals", "PO Box 3099", "Juniper Flats, CO 80999"]
    basis = "within 180 days of the date you receive this statement"
    p = Page("sans", w=612, h=792)
    p.rect(0, 0, 612, 70, fill=(0.55, 0.08, 0.12), stroke=None)
    p.text(40, 34, "Cardinal Peak Health", 18, True, color=(1, 1, 1))
    p.text(40, 52, "Individual & Family EPO  -  Explanation of Benefits", 10, color=(1, 1, 1))
    p.text(572, 34, "THIS IS NOT A BILL", 10, True, color=(1, 1, 1), align="right")
    p.text(40, 84, FICT, 7.5, True)
    # left column: member box
    p.rect(40, 96, 250, 118, fill=(0.94, 0.94, 0.94), stroke=(0.5, 0.5, 0.5))
    p.y = 112
    p.kv([("Member", pat), ("Member ID", mid), ("Statement date", long_en(nd)),
          ("Period", f"{us(D('2026-10-01'))} - {us(D('2026-10-31'))}"), ("Plan", "Silver EPO 2026"),
          ("Send claims to", "PO Box 3011, Juniper Flats, CO")], x=48, lw=84, size=9, lead=1.75)
    p.rect(302, 96, 270, 118, stroke=(0.5, 0.5, 0.5))
    p.y = 112
    p.kv([("Summary this period", ""), ("Amount billed", "$1,650.00"), ("Plan paid", "$394.32"),
          ("Your share", "$95.00"), ("Deductible met", "$1,200.00 of $4,000.00"), ("Out-of-pocket met", "$1,870.00 of $8,700.00")],
         x=310, lw=130, size=9, lead=1.75)
    p.y = 232
    p.line("Claims processed this period", 11, True, x=40)
    p.table(40, [78, 108, 58, 46, 56, 56, 52, 78], [
        ["Claim", "Provider", "Service date", "Code", "Billed", "Plan paid", "You owe", "Adj. codes"],
        ["CP26-10-40018", "Summit Pain Partners", us(D("2026-10-02")), "99214", "$210.00", "$138.40", "$30.00", "CO-45 PR-3"],
        [clm, "Summit Pain Partners", us(sd[0]), "96365", "$780.00", "$0.00", "$0.00", "CO-55"],
        ["", "", us(sd[0]), "J3490", "$320.00", "$0.00", "$0.00", "CO-55"],
        ["CP26-10-40561", "Ridgeway Physical Th.", us(D("2026-10-20")), "97110", "$180.00", "$112.92", "$40.00", "CO-45 PR-3"],
        ["CP26-10-41002", "Hollis Counseling", us(D("2026-10-27")), "90837", "$160.00", "$143.00", "$25.00", "CO-45 PR-3"]],
        size=8, grid=False)
    p.line("Claim notes", 10.5, True, x=40)
    p.para("CP26-10-40018, CP26-10-40561: diagnosis M79.671. CP26-10-41002: diagnosis F43.22. "
           f"{clm}: diagnosis G90.521 (complex regional pain syndrome I of right lower limb). The plan's medical "
           "policy lists intravenous ketamine infusion for chronic pain syndromes as investigational: the studies do "
           "not yet show that it improves long-term outcomes. This claim is denied.", x=40, width=532, size=9)
    p.para("Codes: CO-45 charge exceeds the negotiated rate. PR-3 copay. CO-55 procedure or treatment is deemed "
           "experimental or investigational by the payer.", x=40, width=532, size=8.5)
    y = p.y + 4
    p.rect(40, y, 532, 104, stroke=(0.55, 0.08, 0.12), lw=1.4)
    p.y = y + 16
    p.line("If you disagree with a decision on this statement", 10.5, True, x=50)
    p.para(f"You may file an appeal {basis}. Call Member Services at 555-0127 for an expedited appeal if waiting could "
           "seriously harm your health. Send your appeal in writing to Cardinal Peak Health, Member Appeals, PO Box "
           "3099, Juniper Flats, CO 80999, with this statement and your records. The claims PO Box above is not for "
           "appeals. You may also ask for an external review after our final decision.", x=50, width=512, size=9)
    p.text(40, 770, "Cardinal Peak Health is a qualified health plan offered through the state Marketplace.", 7.5)
    to_pdf([p], f"{OUT}/{f}")
    k = key(f, "FICTIONAL: invented people, plans, numbers and addresses. Marketplace EPO statement as a text PDF: two "
            "boxes side by side (member facts with a claims PO Box; a summary), a borderless table of four claims, three "
            "paid with CO-45 PR-3, the denied one on two rows; diagnoses in a notes paragraph; appeals address inside "
            "a sentence in a box; statement period dates.",
            patient_name=pat, member_id=mid, claim_number=clm, notice_date=nd, service_dates=sd,
            procedure_codes=["96365", "J3490"], diagnosis_codes=["G90.521"], carc_codes=["CO-55"],
            denial_category="experimental_investigational", plan_type="individual_aca", urgent=False,
            appeal_deadline=add_days(nd, 180), deadline_basis=basis, appeals_address=", ".join(addr))
    from render import pdftotext
    return k, pdftotext(f"{OUT}/{f}") + "\n" + pdftotext(f"{OUT}/{f}", False)


# ---------------------------------------------------------------- 05
def case05():
    f = "05-medicaid-mco-ect-photo-in-hand.png"
    nd, dob = D("2026-11-16"), D("1983-11-17")
    pat, mid, clm = "Tamsin R. Beauchamp", "4471-FICT-0932", "RB-2611-30558"
    sd = [D("2026-10-13"), D("2026-10-27")]
    addr = ["Riverbend Community Health Plan", "Attn: Member Appeals", "415 Foundry Street", "3rd Floor",
            "Cedar Bluff, KY 40999"]
    basis = "within 60 days from the date on this notice"
    p = Page("sans")
    p.text(54, 58, "Riverbend Community Health Plan", 15, True, color=(0.05, 0.35, 0.55))
    p.text(54, 71, "A Medicaid managed care plan  |  Main office: 90 Levee Road, Cedar Bluff, KY 40998", 8)
    fict(p, 84)
    p.y = 110
    p.line("NOTICE OF ADVERSE BENEFIT DETERMINATION", 13, True)
    p.line(f"Date of this notice: {long_en(nd)}", 10)
    p.y += 4
    p.kv([("Member name:", pat), ("Medicaid ID:", mid), ("Date of birth:", us(dob)), ("Claim number:", clm),
          ("Provider:", "Harmon Valley Hospital Behavioral Health")], lw=100, size=10)
    p.y += 4
    p.line("What we decided", 11, True)
    p.table(54, [170, 130, 90, 114], [
        ["Service", "Date(s)", "Code", "Decision"],
        ["Maintenance ECT", f"{us(sd[0])}\n{us(sd[1])}", "90870", "Denied"],
        ["Anesthesia for ECT", f"{us(sd[0])}\n{us(sd[1])}", "00104", "Denied"]], size=9.5)
    p.para("Diagnosis on the claim: F33.3. Our psychiatrist reviewed the records. For maintenance electroconvulsive "
           "therapy after an acute course, our criteria ask for a relapse while on medication alone or a relapse "
           "after an earlier course ended. The records did not show either, so the sessions were not medically "
           "necessary. You can ask for the criteria and your records for free.", size=10)
    p.line("How to appeal", 11, True)
    p.para(f"You must ask for an appeal {basis}. To keep getting services while your appeal is decided, you must "
           "appeal within 10 days of this notice or before the decision takes effect. If we uphold our decision you "
           "can ask for a State Fair Hearing within 120 days of our appeal decision. Do not mail appeals to our main "
           "office. Call 555-0134 or send your appeal to:", size=10, after=2)
    for a in addr:
        p.line(a, 10, x=90)
    p.y += 4
    p.para("If your health is at serious risk, ask for a fast appeal; we decide it within 72 hours.", size=10)
    img = to_image(p, 170)
    out = photo(img, (1500, 2000), [(160, 150), (1400, 110), (1440, 1890), (110, 1960)], bg="couch",
                light=(0.92, 0.96, 1.05), dim=0.85, curl=20, thumb=(1400, 1000, 110, 170), seed=51,
                shadow=([(0, 1300), (1500, 1100), (1500, 2000), (0, 2000)], 0.3, 80), blur=0.9)
    out = out.rotate(1.8, resample=Image.BICUBIC, fillcolor=(60, 72, 90))
    out.save(f"{OUT}/{f}")
    k = key(f, "FICTIONAL: invented people, plans, numbers and addresses. Medicaid managed-care notice photographed held "
            "over a couch (PNG), a thumb on the right edge, a shadow over the lower part, +1.8 degrees; label lines with "
            "the DOB the day after the notice; decisions table with two dates in one cell; main office not for "
            "appeals; 10 and 120 days are not the window.",
            patient_name=pat, member_id=mid, claim_number=clm, notice_date=nd, service_dates=sd,
            procedure_codes=["90870", "00104"], diagnosis_codes=["F33.3"], denial_category="medical_necessity",
            plan_type="medicaid", urgent=False, appeal_deadline=add_days(nd, 60), deadline_basis=basis,
            appeals_address=", ".join(addr))
    return k, p.strings()


# ---------------------------------------------------------------- 06
def case06():
    f = "06-part-d-lidocaine-patch-scan.pdf"
    nd, dob = D("2026-11-23"), D("1949-11-25")
    pat, mid, clm = "Harold B. Quintanilla", "ECR-FICT-91022476", "CD-26-1123-5517"
    addr = ["Evergreen Crest Rx", "Attn: Part D Redeterminations", "PO Box 60214", "Osgood Landing, AZ 85999"]
    basis = "within 65 days from the date of this notice"
    p = Page("serif")
    p.rect(54, 44, 504, 40, fill=(0.15, 0.15, 0.15), stroke=None)
    p.text(306, 62, "Notice of Denial of Medicare Prescription Drug Coverage", 13, True, color=(1, 1, 1), align="center")
    p.text(306, 77, "Evergreen Crest Rx (PDP)", 10, color=(1, 1, 1), align="center")
    fict(p, 98)
    p.y = 120
    p.table(54, [126, 126, 126, 126], [
        ["Date", "Enrollee's name", "Member ID", "Request #"],
        [us(nd), pat, mid, clm]], size=9.5)
    p.table(54, [126, 126, 252], [
        ["Date of birth", "Request received", "Prescriber"],
        [us(dob), us(D("2026-11-20")), "Ivy Nakashima, MD (555-0171)"]], size=9.5)
    p.para("We have denied your request for the following prescription drug: lidocaine 5% topical patch, 30 patches "
           "a month.", size=10.5)
    p.para("We denied this request because Medicare Part D pays for a drug only when it is used for a medically "
           "accepted indication. Your prescriber told us the patch is for chronic low back pain (M54.50). The "
           "compendia Medicare uses do not support lidocaine patches for that use, so this drug cannot be covered "
           "for you under Part D. This is not a decision about whether the drug is right for you.", size=10.5)
    p.line("You have the right to request a redetermination (appeal)", 11, True)
    p.para("If you disagree, you or your prescriber can ask us for a redetermination. Your request must be made "
           f"{basis}. We can give you more time if you have a good reason. If your health could be seriously harmed "
           "by waiting 7 days, ask for a fast (expedited) redetermination; we will decide within 72 hours.", size=10.5)
    p.para("The pharmacy help desk at 2700 Saguaro Way cannot take appeals. Mail a written request to:", size=10.5, after=2)
    for a in addr:
        p.line(a, 10.5, x=90)
    p.y += 4
    p.para("Or fax it to 555-0178, or call 555-0176 (TTY 711). If we keep our decision, you can ask for a review by "
           "an Independent Review Entity.", size=10.5)
    img = scan(to_image(p, 200), angle=-0.6, seed=61, specks=500, shade=0.08)
    save_pdf_images([img], f"{OUT}/{f}", 200)
    k = key(f, "FICTIONAL: invented people, plans, numbers and addresses. Part D coverage determination denial, flatbed "
            "scan (image only, -0.6 degrees, specks); dark title bar; two boxed header rows (notice date beside the "
            "name, DOB two days after, request received three days before); a lidocaine patch for low back pain not "
            "for a medically accepted indication; no service dates or procedure codes; pharmacy help desk not for "
            "appeals. The request number is the claim number.",
            patient_name=pat, member_id=mid, claim_number=clm, notice_date=nd, diagnosis_codes=["M54.50"],
            denial_category="not_covered", plan_type="medicare_part_d", urgent=False,
            appeal_deadline=add_days(nd, 65), deadline_basis=basis, appeals_address=", ".join(addr))
    return k, p.strings()


# ---------------------------------------------------------------- 07
def case07():
    f = "07-medicare-summary-notice-trigger-point-photo-sofa.png"
    nd = D("2026-11-06")
    pat, mid, clm = "Loretta M. Fairbanks", "4FICT-XK2-PW71", "26-10-28-31947"
    sd = [D("2026-10-28")]
    dl = add_days(nd, 120)
    addr = ["Great Lakes Medicare Administrative Services", "Part B Redeterminations", "PO Box 6620",
            "Harlow Bend, IL 62999"]
    basis = f"Appeals must be received by {long_en(dl)}"
    p = Page("sans")
    p.text(54, 56, "Medicare Summary Notice for Part B (Medical Insurance)", 13, True)
    p.text(54, 70, "The official summary of your Medicare claims", 9)
    fict(p, 82)
    p.rect(340, 94, 218, 92, fill=(0.9, 0.9, 0.9), stroke=None)
    p.y = 110
    p.kv([("Notice for", pat), ("Medicare Number", mid), ("Date of this notice", long_en(nd)),
          ("Claims processed", f"{short_en(D('2026-08-06'))} - {short_en(D('2026-11-05'))}")], x=346, lw=98, size=8.5, lead=1.9)
    p.y = 110
    for l in [pat, "78 Wren Hollow Lane", "Harlow Bend, IL 62998"]:
        p.line(l, 10)
    p.y = 206
    p.line("Your claims for Part B", 11, True)
    p.line("Maple Grove Family Practice   Claim number 26-10-21-88210   Service approved: Yes", 9)
    p.table(54, [220, 60, 70, 84, 70], [
        ["Service provided & billing code", "Approved?", "Charged", "Medicare paid", "You may be billed"],
        [f"Office visit (99213), {us(D('2026-10-21'))}", "Yes", "$145.00", "$84.96", "$21.24"]], size=8.5, grid=False)
    p.line(f"Northlake Pain & Spine   Claim number {clm}   Service approved: No", 9, True)
    p.table(54, [220, 60, 70, 84, 70], [
        ["Service provided & billing code", "Approved?", "Charged", "Medicare paid", "You may be billed"],
        [f"Trigger point injections (20553), {us(sd[0])}", "No", "$240.00", "$0.00", "$0.00  A"],
        [f"Methylprednisolone injection (J1030), {us(sd[0])}", "No", "$38.00", "$0.00", "$0.00  A"]], size=8.5, grid=False)
    p.para("A  Medicare doesn't pay for these services because the information provided does not support the need for "
           "this many injections in this period. The provider can't bill you for them unless you signed a notice "
           "before the service.", size=9)
    p.rect(54, p.y, 504, 120, stroke=(0, 0, 0), lw=1.2)
    p.y += 16
    p.line("How to handle denied claims or file an appeal", 10.5, True, x=62)
    p.para(f"If you disagree with a decision on this notice, you can file an appeal. {basis}. Circle the services you "
           "disagree with, explain why on this page or a separate one, sign it, and send it with this notice to the "
           "company that handles claims for Medicare:", x=62, width=488, size=9, after=2)
    for a in addr:
        p.line(a, 9, x=90, gap=11.5)
    p.y = p.y + 30
    p.para("Questions? Call 1-800-MEDICARE. Do not send appeals to your doctor's office.", size=9)
    img = to_image(p, 170)
    out = photo(img, (1560, 2040), [(120, 140), (1450, 170), (1420, 1930), (150, 1900)], bg="couch",
                light=(1.05, 0.92, 0.75), dim=0.78, curl=26, seed=71, blur=1.0,
                shadow=([(0, 0), (700, 0), (500, 700), (0, 900)], 0.28, 90), edge_strip=("right", 0.025, (28, 30, 36)))
    out.save(f"{OUT}/{f}")
    k = key(f, "FICTIONAL: invented people, plans, numbers and addresses. Original Medicare summary notice photographed on "
            "a sofa (PNG) under a warm lamp, curled, a shadow at the top left; a grey 'Notice for' panel with the claims-"
            "processed period; two providers' claims, the first approved; codes in parentheses; the deadline as a date "
            "(notice + 120); no diagnosis codes.",
            patient_name=pat, member_id=mid, claim_number=clm, notice_date=nd, service_dates=sd,
            procedure_codes=["20553", "J1030"], denial_category="medical_necessity", plan_type="medicare",
            urgent=False, appeal_deadline=dl, deadline_basis=basis, appeals_address=", ".join(addr))
    return k, p.strings()


# ---------------------------------------------------------------- 08
def case08():
    f = "08-tricare-eob-ketamine-ptsd-photo-quilt.jpg"
    nd = D("2026-11-12")
    pat, mid, clm = "Renata L. Ellery", "30FICT771204", "TW-2026-3158-80022"
    sd = [D("2026-10-15"), D("2026-10-22")]
    addr = ["Pacific Shield Health Partners", "TRICARE West Appeals", "PO Box 14033", "Sand Hollow, CA 93999"]
    basis = "postmarked or received within 90 days of the date of this notice"
    p = Page("sans")
    p.text(54, 56, "TRICARE West Region", 15, True, color=(0.1, 0.2, 0.45))
    p.text(54, 70, "Explanation of Benefits  -  administered by Pacific Shield Health Partners", 9)
    p.text(558, 56, "THIS IS NOT A BILL", 9, True, align="right")
    fict(p, 84)
    p.y = 104
    p.table(54, [168, 168, 168], [
        ["Date of notice", "Sponsor", "Sponsor DoD ID"],
        [long_en(nd), "Marcus D. Ellery", "1209FICT448"],
        ["Beneficiary (patient)", "DoD Benefits Number", "Claims PO Box (not appeals)"],
        [pat, mid, "PO Box 14010, Sand Hollow"]], size=9, header=False)
    p.line("Claim " + "TW-2026-3151-40917" + "   Provider: Crestline Counseling Group", 9.5, True)
    p.table(54, [80, 60, 170, 64, 64, 66], [
        ["Service date", "Code", "Service", "Billed", "Allowed", "Paid"],
        [us(D("2026-10-08")), "90834", "psychotherapy, 45 min", "$150.00", "$112.50", "$100.50"]], size=8.5)
    p.line("Claim " + clm + "   Provider: Mesa Verde Ketamine & Wellness", 9.5, True)
    p.table(54, [80, 60, 170, 64, 64, 66], [
        ["Service date", "Code", "Service", "Billed", "Allowed", "Paid"],
        [us(sd[0]), "96365", "IV infusion, first hour", "$600.00", "$0.00", "$0.00 (1)"],
        [us(sd[0]), "J3490", "unclassified drug", "$300.00", "$0.00", "$0.00 (1)"],
        [us(sd[1]), "96365", "IV infusion, first hour", "$600.00", "$0.00", "$0.00 (1)"],
        [us(sd[1]), "J3490", "unclassified drug", "$300.00", "$0.00", "$0.00 (1)"]], size=8.5)
    p.para("Diagnosis: F43.12.  (1) TRICARE considers ketamine infusion for post-traumatic stress disorder unproven: "
           "the reliable evidence does not yet show it is safe and effective for this use, so TRICARE cannot share "
           "its cost.", size=9.5)
    p.line("Your right to ask for a reconsideration", 10.5, True)
    p.para(f"If you disagree, send a written request for reconsideration, {basis}. Include a copy of this EOB and any "
           "new records. The claims PO Box above does not take appeals. Mail it to:", size=9.5, after=2)
    for a in addr:
        p.line(a, 9.5, x=90)
    p.y += 4
    p.para("Need help? Your Beneficiary Counseling and Assistance Coordinator can help you for free (555-0153).", size=9.5)
    img = to_image(p, 200)
    out = photo(img, (2300, 3000), [(300, 260), (2010, 330), (1940, 2760), (240, 2700)], bg="quilt",
                light=(1.0, 0.9, 0.78), dim=0.76, curl=32, seed=81, blur=1.0,
                shadow=([(1200, 1500), (2300, 1300), (2300, 3000), (900, 3000)], 0.4, 70))
    out = out.rotate(2.2, resample=Image.BICUBIC, fillcolor=(120, 50, 55))
    out.save(f"{OUT}/{f}", quality=82)
    k = key(f, "FICTIONAL: invented people, plans, numbers and addresses. TRICARE EOB photographed on a quilt (JPEG), warm "
            "light, curled, a shadow over the lower right (the appeal part), +2.2 degrees; a boxed grid of four facts "
            "in two label rows (sponsor and his DoD ID beside the beneficiary's DoD Benefits Number); two claims, the "
            "first paid; ketamine for PTSD unproven; claims box not for appeals. The spouse is the patient.",
            patient_name=pat, member_id=mid, claim_number=clm, notice_date=nd, service_dates=sd,
            procedure_codes=["96365", "J3490"], diagnosis_codes=["F43.12"],
            denial_category="experimental_investigational", plan_type="tricare", urgent=False,
            appeal_deadline=add_days(nd, 90), deadline_basis=basis, appeals_address=", ".join(addr))
    return k, p.strings()


# ---------------------------------------------------------------- 09
def case09():
    f = "09-state-employees-psychotherapy-lineprinter.txt"
    nd, dob = D("2026-11-19"), D("2007-11-21")
    pat, mid, clm = "Wren T. Ashworth", "SBP-FICT-003318-02", "2026321004417"
    sd = [D("2026-10-06"), D("2026-10-13"), D("2026-10-20")]
    addr = ["Silver Basin State Employee Health Plan", "Appeals Committee", "100 Capitol Annex", "Room 214",
            "Tamsworth, NV 89999"]
    basis = "within 180 days of receiving this notice"
    L = []
    L.append("1" + " " * 20 + "SILVER BASIN STATE EMPLOYEE HEALTH PLAN" + " " * 10 + "PAGE 1")
    L.append(" " * 21 + "DEPARTMENT OF PERSONNEL - BENEFITS DIVISION")
    L.append(" " * 21 + "*** " + FICT + " ***")
    L.append("")
    L.append(f" NOTICE DATE: {us(nd)}          RUN: 11/19/26 02:14   JOB BNF417")
    L.append("")
    L.append(" GREGORY P ASHWORTH")
    L.append(" 1406 JUNIPER TRAIL")
    L.append(" TAMSWORTH NV 89998")
    L.append("")
    L.append(" SUBSCRIBER ID ..... SBP-FICT-003318-01      PATIENT ID ....... " + mid)
    L.append(" PATIENT ........... " + pat.upper() + "        RELATIONSHIP ..... DEPENDENT CHILD")
    L.append(" PATIENT DOB ....... " + us(dob) + "              CLAIM NO ......... " + clm)
    L.append(" PROVIDER .......... HIGH DESERT COUNSELING LLC  DIAGNOSIS ........ F41.1")
    L.append("")
    L.append(" LN  SERVICE DATE  PROC   UNITS   BILLED    ALLOWED   PAID   STATUS")
    L.append(" --  ------------  -----  -----  --------  --------  -----  ------")
    for i, d in enumerate(sd, 1):
        L.append(f" {i:02d}  {us(d)}    90837    1     $175.00     $0.00  $0.00  DENIED")
    L.append("")
    L.append(f" This notice is about outpatient therapy for {pat}, a dependent covered under")
    L.append(" your enrollment. The plan covers the first 30 outpatient psychotherapy visits in a plan year")
    L.append(" without approval. Visits after the 30th need prior approval from the plan's behavioral")
    L.append(" health reviewer. No prior approval was on file for the visits above, visits 31 to 33 of")
    L.append(" the 2026 plan year, so they were denied. The provider may ask for approval now; approval")
    L.append(" does not by itself reverse this denial.")
    L.append("")
    L.append(" APPEAL RIGHTS")
    L.append(f" You may appeal {basis}. Include the claim number and any records. The")
    L.append(" Benefits Division front desk does not accept appeals. Mail appeals to:")
    L.append("")
    for a in addr:
        L.append("        " + a)
    L.append("")
    L.append(" If the plan upholds its decision you may ask for an independent external review within 4")
    L.append(" months of the final decision. This is a governmental plan; it is not subject to ERISA.")
    L.append(" Questions: 555-0119.")
    L.append("\f")
    txt = "\n".join(L) + "\n"
    open(f"{OUT}/{f}", "w").write(txt)
    k = key(f, "FICTIONAL: invented people, plans, numbers and addresses. State employees' plan notice saved from a "
            "mainframe print as plain text: carriage-control '1', a batch run date, dotted labels in two columns "
            "(subscriber's -01 ID beside the patient's -02 ID), the patient's name in capitals in the header and in "
            "mixed case in the body, DOB two days after; three visits denied without prior approval past a visit "
            "limit; front desk not for appeals. The dependent child is the patient.",
            patient_name=pat, member_id=mid, claim_number=clm, notice_date=nd, service_dates=sd,
            procedure_codes=["90837"], diagnosis_codes=["F41.1"], denial_category="prior_authorization",
            plan_type="governmental", urgent=False, appeal_deadline=add_days(nd, 180), deadline_basis=basis,
            appeals_address=", ".join(addr))
    return k, txt


CASES = [case01, case02, case03, case04, case05, case06, case07, case08, case09]
