"""Cases 01-09 (English). Each function writes its notice into `out` and returns the answer key and what the
self-check needs. All people, plans, numbers and addresses are FICTIONAL."""
import os

from PIL import Image

import render as R
from render import D, dmy, en_long, plus_days, plus_months, us

FICT = "FICTIONAL SAMPLE - not a real notice. All names, numbers and addresses are invented."


def key(**kw):
    order = ["file", "_note", "patient_name", "member_id", "claim_number", "notice_date", "service_dates",
             "procedure_codes", "diagnosis_codes", "carc_codes", "denial_category", "plan_type", "urgent",
             "appeal_deadline", "deadline_basis", "appeals_address"]
    return {k: kw[k] for k in order if k in kw}


# ------------------------------------------------------------------------------------------------ 01
def c01(out):
    f = "01-selffunded-tpa-ketamine-photo-lowlight.jpg"
    nd, dob = "2026-11-12", "1979-11-14"
    sd = ["2026-10-20", "2026-10-23", "2026-10-27"]
    basis = "within 180 days after you receive this notice"
    addr = ("Halvorsen Fabrication Employee Health Plan, c/o Keystone Ridge Benefit Services, Appeals Unit, "
            "PO Box 48810, Millbrook Falls, WI 53999")
    p = R.Page()
    p.text(50, 58, "KEYSTONE RIDGE", 17, "serif", True)
    p.text(50, 72, "BENEFIT SERVICES", 10, "serif", True)
    p.text(562, 52, "2200 Commerce Parkway, Suite 400", 8, align="right")
    p.text(562, 62, "Millbrook Falls, WI 53998", 8, align="right")
    p.text(562, 72, "Claims questions: 1-800-555-0142", 8, align="right")
    p.line(50, 80, 562, 80, 1.2)
    p.text(306, 92, FICT, 7.5, align="center")
    p.text(50, 118, en_long(nd), 10)
    y = p.lines(50, 146, ["Renata Okafor-Lind", "4418 Juniper Hollow Rd", "Millbrook Falls, WI 53997"], 10)
    p.text(50, y + 14, "Administrator for: Halvorsen Fabrication Employee Health Plan (self-funded)", 9, bold=True)
    y = p.table(50, y + 24, [130, 125, 130, 127], [
        ["Member", "Member ID", "Claim number", "Date of birth"],
        ["Renata Okafor-Lind", "HFX-FICT-0447182", "KR2610-558314", us(dob)],
        ["Provider", "Claim received", "Group number", "Network status"],
        ["Lakeview Infusion Partners", "10/30/2026", "HFX-00310", "In network"],
    ], size=9, head_fill=0.82, bold_rows=(2,))
    y = p.para(50, y + 20, 512, "Dear Renata Okafor-Lind:", 10)
    y = p.para(50, y, 512,
               "We reviewed the claim your provider sent for the services listed below. The Plan will not pay "
               "for these services. A board-certified psychiatrist who reviews claims for the Plan looked at the "
               "records your provider sent with the claim.", 10)
    y = p.table(50, y, [78, 62, 62, 66, 66, 66, 112], [
        ["Service date", "Code", "Diagnosis", "Billed", "Allowed", "Plan paid", "Adjustment"],
        [us(sd[0]), "96365", "F33.2", "$650.00", "$0.00", "$0.00", "CO-50"],
        [us(sd[0]), "J3490", "F33.2", "$120.00", "$0.00", "$0.00", "CO-50"],
        [us(sd[1]), "96365", "F33.2", "$650.00", "$0.00", "$0.00", "CO-50"],
        [us(sd[1]), "J3490", "F33.2", "$120.00", "$0.00", "$0.00", "CO-50"],
        [us(sd[2]), "96365", "F33.2", "$650.00", "$0.00", "$0.00", "CO-50"],
        [us(sd[2]), "J3490", "F33.2", "$120.00", "$0.00", "$0.00", "CO-50"],
    ], size=8.5)
    p.text(50, y + 10, "CO-50: the Plan finds these services are not medically necessary.", 8)
    y = p.para(50, y + 28, 512,
               "Why we said no: Under the Plan's medical policy for intravenous ketamine (MP-214), the treatment "
               "is paid for treatment-resistant depression only when the records show at least two antidepressant "
               "trials of adequate dose and length in the current episode and a recent standardized severity "
               "score. The records we received list one trial (sertraline) and do not include a PHQ-9 or MADRS "
               "score from the last 30 days. For that reason these infusions are not medically necessary under "
               "the Plan's terms. You may ask for a free copy of MP-214 and of every document we relied on.", 10)
    y = p.para(50, y, 512,
               "Your right to appeal: You or someone you name may appeal this decision " + basis + ". Send "
               "your written appeal, with any records you want us to consider, to:", 10)
    y = p.lines(80, y, ["Halvorsen Fabrication Employee Health Plan", "c/o Keystone Ridge Benefit Services",
                        "Appeals Unit", "PO Box 48810", "Millbrook Falls, WI 53999"], 10, bold=False)
    y = p.para(50, y + 6, 512,
               "Please do not send appeals to our Commerce Parkway office shown above. If you are not satisfied "
               "with the final decision, you may ask for an independent external review and you may also bring "
               "a civil action under section 502(a) of ERISA.", 10)
    p.text(50, y + 6, "Claims Review Department, Keystone Ridge Benefit Services", 9)
    img = R.to_image(p, 200)
    ph = R.photo(img, 101, out=(2250, 3000), quad=[(0.07, 0.05), (0.93, 0.065), (0.955, 0.93), (0.05, 0.925)],
                 bow=16, light=(0.52, 0.35), cast=(1.0, 0.86, 0.66), angle=-1.4,
                 shadow=([(0.55, 0.0), (1.0, 0.0), (1.0, 0.55), (0.82, 0.3)], 0.55, 40),
                 thumb=(0.005, 0.58, 0.085, 0.11), table_edge=("bottom", 0.965), noise=7.5)
    ph.save(os.path.join(out, f), quality=80)
    k = key(file=f, _note="FICTIONAL: all people, plans, administrators, numbers and addresses are invented. "
            "Phone photo in low warm light of a self-funded employer plan's letter from its administrator "
            "(Keystone Ridge Benefit Services; plan: Halvorsen Fabrication Employee Health Plan). Facts in a "
            "boxed header table and a claim-line table; DOB two days after the notice; claim received date; "
            "letterhead office is not for appeals; 180 days counted from the notice date.",
            patient_name="Renata Okafor-Lind", member_id="HFX-FICT-0447182", claim_number="KR2610-558314",
            notice_date=nd, service_dates=sd, procedure_codes=["96365", "J3490"], diagnosis_codes=["F33.2"],
            carc_codes=["CO-50"], denial_category="medical_necessity", plan_type="employer_erisa", urgent=False,
            appeal_deadline=plus_days(nd, 180), deadline_basis=basis, appeals_address=addr)
    return k, p.plain_text(), ("days", 180)


# ------------------------------------------------------------------------------------------------ 02
def c02(out):
    f = "02-medicare-advantage-spravato-step-photo-angle.png"
    nd, dob = "2026-11-05", "1951-11-03"
    sd = ["2026-10-08", "2026-10-15"]
    basis = "within 65 days from the date of this notice"
    addr = "Lakeshore Senior Health Plans, Attention: Appeals and Grievances, PO Box 22075, Cedar Narrows, MI 49999"
    p = R.Page()
    p.text(50, 54, "Lakeshore Advantage Plus (HMO)", 14, bold=True)
    p.text(50, 67, "Lakeshore Senior Health Plans  |  Member Services 1-800-555-0118 (TTY 711)", 8.5)
    p.text(562, 54, FICT, 6.5, align="right")
    p.rect(50, 78, 512, 30, fill=0.88, stroke=None)
    p.text(306, 98, "Notice of Denial of Payment", 15, bold=True, align="center")
    p.kv(50, 128, [("Date:", en_long(nd)), ("Member number:", "LSA-FICT-99012834"),
                   ("Name:", "Harold T. Brennecke")], 105, 10)
    p.kv(330, 128, [("Date of birth:", us(dob)), ("Claim number:", "LSA-C-2610-448127"),
                    ("Provider:", "Northshore Mood Clinic")], 90, 10)
    y = p.para(50, 184, 512,
               "We have denied payment for the medical services listed below that you received from Northshore "
               "Mood Clinic. Your provider billed us for the services on these dates:", 10)
    y = p.table(50, y, [95, 80, 90, 247], [
        ["Date of service", "Code", "Diagnosis", "What was billed"],
        [us(sd[0]), "G2083", "F33.2", "Esketamine nasal spray, supervised in the office"],
        [us(sd[1]), "G2083", "F33.2", "Esketamine nasal spray, supervised in the office"],
    ], size=9)
    p.text(50, y + 22, "Why did we deny payment?", 11, bold=True)
    y = p.para(50, y + 38, 512,
               "Spravato (esketamine) is a Part B drug on our step therapy list. Before we pay for it, our "
               "coverage rules ask that you first try an oral antidepressant together with an augmenting drug "
               "(for example aripiprazole or lithium) for at least 6 weeks. We did not find that step in your "
               "records or a request for an exception from your doctor before these visits. Because the step "
               "therapy requirement was not met, we denied payment.", 10)
    p.text(50, y + 6, "You have the right to appeal our decision", 11, bold=True)
    y = p.para(50, y + 22, 512,
               "You have the right to ask Lakeshore Advantage Plus to review this decision. This is called a "
               "reconsideration. If you want to appeal, you must ask for one " + basis + ". We can give you more "
               "time if you have a good reason for missing the deadline.", 10)
    y = p.para(50, y, 512, "How to ask for a reconsideration. Mail or fax your written request to:", 10)
    y = p.lines(80, y, ["Lakeshore Senior Health Plans", "Attention: Appeals and Grievances", "PO Box 22075",
                        "Cedar Narrows, MI 49999"], 10)
    y = p.para(50, y + 6, 512,
               "Fax: 1-800-555-0119. Our Member Services office at 615 Harbor Street is for questions only; "
               "please do not mail appeals there. Payment appeals are not expedited. If we keep our denial, we "
               "will send your case to an independent review organization for you.", 10)
    p.text(306, 770, "Form CMS-10003-NDMCP (adapted)   Page 1 of 1", 7, align="center")
    img = R.to_image(p, 170)
    ph = R.photo(img, 202, out=(1760, 2150), quad=[(0.12, 0.05), (0.86, 0.09), (0.96, 0.96), (0.02, 0.93)],
                 bow=8, light=(0.62, 0.25), cast=(0.84, 0.9, 1.0), angle=2.0, table=(70, 72, 78),
                 shadow=([(0.0, 0.42), (0.62, 0.38), (0.66, 0.62), (0.0, 0.7)], 0.66, 28),
                 table_edge=("right", 0.975), noise=6.5)
    ph.save(os.path.join(out, f), optimize=True)
    k = key(file=f, _note="FICTIONAL: all people, plans, numbers and addresses are invented. Phone photo (PNG) of a "
            "Medicare Advantage payment denial held at a slant in bluish evening light, the phone's shadow across "
            "the middle. Labels in two columns (DOB in the right column, two days before the notice); services in "
            "a table; Member Services office not for appeals.",
            patient_name="Harold T. Brennecke", member_id="LSA-FICT-99012834", claim_number="LSA-C-2610-448127",
            notice_date=nd, service_dates=sd, procedure_codes=["G2083"], diagnosis_codes=["F33.2"],
            denial_category="step_therapy", plan_type="medicare_advantage", urgent=False,
            appeal_deadline=plus_days(nd, 65), deadline_basis=basis, appeals_address=addr)
    return k, p.plain_text(), ("days", 65)


# ------------------------------------------------------------------------------------------------ 03
def c03(out):
    f = "03-fehb-tms-fax-rescanned.pdf"
    nd = "2026-11-18"
    sd = ["2026-10-05", "2026-10-06", "2026-10-07", "2026-10-08", "2026-10-09"]
    basis = "within 6 months from the date of this letter"
    addr = ("Pinecrest Federal Employees Health Association, Reconsideration Unit, 77 Larchmont Avenue, "
            "Mail Stop R-4, Alder Crossing, VA 22999")
    p1 = R.Page()
    p1.text(50, 60, "Pinecrest Federal Employees Health Association", 13, "serif", True)
    p1.text(50, 74, "A health benefits plan for federal employees, annuitants and their families", 8.5, "serif")
    p1.text(50, 86, "Claims: PO Box 3300, Alder Crossing, VA 22998   |   1-800-555-0177", 8.5, "serif")
    p1.text(50, 100, FICT, 7, "serif")
    p1.text(50, 120, en_long(nd), 11, "serif")
    y = p1.lines(50, 146, ["Lucinda M. Oyelaran", "2907 Quarry Bend Ct", "Alder Crossing, VA 22997"], 11, "serif")
    y = p1.kv(50, y + 16, [("Enrollee:", "Lucinda M. Oyelaran"), ("ID number:", "PFH-FICT-31048876"),
                           ("Claim:", "26-301-77419-0"), ("Provider:", "Birchwood TMS Center")], 90, 11, "serif")
    y = p1.para(50, y + 8, 512, "Dear Ms. Oyelaran:", 11, "serif")
    y = p1.para(50, y, 512,
                "We have completed our review of the claim from Birchwood TMS Center for transcranial magnetic "
                "stimulation. We are unable to pay the services below.", 11, "serif")
    y = p1.table(50, y, [110, 70, 80, 90, 162], [
        ["Date", "Code", "Diagnosis", "Charge", "Decision"],
        [us(sd[0]), "90867", "F33.1", "$425.00", "Not covered"],
        [us(sd[1]), "90868", "F33.1", "$310.00", "Not covered"],
        [us(sd[2]), "90868", "F33.1", "$310.00", "Not covered"],
        [us(sd[3]), "90868", "F33.1", "$310.00", "Not covered"],
        [us(sd[4]), "90868", "F33.1", "$310.00", "Not covered"],
    ], size=10, font="serif")
    y = p1.para(50, y + 14, 512,
                "Reason: Our medical director reviewed the records. The plan's brochure covers TMS for major "
                "depression when four antidepressant trials from at least two classes have failed in the current "
                "episode, or the member could not tolerate them. The records show two trials (escitalopram and "
                "bupropion). The services are therefore not medically necessary as the brochure defines it.", 11,
                "serif")
    p1.text(306, 770, "Page 1 of 2", 9, "serif", align="center")
    p2 = R.Page()
    p2.text(50, 60, "Lucinda M. Oyelaran  -  Claim 26-301-77419-0  -  page 2", 9, "serif")
    p2.text(50, 72, FICT, 7, "serif")
    p2.text(50, 92, "If you disagree with our decision", 12, "serif", True)
    y = p2.para(50, 112, 512,
                "You may ask us in writing to reconsider our initial decision. You must write to us " + basis +
                ". Explain why you believe our decision is wrong and send copies of any records that support "
                "your request, such as a letter from your doctor and your treatment history. Send your request "
                "to:", 11, "serif")
    y = p2.lines(90, y, ["Pinecrest Federal Employees Health Association", "Reconsideration Unit",
                         "77 Larchmont Avenue, Mail Stop R-4", "Alder Crossing, VA 22999"], 11, "serif")
    y = p2.para(50, y + 8, 512,
                "Do not send your request to the claims post office box shown at the top of page 1. We will "
                "answer within 30 days of receiving your request. If we maintain our denial, you may ask the "
                "Office of Personnel Management to review it within 90 days of our reconsideration decision.",
                11, "serif")
    y = p2.para(50, y, 512, "Sincerely,", 11, "serif")
    y = p2.para(50, y + 12, 512, "Claims Review, Pinecrest Federal Employees Health Association", 11, "serif")
    p2.text(306, 770, "Page 2 of 2", 9, "serif", align="center")
    h1 = "NOV-19-2026 09:14       PFEHA CLAIMS         555 0177        P.{}/2"
    h2 = "11/24/2026 15:02  FROM: BIRCHWOOD TMS CTR  TO: 5550136  P{}"
    frames = []
    for i, pg in enumerate([p1, p2]):
        fx = R.fax(pg, 303 + i, h1.format(i + 1), mode="standard", extra_header=None)
        # the clinic sent the received fax on: its header goes on top of the first one
        fx = fx.convert("L")
        top = Image.new("L", (fx.width, 20), 255)
        R.fax_header(top, h2.format(i + 1), px=20, y=0)
        both = Image.new("L", (fx.width, fx.height + 20), 255)
        both.paste(top, (0, 0))
        both.paste(fx, (0, 20))
        both = both.point(lambda v: 255 if v > 128 else 0).convert("1")
        frames.append(R.rescan_fax(both, "standard", 313 + i, angle=[0.8, -0.6][i]))
    R.save_pdf_images(frames, os.path.join(out, f), dpi=200)
    txt = p1.plain_text() + "\n" + p2.plain_text() + "\n" + h1 + "\n" + h2
    k = key(file=f, _note="FICTIONAL: all people, plans, numbers and addresses are invented. FEHB carrier's letter "
            "faxed to the clinic in standard mode, faxed on by the clinic (a second header line above the first), "
            "printed and scanned grey into an image-only PDF of 2 pages. Five sessions in a table; the window and "
            "address on page 2; claims PO box not for appeals; OPM's 90 days is the next level, not the window; "
            "6 calendar months.",
            patient_name="Lucinda M. Oyelaran", member_id="PFH-FICT-31048876", claim_number="26-301-77419-0",
            notice_date=nd, service_dates=sd, procedure_codes=["90867", "90868"], diagnosis_codes=["F33.1"],
            denial_category="medical_necessity", plan_type="fehb", urgent=False,
            appeal_deadline=plus_months(nd, 6), deadline_basis=basis, appeals_address=addr)
    return k, txt, ("months", 6)


# ------------------------------------------------------------------------------------------------ 04
def c04(out):
    f = "04-marketplace-eob-four-claims-sidebar.pdf"
    nd = "2026-11-09"
    sd = ["2026-10-14", "2026-10-21"]
    basis = "180 days from the date you receive this statement"
    addr = "Meridian Crest Health, Attn: Member Appeals, PO Box 30917, Harlan Springs, KY 40999"
    p = R.Page()
    p.rect(0, 0, 612, 52, fill=0.2, stroke=None)
    p.text(40, 32, "MERIDIAN CREST HEALTH", 16, bold=True, color=1.0)
    p.text(572, 24, "Explanation of Benefits", 11, bold=True, align="right", color=1.0)
    p.text(572, 38, "THIS IS NOT A BILL", 9, align="right", color=1.0)
    p.text(306, 64, FICT, 7, align="center")
    # left sidebar
    p.rect(30, 76, 170, 690, fill=0.93, stroke=None)
    y = p.lines(40, 96, [("Member",), "Joaquin Tellerman", "", ("Member ID",), "MCH-FICT-24561807", "",
                         ("Plan",), "Meridian Crest Silver 2500", "EPO (Marketplace)", "", ("Statement date",),
                         en_long(nd), "", ("Claims processed",), "10/01/2026 - 10/31/2026", ""], 9)
    y = p.lines(40, y, [("Plan year 2026 so far",), "Deductible met: $1,940.00", "  of $2,500.00",
                        "Out-of-pocket met: $2,611.45", "  of $7,800.00", ""], 8.5)
    y = p.lines(40, y, [("Questions?",), "1-800-555-0165", "meridiancrest.example", ""], 8.5)
    y = p.lines(40, y, [("Send claims to",), "Meridian Crest Health", "Claims Department", "PO Box 30900",
                        "Harlan Springs, KY 40998", "(claims only)"], 8.5)
    # right: claims
    x = 214
    p.text(x, 96, "Your claims this period", 12, bold=True)
    y = p.para(x, 112, 360, "Amounts are in dollars. Adjustment codes are explained at the bottom of this page.", 8.5)
    rows = [["Claim / Provider", "Service date", "Code", "Billed", "Plan paid", "You owe", "Adj."],
            ["MC-2610-87993021 Dr. Amelia Frost (in network)", "10/02/2026", "99214", "210.00", "96.40", "40.00",
             "CO-45"],
            ["MC-2610-88011450 Harlan Springs Lab (in network)", "10/09/2026", "80053", "58.00", "21.10", "0.00",
             "CO-45"],
            ["MC-2610-88200417 Quiet Harbor Counseling LLC (out of network)", us(sd[0]), "90837", "220.00", "0.00",
             "220.00", "CO-242"],
            ["", us(sd[1]), "90837", "220.00", "0.00", "220.00", "CO-242"],
            ["MC-2610-88300112 Dr. Ines Vallejo, LCSW (in network)", "10/28/2026", "90834", "165.00", "103.20",
             "30.00", "CO-45"]]
    y = p.table(x, y, [112, 58, 38, 42, 42, 42, 42], rows, size=7.5, head_fill=0.8)
    y = p.para(x, y + 10, 358, "Diagnosis codes on these claims: MC-2610-87993021 I10; MC-2610-88011450 E78.5; "
               "MC-2610-88200417 F41.1; MC-2610-88300112 F41.1.", 8)
    p.text(x, y + 6, "About claim MC-2610-88200417", 11, bold=True)
    y = p.para(x, y + 22, 358,
               "Your plan is an EPO. It pays for care from providers outside the Meridian Crest network only in an "
               "emergency or when we approved it before the visit. Quiet Harbor Counseling LLC is not in the "
               "network and we have no approval on file, so we did not pay the two therapy sessions on this claim. "
               "The provider may bill you for them. If no in-network therapist could see you within a reasonable "
               "time, tell us in your appeal which ones you tried.", 9)
    p.rect(x - 4, y, 362, 104, fill=None, stroke=0.0, lw=1.0)
    p.text(x + 4, y + 15, "How to appeal", 10.5, bold=True)
    y2 = p.para(x + 4, y + 30, 350,
                "You have " + basis + " to file an appeal. Write to us, say which claim you disagree with and why, "
                "and include any records. Mail it to Meridian Crest Health, Attn: Member Appeals, PO Box 30917, "
                "Harlan Springs, KY 40999. You can also ask for help from your state's consumer assistance "
                "program.", 9)
    y = y + 116
    y = p.para(x, y, 358, "Adjustment codes: CO-45: charge is more than the allowed amount for a network "
               "provider; you do not owe it. CO-242: the provider is not in your plan's network.", 8)
    p.text(306, 780, "Page 1 of 1   MCH EOB v7   " + FICT, 6.5, align="center")
    R.to_pdf([p], os.path.join(out, f))
    k = key(file=f, _note="FICTIONAL: all people, plans, numbers and addresses are invented. Marketplace EPO's "
            "explanation of benefits (text PDF) with a shaded sidebar of member facts beside a table of four "
            "claims; only MC-2610-88200417 (two rows, the second without a claim number) is denied; the paid "
            "claims' dates, codes and CO-45 are not in the key. Claims PO box in the sidebar not for appeals; "
            "address inside a sentence; processed period beside the statement date.",
            patient_name="Joaquin Tellerman", member_id="MCH-FICT-24561807", claim_number="MC-2610-88200417",
            notice_date=nd, service_dates=sd, procedure_codes=["90837"], diagnosis_codes=["F41.1"],
            carc_codes=["CO-242"], denial_category="out_of_network", plan_type="individual_aca", urgent=False,
            appeal_deadline=plus_days(nd, 180), deadline_basis=basis, appeals_address=addr)
    return k, None, ("days", 180)


# ------------------------------------------------------------------------------------------------ 05
def c05(out):
    f = "05-tricare-ect-provider-fax-fine.tif"
    nd = "2026-11-16"
    sd = ["2026-10-13", "2026-10-15", "2026-10-20"]
    basis = "within 90 days from the date of this notice"
    addr = ("Tidewater Military Health Services, Attn: TRICARE East Reconsiderations, PO Box 70344, "
            "Carroll Bluff, SC 29999")
    cover = R.Page()
    cover.text(50, 70, "FAX", 30, bold=True)
    cover.text(562, 70, FICT, 7, align="right")
    cover.line(50, 82, 562, 82, 2)
    cover.kv(50, 116, [("Date:", "11/19/2026"), ("To:", "Dr. Priya Raman / Harborview Neuromodulation Clinic"),
                       ("Fax:", "555-0124"), ("From:", "Tidewater Military Health Services, Provider Services"),
                       ("Phone:", "1-877-555-0150"), ("Pages:", "2 including cover"),
                       ("Re:", "Claim determination, copy requested by your office")], 70, 12)
    cover.para(50, 260, 512, "CONFIDENTIALITY: This fax may contain protected health information. If you "
               "received it in error, call the sender and destroy it.", 10)
    p = R.Page()
    p.text(50, 58, "Tidewater Military Health Services", 14, bold=True)
    p.text(50, 71, "TRICARE East Region contractor  |  PO Box 70100, Carroll Bluff, SC 29998 (claims)", 8.5)
    p.text(562, 58, FICT, 6.5, align="right")
    p.text(50, 100, "Date of notice: " + us(nd), 10)
    y = p.lines(50, 124, ["Harborview Neuromodulation Clinic", "Attn: Priya Raman, MD", "18 Seawall Road, Suite 2",
                          "Carroll Bluff, SC 29997"], 10)
    y = p.table(50, y + 12, [170, 342], [
        ["Beneficiary", "Colton J. Reyes-Whitaker (dependent, age 19)"],
        ["DoD Benefits Number", "FICT-4471-9023-11"],
        ["Sponsor", "Marcus A. Whitaker  (sponsor DoD ID 1290447718)"],
        ["Claim number", "TE26-3185-04427"],
        ["Diagnosis", "F32.3"],
    ], size=9.5, header=False)
    y = p.para(50, y + 16, 512, "Dear Dr. Raman:", 10)
    y = p.para(50, y, 512,
               "We denied the claim above for electroconvulsive therapy. TRICARE requires an approved "
               "authorization before ECT is given outside an inpatient stay. We have no authorization on file "
               "for these dates, and none was requested before treatment began.", 10)
    y = p.table(50, y, [110, 70, 80, 252], [["Service date", "Code", "Billed", "Status"],
                                           [us(sd[0]), "90870", "$780.00", "Denied: no authorization"],
                                           [us(sd[1]), "90870", "$780.00", "Denied: no authorization"],
                                           [us(sd[2]), "90870", "$780.00", "Denied: no authorization"]], size=9.5)
    y = p.para(50, y + 14, 512,
               "Reconsideration: You, the beneficiary or a representative may ask for a reconsideration. The "
               "request must be postmarked or received " + basis + ". Include a copy of this notice, the "
               "treatment records and the reason ECT could not wait for an authorization. Mail it to:", 10)
    y = p.lines(80, y, ["Tidewater Military Health Services", "Attn: TRICARE East Reconsiderations",
                        "PO Box 70344", "Carroll Bluff, SC 29999"], 10)
    y = p.para(50, y + 6, 512,
               "Do not send reconsideration requests to the claims address above. A copy of this notice was "
               "mailed to the beneficiary.", 10)
    h = "11/19/2026 08:47 FAX 555 0150   TIDEWATER MIL HLTH SVCS     P.{}/2"
    frames = [R.fax(pg, 505 + i, h.format(i + 1), mode="fine") for i, pg in enumerate([cover, p])]
    R.save_tiff(frames, os.path.join(out, f), mode="fine")
    txt = cover.plain_text() + "\n" + p.plain_text() + "\n" + h
    k = key(file=f, _note="FICTIONAL: all people, plans, numbers and addresses are invented. TRICARE regional "
            "contractor's claim denial to the provider, received as a Group 4 fax TIFF in fine mode: a cover sheet "
            "dated three days later, then the notice. Beneficiary is the sponsor's son (DoD Benefits Number; the "
            "sponsor's DoD ID is not the member ID); facts in a borderless label/value grid; claims PO box not for "
            "reconsiderations.",
            patient_name="Colton J. Reyes-Whitaker", member_id="FICT-4471-9023-11", claim_number="TE26-3185-04427",
            notice_date=nd, service_dates=sd, procedure_codes=["90870"], diagnosis_codes=["F32.3"],
            denial_category="prior_authorization", plan_type="tricare", urgent=False,
            appeal_deadline=plus_days(nd, 90), deadline_basis=basis, appeals_address=addr)
    return k, txt, ("days", 90)


# ------------------------------------------------------------------------------------------------ 06
def c06(out):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    f = "06-part-d-pregabalin-step-docx.docx"
    nd, dob = "2026-11-04", "1948-11-06"
    basis = "within 65 days from the date of this notice"
    addr = "Cedar Valley Senior Rx, Attn: Part D Redeterminations, PO Box 61420, Tolland Ridge, AZ 85999"

    def shade(cell, hexcol):
        tcPr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), hexcol)
        tcPr.append(shd)

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10.5)
    d.sections[0].footer.paragraphs[0].text = FICT + "  Y0099_FICT_ND26 (adapted)"
    h = d.add_paragraph()
    r = h.add_run("Cedar Valley Senior Rx (PDP)")
    r.bold = True
    r.font.size = Pt(15)
    d.add_paragraph("Pharmacy help desk 1-888-555-0171 (TTY 711), 8 a.m. to 8 p.m., 7 days a week")
    t = d.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run("NOTICE OF DENIAL OF MEDICARE PRESCRIPTION DRUG COVERAGE")
    r.bold = True
    r.font.size = Pt(13)
    tb = d.add_table(rows=4, cols=4)
    tb.style = "Table Grid"
    cells = [("Date of this notice", en_long(nd), "Case number", "CD-2026-1104-5521"),
             ("Enrollee's name", "Eleanor V. Pruitt", "Member ID", "CVR-FICT-50228817"),
             ("Date of birth", us(dob), "Request received", "11/02/2026"),
             ("Prescriber", "Tomas Greer, MD", "Request type", "Coverage determination (standard)")]
    for i, row in enumerate(cells):
        for j, v in enumerate(row):
            c = tb.cell(i, j)
            c.text = v
            if j % 2 == 0:
                shade(c, "D9D9D9")
                c.paragraphs[0].runs[0].bold = True
    d.add_paragraph("")
    d.add_paragraph("Dear Eleanor V. Pruitt:")
    d.add_paragraph(
        "We denied your request for the drug listed below. Our pharmacist reviewed the request your "
        "prescriber sent us and the information with it.")
    t2 = d.add_table(rows=2, cols=3)
    t2.style = "Table Grid"
    for j, v in enumerate(["Drug you asked for", "Quantity", "Our decision"]):
        t2.cell(0, j).text = v
        shade(t2.cell(0, j), "D9D9D9")
    for j, v in enumerate(["pregabalin extended-release 165 mg tablets", "30 tablets / 30 days",
                           "Denied (step therapy)"]):
        t2.cell(1, j).text = v
    d.add_paragraph("")
    p = d.add_paragraph()
    p.add_run("Why we denied your request. ").bold = True
    p.add_run(
        "This drug is on our Drug List with a step therapy requirement. Before we cover it, our records must "
        "show that you tried gabapentin and duloxetine, or that your prescriber told us why you cannot take "
        "them. Our pharmacy claims show no fill of either drug in the last 365 days, and your prescriber's "
        "request did not say that you tried them elsewhere or could not take them. Your prescriber can ask for "
        "an exception if the required drugs would not work as well for you or would harm you.")
    p = d.add_paragraph()
    p.add_run("You have the right to ask us to review our decision. ").bold = True
    p.add_run(
        "Asking us to review our decision is called a redetermination. You must ask for a redetermination " +
        basis + ". If you miss the deadline, tell us why and we may give you more time. If your health could "
        "be seriously harmed by waiting, you or your prescriber can ask for a fast (expedited) redetermination "
        "by phone.")
    d.add_paragraph("Send your written request for a standard redetermination to:")
    for ln in ["Cedar Valley Senior Rx", "Attn: Part D Redeterminations", "PO Box 61420", "Tolland Ridge, AZ 85999"]:
        q = d.add_paragraph(ln)
        q.paragraph_format.left_indent = Pt(36)
        q.paragraph_format.space_after = Pt(0)
    d.add_paragraph("")
    d.add_paragraph(
        "Pharmacy claims and paper receipts go to Cedar Valley Senior Rx, Pharmacy Claims, PO Box 61400, "
        "Tolland Ridge, AZ 85998. That address cannot accept appeals.")
    d.add_paragraph("Cedar Valley Senior Rx is a Medicare-approved Part D sponsor. Plan pharmacist: R. Okonjo, PharmD")
    d.save(os.path.join(out, f))
    k = key(file=f, _note="FICTIONAL: all people, plans, numbers and addresses are invented. Part D coverage "
            "determination denial in Word: a shaded 4 x 4 header table (notice date, case number, DOB two days "
            "after, request received two days before); the drug in a second table; no service dates, procedure or "
            "diagnosis codes (keys left out); case number as the claim number; pharmacy claims box not for appeals.",
            patient_name="Eleanor V. Pruitt", member_id="CVR-FICT-50228817", claim_number="CD-2026-1104-5521",
            notice_date=nd, denial_category="step_therapy", plan_type="medicare_part_d", urgent=False,
            appeal_deadline=plus_days(nd, 65), deadline_basis=basis, appeals_address=addr)
    return k, None, ("days", 65)


# ------------------------------------------------------------------------------------------------ 07
def c07(out):
    f = "07-medicare-summary-notice-facet-photo-folded.jpg"
    nd = "2026-11-20"
    sd = ["2026-10-22"]
    dl = plus_days(nd, 120)
    basis = "your appeal must be received by " + en_long(dl)
    addr = "Prairie Gate Medicare Services, Part B Redeterminations, PO Box 44120, Fenwick Hollow, IA 50999"
    p = R.Page()
    p.text(50, 50, "Medicare Summary Notice", 18, bold=True)
    p.text(50, 64, "for Part B (Medical Insurance)", 11)
    p.text(562, 50, FICT, 6.5, align="right")
    p.rect(370, 60, 192, 58, fill=None, stroke=0.0, lw=1)
    p.kv(376, 74, [("Notice for", "Walter P. Cusimano"), ("Medicare Number", "1FT4-FICT-K29"),
                   ("Date of this notice", en_long(nd))], 92, 8)
    p.text(50, 86, "Claims processed between", 9)
    p.text(50, 98, "August 19 - November 18, 2026", 9, bold=True)
    p.rect(50, 128, 512, 62, fill=0.9, stroke=None)
    p.text(58, 144, "If you disagree with a claims decision", 11, bold=True)
    p.para(58, 160, 495, "You can file an appeal. Read page 2 of this notice for how. Your deadline: " + basis + ".",
           9.5)
    p.text(50, 212, "Your Claims for Part B (Medical Insurance)", 12, bold=True)
    y = p.para(50, 228, 512, "Part B covers doctors' services and outpatient care. In the table, \"Approved?\" says "
               "whether Medicare covered the service. See the Notes letters below the table.", 9)
    p.text(50, y + 4, "Cornfield Family Medicine, (555) 555-0108", 9.5, bold=True)
    p.text(50, y + 16, "Service provided by: Dr. Ruth Amsel   Claim number: 12-26310-445-220", 8.5)
    y = p.table(50, y + 22, [90, 190, 60, 56, 56, 60], [
        ["Service date", "Service", "Approved?", "Charged", "Approved", "You may be billed"],
        ["10/09/2026", "Office visit, established patient (99214)", "Yes", "$190.00", "$128.40", "$25.68"],
    ], size=8.5)
    p.text(50, y + 18, "Ridgeview Spine & Pain Center, (555) 555-0109", 9.5, bold=True)
    p.text(50, y + 30, "Service provided by: Dr. Kofi Mensah   Claim number: 12-26309-812-337", 8.5)
    y = p.table(50, y + 36, [90, 190, 60, 56, 56, 60], [
        ["Service date", "Service", "Approved?", "Charged", "Approved", "You may be billed"],
        [us(sd[0]), "Facet joint injection, lumbar, first level (64493)", "No A", "$1,150.00", "$0.00", "$0.00"],
        [us(sd[0]), "Facet joint injection, lumbar, second level (64494)", "No A", "$540.00", "$0.00", "$0.00"],
    ], size=8.5)
    y = p.para(50, y + 12, 512,
               "Notes A: Medicare does not pay for this service because the records do not show it was "
               "reasonable and necessary under the local coverage rules for facet joint procedures (the "
               "pain had not lasted 3 months with conservative care documented). The provider may not bill "
               "you for it unless you signed a written notice before the service.", 9)
    p.text(50, y + 8, "How to appeal (page 2)", 12, bold=True)
    y = p.para(50, y + 24, 512,
               "Circle the service you disagree with, explain why on this notice or on a separate page, sign it, "
               "and send it with any records to the Medicare contractor that handled your claim:", 9.5)
    y = p.lines(80, y, ["Prairie Gate Medicare Services", "Part B Redeterminations", "PO Box 44120",
                        "Fenwick Hollow, IA 50999"], 9.5)
    p.para(50, y + 6, 512, "Keep a copy for your records. If you need help, call 1-800-MEDICARE or your "
           "State Health Insurance Assistance Program at 1-877-555-0111.", 9)
    img = R.to_image(p, 200)
    # a tri-fold mailer: the sheet keeps two creases, lit from the left in tungsten light
    ph = R.photo(img, 707, out=(2250, 3000), quad=[(0.06, 0.07), (0.95, 0.05), (0.93, 0.95), (0.08, 0.96)],
                 bow=6, light=(0.72, 0.3), cast=(1.0, 0.83, 0.6), angle=0.8, table=(140, 120, 96),
                 shadow=([(0.0, 0.33), (1.0, 0.325), (1.0, 0.345), (0.0, 0.35)], 0.7, 6), noise=6)
    ph2 = R.photo(img, 708, out=(2250, 3000), quad=[(0.06, 0.07), (0.95, 0.05), (0.93, 0.95), (0.08, 0.96)],
                  bow=6, light=(0.72, 0.3), cast=(1.0, 0.83, 0.6), angle=0.8, table=(140, 120, 96),
                  shadow=([(0.0, 0.655), (1.0, 0.645), (1.0, 0.67), (0.0, 0.68)], 0.72, 8), noise=6)
    # keep the second crease from the second rendering (same geometry, different shadow band)
    import numpy as np
    a, b = np.asarray(ph).astype(np.int16), np.asarray(ph2).astype(np.int16)
    m = np.zeros(a.shape[:2], bool)
    m[int(0.58 * 3000):, :] = True
    a[m] = b[m]
    Image.fromarray(a.clip(0, 255).astype("uint8")).save(os.path.join(out, f), quality=82)
    k = key(file=f, _note="FICTIONAL: all people, plans, contractors, numbers and addresses are invented. Phone "
            "photo of an Original Medicare summary notice (tri-fold creases, tungsten light): two providers' "
            "claims, one approved (99214, not in the key) and one denied (64493, 64494). The MSN prints no "
            "diagnosis code (key left out) and states the appeal deadline as a date (notice date + 120 days); the "
            "claims-processed period sits beside the notice date.",
            patient_name="Walter P. Cusimano", member_id="1FT4-FICT-K29", claim_number="12-26309-812-337",
            notice_date=nd, service_dates=sd, procedure_codes=["64493", "64494"],
            denial_category="medical_necessity", plan_type="medicare", urgent=False,
            appeal_deadline=dl, deadline_basis=basis, appeals_address=addr)
    return k, p.plain_text(), ("stated", dl)


# ------------------------------------------------------------------------------------------------ 08
def c08(out):
    f = "08-county-plan-ect-forwarded-email.eml"
    nd, dob = "2026-11-10", "1961-11-08"
    sd = ["2026-10-19", "2026-10-26"]
    basis = "within 180 calendar days after you receive this notice"
    addr = ("Oakmont County Employees Health Plan, Appeals Coordinator, 1 Civic Center Plaza, Room 310, "
            "Bellhaven, OR 97999")
    quoted = [
        "Oakmont County Employees Health Plan",
        "Notice of Adverse Benefit Determination",
        FICT,
        "",
        "Date: " + en_long(nd),
        "",
        "Subscriber: Sandra Kowalczyk",
        "Patient: Gregory Kowalczyk (spouse)",
        "Patient ID: OCE-FICT-662014-02      Patient DOB: " + us(dob),
        "Claim #: OC26-1027-33159",
        "Provider: Columbia Ridge Behavioral Health",
        "",
        "Services reviewed:",
        "  " + us(sd[0]) + "   90870   maintenance electroconvulsive therapy   Dx F33.2",
        "  " + us(sd[1]) + "   90870   maintenance electroconvulsive therapy   Dx F33.2",
        "",
        "Decision: Denied. Not medically necessary.",
        "",
        "The Plan covers maintenance ECT when the records show that the acute course brought",
        "remission and that relapse followed or is expected without it. The records we received",
        "describe the acute course but not the response to it, and no depression rating after",
        "the course was sent. A psychiatrist reviewed the claim for the Plan. You may ask for the",
        "criteria and the reviewer's notes free of charge.",
        "",
        "How to appeal: You may file an appeal " + basis + ". Write to:",
        "",
        "  Oakmont County Employees Health Plan",
        "  Appeals Coordinator",
        "  1 Civic Center Plaza, Room 310",
        "  Bellhaven, OR 97999",
        "",
        "The Benefits Office on the 2nd floor handles enrollment only; please do not bring appeals",
        "there. After the Plan's final decision you may ask for external review by an independent",
        "review organization within 4 months.",
    ]
    top = [
        "Hi Denise,",
        "",
        "This is the message the county plan sent me about Greg's ECT. We didn't see it until",
        "last week because it went to the portal and not to our house. Our appointment with you is",
        "Dec 1 at 10. I also have the paper EOB from October if you need it.",
        "",
        "Thank you so much,",
        "Sandra",
        "",
        "---------- Forwarded message ---------",
        "From: Oakmont County Health Plan <no-reply@oakmontcounty-plan.example>",
        "Date: Tue, Nov 10, 2026 at 4:12 PM",
        "Subject: Your claim decision OC26-1027-33159",
        "To: Sandra Kowalczyk <skowalczyk@mailbox.example>",
        "",
    ]
    body = "\n".join(top + ["> " + ln if ln else ">" for ln in quoted]) + "\n"
    R.eml(os.path.join(out, f), [
        ("From", "Sandra Kowalczyk <skowalczyk@mailbox.example>"),
        ("To", "Denise Alvarado <dalvarado@patientadvocates.example>"),
        ("Subject", "Fwd: Your claim decision OC26-1027-33159"),
        ("Date", "Mon, 23 Nov 2026 20:41:07 -0800"),
        ("Message-ID", "<fict-0823-intake16@mailbox.example>"),
        ("X-Note", "FICTIONAL sample message"),
    ], plain=body, cte_plain="quoted-printable")
    k = key(file=f, _note="FICTIONAL: all people, plans, numbers and addresses are invented. A county employees' "
            "plan's notice, forwarded by the subscriber to her advocate as plain text with every quoted line "
            "prefixed by '> '; the patient is her spouse (his own -02 ID, DOB two days before the notice). The "
            "e-mail's Date and the forward note's dates are not the notice's; the Benefits Office is not for "
            "appeals; 180 days counted from the notice date.",
            patient_name="Gregory Kowalczyk", member_id="OCE-FICT-662014-02", claim_number="OC26-1027-33159",
            notice_date=nd, service_dates=sd, procedure_codes=["90870"], diagnosis_codes=["F33.2"],
            denial_category="medical_necessity", plan_type="governmental", urgent=False,
            appeal_deadline=plus_days(nd, 180), deadline_basis=basis, appeals_address=addr)
    return k, None, ("days", 180)


# ------------------------------------------------------------------------------------------------ 09
def c09(out):
    f = "09-chip-family-therapy-boxed-scan.pdf"
    nd, dob = "2026-11-13", "2014-11-15"
    sd = ["2026-10-07", "2026-10-14", "2026-10-21", "2026-10-28"]
    basis = "within 60 days from the date on this notice"
    addr = ("KidsCare Plus, Grievance and Appeals Department, 455 Mesa Verde Drive, Suite 120, Copper Flats, "
            "UT 84999")
    p = R.Page()
    p.rect(40, 36, 532, 56, fill=None, stroke=0.0, lw=1.5)
    p.text(52, 60, "KidsCare Plus", 18, bold=True)
    p.text(52, 78, "Children's Health Insurance Program (CHIP)", 9.5)
    p.text(562, 56, "PO Box 5510, Copper Flats, UT 84998", 8, align="right")
    p.text(562, 68, "Member line 1-866-555-0127", 8, align="right")
    p.text(562, 80, FICT, 6.5, align="right")
    p.text(306, 118, "NOTICE OF ADVERSE BENEFIT DETERMINATION", 13, bold=True, align="center")
    # two boxes side by side
    p.rect(40, 130, 260, 112, fill=None, stroke=0.0, lw=1)
    p.rect(312, 130, 260, 112, fill=None, stroke=0.0, lw=1)
    p.text(48, 146, "MAILED TO", 8.5, bold=True)
    p.lines(48, 162, ["Andrea Calloway", "(parent or guardian of the member)", "77 Sandstone Loop",
                      "Copper Flats, UT 84997"], 9.5)
    p.text(320, 146, "ABOUT THIS NOTICE", 8.5, bold=True)
    p.kv(320, 162, [("Notice date:", en_long(nd)), ("Member:", "Mateo Ruiz-Calloway"),
                    ("Member ID:", "KCP-FICT-20417755"), ("Date of birth:", us(dob)),
                    ("Claim number:", "2026-CH-0917733")], 82, 9.5)
    y = p.para(40, 266, 532, "Dear Andrea Calloway:", 10)
    y = p.para(40, y, 532,
               "KidsCare Plus has denied payment for services your child, Mateo, received from Red Butte Family "
               "Therapy. The services and our decision are in the table below.", 10)
    y = p.table(40, y, [96, 62, 78, 296], [
        ["Service date", "Code", "Diagnosis", "What we decided"],
        [us(sd[0]), "90847", "F43.23", "Denied - prior authorization was required"],
        [us(sd[1]), "90847", "F43.23", "Denied - prior authorization was required"],
        [us(sd[2]), "90847", "F43.23", "Denied - prior authorization was required"],
        [us(sd[3]), "90847", "F43.23", "Denied - prior authorization was required"],
    ], size=9.5)
    y = p.para(40, y + 14, 532,
               "Why: Family therapy after the first 6 visits in a year needs our approval before the visits take "
               "place. Mateo's first 6 family therapy visits of 2026 were paid. The provider did not ask us to "
               "approve more visits, so the visits above were not approved. This decision is not a finding that "
               "the therapy was not needed: the provider may ask us to review it with the records.", 10)
    p.rect(40, y, 532, 150, fill=0.94, stroke=0.0, lw=1)
    p.text(50, y + 18, "YOUR RIGHT TO APPEAL", 11, bold=True)
    y2 = p.para(50, y + 34, 512,
                "You, Mateo's provider with your written consent, or someone you choose can ask KidsCare Plus to "
                "look at this decision again. You must ask " + basis + ". Call us or write to:", 10)
    y2 = p.lines(90, y2, ["KidsCare Plus", "Grievance and Appeals Department", "455 Mesa Verde Drive, Suite 120",
                          "Copper Flats, UT 84999"], 10)
    p.para(50, y2 + 4, 512, "If we keep our decision, you may ask the state to review it within 30 days of our "
           "appeal decision. KidsCare Plus is not Medicaid.", 9)
    y = y + 166
    p.para(40, y, 532, "Please do not send appeals to the PO Box at the top of this notice. Need this in another "
           "language or format? Call 1-866-555-0127.", 8.5)
    img = R.to_image(p, 200)
    sc = R.scan(img, 909, angle=-0.8, shade=0.12, specks=180, blur=0.6)
    R.save_pdf_images([sc], os.path.join(out, f), dpi=200)
    k = key(file=f, _note="FICTIONAL: all people, plans, numbers and addresses are invented. Separate CHIP's "
            "notice scanned to an image-only PDF: two boxes side by side (the parent's mailing address, and the "
            "facts with the child's DOB two days after the notice), a services table of four family-therapy "
            "visits, a shaded appeal box; the patient is the child, not the parent; PO box at the top and the "
            "state's 30-day review are not for the first appeal.",
            patient_name="Mateo Ruiz-Calloway", member_id="KCP-FICT-20417755", claim_number="2026-CH-0917733",
            notice_date=nd, service_dates=sd, procedure_codes=["90847"], diagnosis_codes=["F43.23"],
            denial_category="prior_authorization", plan_type="chip", urgent=False,
            appeal_deadline=plus_days(nd, 60), deadline_basis=basis, appeals_address=addr)
    return k, p.plain_text(), ("days", 60)


CASES = [c01, c02, c03, c04, c05, c06, c07, c08, c09]
