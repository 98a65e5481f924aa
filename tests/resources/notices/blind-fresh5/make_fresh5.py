"""Fresh blind set 5: 18 fictional US health-insurance denial notices and their answer keys.

Run with /work/main/.venv/bin/python make_fresh5.py (writes into this folder).
Every person, plan, administrator, number and address here is invented.
"""
import json, os, random, sys
from datetime import date, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timezone

from PIL import Image, ImageDraw, ImageFilter, ImageFont

sys.path.insert(0, "/work/notes/notes-blind")
import render as R  # noqa: E402

OUT = os.path.dirname(os.path.abspath(__file__))
NOTE = "All people, plans, administrators, numbers and addresses in this notice are fictional. "
KEYS = ["file", "_note", "patient_name", "member_id", "claim_number", "notice_date", "service_dates",
        "procedure_codes", "diagnosis_codes", "carc_codes", "denial_category", "plan_type", "urgent",
        "appeal_deadline", "deadline_basis", "appeals_address"]


def plus(iso, days):
    return (date.fromisoformat(iso) + timedelta(days=days)).isoformat()


def key(stem, ext, note, **kw):
    k = {"file": stem + "." + ext, "_note": NOTE + note}
    k.update(kw)
    for x in list(k):
        assert x in KEYS, x
    k = {x: k[x] for x in KEYS if x in k}
    with open(os.path.join(OUT, stem + ".expected.json"), "w") as f:
        json.dump(k, f, indent=2, ensure_ascii=False)
        f.write("\n")
    return k


# ---------------------------------------------------------------- extra renderers
def write_fax(path, pages, headers, fine=False, seed=0):
    """1-bit fax TIFF, one frame per page; standard mode 204x98 dpi or fine 204x196."""
    rnd = random.Random(seed)
    frames = []
    for page, hdr in zip(pages, headers):
        im = R.render_page_image(page, dpi=200, seed=seed)
        dr = ImageDraw.Draw(im)
        dr.text((40, 28), hdr, font=ImageFont.truetype(R.FONT_MONO, 24), fill=0)
        im = im.rotate(rnd.uniform(-0.7, 0.7), resample=Image.BICUBIC, fillcolor=255)
        h = 2156 if fine else 1078
        im = im.resize((1728, h), Image.LANCZOS)
        px = im.load()
        for _ in range(1728 * h // 400):
            px[rnd.randrange(1728), rnd.randrange(h)] = 0
        frames.append(im.point(lambda v: 0 if v < 165 else 255).convert("1"))
    frames[0].save(path, save_all=True, append_images=frames[1:], compression="group4",
                   dpi=(204, 196 if fine else 98))


def write_photo(path, page, seed, angle):
    im = R.render_page_image(page, dpi=200, seed=seed)
    im = R.degrade_photo(im, seed=seed, angle=angle)
    if path.endswith(".png"):
        im.save(path)
    else:
        im.save(path, quality=74)


def write_eml(path, frm, to, subject, when, text, html=None):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = format_datetime(when)
    m["Message-ID"] = "<%s@mail.example>" % os.path.basename(path).split(".")[0]
    m.set_content(text, cte="quoted-printable")
    if html:
        m.add_alternative(html, subtype="html", cte="quoted-printable")
    with open(path, "wb") as f:
        f.write(bytes(m))


def write_portal(path, seed=3):
    """A claims portal page as a browser screenshot (RGB PNG, screen resolution)."""
    W, H = 1600, 1240
    im = Image.new("RGB", (W, H), (244, 246, 249))
    d = ImageDraw.Draw(im)
    f = lambda s, b=False: ImageFont.truetype(R.FONT_B if b else R.FONT, s)
    # browser chrome
    d.rectangle([0, 0, W, 44], fill=(222, 225, 230))
    d.rounded_rectangle([120, 8, 1100, 36], 12, fill=(255, 255, 255))
    d.text((140, 12), "https://members.coveredbridge.example/claims/2026-1002-80155", font=f(16), fill=(70, 70, 70))
    # site header
    d.rectangle([0, 44, W, 120], fill=(18, 66, 112))
    d.text((40, 62), "CoveredBridge Health", font=f(34, True), fill=(255, 255, 255))
    d.text((1080, 60), "Welcome, Samira  |  Last login 12/01/2026", font=f(18), fill=(220, 232, 245))
    d.text((1080, 86), "Sign out", font=f(18), fill=(220, 232, 245))
    d.rectangle([0, 120, W, 166], fill=(232, 238, 245))
    x = 40
    for t in ["Home", "Claims & EOBs", "Benefits", "Find Care", "Messages (2)", "ID Card"]:
        d.text((x, 132), t, font=f(19, t.startswith("Claims")), fill=(18, 66, 112))
        x += 200
    y = 190
    d.text((40, y), "Claims & EOBs", font=f(30, True), fill=(20, 20, 20))
    d.text((40, y + 44), "Member: Samira Haddad-Oyelaran     Member ID: CBH-4471092-03     "
           "Plan: CoveredBridge Silver 2500 (Health Insurance Marketplace plan)", font=f(19), fill=(40, 40, 40))
    y = 280
    cols = [40, 300, 500, 880, 1080, 1280]
    heads = ["Claim #", "Date of service", "Provider", "Billed", "Plan paid", "Status"]
    d.rectangle([30, y, W - 30, y + 40], fill=(210, 220, 232))
    for c, h in zip(cols, heads):
        d.text((c, y + 9), h, font=f(19, True), fill=(20, 20, 20))
    rows = [("2026-0918-77412", "09/18/2026", "Lakeshore Psychiatry", "$310.00", "$228.40", "Paid"),
            ("2026-1002-80155", "10/02/2026", "Northgate Ketamine Clinic", "$1,450.00", "$0.00", "Denied"),
            ("2026-1009-80931", "10/09/2026", "Riverside Pharmacy #22", "$96.12", "$71.12", "Paid")]
    for i, r in enumerate(rows):
        yy = y + 40 + i * 44
        d.rectangle([30, yy, W - 30, yy + 44], fill=(255, 255, 255) if i != 1 else (255, 244, 236),
                    outline=(215, 215, 215))
        for c, v in zip(cols, r):
            col = (176, 32, 32) if v == "Denied" else (20, 20, 20)
            d.text((c, yy + 11), v, font=f(19, v in ("Denied",)), fill=col)
    # details panel
    y = 480
    d.rounded_rectangle([30, y, 1000, 1200], 10, fill=(255, 255, 255), outline=(200, 200, 200))
    d.text((50, y + 16), "Claim details  -  Claim # 2026-1002-80155", font=f(24, True), fill=(18, 66, 112))
    lines = [
        ("Status", "Denied"),
        ("Patient", "Samira Haddad-Oyelaran"),
        ("Provider", "Northgate Ketamine Clinic (out of network)"),
        ("Date of service", "10/02/2026"),
        ("Claim received", "10/06/2026"),
        ("Processed", "10/21/2026"),
        ("EOB date", "10/22/2026"),
        ("Services", "96365 IV infusion, first hour; J3490 drug, unclassified"),
        ("Diagnosis", "F32.2"),
        ("Adjustment", "CO-242  Services not provided by network/primary care providers"),
        ("Billed / Allowed / Paid", "$1,450.00 / $0.00 / $0.00"),
        ("You may owe", "$1,450.00"),
    ]
    for i, (a, b) in enumerate(lines):
        yy = y + 66 + i * 38
        d.text((50, yy), a + ":", font=f(19, True), fill=(60, 60, 60))
        d.text((330, yy), b, font=f(19), fill=(20, 20, 20))
    yy = y + 66 + len(lines) * 38 + 14
    for t in ["Why was this denied? Your Silver 2500 plan is an EPO and covers care only from",
              "in-network providers, except emergencies. This provider is not in the network."]:
        d.text((50, yy), t, font=f(18), fill=(40, 40, 40))
        yy += 28
    # appeal panel
    d.rounded_rectangle([1030, y, W - 30, 1200], 10, fill=(238, 245, 252), outline=(170, 196, 222))
    d.text((1050, y + 16), "How to appeal", font=f(24, True), fill=(18, 66, 112))
    ap = ["You have 180 days from the date", "of your EOB (10/22/2026) to file", "an appeal.", "",
          "Mail your appeal to:", "CoveredBridge Health Plans", "Appeals Department",
          "5150 Prairie Gate Blvd, Mailstop A-12", "Westfield Plains, KS 66999", "",
          "Fax: (555) 017-3300", "", "Questions? Member Services", "(555) 017-2000, TTY 711",
          "", "General correspondence:", "PO Box 8800, Topeka Mills, KS 66998", "",
          "[ Start an appeal online ]"]
    for i, t in enumerate(ap):
        d.text((1050, y + 62 + i * 30), t, font=f(18, t.startswith("[")), fill=(30, 30, 30))
    d.rectangle([0, H - 28, W, H], fill=(222, 225, 230))
    d.text((40, H - 24), "EOB_2026-10-22.pdf   Download", font=f(15), fill=(60, 60, 60))
    im.save(path)


def scan_pdf(path, pages, seed):
    R.write_image(path, pages, kind="scan", seed=seed)


# ================================================================ the notices
def n01():
    stem = "01-insured-two-page-letter"
    p1 = [("h", "BRIGHTWATER MUTUAL HEALTH INSURANCE COMPANY"),
          "Correspondence: 2200 Linden Crossing, Suite 400, Ashgrove, OH 43999  |  Member Services (555) 010-4400",
          ("pre", "Printed 11/03/2026  Batch 7781-C                          Date of notice: November 4, 2026"),
          "Teodora Vasquez-Lindqvist\n418 Juniper Hollow Road\nAshgrove, OH 43997",
          ("pre", "Member ID:      BMH 7730-4418-01\nDate of birth:  11/06/1988\nGroup:          Halvorsen Tool & Die Co. (insured group plan, group no. 00-77120)"),
          "Dear Teodora Vasquez-Lindqvist:",
          "We have finished our review of the claim your provider, Lakeview Infusion Partners, sent for infusion "
          "therapy. Your employer's group health plan is insured by Brightwater Mutual Health Insurance Company "
          "and is governed by the Employee Retirement Income Security Act (ERISA).",
          "Decision: we are not able to pay this claim. Our medical director reviewed the records and found that "
          "the services are not medically necessary under our Clinical Policy BMH-PSY-044 (Ketamine infusion for "
          "mood disorders): the records do not show two adequate antidepressant trials in the current episode.",
          "The claim details, the codes we used and your appeal rights are on page 2.",
          ("pre", "Page 1 of 2")]
    p2 = [("h", "Page 2 of 2  -  Claim details for Teodora Vasquez-Lindqvist (BMH 7730-4418-01)"),
          ("table", [["Claim number", "Dates of service", "Procedure", "Diagnosis", "Billed", "Paid", "Code"],
                     ["BW-26-3318-0457", "10/13/2026", "96365, 96366", "F33.2", "$1,180.00", "$0.00", "CO-50"],
                     ["BW-26-3318-0457", "10/15/2026", "J3490", "F33.2", "$240.00", "$0.00", "CO-50"]]),
          "CO-50: These are non-covered services because this is not deemed a medical necessity by the payer.",
          ("h", "Your right to appeal"),
          "You or your authorized representative may appeal within 180 days after you receive this notice. "
          "You may send written comments, documents and records, and ask for copies of all documents relevant "
          "to your claim free of charge, including the clinical policy we used. If your doctor believes waiting "
          "would seriously harm your health, ask for an urgent (expedited) appeal; we decide those within 72 hours.",
          "Send your written appeal to:\nBrightwater Mutual Health\nMember Appeals\nP.O. Box 40915\nAshgrove, OH 43998",
          "Do not send appeals to the correspondence address on page 1. After our final decision you may ask for "
          "an external review by an independent review organization within 4 months.",
          "Questions: Member Services (555) 010-4400 (TTY 711), Monday to Friday, 8 a.m. to 6 p.m."]
    R.write_pdf(os.path.join(OUT, stem + ".pdf"), [p1, p2], font="Times")
    key(stem, "pdf", "Insured employer (ERISA) group letter of two pages: name, ID and notice date on page 1; claim, "
        "dates, codes and appeal address on page 2. Printed date 11/03 and DOB 11/06/1988 sit near the notice "
        "date. Window from receipt, counted from the notice date. Correspondence address differs from the appeal address.",
        patient_name="Teodora Vasquez-Lindqvist", member_id="BMH 7730-4418-01", claim_number="BW-26-3318-0457",
        notice_date="2026-11-04", service_dates=["2026-10-13", "2026-10-15"],
        procedure_codes=["96365", "96366", "J3490"], diagnosis_codes=["F33.2"], carc_codes=["CO-50"],
        denial_category="medical_necessity", plan_type="employer_erisa", urgent=False,
        appeal_deadline=plus("2026-11-04", 180), deadline_basis="within 180 days after you receive this notice",
        appeals_address="Brightwater Mutual Health, Member Appeals, P.O. Box 40915, Ashgrove, OH 43998")


def n02():
    stem = "02-pbm-fax-cover-part-d"
    cover = [("h", "MERIDIAN SCRIPTS  -  FACSIMILE TRANSMITTAL"), "",
             ("pre", "Date:      12/01/2026\nTo:        Dr. Priya Ramaswamy, Lakeshore Psychiatry\n"
                     "Fax:       (555) 014-2290\nFrom:      Meridian Scripts Coverage Determinations Unit\n"
                     "Phone:     (555) 019-7700\nPages:     2 (including this cover)\n"
                     "Re:       Coverage determination - copy for prescriber"),
             "The attached notice was sent to your patient. This is a re-send of a determination already mailed "
             "to the member; the date of the determination is printed on the notice itself.",
             "CONFIDENTIALITY: This facsimile contains protected health information. If you received it in "
             "error, call (555) 019-7700 and destroy all copies."]
    det = [("h", "Notice of Denial of Medicare Prescription Drug Coverage"),
           ("pre", "Date: 11/24/2026\n\nEnrollee's name:  Harold Okonkwo-Baptiste\nMember ID:        EVR 55019384\n"
                   "Date of birth:    11/26/1950\nPlan:             Evergreen Senior Rx (PDP), a Medicare Part D plan\n"
                   "Case reference:   CD-2026-1124-00871"),
           "You asked for a fast (expedited) coverage decision. We made our decision within 24 hours.",
           "Drug requested: Auvelity (dextromethorphan-bupropion) 45 mg/105 mg extended-release tablets, #60 per 30 days. "
           "Diagnosis given by your prescriber: F33.1.",
           "We denied your request. This drug is covered only after step therapy: you must first try at least two "
           "formulary antidepressants (for example sertraline, escitalopram, bupropion XL) for six weeks each. Our "
           "records show one trial only.",
           ("h", "You have the right to ask us to review our decision"),
           "You have 65 days from the date of this notice to request a redetermination. You may ask for a fast "
           "redetermination if your doctor says waiting could seriously harm your health.",
           "Mail: Meridian Scripts PBM, Attn: Part D Redeterminations, P.O. Box 61288, Clearwater Falls, AZ 85999",
           "Fax your request: (555) 019-7790. Do not reply to the fax number on the cover sheet."]
    hdr = ["DEC-01-2026 09:14  FROM: MERIDIAN SCRIPTS 5550197700   TO: 5550142290      P.001/002",
           "DEC-01-2026 09:15  FROM: MERIDIAN SCRIPTS 5550197700   TO: 5550142290      P.002/002"]
    write_fax(os.path.join(OUT, stem + ".tif"), [cover, det], hdr, fine=False, seed=22)
    key(stem, "tif", "1-bit fax in standard mode (204x98 dpi), two pages: the PBM's cover sheet dated 12/01/2026 "
        "(and fax header lines of that day), then the Part D determination dated 11/24/2026, the notice date. "
        "DOB two days later. No procedure codes or service dates (a drug request, pre-service); the case reference "
        "is the only claim-like number. Expedited request, so urgent is true.",
        patient_name="Harold Okonkwo-Baptiste", member_id="EVR 55019384", claim_number="CD-2026-1124-00871",
        notice_date="2026-11-24", diagnosis_codes=["F33.1"], denial_category="step_therapy",
        plan_type="medicare_part_d", urgent=True, appeal_deadline=plus("2026-11-24", 65),
        deadline_basis="65 days from the date of this notice to request a redetermination",
        appeals_address="Meridian Scripts PBM, Attn: Part D Redeterminations, P.O. Box 61288, Clearwater Falls, AZ 85999")


def n03():
    stem = "03-portal-screenshot-marketplace"
    write_portal(os.path.join(OUT, stem + ".png"))
    key(stem, "png", "Screenshot of a Marketplace plan's claims portal (PNG, screen resolution, colour). Three claims "
        "listed, one denied; the paid ones have their own numbers and dates. Several dates: last login 12/01, "
        "received 10/06, processed 10/21, EOB date 10/22 (the notice date). Correspondence PO box differs from "
        "the appeal address.",
        patient_name="Samira Haddad-Oyelaran", member_id="CBH-4471092-03", claim_number="2026-1002-80155",
        notice_date="2026-10-22", service_dates=["2026-10-02"], procedure_codes=["96365", "J3490"],
        diagnosis_codes=["F32.2"], carc_codes=["CO-242"], denial_category="out_of_network",
        plan_type="individual_aca", urgent=False, appeal_deadline=plus("2026-10-22", 180),
        deadline_basis="180 days from the date of your EOB (10/22/2026) to file an appeal",
        appeals_address="CoveredBridge Health Plans, Appeals Department, 5150 Prairie Gate Blvd, Mailstop A-12, Westfield Plains, KS 66999")


def n04():
    stem = "04-tpa-family-eob-three-members"
    p = [("h", "PINECREST BENEFIT SERVICES  -  EXPLANATION OF BENEFITS"),
         "Customer Service: 880 Foundry Street, Harlow Springs, MN 55998  |  (555) 012-6600",
         ("pre", "Statement Date: 11/12/2026            Plan: Oakhaven Regional Hospital Employee Health Plan\n"
                 "Subscriber: Marcus Bellweather         Plan sponsor/administrator: Oakhaven Regional Hospital\n"
                 "                                       Claims administrator: Pinecrest Benefit Services"),
         "This is not a bill. This statement covers claims processed for you and your family from 10/15/2026 "
         "through 11/10/2026. Your plan is self-funded by your employer; Pinecrest processes claims but does not "
         "insure them.",
         ("table", [["Member", "Member ID", "Relationship", "Date of birth"],
                    ["Marcus Bellweather", "PBS-88210-01", "Subscriber", "02/14/1979"],
                    ["Ingrid Bellweather", "PBS-88210-02", "Spouse", "11/09/1981"],
                    ["Soren Bellweather", "PBS-88210-03", "Son", "06/30/2011"]]),
         ("table", [["Claim", "Patient", "Dates", "Service", "Dx", "Billed", "Allowed", "Plan paid", "Adj"],
                    ["26-3309-11872-00", "Marcus", "09/29/2026", "99214", "J06.9", "$210.00", "$142.00", "$112.00", "PR-3"],
                    ["26-3310-40021-00", "Ingrid", "10/07/2026", "96365", "F33.2", "$980.00", "$0.00", "$0.00", "CO-16"],
                    ["26-3310-40021-00", "Ingrid", "10/09/2026", "J3490", "F33.2", "$310.00", "$0.00", "$0.00", "CO-16"],
                    ["26-3311-05538-00", "Soren", "10/12/2026", "90792", "F41.1", "$420.00", "$305.00", "$244.00", "PR-2"]]),
         ("h", "Messages"),
         "CO-16 (claim 26-3310-40021-00, Ingrid): Claim lacks information or has submission/billing error(s). "
         "Remark M119: missing/incomplete/invalid National Drug Code (NDC) for the unlisted drug J3490. The provider may "
         "send a corrected claim with the NDC, or you may appeal.",
         "PR-3 copayment; PR-2 coinsurance. Claims 26-3309-11872-00 and 26-3311-05538-00 were paid.",
         ("h", "Appeal rights"),
         "If you disagree with how a claim was processed you may appeal within 180 days of receiving this "
         "statement. Write to Pinecrest Benefit Services, Claims Appeals, P.O. Box 3390, Harlow Springs, MN 55999, "
         "and include the claim number. Do not send appeals to Customer Service. This plan is governed by ERISA; "
         "after the appeal you may have a right to external review and to bring a civil action under ERISA section 502(a)."]
    R.write_pdf(os.path.join(OUT, stem + ".pdf"), [p])
    key(stem, "pdf", "Self-funded ERISA plan's family EOB from a TPA: three members with their IDs and DOBs, four "
        "claim lines over three claims; only the spouse's claim is denied (CO-16 with remark M119, which is not a "
        "CARC). Patient is the spouse, not the subscriber. Window from receipt, counted from the statement date.",
        patient_name="Ingrid Bellweather", member_id="PBS-88210-02", claim_number="26-3310-40021-00",
        notice_date="2026-11-12", service_dates=["2026-10-07", "2026-10-09"], procedure_codes=["96365", "J3490"],
        diagnosis_codes=["F33.2"], carc_codes=["CO-16"], denial_category="coding_billing",
        plan_type="employer_erisa", urgent=False, appeal_deadline=plus("2026-11-12", 180),
        deadline_basis="within 180 days of receiving this statement",
        appeals_address="Pinecrest Benefit Services, Claims Appeals, P.O. Box 3390, Harlow Springs, MN 55999")


def n05():
    stem = "05-clinic-forwarded-email-county-plan"
    quoted = """Tri-County Employees Health Plan
Utilization Management Department
101 Civic Plaza, Bellhaven, IL 60997

Date of notice: November 20, 2026

Member: Desmond Abernathy-Cole
Member ID: TCE-301-44-8871
Date of birth: 11/19/1979
Claim #: TCE 2026 4471 882
Provider: Northgate Infusion Center

NOTICE OF ADVERSE BENEFIT DETERMINATION

The Tri-County Employees Health Plan is a self-funded county employees health plan (a governmental plan).
We denied payment for transcranial magnetic stimulation on 11/05/2026 (CPT 90867, 90868; diagnosis
F33.2) because prior authorization was not obtained before the treatment began (adjustment code
CO-197, precertification/authorization absent).

You may file an appeal within 180 days of the date of this notice. Send your written appeal to:

   Tri-County Employees Health Plan
   Appeals Coordinator
   410 Courthouse Square, Room 214
   Bellhaven, IL 60998

You may request copies of the documents used in this decision free of charge. If your situation is
urgent, call (555) 013-8100 to ask for an expedited appeal."""
    q = "\n".join(("> " + l) if l else ">" for l in quoted.split("\n"))
    body = f"""Hi Mr. Abernathy-Cole,

We got the letter below from your county health plan on Monday. They say the TMS sessions needed prior
authorization. Our office did send a request on 10/28/2026 (fax confirmation attached to your chart), so
we think this can be appealed. We can help with the letter from Dr. Okafor.

Please do NOT mail anything to our office for the plan; the appeal goes to the plan's address in their letter.

Thanks,
Renata Solis
Billing Coordinator
Northgate Infusion Center
77 Orchard Row, Millbrook, IL 60999
(555) 013-4477

---------- Forwarded message ---------
From: Tri-County EHP Utilization Management <um@tri-county-ehp.example>
Date: Mon, Nov 23, 2026 at 8:02 AM
Subject: Determination letter - claim TCE 2026 4471 882
To: <billing@northgate-infusion.example>

{q}
"""
    write_eml(os.path.join(OUT, stem + ".eml"), "Renata Solis <billing@northgate-infusion.example>",
              "Desmond Abernathy-Cole <d.abernathycole@mail.example>",
              "Fwd: Determination letter - claim TCE 2026 4471 882",
              datetime(2026, 12, 1, 16, 22, tzinfo=timezone.utc), body)
    key(stem, "eml", "Clinic's forwarded e-mail (sent 12/01/2026) quoting the plan's e-mail of 11/23, whose "
        "letter is dated 11/20 (the notice date). The plan's text is quoted with '> '. Clinic signature address "
        "and the plan's UM address are not the appeal address. Prior-auth request date 10/28 in the clinic's text; "
        "DOB the day before the notice date. County employees plan: governmental.",
        patient_name="Desmond Abernathy-Cole", member_id="TCE-301-44-8871", claim_number="TCE 2026 4471 882",
        notice_date="2026-11-20", service_dates=["2026-11-05"], procedure_codes=["90867", "90868"],
        diagnosis_codes=["F33.2"], carc_codes=["CO-197"], denial_category="prior_authorization",
        plan_type="governmental", urgent=False, appeal_deadline=plus("2026-11-20", 180),
        deadline_basis="within 180 days of the date of this notice",
        appeals_address="Tri-County Employees Health Plan, Appeals Coordinator, 410 Courthouse Square, Room 214, Bellhaven, IL 60998")


def n06():
    stem = "06-medicaid-mco-spanish-letter"
    p1 = [("h", "PLAN DE SALUD HORIZONTE COMUNITARIO"),
          "Un plan de atención administrada de Medicaid  -  Oficina central: 5400 Camino Real Norte, San Benito Hills, TX 78997",
          ("h", "AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS"),
          ("pre", "Fecha del aviso:                        16 de noviembre de 2026\n"
                  "Miembro:                                Rosario Ibáñez Quintero\n"
                  "Número de identificación de Medicaid:   7730 1194 52\n"
                  "Fecha de nacimiento:                    14/11/1990\n"
                  "Número de reclamo:                      HCM-26-118830\n"
                  "Proveedor:                              Centro de Infusiones del Valle"),
          "Estimada Sra. Ibáñez Quintero:",
          "Revisamos el reclamo de su proveedor por infusiones de ketamina con fechas de servicio del 20/10/2026 y "
          "del 27/10/2026 (códigos 96365, 96366 y J3490; diagnósticos F33.2 y F43.10). Hemos decidido negar el pago "
          "porque el servicio no es médicamente necesario según nuestros criterios: su expediente no muestra que "
          "se hayan probado otros tratamientos antes. Código de ajuste: CO-50.",
          ("h", "Su derecho a apelar"),
          "Tiene 60 días a partir de la fecha de este aviso para pedir una apelación al plan. Puede pedirla por "
          "teléfono o por escrito. Envíe su apelación por escrito a:",
          "Plan de Salud Horizonte Comunitario\nDepartamento de Apelaciones y Quejas\nP.O. Box 9021\nSan Benito Hills, TX 78999",
          "Continuación de beneficios: si ya recibía este servicio y quiere seguir recibiéndolo durante la apelación, "
          "debe apelar dentro de 10 días a partir de la fecha de este aviso.",
          "Audiencia imparcial estatal: si después de la apelación seguimos negando el servicio, puede pedir una "
          "audiencia imparcial estatal dentro de 120 días a partir de la fecha de nuestra carta de resolución.",
          "Si su salud corre peligro, pida una apelación rápida: decidiremos en 72 horas. Servicios al Miembro: "
          "(555) 015-3030 (TTY 711)."]
    R.write_pdf(os.path.join(OUT, stem + ".pdf"), [p1])
    key(stem, "pdf", "Spanish Medicaid managed-care notice with English codes; day-first numeric dates (DOB 14/11/1990, "
        "two days before the notice). 10-day continuation and 120-day fair hearing windows must not be taken as "
        "the appeal deadline. Head office address differs from the appeal address.",
        patient_name="Rosario Ibáñez Quintero", member_id="7730 1194 52", claim_number="HCM-26-118830",
        notice_date="2026-11-16", service_dates=["2026-10-20", "2026-10-27"],
        procedure_codes=["96365", "96366", "J3490"], diagnosis_codes=["F33.2", "F43.10"], carc_codes=["CO-50"],
        denial_category="medical_necessity", plan_type="medicaid", urgent=False,
        appeal_deadline=plus("2026-11-16", 60),
        deadline_basis="Tiene 60 días a partir de la fecha de este aviso para pedir una apelación",
        appeals_address="Plan de Salud Horizonte Comunitario, Departamento de Apelaciones y Quejas, P.O. Box 9021, San Benito Hills, TX 78999")


def n07():
    stem = "07-ma-scan-separate-appeal-page"
    p1 = [("h", "SUMMIT CREST HEALTH PLANS"),
          "1200 Commerce Parkway, Dayton Ridge, OH 45999",
          ("h", "NOTICE OF DENIAL OF PAYMENT"),
          ("pre", "Date: 11/18/2026\nMember name: Walter Fitzgerald-Nakamura\nMember number: SCM 40077123\n"
                  "Plan: Summit Crest Medicare Advantage (HMO)\nClaim number: SC 2611 0042 7765"),
          "We have denied payment for the medical services listed below that you received from Harbor Lights "
          "Wellness (an out-of-plan provider you saw with a referral).",
          ("table", [["Date of service", "Service", "Code", "Diagnosis", "Amount"],
                     ["10/28/2026", "IV infusion, first hour", "96365", "F43.12", "$875.00"],
                     ["10/28/2026", "Drug, unclassified (ketamine)", "J3490", "F43.12", "$160.00"]]),
          ("pre", "Page 1 of 3")]
    p2 = [("h", "Why we denied payment"),
          "Medicare and our plan do not pay for treatments that are experimental or investigational. Ketamine "
          "infusion for post-traumatic stress disorder is considered investigational under our Medical Coverage "
          "Policy MCP-219; it is not an FDA-approved use and there is no national or local coverage determination "
          "covering it.",
          "You do not have to pay for these services unless you agreed in writing before receiving them.",
          "If you disagree with our decision, you have the right to appeal. See the page titled HOW TO APPEAL.",
          ("pre", "Page 2 of 3")]
    p3 = [("h", "HOW TO APPEAL"),
          "You must ask for a reconsideration within 65 calendar days from the date of this notice. We can give "
          "you more time if you have a good reason for missing the deadline.",
          "Send your written appeal to:\nSummit Crest Health Plans\nAppeals & Grievances Department\n"
          "P.O. Box 18834\nColumbus Flats, OH 43999",
          "Or fax it to (555) 016-4410. A payment appeal is decided within 60 days. If we keep our denial, we "
          "send your case to an Independent Review Entity automatically.",
          "Do not send appeals to our Dayton Ridge office. Member Services: (555) 016-4400, TTY 711, 8 a.m. - 8 p.m.",
          ("pre", "Page 3 of 3")]
    scan_pdf(os.path.join(OUT, stem + ".pdf"), [p1, p2, p3], seed=71)
    key(stem, "pdf", "Image-only scanned Medicare Advantage payment denial of three pages; the appeal address and "
        "window are only on page 3 ('HOW TO APPEAL'); the letterhead address is a different city. Claim number in "
        "groups with spaces.",
        patient_name="Walter Fitzgerald-Nakamura", member_id="SCM 40077123", claim_number="SC 2611 0042 7765",
        notice_date="2026-11-18", service_dates=["2026-10-28"], procedure_codes=["96365", "J3490"],
        diagnosis_codes=["F43.12"], denial_category="experimental_investigational",
        plan_type="medicare_advantage", urgent=False, appeal_deadline=plus("2026-11-18", 65),
        deadline_basis="within 65 calendar days from the date of this notice",
        appeals_address="Summit Crest Health Plans, Appeals & Grievances Department, P.O. Box 18834, Columbus Flats, OH 43999")


def n08():
    stem = "08-expat-plan-day-first-docx"
    pg = [("table", [["GLOBE MERIDIAN INTERNATIONAL HEALTH  -  CLAIM DECISION"]]),
          "Correspondence office: Rua das Amoreiras 118, 3rd floor, 1250-021 Lisboa, Portugal",
          ("table", [["Member name", "Member number", "Date of letter", "Claim reference"],
                     ["Clara Whitcombe-Adeyemi", "GMI/55/208841", "19/11/2026", "GM-CL-2026-0093417"]]),
          ("table", [["Plan", "Date of birth", "Claim received", "Country of treatment"],
                     ["Corvane Energy Expatriate Medical Plan", "21/11/1983", "12/11/2026", "Portugal"]]),
          "Please note: all dates in this letter are shown as DD/MM/YYYY.",
          "Dear Ms Whitcombe-Adeyemi,",
          "Your employer's expatriate medical plan is a self-funded employee welfare benefit plan sponsored by "
          "Corvane Energy, Inc. (Houston, Texas) and subject to ERISA. Globe Meridian administers claims for it.",
          ("table", [["Date of treatment", "Provider", "Code", "Diagnosis", "Billed (EUR)", "Paid", "Reason"],
                     ["03/11/2026", "Clínica Serena Lisboa", "96365", "F32.2", "640.00", "0.00", "CO-242"],
                     ["10/11/2026", "Clínica Serena Lisboa", "J3490", "F32.2", "210.00", "0.00", "CO-242"]]),
          "Reason CO-242: the provider is not in the Globe Meridian network for Portugal and the plan pays "
          "out-of-network care abroad only for emergencies or with a pre-approved network exception.",
          ("table", [["HOW TO APPEAL"],
                     ["You may appeal within 180 days of the date you receive this letter. Send your appeal to: "
                      "Globe Meridian International Health, Appeals Team, 14 Harbour Quay, Suite 9, Miami Shores, FL 33999 "
                      "(e-mail appeals@globemeridian.example). Do not send appeals to the Lisbon office."]]),
          "Yours sincerely,\nClaims Review Team, Globe Meridian International Health"]
    R.write_docx(os.path.join(OUT, stem + ".docx"), [pg])
    key(stem, "docx", "Word letter from an expat plan's administrator with boxed header tables (labels above values) "
        "and day-first dates, said once in the body: letter 19/11/2026, DOB 21/11/1983, received 12/11/2026, "
        "treatment 03/11 and 10/11 (3 and 10 November). US ERISA self-funded plan. Correspondence office abroad, "
        "appeal address in Florida.",
        patient_name="Clara Whitcombe-Adeyemi", member_id="GMI/55/208841", claim_number="GM-CL-2026-0093417",
        notice_date="2026-11-19", service_dates=["2026-11-03", "2026-11-10"], procedure_codes=["96365", "J3490"],
        diagnosis_codes=["F32.2"], carc_codes=["CO-242"], denial_category="out_of_network",
        plan_type="employer_erisa", urgent=False, appeal_deadline=plus("2026-11-19", 180),
        deadline_basis="within 180 days of the date you receive this letter",
        appeals_address="Globe Meridian International Health, Appeals Team, 14 Harbour Quay, Suite 9, Miami Shores, FL 33999")


def n09():
    stem = "09-fehb-deadline-as-date"
    pg = [("pre", "KEYSTONE FEDERAL HEALTH ASSOCIATION\nA Federal Employees Health Benefits (FEHB) Program plan - Enrollment code 4R2\n"
                  "Member correspondence: 9 Patriot Way, Fairlane, VA 22998\n\n"
                  "November 20, 2026\n\n"
                  "Eleanor Brightwater-Sato\n62 Quarry Lane\nFairlane, VA 22997\n\n"
                  "Member ID:   R10448827\nPatient:     Jonah Brightwater-Sato (dependent)\n"
                  "Claim No.:   FK 2026 11 0388 21\n"),
          "Dear Ms. Brightwater-Sato:",
          "We processed the claim for transcranial magnetic stimulation given to Jonah Brightwater-Sato by Allegheny "
          "Neuromodulation Associates on 10/29/2026 and 10/30/2026 (CPT 90868; diagnosis F33.2). We did not pay "
          "these two sessions. Your plan's brochure limits TMS to 36 sessions per calendar year, and sessions 37 "
          "and 38 exceed that limit (CO-119: benefit maximum for this time period has been reached). Sessions 1 "
          "through 36, from 08/17/2026 to 10/28/2026, were paid on earlier claims.",
          "If you disagree, you may ask us to reconsider. Your request for reconsideration must be received by "
          "May 20, 2027. Write to: Keystone Federal Health Association, Attn: Disputed Claims Reconsideration, "
          "P.O. Box 2750, Fairlane Station, VA 22999. Include this letter and any records supporting your request.",
          "If we uphold our decision, you may ask the U.S. Office of Personnel Management (OPM) to review it within "
          "90 days of the date of our reconsideration decision, as described in Section 8 of your FEHB brochure.",
          "Sincerely,\nClaims Department"]
    R.write_txt(os.path.join(OUT, stem + ".txt"), [pg])
    key(stem, "txt", "Plain-text FEHB letter; the reconsideration deadline is given as a date (May 20, 2027), not a "
        "window. Patient is the dependent, not the addressee. Earlier paid session dates (08/17 to 10/28) are not "
        "the denied services. Benefit limit (CO-119) is 'other' in docs/domain.md's categories. OPM's 90 days is a "
        "later level.",
        patient_name="Jonah Brightwater-Sato", member_id="R10448827", claim_number="FK 2026 11 0388 21",
        notice_date="2026-11-20", service_dates=["2026-10-29", "2026-10-30"], procedure_codes=["90868"],
        diagnosis_codes=["F33.2"], carc_codes=["CO-119"], denial_category="other", plan_type="fehb",
        urgent=False, appeal_deadline="2027-05-20",
        deadline_basis="Your request for reconsideration must be received by May 20, 2027",
        appeals_address="Keystone Federal Health Association, Attn: Disputed Claims Reconsideration, P.O. Box 2750, Fairlane Station, VA 22999")


def n10():
    stem = "10-tricare-phone-photo"
    pg = [("h", "PALISADE FEDERAL HEALTH SERVICES  -  TRICARE West Region Claims"),
          "Claims correspondence: P.O. Box 870010, Cedar Bluff, SC 29998",
          ("h", "TRICARE NOTICE OF DENIED CLAIM"),
          ("pre", "Date:                      11/14/2026\nSponsor:                   SSgt Roberto Camacho\n"
                  "Patient:                   Lucia Camacho\nDoD Benefits Number:       104 883 219 07\n"
                  "Claim number:              2026 318 04417 00\nProvider:                  Cascade Mind Clinic"),
          ("table", [["Service date", "Code", "Diagnosis", "Billed", "Paid", "Reason"],
                     ["10/05/2026", "96365", "F33.1", "$900.00", "$0.00", "CO-96"],
                     ["10/05/2026", "J3490", "F33.1", "$150.00", "$0.00", "CO-96"]]),
          "Reason: TRICARE does not cover ketamine infusion for depression. It is not a covered benefit "
          "(32 CFR 199.4 excludes services not shown to be proven). CO-96: non-covered charge.",
          "Appeal rights: Your appeal must be postmarked or received within 90 days of the date of this notice. "
          "Mail it to: Palisade Federal Health Services, TRICARE Appeals, P.O. Box 870022, Cedar Bluff, SC 29999."]
    write_photo(os.path.join(OUT, stem + ".jpg"), pg, seed=10, angle=4.2)
    key(stem, "jpg", "Phone photo (JPEG) of a TRICARE claim denial, tilted about 4 degrees, shadow and table border. "
        "Patient is the sponsor's spouse; the ID is a DoD benefits number printed in groups. The claims "
        "correspondence PO box differs from the appeals PO box. plan_type left out: docs/domain.md has no value "
        "for TRICARE.",
        patient_name="Lucia Camacho", member_id="104 883 219 07", claim_number="2026 318 04417 00",
        notice_date="2026-11-14", service_dates=["2026-10-05"], procedure_codes=["96365", "J3490"],
        diagnosis_codes=["F33.1"], carc_codes=["CO-96"], denial_category="not_covered", urgent=False,
        appeal_deadline=plus("2026-11-14", 90),
        deadline_basis="postmarked or received within 90 days of the date of this notice",
        appeals_address="Palisade Federal Health Services, TRICARE Appeals, P.O. Box 870022, Cedar Bluff, SC 29999")


def n11():
    stem = "11-church-plan-html-email"
    rows = [("Notice date", "11/25/2026"), ("Member", "Abigail Thornquist"), ("Member ID", "CBT-07-332190"),
            ("Date of birth", "11/27/1992"), ("Claim number", "CBT-CLM-2026-5521-07"),
            ("Date of service", "11/02/2026"), ("Provider", "Front Range Psychiatric Associates"),
            ("Services", "J0013 esketamine nasal spray (84 units); 99415 prolonged clinical staff service"),
            ("Diagnosis", "F33.2"), ("Adjustment", "CO-204: not covered under the patient's current benefit plan")]
    html_rows = "".join(f"<tr><td style='border:1px solid #999;padding:4px'><b>{a}</b></td>"
                        f"<td style='border:1px solid #999;padding:4px'>{b}</td></tr>" for a, b in rows)
    reason = ("Section 7.4 of the Plan Document excludes drugs dispensed or administered in a provider's office "
              "when the drug can be self-administered, so we did not pay this claim.")
    appeal = ("You may appeal within 180 days after you receive this notice. Mail your appeal to: Covenant Benefits "
              "Trust, Appeals Committee, 3300 Mission Hill Road, Suite 110, Glen Ardmore, CO 80999.")
    law = ("The Covenant Benefits Trust is a church plan and is not subject to ERISA. If the Appeals Committee upholds "
           "this decision you may ask for an external review.")
    html = f"""<html><body style="font-family:Arial">
<div style="background:#3a2d5c;color:#fff;padding:10px"><b>Covenant Benefits Trust of the Western Conference</b><br>Member Services, 1 Chapel Street, Glen Ardmore, CO 80998</div>
<p>Dear Abigail Thornquist,</p>
<p>A new claim decision is available. We have copied the notice below for your convenience.</p>
<h3>Notice of Adverse Benefit Determination</h3>
<table style="border-collapse:collapse">{html_rows}</table>
<p>{reason}</p>
<p><b>Your appeal rights.</b> {appeal}</p>
<p>{law}</p>
<p style="color:#777;font-size:11px">Please do not reply to this message. This mailbox is not monitored.</p>
</body></html>"""
    text = ("Covenant Benefits Trust of the Western Conference\nMember Services, 1 Chapel Street, Glen Ardmore, CO 80998\n\n"
            "Dear Abigail Thornquist,\n\nA new claim decision is available. We have copied the notice below.\n\n"
            "NOTICE OF ADVERSE BENEFIT DETERMINATION\n" + "\n".join(f"{a}: {b}" for a, b in rows) +
            f"\n\n{reason}\n\nYour appeal rights. {appeal}\n\n{law}\n\nPlease do not reply to this message.\n")
    write_eml(os.path.join(OUT, stem + ".eml"), "Covenant Benefits Trust <no-reply@covenantbenefits.example>",
              "Abigail Thornquist <abby.t@mail.example>", "Your claim decision is ready",
              datetime(2026, 11, 30, 14, 5, tzinfo=timezone.utc), text, html)
    key(stem, "eml", "Church plan's e-mail (sent 11/30) with an HTML table and a plain-text alternative; notice date "
        "11/25 in the table; DOB 11/27/1992. 'not subject to ERISA' beside 'church plan'. Member services address "
        "in the banner is not the appeal address.",
        patient_name="Abigail Thornquist", member_id="CBT-07-332190", claim_number="CBT-CLM-2026-5521-07",
        notice_date="2026-11-25", service_dates=["2026-11-02"], procedure_codes=["J0013", "99415"],
        diagnosis_codes=["F33.2"], carc_codes=["CO-204"], denial_category="not_covered", plan_type="church",
        urgent=False, appeal_deadline=plus("2026-11-25", 180),
        deadline_basis="within 180 days after you receive this notice",
        appeals_address="Covenant Benefits Trust, Appeals Committee, 3300 Mission Hill Road, Suite 110, Glen Ardmore, CO 80999")


def n12():
    stem = "12-msn-spanish-scan"
    pg = [("h", "Resumen de Medicare (MSN)  -  Parte B (Seguro Médico)"),
          ("pre", "Fecha del aviso: 6 de noviembre de 2026\n"
                  "Período del resumen: 1 de agosto - 31 de octubre de 2026\n\n"
                  "Esperanza Valdivia Romero\nNúmero de Medicare: 4TR7-XK2-MP63\n"),
          "Este aviso no es una factura. Muestra los servicios que Medicare procesó durante el período.",
          ("table", [["Reclamo", "Fecha", "Servicio", "Código", "¿Aprobado?", "Medicare pagó", "Nota"],
                     ["26 245 09812 1", "09/09/2026", "Visita de consultorio", "99214", "Sí", "$96.40", ""],
                     ["26 287 11403 2", "14/10/2026", "Observación esketamina", "G2082", "No", "$0.00", "A"],
                     ["26 287 11403 2", "21/10/2026", "Observación esketamina", "G2082", "No", "$0.00", "A"]]),
          "Nota A: Medicare no pagó este servicio porque no es médicamente razonable y necesario según la "
          "información de su proveedor (Clínica Renacer del Sur).",
          ("h", "Cómo presentar una apelación"),
          "Si no está de acuerdo con la decisión de Medicare, tiene hasta el 11 de marzo de 2027 para presentar "
          "una apelación. Encierre en un círculo los servicios con los que no está de acuerdo, explique por qué y "
          "firme. Envíe esta página a:",
          "Servicios de Medicare Parte B - Tierra Alta GBA\nRedeterminaciones\nP.O. Box 14755\nMarble Falls Junction, TX 76999",
          "Correspondencia general: Tierra Alta GBA, P.O. Box 14700, Marble Falls Junction, TX 76998."]
    scan_pdf(os.path.join(OUT, stem + ".pdf"), [pg], seed=12)
    key(stem, "pdf", "Scanned Spanish Medicare Summary Notice (Original Medicare, Part B): two claims, one approved "
        "(09/09/2026, 99214) and one denied on two dates, day-first numeric dates (14/10, 21/10). No diagnosis or "
        "CARC printed. The deadline is stated as a date; the summary period gives two more dates.",
        patient_name="Esperanza Valdivia Romero", member_id="4TR7-XK2-MP63", claim_number="26 287 11403 2",
        notice_date="2026-11-06", service_dates=["2026-10-14", "2026-10-21"], procedure_codes=["G2082"],
        denial_category="medical_necessity", plan_type="medicare", urgent=False, appeal_deadline="2027-03-11",
        deadline_basis="tiene hasta el 11 de marzo de 2027 para presentar una apelación",
        appeals_address="Servicios de Medicare Parte B - Tierra Alta GBA, Redeterminaciones, P.O. Box 14755, Marble Falls Junction, TX 76999")


def n13():
    stem = "13-chip-spanish-phone-photo"
    pg = [("h", "PLAN INFANTIL ESTRELLA"),
          "Programa de Seguro Médico para Niños (CHIP) del estado - no es Medicaid",
          "Oficina: 880 Avenida Los Pinos, Laredo Norte, TX 78998",
          ("pre", "Fecha: 23 de noviembre de 2026\n\nSra. Gabriela Duarte\n1207 Calle Nogal\nLaredo Norte, TX 78997\n\n"
                  "Paciente:            Mateo Salazar Duarte\nNúmero de miembro:   CHP-0098-4471-2\n"
                  "Fecha de nacimiento: 25/11/2012\nNúmero de referencia: PA 2611 0723"),
          "Estimada Sra. Duarte:",
          "Negamos el pago de los servicios que su hijo Mateo recibió el 02/11/2026 (códigos 90792 y 99215; "
          "diagnósticos F32.2 y F41.1) porque el proveedor no obtuvo la autorización previa que el plan exige "
          "(CO-197).",
          "Cómo apelar: puede pedir una apelación dentro de 60 días calendario a partir de la fecha en que reciba "
          "este aviso. Envíela a: Plan Infantil Estrella, Unidad de Apelaciones, 2900 Calle Mesquite, Suite 300, "
          "Laredo Norte, TX 78999.",
          "Si mantenemos la negación, puede pedir una revisión estatal independiente. Llame al (555) 018-2200."]
    write_photo(os.path.join(OUT, stem + ".png"), pg, seed=13, angle=-3.1)
    key(stem, "png", "Phone photo (PNG) of a separate CHIP plan's Spanish letter, tilted, with shadow and a table "
        "border. Addressed to the mother; the patient is the child, whose DOB (25/11/2012) is two days after the "
        "notice date. Window from receipt, counted from the notice date. Office address differs from the appeal "
        "address. The reference number is the only claim-like number.",
        patient_name="Mateo Salazar Duarte", member_id="CHP-0098-4471-2", claim_number="PA 2611 0723",
        notice_date="2026-11-23", service_dates=["2026-11-02"], procedure_codes=["90792", "99215"],
        diagnosis_codes=["F32.2", "F41.1"], carc_codes=["CO-197"], denial_category="prior_authorization",
        plan_type="chip", urgent=False, appeal_deadline=plus("2026-11-23", 60),
        deadline_basis="dentro de 60 días calendario a partir de la fecha en que reciba este aviso",
        appeals_address="Plan Infantil Estrella, Unidad de Apelaciones, 2900 Calle Mesquite, Suite 300, Laredo Norte, TX 78999")


def n14():
    stem = "14-marketplace-spanish-docx"
    pg = [("table", [["ASEGURADORA PUENTE SUR  -  AVISO DE DENEGACIÓN DE SOLICITUD"]]),
          "Correspondencia: Apartado 4410, Coral Vista, FL 33997",
          ("table", [["Nombre del miembro", "Número de miembro", "Fecha del aviso", "Número de solicitud"],
                     ["Joaquín Herrera Villaseñor", "PS 6620 1187 04", "09/11/2026", "PSA-2026-118-4402"]]),
          ("table", [["Plan", "Fecha de nacimiento", "Solicitud recibida", "Tipo de revisión"],
                     ["Puente Sur Plata 3000 (Mercado de Seguros Médicos)", "11/11/1975", "02/11/2026", "Estándar"]]),
          "Estimado Sr. Herrera Villaseñor:",
          "Su médico pidió autorización para esketamina en aerosol nasal (Spravato, código J0013) con observación "
          "en el consultorio (99415), diagnóstico F33.2. Negamos la solicitud por terapia escalonada: nuestra "
          "política exige que antes pruebe dos antidepresivos orales distintos y un tratamiento de aumento. Su "
          "expediente muestra un solo antidepresivo.",
          ("table", [["SUS DERECHOS DE APELACIÓN"],
                     ["Puede apelar dentro de 180 días a partir de la fecha en que reciba este aviso. Envíe su "
                      "apelación a: Aseguradora Puente Sur, Departamento de Apelaciones, 7700 Avenida Central, Piso 4, "
                      "Coral Vista, FL 33998. Si su caso es urgente, llame al (555) 011-9090."]]),
          "Después de nuestra decisión final puede pedir una revisión externa independiente."]
    R.write_docx(os.path.join(OUT, stem + ".docx"), [pg])
    key(stem, "docx", "Spanish Word notice of a Marketplace plan with boxed header tables (labels above values). "
        "Numeric dates are day-first (Spanish): notice 09/11/2026 = 9 November; DOB 11/11/1975 two days later; "
        "request received 02/11/2026. Pre-service request: no service dates. Correspondence box differs from the "
        "appeal address.",
        patient_name="Joaquín Herrera Villaseñor", member_id="PS 6620 1187 04", claim_number="PSA-2026-118-4402",
        notice_date="2026-11-09", procedure_codes=["J0013", "99415"], diagnosis_codes=["F33.2"],
        denial_category="step_therapy", plan_type="individual_aca", urgent=False,
        appeal_deadline=plus("2026-11-09", 180),
        deadline_basis="dentro de 180 días a partir de la fecha en que reciba este aviso",
        appeals_address="Aseguradora Puente Sur, Departamento de Apelaciones, 7700 Avenida Central, Piso 4, Coral Vista, FL 33998")


def n15():
    stem = "15-tpa-spanish-fax"
    pg = [("h", "ADMINISTRADORA DE BENEFICIOS LOMAS VERDES"),
          "Administrador externo del Plan de Salud para Empleados de Conservas Del Río, Inc.",
          ("pre", "Fecha: 12/11/2026\n\nPaciente:        Alejandro Montoya Figueroa\nNúmero de miembro: LV-220-4471-00\n"
                  "Fecha de nacimiento: 10/11/1969\nReclamación:     LV 2026 3318 9044"),
          "El plan es autofinanciado por su empleador y está sujeto a ERISA.",
          ("table", [["Fecha servicio", "Código", "Diagnóstico", "Cobrado", "Pagado", "Ajuste"],
                     ["05/10/2026", "96365", "F33.2", "$820.00", "$0.00", "CO-242"],
                     ["05/10/2026", "96366", "F33.2", "$310.00", "$0.00", "CO-242"],
                     ["08/10/2026", "J3490", "F33.2", "$190.00", "$0.00", "CO-242"]]),
          "Motivo: el proveedor (Instituto Alivio, Brownsville) no pertenece a la red del plan y el plan no cubre "
          "servicios fuera de la red salvo emergencias.",
          "Apelación: tiene 180 días a partir de la fecha en que reciba esta carta para apelar. Envíe su apelación "
          "por escrito a: Administradora de Beneficios Lomas Verdes, Unidad de Apelaciones, Apartado Postal 5512, "
          "Brownsville Heights, TX 78998. No la envíe al número de fax de este documento."]
    write_fax(os.path.join(OUT, stem + ".tif"), [pg],
              ["NOV-13-2026 15:40  DE: LOMAS VERDES ABL 5550174000            P.01/01"], fine=True, seed=15)
    key(stem, "tif", "Spanish 1-bit fax in fine mode from a TPA of a self-funded ERISA plan. Numeric dates day-first "
        "(Spanish): letter 12/11/2026 = 12 November, DOB 10/11/1969, service 05/10 and 08/10 = 5 and 8 October; fax "
        "header dated the day after. Claim number with spaces. Window from receipt, counted from the letter date.",
        patient_name="Alejandro Montoya Figueroa", member_id="LV-220-4471-00", claim_number="LV 2026 3318 9044",
        notice_date="2026-11-12", service_dates=["2026-10-05", "2026-10-08"],
        procedure_codes=["96365", "96366", "J3490"], diagnosis_codes=["F33.2"], carc_codes=["CO-242"],
        denial_category="out_of_network", plan_type="employer_erisa", urgent=False,
        appeal_deadline=plus("2026-11-12", 180),
        deadline_basis="tiene 180 días a partir de la fecha en que reciba esta carta para apelar",
        appeals_address="Administradora de Beneficios Lomas Verdes, Unidad de Apelaciones, Apartado Postal 5512, Brownsville Heights, TX 78998")


def n16():
    stem = "16-ma-spanish-two-page"
    p1 = [("h", "SENDERO SALUD  -  Plan Medicare Advantage (HMO-POS)"),
          "Oficina de correspondencia: 300 Calle Alameda, Las Cruces Viejas, NM 88997",
          ("pre", "Fecha de impresión: 27/11/2026\nFecha del aviso: 30 de noviembre de 2026\n\n"
                  "Sr. Ramón Echeverría Lugo\n45 Camino del Río\nLas Cruces Viejas, NM 88996\n\n"
                  "Número de miembro: SSM-770-21-4488"),
          ("h", "AVISO DE DENEGACIÓN DE PAGO"),
          "Estimado Sr. Echeverría Lugo:",
          "Hemos denegado el pago de los servicios que recibió en la Clínica del Dolor Santa Fe. Nuestro plan no "
          "paga tratamientos experimentales o en investigación. Las infusiones de ketamina para el dolor crónico "
          "se consideran en investigación según nuestra política de cobertura SS-MP-077.",
          "En la página 2 encontrará los servicios, los códigos y cómo apelar.",
          ("pre", "Página 1 de 2")]
    p2 = [("h", "Página 2 de 2  -  Detalle del reclamo"),
          ("pre", "Número de reclamo: SS-26-11-004471-A"),
          ("table", [["Fecha de servicio", "Código", "Diagnóstico", "Cobrado", "Pagado"],
                     ["02/11/2026", "96365", "G89.4, F33.2", "$950.00", "$0.00"],
                     ["09/11/2026", "J3490", "G89.4, F33.2", "$175.00", "$0.00"]]),
          ("h", "Cómo apelar"),
          "Si no está de acuerdo, puede pedir una reconsideración. Debe presentar su apelación a más tardar el "
          "3 de febrero de 2027. Envíela por escrito a:",
          "Sendero Salud\nDepartamento de Apelaciones y Quejas\nP.O. Box 30417\nSunland Park West, NM 88999",
          "Si mantenemos nuestra decisión, enviaremos su caso automáticamente a una entidad de revisión independiente. "
          "Servicios al Miembro: (555) 019-5500, TTY 711."]
    R.write_pdf(os.path.join(OUT, stem + ".pdf"), [p1, p2])
    key(stem, "pdf", "Spanish Medicare Advantage payment denial of two pages: name, ID and notice date on page 1; "
        "claim, day-first service dates (02/11 and 09/11 = 2 and 9 November), codes, deadline and appeal address on "
        "page 2. Printed date 27/11 differs from the notice date. Deadline stated as a date.",
        patient_name="Ramón Echeverría Lugo", member_id="SSM-770-21-4488", claim_number="SS-26-11-004471-A",
        notice_date="2026-11-30", service_dates=["2026-11-02", "2026-11-09"], procedure_codes=["96365", "J3490"],
        diagnosis_codes=["G89.4", "F33.2"], denial_category="experimental_investigational",
        plan_type="medicare_advantage", urgent=False, appeal_deadline="2027-02-03",
        deadline_basis="a más tardar el 3 de febrero de 2027",
        appeals_address="Sendero Salud, Departamento de Apelaciones y Quejas, P.O. Box 30417, Sunland Park West, NM 88999")


def n17():
    stem = "17-state-employee-timely-filing-scan"
    pg = [("h", "COMMONWEALTH PUBLIC EMPLOYEES HEALTH PLAN"),
          "Claims administered by Atlas Claims Administration  -  500 Market Row, Harrowgate, PA 17997",
          ("pre", "Date: October 22, 2026                     Processed: 10/20/2026\n\n"
                  "Member:        Beatrice Oyelowo-Marsh\nMember ID:     CPE 0048817-01\n"
                  "Claim number:  ACA 2026 0930 1175\nClaim received: 09/30/2026"),
          "This plan is a governmental plan sponsored by the Commonwealth for state employees and is not governed by ERISA.",
          ("table", [["Date of service", "Code", "Diagnosis", "Billed", "Paid", "Adj"],
                     ["03/02/2026", "90868", "F33.1", "$260.00", "$0.00", "CO-29"],
                     ["03/09/2026", "90868", "F33.1", "$260.00", "$0.00", "CO-29"],
                     ["03/16/2026", "90868", "F33.1", "$260.00", "$0.00", "CO-29"]]),
          "We denied this claim because it was received after the plan's filing limit of 180 days from the date "
          "of service (CO-29: the time limit for filing has expired).",
          "You may appeal within 180 days from the date of this notice. If the claim was filed late for a reason "
          "beyond your provider's control, send proof of the earlier filing. Mail your appeal to: Commonwealth "
          "Public Employees Health Plan, c/o Atlas Claims Administration, Appeals Unit, P.O. Box 6048, "
          "Harrowgate, PA 17998."]
    scan_pdf(os.path.join(OUT, stem + ".pdf"), [pg], seed=17)
    key(stem, "pdf", "Image-only scan of a state employees' (governmental) plan's timely-filing denial; 'not governed "
        "by ERISA' printed. Three service dates in March, received 09/30, processed 10/20, notice 10/22. Claim "
        "number in groups with spaces; the administrator's street address is not the appeal address.",
        patient_name="Beatrice Oyelowo-Marsh", member_id="CPE 0048817-01", claim_number="ACA 2026 0930 1175",
        notice_date="2026-10-22", service_dates=["2026-03-02", "2026-03-09", "2026-03-16"],
        procedure_codes=["90868"], diagnosis_codes=["F33.1"], carc_codes=["CO-29"],
        denial_category="timely_filing", plan_type="governmental", urgent=False,
        appeal_deadline=plus("2026-10-22", 180), deadline_basis="within 180 days from the date of this notice",
        appeals_address="Commonwealth Public Employees Health Plan, c/o Atlas Claims Administration, Appeals Unit, P.O. Box 6048, Harrowgate, PA 17998")


def n18():
    stem = "18-medicaid-mco-mailed-date"
    pg = [("pre", "RIVERBEND COMMUNITY HEALTH PLAN\nMedicaid managed care  |  1500 Levee Street, Riverbend City, KY 40998\n\n"
                  "NOTICE OF ADVERSE BENEFIT DETERMINATION\n\n"
                  "Notice date: 11/27/2026\nMailed on:   11/30/2026\n\n"
                  "To: Kwame Asante-Rivers\n    2290 Cottonwood Ct, Apt 3\n    Riverbend City, KY 40996\n\n"
                  "Medicaid ID:   8821 0047 3391\nClaim number:  RB-26-1127-0881\nProvider:      Bluegrass Ketamine Institute\n"),
          "What we decided: we denied payment for services you got on 11/09/2026 (96365, 96366, J3490; diagnoses "
          "F33.2 and F41.1). The provider is not in our network and you did not have an approved out-of-network "
          "referral (CO-242).",
          "You have 60 days from the date on this notice to ask for an appeal. Call Member Services at (555) 014-8800 "
          "or write to: Riverbend Community Health Plan, Attn: Member Appeals, P.O. Box 44102, Riverbend City, KY 40999.",
          "Keep your services during the appeal: if you are already getting these services, you must appeal within "
          "10 days of the date this notice was mailed, or before the date the decision takes effect.",
          "State fair hearing: you may ask for a state fair hearing within 120 days from the date of our appeal "
          "decision. You must appeal to us first.",
          "Fast appeal: if waiting 30 days could seriously harm your health, ask for a fast appeal (72 hours)."]
    R.write_txt(os.path.join(OUT, stem + ".txt"), [pg])
    key(stem, "txt", "Plain-text Medicaid MCO notice with a notice date (11/27) and a later mailed-on date (11/30); "
        "60-day window from the notice date; 10-day continuation and 120-day fair hearing windows are not the "
        "appeal deadline. Plan's street address differs from the appeal PO box.",
        patient_name="Kwame Asante-Rivers", member_id="8821 0047 3391", claim_number="RB-26-1127-0881",
        notice_date="2026-11-27", service_dates=["2026-11-09"], procedure_codes=["96365", "96366", "J3490"],
        diagnosis_codes=["F33.2", "F41.1"], carc_codes=["CO-242"], denial_category="out_of_network",
        plan_type="medicaid", urgent=False, appeal_deadline=plus("2026-11-27", 60),
        deadline_basis="You have 60 days from the date on this notice to ask for an appeal",
        appeals_address="Riverbend Community Health Plan, Attn: Member Appeals, P.O. Box 44102, Riverbend City, KY 40999")


if __name__ == "__main__":
    for fn in [n01, n02, n03, n04, n05, n06, n07, n08, n09, n10, n11, n12, n13, n14, n15, n16, n17, n18]:
        fn()
        print("made", fn.__name__)
